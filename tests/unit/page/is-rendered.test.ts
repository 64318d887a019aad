// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isRendered } from '../../../lib/page/is-rendered';

afterEach(() => {
  document.body.innerHTML = '';
});

// Each test gives the elements the browser's answer (happy-dom's own checkVisibility knows little of CSS).
function visibility(el: Element, isVisible: boolean) {
  const check = vi.fn(() => isVisible);
  Object.assign(el, { checkVisibility: check });
  return check;
}

const byId = (id: string) => document.getElementById(id)!;

describe('isRendered', () => {
  it('takes text the browser shows, asking it to count visibility: hidden too', () => {
    document.body.innerHTML = '<p id="p">Witkoff</p>';
    const check = visibility(byId('p'), true);
    expect(isRendered(byId('p'))).toBe(true);
    expect(check).toHaveBeenCalledExactlyOnceWith({ visibilityProperty: true });
  });

  it('leaves out text the browser does not show', () => {
    document.body.innerHTML = '<p id="p" style="display: block">Witkoff</p>';
    visibility(byId('p'), false);
    expect(isRendered(byId('p'))).toBe(false);
  });

  it('takes everything where the browser cannot say (no checkVisibility)', () => {
    document.body.innerHTML = '<p id="p" style="display: none">Witkoff</p>';
    Object.assign(byId('p'), { checkVisibility: undefined });
    expect(isRendered(byId('p'))).toBe(true);
  });

  it('leaves out editable text and form controls, without asking about visibility', () => {
    document.body.innerHTML =
      '<div id="edit" contenteditable="true"><b id="inside">Witkoff</b></div><textarea id="area">Witkoff</textarea>' +
      '<select><option id="option">Witkoff</option></select><div contenteditable="false"><b id="fixed">Witkoff</b></div>';
    const checks = ['edit', 'inside', 'area', 'option', 'fixed'].map((id) => visibility(byId(id), true));
    expect(['edit', 'inside', 'area', 'option', 'fixed'].map((id) => isRendered(byId(id)))).toEqual([false, false, false, false, true]);
    expect(checks.map((check) => check.mock.calls.length)).toEqual([0, 0, 0, 0, 1]);
  });

  it('takes display: contents (no box of its own) as shown when its parent is, unless it hides its text', () => {
    document.body.innerHTML =
      '<div id="shown"><span id="contents" style="display: contents">Witkoff</span><span id="hidden" style="display: contents; visibility: hidden">Witkoff</span></div>' +
      '<div id="gone"><span id="under-gone" style="display: contents">Witkoff</span></div>';
    visibility(byId('shown'), true);
    visibility(byId('gone'), false);
    for (const id of ['contents', 'hidden', 'under-gone']) visibility(byId(id), false);
    expect(['contents', 'hidden', 'under-gone'].map((id) => isRendered(byId(id)))).toEqual([true, false, false]);
  });
});
