import type { Entity, EntityId, Summary } from './schema.ts';
import { articleSource, data, entities } from './data.ts';

// The content script imports this module, so it stays free of zod: schema
// imports are type-only, and validation happens at build time
// (scripts/check-summary.ts) and in tests, which also assert that parsing
// `data` changes nothing. Pages get only what cards show (`entities`,
// `articleSource`): the full text stays in the extension's own pages.

/** The bundled article summary, already complete (no defaults left to fill). */
export const summary: Summary = data;

export { articleSource, entities };

/** The entity with this id; every id in `entityIds` has one (checked by the build). */
export function entityById(id: EntityId): Entity {
  const entity = entities.find((candidate) => candidate.id === id);
  if (!entity) throw new Error(`No entity "${id}" in the bundled summary`);
  return entity;
}
