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
});
