import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractArchive } from '../src/core/install/extract.js';
import { packDirectory } from '../src/core/instances/archive.js';
import { instanceName, parseInstanceName } from '../src/core/instances/metadata.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-pack-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('packDirectory', () => {
  for (const ext of ['tar.gz', 'tar.zst', 'zip']) {
    it(`round-trips a tree through .${ext}: files, modes, mtimes, links (absolute ones made relative)`, async () => {
      const src = path.join(dir, 'src');
      await fs.mkdir(path.join(src, 'python', 'bin'), { recursive: true });
      await fs.mkdir(path.join(src, 'venvs', 'v', 'bin'), { recursive: true });
      await fs.mkdir(path.join(src, 'empty'));
      await fs.writeFile(path.join(src, 'python', 'bin', 'python3.12'), '#!/bin/sh\n', { mode: 0o755 });
      await fs.utimes(path.join(src, 'python', 'bin', 'python3.12'), 1_600_000_000, 1_600_000_000);
      await fs.symlink('python3.12', path.join(src, 'python', 'bin', 'python3'));
      await fs.symlink(
        path.join(src, 'python', 'bin', 'python3.12'),
        path.join(src, 'venvs', 'v', 'bin', 'python'),
      );
      await fs.symlink('/etc/passwd', path.join(src, 'venvs', 'outside')); // dropped: points outside
      const out = path.join(dir, `x.${ext}`);
      await packDirectory(src, out, { topName: 'top' });
      const back = path.join(dir, 'back');
      await extractArchive(out, back);
      const t = path.join(back, 'top');
      expect(await fs.readlink(path.join(t, 'python', 'bin', 'python3'))).toBe('python3.12');
      expect(await fs.readlink(path.join(t, 'venvs', 'v', 'bin', 'python'))).toBe(
        '../../../python/bin/python3.12',
      );
      expect(await fs.readFile(path.join(t, 'venvs', 'v', 'bin', 'python'), 'utf8')).toBe('#!/bin/sh\n');
      const st = await fs.stat(path.join(t, 'python', 'bin', 'python3.12'));
      expect(st.mode & 0o111).not.toBe(0);
      expect(Math.round(st.mtimeMs / 2000)).toBe(800_000_000); // zip keeps 2-second DOS times
      expect((await fs.stat(path.join(t, 'empty'))).isDirectory()).toBe(true);
      await expect(fs.lstat(path.join(t, 'venvs', 'outside'))).rejects.toThrow();
      expect((await fs.readdir(dir)).sort()).toEqual(['back', 'src', `x.${ext}`]);
    });
  }

  it('keeps a link into the tree spelled through another path to it (a symlinked root)', async () => {
    const src = path.join(dir, 'src');
    const alias = path.join(dir, 'alias'); // the same tree by another name, like /var vs /private/var
    await fs.mkdir(path.join(src, 'python', 'bin'), { recursive: true });
    await fs.mkdir(path.join(src, 'venvs', 'v', 'bin'), { recursive: true });
    await fs.writeFile(path.join(src, 'python', 'bin', 'python3.12'), '#!/bin/sh\n', { mode: 0o755 });
    await fs.symlink(src, alias);
    // the venv was created through the alias; the export walks the real path
    await fs.symlink(
      path.join(alias, 'python', 'bin', 'python3.12'),
      path.join(src, 'venvs', 'v', 'bin', 'python'),
    );
    const out = path.join(dir, 'x.tar.gz');
    await packDirectory(src, out, { topName: 'top' });
    const back = path.join(dir, 'back');
    await extractArchive(out, back);
    expect(await fs.readlink(path.join(back, 'top', 'venvs', 'v', 'bin', 'python'))).toBe(
      '../../../python/bin/python3.12',
    );
  });

  it('refuses an unknown extension', async () => {
    await expect(packDirectory(dir, path.join(dir, 'x.rar'), { topName: 't' })).rejects.toThrow(/format/);
  });
});

describe('instance names', () => {
  it('round-trip version, platform, variant and build', () => {
    const b = {
      version: '3.13.1',
      platform: { os: 'linux' as const, arch: 'x86_64', archVariant: 'v3', libc: 'gnu' },
      variant: 'freethreaded' as const,
      build: '20250814',
    };
    const name = instanceName(b);
    expect(name).toBe('cpython-3.13.1-linux-x86_64_v3-gnu+freethreaded-20250814');
    expect(parseInstanceName(name)).toEqual({ ...b, implementation: 'cpython' });
    expect(parseInstanceName('cpython-3.14.0rc1-darwin-aarch64-none-20250910')).toMatchObject({
      version: '3.14.0rc1',
      build: '20250910',
    });
    expect(parseInstanceName('not-an-instance')).toBeUndefined();
  });
});
