/**
 * Installing into one interpreter through uv: specs, requirements files, a project (pyproject.toml) and
 * a setup's whole package plan in one resolution. Every spec is validated before it reaches uv, and every
 * argument goes to uv as its own argv entry (no shell).
 */
import path from 'node:path';
import { PackageInstallationError, RequirementsFileError } from '../errors.js';
import { isFile } from '../fs.js';
import type { UvResult } from '../uv/uv.js';
import { uvErrorText } from './parse.js';
import { parsePackageSpec, validateExtraName } from './spec.js';
import { installError, toResult, uvPip, type InstallOptions, type PackageTarget } from './target.js';
import type { CommandResult } from './types.js';

export interface PyprojectInstallOptions extends InstallOptions {
  editable?: boolean;
  extras?: string[];
  allExtras?: boolean;
  /** PEP 735 dependency groups (`--group pyproject.toml:<name>`). */
  groups?: string[];
}

/** What `installPlan` installs together (the setup plan's package step). */
export interface InstallPlan {
  packages?: string[];
  requirements?: string[];
  constraints?: string[];
  pyproject?: string;
  editable?: boolean;
  extras?: string[];
  allExtras?: boolean;
  groups?: string[];
}

type ProjectOptions = Pick<PyprojectInstallOptions, 'editable' | 'extras' | 'allExtras' | 'groups'>;

interface ProjectArgs {
  dir: string;
  target: string;
  options: string[];
  positional: string[];
}

/** Validated, trimmed specs; an invalid one throws InvalidPackageSpecificationError. */
export function checkedSpecs(specs: string[]): string[] {
  return specs.map((s) => parsePackageSpec(s) && s.trim());
}

export async function installSpecs(
  t: PackageTarget,
  spec: string | string[],
  o: InstallOptions,
): Promise<CommandResult> {
  const specs = checkedSpecs([spec].flat());
  if (!specs.length)
    throw new PackageInstallationError('Nothing to install: no package given.', { requested: '' });
  const r = await uvPip(t, ['install', ...(await installFlags(t, o)), '--', ...specs], o);
  if (r.exitCode !== 0) throw installError(specs.join(' '), r);
  return toResult(r);
}

export async function installRequirements(
  t: PackageTarget,
  file: string,
  o: InstallOptions,
): Promise<CommandResult> {
  const abs = path.resolve(file);
  if (!(await isFile(abs))) {
    throw new RequirementsFileError(`Requirements file not found: ${abs}.`, {
      requested: abs,
      packageSpecification: abs,
    });
  }
  const r = await uvPip(t, ['install', ...(await installFlags(t, o)), `--requirements=${abs}`], o);
  if (r.exitCode !== 0) throw requirementsError(abs, r);
  return toResult(r);
}

export async function installPyproject(
  t: PackageTarget,
  projectPath: string,
  o: PyprojectInstallOptions,
): Promise<CommandResult> {
  const p = await pyprojectArgs(projectPath, o);
  const args = ['install', ...(await installFlags(t, o)), ...p.options, '--', ...p.positional];
  const r = await uvPip(t, args, { ...o, cwd: p.dir });
  if (r.exitCode !== 0) throw installError(p.target, r);
  return toResult(r);
}

/**
 * Everything a setup asks for in ONE resolution. Relative paths are taken from `o.cwd`. A failure names
 * the requirements file when uv blames one (RequirementsFileError), else PackageInstallationError.
 */
export async function installPlan(
  t: PackageTarget,
  plan: InstallPlan,
  o: InstallOptions & { cwd?: string },
): Promise<CommandResult> {
  const cwd = path.resolve(o.cwd ?? process.cwd());
  const specs = checkedSpecs(plan.packages ?? []);
  const files = await requirementFiles(cwd, plan.requirements ?? []);
  const constraints = [...[o.constraints ?? []].flat(), ...(plan.constraints ?? [])].map((c) =>
    path.resolve(cwd, c),
  );
  const project = plan.pyproject ? await pyprojectArgs(path.resolve(cwd, plan.pyproject), plan) : undefined;
  if (!files.length && !specs.length && !project) {
    throw new PackageInstallationError('Nothing to install: no requirements, project or package given.', {});
  }
  const args = ['install', ...(await installFlags(t, { ...o, constraints }))];
  for (const f of files) args.push(`--requirements=${f}`);
  if (project) args.push(...project.options);
  args.push('--', ...(project?.positional ?? []), ...specs);
  const r = await uvPip(t, args, { ...o, cwd });
  if (r.exitCode === 0) return toResult(r);
  const text = uvErrorText(r.stderr, r.stdout);
  // uv names the file as given or relative to cwd (`bad.txt:2:1`)
  const blamed = files.find((f) => text.includes(f) || text.includes(path.relative(cwd, f)));
  if (blamed) throw requirementsError(blamed, r);
  throw installError([...files, ...(project ? [project.target] : []), ...specs].join(' '), r);
}

async function requirementFiles(cwd: string, files: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const f of files) {
    const abs = path.resolve(cwd, f);
    if (!(await isFile(abs)))
      throw new RequirementsFileError(`Requirements file not found: ${abs}.`, { requested: abs });
    out.push(abs);
  }
  return out;
}

function requirementsError(file: string, r: UvResult): RequirementsFileError {
  return new RequirementsFileError(`Installing ${file} failed: ${uvErrorText(r.stderr, r.stdout)}`, {
    requested: file,
    packageSpecification: file,
    installationOutput: r.stderr,
    exitCode: r.exitCode,
    hint: 'Fix the reported line of the requirements file; nothing was installed.',
  });
}

/** uv arguments for a project install; options first, positional (after `--`) separately. */
async function pyprojectArgs(projectPath: string, o: ProjectOptions): Promise<ProjectArgs> {
  let dir = path.resolve(projectPath);
  if (await isFile(dir)) dir = path.dirname(dir);
  const pyproject = path.join(dir, 'pyproject.toml');
  const hasPyproject = await isFile(pyproject);
  if (!hasPyproject && !(await hasLegacyProject(dir))) {
    throw new PackageInstallationError(`No pyproject.toml (or setup.py) in ${dir}.`, {
      requested: projectPath,
      hint: 'Point at the project directory or its pyproject.toml.',
    });
  }
  const extras = (o.extras ?? []).map((e) => validateExtraName('extra', e));
  const groups = (o.groups ?? []).map((g) => validateExtraName('group', g));
  if (groups.length && !hasPyproject) {
    throw new PackageInstallationError('Dependency groups need a pyproject.toml.', {
      requested: groups.join(','),
    });
  }
  // An absolute path: never mistaken for an option or a package name.
  const target = `${dir}${extras.length ? `[${extras.join(',')}]` : ''}`;
  const options: string[] = [];
  if (o.allExtras) options.push(`--requirements=${pyproject}`, '--all-extras');
  for (const g of groups) options.push(`--group=${pyproject}:${g}`);
  if (o.editable) options.push(`--editable=${target}`);
  return { dir, target, options, positional: o.editable ? [] : [target] };
}

async function hasLegacyProject(dir: string): Promise<boolean> {
  return (await isFile(path.join(dir, 'setup.py'))) || (await isFile(path.join(dir, 'setup.cfg')));
}

/** Index, upgrade/reinstall/no-deps and constraints flags; a missing constraints file throws first. */
async function installFlags(t: PackageTarget, o: InstallOptions): Promise<string[]> {
  const flags = t.config.indexArgs(o);
  if (o.upgrade) flags.push('--upgrade');
  if (o.reinstall) flags.push('--reinstall');
  if (o.noDeps) flags.push('--no-deps');
  for (const c of [o.constraints ?? []].flat()) {
    const abs = path.resolve(c);
    if (!(await isFile(abs)))
      throw new RequirementsFileError(`Constraints file not found: ${abs}.`, { requested: abs });
    flags.push(`--constraints=${abs}`);
  }
  return flags;
}
