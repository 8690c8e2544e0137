// The packed CPython runs after relocation; the pinned uv makes a venv with it and installs real wheels
// from the world's local index.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPbsFixture,
  servedFixture,
  startWorld,
  uvBin,
  WORLD_PBS_TAG,
  type World,
} from '../test-world/index.js';

const run = promisify(execFile);
let world: World;
let scratch: string;
let python: string; // bin/python3 of the moved install_only_stripped tree

/** Downloads an asset over HTTP, checks it against SHA256SUMS, extracts it, moves the tree elsewhere. */
async function installFixture(flavor: string, format: string, where: string): Promise<string> {
  const a = world.fixture.archives.find((x) => x.flavor === flavor && x.format === format)!;
  const res = await fetch(`${world.mirrorUrl}/${world.fixture.build}/${encodeURIComponent(a.assetName)}`);
  const body = Buffer.from(await res.arrayBuffer());
  const sums = await (await fetch(`${world.mirrorUrl}/${world.fixture.build}/SHA256SUMS`)).text();
  expect(sums).toContain(`${createHash('sha256').update(body).digest('hex')}  ${a.assetName}\n`);
  const archive = path.join(scratch, a.assetName);
  await fs.writeFile(archive, body);
  const first = path.join(scratch, `extract-${flavor}-${format}`);
  await fs.mkdir(first);
  await run('tar', [format === 'tar.zst' ? '--zstd' : '-z', '-xf', archive, '-C', first]);
  await fs.mkdir(path.dirname(where), { recursive: true });
  await fs.rename(path.join(first, 'python'), where); // relocate: nothing may point at the first place
  await fs.rm(first, { recursive: true });
  return path.join(where, 'bin', 'python3');
}

const PROBE =
  'import ssl, sqlite3, zlib, venv, sys, json, os, site; ' +
  'print(json.dumps({"prefix": sys.prefix, "base": sys.base_prefix, "version": "%d.%d.%d" % sys.version_info[:3], ' +
  '"ssl": ssl.OPENSSL_VERSION, "zlib": zlib.ZLIB_VERSION, "site": os.listdir(site.getsitepackages()[0])}))';

beforeAll(async () => {
  world = await startWorld();
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'world-python-'));
  python = await installFixture(
    'install_only_stripped',
    'tar.gz',
    path.join(scratch, 'moved here', 'python'),
  );
});
afterAll(async () => {
  await world.close();
  await fs.rm(scratch, { recursive: true, force: true });
});

describe('PBS-layout CPython fixture', () => {
  it('is named like real PBS assets, served under a tag the catalogue does not know, and cached', async () => {
    expect(world.fixture).toMatchObject({
      version: '3.11.7',
      build: WORLD_PBS_TAG,
      key: 'cpython-3.11.7-linux-x86_64-gnu',
    });
    expect(world.fixture.archives.map((a) => a.assetName).sort()).toEqual([
      'cpython-3.11.7+20240108-x86_64-unknown-linux-gnu-install_only.tar.gz',
      'cpython-3.11.7+20240108-x86_64-unknown-linux-gnu-install_only.tar.zst',
      'cpython-3.11.7+20240108-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz',
      'cpython-3.11.7+20240108-x86_64-unknown-linux-gnu-install_only_stripped.tar.zst',
    ]);
    // built (and cached) under the catalogue's own tag; a second build returns the same files
    const built = await buildPbsFixture();
    expect(built.build).toBe('20240107');
    expect(servedFixture(built)).toEqual(world.fixture);
  });

  it('runs after being moved: stdlib modules import and sys.prefix is the new location', async () => {
    const where = path.dirname(path.dirname(python));
    const { stdout } = await run(python, ['-I', '-c', PROBE]);
    const info = JSON.parse(stdout) as { prefix: string; base: string; version: string; site: string[] };
    expect(info.prefix).toBe(where);
    expect(info.base).toBe(where);
    expect(info.version).toBe(world.fixture.version);
    expect(info.site).toEqual([]); // no site-packages content, no .pth from the machine
  });

  it('runs under `env -i` (no PYTHONHOME, no PATH) with the same prefix', async () => {
    const { stdout } = await run('env', ['-i', python, '-c', PROBE]);
    expect(JSON.parse(stdout).prefix).toBe(path.dirname(path.dirname(python)));
  });

  it('the install_only .tar.zst unpacks to a working tree too', async () => {
    const other = await installFixture('install_only', 'tar.zst', path.join(scratch, 'zst', 'python'));
    const { stdout } = await run(other, ['-c', PROBE]);
    expect(JSON.parse(stdout).prefix).toBe(path.join(scratch, 'zst', 'python'));
    await fs.rm(path.join(scratch, 'zst'), { recursive: true });
  });

  it('is relocatable by construction: RPATH $ORIGIN/../lib, PBS prefix /install in sysconfig', async () => {
    const { stdout } = await run('readelf', ['-d', path.join(path.dirname(python), 'python3.11')]);
    expect(stdout).toContain('[$ORIGIN/../lib]');
    const { stdout: prefix } = await run(python, [
      '-c',
      'import sysconfig; print(sysconfig.get_config_var("prefix"))',
    ]);
    expect(prefix.trim()).toBe('/install');
  });
});

describe('uv with the fixture and the local index', () => {
  const uvEnv = () => {
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env))
      if (!k.startsWith('UV_') && !k.startsWith('PIP_')) env[k] = v;
    return {
      ...env,
      UV_PYTHON_DOWNLOADS: 'never',
      UV_NO_CONFIG: '1',
      UV_CACHE_DIR: path.join(scratch, 'uv-cache'),
    };
  };

  it('creates a venv with the relocated CPython and installs wheels from the local index', async () => {
    const venv = path.join(scratch, 'venv');
    await run(uvBin(), ['venv', '--python', python, venv], { env: uvEnv() });
    const vpy = path.join(venv, 'bin', 'python');
    const cfg = await fs.readFile(path.join(venv, 'pyvenv.cfg'), 'utf8');
    expect(cfg).toContain(`home = ${path.dirname(python)}`);
    await run(
      uvBin(),
      [
        'pip',
        'install',
        '--python',
        vpy,
        '--index-url',
        world.indexUrl,
        'six==1.16.0',
        'markupsafe==3.0.2',
        'python-dateutil',
      ],
      { env: uvEnv() },
    );
    const { stdout } = await run(vpy, [
      '-c',
      'import six, markupsafe, dateutil, sys; print(six.__version__, markupsafe.__version__, dateutil.__version__, sys.base_prefix)',
    ]);
    expect(stdout.trim()).toBe(`1.16.0 3.0.2 2.9.0.post0 ${path.dirname(path.dirname(python))}`);
    expect(world.server.downloadRequests('six-1.16.0-py2.py3-none-any.whl').length).toBeGreaterThan(0);
    expect(world.server.requests.some((r) => r.path === '/simple/python-dateutil/')).toBe(true);
  });
});
