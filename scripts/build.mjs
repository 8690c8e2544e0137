// Bundles per face (action main+post, CLI, library), ESM for Node 20+.
// ESM because @actions/cache 6 pulls @azure/storage-common, which calls createRequire(import.meta.url).
//
// Each face is a tiny entry plus one file with the rest (`faces` below: dist/cli.js + cli-run.cjs, main.js +
// main-run.cjs, post.js + post-run.js; the first two are CommonJS, see buildRunFile; the action's main step
// keeps the modules a warm setup never loads in main-cold.cjs, see scripts/cold-split.mjs); the library is
// dist/index.js; all of them read the release catalogue from dist/snapshot.json. Libraries only some runs
// use (@actions/cache + Azure SDK, @octokit/rest, the zip libraries) are files of their own (dist/lib-*.js,
// and .cjs builds for the run files), loaded when used, and undici (proxies only) is dist/undici.cjs. Every
// file must stay side by side in one directory (dist/): they import each other relatively. A rebuild is
// byte-identical. The library needs no node_modules: its dependencies are bundled like the faces'.
//
//   node scripts/build.mjs                     dist/ (wiped first): action, CLI, library + type declarations
//   node scripts/build.mjs --action-only DIR   only the action's files (main, post, lib-*, undici) into DIR
//   node scripts/build.mjs --out DIR           the action's and the CLI's files (no library, no types) into DIR
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { shareNodeModeNamespaces } from './cjs-interop.mjs';
import {
  bundledFiles,
  coldEntriesPlugin,
  coldFileEntry,
  fromRunFilePlugin,
  registryEntry,
} from './cold-split.mjs';

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
 * tunnel (HTTP CONNECT agents) reaches the faces through @actions/http-client, which loads it at start but
 * calls it only when a proxy is configured; loading it also loads node:assert and five modules of its own
 * (~1.5 ms of a start on Node 24). The faces get functions that load the real tunnel on their first call.
 */
const TUNNEL_FUNCTIONS = ['httpOverHttp', 'httpsOverHttp', 'httpOverHttps', 'httpsOverHttps'];
const lazyTunnel = {
  name: 'lazy-tunnel',
  setup(b) {
    b.onResolve({ filter: /^tunnel$/ }, (a) =>
      a.namespace === 'lazy-tunnel' ? undefined : { path: 'tunnel', namespace: 'lazy-tunnel' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-tunnel' }, () => ({
      loader: 'js',
      resolveDir: repo,
      contents: `let loaded;
const load = () => (loaded ??= require('tunnel'));
${TUNNEL_FUNCTIONS.map((f) => `exports.${f} = (...a) => load().${f}(...a);`).join('\n')}`,
    }));
  },
};

/**
 * `import * as http from 'http'` (@actions/http-client in dist/lib-actions-cache.js; the faces get the lazy
 * facade below) makes Node 24 build the ESM namespace of node:http, which reads every lazy export and so
 * loads Node's own undici: ~30 ms of CPU and ~13 MB RSS. Bundled as a CommonJS require() instead, the module is used as it is (src/core/install/http.ts
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

/**
 * Node modules the faces' dependencies load at start but use only on some runs: @actions/core pulls
 * @actions/http-client and tunnel for OIDC tokens, which require http, https, tls and net (~10 ms of an action
 * start); its file-command builds node:crypto's ESM namespace (webcrypto too) for one randomUUID. A
 * dependency of a face gets, for each, an object whose properties load the module on first use (named below,
 * so ESM interop can copy them without loading it; any other name still reads through to the module).
 * Our own code loads these through src/core/builtins.ts.
 */
const LAZY_BUILTIN_NAMES = {
  http: [
    'Agent',
    'ClientRequest',
    'IncomingMessage',
    'METHODS',
    'OutgoingMessage',
    'STATUS_CODES',
    'Server',
    'ServerResponse',
    'createServer',
    'get',
    'globalAgent',
    'maxHeaderSize',
    'request',
    'validateHeaderName',
    'validateHeaderValue',
  ],
  https: ['Agent', 'Server', 'createServer', 'get', 'globalAgent', 'request'],
  tls: [
    'DEFAULT_CIPHERS',
    'DEFAULT_ECDH_CURVE',
    'DEFAULT_MAX_VERSION',
    'DEFAULT_MIN_VERSION',
    'SecureContext',
    'Server',
    'TLSSocket',
    'checkServerIdentity',
    'connect',
    'createSecureContext',
    'createServer',
    'getCiphers',
    'rootCertificates',
  ],
  net: [
    'BlockList',
    'Server',
    'Socket',
    'SocketAddress',
    'Stream',
    'connect',
    'createConnection',
    'createServer',
    'isIP',
    'isIPv4',
    'isIPv6',
  ],
  crypto: ['createHash', 'createHmac', 'randomBytes', 'randomUUID', 'webcrypto'],
};
/** An import made by a dependency (a file under node_modules), not by our code. */
const byDependency = (a) => a.importer.includes(`${path.sep}node_modules${path.sep}`);
const lazyBuiltinsForDependencies = {
  name: 'lazy-builtins-for-dependencies',
  setup(b) {
    const names = new RegExp(`^(node:)?(${Object.keys(LAZY_BUILTIN_NAMES).join('|')})$`);
    b.onResolve({ filter: names }, (a) =>
      byDependency(a) ? { path: a.path.replace(/^node:/, ''), namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (a) => ({
      loader: 'js',
      contents: `let loaded;
const load = () => (loaded ??= require('node:${a.path}'));
const facade = {};
for (const name of ${JSON.stringify(LAZY_BUILTIN_NAMES[a.path])})
  Object.defineProperty(facade, name, { enumerable: true, get: () => load()[name] });
module.exports = new Proxy(facade, { get: (t, k) => (k in t ? t[k] : load()[k]) });`,
    }));
  },
};

/**
 * node:fs for the faces' dependencies with `promises` loaded on its first call: @actions/core (summary.js) and
 * @actions/io destructure fs.promises when they load, which loads node:fs/promises (~2 ms of every start on
 * Node 24; src/core/async-fs.ts says what it pulls in) for functions a warm run never calls. Every other
 * export is node:fs's own.
 */
const lazyFsPromisesForDependencies = {
  name: 'lazy-fs-promises-for-dependencies',
  setup(b) {
    b.onResolve({ filter: /^(node:)?fs$/ }, (a) =>
      byDependency(a) ? { path: 'fs', namespace: 'deps-fs' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'deps-fs' }, () => ({
      loader: 'js',
      contents: `const fs = require('node:fs');
const facade = {};
for (const name of Object.keys(fs))
  if (name !== 'promises') Object.defineProperty(facade, name, { enumerable: true, get: () => fs[name] });
const calls = {};
const promises = new Proxy({}, {
  get: (t, k) => (k === 'constants' ? fs.promises.constants : (calls[k] ??= (...a) => fs.promises[k](...a))),
});
Object.defineProperty(facade, 'promises', { enumerable: true, value: promises });
module.exports = facade;`,
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

/**
 * Libraries only some runs use, imported by `import()` only: each is a file of its own (dist/lib-*.js) that
 * such a run loads; the faces' files hold none of their code. They hold no state of ours (our classes and
 * errors never cross into them), so a copy per file is safe.
 */
const lazyLibs = {
  '@actions/cache': "export * from '@actions/cache';",
  '@octokit/rest': "export * from '@octokit/rest';",
  yazl: "export { default } from 'yazl';",
  yauzl: "export { default } from 'yauzl';",
  'tar-stream': "export { default } from 'tar-stream';",
};
const libFile = (name) => `lib-${name.replace(/^@/, '').replace('/', '-')}`;
const lazyLibsAsFiles = {
  name: 'lazy-libs-as-files',
  setup(b) {
    const names = new RegExp(`^(${Object.keys(lazyLibs).join('|')})$`);
    b.onResolve({ filter: names }, (a) =>
      a.kind === 'dynamic-import' ? { path: `./${libFile(a.path)}.js`, external: true } : undefined,
    );
  },
};

/**
 * Each face is two files: a tiny entry (it turns Node's compile cache on; the CLI's also answers --version)
 * and the rest of the face in ONE file it loads, e.g. dist/main.js -> dist/main-run.cjs. One file, not the
 * ~25-45 chunks of a split build: Node 24 loads ES modules one at a time, and a no-op `pyembed setup` cost
 * 12 ms more split (97 vs 84 ms, compile cache warm); the action's rerun the same. Inside the file esbuild
 * wraps every lazily imported module in an init function, so a run still evaluates only the code it uses
 * (__tests__/cli-commands.test.ts checks this with V8's coverage counts), though V8 still parses all of it:
 * the action's main step therefore keeps the modules a warm setup never loads in a second file (`cold`).
 * The CLI's and the action main step's run files are CommonJS, run by src/core/code-cache.ts with a V8 code
 * cache made after the run (`runFiles`); the post step's is an ES module (33 KB: Node's compile cache does).
 */
const faces = {
  cli: ['src/cli/main.ts', './run.js', 'src/cli/run.ts'],
  main: ['src/action/main-entry.ts', './main.js', 'src/action/main.ts'],
  post: ['src/action/post-entry.ts', './post.js', 'src/action/post.ts'],
};
/** The faces whose run file is CommonJS: the entry's call that runs it (with the file's hash), its exports. */
const runFiles = {
  cli: {
    loader: 'src/cli/code-cache.ts',
    exports: (hash) => `export const runCliProcess = (argv) => runBuiltCli(${JSON.stringify(hash)}, argv);`,
    imports: 'runBuiltCli',
  },
  main: {
    loader: 'src/action/code-cache.ts',
    exports: (hash) => `export const run = () => runBuiltAction(${JSON.stringify(hash)});`,
    imports: 'runBuiltAction',
    // dynamically imported modules a warm setup never loads: dist/main-cold.cjs (scripts/cold-split.mjs)
    cold: [
      'src/action/diagnose-step.ts',
      'src/action/import-step.ts',
      'src/core/instances/index.ts',
      'src/core/install/extract.ts',
      'src/core/session/session.ts',
    ],
  },
};
const runHashes = {};
const entryImportsRun = {
  name: 'entry-imports-run',
  setup(b) {
    b.onResolve({ filter: /^\.\/(run|main|post)\.js$/ }, (a) => {
      const face = Object.entries(faces).find(
        ([, [entry, imported]]) => a.importer === path.join(repo, entry) && a.path === imported,
      );
      if (face && runFiles[face[0]]) return { path: face[0], namespace: 'run-file-loader' };
      return face ? { path: `./${face[0]}-run.js`, external: true } : undefined;
    });
    // the entry runs dist/<face>-run.cjs through src/core/code-cache.ts, named by the file's hash
    b.onLoad({ filter: /.*/, namespace: 'run-file-loader' }, (a) => {
      const f = runFiles[a.path];
      return {
        loader: 'js',
        resolveDir: repo,
        contents: `import { ${f.imports} } from ${JSON.stringify(path.join(repo, f.loader))};
${f.exports(runHashes[a.path])}`,
      };
    });
  },
};

/**
 * The run files are CommonJS (see src/core/code-cache.ts for why): `import.meta.url` comes from
 * `__filename`, and the lazily loaded libraries are files beside them that they require(), since a vm script
 * cannot `import()` without an experimental loader: a CommonJS build of each, except @actions/cache, whose
 * ES module file (dist/lib-actions-cache.js) the action requires as it is (require() of an ES module: Node
 * 20.19+ and 22.12+; the action runs on node24, and the CLI never loads it).
 */
const cjsLazyLibs = new Set();
const ESM_REQUIRED = new Set(['@actions/cache']);
// `import('yazl')` of a CommonJS file gives `default` = its module.exports: a default-only library is that
// library's exports; a library of named exports (@octokit/rest, ESM) keeps them as properties
const cjsLibContents = (name) =>
  lazyLibs[name].startsWith('export { default }') ? `module.exports = require('${name}');` : lazyLibs[name];
const lazyLibsAsCjsFiles = {
  name: 'lazy-libs-as-cjs-files',
  setup(b) {
    const names = new RegExp(`^(${Object.keys(lazyLibs).join('|')})$`);
    b.onResolve({ filter: names }, (a) =>
      a.kind === 'dynamic-import' ? { path: a.path, namespace: 'cjs-lazy-lib' } : undefined,
    );
    b.onResolve({ filter: /^\.\/lib-[\w-]+\.c?js$/ }, (a) => ({ path: a.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'cjs-lazy-lib' }, (a) => {
      if (ESM_REQUIRED.has(a.path))
        return { loader: 'js', contents: `module.exports = require('./${libFile(a.path)}.js');` };
      cjsLazyLibs.add(a.path);
      return { loader: 'js', contents: `module.exports = require('./${libFile(a.path)}.cjs');` };
    });
  },
};
/** One file `name` in the output directory, bundled from the module text `contents` (`common`, then `o`). */
async function buildSideFile(contents, name, o = {}) {
  await build({
    ...common,
    entryPoints: [],
    stdin: { contents, resolveDir: repo, sourcefile: name },
    outdir: undefined,
    outfile: path.join(outdir, name),
    ...o,
  });
}
/** The same as CommonJS, without plugins or banner (its own require()s stay plain). */
const buildCjsFile = (contents, name) =>
  buildSideFile(contents, name, { format: 'cjs', banner: {}, plugins: [] });
/** esbuild options for a CommonJS file of a face's run code: `entry` is its text, `extra` more plugins. */
const runFileOptions = (entry, file, extra = []) => ({
  ...common,
  format: 'cjs',
  entryPoints: [],
  stdin: { contents: entry, resolveDir: repo },
  outdir: undefined,
  outfile: file,
  metafile: true,
  define: { 'import.meta.url': '__pyembedImportMetaUrl' },
  banner: { js: "const __pyembedImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [
    lazyBuiltinsForDependencies,
    lazyFsPromisesForDependencies,
    lazyTunnel,
    ...common.plugins,
    lazyLibsAsCjsFiles,
    ...extra,
  ],
});
async function buildChecked(options) {
  const r = await build(options);
  if (r.warnings.length) throw new Error(`${options.outfile} built with warnings (${r.warnings.length})`);
  return r;
}
/** Rewrites a built run or cold file as it is shipped; returns its text. */
function finishRunFile(file) {
  const text = shareNodeModeNamespaces(readFileSync(file, 'latin1'));
  writeFileSync(file, text, 'latin1');
  // a dynamic import of a module path (methods named `import` have other arguments)
  if (/(^|[^.\w$])import\(\s*["'`]/m.test(text))
    throw new Error(`${file} holds an import(), which a vm script cannot run`);
  return text;
}
/**
 * Builds dist/<face>-run.cjs from the face's run module, and for a face with `cold` entry modules
 * dist/<face>-cold.cjs (scripts/cold-split.mjs: three builds, since each file's contents decide the
 * other's); returns a hash of the run file's content.
 */
async function buildRunFile(face) {
  const file = path.join(outdir, `${face}-run.cjs`);
  const runEntry = `module.exports = require('./${faces[face][2]}');`;
  const cold = runFiles[face].cold;
  if (cold) {
    const coldName = `${face}-cold.cjs`;
    const cut = coldEntriesPlugin(repo, cold, coldName);
    const first = await buildChecked({ ...runFileOptions(runEntry, file, [cut]), write: false });
    const held = bundledFiles(first.metafile);
    const inRun = cold.filter((f) => held.has(f));
    if (inRun.length) throw new Error(`${inRun.join(', ')}: imported statically by ${file}, so not cold`);
    const shared = new Set();
    const coldFile = path.join(outdir, coldName);
    const c = await buildChecked(
      runFileOptions(coldFileEntry(cold), coldFile, [fromRunFilePlugin(repo, face, held, shared)]),
    );
    // packages may be in both (scripts/cold-split.mjs says why); our modules never
    const both = [...bundledFiles(c.metafile)].filter((f) => held.has(f) && !f.startsWith('node_modules/'));
    if (both.length) throw new Error(`${both.join(', ')}: bundled in both ${file} and ${coldFile}`);
    finishRunFile(coldFile);
    const r = await buildChecked(runFileOptions(registryEntry(face, shared) + runEntry, file, [cut]));
    const now = bundledFiles(r.metafile);
    if (now.size !== held.size || [...now].some((f) => !held.has(f)))
      throw new Error(`${file}: its registry changed which modules it bundles`);
  } else await buildChecked(runFileOptions(runEntry, file));
  return createHash('sha256').update(finishRunFile(file), 'latin1').digest('hex').slice(0, 16);
}

rmSync(outdir, { recursive: true, force: true });
for (const face of Object.keys(runFiles))
  if (face !== 'cli' || mode !== '--action-only') runHashes[face] = await buildRunFile(face);
for (const name of cjsLazyLibs) await buildCjsFile(cjsLibContents(name), `${libFile(name)}.cjs`);
const entryPoints = {};
for (const [name, [entry, , run]] of Object.entries(faces)) {
  if (name === 'cli' && mode === '--action-only') continue;
  entryPoints[name] = entry;
  if (!runFiles[name]) entryPoints[`${name}-run`] = run; // the others: buildRunFile() above
}
if (!mode) entryPoints.index = 'src/index.ts';
// the hashbang makes cli.js runnable; harmless in the other files (ES2023 hashbang grammar)
const faceBuild = await build({
  ...common,
  entryPoints,
  banner: { js: '#!/usr/bin/env node\n' + banner },
  plugins: [lazyBuiltinsForDependencies, lazyTunnel, ...common.plugins, lazyLibsAsFiles, entryImportsRun],
});
// a warning here is a dependency reaching past a facade above (an export that would be undefined at run time)
if (faceBuild.warnings.length)
  throw new Error(`the faces' build warned (${faceBuild.warnings.length}); see above`);
// Node decodes a module's source from UTF-8 at every start: pure ASCII takes its fast path (~0.8 ms for 1 MB
// on Node 24), one non-ASCII byte makes it a two-byte string (~3 ms). esbuild escapes strings itself; a
// regular expression or a comment it keeps can still carry one, so the build refuses it.
for (const file of [
  ...Object.keys(entryPoints).map((name) => path.join(outdir, `${name}.js`)),
  ...Object.keys(runHashes).map((face) => path.join(outdir, `${face}-run.cjs`)),
  ...Object.keys(runHashes)
    .filter((face) => runFiles[face].cold)
    .map((face) => path.join(outdir, `${face}-cold.cjs`)),
]) {
  const lines = readFileSync(file, 'latin1').split('\n');
  const bad = lines.findIndex((l) => /[\u0080-\u00ff]/.test(l));
  if (bad >= 0)
    throw new Error(`${file}:${bad + 1} is not ASCII (write \\uXXXX in the source): ${lines[bad]}`);
}
for (const [name, contents] of Object.entries(lazyLibs)) await buildSideFile(contents, `${libFile(name)}.js`);
// the real undici, for the proxy case above (CommonJS: its own require()s stay plain)
await buildCjsFile("module.exports = require('undici');", 'undici.cjs');
// the bundled catalogue is data the code reads on first use (src/core/catalog/snapshot-file.ts says why),
// found beside whichever bundle runs
copyFileSync(path.join(repo, 'src/core/catalog/snapshot.json'), path.join(outdir, 'snapshot.json'));
// dist/ sits under the repository's package.json ("type": "module"); a directory of its own needs one too,
// or Node sniffs every chunk's syntax before loading it (~3 ms per start on Node 24, measured)
if (mode) writeFileSync(path.join(outdir, 'package.json'), '{ "type": "module" }\n');
if (!mode) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], {
    cwd: repo,
    stdio: 'inherit',
  });
}
