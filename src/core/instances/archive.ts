/**
 * Writing a directory tree to .tar.gz / .tar.zst / .zip (export). Symlinks are kept as links when they stay
 * inside the tree and skipped (with a warning) when they point outside: importing such an archive would be
 * refused by the extractor's own safety rules.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { fs } from '../async-fs.js';
import path from 'node:path';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PythonInstallationError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import type { ExtractFormat } from '../install/extract.js';
import { zlibModule, childProcessModule } from '../builtins.js';

interface TreeEntry {
  abs: string;
  /** POSIX path inside the archive. */
  name: string;
  kind: 'dir' | 'file' | 'symlink';
  mode: number;
  mtime: Date;
  size: number;
  linkname?: string;
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function walk(root: string, prefix: string, log: Logger): Promise<TreeEntry[]> {
  const out: TreeEntry[] = [];
  const realRoot = await fs.realpath(root);
  const visit = async (abs: string, name: string) => {
    const st = await fs.lstat(abs);
    const base = { abs, name, mode: st.mode & 0o777, mtime: st.mtime, size: st.size };
    if (st.isSymbolicLink()) {
      let linkname = await fs.readlink(abs);
      let target = path.resolve(path.dirname(abs), linkname);
      if (!inside(root, target)) {
        // The same tree reached by another spelling (a symlinked root, /var vs /private/var): a venv made
        // through one path and exported through another must keep its interpreter link.
        const real = await fs.realpath(target).catch(() => undefined);
        if (!real || !inside(realRoot, real)) {
          log.warn(`export: skipping ${name}, a symlink to ${linkname} outside the exported tree`);
          return;
        }
        target = path.join(root, path.relative(realRoot, real));
        linkname = target; // made relative below
      }
      // uv links a venv's interpreter by absolute path: store it relative so it survives the move.
      if (path.isAbsolute(linkname))
        linkname = path.relative(path.dirname(abs), target).split(path.sep).join('/');
      out.push({ ...base, kind: 'symlink', linkname });
    } else if (st.isDirectory()) {
      out.push({ ...base, kind: 'dir', name: `${name}/` });
      for (const child of (await fs.readdir(abs)).sort())
        await visit(path.join(abs, child), `${name}/${child}`);
    } else if (st.isFile()) {
      out.push({ ...base, kind: 'file' });
    } else {
      log.warn(`export: skipping ${name}, not a regular file, directory or symlink`);
    }
  };
  await visit(root, prefix);
  return out;
}

/** Node >= 22.15 compresses zstd in-process; older Nodes spawn the `zstd` binary. */
function inProcessZstd(): Transform | undefined {
  const z = zlibModule() as unknown as { createZstdCompress?: () => Transform };
  return typeof z.createZstdCompress === 'function' ? z.createZstdCompress() : undefined;
}

async function spawnZstd(out: string): Promise<{ input: Writable; done: Promise<void> }> {
  const child = childProcessModule().spawn('zstd', ['-q', '-T0', '-3', '-f', '-o', out], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (e) =>
      reject(
        new PythonInstallationError(
          'Writing .tar.zst needs zstd: this Node has no zstd compressor and `zstd` is not on PATH.',
          {
            requested: out,
            available: ['.tar.gz', '.zip'],
            hint: 'Install zstd, use Node >= 22.15, or export to .tar.gz / .zip.',
            cause: e.message,
          },
        ),
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`zstd exited with ${code}: ${stderr.trim()}`)),
    );
  });
  return { input: child.stdin, done };
}

/** Packs `dir` as `<topName>/...` into `out`; the format comes from out's extension. */
export async function packDirectory(
  dir: string,
  out: string,
  o: { topName: string; format?: ExtractFormat; logger?: Logger },
): Promise<void> {
  const log = o.logger ?? silentLogger;
  const format = o.format ?? (await import('../install/extract.js')).formatFromName(out);
  if (!format) {
    throw new PythonInstallationError(`Cannot tell the archive format from ${out}.`, {
      requested: out,
      available: ['.tar.gz', '.tar.zst', '.zip'],
      hint: 'Name the export file .tar.gz, .tar.zst or .zip.',
    });
  }
  const entries = await walk(dir, o.topName, log);
  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  const tmp = `${out}.partial`;
  try {
    if (format === 'zip') await writeZip(entries, tmp);
    else await writeTar(entries, tmp, format);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

async function writeZip(entries: TreeEntry[], out: string) {
  // loaded here, not with the module: only an export needs them
  const { default: yazl } = await import('yazl');
  const zip = new yazl.ZipFile();
  const done = pipeline(zip.outputStream, createWriteStream(out));
  for (const e of entries) {
    if (e.kind === 'dir') zip.addEmptyDirectory(e.name, { mtime: e.mtime, mode: 0o40000 | e.mode });
    else if (e.kind === 'symlink')
      zip.addBuffer(Buffer.from(e.linkname ?? ''), e.name, {
        mtime: e.mtime,
        mode: 0o120000 | 0o777,
        compress: false,
      });
    else zip.addFile(e.abs, e.name, { mtime: e.mtime, mode: 0o100000 | e.mode });
  }
  zip.end();
  await done;
}

async function writeTar(entries: TreeEntry[], out: string, format: 'tar.gz' | 'tar.zst') {
  const { default: tar } = await import('tar-stream');
  const pack = tar.pack();
  let done: Promise<unknown>;
  if (format === 'tar.gz') {
    done = pipeline(pack, zlibModule().createGzip({ level: 6 }), createWriteStream(out));
  } else {
    const z = inProcessZstd();
    if (z) done = pipeline(pack, z, createWriteStream(out));
    else {
      const { input, done: exited } = await spawnZstd(out);
      done = Promise.all([pipeline(pack, input), exited]);
    }
  }
  const add = async (e: TreeEntry) => {
    if (e.kind === 'dir')
      return void pack.entry({ name: e.name, type: 'directory', mode: e.mode, mtime: e.mtime });
    if (e.kind === 'symlink')
      return void pack.entry({
        name: e.name,
        type: 'symlink',
        linkname: e.linkname,
        mode: 0o777,
        mtime: e.mtime,
      });
    await new Promise<void>((resolve, reject) => {
      const sink = pack.entry(
        { name: e.name, type: 'file', size: e.size, mode: e.mode, mtime: e.mtime },
        (err) => (err ? reject(err) : resolve()),
      );
      createReadStream(e.abs)
        .on('error', reject)
        .pipe(sink as unknown as Writable);
    });
  };
  try {
    for (const e of entries) await add(e);
    pack.finalize();
  } catch (e) {
    pack.destroy(e as Error);
  }
  await done;
}
