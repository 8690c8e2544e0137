/**
 * The snapshot bundled into dist: zero network, decoded and indexed once, on first use.
 */
import bundledSnapshot from '../snapshot.json' with { type: 'json' };
import { ARCH_LEVEL, BuildIndex, familyKey } from '../resolve.js';
import { SnapshotReader, type SnapshotFile, type SnapshotOrigin } from '../snapshot-format.js';
import type { PythonBuild } from '../types.js';

const file = bundledSnapshot as unknown as SnapshotFile;

let index: BuildIndex | undefined;

const fromSnapshot = (builds: PythonBuild[]) => {
  for (const b of builds) b.source = 'snapshot';
  return builds;
};

/**
 * The shared index over the bundled snapshot (built lazily, once per process). A resolve decodes and
 * indexes only the rows of the platform family it asks about; listing everything decodes the rest.
 */
export function snapshotIndex(): BuildIndex {
  if (!index) {
    const reader = new SnapshotReader(file);
    let groups: Map<string, number[]> | undefined;
    const rowsOf = (key: string, maxLevel: number) => {
      groups ??= reader.groupRows((p) => `${familyKey(p)}#${ARCH_LEVEL(p.archVariant)}`);
      const out: number[] = [];
      for (let l = 1; l <= maxLevel; l++) out.push(...(groups.get(`${key}#${l}`) ?? []));
      return out.sort((a, b) => a - b); // file order, as a full decode would give
    };
    // PyPy/GraalPy rows are few: each family's share is picked from the whole list.
    const othersOf = (key: string, maxLevel: number) =>
      reader
        .decodeOthers()
        .filter((b) => familyKey(b.platform) === key && ARCH_LEVEL(b.platform.archVariant) <= maxLevel);
    index = new BuildIndex(
      () => fromSnapshot([...reader.decode(), ...reader.decodeOthers()]),
      (key, maxLevel) => fromSnapshot([...reader.decode(rowsOf(key, maxLevel)), ...othersOf(key, maxLevel)]),
    );
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
