import { createWriteStream } from 'node:fs';
import { fs } from '../async-fs.js';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ConfigurationError } from '../errors.js';
import type { ArchiveLimits } from '../install/archive-limits.js';
import { zlibModule } from '../builtins.js';

/** Stored at the archive root; says where the files came from so import can re-point them. */
export const MANIFEST = 'pyembed-venv-export.json';

export interface VenvExportManifest {
  format: 1;
  name: string;
  /** Absolute path the venv had when exported (its files still name it). */
  sourcePath: string;
  /** `pyvenv.cfg` `home` at export time. */
  home?: string;
  pythonVersion?: string;
  uvVersion?: string;
  platform: string;
  exportedAt: string;
  /**
   * Symlinks leaving the venv (the interpreter links in bin/), as absolute paths: not stored as links, because a safe extractor refuses
   * links that leave the tree; import re-creates them against the importing instance's interpreter.
   */
  links: Record<string, string>;
}

type Format = 'zip' | 'tar.gz';

function formatOf(out: string): Format | undefined {
  if (/\.zip$/i.test(out)) return 'zip';
  if (/\.(tar\.gz|tgz)$/i.test(out)) return 'tar.gz';
  return undefined;
}

interface Item {
  rel: string;
  abs: string;
  kind: 'file' | 'dir' | 'symlink';
  mode: number;
  mtime: Date;
  size: number;
  target?: string;
}

/** The venv's entries, depth first; links leaving the venv go to `links` instead (see VenvExportManifest). */
async function collect(root: string, links: Record<string, string>): Promise<Item[]> {
  const items: Item[] = [];
  const walk = async (dir: string, rel: string) => {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      const st = await fs.lstat(abs);
      const base = { rel: r, abs, mode: st.mode & 0o7777, mtime: st.mtime, size: st.size };
      if (st.isSymbolicLink()) {
        const target = await fs.readlink(abs);
        // A relative link that climbs out of the venv (an imported instance's `bin/python ->
        // ../../../python/bin/python3`) is an interpreter link like an absolute one.
        const resolved = path.resolve(dir, target);
        const inside = !path.relative(root, resolved).split(path.sep).includes('..');
        if (path.isAbsolute(target) || !inside) links[r] = resolved;
        else items.push({ ...base, kind: 'symlink', target });
      } else if (st.isDirectory()) {
        items.push({ ...base, kind: 'dir' });
        await walk(abs, r);
      } else if (st.isFile()) items.push({ ...base, kind: 'file' });
    }
  };
  await walk(root, '');
  return items;
}

/**
 * Writes `venvDir` as a .zip (POSIX modes and relative symlinks kept, Info-ZIP style) or a .tar.gz,
 * atomically: `<out>.partial` then rename.
 */
export async function writeVenvArchive(
  venvDir: string,
  outPath: string,
  manifest: Omit<VenvExportManifest, 'links'>,
): Promise<string> {
  const out = path.resolve(outPath);
  const format = formatOf(out);
  if (!format) {
    throw new ConfigurationError(`Virtual environment exports are .zip or .tar.gz archives; got ${out}.`, {
      requested: out,
      available: ['.zip', '.tar.gz', '.tgz'],
      hint: 'Name the output file <something>.zip or <something>.tar.gz.',
    });
  }
  const links: Record<string, string> = {};
  const items = await collect(venvDir, links);
  const manifestBytes = Buffer.from(JSON.stringify({ ...manifest, links }, null, 2) + '\n');
  await fs.mkdir(path.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  try {
    if (format === 'zip') await writeZip(items, manifestBytes, partial);
    else await writeTarGz(items, manifestBytes, partial);
    await fs.rename(partial, out);
  } catch (e) {
    await fs.rm(partial, { force: true });
    throw e;
  }
  return out;
}

async function writeZip(items: Item[], manifest: Buffer, dest: string): Promise<void> {
  // loaded here, not with the module: only an export needs them
  const { default: yazl } = await import('yazl');
  const zip = new yazl.ZipFile();
  for (const it of items) {
    if (it.kind === 'symlink') {
      zip.addBuffer(Buffer.from(it.target!), it.rel, { mode: 0o120777, mtime: it.mtime, compress: false });
    } else if (it.kind === 'dir') zip.addEmptyDirectory(it.rel, { mode: it.mode, mtime: it.mtime });
    else zip.addFile(it.abs, it.rel, { mode: it.mode | 0o100000, mtime: it.mtime });
  }
  zip.addBuffer(manifest, MANIFEST, { mode: 0o100644 });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(dest));
}

async function writeTarGz(items: Item[], manifest: Buffer, dest: string): Promise<void> {
  const { default: tar } = await import('tar-stream');
  const pack = tar.pack();
  const done = pipeline(pack, zlibModule().createGzip({ level: 6 }), createWriteStream(dest));
  const add = (header: Parameters<typeof pack.entry>[0], body?: Buffer) =>
    new Promise<void>((resolve, reject) => {
      const cb = (err?: Error | null) => (err ? reject(err) : resolve());
      if (body) pack.entry(header, body, cb);
      else pack.entry(header, cb);
    });
  try {
    for (const it of items) {
      const h = { name: it.rel, mode: it.mode, mtime: it.mtime };
      if (it.kind === 'symlink') await add({ ...h, type: 'symlink', linkname: it.target });
      else if (it.kind === 'dir') await add({ ...h, type: 'directory' });
      else await add({ ...h, type: 'file', size: it.size }, await fs.readFile(it.abs));
    }
    await add(
      { name: MANIFEST, mode: 0o644, mtime: new Date(), type: 'file', size: manifest.length },
      manifest,
    );
    pack.finalize();
  } catch (e) {
    pack.destroy(e as Error);
  }
  await done;
}

/** Extracts an export into `dest` (must not exist) and returns its manifest (removed from the tree). */
export async function readVenvArchive(
  archive: string,
  dest: string,
  limits: ArchiveLimits = {},
): Promise<VenvExportManifest> {
  const abs = path.resolve(archive);
  const { extractArchive } = await import('../install/extract.js');
  await extractArchive(abs, dest, { ...limits, format: formatOf(abs) });
  const file = path.join(dest, MANIFEST);
  let manifest: VenvExportManifest;
  try {
    manifest = JSON.parse(await fs.readFile(file, 'utf8')) as VenvExportManifest;
  } catch {
    throw new ConfigurationError(`${archive} is not a python-embedded venv export (no ${MANIFEST}).`, {
      requested: archive,
      hint: 'Import archives written by exportVirtualEnvironment / `pyembed venv export`.',
    });
  }
  if (manifest.format !== 1 || typeof manifest.sourcePath !== 'string') {
    throw new ConfigurationError(`${archive} has an unsupported venv export manifest.`, {
      requested: archive,
    });
  }
  await fs.rm(file);
  if (!(await fs.stat(path.join(dest, 'pyvenv.cfg')).catch(() => undefined))) {
    throw new ConfigurationError(`${archive} holds no pyvenv.cfg: not a virtual environment.`, {
      requested: archive,
    });
  }
  return { ...manifest, links: manifest.links ?? {} };
}
