import { fs } from '../async-fs.js';
import path from 'node:path';
import { readPyvenvCfg, sitePackagesDirs, treeSize } from './layout.js';
import type { VirtualEnvironmentMetadata } from './metadata.js';
import type { VirtualEnvironmentInfo } from './types.js';
import type { VirtualEnvironment } from './virtual-environment.js';

/** What `venv info` shows: the files' facts first, the stored metadata where the files say nothing. */
export async function describeVenv(
  venv: VirtualEnvironment,
  meta: VirtualEnvironmentMetadata,
  signal?: AbortSignal,
): Promise<VirtualEnvironmentInfo> {
  const name = venv.name;
  const cfg = (await readPyvenvCfg(venv.path)) ?? {};
  // site-packages changes whenever a package is added or removed: the venv's "last modified"
  const [sp] = await sitePackagesDirs(venv.path);
  const modStat =
    (sp ? await fs.stat(sp).catch(() => undefined) : undefined) ??
    (await fs.stat(path.join(venv.path, 'pyvenv.cfg')).catch(() => undefined));
  const packagesCount = await venv
    .list({ signal })
    .then((l) => l.length)
    .catch(() => undefined);
  return {
    name,
    path: venv.path,
    exists: true,
    isExternal: venv.isExternal,
    ...(venv.isExternal ? { externalPath: venv.path } : {}),
    sizeBytes: await treeSize(venv.path),
    createdAt: meta.createdAt,
    modifiedAt: modStat?.mtime.toISOString(),
    pythonVersion: cfg.version_info ?? cfg.version ?? meta.pythonVersion,
    uvVersion: cfg.uv ?? meta.uvVersion,
    home: cfg.home,
    packagesCount,
    metadata: meta,
  };
}
