import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DiagnoseCheck, InstanceTarget, VenvTarget } from './types.js';
import { runText } from './uv.js';

/** Asks an interpreter who it is; optional stdlib extensions that are missing are listed, not fatal. */
const PROBE = [
  'import json, sys, importlib',
  'missing = []',
  "for m in ('ssl', 'zlib', 'sqlite3', 'ctypes', 'lzma', 'bz2'):",
  '    try: importlib.import_module(m)',
  '    except Exception: missing.append(m)',
  "print(json.dumps({'version': '%d.%d.%d' % sys.version_info[:3], 'prefix': sys.prefix, 'base': sys.base_prefix, 'missing': missing}))",
].join('\n');

interface ProbeResult {
  version: string;
  prefix: string;
  base: string;
  missing: string[];
}

async function probe(python: string, timeoutMs: number): Promise<ProbeResult | string> {
  const env = { ...process.env };
  // the probe must see the interpreter as installed, not as the caller's environment bends it
  delete env.PYTHONHOME;
  delete env.PYTHONPATH;
  const r = await runText(python, ['-I', '-c', PROBE], timeoutMs, env);
  if (!r.ok) return r.err || 'exited with an error';
  try {
    return JSON.parse(r.out) as ProbeResult;
  } catch {
    return `unexpected output: ${r.out.slice(0, 200)}`;
  }
}

const exeRel = process.platform === 'win32' ? ['python.exe'] : ['bin', 'python3'];
const venvExeRel = process.platform === 'win32' ? ['Scripts', 'python.exe'] : ['bin', 'python'];

async function isFile(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => undefined))?.isFile() ?? false;
}

/** Instances laid out as `<root>/cpython-<...>/` holding `python/`, `venvs/<name>/`, `instance.json` (the library layout). */
export async function findInstances(root: string): Promise<InstanceTarget[]> {
  let names: string[];
  try {
    names = (await fs.readdir(root, { withFileTypes: true }))
      .filter((d) => d.isDirectory() && /^(c?python|pypy|graalpy)-/.test(d.name))
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
  const out: InstanceTarget[] = [];
  for (const name of names) {
    const dir = path.join(root, name);
    const venvs: VenvTarget[] = [];
    try {
      for (const d of await fs.readdir(path.join(dir, 'venvs'), { withFileTypes: true })) {
        // .pyembed (the venv manager's metadata), .tmp-* and any directory without a pyvenv.cfg are not venvs
        const p = path.join(dir, 'venvs', d.name);
        if (d.isDirectory() && !d.name.startsWith('.') && (await isFile(path.join(p, 'pyvenv.cfg'))))
          venvs.push({ name: d.name, path: p });
      }
      venvs.sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      // no venvs yet
    }
    out.push({ key: name, pythonPath: path.join(dir, 'python', ...exeRel), venvs });
  }
  return out;
}

export async function instanceCheck(inst: InstanceTarget, timeoutMs = 20_000): Promise<DiagnoseCheck> {
  const base = { group: 'instances' as const, name: inst.key };
  try {
    await fs.access(inst.pythonPath);
  } catch {
    return {
      ...base,
      status: 'fail',
      detail: `interpreter missing at ${inst.pythonPath}; reinstall the instance.`,
      data: { pythonPath: inst.pythonPath },
    };
  }
  const r = await probe(inst.pythonPath, timeoutMs);
  if (typeof r === 'string') {
    return {
      ...base,
      status: 'fail',
      detail: `interpreter does not run: ${r}`,
      data: { pythonPath: inst.pythonPath },
    };
  }
  const data = { pythonPath: inst.pythonPath, version: r.version, missingModules: r.missing };
  // the key names a version (cpython-3.12.5-...); a different interpreter inside means a broken install
  const keyVersion = /-(\d+\.\d+\.\d+)(?:[a-z]+\d+)?(?:[+-]|$)/.exec(inst.key)?.[1];
  if (keyVersion && keyVersion !== r.version) {
    return {
      ...base,
      status: 'fail',
      detail: `contains Python ${r.version}, expected ${keyVersion}; reinstall it.`,
      data,
    };
  }
  if (r.missing.length) {
    return {
      ...base,
      status: 'warn',
      detail: `Python ${r.version} runs; missing modules: ${r.missing.join(', ')}`,
      data,
    };
  }
  return { ...base, status: 'ok', detail: `Python ${r.version} runs`, data };
}

/**
 * A uv venv is healthy when pyvenv.cfg names an existing home, its python runs and its prefix is the venv
 * itself. pip is NOT required (uv venvs have none unless seeded) — the mistake of the .NET health check.
 */
export async function venvCheck(owner: string, venv: VenvTarget, timeoutMs = 20_000): Promise<DiagnoseCheck> {
  const base = { group: 'venvs' as const, name: `${owner}/${venv.name}` };
  let cfg: string;
  try {
    cfg = await fs.readFile(path.join(venv.path, 'pyvenv.cfg'), 'utf8');
  } catch {
    return {
      ...base,
      status: 'fail',
      detail: `no pyvenv.cfg in ${venv.path}; recreate the venv.`,
      data: { path: venv.path },
    };
  }
  const home = /^home\s*=\s*(.+)$/m.exec(cfg)?.[1]?.trim();
  const uvVersion = /^uv\s*=\s*(.+)$/m.exec(cfg)?.[1]?.trim();
  if (!home) {
    return {
      ...base,
      status: 'fail',
      detail: 'pyvenv.cfg has no home; recreate the venv.',
      data: { path: venv.path },
    };
  }
  try {
    await fs.access(home);
  } catch {
    return {
      ...base,
      status: 'fail',
      detail: `pyvenv.cfg points at ${home}, which does not exist (moved or copied without fix-up); recreate or re-import the venv.`,
      data: { path: venv.path, home },
    };
  }
  const py = path.join(venv.path, ...venvExeRel);
  const r = await probe(py, timeoutMs);
  if (typeof r === 'string') {
    return {
      ...base,
      status: 'fail',
      detail: `venv python does not run: ${r}`,
      data: { path: venv.path, home },
    };
  }
  const [prefix, want] = await Promise.all([
    fs.realpath(r.prefix).catch(() => r.prefix),
    fs.realpath(venv.path),
  ]);
  const data = { path: venv.path, home, version: r.version, uv: uvVersion };
  if (prefix !== want) {
    return {
      ...base,
      status: 'fail',
      detail: `venv python reports prefix ${r.prefix}, not ${venv.path}; recreate the venv.`,
      data,
    };
  }
  return {
    ...base,
    status: 'ok',
    detail: `Python ${r.version}${uvVersion ? `, created by uv ${uvVersion}` : ''}`,
    data,
  };
}
