import { describe, expect, it } from 'vitest';
import { formatSize } from '../../../../components/options/format-size';
import type { Translate } from '../../../../components/popup/text';

// Units come from the messages (here a stand-in naming the key), numbers from the reader's locale.
const t: Translate = (key, ...values) => `${values.join()} ${key === 'optionsKilobytes' ? 'KB' : key === 'optionsMegabytes' ? 'MB' : key}`;

describe('formatSize', () => {
  it('gives kilobytes with one decimal, in the locale’s number format', () => {
    expect(formatSize(12_697, t, 'en')).toBe('12.4 KB');
    expect(formatSize(12_697, t, 'ru')).toBe('12,4 KB');
    expect(formatSize(2048, t, 'en')).toBe('2 KB');
  });

  it('never says 0 KB for a non-empty pack', () => {
    expect(formatSize(9, t, 'en')).toBe('0.1 KB');
  });

  it('switches to megabytes at 1024 KB', () => {
    expect(formatSize(1024 * 1024, t, 'en')).toBe('1 MB');
    expect(formatSize(1.5 * 1024 * 1024, t, 'en')).toBe('1.5 MB');
  });
});
