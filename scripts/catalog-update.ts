// Regenerates src/core/catalog/snapshot.json (bundled into dist) from uv's PBS catalogue
// data/pbs-download-metadata.json. Usage: npm run catalog:update [-- [--check] <input.json> [<output.json>]]
// --check writes nothing and exits 1 when the committed snapshot differs (ignoring its generation date).
// Keeps CPython rows served from the PBS GitHub releases, and PyPy/GraalPy rows (stored whole: key, URL,
// release); every row must survive a round trip (asset name or key -> parser -> uv key + URL) or the
// script fails, so the snapshot never drifts from the parser.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBundle, packSnapshot } from '../src/core/catalog/snapshot-bundle.js';
import { DEFAULT_URL_BASE, type OtherEntry } from '../src/core/catalog/snapshot-format.js';

interface Row {
  name: string;
  os: string;
  url: string;
  sha256: string | null;
  build: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const positional = args.filter((a) => a !== '--check');
const input = path.resolve(positional[0] ?? path.join(root, 'data/pbs-download-metadata.json'));
const output = path.resolve(positional[1] ?? path.join(root, 'src/core/catalog/snapshot.json'));

const raw = readFileSync(input);
const data = JSON.parse(raw.toString('utf8')) as Record<string, Row>;
const entries: {
  key: string;
  assetName: string;
  version: string;
  build: string;
  sha256: string | null;
  url: string;
}[] = [];
const others: OtherEntry[] = [];
let skipped = 0;
for (const [key, row] of Object.entries(data)) {
  if (row.name === 'pypy' || row.name === 'graalpy') {
    others.push({ key, url: row.url, build: row.build, sha256: row.sha256 });
    continue;
  }
  if (row.name !== 'cpython' || !row.url.startsWith(`${DEFAULT_URL_BASE}/${row.build}/`)) {
    skipped++; // pyodide and anything not on the PBS releases
    continue;
  }
  const assetName = decodeURIComponent(row.url.slice(row.url.lastIndexOf('/') + 1));
  const version = `${row.major}.${row.minor}.${row.patch}${row.prerelease ?? ''}`;
  entries.push({ key, assetName, version, build: row.build, sha256: row.sha256, url: row.url });
}
// Newest first, so the file reads naturally and diffs stay local.
entries.sort((a, b) => (a.build === b.build ? a.key.localeCompare(b.key) : a.build < b.build ? 1 : -1));
others.sort((a, b) => a.key.localeCompare(b.key));

const newestBuild = entries.reduce((m, e) => (e.build > m ? e.build : m), '');
const snapshot = packSnapshot(
  entries,
  {
    source: 'astral-sh/uv crates/uv-python/download-metadata.json (via data/pbs-download-metadata.json)',
    sourceSha256: createHash('sha256').update(raw).digest('hex'),
    newestBuild,
    generatedAt: new Date().toISOString().slice(0, 10),
  },
  DEFAULT_URL_BASE,
  others,
);

// Round trip: every row must decode to the same uv key, URL and checksum (the file groups rows by
// platform family, so rows are matched by their URL, which is unique).
const decoded = new Map(decodeBundle(snapshot).map((b) => [b.url, b]));
const expected = [...entries, ...others];
if (decoded.size !== expected.length) throw new Error(`decoded ${decoded.size} of ${expected.length} rows`);
for (const e of expected) {
  const b = decoded.get(e.url);
  if (!b || b.key !== e.key || (b.sha256 ?? null) !== e.sha256) {
    throw new Error(`round trip failed for ${e.key}: ${JSON.stringify(b)}`);
  }
}

const text = JSON.stringify(snapshot);
if (check) {
  const withoutDate = (t: string) => t.replace(/"generatedAt":"[^"]*"/, '');
  let current = '';
  try {
    current = readFileSync(output, 'utf8').trim();
  } catch {
    // missing file = stale
  }
  if (withoutDate(current) !== withoutDate(text)) {
    console.error(`${path.relative(root, output)} is stale: run npm run catalog:update`);
    process.exit(1);
  }
  console.log(`${path.relative(root, output)} is up to date (${expected.length} builds)`);
  process.exit(0);
}
writeFileSync(output, text + '\n');
console.log(
  `wrote ${path.relative(root, output)}: ${entries.length} CPython + ${others.length} PyPy/GraalPy builds (skipped ${skipped} non-PBS rows), ` +
    `${Object.keys(snapshot.families).length} platform families, newest build ${newestBuild}, ${(text.length / 1024).toFixed(0)} KiB`,
);
