import type { Uv } from '../uv/uv.js';
import type { ProjectPlan } from './project-plan.js';
export interface SyncContext {
    /** A directory the product owns; `<dir>/uv/uv.toml` (empty) stands in for user and system uv config. */
    configDir: string;
    signal?: AbortSignal;
    onOutput?: (line: string) => void;
}
/** The `uv sync` arguments of a plan (index flags come from the Uv client). */
export declare function syncArgs(plan: ProjectPlan, uv: Uv, venvDir: string): string[];
/**
 * The environment that keeps the project's configuration and hides the user's and the system's: uv reads
 * them from `$XDG_CONFIG_HOME/uv/uv.toml` and the first `$XDG_CONFIG_DIRS/*\/uv/uv.toml` (else
 * `/etc/uv/uv.toml`), so both point at an empty one.
 */
export declare function projectConfigEnv(configDir: string): Promise<Record<string, string | undefined>>;
/**
 * `uv sync` of the plan into `venvDir`. A stale lock (`--locked`) fails before anything is installed, with
 * a PackageInstallationError that names the lock and how to re-lock.
 */
export declare function syncProject(plan: ProjectPlan, uv: Uv, venvDir: string, ctx: SyncContext): Promise<void>;
