import type { PythonManagerOptions } from '../instances/manager.js';
import type { Logger } from '../log.js';
import type { PythonInstaller } from './types.js';
export interface ManagerInstallerOptions {
    root: string;
    mirror?: string;
    githubToken?: string;
    allowMissingChecksum?: boolean;
    retries?: number;
    timeoutMs?: number;
    backoffMs?: number;
    offline?: boolean;
    logger?: Logger;
}
/** PythonManager's settings from the configuration's names (`githubToken` -> `token`); one mapping for every face. */
export declare function managerOptions(o: ManagerInstallerOptions): PythonManagerOptions;
/**
 * The library's own installer: PythonManager instances under `root` (download, verify, extract, lock).
 * Loaded lazily so a caller that brings its own installer (the action's tool cache) never loads it.
 */
export declare function managerInstaller(o: ManagerInstallerOptions): PythonInstaller;
