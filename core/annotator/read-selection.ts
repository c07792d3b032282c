/**
 * The selection in the page, or in a focused text field (whose selection the
 * document does not report). Never a password field's: its text is a secret
 * the shortcut must not read, let alone send to a translation service.
 */
export function readSelection(doc: Document): { text: string; rect?: DOMRect; anchor: Element } {
  const active = doc.activeElement;
  const view = doc.defaultView!;
  if (active instanceof view.HTMLInputElement && active.type.toLowerCase() === 'password') return { text: '', rect: active.getBoundingClientRect(), anchor: active };
  if ((active instanceof view.HTMLTextAreaElement || active instanceof view.HTMLInputElement) && active.selectionStart !== active.selectionEnd) {
    return { text: active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0), rect: active.getBoundingClientRect(), anchor: active };
  }
  const selection = view.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const node = range?.commonAncestorContainer;
  const anchor = (node instanceof view.Element ? node : node?.parentElement) ?? doc.body;
  return { text: selection?.toString() ?? '', rect: range?.getBoundingClientRect(), anchor };
}
