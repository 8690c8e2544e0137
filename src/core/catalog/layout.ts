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
 * The archive format the installer unpacks (PBS, PyPy and GraalPy alike), refusing before any download
 * what it cannot: `.tar.bz2` (PyPy's own older releases; no bzip2 decoder here).
 */
export function installableFormat(
  build: Pick<PythonBuild, 'key' | 'implementation' | 'format' | 'url'>,
): 'tar.gz' | 'tar.zst' | 'zip' {
  if (build.format === 'tar.bz2') {
    throw new PythonInstallationError(
      `${build.key} resolves, but its archive is .tar.bz2, which the installer cannot unpack.`,
      {
        requested: build.key,
        available: [build.url],
        hint: 'Use a catalogue row published as .tar.gz, .tar.zst or .zip (every row of the bundled catalogue is).',
      },
    );
  }
  return build.format;
}
