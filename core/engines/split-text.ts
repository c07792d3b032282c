/**
 * Long posts cut at line and sentence boundaries for engines that take only
 * so much text per item, and put back together after translation.
 */
export interface TextPiece {
  text: string;
  /** The original had a line break right after this piece. */
  endsLine: boolean;
}

/**
 * Cuts a text into pieces that each pass `fits`: whole lines where possible,
 * then sentences, then plain cuts between code points. Line breaks between
 * pieces are kept by the caller (`joinPieces`), not sent.
 */
export function splitText(text: string, fits: (value: string) => boolean): TextPiece[] {
  if (fits(text)) return [{ text, endsLine: false }];
  const pieces: TextPiece[] = [];
  const lines = text.split('\n');
  let current: string | undefined;
  const flush = (endsLine: boolean) => {
    if (current !== undefined) pieces.push({ text: current, endsLine });
    current = undefined;
  };
  lines.forEach((line, index) => {
    const last = index === lines.length - 1;
    const joined = current === undefined ? line : `${current}\n${line}`;
    if (fits(joined)) {
      current = joined;
    } else {
      flush(true);
      if (fits(line)) current = line;
      else {
        const parts = splitLongLine(line, fits);
        parts.slice(0, -1).forEach((part) => pieces.push({ text: part, endsLine: false }));
        current = parts[parts.length - 1];
      }
    }
    if (last) flush(false);
  });
  // Blank pieces (runs of empty lines) would be sent as empty queries; fold them into the line breaks.
  return pieces.reduce<TextPiece[]>((kept, piece) => {
    if (piece.text.trim() || kept.length === 0) return [...kept, piece];
    const previous = kept[kept.length - 1]!;
    // Rejoined with the line break between them, if there was one: a blank cut from a long line had none.
    const folded = `${previous.text}${previous.endsLine ? '\n' : ''}${piece.text}`;
    if (!fits(folded)) return [...kept, piece];
    return [...kept.slice(0, -1), { text: folded, endsLine: piece.endsLine }];
  }, []);
}

function splitLongLine(line: string, fits: (value: string) => boolean): string[] {
  // Cut after sentence-ending punctuation (and the spaces after it), without losing a character.
  const sentences = line.split(/(?<=[。！？!?.…]\s*)(?=[^。！？!?.…\s])/u);
  const parts: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (fits(current + sentence)) {
      current += sentence;
      continue;
    }
    if (current) parts.push(current.trimEnd());
    current = '';
    if (fits(sentence)) {
      current = sentence;
      continue;
    }
    for (const char of sentence) {
      if (!fits(current + char)) {
        parts.push(current);
        current = '';
      }
      current += char;
    }
  }
  if (current) parts.push(current.trimEnd());
  return parts;
}

/**
 * Translated pieces back into one text: a line break where the original had
 * one, otherwise a space, or nothing for a target written without spaces.
 */
export function joinPieces(pieces: readonly TextPiece[], translations: readonly string[], target: string): string {
  const joiner = /^(zh|ja|ko)/i.test(target) ? '' : ' ';
  return translations.map((translation, index) => (index > 0 ? (pieces[index - 1]!.endsLine ? '\n' : joiner) : '') + translation).join('');
}
