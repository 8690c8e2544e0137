// The run files' CommonJS build shares one namespace per builtin among its importers, as ES modules do
// (scripts/cjs-interop.mjs): the same object for every `import * as`, named and default imports that still
// read the builtin, and a loud failure if esbuild's helper ever changes shape.
import { buildSync } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareNodeModeNamespaces } from '../scripts/cjs-interop.mjs';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pyembed-cjs-interop-'));
  await writeFile(
    path.join(dir, 'a.mjs'),
    [
      "import path, { join } from 'node:path';",
      "import * as nsA from 'node:path';",
      "import { b } from './b.mjs';",
      "export const out = { a: nsA, b: b(), joined: join('x', 'y'), base: path.basename('/q/r') };",
    ].join('\n'),
  );
  await writeFile(
    path.join(dir, 'b.mjs'),
    "import * as nsB from 'node:path';\nexport const b = () => nsB;\n",
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Bundles a.mjs as the run files are bundled (CommonJS for Node), optionally transformed, and runs it. */
function run(transform: (text: string) => string) {
  const [file] = buildSync({
    entryPoints: [path.join(dir, 'a.mjs')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
  }).outputFiles;
  const mod = { exports: {} as { out: Record<string, unknown> } };
  new Function('require', 'module', 'exports', transform(file.text))(
    createRequire(import.meta.url),
    mod,
    mod.exports,
  );
  return mod.exports.out;
}

describe('shareNodeModeNamespaces (the run files build)', () => {
  it('gives every importer of a builtin the same namespace, which still reads the builtin', () => {
    const out = run(shareNodeModeNamespaces);
    expect(out.a).toBe(out.b);
    expect((out.a as { default: unknown }).default).toBe(path);
    expect([out.joined, out.base]).toEqual([path.join('x', 'y'), 'r']);
  });

  it('as esbuild emits it, each importer builds its own', () => {
    const out = run((t) => t);
    expect(out.a).not.toBe(out.b);
    expect([out.joined, out.base]).toEqual([path.join('x', 'y'), 'r']);
  });

  it("refuses a text without esbuild's helper", () => {
    expect(() => shareNodeModeNamespaces('module.exports = 1;')).toThrow(/__toESM helper once/);
  });
});
