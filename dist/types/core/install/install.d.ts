import type { PythonBuild } from '../catalog/types.js';
import { type Logger } from '../log.js';
import { type DownloadOptions } from './download.js';
import type { ArchiveLimits } from './archive-limits.js';
import { type PythonProbe } from '../python/probe.js';
import { sha256File } from '../fs.js';
/** Progress of an install; the same shape as the setup plan's progress events. */
export interface InstallProgress {
    phase: 'download' | 'extract' | 'verify';
    label?: string;
    current: number;
    total?: number;
    unit?: 'bytes' | 'entries';
}
export interface InstallBuildOptions {
    /** `<base>/<tag>/<asset>` base: an http(s) URL or a local directory (offline). */
    mirror?: string;
    /** A local archive of this build: no download at all. */
    archivePath?: string;
    token?: string;
    allowMissingChecksum?: boolean;
    retries?: number;
    timeoutMs?: number;
    backoffMs?: number;
    /** Bounds on what the archive may unpack to (defaults: archive-limits.ts). */
    archiveLimits?: ArchiveLimits;
    logger?: Logger;
    signal?: AbortSignal;
    onProgress?: (e: InstallProgress) => void;
    env?: NodeJS.ProcessEnv;
    ca?: DownloadOptions['ca'];
}
export interface InstallResult {
    /** == targetDir */
    pythonDir: string;
    pythonPath: string;
    /** The interpreter relative to pythonDir, e.g. `bin/python3`. */
    pythonExe: string;
    /** What the interpreter reports (equal to build.version, or the install fails). */
    version: string;
    probe: PythonProbe;
    /** Where the bytes came from (token-free, no query), and their verified sha256. */
    url: string;
    sha256: string;
    checksumSource: 'catalog' | 'mirror' | 'given' | 'none';
    bytes: number;
    /** False when the archive was a local file (archivePath or a directory mirror). */
    downloaded: boolean;
}
/** The sha256 (hex) of a file: part of the library's surface (src/index.ts). */
export declare const hashFile: typeof sha256File;
/** Removes `.<name>.install-*` / `.<name>.extract-*` staging dirs a crashed install left beside `targetDir`. */
export declare function cleanStaging(targetDir: string, log?: Logger): Promise<void>;
export declare function installBuild(build: PythonBuild, targetDir: string, o?: InstallBuildOptions): Promise<InstallResult>;
