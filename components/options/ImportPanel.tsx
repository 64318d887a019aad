import { useState } from 'preact/hooks';
import type { PackProblem } from '../../lib/pack/problems';
import { useText } from '../popup/text';
import { formatSize } from './format-size';
import { ProblemList, type DescribeProblem } from './ProblemList';

/** Where the last import got to; `file` is the file's name as the reader chose it. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'checking'; file: string }
  | { kind: 'imported'; file: string; title: string; entityCount: number }
  | { kind: 'invalid'; file: string; problems: PackProblem[] }
  | { kind: 'exists'; file: string; id: string; title: string }
  | { kind: 'kept'; file: string; id: string }
  | { kind: 'too-large'; file: string; limit: number }
  | { kind: 'storage-failed'; file: string; detail: string }
  | { kind: 'read-failed'; file: string }
  /** An action on the list (switch, export, remove) finished or failed; said here so the live region announces it. */
  | { kind: 'notice'; text: string };

/** Props of {@link ImportPanel}. */
export interface ImportPanelProps {
  state: ImportState;
  /** The reader's language, for sizes. */
  locale: string;
  describeProblem: DescribeProblem;
  onFile(file: File): void;
  onReplace(): void;
  onKeepStored(): void;
}

function Result({ state, locale, describeProblem, onReplace, onKeepStored }: Omit<ImportPanelProps, 'onFile'>) {
  const t = useText();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'checking':
      return <p>{t('optionsChecking', state.file)}</p>;
    case 'imported':
      return <p class="result-ok">{t('optionsImported', state.title, state.entityCount)}</p>;
    case 'invalid':
      return (
        <div class="result-bad">
          <p>{t('optionsInvalid', state.file)}</p>
          <ProblemList problems={state.problems} describe={describeProblem} />
        </div>
      );
    case 'exists':
      return (
        <div class="confirm">
          <p>{t('optionsExists', state.id, state.title)}</p>
          <div class="confirm-actions">
            <button type="button" class="button button-primary" onClick={onReplace}>
              {t('optionsReplace')}
            </button>
            <button type="button" class="button" onClick={onKeepStored}>
              {t('optionsKeepStored')}
            </button>
          </div>
        </div>
      );
    case 'kept':
      return <p>{t('optionsKept', state.id)}</p>;
    case 'too-large':
      return <p class="result-bad">{t('optionsTooLarge', state.file, formatSize(state.limit, t, locale))}</p>;
    case 'storage-failed':
      return <p class="result-bad">{t('optionsStorageFailed', state.file, state.detail)}</p>;
    case 'read-failed':
      return <p class="result-bad">{t('optionsReadFailed', state.file)}</p>;
    case 'notice':
      return <p>{state.text}</p>;
  }
}

/**
 * Import: a drop zone around a real file input (keyboard and screen readers
 * use the input; a mouse can drop a file anywhere in the zone), and a live
 * region that says how the import went.
 */
export function ImportPanel({ state, locale, describeProblem, onFile, onReplace, onKeepStored }: ImportPanelProps) {
  const t = useText();
  const [isOver, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <section class="import" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('optionsImportHeading')}</h2>
      <div
        class={isOver ? 'drop-zone drop-zone-over' : 'drop-zone'}
        onDragEnter={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragOver={(event) => {
          // Without preventDefault the browser opens a dropped file instead of handing it over.
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          take(event.dataTransfer?.files);
        }}
      >
        <p class="drop-hint">{t('optionsDropHint')}</p>
        <label class="file-label">
          <span>{t('optionsChooseFile')}</span>
          <input
            type="file"
            class="file-input"
            accept=".json,application/json"
            onChange={(event) => {
              const input = event.currentTarget;
              take(input.files);
              // Cleared so choosing the same file again (after fixing it) imports it again.
              input.value = '';
            }}
          />
        </label>
      </div>
      <div class="import-result" role="status">
        <Result state={state} locale={locale} describeProblem={describeProblem} onReplace={onReplace} onKeepStored={onKeepStored} />
      </div>
    </section>
  );
}
