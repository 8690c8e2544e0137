import { encodeSnapshot, SnapshotReader, type OtherEntry, type SnapshotFile, type SnapshotOrigin } from './snapshot-format.js';
import type { PythonBuild } from './types.js';
/** One family's rows: the string table and rows of a schema-1 file, without its header. */
export type SnapshotTable = Pick<SnapshotFile, 'strings' | 'rows' | 'others'>;
export interface SnapshotBundle {
    schema: 2;
    origin: SnapshotOrigin;
    urlBase: string;
    count: number;
    /** familyKey (`linux-x86_64-gnu`, every microarchitecture level) -> JSON text of its SnapshotTable. */
    families: Record<string, string>;
}
type Entry = Parameters<typeof encodeSnapshot>[0][number];
/** Splits the rows by platform family (keys sorted, rows in the given order) and encodes each family. */
export declare function packSnapshot(entries: Entry[], origin: SnapshotOrigin, urlBase?: string, otherEntries?: OtherEntry[]): SnapshotBundle;
/** A reader over one family's rows; undefined when the bundle has no build for that family. */
export declare function familyReader(bundle: SnapshotBundle, key: string): SnapshotReader | undefined;
/** Every row of the bundle (family by family, each in file order): listings, checks, benchmarks. */
export declare function decodeBundle(bundle: SnapshotBundle): PythonBuild[];
export {};
