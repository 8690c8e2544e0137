import type { Logger } from '../log.js';
import type { Uv } from '../uv/uv.js';
import type { PackagePlan } from './types.js';
/** True when the plan installs anything at all. */
export declare function hasPackages(p: PackagePlan): boolean;
/** What uv pip installs: everything but a project its lock installs. */
export declare function hasFreshPackages(p: PackagePlan): boolean;
/**
 * Installs the plan in ONE uv resolution through PythonRuntime.installPlan: every package spec and extra
 * is validated first (InvalidPackageSpecificationError, nothing reaches uv's command line unchecked), and
 * uv's failures become RequirementsFileError (a blamed or missing file) or PackageInstallationError.
 */
export declare function installPackages(uv: Uv, python: string, plan: PackagePlan, o: {
    cwd: string;
    logger: Logger;
    signal?: AbortSignal;
}): Promise<{
    requested: number;
}>;
/** How many requests `installPackages` hands uv: requirements files, a pyproject, specs. */
export declare function requestedCount(plan: PackagePlan): number;
/** Names of the distributions installed in an environment (`uv pip list --format json`). */
export declare function listInstalled(uv: Uv, python: string, signal?: AbortSignal): Promise<string[]>;
/**
 * Names of the distributions in a venv's site-packages, read from each `*.dist-info/METADATA` (the same
 * `Name:` uv pip list shows). Reading a few small files costs ~1 ms where another `uv pip list` process
 * costs 20-50 ms; undefined when the layout is not the expected one (the caller then asks uv).
 */
export declare function distributionsInVenv(venvDir: string): Promise<string[] | undefined>;
/**
 * `seed` asked for on a venv that already exists without pip (made earlier without seed): pip is installed
 * into it from the configured index, as `uv venv --seed` would have put it there.
 */
export declare function seedExistingVenv(uv: Uv, venvDir: string, o: {
    logger: Logger;
    signal?: AbortSignal;
}): Promise<void>;
