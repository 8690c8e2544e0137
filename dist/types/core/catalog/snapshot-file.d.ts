import type { SnapshotBundle } from './snapshot-bundle.js';
/** Where the snapshot file is for this copy of the code. */
export declare function snapshotFile(): string;
/** The bundled snapshot, read and parsed once per process. */
export declare function bundledSnapshot(): SnapshotBundle;
