// mark.js 8 ships no types; only the calls the benchmark makes.
declare module 'mark.js' {
  /** Options of `markRegExp` the benchmark uses. */
  interface MarkRegExpOptions {
    done?(count: number): void;
  }
  /** Wraps matches in `<mark>` elements inside `context`. */
  export default class Mark {
    constructor(context: Element | Document);
    markRegExp(regexp: RegExp, options?: MarkRegExpOptions): void;
  }
}
