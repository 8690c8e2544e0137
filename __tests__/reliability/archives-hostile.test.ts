// Hostile archives whose checksum is vouched for: the real PBS fixture tree plus one hostile part, served by
// the world under a new build tag whose SHA256SUMS matches (a mirror's unknown build), installed with
// PythonManager; the same kind of archive through `pyembed import` (an exported-instance layout), the
// library's installArchive / importInstance and the zip path. The hostile part is its own gzip member / zstd
// frame / tar: tar-stream reads on past a tar's end blocks (like `tar --ignore-zeros`), so "tree + one entry"
// is a concatenation and the 22 MB fixture is never recompressed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Catalog } from '../../src/core/catalog/index.js';
import { worldCatalog } from '../helpers/world-catalog.js';
import type { PythonBuild } from '../../src/core/catalog/types.js';
import { PythonInstallationError } from '../../src/core/errors.js';
import { extractArchive } from '../../src/core/install/extract.js';
import { PythonManager } from '../../src/core/instances/index.js';
import { startWorld, type World } from '../../test-world/index.js';
import { describeError, listTree, rcase, rejection, repoRoot, scratch, tsxLoader } from './harness.js';

const AREA = 'hostile-archives';
const REPO = 'astral-sh/python-build-standalone';
const MiB = 1024 * 1024;

let world: World;
let catalog: Catalog;
let root: string;
let build: PythonBuild;
let gzTree: Buffer; // the fixture's install_only_stripped .tar.gz
let zstTree: Buffer; // ... and its .tar.zst
let key: string; // an instance name, the top directory of an exported instance
let k = 0;

interface Entry {
  name: string;
  type?: 'file' | 'directory';
  body?: string | Buffer;
  mode?: number;
}

/** A plain tar (with its end blocks) of `entries`. */
async function tarOf(entries: Entry[]): Promise<Buffer> {
  const pack = tar.pack();
  for (const e of entries) {
    const type = e.type ?? 'file';
    const mode = e.mode ?? (type === 'directory' ? 0o755 : 0o644);
    if (type === 'directory') pack.entry({ name: e.name, type, mode });
    else pack.entry({ name: e.name, type, mode }, Buffer.from(e.body ?? 'x'));
  }
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const c of pack as unknown as Readable) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** A tar entry of `size` zeros, gzip-compressed ~1000:1: one header member, then 1 MiB members repeated. */
function gzBomb(name: string, size: number): Buffer {
  const header = tarHeader(name, size);
  const mib = zlib.gzipSync(Buffer.alloc(MiB), { level: 9 });
  const parts = [zlib.gzipSync(header)];
  for (let i = 0; i < size / MiB; i++) parts.push(mib);
  parts.push(zlib.gzipSync(Buffer.alloc(1024)));
  return Buffer.concat(parts);
}

/** A ustar header (size must be a multiple of 512 so no padding follows the body). */
function tarHeader(name: string, size: number): Buffer {
  const b = Buffer.alloc(512);
  const oct = (n: number, len: number) => n.toString(8).padStart(len - 1, '0') + '\0';
  b.write(name, 0, 100);
  b.write(oct(0o644, 8), 100);
  b.write(oct(0, 8), 108);
  b.write(oct(0, 8), 116);
  b.write(oct(size, 12), 124);
  b.write(oct(Math.floor(Date.now() / 1000), 12), 136);
  b.write('        ', 148);
  b.write('0', 156);
  b.write('ustar\0' + '00', 257);
  let sum = 0;
  for (const x of b) sum += x;
  b.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return b;
}

/**
 * One zstd frame holding `data` in raw blocks, whose header declares a window of `windowLog` (+ mantissa
 * eighths): valid zstd that any decoder accepting the window decodes (fzstd would allocate it first).
 */
function zstdFrame(data: Buffer, windowLog: number, mantissa = 0): Buffer {
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, ((windowLog - 10) << 3) | mantissa])];
  for (let off = 0; off < data.length || off === 0; off += 100_000) {
    const chunk = data.subarray(off, off + 100_000);
    const last = off + 100_000 >= data.length ? 1 : 0;
    const h = (chunk.length << 3) | last; // block type 0 = raw
    parts.push(Buffer.from([h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff]), chunk);
  }
  return Buffer.concat(parts);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Case {
  dir: string;
  root: string;
  before: string[];
}

/** caseDir/{outside/secret, root/}: what a refused install or import must leave exactly as it was. */
async function caseDir(): Promise<Case> {
  const dir = path.join(root, `case-${++k}`);
  await fs.mkdir(path.join(dir, 'outside'), { recursive: true });
  await fs.mkdir(path.join(dir, 'root'));
  await fs.writeFile(path.join(dir, 'outside', 'secret'), 'do not touch');
  return { dir, root: path.join(dir, 'root'), before: await listTree(dir) };
}

/** Nothing outside the root changed; under the root at most the empty lock dir. */
async function untouched(c: Case) {
  const now = (await listTree(c.dir)).filter((p) => !p.startsWith('root/'));
  expect(now).toEqual(c.before.filter((p) => !p.startsWith('root/')));
  expect(await fs.readFile(path.join(c.dir, 'outside', 'secret'), 'utf8')).toBe('do not touch');
  expect((await listTree(c.root)).filter((p) => p !== '.locks/')).toEqual([]);
}

/** Serves `body` as a PBS asset of a new build tag (the world writes the tag's SHA256SUMS) and installs it. */
async function installServed(c: Case, body: Buffer, format: 'tar.gz' | 'tar.zst', o = {}) {
  const tag = String(20990100 + k);
  const assetName = build.assetName.replace(build.build, tag).replace(/\.tar\.(gz|zst)$/, `.${format}`);
  world.server.addAsset(REPO, tag, assetName, body);
  const b: PythonBuild = { ...build, build: tag, assetName, format, sha256: undefined };
  const m = new PythonManager({ root: c.root, catalog, mirror: world.mirrorUrl, retries: 0, ...o });
  return m.installBuild(b);
}

/** `pyembed import <archive> --json` in a child process: exit code, the JSON error, stderr. */
async function pyembedImport(c: Case, archive: string, flags: string[] = []) {
  const cli = path.join(repoRoot, 'src', 'cli', 'main.ts');
  const args = ['--import', tsxLoader, cli, 'import', archive, '--json', ...flags];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PYEMBED_ROOT: c.root, PYEMBED_OFFLINE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const doc = JSON.parse(out || '{}') as {
    error?: { name: string; message: string; limit?: string; value?: number };
  };
  return { code, error: doc.error, stderr: err };
}

/** Every file and directory mode under `dir` that has group/other write or a special bit. */
async function looseModes(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const rel of await listTree(dir)) {
    const st = await fs.lstat(path.join(dir, rel));
    if (!st.isSymbolicLink() && st.mode & 0o7022) out.push(`${rel} ${(st.mode & 0o7777).toString(8)}`);
  }
  return out;
}

beforeAll(async () => {
  world = await startWorld();
  catalog = worldCatalog(world);
  root = await scratch('hostile');
  build = await catalog.resolve(world.fixture.version, { build: world.fixture.build });
  const pick = (format: string) =>
    world.fixture.archives.find((a) => a.format === format && a.flavor === 'install_only_stripped')!;
  gzTree = await fs.readFile(pick('tar.gz').path);
  zstTree = await fs.readFile(pick('tar.zst').path);
  key = `${build.key}-${build.build}`;
}, 120_000);
afterAll(async () => {
  await world?.close();
  if (root) await fs.rm(root, { recursive: true, force: true });
});

describe('decompression bombs (ratio limit)', () => {
  rcase(
    AREA,
    'install: the real tree + a 1 GiB entry of zeros (~1 MB gzip, 1000:1), served with matching SHA256SUMS',
    'PythonInstallationError naming the 20x ratio limit and how to raise it; nothing under the root',
    async (cx) => {
      const c = await caseDir();
      const bomb = Buffer.concat([gzTree, gzBomb('python/lib/zeros.bin', 1024 * MiB)]);
      const e = await rejection(() => installServed(c, bomb, 'tar.gz'));
      expect(e).toBeInstanceOf(PythonInstallationError);
      expect(e.message).toMatch(/20x limit on inflated vs compressed bytes/);
      expect((e as PythonInstallationError).details).toMatchObject({ limit: 'maxRatio', value: 20 });
      expect((e as PythonInstallationError).details.hint).toMatch(/--archive-max-ratio/);
      cx.result(`${describeError(e)} (archive ${(bomb.length / MiB).toFixed(1)} MB)`);
      await cx.intact(() => untouched(c));
    },
    120_000,
  );

  rcase(
    AREA,
    'pyembed import: an exported instance whose first entry is 1 GiB of zeros',
    'exit 15, JSON error with limit "maxRatio" ("maxBytes" with --archive-max-ratio raised); root empty',
    async (cx) => {
      const c = await caseDir();
      const archive = path.join(c.dir, 'outside', 'export.tar.gz');
      const tree = zlib.gzipSync(await tarOf([{ name: `${key}/python/bin/python3`, body: 'x' }]));
      await fs.writeFile(archive, Buffer.concat([gzBomb(`${key}/python/zeros`, 1024 * MiB), tree]));
      c.before = await listTree(c.dir);
      const r = await pyembedImport(c, archive);
      expect(r.code).toBe(15);
      expect(r.error).toMatchObject({ name: 'PythonInstallationError', limit: 'maxRatio' });
      // raised ratio: the (lowered) size limit is what refuses it now
      const flags = ['--archive-max-ratio', '100000', '--archive-max-bytes', '64MiB'];
      const r2 = await pyembedImport(c, archive, flags);
      expect(r2.error).toMatchObject({ limit: 'maxBytes', value: 64 * MiB });
      cx.result(
        `exit ${r.code}: ${r.error?.message.replace(/\/tmp\/\S+\//g, '…/').slice(0, 150)}; with ${flags.join(' ')}: limit ${r2.error?.limit}`,
      );
      await cx.intact(() => untouched(c));
    },
    60_000,
  );

  rcase(
    AREA,
    'installArchive (local file + .sha256): the same tree + 1 GiB bomb; then with maxRatio raised',
    'refused by the ratio limit; with archiveLimits.maxRatio 2000 the size limit refuses it instead',
    async (cx) => {
      const c = await caseDir();
      const name = build.assetName.replace(build.build, '20990199');
      const file = path.join(c.dir, 'outside', name);
      const body = Buffer.concat([gzBomb('python/lib/zeros.bin', 1024 * MiB), gzTree]);
      await fs.writeFile(file, body);
      await fs.writeFile(`${file}.sha256`, `${sha256(body)}  ${name}\n`);
      c.before = await listTree(c.dir);
      const m = new PythonManager({ root: c.root, catalog });
      const e = await rejection(() => m.installArchive(file));
      expect((e as PythonInstallationError).details).toMatchObject({ limit: 'maxRatio' });
      const raised = new PythonManager({
        root: c.root,
        catalog,
        archiveLimits: { maxRatio: 2000, maxBytes: 256 * MiB },
      });
      const e2 = await rejection(() => raised.installArchive(file));
      expect((e2 as PythonInstallationError).details).toMatchObject({ limit: 'maxBytes', value: 256 * MiB });
      expect(e2.message).toMatch(/past the 256 MiB limit \(maxBytes 268435456\)/);
      cx.result(`${describeError(e)} / raised: ${describeError(e2)}`);
      await cx.intact(() => untouched(c));
    },
    60_000,
  );

  rcase(
    AREA,
    'zip (venv import path): one 200 MiB entry of zeros',
    'refused from the declared sizes before inflating; destination absent',
    async (cx) => {
      const c = await caseDir();
      const zip = new yazl.ZipFile();
      zip.addBuffer(Buffer.from('home = /x\n'), 'pyvenv.cfg');
      zip.addBuffer(Buffer.alloc(200 * MiB), 'lib/zeros.bin');
      zip.end();
      const chunks: Buffer[] = [];
      for await (const ch of zip.outputStream as unknown as Readable) chunks.push(ch as Buffer);
      const archive = path.join(c.dir, 'outside', 'venv.zip');
      await fs.writeFile(archive, Buffer.concat(chunks));
      c.before = await listTree(c.dir);
      const e = await rejection(() => extractArchive(archive, path.join(c.root, 'v')));
      expect((e as PythonInstallationError).details).toMatchObject({ limit: 'maxRatio' });
      cx.result(describeError(e).replace(/\/tmp\/\S+\//g, '…/'));
      await cx.intact(() => untouched(c));
    },
    60_000,
  );
});

describe('modes (at most 0755)', () => {
  const loose: Entry[] = [
    { name: 'python/share/', type: 'directory', mode: 0o1777 },
    { name: 'python/share/open/', type: 'directory', mode: 0o777 },
    { name: 'python/share/open/plant.py', body: 'x = 1\n', mode: 0o666 },
    { name: 'python/bin/suid', body: '#!/bin/sh\n', mode: 0o6777 },
  ];

  rcase(
    AREA,
    'install, then export + import: a 1777 dir, a 0777 dir, a 0666 file, a 6777 file in the real tree',
    'installs; every dir and file at most 0755 (no group/other write, no special bits) in both instances',
    async (cx) => {
      const c = await caseDir();
      const body = Buffer.concat([gzTree, zlib.gzipSync(await tarOf(loose))]);
      const r = await installServed(c, body, 'tar.gz');
      expect(await looseModes(r.instance.pythonDir)).toEqual([]);
      const share = (await fs.stat(path.join(r.instance.pythonDir, 'share'))).mode & 0o7777;
      // export it, add the loose entries under the export's top dir, import into a second root
      const exported = path.join(c.dir, 'outside', 'export.tar.gz');
      const m = new PythonManager({ root: c.root, catalog });
      await m.exportInstance(r.instance.key, exported);
      const prefixed = loose.map((e) => ({ ...e, name: `${r.instance.key}/${e.name}` }));
      const hostile = Buffer.concat([await fs.readFile(exported), zlib.gzipSync(await tarOf(prefixed))]);
      await fs.writeFile(exported, hostile);
      const root2 = path.join(c.dir, 'root2');
      const imported = await new PythonManager({ root: root2, catalog }).importInstance(exported);
      expect(await looseModes(imported.dir)).toEqual([]);
      cx.result(`installed and imported; share/ ${share.toString(8)}, no loose modes in either tree`);
      await cx.intact(async () => {
        expect(await fs.readFile(path.join(c.dir, 'outside', 'secret'), 'utf8')).toBe('do not touch');
        expect((await listTree(root2)).filter((p) => /\.import-|\.tmp|\.partial/.test(p))).toEqual([]);
      });
    },
    120_000,
  );

  rcase(AREA, 'zip: a 0777 directory and a 04777 file', 'extracted as 0755 / 0755', async (cx) => {
    const c = await caseDir();
    const zip = new yazl.ZipFile();
    zip.addEmptyDirectory('open/', { mode: 0o40777 });
    zip.addBuffer(Buffer.from('x'), 'open/f', { mode: 0o104777 });
    zip.end();
    const chunks: Buffer[] = [];
    for await (const ch of zip.outputStream as unknown as Readable) chunks.push(ch as Buffer);
    const archive = path.join(c.dir, 'outside', 'modes.zip');
    await fs.writeFile(archive, Buffer.concat(chunks));
    const dest = path.join(c.root, 'x');
    await extractArchive(archive, dest);
    const d = (await fs.stat(path.join(dest, 'open'))).mode & 0o7777;
    const f = (await fs.stat(path.join(dest, 'open', 'f'))).mode & 0o7777;
    expect(d).toBe(0o755);
    expect(f & 0o7022).toBe(0);
    cx.result(`dir ${d.toString(8)}, file ${f.toString(8)}`);
    await cx.intact(async () => expect(await looseModes(dest)).toEqual([]));
  });
});

describe('zstd windows (<= 128 MiB, window log 27)', () => {
  const hostileFrame = async () => zstdFrame(await tarOf([{ name: 'python/lib/w.py', body: 'x' }]), 30, 7); // 1.875 GiB window

  rcase(
    AREA,
    'install: the real .tar.zst + a frame declaring a 1.875 GiB window, served with matching SHA256SUMS',
    'PythonInstallationError naming the window, before the decoder allocates it; in seconds',
    async (cx) => {
      const c = await caseDir();
      const t0 = Date.now();
      const body = Buffer.concat([zstTree, await hostileFrame()]);
      const e = await rejection(() => installServed(c, body, 'tar.zst'));
      const ms = Date.now() - t0;
      expect(e).toBeInstanceOf(PythonInstallationError);
      expect(e.message).toMatch(
        /1\.88 GiB window \(2013265920 bytes\), over the 128 MiB limit \(window log 27\)/,
      );
      cx.result(`${describeError(e)} (${(ms / 1000).toFixed(1)} s, ${process.version})`);
      await cx.intact(() => untouched(c));
    },
    60_000,
  );

  for (const decoder of ['auto', 'fzstd'] as const) {
    rcase(
      AREA,
      `pyembed import / extractArchive (${decoder} decoder): a frame first, window log 30; a single-segment frame of 3 GiB`,
      'both refused with the window named; nothing extracted',
      async (cx) => {
        const c = await caseDir();
        const archive = path.join(c.dir, 'outside', 'export.tar.zst');
        await fs.writeFile(archive, Buffer.concat([await hostileFrame(), zstTree]));
        // single segment, 8-byte content size of 3 GiB: the window is the whole content
        const single = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0xe0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0x01, 0, 0]);
        const archive2 = path.join(c.dir, 'outside', 'single.tar.zst');
        await fs.writeFile(archive2, single);
        c.before = await listTree(c.dir);
        const e1 =
          decoder === 'auto'
            ? (await pyembedImport(c, archive)).error
            : await rejection(() =>
                extractArchive(archive, path.join(c.root, 'x'), { zstdDecoder: decoder }),
              );
        const e2 = await rejection(() =>
          extractArchive(archive2, path.join(c.root, 'y'), { zstdDecoder: decoder }),
        );
        expect(e1?.message).toMatch(/1\.88 GiB window/);
        expect(e2).toBeInstanceOf(PythonInstallationError);
        expect(e2.message).toMatch(/3 GiB window \(3221225472 bytes\)/);
        cx.result(
          `${describeError(e1).replace(/\/tmp\/\S+\//g, '…/')} / ${describeError(e2).replace(/\/tmp\/\S+\//g, '…/')}`,
        );
        await cx.intact(() => untouched(c));
      },
      60_000,
    );
  }
});

describe('entry names', () => {
  // [entry name, why it is refused, how the error shows it]
  const names: [string, RegExp, string][] = [
    ['python/lib/x\n.py', /control character/, 'python/lib/x\\x0a.py'],
    ['python/lib/x\u001b[31m.py', /control character/, 'python/lib/x\\x1b[31m.py'],
    ['python/lib/os.py:evil', /alternate data stream/, 'python/lib/os.py:evil'],
    ['python/lib/NUL.txt', /reserved device name/, 'python/lib/NUL.txt'],
    ['python/lib/com1', /reserved device name/, 'python/lib/com1'],
    ['python/lib/trailing.', /dot or a space/, 'python/lib/trailing.'],
    ['python/lib/trailing ', /dot or a space/, 'python/lib/trailing '],
  ];
  for (const [name, why, shown] of names) {
    rcase(
      AREA,
      `install + import: entry ${JSON.stringify(name)} beside the real tree`,
      'PythonInstallationError naming the entry; root empty, nothing outside',
      async (cx) => {
        const c = await caseDir();
        const body = Buffer.concat([zlib.gzipSync(await tarOf([{ name }])), gzTree]);
        const e = await rejection(() => installServed(c, body, 'tar.gz'));
        expect(e).toBeInstanceOf(PythonInstallationError);
        expect(e.message).toMatch(why);
        expect((e as PythonInstallationError).details.entry).toBe(shown);
        const archive = path.join(c.dir, 'outside', 'export.tar.gz');
        await fs.writeFile(
          archive,
          zlib.gzipSync(await tarOf([{ name: `${key}/python/bin/python3` }, { name: `${key}/${name}` }])),
        );
        c.before = await listTree(c.dir);
        if (shown !== name) {
          // the CLI for the names a terminal would act on: the raw name never reaches it
          const r = await pyembedImport(c, archive);
          expect(r.code).toBe(15);
          expect(r.error?.message).toMatch(why);
          expect(r.stderr.includes('x\n.py') || r.stderr.includes('\u001b[31m')).toBe(false);
        } else {
          const e2 = await rejection(() =>
            new PythonManager({ root: c.root, catalog }).importInstance(archive),
          );
          expect(e2).toBeInstanceOf(PythonInstallationError);
          expect(e2.message).toMatch(why);
        }
        cx.result(describeError(e));
        await cx.intact(() => untouched(c));
      },
      60_000,
    );
  }
});

describe('real archives still install', () => {
  for (const format of ['tar.gz', 'tar.zst'] as const) {
    rcase(
      AREA,
      `the fixture's ${format} (install_only), from the catalogue build`,
      'installed; the interpreter runs; no loose modes',
      async (cx) => {
        const c = await caseDir();
        const a = world.fixture.archives.find((x) => x.format === format && x.flavor === 'install_only')!;
        const b: PythonBuild = { ...build, format, assetName: a.assetName, sha256: a.sha256 };
        const m = new PythonManager({ root: c.root, catalog, mirror: world.mirrorUrl });
        const r = await m.installBuild(b);
        expect(r.instance.version).toBe(world.fixture.version);
        cx.result(`installed ${r.instance.key} (${format})`);
        await cx.intact(async () => expect(await looseModes(r.instance.pythonDir)).toEqual([]));
      },
      120_000,
    );
  }
});
