import type { NotesSource, Subject } from '../../../lib/pack/compile-packs';
import { BUILT_IN_PACK_ID } from '../../../lib/entity-key';
import { summary } from '../../../lib/summary/index';
import type { Entity } from '../../../lib/summary/schema';

/** The bundled article as a notes source. */
export const builtInSource: NotesSource = { packId: BUILT_IN_PACK_ID, ...summary.article };

/** A subject with one set of notes on `entity` (a bundled one, or one made up by a test) from `source`. */
export function subjectOf(entity: Omit<Entity, 'matching'> & { matching?: unknown }, source: NotesSource = builtInSource): Subject {
  const { id, name, kind, role, facts, caveats, related } = entity;
  return { key: id, name, kind, notes: [{ source, entity: { role, facts, caveats, related } }] };
}
