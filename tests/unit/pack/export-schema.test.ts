import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportPackSchema, packSchemaPath } from '../../../scripts/export-schema.ts';
import { root } from './fixtures.ts';

describe('docs/pack.schema.json', () => {
  it('is what `npm run schema` generates from the current zod schema', () => {
    expect(readFileSync(`${root}${packSchemaPath}`, 'utf8')).toBe(exportPackSchema());
  });

  it('names the format and its version', () => {
    const schema = JSON.parse(exportPackSchema());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('urn:fact-notes:pack-schema:v1');
    expect(schema.title).toMatch(/version 1$/);
    expect(schema.properties.format.const).toBe('fact-notes-pack');
    expect(schema.properties.version.const).toBe(1);
    expect(schema.required).toEqual(['format', 'version', 'id', 'article', 'entities']);
  });

  it('describes the input form: defaulted fields are optional, ids are slugs', () => {
    const schema = JSON.parse(exportPackSchema());
    const article = schema.properties.article;
    expect(article.required).toEqual(['title', 'isTitleDerived', 'author', 'date', 'sha256', 'paragraphs']);
    expect(article.properties.sha256.pattern).toBe('^[0-9a-f]{64}$');
    const entity = schema.properties.entities.items;
    expect(entity.properties.id.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(entity.properties.related.items.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(entity.properties.facts.items.required).toEqual(['statement', 'attribution', 'paragraph']);
  });
});
