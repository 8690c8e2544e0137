// Where the interpreter is in each PBS era's layout, and the checksum policy for mirrors.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PythonBuild } from '../src/core/catalog/types.js';
import { ChecksumMismatchError } from '../src/core/errors.js';
import { expectedChecksum, mirrorUrlFor, parseSha256Sums } from '../src/core/install/mirror.js';
import { findInterpreter, locatePython } from '../src/core/install/python-layout.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-layout-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function touch(rel: string) {
  await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await fs.writeFile(path.join(dir, rel), '');
}

describe('locatePython', () => {
  it('install_only: python/bin/python3', async () => {
    await touch('python/bin/python3.12');
    await fs.symlink('python3.12', path.join(dir, 'python/bin/python3'));
    expect(locatePython(dir)).toEqual({ root: path.join(dir, 'python'), exe: 'bin/python3' });
  });

  it('full: python/install/bin/python3 beside the build tree', async () => {
    await touch('python/build/bin/python3');
    await touch('python/install/bin/python3');
    await touch('python/PYTHON.json');
    expect(locatePython(dir)).toEqual({ root: path.join(dir, 'python', 'install'), exe: 'bin/python3' });
  });

  it('free-threaded without bin/python3: python3.13t', async () => {
    await touch('python/bin/python3.13t');
    await touch('python/bin/python3.13t-config');
    expect(locatePython(dir)?.exe).toBe('bin/python3.13t');
  });

  it('no bin/python: the plainest python3.X', async () => {
    await touch('python/bin/python3.13d');
    await touch('python/bin/python3.13');
    expect(findInterpreter(path.join(dir, 'python'))).toBe('bin/python3.13');
  });

  it('Windows: python/python.exe', async () => {
    await touch('python/python.exe');
    await touch('python/Lib/os.py');
    expect(locatePython(dir)).toEqual({ root: path.join(dir, 'python'), exe: 'python.exe' });
  });

  it('nothing to run: undefined', async () => {
    await touch('python/lib/libpython3.so');
    await fs.symlink('missing', path.join(dir, 'python', 'python3')); // dangling links do not count
    expect(locatePython(dir)).toBeUndefined();
  });
});

const build: PythonBuild = {
  key: 'cpython-3.12.5-linux-x86_64-gnu',
  version: '3.12.5',
  major: 3,
  minor: 12,
  patch: 5,
  platform: { os: 'linux', arch: 'x86_64', libc: 'gnu' },
  build: '20240814',
  flavor: 'install_only_stripped',
  format: 'tar.gz',
  assetName: 'cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz',
  url: 'https://github.com/astral-sh/python-build-standalone/releases/download/20240814/cpython-3.12.5%2B20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz',
  sha256: 'a'.repeat(64),
};

describe('mirror URLs and the checksum policy', () => {
  it('rewrites only the base; + becomes %2B; a directory becomes a file URL', () => {
    expect(mirrorUrlFor(build)).toBe(build.url);
    expect(mirrorUrlFor(build, 'https://mirror.example/pbs/')).toBe(
      'https://mirror.example/pbs/20240814/cpython-3.12.5%2B20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz',
    );
    expect(mirrorUrlFor(build, '/srv/pbs')).toMatch(
      /^file:\/\/\/srv\/pbs\/20240814\/cpython-3\.12\.5%2B20240814/,
    );
  });

  it('parses SHA256SUMS lines', () => {
    const m = parseSha256Sums(`${'B'.repeat(64)}  a.tar.gz\n${'c'.repeat(64)} *b.tar.zst\nnoise\n`);
    expect([...m]).toEqual([
      ['a.tar.gz', 'b'.repeat(64)],
      ['b.tar.zst', 'c'.repeat(64)],
    ]);
  });

  it("the catalogue's sha256 is the only one accepted; a mirror's supplies one only for unknown builds", async () => {
    expect(await expectedChecksum(build)).toEqual({ sha256: 'a'.repeat(64), source: 'catalog' });
    await fs.mkdir(path.join(dir, '20240814'));
    // a mirror without SHA256SUMS: the catalogue's value stands
    expect(await expectedChecksum(build, { mirror: dir })).toEqual({
      sha256: 'a'.repeat(64),
      source: 'catalog',
    });
    // a mirror that agrees changes nothing
    const sums = path.join(dir, '20240814', 'SHA256SUMS');
    await fs.writeFile(
      sums,
      `${'A'.repeat(64)}  ${build.assetName}
`,
    );
    expect(await expectedChecksum(build, { mirror: dir })).toEqual({
      sha256: 'a'.repeat(64),
      source: 'catalog',
    });
    // a mirror that disagrees is refused, naming both values and the mirror's file
    await fs.writeFile(
      sums,
      `${'d'.repeat(64)}  ${build.assetName}
`,
    );
    const err = await expectedChecksum(build, { mirror: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChecksumMismatchError);
    const { message, details } = err as ChecksumMismatchError;
    expect(message).toContain(`lists ${'d'.repeat(64)} for ${build.assetName}`);
    expect(message).toContain(`the catalogue knows ${'a'.repeat(64)}`);
    expect(message).toContain(`${pathToFileURL(dir).href}/20240814/SHA256SUMS`);
    expect(details).toMatchObject({ expected: 'a'.repeat(64), actual: 'd'.repeat(64) });
    // a build the catalogue has no checksum for: the mirror's line, else none
    expect(await expectedChecksum({ ...build, sha256: undefined }, { mirror: dir })).toEqual({
      sha256: 'd'.repeat(64),
      source: 'mirror',
    });
    expect(await expectedChecksum({ ...build, sha256: undefined })).toEqual({ source: 'none' });
  });
});
