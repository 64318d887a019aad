/**
 * The infinite-scroll stress page keeps its 50 batches in `<template
 * data-batch>` elements (never scanned: template content is not in the
 * document); appending one is what a feed's script would do on scroll.
 */

/** Appends batch `index` to `#feed` in one DOM call; returns the new paragraphs. */
export function appendBatch(index: number): Node[] {
  const template = document.querySelectorAll<HTMLTemplateElement>('template[data-batch]')[index];
  if (!template) throw new Error(`no batch ${index}`);
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  const nodes = [...fragment.childNodes];
  document.getElementById('feed')!.append(fragment);
  return nodes;
}

/** How many batches the page holds. */
export function batchCount(): number {
  return document.querySelectorAll('template[data-batch]').length;
}
