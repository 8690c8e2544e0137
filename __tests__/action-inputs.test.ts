import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uvCacheKey, hashDependencyFiles, MAX_KEY_LENGTH } from '../src/action/cache-key.js';
import { globFiles, globToRegExp } from '../src/action/glob.js';
import { envInput, readInputs } from '../src/action/inputs.js';
import { failureLine } from '../src/action/failure.js';
import { platformFor } from '../src/action/plan.js';
import { ConfigurationError, InvalidPythonVersionError } from '../src/core/errors.js';

const inputs = (vars: Record<string, string>, workspace = '/ws') =>
  readInputs(
    envInput(Object.fromEntries(Object.entries(vars).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))),
    {
      GITHUB_WORKSPACE: workspace,
    },
  );

describe('action inputs', () => {
  it('has the documented defaults when nothing is given', () => {
    expect(inputs({})).toEqual({
      pythonVersion: undefined,
      pythonVersionFile: undefined,
      build: undefined,
      architecture: undefined,
      freethreaded: false,
      checkLatest: false,
      mirror: undefined,
      pbsRepo: undefined,
      githubToken: undefined,
      uvVersion: undefined,
      uvDownloadUrl: undefined,
      indexUrl: undefined,
      extraIndexUrls: [],
      offline: false,
      venv: '/ws/.venv',
      requirements: [],
      constraints: [],
      pyproject: undefined,
      editable: undefined,
      extras: [],
      caching: {
        enabled: true,
        restore: true,
        save: true,
        saveExplicit: false,
        prune: true,
        suffix: undefined,
        dependencyGlobs: [],
        localPath: undefined,
        ignoreNothingToCache: false,
        packageManager: undefined,
        python: false,
      },
      addProblemMatchers: true,
      lock: undefined,
      groups: [],
      allGroups: false,
      noDefaultGroups: false,
      allExtras: false,
      workspacePackage: undefined,
      seed: false,
      updateEnvironment: true,
      export: undefined,
      diagnose: 'off',
      allowPrereleases: false,
      toolDir: undefined,
      toolBinDir: undefined,
      uvChecksum: undefined,
      pipVersion: undefined,
      peerNotes: [],
      workingDirectory: '/ws',
    });
  });

  it('reads lists, booleans and resolves paths against working-directory', () => {
    const i = inputs({
      'python-version': ' >=3.11,<3.13 ',
      'working-directory': 'app',
      requirements: 'requirements.txt\n  dev/requirements-dev.txt, /abs/r.txt\n# a comment\n',
      constraints: 'c.txt',
      pyproject: '.',
      editable: 'True',
      extras: 'test, docs\nlint',
      'extra-index-url': 'https://a.example/simple, https://b.example/simple',
      'cache-dependency-glob': '**/requirements*.txt\n!**/skip/**',
      cache: 'false',
      'update-environment': 'FALSE',
      venv: '../envs/x',
      export: 'out/env.tar.gz',
      diagnose: 'strict',
      freethreaded: 'true',
    });
    expect(i.pythonVersion).toBe('>=3.11,<3.13');
    expect(i.workingDirectory).toBe('/ws/app');
    expect(i.requirements).toEqual([
      '/ws/app/requirements.txt',
      '/ws/app/dev/requirements-dev.txt',
      '/abs/r.txt',
    ]);
    expect(i.constraints).toEqual(['/ws/app/c.txt']);
    expect(i.pyproject).toBe('/ws/app');
    expect(i.editable).toBe(true);
    expect(i.extras).toEqual(['test', 'docs', 'lint']);
    expect(i.extraIndexUrls).toEqual(['https://a.example/simple', 'https://b.example/simple']);
    expect(i.caching.dependencyGlobs).toEqual(['**/requirements*.txt', '!**/skip/**']);
    expect(i.caching.enabled).toBe(false);
    expect(i.updateEnvironment).toBe(false);
    expect(i.venv).toBe('/ws/envs/x');
    expect(i.export).toBe('/ws/app/out/env.tar.gz');
    expect(i.diagnose).toBe('strict');
    expect(i.freethreaded).toBe(true);
  });

  it('reads the uv project inputs (lock, groups, all-groups, no-default-groups, all-extras, workspace-package, seed)', () => {
    const i = inputs({
      lock: 'frozen',
      groups: 'lint, docs\ntest',
      'all-groups': 'false',
      'no-default-groups': 'true',
      'all-extras': 'TRUE',
      'workspace-package': 'lib',
      seed: 'true',
      editable: 'false',
    });
    expect([i.lock, i.groups, i.allGroups, i.noDefaultGroups, i.allExtras]).toEqual([
      'frozen',
      ['lint', 'docs', 'test'],
      false,
      true,
      true,
    ]);
    expect([i.workspacePackage, i.seed, i.editable]).toEqual(['lib', true, false]);
  });

  it('names the input and the accepted values when a value is invalid', () => {
    const bad = (vars: Record<string, string>) => {
      try {
        inputs(vars);
      } catch (e) {
        return e as ConfigurationError;
      }
      throw new Error('no error');
    };
    const e1 = bad({ cache: 'yes please' });
    expect(e1).toBeInstanceOf(ConfigurationError);
    expect(e1.guidance).toBe(
      'Invalid value for input "cache": "yes please" is not a boolean or pip, pipenv, poetry. Use true, false, pip, pipenv or poetry.',
    );
    expect(e1.details).toMatchObject({ key: 'cache', source: 'input cache', requested: 'yes please' });
    expect(bad({ diagnose: 'loud' }).guidance).toMatch(/input "diagnose".*true, false or strict/);
    expect(bad({ build: '2024-01-07' }).guidance).toMatch(/input "build".*20250814/);
  });
});

describe('uv cache key', () => {
  const parts = {
    os: 'linux',
    osVersion: 'ubuntu24-20250105.1',
    arch: 'x86_64',
    libc: 'gnu',
    pythonKey: 'cpython-3.13.1+freethreaded-linux-x86_64-gnu',
    pythonBuild: '20250814',
    uvVersion: '0.13.9',
  };

  it('is readable, URL-encodes user parts, has no comma and fits 512 characters', () => {
    const { primary, restorePrefix } = uvCacheKey({ ...parts, depsHash: 'abc' });
    expect(primary).toBe(
      'pyembed-uv-2-linux-ubuntu24-20250105.1-x86_64-gnu-cpython-3.13.1%2Bfreethreaded-linux-x86_64-gnu-20250814-uv0.13.9-abc',
    );
    expect(primary.startsWith(restorePrefix)).toBe(true);
    const odd = uvCacheKey({ ...parts, pythonKey: '>=3.11,<3.13', depsHash: undefined });
    expect(odd.primary).not.toContain(',');
    expect(odd.primary).toContain('%3E%3D3.11%2C%3C3.13');
    expect(odd.primary.endsWith('-no-deps')).toBe(true);
    const long = uvCacheKey({ ...parts, pythonKey: 'x'.repeat(600) });
    expect(long.primary.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    expect(long.restorePrefix.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
  });

  it('changes with the build, the uv version, the dependencies and the index (salt)', () => {
    const base = uvCacheKey(parts).primary;
    const keys = [
      base,
      uvCacheKey({ ...parts, pythonBuild: '20250815' }).primary,
      uvCacheKey({ ...parts, uvVersion: '0.13.8' }).primary,
      uvCacheKey({ ...parts, depsHash: 'x' }).primary,
      uvCacheKey({ ...parts, salt: 'https://mirror.example/simple' }).primary,
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[4]).not.toContain('mirror.example');
  });
});

describe('dependency files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-deps-'));
    const put = async (rel: string, text: string) => {
      await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await fs.writeFile(path.join(dir, rel), text);
    };
    await put('requirements.txt', 'six\n');
    await put('sub/requirements-dev.txt', 'pytest\n');
    await put('sub/skip/requirements.txt', 'x\n');
    await put('node_modules/requirements.txt', 'never\n');
    await put('.venv/requirements.txt', 'never\n');
    await put('pyproject.toml', '[project]\nname="a"\n');
    await put('uv.lock', 'version = 1\n');
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('matches globs with ** and !exclusions, skipping vendored trees', async () => {
    expect(globToRegExp('**/requirements*.txt').test('a/b/requirements-dev.txt')).toBe(true);
    expect(globToRegExp('**/requirements*.txt').test('requirements.txt')).toBe(true);
    expect(globToRegExp('*.txt').test('a/b.txt')).toBe(false);
    const files = await globFiles(['**/requirements*.txt', '!**/skip/**'], dir);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['requirements.txt', 'sub/requirements-dev.txt']);
  });

  it("hashes names and contents; no glob = setup-uv's default globs plus the explicit files", async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-deps-out-'));
    await fs.writeFile(path.join(outside, 'constraints.txt'), 'six<2\n');
    const a = await hashDependencyFiles({
      globs: [],
      explicit: [path.join(outside, 'constraints.txt'), path.join(outside, 'absent.txt')],
      cwd: dir,
    });
    await fs.rm(outside, { recursive: true, force: true });
    expect(a.files.map((f) => path.relative(dir, f)).sort()).toEqual(
      [
        path.relative(dir, path.join(outside, 'constraints.txt')),
        'pyproject.toml',
        'requirements.txt',
        'sub/requirements-dev.txt',
        'sub/skip/requirements.txt',
        'uv.lock',
      ].sort(),
    );
    const b = await hashDependencyFiles({ globs: ['**/requirements*.txt'], explicit: [], cwd: dir });
    expect(b.hash).toMatch(/^[0-9a-f]{32}$/);
    await fs.writeFile(path.join(dir, 'sub/requirements-dev.txt'), 'pytest==8\n');
    const c = await hashDependencyFiles({ globs: ['**/requirements*.txt'], explicit: [], cwd: dir });
    expect(c.hash).not.toBe(b.hash);
    const none = await hashDependencyFiles({ globs: ['**/*.nothing'], explicit: [], cwd: dir });
    expect(none).toEqual({ files: [], hash: undefined });
  });
});

describe('architecture input', () => {
  it('keeps the runner OS/libc and changes only the arch; a full platform is taken as is', () => {
    expect(platformFor(undefined)).toBeUndefined();
    expect(platformFor('arm64')).toEqual({
      os: 'linux',
      arch: 'aarch64',
      archVariant: undefined,
      libc: 'gnu',
    });
    expect(platformFor('x64')).toMatchObject({ arch: 'x86_64' });
    expect(platformFor('x86_64_v3')).toMatchObject({ arch: 'x86_64', archVariant: 'v3' });
    expect(platformFor('linux-aarch64-musl')).toMatchObject({ os: 'linux', arch: 'aarch64', libc: 'musl' });
  });
});

describe('failure line', () => {
  it('is one line: the guidance of a typed error, with what is available when the message lacks it', () => {
    const e = new InvalidPythonVersionError('No Python build matches "2.1".', {
      requested: '2.1',
      available: ['3.13.1', '3.12.8'],
      hint: 'Use a version from the list.',
    });
    expect(failureLine(e)).toBe(
      'No Python build matches "2.1". Use a version from the list. Available: 3.13.1, 3.12.8.',
    );
    const listed = new InvalidPythonVersionError('No match. Nearest available: 3.8.20.', {
      available: ['3.8.20'],
    });
    expect(failureLine(listed)).toBe('No match. Nearest available: 3.8.20.');
    expect(failureLine(new Error('first\n  second\nthird'))).toBe('first second third');
    expect(failureLine('plain')).toBe('plain');
  });
});
