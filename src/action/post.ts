import * as core from '@actions/core';
import * as exec from '@actions/exec';
import semver from 'semver';
import { savePythonCache } from './python-cache.js';
import { saveUvCache } from './uv-cache.js';

/** `uv cache prune --ci`: keeps wheels built from source, drops downloaded ones (cheaper to re-download). */
async function prune(uv: string, dir: string, uvVersion: string): Promise<void> {
  core.info('Pruning the uv cache for CI...');
  // --force (don't wait for a lock held by a leftover uv process) exists since uv 0.8.24
  const force = uvVersion && semver.gte(semver.coerce(uvVersion) ?? '0.0.0', '0.8.24') ? ['--force'] : [];
  await exec.exec(uv, ['cache', 'prune', '--ci', ...force], {
    env: { ...(process.env as Record<string, string>), UV_CACHE_DIR: dir },
  });
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
