import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  DEFAULT_GITHUB_API_URL,
  DEFAULT_PBS_REPO,
  DEFAULT_PYTHON,
  defaultRoot,
  parse
} from "./chunk-GHB6HO2A.js";
import {
  parseUvVersionRequest,
  tryParseUvVersionRequest
} from "./chunk-CYB3MPCI.js";
import {
  DEFAULT_UV_VERSION
} from "./chunk-MPT6G2NF.js";
import {
  ConfigurationError
} from "./chunk-Q6UA7ENB.js";

// src/core/config/keys.ts
import path from "node:path";
var InvalidValue = class extends Error {
};
var text = (raw) => {
  if (typeof raw !== "string" && typeof raw !== "number") throw new InvalidValue(`expected a string`);
  const s = String(raw).trim();
  if (!s) throw new InvalidValue("is empty");
  return s;
};
var httpUrl = (raw) => {
  const s = text(raw);
  let u;
  try {
    u = new URL(s);
  } catch {
    throw new InvalidValue(`"${s}" is not a URL`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:")
    throw new InvalidValue(`"${s}" is not an http(s) URL`);
  return s;
};
var urlOrDir = (raw, ctx) => {
  const s = text(raw);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    const u = new URL(s);
    if (!["http:", "https:", "file:"].includes(u.protocol))
      throw new InvalidValue(`"${s}" is not an http(s) or file URL`);
    return s.replace(/\/+$/, "");
  }
  return path.resolve(ctx.baseDir, s);
};
var dir = (raw, ctx) => path.resolve(ctx.baseDir, text(raw));
var int = (min) => (raw) => {
  const s = typeof raw === "number" ? String(raw) : text(raw);
  if (!/^\d+$/.test(s) || Number(s) < min) {
    throw new InvalidValue(`"${s}" is not an integer >= ${min}`);
  }
  return Number(s);
};
var byteSize = (raw) => {
  const s = typeof raw === "number" ? String(raw) : text(raw);
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(s);
  if (!m) throw new InvalidValue(`"${s}" is not a size (bytes, or like 500MiB, 4GiB)`);
  const n = Math.floor(Number(m[1]) * 1024 ** " kmg".indexOf(m[2].toLowerCase() || " "));
  if (n < 1) throw new InvalidValue(`"${s}" is not a size >= 1 byte`);
  return n;
};
var bool = (raw) => {
  if (typeof raw === "boolean") return raw;
  const s = text(raw).toLowerCase();
  if (["1", "true", "yes", "on"].includes(s)) return true;
  if (["0", "false", "no", "off"].includes(s)) return false;
  throw new InvalidValue(`"${s}" is not a boolean (use true/false, 1/0, yes/no)`);
};
var list = (item) => (raw) => {
  const parts = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[\s,]+/) : [raw];
  return parts.filter((p) => p !== "").map((p) => item(p));
};
var oneOf = (...values) => (raw) => {
  const s = text(raw);
  if (!values.includes(s)) throw new InvalidValue(`"${s}" is not one of ${values.join(", ")}`);
  return s;
};
var buildTag = (raw) => {
  const s = text(raw);
  if (!/^\d{8}$/.test(s)) throw new InvalidValue(`"${s}" is not a PBS build date (YYYYMMDD)`);
  return s;
};
var repo = (raw) => {
  const s = text(raw);
  if (!/^[\w.-]+\/[\w.-]+$/.test(s)) throw new InvalidValue(`"${s}" is not owner/name`);
  return s;
};
var uvVersionRequest = (raw) => {
  const s = text(raw);
  if (!tryParseUvVersionRequest(s))
    throw new InvalidValue(
      `"${s}" is not a uv version (${DEFAULT_UV_VERSION}), "latest" or a range (">=0.13,<0.14")`
    );
  return s;
};
var host = (raw) => {
  const s = text(raw);
  if (!/^[\w.-]+(:\d+)?$/.test(s)) throw new InvalidValue(`"${s}" is not a host[:port]`);
  return s;
};
var KEYS = [
  {
    key: "root",
    flag: "--root",
    arg: "dir",
    env: ["PYEMBED_ROOT"],
    parse: dir,
    fallback: (_o, env) => defaultRoot(env),
    describe: "directory of instances"
  },
  {
    key: "python",
    flag: "--python",
    arg: "spec",
    env: ["PYEMBED_PYTHON"],
    parse: text,
    fallback: () => DEFAULT_PYTHON,
    describe: "Python spec; selects the instance (default: .python-version etc., else 3.12)"
  },
  {
    key: "build",
    flag: "--build",
    arg: "YYYYMMDD",
    env: ["PYEMBED_BUILD"],
    parse: buildTag,
    describe: "PBS build date to pin"
  },
  {
    key: "flavor",
    flag: "--flavor",
    arg: "name",
    env: ["PYEMBED_FLAVOR"],
    parse: oneOf("install_only_stripped", "install_only"),
    fallback: () => "install_only_stripped",
    describe: "archive flavour"
  },
  {
    key: "mirror",
    flag: "--mirror",
    arg: "url|dir",
    env: ["PYEMBED_MIRROR"],
    parse: urlOrDir,
    describe: "PBS archive mirror"
  },
  {
    key: "catalogSource",
    flag: "--catalog-source",
    arg: "source",
    env: ["PYEMBED_CATALOG_SOURCE"],
    parse: oneOf("snapshot", "ndjson", "github", "auto"),
    fallback: () => "auto",
    describe: "catalogue source"
  },
  {
    key: "ndjsonUrl",
    flag: "--ndjson-url",
    arg: "url",
    env: ["PYEMBED_NDJSON_URL"],
    parse: httpUrl,
    describe: "NDJSON index URL"
  },
  {
    key: "pythonDownloadsJsonUrl",
    flag: "--python-downloads-json-url",
    arg: "url|file",
    env: ["PYEMBED_PYTHON_DOWNLOADS_JSON_URL", "UV_PYTHON_DOWNLOADS_JSON_URL"],
    parse: urlOrDir,
    describe: "builds in uv's download-metadata.json format, consulted before the catalogue"
  },
  {
    key: "githubApiUrl",
    flag: "--github-api-url",
    arg: "url",
    env: ["PYEMBED_GITHUB_API_URL", "GITHUB_API_URL"],
    parse: (raw) => httpUrl(raw).replace(/\/+$/, ""),
    fallback: () => DEFAULT_GITHUB_API_URL,
    describe: "GitHub REST API root"
  },
  {
    key: "githubToken",
    flag: "--github-token",
    arg: "token",
    env: ["PYEMBED_GITHUB_TOKEN", "GITHUB_TOKEN"],
    parse: text,
    secret: true,
    describe: "GitHub token"
  },
  {
    key: "pbsRepo",
    flag: "--pbs-repo",
    arg: "owner/name",
    env: ["PYEMBED_PBS_REPO"],
    parse: repo,
    fallback: () => DEFAULT_PBS_REPO,
    describe: "python-build-standalone repository"
  },
  {
    key: "uvVersion",
    flag: "--uv-version",
    arg: "version",
    env: ["PYEMBED_UV_VERSION"],
    parse: uvVersionRequest,
    // no fallback: "not given" lets setup read the project's required-version before the pinned default
    describe: `uv version: exact, latest or a range (default: the project's required-version, else ${DEFAULT_UV_VERSION})`
  },
  {
    key: "uvPath",
    flag: "--uv-path",
    arg: "file",
    env: ["PYEMBED_UV_PATH"],
    parse: dir,
    describe: "uv binary to use"
  },
  {
    key: "uvDownloadUrl",
    flag: "--uv-download-url",
    arg: "url",
    env: ["PYEMBED_UV_DOWNLOAD_URL"],
    parse: urlOrDir,
    describe: "uv release base URL"
  },
  {
    key: "toolsDir",
    flag: "--tools-dir",
    arg: "dir",
    env: ["PYEMBED_TOOLS_DIR"],
    parse: dir,
    fallback: (o) => path.join(o.root, "tools"),
    describe: "where the private uv lives"
  },
  {
    key: "indexUrl",
    flag: "--index-url",
    arg: "url",
    env: ["PYEMBED_INDEX_URL", "UV_DEFAULT_INDEX", "UV_INDEX_URL"],
    parse: httpUrl,
    describe: "package index"
  },
  {
    key: "extraIndexUrls",
    flag: "--extra-index-url",
    arg: "url",
    env: ["PYEMBED_EXTRA_INDEX_URL", "UV_INDEX", "UV_EXTRA_INDEX_URL"],
    // uv's UV_INDEX entries may be `name=url`; keep the URL part.
    parse: list((raw) => httpUrl(typeof raw === "string" ? raw.replace(/^[\w.-]+=(?=https?:)/, "") : raw)),
    fallback: () => [],
    describe: "extra package indexes"
  },
  {
    key: "trustedHosts",
    flag: "--trusted-host",
    arg: "host",
    env: ["PYEMBED_TRUSTED_HOST"],
    parse: list(host),
    fallback: () => [],
    describe: "hosts trusted without TLS"
  },
  {
    key: "proxy",
    flag: "--proxy",
    arg: "url",
    env: ["PYEMBED_PROXY", "HTTPS_PROXY", "https_proxy"],
    parse: httpUrl,
    describe: "HTTPS proxy"
  },
  // Not `--no-proxy`: commander reads `--no-x` as the negation of `--x`.
  {
    key: "noProxy",
    flag: "--bypass-proxy",
    arg: "hosts",
    env: ["NO_PROXY", "no_proxy"],
    parse: text,
    describe: "hosts bypassing the proxy"
  },
  {
    key: "timeoutMs",
    flag: "--timeout-ms",
    arg: "ms",
    env: ["PYEMBED_TIMEOUT_MS"],
    parse: int(1),
    fallback: () => 6e4,
    describe: "network timeout (ms)"
  },
  {
    key: "retries",
    flag: "--retries",
    arg: "n",
    env: ["PYEMBED_RETRIES"],
    parse: int(0),
    fallback: () => 4,
    describe: "download retries"
  },
  {
    key: "backoffMs",
    flag: "--backoff-ms",
    arg: "ms",
    env: ["PYEMBED_BACKOFF_MS"],
    parse: int(0),
    fallback: () => 500,
    describe: "first retry delay (ms)"
  },
  {
    key: "offline",
    flag: "--offline",
    env: ["PYEMBED_OFFLINE"],
    parse: bool,
    fallback: () => false,
    describe: "no network at all"
  },
  {
    key: "allowMissingChecksum",
    flag: "--allow-missing-checksum",
    env: ["PYEMBED_ALLOW_MISSING_CHECKSUM"],
    parse: bool,
    fallback: () => false,
    describe: "accept archives without a published checksum"
  },
  {
    key: "archiveMaxBytes",
    flag: "--archive-max-bytes",
    arg: "size",
    env: ["PYEMBED_ARCHIVE_MAX_BYTES"],
    parse: byteSize,
    describe: "refuse archives that unpack to more than this (bytes, or 500MiB / 4GiB; default 3GiB)"
  },
  {
    key: "archiveMaxRatio",
    flag: "--archive-max-ratio",
    arg: "n",
    env: ["PYEMBED_ARCHIVE_MAX_RATIO"],
    parse: int(1),
    describe: "refuse archives that inflate more than n times their compressed size (default 20)"
  }
];
var KEY_BY_NAME = new Map(KEYS.map((k) => [k.key, k]));
function flagAttribute(flag) {
  return flag.replace(/^--/, "").replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}

// src/core/config/load.ts
import { existsSync, readFileSync } from "node:fs";
import path2 from "node:path";
var CONFIG_FILE_NAMES = ["pyembed.json", ".pyembedrc.json"];
function describeSource(s) {
  switch (s.kind) {
    case "flag":
      return s.label ?? `flag ${s.name}`;
    case "env":
      return `env ${s.name}`;
    case "file":
      return `config file ${s.name}`;
    default:
      return "default";
  }
}
function findConfigFile(cwd, env, explicit) {
  const named = explicit ?? (env.PYEMBED_CONFIG || void 0);
  if (named) {
    const file = path2.resolve(cwd, named);
    if (!existsSync(file)) {
      throw new ConfigurationError(`Config file ${file} does not exist.`, {
        key: "config",
        source: explicit ? "flag --config" : "env PYEMBED_CONFIG",
        requested: file,
        hint: "Point --config / PYEMBED_CONFIG at an existing JSON file, or unset it."
      });
    }
    return file;
  }
  return CONFIG_FILE_NAMES.map((n) => path2.join(cwd, n)).find((f) => existsSync(f));
}
function readConfigFile(file) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ConfigurationError(`Config file ${file} is not valid JSON: ${e.message}`, {
      source: `config file ${file}`,
      requested: file,
      hint: "Fix the JSON syntax or remove the file."
    });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigurationError(`Config file ${file} must hold a JSON object.`, {
      source: `config file ${file}`,
      requested: file
    });
  }
  const out = /* @__PURE__ */ new Map();
  for (const [name, value] of Object.entries(data)) {
    if (name === "$schema") continue;
    const spec = KEY_BY_NAME.get(name) ?? KEY_BY_NAME.get(flagAttribute(`--${name}`));
    if (!spec) {
      throw new ConfigurationError(`Unknown key "${name}" in config file ${file}.`, {
        key: name,
        source: `config file ${file}`,
        available: KEYS.map((k) => k.key)
      });
    }
    if (value !== null && value !== void 0) out.set(spec, value);
  }
  return out;
}
function loadConfig(input = {}) {
  const env = input.env ?? process.env;
  const cwd = path2.resolve(input.cwd ?? process.cwd());
  const file = findConfigFile(cwd, env, input.configFile);
  const fileValues = file ? readConfigFile(file) : /* @__PURE__ */ new Map();
  const options = {};
  const sources = {};
  for (const spec of KEYS) {
    let raw;
    let source = { kind: "default" };
    let baseDir = cwd;
    const flagValue = input.flags?.[spec.key];
    const envName = spec.env.find((n) => env[n] !== void 0 && env[n] !== "");
    if (flagValue !== void 0 && !(Array.isArray(flagValue) && flagValue.length === 0)) {
      raw = flagValue;
      source = {
        kind: "flag",
        name: spec.flag,
        ...input.describeFlag ? { label: input.describeFlag(spec.key, spec.flag) } : {}
      };
    } else if (envName) {
      raw = env[envName];
      source = { kind: "env", name: envName };
    } else if (fileValues.has(spec)) {
      raw = fileValues.get(spec);
      source = { kind: "file", name: file };
      baseDir = path2.dirname(file);
    }
    let value;
    if (source.kind === "default") {
      value = spec.fallback?.(options, env);
    } else {
      try {
        value = spec.parse(raw, { baseDir });
      } catch (e) {
        if (!(e instanceof InvalidValue)) throw e;
        const where = describeSource(source);
        throw new ConfigurationError(`Invalid value for "${spec.key}" from ${where}: ${e.message}.`, {
          key: spec.key,
          source: where,
          requested: spec.secret ? "***" : String(raw),
          hint: `Fix ${where} (${spec.describe}).`
        });
      }
    }
    if (value !== void 0) options[spec.key] = value;
    sources[spec.key] = source;
  }
  return { options, sources, file };
}
function maskSecret(value) {
  return value === void 0 ? void 0 : "***";
}
function describeConfig(loaded) {
  const out = {};
  for (const spec of KEYS) {
    const v = loaded.options[spec.key];
    out[spec.key] = {
      value: spec.secret ? maskSecret(v) : v,
      source: describeSource(loaded.sources[spec.key]),
      env: spec.env,
      flag: spec.flag
    };
  }
  return { file: loaded.file, options: out };
}

// src/core/uv/required-version.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import path3 from "node:path";
function requiredVersionField(doc, isPyproject) {
  return isPyproject ? doc.tool?.uv?.["required-version"] : doc["required-version"];
}
function projectRequiredUvVersion(dirs) {
  for (const dir2 of dirs) {
    for (const name of ["uv.toml", "pyproject.toml"]) {
      const file = path3.join(dir2, name);
      if (!existsSync2(file)) continue;
      const value = requiredVersionOf(file, name === "pyproject.toml");
      if (value !== void 0) return { request: parseUvVersionRequest(value, file), file };
    }
  }
  return void 0;
}
function requiredVersionOf(file, isPyproject) {
  let doc;
  try {
    doc = parse(readFileSync2(file, "utf8"));
  } catch {
    return void 0;
  }
  const value = requiredVersionField(doc, isPyproject);
  if (value === void 0) return void 0;
  if (typeof value !== "string" || !value.trim()) {
    throw new ConfigurationError(`${file}: uv's required-version must be a non-empty string.`, {
      key: "uvVersion",
      source: file,
      requested: String(value),
      hint: 'Write it as uv expects, e.g. required-version = ">=0.13".'
    });
  }
  return value.trim();
}

export {
  KEYS,
  CONFIG_FILE_NAMES,
  describeSource,
  findConfigFile,
  loadConfig,
  describeConfig,
  requiredVersionField,
  projectRequiredUvVersion
};
