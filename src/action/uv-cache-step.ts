import * as core from '@actions/core';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PythonBuild } from '../core/catalog/types.js';
import type { PythonEmbeddedOptions } from '../core/config/index.js';
import { hashDependencyFiles, uvCacheKey } from './cache-key.js';
import type { ActionInputs } from './inputs.js';
import { restoreUvCache } from './uv-cache.js';

/** What restoring uv's cache found: the exact key the post step saves under, whether it hit, its time. */
export interface UvCacheRestore {
  key: string;
  hit: boolean;
  ms: number;
}

/**
 * Restores uv's cache into `dir` once the build is known (the key names it and the dependency files).
 * The plan runs it beside the install and uv phases (`hooks.onResolved`); the action reports it as its own phase.
 */
export async function restoreForBuild(
  inputs: ActionInputs,
  o: PythonEmbeddedOptions,
  build: PythonBuild,
  dir: string,
): Promise<UvCacheRestore> {
  const t0 = performance.now();
  const pyproject = inputs.pyproject
    ? path.basename(inputs.pyproject) === 'pyproject.toml'
      ? inputs.pyproject
      : path.join(inputs.pyproject, 'pyproject.toml')
    : undefined;
  const deps = await hashDependencyFiles({
    globs: inputs.cacheDependencyGlob,
    explicit: [...inputs.requirements, ...inputs.constraints, ...(pyproject ? [pyproject] : [])],
    cwd: inputs.workingDirectory,
    skipDirs: inputs.venv ? [inputs.venv] : [],
  });
  if (inputs.cacheDependencyGlob.length && !deps.files.length) {
    core.warning(
      `No file matched cache-dependency-glob (${inputs.cacheDependencyGlob.join(', ')}): the uv cache key ignores dependencies.`,
    );
  }
  const { primary, restorePrefix } = uvCacheKey({
    os: build.platform.os,
    arch: build.platform.arch + (build.platform.archVariant ? `_${build.platform.archVariant}` : ''),
    libc: build.platform.libc,
    pythonKey: build.key,
    pythonBuild: build.build,
    uvVersion: o.uvPath ? 'path' : o.uvVersion,
    depsHash: deps.hash,
    salt: [o.indexUrl ?? '', ...o.extraIndexUrls].join('\n') || undefined,
  });
  const hit = await restoreUvCache({ primary, restorePrefix, dir });
  return { key: primary, hit, ms: Math.round(performance.now() - t0) };
}
