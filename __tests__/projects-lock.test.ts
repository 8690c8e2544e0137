// uv projects through runSetup, against the local world with the pinned uv: the lock decides the versions,
// a stale lock is refused with the venv untouched, groups/extras/editable/workspace members as uv sync does,
// pylock.toml alone, seed, and the project's uv config honoured while the user's is not.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackageInstallationError } from '../src/core/errors.js';
import { runSetup, type SetupOptions } from '../src/core/setup/index.js';
import { venvPython } from '../src/core/venvs/layout.js';
import { startWorld, uvBin, type World } from '../test-world/index.js';
import { lockProject, versionsIn, writeUvProject } from './helpers/projects.js';
import { BACKEND_PY } from './uv-harness.js';

const run = promisify(execFile);
let world: World;
let tmp: string;
let python: string;

function base(o: Partial<SetupOptions> = {}): SetupOptions {
  return {
    cwd: tmp,
    root: path.join(tmp, 'root'),
    toolsDir: path.join(tmp, 'tools'),
    uvCacheDir: path.join(tmp, 'uv-cache'),
    catalogSource: 'github',
    githubApiUrl: world.apiUrl,
    mirror: world.mirrorUrl,
    uvDownloadUrl: world.uvDownloadUrl,
    indexUrl: world.indexUrl,
    python: '3.11.7',
    ...o,
  };
}

beforeAll(async () => {
  world = await startWorld();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-projects-'));
  python = (await runSetup(base({ venv: false }))).python.pythonPath;
});
afterAll(async () => {
  await world?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

/** A virtual project depending on six, locked at six 1.15.0 (the index's newest is 1.17.0). */
async function oldSixProject(name: string): Promise<string> {
  const dir = await writeUvProject(path.join(tmp, name), { name, dependencies: ['six'] });
  await lockProject(dir, world.indexUrl, python, '--upgrade-package=six==1.15.0');
  return dir;
}

describe('lock: the uv.lock decides what is installed', () => {
  it('installs the locked (older) version; lock: ignore resolves the newest', async () => {
    const dir = await oldSixProject('app');
    const r = await runSetup(base({ pyproject: dir, venv: path.join(tmp, 'v-locked') }));
    expect(await versionsIn(r.venv!.pythonPath, ['six', 'app'])).toEqual({ six: '1.15.0', app: null });
    expect(r.packages!.lock).toEqual({
      file: path.join(dir, 'uv.lock'),
      mode: 'locked',
      groups: ['(default)'],
      extras: [],
    });
    const fresh = await runSetup(base({ pyproject: dir, lock: 'ignore', venv: path.join(tmp, 'v-fresh') }));
    expect(await versionsIn(fresh.venv!.pythonPath, ['six'])).toEqual({ six: '1.17.0' });
    expect(fresh.packages!.lock).toBeUndefined();
  });

  it('refuses a stale lock with a typed error naming it, leaving the venv as it was; frozen installs it', async () => {
    const dir = await oldSixProject('stale');
    const venv = path.join(tmp, 'v-stale');
    await runSetup(base({ pyproject: dir, venv }));
    const before = await fs.readdir(path.join(venv, 'lib', 'python3.11', 'site-packages'));
    await writeUvProject(dir, { name: 'stale', dependencies: ['six', 'idna'] });
    const err = await runSetup(base({ pyproject: dir, venv })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PackageInstallationError);
    expect((err as PackageInstallationError).message).toBe(
      `${path.join(dir, 'uv.lock')} no longer matches pyproject.toml; nothing was installed.`,
    );
    expect((err as PackageInstallationError).details.hint).toMatch(/Re-lock with `uv lock` in /);
    expect(await fs.readdir(path.join(venv, 'lib', 'python3.11', 'site-packages'))).toEqual(before);
    const frozen = await runSetup(base({ pyproject: dir, venv, lock: 'frozen' }));
    expect(await versionsIn(frozen.venv!.pythonPath, ['six', 'idna'])).toEqual({ six: '1.15.0', idna: null });
    expect(frozen.packages!.lock!.mode).toBe('frozen');
  });

  it('honours the project uv.toml and ignores the user-level uv.toml', async () => {
    const dir = await oldSixProject('configured');
    await fs.writeFile(path.join(dir, 'uv.toml'), 'compile-bytecode = true\n');
    // the user's config would make uv offline; with a cold cache that fails the install
    const home = path.join(tmp, 'xdg');
    await fs.mkdir(path.join(home, 'uv'), { recursive: true });
    await fs.writeFile(path.join(home, 'uv', 'uv.toml'), 'offline = true\n');
    const saved = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = home;
    try {
      const r = await runSetup(
        base({ pyproject: dir, venv: path.join(tmp, 'v-cfg'), uvCacheDir: path.join(tmp, 'cold') }),
      );
      const site = path.join(r.venv!.path, 'lib', 'python3.11', 'site-packages');
      // nothing imported six yet: its bytecode is there because the project's uv.toml asked uv to compile
      expect(await fs.readdir(path.join(site, '__pycache__'))).toEqual(['six.cpython-311.pyc']);
      expect(await versionsIn(r.venv!.pythonPath, ['six'])).toEqual({ six: '1.15.0' });
    } finally {
      if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = saved;
    }
  });
});

describe('groups and extras follow uv sync', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await writeUvProject(path.join(tmp, 'grouped'), {
      name: 'grouped',
      dependencies: ['six'],
      extras: { net: ['idna'] },
      groups: { dev: ['iniconfig'], lint: ['tomli'] },
    });
    await lockProject(dir, world.indexUrl, python);
  });

  const cases: [string, Partial<SetupOptions>, string[]][] = [
    ['the default group (dev)', {}, ['iniconfig']],
    ['a named group besides dev', { groups: ['lint'] }, ['iniconfig', 'tomli']],
    ['no default groups', { noDefaultGroups: true }, []],
    ['all groups', { allGroups: true }, ['iniconfig', 'tomli']],
    ['an extra', { extras: ['net'] }, ['iniconfig', 'idna']],
    ['all extras', { allExtras: true }, ['iniconfig', 'idna']],
  ];
  it.each(cases)('%s', async (name, o, expected) => {
    const venv = path.join(tmp, `v-group-${name.replace(/\W+/g, '-')}`);
    const r = await runSetup(base({ pyproject: dir, venv, ...o }));
    const found = await versionsIn(r.venv!.pythonPath, ['six', 'iniconfig', 'tomli', 'idna']);
    const present = Object.keys(found).filter((k) => found[k] !== null);
    expect(present.sort()).toEqual(['six', ...expected].sort());
  });
});

describe('packaged projects, workspaces, pylock.toml, seed', () => {
  it('a packaged project is installed editable by default, non-editable when asked', async () => {
    const dir = await writeUvProject(
      path.join(tmp, 'pkgd'),
      { name: 'pkgd', dependencies: ['six'], packaged: true },
      BACKEND_PY,
    );
    await lockProject(dir, world.indexUrl, python);
    const where = 'import pkgd, os; print(os.path.dirname(pkgd.__file__))';
    const editable = await runSetup(base({ pyproject: dir, venv: path.join(tmp, 'v-ed') }));
    expect((await run(editable.venv!.pythonPath, ['-c', where])).stdout.trim()).toBe(path.join(dir, 'pkgd'));
    const copied = await runSetup(base({ pyproject: dir, venv: path.join(tmp, 'v-noed'), editable: false }));
    const site = path.join(tmp, 'v-noed', 'lib', 'python3.11', 'site-packages', 'pkgd');
    expect((await run(copied.venv!.pythonPath, ['-c', where])).stdout.trim()).toBe(site);
  });

  it("a workspace member uses the workspace's lock; workspace-package picks a member from the root", async () => {
    const root = await writeUvProject(path.join(tmp, 'ws'), {
      name: 'ws',
      dependencies: ['six'],
      tail: '[tool.uv.workspace]\nmembers = ["packages/*"]\n',
    });
    const member = await writeUvProject(path.join(root, 'packages', 'lib'), {
      name: 'lib',
      dependencies: ['idna'],
    });
    await lockProject(root, world.indexUrl, python);
    expect(existsSync(path.join(member, 'uv.lock'))).toBe(false);
    const r = await runSetup(base({ pyproject: member, venv: path.join(tmp, 'v-member') }));
    expect(r.packages!.lock!.file).toBe(path.join(root, 'uv.lock'));
    expect(await versionsIn(r.venv!.pythonPath, ['six', 'idna'])).toEqual({ six: null, idna: '3.10' });
    const picked = await runSetup(
      base({ pyproject: root, workspacePackage: 'lib', venv: path.join(tmp, 'v-pick') }),
    );
    expect(await versionsIn(picked.venv!.pythonPath, ['six', 'idna'])).toEqual({ six: null, idna: '3.10' });
  });

  it('installs a pylock.toml on its own', async () => {
    const dir = await oldSixProject('pylocked');
    const file = path.join(dir, 'pylock.toml');
    await run(uvBin(), ['export', '--frozen', '--format=pylock.toml', `--output-file=${file}`], {
      cwd: dir,
      env: { ...process.env, UV_NO_CONFIG: '1' },
    });
    const r = await runSetup(base({ requirements: [file], venv: path.join(tmp, 'v-pylock') }));
    expect(await versionsIn(r.venv!.pythonPath, ['six'])).toEqual({ six: '1.15.0' });
  });

  it('seed gives the venv a working python -m pip', async () => {
    const r = await runSetup(base({ seed: true, venv: path.join(tmp, 'v-seed') }));
    const pip = await run(venvPython(r.venv!.path), ['-m', 'pip', '--version']);
    expect(pip.stdout).toMatch(/^pip 24\.3\.1 from /);
  });
});
