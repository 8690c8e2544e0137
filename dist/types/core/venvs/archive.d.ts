import type { ArchiveLimits } from '../install/archive-limits.js';
/** Stored at the archive root; says where the files came from so import can re-point them. */
export declare const MANIFEST = "pyembed-venv-export.json";
export interface VenvExportManifest {
    format: 1;
    name: string;
    /** Absolute path the venv had when exported (its files still name it). */
    sourcePath: string;
    /** `pyvenv.cfg` `home` at export time. */
    home?: string;
    pythonVersion?: string;
    uvVersion?: string;
    platform: string;
    exportedAt: string;
    /**
     * Symlinks leaving the venv (the interpreter links in bin/), as absolute paths: not stored as links, because a safe extractor refuses
     * links that leave the tree; import re-creates them against the importing instance's interpreter.
     */
    links: Record<string, string>;
}
/**
 * Writes `venvDir` as a .zip (POSIX modes and relative symlinks kept, Info-ZIP style) or a .tar.gz,
 * atomically: `<out>.partial` then rename.
 */
export declare function writeVenvArchive(venvDir: string, outPath: string, manifest: Omit<VenvExportManifest, 'links'>): Promise<string>;
/** Extracts an export into `dest` (must not exist) and returns its manifest (removed from the tree). */
export declare function readVenvArchive(archive: string, dest: string, limits?: ArchiveLimits): Promise<VenvExportManifest>;
