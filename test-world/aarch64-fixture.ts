// An aarch64 CPython and uv for the world, run on this x86_64 machine by qemu-user through binfmt_misc:
//   - Debian bookworm's arm64 CPython 3.11 (python3.11-minimal, libpython3.11-stdlib, ...) packed like PBS's
//     `install_only` archive (python/{bin,lib,include}, stdlib without tests, empty site-packages, .pyc files),
//     served as `cpython-3.11.2+<AARCH64_BUILD>-aarch64-unknown-linux-gnu-install_only.tar.gz`;
//   - a sysroot of the arm64 libraries it links (glibc, libssl, libsqlite3, ...) for QEMU_LD_PREFIX: the
//     "distro" of the emulated machine, as the x86_64 fixture links this machine's distro libraries;
//   - uv's aarch64 binary from its PyPI wheel, repacked as the release `uv-aarch64-unknown-linux-gnu.tar.gz`.
// Inputs are fetched by `bash scripts/world-tools.sh` into .cache/world/aarch64/{debs,uv}; the packed result is
// cached by input hash under .cache/world/aarch64/<hash>/ like the other fixtures.
//
// Limits: Debian's interpreter, not PBS's (its sysconfig names /usr, its default scheme for installs outside a
// venv is posix_local); no headers (no C extension builds); the wheel's uv is the static musl build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCached } from './cached-build.js';
import { cacheDir } from './paths.js';
import { sha256File } from './pbs-fixture.js';
import { sh } from './sh.js';
import type { ReleaseServer } from './types.js';

export const AARCH64_TRIPLE = 'aarch64-unknown-linux-gnu';
/** The release the aarch64 build is served under: a tag the bundled catalogue does not know (PBS never
 *  published 3.11.2), so resolving it pins `build` and costs one `releases/tags/{tag}` call to the world. */
export const AARCH64_BUILD = '20230301';
export const AARCH64_PLATFORM = { os: 'linux', arch: 'aarch64', libc: 'gnu' } as const;
export const BINFMT_ENTRY = '/proc/sys/fs/binfmt_misc/qemu-aarch64';

const inputsDir = path.join(cacheDir, 'aarch64');
const debsDir = path.join(inputsDir, 'debs');
const uvWheelDir = path.join(inputsDir, 'uv');
const UV_ASSET = `uv-${AARCH64_TRIPLE}.tar.gz`;
/** Packages that make the interpreter; every other .deb goes to the sysroot. */
const PYTHON_DEB = /^(lib)?python3\.\d+(-minimal|-stdlib)?_/;
const STDLIB_DROPS = ['test', 'ctypes/test', 'distutils/tests', 'idlelib/idle_test', 'lib2to3/tests'];
const STDLIB_DROPS_TOO = ['tkinter/test', 'unittest/test', 'EXTERNALLY-MANAGED', 'sitecustomize.py'];

export interface Aarch64Fixture {
  version: string; // '3.11.2'
  build: string; // AARCH64_BUILD
  key: string; // 'cpython-3.11.2-linux-aarch64-gnu'
  /** The arm64 libraries (glibc and what CPython links): set QEMU_LD_PREFIX to this. */
  sysroot: string;
  python: { assetName: string; path: string; sha256: string };
  uv: { version: string; assetName: string; path: string; sha256: string; sha256Path: string };
}

type Manifest = Omit<Aarch64Fixture, 'sysroot' | 'python' | 'uv'> & {
  python: { assetName: string; sha256: string; size: number };
  uv: { version: string; sha256: string };
};

/** Throws, saying what to run, unless the kernel hands aarch64 ELF files to qemu-user. */
export function assertAarch64Runnable(): void {
  let entry = '';
  try {
    entry = readFileSync(BINFMT_ENTRY, 'utf8');
  } catch (e) {
    throw new Error(
      `aarch64 binaries cannot run here: ${BINFMT_ENTRY} is missing (${(e as Error).message}). ` +
        'Run `bash scripts/world-tools.sh` as root: it installs qemu-user-static and registers it with binfmt_misc.',
    );
  }
  if (!entry.startsWith('enabled'))
    throw new Error(
      `aarch64 binaries cannot run here: ${BINFMT_ENTRY} is disabled (echo 1 > ${BINFMT_ENTRY} as root).`,
    );
}

async function inputFiles(): Promise<{ debs: string[]; uvWheel: string }> {
  const debs = existsSync(debsDir) ? (await fs.readdir(debsDir)).filter((n) => n.endsWith('.deb')) : [];
  const wheels = existsSync(uvWheelDir)
    ? (await fs.readdir(uvWheelDir)).filter((n) => n.endsWith('.whl')).sort()
    : [];
  if (!debs.some((n) => PYTHON_DEB.test(n)) || wheels.length === 0) {
    throw new Error(
      `the aarch64 inputs are missing from ${inputsDir} (arm64 .debs, uv's aarch64 wheel): ` +
        'run `bash scripts/world-tools.sh`',
    );
  }
  return { debs: debs.sort(), uvWheel: wheels.at(-1)! };
}

async function inputsHash(debs: string[], uvWheel: string): Promise<string> {
  const h = createHash('sha256');
  h.update(await fs.readFile(fileURLToPath(import.meta.url))); // the recipe is an input
  for (const f of [...debs.map((d) => path.join(debsDir, d)), path.join(uvWheelDir, uvWheel)]) {
    h.update(`${path.basename(f)}:${(await fs.stat(f)).size}\n`);
  }
  return h.digest('hex').slice(0, 16);
}

async function readManifest(dir: string): Promise<Aarch64Fixture | undefined> {
  try {
    const m = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const pythonPath = path.join(dir, m.python.assetName);
    if ((await fs.stat(pythonPath)).size !== m.python.size) return undefined;
    const uvPath = path.join(dir, UV_ASSET);
    await fs.access(`${uvPath}.sha256`);
    await fs.access(path.join(dir, 'sysroot', 'lib', 'ld-linux-aarch64.so.1'));
    return {
      version: m.version,
      build: m.build,
      key: m.key,
      sysroot: path.join(dir, 'sysroot'),
      python: { assetName: m.python.assetName, path: pythonPath, sha256: m.python.sha256 },
      uv: { ...m.uv, assetName: UV_ASSET, path: uvPath, sha256Path: `${uvPath}.sha256` },
    };
  } catch {
    return undefined;
  }
}

/** `python3.11-minimal_3.11.2-6+deb12u9_arm64.deb` -> `3.11.2`. */
export function debianPythonVersion(debs: string[]): string {
  const deb = debs.find((n) => /^python3\.\d+-minimal_/.test(n));
  const v = deb && /_(\d+\.\d+\.\d+)/.exec(deb)?.[1];
  if (!v) throw new Error(`no python3.x-minimal .deb among ${debs.join(', ')}`);
  return v;
}

async function extractDebs(debs: string[], pythonRoot: string, sysroot: string): Promise<void> {
  for (const d of debs) {
    await sh('dpkg-deb', ['-x', path.join(debsDir, d), PYTHON_DEB.test(d) ? pythonRoot : sysroot]);
  }
  // The sysroot is what QEMU_LD_PREFIX redirects absolute paths to: libraries only, never /etc or /usr/share.
  for (const n of await fs.readdir(sysroot)) {
    if (n !== 'lib' && n !== 'usr') await fs.rm(path.join(sysroot, n), { recursive: true, force: true });
  }
  for (const n of await fs.readdir(path.join(sysroot, 'usr'))) {
    if (n !== 'lib') await fs.rm(path.join(sysroot, 'usr', n), { recursive: true, force: true });
  }
}

/** Debian's /usr tree -> PBS's python/{bin,lib,include}, filtered like PBS's convert_to_install_only. */
async function stagePython(debRoot: string, R: string, version: string, sysroot: string): Promise<void> {
  const ld = `python${version.split('.').slice(0, 2).join('.')}`;
  await fs.mkdir(path.join(R, 'bin'), { recursive: true });
  await fs.mkdir(path.join(R, 'lib'), { recursive: true });
  await fs.mkdir(path.join(R, 'include'), { recursive: true });
  await sh('cp', ['-a', path.join(debRoot, 'usr', 'bin', ld), path.join(R, 'bin')]);
  await fs.symlink(ld, path.join(R, 'bin', 'python3'));
  await fs.symlink(ld, path.join(R, 'bin', 'python'));
  await sh('cp', ['-a', path.join(debRoot, 'usr', 'lib', ld), path.join(R, 'lib')]);
  const multiarch = path.join(debRoot, 'usr', 'lib', 'aarch64-linux-gnu', `lib${ld}.so.1.0`);
  if (existsSync(multiarch)) {
    await sh('cp', ['-a', multiarch, path.join(R, 'lib')]);
    await fs.symlink(`lib${ld}.so.1.0`, path.join(R, 'lib', `lib${ld}.so`));
  }
  const stdlib = path.join(R, 'lib', ld);
  for (const d of [...STDLIB_DROPS, ...STDLIB_DROPS_TOO])
    await fs.rm(path.join(stdlib, d), { recursive: true, force: true });
  const dynload = path.join(stdlib, 'lib-dynload');
  for (const n of await fs.readdir(dynload)) {
    if (/^(_test|_xxtestfuzz|_ctypes_test|xxlimited)/.test(n)) await fs.rm(path.join(dynload, n));
  }
  await fs.mkdir(path.join(stdlib, 'site-packages'), { recursive: true });
  await compileStdlib(R, stdlib, sysroot);
}

/**
 * PBS ships the stdlib's .pyc files; without them every emulated start recompiles what it imports (~2x
 * slower). Bytecode does not depend on the CPU, only on the magic number: the host's python3 compiles when
 * its magic matches (seconds), else the emulated interpreter does (about a minute).
 */
async function compileStdlib(R: string, stdlib: string, sysroot: string): Promise<void> {
  const bootstrap = await fs.readFile(path.join(stdlib, 'importlib', '_bootstrap_external.py'), 'utf8');
  const target = /^MAGIC_NUMBER = \((\d+)\)/m.exec(bootstrap)?.[1];
  const hostMagic = await sh('python3', [
    '-I',
    '-c',
    'import importlib.util as u; print(int.from_bytes(u.MAGIC_NUMBER[:2], "little"))',
  ]).catch(() => '');
  const compiler = target && hostMagic.trim() === target ? 'python3' : path.join(R, 'bin', 'python3');
  await sh(compiler, ['-I', '-m', 'compileall', '-q', '-j0', '-o', '0', '-o', '1', '-o', '2', stdlib], {
    env: { ...process.env, QEMU_LD_PREFIX: sysroot },
  });
}

async function pack(parent: string, top: string, out: string): Promise<void> {
  const tarArgs = ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', '-C', parent, top];
  await sh('bash', [
    '-o',
    'pipefail',
    '-c',
    'out=$1; shift; tar -cf - "$@" | gzip -6 > "$out"',
    'bash',
    out,
    ...tarArgs,
  ]);
}

/** uv's wheel keeps the binaries in `uv-<v>.data/scripts/`; the release holds `uv-<triple>/{uv,uvx}`. */
async function packUv(wheel: string, tmp: string): Promise<{ version: string; sha256: string }> {
  const version = /^uv-([^-]+)-/.exec(path.basename(wheel))?.[1];
  if (!version) throw new Error(`cannot read uv's version from ${wheel}`);
  const unzipped = path.join(tmp, 'uv-wheel');
  await sh('python3', ['-I', '-m', 'zipfile', '-e', wheel, unzipped]);
  const top = path.join(tmp, 'uv-stage', `uv-${AARCH64_TRIPLE}`);
  await fs.mkdir(top, { recursive: true });
  for (const exe of ['uv', 'uvx']) {
    await fs.copyFile(path.join(unzipped, `uv-${version}.data`, 'scripts', exe), path.join(top, exe));
    await fs.chmod(path.join(top, exe), 0o755);
  }
  const out = path.join(tmp, UV_ASSET);
  await pack(path.dirname(top), path.basename(top), out);
  const sha256 = await sha256File(out);
  await fs.writeFile(`${out}.sha256`, `${sha256}  ${UV_ASSET}\n`);
  await fs.rm(unzipped, { recursive: true });
  await fs.rm(path.dirname(top), { recursive: true });
  return { version, sha256 };
}

async function build(debs: string[], uvWheel: string, tmp: string): Promise<void> {
  const version = debianPythonVersion(debs);
  const debRoot = path.join(tmp, 'debroot');
  const sysroot = path.join(tmp, 'sysroot');
  await fs.mkdir(debRoot);
  await fs.mkdir(sysroot);
  await extractDebs(debs, debRoot, sysroot);
  const stage = path.join(tmp, 'stage');
  await stagePython(debRoot, path.join(stage, 'python'), version, sysroot);
  const assetName = `cpython-${version}+${AARCH64_BUILD}-${AARCH64_TRIPLE}-install_only.tar.gz`;
  await pack(stage, 'python', path.join(tmp, assetName));
  await fs.rm(stage, { recursive: true });
  await fs.rm(debRoot, { recursive: true });
  const file = path.join(tmp, assetName);
  const manifest: Manifest = {
    version,
    build: AARCH64_BUILD,
    key: `cpython-${version}-linux-aarch64-gnu`,
    python: { assetName, sha256: await sha256File(file), size: (await fs.stat(file)).size },
    uv: await packUv(path.join(uvWheelDir, uvWheel), tmp),
  };
  await fs.writeFile(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

/** Keeps one packed fixture (~40 MB): drops those of older inputs. */
async function pruneOtherBuilds(current: string): Promise<void> {
  for (const n of await fs.readdir(inputsDir)) {
    if (n !== current && /^[0-9a-f]{16}$/.test(n))
      await fs.rm(path.join(inputsDir, n), { recursive: true, force: true });
  }
}

let pending: Promise<Aarch64Fixture> | undefined;

/** The aarch64 CPython, its sysroot and uv; packed once per input hash, then read from the cache. */
export function buildAarch64Fixture(): Promise<Aarch64Fixture> {
  pending ??= (async () => {
    const { debs, uvWheel } = await inputFiles();
    const hash = await inputsHash(debs, uvWheel);
    const fixture = await buildCached(path.join(inputsDir, hash), readManifest, (tmp) =>
      build(debs, uvWheel, tmp),
    );
    await pruneOtherBuilds(hash);
    return fixture;
  })();
  pending.catch(() => (pending = undefined));
  return pending;
}

/** Adds the aarch64 CPython (its own release) and uv (next to the x86_64 one) to a running world. */
export function serveAarch64(
  server: ReleaseServer,
  fx: Aarch64Fixture,
  repos = { pbs: 'astral-sh/python-build-standalone', uv: 'astral-sh/uv' },
): void {
  server.addAsset(repos.pbs, fx.build, fx.python.assetName, fx.python.path);
  server.addAsset(repos.uv, fx.uv.version, fx.uv.assetName, fx.uv.path);
  server.addAsset(repos.uv, fx.uv.version, `${fx.uv.assetName}.sha256`, fx.uv.sha256Path);
}
