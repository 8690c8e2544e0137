import { fs } from '../async-fs.js';
import path from 'node:path';
import { PythonInstallationError } from '../errors.js';
import { exists, renameWithRetry } from '../fs.js';
import type { ArchiveLimits } from '../install/archive-limits.js';
import { withLock } from '../install/lock.js';
import type { Logger } from '../log.js';
import { probeInterpreter } from '../python/probe.js';
import { removeInstanceTree } from './disk.js';
import {
  readStoredMetadata,
  rebuildInstanceMetadata,
  writeInstanceMetadata,
  type InstanceMetadata,
} from './metadata.js';
import { INSTANCE_NAME_SAFE } from './naming.js';
import { relocateInstanceVenvs } from './relocate.js';

export interface ImportContext {
  root: string;
  /** The checked `<root>/<key>` (PythonManager's rule for instance names). */
  dirOf: (key: string) => string;
  lockPath: (key: string) => string;
  archiveLimits?: ArchiveLimits;
  log: Logger;
  overwrite?: boolean;
  signal?: AbortSignal;
}

/**
 * Imports an exported instance (same safety rules as any extraction: no `..`, absolute paths or escaping
 * links). The interpreter is run at its new place before the instance is registered; venvs are re-pointed.
 */
export async function importExported(
  archivePath: string,
  o: ImportContext,
): Promise<{ dir: string; meta: InstanceMetadata }> {
  await fs.mkdir(o.root, { recursive: true });
  const staging = await fs.mkdtemp(path.join(o.root, '.import-'));
  try {
    const { extractArchive } = await import('../install/extract.js'); // archive code: loaded for an import only
    await extractArchive(path.resolve(archivePath), path.join(staging, 'x'), {
      ...o.archiveLimits,
      signal: o.signal,
    });
    const top = await findExportedInstance(path.join(staging, 'x'));
    if (!top) {
      throw new PythonInstallationError(
        `${archivePath} is not an exported instance (no <name>/python/ inside).`,
        {
          requested: archivePath,
          hint: 'Use an archive written by exportInstance / `pyembed export`. For a PBS archive use installArchive.',
        },
      );
    }
    const stored = await readStoredMetadata(top);
    const key = path.basename(top);
    const dir = o.dirOf(key);
    const oldDir = stored?.dir;
    return await withLock(o.lockPath(key), async () => {
      if (await exists(dir)) {
        if (!o.overwrite) {
          throw new PythonInstallationError(`${key} already exists under ${o.root}.`, {
            requested: key,
            hint: 'Delete it first or import with overwrite.',
          });
        }
        await removeInstanceTree(o.root, dir);
      }
      await renameWithRetry(top, dir);
      const meta = (await readStoredMetadata(dir)) ?? (await rebuildInstanceMetadata(dir, o.log));
      if (!meta)
        throw new PythonInstallationError(`${key}: no runnable interpreter in the imported archive.`, {
          requested: archivePath,
        });
      const probe = await probeInterpreter(path.join(dir, 'python', ...meta.pythonExe.split('/'))).catch(
        async (e) => {
          await fs.rm(dir, { recursive: true, force: true }); // never registered: remove what we put there
          throw e;
        },
      );
      const updated: InstanceMetadata = {
        ...meta,
        dir,
        version: probe.version,
        origin: { kind: 'imported', from: path.resolve(archivePath) },
      };
      await writeInstanceMetadata(dir, updated);
      await relocateInstanceVenvs(dir, path.join(dir, 'python', ...meta.pythonExe.split('/')), oldDir, o.log);
      return { dir, meta: updated };
    });
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/** The exported `<name>/` directory holding `python/` (or the extraction root itself). */
async function findExportedInstance(root: string): Promise<string | undefined> {
  const names = await fs.readdir(root);
  for (const n of names) {
    if (INSTANCE_NAME_SAFE.test(n) && (await exists(path.join(root, n, 'python')))) return path.join(root, n);
  }
  return undefined;
}
