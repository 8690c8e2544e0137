import { constants as fsc, promises as fs } from 'node:fs';
import path from 'node:path';
import {
  ConfigurationError,
  PackageInstallationError,
  PythonExecutionError,
  PythonNotInstalledError,
  RequirementsFileError,
  type ErrorDetails,
} from '../errors.js';
import { runPython, runScript } from '../exec/run.js';
import type { RunOptions, RunResult } from '../exec/types.js';
import { silentLogger, type Logger } from '../log.js';
import { PythonSession, type SessionOptions } from '../session/session.js';
import { spawnCapture } from '../uv/spawn.js';
import { checkIndexUrl, type IndexSettings, type Uv, type UvResult } from '../uv/uv.js';
import { parseOutdatedJson, parsePipListJson, parsePipShow, uvErrorText } from './parse.js';
import { DEFAULT_PYPI_JSON_URL, DEFAULT_SIMPLE_INDEX_URL, getPackageMetadata, searchPyPI } from './pypi.js';
import {
  normalizePackageName,
  parsePackageSpec,
  isValidPackageSpec,
  validateExtraName,
  validatePackageName,
  validateVersion,
} from './spec.js';
import type {
  BatchItemResult,
  CommandResult,
  HealthReport,
  OutdatedPackageInfo,
  PackageDetails,
  PackageInfo,
  PipConfiguration,
  PyPIPackageInfo,
  PyPISearchResult,
  PythonVersionInfo,
} from './types.js';

export interface PythonRuntimeOptions extends IndexSettings {
  /** The interpreter packages are managed for: an instance's python or a venv's python. */
  pythonPath: string;
  uv: Uv;
  /** PyPI JSON API root (default https://pypi.org/pypi). */
  pypiJsonUrl?: string;
  /** Simple index used by `searchPyPI` to list projects (default: indexUrl, else PyPI). */
  searchIndexUrl?: string;
  fetch?: typeof fetch;
  logger?: Logger;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** uv's messages line by line while it works (e.g. ` + six==1.17.0`), for live logs. */
  onOutput?: (line: string) => void;
}

export interface InstallOptions extends IndexSettings, CallOptions {
  upgrade?: boolean;
  /** Constraints files (`-c`). */
  constraints?: string | string[];
  reinstall?: boolean;
  noDeps?: boolean;
  /** Alias of `extraIndexUrls` (the reference's singular name). */
  extraIndexUrl?: string | string[];
}

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

export interface UninstallOptions extends CallOptions {
  /** Also remove dependencies that nothing else still needs (computed from `uv pip show`). */
  removeDependencies?: boolean;
}

const PYTHON_INFO = `import json, sys, platform
print(json.dumps({"version": platform.python_version(), "versionInfo": list(sys.version_info),
  "executable": sys.executable, "prefix": sys.prefix, "basePrefix": sys.base_prefix,
  "implementation": sys.implementation.name, "platform": sys.platform, "sysVersion": sys.version}))`;

/**
 * Package management for one interpreter (an instance or a venv), all through uv: install, uninstall,
 * list, outdated, upgrade, downgrade, batch, freeze/export, health, PyPI metadata. Every spec is validated
 * before it reaches uv, and every argument goes to uv as its own argv entry (no shell).
 */
export class PythonRuntime {
  readonly pythonPath: string;
  readonly uv: Uv;
  protected readonly logger: Logger;
  private index: IndexSettings;
  private proxy?: { url?: string; noProxy?: string };
  private readonly pypiJsonUrl: string;
  private readonly searchIndexUrl?: string;
  private readonly fetchImpl?: typeof fetch;

  constructor(o: PythonRuntimeOptions) {
    this.pythonPath = o.pythonPath;
    this.uv = o.uv;
    this.logger = o.logger ?? silentLogger;
    this.index = { indexUrl: o.indexUrl, extraIndexUrls: o.extraIndexUrls, trustedHosts: o.trustedHosts };
    for (const u of [o.indexUrl, ...(o.extraIndexUrls ?? [])]) if (u) checkIndexUrl(u);
    this.pypiJsonUrl = o.pypiJsonUrl ?? DEFAULT_PYPI_JSON_URL;
    this.searchIndexUrl = o.searchIndexUrl;
    this.fetchImpl = o.fetch;
  }

  /** The reference's static validator, kept as a static for discoverability. */
  static isValidPackageSpec(spec: string): boolean {
    return isValidPackageSpec(spec);
  }

  // ---------------------------------------------------------------- execution (src/core/exec, src/core/session)

  /** Runs Python code (`python -c`): the reference's ExecuteCommand. Handlers, cwd, env, timeout, memory limit via `o`. */
  executeCommand(code: string, o: RunOptions = {}): Promise<RunResult> {
    return runScript(this.pythonPath, { code }, [], this.execOptions(o));
  }

  /** Runs a script file with arguments: the reference's ExecuteScript. */
  executeScript(scriptPath: string, args: string[] = [], o: RunOptions = {}): Promise<RunResult> {
    return runScript(this.pythonPath, { path: path.resolve(scriptPath) }, args, this.execOptions(o));
  }

  /** Runs this interpreter with raw arguments (`-m module ...`, `-X ...`). */
  run(args: string[], o: RunOptions = {}): Promise<RunResult> {
    return runPython(this.pythonPath, args, this.execOptions(o));
  }

  /** A persistent interpreter on this runtime (state kept between calls; the reference's in-process mode). */
  startSession(o: SessionOptions = {}): Promise<PythonSession> {
    return PythonSession.start(this.pythonPath, o);
  }

  /** Hook for VirtualEnvironment to add its activation variables. */
  protected execOptions(o: RunOptions): RunOptions {
    return o;
  }

  // ---------------------------------------------------------------- install / uninstall

  /** Installs one spec or several (one uv call). Throws PackageInstallationError with uv's message. */
  async install(spec: string | string[], o: InstallOptions = {}): Promise<CommandResult> {
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) => parsePackageSpec(s) && s.trim());
    if (!specs.length)
      throw new PackageInstallationError('Nothing to install: no package given.', { requested: '' });
    const r = await this.pip(['install', ...(await this.installFlags(o)), '--', ...specs], o);
    if (r.exitCode !== 0) throw this.installError(specs.join(' '), r);
    return toResult(r);
  }

  /** `uv pip install -r <file>`; a bad file or an unresolvable line is a RequirementsFileError. */
  async installRequirements(file: string, o: InstallOptions = {}): Promise<CommandResult> {
    const abs = path.resolve(file);
    if (!(await isFile(abs))) {
      throw new RequirementsFileError(`Requirements file not found: ${abs}.`, {
        requested: abs,
        packageSpecification: abs,
      });
    }
    const r = await this.pip(['install', ...(await this.installFlags(o)), `--requirements=${abs}`], o);
    if (r.exitCode !== 0) {
      const msg = uvErrorText(r.stderr, r.stdout);
      throw new RequirementsFileError(`Installing ${abs} failed: ${msg}`, {
        requested: abs,
        packageSpecification: abs,
        installationOutput: r.stderr,
        exitCode: r.exitCode,
        hint: 'Fix the reported line of the requirements file; nothing was installed.',
      });
    }
    return toResult(r);
  }

  /**
   * Installs a project from its directory (or its pyproject.toml): `uv pip install [-e] <dir>[extras]`,
   * plus `--group <dir>/pyproject.toml:<group>` for each dependency group.
   */
  async installPyproject(projectPath: string, o: PyprojectInstallOptions = {}): Promise<CommandResult> {
    const p = await this.pyprojectArgs(projectPath, o);
    const r = await this.pip(
      ['install', ...(await this.installFlags(o)), ...p.options, '--', ...p.positional],
      {
        ...o,
        cwd: p.dir,
      },
    );
    if (r.exitCode !== 0) throw this.installError(p.target, r);
    return toResult(r);
  }

  /**
   * Everything a setup asks for in ONE resolution: requirements files, constraints, a project (editable,
   * extras, groups) and extra specs. Relative paths are taken from `cwd`. A failure names the requirements
   * file when uv blames one (RequirementsFileError), else PackageInstallationError.
   */
  async installPlan(plan: InstallPlan, o: InstallOptions & { cwd?: string } = {}): Promise<CommandResult> {
    const cwd = path.resolve(o.cwd ?? process.cwd());
    const specs = (plan.packages ?? []).map((s) => parsePackageSpec(s) && s.trim());
    const files: string[] = [];
    for (const f of plan.requirements ?? []) {
      const abs = path.resolve(cwd, f);
      if (!(await isFile(abs)))
        throw new RequirementsFileError(`Requirements file not found: ${abs}.`, { requested: abs });
      files.push(abs);
    }
    const constraints = [...[o.constraints ?? []].flat(), ...(plan.constraints ?? [])].map((c) =>
      path.resolve(cwd, c),
    );
    const project = plan.pyproject
      ? await this.pyprojectArgs(path.resolve(cwd, plan.pyproject), plan)
      : undefined;
    if (!files.length && !specs.length && !project) {
      throw new PackageInstallationError(
        'Nothing to install: no requirements, project or package given.',
        {},
      );
    }
    const args = ['install', ...(await this.installFlags({ ...o, constraints }))];
    for (const f of files) args.push(`--requirements=${f}`);
    if (project) args.push(...project.options);
    args.push('--', ...(project?.positional ?? []), ...specs);
    const r = await this.pip(args, { ...o, cwd });
    if (r.exitCode === 0) return toResult(r);
    const text = uvErrorText(r.stderr, r.stdout);
    // uv names the file as given or relative to cwd (`bad.txt:2:1`)
    const blamed = files.find((f) => text.includes(f) || text.includes(path.relative(cwd, f)));
    if (blamed) {
      throw new RequirementsFileError(`Installing ${blamed} failed: ${text}`, {
        requested: blamed,
        packageSpecification: blamed,
        installationOutput: r.stderr,
        exitCode: r.exitCode,
        hint: 'Fix the reported line of the requirements file; nothing was installed.',
      });
    }
    throw this.installError([...files, ...(project ? [project.target] : []), ...specs].join(' '), r);
  }

  /** uv arguments for a project install; options first, positional (after `--`) separately. */
  private async pyprojectArgs(
    projectPath: string,
    o: { editable?: boolean; extras?: string[]; allExtras?: boolean; groups?: string[] },
  ): Promise<{ dir: string; target: string; options: string[]; positional: string[] }> {
    let dir = path.resolve(projectPath);
    if (await isFile(dir)) dir = path.dirname(dir);
    const pyproject = path.join(dir, 'pyproject.toml');
    const hasPyproject = await isFile(pyproject);
    if (
      !hasPyproject &&
      !(await isFile(path.join(dir, 'setup.py'))) &&
      !(await isFile(path.join(dir, 'setup.cfg')))
    ) {
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

  /** Uninstalls one or more packages; with `removeDependencies`, also their now-unneeded dependencies. */
  async uninstall(name: string | string[], o: UninstallOptions = {}): Promise<CommandResult> {
    let names = (Array.isArray(name) ? name : [name]).map(validatePackageName);
    if (o.removeDependencies) names = await this.withOrphanedDependencies(names, o);
    const r = await this.pip(['uninstall', '--', ...names], o);
    if (r.exitCode !== 0) {
      throw new PackageInstallationError(
        `Uninstalling ${names.join(', ')} failed: ${uvErrorText(r.stderr, r.stdout)}`,
        {
          requested: names.join(' '),
          packageSpecification: names.join(' '),
          installationOutput: r.stderr,
          exitCode: r.exitCode,
        },
      );
    }
    return toResult(r);
  }

  /** The packages `names` depend on (transitively) that no remaining package requires. */
  private async withOrphanedDependencies(names: string[], o: CallOptions): Promise<string[]> {
    const installed = await this.list(o);
    if (!installed.length) return names;
    const show = await this.pip(['show', '--', ...installed.map((p) => p.name)], o);
    const graph = new Map(parsePipShow(show.stdout).map((d) => [normalizePackageName(d.name), d]));
    const removing = new Set(names.map(normalizePackageName));
    for (let changed = true; changed;) {
      changed = false;
      for (const n of [...removing]) {
        for (const dep of graph.get(n)?.requires ?? []) {
          const d = normalizePackageName(dep);
          if (removing.has(d) || !graph.has(d)) continue;
          const stillNeeded = (graph.get(d)?.requiredBy ?? []).some(
            (p) => !removing.has(normalizePackageName(p)),
          );
          if (!stillNeeded) {
            removing.add(d);
            changed = true;
          }
        }
      }
    }
    return [...removing].map((n) => graph.get(n)?.name ?? n);
  }

  // ---------------------------------------------------------------- queries

  /** Installed packages (`uv pip list --format json`); `details` adds location and summary per package. */
  async list(o: CallOptions & { details?: boolean } = {}): Promise<PackageInfo[]> {
    const r = await this.pip(['list', '--format=json'], o);
    if (r.exitCode !== 0) throw this.queryError('list packages', r);
    const pkgs = parsePipListJson(r.stdout);
    if (!o.details || !pkgs.length) return pkgs;
    const meta = await this.distributionSummaries(o);
    return pkgs.map((p) => ({ ...p, ...meta.get(normalizePackageName(p.name)) }));
  }

  /** Version if installed, else undefined. */
  async getVersion(name: string, o: CallOptions = {}): Promise<string | undefined> {
    const n = normalizePackageName(validatePackageName(name));
    return (await this.list(o)).find((p) => normalizePackageName(p.name) === n)?.version;
  }

  async isInstalled(name: string, o: CallOptions = {}): Promise<boolean> {
    return (await this.getVersion(name, o)) !== undefined;
  }

  /** `uv pip show <name>`; undefined when not installed. */
  async info(name: string, o: CallOptions = {}): Promise<PackageDetails | undefined> {
    const n = validatePackageName(name);
    const r = await this.pip(['show', '--', n], o);
    const found = parsePipShow(r.stdout).find(
      (d) => normalizePackageName(d.name) === normalizePackageName(n),
    );
    if (!found) return undefined;
    const summary = (await this.distributionSummaries(o)).get(normalizePackageName(n))?.summary;
    return summary ? { ...found, summary } : found;
  }

  /** Packages with a newer version on the index (`uv pip list --outdated --format json`). */
  async outdated(o: CallOptions & IndexSettings = {}): Promise<OutdatedPackageInfo[]> {
    const r = await this.pip(['list', '--outdated', '--format=json', ...this.indexArgs(o)], o);
    if (r.exitCode !== 0) throw this.queryError('list outdated packages', r);
    return parseOutdatedJson(r.stdout);
  }

  /** Upgrades every outdated (non-editable) package in one resolution. */
  async upgradeAll(
    o: InstallOptions = {},
  ): Promise<{ upgraded: OutdatedPackageInfo[]; result?: CommandResult }> {
    const editable = new Set(
      (await this.list(o)).filter((p) => p.editableProjectLocation).map((p) => normalizePackageName(p.name)),
    );
    const stale = (await this.outdated(o)).filter((p) => !editable.has(normalizePackageName(p.name)));
    if (!stale.length) return { upgraded: [] };
    const result = await this.install(
      stale.map((p) => p.name),
      { ...o, upgrade: true },
    );
    return { upgraded: stale, result };
  }

  /** Installs exactly `version` of `name` (down or up); verifies the result. */
  async downgrade(name: string, version: string, o: InstallOptions = {}): Promise<CommandResult> {
    const n = validatePackageName(name);
    const v = validateVersion(version);
    const result = await this.install(`${n}==${v}`, o);
    const now = await this.getVersion(n, o);
    if (now !== v) {
      throw new PackageInstallationError(`${n} is at ${now ?? 'nothing'} after installing ${n}==${v}.`, {
        requested: `${n}==${v}`,
        available: now ? [now] : [],
      });
    }
    return result;
  }

  // ---------------------------------------------------------------- batches

  /**
   * Installs many specs in one uv call. If that call fails, each valid spec is retried alone so every
   * entry says whether it installed and, if not, uv's reason. Invalid specs never reach uv.
   */
  async batchInstall(specs: string[], o: InstallOptions = {}): Promise<Record<string, BatchItemResult>> {
    return this.batch(
      specs,
      (s) => parsePackageSpec(s) && s.trim(),
      (list) => this.install(list, o),
    );
  }

  /** Uninstalls many packages in one uv call, with per-package results when it fails. */
  async batchUninstall(names: string[], o: UninstallOptions = {}): Promise<Record<string, BatchItemResult>> {
    return this.batch(names, validatePackageName, (list) => this.uninstall(list, o));
  }

  private async batch(
    items: string[],
    check: (s: string) => string,
    run: (list: string[]) => Promise<CommandResult>,
  ): Promise<Record<string, BatchItemResult>> {
    const out: Record<string, BatchItemResult> = {};
    const valid: string[] = [];
    for (const item of items) {
      try {
        valid.push(check(item));
      } catch (e) {
        out[item] = { ok: false, error: (e as Error).message };
      }
    }
    if (!valid.length) return out;
    try {
      const result = await run(valid);
      for (const v of valid) out[v] = { ok: true, result };
      return out;
    } catch (e) {
      if (valid.length === 1) {
        out[valid[0]] = { ok: false, error: (e as Error).message, result: outputOf(e) };
        return out;
      }
      this.logger.info(`Batch of ${valid.length} failed; retrying each one to find which.`);
    }
    for (const v of valid) {
      try {
        out[v] = { ok: true, result: await run([v]) };
      } catch (e) {
        out[v] = { ok: false, error: (e as Error).message, result: outputOf(e) };
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- freeze / export

  /** `uv pip freeze` text (exact pins). */
  async freeze(o: CallOptions & { excludeEditable?: boolean } = {}): Promise<string> {
    const r = await this.pip(['freeze', ...(o.excludeEditable ? ['--exclude-editable'] : [])], o);
    if (r.exitCode !== 0) throw this.queryError('freeze packages', r);
    return r.stdout;
  }

  /**
   * Writes a requirements file. `pin: 'exact'` (default) is `uv pip freeze`; `'minimum'` writes `name>=version`,
   * `'compatible'` writes `name~=version` (editable installs are left out of those two: they have no index version).
   */
  async exportRequirements(
    outputPath: string,
    o: CallOptions & { pin?: 'exact' | 'minimum' | 'compatible'; excludeEditable?: boolean } = {},
  ): Promise<string> {
    const abs = path.resolve(outputPath);
    let text: string;
    if (!o.pin || o.pin === 'exact') text = await this.freeze(o);
    else {
      const op = o.pin === 'minimum' ? '>=' : '~=';
      const pkgs = (await this.list(o)).filter((p) => !p.editableProjectLocation);
      text = pkgs.map((p) => `${p.name}${op}${p.version}\n`).join('');
    }
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.writeFile(abs, text);
    return abs;
  }

  // ---------------------------------------------------------------- configuration

  /** Where packages come from, as uv will see it: options first, then uv's own environment variables. */
  pipConfig(): PipConfiguration {
    const env = this.uv.env();
    const sources: PipConfiguration['sources'] = {};
    const pick = <T>(key: string, fromOptions: T | undefined, fromEnv: T | undefined): T | undefined => {
      sources[key] = fromOptions !== undefined ? 'options' : fromEnv !== undefined ? 'env' : 'default';
      return fromOptions ?? fromEnv;
    };
    const split = (s?: string) => (s ? s.split(/\s+/).filter(Boolean) : undefined);
    const uvOpts = this.uv.options;
    const optExtras = this.index.extraIndexUrls ?? uvOpts.extraIndexUrls;
    const optTrusted = this.index.trustedHosts ?? uvOpts.trustedHosts;
    return {
      indexUrl: pick(
        'indexUrl',
        this.index.indexUrl ?? uvOpts.indexUrl,
        env.UV_DEFAULT_INDEX ?? env.UV_INDEX_URL,
      ),
      extraIndexUrls: pick('extraIndexUrls', optExtras, split(env.UV_INDEX ?? env.UV_EXTRA_INDEX_URL)) ?? [],
      trustedHosts: pick('trustedHosts', optTrusted, split(env.UV_INSECURE_HOST)) ?? [],
      proxy: pick(
        'proxy',
        this.proxy?.url ?? uvOpts.proxy,
        env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY,
      ),
      noProxy: pick('noProxy', this.proxy?.noProxy ?? uvOpts.noProxy, env.NO_PROXY ?? env.no_proxy),
      cacheDir: pick('cacheDir', uvOpts.cacheDir, env.UV_CACHE_DIR),
      offline: Boolean(uvOpts.offline || env.UV_OFFLINE),
      sources,
    };
  }

  /**
   * Uses `indexUrl` for this runtime's later calls (the reference wrote pip.conf; we never touch global
   * config). `trusted` also skips TLS verification for that host; `extra` adds it as an extra index instead.
   */
  configureIndex(indexUrl: string, o: { trusted?: boolean; extra?: boolean } = {}): PipConfiguration {
    const url = checkIndexUrl(indexUrl);
    if (o.extra) this.index.extraIndexUrls = [...(this.index.extraIndexUrls ?? []), url];
    else this.index.indexUrl = url;
    if (o.trusted) this.index.trustedHosts = [...(this.index.trustedHosts ?? []), new URL(url).host];
    return this.pipConfig();
  }

  /** Sends this runtime's uv traffic through `proxyUrl` (HTTPS_PROXY/HTTP_PROXY for uv only). */
  configureProxy(proxyUrl: string, o: { noProxy?: string } = {}): PipConfiguration {
    let u: URL;
    try {
      u = new URL(proxyUrl);
    } catch {
      throw new ConfigurationError(`Not a proxy URL: ${JSON.stringify(proxyUrl)}.`, { requested: proxyUrl });
    }
    if (!['http:', 'https:', 'socks5:', 'socks5h:'].includes(u.protocol)) {
      throw new ConfigurationError(`Unsupported proxy scheme ${u.protocol} in ${proxyUrl}.`, {
        requested: proxyUrl,
      });
    }
    this.proxy = { url: proxyUrl, noProxy: o.noProxy };
    return this.pipConfig();
  }

  // ---------------------------------------------------------------- versions / health

  /** uv's version (the package manager every operation goes through). */
  uvVersion(o: CallOptions = {}): Promise<string> {
    return this.uv.version(o);
  }

  /** pip's version if pip is installed in this environment (a uv venv has none unless seeded). */
  async pipVersion(o: CallOptions = {}): Promise<string | undefined> {
    const r = await this.python(['-I', '-c', 'import pip; print(pip.__version__)'], o).catch(() => undefined);
    return r && r.exitCode === 0 ? r.stdout.trim() : undefined;
  }

  /** sys.version, executable, prefixes, implementation. */
  async pythonVersionInfo(o: CallOptions = {}): Promise<PythonVersionInfo> {
    const r = await this.python(['-I', '-c', PYTHON_INFO], o);
    if (r.exitCode !== 0) {
      throw new PythonExecutionError(`${this.pythonPath} failed to report its version: ${r.stderr.trim()}`, {
        requested: this.pythonPath,
        exitCode: r.exitCode,
        stderr: r.stderr,
      });
    }
    return JSON.parse(r.stdout) as PythonVersionInfo;
  }

  /**
   * Health: the interpreter exists and runs, uv runs, `uv pip check` finds no broken dependencies, and
   * site-packages is writable. pip is reported but not required (uv venvs have no pip, and are healthy).
   */
  async validateInstallation(o: CallOptions = {}): Promise<HealthReport> {
    const problems: string[] = [];
    const executableExists = await exists(this.pythonPath);
    const report: HealthReport = {
      executableExists,
      executablePath: this.pythonPath,
      prefixExists: false,
      pythonVersionCheck: 'Failed',
      commandExecution: 'Failed',
      uvCheck: 'Failed',
      dependencyCheck: 'Failed',
      sitePackagesWritable: false,
      overallHealth: 'Unhealthy',
      problems,
    };
    if (!executableExists) problems.push(`interpreter missing: ${this.pythonPath}`);
    try {
      const info = await this.pythonVersionInfo(o);
      report.pythonVersionCheck = 'Success';
      report.pythonVersionInfo = `${info.sysVersion} (${info.executable})`;
      report.prefix = info.prefix;
      report.prefixExists = await exists(info.prefix);
    } catch (e) {
      problems.push(`interpreter does not run: ${(e as Error).message}`);
    }
    try {
      const r = await this.python(
        ['-I', '-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'],
        o,
      );
      report.commandExitCode = r.exitCode;
      if (r.exitCode === 0) {
        report.commandExecution = 'Success';
        report.sitePackages = r.stdout.trim();
        report.sitePackagesWritable = await writable(report.sitePackages);
        if (!report.sitePackagesWritable) problems.push(`site-packages not writable: ${report.sitePackages}`);
      } else problems.push(`command failed (${r.exitCode}): ${r.stderr.trim()}`);
    } catch (e) {
      problems.push(`command failed: ${(e as Error).message}`);
    }
    try {
      report.uvVersion = await this.uv.version(o);
      report.uvCheck = 'Success';
      const r = await this.pip(['check'], o);
      report.dependencyCheckOutput = (r.stdout + r.stderr).trim();
      if (r.exitCode === 0) report.dependencyCheck = 'Success';
      else problems.push(`uv pip check: ${uvErrorText(r.stderr, r.stdout)}`);
    } catch (e) {
      problems.push(`uv failed: ${(e as Error).message}`);
    }
    report.pipVersion = await this.pipVersion(o);
    report.overallHealth = problems.length ? 'Unhealthy' : 'Healthy';
    return report;
  }

  // ---------------------------------------------------------------- PyPI

  /** Project metadata from the PyPI JSON API; undefined when the project/version does not exist. */
  getPackageMetadata(
    name: string,
    version?: string,
    o: CallOptions = {},
  ): Promise<PyPIPackageInfo | undefined> {
    return getPackageMetadata(name, version, { jsonUrl: this.pypiJsonUrl, fetch: this.fetchImpl, ...o });
  }

  /** Name search over the index's project list, enriched from the JSON API (see pypi.ts). */
  searchPyPI(query: string, o: CallOptions & { limit?: number } = {}): Promise<PyPISearchResult[]> {
    const simpleUrl =
      this.searchIndexUrl ?? this.index.indexUrl ?? this.uv.options.indexUrl ?? DEFAULT_SIMPLE_INDEX_URL;
    return searchPyPI(query, { jsonUrl: this.pypiJsonUrl, simpleUrl, fetch: this.fetchImpl, ...o });
  }

  // ---------------------------------------------------------------- plumbing

  /** `uv pip <cmd> --python=<interpreter> ...` */
  protected async pip(args: string[], o: CallOptions & { cwd?: string } = {}): Promise<UvResult> {
    await this.assertInterpreter();
    const [cmd, ...rest] = args;
    const env: Record<string, string | undefined> = {};
    if (this.proxy?.url) env.HTTPS_PROXY = env.https_proxy = env.HTTP_PROXY = env.http_proxy = this.proxy.url;
    if (this.proxy?.noProxy) env.NO_PROXY = env.no_proxy = this.proxy.noProxy;
    return this.uv.run(['pip', cmd, `--python=${this.pythonPath}`, ...rest], { ...o, env });
  }

  protected async python(args: string[], o: CallOptions = {}) {
    return spawnCapture(this.pythonPath, args, {
      signal: o.signal,
      timeoutMs: o.timeoutMs ?? 120_000,
      env: pythonEnv(),
    });
  }

  private indexArgs(o: IndexSettings & { extraIndexUrl?: string | string[] }): string[] {
    const extra = o.extraIndexUrls ?? (o.extraIndexUrl === undefined ? undefined : [o.extraIndexUrl].flat());
    return this.uv.indexArgs({
      indexUrl: o.indexUrl ?? this.index.indexUrl,
      extraIndexUrls: extra ?? this.index.extraIndexUrls,
      trustedHosts: o.trustedHosts ?? this.index.trustedHosts,
    });
  }

  private async installFlags(o: InstallOptions): Promise<string[]> {
    const flags = this.indexArgs(o);
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

  private installError(spec: string, r: UvResult): PackageInstallationError {
    const details: ErrorDetails = {
      requested: spec,
      packageSpecification: spec,
      installationOutput: r.stderr,
      exitCode: r.exitCode,
      hint: 'Check the package name/version and the index (indexUrl); uv said why above.',
    };
    const err = new PackageInstallationError(
      `Installing ${spec} failed: ${uvErrorText(r.stderr, r.stdout)}`,
      details,
    );
    // the full command result rides along for batch reports, but stays out of JSON error output
    Object.defineProperty(err, 'result', { value: toResult(r), enumerable: false });
    return err;
  }

  private queryError(what: string, r: UvResult): PackageInstallationError {
    return new PackageInstallationError(`uv could not ${what}: ${uvErrorText(r.stderr, r.stdout)}`, {
      installationOutput: r.stderr,
      exitCode: r.exitCode,
    });
  }

  private async assertInterpreter(): Promise<void> {
    if (!(await exists(this.pythonPath))) {
      throw new PythonNotInstalledError(`No Python interpreter at ${this.pythonPath}.`, {
        requested: this.pythonPath,
        hint: 'The instance or virtual environment was deleted or moved; create it again.',
      });
    }
  }

  /** name -> {location, summary} read by importlib.metadata (uv's list/show have no summary). */
  private async distributionSummaries(
    o: CallOptions,
  ): Promise<Map<string, { location?: string; summary?: string }>> {
    const code = `import json, importlib.metadata as m
out = {}
for d in m.distributions():
    n = d.metadata.get("Name")
    if n: out[n] = {"summary": d.metadata.get("Summary") or None, "location": str(d.locate_file(""))}
print(json.dumps(out))`;
    const r = await this.python(['-I', '-c', code], o).catch(() => undefined);
    const map = new Map<string, { location?: string; summary?: string }>();
    if (!r || r.exitCode !== 0) return map;
    for (const [n, v] of Object.entries(
      JSON.parse(r.stdout) as Record<string, { summary?: string | null; location?: string }>,
    )) {
      map.set(normalizePackageName(n), {
        location: v.location,
        ...(v.summary ? { summary: v.summary } : {}),
      });
    }
    return map;
  }
}

function toResult(r: UvResult): CommandResult {
  return { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, durationMs: r.durationMs };
}

function outputOf(e: unknown): CommandResult | undefined {
  return (e as { result?: CommandResult }).result;
}

/** The interpreter runs without the caller's venv/PYTHONPATH leaking in (uv venvs don't need them). */
function pythonEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['PYTHONPATH', 'PYTHONHOME', 'VIRTUAL_ENV', 'PYTHONSTARTUP']) delete env[k];
  return env;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** Really writes (access(W_OK) lies on read-only mounts for root). */
async function writable(dir: string): Promise<boolean> {
  const probe = path.join(dir, `.pyembed-write-probe-${process.pid}`);
  try {
    await fs.access(dir, fsc.W_OK);
    await fs.writeFile(probe, '');
    await fs.rm(probe, { force: true });
    return true;
  } catch {
    return false;
  }
}

export { DEFAULT_SIMPLE_INDEX_URL };
