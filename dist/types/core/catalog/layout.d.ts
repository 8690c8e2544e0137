/**
 * Where the interpreter tree sits inside a PBS archive: `install_only[_stripped]` archives hold it at
 * `python/`; `full` archives (debug builds, older free-threaded builds, every pre-2022 release) hold the
 * whole build tree and put the installed interpreter at `python/install/`.
 */
import type { PythonBuild } from './types.js';
export declare function archivePythonRoot(build: Pick<PythonBuild, 'flavor'>): string;
