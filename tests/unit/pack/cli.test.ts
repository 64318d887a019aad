import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packCheck } from '../../../scripts/pack-check.ts';
import { packNew } from '../../../scripts/pack-new.ts';
import { examplePackPath, exampleTextPath, mutated, root } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'fact-notes-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a pack script as `npm run pack:…` does (jiti), under this Node. */
function run(script: 'pack-new' | 'pack-check', ...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/jiti/lib/jiti-cli.mjs'), `scripts/${script}.ts`, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Calls a command in-process, collecting what it prints. */
function call(command: typeof packCheck, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = command(
    args,
    (line: string) => out.push(line),
    (line: string) => err.push(line),
  );
  return { status, out, err };
}

describe('npm run pack:new then pack:check (spawned)', () => {
  it('writes a skeleton that pack:check rejects only for having no entities', () => {
    const text = join(dir, 'Quay Notes.txt');
    writeFileSync(text, 'Quay reopens\n\nThe quay reopened on Monday,\nafter repairs.\n');
    const made = run('pack-new', text);
    expect(made.status).toBe(0);
    const out = join(dir, 'Quay Notes.pack.json');
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    expect(pack).toMatchObject({ id: 'quay-notes', entities: [] });
    expect(pack.article.paragraphs).toEqual(['Quay reopens', 'The quay reopened on Monday, after repairs.']);

    const checked = run('pack-check', out);
    expect(checked.status).toBe(1);
    expect(checked.stderr.trim().split('\n')).toEqual([
      'entities: the pack has no entities yet: add the people and places the article is about',
    ]);
  });

  it('pack:check exits 0 with one line for the example pack', () => {
    const checked = run('pack-check', examplePackPath, '--lang', 'uk');
    expect(checked.stderr).toBe('');
    expect(checked.stdout.trim().split('\n')).toEqual([
      'Пакет гаразд: “Port Mellick council cuts winter ferries to Skellin Island; the operator says it was not consulted” — 4 сутності, 13 фактів',
    ]);
    expect(checked.status).toBe(0);
  });

  it('pack:check exits 1 for a broken pack and 2 for a missing file', () => {
    const broken = join(dir, 'broken.pack.json');
    writeFileSync(
      broken,
      JSON.stringify(
        mutated((p) => {
          p.entities[0]!.facts[1]!.quote = 'four boats early';
        }),
      ),
    );
    const checked = run('pack-check', broken, '--lang', 'ru');
    expect(checked.status).toBe(1);
    expect(checked.stderr.trim()).toBe('entities[0].facts[1].quote: дословно не найдено в абзаце 2');
    expect(run('pack-check', join(dir, 'nowhere.json')).status).toBe(2);
  });
});

describe('pack:new', () => {
  it('takes --id and --out, and never overwrites without --force', () => {
    const out = join(dir, 'named.json');
    expect(call(packNew, exampleTextPath, '--id', 'my-ferry', '--out', out).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).id).toBe('my-ferry');
    writeFileSync(out, 'my notes');
    const again = call(packNew, exampleTextPath, '--out', out);
    expect(again.status).toBe(2);
    expect(again.err.join('\n')).toMatch(/exists; pass --force/);
    expect(readFileSync(out, 'utf8')).toBe('my notes');
    expect(call(packNew, exampleTextPath, '--out', out, '--force').status).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe('my notes');
  });

  it('refuses a bad id, a missing input and an empty text', () => {
    expect(call(packNew, exampleTextPath, '--id', 'My Ferry', '--out', join(dir, 'a.json')).status).toBe(2);
    expect(call(packNew).status).toBe(2);
    expect(call(packNew, join(dir, 'missing.txt'), '--out', join(dir, 'b.json')).status).toBe(2);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n\n');
    expect(call(packNew, empty).status).toBe(2);
    expect(existsSync(join(dir, 'a.json')) || existsSync(join(dir, 'empty.pack.json'))).toBe(false);
  });
});

describe('pack:check', () => {
  it('prints every problem as path: message and exits 1', () => {
    const file = join(dir, 'two.pack.json');
    writeFileSync(
      file,
      JSON.stringify(
        mutated((p) => {
          p.entities[0]!.related = ['ines-calloway'];
          p.entities[3]!.facts[0]!.paragraph = 12;
        }),
      ),
    );
    const result = call(packCheck, file);
    expect(result.status).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err).toEqual([
      'entities[0].related[0]: "ines-calloway" cannot be related to itself',
      'entities[3].facts[0].paragraph: paragraph 12 does not exist (the article has 8)',
    ]);
  });

  it('reports a file that is not JSON as a problem', () => {
    const file = join(dir, 'not.json');
    writeFileSync(file, 'format: fact-notes-pack');
    const result = call(packCheck, file);
    expect(result.status).toBe(1);
    expect(result.err[0]).toMatch(/^\(root\): the file is not JSON: /);
  });

  it('refuses an unknown --lang or no file', () => {
    expect(call(packCheck, examplePackPath, '--lang', 'de').status).toBe(2);
    expect(call(packCheck).status).toBe(2);
    expect(call(packCheck, examplePackPath).out).toEqual([
      'OK: “Port Mellick council cuts winter ferries to Skellin Island; the operator says it was not consulted” — 4 entities, 13 facts',
    ]);
  });
});
