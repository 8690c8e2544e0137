import type { PythonBuild } from './types.js';
export declare function archivePythonRoot(build: Pick<PythonBuild, 'flavor'>): string;
/**
 * The archive format the installer unpacks (PBS, PyPy and GraalPy alike), refusing before any download
 * what it cannot: `.tar.bz2` (PyPy's own older releases; no bzip2 decoder here).
 */
export declare function installableFormat(build: Pick<PythonBuild, 'key' | 'implementation' | 'format' | 'url'>): 'tar.gz' | 'tar.zst' | 'zip';
