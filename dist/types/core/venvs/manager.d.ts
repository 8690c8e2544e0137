import type { ArchiveLimits } from '../install/archive-limits.js';
import { type Logger } from '../log.js';
import type { PythonRuntimeOptions } from '../packages/runtime.js';
import { venvPython } from './layout.js';
import { type VirtualEnvironmentMetadata } from './metadata.js';
import { VirtualEnvironment } from './virtual-environment.js';
/** What a venv manager needs from an instance: its interpreter and its directory. */
export interface VenvHost {
    pythonPath: string;
    dir: string;
}
export interface VirtualEnvironmentManagerOptions extends Omit<PythonRuntimeOptions, 'pythonPath'> {
    instance: VenvHost;
    logger?: Logger;
    /** Bounds on what an imported archive may unpack to; see ArchiveLimits for the defaults. */
    archiveLimits?: ArchiveLimits;
}
export interface GetOrCreateOptions {
    /** Delete and create again when it exists. */
    recreate?: boolean;
    /** Create it at this external path instead of `<instanceDir>/venvs/<name>`. */
    path?: string;
    /** Install pip (and setuptools/wheel on old Pythons) into it (`uv venv --seed`; needs them on the index). */
    seed?: boolean;
    /** Prompt shown by `activate` (default: the name). */
    prompt?: string;
    /**
     * `uv venv --relocatable`: entry points and activate scripts find the venv relative to themselves.
     * Default: on for Windows, where entry points are .exe launchers whose embedded interpreter path cannot be
     * rewritten as text after a clone/import; off elsewhere (text fix-ups cover POSIX venvs).
     */
    relocatable?: boolean;
    signal?: AbortSignal;
}
export interface VirtualEnvironmentInfo {
    name: string;
    path: string;
    exists: boolean;
    isExternal: boolean;
    externalPath?: string;
    sizeBytes: number;
    createdAt: string;
    modifiedAt?: string;
    pythonVersion?: string;
    uvVersion?: string;
    /** `pyvenv.cfg` home: the base interpreter's directory. */
    home?: string;
    packagesCount?: number;
    metadata: VirtualEnvironmentMetadata;
}
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
    /** An existing external venv is taken over only if it is built on this instance's interpreter. */
    private adopt;
    /**
     * If the venv or its instance moved (an instance export/import, a renamed root), re-point the venv's own
     * paths (read back from `bin/activate`) and `home` + interpreter links (when the old interpreter is gone).
     */
    private repair;
    private removeFiles;
    private assertFree;
    private register;
    /** Re-creates the archive's absolute links: the interpreter links against this instance, links into the venv. */
    private restoreLinks;
    private instancePythonVersion;
}
export { venvPython };
