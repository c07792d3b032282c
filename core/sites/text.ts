const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON', 'SVG', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE']);

/** True for Ferry's own annotation hosts, which scans must never read or walk into. */
export function isFerryNode(node: Node): boolean {
  return node instanceof Element && node.hasAttribute('data-ferry');
}

/** Emoji only (joiners and variation selectors are emoji components), with at least one pictograph or flag letter: digits and `#` are components too. */
const EMOJI_ONLY = /^(?=.*[\p{Extended_Pictographic}\p{Regional_Indicator}])[\p{Extended_Pictographic}\p{Emoji_Component}]+$/u;

export interface VisibleTextOptions {
  /** Keep `<img alt="😂">` as its emoji: sites like X draw standard emoji as images. */
  emojiImages?: boolean;
  /** False where the site writes line breaks as text (`white-space: pre-wrap`) and draws inline runs as divs (X's mentions). */
  breaksAtBlocks?: boolean;
}

/**
 * The text a reader sees, with line breaks where the page breaks lines.
 * Emoji images (unless asked for), media and Ferry's own nodes are left out;
 * hashtags, mentions and links keep their visible text.
 */
export function visibleText(root: Element, options: VisibleTextOptions = {}): string {
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += node.nodeValue ?? '';
      return;
    }
    if (options.emojiImages && node instanceof Element && node.tagName === 'IMG') {
      const alt = node.getAttribute('alt') ?? '';
      if (EMOJI_ONLY.test(alt)) out += alt;
      return;
    }
    if (!(node instanceof Element) || isFerryNode(node) || SKIP_TAGS.has(node.tagName.toUpperCase())) return;
    if (node.tagName === 'BR') {
      out += '\n';
      return;
    }
    const block = options.breaksAtBlocks !== false && BLOCK_TAGS.has(node.tagName.toUpperCase());
    if (block && out && !out.endsWith('\n')) out += '\n';
    for (const child of node.childNodes) walk(child);
    if (block && out && !out.endsWith('\n')) out += '\n';
  };
  walk(root);
  return out
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Inputs, compose boxes and rich-text editors are the user's, never Ferry's. */
export function isEditable(element: Element): boolean {
  return element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"]') !== null;
}

/**
 * A short stable id for content whose DOM carries no id of its own (comments
 * whose id lives only in framework data the isolated world cannot read):
 * FNV-1a over the author and the text, so a recycled row gets a new id as
 * soon as it shows other content.
 */
export function contentHash(...fields: string[]): string {
  let hash = 0x811c9dc5;
  for (const char of fields.join('\u0000')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}
