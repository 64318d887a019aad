import type { Entity, EntityId, Summary } from './schema.ts';
import { data } from './data.ts';

// The content script imports this module, so it stays free of zod: schema
// imports are type-only, and validation happens at build time
// (scripts/check-summary.ts) and in tests, which also assert that parsing
// `data` changes nothing.

/** The bundled article summary, already complete (no defaults left to fill). */
export const summary: Summary = data;

/** The entity with this id; every id in `entityIds` has one (checked by the build). */
export function entityById(id: EntityId): Entity {
  const entity = summary.entities.find((candidate) => candidate.id === id);
  if (!entity) throw new Error(`No entity "${id}" in the bundled summary`);
  return entity;
}
