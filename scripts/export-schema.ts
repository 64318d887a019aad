import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Summary } from '../lib/summary/schema.ts';

// docs/summary.schema.json documents the data format outside the code. It is
// committed, and a unit test regenerates it to catch a stale copy.
// Run with `npm run schema`.

/** Where the generated schema is committed, relative to the repo root. */
export const schemaPath = 'docs/summary.schema.json';

/** The summary's JSON Schema as committed: what authors write, so defaulted fields are optional. */
export function exportSchema(): string {
  const schema = z.toJSONSchema(Summary, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ title: 'Fact Notes article summary', ...schema }, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL(`../${schemaPath}`, import.meta.url), exportSchema());
  console.log(`Wrote ${schemaPath}`);
}
