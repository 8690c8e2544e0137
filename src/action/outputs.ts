import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isWindowsHost } from '../core/host.js';
import { interpreterPathEntries } from '../core/install/python-layout.js';
import type { ActionInputs } from './inputs.js';
import type { ActionResult } from './result.js';
import { exportVariable, setOutput } from './file-commands.js';

/** uvx ships beside uv in every uv release; empty when the uv used (a given uv-path) has none. */
export function uvxPath(uvPath: string): string {
  const uvx = path.join(path.dirname(uvPath), process.platform === 'win32' ? 'uvx.exe' : 'uvx');
  return existsSync(uvx) ? uvx : '';
}

/** Step outputs: ours, plus setup-python's and setup-uv's names where theirs differ (`venv`, `uvx-path`). */
export function setOutputs(r: ActionResult): void {
  setOutput('python-version', r.python.label);
  setOutput('python-versions', JSON.stringify(r.pythons.map((p) => p.label)));
  setOutput('python-path', r.venv?.pythonPath ?? r.python.pythonPath);
  setOutput('python-build', r.python.build);
  setOutput('python-cache-hit', r.python.cacheHit);
  setOutput('uv-version', r.uv.version);
  setOutput('uv-path', r.uv.path);
  setOutput('uvx-path', uvxPath(r.uv.path));
  setOutput('venv-path', r.venv?.path ?? '');
  setOutput('venv', r.venv?.path ?? '');
  setOutput('cache-hit', r.uvCache.hit);
  setOutput('cache-key', r.uvCache.key ?? '');
  setOutput('export-path', r.exportPath ?? '');
  setOutput('lock-used', Boolean(r.packages?.lock));
  setOutput('diagnose-report', r.diagnose?.reportPath ?? '');
}

/** Where `uv tool install` puts executables when UV_TOOL_BIN_DIR is not set (uv's own rule). */
function defaultToolBinDir(env: NodeJS.ProcessEnv): string {
  if (env.XDG_BIN_HOME) return env.XDG_BIN_HOME;
  if (env.XDG_DATA_HOME) return path.join(env.XDG_DATA_HOME, '..', 'bin');
  return path.join(env.HOME || os.homedir(), '.local', 'bin');
}

/** setup-python's variables: the installation for pythonLocation, CMake's FindPython and pkg-config. */
function exportPythonLocation(pyDir: string, env: NodeJS.ProcessEnv): void {
  exportVariable('pythonLocation', pyDir);
  exportVariable('Python_ROOT_DIR', pyDir);
  exportVariable('Python3_ROOT_DIR', pyDir);
  if (!isWindowsHost()) {
    // first, once: a second use of the action must not stack duplicates
    const pc = path.join(pyDir, 'lib', 'pkgconfig');
    const rest = (env.PKG_CONFIG_PATH ?? '').split(path.delimiter).filter((p) => p && p !== pc);
    exportVariable('PKG_CONFIG_PATH', [pc, ...rest].join(path.delimiter));
  }
}

/**
 * Like setup-python + setup-uv: the venv's bin first on PATH and VIRTUAL_ENV (only when there is a venv),
 * pythonLocation and the CMake / pkg-config hints, UV_PYTHON naming the interpreter set up here,
 * UV_CACHE_DIR, UV_TOOL_DIR / UV_TOOL_BIN_DIR. UV_NO_MODIFY_PATH keeps uv's and the tools' directories off
 * PATH, as setup-uv does; Python's still goes on it (that is what this step is for).
 */
export function updateEnvironment(
  r: ActionResult,
  inputs: Pick<ActionInputs, 'toolDir' | 'toolBinDir'>,
  env: NodeJS.ProcessEnv = process.env,
): void {
  exportPythonLocation(r.python.pythonDir, env);
  if (r.uvCache.dir) exportVariable('UV_CACHE_DIR', r.uvCache.dir);
  // the other Pythons behind the default (addPath prepends), each reachable as pythonX.Y like setup-python's
  for (const other of r.pythons.slice(0, -1)) core.addPath(path.dirname(other.pythonPath));
  if (inputs.toolDir) exportVariable('UV_TOOL_DIR', inputs.toolDir);
  if (inputs.toolBinDir) exportVariable('UV_TOOL_BIN_DIR', inputs.toolBinDir);
  if (env.UV_NO_MODIFY_PATH !== undefined) {
    core.info('UV_NO_MODIFY_PATH is set: uv and its tool directory are not put on PATH.');
  } else {
    core.addPath(inputs.toolBinDir ?? defaultToolBinDir(env));
    core.addPath(path.dirname(r.uv.path));
  }
  if (r.venv) {
    exportVariable('VIRTUAL_ENV', r.venv.path);
    exportVariable('UV_PYTHON', r.venv.pythonPath);
    core.addPath(r.venv.binDir);
  } else {
    exportVariable('UV_PYTHON', r.python.pythonPath);
    // addPath prepends: the interpreter's own directory goes last so it ends up first
    for (const dir of interpreterPathEntries(r.python.pythonPath).reverse()) core.addPath(dir);
  }
}
