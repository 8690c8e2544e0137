import { fs } from '../async-fs.js';
import path from 'node:path';
import { PythonInstallationError } from '../errors.js';
import { exists, isFile } from '../fs.js';
import { probeInterpreter, type PythonProbe } from '../python/probe.js';
import { readPyvenvCfg } from '../venvs/layout.js';
import type { DiagnoseCheck, InstanceTarget, VenvTarget } from './types.js';

/** Optional stdlib extensions: an instance without them runs, but is reported as degraded. */
const OPTIONAL_MODULES = ['ssl', 'zlib', 'sqlite3', 'ctypes', 'lzma', 'bz2'];

/** The probe's answer, or why the interpreter gave none (for a check's detail). */
async function probe(python: string, timeoutMs: number): Promise<PythonProbe | string> {
  return probeInterpreter(python, { timeoutMs, modules: OPTIONAL_MODULES }).catch((e: unknown) =>
    e instanceof PythonInstallationError && typeof e.details.reason === 'string'
      ? e.details.reason
      : (e as Error).message,
  );
}

const exeRel = process.platform === 'win32' ? ['python.exe'] : ['bin', 'python3'];
const venvExeRel = process.platform === 'win32' ? ['Scripts', 'python.exe'] : ['bin', 'python'];

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
  if (!(await exists(inst.pythonPath))) {
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
  const data = { pythonPath: inst.pythonPath, version: r.version, missingModules: r.missingModules };
  // the key names a version (cpython-3.12.5-...); a different interpreter inside means a broken install
  const keyVersion = /-(\d+\.\d+\.\d+)(?:[a-z]+\d+)?(?:[+-]|$)/.exec(inst.key)?.[1];
  if (keyVersion && keyVersion !== r.versionInfo.slice(0, 3).join('.')) {
    return {
      ...base,
      status: 'fail',
      detail: `contains Python ${r.version}, expected ${keyVersion}; reinstall it.`,
      data,
    };
  }
  if (r.missingModules.length) {
    return {
      ...base,
      status: 'warn',
      detail: `Python ${r.version} runs; missing modules: ${r.missingModules.join(', ')}`,
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
  const cfg = await readPyvenvCfg(venv.path);
  if (!cfg) {
    return {
      ...base,
      status: 'fail',
      detail: `no pyvenv.cfg in ${venv.path}; recreate the venv.`,
      data: { path: venv.path },
    };
  }
  const home = cfg.home || undefined;
  const uvVersion = cfg.uv || undefined;
  if (!home) {
    return {
      ...base,
      status: 'fail',
      detail: 'pyvenv.cfg has no home; recreate the venv.',
      data: { path: venv.path },
    };
  }
  if (!(await exists(home))) {
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
