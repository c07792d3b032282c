// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { attachFerryShadow, ferryShadow, onUserClick } from './ferry-dom';

describe('ferry-dom', () => {
  it('a closed root is invisible to the page but reachable by Ferry', () => {
    const host = document.createElement('ferry-annotation');
    const root = attachFerryShadow(host, 'closed');
    root.append(document.createElement('p'));
    expect(host.shadowRoot).toBeNull();
    expect(ferryShadow(host)).toBe(root);
    expect(ferryShadow(document.createElement('div'))).toBeUndefined();
  });

  it('ignores clicks a script dispatched', () => {
    const button = document.createElement('button');
    const handler = vi.fn();
    onUserClick(button, handler, true);
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(handler).not.toHaveBeenCalled();
  });
});
