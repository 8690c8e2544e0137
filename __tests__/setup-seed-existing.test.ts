// `seed` on a venv an earlier run made without pip (a setup-python user adding `cache: pip`, which implies
// seed, to a job whose earlier step made the venv): the rerun puts pip into it instead of reusing it as is.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runSetup, type SetupOptions } from '../src/core/setup/index.js';
import { startWorld, type World } from '../test-world/index.js';

let world: World;
let tmp: string;
beforeAll(async () => {
  world = await startWorld();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pyembed-seed-existing-'));
});
afterAll(async () => {
  await world?.close();
  await rm(tmp, { recursive: true, force: true });
});

it('seed: true on an existing venv without pip installs pip into it; a second run changes nothing', async () => {
  const o: SetupOptions = {
    cwd: tmp,
    root: path.join(tmp, 'root'),
    toolsDir: path.join(tmp, 'tools'),
    uvCacheDir: path.join(tmp, 'uv-cache'),
    build: world.fixture.build, // the world's release, unknown to the bundled catalogue
    githubApiUrl: world.apiUrl,
    mirror: world.mirrorUrl,
    uvDownloadUrl: world.uvDownloadUrl,
    indexUrl: world.indexUrl,
    python: world.fixture.version,
    venv: '.venv',
  };
  const pipVersion = (py: string) =>
    execFileSync(py, ['-m', 'pip', '--version'], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const first = await runSetup(o);
  expect(() => pipVersion(first.venv!.pythonPath)).toThrow(/No module named pip/);

  const seeded = await runSetup({ ...o, seed: true });
  expect(seeded.venv).toMatchObject({ path: path.join(tmp, '.venv'), created: false });
  expect(pipVersion(seeded.venv!.pythonPath)).toMatch(/^pip \d+/);
  expect(seeded.packages?.names.map((n) => n.toLowerCase()) ?? ['pip']).toContain('pip');

  const downloads = world.server.downloadRequests().length;
  await runSetup({ ...o, seed: true });
  expect(world.server.downloadRequests().length).toBe(downloads);
});
