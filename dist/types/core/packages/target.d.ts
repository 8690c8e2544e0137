/**
 * The interpreter one runtime manages packages for, and the two ways every package operation reaches it:
 * `uv pip <cmd> --python=<interpreter>` and a query run by the interpreter itself (isolated). Also the
 * typed errors those calls turn into.
 */
import { PackageInstallationError } from '../errors.js';
import type { Logger } from '../log.js';
import type { CapturedRun } from '../uv/spawn.js';
import type { IndexSettings, Uv, UvResult } from '../uv/uv.js';
import type { IndexConfig } from './index-config.js';
import type { CommandResult } from './types.js';
export interface CallOptions {
    signal?: AbortSignal;
    timeoutMs?: number;
    /** uv's messages line by line while it works (e.g. ` + six==1.17.0`), for live logs. */
    onOutput?: (line: string) => void;
}
export interface InstallOptions extends IndexSettings, CallOptions {
    upgrade?: boolean;
    /** Constraints files (`-c`). */
    constraints?: string | string[];
    reinstall?: boolean;
    noDeps?: boolean;
    /** Alias of `extraIndexUrls` (the reference's singular name). */
    extraIndexUrl?: string | string[];
}
export interface PackageTarget {
    /** The interpreter packages are managed for: an instance's python or a venv's python. */
    readonly pythonPath: string;
    readonly uv: Uv;
    readonly logger: Logger;
    readonly config: IndexConfig;
}
/** `uv pip <cmd> --python=<interpreter> ...`, after checking the interpreter is still there. */
export declare function uvPip(t: PackageTarget, args: string[], o?: CallOptions & {
    cwd?: string;
}): Promise<UvResult>;
/** Runs the interpreter itself, isolated (`-I`, no caller PYTHON* variables), for a query. */
export declare function pythonQuery(t: PackageTarget, args: string[], o?: CallOptions): Promise<CapturedRun>;
export declare function toResult(r: UvResult): CommandResult;
/** The command result a failed install carried (for batch reports), if any. */
export declare function outputOf(e: unknown): CommandResult | undefined;
export declare function installError(spec: string, r: UvResult): PackageInstallationError;
export declare function queryError(what: string, r: UvResult): PackageInstallationError;
