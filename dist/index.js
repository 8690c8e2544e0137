#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/errors.ts
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

// src/core/log.ts
function stderrLogger(verbose = false) {
  const line = (prefix, m) => process.stderr.write(`${prefix}${m}
`);
  return {
    debug: (m) => verbose && line("debug: ", m),
    info: (m) => line("", m),
    warn: (m) => line("warning: ", m),
    error: (m) => line("error: ", m)
  };
}
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

// src/core/builtins.ts
import { createRequire } from "node:module";
function randomTag(bytes = 4) {
  let s = "";
  for (let i = 0; i < bytes; i++)
    s += Math.floor(Math.random() * 256).toString(16).padStart(2, "0");
  return s;
}
var requireBuiltin, cryptoModule, zlibModule, vmModule, v8Module, childProcessModule, netModule, sha256, monotonicMs;
var init_builtins = __esm({
  "src/core/builtins.ts"() {
    "use strict";
    requireBuiltin = createRequire(import.meta.url);
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

// src/core/platform.ts
import { closeSync, openSync, readSync } from "node:fs";
import path from "node:path";
function platformKey(p) {
  return `${p.os}-${p.arch}${p.archVariant ? `_${p.archVariant}` : ""}-${p.libc}`;
}
function parsePlatform(text3) {
  const m = /^(linux|darwin|macos|windows)-([a-z0-9_]+?)(?:_(v[234]))?(?:-([a-z]+))?$/.exec(
    text3.trim().toLowerCase()
  );
  if (!m) {
    throw new PlatformNotSupportedError(`Cannot parse platform "${text3}".`, {
      requested: text3,
      hint: "Use <os>-<arch>-<libc>, e.g. linux-x86_64-gnu, linux-aarch64-musl, darwin-aarch64, windows-x86_64."
    });
  }
  const os6 = m[1] === "macos" ? "darwin" : m[1];
  const arch = normaliseArch(m[2]);
  const libc = m[4] ?? (os6 === "linux" ? "gnu" : "none");
  return { os: os6, arch, archVariant: m[3], libc };
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
    fd = openSync(file, "r");
    const head = Buffer.alloc(64);
    if (readSync(fd, head, 0, 64, 0) < 52 || head.readUInt32BE(0) !== 2135247942) return void 0;
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u162 = (b, o) => le ? b.readUInt16LE(o) : b.readUInt16BE(o);
    const u32 = (b, o) => le ? b.readUInt32LE(o) : b.readUInt32BE(o);
    const word = (b, o) => is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
    const phoff = word(head, is64 ? 32 : 28);
    const phentsize = u162(head, is64 ? 54 : 42);
    const phnum = u162(head, is64 ? 56 : 44);
    const table = Buffer.alloc(phentsize * phnum);
    readSync(fd, table, 0, table.length, phoff);
    for (let i = 0; i < phnum; i++) {
      const ph = i * phentsize;
      if (u32(table, ph) !== PT_INTERP) continue;
      const offset = word(table, ph + (is64 ? 8 : 4));
      const size = Math.min(word(table, ph + (is64 ? 32 : 16)), 4096);
      const text3 = Buffer.alloc(size);
      readSync(fd, text3, 0, size, offset);
      return text3.toString("latin1").replace(/\0.*$/s, "");
    }
    return void 0;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function lddVersionText() {
  const r = childProcessModule().spawnSync("ldd", ["--version"], { encoding: "utf8", timeout: 5e3 });
  return r.error ? void 0 : `${r.stdout ?? ""}${r.stderr ?? ""}`;
}
function libcOfInterpreter(interp) {
  if (!interp) return void 0;
  const base = path.posix.basename(interp);
  if (base.startsWith("ld-musl-")) return "musl";
  if (base.startsWith("ld-linux") || base.startsWith("ld64.so") || base.startsWith("ld.so")) return "gnu";
  return void 0;
}
function detectLibc(probe2) {
  if (!probe2 && libcCache) return libcCache;
  const root = probe2?.root ?? "/";
  const shell = path.join(root, probe2?.shell ?? "/bin/sh");
  let libc = libcOfInterpreter(elfInterpreter(shell));
  if (!libc) {
    const text3 = (probe2?.ldd ?? lddVersionText)() ?? "";
    libc = /musl/i.test(text3) ? "musl" : "gnu";
  }
  if (!probe2) libcCache = libc;
  return libc;
}
function hostPlatform() {
  const os6 = process.platform === "win32" ? "windows" : process.platform;
  if (os6 !== "linux" && os6 !== "darwin" && os6 !== "windows") {
    throw new PlatformNotSupportedError(`python-build-standalone has no builds for ${process.platform}.`, {
      requested: process.platform,
      available: ["linux", "darwin", "windows"]
    });
  }
  const arch = normaliseArch(process.arch);
  let libc = os6 === "linux" ? detectLibc() : "none";
  if (os6 === "linux" && arch === "armv7") libc = libc === "musl" ? "musleabihf" : "gnueabihf";
  return { os: os6, arch, libc };
}
var libcCache, PT_INTERP;
var init_platform = __esm({
  "src/core/platform.ts"() {
    "use strict";
    init_errors();
    init_builtins();
    PT_INTERP = 3;
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
    isGraalPyRelease = (text3) => /^(?:[2-9]\d)(?:\.|$)/.test(text3);
    RELEASE = String.raw`\d+(?:\.\d+)*(?:\.x)?`;
    releasePrefix = (text3) => text3.replace(/\.x$/i, "");
  }
});

// src/core/versions/version.ts
function parseVersion(text3) {
  const m = VERSION_RE.exec(text3.trim());
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
var init_version = __esm({
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
function parseSpecifiers(text3) {
  const parts = text3.split(",").map((p) => p.trim()).filter((p) => p.length > 0);
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
    init_version();
    SPEC_RE = /^(===|==|!=|<=|>=|~=|<|>)\s*([^\s,]+)$/;
  }
});

// src/core/versions/spec.ts
function invalid(text3, why) {
  const reason = why ? `: ${why}` : "";
  return new InvalidPythonVersionError(`Invalid Python version request "${text3}"${reason}.`, {
    requested: text3,
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
function parseVersionRequest(text3) {
  if (/^[a-z]*$/i.test(text3)) return void 0;
  const [body, variant] = splitVariant(text3);
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
function parseKey(text3) {
  const tokens = text3.split("-");
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
    const os6 = OS_ALIASES[tokens[i]];
    if (os6) {
      platform.os = os6;
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
function parseImplementationVersion(text3) {
  for (const prefix of ["cpython", "python", "cp"]) {
    if (!text3.startsWith(prefix)) continue;
    let rest = text3.slice(prefix.length);
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
    if (at) throw invalid(text3);
  }
  return void 0;
}
function checkVariant(req) {
  if (req.implementation !== "cpython" && req.variant !== "default" && req.variant !== "gil") {
    throw invalid(req.text, `${req.implementation} has no ${req.variant} builds`);
  }
  const v = req.version;
  if ((req.variant === "freethreaded" || req.variant === "freethreaded+debug") && "minor" in v) {
    if (v.major < 3 || v.major === 3 && v.minor < 13) {
      throw invalid(req.text, `Python <3.13 does not support free-threading but ${req.text} was requested`);
    }
  }
  return req;
}
function parsePythonRequest(input) {
  const text3 = input.trim();
  const lower = text3.toLowerCase();
  if (lower.length === 0) throw invalid(input, "empty");
  if (["any", "default", "latest", "cpython", "python", "cp", "stable"].includes(lower)) {
    return { text: text3, form: "default", implementation: "cpython", version: { kind: "any" }, variant: "default" };
  }
  if (lower.startsWith("@")) throw invalid(text3);
  const dev = /^(\d+\.\d+)-dev$/.exec(lower);
  if (dev) {
    const parsed = parseVersionRequest(dev[1]);
    if (parsed) return { text: text3, form: "version", implementation: "cpython", ...parsed, prereleases: true };
  }
  const other = parseImplementationRequest(lower, parseVersionRequest);
  if (other === "invalid") throw invalid(text3);
  if (other) return checkVariant({ text: text3, form: "implementation", ...other });
  const version = parseVersionRequest(lower);
  if (version) return checkVariant({ text: text3, form: "version", implementation: "cpython", ...version });
  const impl = parseImplementationVersion(lower);
  if (impl) return checkVariant({ text: text3, ...impl });
  const key = parseKey(lower);
  if (key) return checkVariant({ text: text3, ...key });
  throw invalid(text3);
}
function requestAllowsPrereleases(req) {
  if (req.prereleases) return true;
  const v = req.version;
  if (v.kind === "minor-pre" || v.kind === "patch-pre") return true;
  if (v.kind === "range") return specifiersMentionPrerelease(v.specifiers);
  return false;
}
function requestedMinor(req) {
  const v = req.version;
  if ("minor" in v) return [v.major, v.minor];
  if (v.kind === "range") {
    const s = v.specifiers.find((x) => x.op !== "!=" && x.version.release.length >= 2);
    if (s) return [s.version.release[0], s.version.release[1]];
  }
  return void 0;
}
var ACCEPTED_FORMS, VARIANTS, OS_ALIASES, ARCH_ALIASES, LIBCS;
var init_spec = __esm({
  "src/core/versions/spec.ts"() {
    "use strict";
    init_errors();
    init_implementation();
    init_specifiers();
    init_version();
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
function versionMatches(req, v) {
  const [major = 0, minor2 = 0, patch = 0] = v.release;
  switch (req.kind) {
    case "any":
      return true;
    case "major":
      return major === req.major;
    case "minor":
      return major === req.major && minor2 === req.minor;
    case "patch":
      return major === req.major && minor2 === req.minor && patch === req.patch && !v.pre;
    case "minor-pre":
      return major === req.major && minor2 === req.minor && patch === 0 && v.pre?.kind === req.pre.kind && v.pre.n === req.pre.n;
    case "patch-pre":
      return major === req.major && minor2 === req.minor && patch === req.patch && v.pre?.kind === req.pre.kind && v.pre.n === req.pre.n;
    case "range":
      return specifiersContain(req.specifiers, v);
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
function targetPlatform(req, given) {
  const base = given ?? hostPlatform();
  const p = req?.platform ?? {};
  const os6 = p.os ?? base.os;
  const arch = canonicalArch(p.arch ?? base.arch);
  let libc = p.libc ?? (os6 === base.os ? base.libc : os6 === "linux" ? "gnu" : "none");
  if (os6 === "linux" && arch === "armv7" && (libc === "gnu" || libc === "musl")) libc = `${libc}eabihf`;
  const archVariant = p.arch ? p.archVariant : base.archVariant;
  return { os: os6, arch, archVariant, libc };
}
function wantedVariant(req, freethreaded) {
  const v = buildVariantOf(req.variant);
  if (!freethreaded || req.variant === "gil" || req.variant === "gil+debug") return v;
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
    let list2 = map.get(k);
    if (!list2) map.set(k, list2 = []);
    list2.push({ b, v });
  }
  for (const list2 of map.values()) list2.sort(compareRowsDesc);
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
    init_spec();
    init_version();
    STRIPPED_SINCE = "20240726";
    familyKey = (p) => `${p.os}-${canonicalArch(p.arch)}-${p.libc}`;
    ARCH_LEVEL = (v) => v ? Number(v.slice(1)) : 1;
    implementationOf = (b) => b.implementation ?? "cpython";
    sameImplementation = (req, b) => implementationOf(b) === req.implementation && releaseMatches(b.build, req.release);
    FLAVOR_ORDER = ["install_only_stripped", "install_only", "full"];
    BuildIndex = class _BuildIndex {
      /**
       * `family`, when given, yields the builds of one family key (see familyKey) up to a microarchitecture
       * level (see ARCH_LEVEL) on its own: a resolve for one platform then indexes only those rows; `source`
       * (everything) is read only when all of it is needed.
       */
      constructor(source, family) {
        this.source = source;
        this.family = family;
      }
      source;
      family;
      byFamily;
      someFamilies = /* @__PURE__ */ new Map();
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
      /** Rows for a platform, any microarchitecture level up to the requested one, best level first per version. */
      rowsFor(platform) {
        const max = ARCH_LEVEL(platform.archVariant);
        const rows = this.familyRows(familyKey(platform), max);
        return rows.filter((r) => ARCH_LEVEL(r.b.platform.archVariant) <= max);
      }
      /** Resolves a spec (text or parsed) to one build, or undefined when nothing matches. */
      find(spec, o = {}) {
        const request = typeof spec === "string" ? parsePythonRequest(spec) : spec;
        const platform = targetPlatform(request, o.platform);
        const variant = wantedVariant(request, o.freethreaded);
        const rows = this.rowsFor(platform).filter(
          (r) => r.b.variant === variant && sameImplementation(request, r.b) && (!o.build || r.b.build === o.build) && versionMatches(request.version, r.v)
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
function tripleOf(p) {
  const arch = (p.arch === "powerpc64le" ? "ppc64le" : p.arch) + (p.archVariant ? `_${p.archVariant}` : "");
  if (p.os === "darwin") return `${arch}-apple-darwin`;
  if (p.os === "windows") return `${arch}-pc-windows-msvc`;
  return `${arch}-unknown-linux-${p.libc}`;
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
var VERSION, TRIPLE, MODERN, LEGACY, OLDEST, OLDEST_TRIPLES, ARCH_FROM_TRIPLE;
var init_asset_name = __esm({
  "src/core/catalog/asset-name.ts"() {
    "use strict";
    VERSION = String.raw`(\d+)\.(\d+)\.(\d+)((?:a|b|rc)\d+)?`;
    TRIPLE = String.raw`((?:x86_64(?:_v[234])?|aarch64|armv7|i686|ppc64le|s390x|riscv64)-(?:unknown-linux-(?:gnueabihf|gnueabi|musleabihf|gnu|musl)|apple-darwin|pc-windows-msvc))`;
    MODERN = new RegExp(
      String.raw`^cpython-${VERSION}\+(\d{8})-${TRIPLE}-(?:(.+)-)?(install_only_stripped|install_only|full)\.(tar\.gz|tar\.zst)$`
    );
    LEGACY = new RegExp(String.raw`^cpython-${VERSION}-${TRIPLE}-(.+)-(\d{8})T\d{4}\.(tar\.zst|tar\.gz)$`);
    OLDEST = new RegExp(
      String.raw`^cpython-${VERSION}-(linux64-musl|linux64|macos|windows-amd64|windows-x86)(?:-(.+?))?-(\d{8})T\d{4}\.(tar\.zst|tar\.gz)$`
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
      /** Indexes of the rows whose template's shape passes `test`, in file order; no row is decoded. */
      rowsWhere(test) {
        const passes = /* @__PURE__ */ new Map();
        const rows = this.file.rows;
        const out = [];
        for (let i = 0; i < rows.length; i++) {
          const t = rows[i][0];
          let ok = passes.get(t);
          if (ok === void 0) {
            const shape = this.shape(t);
            passes.set(t, ok = shape !== void 0 && test(shape));
          }
          if (ok) out.push(i);
        }
        return out;
      }
      /** The PyPy/GraalPy rows (few; decoded whole, once). */
      decodeOthers() {
        const s = this.file.strings;
        this.others ??= (this.file.others ?? []).flatMap(([k, u, b, h]) => {
          const build = otherBuildOf({
            key: s[k],
            url: s[u],
            build: s[b],
            sha256: h >= 0 ? b64ToHex(s[h]) : null
          });
          return build ? [build] : [];
        });
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

// src/core/host.ts
import path2 from "node:path";
function isWindowsHost() {
  return current.os === "win32";
}
var native, current;
var init_host = __esm({
  "src/core/host.ts"() {
    "use strict";
    native = { os: process.platform, path: path2 };
    current = native;
  }
});

// src/core/install/lock-workers.ts
import { readFileSync } from "node:fs";
function procStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
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
var init_lock_workers = __esm({
  "src/core/install/lock-workers.ts"() {
    "use strict";
  }
});

// src/core/fs.ts
import {
  accessSync,
  cpSync,
  createReadStream,
  constants as fsConstants,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs";
import fs from "node:fs/promises";
import path3 from "node:path";
import { pipeline } from "node:stream/promises";
import { setTimeout as sleep } from "node:timers/promises";
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
  const probe2 = path3.join(dir2, `.pyembed-write-probe-${process.pid}-${Date.now()}`);
  try {
    await fs.access(dir2, fsConstants.W_OK | fsConstants.X_OK);
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
  let current2 = path3.resolve(dir2);
  while (!await exists(current2) && path3.dirname(current2) !== current2) current2 = path3.dirname(current2);
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
    const up = await nearestExisting(path3.dirname(path3.resolve(dir2)));
    await fs.access(up, fsConstants.W_OK);
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
      await sleep(RENAME_BACKOFF_MS[attempt]);
    }
  }
}
function copyTree(from, to) {
  return fs.cp(from, to, VERBATIM_COPY);
}
function privateTempPid(file, name) {
  const base = path3.basename(file);
  if (!name.startsWith(`${base}.`)) return void 0;
  const m = /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(base.length + 1));
  return m ? Number(m[1]) : void 0;
}
function sweepDeadTemps(file) {
  const dir2 = path3.dirname(file);
  let names;
  try {
    names = readdirSync(dir2);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = privateTempPid(file, name);
    if (pid && pid !== process.pid && !pidAlive(pid))
      rmSync(path3.join(dir2, name), { recursive: true, force: true });
  }
}
async function writeFileAtomic(file, text3, o = {}) {
  if (!o.keepTemps) sweepDeadTemps(file);
  const tmp = privateTemp(file);
  await fs.writeFile(tmp, text3);
  await fs.rename(tmp, file);
}
function writeFileAtomicSync(file, text3, o = {}) {
  if (!o.keepTemps) sweepDeadTemps(file);
  const tmp = privateTemp(file);
  writeFileSync(tmp, text3);
  renameSync(tmp, file);
}
async function sha256File(file) {
  const h = sha256();
  await pipeline(createReadStream(file, { highWaterMark: 1024 * 1024 }), h);
  return h.digest("hex");
}
function processPath(env = process.env) {
  return env.PATH ?? env.Path ?? "";
}
async function findOnPath(name, envPath = processPath()) {
  return findOnPathSync(name, envPath);
}
function findOnPathSync(name, envPath = processPath()) {
  for (const dir2 of envPath.split(path3.delimiter)) {
    if (!dir2) continue;
    for (const candidate of candidates(dir2, name)) if (isExecutableFile(candidate)) return candidate;
  }
  return void 0;
}
function candidates(dir2, name) {
  if (process.platform !== "win32") return [path3.join(dir2, name)];
  const exts = ["", ...(process.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";").filter(Boolean)];
  return exts.map(
    (ext) => path3.join(dir2, ext && name.toLowerCase().endsWith(ext.toLowerCase()) ? name : name + ext)
  );
}
function isExecutableFile(p) {
  if (!statOrUndefined(p)?.isFile()) return false;
  if (process.platform === "win32") return true;
  try {
    accessSync(p, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function statOrUndefined(p) {
  try {
    return statSync(p);
  } catch {
    return void 0;
  }
}
var RENAME_BACKOFF_MS, VERBATIM_COPY, privateTemp;
var init_fs = __esm({
  "src/core/fs.ts"() {
    "use strict";
    init_builtins();
    init_host();
    init_lock_workers();
    RENAME_BACKOFF_MS = [50, 100, 200, 400, 800, 1500];
    VERBATIM_COPY = { recursive: true, verbatimSymlinks: true, preserveTimestamps: true };
    privateTemp = (file) => `${file}.${process.pid}.${randomTag()}.tmp`;
  }
});

// src/core/catalog/sources/etag-store.ts
import { mkdir, readFile } from "node:fs/promises";
import path4 from "node:path";
var EtagStore;
var init_etag_store = __esm({
  "src/core/catalog/sources/etag-store.ts"() {
    "use strict";
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
        return path4.join(this.dir, "http", `${sha256().update(url).digest("hex")}.json`);
      }
      async get(url) {
        const hit = this.memory.get(url);
        if (hit) return hit;
        const file = this.file(url);
        if (!file) return void 0;
        try {
          const stored = JSON.parse(await readFile(file, "utf8"));
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
        await mkdir(path4.dirname(file), { recursive: true });
        await writeFileAtomic(file, JSON.stringify(stored));
      }
    };
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
function parseSha256Sums(text3) {
  const out = /* @__PURE__ */ new Map();
  for (const line of text3.split(/\r?\n/)) {
    const m = /^([0-9a-f]{64})\s+\*?(.+?)\s*$/i.exec(line.trim());
    if (m) out.set(decodeURIComponent(m[2]), m[1].toLowerCase());
  }
  return out;
}
var DEFAULT_PBS_REPO, DEFAULT_API_URL, GitHubReleases;
var init_github = __esm({
  "src/core/catalog/sources/github.ts"() {
    "use strict";
    init_errors();
    init_log();
    init_asset_name();
    init_snapshot_format();
    init_etag_store();
    DEFAULT_PBS_REPO = "astral-sh/python-build-standalone";
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
      fetchImpl;
      pageSize;
      releases = /* @__PURE__ */ new Map();
      sums = /* @__PURE__ */ new Map();
      constructor(o = {}) {
        const full = o.repo ?? o.pbsRepo ?? DEFAULT_PBS_REPO;
        const [owner, repo2] = full.split("/");
        if (!owner || !repo2) throw new TypeError(`the repository must be "owner/repo", got "${full}"`);
        this.owner = owner;
        this.repo = repo2;
        this.apiUrl = (o.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, "");
        this.log = o.logger ?? silentLogger;
        this.fetchImpl = o.fetch ?? globalThis.fetch;
        this.pageSize = o.pageSize ?? 30;
        this.etags = new EtagStore(o.cacheDir);
        this.token = o.token || void 0;
      }
      /** @octokit/rest loads on the first API request: the snapshot path (the default) never needs it. */
      octokit() {
        this.octokitP ??= import("./lib-octokit-rest.js").then(
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
            p = this.fetchText(sumsAsset.browser_download_url).then((t) => t ? parseSha256Sums(t) : void 0);
            this.sums.set(build.build, p);
          }
          const sha = (await p)?.get(build.assetName);
          if (sha) return { ...build, sha256: sha };
        }
        const companion = release.assets.find((a) => decodeURIComponent(a.name) === `${build.assetName}.sha256`);
        if (companion) {
          const text3 = await this.fetchText(companion.browser_download_url);
          const m = text3 && /^([0-9a-f]{64})/i.exec(text3.trim());
          if (m) return { ...build, sha256: m[1].toLowerCase() };
        }
        return build;
      }
    };
  }
});

// src/core/catalog/sources/downloads-json.ts
import fs2 from "node:fs/promises";
import path5 from "node:path";
import { fileURLToPath } from "node:url";
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
function buildsFromDownloadsJson(text3, location, logger) {
  let data;
  try {
    data = JSON.parse(text3);
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
  let text3;
  if (/^https?:/i.test(location)) {
    if (o.offline) throw refused(location, "cannot be fetched offline; point the setting at a local copy");
    const res = await (o.fetch ?? globalThis.fetch)(location).catch((e) => {
      throw refused(location, `cannot be fetched (${e.message})`, e);
    });
    if (!res.ok) throw refused(location, `cannot be fetched (HTTP ${res.status})`);
    text3 = await res.text();
  } else {
    const file = location.startsWith("file:") ? fileURLToPath(location) : path5.resolve(location);
    text3 = await fs2.readFile(file, "utf8").catch((e) => {
      throw refused(location, `cannot be read (${e.code ?? e.message})`, e);
    });
  }
  return buildsFromDownloadsJson(text3, location, o.logger);
}
var HINT;
var init_downloads_json = __esm({
  "src/core/catalog/sources/downloads-json.ts"() {
    "use strict";
    init_errors();
    init_log();
    init_asset_name();
    init_snapshot_format();
    HINT = `Point it at a JSON object of uv's download-metadata.json shape: {"pypy-3.9.16-linux-x86_64-gnu": {"name": "pypy", "url": "...", "sha256": "...", "build": "7.3.11", ...}}.`;
  }
});

// src/core/catalog/sources/ndjson.ts
function buildsFromNdjson(text3) {
  const out = [];
  for (const raw of text3.split(/\r?\n/)) {
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
  const text3 = await res.text();
  const etag = res.headers.get("etag");
  if (etag) await store.put(url, etag, text3);
  return buildsFromNdjson(text3);
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

// src/core/catalog/snapshot.json
var snapshot_default;
var init_snapshot = __esm({
  "src/core/catalog/snapshot.json"() {
    snapshot_default = { schema: 2, origin: { source: "astral-sh/uv crates/uv-python/download-metadata.json (via data/pbs-download-metadata.json)", sourceSha256: "2c57cdaa7cf5ed6f84cb27ce4c07eaa1f2703c7ec1933ae85aab58ca7dcc6db4", newestBuild: "20260814", generatedAt: "2026-12-04" }, urlBase: "https://github.com/astral-sh/python-build-standalone/releases/download", count: 5525, families: { "darwin-aarch64-none": '{"strings":["cpython-{v}+{b}-aarch64-apple-darwin-install_only_stripped.tar.gz","3.10.21","20260814","yqwqBFkFKj9ihX/imAmo/EqdqHylrIYBIMfOcQ/EOEI","cpython-{v}+{b}-aarch64-apple-darwin-debug-full.tar.zst","XLcjeRuWnRWE6y79uNNuyA/zO0tHE0AHhZuan4WgLf8","3.11.16","o5Tyv3ikiZD8iOfFWGx+G+Xmnwyb0CeIMhG2i3aOEcU","Iq1rohJHAg9o+ngaQ21ky+jpd4MRMOJwjEDvZUq63V4","3.12.14","3Vt2qxFFGkpDZ8F8YdlE3e1WtCU5awfxApIqfr731V8","aCGk0y8aURw/VndTS0LtF4R5iELE/VmN3d42m4T79YY","3.13.15","bUcvxJpNleWCFKmSxMkqpz/iqTWDegGpo2urC+xtcvM","/ahswr0E9AotV5yC79R24m7l9jtrTNOT6rpHPsj6Px0","cpython-{v}+{b}-aarch64-apple-darwin-freethreaded-install_only_stripped.tar.gz","B+fZomQHYk6Sl+Nn5y300CWSnvQJdsyjuNibnpqNLGA","cpython-{v}+{b}-aarch64-apple-darwin-freethreaded+debug-full.tar.zst","+Iqa90lm/GC73fuUMFPCVlTo40GsYBxEJoaqoJAM6kU","3.14.7","QjcXxIW57ngiWQudlzwbX7LNoP5DRIq4Kj1E+CO9Mpw","2ZB5eToRAKo1ez6MmNflRgOQty+XOmR77DmJLHhRIdg","NnBdjOm9xAVVIGiAL+Rjgb8NcKqg3F7efJXFCH2Fd6c","qUjZKuL72OZ9WLXoMR/k/Vk25GRn84Nm4fM10B905yI","3.15.0rc1","rgHeiba6xQ5gxKnvOg0FRw0OXkuAE4zoXYYeTWO8OMY","xgO4ThwKExcGRNqL9uJnxBcuJgKM6X5NoAF8f0foiy4","ci7DkKe/3S/vbi9hyxLQJyhbEieQ8ahxWRKTFXTuK0g","gZ8j6HjkMzCXuQp16OQ5r2Ntz7UlObZ5OL+jDgxa0W4","3.10.20","20260807","qSzjnIsbcdHolG9b/A0WvLEBHhRNdhjZhGiLE261muI","lfomRQ03eJjbHcxqx7nfcgV1SrdrTIHU1c13oCiR8hw","3.11.15","drJ+FaW+lTm4MPxpjiZG0AG4SmZQDutSKM7kaQnW8s8","FPNqOCJBk57BI6T4K70lPmCPAWWDIA1wN8TJjZvxmJQ","3.12.13","JbqpfGWz8KqQ4hExtPnoCu+ImegUQAbbip0sGrnoB+M","2PRBGNPlCUBdwtJdLl81iLkCOyV5LFiIdtsKAdvOkgM","3.13.14","20260805","8OY0ZU4da1XPgUGetinK949QI00B7eMY945QkbraYIU","2xgfKK/z0r2v8e+PFIELU/MCMA+9FcCA5p75hhqek8Q","p8ipBEngDNLv0Wr93ZmZUk40pTv4bjCo3pNiGP1JUbE","r7N++sl5TpdlMCx5LzSMD9nar2Cw3q8hoHKrH+YwOh4","3.14.6","20260804","4NTlBmrvMkjCLgigdUa/1e3qypBMkfrcKWvnIJmOwuw","Fiutxkt1P8TIlwohF7el9Ku4NDZCAxVxkA8WxbgkIo4","zqSDTC+ro/0gw2hTfjVyos6Ydzw+Vu2WzOBCaUnf5/M","T2ScdfDpYWJHi+a9wuWmCC6PTMEL87ibr3F/8xhIWi8","3.15.0b4","20260728","njKWz6NnrttcClwW4SCiuzncOyPXEPXQ/vlRXdYbpO4","GKD9wxfGp1Jz+ozlytDmMCc7VLdtO9dUj6sclLzSfSQ","mRFxpSUWdyPaQhun7zcNrqo+WORf7SUPtR54YC9/79I","GDVJ0GqhOrISYLSh/xYE7f+RxPj1hxv9n+mSNeAVYdk","3.15.0b3","20260623","gmobb67/DKYlh8lTP6FO39LlBaPxSFwzvfGZpS6F3eE","R+4RshL/C7miKXH70wHfAaLwHZKdVrfoxFXEGxkjm0M","CJpTqK9AwKO+dhleUux64zZo795zJrmGGhL8sdIju1Q","sSfgaYHraqRdMyo2rJT5ikjHY9U3rJbR3NdzyCeN45A","3.15.0b2","20260610","3HkmqWbh+iWJcrnqwzmxm/e/6P+h5mMnZrJUt+NROVU","/VMKnXWA+xB6W42WFASRBJP8QB5mxP1T2Yl+AqTKb9s","J/4LU9izbRFp9zJumvBAPcMm6WWftRL4c53BwG563/A","wnQ2ohbBB9i8BwQCJ2UhhhPIRqn067rPp0hEzVXSVj4","3.13.13","20260602","uSlkfh6+JDvYtmxzHhArl9173MCBJ/A7eyKZesRmdAM","J0hvRL/RGgl6fN0ogu0Pb0tYc1NRiKbmMVfEkXj8G0s","/HvYGzy/WYOzysWP3QKw8ziFeWUsS3xR9AIiDNjxWlc","TwEN2nTsB6WsIattVsKgUFRUaJc0N+zCeCjs7vI3Ie8","3.14.5","OgNzzDn+/UlHVO9VUmfyRccgzduqq/Y6fJpCafHlZTI","Lg0f9GwuL5CA790gHrAvrzoxnEEdCRvUQc5UC3TVvQw","8P1Zf1KzcKmGEcSyllw8rqjcPZ/z+nWsc39aX4C9EYI","vd8KjG+ivI4LYF3n9g0vuvL9oPC2Nz97vVVEqrALctw","3.15.0b1","20260510","UFMwaCJhtVLcsTxkjdhHqmSd2SoOFMeCm/3MpsCH01I","L/RNyBDE0Zz4Z+8mkEo3Te7U3ovKIZbxP3Aj4SQjGws","J4Bus5myH52Ob8x0bey0Co1KnzpglaygdR1Aj5BLNhw","XMwcp1YXRumaHGaArEvXU7HZr+8EqQFTMr62StFG/0s","3.14.5rc1","20260508","p3sHBMLx+JEbV5edtxJNS8lvKQml/uyMHEdCUi/3Y0w","bXRHGsZSEObZVX95xOO+nK633sVJNBywUg1UyLkmG9Y","cHS/IsyO4N+yLqail/kRU8TkODiqzFsSh11o8M3VwpU","sr+a6p8wZ5Cont3qlJrobATFLzx2wF1zMQMwaiWlwec","3.15.0a8","20260504","SCWZfuHX7zUanUazElTY37pON5DOAnN0R+Srz7KRjJQ","yJYwVCG0ORJuhbARFZkSARGIk+CBQBKtP5RU0aby5gs","0UcAJgWDKhmCdkGJ7J2txGYZbf7nk7rBCWl+TGfH5GY","6eNMOiUEoeU61WBI15ibhSK9UEncmhfN063TgLwZf84","3.14.4","20260414","bzBPTsMIVGEfIzFleDAiNftRfNlwUZ7N0RqMTbh/2EM","CoNGxbN2z7wSRS30qGF5e+n4hkcI8GLUSKzac92yvac","OGX2Aee9Ct3NAza/9qrJBXWRt6XAgSF4RgPcFrvsZDM","/igLPX0oxMJiSsHPvud0ZkWdYFqJdub0u48zzazBuQ0","3.13.12","20260325","BTtQYqcRx6B/QC0umkPGVWbpt1BHihDa2Qk9rRuBT+U","n48sMoCGGhz7cnmUby+EE4imhbp7R19o2ZA7nj1HMyA","rzkJYvf7OHyY0S3gtE2izjw0DkxbF1kqMJUOibVCD8Q","Y3tz5gmgCxSO4fJ6i1l6uHcnKxwrxqiUYUOK+bwdq8I","3.14.3","B67T4rgjo+GshknjQd04rIf1IMe4R7nW52sKCQ8qjgc","vbPsRIkbgBwUmu1+ATo0lGh+5h1waNtKb5+Dcmk84os","AGlV+MKrEw6ZPEa0Hzr8mNYqF80DGT0Q/htleT0t/Z4","ciRz8XxA0VqolFQEN1XjhB1Uj8hYBETr4gaJwvOHTWE","3.15.0a7","IREWZjcz6fWt4WD6wZ40ckJL8UhKY61EXJigeUd2HxU","9wGiEa5PuSVMiPPfueWhYS6LEgAfChcl2yR7+rvAfnU","TFBv7MruLYq4H2g/3XhzzSctEuu+B5GmI73iCn2gieg","xF2bh9XoHEfvA9yOYMoIvaGTvYWD6g5OR3HP65xNc2g","3.15.0a6","20260303","0NwCFBsdO7DyoRTo/1mMeUxEVbgbf5kLwq6+Sd5zYrw","MfgOxj5BMjJtzPd+YaJ67kjrtBzCBbIIeQzP2fFcn30","cpython-{v}+{b}-aarch64-apple-darwin-freethreaded+pgo+lto-full.tar.zst","wslnmlBclKu24Ny8sanqIUj7yrW0Q+nI76w4jlkSM6g","MsBsudtu78t/7PtUQOa/IUlUF+S6nu21XKyRhPybGNA","3.10.19","20260211","5mNLBq+irnnmZM80F02tXTGzARf5CgHVM94/Tp22l04","H6PGsoLeUupTtaXCzCkEHOdav4w6WNSTkjUGG1LmMuE","3.11.14","1fEPb9xvSvtdJRV47bidjA7Oj59W44sAGeKpTo8PSFI","NV9TNqbYsiJz+BoDPMUoXrSEK6xb0kw94L3VnLOWLOA","3.12.12","ImJd6vV1fnwmbPGglskVGga1mLHhRjKi7JmT1Y7F/oQ","VyI0zspfqPiRoYZJdXX8ZhnA1KlqZB+YxemsFT950lY","3.15.0a5","20260203","E0tNAMo6/R7ffAkOR3l/hS91kiW8Mld+1vydG6wQKos","No/6XYLIGLC3lWPogLRJkARMuULbNAX21/qLv/2gdOk","P+0GHLnaCHFpemtqgC2YGs3JETgU9cMejYafq/kRQF8","8LsXAehmHSFV/WzA5kX0UAckNVkRUmBe8Qd8kwUenzU","3.13.11","20260127","cYqHv4TYHLgTVUiMo3vh9mwiUjBL4gkHIQFpSN6W58o","VMqpvGbfLd/kOLBG9fDdhq1Ch342H8y6HODAxVl7dcc","1MSD9W6Hdkbtzk5lKfh9v6tIdKEwUDhJbAa12L6C6Q8","w0HpzwNwhzvbwmSUDpx2jTVnvJY89v8eXrN5Pb7k8E8","3.14.2","L4LtDPkCyKKGOj/FhkkJZFx2Hk4KllJYUMnvj347eec","TRiNxyoegjNTdFVW2ej2REiwqWBjXIRZAvSQ6azHs4Q","wuEWfGpHBntPyDlNV0rPVXSHi4NQHtFTPogDCWu3yfA","58WP/L1pt7fEipABbmGUkkOxxPPNMjD2AgZJvWO5Y2o","3.15.0a4","20260113","8cGLn8RmIkuguwqqkH1XoiA8+tdG1vqN9xpC0c8IxQg","TIVLVEZXer6830rxpCtA2qrGdFUmUQpZLxfFoT9mfYY","aT15+1Z74IpRpbXtzxhRJnSEEb8zJflxiFBDIVNaAdY","h/xf9R8BdWNCk/F85ipBCrdu12SwPT/MGIunanNiZzw","3.15.0a3","20251217","q6Tymogo1KhtZNOANL0wzJr9B3gwJto4bHMz5QW94Ek","qlJj1p+7l4mZ8rEC1MfF4oBtXPqO5kOIoq7OmXVJdTk","00iMOqBdH/p2V1vth46yqLf9JDx4R9ZO5v7pGphaVAQ","Ij1hwMSB56d8zu++fyB1ml6+tyITAvg27fuJOOQl3sg","3.15.0a2","20251209","K+QbHcR2/uqrn+VZByeqOcDSg0rzD+QGkfF74t0upRg","oWLTzwaxZYpuzLqghPIDzQqbRNgo0kUamJ1FoSdNbNQ","WzRIhYDfE98FGi6E5Dz8oqso/demEFLzWYjri0gbiUo","iZhLI6/hNjqb7JQ/EF5ELk9dWS3akF+OwKV7P6AS2mc","3.13.10","20251202","eZo7diQEluRHLdYO0M1Rl+BGN76n+havaMrrmJ+tyzo","jcaCMKR4q3gyGtMD7mEErLi0jAYXVoh1r95NGVErQsY","PJ/ddkR8FUmg07wqcMY/Ha7Jl6sDQgasAmCgMjcWbbs","dSqJ6azcpqJWLncWeHsZ4CGjMfLurncjSotHsYTeWrY","3.14.1","yBH4fBf9lXEv+qQrlns2rv/kZUScMlV1i93zRFBfXZs","154gb+NM9SRYtMrxqarUwoXeA7pz5/s+8FsVd9QV/xY","YfOOlHRJzwDzLwg46BM1j2v2ECXQeXUx5bi4sXXGF/A","L2y0G4r4JeP0AdyyQFPcf41fcSNSpUAPQ1g9cwawQys","3.13.9","20251120","KdOL1fviZ7N87KyZABXGYnlu3PUcL14yHVnsBqGFCBY","gnAaGPL5m4dy/WgKBByqv69e9wJyPMA3u7MpsowljC8","hl4tkRuZRnEcp7d1qwdMFluOyjfY9rnu3jJpuT5IdAs","PRXcRwUzDWtN4XE+XNUobP4OL/jd41HdS+gixr2UIAg","3.14.0","WZXwJOnJXMvIe5u5cVKtHsnvz5124FdM033ZRq++o8Y","hkHSeFmN/UoZD2BCUEHvcZLWMGZ0/iQACGJPYNWDGHc","uuxhb5JKzvTnamiT9VdMl0xbNXGIqdoUfxgzXd/EIzY","oQt6ctHnFQ6sQEi2aKBLncll96RPiSqOqGwiCASYMpA","3.15.0a1","20251031","iC67hrmuUB7db6J4NqkD/DJP0W7pARarDBThqZ6JvSA","NolxGpfTKakTeqHbioCIzhWM1N75n5lM+Nizg2xsiBE","EvGxa+QBcYGtZ5BMr55Z5SW5tdYvSRBQF9g34nuDKVk","DHmV/ZMxW0F0d+GM+FuAVwUmNXLkZgGeYOS9zyhLB5s","3.9.25","HcoON9VrfaPsan0vdcxyot870FdRYGMAk0stxv1wJuo","9sSCk1187YuwaSTVOE3VN9p/vPiBkocYnpG5h1QAO/E","3.9.24","20251028","9/iPcnQEHSS7UE0KbqkG1XgPVQzMe1teEU3zElKRY5U","LOFodXUDCh8hz6uQKtx2b0FdRgkPjVyZB3Dnyhf5QEA","3.13.8","20251010","smuQ6rxgfnVZjo6OoxVF65e3JQVHPewLj94IAlMDgpQ","EeTHDxf5lzjoBSA2mY1yg8NcDYVm5IPW2P9Qe86TIEw","C3qAcWwlV4ANjjEzdEuekTR20lnOoBYN2Fl+WChKWhw","Vc0jcc6HTqQG87la1E3wlf9b+Fu+LGlUf4dQoNdr9YQ","3.10.18","20251007","iX6khY9GL/bMV06eMtNuOOd7NU11jsuW5UClcyQ5x7U","HD61KUBMwF1p2Q6e3rJrQiSDzvB1wP23Tor75wCRpbA","3.11.13","eLxt79wdrFv2dlyPk45oSTg9vtgx6h4tEVdqRoP7How","ZWMdw+wu+0Br3PppZguO1D+lT9J+hmT+JRhppYWqxH0","3.12.11","QH+iQpQqe6XZGJmrxWL8mJf3oDdvjSBgKF6MBWAyPxk","8cJTWQHoWVegnU2YhqEC4O1CIdsOHdE9HcUYzPMdDq0","3.9.23","bpZAL0IVhnhy+CxxxhiQm8CriRJaxt42G4lD9cRp2Ms","V7k1ZFdRAAFxB7cCaF3b1aC2WzTJ/W3HgjdvIpNSBr4","3.13.7","20250918","EPJupfx8TZwBL683KJioAfNLj9dzDGd1diYyJNVoNf4","zRU1UF3jnMXs4PxkVC3Ey/Sha63kQTe1hYJ2KfZcTus","h6pRnZvM1CkcamuB8U7WdBi10UoHmIY/eq56J5c/Oz0","U9MEbAH3Bp7XMUVes+cOXbuoP+5DFaeAkWDBQe8mXho","3.14.0rc3","15CecYKGHL+enHr1NPL9fafP16K4B8nPFk4MTTGXI4w","OhCTJ+IuMYADLlhPJzjfA5wMci4O6/bkPxg43Q5t5yU","BZgw039BTjB07IPbpL8PpVB6LEBaTzKbvnw6QnEYyUA","rMcNue9rb00PkpD7wAJKGJNNtRqtPhUN93mM2a22lfs","3.14.0rc2","20250902","9YvXJuFgJg9cxHAaQjxRh618RELYPxsg8Znjdduj8n8","18BAj+bbtJqnj1PiFfBDoSdD60jNZOplyDz6xUL0q5s","QLjzy6OZGF0P5CbkyI1wC/DYB9+co0I8z4+XliXmYZg","R9UOntLUAbrTdSnabEJKDmwuiN/6395mMVE5EJS04gU","3.13.6","20250814","A7yPK67w88/6H1lxX/51XgQi40i7qBDcxwV2D6W9Ax0","cdZh6IecDvay86N5G77uGV4dQ4vzEgCZW3ZxSxerNl4","9z+Ms3IFlA2bjmn9sgqAmVM7C/4Q8EUMi9vDpzbLGTw","Zen9pnvqlv/SkYE/PFg66Mx+VfXm4QjGGMHgumkAvMk","3.14.0rc1","20250808","YYLckJp4eaxk4iEe2rmW1KDZ7C13VLdRgHBLjYKsrx8","ztUO+Gp0B/xT9X6a19U8uWmxI10dU3Yag99p/syDK8s","1hETS88JDbkg2Bkuwm6JlDPNuuQkdv2S7gfME7XjLR8","YcaRHIQkQmemgF5h0GFcVjGGX7J9zPpvCJ2He8u0x2U","3.13.5","20250723","osJbqhPScbcwdE1+hoTX21SgA9/uta47Cuhq99gdRK4","UU4WjtXypbFIG0R9oflFslAzbZQBkGwDcLz254rtDaY","5oZuqiJiJ/9krAsgDWzaLB78o+8lyZUO4Rcl0i1z//c","nLm27WTblOhk+IdqiRtOBzc+nG6So/c9d7v3jiYAVfo","3.14.0b4","20250712","lLgCVKflDdLYLTI6C//cWXcrLwSw8MBEvE1W1pYknrI","e7TPYcaRe5qGdRRLkoMuD7MjE4VOfIvRw+ufTzYrjjE","zihJjc8sXE08lk5uRP9E5bG3KkI0+Afi/xITk+1ARC4","l3fUGCm8G9vJpvBdByWlzFt8YdxaQu/rTCLSH26CnS8","3.14.0b3","20250702","C5SPNzYxk/z14gwuiHGDRnkH8bbQRCD8WgwMfEIeexI","3lfRh8Bb426YaTw+FLokGaPD5JscW8CugPibN8Vdl9M","0ZITAh9f0DnXAhzLQWmMyZyjEwZNfBzJte+Pgxq7mWE","oPyA2H1uqIu1i8BZlzZ8nQ42wgFZsh6CjOqia0gOTck","3.14.0b2","20250612","r3+0nywAkFzoIv3pfZQ300pN03hldaHaqtHlGkT7Id0","beo1tkbPPLauA8JIAi+2FeRBvXQOG8bF/Y5hz/jNbGM","GuMa3+0qhCXwipRYadO/2RDpes0VBGXeJX0649o33Hw","tiVEKvjetYWzsQTXeURAnrN5H4+5CfCUyYRiWieSVgA","3.13.4","20250610","WRg71wsPrLGE/F570YSIWV2QrF6wEKwe5j7qfbTiMKE","dP4qiHrT/HrRQApP/golitiNOf+te8zkAST5K1MNLgs","J43MreVrS77suaYTt3ASz1wUM6XpuO+ZIw1eYfMdngI","HJidCXtB0FB6F+djn24e7O3QWOI1c18LHq3epJQroA0","3.14.0b1","20250604","HRGHgOwbYQynUgN59bbGgxTwZyFFNI4Guylmj+KWdlc","hbGOE4RTCeKXUeNloYo3aoPRGR/V4zoxipvdQppltes","PHDmxkEEH6wB6KpvQsPSYfm1A47eu+2S8rxjxzj6v4A","SK+Jk734N1b3US27mEVwR3kFPp+vwrNqFWjj0Jvl/O0","3.10.17","20250529","Nm0DcYGxzqCnqLFFeHSgzfu3lYFdB64lxV7xRhqkh+8","GpAx6BHiQuVJIpKAVCrLBOl0/h6qctrt9OXhuZ2lg0g","3.11.12","knn0lqfxb6TagiM3gZ6tn6/WjxwW4VzvJr8y7VfyTgs","446Aqy6y6zusDBh1bsmFKoNpQxcQKjTWl98AZrRNJ6U","3.12.10","JXnJ/8uwp0Xx3j1kVhLHRmJp65ojMWpU7OSdUMHJEi8","PCBjDWufi0HttEzCMDt1iI20t6prNbHQ/PfObZyt548","3.13.3","rSr7LAMGZbOpYXowsf5gAk3cr5cEK6N/jRTp4cC9Sqk","42OSjr1SaxhaRogwFdux+m4iz8L9eR1DWNuSQq3yYmk","0fAOEyL5hdrtWoEteyEsuW8w3t8UV159ViLZnxwD7pU","gz69bfIpmQwvkI2axvT3uuyMDo2DSAXVI4qzxz1iC9A","3.14.0a7","wKmh9jV+uqHaxMlbAw4o5GYccpBxL/5FKDsBJUjPx+g","/NjxkTM4qT6Isn9dEE7PAXGMJwudvhys6ZKN+LjtgKg","vuxKWMvOgXmRhzq5xRg3Nqaxg4NllFkcLd5u+CArp/k","gm7btSSPRVQlSlcSJ+Oh6ZTf1/lu3adTfEyvVIXQzt4","3.9.22","FlyyV0Zps9+C5A24ywG/S7ybtZTcCfmuNNMT7NJ+x7g","woGOa4opm0LSv+e8fycAKEqt0udJKQNpNxMz2oJ7jlA","3.14.0a6","20250409","7lp7Ywh0VUuuMLXxG+5V73/9CT9pHLcWHK40h0wA7PA","DMWnUq+kEGdlhgYwKN4iWP8LO2mJCKYtQXwb73f1y+s","fUGxju0uKfwnGWTmd6gfRJC+Z8NhTzpDnLxgYZ1rTFY","mdSF1xfzU9NIw6vslj8/9DS6PngJvH4VrK+W0V/Sywo","3.10.16","20250317","LT8HVCiC8IU06dTlM6THPRcH7jVc97KiBNS41vj9j44","pGHOpsT4GjJMKPIrB8HRVYlNILgyMmcdjpm4vEXrIos","3.11.11","+N8wi5GHUKRmv1hbFL79Q0nmnVE1uDCQJU5vLuZbG/E","V8cOBnAi+8/Xr6xSZgO6irRAO9Q5dIsmbEO9xwOsVPw","3.12.9","CkZHt988jsoRBx1s6mihSksQK9b8avrjFOmFJRBlS30","aqlGDkYfVgMtDdhPgw5iBBvhDeJxqypP/mJynWTAt/U","3.13.2","kALmIOQRPnQ5st4Ntf+bLckUzeT7ovEBNMzjpc3rrIE","4+isOqBJ8Dr9StMzmCt7Ge5YBnFcOSnKkAkm+TGrcLI","yYycl35voFw4E71J81U5BNidYP7Sfi42Ro2nr6HW1eI","GiORWtzpXjV8p684BJ0aPtG/HvXoFLSowJj8KGX6VkY","3.9.21","jR8CRa1Oj0BR/Q5UtDinSZNdxpfB8QBpeB+z0s841nA","jgqR5nO/GNKNns1SzhzZ5DUsY4d+Vzka7Kbxzg5NbjI","3.14.0a5","20250311","5y8HyGgEFVCNPEQkVoCJhScwKaYBnCMBZU/22n3br04","leIPgbvbdfkRse/AS68MnFwci3muu8Kg/+IoABpKDrk","FzcjwMpLi6B/nEbPf8uZ/YL8oEEfwd9dPskPYZzgqnw","qV98D7cSa8HQV8M4nIWxGytHnLUXDThwFWzSPnWltww","3.14.0a4","20250205","obRbYolZ4Fe7rSKWeysZS0UYUdaorCwCSCUwWzKScMA","pQKJjWxDio8t0oBNqiS+JI/sZrh4fclojnDtLIe3ULU","LLss1Ik4lL4ys2P6rwfp/KvxckRonnTArjGTG4rfJfI","3RWrk2UZWn6fbiIcaeSBK3dDNyptxfYabU89cT6welU","3.12.8","20250115","37ikyHEWU4cXEF7z3sNmiuB1kKW1UyEJ/sPMrZC+L7w","uaeSrpm2I6hPZPc79yOyqV+1syDm/FY4u8ADgf7Lz6Q","3.13.1","ZQ8dMkJmfGSVk5EQVSVGng/hUCpqq59ds7C/7+fcur0","DlAZJMKM+SPL9IfChD4Phr71GTfrc/LIeT/+8iNuSX8","cw4jrG3HVTIix2MXcqPPL/ykRv+gA98wgoHnXCW27DI","Iioii/AGAwfNx3YN+Pb7ijKCI0zoAi46++TPFv8GUtU","3.14.0a3","20250106","TUdKEtUsMW8LaHkPwfjXR8xmXz2aTUTI9nV7jkru1Jc","ZJHo+FpB9Kupt7IwsDCd8SRhA8FK3koSa1blRo6FBLY","gaUA62c4WgPn2nrdjaw0pS3LfKORsqT6pJP368i07ng","QS7lDeiKhDhOK2KTYv2wVRM8Y2INwNTyrgNiPFPQmoI","3.10.15","20241016","+nm9kJv+tif/5mqLAjFTSV7OZZ5eOy/1YmhTUCTbhRw","s/OJpYbeS+XR42qoId3S5lFQjPvwUs+c752ZHuX4nQI","3.11.10","paIkE4pSas7P0XIQlT12ooSHlop2cgSQLivegJuw51k","G1MzP0YOVKPkfR3GNhyLLmvboESSoz3GdzPwmcl5Wk8","3.12.7","ld05fjrvTMGEaGfPIL5wS9107dFuqAMsrwHkjwxT1l0","r4oJMPeYwQo5HZE3oIbxAchjz4yffnzp0q1zE9oo/Y0","3.13.0","6U+vusB9pSyWXLan/8Uc53m9JTzZivgBNHqseRuWSZ8","3S9DRAQrXQfhWBURD/TYCDu9SaEznptEhF2B7z+7XGY","78LnHA4FvFvtt6hG4F8o3SZJGxdE3tNe2C+LScz6aEs","UnNe8PNAum/8dVqydRCduXZC+6D7E0N+dBmmAxVUU9w","3.9.20","Qem7LUXhoEZ+U02vxmkbPTwref2aVkVi9MDEHrND0wo","Q4GjpFaK83MAYmW60PcYLWFi49R1HZWGPAeR9T+ptRg","3.13.0rc3","20241002","aF73GILxbqurC8g4CUcnl4Nw8K2Vwp9/XCRP+jExaus","IIXoMw+cycvfCqJ9JuJv+wfB+Gf2TImP51TEU/5OJ4c","3.8.20","MLpEr2Tlmb3nMHkIOTN0vc2Z4YW/mzyd4/aX8/vmv48","MXNFpWJFRI4oO7JCK8QxSEngKORYHQCz0IsW37moatA","3.12.6","20240909","BBm6+kREpaoMVUGXvOBnnnzA8o7cfujPvgzOqGC9uQQ","0h8a4UhHQ0CUrpdzl8VW2jjuizzeqJyHTXyU+/5/E5o","3.13.0rc2","nhf5/MMUpd1IkImnUCpSXE3Qivhi+c8ztSFhp1Lypbc","FyAyr6Do0eWEYO9fB8jeU7++Hpxbs7Yp7X9hp8Bvpak","3.10.14","20240814","98qb/7zkM8jURe3TOlQkxAVVPXNe/uZaL8XYu7HI4Tc","GbZ1GEd+25UWJ7E+c5JPx4Z/+Rt3QnhiPLxYU4tbNAc","3.11.9","xOL3d0QhvLOBJFlF4TJBm1KTmd+kpWBZrNoUk3Ufo3c","Ne2YJrXlXqj7C68QqunbJ/FPtYE/fH1C5KYdTcCCcf4","3.12.5","kHFc2rB15aJoCs8mlVctFltiab210ZQqtXdJFHiupV8","zQ9MCxqRxC+GqgWuq8xvqXQ5P88lMF0Woyn61vBE/XM","3.8.19","ahXuK1B67U1bFf0bZvxXCqSRg/FapsQS7M0GVEbxfY4","6Yw2vzEsekjxlW/HpZnIDyLpfKQNujabf5UDz6IApQw","3.9.19","RRWC+KaowV7zWjJ6/Nv40Dseu6cZLpDYUNCS2skfkcY","x1PpkuHMIxzgd+mUtbqbPsPTVEUHOEfKZu38DLhMmws","3.12.4","20240726","72lI6Db1Mb16WP++YCgD/xyDxl+Z0doZvjaeph8TbJM","iP9BNo2sYd5Pt2qyfblmyNeaMw64RtT1e15jyi3h0Gg","cpython-{v}+{b}-aarch64-apple-darwin-install_only.tar.gz","3.12.3","20240415","zMQOWvMp7yr4E1DbKoi71sF7VmdugtYgSMFdVIQBUZ4","oS59b5r1reSAX7Wz/Nw0ge8QqrQjmJjuUqpupcjb2PY","3.10.13","20240224","X9wPaltakP08Uo6LHajjqskx6oaQEmwv20JUyEo/8Eo","3HzH7bCqu5oKyBvQB+3yu70H2PIMtF/moQ4j5vYgVds","3.11.8","OJpRE59avgcaDXAJHKXfPno9/Py+PgumrYX7TFY4Qh4","SeYqHW5oxU+nwDlIbGBFhxtF8hiSUkEEPGEi4aYltRY","3.12.2","AcBkwAATsBdceFixWZiYGerVP0dG1AWAtbCzW26A+6Y","9OmB7EREW77N6i/wzFnXOHYT2yJgt/GzEj+mOUSUeYI","3.8.18","TUk6F5K/IR83+YQEzBRo8JvXga3CYC3qDfgq0mTBGrw","T3yCP+scL2Z4XvnqDpGdvnsv6TBkx+wEnvUJQIc28RI","3.9.18","JUj5EabjFldcMDukK7UVQNybR6n3agaio3Rg2TsXeqI","ScfOoskvKpT2yZq9iYULkX/VNASdyCXeJwH13j6GfkM","3.11.7","20240107","sELJZpIM+EZThco1IphrEtdFFRpywGCZEIiXfKNtOIM","6TQkGe1wbE0eNFm03bmDyZB2mNoLQacWOkoeTsCdD5s","3.12.1","+T+DdcpqwKNdWP8AcEPL06iNlgkRPxy1nPfI0hXwZK8","Zn91o+/m/lk/ZCr+CLrTWRJ4saGTizk53yhjCjD5ZOA","3.11.6","20231002","kWw1EltdgyOiFSbXqRVMpiZFP2PQh46VufYTqVAGyZA","0oVgP1d46nqDft+0sDehxd3JBaOwjE4Q6DV4qzmoN/s","3.12.0","RzSivivsuBODARLHgMmHmsOv8RGgsM1ZDmXsdGV3TQI","+1HrdTIaPrUhIIrXfkuO5RXt+mLzMzOBBb3SHgLRLrs","3.11.5","20230826","2rZLNYARitIHO6vXwp/SBTthZHnfXBB9Mf4q8fRelIs","cfG9Rd/79Ywpg2oReLMaCJaDwkUxj+xaF8LvpPVWf6E","3.8.17","xvehMNAESnjjlkj02uVtz/WkHrqRiIqZ9uVgUHFi5qE","Ty0U55Oio9uLwRpHVk+QiPq69R6CQzubuRcI9vkc2wU","3.10.12","20230726","vGbHBuqMX8iRY1/aj52pcaGpAdQTQvZ5jCCtCyol0dY","2SEGBqDJvEFa5vHIKbu09mnYqE8zyMgXQrZQPvGsoP8","3.11.4","y20pSDhKhXMh8qpA+md0TNlnajMPCLba1wcL2gthIKQ","sy5zPVA5U++tBVECEdPZ5AOUvhIuZClR9yF/7sxcb0c","3.8.16","fkhOtt5A1va9/VCZ6qlkf2XkX7bYRsz8VrHLHji1qwI","mdjJ0/9XR2i2KY19kgzsgW7EbR8k/HClWR8RylAHzKI","3.9.17","c9vi1wIhC1ZiIdqSZazCdLoVJ1xdDR+jJ/RK2GzemqE","wwn1CXc+qDrRVCqgRrrdCvsXcujwMBqwgGIEWIIy2vA","3.10.11","20230507","g0i8PCMR+U7GN1H7cb0BCBdL4cTe8AJ3PPUZ7hUG+W8","Zmh39ZO+Dpe3RvnoKKjnFsRBP5HUz2X50ALPICi4OOA","3.11.3","CeQSUGqNY+27aQF0K1Tamqf68SC429zlbFezA/yJLIY","hC82GGfmonc5sU7GLj6jwX38P0EPbLyDGkU5IvZ+InE","3.9.16","wd4dhUcXpiRfRSYu8bsXsJ4sWHWQ5+P0Blk8FD/4db0","1DNRuvoR8I6P/ru4JA5h9I3KszKAC4PCWpE8hC00/io","3.10.9","20230116","AY0Fp3my3npHbzs/8tEPUD1p0U787dB3Tm2rjCLvhP8","q4l12RSoy+UE+TBaDqrx19rx/fk4HDlO9OCPrD8qS74","3.11.1","SRjN8cq3QqkPhTGPiLgSKuqi0EcFgDx7bnjoGj3UD4A","y7t+4TRMq/snFc4HzgepLJ/AyTGjfSXzKR3Ag4tkvv4","3.10.8","20221106","1SsDgXvSRdKOCosvcVcWzQ/NESggzP90VjaTLHavogo","gE4SPTy+W2o2QjnGSG0jZuIO4LiucpNDBSgHHLEBoiQ","3.8.15","HgqS0aT15tSpn4axy/l3PXA/5/0DJZDz6cKFx6XusAo","GtD2ikLwJXlX0V4JROwl18bo+U8OwztlRxD8IRVjO+M","3.9.15","ZNx+EBNIHJhkFSw92AbEEUTHnV6c0xQOGFxqUGC9yas","hijfE6NMIWophjUnuqByZnpLUyRaXk26aR4JLpYmkvs","3.10.7","20221002","cPbKHajm/OgyrQt/n9q6C4S6CsCkxiYSesttSd9Lj5E","raD3HFk+XEfbUpEiPDUADxmrsDT6GQj7oG7KDie+FQY","3.8.14","bBf23NpZ3l2O7pIu9+7eQDpUDa4FQj7ywqBC2NTyJGc","XGEdkARve7meTzQjA7FM4LVR+A/KqV83VDvEm6Q/vvY","3.9.14","44338jCXnObFOluvs6gSh4OOXziSxAzRuYoMlhxERxM","m2M/rIYZgwXiKkfiKChk5pMN6d1JFJ09aZrXsI1vGys","3.10.6","20220802","769mrNuaTrM9V3AmB9LmZ7GjGdWMFnpDyWiWuXQZuLc","dNcfokpveHU91cvjAo1SzT8vCvZAsaxPOaT/ftCvVi4","3.8.13","rkExJT2JCwExcctfewPK3Fha4mNxlQb3t+Bjp89v3nY","wbvkxLA/AmHRwh0YUJs9dwpcPSpauF6jQNCU24CD+vQ","3.9.13","2WA+3ClqLcvFnXraeA/RJSfwXD4LmfdUURLa8RY21uU","z83s+FUodoJsC1P0oVR5OilNENsiYvwzTxiJnBsGa7E","3.10.5","20220630","GdGqSm2d2wCU/DaWGxKd6avhZzvOZshs2XtYJ5XElqg","Vnri3MLEkQXP5itG8WU8kp4rBqDKwnEBPHnIFjzjk+o","3.10.4","20220528","bS5OaxxAO86Ez7hGQAdUAX9SX+gBfxhujnBy/KrzqnE","659lieJAKhIwPJCk7g24HM3KNL3ACTXQnpYAf0wWHt4","3.9.12","20220502","je4GwHzGQp3zS2q+CRpGhKhvfOx29dHMwcPOK9ERaN8","6cQ6Etw0UovYlvyZgVySQ3BElZYrzplV8W8WvrVzo1g","3.10.3","20220318","20ba38zEB6ofZu1gfu+/EveB40Otyx7e4KOIPQgSks4","p9oQ8DpPgGorVh0e6mputvI81EdWcq5HWuwfXSs3u/A","3.9.11","z5Kij5jI2ITfCTe/GdXxpAyqJaaiEaI3t+m1krK3HCs","auJynZNwCEtx3KcxkZJbOWitF2S5PpMPZRZ0gsIZe9Q","3.10.2","20220227","FAms2aUG4tHTtlwUiNtOQNjxnQmn3wmWZ8h6UG9xwO8","sn9qteZK0SSo0xLVtlSn20nxhP7Q0DstlofpaItXlSQ","3.8.12","+aPLuB4EY9ZhUSWWR2LRMzh9VhsiajAZn1sDmyDx2UQ","GonBMHTlOnPMa22wSem/n5RTyMAW2ElkawfCfJMKwCY","3.9.10","rWbCo+cmMUfgRqMmlN57iXpG+wEkQJ0p06k+3mMciu4","a9aW8V4XR894Pn4iaZrPmlY9cam+RkVkdrvT/qtAfzg","cpython-{v}-aarch64-apple-darwin-pgo+lto-20211017T1616.tar.zst","3.10.0","20211017","AWfiJmliCaXoMLe8SWPTeXvHiJOKmr4AzIYX7qiK+1M","cpython-{v}-aarch64-apple-darwin-debug-20211017T1616.tar.zst","t8Nddt/9kxLk++koU8uZ/NkkGc2+eXwXkMCc1O8qbbE","3.9.7","11z+u3TffFGVlw5Op3Rm4WzABX/9nIRCR3uUG1F/Fjk","7xsuODAOnBOwRxv8NEVaVeggVYnnLOUi1eEPw4iol0Y","cpython-{v}-aarch64-apple-darwin-pgo+lto-20210724T1424.tar.zst","3.9.6","20210724","p1pnIIi/OPDoS1fI76Sgg6JiwKbVrp5R8eddWR209ww","cpython-{v}-aarch64-apple-darwin-debug-20210724T1424.tar.zst","eyoIZyI2CDUYoQzLtwKiCy42N+kWYGDNLidZ6AKM5qQ","cpython-{v}-aarch64-apple-darwin-pgo+lto-20210506T0943.tar.zst","3.9.5","20210506","qjcfMCynvniVetvh41D+tEMXZoLjmGN6Eimg1oPFtCU","cpython-{v}-aarch64-apple-darwin-debug-20210506T0943.tar.zst","/UyGkyRLjPxt3PsZroi4H1+rbfyleZQhdXkRu2V23/8","cpython-{v}-aarch64-apple-darwin-pgo+lto-20210414T1515.tar.zst","3.9.4","20210415","KuytAqEi5OOgLPX4XSXkmuLSxOXwfHonSKCKq3VIr6E","cpython-{v}-aarch64-apple-darwin-debug-20210414T1515.tar.zst","90sxu7aX0xIwNno41N8sTndgZ/G7KGW096kpdMsvuXE","cpython-{v}-aarch64-apple-darwin-pgo+lto-20210413T2055.tar.zst","3.9.3","20210414","CPDeV6V33TI7bCMmLhTbiiFCEUxBUZI6ATNjZNUA5Tk","cpython-{v}-aarch64-apple-darwin-debug-20210413T2055.tar.zst","3/dTsnKMribH6trcGcwYCRsEse0klYS3Wbm55ncLE+s","cpython-{v}-aarch64-apple-darwin-pgo+lto-20210327T1202.tar.zst","3.9.2","20210327","SdPQYo/gnPl90VwZ7TM1nnuTB8irj0DxRYBjhqcroDY","cpython-{v}-aarch64-apple-darwin-debug-20210327T1202.tar.zst","NHgnpWHDFua9BIXLyaTNU9mSSeKml1SPwTN8TQRVN5g","graalpy-3.10.0-darwin-aarch64-none","https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-macos-aarch64.tar.gz","24.0.2","Vo+Et3hl9ZUrRWhA6PqEOBHgwyVTos53fHtGCtMF8+U","graalpy-3.11.0-darwin-aarch64-none","https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-macos-aarch64.tar.gz","24.2.2","9KKuAbrg+lPsDRn4bXPG3MKhYtJFVSAwGDuEv92PdjU","graalpy-3.12.0-darwin-aarch64-none","https://github.com/oracle/graalpython/releases/download/graal-25.2.4/graalpy3.12-25.2.4-macos-aarch64.tar.gz","25.2.4","efDh/vtCu0hBIq6eUMshzhRUHRjmvWbEmORLRZzmUt8","graalpy-3.8.5-darwin-aarch64-none","https://github.com/oracle/graalpython/releases/download/vm-22.3.1/graalpy-22.3.1-macos-aarch64.tar.gz","22.3.1","AXId3VYJShhUAwmcAjDzvx7rWrvMlt0xmLGT2nYzKas","pypy-3.10.16-darwin-aarch64-none","https://downloads.python.org/pypy/pypy3.10-v7.3.19-macos_arm64.tar.gz","7.3.19","cqdM9kXkNgj32IgxWB+w+OH5Y/s48Hk7rNN9UBiprrg","pypy-3.11.15-darwin-aarch64-none","https://downloads.python.org/pypy/pypy3.11-v7.3.23-macos_arm64.tar.gz","7.3.23","+DezwgPWDX4lox4mdnGge6DJuayAga0iVXH7BvzPG3s","pypy-3.8.16-darwin-aarch64-none","https://downloads.python.org/pypy/pypy3.8-v7.3.11-macos_arm64.tar.gz","7.3.11","EQ3qZALsHiPQPtCLgy/tfZ6VruHYPzogkHpmaChneVw","pypy-3.9.19-darwin-aarch64-none","https://downloads.python.org/pypy/pypy3.9-v7.3.16-macos_arm64.tar.gz","7.3.16","sJzjqGXBwPTljA7k9wUR8bJ9/B9xSPS2Bgz9/VgcnoI"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358],[0,359,360,361],[4,359,360,362],[124,359,360,363],[17,359,360,364],[0,365,366,367],[4,365,366,368],[0,369,366,370],[4,369,366,371],[0,372,366,373],[4,372,366,374],[0,375,366,376],[4,375,366,377],[124,375,366,378],[17,375,366,379],[0,380,366,381],[4,380,366,382],[0,383,384,385],[4,383,384,386],[0,387,384,388],[4,387,384,389],[0,390,391,392],[4,390,391,393],[0,394,391,395],[4,394,391,396],[0,397,398,399],[4,397,398,400],[0,401,398,402],[4,401,398,403],[0,404,398,405],[4,404,398,406],[0,407,398,408],[4,407,398,409],[0,410,398,411],[4,410,398,412],[0,413,414,415],[4,413,414,416],[417,418,419,420],[4,418,419,421],[417,422,423,424],[4,422,423,425],[417,426,423,427],[4,426,423,428],[417,429,423,430],[4,429,423,431],[417,432,423,433],[4,432,423,434],[417,435,423,436],[4,435,423,437],[417,438,439,440],[4,438,439,441],[417,442,439,443],[4,442,439,444],[417,445,446,447],[4,445,446,448],[417,449,446,450],[4,449,446,451],[417,452,453,454],[4,452,453,455],[417,456,453,457],[4,456,453,458],[417,459,460,461],[4,459,460,462],[417,463,460,464],[4,463,460,465],[417,466,460,467],[4,466,460,468],[417,469,460,470],[4,469,460,471],[417,472,473,474],[4,472,473,475],[417,476,473,477],[4,476,473,478],[417,479,473,480],[4,479,473,481],[417,482,483,484],[4,482,483,485],[417,486,483,487],[4,486,483,488],[417,489,490,491],[4,489,490,492],[417,493,490,494],[4,493,490,495],[417,496,490,497],[4,496,490,498],[417,499,500,501],[4,499,500,502],[417,503,500,504],[4,503,500,505],[417,506,500,507],[4,506,500,508],[417,509,510,511],[4,509,510,512],[417,513,510,514],[4,513,510,515],[417,516,510,517],[4,516,510,518],[417,519,520,521],[4,519,520,522],[417,523,524,525],[4,523,524,526],[417,527,528,529],[4,527,528,530],[417,531,532,533],[4,531,532,534],[417,535,532,536],[4,535,532,537],[417,538,539,540],[4,538,539,541],[417,542,539,543],[4,542,539,544],[417,545,539,546],[4,545,539,547],[548,549,550,551],[552,549,550,553],[548,554,550,555],[552,554,550,556],[557,558,559,560],[561,558,559,562],[563,564,565,566],[567,564,565,568],[569,570,571,572],[573,570,571,574],[575,576,577,578],[579,576,577,580],[581,582,583,584],[585,582,583,586]],"others":[[587,588,589,590],[591,592,593,594],[595,596,597,598],[599,600,601,602],[603,604,605,606],[607,608,609,610],[611,612,613,614],[615,616,617,618]]}', "darwin-x86_64-none": '{"strings":["cpython-{v}+{b}-x86_64-apple-darwin-install_only_stripped.tar.gz","3.10.21","20260814","c17EW1MVwSVdQlWCtjp4GdZgeDug9UAnk5mJCNcKeJM","cpython-{v}+{b}-x86_64-apple-darwin-debug-full.tar.zst","FWTWiYcXwGn0xb1Njh7FMgZhGPvLjpERWZM/MxZFnPE","3.11.16","TWBYm3Aq/yE3nd9r1kjnXHAjolegeP3XHfTBSM9gnMI","77JZm3kNRyULznFhJRtJ6Ud8bxMZENjfywzGPa7O4B0","3.12.14","rsJl483azNsqPXgzMVljUbJNSmPJevCjj3X2Q8lFHek","VcUAKBFiTVVu53lyFWxTUwtXMFkiDRIqA/1aDjo/FnY","3.13.15","v4c1TvzZrlF9pgb82k46Pw1zpvBcp8ujxtPFJwB0v8g","RbZ6ooS7YixqsPSkdqy15dKeTw2xdgm+Ic9pf0ORG6g","cpython-{v}+{b}-x86_64-apple-darwin-freethreaded-install_only_stripped.tar.gz","ewex0vSpzCW2O8sGVx85RccbMmRDacCep+H9eBbS6MU","cpython-{v}+{b}-x86_64-apple-darwin-freethreaded+debug-full.tar.zst","vKujGF30O0k9qGwNNLJPdQmmowhDKxZ6dHCXWYekc6U","3.14.7","4IW0TiHZxgrNhmaAdH4fgoAM+aFjCjadoXI5dth76tE","jZda1hWtjYj1ellGbpXQJyxtJhiAh83uR1HldxjvLYg","KXiYUqtiDf/bi1hKjJ58L/QXTp0vv2tbUtwf9e5c938","GFS2Eei8IJeLI5VgfjjqB2flPv73W80wmrtnTnP0dX8","3.15.0rc1","M+iqN+gtUsonRwklQNmJyx3rkK7wKFGTY3V31R7JPMk","wlEdALMNjwFwo7goJrBVsqC8woV6Aw9vLl8tF9fIOfs","UkhZZdDmSptNlSXzo+CKRcam3htP/nhK6KzL8r7QnJ4","GNV1m+Y+OodIlYb3sWBptMpkfvIxWgnq8s01zWD29Pk","3.10.20","20260807","NmVh3xQivri+hLf/+vQz6cEuXSY33S5LdR4fhzaHIH8","Bcmmrps1SIV87B5YcAEDstZ+Lte2xduXWSdVi8X9YtE","3.11.15","xMBuHyzknrqBWa5D/j32p0HZO4JqO6axFK00pOOT2sg","edC0ADauHiUpA2H5LM1OHXKHSNZwchSCA+MwtrYYz0U","3.12.13","EnBT8XNvch45HdtG8HWF0FdW4Vu411fTu8BRlziZi6E","h+9qB3t6QH6TZH6jofUa9jZLKa6pQ4oTjQtQjVtrH6o","3.13.14","20260805","/804K1Tv/yh8C5rjSzu26VazywWJn4nKo22DyhHAL18","GRQs/Kts6xqM+oE/gmKMEM845DBJpzlXIlfKOIzTFT4","vguF+/D+vRc0+WODqeklDscCVwJG6+T31zPYkPMR4xA","nQnz7jGaejsXMZUz0r85jrz3sYTxzLQsVz/UF46NMug","3.14.6","20260804","eN7UxPC2qTEkDwm9IGCFM7tA3XHB/5U8cmc1kHXKixY","dINqXE+V3k18uVVDf6U1uzGJDZbXTKmxWKqMThOCf1c","vX1RiGzFhQpuXUAuHcDJLKP2bHvpaHpD0nVEEJQNXiU","ayBfntZ91CC7UydqA2nag/jTJe6vALJLuYgsDBemePk","3.15.0b4","20260728","DXoNBOwiyhrActx9yhvmUoWancT9wawSO4ndPVvQG90","6M35sn3umzC2kUTkkkGADogmQNzNa/WnT19FKPaN0o4","1+580CrZWtOz3Ovo9AfQP/D6QlxwmoBe8v7WnoZOtMk","y7ZdGlu6Vs/MnlhRzh3ALsyL3onx93BAHZdGiegv8sg","3.15.0b3","20260623","cgPFfA+c93Wxfgk+f7YYzu0bdRyFEeBzhXhMVr1nDj0","yOm2lS+dhAJ+y0uw4bXHbJGq4q9TKgAXU3ZV5xCMJXc","8F99xQkBRzgeAZ4x7CvhNUPvJqXnTn5oUwwOqpfpwfM","/MnFNQ3wG6dYelos1b+FJ0sK7wDo093sN+ZpR757sFw","3.15.0b2","20260610","NPdxEsHoscqQ+yhIWFpnIUL0HjnzRK1K9bXTcUqW4/M","GmvZcZ0AxVJvM9LYGnRA7sbtgWhOqHVele2A6e0vFxc","d0ewRd8qqbUA8vlk21SuIKQT/y5iFWsPoHHHzGJAtIw","OPJCyMWEKZ+Oou77AbYnV31WP5Mv7Z4kzcqu0y8RUek","3.13.13","20260602","kHYdSCcoUoCzjo2OzYPwi4OPA3MLiRxnFOWE+wpTOV0","lw2kUcf1BR0QWb9VyRDTc5Yas5a03HOQjaFjKV83oCA","ykuYuyuK2nOLC6D5+7qoRGHrKRKVHqY5LqSV9TccqtU","sZkhS7qdwSd8KPQLEsrWPcnXmpUtJbzd2gqfrEiLClU","3.14.5","1E/27DAcq8kesMdWsZSLKFefsH/ro2qvGZDlNWSdXqY","NJO/avnrcMOuxIm/33hQzfUSYmdo91921tM9gSpgq24","FZ1z/603PitG5ei7uSIDarCIYEBYEGNp+6GaVveDtWA","sPeXsuTGRekf+Rw+bMDKTsnMG8eo/W0av2kqvA7QXTs","3.15.0b1","20260510","Izyw3NqRQEhHIFd20qmwsT0PfXec5oP+QPkdGPcfTQU","5eSquX0lJZGaRL4ZPf2t4gLSogkE1JLeljJbJrI8B6s","tgEPNR+U9SsJrBJVOzah+6tn4wXig77xfc7O4gKGXZc","jME/bvYhLZs3zOtsIiy1ODkmh5VKPRhciaOdgQd3pvA","3.14.5rc1","20260508","PIEPXCloaYWxM2qj3oRoQfObci7BvqoU22fHU6oZT3Q","A4Ee4Zk4/gXXuNfQFtjShUAxSEZG/3JKlGMPRKgcDDU","Z6locTBSsWAhpk1+6z+56kxs4NFwN6lppFEc5D0Ql58","+nx3nOEfXyN0Ih5D7xSEaGwdgpDLmgkl3K7pjJZNgT8","3.15.0a8","20260504","3DhQfq/qVTAF6241JK4H9S7ptN1cPm0vjV23qvDxEKE","VdEWxGCb+JIMBFUL+tmVMLcQ5WPBU7w6VGZ4pLzqRlY","565pTzXJnRb+3BGXJhgzdIVB4YwHGcSggUx3RFMaNzU","Q0Nk2O51SLdLuew7qMUSo/nkeyJGLzAUAoQtOkGRvPM","3.14.4","20260414","1RJQoy+l2fB5nHvLcXIMJ7EKOv1KfeKIEg+WCF1Qilo","rySu1I8onNrRqmTw1s0rXCO+AiJXnayBdYdJLpZeVX0","VSpKpBmr2YvA1/kl6GAsGsYhIGogc2b9VW+vHV5KyC4","lwpq6rb9xXSy4XhPNDU2T1bFAB26kBsA2a3Cpe5ydeI","3.13.12","20260325","X4xzEp03Zbu9z3cd7PlhNVlvnj4gWwiufPH+L8DNr2g","hqf+dUonKHYI2ZtgPOJmoFNOjjwas08AmsC62X38b3I","QQ4vbF4IOaha2HVSM5AGU8y2IWretjWfDrQvmf1RL3M","vN0rRr7tbn0U79pM9RxgFbKtaY3Ov1y0jhxT06HGfCc","3.14.3","NgnNIaa13T5dQ99/TnrwJnM2WtxQJ0it4hiSF4Pvgq8","RM1jfEVScenUsMr78VhQxPDJq3c7aqctW81ngbvHgUY","5SHxwMKRQ7jFTW4GsCvbx1nby3GxVK4m5JfQ5EyF38A","kAD0oMV7vZnz5xz+ntVJ9smnjIi14zUVLYYkV4ksifo","3.15.0a7","8BKvDJf/HJ3X2rCLHaDCmkJqo+3uNUd1upB3bQQXQ1I","PYceSutg+nwFlB7BDRyVXF5ac15YLUPrKJv65ZyTueE","vr6JNwvk3f9p0LoHIzh56e5PCY3bbTATIObICbaNLPg","0YEU2P1WfiBzWLMZdYydFzSwDD4h6ZxuVxx9HxYlKx4","3.15.0a6","20260303","0TFfY3bipXjroRr7jPZBixuVFued2if8XO4Q7V3dG4A","wbLPA9wtw8pDpinYs79qcCBNLVfAJA8ZYBP/VZUlCDc","cpython-{v}+{b}-x86_64-apple-darwin-freethreaded+pgo+lto-full.tar.zst","zyOCakJ9GeqUWWW6DgCiELDNlsPnwnQczxF0wYw31aY","k0tvZH4fiyZ8KGKk8/mEeRdO3szM3O3MDbLAuvWKdu4","3.10.19","20260211","jQj/LZuyBWYiPyAwfI2cMb3wILHxojfCqm79HeZRv3s","DmGTp7zxEA36bDoyQ3g+Clfw5bDiwanHxoMCw0qzTMo","3.11.14","fTNa0cBV/MMHcjrgFgGNj4YbDUmoD0PV1NWV5wktyuU","L5e1WWcQrNhu60CwyquDPNUjC6stUrxtUZUKvU0Vrmw","3.12.12","qErHo21GW8braNuEVA/bXaBDM5AOLDyzS11FTyAiBIw","hX9n6oVW6VH0lE5b1ZaIrDdjb//9Nk0OM57bKe6crjs","3.15.0a5","20260203","JLPFIYtxsWbGDISO0kITSHs8eAjV5V3ivQ9frdywcqk","ET+3MF63lnbqNpUOAuPlHkKyLHI3o62aKuNfyailc9w","3v+yfSj9j2/dOxJwnEGZwqUZWVusdafRXDsYsSYY4qY","OCN+myXSt29IciiDQsvpb8BXyDuXkhPhvjl2lP5Y7jI","3.13.11","20260127","KoSsPf9okthXs79/wA+IM17Zf0rEV34GUaVsx/EyOdc","AhyHtyROT9RwalxUk8/Sl8O59my1bDuU06tHFf6cShQ","Syct01oqUfu1E2eMqhcQOleHJt0AQi+OvQK8iBRMjf0","JUk6gUi+aSpWJ3r+GFTEawGZhJJPcTe2Yn8gxIp6Ino","3.14.2","UeiGJh+3n2QHmyAYGn+K38pzjysogogumBtnoWXhgJs","b7upFfCvlTBK7o2HqTewu7CX/Hl7+MfYyCo+jC1l6MU","VVnvIomka71yo/FMPqXXbHZzWKnkBKc8bDWy608rHMs","A5BVMQsKZ6rkKflshVcRi2/SaHzA714Ki87bxhwX46E","3.15.0a4","20260113","2mtt8EArJK34Rxur8B3HqdKNvK8ihwPkfd8/YnKsE0E","tyuQkcu/LQlGZiaeqRgWGVrf4NLT5NKN87+B/gU30A4","KOukLC6LaqcPAnnMePA1/7vHVMTwOgR2wm2MuIHndB0","mQKg97hVE+MDyqd05UfG6iuad1oTNg7YLZ4OQcZDPjY","3.15.0a3","20251217","2vVBiGTSrBBUzXMVvmJcQadMKzBpP91EjkTTeKSm8kY","GEoJS+5wK/lsBRM5zvPFhgMiInzkPMSiSV0BucLMHPo","epJSlraOR0E+QzyT0mpb4tL8ugVqVducRHGiv96199I","iOPa8iKSqbIf9nl4oqQNFzscBKuUDwju7OZ4VXoZyME","3.15.0a2","20251209","pUGzCP7mxIoPY0umBi0BmREt1oxEtHaGKgGo3MBaMs8","XG4pyRASuejHB0bcUOYewpSVL0MNTiwoqibnUcSCCdA","TYECtw6p/nJu466a2em8TL4LbtGPeYnIGu+B3lePAWM","/vBbP/rg1ED0TZkajTWL1gLp3e1JQhSDB7pFiqTRl5o","3.13.10","20251202","cFs53XRJDD6bS+scT0C/gCtQukD+CFvcpjVQapRNXnQ","NlgOQ8x2L0tJ3of1ZjJdzNzewR+Pg7rLImBZSBfZjFE","bOYIaE3w+QNQx6F0LpaFp3gtmybsmdG9nVXIz5pAUEA","jYbi7gJKbGdlkOhUGwMU8cuYy7BgtqNCM1I9X/DnetU","3.14.1","svfxafFjfJOyaxcTG1baIfBmB5p/ZdakNp740R6ABXI","1RL/m1MfbzoVq9yrcHBTZc6SipLC5c/EPTiPD3k7yUo","wssqm0QoX7wTw8m37qgT227Y2UkJQGsFnbev05sy54Y","FgGOpR0bK+RH83Dnb4ghsXoy2ERwNd3XfXDJX1py4uw","3.13.9","20251120","naUa+wBICozNSQm9MCyA2cEE1jPF6GXPN91eWHGF4SU","fvuvge1/KcVKdTx3L3PhvYns5MteJ86FGucxJvzXdao","gpufiXdze2zMkSr45xe5//u9HW24hQgvswSJwXbgTGM","GzDXpJkD1+JWxppLQ8x2SFCQ/lumBFlYMaxl3BGCtdU","3.14.0","6wpZFfWMPctk1YfpUfiULmycavY/q4u7VZbRzlc4wqQ","Y8NRcCkrJEmUcj6emmM70xl3Pp/RSKQsgke0F6GLty4","nD154eKDwZ/m085oun+oCJvT9v6afo3IQXBSRGYR97Y","mAGdsYxe6ZcfNU4y3tN5qZdH27cI57VH5vKU+25+REM","3.15.0a1","20251031","7LYW6PXKdxoMQpL8kGwEeBKGp65VuW3AbsD2MfIPQsE","00tPGiP9Pf1v1QhsU2IyRYGzINL0G3BeBZfEVwKX9Ho","ZPwp5sei8CoYZF2Wjxs/wdANEqXvP8uw0Hf6jGLAiQQ","41JzbyGz/l9dxEs5/WNWDTLL2hsz4nrvGV+0C5m7IAI","3.9.25","rh9j+Vl6nCnIOlULw0pqD24eTTgCRFV9gD5tOqzjEGk","TJ/8UEa8JOmFtd/GWZLl+3exxLwuF9eawKDwQC/ANj4","3.9.24","20251028","DhniueOngcn6o8cHGMrofY7eDQMTMimEayimUAdI2GE","oGY1Tiox8QTMYVwXApFbQGKq2rccq+8m6WdDrCIUBww","3.13.8","20251010","Emz0ERWUFbDYwIZf731tev9+y3WGtBvQE/x3rsfctNY","Mfuj8uwZGqT2D3Xe2HW7olhWBGkBZ9IYnHUbEu5YkA0","ERLK8nXjdPvmKcP94mXx52dbIVU/FgcIXO3IIdGEpKo","AXToj44PS27JL72iQJjUQTCD97oFRW0Q4FjNL93Ukio","3.10.18","20251007","T8LXiDRcV4bsedR43vOAc4cVAuiHRuMdMSEf4MDSgqY","+cWHF1uJ7EvJo+Ahkvomb4uZQg7W5p7HB1i3qjBKU/w","3.11.13","ry6Th262Q+cd+cqSENI/8wEn7wHzITqrfXsybBfffhI","Ripoofi2mWziMjpBvc60EvhyoBubiNz33ItFsOeO8+Y","3.12.11","4FeDlfArtqxhoN8PnigPAxe7tG2L7WYjKzqpoUdyVvg","2hBSukHiDmGkDze2qf6Fk5e2V+C/FrV929siifKnlKE","3.9.23","1tVYQc2sD0eIRa2kwGNhKRoVxwLJz7YV/JxucutDWMs","t5a4/PD/gdvDHLyEo221HjI10ui4HnBm/yY7Opgz++A","3.13.7","20250918","5kAUPU3eLt/xhlw+iORLBGR4t5CvT4s6xNIo5TlS3aA","P8V9yfUcIwpOBCmrvYCPsRwLJ1OKrfnC0iYbdGm9AdQ","ZD/znv6znZ6lYtVT9rrhn8rb2ubpz4i0eGF+lFovUGM","L2F+dVtNaAnvkCJVwhQQlG1VChOKQ+UC+x2TPWRIB+4","3.14.0rc3","QsK5/981DQvP/R03mIWZTXE/pI9/NFYkM9fq+e+/nIs","bUnGetXTS8a7Jl5IMJXocLXCsRPEPlQSKcUJ4aSSd5w","FcaAUBP2NcZie1Bbqd3cRLsr3ilYllAgFYuk+/IWj3M","y8qEDZ2ToTpyv29eCCSpfaLRzlsmdE5AgQez2HE6ptM","3.14.0rc2","20250902","mLB7tmLNpD+Fp3NHweYe7V+ngvVORzCWmkag41EuXqI","EBGPfUB3UwyRDUMUY681ylGlQ6UHQZNR3lQm9a7OwsM","nrm1IROVG1mDiUsrlBPtV01l0r5nUpD1lHb1c9qI6oQ","3GISP7XAOFgEwhhUFqkuAfCojFTkrONGzNmeYvAFZjk","3.13.6","20250814","PbAq+lYgcJmLXdKTBlo+W/bEvBz0wwpnnZAEBb++Kug","nZEK9YMhkF1qiW4nKRF5gMjbnF6+I+hKexOpoBVAXV8","hbPIp42+WLSB57f6X4YAo2lmMiprP8I9A/h+mk7nZbo","Yk66E8uv0tW4440DC6gEBdst/9tx9kXHUBHaDrSXE+Y","3.14.0rc1","20250808","gv9yCVz2uekYssTn+NfdbIWbXtxLb48eVP+VeZ/ylcU","M0coH3mgQQsXlbtfkkFSuXgF4a8PTp+mHCdrS1nMOUo","B962blLJHGnhWj1kT/FSfb2eJ4w4ntWDQa8Qhy3BWrU","ClFgL/KTQRrqyEVbSllyrdWfoTd6r5ESasSEVrGf7eM","3.13.5","20250723","wZhhCZgJLEJlBgDvJQvjiLonqzB63k2GhMJ6+aC1Vpo","oeKgUODQF/JVS4xe8cgG4Az+7JDMnXC0kaHlaJ6y/EQ","YGvP+LPq2qTTKLcArSw+TUSSSyTrgzqFsj1+Qlc1/Bs","jF5rhcwIWjNUc2eNQ+jq85PPenF4fuo/myPxofUXZlM","3.14.0b4","20250712","IVX2CyqKFEiyxIUqJ4h74un+jpELrBp1s0LkSIShkbU","4Goz8JUq4K/Ey+n5x8C3XQHSASd5p+EjZJNDHY4AIL4","p9Y1EqF1ItfHbHuvontJo19PX3S1FAviCcoXwMrRVzc","M4wssEUrQ/yrRk4fxGYowqy5AZ1FUH86TNKxfP9BaXE","3.14.0b3","20250702","R/Ic81SB5bqOTms1xN1UmwRj0PHcJBNNbn/MgyopKGk","l0uqDdX7omj2Q2VNngyPbgC4FgDWpLQpInfwUGPPQJw","Juxml7uzjD+mJ1554RCFSyWFkUylA8ZZFkeOfKjQSRs","Ag+huyVrGTRtq7NYAL9a3PNK/nLNdiEcKc9/+WkJEb4","3.14.0b2","20250612","3ql04lCvz0wok241r1AlByKVpxHXL6Ze7QZ5Fwxwwng","NCjAgYbH/4O+J9scaEyf6zsENJtxf5xpBBX9h+ypqU8","TgIri3obKYaqV4D640taiaGsXtEb6gwzSeZ0pst+McE","XxmjpQCYJBzKEJP7jbTbC7uj5voUW46lZ9+Kndeaqdo","3.13.4","20250610","shm5PDf/7+Rklf7/bZlgSHBoMjB95FTvpgoJs5L4h9s","ogUipDbHITA0mLb4Ec6Vb5EgMpgxjFVtE0kLbyKXKPw","ZKt6yMiAAtm6IKkvcpRb+jUCaOlEp5IlAK910gMwV00","AAaFZzcnbQt/8ZWAmtSI4iqQDLo7+82vXPpi0FFfqHU","3.14.0b1","20250604","vtyvrLlm8CWbMpRDiAOa2QbmSViPkcn6iJLIxY6xDtg","t8RC4gFSHneBOKqLQ1AokRg/0CsLS1U8kYIT3Zf2pqs","UMDUsBCtUpFeZCUzlpum2Rkc79YqjBlM1OdBkJ4YiK8","0YWrXYAX7qv6JL0um0aho1A92zdKwndcKmTXJaPHXVg","3.10.17","20250529","y0WkW8vfAKSAj0j780T1l6AeZsXtg6fjiIg8hoRL0vE","kH3vkHyAzieVVbMc5Eu2rN6qjOYTHcWGoe9rjuRK1GE","3.11.12","b5ROd5fw/KOFnbGaY0TwFSdhbq2wiLW0w5dGgvFE+ds","rU3sAkgLeh/yz/Y9ldBnUHem+HH9fJgjTiHnIhCiWqQ","3.12.10","8XGvV47Nu89jy7Cr0I84LfPg0JHpjDFhs/hM2dCswP0","HTEiCYHIRGrOAecxo8eExboGB7ke82qSpekSeHZo1ns","3.13.3","hPCkc9ynbh/Q9ZBiVr5HrmeYAhU2qPX5kDE1Tmx+oI4","1hdPoMMLe2hjAY+GHCuZqbU96B3mVlOy9DS3BLzU84w","fcx3+L+4+Vizs3WzCnI3GwrtpemXOromnwQesJNwXDU","a1ZAbWfw955VqpQFSQb42NxyXNdQRVQAQYssd4p4lLA","3.14.0a7","QHI+N3Ze38L2dLfJ0y66Sc+S127SPxF5yY30Z/Htn4c","bPtBLH48QcbG9U701xTBXardiogykHMRf2IwadUq5jw","pXp2va1Nuzb0EIUl3l+Z7Zr3mpDnVTV7jFuDsXLnMps","EMom39LVDkTx8YfSwS3EikvAnyb7elXrxWLvR05fQ/w","3.9.22","+7SlD/+xnV4NM/zVNHTG5wtXjSDYC0hBvOsi31liCPo","GUMNkRtvFQh2QUsJIwAptM54IB/7AhZtyHnpaC+pW3c","3.14.0a6","20250409","oYfSxQ9DCVyPUbNLq64cKR7hpC1nd86Ni81YUXZS+Yc","SXKLlYTGPFTJCrieZ4W+2ZyL8jHQZ0Evbg5eJm+0+Ww","tL9biF+mGyUqNEoRu2rCHwhet/O6jmxrQbh5ZhgQ+GI","SKgPTEJWbyXNfmmGVj++0Hjm6h67AyjpMXgwgllM40o","3.10.16","20250317","7NHA4tdPJxKCUfLF9ByxB9Tv2TzHrs92pYXXUkSsTwc","VjnyVx+1/0yoXGj8GM7s3HSN032iMxCMyhtE3oblnyM","3.11.11","e3s5PFPINxUJCHpg2FjuJWe8Q5vaE8gVZGR/efOQUiQ","iLJ2cE3rjjuWoHhja7XUWqK8MFmVHO2KKoCbgM/HaVc","3.12.9","GkFL85Knr+CMdCUCqC7dQYk6EUTMvOsYTcXubunAacA","S4QwcFQCtxOsB+7oaWb831F6x1QIhJsnlsm0kNwO23c","3.13.2","5akE7PtAYTiXc91lXTtWZUR8gMvylI/LHAfpJxbu2VU","3rxnMpzrC+p8GToOnC47e8Cq7/J66zZvjdoLGzRtqyA","DXPkNI2NS1FZBYYJ0jA3BRkEBbSF3QmtBdhw1+Dzbg8","lo2GCpEn3tNhpfHo67ZPdQuEMU89ZZlbDMI6hV4+VIQ","3.9.21","kqbC6zrCo4xdgRKsryFjpCSA7io3gVC7JDD+zWCmBUM","IdBmIR/es6zF+F4sNH2kPJcQSIv+0cYpeHP4vo5fN9E","3.14.0a5","20250311","k6B2abZmr3LsJRyj/KgDzhRk4zgR2k00dOLch+FZd0s","5h5YorAO5K3vTlhq/Vb2Z8kSjYB7g9XEjavQyDYcM8U","DUFREuvFOUmtEvehMZNTYFve/i/Xh3M6Sp1OzCDiUKw","ugmyDDMlklSg8Qg02l1Rhd2tRsdT1OyZqDBPk11X1Rk","3.14.0a4","20250205","ommA0k4nCAAiuDWQ3Qca6/OmlrjEIh6or0ZW453JM/I","qZGK74d8t3n/BlpWXK7Fvu/8Chstuv2bGeTRTJBOwpA","LVBXgFVINO2j8LvdvkQ5D+trjnVU+HSRoxakYkhJDqA","/mmXGamL18QkhLQCjPnuXiJXeG/zfw0cYJXXt/2u+cQ","3.12.8","20250115","n11KcbkVehYM+KjpMVhARVO1iN3UqU5sVHU8JrA/7l4","0OZxtAKGvxoKfS7hp9OVWYcXlNi6cpRryGG+MRXIZ8E","3.13.1","JuDVMgv/fRQVMeCYSfBzXGNLujEAPtawibm/Q0MSp3M","mauV7hJXcdoxUN2KNycvoQjDZVyRGJxHbBPuRMzXRp8","avAyC238nnmE5QbW1Gd+vYZKq0A3nWTywMPCEpLhiyI","Vl31jH/b/BfReOomZMU73mdFtfv/Z8kR97kGiScaDuA","3.14.0a3","20250106","9dpU3eyIZhE8soCeHewOwPRhehSbIZRdp7jI9cyrjl4","u41wt5JZxIIlEfsJDOAqdHAxb+B5ygRighwHIVfcuXY","NqOT+NUdVl5gqzRxxnwd0CncD5v7abwKiQ3GCldkwN8","R0uBASyRZoErMP+2IOBWt0boomPXJrGq7k4S96pxRnk","3.10.15","20241016","DZUvojQnlFI+p77ualjnnmIEXQ8BgxTOKC6fLxQn7iw","J9KyAynuDYuk15dNUtobR4ZutrdEq5Nt1IVuxL8GZJs","3.11.10","V1tJp6pk6XsG3mBbfpRwM78jELW8X5rtuYWdR0UDPZE","jbQ/o7JUEh8OIA5KNTgmdQeO9xH0pV3nEex094uAalI","3.12.7","hIQFuSvaIPrR+bupkjTH0/EeCzHkb4mDXRyz1zXpMqo","U2Zm8cnkrWYgDL3fiMoqJwB1CLpuRoXhdD+VMOaAuqE","3.13.0","QGZkaBvUSvNXVq0I9TBPHsVwcLt2+uj/NX/xd/IpsiQ","KZvBwj+tlMhhp+hL62pZ5fwuYcP5F6CoW0n5ZeWbZZQ","Lgff6mL+IhVzhVGhech9vtHMedGzZU9NdVmImm1c5Os","zpVi6D/kbIeXzk7hXuqGYzPHFaha7xMMJ96BXW04bY0","3.9.20","RA9OvGUecH7STV3GjTsLIZfn+zabt3aFsbU52/MKseU","VncGF2IgCMZqRcdfSPnB5mqjpQUudyglUE7F00OcU+0","3.13.0rc3","20241002","D1+fz4IJPEKLgMVSFlVEQ59K3NvlEp7Pch1hnlMum14","lZ2MAd+ccRC3lhKQrmj1syGmsuut8D5Qi9Y6Ap97lX4","3.8.20","N1tu6tbIUsq788z9Q9xPbdTDY4G/dMmnkQrLg5/VxX8","HADLSoGwfAj9/P47+o6H7jr9ROL3Xi8ov71FnZ92DlA","3.12.6","20240909","sQ0Z61VIo7Owpeb5EJg01+z8E5vBV1T4GpTTnqpb3SY","GLpClH4+SjGg15J40eKfHuYOUE48QSBTyo5C6GTiFpQ","3.13.0rc2","lxZorH8xaO/E0rWJ6dNiR6uMqflSXFbIqnv9N0BgEFs","YF1jkpqGppilIqTQVpxBb7VOFs0qsazXnu/MNP+JeKs","3.10.14","20240814","RAT0TsacBwjU2I6Y85wsH+O9Ri3GqVi2Cq9jAoVQxIU","0iZKkntXZVwk+DZrZ0UocVtcxku3B+ADVXfJCwDNTno","3.11.9","yGgPkBN+NrVLNjEnHM3+XeNj59Vj2N+HxT4RuVagDgQ","dwxmgFsfpiYBTniN+BFnoX2oAq/Yj8yq1K59rvEOVaU","3.12.5","San3rUHWLg7OnmZMpa6V8CLnto7vSOim8RYg7JJHxoY","oy6b+Wzlz8i/4XOmzUbRHtzHrxqGgwWUBu75KHAQ/90","3.8.19","GiQmOwOcEXK9QtdKVpRJLz49vk0+UqHnzChW/ufb7ko","enFga/MrBAcCl6LqGNMadDudcUVxDIlgqNOHegrLZfg","3.9.19","669DNtDL/0RmyZTVvKqSo4yR0GaU0M1nXsZjJZ1fN8c","u+kaq88yKBpmxteGVxOD+6Wr9AM85HQnVQKjMDJYqb4","3.12.4","20240726","nWjL3RLR1vmNNcx2rdIywS23XGt/SXM7/8iOexwCWnk","2mueNID5hcv1Lrc7PTJmXFlWqKeO8aEkuF5L7IWOxEo","cpython-{v}+{b}-x86_64-apple-darwin-install_only.tar.gz","3.12.3","20240415","w3oi/Kj1fURx43CN5tEwl2aMXxYAZ/JkuysY9STIkMg","iotlyTWOEOce0WEcSk4WsYXQnLevpSH+SPgBnU0B0V4","3.10.13","20240224","Y3jf0i9Yu1U92wK+KDBNc5zXMMH5XBXHSVXJI6G8PWo","wUjzqWa1bQelgWTJnfMci7v2POj1a0rd+xBxSE2k+O4","3.11.8","CX9Geww2cGv+wT8Zmi6vkk5mj3DG4r0fE2aAaWL36G4","CuFlwGKUORyOZ5JkFkEc1OrX0r6f2lPvbbn/QyD1uqM","3.12.2","pTpmcKICyW/sC4xVzMeA6jr1MH64kmjVtBqXdbEJwJQ","ebNYOFjefr6LYSsZEujK+SUW5IS90EYenUfYtb0O4gI","3.8.18","fSzY0onV483QqMBsAox8Yh09AM5Et+LwjBckrgRxxiY","GSJr0gNhch8Q3eXexIrMe3SxjCVGEo244mjYVa3et5U","3.9.18","Fx2LRy/OApW+Dii7cCxD1aKjn+zLPnLv5iCsOEPD5AI","ayxGZkpZkNIrLJBBAbofFQSr1Uf0s6XZsvHqjpk/BA4","3.11.7","20240107","oOYV7vH6/cdC2gAIQlqQMLfqaKSuTnOsVX7yexEoNtQ","jjLuwq3AKEvW/vVm9mE+iaKymRS9z3hWI9hWaPV59TY","3.12.1","7KlhWMFWje3ZoLNCU3VjeoN2TR+nREZDgpMImov6wfg","Mook7l/55GZj8LypsiEjXUIajGN7LqxXc6pgJIEeQjQ","3.11.6","20231002","F4yxcWwqvCXLVq6RUJbBoIPmCr66V68AGZbovGzho3E","pFCG+DxXlFeo5QhJwO8L+NkmRb/xci0z70nEGEAQi74","3.12.0","Wp6IyKpStgnVVnd7UuveRkrktPd+SqxOtpOvVzlcmr8","ggwV9Sbdj9IA/8RCBFLBTVxhBlSiuxfV4H8dzvWYABA","3.11.5","20230826","Sk76c3jHLx3Y68zhr7mbJMAbBwI6prj+pQ6u21C/K/w","LkVYhHXBET1Sa9MF1ahG0/FHm6yJDy6IauuFcJQakPg","3.8.17","FVsGghYHuuGljsxgp9A2s1jHZvGeSTuIdhkHZciDpcI","0jfJddl7df363TnBbP/lK8prNw7WFhL+Vj01MKjfu74","3.10.12","20230726","im4+2XOmcd5GjZxpHtnLLDpIWMXe//zwsIlp+6nB3QQ","v5wRbS6RvTzryGTk+PE0mxxrkR9WGB6nudFGNMialOA","3.11.4","R+FVfZOkJYWXJ3LoJmEEfKX2CCkxWKyyd43M8SDquwA","tt1BJmokAOWXqtqbBlp7Ulo/ckL0o+FozXBFld4gTkA","3.8.16","KFBuUJZGwRyy9XpyA70bCLbo5bFZrjCL1buTsNM0va8","a5f8UO2VRQXhsQLrF8RhH3tqUANpU7OYi9yYVSbfwgw","3.9.17","3+G+qSyUuct3koiwsG45FXxf9+RlzdJAMqwUfCr0hcA","qerxGplPJ8CcExgR1EM7k2W2UhlSy1y1R0MiIhghIgQ","3.10.11","20230507","vT/G5NpvQDPr8Z1mcE5zsIBMImQd2uELvjR8SPgjdK0","GCr8J53DZj29TtMulFxCQBl4URpBVnbe1R0wzi0ZC2Q","3.11.3","9xC41gYhMIFJwQDVF1/sOSdO0LnJlkVIT9k9FxbvQxA","vI0U20bWH4o79DC7+VrmGXuKYcQ4wZfbSd9piAXSEEo","3.9.16","OrxNX7vID1+EjygJJ6xdE96NwDqrtq5l2CR8u2jm9r8","2nClDcYHpSjCXzHmY2qBruvzcvlf+RqaK4yH00aTO54","3.10.9","20230116","DmhfmNzg5byNqTxwgfTmwQIZeS4iPktYhnMP1zp7pMY","qpLJOoWwKQxIew4VXUw+bKyIJTjJPpquFKMPBrJ8zUY","3.11.1","IKQgPQadybcQ9wsJ59os5vRz1rERD5U1+29MRp7VRzM","/WU8w82MpkN/niBGcZ0Ud5Tu/7xRkbHpWaEcM2QW+Nw","3.10.8","20221106","Ult5x85d6Qq2a9B7CsEAi6+hR93IpBvvFf+3ycHp58U","ET5Eu5IfcuTO6q6xHLh7hFCdruyMPG3oH7UBcGKtfoo","3.8.15","cLV/KMK14ePdifDTDt1bxBTosgGVdmzzKOGya+14kOE","uDBWGyqS8INXzCDJiGrIe19Nd9A8yphpN1b0dzsBmYA","3.9.15","8ryt5vyXbEcvGPKzIE1nIC1DrlXPb55nD5XkiPeA2gg","9ML88hcaEWXwV71Hd4cSq6bGAYcFb4LzuzmxXvHq8WI","3.10.7","20221002","YQH1gENFRNKNVZBUMCmnxr3wfvpLzbXky+2zzYMkGSI","buPHhTHj8k5A+5myOsRU9DkeYwznucq5H4ff2GWsjgM","3.8.14","PtTbjQMIxYQZbZfGKQWOppu9i3+aA0z4wscB67KGwJE","jfGheUAYz/9e7PTZ0Du5/Lq6IFVu7DmMGcbFWLjMeNA","3.9.14","t9Oh9LV+k1BXHM7knIL1AxM94NETotuuvIzPEI+z/hs","X4D7pAKR6VS2i+jiZzmktdE0mdSpZeA2mZ7SgqWQztQ","3.10.6","20220802","dxhBGt8+oUgPPwGKZD6wVQKCrv455eyz82OkpWapOYw","Dchf35GnK0D4Wi3FW9uTXlQA/MLPWR7l6Neh0j5ZOXw","3.8.13","zW58Cifa998A9oguq6AUkN2WP2mOma7ulwaHczPg32k","f+PrByBa66Osp9YhZ5pZHFwMLB0h8kbNqp1sE/He5m0","3.9.13","lUCn77fIpUpIr/HLlIDklYjZwKP5NK1T9bFnM4F0r6M","jGt4B/KoKhjYAtcfJ3aY88i0c/W4iUmf9/FPqK4ydFo","3.10.5","20220630","7KBYQ5fZo+9ve7MrBHYxiwHIm3sKAx75eg3KpbpRJ6g","voKa0G3KEQifBF3h+duhxBzT8Mu0+U1iaMeE/1Eeulw","3.10.4","20220528","xKV6E7CE1JzowutbJmLuRbDFWwjd1pb0cyM7B4fwOYg","iK85sFIsn+q80IYFooMbGoGh9tVnXGDRYv6sJAL7t18","3.9.12","20220502","JFO6f3az3zMQNTtIyIHWz/YiugbjDStq6RWIsryeSBo","pTp7Ep5EWAIC/y2i6I6qY3HCZpdXRob9iPuJxicwNj4","3.10.3","20220318","7C6QtqWJ237590NYsUNlWBZ2Kfnk1yXIFQSW+csIqdQ","Q1/vP8v4Xn6azeB/8utpkcNwSKmZ0B/1RVOd4/Xz/BQ","3.9.11","Q4idGkJMhPsVXhYZ8GKttphPvegLYENhF5DyK8vuwwA","kTN2T6cLeOG1Ub0aMupXLF0OVN5chCNn9BBj0Ll1hJU","3.10.2","20220227","gUatQ5BxDsabMWpWSZEt8CR9NfSkLiqpYVv/2Hs+I1o","UMCnEG2IWZnD+whkyQ5HMV6iF2w6ur3PqxbETKkyNxE","3.8.12","8yP7xVgDXBOoXOImfQ+tnokoImjsuBDjZP/x0KB51SU","vAczE9PzidrbqznHqqc0592O6DwJzCrxhXp0IZ4HWsY","3.9.10","/a9ZQUJEYCnjFKm+uR8ax1r4ZjILULi5aBgeWSVQzWg","05o5k8SwU+h3T7aPxDfjOdeqn7FTJKL+IIMexA/quJo","cpython-{v}-x86_64-apple-darwin-pgo+lto-20211017T1616.tar.zst","3.10.0","20211017","dD38cQ1faw+6kYOWI0HokHlLlDkxrNHz0PdqM+vzSYM","cpython-{v}-x86_64-apple-darwin-debug-20211017T1616.tar.zst","nHK+ZQ5oLulm1QZIU0WVpPQkBPJU+X+G8CawwRjgxww","3.9.7","EsW84bSNK4lgSewlJGSNVCnrqYJTm8Vx1DwaLsOZdjA","5ociVYwsWgYUwq81MM9Z+KgXQ24Gwm3WlAfNn2fKFtM","cpython-{v}-x86_64-apple-darwin-pgo+lto-20210724T1424.tar.zst","3.8.11","20210724","pCvY8jI2z9JH3l5DVrGPkDmFdXfBe15zv2Lbyrxdlro","cpython-{v}-x86_64-apple-darwin-debug-20210724T1424.tar.zst","lg6ZCRj8yFBg/5S4DUCXQHrz3gUFbIM33E0AflPw48I","3.9.6","Y7mecdQ3GO1i7yULRZIfI/BNO9LU4Dkg5J4c+NI8U44","5CD0ZTRTlZwAQ37xYan84SzlAiPMg0RMMjnCtLhh3qQ","cpython-{v}-x86_64-apple-darwin-pgo+lto-20210506T0943.tar.zst","3.8.10","20210506","jQa+wI24zdD2T08F7oks8vy8WM+x3WnaLKq3j6xCAjg","cpython-{v}-x86_64-apple-darwin-debug-20210506T0943.tar.zst","x/6p300yA3E5GXkc8TnBCVoEK6Wf5Yz4CoZUKPrZMPU","3.9.5","REk0e1x//YQkh9VT2fQ5PDZVppcTifLF9fQURLSCTNg","2ZByVo8uTbMPUFGybLiIpLNqySjXazNWNFR+C7ILaKc","cpython-{v}-x86_64-apple-darwin-pgo+lto-20210414T1515.tar.zst","3.8.9","20210415","6RWyx4JNHtkwoxSRKkDar0ZyIAuaBou3VCuutIrfKfs","cpython-{v}-x86_64-apple-darwin-debug-20210414T1515.tar.zst","k/ltP3W0uv56Mz+yc59P+0vqKY8tKnx9KvJJFSVg++g","3.9.4","fQ/HD+xH/wAfGS+xLTBwuJ5NhOIXRcjzA1AaHcO+zeA","NrjLapLjVb+WKesGWirX+xRXXhOSjdDdOWV9fPa9vL8","cpython-{v}-x86_64-apple-darwin-pgo+lto-20210413T2055.tar.zst","3.9.3","20210414","it55iGxTDaZP7ZmBFL88ngDH/5cHp0QApf725Xdo7u8","cpython-{v}-x86_64-apple-darwin-debug-20210413T2055.tar.zst","1dE20eHnfuPU0wd7/OWvVmKYVr3A+pfJmQsPiTRGnqc","cpython-{v}-x86_64-apple-darwin-pgo+lto-20210327T1202.tar.zst","3.8.8","20210327","PDUHBzcOlLNi8G/SvLffy/UlQd0Bo6nw0AXiW2hTjQc","3.9.2","dI+OF8S9F4Ngy7yNJZVzE0xI7GJO8tDPQf/jGj7gPEs","cpython-{v}-x86_64-apple-darwin-debug-20210327T1202.tar.zst","aLJCNGI80QVpunHNWso8Q1MwsO9KuCwJvrf5CArfS4E","cpython-{v}-x86_64-apple-darwin-debug-20210325T0901.tar.zst","20210325","PGsJAZs6Jr6yvZYdWCuyDOTns9UyEK37lQ/P/Ilypd4","cpython-{v}-x86_64-apple-darwin-pgo-20210103T1125.tar.zst","3.8.7","20210103","12MAu3lnt+XjYaCSlk2GIxQf1bHkGrriDXrG+4flbJI","cpython-{v}-x86_64-apple-darwin-debug-20210103T1125.tar.zst","o6fUSWySjGOdmGMt9JENCSpaFCglPqejZN0JEk01JOE","3.9.1","PawrgVQhgOEZiZyU6lXtx346IQqH9WaGs4cYMi6Mb7U","Mbvt6gptFph0BbIvvdG+u4vPaATAH8TYR3+nCzdnFlc","cpython-{v}-x86_64-apple-darwin-pgo-20201020T0626.tar.zst","3.8.6","20201020","4GgH7U1okoY0smkKhup6E9M5wP/zgIgW6Yxka73B95o","cpython-{v}-x86_64-apple-darwin-debug-20201020T0626.tar.zst","E+5afXVty3Vl7HCdUFRjC0fiNJSXa3kmANUGoHesYDk","3.9.0","0ewjRZ9u6/iBp8W/Dnc3fGfWCt1n1X7OYxbkJavmlJQ","jVc1gzukQehaT2YyBL+B0ZJlPsPu02G9jP2y5ziAWl0","cpython-{v}-x86_64-apple-darwin-pgo-20200823T2228.tar.zst","3.8.5","20200823","Ww0oSWzsztBnYW9GsAbw8ZPxLQDW+jERtLWRgPGsHFY","cpython-{v}-x86_64-apple-darwin-debug-20200823T2228.tar.zst","ff0jAB1bwKHcLs4MNv1lrB9jUK+h7PxgZ9YFixvhNIc","cpython-{v}-x86_64-apple-darwin-pgo-20200530T1845.tar.zst","3.8.3","20200530","rfmK8PC6j1WoRHbggAIQtZ7dZ7uYgAvj68XR8BV/8B4","cpython-{v}-x86_64-apple-darwin-debug-20200530T1845.tar.zst","CvJEzWKkR/sLcfUd3scEBQWmMLliK1Du+FoDfaMdVqM","cpython-{v}-x86_64-apple-darwin-pgo-20200418T2238.tar.zst","3.8.2","20200418","9uEaGMP+hBoaRfw6eG71TBVAxIqnW21HrY1q50tEzh0","cpython-{v}-x86_64-apple-darwin-debug-20200418T2258.tar.zst","q8BQKH+Na4wgDSyUUptamAtE33c6CCQO8GIFNW1YVlU","graalpy-3.10.0-darwin-x86_64-none","https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-macos-amd64.tar.gz","24.0.2","b+fEbJ5PlYIX9Xavyri9Za1Pt9qr8tJTU6t6nKRcAdI","graalpy-3.11.0-darwin-x86_64-none","https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-macos-amd64.tar.gz","24.2.2","L01efb35Djh3jfy4yj4ex+7iV+9yaxk31byRtUzd35s","graalpy-3.12.0-darwin-x86_64-none","https://github.com/oracle/graalpython/releases/download/graal-25.0.1/graalpy-25.0.1-macos-amd64.tar.gz","25.0.1","ELByHVI5fwzIXwOJADGNoiA3EcvPrniZ4/rtSdPcYiE","graalpy-3.8.5-darwin-x86_64-none","https://github.com/oracle/graalpython/releases/download/vm-22.3.1/graalpy-22.3.1-macos-amd64.tar.gz","22.3.1","JK8vRBCC+tKqVTzeGh1jVtbFygpnkfeRBRJZPc2QnQk","pypy-3.10.16-darwin-x86_64-none","https://downloads.python.org/pypy/pypy3.10-v7.3.19-macos_x86_64.tar.gz","7.3.19","Y/nTDN2eR8/ieb6UGXWsPSTkbHl1bNHRvSxVHCfYsyw","pypy-3.11.15-darwin-x86_64-none","https://downloads.python.org/pypy/pypy3.11-v7.3.23-macos_x86_64.tar.gz","7.3.23","eYJ5sPIziTriJ1QpCu3zWhrqHskBOorYEQ8WbYWUTJE","pypy-3.8.16-darwin-x86_64-none","https://downloads.python.org/pypy/pypy3.8-v7.3.11-macos_x86_64.tar.gz","7.3.11","DoP+v4kavEie6zrismtGbzfbThrskz0oc3imagTg0Fc","pypy-3.9.19-darwin-x86_64-none","https://downloads.python.org/pypy/pypy3.9-v7.3.16-macos_x86_64.tar.gz","7.3.16","fqdiobCvdUWnTNQmC7P9KBKBPe/+8u+NL93V4D+mPvE"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358],[0,359,360,361],[4,359,360,362],[124,359,360,363],[17,359,360,364],[0,365,366,367],[4,365,366,368],[0,369,366,370],[4,369,366,371],[0,372,366,373],[4,372,366,374],[0,375,366,376],[4,375,366,377],[124,375,366,378],[17,375,366,379],[0,380,366,381],[4,380,366,382],[0,383,384,385],[4,383,384,386],[0,387,384,388],[4,387,384,389],[0,390,391,392],[4,390,391,393],[0,394,391,395],[4,394,391,396],[0,397,398,399],[4,397,398,400],[0,401,398,402],[4,401,398,403],[0,404,398,405],[4,404,398,406],[0,407,398,408],[4,407,398,409],[0,410,398,411],[4,410,398,412],[0,413,414,415],[4,413,414,416],[417,418,419,420],[4,418,419,421],[417,422,423,424],[4,422,423,425],[417,426,423,427],[4,426,423,428],[417,429,423,430],[4,429,423,431],[417,432,423,433],[4,432,423,434],[417,435,423,436],[4,435,423,437],[417,438,439,440],[4,438,439,441],[417,442,439,443],[4,442,439,444],[417,445,446,447],[4,445,446,448],[417,449,446,450],[4,449,446,451],[417,452,453,454],[4,452,453,455],[417,456,453,457],[4,456,453,458],[417,459,460,461],[4,459,460,462],[417,463,460,464],[4,463,460,465],[417,466,460,467],[4,466,460,468],[417,469,460,470],[4,469,460,471],[417,472,473,474],[4,472,473,475],[417,476,473,477],[4,476,473,478],[417,479,473,480],[4,479,473,481],[417,482,483,484],[4,482,483,485],[417,486,483,487],[4,486,483,488],[417,489,490,491],[4,489,490,492],[417,493,490,494],[4,493,490,495],[417,496,490,497],[4,496,490,498],[417,499,500,501],[4,499,500,502],[417,503,500,504],[4,503,500,505],[417,506,500,507],[4,506,500,508],[417,509,510,511],[4,509,510,512],[417,513,510,514],[4,513,510,515],[417,516,510,517],[4,516,510,518],[417,519,520,521],[4,519,520,522],[417,523,524,525],[4,523,524,526],[417,527,528,529],[4,527,528,530],[417,531,532,533],[4,531,532,534],[417,535,532,536],[4,535,532,537],[417,538,539,540],[4,538,539,541],[417,542,539,543],[4,542,539,544],[417,545,539,546],[4,545,539,547],[548,549,550,551],[552,549,550,553],[548,554,550,555],[552,554,550,556],[557,558,559,560],[561,558,559,562],[557,563,559,564],[561,563,559,565],[566,567,568,569],[570,567,568,571],[566,572,568,573],[570,572,568,574],[575,576,577,578],[579,576,577,580],[575,581,577,582],[579,581,577,583],[584,585,586,587],[588,585,586,589],[590,591,592,593],[590,594,592,595],[596,594,592,597],[598,591,599,600],[601,602,603,604],[605,602,603,606],[601,607,603,608],[605,607,603,609],[610,611,612,613],[614,611,612,615],[610,616,612,617],[614,616,612,618],[619,620,621,622],[623,620,621,624],[625,626,627,628],[629,626,627,630],[631,632,633,634],[635,632,633,636]],"others":[[637,638,639,640],[641,642,643,644],[645,646,647,648],[649,650,651,652],[653,654,655,656],[657,658,659,660],[661,662,663,664],[665,666,667,668]]}', "linux-aarch64-gnu": '{"strings":["cpython-{v}+{b}-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz","3.10.21","20260814","aGB37Y1mjjRG8D8gK8PJmVXTUKDbCs5fjORfG0UbVLc","cpython-{v}+{b}-aarch64-unknown-linux-gnu-debug-full.tar.zst","s4guc+IhffCUSEYF29DiUzNJFQSvq7zrsuZ5uI4zGxo","3.11.16","aiUPXJMm7rqlKNXRMs1m69HXVAz0WscD8Z4T9B0b6bY","Y/41zxtmq4IKevU+CUH7BY5TnQh8iaahBJkVhg1LEb4","3.12.14","LY4X39cyECz+sY4OH6Z2myTKoDThWZgRKVkP5AnHFXo","IKh+RzYsCNsVB5lp0XiwebY/5KfhYpsi5Trqk0bapCM","3.13.15","mF79eMHGUhs3n3xkwqJeahEw8HRB0a+L5EGqBSYIhqo","lOnW3cvRFdJAw5Fr9RnHKobaPLX6trLT+L2nUaNTSN4","cpython-{v}+{b}-aarch64-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","2RH+VxMO7nmoMopDczDNkME+Gx/AWDYEfFEV05jIqYM","cpython-{v}+{b}-aarch64-unknown-linux-gnu-freethreaded+debug-full.tar.zst","RP0GadU3oXPZEejSFrY1c4gRtLSG60uaJFbpC3cPs9Y","3.14.7","ht+xBrMD+moZkffaQs7T4RV293e+KZsxYuBmF7bSJUI","SP+/Z1u4BjxGZCyBC9fHvmCkiF+dL1WfQ/4UCYXegLc","6tlGm1aT0X6sW3uYgdRPohW83SGZZyauAcHBaLiFH1Y","V+Bkwv7j29WCGIKbFD+9+hY0QrECMBu8TrgP4bv4sAg","3.15.0rc1","fLSS3DWL5mnZc5J+J0u8CXI1zAb728amarrXiyPt+OQ","ycI3DaKbFwNH1+c5W7GNOvsEiByoaJQLcekseLbIXnw","mGXl/X22cWlfNJNBJQnxVlUay1AOm2pEYERrZB0gVok","VxS9ZG/iTAkUCw2vl6Rfx2F2J4zPrfersyRnoYfLCtI","3.10.20","20260807","TMeD/djBvfJHv8DNWqpFe1HYgfSn1DPz9nRUT5rdQCw","JesmIbOLhzBSvAoCI4/8KQgKMEltGXGHz1wd9avhmog","3.11.15","IpDzqRFe4s0JKKf8Hz+RgUJwX7o++gTcZP/m5brjJF8","pfoxyXOeH2wbn0SBDaJ/2FvtyehvDJeNTpzp4B0VoaE","3.12.13","EecTrh+Wk4WQenZTPMVU9rLj8ahIlgCfkcP8hxA0oXA","RrPglKMk8OeXhiAxpp9C7/uU5sAnS/zA3Y+WKc6o8Sc","3.13.14","20260805","8c2nFvVZWpfnn3YPgdpxUOT2tK6dxJlotM5dbWS7oFg","AveaB8jUqStQ0qVPOyu+KR3Yb9LuoBK6ZYUaNcwXl2U","034hMmpyXG0OnyXmQbRKBP85t+FQ3cF4boH4L55k9DQ","mY85P71NvdZOzea7+lZGtuofDZtOSWhFk8xmm2zmmyM","3.14.6","20260804","itHsUpzRcIJF6GYaRjJF/BR5xDy/1m5YsJVFbr93GAo","ZCUFNF7ZhddiHCXCreUpcZ9JFrECIxauRohdPbk3qpo","shuL+cKrEyLy1GzZKsxCqs0uMtN14KEWcZpi9TR7kCY","XkZfsdslEjC7t6ngXcxzRndCTnB9Be1YXhSD6mTrsck","3.15.0b4","20260728","1OsX9ZiWp8bwbJG/xImAGhXWyrmiDvMmKOgD2yNznkA","yXxfIg5WYysdVIulxs62PMI9ZJPel1YnTVm6Itw7s0E","61Yj6BK+RCuWKfw8hVPtGWvZ2sjByiqYzkthukfnc7I","yi42PRtxYaPsoaQ40LJgWHjyDSH+3pqAx2Zsetea6bo","3.15.0b3","20260623","agPb4P0Z6Jjct6QTSXifvTO/pUjxcHYbWlQ36ti6WBA","a2JVAi0vke3xGmv5wJgijQxahjdFWcmET6YdBKcQRZ8","Q40xQt5hTD7SV4RcIePOE98GQqJlUJ/9g/gKlB1R1+Y","5Xm/YENOOZcxYkI7iIQfFfALHYDVbK6oYCr+Xfh4BeA","3.15.0b2","20260610","CXZvi1eYCh4ZtPPLlyqOhF0Xw4GTSOICCze1Ze5EtxM","z6PEYirogZWKM4DwcqPnlYfY5fjDCHH+AsTLOxL2tUE","Zhb982EAHYNc6b5I4Og3MyiUsqera+0jPQRh5U/wjE0","juljfQ+55BLHp/fOMom+N1rdoLQnAoHmg9yd7cpNZDk","3.13.13","20260602","s5bDB0jEqiyjmQRk45e/BM3TKBpPBGSorRedr5bwgOI","vqeF9bBq3A3/UymzWistLA7q/sj5VkRkotGIVY++nac","4o+luvOhJAjnXIxBxv7SiFKqZLbOxKeQfgTjn+F1ydI","l/QKr1VDXDIBnrGkux1+N6ZP6E+MaoW2U0da7loN/Gk","3.14.5","HT6hs82bjz1Tr7Yp6C6byPbatsuxp9I1JL2GulvCJXA","LQbtzMVPd2wpBLv2hn+CyWQKyTLWPiCaaYifkCsK8eM","2IQP3y6r9BLoyxfNaszJSgfNSzRUJMQrbf2GeUMoQus","QQlF64OknQlvTMW/eK37W9OH6DKMDOOD/33tZq8/yo8","3.15.0b1","20260510","h0Zn13XavKIxVdTfmnw6f8tU8BaGGQiZ2HRKB7v0MkA","H604Y+CussyvO6OUNu6sHwQxY+4DcMllrPjbQaZYpGw","2vBpSyI/cYvsc11ggPJALdqa6X1nNtTJJolsKUMKkjs","5B8W84sRm0EOtySWFn/jNIexOPm+r0ar+xl4ggco5XM","3.14.5rc1","20260508","hV4T0zgbro2CPtOj4YhVi7hnXypiYgNayJnN1OVtE14","O21MSkR/iKeo9iXNcFUD26TSIoF+1bnD/3RZofvEvno","1RmGa0aGn20pU0pwNP9LI19AMSjlgvyfchY2Flbvkn0","80MoxVuPX+6DFeSAP0L8/rGTwNOIzv09gtMawBTzDiI","3.15.0a8","20260504","AoSCY6YtPbqD+JzvpZ/mtkcZQGnYBOo8BUEp+8CRzDE","ivhkg7+XdMQzL/9CjdXR8/L4kCCldjneylJLd7MZ19I","dR61ZcBtWMB+AgMrRGL70TN5EdhP2Tl6CCtq1bMNeEE","XoAn9czzLAmncSCITUBywuvnwCpdHC7RaaR3AzL2Wo0","3.14.4","20260414","uLWX/bL43M3FAsEZR7YKS2Xra855z6YMfM+bboNSxgo","CUIxCSZzqwC6qdKCktXf/JJ9DzEa4jgWS3LVDDo8KdQ","Yp3ZEZLGQlWvhSFQ8a6hbpjIzJqKEG3smpZVyGkGqSA","/eF6PphvOW3b4APHlSeVsjnLuOHGYFwqPGLWng3wlZo","3.13.12","20260325","P81QZtaYwWuyc1saGK7p5oSXYY4RXf6GBrJWNChxHR4","CrX3EThw2lzEwYqopTKPDlS0QTt5lEg2xu/KJGMuxOQ","ViF2y67fjyC/4wZ+byCvjnxDc4SWDhuvGAyT76giMGo","MP2iwM0WrWHfq6yBN/42gmsxewIcwkl7jLZlIG7LdFA","3.14.3","U/XRuI2DVX5rJdotcoiG8lLnYZM2rI/zEpmlnYIcNgw","T8422jJdY1OYKRE6qi1vovSnPqgYxX6n9KbwVoZj+rk","PcPtn4c1gnnKnp4a5VFk/pE9bzLov15r8/ijD4EEAKM","OjkEia65pJkjldS3XtuP5cPSd5ju8+4/tJ2wGyce7Go","3.15.0a7","Ftmq6U5UiUsDee5C1S1OQXRpjQ4SOGbsMPd3Z5gsBUU","z3LUeC29WFpVgURUlYW7gdr29I6WYav2Zdu0KnBZ5qc","za9MemPcquhJZvsV3irvxia12tfUD9DWn8rblu/VmK4","XStseEQTnvdXnk5N0fZFtKPgMnZ3vjKwNRbuLLKYXHI","3.15.0a6","20260303","mYOE7m0iZSZOeS9XiwHyXCUK1ymZQ73p6IlbT0kiOcs","sqBwnNq62dVc+lB5HE1y63IA9+kUL0Sjn5I9iWSR7FM","cpython-{v}+{b}-aarch64-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst","k3ktMdIjL2vyfgj7/mrsIhqrGkqkJGOsh5VA05m1S8I","p/jM3Fo8MtFX9vyZexUbFWzdI/+82nkG36ronlWTyIk","3.10.19","20260211","8pFqIPPeVQDfUSnjfdCiEygd6iniJuwf/n/s2xCVVTM","g4ybnHvPvomKC/qWq8yQbIHDMr0t5Q9Iq8o51qu1mrY","3.11.14","Lw3b8Ur3e7jCNI9R3N8dWeX/X1aepDM+OSU/vnbTdZc","lV0lL8QmMiiILNLLev6zuMS3hEEnzHQSbP6Zq9tbP9A","3.12.12","hf3GT+Zy3nM3GYpj2JkYA3v5O9sDSAQE2Q+PYBq+8d0","vl9fnp9i14mKHpN4AZ7bJun+3XGTbEmOOPD9yXrCNfk","3.15.0a5","20260203","uVhXgOb6Gdnhr9Jd4WZ7SQjkRZw9fVDP+PCUGwxrAZM","nxeTl96sSamDoP2bFbF04lphjFi3NmHrpXCn2C1kvNM","AE83aEjsO55p/1rNOy7SOgQ+BAvy03HVpBOvO1ijptc","cOVOpMwTToVOGY/QikdDrXa+X9sdWN+R/WkgqezJmdw","3.13.11","20260127","8PU2QtZRVQB8v6hgFyL5vBiaXIYz9U+3j8/vi8gXVF8","EVvHK52NnNaTUdDp0NVcD0U/K7oLCfyKzXMM7VXRozI","uMUYlDFpH3QUb65Qt9eUnyK+6XpJCFlmaOd2Q+q3ZAg","lqpfVdqYX7o5UnoXQnLJOqdW+35Yxws2CNd40hntr8U","3.14.2","HSQ7+rE0yf0+CZeAqBEHnYxhWCg73d5l3ivF9u2nT3w","DLNVzfW3fAmqsv1XZS3mYE7grWvxTPjru2jGTX90t70","zdaFRSlcUkwXvP5z/hSqSsi5lmepfv8/5G6iea5quHE","Hy/H9TM3OEJ0AQHMypR9UdHLLOslEcjgMO2WzqvzUWU","3.15.0a4","20260113","IfCBVLg3rxpCAuPPQpxVJz/AavTxdiL/OI94bfvSUQk","5Rhg4sScX/qHIZnHS2Ma017NTFp8ng7OaN5Qh3h/Klg","2TEdRssA9F3PUlwPJVl2Q2yzWS2gzwBvMAGJ8y4O4tU","HMqh61Z5/z3w3+FnUeoMPyC1+N1n6RrnaheDxZBxJBE","3.15.0a3","20251217","OsDLgAdZo1n4MMKh4DU1UmLgrH1b/ki0xSQoWxo/VCs","82UDtqYXy0Dp31grzUI33DaFtLLEAp4V/Om7AHINB1w","Vhnc/pq2RfwRFa7w43D+/ZN62jQ0zAGbOVfvSqR2LXo","SwWTIam/YqrMehZFut79ctyE5Wqo+xAgWZ2+6xQXwZ4","3.15.0a2","20251209","2/MIKVy2yGPMGAJ5CIUlTTcqFPfdFMU6u//FxubmSxU","IA+1cGQJZ1dO3J1DhJVNj2UNvV49UUaMWCFlGbxwGls","DCyDI29uKMED4mYKgr6UskWe6M/dkPXdgvDVA8oq7Ak","N/oRnktYF05W8Ag5+1ff043fQn6zTghfNJnPJSfcYvI","3.13.10","20251202","aZkRBbqpZM7rCAxN3ZYfYskz4lOP4QFQI/rTlxovbgg","RqUW8gt5idZ1iJQKMezeVKWUa2kAFUjKG6aeSkejbi4","bSdyIfpLFy4AspxxWMqWYZF7yNuaAISxoP9cOguotkg","L3gmfQZOCB2lrmZbG8EjSk+ojEOMTkW7eI8H6aNK/sY","3.14.1","oImrPIREHQsbGMVQqD9l96/0wKQxQ7h3tECzSRxvM80","4iFtDpVADT13bldt5p8jIui89UvzTl+DCz/uFckGUrw","Goih/iHrRD0oCZlGSxo5dgWnypUNirc4E8poaINUOaI","Y3uVUp8TD1yzcQLkpTwPsLr3cH6MAQfFn17ssB84h+s","3.13.9","20251120","/cXYBIi2T87zuZ8pdhj2jlN0wT2J6Iimar7/SWev0wg","nO1fXDc6AzGh6HAhVSwcqg06NiI18rMa0ud+tVZS4tg","8zPqquLQ8gjtbqqw49RPfpoA7zTENvDfkRYS/Cb4npk","mmNwbxDrn0PKgicawph3/UNEQBj8Doa7nUEQ/Ryc/ms","3.14.0","dgOxkF5dKAGRshRlmUdP412ggzyBoJUSwoubd+ZRgS0","Mu8QfeiOKps6M1LdYOw33ZFr/XXSNhelCNYuYKzYsyA","P7deoxsOO0uWfhDXtdgWOD7YrtyD72oLlid3eDgD7Cs","YgPNQPz4HY6bbZNL0FTNgAGgmKOoB4mR/qQ+NghNQ1Q","3.15.0a1","20251031","oZubH6L/V1CFcMNayBEKZNQ3MtMwA4wfUP7hua6Vecw","uG75oh5kqmwqrVHPN1U/0NrCxoSPTBp5d8bE2yCsL7Y","mB/o38bn4dD/76lFoY1cTHWbviFyKs86XMfmLxaqXzw","r+ERNf6eU15nnWAp/XGjclyoBWi2YP4Mdscn+vdj1MY","3.9.25","LxdAZwmv0PB2dN086SpLI8at+LqsP0AlVdGS4PMzO+8","1fg+nPvb0OFewGqVeFIgtFCyXaoF9m1r/0O7cxh9sxg","3.9.24","20251028","5NZ3ItE8lVswaN34RcSbXDzqn8+jKkX7HRvBqmyHJE0","p5f6wNAtb4y5m83m0rl223fGObdRO9ef76aPM1503sA","3.13.8","20251010","ak2Z4jJZePBjuK2JzKahA0CBQV9lWQsRVHV3jQm3Gh0","ckRIAwtB8A0iS7rrphNyOSK2aeA9gH3v6Tc1qmyeM3U","XPZVBltZST05I1/sDjDDOlGWuwHPdM71CQek8YyO8Co","X/C6I7RRdKYJY44FAkLu8WWSGII0I4gF8mU1fmgzFik","3.10.18","20251007","2GU5CfJEZlGqzySw6isF28sqP0xJKE78Wjq3UPfGGB4","bYyhOeue3UdnowU0JlqKcl4OXJMNacfnJ6lDMqA62UI","3.11.13","Wwi+VF1BWlYsrqthJV5Vg5NbM8ryHG6vq7TqfbhyObI","PsyQRudlYyqQgL3kfO3Z49G6yx4VnFnhPlva7MGWkUk","3.12.11","BdkgfkHDb7wtgKUdm9XVdO0+scYg6tSef81XzCtk7f0","1DrBZWBakRf4bnpuGM17lKuLggjG5XkyBEzJWiwA0n8","3.9.23","CNCVXFiT/hKszCu+TKP2DsT7L4L72kUmq1MIb2JXykE","Kjnvr1DJUS5RW9slulQ+zadM+03TKuNOwi2D7qBCPDM","3.13.7","20250918","CvbJoX301a/e83gl0MxwMmTBoKlNrYJbK2tpdbUkwNU","CBHzsyXFyjEeldflKtlFCt9vUoMKnDTgL/4xH6P9uQQ","mgcaeru+RwKOaUJvG9Ko7SF5MKNlqYBoRckK+NYorM0","0xeoWubckFyXaUb5W16HELuOskhZUA5kdXeMgzD8SLg","3.14.0rc3","OIAExPbROn8lDjIHyZ1QHp05qsP6wb1VMoi69qpFhlM","p9GrsalhNAfk1ebhv29l7QCkFvPWhrDpwFsfjD8ucgM","Y6/VTq8UzM9u13vf/yP1IO3WHU5ftFbjEy1FzMi9RCs","/CETdwp+iZcSh9RTyg2XgqSUWpBTWKpBeWU8ZiGL6p0","3.14.0rc2","20250902","AAujAsxHwDNHypoG+MwLRTemSbyfghE5Hd8wzq9FALQ","dzkNVWxIqZQhQQFNEKM2deAoBn09iBH17hsmQvD1+7g","f2940vZxJHlnIre101HBJ34Qz+3PbVzbuzJ12UUWQtA","x49uhUEvk8blFRWg8QsZrOoKH7RHGKwolStGsZuCx2c","3.13.6","20250814","YFlTz8JiEBz/XGTQ+Xyq2A5DrSda3y2esxC/blsI7c8","GqNtnZWOI9fMIXf3tcgshOnpq9BlUvHdKYDcGgdxEFs","KlTf9Atx1dUnbTvaHc9WR8txm3p2gLSkNXHmQblTtvc","bqhcBu+1lFjXDI+oQNdInzzcR71024d1IVEwhYlLDHs","3.14.0rc1","20250808","f0MXnKjuUB2FbA2HqNKbHnp9OLpS6cUGjPPOm9pZL78","B7jYP/ibZkE6VfO9Ld+0IEnmm4printRSP5Bih065yc","n8u4lHwHQhUGGHs/YF806Uxogk0/02LYTNHc3xMoXuM","AGIsFe/tX25BscsHCQObCUg6QrScvpe3jsNlwD2BWYo","3.13.5","20250723","ZUEvTZmWarngIYIRwUCEl7Xs0qQOG9Ehg6N5N8Jczk4","muKCzJ2A63X21YtLtAN72N4zV4jLY2b7aWxD+XfCTJQ","ZsIh4vhG51qRkVNKQigGMEcXjdv4CL5d8l26xtgjWYo","YtUlzBHA0hAJysuSet2oIzQxBdUWO2jX8wCQFnfxy/4","3.14.0b4","20250712","92+xqI5yL5yui4K5hRtzaWhYJSfYoSEqs7kYsgEs4KY","a/Bece888JLQ9A2ZLqGSAWMnRomS5eC3veisSNa5wUU","AlAoirIc/RTKqCYFbecgO6oZ7X6FGYwZ5tzdiyEkrg4","Tv+6VxHFf1as2e5vJB7Nl5TwIWlmVj8cxnHpSD3arZk","3.14.0b3","20250702","KTUHndQX2JQJVfCwg75piuJ6HWX5R2FMNs5eTqUJyBI","m8OcbGaaq6BHaQOVvwlVBiqoDttP2SxZraA6GKPfEjQ","sBzHQXNRXMNzPwr2K31XQ2TBxo2vOtdIvKR+Qyh3DN4","qqgaFPWUE3Q2Pdjw51oS5HPzYDaviIYADsdIeqriifE","3.14.0b2","20250612","bLtdUPosNLdrmM5o44ta4f7kcS+vTcfJ2wEnu6kSafE","e64yvIT6by2zRG5vF/u9gaa9dkbcMmW5Zd0f7tJmzzM","cpython-{v}+{b}-aarch64-unknown-linux-gnu-freethreaded+lto-full.tar.zst","9fz16DECRMzTRqqyq9wmUP+5AKQpz7cyxIhOI4y6F4I","uQapbP7efdqTbEAlbgQh5b0RUAYx4tApJ3WAVBmdpY4","3.13.4","20250610","/vbIyWJg7/klius4u/yQqdZi5oP4/mlGqUHJVAU723E","l5+uL0JYepuR3EYoeGeYxhQQ4kwmIJ02Zt3pRTETfx8","scG9arnvlbRk2SpqkRzvGo2fCw9qGS9pTvGO0V2ILt8","z/kquxHZnDo9eG8P+p25z/HxQCu7K4+lZuUAz9XyUZ4","3.14.0b1","20250604","oN3JtxT6cjaGkZAwiFLQzjqSkrbc+hRUTM7vay6aR4o","Z9lp2X2abO/HgPyJjr8er5C0ZSUS67YN4Uy0KQ9IvYM","UNrptw2F3CIioSkHwLwf1dOH3OctpRo6Lw4A0uiuL+A","N6kBFKRRkAeArRvCHAnkLoMtrAE1hicobvd6wPrAMuw","3.10.17","20250529","qvH9NwqzrjGAfI19Wv8LjSq7NwwS0XpWEXjOuEIxTyo","hFZuR7P8CeXYt9Udh2HZWiNaUhz8fmKucb6wMdCzf+s","3.11.12","rlvtY4+RFvrxtIi5BY5HiDVTjzp0i1D6KRnoMvs92ig","ww2B1FtnnCm7bIoarWhP5YyacFIOOekkTd8PNIPD8mw","3.12.10","I10GZlKKjpSIlvaMCJZNyN0UpUxo5cvUkkWU0uIPgbk","UTIQvpUCLsjJQw715rpzdGRVXMifkgs7Fp++JdgVQzc","3.13.3","rHUvjyb5b8WJROLDtlKLXtiWTnRf+G4q6/DuB/DJ0R0","JOaAa9Peb85sE8OjzwGWIBiKu2GvYzSEqBduGyAndXk","1NF4RvoNW9YXx05+egr0BYf3n887VxNiyX7uZtpNIa0","JJFdReD5wdr6yLzmBZ8Y0TTgVnqeOecvrRaG4WLuS7s","3.14.0a7","tDBjYyQD+PeI5iV++pjpT7Mi5ErqOTfeYZAPTpEoCb8","CLI4aeAHPDzFj23C7dtB4X69x4Jd7JHsQE3WBG3PSyo","54ktEtXwrepcadvojj+/LaiSjhcD43batVyKxjiJrYw","B7RGC3aRuYBzXfpQxb9UJqIb2FwvROo5aHfb2+bjm90","3.9.22","QncvYNPHO+Y+i1q6oI/8I+VkWIk/5XZK11huEWqPas0","nruvyWgDzVyOwl+tqgyXuHQ5feBskXR/eXdRVAfnXJM","3.14.0a6","20250409","SYhJyS8otvGxxd/oNYdmDv9axXTceXS62pzmhjTe1vE","zgAtNj9RnOSkujpyYIN9Bm25T0AQuO4Xb7pAP75cOBo","u80W07ljzOdv3ZqnFxPRxKfJRtRqdNrbJVFaQfVpwyw","B4ZWEtqduY6/xCOJm5svQTOMvDMU7gmFWuJcDmTxzPA","3.10.16","20250317","Xc0EhsQD0H4nofLCVoEBIqxdFT+SFDPXcRbfXH0JtMk","+R83MR8Q+mXAZj66hYgdMkviAP+QS8ULr3ludkfdndc","3.11.11","OoFXfpsc3fPZF5bXwiZXqtzK2o94+54+ZM6NK7uVxzo","2+koHDG/Qe/l0lzj26jc+9V7e2KrcEPJrdX2riMDZH8","3.12.9","A1T3Dn0+LQw2MI7cGBXFY9m64aMiGDD34iL2uwp+Gjo","neqLsnVrXSIvUWWc14RN4zcywhEKmddRaaHIAZWoaSY","3.13.2","EGv08kOi0CoeOZWtBVG/Fb37M6v8GPhROOa43Q0ZI/w","39ep6YR5ppY/P/uBmWBUIhfY16h24lPnw7LZkaK7esg","uGNeWeMUP9F/GaPf6MzCRu5lh8h9o1m9G8qzXu+7Xxk","fBvFz5V8kBvrOdbIfj+enKIi7/Q/F5o4xewAQZMmP3c","3.9.21","13UgxT0Qio8tAkf02pD5M5FulkRCyV86jUKb6m2HRng","9KpaW7GOfHPO+g9sP9lqjVktWMJHhc2OTg8Od6hXGjM","3.14.0a5","20250311","ne9p5aN1ZvIQ3sP0wzJtJyoBLv6GcZMaDC2aJ997yrM","tKkjM+f22cm2Qu9CHaOjh0/ZkGnoibtoK2v+cGdRhbI","l/tiuTctBeU+rWEHddDo2v9k/Ub6yrcs4djkhcSwAeo","9TpmnNPRN2InvVBhN6iIHgbn4DUaGySWVieTxhJf56g","3.14.0a4","20250205","IQjGrc8qPNXhnOAE6LAfs6ZM4iLA+U5U7fHx6HhBTS0","mVrpX7XKiux9ynaZmnVWAiTR77ULrP9BqzgAhFLmHrY","YTE3rjgQnA8BjJ/jbLr+tyB/Hwk5q3hLkkbQLTgdpqw","Z0nw6QC4/rqzH6l0TCINUqfWcEOO5+YG5jEy6K+izOk","3.12.8","20250115","MA6AmM/DBbMpolgSivodY2bO0DnxbHDsk6tP8Y+GyP8","+NjrzTBgRs2iEbEgKzQ2XD+980S+T67K18Ga7gSqJ2A","3.13.1","hSuQnPd/hIFNZv6aNzRHxXNx7b6IpTF4HgKiFjJHVyo","e+HNK71MLgvpTJuknL1DWxRZGcPx5a5/ktN552BEUMk","rFJFGibHCV9D2Qp2AzfCqH9pgZR2mS2ZL+hnFSQI9G4","jeVp7MgOpabw/Gd9TYcf48VrRv9OOd3kFpyWc6h87z0","3.14.0a3","20250106","J5bGVzpTWciMuMiy2qVhxzd614dvL+RZg/uXex0Q4gg","DivndyALPIHd8ICAQmOVmsOSKFEUPFtj0BBeJyE05d0","KvLiTQvAdgwOW6KjJQxalGJKMFnSNNK8kiq7WQTKGjU","4+vylnk4LTFD1NUzq+tjz3eSC8P2FwhVei/Ev2e8j+0","3.10.15","20241016","YAi0LfeaDIpO/jqojCrqFHERaqZogajtFfBNZkOMt/U","Da4FHQlX9BAOjDe5HyGFlx1OnwMpYt+5DM1EdkmQyTY","3.11.10","nRJGBP/epPuquxCzQ8Wja2NqPnuU38HMzUUx8z/Orl4","51Lj3Zs6OqXlihmLF+YKhUnzeemyVz37Y5gZlY08hG0","3.12.7","yPXtcO48Gdpy0Rf3swatxsoeryavy+HMG+V9HhjfGEw","DcsDauUgW2KYyY3w6+goEZSmm1sz4GL2g5WYdcmllq4","3.13.0","BuYzFkywEzaFos4Ur4jfDbyupLCyxdM0jWuBOTMHSBo","FqGGeLK1JOGDBQ5xnK2vTyB1cvlAvJ1qkxEKEb6ugMM","WbUN+YJkddJLt+/3gfo5SRErXpySrbKelqCc3xIW1b0","Oy9T9UTRy4FSC9RURraPfVG1vWXmoqFCJFD9lHLBjmw","3.9.20","N0LJ1lY1J6ADsSrGicB+aWWRH/if2cu9PBese/sDfUo","p4IuKj+nFPTqIZC2zBmrW5GXYSr31PSeFY05hkxFmsg","3.13.0rc3","20241002","FBTGs3836P2dFOSNgeMT65yWXLAzB0fV0taJ3X4McEM","hMpG3LUFdFM3O6jXEp2ZmHaRlMgRDIGsl6mewRYKv0E","3.8.20","daGH6/q4EJbj89kdcME0nmTe+9+w6KBny1Iz0BdlXjE","6eIkTusNhJklxj4He45lnlCve4+qfHeL6kkBKjVs2bU","3.12.6","20240909","ItEZrH338L3f1N/QdbzE6yUy7T3wvboFeRBoNdSe+c0","3d3YoURnVKdaY3w19h3zPiuZ6meUVZcdyrszb/77d9s","3.13.0rc2","2ZpmPTufh5KmWeNmNy5oVVAEXK0SrvEWRcBqm27c0HE","dwBfTejqtZ1TI79MgjZTD0d7JYW5L/5rUzod4V3z+bI","3.10.14","20240814","D/5kx3ys2n46/LDYuiccWcoKMN/aIY2jmlc7QSu0r9c","pdrZZAzkrwCR40dmHv/GQ4VzCXy4Xavm964HMmb1wmE","3.11.9","NkzwmVJP/5LDG4/1rj97MrD6bPHTgMbjfPVhQNCN/Ic","EfH5PM3DmcPQKVk8oUe6RXUAziTCy9ffIED0Q1LJA5o","3.12.5","BuUSF4y1E2WKAcBUs+r8ZJyjYsy+sCpq6KVbAsG6dco","Zro6TuLSGWzi0FJ1qiwSwcxEgFMNrfVNZ1ToXLEfo9o","3.8.19","ICIRkjhQMD9SEUbuGDFkKq81f/7q2+E6CpGIQxcidSg","1MCAC5aEI2FFMQxu2kUFuijO46PxDosikppAazK19Pw","3.9.19","I9CPfwvxUcLqVLLJwUO8cQ+vFm/3QiWw+Wf6seLXoVE","QMxHaWez2hL98rAlGVTDdTnYriNZ+eVJE+/xeNZmtic","3.12.4","20240726","bJzxNkTtxyUFJasbJSm6HA//VsDFpcIkLYS21IidK+o","NdfvH09ISa2Sum4pxGI1ufWilRdYvsH5/OxBM3RNjAI","cpython-{v}+{b}-aarch64-unknown-linux-gnu-install_only.tar.gz","3.12.3","20240415","7IEm3peUXmKcyprtyAopxK4pksnWnyZV4nrnOQa6GH0","JNqvIBI6xLK4ZXwayCJ9OR0uV2nYEje2juZ0Vp0wetA","3.10.13","20240224","qJiohwVhGzcil7uP5NI8wWuGA85fJElMOoz6Zdg3h/k","BqUwQFBOHi/csy3A1hsSO+p2cltcFAMcj2Tij1KuWl8","3.11.8","OJuQBft43VpvaN9epFq3sw2aSzIir5aZnpT9INStDGo","Rb8IKsprfV5yYYUnIKcrkvUwXp/bB7EPZYjLUdj4P/I","3.12.2","5SVQN558SsJ6h96DLRcmWLwEFQ5OJ9ToWObYy7lv1wk","Rpp/0NCgmTbF20G1rIO7KdW/63IapIOskvP3rE0xEJc","3.8.18","ZYjJ7tk4M9lIPQH+QKyJNfaRoa+OWD1ATsdmZjG1JIc","bXEXWgkJUMIGNoDyULh5mrOesTmqFyHIU9iVCq3R1OI","3.9.18","5bxRlrqmA9Y17msM0UHjWXUq0+jqdhJ+uRQaMVXFEgA","0n79Rgmj4V/5AQQFKdVom+mfLr/lEyq5gNBm13UGgmU","3.11.7","20240107","sQLq+GXrcVqpioou8ZA3tsw659/UpjKAJlDyneY1qhM","46N1+PFhmMz42+3iMVNlRCZeW0trDw35fFspUDxYZOI","3.12.1","I2Uz7yDmZQB6ERwvNu+1nIeuGVrX3KIjttwD+wcGTws","kAnaJPQ2YR0L8Ia46mKq7RwnEEr1t3Ddz8krYNsG2ow","3.11.6","20231002","Piamct8XcIxNyShHWll0w/s6NKm0XGX7S9HlBQTMhOw","1j1usGXmCJmyWFP+a72fYOpsOxL0hUrcdcuBi61V9Ok","3.12.0","vM/mfPVGWj37AzbwU5ZuJhOpvIWmWIwvzxNm75MMT4g","6wXJdjdKmkRZbONAqzXlRhAU8wICw8vhDty/vlrEpqE","3.11.5","20230826","u1xdHqDxmf4tPwmW//S0jKbdxBWj29mPUL/3/OSKrIA","rEsekdHLcCdZW/pGZwkEBjMbKRsuNG+3TkK3AxshZ4c","3.8.17","n21YUJH+JpBv8du4BDej/jeh49s01uzACY89ang1ZoI","6u5aC3nMKJQ+Gd9U8xRjR5Wu5DpmcM6ZwDBok6GPp4Q","3.10.12","20230726","/ugOIhZj7KUXS9eUy1BH5A05ENvq3N8fCdQFpMHBX+Q","4w8rT9m9ebkSLil188F8nd1yf4MmsuJGN46B9+zH108","3.11.4","LoT8U/TpDhGWMoHFyHH1k6vLJPx5alAzf6UWvpmvAvs","N88AQ5tXrff/70o0nWLc8Jc5ume2cOkDsAsl+B+7img","3.8.16","nGYVkx/RBFv58hSKp92c4ezoV17WilSDoLYVMipD1Uw","Qj1D2T4v4ztBrWbTVCbxZUHwn+6dcnKuXez1R067wiU","3.9.17","t3AS3a9+BnPkqkscUIUnWgbu4tZvM0QrXFShK2K5bL4","H2xD2Sup9OFRSc9dtuzeEeBe7pLAcKCF5E9GxVlSAlc","3.10.11","20230507","x1c/2wAjn4ayLqDo6SbKiB0k/eXliQhRM5kR12EQvDU","pSccwBTyziq1SgeJVWwVuEZo4q/MUwUSgYxLh8apRIM","3.11.3","gZCsy7u892IPH/bWaOTdCQxjlmXREYjOhktiVU1A5as","mRUhCCsDR4eLqFXEmG13zIBcIu91FZvJXdJL/YAnXic","3.9.16","9im3Xr/K/pzu4ueWt+TfXPjb0U88Ahr8oHjRWat5es8","V6x86dPdMsEnfucpXa9a17XsySnmWzHxGx57lM01XtE","3.10.9","20230116","IAN1D0DNCdS/eoUDQmE5kvjZRU8Ds8BnmJkR+zfnpNE","LAmW3R/jUxTgbgQggbJPtT87ezYcPhuUpu1lnCdcoGk","3.11.1","3r8VeDvctVMFBPUz0z/adae5Bc7FNhro8z2lumWZ+LQ","j+J9hQwCqnuzQIj61bSN+QtLhB9A4UciQ7irnah3bkA","3.10.8","20221106","MxcL7xjIEZBrc4vlMPk0ZASRsGW/FsTSdsZRUyGRgTI","h552JgviJlEmk+N6KMw6ZnC17icKREDksEp7QV26RRw","3.8.15","iGqzPO0TyEv1nOj/eeumRINlv8r+ob9BW9HXXiG2kKo","LoACXtpobBSpoGGM7UAEPB1XenVLkE/Xo4LNQav5ygA","3.9.15","UqjApn+5GfgJYtmS2hvdtRHN+S+vOCcBznZz4QqP+Y8","DaHwgTE7CIwTgSBuaY5w//3/wB4bLOKEFFwk7l9bTLs","3.10.7","20221002","3+7BhqYqYGglnZDo1359MOr5wrSueyBf+MqrfLIfJ3w","nzRnKbUj6GAZRjXrZ8n2vI8Scoun3f5P2A8ubWhXgeM","3.8.14","xF5C3u5D4+vEylsBnDfYriX7W18bpfYCCYqBuZ0ryAQ","oU2LXL2OHKRcvLSfS/CwRA3IbrlbfD2jxGOnBKO0WTw","3.9.14","/lOCAVWco39EzV9mxCpl/nJyy08fY+3WmLbzBncdsek","MCDHQ+R0LW4OXSf8sWbGlL8dlWU2my6u6daENDBK69I","3.10.6","20220802","gWJfXJf2Hi49fp9ixISxqlMR8hvWVFRRcUuUminaVDU","7cHJdCuCTK67xcsiTImQqoZYuBWT/ZIZrM8++j6ElQE","3.8.13","jceBS/NCW794xublplKd7WrkY/pqS3nAJbNDuuT9lVo","OpJyBdtGhsGCtejz/H/X2C7I9hxw1bK/3dlnPH3cB7o","3.9.13","gEFarBuWJVuSEfakwwDzHplAx+B6I9DewStTqlLA0l4","jHBuuyyJcNpPvslbBSC0YyMJvGo+EVzzCeOPGBtVPRQ","3.10.5","20220630","AS+jfBLSZH120ATcADMCVjhk0vHNBzG3Hur61j0os/A","n6aXCj0KXcJsTtJyuxg20fH3qPS51n9jTQJi/4wf7Qs","3.10.4","20220528","eomJOS3JtB2FlZp1JEjGCFLPAGHeVl6YRFwn9rvfY74","CSNp6dFwxMEHThswWsy3T5SG5hhdLj8/lxhp/4lTjT4","3.9.12","20220502","LuFCbBgeZRM+V9xVxqaFyx+15j7wLWhLimZ9XAMcQgM","IC72TkNXDwhD/1iV/ZwaLDapa0jVKEL6lYQtfRECWyA","3.10.3","20220318","9S7mjBPE+TVut4pTBdMXivLLkMOKjOjOmZCnz2/wYUQ","EBKE0nV4Q42iAL4fa5obpiFDLFVJ+lUXeX7DIL9149U","3.9.11","DlDwmUCcXmUbX93RYSSvHYMNEWU+eGqTwo5bj4qkcMQ","4fOuB6KKaH+GAvtNKaG3LMXhE8YdxnadDYUIGrPgnHE","3.10.2","20220227","jzUajMNIu0XA+VuGNMg0XsbnSeSDOEGIrYZbdCg0JwM","mTbxVJ+VAxEilGXeUJs1wGKqR05QTCCh1vD2MtpX4AI","3.9.10","Et0fEldi9Hl1mQ7HRFMqHPPbdK1g9N+0dspC3rf3jKQ","i/esLNWCW4/eCm5TUmalfJfoL9WpeHeUCSC0A8peU9c","cpython-{v}-aarch64-unknown-linux-gnu-lto-20211017T1616.tar.zst","3.10.0","20211017","idUStW26DVTLoqUtqKGTpgpSAH7AdqnJBuRTM2Vp4yY","cpython-{v}-aarch64-unknown-linux-gnu-debug-20211017T1616.tar.zst","VR1eBRjiWHx8dvMw8ieD2yP3+qH+LlZuk8hbCb32fa0","3.9.7","3b/Xi1lrs7SKV9lL9Zp9mmkVAaOPG5fB1/2G9tgRlHg","HeZ5Gizg8A5z9XI989Dw8+Ga46gkpm5FXX32V98XL+Y","cpython-{v}-aarch64-unknown-linux-gnu-lto-20210724T1424.tar.zst","3.9.6","20210724","1lJQUWMPod7OmbAzkG0HwoeMqK4flQcq/0vP3z6qvWY","cpython-{v}-aarch64-unknown-linux-gnu-debug-20210724T1424.tar.zst","jSgGacEIfHi7bDzRoJRrQZApekyiSNgwCLEoERIrdAo","graalpy-3.10.0-linux-aarch64-gnu","https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-linux-aarch64.tar.gz","24.0.2","zX4XuwpyrvvT28gcNAsg0asICnByzPqVaGWL3GFSkR8","graalpy-3.11.0-linux-aarch64-gnu","https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-linux-aarch64.tar.gz","24.2.2","yb5FmrlHmJK4jdY/j4jLx7EGf0yyf/F/R2Gzbea9c68","graalpy-3.12.0-linux-aarch64-gnu","https://github.com/oracle/graalpython/releases/download/graal-25.2.4/graalpy3.12-25.2.4-linux-aarch64.tar.gz","25.2.4","5XRyJysbZZrmrJchF3I7BRWknMlXdojtVWORl5MXDWc","graalpy-3.8.5-linux-aarch64-gnu","https://github.com/oracle/graalpython/releases/download/vm-22.3.1/graalpy-22.3.1-linux-aarch64.tar.gz","22.3.1","4FEkbFoSP+gYD9+wcoQyJNVLuLhZUz0nX43yFwAXG7U","pypy-3.10.16-linux-aarch64-gnu","https://downloads.python.org/pypy/pypy3.10-v7.3.19-aarch64.tar.gz","7.3.19","WYtz4WbEziFfMnzBV5xU6tjysEjeQp1bd8XQou2y9WY","pypy-3.11.15-linux-aarch64-gnu","https://downloads.python.org/pypy/pypy3.11-v7.3.23-aarch64.tar.gz","7.3.23","7TsnqVJXqLuIcHBC5rtf5kVp1H70S9yYQscwZnY3370","pypy-3.8.16-linux-aarch64-gnu","https://downloads.python.org/pypy/pypy3.8-v7.3.11-aarch64.tar.gz","7.3.11","or0CrfjdqIcSO/VYEEN3SDrLzfSOt/Z5r0jX5tBmWR4","pypy-3.9.19-linux-aarch64-gnu","https://downloads.python.org/pypy/pypy3.9-v7.3.16-aarch64.tar.gz","7.3.16","LM7l0r3qeBT38fZeXCGT++FseQU0778me0IwE8A5GZ0"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[277,273,274,278],[17,273,274,279],[0,280,281,282],[4,280,281,283],[277,280,281,284],[17,280,281,285],[0,286,287,288],[4,286,287,289],[277,286,287,290],[17,286,287,291],[0,292,293,294],[4,292,293,295],[0,296,293,297],[4,296,293,298],[0,299,293,300],[4,299,293,301],[0,302,293,303],[4,302,293,304],[277,302,293,305],[17,302,293,306],[0,307,293,308],[4,307,293,309],[277,307,293,310],[17,307,293,311],[0,312,293,313],[4,312,293,314],[0,315,316,317],[4,315,316,318],[277,315,316,319],[17,315,316,320],[0,321,322,323],[4,321,322,324],[0,325,322,326],[4,325,322,327],[0,328,322,329],[4,328,322,330],[0,331,322,332],[4,331,322,333],[277,331,322,334],[17,331,322,335],[0,336,322,337],[4,336,322,338],[0,339,340,341],[4,339,340,342],[277,339,340,343],[17,339,340,344],[0,345,346,347],[4,345,346,348],[277,345,346,349],[17,345,346,350],[0,351,352,353],[4,351,352,354],[0,355,352,356],[4,355,352,357],[277,355,352,358],[17,355,352,359],[0,360,361,362],[4,360,361,363],[277,360,361,364],[17,360,361,365],[0,366,367,368],[4,366,367,369],[0,370,367,371],[4,370,367,372],[0,373,367,374],[4,373,367,375],[0,376,367,377],[4,376,367,378],[277,376,367,379],[17,376,367,380],[0,381,367,382],[4,381,367,383],[0,384,385,386],[4,384,385,387],[0,388,385,389],[4,388,385,390],[0,391,392,393],[4,391,392,394],[0,395,392,396],[4,395,392,397],[0,398,399,400],[4,398,399,401],[0,402,399,403],[4,402,399,404],[0,405,399,406],[4,405,399,407],[0,408,399,409],[4,408,399,410],[0,411,399,412],[4,411,399,413],[0,414,415,416],[4,414,415,417],[418,419,420,421],[4,419,420,422],[418,423,424,425],[4,423,424,426],[418,427,424,428],[4,427,424,429],[418,430,424,431],[4,430,424,432],[418,433,424,434],[4,433,424,435],[418,436,424,437],[4,436,424,438],[418,439,440,441],[4,439,440,442],[418,443,440,444],[4,443,440,445],[418,446,447,448],[4,446,447,449],[418,450,447,451],[4,450,447,452],[418,453,454,455],[4,453,454,456],[418,457,454,458],[4,457,454,459],[418,460,461,462],[4,460,461,463],[418,464,461,465],[4,464,461,466],[418,467,461,468],[4,467,461,469],[418,470,461,471],[4,470,461,472],[418,473,474,475],[4,473,474,476],[418,477,474,478],[4,477,474,479],[418,480,474,481],[4,480,474,482],[418,483,484,485],[4,483,484,486],[418,487,484,488],[4,487,484,489],[418,490,491,492],[4,490,491,493],[418,494,491,495],[4,494,491,496],[418,497,491,498],[4,497,491,499],[418,500,501,502],[4,500,501,503],[418,504,501,505],[4,504,501,506],[418,507,501,508],[4,507,501,509],[418,510,511,512],[4,510,511,513],[418,514,511,515],[4,514,511,516],[418,517,511,518],[4,517,511,519],[418,520,521,522],[4,520,521,523],[418,524,525,526],[4,524,525,527],[418,528,529,530],[4,528,529,531],[418,532,533,534],[4,532,533,535],[418,536,533,537],[4,536,533,538],[418,539,540,541],[4,539,540,542],[418,543,540,544],[4,543,540,545],[546,547,548,549],[550,547,548,551],[546,552,548,553],[550,552,548,554],[555,556,557,558],[559,556,557,560]],"others":[[561,562,563,564],[565,566,567,568],[569,570,571,572],[573,574,575,576],[577,578,579,580],[581,582,583,584],[585,586,587,588],[589,590,591,592]]}', "linux-aarch64-musl": '{"strings":["cpython-{v}+{b}-aarch64-unknown-linux-musl-install_only_stripped.tar.gz","3.10.21","20260814","0DEMTxkGgKFr9sodwFIR8UVdKyqm4frcfqchyUcbmww","cpython-{v}+{b}-aarch64-unknown-linux-musl-debug-full.tar.zst","5Cf0BcYkH4VUSqPAWAHuQc+/lJOZ66E3Mk306HIapjs","3.11.16","JPampFwgB89MiDvvc2ptN3bciJXHw4quFtbK4etRt2g","lsXeeISJtFmIcpVidFGiQZ+cmLlIy6TAHynGitlVjdg","3.12.14","QWdwWrw+QHZ8e9jwBq5dvmdzlzkaLZ91Sed1njgGGAo","/hofYLLaAgX1bxd8bOoGFXvErATrQskTX6BeE3BDiJw","3.13.15","bg3pY0ChCWysgcm5UibEEMcc34Hj1EGcU2zK2bV64fc","XrV47+kfDCRPX1wSf2Bqw6v8xRvTavCT33FQkD8cqww","cpython-{v}+{b}-aarch64-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz","N2TaBiHefGr1V35vtWgXm8sexS+yZ74txEm5XOYqT9s","cpython-{v}+{b}-aarch64-unknown-linux-musl-freethreaded+debug-full.tar.zst","etjjk+tJoJPVAJThNSl2b8fCJLWvqIzIncQZmuRXTQ8","3.14.7","G9ux1SZxILW6hTEzK+aVaTuklWfSjEDdZwVFtqJbcKc","zOU9liiEb8EdKm47B8sVwPVnNNlMQHK3zjvFAoGtyi4","y1QXkhFcobRu5dtw9zXloKdXB1dd/5ExrS6y8uPOO5A","jCZvRWdW0pxxiheXtVWxYAwKwOQyyX9jyE7V6R37vuk","3.15.0rc1","eQhTdp3/vF0rXXNlhduMPVBKYFELi+QZUWfF5MkRTYA","JJpVrLAxMzUONgF+mkkaby13UfmCP4YsPlDf44X7JaI","yKgx3Ah+3EgWFh4PITwo3YPfYxXyBgMmzZHHA3uvA0U","gbsMFCW3b1aVokCGKlII+26nYtTgJiMh+qDwIdI8jpk","3.10.20","20260807","M4K39+mFSeXrEbSCvnWHvZLp39bu9XE3wEU6rw+Z1hU","BBNQHhuX9azEujXQWpVi/3glsIaAc+7/tvWerAmAFxk","3.11.15","UmuqQ2AmJH/jtToGdzP8cLtKELZ40dT8Sw+qj6MxqSQ","hTjriVcZOgZZMaVPbtCnSMdlR4hq5n8aqsFB5hBlpvY","3.12.13","DJFktvSrB2i7zfhGg6q9aA6NdfqDR8bOz9xdrYF//Qg","VJClAtdAR4OCJLFYRkacgVZb6kL6y9ZXKfBIRjyNGVM","3.13.14","20260805","lgc4695Tq+zrVFK3HCIX1QRSAj47ryQ53FcpDQeTBjc","i9VZEJOJHD5DrAEkghkK11LeWSszrbdt6hN9namExCM","8f3a+gOmQgI0sVE2SahZveuZWMeiejRNx7w8CDOqoWo","j9thCt0RUMuXQ6d6BAJFhQ7XQpKFGl+QraOFI3DtVdI","3.14.6","20260804","hdu1N9xdZnntq/thzv3yUR0my4ZpZixFYyArCZDnm0o","IpxXymu56SUBhb1OS/1XtuoLM1oZu7h7/Hlg0NWemSQ","TKNxgevd6jdI7RnhygROBR1XtLZsmQo1gUylcSXfUpg","Qbf1sWZFoFmJz7wMUW/a+sXGEGfSIPnmeKxXpaedLWQ","3.15.0b4","20260728","kVv1yF8HXCYsPJxQmtSoZ31lehafiyF1sgzVUmClj1Y","dv8+F6m87YzWcLrND2EP20IGmQ/GE3Yn+yehcQsPQVE","NcwG8uwSYxCfZvkq6SQcw1V0smZ98F0XGdLjYFRfhqM","yBR1TjwxShJl21GdPElQcDoX2adVvlLl97fMBvxnwPI","3.15.0b3","20260623","OpK4+CCFhZJvUC+t19sfsja4sb/a+Mh+LenR2GQcYD4","4zaUtcKHypR0XUuVomJ+hCWW+HpSywSyjlj/ofLyIpE","LodzVPJYouCaCeIKlKL/qyvLbDalZhsFXpKxN9441xM","AREmcASn8aeVVKTv3Kuqb9zJv4PEcK/jHfr1epGMQNM","3.15.0b2","20260610","O+S5brrMgNzyQhNn8IxIvrqybBosnXnf/COAgRvz5ks","tfc6zEigQbXYvTTSa1bKgIM8aZz8ODUfSermxiUR/uc","8FmpnQTA4G+5neEgckxiTTar22L93uEM/ltTWk0QwZc","ORulPkdw8qO8y+BCohRoNljo9H3IABy1eV+7C4+p/3Y","3.13.13","20260602","2dSLY72yj8FulBTPWvGDSeFnir1bV1T7Cznuq6q+mi8","RGh+8tnEBtDdOP1eWdSmMB0j0Frkvgw8qURcu5bYzM8","+LaZoTEWuLdpimAtSCgqZjCXq6JV2xyN3lujG9zD0NU","kNmLBhhRWzUVN2d62o2f4eYCYviaMMwnPrJffT0JEDg","3.14.5","I9/WmRfxxpO3zoV/AUpy2lRsgTLCd7tqyY/b4SM04iE","i+EgHAjiI3kfE0f+vwbvebafZJDmTfXIk8g9vetGV7s","HYs8j7+U0MbxthtJutBzWNQTYENiLvDrp64Gamn2UX8","vVwwx01Hai7npkX1UtpjH1n53XoQQOW6TaP/Yich780","3.15.0b1","20260510","1uc87/RtbhLgMafPdQXTVrYfHuU47o/w8/sXmImFl9U","tl2kxKYXKH7ULHiSzhP7+aLiZMne1av9meWa4gMEUAs","WIBYjUKnrdHdNLqHDp+C5Cq98IbSTX3Ai+bFI9W+Kkk","6P7pjc5grY98yqBxc3xtguYaEWjzKaoG1fc+aPlS1iM","3.14.5rc1","20260508","w8+Rwox8UWh914F+q8g/YPtldR4K6JlU2gK32PJVa9Q","qOL4v/HNZbY7fyD8H1G3mGKoXQMnF2gPmPii56hDzkY","S7pUJ15pUzLNR20zNtHsCefwotFA2JKQW3CXoCaVUDw","sLqr66ZcGpeUEizvzDoR8JhpLmn24c03Gny6FtFQJS8","3.15.0a8","20260504","K7y3Ir+aXuHKK7ADgMjhxpfwUpqiZmVphq6NBxGkJn8","Z9X/VvWVYIZ+G6ICBSYmUi6A93L/P/NPB2jCe+4Bh6k","sX5+pWXG9de7HpK2sfu6DkCM0kkcn7i+86OUbGljCY4","RL21FcpPI3Ale3T8aJGqH6ONDwXUNAL1BR9UFP076AY","3.14.4","20260414","oQaHsibglBYyVpg2vB2PpjU6jj6EJDFkZ8qc3yILmD0","rIN2S3NvaR7jAYHRhcZKPf0+u1vDQapSqPt2TQ7YwbM","YQNJO9rABJwVBY7KProABKqkC2lyUs0XafTYOqd8TEk","29Zzi3ZAVvc8FNVDZVHL6oAcEDV0TePFb//Qm/PcANk","3.13.12","20260325","dAd7eK/vRa3sWwmDT3T56DdJ4ZZu3V2AAMDKE0OaTaw","LXb8VKfmLXif5KCPK3cm89G2++aYgrGIwaamkiCK8eg","ODaB+uii4WcpkD3m0Kyu029DhM7TODeGCCRSRwiZmtM","BbUKxPu2U6QGV++AhXclcZZYK2ZFKjXEoB6H2VFz8S8","3.14.3","76559+ZgP+kbdtpRcOF/1gEyHwe+SvZBcJo97mrAPgY","8wsRMAi87UYAM0rL/yHAPQj/Zaar2M1tyvBXl3e/a78","b+VSpKVenor6ePzljje2+hsrgv1G4bz0R3QPnZot0VE","U+PIUdN/ukxHr48Zs5iaLuQUJzIr0hKYNmTs8AIhK7k","3.15.0a7","LbT62ETO0fg52CuOApGou3C3wvnLTDyTuBJNBj3WCpQ","ONdiX/qADYXaPnv3IZAK6QIBtr9+TnPZngTewhMe4F4","JKbRMesu8Dxdy6JbnJsLWXXV9aePbcBFbld2sPfpSZI","A+2ecjidNP+6YJ3x8YEJD9Q1/ddzAyjRx3yFdHFI9LQ","3.15.0a6","20260303","CL2JwIQJJLXI0AYQhEJdtbc4ebwAXE/wfc9fFW6PTIg","7PnjIwKqLXO4sM4CmPfZ890g7IsuJp5e8Fdwhcl/EtA","cpython-{v}+{b}-aarch64-unknown-linux-musl-freethreaded+lto-full.tar.zst","SXu9e8SGowkuADdh9qT7n9LJhU3qJJBCszDLcNLr9Co","p+SNYYsnbTZM1IesIPHTPSKEn5saCV9YqO/QbcmNHAM","3.10.19","20260211","W92CSwASQ/LwtF2LKMh2ZOLdwVpqo/Cl4ss7TFXDApk","a/qKNSZFu1aUNLUPIRQ7mXPtEvGTMk2N8ScvQwLJI2I","3.11.14","UpQDHpZfv+om69O9JQU90/AK9AUzdXrVeaqC0lqE9i0","6uDgsfSWWcPOPipdgTvvsj/6gKAZgSl+L5kDnTIGQrA","3.12.12","scnHpNgpV1151xMbz582ZvTzpGKN6DxTF/BoC/rb4Zo","EBYGutw7CWZzra0Pc8ELxlPoUnpVQtO2ELwKDHZgd/Q","3.15.0a5","20260203","0RhkwnplFgEPXlmREAV4tR161yZKt29OVJNs6YJV3Dk","z02jt5EbFZ+xNaBOCwoS6WRiYSchxs4AiY5SFYOXkmI","X+dTbuUgeX2juF3qLSqKAQYBrYYyJSk0VBCmC4LS4J4","Q9XJtlwVgR0QwamqW5rWHZxj4vJHYCGUiUlmp8+M79g","3.13.11","20260127","is/gnEYKHmcWgq6TN+KFHvtoKXY6JPZny2XzIWk+lD4","mihja0d/CFmw4A0Q3g29wmYQyG0EbPsjsg09LIRTCY4","cS+MX11ooA5BE4hzR0LOVY6zixryTVqOKmsXbrhVDNE","6SVG0jT95BXKgJ/vI6X+H3c+eqwdqpUuaqHF+7h0tUw","3.14.2","0cFJMLleELELJj+rre/ErFllVTFEwWZ3dfsJeyZ1sbM","W+pHLVxoQmdXLLc8AnnVAvPNmWxpUARk7U+VatnKd88","pyyN7bmcw1iA8sRWpIOQh/MalVDyBONLI46fFjSMnKU","G12sTvIWNrm4cRaOIYB/TT6WaR1Ai5rz0fWqZZjj5Ec","3.15.0a4","20260113","Ic9Z9dffpAIuzCnBUvuucB3ZtigccCwDhxl3WKA2miY","Iv+up4Td3LRSJbg+XKDCXuQk/dELNstf80vmy2Icjkw","er+mcqdOvexIlTYWWS71DcpiapVhp8QLQpcDr5UU8zw","tq0W9kkVzJ4KqJWhT8v+aNmS9zp+QoVOlgxLEGQXQQQ","3.15.0a3","20251217","SmZFoVB9LHCPonOyLSM8X4EXisc0omY6mT1gVC1Ge60","bQd6vhYL5i+8aC8nIsW9oCWpSq+ClY9WJM+R5b+/Xn0","/QNM8NyvabjMziuRib6YMzUlIp+XJx4AGfuQi8bJxkU","zJpFdF341Emkj2UoaJwJAAtxJhZe7IkAIimQFEZ+zkU","3.15.0a2","20251209","mzc3cHt3qU5yvsoRY1gw+FA29UKJUsBsDfmPN1+2dbo","fa4I7FX6sn/FrZ9vNfkojqpWMriqVm4sz+lsAZA5mW0","+utlOmH1S1vavETtW29qW6NrCx8mVFu3Z+EJNQ0yH7g","TrAQZmZjqIGkvkYGBoDAckdRh7u+L6kVMN44wylvl6o","3.13.10","20251202","JT2KE/Gg4EdJklnDzQieD3Yw/f7YHn8QOU7unBcvf7k","uTnsK97xhvFRFrvbsuZvuHm8lPxgYGRKvY8p+QukwJM","8+jvJnqBLw1CPO9hxyWo+lr+jNi865QchFqNVAg1hNw","uuxAhKOq+gSsU/+akBS/1U6aaVU+rMKMK1Po7QvFCyE","3.14.1","dHqD/ULItG7RvsmImmrpJ/74ooHDpLwU4z8bWJ0fiJw","B6arvvKL9H0lAzLiUrFfNBqvSHF8N89bDIFaPrFnaVA","61uKb6WRUIgne7Jeir1juptzJc3Ey3dqu3Tw9VzFq+Y","nGy8OrTGLD2KXfqSPromNQl73m4KbEg2iY9g3gYGEms","3.13.9","20251120","ZM+AYeVu9QPoMsj04s3nlzsRiYGNgT3yOTHO1W5Fsvc","U3bMSd5iY5SEmICFZgRhE1KIS6plKf57QocSJPDQD68","W/fefrok9x6X75UTO9nKj+hVgkQcdOYcBkEPolzpBwc","O4Gf2Uol/Rzf8+TXadRr8Oksbv8lt8AsO/C+xvxGMEY","3.14.0","gwbMU3lVjyEsmtzu7hNoDYGtr7HU8bOdyr7pdbdcZlw","0NXWK6kJd0Ud+NSCvQEKN5HbS4MyCFAMZbuPfNJN3Hk","+riic0iAMrV33LgrqnDZZZN0qYMmQobVT0AqABqLvmM","8a6xbMWjkrEz+PV4eBBrnSAhDFNxr4I3x1pAoKIpkuI","3.15.0a1","20251031","aaeO4gvPThYHRIswYI6cn6hkei6B72qIUROJ8kTBhn0","Pt/tBXqob3KC7FKkzrUwgQMI7PDRQXAsWqCduSGUz4I","AXzVio5tk6jWBFOJnUusb1QEFAA+yac9wQbCAEXVQu4","ODNQO2hXmySSN8JLeuPdGbFRD1EI9EI3u4sk4dcL+Mw","3.9.25","YC4r+N3DNd+C0J1ksL3fciGUryfbRVA7mLnBY/iiJnI","mhXrrYebGuReFyYeHzb1/X4fV+MQzQ0vcX5qSIlyPvY","3.9.24","20251028","vcMtfTQDvk1elDklQ9s3M8ZdQDNPqfK03L9Vtg2OLS8","sP+SLmqWU2QOPYnqNZy7Y13KD905w4ayDp9TodsRrbg","3.13.8","20251010","dKEYodUI/QQsifHgu8VdBGadzBrkZpV88sHjeuHxqeE","GkJVcNGp4rMOZZu4TpYLLDrd8PVgNA0pGRyVvNvCR6M","aa7FxZlj1vDnokDlnBMl8VoVwxT87U2zCJVdmUoM6Qg","LDaTlYDXM9P9mYpJU/yckpp2Qouuaro8m0rAfF/KIf4","3.10.18","20251007","UPaNFEK2yr1IYRhsq8fD3A8SE9S/imnaWaMzQhUvXTI","pnXBSAaT0xH+l1T830PquLnndqzvQrXWmz2dsqhN+MU","3.11.13","kcfhaeGKEufGQ7pqb+gzPIaBvfpVPZ/CQEcE4key+EI","BCYBb+4oP92lPBLfRbVBsXlknkaqpNWqEh83sO7Lb2w","3.12.11","4W1eT76rT32tiaxCalIvDo+7k7kFZ8kAE5VUWRhD6VU","4nzyX0W30Ddk9qoi2e/xFML2kY60/1QXbqBPbsBHrxc","3.9.23","+7G0RPMrVQJbwxRZRI0Xat2RnC5UjG9jgz40DtF7Sn8","4I5yAe7If9I48I2Zb4vfRPja93Ccjdbt3oS4vU0MEmQ","3.13.7","20250918","scxmR8ddVQ48vpzG/o+eynbhirvv9SvFaXhBGt+SJ+A","isdIIXH+FyPbahYi7ICAIIf9cjvn1GN9xUh9kV6QZL0","tg452juv2yhbGzUz/LvRYFG3ofvgZaOMXv47QaKSp6A","YSwbvDGCn0CfothuIFC47ArTSY9Ta5zWonr9PXSAzEQ","3.14.0rc3","YfR7edkBPxdas7jQMVG/jKjNjMcnEiAf5gk5KB8gvd0","AGT6mZuzbOnMaVhHJPsq4iu9ijJXVgWJypgVfHZTWGM","o+8kIswMHZo0dboEf6VxaAotUibw0YO6UZx0qbcQAOI","MuDw3XWsosPMHkw6VP2nOgfbKlBzqRSDZiF2fjE8TCc","3.14.0rc2","20250902","CqHuYW6OM2SkIg8RSiW35ieZm5ucARnC2+Jca8yyxyE","JW5IzQYA+VaTfbQFWoPyeJAjdzYSRFlMia/g8ZCSUbE","1FQjSWxQoAtHoR8EbbsU9gYIZepGPnJiExiUEVCmEh0","UDFbxCtvqZ5eYn7/ZMfsNI8PdafIMxOFpiYjUsKV2/0"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242]]}', "linux-armv7-gnueabi": '{"strings":["cpython-{v}+{b}-armv7-unknown-linux-gnueabi-install_only_stripped.tar.gz","3.10.21","20260814","GgN2FQFrnn/rQ27GGfIzSP+V9L4K+ibmN+wsuOB7b8s","cpython-{v}+{b}-armv7-unknown-linux-gnueabi-debug-full.tar.zst","vzF3k4Q1mHcJC6AXoQDrCiw61n/xsmWHqG68tUXfhVw","3.11.16","KIzdW6uU86GuONQ7Y5ZZMBpus79qsHr4Y6rsudHErqc","7sCCA8m752uvWOvlBWjBSjN0Jo1B7c8eTQ5RG47gsWw","3.12.14","595lvaBgT/HUIbcQm4oRyMKoc6BbkZYmgSTHmHd1wkk","9Qt3zC2Mez7W/rUXu1wkONRB+FVlHSLl5/3b7SCPVJA","3.13.15","1aECJYOdwhbybcfBZG2tLFizYhgbRHntnpS1+qdfA74","+ZhvM9diKaYAFZ4yvoWBpBCvDROi7omzXfBsWQ0o9iw","cpython-{v}+{b}-armv7-unknown-linux-gnueabi-freethreaded-install_only_stripped.tar.gz","R9D+QctxK41lLZzlEo6S838i7C47d3SsMxqLpIzfIx8","cpython-{v}+{b}-armv7-unknown-linux-gnueabi-freethreaded+debug-full.tar.zst","UiQgpEGDX/T44O4U39uolQvApfSoaWo7jwG/Dk6b7Sc","3.14.7","t69oK9dHcNfH0Wlr9+8gXURWQhN2057njgXY54OgwOY","Uj2ApMRgFYriCGT07cXBY2Ut1+hv9r0Rv7iAPk8lLaY","/OXafPhpyIbg96BLXoK3FTdy9F0q8IHt3BA5fdt8nHc","+1QejeK8foQWuHAY8W6hB7J4x8xgD6M9g1WFKzmToXQ","3.15.0rc1","BrEMRihEzU32AGWEfEXh/Idy4/8ePKDJuarT3Pql0eE","eG0mcaWaMYzZh9XgeHx/UtyjA9+D5bORO4jRQKaLzrw","jaPXx0JWUinRvE7cF1rj71ZRf81hx/QUogE/cQbPAmw","yNIIGVaBqAlrUqD8NQNr4yvfKrB7Uc+lNwH9sf+up6w","3.10.20","20260807","SH013GalACkYiLu0HA7JKq3kiOi4yllat1wwMlGl+9Y","gCqKLp0eDDPDx7aFhK53xve8dog8gH2+G2TP7nzSaXM","3.11.15","MDm8Md9v3HJ5fIwgYsc4CTsvLQJuqtizt24J/Abosw4","42sHRmyfHkOZkcHd7eiDg+s9i1a4U30Y0pmJNhuMbhg","3.12.13","5uRy2yiQKIsB/+pb5vpMg/mXl79hFqwrnJ9Tu5YvNo0","FAq5m86jeDu+dJO6xU+zJn5+ioDljVhh31j+PMLHU+U","3.13.14","20260805","jcBh5zzNTKPhzMrTyM5lUan1SSvyPF8+hygudANXRvU","Ix0DahePus7cTGIjnoNnnvdCx/HYj+ZzeKRCrjmRWsA","2RCseo/9anMsR32p5y38XoBBBGetFO9zLtx2ISeP1mA","zCueedPCL4gz3HRLwjTZjUAxHLchQwgGCK8AgfZMaJA","3.14.6","20260804","i3sbI/Xiz2Vt7HS4U+71DliF9/OuNHZFkons2j4IsaU","J2O+uYzB62xhHVSo22gPIQfB/R2fATl/I9jVYteRMjA","9E8hflNznzIRlLJhNucgH6xqfwf3p9NL9+3ZnOc+Gz8","lOnEx3xx1Ry7ysIB8ymTpsG2zhqcLSfLaG3QIqcaO3k","3.15.0b4","20260728","wcOWUuRrLgCe4ne1Cw7mUCXzmO3lUKtK7gnA53fFNeo","cGVeumZtFfV8Vc1QMcAvqZYG7+7AotOnI4WrYCcgxTo","anKqsy0pB+hqaqOZOtj2xXrnk7eoGXqVSQ9X90Oh9Ag","BjjO/1vnlVgx1oy+zUE272/HB1HBbJwMef6IpwxqOT4","3.15.0b3","20260623","zyaDe+bYgg0PBH8AqAyU3tF5PlpTp0LcKiB56iKbIUU","p3Zz1z8qgspZoU6MArKTANhnB1JOXbHMAfU2qDXQDOA","/lj/4YpFxQqlL6UWZ9FGavsGYwiaHmJjGn7kj8rJ1pI","EjiWFuKMhaPTzTv36GAwDyknCO/1WDu6jbpWwYXtPRk","3.15.0b2","20260610","2JBht+FUlQlVtGiD3bkIiBN/6c4trBbcI7pqV9NmIpQ","Q2lZyv4MXEF88oWMEkteU6hMVK7uW4pDOE3BdOEPu2I","FGrgC4Tn0nh7q6iuenxBy6aKkVrDw4sf647z4OiGebY","MbiIw5FUi1x2pwy4AL5wlcfdznkfQlMHDqNJqJgYvRs","3.13.13","20260602","47i/+d7N5BTTnxNvVJdvlvQK72wYJkrdfVPOqEQpXHc","izlwJrso6wKE2qYVzLxARcJ/sJJcpaIICsF/Xe3S6yc","f1CNGW3rM31BNNIOlgqIMEdF2rw2fmtaoXI+M5BcCyU","f6zdyzl34OBGM/qm+XAb4rYt7QWk1Am10Os8APMTG2U","3.14.5","pNR9/GAumUzbDqAE3whn7h2SollbRc2nA1cjhrtthSs","U7sI/9rYmEzzqkv7xnxW+6Mekrv8OSKVsqpowIERY58","JYuSin5dl2IzNCIwxkhkRetiVBGlHDVG9ZgCa9JHzbM","D1zBWTes8Q9kgjVZCW+do5F/FOOca2P61+McX7hxEkI","3.15.0b1","20260510","OV1rhmNO5OteU6z6jdSpm3eAfBb+aBoy0BZwpHRYJIU","n4YKPZ3MkHNEnSyXDAoyNLyiHue/gp945Ga2nVlqPwI","sDmh1VEvDAtLGynSOaEb2/d9TSsuYheRLlqU4M2ZQn4","mdzd/3GJO3HrQWSg9gtQkloB8xotyRpv0Iu1YP6hCZU","3.14.5rc1","20260508","/yNTjtHfyFk7PcUfwcQzBpJQlab38oi8PYpTzIpscsU","Sz1UgLPHeIDg3WAOP4pKqdUWeYXkU7eMTSJiPfbUUag","Oe/LmqROA8MbvTG1stzZwoOwHA5m7cHebN1d3F3NS5s","pVpWLTQ5r6IVXrLigJtKNoNPcxev8TByQn2P2j7qB6A","3.15.0a8","20260504","IyVgUSuIN7pR4dVyAg9x+6aDO8tvIYfx3OI+s4JzRnY","b+ltgnx7kQlQg+/yvw63a+Z5PjjZFcYTKuH5qoRQCDg","jFzXmqRZhCV61SLbuigWkpmcbckGKAkVSpK2iOufveE","ligUy8yBS/yr3OZ+d0MDI2S+1+a9BdyzTDOlJYf6QHU","3.14.4","20260414","6kU81OYDUw8xrsPDwDUKkUtZ0FJ1rve0H+Nn93mPk0c","JMnzLTus/TCbm42Coz+NzZLm0yjeAeUw3J56LguVit0","0iTVwhEJX0mVktUi4YP6ZAMSlNKnsXl0czVFwRw2jr0","y4kJbzu1gz7OmXCD7GoLKTdIf65qHqaLged4wAuznYY","3.13.12","20260325","FXGvMfJEippgErW7BFwLRrrkFLlhyiys8/A+AXaN158","x8wSJKmlud7eynCTzOqrs9eNHxM5CLBZO4IfmrPbbqc","bggqhuzYa/ylfqbZkSJvnQcKMEvBKwxfjtKwjsCt3ys","nXmGnGVU09ErHnuETazW5VtfwGUp+AaYazfPq8e8LQg","3.14.3","WDCbBZoCs5KFGaNidWEvFIEBCpZg6RI063ZLQ9DwNdo","95tzaLDohhNazkPaKjeyHwI6FDVs52ioigbmz9deYF4","AAuoBYuYMumAo8KtyuT2rwQJTpeJkL7h7IR0+aqoaJE","zPOxSNH4J6+8EMN7OedNt5O2tDdrwfAUGLRu98nD9C4","3.15.0a7","CAu3hg7fPN7RFH+lMFsrFbNUN7ctt4bPHxCuu6LbujU","7R7aV6Uq6Rb0N2jQo1ETMByK2AEbBIuEpQH2wZ0VqNw","InEL/cZayUhD4AZBxc3G/GF77sRQlw6lJX6H9Jyyn2I","uozPRz00Jfec2QpXWYMyYgtsSRHql1b6NQRSsrMclK0","3.15.0a6","20260303","0RJo4Lstv450fLtD1M2CBGU8O6FmK/4YwUIxOhuMglY","Ha6LAd89w9AO78Pw/TWlr7WpNjoCqUkfGqulqMaUygY","cpython-{v}+{b}-armv7-unknown-linux-gnueabi-freethreaded+lto-full.tar.zst","VbKnEENNNKTNHiir8icjkr7Lo5Z8ljxx3xjUhqPXxi8","pAe1M9czXp474lSmyN+YE9Jhx4F8OVoFQ0pEwy5Rco8","3.10.19","20260211","6PJPtpmHqTM/G0U0+j4xZ/d5CfhD/bDmFFZf7GvAfZg","sbTckHpkpYLpCnjHvUc+ETs2LKn7j2xFxDwkFwvLs6s","3.11.14","iqDi9p9ph8XWzm769GZOTnRR5kP1zI4ytABWn8pMvB8","UtfhFfs+ZbjlkgRKZyolJCYcsB9jYG5WqvF61CR5DDw","3.12.12","Z6cGeJOVC0/IgYV0NUOHTUMx1YgLP2k8bizQ7l3c8XA","N5H8Mh3vwlfoeI9KPfPQCWEfXOyCp7ThXttNd6WshY4","3.15.0a5","20260203","L5KOZOK+aWjaef82+cM+wP+/oMf5AL79E4TZaWdtub8","sLTYoPK71rE9yot64ZLmsScVn6xYJLWEry9FPKJvP4M","XuzJw/kr49aF/F7RPjIQfg0f3NqQxMn2VzjaWWuw1Pw","5hK+0DhnGsfoe3HTnZ3tj14hM9Y6oY7A3rJojKfeXkM","3.13.11","20260127","aRjKIChN5c2vIv4MR4s9ViSRnh3ujGEsP3Kt5Y925l0","ZMQYxtE+2QNuDgfydS6vFUCdZK0xf09cGm+5ciGqmS4","j/gdYXrrQgqOG44WLVwmIrRiJP4yVIzb0gS1JEk3c6Q","OLs6nZygzu/M8V4PgdAHjqt9vMpaZzjUYsw+3Z7uqBE","3.14.2","srzF1+I/PtRSUruEiSSTzL+m4qL4KQEyHLjkTIQq1XA","HdjDevAo4KqtD9kMXJi0CJwURN2a452uvBkOHyz3Gqg","28+H6gU9Vab+0K6iLRTcCb5zqD9/PwzFmX0YOfq5ss8","U7xAncwrLMYuzMR1S1lhhDDU1a1KgfvsKrBKs2w7oIY","3.15.0a4","20260113","Sy9SQvz/amXTrsJXSkeJweyaM/ANcu5P1yqTw+Mbdk4","24A9IJvhjU44g+GU3sfjVxKCGCOd8YU+uidKtn7YhQs","Xq/sUvybFebK9r4XSUhiuwObuSjDPt95ck+vLfOLGl0","7e1Yb/4e58IKJwg2bWXEjC2Ix5mc2lBe2/FCstzla24","3.15.0a3","20251217","K09BswZHcPa4yz59Eb55G3BMZodroMFPiMHUWWEc0XI","6luz0ga/IO4U+kOedgMwcgxrJeykZV8EpNwLUHOtO50","uPiOiPyofCp8uJD9osL1OtGUQZdGX0v7acT164laOsg","V5wGyT2Mn4l+8dkTMbyO/i3iRqzp9Z2uNMFSgX28e+I","3.15.0a2","20251209","XQ2JxbEx9gCzrtnZOt8Tq49WxCY4vdax89I5fp8XOqw","zL4suHUfmm+TK0XyU3WJsyT0BiIurN+C2sLLq6Q900k","MsbNROSk90NAEjxKtS4T/6kL3deXtBpCb8r5in9FRBs","3yvAEEJ9zmdtPF6a5lYdfqqqE0JdjKb6FyzyUlsq+SU","3.13.10","20251202","pzmqxbSP1WiEzrKO9QKW3KhjO3poHPsSQTKCqKrnTvg","4VVovgFjrJEr22yCii2L7cZMkgoIq9p7iT9KgIp3Hd0","U3eIgAGkACswxmjR4RNLNEpovKnvy2tb3OQ6RJGYPiU","neZHYCHhMenB7lYku3d7o5bApoQw6oTyj2S8UX6L1aA","3.14.1","QiKZRdUqgVggFeB2Ba+YVp+2IL2tq4oPJwHqf7iN48I","n/ac0oTwCJ5wmLfMDtNF3JBH3hfvhfMorllAUN2H6CA","MWZCYR/L67+G3HqtisCkILYUficZhTMhi5NbrKkuDnY","wZhsVYcgNj6xlMoOd0cbWkaV1W3uDHCc8eZiaeopAyY","3.13.9","20251120","8b1rTkgteVxbZA5gYzfE9dCbuAfo0Auafk0BavYokzk","vQ46MIPJEfTr9XM5MHqpPm0NEdVaLOBPJCk41i2Hj4A","BZco94UKPXsBSFj8RUGHq/6tZcWD6rNNsebvYsqrDsI","gr4gH12jbg/0CL37tI+pbb0DVTrcD45tXTTvmoBo5xo","3.14.0","4K6/Ef7MZCOV+WTfpUaXSPjOYBv3yMLwyZfVw+5Acyw","W2osemts4XbtMtQEV385IUtEVo4whapDmJ8SvVV8kuQ","zYh3amURA1uWComn9xd1k1TB7f2ZIdROirxM4nHqrHY","eMGYj82uvNjFbjYdKrkVCqPauV+/ppHEtwzVVXzFNkA","3.15.0a1","20251031","u9Y0Bs2Nc3We9jwtT/GUegYZGvl5PUfS3cANuHGKQg8","fClLa/KpO2IcQRMC19/7t7Fesu2D1AaAuRKRnBDfSzI","+VREch92dOlG0zFI26DfqQVJ1CHUKn2x54sb18A332M","jWkXiyrRRPbcGpezboIe3bNmQhZjF1RFGs/cQP3MN1w","3.9.25","efoD/tOXYb7hFesMGTLeA+N12yEVE8+hzoP3ieUyZo0","pfuGm3mRf7dAEoecOdQsuUKwwzhE4ZyddN8BrQwdLxw","3.9.24","20251028","SkonS3InxVMvynKfn4U9vtb8lphgRPUwRVh6k9fUiT8","tACoH2BFpEiewOOd3XlXLZ+PUJ2ikfUrXG0Red1Yhj0","3.13.8","20251010","ALrqQMCUH4S6aSG+TaL2Yy0bzJo3dEVfA95t3KzXc/M","tsJnhWVzkVgBymUzG3K0c4g+keY6K9IRlT3jz7dKCpA","39yUI3JJkSV8g1liDCLMd+JVSXDc0Q/gu94l0q7Mhy4","c6UBXWU+c/I/TMapB8zLH0RGX1GPjiv/lr2g4Mmv4pI","3.10.18","20251007","GMLHt+1rhLWBNdcLdqqUiMUzZKOkvx1ERpCviqwE6SI","/x1YBH+WlG+UhnRViswpl0gVJDcp2E4D8ArfIonyYQU","3.11.13","OtySRklIBXuZuhZ1qtgYbZjIxsvVtocHIyCsNRL/Mmw","kvE/w6kNWajlK6QU9xEagNcFJ459DmRVEWUxE++AU0U","3.12.11","ad99KlCZvXcPe42mc2b8XWU5aQ4P8l3rgIzSdifXmhw","WYe5F70zkUDmg9SyZyicM37C1JzKWaDlwDtT8nkyPPU","3.9.23","HsyDs3oNks67LwZBEZGOOIRmUKHUI1Mnbh01cVDlwuo","B+cyLV4G3Sl61qiwLnLW26wf7EcQSF5kSR3sY4qH+so","3.13.7","20250918","k416PyR8QRTqWSQ70mcVGh7TXDld5CeiuyXXgUFaBUY","G5rDktYaLMefDHRL9byhz6hEd/zO5UKFHOiR8OcrZ4o","uAcIBeYJ5AOwI5pj4yTjAu+WnB5px4h/yKXRtmvFhCo","aUw1GG9i8kDgxCK6swgsqgDMcUDJSZrzRMNQkiZR664","3.14.0rc3","OJMlkaRKvPjy+WqYswofc+jnDJmU3Rt4I2ZLMXjkxtc","lPO66vvDTB07ls0P8lX+01vpgHy7Wz+Q0UXe5ru/nxA","ViKG/ziXQRcmwfEfOOD4wLzV/3oTXT4SlcW0HoEgVVM","xWebBByMJWTYNfG3qdPQZ2yio656A4yc89kXxRwxjow","3.14.0rc2","20250902","zAw/+XuhkHPuQdiAOYdQaDKz4OMiK/sxxebgKnte/IM","XoSCNdfW6datKdiEFLE61gNYO6UvXtWX6f2UBHAptjk","qH2yFYyFF7CBFKR3LXmdMO45+C4z7yO83ojUHypO/ms","oafwuYQgYA7SHhsO1HQjIwRNhxuQ1wumtI6f+PNbcW0","3.13.6","20250814","oWXL8xQmo0OtSjGAZXPrchC3rqf7lT3paqDEMkHuKFY","Za4HGMakU9pzNF+Tty40D1B2HHCgBnF0nv3iNvnGVP0","08cYe8GSQuvN+yzdB2rmKwWJ+ucVP6G7I0zihuR/wD8","WWXwshwSre0tLPiz8ConXKKiCiOZKikJ3PkY4yIipGk","3.14.0rc1","20250808","6eqHDSt3q1co1m8+hdHjrnbXGmHsm6lnJg+XQhKgEHY","rZ3nA1SSep658qz9Yev9+jxjCVU8clgflmgEPKO/idk","Arw2eJ1VU9fonTp+OD0M/2RC0ydlpvBUZu1OpujejW4","QSADEjDakK5Wj72m6o5hp0v6Bp1OM81Gy5IJoG20+AU","3.13.5","20250723","xkuRH80hhGwN2odBHLQs2lHtkV2eOOCAwsYrST8gkmg","yUCxRjgtXHmAP/DoMf8g8xglO7AkzATNuiEjY1x3bHI","pCh5dzK5kGBjo3FFaPooCmsBzVjiiZSX/Cg9iwedzVE","VARg4Eo9Eljk9Ed2Pj3JlUAKIsMc0aXb+W9cUOc5vAg","3.14.0b4","20250712","w1joeshNIo4ZGiLSRHxg4csV5su3U8OXsOm52pxVfOA","m3PflRdsOD5K9gJ7eNoGDGmJKRS/wZUQcISyEoHwm/0","wL0XpkCcIfsQsHVElRHAmUC1NDi/eFzSDbHy5dFa3jA","lMkqHVDPNzq/5MidXAfXsfzKEFuC+9ad9Hrk3P27Q80","3.14.0b3","20250702","tk3+wqcBauX6U0Apj0bAXfDJOjACHACf09ubl6XK2Ss","VE3GdZ4tevNn7rXTxFEWxSwzBUpzDhIKjqRC5ui50JE","GZ/40TZgB9ZmhApzILCkTmurCqDuHhPpJH0+xhDtnUU","59QHQ/dCOS2VMORTLtgHnifaziEWDtfrnezcPqHcN7Y","3.14.0b2","20250612","Dqlz2C/KzY1clUeAJk9XpAQJJ9pre9e32et6FmBzzaU","uWmV3DDw0aqKcOldRKepASzPQXsqO21iPOHP5VJcVtM","v+dRamZerJ3eABhIdOnaa1nHh1eGsh+0AITaeGxuB7E","DizI7TdrH89q55+F9ywdhtHi75S9rl2knq8EQ89zsYQ","3.13.4","20250610","jNgi0UZAEkLfLAVvTP9f68EWt/Ns4i3HmMjz0qL9Iiw","5++G8HzhiAXv35shp+e52cBuRBV5kaqnL3HN7LUxg+Q","Xur1ss1EtRZHrmaxt1+weNObiQ+fc3Uuo+7FC1kBu/8","lDKT/0Guv55RD1dInD6GDImeJwvHDIEmTQTWvzgsflI","3.14.0b1","20250604","is/X9R20wbvUuIXGk1ILLtgkKdAOi1cV0it90KQ2vwA","NVubgpqgc2rNtIFFI1Al7OBkBrkyZHrVr37w23geCs8","YuoKEhDjO03WTL5vP9LmZ+WqaRVZSn3MCIZoE/OK0mM","9Oz6Wm6rVEupqMG0bsu7/XBK1OImHwlDnaXHOG6Oph4","3.10.17","20250529","qIYYdre9+M7JqCeL15wAn7Ew3PrmV/s+DmdrV//tG0M","JdwmHjcExm26NJ8u8UvXJffI/Mwnp50WsfxuKUJ738s","3.11.12","bdbv5dyCWEABEKrKg6G47MawQV3eFc7P8WCpNiK5rMM","yIiZxIYvj2xRCPFau1ZpFsPT+SUwLZyo5RVHHQm/0Rw","3.12.10","HUNj2+XRqe4eLt4lFEZpwMzgxGaIAbUvqbtuNt+mClI","AydXyegKENupwFk89xLu6xAvKaemtjr3h1IrmSpfPss","3.13.3","3sYR3BfhWfZk6PBmSdsDBVKywi5ZQUi3RAg+V9POv/Y","Lqhe9oj1WqBNThfizNi3US8dWD+2yAETMk4UiGsLz70","slGFyUrVpKICBikqXz3bykDDPYlCF3Q/5PvenwbOqHo","AjkRnX0dVaI2QX7o8nzD6/ZO6V3J+DXWGzmKEtK4nuo","3.14.0a7","0i3FSTcBojyOdDvgoQN5yaSQVeMvbGoRvbnhqw42IU4","wwtvSSHH0epVRPUIRzAIz7bz1FBWkdSOek059fVVmkg","qk1YNZTSdocqEbBIruCKMv1U0Z7srAhT43umHQgLmEc","lTbrEg12w+EoIIy3FpVk7zkKe7KIIAxei5zUN9lOtIk","3.9.22","WSQ16o+ZHJZdmW3LNrXfXXifmjhy5ASTKoxz38ArGkA","JR5jIN4oATG3bRG2J5hybDtNS4CDJ6NE9yXGLVzeADE","3.14.0a6","20250409","yZY6X9GXJAB7GTSiPjHNOg3QKddkTKdgv/5BqvuRpFg","qxVuj8HghoHxgOGKSiyLTvV5sge1C8By7YLPLtmq6l0","QJ25S1E0GKlvI5WexN81ne2rCmP8F3PmM6iD3aMnrfI","p9g7TeyqJ0S2jk9E7LdpECAP9ykxGEy1Jgii5eWr0pY","3.10.16","20250317","VFfVVRLm5Mt4NwlrEMFHvXVVC+e1AXaxL6KU3Ji4Afs","Z6n0icqviMCbied8nzOQrnkUHn4bZ22A19uJiDmBQJ0","3.11.11","oZXLL//+QaHEi0jaG45x7oT/3Xj0ID/z57IFTeDFj9I","bueKO5wlnk8H2GkiMV5GDvDSkY62gkvJqDAzoPRs7O8","3.12.9","uxJ5ZGV/GjxZbvuzXXochzhmctm2hkGRYmYalmGMLlk","ldh8f+0f7ZCYRbucxHsQqs48pRsRjK4kV+62uo3UBSk","3.13.2","qFM0EOyHjNHMJOou1hsBvcaKreR/Ixzf2kkwiJ+Aaic","mjfkdjD7qUXx0vGg2PeH4LFWf/r8VTaNkyVjlxF3UpY","50IQPhQSeLkm1TCt2mH4ktxIPkIpv+DzH/TlmArcqLA","MHQqx+JfxzHquTRGNgfhfkt1Re4x0sFZY20dvyCBcXI","3.9.21","/+WZjoDrzw9Jp7ydjKRzl2vgqOCDKQbbgIBAs7l8EEw","A+WLI6MeU2AP5GTz8AJhIG+2/2LFCZlMTPJF3pL/TVo","3.14.0a5","20250311","B76XrzlG+qSiLC4065Z9RAL3gLcniL+oefpIg+xc5+E","uACzKcbMdB70vtmwmsVd4XVTlCd8ZqTE7ao4TcmXTw4","I/++RROy4C5hADw4SG7By3lS/iZFuKPhcobZu9ZxUxw","M2CsYErctjf02yXdW4HDBlUHcM+FdYh42ZCKVC5A5Aw","3.14.0a4","20250205","qRAL/cLGBsrp7roO46MTtfx/DJEI61WmccBZMdAfwCw","3cc3w9ogZv3r+Un0H/CCrv69SNE8YvKb/hV/26EMUkY","HmeY+9lumGwbyiwUDxpg64Eo6bVnCEqaGiLlQi37ufc","mHWESblWLBI8x1Q3HlmNRRxqKwUtFzTPGTnbKFbVnhE","3.12.8","20250115","3EpvhIudTlX5V3mTbJozPPq2wOyDEIWT8KhNFTv0U1A","AC0sRKaC14TzOTGdkFcuvPdOpX0tTuB2AEnAJumEgao","3.13.1","jl+k1TFomskaOqxnQOeDiun3+5D0be0EaehAD0ozmvc","MqGA+1cB/XEhHn7EnvcUDVaQj45UP49mubg4HtzoZ9w","7b6cOtQ+qWnZpDxUuxT7F0VvGk6y/d60l7f9cw0RZmw","cWkdS2wFVugnNKbayF0XasOAAkdV7AEy2cUc+XkPkwo","3.14.0a3","20250106","3m12iJV2/ftjpvDfPfZRvtTJWGpsTDUqPV3C0gKDfYM","BW5hYyyvthiwR56m9+v1Qfgx/ItIRqThuJ5aO2HtwnA","U3B4WEO0zr1NOiLXTYydJhecsxrUONyxczKSL1/JmIk","SK2edf6msKdlIvsYMt+U7Ak5CYBQobnXy83QpJ7Cquc","3.10.15","20241016","ONqoHgy9wZnWkkHDWFXdBXCfgkZITP5muEZm4SOrt98","2+fDYXQjn/mZxHR4nn2Z/5bQv4jfM6BzYEVkVILjOk0","3.11.10","3rCJpawPvZrS49yEPZABnq11seyJX9V6WryhkLqGy3c","3zS1kWJzivmBoGf97FBy8mM0JOtJYAz6x6FhL44fpZQ","3.12.7","1zy4QooQXQEUHe4M7sRFMoq3DgOeMc2MXB19Im+2evw","Vs9VIFZkKmcBiCgoBbaGWH0xB+sSqc/7qERFJ/2pyJU","3.13.0","Gxjw6sTDV47MpS/ziCdlRscBzqIkECNXFhlcUq19A0Q","X6W2vynBSbOjUww9wafiiwA47R8eqeiebhRGubD1eK8","yvwPEFA+bsCmLaknOqu3sdXD82GegKCPkHZmXrfiSwA","MWz2qUYVCsa0KhxD8Yl3lmaCudFTxYkfcX+6kvDL4G8","3.9.20","M/iahLFwu+2WbzAouE9cObPG4w1hVYUQfWnJ7Z/klWQ","HENu5E26Qc0U4bXdq5CmOvnQ4EXbg44W1Sva+RlIJKo","3.13.0rc3","20241002","Eb7+r0dowuu7JY9bB/lLdwDxZCT4WNbSwlC0NOmc4Hw","okFtpf21Mx2EsXntBHJFtjecBNHFfjyFg/2oSjHdWXk","3.12.6","20240909","GQwj6zuca5Y49p3H+4Kd+JZ61kyC6CyTiYpNh40Y7So","Gkc2BjKScBtO0I8vPGiGR8RwLlOB0dHCCJcPm61opFc","3.13.0rc2","TKfyrqq/jbshk/D6hvhpUlpcIJ60A6Oac/TPcEDPNhM","UBEN0KOeZjOU0KB1d1NxTvuFPuGm+/lpu0u+FZ9qP4M","3.10.14","20240814","RRRJ8YpJ5s7s+cH3D0ruDRVS7/EDw9spExkSUjgYLJ0","xqHFd/ELxsk45+ZMiy9gkU9Bk9j2AqO4mzmPSgbWdK8","3.11.9","5k088DPIBOnBSq9K50ZjLAGJRwYJiyCsvwDfS9KNCw4","L+HJ325evWumdIIHymZeMIfTWqPMrKpo+3N15VxNKec","3.12.5","elhN6cKCT0PXp7HCbrYaGK93Dr1gOnS0XVdgG6YrpQg","ZhegA/8oBSP2hi7C3PfpAOmZ1FIeS5Njx8MiRfsS3xI","3.9.19","zruHnUeHTz+UOkM0qPzYuqPNfvS+jK5rTIrpgNmBoo0","moYe9prn7EuYvFYS00ELhzv+cGe5PZdWahJbcaM7ddo","3.12.4","20240726","WiPtjq+Uj+SNfAXb+1jqhjjc0sSIDYUZ4GkoGrQny8s","VBMF954+AH9jE/r25KlV7UfAhwTd2yFr9sgQww6OyFM","cpython-{v}+{b}-armv7-unknown-linux-gnueabi-install_only.tar.gz","3.12.3","20240415","9pPdIraTYcFwdhV4ieuPHOGl6mcMAx+uRngkga2JKmQ","1NdtHf0tHjRKuCXSmRiH+jFwIARHCpfSBcMrnlVBiSo"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358],[0,359,360,361],[4,359,360,362],[124,359,360,363],[17,359,360,364],[0,365,366,367],[4,365,366,368],[0,369,366,370],[4,369,366,371],[0,372,366,373],[4,372,366,374],[0,375,366,376],[4,375,366,377],[124,375,366,378],[17,375,366,379],[0,380,366,381],[4,380,366,382],[0,383,384,385],[4,383,384,386],[0,387,388,389],[4,387,388,390],[0,391,388,392],[4,391,388,393],[0,394,395,396],[4,394,395,397],[0,398,395,399],[4,398,395,400],[0,401,395,402],[4,401,395,403],[0,404,395,405],[4,404,395,406],[0,407,408,409],[4,407,408,410],[411,412,413,414],[4,412,413,415]]}', "linux-armv7-gnueabihf": '{"strings":["cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-install_only_stripped.tar.gz","3.10.21","20260814","xTHCh7NVcEs0xm6qnRxExi1l5wr2aGRanlp3ZalhJu8","cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-debug-full.tar.zst","lwravTE8SKguMHadXKB6VjcuzalVCtEMz02tjkehfRI","3.11.16","P7tkTCO8MWRGeC+ZyAk0fm3jSaZmgwE/HtYE7ok15tU","kNMxvc9DKOfb3c/pFeDoIzAeah0nRDRai0AyRBpoUl8","3.12.14","0GNUugRO+s9vCm3jKTym5bDKAMklJpGbGutq0Nu2TEM","snNqONrwGMODsZ43TKP8SooUmgqDrNoBRylTFDeqYlQ","3.13.15","p4eNrlVodEo4NOOqmwmXRYEbhNY0Ojtbt5U1Fz3AoGY","3ZcRWSC5Ub/9GYASq/yHwpBJPxlNK81HkzO232YKj6o","cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-freethreaded-install_only_stripped.tar.gz","8B9BCGPUIotG5qrCyfKyRl0OFFWLSwRaPD1t4BiVMBU","cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-freethreaded+debug-full.tar.zst","2XLIaePhvtdcWsv3Yma8X7tcgnSkymtAE191MFNZjPw","3.14.7","bJ0oiLvuDz0yrOuXAazXVEJc+1zs7MYDIoDkAY5DP68","34JQFPs90JPUuMLJusxiQ149P/cQYliiI/qe/o45Un8","bYijdv1yORDsiviRvhDRtch1JhawrtMJMNsH+w6ojQc","xqKVRlA2St92FUL0smjTCc0X0WzCTf/1QMRr6eFH2hw","3.15.0rc1","SpbvJNXFYFxcDF9eWgev2lvLUPZL3loQbncsCGfqydM","ZojtBsF1ZdSx9vzwX0iQTcN9zMBXhG0nVhaRNvGINno","SKmLnGcsh6LI2xZchnWFLnT6Pf0ng2mNpASB2hyxBSI","9NlkSxtoRjaPzeHHsW6AhcdBzLMEUNEa23/BsSib+Ks","3.10.20","20260807","DmnHPs/WanJ3SoueqRsqyYMf09n26ASCSUwVdmOVniM","bo3ZpI+lNTcNnIJx1n7QhnSV6fzp2qMilA3uThpXuMc","3.11.15","3qGfOmtVPfZHS+1tjILyEjDrxSBuZwudgkm0tSQqBi4","KVo8nXOo4T/I1ZDpJ7YaopbAViwAJUXr7EQOJXjpBAw","3.12.13","HJK9E3bTRlvEjW6E0KybgUxNrCgdOt3IVHlInWwpous","AFlPnZP7csiIgIgWEX54ivUGIzkS7dthxYchWS8ajGs","3.13.14","20260805","3K+8W0NldhJSQ+kUAimoOeG/4EBEIlG54uOMHx75yhA","yuhqlhL501ZnpSHBi7zY+wSnsxw2MODo0FI683ZP8jk","af5WVhq+mDk9snj9R7BgkZqevHLBZjflfDh5R/OG4NA","EcScikITCHdbu/ia0wiJEmkvHb6Wws7re15ckwtB07s","3.14.6","20260804","Imqf8Me7K2NNQSDz2vsE0MbZnjPiwCTp2qu/Rwof/i4","dDYX7ZK3lLnpoybb4VzwKMIm0bjdUqhDLMbOuelUkJU","mJDt6VcFabutNax9Kiy2y6D3+sBAuJABvb9Pk6EysqM","XYfRIIfBobBmEdNpulTEPizNke8GIZr87avvHvJo68k","3.15.0b4","20260728","3Huw2Gxwtk8gdpoZUNb5VlCW0O1HLXGt0K3gB5uGuVc","TxkJS+aVy813ibLy24EKHPZngsDfAan5NeT0432p5KU","UISW852LT1INjp6ptiGQBGxk49j6aicGBPydiQFLnzs","Z5vGsE8JimYlGs0rX5puSjsiyJozciU9P2R3wrN/3rw","3.15.0b3","20260623","0wtYpHIPqZSGNDurwXqQkjTRYupcwcF89ePwOv5EobA","VHrihiYnQSmfD/F7LXZ8cc68WePYY3APjFB7z9niams","ZKbMUMuy8j4GIm+kr56OAe0rmfY8OCkIFT/PaSycQr0","Xqlndg5iROTjOC8D6NGvMvgeeFYjEp0e3A4CY2EE8/s","3.15.0b2","20260610","9Coer38Hb4Q7c3wid0a4FGT/gMKJXtrDua0l/bBjoMY","t3HyuKkmKmo4EtLRqmKxf/Dr2TzclIYDwDQB9MQhZog","UHyq3aJQahnR1bc1DXFNMTNgQQHPRRTqKvnCkFkH2os","wPOrvsCdleOy/yx+Z/Zk4PgwsutYfLeVIj8pTEX1UEM","3.13.13","20260602","JbdvEPEl1GA+K02Am95ndPtgV7KalPie43iH0KrzlIE","Eqjia/ta17MywW4qqPtt+OqHGrAv6DDh1M6etJ9ykWI","/+7XRD5HiBKr0XFG919J0xaLsupwMHvwLvDtRUhmn4g","c7WdtRhb6S2p1QmJqJ7MKT17BU0ALEvm5nrKGAjHQlo","3.14.5","isEYVXIC8LSIXJJm7qVya+bpASYa5au7NzPcAFpmjLk","2JgnSeLL6MTRRwQIUhLQIVoNk0jYbSQ/nrZc0QdlrlM","saB/uqm9ts8b4IMY74zMlOgtij3719CTkbkmBkUTgUs","V5IhRbpcmQWhuKbJ3dT5kN8aPKYxQIvZH/ydVsbTBng","3.15.0b1","20260510","lEtnh1Kj+hhlK/5OJeI8rl5Bl47800TDnD2MG9IBH+Y","sOpXpq9B5E4zLaP8rGI9AfzZKBrndC3yrKVXUVgnoGo","0+0ymzjE28homk/64hyKSB/axTq2ZqNwqe8KY7rI8ZU","Jlwda8yL3VVJ43JcuOCm+fS2dPRMDFeKj+rOmKCksOA","3.14.5rc1","20260508","NYD9Zzw+XTTHIz4NzKpLMvgHtWcdjdr4xRSR6WB57IE","gcP28T0lSOyMfg5jnPfxaFRI4+zeoGoHwk/iK6BvfR4","8PvznDKicbe5PaJpU+L78Z7Aysumfnj7+EuI3DgbOZs","jKj9a1+RSskTAYB7oUbmCWdojLCtlWmr4ROpb35J5Z8","3.15.0a8","20260504","j5evIS0f6b+YSwQpSJ2kNdsU5HY3095HvgQKwrhuRaE","QvCWpo4iZUA00NGsd6drL8qJbCGtrLlYUqYVvpRe8yg","TuA/MMlb5pr/yyyTYKzmhLcjWzJ3KFl+W2/szIBbc/4","M6uAKd+OQN8vvD4IXCtMvtV6c55/GUubZpy+b7U7ojc","3.14.4","20260414","XZAIkVbyl1C32I4/VE+8/rqkhMs1htIVjEvXdApG85U","uwqTRD7BsmFdH+Eh794pOY8M6sVxADpd8tYewZcXux8","vr5wXBxynbaYuynIBiH5cyNs+fQTok5GAMOjUvESYvc","eCeQ4dAhdlvWbYceuS9A3vcHVGl9xkfD8qJcCT9ViUM","3.13.12","20260325","kwTM0tSo2PQrov2tEfCbUySGmV8qtdQwrBE6dC1+HWI","M6ZxG4c8E2qoSAv6++iaYKrSSKSdXs8KQzbv3BBwCOE","xyVzouzHOwhTKeWTNG81dEZ828Am1nJdNIOaSNb7pYo","tjPVY+XAFlRUcmgLAGfhHRIa5ceTZwrlHUqYZLK3KY4","3.14.3","B7XQCbCXz58pmv5hWQ6m7D/LxnXr918ZxyBPeQFg7x4","4u+HHW1RNsTugSF9mFb5IFNR/f+lEKYm0c+4CmMnzXE","08GUBuH8FAxgcuKwbDTDrDBjHpo64uCO+vM8o7B4aHU","bOWr/nmjCO2Oyc4Tuy5q0Z3ifPRbQ+Y7+kvp61A61uw","3.15.0a7","hR3yZIFa8z7j+JdGXWo3C4Fvjmohsh5Quiltryi0fJo","8SrqWvpWdCSRiWUzxaRYf0Hp8Ybiw7LEABoXm+1Sf9s","lqo6vaJK6uqG8yjFTtFV2SJgKzBRCxvcNoUKAmV+/3o","MunxzzBF0J0DWOEB2ejV+4909H0pSGw3yMmAVNapxLQ","3.15.0a6","20260303","TNgycAQzwZFf9NjmbbdV0H3O9zDox8FACR6OsM6VjLo","V1O+SENJy4TR05/ECaNE2LpiVsfeTn4JRDGrihiSf2E","cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-freethreaded+lto-full.tar.zst","B7haStEFx65vzMMFjoONrT6xrSp1FXIU2kzn3vImFW4","xLBz7r5gEWfOjw9JFDDnJZQX+tQ2JxHIhLnfJ+ksjoA","3.10.19","20260211","/Gme3s69x0WQcPzRHecjdoCkphbZk77rg1fR2O9+o2E","05N2Yq0CtuREPGteSqMqnMau7sA4C2wHSM9Gr+755J4","3.11.14","CkJFy51LbUN5AMhlCyXMhuOcEvKsCkI31KZUsJpMKxM","5OIkkmsAcsWz+p0LFTFsw6l/x/qptiIsZkSAN4VFnIw","3.12.12","aI0llM2lwaj1RVUQ245N/EBcfnBtC2sGOjxDmdHrdE0","bKpfMhqAzPtHUHNiimtTwlMpcwl4UUkEMZs1La2IeCM","3.15.0a5","20260203","A3lXd30gehKTUyZ5koTWzb9Rjpn/K9NV3/62Y4rz/Kc","qX+MXpgYG9jCxhXWjcw0zQyYvvi2i/dvt12DIshzhn0","vg123BXNZ700wqFGRPP4ZjsMhH8zXbfAF8IWbnJ38Yc","MjP5jM592Ob/wjRWTg/V/9kXUZEFacdMWUaCU2VwnB0","3.13.11","20260127","7LWaROYuZ+In9nqOakKcfk3CQALVW7CBFUAfPJYuzCk","kOmmXuuAFp4Y3pk9jHfE2dFx25DgaD/ACNcRHYe1MMQ","nI1L0ESVRE4fBA7bGSTM4gJVZ1gcEQFruPHCHtO3kRI","lguwi1ZVUdDKnc9D+a3HS/FfYONcChNlS95ZQuaiBRA","3.14.2","OSUXqALu0P1V/2GbNKg+bfg5Js9ySHJh6BTiCGnEaYA","7EB08sBCmnHUKx1q2kI5yVChu9AGiCJlW7808BOzwXM","PM8ajjxBmgooYvnJT1cpE2TNQQ+U6cZg2bGyEexUO2E","OL+uGi2jPMMqMLcMcuYIFq4wpGuBXUxOUBrDHr0Jxbw","3.15.0a4","20260113","wk7ZcaBBcvC2023w9CDrB8GkxX6dQeZE1QsM4kyCwnQ","83xCwqCX2qfEBTXOz/NLhVeTESl0p5/3TCzaX5WhCRg","eEeOUS/lmsFGB2BD+Hw9ZVCUu0Rk0wCRQ4Rd5EU9N30","XxvngmEKa9FFwJLGiQ4pmCa1XGc9cU34ewyuciO+goM","3.15.0a3","20251217","sIgfVK2Sf4GPi+x3pnE4hfaPs71fN8M7m+zKvU0SgZU","jrx0I/sfW+kwm0ZzUkla8KyweydbmpGy+logqAq9iRs","476EDpgmDAzwNACZMO0QoMsvT7vOcc6DvdP6yOmCxtk","gMv/GNX+slv7aB8cnespuQjvwUOOytAyz41b7FCSt20","3.15.0a2","20251209","q6WhJ9MD32smfFGAi7taAXtbWSuN3pTlKkVA28LnRVM","3kcG9vw+TwC0hg9ItrNb8QHYomMO76MB6jU3+FBaoPU","XxPFqOEF5F6QHRmZVtjB+ZiqjazGE1MTCZvBjhb2Yys","w8tTsw5K6w3NIJyIhsmyP+L18W6yhWQPaCbFqIPbmwc","3.13.10","20251202","x+B7b+W/UTB5B5oANvPBhxJ8XmC6U6lyQkcmDOLaggQ","YUpxrT3DGVMVn1BUNMuTjr1mXPPXWIXw5ilSN2BMIu0","x66dJdW+B2AgE1PGtRWccFYnYhINDLMmFhzcM3m6W6Y","YbQkddpjlCVAfYQlfem03XVRt+hSV4yrQYp+R+HME7Y","3.14.1","wDbKLioO9yDQJwPpS/THykjn7V+tr+9wP3a7ViDjCSA","g+CApu/3D4XQ1uUvbSXfmBrYRjEh9bFXgfIJJ4c8kUU","YK/JnaGiIhpVmHOxoHtZExtz3IjIXxSzlZ4koSLZ9lo","F3Hzo1/OiTThFN6NEMb53+4Rc6xpl7wYCstMujdDZDQ","3.13.9","20251120","EOgpd0exOyJN5qRyjt1epbm/aCNm643QPwhYdKvh/Is","bUy4zbwKLAkWsrQjFfO6COytTAkO0oP6OsTJBW4vAK0","LIx73BUUKve6i8rKj+t1wefasshCVKE8skgMvzilzkY","QNWiQQIVQHGAQlV2PdXrI4Icd3EriAT3iWIiqI8YJDA","3.14.0","9uFFGWm17ly2v0oCmDt2K9IRXlSXb+1DOPlxGlpwFzU","+8sTnU0zn+OOMKIuBFN0NS3entF+IRiLOOEGxC6K0wc","2PMWBj9bQZeKcBRph9Vh4iUrjHWsw9b1t5eSSQVd1tY","kJlmjR/aYhz61RzCcgPCPBHiXlQn4PiFLX1//U++BZg","3.15.0a1","20251031","pMlo3eB2cIQBbbQVcMX1uG2Onm1rSRpDJC5QTDtzTSI","b5KwBBLXXW9OdwX7RZfS2GksBNEODrIh5zeBCnvrgn8","eFsOxkos+/NGB9TR7CAkgCUp6l8uHXH0qxCdO90is4o","p1Tm2eMFCE5WeZtVCibtM780Iwg0YlWY/e0Y017Z+hQ","3.9.25","WNNIc0pS9AAcEkOw1+ghvZqCULk5XOR8wxHPhiLP1m4","86gAqoJVypK4589IOn1iUGaD3nrgWsrWHr+TJlLUkwE","3.9.24","20251028","eAGl/VE3vN62GIgOAASw0wR1WBCgYzTaSETRO0vlNC0","5mnHC1CEmId3pyPmnmPQSR90sfjyzOH0LXeDkyU1xRA","3.13.8","20251010","q0NBt7IXurkCaORKaQ52ljTV6zbhrEeB2SS6nnaoSz8","17EHGY68CZqj0MgKDl2oYzL00pU3cyMjozQ+2XEqKHk","XpwKzsmebkGNwaQvCDo4wdDKXGTCAoO9h9/ZBt9JAdY","rOM783EQCsMn99Yp9+F2T8OTGraML2gRa8LXmHSQoVE","3.10.18","20251007","jiTLBa/4cied00FuR54O7/aQzE+cnqWKFDF3dziGAgA","KXhFq1+PiPUeC0ImBdc55W4D0wX7Tcy+UMDBXJd2NRs","3.11.13","7W4VBOoGN/wVu+trxRwG34IBxdfj/5BYPQXMXas44+I","ra/6jDdVD/7u9TwSWLewiwnMfAPLHXgt9XMledO89qo","3.12.11","KsYUAy16GxpwHOqGYPqwofr3o/uZG9IcygFBPMDz64E","xW/olnJaItoC1gQ1SStuZfq60UDxeiwU6BLHtt+odnY","3.9.23","RgZaVc42xzK8brfJ6PrEtMUN1i36OfmysAD2shLMLkU","JYkERUSdV5XYrWRg3nunxMvtA9XT0cuNF7lXnYyq2XE","3.13.7","20250918","06CT+EZCkYHmiwP6KEQgOod7f0aamrWtPiwElvEzFw8","68QqxCEW0aFORXnb6ZxbNl9hyT9qxJY2d0E8FEdIdls","OlQfnXg9hm0e8mXRoPRZkQajp9psD0h3crHARNEdS8U","Bmixy9ejxnchQcYrMxBJ5ePAgkEns6MkjofKs9wsNLM","3.14.0rc3","sF2WNKh2nLl4v44vFBJbQD9mrqvx19d5j24xSIVHx5E","FTFjnyox+tS/D7L4J3nWFG99/Uj2FB6/O4liAflWuI4","bbHGlcXD0YEZuvy1PE/vYShZf3TN1nx8F1ahIKGSr+0","Xewhy6R5awyJ4Qm1NeAJICnV+AAUEFmCD8HYQ7aQOp4","3.14.0rc2","20250902","z4iHM92RCpmoXHkk6aCM+7ZjVb45YthOuoTsxyLka3M","gUSC/itxePhOJYxBqrY0Gn5IELlzpiDoPNyiZsWvK/g","IanzhEOGsO+iIvVdhQ1fH0bsr/DOktl+337Trk0p/+E","dtfbChMBjeK5K81DKTjwR6xiJTLjlz1gVhGG5a19bXU","3.13.6","20250814","QsnXOioV/iplJtfQxjUmMaHCe/bjsH7+jT3z1DhAKY8","yMUYi+ic0ISQSUl4YTIMjHn+Er6ROJcsJjBkYdegRJM","lqhUrKThTNIY8xzCgghOJKnHefljsvlOsEQ5Kzi+bio","dSMuf8fBDFu2aiE8qCX3qxrhjhEFSsnKx9vkY2fb/2s","3.14.0rc1","20250808","ohCuioi+y3oLZ3Cq66mW2wwAFRIH7CLlZ0xN6agxl7c","C2cUhbM2mqkxyKcFSnoXpURdGYttDEomI+OjehCFp/k","RC8gAPwAGn+JahXr4XWJN8QgPKmhOjvMPVj/pJFzJm4","FnV/cvJEeMIWAqchfh4c+D1PECPMMN1ooMtbe8eRuKk","3.13.5","20250723","h4ztOtI6Eo81bd75Co9ef12CKYPD+eDgqYH+hGYyqEg","WSaKt2x8O2XgcNWeVDoBPgOKzrD0q12bFnMgWf54LN4","FFyLnIeAXaVBkX/nMW5bg48pUcaxQzyjZHfDheSBqzk","3rp1Mo5MmYYDTwgksorjSlPX9GynwYEHL6hyWsT0tOY","3.14.0b4","20250712","pCbgWz2KIN+9qEFi73XtNZDnE3Q2YjuT0TbAhNBohpA","LTJcRZx2G0vKXiAFrszIie9i7ksIEdklLiKBfzA3gl4","10cFW2tYeNz2udQlsKfqP6ezP+JBsxaB4o9W1e2G7V0","mudVJh4qXo+Bqa54skvmR+18zp9M5MKpsglti+UafFw","3.14.0b3","20250702","cTn2bHPwn47T/NhA4IuF3Fkf6N8EjPpcSNxpWmj3QUk","PpHNCM79QE1VAD7CU0eunVkecu53oA4qFyziBsNPXsw","5irbTDx1SbuQlVZFeseGO5gHO9z15tn/7FIYKw/jLM0","wNRfAMOJo2uMp1Ruu36oEeewYQyLQwwKW0v1dnPrILs","3.14.0b2","20250612","93ujqwyG1rd+3ikDAtk42w5DYRxUvAflu/LBPJ3wxT4","rqbzbybadYW5nUrAM1njwha7ZTq/gcVt54+J2suFqP0","mvU6jnfMHUTW7OqoYfU9QlMrw8jR+ktxGiDqVBbe8n4","wB4VuYMS6taq6C1JyV+Gdbs1TgQbSXjWpF/l0EsaAoQ","3.13.4","20250610","GtYTsl5aaV64IN3UMBFNa1LF9Fka2e+U+QlSi3vcxo8","5As/36uHmXPkU2PxWYVqjIFXCxZQX4hi0X3C1nSdRRU","G/zXY2yaXWaz/HLk7N3arJKjBaMjntxSa/vk+DvdFso","b+pbOAfJcFcCnLHwgYONPFIgyYelaNupyYaRubvTtLw","3.14.0b1","20250604","IguIgyNUb6RmUUxFW5zU4TYTiinSSZH2RB/G88ZqcC4","El4rWkcBV9m723grymkakixJDgH64phZrayauGGnD/M","X6TDaxStUEp2YX+efj4H0kShmpYFoIvZ68sHTyttQZ4","7aIOaAC93n5FvTQP/iMHnef63nmZN6PI1osfa68aoVM","3.10.17","20250529","IQ1slVn48SJOsyxuTgKizk+bqLMEu1tTVqj6aDMcNa0","7j9IKpJ6XXwWFygL3fWO6u3FkYJsnDGNLMMikWeWV0I","3.11.12","+cwIAuvOzLgIvTDe4A/yJ0yLTMfim8nhmvTFUHQ6PQE","GoUr+m0wIlW3psewgBghUjMV45YxYYJvs7VikIop17w","3.12.10","qhRxWbrtKkn11g65SWTwR+eRozN48HTv0FaimchUIUQ","78t5CWwM6+0mVJ2dlohTQgmau/BJ9UbZpdg4Yp0OcfI","3.13.3","vGpAF2N5alnPtMA8P//BRwdf+n/UCwPieLP7lx+jyUo","ssL+Fu7h06jGs+lFEjvkgnMyrpzOqiwAzre/emCX8l4","hD3nCSQM+3bCAvG7xIzOoTruwV/EWxeHRNETa9BcVTs","iUyGMqz5RkQ5Bm3KlpjCJOj8bhjaSh8TyxDiSvhvEMw","3.14.0a7","QbQKfGaiOqghmonT0K+4+tfNGoVdVy1YCo2LO9g7pgI","jrf/JyAxF4HZo3RTqZwH4iwKrIA52ZyyRq06jMhbFfw","JX6rtspa+HAQOVlFR/Kg6y19pEZdCTt6xzSCgcIgY40","5P4cdJKR/CDeCElGUIJOBuG5Mwu3jLieIXRil1KfhHc","3.9.22","vwEe8HbgVhfmWqrAAcI7t4vVCtO0fsdMz8VqYSo44AM","oN3Bc9zBwh8Q4EsdYEjVLY9lyaDTa7DS9ngD20PKU2c","3.14.0a6","20250409","XvzVdbpkJstJPGbYeJs0XtPmFy/86v77QAummjUsA4A","qTZqHfus3smCvdpB5NFCXOqD+v1UQwuqUIVl8sBAXFA","A4ztmCDEo1o0/j3VD+a+e5VrR+uisiaKqnlGPSKviHI","WoMF5cDw6/OcOUdbO0OTmTY3d4jpm+/W1S6c+yBMBXo","3.10.16","20250317","zrFzm/z5gE3meSI8SCbX8vjYcGpqLVg8UhypX+gS/Vk","4/BdpjmdxKRYXBemw3QQWTk0qDmHDHjYdBKigcX3TbU","3.11.11","G0AYeDbHKZ1DylgiEggIGn2ba5429e8q52e7V0X6iP4","gUQWHv9vJ4tjCq/WmFGdhlmjfV6iKCpHY+cQ000pUnY","3.12.9","XF3VI3cS8OXt+IuIbfAFiHpAjUU6aCm7ahbaO7HDp1U","a5Uve8r6xayfDhmyX9Cgzs2tp/tbXCzt0UYKlLSifWQ","3.13.2","4b+K2ot4sLXo62ea6eDR6/34E3CH2hCvQYBhS2RP/jM","0eYwR5c+Rzgq3pfULr9tC6fq6QOcUrSQYOH+GG5CsyI","yJmNuOTy43mLKaopWH05Gy0OMrgWIKJbWFDDWcp+2/U","Jgrm4KJX4Qrt4UTJk+KdPf/QzKlrfRPsNfRyKyD8wAg","3.9.21","u+jmDOHRugaTAbdew+d2tT+CU3zuVGLmUOtjvUlg9VA","M+yCtbGDNaxa7I67cApaEoG96Ryy189ShmTlLa34xUs","3.14.0a5","20250311","PawyUfGtzVHrKdG4iqzLM8QaPHCF+bKEEMO268aX7gs","UvC5ewqCXtx4WnYuY1u9Ihq/X7pOSiUAzT4Ys8JVUhw","84eO+TZlp1i2R8vhFXbMwsGxGNCTj1uGTV0kybFiBao","pxGgEAKXpClJ4ieVEhOHaDqfiGsYxEPIAkak7XrfM30","3.14.0a4","20250205","qXOp9di2+2WWbtI8CP3XQbF5cBZXc7c4eE/VJ8sn37w","1WDIXc8PZbK1jPHt2ZcKHqBbe7EU+0OJEpVLSzIx1jc","MQdfghe3qNyWnPi68BEihvcD3L9EkLJ0fx4V2UAJAy8","cyROXQx0zEvbTGmCQ4AgL/w4oxuqhKXidH49Rfx0Jf4","3.12.8","20250115","tGISiXZvDfBUzfp3DsqEpVMRxP+mAYtj7XXdVttBjl4","HpHFYKt6of9gNG7L7r9y8o4+8Jn0deBQnHbJWnAiXAo","3.13.1","bnsa4Ye69k+urKmA/3fT2Ed9vwXrXqqNPwxJvaV5phA","mdBHu+Unnsbsq6/P+HpZ9PmD1+k20WxCypqETTR7ZB0","pbI8Js8esi+FDTaQPW2yl19Obs4hhGw8JC4Rz4bTc1E","tBPBN0bXnfbA5yUjWuVAYTp7ry4YiEw3+SIuR7SmUp8","3.14.0a3","20250106","gg+ImiXgzupCdCs0lup//d8yOmHbSpfDcSVUslRlDek","TzGeOJl+He0oHsuwB6hzUDmrpnpfd4dm504gAjptzFc","dXLg7xz4veEmyIo3LwFa9dEGz1B+TyRhN5r1qnS0gGw","/9mETEHlK2jCEFHgj9/+X4H0IiNqIAN85Wbo5+gA9tI","3.10.15","20241016","ryiqsX3Yl9FK4ElVsZvjCA+6pneKJRlD0mi8WXrDlCc","JSP7XXy+Y5uyEZcbkDcb7n+CcwR5QQzN7RHCoJO8P9g","3.11.10","NlXabxzN6CP8A/eQvr//EGgl4rXsS3M74iUVAnXNYyE","hj2vnJGt9/wRjVQix3lUERWFnt7Dpd7G3To0MXPS4Cg","3.12.7","BLMIcnLSu435juxf6BtmYFKQfykjgcvszhe+xA/dMMU","2NVw2fdcS2xefKk96n6/hUc/rTVrDcSj4PjUmeGdNZ0","3.13.0","viu8uYXs8S63oWwYBDorC4VR2Oh5nEmg12a1Qd1GX0c","7vDiV0VquPUrEIXeTrustGAsK8nS+HiNrmIYrRqb+Jw","Y2/lAV/++qVYjby2LAJr/XHhTj+/rJKvC5adn4jvxKU","C5LeD5X7MEmRdJ5ae+tnePlh+/DOUFfMbjTWdUsKATc","3.9.20","c+zdcxi0TIjMWHfQOREQZ3I1EOkihS/SB6wFsDoRhjw","+zx3T5lnvc01p+vSj1yVtzekDhKYW6+c4q4iB+cU4zI","3.13.0rc3","20241002","txgNXqX9ovOX0E4ubhGip+DXMlQr9UxISvuB0IenuSc","Wa9VsS1Z9f3CNrpArrsQX8RAw27/rc+nGZNissoJ0KU","3.12.6","20240909","MaBDxA4du1KEBP9uH8rSVjjVTfqy03nDmJ1H7CTmk4s","0cmSTpDbh4Jr/U/8UYnsiYOWL5XQn7ec29f3W7TYjao","3.13.0rc2","DbLSY727OvHo3AZ3+kSlzamSupiVUTRsy7/VCoYTXD0","iowtNxq3/i0dn1FxetUYIRCMYH9+p5k/lpIGZq/FGsE","3.10.14","20240814","fyFbhd94xWiEcyn66yxQB8MBdB2cTM672TWjopYxl7U","EO01wXOn5sSC0dys5b4qWnqMk369khaQIOn0AUVlUfA","3.11.9","djCDjHYC5qalbEEmPWqAiiogBKfqOHcP/Ex6rzThaa4","4w6wydUOf+Iy4fEDkUcBNseBKnNAE0jb3GBBjNAzT74","3.12.5","qZkrMNez7LVYzRL96Rnj4oNvFh+Pd3r+oxFA1f/2Ni4","2Nm7sh791rT79eAE1X5/rXcu0SY2FaayV5gD6fIonfo","3.9.19","wy0yJ8RJGTSRcsJ7NSdbrTefFnn3KfvU8zZiWQMXGho","eY2EVctc4enfjogLF/WFKFNiAYS0nDyTEK6cf8LQVHA","3.12.4","20240726","QoF2TmkzmhOOMCEbmSPXQDbQfHpWxqrMbb2ygCpXX1E","8RD12z0v+dtVkNd/SvZVIC1XC52d/42Kr79n3qiLnb8","cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-install_only.tar.gz","3.12.3","20240415","Y1CAgnvtRhbcJxVFZ3g3IDCY5bVecZXYA+Hcp9ok/Aw","lqejcluujMCTPqqv/pnGpxIYtlk8KK8EKp+ow0/HItM"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358],[0,359,360,361],[4,359,360,362],[124,359,360,363],[17,359,360,364],[0,365,366,367],[4,365,366,368],[0,369,366,370],[4,369,366,371],[0,372,366,373],[4,372,366,374],[0,375,366,376],[4,375,366,377],[124,375,366,378],[17,375,366,379],[0,380,366,381],[4,380,366,382],[0,383,384,385],[4,383,384,386],[0,387,388,389],[4,387,388,390],[0,391,388,392],[4,391,388,393],[0,394,395,396],[4,394,395,397],[0,398,395,399],[4,398,395,400],[0,401,395,402],[4,401,395,403],[0,404,395,405],[4,404,395,406],[0,407,408,409],[4,407,408,410],[411,412,413,414],[4,412,413,415]]}', "linux-i686-gnu": '{"strings":["cpython-{v}+{b}-i686-unknown-linux-gnu-install_only.tar.gz","3.10.13","20230826","Qk0jm232DkCEmtGFBd45QAEjOrPXRwtSgP7G5kMgi7k","cpython-{v}+{b}-i686-unknown-linux-gnu-debug-full.tar.zst","CKOh/2G37SyH23qfiGMHgdmPq8LvtJnziuDq0Flz61Y","3.11.5","gt5+JVHAFRRcAXdCpcBBHWenVEWV30PAK176R2LVEj4","ddJ7OZsyPCXYJQ/amFfjiL8bA7oet5JewjzxIEKmOog","3.8.17","5YD92SO7rmEjNFWdxYvV/RPM5Tt2kpTWO8iOfGZi99k","YawIaAwCLxgKMtyC2EVIrrkscZSkieOzxTLcSPmZ11c","3.9.18","EMQiCAMXiGBX6WgBBJUDe6ZXMat2U7yuq632em+l6Z4","f6+P37rQTgNWqdUsm4vk1A/++Fyas+MSxFvWSZfviqk","3.10.12","20230726","x6UyGmlu9kZ3kTEjaKBNNoKJB6j1xVe5YGf6U0xxbBg","icg/zf1Bxn4t0qA3mCVWxlfcVfwZOMb2zc1f+mFMH7M","3.11.4","q9zMbscJP0namWgPWJmpa/8Llv3o9dc/eqwSHg0F/dg","qQUTZLXC4oIF+EhMrgPRbIa0XfXRFzJOhG0PXocP6fs","3.8.16","EmD9avNBBLvVdIkXXm97/qdtS9BqJCoPjiDjkOhwsic","mqPlWRMKR8M+4rZ/bKaeLxDY9wwf0eKHF2O4kjcqbZ4","3.9.17","rtKaZMg1REwvGv+DxVsUEjEU10xU2WSToOq/3YxtASw","Gpt+3BZoNBDCe8W0sXYRQ773gxoa0XLn41gcFSxoN6I","3.10.11","20230507","xwUYYg4ysHSxtAV5AS8MZxkaln5D6EuPRgUra4k/fus","kwTW7u9IvSRqKVnrx2sg27LGqBqh0hT0Rxyyc8EXF/I","3.11.3","Nv9sXryovwcYG3dIdCM+s3g1pis5ST+XWGmsxQENg50","e9aU64SDKOlvUk3tD5ueymIw1x/OPNSbM1pcM0UPPgQ","3.9.16","qwoUs65yv0i5SCDgluhrPPPgVymGL3aOEJqoMYAWxPI","4qAiYWVVBJLolTae4baaUV+C4Sy5aWVgEu6OFUNAlmE","3.10.9","20230116","RFZsCOuAVKoHhPdrhdLGxwpi9JiNXpq8zoGbUXsyn90","+MOmNiD0EsSpzPtuJDWpalV3VVDIGkUtFkyqbQOmodo","3.11.1","g5IjDPdsKCz+r2fcvS4PrG2ozTs66tElBQXG3dYGyq4","eYbr6CwH7NLrlP0bPJ67sjZtsjYOOPKa4FQ+hXVR0L8","3.10.8","20221106","Le7ny71drTOdcTp17JIjlyXSA16DOvW5mBsCbe4LkhM","q0NOzP/uxPb1GvAX5O7WnU8epV9Ixbibiod53z+nmd8","3.8.15","O8H0kUeRPZPOqcu3U/uq6QuG8e6Xn5dcRxKjXwLL2Gs","uENkFeqb2ZcPt2b3kaFLDhTOY1H8RgTrFY8UJei7SjM","3.9.15","vzKobCIOTRaQu5K2dlPyC4MlgIrM2Bv/A7XDCudOZEQ","y8ahSDUCLYn0ymBCoGxJWddNS7tY5wvb4P6NKSiTSSI","3.10.7","20221002","SmEc6ZDcHzK8SzXSdvBFIUZBJ/d+ETOsW7nGuiPpSoI","p5gWxQq+snUlMPaLTX2VtvSDkvRKmn8TW5GAfXaHKXI","3.8.14","0B2BOTmtVJyiU8UuW4NhtEkMxcjL2gCrbgxSRWUVPis","Yxu5D+jyll0DQAsmjekP4VXOUZYSljYNZXi3FRqp70w","3.9.14","OvHCVREML0LtC3lXUCyS7fi1xeb8X2maJHW/ilYDJcA","g6EcTz0cDsORGb0FE6hoS1m2jDmJzx5QQtdBfUdwyQQ","3.10.6","20220802","sVKAGiYJ5qOPPMnn4h2LbPW28x2s/KygHhYsUU6FHtY","B/pPVJm4iF0e6knK9UdtdjBatzSUtzmN/SLBQJOFnk8","3.8.13","lIVZmtkFPfugjJGFRxcnLpW3yB4NCZ2cUaRvxaCVzLQ","ba8EBb6ubRJ6LcrmHVGnGSNrhhtMq8Igcn5IVH/W8EU","3.9.13","78yP7w1Jiv5XarIJ/uAB/aO1Ut4ahfYh8mAnh6ps89Q","fTNje0jEWs+IBdVGCJXcopvydA/Sz1Av3mxqAGN9trU","3.10.5","20220630","Wr9br0D4Vzzn1+StMjRX9RGDPhZj5hrFoR1VY6c1FZ8","Y/z8QlravANMhR2t+0md4wg/13WFghkcEhYq0kcSVrA","3.10.4","20220528","87wIKKDgqJdOP+kLTplUkpanV43iMh15G+G60oGRkh0","upQKdKdDT+eNga7Z+x5czcPZcZGi2zVxb8lOO2YErOA","3.9.12","20220502","Iz4alibZ/hO6rI3jaJ30hAHQrV2hwvE0rVfY4+h4oaU","5S/b5h3qhHMjzW6BFC0WpXHcqcC83jv+WudajT0aO/Q","3.10.3","20220318","LxJaknw69S74mvEYV9+YigQuJs4JUSlwG5FedbLsa/8","Q8HNbiA7+6Gi7rls0qFc4OveDnLsyVVZNBFkWTR6nCg","3.9.11","daxydjHqsAK9EgJGGXqCNRRcuQaHvhgfelLeb0HUTTQ","C+Cl9STGjVIb4kF1ZcpD8xJbGEX5ltbWImaqQx5nP5M","3.10.2","20220227","T6Sdq4O/gkCYFttDGAZSXOiUKApQnKlskePvyb7tH+o","m+KmZ/Ke0EgWXPs/Xb5hcD/T5ZVvj1F64Jh0CshBHAs","3.8.12","/LIDPwGisQpRvmjJobTH13WbWC9YpQM3H+Z6tZmHtBg","fPrJpX4mK+PoiQNtf8VwKT5tPXRBHuI+H6mqRw04fmo","3.9.10","N7pDhFw9+boBLWkSGtKep/IeovWZShVQB88VYNdM5QM","Pjv00+caITHmwGTR5QGfWMucWP3Orkt2smrJeKbUmq0","cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20211017T1616.tar.zst","3.10.0","20211017","EeHPAfPpyEdJaNt5uVl0sDMmzEof1wCt5uSf7w5103c","cpython-{v}-i686-unknown-linux-gnu-debug-20211017T1616.tar.zst","QapuRIjZGN6cC5NFlRgXQcZHNr/nffMV4xgffTlKjlA","3.9.7","xxpxg2/LkLdQFEpUMcjc+iHpNMrvs/gBrQrwn1LoRO4","tx5VKl/qLAcxJgj4lgTP3+7slr8D3vLchVrdlbTTrs0","cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20210724T1424.tar.zst","3.8.11","20210724","jtbvIHY15aMW+SEWkHrtL10qIOJ5Tz36O2k7O+Mey70","cpython-{v}-i686-unknown-linux-gnu-debug-20210724T1424.tar.zst","WHHJ7mN9Tl39KlBCutHunOEUBaDVBT8NUzyQ428/eYI","3.9.6","JfcKF9PqLW4fNt1CpU6Dz0Wqevh0lrkMFAFZn39VL5A","dnfvDkWMrokrSAgjPYRdSUpqdORVgsh6uDy4ZORLWMs","cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20210506T0943.tar.zst","3.8.10","20210506","ofES8os7+zV4IMPb+2BLej+9wlYkGOi7f7/tmUAYhKc","cpython-{v}-i686-unknown-linux-gnu-debug-20210506T0943.tar.zst","6QE5Vzsjzzw7QTPXiVcQm+0z5lo+S7fZd8/eZVJTc4c","3.9.5","SMae20BfScBJj3e/rKj53+8mGNtIrZ9IZuuM7djnouw","3mpc9jxIRVFo6aOUDSK5lPuK6SIzjwJpW+qWXOQC7bs","cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20210414T1515.tar.zst","3.8.9","20210415","gpkiOAA4Igg5a291VLQ1YrNGmLWsUNK9ThByEjfaP8Y","cpython-{v}-i686-unknown-linux-gnu-debug-20210414T1515.tar.zst","4djKBpYSo2iu2nlJaR3S3OjrozoPX4WjBkx5WMxc8G8","3.9.4","hSwmXoUW97NPTrkER6OnHjZcNSBupwWToLHZrFSTN74","/4YfT+QTbzTu/pSNk+A8aX0suiR0s48AO0+eqZ9SJvw","cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20210327T1202.tar.zst","3.8.8","20210327","lDhOy/NX1PHpA5oGvtl4B4ve2fuYhV6Y5pBrGhVh0PE","cpython-{v}-i686-unknown-linux-gnu-debug-20210327T1202.tar.zst","JXitxnoo7P8FVYX/a5Wwmtc+h2+6VLqsDMp7ZqUWLo4","3.9.2","Hwc0fiIhYkgSROBn7crvjzm/jiuVQlHiThBUKKIZ6QE","2bta1tYI40AAZjgrrlzT0ui7rpFtw9xSHWodQWXU0AY","pypy-3.10.16-linux-i686-gnu","https://downloads.python.org/pypy/pypy3.10-v7.3.19-linux32.tar.gz","7.3.19","isoYI98jXzShRcP5EH7jxbgyYa29KsrA10si+TC98Es","pypy-3.11.15-linux-i686-gnu","https://downloads.python.org/pypy/pypy3.11-v7.3.23-linux32.tar.gz","7.3.23","Kxi52PHtHGmsOqzTtt2/Ay77MHsQJA9ZylwKqPI6VEs","pypy-3.8.16-linux-i686-gnu","https://downloads.python.org/pypy/pypy3.8-v7.3.11-linux32.tar.gz","7.3.11","iAyWVLyhZxMVsQ3khfV05DbP/b/HkWIm9qNmPooB7LY","pypy-3.9.19-linux-i686-gnu","https://downloads.python.org/pypy/pypy3.9-v7.3.16-linux32.tar.gz","7.3.16","+oplMmo6i++che/UJNWMyVe24SBpwccLF4+czRJBTgE"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[0,15,16,17],[4,15,16,18],[0,19,16,20],[4,19,16,21],[0,22,16,23],[4,22,16,24],[0,25,16,26],[4,25,16,27],[0,28,29,30],[4,28,29,31],[0,32,29,33],[4,32,29,34],[0,35,29,36],[4,35,29,37],[0,38,39,40],[4,38,39,41],[0,42,39,43],[4,42,39,44],[0,45,46,47],[4,45,46,48],[0,49,46,50],[4,49,46,51],[0,52,46,53],[4,52,46,54],[0,55,56,57],[4,55,56,58],[0,59,56,60],[4,59,56,61],[0,62,56,63],[4,62,56,64],[0,65,66,67],[4,65,66,68],[0,69,66,70],[4,69,66,71],[0,72,66,73],[4,72,66,74],[0,75,76,77],[4,75,76,78],[0,79,80,81],[4,79,80,82],[0,83,84,85],[4,83,84,86],[0,87,88,89],[4,87,88,90],[0,91,88,92],[4,91,88,93],[0,94,95,96],[4,94,95,97],[0,98,95,99],[4,98,95,100],[0,101,95,102],[4,101,95,103],[104,105,106,107],[108,105,106,109],[104,110,106,111],[108,110,106,112],[113,114,115,116],[117,114,115,118],[113,119,115,120],[117,119,115,121],[122,123,124,125],[126,123,124,127],[122,128,124,129],[126,128,124,130],[131,132,133,134],[135,132,133,136],[131,137,133,138],[135,137,133,139],[140,141,142,143],[144,141,142,145],[140,146,142,147],[144,146,142,148]],"others":[[149,150,151,152],[153,154,155,156],[157,158,159,160],[161,162,163,164]]}', "linux-powerpc64le-gnu": '{"strings":["cpython-{v}+{b}-ppc64le-unknown-linux-gnu-install_only_stripped.tar.gz","3.10.21","20260814","nPwcOhIF+QKzKbIJrbv5V1JMgDjn/vkqa2L9pHWxyHM","cpython-{v}+{b}-ppc64le-unknown-linux-gnu-debug-full.tar.zst","XYD2bHlxvxztH1wLgCYxgs+4xiw72ftAZ5pav2fnOgk","3.11.16","J/Jg/vr3fyJdsnvaAk+nbzVbSF16djoVqUlnWDs6BG0","M7v4EGKZRhvMyr2jrqMJQGrw84CyOOjEX1O2WkaUW/Y","3.12.14","QdaI+6gxDjQW38BEn1+XCexOLWbz8r6fFTmeM8cRfnk","21YxtDd+p6zXUyz0Puyh8G2qi2PG656gKgVe8Ig1sV8","3.13.15","ff2/YsnA108l82ppzYUe1FpVEHORyFx8V/DdPdXnnMo","ZOI7k4C/z3IRk4W4Q+hbp0yemljdLBnujbDta/Mw8ss","cpython-{v}+{b}-ppc64le-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","6NjJNcs2E+dfD9XFxNZN+HC+PG09Tb7utNDACkJ+7+s","cpython-{v}+{b}-ppc64le-unknown-linux-gnu-freethreaded+debug-full.tar.zst","bxX4Vm8ogJ6RWfDHVHJSRutWttUbKx+GU6iHNFdEiqc","3.14.7","TGTiQzNKUZUK0USRfe285YtuCuBvqT+T1g/GsuXQ93c","Wv//C/pcPZx7f+ziPU5XExfBoIwzLTjgXkQtLs/B/1M","RtRdNnSyhynyfm4ukMrTHsnVdHoe0+m0oCsESjJ/6M4","34N51w3ybMd89r+4rMgzW57HAhhXBazoe25OnbTOsaQ","3.15.0rc1","nqq0yeLQzNoyV5757Pk2hT3E4/nGdZ8lf5z+Kx89Dmo","zKanIAQfayL2V+Dml802iu+rLA51XhktYQJr9NyD6SU","QNrpAUdzzsabfRi+dRJyBTLu6cfby1QZnUSb+7oGYg4","ypqz0g1gzx5vVzsApxLuV3fxqvN3XOyEfU5w1LyMjZE","3.10.20","20260807","/A5jJFZKD5FlKgFuysYZTytr6KTnqBygcbT2BCB7C+4","hoeFLo2CEF7YTkhk2UQmEa83+ptdxsE8MHW1VF4s0gg","3.11.15","y0oBrnEz2abdELF16zwzgpfVqnIPtPf1xW5+y7Cj6Oo","uEXezpzRfMTaOVTTuJaBAdpsqvmFFgHFdiHuEBMQau0","3.12.13","6gmltFibOjVcne+sRdE2udkyrwUnkJ+FfsQ2LYiGqco","5/lVgiPnaCxSa9BHyXQVgwq9+y9kuuXVQSrerazm2TA","3.13.14","20260805","6sMLhpHGKFk20Sr9n4Kw+yPmWbMmzl2I4xM+7LtC3eI","6oGVXg8lGatmKERc1NTeWEChu9Opja1IUwb/UcM1Nvg","I8FbAZURN4xjJAw59nnHDySMM8VL2SLemyS1StvEx0k","7nx1ZBIxMtxs1xkOIytXFol3reDj+urwQpgpi2aJEew","3.14.6","20260804","KgLx/wvQ5TRBRaakHSXIURMKF+ZZ6xHtFe55aiRM2CE","Z244kmrCnuocY/3Mq67OXT4qeyphgXehRyzv5xehGyA","HVc8MJA/mWWT4q8D9JxxXsctoARZlGKtcpW46AOAiR8","a/3K+ekIG6FPTnvReYTyG2L/IBn4Hcp0ZWdu5wShApo","3.15.0b4","20260728","4bsrmQcmag4+2TuHryJNj/YxCWCXO9xhvhw3gKJ3tS0","LVfGHkIQLCD+GHdB8K15WDrDX7zhBh0vrs0ionBWeEM","mS3yJVV3Nj23Pc6Vg5jy94d1g2BfjSxRmcSlLjLzMac","hSwb1SItMpN5g8CgXC1i73qQBG924VFhzmsYpkp7SOA","3.15.0b3","20260623","Q+SVmiYAnE6NpQDUDheUYChLtxsHiseykR8IyrUH4lk","C4C3WxmgTwdmza2Mqnh6BjaRrKyMyl5jfq2PMbK7gLg","IICNgsiewQg2sTPrYBtkCOK1o2kgiM5dFAaQmCM354I","w5+9KxyFN2Sxlfxn/qbGMHLZPvFP8Wm+w0sjcmqTYe8","3.15.0b2","20260610","PG4+MosX+kIyTV9am3BaYS7U1cSAqzxuIIwceB/iiJs","e+04MeDcsWBYxWqkETyEzhUX3kY5VCiaRo+8hyqmWfI","0504I7wE3rt+jP5w01TOTF9Q6ec0KuLvdE4L7Y5frYE","pVWFpAKmMN55IwmN1NrWBgRWPvlR+wy7beA/V06w0BQ","3.13.13","20260602","ePuCy3KJeECBmdn4lkuaAuJ4XRwUghtAvRoH+xn9MmU","PrcE4jx8YuUpB5mTFaLndC9btOmXvc05OuTg+lPWyes","3aj3xX0tC+ex0N3xnSX+QpbDWGRaHIO6qtSsxe5ExsM","+gZlnZizvj52MZm+SoTxnbAoE5T6khxNxyz6UgNejTE","3.14.5","eZK/5FGvH4n276G8n70BfCC2BVGQrITT4xw+ERinzvQ","iJCwv9ua/AOU9t0Gkj7/vn5FJn4x3j2fSbpqyPCRE4A","rmVsJnULzwbBtlSeCKeqkrSIwQS4VQ+foxBzVxzG7+A","Wd39x1zrFoRARdDFrD1JdL1zz94pKGEFg9UtvuLoftk","3.15.0b1","20260510","Tq35XtogT4wMhCG2c2C5t3rXaGeP6jOxbaUMyaPipbw","FwReYLuwH2dluTvpAR63CXPnErI1inP+rLASbn6GNpc","iHBjW7A16gewRkSeB7q5XMZKb64JSNM7pexPo7oIZwA","ipEVgG82hd0qFim/jRnbBZCF7IU49HKHn4X0jR2ZGbA","3.14.5rc1","20260508","2jn/wgPqlkdL54Sg0rbuMP7p99dFsXZcRbkEzAr+wi4","tsETb7UY/BW/YxcYxtqIMP0o8ubxPcaJbU4Ldqz0gKA","iEmkx/7ybei/FsgBbffoQpxWyG7YGYHr9d8du42xrfg","FLI+//Pp4jLgzxHG7Ydlftt01v8f8oenuekg1Py7F+U","3.15.0a8","20260504","aCINv7G5tX+lYALK6p78ItpSVmpjA/nbS1JEuI4Zzps","fq3F+Mw7+Bpxq2Y5qp5aKrutKElfa/z6WgTrOkxtmfc","sJ1V+aVZclrdmvubsxSmUW2Zg/lEtWeNjrRyYuSDJ0U","5HcWVd5A4emb5XhOvhw4uz8x9syIZ3h6r/Hj7loQnWo","3.14.4","20260414","LJDo59wIMrQqbAT9IJBvza/YUQY+CNdYqZh/7azDo+I","+nzipV36+/3UIAK/k+fB7wwffpCd1+0LEYFffJ3nDRE","j0pjYsFBv13b0M+SJFddf+khIJkVRPxsu50kCBjT9+U","lXiJFB441MLlOoBw1D/6CjVqHOjzDpqxsZlCK0FeZno","3.13.12","20260325","rl0Exp2RNoKOntRkc6rGnMKYz3479S+abbPHSkl+lZY","Ke8Ct89E5uCFS0T+9mtpaRtwaLxs93+NuF+bXzP8X7U","77DwJJd/7mmD1u3LIMWOSsv/dzlDe36pnwKN65XSj4o","0vbWq7MB1w8RkcVBJGAZg5g42S0+zdcskAupKdUgXBw","3.14.3","Q3UF6Qnrl8bvPBJ3c4G/89Mc1oODaTkziY/QtFJFHDo","VZ17luzWuZbiKgCbzwi3xjB8VZSmiEANxK0zk5oFSWo","4UGT6c2wl5gspjC7KRz8h3O1JRcixLVbXaMdF7MMMUY","9kn9SdU3aX8e/tn4xb4E8aANd0jrBnZucFqoz+rTNlY","3.15.0a7","/AjpAg1qm9iwtkWUt39PmfBFfC8ghe+dJmdU31LIz9A","oyegXC8vTxCZCOftdFqYZt973kvYLwxdb9DB2cyzHqs","7xsZ6kPzHLxp1cMHGhpe8Hnu1Y0BeiGtelia6m9PAtA","KiJwr6TEQl2JiG2wLJRoIUNIaMfSScGwi1VzeNMcz+4","3.15.0a6","20260303","m8SHb3Av1eCEBxnNndk1g7iplkDcWRzsyzbeqOg0Y/Y","necb6lAT4ygaRbaU5G+wTo+o7QuuWpSh94TIa83gAtA","cpython-{v}+{b}-ppc64le-unknown-linux-gnu-freethreaded+lto-full.tar.zst","/zloRRQI6g/vHavhHu7bvsx4z+CJaD4PAMLzQg6oZns","qmuiQCTOE9F3yHJLpUW6nlpIFmG6XqcQ+enklhagYQQ","3.10.19","20260211","oP4pcHdoyGncCIW05kWh4e9icrGTvhBkm0/+F2D1EYE","PfVSKqrhCMOApqjoVLQ3BGOZZccBtCOU5IX7Xm5jP1Y","3.11.14","EMy0LdmbENz5YnTFsaDKs5LlcHOWpIC22FRwZ+wxDhs","lf2FjkdxifwzWH0O2jcAo2q6PR18LJb2JIT/I9LTEIM","3.12.12","BItpDl28v+xpivs+myDK0hKqmxn9YfiWAEsts6gS9k0","GknCLl24fhROxD5fLDzE0q4ZOfDtKjIzOKBMvpTwwsY","3.15.0a5","20260203","NzLHewwSH56glzVw3U1RmfUDGOYtbHzKAbv+9yHMj6M","HdLTvATg3xHe0DZ5e/WzjVp1jg509yV76wS/QGLSfOw","L1a6Mn8SO2KEu7s8ulnmHc00DsbA/BDg0UTzRYuZcy8","eOp3KRptjz7YrJPu1ujLJLcc/bLSaZrt7olesbi6Q6k","3.13.11","20260127","puwUCtxOlJGMduPPjobJZmY2ImYMVBctM0t26N9N0XE","LgDZPwa6vpYEs6lj3TtbFs5ws4jMSjn+5ELGEkAD+w4","Zit2V+IdeGD5pXkcY6yAxrAOC3wekyRIZjTstpQXVPg","EUgBPvYtBbOc0GHPSfvSBFREb0pBTNDtPk9kf91HB3Y","3.14.2","MrVzPp3u2E9Vcjy8e9/OZIznfEYzrVmy+oXUoupsWac","XSoOpGmOwbi+H9Slcq9deBjiyFCXs7ZFhOu3OlIijXw","EJ884BkNqk6m/Nif3ePJv4zfC2wTG/aS3mw8G43H6BE","cQZWkkFVuVYBaGnIvYM9UG/r9xls7KvhkRkIqE7szf8","3.15.0a4","20260113","XTLTUK95AbEuBKDUiK4XdhC0TYoSPtCS5JDJ531vj8o","yv3kGMheSX8KKxq5ppBHJ0nJNbjVqb9wSQifokKcz4U","QKfhpY5hHVv/VRPkAf2zdLxGwbr6X+6X5GmHVqClmGM","SsLq2/KhAF+rhe/MgrceLtLDhn6ycQF5/vJChpcAqm8","3.15.0a3","20251217","Gt3So3jziBU4MvrOsJr4YhnF8WuJL+WI3pmWuJjQLLU","GVJBB4TRrl2Gzv9ltOk1ABSYWDomMiIIYgEVG/rjTF0","BtAXQESmRM4u2IH5nFxr4y8s5R9zM0AcLmabGK3FHho","G0qgLL5OxE8o3Hr4yod0CZPCr+bF7/ufCed7SlZvFWk","3.15.0a2","20251209","Z5GmM76mtt0kNhd3DSApUTbmNNbzjeoDXBS4x9m8Utw","PzrxwYeQDpkBPQv41nWj5/S2ZVp8Ef9mrluN7ZROuzU","IWhC3yN3/QMvJ53tf9I9e9vZLUwfp2GVI7wNve9b0hI","n+dcI6zrw36yKnfU8ADkv6irPd8nqluek76q1TaFPtA","3.13.10","20251202","kYL6YA/9WFYNs7fdNWjZRXLumwE2xOFTEYn2aUmgCHk","t7ORH0BMmPg/z5kEcL2WE1iMjd5dA9IrNXj4BLDP10I","0mXY0cUeJe1wJ5VAIjWJ95z5mtALUNKLYVDCZYyXOIU","sBaY3PkrLZgQIGwMgp0h3Ftx2CYVuJO074LNTEJqyR0","3.14.1","zprrkU16LQU+AtDb1ZBUcv5UfCSDkzyvsOE71ZCl2uM","CtuEuK2qdXb0JTjaLasFuVQTsTDcp4WRgnmmgz4vdDw","cge3Nu0lafMHZJ/9S2FaU0ZjG8JEcwuHArq+43fO9Sg","3VRa10yTQMIjDWkHXcu0OJ+8POf3pc1FUnf6ztIjv6A","3.13.9","20251120","7aPaRYTBuUogmjdXw4DYnbKW18mIJaYpMOLVqrYyJVo","OwUHjCKf1H6nh58GZH4CwpwBCyA93QTZF+PN5GIjxIA","ZxPF3EKmUvVsyZpjZ/ffDyrizw6S9PNOHnk7BQ29C28","dkIlKUk8RmjbXmgYh4MUPbWwq0bwprK4Ff7xt04iDW8","3.14.0","si4F1J53WRw1noZF9rPRxmt/nSuOmny3BJXSFUARTbA","F0qlCn5PsmNqKaz/lgVDaMQXKjEfSaIsrDr1dT74xXE","DvJfm7N53D7VrT0A4NopsvZp9VgpQm55VdopLdWyM4c","VZwY+b89esAJMOigz2wA2kSmEd+RdGEjKpZAqeSWfjU","3.15.0a1","20251031","7UHhTK8nxpiV8G7EEi4Emj4AqnTszkzOR0+3/dhYIfY","9vYJ+V1L08fs6ZwnenGcacEx0CQESf18XBF2nkrGiOE","CIQA3sJROfOO7stI8JD/LOBqlqHdefqPHf7BzReG9e8","2ntYU/Rqlr0ALCX84N4u9mqaoB6CZ0fveWNRy5RK3n8","3.9.25","CXYywfMnBQxhRp0GlR/je5eg9Z42W2sY3iUn5YlmfY4","++iM50WW/2SLBW2YmBnlEP1DIhXCJGGB37SZpJ/4b1Q","3.9.24","20251028","JpqFtkbX6uJJQAO28pKCdSz1U0u5ivxLm0nlYCzTAJY","1v2Wf8wtfP0ONlj2wbHA/OIE86aiw+XcHwgBF+dCNoQ","3.13.8","20251010","NHGJX5lmLz5RyOI9ul5cyAHhvqX/U0T1CFAwpZnWr+w","3LIQbeGT84TulHDfrYstjSBziKVLM5A3mJg3n03jYPc","265ltudHU3k5w/KAQHe7Tkn1KIUOaIANVLDoxLd2j6s","QiIV4jELsXIwCXqEkPIduS55hyj1ZhzAMI6GljercZ4","3.10.18","20251007","xreWmU7AKqalqzBwirAVI+1qvH9j8wTTQEdofCbfSVE","t+COeGXO7r+DmvBg7eu1qFTJ3yi9hk/uhKciB9VZBns","3.11.13","CWnugAJ+dcNNPu2nzem44rVDbLn5oZM2qNdC97wZ3Gw","gOJqSVWs4rEOx+a7dcELduI4IV3KhtQ1urmjX27NVN0","3.12.11","HqmKpoX3HmmAyxwMyh1xKnAq4qaVQtAsulgqqvwXbm8","VlGkwNwlITF3zjoYBQEtL/T/mqYihC0FOjWYeXsxACs","3.9.23","QuZrHQNnfHXEEpSFU8UKpwNW2ZsOwIehuK5wogHYbSI","1NKWQdl7JufRnTIs5qFTJUtYbyXfn0/SrMVXVtM1GgU","3.13.7","20250918","oNE3TtsdPd393V5B2IgBD9HBcgkoqonT33t45N07/Qk","vmCnhjti7Vd/ReuHhofAuxGiImZjYXPr+1SapzE7qTk","HXj0ZwvkUrEnsWMQbCN95LTl7mVe4OBskEUWlzLGPUk","m4mzmG7oxG8AZLRO8t+CPVOgZbegcIzno/mxS92DLJM","3.14.0rc3","ibGtJIkpm4jNdd4/5G78DxNfDZuiQz//8Lb/b3pMozU","6N/FX1muiLTGREqzNTWFIbUyj2YrbGSplDxUcc/fASI","W0myKPOXrsCnWsWZbY0kZA947/tqm93cb1kvDFNCcUs","RE50/etGLn9XxNnLgvDVZ83/AkKIfdvWUmST5hBxGrU","3.14.0rc2","20250902","tXSsKjKssIM3VZ+Mmg0S9hPbwVOHA80Jlwsdjsd8PP4","a6xqv8DZFudA1OgL5KK81zs2tiFG45cD7Q3Ok00r5zk","mMD1NuSR6qcGiSwj/51ObCOUbQ2H86ObYS3ViPzRmNI","zj8YmaWQ/Xi5zEztx5/BIHxNnf9BeVxy38YBkxgJWkY","3.13.6","20250814","kCxVWN30o6MZ/EpGPypgKoG+rWaWtYe+m3vs4sQ0Tf4","c/lPdANMXLVv4CkOyhsWOYQ97Q7PUDXw6N6Qiq/rHyg","oRvYru0xTbWNLNIdG1NKbuK/st0Dg3zylO1/2N8y9yA","tAWXYI6sgq+uiN5CC0t1FQLFquy9nX64sXuaM3lUdeA","3.14.0rc1","20250808","ydnwgf5Pf7W2ZNJPDix3/Sg10H0ssd1N3xO2K1I8mpw","AnYAUYBP+2Zu9n8IZ7dSxC1GFCqqrIEOHSHxLhxx3io","jLaTf7CATKDV2GevFbbn/QXXnQ+qWm5hfm9igFgKX2Y","EDb/+vX0pcu02uK7trC+bcu88oN+n8tblSbzWs0NGRM","3.13.5","20250723","LZDrCUff7DaWBFb+Tpv2MbeUPEErjFcxnHJzvXzp/NQ","GppVnqxiAX/JvJxKvJfNHYKXKzBZ5KD2eUkF8WbTIdo","+A5F25eWM5oSU81TYcZMbVnavEnQCu+tT0K8e4l1+dI","tHbRogoFw/PLLoqZE90omARGXeEgIBe1ad2/4f6kvHc","3.14.0b4","20250712","uDWqxyZLZGUgB/UhA2nV/huNFim++7jQDkCokc0Dn2c","HEkxGq4a3jr9nTkJGJfSsTB66t/d6H5QmeB7D9wyvC8","dWN2sivyN2Rve7UZvuabFwTTaabKWUG1/4PVstAiYSs","PU72CNyERDesqZAmK69ku+f/Hx8a0PwEMt1m4CxZT2c","3.14.0b3","20250702","UhC5EtncHn7p/CFZcsfCVN2vnWStKT9CrxqBmJaky+0","tWeaQXZDFgDOFGpngwRrushHIdmf+R6tC47vFThRQ2k","Hwk+DDUy4ndE4/tzqMc4NVkQtr+hlQOeT3O09IwbxPw","UpgYKvgYsX16MXcBjPt7SUs1zZbeU0r3qJcoY2iUrnU","3.14.0b2","20250612","MO700QHfWOxhREtNAEmyqZINYMNtu4kfNK3XuqwBaas","k2iDmML7x2yOOGa95v0NG89c1w3jxF4lf2RNCBrGKvQ","wRd1EMNZSUtqcGAdnIEM38Zi+DTB1oar1Ifrideld+8","xI7YfeKHMhW2BD0z/uLnFH1A1epaM4jxUmF0jA2bUwM","3.13.4","20250610","ywLJi6SNe9HXAXbtYV6KoCbJE/Tbb9pQd/QlR7DgvXU","LEuMSkUUZncPqB4jZHEJuMBEalbwVtuVX8D+jju538A","7WauITpisoa5tzOLgWzNKBX1JIt6KKGF3IFZ/gBBSa4","c+A8LmzrOlN1LLIRC9jUW753ElUVxjTkhdjDosRMELo","3.14.0b1","20250604","uGWj5+ht4cBaIOONaD9Y/Wcg9v15Ib5vZqKPqrkK/iM","Fs0WWY/N1hxmEHukaOPlfkrE291XjUGMUyYxR1JR7gk","k7ifdLwbClybu596Wp6EW3eylqP8of32UoRDVAaLVRA","OatNQ5S1IggnYHcPjmUftCsfUpHYXjI+dxid275f48g","3.10.17","20250529","5anVdhxFLS4jP0pSkJcAt3Qm+CEdPcniWczlXny5Ttk","jMcBdAZJvOLGCXjUpoONQBolZ9gRVlIqxQyI/53iuHo","3.11.12","BAc6gHQ6Rb4UUZlYJLenx8wyhG/A73JX53oX4vlTahg","Wze6z7+aFF9GVqIoiud0n3+T5rhZW7JKMu/D3yIrJmY","3.12.10","7UZOSdBF8l+RhQ7BeXjIUmWPm3M5xN1+xSJFS+wx4zQ","c400MB/zQbES1F5B1AFj//jzp+M/AhsHLwBUFNQzcpQ","3.13.3","1JNFi5Pq0FIBRhn3gZEOitT/RrVM7+6VC36eM16i1tg","/8t+oP3gDt3sD5x7oO3JtqFI9/e2LIAOe5TWac5fJHM","iqlCnV569bQb6tUdOl3WSzfES1uinNfTRuClo52S9Go","DwlJ74znHu1lr7jClddWBoZAf4vPzTi8BxnZMDQ312c","3.14.0a7","WqH0ByYF85A5jWA/csaNEteJur/q5iPPlU6Ruji6thg","KWS6Fe3Gf1MV8iEKTX1KtJGDwOtaXvnxUbuTrZ2msB0","M/3XBvaXCtdTwQPpRg1/FbzbIQwqpHTZzqXroFbM6sk","T12hCCu7fgyDq6zjZ8LKS/unavzbQB5NgQ56AcgCt98","3.9.22","i0VhlQCJ4wsTBnCVIVb4rIbuigebqR16qul70o9HwOU","yMw0kNFn6e2wN4hhgeS49z3fPNYnUeIRwaBFMhOEdKY","3.14.0a6","20250409","vOS+fTaQUbAQ/KNCv2ddSvD7rKGkd+00xTMlG6T38n4","INZWfh+/OdOfBzKnrKzyvBJJo+DF9wVnMxBILpDuTTc","0RetxC2gpGIor6oTainokwAIAeUGWs9yvXWexYd7HcI","fax/dXUvnI+ER4GHNNf0KMBLKTKQLVTaMWvFLy3zS7k","3.10.16","20250317","PNWKtPr117wYKQLktLIZJO6UaX3IVpfr8xAv3VeIjNk","rKmqFIxCk4S+GUI6CAzTCenlptEzMKWWfQeDKQQ58Ho","3.11.11","/UlGpB/z5FAvTNxPKIBlrrRVomoQb4+lsb7T2eyyScA","zy1lK/6pBJYTIoZsNEsDNOh3tMfVY5v7C+zS6oAjkEs","3.12.9","Naw3uX62dHqTjMlHD4xw5DpRqL3y1fxCE9C5Wb2g+PE","qDK+Hv2suyquwGD15jYRpYuWbdJiBaJDo8XL4FhOoJY","3.13.2","evVmI1RW/AVeWAYsEMNCvJYzf5IzFIRZjM72JSaxF4U","LsCsDvAHBVTxVmNEkYxqm3jBxQ/hf5xDfdi6QAzbb5Q","auj6RMsu30q0nP8YILU8QMEDScDznhG4zXbOfz5+He8","5YFLM7M15j4fKd9YHWzCuXH5ejFiCeDqB0rcnRkbc58","3.9.21","pVR21Kfe8kxfbOG4MCZoyXWj5FGYVJ3oa0+++uHSuHM","LDzljFtIMIanMARc7nXVrl/8aj/ecf8uA2VpyJ4H7J4","3.14.0a5","20250311","T0CtLrnMSV7pE6EfprUaUHhY/oKsqfi8MzOTbXBAN0U","dFyoISUdR1gQPr6WFB2QSJoK1JudpIlaEBx+BKeXM8c","10Drzeb9cr097Lp7yKKki55JtOKm4MX/lgp+3KG9ajo","lc8ljmZt5qGDVq4oszscMplN4vwUf+UuB5IEAYRFI5c","3.14.0a4","20250205","biwNZ+Qx5tkENrVcXVldxidhg62km4yAinAneBCsl5A","L1oCQVINdJJSTU86sXLg89AFZY17huYx410hzQH+ShY","MNGKoANvYe9cP4WKjFWN7hlE7yeGNjkjrDcu54yET24","lLf1lqYDgpOgkSu511d6PWuLb09jEfge1fuqN7Hj08Q","3.12.8","20250115","cuz578kMccPYFNNG90MGyjBZ8D2HiZ9uU5QVS61bZI0","qVoexg1scsjR5ikVKQB1pg18GKQ9PtFeRJqygE9Hdpg","3.13.1","MFi8LkP+Ik0zCv84+gf7wiRQzsNVbzBgjbUDN8l8mMI","pfn/4UcrOcfYeM1w7ypFT8uIgBhs+TJUm3DK0at2laE","k/9fTW6YJP2j4HCK8U592CDVKhqbaB2yCZSFU6kRKF4","JPuXkOHyAor63aIQkacM2praiPu7WiswTaTo+6Jj6+0","3.14.0a3","20250106","5FlbNcXQBAUnuf4yrlOjrSI+yTHM1XnQ1d1iNer4E3g","gD5W1VOQsD9VkSCx6G7uXoDKiGSboDsaKmST8ZxYalY","tyex881CTp/tcmhxIjxkzKMG6aMHTaP+WIrsLdGPeKY","M0+E8nZLX7M0eQS+IzJkP87TkX2HgcACjPZh1r9nmY8","3.10.15","20241016","S4YZa5KLUe86DVGqFpAjbj2kVh40JU4pKcD803s3oAI","KnVoZFIXlP/5dthAkTuL5HhsxBLd8f30YW8+OcNCmXE","3.11.10","zBbPCxoaph9OkNOMyq0LZQhc6mnS3MLGKB751ObMzdg","0jI7TjtOKGK76ZXbsT+W5m+d7IrcWPTNQMbn+GX/OvA","3.12.7","kiqiH7nqzdHAomztTconJVlUU65bki1Ws5690jiBdf0","dZsh1hdcwQxWvM7P1px5uiVEm3jAqxGiUYzoBjqb63Q","3.13.0","r+AUIA/qdQWmdlj9gucMy0mYLe7nUoCYSeeBuUG5Qew","0cp5o14BiXRBPOyhQ84IG2//iwreLOtVeGfqZE+did8","EhfvpfTOZ/zJ9+tkFlsb0JErKiG8JcGn4ssXSiGl334","KtzwfW3qOoN0fiTNcHIaFf0rEKMeeDFL1ngtOZKxZw0","3.9.20","VW3T6AumRN+4ylqKaGgfJDcX2O9KUX5Iaknh9tpGJ4w","gGO649EPaHwFUcwBdnMJMRZK7d04FSHSzqiXfvMVRGg","3.13.0rc3","20241002","WaKoGZHXi9ZYdC1ptXeitMBzRijtQr/2hhVobq+W8qs","PCgIN1hpB55HkjNokDUBkT8yxl3+cf5Dyeu838EwCdk","3.12.6","20240909","+0k3S1ErDp8s0qcgs4NvigQijXPrB4bmQiHrVZee3G4","7bEXc+q2qRzZQH8fi/cFUjNFPPSMScswCtyoUEjY6Ic","3.13.0rc2","cAczM/fT8LkAxymWWf7Aabvv1eBICLNynSQ0siMqxyk","0eVvLFR3Xt1R75M80oOPaSxX4k5DxL0aGxHIYFaiTvQ","3.10.14","20240814","i4P92Vy4ZPjr+hod1+cAuwRrgoO/0KOqBPH/JZ6v+Z4","hdORRnm3wLXMMX7kiI6dRYpa/Jhark2VxpjQ+/eiscU","3.11.9","I4dHnRcSflsIf1grrJSPhZwlxLOMZPVY4KOZr3qKAiU","KnMC+oD/JtuZ2K/jgkqrlhSH7JNicp4VwUIbvfkRX3k","3.12.5","O+oIH05vpn5gCmp5G8/rsokVMe3iwh4j4bcyGzNpxzc","iV0tuKIHRXjIbOP1SZeHkjGIv1WRgLXL2EAbrgYKP14","3.9.19","PMYEQtVpTbGr4qDG5zRZ67bnun/HsKmG82mdRjqPlVc","gY3Y0+Y3IvrPj7krPB/9p339CpjiqCeJUv+kHgWw1dE","3.12.4","20240726","Nag1nx3BenpwAH2uECpeFWLAcVpyE3ft6SE3sqApJAY","NC6dPDb42k5X+wZWQffmrpivEQ+93GQbiNaTDNGJWUM","cpython-{v}+{b}-ppc64le-unknown-linux-gnu-install_only.tar.gz","3.12.3","20240415","xdzwi4B35hfZSb2iMCfElxL1gxILPtdE+bFD2h1YBXI","mD8FbLgzalQ2TC7sPTOAjddPlT+CtyDGpzrZQ2Q7SSA","3.10.13","20240224","wjcG4TigNR/B6d7yl0r3uCBrrH7Lu5inj1qp51Nf7kI","yrTIdWRF0dGYfHyU07zzI2hORPuQcDKdgofUw44VVxE","3.11.8","6ysx+OUDCarkk8ajWcMrcjpnbwfGQfXo/ktqpNu1CUY","qXFvLuvr4D3kfW1dYD1v94q/XrOPiL92B7F/2F50/xY","3.12.2","dLwCxLu9JiRcN7KbnhLQqcG3q5NHf+2LZRyYi2qaYlE","HXBHb7kBPMk+eHQXaAs0YptRDm4hRc9Iuy8P6If3pNg","3.9.18","1rGN96Jf4DT9XOTmQhbfLMeLLU2QjSoclAWK5wDXPSI","wTju8ZIpNRImoR51IjC4qp1Jm6lyD58FdPoyYMysuZs","3.11.7","20240107","tE4bdK/nXHsZFDQTYyxDhnCK4ikRf4+VDCCU6WgdNMc","AW7WRwxZnqXMTbucPz/oa+BZrU4bbNLfEOQLfsaXDxY","3.12.1","eAUfDRQR7mK8KvXt/M9uhACsTvgoh6Kv/BmnrOagUmc","thaGzgXFjJE+T9t+fHEF7TbZvNzRqEHn8IskP0DVz3c","3.11.6","20231002","eTcDX2kKYk26TQFP/SDDQuhD3Ub4mwsKHlcmuF3rjq8","ccNNsRZYYKa/RY2Beu8A3qlhRhML9fi9fuObEoku9GM","3.12.0","tdrgdUZ6zjLFlMeHf+br4IN2gfgUYB1dkLpMDf2HofI","gAqJhz4w4kuxtgdfjNcYlkU3xbpivNvv3Nrk3mjdzMQ","3.11.5","20230826","FBIbU+nIxtB0H5Ea4AECo1rbz1w833Mmh+92F7fXME0","Gu5qYTOFpjVb7WGpsSJZpe0W6HG1vf5cn+mLRu4rsF4","3.10.12","20230726","u16MsNLkQkFyX6mzQiOCRVA+eEmRdmAAawJGqcl7HWw","wxgFD6kdhNRH9ciliHpE8cyN001MHTV811VAfUbtGyE","3.11.4","33uS7ZzslrO7ZY+1hr6UdyLs2OQg+yPO4T0ukKvPzyU","ufdv0ia/y8aodpk0sXMjyjtWPxwkZgWC/Mz6bQxxRq8","3.9.17","xZGijZQ9zlz5gz6RYSX9++sxICcMSGbuIUSTzLW4PDw","vLDsMTQt9StFVb4wkICpwyJOf/YKYpHjQzfd/d7xEc8","3.10.11","20230507","c6nUyJ7VG+Od0t5OI1B4KBCHKD6f3t72W+wC9QPpBu4","rDLjeIEJ/wzFNqYQgHLZIDIX33RM9W06SrCxmFfY4kQ","3.11.3","dn0k81cLNf7blF9axmIkyJg/LVVquDxc+qXzZm6cISw","JB1YO+Psw012+voNGGy1BM5WJessDoldxPQHOmSeXHM","3.9.16","/zrDXFj2eDmv+bUYWpdqvT0au+Ya8CCJ9xBeh2wf4oQ","iy593G/rEW36aCnPxHi+kKN03FzhI6mLx36G0Ok+kX0"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358],[0,359,360,361],[4,359,360,362],[124,359,360,363],[17,359,360,364],[0,365,366,367],[4,365,366,368],[0,369,366,370],[4,369,366,371],[0,372,366,373],[4,372,366,374],[0,375,366,376],[4,375,366,377],[124,375,366,378],[17,375,366,379],[0,380,366,381],[4,380,366,382],[0,383,384,385],[4,383,384,386],[0,387,388,389],[4,387,388,390],[0,391,388,392],[4,391,388,393],[0,394,395,396],[4,394,395,397],[0,398,395,399],[4,398,395,400],[0,401,395,402],[4,401,395,403],[0,404,395,405],[4,404,395,406],[0,407,408,409],[4,407,408,410],[411,412,413,414],[4,412,413,415],[411,416,417,418],[4,416,417,419],[411,420,417,421],[4,420,417,422],[411,423,417,424],[4,423,417,425],[411,426,417,427],[4,426,417,428],[411,429,430,431],[4,429,430,432],[411,433,430,434],[4,433,430,435],[411,436,437,438],[4,436,437,439],[411,440,437,441],[4,440,437,442],[411,443,444,445],[4,443,444,446],[411,447,448,449],[4,447,448,450],[411,451,448,452],[4,451,448,453],[411,454,448,455],[4,454,448,456],[411,457,458,459],[4,457,458,460],[411,461,458,462],[4,461,458,463],[411,464,458,465],[4,464,458,466]]}', "linux-riscv64-gnu": '{"strings":["cpython-{v}+{b}-riscv64-unknown-linux-gnu-install_only_stripped.tar.gz","3.10.21","20260814","J2XKbdtNAeCh2pan2B19p3Z2enh4ztqx/dpS0svau3M","cpython-{v}+{b}-riscv64-unknown-linux-gnu-debug-full.tar.zst","w367mLJlcaAAfnHnXtjOyO05TjhfM1dxfnTHdHuo6DA","3.11.16","3vWnkOrdI7LyDsFPNRqs970EKaUfsoRcms4532Lyi38","7jXjt1QQ4cZu9yd7ap6LKDFgGLPImHxnkewiO2isaGI","3.12.14","uw7ZvPouSQVm29pkSMVmTh1MWqtjQAbCF4R7Y/3/AdE","7Dsp5jbfz1IEiolmidE7WQQvyNkytbfumfFqEqLsDHM","3.13.15","wxScX53ptPrPKFNTchPrij39+gxZ16GuH83s/33nWXM","QRlE82N+nkeyIO6rrxnqHyT2NE3cCj4aDGc2OBnbX1Y","cpython-{v}+{b}-riscv64-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","D1E0IB5MSJCnCSy7/KMgZyK/fs7qHeIFY23nwj88w7U","cpython-{v}+{b}-riscv64-unknown-linux-gnu-freethreaded+debug-full.tar.zst","6e5yvnlhl+51iIjspgtJ2dy1xFPcd9TNEfaJIvx1+2w","3.14.7","wjuBmDwD4YzJWzBI5lb5TTRJgla42C9ckvewP6EwA7Y","QQo/Y9TzoIU1CI1GqxRVc96qS3xKjLBY3PNkJpjj3uU","nLMiZqLoRFiDcAS4DsmZSBzbd50DQzWN5rXYSxbXMkA","Peum65j3Cw/30TKmsY/hVi4ELIKcBIBYasfcG9AplsE","3.15.0rc1","bZI+g1v3OCQgZljzOVDqNh48W898MvoBOedZ9ldFn4s","rfn/SeyqIVH20grICGljZYdTebAUTwtefQIgZJrkFNs","TSVtbq1Uk2mD69KEShpO3pgXY9PaegOZQ0og1PwOQo8","ZbGJMDLwBDuE/4wpVCy4gO99CfqTEHZWRue+RoXxFvc","3.10.20","20260807","Za7szDS73ImyO9jQRwr22lGRO46vDG4tCxDNVwyHI8A","4k5+7husuVHrLyp5b2rHyy/dfJJBAcfuuSCjgoyQBCc","3.11.15","+6sO5gVsLnsv6oz8YphF0lVCW40MEcgSRmtaBm1csxM","W3ptmZaGOJlBsEBz1maNbxDwQLe8773wJeYomFi1SH0","3.12.13","SWmSgiyhpSu2Cu/pLTuW9l5oAbrz12Rn4L/Lg8gSIgY","s2a0x6uGo9Dw1yOxQSCNMJbNnCewDrBDpSdEJ9x+DsU","3.13.14","20260805","8kNqcYxRlYNNYLXfFUe+lDCQ2ReMfMm9PnkoWHMaEsc","hLnYx1DzoE7/b1YtfNLg9C6THYsklY+qDoS5nvVLomk","5An1K2l4dQAOHeyXoo3EzxmYQved9iZwibtDgtYBwts","FY6FyYegBgUz7CSGRHISEzQYJx2pmFWd7/jgIc938OM","3.14.6","20260804","Nx1T2tHUuWENhVAEMaM1llhnmfb3TF4glubkffJmvPE","EwPnQ6PisaNpgLgFp2PorsWs/t/0lubUwep8FnFITm4","w38VhU0TshzRVjRWOwkHR5ype1uKzC4ejL7lX0kDN6A","PPOzggC1IjBfLeP3Hr/Ps/GB232ijH7CKUe/fiubH7I","3.15.0b4","20260728","SL46NOEqVMMAPP31myyec3OOCqJ2wCESNAVC2ZCFXCg","NU7KoG3hVfHlKduWUE5yqkprK4YmHMBYkSgUoqkqtyo","r9UTgxE5M76ZgOEFkkiTUQn1a6jUZCMcF7xsB1ZJzaY","eYoZEQeH0u64JVGG/fEBZhZ7ibdeldMjYS8tesZ2ZIw","3.15.0b3","20260623","ZIDG6dWIAZVZjisH0NzSRYX7rlilhfqZjwKuhjASVVw","p8dMOrL1z4TUah3FS+uzD3DvannCvSLyFmwK8Z9WDgM","z+EoL535gfkEJglmdwWxcyGiY3wADMv9dgw+JjR0nFc","eeuClYfhgjsb8yOvz6wT1xbOT4OYLUvbmb6Dm29fUe4","3.15.0b2","20260610","VIppPDsNtGWsqYGGfljAtDmJiojVD8e/BAo/Ti6T+U4","Q9Tago5/S7Iz62rFv5tTQhyMQCsXjCrqd+5xC+mU77A","BEtbAnJTBzeY1RD2L+xSyLVK1Z7qPuXV1fayfVTvcfg","vfhJgnFVdvkPVkFGosy+UjfyY1BFzZTtm91a2qel/xs","3.13.13","20260602","BcvcCEXGX+Peo9Ufm9e6CXCuaYjE4EC4G/kIabkS0es","foGrI1xYYY6tmRpEp4/pLuMHx6CeVHXSddCkXwzcw9g","1FkXieSMNsl5+qhes+hHCkS7u9z/slgmHonSe4wleDM","mRadbP4RXkv8gXkUVKBMdnzSD59jCXQP2cKnSqUqpqs","3.14.5","v5HDtoy0VYlbQCRaTccvUJNS6jkBe+9WFi54isbq9XY","Dl/3fYXm5MnGdx9FSjtyJni3RCUt+hGgvn1OSf5IhXM","Tc/d/wjgSmA8SQHfDo8oUoTnpMtl+djNbreTTsjpVOM","e7yP1qIaQAnk9HWTtPdimmVFIUDSJ8Y1AAxhm/9sT1U","3.15.0b1","20260510","SJL402Ta2mu5WjAJI/p/nB3yyZaERhLSwHrcoAKjAiU","Zus2V2mS08vGSx4fOsHakOT5DiJhmi38CiRAueQVqtg","N+UwSA99p/KEfvHXQ7zwrS1C22ufwnQm7R+xZbF2+0w","viVZn7LKa6Du8GO5nfMM49YKbTOfbxARFt0sorga+WI","3.14.5rc1","20260508","NYBahdMoGnCZYa0Rmr6N8k8hG07jYN+eg9GFk0yhApk","e2UdH2n8QiIy5ompEPh1r7ETe/7VX5k8VGeyOSxMv60","MkCRxZLsPH4eB5Ng046K5ly4U5tClKwCCJkH3yeZ6h8","71t55/F8gxUpXCc3iAxOiDtnbHfyv8O02Zuohj9WWRs","3.15.0a8","20260504","U0ctG8XT4PnzzEU3dlvA98dJZGQ8p17s176q9fIHCto","JiQwcX3JoEUN4qxPAgoQ56gYsfpg5lQGKesyASYg5p4","X48Ndl4Qxj82PMQ5YFNW5UPUHowjEP7LbceuSVQhTsw","2Do/xqHlVc3zejkc4m6Z3g56l7Cd+jGhKAS59pCY16I","3.14.4","20260414","zbG7MPPhYONzFlEoyFc5wMHd4z4+0KqrdkFaw0RvgtU","Spckz8K1Xv4sXov20nXxkG4NOqT+uOmtEkQh2kEGXzo","v8eRbeJE4xTMDDS72+2HcTMvLW2kE3BwceDkxc1qNZs","PDXMkzkg6woGr1zbsSIX1sl0Qz4w1bXwbP4W4edjlqg","3.13.12","20260325","9ryuiIPKQAWKmJfr6VcCdQ8fSty3yyrLoy8BmG10H1M","9Fd9IMGuB68y47PWjggPpMnhJ9tkSg5Pqyqhe7rNA/8","tx+Q2aMswEL50CwIGXdvRbr5iV+89pVWsW71U6g37eo","zcBFL40YJClT9LZ0OfuM+4o1Entaojr2CsbooSdtY9I","3.14.3","1EtGhqPnywuK6zJezlMeB6SrxSrGF6LJNJcuey3ZU1M","/zYIg9CN3cNEBmuK+mx8H+hnCncn8e3znV+uzaeZtsE","Kq6yGNwkQNYVq8DfBNE5KvEuOT7GDrp8R82Lo9BHyr0","iIAnQ0dh31Mo3GIczW7n2MXTPl57rOtHbD/mpTOij38","3.15.0a7","Egm0dAVIkjArGtvTKkOqCBnYXD9dLQ1EPb8Bk8/8pm8","LaEKY6MExm//yLiYgV/nxt1+xWtcFHLEAac1ISld4Lk","y3UYt04D3eZrCVJrg0aMjLWZ0c1O8HZNUIwu3al4x8w","9vYYT7hhBEUS+MJr28NelqwP+6fXslFoMQkqsfrJwl0","3.15.0a6","20260303","ZV0r2DAGpDGrXmt9VWkoZc/hHSE4IqJIDWDhc6aYl6Q","3cr4Dh6ZBKi3tbRLo3ZWDT6IHjFpTGM7ZrOrW3LpnCU","cpython-{v}+{b}-riscv64-unknown-linux-gnu-freethreaded+lto-full.tar.zst","wEjykvWAGDRt0Ru8Bn03IyNCMPkvrD/jRplrL8lGfqY","IZ9QoEDhCMqMV/aNyROrUbXiqD5dXAlnffP9xbGg554","3.10.19","20260211","0+UaNqQnKt4HVaELiNhrFMq6o2sRPZFugoJ5s0YrJsE","BXKhL4siugVwSr1EMqBtjELh5qbc6L6kJznNM0LUfWA","3.11.14","C4vu4gQsceO4Eo50BQ2Dk+GyKW57zfVOI6j1CEFty7c","fWCHF32d+9Zcfo3FeEwY/8lMSiE0VQQB3qXYYMi5qLU","3.12.12","Mgt8Gip4hR5I4UWXRc3DvxhF2EfjY/QvUihK89TuNsg","0PM3Y7/iPwWNRNaNjA/CSVB7nPYwGpemlfidu+Zdw/U","3.15.0a5","20260203","ZhQnAEFSXIe2ZeOJuzEn62aQ32a6sO6kSCMOF/14DKI","n8kMsg8aZO4m6Xl/R0fBMbJ10JtXv1eRYfHYnAFVjp4","IT5asFXoablWOKQGbIagv9RbxL3UrajGThJFelomjrU","TjfUaZfZ0ORy3vBx7aY6K7eut0MSkPngGNjJ+CYyXyY","3.13.11","20260127","7ToVZoQK4HD4t+Av5diYfapSw8H1AM28YVZ7JAXGx7U","2vAkzeIzl8N/r0iUuChJvSF3QZzSEKePoO+juvuEDFo","61C9VtOCeIDuto5LSKrvPOEkIdJy7hj2VqxBVsxwxYg","2tnx3T/ANqFiZjxSGkb+PFKTGO4deM4BU31UA9aaKB4","3.14.2","tmsH+gr+ZBkXupjs2E2NVSA0EMf2cHMxYjT+OV/csgE","uVKldRFZd8vCiDwMfks6c8B7Qoei0S8TVCdtLU37Fv4","lmPye0aOHSOW93MHU1b4WoXquWM7296xamPItpTIWG0","ifVA3bFSxdScgDlRfWMn7iqWXTLttZkKsqOqjOfeRSY","3.15.0a4","20260113","7nVE8P0+T1ZSgt7aa7nDIpDavYjyIlRthy8lRXzp/c0","mGsDWX+IBQuLAkkpz9lJqXwBpxr1UdLf/aDV59+IQBg","0NNV1ww2ZEHJI9rOaKxCtDOCsJz7rkKTAciyAU9AXis","V2/JhoeEs7ovwEV+RV2u44ha2U7qx5NUJ0tgqCaK9Qw","3.15.0a3","20251217","azaRJVflRZFpatoIQaNz49OlARorAATv1NyTlQhltXw","HNEAlAvnVll7wnNhBdkrs5BejtIoL0IiS/VYViw9fco","Bn0vhxl68OvzlMPmEDpx/DGh+gK/WxaI7rfVWnl1RGs","UjPjNa1Z7prFw3HFZ/8dH/nz4+Df9WdOvjtCVtrsR0k","3.15.0a2","20251209","fW20rw1c6l0uFHZDTy9iZ+Ta3FsuWMD4MntlZDgYa1k","tVdH0/TzpHxaWkhJF3cOWp5shxaYAPog8q8C+g/gXiY","KotW8xjS4hsBtUkJVUxT2BhxubsF0j6ngI3ems7E3H4","NoiodvgRHuTWxmA54h0AwArMtHuXOlWuH+SEk2wgGbc","3.13.10","20251202","+ePuJgkADcMrCj74bLnMnats3JJuWQNGiM4E1ZuVsu4","0gaFZi2c5YCYSF2tvMYBp7g3DsyqvMZOcuOWoLEUO/Y","7EEbSi0WfDvgqa6zkF4EXWLI48PbDK6t5dR9X2C5jdA","IXj2J5ZQXCeenTB12xUxLuqmwE4DJFhatVp0HlbaYUc","3.14.1","J71yy9hUxWa0vhSTjeuwikjoZSb+u2WXbTRDuSQtZbk","xWwBhpzvafEeDUd1O5LWXT9jhsEDiPafbi9HMw7BqzM","0TVszSeZIO3DG/A1BnTZZr65Ui+VA4Ru14VduxCczBQ","ErAC9HpTJfzoEmaGnPa/h+ZwteaFGnHumoCHel32T6w","3.13.9","20251120","HBLJGo0A+1haI/GTus43YXrkyzzhOrCwaBsPXXDgeu0","CKsBJIpkDcKIghhjYk/5Q+Z1din2+XaYlpNW3p5PjZo","ju/3CL1Md+e9hl/viTuSXXv9gW6UPQ6IHTxmL1CkwwE","jVNhj5LPQq9EZ2en0FarI6q8fMglTIEszCnPBWbXwvc","3.14.0","OpaX6c0UhrS/3rjjE1mUewChkv5jbpP6ZaZBNTViC5I","9RO7nbt4hbLByoIF/ZXbJR30mxuX3dtjONOarI0OKnQ","9FdoxlJheBjOoCUKPAyJ6ZoJNzWMQn/bLwTVmCujyg8","tr37RGyNTRs4z5zjH8+hcr/07o5grA/2kHzFXqTui0o","3.15.0a1","20251031","cS9bh9spNPwx4CECbFIJL+wttu2FrnUpV/7gwbr9ARQ","E1hrt2D0CqATV0DVQ15V2uie3zI874HO4e8u/bIcmk0","k4BhoKMaBmclJohd42A33e/YxKzbCUJGkbcACoyPjQE","gV87hBjNfqg/0wlJQlh/cBdnVHbUaXKIvkdaVWpSgrM","3.9.25","xu+jyx597P3ceUWsgPQo4gO3geI/KGCochvUpj6/uEw","Pq8oSms1HVGhRSTQGSUKGmfeWNU+1NFJURvklW0fGJM","3.9.24","20251028","dEMMajyyzUHUdnPD94gPwZlTkegITcVx/7SWHPYjRyk","dNHEFNAi7gcHv3yqcmp4K36w/g6/psrfksebCA7DDNU","3.13.8","20251010","hoba4BP1yIunZaADj7ix+DVyCV1YbOuVKayjoqN25H4","vaFQwIDXOh3DaKBBQKDJEwJ2hi4I71oYvWjJDMQmq7c","EDkLOU92yxTICLXIfeNxibxyeW5VpV5uWsqD5GFd1co","1VxIRzsDV0740fgiQMGNwnPNd3CKqlqKszzYGPZBbc0","3.10.18","20251007","KkfqwpEqiZrgCs+/OI5go+xtCqppaMyh2xtv20yrs7k","T6VP3MYOo5soCp3LI5ujuJy0WsD2Pf5rk10MsxjdUXA","3.11.13","/Fg7ptW+YXJBIpHO6mc/eBj0vihQy8/ZDjAaCxttfzA","OmIyJeq5cxWvPJNvbbKvA6JspH76QoZqCQ55xHhVd9c","3.12.11","3AuMuM2Oz0g/p7y4eprWccX8ZcAlakQU9tXJrBwjnPo","02Mka7JnKM/XsDRgSrrVJGYZh5ks/lquDT0gmfz13nU","3.9.23","hZI6IFgH1vEuqNAkNIYplxQkZDUCMyZgC8rJNzFvYKY","4Q8NvpIQBnHxDnQXMLtr5sm/UVco+DT46EQJu2VZOhI","3.13.7","20250918","yfiwmF/r0WKe+woIucyp/vyx2Fsbox4tTdU+vCv3d6g","XhS/RDrd/aT9zAmtbTd2XiDmfcUCpWGApR66762wpQU","KCt7NP8p1ddMKDv6W0qrlPP51RAW8ZHdNu4ct8nFIlw","mIp1OMjS9wLXhj4+CpuMKPSvc7Ek6JIEeImVBDv6W4o","3.14.0rc3","ShIgq3OjvVAPfkZ1aNoiAHWcW+7NWNy8Rcr4qwxJoIY","HdftJd1WZTVptfZvImA5eBI/WL5zO9bLsMa49KiX8QU","O9FaNMX1P1i2sH6dUY+jHpF5heQ0j/f9WqSimmHyDFw","o8VgfBDFIua9k+gTmqUHP7GFMJr8bq9c0+AOi9K7GBA","3.14.0rc2","20250902","rGpV5Nla+9fl3OykEnNJF74k9H9vRQE5p5n3VvA5NxM","K4FHXaKtxt2EU/xFp0EyJ3Bu7P2lJ15nL0AlDAxhw3A","Wrh+bxdxqJy9oGNCslzUtmJDmT/QSwLNathyXvfjebg","kXB7q4t4DaJf9f31atCd01AAZIxIHnz8RXQgl32pxCc","3.13.6","20250814","Oq72ZNDOMu7qsjpHCnRXgFNZo5ryEWlybz21w1W52r8","EBhibHcQ2ur/LGB0fDZFGtFi5ekxYwSYfoSMUqb2rHk","XXJ470/7ZthEVgSo34LiTIhrJaviafmKuEuQBaFJe7Y","9kUNpLHTvtAZoDy0vFvtQgqiI05u9FFN5yxGSXMD0qc","3.14.0rc1","20250808","SF+zjI3zpSx+JlNNsYrUAvxwjUNWa40Fm/Pm/8xlM6s","f1CEAP2oPiWE6mMFPgHCntFpT3+aijBL8Q1JYzLIIAs","eiNab1uBT1rnif6mWwl61S+EBhnf0FQTXYroRD+o42I","bzu1K7ZVbh4aeJYqJLbHuKtS/5UVnKY7CMRxHtw8aIg","3.13.5","20250723","NT27+J9VXvGabvDwVX9jKGVE8yvfc5qbmqpm9wwiRzs","eozavo/6Hl4a4HuRkbp5HBIda1N+ILfz9EnWI210Lg8","aB7DtwaCB7ssG/ivd3cjeO7WhWSeS++rFwQGgOpt77o","jWui3IKJ4r+N3r0EUdfdwaaeEZiNTeYxR+3qsC9pS4Y","3.14.0b4","20250712","Ctlqlq4y9ZefK9nmmS7PEigZzrBnEUOcZrn4o9weq6Q","rVL/BO8/x4QwuLBiOgRCCI3E6MaDX85pV+JRZ2lC678","JdvlLES0KRTZND1FbcF/vL8jSrHw/QvgDK4nxuM2VGs","jokkm7QubYoTsJze2qHO9kOa2wn9Q4HlV5qtC11t6Qc","3.14.0b3","20250702","Zqj2glxeGyib/WI3C0zGybUhKpGwRA3PVAjE47z83d0","lySw6/Ko+Awd12vLmIApe7KpUBC8cHhoFF2aHPoIV94","cxYqXaMcweQQ1FZJYRT45e5yQ7x7vg4Iex6lDw/cZ3Q","eK/LO1q7Ej+D+stgy7BI0CIOpCCB5OnoC5vwunygjpk","3.14.0b2","20250612","bqTm7gr+NNR0sjZ43fWe2UHmjtpfmaNU1xa3ty118XM","YY2kQd6E+ZbaOhmhWkavR+yCMNidMk3eM22/Ee9sw54","yw8thrIPR8cKnIZHsBo1q31Ty8vemrif/Iqsr7NswuQ","5fHXgBUAmSs9gF8QP/EUgwNzkqet6vT7LFZWpQ116Pk","3.13.4","20250610","YI0X470Ar406nIW30ZODSBgUcVdXdOotjuhmczo2ynY","5AuurjPQyrNDfSw5yNvvlZtiwomiwqF0Js9Oah8RYp8","kTJkVFIVI2Zg5BeLw+W1eiCkRKjetcEWgMla/JYLQBY","EhuYsMgjkgjN6VKESkHAUgEKFv0vo8nn/3I5ODaDnP8","3.14.0b1","20250604","Q3ibEUxr9wiCIECtdO6f791qyKzFLJ0UtNajBvn8L84","MmuHy6SdRHdk1iNRIAJbKLRnIzHcuJhYlEyG6AGNlos","bybaPdSXeT49MlWf/U4+fX+iXckj4dSQ8CKkEXkWndI","QZM7n8H75AAaFM9xOMWCdhTCQd3ghPvgCUh/+7jVQ5A","3.10.17","20250529","5V7qveAt0I/M12ZHUL7Z3MgxUMn/b148feYkV/aB5W0","sn3g2/9YRzVQUHN3nCA0gDa614BNtbK9LwECQgOJ2kY","3.11.12","cN+Sz8cywS7+fyRGv9oWAVW8QVfimnuIL54ftk5jQG4","XglKRqhPLO0TGOYndo/QDDmWBk984wyeNQ+UVj41BUE","3.12.10","FiUTbk2XseFV4hc4BxJUwadt0S+b88RS6z405E0+dKg","nqjpox+vGAi0mAzihojRxNEf5FQt2/6y1jEbHAZ36rs","3.13.3","UjR49i+a3b0VsGz30B/8pBeJIon2J6JD8T1wdFMr1X4","fzxFVn3MNz2F5bvABZ/4jMKCLWZUk7wE9/acCYQVStw","6/NqEBLlkbgi4teMS0nMTPhqLW/5OfHZb3C6LQBmq6s","0skg486c+vQFbxLHkk1sov7cvBQCDVZKAIaeMuZHlHs","3.14.0a7","93l29IT9laJWHi6yKqLFl3TrvymKQRicScdoZRz1CAc","nAbCmJxSE9AOS6MSXRkKV5r1+07i3MJIVTEQ8hRp5B0","O5r8y4/jdDO+svS/s0pKvIkYCZAiYKGIjr5eUIpAjm8","Y3/fUVvCkUfNx+H+rgj9Wpk5o7Cg535/3AFPgmK6IjY","3.9.22","sVFTmotkXvNg85Unj5Ea5qcemkVZnnL4x4tCbTKPzBs","HTV1MWLf8YJEGNuo6pyRNhdGAqufVQlyDg01mE/uSSs","3.14.0a6","20250409","eyCe6Zufdd93dKga/MVIhFRX6L7aSCDzS7NQmJBQ3aQ","jTawcVnm0R3IAu+4cQzyxfIn6aFd3BbXhmzS8ctEpYs","kb0sFWpwt4x52P7cQdXMUNa39ByKVEXZuuWSZ5Grfuw","80MpqnrJkdpF9ZVm9K67O8DUQE/lt9oZ9c5uEbnjPzY","3.10.16","20250317","a0y1jVeOWPOlTKmP1fCBpYLlp5JJGxOmsTDq4aONSBM","AGoriW2jpYUnpj9yowfCcxtA93PWZUyHMfX4kLg0jko","3.11.11","Q3ClOt7bEF5DCqRuwCfRhBz0mq5eoyuTCjd1qd9Ll4M","5HNGBTj2voJGZlGhHMIiS7byc2qGboPBiw7Zrjg6K1Q","3.12.9","CzKlQlYyHnatx6G8q8QxUKMS3hbxPdzMMq0L8wMzb1A","VxmD73gYmrh9gFDOaKV3orWDQnvJQxTEfraM0vAx2yA","3.13.2","YJnZFzzeoc6j39NLH53meQ8HQ4TX1YUhbIg0rF3/eRw","vmq0GErqO948RG6XWgwqAx389kgVF9ecGE+ahDX/YXM","KvG4hQxSgB+2GJ56F6UeDJPZ5G3e/MpyJHt2MpyX0Co","eslQWxrK5ShAzU0ZU58BYs/RbympG/dqG4M5as1lkAc","3.9.21","2uX3k2YYZVEDLPS3LkUvJyffXv9z4DxgFlacDIzAnt0","zPhUh1hEAGUBCUC+KIwZRna9+MnunepQfRmtJ016orc","3.14.0a5","20250311","WTCT9s6xEwuAv2GzHK+JdkLrxzr2CA+3ZRAjRgN4cQo","Ooy4aTR1FDGkKfw0XrleeRAH11zAa+TwkZ0NrjY0St8","1vEeJgzyjdfty3NWdH26WfYavT/OWZWXidryazAupOU","xcJI+5fdf7ewj8/Ciu6sBKWCO/T6anb//N44bhO7Uz8","3.14.0a4","20250205","urVIHPLLNgELYGmzIHI0uiHu1NsqXaw2GUtSuFDwRQ4","qlyoR8yJLuGpjw/tZzDtW5RLuIqx3/FiYyZCXGRBVFU","AMbO9WbT+tl8a28MN75diRWwzrMOoKrNV4V8W8eE9HY","Xe2FGbgiFKzfPRt3PleMpmjzzI2C0dqsHWCtOCsdVZ4","3.12.8","20250115","YFqd5O0Y6WCyoEtrqSA40Ow9DjaF7h9AJApf++tnmzo","P5ogW8Q0oqgJPkhDhBrup4tvF1W6DyfukcWOmivuCeA","3.13.1","SJBGa18pvjnP414FvmkYPk+/gTqz/QJTWaivjhDyJgg","JNyVaJ7Yfv4A51by/RQMz2EeJ/3LcbpOBdkXgQECRPg","CI4XQvJqLU4B5xGJV2EPv83G4BkpFRzGYkw4PkD0/fQ","QHwAEy5MjvvQSRW07TcWGQS44UFwdPDOchIHGFhI5pI"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358]]}', "linux-s390x-gnu": '{"strings":["cpython-{v}+{b}-s390x-unknown-linux-gnu-install_only_stripped.tar.gz","3.10.21","20260814","p7UYgtMhLQafbC65wuFj9P3se0+clnNv1acmPcNnJzA","cpython-{v}+{b}-s390x-unknown-linux-gnu-debug-full.tar.zst","ROkQhSrnua6deCpTMqg0fC/9uyvL5IUsyRG/LHR051g","3.11.16","Jrq9wJ2fIMiGxaApb2nqTjDQ5ayhGXMtM7KxW4SG2m0","RsZuqNcJHczIV1nzg9B9gSXsyA3jAAXswesUl/1iRio","3.12.14","tHBR1AiBRe2mLplvzFT7PI0xJRt/eeh8M8SEInD0+RI","t+jSrLUMgq85GDhYkmcEmCp3JXmTGguHFJ9Ck4DlZ4E","3.13.15","FmixSNqKUZcrzJIGV5491hPWgvcHBT7oYko/OePoIt0","DBmqSoCKhv9NkaSOvzCeYJivDqQ72PbG/l/fMORi8Cg","cpython-{v}+{b}-s390x-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","w2+RPikVkqS4TSsgsLOeXpK0+fxNvV/G6RhkChkHfrg","cpython-{v}+{b}-s390x-unknown-linux-gnu-freethreaded+debug-full.tar.zst","tmszbI/31lAcIHXFwJzbrI1lZ+HVjquU2pXde8Vud+k","3.14.7","BYA6lC3kGRN2ixFxThYELYbHx6cSStNQfXBmcbmMnbE","sQc35C0ya0ebBEQ8/NsO0aY7+wM37OqKsZvJQGA2GQA","7Xyf65E4XDGoyk035xoW6eKgED4MxJkRtQ1C7YMOFFM","/YLEyTDj2vwGoFrtWEE0KikDJYijPUWcKXVbFnHD5b8","3.15.0rc1","ymWJSE6QA8CwKPjhZINzxQOGXUjLWhaO3YLXaq6mw6w","UE19cTd6igFR4UVExL+acbTKiBSv3ctHzOl3Vsnaqa8","vMB4IaZNqgq7jZOjgvbvo5J4HCeANpiW48ivQQwzizI","pqKrLFzRhtFdA3EgGQa7BUvSnCcqXVikVLEm5qrqe8A","3.10.20","20260807","+WbORtv4Y0LO3MvOGEXYQt891cWEpj2g6yCEH6FdeF4","IoxE6csoHXma2IWBf/pHCjLFHhVpfL0nX5uXREn31iw","3.11.15","qgjKeWIgZifRdI37KUeGME3DbpIb8lIBDAsrlmHSWsc","8+ulO2ImDYiZ91cIhLk0v4QY3DQ321fxj0Ju3HsTACA","3.12.13","VVTs1gX8kh4El+ZsqKegCqOsR+ljNZS9brY40Db6K60","DKu06ebDtYb8fqNewhC5Q0RlxHSq5pQ0k1gWyZIO/E8","3.13.14","20260805","TXnm4y1CU1DeakdMj/kvmRQ1w2Ptwf4u+JxxXsAQvfw","NcnfS1Y29fk4s++CxM301vaYBQegmIFCsZi3I/yclfA","AKxE1nDy7Qfz4Ij6fq3n1OgTnNo/yX9U1DesRkW6rjg","sarRLXUbPECRZy4jAu+4dMO1WTgbyYVUdrsqix5qnPs","3.14.6","20260804","fQ0w+GYjF2KO9QbZ7L1YyC2cn8e3XIVG2Kl7b7wPqRY","/bQpuCKHUIb9PBkL+oug8FzfPkcSNHDcBkt4Myoi/EY","tsHDiJHq2GYQNc39VB1y19TUL8PBDdpnvl/izNTJYVM","f9xLhG92WnIhKRloaDhmTlpRGszm5SPrWjDOsiHI2L0","3.15.0b4","20260728","PDDr2Gtl47Ovn2V2rcLmRNTTljqGVdGkrTjGBW1JTGg","VntfQuuQFyRs09gGev3mEGDLkk6T+JikyOEUjis7Sk8","eFyTbePY7Dh0tet2ycM5e4bZXy0emT/chIqObBXnQeM","mcWx9OoBT4rGOsKb7zkwM8ECi3qEGSER5yH8BFY6918","3.15.0b3","20260623","kUhjOZOt3D6vQmpnoxg2QrZz1FkpyTkBueCvnas5/vQ","IZuk1vDoXCwF0ys3S2B4ZbkCVi/4O2GBA9z4a02LOcs","t3pKpWoGcRlp0I/CrXIN37T7veXa1EmAuH7qOsSQqZ4","9wCcAzNwdfw46/B9pOVKQjhRamaa4nbzjzxrljISamc","3.15.0b2","20260610","uzBuYM3VfwLbLmpim7szFYPCoefAKIz9NYra02pXjl8","3oBXTkwsIiAS8mSgkpGSCn4NA/BaTJ+nlEUuLLXbUgw","I/29q4zZPThsEMKN9D/ZKkRiz+1MFDo2b7jLl8KKbAU","O9fJUgYIBZ3FtirDIw8gMTaUtdJbW9Qk4CGbWIqzWtE","3.13.13","20260602","urlsKjO1RaRZeojaSaG+PYHLb5wTGTrX3gSnCgS5l18","v9bC45ayIDsrPvLetqtdkTCZmdjjiH4G3TRLuT+ZGdQ","i0V53xUZNY8qSYTb3rmcokMYU3Jr2YeLcmu0erP0C70","3OGN2HcpbknsuRm3LjeMh2jJwTr5SOLU0CFZA5YBc8k","3.14.5","Mhvtvll7VUyBg53FIegZxQuy/IS8N3YuJvxQOzw/AI4","sZ/4Ia5hBfMPorIcFMS1i4pRH3u8EEzgAp5/BNzC0AI","1oljY9DIbvZKTHvWbp1Mmv2LHXKQh9K8PIH2c98VHuo","LdLNlVPmLY+GUxJX7pceAmLVQXtFsPCcRozXY5WaJ0k","3.15.0b1","20260510","jys5z7EEWmHGe4fwN2eeRwym0lM7rWD3pTOorZUL3tM","nv0RKfkHU7oi3VUdmc9nocoFmClG7CHovVjUJhJN7xM","a6vuyVaiezZJdQbizVDE+CpgeUAWc950ZmwdFkFNlbM","0grRg4rfDMqZ29nfd4tnCHqOhMePNQdQqUdUhiKv3QA","3.14.5rc1","20260508","J9E0EBx+xO0dzboFOlhcigI6zmS55zkWRNnhuytMmZM","55lWLynuaOTTXUpSYDdbHc7XObos0Vlqt+Hpdyf3Y/8","pk/FVyDLl3y5W5DNLTcufa3OdWCXLF0RcQ/cDqq9q1A","5DG0TKKv7pW8CYBTJhjqsJcOc1nxp5a9DaBcFUS4Bgc","3.15.0a8","20260504","HFyqmU1HHXGgUE2Wz9mnWzUEKbZmgYksrNylxHlULHk","Uzux2FPuU04+PDVjOPxpSsSwL9uLu3WNWQE4l2rmV5Y","ElYbP2XdeOfG66qFAA578uQ60Rm8QlpmDE4UatqzdRs","NhyCy4FWSl0JtabsOsgbHsEe/ar5zN1+nEr7f5R2XA8","3.14.4","20260414","tFApE19yMaaOGyXocN+UuJkXaF3pvkQXECEpqdtaD1E","qNkwJKPAoQBA27z87Y4rTvQI6yqIL3prUEhwTGJJFHg","0NPKLlktjlzR2UDefYXTLBDd27R9g90DjxA7nE2sGjc","0kIKA1j247uDET6f+kefJuX8RjDuooGI/tKIGGq0Eys","3.13.12","20260325","HA5WCBqTu5CdwHq5cpVfThARd1lRBYKQo9938sz/NjI","dQDG1BGiDZRro9zW/OibhdqaNNJ5TNfIxzkjGacD974","+UNlDA+kXKoNZamknSsRAxbIv2hWVUY+QM4GIU5vHk4","VjOo0jW5HGpKKiAiAUPh/ON7Fzn75XuIZYI6zaTnn+A","3.14.3","I2uyfjCe/FdAOC3A6e21+i/xc9RIhVPXOhpAEBNepWQ","ymM2/yKJ1BTecXHMIbYstiXs+rz2mbIztF7+MdxqwY8","hPDTo9x3rTqXHT9u0P6AFNZ7NJjhdebQ9jyeEeMTlPQ","KWywSpr+jaVYp8Ybt+PdEzwgyP7wWTIhIty+VnH75Ow","3.15.0a7","0wziMLCGpT/KeBDMlvYAvIgs2MnFYoscVf0j7gBfygA","AwkPI5Vs5LRT9V7xC9L49IybWF3P8QIcqmLyMXaBXCA","c/ix2M1gFwK8kYddJX09uPP8kTqe0FzoYtIJeKHtmRU","lf9S0BbohRbgXu8bA5CC8X099A9LtAkrYeaJl5eCEJc","3.15.0a6","20260303","tCN4DpC4jANcO1K0ZbnV9mfr9abOxp7U+4/yRwY/dJc","niO1rNDWNg/yiycgbAvU7pEGUhgeo2K6bgcYS98XqYA","cpython-{v}+{b}-s390x-unknown-linux-gnu-freethreaded+lto-full.tar.zst","gH7GvyLjfvoIP2O69ByDBAejhnmfcYFGxvX2Q7fyZi8","rjVvMIgROeE+Sb9Kh1wpixnWCoiFN0TxxChMFyuVgi0","3.10.19","20260211","gTWCoGubzPSlYt5/zt78qEJFx8omua39amDO98/jUkE","D50novGxcJ+cD8N0uCWZBJZdvNprETnSdoK41hsMu24","3.11.14","63mamf8N18nbgRwAjRJjQnI0i0+cTaGtbcfLT3jfogg","2e7hgXCrbU4g/FfxMee5WqsMBMpzkcuV33nnrASDxNs","3.12.12","nez+hhaX0yQgY4aNbNGwW5qfxVSghG3hYtOBIUP8ChE","SJXhh+ZtBV31buhX73awwzpBmfq689yX5n5n2Ors+ro","3.15.0a5","20260203","X4CqjbA4XMwXo8mvidfm3ov+CNtQ8qKZzaDwtTxNPMg","+IUCCsUyuf9/LoMX5dw9ovDUkOOzEhP6uU2O0Qfmsy8","wGZaG8HdEt+4UJH7Z9vi9y4H86sHtUchKuZylwICH28","fFaawVZmSXUY7XaK235fCWzwCBtxsHe+RKT/gxea+go","3.13.11","20260127","6jkBbK31bM71zJGpPjbi9A20mbVTYInPFLHv1pJPsag","hf80fh+6DMo3HAraxL59IHZHhxh5TLulzdLjT3w5M6M","S5vrOuCAAHoE2VUSQRqv9L4z3xRiyv7epGZv8xzk2Bk","fKn+yXYbxApAbOu6MonqO2uW2vPhDLANLP4G8zwdRfQ","3.14.2","mBqqd/2bQAh48qhQJBEtNQYA/gdFsyEfRG+z+bS5kho","mtEcgWSk37hlmFdwOCPGjbRPkJr57gbUsut842wygbI","uWHhQDsaVFnG8cA07bPdz/tRFmP3e/G5u0Ayyv+pFeA","M8PJ8kC1bvUcUPF84K9QweqnSYOK6MrBbc3NJY5ra1E","3.15.0a4","20260113","XtF27IC7ekSHfCodSBqxJ3FeqeBPMTqf0QHyHhWI68s","Z2HNIAF8wlY4NcI1ZUNbNcICctr/015r2dUU1t14aLw","VFh1MPrDTT+45hC4zio4f/kIUG7DkzZZHb6tOJRTEyo","xt9wGDlGZTo3fffQeD8tn5e9bRjYtuT3zJRbcrgSBmE","3.15.0a3","20251217","c8HLdjs5ATu8YaXczojuUQ+VqTolqCPDzUWe+m5i4WM","Vw9WNv5EHkinP2znmmRPZ2N7C2t3P4SDGLqx9pZsDAA","8/jsKYXpXAQbavUQsqp+37fQ/423P61c1qe4Z8yD9Xs","ranXtNxjYQeZndurPo7SOIe5MohRZHDvwiIGlwZe2RQ","3.15.0a2","20251209","ZHiHPgvv9syhNYSD08GrAqjQv1zSiyL5ltn2APm7c7Y","hPQdxKmRVAJrEtPe1V2ba3h9om2cdwZJ+dAUmL+b4SQ","BsTKOYOq0gcj9oeG42Y6tJ/uG/CTJvNBZJIF7XnTT8Y","iOdlPI3Nf+y4Iz1o9S9U1risfZwOoTl0LIBxa/pXzvI","3.13.10","20251202","xR4gs6NRQplYNJTsFLHS4bD3CDhUT9yBnJVmu/jzeZ4","v8dtSsHiltK23Uwgat+wM9kgPeKXaU/b0c6+sYTkYek","T8ZEOUi/W3KUgeoCzFxo6AzQ2kJjH2k2WHorj9Rbxiw","mDNklS1lcKdneneDaic4RsXXuh6X8yxuNoy3uiAZ4Po","3.14.1","rb96nxrL85lxku8uFJFcoxF0G5CXvxnPWybS2YDUsJU","0ZGVYjVJpssHtjnrzos8E7XBrSJ/M7QXU6NivW+sJFo","R3dY6rwG28fl5dFul8RnJHis1An0IN0uG4TTRSwGaNE","f//VVi+ibvKbl/H4wiNT1oFdOnnGqdIaqB80ONvrzt8","3.13.9","20251120","VPHK/5zpAy1AScae+K+qK07TIh9RAynEhQT9/QQnLw8","EjBLPReJOnzl0QLGPSkfCpivDGD4vShmJJgJ4vVX6Zc","ctJET/gpx8M1oOGkY13Lr4/o3Tod9AYgUPQOMgIpPFo","1FB/eE8d5zR5DrSJg89+qWGADFzNBNUp+VwLrJT5+hM","3.14.0","he16PN/DKji/V2RaMLKcF/yT7ikgq01bikZSwrEPSyE","/WdFngxvEpsPZWpklqNAb0vDgX5RMPRt4VvGOfv21C0","cj1zOzVaw2Sisg4C4WgxEHjJZ4HfRz9+mSh7cWRgGvM","Sa+q8Nm7CcNeKaIED5K5qa+RwQLdkejV45zQFbd3Ssw","3.15.0a1","20251031","tNbYsdONuS/wWQtN2yChwyeFndSPj0yA2NsNrQ674UI","z6ccl2YpaHGYh6oLJsjOKfUYFSm0gwTWnFs2xhtM9ok","IAPn5Au0Sz23vKgQh7+3OP5q9A5dthzajiO1m/VdQJ4","bq9wrQxZgPK6lhv7WqnhzPcgQ9rx9X7iFHXwnX5uZAY","3.9.25","ZLn1KoX9c8O2NGk7EpXIPP2sFsapKuPbuvHfB0KEy1s","USaf8ly3IbE4szcpgLmQMZIaU9gnfysOmoDqP9crPQU","3.9.24","20251028","E04X2/bBun25QQOvtguM/TfxZU/lBU4bxLQ/3UYf7eY","eRVLYegP1toHDTuacu5f8STySnWg+VbXln15dvhR4F4","3.13.8","20251010","OcI9Jly+Zbgjl0GLhPc230hvq76JZxejZk0gngz98AA","J+MrEa5V77uduX2V+D1Elno9pQatU/zTw1wfv54J2vE","fp0y+uBFzv6VDY+V3fGCTtwjLRxntM3VXs7FBC8Fcn0","kDU7Pbwp28uQwrgE6vFl5DPp0LtawZWEWl5JxcqKi1Y","3.10.18","20251007","EynJ8GZ+1xX0OSwtIoybCwt80pJ970DvT7m5iGuaGA8","CIJb7Z/bf/iSRRmb6XirN5jtKdHypqmI7+gcpzXH2EY","3.11.13","JFqEC7MqNZ2pMp9VhZBQ6c3xT7gB1QFJI6YGtqEKlLs","phLzx/DxufvnBAP6xIJ/tWUNweffhDi5UtEeYoGzlK4","3.12.11","zG/zXUqf1IbhllBv8bd190IH71OMX6LnY3v9G7MaKkU","6X7uU07Dpzflzew8LBhnlc5TSH1UK15ynEVM9gYLvWE","3.9.23","gsws/Zo2t6aHhpDgqZ3xgDGIWO3yXQD0rA5X0vUmqs0","KITJRcxm3NCrjnQY5yGDsY3z9Iz0sV4j2V7it0Wpsjw","3.13.7","20250918","wnjC+zDt40r3ct1cu8nQJX187qg5fuw3X4FhMkR1iMs","yMNoFb7mDxyYi6i0E7HxcCBTQC5nfCZnpfR5tfhHSwQ","tZpRViARlm1Ln8qZaZMV733EEfPcsItGUvnJvi+qWWc","Gk1JRSn98URnDIp6lJPUXgD62cryWZerMZJa4HfrfvE","3.14.0rc3","rs8uL8abHOaKg0+ifbyxOPvUvsoWRkykjaNOV5TaaFo","+75k154hE+gjlXpgWQVAYB3ANIJ5oooDSIi70Idq8hY","Y+bOE6z2NvxZt55lBvOsRThtvOhIMdx2GZNivPHFrz8","o0sHW5xq31FkXg+fxE7EtpPrpFic+4bxi0RPFn5K1Rk","3.14.0rc2","20250902","iYl3VY8nflEyzHKzFMjYKjzcC7ptQ9aqwLeOjbhkh04","8evxCYrOhUWpUwZFLRpWXfCTYfXgMGr44LbFts6zHfA","B83JlMwtt5+3LDV1oH2notcwqz2ooE4/aqiUbiUO56g","SYmgGJpcXTy/3E6Iu3NmdhJjwjX6OlOtane1r4Z9XSA","3.13.6","20250814","50D606RXhPvjQHTt5zu8pfHZXJ1/RE/ODia2H9eRG0k","Ugri7QW40poutrxrE+vCcFyQRXySWuqOiOkEkiXlWLE","lEAOnkCOuew4DVjdc5P01+KzaCzevwwkbpWGpt8diKQ","I2PW0Kwy5HjdgARW6B5CPqSw7LIfQW9GbDPuUuz36Vc","3.14.0rc1","20250808","VSB4cZlYVbqyCKKdfsgMZnVUHzjSksiPlvDGangIYHU","OsS9kj9o335vxrvtv9Df2G9JoAkSYM9Vh1+CHKTBc4k","/uNUN99neCs0jVezLLGsrGE4RQSvKIYNVSsNaus64Z4","IkDewsRc5CWicnATVir5PDR4B4J5aoMx3RsF2eQ8e5o","3.13.5","20250723","YLLK3Ynui+46qqDVHLgVb2xflakCRiDknsJR/EYIUBk","GFM8rSk4cKcXeapMg+dJYHdR5eLUbZi8A3527AF5Avc","Zs+gz3OnRnUlt8GTtwRe+IsspzzkyRpYdRo/1nvKRL8","UxnhblbPS2vaPBhPKALDz4ZKaIoPilaq+OWFBpMIiLA","3.14.0b4","20250712","GHY8zONbrrGWDgQ/m9S+OjalEazGhEuROBUy7lt8bag","aGXUgw73vqqZ3YF98MSbsNOAuaDIIr5vjKCQ+aVo34E","fruEXulK6HDhMUbeAFIlHUjVhDY8GzdPhPveuOeTY1A","BF/PkASf6K/F62hGfXgH1BHUCHvxhqPpYzM55VqzE9Q","3.14.0b3","20250702","KvOl0n5/1JtXlqNcH0oXhI2eXUDJRrnmkNfCflJ9mdg","I8pAp4rYph/IINWLceWus7X4jtfkSaBMBRWzcEHo5kQ","BFAX5g8SmBEejM/savvker5W+CmXJYyHVACSaaU0NzY","kqw34ougIpbm9TTY3Rjshz48NizGqZISRdFcBW2jGq0","3.14.0b2","20250612","zx0LTsVVXtz1b23LiOimcCoz+16lSFRkWoIn3h5fRHQ","l77gYg5/z4G0EsyM2TR+sDrj2BH5pCNSpPRs+lp5OWk","848SazGlXzeCnuWBl5IUptKsiphe15FbQsmdUq8ynZ8","pa4ycAYbur8UwCFcPQXfxchilklbNBw5GEA4GFB1/uY","3.13.4","20250610","l7YysxYoEjpluJVDCRzybEi49nhbrKQfdtyuCOaCHmM","4qQDz2qSMlOjszDG7YJ/EoMr8IeWSuzjxxzuYc9PRXA","dVajirXlB8HsIrw4+YWZgryVbKt/TeBaL6rBFP6zBts","lVhz0wzy2gi6Qss1/CvV2c7j5ne0Pl8KzDs3da/eqpI","3.14.0b1","20250604","mWHwYr1tIEXthFEKlA9l7M5OvEFth+vjyYZf5zZI23c","i9Cq0faKRl+Gu9IWfdi+ulcUcm98hMkQTxxPUvUlg1U","RO0tO8OmfIil0T+4VSUpUmWRhvvh98SJ4kGXH5tcvaw","NJwyYnAv5Strilkwl2uyF6hitxF20kzcmG7ZrwksyGg","3.10.17","20250529","6tG1uhM9ZkaiBl6Ngf9Udt2RA801v2jRI+xm1Hr/e68","C3GEFSZVFFpS+aJAFr9PNE9TL6RVh1Qz2NvW4jLJMuk","3.11.12","kiDAABoP5Vpu2fW7k8jEGA1TaifnDwhbJzuLxhb51kA","joM7d0D0ZWiRW2ImWim3GlHCYGItYeFNSpqOmyTB6+A","3.12.10","2Sy08kF4e2ZNKDNgcxKAYan7i9sn1TO2C328TLYDn68","ej3015VXCpjEmf1s9+v8L2UFCBRpdmcqvnJJMGI4PDE","3.13.3","9AAJc2D4HcOq1sxb2w4t3dkA737Q7GNGU+8UJ0r4MgY","JzIhnmlged6jPoULUCdZu7MfQbu13DAqXytm2wfiUD4","DKR1GONYfE/kg6aeKIeHKlN4QqkPSZCJ/ELwsN+Ruo0","yZ13976e0WHeGRw7/iBnLDNq1zcgJqnSUe0SyWV2Asc","3.14.0a7","wGWqJmOfj1wppkIxFA5LzcxBvq5U/3Mj5qGWJfhxu4g","y9YqdIAu2aXS0jD0UDCwNv6z4TMK9ET+Wy3jysV0t3Q","hvpbu/oUq61m5L0tWqzzIyogqgRRGs5MIy/2yU+rIqM","/M7JFrfOL15n9O0/bOu9qlIg9V6XYJRA08KmyNipNv8","3.9.22","qYvbEP4m3NTnB0YHrXkJ0Df8r60z+haZRrvmqGi9d/E","tfjCn0J7zfgJ4NQ/uJ6QGy9tA9T9SHiJK0QUcrsw66k","3.14.0a6","20250409","80/bzuf2OZ6FlPkymzFUzHW6B47dOW48cRKCfOL47Bk","BQifPZFwPRp6Lh2QMstyQHjcjltd7SWSF2yGaOAwtY0","ax1tLLpApWdjjOnfFwcvgBrVdWKvF7eAxot+7lNkzU0","4BsKrL8tTitcR1Z+v4u9ZhO6amEfnJGgdJYVCw5U4ks","3.10.16","20250317","ANn8l/iBLrueirpa7qCxGEbs9syHnt1soKTYx0QRUe0","ZjKNcZQKDIMwUiIAk449ClkkEMUp8vNuHcyeOxoWChk","3.11.11","Y/GmKCZ8R+P8PXuob0fHLLifVFENJNm1gZaVPXsOq2g","LHogLFDEEk04RrCzdF3QxY9ngX+eSfHzmPZL50l52sk","3.12.9","13fvq3uzjEY6awBzX+g0bQXHFPeuZc8Sp0nxkWC1G5s","C5DxUn6dtTBzurxctKXu+LY3HNhNh1RXgVf8EC03Ibk","3.13.2","uW2Ruc2s/jpLbUgxv0bKVmkPzkCGsBeacAqmbsBAlcY","TmLNccIyekGNpBCtOgumkLqbMyzG4wC+57ajedKM968","wHQUTMgMKvMsQgt5qd8m6NtAUhJhmZDB+90wi9da/j8","rfZpXPGyBgeOWI9hQsC1J3K0Rbxc9FzeQ6PhHosClqc","3.9.21","hiKyC5xdZ6T2ORfdOfXmaB+AJXnwkpXDYjnHd7xiGEM","qfu3z9jD7nU91tlbkwqbIhKtpfPdFUt5+SjkcvRb9GU","3.14.0a5","20250311","qmStfvXMiKI+pcrWd7hgWq6PMdpfYT9HAInAySqxL6o","0sE9fmJVvBy1bg138zaggCC5X7gz17F2U1sqYMXNa3k","LXaCWrh6oXxFLbQrCWV6OSHqO8FAzUiOhFL4cNSzZ9Y","i0irMmpA3awEtAeE1m+mntULYzRLyZczBMuddFDVKkY","3.14.0a4","20250205","iQgFhGhllLvwLBfT+5w1sxdET5lgBa1AAAzk5lLOpY8","/tQuMxs7IgKjVq436GO4zKUTJwclihVHLGhW5A3abeQ","OTxfJlqLc5oYU4zg/zafy9YogCft4X37bGNmPd0+SJE","819QZzCUy7qrY96qQWz9kE1r5rvQBsB9hUbz3Y9Fe8E","3.12.8","20250115","RlfJ/S218urCjs3+bGV9mDm7BjwU7u5HHA2Q0IC2qt8","55SqIFU4J3aj5i8rn+vy5p6coNAPVJ5qwqGC24slWqQ","3.13.1","viP0Kl4n6T6YdrahbEq50wVsl0/O8xrWl0qoSp7/n94","uIJkJTc9w+lrUY6lnvIdjHTRtfGHvHWtXeiTDWbN8rQ","XbVfC4rnvFplY82fMIoidp3jLwQ7RMC+oog4546mywc","mcRFhDx+Q1JOzcwgPOoted5Ztk3c4o+h+QBJblSGYtQ","3.14.0a3","20250106","CmMrdJN1bqBX8AN6B5S7O8qjKBb9V93p3WED3dwAmfg","4UNdEAZ+kn9cW2S0NTm5votm1iBaM61Ef2yC7cj9jHw","neOo3eC0Ox1pNpuNZPm4F0vuGpeel1+2ntENEYdbrFQ","sc3ELh/s0mHuyFswNNTSTHujPUuUy/cj4mLGWbL9R2s","3.10.15","20241016","+6xX9nyopoTwRC/3PFEe/Bd4UMSPUI8jUhqBbq40118","v3CQknpfBf39bgaqaZPtFQsBq2OXVQ2XQ3v6pC3szXs","3.11.10","6AF+O5FvjHuPvfK9X8GMbrfOI5ffJA++6oSwXUx6N6Q","+uEgFP5E8+rjNj75v2sO3yFPgtzNxzroICAiUXMJNng","3.12.7","jpLWWyRbVy+m9SDUKKmAep2jZCjHN5oR1BrkKOae2SE","+o0oU+MC/Jl2LQHweoqZM8OVG1QEJGpmfJ2O7iZhZho","3.13.0","tXgsAnqIArGWVulh9zGTzwYLEk/QUt/xm7bSG55R7RQ","S1PZSNyMdH7WX5LPfYmsWpDLTG5GIlEk1+pGuPJ1WX4","bD4eTxnSsBi2Wn4+9M1CJcW5rfvEkCGGKEZuY21cS4w","O0XSvmisZt3i1srlUVaAaETzNwY/R1WHyfoCPuokRg0","3.9.20","nrIpbGhIRgK/midlnKkfbAc8ixyXwnkbsbAZGqi55Fo","NxLTxgdPU2xu552w0p2DypkGWgVNTiLfuJO2POPrKOo","3.13.0rc3","20241002","J2kYLliw3d7BUiK/7svUsS/eYcOPI6kKqUJRTzVF+5s","Zg4x7xp7Q1gzLvQZ5jnQmgJaDiIoVeENk+6ISn+o8V4","3.12.6","20240909","ib4ZZm7LfNu/1ZbkYtaQp4o4Dx/lwpZ7JaF3mwzskzk","0hQm1DVrtbBSVGXpzDnCfbp8OecRKFXqLPkKGUwr30I","3.13.0rc2","UKIIDjDRUE525UceRoMPC0l0xmtTjtjsffQWl1Ez/4k","Zeo1qWvObQl+u78ZrUhPAQGytC/Mo6tRgQnD6jrvuVI","3.10.14","20240814","/xxPAQscb1Y8cfow9oKTFoU24O1l99Rwp+jHMlLQhlM","kTRoDUxEiKI8h2GI8GaARiXmQEHum9Dk5XotUZ9XXq4","3.11.9","MMcQU+k2BHG381DxVi/05C65GtLKYbORKVtd6osrnv0","CRYfN77ZdCtulCYuBHpmast9Q6XU5nn8h9fQpYyS7HA","3.12.5","K26jpSQt6ZV0GR7kLfhkdW7KbXyx29TNerKFC6i4KPg","4Ki/5lNCHmh+1WvMQmmz5lOQUpxhWBGTJSzmicEvEos","3.9.19","tB+DQxFTLunc92ytPN7aKF0OKD3iGCzphww3xAlwzdM","3Xm+8ZdDdNzb4xLx9sts1v+qlZcblOATke24EluYDZA","3.12.4","20240726","sv0BWrNongJN5vuzSklCrNtUwhhNGWPiKCmq+h2Buiw","+N8Lfr0ok+hF+7648TPjF7SSI/wSiCP2dDy/16UL/A0","cpython-{v}+{b}-s390x-unknown-linux-gnu-install_only.tar.gz","3.12.3","20240415","hy/DITY7jN2Cb9LLGt/RzrgTvBKB+dQQwcLE4Xfo34Y","oAnFGxeFGeYLa3hIsOqR86kgB8ob3wouiya4t6E4zcA","3.10.13","20240224","Cb6Pss37tKk9VV8mjyRNvk2P8YVLJljoBDqk7Aiu3j4","/kaRRUESYpfHqGNoRcLnGIho6qYXu24pOHH8pKXLY/c","3.11.8","hE9k9MFuJJZXeCgdph0eDmzRNYpYHfFmLagUse7Qlrk","1JWDC1mA7Wib11iKpVa6ycQ/92bYqLMud5G47WZLBPM","3.12.2","7NawKF5e75Tet4S1iLS0JaFaQ65nG/IGVWZZ3BQamCU","9AuIYHkote40/4fB1XTISToWBNekBHThsDcxGEGG9Bk","3.9.18","FdBZUHx+kA6WZfMejZA+WiSmjO7ST5ocWsBqtCo1Tz8","3QXv9pnOWn7uVFvAXkhpxOZO4CvwxwaRvO4hVgTGs5M","3.11.7","20240107","SVIOP/SUcIAg8wbjCwlk8HkXC+g+lWvkUE+FBVc3iiI","kbMzaQJbfgB59gPNKpn5pZMtqo3tET1QkPKcB1yZPfc","3.12.1","YGMSEccB+NLFbl3XsVTmiGgSigGbnbHVOiZPVsDUruI","UFpPus5mGkOzVKBZAi6zHvtAaFml9yJxCevw8njyBQM","3.11.6","20231002","+fGYI9ujIJztxGR7APRu0BdyQpF9sg+3+1OZcOOEUxw","eCUqqIP+0Y3nu5sUZFDkLdddeMNF9WwTAbsEIxeh1Pc","3.12.0","VoFiE0ndhdlybRtnyEqWhs549y5zpvnkzEEZkRZVdZ4","Wxoe/7tD31etAU/Ov0sgCJ5QTYlhPnuNsi2cy5+wCmw","3.11.5","20230826","/kWdo5h0RDV51v6Ixod3xtPjMQOOH7kqBFGHn7a+sW0","sIGQMuwzbW4dnpv9ulRr+FSntySPhyCm0H2nLErJJ+U","3.10.12","20230726","jTPUNa5vuT3tf8JnmMwKGk9Uak5ScBKh4pCcwxSzMt8","dWV5tSrLmxOxYqyQHlb/MR3vRD5p1/clmpEZi3ajDss","3.11.4","5HfwdJFh+ap4h5ZPCJ2UYKU59rSo/atRZviYIQ4ah6Q","jva1+oa0q/UYZbNGt8+N825HTtMIhp/ArD/oLeORlKQ","3.9.17","AUVNfMfJwvzN5CuoaMTzcuqq+kgEnUndlMnPKHX0l+Y","v4yEbBpOUjVdSuKU9OHalYfVQVRn62iQvfD1pMjNo5Y","pypy-3.8.16-linux-s390x-gnu","https://downloads.python.org/pypy/pypy3.8-v7.3.11-s390x.tar.gz","7.3.11","F4vQpQnmP8YEfkUNW9wZnZrFFRwhc4COS3IFUJjJmVo","pypy-3.9.19-linux-s390x-gnu","https://downloads.python.org/pypy/pypy3.9-v7.3.16-s390x.tar.gz","7.3.16","HkrOczgpss2rP+JKH98Ps0zE1UEXNs27xigeXdviJ80"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358],[0,359,360,361],[4,359,360,362],[124,359,360,363],[17,359,360,364],[0,365,366,367],[4,365,366,368],[0,369,366,370],[4,369,366,371],[0,372,366,373],[4,372,366,374],[0,375,366,376],[4,375,366,377],[124,375,366,378],[17,375,366,379],[0,380,366,381],[4,380,366,382],[0,383,384,385],[4,383,384,386],[0,387,388,389],[4,387,388,390],[0,391,388,392],[4,391,388,393],[0,394,395,396],[4,394,395,397],[0,398,395,399],[4,398,395,400],[0,401,395,402],[4,401,395,403],[0,404,395,405],[4,404,395,406],[0,407,408,409],[4,407,408,410],[411,412,413,414],[4,412,413,415],[411,416,417,418],[4,416,417,419],[411,420,417,421],[4,420,417,422],[411,423,417,424],[4,423,417,425],[411,426,417,427],[4,426,417,428],[411,429,430,431],[4,429,430,432],[411,433,430,434],[4,433,430,435],[411,436,437,438],[4,436,437,439],[411,440,437,441],[4,440,437,442],[411,443,444,445],[4,443,444,446],[411,447,448,449],[4,447,448,450],[411,451,448,452],[4,451,448,453],[411,454,448,455],[4,454,448,456]],"others":[[457,458,459,460],[461,462,463,464]]}', "linux-x86_64-gnu": '{"strings":["cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-install_only_stripped.tar.gz","3.10.21","20260814","TEu6mCmvOcJ35O9X7gfRO76GBunGNfo4bclitbpjll8","cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-install_only_stripped.tar.gz","H3JzZapk6RPcemwnVGEcZLMyt1U4YkF0B52O02v6iQg","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-install_only_stripped.tar.gz","vwfeSpZCShgSl3GhG3Vu4Re1kiChjGL7rGDoxQsPrZ4","cpython-{v}+{b}-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz","gHu2dG3Yt6NH/oM+4cwlQ0V+XCyYBZ3EVGAEaO58rns","cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-debug-full.tar.zst","ubp80OZAdRFHY3SnlcObsIsrlrfugzYcHE9lbko+osI","cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-debug-full.tar.zst","RNPVmRsXFfkAcHWIjKtu+dVskDpTNsdQggFaK1VLFL4","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-debug-full.tar.zst","NN8WDxPDww5A6mba+MiASTXL53rpegCtO9xnTldKvD8","cpython-{v}+{b}-x86_64-unknown-linux-gnu-debug-full.tar.zst","ddSkeI/FYH/7BF02MJecAICVIJCzOpvJAzVe/ybPnuA","3.11.16","Um0VVo62HJIJZSWQ3px3vxoh1SRdXK2tAbl4khUyqIE","M18QBC3UO7aoU0LkYDl5+55EpwhqiG8nCvYsUdZ8GcU","yMwTBmfgdtKpF7W8oFn7bYY0AzErjwzB5hDb3KbLI/w","O0N/CHINPd2cGQRTJHbsn7Nz6ADRWYxyyQfdbV8pt5s","fx91HX9jgVarOy4p7oosvLjqXyCHb9WPRQLzegzdQUA","t5uREAmKOdOa0o+xG8fZedHrsT7UgTbINJ3kUea4GT8","BMsz21Dk9K6YM6szO0xXN0b1KRHzqZy3lT9jb38gQgw","Tgy/lnsOvUS1+sKFL0rRvxohUMB7vgJlHSJtz2UuqWU","3.12.14","cmtsB2pt3iav1ZYAxIZtgotnIWS2CDQwycq06Y8e4J4","nLs9pMAPCJmx/lv2Ula5GFc2oZwE5QcXFXsLw91gdeY","bKtUi3NyIvay4apkimAe6MmTWWqWXzpT01P9soMRAKg","Ws+j6bomtRrhYcg6/yeNqRW1kNIjc6QksrpVuK/pH8w","4obOLrL4KX/Ho8enD93mW5WxRGj/YWOOYAfNklkuAiA","b4YSMf3/bxwJFMEliYqOdxX0T5wsxUvd9CMxOakxLjo","0ce5IYabqBhGBywgS197zpOmgKH/hHrxH8ow18B9p3k","UgU7l2toTdAH3smqppgtIF+mREynVjYreGt6XtIOt6w","3.13.15","EUGuYYcN2RyLF3mAAt7AJB0H1P+ru5KoXM6BWvJD5YM","Y0pRxWUSQN8SwfAWbJsIYfbCWCQeEEEUQ1px2L3eBIM","pFfgGHMX2R65wI8kHt3VNTS3VUqoLRwBGSzr0iIQXak","qsoq8qtNe2inEmYNEzTAz9XsE8AxLM0wwpEi2NA0IyA","mt6Qi9SQgbZ8ZjAy24q/LLIq1zkoHrdopupdx3nrN2s","kRHA8mTx0qY95CAQHLEPjOQG2uflxp1WvpTok9EGT78","o5njL0ZmSFpqRYHMqSNTSasxKGynKrBEgqDmVw/C6lM","igU6LDF+K1/K/Cyj7geANBm9tuMosRMRy2TrPFrn2U8","cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","c3QTvX98WJ7u2qzqEoC7O8cv2NvP4FV+EbKlrkz9Ps0","cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","mgKm30B7C3/ibmUcJfUUK44Dhg76qVrLGj94HxQR17s","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","57J1+b1i1lsHWaMks0KeSar/achzFyYBH/mfJ+qB+5A","cpython-{v}+{b}-x86_64-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","CBu4tTCspmdGv8XsW6AVCnWls6QEaj30+5+ws3i+URE","cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-freethreaded+debug-full.tar.zst","SeJrFyoT65oZ+GO4WMvyj/nq3NmXJ4apRwHsDLWW+aI","cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-freethreaded+debug-full.tar.zst","DXLCsKIjwRW69VHUD5HkhPoNFF3Zfgs3/+0CPXw6DQ4","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-freethreaded+debug-full.tar.zst","9jVLNUNepv4ISxaeyxhYklXG2c/2QqygokaGz2Z3COw","cpython-{v}+{b}-x86_64-unknown-linux-gnu-freethreaded+debug-full.tar.zst","DR5weZjTBfGsv4UYRcpsGNA3hxV5V61b1nwDCn+fnE8","3.14.7","LTpPXRn0qpf5eyJppIDitWc6zTVt1FKo7UldJCYMhLk","jffrMC07ge49NvD5tUi/ZX8UzvSYm/ICbFyZUInvyRM","K7yqrN/ARMPAMCq+LKB5QqvcuT28o6OpKywYYQKwhQw","zvugNERdKHVAjR/U1XAK5nMVY661Tcs5/YFkq1xFdTM","XnjcX/O42+x21TqvwkuIMDKyMZbKST65i1lW076u2Os","thmHtUb2QjgWjIhaRnkyqDDTWcIKLFeYtJy3O08JWbY","2gK+cMllGZayPJhEar0AjEyjUOg25Buu8mkirZK1Nsk","bnK/Quw8WJM80zlcalEZ4aT0tCWeknZdWmlxQXSGyXM","rG7YUIujuFfu95dku7c7Tptrh0ryiIn9oyP+ptCqA90","E6owqcyfxW6c46YHBT5eskBLHRYyJaqu3sqHPSo+PNw","HK0xV9wDO/GhdhKozN574q+4jkf2Rg9QTcGM+EeH9HE","MBozJvJ5yn2X1TH8j1C8J8lKW4DEjp9f/MdJm922CuE","lXkw+/uSlktxd+tWf7MI88UFOYXW4kP4dFQzAli1ZP4","6M0HLdynfJLoSjt72hLs0Yf90cR/Jm44/Jhv8El/JZI","a/fBEPMZRhFiNP1cSTJeJad3f59w2wisMiCj7ffJT40","Rp2V/H9D62nhnsqnZqCXSfJRT7mSmPPUaMfOB/htqqc","3.15.0rc1","Gy2MDLvNhqUO3AG4gzJVRO9kblvytj1QButlHv9HoHo","Bdex6kmujgbkbY6iqa8mDyOD1d3Rz4xO8aXHERWUx7Y","OrFPV+bdUxDU2psneUh1Y9KsWyd5ZMuRvEm7aQtbggs","+5qycFW+l5wymPC17fWpldwIfPs2XeYns86qLCkvRzs","LKP/YkYIa3iUKofyVqMWkDjr2jIq6fsbQrHxj/h48xc","QHzz3fXZDFTQoi30deKDj9xHH3nqUaTSdFyOw++QpcM","JZwvEYMEXDQf6wY6WQL9FtP1ohOI8sUC75sHoxjPsR4","9rvbVpK7IVGYb6rFqGhAAVMSwTh3lg4rMyJjefxXaGw","uDORoO9l2kUyy3j71/cIhSBESkloQiQTsrhjs0ll1G0","Hzv5HTqkJ7yO5dnwdkuhcGUV4Ux38KFf/J/gtJSxg9g","I7WpiX+4D+YOC9xzO5wWXZE2dVYNHBjwyQyqZPAeQPQ","CAt1fKfjg2wSs35er1a8GWlQrKXpHwvYvBgcLTg/tL8","4yRoBzqsCMNg/OWuKs2tRfL57A5PWvsikmSd/81cg4o","xrJAYeWgaYpFGDncrlX9ldnMOTxl9OHLfaK/HmGijQw","zZ0UgEyaAbTjVxbzKArl3oRG6l7LsxvNeuoDXNoZetQ","vpnEHyvIMIGbDDapjKMqebFEpN5XjMMXsAfn6ZTfFv0","3.10.20","20260807","i35ZGJgamj35ezywx80dVGqEhs4/N9U6Wf6sXBBoGi0","QG/MhTPzNrhpeguNA4TPDUEs1ZUY36dgD86aMwx0qP8","PuHWrvGYUcfdNSizyQKvQAHeJRhioCJHb6tEVrq/1sY","ITrYMaWAwYaAT5HEHNZxL4rIzXZa16UXFhwJYGpItYg","cTy0cwqgrmNA5ns3AL/42awl2jirc+SeGNLwLSnJLiA","obFv2eJ6Mp55KMPmw2AS8j9ZxiuavuLhd7JMRBWBrzU","0t5CW13+XP8bxDj9lhTseaqbDx84pxwQHYUs5oAWY1Q","rwDzIvoBYvO4yqZAl4z7mFUZ4154LdAcXjx/yepLvhc","3.11.15","8xP97txKaAbVs08YKTbhy9q5NWYDCUicimEjT2pMOtk","EcAxPvXPHjDIptUmlgs18ZzRVGCkxZ8o0YLA9A3lOvM","7JvsSOW1NLpjOYM/DsmnofXlpQ63WfsjY1MWXHKzTqM","ad+snQ8VoLkoGjhIbyEsv3ZCFgkijBhNwNNKBTPVe6Y","Mj3CpiJlS3Rf3rVEQTImUXUDOHY6DmBZOfqy9hgNJ0g","00tbK4FoW0kxgXDgtCouBTbfsYsGUm0wP2sSyf3MqpM","qKBn5keYKcXfW/4s792QznAvXgX3sHLOOiwvMgmn2r4","0epbdy3pLY5jlTS7Lg3NIwd4fD6phhF3SfMzV+1F0Jk","3.12.13","qK6EpddGuoXKL2sy83eoqQ6U1dYPEvwyVfBGGICac4I","FACzVpD/jcSccjUYimxxe6YYDXqeNXawgrPP3pNCB98","/EeLf0var3jVF5t9jy4HqYdxa9Cs0ilJSXspLadtdYA","UGGRvj7nvRkKiDTc3Bs7xwqrUGCN7MxxGTWqAHI5yr0","KlaoLh39Tk0/5PLsbZ7FwAMc/uG7gjpw/fBt98ITnXo","kzJOP3HCFUe/7NWCa5GErzDmBVV/rl+jn1lVQwsKNR8","3nb2o6xVqpq8E4MZQVCbmGwHevQAIqDJJ6ntvJ6vqlg","T4fqFvrTyocaqOZ1HlDrzChk2RD7nDpKNnaT28EetiA","3.13.14","20260805","oKd4JxijMTzZtalFudMjq8KetsV33ZCYIOFfVHHw5Pg","PM7tnWdeqRiTn/FtRnruEIzkhHO1fhU0SXBDmb3NeV0","HND6ag3j0Kqn5boZ0Oj2tHkEwwO9D7gC7U6pzdXSn8c","OegtBZJr3NIGcyAmvNh42fAOKIzSJ9kcH6vzebbqT6U","zgVJG3qJlESpdcTVgRuGjJwKzOez7Me2SM60gM9mQqE","ww4iVlQhc+UrqUJi8RGnNKE+ajc/abXQyXF9QhkA934","uZ4NQSRB/OC1KBYsxh+fvS7oriFIPvn60/SyeCqXbCQ","RPBn796Co0obRZDLt3Iv6XcrQn4QTuEvTNTXaVRZeaE","uClmowvcb7Ds0uMZgiboFoPXR7QB5TiNjYzBEVJUdBs","L+FsI1N7BKv85KOCaWWNVBA5vlJ5ZDdBZ5MJv7zMrcY","hl2/a87Zz6+7engeZNul8HEWFnV2iDegrERl1bIPMWk","iTMfJhcpCOZ/6Xf8EzgjnlTNtRp0rK8+t+kNQ/M28e8","L5Am7yfeUKa+OQSQmZkcy7tbVy0CoWaJaWc2zGi+0iI","1uUaTJznit9s+9wwqVYH8ot6II9AA2rD10C8xD6dHfs","OAMyAo/pdJZ2QzLAHjbmzNwC/+ljUe6jLcC4MuoHg3E","4AWJccZqlBnh462tW/DF/Q4p6T+vbgTn6I5OhJiw1ks","3.14.6","20260804","plgKUVkLONGFyemc6vErXRGsWG15E5tLInCH+z00YqM","JqaV/BvVRtt3Mm9BUcXyr4IYlUFEO73i512oYnpXoVc","vKEW6Frq84moQlK0mFwXl/137pDWOGsE7xRnXXZN3m0","upYIF+VCZCAhE12zMNh19BD04Uxkpi4q5frzaXraCLI","W/91LEwt7eapS48GqwE/vc2nTZPmCGp8Y3UGKGgqeDo","8lKOAq7dd/NJRYISNVL9WiCfmSdKcoXnwu7hTuucjNs","dmq60vzbhc0oIx4Hcw2cIyJbt1bd3Q9vF1FcUW0SYr0","OLBM0F+yrSLLGr8FTGOBuUJekvoknoPeF8kD8btYO0c","XPkbUeMDTGA4p2dnSaNNEd1qotnzofZcOZ5vcsKNEWs","I1tuYYesPdv9u6+xsiKJksE3efeskgbMZI3fDhIy6QE","5N5DnFCYvAJEjcYd487AtjxoYWbVamtizdh5EbftIkM","UAcWd9nY3SCc9OTghTu5VuYLBId9Dk19M/3jOMZPpK0","wRlUdmNWydHuN3vs2H/8mDO9yyEWdZiGVVjSdrD40s0","0TpUao4LiYiljFKQRCQ1Be21+c41xt4dnq/ic1P4tOw","+fRfcwVN37EmXSUUqadXtlSBEFolOtjhlV+qJNhoOps","dnI8I1uC/xLlkUn3PFXhQiMWhHtAoZfCb27uQdT6d+M","3.15.0b4","20260728","6le31cZH71z0zfzFT2VI97MEP8eG7R/1PEW1kNVNakw","2RrRYigW0lnwdqqKUkkuqwUPhjcxI4glApAjVbmaQpE","stzqHISHx/waQAhikFulQlG9DuVijI9r4z3meOu88uU","gnN/YnKVdiHwu3h7MqHQEq9GRq3XsEwG5n4M6UAtSZg","BOIkr9KTKMc8YVLkg8ATrOyUzRHfLvyyuFp38qNrPu0","K5NyNiYIvFJy9fnwcNn92Zvo/DBLsh3JuGjJDIeVonM","7DG45kalqrX1NKDFRycpDoh6k5iZjTyBXB2gHJazDEM","OaP+DTtQB32hFgvuce1TOfWhULfA2hC663+QBMv6/BQ","dKGbl9EiqsVP6IJ+57q4CjekTEE45/0UcrYWnIxszKA","5vV2QCVFnbcEW65UyzFsuveOZQAxA7f9KBkuw2BN4WA","6i9F+F0WMu0Rg0rT8rbW8+dBgC1y+Tw1Wku0AJs/zNU","qzOhXyD/Ujehp5KIqnAaf918JXv4cmc8q3b4czpLH7k","ylulO/MXHoT3knwXeOtUiMxmeTEopdiJOKQqRDOnwik","S/cZYzZp7INRv1X+46f+fyw3khBV4RVWn38gNhcACy4","o+Mt2sxTP5RbvRMqGiaBmeUleBt4mQUb/OBpfyrTDKw","V0uNJVxVNPB8DeQj42xaJ6qe7LItLcyYlrCCyQiFOzA","3.15.0b3","20260623","yhzs0LKMQpRJhdIspVUOc1HkoNTHS84sawO4A59DaqE","pQijKm0z0hSFtucGkxlqkEMlNWuIY7zJNT8t8IzxjQQ","OW6Ax3aJKj6+LfY9DJRjBYhbgCpf/xgrcQniy66i6iU","9ob5xf3HCFDN1IaWNeusdz3Iks23EmkGWWawMhmxeak","dLEzG73TXewWbZ1jKdOkMc6/8FNCGKKE5gFCQqvAv9U","jmluDxhjVerxov99ofImH3VIzr9yuA9ahxR59ismWb0","xQAIez+I1JmzvuAWAoFUtXkPCGP2iIZTAvcSuC7xfQM","iTenicHP88JBXZ96LgEEqXV3MmvnCXPSIs9PjZpLkek","ReLlzBw3xo6KJq9HQRNu0mW25Vqx4zKdxsGUsxwqNUs","oqIgjBDtsSgmJHm0MSamoVVvsNXWQvRCgW+paLAaRMk","NiHsAxVcQ1kzRiB+qTGGQtoqb+Gu5lJ608lLkOvNnos","Oiqs3pIhv/tfresK0oI+PHqn6omQzSN7RZxqPQyqrWE","CKkQUpYjd+FJ4yOjanQDvgRl2Ue32kU3JVWLT4NpiSU","LSbp/FyZ8kJaSQ5QmHfShMwuo7+GdvPsWYw8Ffii6xU","UsSgFoLEG0ef4ovLBDxFLS7ib/zkwHUjLaW/exJcGwY","8gSEc7RpUff13tbO63Z7MLU8bXieevwmnem5hMslGmw","3.15.0b2","20260610","Mp/VqMmv3J+hL1X5a2ffBTYtxTTq5gGvg5a4A3CpfO4","pRMxGKNZJgpyrAUVe2CHuNO45pLiKFDTMZk9vhkeRdw","V1rNMIrIB01aQRG5vU84Vi9Juf8Bwa3fGdwekcMmNTU","P8UgsVq3DcuFsLfXglyXUxIc88YTksaN0MdOoVedm58","w9Nw4spJcLlBegxwr+48FOfnRUc25o+KtdBhTys9OOg","7qZKS1EYkXzGqfeKzJanZXYigbaHq8oOMHT0CID/kg4","wSIN2566sZtLbhWvPIyz6lB3zvY+hyl35ZEsdON0Iks","0FolnfTdNvronsSrAAS9jeLHSeCwFMW+rpxJZDoBINQ","BJp1bC/eFgGm2knyKmi0FaZqAO7YiYaRtZ2gmliTqrg","/SkjMjeXdfE9WYbZSpnSr/zTZW5OQoZHfrdnsTk3TEc","sLGJr3poFdpqsA9tlDHiBXjD4LS4jUjbeSQ4cEtCD6w","dNUAaDtexKA301AXcCSh3yxUtZjD988Ma6nxa6248k4","y1zgsifH+UP3MtXqdicfzluRfD5LN3SVPAGucYHqlfI","nRCIJUkY9dsvIVP0GCdd7/koUSEbUo22lKT9cWlI5DA","DxpXoIvzZ+SnZT6H7GbSN7bGVBAXsjxBYVVVTy5NzNg","dRDEqZjy95PIKr4TKhiRezW1xqcJT0c77POP/t0W+q4","3.13.13","20260602","G7QJwoIMzhV/iwh1MkQO5it4cAPk7ri6O50mNJU9wvM","RiIs51/DY00TY4pvckEvukApvAipCE04nnTyIWfS8hE","gEwYrksXxnCR3YiI/qsFJw+10MAmEZcLCe6n0NyfpTQ","wknSuWr2kSw5EPI0uWqo0g0w6LDEbQWE+pVtencDbqk","z8nrFuWZ+gwfICRYeXpL7sM2O1LjldSwSl714wufzE4","sa4S6lSGRtKisIc7KBWlcFV2JkDvSgze0QoXs+mIdy8","sXoe8bnZKluNo1+3SYmPghpvQyvGI5GPfLZxk+6sXrI","XjvYkXRxe++JDsP7LKyRcZE1LgF3MDHl31a1mYNX32Y","mc+RV+h7Ru7Dvs+fsj06pAxk28Jcp2DjeQ81Xowxmac","lsNBGrU0CkL1Wbs8vXJ9MG7XmmiDomWQy7BTFgxWLtA","JNagt5oabyEKhJx/EYwPBy7yxC4cPpZuxyxqMomAfSA","dVfW83CkLUIS9PAWFXi3gm9hg4oIFlhI7zisxLQ7Xqk","8gbpKi4CE6NId7xRDRZm579IGPAju26ihg2RtN4pBMQ","gpU4nRMBuTIeuimDNdU/GhCOSntm/JS6JTRf9ao2MFg","nBlvP+5PYMRLZT6JzNzgstu/jR4qr4q+Sge4szMM1iY","6AgaenQ6DtVAQCMkckUmQyDpOO3fc3Yeb5n6zzADdHo","3.14.5","qwNCzclOHP0JnAPuN0m76Rb09fYkB0Y3L94ZgQTzrlo","1JYD84wosZV3kt3bAEyBhA/W3uo1DttDjNwJsgPb4H0","DVJ3y450uuKTonGjrBs5Qz48+D+nCat5GCQjAL7j2KQ","mCpg/H8Ru+QFq1SvzU6xRfETR5e7v/rJ9cSd9OyYsT4","fHzr+jpSVB8+Uw8F7SFNevRpvlTMaPYAosvQrU7ooDQ","2EZ205YDlFZjBUUWA5gPOGOOvl9h9cnPsUUujCjaAXo","iILWJ5Lvgdwl+wBB3hiE05seRzUuw4H00KEaez081Ow","nlo7D1uHNiYvOmEel6h0gQ8D7002hxyMSxLciVgUBZs","b3BeyHoX9zhl59iXERQuOIvpv8rzAVIOrvqWt1ZlZ98","Rta9/Iz3Wp21tz3HQgjc0a2JQBXETWKo67rMY0Kqr6k","IOirffbdHGKgZpoRPPp2QVFqS5z+7DmFsKWYyrOlNeo","AEWdVBqWyWDUm50vxd9iQuUhyLkuuiOURRVx62E8xmw","IxtSkjdS7v2kUI6r/Yjkok5DdB+wM3HnPnFUyjECZiw","41AwOyS68mvZ2T++/KFsKk+FaUkyhADo59PuUUX9lX8","zdCYlIm96AfgWDWnUe9rN1JJzSU6/sCQTUa7Rg54EkQ","uE0jJArZjyaCS3brDsV3kmMbw+cNlPn/YBtw4bo8JWo","3.15.0b1","20260510","31qdS2ZMNi9vR1qb+q+tIHTecqGoowkPHvg2QQimAIM","mGULiCcadwZejGsutE94ckKZ94kme9uv43ViNKvLOqM","c1Ok3U3FzSiiMe1kk1Or7N8Sfe1BgFNSj4VoFtFVGUE","Q9zc9Sznr38mmGfEZdjmCglpF0kjFvZN/xWqW2sOGFs","GYr6wqGgEakOhAB64iEhS+wXpTYXfwhk+DAGTf7LCco","dsnl+Kv5Ycs8ZLbXef+bFhZiLm8WrZhKWWP2bKo3Oww","wAtRYi+wch2df+wmCo4Usdp4+jXXieoY1d6bjBVQqHM","LGZ7YdyVcaW3pbkxiRmXNFNEzfrO6vgwnGphx5NYObg","Jogba3Q5ZjXJve0tPOfegspZlXOgW6HnxwD5AHoflXo","vOAoIn8nWG5s/AcQHg/JnMJmmfDL8Pwh04oX5yQPKfU","Cek4FG14l6ydxoRc10l7v4oKO3WR95aGiykwswmz/5Y","yYJYoU4th61m8hKMIvtkCG9mjUYtIw6A4lBElZImg9A","DAj2muMBPKL0vGfrc4HyZE2j2Co9wtOlIBzEqAdGGLQ","Jsosz3lpyBwNBIThCOzZXW7/fhxUiN7AUGVv4wPLJNQ","gx23Jhsx41TZL4ph9jqW3GRjXUdlko9xkeS+K1THHTc","HHQPudg4krpwV6CKJLmpRWAwqjAi+glPMMjUa0iEwiw","3.14.5rc1","20260508","vkr7xTLeOZ6Ij8QhkafHGbBBOZ7l1I8qc59QsY1WuAs","x6NboUXaZ3QtWNH+LIim0/5v3uYzPVOHFd+FxBGnvKQ","JfNAHA/BBA6CK4vkJs5DGkQ3vJQGmhaBRQpmrbDe/24","/BLvfoJPp5dp981SBs87hy/pQ9vQJscqyG/IVpFa5rg","98ZAgyQTMs9djOrVqqGR2oG08A3+X+EH7a5rMV8PpFM","lICuDXymPNgwqc2bN3hcUL1VAvGLw+xSTetEHTGAbTI","1CBNyBZOKu+SH1TLwV3+9SjLip4YTua2vhAk4Ye3tOc","pRA2XXeF7d4GgY+DFgRwXVaHl+q+DDZR7LwcfJJ4GkY","k0WzzUvkFcp62iJ5jEdgrowXW/l/lY9uGiWLZ7EdMU4","6hwJ/+z85q4mLRDzeNAd11YLfWwIGcfExBV65LBEXP4","CjT8A4BQrUI7BN5Ep8YLiuKJT9x4eSB2wuSvmlLA6Es","Z5mgWN8DJlE0qNCRYOExwfIf6Gy271mYWShvzH60mTI","ZmX+v7EiJQvfD1InUyuaDqGfq55auMAatl/F396cF3I","L6DvXCNRSyE0xn9WsUNUDhIKtPlkkqaO9Q6bywkwlB0","9KkUpyPLEnbfolRsqXl0aAM8H9Eh0wyy5I0jCzlUVsU","cR03ITCyEyGGS8gFOmcVjjv5CBmtNYpUlFmb7R2iJ9w","3.15.0a8","20260504","T/XpDeqSlezDByr0dTbetwTEshX5Wdc1HcJ4NCHHPhU","PsoqV4eZDy+6KRm3MUFgjBWtnlXvf91m+NSr8kIND3c","Tj+A6z1P4cVQZDr2W6fZp4N85gXrPu7VmVo0aM50Feo","iQ3hMfMbdIKfswsH7jv6Bbms/lFggpHhwKT7E3RwDAw","ERTh26U9z87gsNCFrYuRkGnFU6cewOJVYT3N75jYLuM","oKLHRBC3WysnFKCOFB4zLrXWqGHkFDF473xIWxOIszs","PAz8mfA5TBeAES27iGsrfQQ3bpq5XzJPXmakEC6PYeo","QfR4hojUC7n6WCVrjbkwZYfWnGJvgR6NT9B3BYmb7AE","vUuve16T+U6mXCaSOYSxrHQ5cqa7XmkUFwf0Qamty5s","U8WW9oW1LX1vXlIIXifp+GiENUDDBDp/GlvA4uvOvMA","PNche63FWCEnHfxiyks/xQPL9U8crAmVEZgQh4RoNKY","McAChscXTD4ZGCXiGfyQwOp/rRQbt4tzaq7QoVhRm3k","18Z3CPs+4A3lyAPwJfHytfXKq31zQo7mhuZx7apqlpo","mjM+2o69GdF4/Kkcl5pqxDEk+ecS/wDFvgeDbgip+Qc","tq1GqZd4HG1gD4TF5pqwEP0fE+niemcH5EcWEEvPFeU","cBhRUvJrykU4wd8EXTBEVLcJSmzwY5KJizV3kc9tnIM","3.14.4","20260414","mj1wcvOA0ZQkU9o4R8r7ZmRq3b3c5OZYMjZHpSfhv2I","FRBXHAv1TBeYXiz7841vKqawS3e9SZPp+y26h6N7BZc","8wDLzOLVQs0DTajWSxg++5Fu3RtLSraoushTUaIPoZg","/pqcMtE4cK9jLLrD38dSiuU1l+lEcqpMfWpC6BZhNs0","VAgBsGKZrdLrt0PBJPakFDzh8ApzjMfjFXktTbgHG2Y","2L/c9b/a5g+v0J7m6pH9fpHlj+boRBonGZcYKPdYOYU","suyQtAcp3WUFyS+Qc2HzFIc1XkWsDyU7OqCyqN+FONE","ZdsccfeKwAVT5jU/cw/y+ULMGKV1j12Zx3/Uvl13Gd4","oDm0GPIsGebTNWgZBDMdR9tUtXalBPbmiUYOh8LhEeQ","sSLRmSm4B+mW5eN/Jpz3BqYegL678OMYDSOSlrCL4RE","pFXxpkisCRu3JRe1T/zsTU6HqxkwjDLhZbXMONfLJaw","XFOdVCHOFF4Q6kVfW1BynbH3pVkRmKdeq+2HqKi50w4","MOznpJeiVMfzAHxbp5/9T/FDG+gpBWRbVmElVe8lJsQ","mU+h2IH0881ppvb4YOe5q+hRj0zc6fqlqaTyKEbilQk","0FOzqBoMAGMDBORSnqjAKIpkBQfy0WefXMEUWeVJINs","TPg9+f7Rdi9iHCVUYKD0r6CVWAkvfcTBer+nJUKFaeI","3.13.12","20260325","0A+5p9orGjajeRMml2VURj/qC7LBE8annK7gowBIUtw","oq0oUI+0crtb1o5yJFNM0KOXzraB5/0818V/1NNUbm8","hda9TchZ7zbHxPu8Ab58Qj/u6JnZlEEfEvJM/43eIog","rReONqhN4/hFiF0Kzlym+H+pUC0fDPU7o91CGUJ31C4","Sj4KBq+gAMivis5kMWBoTRbjs1strTdhjmsZ4q9ZCL0","JJXWYgyB7nO/+2V6X6UNtArR6H+1aQEh0VhWYMn86r4","lRr4iMWdHFExnpPAAM9hPS0a640uGvvyeNQ6bU+jrWk","WjBGG0Zc+5VJ9xBGks73cR31/VgEKcn1qo26fOIX7ho","x0pJDvZuGjP6AxhlGLrBhBUhA8YxRmGjdy6PYMh83po","zs3vxFutfU+zzrw8Y+j/JAgz9C673B1sZu2IW72c0Qc","rc7y8ldA4hfxNSeTfSaWxLo4nyROWIcMk/kMFlkA1CY","VDEbOo8jRSJHVR58szKQYc0vOkywkQStLk0SG92Xgms","LiuZLtfdXpe1R9FrD0AJpQ3aEwFfH4x/j0SU6bXVhKs","0KXOpzuzRM+g0EFClCYtSNGN6jkPK7SPqcAASBwRE84","0oeB6PzUt0wcRqUVmmHZdNwXupD6foPWp1CgA6c2A2M","Ouu/r7rKtJjg/c38sZPwdFCf7IdMuSwQtEUmYmMCvFk","3.14.3","pvuA2QqO2RbaWOVrfd3LK+x3IXKQpJ//+qIJ5xnCDlA","lrYDsXY2E37/pQ5u0/vqSbcDQuQxIGIlH8q5nPATBE8","siO0PANcEfe0jgzqxL/JK1zFd2w41ZGZYH9hiYIrFP0","NOjn6lGSMI8P5tk77N8+6wCmSh/btL7q2Y0O25O2jN0","KrnOZ/PEUk2itezHJIg2CeQfmLBqrkmTeIWdEFINkS4","lSvWak4xac5WoI+Gv0zqvd2aZ6vNCZT2UevyFnoPzIY","GJi0lBqXci8oGT7aUDJvC3s/X2zewZmxlT9T8sg12/8","tVTcloOLE/8ECf/IVyDrdVC8R4XFejbyeFFl1EONv8w","r5tvGgJvDISQ143QgEo0chnfF4VaZ/CDpESz06S1NaU","aso6urgiqhdeLmSfqLNBVzqTiLOWZfXmcXnZ39lWZOk","Pfz0EglkvkFQWfPCdIlKb/DFfa4ZtkD3gWljnZByB9c","xvOSoRKwi/vWsOqGTft0Ha4xDlGbhx59hjhRXu+8dtg","piAY3wMsL2uv5iWFcQRRMD6VpCb1hAKqtTmcutR8aSE","nW1IluhLU3L+cRdgSIq26bnvaq8LMdg2IfwgDmYJlwk","mNPUcqnsEvgIs0Bi32eGx7WpfeOyvY49kLNvI7q7/VE","JgrhHQOYaSSEfUd0zucJThvgImSDCPwbe83XPFXrWMQ","3.15.0a7","Os1YYDu6IDlQi3aMP3FdTcKiqJ3AKauWlsyvochhblY","hLi8pVJUwTtuhJQisHajyYyUrL0NMdFzc44mC4r9/qQ","rcFRvT9ST8efdSy5KhCVsYjUB6x/iDlZ+V6jMhvovjw","XRFwnYDjOpnqy+T1xKfmEhdKUdpv4AgPZE44Ula0dvo","lHuIAZAhN/yHKqa3l7qLavKkiMoaCkGxkaaUoawIH+g","fgzezrxnUq9BCE9kLUf0Le9dDtZizlegmOFSKBe5UqY","e/+ftdBXBA2nm27RNcXXsvH9ZNs9NdrheE9lLC/LVl8","+1kf4Siet6gMylNgCezMbdtjWfu6IHOu0WQO3d1Kxa0","HJjkF3MjboORRRx3na8G8g5cdH0Guo9VPN3sxG86Y6k","J8KixoXL9Y2U5qMoyLrtVIr8cFxui9AkB9ll6fmtp4c","1pc4hx42iH2ktkyn6bxkCFr3AiX05r110EU+Yk9BujA","spo6m6OsJSm4lAWsuwIm+lv42zp/bTwCty74zTUGTXQ","q7X54QxP5Dx5oURnjuPNj5enTcV0EFMkGlnqPsKusIs","Vsuws+80+f/XAgyS/+8VWH/7h7fAJOxniH+QeWS6ZIM","DoMOpk+GxgC0DhAuT2LQKxch5f05CYeQJnYmlOJk7Ms","kI4S0COET2B+tyvGPcrG5CaLyga/nRoJ00raUz64s1A","3.15.0a6","20260303","oDuvM+Iju3mwMNrnq9Ie6lOY4RLgOd35V9OREK7/4Nc","bfu3c3U6ySDowl5gOstuRUTlWPXdLmkljjFn0XBcO7k","wu7HS3iiO+V9GPvHvpPrguidba7M2Cla4PUAu3ZrdlI","JBBPWgHnF1YQlMUXgRTsXrheKMpqbB05Xrlmk6EsE9c","dsgQzkavPOEG5uIpirx+MgwBPDo/v7+8tdxNW13QHyw","oB5PifccYbiGlVUtNQerFZFTeHb9fiaelKfIxlsLiCE","mRE3tlYN/ccRbNWc2vuvttEsgJ9OdDpX6bIomy74w14","DVulNeAuZcXOMmzYBwvzm47zh7KxIVT5I5C7qVMtzUA","cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst","GNJGjrnHg4VbgC9tbparc6YoAc2/4l3iUWV3viDjvEk","cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst","b3C5zXoRbwvtvk71icZU2CYH4nUZH0DLfdYpTtp4N7I","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst","UmuXaskBdbiMgPF/nedFiP1/8BjhbWnvCjrzlpOixiA","cpython-{v}+{b}-x86_64-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst","nZWxQplY7/5mXA3X4qm43+E2S0d2N9+H3fNyQ4rfoQk","FzJrz3fAs4hyvGr5oUJj7czRNUvIaALLIH22OBWYZbY","ksIYjjo0mfGsDKiCFf8/KC5l3W6BOrvs1MgTvtlvHl4","V8hhhu+EG8Owd7ClHyQomGmWaG6YvifQb+YRDXL9/rc","hlI5PwYTvEUCnju2fpwNuBy6/hEwdAxtt5LCA/vg3k4","3.10.19","20260211","wqWmbFRELMLQiDrOlRclc/23zRDxzxBP4/4bTHpBnRg","4ZLJpMMT4ZQVxsgotLKNBJ0GEqOc7a5hQM3s+qBl5tE","MAzYxJ5n5Ueh3by8U5qmYzWThH37xXvytOW/Bapqf9k","1x32HRzbWa9EQ5EtqO7KdEpS54L/Xe76lm6tiTI1o54","C1J9d70g/5a8K/rXyJ2DLteKMA2W9LfNCAsuN9oEN7M","yqsHF7OJlHnwRLDYdRQzBq2zC/GqLoAnfkmLoSYmFtc","f2A7gTkdCgANZkkgnRKvF17tNs2AVgBwFPc4JFN1Xts","4dRkjxxCaS1O1PqjI4cTY5iafbY9rp79MuLFLLOwQWs","3.11.14","2EATh1NjWZ77i28PM8F/2/tsJtQWkE0fKlgCnc5n7ls","P4Z1TpBILPrjXsyyV6BSHN0S2hNFsMrQEl5zjQRxV1M","oXprGSuj7gdAmT9tQ3D8xQtnglDxkkNFGipHCmdqfnM","H7aonap1D37/AOtl2QHDwjZxOBLrnIx+B+zfzXggPI4","s3evuK/JqMh399T13ho5aCwzOdWHZEkwpaCkncEZYYI","JBkw9MLt6CHqX2++7KJEz/dbpqlfxg1yzu7gtIZsGMU","6FrAOhzfWFiNUY/yC3OsRTxZGCf3q4fs9ALFNt7a4Cs","YvqtamhKb8BnQ+0q0hSQovyNGziLBpNnpqDsR7zfvhQ","3.12.12","rczPSzPd5ln3cj4fgI6vWEtycG0/9QjgY2Rd++IYjCI","fqgMauAhHH1iwQYK70DrzBvKM1MbYMNsFEw8ni5HHVk","VEX7JFmsyDIsPZRELgaDTIgcdiF6p9sfrT7jGmAJwvc","HbqmJKCeFa/n772sCNQpkxNaaNuNNPmG72l3ptd73Dw","wI0x/QA6FM+1vqQw4R1LRQgmFzJWKm/dBsPSGaFhG6A","fhb2wrmLpCtLVp3sYIL3Zb1sb1jVbC45C581OIerjXo","xraePCsJ2NzA2cld4YTARcEhSIShs4Br47G3trFPgog","55z02UxZ75W9cesjOk57nlJW6FxtzGHEuC0IOZ+2NRk","3.15.0a5","20260203","hj9lPoTZ88oxDo9YhuVZ8f4mjCml5lWd7UMshsx50gc","uY0ZzXjsWd5ANEK708U67v5kt+ipCPdD4epYSz6m3Bk","qzToSSL8nj7X36nNp1MWFTnUuhL/20VTOIA61g0Gc+w","vVwLOr1hV52nufzTRB8t+y6CR8LtE0QId9f5tUrE5J0","kQ5hPdpeDNKNOW34xOomjZLUzaEnYdxQK8g2OKjc6og","5q2+FHtH2xRI4/eEtBnr0Kdr2u84pOjSlYVJywxEpvU","vHxjz/ny/X+BTnb9EqSFD60PRbnAIFKkne9VeT+QdSg","CotpBZH1gby7HkQrat1Aag9umg/7Rd2RfTYXyIGgAAw","cmoHkE6DYK0rtJJgNTjOpCHrGw7fvdMlbcQaCNOJXvE","2a0DYTfSYyu4hjJM3VjyT9ypJ24Q7440HMnZrspiPAU","S2uXd9earsM1NOfAv6VepyjsfJJ4PDSZ1hEIAd2aUSU","S5rElG72DWqEqNneuQi9Rs3pQzrtae3eC21pSJSeRXg","4mvAYou+cZeo3U/DJ6L9cfT7a+0HfibyZ7M2bPJg0CA","F/YzNXQSCQvZjN4HZzcWttpf3bUQm5Nu+85oRoahMDo","fmjmhs1fiye6foJ7QfWtHJBhtFwwTobqL0Wtt+hFK88","Yl39rlI5osuzSdtWVvUZ4NpVbh7xLYwOAO0RhO1l8XQ","3.13.11","20260127","LzpBfYrFeGzkRZ4Lq15fIIs9hd/RRayCi4YdmRJdZ5c","Jq+zFaHV1c6McIvfze4blciUdcglreKmEAo6w9khWjM","62d4X47STdEbjUJbN4Ipm5YqpxplpbL47KafHUcIEo0","7GrvP+wxg1k0RcKlc3jX8UDjof5jfn/sHb+6EMUHZUk","kAeVN/67VsWERLan65lZJqe7/gimvrXN6bdMwmI+Q1Q","7pJukoOuk0xWcq88lD2z0QFcekmD1geS2HYexZifTUo","SaIybleDZw/XnDUEO2CMdr5XvQ55UddflNj2IsLoC+0","oPEdMYLVeHtvd7mU5My8wJjqgFMn3N8wuFw3eTmt9UY","xi2ndv0eGDR1hOBNCAJWPTz7M38jVWTOoZZPU2enCKo","UIzKn5OMiranV6NmpoPZfypx8rdANzkGeh7S1lCEKRI","8JgTXTGrEa76vg73X854RW0wRIxYSes+aEAJpUjPElc","V5wkdcRKFJ6LqebX1Yfm8x0CWFycpW8RWOkWiIal/ek","CHUfxrXd8OIHJKwUUrK0njbpmnvMLGmzVBbpfvGxYWk","8mdDZNVMBl/czgs3EsBC8RAcHnHY50JVlUOl/e71w7A","YpK7nd+FYWFAGCBNcngexGAtnsijV2Ds98XT622ekxc","enDHYQnGzD02bbt447pg0cpUh6Ii1c+A6yWKCIBrio0","3.14.2","dsqPG9cxsEruEIUF8AnemTNXJlmRNhWYYA+q7vE4clI","gbmo6fTcXk8pL62IriTmLoMOtBCBEU8L38KZYGNpt1g","Moqrwi0Ze7S2THyKWIqPKncBi7bkqrHs7jYY9Wclekk","wpJtZwf0M5478w6QQ3s4dxK0fmDp5Vv/Hcs2v3aIsB0","0l1PTHE1rgiy5cSyVF6kmClVcKiaEdnxj5pU4XXhUQk","LWnwd0e9EqjtWjlSWH/QrvKFqcNJfoK1JUFc6GvYzWg","IZugPvD/RlmvHyA+rDFqBEmCrr42GTBAf4bw8lo8JsM","wmwMGQtW3CqDrsdrA+rp3BCWmTfjfRzzBN8YCaVbitA","DWVPTIrAJ3oSnL1jt6ANhztmPDb6Bf3twT7g4PEuU48","KyS5O9jrREy+89Ly243biNPNpVF2rKcSQQg2ArOKEyk","3ls1FMxyHIF17h53iPgCWrfZtdZ8uKxgNIhwJY3WfMI","KnOHEposiQa4NiR+FJV3U2r96K3DiyMuy79M5T6M9cw","pPcCOw2JM9RIWN4NbRZi3BQeix0K5jhqsDz1MS8ueDY","KIfFuzn8hgUu6qlVZcb3Y5MCgRz1G4y5AtwfZMle/yg","e+pZymK5gaQYCPxcLWU4sxN68QyBqSBzR8j7xIY2Bz0","hvjAJh3qMO/Y17ByDMdzMnRX81yUioM+QFMVZ+JL9n4","3.15.0a4","20260113","pdHIpauBuzCyGGIa6N070Mtgk5BX/Ou6pwgFDINdimc","ueoswsV5TfmlHYq7KlyofNso8TtjEeTKO/H8LH78V6E","+MyIQO6vqtmv386RZsVxbRDUXvrEGoTvUPDPDD6XKI8","uFlyujcS3v9xpKVBDYG9XUfMsy9aQp8WdA5YkKSD5vQ","jEz95x+L7sN0lI3393xSujUuPWvlsf3GxCNFO28/Z4s","JM2hY+5CgSpxsRBDjBjtcsfGQojdV0DyaV/R5ArkKxY","j9DFqYdlcOthLZlWFVUp9TZYktkQOuBljzDvyi+LzOA","Fjlp8UhI0Uez6UN/DbXkFKrl6z7BTHf0Pyy6IngoYFM","UBvuZXy4SdI65ysXS1jTLQUJeN3rS3ybcgKvqgEaGBA","R39FmJIB9IyrNS0mXzaKuVr9bLm5KwbxN/RvNsc4+e8","2LHgfdBwEwHCNto0xlsrWBA/yU0Y7L+qlKxhpC5zkbg","h364BqPPhbdKDXAgCoaa/ZrsjGc3KxlUlqMhA0JBMt8","mERQK7Mv1vPUqiEe300io6xRxZDFEx/ztyrp0UfNS4o","QV67mj9mQU77rzx5WuCPfwSamY7PCyE+BrCqhwA0ucQ","4+x/Kel237kcgrHHJF/qB4fobzNlu22iWzeFnUemEto","QznXSewoPXyh5uTCXDJ0YYROrdHhMf76CqWMvs3VFTw","3.15.0a3","20251217","HKiBpBb9fhTtjTTJ9lVxC/iisWB2qCcdjpRvqF3Vmyg","sl8hKEQC+yu1XK+fpCw8AO/5E+gN6jsGfUYsqCXAjMc","z65PAlRjGzYY1NJAnSj4GdT4RbHFffRSlUgk4vbqzcg","xtG/WQ8fUHBe1Cxewn2pNlTdwkVCCAmJ6hipuEaKzrA","sRMVkkwDyuV5swgKOuOzgTRH2c+MqQWF14qtLTadx7Y","/R/eoeb0M+kh0mdANGnUVzKNEnkLPLYId90TA0Hidcg","8rTia4yy0x0JyFbhKl4gghYCY0U2SZlaLCsq+54gSWM","+ImWCBxEPdC6lJKq+/hE73i4vMASL6FJwC4lr7rbsqc","zGoa11xrlJ1aGHgCxo8ubIknZ+pR/zWoPyXdnNIY1kY","wgQ7a+ILJm2eiSn8eHJiZvW4sMRec//+5p5btow3WfE","Hdm2evHZ5NRETEldgefLObseJaVjX8x87rCiYf5FeZA","XeSK6IpZesDzg5I2/4O2ghCsODvAEX7EG7KYngf7x0c","uWvg4XalyKgf3jb64BJJkoLCwZ82XQ/VvxqfYVJLS7I","F+yEtBcncbtovGAKQmrlZt60IF82/defY54FCdAgSIs","9kEkKxXAz25qPyhW58Kgt27g7CZxRlDNYM5+RoRuzH0","qzIOm2jz8kH1kwfnWImmvXCke6IZiR4oIx5NRHcV/Mw","3.15.0a2","20251209","n5rIBSFJV+Od/eSC3Db/WlOp1FAe/dTm6iUmYWzwMmQ","M6ZDVKlDH84k/Dl+MO+NCbmH7WVovLj+ybQFpkJ3oN0","hvdEpRALuKuH0xNlJlR+OZbq8mhEEtPc0yhV4kLbVRI","Q/Q7Wi3ewUihB+4dKLYhJkPaNLL5/0SetZm4Uv2GQU4","cWmU/z436pL0cEG9YQHVNFaCnQdPC6kSPkuMt9z/1j4","Paw4100/hhBWySJInfNiyjNBSGaEomZaaIUfZrvGa80","VlwrKH/MsOICe0oDnvXWEofJcF/ySo63v1/8kTuf3ZQ","eFgjyvktbTb7RY5VfdvZpaqi2fBsJLLh9SKgcnCK9Js","xOaTlCAuIJUbOBDq6xXT7tx1oy2/zw9Z3gBoe+GjhYg","Jy7XqWXQi0d74f3mGh/pHlVKai5PCOQKfPIeJP5z770","u5daDevHCBTxy7XBKxHg6Xm6bCc+FIjagoFOuAnVmk8","cPVS4hNzTA4mCldgO+5QTdftDnihBVi1keck6ocw/vU","KmRAbte05JVb3FraWycytbxSFHjEQUGaXJRXtfSjQCs","WmOScOy8zpCsWbdTVuWQU/b/8knC9Jq8G6+JBUQ9zd8","ReTIs7Vy59TCgDcbB8rS8WRPCzgsnkmg/hSq1/fNMwo","ibLsUenNwPF6LxsYqvAjAlVK0gzwbzzuzIQ8kro7GQw","3.13.10","20251202","Okv+VqmqWGOMRa92U8lqGt6v+JBiEjlUlT13Znfsg/8","w/5MSJcyBsSwpw5Isk4XMit7YiyEx2CzwkhbIlDYoOY","Cmfiq5ldaW1UkOsVs8wJibnITXA8T6e9GZk6EcCBauU","7PMEx1fJ3mrvhJykUewIpy9oJ8D8iBnTn9NB8p0AzNY","splD86HDrCA202jRWqgMy6Ax0NjcSV84mWd9DImn7FY","4BLJ9JDmf8NSr22JdPVKM486C/e2QshZ9DYn/uEyQm4","QIWRFfp7N29JWWINdfjnDnqHLQUbPRwslmHRpHjLMog","eJllORCJ2jArclnqmYTCG9U8bhYhf50w+SB1Z9EqabA","eHSEC+k4Fv+sWx3oJwAhlVSYLhbyDuof3s7xlpJvHYg","+Aw007k/hwanCChnl1FNt25Vo65k9GITkatOHvDfrQ8","MZ7a4ZYUAUlRmFcxwziNB0mUQMFIkc4s82aSumGD/+A","45En++jSrn2GCZ8YtNoJGPm2DOc+1JF3TW3PqkK1ya4","WXnUtFgaciKD8Ca5Tz9rp/yhkukcTENNveDn1UEK6wc","1+SBX8TppSI/wsSOX6Eujq8/6MJrhPJ2n42oBXiOCYE","G3AZhubB5UHBr2VgI+Me2y3rFGkZKvy+oIBzCxRhv0o","H66MUFRmdZGzwU/U58EjHKjOl3+M+B2791qjxTtQidc","3.14.1","R4LQRDKzxFwfr4WmJFXtz3G2ZuuWow163KVkoPtXBE4","fFxCyYJsFeuyMnZ+nVEnn9j1DaCJhz7YUmKloea4WZQ","RXFkTqH+eaytetfby4Gg3nf0eHaOaNH4P7wxpTbQ250","jg9jg+B+szHGeldjLejADVcJQjSR8QX/mqgCpWENWeQ","Z9hK4f7O7cdpCkC4f4Ik/VCjRweSLKb1Dg1l/DmV74g","OBVPMbuCezlar7UWTYFnhMW4WI1chi9B69CFMYPGqFw","bWMvBBbQ4GmjO7AL2uF0ZaqLpFAELnlE+jgU4/Pjolc","Y5lgdy4sswTXtlLvr161x3Y0KoXS80/8l5aeVmklyHM","ejrNZwCK0RCiMTUBggtcQm647LReLyxag0qY0fUdJRw","24qOKibC74ZfP3rLnRzJi/thhiN4MoZ6ogQnqfjOH3U","vtFcxNWcD9No3kmlHcbTWKLqfBw+EMbdrYZMKeB0u/U","xdW4mqt95oPkZeNt4kd6ExQ1B2ut2nde9unqIRCcHDI","otTdQY2GGu51ISb8uYGx50nYvzrthGsSXjnO+iClcWU","JHovXw/RroijxIvvvKOWbpmqwrBFl8Td8s1Nkteuy+o","ex4mxQw4Wxk2sHgjuRThpCOmtqeqzRqR5RMWmAH25Lw","MtkvhNt1OYfULMMUw1r1xNLvV0ryGGRJ+i3oIqqA1kE","3.13.9","20251120","kNWVxOou9QUd4BARyOYzbz0x4p6enqLjnMM7JhhEmAY","W1mEJmEW4K2I1gewO7bfKPY7B8e2v0cYXCJuhnKCkAs","vQo1o3VpvSRgP6LroRtqdXu92DgjNcgE1+tFmZJZsa0","G8mpSrJCX7auWORfacq2Fkd1m1eJVklwE5CCLZdvqSM","sLnpra+Dqa9TeFzteWPVDNOfed3upO+DQ313szjlg0Y","JVuGn2/kr18WgmRKi/F04YYyAv/LfWTHlgzSNaSFTUg","isaImKS9R1voZX3mpt++cL2wcJ+rLwe5AjZ5DMG+Zzo","AQeejFSKZl1qPRW7upSSibBbNxnUvRtgOKf16qrg5fo","JS8AJedMRW8an3H6Nvo+0/YV10vpvoD1ZRsUr4TUgUU","7bIBf/2twin1/6PND2ZDWemW1cNno7fUXolFznm8F1E","8csQloqcSwTQrmdfG5VsYilqYh8ovUHYcF4aLhHRXsk","ecVlhYzUfECJfzEP8j/LwJAtN1LKpUFYwmp95qLIM4c","JITudDDqTF0XnXR3pi5uYOSx4xX9OiYBdJKEJ1tVgRA","htQnXTFi/EhcBO+ZPJSD3fVljnrssz8qTHA4zsvHLoE","HJpP1wDhw/ONLggXiJ9qdy58VGUF3uAVy5e5T8ZmXv0","HgSpfqn8uDGVcwwudVyqf5X/UhYoqK+nt6fcaOq5jV8","3.14.0","VBG5K4laX6M+qLN1vXsEB2LXYggZWBoAeGKLvcNpFew","sscpTaO5TYyAb6goj5Vps8BF09oQ1y2mwY/HYJVI2Zs","GSneqHGtv3m/bu5bQvwdq6ikkthRkq42ORGzD9puRSc","ZvOFMFrg7v1rZeLPlCvJHZQ6YeJvt1geAp92CisE85M","pAe67d8V3LPoCWiFnMqtzMImmLuRN3FBiwK1CrdVHeQ","yrFPqqRXRPUd6HvLWik1r3Ec5AMbIhd+SL4p3zSHWtI","k+crSWM4lf1AJNMZMyFwZIxZp+x0EAupuNV0APkVlMk","se/MkIxyrfFY1+tenHQ2MdKpiyUrPHxzMw8xiZH97g0","OHFmhP6+NqFvvVLGC3RJTsUTsWJ3em6njqud3wRlNWA","XsUfbW7dslVHHWn9k/8ZFjor+276YTNY2E34sdMdmgQ","IXEcywFQPOIc5jYJ8MSOqmZFhDFA6EqBrjNPOTI2v3E","a9/w0NM4LjdWFrTSKEpGl7+Pg/WTFMFmCAVmB1CPq1A","Nr4JG2QE3IKSK1RvXpbVcm1fIB0/FLgKcqGGKPOhaOE","Wk0jZTpM4uDka335DtUYq9pb+SQX06YWvG5jnnxEupc","Y4RZgabhubHeU/vivS9mDMjWPC6DjrTpY+WMwbzAVss","r9xeGl7FNQ4O4cXH9UvI063UxsIbT3Za23ZRAeic7hI","3.15.0a1","20251031","DgPNiLJ58SXl7Uu8FMHIqaLjT5IgtV/XQYFNtH9LUYQ","ieGC0XAJGBLVZODB5LVjtojUPi0ue5tsxQUa/+d8Eek","j6Hjxm0iFQHixgtvPpAdoRSwOQRq+pcG9L3Do6DqorA","u4PeUyTlGwcB+fyB9RHzsV9s7OHxUdANCqdoNuGT9Eg","UUd8qgZcs0YzWO2odGmRUMFBg43XIbga3OuVUB8mzqg","5If2BLmTqDlewqKAcQVKQie7Msa5sFZVpeDvGdKJPb0","bLwHIJM7I9/C7DGn1cGjUrNZ4HFJQbDNWIMKFSRFXW4","GxlciU4n8qpL/vHB9E3yhrTMEf3x+Avp3usY/7Vpbvo","rQJ+Y7ZGNVeXx7QfDnxO0O7E1C9Wrn0sHnLDQdfKFPU","QCHT6Qj8aQ7i8N9aY017s+mrFYof6fUcReOGSjffAfc","pipDLcgxG47AIdxDr5LFbAGVfgDG0XF3t1bgDNs4Z64","DgJyGG2fUWk5TbxNTXKj9KV2KgTC5awqseI6pB/IU4o","7r+gTXuJAsUe1f0L3EVZMTo5kBVsAfNnhwFK3+FhUXI","+OWQTtElxT4C1yIni1oEMIPdYdb+LziTVPgROgq/fFM","u1NyaSrvPMTX+0nY8RtNIWllhPcA3IjRSEBEKqcPFis","AI80ZJe+hWPv+BYy+z+MFXYQcgZV+cGfuzwZ2MVn7vE","3.9.25","63b8sY45EvXn0fzPVw9t5PyIGNj7PtyTNn8vAafjONQ","Oz2pcb8iZMqJ8vEQYlEst+PcR11ruuHFD15t9JnO6rM","taHPxz2JRmv/3G90F2jD99OmaAcPTabX9kxghrbSegQ","/gTosnvWnKIUT8VCQo+Lm1KHtqLkVRakrP4sK8MQJ3M","PV42SGqbH3iplzp0YubBWDc8mw0ffJ71sYVKjfHoOEc","EvztnUOHkxdbZ6MFHJktR5v1xeszv34ocumfhFuJ0vc","okCCGcA4ApdU1S3ho6A9r78BjXWql6Ntc70JiMT9Vrs","HMh/vC3EagqJWiVVe7K83yTMgHPhAElkWPYE0/AvQUE","3.9.24","20251028","uHB/aJ+RWRxWtkY76JBCqFJFGovaa7hEftQdrxiIIQ8","gsFVbLKA7Yxl3Is8bpCFCI/qcqjsODtVZGmFcC7zVJY","Q5zU7vaGlhBCOPxg6Hw6WGZM+lEk8bKBsnf72w+TUg0","VyxYzOsPmkGhns9xmdkCQrcP3JNp7gnn2Ez2+vm+v/Q","sVFbhMpD4Gin5T+bdXf0Hy7Rm2xYdfWNiS22y6wvVEg","1DigveE79QyPH088xWscvwwTQ5fE8jUsisWRh3S95Ww","dNjEjjREd3BPJGUVmMD9CWFP9+pVpoml9sOelfXw2yU","YHiS5yW6mTpBEeTw0DIEs8EFSXhnk875G56lbusCbdw","3.13.8","20251010","cYVlLaB2esBaWXi4lH9wDnMtN+rcDRP0fUFlylpL98Q","UoJ512SdsAd8aK+oGhp1qKzzvCpO0XVvyBj0V0RE5Vc","XcsKD8pzSOx7qHB+zQO2eE5C4L+s3iPdazkTx5r542k","GshpHSUnH5lJHidtBWTM/CC2ZQ3wvgUzlq9aU5aYRj4","uHWDFJcLBB7xUVYNWIcVK5OAbweN16l2Au8sTDWyE/4","DkIf97DPLX9Q5kj+h7P5VFJwVcDzsJL+JWmhAoNg9js","WnLJM16yb/3KfWL95T9Cus7JHmEvv7EIkAco8BDCfBM","+48/kQrDJaZu/FQCTPafUZFBvuecLvowDovSPEip1Rs","XW7qcn/WbIkczeum+KefGcWXJhBfkjCE7XlhpoH/gFY","Xc0CaI1d/l6CX3p9fG073VIjUU3r/YwsCmqQw9QTj/Y","/uEZloa3J/irKnHhRIkgW+6So4+Ix8bzgZ4ff4yJHYw","cU7sj0LrAj0MntKJEV1S6WznPax0ZKXSQrCYju2pC1Y","EMlxB7h0YIgDAotA0NDlwhO+6N9bJQBqIRLL8E1y86U","2naqKxz6+7x+uJ+oXoii1Vyq3DcASTS7nvM0K2Hq8NY","hS4H2gtfDp5rVYDZECwwIgJGRq5SJYkrpzPc/ho+Bac","6D3Eb8SAfumBpgPS6mGgqWyOODYj0Uw5DENydFpJ+/4","3.10.18","20251007","Hxw7Q6Wvz/f57sX7VTkfVVcegP/b9jSymPNay6TXBoU","TQJTlDHXCUv2XrZXWHr+zCdZ0Q0npq1wunwrD3wbqoU","rXD8K6AYGA9CTgofPodfAHvMOoHXSmYOJ5z5yr1IchQ","ex0C4osNNsSw3gRKr4CZywOVrD1oJslt3RWCQfzcbwY","vezVgtPx4t2g96ECfrCe3RYIfjSePNgopFvLSSfYnjA","eYzA5oFMNJncH8AscEpC/PJ6DKRFch6JIV0pv2T82eU","ve+JhepaPWKCq7+ydFtALiXG7EkFoqH2bEx0uT+Rt5Y","x78T1aKPGiJwtstyf7OpImwwsL79SO0SbSLH+zEsuMI","3.11.13","zhaaBQ39IDCbJ/pDAITwGfddsxTJ4v0EZmu9l33biIo","BLI77ubT5vSQdp32ywTKDDnzTzhC3KXmDjKndAb6qew","aqBI6i0zOZtuQSSa8TiBA9Io8orRodmFmvklrqTn1cw","Q7/EJSmEPs0dnAjEojnt40j5b/CsrvLsJLKNwFn08MM","jHifXr9WlV018pDpo4Hc7NMZDp4efmQM4Q/wwkdeASE","xSb/yn8glhYAtaQGvgfOVRQUAU3cmP/pAqfiGbkMDzw","ujiPecawCvFKHIsFMTu36K/G4FLwqegs1b9pDmqbzVg","gN64pKHnZXgJWrSS+BRRDeNgWFjPzDLrFk/mV1MbsAo","3.12.11","hOqJJZ5TwhI1/EknGjAOMfqjXSRxdn4Dtehyu0MoGBc","QJzisboKLRoM7bRPSMWbXroZoylnHOrNf2qIxacNJus","m5yHnN/bQmZaW6Br3EYRU23WaYjKP06ovePk82+AS8w","+YEh6x+ysFolwfPS/nzwjDokaMNQeF3z2EwlFucoDT8","1c2Ik+TrVpfmZKcSqk6fX5L/ud7KyLNKtrT6au2NCJA","NDj3eRgpOjdks+36pBUG7FsGkHEU44nUNP2fO+Q1cwk","Y7+Qb372Lj6aqlfo/HZYAtNSZgc5tD0Ff0mEW8kPAgM","Lz5nByfRBLBAaDknv68M6h/RTbuUvWVm7pjLqGarPK8","3.9.23","VNnRPUEVQ4pdvLReH933Z73Kri5ERpARJ/2Azzbdr/k","aF9+1eDu2h9WhrCE3CbKAP3MJgVk4DmCE9UH2h4MDN4","KY5gIfxVDZniBf+mmtf+ZqU/jipyzQzm3fEuYzsL7oM","xQJKMROET7F+bVuoW8m0dDVFghJhPJyNolcTGw/9QlM","6p4kYTxk5fRuBGjtwWYREVyfI5WtaFvU1W43yILNzV8","AU/9PEHAKeHEccxNJnpj8tdY8Yjh/itVnnsBiYQmBGs","lNedCf+5GiiFdYGgMaDX9EohUOks/mGj5XqVk7Sl+yI","lLQ0XSLrbBeRNINMWiBlZ9m4OFunShbpSWSLZKxHdV8","3.13.7","20250918","DFeagEAd2Wm8iTUYNQlwjGoUzlu3ecA7VH+8tCj5ZHo","hLslKDAITpqKLr7Ka0SQziaMcmhFShMD/vDuTrZJXiw","waTvAFfk9aguXdrUvk0SZhepSGOwygUHBs0/Xm4Uq0w","iI+34ZLKr9sz4Cj4ZbfaaNzl6STP5Y/O+WMj4XWnDj4","klTzDhW2bFCX8gq0TKv3qMUKB1HBF/CL5EeBg7wOXY8","ta0qNdd7jaL7Kyf9lN1GU0wEx2/0DaF3j/Afsrd8hdk","l+FryJYqv15k5rt6FgFS37nV33+gTgNSEukD3xzK4AA","wp/DjDrzzGg3eRer4cvRA083x2SXqWHHN6d3/bz7BSs","4dWRxhYIKNgs/7uNq2/55TPWxTuLqKL7dZNvtahNtfM","rNVei7T/wIT/k0fEmoMx1HYm98xDNJz3rk2IqryXcHw","hy5Xo0bJn0nhNtdlWqsL6VCNDfBdH99kfnaQLgKnueo","svhPS5Gr/Jz7iRadjm5G2Xory2/BpTLcJ47kKkd56jE","QSFhSAliUNQVpqjHFaqbZd1FYPaVfgj4HgOE1am1gok","pV1aizO+WwMQTEhrai81H1hclOHDvv3Uta5qD03P+UE","EK0sN2YCxxjYUI0Cz60mq3Nr0VDu/kZ/AuZ2JSnL3XE","sMaIX5to0YGONUjhenQoykMRpUu5IUCJv23uXO8p2Pw","3.14.0rc3","NTgl82VQ/uqQRnbfB5Qz4bve9PpBk1bhnIU2nnqR104","lrpbERYk+0Txl16+oHB9uR/rM8te88AMNFSmWfXCceI","XwGZIGoptKSt0Q8Mb0V0vGrhxC0yhx6YcBPEYIbjY3M","knNwVIbqC+UJt48qVVucKUKjK5PyoaVTLnNAGUos5B4","nnfA3wbrZETe3nph4HkbRYPgun4xmll8LDKVsykeHfs","xUjPjRvU4ax52ASv42LLrw5QhevGdiqv8RKbERqWqUs","g9Sk8UMlOcL04SOSk5fzV+u+dF3GKLrYfu5c5U/gbfk","+yaymK4GCZDxbwUhhXJ65Ss7gVEZYX5N/MYGWfugWmg","r8HPYhZPQbNcDdM5OGVDz2y4bFn+X+vKnJ+MMpbeMJE","g23wDAYKW5GZvydkLBLX0ORMRtSlgBljIuCgmQ8WCYY","K1uvtE+SNzqmFUjx+RStZGP0pD0PV7tNu9k88zlIGAE","DviANWP4FtsMMfDpCKieY1zU6FbTYY8KN0IHBkLYAIE","vj93Hw3IJ4TROWHGNjQ7qGIHDORGFvD36MfP6C+z6qQ","O2fu637jxlM1XW6cRm7tp6RLoDOXOMHvip9kENemD7A","C5ip/PHJEcuz6o94GuBlL6rQ4CVPJAaOEPaVqhToErI","8eKq+vSO9RWgKq9reLpKI784KiT6oRhR/xOjZzhqaa0","3.14.0rc2","20250902","45QZPAmCmcKEMGQAiyrNIYrnI89rUoIJ+gj4pCJABn0","EsPZbZsqKYBd8SQP17WeIcOzWBeO0jbFuvH6kW8h7vs","O7B+eu9qq8I/l17pXZ/g6i94utYCsmvwV6QmqaBvDZ0","/vtohKamdsLCFdY+EhqCnCfY8J4TCfYD7DWsC3nMMnI","3vvGLfQm99ZM8UA+/OS9eGrxVmSgrORF6q9m/B1zE6Q","H+XwQt3H64HH4xGfAxAs8t8vzUPIq2GkO2Vhm3j3M0o","Dq337UfWhBh+qzFhaDrd3Vc4DCu3/HkyltPZyOV80wM","+6KIkkhFXXhBr2utEy5sUYdLOl8NeUtKqnk5vIK8DbM","We8iBPEnxUiD8KrD9yJWysfv6fiEGtBzyhKFTm4BfAk","ozV5Yw+ulMmV5J5UyrO0hArkMDiNhf7tx6yqC96ne4k","YT2lte5VVkpzzL8cDrHuFFrZL+WdEVOV9C+vS7Wg/AM","YnGGsYBMRrJhJ6StaXGkEgUf/MaM8FyULpFEiZXqjis","iJlwhLFzCoMQhKIXbtLze5fpXTakBTvmzblyQsBnzZc","76QK11g5TyCTArligKhht9UpUz3UCUCGpUr6JAI/N+0","MkMGkNZM3k4mo5lNLduKupyYUnRKrOZHJ9FgIobXRD0","UACVgT9EpQ4bdYd1mPHy0wala4YUpgZTQEeoiVBo8jo","3.13.6","20250814","UxoLMuLYim8IQUIp/VhQjrAgPVNjMgaDhCZn6v999qU","TaVsYSEaY0L/X3iBACS6aHMBJR+FLpomUXhpMzdrtHg","TPw/58MsNw9NwzXuOBLrLLi89PwfXsv88kt+D9zMENQ","2EdFhUZCW2/CjV+pI48S+MOnrEHyi1iC3CSdD8WV81k","bcEezLnUpKEwDz322lQfYVKgoaJia/EEY8QVcFdaqFo","O4H6MhDNuX+BIaxROjwIeCXatzHL0GnqxNfo2oBWY04","GMgJVn+Iye/kBwSzdNnAxCwn1tckJXmWFo4Q9e9DtMA","iSRlkfEO3G329Uh9RK6wRcwT7DZMQ5fP5BW39YMwzto","QLMaSIoUNPVLIKas/J/3B+WQ/fD8bOTG3oh/rcw3P/4","tvVNiQuTSV5Cc4XqohqdC6okyRNPU7peOGjaHDiVp9Q","et2nkhHcqR6IeJWEM8r5UyDMb1bbwwfQqHftdOfHm28","6+CuQiGDr2hrSeaCe3SFv8tQsXF2otu+EHxdlwpEedw","OPD+g93iBQPAaiJjGpFPZ/BHhq3EmL+EQnWrxHJGr7g","lDXrkBohfVS9lSUiAON4WtPbQOYrVMmTl79gHJAEa7E","muHO3P6mVH9Enr0YEG8pFXNnuSXNq5D/Juji8WBzHaE","Ozr2kfGLzsF2DomlC0EM+CjkF/lCRShHKOd4O1zAGW0","3.14.0rc1","20250808","IqIxBwwFAxNslGcv+3DK0dMNX/lAKdU1NnrDdW6nxZg","MgiVFOle8cnaihYo/QHrfwC1hoDWrKCYocAnJ+GhG8c","u3mfdX9hdi/TndSlll6dO09wimfJxYLZZDrUXXoLBtQ","iNJvUqXkfVwqENx7ispJRE8t/u8W+nrUJHsbb0kGXjo","Ey3y2BBlYTm8jssqOE34iB87s9/9eS0EQqa09Cy4oHA","Oz98nDIe7i2tJkhVVstbVwtS1t2ivTUyaB5FjgBvAhk","S84MQyNbkLknUcf7dyYb4ohTwHnMWJer0za84PdGRhU","oz5UNckWdHVRQcTZ0FZO0IBCO7nD0cXIpe0/ANurmoA","VMnA/pRI7Nc9uPXxZKPNrcVGWrUgtz4s1lF+e0WmyQY","1Ca5cu+texvRJ8qUsk4ehpPhBItgawM6um6hX0qU1K8","iPPfG/k9TeTH1KVRLN1fSrfXZkig2cDSIduVR+qYn1Y","tiN632zzuK4AI4k21hBF0zprRRR+ZUCpGubmaWrv8jw","F19lZLior19VFQ25iNbEnueQxxQh3lFkCEVdduY5EZw","V7MNh02vT2qbSwNGmLvIvSvNaQIqoEOhrHKR+4lGPwA","AVgtmfhPWsn4p6lQCIKPw0PERZP0GfyINqdz5OY/APY","T7SPC5vmCKnroa9A5mDwZmBUkfO5dMxrC+7v+VT7dug","3.13.5","20250723","RjvU7IsgL8ms3bmXZKyDyPuVg+WKzXfiqHmGe2QEYrY","w1EXkX8SbbBy8Sjlvz9OzMhsSQREKXNXri82cj7G19Y","3tRwZWPpvHVUnA6A0AnO1uXJNr37074BAre91ezSyIs","96wWdIviZ07BTfUyo+SNDG8hUBe1N/FMo/64N9voYpI","EFSRCgiissPayBiS7138rHdVdS9nlRBrLEp83Nw934g","uGxagAf4d1W7GSiGtAVt2ghHJce/MXYONveprJ29r0A","f+CbrHR5l8DzPZ7mlgBJrjE8EGMR25eTqpJyx73yZPY","ECGAfiTcOW2UvUflv8jVodiqKNjcdFxU2+/KzPDCPZo","dAI3+XixTLm6xg/cLDw5+XmpKDedDK3cOuQYlyLroso","D88F/fOjrHfqCB7DegqcuJPPZmCNjvcOjuxgEIvHfEk","hEO3vr/fnm80T3geQ1MXdcf/EUD147WBjFikrtawPLA","95rnQDvPs2oecSNwekUT4IT4Sp6FoOJBhpNqbpXk9mE","RFgQC0lhKVnazbwHpS1uTvTtDiA59/lzYhuetFEVmYA","0PLrZxc47bPCymbgUFx4fku+CFGDZ+z//joWyy50FdU","zbxeIwJsgVBKASdawHeAQw3u78em7Z9CrgT61ax8rEY","yeDu2RMIfS7/Kcb075mcMGlMvMDymZR5fu15U1bUzpU","3.14.0b4","20250712","yW3RSSfIk5K9D/MmTkt73+6naXn1RO4wJgFRyRMEY5Y","n9txYAu9yuXdR0JpctHQrwOi99mKxE+7YyhCA3OP2iw","DT9/DIuIG83/CNFKCZnHNvE+MJ5mPt0HOaLbMnxD5MI","PQeGizKcfJt65aUq81wn0LILWn9vV0o77bWDa0uzN9c","kEU7Xz2YJgSpUOXzYrGSiJ+CUkJX0vqL+XmycOi9s3A","uvkquPooH3Ko6LShl1qTGHaGa2muvtHrlNr+qiGfeI0","cUTLmsYrAIS4QhuD6QqrDtbnBMxfY7ocFvghaXHRGFc","25wy4RnFjZ8ldFWZ76o4O+BjI8qNhSSmxQtiNnsFi5M","MVh0Mr5k1pEzF5GcI574SuTHinsR+V6NSLgdyCACG+M","OXR9YIpUALD6N/vd72BmePhVL9+Qf0Ox2KR1Q2xBOqk","eK2sOrBpY4Dr2865aSTQ8DPiCwM+OhYzqlTfApVAcpI","DfUwXDuV9T9/Lbdiviut91JHfDWRRhVfi5ZYtxr/ISg","QygfJJNtr+LUuWci0mkYiB57h0gp1snK+NXc24L1IcU","gL20CrGdeWc2NBj9BA4FNexC64Ho4EwhSaEeOwyXyhY","TmmvxB3DxHdhNUYYfCmDRb8mI05MkO1wn6o3BjkjArw","SBgvrRuODp6/LAOzV6iCE/c4CAZ/rTViLRhC9y3bt28","3.14.0b3","20250702","jXwoOm+eGDd3dpaMXV/M6f8KnIM8T2xk2PgE2nQ+Dp0","2yUSHZo18WE+KB6tM5A6fmSJ0FBiB0Ue9J2C63HXIt8","PJi5Tfx3ydY2nDzcCeA6vA2tLq0vQKa1LRsRm9yzOrc","F2Q+/FW2totPp7Ol5Dq7DqMbTwOULi0XvQTFzVvlLFI","wUWGRHxO95q4dbe3uKE+bQXq7IYn8YcGfgL0sCYCPbY","WpyWmDS5AwcVKovc7yeieXKI/f7LkpEeDrwX7FdHzL8","ThEO6WgTqQfHRo9cExcEbF5boQ4v4jssPTDx7mtLxcc","hBKRgfwk/V/Tmo3IPF603XxRqfEFvRsicz26LVLanzg","e1DKOpGVMebRdTCNU++gzNPSFDisc1pRx/3NdMUxb5k","bxa//smtNxdJizebVkCVar6zm4MK45C7ZQWFvqwUuXQ","Y3CX2pMXvRrzSi87qrdtmPsRruP7iH3sToKWFtlEzbg","CB8BR9j0R5dk1qOBn2cnW+MwYAM2btqey57oRPL2Eb4","GpZULSZXZBVgY72K39pJ1gyYUQ2iV/DimV1KJGkQf1U","X6iLPerUwGiKBNhbHva8B+Htb08iHqHqbIRPeiSPmNQ","z/fvwC3MM5jRtn4aeG4Akp0bfEBt24bKUUcw+B+gJwo","Eq+XlrC9Ghczq5O5f1lKW/N/qFyIVwO8wN3zhN2Q2MM","3.14.0b2","20250612","3Uy/4O0q7fb/fw3S7iO0F7iQkkd+kNzz/UhSVxvGTi0","y4LBXyMGErKYOLPMCUjtcdjmItu7SHW4lR59YeKsu4w","+JlFCtFQAAhqSXL/RzRHMLSEC8uG86EM36J95QcC3qE","uSLtpDkMxctzfjLqjUZu/q7i1pOl8uijJpzMK1cQwyg","GydbdCFgLXrLMHHkVa6TWQSciwbAsAQct0IARVGClHU","UEFI3OwMff9QGscKmpcW4X0G4oQBKxcAcvfcTqoVYyQ","Jc3Zk95ZlNCZfbgvAyQR4w3n3eOvrOMtHdGICyjE/iY","a0//FMBdRSPakUaUbkEUVFsOHVuQWQaDpU5tu4DaPk0","vgdohymVRhjdrME5gwF2dYnNNh3Rs89dhuThFge/X04","5N+nVgcwJJrkacA5dRku9KUqSEoKfhLGu6mgQhcm9Vw","8+HgxmmpY9hC2NK9SjkSjoXPhiwOKJJkNg/adWzOkQY","YTg9Q/Y5UzpRBautN2vEl8yU3eih7SlPUj1TTIzZmo4","gvHTvo078Hm+qSZuroKDMZ0MjGOqdBHUfAXCLb3c48I","kIwa7yazFSJcVFSjyMgPgLGPeCAGHG6ux1D0oXVgqMU","KqtcUQCDgy18LDu93PB1Jd36lRo9PdrxroQXd38xKRs","rDi9S3EHadvOAZNwP7JnYhGBGtYtC8XJOh7y9xjtmH0","3.13.4","20250610","3jOFaaU9NbdVA8UsTnSpHSRkde67M2gb5mWIC/1hzj0","Cm6qJ3j2sr7dbjw9djwvN58OqZ+Hri+/AUg6ubLheSU","f7LkKpkizuFTPOuhlZCneZcDM/BotRm7lN8z6L55F60","/9C0hOQOT//fysJlVg4QlFb4AkhfHyfjzTFHY7KxWHw","hKYodmllC70Jz0uG4BB1+K04zaLIWA4MjFaAdPRS/rU","RPYseE8ytFalcZrRHti6ipeJD46dycl2TxeMZK0wpro","N3yLbW2mgZWavUZPrAk1ZLVf5jIx/ie2Mn0Yu74T+EM","1clXMbdd14mxN60w3XGQS4l4FzUUL8Mcn3KUnEalf/4","UPH89WUh1XUScgcbaYWUlgYW9748z/7lwHGqARXWeRo","FSXBl1jksIygP8ZlCBUQdWHjlsiQXPs7vJrczb5aWvU","kkTJcLXrpBsu8g6x9v+5ktLPmiouBhHWLC7FBwBHV3s","hk325oGej46FXOMPNEEP3Fhn0GFukE2uuaQOWAbpcNc","+nDvqYkohszCuA0cmTNn5eBnVJr0sa4Vpgh3ZJxLbHg","/XCktVD3Ppinb7B9GXeDmHUx+0l1HufuzQkopEKI6Qc","3YziP9NCWTk6UFMxWGg+pmPOtnTc8020sNqryhFlSVc","7/0xNs9h31P0azMlYZWMcMpMpLtBmSlmO98WarDVUFQ","3.14.0b1","20250604","y9DNAgmjUU+nuoC+i6cuiFcVYu7pMx9qS/gD5w9Zues","NwwhiLr1AOgQveI7LDukXGDLT1OwOBgW75RDuWdC6SU","SOAafSVCJv1deu7GM/m0qeiAWhaZbuvjcBOZZ/5pwJ4","cjlmbs1MIF27ufLe+lL5HPKlnS4c1aBBtengyMB68aA","O7Gl43LoZq59VLLUf/4P8lovGXHeJoIgW90giyprIsU","k7Zkj7gYAEuXOZrXu8oWoi87A6/xPOlku8nlXbT39sc","G0aVQ4jkoZi5McAV7F7zI+7tiT+YV7oHRlk5xjmkzeU","AdzSGIvWDU930yidVTLwugJ9jr6+lyFH6T9aNOvssDg","w1VRQMq5AfTx/MxhFi6+U6m0MpgjC1efLs+AgPGfBDo","UFqf0OiOocEe44NmG64+i0qHlzBy7HsGj4YFYZ0JVWg","/z038Amt6vEhSgPDTbD5dBjGy+ldLoTIeVoz72TXHr4","cvzorbvZ4aPK6W+hHJCJMNA5eA8UhWLIoKFpzwlQJU4","5bnoY7+zi3/0ij0SL9mzJ5EtPK27E+Ul0KGxY6yYt+Q","kQWBJFIQUgLogHhbCMOVallfwo8XuG6pJKKcS6W0B0M","1IUZp/7hS8qegHzrFxM3FRaVVYuag3SrKmN7OeonCiA","0F383icEF/4RLsUV7E62vUM3EbgklHnk6epszmQdgeU","3.10.17","20250529","9LGtjsZzY/TmJBxYHE4PyAQ3jyQ/Zb8T9y9sP7BJ86o","I5f+lvhU8w0wuHrscJTUToTc55GijfH5C9BMYx8d00c","dmyU8qszvk+yrS/U1PjQJtIbpLdNKaqrcpUlKWjDz5s","46vG4wDM3+Xo+vIg0GgtyOrk1Di5a30xKzLVCk5TbSE","nyj/x8MWYq1HV9V8/neGK4xzp0EWnppPdgOIFUqf7SY","9c5x/Y6W7Psrw/eIxdhZQwKx3vy+z35TshOAMqkGO7I","P0LYQ2nObEnuw+/nu3TQXfvS2Q3GNPtDLDc+94q9MQQ","0CM4aqYubZkbadWanrKepCLj6OcccWVIKK7lsHj1UpY","3.11.12","9sWbW1zI8gl9zeW+t0TtaRr48vQBtl9y1unO8Hi2ZH0","eBUWh8VXZb3JnkDMfjqTrnA/Za44EheU21Gc1xPqbfk","rxLKGtBTC4bC+h36hJsdOzRnAGGD+6hQ8I6+Ug2Q4YE","qMIyDx33LQLVjz96sImb/3lG5e/Mcjri/zETrYu2RcA","0bgNU4EUTwQ5zO1s6/VeG1CcmPeqBJ3eXqAYslgH/RU","JPuwx5Nq/eyMzHEfuo2E2eSrlR82c/z76IdaKr2BO6k","9VmcztItulO1Hnzv1ywyWIfgOEudrnrB40UXrSMMUh0","0Xf9HaZqyVw+6T3YwrWvrDgTqUX3oQkQ41LO94mhifQ","3.12.10","6zbfR6ms7bY+sIBUzURFRwa2sfNPjVOog38OmhhYB3Q","peBc9sXYJD86f0rMbP58gtQzld7UNI5hJpdPKKskX/c","mXEFfAuyBR80TYQWfAGhihb4Mx1wbC4vSSOsx4ySH50","9Q0I4DBLFddSsikyBHE1wdwC+Bl3soTlEoi+nZBie8o","kHdfC73CBRdXjHaOZnaukCpoove44dTb1Dnx+Szml+g","IPHlxg5Ob9M8OHkrrobvTxoLQcJ/R0iICGyrVHfFmew","EgIiIEDbEHSMcw0lqHulzS7cT/PWeuPgy117JB5NhZo","AnaVmPpQMpY5K90Pe9yrlUWRX3ltScMx+Lp9qPg7mEk","3.13.3","YE11v/84gnFygD39mlhuCyjNLpWB8w7XoKpvZOEDEaw","Y4SfIE9UBX+3FelS2fEOvzIVq6xNAC/H48/njZnTUII","GLTi0tXD6eqnFIAfTeBW7pkFeqR/T5dnKc15sQ7G6Yw","UyptswvPj4YJoMTgp8mFMVVyNkwZhovJZQpk31NJVOc","AqBZKIDi9aR+TsBY1lCcvrrJ4BSEdYtxR2tUvVXop4E","RWz08+9dKQ/ASaIilyjTGjsFh14kIp5XiSvAnlCrvb8","kqvXgHDjUCjPGRAeJI08ae/lvnq92DTezE8RLxMKyvE","m4LrTSHaLQM1p1otFLMqpn61Akbmxo68XRZlwJBmJR4","2zVR+iUNIHeYntUILK6S264Zv1Y19eC4qR5gD+Vquyc","I+1ofkMGnGKOo2O1InHl1MCzy4PqpAq/Fkm4ta6VS5E","bwoHTeM6rqF/uyJ+O0LlyXYrOCvw9oOiazan4gBOHR8","kEGw/YxO3hAMc6/LbFpW/r+N5vITTYl0BIPC2nTjx+Y","aqNUnXJId07SHC0TOA9BBNZjqWVk/KzUrZR3MDplwjY","48P0u4gJvCFZt9NieYY/ElUd4SqWIUNTt6Mvn13cvqY","JzoBg+YYiXebWIw5K0UjT/c9t2tgx1sNNDrnzF1iL6s","UG22cFH/WL6tBjm3RkCm3TuRdnYMFziu35g/26yQdro","3.14.0a7","90ZJ/0nWp3Vxct182YSKWg9cRTVbpGCuUW1M2/3uas4","JjKq+mdcTW7pCYE/YHEkNZsCPplT5a8NfY3Me6Wcs4w","Xe4Y3RwZbSmDXZb25zrOI0+SSEsb6QoXck5At+YuVog","uaslZrHai8BI6SMywzQ5zVeyUb077xnz90CMuSl7KwY","QdD+GKWaub2cDB2mRQNLWQF6a90BDdEViNQ4AlKeyIY","LuaOA0lxaKgMuN12nLL+oxpvwDFhDCVMxYbUq5Gm6KM","8zF1XJGCtf14lYUTpMmhSOaoplGJpo9te+Y6JRrscRg","Pv7EB6edP+yBmDaQF8NshulHFJ53w31faK21JABUjPg","w8BoiNbN3L0YAGacZfNOmzw5e+BGcohjuqqnl8yRR2Q","kdbgbueygB5wR3CMMr0c4Xy8A7ub8LYU5kBmSbT20uw","HU5i65dVV+RSeEGfLh8JupwIXSpg8zaxaohfQ1yQ9/M","x4axtmpDl9+BEMM4zfYVDI3JsAfbnc2ZdrVVv28vdDM","eINZGyxaAkaRI3MgNonx9X5dPZ+zrt7U4ZMSGOuDhjY","tzyuxZuZ/LCV1iQcq8ryAD55htMIaR9YRe1hwkmmiUU","NMjHNcnFOhJGflPZEDsYwvXFgz+QHU4g4RctQ+qQ+pM","z67jRu7VooPYZQm6hsETjk/NjigGwksmCRH9LDcgkmw","3.9.22","VdPKc4+OpfRuLjw+nFCEm5T6CMZDv81NuSFVhSVbpWQ","nStDo2GHKI7LDuLkggHU8W6IVF1mavXDnUwr973yZ7w","4VImaGMYpoLv667Y0DEKgDUjTYg7a6togsL4w9xaETU","SqA+tg/Gk05A2U7ZFm90rahdhRQ0Znr80VLUbh2ZXb8","yrXD0gYNX17/geTNqu5Y8lTiwqSSCdmEOYiYfR/43lA","TfO/CD7Ez8nylVBbRo2cf0gBxYNDOmneLhy3oX10Ckg","/VtKnGmvYvh41iUsFaEqG4yZ43AgB8vNXZqDFECLjIE","fR8osfJKRPkPA6hHthdo+Ig/Ufwac/q0ONpPNvqTVIA","3.14.0a6","20250409","XoclP3X2WmWYkPxVnCTP5PbZEB+FXGdfvdvuZLgjgPY","JrYE33jWb0jbABXob45v9X3yfUx5QbCVmV0qehHNB/Y","XhSKk/x9X89TvNvhH06TcoV8SlMw9rX6Wq1E9yjc8U0","p3e78X4lHOyW0Uw6tw9nzOdSkwpVQrjgTOIuiSRwxZQ","Hyc88pyMY8qJ+qGW3lcswBacKv8OFJDIFY5Edr/A7Es","q75xqSp2THEbpKblpcFcTAZT9j7ABOMmfk7KthM498A","HhOEeF7nVLdIb4OlIPNXfMsbBYVY+AWJPfaEtegInpY","pGzhsWiQTpaIV6JYUWth3rvUZzaAMXXn7u1QzXhDOaA","Re17D3aLWA/TJRV8Wl7kWRQ6pevneoemq41wFbWtaX0","Mwpxx1GksciVuj7xa8TzQwMgB5vCSwEkIlfgUrgaCrs","pYx0RrUkxOHSkSomJGyQjQkn6G0AZXoRSxovqon/bqU","Pf+Il4LVjIPraUfSEnptJLb4RdeyxijFrM92RL8bMCg","yOP6jKxsNbrTk+VSKVOa3nAqe/vnMiYBuL23Ajx7GuI","1r7DUKQG4i0/KZPNDLgKrjdmfl3Q5rvLg5oG3Cf5Nqo","bgzBQydrd1WETBfj7Pstrr5FbSs4oIArctcF4b7n/iA","5Wuu/gcXtcWnyaWHtFSx01m4b8xbgB+XY72G3rL8s3A","3.10.16","20250317","j1A5BMZXZfRBq9M9qqcPFtL1es2n/AcyVhTPp8E+1F8","BnHUzn4DGu3/W870YKneIrn4g35YTvwlPT6TxCU3dtw","eNE57n71AvKGQtLm5XxQjnqQnaCrnkKVxo5hIrrMKm0","6NftjG+Mb4XNCD1QUcr9jGwB0J7KNA0dp00MAP8cuJc","m5kQPpQruxC6Ij8HFA5Ml2Wq3mPCQeOxKlCOY8lYvuM","GbYr/yCO6CyjSGCj019SlAv1ipIeevCWIS7KqgRPP1Q","O8660EpxcQR0MZWBtaKUq6qsrbdiKwitRil+15H3FgA","1Y0o0akCJQBPg7uDmc5naeQ6ruqrzzAWNgVEJA2+gLQ","3.11.11","tuCiYWCkqVPYlTR1FjaWaa1tMSWEHU9l162UWg3XmRU","aLxXQQgsVW2sFMwpobHoRQIEknKDbF5jhNlwKwt4/r0","0O/ujIEFGVKcf2H5/sHveaCZR+eBzRoq1jdxpvHHuTA","sHNu5oH4i/SHaHtSSMqfsV/l99WE99HtK8nJV4MAsJc","Upi6iGT19SFTd4ljM/mQXlniRqUX/JeTUJTvT5Hn2GQ","28p07FiDJAhoA/qrA7JH7evId086e7NKunBFk8JzKxs","5rVLxefAksG/2AbaQxxVlOAmBeUM6CbzbBZxQfTGI5U","SHAKPdXfsAoR3eVlD1otChLgAr3gn0k4aUxbZiLc/+Q","3.12.9","thL98YCm2ODwpNHMSaJbLfgBJdRMr2D22+1KonYNabw","GCNN1hBFUVMNF2uvfwaug3Nv/EEAgn5tV30RtTyWqR4","q3KNTfMSY9xbRg9y3l3oeCujwBaMjBjfZiajh10COgM","o2vGDDj+FG6Qji5x/CEmbIVYskqUByJrHYhyEoOUN+8","CFo9RYgNXygNDkD5Pg8QZWee0y9sAyhXfJVmHhQf0eo","oBcn778SOHLXhSwjDa1BPPGdayShr9nA9wYfyFYOX40","ssBInVSzrpR3RC9uxYccgr597UwssZwH+gwnrq4f1gk","jJCteuSK+34Rs9kpfcLRQ7G5GH68Bf28lJMhCsmrlG8","3.13.2","D7zMASflj7Xm+Z73ev4j/FlsRjkMaJ1X7ruHoXn658Y","/2wpTSLxYz2ffKpHhQyjWPDlmwaSwhvQQUAZbY6417c","zVKvamRJ+lbDunzWbM4MDE78GPxjrhFbrfOfrmfHH3k","7pCanQ+xY3Xr07PKAyL9nKwJBLME4orWhScDaFjjAek","xbcw6V7QOeaK6zVhOohp8GRbLXz95TORcStgMHwfPFA","IjkrtPCHmSOeCpPurqNiGkbputlDTHccmxO+tH4Pqx0","tb4CVI+7gHfOYMCvbRQ+Ub0Jcb62W/7obMHlAH2Tli0","C15Hbo7FIfCO85Cbl6xFK1JOgFcRvJsdDF5exzzyjck","aCBXoOPf+yC6ud7mbJyQ8zK9uoZInQmgQYtDNZRR1ns","OdbntK2Gf895lReRa9bkxgpcBgXAsoaWWuIpVPunoRo","UM8frH8wKj6bk+w62V80HFnv4m51oEaBffDc/y1Dhgo","GupQYmFMA2kEtVwcwvtLUAt/b3pMrMJj9IiIidNV7vg","yK3YChuxNn9FHwvjOSDsQApVyqG/7JrNMuuwn9XqOhU","/+p+WOzt4LLSO7lTj/LOmGcIlTYSMFYbDNNxOldKCRw","fDRTcugFyNW2HYmmdjTubig3V9u8/sjKBprx8h9Sjzc","G0In1AXKKNpuiaC7dg8aPCORypDNNmBz1WnPdBR3ZBg","3.9.21","wc8H04zxq6eFYJiZ26erbkb90u+BQcsdBnkXtfGwOKQ","J8K8Ihj9X7yN/Hsyk/RDGMoyILH9RRq/c9IHnRrcY+w","Esnypi1sh5G3KbojVkixroV3MmFR8OkBjm7CeO1WVfo","g35Qc0kE66T1o4XGbDGyHYgFguunkSs+o9ceYOVvWmA","NnlG4um0dHVhbtn3s17fo2xHxghUghTXMl6FxGJQIQc","bPpGBo1jbQcaISexbT/SoECMwbnHZso5dwkbHMdZohQ","pk1C5bCS4b+ktewq0KmpTQWF1Bd1+qGIEWhSz3wHl4o","sXk0FrfFxfPt8wCGKhHB+ZjwlCvyeHx1XlaNtUM3eXY","3.14.0a5","20250311","5Y55dfnXVEtxwY73K6sA4fYTiOCpodrrW7zY5lG1xzg","vVmEWmt7c60HTvNLWAMrjB4yG73l/JoY+wy1CfgLwDM","pu1pnDaEqFv28QlKfzrYYWHVBWZ+iL+BCUPQ1hA80fc","4fq0+GD6nJUz8F18rkMUY9dDUK3N0hleh30xqjcNr3Q","dQNIsWAR+DKzRTbnJe2UOJlsc6crUCjE2amqEpUdBg8","9bavhX7uiwNyxB5xpyDcR/TMwP3b9qFxLoUVWYDdi1o","bqgmexCx+R+Cd1pyMXLslX+Ug3VIU4DlL3Bher+7WTo","myDTL0mjbZ0ojXTYbOXpOC8RrDV95cWME4myf/E0ss4","AJnvYeWrGlSp1AFWIu0BUJfxkt0QkzPaDT+YNyK4vpE","a0Jr3U01utfq8ACSyuIg0KXJl2gvyTfvy6HuhkOijwk","tL47zKwpjOwD73gFmZmcjah4oxh5naXg/E6V9SO9NSc","zUZFyqBCd/FYlbVsxEzPfjTI1XagePnY9xWrBGH6K+w","9dRUK0aJYzsmPNfpubh/2/EuqW8t/5eKtWL9+iK5QiM","63Ldzcoo7CJ6s7gXnplXdQAszF/e0u+z+l9xeiaYX5w","KBOBJaDwlx7uZgrxoz4GrjAQnwl+/9LeBQtZQs/NicY","bIG0cJw0kj62Qv15Br/mNR+BoflDgWjXfcF2sJC/nyE","3.14.0a4","20250205","tAdlWEKHJNHXmtf4ExFopSVesoD+ZEnubgPvufMiXug","M7OkhU0QvOm2FwPTCJYDZ9yeEaZbjnMZi4j3uLTbT3M","rqmWh66CMsM7BYahv0dHeJmR1ANl00Teo9Qq4rzcfK8","0DGS9UrOyoaazlmMRKj6hTX4WL1+hH8joWQ1Xzd3KhQ","kkh/Djqz9lKiG3X1UexrLmQWbR62T6pWd0qjqqf0UG4","gGHqtNDRjTJ3iq4gtEN8wom3WiAR5si/rRMFAfD7Pow","RYgMi/1vf5z1i4DDN/6u/yqazDWLAhDx1zvdT5zjyXw","3xBVfo8vBcgUM3AU0+BnRppnsrObAn1lPw/2dRWq2tQ","TbDJgBWsSWF4r95LczH1aky3SsU0njCNsWx2AgGgmxE","o8WYg4rH/OkCmT5dL0DPQvcimjCMjMfaN4vjB41gllY","Q/hGpLeUVBemVP8gDVn5drsS+zVXsKj9jE0kfrj6crA","Vc1VUWG9EDMuE0X9Yg4bOQbPEdsvgLt9RKgIop/irow","Fd5wsBKgvqv6vID6M0BwNesLndXiGmKpbg3G/2meWmw","8FEpmPI/LOz55Y8jCu2/R90R1G3Y84SKSgB+QP1oVAs","VHDBtn/BWCRcI7juTRGiTG/g8cHGaHjiRYyUCrX86vo","E9uuWIC6sSvIZYMLtrws4WVh19s/A/2Gwae59t2kY14","3.12.8","20250115","kAD2W7F/4a++0aB8xgP//RR0s2LagNmk+SbKSdKOOiQ","UJo+9hgTaWga0MNbn63SJXAoi8JJDu+3y2cauizPvdY","QbWQLt7vk8sla2I4m9qBdBUC9+Cu5OLpTC5gudLfN/s","NKWhYZq6FlROyNbyJb5ZszPWUPWJg+7KJRk3ItyQFv0","lPNfTQFjPHCEeRZvoXJyjvQpcKlQc5lzdlxJQ+C/SZM","goy4sUJKrQVH4fLuQ3q62t6W65bBU3gfpv5G5HoQfmM","BmsuIdPRPUsEVHA4fHkJF1FWrapWWZ+vDLk4kQbSeno","rbCbnB3ejH2DoLMDKSbMtI99VbUJRUNj2dlkNmpXVWc","3.13.1","kF29cYwk+tVr4kRUwmoV9MeswWLQ9+HIwZeRzvqhTzw","1rn5aG1T1droan3CxD+QWtJGTnHcMxfJwDDGmk0GXbU","d3xy8N46FVsTM/uPS7BrA1xR4Fw+XM8imtXb4nczijA","VoF6qXbkiGvsFndpnBNssBwc3+BJUQTA2O9UZUGGS7s","NQBIMrywkeLrrCUtRtmnx5HA6oIT5Onf9ylIBkfjErE","1dHg2RyimF4jiUVBLd3/Tbfety3tr2PrXUJuP/lBg2s","bTP56DJ5GsP4Tikjmox4B4bw7e1DrhKVNwh6W11AVJw","Te4mdwqdhdjt5PrPV+Na3aR4i5CyYeOYq0RqrX/n4H0","iLfuSZQSF9HH1ubUzRKF/sb76au1yVZJn2qtdQiebaM","DYzajN70v3D58DjKuLCRZpp25XxJ67PBYwh408jX9DA","L19I2HOxcjH9Of+iZCjzhUMh59Nxu29m2Wsnu2jP/80","HBzWS+Ym5j9ercbvb0CmEnQcsdQZ9wqA08YomOvMINA","vewvTd8fITtw/C1AvoOqa1if3phIEHrKTKGSPmXYAqo","cvy/cEMlzjqJ5cMYa0CllvVp2+EQRDtvZ8aeE3A7OZU","3+xBGEhLVksniln1He8W0e8JOOkuK6sALFiXGN0v+IU","6ldH/+WZ33EN/cJIG47Tj/3qYFFQYunPxlYxPWhfMLg","3.14.0a3","20250106","eu2F3DIZG2YBq/8+VfGTN5Xfl/raCYITDRhvYSt0VAc","0QZjNExL0RV0Sv2lRhYFOgBbUVZayfOD/4wrwJeyDCo","CRupzx/kgQ/F+/VRPVvsS/8lW767pGBeo4Jfj0u5DR0","8UPUiJTpyGWlIJgvKKV18ThiO1yhTKCC8SYXHMukZpY","AO8V4tuxywO2Mhyuqsg1kH2CpPShrBTJaNaBLF4plPM","WL5Nc8w3KzN7xMkNWmtxV850GFRZKMBj9YIslFctsqw","pyywEWplEcIN5jUKH8ZkuW+PWvS9wQq9qnIIUmpyn60","fVIiTX9DotnVmgvB+EOetfEsGCvDl6I3DTMawG6tgfw","O5u4E4cPJZxzo0APjeIRw98D01RNgrR6l4W7FBdBB+4","L5Twxd8z4n1eP45Ty5anjPXyRTlh6klrW3K7Qa6FXMM","up5RGwIN9+BLX3i7E9fLwHduS920EQH+JvS/2veyzWo","9PFRI3tOtsaype00d29mIb+E+I6Rlf5f5KRKREa7K6g","nCjtB3yk4qMCTA+Xb11mY2z1nQDSMkZRpKlMQGf2N4M","HHvfumy2NXliYB2qdUhgSFD7CJs3oT80gm02s/WkhaI","xIaGGne1lk9kC9d2Ki0DZdealSkcA7H06dkPp/i/7nE","wq1vX4V2SrDs/CYrDMsgmuqdo5Y7s6xTFk8savEZVa0","3.10.15","20241016","qF80gcgRehG1qk/aCm6xdLVOl7EizI+Dz3c6h2dReFs","82t60k6tVkRVk3/4hBo+wWoZTZ64QR7QRwoPvWJ8aD4","fWFimL/9Lk/9DnKrN4by5Ll1nc1ZqM96wA90qGQtVTc","JfuOI807grdIB1oE/RjzGDzHMWwR1vWetLAyaEOJJgA","X5MSFeEzaM4F7SCDfjrZnNQlVk2VszsStP0eUhbEKOQ","YW1gwRIUm00+4xf/wHLOsEsWPt+jUCTUNczMvXybf0c","gCQLPE5JPXijVG8vUnWtvsog97Lak9m4EehhtOmSK5s","gX+hbxor2jQ1z5l0MEn9B0Sue/HdtSkTGJtwK7dECN0","3.11.10","ZK78BCNS5r0QxPYA8ZYq99/sRYY4X3I8IYtjadPyEaI","zpQnDACOl4CjvlIxIjoDQuZ2uuBMswt1VLBJao+nt5k","Vu1q7tR5UjW09DScTAv07oH90ArYVOrtzM1cQziNdUU","A/FeGeJFJkG2N1tZuglP9s8vwRgxXSSmymPOYOTUpuA","kjnSvdE5ycRh30TeWeER4uoAxUo0d10Knffn8mfbpHU","ueb2PW85eNZx+CFP68eel54pbgHKG+UVUsTIE4ZmyHU","/JIhmtGI5X1nEWwVwLHy0ku+2rutDB2zMjY12pCeM+k","pR7GeOhihtoaxKDX74Xu8uiJAYYx8EY+a4cbGjWRrWU","3.12.7","IFOVhB5ufL0z1QS3isgXkjZIMZEYZkFtp6NNm0oG19E","rR0r/MxwBmEq+T4dv2dg7eWwcUgUHQygWn1gXqZmpV8","FywKuKwBigtEpH8Dp6eM1YO9weYM1c+/fQWyacXXP1w","Ok1Tp7o5FsDB81y75XBo4lcbE4OJ8pz1w1Nn/sj0xhc","DwibVmM8kHV71wJ+olSPAk3Rh6CMFwLYvXb/nFB3I7Q","5IxFJkxbLQUYiRIFe+ZQavwvKrBbuxYpQeRZxK26UPc","J7MywnaMrvk6abyVXwTmNw+0036+fbNwJfX93+OJL9U","/MZ4vbISwvM9Z7neHK7Xou1kOdJx3ooedl3aTT16Y4s","3.13.0","XBDAsFxmvG/JqH9FasFgYFf+GGXMUl637NmlZA8VQmo","qecF9xTMvnIboOKbgObypfCWDDkkWVneWMgHb9MVFeA","Nr1hlw3B06cDTyZFqhS0e2qhZpgZ+3gDZQtaeRmv3b8","tedNHhZAK2M8bwRRlhgjH8Dbrn0vnksawXwpTMPT0HY","rxwzb0gnrYb0vq1ScUW8ma/FwRAK+n8aH6VVC6sG0rE","uHHvU0i5WBePNZ1wFYAa5uFJHWpOI+bsKh9SMY7qhQU","Hs9thAo1DO0EsiYPc7p7SSQs96CD1ldHajstp6TU4cM","y5YQniXIXiAqFKpgNKCbtHTkpSN6K0bnMjAMk+D0Q8w","bdcltYZuGT0gG01jYb8DsqlU7ri2d4jYdcpJkXdvhS8","/RapV5AgOJEWPbdytoGFIu6IeFftrhoc1oYOWOr48wU","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-freethreaded+lto-full.tar.zst","itf9jddMrSydWiaa1YWIXvK0FGimkYBPHdZuHOyChss","pzre2jAa2EPM4F8xotPnYiK2VphFNae4dpaiSgmLIWw","bFiSeTvIFXkTGRAjHd7KfsUmtq9Wyv2fDTXWPpZTvww","OTI7i9I7uL/imJEIpb8Gdhz6AkooYr6SfC4quSUblvU","jNNRtaaoa73+AOeFmxiHFa55EE39w0Jw5ZpKb5WeQmM","/2fXGaMveh2+JnGyZCWRXS5kWo2i+TI/GP7NT4DKESU","3.9.20","FGG1Nk0HpW8YeTkOrsclQv4N1I+jac5FB8VVZ3v+B+o","DiyT9hlx4L2m5nmiEcHhrgdPQ9IRMyi4MEsuOMd8WjI","aTo/EpqGxIwXazXbgergv1T67Ik/6DhuxRFgcGOMRxI","RNnQFvmCDznlu1QnglV9RodradI9CiBOsvNnc52mI+A","dr7o3eRc1ZmH0JGYmNfc0M/uF9h2wA6PNZNEUrY2BP8","XtJlqpfTDEn4cQE//8y0kZtcz4g0+ZulyUR3XMgp9nI","4IS4nD/COFvMMJghITW5P1hBppDBUAx3r8htN+OJnm0","Jc0cnpIJDwIhKmSfqdXF3smEKRfqEfpQTGa9AuA9PRU","3.13.0rc3","20241002","rkd9s1zOw5ehnJ1hJxRVrfSRerNZk9vKyujRJokPaxI","KlBc2k19Yt7BgpoG+lAutRSjGCwZOy8qr5wIvMsUPcA","jBQk8lAUGbiFYJUUl98JXILoVq+bj4F/lr7t602Lwy0","RFFWxh4cwWf3uHd60IzDblWY4SzSfgdFP25twPYuQh4","IHldK66LJt5VVJBzU/pLwCLgkSt3KAMpj0tWedzuxx4","CPNl7BqkQmZKnpiYjttiYOQLRzk1k1RpTG8e4ytYu7k","cWwb9fMprJadCzTTMWncEV5Mi2X8m6ZPGx0mNeUPNqY","kqgPOJGahS7c/2j9SJFSpAjkPGXme4AMAoAcxY8jm5U","3.8.20","o6dQlFRZEtTpQTZzRBs/DS5YzpsmRHf5EIABSIAczxE","MRwlkoD7U4RNKB8sKi9Nc0P8UgYop5z/SI7n4EWEN1E","3.12.6","20240909","POnrXZdNwhCcPiw5hvSIPsVAOzR5JZ6ngUdaMZ+aZ4c","jcwhzUXAmyc8yhfEsUTCbBqeNz7shx1UDMB2KrnILBI","3ruomF3zikkuj8S3uNImFWf1bq5xaqdjC4NlI2JcapY","sIBGPk8MRS5ZLNrBypeTamoZuz2aZNpmmlDKhD/OAQg","EVoV8TQSI/+BogplRw9BBJp68zWkAp6bg+hGeXmPtVA","ZDge6fsjSTRODi4GrxFBMPnMuOWF/ywlUBqgJkhRvbY","T+IWjH5ZX4O7K/k6hHYt6E7zRBquueuHINrs2qtJgsU","EQqLqVlDr2swGYx/klu2VdQldwSr4otM/dw3T/NnMS4","3.13.0rc2","5g/BdvrWNrvSh+kvnplUuLENFkmE6Y9R5Nw9RzFPqKU","vzSAPowFzbTu5d9bBRzd7Rcyl1yZERahr4I6KxXkm+M","+42H4hvQy4O/u1Ml8tsXA2VyapysWN1bVS+9CEZxt4U","GJOiGHCdNmS3orgPVZi18lwMP+K8yNChx17sa7uT1gI","3P0Bb5D0zXqMCc1i5O0+gJMB3b/KHRfZez3KPUDE5yk","GLmvwCTlQLQLZW351Yr5zsnAVKbIg2k9FeWODkk17Qg","vQIb0xdpq+xCoHz3fMSTfcg6BxO1A4Jp5i4mjw6WOdE","hZW+Qup/pD/+ZnYccTrUtg5icNyhdxSR1U6NZVa7YXs","3.10.14","20240814","MnBJuuuDGfCjGhTSj85WCK9UbCf7CZlPVuPA4X77SMM","lNe/RyVRSUx1oSJZWzD3mLN4Wz/M4xnhpm97c1g5nBU","XwsJO4PV2tMjRjJp0s1TUW5R7w9ellABrIlHRQw/yRc","FZxFa7SjgCuvvOBl/1S5ndsWQiUA11wTFVc+47Zzrxc","VIDtGcF6CH3rPmO1EhfsX7aimdUxUnIcwVLxF13Rtj4","wJoXo0QcTIKFb3L6rSt242JkWAv0EEMFti+tqQPBqbU","8bDTkFxxkhOYnpbAbncJLbhsnhIIEf/jEEclcwJMN+M","BgvNAeW6nL0/W42pjBZIAyCxn6n2fPns+UoMILoI224","3.11.9","b1edmy7GNbfMTrmDcZrotO40JI8gVJOcw7GyO0TGXGA","1u63FDiWFPqVT0nl7EMj8Y7MvHAMUWUhwSl4YDZCJs8","kiR/M4uhMun/bksN/8Lqz6tpWFUrA1TmI/UBbF6Duv0","2qSHx+cwBcRCasOTJzEXzw4txKubLu2jZuBM0A7qAMk","oJzZ41FrOxoeZUt2jxA3t4eNJ4NqgeSEFRuwu2HKfMU","6Xan0D35Cu8HwqqvyoV3u0a5+UjVgCBLw9GSS0sRKtE","nTkRI2B3chyAzXCsbD4Sv7HzdANSLYKseXWB2it57f0","H7rmK8MDUS1AJLtpyrJnZqWo0SOGqnntA7X9j0wIx3s","3.12.5","wAZNzZfloJtf+VKfxlz2/XqKIPcacFD1hOyqDMjDPy0","ZBTxxLDvtcHy6zCSbHBRnQH0ax8Nl9QH/lPjYIZaSiM","1+gvz3LsX67fur8QhMpV+FCXGlWbpUNQ3jEmY1cPR4I","EGgLWTteMYMyGP2DEE3udK+XCjRjQDoiuuYTuVKjTo0","ONMKMRi1HTUCr2w1WCoyH62F9JqTQ33fbnK008W8vVs","JfpnJaqtXLvlGtc4vTWFe9iGo0onjprA9/NJ7x2tuCw","gQuftJeGJXYvsPQzrZYXevkW2OuOKM1HvfXgjOTVSdc","WAyqELHGYUCdNWI9ILK1b2yPTCYxIrDoIoo82qSCyL4","3.8.19","DxV527AcmK96Ev70yaqKmdRbkTk/ZEMfXecS+JK8XAs","C9TcRrRR1AwE/zKeyzDmqes3WXPZRXQh56+qqoZhT3Q","3.9.19","HYF5veTbPmz/rEX1xqEF40KlCoVLMWsmdgwXujK7Fko","ZsHfljlOQ4Jv9e1/mArZMkGvHj7CEs6StI7+oYPouds","cJj6jg2samidUonnYbhfcTtgfEdr+xwdoTs/hu3OhGE","O31XS2u/gwN4mh0muWqB3MqQc4FEHOFYGMeE4Y0dspk","MK7B1FARH8YYlz01oXgx536QA83Xc5XliR4wSt6HTNE","WVB8UDaqyhnVPw43DZfozHdaPniU24IaumTFCQ8Jig0","jUqRukrwCeDD8UrF26spACZ0cVy+Qx4xm0ENVu0rI9g","npOBQKjs00MEWgwMrXcWXbi7CyTMaAEvYoyTeuh0ghY","3.12.4","20240726","eY5WLraLjYJcJcdHuZlQRrcAxbr76PflWPQaPYpXzrc","aB1lxZ9IxLG/4p8IyoelBiDJrvMI4n6hH74u+M4aN2Q","UH/OhnbSOvEvl7H2bvqHY2DRn76JZ1FjoMfF1jF2PIQ","ygdq7kMp9T+Yg0brBSGtKiz39yO2KWCI0DuY2PIvVCA","VEnTGtITyxnrTnJPfPS40W5bcChZOqytC/2nIhie9Kc","93L57zaaaQospbL/d0msv04xE0G8/TamUdz2LPVHzLc","WtQB26LTlX0+XUrPPUMWvsiK1EvsnXKTbQTcJ64+wXc","VDJLNs97aK8926vR7EgmkaI78Fmn9GqMs/NhX1/V2G0","cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-install_only.tar.gz","3.12.3","20240415","ubkfSG4qUrbMOSEBJFcF1qtd1q1KTis0krrsjkuWUIs","cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-install_only.tar.gz","7beGvxWpKnxA/FrOI3ZzbXP/NWRYt8JNoM1Ajza5Rb8","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-install_only.tar.gz","eQ5w5WWz78Xx0UKU98wIPR+yqkwVB01Ufo5rudKttwo","cpython-{v}+{b}-x86_64-unknown-linux-gnu-install_only.tar.gz","pzund7XVXKie3vcJ5rhSHj89QolYHxdMhpmt+2CNCdY","TnwRGj7jbjrfmblN4LGrlFqFazPWfqNuZsmF6pOsvak","x10jnr/Li1Z2GEVB7POhZXeyND6I9SlxWSilxvSGAbA","3dc2O9ND8fnThFX+NX1mkdgF6Pj7aqHih+D2+SVtHes","3tks0DSzPflTxJDTND7xh6wGXR/NeOjO6JS+GXxfl34","3.10.13","20240224","7kPnCLbEwf+1sXtBxRMFZy468v1oaWDk4CSob5acGh4","Mltwjcy6CERmWBN1F2MMGp/jhRl4DVFqdgWX55qdjWk","wc3ANMSDeUpHklcbRDGPdgh2m1stEWY1cj5L1wK16mk","2ZXQMspwKv0vw6aJwfhKbGSXLs2Cu6dqYdUl8I6w4ZU","N1+kiAlSoeeMCVcEy1C7AB04yTwxctDFVMF1GrQTgyk","UT2bzcy+5JUcLUlFNVeCIAYVQ6fBriApgHZmQVKRAKs","e6+QpkNCGYnuWSssSEjxxOUVwjAgZzBMGy1OVNQoJpc","QbIOnYf1fSf2CGhbcUpX7qgcngeapkfVmDfsZllTZiY","3.11.8","5PcNy0CswjQtYxA4CKGfcoocHcng+tU0QGHaqrA6TOU","UrPiSwjlPlCYVhoTph4o0kEjEzH9kD3LKh5BYfN1PcE","42PMBBpEZL1yl3HW0iPz7BPB522s3twgetH2+3d7y3E","lOE9DlrUFwNbgFgPPok6cuCUsJANXWTn40qwjpVDmYc","G+2Sqrwxddo5gaL+U2DYrsPHj1XFV6H2il4XsfzjswM","NJ7pvzZL7gmjiGVooGVUTk7MoqfqW/X+av6ev8LyJ7I","f5pgBzP9ICFwZhJJZEoUF2NvnsGUsPRSc/dndDdQZtM","2VnEMYSHjVZLU2jOTXU88FlgCq/fPlAoDoUPlLWkumE","3.12.2","rf5cGmA5uIBrPe4K7V/oYFQNVSMb6H30iJGnhEJ512o","CrQI4x7MMIkwILYX3QSa8Ft2y+i7hYWyifdVV6JLz9Q","MuxCaLTRakKN62Qt3Yda5uc4uFVYv73EYoAY/y5bnpU","V6N7V/gkPKpM2sAWF2GJVzrXYg8LbaWUHF5AZg+UaKs","6GMugp8+Q/0KmqFuyMoUQY14uk4EJnOgHc0g5sU618w","nYUaiPsug7jo2ecBAqceb4z1PCeOgaReFjsXMR1CZbQ","4bkCdVATycJAGSqSyvzmjWgqVK+JU72yP1/oioyYWBM","FbYe2dM7Na0BShOmilXY6lun+3CUVkR0f05Txlny/tY","3.8.18","WuNoJUkjclVMAnCL3Sa43NV+Pb80s9bVma2R2TVAsrc","GJrjuCScVyF+MlP5/ImFfgiHY88hB6PyKrKsI5j0GmU","3.9.18","/44zkF0RSlkM0T9eF1kO/WrVbE64QcmCCGPaL1WxOGA","6Fp1IZfXx1KaGbg8F++hlMh0PLxGCNXLynfaUGqzCVY","MbFUi9jiWba0qE1p1t3NJzl69ZceP/rdFi86OOtiP2o","DlZjAlEhGGvRfTMVOKRPSLQbr/JHiR0BTz+WLL4nFrQ","FXSpl1jK5Nv6p/8PBkZP6Qq1/m59rc1WeqMdiiWlPzI","vBzRN7CDyetR0bImdQ4+zEhMZ1e9UjhbyVh9D5BoncM","f6uF6pWV0DHqeKiy8SLRHtbRn2XgLe3bBaIyz273WPc","4fqSeY+rbztEpI8kuOKEZgw0c41WBoGyBvDesGFkZfk","3.11.7","20240107","LN05kQDmR6qdOB4ZfmqMmOgi7Lj8G2vaSx61VNv7gXc","CN1XeWuPzCpzB+1NvnppzzWFbLKaXHn4J/4IoGY8In8","KFkM9WjxktvFyRgUMhvKi/50nN9eYKKq2WigrnTWu0o","SlHOYAB6b6z2TlSV9M8yLjEbqfOajNPz5MAm6uSI4UA","JNunAQfKOZnAonQrO/iY90CgY3NvPNII6A4Fat8ZzX8","b1JGt8uMw2qYAlxw+CnS5dGXp9INUfIcpEseQkKxPw0","dOUFPz9A1OoBjXkTnYpznAqw1Fe4qfFZehYL2I+9WKs","AbynovRX1L0rNnZA2TN9ErMdtz1nChZQC3p1EZSUIQM","3.12.1","ndb8WhMmmFiWST1HXn6uDQf23g2TL67zxLBL3YG4jAw","p7zGyfZtvUfqmWFfMPEBxdLdAITKMz0vczbmQFCVEzg","UQ8/PhhBuw4jbfrI29ZoCkmQ1goGC2lyl4y8iVJNRzY","dOMwuCEsoi/U2aIAO57sFIkhVVZnOP68jl5XLyZ7lHI","IaUYLEmZVL3hA0THzDup9po58LSFqUIIcb32XyZYe7c","0giPU6PhYJc+w0N2xai8T0MGJuoVSleoroaPN7QzIPM","tcZA/93jPz0zPtdyh4aUw755yvVwfePaI6qPd8+tQWQ","ie9nthe4yYBJZVCbLSVvU0Oc7t6DtbZAhTFfA4rYHmA","3.11.6","20231002","2Tlh99bfU/XoiM4HC5LRmn/OWIuwOr+sK288W/KSPIA","mi8rufyn8xUC4QIwb77tjOt/Y09DdqCPn2MMGYL2L8s","6oUO+y3gHJOJWA6gpvVccnHdMCizH+DMo/+XFvtYCHk","7jen6uboAUjH46vFbkijl8FmTwRJIEY60N8Pxwbqzqg","LvjfDenEALXVeXH+W8/za03KJBBQSp7b1AdXLqYQROA","2Wwm2IlmhzGE/A7pnKe5QdJ0tmmxsR4YV0n8Bl0SkI8","hlUG8+sf+aJfRYwbRtT+bO/6yGnKAcIDwljjVjyHYw4","bniJoV2GHxhg7YTz9epFhtGYqgA7IlVtkeGApEGE3Nc","3.12.0","bXcQyadPYk0f5gpaAe1tuHRlnZBiILHZigp5o2u8suY","3MrGtQWBq6j03c60J2WJvMYCpnLyRh4XAHaJDwwRREQ","E/TCDTJ30L/3sUEl1JBLv1xJj+FNVQ0x/VhLW+q+bg8","5RpSk/IUBT3bRkWyyfhFQuLvhocLhlVwQ2e9SynTn+k","Vy+FWfDooIbEOA6kQX1E9vN1Gv0Y0B4U4ECZ7DPhsZk","GuNfVLrStHMpiFijy3v4ESkf3UDIFZ7/T/WTFo7Ydl4","PJAMNJVFPPp+diYCbvDYvjrfWJsrgQlp9qn0Tbo8Ep0","qMOM0uUxNsV5Yy4pONG4V/IuSWx9upmtmnrWpntDJ0o","3.11.5","20230826","byV2n3OCfPyfgBFNu8BPqVnpb4K/GxKXvFauCK+qapA","W5dd1qRkjRbyeOnYICfyn+sB7aYAmyOdenxp9CHr1Rk","l1nOCLuWcW8mrt1OTVh5+BDZyh5vGF2YgZEIN65mzSk","++1vdpSy+q5dfEAahWIZyUU5f3cu6lylDG64JcvJ0eE","1/WryJxmqKHQhjlMgKlKF7WyaIeYPb9agJmDAvNiarI","KSw3NVBU1vT4ZLTncti9I1QbdE1zsyk1I/Rh3PytJ1A","36fg2PvN4UbFqVL4+ooaESHUtk5+ngFT2BoG0UmhAdM","k+4JW1PeWnSvGOYS9VCV/PMRjDwKh+tjRNjqyjlr+y0","3.8.17","jT4YJsC7eCHsYyiAOGRICKLUVVMkWvEGxoXvWJL6vNg","9Jl1CrABnzbMtNlk4iIFHQ1JodHo262pirrnOM9Iydw","3.10.12","20230726","hDUErQ9lXxlhTy7baJgI7V/ScSu/Wg6wMx/x6/hx1Fc","YC6Ot8rCkhqaoSk46dae8Tl5f2lS8oWshSKgUCYWoTc","fMIbrZIlm/CNYMvgZQEz1V9GHxAqismQjb0jQA2bNfo","pHbbypGE35/Gn+YwnNpeuvAx0nyp5SmFJDfJTsG8Q9M","tNYGFHvLdXNd1VkoMw4RHew1+yyCXS4/1x7KI+qhHl8","P4XRJQnbnP4ReFwJR9HlusoBZ+PqpwZflCSmX6FZ+y8","JZ4MIAYe0lpy5ykS6yEqhXHQYHZZ7bpYAnLbgJr3IG4","+3NU/O57F90Hk+vT9vH8i3sgUzKvz41wDMERny3DP/c","3.11.4","3RUw2KLgAvaOPX7RqlaKDpJ4pch7ofLsS5uudXd6a8I","9ogqghoCyPcn/OEgRPjtA8CBTGjEg+nAdLfWLoqvOt8","OAK/jG8wW3uEHbvxsJHZgg2b1l6fWyRtLQccQrqoD+w","4mJHMCvI6Qg6Q86ejdlJBbQNRkdFsWAwQfe8mpPGXQU","lax4o9g0zh/qpFv+SZdWPfC8ZcPScRpdbU8508JA/9Q","hYWbKZPTxSUGYl4dxisMtNnjiBbikNdjD+JYqua4vKQ","oxAEZMXxvDvrHhXCvwGtGv84iNIKJaHe0aW6/3vlT/E","G1/estxWwwhD5zUPFoQXh1X66RZmoKmH5es5B0xCoFI","3.8.16","sfFQLDoTuJlyTb0yvXepc/qXM7kyxXANdH/jPV3prE8","8S9cs495bKSNxzJiwFUGpvIfWdJOcJ6gOQsYv3HC4fk","3.9.17","PZJ15w05AwAw9+nbXwX8B+K+b7SWSvAFP0pGG6ybob0","vhVXPZITwg6tHeYvUAgX9eBpUQ1BpPSKeMMIaVPBaT4","EUVz4cSRkRbl7PTGQl9E4JsDUn/N3/49U/c/4c6d99g","JsSnErS44R7VwCfbVlTrEpJ8AtpIV7d3r7mPepMM5jc","P6q1y2wLu2Ab6SV1VAA2RU+zTA1+QEV2DGLXgthFX4g","w42wvWbRX9Lym9YpnddAQKk/vngMgRgnw/PsoE+ao8o","yRiKK37fueJNfN/eI5Nj/4x5kEkBIBBBwEANP4KSPLU","ZJ//YEj0y55kqF6vjnIOtMMlfifnxO5G91v6SMGMaCY","3.10.11","20230507","fmKB+f+TrFTDir//6HSQdZGubbQx33Yztz+l5iBmWCw","2U6ZWFgFhsn/laNbLhxa/ecIe5uw8y09FBpafsK4pQs","SI351q87rKP9KyYAXlsaDim1PGArxuz6TyHSBxUQf7o","xbyqyRvIC/wpz1EGaeytEtUGA17LOthe8hNBbVSuzXk","zWMWwnMdIoJYdHXngeJAZ3yJpnhpTPPljxLkwuV63UM","6lAGwVRa/tbxboM6DUusFOwonMD1kR4SpO+HBKdCz44","br6O22u4kQmzUeb0Nhvn8VY4YOGuHLiSbBfKGViOX6M","VE5QIPca0VJdvJKwjkKcweHhGGbEjAfZHpn1Mbm6aLA","3.11.3","0BkcNQUa3iWdMyT0N8byQidDzLeRl69txkwWGwbt3Kk","ZFL+MVtSQAQKz/xWiOl/wmTZ64+/3ZDG7eC8RrIGQOA","W8XrOJKVfAqerof8POl/KwsxQG/W7x0gv6gHSkQSHLQ","2lC4fR7EKzy1d9/SKjZV5DpTFQ9PmKS/tAdXydeDmrU","9CFl05YkzWZK0sd0AbA/K4bB6qNGqNl1ldw9qUd/e6c","mwScg5fLM9jujOgQ+XFWnb7dwFgyUSDbyUY+/QX9l/Q","iXd4Ta0Y5JXPqq/6TTGWy6dt3La6ZlN1o8jXByZ0eLU","TxGSF54fYuabi0X39pnm8BAPsLijmq16SEcnlNDCS9Q","3.9.16","CKzaYDFgGzUpH6VPmIiNwX02yf81vbKt6kYx34HiQnE","M3+zeenEa2FF5MUvgnUTmJwv65yEvqwXw43stQr1tTo","/CieZ0+2HKTjmkZ27hGXHj+HurYHlRiYM2td9Ttsoyg","K24UYjSk7yqJRggfw/v//gdluAtpBCWknr5AtHwzRFs","Ndyv96ZYuMa/X/4cTi25XfXWR9KLSICpDwm/OnD0Los","TADzW5IY4ZBlup4GwSNQXwVhc6T5t+63Lvdo0N/o+Gc","thzL/RNBWJGpEg6qo3rV4/b6w7+tYSPJUclV26r+xsM","zcEpC5vbL3SmxIqyRTGRlVESjjl3M2XG8+F2aCFidaA","3.10.9","20230116","5psuSGlvHhkjG+0wYWqkrG7w+0s3YOnlJeLJxMMN22E","BitCuZOZCPNYfxEnaTc749dz8Nll6hoIxlVy4lUaKvQ","LED2TSg9BXVbUxJH6uthcs3m0xumxGz6EGuXtGac6og","0ZY0eutwGlP+K7KwlavsONJ9D6BEP4ocICOhvtbhjN8","+9GW/HaA5JnzdKaUazYYtCmA4okKbVM5kzN7VjvYq7A","7OWcAsn9x3UAvBtgY2B3vAqVNtbmMFLHJ9sRSIri3ow","9Kq031wQT11Diho7RgHkWWOhPEEAy6/ugyM25H9kecs","qQpFunr8vR35rvlqYUrLshBgcpmsdNrbtr1mryK+NNs","3.11.1","zDItF7nq1q7uSsEW+i+ALVJbTZc0P6yLitpFiBC0e0A","p7U481YwoX6oteFwOziQbaGJstYFQpe1ccf16B/JU6A","3O5APS80FsCnvq4v5Y2cpWRrtzrkfAQx1DkRoKhYGmI","AqVR/vqzdQ7/0OFWwlRGVHwjhoijL6veKZXJQcA6ZCM","6i0d4H+9J2cj1hy588j+RBXxIHszUVk6aYXo5DOOieA","vhJZ2wOuEsqMjNwadaP0qkdXlyXy5i9xAi9gSWkLZJg","q/bJqBPjxgCwlcz+D7jCHitBVt80Lpz06jTLV1mg/xw","tb9wCvx3WI2FODLRC3S6eTgRy+xBsC68LDmouZh6rN0","3.10.8","20221106","geru8MYzSfKW1sn+1rtv8/LynbZJ8HJTUeavFHQTzJA","BqL8f6ZkMBvyZXFEZQ0qZV8fJVeGG8VoQxXfDStU1nE","smF+zgEHDuqjf9X+rxtYNUNb1RUThiGOY4PPnuV7tNI","bI20SuDhjjIDILuqr9LWnN6L/qFxri1lG3mT0TliYLc","lsj1HiOhvYuaLZrcDiRX+nQGLxbSXS0NZZuKbJRjGCQ","EFPEyha9pxrp8qlzzIIRi55Bqm5CYwLZcJ2cdMYK9Q0","8j90SGjXDPLpWIqpYeloIGC2w9b1XGWmFQXiPEiVt+Q","yGGClRqC52FYhHagFVr+ma5K4QMOSo4ei8uOHUL2Mnw","3.8.15","5H7fss6vQ/xpniDBeexCi28+SXz44tzY6ck21LlrHlY","w8jCPjS920orkDM/8XBB80RAF3XVBXAPHO3bOtnVieA","3.9.15","Q2w1vYCavdAo84bMYjrgIMd+a1ROqspAUJg4fE2qREw","aj0lyyK2U1XdeTv7SDihalzYXtwH49rIzCKtrYYPLIk","ZTUJh2QPM4dtBypE0D5uOX3PXSUSgZvYdlyJLsXA8VM","zcOkz93NY7bOvddbFJcOAtjvCsW+TTUOV6td9WwZ6F4","YiJpVYOzKEX7vxfsSkOYESbODWuwi0eoyIUzluD16fc","tfviUXX0M41vW7bxPqbXFKQ3Omm00ZPFA36EJM5fU/s","W8RFI6UE0iDpr5rKoUG6msZ+L+mYgXy8qZsbzJqF080","agh2G7cluNOpIUT4Fij+vquLEjJsomT/4oJV+mfHvxc","3.10.7","20221002","rlrY/oTYsf0ub+L0emMsmhJEaGwSzpjN1KVTvh/aL54","qFkZ2jQ0Vc0i+MXPLnSEmCIq6S9NzY83o2b+xmhiLL4","98gDouzWPfyJIQ4bbf+wxQnyaA7JSE6CTC06FPkaeAM","wSya0rLHVGRUHYl8BSgBOt7Ni+WzCs9EEfd1lymEFxE","+0TRnI5NpdXEZ7a7/BsDUPp/rucUYvvWrD1pYzwrM0o","wCikyUUylzG+ZihRaKB0rC/H8l0oxbu5u7tTLUWoKrQ","ud3yE7oPaawgDdUOXSxqUkaDB6WEpk7+Qi71N/RGwNo","zj/ifmyjoOdaf087ZWjNG/lnIwpn5zOT6UojOA3drxA","3.8.14","TrU7zoMb9SaCBnV5wJzKzLZSTdRL1LgEdFTGm0gX9PA","vR6OCe3MqrgvvXW0VyBaB2hH1i4zVMPZtavphRgQR/w","3.9.14","O4WM1KGH24zR6u3d1f+AoHd4MJLKTYSXAJcSciD1XNQ","eYzZ0BmIX7LwAQojSHPr59415OuPxOK6HUDqMbarsL8","8UORvDtx2tyIVVdzJeOkmxfzUdQozEyq2LEha5DzrYA","5j0MAKSZ4CArp6D1POafym0wI3rzmvm8PHa85se/FNc","p4y4DKNy6pisoo0zoiCz/pF2HG2tr5L2RrgvO1aYIsE","U9PGNyZKVzF7MEqI3dQYRj/gs3uHRJXjrlWUC1xis2M","kuWp/VacCxwWGVji4dMZjLTie1JNAs8wCLJg26ZYlh8","VFKcCo/+Yh9cnGvdIpaMrJ0yB8vV3NnAe75hFAxJk34","3.10.6","20220802","5UeK3HOezW97dw5hP6DldX8T/py+s095kOVSKwWT1ts","JgFjD+9Beq6x2NB5SegfY5DkOc3So0fskCGHMbvSSyU","MnUz2ugzLuYe2H3Vt8/uMYiiWp/eZcPieGUYXLPnmys","VaohkNKNz99BTZbcXc6p/gSPrc1YPcOYH+wCCGmCYRE","SgzJ9bV8oe/zjQye5x84+b8o+8NNFQ7dSRSzK2moTxc","OLwCmxHe7TMJeq5+Gy5WtthfBt8kNV/2EFv4X7svy5s","3HeScr0jY6vaSop4T23qLdfYsths3Prl6JcN9uXfvXY","QH5ZUeOfVlKzK3K3FcSqdy3YwtoQZRYcWMMKH5dt0bI","3.8.13","+1ZmKcy19271bSdaP4AX1oPxwgxb611fOLFV7RHhYYc","iRtdew6Ta5imL2W8Cyj/9hypACElovweu5xy9rAFZxI","3.9.13","HhtSKpHtgFKHeTQnATdivI9sAkQBR+n6UwYxY2kwflg","MVqfvHXioFRSVO34l02IV37GRTfuBDIq0afOl1I1PzM","tMWpkIp35MrjeQH43yZVOAGG0OEHI5Amcu9eUpYJMHE","zhz8onFefmRt1hioy5uv+TAA40XMyXm4AfxszefOl98","N6zoFZqi9RV6vqLA2FRDTyHmZ2uQ7q9Y0xN3j2RUDKc","WaJBcfeUE5tB1Hs+c0yC0CvBGVakwJKj0o2UpdCrf1Q","kg/ZTUNSSVqATU7nJXZK50mbKcXxwV0RzEOAqHNJjb8","NS0ApGMNBmU4e8sViuw/bH/FpNFNZawm4bgm4gYRIi8","3.10.5","20220630","geDIVxdUcvYmQcSRhvY3zRo5HkdBtDr/9fVWiFEt4fE","Ri+I3oi0UL+A6OZgYQrf19DuLkCScOxAbjWECT0iYs4","yrJznvJ/y3kg37yZ5X8q7BJWFGpGRs8BSIxgomftnqM","Rg+Ho4m+KMlTwkxvlC8XL5zn8zE2e02victFC67dUdc","/fOt4/A/SnVfN42avqHp62pqP7GM5GINW3pssiOll0E","E3gjrMDZgXjDHOD3XO9fsNOFDtr2ks7S+rhO+Xd9LAE","df3b0PpSXZRV2rlyxW7IttOd3WLBKrONyoG1WLHnAzg","+N+4OIXRy8gv6/phMljB9pVOqI70PtfccQ1t8g7+zas","3.10.4","20220528","qU22h8GXrI/ZreJpX+k86do5KBjtUpgEWcJcfTm81z8","lvwToW33MK/q2MF4EuZeKq1T1k1X4xgO9Rac2gNfM+Q","ErXC8yXplJn6bXn7nO81YvinY1kXNT8qedTDCsUp56A","H4QjgIrYTA5WyOFMMmhcv7wRWeDZ+UOslG8p6Ezxte4","4ISWAL7mxYjxql9LC5NCKSz7brQN4McF9gvXHyK3E9A","KHXRA6g/+fn37C7D68Q9DonyBBbNcVuDtUGzP5HVmDI","g5+cuPGw4Os0cWSgQyP4MrlFCRujSCckMl0+7Rp12qs","dpn3bvibQ2tFLqzbq1CNo82UFGuimwmfXLbiUK+6MhA","3.9.12","20220502","cghSBYQ5SfeDySRa1CkCpjoA3TU2fx5epvSqcJsgKc4","u3AkQDML+M2FLPNnNaR+4QqjlBJxtdL5bNa/pqx6RrQ","el/K0JWtGDBJsvl1zVXv2KLOPk2JTuZ8tfoBGG9QID4","zMoS9pizuBDXnFLwBwePUg1YgjKja8Eu3pROw+pBeBY","U9rcEHzo0bpflMqH7b7vSFyKB7LA6UKpmnx+Fj+vtvQ","57qKeQoxlKCEfvCwm43YVCucLKaJsvTuTst3GkTqQfI","r90m5BirWi5eELQuuYx5uv18GYNj9wqthigma381Mqs","cpCsFOQ3Sa/bN9PJaQ8wD18HhvGZguiWBWbs3D5Cw+s","3.10.3","20220318","VrNgZs2lP7Nx2S52m33EsY3y2FeTCHGUYFLWvnJP684","wUIFwd6P68BRkMh53U4+rGfOmv2uli7AC9doJ5smKxg","BN8ZXTP4jOLhFgQWlR63cunGFSiq0dFcUI2f0RBB/Fk","uZiUEb7XG6SGdTjJkfILVfVJ3ZExkFcz8N+fP96BrR0","ZSFSMOrOvruHqh5W1Tn8F3CHACTc/a210OGDZcGzsKk","4V3NmO/d4knnwoV/gLkwkiRfhJXYIstsevMwillynCE","QSVwzwHfZlyEjazCE8ZFo8F6pQRbGAWobG2fotguuc4","BHYNhpI07o+AH+sI7cBCppZTIPbAp67fkuw1UB/vOyE","3.9.11","vZ2AgoPu9piC6ODCUp/kAMhgW3wI72TmedF2bBqH75U","nLWrZQ761uR1Am93gvhSCUqUA5ZrzB95UGWxpKM+Nis","jX7unAheCPPMbN9WvnzA3Io+JeBThWwakz77NSnAh94","BCnVzrCV1eJMKSvxo5IIuIriNqaA74+j4YMOOhp+iII","fXp0Wj1ureX9c1K0RMTJHOViotGIcW1plRVcLtXR4zc","6kOkpHPr+Zr097muHQDjvWxaKjKQluVldZDtXYI5A90","oefEVU0gDU+lDcQ82m2wIN+Z91uxBd18RBOcRNUED64","AgvL//Ftxc41qJh2O+PYR8l98uFNq/SDqOyIsEVf+XE","3.10.2","20220227","HL0XQk2Fj7s35hhL81X3KDCkfS4zpLjehy+oeqpJoV4","oRDcuc3KjOZVshVCewxforGjdLrf44+7V8+wzijbQ04","BJPomq5blbF/MJJALNe2UWSUytgXr/aMwpiKTAZa4as","m2TsoqlPev+UCa1wvap/u/gUhpJmLnZEAYg5V5Q2IN0","jHcgEKJ9f9Wj4nHINcN7c71BvASnN1I/EqOSC/chWYs","A6YRbqbb1dTmZ9S+wrUDLe79YEvAaJCM0QUyfEF9CQY","ImKryjkCe1LZazl8XTKFsHqT+v193lIpWHajMen7SMQ","0i2F9gsu+YK3R63aLRveSjLCPD2PZSwAzkRSZ1CFnk4","3.8.12","W+nG1h4ji5Df2UdVBRwNOi2AI+v/20sPpOj+3QmmyrY","mtIMUgwpHQgIfpr7Q5DzidK2bH/JfyP//BMT66/F/uA","3.9.10","+cawQSwHc+YEofldXbl/efmNlgvPDoUhXlM+pXNyEhY","XCOl8TNWrfzybSfffkiIXmNEieOiOD5nwBPD8ewuCC4","6XR3q50wtS+vfenjZP9QrPRJCij3v2+hGIf1om5W7JM","RVCJzFdr2aWNtF6RnR/IZ+zbsCCAZ9/8hFzJu/BwG3A","gxclHXSAufyLTwt227kbM5vFV2DMknFeZvkaMFU5ZJc","wqjvL9DywDM3HpMcJYhETFhys8H+fHh+ATnp7gMXfqY","Fi2lbAfzvseDw8ICsnTImrEV2ugqt3g7BEBMfjFbgZ8","1FOr90HDGW/8hHDz6mQEo+K1WyZ0pQG7eRYvBhIkI+U","cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20211017T1616.tar.zst","3.10.0","20211017","uomMuEmwLp9vVnoxUUNdX2uk3TliiQouRVA2d8a9IDw","cpython-{v}-x86_64-unknown-linux-gnu-debug-20211017T1616.tar.zst","dhPnfwxRRiFZk9k5vE9th0c+/RE2YtdN2I/izq/Uzew","3.9.7","M8tqSJVBi53it3D4q3LR/S2+u5V0eoH20YJMGQAGLfg","/vKSNOZUCzLKSDDDuI49uxjME7LQhEgY80+y6xgoGmk","cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210724T1424.tar.zst","3.8.11","20210724","KyePgf982LntMqIVDddrsIwKskkZV9PDqmCit5x0V+s","cpython-{v}-x86_64-unknown-linux-gnu-debug-20210724T1424.tar.zst","kIrecffQDDaNo03KuLCDRyIx4SqS6AqZ4G+DDbK7D8E","3.9.6","gGTbhTvOmrev5er98S+y4d98OUcfLOzbGpyErmp6F5M","INKAXw2cWnv/UN/lm7c9uQbUwGFrdCZPAG+CpoFkil4","cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210506T0943.tar.zst","3.8.10","20210506","rsjExTNzuQvn4hMQk8qiYGO+bZ2Cb1mck1wOEEKvM1U","cpython-{v}-x86_64-unknown-linux-gnu-debug-20210506T0943.tar.zst","5i65iu2xXc9IwqfTxMVCE/KqYCYDP7Hug9TNClsNolA","3.9.5","udYey0pJbeDlbqIJtLI6LjJgp+Ma2w+r89KLGXVIC1k","yymE+z+sHsmR1SCsQ7DF8pbd77oW7hLcR21mawMJiTI","cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210414T1515.tar.zst","3.8.9","20210415","vHiIXjX9caRLRGnVYlFFSh/kjdgSN0ua/p0d/B4A6a8","cpython-{v}-x86_64-unknown-linux-gnu-debug-20210414T1515.tar.zst","Dk9neciIBMHER2IeI4NfXyl8ysiWjS3378DJ4eyPNic","3.9.4","MLpNcZLn10t9izXksmYiV2qBCR4IFHFp2YnhX8iS6NU","NooQiV77LqNR+wq/g+aytpy0KWoLbZ9Iw5Qn9DrS/pg","cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210413T2055.tar.zst","3.9.3","20210414","PfLiotH1rQqFokWO2xyVO0nLzehIAYBtRqEl/kcbtBY","cpython-{v}-x86_64-unknown-linux-gnu-debug-20210413T2055.tar.zst","kMs2P3Z5QZMy2cRuEmyeFsBYf4Gow0HRqecFTE6BDcw","cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210327T1202.tar.zst","3.8.8","20210327","SJ0e6LyP0vJ2i8/0etu09fIe/lEvE99rk20vM8CZ4C4","cpython-{v}-x86_64-unknown-linux-gnu-debug-20210327T1202.tar.zst","V5D3UdwhCJPSi/PPoRU5GPxI/9c+kIDQCTwHj5Ik8N4","3.9.2","RVtjqJha2pl311RjNJvVj1bXIBaktjfHOrP+V22ytos","f8CwAk8MDHa9uePudSJTh9+JjBluRHPNzFRshn0zbBg","cpython-{v}-x86_64-unknown-linux-gnu-pgo-20210103T1125.tar.zst","3.8.7","20210103","1Xi1WDy5B+rCoCcH5vQ+4KOLBJH521uODyO08tMEImA","cpython-{v}-x86_64-unknown-linux-gnu-debug-20210103T1125.tar.zst","WOr8st/HqP8RWz1YiK/K2ml/8+ND6Rkz4l6olqPUmgg","3.9.1","z/WxD6tR+ed0u54PmHjxuicD0AVhjOCJmQXQodrDG0U","fhN25+LDChB3WvlK4Yf+shEkTeNo3mSKuq5sI1dACos","cpython-{v}-x86_64-unknown-linux-gnu-pgo-20201020T0627.tar.zst","3.8.6","20201020","eJ9Y7OOrTuWZ6f1/a9lmUVe6GlfcohBznfBofON1e1U","cpython-{v}-x86_64-unknown-linux-gnu-debug-20201020T0627.tar.zst","EjRM78Q9sBZ9ajhb2ifBAPZH5yUPHEP31KhnwLYpFh4","3.9.0","1monGTK3Y7aq02p/I+FSY9ZySNSCjvkLAnjelZk46tw","6uYaQp1WgiU8ckVuuK8vS9XwjeuvtNb9Ykh8QCExRME","cpython-{v}-x86_64-unknown-linux-gnu-pgo-20200823T0036.tar.zst","3.8.5","20200822","MIQduBSng3eAtxYbE62U5NpaVCXAVM7c6wcFKr8gxMI","cpython-{v}-x86_64-unknown-linux-gnu-debug-20200823T0036.tar.zst","ck68V4KybsxBoCLJcqZluUOPLVkjcO+eXcvOKQocSV0","cpython-{v}-x86_64-unknown-linux-gnu-pgo-20200518T0040.tar.zst","3.8.3","20200517","qa7g8L0viqsJs4aRXa6lCOZxOtQ6RfoTr+Q/0+Gx/Zs","cpython-{v}-x86_64-unknown-linux-gnu-debug-20200518T0040.tar.zst","a6mYiLqM2oVzsHIjjSFu14JA+FABrHh3/nF1TymwGJU","cpython-{v}-x86_64-unknown-linux-gnu-pgo-20200418T2243.tar.zst","3.8.2","20200418","x6pRtd6yIOIlSn4yrnEGdI1YVLl4di+OuDRoyJRtzbs","cpython-{v}-x86_64-unknown-linux-gnu-debug-20200418T2305.tar.zst","qb/vgpbS16fDSNm5aGI80KBwh2kYpFTD1Xq1cpn/hNQ","graalpy-3.10.0-linux-x86_64-gnu","https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-linux-amd64.tar.gz","24.0.2","UQqihNJY4wi/pNnfRA93OaLPl3y50qCHkmnZu+SF5aQ","graalpy-3.11.0-linux-x86_64-gnu","https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-linux-amd64.tar.gz","24.2.2","YEt6v2xYA4owhm5S2kOBivY7zZeQmvixqWUjx/DgFBQ","graalpy-3.12.0-linux-x86_64-gnu","https://github.com/oracle/graalpython/releases/download/graal-25.2.4/graalpy3.12-25.2.4-linux-amd64.tar.gz","25.2.4","s9B2aubVXaoV8NsfbIhDg9fuxQaxhtC6L3AlI6eP8o0","graalpy-3.8.5-linux-x86_64-gnu","https://github.com/oracle/graalpython/releases/download/vm-22.3.1/graalpy-22.3.1-linux-amd64.tar.gz","22.3.1","nvOIXIpJinDeU7xxQJ8+YPNunOXT10Wxc/7cyh9KvRI","pypy-3.10.16-linux-x86_64-gnu","https://downloads.python.org/pypy/pypy3.10-v7.3.19-linux64.tar.gz","7.3.19","q/uwW7NpHmlM+TB2NdFNCGbwqFQp34lYwRDj3haHBrQ","pypy-3.11.15-linux-x86_64-gnu","https://downloads.python.org/pypy/pypy3.11-v7.3.23-linux64.tar.gz","7.3.23","K8qwMc73o3/hkwtR9wkeeKGRrmP4DsoAomXTN4w6ZFs","pypy-3.8.16-linux-x86_64-gnu","https://downloads.python.org/pypy/pypy3.8-v7.3.11-linux64.tar.gz","7.3.11","LZdjl/a8lOAGf1za36FInfPJUkmq/tE6PX0uvifwrOs","pypy-3.9.19-linux-x86_64-gnu","https://downloads.python.org/pypy/pypy3.9-v7.3.16-linux64.tar.gz","7.3.16","lYhbhkxbFWDWrjvB/QCzcyysbbUyi+uc1CW/DN7g5bA"],"rows":[[0,1,2,3],[4,1,2,5],[6,1,2,7],[8,1,2,9],[10,1,2,11],[12,1,2,13],[14,1,2,15],[16,1,2,17],[0,18,2,19],[4,18,2,20],[6,18,2,21],[8,18,2,22],[10,18,2,23],[12,18,2,24],[14,18,2,25],[16,18,2,26],[0,27,2,28],[4,27,2,29],[6,27,2,30],[8,27,2,31],[10,27,2,32],[12,27,2,33],[14,27,2,34],[16,27,2,35],[0,36,2,37],[4,36,2,38],[6,36,2,39],[8,36,2,40],[10,36,2,41],[12,36,2,42],[14,36,2,43],[16,36,2,44],[45,36,2,46],[47,36,2,48],[49,36,2,50],[51,36,2,52],[53,36,2,54],[55,36,2,56],[57,36,2,58],[59,36,2,60],[0,61,2,62],[4,61,2,63],[6,61,2,64],[8,61,2,65],[10,61,2,66],[12,61,2,67],[14,61,2,68],[16,61,2,69],[45,61,2,70],[47,61,2,71],[49,61,2,72],[51,61,2,73],[53,61,2,74],[55,61,2,75],[57,61,2,76],[59,61,2,77],[0,78,2,79],[4,78,2,80],[6,78,2,81],[8,78,2,82],[10,78,2,83],[12,78,2,84],[14,78,2,85],[16,78,2,86],[45,78,2,87],[47,78,2,88],[49,78,2,89],[51,78,2,90],[53,78,2,91],[55,78,2,92],[57,78,2,93],[59,78,2,94],[0,95,96,97],[4,95,96,98],[6,95,96,99],[8,95,96,100],[10,95,96,101],[12,95,96,102],[14,95,96,103],[16,95,96,104],[0,105,96,106],[4,105,96,107],[6,105,96,108],[8,105,96,109],[10,105,96,110],[12,105,96,111],[14,105,96,112],[16,105,96,113],[0,114,96,115],[4,114,96,116],[6,114,96,117],[8,114,96,118],[10,114,96,119],[12,114,96,120],[14,114,96,121],[16,114,96,122],[0,123,124,125],[4,123,124,126],[6,123,124,127],[8,123,124,128],[10,123,124,129],[12,123,124,130],[14,123,124,131],[16,123,124,132],[45,123,124,133],[47,123,124,134],[49,123,124,135],[51,123,124,136],[53,123,124,137],[55,123,124,138],[57,123,124,139],[59,123,124,140],[0,141,142,143],[4,141,142,144],[6,141,142,145],[8,141,142,146],[10,141,142,147],[12,141,142,148],[14,141,142,149],[16,141,142,150],[45,141,142,151],[47,141,142,152],[49,141,142,153],[51,141,142,154],[53,141,142,155],[55,141,142,156],[57,141,142,157],[59,141,142,158],[0,159,160,161],[4,159,160,162],[6,159,160,163],[8,159,160,164],[10,159,160,165],[12,159,160,166],[14,159,160,167],[16,159,160,168],[45,159,160,169],[47,159,160,170],[49,159,160,171],[51,159,160,172],[53,159,160,173],[55,159,160,174],[57,159,160,175],[59,159,160,176],[0,177,178,179],[4,177,178,180],[6,177,178,181],[8,177,178,182],[10,177,178,183],[12,177,178,184],[14,177,178,185],[16,177,178,186],[45,177,178,187],[47,177,178,188],[49,177,178,189],[51,177,178,190],[53,177,178,191],[55,177,178,192],[57,177,178,193],[59,177,178,194],[0,195,196,197],[4,195,196,198],[6,195,196,199],[8,195,196,200],[10,195,196,201],[12,195,196,202],[14,195,196,203],[16,195,196,204],[45,195,196,205],[47,195,196,206],[49,195,196,207],[51,195,196,208],[53,195,196,209],[55,195,196,210],[57,195,196,211],[59,195,196,212],[0,213,214,215],[4,213,214,216],[6,213,214,217],[8,213,214,218],[10,213,214,219],[12,213,214,220],[14,213,214,221],[16,213,214,222],[45,213,214,223],[47,213,214,224],[49,213,214,225],[51,213,214,226],[53,213,214,227],[55,213,214,228],[57,213,214,229],[59,213,214,230],[0,231,214,232],[4,231,214,233],[6,231,214,234],[8,231,214,235],[10,231,214,236],[12,231,214,237],[14,231,214,238],[16,231,214,239],[45,231,214,240],[47,231,214,241],[49,231,214,242],[51,231,214,243],[53,231,214,244],[55,231,214,245],[57,231,214,246],[59,231,214,247],[0,248,249,250],[4,248,249,251],[6,248,249,252],[8,248,249,253],[10,248,249,254],[12,248,249,255],[14,248,249,256],[16,248,249,257],[45,248,249,258],[47,248,249,259],[49,248,249,260],[51,248,249,261],[53,248,249,262],[55,248,249,263],[57,248,249,264],[59,248,249,265],[0,266,267,268],[4,266,267,269],[6,266,267,270],[8,266,267,271],[10,266,267,272],[12,266,267,273],[14,266,267,274],[16,266,267,275],[45,266,267,276],[47,266,267,277],[49,266,267,278],[51,266,267,279],[53,266,267,280],[55,266,267,281],[57,266,267,282],[59,266,267,283],[0,284,285,286],[4,284,285,287],[6,284,285,288],[8,284,285,289],[10,284,285,290],[12,284,285,291],[14,284,285,292],[16,284,285,293],[45,284,285,294],[47,284,285,295],[49,284,285,296],[51,284,285,297],[53,284,285,298],[55,284,285,299],[57,284,285,300],[59,284,285,301],[0,302,303,304],[4,302,303,305],[6,302,303,306],[8,302,303,307],[10,302,303,308],[12,302,303,309],[14,302,303,310],[16,302,303,311],[45,302,303,312],[47,302,303,313],[49,302,303,314],[51,302,303,315],[53,302,303,316],[55,302,303,317],[57,302,303,318],[59,302,303,319],[0,320,321,322],[4,320,321,323],[6,320,321,324],[8,320,321,325],[10,320,321,326],[12,320,321,327],[14,320,321,328],[16,320,321,329],[45,320,321,330],[47,320,321,331],[49,320,321,332],[51,320,321,333],[53,320,321,334],[55,320,321,335],[57,320,321,336],[59,320,321,337],[0,338,321,339],[4,338,321,340],[6,338,321,341],[8,338,321,342],[10,338,321,343],[12,338,321,344],[14,338,321,345],[16,338,321,346],[45,338,321,347],[47,338,321,348],[49,338,321,349],[51,338,321,350],[53,338,321,351],[55,338,321,352],[57,338,321,353],[59,338,321,354],[0,355,321,356],[4,355,321,357],[6,355,321,358],[8,355,321,359],[10,355,321,360],[12,355,321,361],[14,355,321,362],[16,355,321,363],[45,355,321,364],[47,355,321,365],[49,355,321,366],[51,355,321,367],[53,355,321,368],[55,355,321,369],[57,355,321,370],[59,355,321,371],[0,372,373,374],[4,372,373,375],[6,372,373,376],[8,372,373,377],[10,372,373,378],[12,372,373,379],[14,372,373,380],[16,372,373,381],[382,372,373,383],[384,372,373,385],[386,372,373,387],[388,372,373,389],[53,372,373,390],[55,372,373,391],[57,372,373,392],[59,372,373,393],[0,394,395,396],[4,394,395,397],[6,394,395,398],[8,394,395,399],[10,394,395,400],[12,394,395,401],[14,394,395,402],[16,394,395,403],[0,404,395,405],[4,404,395,406],[6,404,395,407],[8,404,395,408],[10,404,395,409],[12,404,395,410],[14,404,395,411],[16,404,395,412],[0,413,395,414],[4,413,395,415],[6,413,395,416],[8,413,395,417],[10,413,395,418],[12,413,395,419],[14,413,395,420],[16,413,395,421],[0,422,423,424],[4,422,423,425],[6,422,423,426],[8,422,423,427],[10,422,423,428],[12,422,423,429],[14,422,423,430],[16,422,423,431],[382,422,423,432],[384,422,423,433],[386,422,423,434],[388,422,423,435],[53,422,423,436],[55,422,423,437],[57,422,423,438],[59,422,423,439],[0,440,441,442],[4,440,441,443],[6,440,441,444],[8,440,441,445],[10,440,441,446],[12,440,441,447],[14,440,441,448],[16,440,441,449],[382,440,441,450],[384,440,441,451],[386,440,441,452],[388,440,441,453],[53,440,441,454],[55,440,441,455],[57,440,441,456],[59,440,441,457],[0,458,441,459],[4,458,441,460],[6,458,441,461],[8,458,441,462],[10,458,441,463],[12,458,441,464],[14,458,441,465],[16,458,441,466],[382,458,441,467],[384,458,441,468],[386,458,441,469],[388,458,441,470],[53,458,441,471],[55,458,441,472],[57,458,441,473],[59,458,441,474],[0,475,476,477],[4,475,476,478],[6,475,476,479],[8,475,476,480],[10,475,476,481],[12,475,476,482],[14,475,476,483],[16,475,476,484],[382,475,476,485],[384,475,476,486],[386,475,476,487],[388,475,476,488],[53,475,476,489],[55,475,476,490],[57,475,476,491],[59,475,476,492],[0,493,494,495],[4,493,494,496],[6,493,494,497],[8,493,494,498],[10,493,494,499],[12,493,494,500],[14,493,494,501],[16,493,494,502],[382,493,494,503],[384,493,494,504],[386,493,494,505],[388,493,494,506],[53,493,494,507],[55,493,494,508],[57,493,494,509],[59,493,494,510],[0,511,512,513],[4,511,512,514],[6,511,512,515],[8,511,512,516],[10,511,512,517],[12,511,512,518],[14,511,512,519],[16,511,512,520],[382,511,512,521],[384,511,512,522],[386,511,512,523],[388,511,512,524],[53,511,512,525],[55,511,512,526],[57,511,512,527],[59,511,512,528],[0,529,530,531],[4,529,530,532],[6,529,530,533],[8,529,530,534],[10,529,530,535],[12,529,530,536],[14,529,530,537],[16,529,530,538],[382,529,530,539],[384,529,530,540],[386,529,530,541],[388,529,530,542],[53,529,530,543],[55,529,530,544],[57,529,530,545],[59,529,530,546],[0,547,530,548],[4,547,530,549],[6,547,530,550],[8,547,530,551],[10,547,530,552],[12,547,530,553],[14,547,530,554],[16,547,530,555],[382,547,530,556],[384,547,530,557],[386,547,530,558],[388,547,530,559],[53,547,530,560],[55,547,530,561],[57,547,530,562],[59,547,530,563],[0,564,565,566],[4,564,565,567],[6,564,565,568],[8,564,565,569],[10,564,565,570],[12,564,565,571],[14,564,565,572],[16,564,565,573],[382,564,565,574],[384,564,565,575],[386,564,565,576],[388,564,565,577],[53,564,565,578],[55,564,565,579],[57,564,565,580],[59,564,565,581],[0,582,565,583],[4,582,565,584],[6,582,565,585],[8,582,565,586],[10,582,565,587],[12,582,565,588],[14,582,565,589],[16,582,565,590],[382,582,565,591],[384,582,565,592],[386,582,565,593],[388,582,565,594],[53,582,565,595],[55,582,565,596],[57,582,565,597],[59,582,565,598],[0,599,600,601],[4,599,600,602],[6,599,600,603],[8,599,600,604],[10,599,600,605],[12,599,600,606],[14,599,600,607],[16,599,600,608],[382,599,600,609],[384,599,600,610],[386,599,600,611],[388,599,600,612],[53,599,600,613],[55,599,600,614],[57,599,600,615],[59,599,600,616],[0,617,600,618],[4,617,600,619],[6,617,600,620],[8,617,600,621],[10,617,600,622],[12,617,600,623],[14,617,600,624],[16,617,600,625],[0,626,627,628],[4,626,627,629],[6,626,627,630],[8,626,627,631],[10,626,627,632],[12,626,627,633],[14,626,627,634],[16,626,627,635],[0,636,637,638],[4,636,637,639],[6,636,637,640],[8,636,637,641],[10,636,637,642],[12,636,637,643],[14,636,637,644],[16,636,637,645],[382,636,637,646],[384,636,637,647],[386,636,637,648],[388,636,637,649],[53,636,637,650],[55,636,637,651],[57,636,637,652],[59,636,637,653],[0,654,655,656],[4,654,655,657],[6,654,655,658],[8,654,655,659],[10,654,655,660],[12,654,655,661],[14,654,655,662],[16,654,655,663],[0,664,655,665],[4,664,655,666],[6,664,655,667],[8,664,655,668],[10,664,655,669],[12,664,655,670],[14,664,655,671],[16,664,655,672],[0,673,655,674],[4,673,655,675],[6,673,655,676],[8,673,655,677],[10,673,655,678],[12,673,655,679],[14,673,655,680],[16,673,655,681],[0,682,655,683],[4,682,655,684],[6,682,655,685],[8,682,655,686],[10,682,655,687],[12,682,655,688],[14,682,655,689],[16,682,655,690],[0,691,692,693],[4,691,692,694],[6,691,692,695],[8,691,692,696],[10,691,692,697],[12,691,692,698],[14,691,692,699],[16,691,692,700],[382,691,692,701],[384,691,692,702],[386,691,692,703],[388,691,692,704],[53,691,692,705],[55,691,692,706],[57,691,692,707],[59,691,692,708],[0,709,692,710],[4,709,692,711],[6,709,692,712],[8,709,692,713],[10,709,692,714],[12,709,692,715],[14,709,692,716],[16,709,692,717],[382,709,692,718],[384,709,692,719],[386,709,692,720],[388,709,692,721],[53,709,692,722],[55,709,692,723],[57,709,692,724],[59,709,692,725],[0,726,727,728],[4,726,727,729],[6,726,727,730],[8,726,727,731],[10,726,727,732],[12,726,727,733],[14,726,727,734],[16,726,727,735],[382,726,727,736],[384,726,727,737],[386,726,727,738],[388,726,727,739],[53,726,727,740],[55,726,727,741],[57,726,727,742],[59,726,727,743],[0,744,745,746],[4,744,745,747],[6,744,745,748],[8,744,745,749],[10,744,745,750],[12,744,745,751],[14,744,745,752],[16,744,745,753],[382,744,745,754],[384,744,745,755],[386,744,745,756],[388,744,745,757],[53,744,745,758],[55,744,745,759],[57,744,745,760],[59,744,745,761],[0,762,763,764],[4,762,763,765],[6,762,763,766],[8,762,763,767],[10,762,763,768],[12,762,763,769],[14,762,763,770],[16,762,763,771],[382,762,763,772],[384,762,763,773],[386,762,763,774],[388,762,763,775],[53,762,763,776],[55,762,763,777],[57,762,763,778],[59,762,763,779],[0,780,781,782],[4,780,781,783],[6,780,781,784],[8,780,781,785],[10,780,781,786],[12,780,781,787],[14,780,781,788],[16,780,781,789],[382,780,781,790],[384,780,781,791],[386,780,781,792],[388,780,781,793],[53,780,781,794],[55,780,781,795],[57,780,781,796],[59,780,781,797],[0,798,799,800],[4,798,799,801],[6,798,799,802],[8,798,799,803],[10,798,799,804],[12,798,799,805],[14,798,799,806],[16,798,799,807],[382,798,799,808],[384,798,799,809],[386,798,799,810],[388,798,799,811],[53,798,799,812],[55,798,799,813],[57,798,799,814],[59,798,799,815],[0,816,817,818],[4,816,817,819],[6,816,817,820],[8,816,817,821],[10,816,817,822],[12,816,817,823],[14,816,817,824],[16,816,817,825],[382,816,817,826],[384,816,817,827],[386,816,817,828],[388,816,817,829],[53,816,817,830],[55,816,817,831],[57,816,817,832],[59,816,817,833],[0,834,835,836],[4,834,835,837],[6,834,835,838],[8,834,835,839],[10,834,835,840],[12,834,835,841],[14,834,835,842],[16,834,835,843],[382,834,835,844],[384,834,835,845],[386,834,835,846],[388,834,835,847],[53,834,835,848],[55,834,835,849],[57,834,835,850],[59,834,835,851],[0,852,853,854],[4,852,853,855],[6,852,853,856],[8,852,853,857],[10,852,853,858],[12,852,853,859],[14,852,853,860],[16,852,853,861],[382,852,853,862],[384,852,853,863],[386,852,853,864],[388,852,853,865],[53,852,853,866],[55,852,853,867],[57,852,853,868],[59,852,853,869],[0,870,871,872],[4,870,871,873],[6,870,871,874],[8,870,871,875],[10,870,871,876],[12,870,871,877],[14,870,871,878],[16,870,871,879],[382,870,871,880],[384,870,871,881],[386,870,871,882],[388,870,871,883],[53,870,871,884],[55,870,871,885],[57,870,871,886],[59,870,871,887],[0,888,889,890],[4,888,889,891],[6,888,889,892],[8,888,889,893],[10,888,889,894],[12,888,889,895],[14,888,889,896],[16,888,889,897],[0,898,889,899],[4,898,889,900],[6,898,889,901],[8,898,889,902],[10,898,889,903],[12,898,889,904],[14,898,889,905],[16,898,889,906],[0,907,889,908],[4,907,889,909],[6,907,889,910],[8,907,889,911],[10,907,889,912],[12,907,889,913],[14,907,889,914],[16,907,889,915],[0,916,889,917],[4,916,889,918],[6,916,889,919],[8,916,889,920],[10,916,889,921],[12,916,889,922],[14,916,889,923],[16,916,889,924],[382,916,889,925],[384,916,889,926],[386,916,889,927],[388,916,889,928],[53,916,889,929],[55,916,889,930],[57,916,889,931],[59,916,889,932],[0,933,889,934],[4,933,889,935],[6,933,889,936],[8,933,889,937],[10,933,889,938],[12,933,889,939],[14,933,889,940],[16,933,889,941],[382,933,889,942],[384,933,889,943],[386,933,889,944],[388,933,889,945],[53,933,889,946],[55,933,889,947],[57,933,889,948],[59,933,889,949],[0,950,889,951],[4,950,889,952],[6,950,889,953],[8,950,889,954],[10,950,889,955],[12,950,889,956],[14,950,889,957],[16,950,889,958],[0,959,960,961],[4,959,960,962],[6,959,960,963],[8,959,960,964],[10,959,960,965],[12,959,960,966],[14,959,960,967],[16,959,960,968],[382,959,960,969],[384,959,960,970],[386,959,960,971],[388,959,960,972],[53,959,960,973],[55,959,960,974],[57,959,960,975],[59,959,960,976],[0,977,978,979],[4,977,978,980],[6,977,978,981],[8,977,978,982],[10,977,978,983],[12,977,978,984],[14,977,978,985],[16,977,978,986],[0,987,978,988],[4,987,978,989],[6,987,978,990],[8,987,978,991],[10,987,978,992],[12,987,978,993],[14,987,978,994],[16,987,978,995],[0,996,978,997],[4,996,978,998],[6,996,978,999],[8,996,978,1000],[10,996,978,1001],[12,996,978,1002],[14,996,978,1003],[16,996,978,1004],[0,1005,978,1006],[4,1005,978,1007],[6,1005,978,1008],[8,1005,978,1009],[10,1005,978,1010],[12,1005,978,1011],[14,1005,978,1012],[16,1005,978,1013],[382,1005,978,1014],[384,1005,978,1015],[386,1005,978,1016],[388,1005,978,1017],[53,1005,978,1018],[55,1005,978,1019],[57,1005,978,1020],[59,1005,978,1021],[0,1022,978,1023],[4,1022,978,1024],[6,1022,978,1025],[8,1022,978,1026],[10,1022,978,1027],[12,1022,978,1028],[14,1022,978,1029],[16,1022,978,1030],[0,1031,1032,1033],[4,1031,1032,1034],[6,1031,1032,1035],[8,1031,1032,1036],[10,1031,1032,1037],[12,1031,1032,1038],[14,1031,1032,1039],[16,1031,1032,1040],[382,1031,1032,1041],[384,1031,1032,1042],[386,1031,1032,1043],[388,1031,1032,1044],[53,1031,1032,1045],[55,1031,1032,1046],[57,1031,1032,1047],[59,1031,1032,1048],[0,1049,1050,1051],[4,1049,1050,1052],[6,1049,1050,1053],[8,1049,1050,1054],[10,1049,1050,1055],[12,1049,1050,1056],[14,1049,1050,1057],[16,1049,1050,1058],[382,1049,1050,1059],[384,1049,1050,1060],[386,1049,1050,1061],[388,1049,1050,1062],[53,1049,1050,1063],[55,1049,1050,1064],[57,1049,1050,1065],[59,1049,1050,1066],[0,1067,1068,1069],[4,1067,1068,1070],[6,1067,1068,1071],[8,1067,1068,1072],[10,1067,1068,1073],[12,1067,1068,1074],[14,1067,1068,1075],[16,1067,1068,1076],[0,1077,1068,1078],[4,1077,1068,1079],[6,1077,1068,1080],[8,1077,1068,1081],[10,1077,1068,1082],[12,1077,1068,1083],[14,1077,1068,1084],[16,1077,1068,1085],[382,1077,1068,1086],[384,1077,1068,1087],[386,1077,1068,1088],[388,1077,1068,1089],[53,1077,1068,1090],[55,1077,1068,1091],[57,1077,1068,1092],[59,1077,1068,1093],[0,1094,1095,1096],[4,1094,1095,1097],[6,1094,1095,1098],[8,1094,1095,1099],[10,1094,1095,1100],[12,1094,1095,1101],[14,1094,1095,1102],[16,1094,1095,1103],[382,1094,1095,1104],[384,1094,1095,1105],[386,1094,1095,1106],[388,1094,1095,1107],[53,1094,1095,1108],[55,1094,1095,1109],[57,1094,1095,1110],[59,1094,1095,1111],[0,1112,1113,1114],[4,1112,1113,1115],[6,1112,1113,1116],[8,1112,1113,1117],[10,1112,1113,1118],[12,1112,1113,1119],[14,1112,1113,1120],[16,1112,1113,1121],[0,1122,1113,1123],[4,1122,1113,1124],[6,1122,1113,1125],[8,1122,1113,1126],[10,1122,1113,1127],[12,1122,1113,1128],[14,1122,1113,1129],[16,1122,1113,1130],[0,1131,1113,1132],[4,1131,1113,1133],[6,1131,1113,1134],[8,1131,1113,1135],[10,1131,1113,1136],[12,1131,1113,1137],[14,1131,1113,1138],[16,1131,1113,1139],[0,1140,1113,1141],[4,1140,1113,1142],[6,1140,1113,1143],[8,1140,1113,1144],[10,1140,1113,1145],[12,1140,1113,1146],[14,1140,1113,1147],[16,1140,1113,1148],[382,1140,1113,1149],[384,1140,1113,1150],[1151,1140,1113,1152],[388,1140,1113,1153],[53,1140,1113,1154],[55,1140,1113,1155],[57,1140,1113,1156],[59,1140,1113,1157],[0,1158,1113,1159],[4,1158,1113,1160],[6,1158,1113,1161],[8,1158,1113,1162],[10,1158,1113,1163],[12,1158,1113,1164],[14,1158,1113,1165],[16,1158,1113,1166],[0,1167,1168,1169],[4,1167,1168,1170],[6,1167,1168,1171],[8,1167,1168,1172],[10,1167,1168,1173],[12,1167,1168,1174],[14,1167,1168,1175],[16,1167,1168,1176],[8,1177,1168,1178],[16,1177,1168,1179],[0,1180,1181,1182],[4,1180,1181,1183],[6,1180,1181,1184],[8,1180,1181,1185],[10,1180,1181,1186],[12,1180,1181,1187],[14,1180,1181,1188],[16,1180,1181,1189],[0,1190,1181,1191],[4,1190,1181,1192],[6,1190,1181,1193],[8,1190,1181,1194],[10,1190,1181,1195],[12,1190,1181,1196],[14,1190,1181,1197],[16,1190,1181,1198],[0,1199,1200,1201],[4,1199,1200,1202],[6,1199,1200,1203],[8,1199,1200,1204],[10,1199,1200,1205],[12,1199,1200,1206],[14,1199,1200,1207],[16,1199,1200,1208],[0,1209,1200,1210],[4,1209,1200,1211],[6,1209,1200,1212],[8,1209,1200,1213],[10,1209,1200,1214],[12,1209,1200,1215],[14,1209,1200,1216],[16,1209,1200,1217],[0,1218,1200,1219],[4,1218,1200,1220],[6,1218,1200,1221],[8,1218,1200,1222],[10,1218,1200,1223],[12,1218,1200,1224],[14,1218,1200,1225],[16,1218,1200,1226],[8,1227,1200,1228],[16,1227,1200,1229],[0,1230,1200,1231],[4,1230,1200,1232],[6,1230,1200,1233],[8,1230,1200,1234],[10,1230,1200,1235],[12,1230,1200,1236],[14,1230,1200,1237],[16,1230,1200,1238],[0,1239,1240,1241],[4,1239,1240,1242],[6,1239,1240,1243],[8,1239,1240,1244],[10,1239,1240,1245],[12,1239,1240,1246],[14,1239,1240,1247],[16,1239,1240,1248],[1249,1250,1251,1252],[1253,1250,1251,1254],[1255,1250,1251,1256],[1257,1250,1251,1258],[10,1250,1251,1259],[12,1250,1251,1260],[14,1250,1251,1261],[16,1250,1251,1262],[1249,1263,1264,1265],[1253,1263,1264,1266],[1255,1263,1264,1267],[1257,1263,1264,1268],[10,1263,1264,1269],[12,1263,1264,1270],[14,1263,1264,1271],[16,1263,1264,1272],[1249,1273,1264,1274],[1253,1273,1264,1275],[1255,1273,1264,1276],[1257,1273,1264,1277],[10,1273,1264,1278],[12,1273,1264,1279],[14,1273,1264,1280],[16,1273,1264,1281],[1249,1282,1264,1283],[1253,1282,1264,1284],[1255,1282,1264,1285],[1257,1282,1264,1286],[10,1282,1264,1287],[12,1282,1264,1288],[14,1282,1264,1289],[16,1282,1264,1290],[1257,1291,1264,1292],[16,1291,1264,1293],[1249,1294,1264,1295],[1253,1294,1264,1296],[1255,1294,1264,1297],[1257,1294,1264,1298],[10,1294,1264,1299],[12,1294,1264,1300],[14,1294,1264,1301],[16,1294,1264,1302],[1249,1303,1304,1305],[1253,1303,1304,1306],[1255,1303,1304,1307],[1257,1303,1304,1308],[10,1303,1304,1309],[12,1303,1304,1310],[14,1303,1304,1311],[16,1303,1304,1312],[1249,1313,1304,1314],[1253,1313,1304,1315],[1255,1313,1304,1316],[1257,1313,1304,1317],[10,1313,1304,1318],[12,1313,1304,1319],[14,1313,1304,1320],[16,1313,1304,1321],[1249,1322,1323,1324],[1253,1322,1323,1325],[1255,1322,1323,1326],[1257,1322,1323,1327],[10,1322,1323,1328],[12,1322,1323,1329],[14,1322,1323,1330],[16,1322,1323,1331],[1249,1332,1323,1333],[1253,1332,1323,1334],[1255,1332,1323,1335],[1257,1332,1323,1336],[10,1332,1323,1337],[12,1332,1323,1338],[14,1332,1323,1339],[16,1332,1323,1340],[1249,1341,1342,1343],[1253,1341,1342,1344],[1255,1341,1342,1345],[1257,1341,1342,1346],[10,1341,1342,1347],[12,1341,1342,1348],[14,1341,1342,1349],[16,1341,1342,1350],[1257,1351,1342,1352],[16,1351,1342,1353],[1249,1354,1355,1356],[1253,1354,1355,1357],[1255,1354,1355,1358],[1257,1354,1355,1359],[10,1354,1355,1360],[12,1354,1355,1361],[14,1354,1355,1362],[16,1354,1355,1363],[1249,1364,1355,1365],[1253,1364,1355,1366],[1255,1364,1355,1367],[1257,1364,1355,1368],[10,1364,1355,1369],[12,1364,1355,1370],[14,1364,1355,1371],[16,1364,1355,1372],[1257,1373,1355,1374],[16,1373,1355,1375],[1249,1376,1355,1377],[1253,1376,1355,1378],[1255,1376,1355,1379],[1257,1376,1355,1380],[10,1376,1355,1381],[12,1376,1355,1382],[14,1376,1355,1383],[16,1376,1355,1384],[1249,1385,1386,1387],[1253,1385,1386,1388],[1255,1385,1386,1389],[1257,1385,1386,1390],[10,1385,1386,1391],[12,1385,1386,1392],[14,1385,1386,1393],[16,1385,1386,1394],[1249,1395,1386,1396],[1253,1395,1386,1397],[1255,1395,1386,1398],[1257,1395,1386,1399],[10,1395,1386,1400],[12,1395,1386,1401],[14,1395,1386,1402],[16,1395,1386,1403],[1249,1404,1386,1405],[1253,1404,1386,1406],[1255,1404,1386,1407],[1257,1404,1386,1408],[10,1404,1386,1409],[12,1404,1386,1410],[14,1404,1386,1411],[16,1404,1386,1412],[1249,1413,1414,1415],[1253,1413,1414,1416],[1255,1413,1414,1417],[1257,1413,1414,1418],[10,1413,1414,1419],[12,1413,1414,1420],[14,1413,1414,1421],[16,1413,1414,1422],[1249,1423,1414,1424],[1253,1423,1414,1425],[1255,1423,1414,1426],[1257,1423,1414,1427],[10,1423,1414,1428],[12,1423,1414,1429],[14,1423,1414,1430],[16,1423,1414,1431],[1249,1432,1433,1434],[1253,1432,1433,1435],[1255,1432,1433,1436],[1257,1432,1433,1437],[10,1432,1433,1438],[12,1432,1433,1439],[14,1432,1433,1440],[16,1432,1433,1441],[1257,1442,1433,1443],[16,1442,1433,1444],[1249,1445,1433,1446],[1253,1445,1433,1447],[1255,1445,1433,1448],[1257,1445,1433,1449],[10,1445,1433,1450],[12,1445,1433,1451],[14,1445,1433,1452],[16,1445,1433,1453],[1249,1454,1455,1456],[1253,1454,1455,1457],[1255,1454,1455,1458],[1257,1454,1455,1459],[10,1454,1455,1460],[12,1454,1455,1461],[14,1454,1455,1462],[16,1454,1455,1463],[1257,1464,1455,1465],[16,1464,1455,1466],[1249,1467,1455,1468],[1253,1467,1455,1469],[1255,1467,1455,1470],[1257,1467,1455,1471],[10,1467,1455,1472],[12,1467,1455,1473],[14,1467,1455,1474],[16,1467,1455,1475],[1249,1476,1477,1478],[1253,1476,1477,1479],[1255,1476,1477,1480],[1257,1476,1477,1481],[10,1476,1477,1482],[12,1476,1477,1483],[14,1476,1477,1484],[16,1476,1477,1485],[1257,1486,1477,1487],[16,1486,1477,1488],[1249,1489,1477,1490],[1253,1489,1477,1491],[1255,1489,1477,1492],[1257,1489,1477,1493],[10,1489,1477,1494],[12,1489,1477,1495],[14,1489,1477,1496],[16,1489,1477,1497],[1249,1498,1499,1500],[1253,1498,1499,1501],[1255,1498,1499,1502],[1257,1498,1499,1503],[10,1498,1499,1504],[12,1498,1499,1505],[14,1498,1499,1506],[16,1498,1499,1507],[1249,1508,1509,1510],[1253,1508,1509,1511],[1255,1508,1509,1512],[1257,1508,1509,1513],[10,1508,1509,1514],[12,1508,1509,1515],[14,1508,1509,1516],[16,1508,1509,1517],[1249,1518,1519,1520],[1253,1518,1519,1521],[1255,1518,1519,1522],[1257,1518,1519,1523],[10,1518,1519,1524],[12,1518,1519,1525],[14,1518,1519,1526],[16,1518,1519,1527],[1249,1528,1529,1530],[1253,1528,1529,1531],[1255,1528,1529,1532],[1257,1528,1529,1533],[10,1528,1529,1534],[12,1528,1529,1535],[14,1528,1529,1536],[16,1528,1529,1537],[1249,1538,1529,1539],[1253,1538,1529,1540],[1255,1538,1529,1541],[1257,1538,1529,1542],[10,1538,1529,1543],[12,1538,1529,1544],[14,1538,1529,1545],[16,1538,1529,1546],[1249,1547,1548,1549],[1253,1547,1548,1550],[1255,1547,1548,1551],[1257,1547,1548,1552],[10,1547,1548,1553],[12,1547,1548,1554],[14,1547,1548,1555],[16,1547,1548,1556],[1257,1557,1548,1558],[16,1557,1548,1559],[1249,1560,1548,1561],[1253,1560,1548,1562],[1255,1560,1548,1563],[1257,1560,1548,1564],[10,1560,1548,1565],[12,1560,1548,1566],[14,1560,1548,1567],[16,1560,1548,1568],[1569,1570,1571,1572],[1573,1570,1571,1574],[1569,1575,1571,1576],[1573,1575,1571,1577],[1578,1579,1580,1581],[1582,1579,1580,1583],[1578,1584,1580,1585],[1582,1584,1580,1586],[1587,1588,1589,1590],[1591,1588,1589,1592],[1587,1593,1589,1594],[1591,1593,1589,1595],[1596,1597,1598,1599],[1600,1597,1598,1601],[1596,1602,1598,1603],[1600,1602,1598,1604],[1605,1606,1607,1608],[1609,1606,1607,1610],[1611,1612,1613,1614],[1615,1612,1613,1616],[1611,1617,1613,1618],[1615,1617,1613,1619],[1620,1621,1622,1623],[1624,1621,1622,1625],[1620,1626,1622,1627],[1624,1626,1622,1628],[1629,1630,1631,1632],[1633,1630,1631,1634],[1629,1635,1631,1636],[1633,1635,1631,1637],[1638,1639,1640,1641],[1642,1639,1640,1643],[1644,1645,1646,1647],[1648,1645,1646,1649],[1650,1651,1652,1653],[1654,1651,1652,1655]],"others":[[1656,1657,1658,1659],[1660,1661,1662,1663],[1664,1665,1666,1667],[1668,1669,1670,1671],[1672,1673,1674,1675],[1676,1677,1678,1679],[1680,1681,1682,1683],[1684,1685,1686,1687]]}', "linux-x86_64-musl": '{"strings":["cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-install_only_stripped.tar.gz","3.10.21","20260814","85VkUhzRTaWzic5oJUEDPVZ7GsSf7Morak1NYobCN9U","cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-install_only_stripped.tar.gz","ZLocifHyxOdfSDJ74Vs08pZyW2qdstUJStYXlhOspEg","cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-install_only_stripped.tar.gz","Me7wndTGWvI0INgrjwMw64yMG022V/3CCXsVg8wqymc","cpython-{v}+{b}-x86_64-unknown-linux-musl-install_only_stripped.tar.gz","Bb3diUL03+xF43yM1yyLYyPixwFb5uH1CZBHYkMJV/w","cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-debug-full.tar.zst","ghaZFdj/1KsRdJWnmyglCAMyJVy+Zlj1q0YxyFYmgAA","cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-debug-full.tar.zst","hhRNQK1TqmVeZnhijNEn1XooOW1e9hYXdMvaY5mcCkI","cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-debug-full.tar.zst","HpixHOWsAs4mdfZAic36sAtObswJxGNHETPkH6RkcjE","cpython-{v}+{b}-x86_64-unknown-linux-musl-debug-full.tar.zst","0eUErMws1tgNQqKmc101tyyjN35BToe9oRNX/D2NZVI","3.11.16","X8KFh5kM+sc19ktC/YKsVy7z15j3Y4viPqGeUSYmpOc","8Hb47M4eWc0Ug87piFk60r0xK0XyKIVUQBcxg8dvP9A","jIzCKZfithyYA4jgqiK2uvHm+dYwEEal295WfgjylVs","iv9Np3faDBCEauYC23HOBBn09wtG6zDytce/j7DbW7o","T8QKwWnPDra4PLdydWZCJcrvY8FzgnkfYjKCl5peOF4","pp9l5asZs1XNP4VYfvnO7b6k22IBLWIj7uvrc7q5kmE","yHczc0Tm2L2eYd8GEf8TAUIJHztd+1YxU2C6ZArbzyI","lU79nyBXpp22F9e2ZJuRKOIhDdDeNUcnrcyhzGScBCE","3.12.14","Ix1cTSzNsqIn+FW6PaPVMVA3QtEo34a4njgoCfkglXU","I4waH+pXF9zYFLbu4mwg25YD/qsd3jJiG1xyOEhBOZg","2l1eA/kgh7ow/teb3H0mx2SAnt9ZE78T0Eedz2Sz9sQ","Ja2/nYZa2oHHKLqe5s0EJza2tG3NOoiRmAONoE7tnEo","QHSlW0ZwGTcQ+AFTBYZ9rOg/W+FE2rx15s7QH+wFQNU","8HTt+1lzM/7TRHhWorgmZ6NUltsB9NcBZgUOKfleldw","To2DsXawReKWcbM1DeNiLe6hoFF5U8RE9H3dBqnJsOw","g1V3nWHAXGjNnfF8hthINhD7sMknfMfvS3pvVkm+640","3.13.15","xEXGAt7KB8qjSojUI5UodcYgysEGR0iepWI9LBcjje4","G6VDNGSFQreA1n/87Qud417pmr1eTIKQBADBq0pAT1o","dg1m1xIi146e1biNJ086AJNSwqsHKuHoG9gu1DtwX4U","zsFhlpy9YPMGw2YGZwGnqy1At4cY59NyKByr5XQ0I+Y","cb0c4b3O+YA/HhjbXxXJ40yu8L18KLIoBFMMeTCLT+E","m2yeChDqICxvDsG4usY1Lyx5xTlbzHxPDhC8nvKZZjs","9E4jEuO2+hhxlQ+9jihaq9QObJukK/WqxG7lTmv/c9E","69CeG0ldScfXzsUD3z1IO8vrOa95lXzoJNGMozB+seM","cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz","ilGYyzdScVLbinGDTb6B4BKrNQqao+H+2ghZVicLtlM","cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz","FhFn8KtVKMHY30Qz+/D8KpeXJfJ53Ek5oyVynaPgYuI","cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz","CUdyLxsPS9m2s088wv+0ycOUypNE6gKupDmLGHUX9lI","cpython-{v}+{b}-x86_64-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz","XzSgmKc2GDCbejNSGcwjTi+5qsINnc9K3oCKfcRfBFQ","cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-freethreaded+debug-full.tar.zst","ykEIQ9IQHCog8BGBdR3Zfh7KiJ1if+mzG68N282tZrg","cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-freethreaded+debug-full.tar.zst","NKMUNx5jM8ueiecpSaqSyy9NOjIWtMTzUZVLvaeLtt0","cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-freethreaded+debug-full.tar.zst","Hh2E1sNu4WISbmlkWpeXh6BZ8YhoWm7GpX3fI9vRzPw","cpython-{v}+{b}-x86_64-unknown-linux-musl-freethreaded+debug-full.tar.zst","Q0WiI5JdOkQs8F4bIu/GkWPQJ3xq7kqNL8S/kDuJROk","3.14.7","vd2KkbrjlAuDwK7ku6tgqt6DI6MfiYuDqeukgVUgJZQ","AXBlz0WjQbhQjx0ltxPhOmIR3lhvD6EI9Afo+bgEYqM","v+uZcZBejQIk39h3djRGSk6er4/j9DzhNEG93LazNuc","2SeT58dfiODr/j9tyagLFXHih1N5OMU2sHxg+cI9Y2A","XGwljBdhDF8ryW6TYubv5iTBjoRcXYe3HXix//abkkM","op5GB0T0i59s39I96PiexSSz5h66NzAK0cZiz5XVw9Y","D+maV5tADAJXz7WxkHyrGW2BaXYOKVdHTULmXJKYFKw","tzRPn0EZZKdZqy8tPMxrdUAyB+xeC/z5SJy+em0tHxA","Yqbf3PDoMemNCCLqjUpBcxr44CJ05K+6i/FQjSDl1yA","eytMX9luVg9lQdN07TNHJVfNKaJkwQ0imIhTFKttdgA","+wpD+kEwAd2NnHYWJny/mESewkAD4xjb5+IyCg0XMDc","NDtHr1XkOlv2ojzo05bI5zdJwAkRZhyeMzBx4c59VUk","Q6sVby0jeXBde1UBrvXuhq1VtOLSeeVFy9xNAJjO4F8","bliMMXEnX347dhY1IQw/3g7sY/Iqu9JIuMSvoJkgM7U","3erlkT1YUxBH1UdvWlprIl/YDBeB7H/DfnfKrTS3lIY","yA+WFEkZ/XEjgRMPazPwUkAbBa+qPfbL/XGfMxoWfm4","3.15.0rc1","0LTkXgoNTQdg4k4SWyXSzGAjyX5GTvnrZFlQr3ZIEY0","04mxBpuU4V9PIlUxmYJRyJlLd8c6s1kObNTDJhZ03SU","hBYzEIS/OUFws3bH9q7LQkXhtCsQLyH77lQ+2Xg6aUs","TsW0ShEFqUzyxOXbtGPkvN7d/XsoHE6XhyevKjXWGoQ","xtzmleAN/EnnIVGoXx1wS7GdOAdq+hqwUFO4LLx1Lw0","VndF7lsqqmFxv2VnWp0C4AnUdQO6qKWPMN5Fwe9uPRI","P2ZDF2EWgKvz5t/g6MXyau9GLlhwQeme2rgAq+CxBpY","A1avgFSeisumYU/e1FgPB4lWgCA9FCookc9QUYKNxDs","ykKOn9+Y/Ps+l4r0nFAbZ8Kv0WybEYkoAJL52TtZpdE","GizzSbE5J2DkUknAGIDIo2d0BzZmeRvBTbRpD2Wm9DQ","hAOZGw6Nh6JauM64QS6yC2y+pefwRIOitSUK5GsZAa0","qduBnEXx97ANyWu1e8avsUAo1en499shaHMpHgxcbyE","vyNuFyhHuAqzE+0TWI8j/2gu3UnJjnv6D/Q4TQ1Zp7U","zRHNsnp0OPnOqYKrAWd1gFmj61k78osipv2gUTvqA8c","Rns81LFZadQTa6zKPpj06LQmWgJAOovV+j6jrOSzqpE","ddDNzslw8e52nwHOTWgmf2mojylPMmB/Y9MNjhqCTlI","3.10.20","20260807","18xEYpOsHwbcoE/E2YR3Ld75t8+yUuTsfG0ySHFZofU","fLRZnoGM1+CCC2jIBuhhyyzcQtfqFUP7WD7sVoG4W54","n/4HI388FsW1+sdOwNZ6m00WzUVCbDCWQm/9mJ1mAAk","T3ouH3KfEQhaikQ+wiZfz6VnvaugVxUFGC27a8lSmmc","dt0vIFh0St//OlxkD/9Q4m+akEiKf2xPoxm1lDZpm8k","CQkon0zFc0dpj23BHVL1fne6QNZNVfL909m1UcAHu38","1HQOrrRWmmtvD7l68K9XdZbf8i0NahOPEWyxkxbIxFQ","L8IarUU5bAWziex7zaIAld06Latele4qtJ+De6cBoDc","3.11.15","Xru5FDzGytZJTooSbPt386toZ/tKwHcWi52k2aTkRkg","Du/AGMUG9hZ8lPD30CzAM0JrxpFvkcW25Tdz3+japwU","mWd5ti+rGcd4d0Z48AnRHoCGWuii/pgdVmk00Qq9uoQ","LnqeQ7Y+bHhLo55cg6agb30tU0hps2AehRQtxUG2fR4","FPLBUA+Ao9HsEyGGqZrQVh93AVAqGYDaL8/ICOA/fxw","oXPSm+Q6tw7VW6qVdvPqw4ASP2vLEL8hEfYaH7Ug43c","x5H/ypwUTOwjD2OFQuaaLD+ftzYxhZzKEOI1rk6MfgE","P2qmFjVIOEWvaF5FK/OT4ynHpAhcQPuE10zxvRibQoA","3.12.13","6Jzz8yO647eo7EBczswJARKEEJY28tCqtiBTP7+kU/s","6RHYYtPpgUTxtfVeOSpLZ/m6KZeq3g5mlpIX55yQhME","yPHZqWv7UKctaGefVx9NcqwtKpOB8POLPQjbx3WzzGc","2+Hph3WEaxUD4BNTU7vUfFHwKw/D3Pgi6oI4aSGvH70","tJm8WouJNtezdIqaFtPm8kPlO5t0Dev7BJfN3s5sn5s","pNuAYZfynqf23IkQ5+mww/VPrdbqkB9fDjsuUEHptbM","p6y5jCMvSbd9B5Ils7oKjKzZdOPSy5wr4VZP/+grKRQ","ax0ylXH+ZUDcC1UTDNBcnbO8tn0xMIAXZkbsvmzjteM","3.13.14","20260805","QFA+k3edJ0cxhFOMjovEQJ3EFOuULYAgykMgP5UZt9s","bP9ei5zLcvOGJCqoRYRkvbAZ1uBqKj0LxQ7AOI/wwFo","aLihhPx4cFfP1amST5O00gGWhcxxfVplYwCo2uUWFGM","xrd3Z7LJfOd8IUlpCTlrbgVrliILLNpF8sk7ZUN23ZM","mZ7/2P+7LHGLdUVboJKasP6rCyRSLfAzzHa1fbaj4S0","F9sUXv/tcJhaPVH12yd3oT4P0pLZb9xHutGmCY3Tf38","1/uJ5yc9Pmhw0qtootBWAjyyV4AkHj8W8joNsLrci68","so8kOyY34+2lWplxKdxKde49ndPFjNAkAxokhYbSEJU","aJdfkJvoqD4wgny9ceAcuOcr+aG8vPOscniQlXwRNUc","4Tj8bmb32Vw+zEj21Z404gF6hoOVrtaxe3lJwB7THeU","WCRxYRFGt9AsShR1f3nBs7jWO5RE0lEBpxJHnQ5pmYA","86hFrzZecTCaP/0Xz881LzWab5NlV6mOH15kSKbMeFM","vlj8bd5vRSmW+5aUtCDDHRtazbrIUbKTekVz2q2H1ws","p1JU81e2zbpPnanwdqiziE6HctwdYegL/nEdXOQxPa0","luMhfb3zOlAhJnfkKotzrlMxLC3A/nMoSn1ZOy874Z4","KSiEYM2fondhHFfMKdwAZJqZVDyNS0NB38xsZbNxLk8","3.14.6","20260804","ofA2U5P7K0HP81UArFdZzpbXZWrb+6UtKPUdxCrrZQ4","Z08otWgpccaxMFgfm2kdRjWbO+vq197fVlSl4dFMDpg","7eTlHhYUVlgA5ALy8RgBSc4UXYoPDs97Btam59bOTqc","y+293May3pkxABXmKd9nrrcy9iK78ljsXTEHV/hat6w","fmdY+Ige3ADGGtmSx1wwFaWhqz7py1gnp2c7K6PWRRQ","3aEj+8gkSo+utdM0etpaVdDizNlbgBIq+Le0+uNGHd8","s2WLIqhevIeEizaqHxCEY9dWAuWDQ7dlhSSYZZ1hIM0","u9hCpL527U+zcL1ajxJitPk6VfoS+pQR32VQN/gbhGw","/elYMSXkIQYSgE8EcvqavFASOrvKy+hixG0iFnkQQjk","fJ9OCdyKquemcFvgAtbfceVB6Hizf+t9mHHqGsbusUU","YRbQkTsfbzOG+vCrFBFLG2STqpBaJKjVpkxh/UipSZ0","+Z6HEeuMBq3LUGsoYIOb6Gq97jGrnadluq7g7233VPc","fI5CV0a/YaTQ2lc6VCgwTB9/yJuJaBS9RUrBBzwI7v4","UnA9emHMBHdtHu2zZFAvrmgwZBLdQOFsrGnlPukECVY","Nur7IoZ6oEFdbM7cF91G+TTrblNUhMcIvMDE7q+d9uQ","Yt7y6GnhGIO1dPCdy2xOM35CbHJ6UXn/DrwqIMEnD0c","3.15.0b4","20260728","s2gpHQkdYfYEsE4Xrjxs7cqDFMQkt3/AP+fw1ow9df8","GpxftesbFbDVO8pCwNgtbO7uIAU51Tnqqd2TtSO9BdY","2DIpl3lS3UbxjSpol7Hdq4+5sQroNMyGSZst/9UmsFM","dEEsCZ53lzoP+uRTn413+25/QtN+7vsEB8XY9dcHSP8","5Ixtxwa5UcjsCPE4KFf2Otsbk6mn7qvUivN4IiyFOFQ","ZsJgROB8S3lHUwb71Uw+BeQGgn3NcLOJSrJbmSxnCSY","v3JQLzErefMlXlOqS8mdYaL4pesP15Owv9F5SJZ5cuQ","y6OZPxV0B9QQuaD1In+mdVlBqhzBoaMNuo51Chj9XsY","Ah4dcf9j4C6RWYQUIHlMftemnW3wBCSIQa0HQaRoIoc","CRH6QLhFsiGAecebEm74P7YVfZPios3qUcM8SASAtFs","KzTeMR0uETTiMFj4Sq8lG0QaZFgH0+T28VoIhajGc50","oV3Pl9WRaUnndOnj3Irfb8YjEmQ6vJ9TvYJq6oo1pVU","r33BIZ7uLvKVLE6uB8VZSkRRl0V8XQq4FZWJlCeth0w","iwGE6gZbL72tBCKNE1bF1fzlrLGdNqw52eGLg0zktHU","fGkpbZO7PkX/3bv19z70SpOPou3iq/AsdnOy/NANdzc","TRV6/4A5KypoNEbBnBN+teW1n6zUCxfVK633+z80aGQ","3.15.0b3","20260623","Wh2yPzhOuVvkOELrPzc75BC7CH8VjDoV9YsvK+MgmjM","KdPNKksx7NdLXFoy5eeodx7IiNFY4l/waxLn6beFZhw","mOUKQHSAD1GNNSlSCBEZPQ0TxrTpN+USTlA/Q3A6HC0","GA2a5DZ44ivg2rhTqbL0YFfw+ULIbdRmv7l27bT35W8","W0ji/dMFqK8j6yJl7vdx4jdrUkHHqrxgPAfKZBWaDq4","J+K/f1z4iqb6g7Ih2OPz5O9SNcktn+HudizCWY4rAQQ","Hynx0wzKtg0pVmGszH9mK9O9XZTyeDsQqjwHyvwRKXI","KiafMDzyI1KaRH/tu/YeMm6F/75xvL8RdKksMlwQDeo","nl1fgWXtb1cb0q1QmZLtits0TE3PyjzwuyFCuwBIWsk","ogdWWMbszBdRIXdaehc8LBXSH8TnpODVe5/ER01u38U","LqiODa7DDtJEBmJ5IVOq00jD08C+hD9nZElV8iGR9C4","EPTmwQSQS4RWeNSjL6l3NogkTfBblow11jTgsZys8xs","wjqeWtS37TRXRUb8RprlDuCQaw0vY/EkG9ve20z8+dw","VwDo42hZAT4OsCgMmmgCrSNu6td2HCOOYus3Pxd0vCg","xKrg+w9TnItPZWiHeIyGyEW2yrCfmb6S8FxtLjZ0Z7c","oJgW+kuGqAzBp5iIGJi2BJCB8yBnNQfyRUAO+QJGX/U","3.15.0b2","20260610","Q5By36+t2REv99gcufwTZmtB9Onzb8c3khs2YpP01DE","u9hM6CeGnVRA3o1vkFd4C3qfZSgV14V231x6FEDkttg","ipiFl4tTafHJLXPJSNRwXmhwtK03YR4MvJ7sZi+9zyw","c8k9SBBnl9XTayfwhgaLZDc7JItc416ltyUyMvSexM8","ScyzLNxzF+p4p0YnbNMlAptsyowZ+RTG4r7cS8GQiUs","Aen1lnQT2SHp+/5fuF4TD7/nTP6eo/09q7b6GlLMbbk","FWbFH8TzUGupQD1A9mSX1go9d0WFM2D0jJbPxuVFsFA","z5nbkqeWCHYnqmAl78/PzxYxPj+LZ420j63g+P8VxuI","MBINtT0XRr7UzCnL6k5jTMalLdrGgbboWGuX8YG6mvg","5tzRREyEqaC3Q4gNKUJUwybzH2g3qNbrZfldua3RsjY","UojEv8OCAIZb50A8trHSIWKRGAFpZ9t/E8qTuCUV0QE","PuPa4FdFJfCDsC+G3VMJmNYUHo069nJ5sGAwCNCjxD4","zvgX1atRgt429lVeBr2HThQ5Kx2B2x9da7ZYZk9ZMAw","AqDF9vit70seHcG0kpU6wS5oN2WCbU7a73t6Y8o9L/g","3CWsUO/x4IYGAaZO1z4JJke3wWJ5BHTqlGwGk703qho","BBeURQFJ4EAX15SMy4V92mBvnyeyW7D/zjhW3qso6aU","3.13.13","20260602","bPjrkEth84/ItqFwmZwUpn+GaKo3KopZwDIepE9Ozjw","Txu9DGTTuPDUBDAmIT8xs5QC8Y3DK6GZrEugAs6zhiQ","8LkYyQfIwd1RODVYI33wPEvykaD2BGZ4KdDgVJsdomM","XZoFPSjJ0J7NUOcA34gWKwo0tkkw+aNbCaWMEFknUIo","cuXe2FAlVMdhxG4ws+teNiDf8D0XVdSd/1kZI249k7w","B8qAs15TlLnWTQmEOMPi9aKLVma9G1WUE4PASTh83+0","+nx9KqoK1tVC3P8sUGwTOwAciByue9JkrjHlqOUpT1E","CNL+oFRTYa6Uflbutu+GXAYNDyBPQORyTaNUaL4l5LU","9p1WPlcK9ur15sr9z8RxSBDi6+BpSA5tYeedEuA/YCk","3Umt5tml3rWp566M2SR6kdZ2vwEPW9E/alrazA/Rv4g","slf7iXDeUB2IIhGESWM4Ao9ZXCPyle2nqhBbpdlJT9E","qI+EG09GlA9Lj8WUbeTLZdOdzjcxAHOOrn/o7TeQsvw","M+c3ujQk7a0D9UgUnp3dMLGSU13myztr4JouyffBv/I","S42MjQqjY3QuQ93D1rtzKKM3ye8DRoE+CnpjNO9BE6o","TAx8gFoz+reMmpGfX7KOvJW00qALYvbsXzo118Kt6LQ","fAK1RVjXErceXOc2AYFEmsp2MDS1503Eq9wRTv52rtE","3.14.5","Q9IHnQ8Qoe7CWib9knr3KyaZoYM8FBgQQZvrnlYXvkQ","/NYfNPSSxs12OvlFpAFOwRmkUY+j/cMDRJJkYoyA0kE","6hXX/5dJkxeSyq2zj3ezS89td48iEvEbEdmMVHuiRSg","CfuXsg3w7ZM205RoAHYZs0WEicM/pBZrQxVVh7OC+Eo","RhvpETYWk8AZjT9K8RnYpUd/7eeWYxmLdB02iqlnqI8","VAq6EKTMBChRX7MzdBbQnr2RUk6OgcJI954KvpFreQ4","adCjwEcoI2zf8imDzPFaW3HRnbx/7xhDd6WAqkc5dyw","yocCTtZ1FtUso5dCUOk19n7tRkejs4+i+kSrXo8247I","XAt1CN/cgsCTEhOL5woawWJkTjROJp3W74lgNStzpSw","vUBmq/74daMjmoyBfdfDCKDVPTrIafW+VyFVcXW2mjM","Scm8xbWqo3rXM/mYG3BENAvLrDAiWaDaABtg3raKh/U","K5H4gDvoBRGBA4VIXMG8SSqUrWQooh7t11tH8ptRcO8","bqYMl6QxuWqm8XpAPFO6aKf6iPcotqszVVyPmaFGEVQ","HUFvpCKKoxw7j6hnj+8z2BK5/zhku0jDJwg6mXBzg9A","Py1dF6BHls/oJH+fY3L8en3/CQ+BL0OWrPjZjr5RBhc","jeq6LDFHtZruolfYbiox4lxy8fWqw4FZWhFt5w83Ais","3.15.0b1","20260510","4h5pKoegzxBw58mna5tQkYyhMsso9lS98aJLOcRgvGU","B0/EEr6ocPak7KkJ31162xFe79hIjhS2ZwvUgTp1mKE","FnupdQ+BuZrmz0469Q749kZuIqW8zCclzodYbp+Nf6M","WufQlLe015wh8IJexlqvbZbbhdIYeVSGn+PhluotSpY","utiS+8kzcKUay8uji/5SkmBUiLf14Bb9pTnVerK6CCM","N1lVnTFZyjz65BSd2avY8vo8Jp3InyN5dktn3lIwKng","odoU9X5UQ3lipwzF47pK/Uc8GyFKC9s3F86447VDQ/E","eTXKpZQD1O8PZDVa7tiu/wvIWbddCY8poUL7YcYG708","yTQGskGBPNiv7Lxmb7xAY/5fkrAUwrrQ8n2LzNDIrjQ","e65Nssnjp2O4Qelw9fumcvkrYAQ9qO4NNMyMeDT2Zs0","Xw0fK27ECnbHfSRYRfJzsW+zfYIHFTsI7MfuhfX2tcA","oQG/GxK0SXC2HqtKnTUkc2jpz2fV5HpX16hVXAxYkNg","bvrO8MAitwcAtJimEbAqlfl+QDzGqYDfInws9X8vMzI","AqqwkpzrPapEaEnR00UuF5wiDKdwBjso0D8dENT5O+A","o/VSKuOc78MpO/kE4evdCzsr9iyqguoS/0CygbjuuD8","wWeZUzfp6neW8hNFh6qZzfXCOWn5T/IH5pqSKFGjcdc","3.14.5rc1","20260508","ELhZiEejEEMlS6U00j1FKyyLCZK+JEexZM4SvZmklvE","SOM/ZWML8DPmUn/jKL6+XNOZfq8CB3TzfA577Xyv6Zw","5cdmn+IMxUY7ObyM4cmrYodSXnkCBRJEnYy3ULcIvOQ","n0DCxAXzQXsTMWISq7LHoCH7FovhqCbSAJNkvqg67mQ","jNShUwFnkzOVNBbB1rrKZIQyo64q8gwEjVFtZmxl+3A","GaN3OOj1Z6RMK05bTjYSfvk+1Ohbg9THN4pgxv40dew","kYfyEs4y86y65NZdca1i2mZbi1o6ZknygkiSB4Vs5jQ","x0I5QfyjyPLWJ3r54uFFa9nZfaQQhtZMya13WUTUqe8","ipSseRkaxurKeClLJgsPP9F+cGtwxTrRYG2VKFCaMnI","WDwOSlcsm2OATJ24QNHgssAJj335HZ6C5QrctR9wA2E","vNWQqOjKoK781FiLTG8nMmLu2jspXk62DLUikAgysZo","DmvXyf4Bt2uBRCpIpGaKIQ9pwXPi1ZadSxQLfvG/K0A","RETI51PWuNE27C+Lz5JUsDc4jeZhEENkgooTavaOmiU","Jm8oWDostod5G8Am5yzjjGsAzq4lLFUzFi1H5LmFhdw","QM/XQCZPd1kXiNauSp+WJ2RVsVPpSIRrtiT6EQGx/H4","0WPy+mrarOqw8ErUx3KWdm249EYm9QgAsvh0KmahjaM","3.15.0a8","20260504","+EPFZMmx2vRKb8jTF2FTmAm9p+MlNqmIe+S7gcL2KNw","erxjdW0M1emBMO2hSdtdqbghq0BE11D9Ximd/Aevons","5UPYH31NeHGr9lMEQgfDBXbLVVHNsauAG30YYy3dkLw","LwrNCl82bqdYamxqJ4U3z3vdYLGEWVjqwSDpciTA0AA","gCAxWLdnX6u+RgiEjLuARP95sVj7sKDsbjqMc4C38Bg","jTeLTlILYFzAnbF27vyDhdJcebWzwIK/oCInsPgilDA","FodLZswIJwicVkp92bdissV4G9Sz38oaTsrjDdptqmc","i8I4i/KfncQnM9NWb1N7OwieQ237O4n8kpesLKBphXk","YWijMIwtdTiBIBix5+chRKBwBcM5bphOhkKa9wWruX0","ESwJd+HDnemOb4N8hDA0sUCezdWeOWQhR2Y7gJdOsnk","Khfn7HeHlwTBzPfbkDxFxB0LN8koASVmLjcmEn+hjcI","ZKXVwzPgOz3+8CvlStoe15hvZRLJpNIS4bPGeDr8k1I","Kmqf8vXpp+GLLulVlbQtTRbcvaRHs5s/9FAYQNJpG1E","pHvLGXpkKeGg3g1pfB6mP/uutScXCagEy7daO/c6w3w","/TVgXUyYZSFMoW2Q6L1jnJtgEgzdRcniwLlvDXSh/BI","mxqyEim+/gh1skIGkpOtRnatdhQZ4DbV3cAbDu8HUxo","3.14.4","20260414","yVgirvfLWa6B54PjL3cD3LmdTJnFfMI2/fcHNsKxd5Q","dRarlch4HLR+9BP0hMGG+qzRiKVPu//y3SrsvVa8Q9s","9sIqxl95RLOh9M1dPvHskj9Upm49Kb2PgszDiO34xYI","1gBSJs0k54BjBiYjLHpjJD1Ihf35ddz5MKB1igdZzhQ","4/a4lroTyaxEYBNU+bMBShMPcUXkcoWIL2V7HwpAOgw","TSCFoyO4J+T20W9qXAfGTKFtLSGOK7h5xN1lgq7SUTw","kVZkGCDlOpHcq1mx8DTkhhWqrjeas9BIBcXJg+rGxiQ","7LkQKeyD3liVjSXq70FTk8YfWO3fBRFsaBJVBgbAZVg","ig9XUf9oCmOjcIKWRB0kh+/9Fb2q+uEDuEFH9ZZmu94","Pu/ns1EBOICQfaspN96Lh4Hq5x5O13d7ljqzQ64HGrk","SombL+wnv1OUxNw3yj/vdHrgNcq637qcLN/Lt5bs03U","25oVhFJNqOkmqNY2yMbb8xEw0rbvAkkbfl+3tXj5CHY","CC2h/q2evcCbDcrQ1qYdDfupcg2E0WPvpCkft8tPplM","fzij7KCt08RLyqA0rOOhCG3VJxBPOm10x+52Q/6yjZw","+EVYmm0jZpwf25Ym6aQgQTAGKnHmuJwBWj+veLogoDs","Zi2G8ZSF7Nd3+EkFDNX6GPH0rMVGirN6DFG3c2zLY2Y","3.13.12","20260325","dVGzAoD6prqAbMOrwfr9CI/Owm9z4nV0AMQHZ6j3WlI","yTRi41b+kY+s4VLrDUIC6SgrNbOkYkexkDQxHkMt3ms","8CbGqHAk6xbdTcVuTsdbrUaCFew0vR3yi4MOPWIgIaQ","i0gm/fZCHOias6e0kQE86YwWIctV1HtcG4dAtVK608w","xpRVertIU6MDrgEOdKsPBAuDoGQiAzfkzLOGhTCOYA4","FJhhCxIO5tWjWfIFdShWIhkeaYXvy7O4zeXqntQ4YRQ","fCUnXfow1fgCUBex/042HKphM+SLLsKwCFx9fmJ2Gz4","Bxn4zgsxRrmBmvvaw5psLckXGFZZAkNQicbIfEDjTow","cT1/PM6a7gz06p0+fzVoDWxtK9BwF+SoD98SOfcIppk","mGl+rOMxJihIhfxUebhB/VEWvoAwEB2l8va2/1iznZ0","XblBVYYubPq6bodZDRQSrsbUDBr8cR+1Xj1FMWn+KoQ","/hurqAhn9/o/VmB0rsZSKqXazlgBEndYzQDcEicXPyQ","JTWIpRJpUiaC6qa4N0yizd9uw0tOsZ3HVwLnpEQeUwk","UqraHvUxP4A8zC/2f46DHAn3UIeUu5WF6jBgHJO+YZg","gv9sHspcqoZwTOlffKJgtqVEqi/LBghGVETdK7hjabw","gWFin4h4i1A3am734aUF+T2cniUiPoymKF/iz2vg5VI","3.14.3","14/V/I0T7gRZ5kCtPoL+ujzbiUDunRfkFupZqaaeHCE","dwg/0Z0rRXIgqhwDcQxqGawplXZu9Z77ZbJy3/ytejo","kmgImAWgCLaelCK+8l8aHPrWea+GtKMs5i1HMN0CjhY","sw6RMoCx84w2KjXkE4VIVk8MwM68Wgigxb2V9Kd+L+8","shQPdL/YJIJCOMA9w0qfBbjQ76ncS42I5iTW/ovA1rc","VqBRQGclK04fu9KgW7eIf3WkVIOUXTrf7QniHp6vfyw","HWYcfncU+2MI9bi00IRWYPdLBnh46KsqdLZ1to7GIbQ","ukECiqQSZsKyLRwQiSWz97ifnP/DVWcwiHD5TUs+XKU","Hqk9Wjy5HV1+9uu/jw5qZ42urlU+bFj+4yE/9a35Zok","4vzX1OLmhFtxphSmpKdK1UsE5Q++NrAIUQXuX31E1b0","tvB0w1sB6ulHm2Evhls1f1JB7pb0yvyX9kqF4KuM99A","KgdbuEDhVEgKymr/tHFKm0RjmXMz2n0CTbpTwhgerCE","LPamgORJaV48HDl/v2jeHXAREDiZn0E7S9hRXBcwl5E","3NrlZ8k6FqBkOfpL7NgZnYEjMdrsic1Gi9OWnho1NMU","MGVA3oqEzkBKrW1UI7Z9iQsm9f4MjA5xCEAZ2ipVGWU","Y9v2GLTWluJUcOAp7mBMfyoslFflZtG8a2KPrPGgbvM","3.15.0a7","SS2ibmJ+6sIUPLtHGDlLMwo4wZ8QzJuiF+OzB2XFKsg","jXc6HJv31fxkB8Po7MLkGHuvIN1r/cQs+Nitun+qCBs","HRYkm/Ls2/wsBsDeHwxlDF/GyO5FgyGBYlRzm15Ndss","+Sg8zQRGabo8XfR2NlQYybUPJifrjcW7dUm0Qu79hAM","rezam9FYrnT9kyBcs97OyLI1jtnKMBkQH3PTtgpGYTg","nO/8pE+V2eIjptRDanE/zInxdKhUjW9482UnU/vpK4A","HwDLit/wO3sGs8xsSUGUfi91WADB4hzd0xWHCG8mceI","0T97oCfmRqNPqVg7LA8GMncv60hvHAtv57D+znZgEBk","7tFQT2wTWFhcxaIFQFaIAlBbj3Ab12qYEsMZv21l10k","cQ8Jxr2jlHSchU4SirxyfV/i3JOS3/0L410H6pkG46k","VJum2CqG/Ql29AvCuYBxewHOiyzeKYTS3IKJeYBFUT4","SGA2FvpvVGiyBze3WXto1jCIS5vPiYWFpzKCE+yxDDE","xo9WYivu7j3RB9cQ1CsxWlvVMNC1KNUABWunii4nevQ","1VtP92oQ9RmBtjELXRpwkpP+er0F1TNzq7Y9t48hnqM","8d3wLaj3OSwyWE8x/8USV2AZO82S4Jy2LzY7aK3xWLk","gaYaEIaVbhVSDjVHm+r9XiEtKaRD8/+w8DpTjqSVGpY","3.15.0a6","20260303","jJhZYGHMtiBvBD3jcdjK2VKH9LiDsadwCWOy20pmod0","Vg2aNEjrT9u9jaGNSMRNXLTyAy36wVEt+vJ3BCS4m0E","P+2TXZzCHihdGxf8rz/cn6RBVSVxmOL86Zd6eclfX5c","1ies00+JEFjxKS0NspBUYT/F0PyYMXUdP8KHfLyDHfk","90nstBabqYtsg0pLn3IWva1AJJhJ421ovSQF20pcD1E","H+PD6wllB23fvvyt4vCaR0mMw7Fi76WCJwOVdyYnaTE","YK1sxlzBay3fwMk+iatb1SSFbDIXvfEvTTTQx3zhHjg","X2CdzwSKBjendNSWusk+CVpPqL/C8OnaBMRJGFGzAaM","cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-freethreaded+lto-full.tar.zst","IghIDAFmvNaYcQIFy/jtNYkaLbMfjjKcgrLsdOF+75I","cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-freethreaded+lto-full.tar.zst","kmd2USJg1InWUqYG487r+ZCmXBMkQtDBBD1hDYYGk1Q","cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-freethreaded+lto-full.tar.zst","mn7nGcHfxiJCN30yZxzfjXJQ8ARJIXCfX7BpUqiisCs","cpython-{v}+{b}-x86_64-unknown-linux-musl-freethreaded+lto-full.tar.zst","K101AXGQJI67v4skQy7HMOSW3Gi5ETCKDNTCHYGB0JA","k770AYABzppHlXu0hMhIusfrPLBemuC/OSmTNpu+m/w","L5wBaU+PmjpQPUlu16vipS0jY3lYkA/XrZLbjveVwVE","Gf3wihmDrmicdJazNkgkoISyXYx5f158TKLgtH2NFjY","ylN5YuzJxm9OYB9WfgV7Md/czOJnAswGWxwmJOtaUEI","3.10.19","20260211","oYHjMmiTmZAL0IQovATrSzpFmhYnTrYOnCw+ngM3rjI","VUipNxkSbhg0F7XY/gZu9TGStfWCEAn4htbqhCB34MM","D6jGfLTRaVUTm7gQpDGJ504bJDvF9zsGTfGfYe5uuUg","8buUZzFZ/U3I8bTtWwXfE5DzzNYCJOHsRQxtCzeNrYY","ovIKN6/U1Rjhx8AWg4F54MxSBzB7yiXxvgGRHivMv94","JjKLCsQmTCheC96IuqVAqBpsLGgL9qiv/4Z96jlvdL8","IjHXhfvgnGBsWwjvO93nn1TehnC7RsXelD9nG7bfOYA","IB73tdt5Nxo6oecShGJiNeOmMcILu1ZiGpcxXLhaqAs","3.11.14","dtHc4RCqK2hiN3lOipLEd6nQG7d+8ls+xvnEYT+COIo","5yWHQ5y8yarxyEIqbs8GMJnyHy+ysx88mWHkb3Wajr0","79WhMuz9ShJ7LsA1kSMDSGi3mGY3UPdSb0XalgbL3P4","KxJdLXMOwDPcjsFmlmMAuJFxVeaSccrh4QxAySerDNg","HUCFaWhqBZDWL7NDqlCtVywNG1Z4TA7jx3YoRn6mKQU","0ZC1fkr0ruMxAlm6HOdIA/KvpJVGjSWVuWkhy12BJn4","fv4OuiuSpJy/OvkT4no/GTnxda4VfPzcyGAMsV8v4zY","DfMBplvZSRZywlP0DZB8rFn5xdAFoBp9hIv4b/ar8PQ","3.12.12","a3mL4FlbcyYv6vViojYEOP5apKKb4Qf08gGN00de+CE","BTVHMbk+NTtMSu2WR/6EZKO0AohDm7gkUVgVOq16Fvs","nqMYJ1PzgxE6tY32SuL5M54fN5/V4wLbW6RJqroKyjo","0S1a98HK5M22nTuYrpFR3LnFfQRE9SF7e6Cm9uToREE","gbNF8A1DX38CbIQDVjOt2oGz/afFhIjWhid61kpmR7s","XAsgmQH4D9pZfnIvaogz71iqZhHnWnsoGvMuKXcDsGA","SueWcMkul1+e01i0LQd+LIHr27L5IX89MZps7+Nzn0Q","SNhJz69DhsWM18pD1z+eMcFOAgrXuqspnEehzzm/BR8","3.15.0a5","20260203","RPDJMdfl8/Zaiqcnqvg0UWOMnnjINcezmZCZEndF9CY","HCK3DS1n1ySCXT5YzKcScwmGaiK74xEP7FrxDsLg28k","2OPCan00c62kugWhJtU0n9QLYkiqroxxMoNRFBfnnUY","0JqFtzILtatK+P1ngbnj6xUHtrdAziLgti1fXEN+uSw","1u/B0Vg1EcSz9Z9ep2/YVLCtWdy3nFBvqohmLzjMYF4","S/hVhJbBKgKnvjWWDhR9DsfdJjcmsyDvvSsLMhliIng","oux+9J0sBRwUuK88Oov0uhoKWXbcmdlJiK3NgkXH2zc","QPKwv4D2CFZzyTmbscBIWhFEdpYOsKxZ0ceAezMg5iE","ti/CweKR5FzKcafcO/NQEt4BCDP0+j8QRm9G+l/dUSY","7v0w6mHU7lMlbUpZixyEMxeeezvVglUsZxEHVsZvMgM","1YYkbT8imAHTOUxrJb10h0L9hMB+ASKIO/wunmLEFI4","TMNvib3HvJOEL3n9reZsCa0ORVAGT88dvpJmLzEgKZ8","FcgPdGIjN/z1YpxybC4pc+pMFFpyJuCx8YnAt01SqRY","HQc6eVHxduwinPBgd/SU3t4frwTArIMZV6KlgUlC0pU","ZfIlmcgn5go05oaTHgK57MlDy4voPYkh6Jfn1eF4nn4","xys6bNg2M4d0GqukVI7/QW8TUd3l9Ga9rk1KUI5DSK0","3.13.11","20260127","TKMcid/ZHgOyQGLSfNm60RSm40ofUBGU+l9e9yq8zKc","IJyBn0CoUrex3IewixVE5R+zGedH6wHKmqvh6VYKFUI","jCaKDr5OBuMt0nafLi80Aj0fF1jy3c5kbzWk/ahfw7w","11lSSVnueoISO3B9vrUdcmLHrAoYITiBX0O91HZCVT0","R29F/qQjHJHEtK9Klshg1XJRc0G4dSZoJzFz47L8X6g","2vIgUL+FaRFcKPcgMjrFrE3jYkLswMfr9iYt01a+vCY","wesBZ35SRPdMvUvRzqpRoRWIAJMTGT3Z53itW30ePvE","dBiXtgUnH9IQMBNc3Seyt5hxznj15eHv/tDM8CVScSY","SgtU7sh7UeKQNJJbe9FYtbW3vbfpLAC464IOwWUCqdA","tdrftaSffz8gxJ0ba8jBuMKfo12Qh92/93WlR8fahro","omk7ofgyGA5U3WPSRWH+f/VpKhJ+rUlx0cZnlkC4ajg","8ZoqtNwOBIAultDrOpHXDPclrZtGcEy9vqHktG//Df8","qleHXg+YKy7L7WgQ6vx2bIZ4fsWFD/BWtT/twbVs2Qo","6QUEwb+Vln/gEGjozKoujXE6oikAA5ZLwVftlVVKt3s","trpxXS9PF5bgsXuAEWkJrxk7wBVMEnC/ijeKQ40FP24","wXTmQVcMRbSjnQhar1gbXvcjLipX1p5syrR8hJN4qHI","3.14.2","bYhK3k5Z7d8UNtjIYEZ1XrBpR2BiDkxDr6ZbqYerTS8","w3PuC/wG182RfoCJ1sCSHay/OZ2aJg0TkwSfXSUcMRk","RWYqc2R1w2LUuwUCl8rXjHVsFW+hd90tCbcAtAzRX6s","JAFSceRyA7m3kklnCoR0h/mXro4KPerMUzzl/FXWbqY","2oboUBLz1uwLghyICEq5Nfgp3fVJIup4KpOmzMeY+S4","5BFbP6fKTDS2qIC6fDvQu2c8PTs6xm5HZPgJ/pqQY6M","qNNJKNf0+bgZEc40QHsboc8kQEUswsuRR0KPnkiU3Cs","tq+TPsu3o1Wd1FLQyP+Sb09TqWAz5++8991z4IaYmgI","unVrZGlap1Ghd5wDPRvuj2yNsLIMr5g3FEeBuqdUHNU","42okR2m+lCVx7vW4F5H/+vNTNYKUgf6zMvzsg9YiE+s","bQxfGPXuUFTDi/VKqfj4RUEiYHP/rmf9GZeZdvr7Otc","TAVZJ3v4lkcIdnGNur0o+/o2m4Z8npeMVcUJ6wuZpsY","C3pJHuoPAf3gWS4IKoFa1Dn3/cb8pyYm82XmdKg49AU","iVnJb9M4X2cLnbIl1fPPr7pkHoIuOT6zIjsq/1+4gdk","rYB0iaYj9WktrFTy1Nh9yMNCBqnFqBEYewMecIRlfnA","MtgFZfefMqhmK0BlDNnDj78MvaEQrP3DppEb8cVZYpU","3.15.0a4","20260113","ZIzUMejtYu6nXH4aAibY8PgocIAxQ+M72FOpnznfB4E","nHfAnyUBE0AM2spehlqY3zZIdYK2saHLHHcBiUUWLU4","VHpSSzp3W1uzxYkx7RquA7ZUrKghYplxIFtdtdg23bQ","7uRBLSU9mLoCUGVlg7PWw1O2W5pwAA6W/F5BYNg1ajA","ekzR5/mZ5nddAfV2ARWelcwv2u2WnnRjmmgZiwZZ/ks","aIQVGzzcWFmZGjU4HhwYlmgmTYpmtrJC4CNW5vf9txg","uc+RVf7K8sg+b3ZawjXMu4/G6xLC49TV95xDNpBDJzE","ogieoT23iG6Z1ESF6lMCFDXDPmIf4apaAx1/TL4E3FY","6uGl0TGBQ0ysNzJEwwjdNm+Wk2r15DUnEgUAJhBBgEQ","T30N/cinoltaOuguZ9ArzJNfviDLGSmPRzckakjEJO0","WJ6jy4abmHaoRlvGPG71yGzUBHriHxx/fFq2a5MQXpY","P6ZrEIoU1aRuginWapWJO13j1bVxNFJGsrcP15oqIoQ","tbOerrMWQsCTGBs144p/9L1ZXJV2Nai/lrp4HGn/Qtk","Mr9xkwV7YgiIaG89xbb93UqKdTe7JAl7uydEgb2k5/Y","5sZkj5xcXE0ow3Z2R3yPUbQ6m/BKKjv7/xL3PbU1r84","dMCcbWjO+ZLdmzrKT/zn+lCm7t03AiV7yohIgck8NZ8","3.15.0a3","20251217","0MDJ8YPVOVnnWPNgiCZjBYh6AQb1uQbwUlb92GMy33U","Y7GT49MfLiPlZJ83qIcq6VdQelVL+VJha9SeWuLdgIw","YmwAAlXqK2kE8PoE5hNUzOaB5/3hYfnUG+woulonkmY","5+4mVwHm6wEoXFVVjaVjrzz1yAI+JJ+coid8nM60EEY","zt30Spdbrb+s3HrSDCxBctyDEPQBgmiBHsOEq1izLx8","+GUhTbnRvmmA1s3H87Gdzrz1UN4bKK91YEqAItPG1UY","AAWh2xL3SsnEQYqDNkb4XoU68EaSPk6ffJ6i4vR+a20","/WzYmOrksY1cgXP5FdGIyCOEbbI4EQakqcUpZnsNshA","VLaFctRYHtSpLHso/xBEGq3xCqJzdk8AixlAdbDu6DY","zlnVDwvYj0ZL3xxeph7vyfqMAcY4UgHkV3GwcNBeOWE","8Qgf605L0CA8k5TV9DwCqjtbEVsxc1o8yNAaT/n0Puw","aqkuePOvYq9xdmqaS+v3kC+wB7PvMa07RSaLtaMTRSM","93rxCUx9M62EegxCRf91tUAz0NENSRG4zYqYcqd2xBI","W7Y8+MmFYFxSrs9hGNNrZHQUa1GR7XDAxmZAxfg2Jz4","gcEIQvLjFI4ZI/aWUy/I6tckpnmz/ugQIE52u7cA87o","WOUcZbonWVd4Vr6qUE1ruFhc0Y3AkhiDvJOL6bRR3Qg","3.15.0a2","20251209","aAJYqsDjeX1NJ16yfmWy4QbzfimLHPlblEMmcS2jeCA","Z8D2baEtxDHlB42Fw34CL7M1tYEribTFaavx4dPHl4I","DEbjrdcOSp1uNle2BrsGY1YWjBzPCersrJFf1y3ijcQ","ThU8lrl7dPvYN4wx4MZIjFjbJ8HV49L0WW6PGwq0P8c","CDeu6V/ciN6heHJz4G5ou/AfCY5quuBPhaA8LC8xo38","7N+b6W9cUE4UZatlqnkXDHlv1q2Im2mwF2nGXF2fwl8","LHgroerZxW1/FHNmfwqfT7lHG3RkfIG4NVhgTW75Jdo","VIFJDmM8eN4VxgusF5qGbuR2FUYC9ysj7gm0KvUPlNs","bMd843gDtLj+eZIyrgDFxvQTkTVgPPgXv7WhvT9Egh0","ZMQ7HhN84opD6q1MrV80dOXBy8Uh4bIDJTd1QCPZg1I","lD3WnGN4APVJcxblxypiYyUPmE92EuBAKfJGJvsA5UY","9vpEYJUlIpNEGKLqEj2ZP2oiJYea777qkcpzsq10nHA","hl2vR7FRYMfd99XipI8K66u96RlJ48Puq/wXqWSHqtw","xRcj/4Yl52aAfp8+c3zEqeimTILaq/OHrOS/aW7Cu9g","8BqgPL4V4xzyMsld+vJTnT/3cyNvwFg5sZ+XpXsE1N8","4NX4AKjqarOHv83fL3UA1CMMMu+ktANNKrmAqi6L5fI","3.13.10","20251202","ctOce5Q8Z0v0OUOfykLFli24otC49zfrlGdKqyUk+qs","IMH2akjzW40aBmiz2ugjDTpxnoqmVhPkyB6Bg7PoDWg","neSZwkCjk2AIzWYOjDSaPia3rrD4mlFzd14OMfCCCTo","S8VyjyGb46yMpPHZw1nWj86lQS9yBX9+JSF+WS3c73s","nFmEFmQTKklMzQBQwsmSm0wRXIY5z8FRWKQjLx9J8MU","48F2jwC8QdOj0ae1D8WIHZJl4RTvLtI9td55UZaCjiU","K9Lvok0bg+y6feQCX/BIW1sBIG0zau5HZcyLrf/rxQU","++Gaq9YbFEKCMBch6akad8xTxZU7LaBfIFJt0WVF9eg","Tiw2jwQM7mUZDiRCItkkkh8bWRgMRXmt3CIvIg3yFDo","WmnjaZ/daiD/F7/9g94wQAox/HPfA5+JSa0glMdw4B4","WBY0xBEHJG6yYUpMhZIcszG2CLyBAQK+TGnMCyYy2ZE","E9z0LZL9jMl57CuMqH5//XEN4Q5bUvGNpOh5UOM/SZo","75joVQ5+kSOhQrpm1i5pxtsZ2+UKQXMVrR8doYpbqMU","279mjKJB7LAgKzTOPFiN0DCby1+NRr7751DazPE3Cg8","s1l4mAy5kTXR9Dd1YgfeqoM97w1zMr/0IwuydL7cgjI","tDCGGkI2cwFbfTvTS1YoMRUZkn1AUuytzq1DfgqH2NU","3.14.1","doM2kpy0PWmD9lKpoAZcH78CoLhtXBGtzJTpEoluYJ4","P3i81hN/6hueBynXghNqiQk2DBQcTHGfc7tRtxf8fXE","DQo/47Mp1+f3N4DeZHlMaoUJMjbN0tLOXvjsee9g3Gw","z7xCTn+s+CkWBvLdz/2ncfb2oH+4I/5cjXKMtVcWEZE","Sx9WbMIlc5K+kAnWAQYBaCakTlHqwpINkSB54ZnePZw","ub0d7xbfeMCwU0PxMlkfQuD0uhDVUPpmDHLoymLWrzs","novkO+EbNVEjOaZ/JrkV8pyGtMSVoeDw+1HJoJN5Z6M","jD8f1eYi4jiV4oe1awreFp5OaC9bryTq+1Om0jOayq8","Dg94NMXUsww2bALVdbM/SF1e2PeWEu07U2KAKoQaz88","sVtsPl1T8kQKCnGmDFTc6ucMnDBlL65NW3IKbH2gSlw","O3vyVl7AGqFTwvMm5bt2E8TWHj224v9lcVqytpiI0C8","3RE4xAt0nv1eQblP+9cA86nhkGuvkqzXZG4jP1P2AS4","Dl8GD1dI0BqdKJp1Dzl2kraXxUXmZ3Qm5bSxXC2nkyY","QUDHM/WnY5dkPllKWc9giRojrLiV9wtAkf4GEYYKJ20","ubMBz7+RyCY8FH7/R20DGmslnAO6Jl4vcpY61OyakT4","0cKg4MSEn/CfPDDsdhR762tpmpSFbBVFpYxFhIKIVP0","3.13.9","20251120","Fs1K4DYSn9HlVlBv3j2XhHpebVQtDMQDS65JXzstctI","44DFZRrMjARro4DsfcD85Mn+wr07c4wJF/EfhqGQqJU","q5fueGrATuw9O5zUWoSMQWLf6Q1F4V1aAH/iT91j0nA","6bMMpfD8p5UUujwZ3nXDoiWMrSI2NjAzLtt4jm9Ferk","Cmp0OwB5/VdpWiu/9fTdFiS/JgmcASXmXM16mpH/n5g","VZzS19dKUlNmKC/8aZFm8NBvK6BzNgqz8fqva8BP05U","c7GfW2jBfJGqPjC++orwuz+5GBxTGMkQ9Chzokd0Xkk","BSLF8H2v7fXXl6636UuT0CICGlvGFkIX4MN8FybfW2g","VLydEDxq28+ki6WTc7tTjAWXgYRykgNQ1K251Gb72B4","ItNt5CwOO9dBCNCdFSOZQlJBnBGk/xZtIlC20AjnskY","W/7Yprhsz75e/3yo7roP2Y+0z5pSl+QuXsKeFvO0qRU","PnFbbD0VdDNcAv1td0HTxQtn5Wj5cQRnM+wjcmgO2tk","4GRIRKZlD/uz6Ln0va9NMEVQeJg3aN+PWWRgOf8LqY4","Z+01PTY21xs0uOK8BLUR0aCRhRVoQQ5yGF72U7EcvbE","RN9qsab9ICAoR7Pr2oqensuVJwAxmpBpkcTtQuXlgzw","YwjRabJzHdYVHS2HJ2rs1LSViNjDYtvosEUnb8NTM7w","3.14.0","w0cR+flV2AXwhmRWWuYeuUsmQNBY772jY+rSitRlxJ8","Hd3bnKVP35fxU3e08KVQepq/ldQHMCvBzeff9zXIPoc","VTXZqat4W6Z2gXBIiw3ATmx3ZgJrxSMg6y5/Y7XBbsU","+Dye2eY6FYTz/X+b7cYf94PLUhDO5bL52wtE2W++O5A","CNLR3/PpEDfi0+uSEBWhwaSNoR8nQArwxQIJ2mMgWnA","r94tEQy83zy/TQZx60pXxi0dAyN5FifHhu4R84PSmVs","qZCQA2ZIPIy34/N+lHJJhvVyUUzylQ2WRZ6IwXt5Dfw","u0t9+8E7IECLH8HaDC+OFmg0RsiC6O9cNrOersN9JwY","LhI7Ws4M/+T8RocwMWKlp35BEO+tFZrffvA2TdxKnCQ","zNCP5rEVZKQECSgd9BRaAj5raxTegVmAI+wvbpV5RY0","4boeYvQi32lQkYehVwpmbaWTWINaYoSoC5rz1nogqLo","MJ11ABC1CY4PgWhAjNUcmhtTHL3Tc7kR0G+QGCJVtKI","4hW3YZa1wa92Pvs09VkyQXhxX7yupVjlP/R5JwQsL5Q","X5iYXLP7rpFFZLDldpz+93K3cF8uy1PvJsoZ0W34m/U","CKGt5T2JYvh7wFAUMeaOyCp44Ar/EyP8WFlyp22NXMY","NWlEWLjK8L0NvDK1A82rfxfrtYmBP51iDWtrUZYj/mQ","3.15.0a1","20251031","QQD1N52f3JVQRvd9NUWpBlN1voSnuoVD9iSqXMD4deM","RyYmAFZcz9on52FANlUue/oa3903myu9mUZj7sk/Skk","QYcK7nkDMs0mx4mkQY7KPuUTV+DsIN6hVAo6ZJuYi50","ty5AKFYi1lUaVWLZwbZZ+FYlujcJXA076BeOwKImFbY","DW9GpfONVni6a+cG2DklndEhCuV1/D7oJbd0Y8ODECE","fWXKFcJkCMIe7TM5JNLbVz9cM5j4Sz38Medy+NR0zU8","9CgtbWH+MZ7jE3uInxvul3Ce1cSclExQixfPlbutA94","XHUAsyy3BP1M2fO6i6VpsAorJaCAZEro3R1TajHlfK8","UhKmriLbKS08I5l0hSmUKXbLQkZX4ERE+DvtJ8XOkL8","JUY5/BW6ciofF+oiO0azugpbz17LcDl90b0IPwRUM5Q","GDEi3gcedWdIXbKJpIzCg0PVT61sVRLKytCzPB7VuF0","YhrDuLivoVk9Y/sTDa3G7sK9njYD1sAo7+YBRuBexDA","3eI+TeptESeFTn6ZI19jN85gplTGqfwRKkcQd0/2LH4","2AKEJOrnX11zs24BFzbLyYirqMIc0vsOqe7MaM1fPJ0","j8x4H5VHdSPNStBlM4GpWLq9t9mAG0MNi1I2Omf4R50","tOmOlcLYbHDB9RAb/+zxKgc5gXp/roZ/H8bHJBcHpGI","3.9.25","vMJ/1pTlSULCvWCDaRCImCpokJ+mOCrk6SwCJ8fBTdc","eL4IfhRYjP+Jxth43YO3c8qxzECG48pUlbyPVpxIYZg","wXNM7iAV/Avm3uKrwqxiEn8zi9i+Rnd+MGn1QSVlUtY","JVWBaZz76kkjGOV5zskyUkEM/TD7qAD6ar3qiiwjnF4","Te3sv/GxWnPeL83iBF3gXj/iwppoSYG8k5ac2xVF8XI","T5fOtEZTQkP92abW4LzKHOqbTHHX6aMElyW0I0EPNF8","n8wclGgEN+pe0+NWroE6M/nClsKmjQDIpSkk58BZ2GQ","vAqSdP/qH4gBFLZJuqRrSL2mU/lRdBSu0PeatHlB8+M","3.9.24","20251028","pKS9yxSN7XuQVNh4ln2sYuEfAKf/1gLq5EW6XksQiNg","kKSme/lb81SwJZvz67nB8wlwcsoO5ST7e3W9bUPWojU","7E5LUmdamXvnID1KSL9EiH3Xzwf0IWw8bQKuNwEzfWM","QH42xPlDf10Y6SKJWxi/hW6OAPThr/XKnGlVQ5fJ6aI","IZfxzcRTXmSjyXTP4a3XhPoJgl8fjCxdG3rfnUnlRzQ","Pa+9m3j7CmewNJl1tOz1qwWpxpcDvXIk35wrqxMYakY","NGquVthMygirggdIj9tAR2T9ylfhAXLzv9/DRwPk9Cs","hOG0mx3RnvZLsE4Uh/4a+RL9Cz1uaGy5MA2QJ4b9akE","3.13.8","20251010","32YxCI2Ai8ltEIU910eErfsUuRGYjKLWYi7UflSZiWk","JoMdXDs5Lsz2kOa2KNOd9lXipUiHiL8fyvOX8gaGHmo","frgWo3+sAkQmgXGfA+zJmbETbtMp9Nz43/hOwaJ08GM","IvfgGXCMlfde/AoJKPpy60sPLEzqOGUKmqMYbSO+X3o","S+70bmMDYWactm4F9+EWLnOoYWHzuiOZ2ez24r1nP4Y","iV/57mEn/eNNA7/LnqdootKKPRbCJNmSlK5MxzGPg8Y","ba2gyfdbr0t9sUBBLPZIHzm7grSptgfdVLNPcPhRn4s","1ryqzR03lKIw7XIHSn4j7Sz5nfP4wG6srEj2BtJ7UOE","3w2QXE0xZXj8meYmIqsHN9J7RMv65ppyp5L06EidJoE","ke3bo2tq23kPWCFv4R4Uuy87mqJDRVzTCnrdp3YczlM","5+OUJWqPVZKVX/nk8KyT6HsgZOVSJadOKU2YS5H49II","cAUtuG3niqnA/4JIgiBz+qlFHzPJJCOGekWSF+GO8aA","8IoZYaEydoo/Uh5QUBxClPeMFvhadO3jCbfzooWEkSU","rldf1nO5CDX7CGojI+bS+KFrj79HoZl7nIrHlPwDA0Y","y6OX+zPUD+8D2TYTZX/smKSM2ZQIlebXgK7DSco3HFo","u+niBDvgHEClRfnSQD74j/j37mmj5q5i0Tg7DgpIPQM","3.10.18","20251007","LqjMfCRT1H7vhDoeYGq8xkM2ccmENB9ikAXoKEgnD9E","Cp2He8OeNdwphEtqViFlYLOR1HPTQiGyRbk0mVXF/3M","M+BackZE0KvPOrzEy2pmbP0LMDSqx9W6s8HwKkQ6jLc","yNpMe9AaTrVY4xZ6H2b4gzLiZqvMU0p92sC0knolkEo","2tlnM7kFLC95iGVTaETxY/oNA2r6silF6a8m6TlrcFI","xbfLY+ZsijfMPdGfPamL2+bmhlSzaKEBPEEfNQwDr60","F7oqcoyAzdhjdhghnfukWAMlTWFFg6Lm9o6MlcxKH00","EX0VeH3D+nxqTTTl5cteZ62o+9uPLTxFywyP3BdAOTk","3.11.13","Z0ZRb28Rexp7ph7vn0nBpcoHZhgDmqPIQNQjmy+VYrA","fQ5SDd9Hce9t4XvipesMpOgBU1Vy3UEKGJaZYptMgAk","M3wAgjepYlB6tsyvHrlwtguKGqCThZdbxSS3Ytqd04A","p8Gk8SXBMOckm5YkEiBe0F/vJorAu9xZ1S9/LYcw9uw","L5/cjk13ExCCwY7retnic69QP4ctLqK03Xti9PmIjWM","cw9l7612NA2cC5hJ5ewqx1Ndt15YVeU6vaxLKhihRFA","L2z8/VoD7+SFyjWYSoQZHobfzNPD70r06+ah2G2yQe4","NUo7/mIxO/NJqE1okc7xw+AUvmnb7JCeFuQNqjM4QOo","3.12.11","uFkCeRgmFdt5Eo0SihECmExXp6YGpVkyMo9ff3Qa18o","j41eqi6Yw+1drz0YBDGLljngI69zlC4zEly2f6c5JQk","s0uapNr4zGd/cuoMp66+Dc0DTicjmhWSeRvg06cq2Fw","IjvCHsaEyH9So9x3Dx+v3oHrjbovYBdt9O59IpuSJc0","9FNDQgduJaLX5dztZmpCFhFompRAPpmaaNgBJ3JIV6A","DuFFkHh7tsQ7Ai6IOc1pakdsualM1NzjIC7ZD4STr3s","iBEaYdOyhfVOfxM05SPQGyBJrSYhFhaTohddp0DczgQ","dAydb5vf9LvUjvOawHDMp0ZSn92Iopp09ZsnTTQi1o0","3.9.23","3wNYbJhMn6aIQr+lQw9End7d005ufr0pc0xuHBu+3Po","bkUDGK0MX8zbQW4nQqehbwGnk5pVjeHB2MkVugT1HaM","Z3xiLJchfOyWcqG6z6GLlWaCpSpJedECLdJomiQVt1Y","jvQkMzHqhA50dGKUQ+VmbOl6SMks+hN+UQU4/KZ5Ovs","2P6bC8pEN+7WzpxR+FxATbmjHGW9FEddBhwuYMwnnGA","FS0W4WQKGllORb/+uGAMdRlZUZcv+qgwnaTLAuTYvgU","gxeNWzNgwq+ZbC+ibwCvfQH+diaHkBdYxsk3LIlrhLA","4OfenJiX8zvpcRa4hv6OFzIdA+k6hmS0WHCjZszzVzo","3.13.7","20250918","78POHqbTkfKMc48iPs9sAIlYU7kF07WRe77LUT/bPKY","IqMn65oaiWZOn2CmFU7fDdRznt8nCkLnph24Kzk4mFU","jEpZ3qGVabwf+em/BfhnJm7dZ92ZKfnZBnloCCHc5eY","IdG5Qrb6Kc05JLxO13uLi4W4Jj4OnIsSEgs0QFQ0VYM","+LTiXYNi35fSwKoeWdcdJHkBALQtDo/NsbTbh+KcgLY","5CvFfOGOAjTXv+b0J7RAlaCOb7KUy3rG63ff/V0+z1c","rqQXfvOIPtHy0IKzWbUiS8FmtIcErNsLP26+NsRcxGs","dw0rM3M5OHtoITdcqAE1Cj5ACGKCMmq2e4xj7AtTRwQ","XiHSVwuc5/ie5h92E65tTk6szZvY2QH1HYa0nPJuANw","uAe3uMt9Kd24qZ3f8boJcNifaiRn0ypvl0QyjCiHjrY","RH9Rl/z9r8XTK58fGZeJ9Z5TvczmTMYNg6qVOwV3ZSQ","rnQrP64mFNQ3uQDOke7bZdJonx6y/+jrce/OjIFE6dM","hZspIkhNvspD4dJlRv/t6a9XIac0pUL5hk/WMV/qTZo","/E/AYsN6g9fx+cSyKy1z0WpMnk+kl4W3TV2Ze4BDkL0","JQbOQ6Hs/6KZsf98LV8wRLKGh0OduMSEILMWjr2OLDE","NVMnG2KDycCEgNBKui287/mH3Vco5cQZtshW1i5OLMM","3.14.0rc3","P9tzvyfBJo+Q9uRLp8tmxlt3zUiRYQ5Pqjk6JvsbPYw","K+aPv5mXWwHlnJhm7unlbEnpd+iovxVjG60l/Ry2VsQ","x4rX8EFfYgm5COUiISvjs1VyuITgFE84U3pBttZ/VNI","di1ULeDU/aHGbihkDZAOfPujDWC4dIjvZ/5J+O/0n+4","jj7OdITSXGXSlScd5DVephPoaHrO3cRB/QnI99oxDVQ","eHJONIQ8EcISFLo6lGW3UuVaGpqW5gMTLOGyGgrN9/Q","KqFfdGdWFMt6ooGqGOH9OFBE9TAh0K453gbyEPKxr44","9HobHr4cOvqwK48D6Yt7Aa+lMKbS8tmMHbeIhAjnGHU","B1YIAtX9ETGI0Ox6F/zdlJCK6IbAYY8jFBW86sTcEkI","4bAzoynmfjRxu+KpjfYJJZzi3KNpdx7dgziTRE+fafk","jMyhvhPmUuA6E8HbdX8Y6pqM5Om5Y7ceE8F6DmgMqT0","uyPB0uXqUOU69pZFUzHBZwoWOKr8NQSgZv4r7s0Q3A8","PT0QzdudZOLlZULm3/A4Vwhvw+1VeIGEBHRxWyYCiyA","QMApVh5iVtkCdOJDiS8VgeLKV4XOZun23KikeQzp/7I","eJD1j2XIJBZyIgBzGYsTv0HD+nKAheLjsMR7cRlJQfc","lN9c4a+bsE83wYFxsnoA/kyraAoRO1njfIpGswB5uYU","3.14.0rc2","20250902","Tt0dg3tpMOU/47N8LcJj/WN2T51sWFSvRBI8S0xAwIg","5E2coob9oP8mGTja+uW6Xcthvea449OVzIoVyMC5eu4","E89Hbn0x771X9eZoXdJfzRKhHUqj+hbgyb/JIs5HcKQ","LMDNkGYfhP6t9dZNNyMbe9x8kok7liMgcIWVTqz058g","NQwNKzg6ykVSkPDuwDPdydR/k6Ym69KGgY5iuu93W98","xU3hytTCUNga2Ygd8Ep95kH0Y+299JLOjJoOsw9JfUE","iUEY3RI2Nle3s97pIgPGwhaQpSZ43YGBaLKiwiKIG6o","mctPmmwKWrv4zJUBKHQnlf0r+WYxa/ilgChqSPGQuOI","nvarCxD4sK1QuDvnItLRdmZLl/DXGjijm3qtGyH3pgE","5MfFt5twtc9QfoCbliZpkkEcm5V12ZD6dxGQfxOFySc","HowFxE7PBv890vFzN3rKxgffNIN//QRQtBfdWiIQUgU","qzjONcgRduwkxI7Mk13onG7Oie1xjnL1dnr6cSiQyEo","FSXYi9vVVvRlkpa6HgGFOZWcO3Ikj9o00UIO5wtAqQ8","gwp34FyoR+i/QkAaN6gThJz3LFBAU1JxwUjBWS2BTrs","ZB8PcjuTHoL+83eF/VlK8GgEr+RSak71jJxhUELG2iY","XmIYv/O+UAO4bWQNZHQLbZq1k6oTTwXXj626fMicLQ8","3.13.6","20250814","tW+vcMHkgnT5kWXxee870qA5xZUDA+b9NvI0pOKndK4","FDD45Edy0a1hsWVuS0kQ/o7XtbTfKjmpuZ+oNy0XsQo","BKe4kVVmY9+vKEQiUUhLmxnrNqccnkHjvwJVp7UNtrU","e2eHPoTarFZiHfA+dFJ9CIQWbCjygtK/Wek4BuDsQ4E","iD9cLemQh03vhZBk2stnVRUSwfFoqcPvlvAvo6KH7nA","tJxDoX6itWTc5f8wX8BC+GZecdhlqQO6NwkwRjAkHJA","gxD5ewI1/sZeaktAWT4EEPzscsD9qsmQwqSaWdM5vw8","pDMq4LZ4T9ATEH05UcMf3QjSfljqwreMpWw4DHagqJ4","oiCWt7STDw31CCDw+kv1ccVSIwAwwvCWvVNHbwwzeHg","XVK/cQgF/sWPMUnTZ1Ks0u5Hi9AVSeDPwbkJ+M+rhbI","nff5q7L4ac7tEngPMXxux4Eoy6e1heEkt32pjgXycOE","YjqGnVsAtLQ+9dgcUlcy6sI/qDzqq6x8nU6DWKhyYEY","M/PnMYvWwd3cgOYNcu1BYTW8U/v2Da/pzeyHAv61IsM","ijf7SUGgiAOS+A+50WMkGcKtWoLYqf/8VsXb06Wh1EU","dbjpWecA29Vpib9i6ftx+3R6CfklIT9C3LUkPrGfZO0","eY8HMpcQ0FzcWgmTQlOb3lPeZ+I02ejY+mkEw2RF11U","3.14.0rc1","20250808","A73Qz2QbUnEIZ6lcrXd3oXkx5t/KSKlk+073qYmH8uM","GCot+RhRt5CDl755wDdL6v0n4nvfK/5qLW/maYRZv74","qCWlaP6+oqKGLeeCXWkaaTmVVaooP/z7i6h6RERFECQ","Cpyffvpcmw45IqItLOXKiVoeQZygCrmkZ95aFbSlQPI","QSxI5abV6gHB6tBHCyO3Vq8emdCoGDTADJO79p0XJvU","0AAZCCJPvmPpciXtUMS9APKkd3rwmTxAA/jdgLn8HeY","ST2F2a+W8ilaZJ7dCSy4IBZwhXmGK63YSOirxi/hTc8","G3xoaZWwBktkLtUlSpEqv0SI+uI1dmMU11ddwZeCorA","YuZ8SJF3CKDAXV14yZZxX1QqfqeCXiF0iz7SmHNjeJc","EHhTq95biOK6UdgPIVrSF7+7eVKUb0XVA4oAsPZi1I0","95o1v1HOb3ebBRfWVNKqdlMxUhvRuwOCRLvdzlmYJ9Y","uo6nYzSvZGTNNVKGBQ5EZ81PvitgyvKU/GnwkhPHPDs","Lpn0TOImivnbVAC401VOMz/Rtcl52dxuHMcFFiPDzjc","5XyXQ/UhIwUlPr1eIDMIPFT89tcyebBscQbgQNGrBCM","E7rDZ5gZVJS9hKOnvX2fcvTKEGYReOBlflxuSHXJpH8","Dv2pHJQl7w5GzAY1W1YxTtAEeBnC0bCvo+J+UJ+iQkE","3.13.5","20250723","o38iLm83vzLz+hX/8tr2csjVbOKfSQUx4VQ1GmxqjWE","lMD2SujPpnaS0PlU0lUKD1Xmx0JtK4bgauE7MytB5pw","JGC0UuSb1wyNEWc/fpKgAU6jTc9tacodTjgIpQXATZk","i6GoHjcSY7ZoZnymYjTAQi3/8hIAWl+wztDbxQEb6UI","FuJR0nUSW9TBvXvtE2Dy+GuvAG7oKe3pAJ2lfBl2mkw","EOyS1R8v8mzDnk2mLMtfr2jBlRuX9Iiowx2iC6nMOIE","KyPZhI/hmPOUqBm9RYKkhjn+CkRgTwk/QnqSHJvquaQ","/ZKxmJbIkIsW4HAuGhBl8Uml555Q8ou+IN3aCIHPIy0","FxPec7MAqSiuMRfaU1b1WFI8OEJydt19NcqaGSuhvBM","mnJhhbB52GkO4XknjUPZtDXh5fFp2mfljLiqijBu3Zg","kx1BSfnS78NdQYNtRum6aGs7k0AD7k0jzuClTB69mV8","Oa3Yq+bq0GISQ0MSTAcZE3j4lTQcLVR/4MPZSFLDRAY","Op+VVGhKKH77kmIFo6dAp0cQvabQ68c8E468fBZZrKk","rU7YaKV08n1ZmUZf5XCiT5ai8fgj8GKlVpyNSeBF0Hs","tPpY/dqD/lohclK37DvcV/1oFF456ECvs+MHIm1/qEA","GwJczU09BS5KZGRN69TpIJ9OTBdW6UKxDsdNt0Mn1aI","3.14.0b4","20250712","roKst3xpxQanmb1wIv6aIlCIFP520NflPB8vYLX8d9Y","+GRCi5trWTjv65NSbVLsaFN3ZyrSkuSy7uYsthB5M+E","EUQ/kbvaXz1ECQjyC/r9VJ2tU1fnBfHoUnPrttsCBvM","gu54J8H3WntRUPcx3fHcMSx5WMdBpnRpZ/uKVlbIW5E","0HDvEQOIKKEybCMMRXgscPAqa4lQSvdsyV8HeNsgyqw","OpKmOO8IsFjuv4BuywE0qpRnxVRRL9IILm7NGmxRf90","vvHS8OPzJmc2ZlXoMz7x+SqwfNe5iNoRDzlwpdZx46M","Od7OAtWyhufZ/7us3XMNsNZLiBuysu3TtyG+I8Tolgk","MCojrxkiBzN9ssImij/tmPE4Ra1TJPH/l7qmiAcJhRM","mHBEfrCVAn35eh5BLv83j7eIcqUn3Gre/8kB//ikDXA","WfkgObcuykz7Rjlpm8l7uw3muGaniUusnPEyN0z1qho","xr7vSPaiyknaCyeY5dycRSM6jwtvp3hha6fP3NZvhaY","Uj/5cjOYuDEE0wCMAS/TILaC7k35pLmtbraOq0P2H4E","hVEjH4+XjyoYmdYk8uSfylVd83AcXMIA2+hwAUQCeIg","PScBExCFQgXK8dmIUTXHQt1FS/Vei7Y+1a2k/Z6xXEU","5aYK8BrUgMEhmm24WhEfjyxzUfQUqXbKWshCNepvkUA","3.14.0b3","20250702","ddW2W657OfPjWjAHCnzO8MdzsZdudkx/touoQKOtBZQ","McviRXUjHXBpN4Aqj4FTbRHdefjJzXmBuPk7lwqOhIE","B0Lrazgf22tXmD+KWRjdnhVJU/lZ8r5aIDaZ5bGQHBs","HDXX5aw1fQEtPCZdpAbjMVNb+fpeKUVLGQrIzAxX3UA","acR335LkMyOC6aGzF3FVscLJ5mEjZrOFQJvRfxjEmnA","AvrQsh8wtCdCRoEH/jPrI9MHuixWcLC6oR4z/DAWD7o","YBXfhgMdI3Zcf0yKAuGqPjteSl/p8nR/zcN9KOP4oPU","v6qr7g6cq0p5Z76XWRQIMN4ZlMj4fo4FvuXsf9apm2k","Z4eujfozJorjM22fL/cQe7naVxR1fKsq7SC/kWg1iI8","ZRrvbTZA22DbsMKMaNGUhGBTs9CAhUJ+HJx26xPeXkY","9gfNWQGQMRy+X4XYLUIg61txQWSGuCfpm5PKHDQfIEU","PiDzxHV8o9NzjitO2bt84ba4aLD5LhdmVJtYvf32rXk","6YrTG/cY1x6yE7TU/mmf1cTPGWHb6Rr62E1mEu+83vE","4XiCwCGk1b1lHqEB7TfdiBSE4cB8D3bn4UeX3BMXtqk","Q3/6wPV4HCl8Og4SPht+fo9aOrlHWblkD+Xbn0rC4o4","bbj0b9hMYmqcafz5BglolI2Kw3DXAzv99LErhIl8t58","3.14.0b2","20250612","2eV80l5GGeyfm+Q/EuOohNcptyJr1MiEOEVCjkRbLHQ","HzOjEMvSaDutgu2Ji6s99ORvEyEFNPeF7dNzibMG2BQ","T7qdRj6nGxPYEw0gebWfWWS7nyMz0iMhntGie6U94Eg","DednHoKK5VSUH0RdvWMd2L8IyAFSsWn/xMKcpl2ymcE","guLyFh+H2xZLXOCDRS/vPuxdXcPZpmUSZWhY91StRGE","y9g86b06ZAYaPBb3TkB4YHHHYS8BmWoLTkEz/CeOVU4","t59xK2RqOcGvnpGkWWL3aFQqeDC+APZ0vQlVhnaWwfA","l7oI90+9lVMLjyGAHe2s8xr9hCddbYtRe4L41Oy6b7s","lLhgkYB5Br/CuOdAd0HbGecyZ71lja2SGVOlwh7TiEQ","CyLoonPWKZToUSFZICzvK4hKkkIJVe9syIn0+iNkUY8","qObPlf+BLJyvB/tR7uHEoVTWDLTwrp7n0rrJ7AciJr4","Or89Pbf53Dmqt6wXNgleJ6CqJit7DIXYYCmuec+XfH8","XiclhMVsHD23o84JiwTa3mHqd3u5SHfUJHceojHvly0","YSymDfGKm5FaMfCE1zYROvY/N/OSgpvqV9uWVwfk4hQ","cqx5DE6EZbOyOw50Ecb9ha0gAWWMN1sbZ3XtrfBsipE","gl0gvqbdfd56gNUifLcwuamLldg2ZvYF8GjCXUkoFHU","3.13.4","20250610","JkkVgZETVaw5+oMi8KVeVqIlvoCpE3hsPDCtB2RFoIM","3yS2YVMt9NbDwN5mp/JdMX1JSmWPldCqHGdV3E5Tb0k","Abe07GaNqeoT8bJYOzV8fNcJrBJLReKbdv0KjlTEmE8","jWDmiLXcO1omdv3mhUYxavEMvTGwYyhns4XbvXNTw78","mbEwba1tC+RNj9C6VWRzs4UlkDDPDCc0k0LwcvKCKJA","qah/snibbfvNfRp5yEbSCPDAp5aXWa2EdCeGwk2ngEc","8ApREX+rz6wZudtijbZMiv5UnRnEpbXHi/mEj3lTbRU","PY9Cv+YDPhbGDgYVHSfezmeXRWDDkvE/BZjUZBuwRws","l23IGNzEaMdg+9b7JVMxiknuxqrY3MTEsaRLC+M1l4M","eWW9Y1Ty22JOkEufWLsniD8uatfstlYSwyhGL7ZdbOA","cg7Zibklxb45Gdy4c4rdzRzmhETV4IGwQSKdiO10Phk","EAHM4mkj2J+nKlKtO72lz67nv/ESkdkh3sQVGEbvDDw","AB4feP7LdQ0c6xS1m/VITeI5wCgY2aVbRKxWyTrup3Q","U+eJRGsAaJ+CXBnQycOS70t5efr2rJD26zmB29aP2zc","51ljL/E7ghVElAirufqwSw296K8ssMdJ+0C9Fw2eI8M","cBWJvHJNebfEkCyO7we7KGsKtTtppfJ90NqHNUe843U","3.14.0b1","20250604","gU5akcH+cG2lXwropEfqnloi8Ze+QGQQW8/t8ZYOLNo","watvP8XkE9LHSWx4RIVvwPTN6+eyTrNHadOZq0+DDkQ","HRArKehp0+yKAa/ALxMqNPN4x3fKLbALrZWtRXG5rII","S7NQAKOpmwXxqykOocNg5eBTCgvNPZrtDxY12g2Xdi8","H+GCxQkVGbVeLW1Qkl9u9wcDYgTR/oOiXbrHEGR5SIs","T+/3YPKl9OKJvAQWmW0iQDTvh38ULVBiqf7wv0GEitU","43UGKnfzQfNP5X6RCb0iEIsaer8PpdYGmngeJmITsOk","oe/xPF4cBoMmIgh4slRXLQ16K73gZKUDesnsKW9f42s","rejlDaVu6NSS20AFncyZzyWH9HQuHdxH6P53ydFXicc","d0B0EGGYYj984Y3HQZp6ws8DyqtLSkms67g6aXp2ilA","OJp4kjPpoZEbx31Lw6EdmUga1WlT0OM/kwHIRRwZe3c","8QfZj42TkMytOKlJFP8Yhqn+sd7hR1lrJMGWdhSE1uk","+99O1bkSftdZjKAyqt8hj6Bv2DAPEz2ceNCU4IwjmPU","n6oVg5ORfhLWl6h/MrGG94tbBFVh5Jy5AAf0tz01Ze8","8YyskLNhHc6xZVS706c+fM5WkrE8zuN7gD4IfRHZziw","+fAsizEzqTPYZpVulz9m3t/avNsfT3gf6Wl5qqAPnV4","3.10.17","20250529","r0clR/hWfduJPTMh0iE9CpIyK4c7dTTYIG5lxforZCw","l/Ss6ddDLPypMiojwoOPVMcSYiBkxS9rXnuhkH0L3No","me6E5rFkP8NYni9iEw0akBPJFHc9xAdLJbgMxTQYXr8","Mr9hYoOMWy/eIu6rhNZTcDfPRDMjpOxZIdhhnHXeY3g","bKKmB8cWVoyO+jmQtRi5ACKbm9wSG6peuJS5wgtD12A","8s6V6tEBgSvVYDrovxYH6mywvpxPVHmigud1jVij4oc","DPC2ZtyjSanSG3b1XD8rXTnek5ihQB2Av84fde/tbbw","jJ7b8eC6ixnGP0k6fdm647voSk62A7td9QosbS6cejs","3.11.12","PvCOHnhmBUqoy9xOSaNZPBRGQnYC5MK8zSDRV5J3S90","e9a3JcLEF23y/2yKtM9DglTPj6PMshtstM2TUkott1Q","5ZALdRcA0mNpBfP3DUQkeWsZIbUIRGiIuzT4QiNrMtc","AJ3nRLYevKPnWmKY/Bo5UJDV9Ikc4i5Lj13JqgTEr7s","Hzk3EICTuRI85K+qLOwMS4G+DHF6x9Yqad0rHTyyIHs","sVyX08MeJ6dBS7jsCGNeHmqUtCNk/MWxCNiNYvMAloU","FRK22aiDowXDDq78Ot6W03ehu4b5n3J/kqjfIrxSsd0","dCf5GtkkbdJN4UkBEbu9B64p8DkwZ+LHflVRraMJoVU","3.12.10","rBGaEU9XjII9G3AaokwH9TpjHIQ+s3J4wIvlTQeG9kI","3NjSQhUxzSRuDuwZFQIlOdGqPdjFSxbP3YHqsYeh+rU","IQS8lr1ckfBBYgU1efOvG5WfPVas0fPneUq9WHqDnJs","68t3RlKuqhDIuaWCW+JX57IbYEqsG6wtP28UA94RbOg","CfHAwSVDyLy7vs3E4bTs2VZt1M5PEEnpq9qyRDpUSyU","rB5noRgiQlsRCMCnRQjO+r2zaRtngcKXbJGjVi5gh00","9vhFdYYZPTtuewX+/am4Ivq7GPLViy7OOyIbxrazmGU","t4H1UaG6su+K1w1fweljoFW7UwA39M+Gp16UrG0hvPc","3.13.3","22w5TxolF9RnmQOTYGzlTxgaoPEUynsX4IT+LwepbS8","7pQX5NMGO+E/cQM+IHm5aQbyFH/bdbY22ghn0iV16c0","KYQ/CyLZwnKJ8U+EUbOOM3YzYeT+hdPg2YaufeE5fOw","iA+H2TnAW3KgO/h0jZMbRKTnN5t8Kvo5r3tQAvcd9Rw","oCjmk/pKZXhQ15oxJ8YxqcMt2Z70oS38xgtw4ZegQ6g","lTuHVYhJVlqbPqiP560qFF2Ux4x/EP8NbjTsxN/vwhE","B8xF52soBmAYOSP7HpmLUJ4dy61wa30A0LP30kzYXPs","UL9b/rYnviln6uRP38IE7noi9X+7QG92VlZW3jDW9ME","X09bi/AuT1HN+VwmOe4R2GrHtcUXcAO7ZngNkEcR6/M","9575gxIPaa7U47vdSbXdoEpweoP7dnqHOFlF9jFemnQ","7mb0PznTreNvzuDBLbIjoRbq1Bc+dh4jCYWC8L4Syws","NiTORBlCGcnebSz+y7f8lcfHTvDC+Y3JFwm35C6UBwA","xM11KDBd60MT8XLs2PzC+j+6WtgMgNMz5IcKzEengxo","Qpd8x45PNCN5lrtK3vyyXe41MKmH843QcSQwsTzk4IE","Op+ZrdBnmvcqDyZLehSkxrJrIZBbSbVz4KuG+rk28A8","QqytnP5nVtTDmp6e/VkL2jrnLexLaB8HeAtTf6jjMKs","3.14.0a7","R04RZgpwrrLEbhayyQj18bPY1ZVwbG3nuvMjEci/0sc","f81U6uDEaYjponpsoyCpRLApE3/cx1J9j1tw7nMTadc","GXP3JiPyva4GRGaay5PEhkQDAeOr4ZVEKl5KuEJ3Jxc","zNHGAYlQljnxs/7ZjS5nvZ8xVBBfuekBXfBSHpZK65c","e1DeJO7jPhOwGUSaLYoTo37m7mV4RGmOdN2ybZUbiGg","RGtn07WgOkIfDjlqHXjPukW3lOW0bWUHt2WpT6wEohI","Qg47MY6D/mtM/EeRs26Gl20oMqXI4F83/Ynxwu1+9FM","HbaV3ZfmaKh1U/md4gymEKd2QldeTrbXe+dxFJtm5WM","j6Y8jYwJOVbigEB1pcNkNqg42BQAaZAY62Ysxe4Q/5o","QK7lotQVFgUz3//YOv/lhdnoBKsasoG9KBC3NbEr89U","N+DcpP9VJ3rrYmXpldR/JWGULEcEDwgVRf5ge4lr4lc","d39PnvZ0Jx9c9xeYs5pGQ8eABgtZY7v8WxAIepOoMJw","pht8E/vh3zv5zgDQMJwbODOKuasvH/HEvNG7G3emS54","mjnROjk1TqyBRn8l9ikjP0a/heBfZ0Ma2KUFw+G2qXY","zwPUHR5Cmfvah0WrsUskCkvSAi0r23f2QGYh7Zkbg/A","YAw6qRpFBefD7fS59baTXQ2QTguoPnKOfz80LuwsqQI","3.9.22","aPv4urjwtSYXn7vlmibE06KXEo0VuhDVAoBOFqJdlBw","rCC2Z9t0aQ1g8NVfWEU5LAf2ObV1AuCbFWr83eCYVio","4l7SnMHVGuDb5zFcFLoariBsDUt12eU2TWoq1PmbuyE","7dzPqkHfMQydkxWCIejH2qyG7sh4bC6YkNtC8V0DEJ4","rNH+cUbzNYKwSYl2tB35SdvgHewsYC0ecEH9TuF2PkA","S0gBUGeYExXAcarQ/jDIOp+g1saiSZD4v++QK9tqzvk","WBbueY0QieJsNC4ET2cTRft8aCk9UyD3xlV4/naOtKw","Au0yQEmuqJSq3xrfJ7neHUPXlXZocT8bvE/L8qWvlqc","3.10.16","20250317","s3mWvL5I6JzXqwGgNrkUFBPcHcx6hwvDkjCg+jC51Ug","UAmivpIjDA0mJvQVNmIm/XX5Dl/fIa6ap+HlIEICwL8","L680TUQhSlLXI2w6mTNLOczs0BHOl7V0jvkkVOcjNhI","wcSUbbXBuiOuX3ZFcP+3eAObUR4pOKaBJ7kccN/iRvI","OgVYxXNLWk3wZUMulWooK102F72fGOOvQop+udLFRXk","TnZOPE7f/gS3XJsA5LLqOePu8dslVWaXaEmOcmuzbAk","+igRq8wtJ9Xf3YnB9/rU4Hc9EFkXxBLsZiFapSTsI5c","SVxPXmiOqpOUCBf0uWM15DcL09mjuV2FzS6RoQVXiyo","3.11.11","3lq+tpzVkqKz4GrpC74uZo0klZSxdlrjgZFzXIvtZFM","gzfpZ8s0xxhC4ILcd8tKyoW1lCwtFXDHUTioPQejB0Y","YwU0JL/OZSghmCGVCFUHEJ/NIM/xY1bFSB618n4TfFU","PyK+E4axadvODlJDROjAKAGbyRbQm2Vs7cBzQSSX1kM","dpdUrL0gv+51OYV3zlHdw9lraVNnPQ3VhqG/xVHlHdQ","p0MpM2b7bhDEChuplcsjrH/32+bMzzltfR2PXYeXNPI","7+gqIJiX6bZBf+AzlESCIpzo5rBUUeJ+ZDGjEMOzVp0","QWgytGXXZ4Em9ou2RpPPFUr2VTW5tG7wxBozue6C1wo","3.12.9","giSJt2lLB6QeVKwi7cvGWtwg3A20w3+5FhE0u9WMwFk","1McETqJDO7DwB3PXw15vpI2yN2cAdys6lLi7HdIn/r8","eFhJCTjYIbe3UB8dbx5MAnV7WwrJ53FobBdxH9RZVmU","ywobjjRpK0kFmseMDtpbXBNyYrpdm1iY3L6wPA5hFqM","fvM8luifSCI1ADW2+FnEd2GioWuSc70PPFzngZsemTI","yUwpDBtw2Nc787JjP4TxyNjQC5nt0wpAOm/V36WDT78","1O5M9NtbnmDLKjGfyQO1BViIZdH3Rv9jO2U7ZPBb/ls","iV1XZWvv6mMgr/jnBtjb9HfQZLoAQ9Y2ZPnacBl38Vw","3.13.2","eLBtQzfXpSdOEKDl3wcJr2VmPgX1mPNyeBPIiMI/CRQ","WsWoQJUPWTBI4yct6R5tkf8rhHSM+TWDFW0+2dmDLKY","JFhMC8RylpNYzmhumQp8PvUcbOrVEQZ15oz1ExXU/p8","eNEUpDt+Eb2P7EEUn1qPZ63qLQhiUydfAQ8AH6njYU4","6Ivl6amjU/fjtHiEA290ypRtGufskvCf94/HBS15e+M","OKwnDv7kCVyuTMXBKS65KYOajxXbsl419jSOX4WL+YE","jbfMtVoIaTJdW03YOgQpZAEH+lpxs4jRL+BvAGuWVws","7V+MGN9gubpaFIzn6BYG9Fxkt/w5DUU9A55Lxl5EGUA","3.9.21","q2Kqx5GtMWgDSDE0i51o70vVQuGcp+4fphVOeY9Kj6E","guSrIBJOzmmEBKgeL/RVG/69uOmEYdQcVZyMOgyQQXk","9c70hQ1Hof+G/tDQNdRxEgvyA+Kx0gJqJVG67qOYnwM","Jd8r9uPggAaZmvnIwN3v+ZqC8Er9khdM62Ip6DaA2Qs","cq4Zpof4JWLpNSt/8iHqFq6K8S76lnoa//EJB7FKUsI","GG5oMCMnH89NWxm8A6gU7JTXEUhd9XnWe1+Pcjt/HnE","3XHzz8hkKyUkXOr4FZ5GTbzdl0UOnfxKwRA2R6ZuI4k","irDr9IP0BelYI0A4Ee5kz8j5tMcT+UCiU+VelK5IhB4"],"rows":[[0,1,2,3],[4,1,2,5],[6,1,2,7],[8,1,2,9],[10,1,2,11],[12,1,2,13],[14,1,2,15],[16,1,2,17],[0,18,2,19],[4,18,2,20],[6,18,2,21],[8,18,2,22],[10,18,2,23],[12,18,2,24],[14,18,2,25],[16,18,2,26],[0,27,2,28],[4,27,2,29],[6,27,2,30],[8,27,2,31],[10,27,2,32],[12,27,2,33],[14,27,2,34],[16,27,2,35],[0,36,2,37],[4,36,2,38],[6,36,2,39],[8,36,2,40],[10,36,2,41],[12,36,2,42],[14,36,2,43],[16,36,2,44],[45,36,2,46],[47,36,2,48],[49,36,2,50],[51,36,2,52],[53,36,2,54],[55,36,2,56],[57,36,2,58],[59,36,2,60],[0,61,2,62],[4,61,2,63],[6,61,2,64],[8,61,2,65],[10,61,2,66],[12,61,2,67],[14,61,2,68],[16,61,2,69],[45,61,2,70],[47,61,2,71],[49,61,2,72],[51,61,2,73],[53,61,2,74],[55,61,2,75],[57,61,2,76],[59,61,2,77],[0,78,2,79],[4,78,2,80],[6,78,2,81],[8,78,2,82],[10,78,2,83],[12,78,2,84],[14,78,2,85],[16,78,2,86],[45,78,2,87],[47,78,2,88],[49,78,2,89],[51,78,2,90],[53,78,2,91],[55,78,2,92],[57,78,2,93],[59,78,2,94],[0,95,96,97],[4,95,96,98],[6,95,96,99],[8,95,96,100],[10,95,96,101],[12,95,96,102],[14,95,96,103],[16,95,96,104],[0,105,96,106],[4,105,96,107],[6,105,96,108],[8,105,96,109],[10,105,96,110],[12,105,96,111],[14,105,96,112],[16,105,96,113],[0,114,96,115],[4,114,96,116],[6,114,96,117],[8,114,96,118],[10,114,96,119],[12,114,96,120],[14,114,96,121],[16,114,96,122],[0,123,124,125],[4,123,124,126],[6,123,124,127],[8,123,124,128],[10,123,124,129],[12,123,124,130],[14,123,124,131],[16,123,124,132],[45,123,124,133],[47,123,124,134],[49,123,124,135],[51,123,124,136],[53,123,124,137],[55,123,124,138],[57,123,124,139],[59,123,124,140],[0,141,142,143],[4,141,142,144],[6,141,142,145],[8,141,142,146],[10,141,142,147],[12,141,142,148],[14,141,142,149],[16,141,142,150],[45,141,142,151],[47,141,142,152],[49,141,142,153],[51,141,142,154],[53,141,142,155],[55,141,142,156],[57,141,142,157],[59,141,142,158],[0,159,160,161],[4,159,160,162],[6,159,160,163],[8,159,160,164],[10,159,160,165],[12,159,160,166],[14,159,160,167],[16,159,160,168],[45,159,160,169],[47,159,160,170],[49,159,160,171],[51,159,160,172],[53,159,160,173],[55,159,160,174],[57,159,160,175],[59,159,160,176],[0,177,178,179],[4,177,178,180],[6,177,178,181],[8,177,178,182],[10,177,178,183],[12,177,178,184],[14,177,178,185],[16,177,178,186],[45,177,178,187],[47,177,178,188],[49,177,178,189],[51,177,178,190],[53,177,178,191],[55,177,178,192],[57,177,178,193],[59,177,178,194],[0,195,196,197],[4,195,196,198],[6,195,196,199],[8,195,196,200],[10,195,196,201],[12,195,196,202],[14,195,196,203],[16,195,196,204],[45,195,196,205],[47,195,196,206],[49,195,196,207],[51,195,196,208],[53,195,196,209],[55,195,196,210],[57,195,196,211],[59,195,196,212],[0,213,214,215],[4,213,214,216],[6,213,214,217],[8,213,214,218],[10,213,214,219],[12,213,214,220],[14,213,214,221],[16,213,214,222],[45,213,214,223],[47,213,214,224],[49,213,214,225],[51,213,214,226],[53,213,214,227],[55,213,214,228],[57,213,214,229],[59,213,214,230],[0,231,214,232],[4,231,214,233],[6,231,214,234],[8,231,214,235],[10,231,214,236],[12,231,214,237],[14,231,214,238],[16,231,214,239],[45,231,214,240],[47,231,214,241],[49,231,214,242],[51,231,214,243],[53,231,214,244],[55,231,214,245],[57,231,214,246],[59,231,214,247],[0,248,249,250],[4,248,249,251],[6,248,249,252],[8,248,249,253],[10,248,249,254],[12,248,249,255],[14,248,249,256],[16,248,249,257],[45,248,249,258],[47,248,249,259],[49,248,249,260],[51,248,249,261],[53,248,249,262],[55,248,249,263],[57,248,249,264],[59,248,249,265],[0,266,267,268],[4,266,267,269],[6,266,267,270],[8,266,267,271],[10,266,267,272],[12,266,267,273],[14,266,267,274],[16,266,267,275],[45,266,267,276],[47,266,267,277],[49,266,267,278],[51,266,267,279],[53,266,267,280],[55,266,267,281],[57,266,267,282],[59,266,267,283],[0,284,285,286],[4,284,285,287],[6,284,285,288],[8,284,285,289],[10,284,285,290],[12,284,285,291],[14,284,285,292],[16,284,285,293],[45,284,285,294],[47,284,285,295],[49,284,285,296],[51,284,285,297],[53,284,285,298],[55,284,285,299],[57,284,285,300],[59,284,285,301],[0,302,303,304],[4,302,303,305],[6,302,303,306],[8,302,303,307],[10,302,303,308],[12,302,303,309],[14,302,303,310],[16,302,303,311],[45,302,303,312],[47,302,303,313],[49,302,303,314],[51,302,303,315],[53,302,303,316],[55,302,303,317],[57,302,303,318],[59,302,303,319],[0,320,321,322],[4,320,321,323],[6,320,321,324],[8,320,321,325],[10,320,321,326],[12,320,321,327],[14,320,321,328],[16,320,321,329],[45,320,321,330],[47,320,321,331],[49,320,321,332],[51,320,321,333],[53,320,321,334],[55,320,321,335],[57,320,321,336],[59,320,321,337],[0,338,321,339],[4,338,321,340],[6,338,321,341],[8,338,321,342],[10,338,321,343],[12,338,321,344],[14,338,321,345],[16,338,321,346],[45,338,321,347],[47,338,321,348],[49,338,321,349],[51,338,321,350],[53,338,321,351],[55,338,321,352],[57,338,321,353],[59,338,321,354],[0,355,321,356],[4,355,321,357],[6,355,321,358],[8,355,321,359],[10,355,321,360],[12,355,321,361],[14,355,321,362],[16,355,321,363],[45,355,321,364],[47,355,321,365],[49,355,321,366],[51,355,321,367],[53,355,321,368],[55,355,321,369],[57,355,321,370],[59,355,321,371],[0,372,373,374],[4,372,373,375],[6,372,373,376],[8,372,373,377],[10,372,373,378],[12,372,373,379],[14,372,373,380],[16,372,373,381],[382,372,373,383],[384,372,373,385],[386,372,373,387],[388,372,373,389],[53,372,373,390],[55,372,373,391],[57,372,373,392],[59,372,373,393],[0,394,395,396],[4,394,395,397],[6,394,395,398],[8,394,395,399],[10,394,395,400],[12,394,395,401],[14,394,395,402],[16,394,395,403],[0,404,395,405],[4,404,395,406],[6,404,395,407],[8,404,395,408],[10,404,395,409],[12,404,395,410],[14,404,395,411],[16,404,395,412],[0,413,395,414],[4,413,395,415],[6,413,395,416],[8,413,395,417],[10,413,395,418],[12,413,395,419],[14,413,395,420],[16,413,395,421],[0,422,423,424],[4,422,423,425],[6,422,423,426],[8,422,423,427],[10,422,423,428],[12,422,423,429],[14,422,423,430],[16,422,423,431],[382,422,423,432],[384,422,423,433],[386,422,423,434],[388,422,423,435],[53,422,423,436],[55,422,423,437],[57,422,423,438],[59,422,423,439],[0,440,441,442],[4,440,441,443],[6,440,441,444],[8,440,441,445],[10,440,441,446],[12,440,441,447],[14,440,441,448],[16,440,441,449],[382,440,441,450],[384,440,441,451],[386,440,441,452],[388,440,441,453],[53,440,441,454],[55,440,441,455],[57,440,441,456],[59,440,441,457],[0,458,441,459],[4,458,441,460],[6,458,441,461],[8,458,441,462],[10,458,441,463],[12,458,441,464],[14,458,441,465],[16,458,441,466],[382,458,441,467],[384,458,441,468],[386,458,441,469],[388,458,441,470],[53,458,441,471],[55,458,441,472],[57,458,441,473],[59,458,441,474],[0,475,476,477],[4,475,476,478],[6,475,476,479],[8,475,476,480],[10,475,476,481],[12,475,476,482],[14,475,476,483],[16,475,476,484],[382,475,476,485],[384,475,476,486],[386,475,476,487],[388,475,476,488],[53,475,476,489],[55,475,476,490],[57,475,476,491],[59,475,476,492],[0,493,494,495],[4,493,494,496],[6,493,494,497],[8,493,494,498],[10,493,494,499],[12,493,494,500],[14,493,494,501],[16,493,494,502],[382,493,494,503],[384,493,494,504],[386,493,494,505],[388,493,494,506],[53,493,494,507],[55,493,494,508],[57,493,494,509],[59,493,494,510],[0,511,512,513],[4,511,512,514],[6,511,512,515],[8,511,512,516],[10,511,512,517],[12,511,512,518],[14,511,512,519],[16,511,512,520],[382,511,512,521],[384,511,512,522],[386,511,512,523],[388,511,512,524],[53,511,512,525],[55,511,512,526],[57,511,512,527],[59,511,512,528],[0,529,530,531],[4,529,530,532],[6,529,530,533],[8,529,530,534],[10,529,530,535],[12,529,530,536],[14,529,530,537],[16,529,530,538],[382,529,530,539],[384,529,530,540],[386,529,530,541],[388,529,530,542],[53,529,530,543],[55,529,530,544],[57,529,530,545],[59,529,530,546],[0,547,530,548],[4,547,530,549],[6,547,530,550],[8,547,530,551],[10,547,530,552],[12,547,530,553],[14,547,530,554],[16,547,530,555],[382,547,530,556],[384,547,530,557],[386,547,530,558],[388,547,530,559],[53,547,530,560],[55,547,530,561],[57,547,530,562],[59,547,530,563],[0,564,565,566],[4,564,565,567],[6,564,565,568],[8,564,565,569],[10,564,565,570],[12,564,565,571],[14,564,565,572],[16,564,565,573],[382,564,565,574],[384,564,565,575],[386,564,565,576],[388,564,565,577],[53,564,565,578],[55,564,565,579],[57,564,565,580],[59,564,565,581],[0,582,565,583],[4,582,565,584],[6,582,565,585],[8,582,565,586],[10,582,565,587],[12,582,565,588],[14,582,565,589],[16,582,565,590],[382,582,565,591],[384,582,565,592],[386,582,565,593],[388,582,565,594],[53,582,565,595],[55,582,565,596],[57,582,565,597],[59,582,565,598],[0,599,600,601],[4,599,600,602],[6,599,600,603],[8,599,600,604],[10,599,600,605],[12,599,600,606],[14,599,600,607],[16,599,600,608],[382,599,600,609],[384,599,600,610],[386,599,600,611],[388,599,600,612],[53,599,600,613],[55,599,600,614],[57,599,600,615],[59,599,600,616],[0,617,600,618],[4,617,600,619],[6,617,600,620],[8,617,600,621],[10,617,600,622],[12,617,600,623],[14,617,600,624],[16,617,600,625],[0,626,627,628],[4,626,627,629],[6,626,627,630],[8,626,627,631],[10,626,627,632],[12,626,627,633],[14,626,627,634],[16,626,627,635],[0,636,637,638],[4,636,637,639],[6,636,637,640],[8,636,637,641],[10,636,637,642],[12,636,637,643],[14,636,637,644],[16,636,637,645],[382,636,637,646],[384,636,637,647],[386,636,637,648],[388,636,637,649],[53,636,637,650],[55,636,637,651],[57,636,637,652],[59,636,637,653],[0,654,655,656],[4,654,655,657],[6,654,655,658],[8,654,655,659],[10,654,655,660],[12,654,655,661],[14,654,655,662],[16,654,655,663],[0,664,655,665],[4,664,655,666],[6,664,655,667],[8,664,655,668],[10,664,655,669],[12,664,655,670],[14,664,655,671],[16,664,655,672],[0,673,655,674],[4,673,655,675],[6,673,655,676],[8,673,655,677],[10,673,655,678],[12,673,655,679],[14,673,655,680],[16,673,655,681],[0,682,655,683],[4,682,655,684],[6,682,655,685],[8,682,655,686],[10,682,655,687],[12,682,655,688],[14,682,655,689],[16,682,655,690],[0,691,692,693],[4,691,692,694],[6,691,692,695],[8,691,692,696],[10,691,692,697],[12,691,692,698],[14,691,692,699],[16,691,692,700],[382,691,692,701],[384,691,692,702],[386,691,692,703],[388,691,692,704],[53,691,692,705],[55,691,692,706],[57,691,692,707],[59,691,692,708],[0,709,692,710],[4,709,692,711],[6,709,692,712],[8,709,692,713],[10,709,692,714],[12,709,692,715],[14,709,692,716],[16,709,692,717],[382,709,692,718],[384,709,692,719],[386,709,692,720],[388,709,692,721],[53,709,692,722],[55,709,692,723],[57,709,692,724],[59,709,692,725],[0,726,727,728],[4,726,727,729],[6,726,727,730],[8,726,727,731],[10,726,727,732],[12,726,727,733],[14,726,727,734],[16,726,727,735],[382,726,727,736],[384,726,727,737],[386,726,727,738],[388,726,727,739],[53,726,727,740],[55,726,727,741],[57,726,727,742],[59,726,727,743],[0,744,745,746],[4,744,745,747],[6,744,745,748],[8,744,745,749],[10,744,745,750],[12,744,745,751],[14,744,745,752],[16,744,745,753],[382,744,745,754],[384,744,745,755],[386,744,745,756],[388,744,745,757],[53,744,745,758],[55,744,745,759],[57,744,745,760],[59,744,745,761],[0,762,763,764],[4,762,763,765],[6,762,763,766],[8,762,763,767],[10,762,763,768],[12,762,763,769],[14,762,763,770],[16,762,763,771],[382,762,763,772],[384,762,763,773],[386,762,763,774],[388,762,763,775],[53,762,763,776],[55,762,763,777],[57,762,763,778],[59,762,763,779],[0,780,781,782],[4,780,781,783],[6,780,781,784],[8,780,781,785],[10,780,781,786],[12,780,781,787],[14,780,781,788],[16,780,781,789],[382,780,781,790],[384,780,781,791],[386,780,781,792],[388,780,781,793],[53,780,781,794],[55,780,781,795],[57,780,781,796],[59,780,781,797],[0,798,799,800],[4,798,799,801],[6,798,799,802],[8,798,799,803],[10,798,799,804],[12,798,799,805],[14,798,799,806],[16,798,799,807],[382,798,799,808],[384,798,799,809],[386,798,799,810],[388,798,799,811],[53,798,799,812],[55,798,799,813],[57,798,799,814],[59,798,799,815],[0,816,817,818],[4,816,817,819],[6,816,817,820],[8,816,817,821],[10,816,817,822],[12,816,817,823],[14,816,817,824],[16,816,817,825],[382,816,817,826],[384,816,817,827],[386,816,817,828],[388,816,817,829],[53,816,817,830],[55,816,817,831],[57,816,817,832],[59,816,817,833],[0,834,835,836],[4,834,835,837],[6,834,835,838],[8,834,835,839],[10,834,835,840],[12,834,835,841],[14,834,835,842],[16,834,835,843],[382,834,835,844],[384,834,835,845],[386,834,835,846],[388,834,835,847],[53,834,835,848],[55,834,835,849],[57,834,835,850],[59,834,835,851],[0,852,853,854],[4,852,853,855],[6,852,853,856],[8,852,853,857],[10,852,853,858],[12,852,853,859],[14,852,853,860],[16,852,853,861],[382,852,853,862],[384,852,853,863],[386,852,853,864],[388,852,853,865],[53,852,853,866],[55,852,853,867],[57,852,853,868],[59,852,853,869],[0,870,871,872],[4,870,871,873],[6,870,871,874],[8,870,871,875],[10,870,871,876],[12,870,871,877],[14,870,871,878],[16,870,871,879],[382,870,871,880],[384,870,871,881],[386,870,871,882],[388,870,871,883],[53,870,871,884],[55,870,871,885],[57,870,871,886],[59,870,871,887],[0,888,889,890],[4,888,889,891],[6,888,889,892],[8,888,889,893],[10,888,889,894],[12,888,889,895],[14,888,889,896],[16,888,889,897],[0,898,889,899],[4,898,889,900],[6,898,889,901],[8,898,889,902],[10,898,889,903],[12,898,889,904],[14,898,889,905],[16,898,889,906],[0,907,889,908],[4,907,889,909],[6,907,889,910],[8,907,889,911],[10,907,889,912],[12,907,889,913],[14,907,889,914],[16,907,889,915],[0,916,889,917],[4,916,889,918],[6,916,889,919],[8,916,889,920],[10,916,889,921],[12,916,889,922],[14,916,889,923],[16,916,889,924],[382,916,889,925],[384,916,889,926],[386,916,889,927],[388,916,889,928],[53,916,889,929],[55,916,889,930],[57,916,889,931],[59,916,889,932],[0,933,889,934],[4,933,889,935],[6,933,889,936],[8,933,889,937],[10,933,889,938],[12,933,889,939],[14,933,889,940],[16,933,889,941],[382,933,889,942],[384,933,889,943],[386,933,889,944],[388,933,889,945],[53,933,889,946],[55,933,889,947],[57,933,889,948],[59,933,889,949],[0,950,889,951],[4,950,889,952],[6,950,889,953],[8,950,889,954],[10,950,889,955],[12,950,889,956],[14,950,889,957],[16,950,889,958],[0,959,960,961],[4,959,960,962],[6,959,960,963],[8,959,960,964],[10,959,960,965],[12,959,960,966],[14,959,960,967],[16,959,960,968],[0,969,960,970],[4,969,960,971],[6,969,960,972],[8,969,960,973],[10,969,960,974],[12,969,960,975],[14,969,960,976],[16,969,960,977],[0,978,960,979],[4,978,960,980],[6,978,960,981],[8,978,960,982],[10,978,960,983],[12,978,960,984],[14,978,960,985],[16,978,960,986],[0,987,960,988],[4,987,960,989],[6,987,960,990],[8,987,960,991],[10,987,960,992],[12,987,960,993],[14,987,960,994],[16,987,960,995],[0,996,960,997],[4,996,960,998],[6,996,960,999],[8,996,960,1000],[10,996,960,1001],[12,996,960,1002],[14,996,960,1003],[16,996,960,1004]]}', "windows-aarch64-none": '{"strings":["cpython-{v}+{b}-aarch64-pc-windows-msvc-install_only_stripped.tar.gz","3.11.16","20260814","A3X4gXEYOedEYMbd8b1pksRxBgA6GYETHgctNUszTVM","3.12.14","Hh3otdDfc7llqnLwwn1cYXpdclbObSBSKKD5Y4v23yE","3.13.15","9r8Po5rTZo3BmWBS7G7/WMVKoSa/IDzzcopHqDCvK10","cpython-{v}+{b}-aarch64-pc-windows-msvc-freethreaded-install_only_stripped.tar.gz","Nw+ATe++5kJegm0c8DkUfj2JwNFTNN5HB4iB5izpZUw","3.14.7","d+hfX0QV3RFzouIv1C7h6tiRRTduD4Rsjoncz5MjoKo","HWH5auzZ5GfPb6pHlkQtLMLc+AVqqqlBXfIqZ/34nLo","3.15.0rc1","nlMNbIWrOiUr0r9RARB2dn/nnDEwhMMIGjxHn3v2UxI","wfpyLv4zOP1/xBfzR3Jy3SNQ7NgGXXNzPy4UiuMpcZY","3.11.15","20260807","bQdKB5XW6NsL7btVVJ4aCvpIvBz/oQYohmC9sv/UUzI","3.12.13","B70bI7kZPneKfdsDH13DsSpz1HmQBkEm2XtG/E9kxA8","3.13.14","20260805","/DgGp55Wj01gH9N70EKusaN2VQ8kobrCap3AqCoe0I8","LjsKN1zUL/MJlXmD2QylYgL6prlfaEvWVesPA75UIWc","3.14.6","20260804","nnQLL1rXPd5RZ9xLgDXOXuSqkBS6qelFydMcirFOpPI","Qte3WG7Ex1YNbF2q7O5uzNRvR1yJL54clp4EfPN2JtY","3.15.0b4","20260728","hYvMVpWh6707FlXSj0j51PsmCDmM1ocqmH8bhJi2bVA","FTj+/7BfKA6qpzObHThi7aC8roWmAW7ieCm+06E2LBo","3.15.0b3","20260623","lqW8w73LSe/GRzMBTUGH2TD0qf5HKLzCY1O/f4F81zA","ZVpV8nySUoHqdUl1IQ+r4snP62+eJqXb7ncVwbtntSw","3.15.0b2","20260610","aT+zKReutSNqcFO6ktFiPgFWeH2phieR0nwoVxRFWGA","2kiPs4FXfyH8kdlH7Cknvllg+OoayAhpF8F7pFPFG9E","3.13.13","20260602","5qrRKmtTWVORtffvATgvWNMg7RRiSs7nXbrIS3GxEgo","s79JRZi1TsTYELggrRKcGbg4eesSMTsSOq27sgnivNI","3.14.5","XvrUif001OnB+cZexDvRdk2aj1CT1t7kTpsfO1AGBrs","ZBGSr5VhEdTjSDxVwnMl1ujMVUsVxW8Mwh8puPDkzwk","3.15.0b1","20260510","eUezcmQO9p/913kfHKfAUyv0j5LXv7IjgXWKQ1dmfNY","Ii98jaGkErg/pFFYizkjGSHoz67vUb0JHUwqBOgg5eM","3.14.5rc1","20260508","ocQATM9o69yCYHwLqtYz8iIvcaMOJclESJfKyl/3tug","glqCpFaVQja6pVq/DMhJz8JzexHcwCIciNgMNyYKkMs","3.15.0a8","20260504","kx7JF9ul6/eJCEhVCrUDEoEUQ6LKV5DUiEmUemT4dd4","P/Xjsbx/Afl6711Uc/3D8FM6maIzWP7uIKSDfAvdKco","3.14.4","20260414","0M9CEtCKNOzdYUvGVdZQKvz2HOFs9fVm/KbGOISp0d8","pyC9KYZn3VFFhppmeq58XAqNl/Ykn6FXwdt1EHDDENE","3.13.12","20260325","L+pN18UZbvQoxxftshPoM6Peh0D0nBOJCPUILOOMVMA","H/gFvgXOiyZbh36NXXWK89roOWdrVsctdrL7t9ixmLg","3.14.3","1lXgyZn2nTUNyrzheNezWb58jI4594PDljiyHA/7mQg","HtuqPYhoO2h9prnAusIa+mqQawA60kLuRlDqHZPB34A","3.15.0a7","n3TN3LEvbm1S7FDikM1GM4eP/vLcvzxkjSyV9sS/Mt0","6RSi1VZ4Is0Vaer1zK58ZJFr1Xp8UFsD/DWSrA6H7hw","3.15.0a6","20260303","VNVnnwQgp5DldPTydRZy94ZlthdruykDBwqAHHesDq4","cpython-{v}+{b}-aarch64-pc-windows-msvc-freethreaded+pgo-full.tar.zst","YokNEVtU0kVqdNsJ0wJoNPruGbob4lfChwJbDormrRY","3.11.14","20260211","q3KGZalM6iQ/X+x/3Y03lGMUOFw+w5RAFE7xIlPys0k","3.12.12","RhGkHIZT/QdPdZmfWugG7hUbWYKPvn0hjgLhJRhyY/4","3.15.0a5","20260203","PfpHdtbtD//nBReZu03/O459ARMw9Gr0MbsjZPw0rCs","UZHsMzKUNpn726FHZL4mcgtksbkm27S407Ni5UZIsaU","3.13.11","20260127","0jZXgzRZ41UNAnlwHnUa+j+voZ5xi9tccx0R4boiNa8","gqkuWRDqMWUQXxswg3W8g2WvcXuDXnTdjRgEwWWeWyw","3.14.2","R4CsZPz0s9/Rgfhq6Hyd/0PT+oBMX42XCRKY8th+Gc0","+CTSz25JjOoQ8QuGAacYzmRAoMKyn2gMrV67LelhsCE","3.15.0a4","20260113","0pachba+bU01E1IOmbtbL9cFWB8G4ptqM1OQNUb5Yok","QIWZOIrEs6RW64NZ6UIkKZNwft2hI383NIZhD3xRkxc","3.15.0a3","20251217","6g8b1qmwEpKX4uYJEWlItZSwHMF5PhrKBWp7l0OzzdQ","ZHMGwAZc11GmkxxnlQk2vxt1YTknxqam0lhX4PYf4zk","3.15.0a2","20251209","DmqE58ejlGYnRSMdsCnS3Li1JbtZKELjVSEhnGFGrD4","PZkVK04puUf7HPyNA10dUR5Qru1yiG/0pf0KNpS9C1E","3.13.10","20251202","+NBD8XpXbWPAZY0lNeiKn69F7xbOi8QZfrYOhe9jNYY","zbcUEye9wkRxWyV1JZPiye6zzCdk833+gc+8ktudbVc","3.14.1","eHStJKQNkxkXj+VArc+cdmYOq+fdKbg9+AuLPq8Xh5Q","3bELZF3isfbygyqAsRWpzTSkp2AkmYMCfv5GYYqO/Eg","3.13.9","20251120","OnBo+KC8GX1qYpCPYqPiwXfvTtjWO3i8v/eiSZZjiro","oLI5iWUIzNpE8JZMrb7lpHDYIJUtbb8k8ZpVAETL9Ck","3.14.0","rYbWbXSwzTpemppLaAZ6xfRrwTDfScQvVIixO4RxMr0","j2PGmVibmJVtD8FCHG74fhMvZpbOnJNevmhOi6t/6x4","3.15.0a1","20251031","Rn36NOOwosX0GAMX60YGXudypW4WFQ9RYhHjmfZHtUY","VMp42uRV7Ob++9f18ofMVdXOGXyvUZIfbYcdFQadlIk","3.13.8","20251010","VxT39Se1VEki9nn1LvnDFhw57aaBbd4e4G5BeTlYyOw","GHuWLYSvGNIvZ+Bpd23/YaIjJxrhH0RQfP2Gk0MMA8Q","3.11.13","20251007","uFBBknBqieUfnLf1KjaMihtMfPqZGr8KAffdvsMB1ck","3.12.11","TXVH75yX9SmWyi6ctchK7dplppcpZ8g8o4LLof/kGqU","3.13.7","20250918","BEKu4llR7havOsIifPSopuPVtlMAMPv2zRMF/z0/wNM","QImp1geMxvMalS7UfrSeU2Nyo3IFxyXNKM5MUgsQMCw","3.14.0rc3","EZtcTOBNr848c0e6kFhL5EHYt6bK3V9FuRrQqN1W/68","/LdL30t9ZUvL7qlxMC1TXNF7pfe61U81aYowzrt95M8","3.14.0rc2","20250902","ykK3carBRrcgiKJHOHx1CNwTJS6oBbVpTwJyJyOOPYs","dS6CnV4u/jcWWwSWqPLPE1M9ZD4AAmN5V8UWvEYaVOI","3.13.6","20250814","6LEHvZ/1sHH2md2jWF4/xgqJy1+YAOuUu/tby0CESaQ","EXEfJpqfFa/DVd1gqOCApMlkZRj+Fx1H0Ly+WHKjbOU","3.14.0rc1","20250808","R55ONEygbGW9LgmbN/jwV9JLuPUii2UJ2JOLeZi3QGA","qp+HGvxnQZ6GdTXrDTaOXseCgTh5mYXSFEhEP/EYUIc","3.13.5","20250723","c6FjVtHyGtFUZ/FPXFOmq5/3F/j53GLPhlCY2JMzjJU","zDm38z54xzcHGTXVUWYNeVrGouJxAbYbUnF0uFP4EZo","3.14.0b4","20250712","Yb7w/yLDEXeVxV1ejiyHlWqU+7RyXgMjHzYLfGi6U1g","N/rHE9OyVzHxNMnGsckCH/sqrNpjABD/oVSXRGZVF58","3.14.0b3","20250702","Ytxv8hy78sIW8bn1c+2OBDPA9xhSgKE7Ky86gayGK5A","MxgW15zXjqrbpa5s3TokN3EZnQygcFfnpFIVjdSn7cw"],"rows":[[0,1,2,3],[0,4,2,5],[0,6,2,7],[8,6,2,9],[0,10,2,11],[8,10,2,12],[0,13,2,14],[8,13,2,15],[0,16,17,18],[0,19,17,20],[0,21,22,23],[8,21,22,24],[0,25,26,27],[8,25,26,28],[0,29,30,31],[8,29,30,32],[0,33,34,35],[8,33,34,36],[0,37,38,39],[8,37,38,40],[0,41,42,43],[8,41,42,44],[0,45,42,46],[8,45,42,47],[0,48,49,50],[8,48,49,51],[0,52,53,54],[8,52,53,55],[0,56,57,58],[8,56,57,59],[0,60,61,62],[8,60,61,63],[0,64,65,66],[8,64,65,67],[0,68,65,69],[8,68,65,70],[0,71,65,72],[8,71,65,73],[0,74,75,76],[77,74,75,78],[0,79,80,81],[0,82,80,83],[0,84,85,86],[77,84,85,87],[0,88,89,90],[77,88,89,91],[0,92,89,93],[77,92,89,94],[0,95,96,97],[77,95,96,98],[0,99,100,101],[77,99,100,102],[0,103,104,105],[77,103,104,106],[0,107,108,109],[77,107,108,110],[0,111,108,112],[77,111,108,113],[0,114,115,116],[77,114,115,117],[0,118,115,119],[77,118,115,120],[0,121,122,123],[77,121,122,124],[0,125,126,127],[77,125,126,128],[0,129,130,131],[0,132,130,133],[0,134,135,136],[77,134,135,137],[0,138,135,139],[77,138,135,140],[0,141,142,143],[77,141,142,144],[0,145,146,147],[77,145,146,148],[0,149,150,151],[77,149,150,152],[0,153,154,155],[77,153,154,156],[0,157,158,159],[77,157,158,160],[0,161,162,163],[77,161,162,164]]}', "windows-i686-none": '{"strings":["cpython-{v}+{b}-i686-pc-windows-msvc-install_only_stripped.tar.gz","3.10.21","20260814","Eq5JXAGENbZVJ2UkZsjZ9ND6a8hsNnOffYNnMl0ycXg","3.11.16","28TJYm/qdUmliK3imRKdFYMDDjDkcmhxRemS3H7Kfdw","3.12.14","iqoaYK47ymBj4Q67PVHxhL8rE7eSQeGzCOPSqxWVnC4","3.13.15","PqBOkgdEGePQ4YPNPQTyoXvo0BlqvICpQgn7/t5rxpA","cpython-{v}+{b}-i686-pc-windows-msvc-freethreaded-install_only_stripped.tar.gz","V9ty0K6CTTxrHp49AQb+T33nMKrX8osNQzL6FYA1C/Y","3.14.7","EyaAW33Y7yM/GMkWvD5S5iu98XmaAwxk6yO21DBuUsc","ZkIG9f/xJpwZ92wJtoLajB3pjW4T4sv9ib8wigQPxU8","3.15.0rc1","VHY/s98nsm+14O4kXDidpRBBoLFhR6JUHd2HevFpqoc","IQp2DfmET3t4BWR2OTcQyvkON71Tr8AXyOWhHkjn49I","3.10.20","20260807","I+pCydRmpsuzRVA7noC3AQODnkVdtRimngvEIoqy+1o","3.11.15","+ex4taue1E6cPzVdPkxAuR49N2wy0yqihATOP0yA8WU","3.12.13","kmjmKN11zajk+xfmcba6OA+zyWAHolRPGneqBj+NIz8","3.13.14","20260805","mDXZIMO5XkR7hMkUgjv6evSy3CM5ZilDw4VVC+lwyCQ","rtma8+6fiWgUbdZfdXoj5wsT/v4xCae6lKifLeoZZvc","3.14.6","20260804","Bg2de/l9EF+jpFrlu5DCmlgeT5c6BY1RubPng6kvZWY","IPEz92BM9TDEgBeWezyW8iCnUStoVOGpNHKtK3ixPys","3.15.0b4","20260728","meqX6sASMsL3xd/S3EHkkjhOK7C3U3bae2om9pQAvt0","0fZ+RkdQ8pC0O/OAbwrafwWTrjhbwSsz5OeDwkFG5ho","3.15.0b3","20260623","N+97DlHuffc35CMDaaWL5nZYKasgE/NbalzMnafVc2Y","/N5f/vEZx55bjelJHXX/IR/UjUB32ZuXXUQsTApmpTk","3.15.0b2","20260610","4ickoipOBdaRbdtX7k1HwSIyU/GAEaFauuPNXYKMqqQ","e8EYl83G2JHtKcFURZrt1K8wzP3q6w/CFppIXl42/Tk","3.13.13","20260602","X5y8L0fE0elRyxSZ7gJhFsHN87+LcxOROCw9SqD+PLE","p+23+1fZVnvMseK+wmEcMV4tDnshwXMi8MdYryywkAA","3.14.5","S2KFCejwb28kTqVE1uWlAFQKzZCA+U4liqRvgtDuXVo","smdpCxnaISoIylEOkJJXshQzxwleFawqaoKwNPmHoQo","3.15.0b1","20260510","VdDLJaP29jrhs+Vd/gzcoWVYz3VwPvnOAXzzjC9EWnE","qlU9PkM+s+SoZu4usQHYwD6DgEub9t1mI5tDaVknIDI","3.14.5rc1","20260508","xhdQapp7rbBbhE92YthhVYC9VMeGptdFG/gy+uU380U","2QqdXHHoxO26YN7jHZdVtSoYdeqyI561N8Wv34NONsg","3.15.0a8","20260504","L9jfAGiV+6qLx9NHVAKQnDP4U+QKgmFLCEclK4VLO+o","P7+qx5Dqw+RP5hOxYw5OfdM/Lk4JYJxYCRBrMYANrKc","3.14.4","20260414","grwl1/OgzhPF7ZAs1Kzpw1xBmB5EFcGvHPUr+V5U9Gs","MozGjWgvSVPJKWgAPmGzaFvMHN25t7how/ORKcWjBro","3.13.12","20260325","Mig81ZZxqyQn8xqtPtfj7sqdCpR0PnFr2/MVUO9wUSQ","3bjo79Lbm2o+hLUuxL8ahn3LsMmXruZkUIkDK05ow7k","3.14.3","tKC+vIuZyZJ+f1g/2/hEkVHyCDkGUKSi8AV1evZadic","sRtkj5aHZDlwRwLBGdmcuy4SdC9c1nmkgEK4BwlLUiY","3.15.0a7","6dOEY8xHLhyG0xW3M/RN+/UksVl1ZXqQTT57RRcqrsU","3aabYBa0STP6EjBT6tzK3zADa/4VZ016sd4i2MKfvZ4","3.15.0a6","20260303","Z77Hg8DhMGc3bNdOzvPGBRkyS/3JtDxjGivnU9ISxQQ","cpython-{v}+{b}-i686-pc-windows-msvc-freethreaded+pgo-full.tar.zst","QXRxnzhPPGiTxZ4j6ogkLDq52Et//7nR7ToR6damoGg","3.10.19","20260211","2GffbR+K4S/iVV6V5j7Hnx6YsQzQKVZ4NXWF384mllU","3.11.14","ArYRCNCzpx2xMXIkqfOWlGW2w4SYtmO1bHU+ZPeDFZ4","3.12.12","gqSjrde+hRKy4gaMr3p0qMbkVarZoH2LeXeaViGi6XA","3.15.0a5","20260203","gj77wIcy0qhUS3Fl6uABmLKQKMaoFcGdXFxpnPzNqWA","9zD2ziE1TNJc4SjtM5BlRTHgGugr8KNMXJ5shtv4HKc","3.13.11","20260127","vv/AlURVbhhgX6Juo8EHb9X4ghCCkDbgKQHbKw+vOwQ","Ko4hnKyjwqKosCgILALducxLiik1UtW3r6C7fgSo3wA","3.14.2","HGi35EVrp6z7JtagIC+4nbY/yoz6t1PHQsabXz1kPsQ","AWkj2EyLp2FPYq4wnPWAP7fekd8LjCi/xCi7eY+zlWg","3.15.0a4","20260113","9UIISRFu6j/JXlbvu5Ekk1TlL9Xc0LAaIapYqxcv0Tw","VvgpARWG1IjEIHe7FqMPPbenDeNqtrLv3m/PLY78WaM","3.15.0a3","20251217","4nLowSSyQffJtWCZDCSOs0LnurnvXBc7rHE9XNmgoc0","/aMalYKZYcgHZWDfk/Qe4FojMy9jcMMpaMEXXZdj5pc","3.15.0a2","20251209","5OHebuppremkFhmot9SycRTwj2AvwSGuRLOOk1Lo9eY","wJSC1s/Eoos8D+G8rjtBE/p8kFAiMLLofFmmoizpeVk","3.13.10","20251202","uw2BBMTN/FL4Vy46Bxs2y8GpA5Fb5b0AXA0bBQ4RPKE","ldT+8YECHELqmymeIZODCEN/gFdqOl/nJ8woQvNDI5g","3.14.1","H+cAVZDuRzxN82XmG0PdjCqjkyR5C/VFplmYWOgaGDg","ab2MSjEghla48kt7o6Q3UAncwAugvfqPHOklky64+tk","3.13.9","20251120","wqg5TLW792yZ3kmr7lpKtF2etNq57mYfe92TIjjBBrk","1byRkeHX7jFUIYNz7DHxlyfS8jdHl1MemFNC6cONjAQ","3.14.0","utiZJtQwX9NwWyDBqiHkoo5b4q+gIh8PsHQCkZxcQTk","Hu0NCM3U2maGV5dnXgnTLo2wQ6RIt+aHKmtXXcS/tSY","3.15.0a1","20251031","2jwkxs0ecEQn8g2xjz55a33c10RvmvJ1qRNN9KfVA68","n0vJNO+cVubR1yY5SUMM7MGdMB+kytdPzTbJs8anugE","3.9.25","6eaNVRQJMoGSfXAFVQjCEuRwV+2CYPOdbhZbUZGYDJ0","3.9.24","20251028","R8jXHtfUoVfUd8s3h6IgDEaFciSpRAMLVivc7ae519k","3.13.8","20251010","16fHcHqjkLNdQInVPx7djmXXNaKnhg5RovX2jg8wXH8","pLKGVs9a6wa7aKC7LKlS6Gbr35GrV+321aG/LrwoZtQ","3.10.18","20251007","EJvvbuIac/zkpYml5AEGvd/nk/u3QeT+GPSE6vCD92c","3.11.13","iE2b99csJ1L8schvoupBkjEJCNLy/C4wwLiVAeP2hKk","3.12.11","eC+g6Fni+GCmWmrjGvRkIHZ3DNkIDXfv5lCRoa4y62Q","3.9.23","52Sskt71NQmCiITjO3h/5QS0tLT/KZ35LWjIvPP4kAM","3.13.7","20250918","SQ5IdeMYBCwNzQ1IVvSKqZXF7He0gfyw1MerVxgI/ig","ts8i3cXydpPp8NA5Bz1B8aRkh9N0ltY383/BnIGNZZY","3.14.0rc3","SitG0S3TOeMUwV19wguBx71qKDYxn6Jc5IwP4U0Io8o","q7fa2nRyLSOvNnv480EwZ4HnPG3hmYqergMPXgt6JjE","3.14.0rc2","20250902","qQPh+0pyaRuUWjQcPfOO+MLgKutaLhdJzN9q4iO0mko","sjeecvyPJgW3JcSk6pWsyExpK4FBEiDpQvs19IDF6XQ","3.13.6","20250814","VfZzUPFvLK4uC1RcltRXAnK6hdmMWns6UX5CSgjrEvU","VZfJ+55cajwfKVVieLZT1VhHSUYOV4sahyAPcXKV5Mk","3.14.0rc1","20250808","6fTHR8BbVCsk1T/n4XRfzMzkzfM5NiZ8v1DcPTAhODU","qSBGBoYD/IA6+kN2CuPe4q7ooQlX0wwiAdo7g0WtSX4","3.13.5","20250723","CZlrzpub0M+xCeQgjG+0N8yyhgYFIY4gu07/9TH+cJI","bcMm0JTpwfNcXDD83y9NflSauViZKWnVVvvYFot+TuM","3.14.0b4","20250712","vPIp8lwS+BFpsfHSB6cZ/CkI9Oa6W2FAR4dxDTseISA","Wn1hsYY5YNq294Ante3FQ+5B0KRfeFFBOVE4m4Qjhcg","3.14.0b3","20250702","D8mGZHUzYOI+rzqhaWV2J8pXZhQaSeHPsDl4lcu0eCY","LlW3IE85H75lMWjmAE2vXtYk2JCrfdfVqn9yNOJxrkc","3.14.0b2","20250612","BOrr4etCQWZnkqsYT4rVX9JaJBBZTHEE5PA06qkbv/E","bt4gQete9r0tAnS6E6cy11dz5EFZzWecc5Eu79tk/4c","3.13.4","20250610","1RAAd7l1PbAXFOL/HpXGKN8CO7LaNa3JuRFutW5F8n8","WVeGpmEzBrdBGMVuKatDDtDrCNgsQQO3d46CfF5D+M8","3.14.0b1","20250604","bLOHGCGRfp0PL68dnm63mNSH1ryzUwNdvzwoLSY2NPE","q2exYjdhuNoqfCXzjrq3H53KXtGYaLuXyjRdJ5nkmXA","3.10.17","20250529","9BGqOF5QNMHrB+DAOClnJaPMNX2bWULMfTUKyRane3c","3.11.12","WVcJSra42taYUoUbJzfCa6eGwXjtr0p9sXtl8yMn+jI","3.12.10","F9mYvAbKISuZ/WxTrI15DF1mgneBZc81HzBO6fABQ/o","3.13.3","Az2PNjk6nxF+v9FwyYwE8G7kGpkhdLuLR4oDOAg3Qlc","AFmYtlA/47QM0W8EDKi7sTlHzBM203uvvlerF0Xy+1Q","3.14.0a7","QLhos8YBaEi+4faLydxaw7nHUqfn26W8CCDO8wv45oo","158+QlMIy/gPehlReIxn1Zn68uI6WCCOmitYpOY6DQg","3.9.22","Q34tSxbP3F/NZriNCWbbiIAXCsnLGwaOd3xlIazO09s","3.14.0a6","20250409","Jsf7rTYMfA5ylvRTYgaRqKNscQBjdBuVJanmYO8l558","leR8VoltPXsohkH+l4jC3xxlJBXG4Q62BTyHG2bl1ek","3.10.16","20250317","9LCt/t6qpzWG6YEA5KGqPfUfcjvIPlUHcDQubamjzO0","3.11.11","tanQisKdOyoH5FiyOggpkJtIImAmmeKCmSTSpDZBr70","3.12.9","MntbCpGNlwdyjMKFD5KVd47UTvsX3fEfwDzNgi2F8m4","3.13.2","1iE1kXANXuWus3UIxPZ8w9dRZ594liqr5vb1uiFwxx0","fTGSeO69dijOfoaVHbpolOuS7HmPzPkDtEnfaCXxO/Q","3.9.21","lMiZFLLelPtXZKtML8l6IkLpOqHWh/QOl9I0viOTnf8","3.14.0a5","20250311","Vfq9M5q9NU4Ebt3LMtVKVhx0PZpUSEuOywKqiqCeScE","6OmwITMtXDeaiEOrW2grU7IJ1zlWBRaMSlegwwdtHAc","3.14.0a4","20250205","44M38Co3/xPLy3yAxuqExOvQSWEFwDb36TU3R/CYfNM","9/BRUq1U//BkkzT8GWs9XgmJYKe81CTvmxiDR6IyGas","3.12.8","20250115","kYeBignGa11OZQIwjVGVIiu51fKtzXn55MQ+6kM2rfA","3.13.1","qPYJ7UOCH3Qe8e+itVXwCFTfozwxTp/fsGuDwOZtf/8","y03y002N1Ceqechli9q+TCCLElFoWAGpstcaJnrPB/Q","3.10.15","20241016","l20VYKAvK5IWaPr8dhlsH/G7JMyqdu1VZ1Ofttqwqlo","3.11.10","CltCNRdyLphorEpjiT8k8k25vWfoZ55uRINDxYKdLnc","3.12.7","19fIl/EfEoCNP9mgzkjk3hk2nfSp7pOQpK2uMCkC4zM","3.13.0","1VOO0qJHIgUW1MFOhFLyxJMYsp+LUkyQih7ULkBb2Mw","d5SwIJr0a2NHqrlF8czDskrdChez9vt3QUR7xE0Qv0o","3.9.20","TTMfWQMeAshX9K+8/JM948aMj7R86RkQMUfXYKDXFl8","3.13.0rc3","20241002","hzkFs+Xoy6cAEm6NbtKK067w3RAvcw+MoZYBhHfdLaY","3.8.20","2CkQWq9TocrfhzjgQMYhG8m+8sbkdXuXKVTw8yLVfn0","3.12.6","20240909","2HJ15hNjKrc4Uo/iCpSnGT6CTpG6fx54Ref8/B8RSQA","3.13.0rc2","dZ9gCyemoO8mOMsC6LvMbecm3RyJZ1n3jaPkEvbJkuk","3.10.14","20240814","qEdC8TWE/Tn09LDZpYZWIaPIjK2Rsx8X9BQYZxkGM2Q","3.11.9","CRyZohD09AGjBSMfPyGO49VxRli406rDRNNO/HFt/4U","3.12.5","sQCdRrhzMMCZ0CQRyl6eMz8TMFxavb4ggQp8RnztsFE","3.8.19","c78BNTMLlsSMp5zNbS8yh6dGZXOl/Bti2YK82x1fCrM","3.9.19","HHjG3XY+bVg8PD+RdUS8REbQ6fvituIGBC+oAf+fuas","3.12.4","20240726","/w+rJPOMIhMORbkLfsENxM6Wd7VF2fuRCactL/urewI","cpython-{v}+{b}-i686-pc-windows-msvc-install_only.tar.gz","3.12.3","20240415","vXI60aoFVRYncVpChmAlDw502w8UIbA/OZI1dyBX71U","cpython-{v}+{b}-i686-pc-windows-msvc-shared-install_only.tar.gz","3.10.13","20240224","U2W5D5y6cYbRLdhlFuzotpbbcxESjgtJySI04Bp0WZ8","3.11.8","dQOZUfj5TXMEvBe2dK8WaLnh6m1sm6HaKOkMCtgDDjw","3.12.2","HpGTZfPgTrERKD96RdMurC8ycoere/RnINVinhRMv/k","3.8.18","wk+cnoY4z/DOaqgIpXzF8iAJvDPjvPQQpya3nXxVRf4","3.9.18","kE/10vZAJkDit+KxIHWvC9dbPoaFzFJI/So82jEF0qg","3.11.7","20240107","9abKEoB0nYzq+IUVhe9rDNLx926AGnfB10QBlVTu8vA","3.12.1","E8im8zek4e8EP/uOo8IYqyBzr+DTvjb834zrb3VyEOg","3.11.6","20231002","3Uiyz6roQbTNm+7SPirmixNSegZe89Jx0ihzV2nE5k0","3.12.0","bk8wqZgkXPrvANG4f4/V9sJQvSIvkz+POPEk1PAyJ/k","3.11.5","20230826","k2tiTCUSo6M3Cq6K32A9aucbqOvTnMRxShMwaJHqNvA","3.8.17","y2r2JrqBEETpxe4JFAppIFZdKxsjehGIa5Y1Sp/MJC4","3.10.12","20230726","paX5yQgrZQNGKmsTQRHTwwMFLLxJ/zH/8q3jizmXjl0","3.11.4","4vS0HD2JxexzXiVj11KFbLPBmgqnEux+80FxK6+n6QU","3.8.16","d0Zvk+9bAwzxPQRGBnCJsM4NQVzG0XAmVb27EqjBjJc","3.9.17","CfnUvGa+Xg3y39HcR0KSPkbCcfjwhReGlsdwc0d6oME","3.10.11","20230507","5O00FM0OaHAX8KVv7Yj/ObP137JKDWLpx8pVhUF4vN4","3.11.3","pnUeb6XHxNR0jtU0p/AK1/hY9iznPWPUTdkHA2ulOYU","3.9.16","IZUy/6Sa+I47kOkTXPO24foRzxZbAwmPuXdqB6+MptA","3.10.9","20230116","xcUdmj6NjNrGfY8618QAjeFp/xSA4XAh8VTVyZ/O6eM","3.11.1","ULJQ3SYcPMqa6NlsuSHk/7xk93ihmLb4uLCjOPd65IY","3.10.8","20221106","lOdicxZvcmJBKOUrVALbJEzqBB2rSmvNxwswS2bifpU","3.8.15","MYwFkyS4S112hbzQh0aYeZ2eNom1Hbz1luekejmj1Jo","3.9.15","C4EIkkfyWPJE6XktqqA2ddpvWFl9qmkT6C8meYYiON0","3.10.7","20221002","OE5xHdZXw0Ob5OULJIVHin7XolmnQdRID8ltgswJ0xg","3.8.14","oHMPOp5gWB8CvbhSlT+7Us+Y6EMSWfo5y2aKBgvQAqA","3.9.14","81JuhBa+hv+QkXUOvHOI1nJqzzLMWrDmpgxnxqrLJWk","3.10.6","20220802","J/Irq/Kc7rrhiywuOOLEjSLeaGaIyKMcX419UVQVg8E","3.8.13","pQZo1MX7yzdNPKk+4Y25ELw7RiaT2wc2afMebamTq/k","3.9.13","kOOHk4Lwb+o7ptR38MKkNKHhTNg9F04ce4fi8ivC50g","3.10.5","20220630","KEbpx+hIQDSYmrIYAiAJ/dncsSp7+0sDKaQEVS036ao","3.10.4","20220528","4d+l3ekQ+QjK2L1oiynSjfgy97FQVVZ5wgRYDRrwxKY","3.9.12","20220502","i35EATe/o0mgCGQadaKx/YriLSkHMXeKFEh4pZpyHFE","3.10.3","20220318","u38qUUMBD6SCxbRCzO2FUWaWz8QWypLJA+83RTJAGjM","3.9.11","zqyHKbKFqMjoYRdt0trdf45+Jtj2TKxsYiahTSJSzUw","3.10.2","20220227","UyH4wscSObHiAC0oS+jsgl1Kb5XNkh5Y23HyWYNLeqE","3.8.12","qqdbkRWvc9w9r32wUO1PYP1n0qI+urMGcPGPuM+nHzM","3.9.10","VsA0KprwQSZ26Jzfe1KsdgNwMXhrP1xAlCuLgtNmyW8","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20211017T1616.tar.zst","3.10.0","20211017","Dg0uOSiVtoinq7tpakZfei3H063fkRGrm2cRTOD9/p8","3.9.7","VipZwct0coulIlUDQm56DJadzRP++zHx6V+ANTdxZdY","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210724T1424.tar.zst","3.8.11","20210724","r17qzPtqufH4lNghAMVC2ykyTXA9fdXSxDPEWzaePaI","3.9.6","DMErktb6Qnu7XhTSqfBdkNZRVYiHVm2rk5Gt3crdnhU","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210506T0943.tar.zst","3.8.10","20210506","a30Z/IYqQffR0AmyMeSxUc/1u6vwiuctRvw4T/pA30c","3.9.5","00/tUiZOPutY3HJDLb4wALa9xbjhsg9LAdVtsQkHKjk","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210414T1515.tar.zst","3.8.9","20210415","EGFSOhIpEVBLUl6uG99ALkyxKedljI+gQb1EAy0i3HE","3.9.4","pgnuZ9EHmkJdqYmAb9x0ens7pCRAKecqELAusGi2MnY","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210413T2055.tar.zst","3.9.3","20210414","KyE7RoKVsFmTbPkpPPBqX6mH7Fie/sLl14DgR9Eoiwc","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210327T1202.tar.zst","3.8.8","20210327","4wrl8Tbm/S+4Iu5h9pn9gAw6rd3SJgP66BGXokuPAME","3.9.2","JYzx9Ih7wWEGKUjEeTmLX2shwRMW0M4JYIqPiU0cjk4","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210103T1125.tar.zst","3.8.7","20210103","xNV3cY0C+vUItTRYpwOc5vlHiX+L4LaJ+xOKy/QbSWw","3.9.1","4x2/L+5fC+aZIIi5JbjhHGUbevvPURHLiI0Gm7MnNXU","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20201021T0233.tar.zst","3.8.6","20201020","ZCCczzc6uhXnV39TjiDfm2W/PH+0CG154s1dk/+OyP0","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20201021T0245.tar.zst","3.9.0","yR0MfeFXuHGq9KNM/uQAj+ZGe4sqc+DFGPP8/0LDl1I","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20200830T2311.tar.zst","3.8.5","20200830","9AaQkeE7HNeaEHwPartLVo9FtKA2PgSGwDTyZGJ/C+c","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20200518T0154.tar.zst","3.8.3","20200517","UpPMTyR6wm9KS+EBzHVi5TpDiWoz7UZM0L0x73YKidk","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20200418T2315.tar.zst","3.8.2","20200418","m0SbB5zOeDfNYPHQ1NC8v0IQGPlyVV4C9b1OIZoFkiA"],"rows":[[0,1,2,3],[0,4,2,5],[0,6,2,7],[0,8,2,9],[10,8,2,11],[0,12,2,13],[10,12,2,14],[0,15,2,16],[10,15,2,17],[0,18,19,20],[0,21,19,22],[0,23,19,24],[0,25,26,27],[10,25,26,28],[0,29,30,31],[10,29,30,32],[0,33,34,35],[10,33,34,36],[0,37,38,39],[10,37,38,40],[0,41,42,43],[10,41,42,44],[0,45,46,47],[10,45,46,48],[0,49,46,50],[10,49,46,51],[0,52,53,54],[10,52,53,55],[0,56,57,58],[10,56,57,59],[0,60,61,62],[10,60,61,63],[0,64,65,66],[10,64,65,67],[0,68,69,70],[10,68,69,71],[0,72,69,73],[10,72,69,74],[0,75,69,76],[10,75,69,77],[0,78,79,80],[81,78,79,82],[0,83,84,85],[0,86,84,87],[0,88,84,89],[0,90,91,92],[81,90,91,93],[0,94,95,96],[81,94,95,97],[0,98,95,99],[81,98,95,100],[0,101,102,103],[81,101,102,104],[0,105,106,107],[81,105,106,108],[0,109,110,111],[81,109,110,112],[0,113,114,115],[81,113,114,116],[0,117,114,118],[81,117,114,119],[0,120,121,122],[81,120,121,123],[0,124,121,125],[81,124,121,126],[0,127,128,129],[81,127,128,130],[0,131,128,132],[0,133,134,135],[0,136,137,138],[81,136,137,139],[0,140,141,142],[0,143,141,144],[0,145,141,146],[0,147,141,148],[0,149,150,151],[81,149,150,152],[0,153,150,154],[81,153,150,155],[0,156,157,158],[81,156,157,159],[0,160,161,162],[81,160,161,163],[0,164,165,166],[81,164,165,167],[0,168,169,170],[81,168,169,171],[0,172,173,174],[81,172,173,175],[0,176,177,178],[81,176,177,179],[0,180,181,182],[81,180,181,183],[0,184,185,186],[81,184,185,187],[0,188,189,190],[81,188,189,191],[0,192,193,194],[0,195,193,196],[0,197,193,198],[0,199,193,200],[81,199,193,201],[0,202,193,203],[81,202,193,204],[0,205,193,206],[0,207,208,209],[81,207,208,210],[0,211,212,213],[0,214,212,215],[0,216,212,217],[0,218,212,219],[81,218,212,220],[0,221,212,222],[0,223,224,225],[81,223,224,226],[0,227,228,229],[81,227,228,230],[0,231,232,233],[0,234,232,235],[81,234,232,236],[0,237,238,239],[0,240,238,241],[0,242,238,243],[0,244,238,245],[81,244,238,246],[0,247,238,248],[0,249,250,251],[0,252,250,253],[0,254,255,256],[0,257,255,258],[0,259,260,261],[0,262,260,263],[0,264,260,265],[0,266,260,267],[0,268,260,269],[0,270,271,272],[273,274,275,276],[277,278,279,280],[277,281,279,282],[277,283,279,284],[277,285,279,286],[277,287,279,288],[277,289,290,291],[277,292,290,293],[277,294,295,296],[277,297,295,298],[277,299,300,301],[277,302,300,303],[277,304,305,306],[277,307,305,308],[277,309,305,310],[277,311,305,312],[277,313,314,315],[277,316,314,317],[277,318,314,319],[277,320,321,322],[277,323,321,324],[277,325,326,327],[277,328,326,329],[277,330,326,331],[277,332,333,334],[277,335,333,336],[277,337,333,338],[277,339,340,341],[277,342,340,343],[277,344,340,345],[277,346,347,348],[277,349,350,351],[277,352,353,354],[277,355,356,357],[277,358,356,359],[277,360,361,362],[277,363,361,364],[277,365,361,366],[367,368,369,370],[367,371,369,372],[373,374,375,376],[373,377,375,378],[379,380,381,382],[379,383,381,384],[385,386,387,388],[385,389,387,390],[391,392,393,394],[395,396,397,398],[395,399,397,400],[401,402,403,404],[401,405,403,406],[407,408,409,410],[411,412,409,413],[414,415,416,417],[418,419,420,421],[422,423,424,425]]}', "windows-x86_64-none": '{"strings":["cpython-{v}+{b}-x86_64-pc-windows-msvc-install_only_stripped.tar.gz","3.10.21","20260814","NWRa/GusCot08W023xqY42r6ceuLpkrLeUSzE1vLocQ","3.11.16","xt4ad4FYDRP2jezjOsELemCMesIfwIzw9OBnin0TSQU","3.12.14","ifGPaTKRcWO3QznrzsJkXI5Hrn8cXyrDfytPTPO+tkc","3.13.15","B8l3u+SrrQfju8MUYIYz5sdOq0gqe66B9DYc2pcLReY","cpython-{v}+{b}-x86_64-pc-windows-msvc-freethreaded-install_only_stripped.tar.gz","/EdcLwBBTMeYYCggQjQLt4cyXHmin17+GZVtKx9vCO8","3.14.7","ZJ4e6/dUpcp23f2oxJj/JcV0WZQIuKUraiwkJl/WMUw","uuxQmMSVq3Y+I2fIwM7fn0UXsu7uQQN0UpkoAeWVJd4","3.15.0rc1","y/lygo242e1G1WPmjuRwyQ/owT0ZcCtVbmC/P7zzkmw","W2p9MeM+UYC4Zp8fwKju+3M9rmZfentABDrcaKI+qQs","3.10.20","20260807","UzkdnmQByPkbl6q22vSSALzgtutB3MFhUDHmXp24vWM","3.11.15","6/0T8pC3n8DNh0ME6AlE2Bo2jtwsfNlJlKfVEEzAxrM","3.12.13","GLzGWxeSGAa3LNyIvPAAv2eiyZqPw4H+FinyubpWhY0","3.13.14","20260805","4N9t6lqip/b6sQ7hh6vPHaVU4evQqv5OQE/0pkf5IIE","j2+yu5UQdgPW8BqZ6OZaS3qZm5PtM6kbtxx9RIuv1uw","3.14.6","20260804","raYToq8ywEz3xUcmJDxW128OWfX2HS8oNx07nY761WY","dQ5tfqMMGmc0YK1NVp2LLFS6eH3/j6XoZT0PqX4BCk8","3.15.0b4","20260728","MLcp6HiCggm47Xz5J4Z/waDWDWiAYh64gdm2J9C6ojE","KRlVdbCsuLhYEg7awI1nDUBx1a+g+5Roa9C2qoTXNps","3.15.0b3","20260623","yHnBIhN8gEDhEGNisxrl4gvT7Kr3KNLpmTMueJUekLA","A+m2WVMBl72jRadmEgNPzI3zahfmJI4LQZfBgNfbqos","3.15.0b2","20260610","FWwaDM45Ag38V6bMfB9DlO7cDNAf1HzzHjXUvrdvAoo","UzJAgA9PYK4KAeoZiUY1Z4zlAzuMV8FmQ+AyZisOEV0","3.13.13","20260602","dHh299l7Io+sz2gAIt5nWt5kFvPo44Pv60l2/SKhIvc","/Lb1XayC1TftPDrUulSG6b+1IWU788XQNDCakadjZwE","3.14.5","ZrBlFD5TjAfwafdk2DHY/66VUHkH1MohEwTm86BWQ1w","uKWOcwz4fg2KALj8r7QD50GodlUHKV/Ub9wBiwHgfNY","3.15.0b1","20260510","wshArJDuCRT8sWvAsCBhQzq3UuzFpHMu5bRYHwivl4g","KLAPBvTaRsBIPLMPYAAE2Z4hkuHBxDFTCR0uQTgNw4o","3.14.5rc1","20260508","QGxouTQy4jnIvZL1qzQ7Auey1okDTPafRAGZphpi3rw","HHhwdy7iAmWTlvnTsbB3r9Ift3YqQNxuLP8vV9HwdGM","3.15.0a8","20260504","+cXocnnJxB6kgJzUM8Zq212flmXcUUxbn47JPsJAgdw","Ls+VNKM+GydNzo9oMjk28jaBy722421zDkuMvalD0po","3.14.4","20260414","qXaZHc0IXBu12agISCOmvIt/mwedjEMldKbd1ow6b+E","s36F+wM/LcdbL31RClr/XU9Td7cAPWozdPAlWypU91I","3.13.12","20260325","NLuUJ9AiwoEDh+E3bG4YTT8/3QmEsoUZrFgpWwuhrd4","EZCN0fBtwPAo0YgzWUQdjwPzq4nQZRW3/MHjbUbIkVs","3.14.3","DOzQMYMcGpYHurNkayQcF6xif/SKAd3ziN3taSpEqeU","NMgISAyn5vUI8uvLEM9x+AToZsYdLglmDp8IMyZF6Jo","3.15.0a7","ghr91lA03dBTvw2s1LJqCY0pB9oBPdCt60JXBYX7Qn0","/mUN2ZjunBojYk/BYHAyuLRu/GjI1ujVulBQnzSf3K0","3.15.0a6","20260303","5laF4Csl3gObceBaGWArzsRVSPUWVIIksK2yKEHTTj8","cpython-{v}+{b}-x86_64-pc-windows-msvc-freethreaded+pgo-full.tar.zst","jD3gX034GjtIL9YtqhS3hj3ytRekh7dWYeN9/uhFpOY","3.10.19","20260211","uJLyx+sKBGEWiNbfdWeidFogSqxpTW0cVsdbBxfastY","3.11.14","20p7Y4mWHxlO9cHLIaRsAj28E3A6xR971+qhCIdAynI","3.12.12","k7+OjAXt4Ad7GXopyZ69ryU0l/JxkAl0lCZRULTnC6g","3.15.0a5","20260203","c5Ln3sP8wRmvNmRau/PZkWrN/CPcubqvUsJdhKc7ktQ","gVOnMTJ3dbqM7niE7kTWwiBb9cfGyOjq/evvKixtDi4","3.13.11","20260127","2nMTjySdnrOKz3tDIlxAqM1e4iGEdLvPVn4nRiYAXzc","tiukWGGodlfUbd40ypvTSggeUwZdilrRUPbHU/rTHBs","3.14.2","QmOM6b2MF3AQxEx6am+z4dwLBOo3IIkDbGicy1fcDQk","hl0trcyFKstST+VE9sCG3bd7SPj3zFeUcl7TuxJRGxc","3.15.0a4","20260113","9Rs4wRqDUhN+ky97sT/HJfZY0oQ3JDvMiz54CaSTkeo","1JXK9apaMOrLVPt457NmzXvIIX1MB3U8t3aGypNots4","3.15.0a3","20251217","TKw3FwBQu0AuqrrYTnzrRnnsj/r0P76nHWJlHKdh3Nc","NYx2DBTzj5caoB8ZkxvvNUxhyhIMsLOM+XylVfF36MA","3.15.0a2","20251209","J7qymwlzCvi7ioFkq7LJhIhfxplmSC6KmzbqVVqiOrY","b/cbrHjWUM5iH+bbSfBikOSLzOth9pzMx3KFhPcLY0Y","3.13.10","20251202","rcwzMR0fg5wDDvIoiykmp9lmvdL75aBW1LXnrI9ZPo8","aosDct7WVeDVUxgIn7zjEipEbmm80SDHmqrf6bAXKZw","3.14.1","NLz8dGhszIS23IsjL8E6bAnShFEPMzL8dX/n6jyAQik","jvcEgxXKxtJr2+8YUSqHsaJP/6Ic7IbjL5qUJfKvm/Y","3.13.9","20251120","9MIrMd2/jXgky8ui2HB2IcLI+rH7bSwYEMK7AwTY6ag","eMCITttRSEuZzmJMHdqRa5DWH/geA4NcBpjEXJl3fFI","3.14.0","QqRQIM/2oz4NTzj2PWjIEkDw76dl4eWiNpP7TEqfXpo","kqa5DgnzERZLwzFg5yMprxM2EoMgKPMw1Wf4dNwFjio","3.15.0a1","20251031","9GXm3z9cwElaFctgpBZli9TYLKIhDKjxmBZAciynIKo","NKvFYD4bQTH3U9KbferIZbkneRK4UcvtWhSc8+Z0XT0","3.9.25","aJhyKrQkLjBNrxSQ4lRb7n5776zvgqk2L5SWwO5hbs4","3.9.24","20251028","iizGH5DCi2n89a2ca6tvi/cYK+cWJJdRzZB0EgG0W8I","3.13.8","20251010","f4kXqxU9sOKA62OWIbjTiBmvrP57/tVYVq1TvxfqWWA","1LgyUP6f6pVjsvt5ER1K8HInm2kFB92xTfEfYX/Vf34","3.10.18","20251007","lAQZP+bD0i9gZdaicA3xA7MHsnAS6FUEygMvPMDiRO0","3.11.13","zeUVP1mmfZ4Qjy7ZZFJumu0QDroYD1S+4ElrT9c6iyk","3.12.11","0od/dLAYccgtFAqe7+V7GBhceoQShyfL7crkXcXJ5U8","3.9.23","5CljNt0c4zj3kmauTaeMjTMNe67O08H0YV5oEKno/Y8","3.13.7","20250918","vCKeU2RpmoRWts6r3oNIx15iMS/9YmMd0eSUoXVaRe0","Y9XOat4cT4bVb3XMYPoa3WTz4d6VZODimtfzKBiLBC4","3.14.0rc3","BeWTonjBttPIctkJ6AMert972OffneK/6oV7cjDwtMU","UnXzmPuUuWRlzwiiAjnsriIStZa0gSYOo816PhPjFEc","3.14.0rc2","20250902","62BanV8We2tye0GwrKN7wUW+yMMCDOgixQHw9L46wtw","WLkyr8R+ZceMzbCav5cFe0POhJ1cZJIkWrMVf/ddERU","3.13.6","20250814","CeSJ0ucSPL2BESk+ka8I79IDySKcnnYbo5lbsmOm+pI","ZHQJxr7HbvSWLurrJ9mFV7ngTE1BDQvJ6Fe7XSyGF6Q","3.14.0rc1","20250808","EN7+OUNtGqC3t0F1bNy29wgz6UFoLyzOM8U7KT7Kwh4","ekzbTCE6L0hrXWsQRJcPZSm35TZaLVUD/6giTmLanM8","3.13.5","20250723","TYj92kpZ4NbUWVPDfC/LThFN1aLUHLWyS3W0Krgyj/g","aIHTdeo5NvnUf6bDan+NO1Pqw25dx42hEPZG2KrvhtA","3.14.0b4","20250712","glWzGkCGfrUv8aLkdvVsaXpxfmGT0xNBPHiLD73Sijw","5QPsGP2LHQ/LlN7VpnvkqIM01bEB3EhbAoFXeuhKasw","3.14.0b3","20250702","W170wDtOKqqzifELlzkUeA12vYLurrPDBSOaV6ui42c","jeYjWyk5bjsl/DreFmxJUGFx7EZM2kaYfvlkHdmkQHE","3.14.0b2","20250612","TX6BEyOoOdnOOmo4s2Qi+JuywPE2oEAFWqYAK63hK3k","NavBJTBOyBp74NesVPUV563dfcupEogiENN3IOqrHX4","3.13.4","20250610","HmNIwjfUZlxTJ2gwMFlLT5NAWuGa19q/sZUdErsmaUQ","lFdQRUftsuAVa/drU8fklBx/YcDv+f1fTYFtPfUcWOM","3.14.0b1","20250604","rXjNIFxbcb2HkOTu5ah3W1y/W2+Vk7Xk8J3A7QWRshY","jEeLoL8ggfmr5NxCKsmrAjGe97R2zp/piZmn6Jv0eMI","3.10.17","20250529","d1VYqa1x1Cr7Fo/3b222+kv1EukzuIjlXI8FV4YOrIM","3.11.12","95Sx50NJqYnRuaRm0iB1J9ThajbJKhJ3gCRYKTvEvjE","3.12.10","yiKpqeZOyrbQtd5834tnnMqkHp3vaqorSqprsj7Hqro","3.13.3","NcpVIbTmNPZAdcpbUAK3LmOhyyf5+HvNYKKJNIrqYaM","yDP6p4/lNJ7Rs+lv7BTp26CTAIfrMD1HjP9WAgei9/c","3.14.0a7","r9eZOP1a1eU9EJmewMtZYczpAcCGhM4FP518R1P6yT4","Ipjdx6aY2B0XEcD5H/5F/Am0vvLFlIS8ZbF4E3i8KIY","3.9.22","EMswLCel5Y7NeqJoSnMeMpJGdxFHKGJmZMHOzObpYKA","3.14.0a6","20250409","HvsE8UQcqy+EjK2mqtWew5bVch3FxCby9II98DRcqWo","rJ+4a62tXHQAr+vxxEHOuPW+cbuVzre/Vzfujjr2RRM","3.10.16","20250317","aF8k4V2SakUJfoBZgtxSonmYX5UlFbnJVgTsiBtAtR4","3.11.11","SpQJ/tuVMS6rviKFyDb2iHQqDqTmzKt/DWjLDgy7L+Q","3.12.9","7jOIOTFb3Yr1/JNflZXsog6+vdJQcmxYFrLQz5TR5mE","3.13.2","HZSIYLXd7/Z6b+zoHMM1T5FEFhlo0hKBhtTho1YqTnY","xRtIRf2lQh4EQGfBERkvZFI0CB1wQxP3Tud/oBOhhuo","3.9.21","dJ9waYUXCYGulfkiextBKuissz2EVc8030J7ULDt2II","3.14.0a5","20250311","otkgs7QqSON50SFP1La6Yza0yoA0YVWETklCPoEhFxE","tAx8E+o0EOGVtGq9qP2vKjJKD/0FWyTZSj48qL3YX+g","3.14.0a4","20250205","6Sx5aufdxcDs6obRSZwShyDn8VzCMvM/lrYLDQZ6ptI","7Y0FYIBzHbRBi7UVcwGuTO6OWNYM8KXh/pZw8uN02M0","3.12.8","20250115","ik6edI7u565xBIoQilWpusSPi+353/QTp8h3RPBAjvE","3.13.1","jM2YrkpPNqchlexAY8dJ8X45pfeSP6ZydX/GnpGJJXI","OcZ15ojV7gR+bOJz4YPQ69v70kTkyQCr05bVp4In0HM","3.10.15","20241016","RalSJcZZ+bmI9ETZhd80cUDsxxwCl8aFf+v170QNaJo","3.11.10","6ncOurxiD/RvHQ+QXHdKm4qlg0Yg6JYXrV4B+Q02s+4","3.12.7","+orDCKfNF3TVma2aKfHjdPvcEUU7EqjFDMSv21xL/Ro","3.13.0","yBNCh0lnJ5IqXEeJa08rFiPjqrkcu3wcpkVC23WT8/E","v9ifms+GZGO8S68Bcz2l52fRP10BEhdaT1e6kfFUExA","3.9.20","zjd5Blq4JDM+jW0KPQVdQHPNzJpuYKviSSkCM2n5FRI","3.13.0rc3","20241002","tZMXgo74jxOO4SLUILYPJwW8cq6Eb/aVYueebFy8MXc","3.8.20","7C9yPc+/CVgVeKcWwFzGeCOkPXcRHm3Z4NFVfMxty/M","3.12.6","20240909","/piYBg9SwhccKqB09HD5Ezm9z5iW2uZwkCHJFPWKqGM","3.13.0rc2","yIMgV1HHFL0FGVkmc6iPFgpV00NEzBNoNTrTSmeeuUo","3.10.14","20240814","Ya0avKymOe7LW9CxKawDFdefe5DPCsqOn7hcnnJpwms","3.11.9","isVKjXEe8NSbYqLDUhwtBAPxsiHcnYTF+F/kiQPoJSM","3.12.5","brA5h5Xoh1V1k0zyHNycfHrN20b5pS+R/a1QlyPy8Ok","3.8.19","idI4sSXNdUa30MvX9ISkONLC8jnBXJs47DxisfNDpso","3.9.19","Qm2k0x5mW3fazxXNiUlKmV7WNKm5cyS775zzb82kyKk","3.12.4","20240726","bde0YH+KJfD19o50X0xXKxogw7v6hqzPpFtSq5Oxjs4","cpython-{v}+{b}-x86_64-pc-windows-msvc-install_only.tar.gz","3.12.3","20240415","98+krQcv60V4yK/KW6mlStWR1mWkQd0NY6o2btvhknk","cpython-{v}+{b}-x86_64-pc-windows-msvc-shared-install_only.tar.gz","3.10.13","20240224","CG9/6RVriXu0ASc9uDWQFxBBaKw29g869OMax6zWY04","3.11.8","thjx8Ec0l3DuHvEdGwWJmECr1TiEuCD9Jcff4uwWZNQ","3.12.2","HlZVpsyxpkp4Rg5OPuIQNscCRoAPF2pskQQ6P+NlSjs","3.8.18","26kj7l34+Z2wT1megmvpKIB0bAIkfI2OTZVdS8cRrxE","3.9.18","qb29co7Uw1OkFX7PdDhhF/sqJ2mpNT9JHFKDcc/n9s0","3.11.7","20240107","Zwd+b6kY5PT9YLoWmCCwC+fDkMSXv5vJyrLCVeqObz4","3.12.1","/VqeD0GVnQNBJG02Q/K4eU9jitwM7I3V4bZGUZjq4Io","3.11.6","20231002","OTNUXm1BRi3WpH5EEz6kCZW8bv7tjC5MvfGmmTA+leo","3.12.0","+s+qH7yGU/lQV/PEoPiqgz2rDgsxbiTuhoa8dh1LT40","3.11.5","20230826","APACJj78iuqJa8+q+Qax9Nqz5c09tT4raauaELoiC5c","3.8.17","ZCjhtOC0SC05CCjefUyCgVJXRDQWy3hqvhDLJGbKaM0","3.10.12","20230726","waMcNTykTefRsaO2xVqCPpwe7QQj1Pn2bmF72xtghoU","3.11.4","h4YUwD6jhTiuL3WONshdLA6x6qyobNQA/4x2aT7gs+E","3.8.16","EgszEvp5usKs5FZBFxwrxZDE5EYtetEk1kWX4SSjauc","3.9.17","m5oeIe/ync8EPOo4GAz4yjYEuQEX0ABip7MWBdQVdxQ","3.10.11","20230507","nC02BKBvzUIiid9zAVzQDnJx2Q3ijSyRDw4jCaf3Omg","3.11.3","JHQQZtpvNaf/Z77mXOgurocNhOEYGEPmSnB20Vcela8","3.9.16","zau0cgTpbOfqMfvQte1YYRTdfY+O3fYKUJp/cLSKHF4","3.10.9","20230116","WcaXDOyzV9wdhVS9BUDrge5/bRages89FO0pTs4CwDU","3.11.1","7cCJecsGZqWXRmF2URUpwEmm8LuorfcN9EFwj3Zt5b8","3.10.8","20221106","8rbS93EY8G3SygTa4RdeRKqlB3pe2N3GMzPBU0cYK/4","3.8.15","L9w/oclfmCF5u7rtrisygZdlhjh5m23LY/n0lLDeWeI","3.9.15","Ai2qyrIVZ5uH8NIA0IuQaKchYF+kch6+2jgiD8ZBzPY","3.10.7","20221002","tGQ1L4y/BqtMBBt1Wcm9p+n2ABqU9nqwo0LLoHjzgF8","3.8.14","GvOZU7TIMk7QYI4xa8djAG8n52ZDFV2S6uGOTbb8Fi8","3.9.14","8RHDwSn0paFx0lNQzlja1Mflj75mTptPfCdTRcn+GKY","3.10.6","20220802","kYiafb3O6lhf9NO3hWpruPik7Kg6D/Uqc1QsLmciDqo","3.8.13","8gZD8bPiY6VihzGa6lw4iFMMCa2d46VimxpdIHgH5rk","3.9.13","tTgScCWkZ8ZLM1G6vKLk0up737eGfV/rs1KcNEVs3NQ","3.10.5","20220630","yDCrKjpIj5z5Xk6BxYHZ73Pkg8LmVGE2N5RD6btyURk","3.10.4","20220528","cjG6KvlSXK5iCl9K47+JqTn9wFO6DMZO496tjxMYgAU","3.9.12","20220502","MCQUf9mH2eGwZKPZSTIXj/jg/pjP6pVXBCE8B2L+6N8","3.10.3","20220318","ulkzcHQu2Ke8cM5WPdalPjDs4faIHjiI0zTBtIWw2dA","3.9.11","DFKaUR96A5CPwSbEqEZ7R+JKTZiBIUfo54bPWehv6/A","3.10.2","20220227","odmllM0xA7qiSTetkVDBo4lUS0NQ6FkgCz5cA2rDUr0","3.8.12","RljgigDWCx4BVZt01Y/03QTabfk11V9iaKFdbQpnnXQ","3.9.10","wUXZ2BQ84WNnCvEktiPXokBRQ6NwiwM7TTPu01XmGyQ","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20211017T1616.tar.zst","3.10.0","20211017","guemUmrBHBWOF3mPlZZ/Xoahu9beFRZ9RvLyif8XQt0","3.9.7","Y0pO1aBcG8nxWJVLxISd5p1rfCxC2Ug6h1AG8z6w8Xw","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210724T1424.tar.zst","3.8.11","20210724","rXo/ZDg/+Su/VkeFIbrmAubkpr5pNrD1DkLoNXW05Sc","3.9.6","ZSX2LORdFim2iwiDbQq2gc88bSz5w/1jyP1rNqkPuds","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210506T0943.tar.zst","3.8.10","20210506","0MnUc/8Ym67i4hS2+m/4GreGWt+F8zYMyVeYxPRKISg","3.9.5","SVa4wpqyhB8EzZqkZeMHO+IQfO1ZY24qgtNbDIgV4hc","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210414T1515.tar.zst","3.8.9","20210415","Cff0BbqGFV/e1EwIIfBe3eurEAgzbglSNH5T8JstVhw","3.9.4","6/Ssxd/yOPit/xjltgQg8FxoiJb0AgoLeOXEhBkGkfo","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210413T2055.tar.zst","3.9.3","20210414","1IdyeeTv4gvkMGJDRsg9gtt+9MN5skmtgpuXTd8PH4Y","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210327T1202.tar.zst","3.8.8","20210327","DHV2rbKZ60tJQ1if7FFwAPQFbP/409ij1P5vlX/NErQ","3.9.2","q4Et0843LZnbH8dUMJmLC/VNODhNymi6S0JfqpQ3M3g","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210103T1125.tar.zst","3.8.7","20210103","j71m8v+XGS98SP09AN4zMPiUUxzL4BIF2Gtu1fQQj6o","3.9.1","qY8sDgPSrqxx2VbjqDxVBVLQad3jpMOxEwhQSXnF2zU","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20201021T0232.tar.zst","3.8.6","20201020","uELdxRo2EbV0vVq6jiM7uaelKwR5OIGH8xcj7OCb+Jg","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20201021T0245.tar.zst","3.9.0","BpDMYc50myGIzJOAlVN4qD4sqVJH/pLHVOXIJWwdMsY","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20200830T2254.tar.zst","3.8.5","20200830","OPrk7w4es8h7dh4JEdEs2p82J06mYQJms7/Mu4y5rZ4","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20200517T2207.tar.zst","3.8.3","20200517","2kD621jZE1jAUJMiD60gGkLOrDICRGZ7AHFdDNVyCMI","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20200418T2315.tar.zst","3.8.2","20200418","Ais2MCZaBUddVUypfR2FwtcnDMDJX7SvGyFVvsflvV0","graalpy-3.10.0-windows-x86_64-none","https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-windows-amd64.zip","24.0.2","64LbSLQ+BAypuQagCnRty2yEj5y10KGmMUIk1HhWhTg","graalpy-3.11.0-windows-x86_64-none","https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-windows-amd64.zip","24.2.2","lgYTQoTU2VsvnWnDCHzT6eSI9GNVtBn15mWIoygd9qM","graalpy-3.12.0-windows-x86_64-none","https://github.com/oracle/graalpython/releases/download/graal-25.2.4/graalpy3.12-25.2.4-windows-amd64.zip","25.2.4","tfmq7JOydx71jqEBE8wmq4KR4nSObCZaa5U493HVQ9A","pypy-3.10.16-windows-x86_64-none","https://downloads.python.org/pypy/pypy3.10-v7.3.19-win64.zip","7.3.19","wNB7umyPtOWAT0qLP47wfMPYn2rR20KkX/ub5gu7fMI","pypy-3.11.15-windows-x86_64-none","https://downloads.python.org/pypy/pypy3.11-v7.3.23-win64.zip","7.3.23","lIuOpY3qW5kXIQ/kr9JCx4j7+rocPxol5pakBPcDOJo","pypy-3.8.16-windows-x86_64-none","https://downloads.python.org/pypy/pypy3.8-v7.3.11-win64.zip","7.3.11","D0b7bfMpQeoBb3fP1+m0JtWsJaKvJFNBTfZhA5QchDU","pypy-3.9.19-windows-x86_64-none","https://downloads.python.org/pypy/pypy3.9-v7.3.16-win64.zip","7.3.16","BuwSpelk3ArTPm84AYWk0pUXjc5tbfUS9QjnruAKEyM"],"rows":[[0,1,2,3],[0,4,2,5],[0,6,2,7],[0,8,2,9],[10,8,2,11],[0,12,2,13],[10,12,2,14],[0,15,2,16],[10,15,2,17],[0,18,19,20],[0,21,19,22],[0,23,19,24],[0,25,26,27],[10,25,26,28],[0,29,30,31],[10,29,30,32],[0,33,34,35],[10,33,34,36],[0,37,38,39],[10,37,38,40],[0,41,42,43],[10,41,42,44],[0,45,46,47],[10,45,46,48],[0,49,46,50],[10,49,46,51],[0,52,53,54],[10,52,53,55],[0,56,57,58],[10,56,57,59],[0,60,61,62],[10,60,61,63],[0,64,65,66],[10,64,65,67],[0,68,69,70],[10,68,69,71],[0,72,69,73],[10,72,69,74],[0,75,69,76],[10,75,69,77],[0,78,79,80],[81,78,79,82],[0,83,84,85],[0,86,84,87],[0,88,84,89],[0,90,91,92],[81,90,91,93],[0,94,95,96],[81,94,95,97],[0,98,95,99],[81,98,95,100],[0,101,102,103],[81,101,102,104],[0,105,106,107],[81,105,106,108],[0,109,110,111],[81,109,110,112],[0,113,114,115],[81,113,114,116],[0,117,114,118],[81,117,114,119],[0,120,121,122],[81,120,121,123],[0,124,121,125],[81,124,121,126],[0,127,128,129],[81,127,128,130],[0,131,128,132],[0,133,134,135],[0,136,137,138],[81,136,137,139],[0,140,141,142],[0,143,141,144],[0,145,141,146],[0,147,141,148],[0,149,150,151],[81,149,150,152],[0,153,150,154],[81,153,150,155],[0,156,157,158],[81,156,157,159],[0,160,161,162],[81,160,161,163],[0,164,165,166],[81,164,165,167],[0,168,169,170],[81,168,169,171],[0,172,173,174],[81,172,173,175],[0,176,177,178],[81,176,177,179],[0,180,181,182],[81,180,181,183],[0,184,185,186],[81,184,185,187],[0,188,189,190],[81,188,189,191],[0,192,193,194],[0,195,193,196],[0,197,193,198],[0,199,193,200],[81,199,193,201],[0,202,193,203],[81,202,193,204],[0,205,193,206],[0,207,208,209],[81,207,208,210],[0,211,212,213],[0,214,212,215],[0,216,212,217],[0,218,212,219],[81,218,212,220],[0,221,212,222],[0,223,224,225],[81,223,224,226],[0,227,228,229],[81,227,228,230],[0,231,232,233],[0,234,232,235],[81,234,232,236],[0,237,238,239],[0,240,238,241],[0,242,238,243],[0,244,238,245],[81,244,238,246],[0,247,238,248],[0,249,250,251],[0,252,250,253],[0,254,255,256],[0,257,255,258],[0,259,260,261],[0,262,260,263],[0,264,260,265],[0,266,260,267],[0,268,260,269],[0,270,271,272],[273,274,275,276],[277,278,279,280],[277,281,279,282],[277,283,279,284],[277,285,279,286],[277,287,279,288],[277,289,290,291],[277,292,290,293],[277,294,295,296],[277,297,295,298],[277,299,300,301],[277,302,300,303],[277,304,305,306],[277,307,305,308],[277,309,305,310],[277,311,305,312],[277,313,314,315],[277,316,314,317],[277,318,314,319],[277,320,321,322],[277,323,321,324],[277,325,326,327],[277,328,326,329],[277,330,326,331],[277,332,333,334],[277,335,333,336],[277,337,333,338],[277,339,340,341],[277,342,340,343],[277,344,340,345],[277,346,347,348],[277,349,350,351],[277,352,353,354],[277,355,356,357],[277,358,356,359],[277,360,361,362],[277,363,361,364],[277,365,361,366],[367,368,369,370],[367,371,369,372],[373,374,375,376],[373,377,375,378],[379,380,381,382],[379,383,381,384],[385,386,387,388],[385,389,387,390],[391,392,393,394],[395,396,397,398],[395,399,397,400],[401,402,403,404],[401,405,403,406],[407,408,409,410],[411,412,409,413],[414,415,416,417],[418,419,420,421],[422,423,424,425]],"others":[[426,427,428,429],[430,431,432,433],[434,435,436,437],[438,439,440,441],[442,443,444,445],[446,447,448,449],[450,451,452,453]]}' } };
  }
});

// src/core/catalog/snapshot-bundle.ts
function familyReader(bundle2, key) {
  const text3 = bundle2.families[key];
  if (text3 === void 0) return void 0;
  const table = JSON.parse(text3);
  return new SnapshotReader({
    schema: 1,
    origin: bundle2.origin,
    urlBase: bundle2.urlBase,
    count: 0,
    ...table
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

// src/core/catalog/sources/snapshot.ts
function familyBuilds(key, maxLevel) {
  if (!readers.has(key)) readers.set(key, familyReader(bundle, key));
  const reader = readers.get(key);
  if (!reader) return [];
  const upTo = (p) => ARCH_LEVEL(p.archVariant) <= maxLevel;
  const rows = reader.decode(reader.rowsWhere((shape) => upTo(shape.platform)));
  return fromSnapshot([...rows, ...reader.decodeOthers().filter((b) => upTo(b.platform))]);
}
function snapshotIndex() {
  index ??= new BuildIndex(() => fromSnapshot(decodeBundle(bundle)), familyBuilds);
  return index;
}
function snapshotOrigin() {
  return { ...bundle.origin, count: bundle.count };
}
var bundle, index, readers, fromSnapshot;
var init_snapshot2 = __esm({
  "src/core/catalog/sources/snapshot.ts"() {
    "use strict";
    init_snapshot();
    init_resolve();
    init_snapshot_bundle();
    bundle = snapshot_default;
    readers = /* @__PURE__ */ new Map();
    fromSnapshot = (builds) => {
      for (const b of builds) b.source = "snapshot";
      return builds;
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
function peekTable(ctx, key, table, meta, type) {
  let t = table;
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
var init_parse = __esm({
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
    init_parse();
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
import { readFile as readFile2 } from "node:fs/promises";
import path6 from "node:path";
function meaningfulLines(text3) {
  return text3.split(/\r?\n/).map((l) => l.replace(/#.*$/, "").trim()).filter((l) => l.length > 0);
}
function specsFromLines(text3) {
  const specs = meaningfulLines(text3).map(pyenvVersion);
  return { specs, defaultSpec: specs[specs.length - 1] };
}
async function readText(file) {
  try {
    return await readFile2(file, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return void 0;
    throw e;
  }
}
function fromPyproject(doc) {
  const rp = text(tableAt(doc, "project")?.["requires-python"]);
  if (rp) return [rp];
  const poetry = tableAt(doc, "tool", "poetry", "dependencies")?.python;
  const constraint = text(poetry) ?? text(tableAt({ poetry }, "poetry")?.version);
  const spec = constraint && poetryToPep440(constraint);
  return spec ? [spec] : [];
}
function fromPipfile(doc) {
  const requires = tableAt(doc, "requires");
  const spec = text(requires?.python_full_version) ?? text(requires?.python_version);
  return spec ? [spec] : [];
}
function specsFromText(fileName, body) {
  const base = path6.basename(fileName);
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
  const abs = path6.resolve(file);
  const body = await readText(abs);
  if (body === void 0) return void 0;
  const specs = specsFromText(abs, body);
  return specs.length ? { spec: specs[0], source: abs, specs } : void 0;
}
async function findSpecFromFiles(dir2) {
  const current2 = path6.resolve(dir2);
  for (const name of SPEC_FILES) {
    const found = await readSpecFile(path6.join(current2, name)).catch(() => void 0);
    if (found) return found;
  }
  return void 0;
}
var SPEC_FILES, pyenvVersion, tableAt, text;
var init_spec_files = __esm({
  "src/core/catalog/spec-files.ts"() {
    "use strict";
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
    text = (v) => typeof v === "string" && v.trim() ? v.trim() : void 0;
  }
});

// src/core/catalog/layout.ts
function archivePythonRoot(build) {
  return build.flavor === "full" ? "python/install" : "python";
}
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
function catalogInfo() {
  return snapshotOrigin();
}
var SourceCatalog;
var init_catalog = __esm({
  "src/core/catalog/index.ts"() {
    "use strict";
    init_errors();
    init_log();
    init_spec();
    init_version();
    init_resolve();
    init_github();
    init_downloads_json();
    init_ndjson();
    init_snapshot2();
    init_resolve();
    init_spec_files();
    init_asset_name();
    init_snapshot2();
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
            pbsRepo: this.o.pbsRepo ?? DEFAULT_PBS_REPO,
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
import { createRequire as createRequire2 } from "node:module";
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
  return new Promise((resolve, reject) => {
    if (o.signal?.aborted) return reject(o.signal.reason);
    const isHttps = url.protocol === "https:";
    if (!isHttps && url.protocol !== "http:")
      return reject(new Error(`unsupported protocol ${url.protocol}`));
    const proxy = proxyFor(url, o.env ?? process.env);
    const port = Number(url.port || (isHttps ? 443 : 80));
    const common = { method: "GET", headers, signal: o.signal, timeout: o.timeoutMs };
    let req;
    const onRes = (res) => {
      if (o.timeoutMs) watchBodyInactivity(res, o.timeoutMs);
      resolve(res);
    };
    if (!proxy) {
      const mod = isHttps ? httpsModule() : httpModule();
      req = mod.request(url, { ...common, ca: o.ca }, onRes);
    } else if (!isHttps) {
      req = httpModule().request(
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
    req.on("timeout", () => req.destroy(new Error(`no response within ${o.timeoutMs} ms`)));
    req.on("error", reject);
    req.end();
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
  return new Promise((resolve, reject) => {
    const req = httpModule().request({
      method: "CONNECT",
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      path: `${host3}:${port}`,
      headers: { host: `${host3}:${port}`, ...proxyAuth(proxy) },
      signal: o.signal,
      timeout: o.timeoutMs
    });
    req.on("connect", (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        return reject(
          new Error(`proxy ${proxy.host} refused CONNECT ${host3}:${port}: HTTP ${res.statusCode}`)
        );
      }
      resolve(socket);
    });
    req.on(
      "timeout",
      () => req.destroy(new Error(`proxy ${proxy.host} did not answer within ${o.timeoutMs} ms`))
    );
    req.on("error", reject);
    req.end();
  });
}
var requireBuiltin2, builtin, httpModule, httpsModule, tlsModule, GITHUB_COM_HOSTS;
var init_http = __esm({
  "src/core/install/http.ts"() {
    "use strict";
    init_proxy();
    requireBuiltin2 = createRequire2(import.meta.url);
    builtin = (id) => requireBuiltin2(id);
    httpModule = () => builtin("node:http");
    httpsModule = () => builtin("node:https");
    tlsModule = () => builtin("node:tls");
    GITHUB_COM_HOSTS = ["github.com", "api.github.com"];
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

// src/core/install/download.ts
import { createReadStream as createReadStream2, createWriteStream } from "node:fs";
import fs3 from "node:fs/promises";
import path7 from "node:path";
import { PassThrough } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function normaliseSha256(s) {
  if (!s) return void 0;
  return s.trim().toLowerCase().replace(/^sha256:/, "");
}
async function downloadFile(url, dest, o = {}) {
  const partial = `${dest}.partial`;
  try {
    await makeDirs(path7.dirname(dest));
  } catch (e) {
    throw new DownloadError(`Cannot download ${redactUrl(url)} into ${dest}: ${errorText(e)}`, {
      requested: dest,
      url: redactUrl(url),
      attempts: 0,
      hint: "Check that the destination is writable."
    });
  }
  try {
    const r = await streamUrl(url, { ...o, consume: (body) => pipeline2(body, createWriteStream(partial)) });
    await fs3.rename(partial, dest);
    return { path: dest, ...r };
  } catch (e) {
    await fs3.rm(partial, { force: true });
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
    const file = fileURLToPath2(url);
    const total = (await fs3.stat(file)).size;
    return { body: createReadStream2(file, { highWaterMark: 256 * 1024 }), total };
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
  const pass = new PassThrough({ highWaterMark: 64 * 1024 });
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
        await new Promise((resolve) => {
          pass.once("drain", resolve);
          void consuming.then(resolve);
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
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
var AttemptError, PERMANENT_CODES;
var init_download = __esm({
  "src/core/install/download.ts"() {
    "use strict";
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

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill3, encoding) {
      return Buffer.alloc(size, fill3, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill2(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill: fill2,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err2) {
        return err2 && err2.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err2) {
        return err2 && err2.code === "PREMATURE_CLOSE";
      }
      static isAborted(err2) {
        return err2 && err2.code === "ABORTED";
      }
      static isBadArgument(err2) {
        return err2 && err2.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending2 = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending2.push(this.shift());
        for (let i = 0; i < pending2.length - 1; i++) {
          const data2 = pending2[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending2[pending2.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err2) {
        if (err2) this.error = err2;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err2) {
      const stream = this.stream;
      if (!err2 && !StreamError.isStreamDestroyed(this.error)) err2 = this.error;
      if (err2) stream.emit("error", err2);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err2);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err2);
        }
      }
    }
    function afterWrite(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err2) {
      if (err2) this.stream.destroy(err2);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err2, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err2);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err2) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err2) err2 = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err2;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err2;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable2 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough2(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline7(src, out, noop);
        }).catch((err2) => out.destroy(err2));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve, reject) {
              promiseResolve = resolve;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err2) {
          stream.destroy(err2);
          return new Promise((resolve, reject) => {
            if (stream._duplexState & DESTROYED) return resolve({ value: void 0, done: true });
            stream.once("close", function() {
              if (err2) reject(err2);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch2, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending2 = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending2 + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve) => {
          state.drains.push({ writes, resolve });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable2 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch2, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform3 = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err2) {
        super.destroy(err2);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough2 = class extends Transform3 {
    };
    function transformAfterFlush(err2, data) {
      const cb = this._transformState.afterFinal;
      if (err2) return cb(err2);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve, reject) => {
        return pipeline7(...streams, (err2) => {
          if (err2) return reject(err2);
          resolve();
        });
      });
    }
    function pipeline7(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err2) => {
          if (error === null) error = err2;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err2) {
        if (!err2 || error) return;
        error = err2;
        for (const s of all) {
          s.destroy(err2);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err2 = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err2) ? null : err2;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module.exports = {
      pipeline: pipeline7,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable2,
      Duplex,
      Transform: Transform3,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough: PassThrough2
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode2(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index2, len, defaultValue) {
      if (typeof index2 !== "number") return defaultValue;
      index2 = ~~index2;
      if (index2 >= len) return len;
      if (index2 >= 0) return index2;
      index2 += len;
      if (index2 >= 0) return index2;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable, Readable: Readable2, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable2 {
      constructor(self, header2, offset) {
        super();
        this.header = header2;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err2) {
        this._locked = false;
        if (err2) {
          this.destroy(err2);
          this._continueWrite(err2);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err2) {
        const cb = this._callback;
        this._callback = noop;
        cb(err2);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract = this;
        this.on("entry", onentry);
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function consumeCallback(err2) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err2);
        }
        function onnext(resolve, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve;
          promiseReject = reject;
          consumeCallback(null);
          if (extract._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header2, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err2) {
          extract.destroy(err2);
          consumeCallback(err2);
          return new Promise((resolve, reject) => {
            if (extract.destroyed) return resolve({ value: void 0, done: true });
            extract.once("close", function() {
              if (err2) reject(err2);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants;
    } catch {
      module.exports = constants;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable2, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header2, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header2;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header2.type === "symlink" && !header2.linkname;
        this._isVoid = header2.type !== "file" && header2.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err2) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err2);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable2 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header2, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header2.size || header2.type === "symlink") header2.size = 0;
        if (!header2.type) header2.type = modeToType(header2.mode);
        if (!header2.mode) header2.mode = header2.type === "directory" ? DMODE : FMODE;
        if (!header2.uid) header2.uid = 0;
        if (!header2.gid) header2.gid = 0;
        if (!header2.mtime) header2.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header2, callback);
        if (b4a.isBuffer(buffer)) {
          header2.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header2) {
        if (!header2.pax) {
          const buf = headers.encode(header2);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header2);
      }
      _encodePax(header2) {
        const paxHeader = headers.encodePax({
          name: header2.name,
          linkname: header2.linkname,
          pax: header2.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header2.mode,
          uid: header2.uid,
          gid: header2.gid,
          size: paxHeader.byteLength,
          mtime: header2.mtime,
          type: "pax-header",
          linkname: header2.linkname && "PaxHeader",
          uname: header2.uname,
          gname: header2.gname,
          devmajor: header2.devmajor,
          devminor: header2.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header2.size;
        newHeader.type = header2.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain = this._drain;
        this._drain = noop;
        drain();
      }
      _predestroy() {
        const err2 = getStreamError(this);
        if (this._stream) this._stream.destroy(err2);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err2);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
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
  if (WINDOWS_DEVICE.test(part)) return `uses "${part}", a reserved device name on Windows`;
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
var WINDOWS_DEVICE;
var init_extract_safety = __esm({
  "src/core/install/extract-safety.ts"() {
    "use strict";
    init_errors();
    WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9\u00b9\u00b2\u00b3]|lpt[1-9\u00b9\u00b2\u00b3])(\..*)?$/i;
  }
});

// src/core/install/tree-writer.ts
import fsSync from "node:fs";
import fs4 from "node:fs/promises";
import path8 from "node:path";
import { pipeline as pipeline3 } from "node:stream/promises";
function writeAllSync(fd, chunks) {
  let pending2 = chunks.filter((c) => c.length > 0);
  while (pending2.length > 0) {
    let written = fsSync.writevSync(fd, pending2);
    let done = 0;
    while (done < pending2.length && written >= pending2[done].length) written -= pending2[done++].length;
    pending2 = pending2.slice(done);
    if (written > 0) pending2[0] = pending2[0].subarray(written);
  }
}
var TreeWriter;
var init_tree_writer = __esm({
  "src/core/install/tree-writer.ts"() {
    "use strict";
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
        return path8.join(this.root, rel);
      }
      ensureParent(rel) {
        const abs = this.abs(rel);
        const dir2 = path8.dirname(abs);
        if (!this.dirs.has(dir2)) {
          fsSync.mkdirSync(dir2, { recursive: true });
          for (let d = dir2; d.length > this.root.length && !this.dirs.has(d); d = path8.dirname(d))
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
        this.claim(rel);
        const abs = this.ensureParent(rel);
        if (this.dirs.has(abs)) throw refuse(this.archive, rel, "replaces a directory with a file");
        const fd = fsSync.openSync(abs, "w", clampMode(mode, false));
        try {
          writeAllSync(fd, body);
          fsSync.futimesSync(fd, mtime, mtime);
        } finally {
          fsSync.closeSync(fd);
        }
        this.files.add(rel);
      }
      async writeStream(rel, body, mode, mtime) {
        this.claim(rel);
        const abs = this.ensureParent(rel);
        await pipeline3(body, fsSync.createWriteStream(abs, { mode: clampMode(mode, false) }));
        await fs4.utimes(abs, mtime, mtime);
        this.files.add(rel);
      }
      other(rel, type, linkname, mode, rawName) {
        if (type === "directory") {
          const abs = this.abs(rel);
          this.claim(rel);
          if (!this.dirs.has(abs)) {
            fsSync.mkdirSync(abs, { recursive: true });
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
          fsSync.rmSync(abs, { force: true });
          try {
            fsSync.linkSync(this.abs(target), abs);
          } catch {
            fsSync.copyFileSync(this.abs(target), abs);
          }
        }
        for (const [rel, target] of this.symlinks) {
          const abs = this.ensureParent(rel);
          if (this.dirs.has(abs))
            throw refuse(this.archive, rel, "is a symlink where the archive also has a directory");
          fsSync.rmSync(abs, { force: true });
          fsSync.symlinkSync(target, abs);
        }
        for (const [abs, mode] of this.dirModes) fsSync.chmodSync(abs, mode);
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
import { Transform } from "node:stream";
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
  const guard = new Transform({
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
  const out = new Transform({
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
var MAX_WINDOW_LOG, MAX_WINDOW_BYTES, FRAME_MAGIC, ZstdFrameScanner;
var init_zstd = __esm({
  "src/core/install/zstd.ts"() {
    "use strict";
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

// src/core/install/extract.ts
var extract_exports = {};
__export(extract_exports, {
  extractArchive: () => extractArchive,
  extractInto: () => extractInto,
  extractTarStream: () => extractTarStream,
  formatFromName: () => formatFromName,
  sniffFormat: () => sniffFormat
});
import { createReadStream as createReadStream3 } from "node:fs";
import fs5 from "node:fs/promises";
import path9 from "node:path";
import { Transform as Transform2 } from "node:stream";
import { pipeline as pipeline4 } from "node:stream/promises";
function formatFromName(name) {
  const n = name.toLowerCase();
  if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) return "tar.gz";
  if (n.endsWith(".tar.zst") || n.endsWith(".tzst") || n.endsWith(".tar.zstd")) return "tar.zst";
  if (n.endsWith(".zip")) return "zip";
  return void 0;
}
async function sniffFormat(file) {
  const fh = await fs5.open(file, "r");
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
  const dest = path9.resolve(destDir);
  let tmp;
  try {
    await makeDirs(path9.dirname(dest));
    tmp = await fs5.mkdtemp(path9.join(path9.dirname(dest), `.${path9.basename(dest)}.extract-`));
    await extractInto(archive, tmp, format, o);
    await moveInto(tmp, dest);
  } catch (e) {
    if (e instanceof PythonEmbeddedError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(`Cannot extract ${archive} into ${dest}: ${fsErrorText(e)}`, {
      requested: dest,
      hint: "Check that the destination is writable and has room."
    });
  } finally {
    if (tmp) await fs5.rm(tmp, { recursive: true, force: true });
  }
}
async function extractInto(archive, root, format, o = {}) {
  const w = new TreeWriter(archive, root, o);
  if (format === "zip") await unzip(archive, w, o);
  else await untar(archive, format, w, o);
  w.finish();
}
async function moveInto(src, dest) {
  const existing = await fs5.readdir(dest).catch(() => void 0);
  if (existing && existing.length === 0) await fs5.rmdir(dest);
  if (!existing || existing.length === 0) {
    await renameWithRetry(src, dest);
    return;
  }
  for (const child of await fs5.readdir(src)) {
    if (existing.includes(child)) {
      throw new PythonInstallationError(`Cannot extract into ${dest}: ${child} already exists there.`, {
        requested: dest,
        hint: "Extract into an empty directory or remove the existing files first."
      });
    }
  }
  for (const child of await fs5.readdir(src))
    await renameWithRetry(path9.join(src, child), path9.join(dest, child));
}
function progressMeter({ total, readHere }, w, guard, o) {
  let bytes = 0;
  return new Transform2({
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
  return new Transform2({
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
  const total = (await fs5.stat(archive)).size;
  const source = createReadStream3(archive, { highWaterMark: 256 * 1024 });
  await untarFrom(source, archive, format, w, o, { total, readHere: true });
}
async function untarFrom(source, archive, format, w, o, input) {
  const guard = new InflationGuard(archive, o);
  const ex = import_tar_stream.default.extract();
  ex.on("entry", (header2, stream, next) => {
    stream.on("error", () => {
    });
    let rel;
    try {
      rel = w.begin(header2.name, header2.type, header2.size ?? 0);
    } catch (e) {
      return next(e);
    }
    const type = header2.type;
    if ((type === "file" || type === "contiguous-file") && rel) {
      const mode = header2.mode ?? 420;
      const mtime = header2.mtime ?? /* @__PURE__ */ new Date();
      if ((header2.size ?? 0) <= SMALL_FILE) {
        const chunks = [];
        stream.on("data", (c) => chunks.push(c));
        stream.on("end", () => {
          try {
            w.writeSmall(rel, chunks, mode, mtime);
            next();
          } catch (e) {
            next(e);
          }
        });
      } else {
        w.writeStream(rel, stream, mode, mtime).then(() => next(), next);
      }
      return;
    }
    stream.on("end", () => {
      try {
        if (rel) w.other(rel, type, header2.linkname ?? "", header2.mode ?? 493, header2.name);
        next();
      } catch (e) {
        next(e);
      }
    });
    stream.resume();
  });
  const decompress = format === "tar.gz" ? [zlibModule().createGunzip({ chunkSize: 128 * 1024 })] : zstdDecompressor(archive, o.zstdDecoder);
  const meters = [progressMeter(input, w, guard, o), ...decompress, inflationMeter(w, guard)];
  try {
    await pipeline4([source, ...meters, ex], { signal: o.signal });
  } catch (e) {
    if (e instanceof PythonInstallationError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(
      `Cannot extract ${archive}: ${e instanceof Error ? e.message : String(e)}`,
      { requested: archive, hint: extractHint(e) }
    );
  }
}
async function unzip(archive, w, o) {
  const total = (await fs5.stat(archive)).size;
  const { open } = await loadYauzl();
  const zip = await new Promise(
    (resolve, reject) => open(
      archive,
      { lazyEntries: true, autoClose: true, strictFileNames: false },
      (err2, z) => err2 ? reject(err2) : resolve(z)
    )
  ).catch((e) => {
    throw new PythonInstallationError(`Cannot read zip ${archive}: ${e.message}`, { requested: archive });
  });
  const guard = new InflationGuard(archive, o);
  await new Promise((resolve, reject) => {
    const fail = (e) => {
      zip.close();
      reject(e);
    };
    zip.on("error", fail);
    zip.on("end", resolve);
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
var import_tar_stream, loadYauzl, SMALL_FILE;
var init_extract2 = __esm({
  "src/core/install/extract.ts"() {
    "use strict";
    import_tar_stream = __toESM(require_tar_stream(), 1);
    init_errors();
    init_fs();
    init_archive_limits();
    init_memory();
    init_tree_writer();
    init_zstd();
    init_builtins();
    loadYauzl = () => import("./lib-yauzl.js").then((m) => m.default);
    SMALL_FILE = 1024 * 1024;
  }
});

// src/core/install/lock.ts
import fs6 from "node:fs/promises";
import os from "node:os";
import path10 from "node:path";
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
      fs6.utimes(lockPath, now, now).catch(() => {
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
    const info = JSON.parse(await fs6.readFile(lockPath, "utf8"));
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
    st = await fs6.stat(lockPath);
  } catch {
    return { stale: false };
  }
  const info = await readLock(lockPath);
  if (info && info.host === os.hostname() && !pidAlive(info.pid)) return { stale: true, info };
  return { stale: Date.now() - st.mtimeMs > staleMs, info };
}
async function tryCreate(lockPath, body) {
  const tmp = privateTemp(lockPath);
  await fs6.writeFile(tmp, body);
  try {
    await fs6.link(tmp, lockPath);
    return true;
  } catch (e) {
    const code = e.code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw e;
    try {
      await fs6.writeFile(lockPath, body, { flag: "wx" });
      return true;
    } catch (e2) {
      if (e2.code === "EEXIST") return false;
      throw e2;
    }
  } finally {
    await fs6.rm(tmp, { force: true });
  }
}
async function breakStale(lockPath, staleMs, seen) {
  const breaker = `${lockPath}.break`;
  const me = JSON.stringify({ pid: process.pid, host: os.hostname(), createdAt: (/* @__PURE__ */ new Date()).toISOString() });
  if (!await tryCreate(breaker, me)) {
    const st = await fs6.stat(breaker).catch(() => void 0);
    if (st && Date.now() - st.mtimeMs > Math.min(staleMs, 1e4)) await fs6.rm(breaker, { force: true });
    return;
  }
  try {
    const again = await isStale(lockPath, staleMs);
    if (again.stale && again.info?.token === seen?.token) {
      if (again.info?.host === os.hostname()) await stopWorkers(again.info.workers);
      await fs6.rm(lockPath, { force: true });
    }
  } finally {
    await fs6.rm(breaker, { force: true });
  }
}
async function sweepAbandonedTemps(lockPath, staleMs) {
  const dir2 = path10.dirname(lockPath);
  for (const name of await fs6.readdir(dir2).catch(() => [])) {
    const pid = privateTempPid(lockPath, name);
    if (!pid || pid === process.pid) continue;
    const file = path10.join(dir2, name);
    const [info, st] = await Promise.all([readLock(file), fs6.stat(file).catch(() => void 0)]);
    if (!st) continue;
    const abandoned = info?.host === os.hostname() ? !pidAlive(info.pid) : Date.now() - st.mtimeMs > staleMs;
    if (abandoned) await fs6.rm(file, { force: true });
  }
}
async function acquire(lockPath, staleMs, o) {
  await makeDirs(path10.dirname(lockPath));
  await sweepAbandonedTemps(lockPath, staleMs);
  const token = randomTag(8);
  const mine = {
    pid: process.pid,
    host: os.hostname(),
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
          if (!cur || cur.token === token) await fs6.rm(lockPath, { force: true });
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
var init_lock = __esm({
  "src/core/install/lock.ts"() {
    "use strict";
    init_errors();
    init_fs();
    init_lock_workers();
    init_builtins();
  }
});

// src/core/install/mirror.ts
import fs7 from "node:fs/promises";
import path11 from "node:path";
import { fileURLToPath as fileURLToPath3, pathToFileURL } from "node:url";
function isUrl(s) {
  return /^(https?|file):/i.test(s);
}
function mirrorBase(mirror) {
  const base = isUrl(mirror) ? mirror : pathToFileURL(path11.resolve(mirror)).href;
  return base.replace(/\/+$/, "");
}
function mirrorUrlFor(build, mirror) {
  if (!mirror || build.source === "downloads") return build.url;
  return `${mirrorBase(mirror)}/${encodeURIComponent(build.build)}/${encodeURIComponent(build.assetName)}`;
}
function parseSha256Sums2(text3) {
  const out = /* @__PURE__ */ new Map();
  for (const line of text3.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line);
    if (m) out.set(m[2], m[1].toLowerCase());
  }
  return out;
}
async function fetchText(url, o = {}) {
  if (url.startsWith("file:")) {
    try {
      return await fs7.readFile(fileURLToPath3(url), "utf8");
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
    const text3 = await fetchText(sumsUrl, o.http);
    return text3 ? parseSha256Sums2(text3).get(build.assetName) : void 0;
  } catch (e) {
    (o.logger ?? silentLogger).debug(
      `could not read ${redactUrl(sumsUrl)}: ${e instanceof Error ? e.message : String(e)}`
    );
    return void 0;
  }
}
var init_mirror = __esm({
  "src/core/install/mirror.ts"() {
    "use strict";
    init_errors();
    init_log();
    init_download();
    init_http();
  }
});

// src/core/exec/kill-tree.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync2 } from "node:fs";
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
    for (const name of readdirSync2("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync2(`/proc/${name}/stat`, "utf8");
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
function descendants(pid, table = nativeProcessControl.list()) {
  const children = /* @__PURE__ */ new Map();
  for (const { pid: p, ppid: pp } of table) {
    const list2 = children.get(pp);
    if (list2) list2.push(p);
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
function killTree(pid, o = { group: true }, os6 = nativeProcessControl) {
  const signal = o.signal ?? "SIGKILL";
  if (os6.platform === "win32") return killWindowsTree(pid, Boolean(o.leaderExited), os6);
  if (o.leaderExited) {
    if (o.group) os6.signal(-pid, signal);
    return;
  }
  const tree = descendants(pid, os6.list());
  if (o.group) os6.signal(-pid, signal);
  os6.signal(pid, signal);
  for (const d of tree) os6.signal(d, signal);
}
function killWindowsTree(pid, leaderExited, os6) {
  if (!leaderExited) return os6.taskkillTree(pid);
  const life = lifetimes.get(pid);
  if (!life) return;
  const endedMs = life.endedMs ?? Date.now();
  for (const p of os6.list()) {
    if (p.ppid !== pid || p.startedMs === void 0) continue;
    if (p.startedMs >= life.startedMs && p.startedMs <= endedMs) os6.taskkillTree(p.pid);
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
var nativeProcessControl, live, exitHookInstalled, lifetimes, MAX_LIFETIMES;
var init_kill_tree = __esm({
  "src/core/exec/kill-tree.ts"() {
    "use strict";
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
  return new Promise((resolve, reject) => {
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
      resolve({
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
    r = await runIsolated(python, ["-c", PROBE, ...o.modules ?? []], o);
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
var DROPPED_EXACT, PROBE;
var init_probe = __esm({
  "src/core/python/probe.ts"() {
    "use strict";
    init_errors();
    init_spawn();
    DROPPED_EXACT = /* @__PURE__ */ new Set(["VIRTUAL_ENV", "VIRTUAL_ENV_PROMPT", "CONDA_PREFIX", "__PYVENV_LAUNCHER__"]);
    PROBE = `import importlib, json, platform, sys, sysconfig
missing = []
for m in sys.argv[1:]:
    try: importlib.import_module(m)
    except Exception: missing.append(m)
print(json.dumps({"version": platform.python_version(), "versionInfo": list(sys.version_info),
  "implementation": sys.implementation.name, "executable": sys.executable, "prefix": sys.prefix,
  "basePrefix": sys.base_prefix, "platform": sys.platform, "sysVersion": sys.version,
  "machine": platform.machine(), "freethreaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
  "debug": hasattr(sys, "gettotalrefcount"), "missingModules": missing}))`;
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
import fs8 from "node:fs";
import path12 from "node:path";
function findInterpreter(root) {
  const named = ["pypy3.exe", "bin/pypy3", "bin/graalpy", "bin/graalpy.exe"];
  for (const exe of [...named, "python.exe", "bin/python3", "bin/python"]) {
    if (isFileSync(path12.join(root, exe))) return exe;
  }
  return plainestVersioned(root, "", /^python3(\.\d+)?[td]*\.exe$/i) ?? plainestVersioned(root, "bin", /^python3\.\d+[td]*$/);
}
function plainestVersioned(root, dir2, pattern) {
  let names;
  try {
    names = fs8.readdirSync(path12.join(root, dir2));
  } catch {
    return void 0;
  }
  const versioned = names.filter((n) => pattern.test(n)).sort((a, b) => a.length - b.length || compareText(a, b));
  const hit = versioned.find((n) => isFileSync(path12.join(root, dir2, n)));
  return hit === void 0 ? void 0 : dir2 ? `${dir2}/${hit}` : hit;
}
function locatePython(extracted) {
  for (const rel of ["python/install", "python", ".", "install", soleDirectory(extracted)]) {
    if (rel === void 0) continue;
    const root = path12.join(extracted, rel);
    const exe = findInterpreter(root);
    if (exe) return { root: path12.normalize(root), exe };
  }
  return void 0;
}
function soleDirectory(dir2) {
  let entries;
  try {
    entries = fs8.readdirSync(dir2, { withFileTypes: true });
  } catch {
    return void 0;
  }
  return entries.length === 1 && entries[0].isDirectory() ? entries[0].name : void 0;
}
var init_python_layout = __esm({
  "src/core/install/python-layout.ts"() {
    "use strict";
    init_fs();
    init_host();
    init_text();
  }
});

// src/core/install/install.ts
import fs9 from "node:fs/promises";
import path13 from "node:path";
import { fileURLToPath as fileURLToPath4, pathToFileURL as pathToFileURL2 } from "node:url";
async function cleanStaging(targetDir, log = silentLogger) {
  const parent = path13.dirname(targetDir);
  const prefix = `.${path13.basename(targetDir)}.`;
  for (const name of await fs9.readdir(parent).catch(() => [])) {
    if (name.startsWith(prefix) && /\.(install|extract)-/.test(name)) {
      log.warn(`removing ${path13.join(parent, name)}, left by an interrupted install`);
      await fs9.rm(path13.join(parent, name), { recursive: true, force: true });
    }
  }
}
async function installBuild(build, targetDir, o = {}) {
  const log = o.logger ?? silentLogger;
  const target = path13.resolve(targetDir);
  if (await nonEmpty(target)) {
    throw new PythonInstallationError(
      `Cannot install ${build.key} into ${target}: the directory is not empty.`,
      {
        requested: target,
        hint: "Remove it first, or install somewhere else."
      }
    );
  }
  await fs9.mkdir(path13.dirname(target), { recursive: true });
  const staging = await fs9.mkdtemp(path13.join(path13.dirname(target), `.${path13.basename(target)}.install-`));
  try {
    const extracted = path13.join(staging, "x");
    await fs9.mkdir(extracted);
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
    const probe2 = await probeInterpreter(path13.join(loc.root, loc.exe));
    checkProbe(build, probe2);
    o.signal?.throwIfAborted();
    await fs9.rm(target, { recursive: true, force: true });
    await renameWithRetry(loc.root, target);
    log.debug(`installed ${build.key} (${probe2.version}) at ${target}`);
    return {
      pythonDir: target,
      pythonPath: path13.join(target, loc.exe),
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
    await fs9.rm(staging, { recursive: true, force: true });
  }
}
async function nonEmpty(dir2) {
  const entries = await fs9.readdir(dir2).catch(() => void 0);
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
    url = pathToFileURL2(path13.resolve(o.archivePath)).href;
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
  if (isFile2 && !await fs9.stat(fileURLToPath4(url)).catch(() => void 0)) {
    throw new PythonInstallationError(`No archive at ${fileURLToPath4(url)}.`, {
      requested: fileURLToPath4(url),
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
    const file = path13.join(staging, build.assetName);
    r = await downloadFile(url, file, common);
    await fs9.rm(extracted, { recursive: true, force: true });
    await extractArchive2(file, extracted, { ...o.archiveLimits, format, signal: o.signal });
    await fs9.rm(file, { force: true });
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
        await fs9.rm(extracted, { recursive: true, force: true });
        await fs9.mkdir(extracted);
      }
    });
  }
  return {
    url: isFile2 ? fileURLToPath4(url) : redactUrl(url),
    sha256: r.sha256,
    bytes: r.bytes,
    checksumSource,
    downloaded: !isFile2
  };
}
var hashFile;
var init_install = __esm({
  "src/core/install/install.ts"() {
    "use strict";
    init_layout();
    init_errors();
    init_log();
    init_download();
    init_http();
    init_mirror();
    init_probe();
    init_python_layout();
    init_fs();
    hashFile = sha256File;
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

// src/core/config/options.ts
import os2 from "node:os";
import path14 from "node:path";
function defaultRoot(env = process.env) {
  const home = env.HOME || env.USERPROFILE || os2.homedir();
  if (process.platform === "win32") {
    return path14.join(env.LOCALAPPDATA || path14.join(home, "AppData", "Local"), "python-embedded");
  }
  if (process.platform === "darwin")
    return path14.join(home, "Library", "Application Support", "python-embedded");
  return path14.join(env.XDG_DATA_HOME || path14.join(home, ".local", "share"), "python-embedded");
}
var DEFAULT_PYTHON, DEFAULT_PBS_REPO2, DEFAULT_GITHUB_API_URL;
var init_options = __esm({
  "src/core/config/options.ts"() {
    "use strict";
    init_triple();
    DEFAULT_PYTHON = "3.12";
    DEFAULT_PBS_REPO2 = "astral-sh/python-build-standalone";
    DEFAULT_GITHUB_API_URL = "https://api.github.com";
  }
});

// src/core/instances/archive.ts
import { createReadStream as createReadStream4, createWriteStream as createWriteStream2 } from "node:fs";
import fs10 from "node:fs/promises";
import path15 from "node:path";
import { pipeline as pipeline5 } from "node:stream/promises";
function inside(root, p) {
  const rel = path15.relative(root, p);
  return rel === "" || !rel.startsWith("..") && !path15.isAbsolute(rel);
}
async function walk2(root, prefix, log) {
  const out = [];
  const realRoot = await fs10.realpath(root);
  const visit = async (abs, name) => {
    const st = await fs10.lstat(abs);
    const base = { abs, name, mode: st.mode & 511, mtime: st.mtime, size: st.size };
    if (st.isSymbolicLink()) {
      let linkname = await fs10.readlink(abs);
      let target = path15.resolve(path15.dirname(abs), linkname);
      if (!inside(root, target)) {
        const real = await fs10.realpath(target).catch(() => void 0);
        if (!real || !inside(realRoot, real)) {
          log.warn(`export: skipping ${name}, a symlink to ${linkname} outside the exported tree`);
          return;
        }
        target = path15.join(root, path15.relative(realRoot, real));
        linkname = target;
      }
      if (path15.isAbsolute(linkname))
        linkname = path15.relative(path15.dirname(abs), target).split(path15.sep).join("/");
      out.push({ ...base, kind: "symlink", linkname });
    } else if (st.isDirectory()) {
      out.push({ ...base, kind: "dir", name: `${name}/` });
      for (const child of (await fs10.readdir(abs)).sort())
        await visit(path15.join(abs, child), `${name}/${child}`);
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
  const done = new Promise((resolve, reject) => {
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
      (code) => code === 0 ? resolve() : reject(new Error(`zstd exited with ${code}: ${stderr.trim()}`))
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
  await fs10.mkdir(path15.dirname(path15.resolve(out)), { recursive: true });
  const tmp = `${out}.partial`;
  try {
    if (format === "zip") await writeZip(entries, tmp);
    else await writeTar(entries, tmp, format);
    await fs10.rename(tmp, out);
  } catch (e) {
    await fs10.rm(tmp, { force: true });
    throw e;
  }
}
async function writeZip(entries, out) {
  const { default: yazl } = await import("./lib-yazl.js");
  const zip = new yazl.ZipFile();
  const done = pipeline5(zip.outputStream, createWriteStream2(out));
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
  const { default: tar2 } = await Promise.resolve().then(() => __toESM(require_tar_stream(), 1));
  const pack = tar2.pack();
  let done;
  if (format === "tar.gz") {
    done = pipeline5(pack, zlibModule().createGzip({ level: 6 }), createWriteStream2(out));
  } else {
    const z = inProcessZstd();
    if (z) done = pipeline5(pack, z, createWriteStream2(out));
    else {
      const { input, done: exited } = await spawnZstd(out);
      done = Promise.all([pipeline5(pack, input), exited]);
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
    await new Promise((resolve, reject) => {
      const sink = pack.entry(
        { name: e.name, type: "file", size: e.size, mode: e.mode, mtime: e.mtime },
        (err2) => err2 ? reject(err2) : resolve()
      );
      createReadStream4(e.abs).on("error", reject).pipe(sink);
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
var init_archive = __esm({
  "src/core/instances/archive.ts"() {
    "use strict";
    init_errors();
    init_log();
    init_builtins();
  }
});

// src/core/instances/metadata.ts
import fs11 from "node:fs/promises";
import path16 from "node:path";
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
  const file = path16.join(dir2, METADATA_FILE);
  const { rebuilt: _rebuilt, ...stored } = m;
  await writeFileAtomic(file, JSON.stringify(stored, null, 2) + "\n");
}
async function readStoredMetadata(dir2) {
  sweepDeadTemps(path16.join(dir2, METADATA_FILE));
  try {
    const m = JSON.parse(await fs11.readFile(path16.join(dir2, METADATA_FILE), "utf8"));
    if (typeof m !== "object" || !m || m.key !== path16.basename(dir2) || typeof m.version !== "string" || typeof m.build !== "string" || typeof m.pythonExe !== "string" || typeof m.platform?.os !== "string") {
      return void 0;
    }
    return m;
  } catch {
    return void 0;
  }
}
async function rebuildInstanceMetadata(dir2, log) {
  const key = path16.basename(dir2);
  const parsed = parseInstanceName(key);
  const exe = findInterpreter(path16.join(dir2, "python"));
  if (!parsed || !exe) return void 0;
  let version = parsed.version;
  try {
    version = (await probeInterpreter(path16.join(dir2, "python", exe))).version;
  } catch (e) {
    log.warn(
      `${key}: the interpreter does not run (${e instanceof Error ? e.message : String(e)}); run verify.`
    );
  }
  const st = await fs11.stat(path16.join(dir2, "python"));
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
var METADATA_FILE, SCHEMA, NAME;
var init_metadata = __esm({
  "src/core/instances/metadata.ts"() {
    "use strict";
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
import fs12 from "node:fs/promises";
import path17 from "node:path";
import { pathToFileURL as pathToFileURL3 } from "node:url";
async function localArchiveBuild(archivePath, sha2562) {
  const file = path17.resolve(archivePath);
  const assetName = decodeURIComponent(path17.basename(file));
  const p = parseAssetName(assetName);
  if (!p) {
    throw new PythonInstallationError(`Cannot tell which Python build ${assetName} is.`, {
      requested: file,
      hint: "Keep the python-build-standalone asset name (e.g. cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only.tar.gz)."
    });
  }
  if (!(await fs12.stat(file).catch(() => void 0))?.isFile()) {
    throw new PythonInstallationError(`No archive at ${file}.`, { requested: file });
  }
  let sum = sha2562;
  if (!sum) {
    const side = await fs12.readFile(`${file}.sha256`, "utf8").catch(() => void 0);
    sum = side ? /^[0-9a-fA-F]{64}/.exec(side.trim())?.[0] : void 0;
  }
  if (!sum) {
    const sums = await fs12.readFile(path17.join(path17.dirname(file), "SHA256SUMS"), "utf8").catch(() => void 0);
    sum = sums ? parseSha256Sums2(sums).get(assetName) : void 0;
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
    url: pathToFileURL3(file).href,
    sha256: sum?.toLowerCase()
  };
}
var init_local_archive = __esm({
  "src/core/instances/local-archive.ts"() {
    "use strict";
    init_asset_name();
    init_errors();
    init_mirror();
  }
});

// src/core/instances/disk.ts
import fs13 from "node:fs/promises";
import path18 from "node:path";
async function freeSpaceMB(dir2) {
  while (!await exists(dir2) && path18.dirname(dir2) !== dir2) dir2 = path18.dirname(dir2);
  const s = await fs13.statfs(dir2);
  return s.bavail * s.bsize / (1024 * 1024);
}
async function removeInstanceTree(root, dir2) {
  const trash = path18.join(root, `.trash-${path18.basename(dir2)}-${process.pid}-${Date.now()}`);
  await renameWithRetry(dir2, trash);
  await fs13.rm(trash, { recursive: true, force: true });
}
async function dirSize(dir2) {
  let total = 0;
  const seen = /* @__PURE__ */ new Set();
  const walk3 = async (d) => {
    for (const e of await fs13.readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = path18.join(d, e.name);
      if (e.isDirectory()) await walk3(p);
      else if (e.isFile()) {
        const st = await fs13.lstat(p);
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
var init_disk = __esm({
  "src/core/instances/disk.ts"() {
    "use strict";
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

// src/core/venvs/layout.ts
import { promises as fs14, lstatSync, readdirSync as readdirSync3 } from "node:fs";
import path19 from "node:path";
function venvBinDir(venvDir) {
  return path19.join(venvDir, isWindowsHost() ? "Scripts" : "bin");
}
function venvPython(venvDir) {
  return path19.join(venvBinDir(venvDir), isWindowsHost() ? "python.exe" : "python");
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
  if (WINDOWS_DEVICE2.test(name))
    bad("it is a Windows device name (CON, NUL, COM1...), with or without extension");
  if (/[. ]$/.test(name)) bad('it ends in "." or " ", which Windows strips');
  if (name === META_DIR || name.startsWith(".tmp-")) bad("it is reserved");
  if (name.length > 100) bad("it is longer than 100 characters");
  return name;
}
async function readPyvenvCfg(venvDir) {
  let text3;
  try {
    text3 = await fs14.readFile(path19.join(venvDir, "pyvenv.cfg"), "utf8");
  } catch {
    return void 0;
  }
  const out = {};
  for (const line of text3.split(/\r?\n/)) {
    const m = /^\s*([^=#]+?)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1].toLowerCase()] = m[2];
  }
  return out;
}
async function setPyvenvCfgValue(venvDir, key, value) {
  const file = path19.join(venvDir, "pyvenv.cfg");
  const text3 = await fs14.readFile(file, "utf8");
  const re = new RegExp(`^(\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=).*$`, "mi");
  const next = re.test(text3) ? text3.replace(re, `$1 ${value}`) : `${text3.replace(/\n?$/, "\n")}${key} = ${value}
`;
  await fs14.writeFile(file, next);
}
async function treeSize(dir2) {
  let total = 0;
  let entries;
  try {
    entries = await fs14.readdir(dir2, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path19.join(dir2, e.name);
    if (e.isDirectory()) total += await treeSize(p);
    else total += (await fs14.lstat(p).catch(() => ({ size: 0 }))).size;
  }
  return total;
}
async function sitePackagesDirs(venvDir) {
  const out = [];
  const win = path19.join(venvDir, "Lib", "site-packages");
  if (isDirSync(win)) out.push(win);
  for (const lib of ["lib", "lib64"]) {
    const base = path19.join(venvDir, lib);
    const st = lstatSync(base, { throwIfNoEntry: false });
    if (!st?.isDirectory()) continue;
    let names = [];
    try {
      names = readdirSync3(base);
    } catch {
      continue;
    }
    for (const d of names) {
      const sp = path19.join(base, d, "site-packages");
      if (d.startsWith("python") && isDirSync(sp)) out.push(sp);
    }
  }
  return out;
}
async function sitePackagesDir(venvDir) {
  const dirs = await sitePackagesDirs(venvDir);
  return dirs.length === 1 ? dirs[0] : void 0;
}
var WINDOWS_DEVICE2, META_DIR;
var init_layout2 = __esm({
  "src/core/venvs/layout.ts"() {
    "use strict";
    init_errors();
    init_fs();
    init_host();
    WINDOWS_DEVICE2 = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\..*)?$/i;
    META_DIR = ".pyembed";
  }
});

// src/core/venvs/relocate.ts
import { promises as fs15 } from "node:fs";
import path20 from "node:path";
async function relocateVenv(venvDir, o) {
  const report = { rewritten: [], relinked: [], stale: [] };
  const from = path20.resolve(o.from);
  const to = path20.resolve(o.to);
  const cfg = await readPyvenvCfg(venvDir) ?? {};
  const oldHome = cfg.home;
  const newHome = o.basePython ? path20.dirname(path20.resolve(o.basePython)) : void 0;
  const pairs = [];
  if (from !== to) pairs.push([from, to]);
  if (from !== to && isWindowsHost()) pairs.push([from.replace(/\\/g, "/"), to.replace(/\\/g, "/")]);
  if (newHome && oldHome !== newHome) {
    await setPyvenvCfgValue(venvDir, "home", newHome);
    report.rewritten.push("pyvenv.cfg");
  }
  if (pairs.length && await rewriteFile(path20.join(venvDir, "pyvenv.cfg"), pairs))
    report.rewritten.push("pyvenv.cfg");
  const bin = venvBinDir(venvDir);
  if (o.basePython) report.relinked.push(...await restoreInterpreterLinks(venvDir, o.basePython, cfg));
  for (const e of await fs15.readdir(bin, { withFileTypes: true }).catch(() => [])) {
    const p = path20.join(bin, e.name);
    if (e.isSymbolicLink()) {
      if (await relink(p, from, to, o.basePython, oldHome)) report.relinked.push(path20.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && await rewriteFile(p, pairs)) {
      report.rewritten.push(path20.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && await binaryNames(p, from)) {
      report.stale.push(path20.relative(venvDir, p));
    }
  }
  for (const sp of await sitePackagesDirs(venvDir)) {
    for (const e of await fs15.readdir(sp, { withFileTypes: true }).catch(() => [])) {
      const p = path20.join(sp, e.name);
      if (e.isFile() && e.name.endsWith(".pth") && pairs.length && await rewriteFile(p, pairs)) {
        report.rewritten.push(path20.relative(venvDir, p));
      } else if (e.isSymbolicLink() && await relink(p, from, to)) {
        report.relinked.push(path20.relative(venvDir, p));
      }
    }
  }
  for (const name of await fs15.readdir(venvDir).catch(() => [])) {
    const p = path20.join(venvDir, name);
    const st = await fs15.lstat(p).catch(() => void 0);
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
  const links = [["python", path20.resolve(basePython)]];
  if (mm) links.push([`python${mm[1]}`, "python"], [`python${mm[1]}.${mm[2]}`, "python"]);
  for (const [name, target] of links) {
    const p = path20.join(bin, name);
    if (await fs15.lstat(p).catch(() => void 0)) continue;
    await fs15.symlink(target, p);
    created.push(path20.relative(venvDir, p));
  }
  return created;
}
async function recordedVenvPath(venvDir) {
  const text3 = await fs15.readFile(path20.join(venvBinDir(venvDir), "activate"), "utf8").catch(() => void 0);
  const m = text3 ? /^\s*(?:export\s+)?VIRTUAL_ENV=(['"])(.+?)\1\s*$/m.exec(text3) : void 0;
  const value = m?.[2];
  if (value === void 0 || /[$`'"]/.test(value)) return void 0;
  return path20.posix.isAbsolute(value) || path20.win32.isAbsolute(value) ? value : void 0;
}
async function rewriteFile(file, pairs) {
  const st = await fs15.stat(file).catch(() => void 0);
  if (!st || !st.isFile() || st.size > MAX_TEXT) return false;
  const buf = await fs15.readFile(file);
  if (buf.subarray(0, 8192).includes(0)) return false;
  const text3 = buf.toString("utf8");
  let next = text3;
  for (const [a, b] of pairs) next = next.replace(wholePath(a), () => b);
  if (next === text3) return false;
  await fs15.writeFile(file, next, { mode: st.mode });
  await fs15.chmod(file, st.mode);
  return true;
}
async function binaryNames(file, p) {
  const st = await fs15.stat(file).catch(() => void 0);
  if (!st || st.size > MAX_TEXT) return false;
  const buf = await fs15.readFile(file);
  if (!buf.subarray(0, 8192).includes(0)) return false;
  return buf.includes(Buffer.from(p, "utf8")) || buf.includes(Buffer.from(p, "utf16le"));
}
function wholePath(p) {
  const esc = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${esc}(?=$|[\\\\/'"\`\\s:;,)\\]}])`, "gm");
}
async function relink(link, from, to, basePython, oldHome) {
  const target = await fs15.readlink(link).catch(() => void 0);
  if (target === void 0 || !path20.isAbsolute(target)) return false;
  let next;
  if (target === from || target.startsWith(from + path20.sep)) next = to + target.slice(from.length);
  else if (basePython && oldHome && path20.dirname(target) === oldHome) next = path20.resolve(basePython);
  else if (basePython && !await exists(target)) next = path20.resolve(basePython);
  if (!next || next === target) return false;
  await fs15.rm(link, { force: true });
  await fs15.symlink(next, link);
  return true;
}
var MAX_TEXT;
var init_relocate = __esm({
  "src/core/venvs/relocate.ts"() {
    "use strict";
    init_errors();
    init_fs();
    init_host();
    init_layout2();
    MAX_TEXT = 2 * 1024 * 1024;
  }
});

// src/core/instances/relocate.ts
import fs16 from "node:fs/promises";
import path21 from "node:path";
async function relocateInstanceVenvs(instanceDir, pythonPath, oldInstanceDir, log) {
  const venvs = path21.join(instanceDir, "venvs");
  for (const e of await fs16.readdir(venvs, { withFileTypes: true }).catch(() => [])) {
    if (!e.isDirectory() || e.name === META_DIR || e.name.startsWith(".")) continue;
    const to = path21.join(venvs, e.name);
    const from = await recordedVenvPath(to) ?? (oldInstanceDir ? path21.join(oldInstanceDir, "venvs", e.name) : void 0);
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
var init_relocate2 = __esm({
  "src/core/instances/relocate.ts"() {
    "use strict";
    init_layout2();
    init_relocate();
  }
});

// src/core/instances/import.ts
import fs17 from "node:fs/promises";
import path22 from "node:path";
async function importExported(archivePath, o) {
  await fs17.mkdir(o.root, { recursive: true });
  const staging = await fs17.mkdtemp(path22.join(o.root, ".import-"));
  try {
    const { extractArchive: extractArchive2 } = await Promise.resolve().then(() => (init_extract2(), extract_exports));
    await extractArchive2(path22.resolve(archivePath), path22.join(staging, "x"), {
      ...o.archiveLimits,
      signal: o.signal
    });
    const top = await findExportedInstance(path22.join(staging, "x"));
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
    const key = path22.basename(top);
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
      const probe2 = await probeInterpreter(path22.join(dir2, "python", ...meta.pythonExe.split("/"))).catch(
        async (e) => {
          await fs17.rm(dir2, { recursive: true, force: true });
          throw e;
        }
      );
      const updated = {
        ...meta,
        dir: dir2,
        version: probe2.version,
        origin: { kind: "imported", from: path22.resolve(archivePath) }
      };
      await writeInstanceMetadata(dir2, updated);
      await relocateInstanceVenvs(dir2, path22.join(dir2, "python", ...meta.pythonExe.split("/")), oldDir, o.log);
      return { dir: dir2, meta: updated };
    });
  } finally {
    await fs17.rm(staging, { recursive: true, force: true });
  }
}
async function findExportedInstance(root) {
  const names = await fs17.readdir(root);
  for (const n of names) {
    if (INSTANCE_NAME_SAFE.test(n) && await exists(path22.join(root, n, "python"))) return path22.join(root, n);
  }
  return void 0;
}
var init_import = __esm({
  "src/core/instances/import.ts"() {
    "use strict";
    init_errors();
    init_fs();
    init_lock();
    init_probe();
    init_disk();
    init_metadata();
    init_naming();
    init_relocate2();
  }
});

// src/core/instances/load.ts
import fs18 from "node:fs/promises";
import path23 from "node:path";
function instanceOf(dir2, m) {
  const pythonDir = path23.join(dir2, "python");
  return {
    key: m.key,
    buildKey: m.buildKey,
    dir: dir2,
    pythonDir,
    pythonPath: path23.join(pythonDir, ...m.pythonExe.split("/")),
    venvsDir: path23.join(dir2, "venvs"),
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
  const pythonDir = path23.join(dir2, "python");
  const st = await fs18.stat(pythonDir).catch(() => void 0);
  if (!st?.isDirectory()) return void 0;
  const stored = await readStoredMetadata(dir2);
  if (stored && await fs18.stat(path23.join(pythonDir, ...stored.pythonExe.split("/"))).catch(() => void 0)) {
    return instanceOf(dir2, stored);
  }
  const rebuilt = await rebuildInstanceMetadata(dir2, log);
  return rebuilt ? instanceOf(dir2, rebuilt) : void 0;
}
var init_load = __esm({
  "src/core/instances/load.ts"() {
    "use strict";
    init_metadata();
  }
});

// src/core/instances/select.ts
function instanceMatches(i, req, o) {
  if (i.implementation !== req.implementation) return false;
  const v = parseVersion(i.version);
  if (!v || !versionMatches(req.version, v)) return false;
  if ((i.variant ?? void 0) !== buildVariantOf(req.variant)) return false;
  if (o.build && i.build !== o.build) return false;
  const rp = req.platform;
  if (rp && (rp.os && rp.os !== i.platform.os || rp.arch && rp.arch !== i.platform.arch || rp.libc && rp.libc !== i.platform.libc))
    return false;
  const plat = o.platform;
  return !plat || plat.os === i.platform.os && plat.arch === i.platform.arch && plat.libc === i.platform.libc;
}
var init_select = __esm({
  "src/core/instances/select.ts"() {
    "use strict";
    init_spec();
    init_match();
    init_version();
  }
});

// src/core/instances/integrity.ts
import fs19 from "node:fs/promises";
import path24 from "node:path";
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
    const lib = path24.join(inst.pythonDir, "lib");
    const names = await fs19.readdir(lib).catch(() => []);
    const stdlib = names.find((n) => n === `python${mm[1]}.${mm[2]}` || n === `python${mm[1]}.${mm[2]}t`);
    if (!stdlib || !await exists(path24.join(lib, stdlib, "os.py")))
      problems.push("standard library (lib/python3.X/os.py) missing");
  } else if (inst.platform.os === "windows" && !await exists(path24.join(inst.pythonDir, "Lib", "os.py"))) {
    problems.push("standard library (Lib/os.py) missing");
  }
  return { ok: problems.length === 0, key: inst.key, problems, version };
}
var init_integrity = __esm({
  "src/core/instances/integrity.ts"() {
    "use strict";
    init_fs();
    init_python_layout();
    init_probe();
    init_metadata();
  }
});

// src/core/instances/manager.ts
import fs20 from "node:fs/promises";
import path25 from "node:path";
var host, hostOnce, PythonManager;
var init_manager = __esm({
  "src/core/instances/manager.ts"() {
    "use strict";
    init_catalog();
    init_library();
    init_options();
    init_errors();
    init_log();
    init_platform();
    init_spec();
    init_version();
    init_fs();
    init_install();
    init_lock();
    init_archive();
    init_metadata();
    init_local_archive();
    init_import();
    init_load();
    init_select();
    init_naming();
    init_disk();
    init_integrity();
    init_text();
    init_disk();
    hostOnce = () => host ??= hostPlatform();
    PythonManager = class {
      constructor(o = {}) {
        this.o = o;
        this.root = path25.resolve(o.root ?? process.env.PYEMBED_ROOT ?? defaultRoot());
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
        const dir2 = path25.resolve(this.root, key);
        if (!INSTANCE_NAME_SAFE.test(key) || path25.dirname(dir2) !== this.root) {
          throw new InstanceNotFoundError(`"${key}" is not an instance name under ${this.root}.`, {
            requested: key,
            hint: "Instance names look like cpython-3.12.5-linux-x86_64-gnu-20240814 (see `pyembed list`)."
          });
        }
        return dir2;
      }
      lockPath(key) {
        return path25.join(this.root, ".locks", `${key}.lock`);
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
            const pythonDir = path25.join(dir2, "python");
            await cleanStaging(pythonDir, this.log);
            await fs20.mkdir(dir2, { recursive: true });
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
              await fs20.rmdir(dir2).catch(() => {
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
        const names = await fs20.readdir(this.root).catch(() => []);
        const out = [];
        for (const name of names) {
          if (!INSTANCE_NAME_SAFE.test(name)) continue;
          const inst = await this.load(path25.join(this.root, name));
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
        const text3 = keyOrSpec.trim();
        if (/[\\/]/.test(text3) || text3.startsWith(".")) this.dirOf(text3);
        if (INSTANCE_NAME_SAFE.test(text3) && parseInstanceName(text3)) {
          return this.load(this.dirOf(text3));
        }
        const all = await this.listInstances();
        const byBuildKey = all.filter(
          (i) => i.buildKey === text3.toLowerCase() && (!o.build || i.build === o.build)
        );
        if (byBuildKey.length) return byBuildKey[0];
        const req = parsePythonRequest(text3);
        const plat = o.platform ?? (req.platform ? void 0 : hostOnce());
        const matches = all.filter((i) => instanceMatches(i, req, { build: o.build, platform: plat }));
        const stable = matches.filter((i) => !parseVersion(i.version)?.pre);
        return (requestAllowsPrereleases(req) || stable.length === 0 ? matches : stable)[0];
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
        if (path25.resolve(inst.dir) !== dir2) {
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
        const out = path25.resolve(outPath);
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

// src/index.ts
init_errors();
init_log();
init_platform();
init_spec();
init_version();
init_specifiers();
init_match();
init_catalog();
init_library();
init_download();
init_extract2();
init_lock();
init_mirror();
init_install();
init_python_layout();
init_probe();
init_http();
init_proxy();
init_instances();

// src/core/uv/install.ts
init_download();
init_lock();
init_mirror();
init_errors();
init_log();
init_platform();
init_fs();
import { constants as fsc, promises as fs21 } from "node:fs";
import path26 from "node:path";

// src/core/uv/checksums.ts
var SHIPPED_UV_CHECKSUMS = {};
function shippedUvSha256(version, assetName, table = SHIPPED_UV_CHECKSUMS) {
  return table[version]?.[assetName]?.toLowerCase();
}

// src/core/uv/install.ts
init_triple();

// src/core/uv/uv.ts
init_errors();
init_log();
init_spawn();
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
async function probeUvVersion(path55, signal) {
  let r;
  try {
    r = await spawnCapture(path55, ["self", "version", "--output-format", "json"], {
      signal,
      timeoutMs: 3e4
    });
  } catch (e) {
    throw new UvNotFoundError(`uv could not be started at ${path55}: ${e.message}`, {
      requested: path55,
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
  const t = await spawnCapture(path55, ["--version"], { signal, timeoutMs: 3e4 });
  const m = /^uv\s+(\S+)/m.exec(t.stdout);
  if (t.exitCode !== 0 || !m) {
    throw new UvNotFoundError(
      `${path55} does not look like uv (\`--version\` printed ${JSON.stringify(t.stdout.trim())}).`,
      {
        requested: path55
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

// src/core/uv/install.ts
init_builtins();
var MARKER = "pyembed-uv.json";
async function ensureUv(o) {
  const log = o.logger ?? silentLogger;
  if (o.uvPath) return givenUv(o.uvPath, o, log);
  if (o.system) return systemUv(o, log);
  const version = checkVersion(o.version ?? DEFAULT_UV_VERSION);
  const asset = uvAsset(o.platform ?? hostPlatform());
  const root = path26.join(path26.resolve(o.toolsDir), "uv");
  const dir2 = uvInstallDir(o.toolsDir, version, asset);
  const exe = path26.join(dir2, asset.exe);
  const cached = await readInstalled(dir2, exe, version, asset.triple);
  if (cached) return { path: exe, version, source: "cache" };
  await fs21.mkdir(root, { recursive: true });
  return withLock(path26.join(root, `${version}-${asset.triple}.lock`), async () => {
    if (await readInstalled(dir2, exe, version, asset.triple))
      return { path: exe, version, source: "cache" };
    await downloadUv(version, asset, root, dir2, o, log);
    return { path: exe, version, source: "download" };
  });
}
async function givenUv(uvPath, o, log) {
  const p = path26.resolve(uvPath);
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
  const tmp = path26.join(root, `.tmp-${version}-${randomTag()}`);
  await fs21.mkdir(tmp, { recursive: true });
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
    await fs21.rm(dir2, { recursive: true, force: true });
    await fs21.mkdir(path26.dirname(dir2), { recursive: true });
    await renameWithRetry(staging, dir2);
    log.info(`Installed uv ${version} into ${dir2}`);
  } finally {
    await fs21.rm(tmp, { recursive: true, force: true });
  }
}
async function fetchUvArchive(url, asset, tmp, dl) {
  const dir2 = path26.join(tmp, "unpacked");
  const { extractArchive: extractArchive2, extractTarStream: extractTarStream2 } = await Promise.resolve().then(() => (init_extract2(), extract_exports));
  if (asset.format === "zip") {
    const archive = path26.join(tmp, asset.name);
    const { sha256: sha2563 } = await downloadFile(url, archive, dl);
    await extractArchive2(archive, dir2, { format: "zip" });
    return { dir: dir2, sha256: sha2563 };
  }
  const format = asset.format;
  await fs21.mkdir(dir2);
  const { sha256: sha2562 } = await streamUrl(url, {
    ...dl,
    consume: (body) => extractTarStream2(body, dir2, format, { name: asset.name, signal: dl.signal }),
    reset: async () => {
      await fs21.rm(dir2, { recursive: true, force: true });
      await fs21.mkdir(dir2);
    }
  });
  return { dir: dir2, sha256: sha2562 };
}
async function unpackUv(unpacked, tmp, version, asset, from, signal) {
  const staging = path26.join(tmp, "staging");
  await fs21.mkdir(staging);
  const srcDir = await findBinDir(unpacked, asset.innerDir, asset.exe);
  for (const name of await fs21.readdir(srcDir)) {
    await renameWithRetry(path26.join(srcDir, name), path26.join(staging, name));
  }
  if (process.platform !== "win32") await fs21.chmod(path26.join(staging, asset.exe), 493);
  const got = await probeUvVersion(path26.join(staging, asset.exe), signal);
  if (got !== version) {
    throw new ChecksumMismatchError(`The archive for uv ${version} contains uv ${got}.`, {
      requested: version,
      available: [got],
      hint: `Check the uv download base (${from.base}).`
    });
  }
  const exeBytes = (await fs21.stat(path26.join(staging, asset.exe))).size;
  const marker = {
    version,
    exeBytes,
    triple: asset.triple,
    sha256: from.sha256,
    url: from.url,
    installedAt: (/* @__PURE__ */ new Date()).toISOString()
  };
  await fs21.writeFile(path26.join(staging, MARKER), JSON.stringify(marker, null, 2) + "\n");
  return staging;
}
function uvInstallDir(toolsDir, version, asset) {
  return path26.join(path26.resolve(toolsDir), "uv", version, asset.triple);
}
async function fetchCompanionSha256(url, o) {
  const log = o.logger ?? silentLogger;
  let text3;
  let why = "not published (404)";
  try {
    text3 = await fetchText(`${url}.sha256`, { token: o.token, signal: o.signal });
  } catch (e) {
    why = e.message;
  }
  if (text3 === void 0) {
    if (o.allowMissingChecksum) {
      log.warn(`No checksum for ${url} (${why}); installing unverified (allowMissingChecksum).`);
      return void 0;
    }
    throw new DownloadError(`Could not get the checksum of the uv archive ${url}.sha256: ${why}.`, {
      requested: `${url}.sha256`,
      hint: "Check the uv download base and network, pass the sha256 explicitly, or set allowMissingChecksum."
    });
  }
  const m = /^\s*([0-9a-fA-F]{64})\b/.exec(text3);
  if (!m) {
    throw new ChecksumMismatchError(
      `${url}.sha256 does not hold a sha256 (${JSON.stringify(text3.slice(0, 80))}).`,
      {
        requested: `${url}.sha256`
      }
    );
  }
  return m[1].toLowerCase();
}
async function readInstalled(dir2, exe, version, triple) {
  try {
    const m = JSON.parse(await fs21.readFile(path26.join(dir2, MARKER), "utf8"));
    if (m.version !== version || m.triple !== triple) return false;
    await fs21.access(exe, process.platform === "win32" ? fsc.F_OK : fsc.X_OK);
    return m.exeBytes === void 0 || (await fs21.stat(exe)).size === m.exeBytes;
  } catch {
    return false;
  }
}
async function findBinDir(root, innerDir, exe) {
  for (const cand of [path26.join(root, innerDir), root]) if (await exists(path26.join(cand, exe))) return cand;
  for (const e of await fs21.readdir(root, { withFileTypes: true })) {
    if (e.isDirectory() && await exists(path26.join(root, e.name, exe))) return path26.join(root, e.name);
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
    const st = await fs21.stat(p);
    if (!st.isFile()) throw new Error("not a file");
    if (process.platform !== "win32") await fs21.access(p, fsc.X_OK);
  } catch (e) {
    throw new UvNotFoundError(`${what} ${p} is not an executable file (${e.message}).`, {
      requested: p
    });
  }
}

// src/index.ts
init_fs();
init_triple();

// src/core/packages/runtime.ts
import path30 from "node:path";

// src/core/exec/run.ts
init_errors();
import { once } from "node:events";
import { existsSync, statSync as statSync3 } from "node:fs";
import fs22 from "node:fs/promises";
import os4 from "node:os";
import path27 from "node:path";
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
init_kill_tree();

// src/core/exec/limits.ts
init_errors();
init_fs();
import { statSync as statSync2 } from "node:fs";
import os3 from "node:os";

// src/core/exec/result.ts
init_errors();

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
    const text3 = this.rest + this.decoder.write(chunk);
    let start = 0;
    for (let nl = text3.indexOf("\n"); nl !== -1; nl = text3.indexOf("\n", start)) {
      this.emit(text3.slice(start, nl));
      start = nl + 1;
    }
    this.rest = text3.slice(start);
  }
  /** Emits the last line when the stream ended without a newline. */
  end() {
    const text3 = this.rest + this.decoder.end();
    this.rest = "";
    if (text3.length > 0) this.emit(text3);
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
function tailLines(text3, maxLines = 20) {
  const lines = text3.trimEnd().split("\n");
  return lines.slice(-maxLines).join("\n");
}

// src/core/exec/result.ts
init_builtins();
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
init_builtins();
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
  shUlimitWorks ??= childProcessModule().spawnSync("/bin/sh", ["-c", "ulimit -v 4194304"], { stdio: "ignore" }).status === 0;
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
  idle: os3.constants.priority.PRIORITY_LOW,
  "below-normal": os3.constants.priority.PRIORITY_BELOW_NORMAL,
  normal: os3.constants.priority.PRIORITY_NORMAL,
  "above-normal": os3.constants.priority.PRIORITY_ABOVE_NORMAL,
  high: os3.constants.priority.PRIORITY_HIGH,
  highest: os3.constants.priority.PRIORITY_HIGHEST
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
  const delta = nice - os3.getPriority();
  const bin = delta > 0 ? findOnPathSync("nice", `${process.env.PATH ?? ""}:/usr/bin:/bin`) : void 0;
  return bin ? { command: bin, args: ["-n", String(delta), "--", command, ...args], niced: true } : { command, args };
}
function applyPriority(pid, nice) {
  try {
    os3.setPriority(pid, nice);
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
      return statSync2(command).isFile();
    } catch {
      return false;
    }
  }
  return findOnPathSync(command, envPath) !== void 0;
}

// src/core/exec/run.ts
init_builtins();
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
        resolve(checked(result, o, err2.tail(encoding)));
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
  const src = typeof script === "string" ? !script.includes("\n") && existsSync(script) && statSync3(script).isFile() ? { path: script } : { code: script } : script;
  if ("path" in src) return runPython(pythonPath, [src.path, ...args], o);
  if (Buffer.byteLength(src.code) <= MAX_INLINE_CODE)
    return runPython(pythonPath, ["-c", src.code, ...args], o);
  const dir2 = await fs22.mkdtemp(path27.join(os4.tmpdir(), "pyembed-script-"));
  try {
    const file = path27.join(dir2, "script.py");
    await fs22.writeFile(file, src.code);
    return await runPython(pythonPath, [file, ...args], o);
  } finally {
    await fs22.rm(dir2, { recursive: true, force: true });
  }
}

// src/core/packages/runtime.ts
init_log();
init_probe();

// src/core/session/session.ts
init_errors();

// src/core/session/errors.ts
init_errors();
function short(text3, max = 80) {
  const one = text3.replace(/\s+/g, " ").trim();
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

// src/core/session/worker-process.ts
init_errors();
import { existsSync as existsSync2 } from "node:fs";
init_host();
init_kill_tree();

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
init_builtins();
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
    this.exitPromise = new Promise((resolve) => this.child.once("exit", () => resolve()));
    this.closed = new Promise((resolve) => this.child.once("close", () => resolve()));
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

// src/core/packages/runtime.ts
init_spawn();

// src/core/packages/health.ts
init_errors();
init_fs();
init_probe();

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
  const text3 = stdout.trim();
  if (!text3) return [];
  const v = JSON.parse(text3);
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
    const list2 = (k) => (fields[k] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    out.push({
      name: fields.Name,
      version: fields.Version ?? "",
      ...fields.Location ? { location: fields.Location } : {},
      ...fields["Editable project location"] ? { editableProjectLocation: fields["Editable project location"] } : {},
      ...fields.Summary ? { summary: fields.Summary } : {},
      requires: list2("Requires"),
      requiredBy: list2("Required-by"),
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
  const text3 = kept.join("\n").trim();
  return text3 || stdout.trim() || "uv failed without a message";
}

// src/core/packages/target.ts
init_errors();
init_fs();
init_probe();
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
init_errors();
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
init_errors();
init_fs();
import path28 from "node:path";

// src/core/packages/spec.ts
init_errors();
var NAME2 = String.raw`[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?`;
var VERSION2 = String.raw`[A-Za-z0-9_.*+!]+(?:-[A-Za-z0-9_.*+!]+)*`;
var ONE = String.raw`(?:~=|===|==|!=|<=|>=|<|>)\s*${VERSION2}`;
var SPECS = String.raw`${ONE}(?:\s*,\s*${ONE})*`;
var NAME_RE = new RegExp(`^${NAME2}$`);
var VERSION_RE2 = new RegExp(`^${VERSION2}$`);
var REQ_RE = new RegExp(
  String.raw`^(${NAME2})\s*(?:\[\s*(${NAME2}(?:\s*,\s*${NAME2})*)?\s*\])?\s*` + String.raw`(?:(\(\s*${SPECS}\s*\)|${SPECS})|@\s*(\S+))?\s*(?:;\s*(.+))?$`
);
var MARKER_RE = /^[A-Za-z0-9_.\s'"<>=!~(),*+-]+$/;
var URL_SCHEMES = /^(?:https?|file|git\+https?|git\+ssh|git\+file|hg\+https?|svn\+https?|bzr\+https?):\/\//i;
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
  const abs = path28.resolve(file);
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
  const cwd = path28.resolve(o.cwd ?? process.cwd());
  const specs = checkedSpecs(plan.packages ?? []);
  const files = await requirementFiles(cwd, plan.requirements ?? []);
  const constraints = [...[o.constraints ?? []].flat(), ...plan.constraints ?? []].map(
    (c) => path28.resolve(cwd, c)
  );
  const project = plan.pyproject ? await pyprojectArgs(path28.resolve(cwd, plan.pyproject), plan) : void 0;
  if (!files.length && !specs.length && !project) {
    throw new PackageInstallationError("Nothing to install: no requirements, project or package given.", {});
  }
  const args = ["install", ...await installFlags(t, { ...o, constraints })];
  for (const f of files) args.push(`--requirements=${f}`);
  if (project) args.push(...project.options);
  args.push("--", ...project?.positional ?? [], ...specs);
  const r = await uvPip(t, args, { ...o, cwd });
  if (r.exitCode === 0) return toResult(r);
  const text3 = uvErrorText(r.stderr, r.stdout);
  const blamed = files.find((f) => text3.includes(f) || text3.includes(path28.relative(cwd, f)));
  if (blamed) throw requirementsError(blamed, r);
  throw installError([...files, ...project ? [project.target] : [], ...specs].join(" "), r);
}
async function requirementFiles(cwd, files) {
  const out = [];
  for (const f of files) {
    const abs = path28.resolve(cwd, f);
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
  let dir2 = path28.resolve(projectPath2);
  if (await isFile(dir2)) dir2 = path28.dirname(dir2);
  const pyproject = path28.join(dir2, "pyproject.toml");
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
  return await isFile(path28.join(dir2, "setup.py")) || await isFile(path28.join(dir2, "setup.cfg"));
}
async function installFlags(t, o) {
  const flags = t.config.indexArgs(o);
  if (o.upgrade) flags.push("--upgrade");
  if (o.reinstall) flags.push("--reinstall");
  if (o.noDeps) flags.push("--no-deps");
  for (const c of [o.constraints ?? []].flat()) {
    const abs = path28.resolve(c);
    if (!await isFile(abs))
      throw new RequirementsFileError(`Constraints file not found: ${abs}.`, { requested: abs });
    flags.push(`--constraints=${abs}`);
  }
  return flags;
}

// src/core/packages/pypi.ts
init_errors();
init_mirror();
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
  const text3 = await getText(url, o, "application/json");
  if (text3 === void 0) return void 0;
  const doc = JSON.parse(text3);
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

// src/core/packages/query.ts
import { promises as fs23 } from "node:fs";
import path29 from "node:path";
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
  const abs = path29.resolve(outputPath);
  let text3;
  if (!o.pin || o.pin === "exact") text3 = await freeze(t, o);
  else {
    const op = o.pin === "minimum" ? ">=" : "~=";
    const pkgs = (await listPackages(t, o)).filter((p) => !p.editableProjectLocation);
    text3 = pkgs.map((p) => `${p.name}${op}${p.version}
`).join("");
  }
  await fs23.mkdir(path29.dirname(abs), { recursive: true });
  await fs23.writeFile(abs, text3);
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
init_errors();
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
    return runScript(this.pythonPath, { path: path30.resolve(scriptPath) }, args, this.execOptions(o));
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
    return batch(specs, check, (list2) => this.install(list2, o), this.logger);
  }
  /** Uninstalls many packages in one uv call, with per-package results when it fails. */
  batchUninstall(names, o = {}) {
    return batch(names, validatePackageName, (list2) => this.uninstall(list2, o), this.logger);
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

// src/core/venvs/virtual-environment.ts
init_layout2();
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
init_errors();
init_fs();
init_host();
init_lock();
init_log();
init_platform();
init_probe();
import { promises as fs31 } from "node:fs";
import path38 from "node:path";

// src/core/venvs/archive.ts
init_errors();
init_builtins();
import { createWriteStream as createWriteStream3, promises as fs24 } from "node:fs";
import path31 from "node:path";
import { pipeline as pipeline6 } from "node:stream/promises";
var MANIFEST = "pyembed-venv-export.json";
function formatOf(out) {
  if (/\.zip$/i.test(out)) return "zip";
  if (/\.(tar\.gz|tgz)$/i.test(out)) return "tar.gz";
  return void 0;
}
async function collect(root, links) {
  const items = [];
  const walk3 = async (dir2, rel) => {
    for (const e of await fs24.readdir(dir2, { withFileTypes: true })) {
      const abs = path31.join(dir2, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      const st = await fs24.lstat(abs);
      const base = { rel: r, abs, mode: st.mode & 4095, mtime: st.mtime, size: st.size };
      if (st.isSymbolicLink()) {
        const target = await fs24.readlink(abs);
        const resolved = path31.resolve(dir2, target);
        const inside2 = !path31.relative(root, resolved).split(path31.sep).includes("..");
        if (path31.isAbsolute(target) || !inside2) links[r] = resolved;
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
  const out = path31.resolve(outPath);
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
  await fs24.mkdir(path31.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  try {
    if (format === "zip") await writeZip2(items, manifestBytes, partial);
    else await writeTarGz(items, manifestBytes, partial);
    await fs24.rename(partial, out);
  } catch (e) {
    await fs24.rm(partial, { force: true });
    throw e;
  }
  return out;
}
async function writeZip2(items, manifest, dest) {
  const { default: yazl } = await import("./lib-yazl.js");
  const zip = new yazl.ZipFile();
  for (const it of items) {
    if (it.kind === "symlink") {
      zip.addBuffer(Buffer.from(it.target), it.rel, { mode: 41471, mtime: it.mtime, compress: false });
    } else if (it.kind === "dir") zip.addEmptyDirectory(it.rel, { mode: it.mode, mtime: it.mtime });
    else zip.addFile(it.abs, it.rel, { mode: it.mode | 32768, mtime: it.mtime });
  }
  zip.addBuffer(manifest, MANIFEST, { mode: 33188 });
  zip.end();
  await pipeline6(zip.outputStream, createWriteStream3(dest));
}
async function writeTarGz(items, manifest, dest) {
  const { default: tar2 } = await Promise.resolve().then(() => __toESM(require_tar_stream(), 1));
  const pack = tar2.pack();
  const done = pipeline6(pack, zlibModule().createGzip({ level: 6 }), createWriteStream3(dest));
  const add = (header2, body) => new Promise((resolve, reject) => {
    const cb = (err2) => err2 ? reject(err2) : resolve();
    if (body) pack.entry(header2, body, cb);
    else pack.entry(header2, cb);
  });
  try {
    for (const it of items) {
      const h = { name: it.rel, mode: it.mode, mtime: it.mtime };
      if (it.kind === "symlink") await add({ ...h, type: "symlink", linkname: it.target });
      else if (it.kind === "dir") await add({ ...h, type: "directory" });
      else await add({ ...h, type: "file", size: it.size }, await fs24.readFile(it.abs));
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
  const abs = path31.resolve(archive);
  const { extractArchive: extractArchive2 } = await Promise.resolve().then(() => (init_extract2(), extract_exports));
  await extractArchive2(abs, dest, { ...limits, format: formatOf(abs) });
  const file = path31.join(dest, MANIFEST);
  let manifest;
  try {
    manifest = JSON.parse(await fs24.readFile(file, "utf8"));
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
  await fs24.rm(file);
  if (!await fs24.stat(path31.join(dest, "pyvenv.cfg")).catch(() => void 0)) {
    throw new ConfigurationError(`${archive} holds no pyvenv.cfg: not a virtual environment.`, {
      requested: archive
    });
  }
  return { ...manifest, links: manifest.links ?? {} };
}

// src/core/venvs/create.ts
init_errors();
import { promises as fs26 } from "node:fs";
import path33 from "node:path";
init_layout2();

// src/core/venvs/recipe.ts
init_fs();
init_host();
import {
  promises as fs25,
  mkdirSync,
  readdirSync as readdirSync4,
  readFileSync as readFileSync3,
  realpathSync,
  renameSync as renameSync2,
  rmSync as rmSync2,
  statSync as statSync4,
  symlinkSync,
  writeFileSync as writeFileSync2
} from "node:fs";
import path32 from "node:path";
var PLAIN_PATH = /^\/[A-Za-z0-9._+@/-]*$/;
function applies(target) {
  if (!PLAIN_PATH.test(target)) return false;
  try {
    return realpathSync(path32.dirname(target)) === path32.dirname(target);
  } catch {
    return false;
  }
}
var QUOTES = /* @__PURE__ */ new Set(["'", '"']);
var MAX_BYTES = 256 * 1024;
var venvRecipesDir = (toolsDir) => path32.join(toolsDir, "venv-recipes");
async function venvRecipes(uv, pythonPath, o) {
  const dir2 = uv.options.venvRecipesDir;
  if (!dir2 || o.seed || isWindowsHost()) return void 0;
  const uvStat = statSync4(uv.path, { throwIfNoEntry: false });
  const pyStat = statSync4(pythonPath, { throwIfNoEntry: false });
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
  const file = path32.join(dir2, `${fnv1a(key)}.json`);
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
    mkdirSync(tmp);
    for (const e of recipe.entries) {
      const p = path32.join(tmp, e.path);
      if ("dir" in e) mkdirSync(p);
      else if ("link" in e) symlinkSync(e.link, p);
      else writeFileSync2(p, e.parts.join(target), { mode: e.mode });
    }
    renameSync2(tmp, target);
    return true;
  } catch {
    rmSync2(tmp, { recursive: true, force: true });
    return false;
  }
}
async function record(file, key, target, relocatable) {
  if (!applies(target)) return;
  const entries = [];
  let bytes = 0;
  const walk3 = async (rel) => {
    for (const d of await fs25.readdir(path32.join(target, rel), { withFileTypes: true })) {
      const relPath = path32.join(rel, d.name);
      const abs = path32.join(target, relPath);
      if (d.isSymbolicLink()) {
        const link = await fs25.readlink(abs);
        if (link.includes(target)) return false;
        entries.push({ path: relPath, link });
      } else if (d.isDirectory()) {
        entries.push({ path: relPath, dir: true });
        if (!await walk3(relPath)) return false;
      } else if (d.isFile()) {
        const [data, st] = await Promise.all([fs25.readFile(abs), fs25.stat(abs)]);
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
  await fs25.mkdir(path32.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify({ key, entries }));
}
function textParts(data, target) {
  const text3 = data.toString("utf8");
  if (text3.includes("\0") || !Buffer.from(text3, "utf8").equals(data)) return void 0;
  const parts = text3.split(target);
  for (let i = 1; i < parts.length; i++) {
    if (!QUOTES.has(parts[i - 1].slice(-1)) || !QUOTES.has(parts[i].charAt(0))) return void 0;
  }
  return parts;
}
function readRecipe(file, key) {
  try {
    const r = JSON.parse(readFileSync3(file, "utf8"));
    return r.key === key && Array.isArray(r.entries) && r.entries.every(validEntry) ? r : void 0;
  } catch {
    return void 0;
  }
}
function validEntry(e) {
  if (typeof e?.path !== "string" || path32.isAbsolute(e.path) || e.path.split("/").includes(".."))
    return false;
  if ("dir" in e) return e.dir === true;
  if ("link" in e) return typeof e.link === "string";
  return Array.isArray(e.parts) && e.parts.every((p) => typeof p === "string") && Number.isInteger(e.mode);
}
function absentOrEmpty(dir2) {
  try {
    return readdirSync4(dir2).length === 0;
  } catch (e) {
    return e.code === "ENOENT";
  }
}
function fnv1a(text3) {
  let h = 2166136261;
  for (let i = 0; i < text3.length; i++) h = Math.imul(h ^ text3.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}

// src/core/venvs/create.ts
async function isVenv(dir2) {
  return (await fs26.stat(path33.join(dir2, "pyvenv.cfg")).catch(() => void 0))?.isFile() ?? false;
}
async function createVenv(uv, pythonPath, target, o = {}) {
  await fs26.mkdir(path33.dirname(target), { recursive: true });
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
  const run = () => uv.run(args, { signal: o.signal, cwd: path33.dirname(target), onSpawn: o.onSpawn });
  let r = await run();
  for (let retry = 1; retry <= 3 && r.exitCode !== 0 && !o.signal?.aborted; retry++) {
    if (!/already exists|not a virtual environment|not empty|ENOTEMPTY|File exists/i.test(r.stderr)) break;
    await new Promise((res) => setTimeout(res, 250 * retry));
    await fs26.rm(target, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    r = await run();
  }
  if (r.exitCode !== 0 || !await isVenv(target)) {
    await fs26.rm(target, { recursive: true, force: true }).catch(() => {
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
  const sameHome = home !== void 0 && path33.resolve(home) === path33.dirname(path33.resolve(pythonPath));
  if (sameHome && await fs26.stat(venvPython(dir2)).catch(() => void 0)) {
    o.logger.info(`Reusing venv ${dir2}`);
    return { created: false };
  }
  const entries = await fs26.readdir(dir2).catch(() => []);
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

// src/core/venvs/manager.ts
init_layout2();

// src/core/venvs/metadata.ts
init_layout2();
init_fs();
import { promises as fs27 } from "node:fs";
import path34 from "node:path";
function metadataPath(venvsDir, name) {
  return path34.join(venvsDir, META_DIR, `${name}.json`);
}
async function writeMetadata(venvsDir, m) {
  const file = metadataPath(venvsDir, m.name);
  await fs27.mkdir(path34.dirname(file), { recursive: true });
  const { rebuilt: _rebuilt, ...stored } = m;
  await writeFileAtomic(file, JSON.stringify(stored, null, 2) + "\n");
}
async function removeMetadata(venvsDir, name) {
  await fs27.rm(metadataPath(venvsDir, name), { force: true });
}
async function readStoredMetadata2(venvsDir, name) {
  try {
    const m = JSON.parse(
      await fs27.readFile(metadataPath(venvsDir, name), "utf8")
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
  const entry = path34.join(venvsDir, name);
  const st = await fs27.lstat(entry).catch(() => void 0);
  const externalPath = st?.isSymbolicLink() ? path34.resolve(venvsDir, await fs27.readlink(entry)) : void 0;
  const cfg = await readPyvenvCfg(venvPath) ?? {};
  const cfgStat = await fs27.stat(path34.join(venvPath, "pyvenv.cfg")).catch(() => void 0);
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

// src/core/venvs/manager.ts
init_relocate();

// src/core/venvs/info.ts
init_layout2();
import { promises as fs28 } from "node:fs";
import path35 from "node:path";
async function describeVenv(venv, meta, signal) {
  const name = venv.name;
  const cfg = await readPyvenvCfg(venv.path) ?? {};
  const [sp] = await sitePackagesDirs(venv.path);
  const modStat = (sp ? await fs28.stat(sp).catch(() => void 0) : void 0) ?? await fs28.stat(path35.join(venv.path, "pyvenv.cfg")).catch(() => void 0);
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
init_errors();
init_platform();
import { promises as fs29 } from "node:fs";
import path36 from "node:path";
init_layout2();
init_relocate();
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
  const bin = path36.relative(dir2, venvBinDir(dir2)).split(path36.sep).join("/");
  for (const [rel, target] of Object.entries(links)) {
    const parts = rel.split("/");
    if (!rel || parts.some((p) => !p || p === "." || p === "..") || path36.isAbsolute(rel)) continue;
    const abs = path36.join(dir2, ...parts);
    let next;
    if (target === sourcePath || target.startsWith(sourcePath + "/"))
      next = target;
    else if (parts.length === 2 && parts[0] === bin && /^python/.test(parts[1])) next = o.pythonPath;
    else if (oldHome && path36.dirname(target) === oldHome) next = o.pythonPath;
    if (!next) {
      o.logger.warn(`Import: dropping link ${rel} -> ${target} (outside the venv).`);
      continue;
    }
    await fs29.mkdir(path36.dirname(abs), { recursive: true });
    await fs29.rm(abs, { force: true });
    await fs29.symlink(next, abs);
  }
}
function minor(v) {
  return v.split(".").slice(0, 2).join(".");
}

// src/core/venvs/repair.ts
init_errors();
init_layout2();
init_relocate();
import { promises as fs30 } from "node:fs";
import path37 from "node:path";
async function assertVenvOf(dir2, pythonPath) {
  const home = (await readPyvenvCfg(dir2))?.home;
  const mine = path37.dirname(pythonPath);
  if (home && path37.resolve(home) !== mine && !await sameFile(home, mine)) {
    throw new ConfigurationError(`${dir2} is a venv of another Python (home = ${home}).`, {
      requested: dir2,
      hint: "Pass recreate: true to rebuild it on this instance, or choose another path."
    });
  }
}
async function repairMovedVenv(venvDir, pythonPath, logger) {
  const recorded = await recordedVenvPath(venvDir);
  const home = (await readPyvenvCfg(venvDir))?.home;
  const mine = path37.dirname(pythonPath);
  const homeMoved = home !== void 0 && path37.resolve(home) !== mine && !await sameFile(home, mine) && !await fs30.stat(path37.join(home, path37.basename(pythonPath))).catch(() => void 0);
  const selfMoved = recorded !== void 0 && path37.resolve(recorded) !== venvDir;
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
    const [x, y] = await Promise.all([fs30.realpath(a), fs30.realpath(b)]);
    return x === y;
  } catch {
    return false;
  }
}

// src/core/venvs/manager.ts
init_builtins();
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
    this.instance = { pythonPath: path38.resolve(instance.pythonPath), dir: path38.resolve(instance.dir) };
    this.venvsDir = path38.join(this.instance.dir, "venvs");
    this.runtimeOptions = rest;
    this.logger = o.logger ?? silentLogger;
  }
  // ---------------------------------------------------------------- lookup
  /** Names of the venvs that exist (internal and external), sorted. */
  async list() {
    const out = [];
    for (const e of await fs31.readdir(this.venvsDir, { withFileTypes: true }).catch(() => [])) {
      if (e.name === META_DIR || e.name.startsWith(".tmp-")) continue;
      if ((e.isDirectory() || e.isSymbolicLink()) && await isVenv(path38.join(this.venvsDir, e.name)))
        out.push(e.name);
    }
    return out.sort();
  }
  async exists(name) {
    return isVenv(path38.join(this.venvsDir, validateVenvName(name)));
  }
  /** The real directory of `name` (following an external link); where it would be created if absent. */
  async resolvePath(name) {
    const entry = path38.join(this.venvsDir, validateVenvName(name));
    const st = await fs31.lstat(entry).catch(() => void 0);
    if (st?.isSymbolicLink()) return path38.resolve(this.venvsDir, await fs31.readlink(entry));
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
    const entry = path38.join(this.venvsDir, name);
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
    let external = o.path ? path38.resolve(o.path) : void 0;
    if (external && isInside(external, this.instance.dir)) {
      throw new ConfigurationError(`External venv path ${external} is inside the instance directory.`, {
        requested: external,
        hint: "Omit `path` to create it in the instance, or choose a directory outside it."
      });
    }
    await fs31.mkdir(path38.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(name), async (lock) => {
      const entry = path38.join(this.venvsDir, name);
      if (await isVenv(entry) && await fs31.lstat(venvPython(entry)).catch(() => void 0)) {
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
        await fs31.rm(entry, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
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
    const entry = path38.join(this.venvsDir, name);
    const known = await fs31.lstat(entry).catch(() => void 0) !== void 0 || await readStoredMetadata2(this.venvsDir, name) !== void 0;
    if (!known) return false;
    await fs31.mkdir(path38.join(this.venvsDir, META_DIR), { recursive: true });
    await withLock(this.lockPath(name), () => this.removeFiles(name, o.deleteExternalFiles ?? true));
    return true;
  }
  // ---------------------------------------------------------------- clone / export / import
  /** Copies `source` to `target` (internal, or at `o.path`) and re-points every path at the copy. */
  async clone(source, target, o = {}) {
    const src = await this.get(source);
    validateVenvName(target);
    const dest = o.path ? path38.resolve(o.path) : path38.join(this.venvsDir, target);
    await fs31.mkdir(path38.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(target), async () => {
      await this.assertFree(target, dest);
      const staging = path38.join(path38.dirname(dest), `.tmp-${path38.basename(dest)}-${randomTag()}`);
      try {
        await copyTree(src.path, staging);
        const from = await recordedVenvPath(src.path) ?? src.path;
        refuseStaleLaunchers(await relocateVenv(staging, { from, to: dest }), from);
        await renameWithRetry(staging, dest);
      } catch (e) {
        await fs31.rm(staging, { recursive: true, force: true });
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
    const dest = o.path ? path38.resolve(o.path) : path38.join(this.venvsDir, name);
    await fs31.mkdir(path38.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(name), async () => {
      await this.assertFree(name, dest);
      const staging = path38.join(path38.dirname(dest), `.tmp-${path38.basename(dest)}-${randomTag()}`);
      try {
        await unpackVenvArchive(archivePath, staging, dest, {
          pythonPath: this.instance.pythonPath,
          pythonVersion: () => this.instancePythonVersion(),
          archiveLimits: this.archiveLimits,
          logger: this.logger
        });
        await renameWithRetry(staging, dest);
      } catch (e) {
        await fs31.rm(staging, { recursive: true, force: true });
        throw e;
      }
      return this.register(name, dest, Boolean(o.path), {
        kind: "imported",
        from: path38.resolve(archivePath)
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
    return path38.join(this.venvsDir, META_DIR, `${name}.lock`);
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
    const entry = path38.join(this.venvsDir, name);
    const st = await fs31.lstat(entry).catch(() => void 0);
    const stored = await readStoredMetadata2(this.venvsDir, name);
    const external = st?.isSymbolicLink() ? path38.resolve(this.venvsDir, await fs31.readlink(entry)) : stored?.externalPath;
    if (st?.isSymbolicLink()) await fs31.rm(entry, { force: true });
    else if (st) await fs31.rm(entry, { recursive: true, force: true });
    if (external && deleteExternalFiles && await isVenv(external))
      await fs31.rm(external, { recursive: true, force: true });
    await removeMetadata(this.venvsDir, name);
  }
  async assertFree(name, dest) {
    const entry = path38.join(this.venvsDir, name);
    if (await isVenv(entry)) {
      throw new ConfigurationError(`A venv named "${name}" already exists.`, {
        requested: name,
        hint: "Choose another name or delete the existing venv first."
      });
    }
    if (dest !== entry) await assertEmptyOrAbsent(dest, false);
    else await fs31.rm(entry, { recursive: true, force: true });
  }
  async register(name, dest, external, origin) {
    const entry = path38.join(this.venvsDir, name);
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
async function assertEmptyOrAbsent(dir2, allowVenv) {
  const entries = await fs31.readdir(dir2).catch(() => void 0);
  if (!entries || entries.length === 0) return;
  if (allowVenv && await isVenv(dir2)) return;
  throw new ConfigurationError(`${dir2} already exists and is not empty.`, {
    requested: dir2,
    hint: "Choose an empty or new directory for the venv."
  });
}
async function linkExternal(entry, target) {
  await fs31.rm(entry, { recursive: true, force: true });
  await fs31.symlink(target, entry, process.platform === "win32" ? "junction" : "dir");
}
function isInside(child, parent) {
  const rel = path38.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path38.isAbsolute(rel);
}

// src/index.ts
init_relocate();
init_layout2();
init_kill_tree();

// src/core/diagnose/disk.ts
init_fs();
import { promises as fs32 } from "node:fs";
import path39 from "node:path";
var GiB = 1024 ** 3;
async function freeDiskCheck(root, minFreeBytes = GiB) {
  const where = await nearestExisting(root);
  try {
    const st = await fs32.statfs(where);
    const free = Number(st.bavail) * Number(st.bsize);
    const data = { path: root, measuredAt: where, freeBytes: free, minFreeBytes };
    const text3 = `${formatBytes(free)} free in ${root}`;
    if (free < minFreeBytes / 8) {
      return {
        group: "disk",
        name: "free disk",
        status: "fail",
        detail: `${text3}; one Python needs ~100-300 MB: free some space.`,
        data
      };
    }
    if (free < minFreeBytes) {
      return {
        group: "disk",
        name: "free disk",
        status: "warn",
        detail: `${text3} (below ${formatBytes(minFreeBytes)}).`,
        data
      };
    }
    return { group: "disk", name: "free disk", status: "ok", detail: text3, data };
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
  const exists2 = path39.resolve(dir2) === where;
  if (!(await fs32.stat(where)).isDirectory()) {
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
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

// src/core/diagnose/health.ts
init_errors();
init_fs();
init_probe();
init_layout2();
import { promises as fs33 } from "node:fs";
import path40 from "node:path";
var OPTIONAL_MODULES = ["ssl", "zlib", "sqlite3", "ctypes", "lzma", "bz2"];
async function probe(python, timeoutMs) {
  return probeInterpreter(python, { timeoutMs, modules: OPTIONAL_MODULES }).catch(
    (e) => e instanceof PythonInstallationError && typeof e.details.reason === "string" ? e.details.reason : e.message
  );
}
var exeRel = process.platform === "win32" ? ["python.exe"] : ["bin", "python3"];
var venvExeRel = process.platform === "win32" ? ["Scripts", "python.exe"] : ["bin", "python"];
async function findInstances(root) {
  let names;
  try {
    names = (await fs33.readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && /^(c?python|pypy|graalpy)-/.test(d.name)).map((d) => d.name).sort();
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    const dir2 = path40.join(root, name);
    const venvs = [];
    try {
      for (const d of await fs33.readdir(path40.join(dir2, "venvs"), { withFileTypes: true })) {
        const p = path40.join(dir2, "venvs", d.name);
        if (d.isDirectory() && !d.name.startsWith(".") && await isFile(path40.join(p, "pyvenv.cfg")))
          venvs.push({ name: d.name, path: p });
      }
      venvs.sort((a, b) => a.name.localeCompare(b.name));
    } catch {
    }
    out.push({ key: name, pythonPath: path40.join(dir2, "python", ...exeRel), venvs });
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
async function venvCheck(owner, venv, timeoutMs = 2e4) {
  const base = { group: "venvs", name: `${owner}/${venv.name}` };
  const cfg = await readPyvenvCfg(venv.path);
  if (!cfg) {
    return {
      ...base,
      status: "fail",
      detail: `no pyvenv.cfg in ${venv.path}; recreate the venv.`,
      data: { path: venv.path }
    };
  }
  const home = cfg.home || void 0;
  const uvVersion = cfg.uv || void 0;
  if (!home) {
    return {
      ...base,
      status: "fail",
      detail: "pyvenv.cfg has no home; recreate the venv.",
      data: { path: venv.path }
    };
  }
  if (!await exists(home)) {
    return {
      ...base,
      status: "fail",
      detail: `pyvenv.cfg points at ${home}, which does not exist (moved or copied without fix-up); recreate or re-import the venv.`,
      data: { path: venv.path, home }
    };
  }
  const py = path40.join(venv.path, ...venvExeRel);
  const r = await probe(py, timeoutMs);
  if (typeof r === "string") {
    return {
      ...base,
      status: "fail",
      detail: `venv python does not run: ${r}`,
      data: { path: venv.path, home }
    };
  }
  const [prefix, want] = await Promise.all([
    fs33.realpath(r.prefix).catch(() => r.prefix),
    fs33.realpath(venv.path)
  ]);
  const data = { path: venv.path, home, version: r.version, uv: uvVersion };
  if (prefix !== want) {
    return {
      ...base,
      status: "fail",
      detail: `venv python reports prefix ${r.prefix}, not ${venv.path}; recreate the venv.`,
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

// src/core/diagnose/network.ts
init_builtins();
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

// src/core/diagnose/system.ts
init_platform();
init_builtins();
import os5 from "node:os";
var PBS_ARCHES = {
  linux: ["x86_64", "aarch64", "i686", "armv7", "ppc64le", "s390x", "riscv64"],
  darwin: ["x86_64", "aarch64"],
  windows: ["x86_64", "i686", "aarch64"]
};
var MIN_GLIBC = [2, 17];
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
    osRelease: `${os5.type()} ${os5.release()}`,
    node: process.version
  };
}
async function libcVersion(libc) {
  const report = process.report?.getReport();
  if (libc === "gnu" && report?.header?.glibcVersionRuntime) return report.header.glibcVersionRuntime;
  const out = await new Promise((resolve) => {
    childProcessModule().execFile(
      "ldd",
      ["--version"],
      { timeout: 5e3 },
      (_e, stdout, stderr) => resolve(`${stdout}
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

// src/core/diagnose/uv.ts
init_fs();
init_builtins();
function runText(cmd, args, timeoutMs, env) {
  return new Promise((resolve) => {
    childProcessModule().execFile(
      cmd,
      args,
      { timeout: timeoutMs, env },
      (e, stdout, stderr) => resolve({ ok: !e, out: String(stdout).trim(), err: (String(stderr).trim() || e?.message) ?? "" })
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

// src/core/diagnose/render.ts
var MARK = { ok: "ok", warn: "WARN", fail: "FAIL", skip: "skip" };
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
function renderDiagnoseMarkdown(r) {
  const esc = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const icon = { ok: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skip: "\u23ED\uFE0F" };
  return [
    `| group | check | status | detail |`,
    `|---|---|---|---|`,
    ...r.checks.map(
      (c) => `| ${c.group} | ${esc(c.name)} | ${icon[c.status]} ${c.status} | ${esc(c.detail)} |`
    ),
    "",
    `**${r.ok ? "Healthy" : "Problems found"}**: ${r.counts.ok} ok, ${r.counts.warn} warning(s), ${r.counts.fail} failure(s), ${r.counts.skip} skipped.`,
    ""
  ].join("\n");
}

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

// src/core/config/index.ts
init_options();

// src/core/config/keys.ts
init_triple();
import path41 from "node:path";

// src/core/uv/version-request.ts
init_errors();
init_specifiers();
init_version();
init_triple();
var EXACT_RE = /^(?:==|v)?\s*(\d+\.\d+\.\d+(?:[-.]?[A-Za-z0-9.]+)?)$/;
function tryParseUvVersionRequest(raw) {
  const text3 = raw.trim();
  if (text3.toLowerCase() === "latest") return { kind: "latest", text: "latest" };
  const exact = EXACT_RE.exec(text3);
  if (exact) return { kind: "exact", version: exact[1], text: text3 };
  const pep = /^(===|==|!=|<=|>=|~=|<|>)/.test(text3) && !/\s[<>=!~]/.test(text3) ? text3 : npmRangeAsPep440(text3);
  const specifiers = pep === void 0 ? void 0 : parseSpecifiers(pep);
  if (!specifiers) return void 0;
  const withPre = specifiersMentionPrerelease(specifiers);
  return {
    kind: "range",
    text: text3,
    contains: (v) => {
      const parsed = parseVersion(v);
      return !!parsed && (withPre || !isPrerelease(parsed)) && specifiersContain(specifiers, parsed);
    }
  };
}
var NUM = String.raw`(\d+)`;
var WILD = String.raw`(?:\.[xX*])?`;
function npmRangeAsPep440(text3) {
  let m = new RegExp(`^${NUM}\\.${NUM}${WILD}$`).exec(text3);
  if (m) return `==${m[1]}.${m[2]}.*`;
  m = new RegExp(`^${NUM}\\.[xX*]$`).exec(text3);
  if (m) return `==${m[1]}.*`;
  m = new RegExp(`^([~^])${NUM}\\.${NUM}(?:\\.${NUM})?$`).exec(text3);
  if (m) {
    const [major, minor2, patch] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
    const low = `>=${major}.${minor2}.${patch}`;
    if (m[1] === "~" || major === 0 && minor2 > 0) return `${low},<${major}.${minor2 + 1}.0`;
    return major > 0 ? `${low},<${major + 1}.0.0` : `${low},<0.0.${patch + 1}`;
  }
  const parts = text3.split(/\s+/);
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
function exactWithoutLookup(req, preferPinned) {
  if (req.kind === "exact") return req.version;
  if (preferPinned && req.kind === "range" && req.contains(DEFAULT_UV_VERSION)) return DEFAULT_UV_VERSION;
  return void 0;
}

// src/core/config/keys.ts
init_options();
var InvalidValue = class extends Error {
};
var text2 = (raw) => {
  if (typeof raw !== "string" && typeof raw !== "number") throw new InvalidValue(`expected a string`);
  const s = String(raw).trim();
  if (!s) throw new InvalidValue("is empty");
  return s;
};
var httpUrl = (raw) => {
  const s = text2(raw);
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
  const s = text2(raw);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    const u = new URL(s);
    if (!["http:", "https:", "file:"].includes(u.protocol))
      throw new InvalidValue(`"${s}" is not an http(s) or file URL`);
    return s.replace(/\/+$/, "");
  }
  return path41.resolve(ctx.baseDir, s);
};
var dir = (raw, ctx) => path41.resolve(ctx.baseDir, text2(raw));
var int = (min) => (raw) => {
  const s = typeof raw === "number" ? String(raw) : text2(raw);
  if (!/^\d+$/.test(s) || Number(s) < min) {
    throw new InvalidValue(`"${s}" is not an integer >= ${min}`);
  }
  return Number(s);
};
var byteSize = (raw) => {
  const s = typeof raw === "number" ? String(raw) : text2(raw);
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(s);
  if (!m) throw new InvalidValue(`"${s}" is not a size (bytes, or like 500MiB, 4GiB)`);
  const n = Math.floor(Number(m[1]) * 1024 ** " kmg".indexOf(m[2].toLowerCase() || " "));
  if (n < 1) throw new InvalidValue(`"${s}" is not a size >= 1 byte`);
  return n;
};
var bool = (raw) => {
  if (typeof raw === "boolean") return raw;
  const s = text2(raw).toLowerCase();
  if (["1", "true", "yes", "on"].includes(s)) return true;
  if (["0", "false", "no", "off"].includes(s)) return false;
  throw new InvalidValue(`"${s}" is not a boolean (use true/false, 1/0, yes/no)`);
};
var list = (item) => (raw) => {
  const parts = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[\s,]+/) : [raw];
  return parts.filter((p) => p !== "").map((p) => item(p));
};
var oneOf = (...values) => (raw) => {
  const s = text2(raw);
  if (!values.includes(s)) throw new InvalidValue(`"${s}" is not one of ${values.join(", ")}`);
  return s;
};
var buildTag = (raw) => {
  const s = text2(raw);
  if (!/^\d{8}$/.test(s)) throw new InvalidValue(`"${s}" is not a PBS build date (YYYYMMDD)`);
  return s;
};
var repo = (raw) => {
  const s = text2(raw);
  if (!/^[\w.-]+\/[\w.-]+$/.test(s)) throw new InvalidValue(`"${s}" is not owner/name`);
  return s;
};
var uvVersionRequest = (raw) => {
  const s = text2(raw);
  if (!tryParseUvVersionRequest(s))
    throw new InvalidValue(
      `"${s}" is not a uv version (${DEFAULT_UV_VERSION}), "latest" or a range (">=0.13,<0.14")`
    );
  return s;
};
var host2 = (raw) => {
  const s = text2(raw);
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
    parse: text2,
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
    parse: text2,
    secret: true,
    describe: "GitHub token"
  },
  {
    key: "pbsRepo",
    flag: "--pbs-repo",
    arg: "owner/name",
    env: ["PYEMBED_PBS_REPO"],
    parse: repo,
    fallback: () => DEFAULT_PBS_REPO2,
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
    fallback: (o) => path41.join(o.root, "tools"),
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
    parse: list(host2),
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
    parse: text2,
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
init_errors();
import { existsSync as existsSync3, readFileSync as readFileSync4 } from "node:fs";
import path42 from "node:path";
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
    const file = path42.resolve(cwd, named);
    if (!existsSync3(file)) {
      throw new ConfigurationError(`Config file ${file} does not exist.`, {
        key: "config",
        source: explicit ? "flag --config" : "env PYEMBED_CONFIG",
        requested: file,
        hint: "Point --config / PYEMBED_CONFIG at an existing JSON file, or unset it."
      });
    }
    return file;
  }
  return CONFIG_FILE_NAMES.map((n) => path42.join(cwd, n)).find((f) => existsSync3(f));
}
function readConfigFile(file) {
  let data;
  try {
    data = JSON.parse(readFileSync4(file, "utf8"));
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
  const cwd = path42.resolve(input.cwd ?? process.cwd());
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
      baseDir = path42.dirname(file);
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

// src/core/setup/run.ts
init_log();
init_naming();
init_platform();

// src/core/setup/environment.ts
init_errors();
import { readdirSync as readdirSync5, readFileSync as readFileSync5 } from "node:fs";
import path43 from "node:path";
init_layout2();
init_text();
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
    entries = readdirSync5(site);
  } catch {
    return void 0;
  }
  if (entries.some((e) => e.endsWith(".egg-info") || e.endsWith(".egg-link"))) return void 0;
  const names = entries.filter((e) => e.endsWith(".dist-info")).map((e) => {
    let meta = "";
    try {
      meta = readFileSync5(path43.join(site, e, "METADATA"), "utf8");
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

// src/core/setup/phases.ts
init_catalog();
import path48 from "node:path";
init_layout2();

// src/core/packages/project-sync.ts
init_errors();
init_layout2();
import { promises as fs34 } from "node:fs";
import path44 from "node:path";
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
  const file = path44.join(configDir, "uv", "uv.toml");
  await fs34.mkdir(path44.dirname(file), { recursive: true });
  await fs34.writeFile(file, "", { flag: "a" });
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
  const text3 = uvErrorText(r.stderr, r.stdout);
  const stale = /needs to be updated, but `--locked` was provided/.test(r.stderr);
  throw new PackageInstallationError(
    stale ? `${plan.lockFile} no longer matches pyproject.toml; nothing was installed.` : `Installing the locked project ${plan.dir} failed: ${text3}`,
    {
      requested: plan.lockFile,
      installationOutput: r.stderr,
      exitCode: r.exitCode,
      hint: stale ? `Re-lock with \`uv lock\` in ${path44.dirname(plan.lockFile)} and commit uv.lock (or use lock: frozen to install it unchecked).` : "Check the lock and the index; uv said why above."
    }
  );
}

// src/core/setup/package-stamp.ts
init_fs();
init_layout2();
import { readdirSync as readdirSync6, readFileSync as readFileSync6, statSync as statSync5 } from "node:fs";
import path45 from "node:path";
var STAMP_FILE = ".pyembed-packages.json";
var FORMAT = 2;
var REGISTRY_REQUIREMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[A-Za-z0-9._,\s-]*\])?\s*([<>=!~][^;@/\\]*)?(;[^@/\\]*)?$/;
var ARCHIVE = /\.(whl|zip|tar\.gz|tgz|tar\.bz2|tar\.xz)\b/i;
function isRegistryRequirement(line) {
  const text3 = line.replace(/(^|\s)#.*$/, "").trim();
  return text3 === "" || REGISTRY_REQUIREMENT.test(text3) && !ARCHIVE.test(text3);
}
async function packageRequest(plan, cwd, venvDir) {
  if (plan.project || plan.pyproject || plan.editable) return void 0;
  if (!plan.specs.every(isRegistryRequirement)) return void 0;
  const read = (f) => {
    const file = path45.resolve(cwd, f);
    let text3;
    try {
      text3 = readFileSync6(file, "utf8");
    } catch {
      text3 = void 0;
    }
    return text3 !== void 0 && !text3.includes("\\") && text3.split(/\r?\n/).every(isRegistryRequirement) ? [file, text3] : void 0;
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
    names = readdirSync6(site).filter((n) => n !== "__pycache__");
  } catch {
    return void 0;
  }
  return names.sort().map((n) => {
    if (!n.endsWith(".dist-info")) return n;
    const st = statSync5(path45.join(site, n), { bigint: true, throwIfNoEntry: false });
    return `${n} ${st?.ctimeNs ?? "?"}`;
  });
}
async function namesIfUnchanged(venvDir, request) {
  let stored;
  try {
    stored = readFileSync6(path45.join(venvDir, STAMP_FILE), "utf8");
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
  writeFileAtomicSync(path45.join(venvDir, STAMP_FILE), JSON.stringify(stamp) + "\n");
}

// src/core/setup/uv.ts
init_errors();
init_platform();
import { existsSync as existsSync4 } from "node:fs";
import path47 from "node:path";
import { pathToFileURL as pathToFileURL4 } from "node:url";

// src/core/uv/releases.ts
init_github();
init_errors();
init_log();
init_version();
import path46 from "node:path";
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
    cacheDir: o.cacheDir ? path46.join(o.cacheDir, "uv-releases") : void 0,
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
function notFound(text3, seen, apiUrl) {
  const newest = seen.slice(0, 8);
  return new UvNotFoundError(
    `No uv release matches "${text3}" (${seen.length} releases of ${UV_REPO} at ${apiUrl}${newest.length ? `; newest: ${newest.join(", ")}` : ""}).`,
    {
      requested: text3,
      available: newest,
      hint: "Widen the range, pin an exact uv version, or check the GitHub API URL (GITHUB_API_URL / --github-api-url)."
    }
  );
}

// src/core/setup/uv.ts
init_triple();
var isRemote = (base) => /^https?:/i.test(base);
async function ensurePrivateUv(o) {
  let base = o.downloadBaseUrl;
  if (base && !/^[a-z][a-z0-9+.-]*:/i.test(base)) base = pathToFileURL4(path47.resolve(base)).href;
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
    const exe = path47.join(uvInstallDir(o.toolsDir, version, asset), asset.exe);
    if (!existsSync4(exe)) {
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
    venvRecipesDir: venvRecipesDir(plan.config.toolsDir),
    logger: ctx.logger
  });
  return { ensured, uv };
}
async function provideVenv(venv, installed, uv, ctx) {
  let dir2;
  let created;
  if (venv.kind === "named" && installed.instanceDir) {
    const venvs = new VirtualEnvironmentManager({
      instance: { pythonPath: installed.pythonPath, dir: installed.instanceDir },
      uv,
      logger: ctx.logger
    });
    created = !await venvs.exists(venv.name);
    dir2 = (await venvs.getOrCreate(venv.name, { seed: venv.seed, signal: ctx.signal })).path;
    ctx.logger.info(`${created ? "Created" : "Reusing"} venv ${venv.name} at ${dir2}`);
  } else {
    dir2 = venv.kind === "path" ? venv.dir : venv.dirWithoutInstance;
    ({ created } = await ensureVenvAt(uv, installed.pythonPath, dir2, { ...ctx, seed: venv.seed }));
  }
  if (venv.seed && !created) await seedExistingVenv(uv, dir2, ctx);
  return { path: dir2, binDir: venvBinDir(dir2), pythonPath: venvPython(dir2), created };
}
async function installIntoVenv(plan, venvDir, uv, ctx) {
  const { packages, config } = plan;
  const py = venvPython(venvDir);
  const project = packages.project;
  if (project) {
    ctx.logger.info(`Installing ${project.lockFile} (uv sync --${project.mode}) ...`);
    const configDir = path48.join(config.toolsDir, "uv-config");
    await syncProject(project, uv, venvDir, { configDir, signal: ctx.signal });
  }
  let requested = project ? 1 : 0;
  let stamped;
  let read;
  if (hasFreshPackages(packages)) {
    const request = await packageRequest(packages, config.cwd, venvDir);
    stamped = request === void 0 ? void 0 : await namesIfUnchanged(venvDir, request);
    if (stamped) {
      ctx.logger.info(`Packages unchanged since the last install into ${venvDir}: uv pip install skipped`);
      requested += requestedCount(packages);
    } else {
      requested += (await installPackages(uv, py, packages, { ...ctx, cwd: config.cwd })).requested;
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
  const written = await plan.python.installer.export(installed, build, path48.resolve(dest), ctx);
  ctx.logger.info(`Exported to ${written}`);
  return written;
}

// src/core/setup/plan.ts
import { promises as fs36 } from "node:fs";
import path54 from "node:path";

// src/core/catalog/from-config.ts
init_catalog();
import path49 from "node:path";
function catalogOptions(o) {
  return {
    source: o.offline ? "snapshot" : o.catalogSource,
    ndjsonUrl: o.ndjsonUrl,
    downloadsJson: o.pythonDownloadsJsonUrl,
    offline: o.offline,
    apiUrl: o.githubApiUrl,
    token: o.githubToken,
    pbsRepo: o.pbsRepo,
    cacheDir: path49.join(o.root, ".catalog")
  };
}
function catalogFromConfig(o, logger) {
  return createCatalog({ ...catalogOptions(o), logger });
}

// src/core/setup/plan.ts
init_options();
init_errors();

// src/core/packages/project-plan.ts
init_dist();
init_errors();
init_fs();
import { promises as fs35 } from "node:fs";
import path50 from "node:path";
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
  const text3 = await fs35.readFile(file, "utf8");
  try {
    return parse(text3);
  } catch (e) {
    const why = e.message.split("\n")[0];
    throw new RequirementsFileError(`${file} is not valid TOML: ${why}`, { key, requested: file, hint });
  }
}
async function findLock(dir2) {
  if (await isFile(path50.join(dir2, "uv.lock"))) return path50.join(dir2, "uv.lock");
  for (let d = path50.dirname(dir2); path50.dirname(d) !== d; d = path50.dirname(d)) {
    const text3 = await fs35.readFile(path50.join(d, "pyproject.toml"), "utf8").catch(() => "");
    if (/^\s*\[tool\.uv\.workspace\]/m.test(text3)) {
      return await isFile(path50.join(d, "uv.lock")) ? path50.join(d, "uv.lock") : void 0;
    }
  }
  return void 0;
}
async function planProject(projectPath2, request, indexes) {
  const mode = checkLockMode(request.lock);
  const dir2 = await isFile(projectPath2) ? path50.dirname(projectPath2) : projectPath2;
  const pyprojectFile = path50.join(dir2, "pyproject.toml");
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
  const relock = `Re-lock with \`uv lock\` in ${path50.dirname(lockFile)} and commit uv.lock, or use lock: ignore.`;
  const lock = await readToml(lockFile, "lock", relock);
  const pyproject = await readToml(pyprojectFile, "pyproject", "Fix the TOML syntax of pyproject.toml.");
  const member = request.workspacePackage ? await memberProject(lock, path50.dirname(lockFile), request.workspacePackage) : pyproject;
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
  const dir2 = await isFile(projectPath2) ? path50.dirname(projectPath2) : projectPath2;
  const file = path50.join(dir2, "pyproject.toml");
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
  const file = path50.join(root, rel, "pyproject.toml");
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

// src/core/uv/required-version.ts
init_dist();
init_errors();
import { existsSync as existsSync5, readFileSync as readFileSync7 } from "node:fs";
import path51 from "node:path";
function requiredVersionField(doc, isPyproject) {
  return isPyproject ? doc.tool?.uv?.["required-version"] : doc["required-version"];
}
function projectRequiredUvVersion(dirs) {
  for (const dir2 of dirs) {
    for (const name of ["uv.toml", "pyproject.toml"]) {
      const file = path51.join(dir2, name);
      if (!existsSync5(file)) continue;
      const value = requiredVersionOf(file, name === "pyproject.toml");
      if (value !== void 0) return { request: parseUvVersionRequest(value, file), file };
    }
  }
  return void 0;
}
function requiredVersionOf(file, isPyproject) {
  let doc;
  try {
    doc = parse(readFileSync7(file, "utf8"));
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

// src/core/setup/plan.ts
init_triple();
init_layout2();
init_spec();

// src/core/setup/installer.ts
import path52 from "node:path";
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
  const get = (ctx) => manager ??= Promise.resolve().then(() => (init_instances(), instances_exports)).then(
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
      const key = installed.instanceDir ? path52.basename(installed.instanceDir) : build.key;
      return (await get(ctx)).exportInstance(key, archivePath, {
        build: build.build,
        platform: build.platform
      });
    }
  };
}

// src/core/setup/spec.ts
init_spec_files();
init_errors();
import path53 from "node:path";
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
    const file = path53.resolve(o.cwd, o.pythonVersionFile);
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
function isVenvPath(v) {
  return path54.isAbsolute(v) || v.includes("/") || v.includes("\\") || v.startsWith(".");
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
  const cwd = path54.resolve(o.cwd ?? process.cwd());
  const root = path54.resolve(cwd, o.root ?? defaultRoot());
  const toolsDir = path54.resolve(cwd, o.toolsDir ?? path54.join(root, "tools"));
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
  if (isVenvPath(venv)) return { kind: "path", dir: path54.resolve(config.cwd, venv), seed };
  const name = validateVenvName(venv);
  return { kind: "named", name, dirWithoutInstance: path54.join(config.toolsDir, "venvs", name), seed };
}
async function planPackages(o, config) {
  const specs = (o.packages ?? []).map((s) => parsePackageSpec(s) && s.trim());
  const extras = (o.extras ?? []).map((e) => validateExtraName("extra", e));
  for (const url of [config.indexUrl, ...config.extraIndexUrls ?? []]) if (url) checkIndexUrl(url);
  const files = (list2, key) => Promise.all((list2 ?? []).map((f) => readableFile(path54.resolve(config.cwd, f), key)));
  checkLockMode(o.lock);
  const requirements = await files(o.requirements, "requirements");
  const constraints = await files(o.constraints, "constraints");
  const pyproject = o.pyproject ? await projectPath(path54.resolve(config.cwd, o.pyproject)) : void 0;
  checkPylock(requirements, constraints, specs, pyproject);
  const index2 = {
    indexUrl: config.indexUrl,
    extraIndexUrls: config.extraIndexUrls,
    trustedHosts: config.trustedHosts
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
var isPylock = (file) => /^pylock(\.[^./\\]+)?\.toml$/.test(path54.basename(file));
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
    const handle = await fs36.open(file, "r");
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
  const st = await fs36.stat(p).catch(() => void 0);
  const dir2 = st?.isFile() ? path54.dirname(p) : p;
  const markers = ["pyproject.toml", "setup.py", "setup.cfg"].map((m) => path54.join(dir2, m));
  const found = st && await Promise.all(
    markers.map(
      (m) => fs36.access(m).then(
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
      releasesCacheDir: path54.join(config.root, ".catalog"),
      sha256: checkUvChecksum(o.uvChecksum),
      allowMissingChecksum: config.allowMissingChecksum,
      offline: config.offline
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
function uvVersionRequested(config, pyproject) {
  if (config.uvVersion) {
    parseUvVersionRequest(config.uvVersion, "uvVersion");
    return { version: config.uvVersion, source: "uvVersion" };
  }
  if (config.uvPath) return { version: DEFAULT_UV_VERSION, source: "default" };
  const projectDir = pyproject && (pyproject.endsWith(".toml") ? path54.dirname(pyproject) : pyproject);
  const required = projectRequiredUvVersion([.../* @__PURE__ */ new Set([projectDir ?? config.cwd, config.cwd])]);
  if (!required) return { version: DEFAULT_UV_VERSION, source: "default" };
  const version = exactWithoutLookup(required.request, true) ?? required.request.text;
  return { version, source: `required-version "${required.request.text}" in ${required.file}` };
}
function planExport(o, installer, cwd) {
  if (!o.export) return void 0;
  const dest = path54.resolve(cwd, o.export);
  if (!installer.export) {
    throw new ConfigurationError(`The ${installer.name} installer cannot export an installation.`, {
      key: "export",
      requested: dest,
      hint: "Export with the library installer (pyembed setup --export), or drop export."
    });
  }
  return dest;
}

// src/core/setup/run.ts
init_builtins();
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
  parseSha256Sums2 as parseSha256Sums,
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
