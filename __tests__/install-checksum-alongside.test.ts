// installBuild with a mirror: its SHA256SUMS is fetched alongside the archive (not before it) when the
// catalogue has a sha256, and still decides what the bytes must match. Real fixture CPython, real files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { createCatalog } from '../src/core/catalog/index.js';
import type { PythonBuild } from '../src/core/catalog/types.js';
import { ChecksumMismatchError } from '../src/core/errors.js';
import { installBuild } from '../src/index.js';

let world: World;
let scratch: string;
let build: PythonBuild;
let trueSha: string;
const catalog = createCatalog({ source: 'snapshot' });

beforeAll(async () => {
  world = await startWorld();
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-sums-'));
  build = await catalog.resolve(world.fixture.version, { build: world.fixture.build });
  const fixture = world.fixture.archives.find((a) => a.assetName === build.assetName);
  if (!fixture) throw new Error(`the world has no fixture named ${build.assetName}`);
  trueSha = fixture.sha256;
});
afterAll(async () => {
  await world?.close();
  await fs.rm(scratch, { recursive: true, force: true });
});

/** A directory mirror holding the fixture archive, with a SHA256SUMS line when `listed` is given. */
async function dirMirror(name: string, listed?: string): Promise<string> {
  const dir = path.join(scratch, name);
  await fs.mkdir(path.join(dir, build.build), { recursive: true });
  const fixture = world.fixture.archives.find((a) => a.assetName === build.assetName)!;
  await fs.copyFile(fixture.path, path.join(dir, build.build, build.assetName));
  if (listed)
    await fs.writeFile(path.join(dir, build.build, 'SHA256SUMS'), `${listed}  ${build.assetName}\n`);
  return dir;
}

describe('the mirror checksum, fetched alongside the archive', () => {
  it("refuses bytes that match the catalogue but not the mirror's SHA256SUMS; nothing is installed", async () => {
    const wrong = 'e'.repeat(64);
    const mirror = await dirMirror('lying', wrong);
    const target = path.join(scratch, 'lying-target');
    const err = await installBuild({ ...build, sha256: trueSha }, target, { mirror }).catch((e) => e);
    expect(err).toBeInstanceOf(ChecksumMismatchError);
    expect(err.message).toContain(`expected ${wrong}, got ${trueSha}`);
    expect(await fs.readdir(scratch)).not.toContain('lying-target');
    expect((await fs.readdir(scratch)).filter((n) => n.startsWith('.lying-target.'))).toEqual([]);
  });

  it("installs when the mirror's line matches the bytes though the catalogue's does not (source: mirror)", async () => {
    const r = await installBuild({ ...build, sha256: 'a'.repeat(64) }, path.join(scratch, 'over-http'), {
      mirror: world.mirrorUrl,
    });
    expect(r).toMatchObject({ checksumSource: 'mirror', sha256: trueSha, version: build.version });
    expect(
      execFileSync(r.pythonPath, ['-I', '-c', 'import sys; print(sys.version.split()[0])'], {
        encoding: 'utf8',
      }).trim(),
    ).toBe(build.version);
  });

  it("falls back to the catalogue's sha256 when the mirror publishes no SHA256SUMS (source: catalog)", async () => {
    const mirror = await dirMirror('unlisted');
    const r = await installBuild({ ...build, sha256: trueSha }, path.join(scratch, 'unlisted-target'), {
      mirror,
    });
    expect(r).toMatchObject({ checksumSource: 'catalog', sha256: trueSha });
    const err = await installBuild({ ...build, sha256: 'b'.repeat(64) }, path.join(scratch, 'bad'), {
      mirror,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ChecksumMismatchError);
  });
});
