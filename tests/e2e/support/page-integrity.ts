import type { Tab } from './driver.ts';

// Contract item 4 (page untouched), for pages whose own scripts do not run:
// an init script records every DOM mutation from the end of parsing on, plus
// the serialized DOM at that point. With page scripts blocked, any mutation
// after parsing was made by the extension. Rendering (text, computed styles)
// is compared with a browser without the extension (readFingerprint).

/** One DOM mutation, described from the page. */
export interface MutationNote {
  type: MutationRecordType;
  /** `html > body > p:nth-child(3)`-like path of the target. */
  target: string;
  /** The target is `<fact-notes-ui>` or inside it. */
  isInHost: boolean;
  attribute: string | null;
  added: string[];
  removed: string[];
}

/** What {@link readIntegrity} found. */
export interface IntegrityReport {
  /** False when the init script never ran (so the check proves nothing). */
  isRecording: boolean;
  mutations: MutationNote[];
  /** Index of the first difference between the serialized DOM at parse end and now (host removed), or -1. */
  htmlDiffAt: number;
  htmlDiff: { before: string; after: string } | null;
  adoptedSheets: { before: number; after: number };
  hostCount: number;
  hostParent: string | null;
}

interface Snapshot {
  html: string;
  sheets: number;
}

interface Recorder {
  notes: MutationNote[];
  baseline?: Snapshot;
}

/**
 * Init script (runs before the page's own code): starts the recorder. Parser
 * insertions are dropped when the document becomes interactive, which happens
 * before any content script of ours runs (document_idle).
 */
export function installMutationRecorder(): void {
  const recorder: Recorder = { notes: [] };
  (window as unknown as { __factNotesRecorder: Recorder }).__factNotesRecorder = recorder;
  const pathOf = (node: Node): string => {
    const parts: string[] = [];
    for (let current: Node | null = node; current && current.nodeType !== Node.DOCUMENT_NODE; current = current.parentNode) {
      if (current.nodeType !== Node.ELEMENT_NODE) {
        parts.unshift(current.nodeName);
        continue;
      }
      const el = current as Element;
      const index = el.parentElement ? [...el.parentElement.children].indexOf(el) + 1 : 0;
      parts.unshift(index ? `${el.localName}:nth-child(${index})` : el.localName);
    }
    return parts.join(' > ');
  };
  const isInHost = (node: Node): boolean => {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    return !!el?.closest('fact-notes-ui');
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      recorder.notes.push({
        type: record.type,
        target: pathOf(record.target),
        isInHost: isInHost(record.target),
        attribute: record.attributeName,
        added: [...record.addedNodes].map((node) => node.nodeName),
        removed: [...record.removedNodes].map((node) => node.nodeName),
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  document.addEventListener(
    'readystatechange',
    () => {
      if (document.readyState !== 'interactive') return;
      observer.takeRecords();
      recorder.notes.length = 0;
      // Text and styles are compared with a browser without the extension instead (readFingerprint):
      // layout is not final yet here (Firefox's innerText can be a twentieth of the final one).
      recorder.baseline = { html: document.documentElement.outerHTML, sheets: document.adoptedStyleSheets.length };
    },
    { capture: true },
  );
}

/** Compares the page now with its state when parsing ended, and lists the mutations since. */
export function readIntegrity(tab: Tab): Promise<IntegrityReport> {
  return tab.evaluate(() => {
    const recorder = (window as unknown as { __factNotesRecorder?: Recorder }).__factNotesRecorder;
    const hosts = document.querySelectorAll('fact-notes-ui');
    if (!recorder?.baseline) {
      return {
        isRecording: false,
        mutations: [],
        htmlDiffAt: -1,
        htmlDiff: null,
        adoptedSheets: { before: 0, after: 0 },
        hostCount: hosts.length,
        hostParent: null,
      };
    }
    const { baseline } = recorder;
    // outerHTML does not include shadow roots, so the host serializes as its start and end tags alone.
    const hostHtml = [...hosts].map((host) => host.outerHTML);
    let html = document.documentElement.outerHTML;
    for (const piece of hostHtml) html = html.replace(piece, '');
    let diffAt = -1;
    const length = Math.max(html.length, baseline.html.length);
    for (let i = 0; i < length; i++) {
      if (html[i] !== baseline.html[i]) {
        diffAt = i;
        break;
      }
    }
    const around = (text: string) => text.slice(Math.max(0, diffAt - 80), diffAt + 80);
    return {
      isRecording: true,
      mutations: recorder.notes.slice(),
      htmlDiffAt: diffAt,
      htmlDiff: diffAt < 0 ? null : { before: around(baseline.html), after: around(html) },
      adoptedSheets: { before: baseline.sheets, after: document.adoptedStyleSheets.length },
      hostCount: hosts.length,
      hostParent: hosts[0]?.parentNode === document.documentElement ? 'html' : (hosts[0]?.parentNode?.nodeName ?? null),
    };
  });
}

/** Mutations other than the one allowed: `<fact-notes-ui>` added as a child of `<html>` (and changes to the host itself). */
export function foreignMutations(report: IntegrityReport): MutationNote[] {
  let hostAdds = 0;
  return report.mutations.filter((note) => {
    if (note.isInHost) return false;
    const isHostAdd =
      note.type === 'childList' &&
      note.target === 'html' &&
      note.added.length === 1 &&
      note.added[0] === 'FACT-NOTES-UI' &&
      note.removed.length === 0;
    if (isHostAdd && hostAdds++ === 0) return false;
    return true;
  });
}

/** What a page looks like to a reader, in numbers: compared between a browser with and one without the extension. */
export interface Fingerprint {
  /** body.innerText length and a hash of it (innerText follows rendering: display, visibility, text-transform). */
  textLength: number;
  textHash: number;
  /** Elements in the document, not counting `<fact-notes-ui>`. */
  elements: number;
  /** Computed style of about 40 elements spread over the body, and of html and body. */
  styles: string[];
}

/** Page function: the {@link Fingerprint} of the current document. */
export function readFingerprint(): Fingerprint {
  const text = document.body?.innerText ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  const all = [...document.getElementsByTagName('*')].filter((el) => el.localName !== 'fact-notes-ui');
  const inBody = document.body ? [...document.body.getElementsByTagName('*')] : [];
  const step = Math.max(1, Math.floor(inBody.length / 40));
  const sample = [document.documentElement, document.body, ...inBody.filter((_, i) => i % step === 0)].filter(
    (element): element is Element => Boolean(element),
  );
  const properties = [
    'display',
    'visibility',
    'color',
    'background-color',
    'font-family',
    'font-size',
    'font-weight',
    'text-decoration-line',
    'text-transform',
  ];
  const styles = sample.map((el) => {
    const style = getComputedStyle(el);
    return `${el.localName}: ${properties.map((property) => style.getPropertyValue(property)).join('; ')}`;
  });
  return { textLength: text.length, textHash: hash, elements: all.length, styles };
}
