#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  STATE,
  hashDependencyFiles,
  pythonCacheInstaller,
  restoreUvCache,
  toolCacheInstaller,
  uvCacheDir,
  uvCacheKey
} from "./chunk-76KFN7KF.js";
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
} from "./chunk-UTZ5JAL4.js";
import "./chunk-KWDCVMID.js";
import {
  renderDiagnoseMarkdown,
  renderDiagnoseReport,
  runDiagnose
} from "./chunk-J7L2CW5S.js";
import {
  loadConfig
} from "./chunk-C3BOERLN.js";
import {
  managerInstaller,
  planSetup,
  requiredVersionField,
  runPlan
} from "./chunk-RYRZSJCH.js";
import "./chunk-WLEM2HCN.js";
import "./chunk-B3VG7DTS.js";
import "./chunk-PM67EDXT.js";
import {
  venvBinDir,
  venvPython
} from "./chunk-75PGIB4W.js";
import {
  mirrorUrlFor
} from "./chunk-25LST5NS.js";
import {
  parse
} from "./chunk-57ALPBVA.js";
import "./chunk-D7HBDRUY.js";
import {
  interpreterPathEntries
} from "./chunk-UZ2WYJE4.js";
import "./chunk-Q6UZ4ICK.js";
import "./chunk-OIOGGEUN.js";
import {
  hostPlatform,
  normaliseArch,
  parsePlatform
} from "./chunk-H3BTIRPU.js";
import {
  isWindowsHost
} from "./chunk-62MKBDW6.js";
import "./chunk-PKEJRMNC.js";
import {
  pinnedUvVersion
} from "./chunk-2VKMGMBF.js";
import "./chunk-EO4SWKGA.js";
import {
  DEFAULT_UV_DOWNLOAD_URL,
  DEFAULT_UV_VERSION
} from "./chunk-45FNKFRZ.js";
import "./chunk-U3AQ5IOT.js";
import "./chunk-T4T7GVZN.js";
import {
  monotonicMs
} from "./chunk-D2NKIRAZ.js";
import {
  ConfigurationError,
  isPythonEmbeddedError
} from "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";

// src/action/main.ts
import os5 from "node:os";
import path11 from "node:path";

// src/action/config.ts
import path from "node:path";
import os from "node:os";
var INPUT_OF = {
  build: "build",
  mirror: "mirror",
  pythonDownloadsJsonUrl: "python-downloads-json-url",
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
    pythonDownloadsJsonUrl: inputs.pythonDownloadsJsonUrl,
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
      expectedUvVersion: pinnedUvVersion(o.options.uvVersion),
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

// src/action/import-step.ts
import { execFile } from "node:child_process";
import { promises as fs2 } from "node:fs";
import path3 from "node:path";
import { promisify } from "node:util";

// src/action/logger.ts
var actionsLogger = {
  debug: (m) => debug(m),
  info: (m) => info(m),
  warn: (m) => warning(m),
  error: (m) => error(m)
};

// src/action/import-step.ts
var execFileAsync = promisify(execFile);
var NOT_WITH_IMPORT = [
  ["requirements", "requirements"],
  ["constraints", "constraints"],
  ["pyproject", "pyproject"],
  ["export", "export"]
];
function checkImportInputs(inputs) {
  for (const [field, name] of NOT_WITH_IMPORT) {
    const v = inputs[field];
    if (Array.isArray(v) ? v.length : v) {
      throw new ConfigurationError(`Input "${name}" cannot be used with "import".`, {
        key: name,
        source: `input ${name}`,
        requested: `import=${inputs.import}, ${name}=${String(v)}`,
        hint: 'An import restores an exported Python and its venvs as they were, with no network: install packages before exporting, or drop "import".'
      });
    }
  }
}
async function pickVenv(venvsDir, wanted, isDefault) {
  const names = (await fs2.readdir(venvsDir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => e.name);
  if (names.includes(wanted)) return path3.join(venvsDir, wanted);
  if (isDefault && names.length === 1) return path3.join(venvsDir, names[0]);
  return void 0;
}
async function stdlibVenv(python, dir) {
  if (await fs2.stat(venvPython(dir)).catch(() => void 0)) return dir;
  info(`The archive holds no venv named ${path3.basename(dir)}: creating an empty one at ${dir}`);
  await execFileAsync(python, ["-m", "venv", "--without-pip", dir]);
  return dir;
}
async function importedVenv(inst, wanted) {
  const archived = await pickVenv(inst.venvsDir, path3.basename(wanted), wanted.endsWith(`${path3.sep}.venv`));
  const dir = archived ?? await stdlibVenv(inst.pythonPath, wanted);
  return { path: dir, binDir: venvBinDir(dir), pythonPath: venvPython(dir) };
}
async function runImport(inputs, options) {
  const archive = inputs.import;
  if (!(await fs2.stat(archive).catch(() => void 0))?.isFile()) {
    throw new ConfigurationError(`Input "import": ${archive} is not a file.`, {
      key: "import",
      source: "input import",
      requested: archive,
      hint: "Point it at the archive written by export (download the artifact first, e.g. with actions/download-artifact)."
    });
  }
  info(`Importing ${archive} (no network)`);
  const { PythonManager } = await import("./instances-54QAEHNX.js");
  const manager = new PythonManager({ root: options.root, logger: actionsLogger });
  const inst = await manager.importInstance(archive, { overwrite: true });
  const venv = inputs.venv === false ? void 0 : await importedVenv(inst, inputs.venv);
  info(
    `Imported Python ${inst.version} (${inst.key}) at ${inst.pythonDir}${venv ? `; venv ${venv.path}` : ""}`
  );
  return {
    version: inst.version,
    build: inst.build,
    key: inst.buildKey,
    pythonDir: inst.pythonDir,
    pythonPath: inst.pythonPath,
    venv
  };
}
function reportImport(r, updateEnvironment2) {
  setOutput("python-version", r.version);
  setOutput("python-path", r.venv?.pythonPath ?? r.pythonPath);
  setOutput("python-build", r.build);
  setOutput("python-cache-hit", true);
  setOutput("venv-path", r.venv?.path ?? "");
  setOutput("cache-hit", false);
  if (!updateEnvironment2) return;
  exportVariable("pythonLocation", r.pythonDir);
  exportVariable("Python_ROOT_DIR", r.pythonDir);
  exportVariable("Python3_ROOT_DIR", r.pythonDir);
  addPath(path3.dirname(r.pythonPath));
  exportVariable("UV_PYTHON", r.venv?.pythonPath ?? r.pythonPath);
  if (r.venv) {
    exportVariable("VIRTUAL_ENV", r.venv.path);
    addPath(r.venv.binDir);
  }
}

// src/action/inputs.ts
import path6 from "node:path";

// src/action/aliases.ts
import { readFileSync as readFileSync2 } from "node:fs";
import path5 from "node:path";

// src/action/uv-version-file.ts
import { readFileSync } from "node:fs";
import path4 from "node:path";
function uvVersionFromFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw fileError(file, `it cannot be read (${e.code ?? e.message})`);
  }
  const found = path4.extname(file) === ".toml" ? fromToml(file, text) : fromLines(file, text);
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
  if (path4.basename(file) === ".tool-versions") {
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
  const isPyproject = path4.basename(file) === "pyproject.toml";
  const required = requiredVersionField(doc, isPyproject);
  if (typeof required === "string" && required.trim()) return required.trim();
  if (!isPyproject) return void 0;
  const deps = [
    ...doc.project?.dependencies ?? [],
    ...Object.values(doc.project?.["optional-dependencies"] ?? {}).flat(),
    ...Object.values(doc["dependency-groups"] ?? {}).flat()
  ].filter((d) => typeof d === "string");
  return deps.map(uvRequirement).find(Boolean)?.replace(/\s+/g, "");
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
function uvVersionInput(get, abs) {
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
  return version || void 0;
}
function pythonVersionFileInput(get, abs) {
  const given = get("python-version-file");
  if (given) return abs(given);
  const uvFile = get("version-file");
  if (!uvFile || get("python-version") || path5.basename(uvFile) !== ".tool-versions") return void 0;
  const file = abs(uvFile);
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch {
    return void 0;
  }
  return /^\s*python\s+\S/m.test(text) ? file : void 0;
}

// src/action/cache-inputs.ts
var PEER_MANAGERS = ["pip", "pipenv", "poetry"];
function cacheInput(get) {
  const v = get("cache");
  const manager = PEER_MANAGERS.find((m) => m === v.toLowerCase());
  if (manager) return { on: true, manager };
  if (v === "") return {};
  try {
    return { on: bool(get, "cache", true) };
  } catch {
    throw invalid(
      "cache",
      v,
      `"${v}" is not a boolean or pip, pipenv, poetry`,
      "Use true, false, pip, pipenv or poetry."
    );
  }
}
function enableCacheInput(get) {
  const v = get("enable-cache");
  if (v === "" || v.toLowerCase() === "auto") return void 0;
  try {
    return bool(get, "enable-cache", true);
  } catch {
    throw invalid("enable-cache", v, `"${v}" is not true, false or auto`, "Use true, false or auto.");
  }
}
function conflict(a, av, b, bv) {
  return new ConfigurationError(`Inputs "${a}: ${av}" and "${b}: ${bv}" contradict each other.`, {
    key: a,
    source: `input ${a}`,
    requested: `${a}=${av}, ${b}=${bv}`,
    hint: `Set only one of "${a}" and "${b}" (${b} is the other action's name for the same setting).`
  });
}
function readCacheInputs(get) {
  const cache = cacheInput(get);
  const enable = enableCacheInput(get);
  if (cache.on !== void 0 && enable !== void 0 && cache.on !== enable) {
    throw conflict("cache", get("cache"), "enable-cache", get("enable-cache"));
  }
  const globs = list(get, "cache-dependency-glob");
  const paths = list(get, "cache-dependency-path");
  if (globs.length && paths.length && globs.join("\n") !== paths.join("\n")) {
    throw conflict("cache-dependency-glob", globs.join(","), "cache-dependency-path", paths.join(","));
  }
  return {
    enabled: enable ?? cache.on ?? true,
    restore: bool(get, "restore-cache", true),
    save: bool(get, "save-cache", true),
    saveExplicit: get("save-cache") !== "" && bool(get, "save-cache", true),
    prune: bool(get, "prune-cache", true),
    suffix: opt(get, "cache-suffix"),
    dependencyGlobs: globs.length ? globs : paths,
    localPath: opt(get, "cache-local-path"),
    ignoreNothingToCache: bool(get, "ignore-nothing-to-cache", false),
    packageManager: cache.manager,
    python: bool(get, "cache-python", false)
  };
}
function cachePolicy(c, o) {
  if (!c.enabled) return { restore: false, save: false };
  if (o.offline) {
    return { restore: false, save: false, reason: "offline: the Actions cache service is not used" };
  }
  if (o.event === "pull_request_target" && c.save && !c.saveExplicit) {
    return {
      restore: c.restore,
      save: false,
      reason: "pull_request_target: caches are not saved (set save-cache: true to save anyway)"
    };
  }
  return { restore: c.restore, save: c.save };
}

// src/action/peer-inputs.ts
var PEER_INPUTS = [
  {
    name: "ignore-platform-version",
    peer: "setup-python",
    handling: "ignored",
    why: "python-build-standalone builds run on any version of the OS, so there is no platform version to match"
  },
  {
    name: "ignore-empty-workdir",
    peer: "setup-uv",
    handling: "ignored",
    why: "an empty working directory is never an error here"
  },
  {
    name: "no-project",
    peer: "setup-uv",
    handling: "ignored",
    why: "the venv is always made from the installed interpreter, never from a project (uv venv --no-project)"
  },
  {
    name: "download-from-astral-mirror",
    peer: "setup-uv",
    handling: "ignored",
    why: "uv comes from uv-download-url (GitHub releases of astral-sh/uv by default), checksum-verified"
  },
  {
    name: "quiet",
    peer: "setup-uv",
    handling: "ignored",
    why: "the step's log level is the runner's (ACTIONS_STEP_DEBUG)"
  },
  {
    name: "manifest-file",
    peer: "setup-uv",
    handling: "refused",
    why: "uv comes from uv-download-url (<base>/<version>/<asset> with its .sha256), not from a versions manifest",
    hint: "Drop manifest-file; point uv-download-url at a mirror of the uv releases instead."
  },
  {
    name: "resolution-strategy",
    peer: "setup-uv",
    handling: "refused",
    accepts: ["highest"],
    why: 'a uv version range resolves to the highest matching release; "lowest" is not supported',
    hint: "Drop resolution-strategy, or pin the exact uv version you want (uv-version / version)."
  }
];
function checkPeerInputs(get) {
  const notes = [];
  for (const p of PEER_INPUTS) {
    const value = get(p.name);
    if (value === "" || p.accepts?.includes(value)) continue;
    if (p.handling === "ignored") {
      notes.push(`Input "${p.name}" (${p.peer}'s) is ignored: ${p.why}.`);
      continue;
    }
    throw new ConfigurationError(`Input "${p.name}" (${p.peer}'s) cannot be honoured here: ${p.why}.`, {
      key: p.name,
      source: `input ${p.name}`,
      requested: value,
      hint: p.hint
    });
  }
  return notes;
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
function seedInput(get, caching, venv) {
  if (get("seed") !== "") return bool(get, "seed", false);
  return caching.packageManager !== void 0 && venv !== false;
}
function pipVersionInput(get) {
  const v = opt(get, "pip-version");
  if (v === void 0 || /^\d+(\.\d+)*$/.test(v)) return v;
  throw invalid("pip-version", v, `"${v}" is not a pip release`, "Use an exact pip version such as 24.3.1.");
}
function diagnoseInput(get) {
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
  return diagnose;
}
function buildInput(get) {
  const build = opt(get, "build");
  if (build !== void 0 && !/^\d{8}$/.test(build)) {
    throw invalid(
      "build",
      build,
      `"${build}" is not a PBS build date`,
      "Use a release tag like 20250814, or leave it empty for the newest."
    );
  }
  return build;
}
function readInputs(given = envInput(), env = process.env) {
  const peerNotes = checkPeerInputs(given);
  const get = withAliases(given);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = path6.resolve(workspace, get("working-directory") || ".");
  const abs = (p) => path6.resolve(workingDirectory, p);
  const absOpt = (name) => {
    const v = opt(get, name);
    return v === void 0 ? void 0 : abs(v);
  };
  const caching = readCacheInputs(get);
  const venv = venvInput(given, abs);
  return {
    pythonVersion: opt(get, "python-version"),
    pythonVersionFile: pythonVersionFileInput(given, abs),
    build: buildInput(get),
    architecture: opt(get, "architecture"),
    freethreaded: bool(get, "freethreaded", false),
    checkLatest: bool(get, "check-latest", false),
    mirror: opt(get, "mirror"),
    pythonDownloadsJsonUrl: opt(get, "python-downloads-json-url"),
    pbsRepo: opt(get, "pbs-repo"),
    githubToken: opt(get, "github-token"),
    uvVersion: uvVersionInput(given, abs),
    uvDownloadUrl: opt(get, "uv-download-url"),
    indexUrl: opt(get, "index-url"),
    extraIndexUrls: list(get, "extra-index-url"),
    offline: bool(get, "offline", false),
    venv,
    requirements: list(get, "requirements").map(abs),
    constraints: list(get, "constraints").map(abs),
    pyproject: absOpt("pyproject"),
    editable: get("editable") === "" ? void 0 : bool(get, "editable", false),
    extras: get("extras").split(/[\s,]+/).filter(Boolean),
    caching,
    addProblemMatchers: bool(get, "add-problem-matchers", true),
    import: absOpt("import"),
    // uv projects
    lock: opt(get, "lock"),
    groups: get("groups").split(/[\s,]+/).filter(Boolean),
    allGroups: bool(get, "all-groups", false),
    noDefaultGroups: bool(get, "no-default-groups", false),
    allExtras: bool(get, "all-extras", false),
    workspacePackage: opt(get, "workspace-package"),
    seed: seedInput(get, caching, venv),
    updateEnvironment: bool(get, "update-environment", true),
    export: absOpt("export"),
    diagnose: diagnoseInput(get),
    allowPrereleases: bool(get, "allow-prereleases", false),
    toolDir: absOpt("tool-dir"),
    toolBinDir: absOpt("tool-bin-dir"),
    uvChecksum: opt(get, "checksum"),
    pipVersion: pipVersionInput(get),
    peerNotes,
    workingDirectory
  };
}

// src/action/outputs.ts
import { existsSync } from "node:fs";
import os3 from "node:os";
import path7 from "node:path";
function uvxPath(uvPath) {
  const uvx = path7.join(path7.dirname(uvPath), process.platform === "win32" ? "uvx.exe" : "uvx");
  return existsSync(uvx) ? uvx : "";
}
function setOutputs(r) {
  setOutput("python-version", r.python.label);
  setOutput("python-versions", JSON.stringify(r.pythons.map((p) => p.label)));
  setOutput("python-path", r.venv?.pythonPath ?? r.python.pythonPath);
  setOutput("python-build", r.python.build);
  setOutput("python-cache-hit", r.python.cacheHit);
  setOutput("uv-version", r.uv.version);
  setOutput("uv-path", r.uv.path);
  setOutput("uvx-path", uvxPath(r.uv.path));
  setOutput("venv-path", r.venv?.path ?? "");
  setOutput("venv", r.venv?.path ?? "");
  setOutput("cache-hit", r.uvCache.hit);
  setOutput("cache-key", r.uvCache.key ?? "");
  setOutput("export-path", r.exportPath ?? "");
  setOutput("lock-used", Boolean(r.packages?.lock));
  setOutput("diagnose-report", r.diagnose?.reportPath ?? "");
}
function defaultToolBinDir(env) {
  if (env.XDG_BIN_HOME) return env.XDG_BIN_HOME;
  if (env.XDG_DATA_HOME) return path7.join(env.XDG_DATA_HOME, "..", "bin");
  return path7.join(env.HOME || os3.homedir(), ".local", "bin");
}
function exportPythonLocation(pyDir, env) {
  exportVariable("pythonLocation", pyDir);
  exportVariable("Python_ROOT_DIR", pyDir);
  exportVariable("Python3_ROOT_DIR", pyDir);
  if (!isWindowsHost()) {
    const pc = path7.join(pyDir, "lib", "pkgconfig");
    const rest = (env.PKG_CONFIG_PATH ?? "").split(path7.delimiter).filter((p) => p && p !== pc);
    exportVariable("PKG_CONFIG_PATH", [pc, ...rest].join(path7.delimiter));
  }
}
function updateEnvironment(r, inputs, env = process.env) {
  exportPythonLocation(r.python.pythonDir, env);
  if (r.uvCache.dir) exportVariable("UV_CACHE_DIR", r.uvCache.dir);
  for (const other of r.pythons.slice(0, -1)) addPath(path7.dirname(other.pythonPath));
  if (inputs.toolDir) exportVariable("UV_TOOL_DIR", inputs.toolDir);
  if (inputs.toolBinDir) exportVariable("UV_TOOL_BIN_DIR", inputs.toolBinDir);
  if (env.UV_NO_MODIFY_PATH !== void 0) {
    info("UV_NO_MODIFY_PATH is set: uv and its tool directory are not put on PATH.");
  } else {
    addPath(inputs.toolBinDir ?? defaultToolBinDir(env));
    addPath(path7.dirname(r.uv.path));
  }
  if (r.venv) {
    exportVariable("VIRTUAL_ENV", r.venv.path);
    exportVariable("UV_PYTHON", r.venv.pythonPath);
    addPath(r.venv.binDir);
  } else {
    exportVariable("UV_PYTHON", r.python.pythonPath);
    for (const dir of interpreterPathEntries(r.python.pythonPath).reverse()) addPath(dir);
  }
}

// src/action/plan.ts
import path9 from "node:path";

// src/action/os-version.ts
import { execFileSync } from "node:child_process";
import { readFileSync as readFileSync3 } from "node:fs";
import os4 from "node:os";
var hostOsProbe = () => ({
  env: process.env,
  platform: process.platform,
  release: () => os4.release(),
  readFile: (file) => {
    try {
      return readFileSync3(file, "utf8");
    } catch {
      return void 0;
    }
  },
  macosVersion: () => {
    try {
      return execFileSync("sw_vers", ["-productVersion"], { encoding: "utf8" }).trim() || void 0;
    } catch {
      return void 0;
    }
  }
});
function osReleaseField(text, key) {
  const m = new RegExp(`^${key}=(.*)$`, "m").exec(text);
  return m ? m[1].trim().replace(/^["']|["']$/g, "") || void 0 : void 0;
}
function osNameAndVersion(probe = hostOsProbe()) {
  const { ImageOS: image, ImageVersion: imageVersion } = probe.env;
  if (image) return imageVersion ? `${image}-${imageVersion}` : image;
  switch (probe.platform) {
    case "linux": {
      const text = probe.readFile("/etc/os-release") ?? probe.readFile("/usr/lib/os-release") ?? "";
      const id = osReleaseField(text, "ID") ?? "linux";
      const version = osReleaseField(text, "VERSION_ID") ?? osReleaseField(text, "BUILD_ID") ?? "unknown";
      return `${id}-${version}`;
    }
    case "darwin":
      return `macos-${probe.macosVersion() ?? `darwin${probe.release()}`}`;
    case "win32":
      return `windows-${probe.release()}`;
    default:
      return `${probe.platform}-${probe.release()}`;
  }
}

// src/action/uv-cache-step.ts
import path8 from "node:path";
function pyprojectFile(p) {
  if (!p) return void 0;
  return path8.basename(p) === "pyproject.toml" ? p : path8.join(p, "pyproject.toml");
}
async function uvCacheKeyFor(inputs, o, build, osVersion) {
  const { caching } = inputs;
  const pyproject = pyprojectFile(inputs.pyproject);
  const deps = await hashDependencyFiles({
    globs: caching.dependencyGlobs,
    explicit: [...inputs.requirements, ...inputs.constraints, ...pyproject ? [pyproject] : []],
    cwd: inputs.workingDirectory,
    skipDirs: inputs.venv ? [inputs.venv] : []
  });
  if (caching.dependencyGlobs.length && !deps.files.length) {
    warning(
      `No file matched cache-dependency-glob (${caching.dependencyGlobs.join(", ")}): the uv cache key ignores dependencies.`
    );
  }
  return uvCacheKey({
    os: build.platform.os,
    osVersion,
    arch: build.platform.arch + (build.platform.archVariant ? `_${build.platform.archVariant}` : ""),
    libc: build.platform.libc,
    pythonKey: build.key,
    pythonBuild: build.build,
    uvVersion: o.uvPath ? "path" : o.uvVersion ?? DEFAULT_UV_VERSION,
    depsHash: deps.hash,
    salt: [o.indexUrl ?? "", ...o.extraIndexUrls].join("\n") || void 0,
    suffix: caching.suffix
  });
}
async function restoreForBuild(inputs, o, build, dir, c) {
  const t0 = monotonicMs();
  const { primary, restorePrefix } = await uvCacheKeyFor(inputs, o, build, c.osVersion);
  saveState(STATE.save, String(c.policy.save));
  saveState(STATE.prune, String(inputs.caching.prune));
  saveState(STATE.quietEmpty, String(inputs.caching.ignoreNothingToCache));
  const hit = await restoreUvCache({ primary, restorePrefix, dir, restore: c.policy.restore });
  return { key: primary, hit, ms: Math.round(monotonicMs() - t0) };
}

// src/action/plan.ts
function platformFor(architecture) {
  if (!architecture) return void 0;
  if (architecture.includes("-")) return parsePlatform(architecture);
  const host = hostPlatform();
  const m = /^(.+?)_(v[234])$/.exec(architecture.toLowerCase());
  return { ...host, arch: normaliseArch(m ? m[1] : architecture.toLowerCase()), archVariant: m?.[2] };
}
function setupOptions(inputs, options, uvCache, wrapInstaller = (i) => i) {
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
    allowPrereleases: inputs.allowPrereleases,
    uvChecksum: inputs.uvChecksum,
    uvCacheDir: uvCache,
    venv: inputs.venv,
    requirements: inputs.requirements,
    constraints: inputs.constraints,
    pyproject: inputs.pyproject,
    editable: inputs.editable,
    extras: inputs.extras,
    // setup-python's pip-version: that pip, installed into the venv with the other packages
    packages: inputs.pipVersion ? [`pip==${inputs.pipVersion}`] : void 0,
    // uv projects
    lock: inputs.lock,
    groups: inputs.groups,
    allGroups: inputs.allGroups,
    noDefaultGroups: inputs.noDefaultGroups,
    allExtras: inputs.allExtras,
    workspacePackage: inputs.workspacePackage,
    seed: inputs.seed,
    export: inputs.export,
    installer: wrapInstaller(toolCacheInstaller(managerInstaller(options)))
  };
}
function uvCacheDirFor(inputs, env) {
  const { localPath, enabled } = inputs.caching;
  if (localPath) return path9.resolve(inputs.workingDirectory, localPath);
  return enabled ? uvCacheDir(env) : env.UV_CACHE_DIR;
}
function logCachePolicy(inputs, policy) {
  const { caching } = inputs;
  if (caching.packageManager) {
    actionsLogger.info(
      `cache: ${caching.packageManager} turns caching on; uv's cache serves ${caching.packageManager}'s role here (keyed by cache-dependency-path files).`
    );
    if (inputs.seed)
      actionsLogger.info(
        `cache: ${caching.packageManager} seeds pip into the venv (seed: true) for the pip install that usually follows; set seed: false to leave it out.`
      );
  }
  if (!caching.enabled) actionsLogger.info("Caching is off: nothing is restored or saved.");
  if (policy.reason) actionsLogger.info(`Cache: ${policy.reason}.`);
}
async function runActionSetup(inputs, options, env = process.env) {
  const { caching } = inputs;
  const policy = cachePolicy(caching, {
    offline: inputs.offline || Boolean(options.offline),
    event: env.GITHUB_EVENT_NAME
  });
  logCachePolicy(inputs, policy);
  const osVersion = osNameAndVersion();
  const dir = uvCacheDirFor(inputs, env);
  const wrap = (i) => caching.enabled && caching.python ? pythonCacheInstaller(i, { policy, osVersion, toolCache: env.RUNNER_TOOL_CACHE ?? "" }) : i;
  const plan = await planSetup(setupOptions(inputs, options, dir, wrap));
  let build;
  let restored;
  const setup = await runPlan(plan, {
    logger: actionsLogger,
    onResolved: async (b) => {
      build = b;
      const keyed = { ...options, uvVersion: plan.uv.requested.version };
      if (caching.enabled) restored = await restoreForBuild(inputs, keyed, b, dir, { policy, osVersion });
    }
  });
  return toActionResult(setup, {
    url: build ? mirrorUrlFor(build, options.mirror) : setup.python.url,
    uvCache: { enabled: caching.enabled, hit: restored?.hit ?? false, key: restored?.key, dir },
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
      label: r.python.label,
      build: r.python.build,
      key: r.python.key,
      url: o.url,
      pythonPath: r.python.pythonPath,
      pythonDir: r.python.pythonDir,
      cacheHit: r.python.cacheHit
    },
    pythons: r.pythons.map((p) => ({ label: p.label, pythonPath: p.pythonPath })),
    uv: r.uv,
    venv: r.venv,
    packages: r.packages ? { installed: r.packages.installed, lock: r.packages.lock } : void 0,
    uvCache: o.uvCache,
    exportPath: r.exportPath,
    phases
  };
}

// src/action/problem-matcher.ts
import { promises as fs3 } from "node:fs";
import path10 from "node:path";

// src/action/python-matcher.json
var python_matcher_default = {
  problemMatcher: [
    {
      owner: "pyembed-python",
      pattern: [
        {
          regexp: '^\\s*File\\s"(.*)",\\sline\\s(\\d+),\\sin\\s(.*)$',
          file: 1,
          line: 2
        },
        {
          regexp: `^\\s*raise\\s(.*)\\(['"](.*)['"]\\)$`,
          message: 2
        }
      ]
    }
  ]
};

// src/action/problem-matcher.ts
var MATCHER_OWNER = python_matcher_default.problemMatcher[0].owner;
async function addPythonProblemMatcher(runnerTemp, write = (l) => process.stdout.write(`${l}
`)) {
  const file = path10.join(runnerTemp, "pyembed-python-matcher.json");
  await fs3.mkdir(runnerTemp, { recursive: true });
  await fs3.writeFile(file, JSON.stringify(python_matcher_default, null, 2));
  write(`::add-matcher::${file}`);
  return file;
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
    ...lockRows(r),
    ...r.exportPath ? [["export", r.exportPath]] : [],
    ...r.diagnose ? [["diagnose report", r.diagnose.reportPath]] : []
  ];
  s.addList(paths.map(([k, v]) => `${k}: <code>${escapeHtml(v)}</code>`));
  if (extraMarkdown) s.addRaw(extraMarkdown, true);
  await s.write();
}
function lockRows(r) {
  const lock = r.packages?.lock;
  if (!lock) return [];
  const named = (xs, none) => xs.length ? xs.join(", ") : none;
  return [
    [`lock (${lock.mode})`, lock.file],
    ["groups", named(lock.groups, "none")],
    ["extras", named(lock.extras, "none")]
  ];
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
  const t0 = monotonicMs();
  let inputs;
  let options;
  let result;
  let failure;
  try {
    process.env.RUNNER_TEMP ||= path11.join(os5.tmpdir(), "pyembed-runner-temp");
    process.env.RUNNER_TOOL_CACHE ||= path11.join(os5.tmpdir(), "pyembed-tool-cache");
    inputs = readInputs();
    if (inputs.githubToken) setSecret(inputs.githubToken);
    for (const note of inputs.peerNotes) info(note);
    options = actionConfig(inputs).options;
    if (inputs.addProblemMatchers) await addPythonProblemMatcher(process.env.RUNNER_TEMP);
    if (inputs.import) {
      checkImportInputs(inputs);
      reportImport(await runImport(inputs, options), inputs.updateEnvironment);
      return;
    }
    result = await runActionSetup(inputs, options);
    saveState(STATE.uv, result.uv.path);
    saveState(STATE.uvVersion, result.uv.version);
  } catch (e) {
    failure = e;
  }
  let diag;
  if (inputs && options && inputs.diagnose !== "off") {
    const t = monotonicMs();
    diag = await diagnoseStep({
      options,
      uvPath: result?.uv.path,
      venvPath: result?.venv?.path,
      pythonPath: result?.python.pythonPath,
      pythonKey: result?.python.key
    });
    if (result && diag) {
      result.diagnose = { reportPath: diag.reportPath, ok: diag.report.ok, counts: diag.report.counts };
      result.phases.push({ name: "diagnose", ms: Math.round(monotonicMs() - t) });
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
      `Python ${result.python.version} (${result.python.key}, build ${result.python.build}) ready in ${Math.round(monotonicMs() - t0)} ms` + (result.venv ? `; venv ${result.venv.path}` : "")
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
export {
  platformFor,
  run
};
