import path from 'node:path';
import type { PythonBuild } from '../catalog/types.js';
import type { PythonEmbeddedOptions } from '../config/options.js';
import type { PythonManager, PythonManagerOptions } from '../instances/manager.js';
import type { Logger } from '../log.js';
import type { InstallContext, InstalledPython, PythonInstaller } from './types.js';

/** The configuration keys the library's installer reads (`root` required), plus an optional fixed logger. */
export type ManagerInstallerOptions = Pick<PythonEmbeddedOptions, 'root'> &
  Partial<
    Pick<
      PythonEmbeddedOptions,
      | 'mirror'
      | 'githubToken'
      | 'allowMissingChecksum'
      | 'archiveMaxBytes'
      | 'archiveMaxRatio'
      | 'retries'
      | 'timeoutMs'
      | 'backoffMs'
      | 'offline'
    >
  > & { logger?: Logger };

/**
 * PythonManager's settings from the configuration: the same names, except the token (`token`) and the
 * archive limits (`archiveLimits`; the extractor's defaults when unset).
 */
export function managerOptions(o: ManagerInstallerOptions): PythonManagerOptions {
  const { root, mirror, allowMissingChecksum, retries, timeoutMs, backoffMs, offline, logger } = o;
  return {
    ...{ root, mirror, allowMissingChecksum, retries, timeoutMs, backoffMs, offline, logger },
    token: o.githubToken,
    archiveLimits: { maxBytes: o.archiveMaxBytes, maxRatio: o.archiveMaxRatio },
  };
}

/**
 * The library's own installer: PythonManager instances under `root` (download, verify, extract, lock).
 * The manager is made (and its module loaded) on first use, with the run's logger unless `o.logger` is
 * given, so a plan that brings its own installer (the action's tool cache) never loads it.
 */
export function managerInstaller(o: ManagerInstallerOptions): PythonInstaller {
  let manager: Promise<PythonManager> | undefined;
  const get = (ctx: InstallContext) =>
    (manager ??= import('../instances/index.js').then(
      ({ PythonManager }) => new PythonManager(managerOptions({ ...o, logger: o.logger ?? ctx.logger })),
    ));
  return {
    name: 'pyembed',
    async install(build: PythonBuild, ctx: InstallContext): Promise<InstalledPython> {
      const r = await (
        await get(ctx)
      ).installBuild(build, { signal: ctx.signal, onProgress: ctx.onProgress });
      return {
        pythonPath: r.instance.pythonPath,
        pythonDir: r.instance.pythonDir,
        version: r.instance.version,
        cacheHit: !r.downloaded,
        instanceDir: r.instance.dir,
      };
    },
    async export(installed, build, archivePath, ctx) {
      // the instance directory name is the exact key; the build key + tag select the same instance otherwise
      const key = installed.instanceDir ? path.basename(installed.instanceDir) : build.key;
      return (await get(ctx)).exportInstance(key, archivePath, {
        build: build.build,
        platform: build.platform,
      });
    },
  };
}
