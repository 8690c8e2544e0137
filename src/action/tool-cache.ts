import * as tc from '@actions/tool-cache';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { PythonBuild } from '../core/catalog/types.js';
import { platformKey } from '../core/platform.js';
import type { InstallContext, InstalledPython, PythonInstaller } from '../core/setup/types.js';

export const TOOL_NAME = 'Python';

/** tool-cache wants semver: `3.13.0rc1` -> `3.13.0-rc1`; finals are unchanged. */
export function toolCacheVersion(build: PythonBuild): string {
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

const exists = (p: string) =>
  fs.access(p).then(
    () => true,
    () => false,
  );

/**
 * An installer over @actions/tool-cache (`$RUNNER_TOOL_CACHE/Python/<version>/<arch>` like setup-python):
 * a hit costs no download; a miss installs with the library's installer (download, verify, extract, in an
 * ephemeral root) and copies the result into the tool cache, which later jobs on the runner reuse.
 */
export function toolCacheInstaller(inner: PythonInstaller): PythonInstaller {
  return {
    name: 'tool-cache',
    async install(build: PythonBuild, ctx: InstallContext): Promise<InstalledPython> {
      const version = toolCacheVersion(build);
      const arch = toolCacheArch(build);
      const exe = process.platform === 'win32' ? ['python.exe'] : ['bin', 'python3'];
      const found = tc.find(TOOL_NAME, version, arch);
      if (found && (await exists(path.join(found, ...exe)))) {
        ctx.logger.info(`Python ${build.version} (${build.build}) found in the tool cache: ${found}`);
        return {
          pythonDir: found,
          pythonPath: path.join(found, ...exe),
          version: build.version,
          cacheHit: true,
        };
      }
      const fresh = await inner.install(build, ctx);
      ctx.logger.info(`Caching ${fresh.pythonDir} in the tool cache as ${TOOL_NAME}/${version}/${arch}`);
      const cached = await tc.cacheDir(fresh.pythonDir, TOOL_NAME, version, arch);
      return {
        pythonDir: cached,
        pythonPath: path.join(cached, path.relative(fresh.pythonDir, fresh.pythonPath)),
        version: fresh.version,
        cacheHit: fresh.cacheHit,
        instanceDir: fresh.instanceDir,
      };
    },
    // export is the library's (an archive `pyembed import` reads): it needs the instance in the library's
    // root, which a tool-cache hit may not have populated — installing there is free when it is present
    export: inner.export
      ? async (_installed, build, archivePath, ctx) =>
          inner.export!(await inner.install(build, ctx), build, archivePath, ctx)
      : undefined,
  };
}
