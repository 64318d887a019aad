// Shared by the background, which writes the enabled packs compiled, and the
// content script, which reads them (lib/session/page-notes.ts); zod-free.

/**
 * Where the background keeps the enabled packs compiled (lib/pack/compile-packs.ts),
 * `{ v: 1, gate, matcher, subjects }`, in `storage.local`. Absent while the built-in pack
 * is the only one enabled: pages then use the copy compiled into the bundle.
 */
export const COMPILED_NOTES_KEY = 'packs:compiled';
export const COMPILED_NOTES_VERSION = 1;
