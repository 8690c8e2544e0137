/**
 * Where the interpreter tree sits inside a PBS archive: `install_only[_stripped]` archives hold it at
 * `python/`; `full` archives (debug builds, older free-threaded builds, every pre-2022 release) hold the
 * whole build tree and put the installed interpreter at `python/install/`.
 */
import { PythonInstallationError } from '../errors.js';
import type { PythonBuild } from './types.js';

export function archivePythonRoot(build: Pick<PythonBuild, 'flavor'>): string {
  return build.flavor === 'full' ? 'python/install' : 'python';
}

/**
 * The archive format the installer unpacks, refusing (before any download) what it cannot install yet:
 * PyPy and GraalPy rows are in the catalogue and resolve, but their layouts are not installed yet.
 */
export function installableFormat(
  build: Pick<PythonBuild, 'key' | 'implementation' | 'format' | 'url'>,
): 'tar.gz' | 'tar.zst' | 'zip' {
  if (build.implementation || build.format === 'tar.bz2') {
    throw new PythonInstallationError(
      `${build.key} resolves, but installing ${build.implementation ?? 'this archive'} builds is not supported yet.`,
      {
        requested: build.key,
        available: [build.url],
        hint: 'Ask for a CPython version (e.g. 3.12) for now; PyPy and GraalPy installs are planned.',
      },
    );
  }
  return build.format;
}
