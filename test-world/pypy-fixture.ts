// Builds a PyPy release archive from the machine's own PyPy (Debian's `pypy3` package, installed by
// scripts/world-tools.sh), in PyPy's release layout: `pypy3.9-v7.3.11-linux64.tar.gz` holding one top
// directory with `bin/{pypy3.9,pypy3,pypy,python,python3,python3.9,libpypy3.9-c.so}`, `lib/pypy3.9/` (the
// stdlib) and `include/pypy3.9/`. The binary finds its stdlib relative to itself and libpypy through its
// `$ORIGIN` runpath, so the tree runs from any path on this machine. Cached by input hash under
// .cache/world/pypy/<hash>/ with a manifest.json.
//
// Limits: Debian's build (its cffi modules link the distro's libssl etc.), relocatable here, not portable;
// Debian's `EXTERNALLY-MANAGED` marker is dropped (a PyPy release has none); no pip inside.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCached } from './cached-build.js';
import { sha256File } from './pbs-fixture.js';
import { cacheDir } from './paths.js';
import { sh } from './sh.js';
import type { World } from './types.js';
import { uvDownloadsKey, writeUvDownloadsJson } from './uv-downloads-json.js';

export interface PypyFixture {
  /** The Python language version PyPy reports, e.g. `3.9.16`. */
  version: string;
  /** PyPy's own release, e.g. `7.3.11` (the catalogue's build). */
  pypyVersion: string;
  /** `pypy3.9-v7.3.11-linux64.tar.gz`, PyPy's own naming. */
  assetName: string;
  path: string;
  sha256: string;
}

interface SourcePypy {
  exe: string; // the real binary, e.g. /usr/bin/pypy3.9
  stdlib: string; // /usr/lib/pypy3.9
  include: string; // /usr/include/pypy3.9
  version: string;
  pypyVersion: string;
  ld: string; // pypy3.9
}

const PROBE =
  'import sys,os,sysconfig,json;v=sys.version_info;p=sys.pypy_version_info;' +
  'print(json.dumps({"exe":os.path.realpath(sys.executable),"stdlib":sysconfig.get_paths()["stdlib"],' +
  '"include":sysconfig.get_paths()["include"],"version":"%d.%d.%d"%v[:3],' +
  '"pypyVersion":"%d.%d.%d"%p[:3],"ld":"pypy%d.%d"%v[:2]}))';

async function probePypy(): Promise<SourcePypy> {
  try {
    return JSON.parse(await sh('pypy3', ['-I', '-c', PROBE])) as SourcePypy;
  } catch (e) {
    throw new Error(
      `the PyPy fixture needs Debian's pypy3 (run scripts/world-tools.sh): ${(e as Error).message}`,
    );
  }
}

async function libpypy(src: SourcePypy): Promise<string> {
  const ldd = await sh('ldd', [src.exe]);
  const m = new RegExp(`lib${src.ld}-c\\.so => (\\S+)`).exec(ldd);
  if (!m) throw new Error(`${src.exe} does not link lib${src.ld}-c.so:\n${ldd}`);
  return m[1];
}

async function inputsHash(src: SourcePypy): Promise<string> {
  const h = createHash('sha256');
  h.update(await fs.readFile(fileURLToPath(import.meta.url)));
  h.update(JSON.stringify(src));
  const st = await fs.stat(src.exe);
  h.update(`${st.size}:${st.mtimeMs}`);
  return h.digest('hex').slice(0, 16);
}

async function readManifest(dir: string): Promise<PypyFixture | undefined> {
  try {
    const m = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Omit<
      PypyFixture,
      'path'
    > & { size: number };
    const file = path.join(dir, m.assetName);
    if ((await fs.stat(file)).size !== m.size) return undefined;
    return {
      version: m.version,
      pypyVersion: m.pypyVersion,
      assetName: m.assetName,
      sha256: m.sha256,
      path: file,
    };
  } catch {
    return undefined;
  }
}

async function pack(src: SourcePypy, out: string): Promise<void> {
  const top = `${src.ld}-v${src.pypyVersion}-linux64`;
  const stage = path.join(out, 'stage');
  const root = path.join(stage, top);
  await fs.mkdir(path.join(root, 'bin'), { recursive: true });
  await fs.mkdir(path.join(root, 'lib'));
  await fs.mkdir(path.join(root, 'include'));
  const exe = path.join(root, 'bin', src.ld);
  await fs.copyFile(src.exe, exe);
  await fs.chmod(exe, 0o755);
  await fs.copyFile(await libpypy(src), path.join(root, 'bin', `lib${src.ld}-c.so`));
  await sh('patchelf', ['--set-rpath', '$ORIGIN', exe]);
  for (const link of [
    'pypy3',
    'pypy',
    'python',
    'python3',
    `python${src.version.split('.').slice(0, 2).join('.')}`,
  ])
    await fs.symlink(src.ld, path.join(root, 'bin', link));
  // the stdlib without bytecode (PyPy compiles on first import) and without Debian's marker
  await sh('sh', [
    '-c',
    'tar -C "$1" -cf - --exclude=__pycache__ --exclude=EXTERNALLY-MANAGED "$2" | tar -C "$3" -xf -',
    'sh',
    path.dirname(src.stdlib),
    path.basename(src.stdlib),
    path.join(root, 'lib'),
  ]);
  await sh('cp', ['-a', src.include, path.join(root, 'include', src.ld)]);
  const assetName = `${top}.tar.gz`;
  const file = path.join(out, assetName);
  await sh('sh', [
    '-c',
    'tar -C "$1" --sort=name --owner=0 --group=0 --numeric-owner -cf - "$2" | gzip -6 > "$3"',
    'sh',
    stage,
    top,
    file,
  ]);
  await fs.rm(stage, { recursive: true, force: true });
  const manifest = {
    version: src.version,
    pypyVersion: src.pypyVersion,
    assetName,
    sha256: await sha256File(file),
    size: (await fs.stat(file)).size,
  };
  await fs.writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

/** The machine's PyPy as a PyPy release archive (built once per input hash). */
export async function buildPypyFixture(): Promise<PypyFixture> {
  const src = await probePypy();
  const dir = path.join(cacheDir, 'pypy', await inputsHash(src));
  return buildCached(dir, readManifest, (tmp) => pack(src, tmp));
}

/** Where the world serves PyPy releases (`<baseUrl>/pypy/pypy/releases/download/<release>/<asset>`). */
export const PYPY_REPO = 'pypy/pypy';

export interface ServedPypy {
  pypy: PypyFixture;
  /** uv's key of the row, e.g. `pypy-3.9.16-linux-x86_64-gnu`. */
  key: string;
  url: string;
  /** A downloads file in uv's download-metadata.json format naming it (what a user mirroring PyPy writes). */
  downloadsJson: string;
}

/**
 * Serves the machine's PyPy from the world and writes `<dir>/python-downloads.json` naming it, as a user
 * mirroring PyPy would (the bundled catalogue has no row for Debian's PyPy release).
 */
export async function servePypy(world: World, dir: string): Promise<ServedPypy> {
  const pypy = await buildPypyFixture();
  world.server.addAsset(PYPY_REPO, pypy.pypyVersion, pypy.assetName, pypy.path);
  const url = `${world.baseUrl}/${PYPY_REPO}/releases/download/${pypy.pypyVersion}/${pypy.assetName}`;
  await fs.mkdir(dir, { recursive: true });
  const downloadsJson = await writeUvDownloadsJson(path.join(dir, 'python-downloads.json'), {
    name: 'pypy',
    version: pypy.version,
    build: pypy.pypyVersion,
    url,
    sha256: pypy.sha256,
  });
  const key = uvDownloadsKey('pypy', pypy.version);
  return { pypy, key, url, downloadsJson };
}
