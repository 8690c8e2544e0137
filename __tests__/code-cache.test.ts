// The built CLI keeps a V8 code cache per command beside Node's compile cache (src/core/code-cache.ts,
// src/cli/code-cache.ts): written after the first run of a command, used as it is by the next, written again
// when it is damaged, never written when the compile cache is turned off; not written by a run that installed
// (the next run writes it), and `pyembed install`'s holds only what V8 compiled eagerly. The action's main
// step keeps one the same way (src/action/code-cache.ts), but on a GitHub-hosted runner, whose temp directory
// no later job sees, one for later uses of the step in the same job, written while the step waits on uv:
// installed or not, and under its own name. Each run still answers the same.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../test-world/index.js';
import { runCli, sandbox, type Sandbox } from './cli-helpers.js';
import { runMainStep } from './workflows/runner-files.js';

let sb: Sandbox;
let world: World;
beforeAll(async () => {
  sb = await sandbox();
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
  await sb.cleanup();
});

const cacheDir = (name: string) => path.join(sb.dir, name);
/** The code cache files in the compile cache directory `name` (Node's own cache sits beside them). */
const cacheFiles = async (name: string) =>
  (await readdir(path.join(cacheDir(name), 'pyembed')).catch(() => [] as string[])).filter((f) =>
    f.endsWith('.bin'),
  );

describe('the CLI code cache', () => {
  it('is written after a command, reused by the next run, and written again when damaged', async () => {
    const env = { ...sb.env, NODE_COMPILE_CACHE: cacheDir('cc') };
    const first = await runCli(['list', '--json'], { env });
    expect(first.code).toBe(0);
    const [file] = await cacheFiles('cc');
    expect(file).toMatch(new RegExp(`-${process.version}-${process.arch}-list\\.bin$`));
    const full = path.join(cacheDir('cc'), 'pyembed', file);
    const written = await stat(full);
    expect(written.size).toBeGreaterThan(10_000);

    const second = await runCli(['list', '--json'], { env });
    expect([second.code, second.stdout]).toEqual([0, first.stdout]);
    expect((await stat(full)).mtimeMs).toBe(written.mtimeMs); // accepted: left as it was

    await writeFile(full, 'not a code cache');
    const third = await runCli(['list', '--json'], { env });
    expect([third.code, third.stdout]).toEqual([0, first.stdout]);
    expect((await readFile(full)).length).toBeGreaterThan(10_000);

    await runCli(['du', '--json'], { env });
    expect((await cacheFiles('cc')).sort()).toEqual([file.replace(/-list\.bin$/, '-du.bin'), file]);
  });

  it('writes nothing with NODE_DISABLE_COMPILE_CACHE=1', async () => {
    const env = { ...sb.env, NODE_COMPILE_CACHE: cacheDir('off'), NODE_DISABLE_COMPILE_CACHE: '1' };
    const r = await runCli(['list', '--json'], { env });
    expect(r.code).toBe(0);
    expect(await cacheFiles('off')).toEqual([]);
  });

  it('is not written by a run that installed; the next run writes it; install caches what compiled eagerly', async () => {
    const env = {
      ...sb.env,
      NODE_COMPILE_CACHE: cacheDir('installs'),
      PYEMBED_ROOT: path.join(sb.dir, 'installs-root'),
      GITHUB_API_URL: world.apiUrl,
      PYEMBED_MIRROR: world.mirrorUrl,
      PYEMBED_UV_DOWNLOAD_URL: world.uvDownloadUrl,
      PYEMBED_BUILD: world.fixture.build,
    };
    const setup = ['setup', world.fixture.version, '--no-venv', '--no-progress', '-q'];
    const cold = await runCli(setup, { env });
    expect(cold.code, cold.stderr).toBe(0);
    expect(await cacheFiles('installs')).toEqual([]);
    const warm = await runCli(setup, { env });
    expect(warm.code, warm.stderr).toBe(0);
    const [setupCache] = await cacheFiles('installs');
    expect(setupCache).toMatch(/-setup\.bin$/);

    const install = await runCli(['install', world.fixture.version, '--no-progress', '-q'], { env });
    expect(install.code, install.stderr).toBe(0);
    const files = await cacheFiles('installs');
    const installCache = files.find((f) => f.endsWith('-install.bin'));
    expect(installCache).toBeDefined();
    const size = async (f: string) => (await stat(path.join(cacheDir('installs'), 'pyembed', f))).size;
    // the setup's holds every function the run compiled; the install's only what compiled with the file
    expect(await size(installCache!)).toBeLessThan((await size(setupCache)) / 2);
  });
});

describe("the action main step's code cache (dist/main.js)", () => {
  const dirs = () => ({
    tmp: sb.dir,
    workspace: path.join(sb.dir, 'action-ws'),
    toolCache: path.join(sb.dir, 'action-tool-cache'),
  });
  const step = (cc: string, runner: string, inputs: Record<string, string> = {}) =>
    runMainStep(
      world,
      dirs(),
      { cache: 'false', diagnose: 'false', ...inputs },
      { NODE_COMPILE_CACHE: cacheDir(cc), RUNNER_ENVIRONMENT: runner },
      { built: true },
    );
  const size = async (cc: string, f: string) => (await stat(path.join(cacheDir(cc), 'pyembed', f))).size;

  it('is made after a run that installed nothing, reused by the next, on a self-hosted runner', async () => {
    await mkdir(dirs().workspace, { recursive: true });
    const cold = await step('action', 'self-hosted'); // installs Python and uv into the tool cache
    expect(cold.code, cold.stdout + cold.stderr).toBe(0);
    expect(await cacheFiles('action')).toEqual([]);

    const warm = await step('action', 'self-hosted');
    expect(warm.code, warm.stdout + warm.stderr).toBe(0);
    const [file] = await cacheFiles('action');
    expect(file).toMatch(new RegExp(`-${process.version}-${process.arch}-action\\.bin$`));
    const full = path.join(cacheDir('action'), 'pyembed', file);
    const written = await stat(full);

    const again = await step('action', 'self-hosted');
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.files.outputs['python-path']).toBe(warm.files.outputs['python-path']);
    expect((await stat(full)).mtimeMs).toBe(written.mtimeMs); // accepted: left as it was
  });

  it("on a GitHub-hosted runner: the job's first use leaves one (installing or not) that a later use in the job takes", async () => {
    await mkdir(dirs().workspace, { recursive: true });
    await writeFile(path.join(dirs().workspace, 'requirements.txt'), 'six==1.17.0\n');
    // a job whose first use installs (a tool cache of its own): the cache is written all the same
    const installing = await runMainStep(
      world,
      { ...dirs(), toolCache: path.join(sb.dir, 'hosted-tool-cache') },
      { cache: 'false', diagnose: 'false', requirements: 'requirements.txt', venv: '.venv-hosted-1' },
      { NODE_COMPILE_CACHE: cacheDir('job-1'), RUNNER_ENVIRONMENT: 'github-hosted' },
      { built: true },
    );
    expect(installing.code, installing.stdout + installing.stderr).toBe(0);
    expect((await cacheFiles('job-1')).map((f) => f.replace(/^.*-/, ''))).toEqual(['job.bin']);

    // a job whose first use finds Python in the tool cache: the venv's packages are installed by uv, and the
    // cache, written meanwhile, holds the code the run compiled up to then (much more than the file's eager code)
    const first = await step('job-2', 'github-hosted', {
      requirements: 'requirements.txt',
      venv: '.venv-hosted-2',
    });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const [file] = await cacheFiles('job-2');
    expect(file).toMatch(new RegExp(`-${process.version}-${process.arch}-action-job\\.bin$`));
    const full = path.join(cacheDir('job-2'), 'pyembed', file);
    const written = await stat(full);
    const later = await step('job-2', 'github-hosted', {
      requirements: 'requirements.txt',
      venv: '.venv-hosted-3',
    });
    expect(later.code, later.stdout + later.stderr).toBe(0);
    expect(later.files.outputs['python-version']).toBe(first.files.outputs['python-version']);
    expect(later.files.outputs['python-path']).toBe(
      path.join(dirs().workspace, '.venv-hosted-3', 'bin', 'python'),
    );
    expect((await stat(full)).mtimeMs).toBe(written.mtimeMs); // accepted: left as it was
    // a self-hosted runner neither takes nor writes over the hosted job's cache: it makes its own after the run
    const selfHosted = await step('job-2', 'self-hosted', {
      requirements: 'requirements.txt',
      venv: '.venv-self',
    });
    expect(selfHosted.code, selfHosted.stdout + selfHosted.stderr).toBe(0);
    const files = await cacheFiles('job-2');
    const names = files.map((f) => f.slice(f.indexOf(`-${process.arch}-`) + process.arch.length + 2));
    expect(names.sort()).toEqual(['action-job.bin', 'action.bin']);
    expect((await stat(full)).mtimeMs).toBe(written.mtimeMs);
    // the job's cache holds what compiled before uv ran: most of what the whole run compiled, far more than
    // what V8 compiles with the file (the eager code, under a third of it)
    const whole = await size(
      'job-2',
      files.find((f) => f.endsWith('-action.bin'))!,
    );
    expect(await size('job-2', file)).toBeGreaterThan(whole / 2);
  });
});
