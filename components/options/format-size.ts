import type { Translate } from '../popup/text';

/** A stored size for people: "12.4 KB", "1 MB", in the reader's number format (1 KB = 1024 bytes, as the size limit counts). */
export function formatSize(bytes: number, t: Translate, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const kilobytes = bytes / 1024;
  // Below 0.1 KB "0 KB" would read as empty, so the smallest size shown is 0.1 KB.
  if (kilobytes < 1024) return t('optionsKilobytes', number.format(Math.max(kilobytes, 0.1)));
  return t('optionsMegabytes', number.format(kilobytes / 1024));
}
