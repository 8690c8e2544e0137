// Shared setup of the uv / venvs / packages tests (not a test file): the test world, the real PBS-layout
// CPython extracted into a scratch "instance" dir, and a Uv bound to the world's index with a temp cache.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { extractArchive } from '../src/core/install/extract.js';
import { Uv } from '../src/core/uv/uv.js';
import { startWorld, uvBin, type World } from '../test-world/index.js';

export interface Harness {
  world: World;
  scratch: string;
  /** A directory laid out like an instance: `<dir>/python/bin/python3.11`, venvs go to `<dir>/venvs`. */
  instance: { dir: string; pythonPath: string };
  uv: Uv;
  close(): Promise<void>;
}

/** Extracts the world's CPython (install_only_stripped tar.gz) into `<dir>/python`. */
export async function extractFixture(world: World, dir: string): Promise<string> {
  const a =
    world.fixture.archives.find((x) => x.flavor === 'install_only_stripped' && x.format === 'tar.gz') ??
    world.fixture.archives[0];
  await extractArchive(a.path, dir);
  const [major, minor] = world.fixture.version.split('.');
  return path.join(dir, 'python', 'bin', `python${major}.${minor}`);
}

export async function startHarness(prefix: string): Promise<Harness> {
  const world = await startWorld();
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), `pyembed-${prefix}-`));
  const dir = path.join(scratch, 'instance');
  const pythonPath = await extractFixture(world, dir);
  const uv = new Uv({ path: uvBin(), cacheDir: path.join(scratch, 'uv-cache'), indexUrl: world.indexUrl });
  return {
    world,
    scratch,
    instance: { dir, pythonPath },
    uv,
    async close() {
      await world.close();
      await fs.rm(scratch, { recursive: true, force: true });
    },
  };
}

/** A tiny in-tree PEP 517/660 build backend, so projects build with no backend package on the index. */
export const BACKEND_PY = String.raw`
import base64, hashlib, os, zipfile, tomllib

def _meta():
    with open("pyproject.toml", "rb") as f:
        p = tomllib.load(f)["project"]
    return p

def _dist(p):
    return p["name"].replace("-", "_")

def _metadata(p):
    lines = ["Metadata-Version: 2.1", "Name: " + p["name"], "Version: " + p["version"]]
    if p.get("description"):
        lines.append("Summary: " + p["description"])
    for r in p.get("dependencies", []):
        lines.append("Requires-Dist: " + r)
    for extra, reqs in p.get("optional-dependencies", {}).items():
        lines.append("Provides-Extra: " + extra)
        for r in reqs:
            lines.append("Requires-Dist: %s ; extra == \"%s\"" % (r, extra))
    return "\n".join(lines) + "\n"

def _write(directory, files, editable):
    p = _meta()
    dist = "%s-%s" % (_dist(p), p["version"])
    name = dist + "-py3-none-any.whl"
    info = dist + ".dist-info/"
    files = dict(files)
    files[info + "METADATA"] = _metadata(p)
    files[info + "WHEEL"] = "Wheel-Version: 1.0\nGenerator: test-backend\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    scripts = p.get("scripts", {})
    if scripts:
        files[info + "entry_points.txt"] = "[console_scripts]\n" + "".join("%s = %s\n" % kv for kv in scripts.items())
    record = []
    with zipfile.ZipFile(os.path.join(directory, name), "w") as z:
        for arc, text in files.items():
            data = text.encode() if isinstance(text, str) else text
            z.writestr(arc, data)
            h = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.append("%s,sha256=%s,%d" % (arc, h, len(data)))
        record.append(info + "RECORD,,")
        z.writestr(info + "RECORD", "\n".join(record) + "\n")
    return name

def _sources():
    pkg = _dist(_meta())
    out = {}
    for root, _dirs, names in os.walk(pkg):
        for n in names:
            if n.endswith(".py"):
                full = os.path.join(root, n)
                with open(full, "rb") as f:
                    out[full.replace(os.sep, "/")] = f.read()
    return out

def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    return _write(wheel_directory, _sources(), False)

def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    p = _meta()
    return _write(wheel_directory, {"__editable__." + _dist(p) + ".pth": os.path.abspath(".") + "\n"}, True)

def build_sdist(sdist_directory, config_settings=None):
    raise NotImplementedError

def get_requires_for_build_wheel(config_settings=None):
    return []

def get_requires_for_build_editable(config_settings=None):
    return []
`;

/** Writes a project `<dir>` using the in-tree backend; returns its directory. */
export async function writeProject(
  dir: string,
  o: {
    name: string;
    version?: string;
    dependencies?: string[];
    extras?: Record<string, string[]>;
    groups?: Record<string, string[]>;
    code?: string;
    scripts?: Record<string, string>;
  },
): Promise<string> {
  const pkg = o.name.replace(/-/g, '_');
  await fs.mkdir(path.join(dir, pkg), { recursive: true });
  const list = (xs: string[] = []) => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  const table = (t: Record<string, string[]> = {}) =>
    Object.entries(t)
      .map(([k, v]) => `${k} = ${list(v)}\n`)
      .join('');
  const toml =
    `[build-system]\nrequires = []\nbuild-backend = "backend"\nbackend-path = ["."]\n\n` +
    `[project]\nname = "${o.name}"\nversion = "${o.version ?? '0.1.0'}"\ndescription = "test project ${o.name}"\n` +
    `dependencies = ${list(o.dependencies)}\n\n` +
    `[project.optional-dependencies]\n${table(o.extras)}\n` +
    `[project.scripts]\n${Object.entries(o.scripts ?? {})
      .map(([k, v]) => `${k} = "${v}"\n`)
      .join('')}\n` +
    `[dependency-groups]\n${table(o.groups)}`;
  await fs.writeFile(path.join(dir, 'pyproject.toml'), toml);
  await fs.writeFile(path.join(dir, 'backend.py'), BACKEND_PY);
  await fs.writeFile(path.join(dir, pkg, '__init__.py'), o.code ?? 'VALUE = 1\n');
  return dir;
}
