/** The shapes VirtualEnvironmentManager takes and returns. */
import type { ArchiveLimits } from '../install/archive-limits.js';
import type { Logger } from '../log.js';
import type { PythonRuntimeOptions } from '../packages/runtime.js';
import type { VirtualEnvironmentMetadata } from './metadata.js';
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
