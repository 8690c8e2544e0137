/**
 * The snapshot bundled into dist: zero network; each platform family parsed on first use, once per
 * process; a resolve decodes only the rows of the versions it asks for, a listing the whole family.
 */
import { parseVersion, type Version } from '../../versions/version.js';
import { ARCH_LEVEL, BuildIndex, type FamilyBuilds } from '../resolve.js';
import { decodeBundle, familyReader } from '../snapshot-bundle.js';
import { bundledSnapshot } from '../snapshot-file.js';
import type { SnapshotOrigin } from '../snapshot-format.js';
import type { PythonBuild } from '../types.js';

let index: BuildIndex | undefined;
const readers = new Map<string, ReturnType<typeof familyReader>>();

const fromSnapshot = (builds: PythonBuild[]) => {
  for (const b of builds) b.source = 'snapshot';
  return builds;
};

/**
 * A family's builds up to a microarchitecture level (CPython rows, then PyPy/GraalPy), file order; with
 * `version`, only the rows of the versions that pass it are decoded (a resolve turns a few of the family's
 * ~1,400 rows into builds).
 */
const familyBuilds: FamilyBuilds = (key, maxLevel, version) => {
  if (!readers.has(key)) readers.set(key, familyReader(bundledSnapshot(), key));
  const reader = readers.get(key);
  if (!reader) return [];
  const upTo = (p: PythonBuild['platform']) => ARCH_LEVEL(p.archVariant) <= maxLevel;
  const versionText = version && versionTest(version);
  const rows = reader.decode(reader.rowsWhere((shape) => upTo(shape.platform), versionText));
  const others = reader.decodeOthers(versionText).filter((b) => upTo(b.platform));
  return fromSnapshot([...rows, ...others]);
};

/** A test on version text from one on parsed versions (text no parser accepts never passes). */
function versionTest(test: (v: Version) => boolean): (text: string) => boolean {
  return (text) => {
    const v = parseVersion(text);
    return v !== undefined && test(v);
  };
}

/**
 * The shared index over the bundled snapshot (built lazily, once per process). A resolve parses and
 * indexes only the family it asks about; listing everything decodes the rest.
 */
export function snapshotIndex(): BuildIndex {
  index ??= createSnapshotIndex();
  return index;
}

/** A new index over the bundled snapshot (the shared one is `snapshotIndex`). */
export function createSnapshotIndex(): BuildIndex {
  return new BuildIndex(() => fromSnapshot(decodeBundle(bundledSnapshot())), familyBuilds);
}

/** Where the bundled snapshot came from and when it was generated. */
export function snapshotOrigin(): SnapshotOrigin & { count: number } {
  const bundle = bundledSnapshot();
  return { ...bundle.origin, count: bundle.count };
}
