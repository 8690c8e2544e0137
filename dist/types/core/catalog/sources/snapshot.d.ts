import { BuildIndex } from '../resolve.js';
import { type SnapshotFile, type SnapshotOrigin } from '../snapshot-format.js';
/**
 * The shared index over the bundled snapshot (built lazily, once per process). A resolve decodes and
 * indexes only the rows of the platform family it asks about; listing everything decodes the rest.
 */
export declare function snapshotIndex(): BuildIndex;
/** The raw compact snapshot (for benchmarks that decode it cold). */
export declare function snapshotFile(): SnapshotFile;
/** Where the bundled snapshot came from and when it was generated. */
export declare function snapshotOrigin(): SnapshotOrigin & {
    count: number;
};
