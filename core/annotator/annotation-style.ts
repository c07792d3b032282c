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
.meta { margin-top: 2px; font-size: 11px; color: #5b6670; display: flex; gap: 6px; align-items: center; }
.badge { font-weight: 600; color: #2f7d6d; }
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
@keyframes pulse { from { opacity: .25; } to { opacity: .8; } }
@media (prefers-reduced-motion: reduce) { .pending::before { animation: none; } }
@media (prefers-color-scheme: dark) {
  .card { background: rgba(94, 196, 173, 0.12); color: #e6edf3; border-left-color: #5ec4ad; }
  .meta, .pending { color: #9aa7b2; }
  .badge { color: #5ec4ad; }
  .error { color: #ffb4a8; }
}
`;
