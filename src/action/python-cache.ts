import * as core from '@actions/core';
import { fs } from '../core/async-fs.js';
import path from 'node:path';
import type { PythonBuild } from '../core/catalog/types.js';
import type { InstallContext, InstalledPython, PythonInstaller } from '../core/setup/types.js';
import type { CachePolicy } from './cache-inputs.js';
import { pythonCacheKey } from './cache-key.js';
import { TOOL_NAME, toolCacheArch, toolCacheVersion } from './tool-cache.js';
import { cachePathArg, restoreCachePaths, saveCachePaths, STATE } from './uv-cache.js';
import { saveState } from './file-commands.js';

/** State the post step saves the Python cache from. */
export const PYTHON_STATE = { key: 'python-cache-key', dir: 'python-cache-dir' } as const;

const exists = (p: string) =>
  fs.access(p).then(
    () => true,
    () => false,
  );

/** Where @actions/tool-cache keeps a build (`$RUNNER_TOOL_CACHE/Python/<version>/<arch>`) and its interpreter. */
export function toolCachePlace(build: PythonBuild, toolCache: string): { dir: string; exe: string } {
  const dir = path.join(toolCache, TOOL_NAME, toolCacheVersion(build), toolCacheArch(build));
  const exe = process.platform === 'win32' ? path.join(dir, 'python.exe') : path.join(dir, 'bin', 'python3');
  return { dir, exe };
}

/**
 * `cache-python`: a fresh hosted runner has an empty tool cache, so the installed build also goes to the
 * Actions cache (keyed by build and OS version). Before the inner installer looks in the tool cache, a miss
 * there is filled from the Actions cache — the tool cache's `.complete` marker is written only after a full
 * restore — and the inner installer then finds it (no download, `python-cache-hit: true`). A build that had
 * to be downloaded is left for the post step to save.
 */
export function pythonCacheInstaller(
  inner: PythonInstaller,
  c: { policy: CachePolicy; osVersion: string; toolCache: string },
): PythonInstaller {
  return {
    ...inner,
    async install(build: PythonBuild, ctx: InstallContext): Promise<InstalledPython> {
      const { dir, exe } = toolCachePlace(build, c.toolCache);
      const key = pythonCacheKey({
        osVersion: c.osVersion,
        toolCacheArch: toolCacheArch(build),
        version: build.version,
      });
      const inToolCache = (await exists(`${dir}.complete`)) && (await exists(exe));
      if (!inToolCache && c.policy.restore) {
        const matched = await restoreCachePaths('Python cache', [cachePathArg(dir)], key);
        if (matched && (await exists(exe))) await fs.writeFile(`${dir}.complete`, '');
      }
      const installed = await inner.install(build, ctx);
      if (!installed.cacheHit && c.policy.save) {
        saveState(PYTHON_STATE.key, key);
        saveState(PYTHON_STATE.dir, installed.pythonDir);
      }
      return installed;
    },
  };
}

/** The post step's Python save: only a build this job downloaded, only after a healthy setup. */
export async function savePythonCache(): Promise<'saved' | 'none' | 'unhealthy' | 'failed'> {
  const key = core.getState(PYTHON_STATE.key);
  const dir = core.getState(PYTHON_STATE.dir);
  if (!key || !dir) return 'none';
  if (core.getState(STATE.healthy) !== 'true') {
    core.warning('Setup did not complete: the Python cache is not saved.');
    return 'unhealthy';
  }
  return (await saveCachePaths('Python cache', [cachePathArg(dir)], key)) ? 'saved' : 'failed';
}
