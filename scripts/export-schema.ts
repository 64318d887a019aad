import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Summary } from '../lib/summary/schema.ts';
import { Pack, PACK_SCHEMA_ID, PACK_VERSION } from '../lib/pack/schema.ts';

// docs/summary.schema.json and docs/pack.schema.json document the data
// formats outside the code. They are committed, and unit tests regenerate
// them to catch a stale copy. Run with `npm run schema`.

/** Where the generated schema is committed, relative to the repo root. */
export const schemaPath = 'docs/summary.schema.json';
/** Where the pack format's schema is committed, relative to the repo root. */
export const packSchemaPath = 'docs/pack.schema.json';

/** The summary's JSON Schema as committed: what authors write, so defaulted fields are optional. */
export function exportSchema(): string {
  const schema = z.toJSONSchema(Summary, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ title: 'Fact Notes article summary', ...schema }, null, 2)}\n`;
}

/** The pack format's JSON Schema as committed: input form, with its `$id` and format version. */
export function exportPackSchema(): string {
  const { $schema, ...schema } = z.toJSONSchema(Pack, { io: 'input', target: 'draft-2020-12' });
  const head = {
    $schema,
    $id: PACK_SCHEMA_ID,
    title: `Fact Notes summary pack, format version ${PACK_VERSION}`,
    description:
      'Notes on one article: its text, entities with matching data, facts with attribution, paragraph and verbatim quote, caveats. ' +
      'The schema does not cover the grounding rules (quotes verbatim, cited paragraphs naming the entity, the article hash); ' +
      'npm run pack:check runs both. See examples/README.md.',
  };
  return `${JSON.stringify({ ...head, ...schema }, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of [
    [schemaPath, exportSchema()],
    [packSchemaPath, exportPackSchema()],
  ] as const) {
    writeFileSync(new URL(`../${path}`, import.meta.url), text);
    console.log(`Wrote ${path}`);
  }
}
