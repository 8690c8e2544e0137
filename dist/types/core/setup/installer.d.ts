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
/**
 * The library's own installer: PythonManager instances under `root` (download, verify, extract, lock).
 * Loaded lazily so a caller that brings its own installer (the action's tool cache) never loads it.
 */
export declare function managerInstaller(o: ManagerInstallerOptions): PythonInstaller;
