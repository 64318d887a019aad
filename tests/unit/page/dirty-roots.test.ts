// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectDirtyRoots } from '../../../lib/page/dirty-roots';

function recordsOf(change: () => void, target: Node = document.body): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('collectDirtyRoots', () => {
  it('rescans only the appended blocks, not their container (infinite scroll stays linear)', () => {
    document.body.innerHTML = '<main id="feed"><p>old</p></main>';
    const feed = document.getElementById('feed')!;
    const added = [document.createElement('p'), document.createElement('p')];
    const records = recordsOf(() => feed.append(...added));
    expect([...collectDirtyRoots(records, () => true).roots]).toEqual(added);
  });

  it('rescans the enclosing block when inline content or text changes', () => {
    document.body.innerHTML = '<p id="p">Steve <b>x</b></p>';
    const p = document.getElementById('p')!;
    const records = recordsOf(() => {
      p.append(document.createElement('a'));
      p.querySelector('b')!.firstChild!.nodeValue = 'y';
    });
    const work = collectDirtyRoots(records, () => true);
    expect([...work.roots]).toEqual([p]);
    expect(work.hasRemovals).toBe(false);
  });

  it('drops roots inside other roots and notes removals', () => {
    document.body.innerHTML = '<div id="outer"><p id="inner">a</p></div>';
    const outer = document.getElementById('outer')!;
    const records = recordsOf(() => {
      document.getElementById('inner')!.append(document.createElement('span'));
      outer.append(document.createTextNode('b'));
      outer.querySelector('p')!.remove();
    });
    const work = collectDirtyRoots(records, () => true);
    expect([...work.roots]).toEqual([outer]);
    expect(work.hasRemovals).toBe(true);
  });
});

describe('collectDirtyRoots with non-element nodes', () => {
  it('notes a removed comment without rescanning or throwing', () => {
    document.body.innerHTML = '<div id="d"><!-- marker --><p>a</p></div>';
    const div = document.getElementById('d')!;
    const records = recordsOf(() => div.firstChild!.remove());
    const work = collectDirtyRoots(records, () => true);
    expect([...work.roots]).toEqual([]);
    expect(work.hasRemovals).toBe(true);
  });
});

describe('collectDirtyRoots and inert additions', () => {
  it('ignores added scripts, styles, images and comments', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const p = document.getElementById('p')!;
    const records = recordsOf(() => {
      p.append(document.createElement('script'), document.createElement('img'), document.createComment('x'));
      document.body.append(document.createElement('style'));
    });
    expect([...collectDirtyRoots(records, () => true).roots]).toEqual([]);
  });
});
