import type { PythonBuild } from './types.js';
export declare function archivePythonRoot(build: Pick<PythonBuild, 'flavor'>): string;
/**
 * The archive format the installer unpacks, refusing (before any download) what it cannot install yet:
 * PyPy and GraalPy rows are in the catalogue and resolve, but their layouts are not installed yet.
 */
export declare function installableFormat(build: Pick<PythonBuild, 'key' | 'implementation' | 'format' | 'url'>): 'tar.gz' | 'tar.zst' | 'zip';
