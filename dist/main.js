#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import "./chunk-KWDCVMID.js";
import {
  loadConfig
} from "./chunk-VKVUKBEH.js";
import {
  renderDiagnoseMarkdown,
  renderDiagnoseReport,
  runDiagnose
} from "./chunk-XRBQXNQ5.js";
import {
  managerInstaller,
  planSetup,
  runPlan
} from "./chunk-TVFXU4H7.js";
import "./chunk-LOLJH7YI.js";
import "./chunk-RDMTWZKL.js";
import {
  parse
} from "./chunk-6F57BE7Q.js";
import "./chunk-SLHZPJDL.js";
import {
  withLock
} from "./chunk-ARQDSDZT.js";
import {
  mirrorUrlFor
} from "./chunk-4TFHPNUP.js";
import {
  hostPlatform,
  normaliseArch,
  parsePlatform,
  platformKey
} from "./chunk-AMGM4XTZ.js";
import {
  STATE,
  restoreUvCache,
  uvCacheDir
} from "./chunk-UY5NAZCS.js";
import {
  addPath,
  debug,
  endGroup,
  error,
  exportVariable,
  info,
  saveState,
  setOutput,
  setSecret,
  startGroup,
  summary,
  warning
} from "./chunk-L2D4MV5I.js";
import "./chunk-3SAL22PE.js";
import "./chunk-EO4SWKGA.js";
import {
  DEFAULT_UV_DOWNLOAD_URL
} from "./chunk-XTXJQSE3.js";
import {
  exists,
  makeDirs
} from "./chunk-HRBYJDI6.js";
import {
  ConfigurationError,
  isPythonEmbeddedError
} from "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";

// src/action/main-entry.ts
import v8 from "node:v8";

// src/action/main.ts
import os5 from "node:os";
import path11 from "node:path";
import { performance as performance2 } from "node:perf_hooks";

// src/action/config.ts
import path from "node:path";
import os from "node:os";
var INPUT_OF = {
  build: "build",
  mirror: "mirror",
  githubToken: "github-token",
  pbsRepo: "pbs-repo",
  uvVersion: "uv-version",
  uvDownloadUrl: "uv-download-url",
  indexUrl: "index-url",
  extraIndexUrls: "extra-index-url",
  offline: "offline"
};
function actionConfig(inputs, env = process.env) {
  const toolCache = env.RUNNER_TOOL_CACHE || path.join(os.tmpdir(), "pyembed-tool-cache");
  const flags = {
    build: inputs.build,
    mirror: inputs.mirror,
    githubToken: inputs.githubToken,
    pbsRepo: inputs.pbsRepo,
    uvVersion: inputs.uvVersion,
    uvDownloadUrl: inputs.uvDownloadUrl,
    indexUrl: inputs.indexUrl,
    extraIndexUrls: inputs.extraIndexUrls.length ? inputs.extraIndexUrls : void 0,
    offline: inputs.offline || void 0,
    root: env.PYEMBED_ROOT ? void 0 : path.join(toolCache, "python-embedded"),
    toolsDir: env.PYEMBED_TOOLS_DIR ? void 0 : path.join(toolCache, "python-embedded-tools")
  };
  try {
    return loadConfig({ flags, env, cwd: inputs.workingDirectory });
  } catch (e) {
    if (e instanceof ConfigurationError && typeof e.details.key === "string" && INPUT_OF[e.details.key]) {
      const input = INPUT_OF[e.details.key];
      const source = String(e.details.source ?? "");
      if (source.startsWith("flag ")) {
        throw new ConfigurationError(e.message.replace(source, `input ${input}`), {
          ...e.details,
          source: `input ${input}`,
          hint: `Fix the "${input}" input.`
        });
      }
    }
    throw e;
  }
}

// src/action/diagnose-step.ts
import { promises as fs } from "node:fs";
import os2 from "node:os";
import path2 from "node:path";
function configuredHosts(o) {
  const hosts = [
    { name: "mirror", url: o.mirror ?? `https://github.com/${o.pbsRepo}/releases/download/` },
    { name: "github-api", url: o.githubApiUrl },
    { name: "uv-download", url: o.uvDownloadUrl ?? DEFAULT_UV_DOWNLOAD_URL },
    { name: "index", url: o.indexUrl ?? "https://pypi.org/simple/" },
    ...o.extraIndexUrls.map((url, i) => ({ name: `extra-index-${i + 1}`, url }))
  ];
  return hosts.filter((h) => /^(https?|file):\/\//.test(h.url));
}
async function diagnoseStep(o) {
  const env = o.env ?? process.env;
  try {
    const dirs = [env.RUNNER_TEMP, env.RUNNER_TOOL_CACHE, env.GITHUB_WORKSPACE].filter(
      (d) => !!d
    );
    const report = await runDiagnose({
      root: o.options.root,
      dirs,
      hosts: configuredHosts(o.options),
      offline: o.options.offline,
      timeoutMs: Math.min(o.options.timeoutMs, 1e4),
      uvPath: o.uvPath,
      expectedUvVersion: o.options.uvVersion,
      instances: o.pythonPath ? [
        {
          key: o.pythonKey ?? "python",
          pythonPath: o.pythonPath,
          venvs: o.venvPath ? [{ name: path2.basename(o.venvPath), path: o.venvPath }] : []
        }
      ] : void 0
    });
    const dir = env.RUNNER_TEMP || os2.tmpdir();
    await fs.mkdir(dir, { recursive: true });
    const reportPath = path2.join(dir, `pyembed-diagnose-${process.pid}-${Date.now()}.json`);
    await fs.writeFile(reportPath, JSON.stringify(report, null, 2) + "\n");
    startGroup(`diagnose: ${report.ok ? "healthy" : "problems found"}`);
    info(renderDiagnoseReport(report));
    endGroup();
    for (const c of report.checks) {
      if (c.status === "fail") warning(`diagnose ${c.group}/${c.name}: ${c.detail}`);
    }
    return { report, reportPath, markdown: `
#### Diagnose

${renderDiagnoseMarkdown(report)}` };
  } catch (e) {
    warning(`diagnose could not run: ${e.message}`);
    return void 0;
  }
}

// src/action/failure.ts
function failureLine(e) {
  if (isPythonEmbeddedError(e)) {
    const near = e.details.available?.length ? ` Available: ${e.details.available.slice(0, 8).join(", ")}.` : "";
    return oneLine(`${e.guidance}${/available/i.test(e.guidance) ? "" : near}`);
  }
  return oneLine(e instanceof Error ? e.message : String(e));
}
var oneLine = (s) => s.replace(/\s*\n\s*/g, " ").trim();
function reportFailure(e) {
  const line = failureLine(e);
  if (isPythonEmbeddedError(e)) debug(JSON.stringify(e.toJSON()));
  else if (e instanceof Error && e.stack) debug(e.stack);
  process.exitCode = 1;
  error(line, { title: isPythonEmbeddedError(e) ? e.name : "python-embedded" });
}

// src/action/inputs.ts
import path5 from "node:path";

// src/action/aliases.ts
import { readFileSync as readFileSync2 } from "node:fs";
import path4 from "node:path";

// src/action/uv-version-file.ts
import { existsSync, readFileSync } from "node:fs";
import path3 from "node:path";
function uvVersionFromFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw fileError(file, `it cannot be read (${e.code ?? e.message})`);
  }
  const found = path3.extname(file) === ".toml" ? fromToml(file, text) : fromLines(file, text);
  if (!found) throw fileError(file, "it names no uv version");
  const exact = /^(?:===?|v)?\s*(\d+\.\d+\.\d+\S*)$/.exec(found);
  return exact ? exact[1] : found;
}
function fileError(file, why) {
  return new ConfigurationError(`Input "version-file" names ${file}, but ${why}.`, {
    key: "version-file",
    source: "input version-file",
    requested: file,
    hint: "Point version-file at a uv.toml / pyproject.toml with required-version, a requirements file pinning uv==X.Y.Z, or a .tool-versions with a uv line; or set uv-version."
  });
}
function uvRequirement(line) {
  return /^uv\s*([=<>~!]=?=?\s*[^\s;\\]+(?:\s*,\s*[=<>~!]=?\s*[^\s,;\\]+)*)/.exec(
    line.split(";")[0].trim()
  )?.[1];
}
function fromLines(file, text) {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/#.*/, "").trim());
  if (path3.basename(file) === ".tool-versions") {
    return lines.map((l) => /^uv\s+(\S+)/.exec(l)?.[1]).find(Boolean);
  }
  return lines.map(uvRequirement).find(Boolean)?.replace(/\s+/g, "");
}
function fromToml(file, text) {
  let doc;
  try {
    doc = parse(text);
  } catch (e) {
    throw fileError(file, `it is not valid TOML (${e.message.split("\n")[0]})`);
  }
  const isPyproject = path3.basename(file) === "pyproject.toml";
  const required = isPyproject ? doc.tool?.uv?.["required-version"] : doc["required-version"];
  if (typeof required === "string" && required.trim()) return required.trim();
  if (!isPyproject) return void 0;
  const deps = [
    ...doc.project?.dependencies ?? [],
    ...Object.values(doc.project?.["optional-dependencies"] ?? {}).flat(),
    ...Object.values(doc["dependency-groups"] ?? {}).flat()
  ].filter((d) => typeof d === "string");
  return deps.map(uvRequirement).find(Boolean)?.replace(/\s+/g, "");
}
function uvVersionFromWorkingDirectory(dir) {
  for (const name of ["uv.toml", "pyproject.toml"]) {
    const file = path3.join(dir, name);
    if (!existsSync(file)) continue;
    let found;
    try {
      found = uvVersionFromFile(file);
    } catch {
      continue;
    }
    return /^\d+\.\d+\.\d+\S*$/.test(found) ? found : void 0;
  }
  return void 0;
}

// src/action/aliases.ts
var ALIASES = [
  { alias: "venv-path", canonical: "venv", peer: "setup-uv" },
  { alias: "version", canonical: "uv-version", peer: "setup-uv" },
  // github-token defaults to the runner's token in action.yml: a token given under setup-python's name wins
  { alias: "token", canonical: "github-token", peer: "setup-python", both: "alias-wins" }
];
function conflictingInputs(a, av, b, bv, hint) {
  return new ConfigurationError(
    `Inputs "${a}" (${JSON.stringify(av)}) and "${b}" (${JSON.stringify(bv)}) are both set and disagree.`,
    { key: a, source: `input ${a}`, requested: `${a}=${av}, ${b}=${bv}`, hint }
  );
}
function withAliases(get) {
  return (name) => {
    const value = get(name);
    const alias = ALIASES.find((a) => a.canonical === name);
    if (!alias) return value;
    const aliasValue = get(alias.alias);
    if (aliasValue === "") return value;
    if (value === "" || value === aliasValue || alias.both === "alias-wins") return aliasValue;
    throw conflictingInputs(
      name,
      value,
      alias.alias,
      aliasValue,
      `"${alias.alias}" is ${alias.peer}'s name for "${name}": keep one of them.`
    );
  };
}
var FALSE_WORDS = ["false", "False", "FALSE"];
var TRUE_WORDS = ["true", "True", "TRUE"];
function venvInput(get, abs) {
  const dir = withAliases(get)("venv");
  const activate = get("activate-environment") === "" ? void 0 : bool(get, "activate-environment", true);
  if (FALSE_WORDS.includes(dir)) {
    if (activate === true) {
      throw conflictingInputs(
        "activate-environment",
        get("activate-environment"),
        "venv",
        dir,
        "activate-environment: true asks for a venv that venv: false turns off; keep one of them."
      );
    }
    return false;
  }
  if (activate === false) {
    if (dir === "") return false;
    const name = get("venv") ? "venv" : "venv-path";
    throw conflictingInputs(
      "activate-environment",
      get("activate-environment"),
      name,
      dir,
      `activate-environment: false means no venv; drop "${name}", or drop activate-environment to use that venv.`
    );
  }
  return abs(TRUE_WORDS.includes(dir) || dir === "" ? ".venv" : dir);
}
function uvVersionInput(get, abs, env) {
  const version = withAliases(get)("uv-version");
  const file = get("version-file");
  if (file && version) {
    const name = get("uv-version") ? "uv-version" : "version";
    throw conflictingInputs(
      name,
      version,
      "version-file",
      file,
      `Give the uv version once: "${name}" or "version-file".`
    );
  }
  if (file) return uvVersionFromFile(abs(file));
  if (version) return version;
  return env.PYEMBED_UV_VERSION ? void 0 : uvVersionFromWorkingDirectory(abs("."));
}
function pythonVersionFileInput(get, abs) {
  const given = get("python-version-file");
  if (given) return abs(given);
  const uvFile = get("version-file");
  if (!uvFile || get("python-version") || path4.basename(uvFile) !== ".tool-versions") return void 0;
  const file = abs(uvFile);
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch {
    return void 0;
  }
  return /^\s*python\s+\S/m.test(text) ? file : void 0;
}

// src/action/inputs.ts
var envInput = (env = process.env) => (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
function invalid(name, value, why, hint) {
  return new ConfigurationError(`Invalid value for input "${name}": ${why}.`, {
    key: name,
    source: `input ${name}`,
    requested: value,
    hint
  });
}
function bool(get, name, dflt) {
  const v = get(name);
  if (v === "") return dflt;
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw invalid(name, v, `"${v}" is not a boolean`, `Use true or false.`);
}
function list(get, name) {
  return get(name).split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
}
var opt = (get, name) => get(name) || void 0;
function readInputs(given = envInput(), env = process.env) {
  const get = withAliases(given);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = path5.resolve(workspace, get("working-directory") || ".");
  const abs = (p) => path5.resolve(workingDirectory, p);
  const absOpt = (name) => {
    const v = opt(get, name);
    return v === void 0 ? void 0 : abs(v);
  };
  const diagnoseRaw = get("diagnose") || "false";
  const diagnose = ["true", "True", "TRUE"].includes(diagnoseRaw) ? "on" : ["false", "False", "FALSE"].includes(diagnoseRaw) ? "off" : diagnoseRaw.toLowerCase() === "strict" ? "strict" : void 0;
  if (!diagnose) {
    throw invalid(
      "diagnose",
      diagnoseRaw,
      `"${diagnoseRaw}" is not true, false or strict`,
      "Use true, false or strict."
    );
  }
  const build = opt(get, "build");
  if (build !== void 0 && !/^\d{8}$/.test(build)) {
    throw invalid(
      "build",
      build,
      `"${build}" is not a PBS build date`,
      "Use a release tag like 20250814, or leave it empty for the newest."
    );
  }
  return {
    pythonVersion: opt(get, "python-version"),
    pythonVersionFile: pythonVersionFileInput(given, abs),
    build,
    architecture: opt(get, "architecture"),
    freethreaded: bool(get, "freethreaded", false),
    checkLatest: bool(get, "check-latest", false),
    mirror: opt(get, "mirror"),
    pbsRepo: opt(get, "pbs-repo"),
    githubToken: opt(get, "github-token"),
    uvVersion: uvVersionInput(given, abs, env),
    uvDownloadUrl: opt(get, "uv-download-url"),
    indexUrl: opt(get, "index-url"),
    extraIndexUrls: list(get, "extra-index-url"),
    offline: bool(get, "offline", false),
    venv: venvInput(given, abs),
    requirements: list(get, "requirements").map(abs),
    constraints: list(get, "constraints").map(abs),
    pyproject: absOpt("pyproject"),
    editable: bool(get, "editable", false),
    extras: get("extras").split(/[\s,]+/).filter(Boolean),
    cache: bool(get, "cache", true),
    cacheDependencyGlob: list(get, "cache-dependency-glob"),
    updateEnvironment: bool(get, "update-environment", true),
    export: absOpt("export"),
    diagnose,
    allowPrereleases: bool(get, "allow-prereleases", false),
    toolDir: absOpt("tool-dir"),
    toolBinDir: absOpt("tool-bin-dir"),
    workingDirectory
  };
}

// src/action/outputs.ts
import { existsSync as existsSync2 } from "node:fs";
import os3 from "node:os";
import path6 from "node:path";
function uvxPath(uvPath) {
  const uvx = path6.join(path6.dirname(uvPath), process.platform === "win32" ? "uvx.exe" : "uvx");
  return existsSync2(uvx) ? uvx : "";
}
function setOutputs(r) {
  setOutput("python-version", r.python.version);
  setOutput("python-path", r.venv?.pythonPath ?? r.python.pythonPath);
  setOutput("python-build", r.python.build);
  setOutput("python-cache-hit", r.python.cacheHit);
  setOutput("uv-version", r.uv.version);
  setOutput("uv-path", r.uv.path);
  setOutput("uvx-path", uvxPath(r.uv.path));
  setOutput("venv-path", r.venv?.path ?? "");
  setOutput("venv", r.venv?.path ?? "");
  setOutput("cache-hit", r.uvCache.hit);
  setOutput("export-path", r.exportPath ?? "");
  setOutput("diagnose-report", r.diagnose?.reportPath ?? "");
}
function defaultToolBinDir(env) {
  if (env.XDG_BIN_HOME) return env.XDG_BIN_HOME;
  if (env.XDG_DATA_HOME) return path6.join(env.XDG_DATA_HOME, "..", "bin");
  return path6.join(env.HOME || os3.homedir(), ".local", "bin");
}
function exportPythonLocation(pyDir, env) {
  exportVariable("pythonLocation", pyDir);
  exportVariable("Python_ROOT_DIR", pyDir);
  exportVariable("Python3_ROOT_DIR", pyDir);
  if (process.platform !== "win32") {
    const pc = path6.join(pyDir, "lib", "pkgconfig");
    const rest = (env.PKG_CONFIG_PATH ?? "").split(path6.delimiter).filter((p) => p && p !== pc);
    exportVariable("PKG_CONFIG_PATH", [pc, ...rest].join(path6.delimiter));
  }
}
function updateEnvironment(r, inputs, env = process.env) {
  exportPythonLocation(r.python.pythonDir, env);
  if (r.uvCache.dir) exportVariable("UV_CACHE_DIR", r.uvCache.dir);
  if (inputs.toolDir) exportVariable("UV_TOOL_DIR", inputs.toolDir);
  if (inputs.toolBinDir) exportVariable("UV_TOOL_BIN_DIR", inputs.toolBinDir);
  if (env.UV_NO_MODIFY_PATH !== void 0) {
    info("UV_NO_MODIFY_PATH is set: uv and its tool directory are not put on PATH.");
  } else {
    addPath(inputs.toolBinDir ?? defaultToolBinDir(env));
    addPath(path6.dirname(r.uv.path));
  }
  if (r.venv) {
    exportVariable("VIRTUAL_ENV", r.venv.path);
    exportVariable("UV_PYTHON", r.venv.pythonPath);
    addPath(r.venv.binDir);
  } else {
    exportVariable("UV_PYTHON", r.python.pythonPath);
    addPath(path6.dirname(r.python.pythonPath));
  }
}

// src/action/logger.ts
var actionsLogger = {
  debug: (m) => debug(m),
  info: (m) => info(m),
  warn: (m) => warning(m),
  error: (m) => error(m)
};

// src/action/tool-cache.ts
import { randomBytes } from "node:crypto";
import { promises as fs2 } from "node:fs";
import os4 from "node:os";
import path7 from "node:path";
var TOOL_NAME = "Python";
function toolCacheVersion(build) {
  const m = /^(\d+\.\d+\.\d+)([a-z]+\d+)?$/.exec(build.version);
  return m ? m[2] ? `${m[1]}-${m[2]}` : m[1] : build.version;
}
function toolCacheArch(build) {
  const variant = build.variant ? `+${build.variant}` : "";
  return `pbs-${platformKey(build.platform)}${variant}-${build.build}-${build.flavor}`.replace(
    /[^\w.+-]/g,
    "_"
  );
}
function toolCachePath(build, toolCache = process.env.RUNNER_TOOL_CACHE) {
  const root = toolCache || path7.join(os4.tmpdir(), "pyembed-tool-cache");
  return path7.join(root, TOOL_NAME, toolCacheVersion(build), toolCacheArch(build));
}
var PYTHON_EXE = process.platform === "win32" ? ["python.exe"] : ["bin", "python3"];
async function findPublished(dir) {
  const exe = path7.join(dir, ...PYTHON_EXE);
  return await exists(`${dir}.complete`) && await exists(exe) ? exe : void 0;
}
async function publish(from, dir) {
  const staging = `${dir}.tmp-${randomBytes(4).toString("hex")}`;
  try {
    await fs2.cp(from, staging, { recursive: true, verbatimSymlinks: true });
    await fs2.rm(`${dir}.complete`, { force: true });
    await fs2.rm(dir, { recursive: true, force: true });
    await fs2.rename(staging, dir);
    await fs2.writeFile(`${dir}.complete`, "");
  } finally {
    await fs2.rm(staging, { recursive: true, force: true });
  }
}
function toolCacheInstaller(inner) {
  return {
    name: "tool-cache",
    async install(build, ctx) {
      const dir = toolCachePath(build);
      const hit = async () => {
        const exe = await findPublished(dir);
        if (!exe) return void 0;
        ctx.logger.info(`Python ${build.version} (${build.build}) found in the tool cache: ${dir}`);
        return { pythonDir: dir, pythonPath: exe, version: build.version, cacheHit: true };
      };
      const found = await hit();
      if (found) return found;
      await makeDirs(path7.dirname(dir));
      return withLock(`${dir}.lock`, async () => {
        const published = await hit();
        if (published) return published;
        const fresh = await inner.install(build, ctx);
        const entry = `${TOOL_NAME}/${toolCacheVersion(build)}/${toolCacheArch(build)}`;
        ctx.logger.info(`Caching ${fresh.pythonDir} in the tool cache as ${entry}`);
        await publish(fresh.pythonDir, dir);
        return {
          pythonDir: dir,
          pythonPath: path7.join(dir, path7.relative(fresh.pythonDir, fresh.pythonPath)),
          version: fresh.version,
          cacheHit: fresh.cacheHit,
          instanceDir: fresh.instanceDir
        };
      });
    },
    // export is the library's (an archive `pyembed import` reads): it needs the instance in the library's
    // root, which a tool-cache hit may not have populated — installing there is free when it is present
    export: inner.export ? async (_installed, build, archivePath, ctx) => inner.export(await inner.install(build, ctx), build, archivePath, ctx) : void 0
  };
}

// src/action/uv-cache-step.ts
import path10 from "node:path";
import { performance } from "node:perf_hooks";

// src/action/cache-key.ts
import { createHash } from "node:crypto";
import { createReadStream, promises as fs4 } from "node:fs";
import path9 from "node:path";

// src/action/glob.ts
import { promises as fs3 } from "node:fs";
import path8 from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules", ".venv", "__pycache__", ".tox", ".nox", ".mypy_cache"]);
function globToRegExp(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") {
      const slash = pattern[i + 2] === "/";
      re += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
async function globFiles(patterns, cwd, extraSkip = []) {
  const norm = (p) => (path8.isAbsolute(p) ? path8.relative(cwd, p) : p).split(path8.sep).join("/").replace(/^\.\//, "");
  const include = patterns.filter((p) => !p.startsWith("!")).map((p) => globToRegExp(norm(p)));
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => globToRegExp(norm(p.slice(1))));
  const skipAbs = new Set(extraSkip.map((p) => path8.resolve(p)));
  const out = [];
  async function walk(dir, rel) {
    let entries;
    try {
      entries = await fs3.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = path8.join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !skipAbs.has(abs)) await walk(abs, r);
      } else if (e.isFile() && include.some((x) => x.test(r)) && !exclude.some((x) => x.test(r))) {
        out.push(abs);
      }
    }
  }
  await walk(cwd, "");
  return out.sort();
}

// src/action/cache-key.ts
var CACHE_KEY_VERSION = "1";
var MAX_KEY_LENGTH = 512;
var enc = (s) => encodeURIComponent(s);
var short = (s, n = 16) => createHash("sha256").update(s).digest("hex").slice(0, n);
function uvCacheKey(p) {
  const restorePrefix = [
    `pyembed-uv-${CACHE_KEY_VERSION}`,
    enc(p.os),
    enc(p.arch),
    enc(p.libc),
    enc(p.pythonKey),
    enc(p.pythonBuild),
    `uv${enc(p.uvVersion)}`
  ].join("-");
  let primary = `${restorePrefix}-${p.depsHash ?? "no-deps"}${p.salt ? `-${short(p.salt, 8)}` : ""}`;
  if (primary.length > MAX_KEY_LENGTH) primary = `pyembed-uv-${CACHE_KEY_VERSION}-${short(primary, 64)}`;
  return { primary, restorePrefix: restorePrefix.length < MAX_KEY_LENGTH ? `${restorePrefix}-` : primary };
}
async function fileSha256(file) {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(file)) h.update(chunk);
  return h.digest("hex");
}
async function hashDependencyFiles(o) {
  let files;
  if (o.globs.length) {
    files = await globFiles(o.globs, o.cwd, o.skipDirs);
  } else {
    const candidates = [...o.explicit];
    for (const f of o.explicit) {
      if (path9.basename(f) === "pyproject.toml") candidates.push(path9.join(path9.dirname(f), "uv.lock"));
    }
    files = [];
    for (const f of [...new Set(candidates)].sort()) {
      const st = await fs4.stat(f).catch(() => void 0);
      if (st?.isFile()) files.push(f);
    }
  }
  if (!files.length) return { files };
  const h = createHash("sha256");
  for (const f of files) h.update(`${path9.relative(o.cwd, f)}\0${await fileSha256(f)}
`);
  return { files, hash: h.digest("hex").slice(0, 32) };
}

// src/action/uv-cache-step.ts
async function restoreForBuild(inputs, o, build, dir) {
  const t0 = performance.now();
  const pyproject = inputs.pyproject ? path10.basename(inputs.pyproject) === "pyproject.toml" ? inputs.pyproject : path10.join(inputs.pyproject, "pyproject.toml") : void 0;
  const deps = await hashDependencyFiles({
    globs: inputs.cacheDependencyGlob,
    explicit: [...inputs.requirements, ...inputs.constraints, ...pyproject ? [pyproject] : []],
    cwd: inputs.workingDirectory,
    skipDirs: inputs.venv ? [inputs.venv] : []
  });
  if (inputs.cacheDependencyGlob.length && !deps.files.length) {
    warning(
      `No file matched cache-dependency-glob (${inputs.cacheDependencyGlob.join(", ")}): the uv cache key ignores dependencies.`
    );
  }
  const { primary, restorePrefix } = uvCacheKey({
    os: build.platform.os,
    arch: build.platform.arch + (build.platform.archVariant ? `_${build.platform.archVariant}` : ""),
    libc: build.platform.libc,
    pythonKey: build.key,
    pythonBuild: build.build,
    uvVersion: o.uvPath ? "path" : o.uvVersion,
    depsHash: deps.hash,
    salt: [o.indexUrl ?? "", ...o.extraIndexUrls].join("\n") || void 0
  });
  const hit = await restoreUvCache({ primary, restorePrefix, dir });
  return { key: primary, hit, ms: Math.round(performance.now() - t0) };
}

// src/action/plan.ts
function platformFor(architecture) {
  if (!architecture) return void 0;
  if (architecture.includes("-")) return parsePlatform(architecture);
  const host = hostPlatform();
  const m = /^(.+?)_(v[234])$/.exec(architecture.toLowerCase());
  return { ...host, arch: normaliseArch(m ? m[1] : architecture.toLowerCase()), archVariant: m?.[2] };
}
function setupOptions(inputs, options, uvCache) {
  return {
    ...options,
    // the configuration's python (PYEMBED_PYTHON, a config file) is the fallback; version files beat it
    python: inputs.pythonVersion,
    defaultPython: options.python,
    pythonVersionFile: inputs.pythonVersionFile,
    cwd: inputs.workingDirectory,
    platform: platformFor(inputs.architecture),
    freethreaded: inputs.freethreaded,
    checkLatest: inputs.checkLatest,
    uvCacheDir: uvCache,
    venv: inputs.venv,
    requirements: inputs.requirements,
    constraints: inputs.constraints,
    pyproject: inputs.pyproject,
    editable: inputs.editable,
    extras: inputs.extras,
    export: inputs.export,
    installer: toolCacheInstaller(managerInstaller(options))
  };
}
async function runActionSetup(inputs, options) {
  const dir = inputs.cache ? uvCacheDir() : process.env.UV_CACHE_DIR;
  const plan = await planSetup(setupOptions(inputs, options, dir));
  let build;
  let restored;
  const setup = await runPlan(plan, {
    logger: actionsLogger,
    onResolved: async (b) => {
      build = b;
      if (inputs.cache) restored = await restoreForBuild(inputs, options, b, dir);
    }
  });
  return toActionResult(setup, {
    url: build ? mirrorUrlFor(build, options.mirror) : setup.python.url,
    uvCache: { enabled: inputs.cache, hit: restored?.hit ?? false, key: restored?.key, dir },
    restoreMs: restored?.ms
  });
}
function toActionResult(r, o) {
  const phases = [];
  for (const p of r.phases) {
    phases.push({ name: p.name, ms: p.ms });
    if (p.name === "install" && o.restoreMs !== void 0)
      phases.push({ name: "uv cache restore", ms: o.restoreMs });
  }
  return {
    requested: r.requested,
    python: {
      version: r.python.version,
      build: r.python.build,
      key: r.python.key,
      url: o.url,
      pythonPath: r.python.pythonPath,
      pythonDir: r.python.pythonDir,
      cacheHit: r.python.cacheHit
    },
    uv: r.uv,
    venv: r.venv,
    packages: r.packages ? { installed: r.packages.installed } : void 0,
    uvCache: o.uvCache,
    exportPath: r.exportPath,
    phases
  };
}

// src/action/summary.ts
var ms = (n) => n >= 1e3 ? `${(n / 1e3).toFixed(1)} s` : `${Math.round(n)} ms`;
var yes = (b) => b ? "yes" : "no";
async function writeSummary(r, extraMarkdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const s = summary.addHeading("Setup Python Embedded", 3).addTable([
    [
      { data: "asked", header: true },
      { data: "resolved", header: true },
      { data: "build", header: true },
      { data: "from tool cache", header: true },
      { data: "uv", header: true },
      { data: "uv cache hit", header: true },
      { data: "packages", header: true }
    ],
    [
      `${r.requested.spec} (${r.requested.source})`,
      `${r.python.version} (${r.python.key})`,
      r.python.build,
      yes(r.python.cacheHit),
      `${r.uv.version} (${r.uv.source})`,
      r.uvCache.enabled ? yes(r.uvCache.hit) : "cache off",
      r.packages ? String(r.packages.installed) : "-"
    ]
  ]);
  if (r.python.url) s.addRaw(`
Source: <code>${escapeHtml(r.python.url)}</code>
`, true);
  s.addTable([
    [
      { data: "phase", header: true },
      { data: "time", header: true }
    ],
    ...r.phases.map((p) => [p.name, ms(p.ms)]),
    ["total", ms(r.phases.reduce((a, p) => a + p.ms, 0))]
  ]);
  const paths = [
    ["python", r.venv?.pythonPath ?? r.python.pythonPath],
    ...r.venv ? [["venv", r.venv.path]] : [],
    ...r.exportPath ? [["export", r.exportPath]] : [],
    ...r.diagnose ? [["diagnose report", r.diagnose.reportPath]] : []
  ];
  s.addList(paths.map(([k, v]) => `${k}: <code>${escapeHtml(v)}</code>`));
  if (extraMarkdown) s.addRaw(extraMarkdown, true);
  await s.write();
}
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/action/main.ts
function strictFailure(d) {
  const fails = d.report.checks.filter((c) => c.status === "fail");
  return `diagnose found ${fails.length} failure(s): ${fails.map((c) => `${c.group}/${c.name}: ${c.detail}`).join("; ")}`;
}
async function run() {
  const t0 = performance2.now();
  let inputs;
  let options;
  let result;
  let failure;
  try {
    process.env.RUNNER_TEMP ||= path11.join(os5.tmpdir(), "pyembed-runner-temp");
    process.env.RUNNER_TOOL_CACHE ||= path11.join(os5.tmpdir(), "pyembed-tool-cache");
    inputs = readInputs();
    if (inputs.githubToken) setSecret(inputs.githubToken);
    options = actionConfig(inputs).options;
    result = await runActionSetup(inputs, options);
    saveState(STATE.uv, result.uv.path);
    saveState(STATE.uvVersion, result.uv.version);
  } catch (e) {
    failure = e;
  }
  let diag;
  if (inputs && options && inputs.diagnose !== "off") {
    const t = performance2.now();
    diag = await diagnoseStep({
      options,
      uvPath: result?.uv.path,
      venvPath: result?.venv?.path,
      pythonPath: result?.python.pythonPath,
      pythonKey: result?.python.key
    });
    if (result && diag) {
      result.diagnose = { reportPath: diag.reportPath, ok: diag.report.ok, counts: diag.report.counts };
      result.phases.push({ name: "diagnose", ms: Math.round(performance2.now() - t) });
    }
    if (!result && diag) setOutput("diagnose-report", diag.reportPath);
  }
  if (failure !== void 0 || !result || !inputs) {
    reportFailure(failure);
    return;
  }
  try {
    setOutputs(result);
    if (inputs.updateEnvironment) updateEnvironment(result, inputs);
    await writeSummary(result, diag?.markdown);
    info(
      `Python ${result.python.version} (${result.python.key}, build ${result.python.build}) ready in ${Math.round(performance2.now() - t0)} ms` + (result.venv ? `; venv ${result.venv.path}` : "")
    );
    if (inputs.diagnose === "strict" && diag && !diag.report.ok) {
      reportFailure(new Error(strictFailure(diag)));
      return;
    }
    saveState(STATE.healthy, "true");
  } catch (e) {
    reportFailure(e);
  }
}

// src/action/main-entry.ts
v8.setFlagsFromString("--expose-gc");
await run();
