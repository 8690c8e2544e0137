/**
 * The bundled snapshot (snapshot.json) is data read from disk on a process's first catalogue use, not a
 * module compiled into the code: as a module its 400 KB object was parsed and evaluated at every start,
 * resolved through it or not, and its strings rode in every V8 code cache made after a run (the action's
 * cache 839 -> 451 KB; a warm setup, CLI or self-hosted action, ~3 ms faster: docs/benchmarks.md).
 *
 * The file is found relative to this module's own URL: in the sources that is src/core/catalog/, where the
 * file lives; in a build it is the bundle's file in dist/, where scripts/build.mjs copies it. So this module
 * stays in src/core/catalog/, and a bundle of the library made by someone else needs the file beside it.
 */
import { createRequire } from 'node:module';
import { ConfigurationError } from '../errors.js';
import type { SnapshotBundle } from './snapshot-bundle.js';

const req = createRequire(import.meta.url);
let bundle: SnapshotBundle | undefined;

/** Where the snapshot file is for this copy of the code. */
export function snapshotFile(): string {
  const url = req('node:url') as typeof import('node:url');
  return url.fileURLToPath(new URL('./snapshot.json', import.meta.url));
}

/** The bundled snapshot, read and parsed once per process. */
export function bundledSnapshot(): SnapshotBundle {
  if (bundle) return bundle;
  const fs = req('node:fs') as typeof import('node:fs');
  const file = snapshotFile();
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigurationError(
      `The bundled release catalogue is missing: ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`,
      {
        requested: file,
        hint:
          'Keep snapshot.json beside the bundle that imports python-embedded (it ships in the package as ' +
          'dist/snapshot.json; a bundler of your own must copy it), or resolve without it: a downloads file ' +
          '(PYEMBED_PYTHON_DOWNLOADS_JSON_URL) or the GitHub source (PYEMBED_CATALOG_SOURCE=github).',
      },
    );
  }
  bundle = JSON.parse(text) as SnapshotBundle;
  return bundle;
}
