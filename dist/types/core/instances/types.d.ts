/** The shapes PythonManager takes and returns (kept apart so its helpers can share them). */
import type { Catalog } from '../catalog/index.js';
import type { ArchiveFlavor } from '../catalog/types.js';
import type { ArchiveLimits } from '../install/archive-limits.js';
import type { DownloadOptions } from '../install/download.js';
import type { InstallProgress } from '../install/install.js';
import type { Logger } from '../log.js';
import type { Platform } from '../platform.js';
import type { InstanceMetadata } from './metadata.js';
export interface PythonManagerOptions {
    /** Root of the instances; default `PYEMBED_ROOT`, else the user data dir (`~/.local/share/python-embedded`...). */
    root?: string;
    /** Resolves specs to builds; default `createCatalog()` (bundled snapshot first, zero API calls). */
    catalog?: Catalog;
    /** `<mirror>/<tag>/<asset>` base: http(s) URL or local directory. */
    mirror?: string;
    /** GitHub token: sent only to GitHub hosts. */
    token?: string;
    allowMissingChecksum?: boolean;
    retries?: number;
    timeoutMs?: number;
    backoffMs?: number;
    /** No network: only a directory mirror or local archives can provide builds. */
    offline?: boolean;
    logger?: Logger;
    /** Stale-lock age (ms) for install locks. */
    lockStaleMs?: number;
    /** Extra CA certificates for https downloads. */
    ca?: DownloadOptions['ca'];
    /** Bounds on what an archive may unpack to (installs and imports); see ArchiveLimits for the defaults. */
    archiveLimits?: ArchiveLimits;
}
export interface PythonInstance {
    /** The instance directory name (unique per version, platform, variant and build). */
    key: string;
    /** uv's download key, e.g. `cpython-3.12.5-linux-x86_64-gnu`. */
    buildKey: string;
    dir: string;
    /** The installation prefix `<dir>/python`. */
    pythonDir: string;
    pythonPath: string;
    venvsDir: string;
    version: string;
    /** `cpython`, `pypy` or `graalpy`. */
    implementation: InstanceMetadata['implementation'];
    build: string;
    platform: Platform;
    variant?: InstanceMetadata['variant'];
    flavor?: ArchiveFlavor;
    createdAt: string;
    source?: InstanceMetadata['source'];
    /** True when instance.json was rebuilt from the files while loading. */
    metadataRebuilt: boolean;
}
export interface InstanceInfo extends PythonInstance {
    sizeBytes: number;
}
export interface GetOrCreateOptions {
    build?: string;
    platform?: Platform;
    flavor?: ArchiveFlavor;
    freethreaded?: boolean;
    checkLatest?: boolean;
    onProgress?: (e: InstallProgress) => void;
    signal?: AbortSignal;
}
export interface SelectOptions {
    build?: string;
    platform?: Platform;
}
export interface IntegrityReport {
    ok: boolean;
    key: string;
    problems: string[];
    /** What the interpreter reported, when it ran. */
    version?: string;
}
export interface InstallBuildResult {
    instance: PythonInstance;
    /** False when the instance was already there (or the bytes came from a local file). */
    downloaded: boolean;
}
