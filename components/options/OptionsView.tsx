import type { PackProblem } from '../../lib/pack/problems';
import type { StoredPack } from '../../lib/pack/pack-store';
import { useText } from '../popup/text';
import { ImportPanel, type ImportState } from './ImportPanel';
import { PackRow } from './PackRow';
import { ProblemList, type DescribeProblem } from './ProblemList';

/** Props of {@link OptionsView}: the stored packs and the last import in, every action out. */
export interface OptionsViewProps {
  packs: readonly StoredPack[];
  /** Damage of the stored list that belongs to no pack (a duplicate or unreadable entry). */
  storeProblems: readonly PackProblem[];
  importState: ImportState;
  /** The reader's language, for sizes. */
  locale: string;
  /** A problem in words, in the reader's language. */
  describeProblem: DescribeProblem;
  onFile(file: File): void;
  onReplace(): void;
  onKeepStored(): void;
  onToggle(id: string, isEnabled: boolean): void;
  onExport(id: string): void;
  onRemove(id: string): void;
}

/** The options page: import a pack, and the list of stored packs. */
export function OptionsView(props: OptionsViewProps) {
  const t = useText();
  const { locale } = props;
  return (
    <main class="options">
      <header class="options-header">
        <h1 class="options-title">
          <span class="logo" aria-hidden="true" />
          {t('optionsTitle')}
        </h1>
        <p class="hint">{t('optionsIntro')}</p>
      </header>

      <ImportPanel
        state={props.importState}
        locale={locale}
        describeProblem={props.describeProblem}
        onFile={props.onFile}
        onReplace={props.onReplace}
        onKeepStored={props.onKeepStored}
      />

      <section class="packs" aria-labelledby="packs-heading">
        <h2 id="packs-heading">{t('optionsListHeading')}</h2>
        {props.storeProblems.length > 0 && (
          <div class="store-problems">
            <p class="damaged-notice">{t('optionsStoreDamaged')}</p>
            <ProblemList problems={props.storeProblems} describe={props.describeProblem} />
          </div>
        )}
        <ul class="pack-list">
          {props.packs.map((pack) => (
            <PackRow
              key={pack.id}
              pack={pack}
              locale={locale}
              describeProblem={props.describeProblem}
              onToggle={props.onToggle}
              onExport={props.onExport}
              onRemove={props.onRemove}
            />
          ))}
        </ul>
      </section>
    </main>
  );
}
