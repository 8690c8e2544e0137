// src/core/async-fs.ts: the promise file-system calls over Node's callback API answer as fs.promises does
// (values and errors), and because of it a warm setup by the built CLI or the built action never loads
// node:fs/promises (its dependencies get fs.promises loaded on first call: scripts/build.mjs).
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fs } from '../src/core/async-fs.js';
import { startWorld, type World } from '../test-world/index.js';
import { writeUvDownloadsJson } from '../test-world/uv-downloads-json.js';
import { runCli, sandbox, type Sandbox } from './cli-helpers.js';
import { runMainStep } from './workflows/runner-files.js';

/** What a call gave: its value, or its error's code and message. */
async function outcome(p: Promise<unknown>): Promise<unknown> {
  try {
    return { value: await p };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { code: err.code, message: err.message };
  }
}

describe('fs from src/core/async-fs.ts', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pyembed-async-fs-'));
    await mkdir(path.join(dir, 'd', 'e'), { recursive: true });
    await writeFile(path.join(dir, 'd', 'f.txt'), 'text\n');
    await symlink('d', path.join(dir, 'link'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('answers as fs.promises does, values and errors alike', async () => {
    const real = (await import('node:fs')).promises;
    const p = (...s: string[]) => path.join(dir, ...s);
    const calls: [string, (f: typeof real) => Promise<unknown>][] = [
      ['readFile', (f) => f.readFile(p('d', 'f.txt'), 'utf8')],
      ['readFile missing', (f) => f.readFile(p('nothing'), 'utf8')],
      ['readdir', (f) => f.readdir(p('d')).then((n) => n.sort())],
      [
        'readdir types',
        (f) =>
          f.readdir(p('d'), { withFileTypes: true }).then((d) => d.map((x) => [x.name, x.isFile()]).sort()),
      ],
      ['stat', (f) => f.stat(p('link', 'f.txt')).then((s) => [s.size, s.isFile(), s.ino])],
      ['lstat link', (f) => f.lstat(p('link')).then((s) => s.isSymbolicLink())],
      ['stat missing', (f) => f.stat(p('d', 'nothing'))],
      ['realpath', (f) => f.realpath(p('link', 'e'))],
      ['readlink', (f) => f.readlink(p('link'))],
      ['mkdir exists', (f) => f.mkdir(p('d'))],
      ['rmdir not empty', (f) => f.rmdir(p('d'))],
      ['access missing', (f) => f.access(p('nothing'))],
      ['rename missing', (f) => f.rename(p('nothing'), p('other'))],
    ];
    for (const [name, call] of calls)
      expect(await outcome(call(fs as unknown as typeof real)), name).toEqual(await outcome(call(real)));

    // writes: the same result and the same tree
    expect(await fs.mkdir(p('w', 'x', 'y'), { recursive: true })).toBe(p('w'));
    await fs.writeFile(p('w', 'x', 'a'), 'a');
    await fs.appendFile(p('w', 'x', 'a'), 'b');
    await fs.rename(p('w', 'x', 'a'), p('w', 'x', 'b'));
    expect(await readFile(p('w', 'x', 'b'), 'utf8')).toBe('ab');
    expect(path.dirname(await fs.mkdtemp(p('w', 'tmp-')))).toBe(p('w'));
    await fs.rm(p('w'), { recursive: true });
    expect(await outcome(fs.stat(p('w')))).toEqual(await outcome(real.stat(p('w'))));
    await fs.rm(p('w'), { recursive: true, force: true }); // gone already: no error, as fs.promises.rm
  });

  it('statOpened gives the stats of what it opened, and the open error otherwise', async () => {
    expect((await fs.statOpened(path.join(dir, 'd', 'f.txt'))).isFile()).toBe(true);
    expect((await fs.statOpened(path.join(dir, 'd'))).isDirectory()).toBe(true);
    await expect(fs.statOpened(path.join(dir, 'nothing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('a warm setup by the built faces', () => {
  let sb: Sandbox;
  let world: World;
  let recorder: string;
  let downloads: string;
  beforeAll(async () => {
    sb = await sandbox();
    world = await startWorld();
    // the world's CPython in a downloads file (uv's format), as the bench serves it: a warm run resolves it
    // from the file (the bundled catalogue does not know the world's release; the GitHub API would be asked)
    const a = world.fixture.archives.find((x) => x.flavor === 'install_only' && x.format === 'tar.gz')!;
    downloads = await writeUvDownloadsJson(path.join(sb.dir, 'downloads.json'), {
      version: world.fixture.version,
      build: world.fixture.build,
      url: `${world.mirrorUrl}/${world.fixture.build}/${a.assetName}`,
      sha256: a.sha256,
    });
    recorder = path.join(sb.dir, 'record-modules.cjs');
    await writeFile(
      recorder,
      "process.on('exit', () => require('fs').writeFileSync(process.env.RECORD_MODULES, process.moduleLoadList.join('\\n')));\n",
    );
  });
  afterAll(async () => {
    await world?.close();
    await sb.cleanup();
  });
  /** The environment that makes a run write the modules Node loaded to `file`. */
  const recording = (file: string) => ({ NODE_OPTIONS: `--require ${recorder}`, RECORD_MODULES: file });
  const loaded = async (file: string) => (await readFile(file, 'utf8')).split('\n');

  it('pyembed setup: a second venv from the cached wheels loads no node:fs/promises', async () => {
    const env = {
      ...sb.env,
      PYEMBED_UV_DOWNLOAD_URL: world.uvDownloadUrl,
      PYEMBED_INDEX_URL: world.indexUrl,
      PYEMBED_PYTHON_DOWNLOADS_JSON_URL: downloads,
    };
    await writeFile(path.join(sb.dir, 'requirements.txt'), 'six\n');
    const args = ['setup', world.fixture.version, '-r', 'requirements.txt', '--json', '--no-progress'];
    const first = await runCli(args, { env, cwd: sb.dir });
    expect(first.code, first.stderr).toBe(0);
    const file = path.join(sb.dir, 'cli-modules.txt');
    const warm = await runCli([...args, '--venv', 'second'], {
      env: { ...env, ...recording(file) },
      cwd: sb.dir,
    });
    expect(warm.code, warm.stderr).toBe(0);
    const py = JSON.parse(warm.stdout).venv.pythonPath as string;
    expect(py).toContain(`${path.sep}second${path.sep}`);
    expect(execFileSync(py, ['-c', 'import six; print(six.__name__)'], { encoding: 'utf8' }).trim()).toBe(
      'six',
    );
    const modules = await loaded(file);
    expect(modules).toContain('NativeModule child_process'); // it ran uv
    expect(modules.filter((m) => /fs\/promises|readline/.test(m))).toEqual([]);
  });

  it("the action's main step: a warm setup loads no node:fs/promises", async () => {
    const dirs = {
      tmp: sb.dir,
      workspace: path.join(sb.dir, 'ws'),
      toolCache: path.join(sb.dir, 'tool-cache'),
    };
    await mkdir(dirs.workspace, { recursive: true });
    await writeFile(path.join(dirs.workspace, 'requirements.txt'), 'six\n');
    const inputs = {
      ...{ cache: 'false', diagnose: 'false', requirements: 'requirements.txt' },
      ...{ build: '', mirror: '', 'python-downloads-json-url': downloads },
    };
    const first = await runMainStep(world, dirs, inputs, {}, { built: true });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const file = path.join(sb.dir, 'action-modules.txt');
    const warm = await runMainStep(world, dirs, { ...inputs, venv: '.venv-2' }, recording(file), {
      built: true,
    });
    expect(warm.code, warm.stdout + warm.stderr).toBe(0);
    const py = warm.files.outputs['python-path'];
    expect(execFileSync(py, ['-c', 'import six; print(six.__name__)'], { encoding: 'utf8' }).trim()).toBe(
      'six',
    );
    const modules = await loaded(file);
    expect(modules).toContain('NativeModule child_process');
    expect(modules.filter((m) => /fs\/promises|readline/.test(m))).toEqual([]);
  });
});
