import type { PythonBuild } from '../catalog/types.js';
export declare function localArchiveBuild(archivePath: string, sha256?: string): Promise<PythonBuild>;
