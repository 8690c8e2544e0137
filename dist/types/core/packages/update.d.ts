import type { Logger } from '../log.js';
import { type CallOptions, type InstallOptions, type PackageTarget } from './target.js';
import type { BatchItemResult, CommandResult, OutdatedPackageInfo } from './types.js';
export interface UninstallOptions extends CallOptions {
    /** Also remove dependencies that nothing else still needs (computed from `uv pip show`). */
    removeDependencies?: boolean;
}
export declare function uninstall(t: PackageTarget, name: string | string[], o: UninstallOptions): Promise<CommandResult>;
/** Upgrades every outdated (non-editable) package in one resolution. */
export declare function upgradeAll(t: PackageTarget, o: InstallOptions): Promise<{
    upgraded: OutdatedPackageInfo[];
    result?: CommandResult;
}>;
/** Installs exactly `version` of `name` (down or up) and verifies the result. */
export declare function pinVersion(t: PackageTarget, name: string, version: string, o: InstallOptions): Promise<CommandResult>;
/**
 * Runs `run` once over every item that passes `check`. If that fails, each valid item is retried alone so
 * every entry says whether it succeeded and, if not, why. Items failing `check` never reach `run`.
 */
export declare function batch(items: string[], check: (s: string) => string, run: (list: string[]) => Promise<CommandResult>, logger: Logger): Promise<Record<string, BatchItemResult>>;
