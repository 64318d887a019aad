/**
 * A regex made at its first use. A literal with Unicode property classes (`\p{L}`) costs
 * V8 about 0.2 ms to create, and a module's literals are all created when the content
 * script loads, on every page (issue 10), while most pages never use them.
 */
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}
