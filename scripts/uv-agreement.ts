// Writes __tests__/fixtures/uv-implementations.json: what the pinned uv (.tools/bin/uv) answers, offline,
// for PyPy/GraalPy requests against the bundled data (data/pbs-download-metadata.json). The resolver's
// test (catalog-implementations.test.ts) must give the same answer for every case.
// Usage: npx tsx scripts/uv-agreement.ts
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const uv = path.join(root, '.tools/bin/uv');
const data = path.join(root, 'data/pbs-download-metadata.json');

/** Requests uv resolves on the host (linux-x86_64-gnu). */
const HOST_REQUESTS = [
  'pypy',
  'pypy3',
  'pypy@3.10',
  'pypy3.10',
  'pp310',
  'pypy@3.10.16',
  'pypy@3.8',
  'pypy@3.9',
  'pypy@3.11',
  'pypy@3.12',
  'pypy@>=3.10',
  'graalpy',
  'graalpy@3.11',
  'graalpy3.12',
  'gp311',
  'graalpy@3.10',
  'graalpy@3.12.0',
];
/** Download keys naming other platforms (uv's `python list` only shows the host's otherwise). */
const KEY_PLATFORMS = [
  'linux-x86_64-gnu',
  'linux-aarch64-gnu',
  'linux-i686-gnu',
  'linux-s390x-gnu',
  'linux-x86_64-musl',
  'macos-aarch64-none',
  'macos-x86_64-none',
  'windows-x86_64-none',
];
const KEY_VERSIONS: Record<string, string[]> = {
  pypy: ['3.8', '3.9', '3.10', '3.11', '3.10.16'],
  graalpy: ['3.10', '3.11', '3.12'],
};

function uvAnswer(request: string): string | null {
  const out = execFileSync(
    uv,
    [
      'python',
      'list',
      request,
      '--only-downloads',
      '--python-downloads-json-url',
      data,
      '--output-format',
      'json',
    ],
    { encoding: 'utf8', env: { ...process.env, UV_OFFLINE: '1', UV_NO_CONFIG: '1' } },
  );
  const rows = JSON.parse(out) as { key: string }[];
  // uv lists matches newest first; the first is the one it installs. Its keys say `macos`, `x86`; ours `darwin`, `i686`.
  return rows.length ? rows[0].key.replace('-macos-', '-darwin-').replace('-x86-', '-i686-') : null;
}

const cases: { request: string; platform: string; uv: string | null }[] = [];
for (const request of HOST_REQUESTS)
  cases.push({ request, platform: 'linux-x86_64-gnu', uv: uvAnswer(request) });
for (const [impl, versions] of Object.entries(KEY_VERSIONS)) {
  for (const v of versions) {
    for (const p of KEY_PLATFORMS) {
      const request = `${impl}-${v}-${p}`;
      cases.push({ request, platform: p.replace('macos-', 'darwin-'), uv: uvAnswer(request) });
    }
  }
}
const version = execFileSync(uv, ['--version'], { encoding: 'utf8' }).trim();
const out = path.join(root, '__tests__/fixtures/uv-implementations.json');
writeFileSync(out, JSON.stringify({ generatedBy: `${version}, offline`, cases }, null, 2) + '\n');
console.log(`wrote ${path.relative(root, out)}: ${cases.length} cases from ${version}`);
