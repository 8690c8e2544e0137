import { venvPython } from './layout.js';
import { type VirtualEnvironmentMetadata } from './metadata.js';
import type { GetOrCreateOptions, VenvHost, VirtualEnvironmentInfo, VirtualEnvironmentManagerOptions } from './types.js';
import { VirtualEnvironment } from './virtual-environment.js';
export type { GetOrCreateOptions, VenvHost, VirtualEnvironmentInfo, VirtualEnvironmentManagerOptions, } from './types.js';
/**
 * The venvs of one instance. They live in `<instanceDir>/venvs/<name>`; an external venv is a directory
 * elsewhere with a link `<instanceDir>/venvs/<name>` pointing at it, so names stay unique per instance and
 * the file system alone says what exists. Metadata (`venvs/.pyembed/<name>.json`) is a cache of facts:
 * when missing or corrupt it is rebuilt from the files, never a reason to delete anything.
 */
export declare class VirtualEnvironmentManager {
    readonly venvsDir: string;
    readonly instance: VenvHost;
    private readonly runtimeOptions;
    private readonly logger;
    private readonly archiveLimits?;
    private instanceVersion?;
    constructor(o: VirtualEnvironmentManagerOptions);
    /** Names of the venvs that exist (internal and external), sorted. */
    list(): Promise<string[]>;
    exists(name: string): Promise<boolean>;
    /** The real directory of `name` (following an external link); where it would be created if absent. */
    resolvePath(name: string): Promise<string>;
    /** Stored metadata, rebuilt (and re-saved) from the files when missing or corrupt; undefined if no venv. */
    metadata(name: string): Promise<VirtualEnvironmentMetadata | undefined>;
    /** The venv as a runtime; VirtualEnvironmentNotFoundError when it does not exist. */
    get(name: string): Promise<VirtualEnvironment>;
    size(name: string): Promise<number>;
    info(name: string, o?: {
        signal?: AbortSignal;
    }): Promise<VirtualEnvironmentInfo>;
    /**
     * Returns the venv `name`, creating it with `uv venv --python <instance python>` if needed. An existing
     * venv is returned as is (its `home` is repaired if the instance moved); `recreate` starts it afresh.
     */
    getOrCreate(name: string, o?: GetOrCreateOptions): Promise<VirtualEnvironment>;
    /**
     * Deletes the venv. For an external venv, `deleteExternalFiles: false` only forgets it (link and metadata).
     * Returns false when there was nothing to delete.
     */
    delete(name: string, o?: {
        deleteExternalFiles?: boolean;
    }): Promise<boolean>;
    /** Copies `source` to `target` (internal, or at `o.path`) and re-points every path at the copy. */
    clone(source: string, target: string, o?: {
        path?: string;
    }): Promise<VirtualEnvironment>;
    /** Writes the venv to a .zip or .tar.gz (by extension); paths inside are re-pointed on import. Returns the archive path. */
    export(name: string, outputPath: string): Promise<string>;
    /**
     * Imports an export as `name` (internal, or at `o.path`): extracts into a temp dir next to the target, checks
     * the Python minor version matches this instance, re-points `home`, the interpreter links, shebangs and
     * activate scripts, then renames into place.
     */
    import(archivePath: string, name: string, o?: {
        path?: string;
    }): Promise<VirtualEnvironment>;
    private uv;
    private open;
    private notFound;
    private lockPath;
    private createWithUv;
    private removeFiles;
    private assertFree;
    private register;
    private instancePythonVersion;
}
export { venvPython };
