// The trust policy through installBuild, over real HTTP: the catalogue's checksum (bundled, or from the
// GitHub release itself) is the only one accepted; a mirror whose SHA256SUMS disagrees is refused before
// its archive is requested; a mirror's SHA256SUMS supplies the checksum only for a build no catalogue knows.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { createCatalog } from '../src/core/catalog/index.js';
import type { PythonBuild } from '../src/core/catalog/types.js';
import { ChecksumMismatchError } from '../src/core/errors.js';
import { installBuild, mirrorUrlFor } from '../src/index.js';

let world: World;
let scratch: string;
let known: PythonBuild; // 3.11.7 as the bundled catalogue knows it (20240107, the real PBS sha256)
let unknown: PythonBuild; // the world's own release of its CPython, from its GitHub stand-in
let lying: string; // a mirror serving the world's CPython under both tags, with matching SHA256SUMS

const LYING_REPO = 'mirrors/lying';
const files = () => world.fixture.archives;

beforeAll(async () => {
  world = await startWorld();
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-trust-'));
  known = await createCatalog({ source: 'snapshot' }).resolve(world.fixture.version, { build: '20240107' });
  unknown = await createCatalog({ source: 'github', apiUrl: world.apiUrl }).resolve(world.fixture.version, {
    build: world.fixture.build,
  });
  const gz = files().find((a) => a.flavor === 'install_only' && a.format === 'tar.gz')!;
  // the fixture's bytes under the catalogue's name: its SHA256SUMS line is the fixture's sha, not PBS's
  world.server.addAsset(LYING_REPO, '20240107', known.assetName, gz.path);
  for (const a of files()) world.server.addAsset(LYING_REPO, world.fixture.build, a.assetName, a.path);
  lying = `${world.baseUrl}/${LYING_REPO}/releases/download`;
});
afterAll(async () => {
  await world?.close();
  await fs.rm(scratch, { recursive: true, force: true });
});

const paths = (from: number) => world.server.requests.slice(from).map((q) => decodeURIComponent(q.path));

describe('a mirror against the catalogue', () => {
  it("refuses a mirror whose SHA256SUMS disagrees with the catalogue's sha256: no archive request, nothing on disk", async () => {
    const served = files().find((a) => a.flavor === 'install_only' && a.format === 'tar.gz')!;
    expect(known.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(known.sha256).not.toBe(served.sha256);
    const before = world.server.requests.length;
    const target = path.join(scratch, 'refused', 'python');
    const err = await installBuild(known, target, { mirror: lying }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChecksumMismatchError);
    const { message, details } = err as ChecksumMismatchError;
    expect(message).toContain(`${lying}/20240107/SHA256SUMS`);
    expect(message).toContain(`lists ${served.sha256} for ${known.assetName}`);
    expect(message).toContain(`the catalogue knows ${known.sha256}`);
    expect(details).toMatchObject({ expected: known.sha256, actual: served.sha256 });
    // the mirror was asked for its SHA256SUMS only, never for the archive
    expect(paths(before)).toEqual([`/${LYING_REPO}/releases/download/20240107/SHA256SUMS`]);
    expect(await fs.readdir(path.join(scratch, 'refused'))).toEqual([]);
  });

  it('accepts the same mirror for a build the bundled catalogue does not know (checksum from the release)', async () => {
    expect(unknown.sha256).toBe(files().find((a) => a.assetName === unknown.assetName)!.sha256);
    const r = await installBuild(unknown, path.join(scratch, 'accepted', 'python'), { mirror: lying });
    expect(r).toMatchObject({ checksumSource: 'catalog', sha256: unknown.sha256, version: unknown.version });
    expect(r.url).toBe(mirrorUrlFor(unknown, lying));
    expect(
      execFileSync(r.pythonPath, ['-I', '-c', 'import sys; print(sys.version.split()[0])'], {
        encoding: 'utf8',
      }).trim(),
    ).toBe(unknown.version);
  });

  it("takes the mirror's SHA256SUMS line when no catalogue has a checksum for the build (source: mirror)", async () => {
    const r = await installBuild(
      { ...unknown, sha256: undefined },
      path.join(scratch, 'from-mirror', 'python'),
      {
        mirror: lying,
      },
    );
    expect(r).toMatchObject({ checksumSource: 'mirror', sha256: unknown.sha256 });
  });

  it("falls back to the catalogue's sha256 when the mirror publishes no SHA256SUMS; wrong bytes still fail", async () => {
    const dir = path.join(scratch, 'dir-mirror');
    await fs.mkdir(path.join(dir, unknown.build), { recursive: true });
    const a = files().find((x) => x.assetName === unknown.assetName)!;
    await fs.copyFile(a.path, path.join(dir, unknown.build, unknown.assetName));
    const r = await installBuild(unknown, path.join(scratch, 'unlisted', 'python'), { mirror: dir });
    expect(r).toMatchObject({ checksumSource: 'catalog', sha256: unknown.sha256 });
    const err = await installBuild(
      { ...unknown, sha256: 'b'.repeat(64) },
      path.join(scratch, 'bad', 'python'),
      {
        mirror: dir,
      },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChecksumMismatchError);
    expect((err as Error).message).toContain(`expected ${'b'.repeat(64)}, got ${unknown.sha256}`);
  });
});

describe('mirror URLs of builds the GitHub source resolved', () => {
  it('spell + as %2B once (not %252B), and the install fetches exactly that path', async () => {
    expect(unknown.assetName).toContain('+');
    expect(unknown.url).toContain('%2B');
    const url = mirrorUrlFor(unknown, world.mirrorUrl);
    expect(url).toBe(`${world.mirrorUrl}/${unknown.build}/${unknown.assetName.replace('+', '%2B')}`);
    expect(url).not.toContain('%25');
    const before = world.server.requests.length;
    await installBuild(unknown, path.join(scratch, 'encoded', 'python'), { mirror: world.mirrorUrl });
    const archive = world.server.requests.slice(before).filter((q) => q.path.endsWith('.tar.gz'));
    expect(archive.map((q) => [q.path, q.status])).toEqual([[new URL(url).pathname, 200]]);
  });
});
