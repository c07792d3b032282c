// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BRIDGED_ID_ATTRIBUTE, BRIDGED_LOCATION_ATTRIBUTE, PAGE_BRIDGE_EVENT, askPageForData, bridgedLocation, bridgedNumericId } from './page-bridge';

function stamped(id: string | null, location: string | null): Element {
  const element = document.createElement('bili-comment-renderer');
  if (id !== null) element.setAttribute(BRIDGED_ID_ATTRIBUTE, id);
  if (location !== null) element.setAttribute(BRIDGED_LOCATION_ATTRIBUTE, location);
  return element;
}

describe('page bridge', () => {
  it('accepts well-formed ids and location labels', () => {
    expect(bridgedNumericId(stamped('251000000001', null))).toBe('251000000001');
    expect(bridgedLocation(stamped(null, 'IP属地：广东'))).toBe('IP属地：广东');
    expect(bridgedLocation(stamped(null, 'IP属地：加拿大'))).toBe('IP属地：加拿大');
  });

  it('treats what the page wrote as untrusted: anything malformed is ignored', () => {
    for (const id of ['', '12a', '1'.repeat(21), '<img src=x onerror=alert(1)>', ' 123', '-1', '1e9']) expect(bridgedNumericId(stamped(id, null))).toBeUndefined();
    for (const label of ['', '<b>广东</b>', 'IP属地：广东\u202e', 'a'.repeat(25), 'javascript:alert(1)', '广东 2025']) expect(bridgedLocation(stamped(null, label))).toBeUndefined();
    expect(bridgedNumericId(stamped(null, null))).toBeUndefined();
  });

  it('asks the page synchronously, so the attributes are there when the adapter reads', () => {
    const element = stamped(null, null);
    document.body.append(element);
    const listener = () => element.setAttribute(BRIDGED_ID_ATTRIBUTE, '42');
    document.addEventListener(PAGE_BRIDGE_EVENT, listener);
    askPageForData(document);
    expect(bridgedNumericId(element)).toBe('42');
    document.removeEventListener(PAGE_BRIDGE_EVENT, listener);
  });

  it('keeps what it read in the content script: a page restamping an element cannot change its id or location', () => {
    const element = stamped('251000000001', 'IP属地：广东');
    document.body.append(element);
    expect(bridgedNumericId(element)).toBe('251000000001');
    expect(bridgedLocation(element)).toBe('IP属地：广东');
    element.setAttribute(BRIDGED_ID_ATTRIBUTE, '251000000999');
    element.setAttribute(BRIDGED_LOCATION_ATTRIBUTE, 'IP属地：加拿大');
    expect(bridgedNumericId(element)).toBe('251000000001');
    expect(bridgedLocation(element)).toBe('IP属地：广东');
    element.remove();
  });

  it("a page cannot give one comment another's id to suppress its card", () => {
    const first = stamped('251000000001', null);
    const second = stamped('251000000002', null);
    document.body.append(first, second);
    expect(bridgedNumericId(first)).toBe('251000000001');
    // Stamped before Ferry first reads it: the id is already held by a comment still on the page.
    const victim = stamped('251000000001', null);
    document.body.append(victim);
    expect(bridgedNumericId(victim)).toBeUndefined();
    // A re-render that replaces the element may take the id back.
    first.remove();
    const rerendered = stamped('251000000001', null);
    document.body.append(rerendered);
    expect(bridgedNumericId(rerendered)).toBe('251000000001');
    second.remove();
    victim.remove();
    rerendered.remove();
  });
});
