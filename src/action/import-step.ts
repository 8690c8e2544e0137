import * as core from '@actions/core';
import { fs } from '../core/async-fs.js';
import path from 'node:path';
import type { PythonEmbeddedOptions } from '../core/config/index.js';
import { ConfigurationError } from '../core/errors.js';
import { venvBinDir, venvPython } from '../core/venvs/layout.js';
import type { ActionInputs } from './inputs.js';
import { actionsLogger } from './logger.js';
import { execFileAsync } from '../core/builtins.js';
import { exportVariable, setOutput } from './file-commands.js';

/** What an import put on disk: the installation and the venv the later steps use (if the archive has one). */
export interface ImportResult {
  version: string;
  build: string;
  key: string;
  pythonDir: string;
  pythonPath: string;
  /** Undefined with `venv: false`. */
  venv?: { path: string; binDir: string; pythonPath: string };
}

/** Inputs that need uv or the network; with `import` nothing is installed, so they would be ignored silently. */
const NOT_WITH_IMPORT: [keyof ActionInputs, string][] = [
  ['requirements', 'requirements'],
  ['constraints', 'constraints'],
  ['pyproject', 'pyproject'],
  ['export', 'export'],
];

/** Refuses inputs that cannot apply to an import, before any work. */
export function checkImportInputs(inputs: ActionInputs): void {
  for (const [field, name] of NOT_WITH_IMPORT) {
    const v = inputs[field];
    if (Array.isArray(v) ? v.length : v) {
      throw new ConfigurationError(`Input "${name}" cannot be used with "import".`, {
        key: name,
        source: `input ${name}`,
        requested: `import=${inputs.import}, ${name}=${String(v)}`,
        hint: 'An import restores an exported Python and its venvs as they were, with no network: install packages before exporting, or drop "import".',
      });
    }
  }
}

/** The archive's venv for the `venv` input: the one named like it, else the only one when `venv` is the default. */
async function pickVenv(venvsDir: string, wanted: string, isDefault: boolean): Promise<string | undefined> {
  const names = (await fs.readdir(venvsDir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  if (names.includes(wanted)) return path.join(venvsDir, wanted);
  if (isDefault && names.length === 1) return path.join(venvsDir, names[0]);
  return undefined;
}

/**
 * A venv at `dir` made by the imported interpreter's own `venv` module: no uv and no network. It holds no
 * packages: only venvs kept inside the installation travel in the archive.
 */
async function stdlibVenv(python: string, dir: string): Promise<string> {
  if (await fs.stat(venvPython(dir)).catch(() => undefined)) return dir;
  core.info(`The archive holds no venv named ${path.basename(dir)}: creating an empty one at ${dir}`);
  await execFileAsync(python, ['-m', 'venv', '--without-pip', dir]);
  return dir;
}

/** The archive's venv matching the `venv` input, else an empty one made at that path. */
async function importedVenv(
  inst: { venvsDir: string; pythonPath: string },
  wanted: string,
): Promise<NonNullable<ImportResult['venv']>> {
  const archived = await pickVenv(inst.venvsDir, path.basename(wanted), wanted.endsWith(`${path.sep}.venv`));
  const dir = archived ?? (await stdlibVenv(inst.pythonPath, wanted));
  return { path: dir, binDir: venvBinDir(dir), pythonPath: venvPython(dir) };
}

/**
 * `import`: an archive written by `export` (e.g. handed over with actions/download-artifact) becomes this job's
 * Python and venvs, with no network and no uv: the library's import extracts it under the root, relocates its
 * venvs and probes the interpreter.
 */
export async function runImport(inputs: ActionInputs, options: PythonEmbeddedOptions): Promise<ImportResult> {
  const archive = inputs.import!;
  if (!(await fs.stat(archive).catch(() => undefined))?.isFile()) {
    throw new ConfigurationError(`Input "import": ${archive} is not a file.`, {
      key: 'import',
      source: 'input import',
      requested: archive,
      hint: 'Point it at the archive written by export (download the artifact first, e.g. with actions/download-artifact).',
    });
  }
  core.info(`Importing ${archive} (no network)`);
  // the archive code is loaded only for an import
  const { PythonManager } = await import('../core/instances/index.js');
  const manager = new PythonManager({ root: options.root, logger: actionsLogger });
  const inst = await manager.importInstance(archive, { overwrite: true });
  const venv = inputs.venv === false ? undefined : await importedVenv(inst, inputs.venv);
  core.info(
    `Imported Python ${inst.version} (${inst.key}) at ${inst.pythonDir}${venv ? `; venv ${venv.path}` : ''}`,
  );
  return {
    version: inst.version,
    build: inst.build,
    key: inst.buildKey,
    pythonDir: inst.pythonDir,
    pythonPath: inst.pythonPath,
    venv,
  };
}

/** Outputs and environment of an import, under the same names as a setup's (no uv, no cache). */
export function reportImport(r: ImportResult, updateEnvironment: boolean): void {
  setOutput('python-version', r.version);
  setOutput('python-path', r.venv?.pythonPath ?? r.pythonPath);
  setOutput('python-build', r.build);
  setOutput('python-cache-hit', true);
  setOutput('venv-path', r.venv?.path ?? '');
  setOutput('cache-hit', false);
  if (!updateEnvironment) return;
  exportVariable('pythonLocation', r.pythonDir);
  exportVariable('Python_ROOT_DIR', r.pythonDir);
  exportVariable('Python3_ROOT_DIR', r.pythonDir);
  core.addPath(path.dirname(r.pythonPath));
  exportVariable('UV_PYTHON', r.venv?.pythonPath ?? r.pythonPath);
  if (r.venv) {
    exportVariable('VIRTUAL_ENV', r.venv.path);
    core.addPath(r.venv.binDir);
  }
}
