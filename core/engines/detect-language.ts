import { guessLanguageByScript } from './language-guess';
import type { DetectedLanguage } from './translation-service';

export type PlatformDetector = (text: string) => Promise<{ isReliable: boolean; languages: { language: string; percentage: number }[] }>;

// Function words that almost only English uses; two of them settle a short text.
const ENGLISH_MARKERS = new Set(
  'the a an and or but is are was were be been have has had do does did what who how why when where this that these those i you he she we they it my your our their me him her us them not no yes of to in on for with at from by so just like can will would should here there'.split(
    ' ',
  ),
);

function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length < 3) return false;
  const markers = words.filter((word) => ENGLISH_MARKERS.has(word)).length;
  return markers >= 2 && markers / words.length >= 0.15;
}

/**
 * Script first (certain for CJK), then the browser's own detector (CLD), then
 * a function-word check for short English that CLD calls unreliable.
 */
export function createLanguageDetector(platform?: PlatformDetector) {
  return async function detectLanguage(text: string): Promise<DetectedLanguage> {
    const guess = guessLanguageByScript(text);
    if (guess.certain) return { language: guess.language, reliable: guess.language !== 'und' };
    if (platform) {
      try {
        const result = await platform(text);
        const top = result.languages[0];
        if (top && top.language !== 'und' && result.isReliable && top.percentage >= 60) {
          return { language: top.language.toLowerCase(), reliable: true };
        }
      } catch {
        // Detection is an optimisation; translating anyway is always safe.
      }
    }
    if (looksEnglish(text)) return { language: 'en', reliable: true };
    return { language: 'und', reliable: false };
  };
}
