import { type Catalog, type ListOptions, type ResolveOptions } from '../catalog/index.js';
import type { PythonBuild } from '../catalog/types.js';
import { type InstallProgress } from '../install/install.js';
import type { GetOrCreateOptions, InstallBuildResult, InstanceInfo, IntegrityReport, PythonInstance, PythonManagerOptions, SelectOptions } from './types.js';
export type { GetOrCreateOptions, InstallBuildResult, InstanceInfo, IntegrityReport, PythonInstance, PythonManagerOptions, SelectOptions, } from './types.js';
export { dirSize } from './disk.js';
export declare class PythonManager {
    private readonly o;
    readonly root: string;
    private readonly log;
    private catalogPromise?;
    constructor(o?: PythonManagerOptions);
    get catalog(): Catalog;
    /** `<root>/<key>` after checking the key is one plain directory name inside the root. */
    private dirOf;
    private lockPath;
    /** Resolves `spec` with the catalogue and returns the instance, installing it when absent. */
    getOrCreateInstance(spec?: string, o?: GetOrCreateOptions): Promise<PythonInstance>;
    /** Like getOrCreateInstance, then checks the instance really works (PythonNotInstalledError if not). */
    ensurePythonVersion(spec: string, o?: GetOrCreateOptions): Promise<PythonInstance>;
    /** Installs one resolved build as an instance (one download even when called concurrently). */
    installBuild(build: PythonBuild, o?: {
        onProgress?: (e: InstallProgress) => void;
        signal?: AbortSignal;
        archivePath?: string;
    }): Promise<InstallBuildResult>;
    /** File-system failures (read-only root, full disk...) as a typed error naming the cause. */
    private typed;
    private lockedInstall;
    /**
     * Offline install from a local PBS archive: the build is read from the PBS asset name; the checksum from
     * `sha256` or a `<archive>.sha256` / `SHA256SUMS` file beside it, when there is one.
     */
    installArchive(archivePath: string, o?: {
        sha256?: string;
        onProgress?: (e: InstallProgress) => void;
        signal?: AbortSignal;
    }): Promise<PythonInstance>;
    private toInstance;
    /** The instance in `dir` when its python/ is complete; metadata rebuilt if needed. */
    private load;
    /** All instances under the root, newest version (then build) first. */
    listInstances(): Promise<PythonInstance[]>;
    /**
     * The installed instance for an instance key, a uv build key or a spec (`3.12`, `>=3.11`, `3.13t`),
     * newest match first; undefined when nothing installed matches (no download, no catalogue).
     */
    getInstance(keyOrSpec?: string, o?: SelectOptions): Promise<PythonInstance | undefined>;
    private require;
    getInstanceInfo(keyOrSpec: string, o?: SelectOptions): Promise<InstanceInfo | undefined>;
    /** Bytes on disk of one instance (python + venvs + metadata); 0 when not installed. */
    getInstanceSize(keyOrSpec: string, o?: SelectOptions): Promise<number>;
    getTotalDiskUsage(): Promise<number>;
    /** Deletes one instance (and its venvs). False when it is not installed; refuses anything outside the root. */
    deleteInstance(keyOrSpec: string, o?: SelectOptions): Promise<boolean>;
    /** Interpreter runs and reports the recorded version; files present; metadata consistent with the name. */
    validateIntegrity(keyOrSpec: string, o?: SelectOptions): Promise<IntegrityReport>;
    /** True when the root's filesystem has at least `requiredMB` free. */
    checkDiskSpace(requiredMB: number): Promise<boolean>;
    availableDiskSpaceMB(): Promise<number>;
    /**
     * The newest build matching `spec` (not installed by this call). Throws InvalidPythonVersionError when
     * the spec is malformed or nothing matches, and the source's DownloadError/RateLimitError when it
     * cannot be read: see catalog/library.ts.
     */
    findBestMatchingVersion(spec: string, o?: ResolveOptions): Promise<PythonBuild>;
    /** The newest stable CPython build (`latest`); throws like `findBestMatchingVersion`. */
    getLatestPythonVersion(o?: ResolveOptions): Promise<PythonBuild>;
    /** The builds available, newest first (one per version unless `o.all`); `build` pins one PBS release. */
    listAvailableVersions(build?: string, o?: ListOptions): Promise<PythonBuild[]>;
    /** Writes the instance (python/, venvs/, instance.json) to `.tar.gz`, `.tar.zst` or `.zip`; returns the path. */
    exportInstance(keyOrSpec: string, outPath: string, o?: SelectOptions): Promise<string>;
    /**
     * Imports an exported instance (same safety rules as any extraction: no `..`, absolute paths or escaping
     * links). The interpreter is run at its new place before the instance is registered; venvs are re-pointed.
     */
    importInstance(archivePath: string, o?: {
        overwrite?: boolean;
        signal?: AbortSignal;
    }): Promise<PythonInstance>;
}
