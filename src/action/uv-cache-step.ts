import * as core from '@actions/core';
import path from 'node:path';
import type { PythonBuild } from '../core/catalog/types.js';
import { DEFAULT_UV_VERSION, type PythonEmbeddedOptions } from '../core/config/index.js';
import type { CachePolicy } from './cache-inputs.js';
import { hashDependencyFiles, uvCacheKey } from './cache-key.js';
import type { ActionInputs } from './inputs.js';
import { restoreUvCache, STATE } from './uv-cache.js';
import { monotonicMs } from '../core/builtins.js';
import { saveState } from './file-commands.js';

/** What restoring uv's cache found: the exact key the post step saves under, whether it hit, its time. */
export interface UvCacheRestore {
  key: string;
  hit: boolean;
  ms: number;
}

function pyprojectFile(p: string | undefined): string | undefined {
  if (!p) return undefined;
  return path.basename(p) === 'pyproject.toml' ? p : path.join(p, 'pyproject.toml');
}

/** The uv cache key for this build, OS and the dependency files. */
export async function uvCacheKeyFor(
  inputs: ActionInputs,
  o: PythonEmbeddedOptions,
  build: PythonBuild,
  osVersion: string,
): Promise<{ primary: string; restorePrefix: string }> {
  const { caching } = inputs;
  const pyproject = pyprojectFile(inputs.pyproject);
  const deps = await hashDependencyFiles({
    globs: caching.dependencyGlobs,
    explicit: [...inputs.requirements, ...inputs.constraints, ...(pyproject ? [pyproject] : [])],
    cwd: inputs.workingDirectory,
    skipDirs: inputs.venv ? [inputs.venv] : [],
  });
  if (caching.dependencyGlobs.length && !deps.files.length) {
    core.warning(
      `No file matched cache-dependency-glob (${caching.dependencyGlobs.join(', ')}): the uv cache key ignores dependencies.`,
    );
  }
  return uvCacheKey({
    os: build.platform.os,
    osVersion,
    arch: build.platform.arch + (build.platform.archVariant ? `_${build.platform.archVariant}` : ''),
    libc: build.platform.libc,
    pythonKey: build.key,
    pythonBuild: build.build,
    uvVersion: o.uvPath ? 'path' : (o.uvVersion ?? DEFAULT_UV_VERSION),
    depsHash: deps.hash,
    salt: [o.indexUrl ?? '', ...o.extraIndexUrls].join('\n') || undefined,
    suffix: caching.suffix,
  });
}

/**
 * Restores uv's cache into `dir` once the build is known (the key names it and the dependency files), and
 * leaves the post step the policy it saves by. The plan runs it beside the install and uv phases
 * (`hooks.onResolved`); the action reports it as its own phase.
 */
export async function restoreForBuild(
  inputs: ActionInputs,
  o: PythonEmbeddedOptions,
  build: PythonBuild,
  dir: string,
  c: { policy: CachePolicy; osVersion: string },
): Promise<UvCacheRestore> {
  const t0 = monotonicMs();
  const { primary, restorePrefix } = await uvCacheKeyFor(inputs, o, build, c.osVersion);
  saveState(STATE.save, String(c.policy.save));
  saveState(STATE.prune, String(inputs.caching.prune));
  saveState(STATE.quietEmpty, String(inputs.caching.ignoreNothingToCache));
  const hit = await restoreUvCache({ primary, restorePrefix, dir, restore: c.policy.restore });
  return { key: primary, hit, ms: Math.round(monotonicMs() - t0) };
}
