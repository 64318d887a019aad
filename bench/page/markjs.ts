/**
 * mark.js, the common way to highlight names: it wraps every match in a
 * `<mark>` element, so it changes the page (we never do). Each run starts
 * from a fresh copy of the original body.
 */
import Mark from 'mark.js';

let pristine: HTMLElement | undefined;

/** Puts a fresh copy of the original body back, so mark.js never sees its own marks. */
export function restoreBody(): void {
  pristine ??= document.body.cloneNode(true) as HTMLElement;
  document.body.replaceWith(pristine.cloneNode(true));
  // Settle style and layout outside the timed part, as for the other runs.
  void document.body.offsetHeight;
}

/** Marks every match of `regex` in the body; returns the number of marks. */
export function markjsPass(regex: RegExp): number {
  let marks = 0;
  new Mark(document.body).markRegExp(regex, { done: (count) => (marks = count) });
  return marks;
}
