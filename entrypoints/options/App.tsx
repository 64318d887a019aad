import { OptionsView } from '../../components/options/OptionsView';
import { TextContext } from '../../components/popup/text';
import { t } from '../../lib/i18n';
import { describeProblem, resolveLocale } from '../../lib/pack/messages';
import type { PackProblem } from '../../lib/pack/problems';
import { useOptionsState } from './use-options-state';

/** The options page: state from {@link useOptionsState}, drawn by {@link OptionsView}. */
export function App() {
  const state = useOptionsState();
  const problemLocale = resolveLocale(state.locale);
  const describe = (problem: PackProblem) => describeProblem(problem, problemLocale);
  // The list arrives within a storage read; drawing an empty one first would flash "no packs".
  if (!state.store) return null;
  return (
    <TextContext.Provider value={t}>
      <OptionsView
        packs={state.store.packs}
        storeProblems={state.store.problems}
        importState={state.importState}
        locale={state.locale}
        describeProblem={describe}
        onFile={(file) => void state.importFile(file)}
        onReplace={state.replace}
        onKeepStored={state.keepStored}
        onToggle={state.toggle}
        onExport={state.exportPack}
        onRemove={state.remove}
      />
    </TextContext.Provider>
  );
}
