import type { DiagnoseCheck } from './types.js';
export declare function freeDiskCheck(root: string, minFreeBytes?: number): Promise<DiagnoseCheck>;
/**
 * A directory is usable when a file can be created in it, or — when it does not exist yet — when its
 * nearest existing ancestor is writable (so the installer can create it). Nothing is left behind.
 */
export declare function writableCheck(dir: string): Promise<DiagnoseCheck>;
export declare function formatBytes(n: number): string;
