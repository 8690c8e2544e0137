import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  GitHubReleases,
  createCatalog,
  downloadFile,
  fetchText,
  findSpecFromFiles,
  mirrorBase,
  parsePythonRequest,
  readSpecFile,
  recordedVenvPath,
  refuseStaleLaunchers,
  relocateVenv,
  silentLogger,
  sitePackagesDirs,
  specsFromLines,
  versionLabel
} from "./chunk-TYOAQ2VW.js";
import {
  isolatedPythonEnv,
  killTree,
  probeInterpreter,
  runIsolated,
  spawnCapture,
  trackChild,
  untrackChild
} from "./chunk-C6T3T2AP.js";
import {
  META_DIR,
  readPyvenvCfg,
  treeSize,
  validateVenvName,
  venvBinDir,
  venvPython
} from "./chunk-UPWPGVMT.js";
import {
  KEYS,
  projectRequiredUvVersion
} from "./chunk-7JJATTI5.js";
import {
  defaultRoot,
  parse
} from "./chunk-GHB6HO2A.js";
import {
  exactWithoutLookup,
  parseUvVersionRequest
} from "./chunk-CYB3MPCI.js";
import {
  DEFAULT_UV_DOWNLOAD_URL,
  DEFAULT_UV_VERSION,
  compareVersionText,
  parseVersion,
  uvAsset,
  uvAssetUrl
} from "./chunk-MPT6G2NF.js";
import {
  withLock
} from "./chunk-UQ2D4T7P.js";
import {
  hostPlatform,
  platformKey
} from "./chunk-AQOLRART.js";
import {
  compareText
} from "./chunk-N3V4H5X4.js";
import {
  copyTree,
  exists,
  findOnPath,
  findOnPathSync,
  isFile,
  isWritableDir,
  renameWithRetry,
  writeFileAtomic
} from "./chunk-VEZD3A3U.js";
import {
  ChecksumMismatchError,
  ConfigurationError,
  DownloadError,
  InvalidPackageSpecificationError,
  PackageInstallationError,
  PythonExecutionError,
  PythonNotInstalledError,
  RequirementsFileError,
  UvNotFoundError,
  VenvCreateError,
  VirtualEnvironmentNotFoundError,
  isWindowsHost
} from "./chunk-Q6UA7ENB.js";
import {
  monotonicMs,
  randomTag,
  zlibModule
} from "./chunk-SZH64BZ5.js";

// src/core/setup/installer.ts
import path from "node:path";
function managerOptions(o) {
  const { root, mirror, allowMissingChecksum, retries, timeoutMs, backoffMs, offline, logger } = o;
  return {
    ...{ root, mirror, allowMissingChecksum, retries, timeoutMs, backoffMs, offline, logger },
    token: o.githubToken,
    archiveLimits: { maxBytes: o.archiveMaxBytes, maxRatio: o.archiveMaxRatio }
  };
}
function managerInstaller(o) {
  let manager;
  const get = (ctx) => manager ??= import("./instances-HEPMHSZ4.js").then(
    ({ PythonManager }) => new PythonManager(managerOptions({ ...o, logger: o.logger ?? ctx.logger }))
  );
  return {
    name: "pyembed",
    async install(build, ctx) {
      const r = await (await get(ctx)).installBuild(build, { signal: ctx.signal, onProgress: ctx.onProgress });
      return {
        pythonPath: r.instance.pythonPath,
        pythonDir: r.instance.pythonDir,
        version: r.instance.version,
        cacheHit: !r.downloaded,
        instanceDir: r.instance.dir
      };
    },
    async export(installed, build, archivePath, ctx) {
      const key = installed.instanceDir ? path.basename(installed.instanceDir) : build.key;
      return (await get(ctx)).exportInstance(key, archivePath, {
        build: build.build,
        platform: build.platform
      });
    }
  };
}

// src/core/catalog/from-config.ts
import path2 from "node:path";
function catalogOptions(o) {
  return {
    source: o.offline ? "snapshot" : o.catalogSource,
    ndjsonUrl: o.ndjsonUrl,
    downloadsJson: o.pythonDownloadsJsonUrl,
    offline: o.offline,
    apiUrl: o.githubApiUrl,
    token: o.githubToken,
    pbsRepo: o.pbsRepo,
    cacheDir: path2.join(o.root, ".catalog")
  };
}
function catalogFromConfig(o, logger) {
  return createCatalog({ ...catalogOptions(o), logger });
}

// src/core/packages/spec.ts
var NAME = String.raw`[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?`;
var VERSION = String.raw`[A-Za-z0-9_.*+!]+(?:-[A-Za-z0-9_.*+!]+)*`;
var ONE = String.raw`(?:~=|===|==|!=|<=|>=|<|>)\s*${VERSION}`;
var SPECS = String.raw`${ONE}(?:\s*,\s*${ONE})*`;
var NAME_RE = new RegExp(`^${NAME}$`);
var VERSION_RE = new RegExp(`^${VERSION}$`);
var REQ_RE = new RegExp(
  String.raw`^(${NAME})\s*(?:\[\s*(${NAME}(?:\s*,\s*${NAME})*)?\s*\])?\s*` + String.raw`(?:(\(\s*${SPECS}\s*\)|${SPECS})|@\s*(\S+))?\s*(?:;\s*(.+))?$`
);
var MARKER_RE = /^[A-Za-z0-9_.\s'"<>=!~(),*+-]+$/;
var URL_SCHEMES = /^(?:https?|file|git\+https?|git\+ssh|git\+file|hg\+https?|svn\+https?|bzr\+https?):\/\//i;
function normalizePackageName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function refuse(spec, why) {
  throw new InvalidPackageSpecificationError(
    `Invalid package specification ${JSON.stringify(spec)}: ${why}.`,
    {
      requested: spec,
      hint: 'Use a PEP 508 requirement such as "requests", "requests==2.31.0", "pkg[extra]>=1,<2" or "pkg @ https://...".'
    }
  );
}
function parsePackageSpec(spec) {
  if (typeof spec !== "string") refuse(String(spec), "not a string");
  const s = spec.trim();
  if (!s) refuse(spec, "it is empty");
  if (s.startsWith("-")) refuse(spec, 'it starts with "-" and would be read as a command-line option');
  if (/[\x00-\x1f\x7f]/.test(s)) refuse(spec, "it contains control characters");
  if (/(^|\s)--?[A-Za-z]/.test(s)) refuse(spec, "it contains a command-line option");
  const m = REQ_RE.exec(s);
  if (!m) refuse(spec, "it is not a PEP 508 requirement");
  const [, name, extras, specifier, url, marker] = m;
  if (url !== void 0 && !URL_SCHEMES.test(url))
    refuse(spec, `the direct reference ${JSON.stringify(url)} is not a URL`);
  if (marker !== void 0 && (!MARKER_RE.test(marker) || !/[<>=!~]|\bin\b/.test(marker))) {
    refuse(spec, `the environment marker ${JSON.stringify(marker)} is malformed`);
  }
  return {
    name,
    normalizedName: normalizePackageName(name),
    extras: extras ? extras.split(",").map((e) => e.trim()) : [],
    specifier: (specifier ?? "").replace(/^\(\s*|\s*\)$/g, "").replace(/\s+/g, ""),
    url,
    marker: marker?.trim()
  };
}
function isValidPackageSpec(spec) {
  try {
    parsePackageSpec(spec);
    return true;
  } catch {
    return false;
  }
}
function validatePackageName(name) {
  if (typeof name !== "string" || !NAME_RE.test(name.trim())) {
    throw new InvalidPackageSpecificationError(`Invalid package name ${JSON.stringify(name)}.`, {
      requested: String(name),
      hint: 'A package name is letters, digits, ".", "_" and "-", starting and ending with a letter or digit.'
    });
  }
  return name.trim();
}
function validateVersion(version) {
  if (typeof version !== "string" || !VERSION_RE.test(version.trim())) {
    throw new InvalidPackageSpecificationError(`Invalid version ${JSON.stringify(version)}.`, {
      requested: String(version),
      hint: "Give one version such as 1.2.3."
    });
  }
  return version.trim();
}
function validateExtraName(kind, name) {
  if (typeof name !== "string" || !NAME_RE.test(name.trim())) {
    throw new InvalidPackageSpecificationError(`Invalid ${kind} name ${JSON.stringify(name)}.`, {
      requested: String(name),
      hint: `Name the ${kind} as the pyproject.toml lists it (letters, digits, ".", "_", "-").`
    });
  }
  return name.trim();
}

// src/core/uv/uv.ts
var STRIPPED_ENV = [
  "VIRTUAL_ENV",
  "UV_PYTHON",
  "UV_PROJECT_ENVIRONMENT",
  "CONDA_PREFIX",
  "PYTHONHOME",
  "UV_SYSTEM_PYTHON"
];
var Uv = class _Uv {
  path;
  options;
  logger;
  cachedVersion;
  constructor(options) {
    if (!options.path)
      throw new UvNotFoundError("No uv executable given.", { hint: "Call ensureUv() first." });
    for (const url of [options.indexUrl, ...options.extraIndexUrls ?? []]) if (url) checkIndexUrl(url);
    this.path = options.path;
    this.options = { ...options };
    this.logger = options.logger ?? silentLogger;
  }
  /** A copy with some settings changed (e.g. a per-call index). */
  with(changes) {
    const u = new _Uv({ ...this.options, ...changes });
    u.cachedVersion = this.cachedVersion;
    return u;
  }
  /** The environment uv runs with. */
  env(extra = {}) {
    const env = { ...process.env };
    for (const k of STRIPPED_ENV) delete env[k];
    if (this.options.proxy) {
      env.HTTPS_PROXY = env.https_proxy = this.options.proxy;
      env.HTTP_PROXY = env.http_proxy = this.options.proxy;
    }
    if (this.options.noProxy) env.NO_PROXY = env.no_proxy = this.options.noProxy;
    Object.assign(env, this.options.env, extra);
    env.UV_PYTHON_DOWNLOADS = "never";
    env.UV_NO_PROGRESS = "1";
    if (this.options.cacheDir) env.UV_CACHE_DIR = this.options.cacheDir;
    if (!this.options.useUserConfig) env.UV_NO_CONFIG = "1";
    else delete env.UV_NO_CONFIG;
    if (this.options.offline) env.UV_OFFLINE = "1";
    for (const k of Object.keys(env)) if (env[k] === void 0) delete env[k];
    return env;
  }
  /** `--default-index` / `--index` / `--allow-insecure-host` for commands that resolve packages. */
  indexArgs(override = {}) {
    const indexUrl = override.indexUrl ?? this.options.indexUrl;
    const extras = override.extraIndexUrls ?? this.options.extraIndexUrls ?? [];
    const trusted = override.trustedHosts ?? this.options.trustedHosts ?? [];
    const args = [];
    if (indexUrl) args.push(`--default-index=${checkIndexUrl(indexUrl)}`);
    for (const url of extras) args.push(`--index=${checkIndexUrl(url)}`);
    for (const host of trusted) args.push(`--allow-insecure-host=${checkHost(host)}`);
    return args;
  }
  /** Runs uv; a non-zero exit is returned, not thrown. */
  async run(args, o = {}) {
    this.logger.debug(`uv ${args.join(" ")}`);
    let r;
    try {
      r = await spawnCapture(this.path, args, {
        cwd: o.cwd,
        env: this.env(o.env),
        signal: o.signal,
        timeoutMs: o.timeoutMs,
        onStderr: o.onOutput,
        onSpawn: o.onSpawn
      });
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "EACCES") {
        throw new UvNotFoundError(`uv could not be started at ${this.path} (${code}).`, {
          requested: this.path,
          hint: "Run ensureUv() again or pass a working uvPath."
        });
      }
      throw e;
    }
    return { ...r, args };
  }
  /** The cache directory uv uses with this environment (`uv cache dir`). */
  async cacheDir(o = {}) {
    const r = await this.run(["cache", "dir"], o);
    if (r.exitCode !== 0)
      throw new UvNotFoundError(`uv cache dir failed: ${r.stderr.trim()}`, { requested: this.path });
    return r.stdout.trim();
  }
  /**
   * Removes unused cache entries (`uv cache prune`); `ci: true` also drops pre-built wheels that are cheap to
   * download again, which is what to persist between CI runs (setup-uv does the same in its post step).
   */
  async pruneCache(o = {}) {
    return this.run(["cache", "prune", ...o.ci ? ["--ci"] : []], o);
  }
  /** uv's version: `uv self version --output-format json` (uv >= 0.7), else parsed from `uv --version`. */
  async version(o = {}) {
    if (this.cachedVersion) return this.cachedVersion;
    this.cachedVersion = await probeUvVersion(this.path, o.signal);
    return this.cachedVersion;
  }
};
async function probeUvVersion(path24, signal) {
  let r;
  try {
    r = await spawnCapture(path24, ["self", "version", "--output-format", "json"], {
      signal,
      timeoutMs: 3e4
    });
  } catch (e) {
    throw new UvNotFoundError(`uv could not be started at ${path24}: ${e.message}`, {
      requested: path24,
      hint: "Check the path, or let python-embedded install its pinned uv."
    });
  }
  if (r.exitCode === 0) {
    try {
      const v = JSON.parse(r.stdout).version;
      if (typeof v === "string" && v) return v;
    } catch {
    }
  }
  const t = await spawnCapture(path24, ["--version"], { signal, timeoutMs: 3e4 });
  const m = /^uv\s+(\S+)/m.exec(t.stdout);
  if (t.exitCode !== 0 || !m) {
    throw new UvNotFoundError(
      `${path24} does not look like uv (\`--version\` printed ${JSON.stringify(t.stdout.trim())}).`,
      {
        requested: path24
      }
    );
  }
  return m[1];
}
function checkIndexUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    u = void 0;
  }
  if (!u || !["http:", "https:", "file:"].includes(u.protocol) || /\s/.test(url)) {
    throw new ConfigurationError(`Not a package index URL: ${JSON.stringify(url)}.`, {
      requested: url,
      hint: "Use an absolute http(s):// or file:// URL, e.g. https://pypi.org/simple/."
    });
  }
  return url;
}
function checkHost(host) {
  if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(host) || host.startsWith("-")) {
    throw new ConfigurationError(`Not a host name: ${JSON.stringify(host)}.`, { requested: host });
  }
  return host;
}

// src/core/setup/spec.ts
import path3 from "node:path";
async function chooseSpec(o) {
  return (await chooseSpecs(o)).at(-1);
}
async function chooseSpecs(o) {
  const given = Array.isArray(o.python) ? o.python.map((s) => s.trim()).filter(Boolean) : specsFromLines(o.python ?? "").specs;
  if (given.length) return unique(given).map((spec) => ({ spec, source: o.pythonSource ?? "input" }));
  const found = await fromFiles(o);
  return [
    found ? { spec: found.spec, source: found.source } : { spec: o.defaultPython ?? "3.12", source: "default" }
  ];
}
function unique(specs) {
  return [...new Set(specs)];
}
async function fromFiles(o) {
  if (o.pythonVersionFile) {
    const file = path3.resolve(o.cwd, o.pythonVersionFile);
    let found;
    try {
      found = await readSpecFile(file);
    } catch (e) {
      throw new ConfigurationError(`Python version file ${file} cannot be read: ${e.message}`, {
        key: "pythonVersionFile",
        requested: file
      });
    }
    if (!found) {
      throw new ConfigurationError(`Python version file ${file} is missing or names no Python version.`, {
        key: "pythonVersionFile",
        requested: file,
        hint: "Point it at a .python-version, .tool-versions or pyproject.toml (requires-python) that names a version."
      });
    }
    return found;
  }
  return findSpecFromFiles(o.cwd);
}

// src/core/setup/plan.ts
import { promises as fs2 } from "node:fs";
import path5 from "node:path";

// src/core/packages/project-plan.ts
import { promises as fs } from "node:fs";
import path4 from "node:path";
var LOCK_MODES = ["auto", "frozen", "ignore"];
var isTable = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function checkLockMode(value) {
  const mode = (value ?? "auto").trim() || "auto";
  if (LOCK_MODES.includes(mode)) return mode;
  throw new ConfigurationError(
    `lock must be one of ${LOCK_MODES.join(", ")}, not ${JSON.stringify(value)}.`,
    {
      key: "lock",
      requested: value,
      available: [...LOCK_MODES],
      hint: "auto installs uv.lock when the project has one, frozen installs it unchecked, ignore resolves afresh."
    }
  );
}
async function readToml(file, key, hint) {
  const text = await fs.readFile(file, "utf8");
  try {
    return parse(text);
  } catch (e) {
    const why = e.message.split("\n")[0];
    throw new RequirementsFileError(`${file} is not valid TOML: ${why}`, { key, requested: file, hint });
  }
}
async function findLock(dir) {
  if (await isFile(path4.join(dir, "uv.lock"))) return path4.join(dir, "uv.lock");
  for (let d = path4.dirname(dir); path4.dirname(d) !== d; d = path4.dirname(d)) {
    const text = await fs.readFile(path4.join(d, "pyproject.toml"), "utf8").catch(() => "");
    if (/^\s*\[tool\.uv\.workspace\]/m.test(text)) {
      return await isFile(path4.join(d, "uv.lock")) ? path4.join(d, "uv.lock") : void 0;
    }
  }
  return void 0;
}
async function planProject(projectPath2, request, indexes) {
  const mode = checkLockMode(request.lock);
  const dir = await isFile(projectPath2) ? path4.dirname(projectPath2) : projectPath2;
  const pyprojectFile = path4.join(dir, "pyproject.toml");
  if (mode === "ignore" || !await isFile(pyprojectFile)) return void 0;
  const lockFile = await findLock(dir);
  if (!lockFile) {
    if (mode === "frozen") {
      throw new ConfigurationError(`lock: frozen installs uv.lock, but there is none at or above ${dir}.`, {
        key: "lock",
        requested: dir,
        hint: "Create it with `uv lock` and commit it, or use lock: auto."
      });
    }
    return void 0;
  }
  const relock = `Re-lock with \`uv lock\` in ${path4.dirname(lockFile)} and commit uv.lock, or use lock: ignore.`;
  const lock = await readToml(lockFile, "lock", relock);
  const pyproject = await readToml(pyprojectFile, "pyproject", "Fix the TOML syntax of pyproject.toml.");
  const member = request.workspacePackage ? await memberProject(lock, path4.dirname(lockFile), request.workspacePackage) : pyproject;
  checkIndexes(lock, lockFile, indexes);
  const groups = checkGroups(member, request.groups ?? []);
  const extras = checkExtras(member, request.extras ?? []);
  return {
    dir,
    lockFile,
    mode: mode === "frozen" ? "frozen" : "locked",
    virtual: !isTable(member["build-system"]),
    groups,
    allGroups: Boolean(request.allGroups),
    noDefaultGroups: Boolean(request.noDefaultGroups),
    extras,
    allExtras: Boolean(request.allExtras),
    workspacePackage: request.workspacePackage,
    editable: request.editable !== false
  };
}
async function checkProjectGroups(projectPath2, groups) {
  const dir = await isFile(projectPath2) ? path4.dirname(projectPath2) : projectPath2;
  const file = path4.join(dir, "pyproject.toml");
  if (!groups.length || !await isFile(file)) return;
  checkGroups(await readToml(file, "pyproject", "Fix the TOML syntax of pyproject.toml."), groups);
}
var normalize = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
async function memberProject(lock, root, name) {
  const packages = Array.isArray(lock.package) ? lock.package : [];
  const local = packages.filter((p) => {
    const source2 = isTable(p.source) ? p.source : {};
    return "editable" in source2 || "virtual" in source2 || "directory" in source2;
  });
  const found = local.find((p) => normalize(String(p.name)) === normalize(name));
  if (!found) {
    throw new ConfigurationError(
      `workspace-package ${JSON.stringify(name)} is not a member of the workspace.`,
      {
        key: "workspace-package",
        requested: name,
        available: local.map((p) => String(p.name)),
        hint: "Name one of the workspace members (as in uv sync --package)."
      }
    );
  }
  const source = found.source;
  const rel = String(source.editable ?? source.virtual ?? source.directory);
  const file = path4.join(root, rel, "pyproject.toml");
  return readToml(file, "pyproject", "Fix the TOML syntax of the member pyproject.toml.");
}
function knownGroups(project) {
  const groups = isTable(project["dependency-groups"]) ? Object.keys(project["dependency-groups"]) : [];
  const uv = isTable(project.tool) && isTable(project.tool.uv) ? project.tool.uv : {};
  if (Array.isArray(uv["dev-dependencies"]) && !groups.map(normalize).includes("dev")) groups.push("dev");
  return groups;
}
function checkGroups(project, groups) {
  const known = knownGroups(project);
  for (const g of groups) {
    validateExtraName("group", g);
    if (!known.map(normalize).includes(normalize(g))) {
      throw new ConfigurationError(`The project has no dependency group ${JSON.stringify(g)}.`, {
        key: "groups",
        requested: g,
        available: known,
        hint: known.length ? `Use one of: ${known.join(", ")} (declared under [dependency-groups] in pyproject.toml).` : "The project declares no [dependency-groups] in pyproject.toml."
      });
    }
  }
  return groups;
}
function checkExtras(project, extras) {
  const p = isTable(project.project) ? project.project : {};
  const known = isTable(p["optional-dependencies"]) ? Object.keys(p["optional-dependencies"]) : [];
  for (const e of extras) {
    validateExtraName("extra", e);
    if (!known.map(normalize).includes(normalize(e))) {
      throw new ConfigurationError(`The project has no extra ${JSON.stringify(e)}.`, {
        key: "extras",
        requested: e,
        available: known,
        hint: "Use an extra declared under [project.optional-dependencies] in pyproject.toml."
      });
    }
  }
  return extras;
}
function checkIndexes(lock, lockFile, o) {
  if (!o.indexUrl) return;
  const configured = [o.indexUrl, ...o.extraIndexUrls ?? []];
  const packages = Array.isArray(lock.package) ? lock.package : [];
  const registries = new Set(
    packages.map((p) => isTable(p.source) ? p.source.registry : void 0).filter((r) => typeof r === "string")
  );
  const foreign = [...registries].filter((r) => !configured.includes(r));
  if (!foreign.length) return;
  throw new ConfigurationError(
    `${lockFile} was made against ${foreign.join(", ")}, but index-url is ${o.indexUrl}: uv installs a lock only from the indexes it records.`,
    {
      key: "index-url",
      requested: o.indexUrl,
      available: [...registries],
      hint: `Re-lock against the mirror (\`uv lock --default-index ${o.indexUrl}\`) and commit uv.lock, set index-url to the lock's index, or use lock: ignore.`
    }
  );
}

// src/core/setup/plan.ts
function isVenvPath(v) {
  return path5.isAbsolute(v) || v.includes("/") || v.includes("\\") || v.startsWith(".");
}
async function planSetup(options = {}) {
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
    signal: options.signal
  };
}
function planConfig(o) {
  const cwd = path5.resolve(o.cwd ?? process.cwd());
  const root = path5.resolve(cwd, o.root ?? defaultRoot());
  const toolsDir = path5.resolve(cwd, o.toolsDir ?? path5.join(root, "tools"));
  const given = KEYS.filter((k) => k.key !== "python" && o[k.key] !== void 0);
  return { ...Object.fromEntries(given.map((k) => [k.key, o[k.key]])), root, toolsDir, cwd };
}
function checkConflicts(o) {
  const conflict = (message, key, hint) => {
    throw new ConfigurationError(message, { key, hint });
  };
  if (o.venv === false && (o.requirements?.length || o.pyproject || o.packages?.length)) {
    conflict(
      "Packages were requested but the venv is disabled.",
      "venv",
      "Enable the venv (packages are never installed into the base interpreter by setup)."
    );
  }
  if (o.venv === false && o.seed) {
    conflict(
      "seed asks for pip in the venv, but the venv is disabled.",
      "seed",
      "Enable the venv or drop seed."
    );
  }
  if (!o.pyproject && o.editable) {
    conflict(
      "editable installs the pyproject editable, but no pyproject was given.",
      "editable",
      "Name the project with pyproject, or drop editable."
    );
  }
  const projectOnly = ["groups", "allGroups", "noDefaultGroups", "allExtras", "workspacePackage"].filter((k) => Array.isArray(o[k]) ? o[k].length : o[k]);
  if (!o.pyproject && projectOnly.length) {
    conflict(
      `${projectOnly.join(", ")} select(s) parts of the pyproject, but no pyproject was given.`,
      projectOnly[0],
      "Name the project with pyproject, or drop them."
    );
  }
  if (!o.pyproject && o.extras?.length) {
    conflict(
      `extras (${o.extras.join(", ")}) are extras of the pyproject, but no pyproject was given.`,
      "extras",
      "Name the project with pyproject, or drop extras."
    );
  }
}
function planVenv(o, config) {
  if (o.venv === false) return false;
  const venv = o.venv ?? "default";
  const seed = Boolean(o.seed);
  if (isVenvPath(venv)) return { kind: "path", dir: path5.resolve(config.cwd, venv), seed };
  const name = validateVenvName(venv);
  return { kind: "named", name, dirWithoutInstance: path5.join(config.toolsDir, "venvs", name), seed };
}
async function planPackages(o, config) {
  const specs = (o.packages ?? []).map((s) => parsePackageSpec(s) && s.trim());
  const extras = (o.extras ?? []).map((e) => validateExtraName("extra", e));
  for (const url of [config.indexUrl, ...config.extraIndexUrls ?? []]) if (url) checkIndexUrl(url);
  const files = (list, key) => Promise.all((list ?? []).map((f) => readableFile(path5.resolve(config.cwd, f), key)));
  checkLockMode(o.lock);
  const requirements = await files(o.requirements, "requirements");
  const constraints = await files(o.constraints, "constraints");
  const pyproject = o.pyproject ? await projectPath(path5.resolve(config.cwd, o.pyproject)) : void 0;
  checkPylock(requirements, constraints, specs, pyproject);
  const index = {
    indexUrl: config.indexUrl,
    extraIndexUrls: config.extraIndexUrls,
    trustedHosts: config.trustedHosts
  };
  const project = pyproject ? await planProject(pyproject, { ...o, extras }, index) : void 0;
  if (pyproject && !project) {
    checkFreshProject(o);
    await checkProjectGroups(pyproject, o.groups ?? []);
  }
  const groups = (o.groups ?? []).map((g) => validateExtraName("group", g));
  const editable = Boolean(o.editable);
  const allExtras = Boolean(o.allExtras);
  return { requirements, constraints, pyproject, editable, extras, specs, index, project, groups, allExtras };
}
var isPylock = (file) => /^pylock(\.[^./\\]+)?\.toml$/.test(path5.basename(file));
function checkPylock(requirements, constraints, specs, pyproject) {
  const pylock = requirements.find(isPylock);
  if (!pylock) return;
  const others = [
    ...requirements.filter((r) => r !== pylock),
    ...constraints.map((c) => `constraints ${c}`),
    ...specs,
    ...pyproject ? [`pyproject ${pyproject}`] : []
  ];
  if (!others.length) return;
  throw new ConfigurationError(
    `${pylock} is a lock (PEP 751): uv installs it alone, not together with ${others.join(", ")}.`,
    {
      key: "requirements",
      requested: pylock,
      hint: "Install the pylock.toml on its own (add the other packages to the lock), or drop it."
    }
  );
}
function checkFreshProject(o) {
  const syncOnly = ["allGroups", "noDefaultGroups", "workspacePackage"].filter((k) => o[k]);
  if (!syncOnly.length) return;
  throw new ConfigurationError(
    `${syncOnly.join(", ")} need(s) the project's uv.lock, but ${o.lock === "ignore" ? "lock is ignore" : "the project has none"}.`,
    {
      key: syncOnly[0],
      hint: "Lock the project (`uv lock`) and use lock: auto, or name the groups with groups."
    }
  );
}
async function readableFile(file, key) {
  const kind = key === "constraints" ? "Constraints" : "Requirements";
  let why;
  try {
    const handle = await fs2.open(file, "r");
    const isFile2 = (await handle.stat()).isFile();
    await handle.close();
    if (isFile2) return file;
    why = "it is not a file";
  } catch (e) {
    const code = e.code;
    why = code === "ENOENT" ? "it does not exist" : code === "EACCES" ? "permission denied" : e.message;
  }
  throw new RequirementsFileError(`${kind} file ${file} cannot be read: ${why}.`, {
    key,
    requested: file,
    hint: "Check the path (relative paths are resolved against the working directory) and its permissions."
  });
}
async function projectPath(p) {
  const st = await fs2.stat(p).catch(() => void 0);
  const dir = st?.isFile() ? path5.dirname(p) : p;
  const markers = ["pyproject.toml", "setup.py", "setup.cfg"].map((m) => path5.join(dir, m));
  const found = st && await Promise.all(
    markers.map(
      (m) => fs2.access(m).then(
        () => true,
        () => false
      )
    )
  );
  if (found && found.some(Boolean)) return p;
  throw new RequirementsFileError(
    st ? `No pyproject.toml (or setup.py) in ${dir}.` : `The project ${p} does not exist.`,
    {
      key: "pyproject",
      requested: p,
      hint: "Point pyproject at the project directory or its pyproject.toml."
    }
  );
}
async function planPython(o, config) {
  const requests = await chooseSpecs({
    python: o.python,
    pythonSource: o.pythonSource,
    pythonVersionFile: o.pythonVersionFile,
    defaultPython: o.defaultPython,
    cwd: config.cwd
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
      allowPrereleases: o.allowPrereleases
    },
    catalog: catalogOptions(config),
    installer: o.installer ?? managerInstaller(config)
  };
}
function planUv(o, config, pyproject) {
  return {
    requested: uvVersionRequested(config, pyproject),
    install: {
      uvPath: config.uvPath,
      downloadBaseUrl: config.uvDownloadUrl,
      toolsDir: config.toolsDir,
      token: config.githubToken,
      githubApiUrl: config.githubApiUrl,
      releasesCacheDir: path5.join(config.root, ".catalog"),
      sha256: checkUvChecksum(o.uvChecksum),
      allowMissingChecksum: config.allowMissingChecksum,
      offline: config.offline
    },
    cacheDir: o.uvCacheDir
  };
}
function checkUvChecksum(sha256) {
  if (sha256 === void 0 || /^[0-9a-fA-F]{64}$/.test(sha256)) return sha256?.toLowerCase();
  throw new ConfigurationError(`The uv checksum ${JSON.stringify(sha256)} is not a sha256 (64 hex digits).`, {
    key: "uvChecksum",
    requested: sha256,
    hint: "Copy the value from the release's uv-<triple>.tar.gz.sha256, or drop the checksum."
  });
}
function uvVersionRequested(config, pyproject) {
  if (config.uvVersion) {
    parseUvVersionRequest(config.uvVersion, "uvVersion");
    return { version: config.uvVersion, source: "uvVersion" };
  }
  if (config.uvPath) return { version: DEFAULT_UV_VERSION, source: "default" };
  const projectDir = pyproject && (pyproject.endsWith(".toml") ? path5.dirname(pyproject) : pyproject);
  const required = projectRequiredUvVersion([.../* @__PURE__ */ new Set([projectDir ?? config.cwd, config.cwd])]);
  if (!required) return { version: DEFAULT_UV_VERSION, source: "default" };
  const version = exactWithoutLookup(required.request, true) ?? required.request.text;
  return { version, source: `required-version "${required.request.text}" in ${required.file}` };
}
function planExport(o, installer, cwd) {
  if (!o.export) return void 0;
  const dest = path5.resolve(cwd, o.export);
  if (!installer.export) {
    throw new ConfigurationError(`The ${installer.name} installer cannot export an installation.`, {
      key: "export",
      requested: dest,
      hint: "Export with the library installer (pyembed setup --export), or drop export."
    });
  }
  return dest;
}

// src/core/exec/output.ts
import { StringDecoder } from "node:string_decoder";
var LineSplitter = class {
  constructor(onLine, encoding = "utf8") {
    this.onLine = onLine;
    this.decoder = new StringDecoder(encoding);
  }
  onLine;
  decoder;
  rest = "";
  push(chunk) {
    const text = this.rest + this.decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      this.emit(text.slice(start, nl));
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }
  /** Emits the last line when the stream ended without a newline. */
  end() {
    const text = this.rest + this.decoder.end();
    this.rest = "";
    if (text.length > 0) this.emit(text);
  }
  emit(line) {
    this.onLine(line.endsWith("\r") ? line.slice(0, -1) : line);
  }
};
var BoundedCapture = class {
  constructor(limit, tailLimit = 16 * 1024) {
    this.limit = limit;
    this.tailLimit = tailLimit;
  }
  limit;
  tailLimit;
  chunks = [];
  size = 0;
  tailBuf = Buffer.alloc(0);
  truncated = false;
  push(chunk) {
    if (this.size < this.limit) {
      const room = this.limit - this.size;
      const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
      this.chunks.push(part);
      this.size += part.length;
      if (part.length < chunk.length) this.truncated = true;
    } else if (chunk.length > 0) {
      this.truncated = true;
    }
    const joined = this.tailBuf.length === 0 ? chunk : Buffer.concat([this.tailBuf, chunk]);
    this.tailBuf = joined.length > this.tailLimit ? joined.subarray(joined.length - this.tailLimit) : joined;
  }
  text(encoding) {
    return Buffer.concat(this.chunks, this.size).toString(encoding);
  }
  tail(encoding) {
    return this.tailBuf.toString(encoding);
  }
};
function tailLines(text, maxLines = 20) {
  const lines = text.trimEnd().split("\n");
  return lines.slice(-maxLines).join("\n");
}

// src/core/exec/result.ts
var OOM_TEXT = /MemoryError\b|Cannot allocate memory|std::bad_alloc|out of memory|Unable to allocate/i;
var OOM_SIGNALS = /* @__PURE__ */ new Set(["SIGKILL", "SIGSEGV", "SIGABRT", "SIGBUS"]);
function formatCommand(argv) {
  return argv.map((a) => a.length > 120 ? `${a.slice(0, 117)}...` : a).map((a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}
function spawnError(argv, cause, hint) {
  return new PythonExecutionError(
    `Cannot start ${formatCommand(argv)}: ${cause.message ?? cause}`,
    {
      requested: formatCommand(argv),
      hint
    }
  );
}
function resultOf(p, c) {
  const exitCode = p.exitCode ?? null;
  const signal = p.signal ?? null;
  const timedOut = p.timedOut ?? false;
  const aborted = p.aborted ?? false;
  const failed = exitCode !== 0 && !timedOut && !aborted;
  const outOfMemory = failed && (OOM_TEXT.test(c.err.tail(c.encoding)) || c.limits.memory === "enforced" && signal !== null && OOM_SIGNALS.has(signal));
  return {
    command: c.argv,
    pid: p.pid,
    exitCode,
    signal,
    stdout: c.out.text(c.encoding),
    stderr: c.err.text(c.encoding),
    durationMs: monotonicMs() - c.started,
    timedOut,
    aborted,
    outOfMemory,
    truncated: c.out.truncated || c.err.truncated,
    stdoutTruncated: c.out.truncated,
    stderrTruncated: c.err.truncated,
    limits: c.limits
  };
}
function checked(result, o, stderrTail) {
  if (!o.check) return result;
  if (result.exitCode === 0 && !result.timedOut && !result.aborted) return result;
  const cmd = formatCommand(result.command);
  const why = result.timedOut ? `timed out after ${o.timeoutMs} ms (process tree killed)` : result.aborted ? "was aborted (process tree killed)" : result.outOfMemory ? `ran out of memory${o.maxMemoryMB !== void 0 ? ` (limit ${o.maxMemoryMB} MB)` : ""}` : result.signal ? `was killed by ${result.signal}` : `failed with exit code ${result.exitCode}`;
  const tail = tailLines(stderrTail);
  throw new PythonExecutionError(`Command ${why}: ${cmd}${tail ? `
${tail}` : ""}`, {
    requested: cmd,
    // not `exitCode`: that key is the CLI's exit code in PythonEmbeddedError.toJSON().
    processExitCode: result.exitCode,
    signal: result.signal,
    stderrTail: tail,
    timedOut: result.timedOut,
    aborted: result.aborted,
    outOfMemory: result.outOfMemory,
    hint: result.outOfMemory ? "Raise maxMemoryMB or reduce what the code allocates." : result.timedOut ? "Raise timeoutMs or make the code finish sooner." : "See the stderr above."
  });
}

// src/core/exec/limits.ts
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import os from "node:os";
var prlimitPath;
var shUlimitWorks;
function prlimit() {
  if (prlimitPath === void 0) {
    const found = findOnPathSync("prlimit", `${process.env.PATH ?? ""}:/usr/bin:/bin:/usr/sbin:/sbin`);
    prlimitPath = found ?? null;
  }
  return prlimitPath ?? void 0;
}
function shUlimit() {
  shUlimitWorks ??= spawnSync("/bin/sh", ["-c", "ulimit -v 4194304"], { stdio: "ignore" }).status === 0;
  return shUlimitWorks;
}
function memoryLimitSupported() {
  return process.platform !== "win32" && process.platform !== "darwin";
}
var PYTHON_PREAMBLE = "import os,resource,sys;n=int(sys.argv[1]);resource.setrlimit(resource.RLIMIT_AS,(n,n));os.execvp(sys.argv[2],sys.argv[2:])";
function wrapWithMemoryLimit(command, args, maxMemoryMB, method = "auto", python) {
  if (!Number.isFinite(maxMemoryMB) || maxMemoryMB <= 0) {
    throw new ConfigurationError(`maxMemoryMB must be a positive number, got ${maxMemoryMB}.`, {
      requested: String(maxMemoryMB),
      hint: "Pass the limit in mebibytes, e.g. maxMemoryMB: 512."
    });
  }
  if (!memoryLimitSupported()) return { command, args };
  const bytes = Math.floor(maxMemoryMB * 1024 * 1024);
  const order = method === "auto" ? ["prlimit", "ulimit", "python"] : [method];
  for (const m of order) {
    if (m === "prlimit" && prlimit()) {
      return { command: prlimit(), args: [`--as=${bytes}`, "--", command, ...args], method: m };
    }
    if (m === "ulimit" && shUlimit()) {
      const kib = Math.floor(bytes / 1024);
      const script = `ulimit -v ${kib} || exit 126; exec "$@"`;
      return { command: "/bin/sh", args: ["-c", script, "sh", command, ...args], method: m };
    }
    if (m === "python" && python) {
      return {
        command: python,
        args: ["-I", "-S", "-c", PYTHON_PREAMBLE, String(bytes), command, ...args],
        method: m
      };
    }
  }
  return { command, args };
}
var PRIORITY_NAMES = {
  idle: os.constants.priority.PRIORITY_LOW,
  "below-normal": os.constants.priority.PRIORITY_BELOW_NORMAL,
  normal: os.constants.priority.PRIORITY_NORMAL,
  "above-normal": os.constants.priority.PRIORITY_ABOVE_NORMAL,
  high: os.constants.priority.PRIORITY_HIGH,
  highest: os.constants.priority.PRIORITY_HIGHEST
};
function niceValue(p) {
  const n = typeof p === "number" ? p : PRIORITY_NAMES[p];
  if (!Number.isInteger(n) || n < -20 || n > 19) {
    throw new ConfigurationError(`Invalid priority ${JSON.stringify(p)}.`, {
      requested: String(p),
      available: [...Object.keys(PRIORITY_NAMES), "-20..19"],
      hint: "Use a nice value from -20 (highest) to 19 (lowest) or a named class."
    });
  }
  return n;
}
function wrapWithNice(command, args, nice) {
  if (process.platform === "win32") return { command, args };
  const delta = nice - os.getPriority();
  const bin = delta > 0 ? findOnPathSync("nice", `${process.env.PATH ?? ""}:/usr/bin:/bin`) : void 0;
  return bin ? { command: bin, args: ["-n", String(delta), "--", command, ...args], niced: true } : { command, args };
}
function applyPriority(pid, nice) {
  try {
    os.setPriority(pid, nice);
    return "applied";
  } catch (e) {
    const err = e;
    const code = err.info?.code ?? err.code ?? "";
    return code === "EACCES" || code === "EPERM" ? "denied" : "unsupported";
  }
}
function wrapLimits(command, args, o, python, envPath) {
  const launch = { command, args, limits: { memory: "not-requested", priority: "not-requested" } };
  let wrapped = false;
  if (o.maxMemoryMB !== void 0) {
    const w = wrapWithMemoryLimit(command, args, o.maxMemoryMB, o.memoryLimitMethod, python);
    launch.limits.memory = w.method ? "enforced" : "unsupported";
    if (w.method) launch.limits.memoryMethod = w.method;
    wrapped = Boolean(w.method);
    ({ command: launch.command, args: launch.args } = w);
  }
  if (o.priority !== void 0) {
    const nice = niceValue(o.priority);
    const w = wrapWithNice(launch.command, launch.args, nice);
    ({ command: launch.command, args: launch.args } = w);
    if (w.niced) {
      launch.limits.priority = "applied";
      wrapped = true;
    } else launch.niceAfterSpawn = nice;
  }
  if (wrapped && !isExecutable(command, envPath)) {
    throw spawnError(
      [command, ...args],
      new Error("no such executable"),
      "Check the path of the command (or PATH)."
    );
  }
  return launch;
}
function isExecutable(command, envPath) {
  if (command.includes("/") || command.includes("\\")) {
    try {
      return statSync(command).isFile();
    } catch {
      return false;
    }
  }
  return findOnPathSync(command, envPath) !== void 0;
}

// src/core/exec/run.ts
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, statSync as statSync2 } from "node:fs";
import fs3 from "node:fs/promises";
import os2 from "node:os";
import path6 from "node:path";
import { Readable } from "node:stream";

// src/core/exec/env.ts
function buildChildEnv(env, mode = "merge", defaults = {}) {
  const out = mode === "replace" ? {} : { ...process.env };
  for (const [k, v] of Object.entries(defaults)) if (out[k] === void 0 && !(env && k in env)) out[k] = v;
  for (const [k, v] of Object.entries(env ?? {})) {
    if (v === void 0) delete out[k];
    else out[k] = v;
  }
  return out;
}

// src/core/exec/run.ts
var DEFAULT_MAX_OUTPUT_BYTES = 10 * 1024 * 1024;
function stdinMode(src, inherit) {
  if (src === "inherit" || src === void 0 && inherit) return "inherit";
  return src === void 0 ? "ignore" : "pipe";
}
async function feedStdin(stdin, src) {
  stdin.on("error", () => {
  });
  const write = async (chunk) => {
    if (stdin.destroyed || stdin.writableEnded) return false;
    if (!stdin.write(chunk)) await Promise.race([once(stdin, "drain"), once(stdin, "close")]);
    return !stdin.destroyed;
  };
  if (typeof src === "string" || src instanceof Uint8Array) {
    stdin.end(src);
  } else if (src instanceof Readable) {
    src.on("error", () => stdin.destroy());
    src.pipe(stdin);
  } else if (typeof src === "function") {
    for (let line = await src(); line !== null && line !== void 0; line = await src()) {
      if (!await write(`${line}
`)) return;
    }
    stdin.end();
  } else {
    for await (const chunk of src) {
      if (!await write(chunk)) return;
    }
    stdin.end();
  }
}
async function execute(command, args, o, internal) {
  const argv = [command, ...args];
  const encoding = o.encoding ?? "utf8";
  const inherit = o.inheritStdio === true;
  if (o.cwd !== void 0 && !existsSync(o.cwd)) {
    throw new PythonExecutionError(`Working directory ${o.cwd} does not exist.`, {
      requested: o.cwd,
      hint: "Create it first or pass an existing cwd."
    });
  }
  const env = buildChildEnv(o.env, o.envMode, internal.envDefaults);
  const launch = wrapLimits(command, args, o, internal.python, env.PATH);
  const { limits } = launch;
  const maxOutput = o.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const out = new BoundedCapture(maxOutput);
  const err = new BoundedCapture(maxOutput);
  const capture = { argv, out, err, encoding, limits, started: monotonicMs() };
  const finish = (p) => resultOf(p, capture);
  if (o.signal?.aborted) return checked(finish({ aborted: true }), o, err.tail(encoding));
  const group = process.platform !== "win32" && !inherit && o.stdin !== "inherit";
  const child = spawn(launch.command, launch.args, {
    cwd: o.cwd,
    env,
    stdio: [stdinMode(o.stdin, inherit), inherit ? "inherit" : "pipe", inherit ? "inherit" : "pipe"],
    detached: group,
    windowsHide: true
  });
  return supervise(child, { o, argv, group, launch, err, encoding, finish, out });
}
function supervise(child, c) {
  const { o, argv, group, launch, out, err, encoding, finish } = c;
  const { limits } = launch;
  return new Promise((resolve, reject) => {
    let timedOut = false;
    let aborted = false;
    let exited = false;
    let exitCode = null;
    let exitSignal = null;
    let failure;
    let settled = false;
    let timer;
    let closeGrace;
    const kill = () => {
      if (child.pid !== void 0) killTree(child.pid, { group, leaderExited: exited });
      closeGrace ??= setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        done();
      }, 2e3);
    };
    const onAbort = () => {
      if (settled || timedOut || aborted) return;
      aborted = true;
      kill();
    };
    const fail = (e) => {
      failure ??= e;
      kill();
    };
    const cleanup = () => {
      if (timer) clearTimeout(timer);
      if (closeGrace) clearTimeout(closeGrace);
      o.signal?.removeEventListener("abort", onAbort);
      if (child.pid !== void 0) untrackChild(child.pid);
    };
    const done = () => {
      if (settled) return;
      settled = true;
      cleanup();
      if (failure !== void 0) return reject(failure);
      const result = finish({ pid: child.pid, exitCode, signal: exitSignal, timedOut, aborted });
      try {
        resolve(checked(result, o, err.tail(encoding)));
      } catch (e) {
        reject(e);
      }
    };
    child.on("error", (e) => {
      if (child.pid === void 0) {
        settled = true;
        cleanup();
        reject(spawnError(argv, e, "Check the path of the command (or PATH) and the working directory."));
      } else {
        fail(e);
      }
    });
    if (child.pid === void 0) return;
    trackChild(child.pid, group);
    if (launch.niceAfterSpawn !== void 0)
      limits.priority = applyPriority(child.pid, launch.niceAfterSpawn);
    const guard = (handler) => handler && ((line) => {
      if (failure !== void 0) return;
      try {
        handler(line);
      } catch (e) {
        fail(e);
      }
    });
    wireOutput(child.stdout, out, encoding, guard(o.onStdout));
    wireOutput(child.stderr, err, encoding, guard(o.onStderr));
    if (child.stdin && o.stdin !== void 0 && o.stdin !== "inherit") {
      feedStdin(child.stdin, o.stdin).catch(fail);
    }
    if (o.timeoutMs !== void 0 && o.timeoutMs >= 0) {
      timer = setTimeout(() => {
        if (settled || aborted) return;
        timedOut = true;
        kill();
      }, o.timeoutMs);
    }
    o.signal?.addEventListener("abort", onAbort, { once: true });
    child.on("exit", (code, signal) => {
      exited = true;
      exitCode = code;
      exitSignal = signal;
      if (child.pid !== void 0) untrackChild(child.pid);
    });
    child.on("close", done);
  });
}
function wireOutput(stream, capture, encoding, onLine) {
  if (!stream) return;
  const splitter = onLine ? new LineSplitter(onLine, encoding) : void 0;
  stream.on("data", (chunk) => {
    capture.push(chunk);
    splitter?.push(chunk);
  });
  stream.on("end", () => splitter?.end());
}
async function runProcess(command, args = [], o = {}) {
  return execute(command, args, o, {});
}
async function runPython(pythonPath, args = [], o = {}) {
  return execute(pythonPath, args, o, {
    envDefaults: { PYTHONUNBUFFERED: "1", PYTHONIOENCODING: "utf-8" },
    python: pythonPath
  });
}
var MAX_INLINE_CODE = 64 * 1024;
async function runScript(pythonPath, script, args = [], o = {}) {
  const src = typeof script === "string" ? !script.includes("\n") && existsSync(script) && statSync2(script).isFile() ? { path: script } : { code: script } : script;
  if ("path" in src) return runPython(pythonPath, [src.path, ...args], o);
  if (Buffer.byteLength(src.code) <= MAX_INLINE_CODE)
    return runPython(pythonPath, ["-c", src.code, ...args], o);
  const dir = await fs3.mkdtemp(path6.join(os2.tmpdir(), "pyembed-script-"));
  try {
    const file = path6.join(dir, "script.py");
    await fs3.writeFile(file, src.code);
    return await runPython(pythonPath, [file, ...args], o);
  } finally {
    await fs3.rm(dir, { recursive: true, force: true });
  }
}

// src/core/session/errors.ts
function short(text, max = 80) {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 3)}...` : one;
}
function sessionError(message, details, hint) {
  return new PythonExecutionError(message, { requested: void 0, ...details, hint });
}
function closedError(label) {
  return sessionError(
    `${label}: the Python session is closed.`,
    { kind: "closed" },
    "Start a new PythonSession."
  );
}
function abortError(label, signal) {
  return new PythonExecutionError(
    `${label} was aborted.`,
    { kind: "aborted", aborted: true, hint: "The AbortSignal passed to the call fired." },
    { cause: signal.reason }
  );
}
function callError(job, err) {
  const type = err.data?.type ?? "Error";
  const traceback = err.data?.traceback ?? "";
  const kind = err.data?.kind ?? "exception";
  if (job.interrupted === "close" && type === "KeyboardInterrupt") return closedError(job.label);
  if (job.interrupted && type === "KeyboardInterrupt") {
    const why = job.interrupted === "timeout" ? `timed out after ${job.timeoutMs} ms` : "was aborted";
    return new PythonExecutionError(
      `${job.label} ${why} and was interrupted (KeyboardInterrupt); the session and its state are kept.`,
      {
        type,
        message: err.message,
        traceback,
        kind: job.interrupted === "timeout" ? "timeout" : "aborted",
        timedOut: job.interrupted === "timeout",
        aborted: job.interrupted === "abort",
        stateLost: false,
        hint: "Anything the call changed before the interrupt stays changed."
      },
      job.interrupted === "abort" ? { cause: job.signal?.reason } : void 0
    );
  }
  const message = kind === "serialization" ? err.message : `${type}: ${err.message}`;
  return new PythonExecutionError(`${job.label} failed: ${message}`, {
    requested: job.label,
    type,
    message: err.message,
    traceback,
    kind,
    hint: kind === "serialization" ? "Only JSON values cross the session boundary." : "See the Python traceback."
  });
}

// src/core/session/worker-process.ts
import { spawn as spawn2 } from "node:child_process";
import { existsSync as existsSync2 } from "node:fs";

// src/core/session/worker.ts
var WORKER_SOURCE = String.raw`
def _pyembed_worker():
    import builtins, importlib, io, json, linecache, os, signal, sys, traceback

    g = sys.modules['__main__'].__dict__
    del g['_pyembed_worker']
    req_fd, res_fd, parent = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    intr_fd = int(sys.argv[4]) if len(sys.argv) > 4 else -1
    sys.argv = ['']
    # The protocol fds must not leak into processes the user's code starts (os.system, fork).
    os.set_inheritable(req_fd, False)
    os.set_inheritable(res_fd, False)
    rfile = os.fdopen(req_fd, 'rb', buffering=65536)
    wfile = os.fdopen(res_fd, 'wb', buffering=65536)
    readline, write, flush = rfile.readline, wfile.write, wfile.flush

    # Die with the parent even in the middle of a long call (Linux); idle workers see EOF anyway.
    if sys.platform.startswith('linux'):
        try:
            import ctypes
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except Exception:
            pass
        if os.getppid() != parent:
            os._exit(0)

    # stdout/stderr count the bytes they write: each response carries the totals, so the parent
    # hands a call's printed lines to its handlers before it resolves the call (two pipes, no order).
    # Line-buffered, so lines also arrive while a long call still runs.
    class Counted(io.RawIOBase):
        def __init__(self, fd):
            self.fd = fd
            self.n = 0

        def writable(self):
            return True

        def fileno(self):
            return self.fd

        def write(self, b):
            n = os.write(self.fd, b)
            self.n += n
            return n

    counted = []
    originals = (sys.stdout, sys.stderr)  # kept alive: collecting them would close fds 1 and 2

    def wrap(orig, fd):
        raw = Counted(fd)
        counted.append(raw)
        return io.TextIOWrapper(io.BufferedWriter(raw), encoding=orig.encoding, errors=orig.errors,
                                line_buffering=True)

    sys.stdout = sys.__stdout__ = wrap(originals[0], 1)
    sys.stderr = sys.__stderr__ = wrap(originals[1], 2)
    out_raw, err_raw = counted

    # SIGINT is the parent's per-call timeout: it interrupts user code only, never the protocol.
    # One that lands while the request is being decoded is kept pending for that call.
    busy = [False]
    pending = [False]

    def on_sigint(signum, frame):
        if busy[0]:
            raise KeyboardInterrupt
        pending[0] = True

    signal.signal(signal.SIGINT, on_sigint)

    # Windows: the parent cannot send SIGINT, so each byte on intr_fd raises it in the main thread.
    if intr_fd >= 0:
        import _thread, threading
        os.set_inheritable(intr_fd, False)

        def forward_interrupts():
            while True:
                try:
                    got = os.read(intr_fd, 64)
                except OSError:
                    return
                if not got:
                    return
                _thread.interrupt_main()

        threading.Thread(target=forward_interrupts, name='pyembed-interrupt', daemon=True).start()

    class NotJSON(Exception):
        pass

    def type_name(t):
        m = getattr(t, '__module__', 'builtins')
        return t.__qualname__ if m == 'builtins' else m + '.' + t.__qualname__

    def not_json(o):
        raise NotJSON(type_name(type(o)))

    encode = json.JSONEncoder(ensure_ascii=True, allow_nan=False, separators=(',', ':'), default=not_json).encode
    loads = json.loads

    # Compiled code is cached by source: repeated eval('x+1') skips the compiler. The source is
    # registered in linecache so tracebacks show the offending line.
    caches = {'exec': {}, 'eval': {}}
    counter = [0]

    def compiled(src, mode):
        cache = caches[mode]
        code = cache.get(src)
        if code is None:
            counter[0] += 1
            name = '<session-%d>' % counter[0]
            code = compile(src, name, mode)
            linecache.cache[name] = (len(src), None, src.splitlines(True), name)
            if len(cache) >= 1024:
                cache.clear()
            cache[src] = code
        return code

    def resolve(target):
        parts = target.split('.')
        head = parts[0]
        if head in g:
            obj = g[head]
        elif hasattr(builtins, head):
            obj = getattr(builtins, head)
        else:
            obj = importlib.import_module(head)
        path = head
        for part in parts[1:]:
            path += '.' + part
            try:
                obj = getattr(obj, part)
            except AttributeError:
                # A submodule nobody imported yet (xml.etree, concurrent.futures).
                if not hasattr(obj, '__path__'):
                    raise
                obj = importlib.import_module(path)
        return obj

    def do_import(p):
        name = p['module']
        mod = importlib.import_module(name)
        alias = p.get('as')
        if alias:
            g[alias] = mod
        else:
            top = name.split('.')[0]
            g[top] = sys.modules[top]
        return {
            'name': mod.__name__,
            'file': getattr(mod, '__file__', None),
            'version': str(getattr(mod, '__version__', '')) or None,
        }

    def do_get(p):
        name = p['name']
        if name not in g:
            raise NameError("name '%s' is not defined" % name)
        return g[name]

    def run(method, p):
        if method == 'eval':
            return eval(compiled(p['code'], 'eval'), g)
        if method == 'call':
            args = p.get('args') or ()
            kwargs = p.get('kwargs') or {}
            return resolve(p['target'])(*args, **kwargs)
        if method == 'exec':
            exec(compiled(p['code'], 'exec'), g)
            return None
        if method == 'set':
            g[p['name']] = p.get('value')
            return None
        if method == 'get':
            return do_get(p)
        if method == 'import':
            return do_import(p)
        if method == 'ping':
            return None
        raise ValueError('unknown method %r' % (method,))

    def error(rid, code, message, etype, tb, kind):
        data = {'type': etype, 'traceback': tb, 'kind': kind}
        body = {'code': code, 'message': message, 'data': data}
        return '{"jsonrpc":"2.0","id":%s,"error":%s,"io":[%d,%d]}\n' % (
            encode(rid), encode(body), out_raw.n, err_raw.n)

    own = {'_pyembed_worker', 'run', 'resolve', 'do_import', 'do_get', 'compiled', 'on_sigint'}

    def exception(rid, e):
        # Drop the worker's own frames (this -c program is '<string>'): the user sees only theirs.
        te = traceback.TracebackException(type(e), e, e.__traceback__)
        te.stack = traceback.StackSummary.from_list(
            [f for f in te.stack if not (f.filename == '<string>' and f.name in own)])
        text = ''.join(te.format())
        msg = str(e)
        if isinstance(e, SystemExit):
            msg = 'SystemExit(%r): the session keeps running; use close() to end it' % (e.code,)
        return error(rid, -32000, msg, type_name(type(e)), text, 'exception')

    def result(rid, method, value):
        try:
            return '{"jsonrpc":"2.0","id":%d,"result":%s,"io":[%d,%d]}\n' % (
                rid, encode(value), out_raw.n, err_raw.n)
        except NotJSON as e:
            msg = ('%s() returned a value containing a %s, which JSON cannot carry; keep it in a variable '
                   '(exec) and return a JSON view of it (list(), str(), .tolist(), a dict)') % (method, e.args[0])
            return error(rid, -32001, msg, type_name(type(value)), '', 'serialization')
        except (TypeError, ValueError) as e:
            msg = '%s() returned a value of type %s that cannot be converted to JSON: %s' % (
                method, type_name(type(value)), e)
            return error(rid, -32001, msg, type_name(type(value)), '', 'serialization')

    info = {
        'pid': os.getpid(),
        'version': '%d.%d.%d' % sys.version_info[:3],
        'implementation': sys.implementation.name,
        'executable': sys.executable,
    }
    write(('{"jsonrpc":"2.0","method":"ready","params":%s}\n' % encode(info)).encode())
    flush()

    while True:
        try:
            line = readline()
            if not line:
                break
            pending[0] = False  # one that arrived while idle was meant for an earlier call
            try:
                req = loads(line)
                rid = req['id']
                method = req['method']
                params = req.get('params') or {}
            except Exception as e:
                out = error(None, -32600, 'invalid request: %s' % e, 'ValueError', '', 'protocol')
            else:
                value = failed = None
                try:
                    busy[0] = True
                    try:
                        if pending[0]:
                            pending[0] = False
                            raise KeyboardInterrupt
                        value = run(method, params)
                    finally:
                        busy[0] = False
                except BaseException as e:
                    failed = e
                # Flush before the byte counts go into the response.
                for stream in (sys.stdout, sys.stderr):
                    try:
                        stream.flush()
                    except Exception:
                        pass
                out = result(rid, method, value) if failed is None else exception(rid, failed)
                value = failed = None
            write(out.encode())
            flush()
        except KeyboardInterrupt:
            # An interrupt that landed after the call returned: the response is what counts.
            continue


_pyembed_worker()
`;

// src/core/session/worker-process.ts
var REQ_FD = 3;
var RES_FD = 4;
var INTR_FD = 5;
var WorkerProcess = class {
  constructor(python, o, onMessage, onExit) {
    this.python = python;
    this.onMessage = onMessage;
    this.onExit = onExit;
    if (o.cwd !== void 0 && !existsSync2(o.cwd)) {
      throw new PythonExecutionError(`Working directory ${o.cwd} does not exist.`, {
        requested: o.cwd,
        hint: "Create it first or pass an existing cwd."
      });
    }
    const interruptPipe = isWindowsHost();
    let command = python;
    let args = [
      ...o.pythonArgs ?? [],
      "-c",
      WORKER_SOURCE,
      String(REQ_FD),
      String(RES_FD),
      String(process.pid),
      String(interruptPipe ? INTR_FD : -1)
    ];
    if (o.maxMemoryMB !== void 0)
      ({ command, args } = wrapWithMemoryLimit(command, args, o.maxMemoryMB, "auto", python));
    this.child = spawn2(command, args, {
      cwd: o.cwd,
      env: buildChildEnv(o.env, o.envMode, { PYTHONIOENCODING: "utf-8" }),
      stdio: ["ignore", "pipe", "pipe", "pipe", "pipe", ...interruptPipe ? ["pipe"] : []],
      // Own process group: closing or restarting the session also ends what the user's code started.
      detached: this.group,
      windowsHide: true
    });
    this.req = this.child.stdio[REQ_FD];
    this.res = this.child.stdio[RES_FD];
    this.req.on("error", () => {
    });
    if (interruptPipe) {
      this.intr = this.child.stdio[INTR_FD];
      this.intr.on("error", () => {
      });
    }
    this.exitPromise = new Promise((resolve) => this.child.once("exit", () => resolve()));
    this.closed = new Promise((resolve) => this.child.once("close", () => resolve()));
    const wire = (index, stream, handler, tail) => {
      if (!stream) return Promise.resolve();
      const splitter = handler ? new LineSplitter((line) => {
        try {
          handler(line);
        } catch (e) {
          this.handlerError ??= e;
        }
      }) : void 0;
      stream.on("data", (chunk) => {
        tail?.push(chunk);
        splitter?.push(chunk);
        this.received[index] += chunk.length;
        if (this.waiter) this.checkWaiter();
      });
      return new Promise(
        (resolve) => stream.once("close", () => {
          splitter?.end();
          resolve(void 0);
        })
      );
    };
    this.outputEnded = Promise.all([
      wire(0, this.child.stdout, o.onStdout),
      wire(1, this.child.stderr, o.onStderr, this.stderrTail)
    ]).then(() => this.runWaiter());
    this.res.setEncoding("utf8");
    this.res.on("data", (chunk) => this.onData(chunk));
    this.ready = new Promise((resolve, reject) => {
      const timeoutMs = o.startTimeoutMs ?? 3e4;
      const timer = setTimeout(() => {
        this.kill();
        reject(this.startError(`did not start within ${timeoutMs} ms`));
      }, timeoutMs);
      this.readyResolve = (info) => {
        clearTimeout(timer);
        this.info = info;
        resolve(info);
      };
      this.readyReject = (e) => {
        clearTimeout(timer);
        reject(e);
      };
    });
    this.ready.catch(() => {
    });
    this.child.once("error", (e) => this.readyReject?.(this.startError(e.message)));
    this.child.once("exit", (code, signal) => {
      this.exited = true;
      this.exitCode = code;
      this.exitSignal = signal;
      if (this.child.pid !== void 0) untrackChild(this.child.pid);
      void Promise.race([this.outputEnded, new Promise((r) => setTimeout(r, 250).unref())]).then(() => {
        this.runWaiter();
        if (!this.info)
          this.readyReject?.(this.startError(`exited (${this.exitDescription()}) before it was ready`));
        this.onExit(this);
      });
    });
    if (this.child.pid !== void 0) trackChild(this.child.pid, this.group);
  }
  python;
  onMessage;
  onExit;
  child;
  ready;
  info;
  exited = false;
  exitCode = null;
  exitSignal = null;
  /** Resolves when the interpreter exited (its children may still hold the output pipes). */
  exitPromise;
  /** Resolves when the output pipes closed too (every holder is gone). */
  closed;
  /** Handler errors (onStdout/onStderr threw) waiting to be reported on the current call. */
  handlerError;
  stderrTail = new BoundedCapture(0, 8192);
  req;
  res;
  intr;
  group = process.platform !== "win32";
  buf = "";
  outputEnded;
  /** Bytes of stdout/stderr received (and handed to the line handlers) so far. */
  received = [0, 0];
  waiter;
  /**
   * Runs `fn` once the output the worker wrote before answering has reached the handlers: the
   * response and the output travel on different pipes, and either may be read first.
   */
  afterOutput(io, fn) {
    if (!io || this.received[0] >= io[0] && this.received[1] >= io[1]) return fn();
    const timer = setTimeout(() => this.runWaiter(), 2e3);
    this.waiter = { io, fn, timer };
  }
  checkWaiter() {
    const w = this.waiter;
    if (w && this.received[0] >= w.io[0] && this.received[1] >= w.io[1]) this.runWaiter();
  }
  /** Also when the output can no longer arrive (pipes closed, worker gone). */
  runWaiter() {
    const w = this.waiter;
    this.waiter = void 0;
    if (w) clearTimeout(w.timer);
    w?.fn();
  }
  readyResolve;
  readyReject;
  startError(why) {
    const tail = this.stderrText();
    return new PythonExecutionError(
      `Python session worker ${this.python} ${why}${tail ? `:
${tail}` : "."}`,
      {
        requested: this.python,
        stderrTail: tail,
        kind: "start",
        hint: "Check that the path is a working Python 3.8+ interpreter."
      }
    );
  }
  onData(chunk) {
    this.buf += chunk;
    let nl = this.buf.indexOf("\n");
    if (nl === -1) return;
    let start = 0;
    while (nl !== -1) {
      const line = this.buf.slice(start, nl);
      start = nl + 1;
      this.onLine(line);
      nl = this.buf.indexOf("\n", start);
    }
    this.buf = start === this.buf.length ? "" : this.buf.slice(start);
  }
  onLine(line) {
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      return;
    }
    if (msg.method === "ready" && msg.params) this.readyResolve?.(msg.params);
    else this.onMessage(msg, this);
  }
  send(line) {
    this.req.write(line);
  }
  /** SIGINT (a byte on the interrupt pipe on Windows): KeyboardInterrupt inside the running call only. */
  interrupt() {
    if (this.exited || this.child.pid === void 0) return false;
    if (this.intr) {
      this.intr.write("!");
      return true;
    }
    try {
      process.kill(this.child.pid, "SIGINT");
      return true;
    } catch {
      return false;
    }
  }
  kill() {
    if (this.child.pid !== void 0)
      killTree(this.child.pid, { group: this.group, leaderExited: this.exited });
  }
  /** Stops reading output a process outside our reach still holds open (it left the group). */
  destroyStreams() {
    for (const s of this.child.stdio) s?.destroy();
  }
  /** EOF on the request pipe: the worker leaves its loop after the current call. */
  endInput() {
    this.req.end();
  }
  stderrText() {
    return tailLines(this.stderrTail.tail("utf8"));
  }
  exitDescription() {
    return this.exitSignal ? `signal ${this.exitSignal}` : `exit code ${this.exitCode}`;
  }
  /** An idle worker must not keep Node alive; a pending call must. */
  setRef(on) {
    const streams = [
      this.child.stdout,
      this.child.stderr,
      this.req,
      this.res
    ];
    for (const s of streams) {
      if (on) s?.ref?.();
      else s?.unref?.();
    }
    if (on) this.child.ref();
    else this.child.unref();
  }
};

// src/core/session/session.ts
var PythonSession = class _PythonSession {
  constructor(pythonPath, o) {
    this.pythonPath = pythonPath;
    this.o = o;
  }
  pythonPath;
  o;
  worker;
  starting;
  queue = [];
  head = 0;
  current;
  nextId = 1;
  closed = false;
  closing;
  /** A worker that died while idle: reported to the next call, which would otherwise see fresh state silently. */
  crashed;
  /** How many times the worker was replaced (state lost each time). */
  restarts = 0;
  /** Starts the interpreter and resolves once it is ready for calls. */
  static async start(pythonPath, o = {}) {
    const s = new _PythonSession(pythonPath, o);
    await s.spawnWorker();
    return s;
  }
  /** pid, version and executable of the current worker. */
  get info() {
    return this.worker?.info;
  }
  get pid() {
    return this.worker?.info?.pid;
  }
  get isClosed() {
    return this.closed;
  }
  /** Runs statements in the session's globals. */
  async exec(code, o) {
    await this.request("exec", { code }, `exec(${short(code)})`, o);
  }
  /** Evaluates one expression and returns its value as JSON. */
  eval(expr, o) {
    return this.request("eval", { code: expr }, `eval(${short(expr)})`, o);
  }
  /**
   * Calls `module.func` (imported on demand: 'json.dumps', 'os.path.join'), a session global
   * ('myfunc', 'obj.method') or a builtin ('len').
   */
  call(target, args = [], kwargs = {}, o) {
    return this.request("call", { target, args, kwargs }, `call(${target})`, o);
  }
  /** `import module` (or `import module as alias`) into the session's globals. */
  import(module, o) {
    return this.request("import", { module, as: o?.as }, `import(${module})`, o);
  }
  /** Binds a JSON value to a global name. */
  async set(name, value, o) {
    await this.request("set", { name, value }, `set(${name})`, o);
  }
  /** Reads a global by name. */
  get(name, o) {
    return this.request("get", { name }, `get(${name})`, o);
  }
  /** A protocol round trip without user code (health check, benchmark baseline). */
  async ping(o) {
    await this.request("ping", {}, "ping()", o);
  }
  /** Ends the worker (and anything it started); pending calls are rejected. Idempotent. */
  close() {
    this.closing ??= this.shutdown();
    return this.closing;
  }
  request(method, params, label, o) {
    if (this.closed) return Promise.reject(closedError(label));
    const id = this.nextId++;
    let line;
    try {
      line = `{"jsonrpc":"2.0","id":${id},"method":"${method}","params":${JSON.stringify(params)}}
`;
    } catch (e) {
      return Promise.reject(
        sessionError(`${label}: the arguments cannot be sent as JSON: ${e.message}`, {
          kind: "serialization"
        })
      );
    }
    const signal = o?.signal;
    if (signal?.aborted) return Promise.reject(abortError(label, signal));
    return new Promise((resolve, reject) => {
      const job = {
        id,
        line,
        label,
        timeoutMs: o?.timeoutMs ?? this.o.callTimeoutMs,
        signal,
        resolve,
        reject
      };
      if (signal) {
        job.onAbort = () => this.abortJob(job);
        signal.addEventListener("abort", job.onAbort, { once: true });
      }
      this.queue.push(job);
      if (!this.current) this.pump();
    });
  }
  abortJob(job) {
    if (this.current === job) return this.interrupt(job, "abort");
    if (job.cancelled) return;
    job.cancelled = true;
    this.settle(job);
    job.reject(abortError(job.label, job.signal));
  }
  /** Sends the next queued call when the worker is idle; starts a worker when there is none. */
  pump() {
    while (!this.current && this.head < this.queue.length) {
      const w = this.worker;
      if (!w) {
        if (!this.starting && !this.closed) void this.spawnWorker().catch(() => {
        });
        return;
      }
      if (w.exited) return;
      const job = this.queue[this.head++];
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      if (job.cancelled) continue;
      if (this.crashed) {
        const e = this.crashed;
        this.crashed = void 0;
        this.settle(job);
        job.reject(e);
        continue;
      }
      this.current = job;
      w.handlerError = void 0;
      w.setRef(true);
      w.send(job.line);
      if (job.timeoutMs !== void 0 && job.timeoutMs >= 0) {
        job.timer = setTimeout(() => this.interrupt(job, "timeout"), job.timeoutMs);
      }
      return;
    }
    if (!this.current) this.worker?.setRef(false);
  }
  async spawnWorker() {
    const start = async () => {
      const w = new WorkerProcess(
        this.pythonPath,
        this.o,
        (msg, from) => this.onResponse(msg, from),
        (from) => this.onWorkerExit(from)
      );
      w.setRef(true);
      try {
        await w.ready;
      } catch (e) {
        w.kill();
        throw e;
      }
      this.worker = w;
    };
    this.starting = start();
    try {
      await this.starting;
    } catch (e) {
      for (const job of this.queue.splice(this.head)) {
        if (job.cancelled) continue;
        this.settle(job);
        job.reject(e);
      }
      this.head = 0;
      this.queue.length = 0;
      throw e;
    } finally {
      this.starting = void 0;
    }
    if (this.closed) {
      this.worker?.kill();
      return;
    }
    this.pump();
  }
  settle(job) {
    if (job.timer) clearTimeout(job.timer);
    if (job.repeat) clearInterval(job.repeat);
    if (job.grace) clearTimeout(job.grace);
    if (job.onAbort) job.signal?.removeEventListener("abort", job.onAbort);
  }
  onResponse(msg, from) {
    const job = this.current;
    if (!job || from !== this.worker || msg.id !== job.id) return;
    this.settle(job);
    from.afterOutput(msg.io, () => this.complete(job, msg, from));
  }
  complete(job, msg, from) {
    if (this.current !== job) return;
    this.current = void 0;
    const handlerError = from.handlerError;
    if (handlerError !== void 0) job.reject(handlerError);
    else if (msg.error) job.reject(callError(job, msg.error));
    else job.resolve(msg.result);
    this.pump();
  }
  /** Timeout/abort: SIGINT (repeated), then after the grace period kill and replace the worker. */
  interrupt(job, reason) {
    const w = this.worker;
    if (this.current !== job || job.interrupted || !w) return;
    job.interrupted = reason;
    const graceMs = this.o.interruptGraceMs ?? 2e3;
    if (w.interrupt()) {
      job.repeat = setInterval(() => w.interrupt(), 200);
      job.grace = setTimeout(() => this.replaceStuckWorker(job, w), graceMs);
    } else {
      this.replaceStuckWorker(job, w);
    }
  }
  replaceStuckWorker(job, w) {
    if (this.current !== job || this.worker !== w) return;
    this.worker = void 0;
    this.current = void 0;
    this.settle(job);
    w.kill();
    const why = job.interrupted === "timeout" ? `timed out after ${job.timeoutMs} ms` : "was aborted";
    const graceMs = this.o.interruptGraceMs ?? 2e3;
    job.reject(
      new PythonExecutionError(
        `${job.label} ${why} and did not stop within ${graceMs} ms of an interrupt; the worker was killed and restarted: all session state (variables, imports) was lost.`,
        {
          requested: job.label,
          kind: job.interrupted === "timeout" ? "timeout" : "aborted",
          timedOut: job.interrupted === "timeout",
          aborted: job.interrupted === "abort",
          stateLost: true,
          hint: "Re-run the setup code of the session; code that ignores KeyboardInterrupt cannot be interrupted."
        }
      )
    );
    this.noteRestart(`${job.label} ${why} and ignored the interrupt`);
  }
  noteRestart(reason) {
    if (this.closed) return;
    this.restarts++;
    try {
      this.o.onRestart?.(reason);
    } catch {
    }
    if (!this.starting) void this.spawnWorker().catch(() => {
    });
  }
  onWorkerExit(w) {
    if (this.worker !== w) return;
    this.worker = void 0;
    w.kill();
    if (this.closed) return;
    const tail = w.stderrText();
    const err = new PythonExecutionError(
      `The Python session worker exited (${w.exitDescription()}); all session state was lost and a new worker is started.${tail ? `
${tail}` : ""}`,
      {
        requested: this.current?.label,
        kind: "crash",
        processExitCode: w.exitCode,
        signal: w.exitSignal,
        stderrTail: tail,
        stateLost: true,
        outOfMemory: /MemoryError|Cannot allocate memory/.test(tail),
        hint: "Something ended the interpreter (os._exit, a crash in native code, an external kill)."
      }
    );
    const job = this.current;
    if (job) {
      this.current = void 0;
      this.settle(job);
      job.reject(err);
    } else {
      this.crashed = err;
    }
    this.noteRestart(err.message.split("\n")[0]);
  }
  async shutdown() {
    this.closed = true;
    for (const job2 of this.queue.splice(this.head)) {
      if (job2.cancelled) continue;
      this.settle(job2);
      job2.reject(closedError(job2.label));
    }
    this.queue.length = 0;
    this.head = 0;
    if (this.starting) await this.starting.catch(() => {
    });
    const w = this.worker;
    const job = this.current;
    if (w) {
      w.setRef(true);
      if (job) {
        job.interrupted = "close";
        w.interrupt();
        job.repeat ??= setInterval(() => w.interrupt(), 200);
      }
      w.endInput();
      const graceMs = this.o.interruptGraceMs ?? 2e3;
      let timer;
      const stopped = await Promise.race([
        w.exitPromise.then(() => true),
        new Promise((r) => timer = setTimeout(() => r(false), graceMs))
      ]);
      clearTimeout(timer);
      w.kill();
      if (!stopped) await w.exitPromise;
      let closeTimer;
      const closed = await Promise.race([
        w.closed.then(() => true),
        new Promise((r) => closeTimer = setTimeout(() => r(false), 1e3))
      ]);
      clearTimeout(closeTimer);
      if (!closed) w.destroyStreams();
    }
    if (job && this.current === job) {
      this.current = void 0;
      this.settle(job);
      job.reject(closedError(job.label));
    }
  }
};

// src/core/packages/pypi.ts
var DEFAULT_PYPI_JSON_URL = "https://pypi.org/pypi";
var DEFAULT_SIMPLE_INDEX_URL = "https://pypi.org/simple/";
function trimBase(u) {
  return u.replace(/\/+$/, "");
}
async function getText(url, o, accept) {
  try {
    if (!o.fetch) {
      return await fetchText(url, {
        headers: { accept, "user-agent": "python-embedded" },
        signal: o.signal,
        timeoutMs: o.timeoutMs ?? 3e4
      });
    }
    const signals = [AbortSignal.timeout(o.timeoutMs ?? 3e4), ...o.signal ? [o.signal] : []];
    const res = await o.fetch(url, {
      headers: { accept, "user-agent": "python-embedded" },
      signal: AbortSignal.any(signals)
    });
    if (res.status === 404) return void 0;
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.text();
  } catch (e) {
    throw new DownloadError(
      `Could not get ${url}: ${e.message}`,
      { requested: url },
      { cause: e }
    );
  }
}
async function getPackageMetadata(name, version, o = {}) {
  const n = encodeURIComponent(normalizePackageName(validatePackageName(name)));
  const base = trimBase(o.jsonUrl ?? DEFAULT_PYPI_JSON_URL);
  const url = version ? `${base}/${n}/${encodeURIComponent(validateVersion(version))}/json` : `${base}/${n}/json`;
  const text = await getText(url, o, "application/json");
  if (text === void 0) return void 0;
  const doc = JSON.parse(text);
  const info = doc.info ?? {};
  const str = (k) => typeof info[k] === "string" && info[k] ? info[k] : void 0;
  const releases = Object.entries(doc.releases ?? {}).filter(([, files]) => !Array.isArray(files) || files.length > 0).map(([v]) => v).sort(comparePep440);
  const projectUrls = info.project_urls && typeof info.project_urls === "object" ? info.project_urls : {};
  return {
    name: str("name") ?? name,
    version: str("version") ?? version ?? "",
    summary: str("summary"),
    description: str("description"),
    author: str("author"),
    authorEmail: str("author_email"),
    homePage: str("home_page") ?? projectUrls.Homepage ?? projectUrls.homepage,
    license: str("license"),
    requiresPython: str("requires_python"),
    requiresDist: Array.isArray(info.requires_dist) ? info.requires_dist : [],
    releases,
    projectUrls
  };
}
async function searchPyPI(query, o = {}) {
  const words = query.trim().split(/\s+/).filter(Boolean).map((w) => normalizePackageName(w));
  if (!words.length) return [];
  const limit = o.limit ?? 20;
  const whole = normalizePackageName(query.trim().replace(/\s+/g, "-"));
  let names = [];
  try {
    names = await listProjects(o);
  } catch {
    names = [];
  }
  const hits = /* @__PURE__ */ new Map();
  for (const raw of names) {
    const n = normalizePackageName(raw);
    if (!words.every((w) => n.includes(w))) continue;
    const rank = n === whole ? 0 : n.startsWith(whole) ? 1 : n.startsWith(words[0]) ? 2 : 3;
    if (!hits.has(n) || hits.get(n) > rank) hits.set(n, rank);
  }
  if (/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(whole) && !hits.has(whole)) hits.set(whole, 0);
  const ranked = [...hits.entries()].sort(
    (a, b) => a[1] - b[1] || a[0].length - b[0].length || a[0].localeCompare(b[0])
  );
  const out = [];
  for (let i = 0; i < ranked.length && out.length < limit; i += 4) {
    const batch2 = ranked.slice(i, i + 4).map(([n]) => getPackageMetadata(n, void 0, o).catch(() => void 0));
    for (const meta of await Promise.all(batch2)) {
      if (meta && out.length < limit)
        out.push({ name: meta.name, version: meta.version, summary: meta.summary });
    }
  }
  return out;
}
var projectListCache = /* @__PURE__ */ new Map();
var PROJECT_LIST_TTL_MS = 10 * 6e4;
async function listProjects(o = {}) {
  const url = trimBase(o.simpleUrl ?? DEFAULT_SIMPLE_INDEX_URL) + "/";
  const hit = projectListCache.get(url);
  if (hit && Date.now() - hit.at < PROJECT_LIST_TTL_MS && !o.fetch) return hit.names;
  const names = fetchProjects(url, o);
  if (!o.fetch) projectListCache.set(url, { at: Date.now(), names });
  names.catch(() => projectListCache.delete(url));
  return names;
}
async function fetchProjects(url, o) {
  const body = await getText(url, o, "application/vnd.pypi.simple.v1+json, text/html;q=0.1");
  if (body === void 0) return [];
  if (body.trimStart().startsWith("{")) {
    const doc = JSON.parse(body);
    return (doc.projects ?? []).map((p) => p.name ?? "").filter(Boolean);
  }
  const names = [];
  for (const m of body.matchAll(/<a\b[^>]*>([^<]+)<\/a>/gi)) names.push(m[1].trim());
  return names;
}
function comparePep440(a, b) {
  const pa = parsePep440(a);
  const pb = parsePep440(b);
  if (!pa || !pb) return a.localeCompare(b);
  for (let i = 0; i < Math.max(pa.release.length, pb.release.length); i++) {
    const d = (pa.release[i] ?? 0) - (pb.release[i] ?? 0);
    if (d) return d;
  }
  for (const k of ["phase", "pre", "post", "dev"]) {
    const d = pa[k] - pb[k];
    if (d) return d;
  }
  return 0;
}
function parsePep440(v) {
  const m = /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\d*))?(?:[-_.]?(?:post|rev|r)[-_.]?(\d*))?(?:[-_.]?dev[-_.]?(\d*))?(?:\+.*)?$/i.exec(
    v.trim()
  );
  if (!m) return void 0;
  const phaseOf = { a: 1, alpha: 1, b: 2, beta: 2, c: 3, rc: 3, pre: 3, preview: 3 };
  const hasPre = m[2] !== void 0;
  const hasPost = m[4] !== void 0;
  const hasDev = m[5] !== void 0;
  return {
    release: m[1].split(".").map(Number),
    // a bare .devN sorts before any pre-release of the same release
    phase: hasPre ? phaseOf[m[2].toLowerCase()] : hasDev && !hasPost ? 0 : 4,
    pre: hasPre ? Number(m[3] || 0) : 0,
    post: hasPost ? Number(m[4] || 0) + 1 : 0,
    dev: hasDev ? Number(m[5] || 0) : Number.MAX_SAFE_INTEGER
  };
}

// src/core/packages/runtime.ts
import path9 from "node:path";

// src/core/packages/parse.ts
function parsePipListJson(stdout) {
  const rows = parseJsonArray(stdout, "uv pip list");
  return rows.map((r) => ({
    name: String(r.name),
    version: String(r.version),
    ...r.editable_project_location ? { editableProjectLocation: String(r.editable_project_location) } : {}
  }));
}
function parseOutdatedJson(stdout) {
  return parseJsonArray(stdout, "uv pip list --outdated").map((r) => ({
    name: String(r.name),
    installedVersion: String(r.version),
    latestVersion: String(r.latest_version),
    ...r.latest_filetype ? { latestFiletype: String(r.latest_filetype) } : {}
  }));
}
function parseJsonArray(stdout, what) {
  const text = stdout.trim();
  if (!text) return [];
  const v = JSON.parse(text);
  if (!Array.isArray(v)) throw new Error(`${what} did not print a JSON array.`);
  return v;
}
function parsePipShow(stdout) {
  const out = [];
  for (const block of stdout.split(/^---\s*$/m)) {
    const fields = {};
    for (const line of block.split(/\r?\n/)) {
      const m = /^([A-Za-z][A-Za-z -]*):\s?(.*)$/.exec(line);
      if (m) fields[m[1].trim()] = m[2].trim();
    }
    if (!fields.Name) continue;
    const list = (k) => (fields[k] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    out.push({
      name: fields.Name,
      version: fields.Version ?? "",
      ...fields.Location ? { location: fields.Location } : {},
      ...fields["Editable project location"] ? { editableProjectLocation: fields["Editable project location"] } : {},
      ...fields.Summary ? { summary: fields.Summary } : {},
      requires: list("Requires"),
      requiredBy: list("Required-by"),
      fields
    });
  }
  return out;
}
function uvErrorText(stderr, stdout = "") {
  const lines = stderr.split(/\r?\n/);
  const start = lines.findIndex((l) => /^\s*(error:|×|\s*×)/.test(l) || /^\s*× /.test(l));
  const kept = (start >= 0 ? lines.slice(start) : lines).filter(
    (l) => l.trim() && !/^Using (Python|CPython) /.test(l) && !/^(Resolved|Prepared|Installed|Audited|Uninstalled) \d+/.test(l)
  );
  const text = kept.join("\n").trim();
  return text || stdout.trim() || "uv failed without a message";
}

// src/core/packages/target.ts
async function uvPip(t, args, o = {}) {
  await assertInterpreter(t.pythonPath);
  const [cmd, ...rest] = args;
  return t.uv.run(["pip", cmd, `--python=${t.pythonPath}`, ...rest], { ...o, env: t.config.proxyEnv() });
}
function pythonQuery(t, args, o = {}) {
  return runIsolated(t.pythonPath, args, { signal: o.signal, timeoutMs: o.timeoutMs ?? 12e4 });
}
async function assertInterpreter(pythonPath) {
  if (!await exists(pythonPath)) {
    throw new PythonNotInstalledError(`No Python interpreter at ${pythonPath}.`, {
      requested: pythonPath,
      hint: "The instance or virtual environment was deleted or moved; create it again."
    });
  }
}
function toResult(r) {
  return { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, durationMs: r.durationMs };
}
function outputOf(e) {
  return e.result;
}
function installError(spec, r) {
  const details = {
    requested: spec,
    packageSpecification: spec,
    installationOutput: r.stderr,
    exitCode: r.exitCode,
    hint: "Check the package name/version and the index (indexUrl); uv said why above."
  };
  const err = new PackageInstallationError(
    `Installing ${spec} failed: ${uvErrorText(r.stderr, r.stdout)}`,
    details
  );
  Object.defineProperty(err, "result", { value: toResult(r), enumerable: false });
  return err;
}
function queryError(what, r) {
  return new PackageInstallationError(`uv could not ${what}: ${uvErrorText(r.stderr, r.stdout)}`, {
    installationOutput: r.stderr,
    exitCode: r.exitCode
  });
}

// src/core/packages/health.ts
async function pipVersion(t, o) {
  const r = await pythonQuery(t, ["-c", "import pip; print(pip.__version__)"], o).catch(() => void 0);
  return r && r.exitCode === 0 ? r.stdout.trim() : void 0;
}
async function pythonVersionInfo(t, o) {
  try {
    const p = await probeInterpreter(t.pythonPath, { signal: o.signal, timeoutMs: o.timeoutMs ?? 12e4 });
    const { version, versionInfo, executable, prefix, basePrefix, implementation, platform, sysVersion } = p;
    return { version, versionInfo, executable, prefix, basePrefix, implementation, platform, sysVersion };
  } catch (e) {
    const stderr = e.details?.stderr;
    throw new PythonExecutionError(
      `${t.pythonPath} failed to report its version: ${e.message}`,
      { requested: t.pythonPath, stderr },
      { cause: e }
    );
  }
}
function emptyReport(pythonPath, executableExists) {
  return {
    executableExists,
    executablePath: pythonPath,
    prefixExists: false,
    pythonVersionCheck: "Failed",
    commandExecution: "Failed",
    uvCheck: "Failed",
    dependencyCheck: "Failed",
    sitePackagesWritable: false,
    overallHealth: "Unhealthy",
    problems: []
  };
}
async function validateInstallation(t, o) {
  const report = emptyReport(t.pythonPath, await exists(t.pythonPath));
  if (!report.executableExists) report.problems.push(`interpreter missing: ${t.pythonPath}`);
  await checkInterpreter(t, report, o);
  await checkSitePackages(t, report, o);
  await checkDependencies(t, report, o);
  report.pipVersion = await pipVersion(t, o);
  report.overallHealth = report.problems.length ? "Unhealthy" : "Healthy";
  return report;
}
async function checkInterpreter(t, report, o) {
  try {
    const info = await pythonVersionInfo(t, o);
    report.pythonVersionCheck = "Success";
    report.pythonVersionInfo = `${info.sysVersion} (${info.executable})`;
    report.prefix = info.prefix;
    report.prefixExists = await exists(info.prefix);
  } catch (e) {
    report.problems.push(`interpreter does not run: ${e.message}`);
  }
}
async function checkSitePackages(t, report, o) {
  try {
    const r = await pythonQuery(t, ["-c", 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], o);
    report.commandExitCode = r.exitCode;
    if (r.exitCode !== 0) {
      report.problems.push(`command failed (${r.exitCode}): ${r.stderr.trim()}`);
      return;
    }
    report.commandExecution = "Success";
    report.sitePackages = r.stdout.trim();
    report.sitePackagesWritable = await isWritableDir(report.sitePackages);
    if (!report.sitePackagesWritable)
      report.problems.push(`site-packages not writable: ${report.sitePackages}`);
  } catch (e) {
    report.problems.push(`command failed: ${e.message}`);
  }
}
async function checkDependencies(t, report, o) {
  try {
    report.uvVersion = await t.uv.version(o);
    report.uvCheck = "Success";
    const r = await uvPip(t, ["check"], o);
    report.dependencyCheckOutput = (r.stdout + r.stderr).trim();
    if (r.exitCode === 0) report.dependencyCheck = "Success";
    else report.problems.push(`uv pip check: ${uvErrorText(r.stderr, r.stdout)}`);
  } catch (e) {
    report.problems.push(`uv failed: ${e.message}`);
  }
}

// src/core/packages/index-config.ts
var IndexConfig = class {
  constructor(uv, settings) {
    this.uv = uv;
    for (const u of [settings.indexUrl, ...settings.extraIndexUrls ?? []]) if (u) checkIndexUrl(u);
    this.index = {
      indexUrl: settings.indexUrl,
      extraIndexUrls: settings.extraIndexUrls,
      trustedHosts: settings.trustedHosts
    };
  }
  uv;
  index;
  proxy;
  /** The index uv lists projects from: this runtime's, else uv's options' (undefined: uv's default). */
  get indexUrl() {
    return this.index.indexUrl ?? this.uv.options.indexUrl;
  }
  /** Where packages come from, as uv will see it: options first, then uv's own environment variables. */
  describe() {
    const env = this.uv.env();
    const sources = {};
    const pick = (key, fromOptions, fromEnv) => {
      sources[key] = fromOptions !== void 0 ? "options" : fromEnv !== void 0 ? "env" : "default";
      return fromOptions ?? fromEnv;
    };
    const split = (s) => s ? s.split(/\s+/).filter(Boolean) : void 0;
    const uvOpts = this.uv.options;
    const optExtras = this.index.extraIndexUrls ?? uvOpts.extraIndexUrls;
    const optTrusted = this.index.trustedHosts ?? uvOpts.trustedHosts;
    return {
      indexUrl: pick("indexUrl", this.indexUrl, env.UV_DEFAULT_INDEX ?? env.UV_INDEX_URL),
      extraIndexUrls: pick("extraIndexUrls", optExtras, split(env.UV_INDEX ?? env.UV_EXTRA_INDEX_URL)) ?? [],
      trustedHosts: pick("trustedHosts", optTrusted, split(env.UV_INSECURE_HOST)) ?? [],
      proxy: pick(
        "proxy",
        this.proxy?.url ?? uvOpts.proxy,
        env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY
      ),
      noProxy: pick("noProxy", this.proxy?.noProxy ?? uvOpts.noProxy, env.NO_PROXY ?? env.no_proxy),
      cacheDir: pick("cacheDir", uvOpts.cacheDir, env.UV_CACHE_DIR),
      offline: Boolean(uvOpts.offline || env.UV_OFFLINE),
      sources
    };
  }
  /** Uses `indexUrl` from now on; `trusted` also skips TLS verification for its host; `extra` adds it instead. */
  setIndex(indexUrl, o = {}) {
    const url = checkIndexUrl(indexUrl);
    if (o.extra) this.index.extraIndexUrls = [...this.index.extraIndexUrls ?? [], url];
    else this.index.indexUrl = url;
    if (o.trusted) this.index.trustedHosts = [...this.index.trustedHosts ?? [], new URL(url).host];
  }
  /** Sends uv's traffic through `proxyUrl`; refuses anything that is not an http(s) or socks5 URL. */
  setProxy(proxyUrl, o = {}) {
    let u;
    try {
      u = new URL(proxyUrl);
    } catch {
      throw new ConfigurationError(`Not a proxy URL: ${JSON.stringify(proxyUrl)}.`, { requested: proxyUrl });
    }
    if (!["http:", "https:", "socks5:", "socks5h:"].includes(u.protocol)) {
      throw new ConfigurationError(`Unsupported proxy scheme ${u.protocol} in ${proxyUrl}.`, {
        requested: proxyUrl
      });
    }
    this.proxy = { url: proxyUrl, noProxy: o.noProxy };
  }
  /** uv's index arguments: the call's settings over this runtime's. */
  indexArgs(o = {}) {
    const extra = o.extraIndexUrls ?? (o.extraIndexUrl === void 0 ? void 0 : [o.extraIndexUrl].flat());
    return this.uv.indexArgs({
      indexUrl: o.indexUrl ?? this.index.indexUrl,
      extraIndexUrls: extra ?? this.index.extraIndexUrls,
      trustedHosts: o.trustedHosts ?? this.index.trustedHosts
    });
  }
  /** The proxy variables uv is started with (for uv only: this process's environment is untouched). */
  proxyEnv() {
    const env = {};
    if (this.proxy?.url) env.HTTPS_PROXY = env.https_proxy = env.HTTP_PROXY = env.http_proxy = this.proxy.url;
    if (this.proxy?.noProxy) env.NO_PROXY = env.no_proxy = this.proxy.noProxy;
    return env;
  }
};

// src/core/packages/install.ts
import path7 from "node:path";
function checkedSpecs(specs) {
  return specs.map((s) => parsePackageSpec(s) && s.trim());
}
async function installSpecs(t, spec, o) {
  const specs = checkedSpecs([spec].flat());
  if (!specs.length)
    throw new PackageInstallationError("Nothing to install: no package given.", { requested: "" });
  const r = await uvPip(t, ["install", ...await installFlags(t, o), "--", ...specs], o);
  if (r.exitCode !== 0) throw installError(specs.join(" "), r);
  return toResult(r);
}
async function installRequirements(t, file, o) {
  const abs = path7.resolve(file);
  if (!await isFile(abs)) {
    throw new RequirementsFileError(`Requirements file not found: ${abs}.`, {
      requested: abs,
      packageSpecification: abs
    });
  }
  const r = await uvPip(t, ["install", ...await installFlags(t, o), `--requirements=${abs}`], o);
  if (r.exitCode !== 0) throw requirementsError(abs, r);
  return toResult(r);
}
async function installPyproject(t, projectPath2, o) {
  const p = await pyprojectArgs(projectPath2, o);
  const args = ["install", ...await installFlags(t, o), ...p.options, "--", ...p.positional];
  const r = await uvPip(t, args, { ...o, cwd: p.dir });
  if (r.exitCode !== 0) throw installError(p.target, r);
  return toResult(r);
}
async function installPlan(t, plan, o) {
  const cwd = path7.resolve(o.cwd ?? process.cwd());
  const specs = checkedSpecs(plan.packages ?? []);
  const files = await requirementFiles(cwd, plan.requirements ?? []);
  const constraints = [...[o.constraints ?? []].flat(), ...plan.constraints ?? []].map(
    (c) => path7.resolve(cwd, c)
  );
  const project = plan.pyproject ? await pyprojectArgs(path7.resolve(cwd, plan.pyproject), plan) : void 0;
  if (!files.length && !specs.length && !project) {
    throw new PackageInstallationError("Nothing to install: no requirements, project or package given.", {});
  }
  const args = ["install", ...await installFlags(t, { ...o, constraints })];
  for (const f of files) args.push(`--requirements=${f}`);
  if (project) args.push(...project.options);
  args.push("--", ...project?.positional ?? [], ...specs);
  const r = await uvPip(t, args, { ...o, cwd });
  if (r.exitCode === 0) return toResult(r);
  const text = uvErrorText(r.stderr, r.stdout);
  const blamed = files.find((f) => text.includes(f) || text.includes(path7.relative(cwd, f)));
  if (blamed) throw requirementsError(blamed, r);
  throw installError([...files, ...project ? [project.target] : [], ...specs].join(" "), r);
}
async function requirementFiles(cwd, files) {
  const out = [];
  for (const f of files) {
    const abs = path7.resolve(cwd, f);
    if (!await isFile(abs))
      throw new RequirementsFileError(`Requirements file not found: ${abs}.`, { requested: abs });
    out.push(abs);
  }
  return out;
}
function requirementsError(file, r) {
  return new RequirementsFileError(`Installing ${file} failed: ${uvErrorText(r.stderr, r.stdout)}`, {
    requested: file,
    packageSpecification: file,
    installationOutput: r.stderr,
    exitCode: r.exitCode,
    hint: "Fix the reported line of the requirements file; nothing was installed."
  });
}
async function pyprojectArgs(projectPath2, o) {
  let dir = path7.resolve(projectPath2);
  if (await isFile(dir)) dir = path7.dirname(dir);
  const pyproject = path7.join(dir, "pyproject.toml");
  const hasPyproject = await isFile(pyproject);
  if (!hasPyproject && !await hasLegacyProject(dir)) {
    throw new PackageInstallationError(`No pyproject.toml (or setup.py) in ${dir}.`, {
      requested: projectPath2,
      hint: "Point at the project directory or its pyproject.toml."
    });
  }
  const extras = (o.extras ?? []).map((e) => validateExtraName("extra", e));
  const groups = (o.groups ?? []).map((g) => validateExtraName("group", g));
  if (groups.length && !hasPyproject) {
    throw new PackageInstallationError("Dependency groups need a pyproject.toml.", {
      requested: groups.join(",")
    });
  }
  const target = `${dir}${extras.length ? `[${extras.join(",")}]` : ""}`;
  const options = [];
  if (o.allExtras) options.push(`--requirements=${pyproject}`, "--all-extras");
  for (const g of groups) options.push(`--group=${pyproject}:${g}`);
  if (o.editable) options.push(`--editable=${target}`);
  return { dir, target, options, positional: o.editable ? [] : [target] };
}
async function hasLegacyProject(dir) {
  return await isFile(path7.join(dir, "setup.py")) || await isFile(path7.join(dir, "setup.cfg"));
}
async function installFlags(t, o) {
  const flags = t.config.indexArgs(o);
  if (o.upgrade) flags.push("--upgrade");
  if (o.reinstall) flags.push("--reinstall");
  if (o.noDeps) flags.push("--no-deps");
  for (const c of [o.constraints ?? []].flat()) {
    const abs = path7.resolve(c);
    if (!await isFile(abs))
      throw new RequirementsFileError(`Constraints file not found: ${abs}.`, { requested: abs });
    flags.push(`--constraints=${abs}`);
  }
  return flags;
}

// src/core/packages/query.ts
import { promises as fs4 } from "node:fs";
import path8 from "node:path";
async function listPackages(t, o) {
  const r = await uvPip(t, ["list", "--format=json"], o);
  if (r.exitCode !== 0) throw queryError("list packages", r);
  const pkgs = parsePipListJson(r.stdout);
  if (!o.details || !pkgs.length) return pkgs;
  const meta = await distributionSummaries(t, o);
  return pkgs.map((p) => ({ ...p, ...meta.get(normalizePackageName(p.name)) }));
}
async function installedVersion(t, name, o) {
  const n = normalizePackageName(validatePackageName(name));
  return (await listPackages(t, o)).find((p) => normalizePackageName(p.name) === n)?.version;
}
async function packageDetails(t, name, o) {
  const n = validatePackageName(name);
  const r = await uvPip(t, ["show", "--", n], o);
  const found = parsePipShow(r.stdout).find((d) => normalizePackageName(d.name) === normalizePackageName(n));
  if (!found) return void 0;
  const summary = (await distributionSummaries(t, o)).get(normalizePackageName(n))?.summary;
  return summary ? { ...found, summary } : found;
}
async function outdatedPackages(t, o) {
  const r = await uvPip(t, ["list", "--outdated", "--format=json", ...t.config.indexArgs(o)], o);
  if (r.exitCode !== 0) throw queryError("list outdated packages", r);
  return parseOutdatedJson(r.stdout);
}
async function freeze(t, o) {
  const r = await uvPip(t, ["freeze", ...o.excludeEditable ? ["--exclude-editable"] : []], o);
  if (r.exitCode !== 0) throw queryError("freeze packages", r);
  return r.stdout;
}
async function exportRequirements(t, outputPath, o) {
  const abs = path8.resolve(outputPath);
  let text;
  if (!o.pin || o.pin === "exact") text = await freeze(t, o);
  else {
    const op = o.pin === "minimum" ? ">=" : "~=";
    const pkgs = (await listPackages(t, o)).filter((p) => !p.editableProjectLocation);
    text = pkgs.map((p) => `${p.name}${op}${p.version}
`).join("");
  }
  await fs4.mkdir(path8.dirname(abs), { recursive: true });
  await fs4.writeFile(abs, text);
  return abs;
}
var SUMMARIES = `import json, importlib.metadata as m
out = {}
for d in m.distributions():
    n = d.metadata.get("Name")
    if n: out[n] = {"summary": d.metadata.get("Summary") or None, "location": str(d.locate_file(""))}
print(json.dumps(out))`;
async function distributionSummaries(t, o) {
  const r = await pythonQuery(t, ["-c", SUMMARIES], o).catch(() => void 0);
  const map = /* @__PURE__ */ new Map();
  if (!r || r.exitCode !== 0) return map;
  const found = JSON.parse(r.stdout);
  for (const [n, v] of Object.entries(found)) {
    map.set(normalizePackageName(n), { location: v.location, ...v.summary ? { summary: v.summary } : {} });
  }
  return map;
}

// src/core/packages/update.ts
async function uninstall(t, name, o) {
  let names = [name].flat().map(validatePackageName);
  if (o.removeDependencies) names = await withOrphanedDependencies(t, names, o);
  const r = await uvPip(t, ["uninstall", "--", ...names], o);
  if (r.exitCode !== 0) {
    throw new PackageInstallationError(
      `Uninstalling ${names.join(", ")} failed: ${uvErrorText(r.stderr, r.stdout)}`,
      {
        requested: names.join(" "),
        packageSpecification: names.join(" "),
        installationOutput: r.stderr,
        exitCode: r.exitCode
      }
    );
  }
  return toResult(r);
}
async function withOrphanedDependencies(t, names, o) {
  const installed = await listPackages(t, o);
  if (!installed.length) return names;
  const show = await uvPip(t, ["show", "--", ...installed.map((p) => p.name)], o);
  const graph = new Map(parsePipShow(show.stdout).map((d) => [normalizePackageName(d.name), d]));
  const removing = new Set(names.map(normalizePackageName));
  const orphaned = (d) => !removing.has(d) && graph.has(d) && !(graph.get(d)?.requiredBy ?? []).some((p) => !removing.has(normalizePackageName(p)));
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of [...removing]) {
      for (const dep of graph.get(n)?.requires ?? []) {
        const d = normalizePackageName(dep);
        if (!orphaned(d)) continue;
        removing.add(d);
        changed = true;
      }
    }
  }
  return [...removing].map((n) => graph.get(n)?.name ?? n);
}
async function upgradeAll(t, o) {
  const editable = new Set(
    (await listPackages(t, o)).filter((p) => p.editableProjectLocation).map((p) => normalizePackageName(p.name))
  );
  const stale = (await outdatedPackages(t, o)).filter((p) => !editable.has(normalizePackageName(p.name)));
  if (!stale.length) return { upgraded: [] };
  const result = await installSpecs(
    t,
    stale.map((p) => p.name),
    { ...o, upgrade: true }
  );
  return { upgraded: stale, result };
}
async function pinVersion(t, name, version, o) {
  const n = validatePackageName(name);
  const v = validateVersion(version);
  const result = await installSpecs(t, `${n}==${v}`, o);
  const now = await installedVersion(t, n, o);
  if (now !== v) {
    throw new PackageInstallationError(`${n} is at ${now ?? "nothing"} after installing ${n}==${v}.`, {
      requested: `${n}==${v}`,
      available: now ? [now] : []
    });
  }
  return result;
}
async function batch(items, check, run, logger) {
  const out = {};
  const valid = [];
  for (const item of items) {
    try {
      valid.push(check(item));
    } catch (e) {
      out[item] = { ok: false, error: e.message };
    }
  }
  if (!valid.length) return out;
  try {
    const result = await run(valid);
    for (const v of valid) out[v] = { ok: true, result };
    return out;
  } catch (e) {
    if (valid.length === 1) {
      out[valid[0]] = { ok: false, error: e.message, result: outputOf(e) };
      return out;
    }
    logger.info(`Batch of ${valid.length} failed; retrying each one to find which.`);
  }
  for (const v of valid) {
    try {
      out[v] = { ok: true, result: await run([v]) };
    } catch (e) {
      out[v] = { ok: false, error: e.message, result: outputOf(e) };
    }
  }
  return out;
}

// src/core/packages/runtime.ts
var PythonRuntime = class {
  pythonPath;
  uv;
  logger;
  target;
  config;
  pypi;
  constructor(o) {
    this.pythonPath = o.pythonPath;
    this.uv = o.uv;
    this.logger = o.logger ?? silentLogger;
    this.config = new IndexConfig(o.uv, o);
    this.target = { pythonPath: o.pythonPath, uv: o.uv, logger: this.logger, config: this.config };
    this.pypi = {
      jsonUrl: o.pypiJsonUrl ?? DEFAULT_PYPI_JSON_URL,
      searchIndexUrl: o.searchIndexUrl,
      fetch: o.fetch
    };
  }
  /** The reference's static validator, kept as a static for discoverability. */
  static isValidPackageSpec(spec) {
    return isValidPackageSpec(spec);
  }
  // ---------------------------------------------------------------- running code
  /** Runs Python code (`python -c`): the reference's ExecuteCommand. Handlers, cwd, env, timeout, memory limit via `o`. */
  executeCommand(code, o = {}) {
    return runScript(this.pythonPath, { code }, [], this.execOptions(o));
  }
  /** Runs a script file with arguments: the reference's ExecuteScript. */
  executeScript(scriptPath, args = [], o = {}) {
    return runScript(this.pythonPath, { path: path9.resolve(scriptPath) }, args, this.execOptions(o));
  }
  /** Runs this interpreter with raw arguments (`-m module ...`, `-X ...`). */
  run(args, o = {}) {
    return runPython(this.pythonPath, args, this.execOptions(o));
  }
  /** A persistent interpreter on this runtime (state kept between calls; the reference's in-process mode). */
  startSession(o = {}) {
    return PythonSession.start(this.pythonPath, o);
  }
  /** Hook for VirtualEnvironment to add its activation variables. */
  execOptions(o) {
    return o;
  }
  // ---------------------------------------------------------------- installing
  /** Installs one spec or several (one uv call). Throws PackageInstallationError with uv's message. */
  install(spec, o = {}) {
    return installSpecs(this.target, spec, o);
  }
  /** `uv pip install -r <file>`; a bad file or an unresolvable line is a RequirementsFileError. */
  installRequirements(file, o = {}) {
    return installRequirements(this.target, file, o);
  }
  /**
   * Installs a project from its directory (or its pyproject.toml): `uv pip install [-e] <dir>[extras]`,
   * plus `--group <dir>/pyproject.toml:<group>` for each dependency group.
   */
  installPyproject(projectPath2, o = {}) {
    return installPyproject(this.target, projectPath2, o);
  }
  /**
   * Everything a setup asks for in ONE resolution: requirements files, constraints, a project (editable,
   * extras, groups) and extra specs. Relative paths are taken from `cwd`. A failure names the requirements
   * file when uv blames one (RequirementsFileError), else PackageInstallationError.
   */
  installPlan(plan, o = {}) {
    return installPlan(this.target, plan, o);
  }
  // ---------------------------------------------------------------- changing what is installed
  /** Uninstalls one or more packages; with `removeDependencies`, also their now-unneeded dependencies. */
  uninstall(name, o = {}) {
    return uninstall(this.target, name, o);
  }
  /** Upgrades every outdated (non-editable) package in one resolution. */
  upgradeAll(o = {}) {
    return upgradeAll(this.target, o);
  }
  /** Installs exactly `version` of `name` (down or up); verifies the result. */
  downgrade(name, version, o = {}) {
    return pinVersion(this.target, name, version, o);
  }
  /**
   * Installs many specs in one uv call. If that call fails, each valid spec is retried alone so every
   * entry says whether it installed and, if not, uv's reason. Invalid specs never reach uv.
   */
  batchInstall(specs, o = {}) {
    const check = (s) => checkedSpecs([s])[0];
    return batch(specs, check, (list) => this.install(list, o), this.logger);
  }
  /** Uninstalls many packages in one uv call, with per-package results when it fails. */
  batchUninstall(names, o = {}) {
    return batch(names, validatePackageName, (list) => this.uninstall(list, o), this.logger);
  }
  // ---------------------------------------------------------------- questions
  /** Installed packages (`uv pip list --format json`); `details` adds location and summary per package. */
  list(o = {}) {
    return listPackages(this.target, o);
  }
  /** Version if installed, else undefined. */
  getVersion(name, o = {}) {
    return installedVersion(this.target, name, o);
  }
  async isInstalled(name, o = {}) {
    return await this.getVersion(name, o) !== void 0;
  }
  /** `uv pip show <name>`; undefined when not installed. */
  info(name, o = {}) {
    return packageDetails(this.target, name, o);
  }
  /** Packages with a newer version on the index (`uv pip list --outdated --format json`). */
  outdated(o = {}) {
    return outdatedPackages(this.target, o);
  }
  /** `uv pip freeze` text (exact pins). */
  freeze(o = {}) {
    return freeze(this.target, o);
  }
  /**
   * Writes a requirements file. `pin: 'exact'` (default) is `uv pip freeze`; `'minimum'` writes `name>=version`,
   * `'compatible'` writes `name~=version` (editable installs are left out of those two: they have no index version).
   */
  exportRequirements(outputPath, o = {}) {
    return exportRequirements(this.target, outputPath, o);
  }
  // ---------------------------------------------------------------- where packages come from
  /** Where packages come from, as uv will see it: options first, then uv's own environment variables. */
  pipConfig() {
    return this.config.describe();
  }
  /**
   * Uses `indexUrl` for this runtime's later calls (the reference wrote pip.conf; we never touch global
   * config). `trusted` also skips TLS verification for that host; `extra` adds it as an extra index instead.
   */
  configureIndex(indexUrl, o = {}) {
    this.config.setIndex(indexUrl, o);
    return this.pipConfig();
  }
  /** Sends this runtime's uv traffic through `proxyUrl` (HTTPS_PROXY/HTTP_PROXY for uv only). */
  configureProxy(proxyUrl, o = {}) {
    this.config.setProxy(proxyUrl, o);
    return this.pipConfig();
  }
  // ---------------------------------------------------------------- versions and health
  /** uv's version (the package manager every operation goes through). */
  uvVersion(o = {}) {
    return this.uv.version(o);
  }
  /** pip's version if pip is installed in this environment (a uv venv has none unless seeded). */
  pipVersion(o = {}) {
    return pipVersion(this.target, o);
  }
  /** sys.version, executable, prefixes, implementation. */
  pythonVersionInfo(o = {}) {
    return pythonVersionInfo(this.target, o);
  }
  /**
   * Health: the interpreter exists and runs, uv runs, `uv pip check` finds no broken dependencies, and
   * site-packages is writable. pip is reported but not required (uv venvs have no pip, and are healthy).
   */
  validateInstallation(o = {}) {
    return validateInstallation(this.target, o);
  }
  // ---------------------------------------------------------------- PyPI
  /** Project metadata from the PyPI JSON API; undefined when the project/version does not exist. */
  getPackageMetadata(name, version, o = {}) {
    return getPackageMetadata(name, version, { jsonUrl: this.pypi.jsonUrl, fetch: this.pypi.fetch, ...o });
  }
  /** Name search over the index's project list, enriched from the JSON API (see pypi.ts). */
  searchPyPI(query, o = {}) {
    const simpleUrl = this.pypi.searchIndexUrl ?? this.config.indexUrl ?? DEFAULT_SIMPLE_INDEX_URL;
    return searchPyPI(query, { jsonUrl: this.pypi.jsonUrl, simpleUrl, fetch: this.pypi.fetch, ...o });
  }
  // ---------------------------------------------------------------- for subclasses
  /** `uv pip <cmd> --python=<interpreter> ...` */
  pip(args, o = {}) {
    return uvPip(this.target, args, o);
  }
  /** Runs this interpreter with exactly `args`, in the isolated environment (no caller PYTHON* variables). */
  python(args, o = {}) {
    return spawnCapture(this.pythonPath, args, {
      signal: o.signal,
      timeoutMs: o.timeoutMs ?? 12e4,
      env: isolatedPythonEnv()
    });
  }
};

// src/core/venvs/create.ts
import { promises as fs5 } from "node:fs";
import path10 from "node:path";
async function isVenv(dir) {
  return (await fs5.stat(path10.join(dir, "pyvenv.cfg")).catch(() => void 0))?.isFile() ?? false;
}
async function createVenv(uv, pythonPath, target, o = {}) {
  await fs5.mkdir(path10.dirname(target), { recursive: true });
  const args = ["venv", `--python=${pythonPath}`, "--no-project"];
  if (o.prompt !== void 0) args.push(`--prompt=${o.prompt}`);
  if (o.seed) args.push("--seed", ...uv.indexArgs());
  if (o.relocatable) args.push("--relocatable");
  args.push("--clear", "--", target);
  const run = () => uv.run(args, { signal: o.signal, cwd: path10.dirname(target), onSpawn: o.onSpawn });
  let r = await run();
  for (let retry = 1; retry <= 3 && r.exitCode !== 0 && !o.signal?.aborted; retry++) {
    if (!/already exists|not a virtual environment|not empty|ENOTEMPTY|File exists/i.test(r.stderr)) break;
    await new Promise((res) => setTimeout(res, 250 * retry));
    await fs5.rm(target, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    r = await run();
  }
  if (r.exitCode !== 0 || !await isVenv(target)) {
    await fs5.rm(target, { recursive: true, force: true }).catch(() => {
    });
    throw new VenvCreateError(
      `uv could not create the venv at ${target}: ${uvErrorText(r.stderr, r.stdout)}`,
      {
        requested: target,
        exitCode: r.exitCode,
        stderr: r.stderr,
        hint: o.seed ? "Seeding needs pip on the package index (indexUrl)." : "Check that the interpreter runs (see uv output above)."
      }
    );
  }
}
async function ensureVenvAt(uv, pythonPath, dir, o) {
  const home = (await readPyvenvCfg(dir))?.home;
  const sameHome = home !== void 0 && path10.resolve(home) === path10.dirname(path10.resolve(pythonPath));
  if (sameHome && await fs5.stat(venvPython(dir)).catch(() => void 0)) {
    o.logger.info(`Reusing venv ${dir}`);
    return { created: false };
  }
  const entries = await fs5.readdir(dir).catch(() => []);
  if (home === void 0 && entries.length > 0) {
    throw new ConfigurationError(
      `${dir} exists and is not a virtual environment; refusing to overwrite it.`,
      {
        key: "venv",
        requested: dir,
        hint: "Choose another venv path, or delete the directory."
      }
    );
  }
  await createVenv(uv, pythonPath, dir, o);
  o.logger.info(`Created venv ${dir}`);
  return { created: true };
}

// src/core/venvs/virtual-environment.ts
var VirtualEnvironment = class extends PythonRuntime {
  name;
  path;
  isExternal;
  constructor(o) {
    super({ ...o, pythonPath: venvPython(o.path) });
    this.name = o.name;
    this.path = o.path;
    this.isExternal = Boolean(o.isExternal);
  }
  /** `bin/` (POSIX) or `Scripts\` (Windows): console scripts live here. */
  get binDir() {
    return venvBinDir(this.path);
  }
  /** Code and scripts run "activated": VIRTUAL_ENV set and bin/ first on PATH (the caller's env still wins). */
  execOptions(o) {
    if (o.envMode === "replace") return o;
    const act = this.activationEnv();
    const key = Object.keys(act).find((k) => k.toUpperCase() === "PATH") ?? "PATH";
    return { ...o, env: { VIRTUAL_ENV: act.VIRTUAL_ENV, [key]: act[key], PYTHONHOME: void 0, ...o.env } };
  }
  /**
   * Environment variables that "activate" this venv for a child process (what `activate` does):
   * VIRTUAL_ENV, PATH with bin/ first, no PYTHONHOME.
   */
  activationEnv(base = process.env) {
    const env = { ...base };
    delete env.PYTHONHOME;
    const key = Object.keys(env).find((k) => k.toUpperCase() === "PATH") ?? "PATH";
    const sep = process.platform === "win32" ? ";" : ":";
    env[key] = env[key] ? `${this.binDir}${sep}${env[key]}` : this.binDir;
    env.VIRTUAL_ENV = this.path;
    return env;
  }
};

// src/core/venvs/manager.ts
import { promises as fs11 } from "node:fs";
import path16 from "node:path";

// src/core/venvs/archive.ts
import { createWriteStream, promises as fs6 } from "node:fs";
import path11 from "node:path";
import { pipeline } from "node:stream/promises";
var MANIFEST = "pyembed-venv-export.json";
function formatOf(out) {
  if (/\.zip$/i.test(out)) return "zip";
  if (/\.(tar\.gz|tgz)$/i.test(out)) return "tar.gz";
  return void 0;
}
async function collect(root, links) {
  const items = [];
  const walk = async (dir, rel) => {
    for (const e of await fs6.readdir(dir, { withFileTypes: true })) {
      const abs = path11.join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      const st = await fs6.lstat(abs);
      const base = { rel: r, abs, mode: st.mode & 4095, mtime: st.mtime, size: st.size };
      if (st.isSymbolicLink()) {
        const target = await fs6.readlink(abs);
        const resolved = path11.resolve(dir, target);
        const inside = !path11.relative(root, resolved).split(path11.sep).includes("..");
        if (path11.isAbsolute(target) || !inside) links[r] = resolved;
        else items.push({ ...base, kind: "symlink", target });
      } else if (st.isDirectory()) {
        items.push({ ...base, kind: "dir" });
        await walk(abs, r);
      } else if (st.isFile()) items.push({ ...base, kind: "file" });
    }
  };
  await walk(root, "");
  return items;
}
async function writeVenvArchive(venvDir, outPath, manifest) {
  const out = path11.resolve(outPath);
  const format = formatOf(out);
  if (!format) {
    throw new ConfigurationError(`Virtual environment exports are .zip or .tar.gz archives; got ${out}.`, {
      requested: out,
      available: [".zip", ".tar.gz", ".tgz"],
      hint: "Name the output file <something>.zip or <something>.tar.gz."
    });
  }
  const links = {};
  const items = await collect(venvDir, links);
  const manifestBytes = Buffer.from(JSON.stringify({ ...manifest, links }, null, 2) + "\n");
  await fs6.mkdir(path11.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  try {
    if (format === "zip") await writeZip(items, manifestBytes, partial);
    else await writeTarGz(items, manifestBytes, partial);
    await fs6.rename(partial, out);
  } catch (e) {
    await fs6.rm(partial, { force: true });
    throw e;
  }
  return out;
}
async function writeZip(items, manifest, dest) {
  const { default: yazl } = await import("./yazl-JIXKL7HO.js");
  const zip = new yazl.ZipFile();
  for (const it of items) {
    if (it.kind === "symlink") {
      zip.addBuffer(Buffer.from(it.target), it.rel, { mode: 41471, mtime: it.mtime, compress: false });
    } else if (it.kind === "dir") zip.addEmptyDirectory(it.rel, { mode: it.mode, mtime: it.mtime });
    else zip.addFile(it.abs, it.rel, { mode: it.mode | 32768, mtime: it.mtime });
  }
  zip.addBuffer(manifest, MANIFEST, { mode: 33188 });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(dest));
}
async function writeTarGz(items, manifest, dest) {
  const { default: tar } = await import("./tar-stream-ZIPLYNCT.js");
  const pack = tar.pack();
  const done = pipeline(pack, zlibModule().createGzip({ level: 6 }), createWriteStream(dest));
  const add = (header, body) => new Promise((resolve, reject) => {
    const cb = (err) => err ? reject(err) : resolve();
    if (body) pack.entry(header, body, cb);
    else pack.entry(header, cb);
  });
  try {
    for (const it of items) {
      const h = { name: it.rel, mode: it.mode, mtime: it.mtime };
      if (it.kind === "symlink") await add({ ...h, type: "symlink", linkname: it.target });
      else if (it.kind === "dir") await add({ ...h, type: "directory" });
      else await add({ ...h, type: "file", size: it.size }, await fs6.readFile(it.abs));
    }
    await add(
      { name: MANIFEST, mode: 420, mtime: /* @__PURE__ */ new Date(), type: "file", size: manifest.length },
      manifest
    );
    pack.finalize();
  } catch (e) {
    pack.destroy(e);
  }
  await done;
}
async function readVenvArchive(archive, dest, limits = {}) {
  const abs = path11.resolve(archive);
  const { extractArchive } = await import("./extract-6YQYUOPW.js");
  await extractArchive(abs, dest, { ...limits, format: formatOf(abs) });
  const file = path11.join(dest, MANIFEST);
  let manifest;
  try {
    manifest = JSON.parse(await fs6.readFile(file, "utf8"));
  } catch {
    throw new ConfigurationError(`${archive} is not a python-embedded venv export (no ${MANIFEST}).`, {
      requested: archive,
      hint: "Import archives written by exportVirtualEnvironment / `pyembed venv export`."
    });
  }
  if (manifest.format !== 1 || typeof manifest.sourcePath !== "string") {
    throw new ConfigurationError(`${archive} has an unsupported venv export manifest.`, {
      requested: archive
    });
  }
  await fs6.rm(file);
  if (!await fs6.stat(path11.join(dest, "pyvenv.cfg")).catch(() => void 0)) {
    throw new ConfigurationError(`${archive} holds no pyvenv.cfg: not a virtual environment.`, {
      requested: archive
    });
  }
  return { ...manifest, links: manifest.links ?? {} };
}

// src/core/venvs/metadata.ts
import { promises as fs7 } from "node:fs";
import path12 from "node:path";
function metadataPath(venvsDir, name) {
  return path12.join(venvsDir, META_DIR, `${name}.json`);
}
async function writeMetadata(venvsDir, m) {
  const file = metadataPath(venvsDir, m.name);
  await fs7.mkdir(path12.dirname(file), { recursive: true });
  const { rebuilt: _rebuilt, ...stored } = m;
  await writeFileAtomic(file, JSON.stringify(stored, null, 2) + "\n");
}
async function removeMetadata(venvsDir, name) {
  await fs7.rm(metadataPath(venvsDir, name), { force: true });
}
async function readStoredMetadata(venvsDir, name) {
  try {
    const m = JSON.parse(
      await fs7.readFile(metadataPath(venvsDir, name), "utf8")
    );
    if (!m || typeof m !== "object" || m.name !== name || typeof m.createdAt !== "string") return void 0;
    if (m.externalPath !== void 0 && typeof m.externalPath !== "string") return void 0;
    return {
      ...m,
      name,
      createdAt: m.createdAt,
      isExternal: Boolean(m.externalPath)
    };
  } catch {
    return void 0;
  }
}
async function rebuildMetadata(venvsDir, name, venvPath) {
  const entry = path12.join(venvsDir, name);
  const st = await fs7.lstat(entry).catch(() => void 0);
  const externalPath = st?.isSymbolicLink() ? path12.resolve(venvsDir, await fs7.readlink(entry)) : void 0;
  const cfg = await readPyvenvCfg(venvPath) ?? {};
  const cfgStat = await fs7.stat(path12.join(venvPath, "pyvenv.cfg")).catch(() => void 0);
  const created = cfgStat ? cfgStat.birthtimeMs > 0 ? cfgStat.birthtime : cfgStat.mtime : /* @__PURE__ */ new Date();
  return {
    name,
    ...externalPath ? { externalPath } : {},
    isExternal: Boolean(externalPath),
    createdAt: created.toISOString(),
    pythonVersion: cfg.version_info ?? cfg.version,
    uvVersion: cfg.uv,
    rebuilt: true
  };
}

// src/core/venvs/info.ts
import { promises as fs8 } from "node:fs";
import path13 from "node:path";
async function describeVenv(venv, meta, signal) {
  const name = venv.name;
  const cfg = await readPyvenvCfg(venv.path) ?? {};
  const [sp] = await sitePackagesDirs(venv.path);
  const modStat = (sp ? await fs8.stat(sp).catch(() => void 0) : void 0) ?? await fs8.stat(path13.join(venv.path, "pyvenv.cfg")).catch(() => void 0);
  const packagesCount = await venv.list({ signal }).then((l) => l.length).catch(() => void 0);
  return {
    name,
    path: venv.path,
    exists: true,
    isExternal: venv.isExternal,
    ...venv.isExternal ? { externalPath: venv.path } : {},
    sizeBytes: await treeSize(venv.path),
    createdAt: meta.createdAt,
    modifiedAt: modStat?.mtime.toISOString(),
    pythonVersion: cfg.version_info ?? cfg.version ?? meta.pythonVersion,
    uvVersion: cfg.uv ?? meta.uvVersion,
    home: cfg.home,
    packagesCount,
    metadata: meta
  };
}

// src/core/venvs/import.ts
import { promises as fs9 } from "node:fs";
import path14 from "node:path";
async function unpackVenvArchive(archivePath, staging, dest, o) {
  const manifest = await readVenvArchive(archivePath, staging, o.archiveLimits);
  const here = platformKey(hostPlatform());
  if (manifest.platform && manifest.platform !== here) {
    throw new ConfigurationError(`The archive holds a ${manifest.platform} venv; this machine is ${here}.`, {
      requested: manifest.platform,
      available: [here],
      hint: "Venvs hold compiled code: import them on the platform they were made on."
    });
  }
  const mine = await o.pythonVersion();
  if (manifest.pythonVersion && minor(manifest.pythonVersion) !== minor(mine)) {
    throw new ConfigurationError(
      `The archive holds a Python ${manifest.pythonVersion} venv; this instance is Python ${mine}.`,
      {
        requested: manifest.pythonVersion,
        available: [mine],
        hint: "Import it into an instance of the same minor version."
      }
    );
  }
  await restoreLinks(staging, manifest.links, manifest.sourcePath, manifest.home, o);
  const moved = await relocateVenv(staging, {
    from: manifest.sourcePath,
    to: dest,
    basePython: o.pythonPath
  });
  refuseStaleLaunchers(moved, manifest.sourcePath);
}
async function restoreLinks(dir, links, sourcePath, oldHome, o) {
  const bin = path14.relative(dir, venvBinDir(dir)).split(path14.sep).join("/");
  for (const [rel, target] of Object.entries(links)) {
    const parts = rel.split("/");
    if (!rel || parts.some((p) => !p || p === "." || p === "..") || path14.isAbsolute(rel)) continue;
    const abs = path14.join(dir, ...parts);
    let next;
    if (target === sourcePath || target.startsWith(sourcePath + "/"))
      next = target;
    else if (parts.length === 2 && parts[0] === bin && /^python/.test(parts[1])) next = o.pythonPath;
    else if (oldHome && path14.dirname(target) === oldHome) next = o.pythonPath;
    if (!next) {
      o.logger.warn(`Import: dropping link ${rel} -> ${target} (outside the venv).`);
      continue;
    }
    await fs9.mkdir(path14.dirname(abs), { recursive: true });
    await fs9.rm(abs, { force: true });
    await fs9.symlink(next, abs);
  }
}
function minor(v) {
  return v.split(".").slice(0, 2).join(".");
}

// src/core/venvs/repair.ts
import { promises as fs10 } from "node:fs";
import path15 from "node:path";
async function assertVenvOf(dir, pythonPath) {
  const home = (await readPyvenvCfg(dir))?.home;
  const mine = path15.dirname(pythonPath);
  if (home && path15.resolve(home) !== mine && !await sameFile(home, mine)) {
    throw new ConfigurationError(`${dir} is a venv of another Python (home = ${home}).`, {
      requested: dir,
      hint: "Pass recreate: true to rebuild it on this instance, or choose another path."
    });
  }
}
async function repairMovedVenv(venvDir, pythonPath, logger) {
  const recorded = await recordedVenvPath(venvDir);
  const home = (await readPyvenvCfg(venvDir))?.home;
  const mine = path15.dirname(pythonPath);
  const homeMoved = home !== void 0 && path15.resolve(home) !== mine && !await sameFile(home, mine) && !await fs10.stat(path15.join(home, path15.basename(pythonPath))).catch(() => void 0);
  const selfMoved = recorded !== void 0 && path15.resolve(recorded) !== venvDir;
  if (!homeMoved && !selfMoved) return;
  logger.info(`Venv ${venvDir} moved (was ${recorded ?? venvDir}, home ${home}); re-pointing its paths.`);
  await relocateVenv(venvDir, {
    from: recorded ?? venvDir,
    to: venvDir,
    ...homeMoved ? { basePython: pythonPath } : {}
  });
}
async function sameFile(a, b) {
  try {
    const [x, y] = await Promise.all([fs10.realpath(a), fs10.realpath(b)]);
    return x === y;
  } catch {
    return false;
  }
}

// src/core/venvs/manager.ts
var VirtualEnvironmentManager = class {
  venvsDir;
  instance;
  runtimeOptions;
  logger;
  archiveLimits;
  instanceVersion;
  constructor(o) {
    const { instance, archiveLimits, ...rest } = o;
    this.archiveLimits = archiveLimits;
    this.instance = { pythonPath: path16.resolve(instance.pythonPath), dir: path16.resolve(instance.dir) };
    this.venvsDir = path16.join(this.instance.dir, "venvs");
    this.runtimeOptions = rest;
    this.logger = o.logger ?? silentLogger;
  }
  // ---------------------------------------------------------------- lookup
  /** Names of the venvs that exist (internal and external), sorted. */
  async list() {
    const out = [];
    for (const e of await fs11.readdir(this.venvsDir, { withFileTypes: true }).catch(() => [])) {
      if (e.name === META_DIR || e.name.startsWith(".tmp-")) continue;
      if ((e.isDirectory() || e.isSymbolicLink()) && await isVenv(path16.join(this.venvsDir, e.name)))
        out.push(e.name);
    }
    return out.sort();
  }
  async exists(name) {
    return isVenv(path16.join(this.venvsDir, validateVenvName(name)));
  }
  /** The real directory of `name` (following an external link); where it would be created if absent. */
  async resolvePath(name) {
    const entry = path16.join(this.venvsDir, validateVenvName(name));
    const st = await fs11.lstat(entry).catch(() => void 0);
    if (st?.isSymbolicLink()) return path16.resolve(this.venvsDir, await fs11.readlink(entry));
    if (!st) {
      const stored = await readStoredMetadata(this.venvsDir, name);
      if (stored?.externalPath) return stored.externalPath;
    }
    return entry;
  }
  /** Stored metadata, rebuilt (and re-saved) from the files when missing or corrupt; undefined if no venv. */
  async metadata(name) {
    validateVenvName(name);
    if (!await this.exists(name)) return void 0;
    const stored = await readStoredMetadata(this.venvsDir, name);
    if (stored) return stored;
    const rebuilt = await rebuildMetadata(this.venvsDir, name, await this.resolvePath(name));
    this.logger.warn(`Metadata of venv "${name}" was missing or corrupt; rebuilt it from the files.`);
    await writeMetadata(this.venvsDir, rebuilt).catch(() => {
    });
    return rebuilt;
  }
  /** The venv as a runtime; VirtualEnvironmentNotFoundError when it does not exist. */
  async get(name) {
    if (!await this.exists(name)) throw this.notFound(name);
    const p = await this.resolvePath(name);
    const entry = path16.join(this.venvsDir, name);
    return this.open(name, p, p !== entry);
  }
  async size(name) {
    if (!await this.exists(name)) throw this.notFound(name);
    return treeSize(await this.resolvePath(name));
  }
  async info(name, o = {}) {
    return describeVenv(await this.get(name), await this.metadata(name), o.signal);
  }
  // ---------------------------------------------------------------- create / delete
  /**
   * Returns the venv `name`, creating it with `uv venv --python <instance python>` if needed. An existing
   * venv is returned as is (its `home` is repaired if the instance moved); `recreate` starts it afresh.
   */
  async getOrCreate(name, o = {}) {
    validateVenvName(name);
    let external = o.path ? path16.resolve(o.path) : void 0;
    if (external && isInside(external, this.instance.dir)) {
      throw new ConfigurationError(`External venv path ${external} is inside the instance directory.`, {
        requested: external,
        hint: "Omit `path` to create it in the instance, or choose a directory outside it."
      });
    }
    await fs11.mkdir(path16.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(name), async (lock) => {
      const entry = path16.join(this.venvsDir, name);
      if (await isVenv(entry) && await fs11.lstat(venvPython(entry)).catch(() => void 0)) {
        const current = await this.resolvePath(name);
        if (external && current !== external && !o.recreate) {
          throw new ConfigurationError(`A venv named "${name}" already exists at ${current}.`, {
            requested: external,
            available: [current],
            hint: "Use another name, delete it first, or pass recreate: true."
          });
        }
        if (!o.recreate) {
          await repairMovedVenv(current, this.instance.pythonPath, this.logger);
          await this.metadata(name);
          return this.open(name, current, current !== entry);
        }
        if (!external && current !== entry) external = current;
        await this.removeFiles(name, true);
      } else {
        await fs11.rm(entry, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      }
      const target = external ?? entry;
      let origin = "created";
      if (external && await isVenv(external) && !o.recreate) {
        await assertVenvOf(external, this.instance.pythonPath);
        origin = "adopted";
      } else {
        if (external) await assertEmptyOrAbsent(external, o.recreate);
        await this.createWithUv(target, name, { ...o, onSpawn: (pid, group) => lock.track(pid, group) });
      }
      if (external) await linkExternal(entry, external);
      const cfg = await readPyvenvCfg(target) ?? {};
      await writeMetadata(this.venvsDir, {
        name,
        ...external ? { externalPath: external } : {},
        isExternal: Boolean(external),
        createdAt: (/* @__PURE__ */ new Date()).toISOString(),
        pythonVersion: cfg.version_info,
        uvVersion: cfg.uv,
        seed: Boolean(o.seed),
        origin: { kind: origin }
      });
      return this.open(name, target, Boolean(external));
    });
  }
  /**
   * Deletes the venv. For an external venv, `deleteExternalFiles: false` only forgets it (link and metadata).
   * Returns false when there was nothing to delete.
   */
  async delete(name, o = {}) {
    validateVenvName(name);
    const entry = path16.join(this.venvsDir, name);
    const known = await fs11.lstat(entry).catch(() => void 0) !== void 0 || await readStoredMetadata(this.venvsDir, name) !== void 0;
    if (!known) return false;
    await fs11.mkdir(path16.join(this.venvsDir, META_DIR), { recursive: true });
    await withLock(this.lockPath(name), () => this.removeFiles(name, o.deleteExternalFiles ?? true));
    return true;
  }
  // ---------------------------------------------------------------- clone / export / import
  /** Copies `source` to `target` (internal, or at `o.path`) and re-points every path at the copy. */
  async clone(source, target, o = {}) {
    const src = await this.get(source);
    validateVenvName(target);
    const dest = o.path ? path16.resolve(o.path) : path16.join(this.venvsDir, target);
    await fs11.mkdir(path16.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(target), async () => {
      await this.assertFree(target, dest);
      const staging = path16.join(path16.dirname(dest), `.tmp-${path16.basename(dest)}-${randomTag()}`);
      try {
        await copyTree(src.path, staging);
        const from = await recordedVenvPath(src.path) ?? src.path;
        refuseStaleLaunchers(await relocateVenv(staging, { from, to: dest }), from);
        await renameWithRetry(staging, dest);
      } catch (e) {
        await fs11.rm(staging, { recursive: true, force: true });
        throw e;
      }
      return this.register(target, dest, Boolean(o.path), { kind: "cloned", from: source });
    });
  }
  /** Writes the venv to a .zip or .tar.gz (by extension); paths inside are re-pointed on import. Returns the archive path. */
  async export(name, outputPath) {
    const venv = await this.get(name);
    const cfg = await readPyvenvCfg(venv.path) ?? {};
    return writeVenvArchive(venv.path, outputPath, {
      format: 1,
      name,
      sourcePath: await recordedVenvPath(venv.path) ?? venv.path,
      home: cfg.home,
      pythonVersion: cfg.version_info,
      uvVersion: cfg.uv,
      platform: platformKey(hostPlatform()),
      exportedAt: (/* @__PURE__ */ new Date()).toISOString()
    });
  }
  /**
   * Imports an export as `name` (internal, or at `o.path`): extracts into a temp dir next to the target, checks
   * the Python minor version matches this instance, re-points `home`, the interpreter links, shebangs and
   * activate scripts, then renames into place.
   */
  async import(archivePath, name, o = {}) {
    validateVenvName(name);
    const dest = o.path ? path16.resolve(o.path) : path16.join(this.venvsDir, name);
    await fs11.mkdir(path16.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(name), async () => {
      await this.assertFree(name, dest);
      const staging = path16.join(path16.dirname(dest), `.tmp-${path16.basename(dest)}-${randomTag()}`);
      try {
        await unpackVenvArchive(archivePath, staging, dest, {
          pythonPath: this.instance.pythonPath,
          pythonVersion: () => this.instancePythonVersion(),
          archiveLimits: this.archiveLimits,
          logger: this.logger
        });
        await renameWithRetry(staging, dest);
      } catch (e) {
        await fs11.rm(staging, { recursive: true, force: true });
        throw e;
      }
      return this.register(name, dest, Boolean(o.path), {
        kind: "imported",
        from: path16.resolve(archivePath)
      });
    });
  }
  // ---------------------------------------------------------------- internals
  uv() {
    return this.runtimeOptions.uv;
  }
  open(name, p, isExternal) {
    return new VirtualEnvironment({ ...this.runtimeOptions, name, path: p, isExternal });
  }
  notFound(name) {
    return new VirtualEnvironmentNotFoundError(
      `Virtual environment "${name}" not found in ${this.venvsDir}.`,
      {
        requested: name,
        virtualEnvironmentName: name,
        hint: "Create it with getOrCreate() / `pyembed venv create`."
      }
    );
  }
  lockPath(name) {
    return path16.join(this.venvsDir, META_DIR, `${name}.lock`);
  }
  async createWithUv(target, name, o) {
    await createVenv(this.uv(), this.instance.pythonPath, target, {
      prompt: o.prompt ?? name,
      seed: o.seed,
      relocatable: o.relocatable ?? isWindowsHost(),
      signal: o.signal,
      onSpawn: o.onSpawn
    });
  }
  async removeFiles(name, deleteExternalFiles) {
    const entry = path16.join(this.venvsDir, name);
    const st = await fs11.lstat(entry).catch(() => void 0);
    const stored = await readStoredMetadata(this.venvsDir, name);
    const external = st?.isSymbolicLink() ? path16.resolve(this.venvsDir, await fs11.readlink(entry)) : stored?.externalPath;
    if (st?.isSymbolicLink()) await fs11.rm(entry, { force: true });
    else if (st) await fs11.rm(entry, { recursive: true, force: true });
    if (external && deleteExternalFiles && await isVenv(external))
      await fs11.rm(external, { recursive: true, force: true });
    await removeMetadata(this.venvsDir, name);
  }
  async assertFree(name, dest) {
    const entry = path16.join(this.venvsDir, name);
    if (await isVenv(entry)) {
      throw new ConfigurationError(`A venv named "${name}" already exists.`, {
        requested: name,
        hint: "Choose another name or delete the existing venv first."
      });
    }
    if (dest !== entry) await assertEmptyOrAbsent(dest, false);
    else await fs11.rm(entry, { recursive: true, force: true });
  }
  async register(name, dest, external, origin) {
    const entry = path16.join(this.venvsDir, name);
    if (external) await linkExternal(entry, dest);
    const cfg = await readPyvenvCfg(dest) ?? {};
    await writeMetadata(this.venvsDir, {
      name,
      ...external ? { externalPath: dest } : {},
      isExternal: external,
      createdAt: (/* @__PURE__ */ new Date()).toISOString(),
      pythonVersion: cfg.version_info,
      uvVersion: cfg.uv,
      origin
    });
    return this.open(name, dest, external);
  }
  async instancePythonVersion() {
    this.instanceVersion ??= (await probeInterpreter(this.instance.pythonPath)).version;
    return this.instanceVersion;
  }
};
async function assertEmptyOrAbsent(dir, allowVenv) {
  const entries = await fs11.readdir(dir).catch(() => void 0);
  if (!entries || entries.length === 0) return;
  if (allowVenv && await isVenv(dir)) return;
  throw new ConfigurationError(`${dir} already exists and is not empty.`, {
    requested: dir,
    hint: "Choose an empty or new directory for the venv."
  });
}
async function linkExternal(entry, target) {
  await fs11.rm(entry, { recursive: true, force: true });
  await fs11.symlink(target, entry, process.platform === "win32" ? "junction" : "dir");
}
function isInside(child, parent) {
  const rel = path16.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path16.isAbsolute(rel);
}

// src/core/uv/install.ts
import { constants as fsc, promises as fs12 } from "node:fs";
import path17 from "node:path";

// src/core/uv/checksums.ts
var SHIPPED_UV_CHECKSUMS = {};
function shippedUvSha256(version, assetName, table = SHIPPED_UV_CHECKSUMS) {
  return table[version]?.[assetName]?.toLowerCase();
}

// src/core/uv/install.ts
var MARKER = "pyembed-uv.json";
async function ensureUv(o) {
  const log = o.logger ?? silentLogger;
  if (o.uvPath) return givenUv(o.uvPath, o, log);
  if (o.system) return systemUv(o, log);
  const version = checkVersion(o.version ?? DEFAULT_UV_VERSION);
  const asset = uvAsset(o.platform ?? hostPlatform());
  const root = path17.join(path17.resolve(o.toolsDir), "uv");
  const dir = uvInstallDir(o.toolsDir, version, asset);
  const exe = path17.join(dir, asset.exe);
  const cached = await readInstalled(dir, exe, version, asset.triple);
  if (cached) return { path: exe, version, source: "cache" };
  await fs12.mkdir(root, { recursive: true });
  return withLock(path17.join(root, `${version}-${asset.triple}.lock`), async () => {
    if (await readInstalled(dir, exe, version, asset.triple))
      return { path: exe, version, source: "cache" };
    await downloadUv(version, asset, root, dir, o, log);
    return { path: exe, version, source: "download" };
  });
}
async function givenUv(uvPath, o, log) {
  const p = path17.resolve(uvPath);
  await assertExecutable(p, "uvPath");
  const version = await probeUvVersion(p, o.signal);
  if (o.version && o.version !== version)
    log.warn(`uv at ${p} is ${version}, not the requested ${o.version}.`);
  return { path: p, version, source: "path" };
}
async function systemUv(o, log) {
  const p = await findOnPath(process.platform === "win32" ? "uv.exe" : "uv");
  if (!p) {
    throw new UvNotFoundError("uv was requested from PATH (system) but none was found.", {
      requested: "system",
      hint: 'Install uv on PATH, or drop "system" to let python-embedded install its pinned uv.'
    });
  }
  const version = await probeUvVersion(p, o.signal);
  log.info(`Using uv ${version} from PATH: ${p}`);
  return { path: p, version, source: "system" };
}
async function downloadUv(version, asset, root, dir, o, log) {
  const base = o.downloadBaseUrl ? mirrorBase(o.downloadBaseUrl) : DEFAULT_UV_DOWNLOAD_URL;
  const token = o.downloadBaseUrl ? void 0 : o.token;
  const url = uvAssetUrl(version, asset, base);
  const tmp = path17.join(root, `.tmp-${version}-${randomTag()}`);
  await fs12.mkdir(tmp, { recursive: true });
  try {
    const sha256 = o.sha256?.toLowerCase() ?? shippedUvSha256(version, asset.name, o.knownChecksums) ?? await fetchCompanionSha256(url, { ...o, token });
    log.info(`Downloading uv ${version} (${asset.name}) from ${url}`);
    const archive = path17.join(tmp, asset.name);
    const dl = await downloadFile(url, archive, {
      sha256,
      allowMissingChecksum: o.allowMissingChecksum,
      token,
      logger: log,
      signal: o.signal
    });
    const staging = await unpackUv(archive, tmp, version, asset, { url, sha256: dl.sha256, base }, o.signal);
    await fs12.rm(dir, { recursive: true, force: true });
    await fs12.mkdir(path17.dirname(dir), { recursive: true });
    await renameWithRetry(staging, dir);
    log.info(`Installed uv ${version} into ${dir}`);
  } finally {
    await fs12.rm(tmp, { recursive: true, force: true });
  }
}
async function unpackUv(archive, tmp, version, asset, from, signal) {
  const unpacked = path17.join(tmp, "unpacked");
  const { extractArchive } = await import("./extract-6YQYUOPW.js");
  await extractArchive(archive, unpacked, { format: asset.format });
  const staging = path17.join(tmp, "staging");
  await fs12.mkdir(staging);
  const srcDir = await findBinDir(unpacked, asset.innerDir, asset.exe);
  for (const name of await fs12.readdir(srcDir)) {
    await renameWithRetry(path17.join(srcDir, name), path17.join(staging, name));
  }
  if (process.platform !== "win32") await fs12.chmod(path17.join(staging, asset.exe), 493);
  const got = await probeUvVersion(path17.join(staging, asset.exe), signal);
  if (got !== version) {
    throw new ChecksumMismatchError(`The archive for uv ${version} contains uv ${got}.`, {
      requested: version,
      available: [got],
      hint: `Check the uv download base (${from.base}).`
    });
  }
  const exeBytes = (await fs12.stat(path17.join(staging, asset.exe))).size;
  const marker = {
    version,
    exeBytes,
    triple: asset.triple,
    sha256: from.sha256,
    url: from.url,
    installedAt: (/* @__PURE__ */ new Date()).toISOString()
  };
  await fs12.writeFile(path17.join(staging, MARKER), JSON.stringify(marker, null, 2) + "\n");
  return staging;
}
function uvInstallDir(toolsDir, version, asset) {
  return path17.join(path17.resolve(toolsDir), "uv", version, asset.triple);
}
async function fetchCompanionSha256(url, o) {
  const log = o.logger ?? silentLogger;
  let text;
  let why = "not published (404)";
  try {
    text = await fetchText(`${url}.sha256`, { token: o.token, signal: o.signal });
  } catch (e) {
    why = e.message;
  }
  if (text === void 0) {
    if (o.allowMissingChecksum) {
      log.warn(`No checksum for ${url} (${why}); installing unverified (allowMissingChecksum).`);
      return void 0;
    }
    throw new DownloadError(`Could not get the checksum of the uv archive ${url}.sha256: ${why}.`, {
      requested: `${url}.sha256`,
      hint: "Check the uv download base and network, pass the sha256 explicitly, or set allowMissingChecksum."
    });
  }
  const m = /^\s*([0-9a-fA-F]{64})\b/.exec(text);
  if (!m) {
    throw new ChecksumMismatchError(
      `${url}.sha256 does not hold a sha256 (${JSON.stringify(text.slice(0, 80))}).`,
      {
        requested: `${url}.sha256`
      }
    );
  }
  return m[1].toLowerCase();
}
async function readInstalled(dir, exe, version, triple) {
  try {
    const m = JSON.parse(await fs12.readFile(path17.join(dir, MARKER), "utf8"));
    if (m.version !== version || m.triple !== triple) return false;
    await fs12.access(exe, process.platform === "win32" ? fsc.F_OK : fsc.X_OK);
    return m.exeBytes === void 0 || (await fs12.stat(exe)).size === m.exeBytes;
  } catch {
    return false;
  }
}
async function findBinDir(root, innerDir, exe) {
  for (const cand of [path17.join(root, innerDir), root]) if (await exists(path17.join(cand, exe))) return cand;
  for (const e of await fs12.readdir(root, { withFileTypes: true })) {
    if (e.isDirectory() && await exists(path17.join(root, e.name, exe))) return path17.join(root, e.name);
  }
  throw new DownloadError(`The uv archive has no ${exe} (looked in ${innerDir || "/"}).`, { requested: exe });
}
function checkVersion(v) {
  const s = v.trim().replace(/^v/, "");
  if (!/^\d+\.\d+\.\d+(?:[-.]?[A-Za-z0-9.]+)?$/.test(s)) {
    throw new ConfigurationError(
      `uv version must be an exact release like ${DEFAULT_UV_VERSION}, got ${JSON.stringify(v)}.`,
      {
        requested: v,
        hint: `Pin an exact uv version (default ${DEFAULT_UV_VERSION}).`
      }
    );
  }
  return s;
}
async function assertExecutable(p, what) {
  try {
    const st = await fs12.stat(p);
    if (!st.isFile()) throw new Error("not a file");
    if (process.platform !== "win32") await fs12.access(p, fsc.X_OK);
  } catch (e) {
    throw new UvNotFoundError(`${what} ${p} is not an executable file (${e.message}).`, {
      requested: p
    });
  }
}

// src/core/setup/uv.ts
import { existsSync as existsSync3 } from "node:fs";
import path19 from "node:path";
import { pathToFileURL } from "node:url";

// src/core/uv/releases.ts
import path18 from "node:path";
var UV_REPO = "astral-sh/uv";
async function resolveUvRelease(req, o) {
  if (req.kind === "exact") return req.version;
  if (o.offline) {
    throw new ConfigurationError(
      `uv version "${req.text}" needs the list of uv releases, and offline mode forbids asking for it.`,
      {
        key: "uvVersion",
        requested: req.text,
        hint: "Pin an exact uv version (one already installed, or served by a local uv download directory)."
      }
    );
  }
  const log = o.logger ?? silentLogger;
  const releases = new GitHubReleases({
    apiUrl: o.apiUrl,
    token: o.token,
    repo: UV_REPO,
    pageSize: 100,
    cacheDir: o.cacheDir ? path18.join(o.cacheDir, "uv-releases") : void 0,
    logger: log
  });
  const version = req.kind === "latest" ? await latest(releases) : await newestInRange(releases, req);
  log.info(`uv version "${req.text}" resolved to ${version} (${releases.apiUrl}, ${UV_REPO}).`);
  return version;
}
async function latest(releases) {
  const tag = await releases.latestTag();
  if (!tag) throw notFound("latest", [], releases.apiUrl);
  return tag.replace(/^v/, "");
}
async function newestInRange(releases, req) {
  const seen = [];
  let best;
  for await (const page of releases.summaries()) {
    for (const r of page) {
      const v = r.tag.replace(/^v/, "");
      if (!parseVersion(v)) continue;
      seen.push(v);
      if (req.contains(v) && (!best || compareVersionText(v, best) > 0)) best = v;
    }
  }
  if (!best) throw notFound(req.text, seen, releases.apiUrl);
  return best;
}
function notFound(text, seen, apiUrl) {
  const newest = seen.slice(0, 8);
  return new UvNotFoundError(
    `No uv release matches "${text}" (${seen.length} releases of ${UV_REPO} at ${apiUrl}${newest.length ? `; newest: ${newest.join(", ")}` : ""}).`,
    {
      requested: text,
      available: newest,
      hint: "Widen the range, pin an exact uv version, or check the GitHub API URL (GITHUB_API_URL / --github-api-url)."
    }
  );
}

// src/core/setup/uv.ts
var isRemote = (base) => /^https?:/i.test(base);
async function ensurePrivateUv(o) {
  let base = o.downloadBaseUrl;
  if (base && !/^[a-z][a-z0-9+.-]*:/i.test(base)) base = pathToFileURL(path19.resolve(base)).href;
  const request = parseUvVersionRequest(o.version ?? DEFAULT_UV_VERSION);
  if (o.uvPath) {
    const version2 = exactWithoutLookup(request, false);
    return ensureUv({ version: version2, uvPath: o.uvPath, toolsDir: o.toolsDir, logger: o.logger, signal: o.signal });
  }
  const version = await resolveUvRelease(request, {
    apiUrl: o.githubApiUrl,
    token: o.token,
    cacheDir: o.releasesCacheDir,
    offline: o.offline,
    logger: o.logger
  });
  if (o.offline && (!base || isRemote(base))) {
    const asset = uvAsset(hostPlatform());
    const exe = path19.join(uvInstallDir(o.toolsDir, version, asset), asset.exe);
    if (!existsSync3(exe)) {
      throw new UvNotFoundError(
        `uv ${version} is not installed in ${o.toolsDir} and offline mode forbids downloading it.`,
        {
          requested: version,
          hint: "Run once online, pass a uv binary (--uv-path), or point --uv-download-url at a local directory of uv releases."
        }
      );
    }
  }
  return ensureUv({
    version,
    downloadBaseUrl: base,
    toolsDir: o.toolsDir,
    token: o.token,
    sha256: o.sha256,
    allowMissingChecksum: o.allowMissingChecksum,
    logger: o.logger,
    signal: o.signal
  });
}

// src/core/setup/environment.ts
import { promises as fs14 } from "node:fs";
import path21 from "node:path";

// src/core/setup/package-stamp.ts
import { promises as fs13 } from "node:fs";
import path20 from "node:path";
var STAMP_FILE = ".pyembed-packages.json";
var FORMAT = 1;
var REGISTRY_REQUIREMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[A-Za-z0-9._,\s-]*\])?\s*([<>=!~][^;@/\\]*)?(;[^@/\\]*)?$/;
var ARCHIVE = /\.(whl|zip|tar\.gz|tgz|tar\.bz2|tar\.xz)\b/i;
function isRegistryRequirement(line) {
  const text = line.replace(/(^|\s)#.*$/, "").trim();
  return text === "" || REGISTRY_REQUIREMENT.test(text) && !ARCHIVE.test(text);
}
async function packageRequest(plan, cwd, venvDir) {
  if (plan.project || plan.pyproject || plan.editable) return void 0;
  if (!plan.specs.every(isRegistryRequirement)) return void 0;
  const read = async (f) => {
    const file = path20.resolve(cwd, f);
    const text = await fs13.readFile(file, "utf8").catch(() => void 0);
    return text !== void 0 && !text.includes("\\") && text.split(/\r?\n/).every(isRegistryRequirement) ? [file, text] : void 0;
  };
  const requirements = await Promise.all(plan.requirements.map(read));
  const constraints = await Promise.all(plan.constraints.map(read));
  if ([...requirements, ...constraints].includes(void 0)) return void 0;
  const home = (await readPyvenvCfg(venvDir))?.home;
  if (home === void 0) return void 0;
  return { home, requirements, constraints, specs: plan.specs, index: plan.index };
}
async function siteState(venvDir) {
  const site = await sitePackagesDir(venvDir);
  if (!site) return void 0;
  const names = (await fs13.readdir(site).catch(() => void 0))?.filter((n) => n !== "__pycache__");
  if (!names) return void 0;
  names.sort();
  return Promise.all(
    names.map(async (n) => {
      if (!n.endsWith(".dist-info")) return n;
      const st = await fs13.stat(path20.join(site, n), { bigint: true }).catch(() => void 0);
      return `${n} ${st?.ctimeNs ?? "?"}`;
    })
  );
}
async function sitePackagesDir(venvDir) {
  if (process.platform === "win32") return path20.join(venvDir, "Lib", "site-packages");
  const lib = path20.join(venvDir, "lib");
  const entries = await fs13.readdir(lib).catch(() => []);
  const pythons = entries.filter((e) => e.startsWith("python"));
  return pythons.length === 1 ? path20.join(lib, pythons[0], "site-packages") : void 0;
}
async function unchangedSinceStamp(venvDir, request) {
  const stored = await fs13.readFile(path20.join(venvDir, STAMP_FILE), "utf8").catch(() => void 0);
  if (stored === void 0) return false;
  let stamp;
  try {
    stamp = JSON.parse(stored);
  } catch {
    return false;
  }
  if (stamp.format !== FORMAT || JSON.stringify(stamp.request) !== JSON.stringify(request)) return false;
  const site = await siteState(venvDir);
  return site !== void 0 && JSON.stringify(site) === JSON.stringify(stamp.site);
}
async function writeStamp(venvDir, request) {
  const site = await siteState(venvDir);
  if (!site) return;
  const stamp = { format: FORMAT, request, site };
  await writeFileAtomic(path20.join(venvDir, STAMP_FILE), JSON.stringify(stamp) + "\n");
}

// src/core/setup/environment.ts
function hasPackages(p) {
  return Boolean(p.requirements.length || p.pyproject || p.specs.length);
}
function hasFreshPackages(p) {
  return Boolean(p.requirements.length || p.pyproject && !p.project || p.specs.length);
}
async function installPackages(uv, python, plan, o) {
  const runtime = new PythonRuntime({ pythonPath: python, uv, logger: o.logger });
  const { requirements, constraints, editable, extras, specs, groups, allExtras } = plan;
  const pyproject = plan.project ? void 0 : plan.pyproject;
  o.logger.info("Installing packages with uv pip install ...");
  await runtime.installPlan(
    { requirements, constraints, pyproject, editable, extras, groups, allExtras, packages: specs },
    { cwd: o.cwd, signal: o.signal }
  );
  return { requested: requestedCount(plan) };
}
function requestedCount(plan) {
  return plan.requirements.length + (plan.project ? 0 : plan.pyproject ? 1 : 0) + plan.specs.length;
}
async function listInstalled(uv, python, signal) {
  const r = await uv.run(["pip", "list", "--python", python, "--format", "json"], { signal });
  if (r.exitCode !== 0) return [];
  try {
    return JSON.parse(r.stdout).map((p) => p.name);
  } catch {
    return [];
  }
}
async function distributionsInVenv(venvDir) {
  const site = await sitePackagesDir(venvDir);
  if (!site) return void 0;
  let entries;
  try {
    entries = await fs14.readdir(site);
  } catch {
    return void 0;
  }
  if (entries.some((e) => e.endsWith(".egg-info") || e.endsWith(".egg-link"))) return void 0;
  const names = await Promise.all(
    entries.filter((e) => e.endsWith(".dist-info")).map(async (e) => {
      const meta = await fs14.readFile(path21.join(site, e, "METADATA"), "utf8").catch(() => "");
      const headers = meta.split(/\r?\n\r?\n/, 1)[0];
      return /^Name:[ \t]*(\S+)/m.exec(headers)?.[1];
    })
  );
  if (names.some((n) => n === void 0)) return void 0;
  return names.sort((a, b) => compareText(a.toLowerCase(), b.toLowerCase()));
}
async function seedExistingVenv(uv, venvDir, o) {
  const python = venvPython(venvDir);
  const names = await distributionsInVenv(venvDir) ?? await listInstalled(uv, python, o.signal);
  if (names.some((n) => n.toLowerCase() === "pip")) return;
  o.logger.info(`seed: installing pip into the existing venv ${venvDir}`);
  const r = await uv.run(["pip", "install", "--python", python, ...uv.indexArgs(), "pip"], {
    signal: o.signal
  });
  if (r.exitCode !== 0) {
    throw new PackageInstallationError(
      `Could not install pip into ${venvDir} (seed): uv exited ${r.exitCode}.`,
      {
        requested: "pip",
        stderr: r.stderr.trim().split("\n").slice(-5).join("\n"),
        hint: "Check that the package index serves pip, or drop seed."
      }
    );
  }
}

// src/core/setup/phases.ts
import path23 from "node:path";

// src/core/packages/project-sync.ts
import { promises as fs15 } from "node:fs";
import path22 from "node:path";
function syncArgs(plan, uv, venvDir) {
  const args = ["sync", plan.mode === "frozen" ? "--frozen" : "--locked", `--python=${venvPython(venvDir)}`];
  args.push(...uv.indexArgs());
  for (const g of plan.groups) args.push(`--group=${g}`);
  if (plan.allGroups) args.push("--all-groups");
  if (plan.noDefaultGroups) args.push("--no-default-groups");
  for (const e of plan.extras) args.push(`--extra=${e}`);
  if (plan.allExtras) args.push("--all-extras");
  if (plan.workspacePackage) args.push(`--package=${plan.workspacePackage}`);
  if (!plan.editable) args.push("--no-editable");
  return args;
}
async function projectConfigEnv(configDir) {
  const file = path22.join(configDir, "uv", "uv.toml");
  await fs15.mkdir(path22.dirname(file), { recursive: true });
  await fs15.writeFile(file, "", { flag: "a" });
  return {
    UV_NO_CONFIG: void 0,
    UV_CONFIG_FILE: void 0,
    XDG_CONFIG_HOME: configDir,
    XDG_CONFIG_DIRS: configDir,
    APPDATA: configDir
  };
}
async function syncProject(plan, uv, venvDir, ctx) {
  const env = { ...await projectConfigEnv(ctx.configDir), UV_PROJECT_ENVIRONMENT: venvDir };
  const r = await uv.with({ useUserConfig: true }).run(syncArgs(plan, uv, venvDir), { cwd: plan.dir, env, signal: ctx.signal, onOutput: ctx.onOutput });
  if (r.exitCode === 0) return;
  const text = uvErrorText(r.stderr, r.stdout);
  const stale = /needs to be updated, but `--locked` was provided/.test(r.stderr);
  throw new PackageInstallationError(
    stale ? `${plan.lockFile} no longer matches pyproject.toml; nothing was installed.` : `Installing the locked project ${plan.dir} failed: ${text}`,
    {
      requested: plan.lockFile,
      installationOutput: r.stderr,
      exitCode: r.exitCode,
      hint: stale ? `Re-lock with \`uv lock\` in ${path22.dirname(plan.lockFile)} and commit uv.lock (or use lock: frozen to install it unchecked).` : "Check the lock and the index; uv said why above."
    }
  );
}

// src/core/setup/phases.ts
async function resolvePythons(plan, ctx) {
  const { requests, catalog, resolve } = plan.python;
  const cat = createCatalog({ ...catalog, logger: ctx.logger });
  const resolved = [];
  for (const requested of requests) {
    ctx.logger.info(`Resolving Python ${requested.spec} (from ${requested.source})`);
    const build = await cat.resolve(requested.spec, resolve);
    ctx.logger.info(`Resolved ${requested.spec} -> ${build.key} (build ${build.build}, ${build.assetName})`);
    resolved.push({ requested, build });
  }
  const id = (b) => `${b.key}@${b.build}/${b.flavor}`;
  return resolved.filter((r, i) => !resolved.slice(i + 1).some((later) => id(later.build) === id(r.build)));
}
async function installPythons(plan, builds, ctx) {
  const { installer } = plan.python;
  const out = [];
  for (const build of builds) {
    const installed = await installer.install(build, ctx);
    ctx.logger.info(
      `${installed.cacheHit ? "Found" : "Installed"} Python ${installed.version} at ${installed.pythonDir} (${installer.name})`
    );
    out.push(installed);
  }
  return out;
}
async function provideUv(plan, ctx) {
  const { requested } = plan.uv;
  if (requested.source !== "default" && requested.source !== "uvVersion")
    ctx.logger.info(`uv version ${requested.version}: from the ${requested.source}`);
  const ensured = await ensurePrivateUv({
    ...plan.uv.install,
    version: requested.version,
    logger: ctx.logger,
    signal: ctx.signal
  });
  ctx.logger.info(`uv ${ensured.version} (${ensured.source}): ${ensured.path}`);
  const { offline, proxy, noProxy } = plan.config;
  const uv = new Uv({
    ...plan.packages.index,
    path: ensured.path,
    cacheDir: plan.uv.cacheDir,
    offline,
    proxy,
    noProxy,
    logger: ctx.logger
  });
  return { ensured, uv };
}
async function provideVenv(venv, installed, uv, ctx) {
  let dir;
  let created;
  if (venv.kind === "named" && installed.instanceDir) {
    const venvs = new VirtualEnvironmentManager({
      instance: { pythonPath: installed.pythonPath, dir: installed.instanceDir },
      uv,
      logger: ctx.logger
    });
    created = !await venvs.exists(venv.name);
    dir = (await venvs.getOrCreate(venv.name, { seed: venv.seed, signal: ctx.signal })).path;
    ctx.logger.info(`${created ? "Created" : "Reusing"} venv ${venv.name} at ${dir}`);
  } else {
    dir = venv.kind === "path" ? venv.dir : venv.dirWithoutInstance;
    ({ created } = await ensureVenvAt(uv, installed.pythonPath, dir, { ...ctx, seed: venv.seed }));
  }
  if (venv.seed && !created) await seedExistingVenv(uv, dir, ctx);
  return { path: dir, binDir: venvBinDir(dir), pythonPath: venvPython(dir), created };
}
async function installIntoVenv(plan, venvDir, uv, ctx) {
  const { packages, config } = plan;
  const py = venvPython(venvDir);
  const project = packages.project;
  if (project) {
    ctx.logger.info(`Installing ${project.lockFile} (uv sync --${project.mode}) ...`);
    const configDir = path23.join(config.toolsDir, "uv-config");
    await syncProject(project, uv, venvDir, { configDir, signal: ctx.signal });
  }
  let requested = project ? 1 : 0;
  let unchanged = false;
  if (hasFreshPackages(packages)) {
    const request = await packageRequest(packages, config.cwd, venvDir);
    unchanged = request !== void 0 && await unchangedSinceStamp(venvDir, request);
    if (unchanged) {
      ctx.logger.info(`Packages unchanged since the last install into ${venvDir}: uv pip install skipped`);
      requested += requestedCount(packages);
    } else {
      requested += (await installPackages(uv, py, packages, { ...ctx, cwd: config.cwd })).requested;
      if (request !== void 0) await writeStamp(venvDir, request);
    }
  }
  const names = await distributionsInVenv(venvDir) ?? await listInstalled(uv, py, ctx.signal);
  ctx.logger.info(`${names.length} package(s) in ${venvDir}`);
  const lock = project && {
    file: project.lockFile,
    mode: project.mode,
    // what uv sync installed: `(all)`, or uv's default groups (`dev`) unless left out, plus those named
    groups: project.allGroups ? ["(all)"] : [...project.noDefaultGroups ? [] : ["(default)"], ...project.groups],
    extras: project.allExtras ? ["(all)"] : project.extras
  };
  return {
    installed: names.length,
    requested,
    names,
    ...unchanged ? { unchanged } : {},
    ...lock ? { lock } : {}
  };
}
async function exportInstallation(plan, dest, installed, build, ctx) {
  const written = await plan.python.installer.export(installed, build, path23.resolve(dest), ctx);
  ctx.logger.info(`Exported to ${written}`);
  return written;
}

// src/core/setup/run.ts
var ORDER = ["resolve", "install", "uv", "venv", "packages", "export"];
async function runSetup(options, hooks = {}) {
  return runPlan(await planSetup(options), hooks);
}
async function runPlan(plan, hooks = {}) {
  const started = monotonicMs();
  const ctx = {
    logger: hooks.logger ?? silentLogger,
    onProgress: hooks.onProgress,
    signal: plan.signal
  };
  const phases = [];
  const phase = timed(phases, hooks);
  const resolved = await phase("resolve", () => resolvePythons(plan, ctx));
  const build = resolved[resolved.length - 1].build;
  const [everyInstalled, { ensured, uv }] = await allSettled(
    phase(
      "install",
      () => installPythons(
        plan,
        resolved.map((r) => r.build),
        ctx
      )
    ),
    phase("uv", () => provideUv(plan, ctx)),
    hooks.onResolved?.(build, plan.signal)
  );
  const installed = everyInstalled[everyInstalled.length - 1];
  const result = baseResult(plan, resolved, everyInstalled, ensured);
  const venvPlan = plan.venv;
  if (venvPlan) {
    const venv = await phase("venv", () => provideVenv(venvPlan, installed, uv, ctx));
    result.venv = venv;
    if (hasPackages(plan.packages)) {
      result.packages = await phase("packages", () => installIntoVenv(plan, venv.path, uv, ctx));
    }
  }
  if (plan.export) {
    const dest = plan.export;
    result.exportPath = await phase("export", () => exportInstallation(plan, dest, installed, build, ctx));
  }
  result.phases = phases.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  result.totalMs = Math.round(monotonicMs() - started);
  return result;
}
function timed(phases, hooks) {
  return async (name, fn) => {
    const t0 = monotonicMs();
    const out = await fn();
    const ms = Math.round((monotonicMs() - t0) * 10) / 10;
    phases.push({ name, ms });
    hooks.onPhase?.(name, ms);
    return out;
  };
}
async function allSettled(a, b, c) {
  const [ra, rb, rc] = await Promise.allSettled([a, b, c]);
  for (const r of [ra, rb, rc]) if (r.status === "rejected") throw r.reason;
  return [ra.value, rb.value];
}
function baseResult(plan, resolved, installed, ensured) {
  const pythons = resolved.map((r, i) => setupPython(plan, r, installed[i]));
  const { requested, ...python } = pythons[pythons.length - 1];
  return {
    requested,
    pythons,
    python,
    uv: {
      path: ensured.path,
      version: ensured.version,
      source: ensured.source,
      cacheHit: ensured.source !== "download"
    },
    phases: [],
    totalMs: 0
  };
}
function setupPython(plan, r, installed) {
  const { build } = r;
  return {
    requested: r.requested,
    implementation: build.implementation ?? "cpython",
    version: installed.version,
    label: versionLabel({ ...build, version: installed.version }),
    build: build.build,
    key: build.key,
    url: build.url,
    sha256: build.sha256,
    assetName: build.assetName,
    platform: platformKey(build.platform),
    pythonPath: installed.pythonPath,
    pythonDir: installed.pythonDir,
    instanceDir: installed.instanceDir,
    cacheHit: installed.cacheHit,
    installer: plan.python.installer.name
  };
}

export {
  managerInstaller,
  catalogOptions,
  catalogFromConfig,
  normalizePackageName,
  parsePackageSpec,
  isValidPackageSpec,
  validatePackageName,
  Uv,
  probeUvVersion,
  chooseSpec,
  chooseSpecs,
  isVenvPath,
  planSetup,
  formatCommand,
  memoryLimitSupported,
  DEFAULT_MAX_OUTPUT_BYTES,
  runProcess,
  runPython,
  runScript,
  PythonSession,
  DEFAULT_PYPI_JSON_URL,
  getPackageMetadata,
  searchPyPI,
  PythonRuntime,
  createVenv,
  ensureVenvAt,
  VirtualEnvironment,
  VirtualEnvironmentManager,
  ensureUv,
  ensurePrivateUv,
  runSetup,
  runPlan
};
