/**
 * The snapshot bundled into dist: zero network, decoded and indexed once, on first use.
 */
import bundledSnapshot from '../snapshot.json' with { type: 'json' };
import { BuildIndex } from '../resolve.js';
import { decodeSnapshot, type SnapshotFile, type SnapshotOrigin } from '../snapshot-format.js';

const file = bundledSnapshot as unknown as SnapshotFile;

let index: BuildIndex | undefined;

/** The shared index over the bundled snapshot (built lazily, once per process). */
export function snapshotIndex(): BuildIndex {
  if (!index) {
    index = new BuildIndex(() => {
      const builds = decodeSnapshot(file);
      for (const b of builds) b.source = 'snapshot';
      return builds;
    });
  }
  return index;
}

/** The raw compact snapshot (for benchmarks that decode it cold). */
export function snapshotFile(): SnapshotFile {
  return file;
}

/** Where the bundled snapshot came from and when it was generated. */
export function snapshotOrigin(): SnapshotOrigin & { count: number } {
  return { ...file.origin, count: file.count };
}
