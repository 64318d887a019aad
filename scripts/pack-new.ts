import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { newPack, slugify } from '../lib/pack/new-pack.ts';
import { Slug } from '../lib/pack/schema.ts';

// `npm run pack:new -- article.txt [--id slug] [--out pack.json] [--force]`:
// writes a skeleton pack for a UTF-8 text (paragraphs separated by blank
// lines): the paragraphs, their SHA-256, a title from the first paragraph,
// no entities. Never overwrites a file unless told to (--force).

const usage = 'Usage: npm run pack:new -- article.txt [--id slug] [--out pack.json] [--force]';

/** Runs the command; returns the exit code (0 written, 2 bad usage or unreadable input). */
export function packNew(args: readonly string[], log = console.log, error = console.error): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { id: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } },
    });
  } catch (problem) {
    error(`${(problem as Error).message}\n${usage}`);
    return 2;
  }
  const [input, ...rest] = parsed.positionals;
  if (input === undefined || rest.length > 0) {
    error(usage);
    return 2;
  }
  const id = parsed.values.id ?? slugify(basename(input));
  if (!Slug.safeParse(id).success) {
    error(`--id must be a slug (lower-case letters and digits, words joined by hyphens): "${id}"`);
    return 2;
  }
  const out = parsed.values.out ?? join(dirname(input), `${basename(input).replace(/\.[^.]*$/, '')}.pack.json`);
  if (existsSync(out) && !parsed.values.force) {
    error(`${out} exists; pass --force to overwrite it`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch (problem) {
    error(`Cannot read ${input}: ${(problem as Error).message}`);
    return 2;
  }
  let pack;
  try {
    pack = newPack(text, id);
  } catch {
    error(`${input} has no text to make paragraphs of`);
    return 2;
  }
  writeFileSync(out, `${JSON.stringify(pack, null, 2)}\n`);
  log(`Wrote ${out}: “${pack.article.title}”, ${pack.article.paragraphs.length} paragraph(s), no entities yet`);
  log(`Next: add entities, then npm run pack:check -- ${out}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = packNew(process.argv.slice(2));
