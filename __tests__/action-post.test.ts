import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uvBin } from '../test-world/paths.js';
import {
  readRunnerFiles,
  runEntry,
  runnerFiles,
  stateEnv,
  type RunnerFiles,
} from './workflows/runner-files.js';

// The post step as the runner starts it: its own node process, state from main in STATE_* variables.
let tmp: string;
let files: RunnerFiles;
let cacheDir: string;

const baseEnv = () => ({ PATH: process.env.PATH, HOME: tmp, RUNNER_TEMP: tmp, ...files.env });
const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning'));

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-post-'));
  files = await runnerFiles(path.join(tmp, 'runner'));
  cacheDir = path.join(tmp, 'uv-cache');
});
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

describe('post step', () => {
  it('does nothing, quietly, when the cache was off (no state)', async () => {
    const r = await runEntry('post', baseEnv());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/nothing to save/);
    expect(warnings(r.stdout)).toEqual([]);
  });

  it('does not save after an incomplete setup, and says so as a warning', async () => {
    const r = await runEntry('post', {
      ...baseEnv(),
      ...stateEnv({ 'uv-cache-key': 'k1', 'uv-cache-dir': cacheDir, 'uv-cache-save': 'true' }),
    });
    expect(r.code).toBe(0);
    expect(warnings(r.stdout)).toEqual([
      '::warning::Setup did not complete: the uv cache is not saved, so a broken state is not reused.',
    ]);
  });

  it('skips the save on an exact hit', async () => {
    const r = await runEntry('post', {
      ...baseEnv(),
      ...stateEnv({
        'uv-cache-key': 'k1',
        'uv-cache-matched-key': 'k1',
        'uv-cache-dir': cacheDir,
        'setup-completed': 'true',
        'uv-cache-save': 'true',
      }),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/uv cache hit on k1: not saving/);
    expect(warnings(r.stdout)).toEqual([]);
  });

  it('prunes with the real uv and warns (never fails) when there is nothing to cache', async () => {
    const r = await runEntry('post', {
      ...baseEnv(),
      ...stateEnv({
        'uv-cache-key': 'k2',
        'uv-cache-dir': cacheDir,
        'setup-completed': 'true',
        'uv-cache-save': 'true',
        'uv-path': uvBin(),
        'uv-version': '0.13.9',
      }),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${uvBin()} cache prune --ci`);
    expect(r.stdout).not.toContain('--force');
    expect(warnings(r.stdout)).toEqual([
      `::warning::uv cache ${cacheDir} is empty: nothing to save (no packages were installed?).`,
    ]);
  });

  it('never prunes under a uv still using the cache (another job on a shared cache): waits, then saves unpruned', async () => {
    // what a running `uv venv` holds: a shared lock on the cache and its files in a .tmp directory
    const shared = path.join(tmp, 'uv-cache-shared');
    const inUse = path.join(shared, '.tmpAbC123', 'python', 'get_interpreter_info.py');
    await fs.mkdir(path.dirname(inUse), { recursive: true });
    await fs.writeFile(inUse, 'print()\n');
    const holder = spawn(
      'python3',
      [
        '-c',
        'import fcntl,sys; f=open(sys.argv[1],"a"); fcntl.flock(f,fcntl.LOCK_SH); print("locked",flush=True); sys.stdin.read()',
        path.join(shared, '.lock'),
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    try {
      await once(holder.stdout!, 'data');
      const r = await runEntry('post', {
        ...baseEnv(),
        UV_LOCK_TIMEOUT: '1',
        ...stateEnv({
          'uv-cache-key': 'k4',
          'uv-cache-dir': shared,
          'setup-completed': 'true',
          'uv-cache-save': 'true',
          'uv-path': uvBin(),
          'uv-version': '0.13.9',
        }),
      });
      expect(r.code).toBe(0);
      expect(warnings(r.stdout)[0]).toMatch(
        /^::warning::uv cache prune failed \(saving unpruned\): .*Timeout \(1s\) when waiting for lock/,
      );
      // the other uv's files are still there
      expect(await fs.readFile(inUse, 'utf8')).toBe('print()\n');
    } finally {
      holder.stdin!.end();
      await once(holder, 'close');
    }
  });

  it('warns (never fails) when there is no cache service to save to', async () => {
    await fs.mkdir(path.join(cacheDir, 'wheels-v5'), { recursive: true });
    await fs.writeFile(path.join(cacheDir, 'wheels-v5', 'x'), 'x');
    const r = await runEntry('post', {
      ...baseEnv(),
      ...stateEnv({
        'uv-cache-key': 'k3',
        'uv-cache-dir': cacheDir,
        'setup-completed': 'true',
        'uv-cache-save': 'true',
      }),
    });
    expect(r.code).toBe(0);
    expect(warnings(r.stdout)).toEqual([
      '::warning::The Actions cache service is not available here; the uv cache is not saved.',
    ]);
    expect((await readRunnerFiles(files)).outputs).toEqual({});
  });

  it('saves nothing when the policy said so (save-cache: false, offline, pull_request_target)', async () => {
    const r = await runEntry('post', {
      ...baseEnv(),
      ...stateEnv({
        'uv-cache-key': 'k4',
        'uv-cache-dir': cacheDir,
        'setup-completed': 'true',
        'uv-cache-save': 'false',
        'uv-path': uvBin(),
      }),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('uv cache saving is off for this run');
    expect(r.stdout).not.toContain('cache prune');
    expect(warnings(r.stdout)).toEqual([]);
  });

  it('prune-cache: false skips the prune; ignore-nothing-to-cache turns the empty warning into info', async () => {
    const empty = path.join(tmp, 'uv-cache-empty');
    const r = await runEntry('post', {
      ...baseEnv(),
      ...stateEnv({
        'uv-cache-key': 'k5',
        'uv-cache-dir': empty,
        'setup-completed': 'true',
        'uv-cache-save': 'true',
        'uv-cache-prune': 'false',
        'uv-cache-quiet-empty': 'true',
        'uv-path': uvBin(),
        'uv-version': '0.13.9',
      }),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('cache prune');
    expect(r.stdout).toContain(`uv cache ${empty} is empty: nothing to save`);
    expect(warnings(r.stdout)).toEqual([]);
  });
});
