import type { ArchiveLimits } from '../install/archive-limits.js';
import type { Logger } from '../log.js';
import { type InstanceMetadata } from './metadata.js';
export interface ImportContext {
    root: string;
    /** The checked `<root>/<key>` (PythonManager's rule for instance names). */
    dirOf: (key: string) => string;
    lockPath: (key: string) => string;
    archiveLimits?: ArchiveLimits;
    log: Logger;
    overwrite?: boolean;
    signal?: AbortSignal;
}
/**
 * Imports an exported instance (same safety rules as any extraction: no `..`, absolute paths or escaping
 * links). The interpreter is run at its new place before the instance is registered; venvs are re-pointed.
 */
export declare function importExported(archivePath: string, o: ImportContext): Promise<{
    dir: string;
    meta: InstanceMetadata;
}>;
