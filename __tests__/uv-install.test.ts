// ensureUv against the world's astral-sh/uv release (real archive + .sha256), the uv wrapper's environment,
// and the platform -> release-asset mapping.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ChecksumMismatchError,
  ConfigurationError,
  DownloadError,
  PlatformNotSupportedError,
  UvNotFoundError,
} from '../src/core/errors.js';
import { parsePlatform } from '../src/core/platform.js';
import { ensureUv } from '../src/core/uv/install.js';
import { DEFAULT_UV_VERSION, uvAsset, uvAssetUrl } from '../src/core/uv/triple.js';
import { Uv } from '../src/core/uv/uv.js';
import { buildUvArchive, startWorld, uvBin, type World } from '../test-world/index.js';

let world: World;
let scratch: string;
const ASSET = 'uv-x86_64-unknown-linux-gnu.tar.gz';
const savedPath = process.env.PATH;

beforeAll(async () => {
  world = await startWorld();
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-uv-install-'));
});
afterAll(async () => {
  await world.close();
  await fs.rm(scratch, { recursive: true, force: true });
});
afterEach(() => {
  world.server.clearFaults();
  process.env.PATH = savedPath;
});

const tools = async (name: string) => fs.mkdtemp(path.join(scratch, `${name}-`));
const downloads = (name: string) => world.server.downloadRequests(name).length;

describe('ensureUv: private install from the release archive', () => {
  it('downloads the pinned version, verifies the .sha256, installs it under toolsDir/uv/<version>/<triple>, then reuses it', async () => {
    const toolsDir = await tools('fresh');
    const before = downloads(ASSET);
    const first = await ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl });
    expect(first).toEqual({
      path: path.join(toolsDir, 'uv', DEFAULT_UV_VERSION, 'x86_64-unknown-linux-gnu', 'uv'),
      version: '0.13.9',
      source: 'download',
    });
    expect(downloads(ASSET)).toBe(before + 1);
    expect(downloads(`${ASSET}.sha256`)).toBeGreaterThan(0);
    // it really is uv, and it runs from the private place
    expect(await new Uv({ path: first.path }).version()).toBe('0.13.9');
    const marker = JSON.parse(
      await fs.readFile(path.join(path.dirname(first.path), 'pyembed-uv.json'), 'utf8'),
    );
    expect(marker).toMatchObject({ version: '0.13.9', triple: 'x86_64-unknown-linux-gnu' });
    expect(marker.sha256).toMatch(/^[0-9a-f]{64}$/);

    const second = await ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl });
    expect(second).toEqual({ ...first, source: 'cache' });
    expect(downloads(ASSET)).toBe(before + 1);
    // no temp dirs or partial files left behind
    expect((await fs.readdir(path.join(toolsDir, 'uv'))).filter((n) => !n.endsWith('.lock'))).toEqual([
      '0.13.9',
    ]);
  });

  it('a damaged cached binary (or a dir without marker) is reinstalled, never run', async () => {
    const toolsDir = await tools('damaged');
    const first = await ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl });
    await fs.writeFile(first.path, '#!/bin/sh\necho uv 6.6.6\n', { mode: 0o755 });
    const again = await ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl });
    expect(again.source).toBe('download');
    expect(await new Uv({ path: again.path }).version()).toBe('0.13.9');
    await fs.rm(path.join(path.dirname(first.path), 'pyembed-uv.json'));
    expect((await ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl })).source).toBe('download');
  });

  it('refuses bytes that do not match the published .sha256 and leaves nothing installed', async () => {
    const toolsDir = await tools('wrong');
    world.server.setFault(ASSET, { kind: 'wrong-bytes' });
    await expect(ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl })).rejects.toBeInstanceOf(
      ChecksumMismatchError,
    );
    await expect(fs.stat(path.join(toolsDir, 'uv', '0.13.9'))).rejects.toThrow();
    // once the server is fixed, the same call installs
    world.server.clearFaults();
    expect((await ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl })).source).toBe('download');
  });

  it('retries a flaky server and still verifies', async () => {
    const toolsDir = await tools('flaky');
    world.server.setFault(ASSET, { kind: 'status', status: 503, times: 1 });
    expect((await ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl })).source).toBe('download');
  });

  it('a local directory (or file:// URL) works as the download base, still verified', async () => {
    const archive = await buildUvArchive();
    const mirror = path.join(scratch, 'uv-mirror');
    await fs.mkdir(path.join(mirror, '0.13.9'), { recursive: true });
    await fs.copyFile(archive.path, path.join(mirror, '0.13.9', ASSET));
    await fs.copyFile(archive.sha256Path, path.join(mirror, '0.13.9', `${ASSET}.sha256`));
    const r = await ensureUv({ toolsDir: await tools('local-dir'), downloadBaseUrl: mirror });
    expect(r).toMatchObject({ version: '0.13.9', source: 'download' });
    expect(await new Uv({ path: r.path }).version()).toBe('0.13.9');
    // a tampered local copy is refused like a remote one
    await fs.writeFile(path.join(mirror, '0.13.9', `${ASSET}.sha256`), `${'a'.repeat(64)}  ${ASSET}\n`);
    await expect(
      ensureUv({ toolsDir: await tools('local-bad'), downloadBaseUrl: `file://${mirror}` }),
    ).rejects.toBeInstanceOf(ChecksumMismatchError);
  });

  it('two concurrent calls install once (lock) and agree', async () => {
    const toolsDir = await tools('race');
    const before = downloads(ASSET);
    const [a, b] = await Promise.all([
      ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl }),
      ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl }),
    ]);
    expect(a.path).toBe(b.path);
    expect([a.source, b.source].sort()).toEqual(['cache', 'download']);
    expect(downloads(ASSET)).toBe(before + 1);
  });

  it('fails clearly for a version the release server does not have (no checksum published)', async () => {
    const toolsDir = await tools('missing');
    const err = await ensureUv({ toolsDir, version: '0.13.8', downloadBaseUrl: world.uvDownloadUrl }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(DownloadError);
    expect(err.message).toContain('0.13.8');
    expect(err.message).toContain('.sha256');
  });

  it('rejects a version that is not an exact release (no path tricks in toolsDir)', async () => {
    for (const v of ['latest', '../0.13.9', '>=0.13', '']) {
      await expect(ensureUv({ toolsDir: scratch, version: v || ' ' })).rejects.toBeInstanceOf(
        ConfigurationError,
      );
    }
  });

  it('accepts an explicit sha256 instead of the companion file, and refuses a wrong one', async () => {
    const toolsDir = await tools('explicit');
    await expect(
      ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl, sha256: '0'.repeat(64) }),
    ).rejects.toBeInstanceOf(ChecksumMismatchError);
  });
});

describe('ensureUv: explicit path and PATH', () => {
  async function fakeUvOnPath(): Promise<string> {
    const dir = await fs.mkdtemp(path.join(scratch, 'pathdir-'));
    // a "uv" on PATH that is really uv (a symlink to the pinned one)
    await fs.symlink(uvBin(), path.join(dir, 'uv'));
    return dir;
  }

  it('uses uvPath as given and reports its real version', async () => {
    const r = await ensureUv({ toolsDir: scratch, uvPath: uvBin() });
    expect(r).toEqual({ path: uvBin(), version: '0.13.9', source: 'path' });
  });

  it('refuses a uvPath that is not an executable uv', async () => {
    await expect(ensureUv({ toolsDir: scratch, uvPath: path.join(scratch, 'nope') })).rejects.toBeInstanceOf(
      UvNotFoundError,
    );
    const notUv = path.join(scratch, 'not-uv.sh');
    await fs.writeFile(notUv, '#!/bin/sh\necho hello\n', { mode: 0o755 });
    await expect(ensureUv({ toolsDir: scratch, uvPath: notUv })).rejects.toBeInstanceOf(UvNotFoundError);
  });

  it('system: true takes uv from PATH and reports its version', async () => {
    const dir = await fakeUvOnPath();
    process.env.PATH = `${dir}${path.delimiter}${savedPath}`;
    expect(await ensureUv({ toolsDir: scratch, system: true })).toEqual({
      path: path.join(dir, 'uv'),
      version: '0.13.9',
      source: 'system',
    });
  });

  it('system: true without uv on PATH is UvNotFoundError', async () => {
    process.env.PATH = await fs.mkdtemp(path.join(scratch, 'empty-path-'));
    await expect(ensureUv({ toolsDir: scratch, system: true })).rejects.toBeInstanceOf(UvNotFoundError);
  });

  it('never picks up a uv on PATH unless asked', async () => {
    const dir = await fakeUvOnPath();
    process.env.PATH = `${dir}${path.delimiter}${savedPath}`;
    const toolsDir = await tools('ignore-path');
    const r = await ensureUv({ toolsDir, downloadBaseUrl: world.uvDownloadUrl });
    expect(r.source).toBe('download');
    expect(r.path.startsWith(toolsDir)).toBe(true);
  });
});

describe('uv release assets per platform', () => {
  it.each([
    ['linux-x86_64-gnu', 'uv-x86_64-unknown-linux-gnu.tar.gz'],
    ['linux-x86_64-musl', 'uv-x86_64-unknown-linux-musl.tar.gz'],
    ['linux-aarch64-gnu', 'uv-aarch64-unknown-linux-gnu.tar.gz'],
    ['linux-aarch64-musl', 'uv-aarch64-unknown-linux-musl.tar.gz'],
    ['linux-armv7-gnueabihf', 'uv-armv7-unknown-linux-gnueabihf.tar.gz'],
    ['linux-ppc64le-gnu', 'uv-powerpc64le-unknown-linux-gnu.tar.gz'],
    ['linux-riscv64-gnu', 'uv-riscv64gc-unknown-linux-gnu.tar.gz'],
    ['darwin-aarch64', 'uv-aarch64-apple-darwin.tar.gz'],
    ['darwin-x86_64', 'uv-x86_64-apple-darwin.tar.gz'],
    ['windows-x86_64', 'uv-x86_64-pc-windows-msvc.zip'],
    ['windows-aarch64', 'uv-aarch64-pc-windows-msvc.zip'],
  ])('%s -> %s', (platform, asset) => {
    expect(uvAsset(parsePlatform(platform)).name).toBe(asset);
  });

  it('builds setup-uv style URLs and rejects platforms uv does not publish', () => {
    expect(uvAssetUrl('0.13.9', uvAsset(parsePlatform('linux-x86_64-gnu')))).toBe(
      'https://github.com/astral-sh/uv/releases/download/0.13.9/uv-x86_64-unknown-linux-gnu.tar.gz',
    );
    expect(uvAssetUrl('0.13.9', uvAsset(parsePlatform('darwin-aarch64')), 'http://m.example/uv/')).toBe(
      'http://m.example/uv/0.13.9/uv-aarch64-apple-darwin.tar.gz',
    );
    expect(() => uvAsset(parsePlatform('linux-s390x-musl'))).toThrow(PlatformNotSupportedError);
    expect(() => uvAsset(parsePlatform('darwin-i686'))).toThrow(PlatformNotSupportedError);
  });
});

describe('Uv: the environment the product owns', () => {
  it('sets the cache, forbids Python downloads and user config, passes the proxy, strips a leaked venv', async () => {
    process.env.VIRTUAL_ENV = '/somewhere/else';
    try {
      const uv = new Uv({
        path: uvBin(),
        cacheDir: '/c',
        proxy: 'http://proxy.local:3128',
        noProxy: 'localhost',
      });
      const env = uv.env();
      expect(env).toMatchObject({
        UV_CACHE_DIR: '/c',
        UV_PYTHON_DOWNLOADS: 'never',
        UV_NO_CONFIG: '1',
        HTTPS_PROXY: 'http://proxy.local:3128',
        NO_PROXY: 'localhost',
      });
      expect(env.VIRTUAL_ENV).toBeUndefined();
      expect(uv.with({ useUserConfig: true }).env().UV_NO_CONFIG).toBeUndefined();
      // uv itself sees these: `uv cache dir` prints the product's cache dir
      const r = await new Uv({ path: uvBin(), cacheDir: path.join(scratch, 'my-cache') }).run([
        'cache',
        'dir',
      ]);
      expect(r.stdout.trim()).toBe(path.join(scratch, 'my-cache'));
    } finally {
      delete process.env.VIRTUAL_ENV;
    }
  });

  it('index settings become --default-index / --index / --allow-insecure-host; bad URLs are refused', () => {
    const uv = new Uv({
      path: uvBin(),
      indexUrl: 'http://127.0.0.1:1/simple/',
      extraIndexUrls: ['https://extra.example/simple/'],
    });
    expect(uv.indexArgs()).toEqual([
      '--default-index=http://127.0.0.1:1/simple/',
      '--index=https://extra.example/simple/',
    ]);
    expect(uv.indexArgs({ trustedHosts: ['mirror.local:8443'] })).toContain(
      '--allow-insecure-host=mirror.local:8443',
    );
    expect(() => new Uv({ path: uvBin(), indexUrl: '--no-index' })).toThrow(ConfigurationError);
    expect(() => uv.indexArgs({ indexUrl: 'ftp://x/simple' })).toThrow(ConfigurationError);
    expect(() => uv.indexArgs({ trustedHosts: ['--x'] })).toThrow(ConfigurationError);
  });

  it('a uv that cannot start is UvNotFoundError', async () => {
    await expect(
      new Uv({ path: path.join(scratch, 'missing-uv') }).run(['--version']),
    ).rejects.toBeInstanceOf(UvNotFoundError);
  });
});
