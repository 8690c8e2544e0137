/**
 * The snapshot bundled into dist: zero network; each platform family parsed, decoded and indexed on
 * first use, once per process.
 */
import bundledSnapshot from '../snapshot.json' with { type: 'json' };
import { ARCH_LEVEL, BuildIndex } from '../resolve.js';
import { decodeBundle, familyReader, type SnapshotBundle } from '../snapshot-bundle.js';
import type { SnapshotOrigin } from '../snapshot-format.js';
import type { PythonBuild } from '../types.js';

const bundle = bundledSnapshot as unknown as SnapshotBundle;

let index: BuildIndex | undefined;
const readers = new Map<string, ReturnType<typeof familyReader>>();

const fromSnapshot = (builds: PythonBuild[]) => {
  for (const b of builds) b.source = 'snapshot';
  return builds;
};

/** A family's builds up to a microarchitecture level (CPython rows, then PyPy/GraalPy), file order. */
function familyBuilds(key: string, maxLevel: number): PythonBuild[] {
  if (!readers.has(key)) readers.set(key, familyReader(bundle, key));
  const reader = readers.get(key);
  if (!reader) return [];
  const upTo = (p: PythonBuild['platform']) => ARCH_LEVEL(p.archVariant) <= maxLevel;
  const rows = reader.decode(reader.rowsWhere((shape) => upTo(shape.platform)));
  return fromSnapshot([...rows, ...reader.decodeOthers().filter((b) => upTo(b.platform))]);
}

/**
 * The shared index over the bundled snapshot (built lazily, once per process). A resolve parses and
 * indexes only the family it asks about; listing everything decodes the rest.
 */
export function snapshotIndex(): BuildIndex {
  index ??= new BuildIndex(() => fromSnapshot(decodeBundle(bundle)), familyBuilds);
  return index;
}

/** The bundled file as shipped (for benchmarks that decode it cold). */
export function snapshotBundle(): SnapshotBundle {
  return bundle;
}

/** Where the bundled snapshot came from and when it was generated. */
export function snapshotOrigin(): SnapshotOrigin & { count: number } {
  return { ...bundle.origin, count: bundle.count };
}
