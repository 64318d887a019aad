import { browser } from 'wxt/browser';
import { PACK_LIST_KEY, exportPack, importPack, readPackStore, removePack, setPackEnabled } from '../../lib/pack/pack-store';

// Every browser call the options page makes, so its components only get
// props and callbacks. Export needs no `downloads` permission (contract item
// 7): an <a download> on a Blob URL saves the file as any page can.

/** How long a Blob URL outlives its click: revoked at once, Firefox may not have started reading it. */
const REVOKE_AFTER_MS = 60_000;

const isPackKey = (key: string) => key === PACK_LIST_KEY || key.startsWith('pack:');

export const optionsController = {
  readStore: readPackStore,
  importPack,
  setPackEnabled,
  removePack,

  /** The reader's language, for pack problem messages. */
  uiLanguage: (): string => browser.i18n.getUILanguage(),

  /** Calls `onChange` whenever packs change in storage.local, from this page or another; returns the unwatch. */
  watchStore(onChange: () => void): () => void {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some(isPackKey)) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },

  /** Saves a pack's file (`<id>.pack.json`) through a Blob URL and an `<a download>`. */
  async download(id: string): Promise<void> {
    const { fileName, text } = await exportPack(id);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  },
};
