import type { ArchiveFlavor, BuildVariant, Implementation, PythonBuild } from '../catalog/types.js';
import type { InstallResult } from '../install/install.js';
import type { Logger } from '../log.js';
import { type Platform } from '../platform.js';
export declare const METADATA_FILE = "instance.json";
export declare const SCHEMA = 1;
export interface InstanceSource {
    /** Token-free URL or local path the archive came from. */
    url?: string;
    assetName?: string;
    sha256?: string;
    bytes?: number;
    checksumSource?: string;
}
export interface InstanceMetadata {
    schema: number;
    /** The instance directory name: `cpython-3.12.5-linux-x86_64-gnu-20240814`. */
    key: string;
    /** uv's download key: `cpython-3.12.5-linux-x86_64-gnu`. */
    buildKey: string;
    /** Absolute path of the instance when this was written (lets an import re-point moved venvs). */
    dir?: string;
    implementation: Implementation;
    version: string;
    /** PBS release tag (build date); PyPy's and GraalPy's own release (`7.3.19`, `24.2.2`). */
    build: string;
    platform: Platform;
    variant?: BuildVariant;
    flavor?: ArchiveFlavor;
    /** Interpreter relative to `<instance>/python`, e.g. `bin/python3`. */
    pythonExe: string;
    createdAt: string;
    source?: InstanceSource;
    /** How it got here. */
    origin?: {
        kind: 'installed' | 'imported' | 'rebuilt';
        from?: string;
    };
    /** Set in memory (not stored) when the record was rebuilt from the files. */
    rebuilt?: boolean;
    [extra: string]: unknown;
}
export interface ParsedInstanceName {
    implementation: Implementation;
    version: string;
    platform: Platform;
    variant?: BuildVariant;
    build: string;
}
/**
 * `<implementation>-<version>-<os>-<arch>-<libc>[+<variant>]-<build>` (the instance directory's name under
 * the root): `cpython-3.12.5-linux-x86_64-gnu-20240814`, `pypy-3.10.16-linux-x86_64-gnu-7.3.19`.
 */
export declare function instanceName(b: {
    implementation?: Implementation;
    version: string;
    platform: Platform;
    variant?: BuildVariant;
    build: string;
}): string;
export declare function parseInstanceName(name: string): ParsedInstanceName | undefined;
/** uv's key for a build: variant after the version (`cpython-3.13.1+freethreaded-linux-x86_64-gnu`). */
export declare function buildKeyOf(p: ParsedInstanceName): string;
export declare function writeInstanceMetadata(dir: string, m: InstanceMetadata): Promise<void>;
/** The stored record when it is readable and consistent with the directory; undefined otherwise. */
export declare function readStoredMetadata(dir: string): Promise<InstanceMetadata | undefined>;
/**
 * Rebuilds the record of `dir` from its name and its interpreter, and stores it. Undefined when the
 * directory is not an instance at all (no parseable name or no interpreter) — still nothing is deleted.
 */
export declare function rebuildInstanceMetadata(dir: string, log: Logger): Promise<InstanceMetadata | undefined>;
/** The metadata of a build just installed into `dir` (what installBuild reported). */
export declare function installedMetadata(build: PythonBuild, key: string, dir: string, r: InstallResult): InstanceMetadata;
