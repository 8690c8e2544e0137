// Asset names of every PBS naming era, the snapshot's round trip, and companions never parsed as archives.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAssetName, platformFromTriple, tripleOf } from '../src/core/catalog/asset-name.js';
import { decodeSnapshot, encodeSnapshot } from '../src/core/catalog/snapshot-format.js';
import { buildsFromRelease } from '../src/core/catalog/sources/github.js';
import { buildsFromNdjson } from '../src/core/catalog/sources/ndjson.js';

const raw = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../data/pbs-download-metadata.json'), 'utf8'),
) as Record<
  string,
  { name: string; url: string; build: string; sha256: string | null; variant: string | null }
>;

describe('parseAssetName', () => {
  it.each([
    [
      'modern install_only_stripped',
      'cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz',
      {
        version: '3.12.5',
        build: '20240814',
        flavor: 'install_only_stripped',
        format: 'tar.gz',
        variant: undefined,
      },
    ],
    [
      '%2B encoded',
      'cpython-3.12.5%2B20240814-aarch64-apple-darwin-install_only.tar.gz',
      {
        assetName: 'cpython-3.12.5+20240814-aarch64-apple-darwin-install_only.tar.gz',
        platform: { os: 'darwin', arch: 'aarch64', libc: 'none' },
      },
    ],
    [
      'modern free-threaded full',
      'cpython-3.13.1+20241206-aarch64-unknown-linux-gnu-freethreaded+noopt-full.tar.zst',
      { variant: 'freethreaded', flavor: 'full', format: 'tar.zst', options: 'freethreaded+noopt' },
    ],
    [
      'modern free-threaded debug',
      'cpython-3.13.1+20241206-x86_64-unknown-linux-gnu-freethreaded+debug-full.tar.zst',
      { variant: 'freethreaded+debug' },
    ],
    [
      'modern prerelease, x86_64_v3 musl',
      'cpython-3.15.0a7+20260325-x86_64_v3-unknown-linux-musl-install_only_stripped.tar.gz',
      {
        version: '3.15.0a7',
        prerelease: 'a7',
        platform: { os: 'linux', arch: 'x86_64', archVariant: 'v3', libc: 'musl' },
      },
    ],
    [
      'windows shared install_only (2022-2024)',
      'cpython-3.11.7+20240107-x86_64-pc-windows-msvc-shared-install_only.tar.gz',
      {
        variant: undefined,
        flavor: 'install_only',
        platform: { os: 'windows', arch: 'x86_64', libc: 'none' },
      },
    ],
    [
      'armv7 gnueabihf',
      'cpython-3.12.5+20240814-armv7-unknown-linux-gnueabihf-install_only_stripped.tar.gz',
      { platform: { os: 'linux', arch: 'armv7', libc: 'gnueabihf' } },
    ],
    [
      'ppc64le is powerpc64le in uv keys',
      'cpython-3.11.7+20240107-ppc64le-unknown-linux-gnu-install_only.tar.gz',
      { platform: { os: 'linux', arch: 'powerpc64le', libc: 'gnu' } },
    ],
    [
      'legacy (2020-2021) pgo+lto with timestamp',
      'cpython-3.9.4-x86_64-unknown-linux-gnu-pgo%2Blto-20210414T1515.tar.zst',
      { version: '3.9.4', build: '20210414', flavor: 'full', format: 'tar.zst', options: 'pgo+lto' },
    ],
    [
      'legacy debug',
      'cpython-3.8.2-x86_64-unknown-linux-gnu-debug-20200418T2305.tar.zst',
      { variant: 'debug', flavor: 'full' },
    ],
    [
      'legacy windows shared-pgo',
      'cpython-3.9.4-x86_64-pc-windows-msvc-shared-pgo-20210414T1515.tar.zst',
      { variant: undefined, options: 'shared-pgo', platform: { os: 'windows' } },
    ],
    [
      'oldest (2019) linux64',
      'cpython-3.7.4-linux64-20190817T0224.tar.zst',
      { version: '3.7.4', build: '20190817', platform: { os: 'linux', arch: 'x86_64', libc: 'gnu' } },
    ],
    [
      'oldest (2019) windows-amd64-shared-pgo',
      'cpython-3.7.4-windows-amd64-shared-pgo-20190817T0227.tar.zst',
      { platform: { os: 'windows', arch: 'x86_64' }, options: 'shared-pgo' },
    ],
  ])('%s', (_label, name, expected) => {
    expect(parseAssetName(name)).toMatchObject(expected);
  });

  it('uses the release tag over a legacy timestamp (3.9.4 of release 20210415 is stamped 20210414)', () => {
    expect(
      parseAssetName('cpython-3.9.4-x86_64-unknown-linux-gnu-pgo+lto-20210414T1515.tar.zst', '20210415')!
        .build,
    ).toBe('20210415');
  });

  it.each([
    'cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz.sha256',
    'cpython-3.12.5%2B20240814-x86_64-unknown-linux-gnu-install_only.tar.gz.sha256',
    'SHA256SUMS',
    'SHA256SUMS.asc',
    'xbuildenv-0.29.4.tar.gz',
    'pypy3.10-v7.3.16-linux64.tar.bz2',
    'cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz.sig',
    'cpython-3.12.5+20240814-wasm32-unknown-emscripten-install_only.tar.gz',
  ])('never an archive: %s', (name) => {
    expect(parseAssetName(name)).toBeUndefined();
  });

  it('parses every CPython row of the real catalogue back to its uv key', () => {
    let n = 0;
    for (const [key, row] of Object.entries(raw)) {
      if (row.name !== 'cpython' || !row.url.includes('/python-build-standalone/')) continue;
      const a = parseAssetName(row.url.slice(row.url.lastIndexOf('/') + 1), row.build)!;
      const p = a.platform;
      const k = `cpython-${a.version}${a.variant ? `+${a.variant}` : ''}-${p.os}-${p.arch}${p.archVariant ? `_${p.archVariant}` : ''}-${p.libc}`;
      expect(k).toBe(key);
      expect(a.build).toBe(row.build);
      n++;
    }
    expect(n).toBe(5480);
  });

  it('triples and platforms convert both ways', () => {
    for (const t of [
      'x86_64-unknown-linux-gnu',
      'x86_64_v4-unknown-linux-musl',
      'armv7-unknown-linux-gnueabihf',
      'aarch64-apple-darwin',
      'aarch64-pc-windows-msvc',
      'ppc64le-unknown-linux-gnu',
    ]) {
      expect(tripleOf(platformFromTriple(t)!)).toBe(t);
    }
  });
});

describe('snapshot format', () => {
  it('the committed snapshot is what npm run catalog:update produces from data/', () => {
    const root = path.join(import.meta.dirname, '..');
    const out = execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/catalog-update.ts', '--check'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out).toContain('is up to date (5525 builds)'); // 5,480 CPython + 45 PyPy/GraalPy
  });

  it('round-trips rows, shares strings and keeps checksums exact', () => {
    const entries = [
      {
        assetName: 'cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz',
        version: '3.12.5',
        build: '20240814',
        sha256: 'ab'.repeat(32),
      },
      {
        assetName: 'cpython-3.12.4+20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz',
        version: '3.12.4',
        build: '20240814',
        sha256: null,
      },
    ];
    const file = encodeSnapshot(entries, {
      source: 't',
      sourceSha256: '0',
      newestBuild: '20240814',
      generatedAt: '2026-01-01',
    });
    expect(file.strings.filter((s) => s.includes('{v}'))).toHaveLength(1); // one template for both rows
    const builds = decodeSnapshot(file);
    expect(builds.map((b) => [b.assetName, b.sha256])).toEqual([
      [entries[0].assetName, 'ab'.repeat(32)],
      [entries[1].assetName, undefined],
    ]);
    expect(builds[0].url).toBe(
      'https://github.com/astral-sh/python-build-standalone/releases/download/20240814/cpython-3.12.5%2B20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz',
    );
  });
});

describe('release and NDJSON rows', () => {
  it('a release keeps archives only, prefers pgo+lto among legacy builds and reads the digest field', () => {
    const base = 'https://example.test/dl/20210415/';
    const builds = buildsFromRelease({
      tag_name: '20210415',
      assets: [
        {
          name: 'cpython-3.9.4-x86_64-unknown-linux-gnu-noopt-20210414T1515.tar.zst',
          browser_download_url: `${base}a`,
        },
        {
          name: 'cpython-3.9.4-x86_64-unknown-linux-gnu-pgo+lto-20210414T1515.tar.zst',
          browser_download_url: `${base}b`,
          digest: `sha256:${'C'.repeat(64)}`,
        },
        {
          name: 'cpython-3.9.4-x86_64-unknown-linux-gnu-pgo-20210414T1515.tar.zst',
          browser_download_url: `${base}c`,
        },
        {
          name: 'cpython-3.9.4-x86_64-unknown-linux-gnu-pgo+lto-20210414T1515.tar.zst.sha256',
          browser_download_url: `${base}d`,
        },
        { name: 'SHA256SUMS', browser_download_url: `${base}e` },
      ],
    });
    expect(builds).toHaveLength(1);
    expect(builds[0]).toMatchObject({
      url: `${base}b`,
      sha256: 'c'.repeat(64),
      build: '20210415',
      source: 'github',
    });
  });

  it('parses astral-sh/versions NDJSON lines', () => {
    const url =
      'https://github.com/astral-sh/python-build-standalone/releases/download/20250814/cpython-3.13.6%2B20250814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz';
    const text = [
      JSON.stringify({
        version: '20250814',
        date: '2025-08-14T00:00:00Z',
        artifacts: [
          {
            platform: 'x86_64-unknown-linux-gnu',
            variant: 'install_only_stripped',
            url,
            archive_format: 'tar.gz',
            sha256: 'D'.repeat(64),
          },
        ],
      }),
      'not json',
      '',
    ].join('\n');
    const builds = buildsFromNdjson(text);
    expect(builds).toHaveLength(1);
    expect(builds[0]).toMatchObject({
      key: 'cpython-3.13.6-linux-x86_64-gnu',
      build: '20250814',
      url,
      sha256: 'd'.repeat(64),
      source: 'ndjson',
    });
  });
});
