// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntityCard, type EntityCardProps } from '../../../components/EntityCard';
import { cardLabels } from '../../../lib/card/card-labels';
import ru from '../../../public/_locales/ru/messages.json';
import { entityById, summary } from '../../../lib/summary/index';
import type { EntityId } from '../../../lib/summary/schema';

let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function show(id: EntityId, overrides: Partial<EntityCardProps> = {}) {
  const entity = entityById(id);
  const props: EntityCardProps = {
    entity,
    related: entity.related.map((other) => ({ id: other, name: entityById(other).name })),
    sourceNote: 'From one bundled article, untitled; no author or date given.',
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

  it('lists every fact with its attribution and its quote verbatim', () => {
    const entity = entityById('ushakov');
    show('ushakov');
    const items = [...host.querySelectorAll('.fn-fact')];
    expect(items).toHaveLength(entity.facts.length);
    entity.facts.forEach((fact, i) => {
      const item = items[i]!;
      expect(text(item.querySelector('.fn-attribution'))).toBe(`According to ${fact.attribution}:`);
      expect(text(item.querySelector('.fn-statement'))).toBe(fact.statement.replace(/\s+/g, ' '));
      // Exactly as in the article: no marks added, none taken away.
      expect(item.querySelector('blockquote')?.textContent).toBe(fact.quote);
    });
    const quoted = entity.facts.find((fact) => fact.quote?.includes('common language'));
    expect(summary.article.paragraphs[quoted!.paragraph - 1]).toContain(quoted!.quote);
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

  it('names its source in the footer', () => {
    show('witkoff');
    expect(text(host.querySelector('footer .fn-source'))).toBe('From one bundled article, untitled; no author or date given.');
  });

  it('puts its controls in a sensible order and hides nothing from screen readers', () => {
    show('witkoff');
    const controls = [...host.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(controls).toEqual(['Close', 'Yury Ushakov', 'Read the article']);
    expect(host.querySelector('[aria-hidden]')).toBeNull();
  });

  it('shows interface words in the browser language, marking their language apart from the article text', () => {
    const labels = cardLabels((key, ...subs) =>
      (ru as Record<string, { message: string }>)[key]!.message.replace(/\$\w+\$/, String(subs[0])),
    );
    const { dialog } = show('volchansk', { labels });
    expect(dialog.lang).toBe('en');
    const kind = host.querySelector('.fn-kind')!;
    expect([kind.textContent, kind.getAttribute('lang')]).toEqual(['Место', 'ru']);
    expect(host.querySelector('.fn-tag--hedged')?.getAttribute('lang')).toBe('ru');
    expect(text(host.querySelector('.fn-meta'))).toBe('Абзац 6');
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
