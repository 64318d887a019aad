import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The content script imports lib/summary/index.ts; zod there would bloat it.
// Only `import type` / `export type` vanish from the bundle: under
// verbatimModuleSyntax, `import { type X } from 'zod'` still loads zod.

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Every module the file loads at run time, following relative TypeScript imports. */
function runtimeImports(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const specifiers: string[] = [];
    const walk = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
      if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!)) {
        specifiers.push(node.arguments[0].text);
      }
      ts.forEachChild(node, walk);
    };
    walk(source);
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) packages.add(specifier);
      else if (/\.tsx?$/.test(specifier)) visit(resolve(dirname(file), specifier));
      else expect(specifier, `${file}: unexpected relative import`).toMatch(/\?(raw|inline)$/);
    }
  };
  visit(resolve(root, entry));
  return { files, packages };
}

describe('lib/summary/index.ts at run time', () => {
  it('loads no zod and not the schema', () => {
    const { files, packages } = runtimeImports('lib/summary/index.ts');
    expect([...packages].filter((name) => name === 'zod' || name.startsWith('zod/'))).toEqual([]);
    expect([...files].map((file) => file.slice(root.length))).not.toContain('lib/summary/schema.ts');
    expect([...files].map((file) => file.slice(root.length))).toContain('lib/summary/data.ts');
  });

  it('would notice zod if it came in (the check can fail)', () => {
    expect(runtimeImports('scripts/check-summary.ts').packages).toContain('zod');
  });
});
