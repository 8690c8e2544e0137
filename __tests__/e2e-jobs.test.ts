import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../test-world/paths.js';
import type { World } from '../test-world/index.js';
import {
  actLog,
  actScratch,
  dropActScratch,
  prepareActionRepo,
  runAct,
  worldActEnv,
} from './workflows/act.js';

// Jobs that meet on one machine or hand work to each other, under act (host mode) against the local world:
// two jobs at once on one tool cache, and export → artifact → import through act's artifact server. All act
// servers bind 127.0.0.1.
let world: World;
let scratch: string;
let repo: string;
let out: string;

const pbsDownloads = () =>
  world.fixture.archives.reduce((n, a) => n + world.server.downloadRequests(a.assetName).length, 0);

const actEnv = () => worldActEnv(world, out);

/** The lines of act's log that one job wrote (act prefixes each with `[<workflow>/<job>]`, names padded). */
function jobLines(log: string, job: string): string[] {
  return log.split('\n').filter((l) => new RegExp(`^\\[[^\\]/]+/${job} *\\]`).test(l));
}

beforeAll(async () => {
  ({ world, scratch, repo, out } = await actScratch('act-jobs'));
  await prepareActionRepo(repo, {
    workflows: ['e2e-shared-tool-cache.yml'],
    files: {
      'barrier.sh': await fs.readFile(path.join(repoRoot, '__tests__', 'workflows', 'barrier.sh'), 'utf8'),
    },
  });
});

afterAll(() => dropActScratch(world, scratch));

describe('jobs under act', () => {
  it('two jobs at once on one tool cache: both run their venv, one copies Python into it', async () => {
    const run = await runAct({
      repo,
      workflow: 'e2e-shared-tool-cache.yml',
      scratch,
      env: actEnv(),
      timeoutMs: 420_000,
    });
    const log = actLog(run.output);
    expect(run.code, log).toBe(0);
    // both were waiting for each other before setting up: they ran at the same time
    expect(log).toContain('E2E barrier left passed');
    expect(log).toContain('E2E barrier right passed');
    for (const job of ['left', 'right']) {
      const lines = jobLines(log, job);
      expect(
        lines.filter((l) => l.includes('::error')),
        job,
      ).toEqual([]);
      expect(lines.join('\n'), job).toContain(`E2E shared ${job} runs ${world.fixture.version}`);
    }
    const copied = log.split('\n').filter((l) => /Caching .* in the tool cache as Python\//.test(l));
    const found = log.split('\n').filter((l) => /found in the tool cache/.test(l));
    expect([copied.length, found.length], log).toEqual([1, 1]);
    const hits = ['left', 'right'].map(
      (job) => /python-cache-hit=(\w+)/.exec(jobLines(log, job).join('\n'))?.[1],
    );
    expect(hits.sort()).toEqual(['false', 'true']);

    // act's tool cache (one for all jobs of a run): one published copy, its marker, nothing half-made
    const versionDir = path.join(scratch, 'action-cache', 'tool_cache', 'Python', world.fixture.version);
    const entries = (await fs.readdir(versionDir)).sort();
    const dirs = entries.filter((e) => !e.includes('.'));
    expect(dirs).toHaveLength(1);
    expect(entries).toEqual([dirs[0], `${dirs[0]}.complete`]);
    // both venvs run on that one copy
    const published = path.join(versionDir, dirs[0]);
    const bases = ['left', 'right'].map(
      (job) => new RegExp(`E2E shared ${job} runs \\S+ (\\S+)`).exec(log)?.[1],
    );
    expect(bases).toEqual([published, published]);
    expect(pbsDownloads()).toBe(1);
  }, 450_000);
});
