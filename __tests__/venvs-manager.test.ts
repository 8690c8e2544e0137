// VirtualEnvironmentManager with real uv and the world's CPython: create/get/list/info/size/metadata,
// name validation, external venvs, corrupt metadata, and clone/export/import that survive deleting the
// source (console scripts run, no path of the source is left).
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  PythonInstallationError,
  VirtualEnvironmentNotFoundError,
} from '../src/core/errors.js';
import { VirtualEnvironmentManager } from '../src/core/venvs/manager.js';
import { relocateVenv } from '../src/core/venvs/relocate.js';
import { extractFixture, startHarness, type Harness } from './uv-harness.js';

const run = promisify(execFile);
let h: Harness;
let venvs: VirtualEnvironmentManager;

beforeAll(async () => {
  h = await startHarness('venvs');
  venvs = new VirtualEnvironmentManager({ instance: h.instance, uv: h.uv });
});
afterAll(async () => h?.close());

const exists = (p: string) =>
  fs.lstat(p).then(
    () => true,
    () => false,
  );

/** Every file under `dir` (not following links) whose bytes mention `needle`. */
async function filesMentioning(dir: string, needle: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isSymbolicLink()) {
        if ((await fs.readlink(p)).includes(needle)) out.push(path.relative(dir, p));
      } else if (e.isFile() && !e.name.endsWith('.pyc')) {
        if ((await fs.readFile(p)).includes(needle)) out.push(path.relative(dir, p));
      }
    }
  };
  await walk(dir);
  return out.sort();
}

describe('create, get, list, info', () => {
  it('creates <instance>/venvs/<name> with uv on the instance interpreter, and gets it again unchanged', async () => {
    const v = await venvs.getOrCreate('main');
    expect(v.path).toBe(path.join(h.instance.dir, 'venvs', 'main'));
    expect(v.pythonPath).toBe(path.join(v.path, 'bin', 'python'));
    const cfg = await fs.readFile(path.join(v.path, 'pyvenv.cfg'), 'utf8');
    expect(cfg).toContain(`home = ${path.join(h.instance.dir, 'python', 'bin')}`);
    expect(cfg).toContain('version_info = 3.11.7');
    await v.install('six==1.16.0');

    const again = await venvs.getOrCreate('main');
    expect(again.path).toBe(v.path);
    expect(await again.getVersion('six')).toBe('1.16.0');

    const recreated = await venvs.getOrCreate('main', { recreate: true });
    expect(await recreated.list()).toEqual([]);
  });

  it('concurrent getOrCreate of one name creates it once (lock) and both get it', async () => {
    const other = new VirtualEnvironmentManager({ instance: h.instance, uv: h.uv });
    const [a, b] = await Promise.all([venvs.getOrCreate('race'), other.getOrCreate('race')]);
    expect(a.path).toBe(b.path);
    await a.install('six==1.15.0');
    expect(await b.getVersion('six')).toBe('1.15.0');
    expect((await venvs.metadata('race'))?.origin?.kind).toBe('created');
  });

  it('lists, checks, resolves, sizes and describes', async () => {
    const v = await venvs.getOrCreate('described');
    await v.install('idna');
    expect(await venvs.list()).toEqual(expect.arrayContaining(['described', 'main']));
    expect(await venvs.exists('described')).toBe(true);
    expect(await venvs.exists('nope')).toBe(false);
    expect(await venvs.resolvePath('described')).toBe(v.path);
    const size = await venvs.size('described');
    expect(size).toBeGreaterThan(50_000); // idna is ~200 kB installed
    const info = await venvs.info('described');
    expect(info).toMatchObject({
      name: 'described',
      path: v.path,
      exists: true,
      isExternal: false,
      pythonVersion: '3.11.7',
      uvVersion: '0.13.9',
      packagesCount: 1,
      home: path.join(h.instance.dir, 'python', 'bin'),
    });
    expect(info.sizeBytes).toBe(size);
    expect(Date.parse(info.createdAt)).not.toBeNaN();
    expect(await venvs.metadata('described')).toMatchObject({
      name: 'described',
      isExternal: false,
      origin: { kind: 'created' },
    });
    expect(await venvs.metadata('nope')).toBeUndefined();
  });

  it('activationEnv puts bin first and sets VIRTUAL_ENV', async () => {
    const v = await venvs.getOrCreate('main');
    const env = v.activationEnv({ PATH: '/usr/bin', PYTHONHOME: '/x' });
    expect(env.PATH).toBe(`${v.binDir}:/usr/bin`);
    expect(env.VIRTUAL_ENV).toBe(v.path);
    expect(env.PYTHONHOME).toBeUndefined();
    const which = await run('sh', ['-c', 'command -v python'], { env: env as NodeJS.ProcessEnv });
    expect(which.stdout.trim()).toBe(v.pythonPath);
  });

  it('runs code, scripts and a session inside the venv (activated)', async () => {
    const v = await venvs.getOrCreate('exec');
    await v.install('six==1.16.0');
    const lines: string[] = [];
    const r = await v.executeCommand(
      'import os, sys, shutil, six\nprint(six.__version__)\nprint(os.environ["VIRTUAL_ENV"])\nprint(sys.prefix)\nprint(shutil.which("python"))',
      { onStdout: (l) => lines.push(l) },
    );
    expect(r.exitCode).toBe(0);
    expect(lines).toEqual(['1.16.0', v.path, v.path, v.pythonPath]);
    const script = path.join(h.scratch, 'script.py');
    await fs.writeFile(script, 'import sys, six\nprint(six.__version__, *sys.argv[1:])\n');
    expect((await v.executeScript(script, ['a', 'b c'])).stdout.trim()).toBe('1.16.0 a b c');
    expect((await v.run(['-m', 'six'])).exitCode).toBe(0);
    const session = await v.startSession();
    try {
      await session.exec('import six');
      expect(await session.eval('six.__version__')).toBe('1.16.0');
    } finally {
      await session.close();
    }
  });

  it('missing venvs: get/info/size throw VirtualEnvironmentNotFoundError, delete returns false', async () => {
    await expect(venvs.get('ghost')).rejects.toBeInstanceOf(VirtualEnvironmentNotFoundError);
    await expect(venvs.info('ghost')).rejects.toBeInstanceOf(VirtualEnvironmentNotFoundError);
    await expect(venvs.size('ghost')).rejects.toBeInstanceOf(VirtualEnvironmentNotFoundError);
    await expect(venvs.clone('ghost', 'x')).rejects.toBeInstanceOf(VirtualEnvironmentNotFoundError);
    expect(await venvs.delete('ghost')).toBe(false);
  });

  it.each(['', '..', '.', 'a/b', 'a\\b', '../escape', '.pyembed', ' padded', 'x\0y', 'con:'])(
    'refuses the name %j with a ConfigurationError before touching the disk',
    async (name) => {
      await expect(venvs.getOrCreate(name)).rejects.toBeInstanceOf(ConfigurationError);
      await expect(venvs.delete(name)).rejects.toBeInstanceOf(ConfigurationError);
      await expect(venvs.exists(name)).rejects.toBeInstanceOf(ConfigurationError);
    },
  );

  it('seed: true needs pip on the index; without it a clear error and nothing left behind', async () => {
    // an index with nothing on it (the world's serves pip)
    const empty = await fs.mkdtemp(path.join(h.scratch, 'empty-index-'));
    const noPip = new VirtualEnvironmentManager({
      instance: h.instance,
      uv: h.uv.with({ indexUrl: pathToFileURL(empty).href }),
    });
    const err = await noPip.getOrCreate('seeded', { seed: true }).catch((e) => e);
    expect(err).toBeInstanceOf(PythonInstallationError);
    expect(err.message).toMatch(/seed packages/);
    expect(err.message).toMatch(/pip was not found/);
    expect(err.message).not.toMatch(/^Using CPython/m);
    expect(await venvs.exists('seeded')).toBe(false);
    expect(await exists(path.join(h.instance.dir, 'venvs', 'seeded'))).toBe(false);
  });

  it('delete removes files and metadata', async () => {
    await venvs.getOrCreate('doomed');
    expect(await venvs.delete('doomed')).toBe(true);
    expect(await exists(path.join(h.instance.dir, 'venvs', 'doomed'))).toBe(false);
    expect(await exists(path.join(h.instance.dir, 'venvs', '.pyembed', 'doomed.json'))).toBe(false);
    expect(await venvs.list()).not.toContain('doomed');
  });
});

describe('metadata is a cache, never a reason to delete', () => {
  it('corrupt or missing metadata is rebuilt from the files; the venv and its packages stay', async () => {
    const v = await venvs.getOrCreate('meta');
    await v.install('six');
    const file = path.join(h.instance.dir, 'venvs', '.pyembed', 'meta.json');
    await fs.writeFile(file, '{ this is not json');
    const rebuilt = await venvs.metadata('meta');
    expect(rebuilt).toMatchObject({
      name: 'meta',
      isExternal: false,
      pythonVersion: '3.11.7',
      uvVersion: '0.13.9',
      rebuilt: true,
    });
    expect(JSON.parse(await fs.readFile(file, 'utf8')).name).toBe('meta'); // re-saved
    await fs.rm(file);
    expect((await venvs.getOrCreate('meta')).path).toBe(v.path);
    expect(await v.getVersion('six')).toBe('1.17.0');
    expect(await venvs.metadata('meta')).toMatchObject({ name: 'meta' });
  });
});

describe('external venvs', () => {
  it('creates at an external path, tracks it by name, and forgets it without deleting files', async () => {
    const ext = path.join(h.scratch, 'project', '.venv');
    const v = await venvs.getOrCreate('proj', { path: ext });
    expect(v.path).toBe(ext);
    expect(v.isExternal).toBe(true);
    expect(await venvs.list()).toContain('proj');
    expect(await venvs.resolvePath('proj')).toBe(ext);
    expect(await venvs.metadata('proj')).toMatchObject({ isExternal: true, externalPath: ext });
    expect((await venvs.info('proj')).externalPath).toBe(ext);
    await v.install('six==1.15.0');

    // same name, other place: refused
    await expect(
      venvs.getOrCreate('proj', { path: path.join(h.scratch, 'elsewhere') }),
    ).rejects.toBeInstanceOf(ConfigurationError);
    // same name, no path: the external one
    expect((await venvs.getOrCreate('proj')).path).toBe(ext);
    // recreate keeps it where it is, empty
    const fresh = await venvs.getOrCreate('proj', { recreate: true });
    expect(fresh.path).toBe(ext);
    expect(await fresh.list()).toEqual([]);
    await fresh.install('six==1.15.0');

    expect(await venvs.delete('proj', { deleteExternalFiles: false })).toBe(true);
    expect(await venvs.exists('proj')).toBe(false);
    expect(await exists(path.join(ext, 'pyvenv.cfg'))).toBe(true);

    // an existing venv of this instance at that path is adopted, packages kept
    const adopted = await venvs.getOrCreate('proj2', { path: ext });
    expect(await adopted.getVersion('six')).toBe('1.15.0');
    expect((await venvs.metadata('proj2'))?.origin?.kind).toBe('adopted');
    expect(await venvs.delete('proj2')).toBe(true);
    expect(await exists(ext)).toBe(false);
  });

  it('relocatable: true makes a venv whose console scripts survive a plain move', async () => {
    const a = path.join(h.scratch, 'reloc-a');
    const v = await venvs.getOrCreate('reloc', { path: a, relocatable: true });
    await v.install('tabulate==0.9.0');
    expect(await fs.readFile(path.join(a, 'pyvenv.cfg'), 'utf8')).toMatch(/relocatable = true/);
    const b = path.join(h.scratch, 'reloc-b');
    await fs.rename(a, b);
    const out = await run(path.join(b, 'bin', 'tabulate'), ['--help'], { env: { PATH: '/usr/bin:/bin' } });
    expect(out.stdout).toMatch(/usage: tabulate/i);
    await venvs.delete('reloc', { deleteExternalFiles: false });
  });

  it('never creates over a non-empty directory that is not a venv', async () => {
    const dir = path.join(h.scratch, 'user-data');
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'precious.txt'), 'keep me');
    await expect(venvs.getOrCreate('clobber', { path: dir })).rejects.toBeInstanceOf(ConfigurationError);
    expect(await fs.readFile(path.join(dir, 'precious.txt'), 'utf8')).toBe('keep me');
    expect(await venvs.exists('clobber')).toBe(false);
  });

  it('an external dir deleted behind our back is no longer listed, and the name can be reused', async () => {
    const ext = path.join(h.scratch, 'vanishing');
    await venvs.getOrCreate('vanish', { path: ext });
    await fs.rm(ext, { recursive: true });
    expect(await venvs.exists('vanish')).toBe(false);
    expect(await venvs.list()).not.toContain('vanish');
    const again = await venvs.getOrCreate('vanish');
    expect(again.path).toBe(path.join(h.instance.dir, 'venvs', 'vanish'));
  });
});

describe('clone / export / import survive deleting the source', () => {
  async function sourceVenv(name: string) {
    const v = await venvs.getOrCreate(name, { recreate: true });
    await v.install(['tabulate==0.9.0', 'six==1.15.0']);
    return v;
  }
  const tabulateRuns = async (bin: string) =>
    (await run(path.join(bin, 'tabulate'), ['--help'], { env: { PATH: '/usr/bin:/bin' } })).stdout;

  it('clone: the copy runs its console scripts after the source is deleted, and names only itself', async () => {
    const src = await sourceVenv('clone-src');
    const copy = await venvs.clone('clone-src', 'clone-dst');
    expect(copy.path).toBe(path.join(h.instance.dir, 'venvs', 'clone-dst'));
    expect(await venvs.delete('clone-src')).toBe(true);
    expect(await exists(src.path)).toBe(false);

    expect(await tabulateRuns(copy.binDir)).toMatch(/usage: tabulate/i);
    expect((await fs.readFile(path.join(copy.binDir, 'tabulate'), 'utf8')).split('\n')[0]).toBe(
      `#!${copy.pythonPath}`,
    );
    expect(await fs.readFile(path.join(copy.binDir, 'activate'), 'utf8')).toContain(
      `VIRTUAL_ENV='${copy.path}'`,
    );
    expect(await filesMentioning(copy.path, src.path)).toEqual([]);
    expect((await copy.pythonVersionInfo()).prefix).toBe(copy.path);
    expect(await copy.getVersion('six')).toBe('1.15.0');
    expect((await venvs.metadata('clone-dst'))?.origin).toEqual({ kind: 'cloned', from: 'clone-src' });
    // refuses to clone over an existing venv
    await sourceVenv('clone-src');
    await expect(venvs.clone('clone-src', 'clone-dst')).rejects.toBeInstanceOf(ConfigurationError);
  });

  it('clone to an external path', async () => {
    await sourceVenv('clone-src2');
    const ext = path.join(h.scratch, 'ext-clone');
    const copy = await venvs.clone('clone-src2', 'ext-clone', { path: ext });
    await venvs.delete('clone-src2');
    expect(copy.isExternal).toBe(true);
    expect(await tabulateRuns(copy.binDir)).toMatch(/usage: tabulate/i);
    expect(await venvs.resolvePath('ext-clone')).toBe(ext);
  });

  it('export -> delete -> import: works at the new place, internal and external', async () => {
    const src = await sourceVenv('exp-src');
    const archive = await venvs.export('exp-src', path.join(h.scratch, 'exports', 'exp.zip'));
    expect(archive).toBe(path.join(h.scratch, 'exports', 'exp.zip'));
    await venvs.delete('exp-src');
    expect(await exists(src.path)).toBe(false);

    const imported = await venvs.import(archive, 'imported');
    expect(await tabulateRuns(imported.binDir)).toMatch(/usage: tabulate/i);
    expect(await imported.getVersion('six')).toBe('1.15.0');
    expect(await filesMentioning(imported.path, src.path)).toEqual([]);
    expect(await fs.readlink(path.join(imported.binDir, 'python'))).toBe(h.instance.pythonPath);
    expect((await venvs.metadata('imported'))?.origin?.kind).toBe('imported');

    const ext = path.join(h.scratch, 'imported-ext');
    const external = await venvs.import(archive, 'imported-ext', { path: ext });
    expect(external.path).toBe(ext);
    expect(await tabulateRuns(external.binDir)).toMatch(/usage: tabulate/i);

    await expect(venvs.import(archive, 'imported')).rejects.toBeInstanceOf(ConfigurationError);
    await expect(venvs.export('imported', path.join(h.scratch, 'x.tar'))).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    await expect(venvs.import(path.join(h.scratch, 'missing.zip'), 'z')).rejects.toThrow();
  });

  it('import (.tar.gz) into another instance after the first instance is gone: home and interpreter links follow', async () => {
    // a second instance of the same CPython, somewhere else
    const otherDir = path.join(h.scratch, 'other-instance');
    const otherPython = await extractFixture(h.world, otherDir);
    const firstDir = path.join(h.scratch, 'first-instance');
    const firstPython = await extractFixture(h.world, firstDir);
    const first = new VirtualEnvironmentManager({
      instance: { dir: firstDir, pythonPath: firstPython },
      uv: h.uv,
    });
    const v = await first.getOrCreate('portable');
    await v.install('tabulate==0.9.0');
    const archive = await first.export('portable', path.join(h.scratch, 'portable.tar.gz'));
    await fs.rm(firstDir, { recursive: true });

    const other = new VirtualEnvironmentManager({
      instance: { dir: otherDir, pythonPath: otherPython },
      uv: h.uv,
    });
    const moved = await other.import(archive, 'portable');
    expect(await fs.readFile(path.join(moved.path, 'pyvenv.cfg'), 'utf8')).toContain(
      `home = ${path.dirname(otherPython)}`,
    );
    expect(await fs.readlink(path.join(moved.binDir, 'python'))).toBe(otherPython);
    expect(await tabulateRuns(moved.binDir)).toMatch(/usage: tabulate/i);
    expect(await filesMentioning(moved.path, firstDir)).toEqual([]);
    expect((await moved.validateInstallation()).overallHealth).toBe('Healthy');
  });

  it('a venv whose instance moved is repaired when it is opened again', async () => {
    const aDir = path.join(h.scratch, 'moving-instance');
    const aPython = await extractFixture(h.world, aDir);
    const a = new VirtualEnvironmentManager({ instance: { dir: aDir, pythonPath: aPython }, uv: h.uv });
    await (await a.getOrCreate('stay')).install('tabulate==0.9.0');
    const bDir = path.join(h.scratch, 'moved-instance');
    await fs.rename(aDir, bDir);
    const b = new VirtualEnvironmentManager({
      instance: { dir: bDir, pythonPath: path.join(bDir, path.relative(aDir, aPython)) },
      uv: h.uv,
    });
    const v = await b.getOrCreate('stay');
    expect(await tabulateRuns(v.binDir)).toMatch(/usage: tabulate/i);
    expect(await filesMentioning(v.path, aDir)).toEqual([]);
    expect(await v.getVersion('tabulate')).toBe('0.9.0');
  });
});

describe('relocateVenv', () => {
  it('rewrites whole paths only, keeps modes, and leaves binaries alone', async () => {
    const dir = path.join(h.scratch, 'reloc');
    await fs.mkdir(path.join(dir, 'bin'), { recursive: true });
    await fs.writeFile(path.join(dir, 'pyvenv.cfg'), 'home = /old/python/bin\nversion_info = 3.11.7\n');
    await fs.writeFile(
      path.join(dir, 'bin', 'tool'),
      '#!/old/venv/bin/python\n# /old/venv2 stays\nx="/old/venv"\n',
      { mode: 0o755 },
    );
    await fs.writeFile(
      path.join(dir, 'bin', 'blob'),
      Buffer.from([0, 1, 2, ...Buffer.from('/old/venv/bin')]),
    );
    const r = await relocateVenv(dir, { from: '/old/venv', to: '/new/place' });
    expect(r.rewritten).toEqual([path.join('bin', 'tool')]);
    expect(await fs.readFile(path.join(dir, 'bin', 'tool'), 'utf8')).toBe(
      '#!/new/place/bin/python\n# /old/venv2 stays\nx="/new/place"\n',
    );
    expect((await fs.stat(path.join(dir, 'bin', 'tool'))).mode & 0o777).toBe(0o755);
    expect((await fs.readFile(path.join(dir, 'bin', 'blob'))).includes('/old/venv')).toBe(true);
    await relocateVenv(dir, { from: '/new/place', to: '/new/place', basePython: '/opt/py/bin/python3.11' });
    expect(await fs.readFile(path.join(dir, 'pyvenv.cfg'), 'utf8')).toContain('home = /opt/py/bin\n');
  });
});
