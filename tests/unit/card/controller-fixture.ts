import { vi } from 'vitest';
import { createCardController, type CardControllerConfig, type CardOptions } from '../../../lib/card/card-controller';
import type { PageMention } from '../../../lib/page/page-mention';
import { entityById } from '../../../lib/summary/index';
import { subjectOf } from '../support/subjects';
import { englishCardLabels } from '../../../lib/card/card-labels';
import type { Entity, EntityId } from '../../../lib/summary/schema';
import { mentionNamed, storeOf } from './mention-fixture';

/** A page with three mentions in the real store, the `<fact-notes-ui>` host, and a controller over them. */
export function setUpPage(
  options: Partial<CardOptions> = {},
  getEntity: (id: EntityId) => Entity | undefined = entityById,
  extra: Partial<CardControllerConfig> = {},
) {
  document.body.innerHTML = '<p><a href="#w">Steve Witkoff</a> met Yury Ushakov near Volchansk.</p><button id="page-button">Page</button>';
  const store = storeOf();
  const mentions = [mentionNamed(store, 'Steve Witkoff'), mentionNamed(store, 'Yury Ushakov'), mentionNamed(store, 'Volchansk')] as const;
  const host = document.createElement('fact-notes-ui');
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  root.append(container);
  document.documentElement.append(host);

  const settings: CardOptions = { openOn: 'hover-and-click', theme: 'system', ...options };
  const abort = new AbortController();
  const onOpenArticle = vi.fn();
  const onActiveChange = vi.fn();
  const pointer: { over: PageMention | undefined } = { over: undefined };
  const controller = createCardController({
    root,
    container,
    index: store,
    getSubject: (key) => {
      const entity = getEntity(key as EntityId);
      return entity && subjectOf(entity);
    },
    signal: abort.signal,
    onOpenArticle,
    getOptions: () => settings,
    onActiveChange,
    findMention: () => pointer.over,
    labels: englishCardLabels,
    ...extra,
  });
  const dialog = () => root.querySelector<HTMLElement>('[role="dialog"]');
  const teardown = () => {
    abort.abort();
    host.remove();
  };
  return { controller, store, mentions, root, container, host, settings, abort, onOpenArticle, onActiveChange, pointer, dialog, teardown };
}

/** Animation frames that run only when the test says so. */
export function manualFrames() {
  const queue: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => queue.push(callback));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  return () => queue.splice(0).forEach((callback) => callback(0));
}

/** Fires a real-looking mouse event at `target` (detail 1: a pointer click, not the keyboard's). */
export function mouse(
  target: EventTarget,
  type: 'click' | 'pointermove' | 'pointerdown' | 'pointerup',
  x = 10,
  y = 10,
  pointerType = 'mouse',
) {
  const init = {
    bubbles: true,
    composed: true,
    cancelable: true,
    clientX: x,
    clientY: y,
    detail: 1,
    pointerType,
    isPrimary: true,
    pointerId: 1,
    button: 0,
  };
  const event = type === 'click' ? new MouseEvent(type, init) : new PointerEvent(type, init);
  target.dispatchEvent(event);
  return event;
}

/** Presses Escape on `target` the way a browser dispatches it. */
export function escape(target: EventTarget = document.body) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
}
