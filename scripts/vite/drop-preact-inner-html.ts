import type { Plugin } from 'vite';

// Preact supports dangerouslySetInnerHTML, which Fact Notes never uses; its one
// `dom.innerHTML = props.__html` is what addons.mozilla.org's linter flags as
// UNSAFE_VAR_ASSIGNMENT. This removes that path from Preact's module at build
// time: the prop now throws instead of being applied, and the bundle has no
// innerHTML assignment left. Each pattern must match exactly once, so a Preact
// update that changes the code fails the build instead of slipping through.

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const REPLACEMENTS: [RegExp, string][] = [
  // `"children"==name?children=value:"dangerouslySetInnerHTML"==name?html=value:` in the new props' loop
  // (the old props' loop only compares, it never assigns).
  [
    /("children"==(\w+)\?\w+=\w+:)"dangerouslySetInnerHTML"==\2\?\w+=\w+:/g,
    '$1"dangerouslySetInnerHTML"==$2?(()=>{throw Error("Fact Notes: dangerouslySetInnerHTML is not supported")})():',
  ],
  // `(dom.innerHTML=html.__html)`, reachable only with that prop.
  [/\(\w+\.innerHTML=\w+\.__html\)/g, '0'],
];

export function dropPreactInnerHtml(): Plugin {
  return {
    name: 'fact-notes:drop-preact-inner-html',
    transform(code, id) {
      if (!PREACT.test(id.split('?')[0]!)) return undefined;
      let out = code;
      for (const [pattern, replacement] of REPLACEMENTS) {
        const count = out.match(pattern)?.length ?? 0;
        if (count !== 1) this.error(`Preact changed: expected one match of ${pattern.source} in ${id}, found ${count}`);
        out = out.replace(pattern, replacement);
      }
      return { code: out, map: null };
    },
  };
}
