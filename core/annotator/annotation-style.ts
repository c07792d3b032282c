/**
 * Styles of an annotation, scoped to its shadow root: page CSS cannot reach in
 * and these rules cannot leak out. Sizes are in px because `rem` follows the page.
 */
export const ANNOTATION_CSS = `
:host { all: initial; display: block; contain: content; }
.card {
  box-sizing: border-box;
  margin: 6px 0 8px;
  padding: 6px 10px;
  border-left: 3px solid #2f7d6d;
  border-radius: 4px;
  background: rgba(47, 125, 109, 0.07);
  color: #1f2933;
  font: 14px/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  text-align: start;
  overflow-wrap: anywhere;
}
.text { white-space: pre-wrap; }
/* Translation-only display: the original shows on hover or keyboard focus. */
.original { display: none; margin-top: 6px; padding-top: 6px; border-top: 1px dashed rgba(47, 125, 109, 0.35); color: #52606d; white-space: pre-wrap; }
.card.has-original:hover .original, .card.has-original:focus-within .original, .card.has-original:focus .original { display: block; }
.card:focus-visible { outline: 2px solid #2f7d6d; outline-offset: 2px; }
/* The reader's text size (Settings → Display); feed cards below stay compact whatever it is. */
:host([data-ferry-font-size="small"]) .card { font-size: 12px; }
:host([data-ferry-font-size="large"]) .card { font-size: 17px; }
/* Feed cards sit in a masonry grid sized by the site: two lines at most, so a card barely grows. */
:host([data-ferry-post-kind="card"]) .card { margin: 2px 0 6px; padding: 3px 8px; font-size: 13px; line-height: 1.4; }
:host([data-ferry-post-kind="card"]) .text { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; white-space: normal; }
:host([data-ferry-post-kind="card"]) .meta { display: none; }
.meta { margin-top: 2px; font-size: 11px; color: #5b6670; display: flex; gap: 6px; align-items: center; }
.badge { font-weight: 600; color: #236152; }
.pending { color: #5b6670; font-size: 12px; }
.pending::before {
  content: ""; display: inline-block; width: 8px; height: 8px; margin-inline-end: 6px; border-radius: 50%;
  background: #2f7d6d; opacity: .5; animation: pulse 1s ease-in-out infinite alternate;
}
.error { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; color: #8a1c1c; font-size: 13px; }
.card.is-error { border-left-color: #c0392b; background: rgba(192, 57, 43, 0.07); }
button {
  all: unset; cursor: pointer; font: 600 12px/1 system-ui, sans-serif; padding: 5px 10px; border-radius: 12px;
  color: #fff; background: #2f7d6d;
}
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.notes { margin-top: 6px; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; }
.chip {
  all: unset; cursor: pointer; display: inline-flex; gap: 4px; align-items: center; max-width: 100%;
  font: 12px/1.2 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", sans-serif;
  padding: 3px 8px; border-radius: 10px; border: 1px solid currentColor; color: #2f5d8a; background: rgba(47, 93, 138, 0.06);
}
.chip-kind { font-weight: 700; }
.chip-culture { color: #7a4f01; background: rgba(122, 79, 1, 0.06); }
.chip-policy { color: #8a1c1c; background: rgba(138, 28, 28, 0.06); }
.chip[aria-expanded="true"] { background: currentColor; }
.chip[aria-expanded="true"] > span { color: #fff; }
.chip:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.note-card { margin-top: 8px; padding: 8px 10px; border-radius: 6px; background: rgba(255, 255, 255, 0.7); border: 1px solid rgba(0, 0, 0, 0.08); font-size: 13px; }
.note-card h3 { margin: 0 0 4px; font-size: 14px; }
.note-card h4 { margin: 8px 0 2px; font-size: 12px; }
.note-card p { margin: 4px 0; }
.note-card ul { margin: 2px 0; padding-inline-start: 18px; }
.note-card table { width: 100%; border-collapse: collapse; margin: 6px 0; font-size: 12px; }
.note-card th, .note-card td { text-align: start; vertical-align: top; padding: 4px 6px; border-top: 1px solid rgba(0, 0, 0, 0.08); }
/* Break cells at spaces only: the card's anywhere-wrapping would squeeze the region and status columns to a letter each. */
.note-card th, .note-card td { overflow-wrap: break-word; }
.note-card a { color: #1a5fb4; }
.note-card .muted { color: #5b6670; font-size: 11px; }
.level-prohibited { color: #8a1c1c; font-weight: 600; }
.level-restricted { color: #8a5a00; font-weight: 600; }
.level-allowed { color: #1e6b3a; font-weight: 600; }
.level-varies { color: #2f5d8a; font-weight: 600; }
.note-card summary { cursor: pointer; color: #5b6670; font-size: 12px; }
.more { margin-top: 4px; background: transparent; color: #1f5f52; border: 1px solid currentColor; }
:host([data-ferry-scheme="dark"]) .more { color: #5ec4ad; }
.explain { margin-top: 6px; }
.explain-button { background: transparent; color: #1f5f52; border: 1px solid currentColor; }
.explain-button:disabled { opacity: .6; cursor: default; }
.explain-answer { margin-top: 6px; padding: 8px 10px; border-radius: 6px; border: 1px solid rgba(0, 0, 0, 0.08); background: rgba(255, 255, 255, 0.7); }
.explain-answer h3 { margin: 0 0 4px; font-size: 13px; }
.explain-text { white-space: pre-wrap; }
.explain-text.error { color: #8a1c1c; }
.explain-disclaimer { margin: 6px 0 0; font-size: 11px; color: #5b6670; }
:host([data-ferry-scheme="dark"]) .explain-button { color: #5ec4ad; }
:host([data-ferry-scheme="dark"]) .explain-answer { background: rgba(0, 0, 0, 0.25); border-color: rgba(255, 255, 255, 0.12); }
:host([data-ferry-scheme="dark"]) .explain-disclaimer { color: #9aa7b2; }
:host([data-ferry-scheme="dark"]) .explain-text.error { color: #ffb4a8; }
@keyframes pulse { from { opacity: .25; } to { opacity: .8; } }
@media (prefers-reduced-motion: reduce) { .pending::before { animation: none; } }
/* Dark pages (Douyin, dark site themes) get the dark card, whatever the OS setting says. */
:host([data-ferry-scheme="dark"]) .card { background: rgba(94, 196, 173, 0.12); color: #e6edf3; border-left-color: #5ec4ad; }
:host([data-ferry-scheme="dark"]) .meta, :host([data-ferry-scheme="dark"]) .pending { color: #9aa7b2; }
:host([data-ferry-scheme="dark"]) .badge { color: #5ec4ad; }
:host([data-ferry-scheme="dark"]) .error { color: #ffb4a8; }
:host([data-ferry-scheme="dark"]) .note-card { background: rgba(0, 0, 0, 0.25); border-color: rgba(255, 255, 255, 0.12); }
:host([data-ferry-scheme="dark"]) .note-card a { color: #8ab4f8; }
:host([data-ferry-scheme="dark"]) .chip { color: #8ab4f8; }
:host([data-ferry-scheme="dark"]) .chip-culture { color: #f0c36d; }
:host([data-ferry-scheme="dark"]) .chip-policy { color: #ffb4a8; }
`;
