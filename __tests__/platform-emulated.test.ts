// The emulated-platform project: Windows, macOS, linux-aarch64 and musl, run on this Linux machine. Archives
// are laid out exactly like python-build-standalone's `install_only` and uv's release archives, under their
// real asset names, served by the test world over 127.0.0.1; the interpreters and uv inside are stubs that
// answer the probes as the real ones would on that platform. Everything else is the real code: installBuild,
// ensureUv, the venv layout, export/import and relocation, PATH entries, with the host emulated.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { createCatalog } from '../src/core/catalog/index.js';
import type { PythonBuild } from '../src/core/catalog/types.js';
import { emulateHost } from '../src/core/host.js';
import { installBuild } from '../src/core/install/install.js';
import { interpreterPathEntries } from '../src/core/install/python-layout.js';
import { parsePlatform } from '../src/core/platform.js';
import { ensureUv } from '../src/core/uv/install.js';
import { DEFAULT_UV_VERSION, uvAsset } from '../src/core/uv/triple.js';
import { Uv } from '../src/core/uv/uv.js';
import { venvBinDir, venvPython } from '../src/core/venvs/layout.js';
import { VirtualEnvironmentManager } from '../src/core/venvs/manager.js';
import { DEFAULT_PBS_REPO, startWorld, UV_REPO, uvBin, type World } from '../test-world/index.js';

const run = promisify(execFile);
const catalog = createCatalog({ source: 'snapshot' });
let world: World;
let scratch: string;
let restoreHost: (() => void) | undefined;

beforeAll(async () => {
  world = await startWorld();
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-emulated-'));
});
afterAll(async () => {
  await world?.close();
  await fs.rm(scratch, { recursive: true, force: true });
});
afterEach(() => {
  restoreHost?.();
  restoreHost = undefined;
});

interface Target {
  platform: string;
  os: NodeJS.Platform;
  /** What `sys.platform` and `platform.machine()` say there. */
  sysPlatform: string;
  machine: string;
  /** The interpreter inside the prefix as PBS lays it out, and the extra files of that layout. */
  exe: string;
  files: string[];
  /** A release that has the platform (default: the fixture's, 3.11.7 @ 20240107). */
  release?: { spec: string; build: string };
  links?: [string, string][];
}

const TARGETS: Target[] = [
  {
    platform: 'windows-x86_64-none',
    os: 'win32',
    sysPlatform: 'win32',
    machine: 'AMD64',
    exe: 'python.exe',
    files: ['pythonw.exe', 'python3.dll', 'python311.dll', 'Lib/os.py', 'DLLs/_ssl.pyd', 'Scripts/pip.exe'],
  },
  {
    platform: 'darwin-aarch64-none',
    os: 'darwin',
    sysPlatform: 'darwin',
    machine: 'arm64',
    exe: 'bin/python3.11',
    files: ['lib/libpython3.11.dylib', 'lib/python3.11/os.py', 'include/python3.11/Python.h'],
    links: [
      ['bin/python3', 'python3.11'],
      ['bin/python', 'python3.11'],
    ],
  },
  {
    platform: 'linux-aarch64-gnu',
    os: 'linux',
    sysPlatform: 'linux',
    machine: 'aarch64',
    exe: 'bin/python3.11',
    files: ['lib/libpython3.11.so.1.0', 'lib/python3.11/os.py'],
    links: [['bin/python3', 'python3.11']],
  },
  {
    platform: 'linux-x86_64-musl',
    // the catalogue has no musl install_only archive in the fixture's release; a later one has 3.11
    release: { spec: '3.11', build: '20260814' },
    os: 'linux',
    sysPlatform: 'linux',
    machine: 'x86_64',
    exe: 'bin/python3.11',
    files: ['lib/python3.11/os.py'],
    links: [['bin/python3', 'python3.11']],
  },
];

/** A shell script that answers the interpreter probe (the script naming "versionInfo") and the venv manager's version question. */
function stubPython(t: Target, version: string): string {
  const probe = JSON.stringify({
    version,
    versionInfo: [...version.split('.').map(Number), 'final', 0],
    implementation: 'cpython',
    executable: '@EXE@',
    prefix: '@PREFIX@',
    basePrefix: '@PREFIX@',
    platform: t.sysPlatform,
    sysVersion: `${version} (main) [Clang 17]`,
    machine: t.machine,
    freethreaded: false,
    debug: false,
    missingModules: [],
  });
  return [
    '#!/bin/sh',
    'exe=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")',
    `prefix=$(cd "$(dirname "$0")${t.exe.includes('/') ? '/..' : ''}" && pwd)`,
    'case "$*" in',
    `  *versionInfo*) printf '%s\\n' '${probe}' | sed "s|@EXE@|$exe|; s|@PREFIX@|$prefix|g" ;;`,
    `  *) echo ${version} ;;`,
    'esac',
    '',
  ].join('\n');
}

/** The `install_only` archive of `t` (tar.gz under `python/`), as bytes. */
async function installOnlyArchive(t: Target, version: string): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(scratch, 'layout-'));
  const prefix = path.join(dir, 'python');
  const write = async (rel: string, body: string, mode = 0o644) => {
    await fs.mkdir(path.dirname(path.join(prefix, rel)), { recursive: true });
    await fs.writeFile(path.join(prefix, rel), body, { mode });
  };
  await write(t.exe, stubPython(t, version), 0o755);
  for (const f of t.files) await write(f, `${f}\n`);
  for (const [link, to] of t.links ?? []) await fs.symlink(to, path.join(prefix, link));
  const out = path.join(dir, 'archive.tar.gz');
  await run('tar', ['-czf', out, '-C', dir, 'python']);
  return fs.readFile(out);
}

/**
 * The catalogue's build for `t` (its real asset name), served by the world with the stub archive's bytes, and
 * the stub's sha256 as the checksum the catalogue knows (the world's SHA256SUMS lists the same).
 */
async function serveBuild(t: Target): Promise<PythonBuild> {
  const real = await catalog.resolve(t.release?.spec ?? world.fixture.version, {
    build: t.release?.build ?? '20240107',
    platform: parsePlatform(t.platform),
  });
  const body = await installOnlyArchive(t, real.version);
  world.server.addAsset(DEFAULT_PBS_REPO, real.build, real.assetName, body);
  return { ...real, sha256: createHash('sha256').update(body).digest('hex') };
}

async function exists(p: string): Promise<boolean> {
  return (await fs.lstat(p).catch(() => undefined)) !== undefined;
}

describe.each(TARGETS)('$platform', (t) => {
  it('installBuild: the real asset over HTTP, the interpreter where PBS puts it, the probe answered', async () => {
    const build = await serveBuild(t);
    expect(build.assetName).toMatch(/install_only(_stripped)?\.tar\.gz$/);
    restoreHost = emulateHost(t.os);
    const target = path.join(scratch, t.platform, 'python');
    const r = await installBuild(build, target, { mirror: world.mirrorUrl });
    expect(r).toMatchObject({
      pythonDir: target,
      pythonExe: t.exe === 'python.exe' ? 'python.exe' : 'bin/python3',
      version: build.version,
      checksumSource: 'catalog',
    });
    expect(r.probe).toMatchObject({ platform: t.sysPlatform, machine: t.machine });
    for (const f of t.files) expect(await exists(path.join(target, f))).toBe(true);
    const entries = interpreterPathEntries(r.pythonPath);
    expect(entries).toEqual(
      t.os === 'win32' ? [target, path.join(target, 'Scripts')] : [path.join(target, 'bin')],
    );
  });

  it('venv export/import into another instance: layout, home and interpreter links re-pointed', async () => {
    restoreHost = emulateHost(t.os);
    const first = await instanceFor(t, 'a');
    const second = await instanceFor(t, 'b');
    const uv = new Uv({ path: uvBin(), cacheDir: path.join(scratch, 'uv-cache') });
    const src = await laidOutVenv(t, first, 'app');
    expect(venvPython(src)).toBe(
      t.os === 'win32' ? path.join(src, 'Scripts', 'python.exe') : path.join(src, 'bin', 'python'),
    );
    const archive = path.join(scratch, `${t.platform}-app.zip`);
    await new VirtualEnvironmentManager({ instance: first, uv }).export('app', archive);
    const imported = await new VirtualEnvironmentManager({ instance: second, uv }).import(archive, 'app');
    const dest = path.join(second.dir, 'venvs', 'app');
    expect(imported.path).toBe(dest);
    const cfg = await fs.readFile(path.join(dest, 'pyvenv.cfg'), 'utf8');
    expect(cfg).toContain(`home = ${path.dirname(second.pythonPath)}`);
    expect(await fs.readFile(path.join(venvBinDir(dest), 'activate'), 'utf8')).toBe(
      `VIRTUAL_ENV='${dest}'\n`,
    );
    if (t.os === 'win32') {
      expect(await exists(path.join(dest, 'bin'))).toBe(false);
    } else {
      expect(await fs.readlink(path.join(dest, 'bin', 'python'))).toBe(second.pythonPath);
    }
  });
});

/** An installed instance of `t` (stub interpreter) at `<scratch>/<platform>-<tag>`. */
async function instanceFor(t: Target, tag: string) {
  const dir = path.join(scratch, `${t.platform}-${tag}`);
  const build = await serveBuild(t);
  const r = await installBuild(build, path.join(dir, 'python'), { mirror: world.mirrorUrl });
  return { dir, pythonPath: r.pythonPath };
}

/** A venv as uv lays it out on `t` (Scripts\ and copies on Windows, bin/ and links elsewhere). */
async function laidOutVenv(t: Target, instance: { dir: string; pythonPath: string }, name: string) {
  const v = path.join(instance.dir, 'venvs', name);
  await fs.mkdir(venvBinDir(v), { recursive: true });
  const home = path.dirname(instance.pythonPath);
  await fs.writeFile(path.join(v, 'pyvenv.cfg'), `home = ${home}\nversion_info = ${world.fixture.version}\n`);
  await fs.writeFile(path.join(venvBinDir(v), 'activate'), `VIRTUAL_ENV='${v}'\n`);
  if (t.os === 'win32') {
    await fs.mkdir(path.join(v, 'Lib', 'site-packages'), { recursive: true });
    await fs.copyFile(instance.pythonPath, venvPython(v));
  } else {
    await fs.mkdir(path.join(v, 'lib', 'python3.11', 'site-packages'), { recursive: true });
    await fs.symlink(instance.pythonPath, venvPython(v));
    await fs.symlink('python', path.join(v, 'bin', 'python3'));
  }
  return v;
}

describe("ensureUv over uv's release archives", () => {
  const stubUv = (version: string) =>
    `#!/bin/sh\ncase "$*" in\n  *json*) echo '{"package_name":"uv","version":"${version}"}' ;;\n  *) echo "uv ${version}" ;;\nesac\n`;

  async function uvArchive(platform: string, version: string): Promise<{ name: string; body: Buffer }> {
    const asset = uvAsset(parsePlatform(platform));
    if (asset.format === 'zip') {
      // Windows: a flat zip, uv.exe and uvx.exe at the top
      const zip = new yazl.ZipFile();
      zip.addBuffer(Buffer.from(stubUv(version)), asset.exe, { mode: 0o100755 });
      zip.addBuffer(Buffer.from(stubUv(version)), 'uvx.exe', { mode: 0o100755 });
      zip.end();
      const chunks: Buffer[] = [];
      for await (const c of zip.outputStream) chunks.push(c as Buffer);
      return { name: asset.name, body: Buffer.concat(chunks) };
    }
    const dir = await fs.mkdtemp(path.join(scratch, 'uv-'));
    await fs.mkdir(path.join(dir, asset.innerDir));
    await fs.writeFile(path.join(dir, asset.innerDir, 'uv'), stubUv(version), { mode: 0o755 });
    await fs.writeFile(path.join(dir, asset.innerDir, 'uvx'), stubUv(version), { mode: 0o755 });
    await run('tar', ['-czf', path.join(dir, asset.name), '-C', dir, asset.innerDir]);
    return { name: asset.name, body: await fs.readFile(path.join(dir, asset.name)) };
  }

  it.each([
    ['windows-x86_64-none', 'win32', 'uv-x86_64-pc-windows-msvc.zip', 'uv.exe'],
    ['windows-aarch64-none', 'win32', 'uv-aarch64-pc-windows-msvc.zip', 'uv.exe'],
    ['darwin-aarch64-none', 'darwin', 'uv-aarch64-apple-darwin.tar.gz', 'uv'],
    ['linux-aarch64-gnu', 'linux', 'uv-aarch64-unknown-linux-gnu.tar.gz', 'uv'],
    ['linux-x86_64-musl', 'linux', 'uv-x86_64-unknown-linux-musl.tar.gz', 'uv'],
  ] as const)(
    '%s: %s, verified by its .sha256, installed and cached',
    async (platform, hostOs, name, exe) => {
      const version = DEFAULT_UV_VERSION;
      const { name: assetName, body } = await uvArchive(platform, version);
      expect(assetName).toBe(name);
      const sha = createHash('sha256').update(body).digest('hex');
      world.server.addAsset(UV_REPO, version, assetName, body);
      world.server.addAsset(UV_REPO, version, `${assetName}.sha256`, Buffer.from(`${sha}  ${assetName}\n`));
      restoreHost = emulateHost(hostOs);
      const toolsDir = path.join(scratch, `tools-${platform}`);
      const o = {
        toolsDir,
        version,
        platform: parsePlatform(platform),
        downloadBaseUrl: world.uvDownloadUrl,
      };
      const got = await ensureUv(o);
      expect(got).toEqual({
        path: path.join(toolsDir, 'uv', version, uvAsset(parsePlatform(platform)).triple, exe),
        version,
        source: 'download',
      });
      const marker = JSON.parse(
        await fs.readFile(path.join(path.dirname(got.path), 'pyembed-uv.json'), 'utf8'),
      );
      expect(marker).toMatchObject({ sha256: sha, triple: uvAsset(parsePlatform(platform)).triple });
      expect((await ensureUv(o)).source).toBe('cache');
    },
  );
});
