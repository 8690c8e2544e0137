// PyPy through runSetup: the bundled catalogue has no row for the machine's PyPy (Debian's pypy3 3.9, packed in
// PyPy's release layout and served by the world), so a downloads file in uv's download-metadata.json format
// names it, as a user mirroring PyPy would. Its row is fetched from its own URL (the PBS mirror does not
// rewrite it); specs it does not match still resolve from the catalogue. Bad files are refused before any
// download.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../src/core/catalog/index.js';
import { ConfigurationError } from '../src/core/errors.js';
import { runSetup, type SetupOptions } from '../src/core/setup/index.js';
import { servePypy, type ServedPypy } from '../test-world/pypy-fixture.js';
import { startWorld, type World } from '../test-world/index.js';
import { runCli, sandbox } from './cli-helpers.js';

const run = promisify(execFile);
let world: World;
let served: ServedPypy;
let tmp: string;

function base(o: Partial<SetupOptions> = {}): SetupOptions {
  return {
    cwd: tmp,
    root: path.join(tmp, 'root'),
    toolsDir: path.join(tmp, 'tools'),
    uvCacheDir: path.join(tmp, 'uv-cache'),
    githubApiUrl: world.apiUrl,
    // 3.11.7 from the world's GitHub stand-in: its release is one the bundled catalogue does not know
    catalogSource: 'github',
    mirror: world.mirrorUrl,
    uvDownloadUrl: world.uvDownloadUrl,
    indexUrl: world.indexUrl,
    pythonDownloadsJsonUrl: served.downloadsJson,
    ...o,
  };
}

async function pythonSays(exe: string, code: string): Promise<string> {
  return (await run(exe, ['-c', code])).stdout.trim();
}

beforeAll(async () => {
  world = await startWorld();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-setup-pypy-'));
  served = await servePypy(world, path.join(tmp, 'config'));
});
afterAll(async () => {
  await world?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe('PyPy through runSetup, named by a downloads file', () => {
  it('installs the row from its own URL, makes a venv, installs a wheel and runs it', async () => {
    const { pypy } = served;
    const r = await runSetup(base({ python: 'pypy3.9', packages: ['tabulate==0.9.0'] }));
    expect(r.python).toMatchObject({
      implementation: 'pypy',
      version: pypy.version,
      label: `pypy${pypy.version}`,
      key: served.key,
      build: pypy.pypyVersion,
      url: served.url,
      sha256: pypy.sha256,
      cacheHit: false,
    });
    // fetched where the file says, not rewritten to <mirror>/<release>/<asset>
    expect(world.server.downloadRequests(pypy.assetName).map((q) => q.path)).toEqual([
      new URL(served.url).pathname,
    ]);
    const says = await pythonSays(
      r.venv!.pythonPath,
      'import sys, tabulate; print(sys.implementation.name, "%d.%d.%d" % sys.version_info[:3], ' +
        'sys.prefix != sys.base_prefix, tabulate.__version__)',
    );
    expect(says).toBe(`pypy ${pypy.version} True 0.9.0`);
  });

  it('several: pypy3.9 and 3.11.7, the last the default; 3.11.7 still comes from the catalogue', async () => {
    const r = await runSetup(base({ python: ['pypy3.9', '3.11.7'], venv: path.join(tmp, 'both') }));
    expect(r.pythons.map((p) => [p.label, p.implementation])).toEqual([
      [`pypy${served.pypy.version}`, 'pypy'],
      ['3.11.7', 'cpython'],
    ]);
    expect(r.pythons[0].cacheHit).toBe(true);
    expect(r.python).toMatchObject({ key: world.fixture.key, build: world.fixture.build });
    expect(
      await pythonSays(
        r.venv!.pythonPath,
        'import sys; print(sys.implementation.name, sys.version_info[:2])',
      ),
    ).toBe('cpython (3, 11)');
    expect(await pythonSays(r.pythons[0].pythonPath, 'import sys; print(sys.implementation.name)')).toBe(
      'pypy',
    );
  });

  it('the catalogue lists the row beside its own; a spec it does not match falls through', async () => {
    const catalog = createCatalog({ source: 'snapshot', downloadsJson: served.downloadsJson });
    const pypys = await catalog.list({ all: true, implementation: 'pypy' });
    expect(pypys.filter((b) => b.source === 'downloads').map((b) => b.key)).toEqual([served.key]);
    expect((await catalog.resolve('pypy@3.9')).key).toBe(served.key);
    expect((await catalog.resolve('3.11.7')).source).toBe('snapshot');
    // without the file the bundled row for PyPy 3.9 (a newer release, not served here) answers
    expect((await createCatalog({ source: 'snapshot' }).resolve('pypy3.9')).key).not.toBe(served.key);
  });
});

describe('pyembed setup --python pypy3.9 (the built CLI)', () => {
  it('installs the PyPy the downloads file names, a wheel into its venv, and runs it', async () => {
    const sb = await sandbox();
    try {
      const env = {
        ...sb.env,
        PYEMBED_MIRROR: world.mirrorUrl,
        PYEMBED_CATALOG_SOURCE: 'github', // CPython from the world's release (unknown to the bundled catalogue)
        PYEMBED_UV_DOWNLOAD_URL: world.uvDownloadUrl,
        PYEMBED_INDEX_URL: world.indexUrl,
        GITHUB_API_URL: world.apiUrl,
      };
      const args = ['--python-downloads-json-url', served.downloadsJson];
      const setup = await runCli(
        ['setup', '--python', 'pypy3.9', ...args, '--package', 'tabulate==0.9.0', '--json'],
        { env, cwd: sb.dir },
      );
      expect(setup.code, setup.stderr).toBe(0);
      const s = setup.json<{ python: Record<string, string>; venv: { pythonPath: string } }>();
      expect(s.python).toMatchObject({
        key: served.key,
        label: `pypy${served.pypy.version}`,
        url: served.url,
      });
      const ran = await runCli(
        [
          'exec',
          '--python',
          'pypy3.9',
          'import sys, tabulate; print(sys.implementation.name, tabulate.__version__)',
        ],
        { env, cwd: sb.dir },
      );
      expect(ran.code, ran.stderr).toBe(0);
      expect(ran.stdout).toBe('pypy 0.9.0\n');
      // the file is refused by name when it is not there, before anything is installed
      const missing = path.join(sb.dir, 'nope.json');
      const bad = await runCli(['setup', '3.11.7', '--python-downloads-json-url', missing, '--json'], {
        env,
        cwd: sb.dir,
      });
      expect(bad.code).toBe(40);
      expect(bad.json<{ error: { name: string; message: string } }>().error).toMatchObject({
        name: 'ConfigurationError',
        message: `The Python downloads file ${missing} cannot be read (ENOENT).`,
      });
    } finally {
      await sb.cleanup();
    }
  });
});

describe('a downloads file that cannot be used is refused before any download', () => {
  const bad: [string, string | undefined, RegExp][] = [
    ['not JSON', '{"pypy-3.9.16-linux-x86_64-gnu": ', /is not JSON/],
    ['an array', '[]', /is not a JSON object of rows keyed by uv key/],
    [
      'no installable row',
      JSON.stringify({
        'pyodide-0.27.0-emscripten-wasm32-musl': { name: 'pyodide', url: 'https://x/y.tar.bz2' },
      }),
      /has no row that can be installed/,
    ],
    ['missing', undefined, /cannot be read \(ENOENT\)/],
  ];
  it.each(bad)('%s', async (name, text, message) => {
    const file = path.join(tmp, 'bad', `${name.replace(/\W+/g, '-')}.json`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    if (text !== undefined) await fs.writeFile(file, text);
    const before = world.server.requests.length;
    const err = await runSetup(
      base({ python: 'pypy3.9', pythonDownloadsJsonUrl: file, root: path.join(tmp, 'bad-root') }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(new RegExp(`^The Python downloads file ${file} `));
    expect((err as Error).message).toMatch(message);
    expect((err as ConfigurationError).details.hint).toMatch(/download-metadata\.json/);
    expect(world.server.requests.slice(before)).toEqual([]);
  });

  it('an http(s) file is not fetched offline', async () => {
    const url = `${world.baseUrl}/python-downloads.json`;
    const before = world.server.requests.length;
    const err = await createCatalog({ source: 'snapshot', downloadsJson: url, offline: true })
      .resolve('pypy3.9')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toBe(
      `The Python downloads file ${url} cannot be fetched offline; point the setting at a local copy.`,
    );
    expect(world.server.requests.slice(before)).toEqual([]);
  });
});
