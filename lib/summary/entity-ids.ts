// Kept apart from schema.ts so code bundled into pages can list the ids without loading zod.

/** The four entities of the bundled article (contract item 2). */
export const entityIds = ['witkoff', 'ushakov', 'donetsk', 'volchansk'] as const;
/** One of {@link entityIds}. */
export type EntityId = (typeof entityIds)[number];
