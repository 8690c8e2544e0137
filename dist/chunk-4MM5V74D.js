import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  requiredVersionField
} from "./chunk-7JJATTI5.js";
import {
  parse
} from "./chunk-GHB6HO2A.js";
import {
  ConfigurationError
} from "./chunk-Q6UA7ENB.js";

// src/action/inputs.ts
import path3 from "node:path";

// src/action/aliases.ts
import { readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";

// src/action/uv-version-file.ts
import { readFileSync } from "node:fs";
import path from "node:path";
function uvVersionFromFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw fileError(file, `it cannot be read (${e.code ?? e.message})`);
  }
  const found = path.extname(file) === ".toml" ? fromToml(file, text) : fromLines(file, text);
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
  if (path.basename(file) === ".tool-versions") {
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
  const isPyproject = path.basename(file) === "pyproject.toml";
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
  if (!uvFile || get("python-version") || path2.basename(uvFile) !== ".tool-versions") return void 0;
  const file = abs(uvFile);
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch {
    return void 0;
  }
  return /^\s*python\s+\S/m.test(text) ? file : void 0;
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
  const workingDirectory = path3.resolve(workspace, get("working-directory") || ".");
  const abs = (p) => path3.resolve(workingDirectory, p);
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

export {
  cachePolicy,
  readInputs
};
