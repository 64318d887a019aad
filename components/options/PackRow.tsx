import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredPack } from '../../lib/pack/pack-store';
import { useText } from '../popup/text';
import { formatSize } from './format-size';
import { ProblemList, type DescribeProblem } from './ProblemList';

/** Props of {@link PackRow}. */
export interface PackRowProps {
  pack: StoredPack;
  locale: string;
  describeProblem: DescribeProblem;
  onToggle(id: string, isEnabled: boolean): void;
  onExport(id: string): void;
  onRemove(id: string): void;
}

/**
 * One stored pack: its article title, entity count and size, an on/off switch,
 * Export and Remove (asked inline first). A damaged pack says so with its
 * problems; it can still be removed, and exported while it has text.
 */
export function PackRow({ pack, locale, describeProblem, onToggle, onExport, onRemove }: PackRowProps) {
  const t = useText();
  const [isConfirming, setConfirming] = useState(false);
  const removeButtonRef = useRef<HTMLButtonElement>(null);
  const cancelButtonRef = useRef<HTMLButtonElement>(null);
  const wasConfirmingRef = useRef(false);
  // The Remove button gives way to the question: focus goes to its safe answer, and back to Remove on Cancel.
  useEffect(() => {
    if (isConfirming) cancelButtonRef.current?.focus();
    else if (wasConfirmingRef.current) removeButtonRef.current?.focus();
    wasConfirmingRef.current = isConfirming;
  }, [isConfirming]);
  const title = pack.title ?? t('optionsUntitled', pack.id);
  const isDamaged = pack.problems.length > 0;
  const headingId = `pack-${pack.id}`;
  return (
    <li class={isDamaged ? 'pack pack-damaged' : 'pack'} aria-labelledby={headingId}>
      <div class="pack-main">
        <h3 class="pack-title" id={headingId}>
          {title}
        </h3>
        <p class="pack-facts">
          <span class="pack-id">{pack.id}</span>
          {pack.entityCount !== null && <span>{t('optionsEntities', pack.entityCount)}</span>}
          {pack.isBuiltIn ? <span>{t('optionsBuiltIn')}</span> : <span>{t('optionsSize', formatSize(pack.bytes, t, locale))}</span>}
        </p>
        {isDamaged && (
          <div class="pack-problems">
            <p class="damaged-notice">{t('optionsDamaged')}</p>
            <ProblemList problems={pack.problems} describe={describeProblem} />
          </div>
        )}
      </div>
      <div class="pack-actions">
        {!isDamaged && (
          <label class="switch">
            <span class="switch-label" aria-hidden="true">
              {t('optionsPackOn')}
            </span>
            <input
              type="checkbox"
              role="switch"
              class="switch-input"
              aria-label={t('optionsPackOnFor', title)}
              checked={pack.enabled}
              onChange={(event) => onToggle(pack.id, event.currentTarget.checked)}
            />
          </label>
        )}
        {(pack.isBuiltIn || pack.bytes > 0) && (
          <button type="button" class="button" aria-label={t('optionsExportFor', title)} onClick={() => onExport(pack.id)}>
            {t('optionsExport')}
          </button>
        )}
        {!pack.isBuiltIn && !isConfirming && (
          <button
            type="button"
            class="button"
            ref={removeButtonRef}
            aria-label={t('optionsRemoveFor', title)}
            onClick={() => setConfirming(true)}
          >
            {t('optionsRemove')}
          </button>
        )}
      </div>
      {isConfirming && (
        <div class="confirm" role="group" aria-labelledby={`${headingId}-confirm`}>
          <p id={`${headingId}-confirm`}>{t('optionsRemoveConfirm', title)}</p>
          <div class="confirm-actions">
            <button
              type="button"
              class="button button-danger"
              onClick={() => {
                setConfirming(false);
                onRemove(pack.id);
              }}
            >
              {t('optionsRemoveYes')}
            </button>
            <button type="button" class="button" ref={cancelButtonRef} onClick={() => setConfirming(false)}>
              {t('optionsCancel')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
