import type { ArchiveLimits } from '../install/archive-limits.js';
import type { Logger } from '../log.js';
export interface UnpackContext {
    /** The interpreter of the instance the venv is imported into. */
    pythonPath: string;
    pythonVersion: () => Promise<string>;
    archiveLimits?: ArchiveLimits;
    logger: Logger;
}
/**
 * Unpacks an exported venv into `staging` and makes it a venv of this instance at `dest`: refuses another
 * platform or Python minor, re-creates its links, re-points `home`, shebangs and activate scripts.
 */
export declare function unpackVenvArchive(archivePath: string, staging: string, dest: string, o: UnpackContext): Promise<void>;
