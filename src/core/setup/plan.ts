import { fs } from '../async-fs.js';
import path from 'node:path';
import { catalogOptions } from '../catalog/from-config.js';
import { KEYS } from '../config/keys.js';
import { defaultRoot } from '../config/options.js';
import { ConfigurationError, RequirementsFileError } from '../errors.js';
import { checkLockMode, checkProjectGroups, planProject } from '../packages/project-plan.js';
import { parsePackageSpec, validateExtraName } from '../packages/spec.js';
import { projectRequiredUvVersion } from '../uv/required-version.js';
import { DEFAULT_UV_VERSION } from '../uv/triple.js';
import { checkIndexUrl } from '../uv/uv.js';
import { exactWithoutLookup, parseUvVersionRequest } from '../uv/version-request.js';
import { validateVenvName } from '../venvs/layout.js';
import { parsePythonRequest } from '../versions/spec.js';
import { managerInstaller } from './installer.js';
import { chooseSpecs } from './spec.js';
import type {
  PackagePlan,
  PlanConfig,
  PythonInstaller,
  PythonPlan,
  SetupOptions,
  SetupPlan,
  UvPlan,
  VenvPlan,
} from './types.js';

/** A venv value is a path when it is absolute or has a separator or starts with a dot; else a name. */
export function isVenvPath(v: string): boolean {
  return path.isAbsolute(v) || v.includes('/') || v.includes('\\') || v.startsWith('.');
}

/**
 * Checks everything setup was asked for and works out what it will do, before any download or install:
 * conflicting inputs, package specs and extras, the Python spec, the venv name, index URLs, and that every
 * requirements / constraints / project file can be read. Reads files (version files, those checks), never
 * the network. Each refusal is the typed error a later phase would have thrown, with guidance.
 */
export async function planSetup(options: SetupOptions = {}): Promise<SetupPlan> {
  const config = planConfig(options);
  checkConflicts(options);
  const venv = planVenv(options, config);
  const packages = await planPackages(options, config);
  const python = await planPython(options, config);
  return {
    config,
    python,
    uv: planUv(options, config, packages.pyproject),
    venv,
    packages,
    export: planExport(options, python.installer, config.cwd),
    signal: options.signal,
  };
}

/** The configuration keys of the options (the `KEYS` table, nothing listed by hand), with absolute dirs. */
function planConfig(o: SetupOptions): PlanConfig {
  const cwd = path.resolve(o.cwd ?? process.cwd());
  const root = path.resolve(cwd, o.root ?? defaultRoot());
  const toolsDir = path.resolve(cwd, o.toolsDir ?? path.join(root, 'tools'));
  const given = KEYS.filter((k) => k.key !== 'python' && o[k.key] !== undefined);
  return { ...Object.fromEntries(given.map((k) => [k.key, o[k.key]])), root, toolsDir, cwd };
}

/** Inputs that cannot be honoured together: refused rather than silently dropped. */
function checkConflicts(o: SetupOptions): void {
  const conflict = (message: string, key: string, hint: string): never => {
    throw new ConfigurationError(message, { key, hint });
  };
  if (o.venv === false && (o.requirements?.length || o.pyproject || o.packages?.length)) {
    conflict(
      'Packages were requested but the venv is disabled.',
      'venv',
      'Enable the venv (packages are never installed into the base interpreter by setup).',
    );
  }
  if (o.venv === false && o.seed) {
    conflict(
      'seed asks for pip in the venv, but the venv is disabled.',
      'seed',
      'Enable the venv or drop seed.',
    );
  }
  if (!o.pyproject && o.editable) {
    conflict(
      'editable installs the pyproject editable, but no pyproject was given.',
      'editable',
      'Name the project with pyproject, or drop editable.',
    );
  }
  const projectOnly = (
    ['groups', 'allGroups', 'noDefaultGroups', 'allExtras', 'workspacePackage'] as const
  ).filter((k) => (Array.isArray(o[k]) ? (o[k] as string[]).length : o[k]));
  if (!o.pyproject && projectOnly.length) {
    conflict(
      `${projectOnly.join(', ')} select(s) parts of the pyproject, but no pyproject was given.`,
      projectOnly[0],
      'Name the project with pyproject, or drop them.',
    );
  }
  if (!o.pyproject && o.extras?.length) {
    conflict(
      `extras (${o.extras.join(', ')}) are extras of the pyproject, but no pyproject was given.`,
      'extras',
      'Name the project with pyproject, or drop extras.',
    );
  }
}

function planVenv(o: SetupOptions, config: PlanConfig): VenvPlan | false {
  if (o.venv === false) return false;
  const venv = o.venv ?? 'default';
  const seed = Boolean(o.seed);
  if (isVenvPath(venv)) return { kind: 'path', dir: path.resolve(config.cwd, venv), seed };
  const name = validateVenvName(venv);
  return { kind: 'named', name, dirWithoutInstance: path.join(config.toolsDir, 'venvs', name), seed };
}

async function planPackages(o: SetupOptions, config: PlanConfig): Promise<PackagePlan> {
  const specs = (o.packages ?? []).map((s) => parsePackageSpec(s) && s.trim());
  const extras = (o.extras ?? []).map((e) => validateExtraName('extra', e));
  for (const url of [config.indexUrl, ...(config.extraIndexUrls ?? [])]) if (url) checkIndexUrl(url);
  const files = (list: string[] | undefined, key: string) =>
    Promise.all((list ?? []).map((f) => readableFile(path.resolve(config.cwd, f), key)));
  checkLockMode(o.lock);
  const requirements = await files(o.requirements, 'requirements');
  const constraints = await files(o.constraints, 'constraints');
  const pyproject = o.pyproject ? await projectPath(path.resolve(config.cwd, o.pyproject)) : undefined;
  checkPylock(requirements, constraints, specs, pyproject);
  const index = {
    indexUrl: config.indexUrl,
    extraIndexUrls: config.extraIndexUrls,
    trustedHosts: config.trustedHosts,
  };
  const project = pyproject ? await planProject(pyproject, { ...o, extras }, index) : undefined;
  if (pyproject && !project) {
    checkFreshProject(o);
    await checkProjectGroups(pyproject, o.groups ?? []);
  }
  const groups = (o.groups ?? []).map((g) => validateExtraName('group', g));
  const editable = Boolean(o.editable);
  const allExtras = Boolean(o.allExtras);
  return { requirements, constraints, pyproject, editable, extras, specs, index, project, groups, allExtras };
}

/** PEP 751 lock file names: `pylock.toml`, `pylock.<name>.toml`. */
const isPylock = (file: string) => /^pylock(\.[^./\\]+)?\.toml$/.test(path.basename(file));

/** uv installs a pylock.toml only on its own (`uv pip install -r pylock.toml`): refuse any combination. */
function checkPylock(
  requirements: string[],
  constraints: string[],
  specs: string[],
  pyproject?: string,
): void {
  const pylock = requirements.find(isPylock);
  if (!pylock) return;
  const others = [
    ...requirements.filter((r) => r !== pylock),
    ...constraints.map((c) => `constraints ${c}`),
    ...specs,
    ...(pyproject ? [`pyproject ${pyproject}`] : []),
  ];
  if (!others.length) return;
  throw new ConfigurationError(
    `${pylock} is a lock (PEP 751): uv installs it alone, not together with ${others.join(', ')}.`,
    {
      key: 'requirements',
      requested: pylock,
      hint: 'Install the pylock.toml on its own (add the other packages to the lock), or drop it.',
    },
  );
}

/** Without a lock, uv pip installs the project: options only uv sync knows are refused. */
function checkFreshProject(o: SetupOptions): void {
  const syncOnly = (['allGroups', 'noDefaultGroups', 'workspacePackage'] as const).filter((k) => o[k]);
  if (!syncOnly.length) return;
  throw new ConfigurationError(
    `${syncOnly.join(', ')} need(s) the project's uv.lock, but ${o.lock === 'ignore' ? 'lock is ignore' : 'the project has none'}.`,
    {
      key: syncOnly[0],
      hint: 'Lock the project (`uv lock`) and use lock: auto, or name the groups with groups.',
    },
  );
}

/** The file, when it is a file this process can open for reading; RequirementsFileError otherwise. */
async function readableFile(file: string, key: string): Promise<string> {
  const kind = key === 'constraints' ? 'Constraints' : 'Requirements';
  let why: string;
  try {
    if ((await fs.statOpened(file)).isFile()) return file;
    why = 'it is not a file';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    why =
      code === 'ENOENT'
        ? 'it does not exist'
        : code === 'EACCES'
          ? 'permission denied'
          : (e as Error).message;
  }
  throw new RequirementsFileError(`${kind} file ${file} cannot be read: ${why}.`, {
    key,
    requested: file,
    hint: 'Check the path (relative paths are resolved against the working directory) and its permissions.',
  });
}

/** A pyproject.toml, or a directory holding a project (pyproject.toml, setup.py or setup.cfg). */
async function projectPath(p: string): Promise<string> {
  const st = await fs.stat(p).catch(() => undefined);
  const dir = st?.isFile() ? path.dirname(p) : p;
  const markers = ['pyproject.toml', 'setup.py', 'setup.cfg'].map((m) => path.join(dir, m));
  const found =
    st &&
    (await Promise.all(
      markers.map((m) =>
        fs.access(m).then(
          () => true,
          () => false,
        ),
      ),
    ));
  if (found && found.some(Boolean)) return p;
  throw new RequirementsFileError(
    st ? `No pyproject.toml (or setup.py) in ${dir}.` : `The project ${p} does not exist.`,
    {
      key: 'pyproject',
      requested: p,
      hint: 'Point pyproject at the project directory or its pyproject.toml.',
    },
  );
}

/**
 * The specs (explicit > version file > found file > default), each checked against the accepted forms;
 * the last is the default.
 */
async function planPython(o: SetupOptions, config: PlanConfig): Promise<PythonPlan> {
  const requests = await chooseSpecs({
    python: o.python,
    pythonSource: o.pythonSource,
    pythonVersionFile: o.pythonVersionFile,
    defaultPython: o.defaultPython,
    cwd: config.cwd,
  });
  for (const r of requests) parsePythonRequest(r.spec);
  return {
    requested: requests[requests.length - 1],
    requests,
    resolve: {
      platform: o.platform,
      build: o.build,
      flavor: o.flavor,
      checkLatest: o.offline ? false : o.checkLatest,
      freethreaded: o.freethreaded,
      allowPrereleases: o.allowPrereleases,
    },
    catalog: catalogOptions(config),
    installer: o.installer ?? managerInstaller(config),
  };
}

function planUv(o: SetupOptions, config: PlanConfig, pyproject: string | undefined): UvPlan {
  return {
    requested: uvVersionRequested(config, pyproject),
    install: {
      uvPath: config.uvPath,
      downloadBaseUrl: config.uvDownloadUrl,
      toolsDir: config.toolsDir,
      token: config.githubToken,
      githubApiUrl: config.githubApiUrl,
      releasesCacheDir: path.join(config.root, '.catalog'),
      sha256: checkUvChecksum(o.uvChecksum),
      allowMissingChecksum: config.allowMissingChecksum,
      offline: config.offline,
    },
    cacheDir: o.uvCacheDir,
  };
}

function checkUvChecksum(sha256: string | undefined): string | undefined {
  if (sha256 === undefined || /^[0-9a-fA-F]{64}$/.test(sha256)) return sha256?.toLowerCase();
  throw new ConfigurationError(`The uv checksum ${JSON.stringify(sha256)} is not a sha256 (64 hex digits).`, {
    key: 'uvChecksum',
    requested: sha256,
    hint: "Copy the value from the release's uv-<triple>.tar.gz.sha256, or drop the checksum.",
  });
}

/**
 * The uv version: as given (checked here, before any work); else the `required-version` of the project's
 * uv.toml / `[tool.uv]` (the pyproject's directory, then cwd), the pinned uv when it satisfies a range (no API
 * call); else the pinned uv.
 */
function uvVersionRequested(config: PlanConfig, pyproject: string | undefined): UvPlan['requested'] {
  if (config.uvVersion) {
    parseUvVersionRequest(config.uvVersion, 'uvVersion');
    return { version: config.uvVersion, source: 'uvVersion' };
  }
  if (config.uvPath) return { version: DEFAULT_UV_VERSION, source: 'default' };
  const projectDir = pyproject && (pyproject.endsWith('.toml') ? path.dirname(pyproject) : pyproject);
  const required = projectRequiredUvVersion([...new Set([projectDir ?? config.cwd, config.cwd])]);
  if (!required) return { version: DEFAULT_UV_VERSION, source: 'default' };
  const version = exactWithoutLookup(required.request, true) ?? required.request.text;
  return { version, source: `required-version "${required.request.text}" in ${required.file}` };
}

function planExport(o: SetupOptions, installer: PythonInstaller, cwd: string): string | undefined {
  if (!o.export) return undefined;
  const dest = path.resolve(cwd, o.export);
  if (!installer.export) {
    throw new ConfigurationError(`The ${installer.name} installer cannot export an installation.`, {
      key: 'export',
      requested: dest,
      hint: 'Export with the library installer (pyembed setup --export), or drop export.',
    });
  }
  return dest;
}
