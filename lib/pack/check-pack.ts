import { findGroundingProblems } from '../summary/find-grounding-problems.ts';
import { articleText, Pack, PACK_FORMAT, PACK_VERSION } from './schema.ts';
import { formatPath, problemsFromZod, type PackProblem } from './problems.ts';
import { sha256Hex } from './sha256.ts';

/** What {@link checkPack} finds: the parsed pack when the schema accepts it, and every problem. */
export interface PackCheck {
  /** The pack with defaults filled, when it passes the schema (it may still have grounding problems). */
  pack?: Pack;
  /** Empty when the pack is good. */
  problems: PackProblem[];
}

/** The SHA-256 a pack's `article.sha256` must hold for these paragraphs (see `articleText`). */
export function articleHash(paragraphs: readonly string[]): string {
  return sha256Hex(articleText(paragraphs));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks parsed JSON as a pack: first that it is a pack of a version this code
 * reads, then the zod schema (every issue, with its path), then, once the
 * schema holds, the article hash and the grounding rules of the bundled
 * summary (lib/summary/find-grounding-problems.ts) and that it has entities.
 * Never throws and never changes `json`. A pack is good when `problems` is
 * empty; `pack` is set whenever the schema accepts it, so a caller can still
 * show what it is (title, entities) beside its problems.
 */
export function checkPack(json: unknown): PackCheck {
  if (!isRecord(json) || json.format !== PACK_FORMAT) {
    return { problems: [{ path: isRecord(json) ? 'format' : formatPath([]), code: 'not-a-pack', params: {} }] };
  }
  if (json.version !== PACK_VERSION) {
    return {
      problems: [
        {
          path: 'version',
          code: 'unsupported-version',
          params: { version: JSON.stringify(json.version ?? null), supported: PACK_VERSION },
        },
      ],
    };
  }
  const parsed = Pack.safeParse(json);
  if (!parsed.success) return { problems: problemsFromZod(parsed.error.issues, json) };

  const pack = parsed.data;
  const problems: PackProblem[] = [];
  const computed = articleHash(pack.article.paragraphs);
  if (computed !== pack.article.sha256) {
    problems.push({ path: 'article.sha256', code: 'sha256-mismatch', params: { stated: pack.article.sha256, computed } });
  }
  if (pack.entities.length === 0) problems.push({ path: 'entities', code: 'no-entities', params: {} });
  problems.push(...findGroundingProblems(pack));
  return { pack, problems };
}

/** {@link checkPack} for the text of a file: a parse error is a `not-json` problem. */
export function checkPackText(text: string): PackCheck {
  let json: unknown;
  try {
    // A byte-order mark is not JSON, but editors write one; it carries nothing.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problems: [{ path: formatPath([]), code: 'not-json', params: { detail: (error as Error).message } }] };
  }
  return checkPack(json);
}
