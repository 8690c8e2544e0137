import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import yazl from 'yazl';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PythonInstallationError } from '../src/core/errors.js';
import { extractArchive } from '../src/core/install/extract.js';
import { writeAllSync } from '../src/core/install/tree-writer.js';
import { resolveLinkInside, safeEntryPath } from '../src/core/install/extract-safety.js';

type Entry = {
  name: string;
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'character-device' | 'fifo';
  body?: string | Buffer;
  linkname?: string;
  mode?: number;
};

async function tarBuffer(entries: Entry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c) => void chunks.push(c as Buffer));
  const done = new Promise<void>((r) => pack.on('end', () => r()));
  for (const e of entries) {
    const type = e.type ?? 'file';
    const header = {
      name: e.name,
      type,
      linkname: e.linkname,
      mode: e.mode ?? (type === 'directory' ? 0o755 : 0o644),
      mtime: new Date(1_700_000_000_000),
    };
    if (type === 'file') pack.entry({ ...header, size: Buffer.byteLength(e.body ?? '') }, e.body ?? '');
    else pack.entry(header);
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-ex-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function writeTar(
  name: string,
  entries: Entry[],
  format: 'tar.gz' | 'tar.zst' = 'tar.gz',
): Promise<string> {
  const raw = await tarBuffer(entries);
  const file = path.join(dir, name);
  if (format === 'tar.gz') await fs.writeFile(file, zlib.gzipSync(raw));
  else await fs.writeFile(file, execFileSync('zstd', ['-q', '-c'], { input: raw, maxBuffer: 64 << 20 }));
  return file;
}

async function writeZip(name: string, files: Record<string, Buffer>): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [n, body] of Object.entries(files)) zip.addBuffer(body, n, { mode: 0o100644 });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  const file = path.join(dir, name);
  await fs.writeFile(file, Buffer.concat(chunks));
  return file;
}

const PBS_LIKE: Entry[] = [
  { name: 'python/', type: 'directory' },
  { name: 'python/bin/python3.11', body: '#!/bin/sh\necho hi\n', mode: 0o755 },
  { name: 'python/bin/python3', type: 'symlink', linkname: 'python3.11' },
  { name: 'python/lib/python3.11/os.py', body: 'x = 1\n' },
  { name: 'python/lib/libpython3.11.so.1.0', body: 'ELF' },
  { name: 'python/lib/libpython3.11.so', type: 'link', linkname: 'python/lib/libpython3.11.so.1.0' },
  { name: 'python/share/empty/', type: 'directory' },
];

async function tree(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    const rel = path.relative(root, path.join(e.parentPath, e.name));
    out.push(
      e.isSymbolicLink()
        ? `${rel} -> ${await fs.readlink(path.join(root, rel))}`
        : e.isDirectory()
          ? `${rel}/`
          : rel,
    );
  }
  return out.sort();
}

describe('extractArchive', () => {
  for (const format of ['tar.gz', 'tar.zst'] as const) {
    it(`extracts a PBS-shaped ${format} with modes, mtimes, symlinks and hard links`, async () => {
      const a = await writeTar(`p.${format}`, PBS_LIKE, format);
      const dest = path.join(dir, 'out');
      await extractArchive(a, dest);
      expect(await tree(dest)).toEqual([
        'python/',
        'python/bin/',
        'python/bin/python3 -> python3.11',
        'python/bin/python3.11',
        'python/lib/',
        'python/lib/libpython3.11.so',
        'python/lib/libpython3.11.so.1.0',
        'python/lib/python3.11/',
        'python/lib/python3.11/os.py',
        'python/share/',
        'python/share/empty/',
      ]);
      const st = await fs.stat(path.join(dest, 'python/bin/python3.11'));
      expect(st.mode & 0o111).not.toBe(0);
      expect(st.mtimeMs).toBe(1_700_000_000_000);
      const so = await fs.stat(path.join(dest, 'python/lib/libpython3.11.so'));
      expect(so.ino).toBe((await fs.stat(path.join(dest, 'python/lib/libpython3.11.so.1.0'))).ino);
      expect(await fs.readFile(path.join(dest, 'python/bin/python3'), 'utf8')).toContain('echo hi');
      // nothing but the destination is left beside it
      expect(await fs.readdir(dir)).toEqual(['out', `p.${format}`].sort());
    });
  }

  // Files up to 1 MiB are written from the chunks they were inflated in (one writev), larger ones streamed.
  const multiChunk = { small: randomBytes(900_000), large: randomBytes(1_500_000) };
  for (const format of ['tar.gz', 'tar.zst', 'zip'] as const) {
    it(`writes files inflated in many chunks byte for byte (${format})`, async () => {
      const file =
        format === 'zip'
          ? await writeZip('m.zip', multiChunk)
          : await writeTar(
              `m.${format}`,
              Object.entries(multiChunk).map(([name, body]) => ({ name, body })),
              format,
            );
      await extractArchive(file, path.join(dir, 'out'));
      for (const [name, body] of Object.entries(multiChunk))
        expect((await fs.readFile(path.join(dir, 'out', name))).equals(body)).toBe(true);
    });
  }

  it('writeAllSync writes every chunk in order, past the 1,024 buffers of one writev', () => {
    const chunks = Array.from({ length: 3000 }, (_, i) => randomBytes(i % 7 === 0 ? 0 : 1 + (i % 97)));
    const file = path.join(dir, 'chunks.bin');
    const fd = fsSync.openSync(file, 'w');
    try {
      writeAllSync(fd, chunks);
    } finally {
      fsSync.closeSync(fd);
    }
    expect(fsSync.readFileSync(file).equals(Buffer.concat(chunks))).toBe(true);
  });

  it('strips components and detects the format from magic bytes', async () => {
    const a = await writeTar('archive.bin', PBS_LIKE);
    const dest = path.join(dir, 'out');
    await extractArchive(a, dest, { stripComponents: 1 });
    expect(await tree(dest)).toContain('bin/python3 -> python3.11');
  });

  it('extracts into an existing non-empty directory without clobbering', async () => {
    const dest = path.join(dir, 'out');
    await fs.mkdir(path.join(dest, 'venvs'), { recursive: true });
    await extractArchive(await writeTar('a.tar.gz', PBS_LIKE), dest);
    expect((await fs.readdir(dest)).sort()).toEqual(['python', 'venvs']);
    await expect(extractArchive(await writeTar('b.tar.gz', PBS_LIKE), dest)).rejects.toBeInstanceOf(
      PythonInstallationError,
    );
    expect((await fs.readdir(dir)).sort()).toEqual(['a.tar.gz', 'b.tar.gz', 'out']);
  });

  it('extracts zip archives, including symlinks', async () => {
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from('print(1)\n'), 'python/lib/a.py', { mode: 0o100644 });
    zip.addBuffer(Buffer.from('#!'), 'python/bin/python3.12', { mode: 0o100755 });
    zip.addBuffer(Buffer.from('python3.12'), 'python/bin/python3', { mode: 0o120777 });
    zip.end();
    const file = path.join(dir, 'a.zip');
    const chunks: Buffer[] = [];
    for await (const c of zip.outputStream) chunks.push(c as Buffer);
    await fs.writeFile(file, Buffer.concat(chunks));
    await extractArchive(file, path.join(dir, 'out'));
    expect(await tree(path.join(dir, 'out'))).toEqual([
      'python/',
      'python/bin/',
      'python/bin/python3 -> python3.12',
      'python/bin/python3.12',
      'python/lib/',
      'python/lib/a.py',
    ]);
  });

  const evil: [string, Entry[]][] = [
    [
      'a ../ path',
      [
        { name: 'python/ok', body: '1' },
        { name: 'python/../../evil', body: 'x' },
      ],
    ],
    ['an absolute path', [{ name: '/tmp/pyembed-evil-abs', body: 'x' }]],
    ['a symlink to an absolute path', [{ name: 'python/link', type: 'symlink', linkname: '/etc/passwd' }]],
    ['a symlink climbing out', [{ name: 'python/lib/link', type: 'symlink', linkname: '../../../outside' }]],
    [
      'a symlink escaping through another symlink',
      [
        { name: 'd', type: 'symlink', linkname: '.' },
        { name: 'x', type: 'symlink', linkname: 'd/..' },
      ],
    ],
    ['a hard link outside', [{ name: 'python/h', type: 'link', linkname: '../../etc/passwd' }]],
    [
      'a hard link to a file not in the archive',
      [{ name: 'python/h', type: 'link', linkname: 'python/nothere' }],
    ],
    ['a device file', [{ name: 'python/dev', type: 'character-device' }]],
    ['a fifo', [{ name: 'python/fifo', type: 'fifo' }]],
    [
      'a link placed inside a symlinked directory',
      [
        { name: 'python/lib', type: 'directory' },
        { name: 'python/lib64', type: 'symlink', linkname: 'lib' },
        { name: 'python/lib64/up', type: 'symlink', linkname: '..' },
      ],
    ],
    [
      'a write through a symlinked directory',
      [
        { name: 'python/lnk', type: 'symlink', linkname: '..' },
        { name: 'python/lnk/file', body: 'x' },
      ],
    ],
  ];
  for (const [what, entries] of evil) {
    it(`refuses ${what} and leaves nothing behind`, async () => {
      const a = await writeTar('evil.tar.gz', entries);
      const dest = path.join(dir, 'out');
      const err = await extractArchive(a, dest).catch((e) => e);
      expect(err).toBeInstanceOf(PythonInstallationError);
      expect(await fs.readdir(dir)).toEqual(['evil.tar.gz']);
      await expect(fs.stat('/tmp/pyembed-evil-abs')).rejects.toThrow();
    });
  }

  it('refuses an archive over the size cap (decompression bomb)', async () => {
    const a = await writeTar('big.tar.gz', [{ name: 'python/zeros', body: '0'.repeat(200_000) }]);
    const err = await extractArchive(a, path.join(dir, 'out'), { maxBytes: 100_000 }).catch((e) => e);
    expect(err).toBeInstanceOf(PythonInstallationError);
    expect(err.message).toMatch(/limit/);
    expect(await fs.readdir(dir)).toEqual(['big.tar.gz']);
  });

  it('turns a truncated archive into PythonInstallationError', async () => {
    const a = await writeTar('t.tar.gz', PBS_LIKE);
    const buf = await fs.readFile(a);
    await fs.writeFile(a, buf.subarray(0, buf.length - 40));
    await expect(extractArchive(a, path.join(dir, 'out'))).rejects.toBeInstanceOf(PythonInstallationError);
    expect(await fs.readdir(dir)).toEqual(['t.tar.gz']);
  });
});

describe('entry path rules', () => {
  it('normalises and refuses', () => {
    expect(safeEntryPath('a', './python//bin/./x')).toBe('python/bin/x');
    expect(safeEntryPath('a', 'python/bin/x', 1)).toBe('bin/x');
    expect(safeEntryPath('a', 'python/', 1)).toBe('');
    expect(() => safeEntryPath('a', 'a/../../b')).toThrow(PythonInstallationError);
    expect(() => safeEntryPath('a', 'C:\\Windows\\x')).toThrow(PythonInstallationError);
    expect(() => safeEntryPath('a', '..\\x')).toThrow(PythonInstallationError);
  });

  it('resolves symlinks through other symlinks like realpath', () => {
    const links = new Map([
      ['python/bin/python3', 'python3.11'],
      ['python/lib64', 'lib'],
      ['python/up', '..'],
      ['python/d', '.'],
    ]);
    expect(resolveLinkInside('python/bin/python3', 'python3.11', links)).toEqual([
      'python',
      'bin',
      'python3.11',
    ]);
    expect(resolveLinkInside('python/x', 'lib64/../bin', links)).toEqual(['python', 'bin']);
    // python/up -> root: inside; one more level through it escapes
    expect(resolveLinkInside('python/y', 'up', links)).toEqual([]);
    expect(resolveLinkInside('python/z', 'up/..', links)).toBeUndefined();
    expect(resolveLinkInside('python/w', 'd/d/d/..', links)).toEqual([]);
  });
});
