import { fs } from '../async-fs.js';
import path from 'node:path';
import type { Logger } from '../log.js';
import { readStoredMetadata, rebuildInstanceMetadata, type InstanceMetadata } from './metadata.js';
import type { PythonInstance } from './types.js';

/** The public view of an instance directory and its metadata. */
export function instanceOf(dir: string, m: InstanceMetadata): PythonInstance {
  const pythonDir = path.join(dir, 'python');
  return {
    key: m.key,
    buildKey: m.buildKey,
    dir,
    pythonDir,
    pythonPath: path.join(pythonDir, ...m.pythonExe.split('/')),
    venvsDir: path.join(dir, 'venvs'),
    version: m.version,
    implementation: m.implementation ?? 'cpython',
    build: m.build,
    platform: m.platform,
    variant: m.variant,
    flavor: m.flavor,
    createdAt: m.createdAt,
    source: m.source,
    metadataRebuilt: !!m.rebuilt,
  };
}

/** The instance in `dir` when its python/ is complete; metadata rebuilt if needed. */
export async function loadInstance(dir: string, log: Logger): Promise<PythonInstance | undefined> {
  const pythonDir = path.join(dir, 'python');
  const st = await fs.stat(pythonDir).catch(() => undefined);
  if (!st?.isDirectory()) return undefined;
  const stored = await readStoredMetadata(dir);
  if (
    stored &&
    (await fs.stat(path.join(pythonDir, ...stored.pythonExe.split('/'))).catch(() => undefined))
  ) {
    return instanceOf(dir, stored);
  }
  const rebuilt = await rebuildInstanceMetadata(dir, log);
  return rebuilt ? instanceOf(dir, rebuilt) : undefined;
}
