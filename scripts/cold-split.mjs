// A face's run file (dist/<face>-run.cjs) without the modules a warm run never loads: those sit in a second
// file (dist/<face>-cold.cjs) that the run file requires the first time one of them is imported. V8 parses a
// whole file when it compiles it, so every byte of code a run never calls still costs compile time where no
// code cache exists (every job's first use on a GitHub-hosted runner): the action's installer, instance
// manager, diagnose and session code were ~1/5 of main-run.cjs and ~4 ms of its ~15 ms top-level compile.
//
// Each module lives in exactly one of the two files, so both share one copy of every class, error type and
// module state. The run file keeps a registry (on globalThis, under a key named per face) of the modules the
// cold file imports from it; the cold file takes them from there instead of bundling copies:
//   run file:  globalThis[key] = { 'src/core/errors.ts': () => require('./src/core/errors.ts'), ... }
//              import('../instances/index.js')  ->  require('./main-cold.cjs')('src/core/instances/index.ts')
//   cold file: import { X } from '../errors.js'  ->  globalThis[key]['src/core/errors.ts']().X
// A registry entry initialises the module in the run file (esbuild's lazy init) and gives its exports with
// live getters, as an ES module import would. Only our own modules are shared: a package from node_modules
// the cold file uses is bundled into it again (packages hold no state of ours, as with dist/lib-*.cjs), since
// a registry entry keeps every export of a module in the run file: for @actions/core, ~60 KB that esbuild
// otherwise leaves out.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The registry's key for `face` (a Symbol.for name: the cold file reads the run file's object). */
const registryKey = (face) => `python-embedded.${face}-run`;
const rel = (repo, file) => path.relative(repo, file).split(path.sep).join('/');
const guard = { coldSplit: true };

/** The repository files (not plugin-made modules) an esbuild metafile says a build bundled. */
export function bundledFiles(metafile) {
  return new Set(Object.keys(metafile.inputs).filter((k) => k !== '<stdin>' && !/^[\w-]+:/.test(k)));
}

/** Resolves an import as esbuild would without this module's plugins; undefined for anything not a file. */
async function resolvedFile(b, a, repo) {
  if (a.pluginData?.coldSplit) return undefined;
  const r = await b.resolve(a.path, {
    kind: a.kind,
    importer: a.importer,
    resolveDir: a.resolveDir,
    pluginData: guard,
  });
  return r.errors.length || r.external || r.namespace !== 'file' ? undefined : rel(repo, r.path);
}

/**
 * Plugin for the run file: a dynamic import of one of the `cold` entry modules loads it from `coldFile`.
 * Goes last among the build's plugins (the earlier ones claim their own names first).
 */
export function coldEntriesPlugin(repo, cold, coldFile) {
  return {
    name: 'cold-entries',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (a) => {
        if (a.path === `./${coldFile}`) return { path: a.path, external: true };
        if (a.kind !== 'dynamic-import') return undefined;
        const file = await resolvedFile(b, a, repo);
        return file && cold.includes(file) ? { path: file, namespace: 'cold-entry' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'cold-entry' }, (a) => ({
        loader: 'js',
        contents: `module.exports = require(${JSON.stringify(`./${coldFile}`)})(${JSON.stringify(a.path)});`,
      }));
    },
  };
}

/**
 * Plugin for the cold file of `face`: one of our modules the run file bundles (`held`) is taken from the run
 * file's registry; `shared` collects their names (the registry the run file must then hold).
 */
export function fromRunFilePlugin(repo, face, held, shared) {
  return {
    name: 'from-run-file',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (a) => {
        const file = await resolvedFile(b, a, repo);
        return file && held.has(file) && !file.startsWith('node_modules/')
          ? { path: file, namespace: 'from-run-file' }
          : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'from-run-file' }, (a) => {
        // a CommonJS view of an ES module has no separate default export: the importer would get the whole
        // module in its place (esbuild's Node-mode interop), so a shared module must not have one
        if (/^\s*export\s+default\b/m.test(readFileSync(path.join(repo, a.path), 'utf8')))
          throw new Error(`${a.path} has a default export; the cold file cannot import it from the run file`);
        shared.add(a.path);
        return {
          loader: 'js',
          contents: `module.exports = globalThis[Symbol.for(${JSON.stringify(registryKey(face))})][${JSON.stringify(a.path)}]();`,
        };
      });
    },
  };
}

/** An object literal from each module's name (repository path) to a function that requires it. */
const requireTable = (files) =>
  `{\n${files.map((f) => `  ${JSON.stringify(f)}: () => require(${JSON.stringify(`./${f}`)}),`).join('\n')}\n}`;

/** The cold file's entry: a function from an entry module's name to its exports. */
export function coldFileEntry(cold) {
  return `const loaders = ${requireTable(cold)};\nmodule.exports = (name) => loaders[name]();\n`;
}

/** The run file's registry of the modules the cold file takes from it (set before anything runs). */
export function registryEntry(face, shared) {
  return `globalThis[Symbol.for(${JSON.stringify(registryKey(face))})] = ${requireTable([...shared].sort())};\n`;
}
