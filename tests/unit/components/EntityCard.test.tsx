// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntityCard, type EntityCardProps } from '../../../components/EntityCard';
import { cardLabels, englishCardLabels } from '../../../lib/card/card-labels';
import { factView } from '../../../lib/card/fact-view';
import ru from '../../../public/_locales/ru/messages.json';
import { getMessageFrom } from '../support/chrome-messages';
import { entityById, summary } from '../../../lib/summary/index';
import type { Entity, EntityId } from '../../../lib/summary/schema';
import { builtInSource, subjectOf } from '../support/subjects';

let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function show(
  id: EntityId,
  { entity = entityById(id), ...overrides }: Partial<EntityCardProps> & { entity?: Omit<Entity, 'matching'> } = {},
) {
  const props: EntityCardProps = {
    subject: subjectOf(entity),
    related: entity.related.map((other) => ({ id: other, name: entityById(other).name })),
    sourceNotes: ['From one bundled article, untitled; no author or date given.'],
    labels: englishCardLabels,
    onRelated: vi.fn(),
    onOpenArticle: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  render(<EntityCard {...props} />, host);
  const dialog = host.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error('no dialog rendered');
  return { dialog, props };
}

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('EntityCard', () => {
  it('is a dialog for its entity, named by its heading', () => {
    const { dialog } = show('witkoff');
    expect(dialog.dataset.entity).toBe('witkoff');
    const heading = host.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(heading?.tagName).toBe('H2');
    expect(heading?.textContent).toBe('Steve Witkoff');
    expect(heading?.getAttribute('tabindex')).toBe('-1');
    expect(text(host.querySelector(`#${dialog.getAttribute('aria-describedby')}`))).toBe(entityById('witkoff').role.text);
  });

  it('shows kind and role as the article gives them', () => {
    show('volchansk');
    expect(text(host.querySelector('.fn-kind'))).toBe('Place');
    expect(text(host.querySelector('.fn-role'))).toBe('One of the “Kharkov region villages”');
  });

  it.each(['witkoff', 'ushakov', 'donetsk', 'volchansk'] as const)('%s: every fact, its words said once', (id) => {
    const entity = entityById(id);
    show(id);
    const items = [...host.querySelectorAll<HTMLElement>('.fn-fact')];
    expect(items).toHaveLength(entity.facts.length);
    entity.facts.forEach((fact, i) => {
      const item = items[i]!;
      const view = factView(fact);
      expect(item.dataset.shape).toBe(view.shape);
      const statement = item.querySelector('.fn-statement');
      const excerpt = item.querySelector('.fn-excerpt-text, .fn-quote');
      if (view.shape === 'excerpt') {
        // The statement is the article's own words: shown once, as the excerpt, never also restated.
        expect(statement).toBeNull();
        expect(excerpt?.closest('details')).toBeNull();
      } else {
        expect(text(statement)).toBe(fact.statement.replace(/\s+/g, ' '));
        // A paraphrase: the excerpt only on request, behind a closed disclosure.
        if (view.shape === 'paraphrase') expect(excerpt?.closest('details')?.open).toBe(false);
      }
      // Exactly as in the article: no marks added, none taken away.
      if (excerpt) expect(summary.article.paragraphs[fact.paragraph - 1]).toContain(excerpt.textContent);
    });
  });

  it('shows words the article puts in someone’s mouth as their quote, and other excerpts as the article’s words', () => {
    show('ushakov');
    const quotes = [...host.querySelectorAll('.fn-speech')];
    expect(quotes.map((q) => text(q.querySelector('blockquote.fn-quote')))).toEqual(['“We haven’t found a common language yet,”']);
    expect(text(quotes[0]!.querySelector('figcaption'))).toBe('Kremlin aide Yury Ushakov, paragraph 2');
    const narration = [...host.querySelectorAll('.fn-excerpt')];
    expect(narration.length).toBeGreaterThan(0);
    for (const excerpt of narration) {
      expect(excerpt.querySelector('blockquote')).toBeNull(); // never styled as anyone's quote
      expect(text(excerpt.querySelector('figcaption, summary'))).toMatch(/^The article’s words, paragraph \d+$/);
    }
  });

  it('puts the facts before the caveats, with each caveat flagged beside what it qualifies and its text in a closed list', () => {
    const entity = entityById('donetsk');
    show('donetsk');
    const body = host.querySelector('.fn-body')!;
    const first = body.firstElementChild!;
    expect(first.classList.contains('fn-facts')).toBe(true);
    const list = host.querySelector<HTMLDetailsElement>('details.fn-notes')!;
    expect(list.open).toBe(false);
    expect(text(list.querySelector('summary'))).toBe(`Caveats (${entity.caveats.length})`);
    const flags = [...host.querySelectorAll('.fn-flag')];
    expect(flags).toHaveLength(entity.caveats.filter((caveat) => caveat.about !== undefined).length);
    entity.caveats.forEach((caveat, i) => {
      if (caveat.about === undefined) return;
      const where = caveat.about === 'role' ? host.querySelector('.fn-header')! : host.querySelectorAll('.fn-fact')[caveat.about - 1]!;
      const flag = [...where.querySelectorAll('.fn-flag')].find((button) => button.textContent?.startsWith(caveat.flag!));
      expect(flag, `caveat ${i}`).toBeDefined();
      expect(text(flag!)).toBe(`${caveat.flag}, see note`);
      expect(host.querySelector(`[id="${flag!.getAttribute('aria-controls')}"]`)?.textContent).toContain(caveat.text);
    });
  });

  it('a flag opens the caveat list at its note, with focus on it', () => {
    show('witkoff');
    const flag = host.querySelector<HTMLButtonElement>('.fn-header .fn-flag')!;
    flag.click();
    expect(host.querySelector<HTMLDetailsElement>('details.fn-notes')!.open).toBe(true);
    const note = host.querySelector(`[id="${flag.getAttribute('aria-controls')}"]`)!;
    expect(document.activeElement).toBe(note);
    expect(note.textContent).toContain(entityById('witkoff').caveats[0]!.text);
  });

  it('marks hedged facts visibly', () => {
    show('volchansk');
    const hedged = [...host.querySelectorAll('.fn-fact--hedged')];
    expect(hedged).toHaveLength(entityById('volchansk').facts.filter((fact) => fact.isHedged).length);
    expect(hedged.length).toBeGreaterThan(0);
    expect(text(hedged[0]!.querySelector('.fn-tag--hedged'))).toBe('Hedged in the article');
    expect(host.querySelectorAll('.fn-fact:not(.fn-fact--hedged) .fn-tag--hedged')).toHaveLength(0);
  });

  it('labels each caveat as a caveat, with its text', () => {
    const entity = entityById('donetsk');
    show('donetsk');
    const caveats = [...host.querySelectorAll('.fn-caveat')];
    expect(caveats).toHaveLength(entity.caveats.length);
    caveats.forEach((caveat, i) => {
      expect(text(caveat.querySelector('.fn-caveat-label'))).toMatch(/^Caveat \(.+\)$/);
      expect(caveat.textContent).toContain(entity.caveats[i]!.text);
    });
  });

  it('leaves out the caveat and related sections when there are none', () => {
    const entity = { ...entityById('donetsk'), caveats: [], related: [] };
    show('donetsk', { entity, related: [] });
    expect(host.querySelector('.fn-caveats')).toBeNull();
    expect(host.querySelector('.fn-related')).toBeNull();
  });

  it('offers related entities as buttons that switch the card', () => {
    const { props } = show('witkoff');
    const button = host.querySelector<HTMLButtonElement>('.fn-related button');
    expect(button?.textContent).toBe('Yury Ushakov');
    expect(button?.type).toBe('button');
    button!.click();
    expect(props.onRelated).toHaveBeenCalledWith('ushakov');
  });

  it('opens the article for this entity and closes on request', () => {
    const { props } = show('donetsk');
    const buttons = [...host.querySelectorAll('button')];
    buttons.find((button) => button.textContent === 'Read the article')!.click();
    expect(props.onOpenArticle).toHaveBeenCalledWith('donetsk');
    host.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click();
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('offers no article for a subject only an imported pack knows: the article page shows the bundled article', () => {
    const entity = { ...entityById('donetsk'), id: 'harbour-ferry/mayor-okafor' as EntityId };
    const source = { ...builtInSource, packId: 'harbour-ferry' };
    show('donetsk', { entity, subject: subjectOf(entity, source) });
    expect(host.querySelector('.fn-read')).toBeNull();
    expect([...host.querySelectorAll('button')].map((button) => button.textContent)).not.toContain('Read the article');
  });

  it('names its source in the footer', () => {
    show('witkoff');
    expect(text(host.querySelector('footer .fn-source'))).toBe('From one bundled article, untitled; no author or date given.');
  });

  it('puts its controls in a sensible order and hides nothing from screen readers', () => {
    show('witkoff');
    const controls = [...host.querySelectorAll('button, summary')].map((b) => b.getAttribute('aria-label') ?? text(b));
    // Reading order: name and role (with its caveat flag), the facts (with theirs), related, the caveat list, the footer.
    expect(controls).toEqual([
      'title as printed — inconsistent, see note',
      'Close',
      'The article’s words, paragraph 1',
      'The article’s words, paragraph 3',
      'The article’s words, paragraph 8',
      'title given differently here, see note',
      'Yury Ushakov',
      'Caveats (2)',
      'Read the article',
    ]);
    expect(host.querySelector('[aria-hidden]')).toBeNull();
  });

  it('shows interface words in the browser language, marking their language apart from the article text', () => {
    const ruMessage = getMessageFrom(ru);
    const labels = cardLabels((key, ...subs) => ruMessage(key, subs));
    const { dialog } = show('volchansk', { labels });
    expect(dialog.lang).toBe('en');
    const kind = host.querySelector('.fn-kind')!;
    expect([kind.textContent, kind.getAttribute('lang')]).toEqual(['Место', 'ru']);
    expect(host.querySelector('.fn-tag--hedged')?.getAttribute('lang')).toBe('ru');
    expect(text(host.querySelector('.fn-meta'))).toBe('Слова статьи, абзац 6');
    expect(host.querySelector('.fn-meta')?.getAttribute('lang')).toBe('ru');
    expect(text(host.querySelector('.fn-notes-title'))).toBe('Оговорки (3)');
    expect(host.querySelector('button.fn-close')?.getAttribute('aria-label')).toBe('Закрыть');
    expect(text(host.querySelector('.fn-read'))).toBe('Читать статью');
    expect(host.querySelector('.fn-statement')?.closest('[lang]')).toBe(dialog);
  });

  it('uses a custom heading id when given one', () => {
    const { dialog } = show('ushakov', { headingId: 'card-2' });
    expect(dialog.getAttribute('aria-labelledby')).toBe('card-2');
    expect(host.querySelector('#card-2')?.textContent).toBe('Yury Ushakov');
  });
});
