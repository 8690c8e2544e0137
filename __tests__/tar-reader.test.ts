// TarReader (src/core/install/tar-reader.ts) against tar-stream and GNU tar: the same entries (name, type,
// size, mode, mtime, link target, bytes) from archives in ustar, GNU and pax formats, whatever the chunking;
// corrupt and truncated archives refused with the messages tar-stream gave.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TarReader, type TarEntry } from '../src/core/install/tar-reader.js';

const run = promisify(execFile);

interface Seen {
  name: string;
  type: string;
  size: number;
  mode: number;
  mtime: number;
  linkname: string;
  body: string;
}

/** Everything TarReader reports, the archive fed in pieces of `sizes` (cycled). */
function readAll(archive: Buffer, sizes: number[] = [archive.length]): Seen[] {
  const seen: Seen[] = [];
  let cur: { e: TarEntry; parts: Buffer[] } | undefined;
  const r = new TarReader({
    begin: (e) => (cur = { e, parts: [] }),
    data: (p) => cur!.parts.push(Buffer.from(p)),
    end: () => {
      const { e, parts } = cur!;
      seen.push({ ...e, mtime: e.mtime.getTime(), body: Buffer.concat(parts).toString('latin1') });
    },
  });
  for (let at = 0, i = 0; at < archive.length; i++) {
    const n = sizes[i % sizes.length];
    r.write(archive.subarray(at, at + n));
    at += n;
  }
  r.end();
  return seen;
}

/** The same, through tar-stream's extract. */
async function tarStream(archive: Buffer): Promise<Seen[]> {
  const seen: Seen[] = [];
  const ex = tar.extract();
  ex.on('entry', (h, stream, next) => {
    const parts: Buffer[] = [];
    stream.on('data', (c) => parts.push(c as Buffer));
    stream.on('end', () => {
      seen.push({
        name: h.name,
        type: h.type ?? '',
        size: h.size ?? 0,
        mode: h.mode ?? 0,
        mtime: h.mtime?.getTime() ?? 0,
        linkname: h.linkname ?? '',
        body: Buffer.concat(parts).toString('latin1'),
      });
      next();
    });
  });
  await new Promise<void>((resolve, reject) => {
    ex.on('finish', resolve).on('error', reject);
    ex.end(archive);
  });
  return seen;
}

let dir: string;
const archives: Record<string, Buffer> = {};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tar-reader-'));
  const src = path.join(dir, 'src');
  const deep = path.join(src, 'a'.repeat(90), 'b'.repeat(90), 'c'.repeat(60));
  await fs.mkdir(deep, { recursive: true });
  await fs.writeFile(path.join(deep, `${'long-name-'.repeat(12)}.py`), 'print(1)\n');
  await fs.writeFile(path.join(src, 'naïve ☃.txt'), 'unicode\n');
  // over 100 characters, so ustar splits it into its prefix and name fields
  await fs.mkdir(path.join(src, 'p'.repeat(60), 'q'.repeat(60)), { recursive: true });
  await fs.writeFile(path.join(src, 'p'.repeat(60), 'q'.repeat(60), 'r'.repeat(80)), 'prefix\n');
  await fs.writeFile(path.join(src, 'big.bin'), Buffer.alloc(700_001, 7));
  await fs.writeFile(path.join(src, 'empty'), '');
  await fs.chmod(path.join(src, 'empty'), 0o750);
  await fs.symlink(
    path.join('a'.repeat(90), 'b'.repeat(90), 'c'.repeat(60), 'x'.repeat(120)),
    path.join(src, 'far'),
  );
  await fs.link(path.join(src, 'big.bin'), path.join(src, 'big-again.bin'));
  for (const format of ['gnu', 'ustar', 'pax']) {
    const file = path.join(dir, `${format}.tar`);
    // ustar holds neither the 120-character link target nor the deepest path: it gets the rest
    const exclude = format === 'ustar' ? ['--exclude', './far', '--exclude', `./${'a'.repeat(90)}`] : [];
    await run('tar', ['-c', `--format=${format}`, ...exclude, '-f', file, '-C', src, '.']);
    archives[format] = await fs.readFile(file);
  }
  const pack = tar.pack();
  pack.entry({ name: 'dir/', type: 'directory', mode: 0o755, mtime: new Date(1_700_000_000_000) });
  pack.entry({ name: 'dir/x.txt', mode: 0o644, mtime: new Date(1_700_000_001_000) }, 'hello\n');
  pack.entry({ name: 'dir/link', type: 'symlink', linkname: 'x.txt' });
  pack.entry({ name: 'p/'.repeat(80) + 'deep.txt' }, 'pax path\n');
  pack.finalize();
  const parts: Buffer[] = [];
  for await (const c of pack) parts.push(c as Buffer);
  archives['tar-stream'] = Buffer.concat(parts);
}, 60_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('TarReader reads what tar-stream reads', () => {
  for (const format of ['gnu', 'ustar', 'pax', 'tar-stream']) {
    it(`${format} archive, whole and in awkward pieces`, async () => {
      const archive = archives[format];
      const expected = await tarStream(archive);
      expect(expected.length).toBeGreaterThan(3);
      expect(readAll(archive)).toEqual(expected);
      for (const sizes of [[1], [511], [513], [100, 1000, 7], [4096], [130_000]])
        expect(readAll(archive, sizes), `pieces ${sizes.join(',')}`).toEqual(expected);
    });
  }

  it('GNU tar long names, a hard link and a long symlink target come through', () => {
    const seen = readAll(archives.gnu);
    expect(seen.find((e) => e.name.endsWith(`${'long-name-'.repeat(12)}.py`))?.body).toBe('print(1)\n');
    expect(seen.find((e) => e.name === './far')).toMatchObject({ type: 'symlink' });
    expect(seen.find((e) => e.name === './far')!.linkname).toMatch(/x{120}$/);
    expect(seen.filter((e) => e.type === 'link')).toHaveLength(1);
    expect(seen.find((e) => e.name === './empty')).toMatchObject({ size: 0, mode: 0o750, body: '' });
  });

  it('a ustar name split across the prefix and name fields is joined', () => {
    const name = `./${'p'.repeat(60)}/${'q'.repeat(60)}/${'r'.repeat(80)}`;
    const header = archives.ustar.indexOf('r'.repeat(80));
    expect(header % 512).toBe(0); // the name field holds only the last part
    expect(readAll(archives.ustar).find((e) => e.name === name)?.body).toBe('prefix\n');
  });
});

describe('bad archives', () => {
  it('a damaged header fails its checksum', () => {
    const bad = Buffer.from(archives.gnu);
    bad[10] ^= 0x20;
    expect(() => readAll(bad)).toThrow(
      'Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?',
    );
  });

  it('a header of an unknown format is refused', () => {
    const bad = Buffer.from(archives.ustar);
    bad.write('xxxxx', 257, 'latin1');
    // keep the checksum right, so only the magic is wrong
    let sum = 8 * 32;
    for (let i = 0; i < 512; i++) if (i < 148 || i >= 156) sum += bad[i];
    bad.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    expect(() => readAll(bad)).toThrow('Invalid tar header: unknown format.');
  });

  it('a pax size that is not a whole number is refused', async () => {
    for (const size of ['-5', '12x', '1e3']) {
      const pack = tar.pack();
      pack.entry({ name: 'a.txt', pax: { size } }, 'abc');
      pack.finalize();
      const parts: Buffer[] = [];
      for await (const c of pack) parts.push(c as Buffer);
      expect(() => readAll(Buffer.concat(parts)), size).toThrow(`Invalid tar header: pax size "${size}".`);
    }
  });

  it('an archive cut inside an entry or a header is truncated', () => {
    const a = archives['tar-stream'];
    expect(() => readAll(a.subarray(0, 512 + 3))).toThrow('Unexpected end of data');
    expect(() => readAll(a.subarray(0, 1024 + 100))).toThrow('Unexpected end of data');
    expect(() => readAll(Buffer.from('not a tar at all'))).toThrow('Unexpected end of data');
  });
});
