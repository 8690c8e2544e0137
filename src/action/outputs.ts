import * as core from '@actions/core';
import path from 'node:path';
import type { ActionResult } from './result.js';

/** Step outputs (names shared with setup-python/setup-uv where they overlap). */
export function setOutputs(r: ActionResult): void {
  core.setOutput('python-version', r.python.version);
  core.setOutput('python-path', r.venv?.pythonPath ?? r.python.pythonPath);
  core.setOutput('python-build', r.python.build);
  core.setOutput('python-cache-hit', r.python.cacheHit);
  core.setOutput('uv-version', r.uv.version);
  core.setOutput('uv-path', r.uv.path);
  core.setOutput('venv-path', r.venv?.path ?? '');
  core.setOutput('cache-hit', r.uvCache.hit);
  core.setOutput('export-path', r.exportPath ?? '');
  core.setOutput('diagnose-report', r.diagnose?.reportPath ?? '');
}

/**
 * Like setup-python + setup-uv: the venv's bin first on PATH, VIRTUAL_ENV, pythonLocation (and the CMake /
 * pkg-config hints setup-python sets), UV_PYTHON so `uv` uses this interpreter, UV_CACHE_DIR for the cache.
 */
export function updateEnvironment(r: ActionResult): void {
  const pyDir = r.python.pythonDir;
  core.exportVariable('pythonLocation', pyDir);
  core.exportVariable('Python_ROOT_DIR', pyDir);
  core.exportVariable('Python3_ROOT_DIR', pyDir);
  if (process.platform !== 'win32') {
    // first, once: a second use of the action must not stack duplicates
    const pc = path.join(pyDir, 'lib', 'pkgconfig');
    const rest = (process.env.PKG_CONFIG_PATH ?? '').split(path.delimiter).filter((p) => p && p !== pc);
    core.exportVariable('PKG_CONFIG_PATH', [pc, ...rest].join(path.delimiter));
  }
  if (r.uvCache.dir) core.exportVariable('UV_CACHE_DIR', r.uvCache.dir);
  core.addPath(path.dirname(r.uv.path));
  if (r.venv) {
    core.exportVariable('VIRTUAL_ENV', r.venv.path);
    core.exportVariable('UV_PYTHON', r.venv.pythonPath);
    core.addPath(r.venv.binDir);
  } else {
    core.exportVariable('UV_PYTHON', r.python.pythonPath);
    core.addPath(path.dirname(r.python.pythonPath));
  }
}
