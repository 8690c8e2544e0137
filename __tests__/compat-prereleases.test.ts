// setup-python's `allow-prereleases`: with false (its default, and the action's) a spec that names no
// prerelease never resolves to one; with true, or in the library and CLI (uv's rule), a prerelease is taken
// when no final release matches. The bundled catalogue has 3.15 prereleases only (3.15.0a1 … 3.15.0rc1).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envInput, readInputs } from '../src/action/inputs.js';
import { setupOptions } from '../src/action/plan.js';
import { snapshotIndex } from '../src/core/catalog/sources/snapshot.js';
import { loadConfig } from '../src/core/config/index.js';
import { InvalidPythonVersionError } from '../src/core/errors.js';
import { parsePlatform } from '../src/core/platform.js';
import { runSetup } from '../src/core/setup/index.js';

const platform = parsePlatform('linux-x86_64-gnu');
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pyembed-prereleases-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('allowPrereleases in resolution', () => {
  const resolve = (spec: string, allowPrereleases?: boolean) =>
    snapshotIndex().resolve(spec, { platform, allowPrereleases }).version;

  it.each([
    ['3.15', undefined, '3.15.0rc1'],
    ['3.15', true, '3.15.0rc1'],
    ['>3.14.7', true, '3.15.0rc1'],
    // a spec that names a prerelease, or -dev, asks for one by itself
    ['3.15.0a7', false, '3.15.0a7'],
    ['3.15-dev', false, '3.15.0rc1'],
    ['>=3.15.0a1', false, '3.15.0rc1'],
    // finals exist: never a prerelease, whatever the setting
    ['3', false, resolve('3.14')],
    ['>=3.13', true, resolve('3.14')],
  ])('%s with allowPrereleases %s resolves to %s', (spec, allow, expected) => {
    expect(resolve(spec, allow)).toBe(expected);
  });

  it.each(['3.15', '>3.14.7', '==3.15.*'])(
    '%s with allowPrereleases false: a typed error naming the prereleases and how to allow them',
    (spec) => {
      let e: unknown;
      try {
        resolve(spec, false);
      } catch (x) {
        e = x;
      }
      expect(e).toBeInstanceOf(InvalidPythonVersionError);
      expect((e as Error).message).toMatch(
        /^Only prereleases match ".*" for linux-x86_64-gnu \(3\.15\.0rc1, /,
      );
      expect((e as InvalidPythonVersionError).details.hint).toMatch(/allow-prereleases: true/);
    },
  );
});

describe('the action maps allow-prereleases onto setup', () => {
  const run = async (vars: Record<string, string>) => {
    const env = Object.fromEntries(Object.entries(vars).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
    const inputs = readInputs(envInput(env), { GITHUB_WORKSPACE: tmp });
    const { options } = loadConfig({ cwd: tmp, env: { HOME: tmp } });
    const o = setupOptions(inputs, { ...options, root: path.join(tmp, 'root'), catalogSource: 'snapshot' });
    // resolution happens before any download; the venv is off so nothing else is asked for
    return runSetup({ ...o, platform, venv: false, installer: { name: 'none', install: stopAtInstall } });
  };
  // an installer that stops the run: reaching it shows which build resolution chose
  const stopAtInstall = (build: { version: string }): never => {
    throw new Error(`install reached for ${build.version}`);
  };

  it('allow-prereleases: false (the default) refuses 3.15 before any install', async () => {
    await expect(run({ 'python-version': '3.15' })).rejects.toThrow(/Only prereleases match "3\.15"/);
    await expect(run({ 'python-version': '3.15', 'allow-prereleases': 'false' })).rejects.toBeInstanceOf(
      InvalidPythonVersionError,
    );
  });

  it('allow-prereleases: true resolves 3.15 to its newest prerelease (then installs it)', async () => {
    await expect(run({ 'python-version': '3.15', 'allow-prereleases': 'true' })).rejects.toThrow(
      /install reached for 3\.15\.0rc1/,
    );
  });
});
