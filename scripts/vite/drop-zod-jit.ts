import type { Plugin } from 'vite';

// zod compiles a fast path for object schemas with `new Function`, after probing
// whether eval is allowed. Extension pages forbid eval anyway (the probe only fails
// quietly), and addons.mozilla.org's linter flags the constructor as DANGEROUS_EVAL.
// This takes both out of zod's modules at build time: the probe answers "no eval",
// so zod always takes its interpreted path, and the compiler throws if reached.
// Each pattern must match exactly once, so a zod update that changes the code
// fails the build instead of slipping through.

const ZOD_CORE = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](util|doc)\.js$/;
const REPLACEMENTS: Record<string, [RegExp, string][]> = {
  util: [[/try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch \(_\) \{\s*return false;\s*\}/g, 'return false;']],
  doc: [
    [
      /compile\(\) \{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/g,
      'compile() { throw new Error("Fact Notes: zod code generation is not available"); }',
    ],
  ],
};

export function dropZodJit(): Plugin {
  return {
    name: 'fact-notes:drop-zod-jit',
    transform(code, id) {
      const file = ZOD_CORE.exec(id.split('?')[0]!)?.[1];
      if (file === undefined) return undefined;
      let out = code;
      for (const [pattern, replacement] of REPLACEMENTS[file]!) {
        const count = out.match(pattern)?.length ?? 0;
        if (count !== 1) this.error(`zod changed: expected one match of ${pattern.source} in ${id}, found ${count}`);
        out = out.replace(pattern, replacement);
      }
      return { code: out, map: null };
    },
  };
}
