import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { checkPackText } from '../lib/pack/check-pack.ts';
import { describePack, formatProblem, packLocales, resolveLocale } from '../lib/pack/messages.ts';

// `npm run pack:check -- pack.json [--lang en|ru|uk]`: the schema and
// grounding checks the extension runs on import, with the same messages.
// Prints each problem as `path: message` (stderr) and exits 1, or prints one
// line (title, entities, facts) and exits 0. Exit 2: bad usage or no file.

const usage = `Usage: npm run pack:check -- pack.json [--lang ${packLocales.join('|')}]`;

/** Runs the command; returns the exit code. */
export function packCheck(args: readonly string[], log = console.log, error = console.error): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { lang: { type: 'string', default: 'en' } } });
  } catch (problem) {
    error(`${(problem as Error).message}\n${usage}`);
    return 2;
  }
  const [file, ...rest] = parsed.positionals;
  const lang = parsed.values.lang;
  if (file === undefined || rest.length > 0 || !packLocales.some((locale) => locale === lang)) {
    error(usage);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (problem) {
    error(`Cannot read ${file}: ${(problem as Error).message}`);
    return 2;
  }
  const { pack, problems } = checkPackText(text);
  const locale = resolveLocale(lang);
  if (problems.length > 0 || pack === undefined) {
    for (const problem of problems) error(formatProblem(problem, locale));
    return 1;
  }
  log(describePack(pack, locale));
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = packCheck(process.argv.slice(2));
