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
    expect([...collectDirtyRoots(records).roots]).toEqual(added);
  });

  it('rescans the enclosing block when inline content or text changes', () => {
    document.body.innerHTML = '<p id="p">Steve <b>x</b></p>';
    const p = document.getElementById('p')!;
    const records = recordsOf(() => {
      p.append(document.createElement('a'));
      p.querySelector('b')!.firstChild!.nodeValue = 'y';
    });
    const work = collectDirtyRoots(records);
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
    const work = collectDirtyRoots(records);
    expect([...work.roots]).toEqual([outer]);
    expect(work.hasRemovals).toBe(true);
  });
});

describe('collectDirtyRoots and removals', () => {
  it('rescans the block around removed inline content (two words may join into a name), not around a removed block', () => {
    document.body.innerHTML = '<div id="d"><p id="p">Wit<b>-</b>koff <span>x</span></p><p id="gone">Ushakov</p></div>';
    const p = document.getElementById('p')!;
    const records = recordsOf(() => {
      p.querySelector('b')!.remove();
      document.getElementById('gone')!.remove();
    });
    expect([...collectDirtyRoots(records).roots]).toEqual([p]);
    const text = recordsOf(() => p.lastChild!.firstChild!.remove());
    expect([...collectDirtyRoots(text).roots]).toEqual([p]);
  });

  it('keeps a connected root only when no root above it, however far up, is rescanned', () => {
    document.body.innerHTML = '<section id="s"><div><ul id="u"><li id="li">a</li></ul></div></section><p id="other">b</p>';
    const records = recordsOf(() => {
      document.getElementById('li')!.append(document.createElement('i'));
      document.getElementById('s')!.append(document.createElement('em'));
      document.getElementById('other')!.append(document.createElement('em'));
    });
    expect([...collectDirtyRoots(records).roots]).toEqual([document.getElementById('s'), document.getElementById('other')]);
  });
});

describe('collectDirtyRoots with non-element nodes', () => {
  it('notes a removed comment without rescanning or throwing', () => {
    document.body.innerHTML = '<div id="d"><!-- marker --><p>a</p></div>';
    const div = document.getElementById('d')!;
    const records = recordsOf(() => div.firstChild!.remove());
    const work = collectDirtyRoots(records);
    expect([...work.roots]).toEqual([]);
    expect(work.hasRemovals).toBe(true);
  });
});

describe('collectDirtyRoots and inert additions', () => {
  it('ignores added scripts, styles, images, frames, templates, our host and comments', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const p = document.getElementById('p')!;
    const records = recordsOf(() => {
      p.append(document.createElement('script'), document.createElement('img'), document.createComment('x'));
      for (const name of ['style', 'link', 'meta', 'noscript', 'template', 'iframe', 'fact-notes-ui']) {
        const inert = document.createElement(name);
        inert.textContent = 'Witkoff';
        document.body.append(inert);
      }
    });
    expect([...collectDirtyRoots(records).roots]).toEqual([]);
  });
});

describe('collectDirtyRoots and visibility changes', () => {
  function attributeRecords(change: () => void): MutationRecord[] {
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['hidden', 'class', 'style', 'open'] });
    change();
    const records = observer.takeRecords();
    observer.disconnect();
    return records;
  }

  it('rescans the block around an element whose class, hidden or style changed, whatever its text', () => {
    document.body.innerHTML = '<ul id="u" class="x"><li>Witkoff</li><li>Ushakov</li></ul><p id="p">Steve <span id="s">Witkoff</span></p>';
    const records = attributeRecords(() => {
      document.getElementById('u')!.classList.remove('x');
      document.getElementById('s')!.hidden = true;
    });
    expect([...collectDirtyRoots(records).roots]).toEqual([document.getElementById('u'), document.getElementById('p')]);
  });

  it('ignores visibility changes on elements that hold no text', () => {
    document.body.innerHTML = '<p>text <span id="spinner"></span><img id="i" src="x.png"></p>';
    const records = attributeRecords(() => {
      document.getElementById('spinner')!.className = 'turn';
      document.getElementById('i')!.style.opacity = '0.5';
    });
    expect([...collectDirtyRoots(records).roots]).toEqual([]);
  });
});
