import type { ArchiveFlavor, Implementation, PythonBuild } from '../catalog/types.js';
import type { CatalogOptions } from '../catalog/index.js';
import type { ResolveOptions } from '../catalog/resolve.js';
import type { PythonEmbeddedOptions } from '../config/options.js';
import type { Logger } from '../log.js';
import type { ProjectPlan } from '../packages/project-plan.js';
import type { Platform } from '../platform.js';
import type { IndexSettings } from '../uv/uv.js';
import type { PrivateUvOptions } from './uv.js';
/** The phases of the plan, in order. */
export type SetupPhase = 'resolve' | 'install' | 'uv' | 'venv' | 'packages' | 'export';
/** A progress report (download bytes, extracted bytes...): the CLI draws bars from it, the action ignores it. */
export interface SetupProgress {
    phase: 'download' | 'extract' | string;
    label?: string;
    current: number;
    total?: number;
    unit?: 'bytes' | 'entries';
}
export interface SetupHooks {
    logger?: Logger;
    /**
     * Called once the build is known, run beside the install and uv phases and awaited before the venv phase
     * (the action restores its uv cache, keyed on the build, here). Its own time is the caller's to report.
     */
    onResolved?: (build: PythonBuild, signal?: AbortSignal) => Promise<void>;
    /** Called when a phase ends, with its duration. */
    onPhase?: (name: SetupPhase, ms: number) => void;
    onProgress?: (e: SetupProgress) => void;
}
/** A Python installed by an installer: where it is and whether it was already there. */
export interface InstalledPython {
    /** The interpreter (`<dir>/bin/python3`, `python.exe`). */
    pythonPath: string;
    /** The installation prefix (what setup-python calls `pythonLocation`). */
    pythonDir: string;
    /** The version the interpreter reports (or the build's). */
    version: string;
    /** True when nothing was downloaded. */
    cacheHit: boolean;
    /** The library instance directory, when the installer is the PythonManager. */
    instanceDir?: string;
}
export interface InstallContext {
    logger: Logger;
    onProgress?: (e: SetupProgress) => void;
    signal?: AbortSignal;
}
/**
 * Puts a resolved build on disk. The default uses the library's PythonManager (instances under `root`);
 * the action plugs in one backed by @actions/tool-cache. Core code never imports @actions/*.
 */
export interface PythonInstaller {
    /** Shown in logs and the result, e.g. `pyembed` or `tool-cache`. */
    readonly name: string;
    install(build: PythonBuild, ctx: InstallContext): Promise<InstalledPython>;
    /** Writes the installation (and venvs it knows of) to an archive; needed only for `export`. */
    export?(installed: InstalledPython, build: PythonBuild, archivePath: string, ctx: InstallContext): Promise<string>;
}
/**
 * What `planSetup` / `runSetup` accept: the configuration (`PythonEmbeddedOptions`, e.g. `loadConfig().options`,
 * spread as is) plus what one setup is asked to do. Every field is optional; `planSetup` fills the defaults.
 */
export interface SetupOptions extends Omit<Partial<PythonEmbeddedOptions>, 'python' | 'flavor'> {
    /**
     * Spec given explicitly (positional / `python-version`); beats version files. Several (a list, or one
     * per line) install each; the last is the default (the venv, `python-path`).
     */
    python?: string | string[];
    /** Where `python` came from, for the result and logs (default `input`). */
    pythonSource?: string;
    /** Read the spec from this file (`.python-version`, `.tool-versions`, `pyproject.toml`...). */
    pythonVersionFile?: string;
    /** Used when neither of the above nor a version file in `cwd` names one (default `3.12`). */
    defaultPython?: string;
    /** Where relative paths are resolved and version files are searched (default process.cwd()). */
    cwd?: string;
    platform?: Platform;
    flavor?: ArchiveFlavor;
    freethreaded?: boolean;
    checkLatest?: boolean;
    /**
     * `false`: a spec that names no prerelease (`3.15`, `>=3.14`) never resolves to one, even when nothing final
     * matches (setup-python's default). Default: uv's rule, a prerelease when no final release matches.
     */
    allowPrereleases?: boolean;
    /** Replaces the default PythonManager installer (the action's tool cache). */
    installer?: PythonInstaller;
    /** uv's cache directory (`UV_CACHE_DIR`); default: uv's own. */
    uvCacheDir?: string;
    /** The sha256 the uv archive must have (setup-uv's `checksum`); default: the shipped or published one. */
    uvChecksum?: string;
    /**
     * The venv: a path (absolute, or relative with a slash / leading dot, resolved against cwd) or a bare
     * name, placed under `<instance>/venvs/<name>` (or `<toolsDir>/venvs/<name>` without an instance dir).
     * `false` = no venv (and no packages).
     */
    venv?: string | false;
    /** Seed pip/setuptools into the venv. */
    seed?: boolean;
    requirements?: string[];
    constraints?: string[];
    /** A pyproject.toml file or its directory. */
    pyproject?: string;
    editable?: boolean;
    extras?: string[];
    /** Extra requirement specifiers. */
    packages?: string[];
    /** `auto` (default): install the project's uv.lock when it has one; `frozen`: unchecked; `ignore`: resolve. */
    lock?: string;
    /** PEP 735 dependency groups to install (besides uv's default groups, `dev`). */
    groups?: string[];
    allGroups?: boolean;
    /** Leave out uv's default groups (`dev`). */
    noDefaultGroups?: boolean;
    allExtras?: boolean;
    /** The workspace member to install (`uv sync --package`). */
    workspacePackage?: string;
    /** Write the installation to this archive at the end. */
    export?: string;
    signal?: AbortSignal;
}
/**
 * The configuration keys (`KEYS`) as given, with `root` and `toolsDir` made absolute, and `cwd`: the settings
 * any phase may read (mirror, retries, proxy...). The setup inputs live in the other parts of the plan.
 */
export type PlanConfig = Omit<Partial<PythonEmbeddedOptions>, 'root' | 'toolsDir' | 'python'> & {
    root: string;
    toolsDir: string;
    cwd: string;
};
/** Which Python, from where, and how to get it. */
export interface PythonPlan {
    /** The default spec and why it was chosen (`input`, a version file's path, `default`...): `requests`' last. */
    requested: {
        spec: string;
        source: string;
    };
    /** Every spec to install, in order (one unless several were asked for); the last is the default. */
    requests: {
        spec: string;
        source: string;
    }[];
    /** What the catalogue resolves the spec with (platform, build pin, flavour, variant). */
    resolve: ResolveOptions;
    /** How the catalogue is built (`catalogOptions(config)`); the logger is added when it runs. */
    catalog: CatalogOptions;
    installer: PythonInstaller;
}
/** The private uv and the settings of every uv call. */
export interface UvPlan {
    /** The uv version asked for (exact, `latest` or a range) and where it came from (`uvVersion`, a file, `default`). */
    requested: {
        version: string;
        source: string;
    };
    install: Omit<PrivateUvOptions, 'logger' | 'signal' | 'version'>;
    /** `UV_CACHE_DIR`; undefined = uv's own. */
    cacheDir?: string;
}
/**
 * The venv: `name` is one of the instance's venvs (through the venv manager) when the installer has an
 * instance directory, else the directory `dirWithoutInstance`; `dir` is a venv at a path.
 */
export type VenvPlan = {
    seed: boolean;
} & ({
    kind: 'named';
    name: string;
    dirWithoutInstance: string;
} | {
    kind: 'path';
    dir: string;
});
/** What to install into the venv, in one uv resolution; paths absolute, specs and extras validated. */
export interface PackagePlan {
    requirements: string[];
    constraints: string[];
    /** A pyproject.toml or its directory. */
    pyproject?: string;
    editable: boolean;
    extras: string[];
    /** Requirement specifiers (PEP 508). */
    specs: string[];
    index: IndexSettings;
    /** The pyproject's lock decides the install (`uv sync`); `pyproject` is then not resolved afresh. */
    project?: ProjectPlan;
    /** Groups and all-extras for a fresh resolution of the pyproject (no lock). */
    groups: string[];
    allExtras: boolean;
}
/** Everything setup will do, checked before any download: `planSetup` builds it, `runPlan` carries it out. */
export interface SetupPlan {
    config: PlanConfig;
    python: PythonPlan;
    uv: UvPlan;
    venv: VenvPlan | false;
    packages: PackagePlan;
    /** Absolute archive path to write the installation to at the end. */
    export?: string;
    signal?: AbortSignal;
}
export interface PhaseTiming {
    name: SetupPhase;
    ms: number;
}
/** One installed Python of a setup. */
export interface SetupPython {
    requested: {
        spec: string;
        source: string;
    };
    /** `cpython`, `pypy` or `graalpy`. */
    implementation: Implementation;
    /** The language version the interpreter reports (`3.10.16` for PyPy 7.3.19 too). */
    version: string;
    /** The version as setup-python's output spells it: `3.12.5`, `pypy3.10.16`, `graalpy24.2.2`. */
    label: string;
    build: string;
    key: string;
    url: string;
    sha256?: string;
    assetName: string;
    platform: string;
    /** The installation's interpreter (not the venv's). */
    pythonPath: string;
    pythonDir: string;
    instanceDir?: string;
    cacheHit: boolean;
    installer: string;
}
export interface SetupResult {
    requested: {
        spec: string;
        source: string;
    };
    /** Every Python installed, in the order asked; the last is `python` (the default). */
    pythons: SetupPython[];
    /** The default Python (the last asked for). */
    python: Omit<SetupPython, 'requested'>;
    uv: {
        path: string;
        version: string;
        source: string;
        cacheHit: boolean;
    };
    venv?: {
        path: string;
        binDir: string;
        pythonPath: string;
        created: boolean;
    };
    packages?: {
        installed: number;
        requested: number;
        names: string[];
        /**
         * True when uv was not run: the same requests were installed into this venv before and it holds what
         * that install left (src/core/setup/package-stamp.ts).
         */
        unchanged?: boolean;
        /** Set when a uv.lock decided the versions. */
        lock?: {
            file: string;
            mode: 'locked' | 'frozen';
            groups: string[];
            extras: string[];
        };
    };
    exportPath?: string;
    phases: PhaseTiming[];
    totalMs: number;
}
