import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Summary } from '../lib/summary/schema.ts';
import { findGroundingProblems } from '../lib/summary/find-grounding-problems.ts';
import { data } from '../lib/summary/data.ts';
import { describeProblem } from '../lib/pack/messages.ts';
import { formatPath } from '../lib/pack/problems.ts';

// The extension bundles the summary unparsed (zod stays out of the content
// script), so this build-time check is what stands between a typo in
// lib/summary/data.ts and a wrong card. Wired into wxt.config.ts `build:before`.

export { formatPath };

/** A problem in English words, as the build prints it. */
interface Problem {
  path: string;
  message: string;
}

/** The path of the first place where two JSON-like values differ, or undefined if equal. */
function firstDifference(a: unknown, b: unknown, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const index = Array.isArray(a) ? Number(key) : key;
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, index]);
    if (found) return found;
  }
  return path;
}

function fail(problems: readonly Problem[]): never {
  const lines = problems.map(({ path, message }) => `  ${path}: ${message}`);
  throw new Error(`Invalid summary (lib/summary/data.ts), ${problems.length} problem(s):\n${lines.join('\n')}`);
}

/**
 * Validates a summary with the zod schema and the grounding checks, and
 * insists it is already in parsed form; throws an Error naming each bad field
 * path. `source` is the article text the paragraphs must reproduce.
 */
export function checkSummary(input: unknown, source?: string): Summary {
  const parsed = Summary.safeParse(input);
  if (!parsed.success) {
    fail(parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
  }
  const grounding = findGroundingProblems(parsed.data, source === undefined ? undefined : { text: source, file: 'article.txt' });
  if (grounding.length > 0) fail(grounding.map((problem) => ({ path: problem.path, message: describeProblem(problem, 'en') })));
  const difference = firstDifference(input, parsed.data);
  if (difference) {
    fail([
      {
        path: formatPath(difference),
        message: 'differs from its parsed form; fill defaults and trim text in data.ts, since the extension does not parse it',
      },
    ]);
  }
  return parsed.data;
}

/** Checks the bundled summary against lib/summary/article.txt under `root`; the build hook. */
export async function checkBundledSummary(root: string): Promise<void> {
  const source = await readFile(join(root, 'lib/summary/article.txt'), 'utf8');
  checkSummary(data, source);
}
