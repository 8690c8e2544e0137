// The action under act with two real interpreters in one step (setup-python's multi-line python-version):
// PyPy 3.9 (Debian's pypy3 in PyPy's release layout, named by a downloads file, as a user mirroring PyPy
// writes one) and CPython 3.11.7 (the world's PBS fixture). The last is the default: the venv, python-path
// and first on PATH; python-versions lists both; a later step runs each by its setup-python name.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { World } from '../test-world/index.js';
import { servePypy, type ServedPypy } from '../test-world/pypy-fixture.js';
import { actLog, actScratch, dropActScratch, prepareActionRepo, runAct } from './workflows/act.js';

let world: World;
let served: ServedPypy;
let scratch: string;
let repo: string;

beforeAll(async () => {
  ({ world, scratch, repo } = await actScratch('act-multi'));
  served = await servePypy(world, path.join(scratch, 'config'));
  await prepareActionRepo(repo, {
    workflows: ['multi-version.yml'],
    files: { 'requirements.txt': 'tabulate==0.9.0\n' },
  });
});

afterAll(() => dropActScratch(world, scratch));

describe('the action under act with two Pythons in one step', () => {
  it('installs PyPy 3.9 and CPython 3.11.7; the last is the default, each runs by name', async () => {
    const run = await runAct({
      repo,
      workflow: 'multi-version.yml',
      scratch,
      env: {
        E2E_MIRROR: world.mirrorUrl,
        E2E_DOWNLOADS_JSON: served.downloadsJson,
        // CPython 3.11.7 from the world's GitHub stand-in: its release is unknown to the bundled catalogue
        PYEMBED_CATALOG_SOURCE: 'github',
        PYEMBED_UV_DOWNLOAD_URL: world.uvDownloadUrl,
        PYEMBED_INDEX_URL: world.indexUrl,
        GITHUB_API_URL: world.apiUrl,
      },
      timeoutMs: 240_000,
    });
    const log = actLog(run.output);
    expect(run.code, log).toBe(0);
    const pypy = served.pypy.version;
    expect(log).toContain(`E2E python-versions=["pypy${pypy}","3.11.7"] python-version=3.11.7`);
    expect(log).toContain('E2E default cpython 3.11.7 0.9.0');
    expect(log).toContain('E2E python3.11 cpython True');
    expect(log).toContain(`E2E pypy3.9 pypy ${pypy}`);
    expect(log).toContain('E2E python3.9 pypy');
    // filed in the tool cache as setup-python files PyPy: PyPy/<language version>/...
    expect(log).toMatch(
      new RegExp(`E2E pypy3\\.9 at \\S*/PyPy/${pypy.replace(/\./g, '\\.')}/\\S+/bin/pypy3\\.9`),
    );
    // fetched from the row's own URL, once
    expect(world.server.downloadRequests(served.pypy.assetName).map((q) => q.path)).toEqual([
      new URL(served.url).pathname,
    ]);
  }, 270_000);
});
