import type { SetupHooks, SetupOptions, SetupPlan, SetupResult } from './types.js';
export { isVenvPath } from './plan.js';
/**
 * The one setup both the CLI (`pyembed setup`) and the action run, from options: `planSetup` checks every
 * input before any work, then `runPlan` carries the plan out.
 */
export declare function runSetup(options: SetupOptions, hooks?: SetupHooks): Promise<SetupResult>;
/**
 * Carries out a plan: resolve -> install | uv (side by side, with `hooks.onResolved`) -> venv -> packages
 * (-> export). Several Pythons are resolved and installed in those same two phases; the venv, packages,
 * export and `onResolved` use the default (the last). Each phase is timed and reported through
 * `hooks.onPhase`; a failure is the typed error of the phase that failed.
 */
export declare function runPlan(plan: SetupPlan, hooks?: SetupHooks): Promise<SetupResult>;
