// The action under act with a locked uv project: the lock (not the index's newest) decides what a later
// step imports, and lock-used says so. act runs in host mode against the local world (127.0.0.1 only).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { World } from '../test-world/index.js';
import { lockProject, writeUvProject } from './helpers/projects.js';
import { actLog, actScratch, dropActScratch, prepareActionRepo, runAct } from './workflows/act.js';

let world: World;
let scratch: string;
let repo: string;

beforeAll(async () => {
  ({ world, scratch, repo } = await actScratch('act-projects'));
  await prepareActionRepo(repo, { workflows: ['projects-locked.yml'] });
  const proj = await writeUvProject(path.join(repo, 'proj'), {
    name: 'proj',
    dependencies: ['six'],
    groups: { lint: ['tomli'] },
  });
  await lockProject(proj, world.indexUrl, 'python3', '--upgrade-package=six==1.15.0');
  await fs.rm(path.join(repo, '.lock-cache'), { recursive: true, force: true });
});

afterAll(() => dropActScratch(world, scratch));

describe('the action under act with a locked project', () => {
  it('installs what uv.lock says; a later step imports the locked versions', async () => {
    const run = await runAct({
      repo,
      workflow: 'projects-locked.yml',
      scratch,
      env: {
        E2E_MIRROR: world.mirrorUrl,
        PYEMBED_BUILD: world.fixture.build, // the world's release, unknown to the bundled catalogue
        PYEMBED_UV_DOWNLOAD_URL: world.uvDownloadUrl,
        PYEMBED_INDEX_URL: world.indexUrl,
        GITHUB_API_URL: world.apiUrl,
      },
      timeoutMs: 240_000,
    });
    const log = actLog(run.output);
    expect(run.code, log).toBe(0);
    expect(log).toContain('E2E locked six 1.15.0 tomli 2.2.1');
    expect(log).toContain('E2E lock-used=true');
  }, 270_000);
});
