import { type CapturedRun } from '../uv/spawn.js';
/**
 * True for a variable the isolated environment drops: every `PYTHON*` variable (PYTHONHOME, PYTHONPATH,
 * PYTHONSTARTUP, PYTHONUSERBASE, PYTHONSAFEPATH, PYTHONEXECUTABLE, ...) and the activation variables of
 * venvs and conda. Windows environment names are case-insensitive, so the test is too.
 */
export declare function isPythonEnvironmentVariable(name: string): boolean;
/** A copy of `base` without the variables `isPythonEnvironmentVariable` names. */
export declare function isolatedPythonEnv(base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export interface IsolatedRunOptions {
    signal?: AbortSignal;
    timeoutMs?: number;
}
/** Runs `python -I <args>` in the isolated environment; a non-zero exit is a result, not an exception. */
export declare function runIsolated(python: string, args: string[], o?: IsolatedRunOptions): Promise<CapturedRun>;
export interface PythonProbe {
    /** `platform.python_version()`: `3.12.5`, `3.13.0rc1`. */
    version: string;
    /** `sys.version_info`: `[3, 12, 5, "final", 0]`. */
    versionInfo: [number, number, number, string, number];
    implementation: string;
    executable: string;
    prefix: string;
    basePrefix: string;
    /** `sys.platform`: `linux`, `darwin`, `win32`. */
    platform: string;
    /** `sys.version`, the full build banner. */
    sysVersion: string;
    /** `platform.machine()`: `x86_64`, `arm64`, `AMD64`. */
    machine: string;
    freethreaded: boolean;
    debug: boolean;
    /** Of the modules asked for (`modules`), those that fail to import. */
    missingModules: string[];
}
export declare const PROBE_SCRIPT: string;
export interface ProbeOptions extends IsolatedRunOptions {
    /** Modules to try importing; those that fail are listed in `missingModules` (none by default: imports cost time). */
    modules?: string[];
}
/**
 * Runs the interpreter once, isolated, and returns what it reports. Throws PythonInstallationError when
 * it does not start, exits with an error, or prints something that is not the probe's answer.
 */
export declare function probeInterpreter(python: string, o?: ProbeOptions): Promise<PythonProbe>;
