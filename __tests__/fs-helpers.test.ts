// The shared file-system and PATH helpers (src/core/fs.ts), against a real scratch tree.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exists,
  findOnPath,
  findOnPathSync,
  isDir,
  isFile,
  isFileSync,
  isWritableDir,
  makeDirs,
  nearestExisting,
  whyNotWritable,
  writeFileAtomic,
  writeFileAtomicSync,
} from '../src/core/fs.js';

let dir: string;
const p = (...parts: string[]) => path.join(dir, ...parts);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-fs-'));
  await fs.mkdir(p('a', 'sub'), { recursive: true });
  await fs.mkdir(p('b', 'tool'), { recursive: true }); // a directory named like the tool
  await fs.mkdir(p('c'));
  await fs.writeFile(p('a', 'file.txt'), 'x');
  await fs.writeFile(p('a', 'tool'), 'not executable', { mode: 0o644 });
  await fs.writeFile(p('c', 'tool'), '#!/bin/sh\n', { mode: 0o755 });
  await fs.writeFile(p('a', 'sub', 'tool'), '#!/bin/sh\n', { mode: 0o755 });
  await fs.symlink(p('nowhere'), p('dangling'));
  await fs.symlink(p('a', 'file.txt'), p('link-to-file'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('exists / isFile / isDir', () => {
  it.each([
    ['a regular file', ['a', 'file.txt'], { exists: true, file: true, dir: false }],
    ['a directory', ['a'], { exists: true, file: false, dir: true }],
    ['a link to a file', ['link-to-file'], { exists: true, file: true, dir: false }],
    ['a dangling link', ['dangling'], { exists: false, file: false, dir: false }],
    ['nothing', ['missing'], { exists: false, file: false, dir: false }],
  ])('%s', async (_what, parts, want) => {
    const target = p(...parts);
    expect({ exists: await exists(target), file: await isFile(target), dir: await isDir(target) }).toEqual(
      want,
    );
    expect(isFileSync(target)).toBe(want.file);
  });
});

describe('findOnPath', () => {
  it('returns the first executable regular file in PATH order, skipping directories and non-executables', async () => {
    const envPath = [p('missing'), p('a'), p('b'), p('c'), p('a', 'sub')].join(path.delimiter);
    expect(await findOnPath('tool', envPath)).toBe(p('c', 'tool'));
    expect(findOnPathSync('tool', envPath)).toBe(p('c', 'tool'));
  });

  it('answers undefined when nothing matches, and ignores empty PATH entries', async () => {
    const envPath = ['', p('a'), p('b'), ''].join(path.delimiter);
    expect(await findOnPath('tool', envPath)).toBeUndefined();
    expect(await findOnPath('tool', '')).toBeUndefined();
    expect(findOnPathSync('sh', `${path.delimiter}/bin`)).toBe('/bin/sh');
  });
});

describe('writable checks', () => {
  it('a directory a file can be created in is writable, and the probe file is gone afterwards', async () => {
    expect(await isWritableDir(p('c'))).toBe(true);
    expect(await whyNotWritable(p('c'))).toBeUndefined();
    expect((await fs.readdir(p('c'))).sort()).toEqual(['tool']);
  });

  it('names the reason when it is not', async () => {
    expect(await whyNotWritable(p('missing'))).toBe('ENOENT');
    // a file: access(W_OK|X_OK) refuses it (EACCES), or the probe under it does (ENOTDIR)
    expect(await whyNotWritable(p('a', 'file.txt'))).toMatch(/^E(ACCES|NOTDIR)$/);
    expect(await isWritableDir(p('a', 'file.txt'))).toBe(false);
  });

  it('nearestExisting walks up to the first directory that exists', async () => {
    expect(await nearestExisting(p('a', 'new', 'deeper'))).toBe(p('a'));
    expect(await nearestExisting(p('a'))).toBe(p('a'));
  });

  it('makeDirs creates a tree, and under a file fails with the real errno', async () => {
    await makeDirs(p('made', 'x', 'y'));
    expect(await isDir(p('made', 'x', 'y'))).toBe(true);
    await expect(makeDirs(p('a', 'file.txt', 'under'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});

describe('atomic writes', () => {
  /** A pid no process has any more (a child that has exited). */
  async function deadPid(): Promise<number> {
    const child = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => child.on('exit', r));
    return child.pid!;
  }

  it("remove the temps dead writers left beside the file, keep a live writer's and other files", async () => {
    const d = p('atomic');
    await fs.mkdir(d);
    const dead = await deadPid();
    const names = {
      dead: `data.json.${dead}.0badf00d.tmp`, // a writer killed between its temp and its rename
      live: `data.json.${process.pid}.0badf00d.tmp`, // this process stands in for a live writer
      other: `other.json.${dead}.0badf00d.tmp`, // another file's temp: not this write's to judge
    };
    for (const n of Object.values(names)) await fs.writeFile(path.join(d, n), 'half');

    await writeFileAtomic(path.join(d, 'data.json'), '{"a":1}');
    expect((await fs.readdir(d)).sort()).toEqual(['data.json', names.live, names.other].sort());
    expect(await fs.readFile(path.join(d, 'data.json'), 'utf8')).toBe('{"a":1}');

    await fs.writeFile(path.join(d, names.dead), 'half');
    writeFileAtomicSync(path.join(d, 'data.json'), '{"a":2}', { keepTemps: true }); // the lock's way
    expect(await fs.readdir(d)).toContain(names.dead);
    writeFileAtomicSync(path.join(d, 'data.json'), '{"a":3}');
    expect((await fs.readdir(d)).sort()).toEqual(['data.json', names.live, names.other].sort());
    expect(await fs.readFile(path.join(d, 'data.json'), 'utf8')).toBe('{"a":3}');
  });
});
