import { describe, expect, it } from 'vitest';
import { answerLanguage } from './answer-language';

describe('answerLanguage', () => {
  it('keeps the asked language when the answer is in it', () => {
    expect(answerLanguage('Sisters, this hotpot place is amazing', 'en')).toBe('en');
    expect(answerLanguage('姐妹们，这家火锅太好吃了', 'zh-Hans')).toBe('zh-Hans');
    expect(answerLanguage('姐妹們，這家火鍋太好吃了', 'zh-Hant')).toBe('zh-Hant');
    expect(answerLanguage('안녕하세요 여러분', 'ko')).toBe('ko');
  });

  it('names the language the engine really answered in when the script settles it', () => {
    expect(answerLanguage('これは日本語の訳です。', 'en')).toBe('ja');
    expect(answerLanguage('这是中文的回答', 'en')).toBe('zh');
    expect(answerLanguage('안녕하세요', 'zh-Hans')).toBe('ko');
  });

  it('does not take kanji-heavy Japanese or uncertain Latin text for another language', () => {
    expect(answerLanguage('東京都中央区', 'ja')).toBe('ja');
    expect(answerLanguage('Hermanas, este restaurante es increíble', 'en')).toBe('en');
    expect(answerLanguage('', 'en')).toBe('en');
  });

  it('reads only the start of a huge answer', () => {
    expect(answerLanguage(`${'これは日本語です。'.repeat(100_000)}${'x'.repeat(1_000_000)}`, 'en')).toBe('ja');
  });
});
