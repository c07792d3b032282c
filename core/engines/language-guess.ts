/**
 * Cheap script-based language guess. CJK scripts are decided here with
 * certainty; Latin-script text is left to a statistical detector.
 */
export interface LanguageGuess {
  /** Ferry code (zh, ja, ko, en...) or 'und' when unknown. */
  language: string;
  /** True when the script alone settles it. */
  certain: boolean;
}

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

export function guessLanguageByScript(text: string): LanguageGuess {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let latin = 0;
  let cyrillic = 0;
  // Links, mentions and hashtags are often Latin in any language; leave them out.
  const cleaned = text.replace(/https?:\/\/\S+|[@#][\p{L}\p{N}_]+/gu, ' ');
  for (const char of cleaned) {
    if (HAN.test(char)) han++;
    else if (KANA.test(char)) kana++;
    else if (HANGUL.test(char)) hangul++;
    else if (LATIN.test(char)) latin++;
    else if (CYRILLIC.test(char)) cyrillic++;
  }
  // A Latin word counts for more than one Han character does.
  const latinWeight = latin / 4;
  const total = han + kana + hangul + latinWeight + cyrillic;
  if (total === 0) return { language: 'und', certain: true };
  if (kana > 0 && (kana + han) / total >= 0.5) return { language: 'ja', certain: true };
  if (hangul / total >= 0.5) return { language: 'ko', certain: true };
  if (han / total >= 0.5) return { language: 'zh', certain: true };
  if (cyrillic / total >= 0.5) return { language: 'ru', certain: false };
  return { language: latin > 0 ? 'und-Latn' : 'und', certain: false };
}
