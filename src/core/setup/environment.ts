import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  ConfigurationError,
  PackageInstallationError,
  RequirementsFileError,
  VirtualEnvironmentNotFoundError,
} from '../errors.js';
import type { Logger } from '../log.js';
import type { Uv } from '../uv/uv.js';

const isWin = process.platform === 'win32';

export function venvBinDir(venv: string): string {
  return path.join(venv, isWin ? 'Scripts' : 'bin');
}

export function venvPython(venv: string): string {
  return path.join(venvBinDir(venv), isWin ? 'python.exe' : 'python');
}

/** `home = ...` of pyvenv.cfg: the interpreter directory the venv was made from. */
async function venvHome(venv: string): Promise<string | undefined> {
  try {
    const cfg = await fs.readFile(path.join(venv, 'pyvenv.cfg'), 'utf8');
    return /^home\s*=\s*(.+)$/m.exec(cfg)?.[1].trim();
  } catch {
    return undefined;
  }
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

/**
 * Creates the venv with `uv venv --python <interpreter>`, or reuses one made from the same interpreter
 * (a rerun of setup must not throw away installed packages). A venv of another interpreter is recreated.
 */
export async function ensureVenv(
  uv: Uv,
  pythonPath: string,
  dir: string,
  o: { seed?: boolean; logger: Logger; signal?: AbortSignal },
): Promise<{ created: boolean }> {
  const home = await venvHome(dir);
  if (
    home &&
    path.resolve(home) === path.dirname(path.resolve(pythonPath)) &&
    (await exists(venvPython(dir)))
  ) {
    o.logger.info(`Reusing venv ${dir}`);
    return { created: false };
  }
  if (!home && (await exists(dir)) && (await fs.readdir(dir)).length > 0) {
    throw new ConfigurationError(
      `${dir} exists and is not a virtual environment; refusing to overwrite it.`,
      {
        key: 'venv',
        requested: dir,
        hint: 'Choose another venv path, or delete the directory.',
      },
    );
  }
  const args = ['venv', '--python', pythonPath, '--clear', '--no-project'];
  if (o.seed) args.push('--seed');
  args.push(dir);
  const r = await uv.run(args, { signal: o.signal });
  if (r.exitCode !== 0) {
    throw new VirtualEnvironmentNotFoundError(`uv venv failed for ${dir}: ${tail(r.stderr)}`, {
      requested: dir,
      hint: 'See the uv output above; check that the interpreter runs.',
    });
  }
  o.logger.info(`Created venv ${dir}`);
  return { created: true };
}

export interface PackagePlan {
  requirements?: string[];
  constraints?: string[];
  pyproject?: string;
  editable?: boolean;
  extras?: string[];
  packages?: string[];
}

/** True when the plan installs anything at all. */
export function hasPackages(p: PackagePlan): boolean {
  return Boolean(p.requirements?.length || p.pyproject || p.packages?.length);
}

/** `uv pip install` of requirements, constraints, a pyproject (editable, extras) and extra specifiers. */
export async function installPackages(
  uv: Uv,
  python: string,
  plan: PackagePlan,
  o: { cwd: string; logger: Logger; signal?: AbortSignal },
): Promise<{ requested: number }> {
  const args = ['pip', 'install', '--python', python];
  for (const f of plan.requirements ?? []) {
    const file = path.resolve(o.cwd, f);
    if (!(await exists(file))) {
      throw new RequirementsFileError(`Requirements file ${file} does not exist.`, {
        requested: file,
        hint: 'Check the requirements path (relative paths are resolved against the working directory).',
      });
    }
    args.push('-r', file);
  }
  for (const f of plan.constraints ?? []) {
    const file = path.resolve(o.cwd, f);
    if (!(await exists(file))) {
      throw new RequirementsFileError(`Constraints file ${file} does not exist.`, { requested: file });
    }
    args.push('-c', file);
  }
  if (plan.pyproject) {
    let dir = path.resolve(o.cwd, plan.pyproject);
    if (path.basename(dir) === 'pyproject.toml') dir = path.dirname(dir);
    if (!(await exists(path.join(dir, 'pyproject.toml')))) {
      throw new RequirementsFileError(`No pyproject.toml in ${dir}.`, { requested: dir });
    }
    const target = plan.extras?.length ? `${dir}[${plan.extras.join(',')}]` : dir;
    if (plan.editable) args.push('-e', target);
    else args.push(target);
  }
  // `--` would end options; specifiers never start with '-' once validated by uv, but keep them last
  for (const p of plan.packages ?? []) args.push(p);
  args.push(...uv.indexArgs());
  o.logger.info(`Installing packages: uv ${args.slice(0, 2).join(' ')} ...`);
  const r = await uv.run(args, { cwd: o.cwd, signal: o.signal });
  if (r.exitCode !== 0) {
    const detail = tail(r.stderr || r.stdout);
    const Err = /requirements? file|No such file/i.test(detail)
      ? RequirementsFileError
      : PackageInstallationError;
    throw new Err(`Package installation failed: ${detail}`, {
      requested: args.slice(4).join(' '),
      hint: "See uv's message; check package names, versions and the index URL.",
    });
  }
  return {
    requested: (plan.requirements?.length ?? 0) + (plan.pyproject ? 1 : 0) + (plan.packages?.length ?? 0),
  };
}

/** Names of the distributions installed in an environment (`uv pip list --format json`). */
export async function listInstalled(uv: Uv, python: string, signal?: AbortSignal): Promise<string[]> {
  const r = await uv.run(['pip', 'list', '--python', python, '--format', 'json'], { signal });
  if (r.exitCode !== 0) return [];
  try {
    return (JSON.parse(r.stdout) as { name: string }[]).map((p) => p.name);
  } catch {
    return [];
  }
}

function tail(text: string, lines = 12): string {
  return text.trim().split(/\r?\n/).slice(-lines).join('\n');
}
