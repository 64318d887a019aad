// Summary packs (issue 13): notes on one article in one JSON file, format
// version 1. This is the API the pack tools (scripts/pack-*.ts) and the
// extension's pages use; it loads zod, so the content script must not import
// it (it may import types). See examples/README.md for the format in prose.

export {
  Pack,
  PackArticle,
  PackEntity,
  PackEntityId,
  Slug,
  PACK_FORMAT,
  PACK_VERSION,
  PACK_SCHEMA_ID,
  SLUG_PATTERN,
  SHA256_PATTERN,
  articleText,
  type PackInput,
} from './schema.ts';
export { checkPack, checkPackText, articleHash, type PackCheck } from './check-pack.ts';
export { problemCodes, formatPath, type PackProblem, type ProblemCode, type ProblemParams, type ValueKind } from './problems.ts';
export { describeProblem, formatProblem, describePack, resolveLocale, packLocales, type PackLocale } from './messages.ts';
export { builtInPack, BUILT_IN_PACK_ID } from './built-in.ts';
export { newPack, splitParagraphs, deriveTitle, slugify } from './new-pack.ts';
export { sha256Hex } from './sha256.ts';
