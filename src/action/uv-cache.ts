import * as core from '@actions/core';
import { fs } from '../core/async-fs.js';
import os from 'node:os';
import path from 'node:path';
import { saveState } from './file-commands.js';

/** State shared with the post step (inputs are re-read there, so the exact key and path travel here). */
export const STATE = {
  key: 'uv-cache-key',
  matched: 'uv-cache-matched-key',
  dir: 'uv-cache-dir',
  uv: 'uv-path',
  uvVersion: 'uv-version',
  healthy: 'setup-completed',
  /** 'true' when the cache policy allows saving (see cache-inputs.ts cachePolicy). */
  save: 'uv-cache-save',
  prune: 'uv-cache-prune',
  quietEmpty: 'uv-cache-quiet-empty',
} as const;

/**
 * uv's cache dir: the user's UV_CACHE_DIR, else `~/.cache/pyembed-uv`. Under HOME on purpose: @actions/cache
 * hashes the path *string* into the cache version, so it must read the same in every job. RUNNER_TEMP and the
 * workspace can sit under a per-job directory (act does this), and relative `..` paths are refused, but
 * `~/...` is expanded by @actions/cache and reads the same everywhere.
 */
export function uvCacheDir(env: NodeJS.ProcessEnv = process.env, localPath?: string): string {
  if (localPath) return path.resolve(localPath);
  if (env.UV_CACHE_DIR) return path.resolve(env.UV_CACHE_DIR);
  return path.join(os.homedir(), '.cache', 'pyembed-uv');
}

/** The path string given to @actions/cache for `dir`: `~/...` under HOME (stable across jobs), else absolute. */
export function cachePathArg(dir: string, home = os.homedir()): string {
  const rel = path.relative(home, dir);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return `~/${rel.split(path.sep).join('/')}`;
  return dir;
}

/**
 * @actions/cache pulls in the Azure SDK (~2 MB): loaded only when a cache is restored or saved, so a run
 * without the cache (and the action's start) does not pay for it.
 */
const loadCache = () => import('@actions/cache');

export async function cacheServiceAvailable(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  // no service URL of either protocol and not under @github/local-action: nothing to load
  if (!env.ACTIONS_CACHE_URL && !env.ACTIONS_RESULTS_URL && !env.LOCAL_ACTION_CACHE_PATH) return false;
  // the @github/local-action stub of @actions/cache has no isFeatureAvailable: assume its local store works
  const probe = ((await loadCache()) as { isFeatureAvailable?: () => boolean }).isFeatureAvailable;
  return typeof probe === 'function' ? probe() : true;
}

/**
 * Restores `paths` from the Actions cache: the matched key, or undefined on a miss. A broken or absent cache
 * service is logged (a warning when it broke), never a failure.
 */
export async function restoreCachePaths(
  what: string,
  paths: string[],
  primary: string,
  restoreKeys: string[] = [],
): Promise<string | undefined> {
  if (!(await cacheServiceAvailable())) {
    core.info(`The Actions cache service is not available here; the ${what} is not restored.`);
    return undefined;
  }
  try {
    const matched = await (await loadCache()).restoreCache(paths, primary, restoreKeys);
    core.info(matched ? `${what} restored from ${matched}.` : `No ${what} for ${primary}.`);
    return matched;
  } catch (e) {
    core.warning(`${what} restore failed (continuing without it): ${(e as Error).message}`);
    return undefined;
  }
}

/** Saves `paths` under `key`; false (with a warning) when it could not. */
export async function saveCachePaths(what: string, paths: string[], key: string): Promise<boolean> {
  if (!(await cacheServiceAvailable())) {
    core.warning(`The Actions cache service is not available here; the ${what} is not saved.`);
    return false;
  }
  try {
    const id = await (await loadCache()).saveCache(paths, key);
    if (id === -1) {
      core.warning(`${what} was not saved for ${key} (see the log above).`);
      return false;
    }
    core.info(`${what} saved as ${key}.`);
    return true;
  } catch (e) {
    core.warning(`${what} save failed: ${(e as Error).message}`);
    return false;
  }
}

/**
 * Restores uv's cache (when `restore`) and leaves the post step what it needs to save it. An exact hit on
 * `primary` is a hit; a `restorePrefix` match warms the cache but is not a hit (the post step then saves the
 * new key).
 */
export async function restoreUvCache(o: {
  primary: string;
  restorePrefix: string;
  dir: string;
  restore: boolean;
}): Promise<boolean> {
  saveState(STATE.key, o.primary);
  saveState(STATE.dir, o.dir);
  if (!o.restore) return false;
  const matched = await restoreCachePaths('uv cache', [cachePathArg(o.dir)], o.primary, [o.restorePrefix]);
  if (matched) saveState(STATE.matched, matched);
  return matched === o.primary;
}

async function nonEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).length > 0;
  } catch {
    return false;
  }
}

export type SaveOutcome = 'saved' | 'hit' | 'disabled' | 'skipped' | 'unhealthy' | 'empty' | 'failed';

/**
 * The post step's work: prune uv's cache for CI (drops pre-built wheels, keeps built ones; `prune-cache`) and
 * save it — only when the policy allows, the main step completed and the key missed. Nothing to save is a warning, never a failure.
 */
export async function saveUvCache(
  prune: (uv: string, dir: string, uvVersion: string) => Promise<void>,
): Promise<SaveOutcome> {
  const key = core.getState(STATE.key);
  const dir = core.getState(STATE.dir);
  if (!key || !dir) {
    core.info('uv cache disabled or setup stopped before the cache step: nothing to save.');
    return 'disabled';
  }
  if (core.getState(STATE.save) !== 'true') {
    core.info('uv cache saving is off for this run (save-cache, offline or the event): nothing saved.');
    return 'skipped';
  }
  if (core.getState(STATE.healthy) !== 'true') {
    core.warning('Setup did not complete: the uv cache is not saved, so a broken state is not reused.');
    return 'unhealthy';
  }
  if (core.getState(STATE.matched) === key) {
    core.info(`uv cache hit on ${key}: not saving.`);
    return 'hit';
  }
  const uv = core.getState(STATE.uv);
  if (uv && core.getState(STATE.prune) !== 'false') {
    try {
      await prune(uv, dir, core.getState(STATE.uvVersion));
    } catch (e) {
      core.warning(`uv cache prune failed (saving unpruned): ${(e as Error).message}`);
    }
  }
  if (!(await nonEmptyDir(dir))) {
    const say = core.getState(STATE.quietEmpty) === 'true' ? core.info : core.warning;
    say(`uv cache ${dir} is empty: nothing to save (no packages were installed?).`);
    return 'empty';
  }
  return (await saveCachePaths('uv cache', [cachePathArg(dir)], key)) ? 'saved' : 'failed';
}
