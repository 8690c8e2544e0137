// Builds PBS-layout archives (install_only / install_only_stripped, .tar.gz / .tar.zst) from the machine's
// own CPython, following python-build-standalone's convert_to_install_only rules, cached by input hash under
// .cache/world/pbs/<hash>/ with a manifest.json.
//
// Limits: extension modules still link the distro's shared libssl/libsqlite3/...,
// so the tree is relocatable to any path on this machine, not portable to another distro; no pip inside.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCached } from './cached-build.js';
import { catalogueRows } from './catalogue.js';
import { cacheDir } from './paths.js';
import { sh } from './sh.js';
import type { ArchiveFlavor, ArchiveFormat, PbsFixture, PbsFixtureArchive } from './types.js';

const TRIPLE = 'x86_64-unknown-linux-gnu';
const FALLBACK_BUILD = '20240107';
const pbsCacheDir = path.join(cacheDir, 'pbs');

interface SourcePython {
  prefix: string; // sys.base_prefix: the real installation, never a venv
  version: string; // '3.11.7'
  ld: string; // 'python3.11'
}

interface Manifest {
  inputsHash: string;
  version: string;
  build: string;
  key: string;
  archives: (Omit<PbsFixtureArchive, 'path'> & { file: string; size: number })[];
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file)
      .on('data', (b) => h.update(b))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')));
  });
}

async function probePython(): Promise<SourcePython> {
  const out = await sh('python3', [
    '-I',
    '-c',
    'import sys,json;v=sys.version_info;print(json.dumps({"prefix":sys.base_prefix,' +
      '"version":"%d.%d.%d"%v[:3],"ld":"python%d.%d"%v[:2]}))',
  ]);
  return JSON.parse(out) as SourcePython;
}

/** The catalogue's build tag for `version` on linux x86_64 gnu (newest, if several). */
export function catalogueBuildFor(version: string): string {
  const key = `cpython-${version}-linux-x86_64-gnu`;
  const builds = catalogueRows()
    .filter((r) => r.key === key)
    .map((r) => r.build)
    .sort();
  // A machine CPython the catalogue does not know still gets a fixture, under the era's naming.
  return builds.at(-1) ?? FALLBACK_BUILD;
}

async function inputsHash(src: SourcePython, build: string): Promise<string> {
  const h = createHash('sha256');
  // The recipe itself is an input: editing this file rebuilds the fixture.
  h.update(await fs.readFile(fileURLToPath(import.meta.url)));
  h.update(JSON.stringify({ src, build }));
  for (const f of [`bin/${src.ld}`, `lib/lib${src.ld}.so.1.0`, `lib/${src.ld}/os.py`]) {
    const st = await fs.stat(path.join(src.prefix, f));
    h.update(`${f}:${st.size}:${st.mtimeMs}`);
  }
  return h.digest('hex').slice(0, 16);
}

export function assetName(
  version: string,
  build: string,
  flavor: ArchiveFlavor,
  format: ArchiveFormat,
): string {
  return `cpython-${version}+${build}-${TRIPLE}-${flavor}.${format}`;
}

async function readManifest(dir: string): Promise<PbsFixture | undefined> {
  let m: Manifest;
  try {
    m = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
  for (const a of m.archives) {
    const st = await fs.stat(path.join(dir, a.file)).catch(() => undefined);
    if (st?.size !== a.size) return undefined; // missing or cut short: rebuild
  }
  const archives = m.archives.map(({ file, size: _size, ...a }) => ({ ...a, path: path.join(dir, file) }));
  return { version: m.version, build: m.build, key: m.key, archives };
}

/** The stdlib filter of PBS's convert_to_install_only, plus: no site-packages content, no .pth files. */
function stdlibExcludes(ld: string): string[] {
  const ex = [
    `${ld}/site-packages/*`,
    '*.pth',
    'libpython*.a',
    `${ld}/test`,
    `${ld}/ctypes/test`,
    `${ld}/distutils/tests`,
    `${ld}/idlelib/idle_test`,
    `${ld}/lib2to3/tests`,
    `${ld}/tkinter/test`,
    `${ld}/unittest/test`,
    ...[
      '_ctypes_test',
      '_testbuffer',
      '_testcapi',
      '_testimportmultiple',
      '_testinternalcapi',
      '_testmultiphase',
      '_testclinic',
      '_testsinglephase',
      '_xxtestfuzz',
    ].map((m) => `${ld}/lib-dynload/${m}.*`),
  ];
  return ex.map((e) => `--exclude=${e}`);
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

/** Rewrites the source prefix baked into text files (sysconfigdata, Makefile, *.pc) to PBS's `/install`. */
async function rewritePrefix(root: string, from: string): Promise<string[]> {
  const changed: string[] = [];
  for await (const f of walk(root)) {
    if (/\.(so(\.[\d.]+)?|pyc|a|o)$/.test(f)) continue;
    const buf = await fs.readFile(f);
    if (buf.includes(0) || !buf.includes(from)) continue; // binaries keep their compiled-in prefix (grep -I)
    await fs.writeFile(f, buf.toString('utf8').split(from).join('/install'));
    changed.push(f);
  }
  return changed;
}

async function stage(src: SourcePython, stageDir: string): Promise<string> {
  const R = path.join(stageDir, 'python');
  const { ld, prefix } = src;
  await fs.mkdir(path.join(R, 'bin'), { recursive: true });
  await fs.mkdir(path.join(R, 'lib'), { recursive: true });
  await fs.mkdir(path.join(R, 'include'), { recursive: true });
  await sh('cp', ['-a', path.join(prefix, 'bin', ld), path.join(R, 'bin')]);
  await fs.symlink(ld, path.join(R, 'bin', 'python3'));
  await fs.symlink(ld, path.join(R, 'bin', 'python'));
  const libs = (await fs.readdir(path.join(prefix, 'lib')))
    .filter((n) => n.startsWith(`lib${ld}.so`) || n === 'libpython3.so' || n === 'pkgconfig')
    .map((n) => path.join(prefix, 'lib', n));
  await sh('cp', ['-a', ...libs, path.join(R, 'lib')]);
  await sh('cp', ['-a', path.join(prefix, 'include', ld), path.join(R, 'include')]);
  // Keep mtimes (tar): every .pyc embeds its source's mtime and would be stale otherwise.
  await sh('bash', [
    '-o',
    'pipefail',
    '-c',
    'src=$1; dst=$2; shift 2; tar -C "$src" -cf - "$@" | tar -C "$dst" -xf -',
    'bash',
    path.join(prefix, 'lib'),
    path.join(R, 'lib'),
    ...stdlibExcludes(ld),
    ld,
  ]);
  // Relocatable like PBS (--force-rpath => DT_RPATH on the executable).
  await sh('patchelf', ['--force-rpath', '--set-rpath', '$ORIGIN/../lib', path.join(R, 'bin', ld)]);
  await sh('patchelf', ['--set-rpath', '$ORIGIN', path.join(R, 'lib', 'libpython3.so')]);
  await sh('patchelf', ['--remove-rpath', path.join(R, 'lib', `lib${ld}.so.1.0`)]);
  const dynload = path.join(R, 'lib', ld, 'lib-dynload');
  const exts = (await fs.readdir(dynload)).filter((n) => n.endsWith('.so')).map((n) => path.join(dynload, n));
  for (const e of exts) await sh('patchelf', ['--remove-rpath', e]);
  const changed = await rewritePrefix(path.join(R, 'lib'), prefix);
  const sysconfigdata = changed.filter((f) => /_sysconfigdata_.*\.py$/.test(f));
  if (sysconfigdata.length > 0) {
    await sh(path.join(R, 'bin', ld), [
      '-I',
      '-m',
      'compileall',
      '-q',
      '-o',
      '0',
      '-o',
      '1',
      '-o',
      '2',
      ...sysconfigdata,
    ]);
  }
  for await (const f of walk(R)) {
    if (f.endsWith('.pth')) throw new Error(`fixture leak: ${f}`);
  }
  if ((await fs.readdir(path.join(R, 'lib', ld, 'site-packages'))).length > 0) {
    throw new Error('fixture leak: site-packages is not empty');
  }
  return R;
}

/** PBS `_stripped`: llvm-strip --strip-debug on every ELF (here: binutils strip). */
async function stripDebug(R: string, ld: string): Promise<void> {
  const elves: string[] = [path.join(R, 'bin', ld)];
  for await (const f of walk(R)) if (/\.so(\.[\d.]+)?$/.test(f)) elves.push(f);
  await sh('strip', ['--strip-debug', ...elves]);
}

async function pack(stageDir: string, outBase: string): Promise<void> {
  const tarFile = `${outBase}.tar`;
  await sh('tar', [
    '-cf',
    tarFile,
    '--sort=name',
    '--owner=0',
    '--group=0',
    '--numeric-owner',
    '-C',
    stageDir,
    'python',
  ]);
  // zstd -10 rather than -19: fixture build speed matters more than 2 MB.
  await Promise.all([
    sh('gzip', ['-6', '-c', tarFile], { stdoutFile: `${outBase}.tar.gz` }),
    sh('zstd', ['-q', '-10', '-T0', '-f', tarFile, '-o', `${outBase}.tar.zst`]),
  ]);
  await fs.rm(tarFile);
}

async function build(src: SourcePython, buildTag: string, hash: string, tmp: string): Promise<void> {
  const stageDir = path.join(tmp, 'stage');
  const R = await stage(src, stageDir);
  const manifest: Manifest = {
    inputsHash: hash,
    version: src.version,
    build: buildTag,
    key: `cpython-${src.version}-linux-x86_64-gnu`,
    archives: [],
  };
  for (const flavor of ['install_only', 'install_only_stripped'] as const) {
    if (flavor === 'install_only_stripped') await stripDebug(R, src.ld);
    const base = path.join(tmp, `cpython-${src.version}+${buildTag}-${TRIPLE}-${flavor}`);
    await pack(stageDir, base);
    for (const format of ['tar.gz', 'tar.zst'] as const) {
      const file = `${path.basename(base)}.${format}`;
      const full = path.join(tmp, file);
      manifest.archives.push({
        assetName: assetName(src.version, buildTag, flavor, format),
        file,
        sha256: await sha256File(full),
        size: (await fs.stat(full)).size,
        format,
        flavor,
      });
    }
  }
  await fs.rm(stageDir, { recursive: true, force: true });
  await fs.writeFile(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

/** Each fixture is ~95 MB: drop the builds of older inputs (an edited recipe, another machine CPython). */
async function pruneOtherBuilds(current: string): Promise<void> {
  for (const n of await fs.readdir(pbsCacheDir)) {
    if (n !== current && /^[0-9a-f]{16}$/.test(n))
      await fs.rm(path.join(pbsCacheDir, n), { recursive: true, force: true });
  }
}

let pending: Promise<PbsFixture> | undefined;

/** The machine's CPython as PBS archives; built once per input hash, then read from the cache. */
export function buildPbsFixture(): Promise<PbsFixture> {
  pending ??= (async () => {
    const src = await probePython();
    const buildTag = catalogueBuildFor(src.version);
    const hash = await inputsHash(src, buildTag);
    const fixture = await buildCached(path.join(pbsCacheDir, hash), readManifest, (tmp) =>
      build(src, buildTag, hash, tmp),
    );
    await pruneOtherBuilds(hash);
    return fixture;
  })();
  pending.catch(() => (pending = undefined));
  return pending;
}
