import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ImportState } from '../../components/options/ImportPanel';
import { t } from '../../lib/i18n';
import { MAX_PACK_BYTES, type ImportResult, type PackStoreState } from '../../lib/pack/pack-store';
import { settingsReader } from '../../lib/settings-storage';
import { optionsController } from './options-controller';

/** What an import result says to the reader. */
function importStateOf(file: string, result: ImportResult): ImportState {
  switch (result.status) {
    case 'imported':
      return { kind: 'imported', file, title: result.pack.article.title, entityCount: result.pack.entities.length };
    case 'invalid':
      return { kind: 'invalid', file, problems: result.problems };
    case 'exists':
      return { kind: 'exists', file, id: result.existing.id, title: result.existing.title ?? result.existing.id };
    case 'failed':
      return result.reason === 'too-large'
        ? { kind: 'too-large', file, limit: MAX_PACK_BYTES }
        : { kind: 'storage-failed', file, detail: result.detail ?? '' };
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Options page state (stored packs, the last import, theme) and the actions that change it. */
export function useOptionsState() {
  const [store, setStore] = useState<PackStoreState | null>(null);
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const [theme, setTheme] = useState<string | null>(null);
  // The text waiting for the reader's answer to "Replace it?".
  const pending = useRef<{ file: string; text: string } | null>(null);

  const refresh = useCallback(() => {
    void optionsController.readStore().then(setStore, (error: unknown) => {
      setStore({ packs: [], problems: [] });
      setImportState({ kind: 'notice', text: t('optionsActionFailed', messageOf(error)) });
    });
  }, []);

  useEffect(() => {
    refresh();
    // Another tab (or the background) may import, switch or remove packs while this page is open.
    const unwatchStore = optionsController.watchStore(refresh);
    void settingsReader.read().then((settings) => setTheme(settings.theme));
    const unwatchSettings = settingsReader.watch((settings) => setTheme(settings.theme));
    return () => {
      unwatchStore();
      unwatchSettings();
    };
  }, [refresh]);

  // Themed like the popup and the cards; 'system' leaves it to the media query.
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
  }, [theme]);

  const run = async (file: string, text: string, replace: boolean) => {
    const result = await optionsController.importPack(text, { replace });
    pending.current = result.status === 'exists' ? { file, text } : null;
    setImportState(importStateOf(file, result));
    refresh();
  };

  const act = (action: Promise<unknown>, done?: string) =>
    void action.then(
      () => {
        if (done) setImportState({ kind: 'notice', text: done });
        refresh();
      },
      (error: unknown) => setImportState({ kind: 'notice', text: t('optionsActionFailed', messageOf(error)) }),
    );

  return {
    store,
    importState,
    locale: optionsController.uiLanguage(),
    async importFile(file: File) {
      pending.current = null;
      setImportState({ kind: 'checking', file: file.name });
      let text: string;
      try {
        text = await file.text();
      } catch {
        setImportState({ kind: 'read-failed', file: file.name });
        return;
      }
      await run(file.name, text, false);
    },
    replace() {
      const waiting = pending.current;
      if (waiting) void run(waiting.file, waiting.text, true);
    },
    keepStored() {
      pending.current = null;
      setImportState((current) => (current.kind === 'exists' ? { kind: 'kept', file: current.file, id: current.id } : current));
    },
    toggle: (id: string, isEnabled: boolean) => act(optionsController.setPackEnabled(id, isEnabled)),
    exportPack: (id: string) => act(optionsController.download(id)),
    remove(id: string) {
      const pack = store?.packs.find((candidate) => candidate.id === id);
      act(optionsController.removePack(id), t('optionsRemoved', pack?.title ?? id));
    },
  };
}
