import type { PythonEmbeddedOptions } from '../config/options.js';
import type { PythonManagerOptions } from '../instances/manager.js';
import type { Logger } from '../log.js';
import type { PythonInstaller } from './types.js';
/** The configuration keys the library's installer reads (`root` required), plus an optional fixed logger. */
export type ManagerInstallerOptions = Pick<PythonEmbeddedOptions, 'root'> & Partial<Pick<PythonEmbeddedOptions, 'mirror' | 'githubToken' | 'allowMissingChecksum' | 'archiveMaxBytes' | 'archiveMaxRatio' | 'retries' | 'timeoutMs' | 'backoffMs' | 'offline'>> & {
    logger?: Logger;
};
/**
 * PythonManager's settings from the configuration: the same names, except the token (`token`) and the
 * archive limits (`archiveLimits`; the extractor's defaults when unset).
 */
export declare function managerOptions(o: ManagerInstallerOptions): PythonManagerOptions;
/**
 * The library's own installer: PythonManager instances under `root` (download, verify, extract, lock).
 * The manager is made (and its module loaded) on first use, with the run's logger unless `o.logger` is
 * given, so a plan that brings its own installer (the action's tool cache) never loads it.
 */
export declare function managerInstaller(o: ManagerInstallerOptions): PythonInstaller;
