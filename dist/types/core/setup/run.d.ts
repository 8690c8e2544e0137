import type { SetupHooks, SetupOptions, SetupResult } from './types.js';
/** A venv value is a path when it is absolute or has a separator or starts with a dot; else a name. */
export declare function isVenvPath(v: string): boolean;
/**
 * The one plan both the CLI (`pyembed setup`) and the action run:
 * resolve -> install -> uv -> venv -> packages (-> export). Each phase is timed and reported through
 * `hooks.onPhase`; a failure is the typed error of the phase that failed.
 */
export declare function runSetup(options: SetupOptions, hooks?: SetupHooks): Promise<SetupResult>;
