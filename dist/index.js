#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import "./chunk-5LC737FD.js";
import {
  extractArchive,
  formatFromName,
  sniffFormat
} from "./chunk-EY3ICSUQ.js";
import {
  METADATA_FILE,
  PythonManager,
  dirSize,
  findBestMatchingVersion,
  getLatestPythonVersion,
  hashFile,
  installBuild,
  instanceName,
  listAvailableVersions,
  localArchiveBuild,
  packDirectory,
  parseInstanceName
} from "./chunk-TZ5XPPSR.js";
import {
  DEFAULT_MAX_OUTPUT_BYTES,
  DEFAULT_PYPI_JSON_URL,
  PythonRuntime,
  PythonSession,
  VirtualEnvironment,
  VirtualEnvironmentManager,
  chooseSpec,
  chooseSpecs,
  createVenv,
  ensurePrivateUv,
  ensureVenvAt,
  formatCommand,
  getPackageMetadata,
  isValidPackageSpec,
  isVenvPath,
  managerInstaller,
  memoryLimitSupported,
  normalizePackageName,
  parsePackageSpec,
  planSetup,
  runPlan,
  runProcess,
  runPython,
  runScript,
  runSetup,
  searchPyPI,
  validatePackageName
} from "./chunk-ILKLI3QH.js";
import {
  catalogFromConfig,
  catalogOptions
} from "./chunk-L3K4VSN7.js";
import {
  Uv,
  ensureUv,
  probeUvVersion
} from "./chunk-R5MRQTVY.js";
import {
  relocateVenv
} from "./chunk-QTIRRBXB.js";
import {
  ACCEPTED_FORMS,
  BuildIndex,
  DEFAULT_API_URL,
  DEFAULT_NDJSON_URL,
  DEFAULT_PBS_REPO,
  GitHubReleases,
  STRIPPED_SINCE,
  archivePythonRoot,
  buildsFromNdjson,
  catalogInfo,
  createCatalog,
  findSpecFromFiles,
  parseAssetName,
  parsePythonRequest,
  parseVersionRequest,
  platformFromTriple,
  readSpecFile,
  requestAllowsPrereleases,
  snapshotIndex,
  tripleOf,
  versionMatches
} from "./chunk-7GUPRI7K.js";
import {
  readLock,
  withLock
} from "./chunk-C4SBK3D4.js";
import {
  downloadFile,
  expectedChecksum,
  isGitHubHost,
  mirrorUrlFor,
  normaliseSha256,
  parseSha256Sums,
  proxyFor,
  redactUrl,
  tokenMayGoTo
} from "./chunk-DBBTYMKI.js";
import {
  silentLogger,
  stderrLogger
} from "./chunk-D7HBDRUY.js";
import {
  renderDiagnoseMarkdown,
  renderDiagnoseReport,
  runDiagnose
} from "./chunk-IWN6UGG7.js";
import {
  isPythonEnvironmentVariable,
  isolatedPythonEnv,
  killTree,
  probeInterpreter
} from "./chunk-H3KNM2UV.js";
import {
  detectLibc,
  elfInterpreter,
  hostPlatform,
  normaliseArch,
  parsePlatform,
  platformKey
} from "./chunk-H3BTIRPU.js";
import {
  validateVenvName,
  venvBinDir,
  venvPython
} from "./chunk-SD6QJGZW.js";
import "./chunk-KWDCVMID.js";
import {
  CONFIG_FILE_NAMES,
  describeConfig,
  describeSource,
  findConfigFile,
  loadConfig
} from "./chunk-J2SKANUU.js";
import "./chunk-7YUMN574.js";
import {
  KEYS
} from "./chunk-GJVIXB5Y.js";
import {
  findInterpreter,
  locatePython
} from "./chunk-JT2AJOY3.js";
import "./chunk-Q6UZ4ICK.js";
import "./chunk-ADBMM3ER.js";
import {
  DEFAULT_PYTHON,
  defaultRoot
} from "./chunk-EO4SWKGA.js";
import "./chunk-2VKMGMBF.js";
import {
  DEFAULT_UV_DOWNLOAD_URL,
  DEFAULT_UV_VERSION,
  uvAsset,
  uvAssetUrl,
  uvTriple
} from "./chunk-45FNKFRZ.js";
import {
  compareVersionText,
  compareVersions,
  formatVersion,
  parseSpecifiers,
  parseVersion,
  specifiersContain
} from "./chunk-U3AQ5IOT.js";
import {
  findOnPath
} from "./chunk-2UZL3OXL.js";
import "./chunk-WFUFTANM.js";
import "./chunk-T4T7GVZN.js";
import "./chunk-D2NKIRAZ.js";
import {
  ChecksumMismatchError,
  ConfigurationError,
  DownloadError,
  InstanceNotFoundError,
  InvalidPackageSpecificationError,
  InvalidPythonVersionError,
  MetadataCorruptedError,
  PackageInstallationError,
  PlatformNotSupportedError,
  PythonEmbeddedError,
  PythonExecutionError,
  PythonInstallationError,
  PythonNotInstalledError,
  RateLimitError,
  RequirementsFileError,
  UvNotFoundError,
  VenvCreateError,
  VirtualEnvironmentNotFoundError,
  isPythonEmbeddedError
} from "./chunk-EI5M5ORX.js";
import "./chunk-XX4L5FB7.js";
import "./chunk-APXFQ2F5.js";
export {
  ACCEPTED_FORMS,
  BuildIndex,
  CONFIG_FILE_NAMES,
  KEYS as CONFIG_KEYS,
  ChecksumMismatchError,
  ConfigurationError,
  DEFAULT_API_URL,
  DEFAULT_MAX_OUTPUT_BYTES,
  DEFAULT_NDJSON_URL,
  DEFAULT_PBS_REPO,
  DEFAULT_PYPI_JSON_URL,
  DEFAULT_PYTHON,
  DEFAULT_UV_DOWNLOAD_URL,
  DEFAULT_UV_VERSION,
  DownloadError,
  GitHubReleases,
  InstanceNotFoundError,
  InvalidPackageSpecificationError,
  InvalidPythonVersionError,
  METADATA_FILE,
  MetadataCorruptedError,
  PackageInstallationError,
  PlatformNotSupportedError,
  PythonEmbeddedError,
  PythonExecutionError,
  PythonInstallationError,
  PythonManager,
  PythonNotInstalledError,
  PythonRuntime,
  PythonSession,
  RateLimitError,
  RequirementsFileError,
  STRIPPED_SINCE,
  Uv,
  UvNotFoundError,
  VenvCreateError,
  VirtualEnvironment,
  VirtualEnvironmentManager,
  VirtualEnvironmentNotFoundError,
  archivePythonRoot,
  buildsFromNdjson,
  catalogFromConfig,
  catalogInfo,
  catalogOptions,
  chooseSpec,
  chooseSpecs,
  compareVersionText,
  compareVersions,
  createCatalog,
  createVenv,
  defaultRoot,
  describeConfig,
  describeSource,
  detectLibc,
  dirSize,
  downloadFile,
  elfInterpreter,
  ensurePrivateUv,
  ensureUv,
  ensureVenvAt,
  expectedChecksum,
  extractArchive,
  findBestMatchingVersion,
  findConfigFile,
  findInterpreter,
  findOnPath,
  findSpecFromFiles,
  formatCommand,
  formatFromName,
  formatVersion,
  getLatestPythonVersion,
  getPackageMetadata,
  hashFile,
  hostPlatform,
  installBuild,
  instanceName,
  isGitHubHost,
  isPythonEmbeddedError,
  isPythonEnvironmentVariable,
  isValidPackageSpec,
  isVenvPath,
  isolatedPythonEnv,
  killTree,
  listAvailableVersions,
  loadConfig,
  localArchiveBuild,
  locatePython,
  managerInstaller,
  memoryLimitSupported,
  mirrorUrlFor,
  normaliseArch,
  normaliseSha256,
  normalizePackageName,
  packDirectory,
  parseAssetName,
  parseInstanceName,
  parsePackageSpec,
  parsePlatform,
  parsePythonRequest,
  parseSha256Sums,
  parseSpecifiers,
  parseVersion,
  parseVersionRequest,
  planSetup,
  platformFromTriple,
  platformKey,
  probeInterpreter,
  probeInterpreter as probePython,
  probeUvVersion,
  proxyFor,
  readLock,
  readSpecFile,
  redactUrl,
  relocateVenv,
  renderDiagnoseMarkdown,
  renderDiagnoseReport,
  requestAllowsPrereleases,
  runDiagnose,
  runPlan,
  runProcess,
  runPython,
  runScript,
  runSetup,
  searchPyPI,
  silentLogger,
  snapshotIndex,
  sniffFormat,
  specifiersContain,
  stderrLogger,
  tokenMayGoTo,
  tripleOf,
  uvAsset,
  uvAssetUrl,
  uvTriple,
  validatePackageName,
  validateVenvName,
  venvBinDir,
  venvPython,
  versionMatches,
  withLock
};
