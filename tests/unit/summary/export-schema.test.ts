import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportSchema, schemaPath } from '../../../scripts/export-schema.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('docs/summary.schema.json', () => {
  it('is what `npm run schema` generates from the current zod schema', () => {
    expect(readFileSync(`${root}${schemaPath}`, 'utf8')).toBe(exportSchema());
  });

  it('describes the input form: defaulted fields are optional', () => {
    const schema = JSON.parse(exportSchema());
    const fact = schema.properties.entities.items.properties.facts.items;
    expect(fact.required).toEqual(['statement', 'attribution', 'paragraph']);
    expect(schema.properties.entities.items.properties.kind.enum).toEqual(['person', 'place']);
  });
});
