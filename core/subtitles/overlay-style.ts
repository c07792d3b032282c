/**
 * The subtitle overlay and player control, each in its own shadow root. Sizes
 * follow the player through container units, so normal, theatre, fullscreen
 * and mini-player modes all get text in proportion.
 */
export const OVERLAY_CSS = `
:host { all: initial; position: absolute; inset: 0; pointer-events: none; z-index: 60; container-type: size; }
:host([hidden]) { display: none; }
.stage { position: absolute; inset: 4% 4% 11% 4%; display: flex; flex-direction: column; justify-content: flex-end; align-items: center; gap: 6px; }
:host([data-position="top"]) .stage { justify-content: flex-start; inset: 6% 4% 4% 4%; }
.status {
  pointer-events: auto; align-self: flex-start; margin-bottom: auto; padding: 3px 10px; border-radius: 12px;
  background: rgba(8, 8, 8, 0.75); color: #fff; font: 600 clamp(11px, 1.8cqw, 16px)/1.4 system-ui, sans-serif;
}
:host([data-position="top"]) .status { margin-bottom: 0; margin-top: auto; order: 2; }
.status:empty { display: none; }
.line {
  --size: 1;
  pointer-events: auto; max-width: 92%; padding: 4px 12px 6px; border-radius: 6px; background: rgba(8, 8, 8, 0.72);
  color: #fff; text-align: center; font: 500 calc(var(--size) * clamp(13px, 3.1cqw, 40px))/1.35 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  text-shadow: 0 1px 2px rgba(0, 0, 0, 0.8); overflow-wrap: anywhere;
}
:host([data-size="small"]) .line { --size: 0.8; }
:host([data-size="large"]) .line { --size: 1.3; }
.line[hidden] { display: none; }
.original { display: block; color: #e8e8e8; font-size: 0.86em; }
.translation { display: block; color: #ffe28a; }
:host([data-display="translation-only"]) .original { display: none; }
.notes { margin-top: 4px; font-size: max(11px, 0.5em); text-shadow: none; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; justify-content: center; }
.chip {
  display: inline-flex; gap: 4px; align-items: center; padding: 1px 8px; border: 1px solid rgba(255, 255, 255, 0.5); border-radius: 10px;
  background: rgba(255, 255, 255, 0.12); color: #fff; font: inherit; cursor: pointer;
}
.chip-kind { font-weight: 700; color: #9fe3cf; }
.chip-culture .chip-kind { color: #f0c36d; }
.chip-policy .chip-kind { color: #ff9d8a; }
.chip[aria-expanded="true"] { background: rgba(255, 255, 255, 0.3); }
.chip:focus-visible, button:focus-visible { outline: 2px solid #8ab4f8; outline-offset: 2px; }
.note-panel:empty { display: none; }
.note-card {
  margin-top: 6px; max-height: 40cqh; overflow: auto; padding: 8px 12px; border-radius: 6px; background: rgba(255, 255, 255, 0.96);
  color: #1f2933; text-align: start; text-shadow: none; font: 13px/1.5 system-ui, sans-serif;
}
.note-card h3 { margin: 0 0 4px; font-size: 14px; }
.note-card h4 { margin: 8px 0 2px; font-size: 12px; }
.note-card p, .note-card ul { margin: 2px 0; }
.note-card table { border-collapse: collapse; font-size: 12px; }
.note-card th, .note-card td { padding: 2px 6px; text-align: start; vertical-align: top; border-top: 1px solid #e4e7eb; }
.note-card a { color: #1a5fb4; }
.muted { color: #5b6670; font-size: 11px; }
@media (prefers-reduced-motion: no-preference) { .line { transition: opacity 80ms linear; } }
`;

export const CONTROL_CSS = `
:host { all: initial; display: inline-flex; align-items: center; height: 100%; vertical-align: top; }
:host([data-floating]) { position: absolute; top: 8px; right: 8px; z-index: 61; height: auto; }
.group { display: inline-flex; gap: 4px; align-items: center; padding: 0 4px; }
button {
  min-width: 36px; height: 28px; padding: 0 8px; border: 1px solid rgba(255, 255, 255, 0.6); border-radius: 6px; background: rgba(8, 8, 8, 0.55);
  color: #fff; font: 600 12px/1 system-ui, sans-serif; cursor: pointer;
}
button[aria-pressed="true"] { background: #2f7d6d; border-color: #2f7d6d; }
button:focus-visible { outline: 2px solid #8ab4f8; outline-offset: 2px; }
.mode[hidden] { display: none; }
`;
