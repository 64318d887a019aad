import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};

// npm puts node_modules/.bin first on PATH, so the pinned `node` devDependency
// (not the system's Node) runs every npm script, this suite included.
describe('toolchain', () => {
  it('runs under the pinned Node, whatever the system Node is', () => {
    expect(process.versions.node).toBe(pkg.devDependencies.node);
  });

  it('pins every dependency exactly and keeps .nvmrc on the same major', () => {
    for (const [name, range] of Object.entries(pkg.devDependencies)) expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
    const nvmrc = readFileSync(new URL('../../.nvmrc', import.meta.url), 'utf8').trim();
    expect(pkg.devDependencies.node!.split('.')[0]).toBe(nvmrc);
    expect(pkg.engines.node).toBe(`>=${nvmrc}.11.0`);
  });
});
