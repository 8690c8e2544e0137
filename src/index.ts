// Public library surface of python-embedded. Each area adds its exports under its own heading.
export * from './core/errors.js';
export type { Logger } from './core/log.js';
export { silentLogger, stderrLogger } from './core/log.js';
export * from './core/platform.js';
export type * from './core/catalog/types.js';
// [B] versions + catalog
export {
  ACCEPTED_FORMS,
  parsePythonRequest,
  parseVersionRequest,
  requestAllowsPrereleases,
} from './core/versions/spec.js';
export type { PythonRequest, VersionRequest, VariantRequest, PlatformRequest } from './core/versions/spec.js';
export { compareVersionText, compareVersions, formatVersion, parseVersion } from './core/versions/version.js';
export { parseSpecifiers, specifiersContain } from './core/versions/specifiers.js';
export { versionMatches } from './core/versions/match.js';
export {
  createCatalog,
  catalogInfo,
  BuildIndex,
  STRIPPED_SINCE,
  findSpecFromFiles,
  readSpecFile,
  parseAssetName,
  platformFromTriple,
  tripleOf,
  snapshotIndex,
  archivePythonRoot,
  GitHubReleases,
  buildsFromNdjson,
  DEFAULT_API_URL,
  DEFAULT_PBS_REPO,
  DEFAULT_NDJSON_URL,
} from './core/catalog/index.js';
export type {
  Catalog,
  CatalogOptions,
  CatalogSource,
  ResolveOptions,
  ListOptions,
  SpecFromFile,
  ParsedAsset,
} from './core/catalog/index.js';
export {
  findBestMatchingVersion,
  getLatestPythonVersion,
  listAvailableVersions,
} from './core/catalog/library.js';
// [C] install + instances
export { downloadFile, normaliseSha256 } from './core/install/download.js';
export type { DownloadOptions, DownloadProgress, DownloadResult } from './core/install/download.js';
export { extractArchive, formatFromName, sniffFormat } from './core/install/extract.js';
export type { ExtractFormat, ExtractOptions } from './core/install/extract.js';
export type { ArchiveLimits } from './core/install/archive-limits.js';
export { withLock, readLock } from './core/install/lock.js';
export type { LockOptions, LockInfo } from './core/install/lock.js';
export { mirrorUrlFor, expectedChecksum, parseSha256Sums } from './core/install/mirror.js';
export { installBuild, hashFile } from './core/install/install.js';
export type { InstallBuildOptions, InstallResult, InstallProgress } from './core/install/install.js';
export { findInterpreter, locatePython } from './core/install/python-layout.js';
export {
  probeInterpreter,
  /** @deprecated The earlier name of `probeInterpreter`. */
  probeInterpreter as probePython,
  isolatedPythonEnv,
  isPythonEnvironmentVariable,
} from './core/python/probe.js';
export type { PythonProbe, ProbeOptions } from './core/python/probe.js';
export { isGitHubHost, redactUrl, tokenMayGoTo } from './core/install/http.js';
export { proxyFor } from './core/install/proxy.js';
export {
  PythonManager,
  dirSize,
  instanceName,
  parseInstanceName,
  localArchiveBuild,
  packDirectory,
  METADATA_FILE,
} from './core/instances/index.js';
export type {
  GetOrCreateOptions as GetOrCreateInstanceOptions,
  InstallBuildResult,
  InstanceInfo,
  IntegrityReport,
  PythonInstance,
  PythonManagerOptions,
  SelectOptions as InstanceSelectOptions,
  InstanceMetadata,
  InstanceSource,
} from './core/instances/index.js';
// [D] uv + venvs + packages
export { ensureUv } from './core/uv/install.js';
export { findOnPath } from './core/fs.js';
export type { EnsureUvOptions, EnsuredUv } from './core/uv/install.js';
export {
  DEFAULT_UV_VERSION,
  DEFAULT_UV_DOWNLOAD_URL,
  uvTriple,
  uvAsset,
  uvAssetUrl,
} from './core/uv/triple.js';
export { Uv, probeUvVersion } from './core/uv/uv.js';
export type { UvOptions, UvRunOptions, UvResult, IndexSettings } from './core/uv/uv.js';
export { PythonRuntime } from './core/packages/runtime.js';
export type {
  PythonRuntimeOptions,
  InstallOptions,
  PyprojectInstallOptions,
  UninstallOptions,
  CallOptions,
  InstallPlan,
} from './core/packages/runtime.js';
export type * from './core/packages/types.js';
export {
  parsePackageSpec,
  isValidPackageSpec,
  validatePackageName,
  normalizePackageName,
} from './core/packages/spec.js';
export type { ParsedSpec } from './core/packages/spec.js';
export { getPackageMetadata, searchPyPI, DEFAULT_PYPI_JSON_URL } from './core/packages/pypi.js';
export { VirtualEnvironment } from './core/venvs/virtual-environment.js';
export { VirtualEnvironmentManager } from './core/venvs/manager.js';
export type { VenvHost, GetOrCreateOptions, VirtualEnvironmentInfo } from './core/venvs/manager.js';
export type { VirtualEnvironmentMetadata } from './core/venvs/metadata.js';
export { relocateVenv } from './core/venvs/relocate.js';
export { validateVenvName, venvPython, venvBinDir } from './core/venvs/layout.js';
// [E] exec + session
export {
  runProcess,
  runPython,
  runScript,
  formatCommand,
  DEFAULT_MAX_OUTPUT_BYTES,
} from './core/exec/run.js';
export type { ScriptSource } from './core/exec/run.js';
export type {
  RunOptions,
  RunResult,
  RunLimits,
  StdinSource,
  Priority,
  MemoryLimitMethod,
} from './core/exec/types.js';
export { killTree } from './core/exec/kill-tree.js';
export { memoryLimitSupported } from './core/exec/limits.js';
export { PythonSession } from './core/session/session.js';
export type {
  SessionOptions,
  CallOptions as SessionCallOptions,
  ImportInfo,
  SessionInfo,
} from './core/session/session.js';
// [G] config + diagnose + setup
export * from './core/diagnose/index.js';
export {
  loadConfig,
  describeConfig,
  describeSource,
  findConfigFile,
  defaultRoot,
  CONFIG_FILE_NAMES,
  DEFAULT_PYTHON,
  KEYS as CONFIG_KEYS,
} from './core/config/index.js';
export type {
  PythonEmbeddedOptions,
  OptionKey,
  ConfigSource,
  LoadConfigInput,
  LoadedConfig,
  KeySpec,
} from './core/config/index.js';
export {
  planSetup,
  runPlan,
  runSetup,
  managerInstaller,
  chooseSpec,
  chooseSpecs,
  isVenvPath,
  ensurePrivateUv,
} from './core/setup/index.js';
export { catalogFromConfig, catalogOptions } from './core/catalog/from-config.js';
export { createVenv, ensureVenvAt } from './core/venvs/create.js';
export type { CreateVenvOptions } from './core/venvs/create.js';
export type {
  SetupOptions,
  SetupPlan,
  PlanConfig,
  PythonPlan,
  UvPlan,
  VenvPlan,
  PackagePlan,
  SetupHooks,
  SetupResult,
  SetupPython,
  RequestedPython,
  SetupPhase,
  SetupProgress,
  PhaseTiming,
  PythonInstaller,
  InstalledPython,
  InstallContext,
  ManagerInstallerOptions,
  PrivateUvOptions,
} from './core/setup/index.js';
