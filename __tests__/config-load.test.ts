import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeConfig, loadConfig } from '../src/core/config/index.js';
import { ConfigurationError } from '../src/core/errors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pyembed-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const baseEnv = (): NodeJS.ProcessEnv => ({ HOME: dir });

function caught(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return e as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('precedence: flag > env > config file > default', () => {
  it('takes each source in turn as the higher ones are removed', async () => {
    await writeFile(
      path.join(dir, 'pyembed.json'),
      JSON.stringify({ retries: 7, mirror: 'https://file.example/m' }),
    );
    const env = { ...baseEnv(), PYEMBED_RETRIES: '5', PYEMBED_MIRROR: 'https://env.example/m' };

    const all = loadConfig({ cwd: dir, env, flags: { retries: '3', mirror: 'https://flag.example/m' } });
    expect(all.options.retries).toBe(3);
    expect(all.options.mirror).toBe('https://flag.example/m');
    expect(all.sources.retries).toEqual({ kind: 'flag', name: '--retries' });

    const noFlag = loadConfig({ cwd: dir, env });
    expect(noFlag.options.retries).toBe(5);
    expect(noFlag.options.mirror).toBe('https://env.example/m');
    expect(noFlag.sources.retries).toEqual({ kind: 'env', name: 'PYEMBED_RETRIES' });

    const fileOnly = loadConfig({ cwd: dir, env: baseEnv() });
    expect(fileOnly.options.retries).toBe(7);
    expect(fileOnly.options.mirror).toBe('https://file.example/m');
    expect(fileOnly.sources.retries).toEqual({ kind: 'file', name: path.join(dir, 'pyembed.json') });
    expect(fileOnly.file).toBe(path.join(dir, 'pyembed.json'));

    await rm(path.join(dir, 'pyembed.json'));
    const defaults = loadConfig({ cwd: dir, env: baseEnv() });
    expect(defaults.options.retries).toBe(4);
    expect(defaults.options.mirror).toBeUndefined();
    expect(defaults.sources.retries).toEqual({ kind: 'default' });
    expect(defaults.file).toBeUndefined();
  });

  it('has the documented defaults', () => {
    const { options } = loadConfig({ cwd: dir, env: { HOME: dir } });
    expect(options.python).toBe('3.12');
    expect(options.githubApiUrl).toBe('https://api.github.com');
    expect(options.pbsRepo).toBe('astral-sh/python-build-standalone');
    // not given stays undefined: setup reads the project's required-version, else the pinned uv
    expect(options.uvVersion).toBeUndefined();
    expect(options.flavor).toBe('install_only_stripped');
    expect(options.offline).toBe(false);
    expect(options.extraIndexUrls).toEqual([]);
    if (process.platform === 'linux')
      expect(options.root).toBe(path.join(dir, '.local/share/python-embedded'));
    expect(options.toolsDir).toBe(path.join(options.root, 'tools'));
  });

  it('derives toolsDir from whichever root won', () => {
    const { options } = loadConfig({ cwd: dir, env: { ...baseEnv(), PYEMBED_ROOT: 'r' } });
    expect(options.root).toBe(path.join(dir, 'r'));
    expect(options.toolsDir).toBe(path.join(dir, 'r', 'tools'));
  });

  it('reads .pyembedrc.json, and PYEMBED_CONFIG beats the files in cwd', async () => {
    await writeFile(path.join(dir, '.pyembedrc.json'), JSON.stringify({ 'uv-version': '0.9.1' }));
    expect(loadConfig({ cwd: dir, env: baseEnv() }).options.uvVersion).toBe('0.9.1');
    await mkdir(path.join(dir, 'elsewhere'));
    const other = path.join(dir, 'elsewhere', 'my.json');
    await writeFile(other, JSON.stringify({ uvVersion: '0.8.0', root: 'instances' }));
    const loaded = loadConfig({ cwd: dir, env: { ...baseEnv(), PYEMBED_CONFIG: other } });
    expect(loaded.options.uvVersion).toBe('0.8.0');
    // relative paths in a config file are relative to the file
    expect(loaded.options.root).toBe(path.join(dir, 'elsewhere', 'instances'));
    // an explicit --config beats PYEMBED_CONFIG
    const explicit = loadConfig({
      cwd: dir,
      env: { ...baseEnv(), PYEMBED_CONFIG: other },
      configFile: '.pyembedrc.json',
    });
    expect(explicit.options.uvVersion).toBe('0.9.1');
  });

  it("honours GITHUB_API_URL, GITHUB_TOKEN and uv's UV_DEFAULT_INDEX / UV_INDEX below the PYEMBED_ names", () => {
    const env = {
      ...baseEnv(),
      GITHUB_API_URL: 'https://ghes.example/api/v3/',
      GITHUB_TOKEN: 'ghp_secret',
      UV_DEFAULT_INDEX: 'https://uv.example/simple/',
      UV_INDEX: 'internal=https://a.example/simple/ https://b.example/simple/',
    };
    const a = loadConfig({ cwd: dir, env });
    expect(a.options.githubApiUrl).toBe('https://ghes.example/api/v3');
    expect(a.options.githubToken).toBe('ghp_secret');
    expect(a.options.indexUrl).toBe('https://uv.example/simple/');
    expect(a.sources.indexUrl).toEqual({ kind: 'env', name: 'UV_DEFAULT_INDEX' });
    expect(a.options.extraIndexUrls).toEqual(['https://a.example/simple/', 'https://b.example/simple/']);
    const b = loadConfig({ cwd: dir, env: { ...env, PYEMBED_INDEX_URL: 'https://mine.example/simple/' } });
    expect(b.options.indexUrl).toBe('https://mine.example/simple/');
    expect(b.sources.indexUrl).toEqual({ kind: 'env', name: 'PYEMBED_INDEX_URL' });
  });

  it('treats empty env vars as unset and parses booleans and lists', () => {
    const { options, sources } = loadConfig({
      cwd: dir,
      env: {
        ...baseEnv(),
        PYEMBED_RETRIES: '',
        PYEMBED_OFFLINE: 'yes',
        PYEMBED_EXTRA_INDEX_URL: 'https://x.example/s,https://y.example/s',
      },
    });
    expect(sources.retries.kind).toBe('default');
    expect(options.offline).toBe(true);
    expect(options.extraIndexUrls).toEqual(['https://x.example/s', 'https://y.example/s']);
  });

  it('makes a local mirror directory absolute and keeps URLs', () => {
    expect(loadConfig({ cwd: dir, env: baseEnv(), flags: { mirror: 'mirror-dir' } }).options.mirror).toBe(
      path.join(dir, 'mirror-dir'),
    );
    expect(
      loadConfig({ cwd: dir, env: baseEnv(), flags: { mirror: 'http://127.0.0.1:9/x/' } }).options.mirror,
    ).toBe('http://127.0.0.1:9/x');
  });
});

describe('invalid values name the key and where they came from', () => {
  it('env', () => {
    const e = caught(() => loadConfig({ cwd: dir, env: { ...baseEnv(), PYEMBED_RETRIES: 'many' } }));
    expect(e.message).toContain('"retries"');
    expect(e.message).toContain('env PYEMBED_RETRIES');
    expect(e.details.key).toBe('retries');
    expect(e.details.source).toBe('env PYEMBED_RETRIES');
    expect(e.exitCode).toBe(40);
  });

  it('flag', () => {
    const e = caught(() => loadConfig({ cwd: dir, env: baseEnv(), flags: { build: 'yesterday' } }));
    expect(e.message).toMatch(/"build" from flag --build: "yesterday" is not a PBS build date/);
  });

  it('uv version: exact, latest and ranges are taken as given; anything else is refused', () => {
    const uv = (v: string) =>
      loadConfig({ cwd: dir, env: baseEnv(), flags: { uvVersion: v } }).options.uvVersion;
    for (const v of ['0.13.9', 'latest', '>=0.13,<0.14', '0.13.x']) expect(uv(v)).toBe(v);
    const e = caught(() => uv('newest'));
    expect(e.message).toMatch(
      /"uvVersion" from flag --uv-version: "newest" is not a uv version .*"latest" or a range/,
    );
  });

  it('config file', async () => {
    const file = path.join(dir, 'pyembed.json');
    await writeFile(file, JSON.stringify({ githubApiUrl: 'ftp://nope' }));
    const e = caught(() => loadConfig({ cwd: dir, env: baseEnv() }));
    expect(e.message).toContain('"githubApiUrl"');
    expect(e.message).toContain(`config file ${file}`);
  });

  it('a caller can name its flags (the action says "input <name>")', () => {
    const e = caught(() =>
      loadConfig({
        cwd: dir,
        env: baseEnv(),
        flags: { mirror: 'gopher://x' },
        describeFlag: (key) => `input ${key}`,
      }),
    );
    expect(e.details.source).toBe('input mirror');
    expect(e.message).toContain('"mirror" from input mirror');
  });

  it('a flag rescues a broken env var (only the value used is validated)', () => {
    const { options } = loadConfig({
      cwd: dir,
      env: { ...baseEnv(), PYEMBED_OFFLINE: 'maybe' },
      flags: { offline: true },
    });
    expect(options.offline).toBe(true);
  });

  it('unknown keys, bad JSON and a missing PYEMBED_CONFIG file', async () => {
    const file = path.join(dir, 'pyembed.json');
    await writeFile(file, JSON.stringify({ retrys: 3 }));
    const unknown = caught(() => loadConfig({ cwd: dir, env: baseEnv() }));
    expect(unknown.message).toBe(`Unknown key "retrys" in config file ${file}.`);
    expect(unknown.details.available).toContain('retries');

    await writeFile(file, '{ nope');
    expect(caught(() => loadConfig({ cwd: dir, env: baseEnv() })).message).toContain('is not valid JSON');

    const missing = caught(() =>
      loadConfig({ cwd: dir, env: { ...baseEnv(), PYEMBED_CONFIG: 'gone.json' } }),
    );
    expect(missing.details.source).toBe('env PYEMBED_CONFIG');
  });

  it('never echoes a secret in the error', () => {
    const e = caught(() => loadConfig({ cwd: dir, env: baseEnv(), flags: { githubToken: '   ' } }));
    expect(e.details.key).toBe('githubToken');
    expect(e.details.requested).toBe('***');
  });
});

describe('describeConfig (config show)', () => {
  it('masks the token and reports sources', () => {
    const loaded = loadConfig({
      cwd: dir,
      env: { ...baseEnv(), GITHUB_TOKEN: 'ghp_topsecret' },
      flags: { retries: 2 },
    });
    const shown = describeConfig(loaded);
    expect(JSON.stringify(shown)).not.toContain('ghp_topsecret');
    expect(shown.options.githubToken).toMatchObject({ value: '***', source: 'env GITHUB_TOKEN' });
    expect(shown.options.retries).toMatchObject({ value: 2, source: 'flag --retries' });
    expect(shown.options.mirror).toMatchObject({ value: undefined, source: 'default' });
  });
});
