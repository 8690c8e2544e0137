// The trust policy through the action's main step: a mirror whose SHA256SUMS disagrees with the bundled
// catalogue's checksum fails the step before its archive is fetched, with nothing put in the tool cache; the
// same mirror serves a release the bundled catalogue does not know.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../src/core/catalog/index.js';
import type { PythonBuild } from '../src/core/catalog/types.js';
import { startWorld, type World } from '../test-world/index.js';
import { runMainStep } from './workflows/runner-files.js';

const LYING = 'mirrors/lying';
let world: World;
let tmp: string;
let known: PythonBuild;
let lying: string;

beforeAll(async () => {
  world = await startWorld();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-trust-mirror-'));
  known = await createCatalog({ source: 'snapshot' }).resolve(world.fixture.version, { build: '20240107' });
  const gz = world.fixture.archives.find((a) => a.flavor === 'install_only' && a.format === 'tar.gz')!;
  // the world's bytes under the catalogue's name: the mirror's SHA256SUMS lists their sha256, not PBS's
  world.server.addAsset(LYING, '20240107', known.assetName, gz.path);
  for (const a of world.fixture.archives)
    world.server.addAsset(LYING, world.fixture.build, a.assetName, a.path);
  lying = `${world.baseUrl}/${LYING}/releases/download`;
});
afterAll(async () => {
  await world?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

async function run(name: string, inputs: Record<string, string>) {
  const dirs = { tmp, workspace: path.join(tmp, name), toolCache: path.join(tmp, `${name}-tool-cache`) };
  await fs.mkdir(dirs.workspace, { recursive: true });
  return { dirs, r: await runMainStep(world, dirs, { mirror: lying, cache: 'false', ...inputs }) };
}

describe('the action with a mirror', () => {
  it('fails on a catalogue-known build whose mirror SHA256SUMS disagrees: no archive fetched, no Python cached', async () => {
    const before = world.server.requests.length;
    const { dirs, r } = await run('refused', { build: '20240107' });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    const gz = world.fixture.archives.find((a) => a.flavor === 'install_only' && a.format === 'tar.gz')!;
    expect(r.errors[0]).toContain('::error title=ChecksumMismatchError::');
    expect(r.errors[0]).toContain(`${lying}/20240107/SHA256SUMS`);
    expect(r.errors[0]).toContain(`lists ${gz.sha256} for ${known.assetName}`);
    expect(r.errors[0]).toContain(`the catalogue knows ${known.sha256}`);
    const toMirror = world.server.requests.slice(before).filter((q) => q.path.startsWith(`/${LYING}/`));
    expect(toMirror.map((q) => q.path)).toEqual([`/${LYING}/releases/download/20240107/SHA256SUMS`]);
    // no interpreter and no completed entry anywhere in the tool cache (locks and empty parents may remain)
    const left = existsSync(dirs.toolCache) ? await fs.readdir(dirs.toolCache, { recursive: true }) : [];
    expect(left.filter((f) => /(^|\/)bin\/python|\.complete$/.test(f))).toEqual([]);
    expect(r.files.outputs['python-version']).toBeUndefined();
  });

  it('installs from the same mirror a release the bundled catalogue does not know', async () => {
    const before = world.server.requests.length;
    const { r } = await run('accepted', {});
    expect(r.errors, r.stdout).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.files.outputs).toMatchObject({
      'python-version': world.fixture.version,
      'python-build': world.fixture.build,
    });
    const toMirror = world.server.requests.slice(before).filter((q) => q.path.startsWith(`/${LYING}/`));
    expect(toMirror.map((q) => [q.path, q.status])).toEqual([
      [`/${LYING}/releases/download/${world.fixture.build}/SHA256SUMS`, 200],
      [
        expect.stringMatching(
          new RegExp(`^/${LYING}/releases/download/${world.fixture.build}/cpython-3\\.11\\.7%2B`),
        ),
        200,
      ],
    ]);
  });
});
