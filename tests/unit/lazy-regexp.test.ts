import { describe, expect, it, vi } from 'vitest';
import { lazyRegExp } from '../../lib/lazy-regexp';

describe('lazyRegExp', () => {
  it('makes the regex at the first call only, and gives the same one after', () => {
    const make = vi.fn(() => /\p{Lu}/u);
    const pattern = lazyRegExp(make);
    expect(make).not.toHaveBeenCalled();
    const first = pattern();
    expect(pattern()).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
    expect(first.test('Ю')).toBe(true);
  });
});
