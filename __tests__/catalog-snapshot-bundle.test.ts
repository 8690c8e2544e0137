// The bundled snapshot is split by platform family, so a process parses only the family it resolves for.
import { describe, expect, it } from 'vitest';
import { BuildIndex, familyKey, type ResolveOptions } from '../src/core/catalog/resolve.js';
import { decodeBundle, familyReader, packSnapshot } from '../src/core/catalog/snapshot-bundle.js';
import { bundledSnapshot } from '../src/core/catalog/snapshot-file.js';
import { createSnapshotIndex, snapshotIndex } from '../src/core/catalog/sources/snapshot.js';
import { parsePlatform } from '../src/core/platform.js';

const origin = { source: 't', sourceSha256: '0', newestBuild: '20240814', generatedAt: '2026-01-01' };
const linux = (v: string, triple = 'x86_64-unknown-linux-gnu') => ({
  assetName: `cpython-${v}+20240814-${triple}-install_only_stripped.tar.gz`,
  version: v,
  build: '20240814',
  sha256: `${v.replace(/\D/g, '')}`.padEnd(64, 'a'),
});
const entries = [
  linux('3.12.5'),
  {
    assetName: 'cpython-3.12.5+20240814-aarch64-apple-darwin-install_only_stripped.tar.gz',
    version: '3.12.5',
    build: '20240814',
    sha256: null,
  },
  linux('3.12.5', 'x86_64_v3-unknown-linux-gnu'),
  linux('3.11.9'),
];
const pypy = {
  key: 'pypy-3.11.15-linux-x86_64-gnu',
  url: 'https://downloads.python.org/pypy/pypy3.11-v7.3.23-linux64.tar.gz',
  build: '7.3.23',
  sha256: 'b'.repeat(64),
};

describe('snapshot bundle', () => {
  it('packs each platform family apart: every microarchitecture level and PyPy rows with their family', () => {
    const bundle = packSnapshot(entries, origin, undefined, [pypy]);
    expect(Object.keys(bundle.families)).toEqual(['darwin-aarch64-none', 'linux-x86_64-gnu']);
    expect(bundle.count).toBe(5);
    const r = familyReader(bundle, 'linux-x86_64-gnu')!;
    expect(r.decode().map((b) => [b.key, b.sha256])).toEqual([
      ['cpython-3.12.5-linux-x86_64-gnu', linux('3.12.5').sha256],
      ['cpython-3.12.5-linux-x86_64_v3-gnu', linux('3.12.5').sha256],
      ['cpython-3.11.9-linux-x86_64-gnu', linux('3.11.9').sha256],
    ]);
    expect(r.decodeOthers().map((b) => [b.key, b.url, b.sha256])).toEqual([
      [pypy.key, pypy.url, pypy.sha256],
    ]);
    expect(
      familyReader(bundle, 'darwin-aarch64-none')!
        .decode()
        .map((b) => [b.key, b.sha256]),
    ).toEqual([['cpython-3.12.5-darwin-aarch64-none', undefined]]);
    expect(familyReader(bundle, 'windows-x86_64-none')).toBeUndefined();
    expect(decodeBundle(bundle).map((b) => b.key)).toHaveLength(5);
  });

  it('refuses a row no parser accepts instead of shipping a row that can never be chosen', () => {
    const bad = { ...linux('3.12.5'), assetName: 'cpython-3.12.5-not-an-archive.txt' };
    expect(() => packSnapshot([bad], origin)).toThrow(
      /cannot parse asset name cpython-3.12.5-not-an-archive/,
    );
  });

  it('the committed snapshot holds each build once, in the family it belongs to', () => {
    const bundle = bundledSnapshot();
    let total = 0;
    for (const key of Object.keys(bundle.families)) {
      const r = familyReader(bundle, key)!;
      const builds = [...r.decode(), ...r.decodeOthers()];
      expect(new Set(builds.map((b) => familyKey(b.platform)))).toEqual(new Set([key]));
      total += builds.length;
    }
    expect(total).toBe(5525);
    expect(bundle.count).toBe(5525);
  });

  it('resolves through the bundled index for the host family and for another one', () => {
    const index = snapshotIndex();
    const linuxBuild = index.resolve('3.12.5', { platform: parsePlatform('linux-x86_64-gnu') });
    expect([linuxBuild.key, linuxBuild.source]).toEqual(['cpython-3.12.5-linux-x86_64-gnu', 'snapshot']);
    const mac = index.resolve('3.12.5', { platform: parsePlatform('darwin-aarch64') });
    expect(mac.key).toBe('cpython-3.12.5-darwin-aarch64-none');
    expect(mac.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a resolve that decodes only the asked versions chooses what the whole decoded catalogue chooses', () => {
    const whole = BuildIndex.of(
      decodeBundle(bundledSnapshot()).map((b) => ({ ...b, source: 'snapshot' as const })),
    );
    const specs = [
      '3.12',
      '3.11.7',
      '3',
      '3.13t',
      '3.14',
      '3.13.0rc2',
      '>=3.10,<3.12',
      'pypy@3.10',
      'pypy',
      'graalpy',
      '2.7',
    ];
    const options: ResolveOptions[] = [
      {},
      { build: '20240107' },
      { flavor: 'full' },
      { freethreaded: true },
      { allowPrereleases: false },
    ];
    const platforms = [
      'linux-x86_64-gnu',
      'linux-x86_64_v3-gnu',
      'darwin-aarch64',
      'windows-x86_64',
      'linux-aarch64-musl',
    ];
    let found = 0;
    for (const platform of platforms) {
      for (const spec of specs) {
        for (const o of options) {
          const opts = { ...o, platform: parsePlatform(platform) };
          // a new index each time: only a family's first request decodes just the versions it asks for
          const got = createSnapshotIndex().find(spec, opts)?.build;
          expect(got, `${spec} ${JSON.stringify(o)} on ${platform}`).toEqual(whole.find(spec, opts)?.build);
          if (got) found++;
        }
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
