/**
 * The floor: the least work any correct implementation must do. A bare
 * TreeWalker visits every text node, skips text whose parent never renders
 * (script, style, …: even a naive scanner must, or it would match JSON) and
 * runs the extension's own compiled patterns over the rest — the gate (as the
 * extension tests it, invisible characters taken out), then the combined regex
 * where the gate hits — keeping nothing.
 */
import type { CompiledMatcher } from '../../lib/match/compile-matcher';
import { passesGate } from '../../lib/match/word-gate';

const UNRENDERED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE']);

/** Runs the floor pass over `root`; returns the number of regex hits so the work cannot be optimised away. */
export function floorPass(root: Node, compiled: CompiledMatcher): number {
  const { gate, combined } = compiled;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let hits = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (UNRENDERED_PARENTS.has(node.parentNode!.nodeName)) continue;
    const data = (node as Text).data;
    if (!passesGate(gate, data)) continue;
    combined.lastIndex = 0;
    while (combined.exec(data)) hits++;
  }
  return hits;
}

/** The floor over several roots (the paragraphs of one appended batch). */
export function floorOver(roots: readonly Node[], compiled: CompiledMatcher): number {
  let hits = 0;
  for (const root of roots) hits += floorPass(root, compiled);
  return hits;
}

/** Characters and nodes the floor looks at: the page's "text size". */
export function textSize(root: Node): { chars: number; textNodes: number; nodes: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let chars = 0;
  let textNodes = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes++;
    if (node.nodeType !== Node.TEXT_NODE || UNRENDERED_PARENTS.has(node.parentNode!.nodeName)) continue;
    textNodes++;
    chars += (node as Text).data.length;
  }
  return { chars, textNodes, nodes };
}
