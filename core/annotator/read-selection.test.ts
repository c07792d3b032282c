// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readSelection } from './read-selection';

describe('readSelection', () => {
  it('reads a selection in a text field', () => {
    document.body.innerHTML = '<input type="text" value="你好世界">';
    const input = document.querySelector('input')!;
    input.focus();
    input.setSelectionRange(0, 2);
    expect(readSelection(document).text).toBe('你好');
  });

  it('never reads a selection in a password field', () => {
    document.body.innerHTML = '<input type="password" value="hunter2-secret">';
    const input = document.querySelector('input')!;
    input.focus();
    input.setSelectionRange(0, 14);
    expect(readSelection(document).text).toBe('');
  });
});
