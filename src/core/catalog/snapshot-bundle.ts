/**
 * The bundled snapshot as shipped (schema 2): one compact table (snapshot-format.ts) per platform family,
 * each stored as a JSON string. A process parses only the family it resolves for: the host's few hundred
 * rows instead of all ~5,500, so a `pyembed install` neither spends CPU on the other platforms nor keeps
 * their rows on its heap. Written by `npm run catalog:update`.
 */
import { parseAssetName } from './asset-name.js';
import { familyKey } from './resolve.js';
import {
  DEFAULT_URL_BASE,
  encodeSnapshot,
  otherBuildOf,
  SnapshotReader,
  type OtherEntry,
  type SnapshotFile,
  type SnapshotOrigin,
} from './snapshot-format.js';
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

/** The family a row belongs to; a row no parser accepts cannot be shipped (it could never be chosen). */
function familyOfEntry(e: Entry): string {
  const a = parseAssetName(e.assetName, e.build);
  if (!a) throw new Error(`snapshot: cannot parse asset name ${e.assetName}`);
  return familyKey(a.platform);
}

function familyOfOther(e: OtherEntry): string {
  const b = otherBuildOf(e);
  if (!b) throw new Error(`snapshot: cannot parse ${e.key} (${e.url})`);
  return familyKey(b.platform);
}

function groupBy<T>(items: T[], keyOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(item);
  }
  return out;
}

/** Splits the rows by platform family (keys sorted, rows in the given order) and encodes each family. */
export function packSnapshot(
  entries: Entry[],
  origin: SnapshotOrigin,
  urlBase = DEFAULT_URL_BASE,
  otherEntries: OtherEntry[] = [],
): SnapshotBundle {
  const cpython = groupBy(entries, familyOfEntry);
  const others = groupBy(otherEntries, familyOfOther);
  const keys = [...new Set([...cpython.keys(), ...others.keys()])].sort();
  const families: Record<string, string> = {};
  for (const key of keys) {
    const {
      strings,
      rows,
      others: o,
    } = encodeSnapshot(cpython.get(key) ?? [], origin, urlBase, others.get(key));
    const table: SnapshotTable = o ? { strings, rows, others: o } : { strings, rows };
    families[key] = JSON.stringify(table);
  }
  return { schema: 2, origin, urlBase, count: entries.length + otherEntries.length, families };
}

/** A reader over one family's rows; undefined when the bundle has no build for that family. */
export function familyReader(bundle: SnapshotBundle, key: string): SnapshotReader | undefined {
  const text = bundle.families[key];
  if (text === undefined) return undefined;
  const table = JSON.parse(text) as SnapshotTable;
  return new SnapshotReader({
    schema: 1,
    origin: bundle.origin,
    urlBase: bundle.urlBase,
    count: 0,
    ...table,
  });
}

/** Every row of the bundle (family by family, each in file order): listings, checks, benchmarks. */
export function decodeBundle(bundle: SnapshotBundle): PythonBuild[] {
  return Object.keys(bundle.families).flatMap((key) => {
    const r = familyReader(bundle, key)!;
    return [...r.decode(), ...r.decodeOthers()];
  });
}
