const __pyembedImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESMShared = new WeakMap();
var __toESM = (mod, isNodeMode, target) => {
  if (isNodeMode !== 1 || target !== void 0 || mod === null || typeof mod !== "object")
    return __toESMEach(mod, isNodeMode, target);
  let ns = __toESMShared.get(mod);
  if (ns === void 0) __toESMShared.set(mod, (ns = __toESMEach(mod, 1)));
  return ns;
};
var __toESMEach = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/core/builtins.ts
function randomTag(bytes = 4) {
  let s = "";
  for (let i = 0; i < bytes; i++)
    s += Math.floor(Math.random() * 256).toString(16).padStart(2, "0");
  return s;
}
var import_node_module, requireBuiltin, cryptoModule, zlibModule, vmModule, v8Module, childProcessModule, netModule, sha256, monotonicMs;
var init_builtins = __esm({
  "src/core/builtins.ts"() {
    "use strict";
    import_node_module = require("node:module");
    requireBuiltin = (0, import_node_module.createRequire)(__pyembedImportMetaUrl);
    cryptoModule = () => requireBuiltin("node:crypto");
    zlibModule = () => requireBuiltin("node:zlib");
    vmModule = () => requireBuiltin("node:vm");
    v8Module = () => requireBuiltin("node:v8");
    childProcessModule = () => requireBuiltin("node:child_process");
    netModule = () => requireBuiltin("node:net");
    sha256 = () => cryptoModule().createHash("sha256");
    monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;
  }
});

// src/core/v8-tiers.ts
function hasMaglev(v8Version = process.versions.v8) {
  return Number(v8Version.split(".")[0]) >= 12;
}
function skipTurbofan() {
  if (hasMaglev()) v8Module().setFlagsFromString("--no-turbofan");
}
var init_v8_tiers = __esm({
  "src/core/v8-tiers.ts"() {
    "use strict";
    init_builtins();
  }
});

// src/core/install/memory.ts
function allowV8Tuning() {
  globalThis[HOST_GC] = true;
}
function hostGc() {
  const allowed = globalThis[HOST_GC] === true;
  if (allowed) skipTurbofan();
  const g = globalThis.gc;
  if (typeof g === "function") return g;
  if (!allowed) return null;
  try {
    v8Module().setFlagsFromString("--expose-gc");
    const fromContext = vmModule().runInNewContext('typeof gc === "function" ? gc : null');
    return typeof fromContext === "function" ? fromContext : null;
  } catch {
    return null;
  }
}
function noteGarbage(bytes) {
  globalThis[STREAMED] = true;
  if (gcFn === void 0) gcFn = hostGc();
  pending += bytes;
  if (pending < COLLECT_EVERY) return;
  pending = 0;
  if (!gcFn) return;
  gcFn({ type: process.memoryUsage().arrayBuffers > FULL_ABOVE ? "major" : "minor" });
}
var gcFn, HOST_GC, STREAMED, pending, COLLECT_EVERY, FULL_ABOVE;
var init_memory = __esm({
  "src/core/install/memory.ts"() {
    "use strict";
    init_builtins();
    init_v8_tiers();
    HOST_GC = /* @__PURE__ */ Symbol.for("python-embedded.allowV8Tuning");
    STREAMED = /* @__PURE__ */ Symbol.for("python-embedded.streamed");
    pending = 0;
    COLLECT_EVERY = 2 * 1024 * 1024;
    FULL_ABOVE = 6 * 1024 * 1024;
  }
});

// package.json
var package_default;
var init_package = __esm({
  "package.json"() {
    package_default = {
      name: "python-embedded",
      version: "0.1.0",
      description: "A private, relocatable, checksum-verified CPython from python-build-standalone with a uv virtual environment: GitHub Action, library and CLI (pyembed).",
      license: "MIT",
      type: "module",
      engines: {
        node: ">=22"
      },
      bin: {
        pyembed: "dist/cli.js"
      },
      exports: {
        ".": {
          types: "./dist/types/index.d.ts",
          default: "./dist/index.js"
        }
      },
      files: [
        "dist",
        "action.yml"
      ],
      scripts: {
        build: "node scripts/build.mjs",
        typecheck: "tsc --noEmit",
        lint: "tsc --noEmit && eslint . && prettier --check .",
        format: "prettier --write .",
        test: "bash scripts/with-node24.sh vitest run",
        "test:faults": "bash scripts/with-node24.sh vitest run __tests__/reliability",
        "reliability:report": "bash scripts/reliability-report.sh",
        "world:tools": "bash scripts/world-tools.sh",
        "catalog:update": "tsx scripts/catalog-update.ts",
        demo: "bash scripts/demo.sh",
        bench: "bash scripts/with-node24.sh tsx bench/run.ts"
      },
      devDependencies: {
        "@eslint/js": "^9.39.5",
        "@github/local-action": "^7.0.1",
        "@types/node": "^20.19.43",
        "@types/tar-stream": "^3.1.5",
        "@types/yauzl": "^3.4.0",
        "@types/yazl": "^3.3.1",
        esbuild: "^0.28.2",
        eslint: "^9.39.5",
        prettier: "^3.10.1",
        tsx: "^4.23.15",
        typescript: "5.9",
        "typescript-eslint": "^8.73.0",
        vitest: "^3.2.7"
      },
      dependencies: {
        "@actions/cache": "^6.3.0",
        "@actions/core": "^3.0.1",
        "@octokit/rest": "^22.0.1",
        commander: "^14.0.3",
        fzstd: "^0.1.1",
        "smol-toml": "^1.9.1",
        "tar-stream": "^3.2.2",
        yauzl: "^3.4.0",
        yazl: "^3.3.1"
      }
    };
  }
});

// src/cli/version.ts
function answeredVersion(argv) {
  if (argv.length !== 1 || argv[0] !== "--version" && argv[0] !== "-V") return false;
  process.stdout.write(`${VERSION}
`);
  return true;
}
var VERSION;
var init_version = __esm({
  "src/cli/version.ts"() {
    "use strict";
    init_package();
    VERSION = package_default.version;
  }
});

// src/cli/spec.ts
var isGroup;
var init_spec = __esm({
  "src/cli/spec.ts"() {
    "use strict";
    isGroup = (e) => "commands" in e;
  }
});

// src/cli/parse.ts
var parse_exports = {};
__export(parse_exports, {
  parseArgv: () => parseArgv
});
function defineOption(spec) {
  const m = FLAGS.exec(spec.flags);
  if (!m || spec.flags.includes("...")) return void 0;
  const long = m[2];
  const negate = long.startsWith("--no-");
  const takesValue = spec.flags.includes("<");
  if (spec.repeatable && (!takesValue || spec.defaultValue !== void 0)) return void 0;
  return {
    short: m[1],
    long,
    attribute: camelcase(long.slice(negate ? 5 : 2)),
    takesValue,
    negate,
    repeatable: Boolean(spec.repeatable)
  };
}
function optionSet(specs) {
  const set = { defs: [], values: {} };
  for (const spec of specs) {
    const def = defineOption(spec);
    if (!def || /^-\d$/.test(def.short ?? "")) return void 0;
    set.defs.push(def);
    if (def.negate) {
      const positive = `--${def.long.slice(5)}`;
      if (!set.defs.some((d) => d.long === positive)) set.values[def.attribute] = spec.defaultValue ?? true;
    } else if (spec.defaultValue !== void 0) set.values[def.attribute] = spec.defaultValue;
  }
  return set;
}
function assign(values, def, raw) {
  if (def.repeatable) {
    const prev = values[def.attribute];
    values[def.attribute] = [...Array.isArray(prev) ? prev : [], raw];
  } else values[def.attribute] = raw ?? !def.negate;
}
function scanOptions(args, set, leaf) {
  const find = (flag) => set.defs.find((d) => d.short === flag || d.long === flag);
  const scan = { operands: [], unknown: [] };
  let dest = scan.operands;
  let group;
  let i = 0;
  while (i < args.length || group !== void 0) {
    const arg = group ?? args[i++];
    group = void 0;
    if (arg === "--") {
      if (dest === scan.unknown) dest.push(arg);
      dest.push(...args.slice(i));
      break;
    }
    const whole = maybeOption(arg) ? find(arg) : void 0;
    const first = !whole && arg.length > 2 && arg[0] === "-" && arg[1] !== "-" ? find(arg.slice(0, 2)) : void 0;
    const eq = /^--[^=]+=/.test(arg) ? arg.indexOf("=") : -1;
    const named = !whole && !first && eq > 0 ? find(arg.slice(0, eq)) : void 0;
    const withValue = named?.takesValue ? named : void 0;
    if ((whole ?? first)?.exits) return void 0;
    if (whole) {
      const value = whole.takesValue ? args[i++] : void 0;
      if (whole.takesValue && value === void 0) return void 0;
      assign(set.values, whole, value);
    } else if (first) {
      assign(set.values, first, first.takesValue ? arg.slice(2) : void 0);
      if (!first.takesValue) group = `-${arg.slice(2)}`;
    } else if (withValue) assign(set.values, withValue, arg.slice(eq + 1));
    else {
      if (dest === scan.operands && maybeOption(arg) && !(leaf && negativeNumber(arg))) dest = scan.unknown;
      dest.push(arg);
    }
  }
  return scan;
}
function argumentsFit(operands, declared) {
  if (declared.some((a, i) => a.name.startsWith("<") && operands[i] === void 0)) return false;
  const last = declared[declared.length - 1];
  return Boolean(last && /\.\.\.[>\]]$/.test(last.name)) || operands.length <= declared.length;
}
function programOptions(globalSpecs) {
  const set = optionSet([VERSION_OPTION, ...globalSpecs]);
  if (set) set.defs[0].exits = true;
  return set;
}
function parseArgv(argv, commands, globalSpecs) {
  const program2 = programOptions(globalSpecs);
  const top = program2 && scanOptions(argv, program2, false);
  const entry = top && commands.find((e) => e.name === top.operands[0]);
  if (!program2 || !top || !entry) return FALLBACK;
  let operands = top.operands.slice(1);
  let unknown = top.unknown;
  let spec;
  const path57 = [entry.name];
  if (isGroup(entry)) {
    const inGroup = scanOptions(unknown, { defs: [], values: {} }, false);
    if (!inGroup) return FALLBACK;
    operands = [...operands, ...inGroup.operands];
    unknown = inGroup.unknown;
    spec = entry.commands.find((c) => c.name === operands[0]);
    operands = operands.slice(1);
    if (spec) path57.push(spec.name);
  } else spec = entry;
  const own = spec && optionSet(spec.options ?? []);
  const inCommand = own && scanOptions(unknown, own, true);
  if (!spec || !own || !inCommand || inCommand.unknown.length) return FALLBACK;
  const args = [...operands, ...inCommand.operands];
  if (!argumentsFit(args, spec.arguments ?? [])) return FALLBACK;
  return { kind: "run", spec, path: path57, args, opts: own.values, globals: { ...own.values, ...program2.values } };
}
var FALLBACK, FLAGS, camelcase, maybeOption, negativeNumber, VERSION_OPTION;
var init_parse = __esm({
  "src/cli/parse.ts"() {
    "use strict";
    init_spec();
    FALLBACK = { kind: "fallback" };
    FLAGS = /^(?:(-[^-]), )?(--[A-Za-z][\w-]*)(?: <[^<>[\]]+>)?$/;
    camelcase = (s) => s.replace(/-([^-])/g, (_m, c) => c.toUpperCase());
    maybeOption = (arg) => arg.length > 1 && arg[0] === "-";
    negativeNumber = (arg) => /^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg);
    VERSION_OPTION = { flags: "-V, --version", description: "print the pyembed version" };
  }
});

// src/core/errors.ts
var errors_exports = {};
__export(errors_exports, {
  ChecksumMismatchError: () => ChecksumMismatchError,
  ConfigurationError: () => ConfigurationError,
  DownloadError: () => DownloadError,
  InstanceNotFoundError: () => InstanceNotFoundError,
  InvalidPackageSpecificationError: () => InvalidPackageSpecificationError,
  InvalidPythonVersionError: () => InvalidPythonVersionError,
  MetadataCorruptedError: () => MetadataCorruptedError,
  PackageInstallationError: () => PackageInstallationError,
  PlatformNotSupportedError: () => PlatformNotSupportedError,
  PythonEmbeddedError: () => PythonEmbeddedError,
  PythonExecutionError: () => PythonExecutionError,
  PythonInstallationError: () => PythonInstallationError,
  PythonNotInstalledError: () => PythonNotInstalledError,
  RateLimitError: () => RateLimitError,
  RequirementsFileError: () => RequirementsFileError,
  UvNotFoundError: () => UvNotFoundError,
  VenvCreateError: () => VenvCreateError,
  VirtualEnvironmentNotFoundError: () => VirtualEnvironmentNotFoundError,
  isPythonEmbeddedError: () => isPythonEmbeddedError
});
function isPythonEmbeddedError(e) {
  return e instanceof PythonEmbeddedError;
}
var PythonEmbeddedError, InvalidPythonVersionError, PlatformNotSupportedError, RateLimitError, DownloadError, ChecksumMismatchError, PythonInstallationError, VenvCreateError, InstanceNotFoundError, PythonNotInstalledError, MetadataCorruptedError, UvNotFoundError, VirtualEnvironmentNotFoundError, PackageInstallationError, RequirementsFileError, InvalidPackageSpecificationError, PythonExecutionError, ConfigurationError;
var init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    PythonEmbeddedError = class extends Error {
      /** Exit code used by the `pyembed` CLI; stable per error class. */
      exitCode = 1;
      details;
      constructor(message, details = {}, options) {
        super(message, options);
        this.name = new.target.name;
        this.details = details;
      }
      /** The one-line guidance shown by the action and the CLI. */
      get guidance() {
        return this.details.hint ? `${this.message} ${this.details.hint}` : this.message;
      }
      toJSON() {
        return { ...this.details, name: this.name, message: this.message, exitCode: this.exitCode };
      }
    };
    InvalidPythonVersionError = class extends PythonEmbeddedError {
      exitCode = 10;
    };
    PlatformNotSupportedError = class extends PythonEmbeddedError {
      exitCode = 11;
    };
    RateLimitError = class extends PythonEmbeddedError {
      exitCode = 12;
    };
    DownloadError = class extends PythonEmbeddedError {
      exitCode = 13;
    };
    ChecksumMismatchError = class extends PythonEmbeddedError {
      exitCode = 14;
    };
    PythonInstallationError = class extends PythonEmbeddedError {
      exitCode = 15;
    };
    VenvCreateError = class extends PythonInstallationError {
    };
    InstanceNotFoundError = class extends PythonEmbeddedError {
      exitCode = 16;
    };
    PythonNotInstalledError = class extends PythonEmbeddedError {
      exitCode = 17;
    };
    MetadataCorruptedError = class extends PythonEmbeddedError {
      exitCode = 18;
    };
    UvNotFoundError = class extends PythonEmbeddedError {
      exitCode = 20;
    };
    VirtualEnvironmentNotFoundError = class extends PythonEmbeddedError {
      exitCode = 21;
    };
    PackageInstallationError = class extends PythonEmbeddedError {
      exitCode = 22;
    };
    RequirementsFileError = class extends PythonEmbeddedError {
      exitCode = 23;
    };
    InvalidPackageSpecificationError = class extends PythonEmbeddedError {
      exitCode = 24;
    };
    PythonExecutionError = class extends PythonEmbeddedError {
      exitCode = 30;
    };
    ConfigurationError = class extends PythonEmbeddedError {
      exitCode = 40;
    };
  }
});

// src/core/uv/triple.ts
function uvTriple(p) {
  if (p.os === "darwin") {
    if (p.arch === "x86_64" || p.arch === "aarch64") return `${p.arch}-apple-darwin`;
  } else if (p.os === "windows") {
    if (p.arch === "x86_64" || p.arch === "aarch64" || p.arch === "i686") return `${p.arch}-pc-windows-msvc`;
  } else if (p.os === "linux") {
    const musl = p.libc.startsWith("musl");
    switch (p.arch) {
      case "x86_64":
      case "aarch64":
      case "i686":
        return `${p.arch}-unknown-linux-${musl ? "musl" : "gnu"}`;
      case "armv7":
        return `armv7-unknown-linux-${musl ? "musleabihf" : "gnueabihf"}`;
      case "ppc64le":
        if (!musl) return "powerpc64le-unknown-linux-gnu";
        break;
      case "s390x":
        if (!musl) return "s390x-unknown-linux-gnu";
        break;
      case "riscv64":
        return `riscv64gc-unknown-linux-${musl ? "musl" : "gnu"}`;
    }
  }
  throw new PlatformNotSupportedError(`uv publishes no release archive for ${p.os}-${p.arch}-${p.libc}.`, {
    requested: `${p.os}-${p.arch}-${p.libc}`,
    hint: "Install uv yourself and pass its path (uvPath / --uv-path), or use the uv on PATH (system: true)."
  });
}
function uvAsset(p) {
  const triple = uvTriple(p);
  if (p.os === "windows")
    return { triple, name: `uv-${triple}.zip`, format: "zip", innerDir: "", exe: "uv.exe" };
  return { triple, name: `uv-${triple}.tar.gz`, format: "tar.gz", innerDir: `uv-${triple}`, exe: "uv" };
}
function uvAssetUrl(version, asset, base = DEFAULT_UV_DOWNLOAD_URL) {
  return `${base.replace(/\/+$/, "")}/${encodeURIComponent(version)}/${asset.name}`;
}
var DEFAULT_UV_VERSION, DEFAULT_UV_DOWNLOAD_URL;
var init_triple = __esm({
  "src/core/uv/triple.ts"() {
    "use strict";
    init_errors();
    DEFAULT_UV_VERSION = "0.13.9";
    DEFAULT_UV_DOWNLOAD_URL = "https://github.com/astral-sh/uv/releases/download";
  }
});

// src/core/versions/version.ts
function parseVersion(text4) {
  const m = VERSION_RE.exec(text4.trim());
  if (!m) return void 0;
  const v = { release: m[1].split(".").map(Number) };
  if (m[2]) v.pre = { kind: PRE_ALIASES[m[2].toLowerCase()], n: Number(m[3] || 0) };
  if (m[4] !== void 0) v.post = Number(m[4] || 0);
  if (m[5] !== void 0) v.dev = Number(m[5] || 0);
  return v;
}
function formatVersion(v) {
  let s = v.release.join(".");
  if (v.pre) s += `${v.pre.kind}${v.pre.n}`;
  if (v.post !== void 0) s += `.post${v.post}`;
  if (v.dev !== void 0) s += `.dev${v.dev}`;
  return s;
}
function compareRelease(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
function suffixKey(v) {
  const phase = v.pre ? 1 + PRE_RANK[v.pre.kind] : v.dev !== void 0 && v.post === void 0 ? 0 : 4;
  return [
    phase,
    v.pre?.n ?? 0,
    v.post === void 0 ? -1 : v.post,
    v.dev === void 0 ? Number.MAX_SAFE_INTEGER : v.dev
  ];
}
function compareVersions(a, b) {
  const r = compareRelease(a.release, b.release);
  if (r !== 0) return r;
  const ka = suffixKey(a);
  const kb = suffixKey(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
  return 0;
}
function isPrerelease(v) {
  return v.pre !== void 0 || v.dev !== void 0;
}
function compareVersionText(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (!va || !vb) throw new TypeError(`Not a PEP 440 version: ${va ? b : a}`);
  return compareVersions(va, vb);
}
var PRE_ALIASES, VERSION_RE, PRE_RANK;
var init_version2 = __esm({
  "src/core/versions/version.ts"() {
    "use strict";
    PRE_ALIASES = {
      a: "a",
      alpha: "a",
      b: "b",
      beta: "b",
      c: "rc",
      rc: "rc",
      pre: "rc",
      preview: "rc"
    };
    VERSION_RE = /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|rc|c|pre|preview)[-_.]?(\d*))?(?:[-_.]?(?:post|rev|r)[-_.]?(\d*))?(?:[-_.]?dev[-_.]?(\d*))?$/i;
    PRE_RANK = { a: 0, b: 1, rc: 2 };
  }
});

// src/core/versions/specifiers.ts
function parseSpecifiers(text4) {
  const parts = text4.split(",").map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length === 0) return void 0;
  const out = [];
  for (const part of parts) {
    const m = SPEC_RE.exec(part);
    if (!m) return void 0;
    const op = m[1];
    let operand = m[2];
    const star = operand.endsWith(".*");
    if (star) {
      if (op !== "==" && op !== "!=") return void 0;
      operand = operand.slice(0, -2);
    }
    const version = parseVersion(operand);
    if (!version) return void 0;
    if (op === "~=" && version.release.length < 2) return void 0;
    out.push({ op, version, star, text: `${op}${m[2]}` });
  }
  return out;
}
function prefixMatch(candidate, prefix) {
  const want = prefix.release;
  const have = candidate.release;
  for (let i = 0; i < want.length; i++) if ((have[i] ?? 0) !== want[i]) return false;
  return true;
}
function specifierContains(s, v) {
  const c = compareVersions(v, s.version);
  switch (s.op) {
    case "==":
      return s.star ? prefixMatch(v, s.version) : c === 0;
    case "!=":
      return s.star ? !prefixMatch(v, s.version) : c !== 0;
    case "===":
      return c === 0;
    case "<=":
      return c <= 0;
    case ">=":
      return c >= 0;
    case "<":
      if (c >= 0) return false;
      if (!s.version.pre && v.pre && compareRelease(v.release, s.version.release) === 0) return false;
      return true;
    case ">":
      if (c <= 0) return false;
      if (s.version.post === void 0 && v.post !== void 0 && compareRelease(v.release, s.version.release) === 0)
        return false;
      return true;
    case "~=": {
      if (c < 0) return false;
      const prefix = { release: s.version.release.slice(0, -1) };
      return prefixMatch(v, prefix);
    }
  }
}
function specifiersContain(specs, v) {
  return specs.every((s) => specifierContains(s, v));
}
function specifiersMentionPrerelease(specs) {
  return specs.some((s) => s.version.pre !== void 0 || s.version.dev !== void 0);
}
var SPEC_RE;
var init_specifiers = __esm({
  "src/core/versions/specifiers.ts"() {
    "use strict";
    init_version2();
    SPEC_RE = /^(===|==|!=|<=|>=|~=|<|>)\s*([^\s,]+)$/;
  }
});

// src/core/uv/version-request.ts
function tryParseUvVersionRequest(raw) {
  const text4 = raw.trim();
  if (text4.toLowerCase() === "latest") return { kind: "latest", text: "latest" };
  const exact = EXACT_RE.exec(text4);
  if (exact) return { kind: "exact", version: exact[1], text: text4 };
  const pep = /^(===|==|!=|<=|>=|~=|<|>)/.test(text4) && !/\s[<>=!~]/.test(text4) ? text4 : npmRangeAsPep440(text4);
  const specifiers = pep === void 0 ? void 0 : parseSpecifiers(pep);
  if (!specifiers) return void 0;
  const withPre = specifiersMentionPrerelease(specifiers);
  return {
    kind: "range",
    text: text4,
    contains: (v) => {
      const parsed = parseVersion(v);
      return !!parsed && (withPre || !isPrerelease(parsed)) && specifiersContain(specifiers, parsed);
    }
  };
}
function npmRangeAsPep440(text4) {
  let m = new RegExp(`^${NUM}\\.${NUM}${WILD}$`).exec(text4);
  if (m) return `==${m[1]}.${m[2]}.*`;
  m = new RegExp(`^${NUM}\\.[xX*]$`).exec(text4);
  if (m) return `==${m[1]}.*`;
  m = new RegExp(`^([~^])${NUM}\\.${NUM}(?:\\.${NUM})?$`).exec(text4);
  if (m) {
    const [major, minor2, patch] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
    const low = `>=${major}.${minor2}.${patch}`;
    if (m[1] === "~" || major === 0 && minor2 > 0) return `${low},<${major}.${minor2 + 1}.0`;
    return major > 0 ? `${low},<${major + 1}.0.0` : `${low},<0.0.${patch + 1}`;
  }
  const parts = text4.split(/\s+/);
  if (parts.length > 1 && parts.every((p) => /^(<=|>=|<|>|==?)\d/.test(p)))
    return parts.map((p) => p.replace(/^=(?=\d)/, "==")).join(",");
  return void 0;
}
function parseUvVersionRequest(raw, source = "uvVersion") {
  const parsed = tryParseUvVersionRequest(raw);
  if (parsed) return parsed;
  throw new ConfigurationError(
    `uv version ${JSON.stringify(raw)} (${source}) is not an exact version, "latest" or a version range.`,
    {
      key: "uvVersion",
      source,
      requested: raw,
      hint: `Use an exact release (${DEFAULT_UV_VERSION}), "latest", or a range such as ">=0.13,<0.14" or "0.13.x".`
    }
  );
}
function exactWithoutLookup(req2, preferPinned) {
  if (req2.kind === "exact") return req2.version;
  if (preferPinned && req2.kind === "range" && req2.contains(DEFAULT_UV_VERSION)) return DEFAULT_UV_VERSION;
  return void 0;
}
function pinnedUvVersion(request) {
  const parsed = tryParseUvVersionRequest(request ?? DEFAULT_UV_VERSION);
  return parsed?.kind === "exact" ? parsed.version : void 0;
}
var EXACT_RE, NUM, WILD;
var init_version_request = __esm({
  "src/core/uv/version-request.ts"() {
    "use strict";
    init_errors();
    init_specifiers();
    init_version2();
    init_triple();
    EXACT_RE = /^(?:==|v)?\s*(\d+\.\d+\.\d+(?:[-.]?[A-Za-z0-9.]+)?)$/;
    NUM = String.raw`(\d+)`;
    WILD = String.raw`(?:\.[xX*])?`;
  }
});

// src/core/config/options.ts
function defaultRoot(env = process.env) {
  const home = env.HOME || env.USERPROFILE || import_node_os.default.homedir();
  if (process.platform === "win32") {
    return import_node_path.default.join(env.LOCALAPPDATA || import_node_path.default.join(home, "AppData", "Local"), "python-embedded");
  }
  if (process.platform === "darwin")
    return import_node_path.default.join(home, "Library", "Application Support", "python-embedded");
  return import_node_path.default.join(env.XDG_DATA_HOME || import_node_path.default.join(home, ".local", "share"), "python-embedded");
}
var import_node_os, import_node_path, DEFAULT_PYTHON, DEFAULT_PBS_REPO, DEFAULT_GITHUB_API_URL;
var init_options = __esm({
  "src/core/config/options.ts"() {
    "use strict";
    import_node_os = __toESM(require("node:os"), 1);
    import_node_path = __toESM(require("node:path"), 1);
    init_triple();
    DEFAULT_PYTHON = "3.12";
    DEFAULT_PBS_REPO = "astral-sh/python-build-standalone";
    DEFAULT_GITHUB_API_URL = "https://api.github.com";
  }
});

// src/core/config/keys.ts
function flagAttribute(flag) {
  return flag.replace(/^--/, "").replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}
var import_node_path2, InvalidValue, text, httpUrl, urlOrDir, dir, int, byteSize, bool, list, oneOf, buildTag, repo, uvVersionRequest, host, KEYS, KEY_BY_NAME;
var init_keys = __esm({
  "src/core/config/keys.ts"() {
    "use strict";
    import_node_path2 = __toESM(require("node:path"), 1);
    init_triple();
    init_version_request();
    init_options();
    InvalidValue = class extends Error {
    };
    text = (raw) => {
      if (typeof raw !== "string" && typeof raw !== "number") throw new InvalidValue(`expected a string`);
      const s = String(raw).trim();
      if (!s) throw new InvalidValue("is empty");
      return s;
    };
    httpUrl = (raw) => {
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
    urlOrDir = (raw, ctx) => {
      const s = text(raw);
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
        const u = new URL(s);
        if (!["http:", "https:", "file:"].includes(u.protocol))
          throw new InvalidValue(`"${s}" is not an http(s) or file URL`);
        return s.replace(/\/+$/, "");
      }
      return import_node_path2.default.resolve(ctx.baseDir, s);
    };
    dir = (raw, ctx) => import_node_path2.default.resolve(ctx.baseDir, text(raw));
    int = (min) => (raw) => {
      const s = typeof raw === "number" ? String(raw) : text(raw);
      if (!/^\d+$/.test(s) || Number(s) < min) {
        throw new InvalidValue(`"${s}" is not an integer >= ${min}`);
      }
      return Number(s);
    };
    byteSize = (raw) => {
      const s = typeof raw === "number" ? String(raw) : text(raw);
      const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(s);
      if (!m) throw new InvalidValue(`"${s}" is not a size (bytes, or like 500MiB, 4GiB)`);
      const n = Math.floor(Number(m[1]) * 1024 ** " kmg".indexOf(m[2].toLowerCase() || " "));
      if (n < 1) throw new InvalidValue(`"${s}" is not a size >= 1 byte`);
      return n;
    };
    bool = (raw) => {
      if (typeof raw === "boolean") return raw;
      const s = text(raw).toLowerCase();
      if (["1", "true", "yes", "on"].includes(s)) return true;
      if (["0", "false", "no", "off"].includes(s)) return false;
      throw new InvalidValue(`"${s}" is not a boolean (use true/false, 1/0, yes/no)`);
    };
    list = (item) => (raw) => {
      const parts = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[\s,]+/) : [raw];
      return parts.filter((p) => p !== "").map((p) => item(p));
    };
    oneOf = (...values) => (raw) => {
      const s = text(raw);
      if (!values.includes(s)) throw new InvalidValue(`"${s}" is not one of ${values.join(", ")}`);
      return s;
    };
    buildTag = (raw) => {
      const s = text(raw);
      if (!/^\d{8}$/.test(s)) throw new InvalidValue(`"${s}" is not a PBS build date (YYYYMMDD)`);
      return s;
    };
    repo = (raw) => {
      const s = text(raw);
      if (!/^[\w.-]+\/[\w.-]+$/.test(s)) throw new InvalidValue(`"${s}" is not owner/name`);
      return s;
    };
    uvVersionRequest = (raw) => {
      const s = text(raw);
      if (!tryParseUvVersionRequest(s))
        throw new InvalidValue(
          `"${s}" is not a uv version (${DEFAULT_UV_VERSION}), "latest" or a range (">=0.13,<0.14")`
        );
      return s;
    };
    host = (raw) => {
      const s = text(raw);
      if (!/^[\w.-]+(:\d+)?$/.test(s)) throw new InvalidValue(`"${s}" is not a host[:port]`);
      return s;
    };
    KEYS = [
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
        fallback: (o) => import_node_path2.default.join(o.root, "tools"),
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
    KEY_BY_NAME = new Map(KEYS.map((k) => [k.key, k]));
  }
});

// src/cli/options.ts
var options_exports = {};
__export(options_exports, {
  CHECK_LATEST: () => CHECK_LATEST,
  CONSTRAINTS: () => CONSTRAINTS,
  FREETHREADED: () => FREETHREADED,
  PLATFORM: () => PLATFORM,
  REQUIREMENTS: () => REQUIREMENTS,
  SEED: () => SEED,
  TARGET: () => TARGET,
  TIMEOUT_SECONDS: () => TIMEOUT_SECONDS,
  describedAs: () => describedAs,
  globalOptions: () => globalOptions
});
function globalOptions() {
  const fromKeys = KEYS.map((spec) => {
    const isList = LIST_KEYS.has(spec.key);
    return {
      flags: BOOLEAN_KEYS.has(spec.key) ? spec.flag : `${spec.flag} <${spec.arg ?? "value"}>`,
      description: `${spec.describe}${isList ? " (repeatable)" : ""} (env ${spec.env.join(", ")})`,
      repeatable: isList
    };
  });
  return [
    { flags: "--json", description: "print one JSON document on stdout (logs stay on stderr)" },
    { flags: "-v, --verbose", description: "debug logging on stderr" },
    { flags: "-q, --quiet", description: "only warnings and errors on stderr" },
    { flags: "--no-progress", description: "no progress bars or progress lines" },
    {
      flags: "--config <file>",
      description: "config file (default: pyembed.json or .pyembedrc.json in cwd; env PYEMBED_CONFIG)"
    },
    ...fromKeys
  ];
}
var PLATFORM, FREETHREADED, CHECK_LATEST, SEED, REQUIREMENTS, CONSTRAINTS, TIMEOUT_SECONDS, TARGET, describedAs, BOOLEAN_KEYS, LIST_KEYS;
var init_options2 = __esm({
  "src/cli/options.ts"() {
    "use strict";
    init_keys();
    PLATFORM = {
      flags: "--platform <os-arch-libc>",
      description: "target platform (default: this host)"
    };
    FREETHREADED = { flags: "--freethreaded", description: "the free-threaded build" };
    CHECK_LATEST = {
      flags: "--check-latest",
      description: "ask the release source for a newer build"
    };
    SEED = { flags: "--seed", description: "seed pip/setuptools" };
    REQUIREMENTS = {
      flags: "-r, --requirements <file>",
      description: "requirements file (repeatable)",
      repeatable: true
    };
    CONSTRAINTS = {
      flags: "-c, --constraints <file>",
      description: "constraints file (repeatable)",
      repeatable: true
    };
    TIMEOUT_SECONDS = {
      flags: "--timeout-seconds <n>",
      description: "kill the process tree after this long"
    };
    TARGET = [
      {
        flags: "--venv <name|path>",
        description: 'venv: a name under the instance or a path (default: the "default" venv setup makes, else the instance)'
      },
      { flags: "--base", description: "the instance's own interpreter, even when a default venv exists" }
    ];
    describedAs = (o, description) => ({ ...o, description });
    BOOLEAN_KEYS = /* @__PURE__ */ new Set(["offline", "allowMissingChecksum"]);
    LIST_KEYS = /* @__PURE__ */ new Set(["extraIndexUrls", "trustedHosts"]);
  }
});

// src/core/async-fs.ts
function promised(name, impl) {
  const f = impl ?? callbacks[name];
  return ((...args) => new Promise(
    (resolve2, reject) => f(...args, (e, v) => e ? reject(e) : resolve2(v))
  ));
}
var import_node_module2, callbacks, fs;
var init_async_fs = __esm({
  "src/core/async-fs.ts"() {
    "use strict";
    import_node_module2 = require("node:module");
    callbacks = (0, import_node_module2.createRequire)(__pyembedImportMetaUrl)("node:fs");
    fs = {
      access: promised("access"),
      appendFile: promised("appendFile"),
      chmod: promised("chmod"),
      copyFile: promised("copyFile"),
      cp: promised("cp"),
      link: promised("link"),
      lstat: promised("lstat"),
      mkdir: promised("mkdir"),
      mkdtemp: promised("mkdtemp"),
      readdir: promised("readdir"),
      readFile: promised("readFile"),
      readlink: promised("readlink"),
      // fs.promises.realpath is the system's realpath(3), as `realpath.native` is; plain `realpath` walks in JS
      realpath: promised("realpath", callbacks.realpath.native),
      rename: promised("rename"),
      rm: promised("rm"),
      rmdir: promised("rmdir"),
      stat: promised("stat"),
      statfs: promised("statfs"),
      symlink: promised("symlink"),
      truncate: promised("truncate"),
      unlink: promised("unlink"),
      utimes: promised("utimes"),
      writeFile: promised("writeFile"),
      open: ((...args) => callbacks.promises.open(...args)),
      /** Opens `file` for reading and gives its stats (of what was opened), closing it again: `open` + `stat`. */
      statOpened: (file) => new Promise(
        (resolve2, reject) => callbacks.open(file, "r", (e, fd) => {
          if (e) return reject(e);
          callbacks.fstat(fd, (se, st) => callbacks.close(fd, () => se ? reject(se) : resolve2(st)));
        })
      )
    };
  }
});

// src/core/log.ts
var silentLogger;
var init_log = __esm({
  "src/core/log.ts"() {
    "use strict";
    silentLogger = { debug() {
    }, info() {
    }, warn() {
    }, error() {
    } };
  }
});

// src/core/install/proxy.ts
function proxyFor(url, env = process.env) {
  const pick = (...names) => names.map((n) => env[n]).find((v) => v && v.trim());
  const raw = url.protocol === "https:" ? pick("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY") : pick("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY");
  if (!raw) return void 0;
  if (bypassProxy(url, pick("no_proxy", "NO_PROXY") ?? "")) return void 0;
  try {
    return new URL(raw.includes("://") ? raw : `http://${raw}`);
  } catch {
    return void 0;
  }
}
function bypassProxy(url, noProxy) {
  const host3 = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  for (let entry of noProxy.split(/[,\s]+/)) {
    entry = entry.trim().toLowerCase();
    if (!entry) continue;
    if (entry === "*") return true;
    let entryPort;
    const m = /^(.*):(\d+)$/.exec(entry);
    if (m && !entry.includes("/") && netModule().isIP(entry) !== 6) {
      entry = m[1];
      entryPort = m[2];
    }
    if (entryPort && entryPort !== port) continue;
    if (entry.includes("/") && netModule().isIPv4(host3) && inCidr(host3, entry)) return true;
    const bare = entry.replace(/^\*?\./, "");
    if (host3 === bare || host3.endsWith(`.${bare}`)) return true;
  }
  return false;
}
function inCidr(ip, cidr) {
  const [base, bitsText] = cidr.split("/");
  const bits = Number(bitsText);
  if (!netModule().isIPv4(base) || !(bits >= 0 && bits <= 32)) return false;
  const toInt = (a) => a.split(".").reduce((acc, o) => (acc << 8) + Number(o), 0) >>> 0;
  const mask = bits === 0 ? 0 : ~0 << 32 - bits >>> 0;
  return (toInt(ip) & mask) === (toInt(base) & mask);
}
var init_proxy = __esm({
  "src/core/install/proxy.ts"() {
    "use strict";
    init_builtins();
  }
});

// src/core/install/http.ts
function isGitHubHost(hostname, extra = [], githubCom = GITHUB_COM_HOSTS) {
  const h = hostname.toLowerCase();
  if (githubCom.includes(h) || h.endsWith(".githubusercontent.com")) return true;
  return extra.some((e) => e.toLowerCase() === h);
}
function tokenMayGoTo(hostname, o = {}) {
  const githubCom = o.githubComHosts ?? GITHUB_COM_HOSTS;
  const ghes = [...o.githubHosts ?? [], ...configuredGitHubHosts(o.env ?? process.env)].map((h) => h.toLowerCase()).filter((h) => !isGitHubHost(h, [], githubCom));
  if (ghes.length > 0) return ghes.includes(hostname.toLowerCase());
  return isGitHubHost(hostname, [], githubCom);
}
function configuredGitHubHosts(env = process.env) {
  const out = [];
  for (const v of [env.GITHUB_SERVER_URL, env.GITHUB_API_URL]) {
    if (!v) continue;
    try {
      out.push(new URL(v).hostname);
    } catch {
    }
  }
  return out;
}
function redactUrl(url) {
  try {
    const u = new URL(url.toString());
    u.username = "";
    u.password = "";
    u.search = "";
    return u.toString();
  } catch {
    return String(url);
  }
}
async function httpGet(url, o = {}) {
  let current2 = new URL(url.toString());
  const origin = current2.host;
  const maxRedirects = o.maxRedirects ?? 10;
  for (let hop = 0; ; hop++) {
    const headers = { "user-agent": "python-embedded", ...o.headers };
    if (o.token && current2.host === origin && tokenMayGoTo(current2.hostname, o)) {
      headers.authorization = `Bearer ${o.token}`;
    }
    const res = await requestOnce(current2, headers, o);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= maxRedirects) throw new Error(`too many redirects (${maxRedirects})`);
      current2 = new URL(res.headers.location, current2);
      continue;
    }
    return { res, finalUrl: current2 };
  }
}
function requestOnce(url, headers, o) {
  return new Promise((resolve2, reject) => {
    if (o.signal?.aborted) return reject(o.signal.reason);
    const isHttps = url.protocol === "https:";
    if (!isHttps && url.protocol !== "http:")
      return reject(new Error(`unsupported protocol ${url.protocol}`));
    const proxy = proxyFor(url, o.env ?? process.env);
    const port = Number(url.port || (isHttps ? 443 : 80));
    const common = { method: "GET", headers, signal: o.signal, timeout: o.timeoutMs };
    let req2;
    const onRes = (res) => {
      if (o.timeoutMs) watchBodyInactivity(res, o.timeoutMs);
      resolve2(res);
    };
    if (!proxy) {
      const mod = isHttps ? httpsModule() : httpModule();
      req2 = mod.request(url, { ...common, ca: o.ca }, onRes);
    } else if (!isHttps) {
      req2 = httpModule().request(
        {
          ...common,
          host: proxy.hostname,
          port: Number(proxy.port || 80),
          path: url.toString(),
          headers: { ...headers, host: url.host, ...proxyAuth(proxy) }
        },
        onRes
      );
    } else {
      connectTunnel(proxy, url.hostname, port, o).then((socket) => {
        const r = httpsModule().request(
          url,
          {
            ...common,
            ca: o.ca,
            agent: false,
            createConnection: () => tlsModule().connect({ socket, servername: url.hostname, ca: o.ca })
          },
          onRes
        );
        r.on("timeout", () => r.destroy(new Error(`no response within ${o.timeoutMs} ms`)));
        r.on("error", (e) => {
          socket.destroy();
          reject(e);
        });
        r.on("response", (res) => res.once("close", () => socket.destroy()));
        r.end();
      }).catch(reject);
      return;
    }
    req2.on("timeout", () => req2.destroy(new Error(`no response within ${o.timeoutMs} ms`)));
    req2.on("error", reject);
    req2.end();
  });
}
function watchBodyInactivity(res, ms) {
  const socket = res.socket;
  if (!socket) return;
  const onTimeout = () => res.destroy(new Error(`no data for ${ms} ms (inactivity timeout)`));
  socket.setTimeout(ms);
  socket.on("timeout", onTimeout);
  res.once("close", () => socket.off("timeout", onTimeout));
}
function proxyAuth(proxy) {
  if (!proxy.username) return {};
  const cred = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { "proxy-authorization": `Basic ${Buffer.from(cred).toString("base64")}` };
}
function connectTunnel(proxy, host3, port, o) {
  return new Promise((resolve2, reject) => {
    const req2 = httpModule().request({
      method: "CONNECT",
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      path: `${host3}:${port}`,
      headers: { host: `${host3}:${port}`, ...proxyAuth(proxy) },
      signal: o.signal,
      timeout: o.timeoutMs
    });
    req2.on("connect", (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        return reject(
          new Error(`proxy ${proxy.host} refused CONNECT ${host3}:${port}: HTTP ${res.statusCode}`)
        );
      }
      resolve2(socket);
    });
    req2.on(
      "timeout",
      () => req2.destroy(new Error(`proxy ${proxy.host} did not answer within ${o.timeoutMs} ms`))
    );
    req2.on("error", reject);
    req2.end();
  });
}
var import_node_module3, requireBuiltin2, builtin, httpModule, httpsModule, tlsModule, GITHUB_COM_HOSTS;
var init_http = __esm({
  "src/core/install/http.ts"() {
    "use strict";
    import_node_module3 = require("node:module");
    init_proxy();
    requireBuiltin2 = (0, import_node_module3.createRequire)(__pyembedImportMetaUrl);
    builtin = (id) => requireBuiltin2(id);
    httpModule = () => builtin("node:http");
    httpsModule = () => builtin("node:https");
    tlsModule = () => builtin("node:tls");
    GITHUB_COM_HOSTS = ["github.com", "api.github.com"];
  }
});

// src/core/host.ts
function isWindowsHost() {
  return current.os === "win32";
}
var import_node_path3, native, current;
var init_host = __esm({
  "src/core/host.ts"() {
    "use strict";
    import_node_path3 = __toESM(require("node:path"), 1);
    native = { os: process.platform, path: import_node_path3.default };
    current = native;
  }
});

// src/core/install/lock-workers.ts
function procStat(pid) {
  try {
    const stat = (0, import_node_fs.readFileSync)(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return void 0;
  }
}
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === "EPERM";
  }
  if (process.platform === "linux") {
    const state = procStat(pid)?.[0];
    return state !== void 0 && state !== "Z" && state !== "X";
  }
  return true;
}
function describeWorker(pid, group) {
  const start = process.platform === "linux" ? procStat(pid)?.[19] : void 0;
  return { pid, ...start ? { start } : {}, ...group ? { group } : {} };
}
function stillThatProcess(w) {
  if (!pidAlive(w.pid)) return false;
  if (process.platform !== "linux" || !w.start) return true;
  return procStat(w.pid)?.[19] === w.start;
}
async function stopWorkers(workers, waitMs = 3e4) {
  const live2 = (workers ?? []).filter(stillThatProcess);
  for (const w of live2) {
    if (process.platform !== "linux" || !w.start) continue;
    try {
      process.kill(w.group ? -w.pid : w.pid, "SIGKILL");
    } catch {
    }
  }
  const deadline = Date.now() + waitMs;
  while (live2.some(stillThatProcess) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
  }
}
var import_node_fs;
var init_lock_workers = __esm({
  "src/core/install/lock-workers.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
  }
});

// src/core/fs.ts
async function exists(p) {
  return await fs.stat(p).catch(() => void 0) !== void 0;
}
async function isFile(p) {
  return (await fs.stat(p).catch(() => void 0))?.isFile() ?? false;
}
async function isDir(p) {
  return (await fs.stat(p).catch(() => void 0))?.isDirectory() ?? false;
}
function isFileSync(p) {
  return statOrUndefined(p)?.isFile() ?? false;
}
function isDirSync(p) {
  return statOrUndefined(p)?.isDirectory() ?? false;
}
async function whyNotWritable(dir2) {
  const probe2 = import_node_path4.default.join(dir2, `.pyembed-write-probe-${process.pid}-${Date.now()}`);
  try {
    await fs.access(dir2, import_node_fs2.constants.W_OK | import_node_fs2.constants.X_OK);
    await fs.writeFile(probe2, "");
    await fs.rm(probe2, { force: true });
    return void 0;
  } catch (e) {
    return e.code ?? e.message;
  }
}
async function isWritableDir(dir2) {
  return await whyNotWritable(dir2) === void 0;
}
async function nearestExisting(dir2) {
  let current2 = import_node_path4.default.resolve(dir2);
  while (!await exists(current2) && import_node_path4.default.dirname(current2) !== current2) current2 = import_node_path4.default.dirname(current2);
  return current2;
}
function fsErrorText(e) {
  if (!(e instanceof Error)) return String(e);
  const code = e.code;
  return code && !e.message.includes(code) ? `${code}: ${e.message}` : e.message;
}
async function makeDirs(dir2) {
  try {
    await fs.mkdir(dir2, { recursive: true });
  } catch (e) {
    const up = await nearestExisting(import_node_path4.default.dirname(import_node_path4.default.resolve(dir2)));
    await fs.access(up, import_node_fs2.constants.W_OK);
    throw e;
  }
}
async function renameWithRetry(from, to) {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (e) {
      const code = e.code ?? "";
      const transient = isWindowsHost() && ["EPERM", "EBUSY", "EACCES"].includes(code);
      if (!transient || attempt >= RENAME_BACKOFF_MS.length) throw e;
      await (0, import_promises.setTimeout)(RENAME_BACKOFF_MS[attempt]);
    }
  }
}
function copyTree(from, to) {
  return fs.cp(from, to, VERBATIM_COPY);
}
function privateTempPid(file, name) {
  const base = import_node_path4.default.basename(file);
  if (!name.startsWith(`${base}.`)) return void 0;
  const m = /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(base.length + 1));
  return m ? Number(m[1]) : void 0;
}
function sweepDeadTemps(file) {
  const dir2 = import_node_path4.default.dirname(file);
  let names;
  try {
    names = (0, import_node_fs2.readdirSync)(dir2);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = privateTempPid(file, name);
    if (pid && pid !== process.pid && !pidAlive(pid))
      (0, import_node_fs2.rmSync)(import_node_path4.default.join(dir2, name), { recursive: true, force: true });
  }
}
async function writeFileAtomic(file, text4, o = {}) {
  if (!o.keepTemps) sweepDeadTemps(file);
  const tmp = privateTemp(file);
  await fs.writeFile(tmp, text4);
  await fs.rename(tmp, file);
}
function writeFileAtomicSync(file, text4, o = {}) {
  if (!o.keepTemps) sweepDeadTemps(file);
  const tmp = privateTemp(file);
  (0, import_node_fs2.writeFileSync)(tmp, text4);
  (0, import_node_fs2.renameSync)(tmp, file);
}
function processPath(env = process.env) {
  return env.PATH ?? env.Path ?? "";
}
async function findOnPath(name, envPath = processPath()) {
  return findOnPathSync(name, envPath);
}
function findOnPathSync(name, envPath = processPath()) {
  for (const dir2 of envPath.split(import_node_path4.default.delimiter)) {
    if (!dir2) continue;
    for (const candidate of candidates(dir2, name)) if (isExecutableFile(candidate)) return candidate;
  }
  return void 0;
}
function candidates(dir2, name) {
  if (process.platform !== "win32") return [import_node_path4.default.join(dir2, name)];
  const exts = ["", ...(process.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";").filter(Boolean)];
  return exts.map(
    (ext) => import_node_path4.default.join(dir2, ext && name.toLowerCase().endsWith(ext.toLowerCase()) ? name : name + ext)
  );
}
function isExecutableFile(p) {
  if (!statOrUndefined(p)?.isFile()) return false;
  if (process.platform === "win32") return true;
  try {
    (0, import_node_fs2.accessSync)(p, import_node_fs2.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function statOrUndefined(p) {
  try {
    return (0, import_node_fs2.statSync)(p);
  } catch {
    return void 0;
  }
}
var import_node_fs2, import_node_path4, import_promises, RENAME_BACKOFF_MS, VERBATIM_COPY, privateTemp;
var init_fs = __esm({
  "src/core/fs.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    init_async_fs();
    import_node_path4 = __toESM(require("node:path"), 1);
    import_promises = require("node:timers/promises");
    init_builtins();
    init_host();
    init_lock_workers();
    RENAME_BACKOFF_MS = [50, 100, 200, 400, 800, 1500];
    VERBATIM_COPY = { recursive: true, verbatimSymlinks: true, preserveTimestamps: true };
    privateTemp = (file) => `${file}.${process.pid}.${randomTag()}.tmp`;
  }
});

// src/core/install/download.ts
function normaliseSha256(s) {
  if (!s) return void 0;
  return s.trim().toLowerCase().replace(/^sha256:/, "");
}
async function downloadFile(url, dest, o = {}) {
  const partial = `${dest}.partial`;
  try {
    await makeDirs(import_node_path5.default.dirname(dest));
  } catch (e) {
    throw new DownloadError(`Cannot download ${redactUrl(url)} into ${dest}: ${errorText(e)}`, {
      requested: dest,
      url: redactUrl(url),
      attempts: 0,
      hint: "Check that the destination is writable."
    });
  }
  try {
    const r = await streamUrl(url, { ...o, consume: (body) => (0, import_promises2.pipeline)(body, (0, import_node_fs3.createWriteStream)(partial)) });
    await fs.rename(partial, dest);
    return { path: dest, ...r };
  } catch (e) {
    await fs.rm(partial, { force: true });
    throw e;
  }
}
async function streamUrl(url, o) {
  const log = o.logger ?? silentLogger;
  const shown = redactUrl(url);
  const expected = normaliseSha256(o.sha256);
  if (!expected) {
    if (!o.allowMissingChecksum) {
      throw new ChecksumMismatchError(
        `No sha256 is known for ${shown}; refusing to download unverified bytes.`,
        {
          requested: shown,
          url: shown,
          hint: "Use a catalogue or mirror that publishes checksums, or opt out explicitly with allowMissingChecksum."
        }
      );
    }
    log.warn(`No sha256 known for ${shown}: downloading without verification (allowMissingChecksum).`);
  }
  const retries = Math.max(0, o.retries ?? 4);
  const backoffMs = o.backoffMs ?? 1e3;
  const maxBackoffMs = o.maxBackoffMs ?? 3e4;
  for (let attempt = 1; ; attempt++) {
    let got;
    try {
      log.debug(`download ${shown} (attempt ${attempt}/${retries + 1})`);
      got = await attemptOnce(url, o);
    } catch (e) {
      if (o.signal?.aborted) throw o.signal.reason ?? e;
      const err2 = e instanceof AttemptError ? e : new AttemptError(errorText(e), isTransient(e));
      if (!err2.retryable || attempt > retries) {
        throw new DownloadError(`Download of ${shown} failed after ${attempt} attempt(s): ${err2.message}`, {
          requested: shown,
          url: shown,
          attempts: attempt,
          status: err2.status,
          hint: err2.retryable ? "The server or network kept failing; retry later or use a mirror (PYEMBED_MIRROR)." : "Check the URL, mirror and token settings."
        });
      }
      const exp = Math.min(maxBackoffMs, backoffMs * 2 ** (attempt - 1));
      const delay = Math.min(maxBackoffMs, Math.max(err2.retryAfterMs ?? 0, exp * (0.5 + Math.random() / 2)));
      log.warn(
        `download of ${shown} failed (${err2.message}); retry ${attempt}/${retries} in ${Math.round(delay)} ms`
      );
      await o.reset?.();
      await sleep2(delay, o.signal);
      continue;
    }
    if (expected && got.sha256 !== expected) {
      throw new ChecksumMismatchError(
        `sha256 mismatch for ${shown}: expected ${expected}, got ${got.sha256}.`,
        {
          requested: shown,
          url: shown,
          expected,
          actual: got.sha256,
          attempts: attempt,
          hint: "The file was corrupted in transit or the mirror serves a different file; nothing was installed."
        }
      );
    }
    if (got.consumerError !== void 0) {
      if (got.consumerError instanceof PythonEmbeddedError) throw got.consumerError;
      throw new DownloadError(`Download of ${shown} could not be stored: ${errorText(got.consumerError)}`, {
        requested: shown,
        url: shown,
        attempts: attempt,
        hint: "Check that the destination is writable and has room."
      });
    }
    return { sha256: got.sha256, bytes: got.bytes, attempts: attempt };
  }
}
async function openBody(url, o) {
  if (url.startsWith("file:")) {
    const file = (0, import_node_url.fileURLToPath)(url);
    const total = (await fs.stat(file)).size;
    return { body: (0, import_node_fs3.createReadStream)(file, { highWaterMark: 256 * 1024 }), total };
  }
  const { res } = await httpGet(url, {
    token: o.token,
    githubHosts: o.githubHosts,
    githubComHosts: o.githubComHosts,
    timeoutMs: o.timeoutMs ?? 3e4,
    signal: o.signal,
    ca: o.ca,
    env: o.env,
    headers: { accept: "application/octet-stream" }
  });
  const status = res.statusCode ?? 0;
  if (status !== 200) {
    res.resume();
    const retryable = status >= 500 || status === 408 || status === 429;
    throw new AttemptError(`HTTP ${status}`, retryable, status, retryAfter(res.headers["retry-after"]));
  }
  const len = res.headers["content-length"];
  return { body: res, total: len !== void 0 && /^\d+$/.test(len) ? Number(len) : void 0 };
}
async function attemptOnce(url, o) {
  const { body, total } = await openBody(url, o);
  const hash = sha256();
  let bytes = 0;
  const pass = new import_node_stream.PassThrough({ highWaterMark: 64 * 1024 });
  let consumerError;
  let consumerFailed = false;
  let consumerDone = false;
  const consuming = o.consume(pass, { total }).then(
    () => {
      consumerDone = true;
    },
    (e) => {
      consumerFailed = true;
      consumerError = e;
      pass.resume();
    }
  );
  const onAbort = () => body.destroy(o.signal?.reason);
  o.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    for await (const chunk of body) {
      hash.update(chunk);
      bytes += chunk.length;
      noteGarbage(chunk.length);
      o.onProgress?.({ bytes, total });
      if (!consumerFailed && !consumerDone && !pass.write(chunk)) {
        await new Promise((resolve2) => {
          pass.once("drain", resolve2);
          void consuming.then(resolve2);
        });
      }
    }
  } catch (e) {
    pass.destroy(e);
    await consuming;
    throw new AttemptError(errorText(e), !o.signal?.aborted && isTransient(e));
  } finally {
    o.signal?.removeEventListener("abort", onAbort);
  }
  if (total !== void 0 && bytes !== total) {
    pass.destroy(new Error("short body"));
    await consuming;
    throw new AttemptError(`body ended after ${bytes} of ${total} bytes`, true);
  }
  pass.end();
  await consuming;
  return { sha256: hash.digest("hex"), bytes, consumerError: consumerFailed ? consumerError : void 0 };
}
function retryAfter(h) {
  if (!h) return void 0;
  if (/^\d+$/.test(h.trim())) return Number(h) * 1e3;
  const t = Date.parse(h);
  return Number.isNaN(t) ? void 0 : Math.max(0, t - Date.now());
}
function isTransient(e) {
  const code = e?.code;
  if (code && PERMANENT_CODES.includes(code)) return false;
  if (e instanceof Error && /unsupported protocol|too many redirects|refused CONNECT/.test(e.message))
    return false;
  return true;
}
function errorText(e) {
  if (e instanceof Error) {
    const code = e.code;
    return code && !e.message.includes(code) ? `${e.message} (${code})` : e.message;
  }
  return String(e);
}
function sleep2(ms, signal) {
  return new Promise((resolve2, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve2();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
var import_node_fs3, import_node_path5, import_node_stream, import_promises2, import_node_url, AttemptError, PERMANENT_CODES;
var init_download = __esm({
  "src/core/install/download.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    init_async_fs();
    import_node_path5 = __toESM(require("node:path"), 1);
    import_node_stream = require("node:stream");
    import_promises2 = require("node:stream/promises");
    import_node_url = require("node:url");
    init_errors();
    init_log();
    init_http();
    init_memory();
    init_fs();
    init_builtins();
    AttemptError = class extends Error {
      constructor(message, retryable, status, retryAfterMs) {
        super(message);
        this.retryable = retryable;
        this.status = status;
        this.retryAfterMs = retryAfterMs;
      }
      retryable;
      status;
      retryAfterMs;
    };
    PERMANENT_CODES = [
      "ENOENT",
      "EACCES",
      "EPERM",
      "ENOSPC",
      "EROFS",
      "ERR_INVALID_URL",
      // TLS verification failures: retrying cannot fix a certificate
      "DEPTH_ZERO_SELF_SIGNED_CERT",
      "SELF_SIGNED_CERT_IN_CHAIN",
      "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
      "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
      "CERT_HAS_EXPIRED",
      "ERR_TLS_CERT_ALTNAME_INVALID"
    ];
  }
});

// src/core/install/mirror.ts
function isUrl(s) {
  return /^(https?|file):/i.test(s);
}
function mirrorBase(mirror) {
  const base = isUrl(mirror) ? mirror : (0, import_node_url2.pathToFileURL)(import_node_path6.default.resolve(mirror)).href;
  return base.replace(/\/+$/, "");
}
function mirrorUrlFor(build, mirror) {
  if (!mirror || build.source === "downloads") return build.url;
  return `${mirrorBase(mirror)}/${encodeURIComponent(build.build)}/${encodeURIComponent(build.assetName)}`;
}
function parseSha256Sums(text4) {
  const out = /* @__PURE__ */ new Map();
  for (const line of text4.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line);
    if (m) out.set(m[2], m[1].toLowerCase());
  }
  return out;
}
async function fetchText(url, o = {}) {
  if (url.startsWith("file:")) {
    try {
      return await fs.readFile((0, import_node_url2.fileURLToPath)(url), "utf8");
    } catch (e) {
      if (e.code === "ENOENT") return void 0;
      throw e;
    }
  }
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const { res } = await httpGet(url, { timeoutMs: 3e4, ...o });
      const status = res.statusCode ?? 0;
      if (status === 404) {
        res.resume();
        return void 0;
      }
      if (status !== 200) {
        res.resume();
        lastError = new Error(`HTTP ${status} for ${redactUrl(url)}`);
        if (status < 500 && status !== 429) break;
      } else {
        const chunks = [];
        for await (const c of res) chunks.push(c);
        return Buffer.concat(chunks).toString("utf8");
      }
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 200 * attempt));
  }
  throw lastError;
}
function mirrorSumsUrl(build, mirror) {
  return `${mirrorBase(mirror)}/${encodeURIComponent(build.build)}/SHA256SUMS`;
}
async function expectedChecksum(build, o = {}) {
  const catalog = normaliseSha256(build.sha256);
  const fromMirror = o.mirror && build.source !== "downloads" ? await mirrorLine(build, o.mirror, o) : void 0;
  if (catalog && fromMirror && fromMirror !== catalog) {
    const sumsUrl = redactUrl(mirrorSumsUrl(build, o.mirror));
    throw new ChecksumMismatchError(
      `The mirror's SHA256SUMS (${sumsUrl}) lists ${fromMirror} for ${build.assetName}, but the catalogue knows ${catalog}; refusing the mirror's file. Nothing was downloaded or installed.`,
      {
        requested: build.key,
        url: sumsUrl,
        expected: catalog,
        actual: fromMirror,
        hint: "The mirror serves a different build than the one published: fix or re-sync the mirror, or drop the mirror setting."
      }
    );
  }
  if (catalog) return { sha256: catalog, source: "catalog" };
  return fromMirror ? { sha256: fromMirror, source: "mirror" } : { source: "none" };
}
async function mirrorLine(build, mirror, o) {
  const sumsUrl = mirrorSumsUrl(build, mirror);
  try {
    const text4 = await fetchText(sumsUrl, o.http);
    return text4 ? parseSha256Sums(text4).get(build.assetName) : void 0;
  } catch (e) {
    (o.logger ?? silentLogger).debug(
      `could not read ${redactUrl(sumsUrl)}: ${e instanceof Error ? e.message : String(e)}`
    );
    return void 0;
  }
}
var import_node_path6, import_node_url2;
var init_mirror = __esm({
  "src/core/install/mirror.ts"() {
    "use strict";
    init_async_fs();
    import_node_path6 = __toESM(require("node:path"), 1);
    import_node_url2 = require("node:url");
    init_errors();
    init_log();
    init_download();
    init_http();
  }
});

// src/core/platform.ts
function platformKey(p) {
  return `${p.os}-${p.arch}${p.archVariant ? `_${p.archVariant}` : ""}-${p.libc}`;
}
function parsePlatform(text4) {
  const m = /^(linux|darwin|macos|windows)-([a-z0-9_]+?)(?:_(v[234]))?(?:-([a-z]+))?$/.exec(
    text4.trim().toLowerCase()
  );
  if (!m) {
    throw new PlatformNotSupportedError(`Cannot parse platform "${text4}".`, {
      requested: text4,
      hint: "Use <os>-<arch>-<libc>, e.g. linux-x86_64-gnu, linux-aarch64-musl, darwin-aarch64, windows-x86_64."
    });
  }
  const os7 = m[1] === "macos" ? "darwin" : m[1];
  const arch = normaliseArch(m[2]);
  const libc = m[4] ?? (os7 === "linux" ? "gnu" : "none");
  return { os: os7, arch, archVariant: m[3], libc };
}
function normaliseArch(arch) {
  switch (arch) {
    case "x64":
    case "amd64":
      return "x86_64";
    case "arm64":
      return "aarch64";
    case "ia32":
    case "x86":
      return "i686";
    case "arm":
      return "armv7";
    case "ppc64":
      return "ppc64le";
    default:
      return arch;
  }
}
function elfInterpreter(file) {
  let fd;
  try {
    fd = (0, import_node_fs4.openSync)(file, "r");
    const head = Buffer.alloc(64);
    if ((0, import_node_fs4.readSync)(fd, head, 0, 64, 0) < 52 || head.readUInt32BE(0) !== 2135247942) return void 0;
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u162 = (b, o) => le ? b.readUInt16LE(o) : b.readUInt16BE(o);
    const u32 = (b, o) => le ? b.readUInt32LE(o) : b.readUInt32BE(o);
    const word = (b, o) => is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
    const phoff = word(head, is64 ? 32 : 28);
    const phentsize = u162(head, is64 ? 54 : 42);
    const phnum = u162(head, is64 ? 56 : 44);
    const table2 = Buffer.alloc(phentsize * phnum);
    (0, import_node_fs4.readSync)(fd, table2, 0, table2.length, phoff);
    for (let i = 0; i < phnum; i++) {
      const ph = i * phentsize;
      if (u32(table2, ph) !== PT_INTERP) continue;
      const offset = word(table2, ph + (is64 ? 8 : 4));
      const size = Math.min(word(table2, ph + (is64 ? 32 : 16)), 4096);
      const text4 = Buffer.alloc(size);
      (0, import_node_fs4.readSync)(fd, text4, 0, size, offset);
      return text4.toString("latin1").replace(/\0.*$/s, "");
    }
    return void 0;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs4.closeSync)(fd);
  }
}
function lddVersionText() {
  const r = childProcessModule().spawnSync("ldd", ["--version"], { encoding: "utf8", timeout: 5e3 });
  return r.error ? void 0 : `${r.stdout ?? ""}${r.stderr ?? ""}`;
}
function libcOfInterpreter(interp) {
  if (!interp) return void 0;
  const base = import_node_path7.default.posix.basename(interp);
  if (base.startsWith("ld-musl-")) return "musl";
  if (base.startsWith("ld-linux") || base.startsWith("ld64.so") || base.startsWith("ld.so")) return "gnu";
  return void 0;
}
function detectLibc(probe2) {
  if (!probe2 && libcCache) return libcCache;
  const root = probe2?.root ?? "/";
  const shell = import_node_path7.default.join(root, probe2?.shell ?? "/bin/sh");
  let libc = libcOfInterpreter(elfInterpreter(shell));
  if (!libc) {
    const text4 = (probe2?.ldd ?? lddVersionText)() ?? "";
    libc = /musl/i.test(text4) ? "musl" : "gnu";
  }
  if (!probe2) libcCache = libc;
  return libc;
}
function hostPlatform() {
  const os7 = process.platform === "win32" ? "windows" : process.platform;
  if (os7 !== "linux" && os7 !== "darwin" && os7 !== "windows") {
    throw new PlatformNotSupportedError(`python-build-standalone has no builds for ${process.platform}.`, {
      requested: process.platform,
      available: ["linux", "darwin", "windows"]
    });
  }
  const arch = normaliseArch(process.arch);
  let libc = os7 === "linux" ? detectLibc() : "none";
  if (os7 === "linux" && arch === "armv7") libc = libc === "musl" ? "musleabihf" : "gnueabihf";
  return { os: os7, arch, libc };
}
var import_node_fs4, import_node_path7, libcCache, PT_INTERP;
var init_platform = __esm({
  "src/core/platform.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_path7 = __toESM(require("node:path"), 1);
    init_errors();
    init_builtins();
    PT_INTERP = 3;
  }
});

// src/cli/output.ts
var output_exports = {};
__export(output_exports, {
  INTERNAL_EXIT_CODE: () => INTERNAL_EXIT_CODE,
  INTERRUPTED_EXIT_CODE: () => INTERRUPTED_EXIT_CODE,
  USAGE_EXIT_CODE: () => USAGE_EXIT_CODE,
  cliLogger: () => cliLogger,
  formatBytes: () => formatBytes,
  formatMs: () => formatMs,
  reportError: () => reportError,
  styles: () => styles,
  table: () => table,
  useColor: () => useColor,
  writeResult: () => writeResult
});
function useColor(stream = process.stderr, env = process.env) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0") return true;
  return Boolean(stream.isTTY);
}
function styles(color) {
  return {
    bold: (s) => paint(color, 1, s),
    dim: (s) => paint(color, 2, s),
    green: (s) => paint(color, 32, s),
    yellow: (s) => paint(color, 33, s),
    red: (s) => paint(color, 31, s)
  };
}
function cliLogger(o) {
  const s = styles(o.color);
  const write = o.write ?? ((l) => void process.stderr.write(l));
  const line = (m) => write(`${m}
`);
  return {
    debug: (m) => o.verbose && line(s.dim(`debug: ${m}`)),
    info: (m) => !o.quiet && line(m),
    warn: (m) => line(`${s.yellow("warning:")} ${m}`),
    error: (m) => line(`${s.red("error:")} ${m}`)
  };
}
function writeResult(result, json) {
  if (json) {
    process.stdout.write(`${JSON.stringify(result.data ?? null, null, 2)}
`);
    return;
  }
  const human = result.human ?? JSON.stringify(result.data, null, 2);
  const text4 = Array.isArray(human) ? human.join("\n") : human;
  if (text4) process.stdout.write(text4.endsWith("\n") ? text4 : `${text4}
`);
}
function errorJson(e) {
  const doc = e.toJSON();
  const child = e.details.exitCode;
  return {
    ...doc,
    ...child !== void 0 && child !== e.exitCode ? { processExitCode: child } : {},
    exitCode: e.exitCode
  };
}
function reportError(e, json, verbose) {
  const label = styles(useColor(process.stderr)).red("error:");
  if (isPythonEmbeddedError(e)) {
    if (json) process.stdout.write(`${JSON.stringify({ error: errorJson(e) }, null, 2)}
`);
    process.stderr.write(`${label} ${e.guidance}
`);
    if (verbose && e.stack) process.stderr.write(`${e.stack}
`);
    return e.exitCode;
  }
  const err2 = e instanceof Error ? e : new Error(String(e));
  if (json) {
    const doc = { error: { name: err2.name, message: err2.message, exitCode: INTERNAL_EXIT_CODE } };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}
`);
  }
  process.stderr.write(`${label} ${err2.message}
`);
  if (verbose && err2.stack) process.stderr.write(`${err2.stack}
`);
  return INTERNAL_EXIT_CODE;
}
function table(rows, header2) {
  const all = header2 ? [header2, ...rows] : rows;
  const cells = all.map((r) => r.map((c) => c === void 0 ? "" : String(c)));
  const widths = [];
  for (const r of cells) r.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, c.length));
  return cells.map(
    (r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd()
  );
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}
function formatMs(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(2)} s`;
}
var USAGE_EXIT_CODE, INTERRUPTED_EXIT_CODE, INTERNAL_EXIT_CODE, paint;
var init_output = __esm({
  "src/cli/output.ts"() {
    "use strict";
    init_errors();
    USAGE_EXIT_CODE = 2;
    INTERRUPTED_EXIT_CODE = 130;
    INTERNAL_EXIT_CODE = 1;
    paint = (on, code, s) => on ? `\x1B[${code}m${s}\x1B[0m` : s;
  }
});

// src/core/versions/implementation.ts
function releaseMatches(build, prefix) {
  return !prefix || build === prefix || build.startsWith(`${prefix}.`);
}
function parseImplementationRequest(lower, parseVersion2) {
  const name = NAMES.find(
    ([n]) => lower === n || lower.startsWith(`${n}@`) || new RegExp(`^${n}-?\\d`).test(lower)
  );
  if (!name) return void 0;
  const [prefix, implementation] = name;
  let rest = lower.slice(prefix.length);
  const any = { implementation, version: { kind: "any" }, variant: "default" };
  if (rest === "" || rest === "@latest" || rest === "@any") return any;
  if (rest.startsWith("@")) {
    const parsed2 = parseVersion2(rest.slice(1));
    return parsed2 ? { implementation, ...parsed2 } : "invalid";
  }
  if (rest.startsWith("-")) rest = rest.slice(1);
  const m = new RegExp(`^(${RELEASE})(?:-v(${RELEASE}))?$`).exec(rest);
  if (!m) return void 0;
  if (implementation === "graalpy" && isGraalPyRelease(m[1])) {
    return m[2] ? "invalid" : { ...any, release: releasePrefix(m[1]) };
  }
  if (m[2] && implementation !== "pypy") return "invalid";
  const parsed = parseVersion2(m[1]);
  if (!parsed || parsed.version.kind === "range") return "invalid";
  return { implementation, ...parsed, ...m[2] ? { release: releasePrefix(m[2]) } : {} };
}
var NAMES, isGraalPyRelease, RELEASE, releasePrefix;
var init_implementation = __esm({
  "src/core/versions/implementation.ts"() {
    "use strict";
    NAMES = [
      ["graalpy", "graalpy"],
      ["pypy", "pypy"],
      ["pp", "pypy"],
      ["gp", "graalpy"]
    ];
    isGraalPyRelease = (text4) => /^(?:[2-9]\d)(?:\.|$)/.test(text4);
    RELEASE = String.raw`\d+(?:\.\d+)*(?:\.x)?`;
    releasePrefix = (text4) => text4.replace(/\.x$/i, "");
  }
});

// src/core/versions/spec.ts
function invalid(text4, why) {
  const reason = why ? `: ${why}` : "";
  return new InvalidPythonVersionError(`Invalid Python version request "${text4}"${reason}.`, {
    requested: text4,
    hint: `Accepted forms: ${ACCEPTED_FORMS.join(", ")}.`
  });
}
function buildVariantOf(v) {
  if (v === "default" || v === "gil") return void 0;
  if (v === "gil+debug") return "debug";
  return v;
}
function splitVariant(s) {
  let last = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i] >= "0" && s[i] <= "9") {
      last = i;
      break;
    }
  }
  if (last < 0 || last === s.length - 1) return [s, "default"];
  let suffix = s.slice(last + 1);
  if (suffix.startsWith("+")) suffix = suffix.slice(1);
  const variant = VARIANTS[suffix];
  return variant ? [s.slice(0, last + 1), variant] : [s, "default"];
}
function parseVersionRequest(text4) {
  if (/^[a-z]*$/i.test(text4)) return void 0;
  const [body, variant] = splitVariant(text4);
  const x = /^(\d+)(?:\.(\d+))?\.x$/i.exec(body);
  if (x) {
    const major2 = Number(x[1]);
    const version = x[2] === void 0 ? { kind: "major", major: major2 } : { kind: "minor", major: major2, minor: Number(x[2]) };
    return { version, variant };
  }
  const v = /^[0-9]/.test(body) ? parseVersion(body) : void 0;
  if (!v) {
    const specifiers = parseSpecifiers(body);
    if (!specifiers) return void 0;
    if (specifiers.length === 1 && specifiers[0].op === "==" && !specifiers[0].star) {
      const concrete = parseVersionRequest(formatVersion(specifiers[0].version));
      if (concrete) return { version: concrete.version, variant };
    }
    return { version: { kind: "range", specifiers }, variant };
  }
  if (v.post !== void 0 || v.dev !== void 0) return void 0;
  let release = v.release;
  if (release.length === 1 && release[0] >= 10) {
    const digits = String(release[0]);
    release = [Number(digits[0]), Number(digits.slice(1))];
  }
  if (release.some((n) => n > 255)) return void 0;
  const pre = v.pre;
  const [major, minor2, patch] = release;
  switch (release.length) {
    case 1:
      return pre ? void 0 : { version: { kind: "major", major }, variant };
    case 2:
      return {
        version: pre ? { kind: "minor-pre", major, minor: minor2, pre } : { kind: "minor", major, minor: minor2 },
        variant
      };
    case 3:
      if (pre) return { version: { kind: "patch-pre", major, minor: minor2, patch, pre }, variant };
      return { version: { kind: "patch", major, minor: minor2, patch }, variant };
    default:
      return void 0;
  }
}
function parseArch(token) {
  const m = /^([a-z0-9_]+?)(?:_(v[234]))?$/.exec(token);
  if (!m) return void 0;
  const arch = ARCH_ALIASES[m[1]];
  if (!arch || m[2] && arch !== "x86_64") return void 0;
  return { arch, archVariant: m[2] };
}
function parseKey(text4) {
  const tokens = text4.split("-");
  if (tokens.length < 2) return void 0;
  let i = 0;
  let sawImplementation = false;
  let implementation = "cpython";
  if (["cpython", "pypy", "graalpy", "any"].includes(tokens[i])) {
    if (tokens[i] !== "any") implementation = tokens[i];
    sawImplementation = true;
    i++;
  }
  let version = { kind: "any" };
  let variant = "default";
  if (i < tokens.length) {
    const parsed = tokens[i] === "any" ? void 0 : parseVersionRequest(tokens[i]);
    if (parsed && parsed.version.kind !== "range") {
      ({ version, variant } = parsed);
      i++;
    } else if (tokens[i] === "any") {
      i++;
    }
  }
  const platform = {};
  if (i < tokens.length && tokens[i] !== "any") {
    const os7 = OS_ALIASES[tokens[i]];
    if (os7) {
      platform.os = os7;
      i++;
    }
  } else if (tokens[i] === "any") i++;
  if (i < tokens.length && tokens[i] !== "any") {
    const arch = parseArch(tokens[i]);
    if (arch) {
      platform.arch = arch.arch;
      if (arch.archVariant) platform.archVariant = arch.archVariant;
      i++;
    }
  } else if (tokens[i] === "any") i++;
  if (i < tokens.length && tokens[i] !== "any") {
    if (LIBCS.has(tokens[i])) {
      platform.libc = tokens[i];
      i++;
    }
  } else if (tokens[i] === "any") i++;
  if (i !== tokens.length) return void 0;
  if (!sawImplementation && Object.keys(platform).length === 0) return void 0;
  return {
    form: "key",
    implementation,
    version,
    variant,
    platform: Object.keys(platform).length ? platform : void 0
  };
}
function parseImplementationVersion(text4) {
  for (const prefix of ["cpython", "python", "cp"]) {
    if (!text4.startsWith(prefix)) continue;
    let rest = text4.slice(prefix.length);
    if (rest.length === 0) continue;
    const at = rest.startsWith("@");
    if (at) rest = rest.slice(1);
    if (at && (rest === "latest" || rest === "any")) {
      return {
        form: "implementation",
        implementation: "cpython",
        version: { kind: "any" },
        variant: "default"
      };
    }
    const parsed = parseVersionRequest(rest);
    if (parsed) return { form: "implementation", implementation: "cpython", ...parsed };
    if (at) throw invalid(text4);
  }
  return void 0;
}
function checkVariant(req2) {
  if (req2.implementation !== "cpython" && req2.variant !== "default" && req2.variant !== "gil") {
    throw invalid(req2.text, `${req2.implementation} has no ${req2.variant} builds`);
  }
  const v = req2.version;
  if ((req2.variant === "freethreaded" || req2.variant === "freethreaded+debug") && "minor" in v) {
    if (v.major < 3 || v.major === 3 && v.minor < 13) {
      throw invalid(req2.text, `Python <3.13 does not support free-threading but ${req2.text} was requested`);
    }
  }
  return req2;
}
function parsePythonRequest(input) {
  const text4 = input.trim();
  const lower = text4.toLowerCase();
  if (lower.length === 0) throw invalid(input, "empty");
  if (["any", "default", "latest", "cpython", "python", "cp", "stable"].includes(lower)) {
    return { text: text4, form: "default", implementation: "cpython", version: { kind: "any" }, variant: "default" };
  }
  if (lower.startsWith("@")) throw invalid(text4);
  const dev = /^(\d+\.\d+)-dev$/.exec(lower);
  if (dev) {
    const parsed = parseVersionRequest(dev[1]);
    if (parsed) return { text: text4, form: "version", implementation: "cpython", ...parsed, prereleases: true };
  }
  const other = parseImplementationRequest(lower, parseVersionRequest);
  if (other === "invalid") throw invalid(text4);
  if (other) return checkVariant({ text: text4, form: "implementation", ...other });
  const version = parseVersionRequest(lower);
  if (version) return checkVariant({ text: text4, form: "version", implementation: "cpython", ...version });
  const impl = parseImplementationVersion(lower);
  if (impl) return checkVariant({ text: text4, ...impl });
  const key = parseKey(lower);
  if (key) return checkVariant({ text: text4, ...key });
  throw invalid(text4);
}
function requestAllowsPrereleases(req2) {
  if (req2.prereleases) return true;
  const v = req2.version;
  if (v.kind === "minor-pre" || v.kind === "patch-pre") return true;
  if (v.kind === "range") return specifiersMentionPrerelease(v.specifiers);
  return false;
}
function requestedMinor(req2) {
  const v = req2.version;
  if ("minor" in v) return [v.major, v.minor];
  if (v.kind === "range") {
    const s = v.specifiers.find((x) => x.op !== "!=" && x.version.release.length >= 2);
    if (s) return [s.version.release[0], s.version.release[1]];
  }
  return void 0;
}
var ACCEPTED_FORMS, VARIANTS, OS_ALIASES, ARCH_ALIASES, LIBCS;
var init_spec2 = __esm({
  "src/core/versions/spec.ts"() {
    "use strict";
    init_errors();
    init_implementation();
    init_specifiers();
    init_version2();
    ACCEPTED_FORMS = [
      "3",
      "3.12",
      "312",
      "3.12.5",
      "3.13.0rc1",
      "3.13t (free-threaded)",
      "3.13d (debug)",
      "3.14+gil",
      "3.13+freethreaded",
      ">=3.11,<3.13",
      "~=3.12.0",
      "==3.12.*",
      "!=3.12.4",
      "cpython@3.12",
      "cp312",
      "cpython",
      "latest",
      "3.x",
      "cpython-3.12.5-linux-x86_64-gnu",
      "3.13-dev (newest 3.13, prereleases included)",
      "pypy",
      "pypy3.10",
      "pypy@3.10",
      "pypy-3.10-v7.3.19",
      "pypy-3.10.16-linux-x86_64-gnu",
      "graalpy",
      "graalpy@3.11",
      "graalpy-24.1 (GraalPy release)"
    ];
    VARIANTS = {
      t: "freethreaded",
      freethreaded: "freethreaded",
      d: "debug",
      debug: "debug",
      td: "freethreaded+debug",
      "freethreaded+debug": "freethreaded+debug",
      gil: "gil",
      "gil+debug": "gil+debug"
    };
    OS_ALIASES = {
      linux: "linux",
      darwin: "darwin",
      macos: "darwin",
      windows: "windows"
    };
    ARCH_ALIASES = {
      x86_64: "x86_64",
      amd64: "x86_64",
      x64: "x86_64",
      aarch64: "aarch64",
      arm64: "aarch64",
      armv7: "armv7",
      armv7l: "armv7",
      i686: "i686",
      x86: "i686",
      ppc64le: "powerpc64le",
      powerpc64le: "powerpc64le",
      s390x: "s390x",
      riscv64: "riscv64",
      riscv64gc: "riscv64"
    };
    LIBCS = /* @__PURE__ */ new Set(["gnu", "musl", "gnueabi", "gnueabihf", "musleabihf", "none"]);
  }
});

// src/core/versions/match.ts
function versionMatches(req2, v) {
  const [major = 0, minor2 = 0, patch = 0] = v.release;
  switch (req2.kind) {
    case "any":
      return true;
    case "major":
      return major === req2.major;
    case "minor":
      return major === req2.major && minor2 === req2.minor;
    case "patch":
      return major === req2.major && minor2 === req2.minor && patch === req2.patch && !v.pre;
    case "minor-pre":
      return major === req2.major && minor2 === req2.minor && patch === 0 && v.pre?.kind === req2.pre.kind && v.pre.n === req2.pre.n;
    case "patch-pre":
      return major === req2.major && minor2 === req2.minor && patch === req2.patch && v.pre?.kind === req2.pre.kind && v.pre.n === req2.pre.n;
    case "range":
      return specifiersContain(req2.specifiers, v);
  }
}
var init_match = __esm({
  "src/core/versions/match.ts"() {
    "use strict";
    init_specifiers();
  }
});

// src/core/catalog/resolve.ts
function canonicalArch(arch) {
  return arch === "ppc64le" || arch === "ppc64" ? "powerpc64le" : arch;
}
function compareRowsDesc(a, b) {
  return -compareVersions(a.v, b.v) || (a.b.build < b.b.build ? 1 : a.b.build > b.b.build ? -1 : 0);
}
function targetPlatform(req2, given) {
  const base = given ?? hostPlatform();
  const p = req2?.platform ?? {};
  const os7 = p.os ?? base.os;
  const arch = canonicalArch(p.arch ?? base.arch);
  let libc = p.libc ?? (os7 === base.os ? base.libc : os7 === "linux" ? "gnu" : "none");
  if (os7 === "linux" && arch === "armv7" && (libc === "gnu" || libc === "musl")) libc = `${libc}eabihf`;
  const archVariant = p.arch ? p.archVariant : base.archVariant;
  return { os: os7, arch, archVariant, libc };
}
function wantedVariant(req2, freethreaded) {
  const v = buildVariantOf(req2.variant);
  if (!freethreaded || req2.variant === "gil" || req2.variant === "gil+debug") return v;
  return v === "debug" ? "freethreaded+debug" : v === void 0 ? "freethreaded" : v;
}
function withFlavor(b, flavor) {
  const from = `-${b.flavor}.`;
  const to = `-${flavor}.`;
  return {
    ...b,
    flavor,
    assetName: b.assetName.replace(from, to),
    url: b.url.replace(from, to),
    // A derived asset's checksum is not in the catalogue: the installer reads SHA256SUMS.
    sha256: void 0
  };
}
function chooseFlavor(group, wanted) {
  const flavor = wanted ?? "install_only_stripped";
  const pick = (f) => group.filter((b) => b.flavor === f).sort((a, b) => a.format === b.format ? 0 : a.format === "tar.gz" ? -1 : 1)[0];
  const exact = pick(flavor);
  if (exact) return exact;
  const stripped = pick("install_only_stripped");
  const installOnly = pick("install_only");
  if (flavor === "install_only" && stripped) return withFlavor(stripped, "install_only");
  if (flavor === "install_only_stripped" && installOnly) {
    return !installOnly.implementation && installOnly.build >= STRIPPED_SINCE ? withFlavor(installOnly, "install_only_stripped") : installOnly;
  }
  if (flavor === "full") return void 0;
  for (const f of FLAVOR_ORDER) {
    const b = pick(f);
    if (b) return b;
  }
  return void 0;
}
function indexRows(builds) {
  const map = /* @__PURE__ */ new Map();
  const parsed = /* @__PURE__ */ new Map();
  for (const b of builds) {
    let v = parsed.get(b.version);
    if (!parsed.has(b.version)) parsed.set(b.version, v = parseVersion(b.version));
    if (!v) continue;
    const k = familyKey(b.platform);
    let list4 = map.get(k);
    if (!list4) map.set(k, list4 = []);
    list4.push({ b, v });
  }
  for (const list4 of map.values()) list4.sort(compareRowsDesc);
  return map;
}
function nearestVersions(rows, request) {
  const unique2 = /* @__PURE__ */ new Map();
  for (const r of rows) if (!unique2.has(r.b.version)) unique2.set(r.b.version, r.v);
  const target = requestedMinor(request);
  const entries = [...unique2.entries()];
  const distance = (v) => target ? Math.abs((v.release[0] - target[0]) * 100 + (v.release[1] ?? 0) - target[1]) : 0;
  entries.sort((a, b) => distance(a[1]) - distance(b[1]) || -compareVersions(a[1], b[1]));
  return entries.slice(0, 10).map(([t]) => t);
}
function nearestBuilds(builds, wanted) {
  const n = Number(wanted) || 0;
  return [...builds].sort((a, b) => Math.abs(Number(a) - n) - Math.abs(Number(b) - n) || (a < b ? 1 : -1)).slice(0, 10);
}
var STRIPPED_SINCE, familyKey, ARCH_LEVEL, implementationOf, sameImplementation, FLAVOR_ORDER, BuildIndex;
var init_resolve = __esm({
  "src/core/catalog/resolve.ts"() {
    "use strict";
    init_errors();
    init_platform();
    init_implementation();
    init_match();
    init_spec2();
    init_version2();
    STRIPPED_SINCE = "20240726";
    familyKey = (p) => `${p.os}-${canonicalArch(p.arch)}-${p.libc}`;
    ARCH_LEVEL = (v) => v ? Number(v.slice(1)) : 1;
    implementationOf = (b) => b.implementation ?? "cpython";
    sameImplementation = (req2, b) => implementationOf(b) === req2.implementation && releaseMatches(b.build, req2.release);
    FLAVOR_ORDER = ["install_only_stripped", "install_only", "full"];
    BuildIndex = class _BuildIndex {
      /**
       * `family`, when given, yields one family's builds on its own: a resolve for one platform then decodes
       * and indexes only the rows of the versions it asks for; `source` (everything) is read only when all of
       * it is needed.
       */
      constructor(source, family) {
        this.source = source;
        this.family = family;
      }
      source;
      family;
      byFamily;
      someFamilies = /* @__PURE__ */ new Map();
      askedOnce = /* @__PURE__ */ new Set();
      static of(builds) {
        return new _BuildIndex(() => builds);
      }
      families() {
        this.byFamily ??= indexRows(this.source());
        return this.byFamily;
      }
      /** A family's rows up to a level, sorted (not filtered by level when the full index exists). */
      familyRows(key, maxLevel) {
        if (this.byFamily || !this.family) return this.families().get(key) ?? [];
        const id = `${key}#${maxLevel}`;
        let rows = this.someFamilies.get(id);
        if (!rows) {
          rows = indexRows(this.family(key, maxLevel)).get(key) ?? [];
          this.someFamilies.set(id, rows);
        }
        return rows;
      }
      get size() {
        let n = 0;
        for (const l of this.families().values()) n += l.length;
        return n;
      }
      /** Every build of the index (in family order). */
      all() {
        return [...this.families().values()].flatMap((l) => l.map((r) => r.b));
      }
      platforms() {
        return [...this.families().keys()].sort();
      }
      hasBuild(tag) {
        for (const l of this.families().values()) if (l.some((r) => r.b.build === tag)) return true;
        return false;
      }
      /**
       * Rows for a platform, any microarchitecture level up to the requested one, best level first per version.
       * With `version`, the first request for a family asks its source for only the rows of the versions that
       * pass it (a one-shot process resolves once); a later one reads the whole family, indexed once and kept.
       */
      rowsFor(platform, version) {
        const max = ARCH_LEVEL(platform.archVariant);
        const key = familyKey(platform);
        const id = `${key}#${max}`;
        let rows;
        if (version && this.family && !this.byFamily && !this.askedOnce.has(id)) {
          this.askedOnce.add(id);
          rows = indexRows(this.family(key, max, version)).get(key) ?? [];
        } else {
          rows = this.familyRows(key, max);
        }
        return rows.filter((r) => ARCH_LEVEL(r.b.platform.archVariant) <= max);
      }
      /** Resolves a spec (text or parsed) to one build, or undefined when nothing matches. */
      find(spec, o = {}) {
        const request = typeof spec === "string" ? parsePythonRequest(spec) : spec;
        const platform = targetPlatform(request, o.platform);
        const variant = wantedVariant(request, o.freethreaded);
        const matches = (v) => versionMatches(request.version, v);
        const rows = this.rowsFor(platform, matches).filter(
          (r) => r.b.variant === variant && sameImplementation(request, r.b) && (!o.build || r.b.build === o.build) && matches(r.v)
        );
        let pool = rows;
        if (!requestAllowsPrereleases(request)) {
          const stable = rows.filter((r) => !r.v.pre);
          if (stable.length > 0 || o.allowPrereleases === false) pool = stable;
        }
        if (pool.length === 0) return void 0;
        const max = ARCH_LEVEL(platform.archVariant);
        let best = pool[0];
        for (const r of pool) {
          if (compareVersions(r.v, best.v) !== 0) break;
          const lr = ARCH_LEVEL(r.b.platform.archVariant);
          const lb = ARCH_LEVEL(best.b.platform.archVariant);
          if (lr > lb && lr <= max || lr === lb && r.b.build > best.b.build) best = r;
        }
        const group = pool.filter(
          (r) => r.b.version === best.b.version && r.b.build === best.b.build && r.b.platform.archVariant === best.b.platform.archVariant
        ).map((r) => r.b);
        const chosen = chooseFlavor(group, o.flavor);
        return chosen ? { build: chosen, request, platform } : void 0;
      }
      /** Like find, but throws the error a user should see (nearest versions, available platforms). */
      resolve(spec, o = {}) {
        const request = typeof spec === "string" ? parsePythonRequest(spec) : spec;
        const found = this.find(request, o);
        if (found) return found.build;
        throw this.noMatchError(request, o);
      }
      noMatchError(request, o = {}) {
        const platform = targetPlatform(request, o.platform);
        const pkey = `${platform.os}-${platform.arch}${platform.archVariant ? `_${platform.archVariant}` : ""}-${platform.libc}`;
        const family = this.rowsFor(platform);
        if (family.length === 0) {
          return new PlatformNotSupportedError(`No python-build-standalone builds for ${pkey}.`, {
            requested: pkey,
            available: this.platforms(),
            hint: "Pick one of the available platforms (--platform <os>-<arch>-<libc>)."
          });
        }
        const variant = wantedVariant(request, o.freethreaded);
        const what = `${request.text}${variant && !request.text.includes(variant) ? ` (${variant})` : ""}`;
        if (o.build && !family.some((r) => r.b.build === o.build)) {
          const builds = [...new Set(family.map((r) => r.b.build))].sort().reverse();
          return new InvalidPythonVersionError(`No build of release ${o.build} for ${pkey} in the catalogue.`, {
            requested: `${request.text} @ ${o.build}`,
            available: nearestBuilds(builds, o.build),
            hint: "Use one of the listed release tags, or a catalogue source that reads GitHub releases (--source github)."
          });
        }
        const ofImpl = family.filter((r) => implementationOf(r.b) === request.implementation);
        if (ofImpl.length === 0) return this.noImplementationError(request, pkey);
        const scope = ofImpl.filter(
          (r) => r.b.variant === variant && (!o.build || r.b.build === o.build) && sameImplementation(request, r.b)
        );
        const onlyPre = this.onlyPrereleasesError(request, scope, o, `"${what}" for ${pkey}`);
        if (onlyPre) return onlyPre;
        const versions = nearestVersions(
          scope.length ? scope : ofImpl.filter((r) => r.b.variant === void 0),
          request
        );
        const flavorNote = o.flavor === "full" && family.some((r) => r.b.variant === variant && versionMatches(request.version, r.v)) ? " (no full archive in this catalogue)" : "";
        return new InvalidPythonVersionError(
          `No Python build matches "${what}" for ${pkey}${o.build ? ` in release ${o.build}` : ""}${flavorNote}.`,
          {
            requested: request.text,
            available: versions,
            platform: pkey,
            hint: scope.length === 0 ? `There are no ${variant ?? "default"} builds for ${pkey}; default builds exist: ${versions.slice(0, 5).join(", ")}.` : `Nearest available: ${versions.slice(0, 5).join(", ")}.`
          }
        );
      }
      /** Only prereleases match and they are not allowed: say so, and how to allow them. */
      onlyPrereleasesError(request, scope, o, what) {
        if (o.allowPrereleases !== false || requestAllowsPrereleases(request)) return void 0;
        const pre = [
          ...new Set(scope.filter((r) => versionMatches(request.version, r.v)).map((r) => r.b.version))
        ];
        if (pre.length === 0) return void 0;
        return new InvalidPythonVersionError(
          `Only prereleases match ${what} (${pre.slice(0, 3).join(", ")}), and prereleases are not allowed.`,
          {
            requested: request.text,
            available: pre.slice(0, 5),
            hint: `Allow them (allow-prereleases: true), or ask for one by name (${pre[0]}${request.version.kind === "minor" ? `, or ${request.text}-dev` : ""}).`
          }
        );
      }
      /** No PyPy/GraalPy build at all for a platform (musl, armv7...): name the platforms that have one. */
      noImplementationError(request, pkey) {
        const where = /* @__PURE__ */ new Set();
        for (const b of this.all())
          if (implementationOf(b) === request.implementation) where.add(familyKey(b.platform));
        return new PlatformNotSupportedError(
          `No ${request.implementation} builds for ${pkey} in the catalogue.`,
          {
            requested: `${request.text} on ${pkey}`,
            available: [...where].sort(),
            hint: `${request.implementation} is published for the listed platforms only.`
          }
        );
      }
      /** Versions available for a platform, newest first (one entry per version unless `all`). */
      list(o = {}) {
        const platform = targetPlatform(void 0, o.platform);
        const impl = o.implementation ?? "cpython";
        const rows = this.rowsFor(platform).filter(
          (r) => implementationOf(r.b) === impl && (!o.build || r.b.build === o.build)
        );
        const variantWanted = o.freethreaded ? "freethreaded" : void 0;
        const out = [];
        const seen = /* @__PURE__ */ new Set();
        for (const r of rows) {
          if (!o.all && r.b.variant !== variantWanted) continue;
          if (!o.all && r.b.platform.archVariant !== platform.archVariant) continue;
          const id = o.all ? `${r.b.key}@${r.b.build}` : r.b.version;
          if (seen.has(id)) continue;
          seen.add(id);
          const group = rows.filter(
            (x) => x.b.key === r.b.key && x.b.build === r.b.build && x.b.platform.archVariant === r.b.platform.archVariant
          ).map((x) => x.b);
          const chosen = chooseFlavor(group, o.flavor);
          if (chosen) out.push(chosen);
        }
        return out;
      }
    };
  }
});

// src/core/catalog/asset-name.ts
function platformFromTriple(triple) {
  const m = /^([a-z0-9_]+?)(?:_(v[234]))?-(?:unknown-linux-([a-z]+)|apple-(darwin)|pc-windows-(msvc))$/.exec(
    triple
  );
  if (!m) return void 0;
  const arch = ARCH_FROM_TRIPLE[m[1]] ?? m[1];
  if (m[3])
    return m[2] ? { os: "linux", arch, archVariant: m[2], libc: m[3] } : { os: "linux", arch, libc: m[3] };
  if (m[4]) return { os: "darwin", arch, libc: "none" };
  return { os: "windows", arch, libc: "none" };
}
function variantOf(options) {
  const parts = options.split(/[+-]/);
  const ft = parts.includes("freethreaded");
  const dbg = parts.includes("debug");
  if (ft && dbg) return "freethreaded+debug";
  if (ft) return "freethreaded";
  if (dbg) return "debug";
  return void 0;
}
function decode(name) {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
function parseAssetName(rawName, tag) {
  const assetName = decode(rawName);
  let m = MODERN.exec(assetName);
  let version;
  let triple;
  let options;
  let flavor;
  let format;
  let build;
  if (m) {
    version = m.slice(1, 5);
    build = m[5];
    triple = m[6];
    options = m[7] ?? "";
    flavor = m[8];
    format = m[9];
  } else if (m = LEGACY.exec(assetName)) {
    version = m.slice(1, 5);
    triple = m[5];
    options = m[6];
    build = tag ?? m[7];
    flavor = "full";
    format = m[8];
  } else if (m = OLDEST.exec(assetName)) {
    version = m.slice(1, 5);
    triple = OLDEST_TRIPLES[m[5]];
    options = m[6] ?? "";
    build = tag ?? m[7];
    flavor = "full";
    format = m[8];
  } else {
    return void 0;
  }
  const platform = platformFromTriple(triple);
  if (!platform) return void 0;
  const [major, minor2, patch] = version.slice(0, 3).map(Number);
  const prerelease = version[3] || void 0;
  return {
    assetName,
    version: `${major}.${minor2}.${patch}${prerelease ?? ""}`,
    major,
    minor: minor2,
    patch,
    prerelease,
    build: tag ?? build,
    triple,
    platform,
    variant: variantOf(options),
    options,
    flavor,
    format
  };
}
function optionsRank(options) {
  const parts = new Set(options.split(/[+-]/).filter((p) => p !== "freethreaded" && p !== "debug"));
  if (parts.has("pgo") && parts.has("lto")) return 0;
  if (parts.has("pgo")) return 1;
  if (parts.has("lto")) return 2;
  if (parts.size === 0 || parts.size === 1 && parts.has("shared")) return 3;
  if (parts.has("noopt")) return 5;
  return 4;
}
var VERSION2, TRIPLE, MODERN, LEGACY, OLDEST, OLDEST_TRIPLES, ARCH_FROM_TRIPLE;
var init_asset_name = __esm({
  "src/core/catalog/asset-name.ts"() {
    "use strict";
    VERSION2 = String.raw`(\d+)\.(\d+)\.(\d+)((?:a|b|rc)\d+)?`;
    TRIPLE = String.raw`((?:x86_64(?:_v[234])?|aarch64|armv7|i686|ppc64le|s390x|riscv64)-(?:unknown-linux-(?:gnueabihf|gnueabi|musleabihf|gnu|musl)|apple-darwin|pc-windows-msvc))`;
    MODERN = new RegExp(
      String.raw`^cpython-${VERSION2}\+(\d{8})-${TRIPLE}-(?:(.+)-)?(install_only_stripped|install_only|full)\.(tar\.gz|tar\.zst)$`
    );
    LEGACY = new RegExp(String.raw`^cpython-${VERSION2}-${TRIPLE}-(.+)-(\d{8})T\d{4}\.(tar\.zst|tar\.gz)$`);
    OLDEST = new RegExp(
      String.raw`^cpython-${VERSION2}-(linux64-musl|linux64|macos|windows-amd64|windows-x86)(?:-(.+?))?-(\d{8})T\d{4}\.(tar\.zst|tar\.gz)$`
    );
    OLDEST_TRIPLES = {
      linux64: "x86_64-unknown-linux-gnu",
      "linux64-musl": "x86_64-unknown-linux-musl",
      macos: "x86_64-apple-darwin",
      "windows-amd64": "x86_64-pc-windows-msvc",
      "windows-x86": "i686-pc-windows-msvc"
    };
    ARCH_FROM_TRIPLE = { ppc64le: "powerpc64le" };
  }
});

// src/core/catalog/snapshot-format.ts
function buildKey(b) {
  const p = b.platform;
  const arch = p.arch + (p.archVariant ? `_${p.archVariant}` : "");
  return `cpython-${b.version}${b.variant ? `+${b.variant}` : ""}-${p.os}-${arch}-${p.libc}`;
}
function assetUrl(urlBase, build, assetName) {
  return `${urlBase}/${build}/${assetName.replace(/\+/g, "%2B")}`;
}
function pythonBuildOf(a, url, sha2562, source) {
  const build = {
    key: "",
    version: a.version,
    major: a.major,
    minor: a.minor,
    patch: a.patch,
    prerelease: a.prerelease,
    variant: a.variant,
    platform: a.platform,
    build: a.build,
    flavor: a.flavor,
    format: a.format,
    assetName: a.assetName,
    url,
    sha256: sha2562
  };
  if (source) build.source = source;
  build.key = buildKey(build);
  return build;
}
function formatOfUrl(url) {
  const m = /\.(tar\.gz|tar\.bz2|tar\.zst|zip)$/.exec(url);
  return m ? m[1] : void 0;
}
function otherBuildOf(e) {
  const m = OTHER_KEY.exec(e.key);
  const format = formatOfUrl(e.url);
  if (!m || !format) return void 0;
  const archMatch = /^([a-z0-9_]+?)(?:_(v[234]))?$/.exec(m[8]);
  if (!archMatch) return void 0;
  const platform = { os: m[7], arch: archMatch[1], libc: m[9] };
  if (archMatch[2]) platform.archVariant = archMatch[2];
  return {
    key: e.key,
    implementation: m[1],
    version: m[2],
    major: Number(m[3]),
    minor: Number(m[4]),
    patch: Number(m[5]),
    prerelease: m[6] || void 0,
    platform,
    build: e.build,
    flavor: "install_only",
    format,
    assetName: decodeURIComponent(e.url.slice(e.url.lastIndexOf("/") + 1)),
    url: e.url,
    sha256: e.sha256 ?? void 0
  };
}
var b64ToHex, OTHER_KEY, SnapshotReader;
var init_snapshot_format = __esm({
  "src/core/catalog/snapshot-format.ts"() {
    "use strict";
    init_asset_name();
    b64ToHex = (b64) => Buffer.from(b64, "base64").toString("hex");
    OTHER_KEY = /^(pypy|graalpy)-((\d+)\.(\d+)\.(\d+)((?:a|b|rc)\d+)?)-(linux|darwin|windows)-([a-z0-9_]+)-([a-z]+)$/;
    SnapshotReader = class {
      constructor(file) {
        this.file = file;
      }
      file;
      shapes = /* @__PURE__ */ new Map();
      versions = /* @__PURE__ */ new Map();
      others;
      /** The parsed shape of a template (platform, variant, flavour, format), shared by all its rows. */
      shape(t) {
        if (!this.shapes.has(t)) {
          const s = this.file.strings[t];
          this.shapes.set(t, parseAssetName(s.replace("{v}", "0.0.0").replace("{b}", "00000000"), "00000000"));
        }
        return this.shapes.get(t);
      }
      /**
       * Indexes of the rows whose template's shape passes `test` (and whose version text passes `version`), in
       * file order; no row is decoded, each distinct template and version is tested once.
       */
      rowsWhere(test, version) {
        const passes = /* @__PURE__ */ new Map();
        const versionPasses = /* @__PURE__ */ new Map();
        const { rows, strings } = this.file;
        const out = [];
        for (let i = 0; i < rows.length; i++) {
          const [t, v] = rows[i];
          if (version) {
            let vok = versionPasses.get(v);
            if (vok === void 0) versionPasses.set(v, vok = version(strings[v]));
            if (!vok) continue;
          }
          let ok = passes.get(t);
          if (ok === void 0) {
            const shape = this.shape(t);
            passes.set(t, ok = shape !== void 0 && test(shape));
          }
          if (ok) out.push(i);
        }
        return out;
      }
      /**
       * The PyPy/GraalPy rows (few; decoded whole, once), or only those whose version text (from the uv key)
       * passes `version` (decoded each time: a resolve asks for one version's).
       */
      decodeOthers(version) {
        const s = this.file.strings;
        const decode2 = (rows) => rows.flatMap(([k, u, b, h]) => {
          const build = otherBuildOf({
            key: s[k],
            url: s[u],
            build: s[b],
            sha256: h >= 0 ? b64ToHex(s[h]) : null
          });
          return build ? [build] : [];
        });
        if (version) {
          return decode2((this.file.others ?? []).filter(([k]) => version(OTHER_KEY.exec(s[k])?.[2] ?? "")));
        }
        this.others ??= decode2(this.file.others ?? []);
        return this.others.map((b) => ({ ...b }));
      }
      /** Decodes the given rows (default: all), in the order given; rows the parser rejects are left out. */
      decode(indexes) {
        const { strings: s, rows, urlBase } = this.file;
        const out = [];
        const all = indexes ?? rows.keys();
        for (const i of all) {
          const [t, v, b, h] = rows[i];
          const shape = this.shape(t);
          if (!shape) continue;
          let parts = this.versions.get(v);
          if (!this.versions.has(v)) {
            const m = /^(\d+)\.(\d+)\.(\d+)(.*)$/.exec(s[v]);
            parts = m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] || void 0] : void 0;
            this.versions.set(v, parts);
          }
          if (!parts) continue;
          const version = s[v];
          const tag = s[b];
          const assetName = s[t].replace("{v}", version).replace("{b}", tag);
          const build = {
            key: "",
            version,
            major: parts[0],
            minor: parts[1],
            patch: parts[2],
            prerelease: parts[3],
            variant: shape.variant,
            platform: shape.platform,
            build: tag,
            flavor: shape.flavor,
            format: shape.format,
            assetName,
            url: assetUrl(urlBase, tag, assetName),
            sha256: h >= 0 ? b64ToHex(s[h]) : void 0
          };
          build.key = buildKey(build);
          out.push(build);
        }
        return out;
      }
    };
  }
});

// src/core/catalog/sources/etag-store.ts
var import_node_path8, EtagStore;
var init_etag_store = __esm({
  "src/core/catalog/sources/etag-store.ts"() {
    "use strict";
    init_async_fs();
    import_node_path8 = __toESM(require("node:path"), 1);
    init_builtins();
    init_fs();
    EtagStore = class {
      constructor(dir2) {
        this.dir = dir2;
      }
      dir;
      memory = /* @__PURE__ */ new Map();
      file(url) {
        if (!this.dir) return void 0;
        return import_node_path8.default.join(this.dir, "http", `${sha256().update(url).digest("hex")}.json`);
      }
      async get(url) {
        const hit = this.memory.get(url);
        if (hit) return hit;
        const file = this.file(url);
        if (!file) return void 0;
        try {
          const stored = JSON.parse(await fs.readFile(file, "utf8"));
          if (stored.url !== url || typeof stored.etag !== "string") return void 0;
          this.memory.set(url, stored);
          return stored;
        } catch {
          return void 0;
        }
      }
      async put(url, etag, body) {
        const stored = { url, etag, body };
        this.memory.set(url, stored);
        const file = this.file(url);
        if (!file) return;
        await fs.mkdir(import_node_path8.default.dirname(file), { recursive: true });
        await writeFileAtomic(file, JSON.stringify(stored));
      }
    };
  }
});

// cjs-lazy-lib:@octokit/rest
var require_rest = __commonJS({
  "cjs-lazy-lib:@octokit/rest"(exports2, module2) {
    module2.exports = require("./lib-octokit-rest.cjs");
  }
});

// src/core/catalog/sources/github.ts
function header(e, name) {
  const v = e.response?.headers?.[name];
  return v === void 0 ? void 0 : String(v);
}
function rateLimitError(e, url) {
  const status = e.status;
  const remaining = header(e, "x-ratelimit-remaining");
  const isLimit = status === 429 || status === 403 && (remaining === "0" || /rate limit/i.test(e.message ?? "") || header(e, "retry-after"));
  if (!isLimit) return void 0;
  const reset = header(e, "x-ratelimit-reset");
  const retryAfter2 = header(e, "retry-after");
  const resetAt = reset ? new Date(Number(reset) * 1e3) : retryAfter2 ? new Date(Date.now() + Number(retryAfter2) * 1e3) : void 0;
  const when = resetAt && !Number.isNaN(resetAt.getTime()) ? resetAt.toISOString() : void 0;
  return new RateLimitError(
    `GitHub API rate limit exceeded (HTTP ${status}) for ${url}${when ? `; it resets at ${when}` : ""}. Set GITHUB_TOKEN to raise the limit.`,
    {
      requested: url,
      resetAt: when,
      hint: "Pass a token (GITHUB_TOKEN, the github-token input or --github-token), wait for the reset, or resolve from the bundled snapshot, which makes no API calls."
    }
  );
}
function buildsFromRelease(release) {
  const best = /* @__PURE__ */ new Map();
  for (const asset of release.assets) {
    const a = parseAssetName(asset.name, release.tag_name);
    if (!a) continue;
    const digest = asset.digest?.startsWith("sha256:") ? asset.digest.slice(7).toLowerCase() : void 0;
    const build = pythonBuildOf(a, asset.browser_download_url, digest, "github");
    const id = `${build.key}|${build.flavor}|${build.format}`;
    const rank = optionsRank(a.options);
    const prev = best.get(id);
    if (!prev || rank < prev.rank) best.set(id, { rank, build });
  }
  return [...best.values()].map((x) => x.build);
}
function isRelease(x) {
  const r = x;
  return typeof r === "object" && r !== null && typeof r.tag_name === "string" && Array.isArray(r.assets);
}
function parseSha256Sums2(text4) {
  const out = /* @__PURE__ */ new Map();
  for (const line of text4.split(/\r?\n/)) {
    const m = /^([0-9a-f]{64})\s+\*?(.+?)\s*$/i.exec(line.trim());
    if (m) out.set(decodeURIComponent(m[2]), m[1].toLowerCase());
  }
  return out;
}
var DEFAULT_PBS_REPO2, DEFAULT_API_URL, GitHubReleases;
var init_github = __esm({
  "src/core/catalog/sources/github.ts"() {
    "use strict";
    init_errors();
    init_log();
    init_asset_name();
    init_snapshot_format();
    init_etag_store();
    DEFAULT_PBS_REPO2 = "astral-sh/python-build-standalone";
    DEFAULT_API_URL = "https://api.github.com";
    GitHubReleases = class {
      owner;
      repo;
      apiUrl;
      /** API requests made by this instance (304s included). */
      apiCalls = 0;
      octokitP;
      token;
      etags;
      log;
      fetchOption;
      pageSize;
      releases = /* @__PURE__ */ new Map();
      sums = /* @__PURE__ */ new Map();
      constructor(o = {}) {
        const full = o.repo ?? o.pbsRepo ?? DEFAULT_PBS_REPO2;
        const [owner, repo2] = full.split("/");
        if (!owner || !repo2) throw new TypeError(`the repository must be "owner/repo", got "${full}"`);
        this.owner = owner;
        this.repo = repo2;
        this.apiUrl = (o.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, "");
        this.log = o.logger ?? silentLogger;
        this.fetchOption = o.fetch;
        this.pageSize = o.pageSize ?? 30;
        this.etags = new EtagStore(o.cacheDir);
        this.token = o.token || void 0;
      }
      /** Read on use: reading `globalThis.fetch` loads Node's undici (~30 ms), which a source never asked needs not. */
      get fetchImpl() {
        return this.fetchOption ?? globalThis.fetch;
      }
      /** @octokit/rest loads on the first API request: the snapshot path (the default) never needs it. */
      octokit() {
        this.octokitP ??= Promise.resolve().then(() => __toESM(require_rest(), 1)).then(
          ({ Octokit }) => new Octokit({
            baseUrl: this.apiUrl,
            auth: this.token,
            userAgent: "python-embedded",
            request: { fetch: this.fetchImpl },
            log: { debug: () => {
            }, info: () => {
            }, warn: () => {
            }, error: () => {
            } }
          })
        );
        return this.octokitP;
      }
      urlOf(route, params) {
        const query = Object.entries(params).filter(([k]) => !route.includes(`{${k}}`)).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
        const pathPart = route.replace(/\{(\w+)\}/g, (_, k) => encodeURIComponent(String(params[k])));
        return `${this.apiUrl}${pathPart}${query ? `?${query}` : ""}`;
      }
      /** A conditional GET; returns the body and the `link` header, or undefined on 404. */
      async get(route, params, valid) {
        const url = this.urlOf(route, params);
        const stored = await this.etags.get(url);
        const octokit = await this.octokit();
        this.apiCalls++;
        try {
          const res = await octokit.request(`GET ${route}`, {
            ...params,
            headers: stored ? { "if-none-match": stored.etag } : {}
          });
          if (!valid(res.data)) {
            throw new DownloadError(
              `GitHub API request failed: GET ${url} -> HTTP ${res.status} did not return a GitHub releases document (a proxy or captive portal?).`,
              {
                requested: url,
                status: res.status,
                hint: "Check the network, the proxy and the GitHub API URL (GITHUB_API_URL / --github-api-url)."
              }
            );
          }
          const etag = res.headers.etag;
          if (etag) await this.etags.put(url, etag, { body: res.data, link: res.headers.link });
          this.log.debug(`GET ${url} -> ${res.status}`);
          return { body: res.data, link: res.headers.link };
        } catch (err2) {
          if (err2 instanceof DownloadError) throw err2;
          const e = err2;
          if (e.status === 304 && stored) {
            this.log.debug(`GET ${url} -> 304 (reusing stored response)`);
            return stored.body;
          }
          if (e.status === 404) return void 0;
          const limited = rateLimitError(e, url);
          if (limited) throw limited;
          throw new DownloadError(
            `GitHub API request failed: GET ${url}${e.status ? ` -> HTTP ${e.status}` : ""}: ${e.message ?? String(err2)}`,
            {
              requested: url,
              status: e.status,
              hint: "Check the GitHub API URL (GITHUB_API_URL / --github-api-url), the PBS repo and the token."
            },
            { cause: err2 }
          );
        }
      }
      remember(r) {
        this.releases.set(r.tag_name, r);
        return buildsFromRelease(r);
      }
      /** Rows of one release, or undefined when the tag does not exist. 1 API call. */
      async releaseByTag(tag) {
        const cached = this.releases.get(tag);
        if (cached) return buildsFromRelease(cached);
        const res = await this.get(
          "/repos/{owner}/{repo}/releases/tags/{tag}",
          {
            owner: this.owner,
            repo: this.repo,
            tag
          },
          isRelease
        );
        return res ? this.remember(res.body) : void 0;
      }
      /**
       * Rows of release `tag` as GitHub answered an earlier online run (the stored body of `releases/tags/{tag}`),
       * without a request: offline, a pinned release the bundled catalogue predates. Undefined when never fetched.
       */
      async storedReleaseByTag(tag) {
        const url = this.urlOf("/repos/{owner}/{repo}/releases/tags/{tag}", {
          owner: this.owner,
          repo: this.repo,
          tag
        });
        const body = (await this.etags.get(url))?.body?.body;
        return isRelease(body) ? this.remember(body) : void 0;
      }
      /** Rows of the latest release. 1 API call. */
      async latest() {
        const res = await this.get(
          "/repos/{owner}/{repo}/releases/latest",
          {
            owner: this.owner,
            repo: this.repo
          },
          isRelease
        );
        return res ? { tag: res.body.tag_name, builds: this.remember(res.body) } : void 0;
      }
      /** Every release, newest first, one page (one API call) at a time. */
      async *pages() {
        for await (const releases of this.releasePages()) yield releases.flatMap((r) => this.remember(r));
      }
      /** Every published release's tag, prerelease flag and asset names, newest first, a page at a time. */
      async *summaries() {
        for await (const releases of this.releasePages()) {
          yield releases.map((r) => ({
            tag: r.tag_name,
            prerelease: r.prerelease === true,
            assets: r.assets.map((a) => a.name)
          }));
        }
      }
      /** The tag of the latest release (GitHub's `releases/latest`: no draft, no prerelease). 1 API call. */
      async latestTag() {
        const res = await this.get(
          "/repos/{owner}/{repo}/releases/latest",
          { owner: this.owner, repo: this.repo },
          isRelease
        );
        return res?.body.tag_name;
      }
      async *releasePages() {
        for (let page = 1; ; page++) {
          const res = await this.get(
            "/repos/{owner}/{repo}/releases",
            {
              owner: this.owner,
              repo: this.repo,
              per_page: this.pageSize,
              page
            },
            (b) => Array.isArray(b) && b.every(isRelease)
          );
          if (!res) return;
          yield res.body.filter((r) => !r.draft);
          if (!res.link || !/rel="next"/.test(res.link) || res.body.length === 0) return;
        }
      }
      async fetchText(url) {
        try {
          const res = await this.fetchImpl(url, { redirect: "follow" });
          if (!res.ok) return void 0;
          return await res.text();
        } catch (e) {
          this.log.debug(`could not fetch ${url}: ${e.message}`);
          return void 0;
        }
      }
      /**
       * Fills in a missing sha256 from the release's SHA256SUMS or a `.sha256` companion
       * (downloads, not API calls). Returns the build unchanged when neither lists it.
       */
      async withChecksum(build) {
        if (build.sha256) return build;
        const release = this.releases.get(build.build);
        if (!release) return build;
        const sumsAsset = release.assets.find((a) => a.name === "SHA256SUMS");
        if (sumsAsset) {
          let p = this.sums.get(build.build);
          if (!p) {
            p = this.fetchText(sumsAsset.browser_download_url).then((t) => t ? parseSha256Sums2(t) : void 0);
            this.sums.set(build.build, p);
          }
          const sha = (await p)?.get(build.assetName);
          if (sha) return { ...build, sha256: sha };
        }
        const companion = release.assets.find((a) => decodeURIComponent(a.name) === `${build.assetName}.sha256`);
        if (companion) {
          const text4 = await this.fetchText(companion.browser_download_url);
          const m = text4 && /^([0-9a-f]{64})/i.exec(text4.trim());
          if (m) return { ...build, sha256: m[1].toLowerCase() };
        }
        return build;
      }
    };
  }
});

// src/core/catalog/sources/downloads-json.ts
function refused(location, why, cause) {
  return new ConfigurationError(
    `The Python downloads file ${location} ${why}.`,
    { requested: location, key: "pythonDownloadsJsonUrl", hint: HINT },
    { cause }
  );
}
function buildOfRow(key, row) {
  if (typeof row.url !== "string" || !/^(https?|file):/i.test(row.url))
    return "its url is not an http(s) or file URL";
  const sha2562 = typeof row.sha256 === "string" ? row.sha256.toLowerCase() : void 0;
  const release = typeof row.build === "string" ? row.build : void 0;
  let build;
  if (row.name === "pypy" || row.name === "graalpy") {
    build = release ? otherBuildOf({ key, url: row.url, build: release, sha256: sha2562 }) : void 0;
    if (build && !key.startsWith(`${row.name}-`)) return `its key does not start with ${row.name}-`;
  } else if (row.name === "cpython") {
    const asset = decodeURIComponent(row.url.slice(row.url.lastIndexOf("/") + 1));
    const parsed = parseAssetName(asset, release);
    build = parsed && pythonBuildOf(parsed, row.url, sha2562);
  } else {
    return `its name is ${JSON.stringify(row.name)} (cpython, pypy or graalpy)`;
  }
  if (!build) return "its key, url or build has a shape uv does not write";
  build.source = "downloads";
  return build;
}
function buildsFromDownloadsJson(text4, location, logger) {
  let data;
  try {
    data = JSON.parse(text4);
  } catch (e) {
    throw refused(location, `is not JSON (${e.message})`, e);
  }
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw refused(location, "is not a JSON object of rows keyed by uv key");
  const builds = [];
  for (const [key, row] of Object.entries(data)) {
    const built = row && typeof row === "object" ? buildOfRow(key, row) : "it is not an object";
    if (typeof built === "string") (logger ?? silentLogger).warn(`${location}: row ${key} skipped: ${built}`);
    else builds.push(built);
  }
  if (builds.length === 0) throw refused(location, "has no row that can be installed");
  return builds;
}
async function loadDownloadsJson(location, o = {}) {
  let text4;
  if (/^https?:/i.test(location)) {
    if (o.offline) throw refused(location, "cannot be fetched offline; point the setting at a local copy");
    const res = await (o.fetch ?? globalThis.fetch)(location).catch((e) => {
      throw refused(location, `cannot be fetched (${e.message})`, e);
    });
    if (!res.ok) throw refused(location, `cannot be fetched (HTTP ${res.status})`);
    text4 = await res.text();
  } else {
    const file = location.startsWith("file:") ? (0, import_node_url3.fileURLToPath)(location) : import_node_path9.default.resolve(location);
    text4 = await fs.readFile(file, "utf8").catch((e) => {
      throw refused(location, `cannot be read (${e.code ?? e.message})`, e);
    });
  }
  return buildsFromDownloadsJson(text4, location, o.logger);
}
var import_node_path9, import_node_url3, HINT;
var init_downloads_json = __esm({
  "src/core/catalog/sources/downloads-json.ts"() {
    "use strict";
    init_async_fs();
    import_node_path9 = __toESM(require("node:path"), 1);
    import_node_url3 = require("node:url");
    init_errors();
    init_log();
    init_asset_name();
    init_snapshot_format();
    HINT = `Point it at a JSON object of uv's download-metadata.json shape: {"pypy-3.9.16-linux-x86_64-gnu": {"name": "pypy", "url": "...", "sha256": "...", "build": "7.3.11", ...}}.`;
  }
});

// src/core/catalog/sources/ndjson.ts
function buildsFromNdjson(text4) {
  const out = [];
  for (const raw of text4.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    for (const art of entry.artifacts ?? []) {
      if (typeof art.url !== "string") continue;
      const name = art.url.slice(art.url.lastIndexOf("/") + 1);
      const tag = /\/download\/([^/]+)\/[^/]+$/.exec(art.url)?.[1] ?? (/^\d{8}$/.test(entry.version ?? "") ? entry.version : void 0);
      const a = parseAssetName(name, tag);
      if (!a) continue;
      const build = pythonBuildOf(a, art.url, art.sha256 ? art.sha256.toLowerCase() : void 0, "ndjson");
      out.push(build);
    }
  }
  return out;
}
async function fetchNdjson(url, o = {}) {
  const log = o.logger ?? silentLogger;
  const store = new EtagStore(o.cacheDir);
  const stored = await store.get(url);
  const res = await (o.fetch ?? globalThis.fetch)(url, {
    headers: stored ? { "if-none-match": stored.etag } : {}
  }).catch((e) => {
    throw new DownloadError(
      `Cannot fetch the release index ${url}: ${e.message}`,
      { requested: url },
      { cause: e }
    );
  });
  if (res.status === 304 && stored) {
    log.debug(`GET ${url} -> 304 (reusing stored index)`);
    return buildsFromNdjson(stored.body);
  }
  if (!res.ok) {
    throw new DownloadError(`Cannot fetch the release index ${url}: HTTP ${res.status}`, {
      requested: url,
      status: res.status
    });
  }
  const text4 = await res.text();
  const etag = res.headers.get("etag");
  if (etag) await store.put(url, etag, text4);
  return buildsFromNdjson(text4);
}
var DEFAULT_NDJSON_URL;
var init_ndjson = __esm({
  "src/core/catalog/sources/ndjson.ts"() {
    "use strict";
    init_log();
    init_errors();
    init_asset_name();
    init_snapshot_format();
    init_etag_store();
    DEFAULT_NDJSON_URL = "https://raw.githubusercontent.com/astral-sh/versions/main/v1/python-build-standalone.ndjson";
  }
});

// src/core/catalog/snapshot-bundle.ts
function familyReader(bundle2, key) {
  const text4 = bundle2.families[key];
  if (text4 === void 0) return void 0;
  const table2 = JSON.parse(text4);
  return new SnapshotReader({
    schema: 1,
    origin: bundle2.origin,
    urlBase: bundle2.urlBase,
    count: 0,
    ...table2
  });
}
function decodeBundle(bundle2) {
  return Object.keys(bundle2.families).flatMap((key) => {
    const r = familyReader(bundle2, key);
    return [...r.decode(), ...r.decodeOthers()];
  });
}
var init_snapshot_bundle = __esm({
  "src/core/catalog/snapshot-bundle.ts"() {
    "use strict";
    init_asset_name();
    init_resolve();
    init_snapshot_format();
  }
});

// src/core/catalog/snapshot-file.ts
function snapshotFile() {
  const url = req("node:url");
  return url.fileURLToPath(new URL("./snapshot.json", __pyembedImportMetaUrl));
}
function bundledSnapshot() {
  if (bundle) return bundle;
  const fs3 = req("node:fs");
  const file = snapshotFile();
  let text4;
  try {
    text4 = fs3.readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigurationError(
      `The bundled release catalogue is missing: ${file} (${e.code ?? e.message}).`,
      {
        requested: file,
        hint: "Keep snapshot.json beside the bundle that imports python-embedded (it ships in the package as dist/snapshot.json; a bundler of your own must copy it), or resolve without it: a downloads file (PYEMBED_PYTHON_DOWNLOADS_JSON_URL) or the GitHub source (PYEMBED_CATALOG_SOURCE=github)."
      }
    );
  }
  bundle = JSON.parse(text4);
  return bundle;
}
var import_node_module4, req, bundle;
var init_snapshot_file = __esm({
  "src/core/catalog/snapshot-file.ts"() {
    "use strict";
    import_node_module4 = require("node:module");
    init_errors();
    req = (0, import_node_module4.createRequire)(__pyembedImportMetaUrl);
  }
});

// src/core/catalog/sources/snapshot.ts
function versionTest(test) {
  return (text4) => {
    const v = parseVersion(text4);
    return v !== void 0 && test(v);
  };
}
function snapshotIndex() {
  index ??= createSnapshotIndex();
  return index;
}
function createSnapshotIndex() {
  return new BuildIndex(() => fromSnapshot(decodeBundle(bundledSnapshot())), familyBuilds);
}
var index, readers, fromSnapshot, familyBuilds;
var init_snapshot = __esm({
  "src/core/catalog/sources/snapshot.ts"() {
    "use strict";
    init_version2();
    init_resolve();
    init_snapshot_bundle();
    init_snapshot_file();
    readers = /* @__PURE__ */ new Map();
    fromSnapshot = (builds) => {
      for (const b of builds) b.source = "snapshot";
      return builds;
    };
    familyBuilds = (key, maxLevel, version) => {
      if (!readers.has(key)) readers.set(key, familyReader(bundledSnapshot(), key));
      const reader = readers.get(key);
      if (!reader) return [];
      const upTo = (p) => ARCH_LEVEL(p.archVariant) <= maxLevel;
      const versionText = version && versionTest(version);
      const rows = reader.decode(reader.rowsWhere((shape) => upTo(shape.platform), versionText));
      const others = reader.decodeOthers(versionText).filter((b) => upTo(b.platform));
      return fromSnapshot([...rows, ...others]);
    };
  }
});

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError;
var init_error = __esm({
  "node_modules/smol-toml/dist/error.js"() {
    TomlError = class _TomlError extends Error {
      line;
      column;
      codeblock;
      constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}

${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
      }
      /** @internal */
      static x(message, ctx, ptr) {
        throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
      }
    };
  }
});

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
var init_primitive = __esm({
  "node_modules/smol-toml/dist/primitive.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE, TomlDate;
var init_date = __esm({
  "node_modules/smol-toml/dist/date.js"() {
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    TomlDate = class _TomlDate extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        let c;
        if (typeof date === "string") {
          if (fasttype)
            prep: {
              if (fasttype < 3) {
                if (+date.slice(11, 13) > 23) {
                  date = "";
                  break prep;
                }
                if (fasttype === 2) {
                  offset = null;
                  date += "Z";
                } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
                  offset = date.slice(date.length - 6);
                }
                if (unsafeDelim)
                  date = date.slice(0, 10) + "T" + date.slice(11);
              } else if (fasttype === 4) {
                date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
              }
              hasDate = fasttype !== 4;
              hasTime = fasttype !== 3;
            }
          else {
            let match = date.match(DATE_TIME_RE);
            if (match) {
              if (!match[1]) {
                hasDate = false;
                date = `0000-01-01T${date}`;
              }
              hasTime = !!match[2];
              hasTime && date[10] === " " && (date = date.replace(" ", "T"));
              if (match[2] && +match[2] > 23) {
                date = "";
              } else {
                offset = match[3] || null;
                if (!offset && hasTime)
                  date += "Z";
              }
            } else {
              date = "";
            }
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        let offsetDate = new Date(this.getTime() - offset * 6e4);
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
  }
});

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
var init_extract = __esm({
  "node_modules/smol-toml/dist/extract.js"() {
    init_primitive();
    init_struct();
    init_error();
    init_date();
  }
});

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}
var init_util = __esm({
  "node_modules/smol-toml/dist/util.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/struct.js
function parseKey2(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey2(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
var init_struct = __esm({
  "node_modules/smol-toml/dist/struct.js"() {
    init_primitive();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table2, meta, type) {
  let t = table2;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey2(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey2(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
var init_parse2 = __esm({
  "node_modules/smol-toml/dist/parse.js"() {
    init_struct();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED;
var init_stringify = __esm({
  "node_modules/smol-toml/dist/stringify.js"() {
    HAS_WELLFORMED = !!"".isWellFormed;
  }
});

// node_modules/smol-toml/dist/index.js
var init_dist = __esm({
  "node_modules/smol-toml/dist/index.js"() {
    init_parse2();
    init_stringify();
    init_date();
    init_error();
  }
});

// src/core/versions/poetry.ts
function caret(v) {
  const m = NUMS.exec(v);
  if (!m) return void 0;
  const major = Number(m[1]);
  if (major > 0 || m[2] === void 0) return `>=${v},<${major + 1}.0`;
  const minor2 = Number(m[2]);
  if (minor2 > 0 || m[3] === void 0) return `>=${v},<0.${minor2 + 1}`;
  return `>=${v},<0.0.${Number(m[3]) + 1}`;
}
function tilde(v) {
  const m = NUMS.exec(v);
  if (!m) return void 0;
  if (m[2] === void 0) return `>=${v},<${Number(m[1]) + 1}`;
  return `>=${v},<${m[1]}.${Number(m[2]) + 1}`;
}
function clause(c) {
  if (c.startsWith("^")) return caret(c.slice(1).trim());
  if (c.startsWith("~") && !c.startsWith("~=")) return tilde(c.slice(1).trim());
  if (/^(===|==|!=|<=|>=|~=|<|>)/.test(c)) return c.replace(/\s+/g, "");
  if (c.endsWith(".*")) return `==${c}`;
  const m = NUMS.exec(c);
  if (!m) return void 0;
  return m[3] === void 0 ? `==${c}.*` : `==${c}`;
}
function poetryToPep440(constraint) {
  const alternatives = constraint.split("||").map((a) => a.trim());
  const last = alternatives[alternatives.length - 1];
  if (!last || last === "*") return void 0;
  const clauses = last.replace(/(===|==|!=|<=|>=|~=|<|>|\^|~)\s+/g, "$1").split(/[\s,]+/).filter(Boolean);
  const out = [];
  for (const c of clauses) {
    const pep = clause(c);
    if (!pep) return void 0;
    out.push(pep);
  }
  return out.join(",");
}
var NUMS;
var init_poetry = __esm({
  "src/core/versions/poetry.ts"() {
    "use strict";
    NUMS = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/;
  }
});

// src/core/catalog/spec-files.ts
function meaningfulLines(text4) {
  return text4.split(/\r?\n/).map((l) => l.replace(/#.*$/, "").trim()).filter((l) => l.length > 0);
}
function specsFromLines(text4) {
  const specs = meaningfulLines(text4).map(pyenvVersion);
  return { specs, defaultSpec: specs[specs.length - 1] };
}
async function readText(file) {
  try {
    return await fs.readFile(file, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return void 0;
    throw e;
  }
}
function fromPyproject(doc) {
  const rp = text2(tableAt(doc, "project")?.["requires-python"]);
  if (rp) return [rp];
  const poetry = tableAt(doc, "tool", "poetry", "dependencies")?.python;
  const constraint = text2(poetry) ?? text2(tableAt({ poetry }, "poetry")?.version);
  const spec = constraint && poetryToPep440(constraint);
  return spec ? [spec] : [];
}
function fromPipfile(doc) {
  const requires = tableAt(doc, "requires");
  const spec = text2(requires?.python_full_version) ?? text2(requires?.python_version);
  return spec ? [spec] : [];
}
function specsFromText(fileName, body) {
  const base = import_node_path10.default.basename(fileName);
  if (base === ".tool-versions") {
    for (const line of meaningfulLines(body)) {
      const [tool, ...versions] = line.split(/\s+/);
      if (tool === "python") return versions.filter((v) => v !== "system").map(pyenvVersion);
    }
    return [];
  }
  if (base.endsWith(".toml")) return fromPyproject(parse(body));
  if (base === "Pipfile") return fromPipfile(parse(body));
  return meaningfulLines(body).map(pyenvVersion).filter((l) => l !== "system");
}
async function readSpecFile(file) {
  const abs = import_node_path10.default.resolve(file);
  const body = await readText(abs);
  if (body === void 0) return void 0;
  const specs = specsFromText(abs, body);
  return specs.length ? { spec: specs[0], source: abs, specs } : void 0;
}
async function findSpecFromFiles(dir2) {
  const current2 = import_node_path10.default.resolve(dir2);
  for (const name of SPEC_FILES) {
    const found = await readSpecFile(import_node_path10.default.join(current2, name)).catch(() => void 0);
    if (found) return found;
  }
  return void 0;
}
var import_node_path10, SPEC_FILES, pyenvVersion, tableAt, text2;
var init_spec_files = __esm({
  "src/core/catalog/spec-files.ts"() {
    "use strict";
    init_async_fs();
    import_node_path10 = __toESM(require("node:path"), 1);
    init_dist();
    init_poetry();
    SPEC_FILES = [
      ".python-version",
      ".python-versions",
      ".tool-versions",
      "pyproject.toml",
      "Pipfile"
    ];
    pyenvVersion = (line) => line.replace(/^([^/\s]+)\/envs\/.+$/, "$1");
    tableAt = (doc, ...keys) => {
      let t = doc;
      for (const k of keys) t = t && typeof t === "object" ? t[k] : void 0;
      return t && typeof t === "object" ? t : void 0;
    };
    text2 = (v) => typeof v === "string" && v.trim() ? v.trim() : void 0;
  }
});

// src/core/catalog/layout.ts
function installableFormat(build) {
  if (build.format === "tar.bz2") {
    throw new PythonInstallationError(
      `${build.key} resolves, but its archive is .tar.bz2, which the installer cannot unpack.`,
      {
        requested: build.key,
        available: [build.url],
        hint: "Use a catalogue row published as .tar.gz, .tar.zst or .zip (every row of the bundled catalogue is)."
      }
    );
  }
  return build.format;
}
var init_layout = __esm({
  "src/core/catalog/layout.ts"() {
    "use strict";
    init_errors();
  }
});

// src/core/catalog/index.ts
function newer(a, b) {
  if (!a) return b;
  if (!b) return a;
  const c = compareVersionText(a.version, b.version);
  if (c !== 0) return c > 0 ? a : b;
  return b.build > a.build ? b : a;
}
function createCatalog(o = {}) {
  const source = o.source ?? "auto";
  if (!["snapshot", "ndjson", "github", "auto"].includes(source)) {
    throw new TypeError(`Unknown catalog source "${source}" (snapshot, ndjson, github or auto).`);
  }
  return new SourceCatalog(source, o);
}
var SourceCatalog;
var init_catalog = __esm({
  "src/core/catalog/index.ts"() {
    "use strict";
    init_errors();
    init_log();
    init_spec2();
    init_version2();
    init_resolve();
    init_github();
    init_downloads_json();
    init_ndjson();
    init_snapshot();
    init_resolve();
    init_spec_files();
    init_asset_name();
    init_snapshot();
    init_layout();
    init_github();
    init_ndjson();
    init_downloads_json();
    SourceCatalog = class {
      constructor(source, o) {
        this.source = source;
        this.o = o;
        this.log = o.logger ?? silentLogger;
      }
      source;
      o;
      log;
      github;
      ndjson;
      downloads;
      get apiCalls() {
        return this.github?.apiCalls ?? 0;
      }
      gh() {
        if (!this.github) {
          this.github = new GitHubReleases({
            apiUrl: this.o.apiUrl ?? DEFAULT_API_URL,
            token: this.o.token,
            pbsRepo: this.o.pbsRepo ?? DEFAULT_PBS_REPO2,
            cacheDir: this.o.cacheDir,
            logger: this.o.logger,
            fetch: this.o.fetch,
            pageSize: this.o.pageSize
          });
        }
        return this.github;
      }
      ndjsonIndex() {
        if (!this.ndjson) {
          const url = this.o.ndjsonUrl ?? DEFAULT_NDJSON_URL;
          this.ndjson = fetchNdjson(url, {
            cacheDir: this.o.cacheDir,
            fetch: this.o.fetch,
            logger: this.o.logger
          }).then((builds) => BuildIndex.of(builds));
          this.ndjson.catch(() => this.ndjson = void 0);
        }
        return this.ndjson;
      }
      /** The user's downloads file, read once (undefined when none is configured). */
      downloadsIndex() {
        const location = this.o.downloadsJson;
        if (!location) return Promise.resolve(void 0);
        if (!this.downloads) {
          this.downloads = loadDownloadsJson(location, this.o).then((builds) => BuildIndex.of(builds));
          this.downloads.catch(() => this.downloads = void 0);
        }
        return this.downloads;
      }
      async resolve(spec, o = {}) {
        const request = parsePythonRequest(spec);
        const fromDownloads = (await this.downloadsIndex())?.find(request, o)?.build;
        if (fromDownloads) {
          this.log.debug(`resolved ${request.text} -> ${fromDownloads.key} from ${this.o.downloadsJson}`);
          return fromDownloads;
        }
        switch (this.source) {
          case "snapshot":
            return this.resolveSnapshot(request, o);
          case "ndjson":
            return (await this.ndjsonIndex()).resolve(request, o);
          case "github":
            return this.resolveGitHub(request, o, void 0, true);
          case "auto":
            return this.resolveAuto(request, o);
        }
      }
      async resolveSnapshot(request, o) {
        const snap = snapshotIndex();
        if (!this.o.offline || !o.build || snap.hasBuild(o.build)) return snap.resolve(request, o);
        const stored = await this.fromStoredRelease(request, o);
        if (!stored) throw snap.noMatchError(request, o);
        return stored;
      }
      /** A pinned release as GitHub answered an earlier online run (stored under cacheDir); no request. */
      async fromStoredRelease(request, o) {
        if (!o.build) return void 0;
        const found = BuildIndex.of(await this.gh().storedReleaseByTag(o.build) ?? []).find(request, o)?.build;
        if (found)
          this.log.debug(
            `resolved ${request.text} -> ${found.key} (${found.build}) from a stored GitHub release`
          );
        return found;
      }
      async resolveAuto(request, o) {
        const snap = snapshotIndex();
        const fromSnapshot2 = snap.find(request, o)?.build;
        if (request.implementation !== "cpython") {
          if (fromSnapshot2) return fromSnapshot2;
          throw snap.noMatchError(request, o);
        }
        if (fromSnapshot2 && !o.checkLatest) {
          this.log.debug(
            `resolved ${request.text} -> ${fromSnapshot2.key} (${fromSnapshot2.build}) from the snapshot`
          );
          return fromSnapshot2;
        }
        if (this.o.ndjsonUrl) {
          try {
            const found = (await this.ndjsonIndex()).find(request, o)?.build;
            const best = newer(fromSnapshot2, found);
            if (best) return best;
          } catch (e) {
            this.log.warn(`release index unavailable (${e.message}); trying GitHub releases`);
          }
        }
        if (fromSnapshot2 && o.build) return fromSnapshot2;
        try {
          return await this.resolveGitHub(request, o, fromSnapshot2, false);
        } catch (e) {
          if (e instanceof InvalidPythonVersionError || e instanceof RateLimitError) {
            if (fromSnapshot2 && e instanceof RateLimitError) {
              this.log.warn(`${e.message} Using ${fromSnapshot2.key} from the bundled snapshot.`);
              return fromSnapshot2;
            }
            throw e;
          }
          this.log.warn(`could not read GitHub releases (${e.message})`);
          if (fromSnapshot2) return fromSnapshot2;
          const stored = await this.fromStoredRelease(request, o);
          if (stored) return stored;
          throw snap.noMatchError(request, o);
        }
      }
      /**
       * Fewest calls: a pinned build = releases/tags/{tag}; else releases/latest, then (source `github`
       * only) release pages, newest first, until something matches.
       */
      async resolveGitHub(request, o, known, scanPages) {
        const gh = this.gh();
        if (o.build) {
          const builds = await gh.releaseByTag(o.build);
          const index2 = BuildIndex.of(builds ?? []);
          const found = index2.find(request, o)?.build;
          if (found) return gh.withChecksum(found);
          if (builds) throw index2.noMatchError(request, o);
          throw snapshotIndex().noMatchError(request, o);
        }
        const latest2 = await gh.latest();
        const fromLatest = latest2 ? BuildIndex.of(latest2.builds).find(request, o)?.build : void 0;
        if (fromLatest || known) {
          const best = newer(known, fromLatest);
          return best === known ? best : gh.withChecksum(best);
        }
        const seen = latest2?.builds ?? [];
        if (!scanPages) throw BuildIndex.of([...snapshotIndex().all(), ...seen]).noMatchError(request, o);
        for await (const page of gh.pages()) {
          seen.push(...page);
          const found = BuildIndex.of(seen).find(request, o)?.build;
          if (found) return gh.withChecksum(found);
        }
        if (seen.length === 0) {
          throw new ConfigurationError(
            `No python-build-standalone releases found in ${gh.owner}/${gh.repo} at ${gh.apiUrl}.`,
            {
              requested: `${gh.owner}/${gh.repo}`,
              hint: "Check the PBS repo (PYEMBED_PBS_REPO / --pbs-repo) and the GitHub API URL (GITHUB_API_URL)."
            }
          );
        }
        throw BuildIndex.of([...snapshotIndex().all(), ...seen]).noMatchError(request, o);
      }
      async list(o = {}) {
        const downloads = await this.downloadsIndex();
        const listed = await this.listSource(o);
        return downloads ? BuildIndex.of([...downloads.all(), ...listed]).list(o) : listed;
      }
      async listSource(o) {
        switch (this.source) {
          case "snapshot":
          case "auto":
            if (this.source === "snapshot" || !o.build || snapshotIndex().hasBuild(o.build))
              return snapshotIndex().list(o);
            return BuildIndex.of(await this.gh().releaseByTag(o.build) ?? []).list(o);
          case "ndjson":
            return (await this.ndjsonIndex()).list(o);
          case "github": {
            if (o.build) return BuildIndex.of(await this.gh().releaseByTag(o.build) ?? []).list(o);
            const all = [];
            for await (const page of this.gh().pages()) all.push(...page);
            return BuildIndex.of(all).list(o);
          }
        }
      }
    };
  }
});

// src/core/catalog/from-config.ts
function catalogOptions(o) {
  return {
    source: o.offline ? "snapshot" : o.catalogSource,
    ndjsonUrl: o.ndjsonUrl,
    downloadsJson: o.pythonDownloadsJsonUrl,
    offline: o.offline,
    apiUrl: o.githubApiUrl,
    token: o.githubToken,
    pbsRepo: o.pbsRepo,
    cacheDir: import_node_path11.default.join(o.root, ".catalog")
  };
}
function catalogFromConfig(o, logger) {
  return createCatalog({ ...catalogOptions(o), logger });
}
var import_node_path11;
var init_from_config = __esm({
  "src/core/catalog/from-config.ts"() {
    "use strict";
    import_node_path11 = __toESM(require("node:path"), 1);
    init_catalog();
  }
});

// src/cli/commands/shared.ts
function catalogFor(o, logger) {
  return catalogFromConfig(o, logger);
}
function platformOpt(opts) {
  return typeof opts.platform === "string" ? parsePlatform(opts.platform) : void 0;
}
function buildJson(b) {
  return {
    key: b.key,
    version: b.version,
    build: b.build,
    url: b.url,
    sha256: b.sha256,
    assetName: b.assetName,
    platform: platformKey(b.platform),
    variant: b.variant,
    flavor: b.flavor,
    format: b.format,
    prerelease: b.prerelease
  };
}
var init_shared = __esm({
  "src/cli/commands/shared.ts"() {
    "use strict";
    init_from_config();
    init_platform();
  }
});

// src/cli/commands/catalog.ts
var catalog_exports = {};
__export(catalog_exports, {
  listAvailableCommand: () => listAvailableCommand,
  resolveCommand: () => resolveCommand
});
async function resolveCommand(ctx, args, opts) {
  const catalog = catalogFor(ctx.options, ctx.logger);
  const build = await catalog.resolve(args[0], {
    platform: platformOpt(opts),
    build: ctx.options.build,
    flavor: ctx.options.flavor,
    checkLatest: Boolean(opts.checkLatest) && !ctx.options.offline
  });
  const data = {
    ...buildJson(build),
    ...ctx.options.mirror ? { downloadUrl: mirrorUrlFor(build, ctx.options.mirror) } : {},
    spec: args[0],
    catalog: catalog.source,
    apiCalls: catalog.apiCalls
  };
  return {
    data,
    human: table([
      ["key", build.key],
      ["version", build.version],
      ["build", build.build],
      ["asset", build.assetName],
      ["url", build.url],
      ["sha256", build.sha256 ?? "(unknown)"],
      ...data.downloadUrl ? [["download", data.downloadUrl]] : []
    ])
  };
}
async function listAvailableCommand(ctx, _args, opts) {
  const platform = platformOpt(opts) ?? hostPlatform();
  const catalog = catalogFor(ctx.options, ctx.logger);
  const builds = await catalog.list({
    platform,
    build: ctx.options.build,
    flavor: ctx.options.flavor,
    all: Boolean(opts.all)
  });
  return {
    data: { platform: platformKey(platform), count: builds.length, builds: builds.map(buildJson) },
    human: table(
      builds.map((b) => [b.version, b.build, b.key]),
      ["version", "build", "key"]
    )
  };
}
var init_catalog2 = __esm({
  "src/cli/commands/catalog.ts"() {
    "use strict";
    init_mirror();
    init_platform();
    init_output();
    init_shared();
  }
});

// src/cli/specs/catalog.ts
var load, resolve, listAvailable;
var init_catalog3 = __esm({
  "src/cli/specs/catalog.ts"() {
    "use strict";
    init_options2();
    load = () => Promise.resolve().then(() => (init_catalog2(), catalog_exports));
    resolve = {
      name: "resolve",
      description: "resolve a spec to one build (key, version, build, url, sha256) without downloading",
      arguments: [
        {
          name: "<spec>",
          description: "Python spec, e.g. 3.12, >=3.11,<3.13, 3.13t, cpython-3.12.5-linux-x86_64-gnu"
        }
      ],
      options: [PLATFORM, CHECK_LATEST],
      handler: () => load().then((m) => m.resolveCommand)
    };
    listAvailable = {
      name: "list-available",
      description: "versions available for a platform, newest first",
      options: [PLATFORM, { flags: "--all", description: "every build, not only the newest per version" }],
      handler: () => load().then((m) => m.listAvailableCommand)
    };
  }
});

// src/core/config/load.ts
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
    const file = import_node_path12.default.resolve(cwd, named);
    if (!(0, import_node_fs5.existsSync)(file)) {
      throw new ConfigurationError(`Config file ${file} does not exist.`, {
        key: "config",
        source: explicit ? "flag --config" : "env PYEMBED_CONFIG",
        requested: file,
        hint: "Point --config / PYEMBED_CONFIG at an existing JSON file, or unset it."
      });
    }
    return file;
  }
  return CONFIG_FILE_NAMES.map((n) => import_node_path12.default.join(cwd, n)).find((f) => (0, import_node_fs5.existsSync)(f));
}
function readConfigFile(file) {
  let data;
  try {
    data = JSON.parse((0, import_node_fs5.readFileSync)(file, "utf8"));
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
  const cwd = import_node_path12.default.resolve(input.cwd ?? process.cwd());
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
      baseDir = import_node_path12.default.dirname(file);
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
var import_node_fs5, import_node_path12, CONFIG_FILE_NAMES;
var init_load = __esm({
  "src/core/config/load.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_path12 = __toESM(require("node:path"), 1);
    init_errors();
    init_keys();
    CONFIG_FILE_NAMES = ["pyembed.json", ".pyembedrc.json"];
  }
});

// src/core/config/index.ts
var init_config = __esm({
  "src/core/config/index.ts"() {
    "use strict";
    init_options();
    init_keys();
    init_load();
  }
});

// src/cli/commands/config.ts
var config_exports = {};
__export(config_exports, {
  configShowCommand: () => configShowCommand
});
async function configShowCommand(ctx) {
  const shown = describeConfig(ctx.config);
  const rows = Object.entries(shown.options).map(([key, o]) => [
    key,
    o.value === void 0 ? "-" : Array.isArray(o.value) ? o.value.join(" ") || "-" : String(o.value),
    ctx.style.dim(o.source)
  ]);
  return {
    data: shown,
    human: [`config file: ${shown.file ?? "(none)"}`, ...table(rows, ["option", "value", "source"])]
  };
}
var init_config2 = __esm({
  "src/cli/commands/config.ts"() {
    "use strict";
    init_config();
    init_output();
  }
});

// src/cli/specs/config.ts
var config;
var init_config3 = __esm({
  "src/cli/specs/config.ts"() {
    "use strict";
    config = {
      name: "config",
      description: "configuration (flag > env > config file > default)",
      commands: [
        {
          name: "show",
          description: "every option, its value and where it came from",
          handler: () => Promise.resolve().then(() => (init_config2(), config_exports)).then((m) => m.configShowCommand)
        }
      ]
    };
  }
});

// src/core/diagnose/disk.ts
async function freeDiskCheck(root, minFreeBytes = GiB) {
  const where = await nearestExisting(root);
  try {
    const st = await fs.statfs(where);
    const free = Number(st.bavail) * Number(st.bsize);
    const data = { path: root, measuredAt: where, freeBytes: free, minFreeBytes };
    const text4 = `${formatBytes2(free)} free in ${root}`;
    if (free < minFreeBytes / 8) {
      return {
        group: "disk",
        name: "free disk",
        status: "fail",
        detail: `${text4}; one Python needs ~100-300 MB: free some space.`,
        data
      };
    }
    if (free < minFreeBytes) {
      return {
        group: "disk",
        name: "free disk",
        status: "warn",
        detail: `${text4} (below ${formatBytes2(minFreeBytes)}).`,
        data
      };
    }
    return { group: "disk", name: "free disk", status: "ok", detail: text4, data };
  } catch (e) {
    return {
      group: "disk",
      name: "free disk",
      status: "warn",
      detail: `cannot measure free space in ${root}: ${e.message}`
    };
  }
}
async function writableCheck(dir2) {
  const where = await nearestExisting(dir2);
  const exists2 = import_node_path13.default.resolve(dir2) === where;
  if (!(await fs.stat(where)).isDirectory()) {
    return {
      group: "dirs",
      name: dir2,
      status: "fail",
      detail: `${where} is a file, not a directory.`,
      data: { exists: false }
    };
  }
  const why = await whyNotWritable(where);
  if (why) {
    return {
      group: "dirs",
      name: dir2,
      status: "fail",
      detail: `not writable (${why} at ${where}); choose another directory or fix its permissions.`,
      data: { exists: exists2 }
    };
  }
  return {
    group: "dirs",
    name: dir2,
    status: "ok",
    detail: exists2 ? "writable" : `does not exist yet; creatable under ${where}`,
    data: { exists: exists2 }
  };
}
function formatBytes2(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
var import_node_path13, GiB;
var init_disk = __esm({
  "src/core/diagnose/disk.ts"() {
    "use strict";
    init_async_fs();
    import_node_path13 = __toESM(require("node:path"), 1);
    init_fs();
    GiB = 1024 ** 3;
  }
});

// src/core/exec/kill-tree.ts
function windowsProcesses() {
  const script = 'Get-CimInstance Win32_Process | ForEach-Object { "$($_.ProcessId) $($_.ParentProcessId) $(([DateTimeOffset]$_.CreationDate).ToUnixTimeMilliseconds())" }';
  const r = childProcessModule().spawnSync(
    "powershell",
    ["-NoProfile", "-NonInteractive", "-Command", script],
    {
      encoding: "utf8",
      windowsHide: true,
      timeout: 15e3
    }
  );
  return (r.stdout ?? "").split(/\r?\n/).map((line) => line.trim().split(/\s+/).map(Number)).filter(([pid, ppid]) => pid > 0 && Number.isFinite(ppid)).map(([pid, ppid, startedMs]) => ({ pid, ppid, startedMs }));
}
function parentMap() {
  const map = /* @__PURE__ */ new Map();
  if (process.platform === "linux") {
    for (const name of (0, import_node_fs6.readdirSync)("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = (0, import_node_fs6.readFileSync)(`/proc/${name}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        map.set(Number(name), ppid);
      } catch {
      }
    }
    return map;
  }
  try {
    const out = childProcessModule().execFileSync("ps", ["-A", "-o", "pid=,ppid="], { encoding: "utf8" });
    for (const line of out.split("\n")) {
      const [pid, ppid] = line.trim().split(/\s+/).map(Number);
      if (pid > 0) map.set(pid, ppid);
    }
  } catch {
  }
  return map;
}
function descendants(pid, table2 = nativeProcessControl.list()) {
  const children = /* @__PURE__ */ new Map();
  for (const { pid: p, ppid: pp } of table2) {
    const list4 = children.get(pp);
    if (list4) list4.push(p);
    else children.set(pp, [p]);
  }
  const found = [];
  const stack = [pid];
  while (stack.length > 0) {
    for (const c of children.get(stack.pop()) ?? []) {
      found.push(c);
      stack.push(c);
    }
  }
  return found;
}
function trySignal(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
  }
}
function killTree(pid, o = { group: true }, os7 = nativeProcessControl) {
  const signal = o.signal ?? "SIGKILL";
  if (os7.platform === "win32") return killWindowsTree(pid, Boolean(o.leaderExited), os7);
  if (o.leaderExited) {
    if (o.group) os7.signal(-pid, signal);
    return;
  }
  const tree = descendants(pid, os7.list());
  if (o.group) os7.signal(-pid, signal);
  os7.signal(pid, signal);
  for (const d of tree) os7.signal(d, signal);
}
function killWindowsTree(pid, leaderExited, os7) {
  if (!leaderExited) return os7.taskkillTree(pid);
  const life = lifetimes.get(pid);
  if (!life) return;
  const endedMs = life.endedMs ?? Date.now();
  for (const p of os7.list()) {
    if (p.ppid !== pid || p.startedMs === void 0) continue;
    if (p.startedMs >= life.startedMs && p.startedMs <= endedMs) os7.taskkillTree(p.pid);
  }
}
function trackChild(pid, group, startedMs = Date.now()) {
  live.set(pid, group);
  lifetimes.delete(pid);
  lifetimes.set(pid, { startedMs });
  if (lifetimes.size > MAX_LIFETIMES) lifetimes.delete(lifetimes.keys().next().value);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", () => {
      for (const [p, g] of live) killTree(p, { group: g });
    });
  }
}
function untrackChild(pid, endedMs = Date.now()) {
  live.delete(pid);
  const life = lifetimes.get(pid);
  if (life) life.endedMs ??= endedMs;
}
var import_node_fs6, nativeProcessControl, live, exitHookInstalled, lifetimes, MAX_LIFETIMES;
var init_kill_tree = __esm({
  "src/core/exec/kill-tree.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    init_builtins();
    nativeProcessControl = {
      platform: process.platform,
      list: () => process.platform === "win32" ? windowsProcesses() : [...parentMap()].map(([pid, ppid]) => ({ pid, ppid })),
      signal: trySignal,
      taskkillTree: (pid) => childProcessModule().spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], {
        windowsHide: true,
        stdio: "ignore"
      })
    };
    live = /* @__PURE__ */ new Map();
    exitHookInstalled = false;
    lifetimes = /* @__PURE__ */ new Map();
    MAX_LIFETIMES = 256;
  }
});

// src/core/idle.ts
function childStarted() {
  if (registry.scheduled || tasks.size === 0) return;
  registry.scheduled = true;
  setImmediate(() => {
    registry.scheduled = false;
    for (const task of [...tasks]) {
      try {
        task();
      } catch {
      }
    }
  });
}
var KEY, registry, tasks;
var init_idle = __esm({
  "src/core/idle.ts"() {
    "use strict";
    KEY = /* @__PURE__ */ Symbol.for("python-embedded.idle");
    registry = globalThis[KEY] ??= { tasks: /* @__PURE__ */ new Set(), scheduled: false };
    tasks = registry.tasks;
  }
});

// src/core/uv/spawn.ts
function lineSplitter(cb) {
  let tail = "";
  return {
    push(b) {
      if (!cb) return;
      const parts = (tail + b.toString("utf8")).split(/\r?\n/);
      tail = parts.pop() ?? "";
      for (const l of parts) cb(l);
    },
    end() {
      if (cb && tail) cb(tail);
      tail = "";
    }
  };
}
function spawnCapture(command, args, o = {}) {
  return new Promise((resolve2, reject) => {
    const started = Date.now();
    if (o.signal?.aborted) {
      reject(o.signal.reason instanceof Error ? o.signal.reason : new Error("The operation was aborted."));
      return;
    }
    const group = process.platform !== "win32";
    const child = childProcessModule().spawn(command, args, {
      cwd: o.cwd,
      env: o.env ?? process.env,
      stdio: [o.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      windowsHide: true,
      shell: false,
      detached: group
    });
    let exited = false;
    if (child.pid !== void 0) {
      trackChild(child.pid, group);
      o.onSpawn?.(child.pid, group);
      childStarted();
    }
    child.on("exit", () => {
      exited = true;
      if (child.pid !== void 0) untrackChild(child.pid);
    });
    const out = [];
    const err2 = [];
    let killed;
    let closeGrace;
    const outLines = lineSplitter(o.onStdout);
    const errLines = lineSplitter(o.onStderr);
    child.stdout?.on("data", (b) => {
      out.push(b);
      outLines.push(b);
    });
    child.stderr?.on("data", (b) => {
      err2.push(b);
      errLines.push(b);
    });
    const kill = (why) => {
      killed = why;
      if (child.pid !== void 0) killTree(child.pid, { group, leaderExited: exited });
      closeGrace ??= setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
      }, 2e3);
    };
    const onAbort = () => kill("aborted");
    o.signal?.addEventListener("abort", onAbort, { once: true });
    const timer = o.timeoutMs ? setTimeout(() => kill("timeout"), o.timeoutMs) : void 0;
    child.on("error", (e) => {
      if (timer) clearTimeout(timer);
      if (child.pid !== void 0) untrackChild(child.pid);
      o.signal?.removeEventListener("abort", onAbort);
      reject(e);
    });
    child.on("close", (code, sig) => {
      if (timer) clearTimeout(timer);
      if (closeGrace) clearTimeout(closeGrace);
      outLines.end();
      errLines.end();
      o.signal?.removeEventListener("abort", onAbort);
      resolve2({
        exitCode: code ?? (sig ? 128 + 9 : 1),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err2).toString("utf8"),
        durationMs: Date.now() - started,
        killed
      });
    });
    if (o.input !== void 0) child.stdin?.end(o.input);
  });
}
var init_spawn = __esm({
  "src/core/uv/spawn.ts"() {
    "use strict";
    init_kill_tree();
    init_builtins();
    init_idle();
  }
});

// src/core/python/probe.ts
function isPythonEnvironmentVariable(name) {
  const upper = name.toUpperCase();
  return upper.startsWith("PYTHON") || DROPPED_EXACT.has(upper);
}
function isolatedPythonEnv(base = process.env) {
  const env = {};
  for (const [k, v] of Object.entries(base)) if (!isPythonEnvironmentVariable(k)) env[k] = v;
  return env;
}
function runIsolated(python, args, o = {}) {
  return spawnCapture(python, ["-I", ...args], {
    signal: o.signal,
    timeoutMs: o.timeoutMs ?? 6e4,
    env: isolatedPythonEnv()
  });
}
async function probeInterpreter(python, o = {}) {
  let r;
  try {
    r = await runIsolated(python, ["-c", PROBE_SCRIPT, ...o.modules ?? []], o);
  } catch (e) {
    throw doesNotRun(python, e.message, "");
  }
  if (r.exitCode !== 0 || r.killed) {
    const why = r.killed === "timeout" ? "no answer in time" : `exit code ${r.exitCode}`;
    throw doesNotRun(python, r.stderr.trim().split("\n").pop() || why, r.stderr);
  }
  try {
    return JSON.parse(r.stdout.trim().split("\n").pop() ?? "");
  } catch {
    throw new PythonInstallationError(`The interpreter ${python} gave no readable answer.`, {
      requested: python,
      stdout: r.stdout
    });
  }
}
function doesNotRun(python, why, stderr) {
  return new PythonInstallationError(`The interpreter ${python} does not run: ${why}`, {
    requested: python,
    reason: why,
    stderr: stderr.trim().slice(-2e3),
    hint: "The build may not suit this machine (libc, CPU) or the files are damaged; reinstall it."
  });
}
var DROPPED_EXACT, PROBE_SCRIPT;
var init_probe = __esm({
  "src/core/python/probe.ts"() {
    "use strict";
    init_errors();
    init_spawn();
    DROPPED_EXACT = /* @__PURE__ */ new Set(["VIRTUAL_ENV", "VIRTUAL_ENV_PROMPT", "CONDA_PREFIX", "__PYVENV_LAUNCHER__"]);
    PROBE_SCRIPT = String.raw`import os, sys
def q(s):
    out = []
    for c in s:
        o = ord(c)
        if 32 <= o < 127 and c != '"' and c != '\\': out.append(c)
        elif o > 0xFFFF: out.append('\\u%04x\\u%04x' % (0xD7C0 + (o >> 10), 0xDC00 + (o & 0x3FF)))
        else: out.append('\\u%04x' % o)
    return '"' + ''.join(out) + '"'
v = sys.version_info
tag = {'alpha': 'a', 'beta': 'b', 'candidate': 'rc'}.get(v[3])
version = '%d.%d.%d' % tuple(v[:3]) + (tag + str(v[4]) if tag else '')
if os.name == 'nt' or not hasattr(sys, 'abiflags'):
    import platform, sysconfig
    machine, ft = platform.machine(), bool(sysconfig.get_config_var('Py_GIL_DISABLED'))
else:
    machine, ft = os.uname().machine, 't' in sys.abiflags
missing = []
for m in sys.argv[1:]:
    try: __import__(m)
    except Exception: missing.append(m)
b = lambda x: 'true' if x else 'false'
print('{"version": %s, "versionInfo": [%d, %d, %d, %s, %d], "implementation": %s, "executable": %s, '
  '"prefix": %s, "basePrefix": %s, "platform": %s, "sysVersion": %s, "machine": %s, "freethreaded": %s, '
  '"debug": %s, "missingModules": [%s]}' % (q(version), v[0], v[1], v[2], q(v[3]), v[4],
  q(sys.implementation.name), q(sys.executable), q(sys.prefix), q(sys.base_prefix), q(sys.platform),
  q(sys.version), q(machine), b(ft), b(hasattr(sys, 'gettotalrefcount')), ', '.join(q(m) for m in missing)))`;
  }
});

// src/core/venvs/layout.ts
function venvBinDir(venvDir) {
  return import_node_path14.default.join(venvDir, isWindowsHost() ? "Scripts" : "bin");
}
function venvPython(venvDir) {
  return import_node_path14.default.join(venvBinDir(venvDir), isWindowsHost() ? "python.exe" : "python");
}
function validateVenvName(name) {
  const bad = (why) => {
    throw new ConfigurationError(`Invalid virtual environment name ${JSON.stringify(name)}: ${why}.`, {
      requested: String(name),
      hint: 'Use letters, digits, ".", "_" and "-", e.g. "default" or "py311-tests".'
    });
  };
  if (typeof name !== "string" || name.length === 0) bad("it is empty");
  if (name !== name.trim()) bad("it has leading or trailing spaces");
  if (name === "." || name === ".." || name.includes("..")) bad('it contains ".."');
  if (/[/\\]/.test(name)) bad("it contains a path separator");
  if (/[\x00-\x1f\x7f<>:"|?*]/.test(name)) bad("it contains characters not allowed in file names");
  if (WINDOWS_DEVICE.test(name))
    bad("it is a Windows device name (CON, NUL, COM1...), with or without extension");
  if (/[. ]$/.test(name)) bad('it ends in "." or " ", which Windows strips');
  if (name === META_DIR || name.startsWith(".tmp-")) bad("it is reserved");
  if (name.length > 100) bad("it is longer than 100 characters");
  return name;
}
async function readPyvenvCfg(venvDir) {
  let text4;
  try {
    text4 = await fs.readFile(import_node_path14.default.join(venvDir, "pyvenv.cfg"), "utf8");
  } catch {
    return void 0;
  }
  const out = {};
  for (const line of text4.split(/\r?\n/)) {
    const m = /^\s*([^=#]+?)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1].toLowerCase()] = m[2];
  }
  return out;
}
async function setPyvenvCfgValue(venvDir, key, value) {
  const file = import_node_path14.default.join(venvDir, "pyvenv.cfg");
  const text4 = await fs.readFile(file, "utf8");
  const re = new RegExp(`^(\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=).*$`, "mi");
  const next = re.test(text4) ? text4.replace(re, `$1 ${value}`) : `${text4.replace(/\n?$/, "\n")}${key} = ${value}
`;
  await fs.writeFile(file, next);
}
async function treeSize(dir2) {
  let total = 0;
  let entries;
  try {
    entries = await fs.readdir(dir2, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = import_node_path14.default.join(dir2, e.name);
    if (e.isDirectory()) total += await treeSize(p);
    else total += (await fs.lstat(p).catch(() => ({ size: 0 }))).size;
  }
  return total;
}
async function sitePackagesDirs(venvDir) {
  const out = [];
  const win = import_node_path14.default.join(venvDir, "Lib", "site-packages");
  if (isDirSync(win)) out.push(win);
  for (const lib of ["lib", "lib64"]) {
    const base = import_node_path14.default.join(venvDir, lib);
    const st = (0, import_node_fs7.lstatSync)(base, { throwIfNoEntry: false });
    if (!st?.isDirectory()) continue;
    let names = [];
    try {
      names = (0, import_node_fs7.readdirSync)(base);
    } catch {
      continue;
    }
    for (const d of names) {
      const sp = import_node_path14.default.join(base, d, "site-packages");
      if (d.startsWith("python") && isDirSync(sp)) out.push(sp);
    }
  }
  return out;
}
async function sitePackagesDir(venvDir) {
  const dirs = await sitePackagesDirs(venvDir);
  return dirs.length === 1 ? dirs[0] : void 0;
}
var import_node_fs7, import_node_path14, WINDOWS_DEVICE, META_DIR;
var init_layout2 = __esm({
  "src/core/venvs/layout.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    init_async_fs();
    import_node_path14 = __toESM(require("node:path"), 1);
    init_errors();
    init_fs();
    init_host();
    WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\..*)?$/i;
    META_DIR = ".pyembed";
  }
});

// src/core/diagnose/health.ts
async function probe(python, timeoutMs) {
  return probeInterpreter(python, { timeoutMs, modules: OPTIONAL_MODULES }).catch(
    (e) => e instanceof PythonInstallationError && typeof e.details.reason === "string" ? e.details.reason : e.message
  );
}
async function findInstances(root) {
  let names;
  try {
    names = (await fs.readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && /^(c?python|pypy|graalpy)-/.test(d.name)).map((d) => d.name).sort();
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    const dir2 = import_node_path15.default.join(root, name);
    const venvs = [];
    try {
      for (const d of await fs.readdir(import_node_path15.default.join(dir2, "venvs"), { withFileTypes: true })) {
        const p = import_node_path15.default.join(dir2, "venvs", d.name);
        if (d.isDirectory() && !d.name.startsWith(".") && await isFile(import_node_path15.default.join(p, "pyvenv.cfg")))
          venvs.push({ name: d.name, path: p });
      }
      venvs.sort((a, b) => a.name.localeCompare(b.name));
    } catch {
    }
    out.push({ key: name, pythonPath: import_node_path15.default.join(dir2, "python", ...exeRel), venvs });
  }
  return out;
}
async function instanceCheck(inst, timeoutMs = 2e4) {
  const base = { group: "instances", name: inst.key };
  if (!await exists(inst.pythonPath)) {
    return {
      ...base,
      status: "fail",
      detail: `interpreter missing at ${inst.pythonPath}; reinstall the instance.`,
      data: { pythonPath: inst.pythonPath }
    };
  }
  const r = await probe(inst.pythonPath, timeoutMs);
  if (typeof r === "string") {
    return {
      ...base,
      status: "fail",
      detail: `interpreter does not run: ${r}`,
      data: { pythonPath: inst.pythonPath }
    };
  }
  const data = { pythonPath: inst.pythonPath, version: r.version, missingModules: r.missingModules };
  const keyVersion = /-(\d+\.\d+\.\d+)(?:[a-z]+\d+)?(?:[+-]|$)/.exec(inst.key)?.[1];
  if (keyVersion && keyVersion !== r.versionInfo.slice(0, 3).join(".")) {
    return {
      ...base,
      status: "fail",
      detail: `contains Python ${r.version}, expected ${keyVersion}; reinstall it.`,
      data
    };
  }
  if (r.missingModules.length) {
    return {
      ...base,
      status: "warn",
      detail: `Python ${r.version} runs; missing modules: ${r.missingModules.join(", ")}`,
      data
    };
  }
  return { ...base, status: "ok", detail: `Python ${r.version} runs`, data };
}
async function venvCheck(owner, venv2, timeoutMs = 2e4) {
  const base = { group: "venvs", name: `${owner}/${venv2.name}` };
  const cfg = await readPyvenvCfg(venv2.path);
  if (!cfg) {
    return {
      ...base,
      status: "fail",
      detail: `no pyvenv.cfg in ${venv2.path}; recreate the venv.`,
      data: { path: venv2.path }
    };
  }
  const home = cfg.home || void 0;
  const uvVersion = cfg.uv || void 0;
  if (!home) {
    return {
      ...base,
      status: "fail",
      detail: "pyvenv.cfg has no home; recreate the venv.",
      data: { path: venv2.path }
    };
  }
  if (!await exists(home)) {
    return {
      ...base,
      status: "fail",
      detail: `pyvenv.cfg points at ${home}, which does not exist (moved or copied without fix-up); recreate or re-import the venv.`,
      data: { path: venv2.path, home }
    };
  }
  const py = import_node_path15.default.join(venv2.path, ...venvExeRel);
  const r = await probe(py, timeoutMs);
  if (typeof r === "string") {
    return {
      ...base,
      status: "fail",
      detail: `venv python does not run: ${r}`,
      data: { path: venv2.path, home }
    };
  }
  const [prefix, want] = await Promise.all([
    fs.realpath(r.prefix).catch(() => r.prefix),
    fs.realpath(venv2.path)
  ]);
  const data = { path: venv2.path, home, version: r.version, uv: uvVersion };
  if (prefix !== want) {
    return {
      ...base,
      status: "fail",
      detail: `venv python reports prefix ${r.prefix}, not ${venv2.path}; recreate the venv.`,
      data
    };
  }
  return {
    ...base,
    status: "ok",
    detail: `Python ${r.version}${uvVersion ? `, created by uv ${uvVersion}` : ""}`,
    data
  };
}
var import_node_path15, OPTIONAL_MODULES, exeRel, venvExeRel;
var init_health = __esm({
  "src/core/diagnose/health.ts"() {
    "use strict";
    init_async_fs();
    import_node_path15 = __toESM(require("node:path"), 1);
    init_errors();
    init_fs();
    init_probe();
    init_layout2();
    OPTIONAL_MODULES = ["ssl", "zlib", "sqlite3", "ctypes", "lzma", "bz2"];
    exeRel = process.platform === "win32" ? ["python.exe"] : ["bin", "python3"];
    venvExeRel = process.platform === "win32" ? ["Scripts", "python.exe"] : ["bin", "python"];
  }
});

// src/core/diagnose/network.ts
async function hostCheck(target, o = {}) {
  const base = { group: "network", name: target.name };
  let url;
  try {
    url = new URL(target.url);
  } catch {
    return { ...base, status: "fail", detail: `"${target.url}" is not a URL.`, data: { url: target.url } };
  }
  if (url.protocol === "file:") {
    return { ...base, status: "skip", detail: `${target.url} is a local path`, data: { url: target.url } };
  }
  if (o.offline) {
    return {
      ...base,
      status: "skip",
      detail: `offline: ${url.host} not contacted`,
      data: { url: target.url }
    };
  }
  const timeoutMs = o.timeoutMs ?? 5e3;
  const started = monotonicMs();
  try {
    const res = await (o.fetch ?? fetch)(url, {
      method: "HEAD",
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs)
    });
    await res.body?.cancel();
    const ms = Math.round(monotonicMs() - started);
    const data = { url: target.url, status: res.status, ms };
    if (res.status >= 500) {
      return { ...base, status: "warn", detail: `${url.host} answered HTTP ${res.status}`, data };
    }
    return { ...base, status: "ok", detail: `${url.host} reachable (HTTP ${res.status}, ${ms} ms)`, data };
  } catch (e) {
    const err2 = e;
    const timedOut = err2.name === "TimeoutError" || err2.name === "AbortError";
    const why = timedOut ? `no answer within ${timeoutMs} ms` : err2.cause?.code ?? err2.cause?.message ?? err2.message;
    return {
      ...base,
      status: "fail",
      detail: `${url.host} unreachable (${why}); check the URL, proxy (HTTPS_PROXY/NO_PROXY) or use offline mode with a local mirror.`,
      data: { url: target.url, error: why }
    };
  }
}
var init_network = __esm({
  "src/core/diagnose/network.ts"() {
    "use strict";
    init_builtins();
  }
});

// src/core/diagnose/system.ts
async function systemInfo() {
  const osName = process.platform === "win32" ? "windows" : process.platform;
  const arch = normaliseArch(process.arch);
  const libc = osName === "linux" ? detectLibc() : "none";
  let platform;
  try {
    platform = platformKey(hostPlatform());
  } catch {
    platform = `${osName}-${arch}-${libc}`;
  }
  return {
    os: osName,
    arch,
    libc,
    libcVersion: osName === "linux" ? await libcVersion(libc) : void 0,
    platform,
    osRelease: `${import_node_os2.default.type()} ${import_node_os2.default.release()}`,
    node: process.version
  };
}
async function libcVersion(libc) {
  const report = process.report?.getReport();
  if (libc === "gnu" && report?.header?.glibcVersionRuntime) return report.header.glibcVersionRuntime;
  const out = await new Promise((resolve2) => {
    childProcessModule().execFile(
      "ldd",
      ["--version"],
      { timeout: 5e3 },
      (_e, stdout, stderr) => resolve2(`${stdout}
${stderr}`)
    );
  });
  return /Version\s+(\d+\.\d+(?:\.\d+)?)/.exec(out)?.[1] ?? /(\d+\.\d+)\s*$/m.exec(out)?.[1];
}
function systemChecks(info) {
  const checks = [];
  const arches = PBS_ARCHES[info.os];
  checks.push(
    arches?.includes(info.arch) ? { group: "system", name: "platform", status: "ok", detail: `${info.platform} (${info.osRelease})` } : {
      group: "system",
      name: "platform",
      status: "fail",
      detail: `python-build-standalone has no builds for ${info.os}/${info.arch}.`,
      data: { supported: PBS_ARCHES }
    }
  );
  if (info.os === "linux") checks.push(libcCheck(info));
  checks.push({ group: "system", name: "node", status: "ok", detail: info.node });
  return checks;
}
function libcCheck(info) {
  const name = "libc";
  if (!info.libcVersion) {
    return { group: "system", name, status: "warn", detail: `${info.libc}, version unknown` };
  }
  if (info.libc === "gnu") {
    const [maj, min] = info.libcVersion.split(".").map(Number);
    const tooOld = maj < MIN_GLIBC[0] || maj === MIN_GLIBC[0] && min < MIN_GLIBC[1];
    if (tooOld) {
      return {
        group: "system",
        name,
        status: "fail",
        detail: `glibc ${info.libcVersion} is older than ${MIN_GLIBC.join(".")}, the minimum of python-build-standalone gnu builds; use a musl build or a newer image.`,
        data: { version: info.libcVersion }
      };
    }
    return {
      group: "system",
      name,
      status: "ok",
      detail: `glibc ${info.libcVersion}`,
      data: { version: info.libcVersion }
    };
  }
  return {
    group: "system",
    name,
    status: "ok",
    detail: `${info.libc} ${info.libcVersion}`,
    data: { version: info.libcVersion }
  };
}
var import_node_os2, PBS_ARCHES, MIN_GLIBC;
var init_system = __esm({
  "src/core/diagnose/system.ts"() {
    "use strict";
    import_node_os2 = __toESM(require("node:os"), 1);
    init_platform();
    init_builtins();
    PBS_ARCHES = {
      linux: ["x86_64", "aarch64", "i686", "armv7", "ppc64le", "s390x", "riscv64"],
      darwin: ["x86_64", "aarch64"],
      windows: ["x86_64", "i686", "aarch64"]
    };
    MIN_GLIBC = [2, 17];
  }
});

// src/core/diagnose/uv.ts
function runText(cmd, args, timeoutMs, env) {
  return new Promise((resolve2) => {
    childProcessModule().execFile(
      cmd,
      args,
      { timeout: timeoutMs, env },
      (e, stdout, stderr) => resolve2({ ok: !e, out: String(stdout).trim(), err: (String(stderr).trim() || e?.message) ?? "" })
    );
  });
}
async function uvCheck(o) {
  const uv = o.uvPath ?? await findOnPath("uv", processPath(o.env));
  if (!uv) {
    return {
      group: "uv",
      name: "uv",
      status: "warn",
      detail: "no uv on PATH; setup installs its pinned uv privately (needs the uv download host or a local uv path)."
    };
  }
  const r = await runText(uv, ["--version"], 1e4, o.env);
  const version = /uv (\d+\.\d+\.\d+\S*)/.exec(r.out)?.[1];
  if (!r.ok || !version) {
    return {
      group: "uv",
      name: "uv",
      status: "fail",
      detail: `${uv} does not run: ${r.err || r.out}`,
      data: { path: uv }
    };
  }
  const data = { path: uv, version };
  if (o.expectedVersion && o.expectedVersion !== version) {
    return {
      group: "uv",
      name: "uv",
      status: "warn",
      detail: `uv ${version} at ${uv}; the configuration pins ${o.expectedVersion} (setup installs that one privately).`,
      data
    };
  }
  return { group: "uv", name: "uv", status: "ok", detail: `uv ${version} at ${uv}`, data };
}
var init_uv = __esm({
  "src/core/diagnose/uv.ts"() {
    "use strict";
    init_fs();
    init_builtins();
  }
});

// src/core/diagnose/render.ts
function renderDiagnoseReport(r) {
  const rows = r.checks.map((c) => [c.group, c.name, MARK[c.status], c.detail]);
  const head = ["group", "check", "status", "detail"];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((row) => row[i].length))));
  const fmt = (row) => row.map((cell, i) => i === row.length - 1 ? cell : cell.padEnd(widths[i])).join("  ").trimEnd();
  const lines = [
    `python-embedded diagnose \u2014 ${r.system.platform}${r.system.libcVersion ? ` (libc ${r.system.libcVersion})` : ""}, node ${r.system.node}`,
    fmt(head),
    fmt(widths.map((w) => "-".repeat(w))),
    ...rows.map(fmt),
    "",
    `${r.ok ? "healthy" : "PROBLEMS FOUND"}: ${r.counts.ok} ok, ${r.counts.warn} warning(s), ${r.counts.fail} failure(s), ${r.counts.skip} skipped`
  ];
  return lines.join("\n") + "\n";
}
var MARK;
var init_render = __esm({
  "src/core/diagnose/render.ts"() {
    "use strict";
    MARK = { ok: "ok", warn: "WARN", fail: "FAIL", skip: "skip" };
  }
});

// src/core/diagnose/index.ts
async function runDiagnose(o = {}) {
  const system = await systemInfo();
  const dirs = [.../* @__PURE__ */ new Set([...o.root ? [o.root] : [], ...o.dirs ?? []])];
  const instances = o.instances ?? (o.root ? await findInstances(o.root) : []);
  const probeMs = o.probeTimeoutMs ?? 2e4;
  const [disk, dirChecks, hostChecks, uv, instanceChecks] = await Promise.all([
    o.root ? freeDiskCheck(o.root, o.minFreeBytes) : void 0,
    Promise.all(dirs.map((d) => writableCheck(d))),
    Promise.all(
      (o.hosts ?? []).map(
        (h) => hostCheck(h, { timeoutMs: o.timeoutMs, offline: o.offline, fetch: o.fetch })
      )
    ),
    uvCheck({ uvPath: o.uvPath, expectedVersion: o.expectedUvVersion, env: o.env }),
    Promise.all(
      instances.map(async (inst) => [
        await instanceCheck(inst, probeMs),
        ...await Promise.all((inst.venvs ?? []).map((v) => venvCheck(inst.key, v, probeMs)))
      ])
    )
  ]);
  const checks = [
    ...systemChecks(system),
    ...disk ? [disk] : [],
    ...dirChecks,
    ...hostChecks,
    uv,
    ...instanceChecks.flat()
  ];
  if (o.root && instances.length === 0) {
    checks.push({
      group: "instances",
      name: "(none)",
      status: "skip",
      detail: `no instances under ${o.root}`
    });
  }
  const counts = { ok: 0, warn: 0, fail: 0, skip: 0 };
  for (const c of checks) counts[c.status]++;
  return { schema: 1, createdAt: (/* @__PURE__ */ new Date()).toISOString(), ok: counts.fail === 0, system, checks, counts };
}
var init_diagnose = __esm({
  "src/core/diagnose/index.ts"() {
    "use strict";
    init_disk();
    init_health();
    init_network();
    init_system();
    init_uv();
    init_render();
  }
});

// src/core/install/lock.ts
async function withLock(lockPath, fn, o = {}) {
  const staleMs = o.staleMs ?? 6e4;
  let held;
  try {
    held = await acquire(lockPath, staleMs, o);
  } catch (e) {
    if (e instanceof PythonEmbeddedError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(`Cannot take the lock ${lockPath}: ${fsErrorText(e)}`, {
      requested: lockPath,
      hint: "The directory must be writable (a read-only root can only be read from)."
    });
  }
  const beat = setInterval(
    () => {
      const now = /* @__PURE__ */ new Date();
      fs.utimes(lockPath, now, now).catch(() => {
      });
    },
    Math.max(50, Math.floor(staleMs / 4))
  );
  beat.unref();
  try {
    return await fn(held);
  } finally {
    clearInterval(beat);
    await held.release();
  }
}
async function readLock(lockPath) {
  try {
    const info = JSON.parse(await fs.readFile(lockPath, "utf8"));
    return typeof info.pid === "number" ? info : void 0;
  } catch {
    return void 0;
  }
}
async function clearStaleLock(lockPath, staleMs = 6e4) {
  const { stale, info } = await isStale(lockPath, staleMs);
  if (stale) await breakStale(lockPath, staleMs, info);
}
async function isStale(lockPath, staleMs) {
  let st;
  try {
    st = await fs.stat(lockPath);
  } catch {
    return { stale: false };
  }
  const info = await readLock(lockPath);
  if (info && info.host === import_node_os3.default.hostname() && !pidAlive(info.pid)) return { stale: true, info };
  return { stale: Date.now() - st.mtimeMs > staleMs, info };
}
async function tryCreate(lockPath, body) {
  const tmp = privateTemp(lockPath);
  await fs.writeFile(tmp, body);
  try {
    await fs.link(tmp, lockPath);
    return true;
  } catch (e) {
    const code = e.code;
    if (code === "EEXIST" || code === "ENOENT") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw e;
    try {
      await fs.writeFile(lockPath, body, { flag: "wx" });
      return true;
    } catch (e2) {
      if (e2.code === "EEXIST") return false;
      throw e2;
    }
  } finally {
    await fs.rm(tmp, { force: true });
  }
}
async function breakStale(lockPath, staleMs, seen) {
  const breaker = `${lockPath}.break`;
  const me = JSON.stringify({ pid: process.pid, host: import_node_os3.default.hostname(), createdAt: (/* @__PURE__ */ new Date()).toISOString() });
  if (!await tryCreate(breaker, me)) {
    const st = await fs.stat(breaker).catch(() => void 0);
    if (st && Date.now() - st.mtimeMs > Math.min(staleMs, 1e4)) await fs.rm(breaker, { force: true });
    return;
  }
  try {
    const again = await isStale(lockPath, staleMs);
    if (again.stale && again.info?.token === seen?.token) {
      if (again.info?.host === import_node_os3.default.hostname()) await stopWorkers(again.info.workers);
      await fs.rm(lockPath, { force: true });
    }
  } finally {
    await fs.rm(breaker, { force: true });
  }
}
async function sweepAbandonedTemps(lockPath, staleMs) {
  const dir2 = import_node_path16.default.dirname(lockPath);
  for (const name of await fs.readdir(dir2).catch(() => [])) {
    const pid = privateTempPid(lockPath, name);
    if (!pid || pid === process.pid) continue;
    const file = import_node_path16.default.join(dir2, name);
    const [info, st] = await Promise.all([readLock(file), fs.stat(file).catch(() => void 0)]);
    if (!st) continue;
    const abandoned = !info ? !pidAlive(pid) || Date.now() - st.mtimeMs > staleMs : info.host === import_node_os3.default.hostname() ? !pidAlive(info.pid) : Date.now() - st.mtimeMs > staleMs;
    if (abandoned) await fs.rm(file, { force: true });
  }
}
async function acquire(lockPath, staleMs, o) {
  await makeDirs(import_node_path16.default.dirname(lockPath));
  await sweepAbandonedTemps(lockPath, staleMs);
  const token = randomTag(8);
  const mine = {
    pid: process.pid,
    host: import_node_os3.default.hostname(),
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    token
  };
  const body = JSON.stringify(mine);
  const deadline = Date.now() + (o.timeoutMs ?? 15 * 6e4);
  let delay = 25;
  let waited = false;
  for (; ; ) {
    if (o.signal?.aborted) throw o.signal.reason;
    if (await tryCreate(lockPath, body)) {
      return {
        track: (pid, group) => {
          mine.workers = [...mine.workers ?? [], describeWorker(pid, group)];
          writeFileAtomicSync(lockPath, JSON.stringify(mine), { keepTemps: true });
        },
        release: async () => {
          const cur = await readLock(lockPath);
          if (!cur || cur.token === token) await fs.rm(lockPath, { force: true });
        }
      };
    }
    const { stale, info } = await isStale(lockPath, staleMs);
    if (stale) {
      await breakStale(lockPath, staleMs, info);
      continue;
    }
    if (!waited) {
      waited = true;
      o.onWait?.(info);
    }
    if (Date.now() > deadline) {
      throw new PythonInstallationError(`Timed out waiting for the lock ${lockPath}.`, {
        requested: lockPath,
        holder: info,
        hint: `Another install (pid ${info?.pid ?? "?"} on ${info?.host ?? "?"}) holds it; wait, or remove the file if that process is gone.`
      });
    }
    await new Promise((r) => setTimeout(r, delay * (0.75 + Math.random() / 2)));
    delay = Math.min(500, delay * 2);
  }
}
var import_node_os3, import_node_path16;
var init_lock = __esm({
  "src/core/install/lock.ts"() {
    "use strict";
    init_async_fs();
    import_node_os3 = __toESM(require("node:os"), 1);
    import_node_path16 = __toESM(require("node:path"), 1);
    init_errors();
    init_fs();
    init_lock_workers();
    init_builtins();
  }
});

// src/core/uv/checksums.ts
function shippedUvSha256(version, assetName, table2 = SHIPPED_UV_CHECKSUMS) {
  return table2[version]?.[assetName]?.toLowerCase();
}
var SHIPPED_UV_CHECKSUMS;
var init_checksums = __esm({
  "src/core/uv/checksums.ts"() {
    "use strict";
    SHIPPED_UV_CHECKSUMS = {};
  }
});

// src/core/uv/uv.ts
async function probeUvVersion(path57, signal) {
  let r;
  try {
    r = await spawnCapture(path57, ["self", "version", "--output-format", "json"], {
      signal,
      timeoutMs: 3e4
    });
  } catch (e) {
    throw new UvNotFoundError(`uv could not be started at ${path57}: ${e.message}`, {
      requested: path57,
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
  const t = await spawnCapture(path57, ["--version"], { signal, timeoutMs: 3e4 });
  const m = /^uv\s+(\S+)/m.exec(t.stdout);
  if (t.exitCode !== 0 || !m) {
    throw new UvNotFoundError(
      `${path57} does not look like uv (\`--version\` printed ${JSON.stringify(t.stdout.trim())}).`,
      {
        requested: path57
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
function checkHost(host3) {
  if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(host3) || host3.startsWith("-")) {
    throw new ConfigurationError(`Not a host name: ${JSON.stringify(host3)}.`, { requested: host3 });
  }
  return host3;
}
var STRIPPED_ENV, Uv;
var init_uv2 = __esm({
  "src/core/uv/uv.ts"() {
    "use strict";
    init_errors();
    init_log();
    init_spawn();
    STRIPPED_ENV = [
      "VIRTUAL_ENV",
      "UV_PYTHON",
      "UV_PROJECT_ENVIRONMENT",
      "CONDA_PREFIX",
      "PYTHONHOME",
      "UV_SYSTEM_PYTHON"
    ];
    Uv = class _Uv {
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
        for (const host3 of trusted) args.push(`--allow-insecure-host=${checkHost(host3)}`);
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
  }
});

// src/core/install/archive-limits.ts
function resolveLimits(l) {
  return {
    maxBytes: l.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRatio: l.maxRatio ?? DEFAULT_MAX_RATIO,
    maxEntries: l.maxEntries ?? DEFAULT_MAX_ENTRIES
  };
}
function limitError(archive, limit, value, what, entry) {
  const at = entry === void 0 ? "" : ` at entry "${entry}"`;
  return new PythonInstallationError(`Refusing to extract ${archive}${at}: ${what}.`, {
    requested: archive,
    ...entry === void 0 ? {} : { entry },
    limit,
    value,
    hint: `Nothing was installed. If this archive is trusted and really that large, raise ${HOW_TO_RAISE[limit]}.`
  });
}
function describeBytes(n) {
  return n >= 1024 * MiB ? `${+(n / 1024 / MiB).toFixed(2)} GiB` : `${+(n / MiB).toFixed(1)} MiB`;
}
var DEFAULT_MAX_BYTES, DEFAULT_MAX_RATIO, RATIO_FLOOR_BYTES, DEFAULT_MAX_ENTRIES, MiB, HOW_TO_RAISE, InflationGuard;
var init_archive_limits = __esm({
  "src/core/install/archive-limits.ts"() {
    "use strict";
    init_errors();
    DEFAULT_MAX_BYTES = 3 * 1024 ** 3;
    DEFAULT_MAX_RATIO = 20;
    RATIO_FLOOR_BYTES = 8 * 1024 * 1024;
    DEFAULT_MAX_ENTRIES = 1e6;
    MiB = 1024 * 1024;
    HOW_TO_RAISE = {
      maxBytes: "archiveLimits.maxBytes (CLI --archive-max-bytes, env PYEMBED_ARCHIVE_MAX_BYTES)",
      maxRatio: "archiveLimits.maxRatio (CLI --archive-max-ratio, env PYEMBED_ARCHIVE_MAX_RATIO)",
      maxEntries: "archiveLimits.maxEntries"
    };
    InflationGuard = class {
      constructor(archive, limits) {
        this.archive = archive;
        this.limits = resolveLimits(limits);
      }
      archive;
      compressed = 0;
      inflated = 0;
      limits;
      addCompressed(n) {
        this.compressed += n;
      }
      addInflated(n, entry) {
        this.inflated += n;
        const { maxBytes, maxRatio } = this.limits;
        if (this.inflated > maxBytes) {
          throw limitError(
            this.archive,
            "maxBytes",
            maxBytes,
            `it unpacks to more than the ${describeBytes(maxBytes)} limit (maxBytes ${maxBytes})`,
            entry
          );
        }
        if (this.inflated > RATIO_FLOOR_BYTES && this.inflated > maxRatio * this.compressed) {
          const ratio = Math.floor(this.inflated / Math.max(1, this.compressed));
          throw limitError(
            this.archive,
            "maxRatio",
            maxRatio,
            `${describeBytes(this.inflated)} inflated from ${describeBytes(this.compressed)} (${ratio}x) exceeds the ${maxRatio}x limit on inflated vs compressed bytes: a decompression bomb`,
            entry
          );
        }
      }
    };
  }
});

// src/core/install/tar-reader.ts
function isZeroBlock(h) {
  for (let i = 0; i < BLOCK; i++) if (h[i] !== 0) return false;
  return true;
}
function checksumOk(h) {
  const stored = octal(h, 148, 8);
  let unsigned = 8 * 32;
  let signed = 8 * 32;
  for (let i = 0; i < BLOCK; i++) {
    if (i >= 148 && i < 156) continue;
    unsigned += h[i];
    signed += h[i] << 24 >> 24;
  }
  return stored === unsigned || stored === signed;
}
function octal(h, at, len) {
  if (h[at] & 128) {
    let n2 = h[at] & 127;
    for (let i2 = at + 1; i2 < at + len; i2++) n2 = n2 * 256 + h[i2];
    return n2;
  }
  let i = at;
  while (i < at + len && h[i] === 32) i++;
  let n = 0;
  for (; i < at + len && h[i] >= 48 && h[i] <= 55; i++) n = n * 8 + (h[i] - 48);
  return n;
}
function text3(h, at, len) {
  let end = at;
  while (end < at + len && h[end] !== 0) end++;
  return h.toString("utf8", at, end);
}
function paxRecords(body) {
  const out = {};
  let at = 0;
  while (at < body.length) {
    let sp = at;
    while (sp < body.length && body[sp] !== 32) sp++;
    const len = parseInt(body.toString("latin1", at, sp), 10);
    if (!len) break;
    const record2 = body.toString("utf8", sp + 1, at + len - 1);
    const eq = record2.indexOf("=");
    if (eq === -1) break;
    out[record2.slice(0, eq)] = record2.slice(eq + 1);
    at += len;
  }
  return out;
}
var BLOCK, TYPES, META, invalid2, TarReader;
var init_tar_reader = __esm({
  "src/core/install/tar-reader.ts"() {
    "use strict";
    BLOCK = 512;
    TYPES = {
      "0": "file",
      "\0": "file",
      "1": "link",
      "2": "symlink",
      "3": "character-device",
      "4": "block-device",
      "5": "directory",
      "6": "fifo",
      "7": "contiguous-file"
    };
    META = /* @__PURE__ */ new Set(["L", "N", "K", "x", "g"]);
    invalid2 = () => new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
    TarReader = class {
      constructor(sink) {
        this.sink = sink;
      }
      sink;
      /** Bytes of a header split across chunks. */
      partial;
      /** Data bytes of the current entry still to come, then the padding to the next block. */
      left = 0;
      pad = 0;
      /** A long-name or pax entry being collected: its type flag and the parts of its body. */
      meta;
      next = {};
      write(chunk) {
        let at = 0;
        if (this.partial) {
          const need = BLOCK - this.partial.length;
          if (chunk.length < need) {
            this.partial = Buffer.concat([this.partial, chunk]);
            return;
          }
          const header2 = Buffer.concat([this.partial, chunk.subarray(0, need)]);
          this.partial = void 0;
          at = need;
          this.header(header2);
        }
        while (at < chunk.length) {
          if (this.left > 0) {
            const n = Math.min(this.left, chunk.length - at);
            const piece = chunk.subarray(at, at + n);
            if (this.meta) this.meta.parts.push(piece);
            else this.sink.data(piece);
            this.left -= n;
            at += n;
            if (this.left === 0) this.finish();
          } else if (this.pad > 0) {
            const n = Math.min(this.pad, chunk.length - at);
            this.pad -= n;
            at += n;
          } else if (chunk.length - at < BLOCK) {
            this.partial = Buffer.from(chunk.subarray(at));
            return;
          } else {
            this.header(chunk.subarray(at, at + BLOCK));
            at += BLOCK;
          }
        }
      }
      /** The stream ended: anything but a block boundary between entries is a truncated archive. */
      end() {
        if (this.left > 0 || this.pad > 0 || this.partial) throw new Error("Unexpected end of data");
      }
      header(h) {
        if (isZeroBlock(h)) return;
        if (!checksumOk(h)) throw invalid2();
        const magic = h.toString("latin1", 257, 263);
        const ustar = magic === "ustar\0";
        if (!ustar && magic !== "ustar ") throw new Error("Invalid tar header: unknown format.");
        const flag = String.fromCharCode(h[156]);
        let size = octal(h, 124, 12);
        const pad = (n) => (BLOCK - n % BLOCK) % BLOCK;
        if (META.has(flag)) {
          this.meta = { flag, parts: [] };
          this.start(size, pad(size));
          return;
        }
        let name = text3(h, 0, 100);
        if (ustar && h[345] !== 0) name = `${text3(h, 345, 155)}/${name}`;
        let linkname = text3(h, 157, 100);
        if (this.next.path) name = this.next.path;
        if (this.next.linkpath) linkname = this.next.linkpath;
        if (this.next.size !== void 0) size = this.next.size;
        this.next = {};
        let type = TYPES[flag] ?? `flag ${flag}`;
        if (type === "file" && name.endsWith("/")) type = "directory";
        this.sink.begin({
          name,
          type,
          size,
          mode: octal(h, 100, 8),
          mtime: new Date(octal(h, 136, 12) * 1e3),
          linkname
        });
        this.start(size, pad(size));
      }
      start(size, pad) {
        this.left = size;
        this.pad = pad;
        if (size === 0) this.finish();
      }
      finish() {
        const meta = this.meta;
        if (!meta) {
          this.sink.end();
          return;
        }
        this.meta = void 0;
        const body = Buffer.concat(meta.parts);
        if (meta.flag === "L" || meta.flag === "N") this.next.path = text3(body, 0, body.length);
        else if (meta.flag === "K") this.next.linkpath = text3(body, 0, body.length);
        else if (meta.flag === "x") {
          const pax = paxRecords(body);
          if (pax.path) this.next.path = pax.path;
          if (pax.linkpath) this.next.linkpath = pax.linkpath;
          if (pax.size !== void 0) {
            const size = /^\d+$/.test(pax.size) ? Number(pax.size) : NaN;
            if (!Number.isSafeInteger(size)) throw new Error(`Invalid tar header: pax size "${pax.size}".`);
            this.next.size = size;
          }
        }
      }
    };
  }
});

// src/core/install/extract-safety.ts
function refuse(archive, entry, why) {
  return new PythonInstallationError(`Refusing to extract ${archive}: entry "${entry}" ${why}.`, {
    requested: archive,
    entry,
    hint: "The archive is malformed or malicious; nothing was extracted. Get it again from a trusted source."
  });
}
function isAbsoluteLike(p) {
  return p.startsWith("/") || p.startsWith("\\") || /^[a-zA-Z]:/.test(p);
}
function safeEntryPath(archive, name, strip = 0) {
  if (name.includes("\0")) throw refuse(archive, name, "contains a NUL byte");
  if (isAbsoluteLike(name)) throw refuse(archive, name, "has an absolute path");
  const parts = name.split(/[\\/]+/).filter((p) => p && p !== ".");
  if (parts.includes("..")) throw refuse(archive, name, 'climbs out of the destination with ".."');
  for (const part of parts) {
    const why = unportableName(part);
    if (why) throw refuse(archive, printable(name), why);
  }
  return parts.slice(strip).join("/");
}
function unportableName(part) {
  if (/[\u0000-\u001f\u007f]/.test(part)) return "contains a control character";
  if (part.includes(":")) return 'contains ":" (an NTFS alternate data stream on Windows)';
  if (WINDOWS_DEVICE2.test(part)) return `uses "${part}", a reserved device name on Windows`;
  if (/[. ]$/.test(part)) return "ends in a dot or a space (Windows would drop it and name another file)";
  return void 0;
}
function printable(name) {
  return name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function clampMode(mode, isDir2) {
  const m = mode & 493;
  return isDir2 ? m | 448 : m;
}
function resolveLinkInside(linkRel, target, links) {
  if (isAbsoluteLike(target)) return void 0;
  const dir2 = linkRel.split("/").slice(0, -1).join("/");
  return walk([], dir2 ? `${dir2}/${target}` : target, links, 0);
}
function walk(base, target, links, depth) {
  if (depth > 40 || isAbsoluteLike(target)) return void 0;
  let cur = [...base];
  for (const comp of target.split(/[\\/]+/)) {
    if (!comp || comp === ".") continue;
    if (comp === "..") {
      if (!cur.length) return void 0;
      cur.pop();
      continue;
    }
    cur.push(comp);
    const next = links.get(cur.join("/"));
    if (next !== void 0) {
      const resolved = walk(cur.slice(0, -1), next, links, depth + 1);
      if (!resolved) return void 0;
      cur = resolved;
    }
  }
  return cur;
}
var WINDOWS_DEVICE2;
var init_extract_safety = __esm({
  "src/core/install/extract-safety.ts"() {
    "use strict";
    init_errors();
    WINDOWS_DEVICE2 = /^(con|prn|aux|nul|com[1-9\u00b9\u00b2\u00b3]|lpt[1-9\u00b9\u00b2\u00b3])(\..*)?$/i;
  }
});

// src/core/install/tree-writer.ts
function writeAllSync(fd, chunks) {
  let pending2 = chunks.filter((c) => c.length > 0);
  while (pending2.length > 0) {
    let written = import_node_fs8.default.writevSync(fd, pending2);
    let done = 0;
    while (done < pending2.length && written >= pending2[done].length) written -= pending2[done++].length;
    pending2 = pending2.slice(done);
    if (written > 0) pending2[0] = pending2[0].subarray(written);
  }
}
var import_node_fs8, import_node_path17, TreeWriter;
var init_tree_writer = __esm({
  "src/core/install/tree-writer.ts"() {
    "use strict";
    import_node_fs8 = __toESM(require("node:fs"), 1);
    import_node_path17 = __toESM(require("node:path"), 1);
    init_archive_limits();
    init_extract_safety();
    TreeWriter = class {
      constructor(archive, root, o) {
        this.archive = archive;
        this.root = root;
        this.o = o;
        ({ maxBytes: this.maxBytes, maxEntries: this.maxEntries } = resolveLimits(o));
        this.dirs.add(root);
      }
      archive;
      root;
      o;
      entries = 0;
      /** The entry being written (messages of the inflation guard name it). */
      current = "";
      bytes = 0;
      dirs = /* @__PURE__ */ new Set();
      files = /* @__PURE__ */ new Set();
      symlinks = /* @__PURE__ */ new Map();
      hardlinks = /* @__PURE__ */ new Map();
      dirModes = /* @__PURE__ */ new Map();
      maxBytes;
      maxEntries;
      /** Validates one entry header and returns its root-relative path ('' = stripped away, skip). */
      begin(name, type, size) {
        this.current = printable(name);
        if (++this.entries > this.maxEntries) {
          const what = `it has more than the limit of ${this.maxEntries} entries`;
          throw limitError(this.archive, "maxEntries", this.maxEntries, what, this.current);
        }
        if (type === "block-device" || type === "character-device" || type === "fifo" || type === "device") {
          throw refuse(this.archive, name, `is a ${type}`);
        }
        if (!["file", "contiguous-file", "directory", "symlink", "link"].includes(type)) {
          throw refuse(this.archive, name, `has unsupported type ${type}`);
        }
        this.bytes += type === "file" || type === "contiguous-file" ? size : 0;
        if (this.bytes > this.maxBytes) {
          const what = `its declared sizes take the unpacked size past the ${describeBytes(this.maxBytes)} limit (maxBytes ${this.maxBytes})`;
          throw limitError(this.archive, "maxBytes", this.maxBytes, what, this.current);
        }
        return safeEntryPath(this.archive, name, this.o.stripComponents ?? 0);
      }
      abs(rel) {
        return import_node_path17.default.join(this.root, rel);
      }
      ensureParent(rel) {
        const abs = this.abs(rel);
        const dir2 = import_node_path17.default.dirname(abs);
        if (!this.dirs.has(dir2)) {
          import_node_fs8.default.mkdirSync(dir2, { recursive: true });
          for (let d = dir2; d.length > this.root.length && !this.dirs.has(d); d = import_node_path17.default.dirname(d))
            this.dirs.add(d);
        }
        return abs;
      }
      /** A later entry for the same path wins, as with tar: forget a link queued there. */
      claim(rel) {
        this.symlinks.delete(rel);
        this.hardlinks.delete(rel);
      }
      /** Writes a whole file from the chunks it arrived in (one writev, no joined copy of them). */
      writeSmall(rel, body, mode, mtime) {
        const fd = this.openFile(rel, mode);
        try {
          writeAllSync(fd, body);
        } catch (e) {
          import_node_fs8.default.closeSync(fd);
          throw e;
        }
        this.closeFile(rel, fd, mtime);
      }
      /** Opens a file of the archive for writing; its bytes follow with writeAllSync, then `closeFile`. */
      openFile(rel, mode) {
        this.claim(rel);
        const abs = this.ensureParent(rel);
        if (this.dirs.has(abs)) throw refuse(this.archive, rel, "replaces a directory with a file");
        return import_node_fs8.default.openSync(abs, "w", clampMode(mode, false));
      }
      /** Sets the file's mtime (.pyc files embed their source's) and closes it. */
      closeFile(rel, fd, mtime) {
        try {
          import_node_fs8.default.futimesSync(fd, mtime, mtime);
        } finally {
          import_node_fs8.default.closeSync(fd);
        }
        this.files.add(rel);
      }
      other(rel, type, linkname, mode, rawName) {
        if (type === "directory") {
          const abs = this.abs(rel);
          this.claim(rel);
          if (!this.dirs.has(abs)) {
            import_node_fs8.default.mkdirSync(abs, { recursive: true });
            this.dirs.add(abs);
          }
          this.dirModes.set(abs, clampMode(mode, true));
          return;
        }
        if (!linkname) throw refuse(this.archive, rawName, "is a link without a target");
        if (type === "symlink") {
          this.hardlinks.delete(rel);
          this.symlinks.set(rel, linkname);
          return;
        }
        const target = safeEntryPath(this.archive, linkname, this.o.stripComponents ?? 0);
        if (!target || !this.files.has(target)) {
          throw refuse(
            this.archive,
            rawName,
            `is a hard link to "${linkname}", which is not a file of this archive`
          );
        }
        this.symlinks.delete(rel);
        this.hardlinks.set(rel, target);
      }
      /** Links last (validated against the complete set of symlinks), then directory modes. */
      finish() {
        for (const rel of [...this.symlinks.keys(), ...this.hardlinks.keys()]) {
          for (let i = rel.indexOf("/"); i > 0; i = rel.indexOf("/", i + 1)) {
            if (this.symlinks.has(rel.slice(0, i)))
              throw refuse(this.archive, rel, "lies below a symlink of the archive");
          }
        }
        for (const [rel, target] of this.symlinks) {
          if (!resolveLinkInside(rel, target, this.symlinks)) {
            throw refuse(this.archive, rel, `is a symlink to "${target}", outside the destination`);
          }
        }
        for (const [rel, target] of this.hardlinks) {
          const abs = this.ensureParent(rel);
          import_node_fs8.default.rmSync(abs, { force: true });
          try {
            import_node_fs8.default.linkSync(this.abs(target), abs);
          } catch {
            import_node_fs8.default.copyFileSync(this.abs(target), abs);
          }
        }
        for (const [rel, target] of this.symlinks) {
          const abs = this.ensureParent(rel);
          if (this.dirs.has(abs))
            throw refuse(this.archive, rel, "is a symlink where the archive also has a directory");
          import_node_fs8.default.rmSync(abs, { force: true });
          import_node_fs8.default.symlinkSync(target, abs);
        }
        for (const [abs, mode] of this.dirModes) import_node_fs8.default.chmodSync(abs, mode);
      }
    };
  }
});

// node_modules/fzstd/esm/index.mjs
var ab, u8, u16, i16, i32, slc, fill, cpw, ec, err, rb, b4, rzfh, msb, rfse, rhu, dllt, dmlt, doct, b2bl, llb, llbl, mlb, mlbl, dhu, dhu4, rzb, cct, Decompress;
var init_esm = __esm({
  "node_modules/fzstd/esm/index.mjs"() {
    ab = ArrayBuffer;
    u8 = Uint8Array;
    u16 = Uint16Array;
    i16 = Int16Array;
    i32 = Int32Array;
    slc = function(v, s, e) {
      if (u8.prototype.slice)
        return u8.prototype.slice.call(v, s, e);
      if (s == null || s < 0)
        s = 0;
      if (e == null || e > v.length)
        e = v.length;
      var n = new u8(e - s);
      n.set(v.subarray(s, e));
      return n;
    };
    fill = function(v, n, s, e) {
      if (u8.prototype.fill)
        return u8.prototype.fill.call(v, n, s, e);
      if (s == null || s < 0)
        s = 0;
      if (e == null || e > v.length)
        e = v.length;
      for (; s < e; ++s)
        v[s] = n;
      return v;
    };
    cpw = function(v, t, s, e) {
      if (u8.prototype.copyWithin)
        return u8.prototype.copyWithin.call(v, t, s, e);
      if (s == null || s < 0)
        s = 0;
      if (e == null || e > v.length)
        e = v.length;
      while (s < e) {
        v[t++] = v[s++];
      }
    };
    ec = [
      "invalid zstd data",
      "window size too large (>2046MB)",
      "invalid block type",
      "FSE accuracy too high",
      "match distance too far back",
      "unexpected EOF"
    ];
    err = function(ind, msg, nt) {
      var e = new Error(msg || ec[ind]);
      e.code = ind;
      if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
      if (!nt)
        throw e;
      return e;
    };
    rb = function(d, b, n) {
      var i = 0, o = 0;
      for (; i < n; ++i)
        o |= d[b++] << (i << 3);
      return o;
    };
    b4 = function(d, b) {
      return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
    };
    rzfh = function(dat, w) {
      var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
      if (n3 == 3126568 && dat[3] == 253) {
        var flg = dat[4];
        var ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
        if (flg & 8)
          err(0);
        var bt = 6 - ss;
        var db = df == 3 ? 4 : df;
        var di = rb(dat, bt, db);
        bt += db;
        var fsb = fcf ? 1 << fcf : ss;
        var fss = rb(dat, bt, fsb) + (fcf == 1 && 256);
        var ws = fss;
        if (!ss) {
          var wb = 1 << 10 + (dat[5] >> 3);
          ws = wb + (wb >> 3) * (dat[5] & 7);
        }
        if (ws > 2145386496)
          err(1);
        var buf = new u8((w == 1 ? fss || ws : w ? 0 : ws) + 12);
        buf[0] = 1, buf[4] = 4, buf[8] = 8;
        return {
          b: bt + fsb,
          y: 0,
          l: 0,
          d: di,
          w: w && w != 1 ? w : buf.subarray(12),
          e: ws,
          o: new i32(buf.buffer, 0, 3),
          u: fss,
          c: cc,
          m: Math.min(131072, ws)
        };
      } else if ((n3 >> 4 | dat[3] << 20) == 25481893) {
        return b4(dat, 4) + 8;
      }
      err(0);
    };
    msb = function(val) {
      var bits = 0;
      for (; 1 << bits <= val; ++bits)
        ;
      return bits - 1;
    };
    rfse = function(dat, bt, mal) {
      var tpos = (bt << 3) + 4;
      var al = (dat[bt] & 15) + 5;
      if (al > mal)
        err(3);
      var sz = 1 << al;
      var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
      var buf = new ab(512 + (sz << 2));
      var freq = new i16(buf, 0, 256);
      var dstate = new u16(buf, 0, 256);
      var nstate = new u16(buf, 512, sz);
      var bb1 = 512 + (sz << 1);
      var syms = new u8(buf, bb1, sz);
      var nbits = new u8(buf, bb1 + sz);
      while (sym < 255 && probs > 0) {
        var bits = msb(probs + 1);
        var cbt = tpos >> 3;
        var msk = (1 << bits + 1) - 1;
        var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk;
        var msk1fb = (1 << bits) - 1;
        var msv = msk - probs - 1;
        var sval = val & msk1fb;
        if (sval < msv)
          tpos += bits, val = sval;
        else {
          tpos += bits + 1;
          if (val > msk1fb)
            val -= msv;
        }
        freq[++sym] = --val;
        if (val == -1) {
          probs += val;
          syms[--ht] = sym;
        } else
          probs -= val;
        if (!val) {
          do {
            var rbt = tpos >> 3;
            re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3;
            tpos += 2;
            sym += re;
          } while (re == 3);
        }
      }
      if (sym > 255 || probs)
        err(0);
      var sympos = 0;
      var sstep = (sz >> 1) + (sz >> 3) + 3;
      var smask = sz - 1;
      for (var s = 0; s <= sym; ++s) {
        var sf = freq[s];
        if (sf < 1) {
          dstate[s] = -sf;
          continue;
        }
        for (i = 0; i < sf; ++i) {
          syms[sympos] = s;
          do {
            sympos = sympos + sstep & smask;
          } while (sympos >= ht);
        }
      }
      if (sympos)
        err(0);
      for (i = 0; i < sz; ++i) {
        var ns = dstate[syms[i]]++;
        var nb = nbits[i] = al - msb(ns);
        nstate[i] = (ns << nb) - sz;
      }
      return [tpos + 7 >> 3, {
        b: al,
        s: syms,
        n: nbits,
        t: nstate
      }];
    };
    rhu = function(dat, bt) {
      var i = 0, wc = -1;
      var buf = new u8(292), hb = dat[bt];
      var hw = buf.subarray(0, 256);
      var rc = buf.subarray(256, 268);
      var ri = new u16(buf.buffer, 268);
      if (hb < 128) {
        var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
        bt += hb;
        var epos = ebt << 3;
        var lb = dat[bt];
        if (!lb)
          err(0);
        var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
        var fpos = (++bt << 3) - 8 + msb(lb);
        for (; ; ) {
          fpos -= btr1;
          if (fpos < epos)
            break;
          var cbt = fpos >> 3;
          st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1;
          hw[++wc] = fdt.s[st1];
          fpos -= btr2;
          if (fpos < epos)
            break;
          cbt = fpos >> 3;
          st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1;
          hw[++wc] = fdt.s[st2];
          btr1 = fdt.n[st1];
          st1 = fdt.t[st1];
          btr2 = fdt.n[st2];
          st2 = fdt.t[st2];
        }
        if (++wc > 255)
          err(0);
      } else {
        wc = hb - 127;
        for (; i < wc; i += 2) {
          var byte = dat[++bt];
          hw[i] = byte >> 4;
          hw[i + 1] = byte & 15;
        }
        ++bt;
      }
      var wes = 0;
      for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        if (wt > 11)
          err(0);
        wes += wt && 1 << wt - 1;
      }
      var mb = msb(wes) + 1;
      var ts = 1 << mb;
      var rem = ts - wes;
      if (rem & rem - 1)
        err(0);
      hw[wc++] = msb(rem) + 1;
      for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        ++rc[hw[i] = wt && mb + 1 - wt];
      }
      var hbuf = new u8(ts << 1);
      var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
      ri[mb] = 0;
      for (i = mb; i > 0; --i) {
        var pv = ri[i];
        fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << mb - i));
      }
      if (ri[0] != ts)
        err(0);
      for (i = 0; i < wc; ++i) {
        var bits = hw[i];
        if (bits) {
          var code = ri[bits];
          fill(syms, i, code, ri[bits] = code + (1 << mb - bits));
        }
      }
      return [bt, {
        n: nb,
        b: mb,
        s: syms
      }];
    };
    dllt = rfse(/* @__PURE__ */ new u8([
      81,
      16,
      99,
      140,
      49,
      198,
      24,
      99,
      12,
      33,
      196,
      24,
      99,
      102,
      102,
      134,
      70,
      146,
      4
    ]), 0, 6)[1];
    dmlt = rfse(/* @__PURE__ */ new u8([
      33,
      20,
      196,
      24,
      99,
      140,
      33,
      132,
      16,
      66,
      8,
      33,
      132,
      16,
      66,
      8,
      33,
      68,
      68,
      68,
      68,
      68,
      68,
      68,
      68,
      36,
      9
    ]), 0, 6)[1];
    doct = rfse(/* @__PURE__ */ new u8([
      32,
      132,
      16,
      66,
      102,
      70,
      68,
      68,
      68,
      68,
      36,
      73,
      2
    ]), 0, 5)[1];
    b2bl = function(b, s) {
      var len = b.length, bl = new i32(len);
      for (var i = 0; i < len; ++i) {
        bl[i] = s;
        s += 1 << b[i];
      }
      return bl;
    };
    llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
      0,
      0,
      0,
      0,
      16843009,
      50528770,
      134678020,
      202050057,
      269422093
    ])).buffer, 0, 36);
    llbl = /* @__PURE__ */ b2bl(llb, 0);
    mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      16843009,
      50528770,
      117769220,
      185207048,
      252579084,
      16
    ])).buffer, 0, 53);
    mlbl = /* @__PURE__ */ b2bl(mlb, 3);
    dhu = function(dat, out, hu) {
      var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
      if (!lb)
        err(0);
      var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
      for (; pos > eb && i < ss; ) {
        var cbt = pos >> 3;
        var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
        st = (st << btr | val) & msk;
        out[++i] = hu.s[st];
        pos -= btr = hu.n[st];
      }
      if (pos != eb || i + 1 != ss)
        err(0);
    };
    dhu4 = function(dat, out, hu) {
      var bt = 6;
      var ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
      dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu);
      dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu);
      dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu);
      dhu(dat.subarray(bt), out.subarray(sz3), hu);
    };
    rzb = function(dat, st, out) {
      var _a;
      var bt = st.b;
      var b0 = dat[bt], btype = b0 >> 1 & 3;
      st.l = b0 & 1;
      var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13;
      var ebt = (bt += 3) + sz;
      if (btype == 1) {
        if (bt >= dat.length)
          return;
        st.b = bt + 1;
        if (out) {
          fill(out, dat[bt], st.y, st.y += sz);
          return out;
        }
        return fill(new u8(sz), dat[bt]);
      }
      if (ebt > dat.length)
        return;
      if (btype == 0) {
        st.b = ebt;
        if (out) {
          out.set(dat.subarray(bt, ebt), st.y);
          st.y += sz;
          return out;
        }
        return slc(dat, bt, ebt);
      }
      if (btype == 2) {
        var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3;
        var lss = b3 >> 4, lcs = 0, s4 = 0;
        if (lbt < 2) {
          if (sf & 1)
            lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12);
          else
            lss = b3 >> 3;
        } else {
          s4 = sf;
          if (sf < 2)
            lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2;
          else if (sf == 2)
            lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6;
          else
            lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10;
        }
        ++bt;
        var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
        var spl = buf.length - lss;
        if (lbt == 0)
          buf.set(dat.subarray(bt, bt += lss), spl);
        else if (lbt == 1)
          fill(buf, dat[bt++], spl);
        else {
          var hu = st.h;
          if (lbt == 2) {
            var hud = rhu(dat, bt);
            lcs += bt - (bt = hud[0]);
            st.h = hu = hud[1];
          } else if (!hu)
            err(0);
          (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
        }
        var ns = dat[bt++];
        if (ns) {
          if (ns == 255)
            ns = (dat[bt++] | dat[bt++] << 8) + 32512;
          else if (ns > 127)
            ns = ns - 128 << 8 | dat[bt++];
          var scm = dat[bt++];
          if (scm & 3)
            err(0);
          var dts = [dmlt, doct, dllt];
          for (var i = 2; i > -1; --i) {
            var md = scm >> (i << 1) + 2 & 3;
            if (md == 1) {
              var rbuf = new u8([0, 0, dat[bt++]]);
              dts[i] = {
                s: rbuf.subarray(2, 3),
                n: rbuf.subarray(0, 1),
                t: new u16(rbuf.buffer, 0, 1),
                b: 0
              };
            } else if (md == 2) {
              _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
            } else if (md == 3) {
              if (!st.t)
                err(0);
              dts[i] = st.t[i];
            }
          }
          var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
          var lb = dat[ebt - 1];
          if (!lb)
            err(0);
          var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
          var lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
          cbt = (spos -= oct.b) >> 3;
          var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
          cbt = (spos -= mlt.b) >> 3;
          var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
          for (++ns; --ns; ) {
            var llc = llt.s[lst];
            var lbtr = llt.n[lst];
            var mlc = mlt.s[mst];
            var mbtr = mlt.n[mst];
            var ofc = oct.s[ost];
            var obtr = oct.n[ost];
            cbt = (spos -= ofc) >> 3;
            var ofp = 1 << ofc;
            var off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
            cbt = (spos -= mlb[mlc]) >> 3;
            var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
            cbt = (spos -= llb[llc]) >> 3;
            var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
            cbt = (spos -= lbtr) >> 3;
            lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1);
            cbt = (spos -= mbtr) >> 3;
            mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1);
            cbt = (spos -= obtr) >> 3;
            ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1);
            if (off > 3) {
              st.o[2] = st.o[1];
              st.o[1] = st.o[0];
              st.o[0] = off -= 3;
            } else {
              var idx = off - (ll != 0);
              if (idx) {
                off = idx == 3 ? st.o[0] - 1 : st.o[idx];
                if (idx > 1)
                  st.o[2] = st.o[1];
                st.o[1] = st.o[0];
                st.o[0] = off;
              } else
                off = st.o[0];
            }
            for (var i = 0; i < ll; ++i) {
              buf[oubt + i] = buf[spl + i];
            }
            oubt += ll, spl += ll;
            var stin = oubt - off;
            if (stin < 0) {
              var len = -stin;
              var bs = st.e + stin;
              if (len > ml)
                len = ml;
              for (var i = 0; i < len; ++i) {
                buf[oubt + i] = st.w[bs + i];
              }
              oubt += len, ml -= len, stin = 0;
            }
            for (var i = 0; i < ml; ++i) {
              buf[oubt + i] = buf[stin + i];
            }
            oubt += ml;
          }
          if (oubt != spl) {
            while (spl < buf.length) {
              buf[oubt++] = buf[spl++];
            }
          } else
            oubt = buf.length;
          if (out)
            st.y += oubt;
          else
            buf = slc(buf, 0, oubt);
        } else if (out) {
          st.y += lss;
          if (spl) {
            for (var i = 0; i < lss; ++i) {
              buf[i] = buf[spl + i];
            }
          }
        } else if (spl)
          buf = slc(buf, spl);
        st.b = ebt;
        return buf;
      }
      err(2);
    };
    cct = function(bufs, ol) {
      if (bufs.length == 1)
        return bufs[0];
      var buf = new u8(ol);
      for (var i = 0, b = 0; i < bufs.length; ++i) {
        var chk = bufs[i];
        buf.set(chk, b);
        b += chk.length;
      }
      return buf;
    };
    Decompress = /* @__PURE__ */ (function() {
      function Decompress2(ondata) {
        this.ondata = ondata;
        this.c = [];
        this.l = 0;
        this.z = 0;
      }
      Decompress2.prototype.push = function(chunk, final) {
        if (typeof this.s == "number") {
          var sub = Math.min(chunk.length, this.s);
          chunk = chunk.subarray(sub);
          this.s -= sub;
        }
        var sl = chunk.length;
        var ncs = sl + this.l;
        if (!this.s) {
          if (final) {
            if (!ncs) {
              this.ondata(new u8(0), true);
              return;
            }
            if (ncs < 5)
              err(5);
          } else if (ncs < 18) {
            this.c.push(chunk);
            this.l = ncs;
            return;
          }
          if (this.l) {
            this.c.push(chunk);
            chunk = cct(this.c, ncs);
            this.c = [];
            this.l = 0;
          }
          if (typeof (this.s = rzfh(chunk)) == "number")
            return this.push(chunk, final);
        }
        if (typeof this.s != "number") {
          if (ncs < (this.z || 3)) {
            if (final)
              err(5);
            this.c.push(chunk);
            this.l = ncs;
            return;
          }
          if (this.l) {
            this.c.push(chunk);
            chunk = cct(this.c, ncs);
            this.c = [];
            this.l = 0;
          }
          if (!this.z && ncs < (this.z = chunk[this.s.b] & 2 ? 4 : 3 + (chunk[this.s.b] >> 3 | chunk[this.s.b + 1] << 5 | chunk[this.s.b + 2] << 13))) {
            if (final)
              err(5);
            this.c.push(chunk);
            this.l = ncs;
            return;
          } else
            this.z = 0;
          for (; ; ) {
            var blk = rzb(chunk, this.s);
            if (!blk) {
              if (final)
                err(5);
              var adc = chunk.subarray(this.s.b);
              this.s.b = 0;
              this.c.push(adc), this.l += adc.length;
              return;
            } else {
              this.ondata(blk, false);
              cpw(this.s.w, 0, blk.length);
              this.s.w.set(blk, this.s.w.length - blk.length);
            }
            if (this.s.l) {
              var rest = chunk.subarray(this.s.b);
              this.s = this.s.c * 4;
              this.push(rest, final);
              return;
            }
          }
        } else if (final)
          err(5);
      };
      return Decompress2;
    })();
  }
});

// src/core/install/zstd.ts
function windowError(archive, window, max) {
  return new PythonInstallationError(
    `Refusing to extract ${archive}: a zstd frame asks for a ${describeBytes(window)} window (${window} bytes), over the ${describeBytes(max)} limit (window log ${Math.log2(max)}).`,
    {
      requested: archive,
      window,
      limit: "zstdWindow",
      value: max,
      hint: "Real archives use at most 128 MiB (the reference zstd refuses more by default): re-compress it without --long=28 or higher."
    }
  );
}
function zstdDecompressor(archive, decoderName = "auto") {
  const scanner = new ZstdFrameScanner(archive);
  const guard = new import_node_stream2.Transform({
    transform(chunk, _e, cb) {
      try {
        scanner.push(chunk);
        cb(null, chunk);
      } catch (e) {
        cb(e);
      }
    }
  });
  return [guard, decoder(decoderName === "fzstd")];
}
function decoder(forceFzstd) {
  const z = zlibModule();
  if (!forceFzstd && typeof z.createZstdDecompress === "function") {
    const key = z.constants.ZSTD_d_windowLogMax;
    return z.createZstdDecompress(key === void 0 ? {} : { params: { [key]: MAX_WINDOW_LOG } });
  }
  const d = new Decompress((chunk) => {
    if (chunk.length) out.push(Buffer.from(chunk));
  });
  const out = new import_node_stream2.Transform({
    transform(chunk, _e, cb) {
      try {
        d.push(chunk);
        cb();
      } catch (e) {
        cb(e);
      }
    },
    flush(cb) {
      try {
        d.push(new Uint8Array(0), true);
        cb();
      } catch (e) {
        cb(e);
      }
    }
  });
  return out;
}
var import_node_stream2, MAX_WINDOW_LOG, MAX_WINDOW_BYTES, FRAME_MAGIC, ZstdFrameScanner;
var init_zstd = __esm({
  "src/core/install/zstd.ts"() {
    "use strict";
    import_node_stream2 = require("node:stream");
    init_esm();
    init_errors();
    init_archive_limits();
    init_builtins();
    MAX_WINDOW_LOG = 27;
    MAX_WINDOW_BYTES = 2 ** MAX_WINDOW_LOG;
    FRAME_MAGIC = 4247762216;
    ZstdFrameScanner = class {
      constructor(archive, maxWindow = MAX_WINDOW_BYTES) {
        this.archive = archive;
        this.maxWindow = maxWindow;
      }
      archive;
      maxWindow;
      state = { at: "frame" };
      pending = Buffer.alloc(0);
      push(chunk) {
        let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
        for (; ; ) {
          const used = this.step(buf);
          if (used === 0) break;
          buf = buf.subarray(used);
        }
        this.pending = Buffer.from(buf);
      }
      /** Consumes one unit from the front of `buf`; 0 when more bytes are needed. */
      step(buf) {
        const s = this.state;
        if (s.at === "skip") {
          const n = Math.min(s.bytes, buf.length);
          if (n === 0) return 0;
          s.bytes -= n;
          if (s.bytes === 0)
            this.state = s.then === "frame" ? { at: "frame" } : { at: "block", checksum: s.checksum };
          return n;
        }
        if (s.at === "block") {
          if (buf.length < 3) return 0;
          const h = buf[0] | buf[1] << 8 | buf[2] << 16;
          const last = h & 1;
          const type = h >> 1 & 3;
          const size = h >>> 3;
          const body = type === 1 ? 1 : type === 3 ? this.corrupt("a reserved block type") : size;
          const trailer = last && s.checksum ? 4 : 0;
          this.state = {
            at: "skip",
            bytes: body + trailer,
            then: last ? "frame" : "block",
            checksum: s.checksum
          };
          if (body + trailer === 0) this.state = last ? { at: "frame" } : { at: "block", checksum: s.checksum };
          return 3;
        }
        return this.frameHeader(buf);
      }
      frameHeader(buf) {
        if (buf.length < 8) return 0;
        const magic = buf.readUInt32LE(0);
        if ((magic & 4294967280) === 407710288) {
          this.state = { at: "skip", bytes: buf.readUInt32LE(4), then: "frame", checksum: false };
          return 8;
        }
        if (magic !== FRAME_MAGIC) return this.corrupt("no zstd frame where one should start");
        const fhd = buf[4];
        const fcsFlag = fhd >> 6;
        const singleSegment = fhd >> 5 & 1;
        const checksum = (fhd >> 2 & 1) === 1;
        const dictBytes = [0, 1, 2, 4][fhd & 3];
        const fcsBytes = [singleSegment ? 1 : 0, 2, 4, 8][fcsFlag];
        const headerLen = 5 + (singleSegment ? 0 : 1) + dictBytes + fcsBytes;
        if (buf.length < headerLen) return 0;
        let window;
        if (!singleSegment) {
          const wd = buf[5];
          const log = 10 + (wd >> 3);
          window = 2 ** log + 2 ** log / 8 * (wd & 7);
        } else {
          const at = 5 + dictBytes;
          window = fcsBytes === 1 ? buf[at] : fcsBytes === 2 ? buf.readUInt16LE(at) + 256 : fcsBytes === 4 ? buf.readUInt32LE(at) : Number(buf.readBigUInt64LE(at));
        }
        if (window > this.maxWindow) throw windowError(this.archive, window, this.maxWindow);
        this.state = { at: "block", checksum };
        return headerLen;
      }
      corrupt(what) {
        throw new PythonInstallationError(`Cannot extract ${this.archive}: not valid zstd data (${what}).`, {
          requested: this.archive,
          hint: "The archive is truncated or corrupt; download it again."
        });
      }
    };
  }
});

// cjs-lazy-lib:yauzl
var require_yauzl = __commonJS({
  "cjs-lazy-lib:yauzl"(exports2, module2) {
    module2.exports = require("./lib-yauzl.cjs");
  }
});

// src/core/install/extract.ts
var extract_exports = {};
__export(extract_exports, {
  extractArchive: () => extractArchive,
  extractInto: () => extractInto,
  extractTarStream: () => extractTarStream,
  formatFromName: () => formatFromName,
  sniffFormat: () => sniffFormat
});
function formatFromName(name) {
  const n = name.toLowerCase();
  if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) return "tar.gz";
  if (n.endsWith(".tar.zst") || n.endsWith(".tzst") || n.endsWith(".tar.zstd")) return "tar.zst";
  if (n.endsWith(".zip")) return "zip";
  return void 0;
}
async function sniffFormat(file) {
  const fh = await fs.open(file, "r");
  try {
    const b = Buffer.alloc(4);
    await fh.read(b, 0, 4, 0);
    if (b[0] === 31 && b[1] === 139) return "tar.gz";
    if (b.readUInt32LE(0) === 4247762216) return "tar.zst";
    if (b[0] === 80 && b[1] === 75 && b[2] === 3 && b[3] === 4) return "zip";
    return void 0;
  } finally {
    await fh.close();
  }
}
async function extractArchive(archive, destDir, o = {}) {
  const format = o.format ?? formatFromName(archive) ?? await sniffFormat(archive);
  if (!format) {
    throw new PythonInstallationError(`Cannot tell the archive format of ${archive}.`, {
      requested: archive,
      available: ["tar.gz", "tar.zst", "zip"],
      hint: "Name it .tar.gz, .tar.zst or .zip."
    });
  }
  const dest = import_node_path18.default.resolve(destDir);
  let tmp;
  try {
    await makeDirs(import_node_path18.default.dirname(dest));
    tmp = await fs.mkdtemp(import_node_path18.default.join(import_node_path18.default.dirname(dest), `.${import_node_path18.default.basename(dest)}.extract-`));
    await extractInto(archive, tmp, format, o);
    await moveInto(tmp, dest);
  } catch (e) {
    if (e instanceof PythonEmbeddedError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(`Cannot extract ${archive} into ${dest}: ${fsErrorText(e)}`, {
      requested: dest,
      hint: "Check that the destination is writable and has room."
    });
  } finally {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  }
}
async function extractInto(archive, root, format, o = {}) {
  const w = new TreeWriter(archive, root, o);
  if (format === "zip") await unzip(archive, w, o);
  else await untar(archive, format, w, o);
  w.finish();
}
async function moveInto(src, dest) {
  const existing = await fs.readdir(dest).catch(() => void 0);
  if (existing && existing.length === 0) await fs.rmdir(dest);
  if (!existing || existing.length === 0) {
    await renameWithRetry(src, dest);
    return;
  }
  for (const child of await fs.readdir(src)) {
    if (existing.includes(child)) {
      throw new PythonInstallationError(`Cannot extract into ${dest}: ${child} already exists there.`, {
        requested: dest,
        hint: "Extract into an empty directory or remove the existing files first."
      });
    }
  }
  for (const child of await fs.readdir(src))
    await renameWithRetry(import_node_path18.default.join(src, child), import_node_path18.default.join(dest, child));
}
function progressMeter({ total, readHere }, w, guard, o) {
  let bytes = 0;
  return new import_node_stream3.Transform({
    transform(chunk, _e, cb) {
      bytes += chunk.length;
      guard.addCompressed(chunk.length);
      if (readHere) noteGarbage(chunk.length);
      o.onProgress?.({ bytes, total, entries: w.entries });
      cb(null, chunk);
    }
  });
}
function inflationMeter(w, guard) {
  return new import_node_stream3.Transform({
    transform(chunk, _e, cb) {
      try {
        guard.addInflated(chunk.length, w.current || void 0);
        noteGarbage(chunk.length);
        cb(null, chunk);
      } catch (e) {
        cb(e);
      }
    }
  });
}
async function extractTarStream(source, root, format, o = {}) {
  const name = o.name ?? "archive";
  const w = new TreeWriter(name, root, o);
  await untarFrom(source, name, format, w, o, { total: 0, readHere: false });
  w.finish();
}
async function untar(archive, format, w, o) {
  const total = (await fs.stat(archive)).size;
  const source = (0, import_node_fs9.createReadStream)(archive, { highWaterMark: 256 * 1024 });
  await untarFrom(source, archive, format, w, o, { total, readHere: true });
}
async function untarFrom(source, archive, format, w, o, input) {
  const guard = new InflationGuard(archive, o);
  const entries = new EntryWriter(w);
  const ex = tarSink(new TarReader(entries));
  const decompress = format === "tar.gz" ? [zlibModule().createGunzip({ chunkSize: 128 * 1024 })] : zstdDecompressor(archive, o.zstdDecoder);
  const meters = [progressMeter(input, w, guard, o), ...decompress, inflationMeter(w, guard)];
  try {
    await (0, import_promises3.pipeline)([source, ...meters, ex], { signal: o.signal });
  } catch (e) {
    entries.abort();
    if (e instanceof PythonInstallationError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(
      `Cannot extract ${archive}: ${e instanceof Error ? e.message : String(e)}`,
      { requested: archive, hint: extractHint(e) }
    );
  }
}
function tarSink(reader) {
  const sink = new import_node_stream3.Writable({
    highWaterMark: 512 * 1024,
    write(chunk, _e, cb) {
      setImmediate(() => {
        if (sink.destroyed) return cb();
        try {
          reader.write(chunk);
        } catch (e) {
          return cb(e);
        }
        cb();
      });
    },
    final(cb) {
      try {
        reader.end();
      } catch (e) {
        return cb(e);
      }
      cb();
    }
  });
  return sink;
}
async function unzip(archive, w, o) {
  const total = (await fs.stat(archive)).size;
  const { open } = await loadYauzl();
  const zip = await new Promise(
    (resolve2, reject) => open(
      archive,
      { lazyEntries: true, autoClose: true, strictFileNames: false },
      (err2, z) => err2 ? reject(err2) : resolve2(z)
    )
  ).catch((e) => {
    throw new PythonInstallationError(`Cannot read zip ${archive}: ${e.message}`, { requested: archive });
  });
  const guard = new InflationGuard(archive, o);
  await new Promise((resolve2, reject) => {
    const fail = (e) => {
      zip.close();
      reject(e);
    };
    zip.on("error", fail);
    zip.on("end", resolve2);
    zip.on("entry", (entry) => {
      if (o.signal?.aborted) return fail(o.signal.reason);
      const unixMode = entry.externalFileAttributes >>> 16 & 65535;
      const fmt = unixMode & 61440;
      const isDir2 = entry.fileName.endsWith("/") || fmt === 16384;
      const type = isDir2 ? "directory" : fmt === 40960 ? "symlink" : fmt === 0 || fmt === 32768 ? "file" : "device";
      let rel;
      try {
        rel = w.begin(entry.fileName, type, entry.uncompressedSize);
        guard.addCompressed(entry.compressedSize);
        guard.addInflated(entry.uncompressedSize, w.current);
      } catch (e) {
        return fail(e);
      }
      o.onProgress?.({
        bytes: Math.min(total, entry.relativeOffsetOfLocalHeader),
        total,
        entries: w.entries
      });
      if (!rel || type === "directory") {
        if (rel) w.other(rel, "directory", "", unixMode & 511 || 493, entry.fileName);
        return zip.readEntry();
      }
      zip.openReadStream(entry, (err2, stream) => {
        if (err2) return fail(err2);
        const chunks = [];
        stream.on("data", (c) => chunks.push(c));
        stream.on("error", fail);
        stream.on("end", () => {
          try {
            if (type === "symlink") {
              const target = Buffer.concat(chunks).toString("utf8");
              w.other(rel, "symlink", target, 511, entry.fileName);
            } else w.writeSmall(rel, chunks, unixMode & 511 || 420, entry.getLastModDate());
            zip.readEntry();
          } catch (e) {
            fail(e);
          }
        });
      });
    });
    zip.readEntry();
  }).catch((e) => {
    if (e instanceof PythonInstallationError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(
      `Cannot extract ${archive}: ${e instanceof Error ? e.message : String(e)}`,
      {
        requested: archive,
        hint: "The zip is corrupt or has unsafe entry names; nothing was installed."
      }
    );
  });
}
function extractHint(e) {
  switch (e?.code) {
    case "ENOSPC":
    case "EDQUOT":
      return "The destination file system is out of space (or quota); free some space and retry.";
    case "EROFS":
      return "The destination file system is read-only; choose a writable root.";
    case "EACCES":
    case "EPERM":
      return "The destination is not writable by this user; fix its permissions or choose another root.";
    default:
      return "The archive is truncated or corrupt; download it again.";
  }
}
var import_node_fs9, import_node_path18, import_node_stream3, import_promises3, loadYauzl, SMALL_FILE, EntryWriter;
var init_extract2 = __esm({
  "src/core/install/extract.ts"() {
    "use strict";
    import_node_fs9 = __toESM(require("node:fs"), 1);
    init_async_fs();
    import_node_path18 = __toESM(require("node:path"), 1);
    import_node_stream3 = require("node:stream");
    import_promises3 = require("node:stream/promises");
    init_errors();
    init_fs();
    init_archive_limits();
    init_memory();
    init_tar_reader();
    init_tree_writer();
    init_zstd();
    init_builtins();
    loadYauzl = () => Promise.resolve().then(() => __toESM(require_yauzl(), 1)).then((m) => m.default);
    SMALL_FILE = 1024 * 1024;
    EntryWriter = class {
      constructor(w) {
        this.w = w;
      }
      w;
      e;
      rel = "";
      chunks = [];
      bytes = 0;
      fd;
      isFile() {
        return (this.e?.type === "file" || this.e?.type === "contiguous-file") && this.rel !== "";
      }
      begin(e) {
        this.e = e;
        this.rel = this.w.begin(e.name, e.type, e.size);
        this.chunks = [];
        this.bytes = 0;
      }
      data(piece) {
        if (!this.isFile()) return;
        if (this.fd !== void 0) return writeAllSync(this.fd, [piece]);
        this.chunks.push(piece);
        this.bytes += piece.length;
        if (this.bytes > SMALL_FILE) {
          this.fd = this.w.openFile(this.rel, this.e.mode);
          writeAllSync(this.fd, this.chunks);
          this.chunks = [];
        }
      }
      end() {
        const e = this.e;
        if (this.isFile()) {
          const fd = this.fd;
          this.fd = void 0;
          if (fd !== void 0) this.w.closeFile(this.rel, fd, e.mtime);
          else this.w.writeSmall(this.rel, this.chunks, e.mode, e.mtime);
          this.chunks = [];
        } else if (this.rel) this.w.other(this.rel, e.type, e.linkname, e.mode, e.name);
      }
      /** A failed extraction leaves no descriptor open (the caller removes the tree). */
      abort() {
        if (this.fd !== void 0) import_node_fs9.default.closeSync(this.fd);
        this.fd = void 0;
      }
    };
  }
});

// src/core/uv/install.ts
async function ensureUv(o) {
  const log = o.logger ?? silentLogger;
  if (o.uvPath) return givenUv(o.uvPath, o, log);
  if (o.system) return systemUv(o, log);
  const version = checkVersion(o.version ?? DEFAULT_UV_VERSION);
  const asset = uvAsset(o.platform ?? hostPlatform());
  const root = import_node_path19.default.join(import_node_path19.default.resolve(o.toolsDir), "uv");
  const dir2 = uvInstallDir(o.toolsDir, version, asset);
  const exe = import_node_path19.default.join(dir2, asset.exe);
  const cached = await readInstalled(dir2, exe, version, asset.triple);
  if (cached) return { path: exe, version, source: "cache" };
  await fs.mkdir(root, { recursive: true });
  return withLock(import_node_path19.default.join(root, `${version}-${asset.triple}.lock`), async () => {
    if (await readInstalled(dir2, exe, version, asset.triple))
      return { path: exe, version, source: "cache" };
    await downloadUv(version, asset, root, dir2, o, log);
    return { path: exe, version, source: "download" };
  });
}
async function givenUv(uvPath, o, log) {
  const p = import_node_path19.default.resolve(uvPath);
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
async function downloadUv(version, asset, root, dir2, o, log) {
  const base = o.downloadBaseUrl ? mirrorBase(o.downloadBaseUrl) : DEFAULT_UV_DOWNLOAD_URL;
  const token = o.downloadBaseUrl ? void 0 : o.token;
  const url = uvAssetUrl(version, asset, base);
  const tmp = import_node_path19.default.join(root, `.tmp-${version}-${randomTag()}`);
  await fs.mkdir(tmp, { recursive: true });
  try {
    const sha2562 = o.sha256?.toLowerCase() ?? shippedUvSha256(version, asset.name, o.knownChecksums) ?? await fetchCompanionSha256(url, { ...o, token });
    log.info(`Downloading uv ${version} (${asset.name}) from ${url}`);
    const unpacked = await fetchUvArchive(url, asset, tmp, {
      sha256: sha2562,
      allowMissingChecksum: o.allowMissingChecksum,
      token,
      logger: log,
      signal: o.signal
    });
    const staging = await unpackUv(
      unpacked.dir,
      tmp,
      version,
      asset,
      { url, sha256: unpacked.sha256, base },
      o.signal
    );
    await fs.rm(dir2, { recursive: true, force: true });
    await fs.mkdir(import_node_path19.default.dirname(dir2), { recursive: true });
    await renameWithRetry(staging, dir2);
    log.info(`Installed uv ${version} into ${dir2}`);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
async function fetchUvArchive(url, asset, tmp, dl) {
  const dir2 = import_node_path19.default.join(tmp, "unpacked");
  const { extractArchive: extractArchive2, extractTarStream: extractTarStream2 } = await Promise.resolve().then(() => (init_extract2(), extract_exports));
  if (asset.format === "zip") {
    const archive = import_node_path19.default.join(tmp, asset.name);
    const { sha256: sha2563 } = await downloadFile(url, archive, dl);
    await extractArchive2(archive, dir2, { format: "zip" });
    return { dir: dir2, sha256: sha2563 };
  }
  const format = asset.format;
  await fs.mkdir(dir2);
  const { sha256: sha2562 } = await streamUrl(url, {
    ...dl,
    consume: (body) => extractTarStream2(body, dir2, format, { name: asset.name, signal: dl.signal }),
    reset: async () => {
      await fs.rm(dir2, { recursive: true, force: true });
      await fs.mkdir(dir2);
    }
  });
  return { dir: dir2, sha256: sha2562 };
}
async function unpackUv(unpacked, tmp, version, asset, from, signal) {
  const staging = import_node_path19.default.join(tmp, "staging");
  await fs.mkdir(staging);
  const srcDir = await findBinDir(unpacked, asset.innerDir, asset.exe);
  for (const name of await fs.readdir(srcDir)) {
    await renameWithRetry(import_node_path19.default.join(srcDir, name), import_node_path19.default.join(staging, name));
  }
  if (process.platform !== "win32") await fs.chmod(import_node_path19.default.join(staging, asset.exe), 493);
  const got = await probeUvVersion(import_node_path19.default.join(staging, asset.exe), signal);
  if (got !== version) {
    throw new ChecksumMismatchError(`The archive for uv ${version} contains uv ${got}.`, {
      requested: version,
      available: [got],
      hint: `Check the uv download base (${from.base}).`
    });
  }
  const exeBytes = (await fs.stat(import_node_path19.default.join(staging, asset.exe))).size;
  const marker = {
    version,
    exeBytes,
    triple: asset.triple,
    sha256: from.sha256,
    url: from.url,
    installedAt: (/* @__PURE__ */ new Date()).toISOString()
  };
  await fs.writeFile(import_node_path19.default.join(staging, MARKER), JSON.stringify(marker, null, 2) + "\n");
  return staging;
}
function uvInstallDir(toolsDir, version, asset) {
  return import_node_path19.default.join(import_node_path19.default.resolve(toolsDir), "uv", version, asset.triple);
}
async function fetchCompanionSha256(url, o) {
  const log = o.logger ?? silentLogger;
  let text4;
  let why = "not published (404)";
  try {
    text4 = await fetchText(`${url}.sha256`, { token: o.token, signal: o.signal });
  } catch (e) {
    why = e.message;
  }
  if (text4 === void 0) {
    if (o.allowMissingChecksum) {
      log.warn(`No checksum for ${url} (${why}); installing unverified (allowMissingChecksum).`);
      return void 0;
    }
    throw new DownloadError(`Could not get the checksum of the uv archive ${url}.sha256: ${why}.`, {
      requested: `${url}.sha256`,
      hint: "Check the uv download base and network, pass the sha256 explicitly, or set allowMissingChecksum."
    });
  }
  const m = /^\s*([0-9a-fA-F]{64})\b/.exec(text4);
  if (!m) {
    throw new ChecksumMismatchError(
      `${url}.sha256 does not hold a sha256 (${JSON.stringify(text4.slice(0, 80))}).`,
      {
        requested: `${url}.sha256`
      }
    );
  }
  return m[1].toLowerCase();
}
async function readInstalled(dir2, exe, version, triple) {
  try {
    const m = JSON.parse(await fs.readFile(import_node_path19.default.join(dir2, MARKER), "utf8"));
    if (m.version !== version || m.triple !== triple) return false;
    await fs.access(exe, process.platform === "win32" ? import_node_fs10.constants.F_OK : import_node_fs10.constants.X_OK);
    return m.exeBytes === void 0 || (await fs.stat(exe)).size === m.exeBytes;
  } catch {
    return false;
  }
}
async function findBinDir(root, innerDir, exe) {
  for (const cand of [import_node_path19.default.join(root, innerDir), root]) if (await exists(import_node_path19.default.join(cand, exe))) return cand;
  for (const e of await fs.readdir(root, { withFileTypes: true })) {
    if (e.isDirectory() && await exists(import_node_path19.default.join(root, e.name, exe))) return import_node_path19.default.join(root, e.name);
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
    const st = await fs.stat(p);
    if (!st.isFile()) throw new Error("not a file");
    if (process.platform !== "win32") await fs.access(p, import_node_fs10.constants.X_OK);
  } catch (e) {
    throw new UvNotFoundError(`${what} ${p} is not an executable file (${e.message}).`, {
      requested: p
    });
  }
}
var import_node_fs10, import_node_path19, MARKER;
var init_install = __esm({
  "src/core/uv/install.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    init_async_fs();
    import_node_path19 = __toESM(require("node:path"), 1);
    init_download();
    init_lock();
    init_mirror();
    init_errors();
    init_log();
    init_platform();
    init_fs();
    init_checksums();
    init_triple();
    init_uv2();
    init_builtins();
    MARKER = "pyembed-uv.json";
  }
});

// src/cli/commands/diagnose.ts
var diagnose_exports = {};
__export(diagnose_exports, {
  configuredHosts: () => configuredHosts,
  diagnoseCommand: () => diagnoseCommand,
  privateUvPath: () => privateUvPath
});
function configuredHosts(o) {
  const hosts = [];
  const add = (name, url) => {
    if (url && /^https?:\/\//i.test(url)) hosts.push({ name, url });
  };
  add("mirror", o.mirror ?? "https://github.com");
  add("api", o.githubApiUrl);
  add("uv-download", o.uvDownloadUrl ?? "https://github.com");
  add("index", o.indexUrl ?? "https://pypi.org/simple/");
  for (const u of o.extraIndexUrls) add("extra-index", u);
  return hosts;
}
function privateUvPath(o) {
  if (o.uvPath) return o.uvPath;
  const version = pinnedUvVersion(o.uvVersion);
  if (!version) return void 0;
  const asset = uvAsset(hostPlatform());
  const exe = import_node_path20.default.join(uvInstallDir(o.toolsDir, version, asset), asset.exe);
  return (0, import_node_fs11.existsSync)(exe) ? exe : void 0;
}
async function diagnoseCommand(ctx, _args, opts) {
  const o = ctx.options;
  const report = await runDiagnose({
    root: o.root,
    dirs: [o.toolsDir, import_node_os4.default.tmpdir()],
    hosts: opts.network === false ? [] : configuredHosts(o),
    offline: o.offline,
    timeoutMs: Math.min(o.timeoutMs, 1e4),
    uvPath: privateUvPath(o),
    expectedUvVersion: pinnedUvVersion(o.uvVersion)
  });
  return { data: report, human: renderDiagnoseReport(report), exitCode: report.ok ? 0 : 1 };
}
var import_node_fs11, import_node_os4, import_node_path20;
var init_diagnose2 = __esm({
  "src/cli/commands/diagnose.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    import_node_os4 = __toESM(require("node:os"), 1);
    import_node_path20 = __toESM(require("node:path"), 1);
    init_diagnose();
    init_platform();
    init_install();
    init_version_request();
    init_triple();
  }
});

// src/cli/specs/diagnose.ts
var diagnose;
var init_diagnose3 = __esm({
  "src/cli/specs/diagnose.ts"() {
    "use strict";
    diagnose = {
      name: "diagnose",
      description: "system requirements, disk, network reachability, uv, instance and venv health",
      options: [{ flags: "--no-network", description: "do not probe hosts" }],
      handler: () => Promise.resolve().then(() => (init_diagnose2(), diagnose_exports)).then((m) => m.diagnoseCommand)
    };
  }
});

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
var init_env = __esm({
  "src/core/exec/env.ts"() {
    "use strict";
  }
});

// src/core/exec/output.ts
function tailLines(text4, maxLines = 20) {
  const lines = text4.trimEnd().split("\n");
  return lines.slice(-maxLines).join("\n");
}
var import_node_string_decoder, LineSplitter, BoundedCapture;
var init_output2 = __esm({
  "src/core/exec/output.ts"() {
    "use strict";
    import_node_string_decoder = require("node:string_decoder");
    LineSplitter = class {
      constructor(onLine, encoding = "utf8") {
        this.onLine = onLine;
        this.decoder = new import_node_string_decoder.StringDecoder(encoding);
      }
      onLine;
      decoder;
      rest = "";
      push(chunk) {
        const text4 = this.rest + this.decoder.write(chunk);
        let start = 0;
        for (let nl = text4.indexOf("\n"); nl !== -1; nl = text4.indexOf("\n", start)) {
          this.emit(text4.slice(start, nl));
          start = nl + 1;
        }
        this.rest = text4.slice(start);
      }
      /** Emits the last line when the stream ended without a newline. */
      end() {
        const text4 = this.rest + this.decoder.end();
        this.rest = "";
        if (text4.length > 0) this.emit(text4);
      }
      emit(line) {
        this.onLine(line.endsWith("\r") ? line.slice(0, -1) : line);
      }
    };
    BoundedCapture = class {
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
  }
});

// src/core/exec/result.ts
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
var OOM_TEXT, OOM_SIGNALS;
var init_result = __esm({
  "src/core/exec/result.ts"() {
    "use strict";
    init_errors();
    init_output2();
    init_builtins();
    OOM_TEXT = /MemoryError\b|Cannot allocate memory|std::bad_alloc|out of memory|Unable to allocate/i;
    OOM_SIGNALS = /* @__PURE__ */ new Set(["SIGKILL", "SIGSEGV", "SIGABRT", "SIGBUS"]);
  }
});

// src/core/exec/limits.ts
function prlimit() {
  if (prlimitPath === void 0) {
    const found = findOnPathSync("prlimit", `${process.env.PATH ?? ""}:/usr/bin:/bin:/usr/sbin:/sbin`);
    prlimitPath = found ?? null;
  }
  return prlimitPath ?? void 0;
}
function shUlimit() {
  shUlimitWorks ??= childProcessModule().spawnSync("/bin/sh", ["-c", "ulimit -v 4194304"], { stdio: "ignore" }).status === 0;
  return shUlimitWorks;
}
function memoryLimitSupported() {
  return process.platform !== "win32" && process.platform !== "darwin";
}
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
  const delta = nice - import_node_os5.default.getPriority();
  const bin = delta > 0 ? findOnPathSync("nice", `${process.env.PATH ?? ""}:/usr/bin:/bin`) : void 0;
  return bin ? { command: bin, args: ["-n", String(delta), "--", command, ...args], niced: true } : { command, args };
}
function applyPriority(pid, nice) {
  try {
    import_node_os5.default.setPriority(pid, nice);
    return "applied";
  } catch (e) {
    const err2 = e;
    const code = err2.info?.code ?? err2.code ?? "";
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
      return (0, import_node_fs12.statSync)(command).isFile();
    } catch {
      return false;
    }
  }
  return findOnPathSync(command, envPath) !== void 0;
}
var import_node_fs12, import_node_os5, prlimitPath, shUlimitWorks, PYTHON_PREAMBLE, PRIORITY_NAMES;
var init_limits = __esm({
  "src/core/exec/limits.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    import_node_os5 = __toESM(require("node:os"), 1);
    init_errors();
    init_fs();
    init_result();
    init_builtins();
    PYTHON_PREAMBLE = "import os,resource,sys;n=int(sys.argv[1]);resource.setrlimit(resource.RLIMIT_AS,(n,n));os.execvp(sys.argv[2],sys.argv[2:])";
    PRIORITY_NAMES = {
      idle: import_node_os5.default.constants.priority.PRIORITY_LOW,
      "below-normal": import_node_os5.default.constants.priority.PRIORITY_BELOW_NORMAL,
      normal: import_node_os5.default.constants.priority.PRIORITY_NORMAL,
      "above-normal": import_node_os5.default.constants.priority.PRIORITY_ABOVE_NORMAL,
      high: import_node_os5.default.constants.priority.PRIORITY_HIGH,
      highest: import_node_os5.default.constants.priority.PRIORITY_HIGHEST
    };
  }
});

// src/core/exec/run.ts
function stdinMode(src, inherit) {
  if (src === "inherit" || src === void 0 && inherit) return "inherit";
  return src === void 0 ? "ignore" : "pipe";
}
async function feedStdin(stdin, src) {
  stdin.on("error", () => {
  });
  const write = async (chunk) => {
    if (stdin.destroyed || stdin.writableEnded) return false;
    if (!stdin.write(chunk)) await Promise.race([(0, import_node_events.once)(stdin, "drain"), (0, import_node_events.once)(stdin, "close")]);
    return !stdin.destroyed;
  };
  if (typeof src === "string" || src instanceof Uint8Array) {
    stdin.end(src);
  } else if (src instanceof import_node_stream4.Readable) {
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
  if (o.cwd !== void 0 && !(0, import_node_fs13.existsSync)(o.cwd)) {
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
  const err2 = new BoundedCapture(maxOutput);
  const capture = { argv, out, err: err2, encoding, limits, started: monotonicMs() };
  const finish = (p) => resultOf(p, capture);
  if (o.signal?.aborted) return checked(finish({ aborted: true }), o, err2.tail(encoding));
  const group = process.platform !== "win32" && !inherit && o.stdin !== "inherit";
  const child = childProcessModule().spawn(launch.command, launch.args, {
    cwd: o.cwd,
    env,
    stdio: [stdinMode(o.stdin, inherit), inherit ? "inherit" : "pipe", inherit ? "inherit" : "pipe"],
    detached: group,
    windowsHide: true
  });
  return supervise(child, { o, argv, group, launch, err: err2, encoding, finish, out });
}
function supervise(child, c) {
  const { o, argv, group, launch, out, err: err2, encoding, finish } = c;
  const { limits } = launch;
  return new Promise((resolve2, reject) => {
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
        resolve2(checked(result, o, err2.tail(encoding)));
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
    wireOutput(child.stderr, err2, encoding, guard(o.onStderr));
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
async function runPython(pythonPath, args = [], o = {}) {
  return execute(pythonPath, args, o, {
    envDefaults: { PYTHONUNBUFFERED: "1", PYTHONIOENCODING: "utf-8" },
    python: pythonPath
  });
}
async function runScript(pythonPath, script, args = [], o = {}) {
  const src = typeof script === "string" ? !script.includes("\n") && (0, import_node_fs13.existsSync)(script) && (0, import_node_fs13.statSync)(script).isFile() ? { path: script } : { code: script } : script;
  if ("path" in src) return runPython(pythonPath, [src.path, ...args], o);
  if (Buffer.byteLength(src.code) <= MAX_INLINE_CODE)
    return runPython(pythonPath, ["-c", src.code, ...args], o);
  const dir2 = await fs.mkdtemp(import_node_path21.default.join(import_node_os6.default.tmpdir(), "pyembed-script-"));
  try {
    const file = import_node_path21.default.join(dir2, "script.py");
    await fs.writeFile(file, src.code);
    return await runPython(pythonPath, [file, ...args], o);
  } finally {
    await fs.rm(dir2, { recursive: true, force: true });
  }
}
var import_node_events, import_node_fs13, import_node_os6, import_node_path21, import_node_stream4, DEFAULT_MAX_OUTPUT_BYTES, MAX_INLINE_CODE;
var init_run = __esm({
  "src/core/exec/run.ts"() {
    "use strict";
    import_node_events = require("node:events");
    import_node_fs13 = require("node:fs");
    init_async_fs();
    import_node_os6 = __toESM(require("node:os"), 1);
    import_node_path21 = __toESM(require("node:path"), 1);
    import_node_stream4 = require("node:stream");
    init_errors();
    init_env();
    init_kill_tree();
    init_limits();
    init_result();
    init_output2();
    init_builtins();
    init_result();
    DEFAULT_MAX_OUTPUT_BYTES = 10 * 1024 * 1024;
    MAX_INLINE_CODE = 64 * 1024;
  }
});

// src/core/catalog/library.ts
function catalogOf(o) {
  if (o?.catalog) return o.catalog;
  defaultCatalog ??= createCatalog();
  return defaultCatalog;
}
function findBestMatchingVersion(spec, o) {
  return catalogOf(o).resolve(spec, o);
}
function getLatestPythonVersion(o) {
  return catalogOf(o).resolve("latest", o);
}
function listAvailableVersions(build, o) {
  return catalogOf(o).list({ ...o, build: build ?? o?.build });
}
var defaultCatalog;
var init_library = __esm({
  "src/core/catalog/library.ts"() {
    "use strict";
    init_catalog();
  }
});

// src/core/text.ts
var compareText;
var init_text = __esm({
  "src/core/text.ts"() {
    "use strict";
    compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  }
});

// src/core/install/python-layout.ts
function findInterpreter(root) {
  const named = ["pypy3.exe", "bin/pypy3", "bin/graalpy", "bin/graalpy.exe"];
  for (const exe of [...named, "python.exe", "bin/python3", "bin/python"]) {
    if (isFileSync(import_node_path22.default.join(root, exe))) return exe;
  }
  return plainestVersioned(root, "", /^python3(\.\d+)?[td]*\.exe$/i) ?? plainestVersioned(root, "bin", /^python3\.\d+[td]*$/);
}
function plainestVersioned(root, dir2, pattern) {
  let names;
  try {
    names = import_node_fs14.default.readdirSync(import_node_path22.default.join(root, dir2));
  } catch {
    return void 0;
  }
  const versioned = names.filter((n) => pattern.test(n)).sort((a, b) => a.length - b.length || compareText(a, b));
  const hit = versioned.find((n) => isFileSync(import_node_path22.default.join(root, dir2, n)));
  return hit === void 0 ? void 0 : dir2 ? `${dir2}/${hit}` : hit;
}
function locatePython(extracted) {
  for (const rel of ["python/install", "python", ".", "install", soleDirectory(extracted)]) {
    if (rel === void 0) continue;
    const root = import_node_path22.default.join(extracted, rel);
    const exe = findInterpreter(root);
    if (exe) return { root: import_node_path22.default.normalize(root), exe };
  }
  return void 0;
}
function soleDirectory(dir2) {
  let entries;
  try {
    entries = import_node_fs14.default.readdirSync(dir2, { withFileTypes: true });
  } catch {
    return void 0;
  }
  return entries.length === 1 && entries[0].isDirectory() ? entries[0].name : void 0;
}
var import_node_fs14, import_node_path22;
var init_python_layout = __esm({
  "src/core/install/python-layout.ts"() {
    "use strict";
    import_node_fs14 = __toESM(require("node:fs"), 1);
    import_node_path22 = __toESM(require("node:path"), 1);
    init_fs();
    init_host();
    init_text();
  }
});

// src/core/install/install.ts
async function cleanStaging(targetDir, log = silentLogger) {
  const parent = import_node_path23.default.dirname(targetDir);
  const prefix = `.${import_node_path23.default.basename(targetDir)}.`;
  for (const name of await fs.readdir(parent).catch(() => [])) {
    if (name.startsWith(prefix) && /\.(install|extract)-/.test(name)) {
      log.warn(`removing ${import_node_path23.default.join(parent, name)}, left by an interrupted install`);
      await fs.rm(import_node_path23.default.join(parent, name), { recursive: true, force: true });
    }
  }
}
async function installBuild(build, targetDir, o = {}) {
  const log = o.logger ?? silentLogger;
  const target = import_node_path23.default.resolve(targetDir);
  if (await nonEmpty(target)) {
    throw new PythonInstallationError(
      `Cannot install ${build.key} into ${target}: the directory is not empty.`,
      {
        requested: target,
        hint: "Remove it first, or install somewhere else."
      }
    );
  }
  await fs.mkdir(import_node_path23.default.dirname(target), { recursive: true });
  const staging = await fs.mkdtemp(import_node_path23.default.join(import_node_path23.default.dirname(target), `.${import_node_path23.default.basename(target)}.install-`));
  try {
    const extracted = import_node_path23.default.join(staging, "x");
    await fs.mkdir(extracted);
    const got = await fetchAndExtract(build, extracted, staging, o, log);
    o.signal?.throwIfAborted();
    const loc = locatePython(extracted);
    if (!loc) {
      throw new PythonInstallationError(`No Python interpreter found in ${build.assetName}.`, {
        requested: build.key,
        hint: "The archive does not have a python-build-standalone layout."
      });
    }
    o.onProgress?.({ phase: "verify", label: build.key, current: 0 });
    const probe2 = await probeInterpreter(import_node_path23.default.join(loc.root, loc.exe));
    checkProbe(build, probe2);
    o.signal?.throwIfAborted();
    await fs.rm(target, { recursive: true, force: true });
    await renameWithRetry(loc.root, target);
    log.debug(`installed ${build.key} (${probe2.version}) at ${target}`);
    return {
      pythonDir: target,
      pythonPath: import_node_path23.default.join(target, loc.exe),
      pythonExe: loc.exe,
      version: probe2.version,
      probe: probe2,
      url: got.url,
      sha256: got.sha256,
      checksumSource: got.checksumSource,
      bytes: got.bytes,
      downloaded: got.downloaded
    };
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}
async function nonEmpty(dir2) {
  const entries = await fs.readdir(dir2).catch(() => void 0);
  return !!entries && entries.length > 0;
}
function checkProbe(build, probe2) {
  const implementation = build.implementation ?? "cpython";
  const sameVersion = implementation === "graalpy" ? probe2.versionInfo[0] === build.major && probe2.versionInfo[1] === build.minor : probe2.version === build.version;
  if (probe2.implementation !== implementation || !sameVersion) {
    throw new PythonInstallationError(
      `The archive for ${build.key} contains ${probe2.implementation} ${probe2.version}, not ${implementation === "cpython" ? "" : `${implementation} `}${build.version}.`,
      {
        requested: build.version,
        available: [probe2.version],
        hint: "The mirror or catalogue entry is wrong; nothing was installed."
      }
    );
  }
  const wantFt = build.variant?.includes("freethreaded") ?? false;
  if (wantFt !== probe2.freethreaded) {
    throw new PythonInstallationError(
      `The archive for ${build.key} is ${probe2.freethreaded ? "" : "not "}a free-threaded build.`,
      { requested: build.key, hint: "The mirror or catalogue entry is wrong; nothing was installed." }
    );
  }
}
async function archiveSource(build, o, log, http) {
  let url;
  let sha2562;
  let checksumSource;
  if (o.archivePath) {
    url = (0, import_node_url4.pathToFileURL)(import_node_path23.default.resolve(o.archivePath)).href;
    sha2562 = normaliseSha256(build.sha256);
    checksumSource = sha2562 ? "given" : "none";
  } else {
    url = mirrorUrlFor(build, o.mirror);
    const sum = await expectedChecksum(build, { mirror: o.mirror, logger: log, http });
    sha2562 = sum.sha256;
    checksumSource = sum.source;
    if (!sha2562 && !o.allowMissingChecksum) {
      throw new ChecksumMismatchError(
        `No sha256 is known for ${build.assetName}; refusing to install it unverified.`,
        {
          requested: build.key,
          url: redactUrl(url),
          hint: "Use a mirror that publishes SHA256SUMS, or set allowMissingChecksum (--allow-missing-checksum) to accept the risk."
        }
      );
    }
  }
  const isFile2 = url.startsWith("file:");
  if (isFile2 && !await fs.stat((0, import_node_url4.fileURLToPath)(url)).catch(() => void 0)) {
    throw new PythonInstallationError(`No archive at ${(0, import_node_url4.fileURLToPath)(url)}.`, {
      requested: (0, import_node_url4.fileURLToPath)(url),
      hint: o.mirror && !o.archivePath && build.source !== "downloads" ? "A local mirror must hold <mirror>/<tag>/<asset>." : "Check the path."
    });
  }
  return { url, sha256: sha2562, checksumSource };
}
async function fetchAndExtract(build, extracted, staging, o, log) {
  const { extractArchive: extractArchive2, extractTarStream: extractTarStream2, formatFromName: formatFromName2 } = await Promise.resolve().then(() => (init_extract2(), extract_exports));
  const declared = installableFormat(build);
  const format = formatFromName2(build.assetName) ?? declared;
  const local = !!o.archivePath;
  const http = { token: o.mirror ? void 0 : o.token, env: o.env, ca: o.ca, timeoutMs: o.timeoutMs };
  const { url, sha256: sha2562, checksumSource } = await archiveSource(build, o, log, http);
  const isFile2 = url.startsWith("file:");
  const common = {
    ...http,
    sha256: sha2562,
    allowMissingChecksum: local || o.allowMissingChecksum,
    retries: o.retries,
    backoffMs: o.backoffMs,
    logger: log,
    signal: o.signal,
    onProgress: (e) => o.onProgress?.({
      phase: "download",
      label: build.key,
      current: e.bytes,
      total: e.total,
      unit: "bytes"
    })
  };
  let r;
  if (format === "zip") {
    const file = import_node_path23.default.join(staging, build.assetName);
    r = await downloadFile(url, file, common);
    await fs.rm(extracted, { recursive: true, force: true });
    await extractArchive2(file, extracted, { ...o.archiveLimits, format, signal: o.signal });
    await fs.rm(file, { force: true });
  } else {
    r = await streamUrl(url, {
      ...common,
      consume: (body, info) => extractTarStream2(body, extracted, format, {
        ...o.archiveLimits,
        name: build.assetName,
        signal: o.signal,
        onProgress: (e) => o.onProgress?.({
          phase: "extract",
          label: build.key,
          current: e.bytes,
          total: info.total,
          unit: "bytes"
        })
      }),
      reset: async () => {
        await fs.rm(extracted, { recursive: true, force: true });
        await fs.mkdir(extracted);
      }
    });
  }
  return {
    url: isFile2 ? (0, import_node_url4.fileURLToPath)(url) : redactUrl(url),
    sha256: r.sha256,
    bytes: r.bytes,
    checksumSource,
    downloaded: !isFile2
  };
}
var import_node_path23, import_node_url4;
var init_install2 = __esm({
  "src/core/install/install.ts"() {
    "use strict";
    init_async_fs();
    import_node_path23 = __toESM(require("node:path"), 1);
    import_node_url4 = require("node:url");
    init_layout();
    init_errors();
    init_log();
    init_download();
    init_http();
    init_mirror();
    init_probe();
    init_python_layout();
    init_fs();
  }
});

// cjs-lazy-lib:yazl
var require_yazl = __commonJS({
  "cjs-lazy-lib:yazl"(exports2, module2) {
    module2.exports = require("./lib-yazl.cjs");
  }
});

// cjs-lazy-lib:tar-stream
var require_tar_stream = __commonJS({
  "cjs-lazy-lib:tar-stream"(exports2, module2) {
    module2.exports = require("./lib-tar-stream.cjs");
  }
});

// src/core/instances/archive.ts
function inside(root, p) {
  const rel = import_node_path24.default.relative(root, p);
  return rel === "" || !rel.startsWith("..") && !import_node_path24.default.isAbsolute(rel);
}
async function walk2(root, prefix, log) {
  const out = [];
  const realRoot = await fs.realpath(root);
  const visit = async (abs, name) => {
    const st = await fs.lstat(abs);
    const base = { abs, name, mode: st.mode & 511, mtime: st.mtime, size: st.size };
    if (st.isSymbolicLink()) {
      let linkname = await fs.readlink(abs);
      let target = import_node_path24.default.resolve(import_node_path24.default.dirname(abs), linkname);
      if (!inside(root, target)) {
        const real = await fs.realpath(target).catch(() => void 0);
        if (!real || !inside(realRoot, real)) {
          log.warn(`export: skipping ${name}, a symlink to ${linkname} outside the exported tree`);
          return;
        }
        target = import_node_path24.default.join(root, import_node_path24.default.relative(realRoot, real));
        linkname = target;
      }
      if (import_node_path24.default.isAbsolute(linkname))
        linkname = import_node_path24.default.relative(import_node_path24.default.dirname(abs), target).split(import_node_path24.default.sep).join("/");
      out.push({ ...base, kind: "symlink", linkname });
    } else if (st.isDirectory()) {
      out.push({ ...base, kind: "dir", name: `${name}/` });
      for (const child of (await fs.readdir(abs)).sort())
        await visit(import_node_path24.default.join(abs, child), `${name}/${child}`);
    } else if (st.isFile()) {
      out.push({ ...base, kind: "file" });
    } else {
      log.warn(`export: skipping ${name}, not a regular file, directory or symlink`);
    }
  };
  await visit(root, prefix);
  return out;
}
function inProcessZstd() {
  const z = zlibModule();
  return typeof z.createZstdCompress === "function" ? z.createZstdCompress() : void 0;
}
async function spawnZstd(out) {
  const child = childProcessModule().spawn("zstd", ["-q", "-T0", "-3", "-f", "-o", out], {
    stdio: ["pipe", "ignore", "pipe"]
  });
  let stderr = "";
  child.stderr.on("data", (d) => stderr += d);
  const done = new Promise((resolve2, reject) => {
    child.on(
      "error",
      (e) => reject(
        new PythonInstallationError(
          "Writing .tar.zst needs zstd: this Node has no zstd compressor and `zstd` is not on PATH.",
          {
            requested: out,
            available: [".tar.gz", ".zip"],
            hint: "Install zstd, use Node >= 22.15, or export to .tar.gz / .zip.",
            cause: e.message
          }
        )
      )
    );
    child.on(
      "exit",
      (code) => code === 0 ? resolve2() : reject(new Error(`zstd exited with ${code}: ${stderr.trim()}`))
    );
  });
  return { input: child.stdin, done };
}
async function packDirectory(dir2, out, o) {
  const log = o.logger ?? silentLogger;
  const format = o.format ?? (await Promise.resolve().then(() => (init_extract2(), extract_exports))).formatFromName(out);
  if (!format) {
    throw new PythonInstallationError(`Cannot tell the archive format from ${out}.`, {
      requested: out,
      available: [".tar.gz", ".tar.zst", ".zip"],
      hint: "Name the export file .tar.gz, .tar.zst or .zip."
    });
  }
  const entries = await walk2(dir2, o.topName, log);
  await fs.mkdir(import_node_path24.default.dirname(import_node_path24.default.resolve(out)), { recursive: true });
  const tmp = `${out}.partial`;
  try {
    if (format === "zip") await writeZip(entries, tmp);
    else await writeTar(entries, tmp, format);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
async function writeZip(entries, out) {
  const { default: yazl } = await Promise.resolve().then(() => __toESM(require_yazl(), 1));
  const zip = new yazl.ZipFile();
  const done = (0, import_promises4.pipeline)(zip.outputStream, (0, import_node_fs15.createWriteStream)(out));
  for (const e of entries) {
    if (e.kind === "dir") zip.addEmptyDirectory(e.name, { mtime: e.mtime, mode: 16384 | e.mode });
    else if (e.kind === "symlink")
      zip.addBuffer(Buffer.from(e.linkname ?? ""), e.name, {
        mtime: e.mtime,
        mode: 40960 | 511,
        compress: false
      });
    else zip.addFile(e.abs, e.name, { mtime: e.mtime, mode: 32768 | e.mode });
  }
  zip.end();
  await done;
}
async function writeTar(entries, out, format) {
  const { default: tar } = await Promise.resolve().then(() => __toESM(require_tar_stream(), 1));
  const pack = tar.pack();
  let done;
  if (format === "tar.gz") {
    done = (0, import_promises4.pipeline)(pack, zlibModule().createGzip({ level: 6 }), (0, import_node_fs15.createWriteStream)(out));
  } else {
    const z = inProcessZstd();
    if (z) done = (0, import_promises4.pipeline)(pack, z, (0, import_node_fs15.createWriteStream)(out));
    else {
      const { input, done: exited } = await spawnZstd(out);
      done = Promise.all([(0, import_promises4.pipeline)(pack, input), exited]);
    }
  }
  const add = async (e) => {
    if (e.kind === "dir")
      return void pack.entry({ name: e.name, type: "directory", mode: e.mode, mtime: e.mtime });
    if (e.kind === "symlink")
      return void pack.entry({
        name: e.name,
        type: "symlink",
        linkname: e.linkname,
        mode: 511,
        mtime: e.mtime
      });
    await new Promise((resolve2, reject) => {
      const sink = pack.entry(
        { name: e.name, type: "file", size: e.size, mode: e.mode, mtime: e.mtime },
        (err2) => err2 ? reject(err2) : resolve2()
      );
      (0, import_node_fs15.createReadStream)(e.abs).on("error", reject).pipe(sink);
    });
  };
  try {
    for (const e of entries) await add(e);
    pack.finalize();
  } catch (e) {
    pack.destroy(e);
  }
  await done;
}
var import_node_fs15, import_node_path24, import_promises4;
var init_archive = __esm({
  "src/core/instances/archive.ts"() {
    "use strict";
    import_node_fs15 = require("node:fs");
    init_async_fs();
    import_node_path24 = __toESM(require("node:path"), 1);
    import_promises4 = require("node:stream/promises");
    init_errors();
    init_log();
    init_builtins();
  }
});

// src/core/instances/metadata.ts
function instanceName(b) {
  const p = b.platform;
  const plat = `${p.os}-${p.arch}${p.archVariant ? `_${p.archVariant}` : ""}-${p.libc}`;
  return `${b.implementation ?? "cpython"}-${b.version}-${plat}${b.variant ? `+${b.variant}` : ""}-${b.build}`;
}
function parseInstanceName(name) {
  const m = NAME.exec(name);
  if (!m) return void 0;
  try {
    return {
      implementation: m[1],
      version: m[2],
      platform: parsePlatform(m[3]),
      variant: m[4],
      build: m[5]
    };
  } catch {
    return void 0;
  }
}
function buildKeyOf(p) {
  const plat = `${p.platform.os}-${p.platform.arch}${p.platform.archVariant ? `_${p.platform.archVariant}` : ""}-${p.platform.libc}`;
  return `${p.implementation}-${p.version}${p.variant ? `+${p.variant}` : ""}-${plat}`;
}
async function writeInstanceMetadata(dir2, m) {
  const file = import_node_path25.default.join(dir2, METADATA_FILE);
  const { rebuilt: _rebuilt, ...stored } = m;
  await writeFileAtomic(file, JSON.stringify(stored, null, 2) + "\n");
}
async function readStoredMetadata(dir2) {
  sweepDeadTemps(import_node_path25.default.join(dir2, METADATA_FILE));
  try {
    const m = JSON.parse(await fs.readFile(import_node_path25.default.join(dir2, METADATA_FILE), "utf8"));
    if (typeof m !== "object" || !m || m.key !== import_node_path25.default.basename(dir2) || typeof m.version !== "string" || typeof m.build !== "string" || typeof m.pythonExe !== "string" || typeof m.platform?.os !== "string") {
      return void 0;
    }
    return m;
  } catch {
    return void 0;
  }
}
async function rebuildInstanceMetadata(dir2, log) {
  const key = import_node_path25.default.basename(dir2);
  const parsed = parseInstanceName(key);
  const exe = findInterpreter(import_node_path25.default.join(dir2, "python"));
  if (!parsed || !exe) return void 0;
  let version = parsed.version;
  try {
    version = (await probeInterpreter(import_node_path25.default.join(dir2, "python", exe))).version;
  } catch (e) {
    log.warn(
      `${key}: the interpreter does not run (${e instanceof Error ? e.message : String(e)}); run verify.`
    );
  }
  const st = await fs.stat(import_node_path25.default.join(dir2, "python"));
  const m = {
    schema: SCHEMA,
    key,
    dir: dir2,
    buildKey: buildKeyOf({ ...parsed, version }),
    implementation: parsed.implementation,
    version,
    build: parsed.build,
    platform: parsed.platform,
    variant: parsed.variant,
    pythonExe: exe,
    createdAt: (st.birthtimeMs > 0 ? st.birthtime : st.mtime).toISOString(),
    origin: { kind: "rebuilt" }
  };
  log.warn(
    `${key}: ${METADATA_FILE} was missing or corrupt; rebuilt it from the files (instance and venvs kept).`
  );
  try {
    await writeInstanceMetadata(dir2, m);
  } catch (e) {
    log.warn(
      `${key}: could not store the rebuilt ${METADATA_FILE}: ${e instanceof Error ? e.message : String(e)}`
    );
  }
  return { ...m, rebuilt: true };
}
function installedMetadata(build, key, dir2, r) {
  return {
    schema: SCHEMA,
    key,
    dir: dir2,
    buildKey: build.key,
    implementation: build.implementation ?? "cpython",
    version: r.version,
    build: build.build,
    platform: build.platform,
    variant: build.variant,
    flavor: build.flavor,
    pythonExe: r.pythonExe,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    source: {
      url: r.url,
      assetName: build.assetName,
      sha256: r.sha256,
      bytes: r.bytes,
      checksumSource: r.checksumSource
    },
    origin: { kind: "installed" }
  };
}
var import_node_path25, METADATA_FILE, SCHEMA, NAME;
var init_metadata = __esm({
  "src/core/instances/metadata.ts"() {
    "use strict";
    init_async_fs();
    import_node_path25 = __toESM(require("node:path"), 1);
    init_platform();
    init_python_layout();
    init_probe();
    init_fs();
    METADATA_FILE = "instance.json";
    SCHEMA = 1;
    NAME = /^(cpython|pypy|graalpy)-(\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?)-(.+?)(?:\+(freethreaded\+debug|freethreaded|debug))?-(\d[A-Za-z0-9._]*)$/;
  }
});

// src/core/instances/local-archive.ts
async function localArchiveBuild(archivePath, sha2562) {
  const file = import_node_path26.default.resolve(archivePath);
  const assetName = decodeURIComponent(import_node_path26.default.basename(file));
  const p = parseAssetName(assetName);
  if (!p) {
    throw new PythonInstallationError(`Cannot tell which Python build ${assetName} is.`, {
      requested: file,
      hint: "Keep the python-build-standalone asset name (e.g. cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only.tar.gz)."
    });
  }
  if (!(await fs.stat(file).catch(() => void 0))?.isFile()) {
    throw new PythonInstallationError(`No archive at ${file}.`, { requested: file });
  }
  let sum = sha2562;
  if (!sum) {
    const side = await fs.readFile(`${file}.sha256`, "utf8").catch(() => void 0);
    sum = side ? /^[0-9a-fA-F]{64}/.exec(side.trim())?.[0] : void 0;
  }
  if (!sum) {
    const sums = await fs.readFile(import_node_path26.default.join(import_node_path26.default.dirname(file), "SHA256SUMS"), "utf8").catch(() => void 0);
    sum = sums ? parseSha256Sums(sums).get(assetName) : void 0;
  }
  const plat = p.platform;
  const platKey = `${plat.os}-${plat.arch}${plat.archVariant ? `_${plat.archVariant}` : ""}-${plat.libc}`;
  return {
    key: `cpython-${p.version}${p.variant ? `+${p.variant}` : ""}-${platKey}`,
    version: p.version,
    major: p.major,
    minor: p.minor,
    patch: p.patch,
    prerelease: p.prerelease,
    variant: p.variant,
    platform: plat,
    build: p.build,
    flavor: p.flavor,
    format: p.format,
    assetName,
    url: (0, import_node_url5.pathToFileURL)(file).href,
    sha256: sum?.toLowerCase()
  };
}
var import_node_path26, import_node_url5;
var init_local_archive = __esm({
  "src/core/instances/local-archive.ts"() {
    "use strict";
    init_async_fs();
    import_node_path26 = __toESM(require("node:path"), 1);
    import_node_url5 = require("node:url");
    init_asset_name();
    init_errors();
    init_mirror();
  }
});

// src/core/instances/disk.ts
async function freeSpaceMB(dir2) {
  while (!await exists(dir2) && import_node_path27.default.dirname(dir2) !== dir2) dir2 = import_node_path27.default.dirname(dir2);
  const s = await fs.statfs(dir2);
  return s.bavail * s.bsize / (1024 * 1024);
}
async function removeInstanceTree(root, dir2) {
  const trash = import_node_path27.default.join(root, `.trash-${import_node_path27.default.basename(dir2)}-${process.pid}-${Date.now()}`);
  await renameWithRetry(dir2, trash);
  await fs.rm(trash, { recursive: true, force: true });
}
async function dirSize(dir2) {
  let total = 0;
  const seen = /* @__PURE__ */ new Set();
  const walk3 = async (d) => {
    for (const e of await fs.readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = import_node_path27.default.join(d, e.name);
      if (e.isDirectory()) await walk3(p);
      else if (e.isFile()) {
        const st = await fs.lstat(p);
        const id = `${st.dev}:${st.ino}`;
        if (st.nlink > 1 && seen.has(id)) continue;
        seen.add(id);
        total += st.size;
      }
    }
  };
  await walk3(dir2);
  return total;
}
var import_node_path27;
var init_disk2 = __esm({
  "src/core/instances/disk.ts"() {
    "use strict";
    init_async_fs();
    import_node_path27 = __toESM(require("node:path"), 1);
    init_fs();
  }
});

// src/core/instances/naming.ts
function versionLabel(b) {
  if (b.implementation === "pypy") return `pypy${b.version}`;
  if (b.implementation === "graalpy") return `graalpy${b.build}`;
  return b.version;
}
var INSTANCE_NAME_SAFE;
var init_naming = __esm({
  "src/core/instances/naming.ts"() {
    "use strict";
    INSTANCE_NAME_SAFE = /^(cpython|pypy|graalpy)-[A-Za-z0-9._+-]+$/;
  }
});

// src/core/venvs/relocate.ts
async function relocateVenv(venvDir, o) {
  const report = { rewritten: [], relinked: [], stale: [] };
  const from = import_node_path28.default.resolve(o.from);
  const to = import_node_path28.default.resolve(o.to);
  const cfg = await readPyvenvCfg(venvDir) ?? {};
  const oldHome = cfg.home;
  const newHome = o.basePython ? import_node_path28.default.dirname(import_node_path28.default.resolve(o.basePython)) : void 0;
  const pairs = [];
  if (from !== to) pairs.push([from, to]);
  if (from !== to && isWindowsHost()) pairs.push([from.replace(/\\/g, "/"), to.replace(/\\/g, "/")]);
  if (newHome && oldHome !== newHome) {
    await setPyvenvCfgValue(venvDir, "home", newHome);
    report.rewritten.push("pyvenv.cfg");
  }
  if (pairs.length && await rewriteFile(import_node_path28.default.join(venvDir, "pyvenv.cfg"), pairs))
    report.rewritten.push("pyvenv.cfg");
  const bin = venvBinDir(venvDir);
  if (o.basePython) report.relinked.push(...await restoreInterpreterLinks(venvDir, o.basePython, cfg));
  for (const e of await fs.readdir(bin, { withFileTypes: true }).catch(() => [])) {
    const p = import_node_path28.default.join(bin, e.name);
    if (e.isSymbolicLink()) {
      if (await relink(p, from, to, o.basePython, oldHome)) report.relinked.push(import_node_path28.default.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && await rewriteFile(p, pairs)) {
      report.rewritten.push(import_node_path28.default.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && await binaryNames(p, from)) {
      report.stale.push(import_node_path28.default.relative(venvDir, p));
    }
  }
  for (const sp of await sitePackagesDirs(venvDir)) {
    for (const e of await fs.readdir(sp, { withFileTypes: true }).catch(() => [])) {
      const p = import_node_path28.default.join(sp, e.name);
      if (e.isFile() && e.name.endsWith(".pth") && pairs.length && await rewriteFile(p, pairs)) {
        report.rewritten.push(import_node_path28.default.relative(venvDir, p));
      } else if (e.isSymbolicLink() && await relink(p, from, to)) {
        report.relinked.push(import_node_path28.default.relative(venvDir, p));
      }
    }
  }
  for (const name of await fs.readdir(venvDir).catch(() => [])) {
    const p = import_node_path28.default.join(venvDir, name);
    const st = await fs.lstat(p).catch(() => void 0);
    if (st?.isSymbolicLink() && await relink(p, from, to)) report.relinked.push(name);
  }
  return report;
}
function refuseStaleLaunchers(report, source) {
  if (report.stale.length === 0) return;
  throw new ConfigurationError(
    `Cannot move the venv from ${source}: ${report.stale.join(", ")} hold its absolute path in binary form.`,
    {
      requested: source,
      hint: "Recreate the source venv as relocatable (relocatable: true, the default on Windows), then copy it."
    }
  );
}
async function restoreInterpreterLinks(venvDir, basePython, cfg) {
  if (isWindowsHost()) return [];
  const bin = venvBinDir(venvDir);
  if (!await isDir(bin)) return [];
  const created = [];
  const mm = /^(\d+)\.(\d+)/.exec(cfg.version_info ?? cfg.version ?? "");
  const links = [["python", import_node_path28.default.resolve(basePython)]];
  if (mm) links.push([`python${mm[1]}`, "python"], [`python${mm[1]}.${mm[2]}`, "python"]);
  for (const [name, target] of links) {
    const p = import_node_path28.default.join(bin, name);
    if (await fs.lstat(p).catch(() => void 0)) continue;
    await fs.symlink(target, p);
    created.push(import_node_path28.default.relative(venvDir, p));
  }
  return created;
}
async function recordedVenvPath(venvDir) {
  const text4 = await fs.readFile(import_node_path28.default.join(venvBinDir(venvDir), "activate"), "utf8").catch(() => void 0);
  const m = text4 ? /^\s*(?:export\s+)?VIRTUAL_ENV=(['"])(.+?)\1\s*$/m.exec(text4) : void 0;
  const value = m?.[2];
  if (value === void 0 || /[$`'"]/.test(value)) return void 0;
  return import_node_path28.default.posix.isAbsolute(value) || import_node_path28.default.win32.isAbsolute(value) ? value : void 0;
}
async function rewriteFile(file, pairs) {
  const st = await fs.stat(file).catch(() => void 0);
  if (!st || !st.isFile() || st.size > MAX_TEXT) return false;
  const buf = await fs.readFile(file);
  if (buf.subarray(0, 8192).includes(0)) return false;
  const text4 = buf.toString("utf8");
  let next = text4;
  for (const [a, b] of pairs) next = next.replace(wholePath(a), () => b);
  if (next === text4) return false;
  await fs.writeFile(file, next, { mode: st.mode });
  await fs.chmod(file, st.mode);
  return true;
}
async function binaryNames(file, p) {
  const st = await fs.stat(file).catch(() => void 0);
  if (!st || st.size > MAX_TEXT) return false;
  const buf = await fs.readFile(file);
  if (!buf.subarray(0, 8192).includes(0)) return false;
  return buf.includes(Buffer.from(p, "utf8")) || buf.includes(Buffer.from(p, "utf16le"));
}
function wholePath(p) {
  const esc = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${esc}(?=$|[\\\\/'"\`\\s:;,)\\]}])`, "gm");
}
async function relink(link, from, to, basePython, oldHome) {
  const target = await fs.readlink(link).catch(() => void 0);
  if (target === void 0 || !import_node_path28.default.isAbsolute(target)) return false;
  let next;
  if (target === from || target.startsWith(from + import_node_path28.default.sep)) next = to + target.slice(from.length);
  else if (basePython && oldHome && import_node_path28.default.dirname(target) === oldHome) next = import_node_path28.default.resolve(basePython);
  else if (basePython && !await exists(target)) next = import_node_path28.default.resolve(basePython);
  if (!next || next === target) return false;
  await fs.rm(link, { force: true });
  await fs.symlink(next, link);
  return true;
}
var import_node_path28, MAX_TEXT;
var init_relocate = __esm({
  "src/core/venvs/relocate.ts"() {
    "use strict";
    init_async_fs();
    import_node_path28 = __toESM(require("node:path"), 1);
    init_errors();
    init_fs();
    init_host();
    init_layout2();
    MAX_TEXT = 2 * 1024 * 1024;
  }
});

// src/core/instances/relocate.ts
async function relocateInstanceVenvs(instanceDir, pythonPath, oldInstanceDir, log) {
  const venvs = import_node_path29.default.join(instanceDir, "venvs");
  for (const e of await fs.readdir(venvs, { withFileTypes: true }).catch(() => [])) {
    if (!e.isDirectory() || e.name === META_DIR || e.name.startsWith(".")) continue;
    const to = import_node_path29.default.join(venvs, e.name);
    const from = await recordedVenvPath(to) ?? (oldInstanceDir ? import_node_path29.default.join(oldInstanceDir, "venvs", e.name) : void 0);
    if (!from) {
      log.warn(`venv ${e.name}: cannot tell where it used to live; only its interpreter link is re-pointed`);
    }
    try {
      await relocateVenv(to, { from: from ?? to, to, basePython: pythonPath });
    } catch (err2) {
      log.warn(`venv ${e.name}: could not re-point it (${err2 instanceof Error ? err2.message : String(err2)})`);
    }
  }
}
var import_node_path29;
var init_relocate2 = __esm({
  "src/core/instances/relocate.ts"() {
    "use strict";
    init_async_fs();
    import_node_path29 = __toESM(require("node:path"), 1);
    init_layout2();
    init_relocate();
  }
});

// src/core/instances/import.ts
async function importExported(archivePath, o) {
  await fs.mkdir(o.root, { recursive: true });
  const staging = await fs.mkdtemp(import_node_path30.default.join(o.root, ".import-"));
  try {
    const { extractArchive: extractArchive2 } = await Promise.resolve().then(() => (init_extract2(), extract_exports));
    await extractArchive2(import_node_path30.default.resolve(archivePath), import_node_path30.default.join(staging, "x"), {
      ...o.archiveLimits,
      signal: o.signal
    });
    const top = await findExportedInstance(import_node_path30.default.join(staging, "x"));
    if (!top) {
      throw new PythonInstallationError(
        `${archivePath} is not an exported instance (no <name>/python/ inside).`,
        {
          requested: archivePath,
          hint: "Use an archive written by exportInstance / `pyembed export`. For a PBS archive use installArchive."
        }
      );
    }
    const stored = await readStoredMetadata(top);
    const key = import_node_path30.default.basename(top);
    const dir2 = o.dirOf(key);
    const oldDir = stored?.dir;
    return await withLock(o.lockPath(key), async () => {
      if (await exists(dir2)) {
        if (!o.overwrite) {
          throw new PythonInstallationError(`${key} already exists under ${o.root}.`, {
            requested: key,
            hint: "Delete it first or import with overwrite."
          });
        }
        await removeInstanceTree(o.root, dir2);
      }
      await renameWithRetry(top, dir2);
      const meta = await readStoredMetadata(dir2) ?? await rebuildInstanceMetadata(dir2, o.log);
      if (!meta)
        throw new PythonInstallationError(`${key}: no runnable interpreter in the imported archive.`, {
          requested: archivePath
        });
      const probe2 = await probeInterpreter(import_node_path30.default.join(dir2, "python", ...meta.pythonExe.split("/"))).catch(
        async (e) => {
          await fs.rm(dir2, { recursive: true, force: true });
          throw e;
        }
      );
      const updated = {
        ...meta,
        dir: dir2,
        version: probe2.version,
        origin: { kind: "imported", from: import_node_path30.default.resolve(archivePath) }
      };
      await writeInstanceMetadata(dir2, updated);
      await relocateInstanceVenvs(dir2, import_node_path30.default.join(dir2, "python", ...meta.pythonExe.split("/")), oldDir, o.log);
      return { dir: dir2, meta: updated };
    });
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}
async function findExportedInstance(root) {
  const names = await fs.readdir(root);
  for (const n of names) {
    if (INSTANCE_NAME_SAFE.test(n) && await exists(import_node_path30.default.join(root, n, "python"))) return import_node_path30.default.join(root, n);
  }
  return void 0;
}
var import_node_path30;
var init_import = __esm({
  "src/core/instances/import.ts"() {
    "use strict";
    init_async_fs();
    import_node_path30 = __toESM(require("node:path"), 1);
    init_errors();
    init_fs();
    init_lock();
    init_probe();
    init_disk2();
    init_metadata();
    init_naming();
    init_relocate2();
  }
});

// src/core/instances/load.ts
function instanceOf(dir2, m) {
  const pythonDir = import_node_path31.default.join(dir2, "python");
  return {
    key: m.key,
    buildKey: m.buildKey,
    dir: dir2,
    pythonDir,
    pythonPath: import_node_path31.default.join(pythonDir, ...m.pythonExe.split("/")),
    venvsDir: import_node_path31.default.join(dir2, "venvs"),
    version: m.version,
    implementation: m.implementation ?? "cpython",
    build: m.build,
    platform: m.platform,
    variant: m.variant,
    flavor: m.flavor,
    createdAt: m.createdAt,
    source: m.source,
    metadataRebuilt: !!m.rebuilt
  };
}
async function loadInstance(dir2, log) {
  const pythonDir = import_node_path31.default.join(dir2, "python");
  const st = await fs.stat(pythonDir).catch(() => void 0);
  if (!st?.isDirectory()) return void 0;
  const stored = await readStoredMetadata(dir2);
  if (stored && await fs.stat(import_node_path31.default.join(pythonDir, ...stored.pythonExe.split("/"))).catch(() => void 0)) {
    return instanceOf(dir2, stored);
  }
  const rebuilt = await rebuildInstanceMetadata(dir2, log);
  return rebuilt ? instanceOf(dir2, rebuilt) : void 0;
}
var import_node_path31;
var init_load2 = __esm({
  "src/core/instances/load.ts"() {
    "use strict";
    init_async_fs();
    import_node_path31 = __toESM(require("node:path"), 1);
    init_metadata();
  }
});

// src/core/instances/select.ts
function instanceMatches(i, req2, o) {
  if (i.implementation !== req2.implementation) return false;
  const v = parseVersion(i.version);
  if (!v || !versionMatches(req2.version, v)) return false;
  if ((i.variant ?? void 0) !== buildVariantOf(req2.variant)) return false;
  if (o.build && i.build !== o.build) return false;
  const rp = req2.platform;
  if (rp && (rp.os && rp.os !== i.platform.os || rp.arch && rp.arch !== i.platform.arch || rp.libc && rp.libc !== i.platform.libc))
    return false;
  const plat = o.platform;
  return !plat || plat.os === i.platform.os && plat.arch === i.platform.arch && plat.libc === i.platform.libc;
}
var init_select = __esm({
  "src/core/instances/select.ts"() {
    "use strict";
    init_spec2();
    init_match();
    init_version2();
  }
});

// src/core/instances/integrity.ts
async function checkIntegrity(inst) {
  const problems = [];
  const stored = await readStoredMetadata(inst.dir);
  if (!stored) problems.push(`${METADATA_FILE} missing or unreadable`);
  const parsed = parseInstanceName(inst.key);
  if (parsed && (parsed.version !== inst.version || parsed.build !== inst.build))
    problems.push(`metadata (${inst.version}, ${inst.build}) disagrees with the directory name`);
  const exe = findInterpreter(inst.pythonDir);
  if (!exe) problems.push("no interpreter in python/");
  let version;
  if (exe) {
    try {
      const probe2 = await probeInterpreter(inst.pythonPath);
      version = probe2.version;
      if (probe2.version !== inst.version)
        problems.push(`interpreter reports ${probe2.version}, metadata says ${inst.version}`);
      const ft = inst.variant?.includes("freethreaded") ?? false;
      if (probe2.freethreaded !== ft)
        problems.push(`interpreter is ${probe2.freethreaded ? "" : "not "}free-threaded`);
    } catch (e) {
      problems.push(`interpreter does not run: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const mm = /^(\d+)\.(\d+)/.exec(inst.version);
  if (mm && inst.platform.os !== "windows") {
    const lib = import_node_path32.default.join(inst.pythonDir, "lib");
    const names = await fs.readdir(lib).catch(() => []);
    const stdlib = names.find((n) => n === `python${mm[1]}.${mm[2]}` || n === `python${mm[1]}.${mm[2]}t`);
    if (!stdlib || !await exists(import_node_path32.default.join(lib, stdlib, "os.py")))
      problems.push("standard library (lib/python3.X/os.py) missing");
  } else if (inst.platform.os === "windows" && !await exists(import_node_path32.default.join(inst.pythonDir, "Lib", "os.py"))) {
    problems.push("standard library (Lib/os.py) missing");
  }
  return { ok: problems.length === 0, key: inst.key, problems, version };
}
var import_node_path32;
var init_integrity = __esm({
  "src/core/instances/integrity.ts"() {
    "use strict";
    init_async_fs();
    import_node_path32 = __toESM(require("node:path"), 1);
    init_fs();
    init_python_layout();
    init_probe();
    init_metadata();
  }
});

// src/core/instances/manager.ts
var import_node_path33, host2, hostOnce, PythonManager;
var init_manager = __esm({
  "src/core/instances/manager.ts"() {
    "use strict";
    init_async_fs();
    import_node_path33 = __toESM(require("node:path"), 1);
    init_catalog();
    init_library();
    init_options();
    init_errors();
    init_log();
    init_platform();
    init_spec2();
    init_version2();
    init_fs();
    init_install2();
    init_lock();
    init_archive();
    init_metadata();
    init_local_archive();
    init_import();
    init_load2();
    init_select();
    init_naming();
    init_disk2();
    init_integrity();
    init_text();
    init_disk2();
    hostOnce = () => host2 ??= hostPlatform();
    PythonManager = class {
      constructor(o = {}) {
        this.o = o;
        this.root = import_node_path33.default.resolve(o.root ?? process.env.PYEMBED_ROOT ?? defaultRoot());
        this.log = o.logger ?? silentLogger;
      }
      o;
      root;
      log;
      catalogPromise;
      get catalog() {
        this.catalogPromise ??= this.o.catalog ?? createCatalog({ logger: this.log, token: this.o.token });
        return this.catalogPromise;
      }
      /** `<root>/<key>` after checking the key is one plain directory name inside the root. */
      dirOf(key) {
        const dir2 = import_node_path33.default.resolve(this.root, key);
        if (!INSTANCE_NAME_SAFE.test(key) || import_node_path33.default.dirname(dir2) !== this.root) {
          throw new InstanceNotFoundError(`"${key}" is not an instance name under ${this.root}.`, {
            requested: key,
            hint: "Instance names look like cpython-3.12.5-linux-x86_64-gnu-20240814 (see `pyembed list`)."
          });
        }
        return dir2;
      }
      lockPath(key) {
        return import_node_path33.default.join(this.root, ".locks", `${key}.lock`);
      }
      // ---- install -------------------------------------------------------------------------------
      /** Resolves `spec` with the catalogue and returns the instance, installing it when absent. */
      async getOrCreateInstance(spec = "3.12", o = {}) {
        const build = await this.catalog.resolve(spec, {
          platform: o.platform,
          build: o.build,
          flavor: o.flavor,
          freethreaded: o.freethreaded,
          checkLatest: o.checkLatest
        });
        return (await this.installBuild(build, o)).instance;
      }
      /** Like getOrCreateInstance, then checks the instance really works (PythonNotInstalledError if not). */
      async ensurePythonVersion(spec, o = {}) {
        const inst = await this.getOrCreateInstance(spec, o);
        const report = await this.validateIntegrity(inst.key);
        if (!report.ok) {
          throw new PythonNotInstalledError(
            `Python ${spec} (${inst.key}) is installed but broken: ${report.problems.join("; ")}.`,
            {
              requested: spec,
              problems: report.problems,
              hint: `Remove it (pyembed remove ${inst.key}) and install again.`
            }
          );
        }
        return inst;
      }
      /** Installs one resolved build as an instance (one download even when called concurrently). */
      async installBuild(build, o = {}) {
        const key = instanceName(build);
        const dir2 = this.dirOf(key);
        const existing = await this.load(dir2);
        if (existing) {
          await clearStaleLock(this.lockPath(key), this.o.lockStaleMs).catch(() => void 0);
          return { instance: existing, downloaded: false };
        }
        if (this.o.offline && !o.archivePath && !(this.o.mirror && !/^https?:/i.test(this.o.mirror))) {
          throw new PythonInstallationError(`${key} is not installed and offline mode forbids downloading it.`, {
            requested: key,
            hint: "Give a local mirror directory (--mirror <dir>) or an archive (pyembed import / installArchive), or go online."
          });
        }
        return this.typed(key, () => this.lockedInstall(build, key, dir2, o));
      }
      /** File-system failures (read-only root, full disk...) as a typed error naming the cause. */
      async typed(key, fn) {
        try {
          return await fn();
        } catch (e) {
          if (isPythonEmbeddedError(e) || e?.name === "AbortError") throw e;
          throw new PythonInstallationError(`Cannot install ${key} under ${this.root}: ${fsErrorText(e)}`, {
            requested: key,
            hint: "Check that the root directory is writable and has room (PYEMBED_ROOT / --root)."
          });
        }
      }
      lockedInstall(build, key, dir2, o) {
        return withLock(
          this.lockPath(key),
          async () => {
            const done = await this.load(dir2);
            if (done) return { instance: done, downloaded: false };
            const pythonDir = import_node_path33.default.join(dir2, "python");
            await cleanStaging(pythonDir, this.log);
            await fs.mkdir(dir2, { recursive: true });
            this.log.info(`Installing ${build.key} (${build.build}) into ${dir2}`);
            const r = await installBuild(build, pythonDir, {
              mirror: this.o.mirror,
              archivePath: o.archivePath,
              token: this.o.token,
              allowMissingChecksum: this.o.allowMissingChecksum,
              retries: this.o.retries,
              timeoutMs: this.o.timeoutMs,
              backoffMs: this.o.backoffMs,
              ca: this.o.ca,
              archiveLimits: this.o.archiveLimits,
              logger: this.log,
              signal: o.signal,
              onProgress: o.onProgress
            }).catch(async (e) => {
              await fs.rmdir(dir2).catch(() => {
              });
              throw e;
            });
            const meta = installedMetadata(build, key, dir2, r);
            await writeInstanceMetadata(dir2, meta);
            return { instance: this.toInstance(dir2, meta), downloaded: r.downloaded };
          },
          {
            staleMs: this.o.lockStaleMs,
            signal: o.signal,
            onWait: (h) => this.log.info(`Waiting for another install of ${key} (pid ${h?.pid ?? "?"})...`)
          }
        );
      }
      /**
       * Offline install from a local PBS archive: the build is read from the PBS asset name; the checksum from
       * `sha256` or a `<archive>.sha256` / `SHA256SUMS` file beside it, when there is one.
       */
      async installArchive(archivePath, o = {}) {
        const build = await localArchiveBuild(archivePath, o.sha256);
        return (await this.installBuild(build, { ...o, archivePath })).instance;
      }
      // ---- lookup --------------------------------------------------------------------------------
      toInstance(dir2, m) {
        return instanceOf(dir2, m);
      }
      /** The instance in `dir` when its python/ is complete; metadata rebuilt if needed. */
      load(dir2) {
        return loadInstance(dir2, this.log);
      }
      /** All instances under the root, newest version (then build) first. */
      async listInstances() {
        const names = await fs.readdir(this.root).catch(() => []);
        const out = [];
        for (const name of names) {
          if (!INSTANCE_NAME_SAFE.test(name)) continue;
          const inst = await this.load(import_node_path33.default.join(this.root, name));
          if (inst) out.push(inst);
        }
        return out.sort(
          (a, b) => compareVersionText(b.version, a.version) || compareText(b.build, a.build) || compareText(a.key, b.key)
        );
      }
      /**
       * The installed instance for an instance key, a uv build key or a spec (`3.12`, `>=3.11`, `3.13t`),
       * newest match first; undefined when nothing installed matches (no download, no catalogue).
       */
      async getInstance(keyOrSpec = "3.12", o = {}) {
        const text4 = keyOrSpec.trim();
        if (/[\\/]/.test(text4) || text4.startsWith(".")) this.dirOf(text4);
        if (INSTANCE_NAME_SAFE.test(text4) && parseInstanceName(text4)) {
          return this.load(this.dirOf(text4));
        }
        const all = await this.listInstances();
        const byBuildKey = all.filter(
          (i) => i.buildKey === text4.toLowerCase() && (!o.build || i.build === o.build)
        );
        if (byBuildKey.length) return byBuildKey[0];
        const req2 = parsePythonRequest(text4);
        const plat = o.platform ?? (req2.platform ? void 0 : hostOnce());
        const matches = all.filter((i) => instanceMatches(i, req2, { build: o.build, platform: plat }));
        const stable = matches.filter((i) => !parseVersion(i.version)?.pre);
        return (requestAllowsPrereleases(req2) || stable.length === 0 ? matches : stable)[0];
      }
      async require(keyOrSpec, o = {}) {
        const inst = await this.getInstance(keyOrSpec, o);
        if (!inst) {
          throw new InstanceNotFoundError(`No installed Python matches ${keyOrSpec} under ${this.root}.`, {
            requested: keyOrSpec,
            available: (await this.listInstances()).map((i) => i.key),
            hint: `Install it first (pyembed install ${keyOrSpec}).`
          });
        }
        return inst;
      }
      async getInstanceInfo(keyOrSpec, o = {}) {
        const inst = await this.getInstance(keyOrSpec, o);
        return inst ? { ...inst, sizeBytes: await dirSize(inst.dir) } : void 0;
      }
      /** Bytes on disk of one instance (python + venvs + metadata); 0 when not installed. */
      async getInstanceSize(keyOrSpec, o = {}) {
        const inst = await this.getInstance(keyOrSpec, o);
        return inst ? dirSize(inst.dir) : 0;
      }
      async getTotalDiskUsage() {
        let total = 0;
        for (const i of await this.listInstances()) total += await dirSize(i.dir);
        return total;
      }
      // ---- maintenance ---------------------------------------------------------------------------
      /** Deletes one instance (and its venvs). False when it is not installed; refuses anything outside the root. */
      async deleteInstance(keyOrSpec, o = {}) {
        const inst = await this.getInstance(keyOrSpec, o);
        if (!inst) return false;
        const dir2 = this.dirOf(inst.key);
        if (import_node_path33.default.resolve(inst.dir) !== dir2) {
          throw new PythonInstallationError(
            `Refusing to delete ${inst.dir}: it is not directly under ${this.root}.`,
            { requested: inst.dir }
          );
        }
        await withLock(this.lockPath(inst.key), () => removeInstanceTree(this.root, dir2));
        return true;
      }
      /** Interpreter runs and reports the recorded version; files present; metadata consistent with the name. */
      async validateIntegrity(keyOrSpec, o = {}) {
        const inst = await this.getInstance(keyOrSpec, o);
        return inst ? checkIntegrity(inst) : { ok: false, key: keyOrSpec, problems: ["not installed"] };
      }
      /** True when the root's filesystem has at least `requiredMB` free. */
      async checkDiskSpace(requiredMB) {
        return await this.availableDiskSpaceMB() >= requiredMB;
      }
      async availableDiskSpaceMB() {
        return freeSpaceMB(this.root);
      }
      // ---- catalogue questions: the contract of catalog/library.ts, asked of this manager's catalogue ----
      /**
       * The newest build matching `spec` (not installed by this call). Throws InvalidPythonVersionError when
       * the spec is malformed or nothing matches, and the source's DownloadError/RateLimitError when it
       * cannot be read: see catalog/library.ts.
       */
      findBestMatchingVersion(spec, o = {}) {
        return findBestMatchingVersion(spec, { ...o, catalog: this.catalog });
      }
      /** The newest stable CPython build (`latest`); throws like `findBestMatchingVersion`. */
      getLatestPythonVersion(o = {}) {
        return getLatestPythonVersion({ ...o, catalog: this.catalog });
      }
      /** The builds available, newest first (one per version unless `o.all`); `build` pins one PBS release. */
      listAvailableVersions(build, o = {}) {
        return listAvailableVersions(build, { ...o, catalog: this.catalog });
      }
      // ---- export / import -----------------------------------------------------------------------
      /** Writes the instance (python/, venvs/, instance.json) to `.tar.gz`, `.tar.zst` or `.zip`; returns the path. */
      async exportInstance(keyOrSpec, outPath, o = {}) {
        const inst = await this.require(keyOrSpec, o);
        const out = import_node_path33.default.resolve(outPath);
        await packDirectory(inst.dir, out, { topName: inst.key, logger: this.log });
        this.log.info(`Exported ${inst.key} to ${out}`);
        return out;
      }
      /**
       * Imports an exported instance (same safety rules as any extraction: no `..`, absolute paths or escaping
       * links). The interpreter is run at its new place before the instance is registered; venvs are re-pointed.
       */
      async importInstance(archivePath, o = {}) {
        const { dir: dir2, meta } = await importExported(archivePath, {
          root: this.root,
          dirOf: (key) => this.dirOf(key),
          lockPath: (key) => this.lockPath(key),
          archiveLimits: this.o.archiveLimits,
          log: this.log,
          ...o
        });
        return this.toInstance(dir2, meta);
      }
    };
  }
});

// src/core/instances/index.ts
var instances_exports = {};
__export(instances_exports, {
  METADATA_FILE: () => METADATA_FILE,
  PythonManager: () => PythonManager,
  dirSize: () => dirSize,
  instanceName: () => instanceName,
  localArchiveBuild: () => localArchiveBuild,
  packDirectory: () => packDirectory,
  parseInstanceName: () => parseInstanceName
});
var init_instances = __esm({
  "src/core/instances/index.ts"() {
    "use strict";
    init_manager();
    init_metadata();
    init_archive();
    init_local_archive();
  }
});

// src/core/setup/installer.ts
function managerOptions(o) {
  const { root, mirror, allowMissingChecksum, retries, timeoutMs, backoffMs, offline, logger } = o;
  return {
    ...{ root, mirror, allowMissingChecksum, retries, timeoutMs, backoffMs, offline, logger },
    token: o.githubToken,
    archiveLimits: { maxBytes: o.archiveMaxBytes, maxRatio: o.archiveMaxRatio }
  };
}
function managerInstaller(o) {
  let manager2;
  const get = (ctx) => manager2 ??= Promise.resolve().then(() => (init_instances(), instances_exports)).then(
    ({ PythonManager: PythonManager2 }) => new PythonManager2(managerOptions({ ...o, logger: o.logger ?? ctx.logger }))
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
      const key = installed.instanceDir ? import_node_path34.default.basename(installed.instanceDir) : build.key;
      return (await get(ctx)).exportInstance(key, archivePath, {
        build: build.build,
        platform: build.platform
      });
    }
  };
}
var import_node_path34;
var init_installer = __esm({
  "src/core/setup/installer.ts"() {
    "use strict";
    import_node_path34 = __toESM(require("node:path"), 1);
  }
});

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
  const text4 = stdout.trim();
  if (!text4) return [];
  const v = JSON.parse(text4);
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
    const list4 = (k) => (fields[k] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    out.push({
      name: fields.Name,
      version: fields.Version ?? "",
      ...fields.Location ? { location: fields.Location } : {},
      ...fields["Editable project location"] ? { editableProjectLocation: fields["Editable project location"] } : {},
      ...fields.Summary ? { summary: fields.Summary } : {},
      requires: list4("Requires"),
      requiredBy: list4("Required-by"),
      fields
    });
  }
  return out;
}
function uvErrorText(stderr, stdout = "") {
  const lines = stderr.split(/\r?\n/);
  const start = lines.findIndex((l) => /^\s*(error:|\u00d7|\s*\u00d7)/.test(l) || /^\s*\u00d7 /.test(l));
  const kept = (start >= 0 ? lines.slice(start) : lines).filter(
    (l) => l.trim() && !/^Using (Python|CPython) /.test(l) && !/^(Resolved|Prepared|Installed|Audited|Uninstalled) \d+/.test(l)
  );
  const text4 = kept.join("\n").trim();
  return text4 || stdout.trim() || "uv failed without a message";
}
var init_parse3 = __esm({
  "src/core/packages/parse.ts"() {
    "use strict";
  }
});

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
  const err2 = new PackageInstallationError(
    `Installing ${spec} failed: ${uvErrorText(r.stderr, r.stdout)}`,
    details
  );
  Object.defineProperty(err2, "result", { value: toResult(r), enumerable: false });
  return err2;
}
function queryError(what, r) {
  return new PackageInstallationError(`uv could not ${what}: ${uvErrorText(r.stderr, r.stdout)}`, {
    installationOutput: r.stderr,
    exitCode: r.exitCode
  });
}
var init_target = __esm({
  "src/core/packages/target.ts"() {
    "use strict";
    init_errors();
    init_fs();
    init_probe();
    init_parse3();
  }
});

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
var init_health2 = __esm({
  "src/core/packages/health.ts"() {
    "use strict";
    init_errors();
    init_fs();
    init_probe();
    init_parse3();
    init_target();
  }
});

// src/core/packages/index-config.ts
var IndexConfig;
var init_index_config = __esm({
  "src/core/packages/index-config.ts"() {
    "use strict";
    init_errors();
    init_uv2();
    IndexConfig = class {
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
  }
});

// src/core/packages/spec.ts
function normalizePackageName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function refuse2(spec, why) {
  throw new InvalidPackageSpecificationError(
    `Invalid package specification ${JSON.stringify(spec)}: ${why}.`,
    {
      requested: spec,
      hint: 'Use a PEP 508 requirement such as "requests", "requests==2.31.0", "pkg[extra]>=1,<2" or "pkg @ https://...".'
    }
  );
}
function parsePackageSpec(spec) {
  if (typeof spec !== "string") refuse2(String(spec), "not a string");
  const s = spec.trim();
  if (!s) refuse2(spec, "it is empty");
  if (s.startsWith("-")) refuse2(spec, 'it starts with "-" and would be read as a command-line option');
  if (/[\x00-\x1f\x7f]/.test(s)) refuse2(spec, "it contains control characters");
  if (/(^|\s)--?[A-Za-z]/.test(s)) refuse2(spec, "it contains a command-line option");
  const m = REQ_RE.exec(s);
  if (!m) refuse2(spec, "it is not a PEP 508 requirement");
  const [, name, extras, specifier, url, marker] = m;
  if (url !== void 0 && !URL_SCHEMES.test(url))
    refuse2(spec, `the direct reference ${JSON.stringify(url)} is not a URL`);
  if (marker !== void 0 && (!MARKER_RE.test(marker) || !/[<>=!~]|\bin\b/.test(marker))) {
    refuse2(spec, `the environment marker ${JSON.stringify(marker)} is malformed`);
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
  if (typeof version !== "string" || !VERSION_RE2.test(version.trim())) {
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
var NAME2, VERSION3, ONE, SPECS, NAME_RE, VERSION_RE2, REQ_RE, MARKER_RE, URL_SCHEMES;
var init_spec3 = __esm({
  "src/core/packages/spec.ts"() {
    "use strict";
    init_errors();
    NAME2 = String.raw`[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?`;
    VERSION3 = String.raw`[A-Za-z0-9_.*+!]+(?:-[A-Za-z0-9_.*+!]+)*`;
    ONE = String.raw`(?:~=|===|==|!=|<=|>=|<|>)\s*${VERSION3}`;
    SPECS = String.raw`${ONE}(?:\s*,\s*${ONE})*`;
    NAME_RE = new RegExp(`^${NAME2}$`);
    VERSION_RE2 = new RegExp(`^${VERSION3}$`);
    REQ_RE = new RegExp(
      String.raw`^(${NAME2})\s*(?:\[\s*(${NAME2}(?:\s*,\s*${NAME2})*)?\s*\])?\s*` + String.raw`(?:(\(\s*${SPECS}\s*\)|${SPECS})|@\s*(\S+))?\s*(?:;\s*(.+))?$`
    );
    MARKER_RE = /^[A-Za-z0-9_.\s'"<>=!~(),*+-]+$/;
    URL_SCHEMES = /^(?:https?|file|git\+https?|git\+ssh|git\+file|hg\+https?|svn\+https?|bzr\+https?):\/\//i;
  }
});

// src/core/packages/install.ts
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
  const abs = import_node_path35.default.resolve(file);
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
  const cwd = import_node_path35.default.resolve(o.cwd ?? process.cwd());
  const specs = checkedSpecs(plan.packages ?? []);
  const files = await requirementFiles(cwd, plan.requirements ?? []);
  const constraints = [...[o.constraints ?? []].flat(), ...plan.constraints ?? []].map(
    (c) => import_node_path35.default.resolve(cwd, c)
  );
  const project = plan.pyproject ? await pyprojectArgs(import_node_path35.default.resolve(cwd, plan.pyproject), plan) : void 0;
  if (!files.length && !specs.length && !project) {
    throw new PackageInstallationError("Nothing to install: no requirements, project or package given.", {});
  }
  const args = ["install", ...await installFlags(t, { ...o, constraints })];
  for (const f of files) args.push(`--requirements=${f}`);
  if (project) args.push(...project.options);
  args.push("--", ...project?.positional ?? [], ...specs);
  const r = await uvPip(t, args, { ...o, cwd });
  if (r.exitCode === 0) return toResult(r);
  const text4 = uvErrorText(r.stderr, r.stdout);
  const blamed = files.find((f) => text4.includes(f) || text4.includes(import_node_path35.default.relative(cwd, f)));
  if (blamed) throw requirementsError(blamed, r);
  throw installError([...files, ...project ? [project.target] : [], ...specs].join(" "), r);
}
async function requirementFiles(cwd, files) {
  const out = [];
  for (const f of files) {
    const abs = import_node_path35.default.resolve(cwd, f);
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
  let dir2 = import_node_path35.default.resolve(projectPath2);
  if (await isFile(dir2)) dir2 = import_node_path35.default.dirname(dir2);
  const pyproject = import_node_path35.default.join(dir2, "pyproject.toml");
  const hasPyproject = await isFile(pyproject);
  if (!hasPyproject && !await hasLegacyProject(dir2)) {
    throw new PackageInstallationError(`No pyproject.toml (or setup.py) in ${dir2}.`, {
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
  const target = `${dir2}${extras.length ? `[${extras.join(",")}]` : ""}`;
  const options = [];
  if (o.allExtras) options.push(`--requirements=${pyproject}`, "--all-extras");
  for (const g of groups) options.push(`--group=${pyproject}:${g}`);
  if (o.editable) options.push(`--editable=${target}`);
  return { dir: dir2, target, options, positional: o.editable ? [] : [target] };
}
async function hasLegacyProject(dir2) {
  return await isFile(import_node_path35.default.join(dir2, "setup.py")) || await isFile(import_node_path35.default.join(dir2, "setup.cfg"));
}
async function installFlags(t, o) {
  const flags = t.config.indexArgs(o);
  if (o.upgrade) flags.push("--upgrade");
  if (o.reinstall) flags.push("--reinstall");
  if (o.noDeps) flags.push("--no-deps");
  for (const c of [o.constraints ?? []].flat()) {
    const abs = import_node_path35.default.resolve(c);
    if (!await isFile(abs))
      throw new RequirementsFileError(`Constraints file not found: ${abs}.`, { requested: abs });
    flags.push(`--constraints=${abs}`);
  }
  return flags;
}
var import_node_path35;
var init_install3 = __esm({
  "src/core/packages/install.ts"() {
    "use strict";
    import_node_path35 = __toESM(require("node:path"), 1);
    init_errors();
    init_fs();
    init_parse3();
    init_spec3();
    init_target();
  }
});

// src/core/packages/pypi.ts
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
  const text4 = await getText(url, o, "application/json");
  if (text4 === void 0) return void 0;
  const doc = JSON.parse(text4);
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
var DEFAULT_PYPI_JSON_URL, DEFAULT_SIMPLE_INDEX_URL, projectListCache, PROJECT_LIST_TTL_MS;
var init_pypi = __esm({
  "src/core/packages/pypi.ts"() {
    "use strict";
    init_errors();
    init_mirror();
    init_spec3();
    DEFAULT_PYPI_JSON_URL = "https://pypi.org/pypi";
    DEFAULT_SIMPLE_INDEX_URL = "https://pypi.org/simple/";
    projectListCache = /* @__PURE__ */ new Map();
    PROJECT_LIST_TTL_MS = 10 * 6e4;
  }
});

// src/core/packages/query.ts
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
  const abs = import_node_path36.default.resolve(outputPath);
  let text4;
  if (!o.pin || o.pin === "exact") text4 = await freeze(t, o);
  else {
    const op = o.pin === "minimum" ? ">=" : "~=";
    const pkgs = (await listPackages(t, o)).filter((p) => !p.editableProjectLocation);
    text4 = pkgs.map((p) => `${p.name}${op}${p.version}
`).join("");
  }
  await fs.mkdir(import_node_path36.default.dirname(abs), { recursive: true });
  await fs.writeFile(abs, text4);
  return abs;
}
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
var import_node_path36, SUMMARIES;
var init_query = __esm({
  "src/core/packages/query.ts"() {
    "use strict";
    init_async_fs();
    import_node_path36 = __toESM(require("node:path"), 1);
    init_parse3();
    init_spec3();
    init_target();
    SUMMARIES = `import json, importlib.metadata as m
out = {}
for d in m.distributions():
    n = d.metadata.get("Name")
    if n: out[n] = {"summary": d.metadata.get("Summary") or None, "location": str(d.locate_file(""))}
print(json.dumps(out))`;
  }
});

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
async function batch(items, check, run2, logger) {
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
    const result = await run2(valid);
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
      out[v] = { ok: true, result: await run2([v]) };
    } catch (e) {
      out[v] = { ok: false, error: e.message, result: outputOf(e) };
    }
  }
  return out;
}
var init_update = __esm({
  "src/core/packages/update.ts"() {
    "use strict";
    init_errors();
    init_install3();
    init_parse3();
    init_query();
    init_spec3();
    init_target();
  }
});

// src/core/session/errors.ts
function short(text4, max = 80) {
  const one = text4.replace(/\s+/g, " ").trim();
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
function callError(job, err2) {
  const type = err2.data?.type ?? "Error";
  const traceback = err2.data?.traceback ?? "";
  const kind = err2.data?.kind ?? "exception";
  if (job.interrupted === "close" && type === "KeyboardInterrupt") return closedError(job.label);
  if (job.interrupted && type === "KeyboardInterrupt") {
    const why = job.interrupted === "timeout" ? `timed out after ${job.timeoutMs} ms` : "was aborted";
    return new PythonExecutionError(
      `${job.label} ${why} and was interrupted (KeyboardInterrupt); the session and its state are kept.`,
      {
        type,
        message: err2.message,
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
  const message = kind === "serialization" ? err2.message : `${type}: ${err2.message}`;
  return new PythonExecutionError(`${job.label} failed: ${message}`, {
    requested: job.label,
    type,
    message: err2.message,
    traceback,
    kind,
    hint: kind === "serialization" ? "Only JSON values cross the session boundary." : "See the Python traceback."
  });
}
var init_errors2 = __esm({
  "src/core/session/errors.ts"() {
    "use strict";
    init_errors();
  }
});

// src/core/session/worker.ts
var WORKER_SOURCE;
var init_worker = __esm({
  "src/core/session/worker.ts"() {
    "use strict";
    WORKER_SOURCE = String.raw`
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
  }
});

// src/core/session/worker-process.ts
var import_node_fs16, REQ_FD, RES_FD, INTR_FD, WorkerProcess;
var init_worker_process = __esm({
  "src/core/session/worker-process.ts"() {
    "use strict";
    import_node_fs16 = require("node:fs");
    init_errors();
    init_env();
    init_host();
    init_kill_tree();
    init_limits();
    init_output2();
    init_worker();
    init_builtins();
    REQ_FD = 3;
    RES_FD = 4;
    INTR_FD = 5;
    WorkerProcess = class {
      constructor(python, o, onMessage, onExit) {
        this.python = python;
        this.onMessage = onMessage;
        this.onExit = onExit;
        if (o.cwd !== void 0 && !(0, import_node_fs16.existsSync)(o.cwd)) {
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
        this.child = childProcessModule().spawn(command, args, {
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
        this.exitPromise = new Promise((resolve2) => this.child.once("exit", () => resolve2()));
        this.closed = new Promise((resolve2) => this.child.once("close", () => resolve2()));
        const wire = (index2, stream, handler, tail) => {
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
            this.received[index2] += chunk.length;
            if (this.waiter) this.checkWaiter();
          });
          return new Promise(
            (resolve2) => stream.once("close", () => {
              splitter?.end();
              resolve2(void 0);
            })
          );
        };
        this.outputEnded = Promise.all([
          wire(0, this.child.stdout, o.onStdout),
          wire(1, this.child.stderr, o.onStderr, this.stderrTail)
        ]).then(() => this.runWaiter());
        this.res.setEncoding("utf8");
        this.res.on("data", (chunk) => this.onData(chunk));
        this.ready = new Promise((resolve2, reject) => {
          const timeoutMs = o.startTimeoutMs ?? 3e4;
          const timer = setTimeout(() => {
            this.kill();
            reject(this.startError(`did not start within ${timeoutMs} ms`));
          }, timeoutMs);
          this.readyResolve = (info) => {
            clearTimeout(timer);
            this.info = info;
            resolve2(info);
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
  }
});

// src/core/session/session.ts
var session_exports = {};
__export(session_exports, {
  PythonSession: () => PythonSession
});
var PythonSession;
var init_session = __esm({
  "src/core/session/session.ts"() {
    "use strict";
    init_errors();
    init_errors2();
    init_worker_process();
    PythonSession = class _PythonSession {
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
      import(module2, o) {
        return this.request("import", { module: module2, as: o?.as }, `import(${module2})`, o);
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
        return new Promise((resolve2, reject) => {
          const job = {
            id,
            line,
            label,
            timeoutMs: o?.timeoutMs ?? this.o.callTimeoutMs,
            signal,
            resolve: resolve2,
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
        const err2 = new PythonExecutionError(
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
          job.reject(err2);
        } else {
          this.crashed = err2;
        }
        this.noteRestart(err2.message.split("\n")[0]);
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
  }
});

// src/core/packages/runtime.ts
var import_node_path37, PythonRuntime;
var init_runtime = __esm({
  "src/core/packages/runtime.ts"() {
    "use strict";
    import_node_path37 = __toESM(require("node:path"), 1);
    init_run();
    init_log();
    init_probe();
    init_spawn();
    init_health2();
    init_index_config();
    init_install3();
    init_pypi();
    init_query();
    init_spec3();
    init_target();
    init_update();
    PythonRuntime = class {
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
        return runScript(this.pythonPath, { path: import_node_path37.default.resolve(scriptPath) }, args, this.execOptions(o));
      }
      /** Runs this interpreter with raw arguments (`-m module ...`, `-X ...`). */
      run(args, o = {}) {
        return runPython(this.pythonPath, args, this.execOptions(o));
      }
      /**
       * A persistent interpreter on this runtime (state kept between calls; the reference's in-process mode).
       * The session's code loads with the first session: a setup or a run never evaluates it.
       */
      async startSession(o = {}) {
        const { PythonSession: PythonSession2 } = await Promise.resolve().then(() => (init_session(), session_exports));
        return PythonSession2.start(this.pythonPath, o);
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
        return batch(specs, check, (list4) => this.install(list4, o), this.logger);
      }
      /** Uninstalls many packages in one uv call, with per-package results when it fails. */
      batchUninstall(names, o = {}) {
        return batch(names, validatePackageName, (list4) => this.uninstall(list4, o), this.logger);
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
  }
});

// src/core/setup/environment.ts
function hasPackages(p) {
  return Boolean(p.requirements.length || p.pyproject || p.specs.length);
}
function hasFreshPackages(p) {
  return Boolean(p.requirements.length || p.pyproject && !p.project || p.specs.length);
}
async function installPackages(uv, python, plan, o) {
  const runtime2 = new PythonRuntime({ pythonPath: python, uv, logger: o.logger });
  const { requirements, constraints, editable, extras, specs, groups, allExtras } = plan;
  const pyproject = plan.project ? void 0 : plan.pyproject;
  o.logger.info("Installing packages with uv pip install ...");
  await runtime2.installPlan(
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
    entries = (0, import_node_fs17.readdirSync)(site);
  } catch {
    return void 0;
  }
  if (entries.some((e) => e.endsWith(".egg-info") || e.endsWith(".egg-link"))) return void 0;
  const names = entries.filter((e) => e.endsWith(".dist-info")).map((e) => {
    let meta = "";
    try {
      meta = (0, import_node_fs17.readFileSync)(import_node_path38.default.join(site, e, "METADATA"), "utf8");
    } catch {
    }
    const headers = meta.split(/\r?\n\r?\n/, 1)[0];
    return /^Name:[ \t]*(\S+)/m.exec(headers)?.[1];
  });
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
var import_node_fs17, import_node_path38;
var init_environment = __esm({
  "src/core/setup/environment.ts"() {
    "use strict";
    import_node_fs17 = require("node:fs");
    import_node_path38 = __toESM(require("node:path"), 1);
    init_errors();
    init_runtime();
    init_layout2();
    init_text();
  }
});

// src/core/venvs/recipe.ts
function applies(target) {
  if (!PLAIN_PATH.test(target)) return false;
  try {
    return (0, import_node_fs18.realpathSync)(import_node_path39.default.dirname(target)) === import_node_path39.default.dirname(target);
  } catch {
    return false;
  }
}
async function venvRecipes(uv, pythonPath, o) {
  const dir2 = uv.options.venvRecipesDir;
  if (!dir2 || o.seed || isWindowsHost()) return void 0;
  const uvStat = (0, import_node_fs18.statSync)(uv.path, { throwIfNoEntry: false });
  const pyStat = (0, import_node_fs18.statSync)(pythonPath, { throwIfNoEntry: false });
  if (!uvStat || !pyStat) return void 0;
  const env = uv.env();
  const uvEnv = Object.keys(env).filter((k) => k.startsWith("UV_") && k !== "UV_CACHE_DIR").sort().map((k) => `${k}=${env[k]}`);
  const stamp = (s) => [s.size, s.mtimeMs, s.ino];
  const key = JSON.stringify({
    uv: [uv.path, ...stamp(uvStat)],
    python: [pythonPath, ...stamp(pyStat)],
    prompt: o.prompt ?? null,
    relocatable: o.relocatable === true,
    env: uvEnv
  });
  const file = import_node_path39.default.join(dir2, `${fnv1a(key)}.json`);
  return {
    file,
    replay: async (target) => replay(file, key, target),
    record: (target) => record(file, key, target, o.relocatable === true).catch(() => void 0)
  };
}
function replay(file, key, target) {
  if (!applies(target)) return false;
  const recipe = readRecipe(file, key);
  if (!recipe || !absentOrEmpty(target)) return false;
  sweepDeadTemps(target);
  const tmp = privateTemp(target);
  try {
    (0, import_node_fs18.mkdirSync)(tmp);
    for (const e of recipe.entries) {
      const p = import_node_path39.default.join(tmp, e.path);
      if ("dir" in e) (0, import_node_fs18.mkdirSync)(p);
      else if ("link" in e) (0, import_node_fs18.symlinkSync)(e.link, p);
      else (0, import_node_fs18.writeFileSync)(p, e.parts.join(target), { mode: e.mode });
    }
    (0, import_node_fs18.renameSync)(tmp, target);
    return true;
  } catch {
    (0, import_node_fs18.rmSync)(tmp, { recursive: true, force: true });
    return false;
  }
}
async function record(file, key, target, relocatable) {
  if (!applies(target)) return;
  const entries = [];
  let bytes = 0;
  const walk3 = async (rel) => {
    for (const d of await fs.readdir(import_node_path39.default.join(target, rel), { withFileTypes: true })) {
      const relPath = import_node_path39.default.join(rel, d.name);
      const abs = import_node_path39.default.join(target, relPath);
      if (d.isSymbolicLink()) {
        const link = await fs.readlink(abs);
        if (link.includes(target)) return false;
        entries.push({ path: relPath, link });
      } else if (d.isDirectory()) {
        entries.push({ path: relPath, dir: true });
        if (!await walk3(relPath)) return false;
      } else if (d.isFile()) {
        const [data, st] = await Promise.all([fs.readFile(abs), fs.stat(abs)]);
        bytes += data.length;
        const parts = textParts(data, target);
        if (!parts || bytes > MAX_BYTES) return false;
        entries.push({ path: relPath, parts, mode: st.mode & 511 });
      } else return false;
    }
    return true;
  };
  if (!await walk3("")) return;
  if (!relocatable && !entries.some((e) => "parts" in e && e.parts.length > 1)) return;
  await fs.mkdir(import_node_path39.default.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify({ key, entries }));
}
function textParts(data, target) {
  const text4 = data.toString("utf8");
  if (text4.includes("\0") || !Buffer.from(text4, "utf8").equals(data)) return void 0;
  const parts = text4.split(target);
  for (let i = 1; i < parts.length; i++) {
    if (!QUOTES.has(parts[i - 1].slice(-1)) || !QUOTES.has(parts[i].charAt(0))) return void 0;
  }
  return parts;
}
function readRecipe(file, key) {
  try {
    const r = JSON.parse((0, import_node_fs18.readFileSync)(file, "utf8"));
    return r.key === key && Array.isArray(r.entries) && r.entries.every(validEntry) ? r : void 0;
  } catch {
    return void 0;
  }
}
function validEntry(e) {
  if (typeof e?.path !== "string" || import_node_path39.default.isAbsolute(e.path) || e.path.split("/").includes(".."))
    return false;
  if ("dir" in e) return e.dir === true;
  if ("link" in e) return typeof e.link === "string";
  return Array.isArray(e.parts) && e.parts.every((p) => typeof p === "string") && Number.isInteger(e.mode);
}
function absentOrEmpty(dir2) {
  try {
    return (0, import_node_fs18.readdirSync)(dir2).length === 0;
  } catch (e) {
    return e.code === "ENOENT";
  }
}
function fnv1a(text4) {
  let h = 2166136261;
  for (let i = 0; i < text4.length; i++) h = Math.imul(h ^ text4.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
var import_node_fs18, import_node_path39, PLAIN_PATH, QUOTES, MAX_BYTES, venvRecipesDir;
var init_recipe = __esm({
  "src/core/venvs/recipe.ts"() {
    "use strict";
    import_node_fs18 = require("node:fs");
    init_async_fs();
    import_node_path39 = __toESM(require("node:path"), 1);
    init_fs();
    init_host();
    PLAIN_PATH = /^\/[A-Za-z0-9._+@/-]*$/;
    QUOTES = /* @__PURE__ */ new Set(["'", '"']);
    MAX_BYTES = 256 * 1024;
    venvRecipesDir = (toolsDir) => import_node_path39.default.join(toolsDir, "venv-recipes");
  }
});

// src/core/venvs/create.ts
async function isVenv(dir2) {
  return (await fs.stat(import_node_path40.default.join(dir2, "pyvenv.cfg")).catch(() => void 0))?.isFile() ?? false;
}
async function createVenv(uv, pythonPath, target, o = {}) {
  await fs.mkdir(import_node_path40.default.dirname(target), { recursive: true });
  const recipes = await venvRecipes(uv, pythonPath, o);
  if (await recipes?.replay(target)) {
    o.logger?.debug(`Wrote the venv at ${target} as uv did last time (${recipes.file})`);
    return;
  }
  await createWithUv(uv, pythonPath, target, o);
  await recipes?.record(target);
}
async function createWithUv(uv, pythonPath, target, o) {
  const args = ["venv", `--python=${pythonPath}`, "--no-project"];
  if (o.prompt !== void 0) args.push(`--prompt=${o.prompt}`);
  if (o.seed) args.push("--seed", ...uv.indexArgs());
  if (o.relocatable) args.push("--relocatable");
  args.push("--clear", "--", target);
  const run2 = () => uv.run(args, { signal: o.signal, cwd: import_node_path40.default.dirname(target), onSpawn: o.onSpawn });
  let r = await run2();
  for (let retry = 1; retry <= 3 && r.exitCode !== 0 && !o.signal?.aborted; retry++) {
    if (!/already exists|not a virtual environment|not empty|ENOTEMPTY|File exists/i.test(r.stderr)) break;
    await new Promise((res) => setTimeout(res, 250 * retry));
    await fs.rm(target, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    r = await run2();
  }
  if (r.exitCode !== 0 || !await isVenv(target)) {
    await fs.rm(target, { recursive: true, force: true }).catch(() => {
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
async function ensureVenvAt(uv, pythonPath, dir2, o) {
  const home = (await readPyvenvCfg(dir2))?.home;
  const sameHome = home !== void 0 && import_node_path40.default.resolve(home) === import_node_path40.default.dirname(import_node_path40.default.resolve(pythonPath));
  if (sameHome && await fs.stat(venvPython(dir2)).catch(() => void 0)) {
    o.logger.info(`Reusing venv ${dir2}`);
    return { created: false };
  }
  const entries = await fs.readdir(dir2).catch(() => []);
  if (home === void 0 && entries.length > 0) {
    throw new ConfigurationError(
      `${dir2} exists and is not a virtual environment; refusing to overwrite it.`,
      {
        key: "venv",
        requested: dir2,
        hint: "Choose another venv path, or delete the directory."
      }
    );
  }
  await createVenv(uv, pythonPath, dir2, o);
  o.logger.info(`Created venv ${dir2}`);
  return { created: true };
}
var import_node_path40;
var init_create = __esm({
  "src/core/venvs/create.ts"() {
    "use strict";
    init_async_fs();
    import_node_path40 = __toESM(require("node:path"), 1);
    init_errors();
    init_parse3();
    init_layout2();
    init_recipe();
  }
});

// src/core/venvs/archive.ts
function formatOf(out) {
  if (/\.zip$/i.test(out)) return "zip";
  if (/\.(tar\.gz|tgz)$/i.test(out)) return "tar.gz";
  return void 0;
}
async function collect(root, links) {
  const items = [];
  const walk3 = async (dir2, rel) => {
    for (const e of await fs.readdir(dir2, { withFileTypes: true })) {
      const abs = import_node_path41.default.join(dir2, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      const st = await fs.lstat(abs);
      const base = { rel: r, abs, mode: st.mode & 4095, mtime: st.mtime, size: st.size };
      if (st.isSymbolicLink()) {
        const target = await fs.readlink(abs);
        const resolved = import_node_path41.default.resolve(dir2, target);
        const inside2 = !import_node_path41.default.relative(root, resolved).split(import_node_path41.default.sep).includes("..");
        if (import_node_path41.default.isAbsolute(target) || !inside2) links[r] = resolved;
        else items.push({ ...base, kind: "symlink", target });
      } else if (st.isDirectory()) {
        items.push({ ...base, kind: "dir" });
        await walk3(abs, r);
      } else if (st.isFile()) items.push({ ...base, kind: "file" });
    }
  };
  await walk3(root, "");
  return items;
}
async function writeVenvArchive(venvDir, outPath, manifest) {
  const out = import_node_path41.default.resolve(outPath);
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
  await fs.mkdir(import_node_path41.default.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  try {
    if (format === "zip") await writeZip2(items, manifestBytes, partial);
    else await writeTarGz(items, manifestBytes, partial);
    await fs.rename(partial, out);
  } catch (e) {
    await fs.rm(partial, { force: true });
    throw e;
  }
  return out;
}
async function writeZip2(items, manifest, dest) {
  const { default: yazl } = await Promise.resolve().then(() => __toESM(require_yazl(), 1));
  const zip = new yazl.ZipFile();
  for (const it of items) {
    if (it.kind === "symlink") {
      zip.addBuffer(Buffer.from(it.target), it.rel, { mode: 41471, mtime: it.mtime, compress: false });
    } else if (it.kind === "dir") zip.addEmptyDirectory(it.rel, { mode: it.mode, mtime: it.mtime });
    else zip.addFile(it.abs, it.rel, { mode: it.mode | 32768, mtime: it.mtime });
  }
  zip.addBuffer(manifest, MANIFEST, { mode: 33188 });
  zip.end();
  await (0, import_promises5.pipeline)(zip.outputStream, (0, import_node_fs19.createWriteStream)(dest));
}
async function writeTarGz(items, manifest, dest) {
  const { default: tar } = await Promise.resolve().then(() => __toESM(require_tar_stream(), 1));
  const pack = tar.pack();
  const done = (0, import_promises5.pipeline)(pack, zlibModule().createGzip({ level: 6 }), (0, import_node_fs19.createWriteStream)(dest));
  const add = (header2, body) => new Promise((resolve2, reject) => {
    const cb = (err2) => err2 ? reject(err2) : resolve2();
    if (body) pack.entry(header2, body, cb);
    else pack.entry(header2, cb);
  });
  try {
    for (const it of items) {
      const h = { name: it.rel, mode: it.mode, mtime: it.mtime };
      if (it.kind === "symlink") await add({ ...h, type: "symlink", linkname: it.target });
      else if (it.kind === "dir") await add({ ...h, type: "directory" });
      else await add({ ...h, type: "file", size: it.size }, await fs.readFile(it.abs));
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
  const abs = import_node_path41.default.resolve(archive);
  const { extractArchive: extractArchive2 } = await Promise.resolve().then(() => (init_extract2(), extract_exports));
  await extractArchive2(abs, dest, { ...limits, format: formatOf(abs) });
  const file = import_node_path41.default.join(dest, MANIFEST);
  let manifest;
  try {
    manifest = JSON.parse(await fs.readFile(file, "utf8"));
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
  await fs.rm(file);
  if (!await fs.stat(import_node_path41.default.join(dest, "pyvenv.cfg")).catch(() => void 0)) {
    throw new ConfigurationError(`${archive} holds no pyvenv.cfg: not a virtual environment.`, {
      requested: archive
    });
  }
  return { ...manifest, links: manifest.links ?? {} };
}
var import_node_fs19, import_node_path41, import_promises5, MANIFEST;
var init_archive2 = __esm({
  "src/core/venvs/archive.ts"() {
    "use strict";
    import_node_fs19 = require("node:fs");
    init_async_fs();
    import_node_path41 = __toESM(require("node:path"), 1);
    import_promises5 = require("node:stream/promises");
    init_errors();
    init_builtins();
    MANIFEST = "pyembed-venv-export.json";
  }
});

// src/core/venvs/metadata.ts
function metadataPath(venvsDir, name) {
  return import_node_path42.default.join(venvsDir, META_DIR, `${name}.json`);
}
async function writeMetadata(venvsDir, m) {
  const file = metadataPath(venvsDir, m.name);
  await fs.mkdir(import_node_path42.default.dirname(file), { recursive: true });
  const { rebuilt: _rebuilt, ...stored } = m;
  await writeFileAtomic(file, JSON.stringify(stored, null, 2) + "\n");
}
async function removeMetadata(venvsDir, name) {
  await fs.rm(metadataPath(venvsDir, name), { force: true });
}
async function readStoredMetadata2(venvsDir, name) {
  try {
    const m = JSON.parse(
      await fs.readFile(metadataPath(venvsDir, name), "utf8")
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
  const entry = import_node_path42.default.join(venvsDir, name);
  const st = await fs.lstat(entry).catch(() => void 0);
  const externalPath = st?.isSymbolicLink() ? import_node_path42.default.resolve(venvsDir, await fs.readlink(entry)) : void 0;
  const cfg = await readPyvenvCfg(venvPath) ?? {};
  const cfgStat = await fs.stat(import_node_path42.default.join(venvPath, "pyvenv.cfg")).catch(() => void 0);
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
var import_node_path42;
var init_metadata2 = __esm({
  "src/core/venvs/metadata.ts"() {
    "use strict";
    init_async_fs();
    import_node_path42 = __toESM(require("node:path"), 1);
    init_layout2();
    init_fs();
  }
});

// src/core/venvs/info.ts
async function describeVenv(venv2, meta, signal) {
  const name = venv2.name;
  const cfg = await readPyvenvCfg(venv2.path) ?? {};
  const [sp] = await sitePackagesDirs(venv2.path);
  const modStat = (sp ? await fs.stat(sp).catch(() => void 0) : void 0) ?? await fs.stat(import_node_path43.default.join(venv2.path, "pyvenv.cfg")).catch(() => void 0);
  const packagesCount = await venv2.list({ signal }).then((l) => l.length).catch(() => void 0);
  return {
    name,
    path: venv2.path,
    exists: true,
    isExternal: venv2.isExternal,
    ...venv2.isExternal ? { externalPath: venv2.path } : {},
    sizeBytes: await treeSize(venv2.path),
    createdAt: meta.createdAt,
    modifiedAt: modStat?.mtime.toISOString(),
    pythonVersion: cfg.version_info ?? cfg.version ?? meta.pythonVersion,
    uvVersion: cfg.uv ?? meta.uvVersion,
    home: cfg.home,
    packagesCount,
    metadata: meta
  };
}
var import_node_path43;
var init_info = __esm({
  "src/core/venvs/info.ts"() {
    "use strict";
    init_async_fs();
    import_node_path43 = __toESM(require("node:path"), 1);
    init_layout2();
  }
});

// src/core/venvs/import.ts
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
async function restoreLinks(dir2, links, sourcePath, oldHome, o) {
  const bin = import_node_path44.default.relative(dir2, venvBinDir(dir2)).split(import_node_path44.default.sep).join("/");
  for (const [rel, target] of Object.entries(links)) {
    const parts = rel.split("/");
    if (!rel || parts.some((p) => !p || p === "." || p === "..") || import_node_path44.default.isAbsolute(rel)) continue;
    const abs = import_node_path44.default.join(dir2, ...parts);
    let next;
    if (target === sourcePath || target.startsWith(sourcePath + "/"))
      next = target;
    else if (parts.length === 2 && parts[0] === bin && /^python/.test(parts[1])) next = o.pythonPath;
    else if (oldHome && import_node_path44.default.dirname(target) === oldHome) next = o.pythonPath;
    if (!next) {
      o.logger.warn(`Import: dropping link ${rel} -> ${target} (outside the venv).`);
      continue;
    }
    await fs.mkdir(import_node_path44.default.dirname(abs), { recursive: true });
    await fs.rm(abs, { force: true });
    await fs.symlink(next, abs);
  }
}
function minor(v) {
  return v.split(".").slice(0, 2).join(".");
}
var import_node_path44;
var init_import2 = __esm({
  "src/core/venvs/import.ts"() {
    "use strict";
    init_async_fs();
    import_node_path44 = __toESM(require("node:path"), 1);
    init_errors();
    init_platform();
    init_archive2();
    init_layout2();
    init_relocate();
  }
});

// src/core/venvs/repair.ts
async function assertVenvOf(dir2, pythonPath) {
  const home = (await readPyvenvCfg(dir2))?.home;
  const mine = import_node_path45.default.dirname(pythonPath);
  if (home && import_node_path45.default.resolve(home) !== mine && !await sameFile(home, mine)) {
    throw new ConfigurationError(`${dir2} is a venv of another Python (home = ${home}).`, {
      requested: dir2,
      hint: "Pass recreate: true to rebuild it on this instance, or choose another path."
    });
  }
}
async function repairMovedVenv(venvDir, pythonPath, logger) {
  const recorded = await recordedVenvPath(venvDir);
  const home = (await readPyvenvCfg(venvDir))?.home;
  const mine = import_node_path45.default.dirname(pythonPath);
  const homeMoved = home !== void 0 && import_node_path45.default.resolve(home) !== mine && !await sameFile(home, mine) && !await fs.stat(import_node_path45.default.join(home, import_node_path45.default.basename(pythonPath))).catch(() => void 0);
  const selfMoved = recorded !== void 0 && import_node_path45.default.resolve(recorded) !== venvDir;
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
    const [x, y] = await Promise.all([fs.realpath(a), fs.realpath(b)]);
    return x === y;
  } catch {
    return false;
  }
}
var import_node_path45;
var init_repair = __esm({
  "src/core/venvs/repair.ts"() {
    "use strict";
    init_async_fs();
    import_node_path45 = __toESM(require("node:path"), 1);
    init_errors();
    init_layout2();
    init_relocate();
  }
});

// src/core/venvs/virtual-environment.ts
var VirtualEnvironment;
var init_virtual_environment = __esm({
  "src/core/venvs/virtual-environment.ts"() {
    "use strict";
    init_runtime();
    init_layout2();
    VirtualEnvironment = class extends PythonRuntime {
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
  }
});

// src/core/venvs/manager.ts
async function assertEmptyOrAbsent(dir2, allowVenv) {
  const entries = await fs.readdir(dir2).catch(() => void 0);
  if (!entries || entries.length === 0) return;
  if (allowVenv && await isVenv(dir2)) return;
  throw new ConfigurationError(`${dir2} already exists and is not empty.`, {
    requested: dir2,
    hint: "Choose an empty or new directory for the venv."
  });
}
async function linkExternal(entry, target) {
  await fs.rm(entry, { recursive: true, force: true });
  await fs.symlink(target, entry, process.platform === "win32" ? "junction" : "dir");
}
function isInside(child, parent) {
  const rel = import_node_path46.default.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !import_node_path46.default.isAbsolute(rel);
}
var import_node_path46, VirtualEnvironmentManager;
var init_manager2 = __esm({
  "src/core/venvs/manager.ts"() {
    "use strict";
    init_async_fs();
    import_node_path46 = __toESM(require("node:path"), 1);
    init_errors();
    init_fs();
    init_host();
    init_lock();
    init_log();
    init_platform();
    init_probe();
    init_archive2();
    init_create();
    init_layout2();
    init_metadata2();
    init_relocate();
    init_info();
    init_import2();
    init_repair();
    init_virtual_environment();
    init_builtins();
    VirtualEnvironmentManager = class {
      venvsDir;
      instance;
      runtimeOptions;
      logger;
      archiveLimits;
      instanceVersion;
      constructor(o) {
        const { instance, archiveLimits, ...rest } = o;
        this.archiveLimits = archiveLimits;
        this.instance = { pythonPath: import_node_path46.default.resolve(instance.pythonPath), dir: import_node_path46.default.resolve(instance.dir) };
        this.venvsDir = import_node_path46.default.join(this.instance.dir, "venvs");
        this.runtimeOptions = rest;
        this.logger = o.logger ?? silentLogger;
      }
      // ---------------------------------------------------------------- lookup
      /** Names of the venvs that exist (internal and external), sorted. */
      async list() {
        const out = [];
        for (const e of await fs.readdir(this.venvsDir, { withFileTypes: true }).catch(() => [])) {
          if (e.name === META_DIR || e.name.startsWith(".tmp-")) continue;
          if ((e.isDirectory() || e.isSymbolicLink()) && await isVenv(import_node_path46.default.join(this.venvsDir, e.name)))
            out.push(e.name);
        }
        return out.sort();
      }
      async exists(name) {
        return isVenv(import_node_path46.default.join(this.venvsDir, validateVenvName(name)));
      }
      /** The real directory of `name` (following an external link); where it would be created if absent. */
      async resolvePath(name) {
        const entry = import_node_path46.default.join(this.venvsDir, validateVenvName(name));
        const st = await fs.lstat(entry).catch(() => void 0);
        if (st?.isSymbolicLink()) return import_node_path46.default.resolve(this.venvsDir, await fs.readlink(entry));
        if (!st) {
          const stored = await readStoredMetadata2(this.venvsDir, name);
          if (stored?.externalPath) return stored.externalPath;
        }
        return entry;
      }
      /** Stored metadata, rebuilt (and re-saved) from the files when missing or corrupt; undefined if no venv. */
      async metadata(name) {
        validateVenvName(name);
        if (!await this.exists(name)) return void 0;
        const stored = await readStoredMetadata2(this.venvsDir, name);
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
        const entry = import_node_path46.default.join(this.venvsDir, name);
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
        let external = o.path ? import_node_path46.default.resolve(o.path) : void 0;
        if (external && isInside(external, this.instance.dir)) {
          throw new ConfigurationError(`External venv path ${external} is inside the instance directory.`, {
            requested: external,
            hint: "Omit `path` to create it in the instance, or choose a directory outside it."
          });
        }
        await fs.mkdir(import_node_path46.default.join(this.venvsDir, META_DIR), { recursive: true });
        return withLock(this.lockPath(name), async (lock) => {
          const entry = import_node_path46.default.join(this.venvsDir, name);
          if (await isVenv(entry) && await fs.lstat(venvPython(entry)).catch(() => void 0)) {
            const current2 = await this.resolvePath(name);
            if (external && current2 !== external && !o.recreate) {
              throw new ConfigurationError(`A venv named "${name}" already exists at ${current2}.`, {
                requested: external,
                available: [current2],
                hint: "Use another name, delete it first, or pass recreate: true."
              });
            }
            if (!o.recreate) {
              await repairMovedVenv(current2, this.instance.pythonPath, this.logger);
              await this.metadata(name);
              return this.open(name, current2, current2 !== entry);
            }
            if (!external && current2 !== entry) external = current2;
            await this.removeFiles(name, true);
          } else {
            await fs.rm(entry, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
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
        const entry = import_node_path46.default.join(this.venvsDir, name);
        const known = await fs.lstat(entry).catch(() => void 0) !== void 0 || await readStoredMetadata2(this.venvsDir, name) !== void 0;
        if (!known) return false;
        await fs.mkdir(import_node_path46.default.join(this.venvsDir, META_DIR), { recursive: true });
        await withLock(this.lockPath(name), () => this.removeFiles(name, o.deleteExternalFiles ?? true));
        return true;
      }
      // ---------------------------------------------------------------- clone / export / import
      /** Copies `source` to `target` (internal, or at `o.path`) and re-points every path at the copy. */
      async clone(source, target, o = {}) {
        const src = await this.get(source);
        validateVenvName(target);
        const dest = o.path ? import_node_path46.default.resolve(o.path) : import_node_path46.default.join(this.venvsDir, target);
        await fs.mkdir(import_node_path46.default.join(this.venvsDir, META_DIR), { recursive: true });
        return withLock(this.lockPath(target), async () => {
          await this.assertFree(target, dest);
          const staging = import_node_path46.default.join(import_node_path46.default.dirname(dest), `.tmp-${import_node_path46.default.basename(dest)}-${randomTag()}`);
          try {
            await copyTree(src.path, staging);
            const from = await recordedVenvPath(src.path) ?? src.path;
            refuseStaleLaunchers(await relocateVenv(staging, { from, to: dest }), from);
            await renameWithRetry(staging, dest);
          } catch (e) {
            await fs.rm(staging, { recursive: true, force: true });
            throw e;
          }
          return this.register(target, dest, Boolean(o.path), { kind: "cloned", from: source });
        });
      }
      /** Writes the venv to a .zip or .tar.gz (by extension); paths inside are re-pointed on import. Returns the archive path. */
      async export(name, outputPath) {
        const venv2 = await this.get(name);
        const cfg = await readPyvenvCfg(venv2.path) ?? {};
        return writeVenvArchive(venv2.path, outputPath, {
          format: 1,
          name,
          sourcePath: await recordedVenvPath(venv2.path) ?? venv2.path,
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
        const dest = o.path ? import_node_path46.default.resolve(o.path) : import_node_path46.default.join(this.venvsDir, name);
        await fs.mkdir(import_node_path46.default.join(this.venvsDir, META_DIR), { recursive: true });
        return withLock(this.lockPath(name), async () => {
          await this.assertFree(name, dest);
          const staging = import_node_path46.default.join(import_node_path46.default.dirname(dest), `.tmp-${import_node_path46.default.basename(dest)}-${randomTag()}`);
          try {
            await unpackVenvArchive(archivePath, staging, dest, {
              pythonPath: this.instance.pythonPath,
              pythonVersion: () => this.instancePythonVersion(),
              archiveLimits: this.archiveLimits,
              logger: this.logger
            });
            await renameWithRetry(staging, dest);
          } catch (e) {
            await fs.rm(staging, { recursive: true, force: true });
            throw e;
          }
          return this.register(name, dest, Boolean(o.path), {
            kind: "imported",
            from: import_node_path46.default.resolve(archivePath)
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
        return import_node_path46.default.join(this.venvsDir, META_DIR, `${name}.lock`);
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
        const entry = import_node_path46.default.join(this.venvsDir, name);
        const st = await fs.lstat(entry).catch(() => void 0);
        const stored = await readStoredMetadata2(this.venvsDir, name);
        const external = st?.isSymbolicLink() ? import_node_path46.default.resolve(this.venvsDir, await fs.readlink(entry)) : stored?.externalPath;
        if (st?.isSymbolicLink()) await fs.rm(entry, { force: true });
        else if (st) await fs.rm(entry, { recursive: true, force: true });
        if (external && deleteExternalFiles && await isVenv(external))
          await fs.rm(external, { recursive: true, force: true });
        await removeMetadata(this.venvsDir, name);
      }
      async assertFree(name, dest) {
        const entry = import_node_path46.default.join(this.venvsDir, name);
        if (await isVenv(entry)) {
          throw new ConfigurationError(`A venv named "${name}" already exists.`, {
            requested: name,
            hint: "Choose another name or delete the existing venv first."
          });
        }
        if (dest !== entry) await assertEmptyOrAbsent(dest, false);
        else await fs.rm(entry, { recursive: true, force: true });
      }
      async register(name, dest, external, origin) {
        const entry = import_node_path46.default.join(this.venvsDir, name);
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
  }
});

// src/core/packages/project-sync.ts
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
  const file = import_node_path47.default.join(configDir, "uv", "uv.toml");
  await fs.mkdir(import_node_path47.default.dirname(file), { recursive: true });
  await fs.writeFile(file, "", { flag: "a" });
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
  const text4 = uvErrorText(r.stderr, r.stdout);
  const stale = /needs to be updated, but `--locked` was provided/.test(r.stderr);
  throw new PackageInstallationError(
    stale ? `${plan.lockFile} no longer matches pyproject.toml; nothing was installed.` : `Installing the locked project ${plan.dir} failed: ${text4}`,
    {
      requested: plan.lockFile,
      installationOutput: r.stderr,
      exitCode: r.exitCode,
      hint: stale ? `Re-lock with \`uv lock\` in ${import_node_path47.default.dirname(plan.lockFile)} and commit uv.lock (or use lock: frozen to install it unchecked).` : "Check the lock and the index; uv said why above."
    }
  );
}
var import_node_path47;
var init_project_sync = __esm({
  "src/core/packages/project-sync.ts"() {
    "use strict";
    init_async_fs();
    import_node_path47 = __toESM(require("node:path"), 1);
    init_errors();
    init_layout2();
    init_parse3();
  }
});

// src/core/setup/package-stamp.ts
function isRegistryRequirement(line) {
  const text4 = line.replace(/(^|\s)#.*$/, "").trim();
  return text4 === "" || REGISTRY_REQUIREMENT.test(text4) && !ARCHIVE.test(text4);
}
async function packageRequest(plan, cwd, venvDir) {
  if (plan.project || plan.pyproject || plan.editable) return void 0;
  if (!plan.specs.every(isRegistryRequirement)) return void 0;
  const read = (f) => {
    const file = import_node_path48.default.resolve(cwd, f);
    let text4;
    try {
      text4 = (0, import_node_fs20.readFileSync)(file, "utf8");
    } catch {
      text4 = void 0;
    }
    return text4 !== void 0 && !text4.includes("\\") && text4.split(/\r?\n/).every(isRegistryRequirement) ? [file, text4] : void 0;
  };
  const requirements = plan.requirements.map(read);
  const constraints = plan.constraints.map(read);
  if ([...requirements, ...constraints].includes(void 0)) return void 0;
  const home = (await readPyvenvCfg(venvDir))?.home;
  if (home === void 0) return void 0;
  return { home, requirements, constraints, specs: plan.specs, index: plan.index };
}
async function siteState(venvDir) {
  const site = await sitePackagesDir(venvDir);
  if (!site) return void 0;
  let names;
  try {
    names = (0, import_node_fs20.readdirSync)(site).filter((n) => n !== "__pycache__");
  } catch {
    return void 0;
  }
  return names.sort().map((n) => {
    if (!n.endsWith(".dist-info")) return n;
    const st = (0, import_node_fs20.statSync)(import_node_path48.default.join(site, n), { bigint: true, throwIfNoEntry: false });
    return `${n} ${st?.ctimeNs ?? "?"}`;
  });
}
async function namesIfUnchanged(venvDir, request) {
  let stored;
  try {
    stored = (0, import_node_fs20.readFileSync)(import_node_path48.default.join(venvDir, STAMP_FILE), "utf8");
  } catch {
    return void 0;
  }
  const site = await siteState(venvDir);
  if (site === void 0) return void 0;
  let stamp;
  try {
    stamp = JSON.parse(stored);
  } catch {
    return void 0;
  }
  const same = stamp.format === FORMAT && Array.isArray(stamp.names) && JSON.stringify(stamp.request) === JSON.stringify(request) && JSON.stringify(stamp.site) === JSON.stringify(site);
  return same ? stamp.names : void 0;
}
async function writeStamp(venvDir, request, names) {
  const site = await siteState(venvDir);
  if (!site) return;
  const stamp = { format: FORMAT, request, site, names };
  writeFileAtomicSync(import_node_path48.default.join(venvDir, STAMP_FILE), JSON.stringify(stamp) + "\n");
}
var import_node_fs20, import_node_path48, STAMP_FILE, FORMAT, REGISTRY_REQUIREMENT, ARCHIVE;
var init_package_stamp = __esm({
  "src/core/setup/package-stamp.ts"() {
    "use strict";
    import_node_fs20 = require("node:fs");
    import_node_path48 = __toESM(require("node:path"), 1);
    init_fs();
    init_layout2();
    STAMP_FILE = ".pyembed-packages.json";
    FORMAT = 2;
    REGISTRY_REQUIREMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[A-Za-z0-9._,\s-]*\])?\s*([<>=!~][^;@/\\]*)?(;[^@/\\]*)?$/;
    ARCHIVE = /\.(whl|zip|tar\.gz|tgz|tar\.bz2|tar\.xz)\b/i;
  }
});

// src/core/uv/releases.ts
async function resolveUvRelease(req2, o) {
  if (req2.kind === "exact") return req2.version;
  if (o.offline) {
    throw new ConfigurationError(
      `uv version "${req2.text}" needs the list of uv releases, and offline mode forbids asking for it.`,
      {
        key: "uvVersion",
        requested: req2.text,
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
    cacheDir: o.cacheDir ? import_node_path49.default.join(o.cacheDir, "uv-releases") : void 0,
    logger: log
  });
  const version = req2.kind === "latest" ? await latest(releases) : await newestInRange(releases, req2);
  log.info(`uv version "${req2.text}" resolved to ${version} (${releases.apiUrl}, ${UV_REPO}).`);
  return version;
}
async function latest(releases) {
  const tag = await releases.latestTag();
  if (!tag) throw notFound("latest", [], releases.apiUrl);
  return tag.replace(/^v/, "");
}
async function newestInRange(releases, req2) {
  const seen = [];
  let best;
  for await (const page of releases.summaries()) {
    for (const r of page) {
      const v = r.tag.replace(/^v/, "");
      if (!parseVersion(v)) continue;
      seen.push(v);
      if (req2.contains(v) && (!best || compareVersionText(v, best) > 0)) best = v;
    }
  }
  if (!best) throw notFound(req2.text, seen, releases.apiUrl);
  return best;
}
function notFound(text4, seen, apiUrl) {
  const newest = seen.slice(0, 8);
  return new UvNotFoundError(
    `No uv release matches "${text4}" (${seen.length} releases of ${UV_REPO} at ${apiUrl}${newest.length ? `; newest: ${newest.join(", ")}` : ""}).`,
    {
      requested: text4,
      available: newest,
      hint: "Widen the range, pin an exact uv version, or check the GitHub API URL (GITHUB_API_URL / --github-api-url)."
    }
  );
}
var import_node_path49, UV_REPO;
var init_releases = __esm({
  "src/core/uv/releases.ts"() {
    "use strict";
    import_node_path49 = __toESM(require("node:path"), 1);
    init_github();
    init_errors();
    init_log();
    init_version2();
    UV_REPO = "astral-sh/uv";
  }
});

// src/core/setup/uv.ts
async function ensurePrivateUv(o) {
  let base = o.downloadBaseUrl;
  if (base && !/^[a-z][a-z0-9+.-]*:/i.test(base)) base = (0, import_node_url6.pathToFileURL)(import_node_path50.default.resolve(base)).href;
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
    const exe = import_node_path50.default.join(uvInstallDir(o.toolsDir, version, asset), asset.exe);
    if (!(0, import_node_fs21.existsSync)(exe)) {
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
var import_node_fs21, import_node_path50, import_node_url6, isRemote;
var init_uv3 = __esm({
  "src/core/setup/uv.ts"() {
    "use strict";
    import_node_fs21 = require("node:fs");
    import_node_path50 = __toESM(require("node:path"), 1);
    import_node_url6 = require("node:url");
    init_errors();
    init_platform();
    init_install();
    init_releases();
    init_triple();
    init_version_request();
    isRemote = (base) => /^https?:/i.test(base);
  }
});

// src/core/setup/phases.ts
async function resolvePythons(plan, ctx) {
  const { requests, catalog, resolve: resolve2 } = plan.python;
  const cat = createCatalog({ ...catalog, logger: ctx.logger });
  const resolved = [];
  for (const requested of requests) {
    ctx.logger.info(`Resolving Python ${requested.spec} (from ${requested.source})`);
    const build = await cat.resolve(requested.spec, resolve2);
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
    venvRecipesDir: venvRecipesDir(plan.config.toolsDir),
    logger: ctx.logger
  });
  return { ensured, uv };
}
async function provideVenv(venv2, installed, uv, ctx) {
  let dir2;
  let created;
  if (venv2.kind === "named" && installed.instanceDir) {
    const venvs = new VirtualEnvironmentManager({
      instance: { pythonPath: installed.pythonPath, dir: installed.instanceDir },
      uv,
      logger: ctx.logger
    });
    created = !await venvs.exists(venv2.name);
    dir2 = (await venvs.getOrCreate(venv2.name, { seed: venv2.seed, signal: ctx.signal })).path;
    ctx.logger.info(`${created ? "Created" : "Reusing"} venv ${venv2.name} at ${dir2}`);
  } else {
    dir2 = venv2.kind === "path" ? venv2.dir : venv2.dirWithoutInstance;
    ({ created } = await ensureVenvAt(uv, installed.pythonPath, dir2, { ...ctx, seed: venv2.seed }));
  }
  if (venv2.seed && !created) await seedExistingVenv(uv, dir2, ctx);
  return { path: dir2, binDir: venvBinDir(dir2), pythonPath: venvPython(dir2), created };
}
async function installIntoVenv(plan, venvDir, uv, ctx) {
  const { packages, config: config2 } = plan;
  const py = venvPython(venvDir);
  const project = packages.project;
  if (project) {
    ctx.logger.info(`Installing ${project.lockFile} (uv sync --${project.mode}) ...`);
    const configDir = import_node_path51.default.join(config2.toolsDir, "uv-config");
    await syncProject(project, uv, venvDir, { configDir, signal: ctx.signal });
  }
  let requested = project ? 1 : 0;
  let stamped;
  let read;
  if (hasFreshPackages(packages)) {
    const request = await packageRequest(packages, config2.cwd, venvDir);
    stamped = request === void 0 ? void 0 : await namesIfUnchanged(venvDir, request);
    if (stamped) {
      ctx.logger.info(`Packages unchanged since the last install into ${venvDir}: uv pip install skipped`);
      requested += requestedCount(packages);
    } else {
      requested += (await installPackages(uv, py, packages, { ...ctx, cwd: config2.cwd })).requested;
      if (request !== void 0) {
        read = await distributionsInVenv(venvDir);
        if (read) await writeStamp(venvDir, request, read);
      }
    }
  }
  const names = stamped ?? read ?? await distributionsInVenv(venvDir) ?? await listInstalled(uv, py, ctx.signal);
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
    ...stamped ? { unchanged: true } : {},
    ...lock ? { lock } : {}
  };
}
async function exportInstallation(plan, dest, installed, build, ctx) {
  const written = await plan.python.installer.export(installed, build, import_node_path51.default.resolve(dest), ctx);
  ctx.logger.info(`Exported to ${written}`);
  return written;
}
var import_node_path51;
var init_phases = __esm({
  "src/core/setup/phases.ts"() {
    "use strict";
    import_node_path51 = __toESM(require("node:path"), 1);
    init_catalog();
    init_uv2();
    init_create();
    init_layout2();
    init_manager2();
    init_recipe();
    init_project_sync();
    init_environment();
    init_package_stamp();
    init_uv3();
  }
});

// src/core/packages/project-plan.ts
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
  const text4 = await fs.readFile(file, "utf8");
  try {
    return parse(text4);
  } catch (e) {
    const why = e.message.split("\n")[0];
    throw new RequirementsFileError(`${file} is not valid TOML: ${why}`, { key, requested: file, hint });
  }
}
async function findLock(dir2) {
  if (await isFile(import_node_path52.default.join(dir2, "uv.lock"))) return import_node_path52.default.join(dir2, "uv.lock");
  for (let d = import_node_path52.default.dirname(dir2); import_node_path52.default.dirname(d) !== d; d = import_node_path52.default.dirname(d)) {
    const text4 = await fs.readFile(import_node_path52.default.join(d, "pyproject.toml"), "utf8").catch(() => "");
    if (/^\s*\[tool\.uv\.workspace\]/m.test(text4)) {
      return await isFile(import_node_path52.default.join(d, "uv.lock")) ? import_node_path52.default.join(d, "uv.lock") : void 0;
    }
  }
  return void 0;
}
async function planProject(projectPath2, request, indexes) {
  const mode = checkLockMode(request.lock);
  const dir2 = await isFile(projectPath2) ? import_node_path52.default.dirname(projectPath2) : projectPath2;
  const pyprojectFile = import_node_path52.default.join(dir2, "pyproject.toml");
  if (mode === "ignore" || !await isFile(pyprojectFile)) return void 0;
  const lockFile = await findLock(dir2);
  if (!lockFile) {
    if (mode === "frozen") {
      throw new ConfigurationError(`lock: frozen installs uv.lock, but there is none at or above ${dir2}.`, {
        key: "lock",
        requested: dir2,
        hint: "Create it with `uv lock` and commit it, or use lock: auto."
      });
    }
    return void 0;
  }
  const relock = `Re-lock with \`uv lock\` in ${import_node_path52.default.dirname(lockFile)} and commit uv.lock, or use lock: ignore.`;
  const lock = await readToml(lockFile, "lock", relock);
  const pyproject = await readToml(pyprojectFile, "pyproject", "Fix the TOML syntax of pyproject.toml.");
  const member = request.workspacePackage ? await memberProject(lock, import_node_path52.default.dirname(lockFile), request.workspacePackage) : pyproject;
  checkIndexes(lock, lockFile, indexes);
  const groups = checkGroups(member, request.groups ?? []);
  const extras = checkExtras(member, request.extras ?? []);
  return {
    dir: dir2,
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
  const dir2 = await isFile(projectPath2) ? import_node_path52.default.dirname(projectPath2) : projectPath2;
  const file = import_node_path52.default.join(dir2, "pyproject.toml");
  if (!groups.length || !await isFile(file)) return;
  checkGroups(await readToml(file, "pyproject", "Fix the TOML syntax of pyproject.toml."), groups);
}
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
  const file = import_node_path52.default.join(root, rel, "pyproject.toml");
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
var import_node_path52, LOCK_MODES, isTable, normalize;
var init_project_plan = __esm({
  "src/core/packages/project-plan.ts"() {
    "use strict";
    init_async_fs();
    import_node_path52 = __toESM(require("node:path"), 1);
    init_dist();
    init_errors();
    init_fs();
    init_spec3();
    LOCK_MODES = ["auto", "frozen", "ignore"];
    isTable = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    normalize = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
  }
});

// src/core/uv/required-version.ts
function requiredVersionField(doc, isPyproject) {
  return isPyproject ? doc.tool?.uv?.["required-version"] : doc["required-version"];
}
function projectRequiredUvVersion(dirs) {
  for (const dir2 of dirs) {
    for (const name of ["uv.toml", "pyproject.toml"]) {
      const file = import_node_path53.default.join(dir2, name);
      if (!(0, import_node_fs22.existsSync)(file)) continue;
      const value = requiredVersionOf(file, name === "pyproject.toml");
      if (value !== void 0) return { request: parseUvVersionRequest(value, file), file };
    }
  }
  return void 0;
}
function requiredVersionOf(file, isPyproject) {
  let doc;
  try {
    doc = parse((0, import_node_fs22.readFileSync)(file, "utf8"));
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
var import_node_fs22, import_node_path53;
var init_required_version = __esm({
  "src/core/uv/required-version.ts"() {
    "use strict";
    import_node_fs22 = require("node:fs");
    import_node_path53 = __toESM(require("node:path"), 1);
    init_dist();
    init_errors();
    init_version_request();
  }
});

// src/core/setup/spec.ts
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
    const file = import_node_path54.default.resolve(o.cwd, o.pythonVersionFile);
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
var import_node_path54;
var init_spec4 = __esm({
  "src/core/setup/spec.ts"() {
    "use strict";
    import_node_path54 = __toESM(require("node:path"), 1);
    init_spec_files();
    init_errors();
  }
});

// src/core/setup/plan.ts
function isVenvPath(v) {
  return import_node_path55.default.isAbsolute(v) || v.includes("/") || v.includes("\\") || v.startsWith(".");
}
async function planSetup(options = {}) {
  const config2 = planConfig(options);
  checkConflicts(options);
  const venv2 = planVenv(options, config2);
  const packages = await planPackages(options, config2);
  const python = await planPython(options, config2);
  return {
    config: config2,
    python,
    uv: planUv(options, config2, packages.pyproject),
    venv: venv2,
    packages,
    export: planExport(options, python.installer, config2.cwd),
    signal: options.signal
  };
}
function planConfig(o) {
  const cwd = import_node_path55.default.resolve(o.cwd ?? process.cwd());
  const root = import_node_path55.default.resolve(cwd, o.root ?? defaultRoot());
  const toolsDir = import_node_path55.default.resolve(cwd, o.toolsDir ?? import_node_path55.default.join(root, "tools"));
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
function planVenv(o, config2) {
  if (o.venv === false) return false;
  const venv2 = o.venv ?? "default";
  const seed = Boolean(o.seed);
  if (isVenvPath(venv2)) return { kind: "path", dir: import_node_path55.default.resolve(config2.cwd, venv2), seed };
  const name = validateVenvName(venv2);
  return { kind: "named", name, dirWithoutInstance: import_node_path55.default.join(config2.toolsDir, "venvs", name), seed };
}
async function planPackages(o, config2) {
  const specs = (o.packages ?? []).map((s) => parsePackageSpec(s) && s.trim());
  const extras = (o.extras ?? []).map((e) => validateExtraName("extra", e));
  for (const url of [config2.indexUrl, ...config2.extraIndexUrls ?? []]) if (url) checkIndexUrl(url);
  const files = (list4, key) => Promise.all((list4 ?? []).map((f) => readableFile(import_node_path55.default.resolve(config2.cwd, f), key)));
  checkLockMode(o.lock);
  const requirements = await files(o.requirements, "requirements");
  const constraints = await files(o.constraints, "constraints");
  const pyproject = o.pyproject ? await projectPath(import_node_path55.default.resolve(config2.cwd, o.pyproject)) : void 0;
  checkPylock(requirements, constraints, specs, pyproject);
  const index2 = {
    indexUrl: config2.indexUrl,
    extraIndexUrls: config2.extraIndexUrls,
    trustedHosts: config2.trustedHosts
  };
  const project = pyproject ? await planProject(pyproject, { ...o, extras }, index2) : void 0;
  if (pyproject && !project) {
    checkFreshProject(o);
    await checkProjectGroups(pyproject, o.groups ?? []);
  }
  const groups = (o.groups ?? []).map((g) => validateExtraName("group", g));
  const editable = Boolean(o.editable);
  const allExtras = Boolean(o.allExtras);
  return { requirements, constraints, pyproject, editable, extras, specs, index: index2, project, groups, allExtras };
}
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
    if ((await fs.statOpened(file)).isFile()) return file;
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
  const st = await fs.stat(p).catch(() => void 0);
  const dir2 = st?.isFile() ? import_node_path55.default.dirname(p) : p;
  const markers = ["pyproject.toml", "setup.py", "setup.cfg"].map((m) => import_node_path55.default.join(dir2, m));
  const found = st && await Promise.all(
    markers.map(
      (m) => fs.access(m).then(
        () => true,
        () => false
      )
    )
  );
  if (found && found.some(Boolean)) return p;
  throw new RequirementsFileError(
    st ? `No pyproject.toml (or setup.py) in ${dir2}.` : `The project ${p} does not exist.`,
    {
      key: "pyproject",
      requested: p,
      hint: "Point pyproject at the project directory or its pyproject.toml."
    }
  );
}
async function planPython(o, config2) {
  const requests = await chooseSpecs({
    python: o.python,
    pythonSource: o.pythonSource,
    pythonVersionFile: o.pythonVersionFile,
    defaultPython: o.defaultPython,
    cwd: config2.cwd
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
    catalog: catalogOptions(config2),
    installer: o.installer ?? managerInstaller(config2)
  };
}
function planUv(o, config2, pyproject) {
  return {
    requested: uvVersionRequested(config2, pyproject),
    install: {
      uvPath: config2.uvPath,
      downloadBaseUrl: config2.uvDownloadUrl,
      toolsDir: config2.toolsDir,
      token: config2.githubToken,
      githubApiUrl: config2.githubApiUrl,
      releasesCacheDir: import_node_path55.default.join(config2.root, ".catalog"),
      sha256: checkUvChecksum(o.uvChecksum),
      allowMissingChecksum: config2.allowMissingChecksum,
      offline: config2.offline
    },
    cacheDir: o.uvCacheDir
  };
}
function checkUvChecksum(sha2562) {
  if (sha2562 === void 0 || /^[0-9a-fA-F]{64}$/.test(sha2562)) return sha2562?.toLowerCase();
  throw new ConfigurationError(`The uv checksum ${JSON.stringify(sha2562)} is not a sha256 (64 hex digits).`, {
    key: "uvChecksum",
    requested: sha2562,
    hint: "Copy the value from the release's uv-<triple>.tar.gz.sha256, or drop the checksum."
  });
}
function uvVersionRequested(config2, pyproject) {
  if (config2.uvVersion) {
    parseUvVersionRequest(config2.uvVersion, "uvVersion");
    return { version: config2.uvVersion, source: "uvVersion" };
  }
  if (config2.uvPath) return { version: DEFAULT_UV_VERSION, source: "default" };
  const projectDir = pyproject && (pyproject.endsWith(".toml") ? import_node_path55.default.dirname(pyproject) : pyproject);
  const required = projectRequiredUvVersion([.../* @__PURE__ */ new Set([projectDir ?? config2.cwd, config2.cwd])]);
  if (!required) return { version: DEFAULT_UV_VERSION, source: "default" };
  const version = exactWithoutLookup(required.request, true) ?? required.request.text;
  return { version, source: `required-version "${required.request.text}" in ${required.file}` };
}
function planExport(o, installer, cwd) {
  if (!o.export) return void 0;
  const dest = import_node_path55.default.resolve(cwd, o.export);
  if (!installer.export) {
    throw new ConfigurationError(`The ${installer.name} installer cannot export an installation.`, {
      key: "export",
      requested: dest,
      hint: "Export with the library installer (pyembed setup --export), or drop export."
    });
  }
  return dest;
}
var import_node_path55, isPylock;
var init_plan = __esm({
  "src/core/setup/plan.ts"() {
    "use strict";
    init_async_fs();
    import_node_path55 = __toESM(require("node:path"), 1);
    init_from_config();
    init_keys();
    init_options();
    init_errors();
    init_project_plan();
    init_spec3();
    init_required_version();
    init_triple();
    init_uv2();
    init_version_request();
    init_layout2();
    init_spec2();
    init_installer();
    init_spec4();
    isPylock = (file) => /^pylock(\.[^./\\]+)?\.toml$/.test(import_node_path55.default.basename(file));
  }
});

// src/core/setup/run.ts
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
    const venv2 = await phase("venv", () => provideVenv(venvPlan, installed, uv, ctx));
    result.venv = venv2;
    if (hasPackages(plan.packages)) {
      result.packages = await phase("packages", () => installIntoVenv(plan, venv2.path, uv, ctx));
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
  const [ra, rb2, rc] = await Promise.allSettled([a, b, c]);
  for (const r of [ra, rb2, rc]) if (r.status === "rejected") throw r.reason;
  return [ra.value, rb2.value];
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
var ORDER;
var init_run2 = __esm({
  "src/core/setup/run.ts"() {
    "use strict";
    init_log();
    init_naming();
    init_platform();
    init_environment();
    init_phases();
    init_plan();
    init_builtins();
    init_plan();
    ORDER = ["resolve", "install", "uv", "venv", "packages", "export"];
  }
});

// src/cli/commands/select.ts
function managerFor(ctx) {
  const o = ctx.options;
  return new PythonManager({
    ...managerOptions({ ...o, logger: ctx.logger }),
    catalog: catalogFor(o, ctx.logger)
  });
}
async function selectedSpec(ctx, explicit) {
  if (explicit) return { spec: explicit, source: "argument" };
  const src = ctx.config.sources.python;
  if (src.kind !== "default")
    return { spec: ctx.options.python, source: src.kind === "flag" ? src.name : `${src.kind} ${src.name}` };
  const found = await findSpecFromFiles(ctx.cwd);
  return found ? { spec: found.spec, source: found.source } : { spec: ctx.options.python, source: "default" };
}
async function selectInstance(ctx, explicit) {
  const { spec, source } = await selectedSpec(ctx, explicit);
  const manager2 = managerFor(ctx);
  const inst = source === "default" ? await newestInstance(ctx, manager2) : await manager2.getInstance(spec, { build: ctx.options.build });
  if (!inst) {
    const installed = (await manager2.listInstances()).map((i) => i.key);
    throw new InstanceNotFoundError(
      `No installed Python matches ${spec} (from ${source}) under ${ctx.options.root}.`,
      {
        requested: spec,
        available: installed,
        hint: `Run \`pyembed install ${spec}\` (or \`pyembed setup ${spec}\`), or select another with --python.`
      }
    );
  }
  return inst;
}
async function newestInstance(ctx, manager2) {
  const host3 = hostPlatform();
  const runsHere = (p) => p.os === host3.os && p.arch === host3.arch && p.libc === host3.libc;
  const here = (await manager2.listInstances()).filter((i) => runsHere(i.platform));
  const inst = here.find((i) => i.implementation === "cpython") ?? here[0];
  if (inst) ctx.logger.debug(`no Python spec given: using the newest installed instance, ${inst.key}`);
  return inst;
}
function projectUvVersion(ctx) {
  const required = projectRequiredUvVersion([ctx.cwd]);
  if (!required) return void 0;
  ctx.logger.debug(`uv version ${required.request.text}: from ${required.file}`);
  return exactWithoutLookup(required.request, true) ?? required.request.text;
}
async function uvFor(ctx) {
  const o = ctx.options;
  const u = await ensurePrivateUv({
    version: o.uvVersion ?? (o.uvPath ? void 0 : projectUvVersion(ctx)),
    githubApiUrl: o.githubApiUrl,
    releasesCacheDir: import_node_path56.default.join(o.root, ".catalog"),
    uvPath: o.uvPath,
    downloadBaseUrl: o.uvDownloadUrl,
    toolsDir: o.toolsDir,
    token: o.githubToken,
    allowMissingChecksum: o.allowMissingChecksum,
    offline: o.offline,
    logger: ctx.logger,
    signal: ctx.signal
  });
  return new Uv({
    path: u.path,
    cacheDir: ctx.env.UV_CACHE_DIR || void 0,
    offline: o.offline,
    indexUrl: o.indexUrl,
    extraIndexUrls: o.extraIndexUrls,
    trustedHosts: o.trustedHosts,
    proxy: o.proxy,
    noProxy: o.noProxy,
    venvRecipesDir: venvRecipesDir(o.toolsDir),
    logger: ctx.logger
  });
}
async function venvManagerFor(ctx, inst, uv) {
  const instance = inst ?? await selectInstance(ctx);
  const o = ctx.options;
  return new VirtualEnvironmentManager({
    instance: { pythonPath: instance.pythonPath, dir: instance.dir },
    uv: uv ?? await uvFor(ctx),
    indexUrl: o.indexUrl,
    extraIndexUrls: o.extraIndexUrls,
    trustedHosts: o.trustedHosts,
    logger: ctx.logger,
    archiveLimits: { maxBytes: o.archiveMaxBytes, maxRatio: o.archiveMaxRatio }
  });
}
function activated(venvDir) {
  const bin = venvBinDir(venvDir);
  return {
    VIRTUAL_ENV: venvDir,
    PYTHONHOME: void 0,
    PATH: `${bin}${import_node_path56.default.delimiter}${process.env.PATH ?? ""}`
  };
}
async function selectTarget(ctx, venv2, o) {
  const uv = o.needUv ? await uvFor(ctx) : void 0;
  if (venv2 && isVenvPath(venv2)) {
    const dir2 = import_node_path56.default.resolve(ctx.cwd, venv2);
    if (!(0, import_node_fs23.existsSync)(import_node_path56.default.join(dir2, "pyvenv.cfg"))) {
      throw new VirtualEnvironmentNotFoundError(`${dir2} is not a virtual environment (no pyvenv.cfg).`, {
        requested: dir2,
        hint: "Create it with `pyembed venv create` or `pyembed setup`."
      });
    }
    return { pythonPath: venvPython(dir2), env: activated(dir2), description: dir2, uv };
  }
  const inst = await selectInstance(ctx);
  const name = venv2 ?? (!o.base && (0, import_node_fs23.existsSync)(import_node_path56.default.join(inst.venvsDir, DEFAULT_VENV, "pyvenv.cfg")) ? DEFAULT_VENV : void 0);
  if (name) {
    const entry = import_node_path56.default.join(inst.venvsDir, validateVenvName(name));
    if (!(0, import_node_fs23.existsSync)(import_node_path56.default.join(entry, "pyvenv.cfg"))) {
      const names = uv ? await (await venvManagerFor(ctx, inst, uv)).list() : [];
      throw new VirtualEnvironmentNotFoundError(`No venv named "${name}" in ${inst.key}.`, {
        requested: name,
        available: names,
        hint: `Create it with \`pyembed venv create ${name}\` or \`pyembed setup --venv ${name}\`.`
      });
    }
    const dir2 = (0, import_node_fs23.realpathSync)(entry);
    return {
      pythonPath: venvPython(dir2),
      env: activated(dir2),
      description: `venv ${name} (${inst.key})`,
      uv
    };
  }
  return { pythonPath: inst.pythonPath, description: inst.key, uv };
}
var import_node_fs23, import_node_path56, DEFAULT_VENV;
var init_select2 = __esm({
  "src/cli/commands/select.ts"() {
    "use strict";
    import_node_fs23 = require("node:fs");
    import_node_path56 = __toESM(require("node:path"), 1);
    init_spec_files();
    init_errors();
    init_instances();
    init_platform();
    init_installer();
    init_run2();
    init_uv3();
    init_required_version();
    init_version_request();
    init_uv2();
    init_manager2();
    init_layout2();
    init_recipe();
    init_shared();
    DEFAULT_VENV = "default";
  }
});

// src/cli/commands/exec.ts
var exec_exports = {};
__export(exec_exports, {
  execCommand: () => execCommand,
  runCommand: () => runCommand
});
async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8");
}
function num(v, name) {
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) {
    throw new PythonExecutionError(`--${name} must be a positive number, got ${JSON.stringify(v)}.`, {
      requested: String(v)
    });
  }
  return n;
}
function runJson(r, where) {
  return {
    target: where,
    command: r.command,
    exitCode: r.exitCode,
    signal: r.signal,
    stdout: r.stdout,
    stderr: r.stderr,
    durationMs: r.durationMs,
    timedOut: r.timedOut,
    outOfMemory: r.outOfMemory,
    limits: r.limits
  };
}
function assertEnded(r) {
  if (!r.timedOut && !r.outOfMemory && r.signal === null) return;
  const why = r.timedOut ? "timed out" : r.outOfMemory ? "ran out of memory" : `was killed by ${r.signal}`;
  throw new PythonExecutionError(`${r.command.join(" ")} ${why}.`, {
    requested: r.command.join(" "),
    timedOut: r.timedOut,
    outOfMemory: r.outOfMemory,
    signal: r.signal,
    stderr: r.stderr.slice(-2e3)
  });
}
async function baseOptions(ctx, opts) {
  const t = await selectTarget(ctx, opts.venv, {
    needUv: false,
    base: Boolean(opts.base)
  });
  const timeoutSeconds = num(opts.timeoutSeconds, "timeout-seconds");
  const o = {
    cwd: opts.cwd ?? ctx.cwd,
    env: t.env,
    timeoutMs: timeoutSeconds ? timeoutSeconds * 1e3 : void 0,
    maxMemoryMB: num(opts.maxMemoryMb, "max-memory-mb"),
    signal: ctx.signal
  };
  return { t, o };
}
async function runCommand(ctx, args, opts) {
  const { t, o } = await baseOptions(ctx, opts);
  if (ctx.json) {
    const r2 = await runPython(t.pythonPath, args, o);
    assertEnded(r2);
    return { data: runJson(r2, t.description), exitCode: r2.exitCode ?? 1 };
  }
  const r = await runPython(t.pythonPath, args, { ...o, inheritStdio: true });
  assertEnded(r);
  return { data: void 0, human: "", exitCode: r.exitCode ?? 1 };
}
async function execCommand(ctx, args, opts) {
  const { t, o } = await baseOptions(ctx, opts);
  const stream = !ctx.json;
  const code = args[0] === "-" ? await readStdin() : args[0];
  const r = await runScript(t.pythonPath, { code }, [], {
    ...o,
    onStdout: stream ? (l) => process.stdout.write(`${l}
`) : void 0,
    onStderr: stream ? (l) => process.stderr.write(`${l}
`) : void 0
  });
  assertEnded(r);
  if (r.exitCode !== 0) {
    const lines = r.stderr.trim().split(/\r?\n/);
    throw new PythonExecutionError(`Python exited with ${r.exitCode}: ${lines[lines.length - 1] ?? ""}`, {
      requested: code,
      // not `exitCode`: that key of toJSON() is the CLI's exit code (30)
      pythonExitCode: r.exitCode,
      stderr: r.stderr.slice(-4e3),
      stdout: r.stdout.slice(-4e3)
    });
  }
  return { data: runJson(r, t.description), human: "" };
}
var init_exec = __esm({
  "src/cli/commands/exec.ts"() {
    "use strict";
    init_errors();
    init_run();
    init_select2();
  }
});

// src/cli/specs/exec.ts
var load2, run, exec;
var init_exec2 = __esm({
  "src/cli/specs/exec.ts"() {
    "use strict";
    init_options2();
    load2 = () => Promise.resolve().then(() => (init_exec(), exec_exports));
    run = {
      name: "run",
      description: "run python with arguments in a venv or instance: pyembed run [--venv NAME] -- <args>",
      arguments: [{ name: "[args...]", description: "arguments for python (put them after --)" }],
      options: [
        ...TARGET,
        { flags: "--cwd <dir>", description: "working directory" },
        TIMEOUT_SECONDS,
        { flags: "--max-memory-mb <n>", description: "address-space limit of the child" }
      ],
      handler: () => load2().then((m) => m.runCommand)
    };
    exec = {
      name: "exec",
      description: 'evaluate Python code: pyembed exec "<code>"',
      arguments: [{ name: "<code>", description: "Python statements, or - to read them from stdin" }],
      options: [...TARGET, TIMEOUT_SECONDS],
      handler: () => load2().then((m) => m.execCommand)
    };
  }
});

// src/core/setup/index.ts
var setup_exports = {};
__export(setup_exports, {
  chooseSpec: () => chooseSpec,
  chooseSpecs: () => chooseSpecs,
  ensurePrivateUv: () => ensurePrivateUv,
  hasPackages: () => hasPackages,
  installPackages: () => installPackages,
  isVenvPath: () => isVenvPath,
  listInstalled: () => listInstalled,
  managerInstaller: () => managerInstaller,
  managerOptions: () => managerOptions,
  planSetup: () => planSetup,
  runPlan: () => runPlan,
  runSetup: () => runSetup
});
var init_setup = __esm({
  "src/core/setup/index.ts"() {
    "use strict";
    init_run2();
    init_plan();
    init_installer();
    init_spec4();
    init_environment();
    init_uv3();
  }
});

// src/cli/commands/setup.ts
var setup_exports2 = {};
__export(setup_exports2, {
  setupCommand: () => setupCommand,
  setupOptions: () => setupOptions
});
function setupOptions(ctx, args, opts) {
  const o = ctx.options;
  const src = ctx.config.sources.python;
  return {
    ...o,
    python: args.length ? args : src.kind !== "default" ? o.python : void 0,
    pythonSource: args[0] ? "argument" : describeSource(src),
    pythonVersionFile: opts.pythonVersionFile,
    defaultPython: o.python,
    cwd: ctx.cwd,
    platform: platformOpt(opts),
    freethreaded: Boolean(opts.freethreaded),
    checkLatest: Boolean(opts.checkLatest),
    uvCacheDir: ctx.env.UV_CACHE_DIR || void 0,
    venv: opts.venv === false ? false : opts.venv,
    seed: Boolean(opts.seed),
    requirements: list2(opts.requirements),
    constraints: list2(opts.constraints),
    pyproject: opts.pyproject,
    editable: typeof opts.editable === "boolean" ? opts.editable : void 0,
    extras: typeof opts.extras === "string" ? opts.extras.split(/[\s,]+/).filter(Boolean) : void 0,
    // uv projects
    lock: opts.lock,
    groups: list2(opts.group),
    allGroups: Boolean(opts.allGroups),
    noDefaultGroups: Boolean(opts.defaultGroups === false),
    allExtras: Boolean(opts.allExtras),
    workspacePackage: opts.workspacePackage,
    packages: list2(opts.package),
    export: opts.export,
    signal: ctx.signal
  };
}
async function setupCommand(ctx, args, opts) {
  const { runSetup: runSetup2 } = await Promise.resolve().then(() => (init_setup(), setup_exports));
  const result = await runSetup2(setupOptions(ctx, args, opts), {
    logger: ctx.logger,
    onPhase: (name, ms) => {
      if (name === "install") ctx.progress.finish();
      ctx.logger.debug(`phase ${name}: ${formatMs(ms)}`);
    },
    onProgress: (e) => ctx.progress.update(e)
  });
  const s = ctx.style;
  const rows = result.pythons.flatMap((p, i) => [
    [
      i === result.pythons.length - 1 ? "python" : "also",
      `${p.version} (${p.key}, build ${p.build})${p.cacheHit ? s.dim(" cached") : ""}`
    ],
    ["interpreter", p.pythonPath]
  ]);
  rows.push(["uv", `${result.uv.version} ${s.dim(`(${result.uv.source})`)} ${result.uv.path}`]);
  if (result.venv) rows.push(["venv", result.venv.path], ["venv python", result.venv.pythonPath]);
  if (result.packages) {
    const { installed, unchanged } = result.packages;
    rows.push([
      "packages",
      `${installed} installed${unchanged ? " (unchanged since the last setup; uv not run)" : ""}`
    ]);
  }
  const lock = result.packages?.lock;
  if (lock) {
    const named = (xs) => xs.length ? xs.join(", ") : "none";
    rows.push(
      [`lock (${lock.mode})`, lock.file],
      ["groups", named(lock.groups)],
      ["extras", named(lock.extras)]
    );
  }
  if (result.exportPath) rows.push(["export", result.exportPath]);
  rows.push([
    "timings",
    result.phases.map((p) => `${p.name} ${formatMs(p.ms)}`).join(", ") + ` \u2014 total ${formatMs(result.totalMs)}`
  ]);
  return { data: result, human: table(rows) };
}
var list2;
var init_setup2 = __esm({
  "src/cli/commands/setup.ts"() {
    "use strict";
    init_load();
    init_output();
    init_shared();
    list2 = (v) => Array.isArray(v) && v.length ? v : void 0;
  }
});

// src/cli/specs/setup.ts
var pythonFromSpecArg, setup;
var init_setup3 = __esm({
  "src/cli/specs/setup.ts"() {
    "use strict";
    init_options2();
    pythonFromSpecArg = (args) => args.length ? { python: args[args.length - 1] } : {};
    setup = {
      name: "setup",
      description: "the whole plan, like the action: resolve -> install -> uv -> venv -> packages (-> export)",
      arguments: [
        {
          name: "[specs...]",
          description: "Python spec(s); several install each, the last is the default (default: .python-version etc., then PYEMBED_PYTHON, then 3.12)"
        }
      ],
      options: [
        { flags: "--python-version-file <file>", description: "read the spec from this file" },
        PLATFORM,
        FREETHREADED,
        describedAs(CHECK_LATEST, "ask the release source for a newer build than the bundled catalogue"),
        {
          flags: "--venv <name|path>",
          description: "venv: a name (under <instance>/venvs/) or a path with a slash",
          defaultValue: "default"
        },
        { flags: "--no-venv", description: "stop after installing Python and uv" },
        describedAs(SEED, "seed pip/setuptools into the venv"),
        REQUIREMENTS,
        CONSTRAINTS,
        { flags: "--pyproject <file|dir>", description: "install the project of this pyproject.toml" },
        {
          flags: "-e, --editable",
          description: "install the pyproject editable (default with uv.lock; --no-editable to copy it)"
        },
        { flags: "--no-editable", description: "install a locked project as a copy, not editable" },
        { flags: "--extras <names>", description: "comma-separated extras of the pyproject" },
        // uv projects
        {
          flags: "--lock <mode>",
          description: "the pyproject's uv.lock: auto (default), frozen (unchecked), ignore (resolve afresh)"
        },
        {
          flags: "--group <name>",
          description: "dependency group of the pyproject (repeatable)",
          repeatable: true
        },
        { flags: "--all-groups", description: "every dependency group of the pyproject (needs uv.lock)" },
        { flags: "--no-default-groups", description: "leave out uv's default groups (dev) (needs uv.lock)" },
        { flags: "--all-extras", description: "every extra of the pyproject" },
        {
          flags: "--workspace-package <name>",
          description: "the workspace member to install (uv sync --package)"
        },
        { flags: "--package <spec>", description: "extra package requirement (repeatable)", repeatable: true },
        {
          flags: "--export <archive>",
          description: "export the instance (with its venvs) to this archive afterwards"
        }
      ],
      configFromArgs: pythonFromSpecArg,
      handler: () => Promise.resolve().then(() => (init_setup2(), setup_exports2)).then((m) => m.setupCommand)
    };
  }
});

// src/cli/commands/instances.ts
var instances_exports2 = {};
__export(instances_exports2, {
  duCommand: () => duCommand,
  exportCommand: () => exportCommand,
  importCommand: () => importCommand,
  infoCommand: () => infoCommand,
  installCommand: () => installCommand,
  listCommand: () => listCommand,
  removeCommand: () => removeCommand,
  verifyCommand: () => verifyCommand
});
function instanceJson(i) {
  return { ...i, platform: platformKey(i.platform) };
}
async function requireInstance(ctx, keyOrSpec) {
  const manager2 = managerFor(ctx);
  const inst = await manager2.getInstance(keyOrSpec, { build: ctx.options.build });
  if (!inst) {
    throw new InstanceNotFoundError(`No installed Python matches ${keyOrSpec} under ${manager2.root}.`, {
      requested: keyOrSpec,
      available: (await manager2.listInstances()).map((i) => i.key),
      hint: `Install it first: pyembed install ${keyOrSpec}`
    });
  }
  return inst;
}
async function installCommand(ctx, args, opts) {
  const requests = args.length ? args.map((spec) => ({ spec, source: "argument" })) : [await selectedSpec(ctx)];
  const catalog = catalogFor(ctx.options, ctx.logger);
  const builds = [];
  for (const { spec, source } of requests) {
    const build = await catalog.resolve(spec, {
      platform: platformOpt(opts),
      build: ctx.options.build,
      flavor: ctx.options.flavor,
      freethreaded: Boolean(opts.freethreaded)
    });
    ctx.logger.info(`Resolved ${spec} (from ${source}) -> ${build.key}, build ${build.build}`);
    builds.push(build);
  }
  const manager2 = managerFor(ctx);
  const done = [];
  for (const [n, build] of builds.entries()) {
    const r = await manager2.installBuild(build, {
      signal: ctx.signal,
      onProgress: (e) => ctx.progress.update(e)
    });
    ctx.progress.finish();
    const i = r.instance;
    done.push({
      data: { ...instanceJson(i), cacheHit: !r.downloaded, requested: requests[n] },
      human: `${r.downloaded ? "Installed" : "Already installed"}: Python ${i.version} (${i.key})
  ${i.pythonPath}`
    });
  }
  if (done.length === 1) return done[0];
  return { data: { instances: done.map((d) => d.data) }, human: done.map((d) => d.human).join("\n") };
}
async function listCommand(ctx) {
  const instances = await managerFor(ctx).listInstances();
  return {
    data: { root: ctx.options.root, instances: instances.map(instanceJson) },
    human: instances.length ? table(
      instances.map((i) => [
        i.version,
        i.build,
        platformKey(i.platform) + (i.variant ? `+${i.variant}` : ""),
        i.key
      ]),
      ["version", "build", "platform", "key"]
    ) : `No instances under ${ctx.options.root}.`
  };
}
async function infoCommand(ctx, args) {
  const inst = args[0] ? await requireInstance(ctx, args[0]) : await selectInstance(ctx);
  const info = await managerFor(ctx).getInstanceInfo(inst.key);
  return {
    data: instanceJson(info),
    human: table([
      ["key", info.key],
      ["version", info.version],
      ["build", info.build],
      ["platform", platformKey(info.platform)],
      ["variant", info.variant ?? "default"],
      ["python", info.pythonPath],
      ["venvs", info.venvsDir],
      ["size", formatBytes(info.sizeBytes)],
      ["created", info.createdAt],
      ["source", info.source?.url],
      ["sha256", info.source?.sha256]
    ])
  };
}
async function removeCommand(ctx, args) {
  const inst = await requireInstance(ctx, args[0]);
  await managerFor(ctx).deleteInstance(inst.key);
  return { data: { removed: inst.key, dir: inst.dir }, human: `Removed ${inst.key} (${inst.dir})` };
}
async function verifyCommand(ctx, args) {
  const manager2 = managerFor(ctx);
  const keys = args[0] ? [(await requireInstance(ctx, args[0])).key] : (await manager2.listInstances()).map((i) => i.key);
  const reports = await Promise.all(keys.map((k) => manager2.validateIntegrity(k)));
  const ok = reports.every((r) => r.ok);
  const data = { ok, instances: reports };
  if (!ok) {
    const bad = reports.filter((r) => !r.ok);
    throw new PythonNotInstalledError(
      `${bad.length} instance(s) are broken: ${bad.map((r) => `${r.key}: ${r.problems.join("; ")}`).join(" | ")}`,
      {
        requested: bad.map((r) => r.key).join(" "),
        instances: reports,
        hint: "Remove and install them again (pyembed remove <key>; pyembed install <spec>)."
      }
    );
  }
  return {
    data,
    human: reports.length ? reports.map((r) => `ok  ${r.key} (Python ${r.version})`) : `No instances under ${ctx.options.root}.`
  };
}
async function duCommand(ctx) {
  const manager2 = managerFor(ctx);
  const instances = await manager2.listInstances();
  const sizes = await Promise.all(
    instances.map(async (i) => ({ key: i.key, bytes: await manager2.getInstanceSize(i.key) }))
  );
  const total = sizes.reduce((a, s) => a + s.bytes, 0);
  return {
    data: { root: ctx.options.root, instances: sizes, totalBytes: total },
    human: [
      ...table(sizes.map((s) => [formatBytes(s.bytes), s.key])),
      `${formatBytes(total)} total in ${ctx.options.root}`
    ]
  };
}
async function exportCommand(ctx, args) {
  const inst = await requireInstance(ctx, args[0]);
  const archive = await managerFor(ctx).exportInstance(inst.key, args[1]);
  return { data: { key: inst.key, archive }, human: `Exported ${inst.key} to ${archive}` };
}
async function importCommand(ctx, args) {
  const inst = await managerFor(ctx).importInstance(args[0], { signal: ctx.signal });
  return {
    data: instanceJson(inst),
    human: `Imported ${inst.key} (Python ${inst.version}) into ${inst.dir}`
  };
}
var init_instances2 = __esm({
  "src/cli/commands/instances.ts"() {
    "use strict";
    init_errors();
    init_platform();
    init_output();
    init_shared();
    init_select2();
  }
});

// src/cli/specs/instances.ts
var load3, INSTANCE, instanceCommands;
var init_instances3 = __esm({
  "src/cli/specs/instances.ts"() {
    "use strict";
    init_options2();
    init_setup3();
    load3 = () => Promise.resolve().then(() => (init_instances2(), instances_exports2));
    INSTANCE = { name: "<spec|key>", description: "version spec or instance key" };
    instanceCommands = [
      {
        name: "install",
        description: "download, verify and install Python instances",
        arguments: [
          {
            name: "[specs...]",
            description: "Python spec(s), each installed (default: .python-version etc., then 3.12)"
          }
        ],
        options: [PLATFORM, FREETHREADED],
        configFromArgs: pythonFromSpecArg,
        handler: () => load3().then((m) => m.installCommand)
      },
      { name: "list", description: "installed instances", handler: () => load3().then((m) => m.listCommand) },
      {
        name: "info",
        description: "details of one instance",
        arguments: [
          { name: "[spec|key]", description: "version spec or instance key (default: the one exec/run use)" }
        ],
        handler: () => load3().then((m) => m.infoCommand)
      },
      {
        name: "remove",
        description: "delete an instance (and its venvs)",
        arguments: [INSTANCE],
        handler: () => load3().then((m) => m.removeCommand)
      },
      {
        name: "verify",
        description: "check the integrity of instances (interpreter runs, files, metadata)",
        arguments: [{ name: "[spec|key]", description: "one instance (default: all)" }],
        handler: () => load3().then((m) => m.verifyCommand)
      },
      { name: "du", description: "disk usage of the instances", handler: () => load3().then((m) => m.duCommand) },
      {
        name: "export",
        description: "write an instance to an archive (.tar.gz, .tar.zst, .zip)",
        arguments: [INSTANCE, { name: "<archive>", description: "destination path" }],
        handler: () => load3().then((m) => m.exportCommand)
      },
      {
        name: "import",
        description: "import an instance archive written by export",
        arguments: [{ name: "<archive>", description: "archive path" }],
        handler: () => load3().then((m) => m.importCommand)
      }
    ];
  }
});

// src/cli/commands/pip.ts
var pip_exports = {};
__export(pip_exports, {
  pipDowngradeCommand: () => pipDowngradeCommand,
  pipFreezeCommand: () => pipFreezeCommand,
  pipInstallCommand: () => pipInstallCommand,
  pipListCommand: () => pipListCommand,
  pipOutdatedCommand: () => pipOutdatedCommand,
  pipShowCommand: () => pipShowCommand,
  pipUninstallCommand: () => pipUninstallCommand,
  pipUpgradeCommand: () => pipUpgradeCommand
});
async function runtime(ctx, opts) {
  const t = await selectTarget(ctx, opts.venv, {
    needUv: true,
    base: Boolean(opts.base)
  });
  const o = ctx.options;
  const rt = new PythonRuntime({
    pythonPath: t.pythonPath,
    uv: t.uv,
    indexUrl: o.indexUrl,
    extraIndexUrls: o.extraIndexUrls,
    trustedHosts: o.trustedHosts,
    logger: ctx.logger
  });
  return { rt, where: t.description };
}
async function pipInstallCommand(ctx, args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const constraints = list3(opts.constraints);
  const common = { upgrade: Boolean(opts.upgrade), constraints, signal: ctx.signal };
  const done = [];
  for (const file of list3(opts.requirements)) {
    await rt.installRequirements(file, common);
    done.push(`-r ${file}`);
  }
  if (typeof opts.editable === "string") {
    await rt.installPyproject(opts.editable, { ...common, editable: true });
    done.push(`-e ${opts.editable}`);
  }
  if (args.length) {
    await rt.install(args, common);
    done.push(...args);
  }
  if (!done.length) {
    const { InvalidPackageSpecificationError: InvalidPackageSpecificationError2 } = await Promise.resolve().then(() => (init_errors(), errors_exports));
    throw new InvalidPackageSpecificationError2("Nothing to install: give packages, -r <file> or -e <path>.", {
      hint: "e.g. pyembed pip install requests==2.32.3"
    });
  }
  const packages = await rt.list({ signal: ctx.signal });
  return {
    data: { target: where, installed: done, packages },
    human: [`Installed into ${where}: ${done.join(" ")}`, `${packages.length} package(s) now present.`]
  };
}
async function pipUninstallCommand(ctx, args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  await rt.uninstall(args, { signal: ctx.signal });
  return {
    data: { target: where, uninstalled: args },
    human: `Uninstalled from ${where}: ${args.join(" ")}`
  };
}
async function pipListCommand(ctx, _args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const packages = await rt.list({ signal: ctx.signal });
  return {
    data: { target: where, packages },
    human: table(
      packages.map((p) => [p.name, p.version]),
      ["package", "version"]
    )
  };
}
async function pipShowCommand(ctx, args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const info = await rt.info(args[0], { signal: ctx.signal });
  if (!info) {
    return {
      data: { target: where, package: null },
      human: `${args[0]} is not installed in ${where}.`,
      exitCode: 1
    };
  }
  return {
    data: { target: where, package: info },
    human: table(Object.entries(info.fields).map(([k, v]) => [k, v]))
  };
}
async function pipOutdatedCommand(ctx, _args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const outdated = await rt.outdated({ signal: ctx.signal });
  return {
    data: { target: where, outdated },
    human: outdated.length ? table(
      outdated.map((p) => [p.name, p.installedVersion, p.latestVersion]),
      ["package", "installed", "latest"]
    ) : "Everything is up to date."
  };
}
async function pipUpgradeCommand(ctx, args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const before = new Map(
    (await rt.list({ signal: ctx.signal })).map((p) => [p.name.toLowerCase(), p.version])
  );
  await rt.install(args, { upgrade: true, signal: ctx.signal });
  const after = await rt.list({ signal: ctx.signal });
  const changed = after.filter((p) => before.get(p.name.toLowerCase()) !== p.version).map((p) => ({ name: p.name, from: before.get(p.name.toLowerCase()) ?? null, to: p.version }));
  return {
    data: { target: where, upgraded: changed },
    human: changed.length ? changed.map((c) => `${c.name}: ${c.from ?? "-"} -> ${c.to}`) : "Nothing to upgrade."
  };
}
async function pipDowngradeCommand(ctx, args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const [name, version] = args;
  const from = await rt.getVersion(name, { signal: ctx.signal });
  await rt.downgrade(name, version, { signal: ctx.signal });
  return {
    data: { target: where, name, from: from ?? null, to: version },
    human: `${name}: ${from ?? "-"} -> ${version}`
  };
}
async function pipFreezeCommand(ctx, _args, opts) {
  const { rt, where } = await runtime(ctx, opts);
  const text4 = await rt.freeze({ signal: ctx.signal });
  const requirements = text4.split(/\r?\n/).filter(Boolean);
  return { data: { target: where, requirements }, human: text4 };
}
var list3;
var init_pip = __esm({
  "src/cli/commands/pip.ts"() {
    "use strict";
    init_runtime();
    init_output();
    init_select2();
    list3 = (v) => Array.isArray(v) ? v : [];
  }
});

// src/cli/specs/pip.ts
var load4, pip;
var init_pip2 = __esm({
  "src/cli/specs/pip.ts"() {
    "use strict";
    init_options2();
    load4 = () => Promise.resolve().then(() => (init_pip(), pip_exports));
    pip = {
      name: "pip",
      description: "packages of a venv (select with --venv) or instance",
      commands: [
        {
          name: "install",
          description: "install packages",
          arguments: [{ name: "[packages...]", description: "requirement specifiers" }],
          options: [
            REQUIREMENTS,
            CONSTRAINTS,
            { flags: "-e, --editable <path>", description: "install a local project editable" },
            { flags: "-U, --upgrade", description: "upgrade already installed packages" },
            ...TARGET
          ],
          handler: () => load4().then((m) => m.pipInstallCommand)
        },
        {
          name: "uninstall",
          description: "uninstall packages",
          arguments: [{ name: "<packages...>", description: "package names" }],
          options: TARGET,
          handler: () => load4().then((m) => m.pipUninstallCommand)
        },
        {
          name: "list",
          description: "installed packages",
          options: TARGET,
          handler: () => load4().then((m) => m.pipListCommand)
        },
        {
          name: "show",
          description: "one installed package",
          arguments: [{ name: "<package>", description: "package name" }],
          options: TARGET,
          handler: () => load4().then((m) => m.pipShowCommand)
        },
        {
          name: "outdated",
          description: "packages with newer releases",
          options: TARGET,
          handler: () => load4().then((m) => m.pipOutdatedCommand)
        },
        {
          name: "upgrade",
          description: "upgrade packages to their newest",
          arguments: [{ name: "<packages...>", description: "names" }],
          options: TARGET,
          handler: () => load4().then((m) => m.pipUpgradeCommand)
        },
        {
          name: "downgrade",
          description: "install an older version of a package",
          arguments: [
            { name: "<package>", description: "name" },
            { name: "<version>", description: "the version to install" }
          ],
          options: TARGET,
          handler: () => load4().then((m) => m.pipDowngradeCommand)
        },
        {
          name: "freeze",
          description: "requirements.txt of the environment",
          options: TARGET,
          handler: () => load4().then((m) => m.pipFreezeCommand)
        }
      ]
    };
  }
});

// src/cli/commands/venv.ts
var venv_exports = {};
__export(venv_exports, {
  venvCloneCommand: () => venvCloneCommand,
  venvCreateCommand: () => venvCreateCommand,
  venvExportCommand: () => venvExportCommand,
  venvImportCommand: () => venvImportCommand,
  venvInfoCommand: () => venvInfoCommand,
  venvListCommand: () => venvListCommand,
  venvRemoveCommand: () => venvRemoveCommand
});
async function manager(ctx) {
  const inst = await selectInstance(ctx);
  return { inst, venvs: await venvManagerFor(ctx, inst) };
}
async function venvCreateCommand(ctx, args, opts) {
  const { inst, venvs } = await manager(ctx);
  const existed = await venvs.exists(args[0]);
  const v = await venvs.getOrCreate(args[0], {
    path: opts.path,
    seed: Boolean(opts.seed),
    recreate: Boolean(opts.recreate),
    signal: ctx.signal
  });
  const created = !existed || Boolean(opts.recreate);
  return {
    data: {
      name: v.name,
      path: v.path,
      pythonPath: v.pythonPath,
      binDir: v.binDir,
      isExternal: v.isExternal,
      created,
      instance: inst.key
    },
    human: `${created ? "Created" : "Exists"}: venv ${v.name} at ${v.path} (${inst.key})`
  };
}
async function venvListCommand(ctx) {
  const { inst, venvs } = await manager(ctx);
  const names = await venvs.list();
  const infos = await Promise.all(names.map((n) => venvs.info(n, { signal: ctx.signal })));
  return {
    data: { instance: inst.key, venvs: infos },
    human: infos.length ? table(
      infos.map((i) => [i.name, i.pythonVersion, i.packagesCount, formatBytes(i.sizeBytes), i.path]),
      ["name", "python", "packages", "size", "path"]
    ) : `No venvs in ${inst.key}.`
  };
}
async function venvInfoCommand(ctx, args) {
  const { venvs } = await manager(ctx);
  const info = await venvs.info(args[0], { signal: ctx.signal });
  return {
    data: info,
    human: table([
      ["name", info.name],
      ["path", info.path],
      ["python", info.pythonVersion],
      ["uv", info.uvVersion],
      ["home", info.home],
      ["packages", info.packagesCount],
      ["size", formatBytes(info.sizeBytes)],
      ["external", String(info.isExternal)],
      ["created", info.createdAt]
    ])
  };
}
async function venvRemoveCommand(ctx, args, opts) {
  const { venvs } = await manager(ctx);
  if (!await venvs.exists(args[0])) {
    const { VirtualEnvironmentNotFoundError: VirtualEnvironmentNotFoundError2 } = await Promise.resolve().then(() => (init_errors(), errors_exports));
    throw new VirtualEnvironmentNotFoundError2(`No venv named "${args[0]}".`, {
      requested: args[0],
      available: await venvs.list()
    });
  }
  const removed = await venvs.delete(args[0], { deleteExternalFiles: !opts.keepFiles });
  return { data: { name: args[0], removed }, human: `Removed venv ${args[0]}` };
}
async function venvCloneCommand(ctx, args, opts) {
  const { venvs } = await manager(ctx);
  const v = await venvs.clone(args[0], args[1], { path: opts.path });
  return {
    data: { source: args[0], name: v.name, path: v.path, pythonPath: v.pythonPath },
    human: `Cloned ${args[0]} -> ${v.name} at ${v.path}`
  };
}
async function venvExportCommand(ctx, args) {
  const { venvs } = await manager(ctx);
  const archive = await venvs.export(args[0], args[1]);
  return { data: { name: args[0], archive }, human: `Exported venv ${args[0]} to ${archive}` };
}
async function venvImportCommand(ctx, args, opts) {
  const { venvs } = await manager(ctx);
  const v = await venvs.import(args[0], args[1], { path: opts.path });
  return {
    data: { archive: args[0], name: v.name, path: v.path, pythonPath: v.pythonPath },
    human: `Imported ${args[0]} as venv ${v.name} at ${v.path}`
  };
}
var init_venv = __esm({
  "src/cli/commands/venv.ts"() {
    "use strict";
    init_output();
    init_select2();
  }
});

// src/cli/specs/venv.ts
var load5, NAME3, ARCHIVE_OUT, venv;
var init_venv2 = __esm({
  "src/cli/specs/venv.ts"() {
    "use strict";
    init_options2();
    load5 = () => Promise.resolve().then(() => (init_venv(), venv_exports));
    NAME3 = { name: "<name>", description: "venv name" };
    ARCHIVE_OUT = { name: "<archive>", description: "destination path" };
    venv = {
      name: "venv",
      description: "virtual environments of an instance (the instance: --python, else .python-version, else 3.12)",
      commands: [
        {
          name: "create",
          description: "create a venv with uv (or return the existing one)",
          arguments: [{ name: "<name>", description: "venv name (kept under <instance>/venvs/)" }],
          options: [
            { flags: "--path <dir>", description: "create it at this external directory instead" },
            SEED,
            { flags: "--recreate", description: "delete and create again if it exists" }
          ],
          handler: () => load5().then((m) => m.venvCreateCommand)
        },
        {
          name: "list",
          description: "venvs of the instance",
          handler: () => load5().then((m) => m.venvListCommand)
        },
        {
          name: "info",
          description: "details of one venv",
          arguments: [NAME3],
          handler: () => load5().then((m) => m.venvInfoCommand)
        },
        {
          name: "remove",
          description: "delete a venv",
          arguments: [NAME3],
          options: [
            { flags: "--keep-files", description: "for an external venv: forget it but keep its directory" }
          ],
          handler: () => load5().then((m) => m.venvRemoveCommand)
        },
        {
          name: "clone",
          description: "copy a venv (paths inside are re-pointed at the copy)",
          arguments: [
            { name: "<source>", description: "venv to copy" },
            { name: "<target>", description: "new venv name" }
          ],
          options: [{ flags: "--path <dir>", description: "put the copy at this external directory" }],
          handler: () => load5().then((m) => m.venvCloneCommand)
        },
        {
          name: "export",
          description: "write a venv to a .zip archive",
          arguments: [NAME3, ARCHIVE_OUT],
          handler: () => load5().then((m) => m.venvExportCommand)
        },
        {
          name: "import",
          description: "import a venv archive (paths inside are re-pointed)",
          arguments: [
            { name: "<archive>", description: "archive written by venv export" },
            { name: "<name>", description: "new venv name" }
          ],
          options: [{ flags: "--path <dir>", description: "import it at this external directory" }],
          handler: () => load5().then((m) => m.venvImportCommand)
        }
      ]
    };
  }
});

// src/cli/specs/index.ts
var specs_exports = {};
__export(specs_exports, {
  COMMANDS: () => COMMANDS
});
var COMMANDS;
var init_specs = __esm({
  "src/cli/specs/index.ts"() {
    "use strict";
    init_catalog3();
    init_config3();
    init_diagnose3();
    init_exec2();
    init_instances3();
    init_pip2();
    init_setup3();
    init_venv2();
    COMMANDS = [
      setup,
      resolve,
      listAvailable,
      ...instanceCommands,
      venv,
      pip,
      run,
      exec,
      diagnose,
      config
    ];
  }
});

// src/cli/progress.ts
function createProgress(o) {
  if (!o.enabled) return { update() {
  }, finish() {
  }, write: toStderr };
  return o.tty ? barRenderer(o.color) : lineRenderer();
}
function taskName(e) {
  return e.label ? `${e.phase} ${e.label}` : e.phase;
}
function lineRenderer() {
  const tasks2 = /* @__PURE__ */ new Map();
  const write = (s) => process.stderr.write(`${s}
`);
  const end = (t, failed) => {
    if (t.done) return;
    t.done = true;
    const { last } = t;
    if (failed) {
      const at = last.total !== void 0 ? `${amount(last.current, last.unit)} of ${amount(last.total, last.unit)}` : amount(last.current, last.unit);
      write(`${t.name}: stopped at ${at}`);
    } else if (unmeasured(last)) {
      write(`${t.name}: done`);
    } else {
      write(`${t.name}: done (${amount(last.total ?? last.current, last.unit)})`);
    }
  };
  return {
    update(e) {
      const name = taskName(e);
      let t = tasks2.get(name);
      if (t?.done) return;
      if (!t) {
        t = { name, last: e, done: false };
        tasks2.set(name, t);
        write(`${name}: started${e.total !== void 0 ? ` (${amount(e.total, e.unit)})` : ""}`);
      }
      t.last = e;
      if (complete(e)) end(t, false);
    },
    finish(failed = false) {
      for (const t of tasks2.values()) if (!unmeasured(t.last) || !failed) end(t, failed);
      tasks2.clear();
    },
    write: toStderr
  };
}
function barLine(s, name, value, rawTotal, unit, columns) {
  const total = rawTotal > 0 ? rawTotal : void 0;
  const done = Math.min(1, total ? value / total : 0);
  const pct = total ? `${String(Math.round(done * 100)).padStart(3)}%` : "    ";
  const qty = total ? `${amount(value, unit)}/${amount(total, unit)}` : amount(value, unit);
  const tail = ` ${pct} ${qty}`;
  const room = Math.max(0, columns - 1 - tail.length);
  const size = Math.max(MIN_BAR_WIDTH, Math.min(BAR_WIDTH, room - name.length - 1));
  const nameRoom = Math.max(1, room - size - 1);
  const shownName = name.length <= nameRoom ? name : `${name.slice(0, Math.max(0, nameRoom - 1))}\u2026`;
  const filled = Math.round(done * size);
  const bar = total ? s.green("\u2588".repeat(filled)) + s.dim("\u2591".repeat(size - filled)) : s.dim("\xB7".repeat(size));
  return `${shownName} ${bar}${tail}`;
}
function barRenderer(color) {
  const s = styles(color);
  const out = process.stderr;
  const tasks2 = /* @__PURE__ */ new Map();
  const logs = [];
  let drawnRows = 0;
  let timer;
  const draw = () => {
    clearTimeout(timer);
    timer = void 0;
    let frame = drawnRows ? `\x1B[${drawnRows}A\r` : "";
    for (const line of logs.splice(0)) frame += `\x1B[2K${line}`;
    const bars = [...tasks2.values()].filter((t) => !unmeasured(t.last));
    const columns = out.columns || 80;
    for (const { name, last } of bars) {
      frame += `\x1B[2K${barLine(s, name, last.current, last.total ?? 0, last.unit, columns)}
`;
    }
    drawnRows = bars.length;
    out.write(frame);
  };
  const schedule = () => {
    timer ??= setTimeout(draw, FRAME_MS);
    timer.unref();
  };
  const log = (line) => {
    logs.push(line);
    schedule();
  };
  return {
    update(e) {
      const name = taskName(e);
      const known = tasks2.get(name);
      if (known?.done) return;
      if (!known) {
        tasks2.set(name, { name, last: e, done: unmeasured(e) });
        if (unmeasured(e)) return log(`${s.dim(`${name}...`)}
`);
      } else known.last = e;
      if (complete(e)) tasks2.get(name).done = true;
      schedule();
    },
    finish(failed = false) {
      if (!tasks2.size && !logs.length) return;
      const open = [...tasks2.values()].filter((t) => !t.done).map((t) => t.name);
      draw();
      tasks2.clear();
      drawnRows = 0;
      if (failed) for (const name of open) out.write(`${s.yellow(`${name}: stopped`)}
`);
    },
    write(line) {
      if (tasks2.size) log(line);
      else out.write(line);
    }
  };
}
var amount, unmeasured, toStderr, complete, BAR_WIDTH, FRAME_MS, MIN_BAR_WIDTH;
var init_progress = __esm({
  "src/cli/progress.ts"() {
    "use strict";
    init_output();
    amount = (n, unit) => unit === "entries" ? String(n) : formatBytes(n);
    unmeasured = (e) => e.total === void 0 && e.unit === void 0;
    toStderr = (line) => void process.stderr.write(line);
    complete = (e) => e.total !== void 0 && e.current >= e.total;
    BAR_WIDTH = 30;
    FRAME_MS = 100;
    MIN_BAR_WIDTH = 10;
  }
});

// src/cli/context.ts
var context_exports = {};
__export(context_exports, {
  createContext: () => createContext,
  flagsFromGlobals: () => flagsFromGlobals
});
function flagsFromGlobals(globals) {
  const flags = {};
  for (const spec of KEYS) {
    const v = globals[flagAttribute(spec.flag)];
    if (v !== void 0) flags[spec.key] = v;
  }
  return flags;
}
function createContext(globals, overrides = {}) {
  const env = process.env;
  const cwd = process.cwd();
  const json = Boolean(globals.json);
  const verbose = Boolean(globals.verbose);
  const color = useColor(process.stderr, env);
  const config2 = loadConfig({
    flags: { ...flagsFromGlobals(globals), ...stripUndefined(overrides) },
    env,
    cwd,
    configFile: globals.config
  });
  if (config2.options.proxy) process.env.HTTPS_PROXY = process.env.https_proxy = config2.options.proxy;
  if (config2.options.noProxy) process.env.NO_PROXY = process.env.no_proxy = config2.options.noProxy;
  const controller = new AbortController();
  const abort = (sig) => {
    if (controller.signal.aborted) process.exit(INTERRUPTED_EXIT_CODE);
    controller.abort(new Error(`interrupted by ${sig}`));
    setTimeout(() => process.exit(INTERRUPTED_EXIT_CODE), 3e3).unref();
  };
  process.on("SIGINT", abort);
  process.on("SIGTERM", abort);
  const progress = createProgress({
    tty: Boolean(process.stderr.isTTY),
    color,
    enabled: globals.progress !== false && !globals.quiet
  });
  return {
    json,
    verbose,
    cwd,
    env,
    config: config2,
    options: config2.options,
    logger: cliLogger({ verbose, quiet: Boolean(globals.quiet), color, write: (l) => progress.write(l) }),
    progress,
    color,
    style: styles(color),
    signal: controller.signal
  };
}
function stripUndefined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
var init_context = __esm({
  "src/cli/context.ts"() {
    "use strict";
    init_config();
    init_output();
    init_progress();
  }
});

// src/cli/invoke.ts
var invoke_exports = {};
__export(invoke_exports, {
  runInvocation: () => runInvocation
});
async function runInvocation({ spec, args, opts, globals }) {
  const json = Boolean(globals.json);
  let ctx;
  try {
    const { createContext: createContext2 } = await Promise.resolve().then(() => (init_context(), context_exports));
    ctx = createContext2(globals, spec.configFromArgs?.(args));
    const handler = await spec.handler();
    const result = await handler(ctx, args, opts);
    ctx.progress.finish();
    writeResult(result, json);
    return result.exitCode ?? 0;
  } catch (e) {
    ctx?.progress.finish(true);
    const code = reportError(e, json, Boolean(globals.verbose));
    return ctx?.signal.aborted ? INTERRUPTED_EXIT_CODE : code;
  }
}
var init_invoke = __esm({
  "src/cli/invoke.ts"() {
    "use strict";
    init_output();
  }
});

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// deps-fs:fs
var require_fs = __commonJS({
  "deps-fs:fs"(exports2, module2) {
    var fs3 = require("node:fs");
    var facade = {};
    for (const name of Object.keys(fs3))
      if (name !== "promises") Object.defineProperty(facade, name, { enumerable: true, get: () => fs3[name] });
    var calls = {};
    var promises = new Proxy({}, {
      get: (t, k) => k === "constants" ? fs3.promises.constants : calls[k] ??= (...a) => fs3.promises[k](...a)
    });
    Object.defineProperty(facade, "promises", { enumerable: true, value: promises });
    module2.exports = facade;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions2 = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions2.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions2.sort(this.compareOptions);
        }
        return globalOptions2;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase2(this.name().replace(/^no-/, ""));
        }
        return camelcase2(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase2(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option2;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates2) {
      if (!candidates2 || candidates2.length === 0) return "";
      candidates2 = Array.from(new Set(candidates2));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates2 = candidates2.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates2.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = require("node:child_process");
    var path57 = require("node:path");
    var fs3 = require_fs();
    var process2 = require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor2() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor2() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err2) => {
            if (err2.code !== "commander.executeSubCommandAsync") {
              throw err2;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err2) {
          if (err2.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err2.message}`;
            this.error(message, { exitCode: err2.exitCode, code: err2.code });
          }
          throw err2;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config2, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config2.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs3.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path57.resolve(baseDir, baseName);
          if (fs3.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path57.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs3.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs3.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path57.resolve(
            path57.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path57.basename(
              this._scriptPath,
              path57.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path57.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err2) => {
          if (err2.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err2.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err2;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index2) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index2 < this.args.length) {
              value = this.args.slice(index2);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index2 < this.args.length) {
            value = this.args[index2];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index2] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption2(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short2) => /^-\d$/.test(short2))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption2(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption2(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption2(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index2 = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index2));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index2 + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption2(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config2 = errorOptions || {};
        const exitCode = config2.exitCode || 1;
        const code = config2.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path57.basename(filename, path57.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path58) {
        if (path58 === void 0) return this._executableDir;
        this._executableDir = path58;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text4 = helper.formatHelp(this, helper);
        if (context.hasColors) return text4;
        return this._outputConfiguration.stripColor(text4);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text4) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text4 === "function") {
            helpStr = text4({ error: context.error, command: context.command });
          } else {
            helpStr = text4;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor2() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command2;
    exports2.useColor = useColor2;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command2();
    exports2.createCommand = (name) => new Command2(name);
    exports2.createOption = (flags, description) => new Option2(flags, description);
    exports2.createArgument = (name, description) => new Argument2(name, description);
    exports2.Command = Command2;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var esm_exports2 = {};
__export(esm_exports2, {
  Argument: () => Argument,
  Command: () => Command,
  CommanderError: () => CommanderError,
  Help: () => Help,
  InvalidArgumentError: () => InvalidArgumentError,
  InvalidOptionArgumentError: () => InvalidOptionArgumentError,
  Option: () => Option,
  createArgument: () => createArgument,
  createCommand: () => createCommand,
  createOption: () => createOption,
  program: () => program
});
var import_index3, program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help;
var init_esm2 = __esm({
  "node_modules/commander/esm.mjs"() {
    import_index3 = __toESM(require_commander(), 1);
    ({
      program,
      createCommand,
      createArgument,
      createOption,
      CommanderError,
      InvalidArgumentError,
      InvalidOptionArgumentError,
      Command: (
        // deprecated old name
        Command
      ),
      Argument,
      Option,
      Help
    } = import_index3.default);
  }
});

// src/cli/register.ts
var register_exports = {};
__export(register_exports, {
  buildProgram: () => buildProgram,
  registerEntry: () => registerEntry,
  toOption: () => toOption
});
function entriesFor(argv) {
  const named = argv ? COMMANDS.filter((e) => argv.includes(e.name)) : [];
  return named.length ? named : COMMANDS;
}
function buildProgram(onRun, argv) {
  const program2 = new Command("pyembed").description(
    "A private, checksum-verified CPython from python-build-standalone, a uv venv and your packages \u2014 outside GitHub too."
  ).version(VERSION, "-V, --version", "print the pyembed version").showSuggestionAfterError(true).configureHelp({ showGlobalOptions: true, sortSubcommands: false }).exitOverride();
  for (const o of globalOptions()) program2.addOption(toOption(o));
  for (const entry of entriesFor(argv)) registerEntry(onRun, program2, entry);
  return program2;
}
function toOption(spec) {
  const option = new Option(spec.flags, spec.description);
  if (spec.repeatable) option.argParser(collect2);
  if (spec.defaultValue !== void 0) option.default(spec.defaultValue);
  return option;
}
function registerEntry(onRun, parent, entry) {
  if (!isGroup(entry)) {
    registerCommand(onRun, parent, entry, [entry.name]);
    return;
  }
  const group = parent.command(entry.name).description(entry.description);
  for (const spec of entry.commands) registerCommand(onRun, group, spec, [entry.name, spec.name]);
}
function registerCommand(onRun, parent, spec, path57) {
  const cmd = parent.command(spec.name).description(spec.description);
  for (const a of spec.arguments ?? []) cmd.argument(a.name, a.description);
  for (const o of spec.options ?? []) cmd.addOption(toOption(o));
  cmd.action((...params) => onRun(invocationOf(spec, path57, params[params.length - 1])));
}
function invocationOf(spec, path57, self) {
  const args = self.processedArgs.flatMap(
    (a) => a === void 0 ? [] : Array.isArray(a) ? a : [String(a)]
  );
  return { spec, path: path57, args, opts: self.opts(), globals: self.optsWithGlobals() };
}
var collect2;
var init_register = __esm({
  "src/cli/register.ts"() {
    "use strict";
    init_esm2();
    init_options2();
    init_spec();
    init_specs();
    init_version();
    collect2 = (v, prev = []) => [...prev, v];
  }
});

// src/cli/program.ts
async function runCli(argv) {
  if (answeredVersion(argv)) return 0;
  const [{ parseArgv: parseArgv2 }, { COMMANDS: COMMANDS2 }, { globalOptions: globalOptions2 }, { runInvocation: runInvocation2 }] = await Promise.all([
    Promise.resolve().then(() => (init_parse(), parse_exports)),
    Promise.resolve().then(() => (init_specs(), specs_exports)),
    Promise.resolve().then(() => (init_options2(), options_exports)),
    Promise.resolve().then(() => (init_invoke(), invoke_exports))
  ]);
  const parsed = parseArgv2(argv, COMMANDS2, globalOptions2());
  if (parsed.kind === "run") return runInvocation2(parsed);
  return runWithCommander(argv, runInvocation2);
}
async function runWithCommander(argv, runInvocation2) {
  const [{ buildProgram: buildProgram2 }, { CommanderError: CommanderError2 }, { USAGE_EXIT_CODE: USAGE_EXIT_CODE2 }] = await Promise.all([
    Promise.resolve().then(() => (init_register(), register_exports)),
    Promise.resolve().then(() => (init_esm2(), esm_exports2)),
    Promise.resolve().then(() => (init_output(), output_exports))
  ]);
  let exitCode = 0;
  const program2 = buildProgram2(async (invocation) => {
    exitCode = await runInvocation2(invocation);
  }, argv);
  const json = argv.includes("--json");
  try {
    await program2.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError2) {
      if (e.exitCode === 0) return 0;
      if (json) {
        const doc = {
          error: {
            name: "UsageError",
            message: e.message.replace(/^error: /, ""),
            exitCode: USAGE_EXIT_CODE2
          }
        };
        process.stdout.write(`${JSON.stringify(doc, null, 2)}
`);
      }
      return USAGE_EXIT_CODE2;
    }
    throw e;
  }
  return exitCode;
}
var init_program = __esm({
  "src/cli/program.ts"() {
    "use strict";
    init_version();
  }
});

// src/cli/run.ts
var run_exports = {};
__export(run_exports, {
  runCliProcess: () => runCliProcess
});
function runCliProcess(argv) {
  allowV8Tuning();
  return runCli(argv);
}
var init_run3 = __esm({
  "src/cli/run.ts"() {
    "use strict";
    init_memory();
    init_program();
  }
});

// <stdin>
module.exports = (init_run3(), __toCommonJS(run_exports));
