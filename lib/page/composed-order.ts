/**
 * Document order across open shadow roots: a node inside a shadow tree sorts
 * as if it stood just inside its host, which is where a reader sees it.
 */

function hostChain(node: Node): Node[] {
  const chain = [node];
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    chain.unshift(root.host);
    root = root.host.getRootNode();
  }
  return chain;
}

/** Compares two nodes in composed document order (negative when `a` comes first). */
export function compareComposed(a: Node, b: Node): number {
  if (a === b) return 0;
  const left = hostChain(a);
  const right = hostChain(b);
  let depth = 0;
  while (depth < left.length - 1 && depth < right.length - 1 && left[depth] === right[depth]) depth++;
  const x = left[depth]!;
  const y = right[depth]!;
  if (x === y) return left.length - right.length;
  const position = x.compareDocumentPosition(y);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}
