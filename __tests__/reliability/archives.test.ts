// Malicious and broken archives against extractArchive. The archives are built here, byte by byte
// (tar-stream, a hand-written ustar header, yazl with patched names), so every attack is really in the file.
// Each case: a typed PythonInstallationError, the destination not created (or left as it was), no temp
// dir beside it, and nothing written anywhere else in the case directory.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { PythonInstallationError } from '../../src/core/errors.js';
import { extractArchive } from '../../src/core/install/extract.js';
import { PythonManager } from '../../src/core/instances/index.js';
import { Uv } from '../../src/core/uv/uv.js';
import { VirtualEnvironmentManager } from '../../src/core/venvs/manager.js';
import { uvBin } from '../../test-world/index.js';
import { describeError, exists, listTree, rcase, rejection, scratch } from './harness.js';

const AREA = 'archives';
let root: string;
let k = 0;

interface TarEntry {
  name: string;
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'character-device' | 'block-device' | 'fifo';
  body?: Buffer | string;
  linkname?: string;
  mode?: number;
}

async function makeTarGz(file: string, entries: TarEntry[]): Promise<void> {
  const pack = tar.pack();
  const done = pipeline(pack, zlib.createGzip(), (await fs.open(file, 'w')).createWriteStream());
  for (const e of entries) {
    const type = e.type ?? 'file';
    const body = type === 'file' ? Buffer.from(e.body ?? 'x') : undefined;
    await new Promise<void>((resolve, reject) => {
      const header = {
        name: e.name,
        type,
        linkname: e.linkname,
        mode: e.mode ?? (type === 'directory' ? 0o755 : 0o644),
        ...(type.endsWith('device') ? { devmajor: 1, devminor: 3 } : {}),
      };
      if (body) pack.entry(header, body, (err) => (err ? reject(err) : resolve()));
      else pack.entry(header, (err) => (err ? reject(err) : resolve())).end(undefined);
    });
  }
  pack.finalize();
  await done;
}

/** One ustar header (tar-stream refuses to write some of the lies we need, e.g. a 5 GiB size with no body). */
function ustarHeader(name: string, size: number, type = '0'): Buffer {
  const h = Buffer.alloc(512, 0);
  const put = (off: number, len: number, s: string) => h.write(s, off, len, 'ascii');
  const oct = (n: number, len: number) => n.toString(8).padStart(len - 1, '0') + '\0';
  put(0, 100, name);
  put(100, 8, oct(0o644, 8));
  put(108, 8, oct(0, 8));
  put(116, 8, oct(0, 8));
  put(124, 12, oct(size, 12));
  put(136, 12, oct(Math.floor(Date.now() / 1000), 12));
  put(148, 8, '        ');
  put(156, 1, type);
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  let sum = 0;
  for (const b of h) sum += b;
  put(148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return h;
}

/** A zip whose entry names are patched after yazl wrote them (yazl itself refuses `..` and `/x`). */
async function makeZip(
  file: string,
  entries: { name: string; body: Buffer | string; mode?: number; patch?: [string, string] }[],
): Promise<void> {
  const z = new yazl.ZipFile();
  for (const e of entries) z.addBuffer(Buffer.from(e.body), e.name, { mode: e.mode ?? 0o100644 });
  z.end();
  const chunks: Buffer[] = [];
  for await (const c of z.outputStream as unknown as Readable) chunks.push(c as Buffer);
  let buf = Buffer.concat(chunks);
  for (const e of entries) {
    if (!e.patch) continue;
    const [from, to] = e.patch;
    if (from.length !== to.length) throw new Error('patch must keep the length');
    // local header and central directory both carry the name
    let at = buf.indexOf(from);
    let hits = 0;
    while (at >= 0) {
      buf.write(to, at, 'latin1');
      hits++;
      at = buf.indexOf(from, at + 1);
    }
    if (hits < 2) throw new Error(`patched ${hits} copies of ${from}`);
  }
  buf = Buffer.from(buf);
  await fs.writeFile(file, buf);
}

interface Scene {
  dir: string;
  archive: string;
  dest: string;
  before: string[];
}

/** caseDir/{outside/secret, in.<ext>, a/b/dest}: escapes of up to three levels land inside caseDir. */
async function scene(
  ext: string,
  build: (archive: string, s: { dir: string }) => Promise<void>,
): Promise<Scene> {
  const dir = path.join(root, `case-${++k}`);
  await fs.mkdir(path.join(dir, 'outside'), { recursive: true });
  await fs.mkdir(path.join(dir, 'a', 'b'), { recursive: true });
  await fs.writeFile(path.join(dir, 'outside', 'secret'), 'do not touch');
  const archive = path.join(dir, `in.${ext}`);
  await build(archive, { dir });
  return { dir, archive, dest: path.join(dir, 'a', 'b', 'dest'), before: await listTree(dir) };
}

/** The refused-archive case: typed error, nothing new anywhere in the case dir, secret unchanged. */
function refused(
  name: string,
  expected: string,
  ext: string,
  build: (archive: string, s: { dir: string }) => Promise<void>,
  o: { maxBytes?: number; maxEntries?: number; match?: RegExp; stripComponents?: number } = {},
) {
  rcase(AREA, name, expected, async (c) => {
    const s = await scene(ext, build);
    const e = await rejection(() =>
      extractArchive(s.archive, s.dest, {
        maxBytes: o.maxBytes,
        maxEntries: o.maxEntries,
        stripComponents: o.stripComponents,
      }),
    );
    expect(e).toBeInstanceOf(PythonInstallationError);
    if (o.match) expect(e.message).toMatch(o.match);
    c.result(describeError(e));
    await c.intact(async () => {
      expect(await listTree(s.dir)).toEqual(s.before);
      expect(await fs.readFile(path.join(s.dir, 'outside', 'secret'), 'utf8')).toBe('do not touch');
      expect(await exists('/tmp/pyembed-rel-pwned')).toBe(false);
    });
  });
}

beforeAll(async () => {
  root = await scratch('archives');
});
afterAll(async () => {
  if (root) await fs.rm(root, { recursive: true, force: true });
});

describe('tar', () => {
  refused(
    'tar: entry "../../../outside/evil"',
    'refused (".."), nothing written',
    'tar.gz',
    (f) => makeTarGz(f, [{ name: 'python/ok' }, { name: '../../../outside/evil', body: 'pwned' }]),
    { match: /\.\./ },
  );

  refused('tar: entry "python/../../x" (climbs after a real dir)', 'refused', 'tar.gz', (f) =>
    makeTarGz(f, [{ name: 'python/../../x' }]),
  );

  refused('tar: entry with a backslash path "..\\\\evil"', 'refused', 'tar.gz', (f) =>
    makeTarGz(f, [{ name: '..\\evil' }]),
  );

  refused(
    'tar: absolute path entry',
    'refused ("absolute"), nothing written there',
    'tar.gz',
    (f, s) =>
      makeTarGz(f, [{ name: path.join(s.dir, 'outside', 'abs-evil') }, { name: '/tmp/pyembed-rel-pwned' }]),
    { match: /absolute/ },
  );

  refused(
    'tar: symlink to ../../../outside, then a file through it',
    'refused, nothing written through the link',
    'tar.gz',
    (f) =>
      makeTarGz(f, [
        { name: 'link', type: 'symlink', linkname: '../../../outside' },
        { name: 'link/evil', body: 'pwned' },
      ]),
  );

  refused(
    'tar: symlink to an absolute path (/etc/passwd)',
    'refused',
    'tar.gz',
    (f) => makeTarGz(f, [{ name: 'python/passwd', type: 'symlink', linkname: '/etc/passwd' }]),
    { match: /symlink|absolute/ },
  );

  refused(
    'tar: symlink chain d -> . , x -> d/.. (lexically inside, really outside)',
    'refused',
    'tar.gz',
    (f) =>
      makeTarGz(f, [
        { name: 'p/d', type: 'symlink', linkname: '.' },
        { name: 'p/x', type: 'symlink', linkname: 'd/../..' },
      ]),
    { match: /symlink/ },
  );

  refused(
    'tar: hard link to ../outside/secret',
    'refused, secret not linked',
    'tar.gz',
    (f) => makeTarGz(f, [{ name: 'steal', type: 'link', linkname: '../../../outside/secret' }]),
    { match: /hard link|\.\./ },
  );

  refused('tar: hard link to /etc/passwd', 'refused', 'tar.gz', (f) =>
    makeTarGz(f, [{ name: 'passwd', type: 'link', linkname: '/etc/passwd' }]),
  );

  refused('tar: hard link to a symlink that escapes', 'refused', 'tar.gz', (f) =>
    makeTarGz(f, [
      { name: 'esc', type: 'symlink', linkname: '../../../outside/secret' },
      { name: 'hl', type: 'link', linkname: 'esc' },
    ]),
  );

  refused(
    'tar: character device /dev/null-like',
    'refused (device file)',
    'tar.gz',
    (f) => makeTarGz(f, [{ name: 'python/ok' }, { name: 'python/null', type: 'character-device' }]),
    { match: /device/ },
  );

  refused(
    'tar: block device',
    'refused (device file)',
    'tar.gz',
    (f) => makeTarGz(f, [{ name: 'sda', type: 'block-device' }]),
    { match: /device/ },
  );

  refused('tar: FIFO', 'refused', 'tar.gz', (f) => makeTarGz(f, [{ name: 'pipe', type: 'fifo' }]), {
    match: /fifo/,
  });

  refused(
    'tar: decompression bomb (64 MiB of zeros, 64 KiB gz) over an 8 MiB cap',
    'refused by the size cap before writing it',
    'tar.gz',
    (f) => makeTarGz(f, [{ name: 'zeros', body: Buffer.alloc(64 * 1024 * 1024) }]),
    { maxBytes: 8 * 1024 * 1024, match: /limit/ },
  );

  refused(
    'tar: entry header claiming 5 GiB (default 3 GiB cap)',
    'refused from the header alone',
    'tar.gz',
    async (f) => {
      const body = Buffer.concat([ustarHeader('python/huge', 5 * 1024 ** 3), Buffer.alloc(1024)]);
      await fs.writeFile(f, zlib.gzipSync(body));
    },
    { match: /limit/ },
  );

  refused(
    'tar: 5 000 entries over a 1 000-entry cap',
    'refused by the entry cap',
    'tar.gz',
    (f) =>
      makeTarGz(
        f,
        Array.from({ length: 5000 }, (_, i) => ({ name: `d/f${i}`, body: '' })),
      ),
    { maxEntries: 1000, match: /entries/ },
  );

  refused(
    'tar: "top/../../../x" survives --strip-components=1',
    'refused',
    'tar.gz',
    (f) => makeTarGz(f, [{ name: 'top/../../../x' }]),
    { stripComponents: 1 },
  );

  refused(
    'tar: truncated archive (cut in half)',
    'PythonInstallationError "truncated or corrupt"',
    'tar.gz',
    async (f) => {
      await makeTarGz(
        f,
        Array.from({ length: 50 }, (_, i) => ({ name: `p/f${i}`, body: Buffer.alloc(20_000, i) })),
      );
      const buf = await fs.readFile(f);
      await fs.writeFile(f, buf.subarray(0, buf.length >> 1));
    },
  );

  refused('tar: not an archive at all', 'PythonInstallationError (unknown format)', 'bin', (f) =>
    fs.writeFile(f, 'hello'),
  );

  rcase(
    AREA,
    'tar: into a destination that already has files',
    'refused; existing files untouched',
    async (c) => {
      const s = await scene('tar.gz', (f) =>
        makeTarGz(f, [
          { name: 'keep.txt', body: 'new' },
          { name: 'other', body: 'y' },
        ]),
      );
      await fs.mkdir(s.dest, { recursive: true });
      await fs.writeFile(path.join(s.dest, 'keep.txt'), 'mine');
      const before = await listTree(s.dir);
      const e = await rejection(() => extractArchive(s.archive, s.dest));
      expect(e).toBeInstanceOf(PythonInstallationError);
      c.result(describeError(e));
      await c.intact(async () => {
        expect(await listTree(s.dir)).toEqual(before);
        expect(await fs.readFile(path.join(s.dest, 'keep.txt'), 'utf8')).toBe('mine');
      });
    },
  );

  rcase(AREA, 'tar: setuid/setgid/sticky bits', 'extracted without the special bits', async (c) => {
    const s = await scene('tar.gz', (f) =>
      makeTarGz(f, [
        { name: 'bin/su', body: '#!/bin/sh\n', mode: 0o4755 },
        { name: 'bin/sg', body: '#!/bin/sh\n', mode: 0o2755 },
      ]),
    );
    await extractArchive(s.archive, s.dest);
    const su = (await fs.stat(path.join(s.dest, 'bin', 'su'))).mode & 0o7777;
    const sg = (await fs.stat(path.join(s.dest, 'bin', 'sg'))).mode & 0o7777;
    expect(su).toBe(0o755);
    expect(sg).toBe(0o755);
    c.result(`modes ${su.toString(8)} / ${sg.toString(8)}`);
    await c.intact(async () => {
      expect((await listTree(s.dir)).filter((p) => !s.before.includes(p))).toEqual([
        'a/b/dest/',
        'a/b/dest/bin/',
        'a/b/dest/bin/sg',
        'a/b/dest/bin/su',
      ]);
    });
  });

  rcase(
    AREA,
    'tar: inside symlinks and hard links (python3 -> python3.11)',
    'extracted as links inside the tree',
    async (c) => {
      const s = await scene('tar.gz', (f) =>
        makeTarGz(f, [
          { name: 'python/bin/python3.11', body: 'ELF', mode: 0o755 },
          { name: 'python/bin/python3', type: 'symlink', linkname: 'python3.11' },
          { name: 'python/lib/libpython.so', body: 'so' },
          { name: 'python/lib/libpython.so.1', type: 'link', linkname: 'python/lib/libpython.so' },
        ]),
      );
      await extractArchive(s.archive, s.dest);
      expect(await fs.readlink(path.join(s.dest, 'python/bin/python3'))).toBe('python3.11');
      const a = await fs.stat(path.join(s.dest, 'python/lib/libpython.so'));
      const b = await fs.stat(path.join(s.dest, 'python/lib/libpython.so.1'));
      expect(a.ino).toBe(b.ino);
      c.result('symlink and hard link created inside the destination');
      await c.intact(async () => {
        expect(await listTree(path.join(s.dir, 'outside'))).toEqual(['secret']);
        expect((await fs.readdir(path.join(s.dir, 'a', 'b'))).sort()).toEqual(['dest']);
      });
    },
  );
});

describe('zip', () => {
  refused('zip: entry "../../../outside/evil"', 'refused', 'zip', (f) =>
    makeZip(f, [{ name: 'XXXXXXXX/outside/evil', body: 'pwned', patch: ['XXXXXXXX', '../../..'] }]),
  );

  refused('zip: absolute entry "/tmp/pyembed-rel-pwned"', 'refused', 'zip', (f) =>
    makeZip(f, [{ name: 'Xtmp/pyembed-rel-pwned', body: 'pwned', patch: ['Xtmp/pyembed', '/tmp/pyembed'] }]),
  );

  refused(
    'zip: symlink escaping the root',
    'refused',
    'zip',
    (f) => makeZip(f, [{ name: 'link', body: '../../../outside/secret', mode: 0o120777 }]),
    { match: /symlink/ },
  );

  refused(
    'zip: decompression bomb (64 MiB of zeros) over an 8 MiB cap',
    'refused by the size cap',
    'zip',
    (f) => makeZip(f, [{ name: 'zeros', body: Buffer.alloc(64 * 1024 * 1024) }]),
    { maxBytes: 8 * 1024 * 1024, match: /limit/ },
  );

  refused('zip: truncated', 'PythonInstallationError', 'zip', async (f) => {
    await makeZip(f, [{ name: 'a', body: Buffer.alloc(100_000, 1) }]);
    const buf = await fs.readFile(f);
    await fs.writeFile(f, buf.subarray(0, buf.length - 200));
  });
});

describe('imports (archives the user hands over)', () => {
  const KEY = 'cpython-3.11.7-linux-x86_64-gnu-20240107';

  async function importScene(entries: TarEntry[]) {
    const dir = path.join(root, `import-${++k}`);
    const instRoot = path.join(dir, 'root');
    await fs.mkdir(path.join(dir, 'outside'), { recursive: true });
    await fs.writeFile(path.join(dir, 'outside', 'secret'), 'do not touch');
    await fs.mkdir(instRoot, { recursive: true });
    const archive = path.join(dir, 'export.tar.gz');
    await makeTarGz(archive, entries);
    return { dir, instRoot, archive, before: await listTree(dir) };
  }

  const attacks: [string, TarEntry[]][] = [
    [
      'an entry climbing out with ".."',
      [
        { name: `${KEY}/python/bin/python3`, body: 'x' },
        { name: `${KEY}/../../outside/evil`, body: 'pwned' },
      ],
    ],
    [
      'a symlink out of the root',
      [
        { name: `${KEY}/python/bin/python3`, body: 'x' },
        { name: `${KEY}/venvs/v`, type: 'symlink', linkname: '../../../outside' },
      ],
    ],
    [
      'a hard link to a file outside',
      [{ name: `${KEY}/python/bin/python3`, type: 'link', linkname: '../outside/secret' }],
    ],
    ['a top directory that is not an instance name', [{ name: '.locks/python/bin/python3', body: 'x' }]],
  ];
  for (const [what, entries] of attacks) {
    rcase(
      AREA,
      `PythonManager.importInstance: ${what}`,
      'PythonInstallationError; the root and everything outside unchanged; no .import-* staging left',
      async (c) => {
        const s = await importScene(entries);
        const m = new PythonManager({ root: s.instRoot });
        const e = await rejection(() => m.importInstance(s.archive));
        expect(e).toBeInstanceOf(PythonInstallationError);
        c.result(describeError(e));
        await c.intact(async () => {
          expect(await listTree(s.dir)).toEqual(s.before);
          expect(await m.listInstances()).toEqual([]);
        });
      },
    );
  }

  rcase(
    AREA,
    'VirtualEnvironmentManager.import: a zip with "../../../outside/evil"',
    'refused; venvs dir unchanged; nothing outside written',
    async (c) => {
      const s = await scene('zip', (f) =>
        makeZip(f, [
          {
            name: 'pyembed-venv-export.json',
            body: JSON.stringify({
              format: 1,
              name: 'v',
              sourcePath: '/tmp/x',
              platform: 'linux-x86_64-gnu',
              exportedAt: '',
              links: {},
            }),
          },
          { name: 'XXXXXXXX/outside/evil', body: 'pwned', patch: ['XXXXXXXX', '../../..'] },
        ]),
      );
      const inst = path.join(s.dir, 'a', 'b');
      const venvs = new VirtualEnvironmentManager({
        instance: { pythonPath: path.join(inst, 'python', 'bin', 'python3'), dir: inst },
        uv: new Uv({ path: uvBin() }),
      });
      const e = await rejection(() => venvs.import(s.archive, 'v'));
      expect(e).toBeInstanceOf(PythonInstallationError);
      c.result(describeError(e));
      await c.intact(async () => {
        expect((await listTree(s.dir)).filter((p) => !p.startsWith('a/b/venvs/'))).toEqual(s.before);
        expect((await listTree(path.join(inst, 'venvs'))).filter((p) => !p.startsWith('.pyembed'))).toEqual(
          [],
        );
      });
    },
  );
});
