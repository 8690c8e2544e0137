import { fs } from '../async-fs.js';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { ArchiveLimits } from '../install/archive-limits.js';
import type { Logger } from '../log.js';
import { hostPlatform, platformKey } from '../platform.js';
import { readVenvArchive } from './archive.js';
import { venvBinDir } from './layout.js';
import { refuseStaleLaunchers, relocateVenv } from './relocate.js';

export interface UnpackContext {
  /** The interpreter of the instance the venv is imported into. */
  pythonPath: string;
  pythonVersion: () => Promise<string>;
  archiveLimits?: ArchiveLimits;
  logger: Logger;
}

/**
 * Unpacks an exported venv into `staging` and makes it a venv of this instance at `dest`: refuses another
 * platform or Python minor, re-creates its links, re-points `home`, shebangs and activate scripts.
 */
export async function unpackVenvArchive(
  archivePath: string,
  staging: string,
  dest: string,
  o: UnpackContext,
): Promise<void> {
  const manifest = await readVenvArchive(archivePath, staging, o.archiveLimits);
  const here = platformKey(hostPlatform());
  if (manifest.platform && manifest.platform !== here) {
    throw new ConfigurationError(`The archive holds a ${manifest.platform} venv; this machine is ${here}.`, {
      requested: manifest.platform,
      available: [here],
      hint: 'Venvs hold compiled code: import them on the platform they were made on.',
    });
  }
  const mine = await o.pythonVersion();
  if (manifest.pythonVersion && minor(manifest.pythonVersion) !== minor(mine)) {
    throw new ConfigurationError(
      `The archive holds a Python ${manifest.pythonVersion} venv; this instance is Python ${mine}.`,
      {
        requested: manifest.pythonVersion,
        available: [mine],
        hint: 'Import it into an instance of the same minor version.',
      },
    );
  }
  await restoreLinks(staging, manifest.links, manifest.sourcePath, manifest.home, o);
  const moved = await relocateVenv(staging, {
    from: manifest.sourcePath,
    to: dest,
    basePython: o.pythonPath,
  });
  refuseStaleLaunchers(moved, manifest.sourcePath);
}

/** Re-creates the archive's absolute links: the interpreter links against this instance, links into the venv. */
async function restoreLinks(
  dir: string,
  links: Record<string, string>,
  sourcePath: string,
  oldHome: string | undefined,
  o: UnpackContext,
) {
  const bin = path.relative(dir, venvBinDir(dir)).split(path.sep).join('/');
  for (const [rel, target] of Object.entries(links)) {
    const parts = rel.split('/');
    if (!rel || parts.some((p) => !p || p === '.' || p === '..') || path.isAbsolute(rel)) continue;
    const abs = path.join(dir, ...parts);
    let next: string | undefined;
    if (target === sourcePath || target.startsWith(sourcePath + '/'))
      next = target; // relocateVenv re-points it
    else if (parts.length === 2 && parts[0] === bin && /^python/.test(parts[1])) next = o.pythonPath;
    else if (oldHome && path.dirname(target) === oldHome) next = o.pythonPath;
    if (!next) {
      o.logger.warn(`Import: dropping link ${rel} -> ${target} (outside the venv).`);
      continue;
    }
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.rm(abs, { force: true });
    await fs.symlink(next, abs);
  }
}

function minor(v: string): string {
  return v.split('.').slice(0, 2).join('.');
}
