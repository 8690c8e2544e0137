import { fs } from '../async-fs.js';
import path from 'node:path';
import { META_DIR, readPyvenvCfg } from './layout.js';
import { writeFileAtomic } from '../fs.js';

/** What we remember about a venv (the reference's VirtualEnvironmentMetadata, plus provenance). */
export interface VirtualEnvironmentMetadata {
  name: string;
  /** Set when the venv lives outside `<instanceDir>/venvs/`. */
  externalPath?: string;
  isExternal: boolean;
  createdAt: string;
  pythonVersion?: string;
  uvVersion?: string;
  seed?: boolean;
  origin?: { kind: 'created' | 'cloned' | 'imported' | 'adopted'; from?: string };
  /** True when this record was rebuilt from the files because the stored one was missing or corrupt. */
  rebuilt?: boolean;
}

export function metadataPath(venvsDir: string, name: string): string {
  return path.join(venvsDir, META_DIR, `${name}.json`);
}

export async function writeMetadata(venvsDir: string, m: VirtualEnvironmentMetadata): Promise<void> {
  const file = metadataPath(venvsDir, m.name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const { rebuilt: _rebuilt, ...stored } = m;
  await writeFileAtomic(file, JSON.stringify(stored, null, 2) + '\n');
}

export async function removeMetadata(venvsDir: string, name: string): Promise<void> {
  await fs.rm(metadataPath(venvsDir, name), { force: true });
}

/** The stored record, or undefined when absent or unreadable (the caller rebuilds; never deletes the venv). */
export async function readStoredMetadata(
  venvsDir: string,
  name: string,
): Promise<VirtualEnvironmentMetadata | undefined> {
  try {
    const m = JSON.parse(
      await fs.readFile(metadataPath(venvsDir, name), 'utf8'),
    ) as Partial<VirtualEnvironmentMetadata>;
    if (!m || typeof m !== 'object' || m.name !== name || typeof m.createdAt !== 'string') return undefined;
    if (m.externalPath !== undefined && typeof m.externalPath !== 'string') return undefined;
    return {
      ...m,
      name,
      createdAt: m.createdAt,
      isExternal: Boolean(m.externalPath),
    } as VirtualEnvironmentMetadata;
  } catch {
    return undefined;
  }
}

/**
 * Metadata from the files alone: external path from the link in `venvs/`, creation time from `pyvenv.cfg`,
 * versions from its `version_info` / `uv` keys. Used when the stored record is missing or corrupt.
 */
export async function rebuildMetadata(
  venvsDir: string,
  name: string,
  venvPath: string,
): Promise<VirtualEnvironmentMetadata> {
  const entry = path.join(venvsDir, name);
  const st = await fs.lstat(entry).catch(() => undefined);
  const externalPath = st?.isSymbolicLink() ? path.resolve(venvsDir, await fs.readlink(entry)) : undefined;
  const cfg = (await readPyvenvCfg(venvPath)) ?? {};
  const cfgStat = await fs.stat(path.join(venvPath, 'pyvenv.cfg')).catch(() => undefined);
  const created = cfgStat ? (cfgStat.birthtimeMs > 0 ? cfgStat.birthtime : cfgStat.mtime) : new Date();
  return {
    name,
    ...(externalPath ? { externalPath } : {}),
    isExternal: Boolean(externalPath),
    createdAt: created.toISOString(),
    pythonVersion: cfg.version_info ?? cfg.version,
    uvVersion: cfg.uv,
    rebuilt: true,
  };
}
