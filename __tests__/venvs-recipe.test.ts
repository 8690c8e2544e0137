// The second venv made by the same uv from the same interpreter is written from the layout uv wrote for the
// first (no `uv venv` process), and is exactly what `uv venv` would have made at that path. Where the
// recording cannot apply (a path shells would quote, --seed, a damaged recording) uv makes the venv as
// before. Real uv (behind a wrapper that logs its subcommands), the world's CPython and wheels over 127.0.0.1.
import { execFile, execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSetup, type SetupOptions } from '../src/core/setup/index.js';
import { STAMP_FILE } from '../src/core/setup/package-stamp.js';
import { startWorld, uvBin, type World } from '../test-world/index.js';

let world: World;
let tmp: string;
let uvLog: string;
let uvWrapper: string;
beforeAll(async () => {
  world = await startWorld();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pyembed-venv-recipe-'));
  uvLog = path.join(tmp, 'uv-calls.log');
  uvWrapper = path.join(tmp, 'uv-wrapper', 'uv');
  await mkdir(path.dirname(uvWrapper));
  await writeFile(uvWrapper, `#!/bin/sh\necho "$1" >> '${uvLog}'\nexec '${uvBin()}' "$@"\n`);
  await chmod(uvWrapper, 0o755);
});
afterAll(async () => {
  await world?.close();
  await rm(tmp, { recursive: true, force: true });
});

function options(venv: string, extra: Partial<SetupOptions> = {}): SetupOptions {
  return {
    cwd: tmp,
    root: path.join(tmp, 'root'),
    toolsDir: path.join(tmp, 'tools'),
    uvCacheDir: path.join(tmp, 'uv-cache'),
    uvPath: uvWrapper,
    build: world.fixture.build,
    githubApiUrl: world.apiUrl,
    mirror: world.mirrorUrl,
    indexUrl: world.indexUrl,
    python: world.fixture.version,
    venv,
    packages: ['six==1.17.0'],
    ...extra,
  };
}

/** The `uv venv` calls setup made. */
async function venvCalls(o: SetupOptions): Promise<number> {
  const before = await readFile(uvLog, 'utf8').catch(() => '');
  const r = await runSetup(o);
  expect(r.venv?.created).toBe(true);
  const after = await readFile(uvLog, 'utf8');
  return after
    .slice(before.length)
    .split('\n')
    .filter((l) => l === 'venv').length;
}

/** Every file, link and directory of a venv (site-packages as a name only): mode, target or content. */
function tree(dir: string, rel = ''): string[] {
  const out: string[] = [];
  // what the package install added (setup's record of it, uv's lock file) is not part of the venv uv makes
  const installed = new Set([STAMP_FILE, '.lock']);
  for (const name of readdirSync(path.join(dir, rel))
    .sort()
    .filter((n) => !installed.has(n))) {
    const r = path.join(rel, name);
    const st = lstatSync(path.join(dir, r));
    const mode = (st.mode & 0o777).toString(8);
    if (st.isSymbolicLink()) out.push(`${r} -> ${readlinkSync(path.join(dir, r))}`);
    else if (st.isDirectory()) {
      out.push(`${r}/ ${mode}`);
      if (name !== 'site-packages') out.push(...tree(dir, r));
    } else out.push(`${r} ${mode} ${readFileSync(path.join(dir, r), 'utf8')}`);
  }
  return out;
}

/** What `uv venv` itself makes at `dir` (the venv there is moved aside and back). */
async function uvMadeTree(dir: string): Promise<string[]> {
  await rename(dir, `${dir}-ours`);
  const py = path.join(tmp, 'root');
  const interpreter = execFileSync('find', [py, '-path', '*/python/bin/python3', '-print', '-quit'])
    .toString()
    .trim();
  await promisify(execFile)(uvBin(), ['venv', `--python=${interpreter}`, '--no-project', '--', dir], {
    env: {
      ...process.env,
      UV_NO_CONFIG: '1',
      UV_PYTHON_DOWNLOADS: 'never',
      UV_CACHE_DIR: path.join(tmp, 'uv-cache'),
    },
  });
  const made = tree(dir);
  await rm(dir, { recursive: true });
  await rename(`${dir}-ours`, dir);
  return made;
}

const prefixOf = (venv: string) =>
  execFileSync(path.join(venv, 'bin', 'python'), ['-c', 'import sys, six; print(sys.prefix)'])
    .toString()
    .trim();

describe.skipIf(process.platform === 'win32')('venvs written from uv’s recorded layout', () => {
  it('uv makes the first venv; the next ones are written without it, identical to what uv makes', async () => {
    const first = path.join(tmp, 'projects', 'one', '.venv');
    expect(await venvCalls(options(first))).toBe(1);
    const recipes = await readdir(path.join(tmp, 'tools', 'venv-recipes'));
    expect(recipes).toHaveLength(1);

    const second = path.join(tmp, 'projects', 'two', '.venv');
    expect(await venvCalls(options(second))).toBe(0);
    expect(prefixOf(second)).toBe(second);
    const ours = tree(second);
    expect(ours.some((l) => l.includes(`'${second}'`))).toBe(true); // activate names its own venv
    expect(ours.some((l) => l.includes(first))).toBe(false);
    expect(ours).toEqual(await uvMadeTree(second));

    // an empty directory at the target is fine (as for uv); a leftover of a replay killed midway is swept
    const third = path.join(tmp, 'projects', 'three', '.venv');
    await mkdir(third, { recursive: true });
    const dead = execFileSync(process.execPath, ['-e', 'console.log(process.pid)']).toString().trim();
    const leftover = `${third}.${dead}.0badf00d.tmp`;
    await mkdir(path.join(leftover, 'bin'), { recursive: true });
    expect(await venvCalls(options(third))).toBe(0);
    expect(prefixOf(third)).toBe(third);
    expect(await readdir(path.dirname(third))).toEqual(['.venv']);
  });

  it('lets uv make the venv where the recording cannot apply, and records again after damage', async () => {
    await venvCalls(options(path.join(tmp, 'warm', '.venv'))); // a recording exists for these options
    const spaced = path.join(tmp, 'with space', '.venv');
    expect(await venvCalls(options(spaced))).toBe(1);
    expect(prefixOf(spaced)).toBe(spaced);
    // under a symlinked directory the path uv writes might be the resolved one: uv makes it
    await mkdir(path.join(tmp, 'real-projects'));
    await symlink(path.join(tmp, 'real-projects'), path.join(tmp, 'linked-projects'));
    const linked = path.join(tmp, 'linked-projects', '.venv');
    expect(await venvCalls(options(linked))).toBe(1);
    expect(await readFile(path.join(linked, 'bin', 'activate'), 'utf8')).toContain(`'${linked}'`);

    const dir = path.join(tmp, 'tools', 'venv-recipes');
    const [file] = await readdir(dir);
    await writeFile(path.join(dir, file), '{"key": "not this one", "entr');
    const afterDamage = path.join(tmp, 'damaged', '.venv');
    expect(await venvCalls(options(afterDamage))).toBe(1);
    expect(prefixOf(afterDamage)).toBe(afterDamage);
    expect(await venvCalls(options(path.join(tmp, 'recorded-again', '.venv')))).toBe(0);
  });

  it('never records a venv made with --seed: pip comes from the index each time', async () => {
    for (const name of ['seeded-a', 'seeded-b']) {
      const venv = path.join(tmp, name, '.venv');
      expect(await venvCalls(options(venv, { seed: true }))).toBe(1);
      expect(execFileSync(path.join(venv, 'bin', 'python'), ['-m', 'pip', '--version']).toString()).toMatch(
        /^pip /,
      );
    }
  });
});
