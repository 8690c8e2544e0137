import type { RunOptions } from '../exec/types.js';
import { PythonRuntime, type PythonRuntimeOptions } from '../packages/runtime.js';
export interface VirtualEnvironmentOptions extends Omit<PythonRuntimeOptions, 'pythonPath'> {
    name: string;
    /** The venv directory (the real one, also for external venvs). */
    path: string;
    isExternal?: boolean;
}
/**
 * One virtual environment: a PythonRuntime whose interpreter is the venv's python, so every package
 * operation (install, list, outdated, ...) acts on this venv only. Created and managed by
 * VirtualEnvironmentManager (getOrCreate / clone / import).
 */
export declare class VirtualEnvironment extends PythonRuntime {
    readonly name: string;
    readonly path: string;
    readonly isExternal: boolean;
    constructor(o: VirtualEnvironmentOptions);
    /** `bin/` (POSIX) or `Scripts\` (Windows): console scripts live here. */
    get binDir(): string;
    /** Code and scripts run "activated": VIRTUAL_ENV set and bin/ first on PATH (the caller's env still wins). */
    protected execOptions(o: RunOptions): RunOptions;
    /**
     * Environment variables that "activate" this venv for a child process (what `activate` does):
     * VIRTUAL_ENV, PATH with bin/ first, no PYTHONHOME.
     */
    activationEnv(base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
}
