import type { RunOptions, RunResult } from '../exec/types.js';
import { type Logger } from '../log.js';
import type { PythonSession, SessionOptions } from '../session/session.js';
import type { IndexSettings, Uv, UvResult } from '../uv/uv.js';
import type { InstallPlan, PyprojectInstallOptions } from './install.js';
import { DEFAULT_SIMPLE_INDEX_URL } from './pypi.js';
import type { RequirementsPin } from './query.js';
import { type CallOptions, type InstallOptions } from './target.js';
import type { BatchItemResult, CommandResult, HealthReport, OutdatedPackageInfo, PackageDetails, PackageInfo, PipConfiguration, PyPIPackageInfo, PyPISearchResult, PythonVersionInfo } from './types.js';
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
export declare class PythonRuntime {
    readonly pythonPath: string;
    readonly uv: Uv;
    protected readonly logger: Logger;
    private readonly target;
    private readonly config;
    private readonly pypi;
    constructor(o: PythonRuntimeOptions);
    /** The reference's static validator, kept as a static for discoverability. */
    static isValidPackageSpec(spec: string): boolean;
    /** Runs Python code (`python -c`): the reference's ExecuteCommand. Handlers, cwd, env, timeout, memory limit via `o`. */
    executeCommand(code: string, o?: RunOptions): Promise<RunResult>;
    /** Runs a script file with arguments: the reference's ExecuteScript. */
    executeScript(scriptPath: string, args?: string[], o?: RunOptions): Promise<RunResult>;
    /** Runs this interpreter with raw arguments (`-m module ...`, `-X ...`). */
    run(args: string[], o?: RunOptions): Promise<RunResult>;
    /**
     * A persistent interpreter on this runtime (state kept between calls; the reference's in-process mode).
     * The session's code loads with the first session: a setup or a run never evaluates it.
     */
    startSession(o?: SessionOptions): Promise<PythonSession>;
    /** Hook for VirtualEnvironment to add its activation variables. */
    protected execOptions(o: RunOptions): RunOptions;
    /** Installs one spec or several (one uv call). Throws PackageInstallationError with uv's message. */
    install(spec: string | string[], o?: InstallOptions): Promise<CommandResult>;
    /** `uv pip install -r <file>`; a bad file or an unresolvable line is a RequirementsFileError. */
    installRequirements(file: string, o?: InstallOptions): Promise<CommandResult>;
    /**
     * Installs a project from its directory (or its pyproject.toml): `uv pip install [-e] <dir>[extras]`,
     * plus `--group <dir>/pyproject.toml:<group>` for each dependency group.
     */
    installPyproject(projectPath: string, o?: PyprojectInstallOptions): Promise<CommandResult>;
    /**
     * Everything a setup asks for in ONE resolution: requirements files, constraints, a project (editable,
     * extras, groups) and extra specs. Relative paths are taken from `cwd`. A failure names the requirements
     * file when uv blames one (RequirementsFileError), else PackageInstallationError.
     */
    installPlan(plan: InstallPlan, o?: InstallOptions & {
        cwd?: string;
    }): Promise<CommandResult>;
    /** Uninstalls one or more packages; with `removeDependencies`, also their now-unneeded dependencies. */
    uninstall(name: string | string[], o?: UninstallOptions): Promise<CommandResult>;
    /** Upgrades every outdated (non-editable) package in one resolution. */
    upgradeAll(o?: InstallOptions): Promise<{
        upgraded: OutdatedPackageInfo[];
        result?: CommandResult;
    }>;
    /** Installs exactly `version` of `name` (down or up); verifies the result. */
    downgrade(name: string, version: string, o?: InstallOptions): Promise<CommandResult>;
    /**
     * Installs many specs in one uv call. If that call fails, each valid spec is retried alone so every
     * entry says whether it installed and, if not, uv's reason. Invalid specs never reach uv.
     */
    batchInstall(specs: string[], o?: InstallOptions): Promise<Record<string, BatchItemResult>>;
    /** Uninstalls many packages in one uv call, with per-package results when it fails. */
    batchUninstall(names: string[], o?: UninstallOptions): Promise<Record<string, BatchItemResult>>;
    /** Installed packages (`uv pip list --format json`); `details` adds location and summary per package. */
    list(o?: CallOptions & {
        details?: boolean;
    }): Promise<PackageInfo[]>;
    /** Version if installed, else undefined. */
    getVersion(name: string, o?: CallOptions): Promise<string | undefined>;
    isInstalled(name: string, o?: CallOptions): Promise<boolean>;
    /** `uv pip show <name>`; undefined when not installed. */
    info(name: string, o?: CallOptions): Promise<PackageDetails | undefined>;
    /** Packages with a newer version on the index (`uv pip list --outdated --format json`). */
    outdated(o?: CallOptions & IndexSettings): Promise<OutdatedPackageInfo[]>;
    /** `uv pip freeze` text (exact pins). */
    freeze(o?: CallOptions & {
        excludeEditable?: boolean;
    }): Promise<string>;
    /**
     * Writes a requirements file. `pin: 'exact'` (default) is `uv pip freeze`; `'minimum'` writes `name>=version`,
     * `'compatible'` writes `name~=version` (editable installs are left out of those two: they have no index version).
     */
    exportRequirements(outputPath: string, o?: CallOptions & {
        pin?: RequirementsPin;
        excludeEditable?: boolean;
    }): Promise<string>;
    /** Where packages come from, as uv will see it: options first, then uv's own environment variables. */
    pipConfig(): PipConfiguration;
    /**
     * Uses `indexUrl` for this runtime's later calls (the reference wrote pip.conf; we never touch global
     * config). `trusted` also skips TLS verification for that host; `extra` adds it as an extra index instead.
     */
    configureIndex(indexUrl: string, o?: {
        trusted?: boolean;
        extra?: boolean;
    }): PipConfiguration;
    /** Sends this runtime's uv traffic through `proxyUrl` (HTTPS_PROXY/HTTP_PROXY for uv only). */
    configureProxy(proxyUrl: string, o?: {
        noProxy?: string;
    }): PipConfiguration;
    /** uv's version (the package manager every operation goes through). */
    uvVersion(o?: CallOptions): Promise<string>;
    /** pip's version if pip is installed in this environment (a uv venv has none unless seeded). */
    pipVersion(o?: CallOptions): Promise<string | undefined>;
    /** sys.version, executable, prefixes, implementation. */
    pythonVersionInfo(o?: CallOptions): Promise<PythonVersionInfo>;
    /**
     * Health: the interpreter exists and runs, uv runs, `uv pip check` finds no broken dependencies, and
     * site-packages is writable. pip is reported but not required (uv venvs have no pip, and are healthy).
     */
    validateInstallation(o?: CallOptions): Promise<HealthReport>;
    /** Project metadata from the PyPI JSON API; undefined when the project/version does not exist. */
    getPackageMetadata(name: string, version?: string, o?: CallOptions): Promise<PyPIPackageInfo | undefined>;
    /** Name search over the index's project list, enriched from the JSON API (see pypi.ts). */
    searchPyPI(query: string, o?: CallOptions & {
        limit?: number;
    }): Promise<PyPISearchResult[]>;
    /** `uv pip <cmd> --python=<interpreter> ...` */
    protected pip(args: string[], o?: CallOptions & {
        cwd?: string;
    }): Promise<UvResult>;
    /** Runs this interpreter with exactly `args`, in the isolated environment (no caller PYTHON* variables). */
    protected python(args: string[], o?: CallOptions): Promise<import("../uv/spawn.js").CapturedRun>;
}
