import type { ArchiveFlavor, PythonBuild } from '../catalog/types.js';
import type { CatalogSource } from '../config/options.js';
import type { Logger } from '../log.js';
import type { Platform } from '../platform.js';

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
  export?(
    installed: InstalledPython,
    build: PythonBuild,
    archivePath: string,
    ctx: InstallContext,
  ): Promise<string>;
}

export interface SetupOptions {
  /** Spec given explicitly (positional / `python-version`). */
  python?: string;
  /** Where `python` came from, for the result and logs (default `input`). */
  pythonSource?: string;
  /** Read the spec from this file (`.python-version`, `.tool-versions`, `pyproject.toml`...). */
  pythonVersionFile?: string;
  /** Used when neither of the above nor a version file in `cwd` names one (default `3.12`). */
  defaultPython?: string;
  /** Where relative paths are resolved and version files are searched (default process.cwd()). */
  cwd?: string;
  build?: string;
  platform?: Platform;
  flavor?: ArchiveFlavor;
  freethreaded?: boolean;
  checkLatest?: boolean;

  /** Root of the library's instances (default installer); default: the user data dir. */
  root?: string;
  mirror?: string;
  catalogSource?: CatalogSource;
  ndjsonUrl?: string;
  githubApiUrl?: string;
  githubToken?: string;
  pbsRepo?: string;
  allowMissingChecksum?: boolean;
  /** Archive limits for the default installer (see ArchiveLimits); the extractor's defaults when unset. */
  archiveMaxBytes?: number;
  archiveMaxRatio?: number;
  retries?: number;
  timeoutMs?: number;
  backoffMs?: number;
  offline?: boolean;
  /** Replaces the default PythonManager installer (the action's tool cache). */
  installer?: PythonInstaller;

  uvVersion?: string;
  uvPath?: string;
  uvDownloadUrl?: string;
  /** Where the private uv is installed (default `<root>/tools`). */
  toolsDir?: string;
  /** uv's cache directory (`UV_CACHE_DIR`); default: uv's own. */
  uvCacheDir?: string;

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
  indexUrl?: string;
  extraIndexUrls?: string[];
  trustedHosts?: string[];
  proxy?: string;
  noProxy?: string;

  /** Write the installation to this archive at the end. */
  export?: string;
  signal?: AbortSignal;
}

export interface PhaseTiming {
  name: SetupPhase;
  ms: number;
}

export interface SetupResult {
  requested: { spec: string; source: string };
  python: {
    version: string;
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
  };
  uv: { path: string; version: string; source: string; cacheHit: boolean };
  venv?: { path: string; binDir: string; pythonPath: string; created: boolean };
  packages?: { installed: number; requested: number; names: string[] };
  exportPath?: string;
  phases: PhaseTiming[];
  totalMs: number;
}
