// Bundles per face (action main+post, CLI, library), ESM for Node 20+.
// ESM because @actions/cache 6 pulls @azure/storage-common, which calls createRequire(import.meta.url).
//
// The action and the library are one split build (esbuild `splitting`): each entry holds only what its start
// needs, code they share sits once in shared chunks, and heavy parts (@actions/cache + Azure SDK,
// @octokit/rest, archive libraries) sit in chunks loaded by dynamic import() only when used. The CLI is two
// files of its own (cliBuild below). Chunk names are content hashes, so a rebuild is byte-identical. Every
// file must stay side by side in one directory (dist/): entries import their chunks relatively. The library
// entry (dist/index.js) is a plain ESM module whose exports are src/index.ts's; its dependencies are bundled
// like the CLI's, so it needs no node_modules.
//
//   node scripts/build.mjs                     dist/ (wiped first): action, CLI, library + type declarations
//   node scripts/build.mjs --action-only DIR   only the action's files (main.js, post.js, chunks) into DIR
//   node scripts/build.mjs --out DIR           the action's and the CLI's files (no library, no types) into DIR
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2]; // undefined | '--action-only' | '--out'
if (mode && (!['--action-only', '--out'].includes(mode) || !process.argv[3]))
  throw new Error('usage: node scripts/build.mjs [--action-only <outdir> | --out <outdir>]');
const outdir = mode ? path.resolve(process.argv[3]) : path.join(repo, 'dist');

const banner = "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";

/**
 * undici (~0.8 MB, ~30 ms to evaluate) reaches the bundles only through @actions/http-client's
 * `new ProxyAgent(...)`, which runs only when an HTTP(S) proxy is configured. It is bundled on its own
 * as undici.cjs next to the entries and required on that first construction, not at start.
 */
const lazyUndici = {
  name: 'lazy-undici',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, () => ({ path: 'undici', namespace: 'lazy-undici' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-undici' }, () => ({
      loader: 'js',
      contents: `import { createRequire } from 'node:module';
const load = () => createRequire(import.meta.url)('./undici.cjs');
export class ProxyAgent { constructor(...args) { return new (load().ProxyAgent)(...args); } }`,
    }));
  },
};

/**
 * `import * as http from 'http'` (@actions/http-client, on the action's start path) makes Node 24 build the
 * ESM namespace of node:http, which reads every lazy export and so loads Node's own undici: ~30 ms of CPU and
 * ~13 MB RSS. Bundled as a CommonJS require() instead, the module is used as it is (src/core/install/http.ts
 * does the same).
 */
const builtinHttpAsRequire = {
  name: 'builtin-http-as-require',
  setup(b) {
    b.onResolve({ filter: /^(node:)?https?$/ }, (a) =>
      a.namespace === 'builtin-http'
        ? { path: a.path, external: true } // the require() below: Node's own module
        : { path: a.path.replace(/^node:/, ''), namespace: 'builtin-http' },
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin-http' }, (a) => ({
      loader: 'js',
      contents: `module.exports = require('node:${a.path}');`,
    }));
  },
};

const common = {
  absWorkingDir: repo,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
  outdir,
  plugins: [lazyUndici, builtinHttpAsRequire],
};
const split = { ...common, splitting: true };

/**
 * The CLI is not part of the split build: a command loading its ~45 shared chunks one ES module at a time
 * costs ~12 ms more than one file holding them all (Node 24, compile cache warm, measured on a no-op
 * `pyembed setup`: 97 vs 84 ms). So dist/cli.js is a tiny entry (the version answers there, nothing else
 * loads) and dist/cli-run.js the whole CLI in one file; what a command never uses (commander, @octokit, the
 * archive libraries) sits in it unevaluated, wrapped by esbuild until its import() runs.
 */
const cliRunAsExternal = {
  name: 'cli-run-as-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/run\.js$/ }, (a) =>
      a.importer.endsWith(path.join('src', 'cli', 'main.ts'))
        ? { path: './cli-run.js', external: true }
        : undefined,
    );
  },
};
const cliBuild = {
  ...common,
  entryPoints: { cli: 'src/cli/main.ts', 'cli-run': 'src/cli/run.ts' },
  // the hashbang makes cli.js runnable; harmless in cli-run.js (ES2023 hashbang grammar)
  banner: { js: '#!/usr/bin/env node\n' + banner },
  plugins: [...common.plugins, cliRunAsExternal],
};

rmSync(outdir, { recursive: true, force: true });
// One split build for the action and the library, so the chunks they share (tar, zip, catalogue...) exist
// once; the CLI's two files after it.
const entries = { main: 'src/action/main-entry.ts', post: 'src/action/post-entry.ts' };
if (!mode) entries.index = 'src/index.ts';
await build({ ...split, entryPoints: entries });
if (mode !== '--action-only') await build(cliBuild);
// the real undici, for the proxy case above (CommonJS: its own require()s stay plain)
await build({
  ...common,
  format: 'cjs',
  banner: {},
  plugins: [],
  entryPoints: [],
  stdin: { contents: "module.exports = require('undici');", resolveDir: repo },
  outdir: undefined,
  outfile: path.join(outdir, 'undici.cjs'),
});
// dist/ sits under the repository's package.json ("type": "module"); a directory of its own needs one too,
// or Node sniffs every chunk's syntax before loading it (~3 ms per start on Node 24, measured)
if (mode) writeFileSync(path.join(outdir, 'package.json'), '{ "type": "module" }\n');
if (!mode) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], {
    cwd: repo,
    stdio: 'inherit',
  });
}
