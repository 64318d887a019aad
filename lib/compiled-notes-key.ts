// Shared by the background, which writes the enabled packs compiled, and the
// content script, which reads them (lib/session/page-notes.ts); zod-free.

/**
 * Where the background keeps the enabled packs compiled (lib/pack/compile-packs.ts),
 * `{ v: 3, gate, matcher, subjects }`, in `storage.local`. Absent while the built-in pack
 * is the only one enabled: pages then use the copy compiled into the bundle.
 */
export const COMPILED_NOTES_KEY = 'packs:compiled';
// 2: the gate is tested over text without its invisible characters (1 had a gap between every two letters).
// 3: word boundaries once after all branches of the combined regex, not in each branch.
export const COMPILED_NOTES_VERSION = 3;
