// PyPy and GraalPy: catalogue rows kept, uv's request grammar with uv's choices (cases written by the
// pinned uv, offline, against the bundled data: scripts/uv-agreement.ts), setup-python's spellings,
// and a clear refusal before any download while their install layouts are not supported.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { installableFormat } from '../src/core/catalog/layout.js';
import { snapshotIndex } from '../src/core/catalog/sources/snapshot.js';
import { BuildIndex, createCatalog } from '../src/core/catalog/index.js';
import {
  InvalidPythonVersionError,
  PlatformNotSupportedError,
  PythonInstallationError,
} from '../src/core/errors.js';
import { parsePlatform } from '../src/core/platform.js';
import { parsePythonRequest } from '../src/core/versions/spec.js';

const fixture = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'fixtures/uv-implementations.json'), 'utf8'),
) as { cases: { request: string; platform: string; uv: string | null }[] };
const index = snapshotIndex();
const linux = parsePlatform('linux-x86_64-gnu');

describe('agreement with uv (pinned, offline, bundled data)', () => {
  it.each(fixture.cases)('$request on $platform -> $uv', ({ request, platform, uv }) => {
    const found = index.find(request, { platform: parsePlatform(platform) });
    expect(found?.build.key ?? null).toBe(uv);
  });
});

describe('setup-python spellings', () => {
  const key = (spec: string) => index.resolve(spec, { platform: linux }).key;
  it.each([
    ['pypy3.10', 'pypy-3.10.16-linux-x86_64-gnu'],
    ['pypy-3.10', 'pypy-3.10.16-linux-x86_64-gnu'],
    ['pypy3.9', 'pypy-3.9.19-linux-x86_64-gnu'],
    ['pypy3.10-v7.3.19', 'pypy-3.10.16-linux-x86_64-gnu'],
    ['pypy-3.10-v7.3.x', 'pypy-3.10.16-linux-x86_64-gnu'],
    ['pypy3.11-v7.3', 'pypy-3.11.15-linux-x86_64-gnu'],
    ['graalpy-25.0', 'graalpy-3.12.0-linux-x86_64-gnu'],
    ['graalpy-24.1', 'graalpy-3.11.0-linux-x86_64-gnu'],
    ['graalpy-24.1.1', 'graalpy-3.11.0-linux-x86_64-gnu'],
  ])('%s -> %s', (spec, want) => {
    if (spec.startsWith('graalpy-')) {
      // the release numbers in the data decide which Python each GraalPy release carries
      const rel = spec.slice('graalpy-'.length);
      const rows = index
        .all()
        .filter(
          (b) =>
            b.implementation === 'graalpy' &&
            b.key.endsWith('linux-x86_64-gnu') &&
            (b.build === rel || b.build.startsWith(`${rel}.`)),
        );
      if (rows.length === 0) {
        expect(() => key(spec)).toThrow(InvalidPythonVersionError);
        return;
      }
      rows.sort((a, b) => b.major * 100 + b.minor - (a.major * 100 + a.minor));
      expect(key(spec)).toBe(rows[0].key);
      return;
    }
    expect(key(spec)).toBe(want);
  });

  it('a PyPy release that does not carry that Python is no match, naming what exists', () => {
    let err: unknown;
    try {
      index.resolve('pypy3.10-v7.2', { platform: linux });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidPythonVersionError);
    expect((err as InvalidPythonVersionError).details.available).toContain('3.10.16');
  });

  it('rejects variants PyPy and GraalPy do not have, and nightlies', () => {
    expect(() => parsePythonRequest('pypy@3.10t')).toThrow(/pypy has no freethreaded builds/);
    expect(() => parsePythonRequest('pypy3.10t')).toThrow(InvalidPythonVersionError);
    expect(() => parsePythonRequest('pypy3.10-nightly')).toThrow(InvalidPythonVersionError);
    expect(() => parsePythonRequest('graalpy-24.1-v7.3')).toThrow(InvalidPythonVersionError);
  });
});

describe('CPython requests never answer PyPy or GraalPy', () => {
  it('3.10, latest and the default list stay CPython', () => {
    expect(index.resolve('3.10', { platform: linux }).key).toMatch(/^cpython-3\.10\./);
    expect(index.resolve('latest', { platform: linux }).implementation).toBeUndefined();
    expect(index.list({ platform: linux }).every((b) => b.key.startsWith('cpython-'))).toBe(true);
    expect(index.list({ platform: linux, implementation: 'pypy' }).map((b) => b.version)).toEqual([
      '3.11.15',
      '3.10.16',
      '3.9.19',
      '3.8.16',
    ]);
  });

  it('rows carry their own URL, release and checksum from the data', () => {
    const raw = JSON.parse(
      readFileSync(path.join(import.meta.dirname, '../data/pbs-download-metadata.json'), 'utf8'),
    ) as Record<string, { name: string; url: string; sha256: string | null; build: string }>;
    const others = index.all().filter((b) => b.implementation);
    const rawOthers = Object.entries(raw).filter(([, r]) => r.name === 'pypy' || r.name === 'graalpy');
    expect(others.length).toBe(rawOthers.length);
    for (const [key, r] of rawOthers) {
      const b = others.find((x) => x.key === key)!;
      expect(b).toMatchObject({ url: r.url, build: r.build, sha256: r.sha256 ?? undefined });
      // resolved in the default flavour it is still its one archive and checksum (never a derived asset)
      expect(index.resolve(key)).toMatchObject({ url: r.url, sha256: r.sha256 ?? undefined });
    }
    const pypy = others.find((b) => b.key === 'pypy-3.10.16-linux-x86_64-gnu')!;
    expect(pypy).toMatchObject({
      format: 'tar.gz',
      implementation: 'pypy',
      assetName: 'pypy3.10-v7.3.19-linux64.tar.gz',
    });
  });
});

describe('resolving through the catalog, installing refused up front', () => {
  it('the auto catalog answers PyPy from the snapshot with zero API calls', async () => {
    const catalog = createCatalog({
      apiUrl: 'http://127.0.0.1:9/unused',
      fetch: () => Promise.reject(new Error('no network')),
    });
    const b = await catalog.resolve('pypy@3.10', { platform: linux });
    expect(b.key).toBe('pypy-3.10.16-linux-x86_64-gnu');
    await expect(catalog.resolve('pypy@3.12', { platform: linux })).rejects.toThrow(
      InvalidPythonVersionError,
    );
    expect(catalog.apiCalls).toBe(0);
  });

  it('the installer takes PyPy and GraalPy archives; a .tar.bz2 is refused before downloading, named', () => {
    expect(installableFormat(index.resolve('pypy3.10', { platform: linux }))).toBe('tar.gz');
    expect(installableFormat(index.resolve('graalpy@3.11', { platform: linux }))).toBe('tar.gz');
    expect(installableFormat(index.resolve('3.12', { platform: linux }))).toBe('tar.gz');
    const bz2 = { ...index.resolve('pypy3.10', { platform: linux }), format: 'tar.bz2' as const };
    expect(() => installableFormat(bz2)).toThrow(PythonInstallationError);
    expect(() => installableFormat(bz2)).toThrow(
      /pypy-3\.10\.16-linux-x86_64-gnu resolves, but its archive is \.tar\.bz2/,
    );
  });
});

describe("setup-python's -dev suffix", () => {
  it('3.14-dev is the newest 3.14 counting prereleases; 3.14 stays on the newest final', () => {
    const rows = index
      .all()
      .filter((b) => b.key.startsWith('cpython-3.14.') && b.key.endsWith('-linux-x86_64-gnu'));
    const stable = rows.find((b) => b.version === '3.14.4' && !b.variant)!;
    const rc = rows.find((b) => b.version === '3.14.5rc1' && !b.variant)!;
    expect(stable && rc).toBeTruthy();
    const both = BuildIndex.of([stable, rc]);
    expect(both.resolve('3.14', { platform: linux }).version).toBe('3.14.4');
    expect(both.resolve('3.14-dev', { platform: linux }).version).toBe('3.14.5rc1');
    expect(index.resolve('3.15-dev', { platform: linux }).version).toBe('3.15.0rc1');
  });
});

describe('no build of an implementation for a platform', () => {
  it('names the platforms that have one', () => {
    let err: unknown;
    try {
      index.resolve('pypy@3.10', { platform: parsePlatform('linux-x86_64-musl') });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PlatformNotSupportedError);
    expect((err as Error).message).toBe('No pypy builds for linux-x86_64-musl in the catalogue.');
    expect((err as PlatformNotSupportedError).details.available).toContain('linux-x86_64-gnu');
    expect((err as PlatformNotSupportedError).details.available).not.toContain('linux-x86_64-musl');
  });
});
