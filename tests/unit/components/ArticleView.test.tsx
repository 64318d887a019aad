// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { ArticleView, type ArticleViewProps } from '../../../components/ArticleView';
import { summary } from '../../../lib/summary';
import { entityFromHash } from '../../../lib/article-page/entity-from-hash';
import { mountArticlePage } from '../../../lib/article-page/mount-article-page';
import type { ParagraphMention } from '../../../lib/article-page/paragraph-mentions';

const { article } = summary;
// What the tracker finds in the bundled text (spec/mentions.md; see the live check at the end).
const found: ParagraphMention[] = [
  { entity: 'witkoff', paragraph: 1, text: 'Steve Witkoff' },
  { entity: 'ushakov', paragraph: 2, text: 'Yury Ushakov' },
  { entity: 'witkoff', paragraph: 3, text: 'Witkoff' },
  { entity: 'donetsk', paragraph: 4, text: 'Donetsk People’s Republic' },
  { entity: 'donetsk', paragraph: 5, text: 'Donetsk People’s Republic' },
  { entity: 'volchansk', paragraph: 6, text: 'Volchansk' },
  { entity: 'witkoff', paragraph: 8, text: 'Steve Witkoff' },
  { entity: 'ushakov', paragraph: 8, text: 'Yury Ushakov' },
];

function show(props: Partial<ArticleViewProps> = {}): HTMLElement {
  const onSelectEntity = vi.fn();
  render(
    <ArticleView summary={summary} mentions={found} markedEntity={undefined} onSelectEntity={onSelectEntity} {...props} />,
    document.body,
  );
  return document.body;
}

const markedIds = (root: HTMLElement) => [...root.querySelectorAll('.paragraph.is-marked')].map((el) => el.id);

afterEach(() => render(null, document.body));

describe('ArticleView', () => {
  it('renders every paragraph verbatim, numbered p1…pN', () => {
    const root = show();
    const blocks = [...root.querySelectorAll<HTMLElement>('.article-text .paragraph')];
    expect(blocks.map((el) => el.id)).toEqual(article.paragraphs.map((_, i) => `p${i + 1}`));
    blocks.forEach((block, i) => {
      expect(block.querySelector('p')!.textContent).toBe(article.paragraphs[i]);
      expect(block.querySelector('.paragraph-number')!.textContent).toBe(`Paragraph ${i + 1}`);
      expect(block.tabIndex).toBe(-1);
    });
    // Joined, they are the source text again (lib/summary/data.ts).
    const text = [...root.querySelectorAll('.article-text p')].map((p) => p.textContent).join('\n');
    expect(text).toBe(article.paragraphs.join('\n'));
  });

  it('labels the title as written by Fact Notes', () => {
    const root = show();
    const title = root.querySelector('h1')!;
    expect(title.textContent).toBe(article.title);
    const note = root.querySelector(`#${title.getAttribute('aria-describedby')}`)!;
    expect(note.textContent).toBe('Title written by Fact Notes; the source has none.');
    expect(root.querySelector('.byline')!.textContent).toBe('No author or date given.');
  });

  it('shows the article caveats and links each key point to the paragraphs it cites', () => {
    const root = show();
    const caveats = [...root.querySelectorAll('.article-caveats .fn-caveat-text')].map((el) => el.textContent);
    expect(caveats).toEqual(article.caveats.map((caveat) => caveat.text));
    const points = [...root.querySelectorAll('.key-points > ol > li')];
    expect(points).toHaveLength(article.keyPoints.length);
    points.forEach((point, i) => {
      const hrefs = [...point.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(article.keyPoints[i]!.paragraphs.map((n) => `#p${n}`));
      for (const href of hrefs) expect(root.querySelector(href!)).not.toBeNull();
    });
  });

  it('marks the paragraphs of the entity named by the hash, with an accessible label', () => {
    const root = show({ markedEntity: 'witkoff' });
    expect(markedIds(root)).toEqual(['p1', 'p3', 'p8']);
    for (const el of root.querySelectorAll('.paragraph.is-marked')) {
      expect(el.getAttribute('role')).toBe('group');
      expect(el.getAttribute('aria-label')).toBe('Mentions Steve Witkoff');
    }
    expect(root.querySelector('#p2')!.hasAttribute('aria-label')).toBe(false);
    expect(root.querySelector('a[href="#witkoff"][aria-current="true"]')).not.toBeNull();
  });

  it('adds paragraphs where the entity is named even if no fact cites them', () => {
    const root = show({ markedEntity: 'volchansk', mentions: [...found, { entity: 'volchansk', paragraph: 2, text: 'Vovchansk' }] });
    expect(markedIds(root)).toEqual(['p2', 'p6']);
    show({ markedEntity: undefined });
    expect(markedIds(root)).toEqual([]);
  });

  it('lists each entity with its role as printed and its mention count', () => {
    const root = show();
    const counts = Object.fromEntries(
      [...root.querySelectorAll<HTMLElement>('.entity')].map((el) => [el.dataset.entity, el.querySelector('.entity-count')!.textContent]),
    );
    expect(counts).toEqual({
      witkoff: 'Named 3 times in the text: “Steve Witkoff” ×2, “Witkoff” ×1.',
      ushakov: 'Named twice in the text: “Yury Ushakov” ×2.',
      donetsk: 'Named twice in the text: “Donetsk People’s Republic” ×2.',
      volchansk: 'Named once in the text: “Volchansk” ×1.',
    });
    expect(root.querySelector('[data-entity="witkoff"] .entity-role')!.textContent).toContain(summary.entities[0]!.role.text);
    show({ mentions: undefined });
    expect(root.querySelector('.entity-count')!.textContent).toBe('Counting mentions…');
  });

  it('reports the chosen entity and the request to clear the marking', () => {
    const onSelectEntity = vi.fn();
    const root = show({ markedEntity: 'donetsk', onSelectEntity });
    root.querySelector<HTMLElement>('[data-entity="ushakov"] .entity-mark a')!.click();
    root.querySelector<HTMLElement>('.mark-status button')!.click();
    expect(onSelectEntity.mock.calls).toEqual([['ushakov'], [undefined]]);
  });
});

describe('entityFromHash', () => {
  it('reads an entity id, keeps the marking for a paragraph anchor and clears it otherwise', () => {
    expect(entityFromHash('#ushakov', undefined)).toBe('ushakov');
    expect(entityFromHash('#p3', 'witkoff')).toBe('witkoff');
    expect(entityFromHash('#p0', 'witkoff')).toBeUndefined();
    expect(entityFromHash('#toString', 'witkoff')).toBeUndefined();
    expect(entityFromHash('', 'witkoff')).toBeUndefined();
  });
});

describe('mountArticlePage', () => {
  it('counts the mentions the tracker finds and follows hash changes', async () => {
    window.history.replaceState(null, '', '/article.html#donetsk');
    const container = document.createElement('div');
    document.body.append(container);
    const controller = new AbortController();
    mountArticlePage(container, controller.signal);
    expect(markedIds(container)).toEqual(['p4', 'p5']);
    await vi.waitFor(() => expect(container.querySelector('[data-entity="witkoff"] .entity-count')!.textContent).toMatch(/^Named 3 times/));
    window.location.hash = '#volchansk';
    await vi.waitFor(() => expect(markedIds(container)).toEqual(['p6']));
    controller.abort();
    expect(container.childElementCount).toBe(0);
    container.remove();
  });
});
