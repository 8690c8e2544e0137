/**
 * A uv project with a lock (`uv.lock`): which lock decides the install, and every choice about it (groups,
 * extras, workspace member, editable) checked against the project and the lock before any download.
 */
import { fs } from '../async-fs.js';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { ConfigurationError, RequirementsFileError } from '../errors.js';
import { isFile } from '../fs.js';
import { validateExtraName } from './spec.js';

/** `auto`: use a uv.lock when there is one; `frozen`: use it unchecked; `ignore`: resolve afresh. */
export type LockMode = 'auto' | 'frozen' | 'ignore';
export const LOCK_MODES: readonly LockMode[] = ['auto', 'frozen', 'ignore'];

/** What the project options ask for (the setup options of the same names). */
export interface ProjectRequest {
  lock?: string;
  groups?: string[];
  allGroups?: boolean;
  noDefaultGroups?: boolean;
  extras?: string[];
  allExtras?: boolean;
  workspacePackage?: string;
  /** undefined = editable (uv's default for a project). */
  editable?: boolean;
}

/** A locked install: `uv sync --locked` (or `--frozen`) of `dir` into the chosen venv. */
export interface ProjectPlan {
  /** Where uv sync runs: the project (or workspace member) directory. */
  dir: string;
  lockFile: string;
  /** `locked`: refuse a lock that no longer matches pyproject.toml; `frozen`: install it unchecked. */
  mode: 'locked' | 'frozen';
  /** No `[build-system]`: only the dependencies are installed. */
  virtual: boolean;
  groups: string[];
  allGroups: boolean;
  noDefaultGroups: boolean;
  extras: string[];
  allExtras: boolean;
  workspacePackage?: string;
  editable: boolean;
}

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The lock mode asked for, or a ConfigurationError naming the accepted ones. */
export function checkLockMode(value: string | undefined): LockMode {
  const mode = (value ?? 'auto').trim() || 'auto';
  if ((LOCK_MODES as readonly string[]).includes(mode)) return mode as LockMode;
  throw new ConfigurationError(
    `lock must be one of ${LOCK_MODES.join(', ')}, not ${JSON.stringify(value)}.`,
    {
      key: 'lock',
      requested: value,
      available: [...LOCK_MODES],
      hint: 'auto installs uv.lock when the project has one, frozen installs it unchecked, ignore resolves afresh.',
    },
  );
}

/** Reads a TOML file; a file that is not TOML is a RequirementsFileError naming it. */
async function readToml(file: string, key: string, hint: string): Promise<Table> {
  const text = await fs.readFile(file, 'utf8');
  try {
    return parseToml(text) as Table;
  } catch (e) {
    const why = (e as Error).message.split('\n')[0];
    throw new RequirementsFileError(`${file} is not valid TOML: ${why}`, { key, requested: file, hint });
  }
}

/** The project's own uv.lock, or the one of the nearest workspace root above it (`[tool.uv.workspace]`). */
async function findLock(dir: string): Promise<string | undefined> {
  if (await isFile(path.join(dir, 'uv.lock'))) return path.join(dir, 'uv.lock');
  for (let d = path.dirname(dir); path.dirname(d) !== d; d = path.dirname(d)) {
    const text = await fs.readFile(path.join(d, 'pyproject.toml'), 'utf8').catch(() => '');
    if (/^\s*\[tool\.uv\.workspace\]/m.test(text)) {
      return (await isFile(path.join(d, 'uv.lock'))) ? path.join(d, 'uv.lock') : undefined;
    }
  }
  return undefined;
}

/**
 * The locked install for the pyproject at `projectPath`, or undefined for a fresh resolution (`lock: ignore`,
 * or no uv.lock with `auto`). Refuses, before any work: a lock that is not TOML, a group or workspace
 * member that does not exist, extras the project does not declare, and an index-url the lock was not made
 * against (uv installs a lock only from the indexes it records).
 */
export async function planProject(
  projectPath: string,
  request: ProjectRequest,
  indexes: { indexUrl?: string; extraIndexUrls?: string[] },
): Promise<ProjectPlan | undefined> {
  const mode = checkLockMode(request.lock);
  const dir = (await isFile(projectPath)) ? path.dirname(projectPath) : projectPath;
  const pyprojectFile = path.join(dir, 'pyproject.toml');
  if (mode === 'ignore' || !(await isFile(pyprojectFile))) return undefined;
  const lockFile = await findLock(dir);
  if (!lockFile) {
    if (mode === 'frozen') {
      throw new ConfigurationError(`lock: frozen installs uv.lock, but there is none at or above ${dir}.`, {
        key: 'lock',
        requested: dir,
        hint: 'Create it with `uv lock` and commit it, or use lock: auto.',
      });
    }
    return undefined;
  }
  const relock = `Re-lock with \`uv lock\` in ${path.dirname(lockFile)} and commit uv.lock, or use lock: ignore.`;
  const lock = await readToml(lockFile, 'lock', relock);
  const pyproject = await readToml(pyprojectFile, 'pyproject', 'Fix the TOML syntax of pyproject.toml.');
  const member = request.workspacePackage
    ? await memberProject(lock, path.dirname(lockFile), request.workspacePackage)
    : pyproject;
  checkIndexes(lock, lockFile, indexes);
  const groups = checkGroups(member, request.groups ?? []);
  const extras = checkExtras(member, request.extras ?? []);
  return {
    dir,
    lockFile,
    mode: mode === 'frozen' ? 'frozen' : 'locked',
    virtual: !isTable(member['build-system']),
    groups,
    allGroups: Boolean(request.allGroups),
    noDefaultGroups: Boolean(request.noDefaultGroups),
    extras,
    allExtras: Boolean(request.allExtras),
    workspacePackage: request.workspacePackage,
    editable: request.editable !== false,
  };
}

/** Groups for a fresh resolution (no lock): each must be declared by the pyproject (when it has one). */
export async function checkProjectGroups(projectPath: string, groups: string[]): Promise<void> {
  const dir = (await isFile(projectPath)) ? path.dirname(projectPath) : projectPath;
  const file = path.join(dir, 'pyproject.toml');
  if (!groups.length || !(await isFile(file))) return;
  checkGroups(await readToml(file, 'pyproject', 'Fix the TOML syntax of pyproject.toml.'), groups);
}

const normalize = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

/** The pyproject of a workspace member named in the lock (`[[package]]` with a local source). */
async function memberProject(lock: Table, root: string, name: string): Promise<Table> {
  const packages = Array.isArray(lock.package) ? (lock.package as Table[]) : [];
  const local = packages.filter((p) => {
    const source = isTable(p.source) ? p.source : {};
    return 'editable' in source || 'virtual' in source || 'directory' in source;
  });
  const found = local.find((p) => normalize(String(p.name)) === normalize(name));
  if (!found) {
    throw new ConfigurationError(
      `workspace-package ${JSON.stringify(name)} is not a member of the workspace.`,
      {
        key: 'workspace-package',
        requested: name,
        available: local.map((p) => String(p.name)),
        hint: 'Name one of the workspace members (as in uv sync --package).',
      },
    );
  }
  const source = found.source as Table;
  const rel = String(source.editable ?? source.virtual ?? source.directory);
  const file = path.join(root, rel, 'pyproject.toml');
  return readToml(file, 'pyproject', 'Fix the TOML syntax of the member pyproject.toml.');
}

/** The project's groups: `[dependency-groups]` plus uv's legacy `dev-dependencies` (the `dev` group). */
function knownGroups(project: Table): string[] {
  const groups = isTable(project['dependency-groups']) ? Object.keys(project['dependency-groups']) : [];
  const uv = isTable(project.tool) && isTable(project.tool.uv) ? project.tool.uv : {};
  if (Array.isArray(uv['dev-dependencies']) && !groups.map(normalize).includes('dev')) groups.push('dev');
  return groups;
}

function checkGroups(project: Table, groups: string[]): string[] {
  const known = knownGroups(project);
  for (const g of groups) {
    validateExtraName('group', g);
    if (!known.map(normalize).includes(normalize(g))) {
      throw new ConfigurationError(`The project has no dependency group ${JSON.stringify(g)}.`, {
        key: 'groups',
        requested: g,
        available: known,
        hint: known.length
          ? `Use one of: ${known.join(', ')} (declared under [dependency-groups] in pyproject.toml).`
          : 'The project declares no [dependency-groups] in pyproject.toml.',
      });
    }
  }
  return groups;
}

function checkExtras(project: Table, extras: string[]): string[] {
  const p = isTable(project.project) ? project.project : {};
  const known = isTable(p['optional-dependencies']) ? Object.keys(p['optional-dependencies']) : [];
  for (const e of extras) {
    validateExtraName('extra', e);
    if (!known.map(normalize).includes(normalize(e))) {
      throw new ConfigurationError(`The project has no extra ${JSON.stringify(e)}.`, {
        key: 'extras',
        requested: e,
        available: known,
        hint: 'Use an extra declared under [project.optional-dependencies] in pyproject.toml.',
      });
    }
  }
  return extras;
}

/**
 * uv records each package's index URL in the lock, character for character, and `uv sync` refuses (locked)
 * or bypasses (frozen) any other index: with an explicit index-url, every registry of the lock must be one
 * of the configured indexes.
 */
function checkIndexes(
  lock: Table,
  lockFile: string,
  o: { indexUrl?: string; extraIndexUrls?: string[] },
): void {
  if (!o.indexUrl) return;
  const configured = [o.indexUrl, ...(o.extraIndexUrls ?? [])];
  const packages = Array.isArray(lock.package) ? (lock.package as Table[]) : [];
  const registries = new Set(
    packages
      .map((p) => (isTable(p.source) ? p.source.registry : undefined))
      .filter((r) => typeof r === 'string'),
  ) as Set<string>;
  const foreign = [...registries].filter((r) => !configured.includes(r));
  if (!foreign.length) return;
  throw new ConfigurationError(
    `${lockFile} was made against ${foreign.join(', ')}, but index-url is ${o.indexUrl}: uv installs a lock only from the indexes it records.`,
    {
      key: 'index-url',
      requested: o.indexUrl,
      available: [...registries],
      hint: `Re-lock against the mirror (\`uv lock --default-index ${o.indexUrl}\`) and commit uv.lock, set index-url to the lock's index, or use lock: ignore.`,
    },
  );
}
