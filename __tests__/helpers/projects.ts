// uv projects for the projects-* tests: pyproject files written here, locks made by the pinned uv against the
// running world's index (the lock records its URL, port included, so a lock is made per world).
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { uvBin } from '../../test-world/index.js';

const run = promisify(execFile);

export interface ProjectFiles {
  name: string;
  dependencies?: string[];
  extras?: Record<string, string[]>;
  groups?: Record<string, string[]>;
  /** Packaged (in-tree build backend, see uv-harness BACKEND_PY) or virtual (no [build-system]). */
  packaged?: boolean;
  /** Extra TOML appended to pyproject.toml (e.g. `[tool.uv.workspace]`). */
  tail?: string;
}

const list = (xs: string[] = []) => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
const table = (t: Record<string, string[]> = {}) =>
  Object.entries(t)
    .map(([k, v]) => `${k} = ${list(v)}\n`)
    .join('');

/** Writes `<dir>/pyproject.toml` (and the package, when packaged); returns dir. */
export async function writeUvProject(dir: string, p: ProjectFiles, backendPy?: string): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  let toml = '';
  if (p.packaged) {
    toml += `[build-system]\nrequires = []\nbuild-backend = "backend"\nbackend-path = ["."]\n\n`;
    const pkg = p.name.replace(/-/g, '_');
    await fs.mkdir(path.join(dir, pkg), { recursive: true });
    await fs.writeFile(path.join(dir, pkg, '__init__.py'), 'VALUE = 1\n');
    if (backendPy) await fs.writeFile(path.join(dir, 'backend.py'), backendPy);
  }
  toml += `[project]\nname = "${p.name}"\nversion = "0.1.0"\nrequires-python = ">=3.11"\n`;
  toml += `dependencies = ${list(p.dependencies)}\n\n`;
  toml += `[project.optional-dependencies]\n${table(p.extras)}\n[dependency-groups]\n${table(p.groups)}\n`;
  await fs.writeFile(path.join(dir, 'pyproject.toml'), toml + (p.tail ?? ''));
  return dir;
}

/** `uv lock` in dir against the index (user config ignored); extra args e.g. `-P six==1.15.0`. */
export async function lockProject(
  dir: string,
  indexUrl: string,
  python: string,
  ...args: string[]
): Promise<string> {
  const env = {
    ...process.env,
    UV_NO_CONFIG: '1',
    UV_PYTHON_DOWNLOADS: 'never',
    UV_CACHE_DIR: path.join(dir, '..', '.lock-cache'),
  };
  await run(uvBin(), ['lock', `--default-index=${indexUrl}`, `--python=${python}`, ...args], {
    cwd: dir,
    env,
  });
  return path.join(dir, 'uv.lock');
}

/** `{name: version}` of what the venv's python can import, read by the venv's python itself. */
export async function versionsIn(
  venvPython: string,
  names: string[],
): Promise<Record<string, string | null>> {
  const code =
    'import json, sys\nfrom importlib.metadata import version, PackageNotFoundError\n' +
    'def v(n):\n  try: return version(n)\n  except PackageNotFoundError: return None\n' +
    'print(json.dumps({n: v(n) for n in sys.argv[1:]}))';
  const r = await run(venvPython, ['-c', code, ...names]);
  return JSON.parse(r.stdout) as Record<string, string | null>;
}
