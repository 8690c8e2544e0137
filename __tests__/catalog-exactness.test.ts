// Exact is exact: every entry of the bundled catalogue, asked for by its own exact version (with its
// variant) on its own platform, resolves to that version — the newest build of it — and so do its full
// uv key and `==<version>`. A wrong exact answer is worse than an error.
import { describe, expect, it } from 'vitest';
import { snapshotIndex } from '../src/core/catalog/sources/snapshot.js';
import type { PythonBuild } from '../src/core/catalog/types.js';

const index = snapshotIndex();
const all = index.all();

/** One expected answer per uv key: its newest build in the catalogue. */
const newestByKey = new Map<string, PythonBuild>();
for (const b of all) {
  const seen = newestByKey.get(b.key);
  if (!seen || b.build > seen.build) newestByKey.set(b.key, b);
}
const entries = [...newestByKey.values()];

const SUFFIX: Record<string, string> = {
  freethreaded: 't',
  debug: 'd',
  'freethreaded+debug': 'td',
};

/** The spellings of one entry's exact version: bare, `==`, and the full key. */
function spellings(b: PythonBuild): string[] {
  const impl = b.key.slice(0, b.key.indexOf('-'));
  const prefix = impl === 'cpython' ? '' : `${impl}@`;
  const bare = `${prefix}${b.version}${b.variant ? SUFFIX[b.variant] : ''}`;
  const out = [bare, b.key];
  if (impl === 'cpython') out.push(`==${b.version}${b.variant ? `+${b.variant}` : ''}`);
  return out;
}

describe('every catalogue entry resolves to itself', () => {
  it('covers the whole catalogue', () => {
    expect(entries.length).toBeGreaterThan(2000);
    expect(new Set(entries.map((b) => b.variant ?? 'default')).size).toBe(4);
  });

  it('by its exact version, its key and ==version, on its own platform', () => {
    const wrong: string[] = [];
    for (const want of entries) {
      for (const spec of spellings(want)) {
        let got: string;
        try {
          const found = index.find(spec, { platform: want.platform });
          got = found ? `${found.build.key}@${found.build.build}` : 'no match';
        } catch (e) {
          got = (e as Error).message;
        }
        if (got !== `${want.key}@${want.build}`)
          wrong.push(`${spec} -> ${got} (want ${want.key}@${want.build})`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
