/**
 * `PythonRuntime`, the public face of one interpreter's packages and runs. Each method is a one-line
 * hand-off: running code to src/core/exec and src/core/session, installs to install.ts, changes to
 * update.ts, questions to query.ts, index/proxy settings to index-config.ts, health to health.ts and
 * PyPI metadata to pypi.ts. All of them reach the interpreter through target.ts.
 */
import path from 'node:path';
import { runPython, runScript } from '../exec/run.js';
import type { RunOptions, RunResult } from '../exec/types.js';
import { silentLogger, type Logger } from '../log.js';
import { isolatedPythonEnv } from '../python/probe.js';
import type { PythonSession, SessionOptions } from '../session/session.js';
import { spawnCapture } from '../uv/spawn.js';
import type { IndexSettings, Uv, UvResult } from '../uv/uv.js';
import * as health from './health.js';
import { IndexConfig } from './index-config.js';
import * as installs from './install.js';
import type { InstallPlan, PyprojectInstallOptions } from './install.js';
import { DEFAULT_PYPI_JSON_URL, DEFAULT_SIMPLE_INDEX_URL, getPackageMetadata, searchPyPI } from './pypi.js';
import * as queries from './query.js';
import type { RequirementsPin } from './query.js';
import { isValidPackageSpec, validatePackageName } from './spec.js';
import { uvPip, type CallOptions, type InstallOptions, type PackageTarget } from './target.js';
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
import * as update from './update.js';
import type { UninstallOptions } from './update.js';

export type { CallOptions, InstallOptions } from './target.js';
export type { InstallPlan, PyprojectInstallOptions } from './install.js';
export type { UninstallOptions } from './update.js';
export { DEFAULT_SIMPLE_INDEX_URL };

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

/**
 * Package management for one interpreter (an instance or a venv), all through uv: install, uninstall,
 * list, outdated, upgrade, downgrade, batch, freeze/export, health, PyPI metadata; and running code on it.
 * Every spec is validated before it reaches uv, and every argument goes to uv as its own argv entry.
 */
export class PythonRuntime {
  readonly pythonPath: string;
  readonly uv: Uv;
  protected readonly logger: Logger;
  private readonly target: PackageTarget;
  private readonly config: IndexConfig;
  private readonly pypi: { jsonUrl: string; searchIndexUrl?: string; fetch?: typeof fetch };

  constructor(o: PythonRuntimeOptions) {
    this.pythonPath = o.pythonPath;
    this.uv = o.uv;
    this.logger = o.logger ?? silentLogger;
    this.config = new IndexConfig(o.uv, o);
    this.target = { pythonPath: o.pythonPath, uv: o.uv, logger: this.logger, config: this.config };
    this.pypi = {
      jsonUrl: o.pypiJsonUrl ?? DEFAULT_PYPI_JSON_URL,
      searchIndexUrl: o.searchIndexUrl,
      fetch: o.fetch,
    };
  }

  /** The reference's static validator, kept as a static for discoverability. */
  static isValidPackageSpec(spec: string): boolean {
    return isValidPackageSpec(spec);
  }

  // ---------------------------------------------------------------- running code

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

  /**
   * A persistent interpreter on this runtime (state kept between calls; the reference's in-process mode).
   * The session's code loads with the first session: a setup or a run never evaluates it.
   */
  async startSession(o: SessionOptions = {}): Promise<PythonSession> {
    const { PythonSession } = await import('../session/session.js');
    return PythonSession.start(this.pythonPath, o);
  }

  /** Hook for VirtualEnvironment to add its activation variables. */
  protected execOptions(o: RunOptions): RunOptions {
    return o;
  }

  // ---------------------------------------------------------------- installing

  /** Installs one spec or several (one uv call). Throws PackageInstallationError with uv's message. */
  install(spec: string | string[], o: InstallOptions = {}): Promise<CommandResult> {
    return installs.installSpecs(this.target, spec, o);
  }

  /** `uv pip install -r <file>`; a bad file or an unresolvable line is a RequirementsFileError. */
  installRequirements(file: string, o: InstallOptions = {}): Promise<CommandResult> {
    return installs.installRequirements(this.target, file, o);
  }

  /**
   * Installs a project from its directory (or its pyproject.toml): `uv pip install [-e] <dir>[extras]`,
   * plus `--group <dir>/pyproject.toml:<group>` for each dependency group.
   */
  installPyproject(projectPath: string, o: PyprojectInstallOptions = {}): Promise<CommandResult> {
    return installs.installPyproject(this.target, projectPath, o);
  }

  /**
   * Everything a setup asks for in ONE resolution: requirements files, constraints, a project (editable,
   * extras, groups) and extra specs. Relative paths are taken from `cwd`. A failure names the requirements
   * file when uv blames one (RequirementsFileError), else PackageInstallationError.
   */
  installPlan(plan: InstallPlan, o: InstallOptions & { cwd?: string } = {}): Promise<CommandResult> {
    return installs.installPlan(this.target, plan, o);
  }

  // ---------------------------------------------------------------- changing what is installed

  /** Uninstalls one or more packages; with `removeDependencies`, also their now-unneeded dependencies. */
  uninstall(name: string | string[], o: UninstallOptions = {}): Promise<CommandResult> {
    return update.uninstall(this.target, name, o);
  }

  /** Upgrades every outdated (non-editable) package in one resolution. */
  upgradeAll(o: InstallOptions = {}): Promise<{ upgraded: OutdatedPackageInfo[]; result?: CommandResult }> {
    return update.upgradeAll(this.target, o);
  }

  /** Installs exactly `version` of `name` (down or up); verifies the result. */
  downgrade(name: string, version: string, o: InstallOptions = {}): Promise<CommandResult> {
    return update.pinVersion(this.target, name, version, o);
  }

  /**
   * Installs many specs in one uv call. If that call fails, each valid spec is retried alone so every
   * entry says whether it installed and, if not, uv's reason. Invalid specs never reach uv.
   */
  batchInstall(specs: string[], o: InstallOptions = {}): Promise<Record<string, BatchItemResult>> {
    const check = (s: string) => installs.checkedSpecs([s])[0];
    return update.batch(specs, check, (list) => this.install(list, o), this.logger);
  }

  /** Uninstalls many packages in one uv call, with per-package results when it fails. */
  batchUninstall(names: string[], o: UninstallOptions = {}): Promise<Record<string, BatchItemResult>> {
    return update.batch(names, validatePackageName, (list) => this.uninstall(list, o), this.logger);
  }

  // ---------------------------------------------------------------- questions

  /** Installed packages (`uv pip list --format json`); `details` adds location and summary per package. */
  list(o: CallOptions & { details?: boolean } = {}): Promise<PackageInfo[]> {
    return queries.listPackages(this.target, o);
  }

  /** Version if installed, else undefined. */
  getVersion(name: string, o: CallOptions = {}): Promise<string | undefined> {
    return queries.installedVersion(this.target, name, o);
  }

  async isInstalled(name: string, o: CallOptions = {}): Promise<boolean> {
    return (await this.getVersion(name, o)) !== undefined;
  }

  /** `uv pip show <name>`; undefined when not installed. */
  info(name: string, o: CallOptions = {}): Promise<PackageDetails | undefined> {
    return queries.packageDetails(this.target, name, o);
  }

  /** Packages with a newer version on the index (`uv pip list --outdated --format json`). */
  outdated(o: CallOptions & IndexSettings = {}): Promise<OutdatedPackageInfo[]> {
    return queries.outdatedPackages(this.target, o);
  }

  /** `uv pip freeze` text (exact pins). */
  freeze(o: CallOptions & { excludeEditable?: boolean } = {}): Promise<string> {
    return queries.freeze(this.target, o);
  }

  /**
   * Writes a requirements file. `pin: 'exact'` (default) is `uv pip freeze`; `'minimum'` writes `name>=version`,
   * `'compatible'` writes `name~=version` (editable installs are left out of those two: they have no index version).
   */
  exportRequirements(
    outputPath: string,
    o: CallOptions & { pin?: RequirementsPin; excludeEditable?: boolean } = {},
  ): Promise<string> {
    return queries.exportRequirements(this.target, outputPath, o);
  }

  // ---------------------------------------------------------------- where packages come from

  /** Where packages come from, as uv will see it: options first, then uv's own environment variables. */
  pipConfig(): PipConfiguration {
    return this.config.describe();
  }

  /**
   * Uses `indexUrl` for this runtime's later calls (the reference wrote pip.conf; we never touch global
   * config). `trusted` also skips TLS verification for that host; `extra` adds it as an extra index instead.
   */
  configureIndex(indexUrl: string, o: { trusted?: boolean; extra?: boolean } = {}): PipConfiguration {
    this.config.setIndex(indexUrl, o);
    return this.pipConfig();
  }

  /** Sends this runtime's uv traffic through `proxyUrl` (HTTPS_PROXY/HTTP_PROXY for uv only). */
  configureProxy(proxyUrl: string, o: { noProxy?: string } = {}): PipConfiguration {
    this.config.setProxy(proxyUrl, o);
    return this.pipConfig();
  }

  // ---------------------------------------------------------------- versions and health

  /** uv's version (the package manager every operation goes through). */
  uvVersion(o: CallOptions = {}): Promise<string> {
    return this.uv.version(o);
  }

  /** pip's version if pip is installed in this environment (a uv venv has none unless seeded). */
  pipVersion(o: CallOptions = {}): Promise<string | undefined> {
    return health.pipVersion(this.target, o);
  }

  /** sys.version, executable, prefixes, implementation. */
  pythonVersionInfo(o: CallOptions = {}): Promise<PythonVersionInfo> {
    return health.pythonVersionInfo(this.target, o);
  }

  /**
   * Health: the interpreter exists and runs, uv runs, `uv pip check` finds no broken dependencies, and
   * site-packages is writable. pip is reported but not required (uv venvs have no pip, and are healthy).
   */
  validateInstallation(o: CallOptions = {}): Promise<HealthReport> {
    return health.validateInstallation(this.target, o);
  }

  // ---------------------------------------------------------------- PyPI

  /** Project metadata from the PyPI JSON API; undefined when the project/version does not exist. */
  getPackageMetadata(
    name: string,
    version?: string,
    o: CallOptions = {},
  ): Promise<PyPIPackageInfo | undefined> {
    return getPackageMetadata(name, version, { jsonUrl: this.pypi.jsonUrl, fetch: this.pypi.fetch, ...o });
  }

  /** Name search over the index's project list, enriched from the JSON API (see pypi.ts). */
  searchPyPI(query: string, o: CallOptions & { limit?: number } = {}): Promise<PyPISearchResult[]> {
    const simpleUrl = this.pypi.searchIndexUrl ?? this.config.indexUrl ?? DEFAULT_SIMPLE_INDEX_URL;
    return searchPyPI(query, { jsonUrl: this.pypi.jsonUrl, simpleUrl, fetch: this.pypi.fetch, ...o });
  }

  // ---------------------------------------------------------------- for subclasses

  /** `uv pip <cmd> --python=<interpreter> ...` */
  protected pip(args: string[], o: CallOptions & { cwd?: string } = {}): Promise<UvResult> {
    return uvPip(this.target, args, o);
  }

  /** Runs this interpreter with exactly `args`, in the isolated environment (no caller PYTHON* variables). */
  protected python(args: string[], o: CallOptions = {}) {
    return spawnCapture(this.pythonPath, args, {
      signal: o.signal,
      timeoutMs: o.timeoutMs ?? 120_000,
      env: isolatedPythonEnv(),
    });
  }
}
