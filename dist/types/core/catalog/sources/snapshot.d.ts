import { BuildIndex } from '../resolve.js';
import type { SnapshotOrigin } from '../snapshot-format.js';
/**
 * The shared index over the bundled snapshot (built lazily, once per process). A resolve parses and
 * indexes only the family it asks about; listing everything decodes the rest.
 */
export declare function snapshotIndex(): BuildIndex;
/** A new index over the bundled snapshot (the shared one is `snapshotIndex`). */
export declare function createSnapshotIndex(): BuildIndex;
/** Where the bundled snapshot came from and when it was generated. */
export declare function snapshotOrigin(): SnapshotOrigin & {
    count: number;
};
