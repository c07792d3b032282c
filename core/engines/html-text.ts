/**
 * Plain text in and out of engines that only speak HTML (Google's translateHtml).
 * String-only on purpose: an MV3 service worker has no DOMParser, and output
 * must never pass through an HTML parser that could run it.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&nbsp;' };

/**
 * Text with its markup characters escaped, line breaks left as they are: for
 * endpoints that run an HTML tag aligner over plain text (Microsoft's Edge
 * endpoint), where a raw `<` or `&` would be read as markup.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);
}

/** Text as HTML that reads back as the same text: markup characters escaped, line breaks as <br>. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[&<>"\u00a0]/g, (char) => ESCAPES[char]!)
    .replace(/\n/g, '<br>');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references once; unknown names and invalid code points are kept as written. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#')) {
      const codePoint = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff) ? String.fromCodePoint(codePoint) : whole;
    }
    return NAMED[lower] ?? whole;
  });
}

/**
 * An engine's HTML answer back to plain text: <br> tags become line breaks
 * (with the spaces a translator puts around them), then entities are decoded
 * exactly once. Any other tag stays in the string as literal, inert text.
 */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/[ \t]*<br\s*\/?>[ \t]*/gi, '\n'));
}
