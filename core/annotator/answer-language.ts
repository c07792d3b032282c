import { guessLanguageByScript } from '../engines/language-guess';
import { baseLanguage, type TargetLanguage } from '../languages';

/**
 * The `lang` of a drawn translation: the language asked for, unless the
 * script of the answer says for certain it is another (an engine that
 * answered in Japanese when English was asked). Screen readers and fonts
 * then follow what is really on screen.
 */
export function answerLanguage(translation: string, target: TargetLanguage): string {
  // The start is enough to tell the script, and keeps a long answer cheap.
  const guess = guessLanguageByScript(translation.slice(0, 2_000));
  if (!guess.certain || guess.language === 'und') return target;
  const asked = baseLanguage(target);
  if (guess.language === asked) return target;
  // Japanese written mostly in kanji reads as Han script: that is no evidence against Japanese.
  if (asked === 'ja' && guess.language === 'zh') return target;
  return guess.language;
}
