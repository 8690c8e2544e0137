import * as core from '@actions/core';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PythonBuild } from '../core/catalog/types.js';
import type { PythonEmbeddedOptions } from '../core/config/index.js';
import { hashDependencyFiles, uvCacheKey } from './cache-key.js';
import type { ActionInputs } from './inputs.js';
import { restoreUvCache } from './uv-cache.js';

/** What the run learns about uv's cache (and the build) while the plan runs. */
export interface UvCacheState {
  enabled: boolean;
  hit: boolean;
  key?: string;
  dir?: string;
  restoreMs: number;
  /** The resolved build, captured by the installer (for the download URL in the summary). */
  build?: PythonBuild;
}

/**
 * Restores uv's cache once the build is known (the key names it). Called by the tool-cache installer, i.e.
 * inside the install phase, while uv is being ensured in parallel; the time is reported as its own phase.
 */
export async function restoreForBuild(
  inputs: ActionInputs,
  o: PythonEmbeddedOptions,
  build: PythonBuild,
  st: UvCacheState,
) {
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
    skipDirs: [inputs.venv],
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
  st.key = primary;
  st.hit = await restoreUvCache({ primary, restorePrefix, dir: st.dir! });
  st.restoreMs = Math.round(performance.now() - t0);
}
