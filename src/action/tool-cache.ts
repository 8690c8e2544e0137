import { fs } from '../core/async-fs.js';
import os from 'node:os';
import path from 'node:path';
import type { PythonBuild } from '../core/catalog/types.js';
import { copyTreeSync, exists, makeDirs } from '../core/fs.js';
import { withLock } from '../core/install/lock.js';
import { findInterpreter } from '../core/install/python-layout.js';
import { platformKey } from '../core/platform.js';
import type { InstallContext, InstalledPython, PythonInstaller } from '../core/setup/types.js';
import { randomTag } from '../core/builtins.js';

export const TOOL_NAME = 'Python';

/** The tool's name in the tool cache, as setup-python names it: `Python`, `PyPy`, `GraalPy`. */
export function toolCacheName(build: Pick<PythonBuild, 'implementation'>): string {
  if (build.implementation === 'pypy') return 'PyPy';
  return build.implementation === 'graalpy' ? 'GraalPy' : TOOL_NAME;
}

/**
 * tool-cache wants semver: `3.13.0rc1` -> `3.13.0-rc1`; finals are unchanged. PyPy is filed under its
 * language version (`PyPy/3.10.16`), GraalPy under its own release (`GraalPy/24.2.2`), like setup-python.
 */
export function toolCacheVersion(build: PythonBuild): string {
  if (build.implementation === 'graalpy') return build.build;
  const m = /^(\d+\.\d+\.\d+)([a-z]+\d+)?$/.exec(build.version);
  return m ? (m[2] ? `${m[1]}-${m[2]}` : m[1]) : build.version;
}

/**
 * The tool cache's "arch" directory: platform, PBS build, variant and flavour, so a runner's preinstalled
 * `Python/<version>/x64` (not a PBS build) is never mistaken for ours, and two builds never collide.
 */
export function toolCacheArch(build: PythonBuild): string {
  const variant = build.variant ? `+${build.variant}` : '';
  return `pbs-${platformKey(build.platform)}${variant}-${build.build}-${build.flavor}`.replace(
    /[^\w.+-]/g,
    '_',
  );
}

/**
 * `$RUNNER_TOOL_CACHE/<Python|PyPy|GraalPy>/<version>/<arch>`: @actions/tool-cache's layout, so `tc.find`
 * sees it too.
 */
export function toolCachePath(build: PythonBuild, toolCache = process.env.RUNNER_TOOL_CACHE): string {
  const root = toolCache || path.join(os.tmpdir(), 'pyembed-tool-cache');
  return path.join(root, toolCacheName(build), toolCacheVersion(build), toolCacheArch(build));
}

/**
 * A published entry's interpreter (PBS `bin/python3`, PyPy `bin/pypy3`, GraalPy `bin/graalpy`...): its
 * `<dir>.complete` marker (tool-cache's) is written only after the rename.
 */
async function findPublished(dir: string): Promise<string | undefined> {
  if (!(await exists(`${dir}.complete`))) return undefined;
  const exe = findInterpreter(dir);
  return exe ? path.join(dir, ...exe.split('/')) : undefined;
}

/**
 * Copies `from` to `dir` atomically: a private sibling is filled, renamed into place, then marked complete.
 * Only an unpublished `dir` (a crashed copy, or one whose interpreter is gone) is ever removed, and only
 * under the caller's lock, so a directory another job is running from is never replaced.
 */
async function publish(from: string, dir: string): Promise<void> {
  const staging = `${dir}.tmp-${randomTag()}`;
  try {
    copyTreeSync(from, staging);
    await fs.rm(`${dir}.complete`, { force: true });
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rename(staging, dir);
    await fs.writeFile(`${dir}.complete`, '');
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/**
 * An installer over the runner's tool cache (`$RUNNER_TOOL_CACHE/Python/<version>/<arch>` like setup-python):
 * a hit costs no download; a miss installs with the library's installer and copies the result into the tool
 * cache, which later jobs on the runner reuse. Lookup and copy run under one lock per entry: jobs sharing a
 * tool cache (self-hosted runners, act) make one copy between them and never replace each other's.
 */
export function toolCacheInstaller(inner: PythonInstaller): PythonInstaller {
  return {
    name: 'tool-cache',
    async install(build: PythonBuild, ctx: InstallContext): Promise<InstalledPython> {
      const dir = toolCachePath(build);
      const hit = async (): Promise<InstalledPython | undefined> => {
        const exe = await findPublished(dir);
        if (!exe) return undefined;
        ctx.logger.info(
          `${toolCacheName(build)} ${build.version} (${build.build}) found in the tool cache: ${dir}`,
        );
        return { pythonDir: dir, pythonPath: exe, version: build.version, cacheHit: true };
      };
      const found = await hit();
      if (found) return found;
      await makeDirs(path.dirname(dir));
      return withLock(`${dir}.lock`, async () => {
        // another job may have published it while we waited
        const published = await hit();
        if (published) return published;
        const fresh = await inner.install(build, ctx);
        const entry = `${toolCacheName(build)}/${toolCacheVersion(build)}/${toolCacheArch(build)}`;
        ctx.logger.info(`Caching ${fresh.pythonDir} in the tool cache as ${entry}`);
        await publish(fresh.pythonDir, dir);
        return {
          pythonDir: dir,
          pythonPath: path.join(dir, path.relative(fresh.pythonDir, fresh.pythonPath)),
          version: fresh.version,
          cacheHit: fresh.cacheHit,
          instanceDir: fresh.instanceDir,
        };
      });
    },
    // export is the library's (an archive `pyembed import` reads): it needs the instance in the library's
    // root, which a tool-cache hit may not have populated: installing there is free when it is present
    export: inner.export
      ? async (_installed, build, archivePath, ctx) =>
          inner.export!(await inner.install(build, ctx), build, archivePath, ctx)
      : undefined,
  };
}
