import * as core from '@actions/core';
import { savePythonCache } from './python-cache.js';
import { saveUvCache } from './uv-cache.js';
import { execFileAsync } from '../core/builtins.js';

/** Seconds the prune waits for uv processes still using the cache before the cache is saved unpruned. */
const PRUNE_LOCK_WAIT_S = 60;

/**
 * `uv cache prune --ci`: keeps wheels built from source, drops downloaded ones (cheaper to re-download).
 * Never with `--force`: that deletes files under a uv that is running, and jobs sharing one uv cache (self-hosted
 * runners under one user, act) would lose the files of a `uv venv` running in the other job. The prune waits for
 * the cache lock instead, bounded: UV_LOCK_TIMEOUT for uv, a kill timer for a uv that does not know it (waiting
 * on a lock is the only thing it can be doing then, so nothing is half-deleted).
 */
async function prune(uv: string, dir: string): Promise<void> {
  core.info('Pruning the uv cache for CI...');
  const args = ['cache', 'prune', '--ci'];
  core.info(`[command]${uv} ${args.join(' ')}`);
  const wait = Number(process.env.UV_LOCK_TIMEOUT) || PRUNE_LOCK_WAIT_S;
  try {
    const { stdout, stderr } = await execFileAsync(uv, args, {
      env: { ...process.env, UV_CACHE_DIR: dir, UV_LOCK_TIMEOUT: String(wait) },
      timeout: (wait + 30) * 1000,
      killSignal: 'SIGKILL',
    });
    for (const line of `${stdout}${stderr}`.split('\n').filter(Boolean)) core.info(line);
  } catch (e) {
    const err = e as { stderr?: string; killed?: boolean; message: string };
    if (err.killed) throw new Error(`the cache was still in use by another uv process after ${wait + 30} s`);
    throw new Error(err.stderr?.trim().split('\n').pop() || err.message);
  }
}

/** The post step: never fails the job — every problem becomes a warning. */
export async function run(): Promise<void> {
  try {
    await saveUvCache(prune);
    await savePythonCache();
  } catch (e) {
    core.warning(`post step: ${(e as Error).message}`);
  }
}
