import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { pythonVersionFileInput, uvVersionInput, venvInput, withAliases } from './aliases.js';
import { readCacheInputs, type CacheInputs } from './cache-inputs.js';
import { checkPeerInputs } from './peer-inputs.js';

/** `diagnose` input: off, report only, or report and fail the step on a failed check. */
export type DiagnoseMode = 'off' | 'on' | 'strict';

/** Every action input, parsed once and typed. Empty strings are `undefined`; paths are absolute. */
export interface ActionInputs {
  pythonVersion?: string;
  pythonVersionFile?: string;
  build?: string;
  /** Architecture asked for (`x64`, `arm64`, `x86_64`, ...) as given; undefined = the runner's. */
  architecture?: string;
  freethreaded: boolean;
  checkLatest: boolean;
  mirror?: string;
  /** uv's download-metadata.json format: builds (a mirrored PyPy...) consulted before the catalogue. */
  pythonDownloadsJsonUrl?: string;
  pbsRepo?: string;
  /** Masked as soon as it is read; sent only to GitHub hosts. `token` (setup-python) is its alias. */
  githubToken?: string;
  /** `uv-version`, setup-uv's `version`, or read from setup-uv's `version-file`. */
  uvVersion?: string;
  uvDownloadUrl?: string;
  indexUrl?: string;
  extraIndexUrls: string[];
  offline: boolean;
  /** Absolute venv directory; false = no venv (`venv: false`, setup-uv's `activate-environment: false`). */
  venv: string | false;
  requirements: string[];
  constraints: string[];
  pyproject?: string;
  /** undefined: uv's default (a locked project editable, a fresh install not). */
  editable?: boolean;
  extras: string[];
  /** The cache inputs and their setup-python / setup-uv aliases (cache-inputs.ts). */
  caching: CacheInputs;
  /** Register the Python traceback problem matcher. */
  addProblemMatchers: boolean;
  /** Absolute path of an archive written by `export` to import instead of installing. */
  import?: string;
  // uv projects
  /** auto | frozen | ignore (checked by planSetup). */
  lock?: string;
  groups: string[];
  allGroups: boolean;
  noDefaultGroups: boolean;
  allExtras: boolean;
  workspacePackage?: string;
  /** pip in the venv: `seed`, or implied by setup-python's `cache: pip|pipenv|poetry` when seed is not given. */
  seed: boolean;
  updateEnvironment: boolean;
  /** Absolute path of the archive to write. */
  export?: string;
  diagnose: DiagnoseMode;
  /** setup-python's: false (default) = a spec naming no prerelease never resolves to one; true = uv's fallback. */
  allowPrereleases: boolean;
  /** setup-uv's: absolute `UV_TOOL_DIR` / `UV_TOOL_BIN_DIR` to export. */
  toolDir?: string;
  toolBinDir?: string;
  /** setup-python's `pip-version`: that pip in the venv (installed as `pip==<version>`). */
  pipVersion?: string;
  /** setup-uv's `checksum`: the sha256 the uv archive must have. */
  uvChecksum?: string;
  /** One log line per peer input given that has no meaning here (peer-inputs.ts). */
  peerNotes: string[];
  /** Absolute working directory; relative paths of other inputs are resolved against it. */
  workingDirectory: string;
}

export type GetInput = (name: string) => string;

/** Reads `INPUT_<NAME>` the way the runner sets it (spaces to `_`, upper case), trimmed. */
export const envInput =
  (env: NodeJS.ProcessEnv = process.env): GetInput =>
  (name) =>
    (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

export function invalid(name: string, value: string, why: string, hint: string): ConfigurationError {
  return new ConfigurationError(`Invalid value for input "${name}": ${why}.`, {
    key: name,
    source: `input ${name}`,
    requested: value,
    hint,
  });
}

export function bool(get: GetInput, name: string, dflt: boolean): boolean {
  const v = get(name);
  if (v === '') return dflt;
  // YAML 1.2 core booleans, as @actions/core accepts them
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw invalid(name, v, `"${v}" is not a boolean`, `Use true or false.`);
}

/** One item per line or comma (paths and globs rarely hold commas; spaces are kept). */
export function list(get: GetInput, name: string): string[] {
  return get(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

export const opt = (get: GetInput, name: string): string | undefined => get(name) || undefined;

/**
 * `seed` as given; when not given, on with setup-python's `cache: pip|pipenv|poetry` (those users run
 * `pip install` next, and a uv venv has no pip) unless there is no venv to put it in.
 */
function seedInput(get: GetInput, caching: CacheInputs, venv: string | false): boolean {
  if (get('seed') !== '') return bool(get, 'seed', false);
  return caching.packageManager !== undefined && venv !== false;
}

/** setup-python's `pip-version`: an exact pip release (`24.3.1`, `25.0`). */
function pipVersionInput(get: GetInput): string | undefined {
  const v = opt(get, 'pip-version');
  if (v === undefined || /^\d+(\.\d+)*$/.test(v)) return v;
  throw invalid('pip-version', v, `"${v}" is not a pip release`, 'Use an exact pip version such as 24.3.1.');
}

/** `diagnose`: true, false (any case GitHub writes booleans in) or strict. */
function diagnoseInput(get: GetInput): DiagnoseMode {
  const diagnoseRaw = get('diagnose') || 'false';
  const diagnose: DiagnoseMode | undefined = ['true', 'True', 'TRUE'].includes(diagnoseRaw)
    ? 'on'
    : ['false', 'False', 'FALSE'].includes(diagnoseRaw)
      ? 'off'
      : diagnoseRaw.toLowerCase() === 'strict'
        ? 'strict'
        : undefined;
  if (!diagnose) {
    throw invalid(
      'diagnose',
      diagnoseRaw,
      `"${diagnoseRaw}" is not true, false or strict`,
      'Use true, false or strict.',
    );
  }
  return diagnose;
}

/** `build`: a PBS release tag (its date), or empty for the newest. */
function buildInput(get: GetInput): string | undefined {
  const build = opt(get, 'build');
  if (build !== undefined && !/^\d{8}$/.test(build)) {
    throw invalid(
      'build',
      build,
      `"${build}" is not a PBS build date`,
      'Use a release tag like 20250814, or leave it empty for the newest.',
    );
  }
  return build;
}

export function readInputs(given: GetInput = envInput(), env: NodeJS.ProcessEnv = process.env): ActionInputs {
  // the peers' input names (aliases.ts) answer for ours; those with no meaning here are refused or noted
  const peerNotes = checkPeerInputs(given);
  const get = withAliases(given);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = path.resolve(workspace, get('working-directory') || '.');
  const abs = (p: string) => path.resolve(workingDirectory, p);
  const absOpt = (name: string) => {
    const v = opt(get, name);
    return v === undefined ? undefined : abs(v);
  };

  const caching = readCacheInputs(get);
  const venv = venvInput(given, abs);
  return {
    pythonVersion: opt(get, 'python-version'),
    pythonVersionFile: pythonVersionFileInput(given, abs),
    build: buildInput(get),
    architecture: opt(get, 'architecture'),
    freethreaded: bool(get, 'freethreaded', false),
    checkLatest: bool(get, 'check-latest', false),
    mirror: opt(get, 'mirror'),
    pythonDownloadsJsonUrl: opt(get, 'python-downloads-json-url'),
    pbsRepo: opt(get, 'pbs-repo'),
    githubToken: opt(get, 'github-token'),
    uvVersion: uvVersionInput(given, abs),
    uvDownloadUrl: opt(get, 'uv-download-url'),
    indexUrl: opt(get, 'index-url'),
    extraIndexUrls: list(get, 'extra-index-url'),
    offline: bool(get, 'offline', false),
    venv,
    requirements: list(get, 'requirements').map(abs),
    constraints: list(get, 'constraints').map(abs),
    pyproject: absOpt('pyproject'),
    editable: get('editable') === '' ? undefined : bool(get, 'editable', false),
    extras: get('extras')
      .split(/[\s,]+/)
      .filter(Boolean),
    caching,
    addProblemMatchers: bool(get, 'add-problem-matchers', true),
    import: absOpt('import'),
    // uv projects
    lock: opt(get, 'lock'),
    groups: get('groups')
      .split(/[\s,]+/)
      .filter(Boolean),
    allGroups: bool(get, 'all-groups', false),
    noDefaultGroups: bool(get, 'no-default-groups', false),
    allExtras: bool(get, 'all-extras', false),
    workspacePackage: opt(get, 'workspace-package'),
    seed: seedInput(get, caching, venv),
    updateEnvironment: bool(get, 'update-environment', true),
    export: absOpt('export'),
    diagnose: diagnoseInput(get),
    allowPrereleases: bool(get, 'allow-prereleases', false),
    toolDir: absOpt('tool-dir'),
    toolBinDir: absOpt('tool-bin-dir'),
    uvChecksum: opt(get, 'checksum'),
    pipVersion: pipVersionInput(get),
    peerNotes,
    workingDirectory,
  };
}
