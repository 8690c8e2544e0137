// Jobs sharing one runner tool cache (self-hosted runners, act): the action's main step run as four node
// processes at once on one RUNNER_TOOL_CACHE against the local world. All succeed, and exactly one of them
// copies Python into the tool cache; the others find it there, published whole.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { runMainStep } from './workflows/runner-files.js';

let world: World;
let tmp: string;

beforeAll(async () => {
  world = await startWorld();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-tool-cache-'));
});
afterAll(async () => {
  await world?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

const job = async (toolCache: string) =>
  runMainStep(
    world,
    {
      tmp,
      workspace: await fs.mkdtemp(path.join(tmp, 'ws-')),
      toolCache,
    },
    { cache: 'false' },
  );

describe('one tool cache, four jobs at once', () => {
  it('all succeed; one copies Python into the tool cache, the others reuse it', async () => {
    const toolCache = path.join(tmp, 'tool-cache');
    const jobs = await Promise.all([1, 2, 3, 4].map(() => job(toolCache)));
    for (const j of jobs) {
      expect(j.code, j.stdout + j.stderr).toBe(0);
      expect(j.errors).toEqual([]);
    }
    const copies = jobs.filter((j) => /Caching .* in the tool cache as Python\//.test(j.stdout));
    const reused = jobs.filter((j) => /found in the tool cache/.test(j.stdout));
    expect([copies.length, reused.length]).toEqual([1, 3]);

    const entries = await fs.readdir(path.join(toolCache, 'Python', world.fixture.version));
    const dirs = entries.filter((e) => !e.includes('.'));
    expect(dirs).toHaveLength(1);
    // published whole and left alone: the marker, the lock released, no staging copies
    expect(entries.sort()).toEqual([dirs[0], `${dirs[0]}.complete`]);
    // every job's venv runs on that one published interpreter
    const homes = await Promise.all(
      jobs.map(async (j) => {
        const cfg = await fs.readFile(path.join(j.files.outputs['venv-path'], 'pyvenv.cfg'), 'utf8');
        return /^home\s*=\s*(.+)$/m.exec(cfg)?.[1].trim();
      }),
    );
    const published = path.join(toolCache, 'Python', world.fixture.version, dirs[0], 'bin');
    expect(homes).toEqual([published, published, published, published]);
  }, 240_000);
});
