// Resolution against the real catalogue (the bundled snapshot of data/pbs-download-metadata.json) on
// nine platforms. Expected answers come from an independent oracle that reads the raw JSON with plain
// numeric comparisons, plus literal expectations for the cases that matter most.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_PLATFORMS, BENCH_SPECS, benchResolver } from '../bench/lib/resolver.js';
import { archivePythonRoot } from '../src/core/catalog/layout.js';
import { chooseFlavor, STRIPPED_SINCE } from '../src/core/catalog/resolve.js';
import { snapshotIndex, snapshotOrigin } from '../src/core/catalog/sources/snapshot.js';
import type { PythonBuild } from '../src/core/catalog/types.js';
import { InvalidPythonVersionError, PlatformNotSupportedError } from '../src/core/errors.js';
import { hostPlatform, parsePlatform, type Platform } from '../src/core/platform.js';

interface RawRow {
  name: string;
  os: string;
  arch: { family: string; variant: string | null };
  libc: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: string;
  url: string;
  sha256: string | null;
  variant: string | null;
  build: string;
}
const raw = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../data/pbs-download-metadata.json'), 'utf8'),
) as Record<string, RawRow>;
const rawRows = Object.entries(raw).map(([key, r]) => ({ key, ...r }));
const index = snapshotIndex();

const PLATFORMS = [
  'linux-x86_64-gnu',
  'linux-x86_64-musl',
  'linux-aarch64-gnu',
  'linux-aarch64-musl',
  'linux-armv7-gnueabihf',
  'darwin-x86_64-none',
  'darwin-aarch64-none',
  'windows-x86_64-none',
  'windows-aarch64-none',
];

type Pred = (r: RawRow) => boolean;
const PRE_RANK = (p: string) => (p === '' ? 9 : p.startsWith('rc') ? 3 : p.startsWith('b') ? 2 : 1);
const preN = (p: string) => Number(p.replace(/^\D+/, '') || 0);
function newer(a: RawRow, b: RawRow): boolean {
  return (
    (a.major - b.major ||
      a.minor - b.minor ||
      a.patch - b.patch ||
      PRE_RANK(a.prerelease) - PRE_RANK(b.prerelease) ||
      preN(a.prerelease) - preN(b.prerelease)) > 0
  );
}

/** Independent oracle: newest CPython row for the platform/variant satisfying `pred`; stable first. */
function oracle(platform: string, variant: string | null, pred: Pred, allowPre: boolean): string | undefined {
  const rows = rawRows.filter(
    (r) =>
      r.name === 'cpython' &&
      `${r.os}-${r.arch.family}-${r.libc}` === platform &&
      r.arch.variant === null &&
      r.variant === variant &&
      pred(r),
  );
  const stable = rows.filter((r) => r.prerelease === '');
  const pool = allowPre || stable.length === 0 ? rows : stable;
  let best: (typeof rawRows)[number] | undefined;
  for (const r of pool) if (!best || newer(r, best)) best = r as (typeof rawRows)[number];
  return best?.key;
}

const mm =
  (maj: number, min: number): Pred =>
  (r) =>
    r.major === maj && r.minor === min;
const cases: { spec: string; variant: string | null; pred: Pred; allowPre?: boolean }[] = [
  { spec: '3', variant: null, pred: (r) => r.major === 3 },
  { spec: '3.12', variant: null, pred: mm(3, 12) },
  { spec: '312', variant: null, pred: mm(3, 12) },
  { spec: '3.12.5', variant: null, pred: (r) => mm(3, 12)(r) && r.patch === 5 && r.prerelease === '' },
  { spec: '3.12.0', variant: null, pred: (r) => mm(3, 12)(r) && r.patch === 0 && r.prerelease === '' },
  { spec: '3.10.0', variant: null, pred: (r) => mm(3, 10)(r) && r.patch === 0 && r.prerelease === '' },
  { spec: '3.15.0rc1', variant: null, pred: (r) => mm(3, 15)(r) && r.prerelease === 'rc1', allowPre: true },
  { spec: '3.15.0a7', variant: null, pred: (r) => mm(3, 15)(r) && r.prerelease === 'a7', allowPre: true },
  { spec: '3.15', variant: null, pred: mm(3, 15) }, // only prereleases exist: uv falls back to them
  { spec: '3.13t', variant: 'freethreaded', pred: mm(3, 13) },
  {
    spec: '3.13.1t',
    variant: 'freethreaded',
    pred: (r) => mm(3, 13)(r) && r.patch === 1 && r.prerelease === '',
  },
  { spec: '3.13d', variant: 'debug', pred: mm(3, 13) },
  { spec: '3.13td', variant: 'freethreaded+debug', pred: mm(3, 13) },
  { spec: '3.14+gil', variant: null, pred: mm(3, 14) },
  { spec: '3.13+freethreaded', variant: 'freethreaded', pred: mm(3, 13) },
  { spec: '>=3.11', variant: null, pred: (r) => r.major === 3 && r.minor >= 11 },
  { spec: '>=3.11,<3.13', variant: null, pred: (r) => r.major === 3 && r.minor >= 11 && r.minor < 13 },
  { spec: '~=3.12.0', variant: null, pred: mm(3, 12) },
  { spec: '==3.12.*', variant: null, pred: mm(3, 12) },
  { spec: '!=3.12.4', variant: null, pred: (r) => !(mm(3, 12)(r) && r.patch === 4) },
  { spec: '>=3.9,<3.10', variant: null, pred: mm(3, 9) },
  { spec: 'cpython@3.12', variant: null, pred: mm(3, 12) },
  { spec: 'cp312', variant: null, pred: mm(3, 12) },
  { spec: 'cpython', variant: null, pred: () => true },
  { spec: 'latest', variant: null, pred: () => true },
  { spec: '3.x', variant: null, pred: (r) => r.major === 3 },
  { spec: '3.9.4', variant: null, pred: (r) => mm(3, 9)(r) && r.patch === 4 }, // legacy naming era
  { spec: '3.8.2', variant: null, pred: (r) => mm(3, 8)(r) && r.patch === 2 }, // oldest era in the data
  { spec: '3.99', variant: null, pred: mm(3, 99) },
  { spec: '3.12.99', variant: null, pred: (r) => mm(3, 12)(r) && r.patch === 99 },
  { spec: '3.15.0', variant: null, pred: (r) => mm(3, 15)(r) && r.patch === 0 && r.prerelease === '' },
];

describe.each(PLATFORMS)('resolve on %s (snapshot)', (pkey) => {
  const platform = parsePlatform(pkey);
  it.each(cases)('$spec', ({ spec, variant, pred, allowPre }) => {
    const want = oracle(pkey, variant, pred, Boolean(allowPre));
    if (!want) {
      let err: unknown;
      try {
        index.resolve(spec, { platform });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InvalidPythonVersionError);
      const details = (err as InvalidPythonVersionError).details;
      expect(details.requested).toBe(spec);
      expect(details.available!.length).toBeGreaterThan(0);
      // every listed version really exists for this platform
      for (const v of details.available!) {
        expect(rawRows.some((r) => r.key.startsWith(`cpython-${v}`) && r.key.endsWith(pkey))).toBe(true);
      }
      return;
    }
    const b = index.resolve(spec, { platform });
    expect(b.key).toBe(want);
    const row = raw[want];
    expect(b.build).toBe(row.build);
    expect(b.version).toBe(`${row.major}.${row.minor}.${row.patch}${row.prerelease}`);
    expect(b.platform).toEqual({ os: platform.os, arch: platform.arch, libc: platform.libc });
    expect(b.variant ?? null).toBe(variant);
    // the catalogue's own archive is used (or, for the default flavour, the stripped one when it exists)
    expect(b.url).toBe(row.url);
    expect(b.sha256).toBe(row.sha256 ?? undefined);
    expect(b.source).toBe('snapshot');
  });
});

describe('literal expectations (linux-x86_64-gnu)', () => {
  const platform = parsePlatform('linux-x86_64-gnu');
  const r = (spec: string, o: Parameters<typeof index.resolve>[1] = {}) =>
    index.resolve(spec, { platform, ...o });

  it('newest stable for 3, latest, 3.x is 3.14.7, never a prerelease or a free-threaded build', () => {
    for (const s of ['3', 'latest', '3.x', 'cpython', '>=3.11']) {
      expect(r(s)).toMatchObject({
        version: '3.14.7',
        variant: undefined,
        prerelease: undefined,
        build: '20260814',
      });
    }
  });

  it('returns the JSON the CLI prints', () => {
    const b = r('3.12.5');
    expect(JSON.parse(JSON.stringify(b))).toMatchObject({
      key: 'cpython-3.12.5-linux-x86_64-gnu',
      version: '3.12.5',
      build: '20240814',
      flavor: 'install_only_stripped',
      format: 'tar.gz',
      assetName: 'cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz',
      url: 'https://github.com/astral-sh/python-build-standalone/releases/download/20240814/cpython-3.12.5%2B20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz',
      sha256: raw['cpython-3.12.5-linux-x86_64-gnu'].sha256,
      platform: { os: 'linux', arch: 'x86_64', libc: 'gnu' },
    });
  });

  it('keys name the free-threaded variant like uv', () => {
    expect(r('3.13t').key).toBe('cpython-3.13.15+freethreaded-linux-x86_64-gnu');
    expect(r('cpython-3.13.1+freethreaded-linux-x86_64-gnu').key).toBe(
      'cpython-3.13.1+freethreaded-linux-x86_64-gnu',
    );
    expect(r('3.13', { freethreaded: true }).variant).toBe('freethreaded');
    expect(r('3.14+gil', { freethreaded: true }).variant).toBeUndefined();
  });

  it('x86_64 baseline unless a microarchitecture level is asked', () => {
    expect(r('3.12').platform.archVariant).toBeUndefined();
    const v3 = index.resolve('3.12', { platform: parsePlatform('linux-x86_64_v3-gnu') });
    expect(v3.key).toBe('cpython-3.12.14-linux-x86_64_v3-gnu');
    expect(v3.assetName).toContain('-x86_64_v3-unknown-linux-gnu-');
    expect(index.resolve('cpython-3.12-linux-x86_64_v4-musl').key).toBe(
      'cpython-3.12.14-linux-x86_64_v4-musl',
    );
  });

  it('without a platform, the host is the target (gnu vs musl detected)', () => {
    const host = hostPlatform();
    const b = index.resolve('3.12');
    expect(b.platform.os).toBe(host.os);
    expect(b.platform.libc).toBe(host.libc);
    expect(b.platform.archVariant).toBeUndefined();
  });

  it('linux-armv7 means the hard-float build', () => {
    expect(index.resolve('3.12', { platform: parsePlatform('linux-armv7') }).platform.libc).toBe('gnueabihf');
  });

  it('a key-form spec names its own platform', () => {
    expect(r('cpython-3.12-linux-aarch64-musl').key).toBe('cpython-3.12.14-linux-aarch64-musl');
    expect(r('cpython-3.11-macos-arm64').key).toMatch(/^cpython-3\.11\.\d+-darwin-aarch64-none$/);
  });

  it('a build date pins the release', () => {
    expect(r('3.12', { build: '20240814' })).toMatchObject({ version: '3.12.5', build: '20240814' });
    expect(r('3', { build: '20240107' })).toMatchObject({ version: '3.12.1', build: '20240107' });
    expect(() => r('3.12', { build: '20990101' })).toThrow(/No build of release 20990101/);
  });

  it('debug builds are full archives; every naming era resolves', () => {
    expect(r('3.13d')).toMatchObject({ flavor: 'full', format: 'tar.zst', variant: 'debug' });
    expect(r('3.9.4')).toMatchObject({
      build: '20210415',
      flavor: 'full',
      assetName: 'cpython-3.9.4-x86_64-unknown-linux-gnu-pgo+lto-20210414T1515.tar.zst',
    });
    expect(r('3.8.2').assetName).toBe('cpython-3.8.2-x86_64-unknown-linux-gnu-pgo-20200418T2243.tar.zst');
    expect(r('3.8.2d').assetName).toBe('cpython-3.8.2-x86_64-unknown-linux-gnu-debug-20200418T2305.tar.zst');
    expect(r('3.11.7')).toMatchObject({ build: '20240107', flavor: 'install_only', format: 'tar.gz' });
    expect(archivePythonRoot(r('3.13d'))).toBe('python/install');
    expect(archivePythonRoot(r('3.12'))).toBe('python');
  });

  it('flavours: stripped by default, install_only derived by substitution (checksum left to SHA256SUMS)', () => {
    const stripped = r('3.12.5');
    const full = r('3.12.5', { flavor: 'install_only' });
    expect(full.assetName).toBe('cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only.tar.gz');
    expect(full.url).toBe(stripped.url.replace('install_only_stripped', 'install_only'));
    expect(full.sha256).toBeUndefined();
    expect(full.flavor).toBe('install_only');
    // before 20240726 PBS had no stripped archives: the default is the install_only one, with its checksum
    const old = r('3.11.7', { flavor: 'install_only_stripped' });
    expect(old.build < STRIPPED_SINCE).toBe(true);
    expect(old).toMatchObject({
      flavor: 'install_only',
      sha256: raw['cpython-3.11.7-linux-x86_64-gnu'].sha256,
    });
    expect(() => r('3.12.5', { flavor: 'full' })).toThrow(/no full archive/);
  });

  it('chooseFlavor prefers the exact flavour, tar.gz over tar.zst', () => {
    const base = r('3.12.5');
    const zst: PythonBuild = {
      ...base,
      format: 'tar.zst',
      assetName: base.assetName.replace('.tar.gz', '.tar.zst'),
    };
    expect(chooseFlavor([zst, base], undefined)).toBe(base);
    expect(chooseFlavor([zst], undefined)).toBe(zst);
  });

  it('musl is chosen on a musl host platform, gnu on gnu', () => {
    expect(index.resolve('3.12', { platform: parsePlatform('linux-x86_64-musl') }).assetName).toContain(
      '-linux-musl-',
    );
    expect(r('3.12').assetName).toContain('-linux-gnu-');
  });

  it('a platform without builds is PlatformNotSupportedError listing the ones that exist', () => {
    const p: Platform = { os: 'linux', arch: 'mips', libc: 'gnu' };
    expect(() => index.resolve('3.12', { platform: p })).toThrow(PlatformNotSupportedError);
    try {
      index.resolve('3.12', { platform: p });
    } catch (e) {
      expect((e as PlatformNotSupportedError).details.available).toContain('linux-x86_64-gnu');
    }
  });
});

describe('the five PythonEmbedded.Net failures', () => {
  const platform = parsePlatform('linux-x86_64-gnu');
  it('1. not only the latest release: older versions resolve to their own releases', () => {
    expect(index.resolve('3.12.5', { platform }).build).toBe('20240814');
    expect(index.resolve('3.10.0', { platform }).build).toBe('20211017');
    expect(index.resolve('3.8.2', { platform }).build).toBe('20200418');
  });
  it('2. exact x.y.0 works', () => {
    expect(index.resolve('3.12.0', { platform }).version).toBe('3.12.0');
    expect(index.resolve('3.13.0', { platform }).version).toBe('3.13.0');
  });
  it('3. ranges work', () => {
    expect(index.resolve('>=3.11', { platform }).version).toBe('3.14.7');
    expect(index.resolve('>=3.11,<3.13', { platform }).version).toBe('3.12.14');
    expect(index.resolve('<3.10', { platform }).version).toBe('3.9.25');
  });
  it('4. numeric order: 3.14 is newer than 3.9', async () => {
    const versions = index.list({ platform }).map((b) => b.version);
    expect(versions.indexOf('3.14.7')).toBeLessThan(versions.indexOf('3.9.25'));
    expect(versions.indexOf('3.10.0')).toBeLessThan(versions.indexOf('3.9.25'));
    expect(versions[0]).toBe('3.15.0rc1');
  });
  it('5. prerelease suffixes are kept, and an exact final never returns its prerelease', () => {
    const b = index.resolve('3.15.0a7', { platform });
    expect(b.version).toBe('3.15.0a7');
    expect(b.prerelease).toBe('a7');
    expect(b.assetName).toContain('cpython-3.15.0a7+');
    expect(() => index.resolve('3.15.0', { platform })).toThrow(InvalidPythonVersionError);
    try {
      index.resolve('3.15.0', { platform });
    } catch (e) {
      expect((e as InvalidPythonVersionError).details.available).toContain('3.15.0rc1');
    }
  });
});

describe('resolver benchmark hook', () => {
  it('decodes the full snapshot cold and resolves every spec form on every bench platform', () => {
    const r = benchResolver(1);
    expect(r.builds).toBe(5525); // 5,480 CPython + 45 PyPy/GraalPy
    expect(r.specs).toBe(BENCH_SPECS.length * BENCH_PLATFORMS.length);
    expect(Number.isFinite(r.meanMsPerSpec)).toBe(true);
  });
});

describe('listing', () => {
  it('lists one build per version newest first, or everything with all', () => {
    const platform = parsePlatform('darwin-aarch64-none');
    const list = index.list({ platform });
    expect(new Set(list.map((b) => b.version)).size).toBe(list.length);
    expect(list.every((b) => b.variant === undefined && b.platform.os === 'darwin')).toBe(true);
    const all = index.list({ platform, all: true });
    expect(all.length).toBeGreaterThan(list.length);
    expect(all.some((b) => b.variant === 'freethreaded')).toBe(true);
    const pinned = index.list({ platform, build: '20240814' });
    expect(pinned.length).toBeGreaterThan(0);
    expect(pinned.every((b) => b.build === '20240814')).toBe(true);
  });

  it('the snapshot says where it came from', () => {
    expect(snapshotOrigin()).toMatchObject({ newestBuild: '20260814', count: 5525 });
    expect(snapshotOrigin().source).toContain('download-metadata.json');
    expect(snapshotOrigin().generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
