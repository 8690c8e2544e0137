import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PythonManager } from '../src/core/instances/index.js';
import type { World } from '../test-world/index.js';
import {
  actLog,
  actScratch,
  dropActScratch,
  prepareActionRepo,
  runAct,
  worldActEnv,
} from './workflows/act.js';

// The whole action as a workflow runs it: act (host mode) runs __tests__/workflows/*.yml from a scratch repo
// holding action.yml + a fresh bundle, against the local world. All act servers bind 127.0.0.1.
let world: World;
let scratch: string;
let repo: string;
let out: string;

const pbsDownloads = () =>
  world.fixture.archives.reduce((n, a) => n + world.server.downloadRequests(a.assetName).length, 0);
const uvDownloads = () =>
  world.server.downloadRequests().filter((q) => q.path.includes('/astral-sh/uv/')).length;

const actEnv = () => worldActEnv(world, out);

beforeAll(async () => {
  ({ world, scratch, repo, out } = await actScratch('act'));
  await prepareActionRepo(repo, {
    workflows: [
      'e2e-action.yml',
      'e2e-bad-version.yml',
      'e2e-cache-python.yml',
      'e2e-export.yml',
      'e2e-import.yml',
    ],
    files: { 'requirements.txt': 'six==1.17.0\n' },
  });
});

afterAll(() => dropActScratch(world, scratch));

describe('the action under act', () => {
  it('sets up Python twice (second from the tool cache), feeds outputs to later steps, and a later job hits the uv cache', async () => {
    const run = await runAct({
      repo,
      workflow: 'e2e-action.yml',
      scratch,
      env: actEnv(),
      timeoutMs: 300_000,
    });
    const log = actLog(run.output);
    expect(run.code, log).toBe(0);
    expect(log).toMatch(/Job succeeded/);
    expect(log).toContain(
      `E2E first python-version=${world.fixture.version} python-build=${world.fixture.build} python-cache-hit=false cache-hit=false uv-version=0.13.9`,
    );
    expect(log).toContain('E2E six 1.17.0');
    expect(log).toContain('E2E second python-cache-hit=true');
    expect(log).toContain('E2E warm python-cache-hit=true cache-hit=true');
    // one download of Python and of uv for three uses in two jobs
    expect(pbsDownloads()).toBe(1);
    expect(uvDownloads()).toBe(2); // the archive and its .sha256
    // the post step of the first job saved the uv cache in act's cache server
    expect(log).toMatch(/uv cache saved as pyembed-uv-2-linux-\S+-x86_64-gnu-cpython-3\.11\.7-/);
    expect(log).toMatch(/E2E first cache-key=pyembed-uv-2-linux-/);
    // the export is importable by the library, and its interpreter runs at the new place
    const imported = await new PythonManager({ root: path.join(scratch, 'import-root') }).importInstance(
      path.join(out, 'python.tar.gz'),
    );
    const version = execFileSync(imported.pythonPath, ['-c', 'import sys; print(sys.version.split()[0])'], {
      encoding: 'utf8',
    });
    expect(version.trim()).toBe(world.fixture.version);
    // the diagnose report was produced
    const report = JSON.parse(await fs.readFile(path.join(out, 'diagnose.json'), 'utf8'));
    expect(report.schema).toBe(1);
    expect(report.system.platform).toBe('linux-x86_64-gnu');
  }, 330_000);

  it('fails a python-version that matches nothing with one line of guidance', async () => {
    const run = await runAct({
      repo,
      workflow: 'e2e-bad-version.yml',
      scratch,
      env: actEnv(),
      timeoutMs: 120_000,
    });
    const log = actLog(run.output);
    expect(run.code).not.toBe(0);
    const errors = log.split('\n').filter((l) => l.includes('::error'));
    expect(errors, log).toHaveLength(1);
    expect(errors[0]).toMatch(/InvalidPythonVersionError.*2\.1/);
    expect(log).not.toContain('E2E reached after failure');
  }, 150_000);

  it('cache-python: a second job on a fresh runner restores Python from the Actions cache, no download', async () => {
    const before = pbsDownloads();
    const run = await runAct({
      repo,
      workflow: 'e2e-cache-python.yml',
      scratch,
      env: actEnv(),
      timeoutMs: 300_000,
    });
    const log = actLog(run.output);
    expect(run.code, log).toBe(0);
    expect(log).toContain('E2E cache-python first python-cache-hit=false');
    expect(log).toMatch(/Python cache saved as pyembed-python-1-/);
    expect(log).toContain('E2E cache-python second python-cache-hit=true');
    expect(log).toContain(`E2E cache-python runs ${world.fixture.version}`);
    // the first job downloaded the build once; the second took it from the Actions cache
    expect(pbsDownloads() - before).toBe(1);
  }, 330_000);

  // The archive travels as a file, not through act's artifact server: act 0.2.89 (artifacts v4) refuses what
  // @actions/artifact sends today. 6.2+ adds `mime_type` to CreateArtifact, which act's proto rejects as an
  // unknown field; and the Azure SDK every 2.x-6.x resolves to (@azure/storage-blob 12.31 over
  // @azure/core-client 1.10, whose query parser keeps a value only up to its next '=') drops the '=' padding of
  // the signed URL's `sig`, so act answers every blob upload 401 (nektos/act#6021).
  it('export in one run, import in the next (network off): the imported Python runs in a venv, no request made', async () => {
    const exported = await runAct({
      repo,
      workflow: 'e2e-export.yml',
      scratch,
      env: actEnv(),
      timeoutMs: 300_000,
    });
    expect(exported.code, actLog(exported.output)).toBe(0);
    const before = world.server.requests.length;
    const imported = await runAct({
      repo,
      workflow: 'e2e-import.yml',
      scratch,
      env: actEnv(),
      timeoutMs: 300_000,
    });
    const log = actLog(imported.output);
    expect(imported.code, log).toBe(0);
    expect(log).toContain(`E2E imported ${world.fixture.version} True`);
    expect(log).toContain(`E2E import python-version=${world.fixture.version}`);
    expect(world.server.requests.length).toBe(before);
  }, 630_000);
});
