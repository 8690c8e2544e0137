import path from 'node:path';
import type { PythonBuild } from '../catalog/types.js';
import type { PythonManagerOptions } from '../instances/manager.js';
import type { Logger } from '../log.js';
import type { InstallContext, InstalledPython, PythonInstaller } from './types.js';

export interface ManagerInstallerOptions {
  root: string;
  mirror?: string;
  githubToken?: string;
  allowMissingChecksum?: boolean;
  /** Archive limits (ArchiveLimits.maxBytes / maxRatio); the extractor's defaults when unset. */
  archiveMaxBytes?: number;
  archiveMaxRatio?: number;
  retries?: number;
  timeoutMs?: number;
  backoffMs?: number;
  offline?: boolean;
  logger?: Logger;
}

/** PythonManager's settings from the configuration's names (`githubToken` -> `token`); one mapping for every face. */
export function managerOptions(o: ManagerInstallerOptions): PythonManagerOptions {
  return {
    root: o.root,
    mirror: o.mirror,
    token: o.githubToken,
    allowMissingChecksum: o.allowMissingChecksum,
    archiveLimits: { maxBytes: o.archiveMaxBytes, maxRatio: o.archiveMaxRatio },
    retries: o.retries,
    timeoutMs: o.timeoutMs,
    backoffMs: o.backoffMs,
    offline: o.offline,
    logger: o.logger,
  };
}

/**
 * The library's own installer: PythonManager instances under `root` (download, verify, extract, lock).
 * Loaded lazily so a caller that brings its own installer (the action's tool cache) never loads it.
 */
export function managerInstaller(o: ManagerInstallerOptions): PythonInstaller {
  const manager = import('../instances/index.js').then(
    ({ PythonManager }) => new PythonManager(managerOptions(o)),
  );
  return {
    name: 'pyembed',
    async install(build: PythonBuild, ctx: InstallContext): Promise<InstalledPython> {
      const m = await manager;
      const r = await m.installBuild(build, { signal: ctx.signal, onProgress: ctx.onProgress });
      return {
        pythonPath: r.instance.pythonPath,
        pythonDir: r.instance.pythonDir,
        version: r.instance.version,
        cacheHit: !r.downloaded,
        instanceDir: r.instance.dir,
      };
    },
    async export(installed, build, archivePath) {
      // the instance directory name is the exact key; the build key + tag select the same instance otherwise
      const key = installed.instanceDir ? path.basename(installed.instanceDir) : build.key;
      return (await manager).exportInstance(key, archivePath, {
        build: build.build,
        platform: build.platform,
      });
    },
  };
}
