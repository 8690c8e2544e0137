import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

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

// src/core/platform.ts
import { spawnSync } from "node:child_process";
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
function elfInterpreter(file2) {
  let fd;
  try {
    fd = openSync(file2, "r");
    const head = Buffer.alloc(64);
    if (readSync(fd, head, 0, 64, 0) < 52 || head.readUInt32BE(0) !== 2135247942) return void 0;
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u16 = (b, o) => le ? b.readUInt16LE(o) : b.readUInt16BE(o);
    const u32 = (b, o) => le ? b.readUInt32LE(o) : b.readUInt32BE(o);
    const word = (b, o) => is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
    const phoff = word(head, is64 ? 32 : 28);
    const phentsize = u16(head, is64 ? 54 : 42);
    const phnum = u16(head, is64 ? 56 : 44);
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
  const r = spawnSync("ldd", ["--version"], { encoding: "utf8", timeout: 5e3 });
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
    const version2 = parseVersion(operand);
    if (!version2) return void 0;
    if (op === "~=" && version2.release.length < 2) return void 0;
    out.push({ op, version: version2, star, text: `${op}${m[2]}` });
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
    const version2 = x[2] === void 0 ? { kind: "major", major: major2 } : { kind: "minor", major: major2, minor: Number(x[2]) };
    return { version: version2, variant };
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
  let version2 = { kind: "any" };
  let variant = "default";
  if (i < tokens.length) {
    const parsed = tokens[i] === "any" ? void 0 : parseVersionRequest(tokens[i]);
    if (parsed && parsed.version.kind !== "range") {
      ({ version: version2, variant } = parsed);
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
    version: version2,
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
  const version2 = parseVersionRequest(lower);
  if (version2) return checkVariant({ text: text3, form: "version", implementation: "cpython", ...version2 });
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
    return installOnly.build >= STRIPPED_SINCE ? withFlavor(installOnly, "install_only_stripped") : installOnly;
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
          if (stable.length > 0) pool = stable;
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
  let version2;
  let triple;
  let options;
  let flavor;
  let format;
  let build;
  if (m) {
    version2 = m.slice(1, 5);
    build = m[5];
    triple = m[6];
    options = m[7] ?? "";
    flavor = m[8];
    format = m[9];
  } else if (m = LEGACY.exec(assetName)) {
    version2 = m.slice(1, 5);
    triple = m[5];
    options = m[6];
    build = tag ?? m[7];
    flavor = "full";
    format = m[8];
  } else if (m = OLDEST.exec(assetName)) {
    version2 = m.slice(1, 5);
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
  const [major, minor2, patch] = version2.slice(0, 3).map(Number);
  const prerelease = version2[3] || void 0;
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
function pythonBuildOf(a, url, sha256, source) {
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
    sha256
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
      constructor(file2) {
        this.file = file2;
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
      /** Row indexes grouped by `keyOf(platform)` of their template, in file order; no row is decoded. */
      groupRows(keyOf) {
        const groups = /* @__PURE__ */ new Map();
        const keyOfTemplate = /* @__PURE__ */ new Map();
        const rows = this.file.rows;
        for (let i = 0; i < rows.length; i++) {
          const t = rows[i][0];
          let k = keyOfTemplate.get(t);
          if (!keyOfTemplate.has(t)) {
            const shape = this.shape(t);
            keyOfTemplate.set(t, k = shape ? keyOf(shape.platform) : void 0);
          }
          if (k === void 0) continue;
          let g = groups.get(k);
          if (!g) groups.set(k, g = []);
          g.push(i);
        }
        return groups;
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
          const version2 = s[v];
          const tag = s[b];
          const assetName = s[t].replace("{v}", version2).replace("{b}", tag);
          const build = {
            key: "",
            version: version2,
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
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path2 from "node:path";
var EtagStore;
var init_etag_store = __esm({
  "src/core/catalog/sources/etag-store.ts"() {
    "use strict";
    EtagStore = class {
      constructor(dir2) {
        this.dir = dir2;
      }
      dir;
      memory = /* @__PURE__ */ new Map();
      file(url) {
        if (!this.dir) return void 0;
        return path2.join(this.dir, "http", `${createHash("sha256").update(url).digest("hex")}.json`);
      }
      async get(url) {
        const hit = this.memory.get(url);
        if (hit) return hit;
        const file2 = this.file(url);
        if (!file2) return void 0;
        try {
          const stored = JSON.parse(await readFile(file2, "utf8"));
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
        const file2 = this.file(url);
        if (!file2) return;
        await mkdir(path2.dirname(file2), { recursive: true });
        const tmp = `${file2}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(tmp, JSON.stringify(stored));
        await rename(tmp, file2);
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
        const [owner, repo2] = (o.pbsRepo ?? DEFAULT_PBS_REPO).split("/");
        if (!owner || !repo2) throw new TypeError(`pbsRepo must be "owner/repo", got "${o.pbsRepo}"`);
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
        this.octokitP ??= import("@octokit/rest").then(
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
      /** A conditional GET; returns the body and the `link` header, or undefined on 404. */
      async get(route, params, valid) {
        const query = Object.entries(params).filter(([k]) => !route.includes(`{${k}}`)).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
        const pathPart = route.replace(/\{(\w+)\}/g, (_, k) => encodeURIComponent(String(params[k])));
        const url = `${this.apiUrl}${pathPart}${query ? `?${query}` : ""}`;
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
        } catch (err) {
          if (err instanceof DownloadError) throw err;
          const e = err;
          if (e.status === 304 && stored) {
            this.log.debug(`GET ${url} -> 304 (reusing stored response)`);
            return stored.body;
          }
          if (e.status === 404) return void 0;
          const limited = rateLimitError(e, url);
          if (limited) throw limited;
          throw new DownloadError(
            `GitHub API request failed: GET ${url}${e.status ? ` -> HTTP ${e.status}` : ""}: ${e.message ?? String(err)}`,
            {
              requested: url,
              status: e.status,
              hint: "Check the GitHub API URL (GITHUB_API_URL / --github-api-url), the PBS repo and the token."
            },
            { cause: err }
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
          const builds = res.body.filter((r) => !r.draft).flatMap((r) => this.remember(r));
          yield builds;
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
    snapshot_default = { schema: 1, origin: { source: "astral-sh/uv crates/uv-python/download-metadata.json (via data/pbs-download-metadata.json)", sourceSha256: "2c57cdaa7cf5ed6f84cb27ce4c07eaa1f2703c7ec1933ae85aab58ca7dcc6db4", newestBuild: "20260814", generatedAt: "2026-12-04" }, urlBase: "https://github.com/astral-sh/python-build-standalone/releases/download", count: 5525, strings: ["cpython-{v}+{b}-aarch64-apple-darwin-install_only_stripped.tar.gz", "3.10.21", "20260814", "yqwqBFkFKj9ihX/imAmo/EqdqHylrIYBIMfOcQ/EOEI", "cpython-{v}+{b}-x86_64-apple-darwin-install_only_stripped.tar.gz", "c17EW1MVwSVdQlWCtjp4GdZgeDug9UAnk5mJCNcKeJM", "cpython-{v}+{b}-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz", "aGB37Y1mjjRG8D8gK8PJmVXTUKDbCs5fjORfG0UbVLc", "cpython-{v}+{b}-aarch64-unknown-linux-musl-install_only_stripped.tar.gz", "0DEMTxkGgKFr9sodwFIR8UVdKyqm4frcfqchyUcbmww", "cpython-{v}+{b}-armv7-unknown-linux-gnueabi-install_only_stripped.tar.gz", "GgN2FQFrnn/rQ27GGfIzSP+V9L4K+ibmN+wsuOB7b8s", "cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-install_only_stripped.tar.gz", "xTHCh7NVcEs0xm6qnRxExi1l5wr2aGRanlp3ZalhJu8", "cpython-{v}+{b}-ppc64le-unknown-linux-gnu-install_only_stripped.tar.gz", "nPwcOhIF+QKzKbIJrbv5V1JMgDjn/vkqa2L9pHWxyHM", "cpython-{v}+{b}-riscv64-unknown-linux-gnu-install_only_stripped.tar.gz", "J2XKbdtNAeCh2pan2B19p3Z2enh4ztqx/dpS0svau3M", "cpython-{v}+{b}-s390x-unknown-linux-gnu-install_only_stripped.tar.gz", "p7UYgtMhLQafbC65wuFj9P3se0+clnNv1acmPcNnJzA", "cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-install_only_stripped.tar.gz", "TEu6mCmvOcJ35O9X7gfRO76GBunGNfo4bclitbpjll8", "cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-install_only_stripped.tar.gz", "85VkUhzRTaWzic5oJUEDPVZ7GsSf7Morak1NYobCN9U", "cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-install_only_stripped.tar.gz", "H3JzZapk6RPcemwnVGEcZLMyt1U4YkF0B52O02v6iQg", "cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-install_only_stripped.tar.gz", "ZLocifHyxOdfSDJ74Vs08pZyW2qdstUJStYXlhOspEg", "cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-install_only_stripped.tar.gz", "vwfeSpZCShgSl3GhG3Vu4Re1kiChjGL7rGDoxQsPrZ4", "cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-install_only_stripped.tar.gz", "Me7wndTGWvI0INgrjwMw64yMG022V/3CCXsVg8wqymc", "cpython-{v}+{b}-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz", "gHu2dG3Yt6NH/oM+4cwlQ0V+XCyYBZ3EVGAEaO58rns", "cpython-{v}+{b}-x86_64-unknown-linux-musl-install_only_stripped.tar.gz", "Bb3diUL03+xF43yM1yyLYyPixwFb5uH1CZBHYkMJV/w", "cpython-{v}+{b}-i686-pc-windows-msvc-install_only_stripped.tar.gz", "Eq5JXAGENbZVJ2UkZsjZ9ND6a8hsNnOffYNnMl0ycXg", "cpython-{v}+{b}-x86_64-pc-windows-msvc-install_only_stripped.tar.gz", "NWRa/GusCot08W023xqY42r6ceuLpkrLeUSzE1vLocQ", "cpython-{v}+{b}-aarch64-apple-darwin-debug-full.tar.zst", "XLcjeRuWnRWE6y79uNNuyA/zO0tHE0AHhZuan4WgLf8", "cpython-{v}+{b}-x86_64-apple-darwin-debug-full.tar.zst", "FWTWiYcXwGn0xb1Njh7FMgZhGPvLjpERWZM/MxZFnPE", "cpython-{v}+{b}-aarch64-unknown-linux-gnu-debug-full.tar.zst", "s4guc+IhffCUSEYF29DiUzNJFQSvq7zrsuZ5uI4zGxo", "cpython-{v}+{b}-aarch64-unknown-linux-musl-debug-full.tar.zst", "5Cf0BcYkH4VUSqPAWAHuQc+/lJOZ66E3Mk306HIapjs", "cpython-{v}+{b}-armv7-unknown-linux-gnueabi-debug-full.tar.zst", "vzF3k4Q1mHcJC6AXoQDrCiw61n/xsmWHqG68tUXfhVw", "cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-debug-full.tar.zst", "lwravTE8SKguMHadXKB6VjcuzalVCtEMz02tjkehfRI", "cpython-{v}+{b}-ppc64le-unknown-linux-gnu-debug-full.tar.zst", "XYD2bHlxvxztH1wLgCYxgs+4xiw72ftAZ5pav2fnOgk", "cpython-{v}+{b}-riscv64-unknown-linux-gnu-debug-full.tar.zst", "w367mLJlcaAAfnHnXtjOyO05TjhfM1dxfnTHdHuo6DA", "cpython-{v}+{b}-s390x-unknown-linux-gnu-debug-full.tar.zst", "ROkQhSrnua6deCpTMqg0fC/9uyvL5IUsyRG/LHR051g", "cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-debug-full.tar.zst", "ubp80OZAdRFHY3SnlcObsIsrlrfugzYcHE9lbko+osI", "cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-debug-full.tar.zst", "ghaZFdj/1KsRdJWnmyglCAMyJVy+Zlj1q0YxyFYmgAA", "cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-debug-full.tar.zst", "RNPVmRsXFfkAcHWIjKtu+dVskDpTNsdQggFaK1VLFL4", "cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-debug-full.tar.zst", "hhRNQK1TqmVeZnhijNEn1XooOW1e9hYXdMvaY5mcCkI", "cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-debug-full.tar.zst", "NN8WDxPDww5A6mba+MiASTXL53rpegCtO9xnTldKvD8", "cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-debug-full.tar.zst", "HpixHOWsAs4mdfZAic36sAtObswJxGNHETPkH6RkcjE", "cpython-{v}+{b}-x86_64-unknown-linux-gnu-debug-full.tar.zst", "ddSkeI/FYH/7BF02MJecAICVIJCzOpvJAzVe/ybPnuA", "cpython-{v}+{b}-x86_64-unknown-linux-musl-debug-full.tar.zst", "0eUErMws1tgNQqKmc101tyyjN35BToe9oRNX/D2NZVI", "3.11.16", "o5Tyv3ikiZD8iOfFWGx+G+Xmnwyb0CeIMhG2i3aOEcU", "TWBYm3Aq/yE3nd9r1kjnXHAjolegeP3XHfTBSM9gnMI", "aiUPXJMm7rqlKNXRMs1m69HXVAz0WscD8Z4T9B0b6bY", "JPampFwgB89MiDvvc2ptN3bciJXHw4quFtbK4etRt2g", "KIzdW6uU86GuONQ7Y5ZZMBpus79qsHr4Y6rsudHErqc", "P7tkTCO8MWRGeC+ZyAk0fm3jSaZmgwE/HtYE7ok15tU", "J/Jg/vr3fyJdsnvaAk+nbzVbSF16djoVqUlnWDs6BG0", "3vWnkOrdI7LyDsFPNRqs970EKaUfsoRcms4532Lyi38", "Jrq9wJ2fIMiGxaApb2nqTjDQ5ayhGXMtM7KxW4SG2m0", "Um0VVo62HJIJZSWQ3px3vxoh1SRdXK2tAbl4khUyqIE", "X8KFh5kM+sc19ktC/YKsVy7z15j3Y4viPqGeUSYmpOc", "M18QBC3UO7aoU0LkYDl5+55EpwhqiG8nCvYsUdZ8GcU", "8Hb47M4eWc0Ug87piFk60r0xK0XyKIVUQBcxg8dvP9A", "yMwTBmfgdtKpF7W8oFn7bYY0AzErjwzB5hDb3KbLI/w", "jIzCKZfithyYA4jgqiK2uvHm+dYwEEal295WfgjylVs", "O0N/CHINPd2cGQRTJHbsn7Nz6ADRWYxyyQfdbV8pt5s", "iv9Np3faDBCEauYC23HOBBn09wtG6zDytce/j7DbW7o", "cpython-{v}+{b}-aarch64-pc-windows-msvc-install_only_stripped.tar.gz", "A3X4gXEYOedEYMbd8b1pksRxBgA6GYETHgctNUszTVM", "28TJYm/qdUmliK3imRKdFYMDDjDkcmhxRemS3H7Kfdw", "xt4ad4FYDRP2jezjOsELemCMesIfwIzw9OBnin0TSQU", "Iq1rohJHAg9o+ngaQ21ky+jpd4MRMOJwjEDvZUq63V4", "77JZm3kNRyULznFhJRtJ6Ud8bxMZENjfywzGPa7O4B0", "Y/41zxtmq4IKevU+CUH7BY5TnQh8iaahBJkVhg1LEb4", "lsXeeISJtFmIcpVidFGiQZ+cmLlIy6TAHynGitlVjdg", "7sCCA8m752uvWOvlBWjBSjN0Jo1B7c8eTQ5RG47gsWw", "kNMxvc9DKOfb3c/pFeDoIzAeah0nRDRai0AyRBpoUl8", "M7v4EGKZRhvMyr2jrqMJQGrw84CyOOjEX1O2WkaUW/Y", "7jXjt1QQ4cZu9yd7ap6LKDFgGLPImHxnkewiO2isaGI", "RsZuqNcJHczIV1nzg9B9gSXsyA3jAAXswesUl/1iRio", "fx91HX9jgVarOy4p7oosvLjqXyCHb9WPRQLzegzdQUA", "T8QKwWnPDra4PLdydWZCJcrvY8FzgnkfYjKCl5peOF4", "t5uREAmKOdOa0o+xG8fZedHrsT7UgTbINJ3kUea4GT8", "pp9l5asZs1XNP4VYfvnO7b6k22IBLWIj7uvrc7q5kmE", "BMsz21Dk9K6YM6szO0xXN0b1KRHzqZy3lT9jb38gQgw", "yHczc0Tm2L2eYd8GEf8TAUIJHztd+1YxU2C6ZArbzyI", "Tgy/lnsOvUS1+sKFL0rRvxohUMB7vgJlHSJtz2UuqWU", "lU79nyBXpp22F9e2ZJuRKOIhDdDeNUcnrcyhzGScBCE", "3.12.14", "3Vt2qxFFGkpDZ8F8YdlE3e1WtCU5awfxApIqfr731V8", "rsJl483azNsqPXgzMVljUbJNSmPJevCjj3X2Q8lFHek", "LY4X39cyECz+sY4OH6Z2myTKoDThWZgRKVkP5AnHFXo", "QWdwWrw+QHZ8e9jwBq5dvmdzlzkaLZ91Sed1njgGGAo", "595lvaBgT/HUIbcQm4oRyMKoc6BbkZYmgSTHmHd1wkk", "0GNUugRO+s9vCm3jKTym5bDKAMklJpGbGutq0Nu2TEM", "QdaI+6gxDjQW38BEn1+XCexOLWbz8r6fFTmeM8cRfnk", "uw7ZvPouSQVm29pkSMVmTh1MWqtjQAbCF4R7Y/3/AdE", "tHBR1AiBRe2mLplvzFT7PI0xJRt/eeh8M8SEInD0+RI", "cmtsB2pt3iav1ZYAxIZtgotnIWS2CDQwycq06Y8e4J4", "Ix1cTSzNsqIn+FW6PaPVMVA3QtEo34a4njgoCfkglXU", "nLs9pMAPCJmx/lv2Ula5GFc2oZwE5QcXFXsLw91gdeY", "I4waH+pXF9zYFLbu4mwg25YD/qsd3jJiG1xyOEhBOZg", "bKtUi3NyIvay4apkimAe6MmTWWqWXzpT01P9soMRAKg", "2l1eA/kgh7ow/teb3H0mx2SAnt9ZE78T0Eedz2Sz9sQ", "Ws+j6bomtRrhYcg6/yeNqRW1kNIjc6QksrpVuK/pH8w", "Ja2/nYZa2oHHKLqe5s0EJza2tG3NOoiRmAONoE7tnEo", "Hh3otdDfc7llqnLwwn1cYXpdclbObSBSKKD5Y4v23yE", "iqoaYK47ymBj4Q67PVHxhL8rE7eSQeGzCOPSqxWVnC4", "ifGPaTKRcWO3QznrzsJkXI5Hrn8cXyrDfytPTPO+tkc", "aCGk0y8aURw/VndTS0LtF4R5iELE/VmN3d42m4T79YY", "VcUAKBFiTVVu53lyFWxTUwtXMFkiDRIqA/1aDjo/FnY", "IKh+RzYsCNsVB5lp0XiwebY/5KfhYpsi5Trqk0bapCM", "/hofYLLaAgX1bxd8bOoGFXvErATrQskTX6BeE3BDiJw", "9Qt3zC2Mez7W/rUXu1wkONRB+FVlHSLl5/3b7SCPVJA", "snNqONrwGMODsZ43TKP8SooUmgqDrNoBRylTFDeqYlQ", "21YxtDd+p6zXUyz0Puyh8G2qi2PG656gKgVe8Ig1sV8", "7Dsp5jbfz1IEiolmidE7WQQvyNkytbfumfFqEqLsDHM", "t+jSrLUMgq85GDhYkmcEmCp3JXmTGguHFJ9Ck4DlZ4E", "4obOLrL4KX/Ho8enD93mW5WxRGj/YWOOYAfNklkuAiA", "QHSlW0ZwGTcQ+AFTBYZ9rOg/W+FE2rx15s7QH+wFQNU", "b4YSMf3/bxwJFMEliYqOdxX0T5wsxUvd9CMxOakxLjo", "8HTt+1lzM/7TRHhWorgmZ6NUltsB9NcBZgUOKfleldw", "0ce5IYabqBhGBywgS197zpOmgKH/hHrxH8ow18B9p3k", "To2DsXawReKWcbM1DeNiLe6hoFF5U8RE9H3dBqnJsOw", "UgU7l2toTdAH3smqppgtIF+mREynVjYreGt6XtIOt6w", "g1V3nWHAXGjNnfF8hthINhD7sMknfMfvS3pvVkm+640", "3.13.15", "bUcvxJpNleWCFKmSxMkqpz/iqTWDegGpo2urC+xtcvM", "v4c1TvzZrlF9pgb82k46Pw1zpvBcp8ujxtPFJwB0v8g", "mF79eMHGUhs3n3xkwqJeahEw8HRB0a+L5EGqBSYIhqo", "bg3pY0ChCWysgcm5UibEEMcc34Hj1EGcU2zK2bV64fc", "1aECJYOdwhbybcfBZG2tLFizYhgbRHntnpS1+qdfA74", "p4eNrlVodEo4NOOqmwmXRYEbhNY0Ojtbt5U1Fz3AoGY", "ff2/YsnA108l82ppzYUe1FpVEHORyFx8V/DdPdXnnMo", "wxScX53ptPrPKFNTchPrij39+gxZ16GuH83s/33nWXM", "FmixSNqKUZcrzJIGV5491hPWgvcHBT7oYko/OePoIt0", "EUGuYYcN2RyLF3mAAt7AJB0H1P+ru5KoXM6BWvJD5YM", "xEXGAt7KB8qjSojUI5UodcYgysEGR0iepWI9LBcjje4", "Y0pRxWUSQN8SwfAWbJsIYfbCWCQeEEEUQ1px2L3eBIM", "G6VDNGSFQreA1n/87Qud417pmr1eTIKQBADBq0pAT1o", "pFfgGHMX2R65wI8kHt3VNTS3VUqoLRwBGSzr0iIQXak", "dg1m1xIi146e1biNJ086AJNSwqsHKuHoG9gu1DtwX4U", "qsoq8qtNe2inEmYNEzTAz9XsE8AxLM0wwpEi2NA0IyA", "zsFhlpy9YPMGw2YGZwGnqy1At4cY59NyKByr5XQ0I+Y", "9r8Po5rTZo3BmWBS7G7/WMVKoSa/IDzzcopHqDCvK10", "PqBOkgdEGePQ4YPNPQTyoXvo0BlqvICpQgn7/t5rxpA", "B8l3u+SrrQfju8MUYIYz5sdOq0gqe66B9DYc2pcLReY", "/ahswr0E9AotV5yC79R24m7l9jtrTNOT6rpHPsj6Px0", "RbZ6ooS7YixqsPSkdqy15dKeTw2xdgm+Ic9pf0ORG6g", "lOnW3cvRFdJAw5Fr9RnHKobaPLX6trLT+L2nUaNTSN4", "XrV47+kfDCRPX1wSf2Bqw6v8xRvTavCT33FQkD8cqww", "+ZhvM9diKaYAFZ4yvoWBpBCvDROi7omzXfBsWQ0o9iw", "3ZcRWSC5Ub/9GYASq/yHwpBJPxlNK81HkzO232YKj6o", "ZOI7k4C/z3IRk4W4Q+hbp0yemljdLBnujbDta/Mw8ss", "QRlE82N+nkeyIO6rrxnqHyT2NE3cCj4aDGc2OBnbX1Y", "DBmqSoCKhv9NkaSOvzCeYJivDqQ72PbG/l/fMORi8Cg", "mt6Qi9SQgbZ8ZjAy24q/LLIq1zkoHrdopupdx3nrN2s", "cb0c4b3O+YA/HhjbXxXJ40yu8L18KLIoBFMMeTCLT+E", "kRHA8mTx0qY95CAQHLEPjOQG2uflxp1WvpTok9EGT78", "m2yeChDqICxvDsG4usY1Lyx5xTlbzHxPDhC8nvKZZjs", "o5njL0ZmSFpqRYHMqSNTSasxKGynKrBEgqDmVw/C6lM", "9E4jEuO2+hhxlQ+9jihaq9QObJukK/WqxG7lTmv/c9E", "igU6LDF+K1/K/Cyj7geANBm9tuMosRMRy2TrPFrn2U8", "69CeG0ldScfXzsUD3z1IO8vrOa95lXzoJNGMozB+seM", "cpython-{v}+{b}-aarch64-apple-darwin-freethreaded-install_only_stripped.tar.gz", "B+fZomQHYk6Sl+Nn5y300CWSnvQJdsyjuNibnpqNLGA", "cpython-{v}+{b}-x86_64-apple-darwin-freethreaded-install_only_stripped.tar.gz", "ewex0vSpzCW2O8sGVx85RccbMmRDacCep+H9eBbS6MU", "cpython-{v}+{b}-aarch64-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz", "2RH+VxMO7nmoMopDczDNkME+Gx/AWDYEfFEV05jIqYM", "cpython-{v}+{b}-aarch64-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz", "N2TaBiHefGr1V35vtWgXm8sexS+yZ74txEm5XOYqT9s", "cpython-{v}+{b}-armv7-unknown-linux-gnueabi-freethreaded-install_only_stripped.tar.gz", "R9D+QctxK41lLZzlEo6S838i7C47d3SsMxqLpIzfIx8", "cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-freethreaded-install_only_stripped.tar.gz", "8B9BCGPUIotG5qrCyfKyRl0OFFWLSwRaPD1t4BiVMBU", "cpython-{v}+{b}-ppc64le-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz", "6NjJNcs2E+dfD9XFxNZN+HC+PG09Tb7utNDACkJ+7+s", "cpython-{v}+{b}-riscv64-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz", "D1E0IB5MSJCnCSy7/KMgZyK/fs7qHeIFY23nwj88w7U", "cpython-{v}+{b}-s390x-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz", "w2+RPikVkqS4TSsgsLOeXpK0+fxNvV/G6RhkChkHfrg", "cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz", "c3QTvX98WJ7u2qzqEoC7O8cv2NvP4FV+EbKlrkz9Ps0", "cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz", "ilGYyzdScVLbinGDTb6B4BKrNQqao+H+2ghZVicLtlM", "cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz", "mgKm30B7C3/ibmUcJfUUK44Dhg76qVrLGj94HxQR17s", "cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz", "FhFn8KtVKMHY30Qz+/D8KpeXJfJ53Ek5oyVynaPgYuI", "cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz", "57J1+b1i1lsHWaMks0KeSar/achzFyYBH/mfJ+qB+5A", "cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz", "CUdyLxsPS9m2s088wv+0ycOUypNE6gKupDmLGHUX9lI", "cpython-{v}+{b}-x86_64-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz", "CBu4tTCspmdGv8XsW6AVCnWls6QEaj30+5+ws3i+URE", "cpython-{v}+{b}-x86_64-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz", "XzSgmKc2GDCbejNSGcwjTi+5qsINnc9K3oCKfcRfBFQ", "cpython-{v}+{b}-aarch64-pc-windows-msvc-freethreaded-install_only_stripped.tar.gz", "Nw+ATe++5kJegm0c8DkUfj2JwNFTNN5HB4iB5izpZUw", "cpython-{v}+{b}-i686-pc-windows-msvc-freethreaded-install_only_stripped.tar.gz", "V9ty0K6CTTxrHp49AQb+T33nMKrX8osNQzL6FYA1C/Y", "cpython-{v}+{b}-x86_64-pc-windows-msvc-freethreaded-install_only_stripped.tar.gz", "/EdcLwBBTMeYYCggQjQLt4cyXHmin17+GZVtKx9vCO8", "cpython-{v}+{b}-aarch64-apple-darwin-freethreaded+debug-full.tar.zst", "+Iqa90lm/GC73fuUMFPCVlTo40GsYBxEJoaqoJAM6kU", "cpython-{v}+{b}-x86_64-apple-darwin-freethreaded+debug-full.tar.zst", "vKujGF30O0k9qGwNNLJPdQmmowhDKxZ6dHCXWYekc6U", "cpython-{v}+{b}-aarch64-unknown-linux-gnu-freethreaded+debug-full.tar.zst", "RP0GadU3oXPZEejSFrY1c4gRtLSG60uaJFbpC3cPs9Y", "cpython-{v}+{b}-aarch64-unknown-linux-musl-freethreaded+debug-full.tar.zst", "etjjk+tJoJPVAJThNSl2b8fCJLWvqIzIncQZmuRXTQ8", "cpython-{v}+{b}-armv7-unknown-linux-gnueabi-freethreaded+debug-full.tar.zst", "UiQgpEGDX/T44O4U39uolQvApfSoaWo7jwG/Dk6b7Sc", "cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-freethreaded+debug-full.tar.zst", "2XLIaePhvtdcWsv3Yma8X7tcgnSkymtAE191MFNZjPw", "cpython-{v}+{b}-ppc64le-unknown-linux-gnu-freethreaded+debug-full.tar.zst", "bxX4Vm8ogJ6RWfDHVHJSRutWttUbKx+GU6iHNFdEiqc", "cpython-{v}+{b}-riscv64-unknown-linux-gnu-freethreaded+debug-full.tar.zst", "6e5yvnlhl+51iIjspgtJ2dy1xFPcd9TNEfaJIvx1+2w", "cpython-{v}+{b}-s390x-unknown-linux-gnu-freethreaded+debug-full.tar.zst", "tmszbI/31lAcIHXFwJzbrI1lZ+HVjquU2pXde8Vud+k", "cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-freethreaded+debug-full.tar.zst", "SeJrFyoT65oZ+GO4WMvyj/nq3NmXJ4apRwHsDLWW+aI", "cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-freethreaded+debug-full.tar.zst", "ykEIQ9IQHCog8BGBdR3Zfh7KiJ1if+mzG68N282tZrg", "cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-freethreaded+debug-full.tar.zst", "DXLCsKIjwRW69VHUD5HkhPoNFF3Zfgs3/+0CPXw6DQ4", "cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-freethreaded+debug-full.tar.zst", "NKMUNx5jM8ueiecpSaqSyy9NOjIWtMTzUZVLvaeLtt0", "cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-freethreaded+debug-full.tar.zst", "9jVLNUNepv4ISxaeyxhYklXG2c/2QqygokaGz2Z3COw", "cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-freethreaded+debug-full.tar.zst", "Hh2E1sNu4WISbmlkWpeXh6BZ8YhoWm7GpX3fI9vRzPw", "cpython-{v}+{b}-x86_64-unknown-linux-gnu-freethreaded+debug-full.tar.zst", "DR5weZjTBfGsv4UYRcpsGNA3hxV5V61b1nwDCn+fnE8", "cpython-{v}+{b}-x86_64-unknown-linux-musl-freethreaded+debug-full.tar.zst", "Q0WiI5JdOkQs8F4bIu/GkWPQJ3xq7kqNL8S/kDuJROk", "3.14.7", "QjcXxIW57ngiWQudlzwbX7LNoP5DRIq4Kj1E+CO9Mpw", "4IW0TiHZxgrNhmaAdH4fgoAM+aFjCjadoXI5dth76tE", "ht+xBrMD+moZkffaQs7T4RV293e+KZsxYuBmF7bSJUI", "G9ux1SZxILW6hTEzK+aVaTuklWfSjEDdZwVFtqJbcKc", "t69oK9dHcNfH0Wlr9+8gXURWQhN2057njgXY54OgwOY", "bJ0oiLvuDz0yrOuXAazXVEJc+1zs7MYDIoDkAY5DP68", "TGTiQzNKUZUK0USRfe285YtuCuBvqT+T1g/GsuXQ93c", "wjuBmDwD4YzJWzBI5lb5TTRJgla42C9ckvewP6EwA7Y", "BYA6lC3kGRN2ixFxThYELYbHx6cSStNQfXBmcbmMnbE", "LTpPXRn0qpf5eyJppIDitWc6zTVt1FKo7UldJCYMhLk", "vd2KkbrjlAuDwK7ku6tgqt6DI6MfiYuDqeukgVUgJZQ", "jffrMC07ge49NvD5tUi/ZX8UzvSYm/ICbFyZUInvyRM", "AXBlz0WjQbhQjx0ltxPhOmIR3lhvD6EI9Afo+bgEYqM", "K7yqrN/ARMPAMCq+LKB5QqvcuT28o6OpKywYYQKwhQw", "v+uZcZBejQIk39h3djRGSk6er4/j9DzhNEG93LazNuc", "zvugNERdKHVAjR/U1XAK5nMVY661Tcs5/YFkq1xFdTM", "2SeT58dfiODr/j9tyagLFXHih1N5OMU2sHxg+cI9Y2A", "d+hfX0QV3RFzouIv1C7h6tiRRTduD4Rsjoncz5MjoKo", "EyaAW33Y7yM/GMkWvD5S5iu98XmaAwxk6yO21DBuUsc", "ZJ4e6/dUpcp23f2oxJj/JcV0WZQIuKUraiwkJl/WMUw", "2ZB5eToRAKo1ez6MmNflRgOQty+XOmR77DmJLHhRIdg", "jZda1hWtjYj1ellGbpXQJyxtJhiAh83uR1HldxjvLYg", "SP+/Z1u4BjxGZCyBC9fHvmCkiF+dL1WfQ/4UCYXegLc", "zOU9liiEb8EdKm47B8sVwPVnNNlMQHK3zjvFAoGtyi4", "Uj2ApMRgFYriCGT07cXBY2Ut1+hv9r0Rv7iAPk8lLaY", "34JQFPs90JPUuMLJusxiQ149P/cQYliiI/qe/o45Un8", "Wv//C/pcPZx7f+ziPU5XExfBoIwzLTjgXkQtLs/B/1M", "QQo/Y9TzoIU1CI1GqxRVc96qS3xKjLBY3PNkJpjj3uU", "sQc35C0ya0ebBEQ8/NsO0aY7+wM37OqKsZvJQGA2GQA", "XnjcX/O42+x21TqvwkuIMDKyMZbKST65i1lW076u2Os", "XGwljBdhDF8ryW6TYubv5iTBjoRcXYe3HXix//abkkM", "thmHtUb2QjgWjIhaRnkyqDDTWcIKLFeYtJy3O08JWbY", "op5GB0T0i59s39I96PiexSSz5h66NzAK0cZiz5XVw9Y", "2gK+cMllGZayPJhEar0AjEyjUOg25Buu8mkirZK1Nsk", "D+maV5tADAJXz7WxkHyrGW2BaXYOKVdHTULmXJKYFKw", "bnK/Quw8WJM80zlcalEZ4aT0tCWeknZdWmlxQXSGyXM", "tzRPn0EZZKdZqy8tPMxrdUAyB+xeC/z5SJy+em0tHxA", "NnBdjOm9xAVVIGiAL+Rjgb8NcKqg3F7efJXFCH2Fd6c", "KXiYUqtiDf/bi1hKjJ58L/QXTp0vv2tbUtwf9e5c938", "6tlGm1aT0X6sW3uYgdRPohW83SGZZyauAcHBaLiFH1Y", "y1QXkhFcobRu5dtw9zXloKdXB1dd/5ExrS6y8uPOO5A", "/OXafPhpyIbg96BLXoK3FTdy9F0q8IHt3BA5fdt8nHc", "bYijdv1yORDsiviRvhDRtch1JhawrtMJMNsH+w6ojQc", "RtRdNnSyhynyfm4ukMrTHsnVdHoe0+m0oCsESjJ/6M4", "nLMiZqLoRFiDcAS4DsmZSBzbd50DQzWN5rXYSxbXMkA", "7Xyf65E4XDGoyk035xoW6eKgED4MxJkRtQ1C7YMOFFM", "rG7YUIujuFfu95dku7c7Tptrh0ryiIn9oyP+ptCqA90", "Yqbf3PDoMemNCCLqjUpBcxr44CJ05K+6i/FQjSDl1yA", "E6owqcyfxW6c46YHBT5eskBLHRYyJaqu3sqHPSo+PNw", "eytMX9luVg9lQdN07TNHJVfNKaJkwQ0imIhTFKttdgA", "HK0xV9wDO/GhdhKozN574q+4jkf2Rg9QTcGM+EeH9HE", "+wpD+kEwAd2NnHYWJny/mESewkAD4xjb5+IyCg0XMDc", "MBozJvJ5yn2X1TH8j1C8J8lKW4DEjp9f/MdJm922CuE", "NDtHr1XkOlv2ojzo05bI5zdJwAkRZhyeMzBx4c59VUk", "HWH5auzZ5GfPb6pHlkQtLMLc+AVqqqlBXfIqZ/34nLo", "ZkIG9f/xJpwZ92wJtoLajB3pjW4T4sv9ib8wigQPxU8", "uuxQmMSVq3Y+I2fIwM7fn0UXsu7uQQN0UpkoAeWVJd4", "qUjZKuL72OZ9WLXoMR/k/Vk25GRn84Nm4fM10B905yI", "GFS2Eei8IJeLI5VgfjjqB2flPv73W80wmrtnTnP0dX8", "V+Bkwv7j29WCGIKbFD+9+hY0QrECMBu8TrgP4bv4sAg", "jCZvRWdW0pxxiheXtVWxYAwKwOQyyX9jyE7V6R37vuk", "+1QejeK8foQWuHAY8W6hB7J4x8xgD6M9g1WFKzmToXQ", "xqKVRlA2St92FUL0smjTCc0X0WzCTf/1QMRr6eFH2hw", "34N51w3ybMd89r+4rMgzW57HAhhXBazoe25OnbTOsaQ", "Peum65j3Cw/30TKmsY/hVi4ELIKcBIBYasfcG9AplsE", "/YLEyTDj2vwGoFrtWEE0KikDJYijPUWcKXVbFnHD5b8", "lXkw+/uSlktxd+tWf7MI88UFOYXW4kP4dFQzAli1ZP4", "Q6sVby0jeXBde1UBrvXuhq1VtOLSeeVFy9xNAJjO4F8", "6M0HLdynfJLoSjt72hLs0Yf90cR/Jm44/Jhv8El/JZI", "bliMMXEnX347dhY1IQw/3g7sY/Iqu9JIuMSvoJkgM7U", "a/fBEPMZRhFiNP1cSTJeJad3f59w2wisMiCj7ffJT40", "3erlkT1YUxBH1UdvWlprIl/YDBeB7H/DfnfKrTS3lIY", "Rp2V/H9D62nhnsqnZqCXSfJRT7mSmPPUaMfOB/htqqc", "yA+WFEkZ/XEjgRMPazPwUkAbBa+qPfbL/XGfMxoWfm4", "3.15.0rc1", "rgHeiba6xQ5gxKnvOg0FRw0OXkuAE4zoXYYeTWO8OMY", "M+iqN+gtUsonRwklQNmJyx3rkK7wKFGTY3V31R7JPMk", "fLSS3DWL5mnZc5J+J0u8CXI1zAb728amarrXiyPt+OQ", "eQhTdp3/vF0rXXNlhduMPVBKYFELi+QZUWfF5MkRTYA", "BrEMRihEzU32AGWEfEXh/Idy4/8ePKDJuarT3Pql0eE", "SpbvJNXFYFxcDF9eWgev2lvLUPZL3loQbncsCGfqydM", "nqq0yeLQzNoyV5757Pk2hT3E4/nGdZ8lf5z+Kx89Dmo", "bZI+g1v3OCQgZljzOVDqNh48W898MvoBOedZ9ldFn4s", "ymWJSE6QA8CwKPjhZINzxQOGXUjLWhaO3YLXaq6mw6w", "Gy2MDLvNhqUO3AG4gzJVRO9kblvytj1QButlHv9HoHo", "0LTkXgoNTQdg4k4SWyXSzGAjyX5GTvnrZFlQr3ZIEY0", "Bdex6kmujgbkbY6iqa8mDyOD1d3Rz4xO8aXHERWUx7Y", "04mxBpuU4V9PIlUxmYJRyJlLd8c6s1kObNTDJhZ03SU", "OrFPV+bdUxDU2psneUh1Y9KsWyd5ZMuRvEm7aQtbggs", "hBYzEIS/OUFws3bH9q7LQkXhtCsQLyH77lQ+2Xg6aUs", "+5qycFW+l5wymPC17fWpldwIfPs2XeYns86qLCkvRzs", "TsW0ShEFqUzyxOXbtGPkvN7d/XsoHE6XhyevKjXWGoQ", "nlMNbIWrOiUr0r9RARB2dn/nnDEwhMMIGjxHn3v2UxI", "VHY/s98nsm+14O4kXDidpRBBoLFhR6JUHd2HevFpqoc", "y/lygo242e1G1WPmjuRwyQ/owT0ZcCtVbmC/P7zzkmw", "xgO4ThwKExcGRNqL9uJnxBcuJgKM6X5NoAF8f0foiy4", "wlEdALMNjwFwo7goJrBVsqC8woV6Aw9vLl8tF9fIOfs", "ycI3DaKbFwNH1+c5W7GNOvsEiByoaJQLcekseLbIXnw", "JJpVrLAxMzUONgF+mkkaby13UfmCP4YsPlDf44X7JaI", "eG0mcaWaMYzZh9XgeHx/UtyjA9+D5bORO4jRQKaLzrw", "ZojtBsF1ZdSx9vzwX0iQTcN9zMBXhG0nVhaRNvGINno", "zKanIAQfayL2V+Dml802iu+rLA51XhktYQJr9NyD6SU", "rfn/SeyqIVH20grICGljZYdTebAUTwtefQIgZJrkFNs", "UE19cTd6igFR4UVExL+acbTKiBSv3ctHzOl3Vsnaqa8", "LKP/YkYIa3iUKofyVqMWkDjr2jIq6fsbQrHxj/h48xc", "xtzmleAN/EnnIVGoXx1wS7GdOAdq+hqwUFO4LLx1Lw0", "QHzz3fXZDFTQoi30deKDj9xHH3nqUaTSdFyOw++QpcM", "VndF7lsqqmFxv2VnWp0C4AnUdQO6qKWPMN5Fwe9uPRI", "JZwvEYMEXDQf6wY6WQL9FtP1ohOI8sUC75sHoxjPsR4", "P2ZDF2EWgKvz5t/g6MXyau9GLlhwQeme2rgAq+CxBpY", "9rvbVpK7IVGYb6rFqGhAAVMSwTh3lg4rMyJjefxXaGw", "A1avgFSeisumYU/e1FgPB4lWgCA9FCookc9QUYKNxDs", "ci7DkKe/3S/vbi9hyxLQJyhbEieQ8ahxWRKTFXTuK0g", "UkhZZdDmSptNlSXzo+CKRcam3htP/nhK6KzL8r7QnJ4", "mGXl/X22cWlfNJNBJQnxVlUay1AOm2pEYERrZB0gVok", "yKgx3Ah+3EgWFh4PITwo3YPfYxXyBgMmzZHHA3uvA0U", "jaPXx0JWUinRvE7cF1rj71ZRf81hx/QUogE/cQbPAmw", "SKmLnGcsh6LI2xZchnWFLnT6Pf0ng2mNpASB2hyxBSI", "QNrpAUdzzsabfRi+dRJyBTLu6cfby1QZnUSb+7oGYg4", "TSVtbq1Uk2mD69KEShpO3pgXY9PaegOZQ0og1PwOQo8", "vMB4IaZNqgq7jZOjgvbvo5J4HCeANpiW48ivQQwzizI", "uDORoO9l2kUyy3j71/cIhSBESkloQiQTsrhjs0ll1G0", "ykKOn9+Y/Ps+l4r0nFAbZ8Kv0WybEYkoAJL52TtZpdE", "Hzv5HTqkJ7yO5dnwdkuhcGUV4Ux38KFf/J/gtJSxg9g", "GizzSbE5J2DkUknAGIDIo2d0BzZmeRvBTbRpD2Wm9DQ", "I7WpiX+4D+YOC9xzO5wWXZE2dVYNHBjwyQyqZPAeQPQ", "hAOZGw6Nh6JauM64QS6yC2y+pefwRIOitSUK5GsZAa0", "CAt1fKfjg2wSs35er1a8GWlQrKXpHwvYvBgcLTg/tL8", "qduBnEXx97ANyWu1e8avsUAo1en499shaHMpHgxcbyE", "wfpyLv4zOP1/xBfzR3Jy3SNQ7NgGXXNzPy4UiuMpcZY", "IQp2DfmET3t4BWR2OTcQyvkON71Tr8AXyOWhHkjn49I", "W2p9MeM+UYC4Zp8fwKju+3M9rmZfentABDrcaKI+qQs", "gZ8j6HjkMzCXuQp16OQ5r2Ntz7UlObZ5OL+jDgxa0W4", "GNV1m+Y+OodIlYb3sWBptMpkfvIxWgnq8s01zWD29Pk", "VxS9ZG/iTAkUCw2vl6Rfx2F2J4zPrfersyRnoYfLCtI", "gbsMFCW3b1aVokCGKlII+26nYtTgJiMh+qDwIdI8jpk", "yNIIGVaBqAlrUqD8NQNr4yvfKrB7Uc+lNwH9sf+up6w", "9NlkSxtoRjaPzeHHsW6AhcdBzLMEUNEa23/BsSib+Ks", "ypqz0g1gzx5vVzsApxLuV3fxqvN3XOyEfU5w1LyMjZE", "ZbGJMDLwBDuE/4wpVCy4gO99CfqTEHZWRue+RoXxFvc", "pqKrLFzRhtFdA3EgGQa7BUvSnCcqXVikVLEm5qrqe8A", "4yRoBzqsCMNg/OWuKs2tRfL57A5PWvsikmSd/81cg4o", "vyNuFyhHuAqzE+0TWI8j/2gu3UnJjnv6D/Q4TQ1Zp7U", "xrJAYeWgaYpFGDncrlX9ldnMOTxl9OHLfaK/HmGijQw", "zRHNsnp0OPnOqYKrAWd1gFmj61k78osipv2gUTvqA8c", "zZ0UgEyaAbTjVxbzKArl3oRG6l7LsxvNeuoDXNoZetQ", "Rns81LFZadQTa6zKPpj06LQmWgJAOovV+j6jrOSzqpE", "vpnEHyvIMIGbDDapjKMqebFEpN5XjMMXsAfn6ZTfFv0", "ddDNzslw8e52nwHOTWgmf2mojylPMmB/Y9MNjhqCTlI", "3.10.20", "20260807", "qSzjnIsbcdHolG9b/A0WvLEBHhRNdhjZhGiLE261muI", "NmVh3xQivri+hLf/+vQz6cEuXSY33S5LdR4fhzaHIH8", "TMeD/djBvfJHv8DNWqpFe1HYgfSn1DPz9nRUT5rdQCw", "M4K39+mFSeXrEbSCvnWHvZLp39bu9XE3wEU6rw+Z1hU", "SH013GalACkYiLu0HA7JKq3kiOi4yllat1wwMlGl+9Y", "DmnHPs/WanJ3SoueqRsqyYMf09n26ASCSUwVdmOVniM", "/A5jJFZKD5FlKgFuysYZTytr6KTnqBygcbT2BCB7C+4", "Za7szDS73ImyO9jQRwr22lGRO46vDG4tCxDNVwyHI8A", "+WbORtv4Y0LO3MvOGEXYQt891cWEpj2g6yCEH6FdeF4", "i35ZGJgamj35ezywx80dVGqEhs4/N9U6Wf6sXBBoGi0", "18xEYpOsHwbcoE/E2YR3Ld75t8+yUuTsfG0ySHFZofU", "QG/MhTPzNrhpeguNA4TPDUEs1ZUY36dgD86aMwx0qP8", "fLRZnoGM1+CCC2jIBuhhyyzcQtfqFUP7WD7sVoG4W54", "PuHWrvGYUcfdNSizyQKvQAHeJRhioCJHb6tEVrq/1sY", "n/4HI388FsW1+sdOwNZ6m00WzUVCbDCWQm/9mJ1mAAk", "ITrYMaWAwYaAT5HEHNZxL4rIzXZa16UXFhwJYGpItYg", "T3ouH3KfEQhaikQ+wiZfz6VnvaugVxUFGC27a8lSmmc", "I+pCydRmpsuzRVA7noC3AQODnkVdtRimngvEIoqy+1o", "UzkdnmQByPkbl6q22vSSALzgtutB3MFhUDHmXp24vWM", "lfomRQ03eJjbHcxqx7nfcgV1SrdrTIHU1c13oCiR8hw", "Bcmmrps1SIV87B5YcAEDstZ+Lte2xduXWSdVi8X9YtE", "JesmIbOLhzBSvAoCI4/8KQgKMEltGXGHz1wd9avhmog", "BBNQHhuX9azEujXQWpVi/3glsIaAc+7/tvWerAmAFxk", "gCqKLp0eDDPDx7aFhK53xve8dog8gH2+G2TP7nzSaXM", "bo3ZpI+lNTcNnIJx1n7QhnSV6fzp2qMilA3uThpXuMc", "hoeFLo2CEF7YTkhk2UQmEa83+ptdxsE8MHW1VF4s0gg", "4k5+7husuVHrLyp5b2rHyy/dfJJBAcfuuSCjgoyQBCc", "IoxE6csoHXma2IWBf/pHCjLFHhVpfL0nX5uXREn31iw", "cTy0cwqgrmNA5ns3AL/42awl2jirc+SeGNLwLSnJLiA", "dt0vIFh0St//OlxkD/9Q4m+akEiKf2xPoxm1lDZpm8k", "obFv2eJ6Mp55KMPmw2AS8j9ZxiuavuLhd7JMRBWBrzU", "CQkon0zFc0dpj23BHVL1fne6QNZNVfL909m1UcAHu38", "0t5CW13+XP8bxDj9lhTseaqbDx84pxwQHYUs5oAWY1Q", "1HQOrrRWmmtvD7l68K9XdZbf8i0NahOPEWyxkxbIxFQ", "rwDzIvoBYvO4yqZAl4z7mFUZ4154LdAcXjx/yepLvhc", "L8IarUU5bAWziex7zaIAld06Latele4qtJ+De6cBoDc", "3.11.15", "drJ+FaW+lTm4MPxpjiZG0AG4SmZQDutSKM7kaQnW8s8", "xMBuHyzknrqBWa5D/j32p0HZO4JqO6axFK00pOOT2sg", "IpDzqRFe4s0JKKf8Hz+RgUJwX7o++gTcZP/m5brjJF8", "UmuqQ2AmJH/jtToGdzP8cLtKELZ40dT8Sw+qj6MxqSQ", "MDm8Md9v3HJ5fIwgYsc4CTsvLQJuqtizt24J/Abosw4", "3qGfOmtVPfZHS+1tjILyEjDrxSBuZwudgkm0tSQqBi4", "y0oBrnEz2abdELF16zwzgpfVqnIPtPf1xW5+y7Cj6Oo", "+6sO5gVsLnsv6oz8YphF0lVCW40MEcgSRmtaBm1csxM", "qgjKeWIgZifRdI37KUeGME3DbpIb8lIBDAsrlmHSWsc", "8xP97txKaAbVs08YKTbhy9q5NWYDCUicimEjT2pMOtk", "Xru5FDzGytZJTooSbPt386toZ/tKwHcWi52k2aTkRkg", "EcAxPvXPHjDIptUmlgs18ZzRVGCkxZ8o0YLA9A3lOvM", "Du/AGMUG9hZ8lPD30CzAM0JrxpFvkcW25Tdz3+japwU", "7JvsSOW1NLpjOYM/DsmnofXlpQ63WfsjY1MWXHKzTqM", "mWd5ti+rGcd4d0Z48AnRHoCGWuii/pgdVmk00Qq9uoQ", "ad+snQ8VoLkoGjhIbyEsv3ZCFgkijBhNwNNKBTPVe6Y", "LnqeQ7Y+bHhLo55cg6agb30tU0hps2AehRQtxUG2fR4", "bQdKB5XW6NsL7btVVJ4aCvpIvBz/oQYohmC9sv/UUzI", "+ex4taue1E6cPzVdPkxAuR49N2wy0yqihATOP0yA8WU", "6/0T8pC3n8DNh0ME6AlE2Bo2jtwsfNlJlKfVEEzAxrM", "FPNqOCJBk57BI6T4K70lPmCPAWWDIA1wN8TJjZvxmJQ", "edC0ADauHiUpA2H5LM1OHXKHSNZwchSCA+MwtrYYz0U", "pfoxyXOeH2wbn0SBDaJ/2FvtyehvDJeNTpzp4B0VoaE", "hTjriVcZOgZZMaVPbtCnSMdlR4hq5n8aqsFB5hBlpvY", "42sHRmyfHkOZkcHd7eiDg+s9i1a4U30Y0pmJNhuMbhg", "KVo8nXOo4T/I1ZDpJ7YaopbAViwAJUXr7EQOJXjpBAw", "uEXezpzRfMTaOVTTuJaBAdpsqvmFFgHFdiHuEBMQau0", "W3ptmZaGOJlBsEBz1maNbxDwQLe8773wJeYomFi1SH0", "8+ulO2ImDYiZ91cIhLk0v4QY3DQ321fxj0Ju3HsTACA", "Mj3CpiJlS3Rf3rVEQTImUXUDOHY6DmBZOfqy9hgNJ0g", "FPLBUA+Ao9HsEyGGqZrQVh93AVAqGYDaL8/ICOA/fxw", "00tbK4FoW0kxgXDgtCouBTbfsYsGUm0wP2sSyf3MqpM", "oXPSm+Q6tw7VW6qVdvPqw4ASP2vLEL8hEfYaH7Ug43c", "qKBn5keYKcXfW/4s792QznAvXgX3sHLOOiwvMgmn2r4", "x5H/ypwUTOwjD2OFQuaaLD+ftzYxhZzKEOI1rk6MfgE", "0epbdy3pLY5jlTS7Lg3NIwd4fD6phhF3SfMzV+1F0Jk", "P2qmFjVIOEWvaF5FK/OT4ynHpAhcQPuE10zxvRibQoA", "3.12.13", "JbqpfGWz8KqQ4hExtPnoCu+ImegUQAbbip0sGrnoB+M", "EnBT8XNvch45HdtG8HWF0FdW4Vu411fTu8BRlziZi6E", "EecTrh+Wk4WQenZTPMVU9rLj8ahIlgCfkcP8hxA0oXA", "DJFktvSrB2i7zfhGg6q9aA6NdfqDR8bOz9xdrYF//Qg", "5uRy2yiQKIsB/+pb5vpMg/mXl79hFqwrnJ9Tu5YvNo0", "HJK9E3bTRlvEjW6E0KybgUxNrCgdOt3IVHlInWwpous", "6gmltFibOjVcne+sRdE2udkyrwUnkJ+FfsQ2LYiGqco", "SWmSgiyhpSu2Cu/pLTuW9l5oAbrz12Rn4L/Lg8gSIgY", "VVTs1gX8kh4El+ZsqKegCqOsR+ljNZS9brY40Db6K60", "qK6EpddGuoXKL2sy83eoqQ6U1dYPEvwyVfBGGICac4I", "6Jzz8yO647eo7EBczswJARKEEJY28tCqtiBTP7+kU/s", "FACzVpD/jcSccjUYimxxe6YYDXqeNXawgrPP3pNCB98", "6RHYYtPpgUTxtfVeOSpLZ/m6KZeq3g5mlpIX55yQhME", "/EeLf0var3jVF5t9jy4HqYdxa9Cs0ilJSXspLadtdYA", "yPHZqWv7UKctaGefVx9NcqwtKpOB8POLPQjbx3WzzGc", "UGGRvj7nvRkKiDTc3Bs7xwqrUGCN7MxxGTWqAHI5yr0", "2+Hph3WEaxUD4BNTU7vUfFHwKw/D3Pgi6oI4aSGvH70", "B70bI7kZPneKfdsDH13DsSpz1HmQBkEm2XtG/E9kxA8", "kmjmKN11zajk+xfmcba6OA+zyWAHolRPGneqBj+NIz8", "GLzGWxeSGAa3LNyIvPAAv2eiyZqPw4H+FinyubpWhY0", "2PRBGNPlCUBdwtJdLl81iLkCOyV5LFiIdtsKAdvOkgM", "h+9qB3t6QH6TZH6jofUa9jZLKa6pQ4oTjQtQjVtrH6o", "RrPglKMk8OeXhiAxpp9C7/uU5sAnS/zA3Y+WKc6o8Sc", "VJClAtdAR4OCJLFYRkacgVZb6kL6y9ZXKfBIRjyNGVM", "FAq5m86jeDu+dJO6xU+zJn5+ioDljVhh31j+PMLHU+U", "AFlPnZP7csiIgIgWEX54ivUGIzkS7dthxYchWS8ajGs", "5/lVgiPnaCxSa9BHyXQVgwq9+y9kuuXVQSrerazm2TA", "s2a0x6uGo9Dw1yOxQSCNMJbNnCewDrBDpSdEJ9x+DsU", "DKu06ebDtYb8fqNewhC5Q0RlxHSq5pQ0k1gWyZIO/E8", "KlaoLh39Tk0/5PLsbZ7FwAMc/uG7gjpw/fBt98ITnXo", "tJm8WouJNtezdIqaFtPm8kPlO5t0Dev7BJfN3s5sn5s", "kzJOP3HCFUe/7NWCa5GErzDmBVV/rl+jn1lVQwsKNR8", "pNuAYZfynqf23IkQ5+mww/VPrdbqkB9fDjsuUEHptbM", "3nb2o6xVqpq8E4MZQVCbmGwHevQAIqDJJ6ntvJ6vqlg", "p6y5jCMvSbd9B5Ils7oKjKzZdOPSy5wr4VZP/+grKRQ", "T4fqFvrTyocaqOZ1HlDrzChk2RD7nDpKNnaT28EetiA", "ax0ylXH+ZUDcC1UTDNBcnbO8tn0xMIAXZkbsvmzjteM", "3.13.14", "20260805", "8OY0ZU4da1XPgUGetinK949QI00B7eMY945QkbraYIU", "/804K1Tv/yh8C5rjSzu26VazywWJn4nKo22DyhHAL18", "8c2nFvVZWpfnn3YPgdpxUOT2tK6dxJlotM5dbWS7oFg", "lgc4695Tq+zrVFK3HCIX1QRSAj47ryQ53FcpDQeTBjc", "jcBh5zzNTKPhzMrTyM5lUan1SSvyPF8+hygudANXRvU", "3K+8W0NldhJSQ+kUAimoOeG/4EBEIlG54uOMHx75yhA", "6sMLhpHGKFk20Sr9n4Kw+yPmWbMmzl2I4xM+7LtC3eI", "8kNqcYxRlYNNYLXfFUe+lDCQ2ReMfMm9PnkoWHMaEsc", "TXnm4y1CU1DeakdMj/kvmRQ1w2Ptwf4u+JxxXsAQvfw", "oKd4JxijMTzZtalFudMjq8KetsV33ZCYIOFfVHHw5Pg", "QFA+k3edJ0cxhFOMjovEQJ3EFOuULYAgykMgP5UZt9s", "PM7tnWdeqRiTn/FtRnruEIzkhHO1fhU0SXBDmb3NeV0", "bP9ei5zLcvOGJCqoRYRkvbAZ1uBqKj0LxQ7AOI/wwFo", "HND6ag3j0Kqn5boZ0Oj2tHkEwwO9D7gC7U6pzdXSn8c", "aLihhPx4cFfP1amST5O00gGWhcxxfVplYwCo2uUWFGM", "OegtBZJr3NIGcyAmvNh42fAOKIzSJ9kcH6vzebbqT6U", "xrd3Z7LJfOd8IUlpCTlrbgVrliILLNpF8sk7ZUN23ZM", "/DgGp55Wj01gH9N70EKusaN2VQ8kobrCap3AqCoe0I8", "mDXZIMO5XkR7hMkUgjv6evSy3CM5ZilDw4VVC+lwyCQ", "4N9t6lqip/b6sQ7hh6vPHaVU4evQqv5OQE/0pkf5IIE", "2xgfKK/z0r2v8e+PFIELU/MCMA+9FcCA5p75hhqek8Q", "GRQs/Kts6xqM+oE/gmKMEM845DBJpzlXIlfKOIzTFT4", "AveaB8jUqStQ0qVPOyu+KR3Yb9LuoBK6ZYUaNcwXl2U", "i9VZEJOJHD5DrAEkghkK11LeWSszrbdt6hN9namExCM", "Ix0DahePus7cTGIjnoNnnvdCx/HYj+ZzeKRCrjmRWsA", "yuhqlhL501ZnpSHBi7zY+wSnsxw2MODo0FI683ZP8jk", "6oGVXg8lGatmKERc1NTeWEChu9Opja1IUwb/UcM1Nvg", "hLnYx1DzoE7/b1YtfNLg9C6THYsklY+qDoS5nvVLomk", "NcnfS1Y29fk4s++CxM301vaYBQegmIFCsZi3I/yclfA", "zgVJG3qJlESpdcTVgRuGjJwKzOez7Me2SM60gM9mQqE", "mZ7/2P+7LHGLdUVboJKasP6rCyRSLfAzzHa1fbaj4S0", "ww4iVlQhc+UrqUJi8RGnNKE+ajc/abXQyXF9QhkA934", "F9sUXv/tcJhaPVH12yd3oT4P0pLZb9xHutGmCY3Tf38", "uZ4NQSRB/OC1KBYsxh+fvS7oriFIPvn60/SyeCqXbCQ", "1/uJ5yc9Pmhw0qtootBWAjyyV4AkHj8W8joNsLrci68", "RPBn796Co0obRZDLt3Iv6XcrQn4QTuEvTNTXaVRZeaE", "so8kOyY34+2lWplxKdxKde49ndPFjNAkAxokhYbSEJU", "p8ipBEngDNLv0Wr93ZmZUk40pTv4bjCo3pNiGP1JUbE", "vguF+/D+vRc0+WODqeklDscCVwJG6+T31zPYkPMR4xA", "034hMmpyXG0OnyXmQbRKBP85t+FQ3cF4boH4L55k9DQ", "8f3a+gOmQgI0sVE2SahZveuZWMeiejRNx7w8CDOqoWo", "2RCseo/9anMsR32p5y38XoBBBGetFO9zLtx2ISeP1mA", "af5WVhq+mDk9snj9R7BgkZqevHLBZjflfDh5R/OG4NA", "I8FbAZURN4xjJAw59nnHDySMM8VL2SLemyS1StvEx0k", "5An1K2l4dQAOHeyXoo3EzxmYQved9iZwibtDgtYBwts", "AKxE1nDy7Qfz4Ij6fq3n1OgTnNo/yX9U1DesRkW6rjg", "uClmowvcb7Ds0uMZgiboFoPXR7QB5TiNjYzBEVJUdBs", "aJdfkJvoqD4wgny9ceAcuOcr+aG8vPOscniQlXwRNUc", "L+FsI1N7BKv85KOCaWWNVBA5vlJ5ZDdBZ5MJv7zMrcY", "4Tj8bmb32Vw+zEj21Z404gF6hoOVrtaxe3lJwB7THeU", "hl2/a87Zz6+7engeZNul8HEWFnV2iDegrERl1bIPMWk", "WCRxYRFGt9AsShR1f3nBs7jWO5RE0lEBpxJHnQ5pmYA", "iTMfJhcpCOZ/6Xf8EzgjnlTNtRp0rK8+t+kNQ/M28e8", "86hFrzZecTCaP/0Xz881LzWab5NlV6mOH15kSKbMeFM", "LjsKN1zUL/MJlXmD2QylYgL6prlfaEvWVesPA75UIWc", "rtma8+6fiWgUbdZfdXoj5wsT/v4xCae6lKifLeoZZvc", "j2+yu5UQdgPW8BqZ6OZaS3qZm5PtM6kbtxx9RIuv1uw", "r7N++sl5TpdlMCx5LzSMD9nar2Cw3q8hoHKrH+YwOh4", "nQnz7jGaejsXMZUz0r85jrz3sYTxzLQsVz/UF46NMug", "mY85P71NvdZOzea7+lZGtuofDZtOSWhFk8xmm2zmmyM", "j9thCt0RUMuXQ6d6BAJFhQ7XQpKFGl+QraOFI3DtVdI", "zCueedPCL4gz3HRLwjTZjUAxHLchQwgGCK8AgfZMaJA", "EcScikITCHdbu/ia0wiJEmkvHb6Wws7re15ckwtB07s", "7nx1ZBIxMtxs1xkOIytXFol3reDj+urwQpgpi2aJEew", "FY6FyYegBgUz7CSGRHISEzQYJx2pmFWd7/jgIc938OM", "sarRLXUbPECRZy4jAu+4dMO1WTgbyYVUdrsqix5qnPs", "L5Am7yfeUKa+OQSQmZkcy7tbVy0CoWaJaWc2zGi+0iI", "vlj8bd5vRSmW+5aUtCDDHRtazbrIUbKTekVz2q2H1ws", "1uUaTJznit9s+9wwqVYH8ot6II9AA2rD10C8xD6dHfs", "p1JU81e2zbpPnanwdqiziE6HctwdYegL/nEdXOQxPa0", "OAMyAo/pdJZ2QzLAHjbmzNwC/+ljUe6jLcC4MuoHg3E", "luMhfb3zOlAhJnfkKotzrlMxLC3A/nMoSn1ZOy874Z4", "4AWJccZqlBnh462tW/DF/Q4p6T+vbgTn6I5OhJiw1ks", "KSiEYM2fondhHFfMKdwAZJqZVDyNS0NB38xsZbNxLk8", "3.14.6", "20260804", "4NTlBmrvMkjCLgigdUa/1e3qypBMkfrcKWvnIJmOwuw", "eN7UxPC2qTEkDwm9IGCFM7tA3XHB/5U8cmc1kHXKixY", "itHsUpzRcIJF6GYaRjJF/BR5xDy/1m5YsJVFbr93GAo", "hdu1N9xdZnntq/thzv3yUR0my4ZpZixFYyArCZDnm0o", "i3sbI/Xiz2Vt7HS4U+71DliF9/OuNHZFkons2j4IsaU", "Imqf8Me7K2NNQSDz2vsE0MbZnjPiwCTp2qu/Rwof/i4", "KgLx/wvQ5TRBRaakHSXIURMKF+ZZ6xHtFe55aiRM2CE", "Nx1T2tHUuWENhVAEMaM1llhnmfb3TF4glubkffJmvPE", "fQ0w+GYjF2KO9QbZ7L1YyC2cn8e3XIVG2Kl7b7wPqRY", "plgKUVkLONGFyemc6vErXRGsWG15E5tLInCH+z00YqM", "ofA2U5P7K0HP81UArFdZzpbXZWrb+6UtKPUdxCrrZQ4", "JqaV/BvVRtt3Mm9BUcXyr4IYlUFEO73i512oYnpXoVc", "Z08otWgpccaxMFgfm2kdRjWbO+vq197fVlSl4dFMDpg", "vKEW6Frq84moQlK0mFwXl/137pDWOGsE7xRnXXZN3m0", "7eTlHhYUVlgA5ALy8RgBSc4UXYoPDs97Btam59bOTqc", "upYIF+VCZCAhE12zMNh19BD04Uxkpi4q5frzaXraCLI", "y+293May3pkxABXmKd9nrrcy9iK78ljsXTEHV/hat6w", "nnQLL1rXPd5RZ9xLgDXOXuSqkBS6qelFydMcirFOpPI", "Bg2de/l9EF+jpFrlu5DCmlgeT5c6BY1RubPng6kvZWY", "raYToq8ywEz3xUcmJDxW128OWfX2HS8oNx07nY761WY", "Fiutxkt1P8TIlwohF7el9Ku4NDZCAxVxkA8WxbgkIo4", "dINqXE+V3k18uVVDf6U1uzGJDZbXTKmxWKqMThOCf1c", "ZCUFNF7ZhddiHCXCreUpcZ9JFrECIxauRohdPbk3qpo", "IpxXymu56SUBhb1OS/1XtuoLM1oZu7h7/Hlg0NWemSQ", "J2O+uYzB62xhHVSo22gPIQfB/R2fATl/I9jVYteRMjA", "dDYX7ZK3lLnpoybb4VzwKMIm0bjdUqhDLMbOuelUkJU", "Z244kmrCnuocY/3Mq67OXT4qeyphgXehRyzv5xehGyA", "EwPnQ6PisaNpgLgFp2PorsWs/t/0lubUwep8FnFITm4", "/bQpuCKHUIb9PBkL+oug8FzfPkcSNHDcBkt4Myoi/EY", "W/91LEwt7eapS48GqwE/vc2nTZPmCGp8Y3UGKGgqeDo", "fmdY+Ige3ADGGtmSx1wwFaWhqz7py1gnp2c7K6PWRRQ", "8lKOAq7dd/NJRYISNVL9WiCfmSdKcoXnwu7hTuucjNs", "3aEj+8gkSo+utdM0etpaVdDizNlbgBIq+Le0+uNGHd8", "dmq60vzbhc0oIx4Hcw2cIyJbt1bd3Q9vF1FcUW0SYr0", "s2WLIqhevIeEizaqHxCEY9dWAuWDQ7dlhSSYZZ1hIM0", "OLBM0F+yrSLLGr8FTGOBuUJekvoknoPeF8kD8btYO0c", "u9hCpL527U+zcL1ajxJitPk6VfoS+pQR32VQN/gbhGw", "zqSDTC+ro/0gw2hTfjVyos6Ydzw+Vu2WzOBCaUnf5/M", "vX1RiGzFhQpuXUAuHcDJLKP2bHvpaHpD0nVEEJQNXiU", "shuL+cKrEyLy1GzZKsxCqs0uMtN14KEWcZpi9TR7kCY", "TKNxgevd6jdI7RnhygROBR1XtLZsmQo1gUylcSXfUpg", "9E8hflNznzIRlLJhNucgH6xqfwf3p9NL9+3ZnOc+Gz8", "mJDt6VcFabutNax9Kiy2y6D3+sBAuJABvb9Pk6EysqM", "HVc8MJA/mWWT4q8D9JxxXsctoARZlGKtcpW46AOAiR8", "w38VhU0TshzRVjRWOwkHR5ype1uKzC4ejL7lX0kDN6A", "tsHDiJHq2GYQNc39VB1y19TUL8PBDdpnvl/izNTJYVM", "XPkbUeMDTGA4p2dnSaNNEd1qotnzofZcOZ5vcsKNEWs", "/elYMSXkIQYSgE8EcvqavFASOrvKy+hixG0iFnkQQjk", "I1tuYYesPdv9u6+xsiKJksE3efeskgbMZI3fDhIy6QE", "fJ9OCdyKquemcFvgAtbfceVB6Hizf+t9mHHqGsbusUU", "5N5DnFCYvAJEjcYd487AtjxoYWbVamtizdh5EbftIkM", "YRbQkTsfbzOG+vCrFBFLG2STqpBaJKjVpkxh/UipSZ0", "UAcWd9nY3SCc9OTghTu5VuYLBId9Dk19M/3jOMZPpK0", "+Z6HEeuMBq3LUGsoYIOb6Gq97jGrnadluq7g7233VPc", "Qte3WG7Ex1YNbF2q7O5uzNRvR1yJL54clp4EfPN2JtY", "IPEz92BM9TDEgBeWezyW8iCnUStoVOGpNHKtK3ixPys", "dQ5tfqMMGmc0YK1NVp2LLFS6eH3/j6XoZT0PqX4BCk8", "T2ScdfDpYWJHi+a9wuWmCC6PTMEL87ibr3F/8xhIWi8", "ayBfntZ91CC7UydqA2nag/jTJe6vALJLuYgsDBemePk", "XkZfsdslEjC7t6ngXcxzRndCTnB9Be1YXhSD6mTrsck", "Qbf1sWZFoFmJz7wMUW/a+sXGEGfSIPnmeKxXpaedLWQ", "lOnEx3xx1Ry7ysIB8ymTpsG2zhqcLSfLaG3QIqcaO3k", "XYfRIIfBobBmEdNpulTEPizNke8GIZr87avvHvJo68k", "a/3K+ekIG6FPTnvReYTyG2L/IBn4Hcp0ZWdu5wShApo", "PPOzggC1IjBfLeP3Hr/Ps/GB232ijH7CKUe/fiubH7I", "f9xLhG92WnIhKRloaDhmTlpRGszm5SPrWjDOsiHI2L0", "wRlUdmNWydHuN3vs2H/8mDO9yyEWdZiGVVjSdrD40s0", "fI5CV0a/YaTQ2lc6VCgwTB9/yJuJaBS9RUrBBzwI7v4", "0TpUao4LiYiljFKQRCQ1Be21+c41xt4dnq/ic1P4tOw", "UnA9emHMBHdtHu2zZFAvrmgwZBLdQOFsrGnlPukECVY", "+fRfcwVN37EmXSUUqadXtlSBEFolOtjhlV+qJNhoOps", "Nur7IoZ6oEFdbM7cF91G+TTrblNUhMcIvMDE7q+d9uQ", "dnI8I1uC/xLlkUn3PFXhQiMWhHtAoZfCb27uQdT6d+M", "Yt7y6GnhGIO1dPCdy2xOM35CbHJ6UXn/DrwqIMEnD0c", "3.15.0b4", "20260728", "njKWz6NnrttcClwW4SCiuzncOyPXEPXQ/vlRXdYbpO4", "DXoNBOwiyhrActx9yhvmUoWancT9wawSO4ndPVvQG90", "1OsX9ZiWp8bwbJG/xImAGhXWyrmiDvMmKOgD2yNznkA", "kVv1yF8HXCYsPJxQmtSoZ31lehafiyF1sgzVUmClj1Y", "wcOWUuRrLgCe4ne1Cw7mUCXzmO3lUKtK7gnA53fFNeo", "3Huw2Gxwtk8gdpoZUNb5VlCW0O1HLXGt0K3gB5uGuVc", "4bsrmQcmag4+2TuHryJNj/YxCWCXO9xhvhw3gKJ3tS0", "SL46NOEqVMMAPP31myyec3OOCqJ2wCESNAVC2ZCFXCg", "PDDr2Gtl47Ovn2V2rcLmRNTTljqGVdGkrTjGBW1JTGg", "6le31cZH71z0zfzFT2VI97MEP8eG7R/1PEW1kNVNakw", "s2gpHQkdYfYEsE4Xrjxs7cqDFMQkt3/AP+fw1ow9df8", "2RrRYigW0lnwdqqKUkkuqwUPhjcxI4glApAjVbmaQpE", "GpxftesbFbDVO8pCwNgtbO7uIAU51Tnqqd2TtSO9BdY", "stzqHISHx/waQAhikFulQlG9DuVijI9r4z3meOu88uU", "2DIpl3lS3UbxjSpol7Hdq4+5sQroNMyGSZst/9UmsFM", "gnN/YnKVdiHwu3h7MqHQEq9GRq3XsEwG5n4M6UAtSZg", "dEEsCZ53lzoP+uRTn413+25/QtN+7vsEB8XY9dcHSP8", "hYvMVpWh6707FlXSj0j51PsmCDmM1ocqmH8bhJi2bVA", "meqX6sASMsL3xd/S3EHkkjhOK7C3U3bae2om9pQAvt0", "MLcp6HiCggm47Xz5J4Z/waDWDWiAYh64gdm2J9C6ojE", "GKD9wxfGp1Jz+ozlytDmMCc7VLdtO9dUj6sclLzSfSQ", "6M35sn3umzC2kUTkkkGADogmQNzNa/WnT19FKPaN0o4", "yXxfIg5WYysdVIulxs62PMI9ZJPel1YnTVm6Itw7s0E", "dv8+F6m87YzWcLrND2EP20IGmQ/GE3Yn+yehcQsPQVE", "cGVeumZtFfV8Vc1QMcAvqZYG7+7AotOnI4WrYCcgxTo", "TxkJS+aVy813ibLy24EKHPZngsDfAan5NeT0432p5KU", "LVfGHkIQLCD+GHdB8K15WDrDX7zhBh0vrs0ionBWeEM", "NU7KoG3hVfHlKduWUE5yqkprK4YmHMBYkSgUoqkqtyo", "VntfQuuQFyRs09gGev3mEGDLkk6T+JikyOEUjis7Sk8", "BOIkr9KTKMc8YVLkg8ATrOyUzRHfLvyyuFp38qNrPu0", "5Ixtxwa5UcjsCPE4KFf2Otsbk6mn7qvUivN4IiyFOFQ", "K5NyNiYIvFJy9fnwcNn92Zvo/DBLsh3JuGjJDIeVonM", "ZsJgROB8S3lHUwb71Uw+BeQGgn3NcLOJSrJbmSxnCSY", "7DG45kalqrX1NKDFRycpDoh6k5iZjTyBXB2gHJazDEM", "v3JQLzErefMlXlOqS8mdYaL4pesP15Owv9F5SJZ5cuQ", "OaP+DTtQB32hFgvuce1TOfWhULfA2hC663+QBMv6/BQ", "y6OZPxV0B9QQuaD1In+mdVlBqhzBoaMNuo51Chj9XsY", "mRFxpSUWdyPaQhun7zcNrqo+WORf7SUPtR54YC9/79I", "1+580CrZWtOz3Ovo9AfQP/D6QlxwmoBe8v7WnoZOtMk", "61Yj6BK+RCuWKfw8hVPtGWvZ2sjByiqYzkthukfnc7I", "NcwG8uwSYxCfZvkq6SQcw1V0smZ98F0XGdLjYFRfhqM", "anKqsy0pB+hqaqOZOtj2xXrnk7eoGXqVSQ9X90Oh9Ag", "UISW852LT1INjp6ptiGQBGxk49j6aicGBPydiQFLnzs", "mS3yJVV3Nj23Pc6Vg5jy94d1g2BfjSxRmcSlLjLzMac", "r9UTgxE5M76ZgOEFkkiTUQn1a6jUZCMcF7xsB1ZJzaY", "eFyTbePY7Dh0tet2ycM5e4bZXy0emT/chIqObBXnQeM", "dKGbl9EiqsVP6IJ+57q4CjekTEE45/0UcrYWnIxszKA", "Ah4dcf9j4C6RWYQUIHlMftemnW3wBCSIQa0HQaRoIoc", "5vV2QCVFnbcEW65UyzFsuveOZQAxA7f9KBkuw2BN4WA", "CRH6QLhFsiGAecebEm74P7YVfZPios3qUcM8SASAtFs", "6i9F+F0WMu0Rg0rT8rbW8+dBgC1y+Tw1Wku0AJs/zNU", "KzTeMR0uETTiMFj4Sq8lG0QaZFgH0+T28VoIhajGc50", "qzOhXyD/Ujehp5KIqnAaf918JXv4cmc8q3b4czpLH7k", "oV3Pl9WRaUnndOnj3Irfb8YjEmQ6vJ9TvYJq6oo1pVU", "FTj+/7BfKA6qpzObHThi7aC8roWmAW7ieCm+06E2LBo", "0fZ+RkdQ8pC0O/OAbwrafwWTrjhbwSsz5OeDwkFG5ho", "KRlVdbCsuLhYEg7awI1nDUBx1a+g+5Roa9C2qoTXNps", "GDVJ0GqhOrISYLSh/xYE7f+RxPj1hxv9n+mSNeAVYdk", "y7ZdGlu6Vs/MnlhRzh3ALsyL3onx93BAHZdGiegv8sg", "yi42PRtxYaPsoaQ40LJgWHjyDSH+3pqAx2Zsetea6bo", "yBR1TjwxShJl21GdPElQcDoX2adVvlLl97fMBvxnwPI", "BjjO/1vnlVgx1oy+zUE272/HB1HBbJwMef6IpwxqOT4", "Z5vGsE8JimYlGs0rX5puSjsiyJozciU9P2R3wrN/3rw", "hSwb1SItMpN5g8CgXC1i73qQBG924VFhzmsYpkp7SOA", "eYoZEQeH0u64JVGG/fEBZhZ7ibdeldMjYS8tesZ2ZIw", "mcWx9OoBT4rGOsKb7zkwM8ECi3qEGSER5yH8BFY6918", "ylulO/MXHoT3knwXeOtUiMxmeTEopdiJOKQqRDOnwik", "r33BIZ7uLvKVLE6uB8VZSkRRl0V8XQq4FZWJlCeth0w", "S/cZYzZp7INRv1X+46f+fyw3khBV4RVWn38gNhcACy4", "iwGE6gZbL72tBCKNE1bF1fzlrLGdNqw52eGLg0zktHU", "o+Mt2sxTP5RbvRMqGiaBmeUleBt4mQUb/OBpfyrTDKw", "fGkpbZO7PkX/3bv19z70SpOPou3iq/AsdnOy/NANdzc", "V0uNJVxVNPB8DeQj42xaJ6qe7LItLcyYlrCCyQiFOzA", "TRV6/4A5KypoNEbBnBN+teW1n6zUCxfVK633+z80aGQ", "3.15.0b3", "20260623", "gmobb67/DKYlh8lTP6FO39LlBaPxSFwzvfGZpS6F3eE", "cgPFfA+c93Wxfgk+f7YYzu0bdRyFEeBzhXhMVr1nDj0", "agPb4P0Z6Jjct6QTSXifvTO/pUjxcHYbWlQ36ti6WBA", "OpK4+CCFhZJvUC+t19sfsja4sb/a+Mh+LenR2GQcYD4", "zyaDe+bYgg0PBH8AqAyU3tF5PlpTp0LcKiB56iKbIUU", "0wtYpHIPqZSGNDurwXqQkjTRYupcwcF89ePwOv5EobA", "Q+SVmiYAnE6NpQDUDheUYChLtxsHiseykR8IyrUH4lk", "ZIDG6dWIAZVZjisH0NzSRYX7rlilhfqZjwKuhjASVVw", "kUhjOZOt3D6vQmpnoxg2QrZz1FkpyTkBueCvnas5/vQ", "yhzs0LKMQpRJhdIspVUOc1HkoNTHS84sawO4A59DaqE", "Wh2yPzhOuVvkOELrPzc75BC7CH8VjDoV9YsvK+MgmjM", "pQijKm0z0hSFtucGkxlqkEMlNWuIY7zJNT8t8IzxjQQ", "KdPNKksx7NdLXFoy5eeodx7IiNFY4l/waxLn6beFZhw", "OW6Ax3aJKj6+LfY9DJRjBYhbgCpf/xgrcQniy66i6iU", "mOUKQHSAD1GNNSlSCBEZPQ0TxrTpN+USTlA/Q3A6HC0", "9ob5xf3HCFDN1IaWNeusdz3Iks23EmkGWWawMhmxeak", "GA2a5DZ44ivg2rhTqbL0YFfw+ULIbdRmv7l27bT35W8", "lqW8w73LSe/GRzMBTUGH2TD0qf5HKLzCY1O/f4F81zA", "N+97DlHuffc35CMDaaWL5nZYKasgE/NbalzMnafVc2Y", "yHnBIhN8gEDhEGNisxrl4gvT7Kr3KNLpmTMueJUekLA", "R+4RshL/C7miKXH70wHfAaLwHZKdVrfoxFXEGxkjm0M", "yOm2lS+dhAJ+y0uw4bXHbJGq4q9TKgAXU3ZV5xCMJXc", "a2JVAi0vke3xGmv5wJgijQxahjdFWcmET6YdBKcQRZ8", "4zaUtcKHypR0XUuVomJ+hCWW+HpSywSyjlj/ofLyIpE", "p3Zz1z8qgspZoU6MArKTANhnB1JOXbHMAfU2qDXQDOA", "VHrihiYnQSmfD/F7LXZ8cc68WePYY3APjFB7z9niams", "C4C3WxmgTwdmza2Mqnh6BjaRrKyMyl5jfq2PMbK7gLg", "p8dMOrL1z4TUah3FS+uzD3DvannCvSLyFmwK8Z9WDgM", "IZuk1vDoXCwF0ys3S2B4ZbkCVi/4O2GBA9z4a02LOcs", "dLEzG73TXewWbZ1jKdOkMc6/8FNCGKKE5gFCQqvAv9U", "W0ji/dMFqK8j6yJl7vdx4jdrUkHHqrxgPAfKZBWaDq4", "jmluDxhjVerxov99ofImH3VIzr9yuA9ahxR59ismWb0", "J+K/f1z4iqb6g7Ih2OPz5O9SNcktn+HudizCWY4rAQQ", "xQAIez+I1JmzvuAWAoFUtXkPCGP2iIZTAvcSuC7xfQM", "Hynx0wzKtg0pVmGszH9mK9O9XZTyeDsQqjwHyvwRKXI", "iTenicHP88JBXZ96LgEEqXV3MmvnCXPSIs9PjZpLkek", "KiafMDzyI1KaRH/tu/YeMm6F/75xvL8RdKksMlwQDeo", "CJpTqK9AwKO+dhleUux64zZo795zJrmGGhL8sdIju1Q", "8F99xQkBRzgeAZ4x7CvhNUPvJqXnTn5oUwwOqpfpwfM", "Q40xQt5hTD7SV4RcIePOE98GQqJlUJ/9g/gKlB1R1+Y", "LodzVPJYouCaCeIKlKL/qyvLbDalZhsFXpKxN9441xM", "/lj/4YpFxQqlL6UWZ9FGavsGYwiaHmJjGn7kj8rJ1pI", "ZKbMUMuy8j4GIm+kr56OAe0rmfY8OCkIFT/PaSycQr0", "IICNgsiewQg2sTPrYBtkCOK1o2kgiM5dFAaQmCM354I", "z+EoL535gfkEJglmdwWxcyGiY3wADMv9dgw+JjR0nFc", "t3pKpWoGcRlp0I/CrXIN37T7veXa1EmAuH7qOsSQqZ4", "ReLlzBw3xo6KJq9HQRNu0mW25Vqx4zKdxsGUsxwqNUs", "nl1fgWXtb1cb0q1QmZLtits0TE3PyjzwuyFCuwBIWsk", "oqIgjBDtsSgmJHm0MSamoVVvsNXWQvRCgW+paLAaRMk", "ogdWWMbszBdRIXdaehc8LBXSH8TnpODVe5/ER01u38U", "NiHsAxVcQ1kzRiB+qTGGQtoqb+Gu5lJ608lLkOvNnos", "LqiODa7DDtJEBmJ5IVOq00jD08C+hD9nZElV8iGR9C4", "Oiqs3pIhv/tfresK0oI+PHqn6omQzSN7RZxqPQyqrWE", "EPTmwQSQS4RWeNSjL6l3NogkTfBblow11jTgsZys8xs", "ZVpV8nySUoHqdUl1IQ+r4snP62+eJqXb7ncVwbtntSw", "/N5f/vEZx55bjelJHXX/IR/UjUB32ZuXXUQsTApmpTk", "A+m2WVMBl72jRadmEgNPzI3zahfmJI4LQZfBgNfbqos", "sSfgaYHraqRdMyo2rJT5ikjHY9U3rJbR3NdzyCeN45A", "/MnFNQ3wG6dYelos1b+FJ0sK7wDo093sN+ZpR757sFw", "5Xm/YENOOZcxYkI7iIQfFfALHYDVbK6oYCr+Xfh4BeA", "AREmcASn8aeVVKTv3Kuqb9zJv4PEcK/jHfr1epGMQNM", "EjiWFuKMhaPTzTv36GAwDyknCO/1WDu6jbpWwYXtPRk", "Xqlndg5iROTjOC8D6NGvMvgeeFYjEp0e3A4CY2EE8/s", "w5+9KxyFN2Sxlfxn/qbGMHLZPvFP8Wm+w0sjcmqTYe8", "eeuClYfhgjsb8yOvz6wT1xbOT4OYLUvbmb6Dm29fUe4", "9wCcAzNwdfw46/B9pOVKQjhRamaa4nbzjzxrljISamc", "CKkQUpYjd+FJ4yOjanQDvgRl2Ue32kU3JVWLT4NpiSU", "wjqeWtS37TRXRUb8RprlDuCQaw0vY/EkG9ve20z8+dw", "LSbp/FyZ8kJaSQ5QmHfShMwuo7+GdvPsWYw8Ffii6xU", "VwDo42hZAT4OsCgMmmgCrSNu6td2HCOOYus3Pxd0vCg", "UsSgFoLEG0ef4ovLBDxFLS7ib/zkwHUjLaW/exJcGwY", "xKrg+w9TnItPZWiHeIyGyEW2yrCfmb6S8FxtLjZ0Z7c", "8gSEc7RpUff13tbO63Z7MLU8bXieevwmnem5hMslGmw", "oJgW+kuGqAzBp5iIGJi2BJCB8yBnNQfyRUAO+QJGX/U", "3.15.0b2", "20260610", "3HkmqWbh+iWJcrnqwzmxm/e/6P+h5mMnZrJUt+NROVU", "NPdxEsHoscqQ+yhIWFpnIUL0HjnzRK1K9bXTcUqW4/M", "CXZvi1eYCh4ZtPPLlyqOhF0Xw4GTSOICCze1Ze5EtxM", "O+S5brrMgNzyQhNn8IxIvrqybBosnXnf/COAgRvz5ks", "2JBht+FUlQlVtGiD3bkIiBN/6c4trBbcI7pqV9NmIpQ", "9Coer38Hb4Q7c3wid0a4FGT/gMKJXtrDua0l/bBjoMY", "PG4+MosX+kIyTV9am3BaYS7U1cSAqzxuIIwceB/iiJs", "VIppPDsNtGWsqYGGfljAtDmJiojVD8e/BAo/Ti6T+U4", "uzBuYM3VfwLbLmpim7szFYPCoefAKIz9NYra02pXjl8", "Mp/VqMmv3J+hL1X5a2ffBTYtxTTq5gGvg5a4A3CpfO4", "Q5By36+t2REv99gcufwTZmtB9Onzb8c3khs2YpP01DE", "pRMxGKNZJgpyrAUVe2CHuNO45pLiKFDTMZk9vhkeRdw", "u9hM6CeGnVRA3o1vkFd4C3qfZSgV14V231x6FEDkttg", "V1rNMIrIB01aQRG5vU84Vi9Juf8Bwa3fGdwekcMmNTU", "ipiFl4tTafHJLXPJSNRwXmhwtK03YR4MvJ7sZi+9zyw", "P8UgsVq3DcuFsLfXglyXUxIc88YTksaN0MdOoVedm58", "c8k9SBBnl9XTayfwhgaLZDc7JItc416ltyUyMvSexM8", "aT+zKReutSNqcFO6ktFiPgFWeH2phieR0nwoVxRFWGA", "4ickoipOBdaRbdtX7k1HwSIyU/GAEaFauuPNXYKMqqQ", "FWwaDM45Ag38V6bMfB9DlO7cDNAf1HzzHjXUvrdvAoo", "/VMKnXWA+xB6W42WFASRBJP8QB5mxP1T2Yl+AqTKb9s", "GmvZcZ0AxVJvM9LYGnRA7sbtgWhOqHVele2A6e0vFxc", "z6PEYirogZWKM4DwcqPnlYfY5fjDCHH+AsTLOxL2tUE", "tfc6zEigQbXYvTTSa1bKgIM8aZz8ODUfSermxiUR/uc", "Q2lZyv4MXEF88oWMEkteU6hMVK7uW4pDOE3BdOEPu2I", "t3HyuKkmKmo4EtLRqmKxf/Dr2TzclIYDwDQB9MQhZog", "e+04MeDcsWBYxWqkETyEzhUX3kY5VCiaRo+8hyqmWfI", "Q9Tago5/S7Iz62rFv5tTQhyMQCsXjCrqd+5xC+mU77A", "3oBXTkwsIiAS8mSgkpGSCn4NA/BaTJ+nlEUuLLXbUgw", "w9Nw4spJcLlBegxwr+48FOfnRUc25o+KtdBhTys9OOg", "ScyzLNxzF+p4p0YnbNMlAptsyowZ+RTG4r7cS8GQiUs", "7qZKS1EYkXzGqfeKzJanZXYigbaHq8oOMHT0CID/kg4", "Aen1lnQT2SHp+/5fuF4TD7/nTP6eo/09q7b6GlLMbbk", "wSIN2566sZtLbhWvPIyz6lB3zvY+hyl35ZEsdON0Iks", "FWbFH8TzUGupQD1A9mSX1go9d0WFM2D0jJbPxuVFsFA", "0FolnfTdNvronsSrAAS9jeLHSeCwFMW+rpxJZDoBINQ", "z5nbkqeWCHYnqmAl78/PzxYxPj+LZ420j63g+P8VxuI", "J/4LU9izbRFp9zJumvBAPcMm6WWftRL4c53BwG563/A", "d0ewRd8qqbUA8vlk21SuIKQT/y5iFWsPoHHHzGJAtIw", "Zhb982EAHYNc6b5I4Og3MyiUsqera+0jPQRh5U/wjE0", "8FmpnQTA4G+5neEgckxiTTar22L93uEM/ltTWk0QwZc", "FGrgC4Tn0nh7q6iuenxBy6aKkVrDw4sf647z4OiGebY", "UHyq3aJQahnR1bc1DXFNMTNgQQHPRRTqKvnCkFkH2os", "0504I7wE3rt+jP5w01TOTF9Q6ec0KuLvdE4L7Y5frYE", "BEtbAnJTBzeY1RD2L+xSyLVK1Z7qPuXV1fayfVTvcfg", "I/29q4zZPThsEMKN9D/ZKkRiz+1MFDo2b7jLl8KKbAU", "BJp1bC/eFgGm2knyKmi0FaZqAO7YiYaRtZ2gmliTqrg", "MBINtT0XRr7UzCnL6k5jTMalLdrGgbboWGuX8YG6mvg", "/SkjMjeXdfE9WYbZSpnSr/zTZW5OQoZHfrdnsTk3TEc", "5tzRREyEqaC3Q4gNKUJUwybzH2g3qNbrZfldua3RsjY", "sLGJr3poFdpqsA9tlDHiBXjD4LS4jUjbeSQ4cEtCD6w", "UojEv8OCAIZb50A8trHSIWKRGAFpZ9t/E8qTuCUV0QE", "dNUAaDtexKA301AXcCSh3yxUtZjD988Ma6nxa6248k4", "PuPa4FdFJfCDsC+G3VMJmNYUHo069nJ5sGAwCNCjxD4", "2kiPs4FXfyH8kdlH7Cknvllg+OoayAhpF8F7pFPFG9E", "e8EYl83G2JHtKcFURZrt1K8wzP3q6w/CFppIXl42/Tk", "UzJAgA9PYK4KAeoZiUY1Z4zlAzuMV8FmQ+AyZisOEV0", "wnQ2ohbBB9i8BwQCJ2UhhhPIRqn067rPp0hEzVXSVj4", "OPJCyMWEKZ+Oou77AbYnV31WP5Mv7Z4kzcqu0y8RUek", "juljfQ+55BLHp/fOMom+N1rdoLQnAoHmg9yd7cpNZDk", "ORulPkdw8qO8y+BCohRoNljo9H3IABy1eV+7C4+p/3Y", "MbiIw5FUi1x2pwy4AL5wlcfdznkfQlMHDqNJqJgYvRs", "wPOrvsCdleOy/yx+Z/Zk4PgwsutYfLeVIj8pTEX1UEM", "pVWFpAKmMN55IwmN1NrWBgRWPvlR+wy7beA/V06w0BQ", "vfhJgnFVdvkPVkFGosy+UjfyY1BFzZTtm91a2qel/xs", "O9fJUgYIBZ3FtirDIw8gMTaUtdJbW9Qk4CGbWIqzWtE", "y1zgsifH+UP3MtXqdicfzluRfD5LN3SVPAGucYHqlfI", "zvgX1atRgt429lVeBr2HThQ5Kx2B2x9da7ZYZk9ZMAw", "nRCIJUkY9dsvIVP0GCdd7/koUSEbUo22lKT9cWlI5DA", "AqDF9vit70seHcG0kpU6wS5oN2WCbU7a73t6Y8o9L/g", "DxpXoIvzZ+SnZT6H7GbSN7bGVBAXsjxBYVVVTy5NzNg", "3CWsUO/x4IYGAaZO1z4JJke3wWJ5BHTqlGwGk703qho", "dRDEqZjy95PIKr4TKhiRezW1xqcJT0c77POP/t0W+q4", "BBeURQFJ4EAX15SMy4V92mBvnyeyW7D/zjhW3qso6aU", "3.13.13", "20260602", "uSlkfh6+JDvYtmxzHhArl9173MCBJ/A7eyKZesRmdAM", "kHYdSCcoUoCzjo2OzYPwi4OPA3MLiRxnFOWE+wpTOV0", "s5bDB0jEqiyjmQRk45e/BM3TKBpPBGSorRedr5bwgOI", "2dSLY72yj8FulBTPWvGDSeFnir1bV1T7Cznuq6q+mi8", "47i/+d7N5BTTnxNvVJdvlvQK72wYJkrdfVPOqEQpXHc", "JbdvEPEl1GA+K02Am95ndPtgV7KalPie43iH0KrzlIE", "ePuCy3KJeECBmdn4lkuaAuJ4XRwUghtAvRoH+xn9MmU", "BcvcCEXGX+Peo9Ufm9e6CXCuaYjE4EC4G/kIabkS0es", "urlsKjO1RaRZeojaSaG+PYHLb5wTGTrX3gSnCgS5l18", "G7QJwoIMzhV/iwh1MkQO5it4cAPk7ri6O50mNJU9wvM", "bPjrkEth84/ItqFwmZwUpn+GaKo3KopZwDIepE9Ozjw", "RiIs51/DY00TY4pvckEvukApvAipCE04nnTyIWfS8hE", "Txu9DGTTuPDUBDAmIT8xs5QC8Y3DK6GZrEugAs6zhiQ", "gEwYrksXxnCR3YiI/qsFJw+10MAmEZcLCe6n0NyfpTQ", "8LkYyQfIwd1RODVYI33wPEvykaD2BGZ4KdDgVJsdomM", "wknSuWr2kSw5EPI0uWqo0g0w6LDEbQWE+pVtencDbqk", "XZoFPSjJ0J7NUOcA34gWKwo0tkkw+aNbCaWMEFknUIo", "5qrRKmtTWVORtffvATgvWNMg7RRiSs7nXbrIS3GxEgo", "X5y8L0fE0elRyxSZ7gJhFsHN87+LcxOROCw9SqD+PLE", "dHh299l7Io+sz2gAIt5nWt5kFvPo44Pv60l2/SKhIvc", "J0hvRL/RGgl6fN0ogu0Pb0tYc1NRiKbmMVfEkXj8G0s", "lw2kUcf1BR0QWb9VyRDTc5Yas5a03HOQjaFjKV83oCA", "vqeF9bBq3A3/UymzWistLA7q/sj5VkRkotGIVY++nac", "RGh+8tnEBtDdOP1eWdSmMB0j0Frkvgw8qURcu5bYzM8", "izlwJrso6wKE2qYVzLxARcJ/sJJcpaIICsF/Xe3S6yc", "Eqjia/ta17MywW4qqPtt+OqHGrAv6DDh1M6etJ9ykWI", "PrcE4jx8YuUpB5mTFaLndC9btOmXvc05OuTg+lPWyes", "foGrI1xYYY6tmRpEp4/pLuMHx6CeVHXSddCkXwzcw9g", "v9bC45ayIDsrPvLetqtdkTCZmdjjiH4G3TRLuT+ZGdQ", "z8nrFuWZ+gwfICRYeXpL7sM2O1LjldSwSl714wufzE4", "cuXe2FAlVMdhxG4ws+teNiDf8D0XVdSd/1kZI249k7w", "sa4S6lSGRtKisIc7KBWlcFV2JkDvSgze0QoXs+mIdy8", "B8qAs15TlLnWTQmEOMPi9aKLVma9G1WUE4PASTh83+0", "sXoe8bnZKluNo1+3SYmPghpvQyvGI5GPfLZxk+6sXrI", "+nx9KqoK1tVC3P8sUGwTOwAciByue9JkrjHlqOUpT1E", "XjvYkXRxe++JDsP7LKyRcZE1LgF3MDHl31a1mYNX32Y", "CNL+oFRTYa6Uflbutu+GXAYNDyBPQORyTaNUaL4l5LU", "/HvYGzy/WYOzysWP3QKw8ziFeWUsS3xR9AIiDNjxWlc", "ykuYuyuK2nOLC6D5+7qoRGHrKRKVHqY5LqSV9TccqtU", "4o+luvOhJAjnXIxBxv7SiFKqZLbOxKeQfgTjn+F1ydI", "+LaZoTEWuLdpimAtSCgqZjCXq6JV2xyN3lujG9zD0NU", "f1CNGW3rM31BNNIOlgqIMEdF2rw2fmtaoXI+M5BcCyU", "/+7XRD5HiBKr0XFG919J0xaLsupwMHvwLvDtRUhmn4g", "3aj3xX0tC+ex0N3xnSX+QpbDWGRaHIO6qtSsxe5ExsM", "1FkXieSMNsl5+qhes+hHCkS7u9z/slgmHonSe4wleDM", "i0V53xUZNY8qSYTb3rmcokMYU3Jr2YeLcmu0erP0C70", "mc+RV+h7Ru7Dvs+fsj06pAxk28Jcp2DjeQ81Xowxmac", "9p1WPlcK9ur15sr9z8RxSBDi6+BpSA5tYeedEuA/YCk", "lsNBGrU0CkL1Wbs8vXJ9MG7XmmiDomWQy7BTFgxWLtA", "3Umt5tml3rWp566M2SR6kdZ2vwEPW9E/alrazA/Rv4g", "JNagt5oabyEKhJx/EYwPBy7yxC4cPpZuxyxqMomAfSA", "slf7iXDeUB2IIhGESWM4Ao9ZXCPyle2nqhBbpdlJT9E", "dVfW83CkLUIS9PAWFXi3gm9hg4oIFlhI7zisxLQ7Xqk", "qI+EG09GlA9Lj8WUbeTLZdOdzjcxAHOOrn/o7TeQsvw", "s79JRZi1TsTYELggrRKcGbg4eesSMTsSOq27sgnivNI", "p+23+1fZVnvMseK+wmEcMV4tDnshwXMi8MdYryywkAA", "/Lb1XayC1TftPDrUulSG6b+1IWU788XQNDCakadjZwE", "TwEN2nTsB6WsIattVsKgUFRUaJc0N+zCeCjs7vI3Ie8", "sZkhS7qdwSd8KPQLEsrWPcnXmpUtJbzd2gqfrEiLClU", "l/QKr1VDXDIBnrGkux1+N6ZP6E+MaoW2U0da7loN/Gk", "kNmLBhhRWzUVN2d62o2f4eYCYviaMMwnPrJffT0JEDg", "f6zdyzl34OBGM/qm+XAb4rYt7QWk1Am10Os8APMTG2U", "c7WdtRhb6S2p1QmJqJ7MKT17BU0ALEvm5nrKGAjHQlo", "+gZlnZizvj52MZm+SoTxnbAoE5T6khxNxyz6UgNejTE", "mRadbP4RXkv8gXkUVKBMdnzSD59jCXQP2cKnSqUqpqs", "3OGN2HcpbknsuRm3LjeMh2jJwTr5SOLU0CFZA5YBc8k", "8gbpKi4CE6NId7xRDRZm579IGPAju26ihg2RtN4pBMQ", "M+c3ujQk7a0D9UgUnp3dMLGSU13myztr4JouyffBv/I", "gpU4nRMBuTIeuimDNdU/GhCOSntm/JS6JTRf9ao2MFg", "S42MjQqjY3QuQ93D1rtzKKM3ye8DRoE+CnpjNO9BE6o", "nBlvP+5PYMRLZT6JzNzgstu/jR4qr4q+Sge4szMM1iY", "TAx8gFoz+reMmpGfX7KOvJW00qALYvbsXzo118Kt6LQ", "6AgaenQ6DtVAQCMkckUmQyDpOO3fc3Yeb5n6zzADdHo", "fAK1RVjXErceXOc2AYFEmsp2MDS1503Eq9wRTv52rtE", "3.14.5", "OgNzzDn+/UlHVO9VUmfyRccgzduqq/Y6fJpCafHlZTI", "1E/27DAcq8kesMdWsZSLKFefsH/ro2qvGZDlNWSdXqY", "HT6hs82bjz1Tr7Yp6C6byPbatsuxp9I1JL2GulvCJXA", "I9/WmRfxxpO3zoV/AUpy2lRsgTLCd7tqyY/b4SM04iE", "pNR9/GAumUzbDqAE3whn7h2SollbRc2nA1cjhrtthSs", "isEYVXIC8LSIXJJm7qVya+bpASYa5au7NzPcAFpmjLk", "eZK/5FGvH4n276G8n70BfCC2BVGQrITT4xw+ERinzvQ", "v5HDtoy0VYlbQCRaTccvUJNS6jkBe+9WFi54isbq9XY", "Mhvtvll7VUyBg53FIegZxQuy/IS8N3YuJvxQOzw/AI4", "qwNCzclOHP0JnAPuN0m76Rb09fYkB0Y3L94ZgQTzrlo", "Q9IHnQ8Qoe7CWib9knr3KyaZoYM8FBgQQZvrnlYXvkQ", "1JYD84wosZV3kt3bAEyBhA/W3uo1DttDjNwJsgPb4H0", "/NYfNPSSxs12OvlFpAFOwRmkUY+j/cMDRJJkYoyA0kE", "DVJ3y450uuKTonGjrBs5Qz48+D+nCat5GCQjAL7j2KQ", "6hXX/5dJkxeSyq2zj3ezS89td48iEvEbEdmMVHuiRSg", "mCpg/H8Ru+QFq1SvzU6xRfETR5e7v/rJ9cSd9OyYsT4", "CfuXsg3w7ZM205RoAHYZs0WEicM/pBZrQxVVh7OC+Eo", "XvrUif001OnB+cZexDvRdk2aj1CT1t7kTpsfO1AGBrs", "S2KFCejwb28kTqVE1uWlAFQKzZCA+U4liqRvgtDuXVo", "ZrBlFD5TjAfwafdk2DHY/66VUHkH1MohEwTm86BWQ1w", "Lg0f9GwuL5CA790gHrAvrzoxnEEdCRvUQc5UC3TVvQw", "NJO/avnrcMOuxIm/33hQzfUSYmdo91921tM9gSpgq24", "LQbtzMVPd2wpBLv2hn+CyWQKyTLWPiCaaYifkCsK8eM", "i+EgHAjiI3kfE0f+vwbvebafZJDmTfXIk8g9vetGV7s", "U7sI/9rYmEzzqkv7xnxW+6Mekrv8OSKVsqpowIERY58", "2JgnSeLL6MTRRwQIUhLQIVoNk0jYbSQ/nrZc0QdlrlM", "iJCwv9ua/AOU9t0Gkj7/vn5FJn4x3j2fSbpqyPCRE4A", "Dl/3fYXm5MnGdx9FSjtyJni3RCUt+hGgvn1OSf5IhXM", "sZ/4Ia5hBfMPorIcFMS1i4pRH3u8EEzgAp5/BNzC0AI", "fHzr+jpSVB8+Uw8F7SFNevRpvlTMaPYAosvQrU7ooDQ", "RhvpETYWk8AZjT9K8RnYpUd/7eeWYxmLdB02iqlnqI8", "2EZ205YDlFZjBUUWA5gPOGOOvl9h9cnPsUUujCjaAXo", "VAq6EKTMBChRX7MzdBbQnr2RUk6OgcJI954KvpFreQ4", "iILWJ5Lvgdwl+wBB3hiE05seRzUuw4H00KEaez081Ow", "adCjwEcoI2zf8imDzPFaW3HRnbx/7xhDd6WAqkc5dyw", "nlo7D1uHNiYvOmEel6h0gQ8D7002hxyMSxLciVgUBZs", "yocCTtZ1FtUso5dCUOk19n7tRkejs4+i+kSrXo8247I", "8P1Zf1KzcKmGEcSyllw8rqjcPZ/z+nWsc39aX4C9EYI", "FZ1z/603PitG5ei7uSIDarCIYEBYEGNp+6GaVveDtWA", "2IQP3y6r9BLoyxfNaszJSgfNSzRUJMQrbf2GeUMoQus", "HYs8j7+U0MbxthtJutBzWNQTYENiLvDrp64Gamn2UX8", "JYuSin5dl2IzNCIwxkhkRetiVBGlHDVG9ZgCa9JHzbM", "saB/uqm9ts8b4IMY74zMlOgtij3719CTkbkmBkUTgUs", "rmVsJnULzwbBtlSeCKeqkrSIwQS4VQ+foxBzVxzG7+A", "Tc/d/wjgSmA8SQHfDo8oUoTnpMtl+djNbreTTsjpVOM", "1oljY9DIbvZKTHvWbp1Mmv2LHXKQh9K8PIH2c98VHuo", "b3BeyHoX9zhl59iXERQuOIvpv8rzAVIOrvqWt1ZlZ98", "XAt1CN/cgsCTEhOL5woawWJkTjROJp3W74lgNStzpSw", "Rta9/Iz3Wp21tz3HQgjc0a2JQBXETWKo67rMY0Kqr6k", "vUBmq/74daMjmoyBfdfDCKDVPTrIafW+VyFVcXW2mjM", "IOirffbdHGKgZpoRPPp2QVFqS5z+7DmFsKWYyrOlNeo", "Scm8xbWqo3rXM/mYG3BENAvLrDAiWaDaABtg3raKh/U", "AEWdVBqWyWDUm50vxd9iQuUhyLkuuiOURRVx62E8xmw", "K5H4gDvoBRGBA4VIXMG8SSqUrWQooh7t11tH8ptRcO8", "ZBGSr5VhEdTjSDxVwnMl1ujMVUsVxW8Mwh8puPDkzwk", "smdpCxnaISoIylEOkJJXshQzxwleFawqaoKwNPmHoQo", "uKWOcwz4fg2KALj8r7QD50GodlUHKV/Ub9wBiwHgfNY", "vd8KjG+ivI4LYF3n9g0vuvL9oPC2Nz97vVVEqrALctw", "sPeXsuTGRekf+Rw+bMDKTsnMG8eo/W0av2kqvA7QXTs", "QQlF64OknQlvTMW/eK37W9OH6DKMDOOD/33tZq8/yo8", "vVwwx01Hai7npkX1UtpjH1n53XoQQOW6TaP/Yich780", "D1zBWTes8Q9kgjVZCW+do5F/FOOca2P61+McX7hxEkI", "V5IhRbpcmQWhuKbJ3dT5kN8aPKYxQIvZH/ydVsbTBng", "Wd39x1zrFoRARdDFrD1JdL1zz94pKGEFg9UtvuLoftk", "e7yP1qIaQAnk9HWTtPdimmVFIUDSJ8Y1AAxhm/9sT1U", "LdLNlVPmLY+GUxJX7pceAmLVQXtFsPCcRozXY5WaJ0k", "IxtSkjdS7v2kUI6r/Yjkok5DdB+wM3HnPnFUyjECZiw", "bqYMl6QxuWqm8XpAPFO6aKf6iPcotqszVVyPmaFGEVQ", "41AwOyS68mvZ2T++/KFsKk+FaUkyhADo59PuUUX9lX8", "HUFvpCKKoxw7j6hnj+8z2BK5/zhku0jDJwg6mXBzg9A", "zdCYlIm96AfgWDWnUe9rN1JJzSU6/sCQTUa7Rg54EkQ", "Py1dF6BHls/oJH+fY3L8en3/CQ+BL0OWrPjZjr5RBhc", "uE0jJArZjyaCS3brDsV3kmMbw+cNlPn/YBtw4bo8JWo", "jeq6LDFHtZruolfYbiox4lxy8fWqw4FZWhFt5w83Ais", "3.15.0b1", "20260510", "UFMwaCJhtVLcsTxkjdhHqmSd2SoOFMeCm/3MpsCH01I", "Izyw3NqRQEhHIFd20qmwsT0PfXec5oP+QPkdGPcfTQU", "h0Zn13XavKIxVdTfmnw6f8tU8BaGGQiZ2HRKB7v0MkA", "1uc87/RtbhLgMafPdQXTVrYfHuU47o/w8/sXmImFl9U", "OV1rhmNO5OteU6z6jdSpm3eAfBb+aBoy0BZwpHRYJIU", "lEtnh1Kj+hhlK/5OJeI8rl5Bl47800TDnD2MG9IBH+Y", "Tq35XtogT4wMhCG2c2C5t3rXaGeP6jOxbaUMyaPipbw", "SJL402Ta2mu5WjAJI/p/nB3yyZaERhLSwHrcoAKjAiU", "jys5z7EEWmHGe4fwN2eeRwym0lM7rWD3pTOorZUL3tM", "31qdS2ZMNi9vR1qb+q+tIHTecqGoowkPHvg2QQimAIM", "4h5pKoegzxBw58mna5tQkYyhMsso9lS98aJLOcRgvGU", "mGULiCcadwZejGsutE94ckKZ94kme9uv43ViNKvLOqM", "B0/EEr6ocPak7KkJ31162xFe79hIjhS2ZwvUgTp1mKE", "c1Ok3U3FzSiiMe1kk1Or7N8Sfe1BgFNSj4VoFtFVGUE", "FnupdQ+BuZrmz0469Q749kZuIqW8zCclzodYbp+Nf6M", "Q9zc9Sznr38mmGfEZdjmCglpF0kjFvZN/xWqW2sOGFs", "WufQlLe015wh8IJexlqvbZbbhdIYeVSGn+PhluotSpY", "eUezcmQO9p/913kfHKfAUyv0j5LXv7IjgXWKQ1dmfNY", "VdDLJaP29jrhs+Vd/gzcoWVYz3VwPvnOAXzzjC9EWnE", "wshArJDuCRT8sWvAsCBhQzq3UuzFpHMu5bRYHwivl4g", "L/RNyBDE0Zz4Z+8mkEo3Te7U3ovKIZbxP3Aj4SQjGws", "5eSquX0lJZGaRL4ZPf2t4gLSogkE1JLeljJbJrI8B6s", "H604Y+CussyvO6OUNu6sHwQxY+4DcMllrPjbQaZYpGw", "tl2kxKYXKH7ULHiSzhP7+aLiZMne1av9meWa4gMEUAs", "n4YKPZ3MkHNEnSyXDAoyNLyiHue/gp945Ga2nVlqPwI", "sOpXpq9B5E4zLaP8rGI9AfzZKBrndC3yrKVXUVgnoGo", "FwReYLuwH2dluTvpAR63CXPnErI1inP+rLASbn6GNpc", "Zus2V2mS08vGSx4fOsHakOT5DiJhmi38CiRAueQVqtg", "nv0RKfkHU7oi3VUdmc9nocoFmClG7CHovVjUJhJN7xM", "GYr6wqGgEakOhAB64iEhS+wXpTYXfwhk+DAGTf7LCco", "utiS+8kzcKUay8uji/5SkmBUiLf14Bb9pTnVerK6CCM", "dsnl+Kv5Ycs8ZLbXef+bFhZiLm8WrZhKWWP2bKo3Oww", "N1lVnTFZyjz65BSd2avY8vo8Jp3InyN5dktn3lIwKng", "wAtRYi+wch2df+wmCo4Usdp4+jXXieoY1d6bjBVQqHM", "odoU9X5UQ3lipwzF47pK/Uc8GyFKC9s3F86447VDQ/E", "LGZ7YdyVcaW3pbkxiRmXNFNEzfrO6vgwnGphx5NYObg", "eTXKpZQD1O8PZDVa7tiu/wvIWbddCY8poUL7YcYG708", "J4Bus5myH52Ob8x0bey0Co1KnzpglaygdR1Aj5BLNhw", "tgEPNR+U9SsJrBJVOzah+6tn4wXig77xfc7O4gKGXZc", "2vBpSyI/cYvsc11ggPJALdqa6X1nNtTJJolsKUMKkjs", "WIBYjUKnrdHdNLqHDp+C5Cq98IbSTX3Ai+bFI9W+Kkk", "sDmh1VEvDAtLGynSOaEb2/d9TSsuYheRLlqU4M2ZQn4", "0+0ymzjE28homk/64hyKSB/axTq2ZqNwqe8KY7rI8ZU", "iHBjW7A16gewRkSeB7q5XMZKb64JSNM7pexPo7oIZwA", "N+UwSA99p/KEfvHXQ7zwrS1C22ufwnQm7R+xZbF2+0w", "a6vuyVaiezZJdQbizVDE+CpgeUAWc950ZmwdFkFNlbM", "Jogba3Q5ZjXJve0tPOfegspZlXOgW6HnxwD5AHoflXo", "yTQGskGBPNiv7Lxmb7xAY/5fkrAUwrrQ8n2LzNDIrjQ", "vOAoIn8nWG5s/AcQHg/JnMJmmfDL8Pwh04oX5yQPKfU", "e65Nssnjp2O4Qelw9fumcvkrYAQ9qO4NNMyMeDT2Zs0", "Cek4FG14l6ydxoRc10l7v4oKO3WR95aGiykwswmz/5Y", "Xw0fK27ECnbHfSRYRfJzsW+zfYIHFTsI7MfuhfX2tcA", "yYJYoU4th61m8hKMIvtkCG9mjUYtIw6A4lBElZImg9A", "oQG/GxK0SXC2HqtKnTUkc2jpz2fV5HpX16hVXAxYkNg", "Ii98jaGkErg/pFFYizkjGSHoz67vUb0JHUwqBOgg5eM", "qlU9PkM+s+SoZu4usQHYwD6DgEub9t1mI5tDaVknIDI", "KLAPBvTaRsBIPLMPYAAE2Z4hkuHBxDFTCR0uQTgNw4o", "XMwcp1YXRumaHGaArEvXU7HZr+8EqQFTMr62StFG/0s", "jME/bvYhLZs3zOtsIiy1ODkmh5VKPRhciaOdgQd3pvA", "5B8W84sRm0EOtySWFn/jNIexOPm+r0ar+xl4ggco5XM", "6P7pjc5grY98yqBxc3xtguYaEWjzKaoG1fc+aPlS1iM", "mdzd/3GJO3HrQWSg9gtQkloB8xotyRpv0Iu1YP6hCZU", "Jlwda8yL3VVJ43JcuOCm+fS2dPRMDFeKj+rOmKCksOA", "ipEVgG82hd0qFim/jRnbBZCF7IU49HKHn4X0jR2ZGbA", "viVZn7LKa6Du8GO5nfMM49YKbTOfbxARFt0sorga+WI", "0grRg4rfDMqZ29nfd4tnCHqOhMePNQdQqUdUhiKv3QA", "DAj2muMBPKL0vGfrc4HyZE2j2Co9wtOlIBzEqAdGGLQ", "bvrO8MAitwcAtJimEbAqlfl+QDzGqYDfInws9X8vMzI", "Jsosz3lpyBwNBIThCOzZXW7/fhxUiN7AUGVv4wPLJNQ", "AqqwkpzrPapEaEnR00UuF5wiDKdwBjso0D8dENT5O+A", "gx23Jhsx41TZL4ph9jqW3GRjXUdlko9xkeS+K1THHTc", "o/VSKuOc78MpO/kE4evdCzsr9iyqguoS/0CygbjuuD8", "HHQPudg4krpwV6CKJLmpRWAwqjAi+glPMMjUa0iEwiw", "wWeZUzfp6neW8hNFh6qZzfXCOWn5T/IH5pqSKFGjcdc", "3.14.5rc1", "20260508", "p3sHBMLx+JEbV5edtxJNS8lvKQml/uyMHEdCUi/3Y0w", "PIEPXCloaYWxM2qj3oRoQfObci7BvqoU22fHU6oZT3Q", "hV4T0zgbro2CPtOj4YhVi7hnXypiYgNayJnN1OVtE14", "w8+Rwox8UWh914F+q8g/YPtldR4K6JlU2gK32PJVa9Q", "/yNTjtHfyFk7PcUfwcQzBpJQlab38oi8PYpTzIpscsU", "NYD9Zzw+XTTHIz4NzKpLMvgHtWcdjdr4xRSR6WB57IE", "2jn/wgPqlkdL54Sg0rbuMP7p99dFsXZcRbkEzAr+wi4", "NYBahdMoGnCZYa0Rmr6N8k8hG07jYN+eg9GFk0yhApk", "J9E0EBx+xO0dzboFOlhcigI6zmS55zkWRNnhuytMmZM", "vkr7xTLeOZ6Ij8QhkafHGbBBOZ7l1I8qc59QsY1WuAs", "ELhZiEejEEMlS6U00j1FKyyLCZK+JEexZM4SvZmklvE", "x6NboUXaZ3QtWNH+LIim0/5v3uYzPVOHFd+FxBGnvKQ", "SOM/ZWML8DPmUn/jKL6+XNOZfq8CB3TzfA577Xyv6Zw", "JfNAHA/BBA6CK4vkJs5DGkQ3vJQGmhaBRQpmrbDe/24", "5cdmn+IMxUY7ObyM4cmrYodSXnkCBRJEnYy3ULcIvOQ", "/BLvfoJPp5dp981SBs87hy/pQ9vQJscqyG/IVpFa5rg", "n0DCxAXzQXsTMWISq7LHoCH7FovhqCbSAJNkvqg67mQ", "ocQATM9o69yCYHwLqtYz8iIvcaMOJclESJfKyl/3tug", "xhdQapp7rbBbhE92YthhVYC9VMeGptdFG/gy+uU380U", "QGxouTQy4jnIvZL1qzQ7Auey1okDTPafRAGZphpi3rw", "bXRHGsZSEObZVX95xOO+nK633sVJNBywUg1UyLkmG9Y", "A4Ee4Zk4/gXXuNfQFtjShUAxSEZG/3JKlGMPRKgcDDU", "O21MSkR/iKeo9iXNcFUD26TSIoF+1bnD/3RZofvEvno", "qOL4v/HNZbY7fyD8H1G3mGKoXQMnF2gPmPii56hDzkY", "Sz1UgLPHeIDg3WAOP4pKqdUWeYXkU7eMTSJiPfbUUag", "gcP28T0lSOyMfg5jnPfxaFRI4+zeoGoHwk/iK6BvfR4", "tsETb7UY/BW/YxcYxtqIMP0o8ubxPcaJbU4Ldqz0gKA", "e2UdH2n8QiIy5ompEPh1r7ETe/7VX5k8VGeyOSxMv60", "55lWLynuaOTTXUpSYDdbHc7XObos0Vlqt+Hpdyf3Y/8", "98ZAgyQTMs9djOrVqqGR2oG08A3+X+EH7a5rMV8PpFM", "jNShUwFnkzOVNBbB1rrKZIQyo64q8gwEjVFtZmxl+3A", "lICuDXymPNgwqc2bN3hcUL1VAvGLw+xSTetEHTGAbTI", "GaN3OOj1Z6RMK05bTjYSfvk+1Ohbg9THN4pgxv40dew", "1CBNyBZOKu+SH1TLwV3+9SjLip4YTua2vhAk4Ye3tOc", "kYfyEs4y86y65NZdca1i2mZbi1o6ZknygkiSB4Vs5jQ", "pRA2XXeF7d4GgY+DFgRwXVaHl+q+DDZR7LwcfJJ4GkY", "x0I5QfyjyPLWJ3r54uFFa9nZfaQQhtZMya13WUTUqe8", "cHS/IsyO4N+yLqail/kRU8TkODiqzFsSh11o8M3VwpU", "Z6locTBSsWAhpk1+6z+56kxs4NFwN6lppFEc5D0Ql58", "1RmGa0aGn20pU0pwNP9LI19AMSjlgvyfchY2Flbvkn0", "S7pUJ15pUzLNR20zNtHsCefwotFA2JKQW3CXoCaVUDw", "Oe/LmqROA8MbvTG1stzZwoOwHA5m7cHebN1d3F3NS5s", "8PvznDKicbe5PaJpU+L78Z7Aysumfnj7+EuI3DgbOZs", "iEmkx/7ybei/FsgBbffoQpxWyG7YGYHr9d8du42xrfg", "MkCRxZLsPH4eB5Ng046K5ly4U5tClKwCCJkH3yeZ6h8", "pk/FVyDLl3y5W5DNLTcufa3OdWCXLF0RcQ/cDqq9q1A", "k0WzzUvkFcp62iJ5jEdgrowXW/l/lY9uGiWLZ7EdMU4", "ipSseRkaxurKeClLJgsPP9F+cGtwxTrRYG2VKFCaMnI", "6hwJ/+z85q4mLRDzeNAd11YLfWwIGcfExBV65LBEXP4", "WDwOSlcsm2OATJ24QNHgssAJj335HZ6C5QrctR9wA2E", "CjT8A4BQrUI7BN5Ep8YLiuKJT9x4eSB2wuSvmlLA6Es", "vNWQqOjKoK781FiLTG8nMmLu2jspXk62DLUikAgysZo", "Z5mgWN8DJlE0qNCRYOExwfIf6Gy271mYWShvzH60mTI", "DmvXyf4Bt2uBRCpIpGaKIQ9pwXPi1ZadSxQLfvG/K0A", "glqCpFaVQja6pVq/DMhJz8JzexHcwCIciNgMNyYKkMs", "2QqdXHHoxO26YN7jHZdVtSoYdeqyI561N8Wv34NONsg", "HHhwdy7iAmWTlvnTsbB3r9Ift3YqQNxuLP8vV9HwdGM", "sr+a6p8wZ5Cont3qlJrobATFLzx2wF1zMQMwaiWlwec", "+nx3nOEfXyN0Ih5D7xSEaGwdgpDLmgkl3K7pjJZNgT8", "80MoxVuPX+6DFeSAP0L8/rGTwNOIzv09gtMawBTzDiI", "sLqr66ZcGpeUEizvzDoR8JhpLmn24c03Gny6FtFQJS8", "pVpWLTQ5r6IVXrLigJtKNoNPcxev8TByQn2P2j7qB6A", "jKj9a1+RSskTAYB7oUbmCWdojLCtlWmr4ROpb35J5Z8", "FLI+//Pp4jLgzxHG7Ydlftt01v8f8oenuekg1Py7F+U", "71t55/F8gxUpXCc3iAxOiDtnbHfyv8O02Zuohj9WWRs", "5DG0TKKv7pW8CYBTJhjqsJcOc1nxp5a9DaBcFUS4Bgc", "ZmX+v7EiJQvfD1InUyuaDqGfq55auMAatl/F396cF3I", "RETI51PWuNE27C+Lz5JUsDc4jeZhEENkgooTavaOmiU", "L6DvXCNRSyE0xn9WsUNUDhIKtPlkkqaO9Q6bywkwlB0", "Jm8oWDostod5G8Am5yzjjGsAzq4lLFUzFi1H5LmFhdw", "9KkUpyPLEnbfolRsqXl0aAM8H9Eh0wyy5I0jCzlUVsU", "QM/XQCZPd1kXiNauSp+WJ2RVsVPpSIRrtiT6EQGx/H4", "cR03ITCyEyGGS8gFOmcVjjv5CBmtNYpUlFmb7R2iJ9w", "0WPy+mrarOqw8ErUx3KWdm249EYm9QgAsvh0KmahjaM", "3.15.0a8", "20260504", "SCWZfuHX7zUanUazElTY37pON5DOAnN0R+Srz7KRjJQ", "3DhQfq/qVTAF6241JK4H9S7ptN1cPm0vjV23qvDxEKE", "AoSCY6YtPbqD+JzvpZ/mtkcZQGnYBOo8BUEp+8CRzDE", "K7y3Ir+aXuHKK7ADgMjhxpfwUpqiZmVphq6NBxGkJn8", "IyVgUSuIN7pR4dVyAg9x+6aDO8tvIYfx3OI+s4JzRnY", "j5evIS0f6b+YSwQpSJ2kNdsU5HY3095HvgQKwrhuRaE", "aCINv7G5tX+lYALK6p78ItpSVmpjA/nbS1JEuI4Zzps", "U0ctG8XT4PnzzEU3dlvA98dJZGQ8p17s176q9fIHCto", "HFyqmU1HHXGgUE2Wz9mnWzUEKbZmgYksrNylxHlULHk", "T/XpDeqSlezDByr0dTbetwTEshX5Wdc1HcJ4NCHHPhU", "+EPFZMmx2vRKb8jTF2FTmAm9p+MlNqmIe+S7gcL2KNw", "PsoqV4eZDy+6KRm3MUFgjBWtnlXvf91m+NSr8kIND3c", "erxjdW0M1emBMO2hSdtdqbghq0BE11D9Ximd/Aevons", "Tj+A6z1P4cVQZDr2W6fZp4N85gXrPu7VmVo0aM50Feo", "5UPYH31NeHGr9lMEQgfDBXbLVVHNsauAG30YYy3dkLw", "iQ3hMfMbdIKfswsH7jv6Bbms/lFggpHhwKT7E3RwDAw", "LwrNCl82bqdYamxqJ4U3z3vdYLGEWVjqwSDpciTA0AA", "kx7JF9ul6/eJCEhVCrUDEoEUQ6LKV5DUiEmUemT4dd4", "L9jfAGiV+6qLx9NHVAKQnDP4U+QKgmFLCEclK4VLO+o", "+cXocnnJxB6kgJzUM8Zq212flmXcUUxbn47JPsJAgdw", "yJYwVCG0ORJuhbARFZkSARGIk+CBQBKtP5RU0aby5gs", "VdEWxGCb+JIMBFUL+tmVMLcQ5WPBU7w6VGZ4pLzqRlY", "ivhkg7+XdMQzL/9CjdXR8/L4kCCldjneylJLd7MZ19I", "Z9X/VvWVYIZ+G6ICBSYmUi6A93L/P/NPB2jCe+4Bh6k", "b+ltgnx7kQlQg+/yvw63a+Z5PjjZFcYTKuH5qoRQCDg", "QvCWpo4iZUA00NGsd6drL8qJbCGtrLlYUqYVvpRe8yg", "fq3F+Mw7+Bpxq2Y5qp5aKrutKElfa/z6WgTrOkxtmfc", "JiQwcX3JoEUN4qxPAgoQ56gYsfpg5lQGKesyASYg5p4", "Uzux2FPuU04+PDVjOPxpSsSwL9uLu3WNWQE4l2rmV5Y", "ERTh26U9z87gsNCFrYuRkGnFU6cewOJVYT3N75jYLuM", "gCAxWLdnX6u+RgiEjLuARP95sVj7sKDsbjqMc4C38Bg", "oKLHRBC3WysnFKCOFB4zLrXWqGHkFDF473xIWxOIszs", "jTeLTlILYFzAnbF27vyDhdJcebWzwIK/oCInsPgilDA", "PAz8mfA5TBeAES27iGsrfQQ3bpq5XzJPXmakEC6PYeo", "FodLZswIJwicVkp92bdissV4G9Sz38oaTsrjDdptqmc", "QfR4hojUC7n6WCVrjbkwZYfWnGJvgR6NT9B3BYmb7AE", "i8I4i/KfncQnM9NWb1N7OwieQ237O4n8kpesLKBphXk", "0UcAJgWDKhmCdkGJ7J2txGYZbf7nk7rBCWl+TGfH5GY", "565pTzXJnRb+3BGXJhgzdIVB4YwHGcSggUx3RFMaNzU", "dR61ZcBtWMB+AgMrRGL70TN5EdhP2Tl6CCtq1bMNeEE", "sX5+pWXG9de7HpK2sfu6DkCM0kkcn7i+86OUbGljCY4", "jFzXmqRZhCV61SLbuigWkpmcbckGKAkVSpK2iOufveE", "TuA/MMlb5pr/yyyTYKzmhLcjWzJ3KFl+W2/szIBbc/4", "sJ1V+aVZclrdmvubsxSmUW2Zg/lEtWeNjrRyYuSDJ0U", "X48Ndl4Qxj82PMQ5YFNW5UPUHowjEP7LbceuSVQhTsw", "ElYbP2XdeOfG66qFAA578uQ60Rm8QlpmDE4UatqzdRs", "vUuve16T+U6mXCaSOYSxrHQ5cqa7XmkUFwf0Qamty5s", "YWijMIwtdTiBIBix5+chRKBwBcM5bphOhkKa9wWruX0", "U8WW9oW1LX1vXlIIXifp+GiENUDDBDp/GlvA4uvOvMA", "ESwJd+HDnemOb4N8hDA0sUCezdWeOWQhR2Y7gJdOsnk", "PNche63FWCEnHfxiyks/xQPL9U8crAmVEZgQh4RoNKY", "Khfn7HeHlwTBzPfbkDxFxB0LN8koASVmLjcmEn+hjcI", "McAChscXTD4ZGCXiGfyQwOp/rRQbt4tzaq7QoVhRm3k", "ZKXVwzPgOz3+8CvlStoe15hvZRLJpNIS4bPGeDr8k1I", "P/Xjsbx/Afl6711Uc/3D8FM6maIzWP7uIKSDfAvdKco", "P7+qx5Dqw+RP5hOxYw5OfdM/Lk4JYJxYCRBrMYANrKc", "Ls+VNKM+GydNzo9oMjk28jaBy722421zDkuMvalD0po", "6eNMOiUEoeU61WBI15ibhSK9UEncmhfN063TgLwZf84", "Q0Nk2O51SLdLuew7qMUSo/nkeyJGLzAUAoQtOkGRvPM", "XoAn9czzLAmncSCITUBywuvnwCpdHC7RaaR3AzL2Wo0", "RL21FcpPI3Ale3T8aJGqH6ONDwXUNAL1BR9UFP076AY", "ligUy8yBS/yr3OZ+d0MDI2S+1+a9BdyzTDOlJYf6QHU", "M6uAKd+OQN8vvD4IXCtMvtV6c55/GUubZpy+b7U7ojc", "5HcWVd5A4emb5XhOvhw4uz8x9syIZ3h6r/Hj7loQnWo", "2Do/xqHlVc3zejkc4m6Z3g56l7Cd+jGhKAS59pCY16I", "NhyCy4FWSl0JtabsOsgbHsEe/ar5zN1+nEr7f5R2XA8", "18Z3CPs+4A3lyAPwJfHytfXKq31zQo7mhuZx7apqlpo", "Kmqf8vXpp+GLLulVlbQtTRbcvaRHs5s/9FAYQNJpG1E", "mjM+2o69GdF4/Kkcl5pqxDEk+ecS/wDFvgeDbgip+Qc", "pHvLGXpkKeGg3g1pfB6mP/uutScXCagEy7daO/c6w3w", "tq1GqZd4HG1gD4TF5pqwEP0fE+niemcH5EcWEEvPFeU", "/TVgXUyYZSFMoW2Q6L1jnJtgEgzdRcniwLlvDXSh/BI", "cBhRUvJrykU4wd8EXTBEVLcJSmzwY5KJizV3kc9tnIM", "mxqyEim+/gh1skIGkpOtRnatdhQZ4DbV3cAbDu8HUxo", "3.14.4", "20260414", "bzBPTsMIVGEfIzFleDAiNftRfNlwUZ7N0RqMTbh/2EM", "1RJQoy+l2fB5nHvLcXIMJ7EKOv1KfeKIEg+WCF1Qilo", "uLWX/bL43M3FAsEZR7YKS2Xra855z6YMfM+bboNSxgo", "oQaHsibglBYyVpg2vB2PpjU6jj6EJDFkZ8qc3yILmD0", "6kU81OYDUw8xrsPDwDUKkUtZ0FJ1rve0H+Nn93mPk0c", "XZAIkVbyl1C32I4/VE+8/rqkhMs1htIVjEvXdApG85U", "LJDo59wIMrQqbAT9IJBvza/YUQY+CNdYqZh/7azDo+I", "zbG7MPPhYONzFlEoyFc5wMHd4z4+0KqrdkFaw0RvgtU", "tFApE19yMaaOGyXocN+UuJkXaF3pvkQXECEpqdtaD1E", "mj1wcvOA0ZQkU9o4R8r7ZmRq3b3c5OZYMjZHpSfhv2I", "yVgirvfLWa6B54PjL3cD3LmdTJnFfMI2/fcHNsKxd5Q", "FRBXHAv1TBeYXiz7841vKqawS3e9SZPp+y26h6N7BZc", "dRarlch4HLR+9BP0hMGG+qzRiKVPu//y3SrsvVa8Q9s", "8wDLzOLVQs0DTajWSxg++5Fu3RtLSraoushTUaIPoZg", "9sIqxl95RLOh9M1dPvHskj9Upm49Kb2PgszDiO34xYI", "/pqcMtE4cK9jLLrD38dSiuU1l+lEcqpMfWpC6BZhNs0", "1gBSJs0k54BjBiYjLHpjJD1Ihf35ddz5MKB1igdZzhQ", "0M9CEtCKNOzdYUvGVdZQKvz2HOFs9fVm/KbGOISp0d8", "grwl1/OgzhPF7ZAs1Kzpw1xBmB5EFcGvHPUr+V5U9Gs", "qXaZHc0IXBu12agISCOmvIt/mwedjEMldKbd1ow6b+E", "CoNGxbN2z7wSRS30qGF5e+n4hkcI8GLUSKzac92yvac", "rySu1I8onNrRqmTw1s0rXCO+AiJXnayBdYdJLpZeVX0", "CUIxCSZzqwC6qdKCktXf/JJ9DzEa4jgWS3LVDDo8KdQ", "rIN2S3NvaR7jAYHRhcZKPf0+u1vDQapSqPt2TQ7YwbM", "JMnzLTus/TCbm42Coz+NzZLm0yjeAeUw3J56LguVit0", "uwqTRD7BsmFdH+Eh794pOY8M6sVxADpd8tYewZcXux8", "+nzipV36+/3UIAK/k+fB7wwffpCd1+0LEYFffJ3nDRE", "Spckz8K1Xv4sXov20nXxkG4NOqT+uOmtEkQh2kEGXzo", "qNkwJKPAoQBA27z87Y4rTvQI6yqIL3prUEhwTGJJFHg", "VAgBsGKZrdLrt0PBJPakFDzh8ApzjMfjFXktTbgHG2Y", "4/a4lroTyaxEYBNU+bMBShMPcUXkcoWIL2V7HwpAOgw", "2L/c9b/a5g+v0J7m6pH9fpHlj+boRBonGZcYKPdYOYU", "TSCFoyO4J+T20W9qXAfGTKFtLSGOK7h5xN1lgq7SUTw", "suyQtAcp3WUFyS+Qc2HzFIc1XkWsDyU7OqCyqN+FONE", "kVZkGCDlOpHcq1mx8DTkhhWqrjeas9BIBcXJg+rGxiQ", "ZdsccfeKwAVT5jU/cw/y+ULMGKV1j12Zx3/Uvl13Gd4", "7LkQKeyD3liVjSXq70FTk8YfWO3fBRFsaBJVBgbAZVg", "OGX2Aee9Ct3NAza/9qrJBXWRt6XAgSF4RgPcFrvsZDM", "VSpKpBmr2YvA1/kl6GAsGsYhIGogc2b9VW+vHV5KyC4", "Yp3ZEZLGQlWvhSFQ8a6hbpjIzJqKEG3smpZVyGkGqSA", "YQNJO9rABJwVBY7KProABKqkC2lyUs0XafTYOqd8TEk", "0iTVwhEJX0mVktUi4YP6ZAMSlNKnsXl0czVFwRw2jr0", "vr5wXBxynbaYuynIBiH5cyNs+fQTok5GAMOjUvESYvc", "j0pjYsFBv13b0M+SJFddf+khIJkVRPxsu50kCBjT9+U", "v8eRbeJE4xTMDDS72+2HcTMvLW2kE3BwceDkxc1qNZs", "0NPKLlktjlzR2UDefYXTLBDd27R9g90DjxA7nE2sGjc", "oDm0GPIsGebTNWgZBDMdR9tUtXalBPbmiUYOh8LhEeQ", "ig9XUf9oCmOjcIKWRB0kh+/9Fb2q+uEDuEFH9ZZmu94", "sSLRmSm4B+mW5eN/Jpz3BqYegL678OMYDSOSlrCL4RE", "Pu/ns1EBOICQfaspN96Lh4Hq5x5O13d7ljqzQ64HGrk", "pFXxpkisCRu3JRe1T/zsTU6HqxkwjDLhZbXMONfLJaw", "SombL+wnv1OUxNw3yj/vdHrgNcq637qcLN/Lt5bs03U", "XFOdVCHOFF4Q6kVfW1BynbH3pVkRmKdeq+2HqKi50w4", "25oVhFJNqOkmqNY2yMbb8xEw0rbvAkkbfl+3tXj5CHY", "pyC9KYZn3VFFhppmeq58XAqNl/Ykn6FXwdt1EHDDENE", "MozGjWgvSVPJKWgAPmGzaFvMHN25t7how/ORKcWjBro", "s36F+wM/LcdbL31RClr/XU9Td7cAPWozdPAlWypU91I", "/igLPX0oxMJiSsHPvud0ZkWdYFqJdub0u48zzazBuQ0", "lwpq6rb9xXSy4XhPNDU2T1bFAB26kBsA2a3Cpe5ydeI", "/eF6PphvOW3b4APHlSeVsjnLuOHGYFwqPGLWng3wlZo", "29Zzi3ZAVvc8FNVDZVHL6oAcEDV0TePFb//Qm/PcANk", "y4kJbzu1gz7OmXCD7GoLKTdIf65qHqaLged4wAuznYY", "eCeQ4dAhdlvWbYceuS9A3vcHVGl9xkfD8qJcCT9ViUM", "lXiJFB441MLlOoBw1D/6CjVqHOjzDpqxsZlCK0FeZno", "PDXMkzkg6woGr1zbsSIX1sl0Qz4w1bXwbP4W4edjlqg", "0kIKA1j247uDET6f+kefJuX8RjDuooGI/tKIGGq0Eys", "MOznpJeiVMfzAHxbp5/9T/FDG+gpBWRbVmElVe8lJsQ", "CC2h/q2evcCbDcrQ1qYdDfupcg2E0WPvpCkft8tPplM", "mU+h2IH0881ppvb4YOe5q+hRj0zc6fqlqaTyKEbilQk", "fzij7KCt08RLyqA0rOOhCG3VJxBPOm10x+52Q/6yjZw", "0FOzqBoMAGMDBORSnqjAKIpkBQfy0WefXMEUWeVJINs", "+EVYmm0jZpwf25Ym6aQgQTAGKnHmuJwBWj+veLogoDs", "TPg9+f7Rdi9iHCVUYKD0r6CVWAkvfcTBer+nJUKFaeI", "Zi2G8ZSF7Nd3+EkFDNX6GPH0rMVGirN6DFG3c2zLY2Y", "3.13.12", "20260325", "BTtQYqcRx6B/QC0umkPGVWbpt1BHihDa2Qk9rRuBT+U", "X4xzEp03Zbu9z3cd7PlhNVlvnj4gWwiufPH+L8DNr2g", "P81QZtaYwWuyc1saGK7p5oSXYY4RXf6GBrJWNChxHR4", "dAd7eK/vRa3sWwmDT3T56DdJ4ZZu3V2AAMDKE0OaTaw", "FXGvMfJEippgErW7BFwLRrrkFLlhyiys8/A+AXaN158", "kwTM0tSo2PQrov2tEfCbUySGmV8qtdQwrBE6dC1+HWI", "rl0Exp2RNoKOntRkc6rGnMKYz3479S+abbPHSkl+lZY", "9ryuiIPKQAWKmJfr6VcCdQ8fSty3yyrLoy8BmG10H1M", "HA5WCBqTu5CdwHq5cpVfThARd1lRBYKQo9938sz/NjI", "0A+5p9orGjajeRMml2VURj/qC7LBE8annK7gowBIUtw", "dVGzAoD6prqAbMOrwfr9CI/Owm9z4nV0AMQHZ6j3WlI", "oq0oUI+0crtb1o5yJFNM0KOXzraB5/0818V/1NNUbm8", "yTRi41b+kY+s4VLrDUIC6SgrNbOkYkexkDQxHkMt3ms", "hda9TchZ7zbHxPu8Ab58Qj/u6JnZlEEfEvJM/43eIog", "8CbGqHAk6xbdTcVuTsdbrUaCFew0vR3yi4MOPWIgIaQ", "rReONqhN4/hFiF0Kzlym+H+pUC0fDPU7o91CGUJ31C4", "i0gm/fZCHOias6e0kQE86YwWIctV1HtcG4dAtVK608w", "L+pN18UZbvQoxxftshPoM6Peh0D0nBOJCPUILOOMVMA", "Mig81ZZxqyQn8xqtPtfj7sqdCpR0PnFr2/MVUO9wUSQ", "NLuUJ9AiwoEDh+E3bG4YTT8/3QmEsoUZrFgpWwuhrd4", "n48sMoCGGhz7cnmUby+EE4imhbp7R19o2ZA7nj1HMyA", "hqf+dUonKHYI2ZtgPOJmoFNOjjwas08AmsC62X38b3I", "CrX3EThw2lzEwYqopTKPDlS0QTt5lEg2xu/KJGMuxOQ", "LXb8VKfmLXif5KCPK3cm89G2++aYgrGIwaamkiCK8eg", "x8wSJKmlud7eynCTzOqrs9eNHxM5CLBZO4IfmrPbbqc", "M6ZxG4c8E2qoSAv6++iaYKrSSKSdXs8KQzbv3BBwCOE", "Ke8Ct89E5uCFS0T+9mtpaRtwaLxs93+NuF+bXzP8X7U", "9Fd9IMGuB68y47PWjggPpMnhJ9tkSg5Pqyqhe7rNA/8", "dQDG1BGiDZRro9zW/OibhdqaNNJ5TNfIxzkjGacD974", "Sj4KBq+gAMivis5kMWBoTRbjs1strTdhjmsZ4q9ZCL0", "xpRVertIU6MDrgEOdKsPBAuDoGQiAzfkzLOGhTCOYA4", "JJXWYgyB7nO/+2V6X6UNtArR6H+1aQEh0VhWYMn86r4", "FJhhCxIO5tWjWfIFdShWIhkeaYXvy7O4zeXqntQ4YRQ", "lRr4iMWdHFExnpPAAM9hPS0a640uGvvyeNQ6bU+jrWk", "fCUnXfow1fgCUBex/042HKphM+SLLsKwCFx9fmJ2Gz4", "WjBGG0Zc+5VJ9xBGks73cR31/VgEKcn1qo26fOIX7ho", "Bxn4zgsxRrmBmvvaw5psLckXGFZZAkNQicbIfEDjTow", "rzkJYvf7OHyY0S3gtE2izjw0DkxbF1kqMJUOibVCD8Q", "QQ4vbF4IOaha2HVSM5AGU8y2IWretjWfDrQvmf1RL3M", "ViF2y67fjyC/4wZ+byCvjnxDc4SWDhuvGAyT76giMGo", "ODaB+uii4WcpkD3m0Kyu029DhM7TODeGCCRSRwiZmtM", "bggqhuzYa/ylfqbZkSJvnQcKMEvBKwxfjtKwjsCt3ys", "xyVzouzHOwhTKeWTNG81dEZ828Am1nJdNIOaSNb7pYo", "77DwJJd/7mmD1u3LIMWOSsv/dzlDe36pnwKN65XSj4o", "tx+Q2aMswEL50CwIGXdvRbr5iV+89pVWsW71U6g37eo", "+UNlDA+kXKoNZamknSsRAxbIv2hWVUY+QM4GIU5vHk4", "x0pJDvZuGjP6AxhlGLrBhBUhA8YxRmGjdy6PYMh83po", "cT1/PM6a7gz06p0+fzVoDWxtK9BwF+SoD98SOfcIppk", "zs3vxFutfU+zzrw8Y+j/JAgz9C673B1sZu2IW72c0Qc", "mGl+rOMxJihIhfxUebhB/VEWvoAwEB2l8va2/1iznZ0", "rc7y8ldA4hfxNSeTfSaWxLo4nyROWIcMk/kMFlkA1CY", "XblBVYYubPq6bodZDRQSrsbUDBr8cR+1Xj1FMWn+KoQ", "VDEbOo8jRSJHVR58szKQYc0vOkywkQStLk0SG92Xgms", "/hurqAhn9/o/VmB0rsZSKqXazlgBEndYzQDcEicXPyQ", "H/gFvgXOiyZbh36NXXWK89roOWdrVsctdrL7t9ixmLg", "3bjo79Lbm2o+hLUuxL8ahn3LsMmXruZkUIkDK05ow7k", "EZCN0fBtwPAo0YgzWUQdjwPzq4nQZRW3/MHjbUbIkVs", "Y3tz5gmgCxSO4fJ6i1l6uHcnKxwrxqiUYUOK+bwdq8I", "vN0rRr7tbn0U79pM9RxgFbKtaY3Ov1y0jhxT06HGfCc", "MP2iwM0WrWHfq6yBN/42gmsxewIcwkl7jLZlIG7LdFA", "BbUKxPu2U6QGV++AhXclcZZYK2ZFKjXEoB6H2VFz8S8", "nXmGnGVU09ErHnuETazW5VtfwGUp+AaYazfPq8e8LQg", "tjPVY+XAFlRUcmgLAGfhHRIa5ceTZwrlHUqYZLK3KY4", "0vbWq7MB1w8RkcVBJGAZg5g42S0+zdcskAupKdUgXBw", "zcBFL40YJClT9LZ0OfuM+4o1Entaojr2CsbooSdtY9I", "VjOo0jW5HGpKKiAiAUPh/ON7Fzn75XuIZYI6zaTnn+A", "LiuZLtfdXpe1R9FrD0AJpQ3aEwFfH4x/j0SU6bXVhKs", "JTWIpRJpUiaC6qa4N0yizd9uw0tOsZ3HVwLnpEQeUwk", "0KXOpzuzRM+g0EFClCYtSNGN6jkPK7SPqcAASBwRE84", "UqraHvUxP4A8zC/2f46DHAn3UIeUu5WF6jBgHJO+YZg", "0oeB6PzUt0wcRqUVmmHZdNwXupD6foPWp1CgA6c2A2M", "gv9sHspcqoZwTOlffKJgtqVEqi/LBghGVETdK7hjabw", "Ouu/r7rKtJjg/c38sZPwdFCf7IdMuSwQtEUmYmMCvFk", "gWFin4h4i1A3am734aUF+T2cniUiPoymKF/iz2vg5VI", "3.14.3", "B67T4rgjo+GshknjQd04rIf1IMe4R7nW52sKCQ8qjgc", "NgnNIaa13T5dQ99/TnrwJnM2WtxQJ0it4hiSF4Pvgq8", "U/XRuI2DVX5rJdotcoiG8lLnYZM2rI/zEpmlnYIcNgw", "76559+ZgP+kbdtpRcOF/1gEyHwe+SvZBcJo97mrAPgY", "WDCbBZoCs5KFGaNidWEvFIEBCpZg6RI063ZLQ9DwNdo", "B7XQCbCXz58pmv5hWQ6m7D/LxnXr918ZxyBPeQFg7x4", "Q3UF6Qnrl8bvPBJ3c4G/89Mc1oODaTkziY/QtFJFHDo", "1EtGhqPnywuK6zJezlMeB6SrxSrGF6LJNJcuey3ZU1M", "I2uyfjCe/FdAOC3A6e21+i/xc9RIhVPXOhpAEBNepWQ", "pvuA2QqO2RbaWOVrfd3LK+x3IXKQpJ//+qIJ5xnCDlA", "14/V/I0T7gRZ5kCtPoL+ujzbiUDunRfkFupZqaaeHCE", "lrYDsXY2E37/pQ5u0/vqSbcDQuQxIGIlH8q5nPATBE8", "dwg/0Z0rRXIgqhwDcQxqGawplXZu9Z77ZbJy3/ytejo", "siO0PANcEfe0jgzqxL/JK1zFd2w41ZGZYH9hiYIrFP0", "kmgImAWgCLaelCK+8l8aHPrWea+GtKMs5i1HMN0CjhY", "NOjn6lGSMI8P5tk77N8+6wCmSh/btL7q2Y0O25O2jN0", "sw6RMoCx84w2KjXkE4VIVk8MwM68Wgigxb2V9Kd+L+8", "1lXgyZn2nTUNyrzheNezWb58jI4594PDljiyHA/7mQg", "tKC+vIuZyZJ+f1g/2/hEkVHyCDkGUKSi8AV1evZadic", "DOzQMYMcGpYHurNkayQcF6xif/SKAd3ziN3taSpEqeU", "vbPsRIkbgBwUmu1+ATo0lGh+5h1waNtKb5+Dcmk84os", "RM1jfEVScenUsMr78VhQxPDJq3c7aqctW81ngbvHgUY", "T8422jJdY1OYKRE6qi1vovSnPqgYxX6n9KbwVoZj+rk", "8wsRMAi87UYAM0rL/yHAPQj/Zaar2M1tyvBXl3e/a78", "95tzaLDohhNazkPaKjeyHwI6FDVs52ioigbmz9deYF4", "4u+HHW1RNsTugSF9mFb5IFNR/f+lEKYm0c+4CmMnzXE", "VZ17luzWuZbiKgCbzwi3xjB8VZSmiEANxK0zk5oFSWo", "/zYIg9CN3cNEBmuK+mx8H+hnCncn8e3znV+uzaeZtsE", "ymM2/yKJ1BTecXHMIbYstiXs+rz2mbIztF7+MdxqwY8", "KrnOZ/PEUk2itezHJIg2CeQfmLBqrkmTeIWdEFINkS4", "shQPdL/YJIJCOMA9w0qfBbjQ76ncS42I5iTW/ovA1rc", "lSvWak4xac5WoI+Gv0zqvd2aZ6vNCZT2UevyFnoPzIY", "VqBRQGclK04fu9KgW7eIf3WkVIOUXTrf7QniHp6vfyw", "GJi0lBqXci8oGT7aUDJvC3s/X2zewZmxlT9T8sg12/8", "HWYcfncU+2MI9bi00IRWYPdLBnh46KsqdLZ1to7GIbQ", "tVTcloOLE/8ECf/IVyDrdVC8R4XFejbyeFFl1EONv8w", "ukECiqQSZsKyLRwQiSWz97ifnP/DVWcwiHD5TUs+XKU", "AGlV+MKrEw6ZPEa0Hzr8mNYqF80DGT0Q/htleT0t/Z4", "5SHxwMKRQ7jFTW4GsCvbx1nby3GxVK4m5JfQ5EyF38A", "PcPtn4c1gnnKnp4a5VFk/pE9bzLov15r8/ijD4EEAKM", "b+VSpKVenor6ePzljje2+hsrgv1G4bz0R3QPnZot0VE", "AAuoBYuYMumAo8KtyuT2rwQJTpeJkL7h7IR0+aqoaJE", "08GUBuH8FAxgcuKwbDTDrDBjHpo64uCO+vM8o7B4aHU", "4UGT6c2wl5gspjC7KRz8h3O1JRcixLVbXaMdF7MMMUY", "Kq6yGNwkQNYVq8DfBNE5KvEuOT7GDrp8R82Lo9BHyr0", "hPDTo9x3rTqXHT9u0P6AFNZ7NJjhdebQ9jyeEeMTlPQ", "r5tvGgJvDISQ143QgEo0chnfF4VaZ/CDpESz06S1NaU", "Hqk9Wjy5HV1+9uu/jw5qZ42urlU+bFj+4yE/9a35Zok", "aso6urgiqhdeLmSfqLNBVzqTiLOWZfXmcXnZ39lWZOk", "4vzX1OLmhFtxphSmpKdK1UsE5Q++NrAIUQXuX31E1b0", "Pfz0EglkvkFQWfPCdIlKb/DFfa4ZtkD3gWljnZByB9c", "tvB0w1sB6ulHm2Evhls1f1JB7pb0yvyX9kqF4KuM99A", "xvOSoRKwi/vWsOqGTft0Ha4xDlGbhx59hjhRXu+8dtg", "KgdbuEDhVEgKymr/tHFKm0RjmXMz2n0CTbpTwhgerCE", "HtuqPYhoO2h9prnAusIa+mqQawA60kLuRlDqHZPB34A", "sRtkj5aHZDlwRwLBGdmcuy4SdC9c1nmkgEK4BwlLUiY", "NMgISAyn5vUI8uvLEM9x+AToZsYdLglmDp8IMyZF6Jo", "ciRz8XxA0VqolFQEN1XjhB1Uj8hYBETr4gaJwvOHTWE", "kAD0oMV7vZnz5xz+ntVJ9smnjIi14zUVLYYkV4ksifo", "OjkEia65pJkjldS3XtuP5cPSd5ju8+4/tJ2wGyce7Go", "U+PIUdN/ukxHr48Zs5iaLuQUJzIr0hKYNmTs8AIhK7k", "zPOxSNH4J6+8EMN7OedNt5O2tDdrwfAUGLRu98nD9C4", "bOWr/nmjCO2Oyc4Tuy5q0Z3ifPRbQ+Y7+kvp61A61uw", "9kn9SdU3aX8e/tn4xb4E8aANd0jrBnZucFqoz+rTNlY", "iIAnQ0dh31Mo3GIczW7n2MXTPl57rOtHbD/mpTOij38", "KWywSpr+jaVYp8Ybt+PdEzwgyP7wWTIhIty+VnH75Ow", "piAY3wMsL2uv5iWFcQRRMD6VpCb1hAKqtTmcutR8aSE", "LPamgORJaV48HDl/v2jeHXAREDiZn0E7S9hRXBcwl5E", "nW1IluhLU3L+cRdgSIq26bnvaq8LMdg2IfwgDmYJlwk", "3NrlZ8k6FqBkOfpL7NgZnYEjMdrsic1Gi9OWnho1NMU", "mNPUcqnsEvgIs0Bi32eGx7WpfeOyvY49kLNvI7q7/VE", "MGVA3oqEzkBKrW1UI7Z9iQsm9f4MjA5xCEAZ2ipVGWU", "JgrhHQOYaSSEfUd0zucJThvgImSDCPwbe83XPFXrWMQ", "Y9v2GLTWluJUcOAp7mBMfyoslFflZtG8a2KPrPGgbvM", "3.15.0a7", "IREWZjcz6fWt4WD6wZ40ckJL8UhKY61EXJigeUd2HxU", "8BKvDJf/HJ3X2rCLHaDCmkJqo+3uNUd1upB3bQQXQ1I", "Ftmq6U5UiUsDee5C1S1OQXRpjQ4SOGbsMPd3Z5gsBUU", "LbT62ETO0fg52CuOApGou3C3wvnLTDyTuBJNBj3WCpQ", "CAu3hg7fPN7RFH+lMFsrFbNUN7ctt4bPHxCuu6LbujU", "hR3yZIFa8z7j+JdGXWo3C4Fvjmohsh5Quiltryi0fJo", "/AjpAg1qm9iwtkWUt39PmfBFfC8ghe+dJmdU31LIz9A", "Egm0dAVIkjArGtvTKkOqCBnYXD9dLQ1EPb8Bk8/8pm8", "0wziMLCGpT/KeBDMlvYAvIgs2MnFYoscVf0j7gBfygA", "Os1YYDu6IDlQi3aMP3FdTcKiqJ3AKauWlsyvochhblY", "SS2ibmJ+6sIUPLtHGDlLMwo4wZ8QzJuiF+OzB2XFKsg", "hLi8pVJUwTtuhJQisHajyYyUrL0NMdFzc44mC4r9/qQ", "jXc6HJv31fxkB8Po7MLkGHuvIN1r/cQs+Nitun+qCBs", "rcFRvT9ST8efdSy5KhCVsYjUB6x/iDlZ+V6jMhvovjw", "HRYkm/Ls2/wsBsDeHwxlDF/GyO5FgyGBYlRzm15Ndss", "XRFwnYDjOpnqy+T1xKfmEhdKUdpv4AgPZE44Ula0dvo", "+Sg8zQRGabo8XfR2NlQYybUPJifrjcW7dUm0Qu79hAM", "n3TN3LEvbm1S7FDikM1GM4eP/vLcvzxkjSyV9sS/Mt0", "6dOEY8xHLhyG0xW3M/RN+/UksVl1ZXqQTT57RRcqrsU", "ghr91lA03dBTvw2s1LJqCY0pB9oBPdCt60JXBYX7Qn0", "9wGiEa5PuSVMiPPfueWhYS6LEgAfChcl2yR7+rvAfnU", "PYceSutg+nwFlB7BDRyVXF5ac15YLUPrKJv65ZyTueE", "z3LUeC29WFpVgURUlYW7gdr29I6WYav2Zdu0KnBZ5qc", "ONdiX/qADYXaPnv3IZAK6QIBtr9+TnPZngTewhMe4F4", "7R7aV6Uq6Rb0N2jQo1ETMByK2AEbBIuEpQH2wZ0VqNw", "8SrqWvpWdCSRiWUzxaRYf0Hp8Ybiw7LEABoXm+1Sf9s", "oyegXC8vTxCZCOftdFqYZt973kvYLwxdb9DB2cyzHqs", "LaEKY6MExm//yLiYgV/nxt1+xWtcFHLEAac1ISld4Lk", "AwkPI5Vs5LRT9V7xC9L49IybWF3P8QIcqmLyMXaBXCA", "lHuIAZAhN/yHKqa3l7qLavKkiMoaCkGxkaaUoawIH+g", "rezam9FYrnT9kyBcs97OyLI1jtnKMBkQH3PTtgpGYTg", "fgzezrxnUq9BCE9kLUf0Le9dDtZizlegmOFSKBe5UqY", "nO/8pE+V2eIjptRDanE/zInxdKhUjW9482UnU/vpK4A", "e/+ftdBXBA2nm27RNcXXsvH9ZNs9NdrheE9lLC/LVl8", "HwDLit/wO3sGs8xsSUGUfi91WADB4hzd0xWHCG8mceI", "+1kf4Siet6gMylNgCezMbdtjWfu6IHOu0WQO3d1Kxa0", "0T97oCfmRqNPqVg7LA8GMncv60hvHAtv57D+znZgEBk", "TFBv7MruLYq4H2g/3XhzzSctEuu+B5GmI73iCn2gieg", "vr6JNwvk3f9p0LoHIzh56e5PCY3bbTATIObICbaNLPg", "za9MemPcquhJZvsV3irvxia12tfUD9DWn8rblu/VmK4", "JKbRMesu8Dxdy6JbnJsLWXXV9aePbcBFbld2sPfpSZI", "InEL/cZayUhD4AZBxc3G/GF77sRQlw6lJX6H9Jyyn2I", "lqo6vaJK6uqG8yjFTtFV2SJgKzBRCxvcNoUKAmV+/3o", "7xsZ6kPzHLxp1cMHGhpe8Hnu1Y0BeiGtelia6m9PAtA", "y3UYt04D3eZrCVJrg0aMjLWZ0c1O8HZNUIwu3al4x8w", "c/ix2M1gFwK8kYddJX09uPP8kTqe0FzoYtIJeKHtmRU", "HJjkF3MjboORRRx3na8G8g5cdH0Guo9VPN3sxG86Y6k", "7tFQT2wTWFhcxaIFQFaIAlBbj3Ab12qYEsMZv21l10k", "J8KixoXL9Y2U5qMoyLrtVIr8cFxui9AkB9ll6fmtp4c", "cQ8Jxr2jlHSchU4SirxyfV/i3JOS3/0L410H6pkG46k", "1pc4hx42iH2ktkyn6bxkCFr3AiX05r110EU+Yk9BujA", "VJum2CqG/Ql29AvCuYBxewHOiyzeKYTS3IKJeYBFUT4", "spo6m6OsJSm4lAWsuwIm+lv42zp/bTwCty74zTUGTXQ", "SGA2FvpvVGiyBze3WXto1jCIS5vPiYWFpzKCE+yxDDE", "6RSi1VZ4Is0Vaer1zK58ZJFr1Xp8UFsD/DWSrA6H7hw", "3aabYBa0STP6EjBT6tzK3zADa/4VZ016sd4i2MKfvZ4", "/mUN2ZjunBojYk/BYHAyuLRu/GjI1ujVulBQnzSf3K0", "xF2bh9XoHEfvA9yOYMoIvaGTvYWD6g5OR3HP65xNc2g", "0YEU2P1WfiBzWLMZdYydFzSwDD4h6ZxuVxx9HxYlKx4", "XStseEQTnvdXnk5N0fZFtKPgMnZ3vjKwNRbuLLKYXHI", "A+2ecjidNP+6YJ3x8YEJD9Q1/ddzAyjRx3yFdHFI9LQ", "uozPRz00Jfec2QpXWYMyYgtsSRHql1b6NQRSsrMclK0", "MunxzzBF0J0DWOEB2ejV+4909H0pSGw3yMmAVNapxLQ", "KiJwr6TEQl2JiG2wLJRoIUNIaMfSScGwi1VzeNMcz+4", "9vYYT7hhBEUS+MJr28NelqwP+6fXslFoMQkqsfrJwl0", "lf9S0BbohRbgXu8bA5CC8X099A9LtAkrYeaJl5eCEJc", "q7X54QxP5Dx5oURnjuPNj5enTcV0EFMkGlnqPsKusIs", "xo9WYivu7j3RB9cQ1CsxWlvVMNC1KNUABWunii4nevQ", "Vsuws+80+f/XAgyS/+8VWH/7h7fAJOxniH+QeWS6ZIM", "1VtP92oQ9RmBtjELXRpwkpP+er0F1TNzq7Y9t48hnqM", "DoMOpk+GxgC0DhAuT2LQKxch5f05CYeQJnYmlOJk7Ms", "8d3wLaj3OSwyWE8x/8USV2AZO82S4Jy2LzY7aK3xWLk", "kI4S0COET2B+tyvGPcrG5CaLyga/nRoJ00raUz64s1A", "gaYaEIaVbhVSDjVHm+r9XiEtKaRD8/+w8DpTjqSVGpY", "3.15.0a6", "20260303", "0NwCFBsdO7DyoRTo/1mMeUxEVbgbf5kLwq6+Sd5zYrw", "0TFfY3bipXjroRr7jPZBixuVFued2if8XO4Q7V3dG4A", "mYOE7m0iZSZOeS9XiwHyXCUK1ymZQ73p6IlbT0kiOcs", "CL2JwIQJJLXI0AYQhEJdtbc4ebwAXE/wfc9fFW6PTIg", "0RJo4Lstv450fLtD1M2CBGU8O6FmK/4YwUIxOhuMglY", "TNgycAQzwZFf9NjmbbdV0H3O9zDox8FACR6OsM6VjLo", "m8SHb3Av1eCEBxnNndk1g7iplkDcWRzsyzbeqOg0Y/Y", "ZV0r2DAGpDGrXmt9VWkoZc/hHSE4IqJIDWDhc6aYl6Q", "tCN4DpC4jANcO1K0ZbnV9mfr9abOxp7U+4/yRwY/dJc", "oDuvM+Iju3mwMNrnq9Ie6lOY4RLgOd35V9OREK7/4Nc", "jJhZYGHMtiBvBD3jcdjK2VKH9LiDsadwCWOy20pmod0", "bfu3c3U6ySDowl5gOstuRUTlWPXdLmkljjFn0XBcO7k", "Vg2aNEjrT9u9jaGNSMRNXLTyAy36wVEt+vJ3BCS4m0E", "wu7HS3iiO+V9GPvHvpPrguidba7M2Cla4PUAu3ZrdlI", "P+2TXZzCHihdGxf8rz/cn6RBVSVxmOL86Zd6eclfX5c", "JBBPWgHnF1YQlMUXgRTsXrheKMpqbB05Xrlmk6EsE9c", "1ies00+JEFjxKS0NspBUYT/F0PyYMXUdP8KHfLyDHfk", "VNVnnwQgp5DldPTydRZy94ZlthdruykDBwqAHHesDq4", "Z77Hg8DhMGc3bNdOzvPGBRkyS/3JtDxjGivnU9ISxQQ", "5laF4Csl3gObceBaGWArzsRVSPUWVIIksK2yKEHTTj8", "MfgOxj5BMjJtzPd+YaJ67kjrtBzCBbIIeQzP2fFcn30", "wbLPA9wtw8pDpinYs79qcCBNLVfAJA8ZYBP/VZUlCDc", "sqBwnNq62dVc+lB5HE1y63IA9+kUL0Sjn5I9iWSR7FM", "7PnjIwKqLXO4sM4CmPfZ890g7IsuJp5e8Fdwhcl/EtA", "Ha6LAd89w9AO78Pw/TWlr7WpNjoCqUkfGqulqMaUygY", "V1O+SENJy4TR05/ECaNE2LpiVsfeTn4JRDGrihiSf2E", "necb6lAT4ygaRbaU5G+wTo+o7QuuWpSh94TIa83gAtA", "3cr4Dh6ZBKi3tbRLo3ZWDT6IHjFpTGM7ZrOrW3LpnCU", "niO1rNDWNg/yiycgbAvU7pEGUhgeo2K6bgcYS98XqYA", "dsgQzkavPOEG5uIpirx+MgwBPDo/v7+8tdxNW13QHyw", "90nstBabqYtsg0pLn3IWva1AJJhJ421ovSQF20pcD1E", "oB5PifccYbiGlVUtNQerFZFTeHb9fiaelKfIxlsLiCE", "H+PD6wllB23fvvyt4vCaR0mMw7Fi76WCJwOVdyYnaTE", "mRE3tlYN/ccRbNWc2vuvttEsgJ9OdDpX6bIomy74w14", "YK1sxlzBay3fwMk+iatb1SSFbDIXvfEvTTTQx3zhHjg", "DVulNeAuZcXOMmzYBwvzm47zh7KxIVT5I5C7qVMtzUA", "X2CdzwSKBjendNSWusk+CVpPqL/C8OnaBMRJGFGzAaM", "cpython-{v}+{b}-aarch64-apple-darwin-freethreaded+pgo+lto-full.tar.zst", "wslnmlBclKu24Ny8sanqIUj7yrW0Q+nI76w4jlkSM6g", "cpython-{v}+{b}-x86_64-apple-darwin-freethreaded+pgo+lto-full.tar.zst", "zyOCakJ9GeqUWWW6DgCiELDNlsPnwnQczxF0wYw31aY", "cpython-{v}+{b}-aarch64-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst", "k3ktMdIjL2vyfgj7/mrsIhqrGkqkJGOsh5VA05m1S8I", "cpython-{v}+{b}-aarch64-unknown-linux-musl-freethreaded+lto-full.tar.zst", "SXu9e8SGowkuADdh9qT7n9LJhU3qJJBCszDLcNLr9Co", "cpython-{v}+{b}-armv7-unknown-linux-gnueabi-freethreaded+lto-full.tar.zst", "VbKnEENNNKTNHiir8icjkr7Lo5Z8ljxx3xjUhqPXxi8", "cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-freethreaded+lto-full.tar.zst", "B7haStEFx65vzMMFjoONrT6xrSp1FXIU2kzn3vImFW4", "cpython-{v}+{b}-ppc64le-unknown-linux-gnu-freethreaded+lto-full.tar.zst", "/zloRRQI6g/vHavhHu7bvsx4z+CJaD4PAMLzQg6oZns", "cpython-{v}+{b}-riscv64-unknown-linux-gnu-freethreaded+lto-full.tar.zst", "wEjykvWAGDRt0Ru8Bn03IyNCMPkvrD/jRplrL8lGfqY", "cpython-{v}+{b}-s390x-unknown-linux-gnu-freethreaded+lto-full.tar.zst", "gH7GvyLjfvoIP2O69ByDBAejhnmfcYFGxvX2Q7fyZi8", "cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst", "GNJGjrnHg4VbgC9tbparc6YoAc2/4l3iUWV3viDjvEk", "cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-freethreaded+lto-full.tar.zst", "IghIDAFmvNaYcQIFy/jtNYkaLbMfjjKcgrLsdOF+75I", "cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst", "b3C5zXoRbwvtvk71icZU2CYH4nUZH0DLfdYpTtp4N7I", "cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-freethreaded+lto-full.tar.zst", "kmd2USJg1InWUqYG487r+ZCmXBMkQtDBBD1hDYYGk1Q", "cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst", "UmuXaskBdbiMgPF/nedFiP1/8BjhbWnvCjrzlpOixiA", "cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-freethreaded+lto-full.tar.zst", "mn7nGcHfxiJCN30yZxzfjXJQ8ARJIXCfX7BpUqiisCs", "cpython-{v}+{b}-x86_64-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst", "nZWxQplY7/5mXA3X4qm43+E2S0d2N9+H3fNyQ4rfoQk", "cpython-{v}+{b}-x86_64-unknown-linux-musl-freethreaded+lto-full.tar.zst", "K101AXGQJI67v4skQy7HMOSW3Gi5ETCKDNTCHYGB0JA", "cpython-{v}+{b}-aarch64-pc-windows-msvc-freethreaded+pgo-full.tar.zst", "YokNEVtU0kVqdNsJ0wJoNPruGbob4lfChwJbDormrRY", "cpython-{v}+{b}-i686-pc-windows-msvc-freethreaded+pgo-full.tar.zst", "QXRxnzhPPGiTxZ4j6ogkLDq52Et//7nR7ToR6damoGg", "cpython-{v}+{b}-x86_64-pc-windows-msvc-freethreaded+pgo-full.tar.zst", "jD3gX034GjtIL9YtqhS3hj3ytRekh7dWYeN9/uhFpOY", "MsBsudtu78t/7PtUQOa/IUlUF+S6nu21XKyRhPybGNA", "k0tvZH4fiyZ8KGKk8/mEeRdO3szM3O3MDbLAuvWKdu4", "p/jM3Fo8MtFX9vyZexUbFWzdI/+82nkG36ronlWTyIk", "p+SNYYsnbTZM1IesIPHTPSKEn5saCV9YqO/QbcmNHAM", "pAe1M9czXp474lSmyN+YE9Jhx4F8OVoFQ0pEwy5Rco8", "xLBz7r5gEWfOjw9JFDDnJZQX+tQ2JxHIhLnfJ+ksjoA", "qmuiQCTOE9F3yHJLpUW6nlpIFmG6XqcQ+enklhagYQQ", "IZ9QoEDhCMqMV/aNyROrUbXiqD5dXAlnffP9xbGg554", "rjVvMIgROeE+Sb9Kh1wpixnWCoiFN0TxxChMFyuVgi0", "FzJrz3fAs4hyvGr5oUJj7czRNUvIaALLIH22OBWYZbY", "k770AYABzppHlXu0hMhIusfrPLBemuC/OSmTNpu+m/w", "ksIYjjo0mfGsDKiCFf8/KC5l3W6BOrvs1MgTvtlvHl4", "L5wBaU+PmjpQPUlu16vipS0jY3lYkA/XrZLbjveVwVE", "V8hhhu+EG8Owd7ClHyQomGmWaG6YvifQb+YRDXL9/rc", "Gf3wihmDrmicdJazNkgkoISyXYx5f158TKLgtH2NFjY", "hlI5PwYTvEUCnju2fpwNuBy6/hEwdAxtt5LCA/vg3k4", "ylN5YuzJxm9OYB9WfgV7Md/czOJnAswGWxwmJOtaUEI", "3.10.19", "20260211", "5mNLBq+irnnmZM80F02tXTGzARf5CgHVM94/Tp22l04", "jQj/LZuyBWYiPyAwfI2cMb3wILHxojfCqm79HeZRv3s", "8pFqIPPeVQDfUSnjfdCiEygd6iniJuwf/n/s2xCVVTM", "W92CSwASQ/LwtF2LKMh2ZOLdwVpqo/Cl4ss7TFXDApk", "6PJPtpmHqTM/G0U0+j4xZ/d5CfhD/bDmFFZf7GvAfZg", "/Gme3s69x0WQcPzRHecjdoCkphbZk77rg1fR2O9+o2E", "oP4pcHdoyGncCIW05kWh4e9icrGTvhBkm0/+F2D1EYE", "0+UaNqQnKt4HVaELiNhrFMq6o2sRPZFugoJ5s0YrJsE", "gTWCoGubzPSlYt5/zt78qEJFx8omua39amDO98/jUkE", "wqWmbFRELMLQiDrOlRclc/23zRDxzxBP4/4bTHpBnRg", "oYHjMmiTmZAL0IQovATrSzpFmhYnTrYOnCw+ngM3rjI", "4ZLJpMMT4ZQVxsgotLKNBJ0GEqOc7a5hQM3s+qBl5tE", "VUipNxkSbhg0F7XY/gZu9TGStfWCEAn4htbqhCB34MM", "MAzYxJ5n5Ueh3by8U5qmYzWThH37xXvytOW/Bapqf9k", "D6jGfLTRaVUTm7gQpDGJ504bJDvF9zsGTfGfYe5uuUg", "1x32HRzbWa9EQ5EtqO7KdEpS54L/Xe76lm6tiTI1o54", "8buUZzFZ/U3I8bTtWwXfE5DzzNYCJOHsRQxtCzeNrYY", "2GffbR+K4S/iVV6V5j7Hnx6YsQzQKVZ4NXWF384mllU", "uJLyx+sKBGEWiNbfdWeidFogSqxpTW0cVsdbBxfastY", "H6PGsoLeUupTtaXCzCkEHOdav4w6WNSTkjUGG1LmMuE", "DmGTp7zxEA36bDoyQ3g+Clfw5bDiwanHxoMCw0qzTMo", "g4ybnHvPvomKC/qWq8yQbIHDMr0t5Q9Iq8o51qu1mrY", "a/qKNSZFu1aUNLUPIRQ7mXPtEvGTMk2N8ScvQwLJI2I", "sbTckHpkpYLpCnjHvUc+ETs2LKn7j2xFxDwkFwvLs6s", "05N2Yq0CtuREPGteSqMqnMau7sA4C2wHSM9Gr+755J4", "PfVSKqrhCMOApqjoVLQ3BGOZZccBtCOU5IX7Xm5jP1Y", "BXKhL4siugVwSr1EMqBtjELh5qbc6L6kJznNM0LUfWA", "D50novGxcJ+cD8N0uCWZBJZdvNprETnSdoK41hsMu24", "C1J9d70g/5a8K/rXyJ2DLteKMA2W9LfNCAsuN9oEN7M", "ovIKN6/U1Rjhx8AWg4F54MxSBzB7yiXxvgGRHivMv94", "yqsHF7OJlHnwRLDYdRQzBq2zC/GqLoAnfkmLoSYmFtc", "JjKLCsQmTCheC96IuqVAqBpsLGgL9qiv/4Z96jlvdL8", "f2A7gTkdCgANZkkgnRKvF17tNs2AVgBwFPc4JFN1Xts", "IjHXhfvgnGBsWwjvO93nn1TehnC7RsXelD9nG7bfOYA", "4dRkjxxCaS1O1PqjI4cTY5iafbY9rp79MuLFLLOwQWs", "IB73tdt5Nxo6oecShGJiNeOmMcILu1ZiGpcxXLhaqAs", "3.11.14", "1fEPb9xvSvtdJRV47bidjA7Oj59W44sAGeKpTo8PSFI", "fTNa0cBV/MMHcjrgFgGNj4YbDUmoD0PV1NWV5wktyuU", "Lw3b8Ur3e7jCNI9R3N8dWeX/X1aepDM+OSU/vnbTdZc", "UpQDHpZfv+om69O9JQU90/AK9AUzdXrVeaqC0lqE9i0", "iqDi9p9ph8XWzm769GZOTnRR5kP1zI4ytABWn8pMvB8", "CkJFy51LbUN5AMhlCyXMhuOcEvKsCkI31KZUsJpMKxM", "EMy0LdmbENz5YnTFsaDKs5LlcHOWpIC22FRwZ+wxDhs", "C4vu4gQsceO4Eo50BQ2Dk+GyKW57zfVOI6j1CEFty7c", "63mamf8N18nbgRwAjRJjQnI0i0+cTaGtbcfLT3jfogg", "2EATh1NjWZ77i28PM8F/2/tsJtQWkE0fKlgCnc5n7ls", "dtHc4RCqK2hiN3lOipLEd6nQG7d+8ls+xvnEYT+COIo", "P4Z1TpBILPrjXsyyV6BSHN0S2hNFsMrQEl5zjQRxV1M", "5yWHQ5y8yarxyEIqbs8GMJnyHy+ysx88mWHkb3Wajr0", "oXprGSuj7gdAmT9tQ3D8xQtnglDxkkNFGipHCmdqfnM", "79WhMuz9ShJ7LsA1kSMDSGi3mGY3UPdSb0XalgbL3P4", "H7aonap1D37/AOtl2QHDwjZxOBLrnIx+B+zfzXggPI4", "KxJdLXMOwDPcjsFmlmMAuJFxVeaSccrh4QxAySerDNg", "q3KGZalM6iQ/X+x/3Y03lGMUOFw+w5RAFE7xIlPys0k", "ArYRCNCzpx2xMXIkqfOWlGW2w4SYtmO1bHU+ZPeDFZ4", "20p7Y4mWHxlO9cHLIaRsAj28E3A6xR971+qhCIdAynI", "NV9TNqbYsiJz+BoDPMUoXrSEK6xb0kw94L3VnLOWLOA", "L5e1WWcQrNhu60CwyquDPNUjC6stUrxtUZUKvU0Vrmw", "lV0lL8QmMiiILNLLev6zuMS3hEEnzHQSbP6Zq9tbP9A", "6uDgsfSWWcPOPipdgTvvsj/6gKAZgSl+L5kDnTIGQrA", "UtfhFfs+ZbjlkgRKZyolJCYcsB9jYG5WqvF61CR5DDw", "5OIkkmsAcsWz+p0LFTFsw6l/x/qptiIsZkSAN4VFnIw", "lf2FjkdxifwzWH0O2jcAo2q6PR18LJb2JIT/I9LTEIM", "fWCHF32d+9Zcfo3FeEwY/8lMSiE0VQQB3qXYYMi5qLU", "2e7hgXCrbU4g/FfxMee5WqsMBMpzkcuV33nnrASDxNs", "s3evuK/JqMh399T13ho5aCwzOdWHZEkwpaCkncEZYYI", "HUCFaWhqBZDWL7NDqlCtVywNG1Z4TA7jx3YoRn6mKQU", "JBkw9MLt6CHqX2++7KJEz/dbpqlfxg1yzu7gtIZsGMU", "0ZC1fkr0ruMxAlm6HOdIA/KvpJVGjSWVuWkhy12BJn4", "6FrAOhzfWFiNUY/yC3OsRTxZGCf3q4fs9ALFNt7a4Cs", "fv4OuiuSpJy/OvkT4no/GTnxda4VfPzcyGAMsV8v4zY", "YvqtamhKb8BnQ+0q0hSQovyNGziLBpNnpqDsR7zfvhQ", "DfMBplvZSRZywlP0DZB8rFn5xdAFoBp9hIv4b/ar8PQ", "3.12.12", "ImJd6vV1fnwmbPGglskVGga1mLHhRjKi7JmT1Y7F/oQ", "qErHo21GW8braNuEVA/bXaBDM5AOLDyzS11FTyAiBIw", "hf3GT+Zy3nM3GYpj2JkYA3v5O9sDSAQE2Q+PYBq+8d0", "scnHpNgpV1151xMbz582ZvTzpGKN6DxTF/BoC/rb4Zo", "Z6cGeJOVC0/IgYV0NUOHTUMx1YgLP2k8bizQ7l3c8XA", "aI0llM2lwaj1RVUQ245N/EBcfnBtC2sGOjxDmdHrdE0", "BItpDl28v+xpivs+myDK0hKqmxn9YfiWAEsts6gS9k0", "Mgt8Gip4hR5I4UWXRc3DvxhF2EfjY/QvUihK89TuNsg", "nez+hhaX0yQgY4aNbNGwW5qfxVSghG3hYtOBIUP8ChE", "rczPSzPd5ln3cj4fgI6vWEtycG0/9QjgY2Rd++IYjCI", "a3mL4FlbcyYv6vViojYEOP5apKKb4Qf08gGN00de+CE", "fqgMauAhHH1iwQYK70DrzBvKM1MbYMNsFEw8ni5HHVk", "BTVHMbk+NTtMSu2WR/6EZKO0AohDm7gkUVgVOq16Fvs", "VEX7JFmsyDIsPZRELgaDTIgcdiF6p9sfrT7jGmAJwvc", "nqMYJ1PzgxE6tY32SuL5M54fN5/V4wLbW6RJqroKyjo", "HbqmJKCeFa/n772sCNQpkxNaaNuNNPmG72l3ptd73Dw", "0S1a98HK5M22nTuYrpFR3LnFfQRE9SF7e6Cm9uToREE", "RhGkHIZT/QdPdZmfWugG7hUbWYKPvn0hjgLhJRhyY/4", "gqSjrde+hRKy4gaMr3p0qMbkVarZoH2LeXeaViGi6XA", "k7+OjAXt4Ad7GXopyZ69ryU0l/JxkAl0lCZRULTnC6g", "VyI0zspfqPiRoYZJdXX8ZhnA1KlqZB+YxemsFT950lY", "hX9n6oVW6VH0lE5b1ZaIrDdjb//9Nk0OM57bKe6crjs", "vl9fnp9i14mKHpN4AZ7bJun+3XGTbEmOOPD9yXrCNfk", "EBYGutw7CWZzra0Pc8ELxlPoUnpVQtO2ELwKDHZgd/Q", "N5H8Mh3vwlfoeI9KPfPQCWEfXOyCp7ThXttNd6WshY4", "bKpfMhqAzPtHUHNiimtTwlMpcwl4UUkEMZs1La2IeCM", "GknCLl24fhROxD5fLDzE0q4ZOfDtKjIzOKBMvpTwwsY", "0PM3Y7/iPwWNRNaNjA/CSVB7nPYwGpemlfidu+Zdw/U", "SJXhh+ZtBV31buhX73awwzpBmfq689yX5n5n2Ors+ro", "wI0x/QA6FM+1vqQw4R1LRQgmFzJWKm/dBsPSGaFhG6A", "gbNF8A1DX38CbIQDVjOt2oGz/afFhIjWhid61kpmR7s", "fhb2wrmLpCtLVp3sYIL3Zb1sb1jVbC45C581OIerjXo", "XAsgmQH4D9pZfnIvaogz71iqZhHnWnsoGvMuKXcDsGA", "xraePCsJ2NzA2cld4YTARcEhSIShs4Br47G3trFPgog", "SueWcMkul1+e01i0LQd+LIHr27L5IX89MZps7+Nzn0Q", "55z02UxZ75W9cesjOk57nlJW6FxtzGHEuC0IOZ+2NRk", "SNhJz69DhsWM18pD1z+eMcFOAgrXuqspnEehzzm/BR8", "3.15.0a5", "20260203", "E0tNAMo6/R7ffAkOR3l/hS91kiW8Mld+1vydG6wQKos", "JLPFIYtxsWbGDISO0kITSHs8eAjV5V3ivQ9frdywcqk", "uVhXgOb6Gdnhr9Jd4WZ7SQjkRZw9fVDP+PCUGwxrAZM", "0RhkwnplFgEPXlmREAV4tR161yZKt29OVJNs6YJV3Dk", "L5KOZOK+aWjaef82+cM+wP+/oMf5AL79E4TZaWdtub8", "A3lXd30gehKTUyZ5koTWzb9Rjpn/K9NV3/62Y4rz/Kc", "NzLHewwSH56glzVw3U1RmfUDGOYtbHzKAbv+9yHMj6M", "ZhQnAEFSXIe2ZeOJuzEn62aQ32a6sO6kSCMOF/14DKI", "X4CqjbA4XMwXo8mvidfm3ov+CNtQ8qKZzaDwtTxNPMg", "hj9lPoTZ88oxDo9YhuVZ8f4mjCml5lWd7UMshsx50gc", "RPDJMdfl8/Zaiqcnqvg0UWOMnnjINcezmZCZEndF9CY", "uY0ZzXjsWd5ANEK708U67v5kt+ipCPdD4epYSz6m3Bk", "HCK3DS1n1ySCXT5YzKcScwmGaiK74xEP7FrxDsLg28k", "qzToSSL8nj7X36nNp1MWFTnUuhL/20VTOIA61g0Gc+w", "2OPCan00c62kugWhJtU0n9QLYkiqroxxMoNRFBfnnUY", "vVwLOr1hV52nufzTRB8t+y6CR8LtE0QId9f5tUrE5J0", "0JqFtzILtatK+P1ngbnj6xUHtrdAziLgti1fXEN+uSw", "PfpHdtbtD//nBReZu03/O459ARMw9Gr0MbsjZPw0rCs", "gj77wIcy0qhUS3Fl6uABmLKQKMaoFcGdXFxpnPzNqWA", "c5Ln3sP8wRmvNmRau/PZkWrN/CPcubqvUsJdhKc7ktQ", "No/6XYLIGLC3lWPogLRJkARMuULbNAX21/qLv/2gdOk", "ET+3MF63lnbqNpUOAuPlHkKyLHI3o62aKuNfyailc9w", "nxeTl96sSamDoP2bFbF04lphjFi3NmHrpXCn2C1kvNM", "z02jt5EbFZ+xNaBOCwoS6WRiYSchxs4AiY5SFYOXkmI", "sLTYoPK71rE9yot64ZLmsScVn6xYJLWEry9FPKJvP4M", "qX+MXpgYG9jCxhXWjcw0zQyYvvi2i/dvt12DIshzhn0", "HdLTvATg3xHe0DZ5e/WzjVp1jg509yV76wS/QGLSfOw", "n8kMsg8aZO4m6Xl/R0fBMbJ10JtXv1eRYfHYnAFVjp4", "+IUCCsUyuf9/LoMX5dw9ovDUkOOzEhP6uU2O0Qfmsy8", "kQ5hPdpeDNKNOW34xOomjZLUzaEnYdxQK8g2OKjc6og", "1u/B0Vg1EcSz9Z9ep2/YVLCtWdy3nFBvqohmLzjMYF4", "5q2+FHtH2xRI4/eEtBnr0Kdr2u84pOjSlYVJywxEpvU", "S/hVhJbBKgKnvjWWDhR9DsfdJjcmsyDvvSsLMhliIng", "vHxjz/ny/X+BTnb9EqSFD60PRbnAIFKkne9VeT+QdSg", "oux+9J0sBRwUuK88Oov0uhoKWXbcmdlJiK3NgkXH2zc", "CotpBZH1gby7HkQrat1Aag9umg/7Rd2RfTYXyIGgAAw", "QPKwv4D2CFZzyTmbscBIWhFEdpYOsKxZ0ceAezMg5iE", "P+0GHLnaCHFpemtqgC2YGs3JETgU9cMejYafq/kRQF8", "3v+yfSj9j2/dOxJwnEGZwqUZWVusdafRXDsYsSYY4qY", "AE83aEjsO55p/1rNOy7SOgQ+BAvy03HVpBOvO1ijptc", "X+dTbuUgeX2juF3qLSqKAQYBrYYyJSk0VBCmC4LS4J4", "XuzJw/kr49aF/F7RPjIQfg0f3NqQxMn2VzjaWWuw1Pw", "vg123BXNZ700wqFGRPP4ZjsMhH8zXbfAF8IWbnJ38Yc", "L1a6Mn8SO2KEu7s8ulnmHc00DsbA/BDg0UTzRYuZcy8", "IT5asFXoablWOKQGbIagv9RbxL3UrajGThJFelomjrU", "wGZaG8HdEt+4UJH7Z9vi9y4H86sHtUchKuZylwICH28", "cmoHkE6DYK0rtJJgNTjOpCHrGw7fvdMlbcQaCNOJXvE", "ti/CweKR5FzKcafcO/NQEt4BCDP0+j8QRm9G+l/dUSY", "2a0DYTfSYyu4hjJM3VjyT9ypJ24Q7440HMnZrspiPAU", "7v0w6mHU7lMlbUpZixyEMxeeezvVglUsZxEHVsZvMgM", "S2uXd9earsM1NOfAv6VepyjsfJJ4PDSZ1hEIAd2aUSU", "1YYkbT8imAHTOUxrJb10h0L9hMB+ASKIO/wunmLEFI4", "S5rElG72DWqEqNneuQi9Rs3pQzrtae3eC21pSJSeRXg", "TMNvib3HvJOEL3n9reZsCa0ORVAGT88dvpJmLzEgKZ8", "UZHsMzKUNpn726FHZL4mcgtksbkm27S407Ni5UZIsaU", "9zD2ziE1TNJc4SjtM5BlRTHgGugr8KNMXJ5shtv4HKc", "gVOnMTJ3dbqM7niE7kTWwiBb9cfGyOjq/evvKixtDi4", "8LsXAehmHSFV/WzA5kX0UAckNVkRUmBe8Qd8kwUenzU", "OCN+myXSt29IciiDQsvpb8BXyDuXkhPhvjl2lP5Y7jI", "cOVOpMwTToVOGY/QikdDrXa+X9sdWN+R/WkgqezJmdw", "Q9XJtlwVgR0QwamqW5rWHZxj4vJHYCGUiUlmp8+M79g", "5hK+0DhnGsfoe3HTnZ3tj14hM9Y6oY7A3rJojKfeXkM", "MjP5jM592Ob/wjRWTg/V/9kXUZEFacdMWUaCU2VwnB0", "eOp3KRptjz7YrJPu1ujLJLcc/bLSaZrt7olesbi6Q6k", "TjfUaZfZ0ORy3vBx7aY6K7eut0MSkPngGNjJ+CYyXyY", "fFaawVZmSXUY7XaK235fCWzwCBtxsHe+RKT/gxea+go", "4mvAYou+cZeo3U/DJ6L9cfT7a+0HfibyZ7M2bPJg0CA", "FcgPdGIjN/z1YpxybC4pc+pMFFpyJuCx8YnAt01SqRY", "F/YzNXQSCQvZjN4HZzcWttpf3bUQm5Nu+85oRoahMDo", "HQc6eVHxduwinPBgd/SU3t4frwTArIMZV6KlgUlC0pU", "fmjmhs1fiye6foJ7QfWtHJBhtFwwTobqL0Wtt+hFK88", "ZfIlmcgn5go05oaTHgK57MlDy4voPYkh6Jfn1eF4nn4", "Yl39rlI5osuzSdtWVvUZ4NpVbh7xLYwOAO0RhO1l8XQ", "xys6bNg2M4d0GqukVI7/QW8TUd3l9Ga9rk1KUI5DSK0", "3.13.11", "20260127", "cYqHv4TYHLgTVUiMo3vh9mwiUjBL4gkHIQFpSN6W58o", "KoSsPf9okthXs79/wA+IM17Zf0rEV34GUaVsx/EyOdc", "8PU2QtZRVQB8v6hgFyL5vBiaXIYz9U+3j8/vi8gXVF8", "is/gnEYKHmcWgq6TN+KFHvtoKXY6JPZny2XzIWk+lD4", "aRjKIChN5c2vIv4MR4s9ViSRnh3ujGEsP3Kt5Y925l0", "7LWaROYuZ+In9nqOakKcfk3CQALVW7CBFUAfPJYuzCk", "puwUCtxOlJGMduPPjobJZmY2ImYMVBctM0t26N9N0XE", "7ToVZoQK4HD4t+Av5diYfapSw8H1AM28YVZ7JAXGx7U", "6jkBbK31bM71zJGpPjbi9A20mbVTYInPFLHv1pJPsag", "LzpBfYrFeGzkRZ4Lq15fIIs9hd/RRayCi4YdmRJdZ5c", "TKMcid/ZHgOyQGLSfNm60RSm40ofUBGU+l9e9yq8zKc", "Jq+zFaHV1c6McIvfze4blciUdcglreKmEAo6w9khWjM", "IJyBn0CoUrex3IewixVE5R+zGedH6wHKmqvh6VYKFUI", "62d4X47STdEbjUJbN4Ipm5YqpxplpbL47KafHUcIEo0", "jCaKDr5OBuMt0nafLi80Aj0fF1jy3c5kbzWk/ahfw7w", "7GrvP+wxg1k0RcKlc3jX8UDjof5jfn/sHb+6EMUHZUk", "11lSSVnueoISO3B9vrUdcmLHrAoYITiBX0O91HZCVT0", "0jZXgzRZ41UNAnlwHnUa+j+voZ5xi9tccx0R4boiNa8", "vv/AlURVbhhgX6Juo8EHb9X4ghCCkDbgKQHbKw+vOwQ", "2nMTjySdnrOKz3tDIlxAqM1e4iGEdLvPVn4nRiYAXzc", "VMqpvGbfLd/kOLBG9fDdhq1Ch342H8y6HODAxVl7dcc", "AhyHtyROT9RwalxUk8/Sl8O59my1bDuU06tHFf6cShQ", "EVvHK52NnNaTUdDp0NVcD0U/K7oLCfyKzXMM7VXRozI", "mihja0d/CFmw4A0Q3g29wmYQyG0EbPsjsg09LIRTCY4", "ZMQYxtE+2QNuDgfydS6vFUCdZK0xf09cGm+5ciGqmS4", "kOmmXuuAFp4Y3pk9jHfE2dFx25DgaD/ACNcRHYe1MMQ", "LgDZPwa6vpYEs6lj3TtbFs5ws4jMSjn+5ELGEkAD+w4", "2vAkzeIzl8N/r0iUuChJvSF3QZzSEKePoO+juvuEDFo", "hf80fh+6DMo3HAraxL59IHZHhxh5TLulzdLjT3w5M6M", "kAeVN/67VsWERLan65lZJqe7/gimvrXN6bdMwmI+Q1Q", "R29F/qQjHJHEtK9Klshg1XJRc0G4dSZoJzFz47L8X6g", "7pJukoOuk0xWcq88lD2z0QFcekmD1geS2HYexZifTUo", "2vIgUL+FaRFcKPcgMjrFrE3jYkLswMfr9iYt01a+vCY", "SaIybleDZw/XnDUEO2CMdr5XvQ55UddflNj2IsLoC+0", "wesBZ35SRPdMvUvRzqpRoRWIAJMTGT3Z53itW30ePvE", "oPEdMYLVeHtvd7mU5My8wJjqgFMn3N8wuFw3eTmt9UY", "dBiXtgUnH9IQMBNc3Seyt5hxznj15eHv/tDM8CVScSY", "1MSD9W6Hdkbtzk5lKfh9v6tIdKEwUDhJbAa12L6C6Q8", "Syct01oqUfu1E2eMqhcQOleHJt0AQi+OvQK8iBRMjf0", "uMUYlDFpH3QUb65Qt9eUnyK+6XpJCFlmaOd2Q+q3ZAg", "cS+MX11ooA5BE4hzR0LOVY6zixryTVqOKmsXbrhVDNE", "j/gdYXrrQgqOG44WLVwmIrRiJP4yVIzb0gS1JEk3c6Q", "nI1L0ESVRE4fBA7bGSTM4gJVZ1gcEQFruPHCHtO3kRI", "Zit2V+IdeGD5pXkcY6yAxrAOC3wekyRIZjTstpQXVPg", "61C9VtOCeIDuto5LSKrvPOEkIdJy7hj2VqxBVsxwxYg", "S5vrOuCAAHoE2VUSQRqv9L4z3xRiyv7epGZv8xzk2Bk", "xi2ndv0eGDR1hOBNCAJWPTz7M38jVWTOoZZPU2enCKo", "SgtU7sh7UeKQNJJbe9FYtbW3vbfpLAC464IOwWUCqdA", "UIzKn5OMiranV6NmpoPZfypx8rdANzkGeh7S1lCEKRI", "tdrftaSffz8gxJ0ba8jBuMKfo12Qh92/93WlR8fahro", "8JgTXTGrEa76vg73X854RW0wRIxYSes+aEAJpUjPElc", "omk7ofgyGA5U3WPSRWH+f/VpKhJ+rUlx0cZnlkC4ajg", "V5wkdcRKFJ6LqebX1Yfm8x0CWFycpW8RWOkWiIal/ek", "8ZoqtNwOBIAultDrOpHXDPclrZtGcEy9vqHktG//Df8", "gqkuWRDqMWUQXxswg3W8g2WvcXuDXnTdjRgEwWWeWyw", "Ko4hnKyjwqKosCgILALducxLiik1UtW3r6C7fgSo3wA", "tiukWGGodlfUbd40ypvTSggeUwZdilrRUPbHU/rTHBs", "w0HpzwNwhzvbwmSUDpx2jTVnvJY89v8eXrN5Pb7k8E8", "JUk6gUi+aSpWJ3r+GFTEawGZhJJPcTe2Yn8gxIp6Ino", "lqpfVdqYX7o5UnoXQnLJOqdW+35Yxws2CNd40hntr8U", "6SVG0jT95BXKgJ/vI6X+H3c+eqwdqpUuaqHF+7h0tUw", "OLs6nZygzu/M8V4PgdAHjqt9vMpaZzjUYsw+3Z7uqBE", "lguwi1ZVUdDKnc9D+a3HS/FfYONcChNlS95ZQuaiBRA", "EUgBPvYtBbOc0GHPSfvSBFREb0pBTNDtPk9kf91HB3Y", "2tnx3T/ANqFiZjxSGkb+PFKTGO4deM4BU31UA9aaKB4", "fKn+yXYbxApAbOu6MonqO2uW2vPhDLANLP4G8zwdRfQ", "CHUfxrXd8OIHJKwUUrK0njbpmnvMLGmzVBbpfvGxYWk", "qleHXg+YKy7L7WgQ6vx2bIZ4fsWFD/BWtT/twbVs2Qo", "8mdDZNVMBl/czgs3EsBC8RAcHnHY50JVlUOl/e71w7A", "6QUEwb+Vln/gEGjozKoujXE6oikAA5ZLwVftlVVKt3s", "YpK7nd+FYWFAGCBNcngexGAtnsijV2Ds98XT622ekxc", "trpxXS9PF5bgsXuAEWkJrxk7wBVMEnC/ijeKQ40FP24", "enDHYQnGzD02bbt447pg0cpUh6Ii1c+A6yWKCIBrio0", "wXTmQVcMRbSjnQhar1gbXvcjLipX1p5syrR8hJN4qHI", "3.14.2", "L4LtDPkCyKKGOj/FhkkJZFx2Hk4KllJYUMnvj347eec", "UeiGJh+3n2QHmyAYGn+K38pzjysogogumBtnoWXhgJs", "HSQ7+rE0yf0+CZeAqBEHnYxhWCg73d5l3ivF9u2nT3w", "0cFJMLleELELJj+rre/ErFllVTFEwWZ3dfsJeyZ1sbM", "srzF1+I/PtRSUruEiSSTzL+m4qL4KQEyHLjkTIQq1XA", "OSUXqALu0P1V/2GbNKg+bfg5Js9ySHJh6BTiCGnEaYA", "MrVzPp3u2E9Vcjy8e9/OZIznfEYzrVmy+oXUoupsWac", "tmsH+gr+ZBkXupjs2E2NVSA0EMf2cHMxYjT+OV/csgE", "mBqqd/2bQAh48qhQJBEtNQYA/gdFsyEfRG+z+bS5kho", "dsqPG9cxsEruEIUF8AnemTNXJlmRNhWYYA+q7vE4clI", "bYhK3k5Z7d8UNtjIYEZ1XrBpR2BiDkxDr6ZbqYerTS8", "gbmo6fTcXk8pL62IriTmLoMOtBCBEU8L38KZYGNpt1g", "w3PuC/wG182RfoCJ1sCSHay/OZ2aJg0TkwSfXSUcMRk", "Moqrwi0Ze7S2THyKWIqPKncBi7bkqrHs7jYY9Wclekk", "RWYqc2R1w2LUuwUCl8rXjHVsFW+hd90tCbcAtAzRX6s", "wpJtZwf0M5478w6QQ3s4dxK0fmDp5Vv/Hcs2v3aIsB0", "JAFSceRyA7m3kklnCoR0h/mXro4KPerMUzzl/FXWbqY", "R4CsZPz0s9/Rgfhq6Hyd/0PT+oBMX42XCRKY8th+Gc0", "HGi35EVrp6z7JtagIC+4nbY/yoz6t1PHQsabXz1kPsQ", "QmOM6b2MF3AQxEx6am+z4dwLBOo3IIkDbGicy1fcDQk", "TRiNxyoegjNTdFVW2ej2REiwqWBjXIRZAvSQ6azHs4Q", "b7upFfCvlTBK7o2HqTewu7CX/Hl7+MfYyCo+jC1l6MU", "DLNVzfW3fAmqsv1XZS3mYE7grWvxTPjru2jGTX90t70", "W+pHLVxoQmdXLLc8AnnVAvPNmWxpUARk7U+VatnKd88", "HdjDevAo4KqtD9kMXJi0CJwURN2a452uvBkOHyz3Gqg", "7EB08sBCmnHUKx1q2kI5yVChu9AGiCJlW7808BOzwXM", "XSoOpGmOwbi+H9Slcq9deBjiyFCXs7ZFhOu3OlIijXw", "uVKldRFZd8vCiDwMfks6c8B7Qoei0S8TVCdtLU37Fv4", "mtEcgWSk37hlmFdwOCPGjbRPkJr57gbUsut842wygbI", "0l1PTHE1rgiy5cSyVF6kmClVcKiaEdnxj5pU4XXhUQk", "2oboUBLz1uwLghyICEq5Nfgp3fVJIup4KpOmzMeY+S4", "LWnwd0e9EqjtWjlSWH/QrvKFqcNJfoK1JUFc6GvYzWg", "5BFbP6fKTDS2qIC6fDvQu2c8PTs6xm5HZPgJ/pqQY6M", "IZugPvD/RlmvHyA+rDFqBEmCrr42GTBAf4bw8lo8JsM", "qNNJKNf0+bgZEc40QHsboc8kQEUswsuRR0KPnkiU3Cs", "wmwMGQtW3CqDrsdrA+rp3BCWmTfjfRzzBN8YCaVbitA", "tq+TPsu3o1Wd1FLQyP+Sb09TqWAz5++8991z4IaYmgI", "wuEWfGpHBntPyDlNV0rPVXSHi4NQHtFTPogDCWu3yfA", "VVnvIomka71yo/FMPqXXbHZzWKnkBKc8bDWy608rHMs", "zdaFRSlcUkwXvP5z/hSqSsi5lmepfv8/5G6iea5quHE", "pyyN7bmcw1iA8sRWpIOQh/MalVDyBONLI46fFjSMnKU", "28+H6gU9Vab+0K6iLRTcCb5zqD9/PwzFmX0YOfq5ss8", "PM8ajjxBmgooYvnJT1cpE2TNQQ+U6cZg2bGyEexUO2E", "EJ884BkNqk6m/Nif3ePJv4zfC2wTG/aS3mw8G43H6BE", "lmPye0aOHSOW93MHU1b4WoXquWM7296xamPItpTIWG0", "uWHhQDsaVFnG8cA07bPdz/tRFmP3e/G5u0Ayyv+pFeA", "DWVPTIrAJ3oSnL1jt6ANhztmPDb6Bf3twT7g4PEuU48", "unVrZGlap1Ghd5wDPRvuj2yNsLIMr5g3FEeBuqdUHNU", "KyS5O9jrREy+89Ly243biNPNpVF2rKcSQQg2ArOKEyk", "42okR2m+lCVx7vW4F5H/+vNTNYKUgf6zMvzsg9YiE+s", "3ls1FMxyHIF17h53iPgCWrfZtdZ8uKxgNIhwJY3WfMI", "bQxfGPXuUFTDi/VKqfj4RUEiYHP/rmf9GZeZdvr7Otc", "KnOHEposiQa4NiR+FJV3U2r96K3DiyMuy79M5T6M9cw", "TAVZJ3v4lkcIdnGNur0o+/o2m4Z8npeMVcUJ6wuZpsY", "+CTSz25JjOoQ8QuGAacYzmRAoMKyn2gMrV67LelhsCE", "AWkj2EyLp2FPYq4wnPWAP7fekd8LjCi/xCi7eY+zlWg", "hl0trcyFKstST+VE9sCG3bd7SPj3zFeUcl7TuxJRGxc", "58WP/L1pt7fEipABbmGUkkOxxPPNMjD2AgZJvWO5Y2o", "A5BVMQsKZ6rkKflshVcRi2/SaHzA714Ki87bxhwX46E", "Hy/H9TM3OEJ0AQHMypR9UdHLLOslEcjgMO2WzqvzUWU", "G12sTvIWNrm4cRaOIYB/TT6WaR1Ai5rz0fWqZZjj5Ec", "U7xAncwrLMYuzMR1S1lhhDDU1a1KgfvsKrBKs2w7oIY", "OL+uGi2jPMMqMLcMcuYIFq4wpGuBXUxOUBrDHr0Jxbw", "cQZWkkFVuVYBaGnIvYM9UG/r9xls7KvhkRkIqE7szf8", "ifVA3bFSxdScgDlRfWMn7iqWXTLttZkKsqOqjOfeRSY", "M8PJ8kC1bvUcUPF84K9QweqnSYOK6MrBbc3NJY5ra1E", "pPcCOw2JM9RIWN4NbRZi3BQeix0K5jhqsDz1MS8ueDY", "C3pJHuoPAf3gWS4IKoFa1Dn3/cb8pyYm82XmdKg49AU", "KIfFuzn8hgUu6qlVZcb3Y5MCgRz1G4y5AtwfZMle/yg", "iVnJb9M4X2cLnbIl1fPPr7pkHoIuOT6zIjsq/1+4gdk", "e+pZymK5gaQYCPxcLWU4sxN68QyBqSBzR8j7xIY2Bz0", "rYB0iaYj9WktrFTy1Nh9yMNCBqnFqBEYewMecIRlfnA", "hvjAJh3qMO/Y17ByDMdzMnRX81yUioM+QFMVZ+JL9n4", "MtgFZfefMqhmK0BlDNnDj78MvaEQrP3DppEb8cVZYpU", "3.15.0a4", "20260113", "8cGLn8RmIkuguwqqkH1XoiA8+tdG1vqN9xpC0c8IxQg", "2mtt8EArJK34Rxur8B3HqdKNvK8ihwPkfd8/YnKsE0E", "IfCBVLg3rxpCAuPPQpxVJz/AavTxdiL/OI94bfvSUQk", "Ic9Z9dffpAIuzCnBUvuucB3ZtigccCwDhxl3WKA2miY", "Sy9SQvz/amXTrsJXSkeJweyaM/ANcu5P1yqTw+Mbdk4", "wk7ZcaBBcvC2023w9CDrB8GkxX6dQeZE1QsM4kyCwnQ", "XTLTUK95AbEuBKDUiK4XdhC0TYoSPtCS5JDJ531vj8o", "7nVE8P0+T1ZSgt7aa7nDIpDavYjyIlRthy8lRXzp/c0", "XtF27IC7ekSHfCodSBqxJ3FeqeBPMTqf0QHyHhWI68s", "pdHIpauBuzCyGGIa6N070Mtgk5BX/Ou6pwgFDINdimc", "ZIzUMejtYu6nXH4aAibY8PgocIAxQ+M72FOpnznfB4E", "ueoswsV5TfmlHYq7KlyofNso8TtjEeTKO/H8LH78V6E", "nHfAnyUBE0AM2spehlqY3zZIdYK2saHLHHcBiUUWLU4", "+MyIQO6vqtmv386RZsVxbRDUXvrEGoTvUPDPDD6XKI8", "VHpSSzp3W1uzxYkx7RquA7ZUrKghYplxIFtdtdg23bQ", "uFlyujcS3v9xpKVBDYG9XUfMsy9aQp8WdA5YkKSD5vQ", "7uRBLSU9mLoCUGVlg7PWw1O2W5pwAA6W/F5BYNg1ajA", "0pachba+bU01E1IOmbtbL9cFWB8G4ptqM1OQNUb5Yok", "9UIISRFu6j/JXlbvu5Ekk1TlL9Xc0LAaIapYqxcv0Tw", "9Rs4wRqDUhN+ky97sT/HJfZY0oQ3JDvMiz54CaSTkeo", "TIVLVEZXer6830rxpCtA2qrGdFUmUQpZLxfFoT9mfYY", "tyuQkcu/LQlGZiaeqRgWGVrf4NLT5NKN87+B/gU30A4", "5Rhg4sScX/qHIZnHS2Ma017NTFp8ng7OaN5Qh3h/Klg", "Iv+up4Td3LRSJbg+XKDCXuQk/dELNstf80vmy2Icjkw", "24A9IJvhjU44g+GU3sfjVxKCGCOd8YU+uidKtn7YhQs", "83xCwqCX2qfEBTXOz/NLhVeTESl0p5/3TCzaX5WhCRg", "yv3kGMheSX8KKxq5ppBHJ0nJNbjVqb9wSQifokKcz4U", "mGsDWX+IBQuLAkkpz9lJqXwBpxr1UdLf/aDV59+IQBg", "Z2HNIAF8wlY4NcI1ZUNbNcICctr/015r2dUU1t14aLw", "jEz95x+L7sN0lI3393xSujUuPWvlsf3GxCNFO28/Z4s", "ekzR5/mZ5nddAfV2ARWelcwv2u2WnnRjmmgZiwZZ/ks", "JM2hY+5CgSpxsRBDjBjtcsfGQojdV0DyaV/R5ArkKxY", "aIQVGzzcWFmZGjU4HhwYlmgmTYpmtrJC4CNW5vf9txg", "j9DFqYdlcOthLZlWFVUp9TZYktkQOuBljzDvyi+LzOA", "uc+RVf7K8sg+b3ZawjXMu4/G6xLC49TV95xDNpBDJzE", "Fjlp8UhI0Uez6UN/DbXkFKrl6z7BTHf0Pyy6IngoYFM", "ogieoT23iG6Z1ESF6lMCFDXDPmIf4apaAx1/TL4E3FY", "aT15+1Z74IpRpbXtzxhRJnSEEb8zJflxiFBDIVNaAdY", "KOukLC6LaqcPAnnMePA1/7vHVMTwOgR2wm2MuIHndB0", "2TEdRssA9F3PUlwPJVl2Q2yzWS2gzwBvMAGJ8y4O4tU", "er+mcqdOvexIlTYWWS71DcpiapVhp8QLQpcDr5UU8zw", "Xq/sUvybFebK9r4XSUhiuwObuSjDPt95ck+vLfOLGl0", "eEeOUS/lmsFGB2BD+Hw9ZVCUu0Rk0wCRQ4Rd5EU9N30", "QKfhpY5hHVv/VRPkAf2zdLxGwbr6X+6X5GmHVqClmGM", "0NNV1ww2ZEHJI9rOaKxCtDOCsJz7rkKTAciyAU9AXis", "VFh1MPrDTT+45hC4zio4f/kIUG7DkzZZHb6tOJRTEyo", "UBvuZXy4SdI65ysXS1jTLQUJeN3rS3ybcgKvqgEaGBA", "6uGl0TGBQ0ysNzJEwwjdNm+Wk2r15DUnEgUAJhBBgEQ", "R39FmJIB9IyrNS0mXzaKuVr9bLm5KwbxN/RvNsc4+e8", "T30N/cinoltaOuguZ9ArzJNfviDLGSmPRzckakjEJO0", "2LHgfdBwEwHCNto0xlsrWBA/yU0Y7L+qlKxhpC5zkbg", "WJ6jy4abmHaoRlvGPG71yGzUBHriHxx/fFq2a5MQXpY", "h364BqPPhbdKDXAgCoaa/ZrsjGc3KxlUlqMhA0JBMt8", "P6ZrEIoU1aRuginWapWJO13j1bVxNFJGsrcP15oqIoQ", "QIWZOIrEs6RW64NZ6UIkKZNwft2hI383NIZhD3xRkxc", "VvgpARWG1IjEIHe7FqMPPbenDeNqtrLv3m/PLY78WaM", "1JXK9apaMOrLVPt457NmzXvIIX1MB3U8t3aGypNots4", "h/xf9R8BdWNCk/F85ipBCrdu12SwPT/MGIunanNiZzw", "mQKg97hVE+MDyqd05UfG6iuad1oTNg7YLZ4OQcZDPjY", "HMqh61Z5/z3w3+FnUeoMPyC1+N1n6RrnaheDxZBxJBE", "tq0W9kkVzJ4KqJWhT8v+aNmS9zp+QoVOlgxLEGQXQQQ", "7e1Yb/4e58IKJwg2bWXEjC2Ix5mc2lBe2/FCstzla24", "XxvngmEKa9FFwJLGiQ4pmCa1XGc9cU34ewyuciO+goM", "SsLq2/KhAF+rhe/MgrceLtLDhn6ycQF5/vJChpcAqm8", "V2/JhoeEs7ovwEV+RV2u44ha2U7qx5NUJ0tgqCaK9Qw", "xt9wGDlGZTo3fffQeD8tn5e9bRjYtuT3zJRbcrgSBmE", "mERQK7Mv1vPUqiEe300io6xRxZDFEx/ztyrp0UfNS4o", "tbOerrMWQsCTGBs144p/9L1ZXJV2Nai/lrp4HGn/Qtk", "QV67mj9mQU77rzx5WuCPfwSamY7PCyE+BrCqhwA0ucQ", "Mr9xkwV7YgiIaG89xbb93UqKdTe7JAl7uydEgb2k5/Y", "4+x/Kel237kcgrHHJF/qB4fobzNlu22iWzeFnUemEto", "5sZkj5xcXE0ow3Z2R3yPUbQ6m/BKKjv7/xL3PbU1r84", "QznXSewoPXyh5uTCXDJ0YYROrdHhMf76CqWMvs3VFTw", "dMCcbWjO+ZLdmzrKT/zn+lCm7t03AiV7yohIgck8NZ8", "3.15.0a3", "20251217", "q6Tymogo1KhtZNOANL0wzJr9B3gwJto4bHMz5QW94Ek", "2vVBiGTSrBBUzXMVvmJcQadMKzBpP91EjkTTeKSm8kY", "OsDLgAdZo1n4MMKh4DU1UmLgrH1b/ki0xSQoWxo/VCs", "SmZFoVB9LHCPonOyLSM8X4EXisc0omY6mT1gVC1Ge60", "K09BswZHcPa4yz59Eb55G3BMZodroMFPiMHUWWEc0XI", "sIgfVK2Sf4GPi+x3pnE4hfaPs71fN8M7m+zKvU0SgZU", "Gt3So3jziBU4MvrOsJr4YhnF8WuJL+WI3pmWuJjQLLU", "azaRJVflRZFpatoIQaNz49OlARorAATv1NyTlQhltXw", "c8HLdjs5ATu8YaXczojuUQ+VqTolqCPDzUWe+m5i4WM", "HKiBpBb9fhTtjTTJ9lVxC/iisWB2qCcdjpRvqF3Vmyg", "0MDJ8YPVOVnnWPNgiCZjBYh6AQb1uQbwUlb92GMy33U", "sl8hKEQC+yu1XK+fpCw8AO/5E+gN6jsGfUYsqCXAjMc", "Y7GT49MfLiPlZJ83qIcq6VdQelVL+VJha9SeWuLdgIw", "z65PAlRjGzYY1NJAnSj4GdT4RbHFffRSlUgk4vbqzcg", "YmwAAlXqK2kE8PoE5hNUzOaB5/3hYfnUG+woulonkmY", "xtG/WQ8fUHBe1Cxewn2pNlTdwkVCCAmJ6hipuEaKzrA", "5+4mVwHm6wEoXFVVjaVjrzz1yAI+JJ+coid8nM60EEY", "6g8b1qmwEpKX4uYJEWlItZSwHMF5PhrKBWp7l0OzzdQ", "4nLowSSyQffJtWCZDCSOs0LnurnvXBc7rHE9XNmgoc0", "TKw3FwBQu0AuqrrYTnzrRnnsj/r0P76nHWJlHKdh3Nc", "qlJj1p+7l4mZ8rEC1MfF4oBtXPqO5kOIoq7OmXVJdTk", "GEoJS+5wK/lsBRM5zvPFhgMiInzkPMSiSV0BucLMHPo", "82UDtqYXy0Dp31grzUI33DaFtLLEAp4V/Om7AHINB1w", "bQd6vhYL5i+8aC8nIsW9oCWpSq+ClY9WJM+R5b+/Xn0", "6luz0ga/IO4U+kOedgMwcgxrJeykZV8EpNwLUHOtO50", "jrx0I/sfW+kwm0ZzUkla8KyweydbmpGy+logqAq9iRs", "GVJBB4TRrl2Gzv9ltOk1ABSYWDomMiIIYgEVG/rjTF0", "HNEAlAvnVll7wnNhBdkrs5BejtIoL0IiS/VYViw9fco", "Vw9WNv5EHkinP2znmmRPZ2N7C2t3P4SDGLqx9pZsDAA", "sRMVkkwDyuV5swgKOuOzgTRH2c+MqQWF14qtLTadx7Y", "zt30Spdbrb+s3HrSDCxBctyDEPQBgmiBHsOEq1izLx8", "/R/eoeb0M+kh0mdANGnUVzKNEnkLPLYId90TA0Hidcg", "+GUhTbnRvmmA1s3H87Gdzrz1UN4bKK91YEqAItPG1UY", "8rTia4yy0x0JyFbhKl4gghYCY0U2SZlaLCsq+54gSWM", "AAWh2xL3SsnEQYqDNkb4XoU68EaSPk6ffJ6i4vR+a20", "+ImWCBxEPdC6lJKq+/hE73i4vMASL6FJwC4lr7rbsqc", "/WzYmOrksY1cgXP5FdGIyCOEbbI4EQakqcUpZnsNshA", "00iMOqBdH/p2V1vth46yqLf9JDx4R9ZO5v7pGphaVAQ", "epJSlraOR0E+QzyT0mpb4tL8ugVqVducRHGiv96199I", "Vhnc/pq2RfwRFa7w43D+/ZN62jQ0zAGbOVfvSqR2LXo", "/QNM8NyvabjMziuRib6YMzUlIp+XJx4AGfuQi8bJxkU", "uPiOiPyofCp8uJD9osL1OtGUQZdGX0v7acT164laOsg", "476EDpgmDAzwNACZMO0QoMsvT7vOcc6DvdP6yOmCxtk", "BtAXQESmRM4u2IH5nFxr4y8s5R9zM0AcLmabGK3FHho", "Bn0vhxl68OvzlMPmEDpx/DGh+gK/WxaI7rfVWnl1RGs", "8/jsKYXpXAQbavUQsqp+37fQ/423P61c1qe4Z8yD9Xs", "zGoa11xrlJ1aGHgCxo8ubIknZ+pR/zWoPyXdnNIY1kY", "VLaFctRYHtSpLHso/xBEGq3xCqJzdk8AixlAdbDu6DY", "wgQ7a+ILJm2eiSn8eHJiZvW4sMRec//+5p5btow3WfE", "zlnVDwvYj0ZL3xxeph7vyfqMAcY4UgHkV3GwcNBeOWE", "Hdm2evHZ5NRETEldgefLObseJaVjX8x87rCiYf5FeZA", "8Qgf605L0CA8k5TV9DwCqjtbEVsxc1o8yNAaT/n0Puw", "XeSK6IpZesDzg5I2/4O2ghCsODvAEX7EG7KYngf7x0c", "aqkuePOvYq9xdmqaS+v3kC+wB7PvMa07RSaLtaMTRSM", "ZHMGwAZc11GmkxxnlQk2vxt1YTknxqam0lhX4PYf4zk", "/aMalYKZYcgHZWDfk/Qe4FojMy9jcMMpaMEXXZdj5pc", "NYx2DBTzj5caoB8ZkxvvNUxhyhIMsLOM+XylVfF36MA", "Ij1hwMSB56d8zu++fyB1ml6+tyITAvg27fuJOOQl3sg", "iOPa8iKSqbIf9nl4oqQNFzscBKuUDwju7OZ4VXoZyME", "SwWTIam/YqrMehZFut79ctyE5Wqo+xAgWZ2+6xQXwZ4", "zJpFdF341Emkj2UoaJwJAAtxJhZe7IkAIimQFEZ+zkU", "V5wGyT2Mn4l+8dkTMbyO/i3iRqzp9Z2uNMFSgX28e+I", "gMv/GNX+slv7aB8cnespuQjvwUOOytAyz41b7FCSt20", "G0qgLL5OxE8o3Hr4yod0CZPCr+bF7/ufCed7SlZvFWk", "UjPjNa1Z7prFw3HFZ/8dH/nz4+Df9WdOvjtCVtrsR0k", "ranXtNxjYQeZndurPo7SOIe5MohRZHDvwiIGlwZe2RQ", "uWvg4XalyKgf3jb64BJJkoLCwZ82XQ/VvxqfYVJLS7I", "93rxCUx9M62EegxCRf91tUAz0NENSRG4zYqYcqd2xBI", "F+yEtBcncbtovGAKQmrlZt60IF82/defY54FCdAgSIs", "W7Y8+MmFYFxSrs9hGNNrZHQUa1GR7XDAxmZAxfg2Jz4", "9kEkKxXAz25qPyhW58Kgt27g7CZxRlDNYM5+RoRuzH0", "gcEIQvLjFI4ZI/aWUy/I6tckpnmz/ugQIE52u7cA87o", "qzIOm2jz8kH1kwfnWImmvXCke6IZiR4oIx5NRHcV/Mw", "WOUcZbonWVd4Vr6qUE1ruFhc0Y3AkhiDvJOL6bRR3Qg", "3.15.0a2", "20251209", "K+QbHcR2/uqrn+VZByeqOcDSg0rzD+QGkfF74t0upRg", "pUGzCP7mxIoPY0umBi0BmREt1oxEtHaGKgGo3MBaMs8", "2/MIKVy2yGPMGAJ5CIUlTTcqFPfdFMU6u//FxubmSxU", "mzc3cHt3qU5yvsoRY1gw+FA29UKJUsBsDfmPN1+2dbo", "XQ2JxbEx9gCzrtnZOt8Tq49WxCY4vdax89I5fp8XOqw", "q6WhJ9MD32smfFGAi7taAXtbWSuN3pTlKkVA28LnRVM", "Z5GmM76mtt0kNhd3DSApUTbmNNbzjeoDXBS4x9m8Utw", "fW20rw1c6l0uFHZDTy9iZ+Ta3FsuWMD4MntlZDgYa1k", "ZHiHPgvv9syhNYSD08GrAqjQv1zSiyL5ltn2APm7c7Y", "n5rIBSFJV+Od/eSC3Db/WlOp1FAe/dTm6iUmYWzwMmQ", "aAJYqsDjeX1NJ16yfmWy4QbzfimLHPlblEMmcS2jeCA", "M6ZDVKlDH84k/Dl+MO+NCbmH7WVovLj+ybQFpkJ3oN0", "Z8D2baEtxDHlB42Fw34CL7M1tYEribTFaavx4dPHl4I", "hvdEpRALuKuH0xNlJlR+OZbq8mhEEtPc0yhV4kLbVRI", "DEbjrdcOSp1uNle2BrsGY1YWjBzPCersrJFf1y3ijcQ", "Q/Q7Wi3ewUihB+4dKLYhJkPaNLL5/0SetZm4Uv2GQU4", "ThU8lrl7dPvYN4wx4MZIjFjbJ8HV49L0WW6PGwq0P8c", "DmqE58ejlGYnRSMdsCnS3Li1JbtZKELjVSEhnGFGrD4", "5OHebuppremkFhmot9SycRTwj2AvwSGuRLOOk1Lo9eY", "J7qymwlzCvi7ioFkq7LJhIhfxplmSC6KmzbqVVqiOrY", "oWLTzwaxZYpuzLqghPIDzQqbRNgo0kUamJ1FoSdNbNQ", "XG4pyRASuejHB0bcUOYewpSVL0MNTiwoqibnUcSCCdA", "IA+1cGQJZ1dO3J1DhJVNj2UNvV49UUaMWCFlGbxwGls", "fa4I7FX6sn/FrZ9vNfkojqpWMriqVm4sz+lsAZA5mW0", "zL4suHUfmm+TK0XyU3WJsyT0BiIurN+C2sLLq6Q900k", "3kcG9vw+TwC0hg9ItrNb8QHYomMO76MB6jU3+FBaoPU", "PzrxwYeQDpkBPQv41nWj5/S2ZVp8Ef9mrluN7ZROuzU", "tVdH0/TzpHxaWkhJF3cOWp5shxaYAPog8q8C+g/gXiY", "hPQdxKmRVAJrEtPe1V2ba3h9om2cdwZJ+dAUmL+b4SQ", "cWmU/z436pL0cEG9YQHVNFaCnQdPC6kSPkuMt9z/1j4", "CDeu6V/ciN6heHJz4G5ou/AfCY5quuBPhaA8LC8xo38", "Paw4100/hhBWySJInfNiyjNBSGaEomZaaIUfZrvGa80", "7N+b6W9cUE4UZatlqnkXDHlv1q2Im2mwF2nGXF2fwl8", "VlwrKH/MsOICe0oDnvXWEofJcF/ySo63v1/8kTuf3ZQ", "LHgroerZxW1/FHNmfwqfT7lHG3RkfIG4NVhgTW75Jdo", "eFgjyvktbTb7RY5VfdvZpaqi2fBsJLLh9SKgcnCK9Js", "VIFJDmM8eN4VxgusF5qGbuR2FUYC9ysj7gm0KvUPlNs", "WzRIhYDfE98FGi6E5Dz8oqso/demEFLzWYjri0gbiUo", "TYECtw6p/nJu466a2em8TL4LbtGPeYnIGu+B3lePAWM", "DCyDI29uKMED4mYKgr6UskWe6M/dkPXdgvDVA8oq7Ak", "+utlOmH1S1vavETtW29qW6NrCx8mVFu3Z+EJNQ0yH7g", "MsbNROSk90NAEjxKtS4T/6kL3deXtBpCb8r5in9FRBs", "XxPFqOEF5F6QHRmZVtjB+ZiqjazGE1MTCZvBjhb2Yys", "IWhC3yN3/QMvJ53tf9I9e9vZLUwfp2GVI7wNve9b0hI", "KotW8xjS4hsBtUkJVUxT2BhxubsF0j6ngI3ems7E3H4", "BsTKOYOq0gcj9oeG42Y6tJ/uG/CTJvNBZJIF7XnTT8Y", "xOaTlCAuIJUbOBDq6xXT7tx1oy2/zw9Z3gBoe+GjhYg", "bMd843gDtLj+eZIyrgDFxvQTkTVgPPgXv7WhvT9Egh0", "Jy7XqWXQi0d74f3mGh/pHlVKai5PCOQKfPIeJP5z770", "ZMQ7HhN84opD6q1MrV80dOXBy8Uh4bIDJTd1QCPZg1I", "u5daDevHCBTxy7XBKxHg6Xm6bCc+FIjagoFOuAnVmk8", "lD3WnGN4APVJcxblxypiYyUPmE92EuBAKfJGJvsA5UY", "cPVS4hNzTA4mCldgO+5QTdftDnihBVi1keck6ocw/vU", "9vpEYJUlIpNEGKLqEj2ZP2oiJYea777qkcpzsq10nHA", "PZkVK04puUf7HPyNA10dUR5Qru1yiG/0pf0KNpS9C1E", "wJSC1s/Eoos8D+G8rjtBE/p8kFAiMLLofFmmoizpeVk", "b/cbrHjWUM5iH+bbSfBikOSLzOth9pzMx3KFhPcLY0Y", "iZhLI6/hNjqb7JQ/EF5ELk9dWS3akF+OwKV7P6AS2mc", "/vBbP/rg1ED0TZkajTWL1gLp3e1JQhSDB7pFiqTRl5o", "N/oRnktYF05W8Ag5+1ff043fQn6zTghfNJnPJSfcYvI", "TrAQZmZjqIGkvkYGBoDAckdRh7u+L6kVMN44wylvl6o", "3yvAEEJ9zmdtPF6a5lYdfqqqE0JdjKb6FyzyUlsq+SU", "w8tTsw5K6w3NIJyIhsmyP+L18W6yhWQPaCbFqIPbmwc", "n+dcI6zrw36yKnfU8ADkv6irPd8nqluek76q1TaFPtA", "NoiodvgRHuTWxmA54h0AwArMtHuXOlWuH+SEk2wgGbc", "iOdlPI3Nf+y4Iz1o9S9U1risfZwOoTl0LIBxa/pXzvI", "KmRAbte05JVb3FraWycytbxSFHjEQUGaXJRXtfSjQCs", "hl2vR7FRYMfd99XipI8K66u96RlJ48Puq/wXqWSHqtw", "WmOScOy8zpCsWbdTVuWQU/b/8knC9Jq8G6+JBUQ9zd8", "xRcj/4Yl52aAfp8+c3zEqeimTILaq/OHrOS/aW7Cu9g", "ReTIs7Vy59TCgDcbB8rS8WRPCzgsnkmg/hSq1/fNMwo", "8BqgPL4V4xzyMsld+vJTnT/3cyNvwFg5sZ+XpXsE1N8", "ibLsUenNwPF6LxsYqvAjAlVK0gzwbzzuzIQ8kro7GQw", "4NX4AKjqarOHv83fL3UA1CMMMu+ktANNKrmAqi6L5fI", "3.13.10", "20251202", "eZo7diQEluRHLdYO0M1Rl+BGN76n+havaMrrmJ+tyzo", "cFs53XRJDD6bS+scT0C/gCtQukD+CFvcpjVQapRNXnQ", "aZkRBbqpZM7rCAxN3ZYfYskz4lOP4QFQI/rTlxovbgg", "JT2KE/Gg4EdJklnDzQieD3Yw/f7YHn8QOU7unBcvf7k", "pzmqxbSP1WiEzrKO9QKW3KhjO3poHPsSQTKCqKrnTvg", "x+B7b+W/UTB5B5oANvPBhxJ8XmC6U6lyQkcmDOLaggQ", "kYL6YA/9WFYNs7fdNWjZRXLumwE2xOFTEYn2aUmgCHk", "+ePuJgkADcMrCj74bLnMnats3JJuWQNGiM4E1ZuVsu4", "xR4gs6NRQplYNJTsFLHS4bD3CDhUT9yBnJVmu/jzeZ4", "Okv+VqmqWGOMRa92U8lqGt6v+JBiEjlUlT13Znfsg/8", "ctOce5Q8Z0v0OUOfykLFli24otC49zfrlGdKqyUk+qs", "w/5MSJcyBsSwpw5Isk4XMit7YiyEx2CzwkhbIlDYoOY", "IMH2akjzW40aBmiz2ugjDTpxnoqmVhPkyB6Bg7PoDWg", "Cmfiq5ldaW1UkOsVs8wJibnITXA8T6e9GZk6EcCBauU", "neSZwkCjk2AIzWYOjDSaPia3rrD4mlFzd14OMfCCCTo", "7PMEx1fJ3mrvhJykUewIpy9oJ8D8iBnTn9NB8p0AzNY", "S8VyjyGb46yMpPHZw1nWj86lQS9yBX9+JSF+WS3c73s", "+NBD8XpXbWPAZY0lNeiKn69F7xbOi8QZfrYOhe9jNYY", "uw2BBMTN/FL4Vy46Bxs2y8GpA5Fb5b0AXA0bBQ4RPKE", "rcwzMR0fg5wDDvIoiykmp9lmvdL75aBW1LXnrI9ZPo8", "jcaCMKR4q3gyGtMD7mEErLi0jAYXVoh1r95NGVErQsY", "NlgOQ8x2L0tJ3of1ZjJdzNzewR+Pg7rLImBZSBfZjFE", "RqUW8gt5idZ1iJQKMezeVKWUa2kAFUjKG6aeSkejbi4", "uTnsK97xhvFRFrvbsuZvuHm8lPxgYGRKvY8p+QukwJM", "4VVovgFjrJEr22yCii2L7cZMkgoIq9p7iT9KgIp3Hd0", "YUpxrT3DGVMVn1BUNMuTjr1mXPPXWIXw5ilSN2BMIu0", "t7ORH0BMmPg/z5kEcL2WE1iMjd5dA9IrNXj4BLDP10I", "0gaFZi2c5YCYSF2tvMYBp7g3DsyqvMZOcuOWoLEUO/Y", "v8dtSsHiltK23Uwgat+wM9kgPeKXaU/b0c6+sYTkYek", "splD86HDrCA202jRWqgMy6Ax0NjcSV84mWd9DImn7FY", "nFmEFmQTKklMzQBQwsmSm0wRXIY5z8FRWKQjLx9J8MU", "4BLJ9JDmf8NSr22JdPVKM486C/e2QshZ9DYn/uEyQm4", "48F2jwC8QdOj0ae1D8WIHZJl4RTvLtI9td55UZaCjiU", "QIWRFfp7N29JWWINdfjnDnqHLQUbPRwslmHRpHjLMog", "K9Lvok0bg+y6feQCX/BIW1sBIG0zau5HZcyLrf/rxQU", "eJllORCJ2jArclnqmYTCG9U8bhYhf50w+SB1Z9EqabA", "++Gaq9YbFEKCMBch6akad8xTxZU7LaBfIFJt0WVF9eg", "PJ/ddkR8FUmg07wqcMY/Ha7Jl6sDQgasAmCgMjcWbbs", "bOYIaE3w+QNQx6F0LpaFp3gtmybsmdG9nVXIz5pAUEA", "bSdyIfpLFy4AspxxWMqWYZF7yNuaAISxoP9cOguotkg", "8+jvJnqBLw1CPO9hxyWo+lr+jNi865QchFqNVAg1hNw", "U3eIgAGkACswxmjR4RNLNEpovKnvy2tb3OQ6RJGYPiU", "x66dJdW+B2AgE1PGtRWccFYnYhINDLMmFhzcM3m6W6Y", "0mXY0cUeJe1wJ5VAIjWJ95z5mtALUNKLYVDCZYyXOIU", "7EEbSi0WfDvgqa6zkF4EXWLI48PbDK6t5dR9X2C5jdA", "T8ZEOUi/W3KUgeoCzFxo6AzQ2kJjH2k2WHorj9Rbxiw", "eHSEC+k4Fv+sWx3oJwAhlVSYLhbyDuof3s7xlpJvHYg", "Tiw2jwQM7mUZDiRCItkkkh8bWRgMRXmt3CIvIg3yFDo", "+Aw007k/hwanCChnl1FNt25Vo65k9GITkatOHvDfrQ8", "WmnjaZ/daiD/F7/9g94wQAox/HPfA5+JSa0glMdw4B4", "MZ7a4ZYUAUlRmFcxwziNB0mUQMFIkc4s82aSumGD/+A", "WBY0xBEHJG6yYUpMhZIcszG2CLyBAQK+TGnMCyYy2ZE", "45En++jSrn2GCZ8YtNoJGPm2DOc+1JF3TW3PqkK1ya4", "E9z0LZL9jMl57CuMqH5//XEN4Q5bUvGNpOh5UOM/SZo", "zbcUEye9wkRxWyV1JZPiye6zzCdk833+gc+8ktudbVc", "ldT+8YECHELqmymeIZODCEN/gFdqOl/nJ8woQvNDI5g", "aosDct7WVeDVUxgIn7zjEipEbmm80SDHmqrf6bAXKZw", "dSqJ6azcpqJWLncWeHsZ4CGjMfLurncjSotHsYTeWrY", "jYbi7gJKbGdlkOhUGwMU8cuYy7BgtqNCM1I9X/DnetU", "L3gmfQZOCB2lrmZbG8EjSk+ojEOMTkW7eI8H6aNK/sY", "uuxAhKOq+gSsU/+akBS/1U6aaVU+rMKMK1Po7QvFCyE", "neZHYCHhMenB7lYku3d7o5bApoQw6oTyj2S8UX6L1aA", "YbQkddpjlCVAfYQlfem03XVRt+hSV4yrQYp+R+HME7Y", "sBaY3PkrLZgQIGwMgp0h3Ftx2CYVuJO074LNTEJqyR0", "IXj2J5ZQXCeenTB12xUxLuqmwE4DJFhatVp0HlbaYUc", "mDNklS1lcKdneneDaic4RsXXuh6X8yxuNoy3uiAZ4Po", "WXnUtFgaciKD8Ca5Tz9rp/yhkukcTENNveDn1UEK6wc", "75joVQ5+kSOhQrpm1i5pxtsZ2+UKQXMVrR8doYpbqMU", "1+SBX8TppSI/wsSOX6Eujq8/6MJrhPJ2n42oBXiOCYE", "279mjKJB7LAgKzTOPFiN0DCby1+NRr7751DazPE3Cg8", "G3AZhubB5UHBr2VgI+Me2y3rFGkZKvy+oIBzCxRhv0o", "s1l4mAy5kTXR9Dd1YgfeqoM97w1zMr/0IwuydL7cgjI", "H66MUFRmdZGzwU/U58EjHKjOl3+M+B2791qjxTtQidc", "tDCGGkI2cwFbfTvTS1YoMRUZkn1AUuytzq1DfgqH2NU", "3.14.1", "yBH4fBf9lXEv+qQrlns2rv/kZUScMlV1i93zRFBfXZs", "svfxafFjfJOyaxcTG1baIfBmB5p/ZdakNp740R6ABXI", "oImrPIREHQsbGMVQqD9l96/0wKQxQ7h3tECzSRxvM80", "dHqD/ULItG7RvsmImmrpJ/74ooHDpLwU4z8bWJ0fiJw", "QiKZRdUqgVggFeB2Ba+YVp+2IL2tq4oPJwHqf7iN48I", "wDbKLioO9yDQJwPpS/THykjn7V+tr+9wP3a7ViDjCSA", "zprrkU16LQU+AtDb1ZBUcv5UfCSDkzyvsOE71ZCl2uM", "J71yy9hUxWa0vhSTjeuwikjoZSb+u2WXbTRDuSQtZbk", "rb96nxrL85lxku8uFJFcoxF0G5CXvxnPWybS2YDUsJU", "R4LQRDKzxFwfr4WmJFXtz3G2ZuuWow163KVkoPtXBE4", "doM2kpy0PWmD9lKpoAZcH78CoLhtXBGtzJTpEoluYJ4", "fFxCyYJsFeuyMnZ+nVEnn9j1DaCJhz7YUmKloea4WZQ", "P3i81hN/6hueBynXghNqiQk2DBQcTHGfc7tRtxf8fXE", "RXFkTqH+eaytetfby4Gg3nf0eHaOaNH4P7wxpTbQ250", "DQo/47Mp1+f3N4DeZHlMaoUJMjbN0tLOXvjsee9g3Gw", "jg9jg+B+szHGeldjLejADVcJQjSR8QX/mqgCpWENWeQ", "z7xCTn+s+CkWBvLdz/2ncfb2oH+4I/5cjXKMtVcWEZE", "eHStJKQNkxkXj+VArc+cdmYOq+fdKbg9+AuLPq8Xh5Q", "H+cAVZDuRzxN82XmG0PdjCqjkyR5C/VFplmYWOgaGDg", "NLz8dGhszIS23IsjL8E6bAnShFEPMzL8dX/n6jyAQik", "154gb+NM9SRYtMrxqarUwoXeA7pz5/s+8FsVd9QV/xY", "1RL/m1MfbzoVq9yrcHBTZc6SipLC5c/EPTiPD3k7yUo", "4iFtDpVADT13bldt5p8jIui89UvzTl+DCz/uFckGUrw", "B6arvvKL9H0lAzLiUrFfNBqvSHF8N89bDIFaPrFnaVA", "n/ac0oTwCJ5wmLfMDtNF3JBH3hfvhfMorllAUN2H6CA", "g+CApu/3D4XQ1uUvbSXfmBrYRjEh9bFXgfIJJ4c8kUU", "CtuEuK2qdXb0JTjaLasFuVQTsTDcp4WRgnmmgz4vdDw", "xWwBhpzvafEeDUd1O5LWXT9jhsEDiPafbi9HMw7BqzM", "0ZGVYjVJpssHtjnrzos8E7XBrSJ/M7QXU6NivW+sJFo", "Z9hK4f7O7cdpCkC4f4Ik/VCjRweSLKb1Dg1l/DmV74g", "Sx9WbMIlc5K+kAnWAQYBaCakTlHqwpINkSB54ZnePZw", "OBVPMbuCezlar7UWTYFnhMW4WI1chi9B69CFMYPGqFw", "ub0d7xbfeMCwU0PxMlkfQuD0uhDVUPpmDHLoymLWrzs", "bWMvBBbQ4GmjO7AL2uF0ZaqLpFAELnlE+jgU4/Pjolc", "novkO+EbNVEjOaZ/JrkV8pyGtMSVoeDw+1HJoJN5Z6M", "Y5lgdy4sswTXtlLvr161x3Y0KoXS80/8l5aeVmklyHM", "jD8f1eYi4jiV4oe1awreFp5OaC9bryTq+1Om0jOayq8", "YfOOlHRJzwDzLwg46BM1j2v2ECXQeXUx5bi4sXXGF/A", "wssqm0QoX7wTw8m37qgT227Y2UkJQGsFnbev05sy54Y", "Goih/iHrRD0oCZlGSxo5dgWnypUNirc4E8poaINUOaI", "61uKb6WRUIgne7Jeir1juptzJc3Ey3dqu3Tw9VzFq+Y", "MWZCYR/L67+G3HqtisCkILYUficZhTMhi5NbrKkuDnY", "YK/JnaGiIhpVmHOxoHtZExtz3IjIXxSzlZ4koSLZ9lo", "cge3Nu0lafMHZJ/9S2FaU0ZjG8JEcwuHArq+43fO9Sg", "0TVszSeZIO3DG/A1BnTZZr65Ui+VA4Ru14VduxCczBQ", "R3dY6rwG28fl5dFul8RnJHis1An0IN0uG4TTRSwGaNE", "ejrNZwCK0RCiMTUBggtcQm647LReLyxag0qY0fUdJRw", "Dg94NMXUsww2bALVdbM/SF1e2PeWEu07U2KAKoQaz88", "24qOKibC74ZfP3rLnRzJi/thhiN4MoZ6ogQnqfjOH3U", "sVtsPl1T8kQKCnGmDFTc6ucMnDBlL65NW3IKbH2gSlw", "vtFcxNWcD9No3kmlHcbTWKLqfBw+EMbdrYZMKeB0u/U", "O3vyVl7AGqFTwvMm5bt2E8TWHj224v9lcVqytpiI0C8", "xdW4mqt95oPkZeNt4kd6ExQ1B2ut2nde9unqIRCcHDI", "3RE4xAt0nv1eQblP+9cA86nhkGuvkqzXZG4jP1P2AS4", "3bELZF3isfbygyqAsRWpzTSkp2AkmYMCfv5GYYqO/Eg", "ab2MSjEghla48kt7o6Q3UAncwAugvfqPHOklky64+tk", "jvcEgxXKxtJr2+8YUSqHsaJP/6Ic7IbjL5qUJfKvm/Y", "L2y0G4r4JeP0AdyyQFPcf41fcSNSpUAPQ1g9cwawQys", "FgGOpR0bK+RH83Dnb4ghsXoy2ERwNd3XfXDJX1py4uw", "Y3uVUp8TD1yzcQLkpTwPsLr3cH6MAQfFn17ssB84h+s", "nGy8OrTGLD2KXfqSPromNQl73m4KbEg2iY9g3gYGEms", "wZhsVYcgNj6xlMoOd0cbWkaV1W3uDHCc8eZiaeopAyY", "F3Hzo1/OiTThFN6NEMb53+4Rc6xpl7wYCstMujdDZDQ", "3VRa10yTQMIjDWkHXcu0OJ+8POf3pc1FUnf6ztIjv6A", "ErAC9HpTJfzoEmaGnPa/h+ZwteaFGnHumoCHel32T6w", "f//VVi+ibvKbl/H4wiNT1oFdOnnGqdIaqB80ONvrzt8", "otTdQY2GGu51ISb8uYGx50nYvzrthGsSXjnO+iClcWU", "Dl8GD1dI0BqdKJp1Dzl2kraXxUXmZ3Qm5bSxXC2nkyY", "JHovXw/RroijxIvvvKOWbpmqwrBFl8Td8s1Nkteuy+o", "QUDHM/WnY5dkPllKWc9giRojrLiV9wtAkf4GEYYKJ20", "ex4mxQw4Wxk2sHgjuRThpCOmtqeqzRqR5RMWmAH25Lw", "ubMBz7+RyCY8FH7/R20DGmslnAO6Jl4vcpY61OyakT4", "MtkvhNt1OYfULMMUw1r1xNLvV0ryGGRJ+i3oIqqA1kE", "0cKg4MSEn/CfPDDsdhR762tpmpSFbBVFpYxFhIKIVP0", "3.13.9", "20251120", "KdOL1fviZ7N87KyZABXGYnlu3PUcL14yHVnsBqGFCBY", "naUa+wBICozNSQm9MCyA2cEE1jPF6GXPN91eWHGF4SU", "/cXYBIi2T87zuZ8pdhj2jlN0wT2J6Iimar7/SWev0wg", "ZM+AYeVu9QPoMsj04s3nlzsRiYGNgT3yOTHO1W5Fsvc", "8b1rTkgteVxbZA5gYzfE9dCbuAfo0Auafk0BavYokzk", "EOgpd0exOyJN5qRyjt1epbm/aCNm643QPwhYdKvh/Is", "7aPaRYTBuUogmjdXw4DYnbKW18mIJaYpMOLVqrYyJVo", "HBLJGo0A+1haI/GTus43YXrkyzzhOrCwaBsPXXDgeu0", "VPHK/5zpAy1AScae+K+qK07TIh9RAynEhQT9/QQnLw8", "kNWVxOou9QUd4BARyOYzbz0x4p6enqLjnMM7JhhEmAY", "Fs1K4DYSn9HlVlBv3j2XhHpebVQtDMQDS65JXzstctI", "W1mEJmEW4K2I1gewO7bfKPY7B8e2v0cYXCJuhnKCkAs", "44DFZRrMjARro4DsfcD85Mn+wr07c4wJF/EfhqGQqJU", "vQo1o3VpvSRgP6LroRtqdXu92DgjNcgE1+tFmZJZsa0", "q5fueGrATuw9O5zUWoSMQWLf6Q1F4V1aAH/iT91j0nA", "G8mpSrJCX7auWORfacq2Fkd1m1eJVklwE5CCLZdvqSM", "6bMMpfD8p5UUujwZ3nXDoiWMrSI2NjAzLtt4jm9Ferk", "OnBo+KC8GX1qYpCPYqPiwXfvTtjWO3i8v/eiSZZjiro", "wqg5TLW792yZ3kmr7lpKtF2etNq57mYfe92TIjjBBrk", "9MIrMd2/jXgky8ui2HB2IcLI+rH7bSwYEMK7AwTY6ag", "gnAaGPL5m4dy/WgKBByqv69e9wJyPMA3u7MpsowljC8", "fvuvge1/KcVKdTx3L3PhvYns5MteJ86FGucxJvzXdao", "nO1fXDc6AzGh6HAhVSwcqg06NiI18rMa0ud+tVZS4tg", "U3bMSd5iY5SEmICFZgRhE1KIS6plKf57QocSJPDQD68", "vQ46MIPJEfTr9XM5MHqpPm0NEdVaLOBPJCk41i2Hj4A", "bUy4zbwKLAkWsrQjFfO6COytTAkO0oP6OsTJBW4vAK0", "OwUHjCKf1H6nh58GZH4CwpwBCyA93QTZF+PN5GIjxIA", "CKsBJIpkDcKIghhjYk/5Q+Z1din2+XaYlpNW3p5PjZo", "EjBLPReJOnzl0QLGPSkfCpivDGD4vShmJJgJ4vVX6Zc", "sLnpra+Dqa9TeFzteWPVDNOfed3upO+DQ313szjlg0Y", "Cmp0OwB5/VdpWiu/9fTdFiS/JgmcASXmXM16mpH/n5g", "JVuGn2/kr18WgmRKi/F04YYyAv/LfWTHlgzSNaSFTUg", "VZzS19dKUlNmKC/8aZFm8NBvK6BzNgqz8fqva8BP05U", "isaImKS9R1voZX3mpt++cL2wcJ+rLwe5AjZ5DMG+Zzo", "c7GfW2jBfJGqPjC++orwuz+5GBxTGMkQ9Chzokd0Xkk", "AQeejFSKZl1qPRW7upSSibBbNxnUvRtgOKf16qrg5fo", "BSLF8H2v7fXXl6636UuT0CICGlvGFkIX4MN8FybfW2g", "hl4tkRuZRnEcp7d1qwdMFluOyjfY9rnu3jJpuT5IdAs", "gpufiXdze2zMkSr45xe5//u9HW24hQgvswSJwXbgTGM", "8zPqquLQ8gjtbqqw49RPfpoA7zTENvDfkRYS/Cb4npk", "W/fefrok9x6X75UTO9nKj+hVgkQcdOYcBkEPolzpBwc", "BZco94UKPXsBSFj8RUGHq/6tZcWD6rNNsebvYsqrDsI", "LIx73BUUKve6i8rKj+t1wefasshCVKE8skgMvzilzkY", "ZxPF3EKmUvVsyZpjZ/ffDyrizw6S9PNOHnk7BQ29C28", "ju/3CL1Md+e9hl/viTuSXXv9gW6UPQ6IHTxmL1CkwwE", "ctJET/gpx8M1oOGkY13Lr4/o3Tod9AYgUPQOMgIpPFo", "JS8AJedMRW8an3H6Nvo+0/YV10vpvoD1ZRsUr4TUgUU", "VLydEDxq28+ki6WTc7tTjAWXgYRykgNQ1K251Gb72B4", "7bIBf/2twin1/6PND2ZDWemW1cNno7fUXolFznm8F1E", "ItNt5CwOO9dBCNCdFSOZQlJBnBGk/xZtIlC20AjnskY", "8csQloqcSwTQrmdfG5VsYilqYh8ovUHYcF4aLhHRXsk", "W/7Yprhsz75e/3yo7roP2Y+0z5pSl+QuXsKeFvO0qRU", "ecVlhYzUfECJfzEP8j/LwJAtN1LKpUFYwmp95qLIM4c", "PnFbbD0VdDNcAv1td0HTxQtn5Wj5cQRnM+wjcmgO2tk", "oLI5iWUIzNpE8JZMrb7lpHDYIJUtbb8k8ZpVAETL9Ck", "1byRkeHX7jFUIYNz7DHxlyfS8jdHl1MemFNC6cONjAQ", "eMCITttRSEuZzmJMHdqRa5DWH/geA4NcBpjEXJl3fFI", "PRXcRwUzDWtN4XE+XNUobP4OL/jd41HdS+gixr2UIAg", "GzDXpJkD1+JWxppLQ8x2SFCQ/lumBFlYMaxl3BGCtdU", "mmNwbxDrn0PKgicawph3/UNEQBj8Doa7nUEQ/Ryc/ms", "O4Gf2Uol/Rzf8+TXadRr8Oksbv8lt8AsO/C+xvxGMEY", "gr4gH12jbg/0CL37tI+pbb0DVTrcD45tXTTvmoBo5xo", "QNWiQQIVQHGAQlV2PdXrI4Icd3EriAT3iWIiqI8YJDA", "dkIlKUk8RmjbXmgYh4MUPbWwq0bwprK4Ff7xt04iDW8", "jVNhj5LPQq9EZ2en0FarI6q8fMglTIEszCnPBWbXwvc", "1FB/eE8d5zR5DrSJg89+qWGADFzNBNUp+VwLrJT5+hM", "JITudDDqTF0XnXR3pi5uYOSx4xX9OiYBdJKEJ1tVgRA", "4GRIRKZlD/uz6Ln0va9NMEVQeJg3aN+PWWRgOf8LqY4", "htQnXTFi/EhcBO+ZPJSD3fVljnrssz8qTHA4zsvHLoE", "Z+01PTY21xs0uOK8BLUR0aCRhRVoQQ5yGF72U7EcvbE", "HJpP1wDhw/ONLggXiJ9qdy58VGUF3uAVy5e5T8ZmXv0", "RN9qsab9ICAoR7Pr2oqensuVJwAxmpBpkcTtQuXlgzw", "HgSpfqn8uDGVcwwudVyqf5X/UhYoqK+nt6fcaOq5jV8", "YwjRabJzHdYVHS2HJ2rs1LSViNjDYtvosEUnb8NTM7w", "3.14.0", "WZXwJOnJXMvIe5u5cVKtHsnvz5124FdM033ZRq++o8Y", "6wpZFfWMPctk1YfpUfiULmycavY/q4u7VZbRzlc4wqQ", "dgOxkF5dKAGRshRlmUdP412ggzyBoJUSwoubd+ZRgS0", "gwbMU3lVjyEsmtzu7hNoDYGtr7HU8bOdyr7pdbdcZlw", "4K6/Ef7MZCOV+WTfpUaXSPjOYBv3yMLwyZfVw+5Acyw", "9uFFGWm17ly2v0oCmDt2K9IRXlSXb+1DOPlxGlpwFzU", "si4F1J53WRw1noZF9rPRxmt/nSuOmny3BJXSFUARTbA", "OpaX6c0UhrS/3rjjE1mUewChkv5jbpP6ZaZBNTViC5I", "he16PN/DKji/V2RaMLKcF/yT7ikgq01bikZSwrEPSyE", "VBG5K4laX6M+qLN1vXsEB2LXYggZWBoAeGKLvcNpFew", "w0cR+flV2AXwhmRWWuYeuUsmQNBY772jY+rSitRlxJ8", "sscpTaO5TYyAb6goj5Vps8BF09oQ1y2mwY/HYJVI2Zs", "Hd3bnKVP35fxU3e08KVQepq/ldQHMCvBzeff9zXIPoc", "GSneqHGtv3m/bu5bQvwdq6ikkthRkq42ORGzD9puRSc", "VTXZqat4W6Z2gXBIiw3ATmx3ZgJrxSMg6y5/Y7XBbsU", "ZvOFMFrg7v1rZeLPlCvJHZQ6YeJvt1geAp92CisE85M", "+Dye2eY6FYTz/X+b7cYf94PLUhDO5bL52wtE2W++O5A", "rYbWbXSwzTpemppLaAZ6xfRrwTDfScQvVIixO4RxMr0", "utiZJtQwX9NwWyDBqiHkoo5b4q+gIh8PsHQCkZxcQTk", "QqRQIM/2oz4NTzj2PWjIEkDw76dl4eWiNpP7TEqfXpo", "hkHSeFmN/UoZD2BCUEHvcZLWMGZ0/iQACGJPYNWDGHc", "Y8NRcCkrJEmUcj6emmM70xl3Pp/RSKQsgke0F6GLty4", "Mu8QfeiOKps6M1LdYOw33ZFr/XXSNhelCNYuYKzYsyA", "0NXWK6kJd0Ud+NSCvQEKN5HbS4MyCFAMZbuPfNJN3Hk", "W2osemts4XbtMtQEV385IUtEVo4whapDmJ8SvVV8kuQ", "+8sTnU0zn+OOMKIuBFN0NS3entF+IRiLOOEGxC6K0wc", "F0qlCn5PsmNqKaz/lgVDaMQXKjEfSaIsrDr1dT74xXE", "9RO7nbt4hbLByoIF/ZXbJR30mxuX3dtjONOarI0OKnQ", "/WdFngxvEpsPZWpklqNAb0vDgX5RMPRt4VvGOfv21C0", "pAe67d8V3LPoCWiFnMqtzMImmLuRN3FBiwK1CrdVHeQ", "CNLR3/PpEDfi0+uSEBWhwaSNoR8nQArwxQIJ2mMgWnA", "yrFPqqRXRPUd6HvLWik1r3Ec5AMbIhd+SL4p3zSHWtI", "r94tEQy83zy/TQZx60pXxi0dAyN5FifHhu4R84PSmVs", "k+crSWM4lf1AJNMZMyFwZIxZp+x0EAupuNV0APkVlMk", "qZCQA2ZIPIy34/N+lHJJhvVyUUzylQ2WRZ6IwXt5Dfw", "se/MkIxyrfFY1+tenHQ2MdKpiyUrPHxzMw8xiZH97g0", "u0t9+8E7IECLH8HaDC+OFmg0RsiC6O9cNrOersN9JwY", "uuxhb5JKzvTnamiT9VdMl0xbNXGIqdoUfxgzXd/EIzY", "nD154eKDwZ/m085oun+oCJvT9v6afo3IQXBSRGYR97Y", "P7deoxsOO0uWfhDXtdgWOD7YrtyD72oLlid3eDgD7Cs", "+riic0iAMrV33LgrqnDZZZN0qYMmQobVT0AqABqLvmM", "zYh3amURA1uWComn9xd1k1TB7f2ZIdROirxM4nHqrHY", "2PMWBj9bQZeKcBRph9Vh4iUrjHWsw9b1t5eSSQVd1tY", "DvJfm7N53D7VrT0A4NopsvZp9VgpQm55VdopLdWyM4c", "9FdoxlJheBjOoCUKPAyJ6ZoJNzWMQn/bLwTVmCujyg8", "cj1zOzVaw2Sisg4C4WgxEHjJZ4HfRz9+mSh7cWRgGvM", "OHFmhP6+NqFvvVLGC3RJTsUTsWJ3em6njqud3wRlNWA", "LhI7Ws4M/+T8RocwMWKlp35BEO+tFZrffvA2TdxKnCQ", "XsUfbW7dslVHHWn9k/8ZFjor+276YTNY2E34sdMdmgQ", "zNCP5rEVZKQECSgd9BRaAj5raxTegVmAI+wvbpV5RY0", "IXEcywFQPOIc5jYJ8MSOqmZFhDFA6EqBrjNPOTI2v3E", "4boeYvQi32lQkYehVwpmbaWTWINaYoSoC5rz1nogqLo", "a9/w0NM4LjdWFrTSKEpGl7+Pg/WTFMFmCAVmB1CPq1A", "MJ11ABC1CY4PgWhAjNUcmhtTHL3Tc7kR0G+QGCJVtKI", "j2PGmVibmJVtD8FCHG74fhMvZpbOnJNevmhOi6t/6x4", "Hu0NCM3U2maGV5dnXgnTLo2wQ6RIt+aHKmtXXcS/tSY", "kqa5DgnzERZLwzFg5yMprxM2EoMgKPMw1Wf4dNwFjio", "oQt6ctHnFQ6sQEi2aKBLncll96RPiSqOqGwiCASYMpA", "mAGdsYxe6ZcfNU4y3tN5qZdH27cI57VH5vKU+25+REM", "YgPNQPz4HY6bbZNL0FTNgAGgmKOoB4mR/qQ+NghNQ1Q", "8a6xbMWjkrEz+PV4eBBrnSAhDFNxr4I3x1pAoKIpkuI", "eMGYj82uvNjFbjYdKrkVCqPauV+/ppHEtwzVVXzFNkA", "kJlmjR/aYhz61RzCcgPCPBHiXlQn4PiFLX1//U++BZg", "VZwY+b89esAJMOigz2wA2kSmEd+RdGEjKpZAqeSWfjU", "tr37RGyNTRs4z5zjH8+hcr/07o5grA/2kHzFXqTui0o", "Sa+q8Nm7CcNeKaIED5K5qa+RwQLdkejV45zQFbd3Ssw", "Nr4JG2QE3IKSK1RvXpbVcm1fIB0/FLgKcqGGKPOhaOE", "4hW3YZa1wa92Pvs09VkyQXhxX7yupVjlP/R5JwQsL5Q", "Wk0jZTpM4uDka335DtUYq9pb+SQX06YWvG5jnnxEupc", "X5iYXLP7rpFFZLDldpz+93K3cF8uy1PvJsoZ0W34m/U", "Y4RZgabhubHeU/vivS9mDMjWPC6DjrTpY+WMwbzAVss", "CKGt5T2JYvh7wFAUMeaOyCp44Ar/EyP8WFlyp22NXMY", "r9xeGl7FNQ4O4cXH9UvI063UxsIbT3Za23ZRAeic7hI", "NWlEWLjK8L0NvDK1A82rfxfrtYmBP51iDWtrUZYj/mQ", "3.15.0a1", "20251031", "iC67hrmuUB7db6J4NqkD/DJP0W7pARarDBThqZ6JvSA", "7LYW6PXKdxoMQpL8kGwEeBKGp65VuW3AbsD2MfIPQsE", "oZubH6L/V1CFcMNayBEKZNQ3MtMwA4wfUP7hua6Vecw", "aaeO4gvPThYHRIswYI6cn6hkei6B72qIUROJ8kTBhn0", "u9Y0Bs2Nc3We9jwtT/GUegYZGvl5PUfS3cANuHGKQg8", "pMlo3eB2cIQBbbQVcMX1uG2Onm1rSRpDJC5QTDtzTSI", "7UHhTK8nxpiV8G7EEi4Emj4AqnTszkzOR0+3/dhYIfY", "cS9bh9spNPwx4CECbFIJL+wttu2FrnUpV/7gwbr9ARQ", "tNbYsdONuS/wWQtN2yChwyeFndSPj0yA2NsNrQ674UI", "DgPNiLJ58SXl7Uu8FMHIqaLjT5IgtV/XQYFNtH9LUYQ", "QQD1N52f3JVQRvd9NUWpBlN1voSnuoVD9iSqXMD4deM", "ieGC0XAJGBLVZODB5LVjtojUPi0ue5tsxQUa/+d8Eek", "RyYmAFZcz9on52FANlUue/oa3903myu9mUZj7sk/Skk", "j6Hjxm0iFQHixgtvPpAdoRSwOQRq+pcG9L3Do6DqorA", "QYcK7nkDMs0mx4mkQY7KPuUTV+DsIN6hVAo6ZJuYi50", "u4PeUyTlGwcB+fyB9RHzsV9s7OHxUdANCqdoNuGT9Eg", "ty5AKFYi1lUaVWLZwbZZ+FYlujcJXA076BeOwKImFbY", "Rn36NOOwosX0GAMX60YGXudypW4WFQ9RYhHjmfZHtUY", "2jwkxs0ecEQn8g2xjz55a33c10RvmvJ1qRNN9KfVA68", "9GXm3z9cwElaFctgpBZli9TYLKIhDKjxmBZAciynIKo", "NolxGpfTKakTeqHbioCIzhWM1N75n5lM+Nizg2xsiBE", "00tPGiP9Pf1v1QhsU2IyRYGzINL0G3BeBZfEVwKX9Ho", "uG75oh5kqmwqrVHPN1U/0NrCxoSPTBp5d8bE2yCsL7Y", "Pt/tBXqob3KC7FKkzrUwgQMI7PDRQXAsWqCduSGUz4I", "fClLa/KpO2IcQRMC19/7t7Fesu2D1AaAuRKRnBDfSzI", "b5KwBBLXXW9OdwX7RZfS2GksBNEODrIh5zeBCnvrgn8", "9vYJ+V1L08fs6ZwnenGcacEx0CQESf18XBF2nkrGiOE", "E1hrt2D0CqATV0DVQ15V2uie3zI874HO4e8u/bIcmk0", "z6ccl2YpaHGYh6oLJsjOKfUYFSm0gwTWnFs2xhtM9ok", "UUd8qgZcs0YzWO2odGmRUMFBg43XIbga3OuVUB8mzqg", "DW9GpfONVni6a+cG2DklndEhCuV1/D7oJbd0Y8ODECE", "5If2BLmTqDlewqKAcQVKQie7Msa5sFZVpeDvGdKJPb0", "fWXKFcJkCMIe7TM5JNLbVz9cM5j4Sz38Medy+NR0zU8", "bLwHIJM7I9/C7DGn1cGjUrNZ4HFJQbDNWIMKFSRFXW4", "9CgtbWH+MZ7jE3uInxvul3Ce1cSclExQixfPlbutA94", "GxlciU4n8qpL/vHB9E3yhrTMEf3x+Avp3usY/7Vpbvo", "XHUAsyy3BP1M2fO6i6VpsAorJaCAZEro3R1TajHlfK8", "EvGxa+QBcYGtZ5BMr55Z5SW5tdYvSRBQF9g34nuDKVk", "ZPwp5sei8CoYZF2Wjxs/wdANEqXvP8uw0Hf6jGLAiQQ", "mB/o38bn4dD/76lFoY1cTHWbviFyKs86XMfmLxaqXzw", "AXzVio5tk6jWBFOJnUusb1QEFAA+yac9wQbCAEXVQu4", "+VREch92dOlG0zFI26DfqQVJ1CHUKn2x54sb18A332M", "eFsOxkos+/NGB9TR7CAkgCUp6l8uHXH0qxCdO90is4o", "CIQA3sJROfOO7stI8JD/LOBqlqHdefqPHf7BzReG9e8", "k4BhoKMaBmclJohd42A33e/YxKzbCUJGkbcACoyPjQE", "IAPn5Au0Sz23vKgQh7+3OP5q9A5dthzajiO1m/VdQJ4", "rQJ+Y7ZGNVeXx7QfDnxO0O7E1C9Wrn0sHnLDQdfKFPU", "UhKmriLbKS08I5l0hSmUKXbLQkZX4ERE+DvtJ8XOkL8", "QCHT6Qj8aQ7i8N9aY017s+mrFYof6fUcReOGSjffAfc", "JUY5/BW6ciofF+oiO0azugpbz17LcDl90b0IPwRUM5Q", "pipDLcgxG47AIdxDr5LFbAGVfgDG0XF3t1bgDNs4Z64", "GDEi3gcedWdIXbKJpIzCg0PVT61sVRLKytCzPB7VuF0", "DgJyGG2fUWk5TbxNTXKj9KV2KgTC5awqseI6pB/IU4o", "YhrDuLivoVk9Y/sTDa3G7sK9njYD1sAo7+YBRuBexDA", "VMp42uRV7Ob++9f18ofMVdXOGXyvUZIfbYcdFQadlIk", "n0vJNO+cVubR1yY5SUMM7MGdMB+kytdPzTbJs8anugE", "NKvFYD4bQTH3U9KbferIZbkneRK4UcvtWhSc8+Z0XT0", "DHmV/ZMxW0F0d+GM+FuAVwUmNXLkZgGeYOS9zyhLB5s", "41JzbyGz/l9dxEs5/WNWDTLL2hsz4nrvGV+0C5m7IAI", "r+ERNf6eU15nnWAp/XGjclyoBWi2YP4Mdscn+vdj1MY", "ODNQO2hXmySSN8JLeuPdGbFRD1EI9EI3u4sk4dcL+Mw", "jWkXiyrRRPbcGpezboIe3bNmQhZjF1RFGs/cQP3MN1w", "p1Tm2eMFCE5WeZtVCibtM780Iwg0YlWY/e0Y017Z+hQ", "2ntYU/Rqlr0ALCX84N4u9mqaoB6CZ0fveWNRy5RK3n8", "gV87hBjNfqg/0wlJQlh/cBdnVHbUaXKIvkdaVWpSgrM", "bq9wrQxZgPK6lhv7WqnhzPcgQ9rx9X7iFHXwnX5uZAY", "7r+gTXuJAsUe1f0L3EVZMTo5kBVsAfNnhwFK3+FhUXI", "3eI+TeptESeFTn6ZI19jN85gplTGqfwRKkcQd0/2LH4", "+OWQTtElxT4C1yIni1oEMIPdYdb+LziTVPgROgq/fFM", "2AKEJOrnX11zs24BFzbLyYirqMIc0vsOqe7MaM1fPJ0", "u1NyaSrvPMTX+0nY8RtNIWllhPcA3IjRSEBEKqcPFis", "j8x4H5VHdSPNStBlM4GpWLq9t9mAG0MNi1I2Omf4R50", "AI80ZJe+hWPv+BYy+z+MFXYQcgZV+cGfuzwZ2MVn7vE", "tOmOlcLYbHDB9RAb/+zxKgc5gXp/roZ/H8bHJBcHpGI", "3.9.25", "HcoON9VrfaPsan0vdcxyot870FdRYGMAk0stxv1wJuo", "rh9j+Vl6nCnIOlULw0pqD24eTTgCRFV9gD5tOqzjEGk", "LxdAZwmv0PB2dN086SpLI8at+LqsP0AlVdGS4PMzO+8", "YC4r+N3DNd+C0J1ksL3fciGUryfbRVA7mLnBY/iiJnI", "efoD/tOXYb7hFesMGTLeA+N12yEVE8+hzoP3ieUyZo0", "WNNIc0pS9AAcEkOw1+ghvZqCULk5XOR8wxHPhiLP1m4", "CXYywfMnBQxhRp0GlR/je5eg9Z42W2sY3iUn5YlmfY4", "xu+jyx597P3ceUWsgPQo4gO3geI/KGCochvUpj6/uEw", "ZLn1KoX9c8O2NGk7EpXIPP2sFsapKuPbuvHfB0KEy1s", "63b8sY45EvXn0fzPVw9t5PyIGNj7PtyTNn8vAafjONQ", "vMJ/1pTlSULCvWCDaRCImCpokJ+mOCrk6SwCJ8fBTdc", "Oz2pcb8iZMqJ8vEQYlEst+PcR11ruuHFD15t9JnO6rM", "eL4IfhRYjP+Jxth43YO3c8qxzECG48pUlbyPVpxIYZg", "taHPxz2JRmv/3G90F2jD99OmaAcPTabX9kxghrbSegQ", "wXNM7iAV/Avm3uKrwqxiEn8zi9i+Rnd+MGn1QSVlUtY", "/gTosnvWnKIUT8VCQo+Lm1KHtqLkVRakrP4sK8MQJ3M", "JVWBaZz76kkjGOV5zskyUkEM/TD7qAD6ar3qiiwjnF4", "6eaNVRQJMoGSfXAFVQjCEuRwV+2CYPOdbhZbUZGYDJ0", "aJhyKrQkLjBNrxSQ4lRb7n5776zvgqk2L5SWwO5hbs4", "9sSCk1187YuwaSTVOE3VN9p/vPiBkocYnpG5h1QAO/E", "TJ/8UEa8JOmFtd/GWZLl+3exxLwuF9eawKDwQC/ANj4", "1fg+nPvb0OFewGqVeFIgtFCyXaoF9m1r/0O7cxh9sxg", "mhXrrYebGuReFyYeHzb1/X4fV+MQzQ0vcX5qSIlyPvY", "pfuGm3mRf7dAEoecOdQsuUKwwzhE4ZyddN8BrQwdLxw", "86gAqoJVypK4589IOn1iUGaD3nrgWsrWHr+TJlLUkwE", "++iM50WW/2SLBW2YmBnlEP1DIhXCJGGB37SZpJ/4b1Q", "Pq8oSms1HVGhRSTQGSUKGmfeWNU+1NFJURvklW0fGJM", "USaf8ly3IbE4szcpgLmQMZIaU9gnfysOmoDqP9crPQU", "PV42SGqbH3iplzp0YubBWDc8mw0ffJ71sYVKjfHoOEc", "Te3sv/GxWnPeL83iBF3gXj/iwppoSYG8k5ac2xVF8XI", "EvztnUOHkxdbZ6MFHJktR5v1xeszv34ocumfhFuJ0vc", "T5fOtEZTQkP92abW4LzKHOqbTHHX6aMElyW0I0EPNF8", "okCCGcA4ApdU1S3ho6A9r78BjXWql6Ntc70JiMT9Vrs", "n8wclGgEN+pe0+NWroE6M/nClsKmjQDIpSkk58BZ2GQ", "HMh/vC3EagqJWiVVe7K83yTMgHPhAElkWPYE0/AvQUE", "vAqSdP/qH4gBFLZJuqRrSL2mU/lRdBSu0PeatHlB8+M", "3.9.24", "20251028", "9/iPcnQEHSS7UE0KbqkG1XgPVQzMe1teEU3zElKRY5U", "DhniueOngcn6o8cHGMrofY7eDQMTMimEayimUAdI2GE", "5NZ3ItE8lVswaN34RcSbXDzqn8+jKkX7HRvBqmyHJE0", "vcMtfTQDvk1elDklQ9s3M8ZdQDNPqfK03L9Vtg2OLS8", "SkonS3InxVMvynKfn4U9vtb8lphgRPUwRVh6k9fUiT8", "eAGl/VE3vN62GIgOAASw0wR1WBCgYzTaSETRO0vlNC0", "JpqFtkbX6uJJQAO28pKCdSz1U0u5ivxLm0nlYCzTAJY", "dEMMajyyzUHUdnPD94gPwZlTkegITcVx/7SWHPYjRyk", "E04X2/bBun25QQOvtguM/TfxZU/lBU4bxLQ/3UYf7eY", "uHB/aJ+RWRxWtkY76JBCqFJFGovaa7hEftQdrxiIIQ8", "pKS9yxSN7XuQVNh4ln2sYuEfAKf/1gLq5EW6XksQiNg", "gsFVbLKA7Yxl3Is8bpCFCI/qcqjsODtVZGmFcC7zVJY", "kKSme/lb81SwJZvz67nB8wlwcsoO5ST7e3W9bUPWojU", "Q5zU7vaGlhBCOPxg6Hw6WGZM+lEk8bKBsnf72w+TUg0", "7E5LUmdamXvnID1KSL9EiH3Xzwf0IWw8bQKuNwEzfWM", "VyxYzOsPmkGhns9xmdkCQrcP3JNp7gnn2Ez2+vm+v/Q", "QH42xPlDf10Y6SKJWxi/hW6OAPThr/XKnGlVQ5fJ6aI", "R8jXHtfUoVfUd8s3h6IgDEaFciSpRAMLVivc7ae519k", "iizGH5DCi2n89a2ca6tvi/cYK+cWJJdRzZB0EgG0W8I", "LOFodXUDCh8hz6uQKtx2b0FdRgkPjVyZB3Dnyhf5QEA", "oGY1Tiox8QTMYVwXApFbQGKq2rccq+8m6WdDrCIUBww", "p5f6wNAtb4y5m83m0rl223fGObdRO9ef76aPM1503sA", "sP+SLmqWU2QOPYnqNZy7Y13KD905w4ayDp9TodsRrbg", "tACoH2BFpEiewOOd3XlXLZ+PUJ2ikfUrXG0Red1Yhj0", "5mnHC1CEmId3pyPmnmPQSR90sfjyzOH0LXeDkyU1xRA", "1v2Wf8wtfP0ONlj2wbHA/OIE86aiw+XcHwgBF+dCNoQ", "dNHEFNAi7gcHv3yqcmp4K36w/g6/psrfksebCA7DDNU", "eRVLYegP1toHDTuacu5f8STySnWg+VbXln15dvhR4F4", "sVFbhMpD4Gin5T+bdXf0Hy7Rm2xYdfWNiS22y6wvVEg", "IZfxzcRTXmSjyXTP4a3XhPoJgl8fjCxdG3rfnUnlRzQ", "1DigveE79QyPH088xWscvwwTQ5fE8jUsisWRh3S95Ww", "Pa+9m3j7CmewNJl1tOz1qwWpxpcDvXIk35wrqxMYakY", "dNjEjjREd3BPJGUVmMD9CWFP9+pVpoml9sOelfXw2yU", "NGquVthMygirggdIj9tAR2T9ylfhAXLzv9/DRwPk9Cs", "YHiS5yW6mTpBEeTw0DIEs8EFSXhnk875G56lbusCbdw", "hOG0mx3RnvZLsE4Uh/4a+RL9Cz1uaGy5MA2QJ4b9akE", "3.13.8", "20251010", "smuQ6rxgfnVZjo6OoxVF65e3JQVHPewLj94IAlMDgpQ", "Emz0ERWUFbDYwIZf731tev9+y3WGtBvQE/x3rsfctNY", "ak2Z4jJZePBjuK2JzKahA0CBQV9lWQsRVHV3jQm3Gh0", "dKEYodUI/QQsifHgu8VdBGadzBrkZpV88sHjeuHxqeE", "ALrqQMCUH4S6aSG+TaL2Yy0bzJo3dEVfA95t3KzXc/M", "q0NBt7IXurkCaORKaQ52ljTV6zbhrEeB2SS6nnaoSz8", "NHGJX5lmLz5RyOI9ul5cyAHhvqX/U0T1CFAwpZnWr+w", "hoba4BP1yIunZaADj7ix+DVyCV1YbOuVKayjoqN25H4", "OcI9Jly+Zbgjl0GLhPc230hvq76JZxejZk0gngz98AA", "cYVlLaB2esBaWXi4lH9wDnMtN+rcDRP0fUFlylpL98Q", "32YxCI2Ai8ltEIU910eErfsUuRGYjKLWYi7UflSZiWk", "UoJ512SdsAd8aK+oGhp1qKzzvCpO0XVvyBj0V0RE5Vc", "JoMdXDs5Lsz2kOa2KNOd9lXipUiHiL8fyvOX8gaGHmo", "XcsKD8pzSOx7qHB+zQO2eE5C4L+s3iPdazkTx5r542k", "frgWo3+sAkQmgXGfA+zJmbETbtMp9Nz43/hOwaJ08GM", "GshpHSUnH5lJHidtBWTM/CC2ZQ3wvgUzlq9aU5aYRj4", "IvfgGXCMlfde/AoJKPpy60sPLEzqOGUKmqMYbSO+X3o", "VxT39Se1VEki9nn1LvnDFhw57aaBbd4e4G5BeTlYyOw", "16fHcHqjkLNdQInVPx7djmXXNaKnhg5RovX2jg8wXH8", "f4kXqxU9sOKA62OWIbjTiBmvrP57/tVYVq1TvxfqWWA", "EeTHDxf5lzjoBSA2mY1yg8NcDYVm5IPW2P9Qe86TIEw", "Mfuj8uwZGqT2D3Xe2HW7olhWBGkBZ9IYnHUbEu5YkA0", "ckRIAwtB8A0iS7rrphNyOSK2aeA9gH3v6Tc1qmyeM3U", "GkJVcNGp4rMOZZu4TpYLLDrd8PVgNA0pGRyVvNvCR6M", "tsJnhWVzkVgBymUzG3K0c4g+keY6K9IRlT3jz7dKCpA", "17EHGY68CZqj0MgKDl2oYzL00pU3cyMjozQ+2XEqKHk", "3LIQbeGT84TulHDfrYstjSBziKVLM5A3mJg3n03jYPc", "vaFQwIDXOh3DaKBBQKDJEwJ2hi4I71oYvWjJDMQmq7c", "J+MrEa5V77uduX2V+D1Elno9pQatU/zTw1wfv54J2vE", "uHWDFJcLBB7xUVYNWIcVK5OAbweN16l2Au8sTDWyE/4", "S+70bmMDYWactm4F9+EWLnOoYWHzuiOZ2ez24r1nP4Y", "DkIf97DPLX9Q5kj+h7P5VFJwVcDzsJL+JWmhAoNg9js", "iV/57mEn/eNNA7/LnqdootKKPRbCJNmSlK5MxzGPg8Y", "WnLJM16yb/3KfWL95T9Cus7JHmEvv7EIkAco8BDCfBM", "ba2gyfdbr0t9sUBBLPZIHzm7grSptgfdVLNPcPhRn4s", "+48/kQrDJaZu/FQCTPafUZFBvuecLvowDovSPEip1Rs", "1ryqzR03lKIw7XIHSn4j7Sz5nfP4wG6srEj2BtJ7UOE", "C3qAcWwlV4ANjjEzdEuekTR20lnOoBYN2Fl+WChKWhw", "ERLK8nXjdPvmKcP94mXx52dbIVU/FgcIXO3IIdGEpKo", "XPZVBltZST05I1/sDjDDOlGWuwHPdM71CQek8YyO8Co", "aa7FxZlj1vDnokDlnBMl8VoVwxT87U2zCJVdmUoM6Qg", "39yUI3JJkSV8g1liDCLMd+JVSXDc0Q/gu94l0q7Mhy4", "XpwKzsmebkGNwaQvCDo4wdDKXGTCAoO9h9/ZBt9JAdY", "265ltudHU3k5w/KAQHe7Tkn1KIUOaIANVLDoxLd2j6s", "EDkLOU92yxTICLXIfeNxibxyeW5VpV5uWsqD5GFd1co", "fp0y+uBFzv6VDY+V3fGCTtwjLRxntM3VXs7FBC8Fcn0", "XW7qcn/WbIkczeum+KefGcWXJhBfkjCE7XlhpoH/gFY", "3w2QXE0xZXj8meYmIqsHN9J7RMv65ppyp5L06EidJoE", "Xc0CaI1d/l6CX3p9fG073VIjUU3r/YwsCmqQw9QTj/Y", "ke3bo2tq23kPWCFv4R4Uuy87mqJDRVzTCnrdp3YczlM", "/uEZloa3J/irKnHhRIkgW+6So4+Ix8bzgZ4ff4yJHYw", "5+OUJWqPVZKVX/nk8KyT6HsgZOVSJadOKU2YS5H49II", "cU7sj0LrAj0MntKJEV1S6WznPax0ZKXSQrCYju2pC1Y", "cAUtuG3niqnA/4JIgiBz+qlFHzPJJCOGekWSF+GO8aA", "GHuWLYSvGNIvZ+Bpd23/YaIjJxrhH0RQfP2Gk0MMA8Q", "pLKGVs9a6wa7aKC7LKlS6Gbr35GrV+321aG/LrwoZtQ", "1LgyUP6f6pVjsvt5ER1K8HInm2kFB92xTfEfYX/Vf34", "Vc0jcc6HTqQG87la1E3wlf9b+Fu+LGlUf4dQoNdr9YQ", "AXToj44PS27JL72iQJjUQTCD97oFRW0Q4FjNL93Ukio", "X/C6I7RRdKYJY44FAkLu8WWSGII0I4gF8mU1fmgzFik", "LDaTlYDXM9P9mYpJU/yckpp2Qouuaro8m0rAfF/KIf4", "c6UBXWU+c/I/TMapB8zLH0RGX1GPjiv/lr2g4Mmv4pI", "rOM783EQCsMn99Yp9+F2T8OTGraML2gRa8LXmHSQoVE", "QiIV4jELsXIwCXqEkPIduS55hyj1ZhzAMI6GljercZ4", "1VxIRzsDV0740fgiQMGNwnPNd3CKqlqKszzYGPZBbc0", "kDU7Pbwp28uQwrgE6vFl5DPp0LtawZWEWl5JxcqKi1Y", "EMlxB7h0YIgDAotA0NDlwhO+6N9bJQBqIRLL8E1y86U", "8IoZYaEydoo/Uh5QUBxClPeMFvhadO3jCbfzooWEkSU", "2naqKxz6+7x+uJ+oXoii1Vyq3DcASTS7nvM0K2Hq8NY", "rldf1nO5CDX7CGojI+bS+KFrj79HoZl7nIrHlPwDA0Y", "hS4H2gtfDp5rVYDZECwwIgJGRq5SJYkrpzPc/ho+Bac", "y6OX+zPUD+8D2TYTZX/smKSM2ZQIlebXgK7DSco3HFo", "6D3Eb8SAfumBpgPS6mGgqWyOODYj0Uw5DENydFpJ+/4", "u+niBDvgHEClRfnSQD74j/j37mmj5q5i0Tg7DgpIPQM", "3.10.18", "20251007", "iX6khY9GL/bMV06eMtNuOOd7NU11jsuW5UClcyQ5x7U", "T8LXiDRcV4bsedR43vOAc4cVAuiHRuMdMSEf4MDSgqY", "2GU5CfJEZlGqzySw6isF28sqP0xJKE78Wjq3UPfGGB4", "UPaNFEK2yr1IYRhsq8fD3A8SE9S/imnaWaMzQhUvXTI", "GMLHt+1rhLWBNdcLdqqUiMUzZKOkvx1ERpCviqwE6SI", "jiTLBa/4cied00FuR54O7/aQzE+cnqWKFDF3dziGAgA", "xreWmU7AKqalqzBwirAVI+1qvH9j8wTTQEdofCbfSVE", "KkfqwpEqiZrgCs+/OI5go+xtCqppaMyh2xtv20yrs7k", "EynJ8GZ+1xX0OSwtIoybCwt80pJ970DvT7m5iGuaGA8", "Hxw7Q6Wvz/f57sX7VTkfVVcegP/b9jSymPNay6TXBoU", "LqjMfCRT1H7vhDoeYGq8xkM2ccmENB9ikAXoKEgnD9E", "TQJTlDHXCUv2XrZXWHr+zCdZ0Q0npq1wunwrD3wbqoU", "Cp2He8OeNdwphEtqViFlYLOR1HPTQiGyRbk0mVXF/3M", "rXD8K6AYGA9CTgofPodfAHvMOoHXSmYOJ5z5yr1IchQ", "M+BackZE0KvPOrzEy2pmbP0LMDSqx9W6s8HwKkQ6jLc", "ex0C4osNNsSw3gRKr4CZywOVrD1oJslt3RWCQfzcbwY", "yNpMe9AaTrVY4xZ6H2b4gzLiZqvMU0p92sC0knolkEo", "EJvvbuIac/zkpYml5AEGvd/nk/u3QeT+GPSE6vCD92c", "lAQZP+bD0i9gZdaicA3xA7MHsnAS6FUEygMvPMDiRO0", "HD61KUBMwF1p2Q6e3rJrQiSDzvB1wP23Tor75wCRpbA", "+cWHF1uJ7EvJo+Ahkvomb4uZQg7W5p7HB1i3qjBKU/w", "bYyhOeue3UdnowU0JlqKcl4OXJMNacfnJ6lDMqA62UI", "pnXBSAaT0xH+l1T830PquLnndqzvQrXWmz2dsqhN+MU", "/x1YBH+WlG+UhnRViswpl0gVJDcp2E4D8ArfIonyYQU", "KXhFq1+PiPUeC0ImBdc55W4D0wX7Tcy+UMDBXJd2NRs", "t+COeGXO7r+DmvBg7eu1qFTJ3yi9hk/uhKciB9VZBns", "T6VP3MYOo5soCp3LI5ujuJy0WsD2Pf5rk10MsxjdUXA", "CIJb7Z/bf/iSRRmb6XirN5jtKdHypqmI7+gcpzXH2EY", "vezVgtPx4t2g96ECfrCe3RYIfjSePNgopFvLSSfYnjA", "2tlnM7kFLC95iGVTaETxY/oNA2r6silF6a8m6TlrcFI", "eYzA5oFMNJncH8AscEpC/PJ6DKRFch6JIV0pv2T82eU", "xbfLY+ZsijfMPdGfPamL2+bmhlSzaKEBPEEfNQwDr60", "ve+JhepaPWKCq7+ydFtALiXG7EkFoqH2bEx0uT+Rt5Y", "F7oqcoyAzdhjdhghnfukWAMlTWFFg6Lm9o6MlcxKH00", "x78T1aKPGiJwtstyf7OpImwwsL79SO0SbSLH+zEsuMI", "EX0VeH3D+nxqTTTl5cteZ62o+9uPLTxFywyP3BdAOTk", "3.11.13", "eLxt79wdrFv2dlyPk45oSTg9vtgx6h4tEVdqRoP7How", "ry6Th262Q+cd+cqSENI/8wEn7wHzITqrfXsybBfffhI", "Wwi+VF1BWlYsrqthJV5Vg5NbM8ryHG6vq7TqfbhyObI", "kcfhaeGKEufGQ7pqb+gzPIaBvfpVPZ/CQEcE4key+EI", "OtySRklIBXuZuhZ1qtgYbZjIxsvVtocHIyCsNRL/Mmw", "7W4VBOoGN/wVu+trxRwG34IBxdfj/5BYPQXMXas44+I", "CWnugAJ+dcNNPu2nzem44rVDbLn5oZM2qNdC97wZ3Gw", "/Fg7ptW+YXJBIpHO6mc/eBj0vihQy8/ZDjAaCxttfzA", "JFqEC7MqNZ2pMp9VhZBQ6c3xT7gB1QFJI6YGtqEKlLs", "zhaaBQ39IDCbJ/pDAITwGfddsxTJ4v0EZmu9l33biIo", "Z0ZRb28Rexp7ph7vn0nBpcoHZhgDmqPIQNQjmy+VYrA", "BLI77ubT5vSQdp32ywTKDDnzTzhC3KXmDjKndAb6qew", "fQ5SDd9Hce9t4XvipesMpOgBU1Vy3UEKGJaZYptMgAk", "aqBI6i0zOZtuQSSa8TiBA9Io8orRodmFmvklrqTn1cw", "M3wAgjepYlB6tsyvHrlwtguKGqCThZdbxSS3Ytqd04A", "Q7/EJSmEPs0dnAjEojnt40j5b/CsrvLsJLKNwFn08MM", "p8Gk8SXBMOckm5YkEiBe0F/vJorAu9xZ1S9/LYcw9uw", "uFBBknBqieUfnLf1KjaMihtMfPqZGr8KAffdvsMB1ck", "iE2b99csJ1L8schvoupBkjEJCNLy/C4wwLiVAeP2hKk", "zeUVP1mmfZ4Qjy7ZZFJumu0QDroYD1S+4ElrT9c6iyk", "ZWMdw+wu+0Br3PppZguO1D+lT9J+hmT+JRhppYWqxH0", "Ripoofi2mWziMjpBvc60EvhyoBubiNz33ItFsOeO8+Y", "PsyQRudlYyqQgL3kfO3Z49G6yx4VnFnhPlva7MGWkUk", "BCYBb+4oP92lPBLfRbVBsXlknkaqpNWqEh83sO7Lb2w", "kvE/w6kNWajlK6QU9xEagNcFJ459DmRVEWUxE++AU0U", "ra/6jDdVD/7u9TwSWLewiwnMfAPLHXgt9XMledO89qo", "gOJqSVWs4rEOx+a7dcELduI4IV3KhtQ1urmjX27NVN0", "OmIyJeq5cxWvPJNvbbKvA6JspH76QoZqCQ55xHhVd9c", "phLzx/DxufvnBAP6xIJ/tWUNweffhDi5UtEeYoGzlK4", "jHifXr9WlV018pDpo4Hc7NMZDp4efmQM4Q/wwkdeASE", "L5/cjk13ExCCwY7retnic69QP4ctLqK03Xti9PmIjWM", "xSb/yn8glhYAtaQGvgfOVRQUAU3cmP/pAqfiGbkMDzw", "cw9l7612NA2cC5hJ5ewqx1Ndt15YVeU6vaxLKhihRFA", "ujiPecawCvFKHIsFMTu36K/G4FLwqegs1b9pDmqbzVg", "L2z8/VoD7+SFyjWYSoQZHobfzNPD70r06+ah2G2yQe4", "gN64pKHnZXgJWrSS+BRRDeNgWFjPzDLrFk/mV1MbsAo", "NUo7/mIxO/NJqE1okc7xw+AUvmnb7JCeFuQNqjM4QOo", "3.12.11", "QH+iQpQqe6XZGJmrxWL8mJf3oDdvjSBgKF6MBWAyPxk", "4FeDlfArtqxhoN8PnigPAxe7tG2L7WYjKzqpoUdyVvg", "BdkgfkHDb7wtgKUdm9XVdO0+scYg6tSef81XzCtk7f0", "4W1eT76rT32tiaxCalIvDo+7k7kFZ8kAE5VUWRhD6VU", "ad99KlCZvXcPe42mc2b8XWU5aQ4P8l3rgIzSdifXmhw", "KsYUAy16GxpwHOqGYPqwofr3o/uZG9IcygFBPMDz64E", "HqmKpoX3HmmAyxwMyh1xKnAq4qaVQtAsulgqqvwXbm8", "3AuMuM2Oz0g/p7y4eprWccX8ZcAlakQU9tXJrBwjnPo", "zG/zXUqf1IbhllBv8bd190IH71OMX6LnY3v9G7MaKkU", "hOqJJZ5TwhI1/EknGjAOMfqjXSRxdn4Dtehyu0MoGBc", "uFkCeRgmFdt5Eo0SihECmExXp6YGpVkyMo9ff3Qa18o", "QJzisboKLRoM7bRPSMWbXroZoylnHOrNf2qIxacNJus", "j41eqi6Yw+1drz0YBDGLljngI69zlC4zEly2f6c5JQk", "m5yHnN/bQmZaW6Br3EYRU23WaYjKP06ovePk82+AS8w", "s0uapNr4zGd/cuoMp66+Dc0DTicjmhWSeRvg06cq2Fw", "+YEh6x+ysFolwfPS/nzwjDokaMNQeF3z2EwlFucoDT8", "IjvCHsaEyH9So9x3Dx+v3oHrjbovYBdt9O59IpuSJc0", "TXVH75yX9SmWyi6ctchK7dplppcpZ8g8o4LLof/kGqU", "eC+g6Fni+GCmWmrjGvRkIHZ3DNkIDXfv5lCRoa4y62Q", "0od/dLAYccgtFAqe7+V7GBhceoQShyfL7crkXcXJ5U8", "8cJTWQHoWVegnU2YhqEC4O1CIdsOHdE9HcUYzPMdDq0", "2hBSukHiDmGkDze2qf6Fk5e2V+C/FrV929siifKnlKE", "1DrBZWBakRf4bnpuGM17lKuLggjG5XkyBEzJWiwA0n8", "4nzyX0W30Ddk9qoi2e/xFML2kY60/1QXbqBPbsBHrxc", "WYe5F70zkUDmg9SyZyicM37C1JzKWaDlwDtT8nkyPPU", "xW/olnJaItoC1gQ1SStuZfq60UDxeiwU6BLHtt+odnY", "VlGkwNwlITF3zjoYBQEtL/T/mqYihC0FOjWYeXsxACs", "02Mka7JnKM/XsDRgSrrVJGYZh5ks/lquDT0gmfz13nU", "6X7uU07Dpzflzew8LBhnlc5TSH1UK15ynEVM9gYLvWE", "1c2Ik+TrVpfmZKcSqk6fX5L/ud7KyLNKtrT6au2NCJA", "9FNDQgduJaLX5dztZmpCFhFompRAPpmaaNgBJ3JIV6A", "NDj3eRgpOjdks+36pBUG7FsGkHEU44nUNP2fO+Q1cwk", "DuFFkHh7tsQ7Ai6IOc1pakdsualM1NzjIC7ZD4STr3s", "Y7+Qb372Lj6aqlfo/HZYAtNSZgc5tD0Ff0mEW8kPAgM", "iBEaYdOyhfVOfxM05SPQGyBJrSYhFhaTohddp0DczgQ", "Lz5nByfRBLBAaDknv68M6h/RTbuUvWVm7pjLqGarPK8", "dAydb5vf9LvUjvOawHDMp0ZSn92Iopp09ZsnTTQi1o0", "3.9.23", "bpZAL0IVhnhy+CxxxhiQm8CriRJaxt42G4lD9cRp2Ms", "1tVYQc2sD0eIRa2kwGNhKRoVxwLJz7YV/JxucutDWMs", "CNCVXFiT/hKszCu+TKP2DsT7L4L72kUmq1MIb2JXykE", "+7G0RPMrVQJbwxRZRI0Xat2RnC5UjG9jgz40DtF7Sn8", "HsyDs3oNks67LwZBEZGOOIRmUKHUI1Mnbh01cVDlwuo", "RgZaVc42xzK8brfJ6PrEtMUN1i36OfmysAD2shLMLkU", "QuZrHQNnfHXEEpSFU8UKpwNW2ZsOwIehuK5wogHYbSI", "hZI6IFgH1vEuqNAkNIYplxQkZDUCMyZgC8rJNzFvYKY", "gsws/Zo2t6aHhpDgqZ3xgDGIWO3yXQD0rA5X0vUmqs0", "VNnRPUEVQ4pdvLReH933Z73Kri5ERpARJ/2Azzbdr/k", "3wNYbJhMn6aIQr+lQw9End7d005ufr0pc0xuHBu+3Po", "aF9+1eDu2h9WhrCE3CbKAP3MJgVk4DmCE9UH2h4MDN4", "bkUDGK0MX8zbQW4nQqehbwGnk5pVjeHB2MkVugT1HaM", "KY5gIfxVDZniBf+mmtf+ZqU/jipyzQzm3fEuYzsL7oM", "Z3xiLJchfOyWcqG6z6GLlWaCpSpJedECLdJomiQVt1Y", "xQJKMROET7F+bVuoW8m0dDVFghJhPJyNolcTGw/9QlM", "jvQkMzHqhA50dGKUQ+VmbOl6SMks+hN+UQU4/KZ5Ovs", "52Sskt71NQmCiITjO3h/5QS0tLT/KZ35LWjIvPP4kAM", "5CljNt0c4zj3kmauTaeMjTMNe67O08H0YV5oEKno/Y8", "V7k1ZFdRAAFxB7cCaF3b1aC2WzTJ/W3HgjdvIpNSBr4", "t5a4/PD/gdvDHLyEo221HjI10ui4HnBm/yY7Opgz++A", "Kjnvr1DJUS5RW9slulQ+zadM+03TKuNOwi2D7qBCPDM", "4I5yAe7If9I48I2Zb4vfRPja93Ccjdbt3oS4vU0MEmQ", "B+cyLV4G3Sl61qiwLnLW26wf7EcQSF5kSR3sY4qH+so", "JYkERUSdV5XYrWRg3nunxMvtA9XT0cuNF7lXnYyq2XE", "1NKWQdl7JufRnTIs5qFTJUtYbyXfn0/SrMVXVtM1GgU", "4Q8NvpIQBnHxDnQXMLtr5sm/UVco+DT46EQJu2VZOhI", "KITJRcxm3NCrjnQY5yGDsY3z9Iz0sV4j2V7it0Wpsjw", "6p4kYTxk5fRuBGjtwWYREVyfI5WtaFvU1W43yILNzV8", "2P6bC8pEN+7WzpxR+FxATbmjHGW9FEddBhwuYMwnnGA", "AU/9PEHAKeHEccxNJnpj8tdY8Yjh/itVnnsBiYQmBGs", "FS0W4WQKGllORb/+uGAMdRlZUZcv+qgwnaTLAuTYvgU", "lNedCf+5GiiFdYGgMaDX9EohUOks/mGj5XqVk7Sl+yI", "gxeNWzNgwq+ZbC+ibwCvfQH+diaHkBdYxsk3LIlrhLA", "lLQ0XSLrbBeRNINMWiBlZ9m4OFunShbpSWSLZKxHdV8", "4OfenJiX8zvpcRa4hv6OFzIdA+k6hmS0WHCjZszzVzo", "3.13.7", "20250918", "EPJupfx8TZwBL683KJioAfNLj9dzDGd1diYyJNVoNf4", "5kAUPU3eLt/xhlw+iORLBGR4t5CvT4s6xNIo5TlS3aA", "CvbJoX301a/e83gl0MxwMmTBoKlNrYJbK2tpdbUkwNU", "scxmR8ddVQ48vpzG/o+eynbhirvv9SvFaXhBGt+SJ+A", "k416PyR8QRTqWSQ70mcVGh7TXDld5CeiuyXXgUFaBUY", "06CT+EZCkYHmiwP6KEQgOod7f0aamrWtPiwElvEzFw8", "oNE3TtsdPd393V5B2IgBD9HBcgkoqonT33t45N07/Qk", "yfiwmF/r0WKe+woIucyp/vyx2Fsbox4tTdU+vCv3d6g", "wnjC+zDt40r3ct1cu8nQJX187qg5fuw3X4FhMkR1iMs", "DFeagEAd2Wm8iTUYNQlwjGoUzlu3ecA7VH+8tCj5ZHo", "78POHqbTkfKMc48iPs9sAIlYU7kF07WRe77LUT/bPKY", "hLslKDAITpqKLr7Ka0SQziaMcmhFShMD/vDuTrZJXiw", "IqMn65oaiWZOn2CmFU7fDdRznt8nCkLnph24Kzk4mFU", "waTvAFfk9aguXdrUvk0SZhepSGOwygUHBs0/Xm4Uq0w", "jEpZ3qGVabwf+em/BfhnJm7dZ92ZKfnZBnloCCHc5eY", "iI+34ZLKr9sz4Cj4ZbfaaNzl6STP5Y/O+WMj4XWnDj4", "IdG5Qrb6Kc05JLxO13uLi4W4Jj4OnIsSEgs0QFQ0VYM", "BEKu4llR7havOsIifPSopuPVtlMAMPv2zRMF/z0/wNM", "SQ5IdeMYBCwNzQ1IVvSKqZXF7He0gfyw1MerVxgI/ig", "vCKeU2RpmoRWts6r3oNIx15iMS/9YmMd0eSUoXVaRe0", "zRU1UF3jnMXs4PxkVC3Ey/Sha63kQTe1hYJ2KfZcTus", "P8V9yfUcIwpOBCmrvYCPsRwLJ1OKrfnC0iYbdGm9AdQ", "CBHzsyXFyjEeldflKtlFCt9vUoMKnDTgL/4xH6P9uQQ", "isdIIXH+FyPbahYi7ICAIIf9cjvn1GN9xUh9kV6QZL0", "G5rDktYaLMefDHRL9byhz6hEd/zO5UKFHOiR8OcrZ4o", "68QqxCEW0aFORXnb6ZxbNl9hyT9qxJY2d0E8FEdIdls", "vmCnhjti7Vd/ReuHhofAuxGiImZjYXPr+1SapzE7qTk", "XhS/RDrd/aT9zAmtbTd2XiDmfcUCpWGApR66762wpQU", "yMNoFb7mDxyYi6i0E7HxcCBTQC5nfCZnpfR5tfhHSwQ", "klTzDhW2bFCX8gq0TKv3qMUKB1HBF/CL5EeBg7wOXY8", "+LTiXYNi35fSwKoeWdcdJHkBALQtDo/NsbTbh+KcgLY", "ta0qNdd7jaL7Kyf9lN1GU0wEx2/0DaF3j/Afsrd8hdk", "5CvFfOGOAjTXv+b0J7RAlaCOb7KUy3rG63ff/V0+z1c", "l+FryJYqv15k5rt6FgFS37nV33+gTgNSEukD3xzK4AA", "rqQXfvOIPtHy0IKzWbUiS8FmtIcErNsLP26+NsRcxGs", "wp/DjDrzzGg3eRer4cvRA083x2SXqWHHN6d3/bz7BSs", "dw0rM3M5OHtoITdcqAE1Cj5ACGKCMmq2e4xj7AtTRwQ", "h6pRnZvM1CkcamuB8U7WdBi10UoHmIY/eq56J5c/Oz0", "ZD/znv6znZ6lYtVT9rrhn8rb2ubpz4i0eGF+lFovUGM", "mgcaeru+RwKOaUJvG9Ko7SF5MKNlqYBoRckK+NYorM0", "tg452juv2yhbGzUz/LvRYFG3ofvgZaOMXv47QaKSp6A", "uAcIBeYJ5AOwI5pj4yTjAu+WnB5px4h/yKXRtmvFhCo", "OlQfnXg9hm0e8mXRoPRZkQajp9psD0h3crHARNEdS8U", "HXj0ZwvkUrEnsWMQbCN95LTl7mVe4OBskEUWlzLGPUk", "KCt7NP8p1ddMKDv6W0qrlPP51RAW8ZHdNu4ct8nFIlw", "tZpRViARlm1Ln8qZaZMV733EEfPcsItGUvnJvi+qWWc", "4dWRxhYIKNgs/7uNq2/55TPWxTuLqKL7dZNvtahNtfM", "XiHSVwuc5/ie5h92E65tTk6szZvY2QH1HYa0nPJuANw", "rNVei7T/wIT/k0fEmoMx1HYm98xDNJz3rk2IqryXcHw", "uAe3uMt9Kd24qZ3f8boJcNifaiRn0ypvl0QyjCiHjrY", "hy5Xo0bJn0nhNtdlWqsL6VCNDfBdH99kfnaQLgKnueo", "RH9Rl/z9r8XTK58fGZeJ9Z5TvczmTMYNg6qVOwV3ZSQ", "svhPS5Gr/Jz7iRadjm5G2Xory2/BpTLcJ47kKkd56jE", "rnQrP64mFNQ3uQDOke7bZdJonx6y/+jrce/OjIFE6dM", "QImp1geMxvMalS7UfrSeU2Nyo3IFxyXNKM5MUgsQMCw", "ts8i3cXydpPp8NA5Bz1B8aRkh9N0ltY383/BnIGNZZY", "Y9XOat4cT4bVb3XMYPoa3WTz4d6VZODimtfzKBiLBC4", "U9MEbAH3Bp7XMUVes+cOXbuoP+5DFaeAkWDBQe8mXho", "L2F+dVtNaAnvkCJVwhQQlG1VChOKQ+UC+x2TPWRIB+4", "0xeoWubckFyXaUb5W16HELuOskhZUA5kdXeMgzD8SLg", "YSwbvDGCn0CfothuIFC47ArTSY9Ta5zWonr9PXSAzEQ", "aUw1GG9i8kDgxCK6swgsqgDMcUDJSZrzRMNQkiZR664", "Bmixy9ejxnchQcYrMxBJ5ePAgkEns6MkjofKs9wsNLM", "m4mzmG7oxG8AZLRO8t+CPVOgZbegcIzno/mxS92DLJM", "mIp1OMjS9wLXhj4+CpuMKPSvc7Ek6JIEeImVBDv6W4o", "Gk1JRSn98URnDIp6lJPUXgD62cryWZerMZJa4HfrfvE", "QSFhSAliUNQVpqjHFaqbZd1FYPaVfgj4HgOE1am1gok", "hZspIkhNvspD4dJlRv/t6a9XIac0pUL5hk/WMV/qTZo", "pV1aizO+WwMQTEhrai81H1hclOHDvv3Uta5qD03P+UE", "/E/AYsN6g9fx+cSyKy1z0WpMnk+kl4W3TV2Ze4BDkL0", "EK0sN2YCxxjYUI0Cz60mq3Nr0VDu/kZ/AuZ2JSnL3XE", "JQbOQ6Hs/6KZsf98LV8wRLKGh0OduMSEILMWjr2OLDE", "sMaIX5to0YGONUjhenQoykMRpUu5IUCJv23uXO8p2Pw", "NVMnG2KDycCEgNBKui287/mH3Vco5cQZtshW1i5OLMM", "3.14.0rc3", "15CecYKGHL+enHr1NPL9fafP16K4B8nPFk4MTTGXI4w", "QsK5/981DQvP/R03mIWZTXE/pI9/NFYkM9fq+e+/nIs", "OIAExPbROn8lDjIHyZ1QHp05qsP6wb1VMoi69qpFhlM", "YfR7edkBPxdas7jQMVG/jKjNjMcnEiAf5gk5KB8gvd0", "OJMlkaRKvPjy+WqYswofc+jnDJmU3Rt4I2ZLMXjkxtc", "sF2WNKh2nLl4v44vFBJbQD9mrqvx19d5j24xSIVHx5E", "ibGtJIkpm4jNdd4/5G78DxNfDZuiQz//8Lb/b3pMozU", "ShIgq3OjvVAPfkZ1aNoiAHWcW+7NWNy8Rcr4qwxJoIY", "rs8uL8abHOaKg0+ifbyxOPvUvsoWRkykjaNOV5TaaFo", "NTgl82VQ/uqQRnbfB5Qz4bve9PpBk1bhnIU2nnqR104", "P9tzvyfBJo+Q9uRLp8tmxlt3zUiRYQ5Pqjk6JvsbPYw", "lrpbERYk+0Txl16+oHB9uR/rM8te88AMNFSmWfXCceI", "K+aPv5mXWwHlnJhm7unlbEnpd+iovxVjG60l/Ry2VsQ", "XwGZIGoptKSt0Q8Mb0V0vGrhxC0yhx6YcBPEYIbjY3M", "x4rX8EFfYgm5COUiISvjs1VyuITgFE84U3pBttZ/VNI", "knNwVIbqC+UJt48qVVucKUKjK5PyoaVTLnNAGUos5B4", "di1ULeDU/aHGbihkDZAOfPujDWC4dIjvZ/5J+O/0n+4", "EZtcTOBNr848c0e6kFhL5EHYt6bK3V9FuRrQqN1W/68", "SitG0S3TOeMUwV19wguBx71qKDYxn6Jc5IwP4U0Io8o", "BeWTonjBttPIctkJ6AMert972OffneK/6oV7cjDwtMU", "OhCTJ+IuMYADLlhPJzjfA5wMci4O6/bkPxg43Q5t5yU", "bUnGetXTS8a7Jl5IMJXocLXCsRPEPlQSKcUJ4aSSd5w", "p9GrsalhNAfk1ebhv29l7QCkFvPWhrDpwFsfjD8ucgM", "AGT6mZuzbOnMaVhHJPsq4iu9ijJXVgWJypgVfHZTWGM", "lPO66vvDTB07ls0P8lX+01vpgHy7Wz+Q0UXe5ru/nxA", "FTFjnyox+tS/D7L4J3nWFG99/Uj2FB6/O4liAflWuI4", "6N/FX1muiLTGREqzNTWFIbUyj2YrbGSplDxUcc/fASI", "HdftJd1WZTVptfZvImA5eBI/WL5zO9bLsMa49KiX8QU", "+75k154hE+gjlXpgWQVAYB3ANIJ5oooDSIi70Idq8hY", "nnfA3wbrZETe3nph4HkbRYPgun4xmll8LDKVsykeHfs", "jj7OdITSXGXSlScd5DVephPoaHrO3cRB/QnI99oxDVQ", "xUjPjRvU4ax52ASv42LLrw5QhevGdiqv8RKbERqWqUs", "eHJONIQ8EcISFLo6lGW3UuVaGpqW5gMTLOGyGgrN9/Q", "g9Sk8UMlOcL04SOSk5fzV+u+dF3GKLrYfu5c5U/gbfk", "KqFfdGdWFMt6ooGqGOH9OFBE9TAh0K453gbyEPKxr44", "+yaymK4GCZDxbwUhhXJ65Ss7gVEZYX5N/MYGWfugWmg", "9HobHr4cOvqwK48D6Yt7Aa+lMKbS8tmMHbeIhAjnGHU", "BZgw039BTjB07IPbpL8PpVB6LEBaTzKbvnw6QnEYyUA", "FcaAUBP2NcZie1Bbqd3cRLsr3ilYllAgFYuk+/IWj3M", "Y6/VTq8UzM9u13vf/yP1IO3WHU5ftFbjEy1FzMi9RCs", "o+8kIswMHZo0dboEf6VxaAotUibw0YO6UZx0qbcQAOI", "ViKG/ziXQRcmwfEfOOD4wLzV/3oTXT4SlcW0HoEgVVM", "bbHGlcXD0YEZuvy1PE/vYShZf3TN1nx8F1ahIKGSr+0", "W0myKPOXrsCnWsWZbY0kZA947/tqm93cb1kvDFNCcUs", "O9FaNMX1P1i2sH6dUY+jHpF5heQ0j/f9WqSimmHyDFw", "Y+bOE6z2NvxZt55lBvOsRThtvOhIMdx2GZNivPHFrz8", "r8HPYhZPQbNcDdM5OGVDz2y4bFn+X+vKnJ+MMpbeMJE", "B1YIAtX9ETGI0Ox6F/zdlJCK6IbAYY8jFBW86sTcEkI", "g23wDAYKW5GZvydkLBLX0ORMRtSlgBljIuCgmQ8WCYY", "4bAzoynmfjRxu+KpjfYJJZzi3KNpdx7dgziTRE+fafk", "K1uvtE+SNzqmFUjx+RStZGP0pD0PV7tNu9k88zlIGAE", "jMyhvhPmUuA6E8HbdX8Y6pqM5Om5Y7ceE8F6DmgMqT0", "DviANWP4FtsMMfDpCKieY1zU6FbTYY8KN0IHBkLYAIE", "uyPB0uXqUOU69pZFUzHBZwoWOKr8NQSgZv4r7s0Q3A8", "/LdL30t9ZUvL7qlxMC1TXNF7pfe61U81aYowzrt95M8", "q7fa2nRyLSOvNnv480EwZ4HnPG3hmYqergMPXgt6JjE", "UnXzmPuUuWRlzwiiAjnsriIStZa0gSYOo816PhPjFEc", "rMcNue9rb00PkpD7wAJKGJNNtRqtPhUN93mM2a22lfs", "y8qEDZ2ToTpyv29eCCSpfaLRzlsmdE5AgQez2HE6ptM", "/CETdwp+iZcSh9RTyg2XgqSUWpBTWKpBeWU8ZiGL6p0", "MuDw3XWsosPMHkw6VP2nOgfbKlBzqRSDZiF2fjE8TCc", "xWebBByMJWTYNfG3qdPQZ2yio656A4yc89kXxRwxjow", "Xewhy6R5awyJ4Qm1NeAJICnV+AAUEFmCD8HYQ7aQOp4", "RE50/etGLn9XxNnLgvDVZ83/AkKIfdvWUmST5hBxGrU", "o8VgfBDFIua9k+gTmqUHP7GFMJr8bq9c0+AOi9K7GBA", "o0sHW5xq31FkXg+fxE7EtpPrpFic+4bxi0RPFn5K1Rk", "vj93Hw3IJ4TROWHGNjQ7qGIHDORGFvD36MfP6C+z6qQ", "PT0QzdudZOLlZULm3/A4Vwhvw+1VeIGEBHRxWyYCiyA", "O2fu637jxlM1XW6cRm7tp6RLoDOXOMHvip9kENemD7A", "QMApVh5iVtkCdOJDiS8VgeLKV4XOZun23KikeQzp/7I", "C5ip/PHJEcuz6o94GuBlL6rQ4CVPJAaOEPaVqhToErI", "eJD1j2XIJBZyIgBzGYsTv0HD+nKAheLjsMR7cRlJQfc", "8eKq+vSO9RWgKq9reLpKI784KiT6oRhR/xOjZzhqaa0", "lN9c4a+bsE83wYFxsnoA/kyraAoRO1njfIpGswB5uYU", "3.14.0rc2", "20250902", "9YvXJuFgJg9cxHAaQjxRh618RELYPxsg8Znjdduj8n8", "mLB7tmLNpD+Fp3NHweYe7V+ngvVORzCWmkag41EuXqI", "AAujAsxHwDNHypoG+MwLRTemSbyfghE5Hd8wzq9FALQ", "CqHuYW6OM2SkIg8RSiW35ieZm5ucARnC2+Jca8yyxyE", "zAw/+XuhkHPuQdiAOYdQaDKz4OMiK/sxxebgKnte/IM", "z4iHM92RCpmoXHkk6aCM+7ZjVb45YthOuoTsxyLka3M", "tXSsKjKssIM3VZ+Mmg0S9hPbwVOHA80Jlwsdjsd8PP4", "rGpV5Nla+9fl3OykEnNJF74k9H9vRQE5p5n3VvA5NxM", "iYl3VY8nflEyzHKzFMjYKjzcC7ptQ9aqwLeOjbhkh04", "45QZPAmCmcKEMGQAiyrNIYrnI89rUoIJ+gj4pCJABn0", "Tt0dg3tpMOU/47N8LcJj/WN2T51sWFSvRBI8S0xAwIg", "EsPZbZsqKYBd8SQP17WeIcOzWBeO0jbFuvH6kW8h7vs", "5E2coob9oP8mGTja+uW6Xcthvea449OVzIoVyMC5eu4", "O7B+eu9qq8I/l17pXZ/g6i94utYCsmvwV6QmqaBvDZ0", "E89Hbn0x771X9eZoXdJfzRKhHUqj+hbgyb/JIs5HcKQ", "/vtohKamdsLCFdY+EhqCnCfY8J4TCfYD7DWsC3nMMnI", "LMDNkGYfhP6t9dZNNyMbe9x8kok7liMgcIWVTqz058g", "ykK3carBRrcgiKJHOHx1CNwTJS6oBbVpTwJyJyOOPYs", "qQPh+0pyaRuUWjQcPfOO+MLgKutaLhdJzN9q4iO0mko", "62BanV8We2tye0GwrKN7wUW+yMMCDOgixQHw9L46wtw", "18BAj+bbtJqnj1PiFfBDoSdD60jNZOplyDz6xUL0q5s", "EBGPfUB3UwyRDUMUY681ylGlQ6UHQZNR3lQm9a7OwsM", "dzkNVWxIqZQhQQFNEKM2deAoBn09iBH17hsmQvD1+7g", "JW5IzQYA+VaTfbQFWoPyeJAjdzYSRFlMia/g8ZCSUbE", "XoSCNdfW6datKdiEFLE61gNYO6UvXtWX6f2UBHAptjk", "gUSC/itxePhOJYxBqrY0Gn5IELlzpiDoPNyiZsWvK/g", "a6xqv8DZFudA1OgL5KK81zs2tiFG45cD7Q3Ok00r5zk", "K4FHXaKtxt2EU/xFp0EyJ3Bu7P2lJ15nL0AlDAxhw3A", "8evxCYrOhUWpUwZFLRpWXfCTYfXgMGr44LbFts6zHfA", "3vvGLfQm99ZM8UA+/OS9eGrxVmSgrORF6q9m/B1zE6Q", "NQwNKzg6ykVSkPDuwDPdydR/k6Ym69KGgY5iuu93W98", "H+XwQt3H64HH4xGfAxAs8t8vzUPIq2GkO2Vhm3j3M0o", "xU3hytTCUNga2Ygd8Ep95kH0Y+299JLOjJoOsw9JfUE", "Dq337UfWhBh+qzFhaDrd3Vc4DCu3/HkyltPZyOV80wM", "iUEY3RI2Nle3s97pIgPGwhaQpSZ43YGBaLKiwiKIG6o", "+6KIkkhFXXhBr2utEy5sUYdLOl8NeUtKqnk5vIK8DbM", "mctPmmwKWrv4zJUBKHQnlf0r+WYxa/ilgChqSPGQuOI", "QLjzy6OZGF0P5CbkyI1wC/DYB9+co0I8z4+XliXmYZg", "nrm1IROVG1mDiUsrlBPtV01l0r5nUpD1lHb1c9qI6oQ", "f2940vZxJHlnIre101HBJ34Qz+3PbVzbuzJ12UUWQtA", "1FQjSWxQoAtHoR8EbbsU9gYIZepGPnJiExiUEVCmEh0", "qH2yFYyFF7CBFKR3LXmdMO45+C4z7yO83ojUHypO/ms", "IanzhEOGsO+iIvVdhQ1fH0bsr/DOktl+337Trk0p/+E", "mMD1NuSR6qcGiSwj/51ObCOUbQ2H86ObYS3ViPzRmNI", "Wrh+bxdxqJy9oGNCslzUtmJDmT/QSwLNathyXvfjebg", "B83JlMwtt5+3LDV1oH2notcwqz2ooE4/aqiUbiUO56g", "We8iBPEnxUiD8KrD9yJWysfv6fiEGtBzyhKFTm4BfAk", "nvarCxD4sK1QuDvnItLRdmZLl/DXGjijm3qtGyH3pgE", "ozV5Yw+ulMmV5J5UyrO0hArkMDiNhf7tx6yqC96ne4k", "5MfFt5twtc9QfoCbliZpkkEcm5V12ZD6dxGQfxOFySc", "YT2lte5VVkpzzL8cDrHuFFrZL+WdEVOV9C+vS7Wg/AM", "HowFxE7PBv890vFzN3rKxgffNIN//QRQtBfdWiIQUgU", "YnGGsYBMRrJhJ6StaXGkEgUf/MaM8FyULpFEiZXqjis", "qzjONcgRduwkxI7Mk13onG7Oie1xjnL1dnr6cSiQyEo", "dS6CnV4u/jcWWwSWqPLPE1M9ZD4AAmN5V8UWvEYaVOI", "sjeecvyPJgW3JcSk6pWsyExpK4FBEiDpQvs19IDF6XQ", "WLkyr8R+ZceMzbCav5cFe0POhJ1cZJIkWrMVf/ddERU", "R9UOntLUAbrTdSnabEJKDmwuiN/6395mMVE5EJS04gU", "3GISP7XAOFgEwhhUFqkuAfCojFTkrONGzNmeYvAFZjk", "x49uhUEvk8blFRWg8QsZrOoKH7RHGKwolStGsZuCx2c", "UDFbxCtvqZ5eYn7/ZMfsNI8PdafIMxOFpiYjUsKV2/0", "oafwuYQgYA7SHhsO1HQjIwRNhxuQ1wumtI6f+PNbcW0", "dtfbChMBjeK5K81DKTjwR6xiJTLjlz1gVhGG5a19bXU", "zj8YmaWQ/Xi5zEztx5/BIHxNnf9BeVxy38YBkxgJWkY", "kXB7q4t4DaJf9f31atCd01AAZIxIHnz8RXQgl32pxCc", "SYmgGJpcXTy/3E6Iu3NmdhJjwjX6OlOtane1r4Z9XSA", "iJlwhLFzCoMQhKIXbtLze5fpXTakBTvmzblyQsBnzZc", "FSXYi9vVVvRlkpa6HgGFOZWcO3Ikj9o00UIO5wtAqQ8", "76QK11g5TyCTArligKhht9UpUz3UCUCGpUr6JAI/N+0", "gwp34FyoR+i/QkAaN6gThJz3LFBAU1JxwUjBWS2BTrs", "MkMGkNZM3k4mo5lNLduKupyYUnRKrOZHJ9FgIobXRD0", "ZB8PcjuTHoL+83eF/VlK8GgEr+RSak71jJxhUELG2iY", "UACVgT9EpQ4bdYd1mPHy0wala4YUpgZTQEeoiVBo8jo", "XmIYv/O+UAO4bWQNZHQLbZq1k6oTTwXXj626fMicLQ8", "3.13.6", "20250814", "A7yPK67w88/6H1lxX/51XgQi40i7qBDcxwV2D6W9Ax0", "PbAq+lYgcJmLXdKTBlo+W/bEvBz0wwpnnZAEBb++Kug", "YFlTz8JiEBz/XGTQ+Xyq2A5DrSda3y2esxC/blsI7c8", "oWXL8xQmo0OtSjGAZXPrchC3rqf7lT3paqDEMkHuKFY", "QsnXOioV/iplJtfQxjUmMaHCe/bjsH7+jT3z1DhAKY8", "kCxVWN30o6MZ/EpGPypgKoG+rWaWtYe+m3vs4sQ0Tf4", "Oq72ZNDOMu7qsjpHCnRXgFNZo5ryEWlybz21w1W52r8", "50D606RXhPvjQHTt5zu8pfHZXJ1/RE/ODia2H9eRG0k", "UxoLMuLYim8IQUIp/VhQjrAgPVNjMgaDhCZn6v999qU", "tW+vcMHkgnT5kWXxee870qA5xZUDA+b9NvI0pOKndK4", "TaVsYSEaY0L/X3iBACS6aHMBJR+FLpomUXhpMzdrtHg", "FDD45Edy0a1hsWVuS0kQ/o7XtbTfKjmpuZ+oNy0XsQo", "TPw/58MsNw9NwzXuOBLrLLi89PwfXsv88kt+D9zMENQ", "BKe4kVVmY9+vKEQiUUhLmxnrNqccnkHjvwJVp7UNtrU", "2EdFhUZCW2/CjV+pI48S+MOnrEHyi1iC3CSdD8WV81k", "e2eHPoTarFZiHfA+dFJ9CIQWbCjygtK/Wek4BuDsQ4E", "6LEHvZ/1sHH2md2jWF4/xgqJy1+YAOuUu/tby0CESaQ", "VfZzUPFvLK4uC1RcltRXAnK6hdmMWns6UX5CSgjrEvU", "CeSJ0ucSPL2BESk+ka8I79IDySKcnnYbo5lbsmOm+pI", "cdZh6IecDvay86N5G77uGV4dQ4vzEgCZW3ZxSxerNl4", "nZEK9YMhkF1qiW4nKRF5gMjbnF6+I+hKexOpoBVAXV8", "GqNtnZWOI9fMIXf3tcgshOnpq9BlUvHdKYDcGgdxEFs", "Za4HGMakU9pzNF+Tty40D1B2HHCgBnF0nv3iNvnGVP0", "yMUYi+ic0ISQSUl4YTIMjHn+Er6ROJcsJjBkYdegRJM", "c/lPdANMXLVv4CkOyhsWOYQ97Q7PUDXw6N6Qiq/rHyg", "EBhibHcQ2ur/LGB0fDZFGtFi5ekxYwSYfoSMUqb2rHk", "Ugri7QW40poutrxrE+vCcFyQRXySWuqOiOkEkiXlWLE", "bcEezLnUpKEwDz322lQfYVKgoaJia/EEY8QVcFdaqFo", "iD9cLemQh03vhZBk2stnVRUSwfFoqcPvlvAvo6KH7nA", "O4H6MhDNuX+BIaxROjwIeCXatzHL0GnqxNfo2oBWY04", "tJxDoX6itWTc5f8wX8BC+GZecdhlqQO6NwkwRjAkHJA", "GMgJVn+Iye/kBwSzdNnAxCwn1tckJXmWFo4Q9e9DtMA", "gxD5ewI1/sZeaktAWT4EEPzscsD9qsmQwqSaWdM5vw8", "iSRlkfEO3G329Uh9RK6wRcwT7DZMQ5fP5BW39YMwzto", "pDMq4LZ4T9ATEH05UcMf3QjSfljqwreMpWw4DHagqJ4", "9z+Ms3IFlA2bjmn9sgqAmVM7C/4Q8EUMi9vDpzbLGTw", "hbPIp42+WLSB57f6X4YAo2lmMiprP8I9A/h+mk7nZbo", "KlTf9Atx1dUnbTvaHc9WR8txm3p2gLSkNXHmQblTtvc", "08cYe8GSQuvN+yzdB2rmKwWJ+ucVP6G7I0zihuR/wD8", "lqhUrKThTNIY8xzCgghOJKnHefljsvlOsEQ5Kzi+bio", "oRvYru0xTbWNLNIdG1NKbuK/st0Dg3zylO1/2N8y9yA", "XXJ470/7ZthEVgSo34LiTIhrJaviafmKuEuQBaFJe7Y", "lEAOnkCOuew4DVjdc5P01+KzaCzevwwkbpWGpt8diKQ", "QLMaSIoUNPVLIKas/J/3B+WQ/fD8bOTG3oh/rcw3P/4", "oiCWt7STDw31CCDw+kv1ccVSIwAwwvCWvVNHbwwzeHg", "tvVNiQuTSV5Cc4XqohqdC6okyRNPU7peOGjaHDiVp9Q", "XVK/cQgF/sWPMUnTZ1Ks0u5Hi9AVSeDPwbkJ+M+rhbI", "et2nkhHcqR6IeJWEM8r5UyDMb1bbwwfQqHftdOfHm28", "nff5q7L4ac7tEngPMXxux4Eoy6e1heEkt32pjgXycOE", "6+CuQiGDr2hrSeaCe3SFv8tQsXF2otu+EHxdlwpEedw", "YjqGnVsAtLQ+9dgcUlcy6sI/qDzqq6x8nU6DWKhyYEY", "EXEfJpqfFa/DVd1gqOCApMlkZRj+Fx1H0Ly+WHKjbOU", "VZfJ+55cajwfKVVieLZT1VhHSUYOV4sahyAPcXKV5Mk", "ZHQJxr7HbvSWLurrJ9mFV7ngTE1BDQvJ6Fe7XSyGF6Q", "Zen9pnvqlv/SkYE/PFg66Mx+VfXm4QjGGMHgumkAvMk", "Yk66E8uv0tW4440DC6gEBdst/9tx9kXHUBHaDrSXE+Y", "bqhcBu+1lFjXDI+oQNdInzzcR71024d1IVEwhYlLDHs", "WWXwshwSre0tLPiz8ConXKKiCiOZKikJ3PkY4yIipGk", "dSMuf8fBDFu2aiE8qCX3qxrhjhEFSsnKx9vkY2fb/2s", "tAWXYI6sgq+uiN5CC0t1FQLFquy9nX64sXuaM3lUdeA", "9kUNpLHTvtAZoDy0vFvtQgqiI05u9FFN5yxGSXMD0qc", "I2PW0Kwy5HjdgARW6B5CPqSw7LIfQW9GbDPuUuz36Vc", "OPD+g93iBQPAaiJjGpFPZ/BHhq3EmL+EQnWrxHJGr7g", "M/PnMYvWwd3cgOYNcu1BYTW8U/v2Da/pzeyHAv61IsM", "lDXrkBohfVS9lSUiAON4WtPbQOYrVMmTl79gHJAEa7E", "ijf7SUGgiAOS+A+50WMkGcKtWoLYqf/8VsXb06Wh1EU", "muHO3P6mVH9Enr0YEG8pFXNnuSXNq5D/Juji8WBzHaE", "dbjpWecA29Vpib9i6ftx+3R6CfklIT9C3LUkPrGfZO0", "Ozr2kfGLzsF2DomlC0EM+CjkF/lCRShHKOd4O1zAGW0", "eY8HMpcQ0FzcWgmTQlOb3lPeZ+I02ejY+mkEw2RF11U", "3.14.0rc1", "20250808", "YYLckJp4eaxk4iEe2rmW1KDZ7C13VLdRgHBLjYKsrx8", "gv9yCVz2uekYssTn+NfdbIWbXtxLb48eVP+VeZ/ylcU", "f0MXnKjuUB2FbA2HqNKbHnp9OLpS6cUGjPPOm9pZL78", "6eqHDSt3q1co1m8+hdHjrnbXGmHsm6lnJg+XQhKgEHY", "ohCuioi+y3oLZ3Cq66mW2wwAFRIH7CLlZ0xN6agxl7c", "ydnwgf5Pf7W2ZNJPDix3/Sg10H0ssd1N3xO2K1I8mpw", "SF+zjI3zpSx+JlNNsYrUAvxwjUNWa40Fm/Pm/8xlM6s", "VSB4cZlYVbqyCKKdfsgMZnVUHzjSksiPlvDGangIYHU", "IqIxBwwFAxNslGcv+3DK0dMNX/lAKdU1NnrDdW6nxZg", "A73Qz2QbUnEIZ6lcrXd3oXkx5t/KSKlk+073qYmH8uM", "MgiVFOle8cnaihYo/QHrfwC1hoDWrKCYocAnJ+GhG8c", "GCot+RhRt5CDl755wDdL6v0n4nvfK/5qLW/maYRZv74", "u3mfdX9hdi/TndSlll6dO09wimfJxYLZZDrUXXoLBtQ", "qCWlaP6+oqKGLeeCXWkaaTmVVaooP/z7i6h6RERFECQ", "iNJvUqXkfVwqENx7ispJRE8t/u8W+nrUJHsbb0kGXjo", "Cpyffvpcmw45IqItLOXKiVoeQZygCrmkZ95aFbSlQPI", "R55ONEygbGW9LgmbN/jwV9JLuPUii2UJ2JOLeZi3QGA", "6fTHR8BbVCsk1T/n4XRfzMzkzfM5NiZ8v1DcPTAhODU", "EN7+OUNtGqC3t0F1bNy29wgz6UFoLyzOM8U7KT7Kwh4", "ztUO+Gp0B/xT9X6a19U8uWmxI10dU3Yag99p/syDK8s", "M0coH3mgQQsXlbtfkkFSuXgF4a8PTp+mHCdrS1nMOUo", "B7jYP/ibZkE6VfO9Ld+0IEnmm4printRSP5Bih065yc", "rZ3nA1SSep658qz9Yev9+jxjCVU8clgflmgEPKO/idk", "C2cUhbM2mqkxyKcFSnoXpURdGYttDEomI+OjehCFp/k", "AnYAUYBP+2Zu9n8IZ7dSxC1GFCqqrIEOHSHxLhxx3io", "f1CEAP2oPiWE6mMFPgHCntFpT3+aijBL8Q1JYzLIIAs", "OsS9kj9o335vxrvtv9Df2G9JoAkSYM9Vh1+CHKTBc4k", "Ey3y2BBlYTm8jssqOE34iB87s9/9eS0EQqa09Cy4oHA", "QSxI5abV6gHB6tBHCyO3Vq8emdCoGDTADJO79p0XJvU", "Oz98nDIe7i2tJkhVVstbVwtS1t2ivTUyaB5FjgBvAhk", "0AAZCCJPvmPpciXtUMS9APKkd3rwmTxAA/jdgLn8HeY", "S84MQyNbkLknUcf7dyYb4ohTwHnMWJer0za84PdGRhU", "ST2F2a+W8ilaZJ7dCSy4IBZwhXmGK63YSOirxi/hTc8", "oz5UNckWdHVRQcTZ0FZO0IBCO7nD0cXIpe0/ANurmoA", "G3xoaZWwBktkLtUlSpEqv0SI+uI1dmMU11ddwZeCorA", "1hETS88JDbkg2Bkuwm6JlDPNuuQkdv2S7gfME7XjLR8", "B962blLJHGnhWj1kT/FSfb2eJ4w4ntWDQa8Qhy3BWrU", "n8u4lHwHQhUGGHs/YF806Uxogk0/02LYTNHc3xMoXuM", "Arw2eJ1VU9fonTp+OD0M/2RC0ydlpvBUZu1OpujejW4", "RC8gAPwAGn+JahXr4XWJN8QgPKmhOjvMPVj/pJFzJm4", "jLaTf7CATKDV2GevFbbn/QXXnQ+qWm5hfm9igFgKX2Y", "eiNab1uBT1rnif6mWwl61S+EBhnf0FQTXYroRD+o42I", "/uNUN99neCs0jVezLLGsrGE4RQSvKIYNVSsNaus64Z4", "VMnA/pRI7Nc9uPXxZKPNrcVGWrUgtz4s1lF+e0WmyQY", "YuZ8SJF3CKDAXV14yZZxX1QqfqeCXiF0iz7SmHNjeJc", "1Ca5cu+texvRJ8qUsk4ehpPhBItgawM6um6hX0qU1K8", "EHhTq95biOK6UdgPIVrSF7+7eVKUb0XVA4oAsPZi1I0", "iPPfG/k9TeTH1KVRLN1fSrfXZkig2cDSIduVR+qYn1Y", "95o1v1HOb3ebBRfWVNKqdlMxUhvRuwOCRLvdzlmYJ9Y", "tiN632zzuK4AI4k21hBF0zprRRR+ZUCpGubmaWrv8jw", "uo6nYzSvZGTNNVKGBQ5EZ81PvitgyvKU/GnwkhPHPDs", "qp+HGvxnQZ6GdTXrDTaOXseCgTh5mYXSFEhEP/EYUIc", "qSBGBoYD/IA6+kN2CuPe4q7ooQlX0wwiAdo7g0WtSX4", "ekzbTCE6L0hrXWsQRJcPZSm35TZaLVUD/6giTmLanM8", "YcaRHIQkQmemgF5h0GFcVjGGX7J9zPpvCJ2He8u0x2U", "ClFgL/KTQRrqyEVbSllyrdWfoTd6r5ESasSEVrGf7eM", "AGIsFe/tX25BscsHCQObCUg6QrScvpe3jsNlwD2BWYo", "QSADEjDakK5Wj72m6o5hp0v6Bp1OM81Gy5IJoG20+AU", "FnV/cvJEeMIWAqchfh4c+D1PECPMMN1ooMtbe8eRuKk", "EDb/+vX0pcu02uK7trC+bcu88oN+n8tblSbzWs0NGRM", "bzu1K7ZVbh4aeJYqJLbHuKtS/5UVnKY7CMRxHtw8aIg", "IkDewsRc5CWicnATVir5PDR4B4J5aoMx3RsF2eQ8e5o", "F19lZLior19VFQ25iNbEnueQxxQh3lFkCEVdduY5EZw", "Lpn0TOImivnbVAC401VOMz/Rtcl52dxuHMcFFiPDzjc", "V7MNh02vT2qbSwNGmLvIvSvNaQIqoEOhrHKR+4lGPwA", "5XyXQ/UhIwUlPr1eIDMIPFT89tcyebBscQbgQNGrBCM", "AVgtmfhPWsn4p6lQCIKPw0PERZP0GfyINqdz5OY/APY", "E7rDZ5gZVJS9hKOnvX2fcvTKEGYReOBlflxuSHXJpH8", "T7SPC5vmCKnroa9A5mDwZmBUkfO5dMxrC+7v+VT7dug", "Dv2pHJQl7w5GzAY1W1YxTtAEeBnC0bCvo+J+UJ+iQkE", "3.13.5", "20250723", "osJbqhPScbcwdE1+hoTX21SgA9/uta47Cuhq99gdRK4", "wZhhCZgJLEJlBgDvJQvjiLonqzB63k2GhMJ6+aC1Vpo", "ZUEvTZmWarngIYIRwUCEl7Xs0qQOG9Ehg6N5N8Jczk4", "xkuRH80hhGwN2odBHLQs2lHtkV2eOOCAwsYrST8gkmg", "h4ztOtI6Eo81bd75Co9ef12CKYPD+eDgqYH+hGYyqEg", "LZDrCUff7DaWBFb+Tpv2MbeUPEErjFcxnHJzvXzp/NQ", "NT27+J9VXvGabvDwVX9jKGVE8yvfc5qbmqpm9wwiRzs", "YLLK3Ynui+46qqDVHLgVb2xflakCRiDknsJR/EYIUBk", "RjvU7IsgL8ms3bmXZKyDyPuVg+WKzXfiqHmGe2QEYrY", "o38iLm83vzLz+hX/8tr2csjVbOKfSQUx4VQ1GmxqjWE", "w1EXkX8SbbBy8Sjlvz9OzMhsSQREKXNXri82cj7G19Y", "lMD2SujPpnaS0PlU0lUKD1Xmx0JtK4bgauE7MytB5pw", "3tRwZWPpvHVUnA6A0AnO1uXJNr37074BAre91ezSyIs", "JGC0UuSb1wyNEWc/fpKgAU6jTc9tacodTjgIpQXATZk", "96wWdIviZ07BTfUyo+SNDG8hUBe1N/FMo/64N9voYpI", "i6GoHjcSY7ZoZnymYjTAQi3/8hIAWl+wztDbxQEb6UI", "c6FjVtHyGtFUZ/FPXFOmq5/3F/j53GLPhlCY2JMzjJU", "CZlrzpub0M+xCeQgjG+0N8yyhgYFIY4gu07/9TH+cJI", "TYj92kpZ4NbUWVPDfC/LThFN1aLUHLWyS3W0Krgyj/g", "UU4WjtXypbFIG0R9oflFslAzbZQBkGwDcLz254rtDaY", "oeKgUODQF/JVS4xe8cgG4Az+7JDMnXC0kaHlaJ6y/EQ", "muKCzJ2A63X21YtLtAN72N4zV4jLY2b7aWxD+XfCTJQ", "yUCxRjgtXHmAP/DoMf8g8xglO7AkzATNuiEjY1x3bHI", "WSaKt2x8O2XgcNWeVDoBPgOKzrD0q12bFnMgWf54LN4", "GppVnqxiAX/JvJxKvJfNHYKXKzBZ5KD2eUkF8WbTIdo", "eozavo/6Hl4a4HuRkbp5HBIda1N+ILfz9EnWI210Lg8", "GFM8rSk4cKcXeapMg+dJYHdR5eLUbZi8A3527AF5Avc", "EFSRCgiissPayBiS7138rHdVdS9nlRBrLEp83Nw934g", "FuJR0nUSW9TBvXvtE2Dy+GuvAG7oKe3pAJ2lfBl2mkw", "uGxagAf4d1W7GSiGtAVt2ghHJce/MXYONveprJ29r0A", "EOyS1R8v8mzDnk2mLMtfr2jBlRuX9Iiowx2iC6nMOIE", "f+CbrHR5l8DzPZ7mlgBJrjE8EGMR25eTqpJyx73yZPY", "KyPZhI/hmPOUqBm9RYKkhjn+CkRgTwk/QnqSHJvquaQ", "ECGAfiTcOW2UvUflv8jVodiqKNjcdFxU2+/KzPDCPZo", "/ZKxmJbIkIsW4HAuGhBl8Uml555Q8ou+IN3aCIHPIy0", "5oZuqiJiJ/9krAsgDWzaLB78o+8lyZUO4Rcl0i1z//c", "YGvP+LPq2qTTKLcArSw+TUSSSyTrgzqFsj1+Qlc1/Bs", "ZsIh4vhG51qRkVNKQigGMEcXjdv4CL5d8l26xtgjWYo", "pCh5dzK5kGBjo3FFaPooCmsBzVjiiZSX/Cg9iwedzVE", "FFyLnIeAXaVBkX/nMW5bg48pUcaxQzyjZHfDheSBqzk", "+A5F25eWM5oSU81TYcZMbVnavEnQCu+tT0K8e4l1+dI", "aB7DtwaCB7ssG/ivd3cjeO7WhWSeS++rFwQGgOpt77o", "Zs+gz3OnRnUlt8GTtwRe+IsspzzkyRpYdRo/1nvKRL8", "dAI3+XixTLm6xg/cLDw5+XmpKDedDK3cOuQYlyLroso", "FxPec7MAqSiuMRfaU1b1WFI8OEJydt19NcqaGSuhvBM", "D88F/fOjrHfqCB7DegqcuJPPZmCNjvcOjuxgEIvHfEk", "mnJhhbB52GkO4XknjUPZtDXh5fFp2mfljLiqijBu3Zg", "hEO3vr/fnm80T3geQ1MXdcf/EUD147WBjFikrtawPLA", "kx1BSfnS78NdQYNtRum6aGs7k0AD7k0jzuClTB69mV8", "95rnQDvPs2oecSNwekUT4IT4Sp6FoOJBhpNqbpXk9mE", "Oa3Yq+bq0GISQ0MSTAcZE3j4lTQcLVR/4MPZSFLDRAY", "zDm38z54xzcHGTXVUWYNeVrGouJxAbYbUnF0uFP4EZo", "bcMm0JTpwfNcXDD83y9NflSauViZKWnVVvvYFot+TuM", "aIHTdeo5NvnUf6bDan+NO1Pqw25dx42hEPZG2KrvhtA", "nLm27WTblOhk+IdqiRtOBzc+nG6So/c9d7v3jiYAVfo", "jF5rhcwIWjNUc2eNQ+jq85PPenF4fuo/myPxofUXZlM", "YtUlzBHA0hAJysuSet2oIzQxBdUWO2jX8wCQFnfxy/4", "VARg4Eo9Eljk9Ed2Pj3JlUAKIsMc0aXb+W9cUOc5vAg", "3rp1Mo5MmYYDTwgksorjSlPX9GynwYEHL6hyWsT0tOY", "tHbRogoFw/PLLoqZE90omARGXeEgIBe1ad2/4f6kvHc", "jWui3IKJ4r+N3r0EUdfdwaaeEZiNTeYxR+3qsC9pS4Y", "UxnhblbPS2vaPBhPKALDz4ZKaIoPilaq+OWFBpMIiLA", "RFgQC0lhKVnazbwHpS1uTvTtDiA59/lzYhuetFEVmYA", "Op+VVGhKKH77kmIFo6dAp0cQvabQ68c8E468fBZZrKk", "0PLrZxc47bPCymbgUFx4fku+CFGDZ+z//joWyy50FdU", "rU7YaKV08n1ZmUZf5XCiT5ai8fgj8GKlVpyNSeBF0Hs", "zbxeIwJsgVBKASdawHeAQw3u78em7Z9CrgT61ax8rEY", "tPpY/dqD/lohclK37DvcV/1oFF456ECvs+MHIm1/qEA", "yeDu2RMIfS7/Kcb075mcMGlMvMDymZR5fu15U1bUzpU", "GwJczU09BS5KZGRN69TpIJ9OTBdW6UKxDsdNt0Mn1aI", "3.14.0b4", "20250712", "lLgCVKflDdLYLTI6C//cWXcrLwSw8MBEvE1W1pYknrI", "IVX2CyqKFEiyxIUqJ4h74un+jpELrBp1s0LkSIShkbU", "92+xqI5yL5yui4K5hRtzaWhYJSfYoSEqs7kYsgEs4KY", "w1joeshNIo4ZGiLSRHxg4csV5su3U8OXsOm52pxVfOA", "pCbgWz2KIN+9qEFi73XtNZDnE3Q2YjuT0TbAhNBohpA", "uDWqxyZLZGUgB/UhA2nV/huNFim++7jQDkCokc0Dn2c", "Ctlqlq4y9ZefK9nmmS7PEigZzrBnEUOcZrn4o9weq6Q", "GHY8zONbrrGWDgQ/m9S+OjalEazGhEuROBUy7lt8bag", "yW3RSSfIk5K9D/MmTkt73+6naXn1RO4wJgFRyRMEY5Y", "roKst3xpxQanmb1wIv6aIlCIFP520NflPB8vYLX8d9Y", "n9txYAu9yuXdR0JpctHQrwOi99mKxE+7YyhCA3OP2iw", "+GRCi5trWTjv65NSbVLsaFN3ZyrSkuSy7uYsthB5M+E", "DT9/DIuIG83/CNFKCZnHNvE+MJ5mPt0HOaLbMnxD5MI", "EUQ/kbvaXz1ECQjyC/r9VJ2tU1fnBfHoUnPrttsCBvM", "PQeGizKcfJt65aUq81wn0LILWn9vV0o77bWDa0uzN9c", "gu54J8H3WntRUPcx3fHcMSx5WMdBpnRpZ/uKVlbIW5E", "Yb7w/yLDEXeVxV1ejiyHlWqU+7RyXgMjHzYLfGi6U1g", "vPIp8lwS+BFpsfHSB6cZ/CkI9Oa6W2FAR4dxDTseISA", "glWzGkCGfrUv8aLkdvVsaXpxfmGT0xNBPHiLD73Sijw", "e7TPYcaRe5qGdRRLkoMuD7MjE4VOfIvRw+ufTzYrjjE", "4Goz8JUq4K/Ey+n5x8C3XQHSASd5p+EjZJNDHY4AIL4", "a/Bece888JLQ9A2ZLqGSAWMnRomS5eC3veisSNa5wUU", "m3PflRdsOD5K9gJ7eNoGDGmJKRS/wZUQcISyEoHwm/0", "LTJcRZx2G0vKXiAFrszIie9i7ksIEdklLiKBfzA3gl4", "HEkxGq4a3jr9nTkJGJfSsTB66t/d6H5QmeB7D9wyvC8", "rVL/BO8/x4QwuLBiOgRCCI3E6MaDX85pV+JRZ2lC678", "aGXUgw73vqqZ3YF98MSbsNOAuaDIIr5vjKCQ+aVo34E", "kEU7Xz2YJgSpUOXzYrGSiJ+CUkJX0vqL+XmycOi9s3A", "0HDvEQOIKKEybCMMRXgscPAqa4lQSvdsyV8HeNsgyqw", "uvkquPooH3Ko6LShl1qTGHaGa2muvtHrlNr+qiGfeI0", "OpKmOO8IsFjuv4BuywE0qpRnxVRRL9IILm7NGmxRf90", "cUTLmsYrAIS4QhuD6QqrDtbnBMxfY7ocFvghaXHRGFc", "vvHS8OPzJmc2ZlXoMz7x+SqwfNe5iNoRDzlwpdZx46M", "25wy4RnFjZ8ldFWZ76o4O+BjI8qNhSSmxQtiNnsFi5M", "Od7OAtWyhufZ/7us3XMNsNZLiBuysu3TtyG+I8Tolgk", "zihJjc8sXE08lk5uRP9E5bG3KkI0+Afi/xITk+1ARC4", "p9Y1EqF1ItfHbHuvontJo19PX3S1FAviCcoXwMrRVzc", "AlAoirIc/RTKqCYFbecgO6oZ7X6FGYwZ5tzdiyEkrg4", "wL0XpkCcIfsQsHVElRHAmUC1NDi/eFzSDbHy5dFa3jA", "10cFW2tYeNz2udQlsKfqP6ezP+JBsxaB4o9W1e2G7V0", "dWN2sivyN2Rve7UZvuabFwTTaabKWUG1/4PVstAiYSs", "JdvlLES0KRTZND1FbcF/vL8jSrHw/QvgDK4nxuM2VGs", "fruEXulK6HDhMUbeAFIlHUjVhDY8GzdPhPveuOeTY1A", "MVh0Mr5k1pEzF5GcI574SuTHinsR+V6NSLgdyCACG+M", "MCojrxkiBzN9ssImij/tmPE4Ra1TJPH/l7qmiAcJhRM", "OXR9YIpUALD6N/vd72BmePhVL9+Qf0Ox2KR1Q2xBOqk", "mHBEfrCVAn35eh5BLv83j7eIcqUn3Gre/8kB//ikDXA", "eK2sOrBpY4Dr2865aSTQ8DPiCwM+OhYzqlTfApVAcpI", "WfkgObcuykz7Rjlpm8l7uw3muGaniUusnPEyN0z1qho", "DfUwXDuV9T9/Lbdiviut91JHfDWRRhVfi5ZYtxr/ISg", "xr7vSPaiyknaCyeY5dycRSM6jwtvp3hha6fP3NZvhaY", "N/rHE9OyVzHxNMnGsckCH/sqrNpjABD/oVSXRGZVF58", "Wn1hsYY5YNq294Ante3FQ+5B0KRfeFFBOVE4m4Qjhcg", "5QPsGP2LHQ/LlN7VpnvkqIM01bEB3EhbAoFXeuhKasw", "l3fUGCm8G9vJpvBdByWlzFt8YdxaQu/rTCLSH26CnS8", "M4wssEUrQ/yrRk4fxGYowqy5AZ1FUH86TNKxfP9BaXE", "Tv+6VxHFf1as2e5vJB7Nl5TwIWlmVj8cxnHpSD3arZk", "lMkqHVDPNzq/5MidXAfXsfzKEFuC+9ad9Hrk3P27Q80", "mudVJh4qXo+Bqa54skvmR+18zp9M5MKpsglti+UafFw", "PU72CNyERDesqZAmK69ku+f/Hx8a0PwEMt1m4CxZT2c", "jokkm7QubYoTsJze2qHO9kOa2wn9Q4HlV5qtC11t6Qc", "BF/PkASf6K/F62hGfXgH1BHUCHvxhqPpYzM55VqzE9Q", "QygfJJNtr+LUuWci0mkYiB57h0gp1snK+NXc24L1IcU", "Uj/5cjOYuDEE0wCMAS/TILaC7k35pLmtbraOq0P2H4E", "gL20CrGdeWc2NBj9BA4FNexC64Ho4EwhSaEeOwyXyhY", "hVEjH4+XjyoYmdYk8uSfylVd83AcXMIA2+hwAUQCeIg", "TmmvxB3DxHdhNUYYfCmDRb8mI05MkO1wn6o3BjkjArw", "PScBExCFQgXK8dmIUTXHQt1FS/Vei7Y+1a2k/Z6xXEU", "SBgvrRuODp6/LAOzV6iCE/c4CAZ/rTViLRhC9y3bt28", "5aYK8BrUgMEhmm24WhEfjyxzUfQUqXbKWshCNepvkUA", "3.14.0b3", "20250702", "C5SPNzYxk/z14gwuiHGDRnkH8bbQRCD8WgwMfEIeexI", "R/Ic81SB5bqOTms1xN1UmwRj0PHcJBNNbn/MgyopKGk", "KTUHndQX2JQJVfCwg75piuJ6HWX5R2FMNs5eTqUJyBI", "tk3+wqcBauX6U0Apj0bAXfDJOjACHACf09ubl6XK2Ss", "cTn2bHPwn47T/NhA4IuF3Fkf6N8EjPpcSNxpWmj3QUk", "UhC5EtncHn7p/CFZcsfCVN2vnWStKT9CrxqBmJaky+0", "Zqj2glxeGyib/WI3C0zGybUhKpGwRA3PVAjE47z83d0", "KvOl0n5/1JtXlqNcH0oXhI2eXUDJRrnmkNfCflJ9mdg", "jXwoOm+eGDd3dpaMXV/M6f8KnIM8T2xk2PgE2nQ+Dp0", "ddW2W657OfPjWjAHCnzO8MdzsZdudkx/touoQKOtBZQ", "2yUSHZo18WE+KB6tM5A6fmSJ0FBiB0Ue9J2C63HXIt8", "McviRXUjHXBpN4Aqj4FTbRHdefjJzXmBuPk7lwqOhIE", "PJi5Tfx3ydY2nDzcCeA6vA2tLq0vQKa1LRsRm9yzOrc", "B0Lrazgf22tXmD+KWRjdnhVJU/lZ8r5aIDaZ5bGQHBs", "F2Q+/FW2totPp7Ol5Dq7DqMbTwOULi0XvQTFzVvlLFI", "HDXX5aw1fQEtPCZdpAbjMVNb+fpeKUVLGQrIzAxX3UA", "Ytxv8hy78sIW8bn1c+2OBDPA9xhSgKE7Ky86gayGK5A", "D8mGZHUzYOI+rzqhaWV2J8pXZhQaSeHPsDl4lcu0eCY", "W170wDtOKqqzifELlzkUeA12vYLurrPDBSOaV6ui42c", "3lfRh8Bb426YaTw+FLokGaPD5JscW8CugPibN8Vdl9M", "l0uqDdX7omj2Q2VNngyPbgC4FgDWpLQpInfwUGPPQJw", "m8OcbGaaq6BHaQOVvwlVBiqoDttP2SxZraA6GKPfEjQ", "VE3GdZ4tevNn7rXTxFEWxSwzBUpzDhIKjqRC5ui50JE", "PpHNCM79QE1VAD7CU0eunVkecu53oA4qFyziBsNPXsw", "tWeaQXZDFgDOFGpngwRrushHIdmf+R6tC47vFThRQ2k", "lySw6/Ko+Awd12vLmIApe7KpUBC8cHhoFF2aHPoIV94", "I8pAp4rYph/IINWLceWus7X4jtfkSaBMBRWzcEHo5kQ", "wUWGRHxO95q4dbe3uKE+bQXq7IYn8YcGfgL0sCYCPbY", "acR335LkMyOC6aGzF3FVscLJ5mEjZrOFQJvRfxjEmnA", "WpyWmDS5AwcVKovc7yeieXKI/f7LkpEeDrwX7FdHzL8", "AvrQsh8wtCdCRoEH/jPrI9MHuixWcLC6oR4z/DAWD7o", "ThEO6WgTqQfHRo9cExcEbF5boQ4v4jssPTDx7mtLxcc", "YBXfhgMdI3Zcf0yKAuGqPjteSl/p8nR/zcN9KOP4oPU", "hBKRgfwk/V/Tmo3IPF603XxRqfEFvRsicz26LVLanzg", "v6qr7g6cq0p5Z76XWRQIMN4ZlMj4fo4FvuXsf9apm2k", "0ZITAh9f0DnXAhzLQWmMyZyjEwZNfBzJte+Pgxq7mWE", "Juxml7uzjD+mJ1554RCFSyWFkUylA8ZZFkeOfKjQSRs", "sBzHQXNRXMNzPwr2K31XQ2TBxo2vOtdIvKR+Qyh3DN4", "GZ/40TZgB9ZmhApzILCkTmurCqDuHhPpJH0+xhDtnUU", "5irbTDx1SbuQlVZFeseGO5gHO9z15tn/7FIYKw/jLM0", "Hwk+DDUy4ndE4/tzqMc4NVkQtr+hlQOeT3O09IwbxPw", "cxYqXaMcweQQ1FZJYRT45e5yQ7x7vg4Iex6lDw/cZ3Q", "BFAX5g8SmBEejM/savvker5W+CmXJYyHVACSaaU0NzY", "e1DKOpGVMebRdTCNU++gzNPSFDisc1pRx/3NdMUxb5k", "Z4eujfozJorjM22fL/cQe7naVxR1fKsq7SC/kWg1iI8", "bxa//smtNxdJizebVkCVar6zm4MK45C7ZQWFvqwUuXQ", "ZRrvbTZA22DbsMKMaNGUhGBTs9CAhUJ+HJx26xPeXkY", "Y3CX2pMXvRrzSi87qrdtmPsRruP7iH3sToKWFtlEzbg", "9gfNWQGQMRy+X4XYLUIg61txQWSGuCfpm5PKHDQfIEU", "CB8BR9j0R5dk1qOBn2cnW+MwYAM2btqey57oRPL2Eb4", "PiDzxHV8o9NzjitO2bt84ba4aLD5LhdmVJtYvf32rXk", "MxgW15zXjqrbpa5s3TokN3EZnQygcFfnpFIVjdSn7cw", "LlW3IE85H75lMWjmAE2vXtYk2JCrfdfVqn9yNOJxrkc", "jeYjWyk5bjsl/DreFmxJUGFx7EZM2kaYfvlkHdmkQHE", "oPyA2H1uqIu1i8BZlzZ8nQ42wgFZsh6CjOqia0gOTck", "Ag+huyVrGTRtq7NYAL9a3PNK/nLNdiEcKc9/+WkJEb4", "qqgaFPWUE3Q2Pdjw51oS5HPzYDaviIYADsdIeqriifE", "59QHQ/dCOS2VMORTLtgHnifaziEWDtfrnezcPqHcN7Y", "wNRfAMOJo2uMp1Ruu36oEeewYQyLQwwKW0v1dnPrILs", "UpgYKvgYsX16MXcBjPt7SUs1zZbeU0r3qJcoY2iUrnU", "eK/LO1q7Ej+D+stgy7BI0CIOpCCB5OnoC5vwunygjpk", "kqw34ougIpbm9TTY3Rjshz48NizGqZISRdFcBW2jGq0", "GpZULSZXZBVgY72K39pJ1gyYUQ2iV/DimV1KJGkQf1U", "6YrTG/cY1x6yE7TU/mmf1cTPGWHb6Rr62E1mEu+83vE", "X6iLPerUwGiKBNhbHva8B+Htb08iHqHqbIRPeiSPmNQ", "4XiCwCGk1b1lHqEB7TfdiBSE4cB8D3bn4UeX3BMXtqk", "z/fvwC3MM5jRtn4aeG4Akp0bfEBt24bKUUcw+B+gJwo", "Q3/6wPV4HCl8Og4SPht+fo9aOrlHWblkD+Xbn0rC4o4", "Eq+XlrC9Ghczq5O5f1lKW/N/qFyIVwO8wN3zhN2Q2MM", "bbj0b9hMYmqcafz5BglolI2Kw3DXAzv99LErhIl8t58", "3.14.0b2", "20250612", "r3+0nywAkFzoIv3pfZQ300pN03hldaHaqtHlGkT7Id0", "3ql04lCvz0wok241r1AlByKVpxHXL6Ze7QZ5Fwxwwng", "bLtdUPosNLdrmM5o44ta4f7kcS+vTcfJ2wEnu6kSafE", "Dqlz2C/KzY1clUeAJk9XpAQJJ9pre9e32et6FmBzzaU", "93ujqwyG1rd+3ikDAtk42w5DYRxUvAflu/LBPJ3wxT4", "MO700QHfWOxhREtNAEmyqZINYMNtu4kfNK3XuqwBaas", "bqTm7gr+NNR0sjZ43fWe2UHmjtpfmaNU1xa3ty118XM", "zx0LTsVVXtz1b23LiOimcCoz+16lSFRkWoIn3h5fRHQ", "3Uy/4O0q7fb/fw3S7iO0F7iQkkd+kNzz/UhSVxvGTi0", "2eV80l5GGeyfm+Q/EuOohNcptyJr1MiEOEVCjkRbLHQ", "y4LBXyMGErKYOLPMCUjtcdjmItu7SHW4lR59YeKsu4w", "HzOjEMvSaDutgu2Ji6s99ORvEyEFNPeF7dNzibMG2BQ", "+JlFCtFQAAhqSXL/RzRHMLSEC8uG86EM36J95QcC3qE", "T7qdRj6nGxPYEw0gebWfWWS7nyMz0iMhntGie6U94Eg", "uSLtpDkMxctzfjLqjUZu/q7i1pOl8uijJpzMK1cQwyg", "DednHoKK5VSUH0RdvWMd2L8IyAFSsWn/xMKcpl2ymcE", "BOrr4etCQWZnkqsYT4rVX9JaJBBZTHEE5PA06qkbv/E", "TX6BEyOoOdnOOmo4s2Qi+JuywPE2oEAFWqYAK63hK3k", "beo1tkbPPLauA8JIAi+2FeRBvXQOG8bF/Y5hz/jNbGM", "NCjAgYbH/4O+J9scaEyf6zsENJtxf5xpBBX9h+ypqU8", "e64yvIT6by2zRG5vF/u9gaa9dkbcMmW5Zd0f7tJmzzM", "uWmV3DDw0aqKcOldRKepASzPQXsqO21iPOHP5VJcVtM", "rqbzbybadYW5nUrAM1njwha7ZTq/gcVt54+J2suFqP0", "k2iDmML7x2yOOGa95v0NG89c1w3jxF4lf2RNCBrGKvQ", "YY2kQd6E+ZbaOhmhWkavR+yCMNidMk3eM22/Ee9sw54", "l77gYg5/z4G0EsyM2TR+sDrj2BH5pCNSpPRs+lp5OWk", "GydbdCFgLXrLMHHkVa6TWQSciwbAsAQct0IARVGClHU", "guLyFh+H2xZLXOCDRS/vPuxdXcPZpmUSZWhY91StRGE", "UEFI3OwMff9QGscKmpcW4X0G4oQBKxcAcvfcTqoVYyQ", "y9g86b06ZAYaPBb3TkB4YHHHYS8BmWoLTkEz/CeOVU4", "Jc3Zk95ZlNCZfbgvAyQR4w3n3eOvrOMtHdGICyjE/iY", "t59xK2RqOcGvnpGkWWL3aFQqeDC+APZ0vQlVhnaWwfA", "a0//FMBdRSPakUaUbkEUVFsOHVuQWQaDpU5tu4DaPk0", "l7oI90+9lVMLjyGAHe2s8xr9hCddbYtRe4L41Oy6b7s", "GuMa3+0qhCXwipRYadO/2RDpes0VBGXeJX0649o33Hw", "TgIri3obKYaqV4D640taiaGsXtEb6gwzSeZ0pst+McE", "cpython-{v}+{b}-aarch64-unknown-linux-gnu-freethreaded+lto-full.tar.zst", "9fz16DECRMzTRqqyq9wmUP+5AKQpz7cyxIhOI4y6F4I", "v+dRamZerJ3eABhIdOnaa1nHh1eGsh+0AITaeGxuB7E", "mvU6jnfMHUTW7OqoYfU9QlMrw8jR+ktxGiDqVBbe8n4", "wRd1EMNZSUtqcGAdnIEM38Zi+DTB1oar1Ifrideld+8", "yw8thrIPR8cKnIZHsBo1q31Ty8vemrif/Iqsr7NswuQ", "848SazGlXzeCnuWBl5IUptKsiphe15FbQsmdUq8ynZ8", "vgdohymVRhjdrME5gwF2dYnNNh3Rs89dhuThFge/X04", "lLhgkYB5Br/CuOdAd0HbGecyZ71lja2SGVOlwh7TiEQ", "5N+nVgcwJJrkacA5dRku9KUqSEoKfhLGu6mgQhcm9Vw", "CyLoonPWKZToUSFZICzvK4hKkkIJVe9syIn0+iNkUY8", "8+HgxmmpY9hC2NK9SjkSjoXPhiwOKJJkNg/adWzOkQY", "qObPlf+BLJyvB/tR7uHEoVTWDLTwrp7n0rrJ7AciJr4", "YTg9Q/Y5UzpRBautN2vEl8yU3eih7SlPUj1TTIzZmo4", "Or89Pbf53Dmqt6wXNgleJ6CqJit7DIXYYCmuec+XfH8", "bt4gQete9r0tAnS6E6cy11dz5EFZzWecc5Eu79tk/4c", "NavBJTBOyBp74NesVPUV563dfcupEogiENN3IOqrHX4", "tiVEKvjetYWzsQTXeURAnrN5H4+5CfCUyYRiWieSVgA", "XxmjpQCYJBzKEJP7jbTbC7uj5voUW46lZ9+Kndeaqdo", "uQapbP7efdqTbEAlbgQh5b0RUAYx4tApJ3WAVBmdpY4", "DizI7TdrH89q55+F9ywdhtHi75S9rl2knq8EQ89zsYQ", "wB4VuYMS6taq6C1JyV+Gdbs1TgQbSXjWpF/l0EsaAoQ", "xI7YfeKHMhW2BD0z/uLnFH1A1epaM4jxUmF0jA2bUwM", "5fHXgBUAmSs9gF8QP/EUgwNzkqet6vT7LFZWpQ116Pk", "pa4ycAYbur8UwCFcPQXfxchilklbNBw5GEA4GFB1/uY", "gvHTvo078Hm+qSZuroKDMZ0MjGOqdBHUfAXCLb3c48I", "XiclhMVsHD23o84JiwTa3mHqd3u5SHfUJHceojHvly0", "kIwa7yazFSJcVFSjyMgPgLGPeCAGHG6ux1D0oXVgqMU", "YSymDfGKm5FaMfCE1zYROvY/N/OSgpvqV9uWVwfk4hQ", "KqtcUQCDgy18LDu93PB1Jd36lRo9PdrxroQXd38xKRs", "cqx5DE6EZbOyOw50Ecb9ha0gAWWMN1sbZ3XtrfBsipE", "rDi9S3EHadvOAZNwP7JnYhGBGtYtC8XJOh7y9xjtmH0", "gl0gvqbdfd56gNUifLcwuamLldg2ZvYF8GjCXUkoFHU", "3.13.4", "20250610", "WRg71wsPrLGE/F570YSIWV2QrF6wEKwe5j7qfbTiMKE", "shm5PDf/7+Rklf7/bZlgSHBoMjB95FTvpgoJs5L4h9s", "/vbIyWJg7/klius4u/yQqdZi5oP4/mlGqUHJVAU723E", "jNgi0UZAEkLfLAVvTP9f68EWt/Ns4i3HmMjz0qL9Iiw", "GtYTsl5aaV64IN3UMBFNa1LF9Fka2e+U+QlSi3vcxo8", "ywLJi6SNe9HXAXbtYV6KoCbJE/Tbb9pQd/QlR7DgvXU", "YI0X470Ar406nIW30ZODSBgUcVdXdOotjuhmczo2ynY", "l7YysxYoEjpluJVDCRzybEi49nhbrKQfdtyuCOaCHmM", "3jOFaaU9NbdVA8UsTnSpHSRkde67M2gb5mWIC/1hzj0", "JkkVgZETVaw5+oMi8KVeVqIlvoCpE3hsPDCtB2RFoIM", "Cm6qJ3j2sr7dbjw9djwvN58OqZ+Hri+/AUg6ubLheSU", "3yS2YVMt9NbDwN5mp/JdMX1JSmWPldCqHGdV3E5Tb0k", "f7LkKpkizuFTPOuhlZCneZcDM/BotRm7lN8z6L55F60", "Abe07GaNqeoT8bJYOzV8fNcJrBJLReKbdv0KjlTEmE8", "/9C0hOQOT//fysJlVg4QlFb4AkhfHyfjzTFHY7KxWHw", "jWDmiLXcO1omdv3mhUYxavEMvTGwYyhns4XbvXNTw78", "1RAAd7l1PbAXFOL/HpXGKN8CO7LaNa3JuRFutW5F8n8", "HmNIwjfUZlxTJ2gwMFlLT5NAWuGa19q/sZUdErsmaUQ", "dP4qiHrT/HrRQApP/golitiNOf+te8zkAST5K1MNLgs", "ogUipDbHITA0mLb4Ec6Vb5EgMpgxjFVtE0kLbyKXKPw", "l5+uL0JYepuR3EYoeGeYxhQQ4kwmIJ02Zt3pRTETfx8", "5++G8HzhiAXv35shp+e52cBuRBV5kaqnL3HN7LUxg+Q", "5As/36uHmXPkU2PxWYVqjIFXCxZQX4hi0X3C1nSdRRU", "LEuMSkUUZncPqB4jZHEJuMBEalbwVtuVX8D+jju538A", "5AuurjPQyrNDfSw5yNvvlZtiwomiwqF0Js9Oah8RYp8", "4qQDz2qSMlOjszDG7YJ/EoMr8IeWSuzjxxzuYc9PRXA", "hKYodmllC70Jz0uG4BB1+K04zaLIWA4MjFaAdPRS/rU", "mbEwba1tC+RNj9C6VWRzs4UlkDDPDCc0k0LwcvKCKJA", "RPYseE8ytFalcZrRHti6ipeJD46dycl2TxeMZK0wpro", "qah/snibbfvNfRp5yEbSCPDAp5aXWa2EdCeGwk2ngEc", "N3yLbW2mgZWavUZPrAk1ZLVf5jIx/ie2Mn0Yu74T+EM", "8ApREX+rz6wZudtijbZMiv5UnRnEpbXHi/mEj3lTbRU", "1clXMbdd14mxN60w3XGQS4l4FzUUL8Mcn3KUnEalf/4", "PY9Cv+YDPhbGDgYVHSfezmeXRWDDkvE/BZjUZBuwRws", "J43MreVrS77suaYTt3ASz1wUM6XpuO+ZIw1eYfMdngI", "ZKt6yMiAAtm6IKkvcpRb+jUCaOlEp5IlAK910gMwV00", "scG9arnvlbRk2SpqkRzvGo2fCw9qGS9pTvGO0V2ILt8", "Xur1ss1EtRZHrmaxt1+weNObiQ+fc3Uuo+7FC1kBu/8", "G/zXY2yaXWaz/HLk7N3arJKjBaMjntxSa/vk+DvdFso", "7WauITpisoa5tzOLgWzNKBX1JIt6KKGF3IFZ/gBBSa4", "kTJkVFIVI2Zg5BeLw+W1eiCkRKjetcEWgMla/JYLQBY", "dVajirXlB8HsIrw4+YWZgryVbKt/TeBaL6rBFP6zBts", "UPH89WUh1XUScgcbaYWUlgYW9748z/7lwHGqARXWeRo", "l23IGNzEaMdg+9b7JVMxiknuxqrY3MTEsaRLC+M1l4M", "FSXBl1jksIygP8ZlCBUQdWHjlsiQXPs7vJrczb5aWvU", "eWW9Y1Ty22JOkEufWLsniD8uatfstlYSwyhGL7ZdbOA", "kkTJcLXrpBsu8g6x9v+5ktLPmiouBhHWLC7FBwBHV3s", "cg7Zibklxb45Gdy4c4rdzRzmhETV4IGwQSKdiO10Phk", "hk325oGej46FXOMPNEEP3Fhn0GFukE2uuaQOWAbpcNc", "EAHM4mkj2J+nKlKtO72lz67nv/ESkdkh3sQVGEbvDDw", "WVeGpmEzBrdBGMVuKatDDtDrCNgsQQO3d46CfF5D+M8", "lFdQRUftsuAVa/drU8fklBx/YcDv+f1fTYFtPfUcWOM", "HJidCXtB0FB6F+djn24e7O3QWOI1c18LHq3epJQroA0", "AAaFZzcnbQt/8ZWAmtSI4iqQDLo7+82vXPpi0FFfqHU", "z/kquxHZnDo9eG8P+p25z/HxQCu7K4+lZuUAz9XyUZ4", "lDKT/0Guv55RD1dInD6GDImeJwvHDIEmTQTWvzgsflI", "b+pbOAfJcFcCnLHwgYONPFIgyYelaNupyYaRubvTtLw", "c+A8LmzrOlN1LLIRC9jUW753ElUVxjTkhdjDosRMELo", "EhuYsMgjkgjN6VKESkHAUgEKFv0vo8nn/3I5ODaDnP8", "lVhz0wzy2gi6Qss1/CvV2c7j5ne0Pl8KzDs3da/eqpI", "+nDvqYkohszCuA0cmTNn5eBnVJr0sa4Vpgh3ZJxLbHg", "AB4feP7LdQ0c6xS1m/VITeI5wCgY2aVbRKxWyTrup3Q", "/XCktVD3Ppinb7B9GXeDmHUx+0l1HufuzQkopEKI6Qc", "U+eJRGsAaJ+CXBnQycOS70t5efr2rJD26zmB29aP2zc", "3YziP9NCWTk6UFMxWGg+pmPOtnTc8020sNqryhFlSVc", "51ljL/E7ghVElAirufqwSw296K8ssMdJ+0C9Fw2eI8M", "7/0xNs9h31P0azMlYZWMcMpMpLtBmSlmO98WarDVUFQ", "cBWJvHJNebfEkCyO7we7KGsKtTtppfJ90NqHNUe843U", "3.14.0b1", "20250604", "HRGHgOwbYQynUgN59bbGgxTwZyFFNI4Guylmj+KWdlc", "vtyvrLlm8CWbMpRDiAOa2QbmSViPkcn6iJLIxY6xDtg", "oN3JtxT6cjaGkZAwiFLQzjqSkrbc+hRUTM7vay6aR4o", "is/X9R20wbvUuIXGk1ILLtgkKdAOi1cV0it90KQ2vwA", "IguIgyNUb6RmUUxFW5zU4TYTiinSSZH2RB/G88ZqcC4", "uGWj5+ht4cBaIOONaD9Y/Wcg9v15Ib5vZqKPqrkK/iM", "Q3ibEUxr9wiCIECtdO6f791qyKzFLJ0UtNajBvn8L84", "mWHwYr1tIEXthFEKlA9l7M5OvEFth+vjyYZf5zZI23c", "y9DNAgmjUU+nuoC+i6cuiFcVYu7pMx9qS/gD5w9Zues", "gU5akcH+cG2lXwropEfqnloi8Ze+QGQQW8/t8ZYOLNo", "NwwhiLr1AOgQveI7LDukXGDLT1OwOBgW75RDuWdC6SU", "watvP8XkE9LHSWx4RIVvwPTN6+eyTrNHadOZq0+DDkQ", "SOAafSVCJv1deu7GM/m0qeiAWhaZbuvjcBOZZ/5pwJ4", "HRArKehp0+yKAa/ALxMqNPN4x3fKLbALrZWtRXG5rII", "cjlmbs1MIF27ufLe+lL5HPKlnS4c1aBBtengyMB68aA", "S7NQAKOpmwXxqykOocNg5eBTCgvNPZrtDxY12g2Xdi8", "bLOHGCGRfp0PL68dnm63mNSH1ryzUwNdvzwoLSY2NPE", "rXjNIFxbcb2HkOTu5ah3W1y/W2+Vk7Xk8J3A7QWRshY", "hbGOE4RTCeKXUeNloYo3aoPRGR/V4zoxipvdQppltes", "t8RC4gFSHneBOKqLQ1AokRg/0CsLS1U8kYIT3Zf2pqs", "Z9lp2X2abO/HgPyJjr8er5C0ZSUS67YN4Uy0KQ9IvYM", "NVubgpqgc2rNtIFFI1Al7OBkBrkyZHrVr37w23geCs8", "El4rWkcBV9m723grymkakixJDgH64phZrayauGGnD/M", "Fs0WWY/N1hxmEHukaOPlfkrE291XjUGMUyYxR1JR7gk", "MmuHy6SdRHdk1iNRIAJbKLRnIzHcuJhYlEyG6AGNlos", "i9Cq0faKRl+Gu9IWfdi+ulcUcm98hMkQTxxPUvUlg1U", "O7Gl43LoZq59VLLUf/4P8lovGXHeJoIgW90giyprIsU", "H+GCxQkVGbVeLW1Qkl9u9wcDYgTR/oOiXbrHEGR5SIs", "k7Zkj7gYAEuXOZrXu8oWoi87A6/xPOlku8nlXbT39sc", "T+/3YPKl9OKJvAQWmW0iQDTvh38ULVBiqf7wv0GEitU", "G0aVQ4jkoZi5McAV7F7zI+7tiT+YV7oHRlk5xjmkzeU", "43UGKnfzQfNP5X6RCb0iEIsaer8PpdYGmngeJmITsOk", "AdzSGIvWDU930yidVTLwugJ9jr6+lyFH6T9aNOvssDg", "oe/xPF4cBoMmIgh4slRXLQ16K73gZKUDesnsKW9f42s", "PHDmxkEEH6wB6KpvQsPSYfm1A47eu+2S8rxjxzj6v4A", "UMDUsBCtUpFeZCUzlpum2Rkc79YqjBlM1OdBkJ4YiK8", "UNrptw2F3CIioSkHwLwf1dOH3OctpRo6Lw4A0uiuL+A", "YuoKEhDjO03WTL5vP9LmZ+WqaRVZSn3MCIZoE/OK0mM", "X6TDaxStUEp2YX+efj4H0kShmpYFoIvZ68sHTyttQZ4", "k7ifdLwbClybu596Wp6EW3eylqP8of32UoRDVAaLVRA", "bybaPdSXeT49MlWf/U4+fX+iXckj4dSQ8CKkEXkWndI", "RO0tO8OmfIil0T+4VSUpUmWRhvvh98SJ4kGXH5tcvaw", "w1VRQMq5AfTx/MxhFi6+U6m0MpgjC1efLs+AgPGfBDo", "rejlDaVu6NSS20AFncyZzyWH9HQuHdxH6P53ydFXicc", "UFqf0OiOocEe44NmG64+i0qHlzBy7HsGj4YFYZ0JVWg", "d0B0EGGYYj984Y3HQZp6ws8DyqtLSkms67g6aXp2ilA", "/z038Amt6vEhSgPDTbD5dBjGy+ldLoTIeVoz72TXHr4", "OJp4kjPpoZEbx31Lw6EdmUga1WlT0OM/kwHIRRwZe3c", "cvzorbvZ4aPK6W+hHJCJMNA5eA8UhWLIoKFpzwlQJU4", "8QfZj42TkMytOKlJFP8Yhqn+sd7hR1lrJMGWdhSE1uk", "q2exYjdhuNoqfCXzjrq3H53KXtGYaLuXyjRdJ5nkmXA", "jEeLoL8ggfmr5NxCKsmrAjGe97R2zp/piZmn6Jv0eMI", "SK+Jk734N1b3US27mEVwR3kFPp+vwrNqFWjj0Jvl/O0", "0YWrXYAX7qv6JL0um0aho1A92zdKwndcKmTXJaPHXVg", "N6kBFKRRkAeArRvCHAnkLoMtrAE1hicobvd6wPrAMuw", "9Oz6Wm6rVEupqMG0bsu7/XBK1OImHwlDnaXHOG6Oph4", "7aIOaAC93n5FvTQP/iMHnef63nmZN6PI1osfa68aoVM", "OatNQ5S1IggnYHcPjmUftCsfUpHYXjI+dxid275f48g", "QZM7n8H75AAaFM9xOMWCdhTCQd3ghPvgCUh/+7jVQ5A", "NJwyYnAv5Strilkwl2uyF6hitxF20kzcmG7ZrwksyGg", "5bnoY7+zi3/0ij0SL9mzJ5EtPK27E+Ul0KGxY6yYt+Q", "+99O1bkSftdZjKAyqt8hj6Bv2DAPEz2ceNCU4IwjmPU", "kQWBJFIQUgLogHhbCMOVallfwo8XuG6pJKKcS6W0B0M", "n6oVg5ORfhLWl6h/MrGG94tbBFVh5Jy5AAf0tz01Ze8", "1IUZp/7hS8qegHzrFxM3FRaVVYuag3SrKmN7OeonCiA", "8YyskLNhHc6xZVS706c+fM5WkrE8zuN7gD4IfRHZziw", "0F383icEF/4RLsUV7E62vUM3EbgklHnk6epszmQdgeU", "+fAsizEzqTPYZpVulz9m3t/avNsfT3gf6Wl5qqAPnV4", "3.10.17", "20250529", "Nm0DcYGxzqCnqLFFeHSgzfu3lYFdB64lxV7xRhqkh+8", "y0WkW8vfAKSAj0j780T1l6AeZsXtg6fjiIg8hoRL0vE", "qvH9NwqzrjGAfI19Wv8LjSq7NwwS0XpWEXjOuEIxTyo", "qIYYdre9+M7JqCeL15wAn7Ew3PrmV/s+DmdrV//tG0M", "IQ1slVn48SJOsyxuTgKizk+bqLMEu1tTVqj6aDMcNa0", "5anVdhxFLS4jP0pSkJcAt3Qm+CEdPcniWczlXny5Ttk", "5V7qveAt0I/M12ZHUL7Z3MgxUMn/b148feYkV/aB5W0", "6tG1uhM9ZkaiBl6Ngf9Udt2RA801v2jRI+xm1Hr/e68", "9LGtjsZzY/TmJBxYHE4PyAQ3jyQ/Zb8T9y9sP7BJ86o", "r0clR/hWfduJPTMh0iE9CpIyK4c7dTTYIG5lxforZCw", "I5f+lvhU8w0wuHrscJTUToTc55GijfH5C9BMYx8d00c", "l/Ss6ddDLPypMiojwoOPVMcSYiBkxS9rXnuhkH0L3No", "dmyU8qszvk+yrS/U1PjQJtIbpLdNKaqrcpUlKWjDz5s", "me6E5rFkP8NYni9iEw0akBPJFHc9xAdLJbgMxTQYXr8", "46vG4wDM3+Xo+vIg0GgtyOrk1Di5a30xKzLVCk5TbSE", "Mr9hYoOMWy/eIu6rhNZTcDfPRDMjpOxZIdhhnHXeY3g", "9BGqOF5QNMHrB+DAOClnJaPMNX2bWULMfTUKyRane3c", "d1VYqa1x1Cr7Fo/3b222+kv1EukzuIjlXI8FV4YOrIM", "GpAx6BHiQuVJIpKAVCrLBOl0/h6qctrt9OXhuZ2lg0g", "kH3vkHyAzieVVbMc5Eu2rN6qjOYTHcWGoe9rjuRK1GE", "hFZuR7P8CeXYt9Udh2HZWiNaUhz8fmKucb6wMdCzf+s", "JdwmHjcExm26NJ8u8UvXJffI/Mwnp50WsfxuKUJ738s", "7j9IKpJ6XXwWFygL3fWO6u3FkYJsnDGNLMMikWeWV0I", "jMcBdAZJvOLGCXjUpoONQBolZ9gRVlIqxQyI/53iuHo", "sn3g2/9YRzVQUHN3nCA0gDa614BNtbK9LwECQgOJ2kY", "C3GEFSZVFFpS+aJAFr9PNE9TL6RVh1Qz2NvW4jLJMuk", "nyj/x8MWYq1HV9V8/neGK4xzp0EWnppPdgOIFUqf7SY", "bKKmB8cWVoyO+jmQtRi5ACKbm9wSG6peuJS5wgtD12A", "9c5x/Y6W7Psrw/eIxdhZQwKx3vy+z35TshOAMqkGO7I", "8s6V6tEBgSvVYDrovxYH6mywvpxPVHmigud1jVij4oc", "P0LYQ2nObEnuw+/nu3TQXfvS2Q3GNPtDLDc+94q9MQQ", "DPC2ZtyjSanSG3b1XD8rXTnek5ihQB2Av84fde/tbbw", "0CM4aqYubZkbadWanrKepCLj6OcccWVIKK7lsHj1UpY", "jJ7b8eC6ixnGP0k6fdm647voSk62A7td9QosbS6cejs", "3.11.12", "knn0lqfxb6TagiM3gZ6tn6/WjxwW4VzvJr8y7VfyTgs", "b5ROd5fw/KOFnbGaY0TwFSdhbq2wiLW0w5dGgvFE+ds", "rlvtY4+RFvrxtIi5BY5HiDVTjzp0i1D6KRnoMvs92ig", "bdbv5dyCWEABEKrKg6G47MawQV3eFc7P8WCpNiK5rMM", "+cwIAuvOzLgIvTDe4A/yJ0yLTMfim8nhmvTFUHQ6PQE", "BAc6gHQ6Rb4UUZlYJLenx8wyhG/A73JX53oX4vlTahg", "cN+Sz8cywS7+fyRGv9oWAVW8QVfimnuIL54ftk5jQG4", "kiDAABoP5Vpu2fW7k8jEGA1TaifnDwhbJzuLxhb51kA", "9sWbW1zI8gl9zeW+t0TtaRr48vQBtl9y1unO8Hi2ZH0", "PvCOHnhmBUqoy9xOSaNZPBRGQnYC5MK8zSDRV5J3S90", "eBUWh8VXZb3JnkDMfjqTrnA/Za44EheU21Gc1xPqbfk", "e9a3JcLEF23y/2yKtM9DglTPj6PMshtstM2TUkott1Q", "rxLKGtBTC4bC+h36hJsdOzRnAGGD+6hQ8I6+Ug2Q4YE", "5ZALdRcA0mNpBfP3DUQkeWsZIbUIRGiIuzT4QiNrMtc", "qMIyDx33LQLVjz96sImb/3lG5e/Mcjri/zETrYu2RcA", "AJ3nRLYevKPnWmKY/Bo5UJDV9Ikc4i5Lj13JqgTEr7s", "WVcJSra42taYUoUbJzfCa6eGwXjtr0p9sXtl8yMn+jI", "95Sx50NJqYnRuaRm0iB1J9ThajbJKhJ3gCRYKTvEvjE", "446Aqy6y6zusDBh1bsmFKoNpQxcQKjTWl98AZrRNJ6U", "rU3sAkgLeh/yz/Y9ldBnUHem+HH9fJgjTiHnIhCiWqQ", "ww2B1FtnnCm7bIoarWhP5YyacFIOOekkTd8PNIPD8mw", "yIiZxIYvj2xRCPFau1ZpFsPT+SUwLZyo5RVHHQm/0Rw", "GoUr+m0wIlW3psewgBghUjMV45YxYYJvs7VikIop17w", "Wze6z7+aFF9GVqIoiud0n3+T5rhZW7JKMu/D3yIrJmY", "XglKRqhPLO0TGOYndo/QDDmWBk984wyeNQ+UVj41BUE", "joM7d0D0ZWiRW2ImWim3GlHCYGItYeFNSpqOmyTB6+A", "0bgNU4EUTwQ5zO1s6/VeG1CcmPeqBJ3eXqAYslgH/RU", "Hzk3EICTuRI85K+qLOwMS4G+DHF6x9Yqad0rHTyyIHs", "JPuwx5Nq/eyMzHEfuo2E2eSrlR82c/z76IdaKr2BO6k", "sVyX08MeJ6dBS7jsCGNeHmqUtCNk/MWxCNiNYvMAloU", "9VmcztItulO1Hnzv1ywyWIfgOEudrnrB40UXrSMMUh0", "FRK22aiDowXDDq78Ot6W03ehu4b5n3J/kqjfIrxSsd0", "0Xf9HaZqyVw+6T3YwrWvrDgTqUX3oQkQ41LO94mhifQ", "dCf5GtkkbdJN4UkBEbu9B64p8DkwZ+LHflVRraMJoVU", "3.12.10", "JXnJ/8uwp0Xx3j1kVhLHRmJp65ojMWpU7OSdUMHJEi8", "8XGvV47Nu89jy7Cr0I84LfPg0JHpjDFhs/hM2dCswP0", "I10GZlKKjpSIlvaMCJZNyN0UpUxo5cvUkkWU0uIPgbk", "HUNj2+XRqe4eLt4lFEZpwMzgxGaIAbUvqbtuNt+mClI", "qhRxWbrtKkn11g65SWTwR+eRozN48HTv0FaimchUIUQ", "7UZOSdBF8l+RhQ7BeXjIUmWPm3M5xN1+xSJFS+wx4zQ", "FiUTbk2XseFV4hc4BxJUwadt0S+b88RS6z405E0+dKg", "2Sy08kF4e2ZNKDNgcxKAYan7i9sn1TO2C328TLYDn68", "6zbfR6ms7bY+sIBUzURFRwa2sfNPjVOog38OmhhYB3Q", "rBGaEU9XjII9G3AaokwH9TpjHIQ+s3J4wIvlTQeG9kI", "peBc9sXYJD86f0rMbP58gtQzld7UNI5hJpdPKKskX/c", "3NjSQhUxzSRuDuwZFQIlOdGqPdjFSxbP3YHqsYeh+rU", "mXEFfAuyBR80TYQWfAGhihb4Mx1wbC4vSSOsx4ySH50", "IQS8lr1ckfBBYgU1efOvG5WfPVas0fPneUq9WHqDnJs", "9Q0I4DBLFddSsikyBHE1wdwC+Bl3soTlEoi+nZBie8o", "68t3RlKuqhDIuaWCW+JX57IbYEqsG6wtP28UA94RbOg", "F9mYvAbKISuZ/WxTrI15DF1mgneBZc81HzBO6fABQ/o", "yiKpqeZOyrbQtd5834tnnMqkHp3vaqorSqprsj7Hqro", "PCBjDWufi0HttEzCMDt1iI20t6prNbHQ/PfObZyt548", "HTEiCYHIRGrOAecxo8eExboGB7ke82qSpekSeHZo1ns", "UTIQvpUCLsjJQw715rpzdGRVXMifkgs7Fp++JdgVQzc", "AydXyegKENupwFk89xLu6xAvKaemtjr3h1IrmSpfPss", "78t5CWwM6+0mVJ2dlohTQgmau/BJ9UbZpdg4Yp0OcfI", "c400MB/zQbES1F5B1AFj//jzp+M/AhsHLwBUFNQzcpQ", "nqjpox+vGAi0mAzihojRxNEf5FQt2/6y1jEbHAZ36rs", "ej3015VXCpjEmf1s9+v8L2UFCBRpdmcqvnJJMGI4PDE", "kHdfC73CBRdXjHaOZnaukCpoove44dTb1Dnx+Szml+g", "CfHAwSVDyLy7vs3E4bTs2VZt1M5PEEnpq9qyRDpUSyU", "IPHlxg5Ob9M8OHkrrobvTxoLQcJ/R0iICGyrVHfFmew", "rB5noRgiQlsRCMCnRQjO+r2zaRtngcKXbJGjVi5gh00", "EgIiIEDbEHSMcw0lqHulzS7cT/PWeuPgy117JB5NhZo", "9vhFdYYZPTtuewX+/am4Ivq7GPLViy7OOyIbxrazmGU", "AnaVmPpQMpY5K90Pe9yrlUWRX3ltScMx+Lp9qPg7mEk", "t4H1UaG6su+K1w1fweljoFW7UwA39M+Gp16UrG0hvPc", "3.13.3", "rSr7LAMGZbOpYXowsf5gAk3cr5cEK6N/jRTp4cC9Sqk", "hPCkc9ynbh/Q9ZBiVr5HrmeYAhU2qPX5kDE1Tmx+oI4", "rHUvjyb5b8WJROLDtlKLXtiWTnRf+G4q6/DuB/DJ0R0", "3sYR3BfhWfZk6PBmSdsDBVKywi5ZQUi3RAg+V9POv/Y", "vGpAF2N5alnPtMA8P//BRwdf+n/UCwPieLP7lx+jyUo", "1JNFi5Pq0FIBRhn3gZEOitT/RrVM7+6VC36eM16i1tg", "UjR49i+a3b0VsGz30B/8pBeJIon2J6JD8T1wdFMr1X4", "9AAJc2D4HcOq1sxb2w4t3dkA737Q7GNGU+8UJ0r4MgY", "YE11v/84gnFygD39mlhuCyjNLpWB8w7XoKpvZOEDEaw", "22w5TxolF9RnmQOTYGzlTxgaoPEUynsX4IT+LwepbS8", "Y4SfIE9UBX+3FelS2fEOvzIVq6xNAC/H48/njZnTUII", "7pQX5NMGO+E/cQM+IHm5aQbyFH/bdbY22ghn0iV16c0", "GLTi0tXD6eqnFIAfTeBW7pkFeqR/T5dnKc15sQ7G6Yw", "KYQ/CyLZwnKJ8U+EUbOOM3YzYeT+hdPg2YaufeE5fOw", "UyptswvPj4YJoMTgp8mFMVVyNkwZhovJZQpk31NJVOc", "iA+H2TnAW3KgO/h0jZMbRKTnN5t8Kvo5r3tQAvcd9Rw", "Az2PNjk6nxF+v9FwyYwE8G7kGpkhdLuLR4oDOAg3Qlc", "NcpVIbTmNPZAdcpbUAK3LmOhyyf5+HvNYKKJNIrqYaM", "42OSjr1SaxhaRogwFdux+m4iz8L9eR1DWNuSQq3yYmk", "1hdPoMMLe2hjAY+GHCuZqbU96B3mVlOy9DS3BLzU84w", "JOaAa9Peb85sE8OjzwGWIBiKu2GvYzSEqBduGyAndXk", "Lqhe9oj1WqBNThfizNi3US8dWD+2yAETMk4UiGsLz70", "ssL+Fu7h06jGs+lFEjvkgnMyrpzOqiwAzre/emCX8l4", "/8t+oP3gDt3sD5x7oO3JtqFI9/e2LIAOe5TWac5fJHM", "fzxFVn3MNz2F5bvABZ/4jMKCLWZUk7wE9/acCYQVStw", "JzIhnmlged6jPoULUCdZu7MfQbu13DAqXytm2wfiUD4", "AqBZKIDi9aR+TsBY1lCcvrrJ4BSEdYtxR2tUvVXop4E", "oCjmk/pKZXhQ15oxJ8YxqcMt2Z70oS38xgtw4ZegQ6g", "RWz08+9dKQ/ASaIilyjTGjsFh14kIp5XiSvAnlCrvb8", "lTuHVYhJVlqbPqiP560qFF2Ux4x/EP8NbjTsxN/vwhE", "kqvXgHDjUCjPGRAeJI08ae/lvnq92DTezE8RLxMKyvE", "B8xF52soBmAYOSP7HpmLUJ4dy61wa30A0LP30kzYXPs", "m4LrTSHaLQM1p1otFLMqpn61Akbmxo68XRZlwJBmJR4", "UL9b/rYnviln6uRP38IE7noi9X+7QG92VlZW3jDW9ME", "0fAOEyL5hdrtWoEteyEsuW8w3t8UV159ViLZnxwD7pU", "fcx3+L+4+Vizs3WzCnI3GwrtpemXOromnwQesJNwXDU", "1NF4RvoNW9YXx05+egr0BYf3n887VxNiyX7uZtpNIa0", "slGFyUrVpKICBikqXz3bykDDPYlCF3Q/5PvenwbOqHo", "hD3nCSQM+3bCAvG7xIzOoTruwV/EWxeHRNETa9BcVTs", "iqlCnV569bQb6tUdOl3WSzfES1uinNfTRuClo52S9Go", "6/NqEBLlkbgi4teMS0nMTPhqLW/5OfHZb3C6LQBmq6s", "DKR1GONYfE/kg6aeKIeHKlN4QqkPSZCJ/ELwsN+Ruo0", "2zVR+iUNIHeYntUILK6S264Zv1Y19eC4qR5gD+Vquyc", "X09bi/AuT1HN+VwmOe4R2GrHtcUXcAO7ZngNkEcR6/M", "I+1ofkMGnGKOo2O1InHl1MCzy4PqpAq/Fkm4ta6VS5E", "9575gxIPaa7U47vdSbXdoEpweoP7dnqHOFlF9jFemnQ", "bwoHTeM6rqF/uyJ+O0LlyXYrOCvw9oOiazan4gBOHR8", "7mb0PznTreNvzuDBLbIjoRbq1Bc+dh4jCYWC8L4Syws", "kEGw/YxO3hAMc6/LbFpW/r+N5vITTYl0BIPC2nTjx+Y", "NiTORBlCGcnebSz+y7f8lcfHTvDC+Y3JFwm35C6UBwA", "AFmYtlA/47QM0W8EDKi7sTlHzBM203uvvlerF0Xy+1Q", "yDP6p4/lNJ7Rs+lv7BTp26CTAIfrMD1HjP9WAgei9/c", "gz69bfIpmQwvkI2axvT3uuyMDo2DSAXVI4qzxz1iC9A", "a1ZAbWfw955VqpQFSQb42NxyXNdQRVQAQYssd4p4lLA", "JJFdReD5wdr6yLzmBZ8Y0TTgVnqeOecvrRaG4WLuS7s", "AjkRnX0dVaI2QX7o8nzD6/ZO6V3J+DXWGzmKEtK4nuo", "iUyGMqz5RkQ5Bm3KlpjCJOj8bhjaSh8TyxDiSvhvEMw", "DwlJ74znHu1lr7jClddWBoZAf4vPzTi8BxnZMDQ312c", "0skg486c+vQFbxLHkk1sov7cvBQCDVZKAIaeMuZHlHs", "yZ13976e0WHeGRw7/iBnLDNq1zcgJqnSUe0SyWV2Asc", "aqNUnXJId07SHC0TOA9BBNZjqWVk/KzUrZR3MDplwjY", "xM11KDBd60MT8XLs2PzC+j+6WtgMgNMz5IcKzEengxo", "48P0u4gJvCFZt9NieYY/ElUd4SqWIUNTt6Mvn13cvqY", "Qpd8x45PNCN5lrtK3vyyXe41MKmH843QcSQwsTzk4IE", "JzoBg+YYiXebWIw5K0UjT/c9t2tgx1sNNDrnzF1iL6s", "Op+ZrdBnmvcqDyZLehSkxrJrIZBbSbVz4KuG+rk28A8", "UG22cFH/WL6tBjm3RkCm3TuRdnYMFziu35g/26yQdro", "QqytnP5nVtTDmp6e/VkL2jrnLexLaB8HeAtTf6jjMKs", "3.14.0a7", "wKmh9jV+uqHaxMlbAw4o5GYccpBxL/5FKDsBJUjPx+g", "QHI+N3Ze38L2dLfJ0y66Sc+S127SPxF5yY30Z/Htn4c", "tDBjYyQD+PeI5iV++pjpT7Mi5ErqOTfeYZAPTpEoCb8", "0i3FSTcBojyOdDvgoQN5yaSQVeMvbGoRvbnhqw42IU4", "QbQKfGaiOqghmonT0K+4+tfNGoVdVy1YCo2LO9g7pgI", "WqH0ByYF85A5jWA/csaNEteJur/q5iPPlU6Ruji6thg", "93l29IT9laJWHi6yKqLFl3TrvymKQRicScdoZRz1CAc", "wGWqJmOfj1wppkIxFA5LzcxBvq5U/3Mj5qGWJfhxu4g", "90ZJ/0nWp3Vxct182YSKWg9cRTVbpGCuUW1M2/3uas4", "R04RZgpwrrLEbhayyQj18bPY1ZVwbG3nuvMjEci/0sc", "JjKq+mdcTW7pCYE/YHEkNZsCPplT5a8NfY3Me6Wcs4w", "f81U6uDEaYjponpsoyCpRLApE3/cx1J9j1tw7nMTadc", "Xe4Y3RwZbSmDXZb25zrOI0+SSEsb6QoXck5At+YuVog", "GXP3JiPyva4GRGaay5PEhkQDAeOr4ZVEKl5KuEJ3Jxc", "uaslZrHai8BI6SMywzQ5zVeyUb077xnz90CMuSl7KwY", "zNHGAYlQljnxs/7ZjS5nvZ8xVBBfuekBXfBSHpZK65c", "QLhos8YBaEi+4faLydxaw7nHUqfn26W8CCDO8wv45oo", "r9eZOP1a1eU9EJmewMtZYczpAcCGhM4FP518R1P6yT4", "/NjxkTM4qT6Isn9dEE7PAXGMJwudvhys6ZKN+LjtgKg", "bPtBLH48QcbG9U701xTBXardiogykHMRf2IwadUq5jw", "CLI4aeAHPDzFj23C7dtB4X69x4Jd7JHsQE3WBG3PSyo", "wwtvSSHH0epVRPUIRzAIz7bz1FBWkdSOek059fVVmkg", "jrf/JyAxF4HZo3RTqZwH4iwKrIA52ZyyRq06jMhbFfw", "KWS6Fe3Gf1MV8iEKTX1KtJGDwOtaXvnxUbuTrZ2msB0", "nAbCmJxSE9AOS6MSXRkKV5r1+07i3MJIVTEQ8hRp5B0", "y9YqdIAu2aXS0jD0UDCwNv6z4TMK9ET+Wy3jysV0t3Q", "QdD+GKWaub2cDB2mRQNLWQF6a90BDdEViNQ4AlKeyIY", "e1DeJO7jPhOwGUSaLYoTo37m7mV4RGmOdN2ybZUbiGg", "LuaOA0lxaKgMuN12nLL+oxpvwDFhDCVMxYbUq5Gm6KM", "RGtn07WgOkIfDjlqHXjPukW3lOW0bWUHt2WpT6wEohI", "8zF1XJGCtf14lYUTpMmhSOaoplGJpo9te+Y6JRrscRg", "Qg47MY6D/mtM/EeRs26Gl20oMqXI4F83/Ynxwu1+9FM", "Pv7EB6edP+yBmDaQF8NshulHFJ53w31faK21JABUjPg", "HbaV3ZfmaKh1U/md4gymEKd2QldeTrbXe+dxFJtm5WM", "vuxKWMvOgXmRhzq5xRg3Nqaxg4NllFkcLd5u+CArp/k", "pXp2va1Nuzb0EIUl3l+Z7Zr3mpDnVTV7jFuDsXLnMps", "54ktEtXwrepcadvojj+/LaiSjhcD43batVyKxjiJrYw", "qk1YNZTSdocqEbBIruCKMv1U0Z7srAhT43umHQgLmEc", "JX6rtspa+HAQOVlFR/Kg6y19pEZdCTt6xzSCgcIgY40", "M/3XBvaXCtdTwQPpRg1/FbzbIQwqpHTZzqXroFbM6sk", "O5r8y4/jdDO+svS/s0pKvIkYCZAiYKGIjr5eUIpAjm8", "hvpbu/oUq61m5L0tWqzzIyogqgRRGs5MIy/2yU+rIqM", "w8BoiNbN3L0YAGacZfNOmzw5e+BGcohjuqqnl8yRR2Q", "j6Y8jYwJOVbigEB1pcNkNqg42BQAaZAY62Ysxe4Q/5o", "kdbgbueygB5wR3CMMr0c4Xy8A7ub8LYU5kBmSbT20uw", "QK7lotQVFgUz3//YOv/lhdnoBKsasoG9KBC3NbEr89U", "HU5i65dVV+RSeEGfLh8JupwIXSpg8zaxaohfQ1yQ9/M", "N+DcpP9VJ3rrYmXpldR/JWGULEcEDwgVRf5ge4lr4lc", "x4axtmpDl9+BEMM4zfYVDI3JsAfbnc2ZdrVVv28vdDM", "d39PnvZ0Jx9c9xeYs5pGQ8eABgtZY7v8WxAIepOoMJw", "158+QlMIy/gPehlReIxn1Zn68uI6WCCOmitYpOY6DQg", "Ipjdx6aY2B0XEcD5H/5F/Am0vvLFlIS8ZbF4E3i8KIY", "gm7btSSPRVQlSlcSJ+Oh6ZTf1/lu3adTfEyvVIXQzt4", "EMom39LVDkTx8YfSwS3EikvAnyb7elXrxWLvR05fQ/w", "B7RGC3aRuYBzXfpQxb9UJqIb2FwvROo5aHfb2+bjm90", "lTbrEg12w+EoIIy3FpVk7zkKe7KIIAxei5zUN9lOtIk", "5P4cdJKR/CDeCElGUIJOBuG5Mwu3jLieIXRil1KfhHc", "T12hCCu7fgyDq6zjZ8LKS/unavzbQB5NgQ56AcgCt98", "Y3/fUVvCkUfNx+H+rgj9Wpk5o7Cg535/3AFPgmK6IjY", "/M7JFrfOL15n9O0/bOu9qlIg9V6XYJRA08KmyNipNv8", "eINZGyxaAkaRI3MgNonx9X5dPZ+zrt7U4ZMSGOuDhjY", "pht8E/vh3zv5zgDQMJwbODOKuasvH/HEvNG7G3emS54", "tzyuxZuZ/LCV1iQcq8ryAD55htMIaR9YRe1hwkmmiUU", "mjnROjk1TqyBRn8l9ikjP0a/heBfZ0Ma2KUFw+G2qXY", "NMjHNcnFOhJGflPZEDsYwvXFgz+QHU4g4RctQ+qQ+pM", "zwPUHR5Cmfvah0WrsUskCkvSAi0r23f2QGYh7Zkbg/A", "z67jRu7VooPYZQm6hsETjk/NjigGwksmCRH9LDcgkmw", "YAw6qRpFBefD7fS59baTXQ2QTguoPnKOfz80LuwsqQI", "3.9.22", "FlyyV0Zps9+C5A24ywG/S7ybtZTcCfmuNNMT7NJ+x7g", "+7SlD/+xnV4NM/zVNHTG5wtXjSDYC0hBvOsi31liCPo", "QncvYNPHO+Y+i1q6oI/8I+VkWIk/5XZK11huEWqPas0", "WSQ16o+ZHJZdmW3LNrXfXXifmjhy5ASTKoxz38ArGkA", "vwEe8HbgVhfmWqrAAcI7t4vVCtO0fsdMz8VqYSo44AM", "i0VhlQCJ4wsTBnCVIVb4rIbuigebqR16qul70o9HwOU", "sVFTmotkXvNg85Unj5Ea5qcemkVZnnL4x4tCbTKPzBs", "qYvbEP4m3NTnB0YHrXkJ0Df8r60z+haZRrvmqGi9d/E", "VdPKc4+OpfRuLjw+nFCEm5T6CMZDv81NuSFVhSVbpWQ", "aPv4urjwtSYXn7vlmibE06KXEo0VuhDVAoBOFqJdlBw", "nStDo2GHKI7LDuLkggHU8W6IVF1mavXDnUwr973yZ7w", "rCC2Z9t0aQ1g8NVfWEU5LAf2ObV1AuCbFWr83eCYVio", "4VImaGMYpoLv667Y0DEKgDUjTYg7a6togsL4w9xaETU", "4l7SnMHVGuDb5zFcFLoariBsDUt12eU2TWoq1PmbuyE", "SqA+tg/Gk05A2U7ZFm90rahdhRQ0Znr80VLUbh2ZXb8", "7dzPqkHfMQydkxWCIejH2qyG7sh4bC6YkNtC8V0DEJ4", "Q34tSxbP3F/NZriNCWbbiIAXCsnLGwaOd3xlIazO09s", "EMswLCel5Y7NeqJoSnMeMpJGdxFHKGJmZMHOzObpYKA", "woGOa4opm0LSv+e8fycAKEqt0udJKQNpNxMz2oJ7jlA", "GUMNkRtvFQh2QUsJIwAptM54IB/7AhZtyHnpaC+pW3c", "nruvyWgDzVyOwl+tqgyXuHQ5feBskXR/eXdRVAfnXJM", "JR5jIN4oATG3bRG2J5hybDtNS4CDJ6NE9yXGLVzeADE", "oN3Bc9zBwh8Q4EsdYEjVLY9lyaDTa7DS9ngD20PKU2c", "yMw0kNFn6e2wN4hhgeS49z3fPNYnUeIRwaBFMhOEdKY", "HTV1MWLf8YJEGNuo6pyRNhdGAqufVQlyDg01mE/uSSs", "tfjCn0J7zfgJ4NQ/uJ6QGy9tA9T9SHiJK0QUcrsw66k", "yrXD0gYNX17/geTNqu5Y8lTiwqSSCdmEOYiYfR/43lA", "rNH+cUbzNYKwSYl2tB35SdvgHewsYC0ecEH9TuF2PkA", "TfO/CD7Ez8nylVBbRo2cf0gBxYNDOmneLhy3oX10Ckg", "S0gBUGeYExXAcarQ/jDIOp+g1saiSZD4v++QK9tqzvk", "/VtKnGmvYvh41iUsFaEqG4yZ43AgB8vNXZqDFECLjIE", "WBbueY0QieJsNC4ET2cTRft8aCk9UyD3xlV4/naOtKw", "fR8osfJKRPkPA6hHthdo+Ig/Ufwac/q0ONpPNvqTVIA", "Au0yQEmuqJSq3xrfJ7neHUPXlXZocT8bvE/L8qWvlqc", "3.14.0a6", "20250409", "7lp7Ywh0VUuuMLXxG+5V73/9CT9pHLcWHK40h0wA7PA", "oYfSxQ9DCVyPUbNLq64cKR7hpC1nd86Ni81YUXZS+Yc", "SYhJyS8otvGxxd/oNYdmDv9axXTceXS62pzmhjTe1vE", "yZY6X9GXJAB7GTSiPjHNOg3QKddkTKdgv/5BqvuRpFg", "XvzVdbpkJstJPGbYeJs0XtPmFy/86v77QAummjUsA4A", "vOS+fTaQUbAQ/KNCv2ddSvD7rKGkd+00xTMlG6T38n4", "eyCe6Zufdd93dKga/MVIhFRX6L7aSCDzS7NQmJBQ3aQ", "80/bzuf2OZ6FlPkymzFUzHW6B47dOW48cRKCfOL47Bk", "XoclP3X2WmWYkPxVnCTP5PbZEB+FXGdfvdvuZLgjgPY", "JrYE33jWb0jbABXob45v9X3yfUx5QbCVmV0qehHNB/Y", "XhSKk/x9X89TvNvhH06TcoV8SlMw9rX6Wq1E9yjc8U0", "p3e78X4lHOyW0Uw6tw9nzOdSkwpVQrjgTOIuiSRwxZQ", "Jsf7rTYMfA5ylvRTYgaRqKNscQBjdBuVJanmYO8l558", "HvsE8UQcqy+EjK2mqtWew5bVch3FxCby9II98DRcqWo", "DMWnUq+kEGdlhgYwKN4iWP8LO2mJCKYtQXwb73f1y+s", "SXKLlYTGPFTJCrieZ4W+2ZyL8jHQZ0Evbg5eJm+0+Ww", "zgAtNj9RnOSkujpyYIN9Bm25T0AQuO4Xb7pAP75cOBo", "qxVuj8HghoHxgOGKSiyLTvV5sge1C8By7YLPLtmq6l0", "qTZqHfus3smCvdpB5NFCXOqD+v1UQwuqUIVl8sBAXFA", "INZWfh+/OdOfBzKnrKzyvBJJo+DF9wVnMxBILpDuTTc", "jTawcVnm0R3IAu+4cQzyxfIn6aFd3BbXhmzS8ctEpYs", "BQifPZFwPRp6Lh2QMstyQHjcjltd7SWSF2yGaOAwtY0", "Hyc88pyMY8qJ+qGW3lcswBacKv8OFJDIFY5Edr/A7Es", "q75xqSp2THEbpKblpcFcTAZT9j7ABOMmfk7KthM498A", "HhOEeF7nVLdIb4OlIPNXfMsbBYVY+AWJPfaEtegInpY", "pGzhsWiQTpaIV6JYUWth3rvUZzaAMXXn7u1QzXhDOaA", "fUGxju0uKfwnGWTmd6gfRJC+Z8NhTzpDnLxgYZ1rTFY", "tL9biF+mGyUqNEoRu2rCHwhet/O6jmxrQbh5ZhgQ+GI", "u80W07ljzOdv3ZqnFxPRxKfJRtRqdNrbJVFaQfVpwyw", "QJ25S1E0GKlvI5WexN81ne2rCmP8F3PmM6iD3aMnrfI", "A4ztmCDEo1o0/j3VD+a+e5VrR+uisiaKqnlGPSKviHI", "0RetxC2gpGIor6oTainokwAIAeUGWs9yvXWexYd7HcI", "kb0sFWpwt4x52P7cQdXMUNa39ByKVEXZuuWSZ5Grfuw", "ax1tLLpApWdjjOnfFwcvgBrVdWKvF7eAxot+7lNkzU0", "Re17D3aLWA/TJRV8Wl7kWRQ6pevneoemq41wFbWtaX0", "Mwpxx1GksciVuj7xa8TzQwMgB5vCSwEkIlfgUrgaCrs", "pYx0RrUkxOHSkSomJGyQjQkn6G0AZXoRSxovqon/bqU", "Pf+Il4LVjIPraUfSEnptJLb4RdeyxijFrM92RL8bMCg", "leR8VoltPXsohkH+l4jC3xxlJBXG4Q62BTyHG2bl1ek", "rJ+4a62tXHQAr+vxxEHOuPW+cbuVzre/Vzfujjr2RRM", "mdSF1xfzU9NIw6vslj8/9DS6PngJvH4VrK+W0V/Sywo", "SKgPTEJWbyXNfmmGVj++0Hjm6h67AyjpMXgwgllM40o", "B4ZWEtqduY6/xCOJm5svQTOMvDMU7gmFWuJcDmTxzPA", "p9g7TeyqJ0S2jk9E7LdpECAP9ykxGEy1Jgii5eWr0pY", "WoMF5cDw6/OcOUdbO0OTmTY3d4jpm+/W1S6c+yBMBXo", "fax/dXUvnI+ER4GHNNf0KMBLKTKQLVTaMWvFLy3zS7k", "80MpqnrJkdpF9ZVm9K67O8DUQE/lt9oZ9c5uEbnjPzY", "4BsKrL8tTitcR1Z+v4u9ZhO6amEfnJGgdJYVCw5U4ks", "yOP6jKxsNbrTk+VSKVOa3nAqe/vnMiYBuL23Ajx7GuI", "1r7DUKQG4i0/KZPNDLgKrjdmfl3Q5rvLg5oG3Cf5Nqo", "bgzBQydrd1WETBfj7Pstrr5FbSs4oIArctcF4b7n/iA", "5Wuu/gcXtcWnyaWHtFSx01m4b8xbgB+XY72G3rL8s3A", "3.10.16", "20250317", "LT8HVCiC8IU06dTlM6THPRcH7jVc97KiBNS41vj9j44", "7NHA4tdPJxKCUfLF9ByxB9Tv2TzHrs92pYXXUkSsTwc", "Xc0EhsQD0H4nofLCVoEBIqxdFT+SFDPXcRbfXH0JtMk", "VFfVVRLm5Mt4NwlrEMFHvXVVC+e1AXaxL6KU3Ji4Afs", "zrFzm/z5gE3meSI8SCbX8vjYcGpqLVg8UhypX+gS/Vk", "PNWKtPr117wYKQLktLIZJO6UaX3IVpfr8xAv3VeIjNk", "a0y1jVeOWPOlTKmP1fCBpYLlp5JJGxOmsTDq4aONSBM", "ANn8l/iBLrueirpa7qCxGEbs9syHnt1soKTYx0QRUe0", "j1A5BMZXZfRBq9M9qqcPFtL1es2n/AcyVhTPp8E+1F8", "s3mWvL5I6JzXqwGgNrkUFBPcHcx6hwvDkjCg+jC51Ug", "BnHUzn4DGu3/W870YKneIrn4g35YTvwlPT6TxCU3dtw", "UAmivpIjDA0mJvQVNmIm/XX5Dl/fIa6ap+HlIEICwL8", "eNE57n71AvKGQtLm5XxQjnqQnaCrnkKVxo5hIrrMKm0", "L680TUQhSlLXI2w6mTNLOczs0BHOl7V0jvkkVOcjNhI", "6NftjG+Mb4XNCD1QUcr9jGwB0J7KNA0dp00MAP8cuJc", "wcSUbbXBuiOuX3ZFcP+3eAObUR4pOKaBJ7kccN/iRvI", "9LCt/t6qpzWG6YEA5KGqPfUfcjvIPlUHcDQubamjzO0", "aF8k4V2SakUJfoBZgtxSonmYX5UlFbnJVgTsiBtAtR4", "pGHOpsT4GjJMKPIrB8HRVYlNILgyMmcdjpm4vEXrIos", "VjnyVx+1/0yoXGj8GM7s3HSN032iMxCMyhtE3oblnyM", "+R83MR8Q+mXAZj66hYgdMkviAP+QS8ULr3ludkfdndc", "Z6n0icqviMCbied8nzOQrnkUHn4bZ22A19uJiDmBQJ0", "4/BdpjmdxKRYXBemw3QQWTk0qDmHDHjYdBKigcX3TbU", "rKmqFIxCk4S+GUI6CAzTCenlptEzMKWWfQeDKQQ58Ho", "AGoriW2jpYUnpj9yowfCcxtA93PWZUyHMfX4kLg0jko", "ZjKNcZQKDIMwUiIAk449ClkkEMUp8vNuHcyeOxoWChk", "m5kQPpQruxC6Ij8HFA5Ml2Wq3mPCQeOxKlCOY8lYvuM", "OgVYxXNLWk3wZUMulWooK102F72fGOOvQop+udLFRXk", "GbYr/yCO6CyjSGCj019SlAv1ipIeevCWIS7KqgRPP1Q", "TnZOPE7f/gS3XJsA5LLqOePu8dslVWaXaEmOcmuzbAk", "O8660EpxcQR0MZWBtaKUq6qsrbdiKwitRil+15H3FgA", "+igRq8wtJ9Xf3YnB9/rU4Hc9EFkXxBLsZiFapSTsI5c", "1Y0o0akCJQBPg7uDmc5naeQ6ruqrzzAWNgVEJA2+gLQ", "SVxPXmiOqpOUCBf0uWM15DcL09mjuV2FzS6RoQVXiyo", "3.11.11", "+N8wi5GHUKRmv1hbFL79Q0nmnVE1uDCQJU5vLuZbG/E", "e3s5PFPINxUJCHpg2FjuJWe8Q5vaE8gVZGR/efOQUiQ", "OoFXfpsc3fPZF5bXwiZXqtzK2o94+54+ZM6NK7uVxzo", "oZXLL//+QaHEi0jaG45x7oT/3Xj0ID/z57IFTeDFj9I", "G0AYeDbHKZ1DylgiEggIGn2ba5429e8q52e7V0X6iP4", "/UlGpB/z5FAvTNxPKIBlrrRVomoQb4+lsb7T2eyyScA", "Q3ClOt7bEF5DCqRuwCfRhBz0mq5eoyuTCjd1qd9Ll4M", "Y/GmKCZ8R+P8PXuob0fHLLifVFENJNm1gZaVPXsOq2g", "tuCiYWCkqVPYlTR1FjaWaa1tMSWEHU9l162UWg3XmRU", "3lq+tpzVkqKz4GrpC74uZo0klZSxdlrjgZFzXIvtZFM", "aLxXQQgsVW2sFMwpobHoRQIEknKDbF5jhNlwKwt4/r0", "gzfpZ8s0xxhC4ILcd8tKyoW1lCwtFXDHUTioPQejB0Y", "0O/ujIEFGVKcf2H5/sHveaCZR+eBzRoq1jdxpvHHuTA", "YwU0JL/OZSghmCGVCFUHEJ/NIM/xY1bFSB618n4TfFU", "sHNu5oH4i/SHaHtSSMqfsV/l99WE99HtK8nJV4MAsJc", "PyK+E4axadvODlJDROjAKAGbyRbQm2Vs7cBzQSSX1kM", "tanQisKdOyoH5FiyOggpkJtIImAmmeKCmSTSpDZBr70", "SpQJ/tuVMS6rviKFyDb2iHQqDqTmzKt/DWjLDgy7L+Q", "V8cOBnAi+8/Xr6xSZgO6irRAO9Q5dIsmbEO9xwOsVPw", "iLJ2cE3rjjuWoHhja7XUWqK8MFmVHO2KKoCbgM/HaVc", "2+koHDG/Qe/l0lzj26jc+9V7e2KrcEPJrdX2riMDZH8", "bueKO5wlnk8H2GkiMV5GDvDSkY62gkvJqDAzoPRs7O8", "gUQWHv9vJ4tjCq/WmFGdhlmjfV6iKCpHY+cQ000pUnY", "zy1lK/6pBJYTIoZsNEsDNOh3tMfVY5v7C+zS6oAjkEs", "5HNGBTj2voJGZlGhHMIiS7byc2qGboPBiw7Zrjg6K1Q", "LHogLFDEEk04RrCzdF3QxY9ngX+eSfHzmPZL50l52sk", "Upi6iGT19SFTd4ljM/mQXlniRqUX/JeTUJTvT5Hn2GQ", "dpdUrL0gv+51OYV3zlHdw9lraVNnPQ3VhqG/xVHlHdQ", "28p07FiDJAhoA/qrA7JH7evId086e7NKunBFk8JzKxs", "p0MpM2b7bhDEChuplcsjrH/32+bMzzltfR2PXYeXNPI", "5rVLxefAksG/2AbaQxxVlOAmBeUM6CbzbBZxQfTGI5U", "7+gqIJiX6bZBf+AzlESCIpzo5rBUUeJ+ZDGjEMOzVp0", "SHAKPdXfsAoR3eVlD1otChLgAr3gn0k4aUxbZiLc/+Q", "QWgytGXXZ4Em9ou2RpPPFUr2VTW5tG7wxBozue6C1wo", "3.12.9", "CkZHt988jsoRBx1s6mihSksQK9b8avrjFOmFJRBlS30", "GkFL85Knr+CMdCUCqC7dQYk6EUTMvOsYTcXubunAacA", "A1T3Dn0+LQw2MI7cGBXFY9m64aMiGDD34iL2uwp+Gjo", "uxJ5ZGV/GjxZbvuzXXochzhmctm2hkGRYmYalmGMLlk", "XF3VI3cS8OXt+IuIbfAFiHpAjUU6aCm7ahbaO7HDp1U", "Naw3uX62dHqTjMlHD4xw5DpRqL3y1fxCE9C5Wb2g+PE", "CzKlQlYyHnatx6G8q8QxUKMS3hbxPdzMMq0L8wMzb1A", "13fvq3uzjEY6awBzX+g0bQXHFPeuZc8Sp0nxkWC1G5s", "thL98YCm2ODwpNHMSaJbLfgBJdRMr2D22+1KonYNabw", "giSJt2lLB6QeVKwi7cvGWtwg3A20w3+5FhE0u9WMwFk", "GCNN1hBFUVMNF2uvfwaug3Nv/EEAgn5tV30RtTyWqR4", "1McETqJDO7DwB3PXw15vpI2yN2cAdys6lLi7HdIn/r8", "q3KNTfMSY9xbRg9y3l3oeCujwBaMjBjfZiajh10COgM", "eFhJCTjYIbe3UB8dbx5MAnV7WwrJ53FobBdxH9RZVmU", "o2vGDDj+FG6Qji5x/CEmbIVYskqUByJrHYhyEoOUN+8", "ywobjjRpK0kFmseMDtpbXBNyYrpdm1iY3L6wPA5hFqM", "MntbCpGNlwdyjMKFD5KVd47UTvsX3fEfwDzNgi2F8m4", "7jOIOTFb3Yr1/JNflZXsog6+vdJQcmxYFrLQz5TR5mE", "aqlGDkYfVgMtDdhPgw5iBBvhDeJxqypP/mJynWTAt/U", "S4QwcFQCtxOsB+7oaWb831F6x1QIhJsnlsm0kNwO23c", "neqLsnVrXSIvUWWc14RN4zcywhEKmddRaaHIAZWoaSY", "ldh8f+0f7ZCYRbucxHsQqs48pRsRjK4kV+62uo3UBSk", "a5Uve8r6xayfDhmyX9Cgzs2tp/tbXCzt0UYKlLSifWQ", "qDK+Hv2suyquwGD15jYRpYuWbdJiBaJDo8XL4FhOoJY", "VxmD73gYmrh9gFDOaKV3orWDQnvJQxTEfraM0vAx2yA", "C5DxUn6dtTBzurxctKXu+LY3HNhNh1RXgVf8EC03Ibk", "CFo9RYgNXygNDkD5Pg8QZWee0y9sAyhXfJVmHhQf0eo", "fvM8luifSCI1ADW2+FnEd2GioWuSc70PPFzngZsemTI", "oBcn778SOHLXhSwjDa1BPPGdayShr9nA9wYfyFYOX40", "yUwpDBtw2Nc787JjP4TxyNjQC5nt0wpAOm/V36WDT78", "ssBInVSzrpR3RC9uxYccgr597UwssZwH+gwnrq4f1gk", "1O5M9NtbnmDLKjGfyQO1BViIZdH3Rv9jO2U7ZPBb/ls", "jJCteuSK+34Rs9kpfcLRQ7G5GH68Bf28lJMhCsmrlG8", "iV1XZWvv6mMgr/jnBtjb9HfQZLoAQ9Y2ZPnacBl38Vw", "3.13.2", "kALmIOQRPnQ5st4Ntf+bLckUzeT7ovEBNMzjpc3rrIE", "5akE7PtAYTiXc91lXTtWZUR8gMvylI/LHAfpJxbu2VU", "EGv08kOi0CoeOZWtBVG/Fb37M6v8GPhROOa43Q0ZI/w", "qFM0EOyHjNHMJOou1hsBvcaKreR/Ixzf2kkwiJ+Aaic", "4b+K2ot4sLXo62ea6eDR6/34E3CH2hCvQYBhS2RP/jM", "evVmI1RW/AVeWAYsEMNCvJYzf5IzFIRZjM72JSaxF4U", "YJnZFzzeoc6j39NLH53meQ8HQ4TX1YUhbIg0rF3/eRw", "uW2Ruc2s/jpLbUgxv0bKVmkPzkCGsBeacAqmbsBAlcY", "D7zMASflj7Xm+Z73ev4j/FlsRjkMaJ1X7ruHoXn658Y", "eLBtQzfXpSdOEKDl3wcJr2VmPgX1mPNyeBPIiMI/CRQ", "/2wpTSLxYz2ffKpHhQyjWPDlmwaSwhvQQUAZbY6417c", "WsWoQJUPWTBI4yct6R5tkf8rhHSM+TWDFW0+2dmDLKY", "zVKvamRJ+lbDunzWbM4MDE78GPxjrhFbrfOfrmfHH3k", "JFhMC8RylpNYzmhumQp8PvUcbOrVEQZ15oz1ExXU/p8", "7pCanQ+xY3Xr07PKAyL9nKwJBLME4orWhScDaFjjAek", "eNEUpDt+Eb2P7EEUn1qPZ63qLQhiUydfAQ8AH6njYU4", "1iE1kXANXuWus3UIxPZ8w9dRZ594liqr5vb1uiFwxx0", "HZSIYLXd7/Z6b+zoHMM1T5FEFhlo0hKBhtTho1YqTnY", "4+isOqBJ8Dr9StMzmCt7Ge5YBnFcOSnKkAkm+TGrcLI", "3rxnMpzrC+p8GToOnC47e8Cq7/J66zZvjdoLGzRtqyA", "39ep6YR5ppY/P/uBmWBUIhfY16h24lPnw7LZkaK7esg", "mjfkdjD7qUXx0vGg2PeH4LFWf/r8VTaNkyVjlxF3UpY", "0eYwR5c+Rzgq3pfULr9tC6fq6QOcUrSQYOH+GG5CsyI", "LsCsDvAHBVTxVmNEkYxqm3jBxQ/hf5xDfdi6QAzbb5Q", "vmq0GErqO948RG6XWgwqAx389kgVF9ecGE+ahDX/YXM", "TmLNccIyekGNpBCtOgumkLqbMyzG4wC+57ajedKM968", "xbcw6V7QOeaK6zVhOohp8GRbLXz95TORcStgMHwfPFA", "6Ivl6amjU/fjtHiEA290ypRtGufskvCf94/HBS15e+M", "IjkrtPCHmSOeCpPurqNiGkbputlDTHccmxO+tH4Pqx0", "OKwnDv7kCVyuTMXBKS65KYOajxXbsl419jSOX4WL+YE", "tb4CVI+7gHfOYMCvbRQ+Ub0Jcb62W/7obMHlAH2Tli0", "jbfMtVoIaTJdW03YOgQpZAEH+lpxs4jRL+BvAGuWVws", "C15Hbo7FIfCO85Cbl6xFK1JOgFcRvJsdDF5exzzyjck", "7V+MGN9gubpaFIzn6BYG9Fxkt/w5DUU9A55Lxl5EGUA", "yYycl35voFw4E71J81U5BNidYP7Sfi42Ro2nr6HW1eI", "DXPkNI2NS1FZBYYJ0jA3BRkEBbSF3QmtBdhw1+Dzbg8", "uGNeWeMUP9F/GaPf6MzCRu5lh8h9o1m9G8qzXu+7Xxk", "50IQPhQSeLkm1TCt2mH4ktxIPkIpv+DzH/TlmArcqLA", "yJmNuOTy43mLKaopWH05Gy0OMrgWIKJbWFDDWcp+2/U", "auj6RMsu30q0nP8YILU8QMEDScDznhG4zXbOfz5+He8", "KvG4hQxSgB+2GJ56F6UeDJPZ5G3e/MpyJHt2MpyX0Co", "wHQUTMgMKvMsQgt5qd8m6NtAUhJhmZDB+90wi9da/j8", "aCBXoOPf+yC6ud7mbJyQ8zK9uoZInQmgQYtDNZRR1ns", "OdbntK2Gf895lReRa9bkxgpcBgXAsoaWWuIpVPunoRo", "UM8frH8wKj6bk+w62V80HFnv4m51oEaBffDc/y1Dhgo", "GupQYmFMA2kEtVwcwvtLUAt/b3pMrMJj9IiIidNV7vg", "fTGSeO69dijOfoaVHbpolOuS7HmPzPkDtEnfaCXxO/Q", "xRtIRf2lQh4EQGfBERkvZFI0CB1wQxP3Tud/oBOhhuo", "GiORWtzpXjV8p684BJ0aPtG/HvXoFLSowJj8KGX6VkY", "lo2GCpEn3tNhpfHo67ZPdQuEMU89ZZlbDMI6hV4+VIQ", "fBvFz5V8kBvrOdbIfj+enKIi7/Q/F5o4xewAQZMmP3c", "MHQqx+JfxzHquTRGNgfhfkt1Re4x0sFZY20dvyCBcXI", "Jgrm4KJX4Qrt4UTJk+KdPf/QzKlrfRPsNfRyKyD8wAg", "5YFLM7M15j4fKd9YHWzCuXH5ejFiCeDqB0rcnRkbc58", "eslQWxrK5ShAzU0ZU58BYs/RbympG/dqG4M5as1lkAc", "rfZpXPGyBgeOWI9hQsC1J3K0Rbxc9FzeQ6PhHosClqc", "yK3YChuxNn9FHwvjOSDsQApVyqG/7JrNMuuwn9XqOhU", "/+p+WOzt4LLSO7lTj/LOmGcIlTYSMFYbDNNxOldKCRw", "fDRTcugFyNW2HYmmdjTubig3V9u8/sjKBprx8h9Sjzc", "G0In1AXKKNpuiaC7dg8aPCORypDNNmBz1WnPdBR3ZBg", "3.9.21", "jR8CRa1Oj0BR/Q5UtDinSZNdxpfB8QBpeB+z0s841nA", "kqbC6zrCo4xdgRKsryFjpCSA7io3gVC7JDD+zWCmBUM", "13UgxT0Qio8tAkf02pD5M5FulkRCyV86jUKb6m2HRng", "/+WZjoDrzw9Jp7ydjKRzl2vgqOCDKQbbgIBAs7l8EEw", "u+jmDOHRugaTAbdew+d2tT+CU3zuVGLmUOtjvUlg9VA", "pVR21Kfe8kxfbOG4MCZoyXWj5FGYVJ3oa0+++uHSuHM", "2uX3k2YYZVEDLPS3LkUvJyffXv9z4DxgFlacDIzAnt0", "hiKyC5xdZ6T2ORfdOfXmaB+AJXnwkpXDYjnHd7xiGEM", "wc8H04zxq6eFYJiZ26erbkb90u+BQcsdBnkXtfGwOKQ", "q2Kqx5GtMWgDSDE0i51o70vVQuGcp+4fphVOeY9Kj6E", "J8K8Ihj9X7yN/Hsyk/RDGMoyILH9RRq/c9IHnRrcY+w", "guSrIBJOzmmEBKgeL/RVG/69uOmEYdQcVZyMOgyQQXk", "Esnypi1sh5G3KbojVkixroV3MmFR8OkBjm7CeO1WVfo", "9c70hQ1Hof+G/tDQNdRxEgvyA+Kx0gJqJVG67qOYnwM", "g35Qc0kE66T1o4XGbDGyHYgFguunkSs+o9ceYOVvWmA", "Jd8r9uPggAaZmvnIwN3v+ZqC8Er9khdM62Ip6DaA2Qs", "lMiZFLLelPtXZKtML8l6IkLpOqHWh/QOl9I0viOTnf8", "dJ9waYUXCYGulfkiextBKuissz2EVc8030J7ULDt2II", "jgqR5nO/GNKNns1SzhzZ5DUsY4d+Vzka7Kbxzg5NbjI", "IdBmIR/es6zF+F4sNH2kPJcQSIv+0cYpeHP4vo5fN9E", "9KpaW7GOfHPO+g9sP9lqjVktWMJHhc2OTg8Od6hXGjM", "A+WLI6MeU2AP5GTz8AJhIG+2/2LFCZlMTPJF3pL/TVo", "M+yCtbGDNaxa7I67cApaEoG96Ryy189ShmTlLa34xUs", "LDzljFtIMIanMARc7nXVrl/8aj/ecf8uA2VpyJ4H7J4", "zPhUh1hEAGUBCUC+KIwZRna9+MnunepQfRmtJ016orc", "qfu3z9jD7nU91tlbkwqbIhKtpfPdFUt5+SjkcvRb9GU", "NnlG4um0dHVhbtn3s17fo2xHxghUghTXMl6FxGJQIQc", "cq4Zpof4JWLpNSt/8iHqFq6K8S76lnoa//EJB7FKUsI", "bPpGBo1jbQcaISexbT/SoECMwbnHZso5dwkbHMdZohQ", "GG5oMCMnH89NWxm8A6gU7JTXEUhd9XnWe1+Pcjt/HnE", "pk1C5bCS4b+ktewq0KmpTQWF1Bd1+qGIEWhSz3wHl4o", "3XHzz8hkKyUkXOr4FZ5GTbzdl0UOnfxKwRA2R6ZuI4k", "sXk0FrfFxfPt8wCGKhHB+ZjwlCvyeHx1XlaNtUM3eXY", "irDr9IP0BelYI0A4Ee5kz8j5tMcT+UCiU+VelK5IhB4", "3.14.0a5", "20250311", "5y8HyGgEFVCNPEQkVoCJhScwKaYBnCMBZU/22n3br04", "k6B2abZmr3LsJRyj/KgDzhRk4zgR2k00dOLch+FZd0s", "ne9p5aN1ZvIQ3sP0wzJtJyoBLv6GcZMaDC2aJ997yrM", "B76XrzlG+qSiLC4065Z9RAL3gLcniL+oefpIg+xc5+E", "PawyUfGtzVHrKdG4iqzLM8QaPHCF+bKEEMO268aX7gs", "T0CtLrnMSV7pE6EfprUaUHhY/oKsqfi8MzOTbXBAN0U", "WTCT9s6xEwuAv2GzHK+JdkLrxzr2CA+3ZRAjRgN4cQo", "qmStfvXMiKI+pcrWd7hgWq6PMdpfYT9HAInAySqxL6o", "5Y55dfnXVEtxwY73K6sA4fYTiOCpodrrW7zY5lG1xzg", "vVmEWmt7c60HTvNLWAMrjB4yG73l/JoY+wy1CfgLwDM", "pu1pnDaEqFv28QlKfzrYYWHVBWZ+iL+BCUPQ1hA80fc", "4fq0+GD6nJUz8F18rkMUY9dDUK3N0hleh30xqjcNr3Q", "Vfq9M5q9NU4Ebt3LMtVKVhx0PZpUSEuOywKqiqCeScE", "otkgs7QqSON50SFP1La6Yza0yoA0YVWETklCPoEhFxE", "leIPgbvbdfkRse/AS68MnFwci3muu8Kg/+IoABpKDrk", "5h5YorAO5K3vTlhq/Vb2Z8kSjYB7g9XEjavQyDYcM8U", "tKkjM+f22cm2Qu9CHaOjh0/ZkGnoibtoK2v+cGdRhbI", "uACzKcbMdB70vtmwmsVd4XVTlCd8ZqTE7ao4TcmXTw4", "UvC5ewqCXtx4WnYuY1u9Ihq/X7pOSiUAzT4Ys8JVUhw", "dFyoISUdR1gQPr6WFB2QSJoK1JudpIlaEBx+BKeXM8c", "Ooy4aTR1FDGkKfw0XrleeRAH11zAa+TwkZ0NrjY0St8", "0sE9fmJVvBy1bg138zaggCC5X7gz17F2U1sqYMXNa3k", "dQNIsWAR+DKzRTbnJe2UOJlsc6crUCjE2amqEpUdBg8", "9bavhX7uiwNyxB5xpyDcR/TMwP3b9qFxLoUVWYDdi1o", "bqgmexCx+R+Cd1pyMXLslX+Ug3VIU4DlL3Bher+7WTo", "myDTL0mjbZ0ojXTYbOXpOC8RrDV95cWME4myf/E0ss4", "FzcjwMpLi6B/nEbPf8uZ/YL8oEEfwd9dPskPYZzgqnw", "DUFREuvFOUmtEvehMZNTYFve/i/Xh3M6Sp1OzCDiUKw", "l/tiuTctBeU+rWEHddDo2v9k/Ub6yrcs4djkhcSwAeo", "I/++RROy4C5hADw4SG7By3lS/iZFuKPhcobZu9ZxUxw", "84eO+TZlp1i2R8vhFXbMwsGxGNCTj1uGTV0kybFiBao", "10Drzeb9cr097Lp7yKKki55JtOKm4MX/lgp+3KG9ajo", "1vEeJgzyjdfty3NWdH26WfYavT/OWZWXidryazAupOU", "LXaCWrh6oXxFLbQrCWV6OSHqO8FAzUiOhFL4cNSzZ9Y", "AJnvYeWrGlSp1AFWIu0BUJfxkt0QkzPaDT+YNyK4vpE", "a0Jr3U01utfq8ACSyuIg0KXJl2gvyTfvy6HuhkOijwk", "tL47zKwpjOwD73gFmZmcjah4oxh5naXg/E6V9SO9NSc", "zUZFyqBCd/FYlbVsxEzPfjTI1XagePnY9xWrBGH6K+w", "6OmwITMtXDeaiEOrW2grU7IJ1zlWBRaMSlegwwdtHAc", "tAx8E+o0EOGVtGq9qP2vKjJKD/0FWyTZSj48qL3YX+g", "qV98D7cSa8HQV8M4nIWxGytHnLUXDThwFWzSPnWltww", "ugmyDDMlklSg8Qg02l1Rhd2tRsdT1OyZqDBPk11X1Rk", "9TpmnNPRN2InvVBhN6iIHgbn4DUaGySWVieTxhJf56g", "M2CsYErctjf02yXdW4HDBlUHcM+FdYh42ZCKVC5A5Aw", "pxGgEAKXpClJ4ieVEhOHaDqfiGsYxEPIAkak7XrfM30", "lc8ljmZt5qGDVq4oszscMplN4vwUf+UuB5IEAYRFI5c", "xcJI+5fdf7ewj8/Ciu6sBKWCO/T6anb//N44bhO7Uz8", "i0irMmpA3awEtAeE1m+mntULYzRLyZczBMuddFDVKkY", "9dRUK0aJYzsmPNfpubh/2/EuqW8t/5eKtWL9+iK5QiM", "63Ldzcoo7CJ6s7gXnplXdQAszF/e0u+z+l9xeiaYX5w", "KBOBJaDwlx7uZgrxoz4GrjAQnwl+/9LeBQtZQs/NicY", "bIG0cJw0kj62Qv15Br/mNR+BoflDgWjXfcF2sJC/nyE", "3.14.0a4", "20250205", "obRbYolZ4Fe7rSKWeysZS0UYUdaorCwCSCUwWzKScMA", "ommA0k4nCAAiuDWQ3Qca6/OmlrjEIh6or0ZW453JM/I", "IQjGrc8qPNXhnOAE6LAfs6ZM4iLA+U5U7fHx6HhBTS0", "qRAL/cLGBsrp7roO46MTtfx/DJEI61WmccBZMdAfwCw", "qXOp9di2+2WWbtI8CP3XQbF5cBZXc7c4eE/VJ8sn37w", "biwNZ+Qx5tkENrVcXVldxidhg62km4yAinAneBCsl5A", "urVIHPLLNgELYGmzIHI0uiHu1NsqXaw2GUtSuFDwRQ4", "iQgFhGhllLvwLBfT+5w1sxdET5lgBa1AAAzk5lLOpY8", "tAdlWEKHJNHXmtf4ExFopSVesoD+ZEnubgPvufMiXug", "M7OkhU0QvOm2FwPTCJYDZ9yeEaZbjnMZi4j3uLTbT3M", "rqmWh66CMsM7BYahv0dHeJmR1ANl00Teo9Qq4rzcfK8", "0DGS9UrOyoaazlmMRKj6hTX4WL1+hH8joWQ1Xzd3KhQ", "44M38Co3/xPLy3yAxuqExOvQSWEFwDb36TU3R/CYfNM", "6Sx5aufdxcDs6obRSZwShyDn8VzCMvM/lrYLDQZ6ptI", "pQKJjWxDio8t0oBNqiS+JI/sZrh4fclojnDtLIe3ULU", "qZGK74d8t3n/BlpWXK7Fvu/8Chstuv2bGeTRTJBOwpA", "mVrpX7XKiux9ynaZmnVWAiTR77ULrP9BqzgAhFLmHrY", "3cc3w9ogZv3r+Un0H/CCrv69SNE8YvKb/hV/26EMUkY", "1WDIXc8PZbK1jPHt2ZcKHqBbe7EU+0OJEpVLSzIx1jc", "L1oCQVINdJJSTU86sXLg89AFZY17huYx410hzQH+ShY", "qlyoR8yJLuGpjw/tZzDtW5RLuIqx3/FiYyZCXGRBVFU", "/tQuMxs7IgKjVq436GO4zKUTJwclihVHLGhW5A3abeQ", "kkh/Djqz9lKiG3X1UexrLmQWbR62T6pWd0qjqqf0UG4", "gGHqtNDRjTJ3iq4gtEN8wom3WiAR5si/rRMFAfD7Pow", "RYgMi/1vf5z1i4DDN/6u/yqazDWLAhDx1zvdT5zjyXw", "3xBVfo8vBcgUM3AU0+BnRppnsrObAn1lPw/2dRWq2tQ", "LLss1Ik4lL4ys2P6rwfp/KvxckRonnTArjGTG4rfJfI", "LVBXgFVINO2j8LvdvkQ5D+trjnVU+HSRoxakYkhJDqA", "YTE3rjgQnA8BjJ/jbLr+tyB/Hwk5q3hLkkbQLTgdpqw", "HmeY+9lumGwbyiwUDxpg64Eo6bVnCEqaGiLlQi37ufc", "MQdfghe3qNyWnPi68BEihvcD3L9EkLJ0fx4V2UAJAy8", "MNGKoANvYe9cP4WKjFWN7hlE7yeGNjkjrDcu54yET24", "AMbO9WbT+tl8a28MN75diRWwzrMOoKrNV4V8W8eE9HY", "OTxfJlqLc5oYU4zg/zafy9YogCft4X37bGNmPd0+SJE", "TbDJgBWsSWF4r95LczH1aky3SsU0njCNsWx2AgGgmxE", "o8WYg4rH/OkCmT5dL0DPQvcimjCMjMfaN4vjB41gllY", "Q/hGpLeUVBemVP8gDVn5drsS+zVXsKj9jE0kfrj6crA", "Vc1VUWG9EDMuE0X9Yg4bOQbPEdsvgLt9RKgIop/irow", "9/BRUq1U//BkkzT8GWs9XgmJYKe81CTvmxiDR6IyGas", "7Y0FYIBzHbRBi7UVcwGuTO6OWNYM8KXh/pZw8uN02M0", "3RWrk2UZWn6fbiIcaeSBK3dDNyptxfYabU89cT6welU", "/mmXGamL18QkhLQCjPnuXiJXeG/zfw0cYJXXt/2u+cQ", "Z0nw6QC4/rqzH6l0TCINUqfWcEOO5+YG5jEy6K+izOk", "mHWESblWLBI8x1Q3HlmNRRxqKwUtFzTPGTnbKFbVnhE", "cyROXQx0zEvbTGmCQ4AgL/w4oxuqhKXidH49Rfx0Jf4", "lLf1lqYDgpOgkSu511d6PWuLb09jEfge1fuqN7Hj08Q", "Xe2FGbgiFKzfPRt3PleMpmjzzI2C0dqsHWCtOCsdVZ4", "819QZzCUy7qrY96qQWz9kE1r5rvQBsB9hUbz3Y9Fe8E", "Fd5wsBKgvqv6vID6M0BwNesLndXiGmKpbg3G/2meWmw", "8FEpmPI/LOz55Y8jCu2/R90R1G3Y84SKSgB+QP1oVAs", "VHDBtn/BWCRcI7juTRGiTG/g8cHGaHjiRYyUCrX86vo", "E9uuWIC6sSvIZYMLtrws4WVh19s/A/2Gwae59t2kY14", "3.12.8", "20250115", "37ikyHEWU4cXEF7z3sNmiuB1kKW1UyEJ/sPMrZC+L7w", "n11KcbkVehYM+KjpMVhARVO1iN3UqU5sVHU8JrA/7l4", "MA6AmM/DBbMpolgSivodY2bO0DnxbHDsk6tP8Y+GyP8", "3EpvhIudTlX5V3mTbJozPPq2wOyDEIWT8KhNFTv0U1A", "tGISiXZvDfBUzfp3DsqEpVMRxP+mAYtj7XXdVttBjl4", "cuz578kMccPYFNNG90MGyjBZ8D2HiZ9uU5QVS61bZI0", "YFqd5O0Y6WCyoEtrqSA40Ow9DjaF7h9AJApf++tnmzo", "RlfJ/S218urCjs3+bGV9mDm7BjwU7u5HHA2Q0IC2qt8", "kAD2W7F/4a++0aB8xgP//RR0s2LagNmk+SbKSdKOOiQ", "UJo+9hgTaWga0MNbn63SJXAoi8JJDu+3y2cauizPvdY", "QbWQLt7vk8sla2I4m9qBdBUC9+Cu5OLpTC5gudLfN/s", "NKWhYZq6FlROyNbyJb5ZszPWUPWJg+7KJRk3ItyQFv0", "kYeBignGa11OZQIwjVGVIiu51fKtzXn55MQ+6kM2rfA", "ik6edI7u565xBIoQilWpusSPi+353/QTp8h3RPBAjvE", "uaeSrpm2I6hPZPc79yOyqV+1syDm/FY4u8ADgf7Lz6Q", "0OZxtAKGvxoKfS7hp9OVWYcXlNi6cpRryGG+MRXIZ8E", "+NjrzTBgRs2iEbEgKzQ2XD+980S+T67K18Ga7gSqJ2A", "AC0sRKaC14TzOTGdkFcuvPdOpX0tTuB2AEnAJumEgao", "HpHFYKt6of9gNG7L7r9y8o4+8Jn0deBQnHbJWnAiXAo", "qVoexg1scsjR5ikVKQB1pg18GKQ9PtFeRJqygE9Hdpg", "P5ogW8Q0oqgJPkhDhBrup4tvF1W6DyfukcWOmivuCeA", "55SqIFU4J3aj5i8rn+vy5p6coNAPVJ5qwqGC24slWqQ", "lPNfTQFjPHCEeRZvoXJyjvQpcKlQc5lzdlxJQ+C/SZM", "goy4sUJKrQVH4fLuQ3q62t6W65bBU3gfpv5G5HoQfmM", "BmsuIdPRPUsEVHA4fHkJF1FWrapWWZ+vDLk4kQbSeno", "rbCbnB3ejH2DoLMDKSbMtI99VbUJRUNj2dlkNmpXVWc", "3.13.1", "ZQ8dMkJmfGSVk5EQVSVGng/hUCpqq59ds7C/7+fcur0", "JuDVMgv/fRQVMeCYSfBzXGNLujEAPtawibm/Q0MSp3M", "hSuQnPd/hIFNZv6aNzRHxXNx7b6IpTF4HgKiFjJHVyo", "jl+k1TFomskaOqxnQOeDiun3+5D0be0EaehAD0ozmvc", "bnsa4Ye69k+urKmA/3fT2Ed9vwXrXqqNPwxJvaV5phA", "MFi8LkP+Ik0zCv84+gf7wiRQzsNVbzBgjbUDN8l8mMI", "SJBGa18pvjnP414FvmkYPk+/gTqz/QJTWaivjhDyJgg", "viP0Kl4n6T6YdrahbEq50wVsl0/O8xrWl0qoSp7/n94", "kF29cYwk+tVr4kRUwmoV9MeswWLQ9+HIwZeRzvqhTzw", "1rn5aG1T1droan3CxD+QWtJGTnHcMxfJwDDGmk0GXbU", "d3xy8N46FVsTM/uPS7BrA1xR4Fw+XM8imtXb4nczijA", "VoF6qXbkiGvsFndpnBNssBwc3+BJUQTA2O9UZUGGS7s", "qPYJ7UOCH3Qe8e+itVXwCFTfozwxTp/fsGuDwOZtf/8", "jM2YrkpPNqchlexAY8dJ8X45pfeSP6ZydX/GnpGJJXI", "DlAZJMKM+SPL9IfChD4Phr71GTfrc/LIeT/+8iNuSX8", "mauV7hJXcdoxUN2KNycvoQjDZVyRGJxHbBPuRMzXRp8", "e+HNK71MLgvpTJuknL1DWxRZGcPx5a5/ktN552BEUMk", "MqGA+1cB/XEhHn7EnvcUDVaQj45UP49mubg4HtzoZ9w", "mdBHu+Unnsbsq6/P+HpZ9PmD1+k20WxCypqETTR7ZB0", "pfn/4UcrOcfYeM1w7ypFT8uIgBhs+TJUm3DK0at2laE", "JNyVaJ7Yfv4A51by/RQMz2EeJ/3LcbpOBdkXgQECRPg", "uIJkJTc9w+lrUY6lnvIdjHTRtfGHvHWtXeiTDWbN8rQ", "NQBIMrywkeLrrCUtRtmnx5HA6oIT5Onf9ylIBkfjErE", "1dHg2RyimF4jiUVBLd3/Tbfety3tr2PrXUJuP/lBg2s", "bTP56DJ5GsP4Tikjmox4B4bw7e1DrhKVNwh6W11AVJw", "Te4mdwqdhdjt5PrPV+Na3aR4i5CyYeOYq0RqrX/n4H0", "cw4jrG3HVTIix2MXcqPPL/ykRv+gA98wgoHnXCW27DI", "avAyC238nnmE5QbW1Gd+vYZKq0A3nWTywMPCEpLhiyI", "rFJFGibHCV9D2Qp2AzfCqH9pgZR2mS2ZL+hnFSQI9G4", "7b6cOtQ+qWnZpDxUuxT7F0VvGk6y/d60l7f9cw0RZmw", "pbI8Js8esi+FDTaQPW2yl19Obs4hhGw8JC4Rz4bTc1E", "k/9fTW6YJP2j4HCK8U592CDVKhqbaB2yCZSFU6kRKF4", "CI4XQvJqLU4B5xGJV2EPv83G4BkpFRzGYkw4PkD0/fQ", "XbVfC4rnvFplY82fMIoidp3jLwQ7RMC+oog4546mywc", "iLfuSZQSF9HH1ubUzRKF/sb76au1yVZJn2qtdQiebaM", "DYzajN70v3D58DjKuLCRZpp25XxJ67PBYwh408jX9DA", "L19I2HOxcjH9Of+iZCjzhUMh59Nxu29m2Wsnu2jP/80", "HBzWS+Ym5j9ercbvb0CmEnQcsdQZ9wqA08YomOvMINA", "y03y002N1Ceqechli9q+TCCLElFoWAGpstcaJnrPB/Q", "OcZ15ojV7gR+bOJz4YPQ69v70kTkyQCr05bVp4In0HM", "Iioii/AGAwfNx3YN+Pb7ijKCI0zoAi46++TPFv8GUtU", "Vl31jH/b/BfReOomZMU73mdFtfv/Z8kR97kGiScaDuA", "jeVp7MgOpabw/Gd9TYcf48VrRv9OOd3kFpyWc6h87z0", "cWkdS2wFVugnNKbayF0XasOAAkdV7AEy2cUc+XkPkwo", "tBPBN0bXnfbA5yUjWuVAYTp7ry4YiEw3+SIuR7SmUp8", "JPuXkOHyAor63aIQkacM2praiPu7WiswTaTo+6Jj6+0", "QHwAEy5MjvvQSRW07TcWGQS44UFwdPDOchIHGFhI5pI", "mcRFhDx+Q1JOzcwgPOoted5Ztk3c4o+h+QBJblSGYtQ", "vewvTd8fITtw/C1AvoOqa1if3phIEHrKTKGSPmXYAqo", "cvy/cEMlzjqJ5cMYa0CllvVp2+EQRDtvZ8aeE3A7OZU", "3+xBGEhLVksniln1He8W0e8JOOkuK6sALFiXGN0v+IU", "6ldH/+WZ33EN/cJIG47Tj/3qYFFQYunPxlYxPWhfMLg", "3.14.0a3", "20250106", "TUdKEtUsMW8LaHkPwfjXR8xmXz2aTUTI9nV7jkru1Jc", "9dpU3eyIZhE8soCeHewOwPRhehSbIZRdp7jI9cyrjl4", "J5bGVzpTWciMuMiy2qVhxzd614dvL+RZg/uXex0Q4gg", "3m12iJV2/ftjpvDfPfZRvtTJWGpsTDUqPV3C0gKDfYM", "gg+ImiXgzupCdCs0lup//d8yOmHbSpfDcSVUslRlDek", "5FlbNcXQBAUnuf4yrlOjrSI+yTHM1XnQ1d1iNer4E3g", "CmMrdJN1bqBX8AN6B5S7O8qjKBb9V93p3WED3dwAmfg", "eu2F3DIZG2YBq/8+VfGTN5Xfl/raCYITDRhvYSt0VAc", "0QZjNExL0RV0Sv2lRhYFOgBbUVZayfOD/4wrwJeyDCo", "CRupzx/kgQ/F+/VRPVvsS/8lW767pGBeo4Jfj0u5DR0", "8UPUiJTpyGWlIJgvKKV18ThiO1yhTKCC8SYXHMukZpY", "ZJHo+FpB9Kupt7IwsDCd8SRhA8FK3koSa1blRo6FBLY", "u41wt5JZxIIlEfsJDOAqdHAxb+B5ygRighwHIVfcuXY", "DivndyALPIHd8ICAQmOVmsOSKFEUPFtj0BBeJyE05d0", "BW5hYyyvthiwR56m9+v1Qfgx/ItIRqThuJ5aO2HtwnA", "TzGeOJl+He0oHsuwB6hzUDmrpnpfd4dm504gAjptzFc", "gD5W1VOQsD9VkSCx6G7uXoDKiGSboDsaKmST8ZxYalY", "4UNdEAZ+kn9cW2S0NTm5votm1iBaM61Ef2yC7cj9jHw", "AO8V4tuxywO2Mhyuqsg1kH2CpPShrBTJaNaBLF4plPM", "WL5Nc8w3KzN7xMkNWmtxV850GFRZKMBj9YIslFctsqw", "pyywEWplEcIN5jUKH8ZkuW+PWvS9wQq9qnIIUmpyn60", "fVIiTX9DotnVmgvB+EOetfEsGCvDl6I3DTMawG6tgfw", "gaUA62c4WgPn2nrdjaw0pS3LfKORsqT6pJP368i07ng", "NqOT+NUdVl5gqzRxxnwd0CncD5v7abwKiQ3GCldkwN8", "KvLiTQvAdgwOW6KjJQxalGJKMFnSNNK8kiq7WQTKGjU", "U3B4WEO0zr1NOiLXTYydJhecsxrUONyxczKSL1/JmIk", "dXLg7xz4veEmyIo3LwFa9dEGz1B+TyRhN5r1qnS0gGw", "tyex881CTp/tcmhxIjxkzKMG6aMHTaP+WIrsLdGPeKY", "neOo3eC0Ox1pNpuNZPm4F0vuGpeel1+2ntENEYdbrFQ", "O5u4E4cPJZxzo0APjeIRw98D01RNgrR6l4W7FBdBB+4", "L5Twxd8z4n1eP45Ty5anjPXyRTlh6klrW3K7Qa6FXMM", "up5RGwIN9+BLX3i7E9fLwHduS920EQH+JvS/2veyzWo", "9PFRI3tOtsaype00d29mIb+E+I6Rlf5f5KRKREa7K6g", "QS7lDeiKhDhOK2KTYv2wVRM8Y2INwNTyrgNiPFPQmoI", "R0uBASyRZoErMP+2IOBWt0boomPXJrGq7k4S96pxRnk", "4+vylnk4LTFD1NUzq+tjz3eSC8P2FwhVei/Ev2e8j+0", "SK2edf6msKdlIvsYMt+U7Ak5CYBQobnXy83QpJ7Cquc", "/9mETEHlK2jCEFHgj9/+X4H0IiNqIAN85Wbo5+gA9tI", "M0+E8nZLX7M0eQS+IzJkP87TkX2HgcACjPZh1r9nmY8", "sc3ELh/s0mHuyFswNNTSTHujPUuUy/cj4mLGWbL9R2s", "nCjtB3yk4qMCTA+Xb11mY2z1nQDSMkZRpKlMQGf2N4M", "HHvfumy2NXliYB2qdUhgSFD7CJs3oT80gm02s/WkhaI", "xIaGGne1lk9kC9d2Ki0DZdealSkcA7H06dkPp/i/7nE", "wq1vX4V2SrDs/CYrDMsgmuqdo5Y7s6xTFk8savEZVa0", "3.10.15", "20241016", "+nm9kJv+tif/5mqLAjFTSV7OZZ5eOy/1YmhTUCTbhRw", "DZUvojQnlFI+p77ualjnnmIEXQ8BgxTOKC6fLxQn7iw", "YAi0LfeaDIpO/jqojCrqFHERaqZogajtFfBNZkOMt/U", "ONqoHgy9wZnWkkHDWFXdBXCfgkZITP5muEZm4SOrt98", "ryiqsX3Yl9FK4ElVsZvjCA+6pneKJRlD0mi8WXrDlCc", "S4YZa5KLUe86DVGqFpAjbj2kVh40JU4pKcD803s3oAI", "+6xX9nyopoTwRC/3PFEe/Bd4UMSPUI8jUhqBbq40118", "qF80gcgRehG1qk/aCm6xdLVOl7EizI+Dz3c6h2dReFs", "82t60k6tVkRVk3/4hBo+wWoZTZ64QR7QRwoPvWJ8aD4", "fWFimL/9Lk/9DnKrN4by5Ll1nc1ZqM96wA90qGQtVTc", "JfuOI807grdIB1oE/RjzGDzHMWwR1vWetLAyaEOJJgA", "l20VYKAvK5IWaPr8dhlsH/G7JMyqdu1VZ1Ofttqwqlo", "RalSJcZZ+bmI9ETZhd80cUDsxxwCl8aFf+v170QNaJo", "s/OJpYbeS+XR42qoId3S5lFQjPvwUs+c752ZHuX4nQI", "J9KyAynuDYuk15dNUtobR4ZutrdEq5Nt1IVuxL8GZJs", "Da4FHQlX9BAOjDe5HyGFlx1OnwMpYt+5DM1EdkmQyTY", "2+fDYXQjn/mZxHR4nn2Z/5bQv4jfM6BzYEVkVILjOk0", "JSP7XXy+Y5uyEZcbkDcb7n+CcwR5QQzN7RHCoJO8P9g", "KnVoZFIXlP/5dthAkTuL5HhsxBLd8f30YW8+OcNCmXE", "v3CQknpfBf39bgaqaZPtFQsBq2OXVQ2XQ3v6pC3szXs", "X5MSFeEzaM4F7SCDfjrZnNQlVk2VszsStP0eUhbEKOQ", "YW1gwRIUm00+4xf/wHLOsEsWPt+jUCTUNczMvXybf0c", "gCQLPE5JPXijVG8vUnWtvsog97Lak9m4EehhtOmSK5s", "gX+hbxor2jQ1z5l0MEn9B0Sue/HdtSkTGJtwK7dECN0", "3.11.10", "paIkE4pSas7P0XIQlT12ooSHlop2cgSQLivegJuw51k", "V1tJp6pk6XsG3mBbfpRwM78jELW8X5rtuYWdR0UDPZE", "nRJGBP/epPuquxCzQ8Wja2NqPnuU38HMzUUx8z/Orl4", "3rCJpawPvZrS49yEPZABnq11seyJX9V6WryhkLqGy3c", "NlXabxzN6CP8A/eQvr//EGgl4rXsS3M74iUVAnXNYyE", "zBbPCxoaph9OkNOMyq0LZQhc6mnS3MLGKB751ObMzdg", "6AF+O5FvjHuPvfK9X8GMbrfOI5ffJA++6oSwXUx6N6Q", "ZK78BCNS5r0QxPYA8ZYq99/sRYY4X3I8IYtjadPyEaI", "zpQnDACOl4CjvlIxIjoDQuZ2uuBMswt1VLBJao+nt5k", "Vu1q7tR5UjW09DScTAv07oH90ArYVOrtzM1cQziNdUU", "A/FeGeJFJkG2N1tZuglP9s8vwRgxXSSmymPOYOTUpuA", "CltCNRdyLphorEpjiT8k8k25vWfoZ55uRINDxYKdLnc", "6ncOurxiD/RvHQ+QXHdKm4qlg0Yg6JYXrV4B+Q02s+4", "G1MzP0YOVKPkfR3GNhyLLmvboESSoz3GdzPwmcl5Wk8", "jbQ/o7JUEh8OIA5KNTgmdQeO9xH0pV3nEex094uAalI", "51Lj3Zs6OqXlihmLF+YKhUnzeemyVz37Y5gZlY08hG0", "3zS1kWJzivmBoGf97FBy8mM0JOtJYAz6x6FhL44fpZQ", "hj2vnJGt9/wRjVQix3lUERWFnt7Dpd7G3To0MXPS4Cg", "0jI7TjtOKGK76ZXbsT+W5m+d7IrcWPTNQMbn+GX/OvA", "+uEgFP5E8+rjNj75v2sO3yFPgtzNxzroICAiUXMJNng", "kjnSvdE5ycRh30TeWeER4uoAxUo0d10Knffn8mfbpHU", "ueb2PW85eNZx+CFP68eel54pbgHKG+UVUsTIE4ZmyHU", "/JIhmtGI5X1nEWwVwLHy0ku+2rutDB2zMjY12pCeM+k", "pR7GeOhihtoaxKDX74Xu8uiJAYYx8EY+a4cbGjWRrWU", "3.12.7", "ld05fjrvTMGEaGfPIL5wS9107dFuqAMsrwHkjwxT1l0", "hIQFuSvaIPrR+bupkjTH0/EeCzHkb4mDXRyz1zXpMqo", "yPXtcO48Gdpy0Rf3swatxsoeryavy+HMG+V9HhjfGEw", "1zy4QooQXQEUHe4M7sRFMoq3DgOeMc2MXB19Im+2evw", "BLMIcnLSu435juxf6BtmYFKQfykjgcvszhe+xA/dMMU", "kiqiH7nqzdHAomztTconJVlUU65bki1Ws5690jiBdf0", "jpLWWyRbVy+m9SDUKKmAep2jZCjHN5oR1BrkKOae2SE", "IFOVhB5ufL0z1QS3isgXkjZIMZEYZkFtp6NNm0oG19E", "rR0r/MxwBmEq+T4dv2dg7eWwcUgUHQygWn1gXqZmpV8", "FywKuKwBigtEpH8Dp6eM1YO9weYM1c+/fQWyacXXP1w", "Ok1Tp7o5FsDB81y75XBo4lcbE4OJ8pz1w1Nn/sj0xhc", "19fIl/EfEoCNP9mgzkjk3hk2nfSp7pOQpK2uMCkC4zM", "+orDCKfNF3TVma2aKfHjdPvcEUU7EqjFDMSv21xL/Ro", "r4oJMPeYwQo5HZE3oIbxAchjz4yffnzp0q1zE9oo/Y0", "U2Zm8cnkrWYgDL3fiMoqJwB1CLpuRoXhdD+VMOaAuqE", "DcsDauUgW2KYyY3w6+goEZSmm1sz4GL2g5WYdcmllq4", "Vs9VIFZkKmcBiCgoBbaGWH0xB+sSqc/7qERFJ/2pyJU", "2NVw2fdcS2xefKk96n6/hUc/rTVrDcSj4PjUmeGdNZ0", "dZsh1hdcwQxWvM7P1px5uiVEm3jAqxGiUYzoBjqb63Q", "+o0oU+MC/Jl2LQHweoqZM8OVG1QEJGpmfJ2O7iZhZho", "DwibVmM8kHV71wJ+olSPAk3Rh6CMFwLYvXb/nFB3I7Q", "5IxFJkxbLQUYiRIFe+ZQavwvKrBbuxYpQeRZxK26UPc", "J7MywnaMrvk6abyVXwTmNw+0036+fbNwJfX93+OJL9U", "/MZ4vbISwvM9Z7neHK7Xou1kOdJx3ooedl3aTT16Y4s", "3.13.0", "6U+vusB9pSyWXLan/8Uc53m9JTzZivgBNHqseRuWSZ8", "QGZkaBvUSvNXVq0I9TBPHsVwcLt2+uj/NX/xd/IpsiQ", "BuYzFkywEzaFos4Ur4jfDbyupLCyxdM0jWuBOTMHSBo", "Gxjw6sTDV47MpS/ziCdlRscBzqIkECNXFhlcUq19A0Q", "viu8uYXs8S63oWwYBDorC4VR2Oh5nEmg12a1Qd1GX0c", "r+AUIA/qdQWmdlj9gucMy0mYLe7nUoCYSeeBuUG5Qew", "tXgsAnqIArGWVulh9zGTzwYLEk/QUt/xm7bSG55R7RQ", "XBDAsFxmvG/JqH9FasFgYFf+GGXMUl637NmlZA8VQmo", "qecF9xTMvnIboOKbgObypfCWDDkkWVneWMgHb9MVFeA", "Nr1hlw3B06cDTyZFqhS0e2qhZpgZ+3gDZQtaeRmv3b8", "tedNHhZAK2M8bwRRlhgjH8Dbrn0vnksawXwpTMPT0HY", "1VOO0qJHIgUW1MFOhFLyxJMYsp+LUkyQih7ULkBb2Mw", "yBNCh0lnJ5IqXEeJa08rFiPjqrkcu3wcpkVC23WT8/E", "3S9DRAQrXQfhWBURD/TYCDu9SaEznptEhF2B7z+7XGY", "KZvBwj+tlMhhp+hL62pZ5fwuYcP5F6CoW0n5ZeWbZZQ", "FqGGeLK1JOGDBQ5xnK2vTyB1cvlAvJ1qkxEKEb6ugMM", "X6W2vynBSbOjUww9wafiiwA47R8eqeiebhRGubD1eK8", "7vDiV0VquPUrEIXeTrustGAsK8nS+HiNrmIYrRqb+Jw", "0cp5o14BiXRBPOyhQ84IG2//iwreLOtVeGfqZE+did8", "S1PZSNyMdH7WX5LPfYmsWpDLTG5GIlEk1+pGuPJ1WX4", "rxwzb0gnrYb0vq1ScUW8ma/FwRAK+n8aH6VVC6sG0rE", "uHHvU0i5WBePNZ1wFYAa5uFJHWpOI+bsKh9SMY7qhQU", "Hs9thAo1DO0EsiYPc7p7SSQs96CD1ldHajstp6TU4cM", "y5YQniXIXiAqFKpgNKCbtHTkpSN6K0bnMjAMk+D0Q8w", "78LnHA4FvFvtt6hG4F8o3SZJGxdE3tNe2C+LScz6aEs", "Lgff6mL+IhVzhVGhech9vtHMedGzZU9NdVmImm1c5Os", "WbUN+YJkddJLt+/3gfo5SRErXpySrbKelqCc3xIW1b0", "yvwPEFA+bsCmLaknOqu3sdXD82GegKCPkHZmXrfiSwA", "Y2/lAV/++qVYjby2LAJr/XHhTj+/rJKvC5adn4jvxKU", "EhfvpfTOZ/zJ9+tkFlsb0JErKiG8JcGn4ssXSiGl334", "bD4eTxnSsBi2Wn4+9M1CJcW5rfvEkCGGKEZuY21cS4w", "bdcltYZuGT0gG01jYb8DsqlU7ri2d4jYdcpJkXdvhS8", "/RapV5AgOJEWPbdytoGFIu6IeFftrhoc1oYOWOr48wU", "cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-freethreaded+lto-full.tar.zst", "itf9jddMrSydWiaa1YWIXvK0FGimkYBPHdZuHOyChss", "pzre2jAa2EPM4F8xotPnYiK2VphFNae4dpaiSgmLIWw", "d5SwIJr0a2NHqrlF8czDskrdChez9vt3QUR7xE0Qv0o", "v9ifms+GZGO8S68Bcz2l52fRP10BEhdaT1e6kfFUExA", "UnNe8PNAum/8dVqydRCduXZC+6D7E0N+dBmmAxVUU9w", "zpVi6D/kbIeXzk7hXuqGYzPHFaha7xMMJ96BXW04bY0", "Oy9T9UTRy4FSC9RURraPfVG1vWXmoqFCJFD9lHLBjmw", "MWz2qUYVCsa0KhxD8Yl3lmaCudFTxYkfcX+6kvDL4G8", "C5LeD5X7MEmRdJ5ae+tnePlh+/DOUFfMbjTWdUsKATc", "KtzwfW3qOoN0fiTNcHIaFf0rEKMeeDFL1ngtOZKxZw0", "O0XSvmisZt3i1srlUVaAaETzNwY/R1WHyfoCPuokRg0", "bFiSeTvIFXkTGRAjHd7KfsUmtq9Wyv2fDTXWPpZTvww", "OTI7i9I7uL/imJEIpb8Gdhz6AkooYr6SfC4quSUblvU", "jNNRtaaoa73+AOeFmxiHFa55EE39w0Jw5ZpKb5WeQmM", "/2fXGaMveh2+JnGyZCWRXS5kWo2i+TI/GP7NT4DKESU", "3.9.20", "Qem7LUXhoEZ+U02vxmkbPTwref2aVkVi9MDEHrND0wo", "RA9OvGUecH7STV3GjTsLIZfn+zabt3aFsbU52/MKseU", "N0LJ1lY1J6ADsSrGicB+aWWRH/if2cu9PBese/sDfUo", "M/iahLFwu+2WbzAouE9cObPG4w1hVYUQfWnJ7Z/klWQ", "c+zdcxi0TIjMWHfQOREQZ3I1EOkihS/SB6wFsDoRhjw", "VW3T6AumRN+4ylqKaGgfJDcX2O9KUX5Iaknh9tpGJ4w", "nrIpbGhIRgK/midlnKkfbAc8ixyXwnkbsbAZGqi55Fo", "FGG1Nk0HpW8YeTkOrsclQv4N1I+jac5FB8VVZ3v+B+o", "DiyT9hlx4L2m5nmiEcHhrgdPQ9IRMyi4MEsuOMd8WjI", "aTo/EpqGxIwXazXbgergv1T67Ik/6DhuxRFgcGOMRxI", "RNnQFvmCDznlu1QnglV9RodradI9CiBOsvNnc52mI+A", "TTMfWQMeAshX9K+8/JM948aMj7R86RkQMUfXYKDXFl8", "zjd5Blq4JDM+jW0KPQVdQHPNzJpuYKviSSkCM2n5FRI", "Q4GjpFaK83MAYmW60PcYLWFi49R1HZWGPAeR9T+ptRg", "VncGF2IgCMZqRcdfSPnB5mqjpQUudyglUE7F00OcU+0", "p4IuKj+nFPTqIZC2zBmrW5GXYSr31PSeFY05hkxFmsg", "HENu5E26Qc0U4bXdq5CmOvnQ4EXbg44W1Sva+RlIJKo", "+zx3T5lnvc01p+vSj1yVtzekDhKYW6+c4q4iB+cU4zI", "gGO649EPaHwFUcwBdnMJMRZK7d04FSHSzqiXfvMVRGg", "NxLTxgdPU2xu552w0p2DypkGWgVNTiLfuJO2POPrKOo", "dr7o3eRc1ZmH0JGYmNfc0M/uF9h2wA6PNZNEUrY2BP8", "XtJlqpfTDEn4cQE//8y0kZtcz4g0+ZulyUR3XMgp9nI", "4IS4nD/COFvMMJghITW5P1hBppDBUAx3r8htN+OJnm0", "Jc0cnpIJDwIhKmSfqdXF3smEKRfqEfpQTGa9AuA9PRU", "3.13.0rc3", "20241002", "aF73GILxbqurC8g4CUcnl4Nw8K2Vwp9/XCRP+jExaus", "D1+fz4IJPEKLgMVSFlVEQ59K3NvlEp7Pch1hnlMum14", "FBTGs3836P2dFOSNgeMT65yWXLAzB0fV0taJ3X4McEM", "Eb7+r0dowuu7JY9bB/lLdwDxZCT4WNbSwlC0NOmc4Hw", "txgNXqX9ovOX0E4ubhGip+DXMlQr9UxISvuB0IenuSc", "WaKoGZHXi9ZYdC1ptXeitMBzRijtQr/2hhVobq+W8qs", "J2kYLliw3d7BUiK/7svUsS/eYcOPI6kKqUJRTzVF+5s", "rkd9s1zOw5ehnJ1hJxRVrfSRerNZk9vKyujRJokPaxI", "KlBc2k19Yt7BgpoG+lAutRSjGCwZOy8qr5wIvMsUPcA", "jBQk8lAUGbiFYJUUl98JXILoVq+bj4F/lr7t602Lwy0", "RFFWxh4cwWf3uHd60IzDblWY4SzSfgdFP25twPYuQh4", "hzkFs+Xoy6cAEm6NbtKK067w3RAvcw+MoZYBhHfdLaY", "tZMXgo74jxOO4SLUILYPJwW8cq6Eb/aVYueebFy8MXc", "IIXoMw+cycvfCqJ9JuJv+wfB+Gf2TImP51TEU/5OJ4c", "lZ2MAd+ccRC3lhKQrmj1syGmsuut8D5Qi9Y6Ap97lX4", "hMpG3LUFdFM3O6jXEp2ZmHaRlMgRDIGsl6mewRYKv0E", "okFtpf21Mx2EsXntBHJFtjecBNHFfjyFg/2oSjHdWXk", "Wa9VsS1Z9f3CNrpArrsQX8RAw27/rc+nGZNissoJ0KU", "PCgIN1hpB55HkjNokDUBkT8yxl3+cf5Dyeu838EwCdk", "Zg4x7xp7Q1gzLvQZ5jnQmgJaDiIoVeENk+6ISn+o8V4", "IHldK66LJt5VVJBzU/pLwCLgkSt3KAMpj0tWedzuxx4", "CPNl7BqkQmZKnpiYjttiYOQLRzk1k1RpTG8e4ytYu7k", "cWwb9fMprJadCzTTMWncEV5Mi2X8m6ZPGx0mNeUPNqY", "kqgPOJGahS7c/2j9SJFSpAjkPGXme4AMAoAcxY8jm5U", "3.8.20", "MLpEr2Tlmb3nMHkIOTN0vc2Z4YW/mzyd4/aX8/vmv48", "N1tu6tbIUsq788z9Q9xPbdTDY4G/dMmnkQrLg5/VxX8", "daGH6/q4EJbj89kdcME0nmTe+9+w6KBny1Iz0BdlXjE", "o6dQlFRZEtTpQTZzRBs/DS5YzpsmRHf5EIABSIAczxE", "2CkQWq9TocrfhzjgQMYhG8m+8sbkdXuXKVTw8yLVfn0", "7C9yPc+/CVgVeKcWwFzGeCOkPXcRHm3Z4NFVfMxty/M", "MXNFpWJFRI4oO7JCK8QxSEngKORYHQCz0IsW37moatA", "HADLSoGwfAj9/P47+o6H7jr9ROL3Xi8ov71FnZ92DlA", "6eIkTusNhJklxj4He45lnlCve4+qfHeL6kkBKjVs2bU", "MRwlkoD7U4RNKB8sKi9Nc0P8UgYop5z/SI7n4EWEN1E", "3.12.6", "20240909", "BBm6+kREpaoMVUGXvOBnnnzA8o7cfujPvgzOqGC9uQQ", "sQ0Z61VIo7Owpeb5EJg01+z8E5vBV1T4GpTTnqpb3SY", "ItEZrH338L3f1N/QdbzE6yUy7T3wvboFeRBoNdSe+c0", "GQwj6zuca5Y49p3H+4Kd+JZ61kyC6CyTiYpNh40Y7So", "MaBDxA4du1KEBP9uH8rSVjjVTfqy03nDmJ1H7CTmk4s", "+0k3S1ErDp8s0qcgs4NvigQijXPrB4bmQiHrVZee3G4", "ib4ZZm7LfNu/1ZbkYtaQp4o4Dx/lwpZ7JaF3mwzskzk", "POnrXZdNwhCcPiw5hvSIPsVAOzR5JZ6ngUdaMZ+aZ4c", "jcwhzUXAmyc8yhfEsUTCbBqeNz7shx1UDMB2KrnILBI", "3ruomF3zikkuj8S3uNImFWf1bq5xaqdjC4NlI2JcapY", "sIBGPk8MRS5ZLNrBypeTamoZuz2aZNpmmlDKhD/OAQg", "2HJ15hNjKrc4Uo/iCpSnGT6CTpG6fx54Ref8/B8RSQA", "/piYBg9SwhccKqB09HD5Ezm9z5iW2uZwkCHJFPWKqGM", "0h8a4UhHQ0CUrpdzl8VW2jjuizzeqJyHTXyU+/5/E5o", "GLpClH4+SjGg15J40eKfHuYOUE48QSBTyo5C6GTiFpQ", "3d3YoURnVKdaY3w19h3zPiuZ6meUVZcdyrszb/77d9s", "Gkc2BjKScBtO0I8vPGiGR8RwLlOB0dHCCJcPm61opFc", "0cmSTpDbh4Jr/U/8UYnsiYOWL5XQn7ec29f3W7TYjao", "7bEXc+q2qRzZQH8fi/cFUjNFPPSMScswCtyoUEjY6Ic", "0hQm1DVrtbBSVGXpzDnCfbp8OecRKFXqLPkKGUwr30I", "EVoV8TQSI/+BogplRw9BBJp68zWkAp6bg+hGeXmPtVA", "ZDge6fsjSTRODi4GrxFBMPnMuOWF/ywlUBqgJkhRvbY", "T+IWjH5ZX4O7K/k6hHYt6E7zRBquueuHINrs2qtJgsU", "EQqLqVlDr2swGYx/klu2VdQldwSr4otM/dw3T/NnMS4", "3.13.0rc2", "nhf5/MMUpd1IkImnUCpSXE3Qivhi+c8ztSFhp1Lypbc", "lxZorH8xaO/E0rWJ6dNiR6uMqflSXFbIqnv9N0BgEFs", "2ZpmPTufh5KmWeNmNy5oVVAEXK0SrvEWRcBqm27c0HE", "TKfyrqq/jbshk/D6hvhpUlpcIJ60A6Oac/TPcEDPNhM", "DbLSY727OvHo3AZ3+kSlzamSupiVUTRsy7/VCoYTXD0", "cAczM/fT8LkAxymWWf7Aabvv1eBICLNynSQ0siMqxyk", "UKIIDjDRUE525UceRoMPC0l0xmtTjtjsffQWl1Ez/4k", "5g/BdvrWNrvSh+kvnplUuLENFkmE6Y9R5Nw9RzFPqKU", "vzSAPowFzbTu5d9bBRzd7Rcyl1yZERahr4I6KxXkm+M", "+42H4hvQy4O/u1Ml8tsXA2VyapysWN1bVS+9CEZxt4U", "GJOiGHCdNmS3orgPVZi18lwMP+K8yNChx17sa7uT1gI", "dZ9gCyemoO8mOMsC6LvMbecm3RyJZ1n3jaPkEvbJkuk", "yIMgV1HHFL0FGVkmc6iPFgpV00NEzBNoNTrTSmeeuUo", "FyAyr6Do0eWEYO9fB8jeU7++Hpxbs7Yp7X9hp8Bvpak", "YF1jkpqGppilIqTQVpxBb7VOFs0qsazXnu/MNP+JeKs", "dwBfTejqtZ1TI79MgjZTD0d7JYW5L/5rUzod4V3z+bI", "UBEN0KOeZjOU0KB1d1NxTvuFPuGm+/lpu0u+FZ9qP4M", "iowtNxq3/i0dn1FxetUYIRCMYH9+p5k/lpIGZq/FGsE", "0eVvLFR3Xt1R75M80oOPaSxX4k5DxL0aGxHIYFaiTvQ", "Zeo1qWvObQl+u78ZrUhPAQGytC/Mo6tRgQnD6jrvuVI", "3P0Bb5D0zXqMCc1i5O0+gJMB3b/KHRfZez3KPUDE5yk", "GLmvwCTlQLQLZW351Yr5zsnAVKbIg2k9FeWODkk17Qg", "vQIb0xdpq+xCoHz3fMSTfcg6BxO1A4Jp5i4mjw6WOdE", "hZW+Qup/pD/+ZnYccTrUtg5icNyhdxSR1U6NZVa7YXs", "3.10.14", "20240814", "98qb/7zkM8jURe3TOlQkxAVVPXNe/uZaL8XYu7HI4Tc", "RAT0TsacBwjU2I6Y85wsH+O9Ri3GqVi2Cq9jAoVQxIU", "D/5kx3ys2n46/LDYuiccWcoKMN/aIY2jmlc7QSu0r9c", "RRRJ8YpJ5s7s+cH3D0ruDRVS7/EDw9spExkSUjgYLJ0", "fyFbhd94xWiEcyn66yxQB8MBdB2cTM672TWjopYxl7U", "i4P92Vy4ZPjr+hod1+cAuwRrgoO/0KOqBPH/JZ6v+Z4", "/xxPAQscb1Y8cfow9oKTFoU24O1l99Rwp+jHMlLQhlM", "MnBJuuuDGfCjGhTSj85WCK9UbCf7CZlPVuPA4X77SMM", "lNe/RyVRSUx1oSJZWzD3mLN4Wz/M4xnhpm97c1g5nBU", "XwsJO4PV2tMjRjJp0s1TUW5R7w9ellABrIlHRQw/yRc", "FZxFa7SjgCuvvOBl/1S5ndsWQiUA11wTFVc+47Zzrxc", "qEdC8TWE/Tn09LDZpYZWIaPIjK2Rsx8X9BQYZxkGM2Q", "Ya0avKymOe7LW9CxKawDFdefe5DPCsqOn7hcnnJpwms", "GbZ1GEd+25UWJ7E+c5JPx4Z/+Rt3QnhiPLxYU4tbNAc", "0iZKkntXZVwk+DZrZ0UocVtcxku3B+ADVXfJCwDNTno", "pdrZZAzkrwCR40dmHv/GQ4VzCXy4Xavm964HMmb1wmE", "xqHFd/ELxsk45+ZMiy9gkU9Bk9j2AqO4mzmPSgbWdK8", "EO01wXOn5sSC0dys5b4qWnqMk369khaQIOn0AUVlUfA", "hdORRnm3wLXMMX7kiI6dRYpa/Jhark2VxpjQ+/eiscU", "kTRoDUxEiKI8h2GI8GaARiXmQEHum9Dk5XotUZ9XXq4", "VIDtGcF6CH3rPmO1EhfsX7aimdUxUnIcwVLxF13Rtj4", "wJoXo0QcTIKFb3L6rSt242JkWAv0EEMFti+tqQPBqbU", "8bDTkFxxkhOYnpbAbncJLbhsnhIIEf/jEEclcwJMN+M", "BgvNAeW6nL0/W42pjBZIAyCxn6n2fPns+UoMILoI224", "3.11.9", "xOL3d0QhvLOBJFlF4TJBm1KTmd+kpWBZrNoUk3Ufo3c", "yGgPkBN+NrVLNjEnHM3+XeNj59Vj2N+HxT4RuVagDgQ", "NkzwmVJP/5LDG4/1rj97MrD6bPHTgMbjfPVhQNCN/Ic", "5k088DPIBOnBSq9K50ZjLAGJRwYJiyCsvwDfS9KNCw4", "djCDjHYC5qalbEEmPWqAiiogBKfqOHcP/Ex6rzThaa4", "I4dHnRcSflsIf1grrJSPhZwlxLOMZPVY4KOZr3qKAiU", "MMcQU+k2BHG381DxVi/05C65GtLKYbORKVtd6osrnv0", "b1edmy7GNbfMTrmDcZrotO40JI8gVJOcw7GyO0TGXGA", "1u63FDiWFPqVT0nl7EMj8Y7MvHAMUWUhwSl4YDZCJs8", "kiR/M4uhMun/bksN/8Lqz6tpWFUrA1TmI/UBbF6Duv0", "2qSHx+cwBcRCasOTJzEXzw4txKubLu2jZuBM0A7qAMk", "CRyZohD09AGjBSMfPyGO49VxRli406rDRNNO/HFt/4U", "isVKjXEe8NSbYqLDUhwtBAPxsiHcnYTF+F/kiQPoJSM", "Ne2YJrXlXqj7C68QqunbJ/FPtYE/fH1C5KYdTcCCcf4", "dwxmgFsfpiYBTniN+BFnoX2oAq/Yj8yq1K59rvEOVaU", "EfH5PM3DmcPQKVk8oUe6RXUAziTCy9ffIED0Q1LJA5o", "L+HJ325evWumdIIHymZeMIfTWqPMrKpo+3N15VxNKec", "4w6wydUOf+Iy4fEDkUcBNseBKnNAE0jb3GBBjNAzT74", "KnMC+oD/JtuZ2K/jgkqrlhSH7JNicp4VwUIbvfkRX3k", "CRYfN77ZdCtulCYuBHpmast9Q6XU5nn8h9fQpYyS7HA", "oJzZ41FrOxoeZUt2jxA3t4eNJ4NqgeSEFRuwu2HKfMU", "6Xan0D35Cu8HwqqvyoV3u0a5+UjVgCBLw9GSS0sRKtE", "nTkRI2B3chyAzXCsbD4Sv7HzdANSLYKseXWB2it57f0", "H7rmK8MDUS1AJLtpyrJnZqWo0SOGqnntA7X9j0wIx3s", "3.12.5", "kHFc2rB15aJoCs8mlVctFltiab210ZQqtXdJFHiupV8", "San3rUHWLg7OnmZMpa6V8CLnto7vSOim8RYg7JJHxoY", "BuUSF4y1E2WKAcBUs+r8ZJyjYsy+sCpq6KVbAsG6dco", "elhN6cKCT0PXp7HCbrYaGK93Dr1gOnS0XVdgG6YrpQg", "qZkrMNez7LVYzRL96Rnj4oNvFh+Pd3r+oxFA1f/2Ni4", "O+oIH05vpn5gCmp5G8/rsokVMe3iwh4j4bcyGzNpxzc", "K26jpSQt6ZV0GR7kLfhkdW7KbXyx29TNerKFC6i4KPg", "wAZNzZfloJtf+VKfxlz2/XqKIPcacFD1hOyqDMjDPy0", "ZBTxxLDvtcHy6zCSbHBRnQH0ax8Nl9QH/lPjYIZaSiM", "1+gvz3LsX67fur8QhMpV+FCXGlWbpUNQ3jEmY1cPR4I", "EGgLWTteMYMyGP2DEE3udK+XCjRjQDoiuuYTuVKjTo0", "sQCdRrhzMMCZ0CQRyl6eMz8TMFxavb4ggQp8RnztsFE", "brA5h5Xoh1V1k0zyHNycfHrN20b5pS+R/a1QlyPy8Ok", "zQ9MCxqRxC+GqgWuq8xvqXQ5P88lMF0Woyn61vBE/XM", "oy6b+Wzlz8i/4XOmzUbRHtzHrxqGgwWUBu75KHAQ/90", "Zro6TuLSGWzi0FJ1qiwSwcxEgFMNrfVNZ1ToXLEfo9o", "ZhegA/8oBSP2hi7C3PfpAOmZ1FIeS5Njx8MiRfsS3xI", "2Nm7sh791rT79eAE1X5/rXcu0SY2FaayV5gD6fIonfo", "iV0tuKIHRXjIbOP1SZeHkjGIv1WRgLXL2EAbrgYKP14", "4Ki/5lNCHmh+1WvMQmmz5lOQUpxhWBGTJSzmicEvEos", "ONMKMRi1HTUCr2w1WCoyH62F9JqTQ33fbnK008W8vVs", "JfpnJaqtXLvlGtc4vTWFe9iGo0onjprA9/NJ7x2tuCw", "gQuftJeGJXYvsPQzrZYXevkW2OuOKM1HvfXgjOTVSdc", "WAyqELHGYUCdNWI9ILK1b2yPTCYxIrDoIoo82qSCyL4", "3.8.19", "ahXuK1B67U1bFf0bZvxXCqSRg/FapsQS7M0GVEbxfY4", "GiQmOwOcEXK9QtdKVpRJLz49vk0+UqHnzChW/ufb7ko", "ICIRkjhQMD9SEUbuGDFkKq81f/7q2+E6CpGIQxcidSg", "DxV527AcmK96Ev70yaqKmdRbkTk/ZEMfXecS+JK8XAs", "c78BNTMLlsSMp5zNbS8yh6dGZXOl/Bti2YK82x1fCrM", "idI4sSXNdUa30MvX9ISkONLC8jnBXJs47DxisfNDpso", "6Yw2vzEsekjxlW/HpZnIDyLpfKQNujabf5UDz6IApQw", "enFga/MrBAcCl6LqGNMadDudcUVxDIlgqNOHegrLZfg", "1MCAC5aEI2FFMQxu2kUFuijO46PxDosikppAazK19Pw", "C9TcRrRR1AwE/zKeyzDmqes3WXPZRXQh56+qqoZhT3Q", "3.9.19", "RRWC+KaowV7zWjJ6/Nv40Dseu6cZLpDYUNCS2skfkcY", "669DNtDL/0RmyZTVvKqSo4yR0GaU0M1nXsZjJZ1fN8c", "I9CPfwvxUcLqVLLJwUO8cQ+vFm/3QiWw+Wf6seLXoVE", "zruHnUeHTz+UOkM0qPzYuqPNfvS+jK5rTIrpgNmBoo0", "wy0yJ8RJGTSRcsJ7NSdbrTefFnn3KfvU8zZiWQMXGho", "PMYEQtVpTbGr4qDG5zRZ67bnun/HsKmG82mdRjqPlVc", "tB+DQxFTLunc92ytPN7aKF0OKD3iGCzphww3xAlwzdM", "HYF5veTbPmz/rEX1xqEF40KlCoVLMWsmdgwXujK7Fko", "ZsHfljlOQ4Jv9e1/mArZMkGvHj7CEs6StI7+oYPouds", "cJj6jg2samidUonnYbhfcTtgfEdr+xwdoTs/hu3OhGE", "O31XS2u/gwN4mh0muWqB3MqQc4FEHOFYGMeE4Y0dspk", "HHjG3XY+bVg8PD+RdUS8REbQ6fvituIGBC+oAf+fuas", "Qm2k0x5mW3fazxXNiUlKmV7WNKm5cyS775zzb82kyKk", "x1PpkuHMIxzgd+mUtbqbPsPTVEUHOEfKZu38DLhMmws", "u+kaq88yKBpmxteGVxOD+6Wr9AM85HQnVQKjMDJYqb4", "QMxHaWez2hL98rAlGVTDdTnYriNZ+eVJE+/xeNZmtic", "moYe9prn7EuYvFYS00ELhzv+cGe5PZdWahJbcaM7ddo", "eY2EVctc4enfjogLF/WFKFNiAYS0nDyTEK6cf8LQVHA", "gY3Y0+Y3IvrPj7krPB/9p339CpjiqCeJUv+kHgWw1dE", "3Xm+8ZdDdNzb4xLx9sts1v+qlZcblOATke24EluYDZA", "MK7B1FARH8YYlz01oXgx536QA83Xc5XliR4wSt6HTNE", "WVB8UDaqyhnVPw43DZfozHdaPniU24IaumTFCQ8Jig0", "jUqRukrwCeDD8UrF26spACZ0cVy+Qx4xm0ENVu0rI9g", "npOBQKjs00MEWgwMrXcWXbi7CyTMaAEvYoyTeuh0ghY", "3.12.4", "20240726", "72lI6Db1Mb16WP++YCgD/xyDxl+Z0doZvjaeph8TbJM", "nWjL3RLR1vmNNcx2rdIywS23XGt/SXM7/8iOexwCWnk", "bJzxNkTtxyUFJasbJSm6HA//VsDFpcIkLYS21IidK+o", "WiPtjq+Uj+SNfAXb+1jqhjjc0sSIDYUZ4GkoGrQny8s", "QoF2TmkzmhOOMCEbmSPXQDbQfHpWxqrMbb2ygCpXX1E", "Nag1nx3BenpwAH2uECpeFWLAcVpyE3ft6SE3sqApJAY", "sv0BWrNongJN5vuzSklCrNtUwhhNGWPiKCmq+h2Buiw", "eY5WLraLjYJcJcdHuZlQRrcAxbr76PflWPQaPYpXzrc", "aB1lxZ9IxLG/4p8IyoelBiDJrvMI4n6hH74u+M4aN2Q", "UH/OhnbSOvEvl7H2bvqHY2DRn76JZ1FjoMfF1jF2PIQ", "ygdq7kMp9T+Yg0brBSGtKiz39yO2KWCI0DuY2PIvVCA", "/w+rJPOMIhMORbkLfsENxM6Wd7VF2fuRCactL/urewI", "bde0YH+KJfD19o50X0xXKxogw7v6hqzPpFtSq5Oxjs4", "iP9BNo2sYd5Pt2qyfblmyNeaMw64RtT1e15jyi3h0Gg", "2mueNID5hcv1Lrc7PTJmXFlWqKeO8aEkuF5L7IWOxEo", "NdfvH09ISa2Sum4pxGI1ufWilRdYvsH5/OxBM3RNjAI", "VBMF954+AH9jE/r25KlV7UfAhwTd2yFr9sgQww6OyFM", "8RD12z0v+dtVkNd/SvZVIC1XC52d/42Kr79n3qiLnb8", "NC6dPDb42k5X+wZWQffmrpivEQ+93GQbiNaTDNGJWUM", "+N8Lfr0ok+hF+7648TPjF7SSI/wSiCP2dDy/16UL/A0", "VEnTGtITyxnrTnJPfPS40W5bcChZOqytC/2nIhie9Kc", "93L57zaaaQospbL/d0msv04xE0G8/TamUdz2LPVHzLc", "WtQB26LTlX0+XUrPPUMWvsiK1EvsnXKTbQTcJ64+wXc", "VDJLNs97aK8926vR7EgmkaI78Fmn9GqMs/NhX1/V2G0", "cpython-{v}+{b}-aarch64-apple-darwin-install_only.tar.gz", "3.12.3", "20240415", "zMQOWvMp7yr4E1DbKoi71sF7VmdugtYgSMFdVIQBUZ4", "cpython-{v}+{b}-x86_64-apple-darwin-install_only.tar.gz", "w3oi/Kj1fURx43CN5tEwl2aMXxYAZ/JkuysY9STIkMg", "cpython-{v}+{b}-aarch64-unknown-linux-gnu-install_only.tar.gz", "7IEm3peUXmKcyprtyAopxK4pksnWnyZV4nrnOQa6GH0", "cpython-{v}+{b}-armv7-unknown-linux-gnueabi-install_only.tar.gz", "9pPdIraTYcFwdhV4ieuPHOGl6mcMAx+uRngkga2JKmQ", "cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-install_only.tar.gz", "Y1CAgnvtRhbcJxVFZ3g3IDCY5bVecZXYA+Hcp9ok/Aw", "cpython-{v}+{b}-ppc64le-unknown-linux-gnu-install_only.tar.gz", "xdzwi4B35hfZSb2iMCfElxL1gxILPtdE+bFD2h1YBXI", "cpython-{v}+{b}-s390x-unknown-linux-gnu-install_only.tar.gz", "hy/DITY7jN2Cb9LLGt/RzrgTvBKB+dQQwcLE4Xfo34Y", "cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-install_only.tar.gz", "ubkfSG4qUrbMOSEBJFcF1qtd1q1KTis0krrsjkuWUIs", "cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-install_only.tar.gz", "7beGvxWpKnxA/FrOI3ZzbXP/NWRYt8JNoM1Ajza5Rb8", "cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-install_only.tar.gz", "eQ5w5WWz78Xx0UKU98wIPR+yqkwVB01Ufo5rudKttwo", "cpython-{v}+{b}-x86_64-unknown-linux-gnu-install_only.tar.gz", "pzund7XVXKie3vcJ5rhSHj89QolYHxdMhpmt+2CNCdY", "cpython-{v}+{b}-i686-pc-windows-msvc-install_only.tar.gz", "vXI60aoFVRYncVpChmAlDw502w8UIbA/OZI1dyBX71U", "cpython-{v}+{b}-x86_64-pc-windows-msvc-install_only.tar.gz", "98+krQcv60V4yK/KW6mlStWR1mWkQd0NY6o2btvhknk", "oS59b5r1reSAX7Wz/Nw0ge8QqrQjmJjuUqpupcjb2PY", "iotlyTWOEOce0WEcSk4WsYXQnLevpSH+SPgBnU0B0V4", "JNqvIBI6xLK4ZXwayCJ9OR0uV2nYEje2juZ0Vp0wetA", "1NdtHf0tHjRKuCXSmRiH+jFwIARHCpfSBcMrnlVBiSo", "lqejcluujMCTPqqv/pnGpxIYtlk8KK8EKp+ow0/HItM", "mD8FbLgzalQ2TC7sPTOAjddPlT+CtyDGpzrZQ2Q7SSA", "oAnFGxeFGeYLa3hIsOqR86kgB8ob3wouiya4t6E4zcA", "TnwRGj7jbjrfmblN4LGrlFqFazPWfqNuZsmF6pOsvak", "x10jnr/Li1Z2GEVB7POhZXeyND6I9SlxWSilxvSGAbA", "3dc2O9ND8fnThFX+NX1mkdgF6Pj7aqHih+D2+SVtHes", "3tks0DSzPflTxJDTND7xh6wGXR/NeOjO6JS+GXxfl34", "3.10.13", "20240224", "X9wPaltakP08Uo6LHajjqskx6oaQEmwv20JUyEo/8Eo", "Y3jf0i9Yu1U92wK+KDBNc5zXMMH5XBXHSVXJI6G8PWo", "qJiohwVhGzcil7uP5NI8wWuGA85fJElMOoz6Zdg3h/k", "wjcG4TigNR/B6d7yl0r3uCBrrH7Lu5inj1qp51Nf7kI", "Cb6Pss37tKk9VV8mjyRNvk2P8YVLJljoBDqk7Aiu3j4", "7kPnCLbEwf+1sXtBxRMFZy468v1oaWDk4CSob5acGh4", "Mltwjcy6CERmWBN1F2MMGp/jhRl4DVFqdgWX55qdjWk", "wc3ANMSDeUpHklcbRDGPdgh2m1stEWY1cj5L1wK16mk", "2ZXQMspwKv0vw6aJwfhKbGSXLs2Cu6dqYdUl8I6w4ZU", "cpython-{v}+{b}-i686-pc-windows-msvc-shared-install_only.tar.gz", "U2W5D5y6cYbRLdhlFuzotpbbcxESjgtJySI04Bp0WZ8", "cpython-{v}+{b}-x86_64-pc-windows-msvc-shared-install_only.tar.gz", "CG9/6RVriXu0ASc9uDWQFxBBaKw29g869OMax6zWY04", "3HzH7bCqu5oKyBvQB+3yu70H2PIMtF/moQ4j5vYgVds", "wUjzqWa1bQelgWTJnfMci7v2POj1a0rd+xBxSE2k+O4", "BqUwQFBOHi/csy3A1hsSO+p2cltcFAMcj2Tij1KuWl8", "yrTIdWRF0dGYfHyU07zzI2hORPuQcDKdgofUw44VVxE", "/kaRRUESYpfHqGNoRcLnGIho6qYXu24pOHH8pKXLY/c", "N1+kiAlSoeeMCVcEy1C7AB04yTwxctDFVMF1GrQTgyk", "UT2bzcy+5JUcLUlFNVeCIAYVQ6fBriApgHZmQVKRAKs", "e6+QpkNCGYnuWSssSEjxxOUVwjAgZzBMGy1OVNQoJpc", "QbIOnYf1fSf2CGhbcUpX7qgcngeapkfVmDfsZllTZiY", "3.11.8", "OJpRE59avgcaDXAJHKXfPno9/Py+PgumrYX7TFY4Qh4", "CX9Geww2cGv+wT8Zmi6vkk5mj3DG4r0fE2aAaWL36G4", "OJuQBft43VpvaN9epFq3sw2aSzIir5aZnpT9INStDGo", "6ysx+OUDCarkk8ajWcMrcjpnbwfGQfXo/ktqpNu1CUY", "hE9k9MFuJJZXeCgdph0eDmzRNYpYHfFmLagUse7Qlrk", "5PcNy0CswjQtYxA4CKGfcoocHcng+tU0QGHaqrA6TOU", "UrPiSwjlPlCYVhoTph4o0kEjEzH9kD3LKh5BYfN1PcE", "42PMBBpEZL1yl3HW0iPz7BPB522s3twgetH2+3d7y3E", "lOE9DlrUFwNbgFgPPok6cuCUsJANXWTn40qwjpVDmYc", "dQOZUfj5TXMEvBe2dK8WaLnh6m1sm6HaKOkMCtgDDjw", "thjx8Ec0l3DuHvEdGwWJmECr1TiEuCD9Jcff4uwWZNQ", "SeYqHW5oxU+nwDlIbGBFhxtF8hiSUkEEPGEi4aYltRY", "CuFlwGKUORyOZ5JkFkEc1OrX0r6f2lPvbbn/QyD1uqM", "Rb8IKsprfV5yYYUnIKcrkvUwXp/bB7EPZYjLUdj4P/I", "qXFvLuvr4D3kfW1dYD1v94q/XrOPiL92B7F/2F50/xY", "1JWDC1mA7Wib11iKpVa6ycQ/92bYqLMud5G47WZLBPM", "G+2Sqrwxddo5gaL+U2DYrsPHj1XFV6H2il4XsfzjswM", "NJ7pvzZL7gmjiGVooGVUTk7MoqfqW/X+av6ev8LyJ7I", "f5pgBzP9ICFwZhJJZEoUF2NvnsGUsPRSc/dndDdQZtM", "2VnEMYSHjVZLU2jOTXU88FlgCq/fPlAoDoUPlLWkumE", "3.12.2", "AcBkwAATsBdceFixWZiYGerVP0dG1AWAtbCzW26A+6Y", "pTpmcKICyW/sC4xVzMeA6jr1MH64kmjVtBqXdbEJwJQ", "5SVQN558SsJ6h96DLRcmWLwEFQ5OJ9ToWObYy7lv1wk", "dLwCxLu9JiRcN7KbnhLQqcG3q5NHf+2LZRyYi2qaYlE", "7NawKF5e75Tet4S1iLS0JaFaQ65nG/IGVWZZ3BQamCU", "rf5cGmA5uIBrPe4K7V/oYFQNVSMb6H30iJGnhEJ512o", "CrQI4x7MMIkwILYX3QSa8Ft2y+i7hYWyifdVV6JLz9Q", "MuxCaLTRakKN62Qt3Yda5uc4uFVYv73EYoAY/y5bnpU", "V6N7V/gkPKpM2sAWF2GJVzrXYg8LbaWUHF5AZg+UaKs", "HpGTZfPgTrERKD96RdMurC8ycoere/RnINVinhRMv/k", "HlZVpsyxpkp4Rg5OPuIQNscCRoAPF2pskQQ6P+NlSjs", "9OmB7EREW77N6i/wzFnXOHYT2yJgt/GzEj+mOUSUeYI", "ebNYOFjefr6LYSsZEujK+SUW5IS90EYenUfYtb0O4gI", "Rpp/0NCgmTbF20G1rIO7KdW/63IapIOskvP3rE0xEJc", "HXBHb7kBPMk+eHQXaAs0YptRDm4hRc9Iuy8P6If3pNg", "9AuIYHkote40/4fB1XTISToWBNekBHThsDcxGEGG9Bk", "6GMugp8+Q/0KmqFuyMoUQY14uk4EJnOgHc0g5sU618w", "nYUaiPsug7jo2ecBAqceb4z1PCeOgaReFjsXMR1CZbQ", "4bkCdVATycJAGSqSyvzmjWgqVK+JU72yP1/oioyYWBM", "FbYe2dM7Na0BShOmilXY6lun+3CUVkR0f05Txlny/tY", "3.8.18", "TUk6F5K/IR83+YQEzBRo8JvXga3CYC3qDfgq0mTBGrw", "fSzY0onV483QqMBsAox8Yh09AM5Et+LwjBckrgRxxiY", "ZYjJ7tk4M9lIPQH+QKyJNfaRoa+OWD1ATsdmZjG1JIc", "WuNoJUkjclVMAnCL3Sa43NV+Pb80s9bVma2R2TVAsrc", "wk+cnoY4z/DOaqgIpXzF8iAJvDPjvPQQpya3nXxVRf4", "26kj7l34+Z2wT1megmvpKIB0bAIkfI2OTZVdS8cRrxE", "T3yCP+scL2Z4XvnqDpGdvnsv6TBkx+wEnvUJQIc28RI", "GSJr0gNhch8Q3eXexIrMe3SxjCVGEo244mjYVa3et5U", "bXEXWgkJUMIGNoDyULh5mrOesTmqFyHIU9iVCq3R1OI", "GJrjuCScVyF+MlP5/ImFfgiHY88hB6PyKrKsI5j0GmU", "3.9.18", "JUj5EabjFldcMDukK7UVQNybR6n3agaio3Rg2TsXeqI", "Fx2LRy/OApW+Dii7cCxD1aKjn+zLPnLv5iCsOEPD5AI", "5bxRlrqmA9Y17msM0UHjWXUq0+jqdhJ+uRQaMVXFEgA", "1rGN96Jf4DT9XOTmQhbfLMeLLU2QjSoclAWK5wDXPSI", "FdBZUHx+kA6WZfMejZA+WiSmjO7ST5ocWsBqtCo1Tz8", "/44zkF0RSlkM0T9eF1kO/WrVbE64QcmCCGPaL1WxOGA", "6Fp1IZfXx1KaGbg8F++hlMh0PLxGCNXLynfaUGqzCVY", "MbFUi9jiWba0qE1p1t3NJzl69ZceP/rdFi86OOtiP2o", "DlZjAlEhGGvRfTMVOKRPSLQbr/JHiR0BTz+WLL4nFrQ", "kE/10vZAJkDit+KxIHWvC9dbPoaFzFJI/So82jEF0qg", "qb29co7Uw1OkFX7PdDhhF/sqJ2mpNT9JHFKDcc/n9s0", "ScfOoskvKpT2yZq9iYULkX/VNASdyCXeJwH13j6GfkM", "ayxGZkpZkNIrLJBBAbofFQSr1Uf0s6XZsvHqjpk/BA4", "0n79Rgmj4V/5AQQFKdVom+mfLr/lEyq5gNBm13UGgmU", "wTju8ZIpNRImoR51IjC4qp1Jm6lyD58FdPoyYMysuZs", "3QXv9pnOWn7uVFvAXkhpxOZO4CvwxwaRvO4hVgTGs5M", "FXSpl1jK5Nv6p/8PBkZP6Qq1/m59rc1WeqMdiiWlPzI", "vBzRN7CDyetR0bImdQ4+zEhMZ1e9UjhbyVh9D5BoncM", "f6uF6pWV0DHqeKiy8SLRHtbRn2XgLe3bBaIyz273WPc", "4fqSeY+rbztEpI8kuOKEZgw0c41WBoGyBvDesGFkZfk", "3.11.7", "20240107", "sELJZpIM+EZThco1IphrEtdFFRpywGCZEIiXfKNtOIM", "oOYV7vH6/cdC2gAIQlqQMLfqaKSuTnOsVX7yexEoNtQ", "sQLq+GXrcVqpioou8ZA3tsw659/UpjKAJlDyneY1qhM", "tE4bdK/nXHsZFDQTYyxDhnCK4ikRf4+VDCCU6WgdNMc", "SVIOP/SUcIAg8wbjCwlk8HkXC+g+lWvkUE+FBVc3iiI", "LN05kQDmR6qdOB4ZfmqMmOgi7Lj8G2vaSx61VNv7gXc", "CN1XeWuPzCpzB+1NvnppzzWFbLKaXHn4J/4IoGY8In8", "KFkM9WjxktvFyRgUMhvKi/50nN9eYKKq2WigrnTWu0o", "SlHOYAB6b6z2TlSV9M8yLjEbqfOajNPz5MAm6uSI4UA", "9abKEoB0nYzq+IUVhe9rDNLx926AGnfB10QBlVTu8vA", "Zwd+b6kY5PT9YLoWmCCwC+fDkMSXv5vJyrLCVeqObz4", "6TQkGe1wbE0eNFm03bmDyZB2mNoLQacWOkoeTsCdD5s", "jjLuwq3AKEvW/vVm9mE+iaKymRS9z3hWI9hWaPV59TY", "46N1+PFhmMz42+3iMVNlRCZeW0trDw35fFspUDxYZOI", "AW7WRwxZnqXMTbucPz/oa+BZrU4bbNLfEOQLfsaXDxY", "kbMzaQJbfgB59gPNKpn5pZMtqo3tET1QkPKcB1yZPfc", "JNunAQfKOZnAonQrO/iY90CgY3NvPNII6A4Fat8ZzX8", "b1JGt8uMw2qYAlxw+CnS5dGXp9INUfIcpEseQkKxPw0", "dOUFPz9A1OoBjXkTnYpznAqw1Fe4qfFZehYL2I+9WKs", "AbynovRX1L0rNnZA2TN9ErMdtz1nChZQC3p1EZSUIQM", "3.12.1", "+T+DdcpqwKNdWP8AcEPL06iNlgkRPxy1nPfI0hXwZK8", "7KlhWMFWje3ZoLNCU3VjeoN2TR+nREZDgpMImov6wfg", "I2Uz7yDmZQB6ERwvNu+1nIeuGVrX3KIjttwD+wcGTws", "eAUfDRQR7mK8KvXt/M9uhACsTvgoh6Kv/BmnrOagUmc", "YGMSEccB+NLFbl3XsVTmiGgSigGbnbHVOiZPVsDUruI", "ndb8WhMmmFiWST1HXn6uDQf23g2TL67zxLBL3YG4jAw", "p7zGyfZtvUfqmWFfMPEBxdLdAITKMz0vczbmQFCVEzg", "UQ8/PhhBuw4jbfrI29ZoCkmQ1goGC2lyl4y8iVJNRzY", "dOMwuCEsoi/U2aIAO57sFIkhVVZnOP68jl5XLyZ7lHI", "E8im8zek4e8EP/uOo8IYqyBzr+DTvjb834zrb3VyEOg", "/VqeD0GVnQNBJG02Q/K4eU9jitwM7I3V4bZGUZjq4Io", "Zn91o+/m/lk/ZCr+CLrTWRJ4saGTizk53yhjCjD5ZOA", "Mook7l/55GZj8LypsiEjXUIajGN7LqxXc6pgJIEeQjQ", "kAnaJPQ2YR0L8Ia46mKq7RwnEEr1t3Ddz8krYNsG2ow", "thaGzgXFjJE+T9t+fHEF7TbZvNzRqEHn8IskP0DVz3c", "UFpPus5mGkOzVKBZAi6zHvtAaFml9yJxCevw8njyBQM", "IaUYLEmZVL3hA0THzDup9po58LSFqUIIcb32XyZYe7c", "0giPU6PhYJc+w0N2xai8T0MGJuoVSleoroaPN7QzIPM", "tcZA/93jPz0zPtdyh4aUw755yvVwfePaI6qPd8+tQWQ", "ie9nthe4yYBJZVCbLSVvU0Oc7t6DtbZAhTFfA4rYHmA", "3.11.6", "20231002", "kWw1EltdgyOiFSbXqRVMpiZFP2PQh46VufYTqVAGyZA", "F4yxcWwqvCXLVq6RUJbBoIPmCr66V68AGZbovGzho3E", "Piamct8XcIxNyShHWll0w/s6NKm0XGX7S9HlBQTMhOw", "eTcDX2kKYk26TQFP/SDDQuhD3Ub4mwsKHlcmuF3rjq8", "+fGYI9ujIJztxGR7APRu0BdyQpF9sg+3+1OZcOOEUxw", "2Tlh99bfU/XoiM4HC5LRmn/OWIuwOr+sK288W/KSPIA", "mi8rufyn8xUC4QIwb77tjOt/Y09DdqCPn2MMGYL2L8s", "6oUO+y3gHJOJWA6gpvVccnHdMCizH+DMo/+XFvtYCHk", "7jen6uboAUjH46vFbkijl8FmTwRJIEY60N8Pxwbqzqg", "3Uiyz6roQbTNm+7SPirmixNSegZe89Jx0ihzV2nE5k0", "OTNUXm1BRi3WpH5EEz6kCZW8bv7tjC5MvfGmmTA+leo", "0oVgP1d46nqDft+0sDehxd3JBaOwjE4Q6DV4qzmoN/s", "pFCG+DxXlFeo5QhJwO8L+NkmRb/xci0z70nEGEAQi74", "1j1usGXmCJmyWFP+a72fYOpsOxL0hUrcdcuBi61V9Ok", "ccNNsRZYYKa/RY2Beu8A3qlhRhML9fi9fuObEoku9GM", "eCUqqIP+0Y3nu5sUZFDkLdddeMNF9WwTAbsEIxeh1Pc", "LvjfDenEALXVeXH+W8/za03KJBBQSp7b1AdXLqYQROA", "2Wwm2IlmhzGE/A7pnKe5QdJ0tmmxsR4YV0n8Bl0SkI8", "hlUG8+sf+aJfRYwbRtT+bO/6yGnKAcIDwljjVjyHYw4", "bniJoV2GHxhg7YTz9epFhtGYqgA7IlVtkeGApEGE3Nc", "3.12.0", "RzSivivsuBODARLHgMmHmsOv8RGgsM1ZDmXsdGV3TQI", "Wp6IyKpStgnVVnd7UuveRkrktPd+SqxOtpOvVzlcmr8", "vM/mfPVGWj37AzbwU5ZuJhOpvIWmWIwvzxNm75MMT4g", "tdrgdUZ6zjLFlMeHf+br4IN2gfgUYB1dkLpMDf2HofI", "VoFiE0ndhdlybRtnyEqWhs549y5zpvnkzEEZkRZVdZ4", "bXcQyadPYk0f5gpaAe1tuHRlnZBiILHZigp5o2u8suY", "3MrGtQWBq6j03c60J2WJvMYCpnLyRh4XAHaJDwwRREQ", "E/TCDTJ30L/3sUEl1JBLv1xJj+FNVQ0x/VhLW+q+bg8", "5RpSk/IUBT3bRkWyyfhFQuLvhocLhlVwQ2e9SynTn+k", "bk8wqZgkXPrvANG4f4/V9sJQvSIvkz+POPEk1PAyJ/k", "+s+qH7yGU/lQV/PEoPiqgz2rDgsxbiTuhoa8dh1LT40", "+1HrdTIaPrUhIIrXfkuO5RXt+mLzMzOBBb3SHgLRLrs", "ggwV9Sbdj9IA/8RCBFLBTVxhBlSiuxfV4H8dzvWYABA", "6wXJdjdKmkRZbONAqzXlRhAU8wICw8vhDty/vlrEpqE", "gAqJhz4w4kuxtgdfjNcYlkU3xbpivNvv3Nrk3mjdzMQ", "Wxoe/7tD31etAU/Ov0sgCJ5QTYlhPnuNsi2cy5+wCmw", "Vy+FWfDooIbEOA6kQX1E9vN1Gv0Y0B4U4ECZ7DPhsZk", "GuNfVLrStHMpiFijy3v4ESkf3UDIFZ7/T/WTFo7Ydl4", "PJAMNJVFPPp+diYCbvDYvjrfWJsrgQlp9qn0Tbo8Ep0", "qMOM0uUxNsV5Yy4pONG4V/IuSWx9upmtmnrWpntDJ0o", "cpython-{v}+{b}-i686-unknown-linux-gnu-install_only.tar.gz", "20230826", "Qk0jm232DkCEmtGFBd45QAEjOrPXRwtSgP7G5kMgi7k", "cpython-{v}+{b}-i686-unknown-linux-gnu-debug-full.tar.zst", "CKOh/2G37SyH23qfiGMHgdmPq8LvtJnziuDq0Flz61Y", "3.11.5", "2rZLNYARitIHO6vXwp/SBTthZHnfXBB9Mf4q8fRelIs", "Sk76c3jHLx3Y68zhr7mbJMAbBwI6prj+pQ6u21C/K/w", "u1xdHqDxmf4tPwmW//S0jKbdxBWj29mPUL/3/OSKrIA", "gt5+JVHAFRRcAXdCpcBBHWenVEWV30PAK176R2LVEj4", "FBIbU+nIxtB0H5Ea4AECo1rbz1w833Mmh+92F7fXME0", "/kWdo5h0RDV51v6Ixod3xtPjMQOOH7kqBFGHn7a+sW0", "byV2n3OCfPyfgBFNu8BPqVnpb4K/GxKXvFauCK+qapA", "W5dd1qRkjRbyeOnYICfyn+sB7aYAmyOdenxp9CHr1Rk", "l1nOCLuWcW8mrt1OTVh5+BDZyh5vGF2YgZEIN65mzSk", "++1vdpSy+q5dfEAahWIZyUU5f3cu6lylDG64JcvJ0eE", "k2tiTCUSo6M3Cq6K32A9aucbqOvTnMRxShMwaJHqNvA", "APACJj78iuqJa8+q+Qax9Nqz5c09tT4raauaELoiC5c", "cfG9Rd/79Ywpg2oReLMaCJaDwkUxj+xaF8LvpPVWf6E", "LkVYhHXBET1Sa9MF1ahG0/FHm6yJDy6IauuFcJQakPg", "rEsekdHLcCdZW/pGZwkEBjMbKRsuNG+3TkK3AxshZ4c", "ddJ7OZsyPCXYJQ/amFfjiL8bA7oet5JewjzxIEKmOog", "Gu5qYTOFpjVb7WGpsSJZpe0W6HG1vf5cn+mLRu4rsF4", "sIGQMuwzbW4dnpv9ulRr+FSntySPhyCm0H2nLErJJ+U", "1/WryJxmqKHQhjlMgKlKF7WyaIeYPb9agJmDAvNiarI", "KSw3NVBU1vT4ZLTncti9I1QbdE1zsyk1I/Rh3PytJ1A", "36fg2PvN4UbFqVL4+ooaESHUtk5+ngFT2BoG0UmhAdM", "k+4JW1PeWnSvGOYS9VCV/PMRjDwKh+tjRNjqyjlr+y0", "3.8.17", "xvehMNAESnjjlkj02uVtz/WkHrqRiIqZ9uVgUHFi5qE", "FVsGghYHuuGljsxgp9A2s1jHZvGeSTuIdhkHZciDpcI", "n21YUJH+JpBv8du4BDej/jeh49s01uzACY89ang1ZoI", "5YD92SO7rmEjNFWdxYvV/RPM5Tt2kpTWO8iOfGZi99k", "jT4YJsC7eCHsYyiAOGRICKLUVVMkWvEGxoXvWJL6vNg", "y2r2JrqBEETpxe4JFAppIFZdKxsjehGIa5Y1Sp/MJC4", "ZCjhtOC0SC05CCjefUyCgVJXRDQWy3hqvhDLJGbKaM0", "Ty0U55Oio9uLwRpHVk+QiPq69R6CQzubuRcI9vkc2wU", "0jfJddl7df363TnBbP/lK8prNw7WFhL+Vj01MKjfu74", "6u5aC3nMKJQ+Gd9U8xRjR5Wu5DpmcM6ZwDBok6GPp4Q", "YawIaAwCLxgKMtyC2EVIrrkscZSkieOzxTLcSPmZ11c", "9Jl1CrABnzbMtNlk4iIFHQ1JodHo262pirrnOM9Iydw", "EMQiCAMXiGBX6WgBBJUDe6ZXMat2U7yuq632em+l6Z4", "f6+P37rQTgNWqdUsm4vk1A/++Fyas+MSxFvWSZfviqk", "3.10.12", "20230726", "vGbHBuqMX8iRY1/aj52pcaGpAdQTQvZ5jCCtCyol0dY", "im4+2XOmcd5GjZxpHtnLLDpIWMXe//zwsIlp+6nB3QQ", "/ugOIhZj7KUXS9eUy1BH5A05ENvq3N8fCdQFpMHBX+Q", "x6UyGmlu9kZ3kTEjaKBNNoKJB6j1xVe5YGf6U0xxbBg", "u16MsNLkQkFyX6mzQiOCRVA+eEmRdmAAawJGqcl7HWw", "jTPUNa5vuT3tf8JnmMwKGk9Uak5ScBKh4pCcwxSzMt8", "hDUErQ9lXxlhTy7baJgI7V/ScSu/Wg6wMx/x6/hx1Fc", "YC6Ot8rCkhqaoSk46dae8Tl5f2lS8oWshSKgUCYWoTc", "fMIbrZIlm/CNYMvgZQEz1V9GHxAqismQjb0jQA2bNfo", "pHbbypGE35/Gn+YwnNpeuvAx0nyp5SmFJDfJTsG8Q9M", "paX5yQgrZQNGKmsTQRHTwwMFLLxJ/zH/8q3jizmXjl0", "waMcNTykTefRsaO2xVqCPpwe7QQj1Pn2bmF72xtghoU", "2SEGBqDJvEFa5vHIKbu09mnYqE8zyMgXQrZQPvGsoP8", "v5wRbS6RvTzryGTk+PE0mxxrkR9WGB6nudFGNMialOA", "4w8rT9m9ebkSLil188F8nd1yf4MmsuJGN46B9+zH108", "icg/zf1Bxn4t0qA3mCVWxlfcVfwZOMb2zc1f+mFMH7M", "wxgFD6kdhNRH9ciliHpE8cyN001MHTV811VAfUbtGyE", "dWV5tSrLmxOxYqyQHlb/MR3vRD5p1/clmpEZi3ajDss", "tNYGFHvLdXNd1VkoMw4RHew1+yyCXS4/1x7KI+qhHl8", "P4XRJQnbnP4ReFwJR9HlusoBZ+PqpwZflCSmX6FZ+y8", "JZ4MIAYe0lpy5ykS6yEqhXHQYHZZ7bpYAnLbgJr3IG4", "+3NU/O57F90Hk+vT9vH8i3sgUzKvz41wDMERny3DP/c", "3.11.4", "y20pSDhKhXMh8qpA+md0TNlnajMPCLba1wcL2gthIKQ", "R+FVfZOkJYWXJ3LoJmEEfKX2CCkxWKyyd43M8SDquwA", "LoT8U/TpDhGWMoHFyHH1k6vLJPx5alAzf6UWvpmvAvs", "q9zMbscJP0namWgPWJmpa/8Llv3o9dc/eqwSHg0F/dg", "33uS7ZzslrO7ZY+1hr6UdyLs2OQg+yPO4T0ukKvPzyU", "5HfwdJFh+ap4h5ZPCJ2UYKU59rSo/atRZviYIQ4ah6Q", "3RUw2KLgAvaOPX7RqlaKDpJ4pch7ofLsS5uudXd6a8I", "9ogqghoCyPcn/OEgRPjtA8CBTGjEg+nAdLfWLoqvOt8", "OAK/jG8wW3uEHbvxsJHZgg2b1l6fWyRtLQccQrqoD+w", "4mJHMCvI6Qg6Q86ejdlJBbQNRkdFsWAwQfe8mpPGXQU", "4vS0HD2JxexzXiVj11KFbLPBmgqnEux+80FxK6+n6QU", "h4YUwD6jhTiuL3WONshdLA6x6qyobNQA/4x2aT7gs+E", "sy5zPVA5U++tBVECEdPZ5AOUvhIuZClR9yF/7sxcb0c", "tt1BJmokAOWXqtqbBlp7Ulo/ckL0o+FozXBFld4gTkA", "N88AQ5tXrff/70o0nWLc8Jc5ume2cOkDsAsl+B+7img", "qQUTZLXC4oIF+EhMrgPRbIa0XfXRFzJOhG0PXocP6fs", "ufdv0ia/y8aodpk0sXMjyjtWPxwkZgWC/Mz6bQxxRq8", "jva1+oa0q/UYZbNGt8+N825HTtMIhp/ArD/oLeORlKQ", "lax4o9g0zh/qpFv+SZdWPfC8ZcPScRpdbU8508JA/9Q", "hYWbKZPTxSUGYl4dxisMtNnjiBbikNdjD+JYqua4vKQ", "oxAEZMXxvDvrHhXCvwGtGv84iNIKJaHe0aW6/3vlT/E", "G1/estxWwwhD5zUPFoQXh1X66RZmoKmH5es5B0xCoFI", "3.8.16", "fkhOtt5A1va9/VCZ6qlkf2XkX7bYRsz8VrHLHji1qwI", "KFBuUJZGwRyy9XpyA70bCLbo5bFZrjCL1buTsNM0va8", "nGYVkx/RBFv58hSKp92c4ezoV17WilSDoLYVMipD1Uw", "EmD9avNBBLvVdIkXXm97/qdtS9BqJCoPjiDjkOhwsic", "sfFQLDoTuJlyTb0yvXepc/qXM7kyxXANdH/jPV3prE8", "d0Zvk+9bAwzxPQRGBnCJsM4NQVzG0XAmVb27EqjBjJc", "EgszEvp5usKs5FZBFxwrxZDE5EYtetEk1kWX4SSjauc", "mdjJ0/9XR2i2KY19kgzsgW7EbR8k/HClWR8RylAHzKI", "a5f8UO2VRQXhsQLrF8RhH3tqUANpU7OYi9yYVSbfwgw", "Qj1D2T4v4ztBrWbTVCbxZUHwn+6dcnKuXez1R067wiU", "mqPlWRMKR8M+4rZ/bKaeLxDY9wwf0eKHF2O4kjcqbZ4", "8S9cs495bKSNxzJiwFUGpvIfWdJOcJ6gOQsYv3HC4fk", "3.9.17", "c9vi1wIhC1ZiIdqSZazCdLoVJ1xdDR+jJ/RK2GzemqE", "3+G+qSyUuct3koiwsG45FXxf9+RlzdJAMqwUfCr0hcA", "t3AS3a9+BnPkqkscUIUnWgbu4tZvM0QrXFShK2K5bL4", "rtKaZMg1REwvGv+DxVsUEjEU10xU2WSToOq/3YxtASw", "xZGijZQ9zlz5gz6RYSX9++sxICcMSGbuIUSTzLW4PDw", "AUVNfMfJwvzN5CuoaMTzcuqq+kgEnUndlMnPKHX0l+Y", "PZJ15w05AwAw9+nbXwX8B+K+b7SWSvAFP0pGG6ybob0", "vhVXPZITwg6tHeYvUAgX9eBpUQ1BpPSKeMMIaVPBaT4", "EUVz4cSRkRbl7PTGQl9E4JsDUn/N3/49U/c/4c6d99g", "JsSnErS44R7VwCfbVlTrEpJ8AtpIV7d3r7mPepMM5jc", "CfnUvGa+Xg3y39HcR0KSPkbCcfjwhReGlsdwc0d6oME", "m5oeIe/ync8EPOo4GAz4yjYEuQEX0ABip7MWBdQVdxQ", "wwn1CXc+qDrRVCqgRrrdCvsXcujwMBqwgGIEWIIy2vA", "qerxGplPJ8CcExgR1EM7k2W2UhlSy1y1R0MiIhghIgQ", "H2xD2Sup9OFRSc9dtuzeEeBe7pLAcKCF5E9GxVlSAlc", "Gpt+3BZoNBDCe8W0sXYRQ773gxoa0XLn41gcFSxoN6I", "vLDsMTQt9StFVb4wkICpwyJOf/YKYpHjQzfd/d7xEc8", "v4yEbBpOUjVdSuKU9OHalYfVQVRn62iQvfD1pMjNo5Y", "P6q1y2wLu2Ab6SV1VAA2RU+zTA1+QEV2DGLXgthFX4g", "w42wvWbRX9Lym9YpnddAQKk/vngMgRgnw/PsoE+ao8o", "yRiKK37fueJNfN/eI5Nj/4x5kEkBIBBBwEANP4KSPLU", "ZJ//YEj0y55kqF6vjnIOtMMlfifnxO5G91v6SMGMaCY", "3.10.11", "20230507", "g0i8PCMR+U7GN1H7cb0BCBdL4cTe8AJ3PPUZ7hUG+W8", "vT/G5NpvQDPr8Z1mcE5zsIBMImQd2uELvjR8SPgjdK0", "x1c/2wAjn4ayLqDo6SbKiB0k/eXliQhRM5kR12EQvDU", "xwUYYg4ysHSxtAV5AS8MZxkaln5D6EuPRgUra4k/fus", "c6nUyJ7VG+Od0t5OI1B4KBCHKD6f3t72W+wC9QPpBu4", "fmKB+f+TrFTDir//6HSQdZGubbQx33Yztz+l5iBmWCw", "2U6ZWFgFhsn/laNbLhxa/ecIe5uw8y09FBpafsK4pQs", "SI351q87rKP9KyYAXlsaDim1PGArxuz6TyHSBxUQf7o", "xbyqyRvIC/wpz1EGaeytEtUGA17LOthe8hNBbVSuzXk", "5O00FM0OaHAX8KVv7Yj/ObP137JKDWLpx8pVhUF4vN4", "nC02BKBvzUIiid9zAVzQDnJx2Q3ijSyRDw4jCaf3Omg", "Zmh39ZO+Dpe3RvnoKKjnFsRBP5HUz2X50ALPICi4OOA", "GCr8J53DZj29TtMulFxCQBl4URpBVnbe1R0wzi0ZC2Q", "pSccwBTyziq1SgeJVWwVuEZo4q/MUwUSgYxLh8apRIM", "kwTW7u9IvSRqKVnrx2sg27LGqBqh0hT0Rxyyc8EXF/I", "rDLjeIEJ/wzFNqYQgHLZIDIX33RM9W06SrCxmFfY4kQ", "zWMWwnMdIoJYdHXngeJAZ3yJpnhpTPPljxLkwuV63UM", "6lAGwVRa/tbxboM6DUusFOwonMD1kR4SpO+HBKdCz44", "br6O22u4kQmzUeb0Nhvn8VY4YOGuHLiSbBfKGViOX6M", "VE5QIPca0VJdvJKwjkKcweHhGGbEjAfZHpn1Mbm6aLA", "3.11.3", "CeQSUGqNY+27aQF0K1Tamqf68SC429zlbFezA/yJLIY", "9xC41gYhMIFJwQDVF1/sOSdO0LnJlkVIT9k9FxbvQxA", "gZCsy7u892IPH/bWaOTdCQxjlmXREYjOhktiVU1A5as", "Nv9sXryovwcYG3dIdCM+s3g1pis5ST+XWGmsxQENg50", "dn0k81cLNf7blF9axmIkyJg/LVVquDxc+qXzZm6cISw", "0BkcNQUa3iWdMyT0N8byQidDzLeRl69txkwWGwbt3Kk", "ZFL+MVtSQAQKz/xWiOl/wmTZ64+/3ZDG7eC8RrIGQOA", "W8XrOJKVfAqerof8POl/KwsxQG/W7x0gv6gHSkQSHLQ", "2lC4fR7EKzy1d9/SKjZV5DpTFQ9PmKS/tAdXydeDmrU", "pnUeb6XHxNR0jtU0p/AK1/hY9iznPWPUTdkHA2ulOYU", "JHQQZtpvNaf/Z77mXOgurocNhOEYGEPmSnB20Vcela8", "hC82GGfmonc5sU7GLj6jwX38P0EPbLyDGkU5IvZ+InE", "vI0U20bWH4o79DC7+VrmGXuKYcQ4wZfbSd9piAXSEEo", "mRUhCCsDR4eLqFXEmG13zIBcIu91FZvJXdJL/YAnXic", "e9aU64SDKOlvUk3tD5ueymIw1x/OPNSbM1pcM0UPPgQ", "JB1YO+Psw012+voNGGy1BM5WJessDoldxPQHOmSeXHM", "9CFl05YkzWZK0sd0AbA/K4bB6qNGqNl1ldw9qUd/e6c", "mwScg5fLM9jujOgQ+XFWnb7dwFgyUSDbyUY+/QX9l/Q", "iXd4Ta0Y5JXPqq/6TTGWy6dt3La6ZlN1o8jXByZ0eLU", "TxGSF54fYuabi0X39pnm8BAPsLijmq16SEcnlNDCS9Q", "3.9.16", "wd4dhUcXpiRfRSYu8bsXsJ4sWHWQ5+P0Blk8FD/4db0", "OrxNX7vID1+EjygJJ6xdE96NwDqrtq5l2CR8u2jm9r8", "9im3Xr/K/pzu4ueWt+TfXPjb0U88Ahr8oHjRWat5es8", "qwoUs65yv0i5SCDgluhrPPPgVymGL3aOEJqoMYAWxPI", "/zrDXFj2eDmv+bUYWpdqvT0au+Ya8CCJ9xBeh2wf4oQ", "CKzaYDFgGzUpH6VPmIiNwX02yf81vbKt6kYx34HiQnE", "M3+zeenEa2FF5MUvgnUTmJwv65yEvqwXw43stQr1tTo", "/CieZ0+2HKTjmkZ27hGXHj+HurYHlRiYM2td9Ttsoyg", "K24UYjSk7yqJRggfw/v//gdluAtpBCWknr5AtHwzRFs", "IZUy/6Sa+I47kOkTXPO24foRzxZbAwmPuXdqB6+MptA", "zau0cgTpbOfqMfvQte1YYRTdfY+O3fYKUJp/cLSKHF4", "1DNRuvoR8I6P/ru4JA5h9I3KszKAC4PCWpE8hC00/io", "2nClDcYHpSjCXzHmY2qBruvzcvlf+RqaK4yH00aTO54", "V6x86dPdMsEnfucpXa9a17XsySnmWzHxGx57lM01XtE", "4qAiYWVVBJLolTae4baaUV+C4Sy5aWVgEu6OFUNAlmE", "iy593G/rEW36aCnPxHi+kKN03FzhI6mLx36G0Ok+kX0", "Ndyv96ZYuMa/X/4cTi25XfXWR9KLSICpDwm/OnD0Los", "TADzW5IY4ZBlup4GwSNQXwVhc6T5t+63Lvdo0N/o+Gc", "thzL/RNBWJGpEg6qo3rV4/b6w7+tYSPJUclV26r+xsM", "zcEpC5vbL3SmxIqyRTGRlVESjjl3M2XG8+F2aCFidaA", "3.10.9", "20230116", "AY0Fp3my3npHbzs/8tEPUD1p0U787dB3Tm2rjCLvhP8", "DmhfmNzg5byNqTxwgfTmwQIZeS4iPktYhnMP1zp7pMY", "IAN1D0DNCdS/eoUDQmE5kvjZRU8Ds8BnmJkR+zfnpNE", "RFZsCOuAVKoHhPdrhdLGxwpi9JiNXpq8zoGbUXsyn90", "5psuSGlvHhkjG+0wYWqkrG7w+0s3YOnlJeLJxMMN22E", "BitCuZOZCPNYfxEnaTc749dz8Nll6hoIxlVy4lUaKvQ", "LED2TSg9BXVbUxJH6uthcs3m0xumxGz6EGuXtGac6og", "0ZY0eutwGlP+K7KwlavsONJ9D6BEP4ocICOhvtbhjN8", "xcUdmj6NjNrGfY8618QAjeFp/xSA4XAh8VTVyZ/O6eM", "WcaXDOyzV9wdhVS9BUDrge5/bRages89FO0pTs4CwDU", "q4l12RSoy+UE+TBaDqrx19rx/fk4HDlO9OCPrD8qS74", "qpLJOoWwKQxIew4VXUw+bKyIJTjJPpquFKMPBrJ8zUY", "LAmW3R/jUxTgbgQggbJPtT87ezYcPhuUpu1lnCdcoGk", "+MOmNiD0EsSpzPtuJDWpalV3VVDIGkUtFkyqbQOmodo", "+9GW/HaA5JnzdKaUazYYtCmA4okKbVM5kzN7VjvYq7A", "7OWcAsn9x3UAvBtgY2B3vAqVNtbmMFLHJ9sRSIri3ow", "9Kq031wQT11Diho7RgHkWWOhPEEAy6/ugyM25H9kecs", "qQpFunr8vR35rvlqYUrLshBgcpmsdNrbtr1mryK+NNs", "3.11.1", "SRjN8cq3QqkPhTGPiLgSKuqi0EcFgDx7bnjoGj3UD4A", "IKQgPQadybcQ9wsJ59os5vRz1rERD5U1+29MRp7VRzM", "3r8VeDvctVMFBPUz0z/adae5Bc7FNhro8z2lumWZ+LQ", "g5IjDPdsKCz+r2fcvS4PrG2ozTs66tElBQXG3dYGyq4", "zDItF7nq1q7uSsEW+i+ALVJbTZc0P6yLitpFiBC0e0A", "p7U481YwoX6oteFwOziQbaGJstYFQpe1ccf16B/JU6A", "3O5APS80FsCnvq4v5Y2cpWRrtzrkfAQx1DkRoKhYGmI", "AqVR/vqzdQ7/0OFWwlRGVHwjhoijL6veKZXJQcA6ZCM", "ULJQ3SYcPMqa6NlsuSHk/7xk93ihmLb4uLCjOPd65IY", "7cCJecsGZqWXRmF2URUpwEmm8LuorfcN9EFwj3Zt5b8", "y7t+4TRMq/snFc4HzgepLJ/AyTGjfSXzKR3Ag4tkvv4", "/WU8w82MpkN/niBGcZ0Ud5Tu/7xRkbHpWaEcM2QW+Nw", "j+J9hQwCqnuzQIj61bSN+QtLhB9A4UciQ7irnah3bkA", "eYbr6CwH7NLrlP0bPJ67sjZtsjYOOPKa4FQ+hXVR0L8", "6i0d4H+9J2cj1hy588j+RBXxIHszUVk6aYXo5DOOieA", "vhJZ2wOuEsqMjNwadaP0qkdXlyXy5i9xAi9gSWkLZJg", "q/bJqBPjxgCwlcz+D7jCHitBVt80Lpz06jTLV1mg/xw", "tb9wCvx3WI2FODLRC3S6eTgRy+xBsC68LDmouZh6rN0", "3.10.8", "20221106", "1SsDgXvSRdKOCosvcVcWzQ/NESggzP90VjaTLHavogo", "Ult5x85d6Qq2a9B7CsEAi6+hR93IpBvvFf+3ycHp58U", "MxcL7xjIEZBrc4vlMPk0ZASRsGW/FsTSdsZRUyGRgTI", "Le7ny71drTOdcTp17JIjlyXSA16DOvW5mBsCbe4LkhM", "geru8MYzSfKW1sn+1rtv8/LynbZJ8HJTUeavFHQTzJA", "BqL8f6ZkMBvyZXFEZQ0qZV8fJVeGG8VoQxXfDStU1nE", "smF+zgEHDuqjf9X+rxtYNUNb1RUThiGOY4PPnuV7tNI", "bI20SuDhjjIDILuqr9LWnN6L/qFxri1lG3mT0TliYLc", "lOdicxZvcmJBKOUrVALbJEzqBB2rSmvNxwswS2bifpU", "8rbS93EY8G3SygTa4RdeRKqlB3pe2N3GMzPBU0cYK/4", "gE4SPTy+W2o2QjnGSG0jZuIO4LiucpNDBSgHHLEBoiQ", "ET5Eu5IfcuTO6q6xHLh7hFCdruyMPG3oH7UBcGKtfoo", "h552JgviJlEmk+N6KMw6ZnC17icKREDksEp7QV26RRw", "q0NOzP/uxPb1GvAX5O7WnU8epV9Ixbibiod53z+nmd8", "lsj1HiOhvYuaLZrcDiRX+nQGLxbSXS0NZZuKbJRjGCQ", "EFPEyha9pxrp8qlzzIIRi55Bqm5CYwLZcJ2cdMYK9Q0", "8j90SGjXDPLpWIqpYeloIGC2w9b1XGWmFQXiPEiVt+Q", "yGGClRqC52FYhHagFVr+ma5K4QMOSo4ei8uOHUL2Mnw", "3.8.15", "HgqS0aT15tSpn4axy/l3PXA/5/0DJZDz6cKFx6XusAo", "cLV/KMK14ePdifDTDt1bxBTosgGVdmzzKOGya+14kOE", "iGqzPO0TyEv1nOj/eeumRINlv8r+ob9BW9HXXiG2kKo", "O8H0kUeRPZPOqcu3U/uq6QuG8e6Xn5dcRxKjXwLL2Gs", "5H7fss6vQ/xpniDBeexCi28+SXz44tzY6ck21LlrHlY", "MYwFkyS4S112hbzQh0aYeZ2eNom1Hbz1luekejmj1Jo", "L9w/oclfmCF5u7rtrisygZdlhjh5m23LY/n0lLDeWeI", "GtD2ikLwJXlX0V4JROwl18bo+U8OwztlRxD8IRVjO+M", "uDBWGyqS8INXzCDJiGrIe19Nd9A8yphpN1b0dzsBmYA", "LoACXtpobBSpoGGM7UAEPB1XenVLkE/Xo4LNQav5ygA", "uENkFeqb2ZcPt2b3kaFLDhTOY1H8RgTrFY8UJei7SjM", "w8jCPjS920orkDM/8XBB80RAF3XVBXAPHO3bOtnVieA", "3.9.15", "ZNx+EBNIHJhkFSw92AbEEUTHnV6c0xQOGFxqUGC9yas", "8ryt5vyXbEcvGPKzIE1nIC1DrlXPb55nD5XkiPeA2gg", "UqjApn+5GfgJYtmS2hvdtRHN+S+vOCcBznZz4QqP+Y8", "vzKobCIOTRaQu5K2dlPyC4MlgIrM2Bv/A7XDCudOZEQ", "Q2w1vYCavdAo84bMYjrgIMd+a1ROqspAUJg4fE2qREw", "aj0lyyK2U1XdeTv7SDihalzYXtwH49rIzCKtrYYPLIk", "ZTUJh2QPM4dtBypE0D5uOX3PXSUSgZvYdlyJLsXA8VM", "zcOkz93NY7bOvddbFJcOAtjvCsW+TTUOV6td9WwZ6F4", "C4EIkkfyWPJE6XktqqA2ddpvWFl9qmkT6C8meYYiON0", "Ai2qyrIVZ5uH8NIA0IuQaKchYF+kch6+2jgiD8ZBzPY", "hijfE6NMIWophjUnuqByZnpLUyRaXk26aR4JLpYmkvs", "9ML88hcaEWXwV71Hd4cSq6bGAYcFb4LzuzmxXvHq8WI", "DaHwgTE7CIwTgSBuaY5w//3/wB4bLOKEFFwk7l9bTLs", "y8ahSDUCLYn0ymBCoGxJWddNS7tY5wvb4P6NKSiTSSI", "YiJpVYOzKEX7vxfsSkOYESbODWuwi0eoyIUzluD16fc", "tfviUXX0M41vW7bxPqbXFKQ3Omm00ZPFA36EJM5fU/s", "W8RFI6UE0iDpr5rKoUG6msZ+L+mYgXy8qZsbzJqF080", "agh2G7cluNOpIUT4Fij+vquLEjJsomT/4oJV+mfHvxc", "3.10.7", "20221002", "cPbKHajm/OgyrQt/n9q6C4S6CsCkxiYSesttSd9Lj5E", "YQH1gENFRNKNVZBUMCmnxr3wfvpLzbXky+2zzYMkGSI", "3+7BhqYqYGglnZDo1359MOr5wrSueyBf+MqrfLIfJ3w", "SmEc6ZDcHzK8SzXSdvBFIUZBJ/d+ETOsW7nGuiPpSoI", "rlrY/oTYsf0ub+L0emMsmhJEaGwSzpjN1KVTvh/aL54", "qFkZ2jQ0Vc0i+MXPLnSEmCIq6S9NzY83o2b+xmhiLL4", "98gDouzWPfyJIQ4bbf+wxQnyaA7JSE6CTC06FPkaeAM", "wSya0rLHVGRUHYl8BSgBOt7Ni+WzCs9EEfd1lymEFxE", "OE5xHdZXw0Ob5OULJIVHin7XolmnQdRID8ltgswJ0xg", "tGQ1L4y/BqtMBBt1Wcm9p+n2ABqU9nqwo0LLoHjzgF8", "raD3HFk+XEfbUpEiPDUADxmrsDT6GQj7oG7KDie+FQY", "buPHhTHj8k5A+5myOsRU9DkeYwznucq5H4ff2GWsjgM", "nzRnKbUj6GAZRjXrZ8n2vI8Scoun3f5P2A8ubWhXgeM", "p5gWxQq+snUlMPaLTX2VtvSDkvRKmn8TW5GAfXaHKXI", "+0TRnI5NpdXEZ7a7/BsDUPp/rucUYvvWrD1pYzwrM0o", "wCikyUUylzG+ZihRaKB0rC/H8l0oxbu5u7tTLUWoKrQ", "ud3yE7oPaawgDdUOXSxqUkaDB6WEpk7+Qi71N/RGwNo", "zj/ifmyjoOdaf087ZWjNG/lnIwpn5zOT6UojOA3drxA", "3.8.14", "bBf23NpZ3l2O7pIu9+7eQDpUDa4FQj7ywqBC2NTyJGc", "PtTbjQMIxYQZbZfGKQWOppu9i3+aA0z4wscB67KGwJE", "xF5C3u5D4+vEylsBnDfYriX7W18bpfYCCYqBuZ0ryAQ", "0B2BOTmtVJyiU8UuW4NhtEkMxcjL2gCrbgxSRWUVPis", "TrU7zoMb9SaCBnV5wJzKzLZSTdRL1LgEdFTGm0gX9PA", "oHMPOp5gWB8CvbhSlT+7Us+Y6EMSWfo5y2aKBgvQAqA", "GvOZU7TIMk7QYI4xa8djAG8n52ZDFV2S6uGOTbb8Fi8", "XGEdkARve7meTzQjA7FM4LVR+A/KqV83VDvEm6Q/vvY", "jfGheUAYz/9e7PTZ0Du5/Lq6IFVu7DmMGcbFWLjMeNA", "oU2LXL2OHKRcvLSfS/CwRA3IbrlbfD2jxGOnBKO0WTw", "Yxu5D+jyll0DQAsmjekP4VXOUZYSljYNZXi3FRqp70w", "vR6OCe3MqrgvvXW0VyBaB2hH1i4zVMPZtavphRgQR/w", "3.9.14", "44338jCXnObFOluvs6gSh4OOXziSxAzRuYoMlhxERxM", "t9Oh9LV+k1BXHM7knIL1AxM94NETotuuvIzPEI+z/hs", "/lOCAVWco39EzV9mxCpl/nJyy08fY+3WmLbzBncdsek", "OvHCVREML0LtC3lXUCyS7fi1xeb8X2maJHW/ilYDJcA", "O4WM1KGH24zR6u3d1f+AoHd4MJLKTYSXAJcSciD1XNQ", "eYzZ0BmIX7LwAQojSHPr59415OuPxOK6HUDqMbarsL8", "8UORvDtx2tyIVVdzJeOkmxfzUdQozEyq2LEha5DzrYA", "5j0MAKSZ4CArp6D1POafym0wI3rzmvm8PHa85se/FNc", "81JuhBa+hv+QkXUOvHOI1nJqzzLMWrDmpgxnxqrLJWk", "8RHDwSn0paFx0lNQzlja1Mflj75mTptPfCdTRcn+GKY", "m2M/rIYZgwXiKkfiKChk5pMN6d1JFJ09aZrXsI1vGys", "X4D7pAKR6VS2i+jiZzmktdE0mdSpZeA2mZ7SgqWQztQ", "MCDHQ+R0LW4OXSf8sWbGlL8dlWU2my6u6daENDBK69I", "g6EcTz0cDsORGb0FE6hoS1m2jDmJzx5QQtdBfUdwyQQ", "p4y4DKNy6pisoo0zoiCz/pF2HG2tr5L2RrgvO1aYIsE", "U9PGNyZKVzF7MEqI3dQYRj/gs3uHRJXjrlWUC1xis2M", "kuWp/VacCxwWGVji4dMZjLTie1JNAs8wCLJg26ZYlh8", "VFKcCo/+Yh9cnGvdIpaMrJ0yB8vV3NnAe75hFAxJk34", "3.10.6", "20220802", "769mrNuaTrM9V3AmB9LmZ7GjGdWMFnpDyWiWuXQZuLc", "dxhBGt8+oUgPPwGKZD6wVQKCrv455eyz82OkpWapOYw", "gWJfXJf2Hi49fp9ixISxqlMR8hvWVFRRcUuUminaVDU", "sVKAGiYJ5qOPPMnn4h2LbPW28x2s/KygHhYsUU6FHtY", "5UeK3HOezW97dw5hP6DldX8T/py+s095kOVSKwWT1ts", "JgFjD+9Beq6x2NB5SegfY5DkOc3So0fskCGHMbvSSyU", "MnUz2ugzLuYe2H3Vt8/uMYiiWp/eZcPieGUYXLPnmys", "VaohkNKNz99BTZbcXc6p/gSPrc1YPcOYH+wCCGmCYRE", "J/Irq/Kc7rrhiywuOOLEjSLeaGaIyKMcX419UVQVg8E", "kYiafb3O6lhf9NO3hWpruPik7Kg6D/Uqc1QsLmciDqo", "dNcfokpveHU91cvjAo1SzT8vCvZAsaxPOaT/ftCvVi4", "Dchf35GnK0D4Wi3FW9uTXlQA/MLPWR7l6Neh0j5ZOXw", "7cHJdCuCTK67xcsiTImQqoZYuBWT/ZIZrM8++j6ElQE", "B/pPVJm4iF0e6knK9UdtdjBatzSUtzmN/SLBQJOFnk8", "SgzJ9bV8oe/zjQye5x84+b8o+8NNFQ7dSRSzK2moTxc", "OLwCmxHe7TMJeq5+Gy5WtthfBt8kNV/2EFv4X7svy5s", "3HeScr0jY6vaSop4T23qLdfYsths3Prl6JcN9uXfvXY", "QH5ZUeOfVlKzK3K3FcSqdy3YwtoQZRYcWMMKH5dt0bI", "3.8.13", "rkExJT2JCwExcctfewPK3Fha4mNxlQb3t+Bjp89v3nY", "zW58Cifa998A9oguq6AUkN2WP2mOma7ulwaHczPg32k", "jceBS/NCW794xublplKd7WrkY/pqS3nAJbNDuuT9lVo", "lIVZmtkFPfugjJGFRxcnLpW3yB4NCZ2cUaRvxaCVzLQ", "+1ZmKcy19271bSdaP4AX1oPxwgxb611fOLFV7RHhYYc", "pQZo1MX7yzdNPKk+4Y25ELw7RiaT2wc2afMebamTq/k", "8gZD8bPiY6VihzGa6lw4iFMMCa2d46VimxpdIHgH5rk", "wbvkxLA/AmHRwh0YUJs9dwpcPSpauF6jQNCU24CD+vQ", "f+PrByBa66Osp9YhZ5pZHFwMLB0h8kbNqp1sE/He5m0", "OpJyBdtGhsGCtejz/H/X2C7I9hxw1bK/3dlnPH3cB7o", "ba8EBb6ubRJ6LcrmHVGnGSNrhhtMq8Igcn5IVH/W8EU", "iRtdew6Ta5imL2W8Cyj/9hypACElovweu5xy9rAFZxI", "3.9.13", "2WA+3ClqLcvFnXraeA/RJSfwXD4LmfdUURLa8RY21uU", "lUCn77fIpUpIr/HLlIDklYjZwKP5NK1T9bFnM4F0r6M", "gEFarBuWJVuSEfakwwDzHplAx+B6I9DewStTqlLA0l4", "78yP7w1Jiv5XarIJ/uAB/aO1Ut4ahfYh8mAnh6ps89Q", "HhtSKpHtgFKHeTQnATdivI9sAkQBR+n6UwYxY2kwflg", "MVqfvHXioFRSVO34l02IV37GRTfuBDIq0afOl1I1PzM", "tMWpkIp35MrjeQH43yZVOAGG0OEHI5Amcu9eUpYJMHE", "zhz8onFefmRt1hioy5uv+TAA40XMyXm4AfxszefOl98", "kOOHk4Lwb+o7ptR38MKkNKHhTNg9F04ce4fi8ivC50g", "tTgScCWkZ8ZLM1G6vKLk0up737eGfV/rs1KcNEVs3NQ", "z83s+FUodoJsC1P0oVR5OilNENsiYvwzTxiJnBsGa7E", "jGt4B/KoKhjYAtcfJ3aY88i0c/W4iUmf9/FPqK4ydFo", "jHBuuyyJcNpPvslbBSC0YyMJvGo+EVzzCeOPGBtVPRQ", "fTNje0jEWs+IBdVGCJXcopvydA/Sz1Av3mxqAGN9trU", "N6zoFZqi9RV6vqLA2FRDTyHmZ2uQ7q9Y0xN3j2RUDKc", "WaJBcfeUE5tB1Hs+c0yC0CvBGVakwJKj0o2UpdCrf1Q", "kg/ZTUNSSVqATU7nJXZK50mbKcXxwV0RzEOAqHNJjb8", "NS0ApGMNBmU4e8sViuw/bH/FpNFNZawm4bgm4gYRIi8", "3.10.5", "20220630", "GdGqSm2d2wCU/DaWGxKd6avhZzvOZshs2XtYJ5XElqg", "7KBYQ5fZo+9ve7MrBHYxiwHIm3sKAx75eg3KpbpRJ6g", "AS+jfBLSZH120ATcADMCVjhk0vHNBzG3Hur61j0os/A", "Wr9br0D4Vzzn1+StMjRX9RGDPhZj5hrFoR1VY6c1FZ8", "geDIVxdUcvYmQcSRhvY3zRo5HkdBtDr/9fVWiFEt4fE", "Ri+I3oi0UL+A6OZgYQrf19DuLkCScOxAbjWECT0iYs4", "yrJznvJ/y3kg37yZ5X8q7BJWFGpGRs8BSIxgomftnqM", "Rg+Ho4m+KMlTwkxvlC8XL5zn8zE2e02victFC67dUdc", "KEbpx+hIQDSYmrIYAiAJ/dncsSp7+0sDKaQEVS036ao", "yDCrKjpIj5z5Xk6BxYHZ73Pkg8LmVGE2N5RD6btyURk", "Vnri3MLEkQXP5itG8WU8kp4rBqDKwnEBPHnIFjzjk+o", "voKa0G3KEQifBF3h+duhxBzT8Mu0+U1iaMeE/1Eeulw", "n6aXCj0KXcJsTtJyuxg20fH3qPS51n9jTQJi/4wf7Qs", "Y/z8QlravANMhR2t+0md4wg/13WFghkcEhYq0kcSVrA", "/fOt4/A/SnVfN42avqHp62pqP7GM5GINW3pssiOll0E", "E3gjrMDZgXjDHOD3XO9fsNOFDtr2ks7S+rhO+Xd9LAE", "df3b0PpSXZRV2rlyxW7IttOd3WLBKrONyoG1WLHnAzg", "+N+4OIXRy8gv6/phMljB9pVOqI70PtfccQ1t8g7+zas", "3.10.4", "20220528", "bS5OaxxAO86Ez7hGQAdUAX9SX+gBfxhujnBy/KrzqnE", "xKV6E7CE1JzowutbJmLuRbDFWwjd1pb0cyM7B4fwOYg", "eomJOS3JtB2FlZp1JEjGCFLPAGHeVl6YRFwn9rvfY74", "87wIKKDgqJdOP+kLTplUkpanV43iMh15G+G60oGRkh0", "qU22h8GXrI/ZreJpX+k86do5KBjtUpgEWcJcfTm81z8", "lvwToW33MK/q2MF4EuZeKq1T1k1X4xgO9Rac2gNfM+Q", "ErXC8yXplJn6bXn7nO81YvinY1kXNT8qedTDCsUp56A", "H4QjgIrYTA5WyOFMMmhcv7wRWeDZ+UOslG8p6Ezxte4", "4d+l3ekQ+QjK2L1oiynSjfgy97FQVVZ5wgRYDRrwxKY", "cjG6KvlSXK5iCl9K47+JqTn9wFO6DMZO496tjxMYgAU", "659lieJAKhIwPJCk7g24HM3KNL3ACTXQnpYAf0wWHt4", "iK85sFIsn+q80IYFooMbGoGh9tVnXGDRYv6sJAL7t18", "CSNp6dFwxMEHThswWsy3T5SG5hhdLj8/lxhp/4lTjT4", "upQKdKdDT+eNga7Z+x5czcPZcZGi2zVxb8lOO2YErOA", "4ISWAL7mxYjxql9LC5NCKSz7brQN4McF9gvXHyK3E9A", "KHXRA6g/+fn37C7D68Q9DonyBBbNcVuDtUGzP5HVmDI", "g5+cuPGw4Os0cWSgQyP4MrlFCRujSCckMl0+7Rp12qs", "dpn3bvibQ2tFLqzbq1CNo82UFGuimwmfXLbiUK+6MhA", "3.9.12", "20220502", "je4GwHzGQp3zS2q+CRpGhKhvfOx29dHMwcPOK9ERaN8", "JFO6f3az3zMQNTtIyIHWz/YiugbjDStq6RWIsryeSBo", "LuFCbBgeZRM+V9xVxqaFyx+15j7wLWhLimZ9XAMcQgM", "Iz4alibZ/hO6rI3jaJ30hAHQrV2hwvE0rVfY4+h4oaU", "cghSBYQ5SfeDySRa1CkCpjoA3TU2fx5epvSqcJsgKc4", "u3AkQDML+M2FLPNnNaR+4QqjlBJxtdL5bNa/pqx6RrQ", "el/K0JWtGDBJsvl1zVXv2KLOPk2JTuZ8tfoBGG9QID4", "zMoS9pizuBDXnFLwBwePUg1YgjKja8Eu3pROw+pBeBY", "i35EATe/o0mgCGQadaKx/YriLSkHMXeKFEh4pZpyHFE", "MCQUf9mH2eGwZKPZSTIXj/jg/pjP6pVXBCE8B2L+6N8", "6cQ6Etw0UovYlvyZgVySQ3BElZYrzplV8W8WvrVzo1g", "pTp7Ep5EWAIC/y2i6I6qY3HCZpdXRob9iPuJxicwNj4", "IC72TkNXDwhD/1iV/ZwaLDapa0jVKEL6lYQtfRECWyA", "5S/b5h3qhHMjzW6BFC0WpXHcqcC83jv+WudajT0aO/Q", "U9rcEHzo0bpflMqH7b7vSFyKB7LA6UKpmnx+Fj+vtvQ", "57qKeQoxlKCEfvCwm43YVCucLKaJsvTuTst3GkTqQfI", "r90m5BirWi5eELQuuYx5uv18GYNj9wqthigma381Mqs", "cpCsFOQ3Sa/bN9PJaQ8wD18HhvGZguiWBWbs3D5Cw+s", "3.10.3", "20220318", "20ba38zEB6ofZu1gfu+/EveB40Otyx7e4KOIPQgSks4", "7C6QtqWJ237590NYsUNlWBZ2Kfnk1yXIFQSW+csIqdQ", "9S7mjBPE+TVut4pTBdMXivLLkMOKjOjOmZCnz2/wYUQ", "LxJaknw69S74mvEYV9+YigQuJs4JUSlwG5FedbLsa/8", "VrNgZs2lP7Nx2S52m33EsY3y2FeTCHGUYFLWvnJP684", "wUIFwd6P68BRkMh53U4+rGfOmv2uli7AC9doJ5smKxg", "BN8ZXTP4jOLhFgQWlR63cunGFSiq0dFcUI2f0RBB/Fk", "uZiUEb7XG6SGdTjJkfILVfVJ3ZExkFcz8N+fP96BrR0", "u38qUUMBD6SCxbRCzO2FUWaWz8QWypLJA+83RTJAGjM", "ulkzcHQu2Ke8cM5WPdalPjDs4faIHjiI0zTBtIWw2dA", "p9oQ8DpPgGorVh0e6mputvI81EdWcq5HWuwfXSs3u/A", "Q1/vP8v4Xn6azeB/8utpkcNwSKmZ0B/1RVOd4/Xz/BQ", "EBKE0nV4Q42iAL4fa5obpiFDLFVJ+lUXeX7DIL9149U", "Q8HNbiA7+6Gi7rls0qFc4OveDnLsyVVZNBFkWTR6nCg", "ZSFSMOrOvruHqh5W1Tn8F3CHACTc/a210OGDZcGzsKk", "4V3NmO/d4knnwoV/gLkwkiRfhJXYIstsevMwillynCE", "QSVwzwHfZlyEjazCE8ZFo8F6pQRbGAWobG2fotguuc4", "BHYNhpI07o+AH+sI7cBCppZTIPbAp67fkuw1UB/vOyE", "3.9.11", "z5Kij5jI2ITfCTe/GdXxpAyqJaaiEaI3t+m1krK3HCs", "Q4idGkJMhPsVXhYZ8GKttphPvegLYENhF5DyK8vuwwA", "DlDwmUCcXmUbX93RYSSvHYMNEWU+eGqTwo5bj4qkcMQ", "daxydjHqsAK9EgJGGXqCNRRcuQaHvhgfelLeb0HUTTQ", "vZ2AgoPu9piC6ODCUp/kAMhgW3wI72TmedF2bBqH75U", "nLWrZQ761uR1Am93gvhSCUqUA5ZrzB95UGWxpKM+Nis", "jX7unAheCPPMbN9WvnzA3Io+JeBThWwakz77NSnAh94", "BCnVzrCV1eJMKSvxo5IIuIriNqaA74+j4YMOOhp+iII", "zqyHKbKFqMjoYRdt0trdf45+Jtj2TKxsYiahTSJSzUw", "DFKaUR96A5CPwSbEqEZ7R+JKTZiBIUfo54bPWehv6/A", "auJynZNwCEtx3KcxkZJbOWitF2S5PpMPZRZ0gsIZe9Q", "kTN2T6cLeOG1Ub0aMupXLF0OVN5chCNn9BBj0Ll1hJU", "4fOuB6KKaH+GAvtNKaG3LMXhE8YdxnadDYUIGrPgnHE", "C+Cl9STGjVIb4kF1ZcpD8xJbGEX5ltbWImaqQx5nP5M", "fXp0Wj1ureX9c1K0RMTJHOViotGIcW1plRVcLtXR4zc", "6kOkpHPr+Zr097muHQDjvWxaKjKQluVldZDtXYI5A90", "oefEVU0gDU+lDcQ82m2wIN+Z91uxBd18RBOcRNUED64", "AgvL//Ftxc41qJh2O+PYR8l98uFNq/SDqOyIsEVf+XE", "3.10.2", "20220227", "FAms2aUG4tHTtlwUiNtOQNjxnQmn3wmWZ8h6UG9xwO8", "gUatQ5BxDsabMWpWSZEt8CR9NfSkLiqpYVv/2Hs+I1o", "jzUajMNIu0XA+VuGNMg0XsbnSeSDOEGIrYZbdCg0JwM", "T6Sdq4O/gkCYFttDGAZSXOiUKApQnKlskePvyb7tH+o", "HL0XQk2Fj7s35hhL81X3KDCkfS4zpLjehy+oeqpJoV4", "oRDcuc3KjOZVshVCewxforGjdLrf44+7V8+wzijbQ04", "BJPomq5blbF/MJJALNe2UWSUytgXr/aMwpiKTAZa4as", "m2TsoqlPev+UCa1wvap/u/gUhpJmLnZEAYg5V5Q2IN0", "UyH4wscSObHiAC0oS+jsgl1Kb5XNkh5Y23HyWYNLeqE", "odmllM0xA7qiSTetkVDBo4lUS0NQ6FkgCz5cA2rDUr0", "sn9qteZK0SSo0xLVtlSn20nxhP7Q0DstlofpaItXlSQ", "UMCnEG2IWZnD+whkyQ5HMV6iF2w6ur3PqxbETKkyNxE", "mTbxVJ+VAxEilGXeUJs1wGKqR05QTCCh1vD2MtpX4AI", "m+KmZ/Ke0EgWXPs/Xb5hcD/T5ZVvj1F64Jh0CshBHAs", "jHcgEKJ9f9Wj4nHINcN7c71BvASnN1I/EqOSC/chWYs", "A6YRbqbb1dTmZ9S+wrUDLe79YEvAaJCM0QUyfEF9CQY", "ImKryjkCe1LZazl8XTKFsHqT+v193lIpWHajMen7SMQ", "0i2F9gsu+YK3R63aLRveSjLCPD2PZSwAzkRSZ1CFnk4", "3.8.12", "+aPLuB4EY9ZhUSWWR2LRMzh9VhsiajAZn1sDmyDx2UQ", "8yP7xVgDXBOoXOImfQ+tnokoImjsuBDjZP/x0KB51SU", "/LIDPwGisQpRvmjJobTH13WbWC9YpQM3H+Z6tZmHtBg", "W+nG1h4ji5Df2UdVBRwNOi2AI+v/20sPpOj+3QmmyrY", "qqdbkRWvc9w9r32wUO1PYP1n0qI+urMGcPGPuM+nHzM", "RljgigDWCx4BVZt01Y/03QTabfk11V9iaKFdbQpnnXQ", "GonBMHTlOnPMa22wSem/n5RTyMAW2ElkawfCfJMKwCY", "vAczE9PzidrbqznHqqc0592O6DwJzCrxhXp0IZ4HWsY", "fPrJpX4mK+PoiQNtf8VwKT5tPXRBHuI+H6mqRw04fmo", "mtIMUgwpHQgIfpr7Q5DzidK2bH/JfyP//BMT66/F/uA", "3.9.10", "rWbCo+cmMUfgRqMmlN57iXpG+wEkQJ0p06k+3mMciu4", "/a9ZQUJEYCnjFKm+uR8ax1r4ZjILULi5aBgeWSVQzWg", "Et0fEldi9Hl1mQ7HRFMqHPPbdK1g9N+0dspC3rf3jKQ", "N7pDhFw9+boBLWkSGtKep/IeovWZShVQB88VYNdM5QM", "+cawQSwHc+YEofldXbl/efmNlgvPDoUhXlM+pXNyEhY", "XCOl8TNWrfzybSfffkiIXmNEieOiOD5nwBPD8ewuCC4", "6XR3q50wtS+vfenjZP9QrPRJCij3v2+hGIf1om5W7JM", "RVCJzFdr2aWNtF6RnR/IZ+zbsCCAZ9/8hFzJu/BwG3A", "VsA0KprwQSZ26Jzfe1KsdgNwMXhrP1xAlCuLgtNmyW8", "wUXZ2BQ84WNnCvEktiPXokBRQ6NwiwM7TTPu01XmGyQ", "a9aW8V4XR894Pn4iaZrPmlY9cam+RkVkdrvT/qtAfzg", "05o5k8SwU+h3T7aPxDfjOdeqn7FTJKL+IIMexA/quJo", "i/esLNWCW4/eCm5TUmalfJfoL9WpeHeUCSC0A8peU9c", "Pjv00+caITHmwGTR5QGfWMucWP3Orkt2smrJeKbUmq0", "gxclHXSAufyLTwt227kbM5vFV2DMknFeZvkaMFU5ZJc", "wqjvL9DywDM3HpMcJYhETFhys8H+fHh+ATnp7gMXfqY", "Fi2lbAfzvseDw8ICsnTImrEV2ugqt3g7BEBMfjFbgZ8", "1FOr90HDGW/8hHDz6mQEo+K1WyZ0pQG7eRYvBhIkI+U", "cpython-{v}-aarch64-apple-darwin-pgo+lto-20211017T1616.tar.zst", "3.10.0", "20211017", "AWfiJmliCaXoMLe8SWPTeXvHiJOKmr4AzIYX7qiK+1M", "cpython-{v}-x86_64-apple-darwin-pgo+lto-20211017T1616.tar.zst", "dD38cQ1faw+6kYOWI0HokHlLlDkxrNHz0PdqM+vzSYM", "cpython-{v}-aarch64-unknown-linux-gnu-lto-20211017T1616.tar.zst", "idUStW26DVTLoqUtqKGTpgpSAH7AdqnJBuRTM2Vp4yY", "cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20211017T1616.tar.zst", "EeHPAfPpyEdJaNt5uVl0sDMmzEof1wCt5uSf7w5103c", "cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20211017T1616.tar.zst", "uomMuEmwLp9vVnoxUUNdX2uk3TliiQouRVA2d8a9IDw", "cpython-{v}-i686-pc-windows-msvc-shared-pgo-20211017T1616.tar.zst", "Dg0uOSiVtoinq7tpakZfei3H063fkRGrm2cRTOD9/p8", "cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20211017T1616.tar.zst", "guemUmrBHBWOF3mPlZZ/Xoahu9beFRZ9RvLyif8XQt0", "cpython-{v}-aarch64-apple-darwin-debug-20211017T1616.tar.zst", "t8Nddt/9kxLk++koU8uZ/NkkGc2+eXwXkMCc1O8qbbE", "cpython-{v}-x86_64-apple-darwin-debug-20211017T1616.tar.zst", "nHK+ZQ5oLulm1QZIU0WVpPQkBPJU+X+G8CawwRjgxww", "cpython-{v}-aarch64-unknown-linux-gnu-debug-20211017T1616.tar.zst", "VR1eBRjiWHx8dvMw8ieD2yP3+qH+LlZuk8hbCb32fa0", "cpython-{v}-i686-unknown-linux-gnu-debug-20211017T1616.tar.zst", "QapuRIjZGN6cC5NFlRgXQcZHNr/nffMV4xgffTlKjlA", "cpython-{v}-x86_64-unknown-linux-gnu-debug-20211017T1616.tar.zst", "dhPnfwxRRiFZk9k5vE9th0c+/RE2YtdN2I/izq/Uzew", "3.9.7", "11z+u3TffFGVlw5Op3Rm4WzABX/9nIRCR3uUG1F/Fjk", "EsW84bSNK4lgSewlJGSNVCnrqYJTm8Vx1DwaLsOZdjA", "3b/Xi1lrs7SKV9lL9Zp9mmkVAaOPG5fB1/2G9tgRlHg", "xxpxg2/LkLdQFEpUMcjc+iHpNMrvs/gBrQrwn1LoRO4", "M8tqSJVBi53it3D4q3LR/S2+u5V0eoH20YJMGQAGLfg", "VipZwct0coulIlUDQm56DJadzRP++zHx6V+ANTdxZdY", "Y0pO1aBcG8nxWJVLxISd5p1rfCxC2Ug6h1AG8z6w8Xw", "7xsuODAOnBOwRxv8NEVaVeggVYnnLOUi1eEPw4iol0Y", "5ociVYwsWgYUwq81MM9Z+KgXQ24Gwm3WlAfNn2fKFtM", "HeZ5Gizg8A5z9XI989Dw8+Ga46gkpm5FXX32V98XL+Y", "tx5VKl/qLAcxJgj4lgTP3+7slr8D3vLchVrdlbTTrs0", "/vKSNOZUCzLKSDDDuI49uxjME7LQhEgY80+y6xgoGmk", "cpython-{v}-x86_64-apple-darwin-pgo+lto-20210724T1424.tar.zst", "3.8.11", "20210724", "pCvY8jI2z9JH3l5DVrGPkDmFdXfBe15zv2Lbyrxdlro", "cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20210724T1424.tar.zst", "jtbvIHY15aMW+SEWkHrtL10qIOJ5Tz36O2k7O+Mey70", "cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210724T1424.tar.zst", "KyePgf982LntMqIVDddrsIwKskkZV9PDqmCit5x0V+s", "cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210724T1424.tar.zst", "r17qzPtqufH4lNghAMVC2ykyTXA9fdXSxDPEWzaePaI", "cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210724T1424.tar.zst", "rXo/ZDg/+Su/VkeFIbrmAubkpr5pNrD1DkLoNXW05Sc", "cpython-{v}-x86_64-apple-darwin-debug-20210724T1424.tar.zst", "lg6ZCRj8yFBg/5S4DUCXQHrz3gUFbIM33E0AflPw48I", "cpython-{v}-i686-unknown-linux-gnu-debug-20210724T1424.tar.zst", "WHHJ7mN9Tl39KlBCutHunOEUBaDVBT8NUzyQ428/eYI", "cpython-{v}-x86_64-unknown-linux-gnu-debug-20210724T1424.tar.zst", "kIrecffQDDaNo03KuLCDRyIx4SqS6AqZ4G+DDbK7D8E", "cpython-{v}-aarch64-apple-darwin-pgo+lto-20210724T1424.tar.zst", "3.9.6", "p1pnIIi/OPDoS1fI76Sgg6JiwKbVrp5R8eddWR209ww", "Y7mecdQ3GO1i7yULRZIfI/BNO9LU4Dkg5J4c+NI8U44", "cpython-{v}-aarch64-unknown-linux-gnu-lto-20210724T1424.tar.zst", "1lJQUWMPod7OmbAzkG0HwoeMqK4flQcq/0vP3z6qvWY", "JfcKF9PqLW4fNt1CpU6Dz0Wqevh0lrkMFAFZn39VL5A", "gGTbhTvOmrev5er98S+y4d98OUcfLOzbGpyErmp6F5M", "DMErktb6Qnu7XhTSqfBdkNZRVYiHVm2rk5Gt3crdnhU", "ZSX2LORdFim2iwiDbQq2gc88bSz5w/1jyP1rNqkPuds", "cpython-{v}-aarch64-apple-darwin-debug-20210724T1424.tar.zst", "eyoIZyI2CDUYoQzLtwKiCy42N+kWYGDNLidZ6AKM5qQ", "5CD0ZTRTlZwAQ37xYan84SzlAiPMg0RMMjnCtLhh3qQ", "cpython-{v}-aarch64-unknown-linux-gnu-debug-20210724T1424.tar.zst", "jSgGacEIfHi7bDzRoJRrQZApekyiSNgwCLEoERIrdAo", "dnfvDkWMrokrSAgjPYRdSUpqdORVgsh6uDy4ZORLWMs", "INKAXw2cWnv/UN/lm7c9uQbUwGFrdCZPAG+CpoFkil4", "cpython-{v}-x86_64-apple-darwin-pgo+lto-20210506T0943.tar.zst", "3.8.10", "20210506", "jQa+wI24zdD2T08F7oks8vy8WM+x3WnaLKq3j6xCAjg", "cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20210506T0943.tar.zst", "ofES8os7+zV4IMPb+2BLej+9wlYkGOi7f7/tmUAYhKc", "cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210506T0943.tar.zst", "rsjExTNzuQvn4hMQk8qiYGO+bZ2Cb1mck1wOEEKvM1U", "cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210506T0943.tar.zst", "a30Z/IYqQffR0AmyMeSxUc/1u6vwiuctRvw4T/pA30c", "cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210506T0943.tar.zst", "0MnUc/8Ym67i4hS2+m/4GreGWt+F8zYMyVeYxPRKISg", "cpython-{v}-x86_64-apple-darwin-debug-20210506T0943.tar.zst", "x/6p300yA3E5GXkc8TnBCVoEK6Wf5Yz4CoZUKPrZMPU", "cpython-{v}-i686-unknown-linux-gnu-debug-20210506T0943.tar.zst", "6QE5Vzsjzzw7QTPXiVcQm+0z5lo+S7fZd8/eZVJTc4c", "cpython-{v}-x86_64-unknown-linux-gnu-debug-20210506T0943.tar.zst", "5i65iu2xXc9IwqfTxMVCE/KqYCYDP7Hug9TNClsNolA", "cpython-{v}-aarch64-apple-darwin-pgo+lto-20210506T0943.tar.zst", "3.9.5", "qjcfMCynvniVetvh41D+tEMXZoLjmGN6Eimg1oPFtCU", "REk0e1x//YQkh9VT2fQ5PDZVppcTifLF9fQURLSCTNg", "SMae20BfScBJj3e/rKj53+8mGNtIrZ9IZuuM7djnouw", "udYey0pJbeDlbqIJtLI6LjJgp+Ma2w+r89KLGXVIC1k", "00/tUiZOPutY3HJDLb4wALa9xbjhsg9LAdVtsQkHKjk", "SVa4wpqyhB8EzZqkZeMHO+IQfO1ZY24qgtNbDIgV4hc", "cpython-{v}-aarch64-apple-darwin-debug-20210506T0943.tar.zst", "/UyGkyRLjPxt3PsZroi4H1+rbfyleZQhdXkRu2V23/8", "2ZByVo8uTbMPUFGybLiIpLNqySjXazNWNFR+C7ILaKc", "3mpc9jxIRVFo6aOUDSK5lPuK6SIzjwJpW+qWXOQC7bs", "yymE+z+sHsmR1SCsQ7DF8pbd77oW7hLcR21mawMJiTI", "cpython-{v}-x86_64-apple-darwin-pgo+lto-20210414T1515.tar.zst", "3.8.9", "20210415", "6RWyx4JNHtkwoxSRKkDar0ZyIAuaBou3VCuutIrfKfs", "cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20210414T1515.tar.zst", "gpkiOAA4Igg5a291VLQ1YrNGmLWsUNK9ThByEjfaP8Y", "cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210414T1515.tar.zst", "vHiIXjX9caRLRGnVYlFFSh/kjdgSN0ua/p0d/B4A6a8", "cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210414T1515.tar.zst", "EGFSOhIpEVBLUl6uG99ALkyxKedljI+gQb1EAy0i3HE", "cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210414T1515.tar.zst", "Cff0BbqGFV/e1EwIIfBe3eurEAgzbglSNH5T8JstVhw", "cpython-{v}-x86_64-apple-darwin-debug-20210414T1515.tar.zst", "k/ltP3W0uv56Mz+yc59P+0vqKY8tKnx9KvJJFSVg++g", "cpython-{v}-i686-unknown-linux-gnu-debug-20210414T1515.tar.zst", "4djKBpYSo2iu2nlJaR3S3OjrozoPX4WjBkx5WMxc8G8", "cpython-{v}-x86_64-unknown-linux-gnu-debug-20210414T1515.tar.zst", "Dk9neciIBMHER2IeI4NfXyl8ysiWjS3378DJ4eyPNic", "cpython-{v}-aarch64-apple-darwin-pgo+lto-20210414T1515.tar.zst", "3.9.4", "KuytAqEi5OOgLPX4XSXkmuLSxOXwfHonSKCKq3VIr6E", "fQ/HD+xH/wAfGS+xLTBwuJ5NhOIXRcjzA1AaHcO+zeA", "hSwmXoUW97NPTrkER6OnHjZcNSBupwWToLHZrFSTN74", "MLpNcZLn10t9izXksmYiV2qBCR4IFHFp2YnhX8iS6NU", "pgnuZ9EHmkJdqYmAb9x0ens7pCRAKecqELAusGi2MnY", "6/Ssxd/yOPit/xjltgQg8FxoiJb0AgoLeOXEhBkGkfo", "cpython-{v}-aarch64-apple-darwin-debug-20210414T1515.tar.zst", "90sxu7aX0xIwNno41N8sTndgZ/G7KGW096kpdMsvuXE", "NrjLapLjVb+WKesGWirX+xRXXhOSjdDdOWV9fPa9vL8", "/4YfT+QTbzTu/pSNk+A8aX0suiR0s48AO0+eqZ9SJvw", "NooQiV77LqNR+wq/g+aytpy0KWoLbZ9Iw5Qn9DrS/pg", "cpython-{v}-aarch64-apple-darwin-pgo+lto-20210413T2055.tar.zst", "3.9.3", "20210414", "CPDeV6V33TI7bCMmLhTbiiFCEUxBUZI6ATNjZNUA5Tk", "cpython-{v}-x86_64-apple-darwin-pgo+lto-20210413T2055.tar.zst", "it55iGxTDaZP7ZmBFL88ngDH/5cHp0QApf725Xdo7u8", "cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210413T2055.tar.zst", "PfLiotH1rQqFokWO2xyVO0nLzehIAYBtRqEl/kcbtBY", "cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210413T2055.tar.zst", "KyE7RoKVsFmTbPkpPPBqX6mH7Fie/sLl14DgR9Eoiwc", "cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210413T2055.tar.zst", "1IdyeeTv4gvkMGJDRsg9gtt+9MN5skmtgpuXTd8PH4Y", "cpython-{v}-aarch64-apple-darwin-debug-20210413T2055.tar.zst", "3/dTsnKMribH6trcGcwYCRsEse0klYS3Wbm55ncLE+s", "cpython-{v}-x86_64-apple-darwin-debug-20210413T2055.tar.zst", "1dE20eHnfuPU0wd7/OWvVmKYVr3A+pfJmQsPiTRGnqc", "cpython-{v}-x86_64-unknown-linux-gnu-debug-20210413T2055.tar.zst", "kMs2P3Z5QZMy2cRuEmyeFsBYf4Gow0HRqecFTE6BDcw", "cpython-{v}-x86_64-apple-darwin-pgo+lto-20210327T1202.tar.zst", "3.8.8", "20210327", "PDUHBzcOlLNi8G/SvLffy/UlQd0Bo6nw0AXiW2hTjQc", "cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20210327T1202.tar.zst", "lDhOy/NX1PHpA5oGvtl4B4ve2fuYhV6Y5pBrGhVh0PE", "cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210327T1202.tar.zst", "SJ0e6LyP0vJ2i8/0etu09fIe/lEvE99rk20vM8CZ4C4", "cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210327T1202.tar.zst", "4wrl8Tbm/S+4Iu5h9pn9gAw6rd3SJgP66BGXokuPAME", "cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210327T1202.tar.zst", "DHV2rbKZ60tJQ1if7FFwAPQFbP/409ij1P5vlX/NErQ", "cpython-{v}-i686-unknown-linux-gnu-debug-20210327T1202.tar.zst", "JXitxnoo7P8FVYX/a5Wwmtc+h2+6VLqsDMp7ZqUWLo4", "cpython-{v}-x86_64-unknown-linux-gnu-debug-20210327T1202.tar.zst", "V5D3UdwhCJPSi/PPoRU5GPxI/9c+kIDQCTwHj5Ik8N4", "cpython-{v}-aarch64-apple-darwin-pgo+lto-20210327T1202.tar.zst", "3.9.2", "SdPQYo/gnPl90VwZ7TM1nnuTB8irj0DxRYBjhqcroDY", "dI+OF8S9F4Ngy7yNJZVzE0xI7GJO8tDPQf/jGj7gPEs", "Hwc0fiIhYkgSROBn7crvjzm/jiuVQlHiThBUKKIZ6QE", "RVtjqJha2pl311RjNJvVj1bXIBaktjfHOrP+V22ytos", "JYzx9Ih7wWEGKUjEeTmLX2shwRMW0M4JYIqPiU0cjk4", "q4Et0843LZnbH8dUMJmLC/VNODhNymi6S0JfqpQ3M3g", "cpython-{v}-aarch64-apple-darwin-debug-20210327T1202.tar.zst", "NHgnpWHDFua9BIXLyaTNU9mSSeKml1SPwTN8TQRVN5g", "cpython-{v}-x86_64-apple-darwin-debug-20210327T1202.tar.zst", "aLJCNGI80QVpunHNWso8Q1MwsO9KuCwJvrf5CArfS4E", "2bta1tYI40AAZjgrrlzT0ui7rpFtw9xSHWodQWXU0AY", "f8CwAk8MDHa9uePudSJTh9+JjBluRHPNzFRshn0zbBg", "cpython-{v}-x86_64-apple-darwin-debug-20210325T0901.tar.zst", "20210325", "PGsJAZs6Jr6yvZYdWCuyDOTns9UyEK37lQ/P/Ilypd4", "cpython-{v}-x86_64-apple-darwin-pgo-20210103T1125.tar.zst", "3.8.7", "20210103", "12MAu3lnt+XjYaCSlk2GIxQf1bHkGrriDXrG+4flbJI", "cpython-{v}-x86_64-unknown-linux-gnu-pgo-20210103T1125.tar.zst", "1Xi1WDy5B+rCoCcH5vQ+4KOLBJH521uODyO08tMEImA", "cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210103T1125.tar.zst", "xNV3cY0C+vUItTRYpwOc5vlHiX+L4LaJ+xOKy/QbSWw", "cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210103T1125.tar.zst", "j71m8v+XGS98SP09AN4zMPiUUxzL4BIF2Gtu1fQQj6o", "cpython-{v}-x86_64-apple-darwin-debug-20210103T1125.tar.zst", "o6fUSWySjGOdmGMt9JENCSpaFCglPqejZN0JEk01JOE", "cpython-{v}-x86_64-unknown-linux-gnu-debug-20210103T1125.tar.zst", "WOr8st/HqP8RWz1YiK/K2ml/8+ND6Rkz4l6olqPUmgg", "3.9.1", "PawrgVQhgOEZiZyU6lXtx346IQqH9WaGs4cYMi6Mb7U", "z/WxD6tR+ed0u54PmHjxuicD0AVhjOCJmQXQodrDG0U", "4x2/L+5fC+aZIIi5JbjhHGUbevvPURHLiI0Gm7MnNXU", "qY8sDgPSrqxx2VbjqDxVBVLQad3jpMOxEwhQSXnF2zU", "Mbvt6gptFph0BbIvvdG+u4vPaATAH8TYR3+nCzdnFlc", "fhN25+LDChB3WvlK4Yf+shEkTeNo3mSKuq5sI1dACos", "cpython-{v}-x86_64-apple-darwin-pgo-20201020T0626.tar.zst", "3.8.6", "20201020", "4GgH7U1okoY0smkKhup6E9M5wP/zgIgW6Yxka73B95o", "cpython-{v}-x86_64-unknown-linux-gnu-pgo-20201020T0627.tar.zst", "eJ9Y7OOrTuWZ6f1/a9lmUVe6GlfcohBznfBofON1e1U", "cpython-{v}-i686-pc-windows-msvc-shared-pgo-20201021T0233.tar.zst", "ZCCczzc6uhXnV39TjiDfm2W/PH+0CG154s1dk/+OyP0", "cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20201021T0232.tar.zst", "uELdxRo2EbV0vVq6jiM7uaelKwR5OIGH8xcj7OCb+Jg", "cpython-{v}-x86_64-apple-darwin-debug-20201020T0626.tar.zst", "E+5afXVty3Vl7HCdUFRjC0fiNJSXa3kmANUGoHesYDk", "cpython-{v}-x86_64-unknown-linux-gnu-debug-20201020T0627.tar.zst", "EjRM78Q9sBZ9ajhb2ifBAPZH5yUPHEP31KhnwLYpFh4", "3.9.0", "0ewjRZ9u6/iBp8W/Dnc3fGfWCt1n1X7OYxbkJavmlJQ", "1monGTK3Y7aq02p/I+FSY9ZySNSCjvkLAnjelZk46tw", "cpython-{v}-i686-pc-windows-msvc-shared-pgo-20201021T0245.tar.zst", "yR0MfeFXuHGq9KNM/uQAj+ZGe4sqc+DFGPP8/0LDl1I", "cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20201021T0245.tar.zst", "BpDMYc50myGIzJOAlVN4qD4sqVJH/pLHVOXIJWwdMsY", "jVc1gzukQehaT2YyBL+B0ZJlPsPu02G9jP2y5ziAWl0", "6uYaQp1WgiU8ckVuuK8vS9XwjeuvtNb9Ykh8QCExRME", "cpython-{v}-i686-pc-windows-msvc-shared-pgo-20200830T2311.tar.zst", "3.8.5", "20200830", "9AaQkeE7HNeaEHwPartLVo9FtKA2PgSGwDTyZGJ/C+c", "cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20200830T2254.tar.zst", "OPrk7w4es8h7dh4JEdEs2p82J06mYQJms7/Mu4y5rZ4", "cpython-{v}-x86_64-apple-darwin-pgo-20200823T2228.tar.zst", "20200823", "Ww0oSWzsztBnYW9GsAbw8ZPxLQDW+jERtLWRgPGsHFY", "cpython-{v}-x86_64-apple-darwin-debug-20200823T2228.tar.zst", "ff0jAB1bwKHcLs4MNv1lrB9jUK+h7PxgZ9YFixvhNIc", "cpython-{v}-x86_64-unknown-linux-gnu-pgo-20200823T0036.tar.zst", "20200822", "MIQduBSng3eAtxYbE62U5NpaVCXAVM7c6wcFKr8gxMI", "cpython-{v}-x86_64-unknown-linux-gnu-debug-20200823T0036.tar.zst", "ck68V4KybsxBoCLJcqZluUOPLVkjcO+eXcvOKQocSV0", "cpython-{v}-x86_64-apple-darwin-pgo-20200530T1845.tar.zst", "3.8.3", "20200530", "rfmK8PC6j1WoRHbggAIQtZ7dZ7uYgAvj68XR8BV/8B4", "cpython-{v}-x86_64-apple-darwin-debug-20200530T1845.tar.zst", "CvJEzWKkR/sLcfUd3scEBQWmMLliK1Du+FoDfaMdVqM", "cpython-{v}-x86_64-unknown-linux-gnu-pgo-20200518T0040.tar.zst", "20200517", "qa7g8L0viqsJs4aRXa6lCOZxOtQ6RfoTr+Q/0+Gx/Zs", "cpython-{v}-i686-pc-windows-msvc-shared-pgo-20200518T0154.tar.zst", "UpPMTyR6wm9KS+EBzHVi5TpDiWoz7UZM0L0x73YKidk", "cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20200517T2207.tar.zst", "2kD621jZE1jAUJMiD60gGkLOrDICRGZ7AHFdDNVyCMI", "cpython-{v}-x86_64-unknown-linux-gnu-debug-20200518T0040.tar.zst", "a6mYiLqM2oVzsHIjjSFu14JA+FABrHh3/nF1TymwGJU", "cpython-{v}-x86_64-apple-darwin-pgo-20200418T2238.tar.zst", "3.8.2", "20200418", "9uEaGMP+hBoaRfw6eG71TBVAxIqnW21HrY1q50tEzh0", "cpython-{v}-x86_64-unknown-linux-gnu-pgo-20200418T2243.tar.zst", "x6pRtd6yIOIlSn4yrnEGdI1YVLl4di+OuDRoyJRtzbs", "cpython-{v}-i686-pc-windows-msvc-shared-pgo-20200418T2315.tar.zst", "m0SbB5zOeDfNYPHQ1NC8v0IQGPlyVV4C9b1OIZoFkiA", "cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20200418T2315.tar.zst", "Ais2MCZaBUddVUypfR2FwtcnDMDJX7SvGyFVvsflvV0", "cpython-{v}-x86_64-apple-darwin-debug-20200418T2258.tar.zst", "q8BQKH+Na4wgDSyUUptamAtE33c6CCQO8GIFNW1YVlU", "cpython-{v}-x86_64-unknown-linux-gnu-debug-20200418T2305.tar.zst", "qb/vgpbS16fDSNm5aGI80KBwh2kYpFTD1Xq1cpn/hNQ", "graalpy-3.10.0-darwin-aarch64-none", "https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-macos-aarch64.tar.gz", "24.0.2", "Vo+Et3hl9ZUrRWhA6PqEOBHgwyVTos53fHtGCtMF8+U", "graalpy-3.10.0-darwin-x86_64-none", "https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-macos-amd64.tar.gz", "b+fEbJ5PlYIX9Xavyri9Za1Pt9qr8tJTU6t6nKRcAdI", "graalpy-3.10.0-linux-aarch64-gnu", "https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-linux-aarch64.tar.gz", "zX4XuwpyrvvT28gcNAsg0asICnByzPqVaGWL3GFSkR8", "graalpy-3.10.0-linux-x86_64-gnu", "https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-linux-amd64.tar.gz", "UQqihNJY4wi/pNnfRA93OaLPl3y50qCHkmnZu+SF5aQ", "graalpy-3.10.0-windows-x86_64-none", "https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-windows-amd64.zip", "64LbSLQ+BAypuQagCnRty2yEj5y10KGmMUIk1HhWhTg", "graalpy-3.11.0-darwin-aarch64-none", "https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-macos-aarch64.tar.gz", "24.2.2", "9KKuAbrg+lPsDRn4bXPG3MKhYtJFVSAwGDuEv92PdjU", "graalpy-3.11.0-darwin-x86_64-none", "https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-macos-amd64.tar.gz", "L01efb35Djh3jfy4yj4ex+7iV+9yaxk31byRtUzd35s", "graalpy-3.11.0-linux-aarch64-gnu", "https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-linux-aarch64.tar.gz", "yb5FmrlHmJK4jdY/j4jLx7EGf0yyf/F/R2Gzbea9c68", "graalpy-3.11.0-linux-x86_64-gnu", "https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-linux-amd64.tar.gz", "YEt6v2xYA4owhm5S2kOBivY7zZeQmvixqWUjx/DgFBQ", "graalpy-3.11.0-windows-x86_64-none", "https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-windows-amd64.zip", "lgYTQoTU2VsvnWnDCHzT6eSI9GNVtBn15mWIoygd9qM", "graalpy-3.12.0-darwin-aarch64-none", "https://github.com/oracle/graalpython/releases/download/graal-25.2.4/graalpy3.12-25.2.4-macos-aarch64.tar.gz", "25.2.4", "efDh/vtCu0hBIq6eUMshzhRUHRjmvWbEmORLRZzmUt8", "graalpy-3.12.0-darwin-x86_64-none", "https://github.com/oracle/graalpython/releases/download/graal-25.0.1/graalpy-25.0.1-macos-amd64.tar.gz", "25.0.1", "ELByHVI5fwzIXwOJADGNoiA3EcvPrniZ4/rtSdPcYiE", "graalpy-3.12.0-linux-aarch64-gnu", "https://github.com/oracle/graalpython/releases/download/graal-25.2.4/graalpy3.12-25.2.4-linux-aarch64.tar.gz", "5XRyJysbZZrmrJchF3I7BRWknMlXdojtVWORl5MXDWc", "graalpy-3.12.0-linux-x86_64-gnu", "https://github.com/oracle/graalpython/releases/download/graal-25.2.4/graalpy3.12-25.2.4-linux-amd64.tar.gz", "s9B2aubVXaoV8NsfbIhDg9fuxQaxhtC6L3AlI6eP8o0", "graalpy-3.12.0-windows-x86_64-none", "https://github.com/oracle/graalpython/releases/download/graal-25.2.4/graalpy3.12-25.2.4-windows-amd64.zip", "tfmq7JOydx71jqEBE8wmq4KR4nSObCZaa5U493HVQ9A", "graalpy-3.8.5-darwin-aarch64-none", "https://github.com/oracle/graalpython/releases/download/vm-22.3.1/graalpy-22.3.1-macos-aarch64.tar.gz", "22.3.1", "AXId3VYJShhUAwmcAjDzvx7rWrvMlt0xmLGT2nYzKas", "graalpy-3.8.5-darwin-x86_64-none", "https://github.com/oracle/graalpython/releases/download/vm-22.3.1/graalpy-22.3.1-macos-amd64.tar.gz", "JK8vRBCC+tKqVTzeGh1jVtbFygpnkfeRBRJZPc2QnQk", "graalpy-3.8.5-linux-aarch64-gnu", "https://github.com/oracle/graalpython/releases/download/vm-22.3.1/graalpy-22.3.1-linux-aarch64.tar.gz", "4FEkbFoSP+gYD9+wcoQyJNVLuLhZUz0nX43yFwAXG7U", "graalpy-3.8.5-linux-x86_64-gnu", "https://github.com/oracle/graalpython/releases/download/vm-22.3.1/graalpy-22.3.1-linux-amd64.tar.gz", "nvOIXIpJinDeU7xxQJ8+YPNunOXT10Wxc/7cyh9KvRI", "pypy-3.10.16-darwin-aarch64-none", "https://downloads.python.org/pypy/pypy3.10-v7.3.19-macos_arm64.tar.gz", "7.3.19", "cqdM9kXkNgj32IgxWB+w+OH5Y/s48Hk7rNN9UBiprrg", "pypy-3.10.16-darwin-x86_64-none", "https://downloads.python.org/pypy/pypy3.10-v7.3.19-macos_x86_64.tar.gz", "Y/nTDN2eR8/ieb6UGXWsPSTkbHl1bNHRvSxVHCfYsyw", "pypy-3.10.16-linux-aarch64-gnu", "https://downloads.python.org/pypy/pypy3.10-v7.3.19-aarch64.tar.gz", "WYtz4WbEziFfMnzBV5xU6tjysEjeQp1bd8XQou2y9WY", "pypy-3.10.16-linux-i686-gnu", "https://downloads.python.org/pypy/pypy3.10-v7.3.19-linux32.tar.gz", "isoYI98jXzShRcP5EH7jxbgyYa29KsrA10si+TC98Es", "pypy-3.10.16-linux-x86_64-gnu", "https://downloads.python.org/pypy/pypy3.10-v7.3.19-linux64.tar.gz", "q/uwW7NpHmlM+TB2NdFNCGbwqFQp34lYwRDj3haHBrQ", "pypy-3.10.16-windows-x86_64-none", "https://downloads.python.org/pypy/pypy3.10-v7.3.19-win64.zip", "wNB7umyPtOWAT0qLP47wfMPYn2rR20KkX/ub5gu7fMI", "pypy-3.11.15-darwin-aarch64-none", "https://downloads.python.org/pypy/pypy3.11-v7.3.23-macos_arm64.tar.gz", "7.3.23", "+DezwgPWDX4lox4mdnGge6DJuayAga0iVXH7BvzPG3s", "pypy-3.11.15-darwin-x86_64-none", "https://downloads.python.org/pypy/pypy3.11-v7.3.23-macos_x86_64.tar.gz", "eYJ5sPIziTriJ1QpCu3zWhrqHskBOorYEQ8WbYWUTJE", "pypy-3.11.15-linux-aarch64-gnu", "https://downloads.python.org/pypy/pypy3.11-v7.3.23-aarch64.tar.gz", "7TsnqVJXqLuIcHBC5rtf5kVp1H70S9yYQscwZnY3370", "pypy-3.11.15-linux-i686-gnu", "https://downloads.python.org/pypy/pypy3.11-v7.3.23-linux32.tar.gz", "Kxi52PHtHGmsOqzTtt2/Ay77MHsQJA9ZylwKqPI6VEs", "pypy-3.11.15-linux-x86_64-gnu", "https://downloads.python.org/pypy/pypy3.11-v7.3.23-linux64.tar.gz", "K8qwMc73o3/hkwtR9wkeeKGRrmP4DsoAomXTN4w6ZFs", "pypy-3.11.15-windows-x86_64-none", "https://downloads.python.org/pypy/pypy3.11-v7.3.23-win64.zip", "lIuOpY3qW5kXIQ/kr9JCx4j7+rocPxol5pakBPcDOJo", "pypy-3.8.16-darwin-aarch64-none", "https://downloads.python.org/pypy/pypy3.8-v7.3.11-macos_arm64.tar.gz", "7.3.11", "EQ3qZALsHiPQPtCLgy/tfZ6VruHYPzogkHpmaChneVw", "pypy-3.8.16-darwin-x86_64-none", "https://downloads.python.org/pypy/pypy3.8-v7.3.11-macos_x86_64.tar.gz", "DoP+v4kavEie6zrismtGbzfbThrskz0oc3imagTg0Fc", "pypy-3.8.16-linux-aarch64-gnu", "https://downloads.python.org/pypy/pypy3.8-v7.3.11-aarch64.tar.gz", "or0CrfjdqIcSO/VYEEN3SDrLzfSOt/Z5r0jX5tBmWR4", "pypy-3.8.16-linux-i686-gnu", "https://downloads.python.org/pypy/pypy3.8-v7.3.11-linux32.tar.gz", "iAyWVLyhZxMVsQ3khfV05DbP/b/HkWIm9qNmPooB7LY", "pypy-3.8.16-linux-s390x-gnu", "https://downloads.python.org/pypy/pypy3.8-v7.3.11-s390x.tar.gz", "F4vQpQnmP8YEfkUNW9wZnZrFFRwhc4COS3IFUJjJmVo", "pypy-3.8.16-linux-x86_64-gnu", "https://downloads.python.org/pypy/pypy3.8-v7.3.11-linux64.tar.gz", "LZdjl/a8lOAGf1za36FInfPJUkmq/tE6PX0uvifwrOs", "pypy-3.8.16-windows-x86_64-none", "https://downloads.python.org/pypy/pypy3.8-v7.3.11-win64.zip", "D0b7bfMpQeoBb3fP1+m0JtWsJaKvJFNBTfZhA5QchDU", "pypy-3.9.19-darwin-aarch64-none", "https://downloads.python.org/pypy/pypy3.9-v7.3.16-macos_arm64.tar.gz", "7.3.16", "sJzjqGXBwPTljA7k9wUR8bJ9/B9xSPS2Bgz9/VgcnoI", "pypy-3.9.19-darwin-x86_64-none", "https://downloads.python.org/pypy/pypy3.9-v7.3.16-macos_x86_64.tar.gz", "fqdiobCvdUWnTNQmC7P9KBKBPe/+8u+NL93V4D+mPvE", "pypy-3.9.19-linux-aarch64-gnu", "https://downloads.python.org/pypy/pypy3.9-v7.3.16-aarch64.tar.gz", "LM7l0r3qeBT38fZeXCGT++FseQU0778me0IwE8A5GZ0", "pypy-3.9.19-linux-i686-gnu", "https://downloads.python.org/pypy/pypy3.9-v7.3.16-linux32.tar.gz", "+oplMmo6i++che/UJNWMyVe24SBpwccLF4+czRJBTgE", "pypy-3.9.19-linux-s390x-gnu", "https://downloads.python.org/pypy/pypy3.9-v7.3.16-s390x.tar.gz", "HkrOczgpss2rP+JKH98Ps0zE1UEXNs27xigeXdviJ80", "pypy-3.9.19-linux-x86_64-gnu", "https://downloads.python.org/pypy/pypy3.9-v7.3.16-linux64.tar.gz", "lYhbhkxbFWDWrjvB/QCzcyysbbUyi+uc1CW/DN7g5bA", "pypy-3.9.19-windows-x86_64-none", "https://downloads.python.org/pypy/pypy3.9-v7.3.16-win64.zip", "BuwSpelk3ArTPm84AYWk0pUXjc5tbfUS9QjnruAKEyM"], rows: [[0, 1, 2, 3], [4, 1, 2, 5], [6, 1, 2, 7], [8, 1, 2, 9], [10, 1, 2, 11], [12, 1, 2, 13], [14, 1, 2, 15], [16, 1, 2, 17], [18, 1, 2, 19], [20, 1, 2, 21], [22, 1, 2, 23], [24, 1, 2, 25], [26, 1, 2, 27], [28, 1, 2, 29], [30, 1, 2, 31], [32, 1, 2, 33], [34, 1, 2, 35], [36, 1, 2, 37], [38, 1, 2, 39], [40, 1, 2, 41], [42, 1, 2, 43], [44, 1, 2, 45], [46, 1, 2, 47], [48, 1, 2, 49], [50, 1, 2, 51], [52, 1, 2, 53], [54, 1, 2, 55], [56, 1, 2, 57], [58, 1, 2, 59], [60, 1, 2, 61], [62, 1, 2, 63], [64, 1, 2, 65], [66, 1, 2, 67], [68, 1, 2, 69], [70, 1, 2, 71], [72, 1, 2, 73], [0, 74, 2, 75], [4, 74, 2, 76], [6, 74, 2, 77], [8, 74, 2, 78], [10, 74, 2, 79], [12, 74, 2, 80], [14, 74, 2, 81], [16, 74, 2, 82], [18, 74, 2, 83], [20, 74, 2, 84], [22, 74, 2, 85], [24, 74, 2, 86], [26, 74, 2, 87], [28, 74, 2, 88], [30, 74, 2, 89], [32, 74, 2, 90], [34, 74, 2, 91], [92, 74, 2, 93], [36, 74, 2, 94], [38, 74, 2, 95], [40, 74, 2, 96], [42, 74, 2, 97], [44, 74, 2, 98], [46, 74, 2, 99], [48, 74, 2, 100], [50, 74, 2, 101], [52, 74, 2, 102], [54, 74, 2, 103], [56, 74, 2, 104], [58, 74, 2, 105], [60, 74, 2, 106], [62, 74, 2, 107], [64, 74, 2, 108], [66, 74, 2, 109], [68, 74, 2, 110], [70, 74, 2, 111], [72, 74, 2, 112], [0, 113, 2, 114], [4, 113, 2, 115], [6, 113, 2, 116], [8, 113, 2, 117], [10, 113, 2, 118], [12, 113, 2, 119], [14, 113, 2, 120], [16, 113, 2, 121], [18, 113, 2, 122], [20, 113, 2, 123], [22, 113, 2, 124], [24, 113, 2, 125], [26, 113, 2, 126], [28, 113, 2, 127], [30, 113, 2, 128], [32, 113, 2, 129], [34, 113, 2, 130], [92, 113, 2, 131], [36, 113, 2, 132], [38, 113, 2, 133], [40, 113, 2, 134], [42, 113, 2, 135], [44, 113, 2, 136], [46, 113, 2, 137], [48, 113, 2, 138], [50, 113, 2, 139], [52, 113, 2, 140], [54, 113, 2, 141], [56, 113, 2, 142], [58, 113, 2, 143], [60, 113, 2, 144], [62, 113, 2, 145], [64, 113, 2, 146], [66, 113, 2, 147], [68, 113, 2, 148], [70, 113, 2, 149], [72, 113, 2, 150], [0, 151, 2, 152], [4, 151, 2, 153], [6, 151, 2, 154], [8, 151, 2, 155], [10, 151, 2, 156], [12, 151, 2, 157], [14, 151, 2, 158], [16, 151, 2, 159], [18, 151, 2, 160], [20, 151, 2, 161], [22, 151, 2, 162], [24, 151, 2, 163], [26, 151, 2, 164], [28, 151, 2, 165], [30, 151, 2, 166], [32, 151, 2, 167], [34, 151, 2, 168], [92, 151, 2, 169], [36, 151, 2, 170], [38, 151, 2, 171], [40, 151, 2, 172], [42, 151, 2, 173], [44, 151, 2, 174], [46, 151, 2, 175], [48, 151, 2, 176], [50, 151, 2, 177], [52, 151, 2, 178], [54, 151, 2, 179], [56, 151, 2, 180], [58, 151, 2, 181], [60, 151, 2, 182], [62, 151, 2, 183], [64, 151, 2, 184], [66, 151, 2, 185], [68, 151, 2, 186], [70, 151, 2, 187], [72, 151, 2, 188], [189, 151, 2, 190], [191, 151, 2, 192], [193, 151, 2, 194], [195, 151, 2, 196], [197, 151, 2, 198], [199, 151, 2, 200], [201, 151, 2, 202], [203, 151, 2, 204], [205, 151, 2, 206], [207, 151, 2, 208], [209, 151, 2, 210], [211, 151, 2, 212], [213, 151, 2, 214], [215, 151, 2, 216], [217, 151, 2, 218], [219, 151, 2, 220], [221, 151, 2, 222], [223, 151, 2, 224], [225, 151, 2, 226], [227, 151, 2, 228], [229, 151, 2, 230], [231, 151, 2, 232], [233, 151, 2, 234], [235, 151, 2, 236], [237, 151, 2, 238], [239, 151, 2, 240], [241, 151, 2, 242], [243, 151, 2, 244], [245, 151, 2, 246], [247, 151, 2, 248], [249, 151, 2, 250], [251, 151, 2, 252], [253, 151, 2, 254], [255, 151, 2, 256], [257, 151, 2, 258], [259, 151, 2, 260], [261, 151, 2, 262], [0, 263, 2, 264], [4, 263, 2, 265], [6, 263, 2, 266], [8, 263, 2, 267], [10, 263, 2, 268], [12, 263, 2, 269], [14, 263, 2, 270], [16, 263, 2, 271], [18, 263, 2, 272], [20, 263, 2, 273], [22, 263, 2, 274], [24, 263, 2, 275], [26, 263, 2, 276], [28, 263, 2, 277], [30, 263, 2, 278], [32, 263, 2, 279], [34, 263, 2, 280], [92, 263, 2, 281], [36, 263, 2, 282], [38, 263, 2, 283], [40, 263, 2, 284], [42, 263, 2, 285], [44, 263, 2, 286], [46, 263, 2, 287], [48, 263, 2, 288], [50, 263, 2, 289], [52, 263, 2, 290], [54, 263, 2, 291], [56, 263, 2, 292], [58, 263, 2, 293], [60, 263, 2, 294], [62, 263, 2, 295], [64, 263, 2, 296], [66, 263, 2, 297], [68, 263, 2, 298], [70, 263, 2, 299], [72, 263, 2, 300], [189, 263, 2, 301], [191, 263, 2, 302], [193, 263, 2, 303], [195, 263, 2, 304], [197, 263, 2, 305], [199, 263, 2, 306], [201, 263, 2, 307], [203, 263, 2, 308], [205, 263, 2, 309], [207, 263, 2, 310], [209, 263, 2, 311], [211, 263, 2, 312], [213, 263, 2, 313], [215, 263, 2, 314], [217, 263, 2, 315], [219, 263, 2, 316], [221, 263, 2, 317], [223, 263, 2, 318], [225, 263, 2, 319], [227, 263, 2, 320], [229, 263, 2, 321], [231, 263, 2, 322], [233, 263, 2, 323], [235, 263, 2, 324], [237, 263, 2, 325], [239, 263, 2, 326], [241, 263, 2, 327], [243, 263, 2, 328], [245, 263, 2, 329], [247, 263, 2, 330], [249, 263, 2, 331], [251, 263, 2, 332], [253, 263, 2, 333], [255, 263, 2, 334], [257, 263, 2, 335], [259, 263, 2, 336], [261, 263, 2, 337], [0, 338, 2, 339], [4, 338, 2, 340], [6, 338, 2, 341], [8, 338, 2, 342], [10, 338, 2, 343], [12, 338, 2, 344], [14, 338, 2, 345], [16, 338, 2, 346], [18, 338, 2, 347], [20, 338, 2, 348], [22, 338, 2, 349], [24, 338, 2, 350], [26, 338, 2, 351], [28, 338, 2, 352], [30, 338, 2, 353], [32, 338, 2, 354], [34, 338, 2, 355], [92, 338, 2, 356], [36, 338, 2, 357], [38, 338, 2, 358], [40, 338, 2, 359], [42, 338, 2, 360], [44, 338, 2, 361], [46, 338, 2, 362], [48, 338, 2, 363], [50, 338, 2, 364], [52, 338, 2, 365], [54, 338, 2, 366], [56, 338, 2, 367], [58, 338, 2, 368], [60, 338, 2, 369], [62, 338, 2, 370], [64, 338, 2, 371], [66, 338, 2, 372], [68, 338, 2, 373], [70, 338, 2, 374], [72, 338, 2, 375], [189, 338, 2, 376], [191, 338, 2, 377], [193, 338, 2, 378], [195, 338, 2, 379], [197, 338, 2, 380], [199, 338, 2, 381], [201, 338, 2, 382], [203, 338, 2, 383], [205, 338, 2, 384], [207, 338, 2, 385], [209, 338, 2, 386], [211, 338, 2, 387], [213, 338, 2, 388], [215, 338, 2, 389], [217, 338, 2, 390], [219, 338, 2, 391], [221, 338, 2, 392], [223, 338, 2, 393], [225, 338, 2, 394], [227, 338, 2, 395], [229, 338, 2, 396], [231, 338, 2, 397], [233, 338, 2, 398], [235, 338, 2, 399], [237, 338, 2, 400], [239, 338, 2, 401], [241, 338, 2, 402], [243, 338, 2, 403], [245, 338, 2, 404], [247, 338, 2, 405], [249, 338, 2, 406], [251, 338, 2, 407], [253, 338, 2, 408], [255, 338, 2, 409], [257, 338, 2, 410], [259, 338, 2, 411], [261, 338, 2, 412], [0, 413, 414, 415], [4, 413, 414, 416], [6, 413, 414, 417], [8, 413, 414, 418], [10, 413, 414, 419], [12, 413, 414, 420], [14, 413, 414, 421], [16, 413, 414, 422], [18, 413, 414, 423], [20, 413, 414, 424], [22, 413, 414, 425], [24, 413, 414, 426], [26, 413, 414, 427], [28, 413, 414, 428], [30, 413, 414, 429], [32, 413, 414, 430], [34, 413, 414, 431], [36, 413, 414, 432], [38, 413, 414, 433], [40, 413, 414, 434], [42, 413, 414, 435], [44, 413, 414, 436], [46, 413, 414, 437], [48, 413, 414, 438], [50, 413, 414, 439], [52, 413, 414, 440], [54, 413, 414, 441], [56, 413, 414, 442], [58, 413, 414, 443], [60, 413, 414, 444], [62, 413, 414, 445], [64, 413, 414, 446], [66, 413, 414, 447], [68, 413, 414, 448], [70, 413, 414, 449], [72, 413, 414, 450], [0, 451, 414, 452], [4, 451, 414, 453], [6, 451, 414, 454], [8, 451, 414, 455], [10, 451, 414, 456], [12, 451, 414, 457], [14, 451, 414, 458], [16, 451, 414, 459], [18, 451, 414, 460], [20, 451, 414, 461], [22, 451, 414, 462], [24, 451, 414, 463], [26, 451, 414, 464], [28, 451, 414, 465], [30, 451, 414, 466], [32, 451, 414, 467], [34, 451, 414, 468], [92, 451, 414, 469], [36, 451, 414, 470], [38, 451, 414, 471], [40, 451, 414, 472], [42, 451, 414, 473], [44, 451, 414, 474], [46, 451, 414, 475], [48, 451, 414, 476], [50, 451, 414, 477], [52, 451, 414, 478], [54, 451, 414, 479], [56, 451, 414, 480], [58, 451, 414, 481], [60, 451, 414, 482], [62, 451, 414, 483], [64, 451, 414, 484], [66, 451, 414, 485], [68, 451, 414, 486], [70, 451, 414, 487], [72, 451, 414, 488], [0, 489, 414, 490], [4, 489, 414, 491], [6, 489, 414, 492], [8, 489, 414, 493], [10, 489, 414, 494], [12, 489, 414, 495], [14, 489, 414, 496], [16, 489, 414, 497], [18, 489, 414, 498], [20, 489, 414, 499], [22, 489, 414, 500], [24, 489, 414, 501], [26, 489, 414, 502], [28, 489, 414, 503], [30, 489, 414, 504], [32, 489, 414, 505], [34, 489, 414, 506], [92, 489, 414, 507], [36, 489, 414, 508], [38, 489, 414, 509], [40, 489, 414, 510], [42, 489, 414, 511], [44, 489, 414, 512], [46, 489, 414, 513], [48, 489, 414, 514], [50, 489, 414, 515], [52, 489, 414, 516], [54, 489, 414, 517], [56, 489, 414, 518], [58, 489, 414, 519], [60, 489, 414, 520], [62, 489, 414, 521], [64, 489, 414, 522], [66, 489, 414, 523], [68, 489, 414, 524], [70, 489, 414, 525], [72, 489, 414, 526], [0, 527, 528, 529], [4, 527, 528, 530], [6, 527, 528, 531], [8, 527, 528, 532], [10, 527, 528, 533], [12, 527, 528, 534], [14, 527, 528, 535], [16, 527, 528, 536], [18, 527, 528, 537], [20, 527, 528, 538], [22, 527, 528, 539], [24, 527, 528, 540], [26, 527, 528, 541], [28, 527, 528, 542], [30, 527, 528, 543], [32, 527, 528, 544], [34, 527, 528, 545], [92, 527, 528, 546], [36, 527, 528, 547], [38, 527, 528, 548], [40, 527, 528, 549], [42, 527, 528, 550], [44, 527, 528, 551], [46, 527, 528, 552], [48, 527, 528, 553], [50, 527, 528, 554], [52, 527, 528, 555], [54, 527, 528, 556], [56, 527, 528, 557], [58, 527, 528, 558], [60, 527, 528, 559], [62, 527, 528, 560], [64, 527, 528, 561], [66, 527, 528, 562], [68, 527, 528, 563], [70, 527, 528, 564], [72, 527, 528, 565], [189, 527, 528, 566], [191, 527, 528, 567], [193, 527, 528, 568], [195, 527, 528, 569], [197, 527, 528, 570], [199, 527, 528, 571], [201, 527, 528, 572], [203, 527, 528, 573], [205, 527, 528, 574], [207, 527, 528, 575], [209, 527, 528, 576], [211, 527, 528, 577], [213, 527, 528, 578], [215, 527, 528, 579], [217, 527, 528, 580], [219, 527, 528, 581], [221, 527, 528, 582], [223, 527, 528, 583], [225, 527, 528, 584], [227, 527, 528, 585], [229, 527, 528, 586], [231, 527, 528, 587], [233, 527, 528, 588], [235, 527, 528, 589], [237, 527, 528, 590], [239, 527, 528, 591], [241, 527, 528, 592], [243, 527, 528, 593], [245, 527, 528, 594], [247, 527, 528, 595], [249, 527, 528, 596], [251, 527, 528, 597], [253, 527, 528, 598], [255, 527, 528, 599], [257, 527, 528, 600], [259, 527, 528, 601], [261, 527, 528, 602], [0, 603, 604, 605], [4, 603, 604, 606], [6, 603, 604, 607], [8, 603, 604, 608], [10, 603, 604, 609], [12, 603, 604, 610], [14, 603, 604, 611], [16, 603, 604, 612], [18, 603, 604, 613], [20, 603, 604, 614], [22, 603, 604, 615], [24, 603, 604, 616], [26, 603, 604, 617], [28, 603, 604, 618], [30, 603, 604, 619], [32, 603, 604, 620], [34, 603, 604, 621], [92, 603, 604, 622], [36, 603, 604, 623], [38, 603, 604, 624], [40, 603, 604, 625], [42, 603, 604, 626], [44, 603, 604, 627], [46, 603, 604, 628], [48, 603, 604, 629], [50, 603, 604, 630], [52, 603, 604, 631], [54, 603, 604, 632], [56, 603, 604, 633], [58, 603, 604, 634], [60, 603, 604, 635], [62, 603, 604, 636], [64, 603, 604, 637], [66, 603, 604, 638], [68, 603, 604, 639], [70, 603, 604, 640], [72, 603, 604, 641], [189, 603, 604, 642], [191, 603, 604, 643], [193, 603, 604, 644], [195, 603, 604, 645], [197, 603, 604, 646], [199, 603, 604, 647], [201, 603, 604, 648], [203, 603, 604, 649], [205, 603, 604, 650], [207, 603, 604, 651], [209, 603, 604, 652], [211, 603, 604, 653], [213, 603, 604, 654], [215, 603, 604, 655], [217, 603, 604, 656], [219, 603, 604, 657], [221, 603, 604, 658], [223, 603, 604, 659], [225, 603, 604, 660], [227, 603, 604, 661], [229, 603, 604, 662], [231, 603, 604, 663], [233, 603, 604, 664], [235, 603, 604, 665], [237, 603, 604, 666], [239, 603, 604, 667], [241, 603, 604, 668], [243, 603, 604, 669], [245, 603, 604, 670], [247, 603, 604, 671], [249, 603, 604, 672], [251, 603, 604, 673], [253, 603, 604, 674], [255, 603, 604, 675], [257, 603, 604, 676], [259, 603, 604, 677], [261, 603, 604, 678], [0, 679, 680, 681], [4, 679, 680, 682], [6, 679, 680, 683], [8, 679, 680, 684], [10, 679, 680, 685], [12, 679, 680, 686], [14, 679, 680, 687], [16, 679, 680, 688], [18, 679, 680, 689], [20, 679, 680, 690], [22, 679, 680, 691], [24, 679, 680, 692], [26, 679, 680, 693], [28, 679, 680, 694], [30, 679, 680, 695], [32, 679, 680, 696], [34, 679, 680, 697], [92, 679, 680, 698], [36, 679, 680, 699], [38, 679, 680, 700], [40, 679, 680, 701], [42, 679, 680, 702], [44, 679, 680, 703], [46, 679, 680, 704], [48, 679, 680, 705], [50, 679, 680, 706], [52, 679, 680, 707], [54, 679, 680, 708], [56, 679, 680, 709], [58, 679, 680, 710], [60, 679, 680, 711], [62, 679, 680, 712], [64, 679, 680, 713], [66, 679, 680, 714], [68, 679, 680, 715], [70, 679, 680, 716], [72, 679, 680, 717], [189, 679, 680, 718], [191, 679, 680, 719], [193, 679, 680, 720], [195, 679, 680, 721], [197, 679, 680, 722], [199, 679, 680, 723], [201, 679, 680, 724], [203, 679, 680, 725], [205, 679, 680, 726], [207, 679, 680, 727], [209, 679, 680, 728], [211, 679, 680, 729], [213, 679, 680, 730], [215, 679, 680, 731], [217, 679, 680, 732], [219, 679, 680, 733], [221, 679, 680, 734], [223, 679, 680, 735], [225, 679, 680, 736], [227, 679, 680, 737], [229, 679, 680, 738], [231, 679, 680, 739], [233, 679, 680, 740], [235, 679, 680, 741], [237, 679, 680, 742], [239, 679, 680, 743], [241, 679, 680, 744], [243, 679, 680, 745], [245, 679, 680, 746], [247, 679, 680, 747], [249, 679, 680, 748], [251, 679, 680, 749], [253, 679, 680, 750], [255, 679, 680, 751], [257, 679, 680, 752], [259, 679, 680, 753], [261, 679, 680, 754], [0, 755, 756, 757], [4, 755, 756, 758], [6, 755, 756, 759], [8, 755, 756, 760], [10, 755, 756, 761], [12, 755, 756, 762], [14, 755, 756, 763], [16, 755, 756, 764], [18, 755, 756, 765], [20, 755, 756, 766], [22, 755, 756, 767], [24, 755, 756, 768], [26, 755, 756, 769], [28, 755, 756, 770], [30, 755, 756, 771], [32, 755, 756, 772], [34, 755, 756, 773], [92, 755, 756, 774], [36, 755, 756, 775], [38, 755, 756, 776], [40, 755, 756, 777], [42, 755, 756, 778], [44, 755, 756, 779], [46, 755, 756, 780], [48, 755, 756, 781], [50, 755, 756, 782], [52, 755, 756, 783], [54, 755, 756, 784], [56, 755, 756, 785], [58, 755, 756, 786], [60, 755, 756, 787], [62, 755, 756, 788], [64, 755, 756, 789], [66, 755, 756, 790], [68, 755, 756, 791], [70, 755, 756, 792], [72, 755, 756, 793], [189, 755, 756, 794], [191, 755, 756, 795], [193, 755, 756, 796], [195, 755, 756, 797], [197, 755, 756, 798], [199, 755, 756, 799], [201, 755, 756, 800], [203, 755, 756, 801], [205, 755, 756, 802], [207, 755, 756, 803], [209, 755, 756, 804], [211, 755, 756, 805], [213, 755, 756, 806], [215, 755, 756, 807], [217, 755, 756, 808], [219, 755, 756, 809], [221, 755, 756, 810], [223, 755, 756, 811], [225, 755, 756, 812], [227, 755, 756, 813], [229, 755, 756, 814], [231, 755, 756, 815], [233, 755, 756, 816], [235, 755, 756, 817], [237, 755, 756, 818], [239, 755, 756, 819], [241, 755, 756, 820], [243, 755, 756, 821], [245, 755, 756, 822], [247, 755, 756, 823], [249, 755, 756, 824], [251, 755, 756, 825], [253, 755, 756, 826], [255, 755, 756, 827], [257, 755, 756, 828], [259, 755, 756, 829], [261, 755, 756, 830], [0, 831, 832, 833], [4, 831, 832, 834], [6, 831, 832, 835], [8, 831, 832, 836], [10, 831, 832, 837], [12, 831, 832, 838], [14, 831, 832, 839], [16, 831, 832, 840], [18, 831, 832, 841], [20, 831, 832, 842], [22, 831, 832, 843], [24, 831, 832, 844], [26, 831, 832, 845], [28, 831, 832, 846], [30, 831, 832, 847], [32, 831, 832, 848], [34, 831, 832, 849], [92, 831, 832, 850], [36, 831, 832, 851], [38, 831, 832, 852], [40, 831, 832, 853], [42, 831, 832, 854], [44, 831, 832, 855], [46, 831, 832, 856], [48, 831, 832, 857], [50, 831, 832, 858], [52, 831, 832, 859], [54, 831, 832, 860], [56, 831, 832, 861], [58, 831, 832, 862], [60, 831, 832, 863], [62, 831, 832, 864], [64, 831, 832, 865], [66, 831, 832, 866], [68, 831, 832, 867], [70, 831, 832, 868], [72, 831, 832, 869], [189, 831, 832, 870], [191, 831, 832, 871], [193, 831, 832, 872], [195, 831, 832, 873], [197, 831, 832, 874], [199, 831, 832, 875], [201, 831, 832, 876], [203, 831, 832, 877], [205, 831, 832, 878], [207, 831, 832, 879], [209, 831, 832, 880], [211, 831, 832, 881], [213, 831, 832, 882], [215, 831, 832, 883], [217, 831, 832, 884], [219, 831, 832, 885], [221, 831, 832, 886], [223, 831, 832, 887], [225, 831, 832, 888], [227, 831, 832, 889], [229, 831, 832, 890], [231, 831, 832, 891], [233, 831, 832, 892], [235, 831, 832, 893], [237, 831, 832, 894], [239, 831, 832, 895], [241, 831, 832, 896], [243, 831, 832, 897], [245, 831, 832, 898], [247, 831, 832, 899], [249, 831, 832, 900], [251, 831, 832, 901], [253, 831, 832, 902], [255, 831, 832, 903], [257, 831, 832, 904], [259, 831, 832, 905], [261, 831, 832, 906], [0, 907, 908, 909], [4, 907, 908, 910], [6, 907, 908, 911], [8, 907, 908, 912], [10, 907, 908, 913], [12, 907, 908, 914], [14, 907, 908, 915], [16, 907, 908, 916], [18, 907, 908, 917], [20, 907, 908, 918], [22, 907, 908, 919], [24, 907, 908, 920], [26, 907, 908, 921], [28, 907, 908, 922], [30, 907, 908, 923], [32, 907, 908, 924], [34, 907, 908, 925], [92, 907, 908, 926], [36, 907, 908, 927], [38, 907, 908, 928], [40, 907, 908, 929], [42, 907, 908, 930], [44, 907, 908, 931], [46, 907, 908, 932], [48, 907, 908, 933], [50, 907, 908, 934], [52, 907, 908, 935], [54, 907, 908, 936], [56, 907, 908, 937], [58, 907, 908, 938], [60, 907, 908, 939], [62, 907, 908, 940], [64, 907, 908, 941], [66, 907, 908, 942], [68, 907, 908, 943], [70, 907, 908, 944], [72, 907, 908, 945], [189, 907, 908, 946], [191, 907, 908, 947], [193, 907, 908, 948], [195, 907, 908, 949], [197, 907, 908, 950], [199, 907, 908, 951], [201, 907, 908, 952], [203, 907, 908, 953], [205, 907, 908, 954], [207, 907, 908, 955], [209, 907, 908, 956], [211, 907, 908, 957], [213, 907, 908, 958], [215, 907, 908, 959], [217, 907, 908, 960], [219, 907, 908, 961], [221, 907, 908, 962], [223, 907, 908, 963], [225, 907, 908, 964], [227, 907, 908, 965], [229, 907, 908, 966], [231, 907, 908, 967], [233, 907, 908, 968], [235, 907, 908, 969], [237, 907, 908, 970], [239, 907, 908, 971], [241, 907, 908, 972], [243, 907, 908, 973], [245, 907, 908, 974], [247, 907, 908, 975], [249, 907, 908, 976], [251, 907, 908, 977], [253, 907, 908, 978], [255, 907, 908, 979], [257, 907, 908, 980], [259, 907, 908, 981], [261, 907, 908, 982], [0, 983, 908, 984], [4, 983, 908, 985], [6, 983, 908, 986], [8, 983, 908, 987], [10, 983, 908, 988], [12, 983, 908, 989], [14, 983, 908, 990], [16, 983, 908, 991], [18, 983, 908, 992], [20, 983, 908, 993], [22, 983, 908, 994], [24, 983, 908, 995], [26, 983, 908, 996], [28, 983, 908, 997], [30, 983, 908, 998], [32, 983, 908, 999], [34, 983, 908, 1e3], [92, 983, 908, 1001], [36, 983, 908, 1002], [38, 983, 908, 1003], [40, 983, 908, 1004], [42, 983, 908, 1005], [44, 983, 908, 1006], [46, 983, 908, 1007], [48, 983, 908, 1008], [50, 983, 908, 1009], [52, 983, 908, 1010], [54, 983, 908, 1011], [56, 983, 908, 1012], [58, 983, 908, 1013], [60, 983, 908, 1014], [62, 983, 908, 1015], [64, 983, 908, 1016], [66, 983, 908, 1017], [68, 983, 908, 1018], [70, 983, 908, 1019], [72, 983, 908, 1020], [189, 983, 908, 1021], [191, 983, 908, 1022], [193, 983, 908, 1023], [195, 983, 908, 1024], [197, 983, 908, 1025], [199, 983, 908, 1026], [201, 983, 908, 1027], [203, 983, 908, 1028], [205, 983, 908, 1029], [207, 983, 908, 1030], [209, 983, 908, 1031], [211, 983, 908, 1032], [213, 983, 908, 1033], [215, 983, 908, 1034], [217, 983, 908, 1035], [219, 983, 908, 1036], [221, 983, 908, 1037], [223, 983, 908, 1038], [225, 983, 908, 1039], [227, 983, 908, 1040], [229, 983, 908, 1041], [231, 983, 908, 1042], [233, 983, 908, 1043], [235, 983, 908, 1044], [237, 983, 908, 1045], [239, 983, 908, 1046], [241, 983, 908, 1047], [243, 983, 908, 1048], [245, 983, 908, 1049], [247, 983, 908, 1050], [249, 983, 908, 1051], [251, 983, 908, 1052], [253, 983, 908, 1053], [255, 983, 908, 1054], [257, 983, 908, 1055], [259, 983, 908, 1056], [261, 983, 908, 1057], [0, 1058, 1059, 1060], [4, 1058, 1059, 1061], [6, 1058, 1059, 1062], [8, 1058, 1059, 1063], [10, 1058, 1059, 1064], [12, 1058, 1059, 1065], [14, 1058, 1059, 1066], [16, 1058, 1059, 1067], [18, 1058, 1059, 1068], [20, 1058, 1059, 1069], [22, 1058, 1059, 1070], [24, 1058, 1059, 1071], [26, 1058, 1059, 1072], [28, 1058, 1059, 1073], [30, 1058, 1059, 1074], [32, 1058, 1059, 1075], [34, 1058, 1059, 1076], [92, 1058, 1059, 1077], [36, 1058, 1059, 1078], [38, 1058, 1059, 1079], [40, 1058, 1059, 1080], [42, 1058, 1059, 1081], [44, 1058, 1059, 1082], [46, 1058, 1059, 1083], [48, 1058, 1059, 1084], [50, 1058, 1059, 1085], [52, 1058, 1059, 1086], [54, 1058, 1059, 1087], [56, 1058, 1059, 1088], [58, 1058, 1059, 1089], [60, 1058, 1059, 1090], [62, 1058, 1059, 1091], [64, 1058, 1059, 1092], [66, 1058, 1059, 1093], [68, 1058, 1059, 1094], [70, 1058, 1059, 1095], [72, 1058, 1059, 1096], [189, 1058, 1059, 1097], [191, 1058, 1059, 1098], [193, 1058, 1059, 1099], [195, 1058, 1059, 1100], [197, 1058, 1059, 1101], [199, 1058, 1059, 1102], [201, 1058, 1059, 1103], [203, 1058, 1059, 1104], [205, 1058, 1059, 1105], [207, 1058, 1059, 1106], [209, 1058, 1059, 1107], [211, 1058, 1059, 1108], [213, 1058, 1059, 1109], [215, 1058, 1059, 1110], [217, 1058, 1059, 1111], [219, 1058, 1059, 1112], [221, 1058, 1059, 1113], [223, 1058, 1059, 1114], [225, 1058, 1059, 1115], [227, 1058, 1059, 1116], [229, 1058, 1059, 1117], [231, 1058, 1059, 1118], [233, 1058, 1059, 1119], [235, 1058, 1059, 1120], [237, 1058, 1059, 1121], [239, 1058, 1059, 1122], [241, 1058, 1059, 1123], [243, 1058, 1059, 1124], [245, 1058, 1059, 1125], [247, 1058, 1059, 1126], [249, 1058, 1059, 1127], [251, 1058, 1059, 1128], [253, 1058, 1059, 1129], [255, 1058, 1059, 1130], [257, 1058, 1059, 1131], [259, 1058, 1059, 1132], [261, 1058, 1059, 1133], [0, 1134, 1135, 1136], [4, 1134, 1135, 1137], [6, 1134, 1135, 1138], [8, 1134, 1135, 1139], [10, 1134, 1135, 1140], [12, 1134, 1135, 1141], [14, 1134, 1135, 1142], [16, 1134, 1135, 1143], [18, 1134, 1135, 1144], [20, 1134, 1135, 1145], [22, 1134, 1135, 1146], [24, 1134, 1135, 1147], [26, 1134, 1135, 1148], [28, 1134, 1135, 1149], [30, 1134, 1135, 1150], [32, 1134, 1135, 1151], [34, 1134, 1135, 1152], [92, 1134, 1135, 1153], [36, 1134, 1135, 1154], [38, 1134, 1135, 1155], [40, 1134, 1135, 1156], [42, 1134, 1135, 1157], [44, 1134, 1135, 1158], [46, 1134, 1135, 1159], [48, 1134, 1135, 1160], [50, 1134, 1135, 1161], [52, 1134, 1135, 1162], [54, 1134, 1135, 1163], [56, 1134, 1135, 1164], [58, 1134, 1135, 1165], [60, 1134, 1135, 1166], [62, 1134, 1135, 1167], [64, 1134, 1135, 1168], [66, 1134, 1135, 1169], [68, 1134, 1135, 1170], [70, 1134, 1135, 1171], [72, 1134, 1135, 1172], [189, 1134, 1135, 1173], [191, 1134, 1135, 1174], [193, 1134, 1135, 1175], [195, 1134, 1135, 1176], [197, 1134, 1135, 1177], [199, 1134, 1135, 1178], [201, 1134, 1135, 1179], [203, 1134, 1135, 1180], [205, 1134, 1135, 1181], [207, 1134, 1135, 1182], [209, 1134, 1135, 1183], [211, 1134, 1135, 1184], [213, 1134, 1135, 1185], [215, 1134, 1135, 1186], [217, 1134, 1135, 1187], [219, 1134, 1135, 1188], [221, 1134, 1135, 1189], [223, 1134, 1135, 1190], [225, 1134, 1135, 1191], [227, 1134, 1135, 1192], [229, 1134, 1135, 1193], [231, 1134, 1135, 1194], [233, 1134, 1135, 1195], [235, 1134, 1135, 1196], [237, 1134, 1135, 1197], [239, 1134, 1135, 1198], [241, 1134, 1135, 1199], [243, 1134, 1135, 1200], [245, 1134, 1135, 1201], [247, 1134, 1135, 1202], [249, 1134, 1135, 1203], [251, 1134, 1135, 1204], [253, 1134, 1135, 1205], [255, 1134, 1135, 1206], [257, 1134, 1135, 1207], [259, 1134, 1135, 1208], [261, 1134, 1135, 1209], [0, 1210, 1211, 1212], [4, 1210, 1211, 1213], [6, 1210, 1211, 1214], [8, 1210, 1211, 1215], [10, 1210, 1211, 1216], [12, 1210, 1211, 1217], [14, 1210, 1211, 1218], [16, 1210, 1211, 1219], [18, 1210, 1211, 1220], [20, 1210, 1211, 1221], [22, 1210, 1211, 1222], [24, 1210, 1211, 1223], [26, 1210, 1211, 1224], [28, 1210, 1211, 1225], [30, 1210, 1211, 1226], [32, 1210, 1211, 1227], [34, 1210, 1211, 1228], [92, 1210, 1211, 1229], [36, 1210, 1211, 1230], [38, 1210, 1211, 1231], [40, 1210, 1211, 1232], [42, 1210, 1211, 1233], [44, 1210, 1211, 1234], [46, 1210, 1211, 1235], [48, 1210, 1211, 1236], [50, 1210, 1211, 1237], [52, 1210, 1211, 1238], [54, 1210, 1211, 1239], [56, 1210, 1211, 1240], [58, 1210, 1211, 1241], [60, 1210, 1211, 1242], [62, 1210, 1211, 1243], [64, 1210, 1211, 1244], [66, 1210, 1211, 1245], [68, 1210, 1211, 1246], [70, 1210, 1211, 1247], [72, 1210, 1211, 1248], [189, 1210, 1211, 1249], [191, 1210, 1211, 1250], [193, 1210, 1211, 1251], [195, 1210, 1211, 1252], [197, 1210, 1211, 1253], [199, 1210, 1211, 1254], [201, 1210, 1211, 1255], [203, 1210, 1211, 1256], [205, 1210, 1211, 1257], [207, 1210, 1211, 1258], [209, 1210, 1211, 1259], [211, 1210, 1211, 1260], [213, 1210, 1211, 1261], [215, 1210, 1211, 1262], [217, 1210, 1211, 1263], [219, 1210, 1211, 1264], [221, 1210, 1211, 1265], [223, 1210, 1211, 1266], [225, 1210, 1211, 1267], [227, 1210, 1211, 1268], [229, 1210, 1211, 1269], [231, 1210, 1211, 1270], [233, 1210, 1211, 1271], [235, 1210, 1211, 1272], [237, 1210, 1211, 1273], [239, 1210, 1211, 1274], [241, 1210, 1211, 1275], [243, 1210, 1211, 1276], [245, 1210, 1211, 1277], [247, 1210, 1211, 1278], [249, 1210, 1211, 1279], [251, 1210, 1211, 1280], [253, 1210, 1211, 1281], [255, 1210, 1211, 1282], [257, 1210, 1211, 1283], [259, 1210, 1211, 1284], [261, 1210, 1211, 1285], [0, 1286, 1287, 1288], [4, 1286, 1287, 1289], [6, 1286, 1287, 1290], [8, 1286, 1287, 1291], [10, 1286, 1287, 1292], [12, 1286, 1287, 1293], [14, 1286, 1287, 1294], [16, 1286, 1287, 1295], [18, 1286, 1287, 1296], [20, 1286, 1287, 1297], [22, 1286, 1287, 1298], [24, 1286, 1287, 1299], [26, 1286, 1287, 1300], [28, 1286, 1287, 1301], [30, 1286, 1287, 1302], [32, 1286, 1287, 1303], [34, 1286, 1287, 1304], [92, 1286, 1287, 1305], [36, 1286, 1287, 1306], [38, 1286, 1287, 1307], [40, 1286, 1287, 1308], [42, 1286, 1287, 1309], [44, 1286, 1287, 1310], [46, 1286, 1287, 1311], [48, 1286, 1287, 1312], [50, 1286, 1287, 1313], [52, 1286, 1287, 1314], [54, 1286, 1287, 1315], [56, 1286, 1287, 1316], [58, 1286, 1287, 1317], [60, 1286, 1287, 1318], [62, 1286, 1287, 1319], [64, 1286, 1287, 1320], [66, 1286, 1287, 1321], [68, 1286, 1287, 1322], [70, 1286, 1287, 1323], [72, 1286, 1287, 1324], [189, 1286, 1287, 1325], [191, 1286, 1287, 1326], [193, 1286, 1287, 1327], [195, 1286, 1287, 1328], [197, 1286, 1287, 1329], [199, 1286, 1287, 1330], [201, 1286, 1287, 1331], [203, 1286, 1287, 1332], [205, 1286, 1287, 1333], [207, 1286, 1287, 1334], [209, 1286, 1287, 1335], [211, 1286, 1287, 1336], [213, 1286, 1287, 1337], [215, 1286, 1287, 1338], [217, 1286, 1287, 1339], [219, 1286, 1287, 1340], [221, 1286, 1287, 1341], [223, 1286, 1287, 1342], [225, 1286, 1287, 1343], [227, 1286, 1287, 1344], [229, 1286, 1287, 1345], [231, 1286, 1287, 1346], [233, 1286, 1287, 1347], [235, 1286, 1287, 1348], [237, 1286, 1287, 1349], [239, 1286, 1287, 1350], [241, 1286, 1287, 1351], [243, 1286, 1287, 1352], [245, 1286, 1287, 1353], [247, 1286, 1287, 1354], [249, 1286, 1287, 1355], [251, 1286, 1287, 1356], [253, 1286, 1287, 1357], [255, 1286, 1287, 1358], [257, 1286, 1287, 1359], [259, 1286, 1287, 1360], [261, 1286, 1287, 1361], [0, 1362, 1363, 1364], [4, 1362, 1363, 1365], [6, 1362, 1363, 1366], [8, 1362, 1363, 1367], [10, 1362, 1363, 1368], [12, 1362, 1363, 1369], [14, 1362, 1363, 1370], [16, 1362, 1363, 1371], [18, 1362, 1363, 1372], [20, 1362, 1363, 1373], [22, 1362, 1363, 1374], [24, 1362, 1363, 1375], [26, 1362, 1363, 1376], [28, 1362, 1363, 1377], [30, 1362, 1363, 1378], [32, 1362, 1363, 1379], [34, 1362, 1363, 1380], [92, 1362, 1363, 1381], [36, 1362, 1363, 1382], [38, 1362, 1363, 1383], [40, 1362, 1363, 1384], [42, 1362, 1363, 1385], [44, 1362, 1363, 1386], [46, 1362, 1363, 1387], [48, 1362, 1363, 1388], [50, 1362, 1363, 1389], [52, 1362, 1363, 1390], [54, 1362, 1363, 1391], [56, 1362, 1363, 1392], [58, 1362, 1363, 1393], [60, 1362, 1363, 1394], [62, 1362, 1363, 1395], [64, 1362, 1363, 1396], [66, 1362, 1363, 1397], [68, 1362, 1363, 1398], [70, 1362, 1363, 1399], [72, 1362, 1363, 1400], [189, 1362, 1363, 1401], [191, 1362, 1363, 1402], [193, 1362, 1363, 1403], [195, 1362, 1363, 1404], [197, 1362, 1363, 1405], [199, 1362, 1363, 1406], [201, 1362, 1363, 1407], [203, 1362, 1363, 1408], [205, 1362, 1363, 1409], [207, 1362, 1363, 1410], [209, 1362, 1363, 1411], [211, 1362, 1363, 1412], [213, 1362, 1363, 1413], [215, 1362, 1363, 1414], [217, 1362, 1363, 1415], [219, 1362, 1363, 1416], [221, 1362, 1363, 1417], [223, 1362, 1363, 1418], [225, 1362, 1363, 1419], [227, 1362, 1363, 1420], [229, 1362, 1363, 1421], [231, 1362, 1363, 1422], [233, 1362, 1363, 1423], [235, 1362, 1363, 1424], [237, 1362, 1363, 1425], [239, 1362, 1363, 1426], [241, 1362, 1363, 1427], [243, 1362, 1363, 1428], [245, 1362, 1363, 1429], [247, 1362, 1363, 1430], [249, 1362, 1363, 1431], [251, 1362, 1363, 1432], [253, 1362, 1363, 1433], [255, 1362, 1363, 1434], [257, 1362, 1363, 1435], [259, 1362, 1363, 1436], [261, 1362, 1363, 1437], [0, 1438, 1363, 1439], [4, 1438, 1363, 1440], [6, 1438, 1363, 1441], [8, 1438, 1363, 1442], [10, 1438, 1363, 1443], [12, 1438, 1363, 1444], [14, 1438, 1363, 1445], [16, 1438, 1363, 1446], [18, 1438, 1363, 1447], [20, 1438, 1363, 1448], [22, 1438, 1363, 1449], [24, 1438, 1363, 1450], [26, 1438, 1363, 1451], [28, 1438, 1363, 1452], [30, 1438, 1363, 1453], [32, 1438, 1363, 1454], [34, 1438, 1363, 1455], [92, 1438, 1363, 1456], [36, 1438, 1363, 1457], [38, 1438, 1363, 1458], [40, 1438, 1363, 1459], [42, 1438, 1363, 1460], [44, 1438, 1363, 1461], [46, 1438, 1363, 1462], [48, 1438, 1363, 1463], [50, 1438, 1363, 1464], [52, 1438, 1363, 1465], [54, 1438, 1363, 1466], [56, 1438, 1363, 1467], [58, 1438, 1363, 1468], [60, 1438, 1363, 1469], [62, 1438, 1363, 1470], [64, 1438, 1363, 1471], [66, 1438, 1363, 1472], [68, 1438, 1363, 1473], [70, 1438, 1363, 1474], [72, 1438, 1363, 1475], [189, 1438, 1363, 1476], [191, 1438, 1363, 1477], [193, 1438, 1363, 1478], [195, 1438, 1363, 1479], [197, 1438, 1363, 1480], [199, 1438, 1363, 1481], [201, 1438, 1363, 1482], [203, 1438, 1363, 1483], [205, 1438, 1363, 1484], [207, 1438, 1363, 1485], [209, 1438, 1363, 1486], [211, 1438, 1363, 1487], [213, 1438, 1363, 1488], [215, 1438, 1363, 1489], [217, 1438, 1363, 1490], [219, 1438, 1363, 1491], [221, 1438, 1363, 1492], [223, 1438, 1363, 1493], [225, 1438, 1363, 1494], [227, 1438, 1363, 1495], [229, 1438, 1363, 1496], [231, 1438, 1363, 1497], [233, 1438, 1363, 1498], [235, 1438, 1363, 1499], [237, 1438, 1363, 1500], [239, 1438, 1363, 1501], [241, 1438, 1363, 1502], [243, 1438, 1363, 1503], [245, 1438, 1363, 1504], [247, 1438, 1363, 1505], [249, 1438, 1363, 1506], [251, 1438, 1363, 1507], [253, 1438, 1363, 1508], [255, 1438, 1363, 1509], [257, 1438, 1363, 1510], [259, 1438, 1363, 1511], [261, 1438, 1363, 1512], [0, 1513, 1363, 1514], [4, 1513, 1363, 1515], [6, 1513, 1363, 1516], [8, 1513, 1363, 1517], [10, 1513, 1363, 1518], [12, 1513, 1363, 1519], [14, 1513, 1363, 1520], [16, 1513, 1363, 1521], [18, 1513, 1363, 1522], [20, 1513, 1363, 1523], [22, 1513, 1363, 1524], [24, 1513, 1363, 1525], [26, 1513, 1363, 1526], [28, 1513, 1363, 1527], [30, 1513, 1363, 1528], [32, 1513, 1363, 1529], [34, 1513, 1363, 1530], [92, 1513, 1363, 1531], [36, 1513, 1363, 1532], [38, 1513, 1363, 1533], [40, 1513, 1363, 1534], [42, 1513, 1363, 1535], [44, 1513, 1363, 1536], [46, 1513, 1363, 1537], [48, 1513, 1363, 1538], [50, 1513, 1363, 1539], [52, 1513, 1363, 1540], [54, 1513, 1363, 1541], [56, 1513, 1363, 1542], [58, 1513, 1363, 1543], [60, 1513, 1363, 1544], [62, 1513, 1363, 1545], [64, 1513, 1363, 1546], [66, 1513, 1363, 1547], [68, 1513, 1363, 1548], [70, 1513, 1363, 1549], [72, 1513, 1363, 1550], [189, 1513, 1363, 1551], [191, 1513, 1363, 1552], [193, 1513, 1363, 1553], [195, 1513, 1363, 1554], [197, 1513, 1363, 1555], [199, 1513, 1363, 1556], [201, 1513, 1363, 1557], [203, 1513, 1363, 1558], [205, 1513, 1363, 1559], [207, 1513, 1363, 1560], [209, 1513, 1363, 1561], [211, 1513, 1363, 1562], [213, 1513, 1363, 1563], [215, 1513, 1363, 1564], [217, 1513, 1363, 1565], [219, 1513, 1363, 1566], [221, 1513, 1363, 1567], [223, 1513, 1363, 1568], [225, 1513, 1363, 1569], [227, 1513, 1363, 1570], [229, 1513, 1363, 1571], [231, 1513, 1363, 1572], [233, 1513, 1363, 1573], [235, 1513, 1363, 1574], [237, 1513, 1363, 1575], [239, 1513, 1363, 1576], [241, 1513, 1363, 1577], [243, 1513, 1363, 1578], [245, 1513, 1363, 1579], [247, 1513, 1363, 1580], [249, 1513, 1363, 1581], [251, 1513, 1363, 1582], [253, 1513, 1363, 1583], [255, 1513, 1363, 1584], [257, 1513, 1363, 1585], [259, 1513, 1363, 1586], [261, 1513, 1363, 1587], [0, 1588, 1589, 1590], [4, 1588, 1589, 1591], [6, 1588, 1589, 1592], [8, 1588, 1589, 1593], [10, 1588, 1589, 1594], [12, 1588, 1589, 1595], [14, 1588, 1589, 1596], [16, 1588, 1589, 1597], [18, 1588, 1589, 1598], [20, 1588, 1589, 1599], [22, 1588, 1589, 1600], [24, 1588, 1589, 1601], [26, 1588, 1589, 1602], [28, 1588, 1589, 1603], [30, 1588, 1589, 1604], [32, 1588, 1589, 1605], [34, 1588, 1589, 1606], [92, 1588, 1589, 1607], [36, 1588, 1589, 1608], [38, 1588, 1589, 1609], [40, 1588, 1589, 1610], [42, 1588, 1589, 1611], [44, 1588, 1589, 1612], [46, 1588, 1589, 1613], [48, 1588, 1589, 1614], [50, 1588, 1589, 1615], [52, 1588, 1589, 1616], [54, 1588, 1589, 1617], [56, 1588, 1589, 1618], [58, 1588, 1589, 1619], [60, 1588, 1589, 1620], [62, 1588, 1589, 1621], [64, 1588, 1589, 1622], [66, 1588, 1589, 1623], [68, 1588, 1589, 1624], [70, 1588, 1589, 1625], [72, 1588, 1589, 1626], [1627, 1588, 1589, 1628], [1629, 1588, 1589, 1630], [1631, 1588, 1589, 1632], [1633, 1588, 1589, 1634], [1635, 1588, 1589, 1636], [1637, 1588, 1589, 1638], [1639, 1588, 1589, 1640], [1641, 1588, 1589, 1642], [1643, 1588, 1589, 1644], [1645, 1588, 1589, 1646], [1647, 1588, 1589, 1648], [1649, 1588, 1589, 1650], [1651, 1588, 1589, 1652], [1653, 1588, 1589, 1654], [1655, 1588, 1589, 1656], [1657, 1588, 1589, 1658], [1659, 1588, 1589, 1660], [1661, 1588, 1589, 1662], [1663, 1588, 1589, 1664], [1665, 1588, 1589, 1666], [229, 1588, 1589, 1667], [231, 1588, 1589, 1668], [233, 1588, 1589, 1669], [235, 1588, 1589, 1670], [237, 1588, 1589, 1671], [239, 1588, 1589, 1672], [241, 1588, 1589, 1673], [243, 1588, 1589, 1674], [245, 1588, 1589, 1675], [247, 1588, 1589, 1676], [249, 1588, 1589, 1677], [251, 1588, 1589, 1678], [253, 1588, 1589, 1679], [255, 1588, 1589, 1680], [257, 1588, 1589, 1681], [259, 1588, 1589, 1682], [261, 1588, 1589, 1683], [0, 1684, 1685, 1686], [4, 1684, 1685, 1687], [6, 1684, 1685, 1688], [8, 1684, 1685, 1689], [10, 1684, 1685, 1690], [12, 1684, 1685, 1691], [14, 1684, 1685, 1692], [16, 1684, 1685, 1693], [18, 1684, 1685, 1694], [20, 1684, 1685, 1695], [22, 1684, 1685, 1696], [24, 1684, 1685, 1697], [26, 1684, 1685, 1698], [28, 1684, 1685, 1699], [30, 1684, 1685, 1700], [32, 1684, 1685, 1701], [34, 1684, 1685, 1702], [36, 1684, 1685, 1703], [38, 1684, 1685, 1704], [40, 1684, 1685, 1705], [42, 1684, 1685, 1706], [44, 1684, 1685, 1707], [46, 1684, 1685, 1708], [48, 1684, 1685, 1709], [50, 1684, 1685, 1710], [52, 1684, 1685, 1711], [54, 1684, 1685, 1712], [56, 1684, 1685, 1713], [58, 1684, 1685, 1714], [60, 1684, 1685, 1715], [62, 1684, 1685, 1716], [64, 1684, 1685, 1717], [66, 1684, 1685, 1718], [68, 1684, 1685, 1719], [70, 1684, 1685, 1720], [72, 1684, 1685, 1721], [0, 1722, 1685, 1723], [4, 1722, 1685, 1724], [6, 1722, 1685, 1725], [8, 1722, 1685, 1726], [10, 1722, 1685, 1727], [12, 1722, 1685, 1728], [14, 1722, 1685, 1729], [16, 1722, 1685, 1730], [18, 1722, 1685, 1731], [20, 1722, 1685, 1732], [22, 1722, 1685, 1733], [24, 1722, 1685, 1734], [26, 1722, 1685, 1735], [28, 1722, 1685, 1736], [30, 1722, 1685, 1737], [32, 1722, 1685, 1738], [34, 1722, 1685, 1739], [92, 1722, 1685, 1740], [36, 1722, 1685, 1741], [38, 1722, 1685, 1742], [40, 1722, 1685, 1743], [42, 1722, 1685, 1744], [44, 1722, 1685, 1745], [46, 1722, 1685, 1746], [48, 1722, 1685, 1747], [50, 1722, 1685, 1748], [52, 1722, 1685, 1749], [54, 1722, 1685, 1750], [56, 1722, 1685, 1751], [58, 1722, 1685, 1752], [60, 1722, 1685, 1753], [62, 1722, 1685, 1754], [64, 1722, 1685, 1755], [66, 1722, 1685, 1756], [68, 1722, 1685, 1757], [70, 1722, 1685, 1758], [72, 1722, 1685, 1759], [0, 1760, 1685, 1761], [4, 1760, 1685, 1762], [6, 1760, 1685, 1763], [8, 1760, 1685, 1764], [10, 1760, 1685, 1765], [12, 1760, 1685, 1766], [14, 1760, 1685, 1767], [16, 1760, 1685, 1768], [18, 1760, 1685, 1769], [20, 1760, 1685, 1770], [22, 1760, 1685, 1771], [24, 1760, 1685, 1772], [26, 1760, 1685, 1773], [28, 1760, 1685, 1774], [30, 1760, 1685, 1775], [32, 1760, 1685, 1776], [34, 1760, 1685, 1777], [92, 1760, 1685, 1778], [36, 1760, 1685, 1779], [38, 1760, 1685, 1780], [40, 1760, 1685, 1781], [42, 1760, 1685, 1782], [44, 1760, 1685, 1783], [46, 1760, 1685, 1784], [48, 1760, 1685, 1785], [50, 1760, 1685, 1786], [52, 1760, 1685, 1787], [54, 1760, 1685, 1788], [56, 1760, 1685, 1789], [58, 1760, 1685, 1790], [60, 1760, 1685, 1791], [62, 1760, 1685, 1792], [64, 1760, 1685, 1793], [66, 1760, 1685, 1794], [68, 1760, 1685, 1795], [70, 1760, 1685, 1796], [72, 1760, 1685, 1797], [0, 1798, 1799, 1800], [4, 1798, 1799, 1801], [6, 1798, 1799, 1802], [8, 1798, 1799, 1803], [10, 1798, 1799, 1804], [12, 1798, 1799, 1805], [14, 1798, 1799, 1806], [16, 1798, 1799, 1807], [18, 1798, 1799, 1808], [20, 1798, 1799, 1809], [22, 1798, 1799, 1810], [24, 1798, 1799, 1811], [26, 1798, 1799, 1812], [28, 1798, 1799, 1813], [30, 1798, 1799, 1814], [32, 1798, 1799, 1815], [34, 1798, 1799, 1816], [92, 1798, 1799, 1817], [36, 1798, 1799, 1818], [38, 1798, 1799, 1819], [40, 1798, 1799, 1820], [42, 1798, 1799, 1821], [44, 1798, 1799, 1822], [46, 1798, 1799, 1823], [48, 1798, 1799, 1824], [50, 1798, 1799, 1825], [52, 1798, 1799, 1826], [54, 1798, 1799, 1827], [56, 1798, 1799, 1828], [58, 1798, 1799, 1829], [60, 1798, 1799, 1830], [62, 1798, 1799, 1831], [64, 1798, 1799, 1832], [66, 1798, 1799, 1833], [68, 1798, 1799, 1834], [70, 1798, 1799, 1835], [72, 1798, 1799, 1836], [1627, 1798, 1799, 1837], [1629, 1798, 1799, 1838], [1631, 1798, 1799, 1839], [1633, 1798, 1799, 1840], [1635, 1798, 1799, 1841], [1637, 1798, 1799, 1842], [1639, 1798, 1799, 1843], [1641, 1798, 1799, 1844], [1643, 1798, 1799, 1845], [1645, 1798, 1799, 1846], [1647, 1798, 1799, 1847], [1649, 1798, 1799, 1848], [1651, 1798, 1799, 1849], [1653, 1798, 1799, 1850], [1655, 1798, 1799, 1851], [1657, 1798, 1799, 1852], [1659, 1798, 1799, 1853], [1661, 1798, 1799, 1854], [1663, 1798, 1799, 1855], [1665, 1798, 1799, 1856], [229, 1798, 1799, 1857], [231, 1798, 1799, 1858], [233, 1798, 1799, 1859], [235, 1798, 1799, 1860], [237, 1798, 1799, 1861], [239, 1798, 1799, 1862], [241, 1798, 1799, 1863], [243, 1798, 1799, 1864], [245, 1798, 1799, 1865], [247, 1798, 1799, 1866], [249, 1798, 1799, 1867], [251, 1798, 1799, 1868], [253, 1798, 1799, 1869], [255, 1798, 1799, 1870], [257, 1798, 1799, 1871], [259, 1798, 1799, 1872], [261, 1798, 1799, 1873], [0, 1874, 1875, 1876], [4, 1874, 1875, 1877], [6, 1874, 1875, 1878], [8, 1874, 1875, 1879], [10, 1874, 1875, 1880], [12, 1874, 1875, 1881], [14, 1874, 1875, 1882], [16, 1874, 1875, 1883], [18, 1874, 1875, 1884], [20, 1874, 1875, 1885], [22, 1874, 1875, 1886], [24, 1874, 1875, 1887], [26, 1874, 1875, 1888], [28, 1874, 1875, 1889], [30, 1874, 1875, 1890], [32, 1874, 1875, 1891], [34, 1874, 1875, 1892], [92, 1874, 1875, 1893], [36, 1874, 1875, 1894], [38, 1874, 1875, 1895], [40, 1874, 1875, 1896], [42, 1874, 1875, 1897], [44, 1874, 1875, 1898], [46, 1874, 1875, 1899], [48, 1874, 1875, 1900], [50, 1874, 1875, 1901], [52, 1874, 1875, 1902], [54, 1874, 1875, 1903], [56, 1874, 1875, 1904], [58, 1874, 1875, 1905], [60, 1874, 1875, 1906], [62, 1874, 1875, 1907], [64, 1874, 1875, 1908], [66, 1874, 1875, 1909], [68, 1874, 1875, 1910], [70, 1874, 1875, 1911], [72, 1874, 1875, 1912], [1627, 1874, 1875, 1913], [1629, 1874, 1875, 1914], [1631, 1874, 1875, 1915], [1633, 1874, 1875, 1916], [1635, 1874, 1875, 1917], [1637, 1874, 1875, 1918], [1639, 1874, 1875, 1919], [1641, 1874, 1875, 1920], [1643, 1874, 1875, 1921], [1645, 1874, 1875, 1922], [1647, 1874, 1875, 1923], [1649, 1874, 1875, 1924], [1651, 1874, 1875, 1925], [1653, 1874, 1875, 1926], [1655, 1874, 1875, 1927], [1657, 1874, 1875, 1928], [1659, 1874, 1875, 1929], [1661, 1874, 1875, 1930], [1663, 1874, 1875, 1931], [1665, 1874, 1875, 1932], [229, 1874, 1875, 1933], [231, 1874, 1875, 1934], [233, 1874, 1875, 1935], [235, 1874, 1875, 1936], [237, 1874, 1875, 1937], [239, 1874, 1875, 1938], [241, 1874, 1875, 1939], [243, 1874, 1875, 1940], [245, 1874, 1875, 1941], [247, 1874, 1875, 1942], [249, 1874, 1875, 1943], [251, 1874, 1875, 1944], [253, 1874, 1875, 1945], [255, 1874, 1875, 1946], [257, 1874, 1875, 1947], [259, 1874, 1875, 1948], [261, 1874, 1875, 1949], [0, 1950, 1875, 1951], [4, 1950, 1875, 1952], [6, 1950, 1875, 1953], [8, 1950, 1875, 1954], [10, 1950, 1875, 1955], [12, 1950, 1875, 1956], [14, 1950, 1875, 1957], [16, 1950, 1875, 1958], [18, 1950, 1875, 1959], [20, 1950, 1875, 1960], [22, 1950, 1875, 1961], [24, 1950, 1875, 1962], [26, 1950, 1875, 1963], [28, 1950, 1875, 1964], [30, 1950, 1875, 1965], [32, 1950, 1875, 1966], [34, 1950, 1875, 1967], [92, 1950, 1875, 1968], [36, 1950, 1875, 1969], [38, 1950, 1875, 1970], [40, 1950, 1875, 1971], [42, 1950, 1875, 1972], [44, 1950, 1875, 1973], [46, 1950, 1875, 1974], [48, 1950, 1875, 1975], [50, 1950, 1875, 1976], [52, 1950, 1875, 1977], [54, 1950, 1875, 1978], [56, 1950, 1875, 1979], [58, 1950, 1875, 1980], [60, 1950, 1875, 1981], [62, 1950, 1875, 1982], [64, 1950, 1875, 1983], [66, 1950, 1875, 1984], [68, 1950, 1875, 1985], [70, 1950, 1875, 1986], [72, 1950, 1875, 1987], [1627, 1950, 1875, 1988], [1629, 1950, 1875, 1989], [1631, 1950, 1875, 1990], [1633, 1950, 1875, 1991], [1635, 1950, 1875, 1992], [1637, 1950, 1875, 1993], [1639, 1950, 1875, 1994], [1641, 1950, 1875, 1995], [1643, 1950, 1875, 1996], [1645, 1950, 1875, 1997], [1647, 1950, 1875, 1998], [1649, 1950, 1875, 1999], [1651, 1950, 1875, 2e3], [1653, 1950, 1875, 2001], [1655, 1950, 1875, 2002], [1657, 1950, 1875, 2003], [1659, 1950, 1875, 2004], [1661, 1950, 1875, 2005], [1663, 1950, 1875, 2006], [1665, 1950, 1875, 2007], [229, 1950, 1875, 2008], [231, 1950, 1875, 2009], [233, 1950, 1875, 2010], [235, 1950, 1875, 2011], [237, 1950, 1875, 2012], [239, 1950, 1875, 2013], [241, 1950, 1875, 2014], [243, 1950, 1875, 2015], [245, 1950, 1875, 2016], [247, 1950, 1875, 2017], [249, 1950, 1875, 2018], [251, 1950, 1875, 2019], [253, 1950, 1875, 2020], [255, 1950, 1875, 2021], [257, 1950, 1875, 2022], [259, 1950, 1875, 2023], [261, 1950, 1875, 2024], [0, 2025, 2026, 2027], [4, 2025, 2026, 2028], [6, 2025, 2026, 2029], [8, 2025, 2026, 2030], [10, 2025, 2026, 2031], [12, 2025, 2026, 2032], [14, 2025, 2026, 2033], [16, 2025, 2026, 2034], [18, 2025, 2026, 2035], [20, 2025, 2026, 2036], [22, 2025, 2026, 2037], [24, 2025, 2026, 2038], [26, 2025, 2026, 2039], [28, 2025, 2026, 2040], [30, 2025, 2026, 2041], [32, 2025, 2026, 2042], [34, 2025, 2026, 2043], [92, 2025, 2026, 2044], [36, 2025, 2026, 2045], [38, 2025, 2026, 2046], [40, 2025, 2026, 2047], [42, 2025, 2026, 2048], [44, 2025, 2026, 2049], [46, 2025, 2026, 2050], [48, 2025, 2026, 2051], [50, 2025, 2026, 2052], [52, 2025, 2026, 2053], [54, 2025, 2026, 2054], [56, 2025, 2026, 2055], [58, 2025, 2026, 2056], [60, 2025, 2026, 2057], [62, 2025, 2026, 2058], [64, 2025, 2026, 2059], [66, 2025, 2026, 2060], [68, 2025, 2026, 2061], [70, 2025, 2026, 2062], [72, 2025, 2026, 2063], [1627, 2025, 2026, 2064], [1629, 2025, 2026, 2065], [1631, 2025, 2026, 2066], [1633, 2025, 2026, 2067], [1635, 2025, 2026, 2068], [1637, 2025, 2026, 2069], [1639, 2025, 2026, 2070], [1641, 2025, 2026, 2071], [1643, 2025, 2026, 2072], [1645, 2025, 2026, 2073], [1647, 2025, 2026, 2074], [1649, 2025, 2026, 2075], [1651, 2025, 2026, 2076], [1653, 2025, 2026, 2077], [1655, 2025, 2026, 2078], [1657, 2025, 2026, 2079], [1659, 2025, 2026, 2080], [1661, 2025, 2026, 2081], [1663, 2025, 2026, 2082], [1665, 2025, 2026, 2083], [229, 2025, 2026, 2084], [231, 2025, 2026, 2085], [233, 2025, 2026, 2086], [235, 2025, 2026, 2087], [237, 2025, 2026, 2088], [239, 2025, 2026, 2089], [241, 2025, 2026, 2090], [243, 2025, 2026, 2091], [245, 2025, 2026, 2092], [247, 2025, 2026, 2093], [249, 2025, 2026, 2094], [251, 2025, 2026, 2095], [253, 2025, 2026, 2096], [255, 2025, 2026, 2097], [257, 2025, 2026, 2098], [259, 2025, 2026, 2099], [261, 2025, 2026, 2100], [0, 2101, 2102, 2103], [4, 2101, 2102, 2104], [6, 2101, 2102, 2105], [8, 2101, 2102, 2106], [10, 2101, 2102, 2107], [12, 2101, 2102, 2108], [14, 2101, 2102, 2109], [16, 2101, 2102, 2110], [18, 2101, 2102, 2111], [20, 2101, 2102, 2112], [22, 2101, 2102, 2113], [24, 2101, 2102, 2114], [26, 2101, 2102, 2115], [28, 2101, 2102, 2116], [30, 2101, 2102, 2117], [32, 2101, 2102, 2118], [34, 2101, 2102, 2119], [92, 2101, 2102, 2120], [36, 2101, 2102, 2121], [38, 2101, 2102, 2122], [40, 2101, 2102, 2123], [42, 2101, 2102, 2124], [44, 2101, 2102, 2125], [46, 2101, 2102, 2126], [48, 2101, 2102, 2127], [50, 2101, 2102, 2128], [52, 2101, 2102, 2129], [54, 2101, 2102, 2130], [56, 2101, 2102, 2131], [58, 2101, 2102, 2132], [60, 2101, 2102, 2133], [62, 2101, 2102, 2134], [64, 2101, 2102, 2135], [66, 2101, 2102, 2136], [68, 2101, 2102, 2137], [70, 2101, 2102, 2138], [72, 2101, 2102, 2139], [1627, 2101, 2102, 2140], [1629, 2101, 2102, 2141], [1631, 2101, 2102, 2142], [1633, 2101, 2102, 2143], [1635, 2101, 2102, 2144], [1637, 2101, 2102, 2145], [1639, 2101, 2102, 2146], [1641, 2101, 2102, 2147], [1643, 2101, 2102, 2148], [1645, 2101, 2102, 2149], [1647, 2101, 2102, 2150], [1649, 2101, 2102, 2151], [1651, 2101, 2102, 2152], [1653, 2101, 2102, 2153], [1655, 2101, 2102, 2154], [1657, 2101, 2102, 2155], [1659, 2101, 2102, 2156], [1661, 2101, 2102, 2157], [1663, 2101, 2102, 2158], [1665, 2101, 2102, 2159], [229, 2101, 2102, 2160], [231, 2101, 2102, 2161], [233, 2101, 2102, 2162], [235, 2101, 2102, 2163], [237, 2101, 2102, 2164], [239, 2101, 2102, 2165], [241, 2101, 2102, 2166], [243, 2101, 2102, 2167], [245, 2101, 2102, 2168], [247, 2101, 2102, 2169], [249, 2101, 2102, 2170], [251, 2101, 2102, 2171], [253, 2101, 2102, 2172], [255, 2101, 2102, 2173], [257, 2101, 2102, 2174], [259, 2101, 2102, 2175], [261, 2101, 2102, 2176], [0, 2177, 2178, 2179], [4, 2177, 2178, 2180], [6, 2177, 2178, 2181], [8, 2177, 2178, 2182], [10, 2177, 2178, 2183], [12, 2177, 2178, 2184], [14, 2177, 2178, 2185], [16, 2177, 2178, 2186], [18, 2177, 2178, 2187], [20, 2177, 2178, 2188], [22, 2177, 2178, 2189], [24, 2177, 2178, 2190], [26, 2177, 2178, 2191], [28, 2177, 2178, 2192], [30, 2177, 2178, 2193], [32, 2177, 2178, 2194], [34, 2177, 2178, 2195], [92, 2177, 2178, 2196], [36, 2177, 2178, 2197], [38, 2177, 2178, 2198], [40, 2177, 2178, 2199], [42, 2177, 2178, 2200], [44, 2177, 2178, 2201], [46, 2177, 2178, 2202], [48, 2177, 2178, 2203], [50, 2177, 2178, 2204], [52, 2177, 2178, 2205], [54, 2177, 2178, 2206], [56, 2177, 2178, 2207], [58, 2177, 2178, 2208], [60, 2177, 2178, 2209], [62, 2177, 2178, 2210], [64, 2177, 2178, 2211], [66, 2177, 2178, 2212], [68, 2177, 2178, 2213], [70, 2177, 2178, 2214], [72, 2177, 2178, 2215], [1627, 2177, 2178, 2216], [1629, 2177, 2178, 2217], [1631, 2177, 2178, 2218], [1633, 2177, 2178, 2219], [1635, 2177, 2178, 2220], [1637, 2177, 2178, 2221], [1639, 2177, 2178, 2222], [1641, 2177, 2178, 2223], [1643, 2177, 2178, 2224], [1645, 2177, 2178, 2225], [1647, 2177, 2178, 2226], [1649, 2177, 2178, 2227], [1651, 2177, 2178, 2228], [1653, 2177, 2178, 2229], [1655, 2177, 2178, 2230], [1657, 2177, 2178, 2231], [1659, 2177, 2178, 2232], [1661, 2177, 2178, 2233], [1663, 2177, 2178, 2234], [1665, 2177, 2178, 2235], [229, 2177, 2178, 2236], [231, 2177, 2178, 2237], [233, 2177, 2178, 2238], [235, 2177, 2178, 2239], [237, 2177, 2178, 2240], [239, 2177, 2178, 2241], [241, 2177, 2178, 2242], [243, 2177, 2178, 2243], [245, 2177, 2178, 2244], [247, 2177, 2178, 2245], [249, 2177, 2178, 2246], [251, 2177, 2178, 2247], [253, 2177, 2178, 2248], [255, 2177, 2178, 2249], [257, 2177, 2178, 2250], [259, 2177, 2178, 2251], [261, 2177, 2178, 2252], [0, 2253, 2254, 2255], [4, 2253, 2254, 2256], [6, 2253, 2254, 2257], [8, 2253, 2254, 2258], [10, 2253, 2254, 2259], [12, 2253, 2254, 2260], [14, 2253, 2254, 2261], [16, 2253, 2254, 2262], [18, 2253, 2254, 2263], [20, 2253, 2254, 2264], [22, 2253, 2254, 2265], [24, 2253, 2254, 2266], [26, 2253, 2254, 2267], [28, 2253, 2254, 2268], [30, 2253, 2254, 2269], [32, 2253, 2254, 2270], [34, 2253, 2254, 2271], [92, 2253, 2254, 2272], [36, 2253, 2254, 2273], [38, 2253, 2254, 2274], [40, 2253, 2254, 2275], [42, 2253, 2254, 2276], [44, 2253, 2254, 2277], [46, 2253, 2254, 2278], [48, 2253, 2254, 2279], [50, 2253, 2254, 2280], [52, 2253, 2254, 2281], [54, 2253, 2254, 2282], [56, 2253, 2254, 2283], [58, 2253, 2254, 2284], [60, 2253, 2254, 2285], [62, 2253, 2254, 2286], [64, 2253, 2254, 2287], [66, 2253, 2254, 2288], [68, 2253, 2254, 2289], [70, 2253, 2254, 2290], [72, 2253, 2254, 2291], [1627, 2253, 2254, 2292], [1629, 2253, 2254, 2293], [1631, 2253, 2254, 2294], [1633, 2253, 2254, 2295], [1635, 2253, 2254, 2296], [1637, 2253, 2254, 2297], [1639, 2253, 2254, 2298], [1641, 2253, 2254, 2299], [1643, 2253, 2254, 2300], [1645, 2253, 2254, 2301], [1647, 2253, 2254, 2302], [1649, 2253, 2254, 2303], [1651, 2253, 2254, 2304], [1653, 2253, 2254, 2305], [1655, 2253, 2254, 2306], [1657, 2253, 2254, 2307], [1659, 2253, 2254, 2308], [1661, 2253, 2254, 2309], [1663, 2253, 2254, 2310], [1665, 2253, 2254, 2311], [229, 2253, 2254, 2312], [231, 2253, 2254, 2313], [233, 2253, 2254, 2314], [235, 2253, 2254, 2315], [237, 2253, 2254, 2316], [239, 2253, 2254, 2317], [241, 2253, 2254, 2318], [243, 2253, 2254, 2319], [245, 2253, 2254, 2320], [247, 2253, 2254, 2321], [249, 2253, 2254, 2322], [251, 2253, 2254, 2323], [253, 2253, 2254, 2324], [255, 2253, 2254, 2325], [257, 2253, 2254, 2326], [259, 2253, 2254, 2327], [261, 2253, 2254, 2328], [0, 2329, 2254, 2330], [4, 2329, 2254, 2331], [6, 2329, 2254, 2332], [8, 2329, 2254, 2333], [10, 2329, 2254, 2334], [12, 2329, 2254, 2335], [14, 2329, 2254, 2336], [16, 2329, 2254, 2337], [18, 2329, 2254, 2338], [20, 2329, 2254, 2339], [22, 2329, 2254, 2340], [24, 2329, 2254, 2341], [26, 2329, 2254, 2342], [28, 2329, 2254, 2343], [30, 2329, 2254, 2344], [32, 2329, 2254, 2345], [34, 2329, 2254, 2346], [92, 2329, 2254, 2347], [36, 2329, 2254, 2348], [38, 2329, 2254, 2349], [40, 2329, 2254, 2350], [42, 2329, 2254, 2351], [44, 2329, 2254, 2352], [46, 2329, 2254, 2353], [48, 2329, 2254, 2354], [50, 2329, 2254, 2355], [52, 2329, 2254, 2356], [54, 2329, 2254, 2357], [56, 2329, 2254, 2358], [58, 2329, 2254, 2359], [60, 2329, 2254, 2360], [62, 2329, 2254, 2361], [64, 2329, 2254, 2362], [66, 2329, 2254, 2363], [68, 2329, 2254, 2364], [70, 2329, 2254, 2365], [72, 2329, 2254, 2366], [1627, 2329, 2254, 2367], [1629, 2329, 2254, 2368], [1631, 2329, 2254, 2369], [1633, 2329, 2254, 2370], [1635, 2329, 2254, 2371], [1637, 2329, 2254, 2372], [1639, 2329, 2254, 2373], [1641, 2329, 2254, 2374], [1643, 2329, 2254, 2375], [1645, 2329, 2254, 2376], [1647, 2329, 2254, 2377], [1649, 2329, 2254, 2378], [1651, 2329, 2254, 2379], [1653, 2329, 2254, 2380], [1655, 2329, 2254, 2381], [1657, 2329, 2254, 2382], [1659, 2329, 2254, 2383], [1661, 2329, 2254, 2384], [1663, 2329, 2254, 2385], [1665, 2329, 2254, 2386], [229, 2329, 2254, 2387], [231, 2329, 2254, 2388], [233, 2329, 2254, 2389], [235, 2329, 2254, 2390], [237, 2329, 2254, 2391], [239, 2329, 2254, 2392], [241, 2329, 2254, 2393], [243, 2329, 2254, 2394], [245, 2329, 2254, 2395], [247, 2329, 2254, 2396], [249, 2329, 2254, 2397], [251, 2329, 2254, 2398], [253, 2329, 2254, 2399], [255, 2329, 2254, 2400], [257, 2329, 2254, 2401], [259, 2329, 2254, 2402], [261, 2329, 2254, 2403], [0, 2404, 2405, 2406], [4, 2404, 2405, 2407], [6, 2404, 2405, 2408], [8, 2404, 2405, 2409], [10, 2404, 2405, 2410], [12, 2404, 2405, 2411], [14, 2404, 2405, 2412], [16, 2404, 2405, 2413], [18, 2404, 2405, 2414], [20, 2404, 2405, 2415], [22, 2404, 2405, 2416], [24, 2404, 2405, 2417], [26, 2404, 2405, 2418], [28, 2404, 2405, 2419], [30, 2404, 2405, 2420], [32, 2404, 2405, 2421], [34, 2404, 2405, 2422], [92, 2404, 2405, 2423], [36, 2404, 2405, 2424], [38, 2404, 2405, 2425], [40, 2404, 2405, 2426], [42, 2404, 2405, 2427], [44, 2404, 2405, 2428], [46, 2404, 2405, 2429], [48, 2404, 2405, 2430], [50, 2404, 2405, 2431], [52, 2404, 2405, 2432], [54, 2404, 2405, 2433], [56, 2404, 2405, 2434], [58, 2404, 2405, 2435], [60, 2404, 2405, 2436], [62, 2404, 2405, 2437], [64, 2404, 2405, 2438], [66, 2404, 2405, 2439], [68, 2404, 2405, 2440], [70, 2404, 2405, 2441], [72, 2404, 2405, 2442], [1627, 2404, 2405, 2443], [1629, 2404, 2405, 2444], [1631, 2404, 2405, 2445], [1633, 2404, 2405, 2446], [1635, 2404, 2405, 2447], [1637, 2404, 2405, 2448], [1639, 2404, 2405, 2449], [1641, 2404, 2405, 2450], [1643, 2404, 2405, 2451], [1645, 2404, 2405, 2452], [1647, 2404, 2405, 2453], [1649, 2404, 2405, 2454], [1651, 2404, 2405, 2455], [1653, 2404, 2405, 2456], [1655, 2404, 2405, 2457], [1657, 2404, 2405, 2458], [1659, 2404, 2405, 2459], [1661, 2404, 2405, 2460], [1663, 2404, 2405, 2461], [1665, 2404, 2405, 2462], [229, 2404, 2405, 2463], [231, 2404, 2405, 2464], [233, 2404, 2405, 2465], [235, 2404, 2405, 2466], [237, 2404, 2405, 2467], [239, 2404, 2405, 2468], [241, 2404, 2405, 2469], [243, 2404, 2405, 2470], [245, 2404, 2405, 2471], [247, 2404, 2405, 2472], [249, 2404, 2405, 2473], [251, 2404, 2405, 2474], [253, 2404, 2405, 2475], [255, 2404, 2405, 2476], [257, 2404, 2405, 2477], [259, 2404, 2405, 2478], [261, 2404, 2405, 2479], [0, 2480, 2405, 2481], [4, 2480, 2405, 2482], [6, 2480, 2405, 2483], [8, 2480, 2405, 2484], [10, 2480, 2405, 2485], [12, 2480, 2405, 2486], [14, 2480, 2405, 2487], [16, 2480, 2405, 2488], [18, 2480, 2405, 2489], [20, 2480, 2405, 2490], [22, 2480, 2405, 2491], [24, 2480, 2405, 2492], [26, 2480, 2405, 2493], [28, 2480, 2405, 2494], [30, 2480, 2405, 2495], [32, 2480, 2405, 2496], [34, 2480, 2405, 2497], [92, 2480, 2405, 2498], [36, 2480, 2405, 2499], [38, 2480, 2405, 2500], [40, 2480, 2405, 2501], [42, 2480, 2405, 2502], [44, 2480, 2405, 2503], [46, 2480, 2405, 2504], [48, 2480, 2405, 2505], [50, 2480, 2405, 2506], [52, 2480, 2405, 2507], [54, 2480, 2405, 2508], [56, 2480, 2405, 2509], [58, 2480, 2405, 2510], [60, 2480, 2405, 2511], [62, 2480, 2405, 2512], [64, 2480, 2405, 2513], [66, 2480, 2405, 2514], [68, 2480, 2405, 2515], [70, 2480, 2405, 2516], [72, 2480, 2405, 2517], [1627, 2480, 2405, 2518], [1629, 2480, 2405, 2519], [1631, 2480, 2405, 2520], [1633, 2480, 2405, 2521], [1635, 2480, 2405, 2522], [1637, 2480, 2405, 2523], [1639, 2480, 2405, 2524], [1641, 2480, 2405, 2525], [1643, 2480, 2405, 2526], [1645, 2480, 2405, 2527], [1647, 2480, 2405, 2528], [1649, 2480, 2405, 2529], [1651, 2480, 2405, 2530], [1653, 2480, 2405, 2531], [1655, 2480, 2405, 2532], [1657, 2480, 2405, 2533], [1659, 2480, 2405, 2534], [1661, 2480, 2405, 2535], [1663, 2480, 2405, 2536], [1665, 2480, 2405, 2537], [229, 2480, 2405, 2538], [231, 2480, 2405, 2539], [233, 2480, 2405, 2540], [235, 2480, 2405, 2541], [237, 2480, 2405, 2542], [239, 2480, 2405, 2543], [241, 2480, 2405, 2544], [243, 2480, 2405, 2545], [245, 2480, 2405, 2546], [247, 2480, 2405, 2547], [249, 2480, 2405, 2548], [251, 2480, 2405, 2549], [253, 2480, 2405, 2550], [255, 2480, 2405, 2551], [257, 2480, 2405, 2552], [259, 2480, 2405, 2553], [261, 2480, 2405, 2554], [0, 2555, 2556, 2557], [4, 2555, 2556, 2558], [6, 2555, 2556, 2559], [8, 2555, 2556, 2560], [10, 2555, 2556, 2561], [12, 2555, 2556, 2562], [14, 2555, 2556, 2563], [16, 2555, 2556, 2564], [18, 2555, 2556, 2565], [20, 2555, 2556, 2566], [22, 2555, 2556, 2567], [24, 2555, 2556, 2568], [26, 2555, 2556, 2569], [28, 2555, 2556, 2570], [30, 2555, 2556, 2571], [32, 2555, 2556, 2572], [34, 2555, 2556, 2573], [92, 2555, 2556, 2574], [36, 2555, 2556, 2575], [38, 2555, 2556, 2576], [40, 2555, 2556, 2577], [42, 2555, 2556, 2578], [44, 2555, 2556, 2579], [46, 2555, 2556, 2580], [48, 2555, 2556, 2581], [50, 2555, 2556, 2582], [52, 2555, 2556, 2583], [54, 2555, 2556, 2584], [56, 2555, 2556, 2585], [58, 2555, 2556, 2586], [60, 2555, 2556, 2587], [62, 2555, 2556, 2588], [64, 2555, 2556, 2589], [66, 2555, 2556, 2590], [68, 2555, 2556, 2591], [70, 2555, 2556, 2592], [72, 2555, 2556, 2593], [1627, 2555, 2556, 2594], [1629, 2555, 2556, 2595], [1631, 2555, 2556, 2596], [1633, 2555, 2556, 2597], [1635, 2555, 2556, 2598], [1637, 2555, 2556, 2599], [1639, 2555, 2556, 2600], [1641, 2555, 2556, 2601], [1643, 2555, 2556, 2602], [1645, 2555, 2556, 2603], [1647, 2555, 2556, 2604], [1649, 2555, 2556, 2605], [1651, 2555, 2556, 2606], [1653, 2555, 2556, 2607], [1655, 2555, 2556, 2608], [1657, 2555, 2556, 2609], [1659, 2555, 2556, 2610], [1661, 2555, 2556, 2611], [1663, 2555, 2556, 2612], [1665, 2555, 2556, 2613], [229, 2555, 2556, 2614], [231, 2555, 2556, 2615], [233, 2555, 2556, 2616], [235, 2555, 2556, 2617], [237, 2555, 2556, 2618], [239, 2555, 2556, 2619], [241, 2555, 2556, 2620], [243, 2555, 2556, 2621], [245, 2555, 2556, 2622], [247, 2555, 2556, 2623], [249, 2555, 2556, 2624], [251, 2555, 2556, 2625], [253, 2555, 2556, 2626], [255, 2555, 2556, 2627], [257, 2555, 2556, 2628], [259, 2555, 2556, 2629], [261, 2555, 2556, 2630], [0, 2631, 2556, 2632], [4, 2631, 2556, 2633], [6, 2631, 2556, 2634], [8, 2631, 2556, 2635], [10, 2631, 2556, 2636], [12, 2631, 2556, 2637], [14, 2631, 2556, 2638], [16, 2631, 2556, 2639], [18, 2631, 2556, 2640], [20, 2631, 2556, 2641], [22, 2631, 2556, 2642], [24, 2631, 2556, 2643], [26, 2631, 2556, 2644], [28, 2631, 2556, 2645], [30, 2631, 2556, 2646], [32, 2631, 2556, 2647], [34, 2631, 2556, 2648], [36, 2631, 2556, 2649], [38, 2631, 2556, 2650], [40, 2631, 2556, 2651], [42, 2631, 2556, 2652], [44, 2631, 2556, 2653], [46, 2631, 2556, 2654], [48, 2631, 2556, 2655], [50, 2631, 2556, 2656], [52, 2631, 2556, 2657], [54, 2631, 2556, 2658], [56, 2631, 2556, 2659], [58, 2631, 2556, 2660], [60, 2631, 2556, 2661], [62, 2631, 2556, 2662], [64, 2631, 2556, 2663], [66, 2631, 2556, 2664], [68, 2631, 2556, 2665], [70, 2631, 2556, 2666], [72, 2631, 2556, 2667], [0, 2668, 2669, 2670], [4, 2668, 2669, 2671], [6, 2668, 2669, 2672], [8, 2668, 2669, 2673], [10, 2668, 2669, 2674], [12, 2668, 2669, 2675], [14, 2668, 2669, 2676], [16, 2668, 2669, 2677], [18, 2668, 2669, 2678], [20, 2668, 2669, 2679], [22, 2668, 2669, 2680], [24, 2668, 2669, 2681], [26, 2668, 2669, 2682], [28, 2668, 2669, 2683], [30, 2668, 2669, 2684], [32, 2668, 2669, 2685], [34, 2668, 2669, 2686], [36, 2668, 2669, 2687], [38, 2668, 2669, 2688], [40, 2668, 2669, 2689], [42, 2668, 2669, 2690], [44, 2668, 2669, 2691], [46, 2668, 2669, 2692], [48, 2668, 2669, 2693], [50, 2668, 2669, 2694], [52, 2668, 2669, 2695], [54, 2668, 2669, 2696], [56, 2668, 2669, 2697], [58, 2668, 2669, 2698], [60, 2668, 2669, 2699], [62, 2668, 2669, 2700], [64, 2668, 2669, 2701], [66, 2668, 2669, 2702], [68, 2668, 2669, 2703], [70, 2668, 2669, 2704], [72, 2668, 2669, 2705], [0, 2706, 2707, 2708], [4, 2706, 2707, 2709], [6, 2706, 2707, 2710], [8, 2706, 2707, 2711], [10, 2706, 2707, 2712], [12, 2706, 2707, 2713], [14, 2706, 2707, 2714], [16, 2706, 2707, 2715], [18, 2706, 2707, 2716], [20, 2706, 2707, 2717], [22, 2706, 2707, 2718], [24, 2706, 2707, 2719], [26, 2706, 2707, 2720], [28, 2706, 2707, 2721], [30, 2706, 2707, 2722], [32, 2706, 2707, 2723], [34, 2706, 2707, 2724], [92, 2706, 2707, 2725], [36, 2706, 2707, 2726], [38, 2706, 2707, 2727], [40, 2706, 2707, 2728], [42, 2706, 2707, 2729], [44, 2706, 2707, 2730], [46, 2706, 2707, 2731], [48, 2706, 2707, 2732], [50, 2706, 2707, 2733], [52, 2706, 2707, 2734], [54, 2706, 2707, 2735], [56, 2706, 2707, 2736], [58, 2706, 2707, 2737], [60, 2706, 2707, 2738], [62, 2706, 2707, 2739], [64, 2706, 2707, 2740], [66, 2706, 2707, 2741], [68, 2706, 2707, 2742], [70, 2706, 2707, 2743], [72, 2706, 2707, 2744], [1627, 2706, 2707, 2745], [1629, 2706, 2707, 2746], [1631, 2706, 2707, 2747], [1633, 2706, 2707, 2748], [1635, 2706, 2707, 2749], [1637, 2706, 2707, 2750], [1639, 2706, 2707, 2751], [1641, 2706, 2707, 2752], [1643, 2706, 2707, 2753], [1645, 2706, 2707, 2754], [1647, 2706, 2707, 2755], [1649, 2706, 2707, 2756], [1651, 2706, 2707, 2757], [1653, 2706, 2707, 2758], [1655, 2706, 2707, 2759], [1657, 2706, 2707, 2760], [1659, 2706, 2707, 2761], [1661, 2706, 2707, 2762], [1663, 2706, 2707, 2763], [1665, 2706, 2707, 2764], [229, 2706, 2707, 2765], [231, 2706, 2707, 2766], [233, 2706, 2707, 2767], [235, 2706, 2707, 2768], [237, 2706, 2707, 2769], [239, 2706, 2707, 2770], [241, 2706, 2707, 2771], [243, 2706, 2707, 2772], [245, 2706, 2707, 2773], [247, 2706, 2707, 2774], [249, 2706, 2707, 2775], [251, 2706, 2707, 2776], [253, 2706, 2707, 2777], [255, 2706, 2707, 2778], [257, 2706, 2707, 2779], [259, 2706, 2707, 2780], [261, 2706, 2707, 2781], [0, 2782, 2783, 2784], [4, 2782, 2783, 2785], [6, 2782, 2783, 2786], [8, 2782, 2783, 2787], [10, 2782, 2783, 2788], [12, 2782, 2783, 2789], [14, 2782, 2783, 2790], [16, 2782, 2783, 2791], [18, 2782, 2783, 2792], [20, 2782, 2783, 2793], [22, 2782, 2783, 2794], [24, 2782, 2783, 2795], [26, 2782, 2783, 2796], [28, 2782, 2783, 2797], [30, 2782, 2783, 2798], [32, 2782, 2783, 2799], [34, 2782, 2783, 2800], [36, 2782, 2783, 2801], [38, 2782, 2783, 2802], [40, 2782, 2783, 2803], [42, 2782, 2783, 2804], [44, 2782, 2783, 2805], [46, 2782, 2783, 2806], [48, 2782, 2783, 2807], [50, 2782, 2783, 2808], [52, 2782, 2783, 2809], [54, 2782, 2783, 2810], [56, 2782, 2783, 2811], [58, 2782, 2783, 2812], [60, 2782, 2783, 2813], [62, 2782, 2783, 2814], [64, 2782, 2783, 2815], [66, 2782, 2783, 2816], [68, 2782, 2783, 2817], [70, 2782, 2783, 2818], [72, 2782, 2783, 2819], [0, 2820, 2783, 2821], [4, 2820, 2783, 2822], [6, 2820, 2783, 2823], [8, 2820, 2783, 2824], [10, 2820, 2783, 2825], [12, 2820, 2783, 2826], [14, 2820, 2783, 2827], [16, 2820, 2783, 2828], [18, 2820, 2783, 2829], [20, 2820, 2783, 2830], [22, 2820, 2783, 2831], [24, 2820, 2783, 2832], [26, 2820, 2783, 2833], [28, 2820, 2783, 2834], [30, 2820, 2783, 2835], [32, 2820, 2783, 2836], [34, 2820, 2783, 2837], [92, 2820, 2783, 2838], [36, 2820, 2783, 2839], [38, 2820, 2783, 2840], [40, 2820, 2783, 2841], [42, 2820, 2783, 2842], [44, 2820, 2783, 2843], [46, 2820, 2783, 2844], [48, 2820, 2783, 2845], [50, 2820, 2783, 2846], [52, 2820, 2783, 2847], [54, 2820, 2783, 2848], [56, 2820, 2783, 2849], [58, 2820, 2783, 2850], [60, 2820, 2783, 2851], [62, 2820, 2783, 2852], [64, 2820, 2783, 2853], [66, 2820, 2783, 2854], [68, 2820, 2783, 2855], [70, 2820, 2783, 2856], [72, 2820, 2783, 2857], [0, 2858, 2783, 2859], [4, 2858, 2783, 2860], [6, 2858, 2783, 2861], [8, 2858, 2783, 2862], [10, 2858, 2783, 2863], [12, 2858, 2783, 2864], [14, 2858, 2783, 2865], [16, 2858, 2783, 2866], [18, 2858, 2783, 2867], [20, 2858, 2783, 2868], [22, 2858, 2783, 2869], [24, 2858, 2783, 2870], [26, 2858, 2783, 2871], [28, 2858, 2783, 2872], [30, 2858, 2783, 2873], [32, 2858, 2783, 2874], [34, 2858, 2783, 2875], [92, 2858, 2783, 2876], [36, 2858, 2783, 2877], [38, 2858, 2783, 2878], [40, 2858, 2783, 2879], [42, 2858, 2783, 2880], [44, 2858, 2783, 2881], [46, 2858, 2783, 2882], [48, 2858, 2783, 2883], [50, 2858, 2783, 2884], [52, 2858, 2783, 2885], [54, 2858, 2783, 2886], [56, 2858, 2783, 2887], [58, 2858, 2783, 2888], [60, 2858, 2783, 2889], [62, 2858, 2783, 2890], [64, 2858, 2783, 2891], [66, 2858, 2783, 2892], [68, 2858, 2783, 2893], [70, 2858, 2783, 2894], [72, 2858, 2783, 2895], [0, 2896, 2783, 2897], [4, 2896, 2783, 2898], [6, 2896, 2783, 2899], [8, 2896, 2783, 2900], [10, 2896, 2783, 2901], [12, 2896, 2783, 2902], [14, 2896, 2783, 2903], [16, 2896, 2783, 2904], [18, 2896, 2783, 2905], [20, 2896, 2783, 2906], [22, 2896, 2783, 2907], [24, 2896, 2783, 2908], [26, 2896, 2783, 2909], [28, 2896, 2783, 2910], [30, 2896, 2783, 2911], [32, 2896, 2783, 2912], [34, 2896, 2783, 2913], [36, 2896, 2783, 2914], [38, 2896, 2783, 2915], [40, 2896, 2783, 2916], [42, 2896, 2783, 2917], [44, 2896, 2783, 2918], [46, 2896, 2783, 2919], [48, 2896, 2783, 2920], [50, 2896, 2783, 2921], [52, 2896, 2783, 2922], [54, 2896, 2783, 2923], [56, 2896, 2783, 2924], [58, 2896, 2783, 2925], [60, 2896, 2783, 2926], [62, 2896, 2783, 2927], [64, 2896, 2783, 2928], [66, 2896, 2783, 2929], [68, 2896, 2783, 2930], [70, 2896, 2783, 2931], [72, 2896, 2783, 2932], [0, 2933, 2934, 2935], [4, 2933, 2934, 2936], [6, 2933, 2934, 2937], [8, 2933, 2934, 2938], [10, 2933, 2934, 2939], [12, 2933, 2934, 2940], [14, 2933, 2934, 2941], [16, 2933, 2934, 2942], [18, 2933, 2934, 2943], [20, 2933, 2934, 2944], [22, 2933, 2934, 2945], [24, 2933, 2934, 2946], [26, 2933, 2934, 2947], [28, 2933, 2934, 2948], [30, 2933, 2934, 2949], [32, 2933, 2934, 2950], [34, 2933, 2934, 2951], [92, 2933, 2934, 2952], [36, 2933, 2934, 2953], [38, 2933, 2934, 2954], [40, 2933, 2934, 2955], [42, 2933, 2934, 2956], [44, 2933, 2934, 2957], [46, 2933, 2934, 2958], [48, 2933, 2934, 2959], [50, 2933, 2934, 2960], [52, 2933, 2934, 2961], [54, 2933, 2934, 2962], [56, 2933, 2934, 2963], [58, 2933, 2934, 2964], [60, 2933, 2934, 2965], [62, 2933, 2934, 2966], [64, 2933, 2934, 2967], [66, 2933, 2934, 2968], [68, 2933, 2934, 2969], [70, 2933, 2934, 2970], [72, 2933, 2934, 2971], [1627, 2933, 2934, 2972], [1629, 2933, 2934, 2973], [1631, 2933, 2934, 2974], [1633, 2933, 2934, 2975], [1635, 2933, 2934, 2976], [1637, 2933, 2934, 2977], [1639, 2933, 2934, 2978], [1641, 2933, 2934, 2979], [1643, 2933, 2934, 2980], [1645, 2933, 2934, 2981], [1647, 2933, 2934, 2982], [1649, 2933, 2934, 2983], [1651, 2933, 2934, 2984], [1653, 2933, 2934, 2985], [1655, 2933, 2934, 2986], [1657, 2933, 2934, 2987], [1659, 2933, 2934, 2988], [1661, 2933, 2934, 2989], [1663, 2933, 2934, 2990], [1665, 2933, 2934, 2991], [229, 2933, 2934, 2992], [231, 2933, 2934, 2993], [233, 2933, 2934, 2994], [235, 2933, 2934, 2995], [237, 2933, 2934, 2996], [239, 2933, 2934, 2997], [241, 2933, 2934, 2998], [243, 2933, 2934, 2999], [245, 2933, 2934, 3e3], [247, 2933, 2934, 3001], [249, 2933, 2934, 3002], [251, 2933, 2934, 3003], [253, 2933, 2934, 3004], [255, 2933, 2934, 3005], [257, 2933, 2934, 3006], [259, 2933, 2934, 3007], [261, 2933, 2934, 3008], [0, 3009, 2934, 3010], [4, 3009, 2934, 3011], [6, 3009, 2934, 3012], [8, 3009, 2934, 3013], [10, 3009, 2934, 3014], [12, 3009, 2934, 3015], [14, 3009, 2934, 3016], [16, 3009, 2934, 3017], [18, 3009, 2934, 3018], [20, 3009, 2934, 3019], [22, 3009, 2934, 3020], [24, 3009, 2934, 3021], [26, 3009, 2934, 3022], [28, 3009, 2934, 3023], [30, 3009, 2934, 3024], [32, 3009, 2934, 3025], [34, 3009, 2934, 3026], [92, 3009, 2934, 3027], [36, 3009, 2934, 3028], [38, 3009, 2934, 3029], [40, 3009, 2934, 3030], [42, 3009, 2934, 3031], [44, 3009, 2934, 3032], [46, 3009, 2934, 3033], [48, 3009, 2934, 3034], [50, 3009, 2934, 3035], [52, 3009, 2934, 3036], [54, 3009, 2934, 3037], [56, 3009, 2934, 3038], [58, 3009, 2934, 3039], [60, 3009, 2934, 3040], [62, 3009, 2934, 3041], [64, 3009, 2934, 3042], [66, 3009, 2934, 3043], [68, 3009, 2934, 3044], [70, 3009, 2934, 3045], [72, 3009, 2934, 3046], [1627, 3009, 2934, 3047], [1629, 3009, 2934, 3048], [1631, 3009, 2934, 3049], [1633, 3009, 2934, 3050], [1635, 3009, 2934, 3051], [1637, 3009, 2934, 3052], [1639, 3009, 2934, 3053], [1641, 3009, 2934, 3054], [1643, 3009, 2934, 3055], [1645, 3009, 2934, 3056], [1647, 3009, 2934, 3057], [1649, 3009, 2934, 3058], [1651, 3009, 2934, 3059], [1653, 3009, 2934, 3060], [1655, 3009, 2934, 3061], [1657, 3009, 2934, 3062], [1659, 3009, 2934, 3063], [1661, 3009, 2934, 3064], [1663, 3009, 2934, 3065], [1665, 3009, 2934, 3066], [229, 3009, 2934, 3067], [231, 3009, 2934, 3068], [233, 3009, 2934, 3069], [235, 3009, 2934, 3070], [237, 3009, 2934, 3071], [239, 3009, 2934, 3072], [241, 3009, 2934, 3073], [243, 3009, 2934, 3074], [245, 3009, 2934, 3075], [247, 3009, 2934, 3076], [249, 3009, 2934, 3077], [251, 3009, 2934, 3078], [253, 3009, 2934, 3079], [255, 3009, 2934, 3080], [257, 3009, 2934, 3081], [259, 3009, 2934, 3082], [261, 3009, 2934, 3083], [0, 3084, 3085, 3086], [4, 3084, 3085, 3087], [6, 3084, 3085, 3088], [8, 3084, 3085, 3089], [10, 3084, 3085, 3090], [12, 3084, 3085, 3091], [14, 3084, 3085, 3092], [16, 3084, 3085, 3093], [18, 3084, 3085, 3094], [20, 3084, 3085, 3095], [22, 3084, 3085, 3096], [24, 3084, 3085, 3097], [26, 3084, 3085, 3098], [28, 3084, 3085, 3099], [30, 3084, 3085, 3100], [32, 3084, 3085, 3101], [34, 3084, 3085, 3102], [92, 3084, 3085, 3103], [36, 3084, 3085, 3104], [38, 3084, 3085, 3105], [40, 3084, 3085, 3106], [42, 3084, 3085, 3107], [44, 3084, 3085, 3108], [46, 3084, 3085, 3109], [48, 3084, 3085, 3110], [50, 3084, 3085, 3111], [52, 3084, 3085, 3112], [54, 3084, 3085, 3113], [56, 3084, 3085, 3114], [58, 3084, 3085, 3115], [60, 3084, 3085, 3116], [62, 3084, 3085, 3117], [64, 3084, 3085, 3118], [66, 3084, 3085, 3119], [68, 3084, 3085, 3120], [70, 3084, 3085, 3121], [72, 3084, 3085, 3122], [1627, 3084, 3085, 3123], [1629, 3084, 3085, 3124], [1631, 3084, 3085, 3125], [1633, 3084, 3085, 3126], [1635, 3084, 3085, 3127], [1637, 3084, 3085, 3128], [1639, 3084, 3085, 3129], [1641, 3084, 3085, 3130], [1643, 3084, 3085, 3131], [1645, 3084, 3085, 3132], [1647, 3084, 3085, 3133], [1649, 3084, 3085, 3134], [1651, 3084, 3085, 3135], [1653, 3084, 3085, 3136], [1655, 3084, 3085, 3137], [1657, 3084, 3085, 3138], [1659, 3084, 3085, 3139], [1661, 3084, 3085, 3140], [1663, 3084, 3085, 3141], [1665, 3084, 3085, 3142], [229, 3084, 3085, 3143], [231, 3084, 3085, 3144], [233, 3084, 3085, 3145], [235, 3084, 3085, 3146], [237, 3084, 3085, 3147], [239, 3084, 3085, 3148], [241, 3084, 3085, 3149], [243, 3084, 3085, 3150], [245, 3084, 3085, 3151], [247, 3084, 3085, 3152], [249, 3084, 3085, 3153], [251, 3084, 3085, 3154], [253, 3084, 3085, 3155], [255, 3084, 3085, 3156], [257, 3084, 3085, 3157], [259, 3084, 3085, 3158], [261, 3084, 3085, 3159], [0, 3160, 3161, 3162], [4, 3160, 3161, 3163], [6, 3160, 3161, 3164], [10, 3160, 3161, 3165], [12, 3160, 3161, 3166], [14, 3160, 3161, 3167], [16, 3160, 3161, 3168], [18, 3160, 3161, 3169], [20, 3160, 3161, 3170], [22, 3160, 3161, 3171], [24, 3160, 3161, 3172], [26, 3160, 3161, 3173], [28, 3160, 3161, 3174], [30, 3160, 3161, 3175], [32, 3160, 3161, 3176], [34, 3160, 3161, 3177], [92, 3160, 3161, 3178], [36, 3160, 3161, 3179], [38, 3160, 3161, 3180], [40, 3160, 3161, 3181], [42, 3160, 3161, 3182], [44, 3160, 3161, 3183], [48, 3160, 3161, 3184], [50, 3160, 3161, 3185], [52, 3160, 3161, 3186], [54, 3160, 3161, 3187], [56, 3160, 3161, 3188], [58, 3160, 3161, 3189], [60, 3160, 3161, 3190], [62, 3160, 3161, 3191], [64, 3160, 3161, 3192], [66, 3160, 3161, 3193], [68, 3160, 3161, 3194], [70, 3160, 3161, 3195], [72, 3160, 3161, 3196], [1627, 3160, 3161, 3197], [1629, 3160, 3161, 3198], [1631, 3160, 3161, 3199], [1635, 3160, 3161, 3200], [1637, 3160, 3161, 3201], [1639, 3160, 3161, 3202], [1641, 3160, 3161, 3203], [1643, 3160, 3161, 3204], [1645, 3160, 3161, 3205], [1647, 3160, 3161, 3206], [1649, 3160, 3161, 3207], [1651, 3160, 3161, 3208], [1653, 3160, 3161, 3209], [1655, 3160, 3161, 3210], [1657, 3160, 3161, 3211], [1659, 3160, 3161, 3212], [1661, 3160, 3161, 3213], [1663, 3160, 3161, 3214], [1665, 3160, 3161, 3215], [229, 3160, 3161, 3216], [231, 3160, 3161, 3217], [233, 3160, 3161, 3218], [237, 3160, 3161, 3219], [239, 3160, 3161, 3220], [241, 3160, 3161, 3221], [243, 3160, 3161, 3222], [245, 3160, 3161, 3223], [247, 3160, 3161, 3224], [249, 3160, 3161, 3225], [251, 3160, 3161, 3226], [253, 3160, 3161, 3227], [255, 3160, 3161, 3228], [257, 3160, 3161, 3229], [259, 3160, 3161, 3230], [261, 3160, 3161, 3231], [0, 3232, 3233, 3234], [4, 3232, 3233, 3235], [6, 3232, 3233, 3236], [10, 3232, 3233, 3237], [12, 3232, 3233, 3238], [14, 3232, 3233, 3239], [16, 3232, 3233, 3240], [18, 3232, 3233, 3241], [20, 3232, 3233, 3242], [22, 3232, 3233, 3243], [24, 3232, 3233, 3244], [26, 3232, 3233, 3245], [28, 3232, 3233, 3246], [30, 3232, 3233, 3247], [32, 3232, 3233, 3248], [34, 3232, 3233, 3249], [92, 3232, 3233, 3250], [36, 3232, 3233, 3251], [38, 3232, 3233, 3252], [40, 3232, 3233, 3253], [42, 3232, 3233, 3254], [44, 3232, 3233, 3255], [48, 3232, 3233, 3256], [50, 3232, 3233, 3257], [52, 3232, 3233, 3258], [54, 3232, 3233, 3259], [56, 3232, 3233, 3260], [58, 3232, 3233, 3261], [60, 3232, 3233, 3262], [62, 3232, 3233, 3263], [64, 3232, 3233, 3264], [66, 3232, 3233, 3265], [68, 3232, 3233, 3266], [70, 3232, 3233, 3267], [72, 3232, 3233, 3268], [1627, 3232, 3233, 3269], [1629, 3232, 3233, 3270], [1631, 3232, 3233, 3271], [1635, 3232, 3233, 3272], [1637, 3232, 3233, 3273], [1639, 3232, 3233, 3274], [1641, 3232, 3233, 3275], [1643, 3232, 3233, 3276], [1645, 3232, 3233, 3277], [1647, 3232, 3233, 3278], [1649, 3232, 3233, 3279], [1651, 3232, 3233, 3280], [1653, 3232, 3233, 3281], [1655, 3232, 3233, 3282], [1657, 3232, 3233, 3283], [1659, 3232, 3233, 3284], [1661, 3232, 3233, 3285], [1663, 3232, 3233, 3286], [1665, 3232, 3233, 3287], [229, 3232, 3233, 3288], [231, 3232, 3233, 3289], [233, 3232, 3233, 3290], [237, 3232, 3233, 3291], [239, 3232, 3233, 3292], [241, 3232, 3233, 3293], [243, 3232, 3233, 3294], [245, 3232, 3233, 3295], [247, 3232, 3233, 3296], [249, 3232, 3233, 3297], [251, 3232, 3233, 3298], [253, 3232, 3233, 3299], [255, 3232, 3233, 3300], [257, 3232, 3233, 3301], [259, 3232, 3233, 3302], [261, 3232, 3233, 3303], [0, 3304, 3305, 3306], [4, 3304, 3305, 3307], [6, 3304, 3305, 3308], [10, 3304, 3305, 3309], [12, 3304, 3305, 3310], [14, 3304, 3305, 3311], [16, 3304, 3305, 3312], [18, 3304, 3305, 3313], [20, 3304, 3305, 3314], [22, 3304, 3305, 3315], [24, 3304, 3305, 3316], [26, 3304, 3305, 3317], [28, 3304, 3305, 3318], [30, 3304, 3305, 3319], [32, 3304, 3305, 3320], [34, 3304, 3305, 3321], [92, 3304, 3305, 3322], [36, 3304, 3305, 3323], [38, 3304, 3305, 3324], [40, 3304, 3305, 3325], [42, 3304, 3305, 3326], [44, 3304, 3305, 3327], [48, 3304, 3305, 3328], [50, 3304, 3305, 3329], [52, 3304, 3305, 3330], [54, 3304, 3305, 3331], [56, 3304, 3305, 3332], [58, 3304, 3305, 3333], [60, 3304, 3305, 3334], [62, 3304, 3305, 3335], [64, 3304, 3305, 3336], [66, 3304, 3305, 3337], [68, 3304, 3305, 3338], [70, 3304, 3305, 3339], [72, 3304, 3305, 3340], [1627, 3304, 3305, 3341], [1629, 3304, 3305, 3342], [1631, 3304, 3305, 3343], [1635, 3304, 3305, 3344], [1637, 3304, 3305, 3345], [1639, 3304, 3305, 3346], [1641, 3304, 3305, 3347], [1643, 3304, 3305, 3348], [1645, 3304, 3305, 3349], [1647, 3304, 3305, 3350], [1649, 3304, 3305, 3351], [1651, 3304, 3305, 3352], [1653, 3304, 3305, 3353], [1655, 3304, 3305, 3354], [1657, 3304, 3305, 3355], [1659, 3304, 3305, 3356], [1661, 3304, 3305, 3357], [1663, 3304, 3305, 3358], [1665, 3304, 3305, 3359], [229, 3304, 3305, 3360], [231, 3304, 3305, 3361], [233, 3304, 3305, 3362], [237, 3304, 3305, 3363], [239, 3304, 3305, 3364], [241, 3304, 3305, 3365], [243, 3304, 3305, 3366], [245, 3304, 3305, 3367], [247, 3304, 3305, 3368], [249, 3304, 3305, 3369], [251, 3304, 3305, 3370], [253, 3304, 3305, 3371], [255, 3304, 3305, 3372], [257, 3304, 3305, 3373], [259, 3304, 3305, 3374], [261, 3304, 3305, 3375], [0, 3376, 3377, 3378], [4, 3376, 3377, 3379], [6, 3376, 3377, 3380], [10, 3376, 3377, 3381], [12, 3376, 3377, 3382], [14, 3376, 3377, 3383], [16, 3376, 3377, 3384], [18, 3376, 3377, 3385], [20, 3376, 3377, 3386], [22, 3376, 3377, 3387], [24, 3376, 3377, 3388], [26, 3376, 3377, 3389], [28, 3376, 3377, 3390], [30, 3376, 3377, 3391], [32, 3376, 3377, 3392], [34, 3376, 3377, 3393], [92, 3376, 3377, 3394], [36, 3376, 3377, 3395], [38, 3376, 3377, 3396], [40, 3376, 3377, 3397], [42, 3376, 3377, 3398], [44, 3376, 3377, 3399], [48, 3376, 3377, 3400], [50, 3376, 3377, 3401], [52, 3376, 3377, 3402], [54, 3376, 3377, 3403], [56, 3376, 3377, 3404], [58, 3376, 3377, 3405], [60, 3376, 3377, 3406], [62, 3376, 3377, 3407], [64, 3376, 3377, 3408], [66, 3376, 3377, 3409], [68, 3376, 3377, 3410], [70, 3376, 3377, 3411], [72, 3376, 3377, 3412], [1627, 3376, 3377, 3413], [1629, 3376, 3377, 3414], [1631, 3376, 3377, 3415], [1635, 3376, 3377, 3416], [1637, 3376, 3377, 3417], [1639, 3376, 3377, 3418], [1641, 3376, 3377, 3419], [1643, 3376, 3377, 3420], [1645, 3376, 3377, 3421], [1647, 3376, 3377, 3422], [1649, 3376, 3377, 3423], [1651, 3376, 3377, 3424], [1653, 3376, 3377, 3425], [1655, 3376, 3377, 3426], [1657, 3376, 3377, 3427], [1659, 3376, 3377, 3428], [1661, 3376, 3377, 3429], [1663, 3376, 3377, 3430], [1665, 3376, 3377, 3431], [229, 3376, 3377, 3432], [231, 3376, 3377, 3433], [233, 3376, 3377, 3434], [237, 3376, 3377, 3435], [239, 3376, 3377, 3436], [241, 3376, 3377, 3437], [243, 3376, 3377, 3438], [245, 3376, 3377, 3439], [247, 3376, 3377, 3440], [249, 3376, 3377, 3441], [251, 3376, 3377, 3442], [253, 3376, 3377, 3443], [255, 3376, 3377, 3444], [257, 3376, 3377, 3445], [259, 3376, 3377, 3446], [261, 3376, 3377, 3447], [0, 3448, 3449, 3450], [4, 3448, 3449, 3451], [6, 3448, 3449, 3452], [10, 3448, 3449, 3453], [12, 3448, 3449, 3454], [14, 3448, 3449, 3455], [16, 3448, 3449, 3456], [18, 3448, 3449, 3457], [20, 3448, 3449, 3458], [22, 3448, 3449, 3459], [24, 3448, 3449, 3460], [26, 3448, 3449, 3461], [28, 3448, 3449, 3462], [30, 3448, 3449, 3463], [32, 3448, 3449, 3464], [34, 3448, 3449, 3465], [92, 3448, 3449, 3466], [36, 3448, 3449, 3467], [38, 3448, 3449, 3468], [40, 3448, 3449, 3469], [42, 3448, 3449, 3470], [44, 3448, 3449, 3471], [48, 3448, 3449, 3472], [50, 3448, 3449, 3473], [52, 3448, 3449, 3474], [54, 3448, 3449, 3475], [56, 3448, 3449, 3476], [58, 3448, 3449, 3477], [60, 3448, 3449, 3478], [62, 3448, 3449, 3479], [64, 3448, 3449, 3480], [66, 3448, 3449, 3481], [68, 3448, 3449, 3482], [70, 3448, 3449, 3483], [72, 3448, 3449, 3484], [1627, 3448, 3449, 3485], [1629, 3448, 3449, 3486], [1631, 3448, 3449, 3487], [1635, 3448, 3449, 3488], [1637, 3448, 3449, 3489], [1639, 3448, 3449, 3490], [1641, 3448, 3449, 3491], [1643, 3448, 3449, 3492], [1645, 3448, 3449, 3493], [1647, 3448, 3449, 3494], [1649, 3448, 3449, 3495], [1651, 3448, 3449, 3496], [1653, 3448, 3449, 3497], [1655, 3448, 3449, 3498], [1657, 3448, 3449, 3499], [1659, 3448, 3449, 3500], [1661, 3448, 3449, 3501], [1663, 3448, 3449, 3502], [1665, 3448, 3449, 3503], [229, 3448, 3449, 3504], [231, 3448, 3449, 3505], [233, 3448, 3449, 3506], [237, 3448, 3449, 3507], [239, 3448, 3449, 3508], [241, 3448, 3449, 3509], [243, 3448, 3449, 3510], [245, 3448, 3449, 3511], [247, 3448, 3449, 3512], [249, 3448, 3449, 3513], [251, 3448, 3449, 3514], [253, 3448, 3449, 3515], [255, 3448, 3449, 3516], [257, 3448, 3449, 3517], [259, 3448, 3449, 3518], [261, 3448, 3449, 3519], [0, 3520, 3521, 3522], [4, 3520, 3521, 3523], [6, 3520, 3521, 3524], [10, 3520, 3521, 3525], [12, 3520, 3521, 3526], [14, 3520, 3521, 3527], [16, 3520, 3521, 3528], [18, 3520, 3521, 3529], [20, 3520, 3521, 3530], [22, 3520, 3521, 3531], [24, 3520, 3521, 3532], [26, 3520, 3521, 3533], [28, 3520, 3521, 3534], [30, 3520, 3521, 3535], [32, 3520, 3521, 3536], [34, 3520, 3521, 3537], [36, 3520, 3521, 3538], [38, 3520, 3521, 3539], [40, 3520, 3521, 3540], [42, 3520, 3521, 3541], [44, 3520, 3521, 3542], [48, 3520, 3521, 3543], [50, 3520, 3521, 3544], [52, 3520, 3521, 3545], [54, 3520, 3521, 3546], [56, 3520, 3521, 3547], [58, 3520, 3521, 3548], [60, 3520, 3521, 3549], [62, 3520, 3521, 3550], [64, 3520, 3521, 3551], [66, 3520, 3521, 3552], [68, 3520, 3521, 3553], [70, 3520, 3521, 3554], [72, 3520, 3521, 3555], [1627, 3520, 3521, 3556], [1629, 3520, 3521, 3557], [3558, 3520, 3521, 3559], [1635, 3520, 3521, 3560], [1637, 3520, 3521, 3561], [1639, 3520, 3521, 3562], [1641, 3520, 3521, 3563], [1643, 3520, 3521, 3564], [1645, 3520, 3521, 3565], [1647, 3520, 3521, 3566], [1649, 3520, 3521, 3567], [1651, 3520, 3521, 3568], [1653, 3520, 3521, 3569], [1655, 3520, 3521, 3570], [1657, 3520, 3521, 3571], [1659, 3520, 3521, 3572], [1663, 3520, 3521, 3573], [1665, 3520, 3521, 3574], [229, 3520, 3521, 3575], [231, 3520, 3521, 3576], [233, 3520, 3521, 3577], [237, 3520, 3521, 3578], [239, 3520, 3521, 3579], [241, 3520, 3521, 3580], [243, 3520, 3521, 3581], [245, 3520, 3521, 3582], [247, 3520, 3521, 3583], [249, 3520, 3521, 3584], [251, 3520, 3521, 3585], [253, 3520, 3521, 3586], [255, 3520, 3521, 3587], [257, 3520, 3521, 3588], [259, 3520, 3521, 3589], [261, 3520, 3521, 3590], [0, 3591, 3592, 3593], [4, 3591, 3592, 3594], [6, 3591, 3592, 3595], [10, 3591, 3592, 3596], [12, 3591, 3592, 3597], [14, 3591, 3592, 3598], [16, 3591, 3592, 3599], [18, 3591, 3592, 3600], [20, 3591, 3592, 3601], [22, 3591, 3592, 3602], [24, 3591, 3592, 3603], [26, 3591, 3592, 3604], [28, 3591, 3592, 3605], [30, 3591, 3592, 3606], [32, 3591, 3592, 3607], [34, 3591, 3592, 3608], [36, 3591, 3592, 3609], [38, 3591, 3592, 3610], [40, 3591, 3592, 3611], [42, 3591, 3592, 3612], [44, 3591, 3592, 3613], [48, 3591, 3592, 3614], [50, 3591, 3592, 3615], [52, 3591, 3592, 3616], [54, 3591, 3592, 3617], [56, 3591, 3592, 3618], [58, 3591, 3592, 3619], [60, 3591, 3592, 3620], [62, 3591, 3592, 3621], [64, 3591, 3592, 3622], [66, 3591, 3592, 3623], [68, 3591, 3592, 3624], [70, 3591, 3592, 3625], [72, 3591, 3592, 3626], [1627, 3591, 3592, 3627], [1629, 3591, 3592, 3628], [3558, 3591, 3592, 3629], [1635, 3591, 3592, 3630], [1637, 3591, 3592, 3631], [1639, 3591, 3592, 3632], [1641, 3591, 3592, 3633], [1643, 3591, 3592, 3634], [1645, 3591, 3592, 3635], [1647, 3591, 3592, 3636], [1649, 3591, 3592, 3637], [1651, 3591, 3592, 3638], [1653, 3591, 3592, 3639], [1655, 3591, 3592, 3640], [1657, 3591, 3592, 3641], [1659, 3591, 3592, 3642], [1663, 3591, 3592, 3643], [1665, 3591, 3592, 3644], [229, 3591, 3592, 3645], [231, 3591, 3592, 3646], [233, 3591, 3592, 3647], [237, 3591, 3592, 3648], [239, 3591, 3592, 3649], [241, 3591, 3592, 3650], [243, 3591, 3592, 3651], [245, 3591, 3592, 3652], [247, 3591, 3592, 3653], [249, 3591, 3592, 3654], [251, 3591, 3592, 3655], [253, 3591, 3592, 3656], [255, 3591, 3592, 3657], [257, 3591, 3592, 3658], [259, 3591, 3592, 3659], [261, 3591, 3592, 3660], [0, 3661, 3662, 3663], [4, 3661, 3662, 3664], [6, 3661, 3662, 3665], [10, 3661, 3662, 3666], [12, 3661, 3662, 3667], [14, 3661, 3662, 3668], [16, 3661, 3662, 3669], [18, 3661, 3662, 3670], [20, 3661, 3662, 3671], [22, 3661, 3662, 3672], [24, 3661, 3662, 3673], [26, 3661, 3662, 3674], [28, 3661, 3662, 3675], [30, 3661, 3662, 3676], [32, 3661, 3662, 3677], [34, 3661, 3662, 3678], [36, 3661, 3662, 3679], [38, 3661, 3662, 3680], [40, 3661, 3662, 3681], [42, 3661, 3662, 3682], [44, 3661, 3662, 3683], [48, 3661, 3662, 3684], [50, 3661, 3662, 3685], [52, 3661, 3662, 3686], [54, 3661, 3662, 3687], [56, 3661, 3662, 3688], [58, 3661, 3662, 3689], [60, 3661, 3662, 3690], [62, 3661, 3662, 3691], [64, 3661, 3662, 3692], [66, 3661, 3662, 3693], [68, 3661, 3662, 3694], [70, 3661, 3662, 3695], [72, 3661, 3662, 3696], [1627, 3661, 3662, 3697], [1629, 3661, 3662, 3698], [3558, 3661, 3662, 3699], [1635, 3661, 3662, 3700], [1637, 3661, 3662, 3701], [1639, 3661, 3662, 3702], [1641, 3661, 3662, 3703], [1643, 3661, 3662, 3704], [1645, 3661, 3662, 3705], [1647, 3661, 3662, 3706], [1649, 3661, 3662, 3707], [1651, 3661, 3662, 3708], [1653, 3661, 3662, 3709], [1655, 3661, 3662, 3710], [1657, 3661, 3662, 3711], [1659, 3661, 3662, 3712], [1663, 3661, 3662, 3713], [1665, 3661, 3662, 3714], [229, 3661, 3662, 3715], [231, 3661, 3662, 3716], [233, 3661, 3662, 3717], [237, 3661, 3662, 3718], [239, 3661, 3662, 3719], [241, 3661, 3662, 3720], [243, 3661, 3662, 3721], [245, 3661, 3662, 3722], [247, 3661, 3662, 3723], [249, 3661, 3662, 3724], [251, 3661, 3662, 3725], [253, 3661, 3662, 3726], [255, 3661, 3662, 3727], [257, 3661, 3662, 3728], [259, 3661, 3662, 3729], [261, 3661, 3662, 3730], [0, 3731, 3732, 3733], [4, 3731, 3732, 3734], [6, 3731, 3732, 3735], [10, 3731, 3732, 3736], [12, 3731, 3732, 3737], [14, 3731, 3732, 3738], [16, 3731, 3732, 3739], [18, 3731, 3732, 3740], [20, 3731, 3732, 3741], [22, 3731, 3732, 3742], [24, 3731, 3732, 3743], [26, 3731, 3732, 3744], [28, 3731, 3732, 3745], [30, 3731, 3732, 3746], [32, 3731, 3732, 3747], [34, 3731, 3732, 3748], [36, 3731, 3732, 3749], [38, 3731, 3732, 3750], [40, 3731, 3732, 3751], [42, 3731, 3732, 3752], [44, 3731, 3732, 3753], [48, 3731, 3732, 3754], [50, 3731, 3732, 3755], [52, 3731, 3732, 3756], [54, 3731, 3732, 3757], [56, 3731, 3732, 3758], [58, 3731, 3732, 3759], [60, 3731, 3732, 3760], [62, 3731, 3732, 3761], [64, 3731, 3732, 3762], [66, 3731, 3732, 3763], [68, 3731, 3732, 3764], [70, 3731, 3732, 3765], [72, 3731, 3732, 3766], [0, 3767, 3732, 3768], [4, 3767, 3732, 3769], [6, 3767, 3732, 3770], [10, 3767, 3732, 3771], [12, 3767, 3732, 3772], [14, 3767, 3732, 3773], [16, 3767, 3732, 3774], [18, 3767, 3732, 3775], [20, 3767, 3732, 3776], [22, 3767, 3732, 3777], [24, 3767, 3732, 3778], [26, 3767, 3732, 3779], [28, 3767, 3732, 3780], [30, 3767, 3732, 3781], [32, 3767, 3732, 3782], [34, 3767, 3732, 3783], [36, 3767, 3732, 3784], [38, 3767, 3732, 3785], [40, 3767, 3732, 3786], [42, 3767, 3732, 3787], [44, 3767, 3732, 3788], [48, 3767, 3732, 3789], [50, 3767, 3732, 3790], [52, 3767, 3732, 3791], [54, 3767, 3732, 3792], [56, 3767, 3732, 3793], [58, 3767, 3732, 3794], [60, 3767, 3732, 3795], [62, 3767, 3732, 3796], [64, 3767, 3732, 3797], [66, 3767, 3732, 3798], [68, 3767, 3732, 3799], [70, 3767, 3732, 3800], [72, 3767, 3732, 3801], [0, 3802, 3732, 3803], [4, 3802, 3732, 3804], [6, 3802, 3732, 3805], [10, 3802, 3732, 3806], [12, 3802, 3732, 3807], [14, 3802, 3732, 3808], [16, 3802, 3732, 3809], [18, 3802, 3732, 3810], [20, 3802, 3732, 3811], [22, 3802, 3732, 3812], [24, 3802, 3732, 3813], [26, 3802, 3732, 3814], [28, 3802, 3732, 3815], [30, 3802, 3732, 3816], [32, 3802, 3732, 3817], [34, 3802, 3732, 3818], [36, 3802, 3732, 3819], [38, 3802, 3732, 3820], [40, 3802, 3732, 3821], [42, 3802, 3732, 3822], [44, 3802, 3732, 3823], [48, 3802, 3732, 3824], [50, 3802, 3732, 3825], [52, 3802, 3732, 3826], [54, 3802, 3732, 3827], [56, 3802, 3732, 3828], [58, 3802, 3732, 3829], [60, 3802, 3732, 3830], [62, 3802, 3732, 3831], [64, 3802, 3732, 3832], [66, 3802, 3732, 3833], [68, 3802, 3732, 3834], [70, 3802, 3732, 3835], [72, 3802, 3732, 3836], [0, 3837, 3732, 3838], [4, 3837, 3732, 3839], [6, 3837, 3732, 3840], [10, 3837, 3732, 3841], [12, 3837, 3732, 3842], [14, 3837, 3732, 3843], [16, 3837, 3732, 3844], [18, 3837, 3732, 3845], [20, 3837, 3732, 3846], [22, 3837, 3732, 3847], [24, 3837, 3732, 3848], [26, 3837, 3732, 3849], [28, 3837, 3732, 3850], [30, 3837, 3732, 3851], [32, 3837, 3732, 3852], [34, 3837, 3732, 3853], [36, 3837, 3732, 3854], [38, 3837, 3732, 3855], [40, 3837, 3732, 3856], [42, 3837, 3732, 3857], [44, 3837, 3732, 3858], [48, 3837, 3732, 3859], [50, 3837, 3732, 3860], [52, 3837, 3732, 3861], [54, 3837, 3732, 3862], [56, 3837, 3732, 3863], [58, 3837, 3732, 3864], [60, 3837, 3732, 3865], [62, 3837, 3732, 3866], [64, 3837, 3732, 3867], [66, 3837, 3732, 3868], [68, 3837, 3732, 3869], [70, 3837, 3732, 3870], [72, 3837, 3732, 3871], [1627, 3837, 3732, 3872], [1629, 3837, 3732, 3873], [3558, 3837, 3732, 3874], [1635, 3837, 3732, 3875], [1637, 3837, 3732, 3876], [1639, 3837, 3732, 3877], [1641, 3837, 3732, 3878], [1643, 3837, 3732, 3879], [1645, 3837, 3732, 3880], [1647, 3837, 3732, 3881], [1649, 3837, 3732, 3882], [1651, 3837, 3732, 3883], [1653, 3837, 3732, 3884], [1655, 3837, 3732, 3885], [1657, 3837, 3732, 3886], [1659, 3837, 3732, 3887], [1663, 3837, 3732, 3888], [1665, 3837, 3732, 3889], [229, 3837, 3732, 3890], [231, 3837, 3732, 3891], [233, 3837, 3732, 3892], [237, 3837, 3732, 3893], [239, 3837, 3732, 3894], [241, 3837, 3732, 3895], [243, 3837, 3732, 3896], [245, 3837, 3732, 3897], [247, 3837, 3732, 3898], [249, 3837, 3732, 3899], [251, 3837, 3732, 3900], [253, 3837, 3732, 3901], [255, 3837, 3732, 3902], [257, 3837, 3732, 3903], [259, 3837, 3732, 3904], [261, 3837, 3732, 3905], [0, 3906, 3732, 3907], [4, 3906, 3732, 3908], [6, 3906, 3732, 3909], [10, 3906, 3732, 3910], [12, 3906, 3732, 3911], [14, 3906, 3732, 3912], [16, 3906, 3732, 3913], [18, 3906, 3732, 3914], [20, 3906, 3732, 3915], [22, 3906, 3732, 3916], [24, 3906, 3732, 3917], [26, 3906, 3732, 3918], [28, 3906, 3732, 3919], [30, 3906, 3732, 3920], [32, 3906, 3732, 3921], [34, 3906, 3732, 3922], [36, 3906, 3732, 3923], [38, 3906, 3732, 3924], [40, 3906, 3732, 3925], [42, 3906, 3732, 3926], [44, 3906, 3732, 3927], [48, 3906, 3732, 3928], [50, 3906, 3732, 3929], [52, 3906, 3732, 3930], [54, 3906, 3732, 3931], [56, 3906, 3732, 3932], [58, 3906, 3732, 3933], [60, 3906, 3732, 3934], [62, 3906, 3732, 3935], [64, 3906, 3732, 3936], [66, 3906, 3732, 3937], [68, 3906, 3732, 3938], [70, 3906, 3732, 3939], [72, 3906, 3732, 3940], [1627, 3906, 3732, 3941], [1629, 3906, 3732, 3942], [3558, 3906, 3732, 3943], [1635, 3906, 3732, 3944], [1637, 3906, 3732, 3945], [1639, 3906, 3732, 3946], [1641, 3906, 3732, 3947], [1643, 3906, 3732, 3948], [1645, 3906, 3732, 3949], [1647, 3906, 3732, 3950], [1649, 3906, 3732, 3951], [1651, 3906, 3732, 3952], [1653, 3906, 3732, 3953], [1655, 3906, 3732, 3954], [1657, 3906, 3732, 3955], [1659, 3906, 3732, 3956], [1663, 3906, 3732, 3957], [1665, 3906, 3732, 3958], [229, 3906, 3732, 3959], [231, 3906, 3732, 3960], [233, 3906, 3732, 3961], [237, 3906, 3732, 3962], [239, 3906, 3732, 3963], [241, 3906, 3732, 3964], [243, 3906, 3732, 3965], [245, 3906, 3732, 3966], [247, 3906, 3732, 3967], [249, 3906, 3732, 3968], [251, 3906, 3732, 3969], [253, 3906, 3732, 3970], [255, 3906, 3732, 3971], [257, 3906, 3732, 3972], [259, 3906, 3732, 3973], [261, 3906, 3732, 3974], [0, 3975, 3732, 3976], [4, 3975, 3732, 3977], [6, 3975, 3732, 3978], [10, 3975, 3732, 3979], [12, 3975, 3732, 3980], [14, 3975, 3732, 3981], [16, 3975, 3732, 3982], [18, 3975, 3732, 3983], [20, 3975, 3732, 3984], [22, 3975, 3732, 3985], [24, 3975, 3732, 3986], [26, 3975, 3732, 3987], [28, 3975, 3732, 3988], [30, 3975, 3732, 3989], [32, 3975, 3732, 3990], [34, 3975, 3732, 3991], [36, 3975, 3732, 3992], [38, 3975, 3732, 3993], [40, 3975, 3732, 3994], [42, 3975, 3732, 3995], [44, 3975, 3732, 3996], [48, 3975, 3732, 3997], [50, 3975, 3732, 3998], [52, 3975, 3732, 3999], [54, 3975, 3732, 4e3], [56, 3975, 3732, 4001], [58, 3975, 3732, 4002], [60, 3975, 3732, 4003], [62, 3975, 3732, 4004], [64, 3975, 3732, 4005], [66, 3975, 3732, 4006], [68, 3975, 3732, 4007], [70, 3975, 3732, 4008], [72, 3975, 3732, 4009], [0, 4010, 4011, 4012], [4, 4010, 4011, 4013], [6, 4010, 4011, 4014], [10, 4010, 4011, 4015], [12, 4010, 4011, 4016], [14, 4010, 4011, 4017], [16, 4010, 4011, 4018], [18, 4010, 4011, 4019], [20, 4010, 4011, 4020], [24, 4010, 4011, 4021], [28, 4010, 4011, 4022], [32, 4010, 4011, 4023], [36, 4010, 4011, 4024], [38, 4010, 4011, 4025], [40, 4010, 4011, 4026], [42, 4010, 4011, 4027], [44, 4010, 4011, 4028], [48, 4010, 4011, 4029], [50, 4010, 4011, 4030], [52, 4010, 4011, 4031], [54, 4010, 4011, 4032], [56, 4010, 4011, 4033], [58, 4010, 4011, 4034], [62, 4010, 4011, 4035], [66, 4010, 4011, 4036], [70, 4010, 4011, 4037], [1627, 4010, 4011, 4038], [1629, 4010, 4011, 4039], [3558, 4010, 4011, 4040], [1635, 4010, 4011, 4041], [1637, 4010, 4011, 4042], [1639, 4010, 4011, 4043], [1641, 4010, 4011, 4044], [1643, 4010, 4011, 4045], [1645, 4010, 4011, 4046], [1649, 4010, 4011, 4047], [1653, 4010, 4011, 4048], [1657, 4010, 4011, 4049], [1663, 4010, 4011, 4050], [1665, 4010, 4011, 4051], [229, 4010, 4011, 4052], [231, 4010, 4011, 4053], [233, 4010, 4011, 4054], [237, 4010, 4011, 4055], [239, 4010, 4011, 4056], [241, 4010, 4011, 4057], [243, 4010, 4011, 4058], [245, 4010, 4011, 4059], [247, 4010, 4011, 4060], [251, 4010, 4011, 4061], [255, 4010, 4011, 4062], [259, 4010, 4011, 4063], [0, 4064, 4065, 4066], [4, 4064, 4065, 4067], [6, 4064, 4065, 4068], [10, 4064, 4065, 4069], [12, 4064, 4065, 4070], [14, 4064, 4065, 4071], [16, 4064, 4065, 4072], [18, 4064, 4065, 4073], [20, 4064, 4065, 4074], [22, 4064, 4065, 4075], [24, 4064, 4065, 4076], [26, 4064, 4065, 4077], [28, 4064, 4065, 4078], [30, 4064, 4065, 4079], [32, 4064, 4065, 4080], [34, 4064, 4065, 4081], [36, 4064, 4065, 4082], [38, 4064, 4065, 4083], [40, 4064, 4065, 4084], [42, 4064, 4065, 4085], [44, 4064, 4065, 4086], [48, 4064, 4065, 4087], [50, 4064, 4065, 4088], [52, 4064, 4065, 4089], [54, 4064, 4065, 4090], [56, 4064, 4065, 4091], [58, 4064, 4065, 4092], [60, 4064, 4065, 4093], [62, 4064, 4065, 4094], [64, 4064, 4065, 4095], [66, 4064, 4065, 4096], [68, 4064, 4065, 4097], [70, 4064, 4065, 4098], [72, 4064, 4065, 4099], [0, 4100, 4065, 4101], [4, 4100, 4065, 4102], [6, 4100, 4065, 4103], [10, 4100, 4065, 4104], [12, 4100, 4065, 4105], [14, 4100, 4065, 4106], [16, 4100, 4065, 4107], [18, 4100, 4065, 4108], [20, 4100, 4065, 4109], [22, 4100, 4065, 4110], [24, 4100, 4065, 4111], [26, 4100, 4065, 4112], [28, 4100, 4065, 4113], [30, 4100, 4065, 4114], [32, 4100, 4065, 4115], [34, 4100, 4065, 4116], [36, 4100, 4065, 4117], [38, 4100, 4065, 4118], [40, 4100, 4065, 4119], [42, 4100, 4065, 4120], [44, 4100, 4065, 4121], [48, 4100, 4065, 4122], [50, 4100, 4065, 4123], [52, 4100, 4065, 4124], [54, 4100, 4065, 4125], [56, 4100, 4065, 4126], [58, 4100, 4065, 4127], [60, 4100, 4065, 4128], [62, 4100, 4065, 4129], [64, 4100, 4065, 4130], [66, 4100, 4065, 4131], [68, 4100, 4065, 4132], [70, 4100, 4065, 4133], [72, 4100, 4065, 4134], [0, 4135, 4065, 4136], [4, 4135, 4065, 4137], [6, 4135, 4065, 4138], [10, 4135, 4065, 4139], [12, 4135, 4065, 4140], [14, 4135, 4065, 4141], [16, 4135, 4065, 4142], [18, 4135, 4065, 4143], [20, 4135, 4065, 4144], [22, 4135, 4065, 4145], [24, 4135, 4065, 4146], [26, 4135, 4065, 4147], [28, 4135, 4065, 4148], [30, 4135, 4065, 4149], [32, 4135, 4065, 4150], [34, 4135, 4065, 4151], [36, 4135, 4065, 4152], [38, 4135, 4065, 4153], [40, 4135, 4065, 4154], [42, 4135, 4065, 4155], [44, 4135, 4065, 4156], [48, 4135, 4065, 4157], [50, 4135, 4065, 4158], [52, 4135, 4065, 4159], [54, 4135, 4065, 4160], [56, 4135, 4065, 4161], [58, 4135, 4065, 4162], [60, 4135, 4065, 4163], [62, 4135, 4065, 4164], [64, 4135, 4065, 4165], [66, 4135, 4065, 4166], [68, 4135, 4065, 4167], [70, 4135, 4065, 4168], [72, 4135, 4065, 4169], [0, 4170, 4065, 4171], [4, 4170, 4065, 4172], [6, 4170, 4065, 4173], [10, 4170, 4065, 4174], [12, 4170, 4065, 4175], [14, 4170, 4065, 4176], [16, 4170, 4065, 4177], [18, 4170, 4065, 4178], [20, 4170, 4065, 4179], [22, 4170, 4065, 4180], [24, 4170, 4065, 4181], [26, 4170, 4065, 4182], [28, 4170, 4065, 4183], [30, 4170, 4065, 4184], [32, 4170, 4065, 4185], [34, 4170, 4065, 4186], [36, 4170, 4065, 4187], [38, 4170, 4065, 4188], [40, 4170, 4065, 4189], [42, 4170, 4065, 4190], [44, 4170, 4065, 4191], [48, 4170, 4065, 4192], [50, 4170, 4065, 4193], [52, 4170, 4065, 4194], [54, 4170, 4065, 4195], [56, 4170, 4065, 4196], [58, 4170, 4065, 4197], [60, 4170, 4065, 4198], [62, 4170, 4065, 4199], [64, 4170, 4065, 4200], [66, 4170, 4065, 4201], [68, 4170, 4065, 4202], [70, 4170, 4065, 4203], [72, 4170, 4065, 4204], [1627, 4170, 4065, 4205], [1629, 4170, 4065, 4206], [3558, 4170, 4065, 4207], [1635, 4170, 4065, 4208], [1637, 4170, 4065, 4209], [1639, 4170, 4065, 4210], [1641, 4170, 4065, 4211], [1643, 4170, 4065, 4212], [1645, 4170, 4065, 4213], [1649, 4170, 4065, 4214], [1653, 4170, 4065, 4215], [1657, 4170, 4065, 4216], [1663, 4170, 4065, 4217], [1665, 4170, 4065, 4218], [229, 4170, 4065, 4219], [231, 4170, 4065, 4220], [233, 4170, 4065, 4221], [237, 4170, 4065, 4222], [239, 4170, 4065, 4223], [241, 4170, 4065, 4224], [243, 4170, 4065, 4225], [245, 4170, 4065, 4226], [247, 4170, 4065, 4227], [251, 4170, 4065, 4228], [255, 4170, 4065, 4229], [259, 4170, 4065, 4230], [0, 4231, 4065, 4232], [4, 4231, 4065, 4233], [6, 4231, 4065, 4234], [10, 4231, 4065, 4235], [12, 4231, 4065, 4236], [14, 4231, 4065, 4237], [16, 4231, 4065, 4238], [18, 4231, 4065, 4239], [20, 4231, 4065, 4240], [22, 4231, 4065, 4241], [24, 4231, 4065, 4242], [26, 4231, 4065, 4243], [28, 4231, 4065, 4244], [30, 4231, 4065, 4245], [32, 4231, 4065, 4246], [34, 4231, 4065, 4247], [36, 4231, 4065, 4248], [38, 4231, 4065, 4249], [40, 4231, 4065, 4250], [42, 4231, 4065, 4251], [44, 4231, 4065, 4252], [48, 4231, 4065, 4253], [50, 4231, 4065, 4254], [52, 4231, 4065, 4255], [54, 4231, 4065, 4256], [56, 4231, 4065, 4257], [58, 4231, 4065, 4258], [60, 4231, 4065, 4259], [62, 4231, 4065, 4260], [64, 4231, 4065, 4261], [66, 4231, 4065, 4262], [68, 4231, 4065, 4263], [70, 4231, 4065, 4264], [72, 4231, 4065, 4265], [0, 4266, 4267, 4268], [4, 4266, 4267, 4269], [6, 4266, 4267, 4270], [10, 4266, 4267, 4271], [12, 4266, 4267, 4272], [14, 4266, 4267, 4273], [16, 4266, 4267, 4274], [18, 4266, 4267, 4275], [20, 4266, 4267, 4276], [24, 4266, 4267, 4277], [28, 4266, 4267, 4278], [32, 4266, 4267, 4279], [36, 4266, 4267, 4280], [38, 4266, 4267, 4281], [40, 4266, 4267, 4282], [42, 4266, 4267, 4283], [44, 4266, 4267, 4284], [48, 4266, 4267, 4285], [50, 4266, 4267, 4286], [52, 4266, 4267, 4287], [54, 4266, 4267, 4288], [56, 4266, 4267, 4289], [58, 4266, 4267, 4290], [62, 4266, 4267, 4291], [66, 4266, 4267, 4292], [70, 4266, 4267, 4293], [1627, 4266, 4267, 4294], [1629, 4266, 4267, 4295], [3558, 4266, 4267, 4296], [1635, 4266, 4267, 4297], [1637, 4266, 4267, 4298], [1639, 4266, 4267, 4299], [1641, 4266, 4267, 4300], [1643, 4266, 4267, 4301], [1645, 4266, 4267, 4302], [1649, 4266, 4267, 4303], [1653, 4266, 4267, 4304], [1657, 4266, 4267, 4305], [1663, 4266, 4267, 4306], [1665, 4266, 4267, 4307], [229, 4266, 4267, 4308], [231, 4266, 4267, 4309], [233, 4266, 4267, 4310], [237, 4266, 4267, 4311], [239, 4266, 4267, 4312], [241, 4266, 4267, 4313], [243, 4266, 4267, 4314], [245, 4266, 4267, 4315], [247, 4266, 4267, 4316], [251, 4266, 4267, 4317], [255, 4266, 4267, 4318], [259, 4266, 4267, 4319], [0, 4320, 4321, 4322], [4, 4320, 4321, 4323], [6, 4320, 4321, 4324], [10, 4320, 4321, 4325], [12, 4320, 4321, 4326], [14, 4320, 4321, 4327], [16, 4320, 4321, 4328], [18, 4320, 4321, 4329], [20, 4320, 4321, 4330], [24, 4320, 4321, 4331], [28, 4320, 4321, 4332], [32, 4320, 4321, 4333], [36, 4320, 4321, 4334], [38, 4320, 4321, 4335], [40, 4320, 4321, 4336], [42, 4320, 4321, 4337], [44, 4320, 4321, 4338], [48, 4320, 4321, 4339], [50, 4320, 4321, 4340], [52, 4320, 4321, 4341], [54, 4320, 4321, 4342], [56, 4320, 4321, 4343], [58, 4320, 4321, 4344], [62, 4320, 4321, 4345], [66, 4320, 4321, 4346], [70, 4320, 4321, 4347], [1627, 4320, 4321, 4348], [1629, 4320, 4321, 4349], [3558, 4320, 4321, 4350], [1635, 4320, 4321, 4351], [1637, 4320, 4321, 4352], [1639, 4320, 4321, 4353], [1641, 4320, 4321, 4354], [1643, 4320, 4321, 4355], [1645, 4320, 4321, 4356], [1649, 4320, 4321, 4357], [1653, 4320, 4321, 4358], [1657, 4320, 4321, 4359], [1663, 4320, 4321, 4360], [1665, 4320, 4321, 4361], [229, 4320, 4321, 4362], [231, 4320, 4321, 4363], [233, 4320, 4321, 4364], [237, 4320, 4321, 4365], [239, 4320, 4321, 4366], [241, 4320, 4321, 4367], [243, 4320, 4321, 4368], [245, 4320, 4321, 4369], [247, 4320, 4321, 4370], [251, 4320, 4321, 4371], [255, 4320, 4321, 4372], [259, 4320, 4321, 4373], [0, 4374, 4375, 4376], [4, 4374, 4375, 4377], [6, 4374, 4375, 4378], [10, 4374, 4375, 4379], [12, 4374, 4375, 4380], [14, 4374, 4375, 4381], [16, 4374, 4375, 4382], [18, 4374, 4375, 4383], [20, 4374, 4375, 4384], [24, 4374, 4375, 4385], [28, 4374, 4375, 4386], [32, 4374, 4375, 4387], [36, 4374, 4375, 4388], [38, 4374, 4375, 4389], [40, 4374, 4375, 4390], [42, 4374, 4375, 4391], [44, 4374, 4375, 4392], [48, 4374, 4375, 4393], [50, 4374, 4375, 4394], [52, 4374, 4375, 4395], [54, 4374, 4375, 4396], [56, 4374, 4375, 4397], [58, 4374, 4375, 4398], [62, 4374, 4375, 4399], [66, 4374, 4375, 4400], [70, 4374, 4375, 4401], [0, 4402, 4375, 4403], [4, 4402, 4375, 4404], [6, 4402, 4375, 4405], [10, 4402, 4375, 4406], [12, 4402, 4375, 4407], [14, 4402, 4375, 4408], [16, 4402, 4375, 4409], [18, 4402, 4375, 4410], [20, 4402, 4375, 4411], [24, 4402, 4375, 4412], [28, 4402, 4375, 4413], [32, 4402, 4375, 4414], [36, 4402, 4375, 4415], [38, 4402, 4375, 4416], [40, 4402, 4375, 4417], [42, 4402, 4375, 4418], [44, 4402, 4375, 4419], [48, 4402, 4375, 4420], [50, 4402, 4375, 4421], [52, 4402, 4375, 4422], [54, 4402, 4375, 4423], [56, 4402, 4375, 4424], [58, 4402, 4375, 4425], [62, 4402, 4375, 4426], [66, 4402, 4375, 4427], [70, 4402, 4375, 4428], [1627, 4402, 4375, 4429], [1629, 4402, 4375, 4430], [3558, 4402, 4375, 4431], [1635, 4402, 4375, 4432], [1637, 4402, 4375, 4433], [1639, 4402, 4375, 4434], [1641, 4402, 4375, 4435], [1643, 4402, 4375, 4436], [1645, 4402, 4375, 4437], [1649, 4402, 4375, 4438], [1653, 4402, 4375, 4439], [1657, 4402, 4375, 4440], [1663, 4402, 4375, 4441], [1665, 4402, 4375, 4442], [229, 4402, 4375, 4443], [231, 4402, 4375, 4444], [233, 4402, 4375, 4445], [237, 4402, 4375, 4446], [239, 4402, 4375, 4447], [241, 4402, 4375, 4448], [243, 4402, 4375, 4449], [245, 4402, 4375, 4450], [247, 4402, 4375, 4451], [251, 4402, 4375, 4452], [255, 4402, 4375, 4453], [259, 4402, 4375, 4454], [0, 4455, 4456, 4457], [4, 4455, 4456, 4458], [6, 4455, 4456, 4459], [10, 4455, 4456, 4460], [12, 4455, 4456, 4461], [14, 4455, 4456, 4462], [18, 4455, 4456, 4463], [20, 4455, 4456, 4464], [24, 4455, 4456, 4465], [28, 4455, 4456, 4466], [32, 4455, 4456, 4467], [40, 4455, 4456, 4468], [42, 4455, 4456, 4469], [44, 4455, 4456, 4470], [48, 4455, 4456, 4471], [50, 4455, 4456, 4472], [52, 4455, 4456, 4473], [56, 4455, 4456, 4474], [58, 4455, 4456, 4475], [62, 4455, 4456, 4476], [66, 4455, 4456, 4477], [70, 4455, 4456, 4478], [1627, 4455, 4456, 4479], [1629, 4455, 4456, 4480], [3558, 4455, 4456, 4481], [1635, 4455, 4456, 4482], [1637, 4455, 4456, 4483], [1639, 4455, 4456, 4484], [1643, 4455, 4456, 4485], [1645, 4455, 4456, 4486], [1649, 4455, 4456, 4487], [1653, 4455, 4456, 4488], [1657, 4455, 4456, 4489], [229, 4455, 4456, 4490], [231, 4455, 4456, 4491], [233, 4455, 4456, 4492], [237, 4455, 4456, 4493], [239, 4455, 4456, 4494], [241, 4455, 4456, 4495], [245, 4455, 4456, 4496], [247, 4455, 4456, 4497], [251, 4455, 4456, 4498], [255, 4455, 4456, 4499], [259, 4455, 4456, 4500], [0, 4501, 4502, 4503], [4, 4501, 4502, 4504], [6, 4501, 4502, 4505], [10, 4501, 4502, 4506], [12, 4501, 4502, 4507], [14, 4501, 4502, 4508], [18, 4501, 4502, 4509], [20, 4501, 4502, 4510], [24, 4501, 4502, 4511], [28, 4501, 4502, 4512], [32, 4501, 4502, 4513], [36, 4501, 4502, 4514], [38, 4501, 4502, 4515], [40, 4501, 4502, 4516], [42, 4501, 4502, 4517], [44, 4501, 4502, 4518], [48, 4501, 4502, 4519], [50, 4501, 4502, 4520], [52, 4501, 4502, 4521], [56, 4501, 4502, 4522], [58, 4501, 4502, 4523], [62, 4501, 4502, 4524], [66, 4501, 4502, 4525], [70, 4501, 4502, 4526], [0, 4527, 4502, 4528], [4, 4527, 4502, 4529], [6, 4527, 4502, 4530], [10, 4527, 4502, 4531], [12, 4527, 4502, 4532], [14, 4527, 4502, 4533], [18, 4527, 4502, 4534], [20, 4527, 4502, 4535], [24, 4527, 4502, 4536], [28, 4527, 4502, 4537], [32, 4527, 4502, 4538], [36, 4527, 4502, 4539], [38, 4527, 4502, 4540], [40, 4527, 4502, 4541], [42, 4527, 4502, 4542], [44, 4527, 4502, 4543], [48, 4527, 4502, 4544], [50, 4527, 4502, 4545], [52, 4527, 4502, 4546], [56, 4527, 4502, 4547], [58, 4527, 4502, 4548], [62, 4527, 4502, 4549], [66, 4527, 4502, 4550], [70, 4527, 4502, 4551], [0, 4552, 4502, 4553], [4, 4552, 4502, 4554], [6, 4552, 4502, 4555], [10, 4552, 4502, 4556], [12, 4552, 4502, 4557], [14, 4552, 4502, 4558], [18, 4552, 4502, 4559], [20, 4552, 4502, 4560], [24, 4552, 4502, 4561], [28, 4552, 4502, 4562], [32, 4552, 4502, 4563], [36, 4552, 4502, 4564], [38, 4552, 4502, 4565], [40, 4552, 4502, 4566], [42, 4552, 4502, 4567], [44, 4552, 4502, 4568], [48, 4552, 4502, 4569], [50, 4552, 4502, 4570], [52, 4552, 4502, 4571], [56, 4552, 4502, 4572], [58, 4552, 4502, 4573], [62, 4552, 4502, 4574], [66, 4552, 4502, 4575], [70, 4552, 4502, 4576], [0, 4577, 4502, 4578], [4, 4577, 4502, 4579], [6, 4577, 4502, 4580], [10, 4577, 4502, 4581], [12, 4577, 4502, 4582], [14, 4577, 4502, 4583], [18, 4577, 4502, 4584], [20, 4577, 4502, 4585], [24, 4577, 4502, 4586], [28, 4577, 4502, 4587], [32, 4577, 4502, 4588], [36, 4577, 4502, 4589], [38, 4577, 4502, 4590], [40, 4577, 4502, 4591], [42, 4577, 4502, 4592], [44, 4577, 4502, 4593], [48, 4577, 4502, 4594], [50, 4577, 4502, 4595], [52, 4577, 4502, 4596], [56, 4577, 4502, 4597], [58, 4577, 4502, 4598], [62, 4577, 4502, 4599], [66, 4577, 4502, 4600], [70, 4577, 4502, 4601], [1627, 4577, 4502, 4602], [1629, 4577, 4502, 4603], [3558, 4577, 4502, 4604], [1635, 4577, 4502, 4605], [1637, 4577, 4502, 4606], [1639, 4577, 4502, 4607], [1643, 4577, 4502, 4608], [1645, 4577, 4502, 4609], [1649, 4577, 4502, 4610], [4611, 4577, 4502, 4612], [1657, 4577, 4502, 4613], [1663, 4577, 4502, 4614], [1665, 4577, 4502, 4615], [229, 4577, 4502, 4616], [231, 4577, 4502, 4617], [233, 4577, 4502, 4618], [237, 4577, 4502, 4619], [239, 4577, 4502, 4620], [241, 4577, 4502, 4621], [245, 4577, 4502, 4622], [247, 4577, 4502, 4623], [251, 4577, 4502, 4624], [255, 4577, 4502, 4625], [259, 4577, 4502, 4626], [0, 4627, 4502, 4628], [4, 4627, 4502, 4629], [6, 4627, 4502, 4630], [10, 4627, 4502, 4631], [12, 4627, 4502, 4632], [14, 4627, 4502, 4633], [18, 4627, 4502, 4634], [20, 4627, 4502, 4635], [24, 4627, 4502, 4636], [28, 4627, 4502, 4637], [32, 4627, 4502, 4638], [36, 4627, 4502, 4639], [38, 4627, 4502, 4640], [40, 4627, 4502, 4641], [42, 4627, 4502, 4642], [44, 4627, 4502, 4643], [48, 4627, 4502, 4644], [50, 4627, 4502, 4645], [52, 4627, 4502, 4646], [56, 4627, 4502, 4647], [58, 4627, 4502, 4648], [62, 4627, 4502, 4649], [66, 4627, 4502, 4650], [70, 4627, 4502, 4651], [0, 4652, 4653, 4654], [4, 4652, 4653, 4655], [6, 4652, 4653, 4656], [10, 4652, 4653, 4657], [12, 4652, 4653, 4658], [14, 4652, 4653, 4659], [18, 4652, 4653, 4660], [20, 4652, 4653, 4661], [24, 4652, 4653, 4662], [28, 4652, 4653, 4663], [32, 4652, 4653, 4664], [36, 4652, 4653, 4665], [38, 4652, 4653, 4666], [40, 4652, 4653, 4667], [42, 4652, 4653, 4668], [44, 4652, 4653, 4669], [48, 4652, 4653, 4670], [50, 4652, 4653, 4671], [52, 4652, 4653, 4672], [56, 4652, 4653, 4673], [58, 4652, 4653, 4674], [62, 4652, 4653, 4675], [66, 4652, 4653, 4676], [70, 4652, 4653, 4677], [0, 4678, 4653, 4679], [4, 4678, 4653, 4680], [6, 4678, 4653, 4681], [32, 4678, 4653, 4682], [36, 4678, 4653, 4683], [38, 4678, 4653, 4684], [40, 4678, 4653, 4685], [42, 4678, 4653, 4686], [44, 4678, 4653, 4687], [70, 4678, 4653, 4688], [0, 4689, 4690, 4691], [4, 4689, 4690, 4692], [6, 4689, 4690, 4693], [10, 4689, 4690, 4694], [12, 4689, 4690, 4695], [14, 4689, 4690, 4696], [18, 4689, 4690, 4697], [20, 4689, 4690, 4698], [24, 4689, 4690, 4699], [28, 4689, 4690, 4700], [32, 4689, 4690, 4701], [36, 4689, 4690, 4702], [38, 4689, 4690, 4703], [40, 4689, 4690, 4704], [42, 4689, 4690, 4705], [44, 4689, 4690, 4706], [48, 4689, 4690, 4707], [50, 4689, 4690, 4708], [52, 4689, 4690, 4709], [56, 4689, 4690, 4710], [58, 4689, 4690, 4711], [62, 4689, 4690, 4712], [66, 4689, 4690, 4713], [70, 4689, 4690, 4714], [0, 4715, 4690, 4716], [4, 4715, 4690, 4717], [6, 4715, 4690, 4718], [10, 4715, 4690, 4719], [12, 4715, 4690, 4720], [14, 4715, 4690, 4721], [18, 4715, 4690, 4722], [20, 4715, 4690, 4723], [24, 4715, 4690, 4724], [28, 4715, 4690, 4725], [32, 4715, 4690, 4726], [36, 4715, 4690, 4727], [38, 4715, 4690, 4728], [40, 4715, 4690, 4729], [42, 4715, 4690, 4730], [44, 4715, 4690, 4731], [48, 4715, 4690, 4732], [50, 4715, 4690, 4733], [52, 4715, 4690, 4734], [56, 4715, 4690, 4735], [58, 4715, 4690, 4736], [62, 4715, 4690, 4737], [66, 4715, 4690, 4738], [70, 4715, 4690, 4739], [0, 4740, 4741, 4742], [4, 4740, 4741, 4743], [6, 4740, 4741, 4744], [10, 4740, 4741, 4745], [12, 4740, 4741, 4746], [14, 4740, 4741, 4747], [18, 4740, 4741, 4748], [20, 4740, 4741, 4749], [24, 4740, 4741, 4750], [28, 4740, 4741, 4751], [32, 4740, 4741, 4752], [36, 4740, 4741, 4753], [38, 4740, 4741, 4754], [40, 4740, 4741, 4755], [42, 4740, 4741, 4756], [44, 4740, 4741, 4757], [48, 4740, 4741, 4758], [50, 4740, 4741, 4759], [52, 4740, 4741, 4760], [56, 4740, 4741, 4761], [58, 4740, 4741, 4762], [62, 4740, 4741, 4763], [66, 4740, 4741, 4764], [70, 4740, 4741, 4765], [0, 4766, 4741, 4767], [4, 4766, 4741, 4768], [6, 4766, 4741, 4769], [10, 4766, 4741, 4770], [12, 4766, 4741, 4771], [14, 4766, 4741, 4772], [18, 4766, 4741, 4773], [20, 4766, 4741, 4774], [24, 4766, 4741, 4775], [28, 4766, 4741, 4776], [32, 4766, 4741, 4777], [36, 4766, 4741, 4778], [38, 4766, 4741, 4779], [40, 4766, 4741, 4780], [42, 4766, 4741, 4781], [44, 4766, 4741, 4782], [48, 4766, 4741, 4783], [50, 4766, 4741, 4784], [52, 4766, 4741, 4785], [56, 4766, 4741, 4786], [58, 4766, 4741, 4787], [62, 4766, 4741, 4788], [66, 4766, 4741, 4789], [70, 4766, 4741, 4790], [0, 4791, 4741, 4792], [4, 4791, 4741, 4793], [6, 4791, 4741, 4794], [10, 4791, 4741, 4795], [12, 4791, 4741, 4796], [14, 4791, 4741, 4797], [18, 4791, 4741, 4798], [20, 4791, 4741, 4799], [24, 4791, 4741, 4800], [28, 4791, 4741, 4801], [32, 4791, 4741, 4802], [36, 4791, 4741, 4803], [38, 4791, 4741, 4804], [40, 4791, 4741, 4805], [42, 4791, 4741, 4806], [44, 4791, 4741, 4807], [48, 4791, 4741, 4808], [50, 4791, 4741, 4809], [52, 4791, 4741, 4810], [56, 4791, 4741, 4811], [58, 4791, 4741, 4812], [62, 4791, 4741, 4813], [66, 4791, 4741, 4814], [70, 4791, 4741, 4815], [0, 4816, 4741, 4817], [4, 4816, 4741, 4818], [6, 4816, 4741, 4819], [32, 4816, 4741, 4820], [36, 4816, 4741, 4821], [38, 4816, 4741, 4822], [40, 4816, 4741, 4823], [42, 4816, 4741, 4824], [44, 4816, 4741, 4825], [70, 4816, 4741, 4826], [0, 4827, 4741, 4828], [4, 4827, 4741, 4829], [6, 4827, 4741, 4830], [10, 4827, 4741, 4831], [12, 4827, 4741, 4832], [14, 4827, 4741, 4833], [18, 4827, 4741, 4834], [20, 4827, 4741, 4835], [24, 4827, 4741, 4836], [28, 4827, 4741, 4837], [32, 4827, 4741, 4838], [36, 4827, 4741, 4839], [38, 4827, 4741, 4840], [40, 4827, 4741, 4841], [42, 4827, 4741, 4842], [44, 4827, 4741, 4843], [48, 4827, 4741, 4844], [50, 4827, 4741, 4845], [52, 4827, 4741, 4846], [56, 4827, 4741, 4847], [58, 4827, 4741, 4848], [62, 4827, 4741, 4849], [66, 4827, 4741, 4850], [70, 4827, 4741, 4851], [0, 4852, 4853, 4854], [4, 4852, 4853, 4855], [6, 4852, 4853, 4856], [10, 4852, 4853, 4857], [12, 4852, 4853, 4858], [14, 4852, 4853, 4859], [18, 4852, 4853, 4860], [20, 4852, 4853, 4861], [24, 4852, 4853, 4862], [28, 4852, 4853, 4863], [32, 4852, 4853, 4864], [36, 4852, 4853, 4865], [38, 4852, 4853, 4866], [40, 4852, 4853, 4867], [42, 4852, 4853, 4868], [44, 4852, 4853, 4869], [48, 4852, 4853, 4870], [50, 4852, 4853, 4871], [52, 4852, 4853, 4872], [56, 4852, 4853, 4873], [58, 4852, 4853, 4874], [62, 4852, 4853, 4875], [66, 4852, 4853, 4876], [70, 4852, 4853, 4877], [4878, 4879, 4880, 4881], [4882, 4879, 4880, 4883], [4884, 4879, 4880, 4885], [4886, 4879, 4880, 4887], [4888, 4879, 4880, 4889], [4890, 4879, 4880, 4891], [4892, 4879, 4880, 4893], [4894, 4879, 4880, 4895], [4896, 4879, 4880, 4897], [4898, 4879, 4880, 4899], [4900, 4879, 4880, 4901], [4902, 4879, 4880, 4903], [4904, 4879, 4880, 4905], [40, 4879, 4880, 4906], [42, 4879, 4880, 4907], [44, 4879, 4880, 4908], [48, 4879, 4880, 4909], [50, 4879, 4880, 4910], [52, 4879, 4880, 4911], [56, 4879, 4880, 4912], [58, 4879, 4880, 4913], [62, 4879, 4880, 4914], [66, 4879, 4880, 4915], [70, 4879, 4880, 4916], [4878, 4917, 4918, 4919], [4882, 4917, 4918, 4920], [4884, 4917, 4918, 4921], [4890, 4917, 4918, 4922], [4892, 4917, 4918, 4923], [4894, 4917, 4918, 4924], [4896, 4917, 4918, 4925], [4898, 4917, 4918, 4926], [4900, 4917, 4918, 4927], [4928, 4917, 4918, 4929], [4930, 4917, 4918, 4931], [40, 4917, 4918, 4932], [42, 4917, 4918, 4933], [44, 4917, 4918, 4934], [52, 4917, 4918, 4935], [56, 4917, 4918, 4936], [58, 4917, 4918, 4937], [62, 4917, 4918, 4938], [66, 4917, 4918, 4939], [70, 4917, 4918, 4940], [4878, 4941, 4918, 4942], [4882, 4941, 4918, 4943], [4884, 4941, 4918, 4944], [4890, 4941, 4918, 4945], [4892, 4941, 4918, 4946], [4894, 4941, 4918, 4947], [4896, 4941, 4918, 4948], [4898, 4941, 4918, 4949], [4900, 4941, 4918, 4950], [4928, 4941, 4918, 4951], [4930, 4941, 4918, 4952], [40, 4941, 4918, 4953], [42, 4941, 4918, 4954], [44, 4941, 4918, 4955], [52, 4941, 4918, 4956], [56, 4941, 4918, 4957], [58, 4941, 4918, 4958], [62, 4941, 4918, 4959], [66, 4941, 4918, 4960], [70, 4941, 4918, 4961], [4878, 4962, 4918, 4963], [4882, 4962, 4918, 4964], [4884, 4962, 4918, 4965], [4890, 4962, 4918, 4966], [4892, 4962, 4918, 4967], [4894, 4962, 4918, 4968], [4896, 4962, 4918, 4969], [4898, 4962, 4918, 4970], [4900, 4962, 4918, 4971], [4928, 4962, 4918, 4972], [4930, 4962, 4918, 4973], [40, 4962, 4918, 4974], [42, 4962, 4918, 4975], [44, 4962, 4918, 4976], [52, 4962, 4918, 4977], [56, 4962, 4918, 4978], [58, 4962, 4918, 4979], [62, 4962, 4918, 4980], [66, 4962, 4918, 4981], [70, 4962, 4918, 4982], [4878, 4983, 4918, 4984], [4882, 4983, 4918, 4985], [4884, 4983, 4918, 4986], [4900, 4983, 4918, 4987], [4928, 4983, 4918, 4988], [4930, 4983, 4918, 4989], [40, 4983, 4918, 4990], [42, 4983, 4918, 4991], [44, 4983, 4918, 4992], [70, 4983, 4918, 4993], [4878, 4994, 4918, 4995], [4882, 4994, 4918, 4996], [4884, 4994, 4918, 4997], [4890, 4994, 4918, 4998], [4892, 4994, 4918, 4999], [4894, 4994, 4918, 5e3], [4896, 4994, 4918, 5001], [4898, 4994, 4918, 5002], [4900, 4994, 4918, 5003], [4928, 4994, 4918, 5004], [4930, 4994, 4918, 5005], [40, 4994, 4918, 5006], [42, 4994, 4918, 5007], [44, 4994, 4918, 5008], [52, 4994, 4918, 5009], [56, 4994, 4918, 5010], [58, 4994, 4918, 5011], [62, 4994, 4918, 5012], [66, 4994, 4918, 5013], [70, 4994, 4918, 5014], [4878, 5015, 5016, 5017], [4882, 5015, 5016, 5018], [4884, 5015, 5016, 5019], [4890, 5015, 5016, 5020], [4892, 5015, 5016, 5021], [4894, 5015, 5016, 5022], [4896, 5015, 5016, 5023], [4898, 5015, 5016, 5024], [4900, 5015, 5016, 5025], [4928, 5015, 5016, 5026], [4930, 5015, 5016, 5027], [40, 5015, 5016, 5028], [42, 5015, 5016, 5029], [44, 5015, 5016, 5030], [52, 5015, 5016, 5031], [56, 5015, 5016, 5032], [58, 5015, 5016, 5033], [62, 5015, 5016, 5034], [66, 5015, 5016, 5035], [70, 5015, 5016, 5036], [4878, 5037, 5016, 5038], [4882, 5037, 5016, 5039], [4884, 5037, 5016, 5040], [4890, 5037, 5016, 5041], [4892, 5037, 5016, 5042], [4894, 5037, 5016, 5043], [4896, 5037, 5016, 5044], [4898, 5037, 5016, 5045], [4900, 5037, 5016, 5046], [4928, 5037, 5016, 5047], [4930, 5037, 5016, 5048], [40, 5037, 5016, 5049], [42, 5037, 5016, 5050], [44, 5037, 5016, 5051], [52, 5037, 5016, 5052], [56, 5037, 5016, 5053], [58, 5037, 5016, 5054], [62, 5037, 5016, 5055], [66, 5037, 5016, 5056], [70, 5037, 5016, 5057], [4878, 5058, 5059, 5060], [4882, 5058, 5059, 5061], [4884, 5058, 5059, 5062], [4890, 5058, 5059, 5063], [4892, 5058, 5059, 5064], [4894, 5058, 5059, 5065], [4896, 5058, 5059, 5066], [4898, 5058, 5059, 5067], [4900, 5058, 5059, 5068], [4928, 5058, 5059, 5069], [4930, 5058, 5059, 5070], [40, 5058, 5059, 5071], [42, 5058, 5059, 5072], [44, 5058, 5059, 5073], [52, 5058, 5059, 5074], [56, 5058, 5059, 5075], [58, 5058, 5059, 5076], [62, 5058, 5059, 5077], [66, 5058, 5059, 5078], [70, 5058, 5059, 5079], [4878, 5080, 5059, 5081], [4882, 5080, 5059, 5082], [4884, 5080, 5059, 5083], [4890, 5080, 5059, 5084], [4892, 5080, 5059, 5085], [4894, 5080, 5059, 5086], [4896, 5080, 5059, 5087], [4898, 5080, 5059, 5088], [4900, 5080, 5059, 5089], [4928, 5080, 5059, 5090], [4930, 5080, 5059, 5091], [40, 5080, 5059, 5092], [42, 5080, 5059, 5093], [44, 5080, 5059, 5094], [52, 5080, 5059, 5095], [56, 5080, 5059, 5096], [58, 5080, 5059, 5097], [62, 5080, 5059, 5098], [66, 5080, 5059, 5099], [70, 5080, 5059, 5100], [5101, 4917, 5102, 5103], [5104, 4917, 5102, 5105], [4878, 5106, 5102, 5107], [4882, 5106, 5102, 5108], [4884, 5106, 5102, 5109], [5101, 5106, 5102, 5110], [4890, 5106, 5102, 5111], [4892, 5106, 5102, 5112], [4894, 5106, 5102, 5113], [4896, 5106, 5102, 5114], [4898, 5106, 5102, 5115], [4900, 5106, 5102, 5116], [4928, 5106, 5102, 5117], [4930, 5106, 5102, 5118], [40, 5106, 5102, 5119], [42, 5106, 5102, 5120], [44, 5106, 5102, 5121], [5104, 5106, 5102, 5122], [52, 5106, 5102, 5123], [56, 5106, 5102, 5124], [58, 5106, 5102, 5125], [62, 5106, 5102, 5126], [66, 5106, 5102, 5127], [70, 5106, 5102, 5128], [4878, 5129, 5102, 5130], [4882, 5129, 5102, 5131], [4884, 5129, 5102, 5132], [5101, 5129, 5102, 5133], [4900, 5129, 5102, 5134], [4928, 5129, 5102, 5135], [4930, 5129, 5102, 5136], [40, 5129, 5102, 5137], [42, 5129, 5102, 5138], [44, 5129, 5102, 5139], [5104, 5129, 5102, 5140], [70, 5129, 5102, 5141], [5101, 4994, 5102, 5142], [5104, 4994, 5102, 5143], [4878, 5144, 5145, 5146], [4882, 5144, 5145, 5147], [4884, 5144, 5145, 5148], [5101, 5144, 5145, 5149], [4890, 5144, 5145, 5150], [4892, 5144, 5145, 5151], [4894, 5144, 5145, 5152], [4896, 5144, 5145, 5153], [4898, 5144, 5145, 5154], [4900, 5144, 5145, 5155], [4928, 5144, 5145, 5156], [4930, 5144, 5145, 5157], [40, 5144, 5145, 5158], [42, 5144, 5145, 5159], [44, 5144, 5145, 5160], [5104, 5144, 5145, 5161], [52, 5144, 5145, 5162], [56, 5144, 5145, 5163], [58, 5144, 5145, 5164], [62, 5144, 5145, 5165], [66, 5144, 5145, 5166], [70, 5144, 5145, 5167], [4878, 5168, 5145, 5169], [4882, 5168, 5145, 5170], [4884, 5168, 5145, 5171], [5101, 5168, 5145, 5172], [4890, 5168, 5145, 5173], [4892, 5168, 5145, 5174], [4894, 5168, 5145, 5175], [4896, 5168, 5145, 5176], [4898, 5168, 5145, 5177], [4900, 5168, 5145, 5178], [4928, 5168, 5145, 5179], [4930, 5168, 5145, 5180], [40, 5168, 5145, 5181], [42, 5168, 5145, 5182], [44, 5168, 5145, 5183], [5104, 5168, 5145, 5184], [52, 5168, 5145, 5185], [56, 5168, 5145, 5186], [58, 5168, 5145, 5187], [62, 5168, 5145, 5188], [66, 5168, 5145, 5189], [70, 5168, 5145, 5190], [4878, 5191, 5145, 5192], [4882, 5191, 5145, 5193], [4884, 5191, 5145, 5194], [5101, 5191, 5145, 5195], [4900, 5191, 5145, 5196], [4928, 5191, 5145, 5197], [4930, 5191, 5145, 5198], [40, 5191, 5145, 5199], [42, 5191, 5145, 5200], [44, 5191, 5145, 5201], [5104, 5191, 5145, 5202], [70, 5191, 5145, 5203], [4878, 5204, 5145, 5205], [4882, 5204, 5145, 5206], [4884, 5204, 5145, 5207], [5101, 5204, 5145, 5208], [4890, 5204, 5145, 5209], [4892, 5204, 5145, 5210], [4894, 5204, 5145, 5211], [4896, 5204, 5145, 5212], [4898, 5204, 5145, 5213], [4900, 5204, 5145, 5214], [4928, 5204, 5145, 5215], [4930, 5204, 5145, 5216], [40, 5204, 5145, 5217], [42, 5204, 5145, 5218], [44, 5204, 5145, 5219], [5104, 5204, 5145, 5220], [52, 5204, 5145, 5221], [56, 5204, 5145, 5222], [58, 5204, 5145, 5223], [62, 5204, 5145, 5224], [66, 5204, 5145, 5225], [70, 5204, 5145, 5226], [4878, 5227, 5228, 5229], [4882, 5227, 5228, 5230], [4884, 5227, 5228, 5231], [5101, 5227, 5228, 5232], [4890, 5227, 5228, 5233], [4894, 5227, 5228, 5234], [4896, 5227, 5228, 5235], [4898, 5227, 5228, 5236], [4900, 5227, 5228, 5237], [4928, 5227, 5228, 5238], [4930, 5227, 5228, 5239], [40, 5227, 5228, 5240], [42, 5227, 5228, 5241], [44, 5227, 5228, 5242], [5104, 5227, 5228, 5243], [52, 5227, 5228, 5244], [58, 5227, 5228, 5245], [62, 5227, 5228, 5246], [66, 5227, 5228, 5247], [70, 5227, 5228, 5248], [4878, 5249, 5228, 5250], [4882, 5249, 5228, 5251], [4884, 5249, 5228, 5252], [5101, 5249, 5228, 5253], [4890, 5249, 5228, 5254], [4894, 5249, 5228, 5255], [4896, 5249, 5228, 5256], [4898, 5249, 5228, 5257], [4900, 5249, 5228, 5258], [4928, 5249, 5228, 5259], [4930, 5249, 5228, 5260], [40, 5249, 5228, 5261], [42, 5249, 5228, 5262], [44, 5249, 5228, 5263], [5104, 5249, 5228, 5264], [52, 5249, 5228, 5265], [58, 5249, 5228, 5266], [62, 5249, 5228, 5267], [66, 5249, 5228, 5268], [70, 5249, 5228, 5269], [4878, 5270, 5228, 5271], [4882, 5270, 5228, 5272], [4884, 5270, 5228, 5273], [5101, 5270, 5228, 5274], [4890, 5270, 5228, 5275], [4894, 5270, 5228, 5276], [4896, 5270, 5228, 5277], [4898, 5270, 5228, 5278], [4900, 5270, 5228, 5279], [4928, 5270, 5228, 5280], [4930, 5270, 5228, 5281], [40, 5270, 5228, 5282], [42, 5270, 5228, 5283], [44, 5270, 5228, 5284], [5104, 5270, 5228, 5285], [52, 5270, 5228, 5286], [58, 5270, 5228, 5287], [62, 5270, 5228, 5288], [66, 5270, 5228, 5289], [70, 5270, 5228, 5290], [4878, 5291, 5292, 5293], [4882, 5291, 5292, 5294], [4884, 5291, 5292, 5295], [5101, 5291, 5292, 5296], [4894, 5291, 5292, 5297], [4896, 5291, 5292, 5298], [4898, 5291, 5292, 5299], [4900, 5291, 5292, 5300], [4928, 5291, 5292, 5301], [4930, 5291, 5292, 5302], [40, 5291, 5292, 5303], [42, 5291, 5292, 5304], [44, 5291, 5292, 5305], [5104, 5291, 5292, 5306], [58, 5291, 5292, 5307], [62, 5291, 5292, 5308], [66, 5291, 5292, 5309], [70, 5291, 5292, 5310], [4878, 5311, 5292, 5312], [4882, 5311, 5292, 5313], [4884, 5311, 5292, 5314], [5101, 5311, 5292, 5315], [4894, 5311, 5292, 5316], [4896, 5311, 5292, 5317], [4898, 5311, 5292, 5318], [4900, 5311, 5292, 5319], [4928, 5311, 5292, 5320], [4930, 5311, 5292, 5321], [40, 5311, 5292, 5322], [42, 5311, 5292, 5323], [44, 5311, 5292, 5324], [5104, 5311, 5292, 5325], [58, 5311, 5292, 5326], [62, 5311, 5292, 5327], [66, 5311, 5292, 5328], [70, 5311, 5292, 5329], [4878, 5330, 5331, 5332], [4882, 5330, 5331, 5333], [4884, 5330, 5331, 5334], [5101, 5330, 5331, 5335], [4894, 5330, 5331, 5336], [4896, 5330, 5331, 5337], [4898, 5330, 5331, 5338], [4900, 5330, 5331, 5339], [4928, 5330, 5331, 5340], [4930, 5330, 5331, 5341], [40, 5330, 5331, 5342], [42, 5330, 5331, 5343], [44, 5330, 5331, 5344], [5104, 5330, 5331, 5345], [58, 5330, 5331, 5346], [62, 5330, 5331, 5347], [66, 5330, 5331, 5348], [70, 5330, 5331, 5349], [4878, 5350, 5331, 5351], [4882, 5350, 5331, 5352], [4884, 5350, 5331, 5353], [5101, 5350, 5331, 5354], [4900, 5350, 5331, 5355], [4928, 5350, 5331, 5356], [4930, 5350, 5331, 5357], [40, 5350, 5331, 5358], [42, 5350, 5331, 5359], [44, 5350, 5331, 5360], [5104, 5350, 5331, 5361], [70, 5350, 5331, 5362], [4878, 5363, 5331, 5364], [4882, 5363, 5331, 5365], [4884, 5363, 5331, 5366], [5101, 5363, 5331, 5367], [4894, 5363, 5331, 5368], [4896, 5363, 5331, 5369], [4898, 5363, 5331, 5370], [4900, 5363, 5331, 5371], [4928, 5363, 5331, 5372], [4930, 5363, 5331, 5373], [40, 5363, 5331, 5374], [42, 5363, 5331, 5375], [44, 5363, 5331, 5376], [5104, 5363, 5331, 5377], [58, 5363, 5331, 5378], [62, 5363, 5331, 5379], [66, 5363, 5331, 5380], [70, 5363, 5331, 5381], [4878, 5382, 5383, 5384], [4882, 5382, 5383, 5385], [4884, 5382, 5383, 5386], [5101, 5382, 5383, 5387], [4894, 5382, 5383, 5388], [4896, 5382, 5383, 5389], [4898, 5382, 5383, 5390], [4900, 5382, 5383, 5391], [4928, 5382, 5383, 5392], [4930, 5382, 5383, 5393], [40, 5382, 5383, 5394], [42, 5382, 5383, 5395], [44, 5382, 5383, 5396], [5104, 5382, 5383, 5397], [58, 5382, 5383, 5398], [62, 5382, 5383, 5399], [66, 5382, 5383, 5400], [70, 5382, 5383, 5401], [4878, 5402, 5383, 5403], [4882, 5402, 5383, 5404], [4884, 5402, 5383, 5405], [5101, 5402, 5383, 5406], [4900, 5402, 5383, 5407], [4928, 5402, 5383, 5408], [4930, 5402, 5383, 5409], [40, 5402, 5383, 5410], [42, 5402, 5383, 5411], [44, 5402, 5383, 5412], [5104, 5402, 5383, 5413], [70, 5402, 5383, 5414], [4878, 5415, 5383, 5416], [4882, 5415, 5383, 5417], [4884, 5415, 5383, 5418], [5101, 5415, 5383, 5419], [4894, 5415, 5383, 5420], [4896, 5415, 5383, 5421], [4898, 5415, 5383, 5422], [4900, 5415, 5383, 5423], [4928, 5415, 5383, 5424], [4930, 5415, 5383, 5425], [40, 5415, 5383, 5426], [42, 5415, 5383, 5427], [44, 5415, 5383, 5428], [5104, 5415, 5383, 5429], [58, 5415, 5383, 5430], [62, 5415, 5383, 5431], [66, 5415, 5383, 5432], [70, 5415, 5383, 5433], [4878, 5434, 5435, 5436], [4882, 5434, 5435, 5437], [4884, 5434, 5435, 5438], [5101, 5434, 5435, 5439], [4894, 5434, 5435, 5440], [4896, 5434, 5435, 5441], [4898, 5434, 5435, 5442], [4900, 5434, 5435, 5443], [4928, 5434, 5435, 5444], [4930, 5434, 5435, 5445], [40, 5434, 5435, 5446], [42, 5434, 5435, 5447], [44, 5434, 5435, 5448], [5104, 5434, 5435, 5449], [58, 5434, 5435, 5450], [62, 5434, 5435, 5451], [66, 5434, 5435, 5452], [70, 5434, 5435, 5453], [4878, 5454, 5435, 5455], [4882, 5454, 5435, 5456], [4884, 5454, 5435, 5457], [5101, 5454, 5435, 5458], [4900, 5454, 5435, 5459], [4928, 5454, 5435, 5460], [4930, 5454, 5435, 5461], [40, 5454, 5435, 5462], [42, 5454, 5435, 5463], [44, 5454, 5435, 5464], [5104, 5454, 5435, 5465], [70, 5454, 5435, 5466], [4878, 5467, 5435, 5468], [4882, 5467, 5435, 5469], [4884, 5467, 5435, 5470], [5101, 5467, 5435, 5471], [4894, 5467, 5435, 5472], [4896, 5467, 5435, 5473], [4898, 5467, 5435, 5474], [4900, 5467, 5435, 5475], [4928, 5467, 5435, 5476], [4930, 5467, 5435, 5477], [40, 5467, 5435, 5478], [42, 5467, 5435, 5479], [44, 5467, 5435, 5480], [5104, 5467, 5435, 5481], [58, 5467, 5435, 5482], [62, 5467, 5435, 5483], [66, 5467, 5435, 5484], [70, 5467, 5435, 5485], [4878, 5486, 5487, 5488], [4882, 5486, 5487, 5489], [4884, 5486, 5487, 5490], [5101, 5486, 5487, 5491], [4894, 5486, 5487, 5492], [4896, 5486, 5487, 5493], [4898, 5486, 5487, 5494], [4900, 5486, 5487, 5495], [4928, 5486, 5487, 5496], [4930, 5486, 5487, 5497], [40, 5486, 5487, 5498], [42, 5486, 5487, 5499], [44, 5486, 5487, 5500], [5104, 5486, 5487, 5501], [58, 5486, 5487, 5502], [62, 5486, 5487, 5503], [66, 5486, 5487, 5504], [70, 5486, 5487, 5505], [4878, 5506, 5507, 5508], [4882, 5506, 5507, 5509], [4884, 5506, 5507, 5510], [5101, 5506, 5507, 5511], [4894, 5506, 5507, 5512], [4896, 5506, 5507, 5513], [4898, 5506, 5507, 5514], [4900, 5506, 5507, 5515], [4928, 5506, 5507, 5516], [4930, 5506, 5507, 5517], [40, 5506, 5507, 5518], [42, 5506, 5507, 5519], [44, 5506, 5507, 5520], [5104, 5506, 5507, 5521], [58, 5506, 5507, 5522], [62, 5506, 5507, 5523], [66, 5506, 5507, 5524], [70, 5506, 5507, 5525], [4878, 5526, 5527, 5528], [4882, 5526, 5527, 5529], [4884, 5526, 5527, 5530], [5101, 5526, 5527, 5531], [4894, 5526, 5527, 5532], [4896, 5526, 5527, 5533], [4898, 5526, 5527, 5534], [4900, 5526, 5527, 5535], [4928, 5526, 5527, 5536], [4930, 5526, 5527, 5537], [40, 5526, 5527, 5538], [42, 5526, 5527, 5539], [44, 5526, 5527, 5540], [5104, 5526, 5527, 5541], [58, 5526, 5527, 5542], [62, 5526, 5527, 5543], [66, 5526, 5527, 5544], [70, 5526, 5527, 5545], [4878, 5546, 5547, 5548], [4882, 5546, 5547, 5549], [4884, 5546, 5547, 5550], [5101, 5546, 5547, 5551], [4894, 5546, 5547, 5552], [4896, 5546, 5547, 5553], [4898, 5546, 5547, 5554], [4900, 5546, 5547, 5555], [4928, 5546, 5547, 5556], [4930, 5546, 5547, 5557], [40, 5546, 5547, 5558], [42, 5546, 5547, 5559], [44, 5546, 5547, 5560], [5104, 5546, 5547, 5561], [58, 5546, 5547, 5562], [62, 5546, 5547, 5563], [66, 5546, 5547, 5564], [70, 5546, 5547, 5565], [4878, 5566, 5547, 5567], [4882, 5566, 5547, 5568], [4884, 5566, 5547, 5569], [5101, 5566, 5547, 5570], [4894, 5566, 5547, 5571], [4896, 5566, 5547, 5572], [4898, 5566, 5547, 5573], [4900, 5566, 5547, 5574], [4928, 5566, 5547, 5575], [4930, 5566, 5547, 5576], [40, 5566, 5547, 5577], [42, 5566, 5547, 5578], [44, 5566, 5547, 5579], [5104, 5566, 5547, 5580], [58, 5566, 5547, 5581], [62, 5566, 5547, 5582], [66, 5566, 5547, 5583], [70, 5566, 5547, 5584], [4878, 5585, 5586, 5587], [4882, 5585, 5586, 5588], [4884, 5585, 5586, 5589], [5101, 5585, 5586, 5590], [4894, 5585, 5586, 5591], [4896, 5585, 5586, 5592], [4898, 5585, 5586, 5593], [4900, 5585, 5586, 5594], [4928, 5585, 5586, 5595], [4930, 5585, 5586, 5596], [40, 5585, 5586, 5597], [42, 5585, 5586, 5598], [44, 5585, 5586, 5599], [5104, 5585, 5586, 5600], [58, 5585, 5586, 5601], [62, 5585, 5586, 5602], [66, 5585, 5586, 5603], [70, 5585, 5586, 5604], [4878, 5605, 5586, 5606], [4882, 5605, 5586, 5607], [5101, 5605, 5586, 5608], [4900, 5605, 5586, 5609], [4928, 5605, 5586, 5610], [4930, 5605, 5586, 5611], [40, 5605, 5586, 5612], [42, 5605, 5586, 5613], [5104, 5605, 5586, 5614], [70, 5605, 5586, 5615], [4878, 5616, 5586, 5617], [4882, 5616, 5586, 5618], [4884, 5616, 5586, 5619], [5101, 5616, 5586, 5620], [4894, 5616, 5586, 5621], [4896, 5616, 5586, 5622], [4898, 5616, 5586, 5623], [4900, 5616, 5586, 5624], [4928, 5616, 5586, 5625], [4930, 5616, 5586, 5626], [40, 5616, 5586, 5627], [42, 5616, 5586, 5628], [44, 5616, 5586, 5629], [5104, 5616, 5586, 5630], [58, 5616, 5586, 5631], [62, 5616, 5586, 5632], [66, 5616, 5586, 5633], [70, 5616, 5586, 5634], [5635, 5636, 5637, 5638], [5639, 5636, 5637, 5640], [5641, 5636, 5637, 5642], [5643, 5636, 5637, 5644], [5645, 5636, 5637, 5646], [5647, 5636, 5637, 5648], [5649, 5636, 5637, 5650], [5651, 5636, 5637, 5652], [5653, 5636, 5637, 5654], [5655, 5636, 5637, 5656], [5657, 5636, 5637, 5658], [5659, 5636, 5637, 5660], [5635, 5661, 5637, 5662], [5639, 5661, 5637, 5663], [5641, 5661, 5637, 5664], [5643, 5661, 5637, 5665], [5645, 5661, 5637, 5666], [5647, 5661, 5637, 5667], [5649, 5661, 5637, 5668], [5651, 5661, 5637, 5669], [5653, 5661, 5637, 5670], [5655, 5661, 5637, 5671], [5657, 5661, 5637, 5672], [5659, 5661, 5637, 5673], [5674, 5675, 5676, 5677], [5678, 5675, 5676, 5679], [5680, 5675, 5676, 5681], [5682, 5675, 5676, 5683], [5684, 5675, 5676, 5685], [5686, 5675, 5676, 5687], [5688, 5675, 5676, 5689], [5690, 5675, 5676, 5691], [5692, 5693, 5676, 5694], [5674, 5693, 5676, 5695], [5696, 5693, 5676, 5697], [5678, 5693, 5676, 5698], [5680, 5693, 5676, 5699], [5682, 5693, 5676, 5700], [5684, 5693, 5676, 5701], [5702, 5693, 5676, 5703], [5686, 5693, 5676, 5704], [5705, 5693, 5676, 5706], [5688, 5693, 5676, 5707], [5690, 5693, 5676, 5708], [5709, 5710, 5711, 5712], [5713, 5710, 5711, 5714], [5715, 5710, 5711, 5716], [5717, 5710, 5711, 5718], [5719, 5710, 5711, 5720], [5721, 5710, 5711, 5722], [5723, 5710, 5711, 5724], [5725, 5710, 5711, 5726], [5727, 5728, 5711, 5729], [5709, 5728, 5711, 5730], [5713, 5728, 5711, 5731], [5715, 5728, 5711, 5732], [5717, 5728, 5711, 5733], [5719, 5728, 5711, 5734], [5735, 5728, 5711, 5736], [5721, 5728, 5711, 5737], [5723, 5728, 5711, 5738], [5725, 5728, 5711, 5739], [5740, 5741, 5742, 5743], [5744, 5741, 5742, 5745], [5746, 5741, 5742, 5747], [5748, 5741, 5742, 5749], [5750, 5741, 5742, 5751], [5752, 5741, 5742, 5753], [5754, 5741, 5742, 5755], [5756, 5741, 5742, 5757], [5758, 5759, 5742, 5760], [5740, 5759, 5742, 5761], [5744, 5759, 5742, 5762], [5746, 5759, 5742, 5763], [5748, 5759, 5742, 5764], [5750, 5759, 5742, 5765], [5766, 5759, 5742, 5767], [5752, 5759, 5742, 5768], [5754, 5759, 5742, 5769], [5756, 5759, 5742, 5770], [5771, 5772, 5773, 5774], [5775, 5772, 5773, 5776], [5777, 5772, 5773, 5778], [5779, 5772, 5773, 5780], [5781, 5772, 5773, 5782], [5783, 5772, 5773, 5784], [5785, 5772, 5773, 5786], [5787, 5772, 5773, 5788], [5789, 5790, 5791, 5792], [5793, 5790, 5791, 5794], [5795, 5790, 5791, 5796], [5797, 5790, 5791, 5798], [5799, 5790, 5791, 5800], [5801, 5790, 5791, 5802], [5803, 5790, 5791, 5804], [5805, 5806, 5791, 5807], [5789, 5806, 5791, 5808], [5793, 5806, 5791, 5809], [5795, 5806, 5791, 5810], [5797, 5806, 5791, 5811], [5799, 5806, 5791, 5812], [5813, 5806, 5791, 5814], [5815, 5806, 5791, 5816], [5801, 5806, 5791, 5817], [5803, 5806, 5791, 5818], [5819, 5790, 5820, 5821], [5822, 5823, 5824, 5825], [5826, 5823, 5824, 5827], [5828, 5823, 5824, 5829], [5830, 5823, 5824, 5831], [5832, 5823, 5824, 5833], [5834, 5823, 5824, 5835], [5822, 5836, 5824, 5837], [5826, 5836, 5824, 5838], [5828, 5836, 5824, 5839], [5830, 5836, 5824, 5840], [5832, 5836, 5824, 5841], [5834, 5836, 5824, 5842], [5843, 5844, 5845, 5846], [5847, 5844, 5845, 5848], [5849, 5844, 5845, 5850], [5851, 5844, 5845, 5852], [5853, 5844, 5845, 5854], [5855, 5844, 5845, 5856], [5843, 5857, 5845, 5858], [5847, 5857, 5845, 5859], [5860, 5857, 5845, 5861], [5862, 5857, 5845, 5863], [5853, 5857, 5845, 5864], [5855, 5857, 5845, 5865], [5866, 5867, 5868, 5869], [5870, 5867, 5868, 5871], [5872, 5867, 5873, 5874], [5875, 5867, 5873, 5876], [5877, 5867, 5878, 5879], [5880, 5867, 5878, 5881], [5882, 5883, 5884, 5885], [5886, 5883, 5884, 5887], [5888, 5883, 5889, 5890], [5891, 5883, 5889, 5892], [5893, 5883, 5889, 5894], [5895, 5883, 5889, 5896], [5897, 5898, 5899, 5900], [5901, 5898, 5899, 5902], [5903, 5898, 5899, 5904], [5905, 5898, 5899, 5906], [5907, 5898, 5899, 5908], [5909, 5898, 5899, 5910]], others: [[5911, 5912, 5913, 5914], [5915, 5916, 5913, 5917], [5918, 5919, 5913, 5920], [5921, 5922, 5913, 5923], [5924, 5925, 5913, 5926], [5927, 5928, 5929, 5930], [5931, 5932, 5929, 5933], [5934, 5935, 5929, 5936], [5937, 5938, 5929, 5939], [5940, 5941, 5929, 5942], [5943, 5944, 5945, 5946], [5947, 5948, 5949, 5950], [5951, 5952, 5945, 5953], [5954, 5955, 5945, 5956], [5957, 5958, 5945, 5959], [5960, 5961, 5962, 5963], [5964, 5965, 5962, 5966], [5967, 5968, 5962, 5969], [5970, 5971, 5962, 5972], [5973, 5974, 5975, 5976], [5977, 5978, 5975, 5979], [5980, 5981, 5975, 5982], [5983, 5984, 5975, 5985], [5986, 5987, 5975, 5988], [5989, 5990, 5975, 5991], [5992, 5993, 5994, 5995], [5996, 5997, 5994, 5998], [5999, 6e3, 5994, 6001], [6002, 6003, 5994, 6004], [6005, 6006, 5994, 6007], [6008, 6009, 5994, 6010], [6011, 6012, 6013, 6014], [6015, 6016, 6013, 6017], [6018, 6019, 6013, 6020], [6021, 6022, 6013, 6023], [6024, 6025, 6013, 6026], [6027, 6028, 6013, 6029], [6030, 6031, 6013, 6032], [6033, 6034, 6035, 6036], [6037, 6038, 6035, 6039], [6040, 6041, 6035, 6042], [6043, 6044, 6035, 6045], [6046, 6047, 6035, 6048], [6049, 6050, 6035, 6051], [6052, 6053, 6035, 6054]] };
  }
});

// src/core/catalog/sources/snapshot.ts
function snapshotIndex() {
  if (!index) {
    const reader = new SnapshotReader(file);
    let groups;
    const rowsOf = (key, maxLevel) => {
      groups ??= reader.groupRows((p) => `${familyKey(p)}#${ARCH_LEVEL(p.archVariant)}`);
      const out = [];
      for (let l = 1; l <= maxLevel; l++) out.push(...groups.get(`${key}#${l}`) ?? []);
      return out.sort((a, b) => a - b);
    };
    const othersOf = (key, maxLevel) => reader.decodeOthers().filter((b) => familyKey(b.platform) === key && ARCH_LEVEL(b.platform.archVariant) <= maxLevel);
    index = new BuildIndex(
      () => fromSnapshot([...reader.decode(), ...reader.decodeOthers()]),
      (key, maxLevel) => fromSnapshot([...reader.decode(rowsOf(key, maxLevel)), ...othersOf(key, maxLevel)])
    );
  }
  return index;
}
function snapshotOrigin() {
  return { ...file.origin, count: file.count };
}
var file, index, fromSnapshot;
var init_snapshot2 = __esm({
  "src/core/catalog/sources/snapshot.ts"() {
    "use strict";
    init_snapshot();
    init_resolve();
    init_snapshot_format();
    file = snapshot_default;
    fromSnapshot = (builds) => {
      for (const b of builds) b.source = "snapshot";
      return builds;
    };
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
import path3 from "node:path";
import { parse as parseToml } from "smol-toml";
function meaningfulLines(text3) {
  return text3.split(/\r?\n/).map((l) => l.replace(/#.*$/, "").trim()).filter((l) => l.length > 0);
}
function specsFromLines(text3) {
  const specs = meaningfulLines(text3).map(pyenvVersion);
  return { specs, defaultSpec: specs[specs.length - 1] };
}
async function readText(file2) {
  try {
    return await readFile2(file2, "utf8");
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
  const base = path3.basename(fileName);
  if (base === ".tool-versions") {
    for (const line of meaningfulLines(body)) {
      const [tool, ...versions] = line.split(/\s+/);
      if (tool === "python") return versions.filter((v) => v !== "system").map(pyenvVersion);
    }
    return [];
  }
  if (base.endsWith(".toml")) return fromPyproject(parseToml(body));
  if (base === "Pipfile") return fromPipfile(parseToml(body));
  return meaningfulLines(body).map(pyenvVersion).filter((l) => l !== "system");
}
async function readSpecFile(file2) {
  const abs = path3.resolve(file2);
  const body = await readText(abs);
  if (body === void 0) return void 0;
  const specs = specsFromText(abs, body);
  return specs.length ? { spec: specs[0], source: abs, specs } : void 0;
}
async function findSpecFromFiles(dir2) {
  const current2 = path3.resolve(dir2);
  for (const name of SPEC_FILES) {
    const found = await readSpecFile(path3.join(current2, name)).catch(() => void 0);
    if (found) return found;
  }
  return void 0;
}
var SPEC_FILES, pyenvVersion, tableAt, text;
var init_spec_files = __esm({
  "src/core/catalog/spec-files.ts"() {
    "use strict";
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
    init_ndjson();
    init_snapshot2();
    init_resolve();
    init_spec_files();
    init_asset_name();
    init_snapshot2();
    init_layout();
    init_github();
    init_ndjson();
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
      async resolve(spec, o = {}) {
        const request = parsePythonRequest(spec);
        switch (this.source) {
          case "snapshot":
            return snapshotIndex().resolve(request, o);
          case "ndjson":
            return (await this.ndjsonIndex()).resolve(request, o);
          case "github":
            return this.resolveGitHub(request, o, void 0, true);
          case "auto":
            return this.resolveAuto(request, o);
        }
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
        const latest = await gh.latest();
        const fromLatest = latest ? BuildIndex.of(latest.builds).find(request, o)?.build : void 0;
        if (fromLatest || known) {
          const best = newer(known, fromLatest);
          return best === known ? best : gh.withChecksum(best);
        }
        const seen = latest?.builds ?? [];
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
import net from "node:net";
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
    if (m && !entry.includes("/") && net.isIP(entry) !== 6) {
      entry = m[1];
      entryPort = m[2];
    }
    if (entryPort && entryPort !== port) continue;
    if (entry.includes("/") && net.isIPv4(host3) && inCidr(host3, entry)) return true;
    const bare = entry.replace(/^\*?\./, "");
    if (host3 === bare || host3.endsWith(`.${bare}`)) return true;
  }
  return false;
}
function inCidr(ip, cidr) {
  const [base, bitsText] = cidr.split("/");
  const bits = Number(bitsText);
  if (!net.isIPv4(base) || !(bits >= 0 && bits <= 32)) return false;
  const toInt = (a) => a.split(".").reduce((acc, o) => (acc << 8) + Number(o), 0) >>> 0;
  const mask = bits === 0 ? 0 : ~0 << 32 - bits >>> 0;
  return (toInt(ip) & mask) === (toInt(base) & mask);
}
var init_proxy = __esm({
  "src/core/install/proxy.ts"() {
    "use strict";
  }
});

// src/core/install/http.ts
import { createRequire } from "node:module";
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
var requireBuiltin, builtin, httpModule, httpsModule, tlsModule, GITHUB_COM_HOSTS;
var init_http = __esm({
  "src/core/install/http.ts"() {
    "use strict";
    init_proxy();
    requireBuiltin = createRequire(import.meta.url);
    builtin = (id) => requireBuiltin(id);
    httpModule = () => builtin("node:http");
    httpsModule = () => builtin("node:https");
    tlsModule = () => builtin("node:tls");
    GITHUB_COM_HOSTS = ["github.com", "api.github.com"];
  }
});

// src/core/install/memory.ts
import vm from "node:vm";
function hostGc() {
  const g = globalThis.gc;
  if (typeof g === "function") return g;
  try {
    const fromContext = vm.runInNewContext('typeof gc === "function" ? gc : null');
    return typeof fromContext === "function" ? fromContext : null;
  } catch {
    return null;
  }
}
function garbageMeter(everyBytes = 2 * 1024 * 1024) {
  let pending = 0;
  return (bytes) => {
    pending += bytes;
    if (pending < everyBytes) return;
    pending = 0;
    if (gcFn === void 0) gcFn = hostGc();
    gcFn?.({ type: "minor" });
  };
}
var gcFn;
var init_memory = __esm({
  "src/core/install/memory.ts"() {
    "use strict";
  }
});

// src/core/host.ts
import path4 from "node:path";
function isWindowsHost() {
  return current.os === "win32";
}
var native, current;
var init_host = __esm({
  "src/core/host.ts"() {
    "use strict";
    native = { os: process.platform, path: path4 };
    current = native;
  }
});

// src/core/fs.ts
import { accessSync, constants as fsConstants, statSync } from "node:fs";
import fs from "node:fs/promises";
import path5 from "node:path";
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
async function whyNotWritable(dir2) {
  const probe2 = path5.join(dir2, `.pyembed-write-probe-${process.pid}-${Date.now()}`);
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
  let current2 = path5.resolve(dir2);
  while (!await exists(current2) && path5.dirname(current2) !== current2) current2 = path5.dirname(current2);
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
    const up = await nearestExisting(path5.dirname(path5.resolve(dir2)));
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
function processPath(env = process.env) {
  return env.PATH ?? env.Path ?? "";
}
async function findOnPath(name, envPath = processPath()) {
  return findOnPathSync(name, envPath);
}
function findOnPathSync(name, envPath = processPath()) {
  for (const dir2 of envPath.split(path5.delimiter)) {
    if (!dir2) continue;
    for (const candidate of candidates(dir2, name)) if (isExecutableFile(candidate)) return candidate;
  }
  return void 0;
}
function candidates(dir2, name) {
  if (process.platform !== "win32") return [path5.join(dir2, name)];
  const exts = ["", ...(process.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";").filter(Boolean)];
  return exts.map(
    (ext) => path5.join(dir2, ext && name.toLowerCase().endsWith(ext.toLowerCase()) ? name : name + ext)
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
var RENAME_BACKOFF_MS;
var init_fs = __esm({
  "src/core/fs.ts"() {
    "use strict";
    init_host();
    RENAME_BACKOFF_MS = [50, 100, 200, 400, 800, 1500];
  }
});

// src/core/install/download.ts
import { createHash as createHash2 } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs2 from "node:fs/promises";
import path6 from "node:path";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
function normaliseSha256(s) {
  if (!s) return void 0;
  return s.trim().toLowerCase().replace(/^sha256:/, "");
}
async function downloadFile(url, dest, o = {}) {
  const partial = `${dest}.partial`;
  try {
    await makeDirs(path6.dirname(dest));
  } catch (e) {
    throw new DownloadError(`Cannot download ${redactUrl(url)} into ${dest}: ${errorText(e)}`, {
      requested: dest,
      url: redactUrl(url),
      attempts: 0,
      hint: "Check that the destination is writable."
    });
  }
  try {
    const r = await streamUrl(url, { ...o, consume: (body) => pipeline(body, createWriteStream(partial)) });
    await fs2.rename(partial, dest);
    return { path: dest, ...r };
  } catch (e) {
    await fs2.rm(partial, { force: true });
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
  o.sha256Later?.catch(() => {
  });
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
      const err = e instanceof AttemptError ? e : new AttemptError(errorText(e), isTransient(e));
      if (!err.retryable || attempt > retries) {
        throw new DownloadError(`Download of ${shown} failed after ${attempt} attempt(s): ${err.message}`, {
          requested: shown,
          url: shown,
          attempts: attempt,
          status: err.status,
          hint: err.retryable ? "The server or network kept failing; retry later or use a mirror (PYEMBED_MIRROR)." : "Check the URL, mirror and token settings."
        });
      }
      const exp = Math.min(maxBackoffMs, backoffMs * 2 ** (attempt - 1));
      const delay = Math.min(maxBackoffMs, Math.max(err.retryAfterMs ?? 0, exp * (0.5 + Math.random() / 2)));
      log.warn(
        `download of ${shown} failed (${err.message}); retry ${attempt}/${retries} in ${Math.round(delay)} ms`
      );
      await o.reset?.();
      await sleep2(delay, o.signal);
      continue;
    }
    const want = o.sha256Later && normaliseSha256(await o.sha256Later) || expected;
    if (want && got.sha256 !== want) {
      throw new ChecksumMismatchError(`sha256 mismatch for ${shown}: expected ${want}, got ${got.sha256}.`, {
        requested: shown,
        url: shown,
        expected: want,
        actual: got.sha256,
        attempts: attempt,
        hint: "The file was corrupted in transit or the mirror serves a different file; nothing was installed."
      });
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
    const file2 = fileURLToPath(url);
    const total = (await fs2.stat(file2)).size;
    return { body: createReadStream(file2, { highWaterMark: 256 * 1024 }), total };
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
  const hash = createHash2("sha256");
  const reclaim = garbageMeter();
  let bytes = 0;
  const pass = new PassThrough({ highWaterMark: 256 * 1024 });
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
      reclaim(chunk.length);
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
import fs3 from "node:fs/promises";
import path7 from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";
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
        return path7.join(this.root, rel);
      }
      ensureParent(rel) {
        const abs = this.abs(rel);
        const dir2 = path7.dirname(abs);
        if (!this.dirs.has(dir2)) {
          fsSync.mkdirSync(dir2, { recursive: true });
          for (let d = dir2; d.length > this.root.length && !this.dirs.has(d); d = path7.dirname(d))
            this.dirs.add(d);
        }
        return abs;
      }
      /** A later entry for the same path wins, as with tar: forget a link queued there. */
      claim(rel) {
        this.symlinks.delete(rel);
        this.hardlinks.delete(rel);
      }
      writeSmall(rel, body, mode, mtime) {
        this.claim(rel);
        const abs = this.ensureParent(rel);
        if (this.dirs.has(abs)) throw refuse(this.archive, rel, "replaces a directory with a file");
        const fd = fsSync.openSync(abs, "w", clampMode(mode, false));
        try {
          let off = 0;
          while (off < body.length) off += fsSync.writeSync(fd, body, off, body.length - off);
          fsSync.futimesSync(fd, mtime, mtime);
        } finally {
          fsSync.closeSync(fd);
        }
        this.files.add(rel);
      }
      async writeStream(rel, body, mode, mtime) {
        this.claim(rel);
        const abs = this.ensureParent(rel);
        await pipeline2(body, fsSync.createWriteStream(abs, { mode: clampMode(mode, false) }));
        await fs3.utimes(abs, mtime, mtime);
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

// src/core/install/zstd.ts
import { Transform } from "node:stream";
import zlib from "node:zlib";
import * as fzstd from "fzstd";
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
  const z = zlib;
  if (!forceFzstd && typeof z.createZstdDecompress === "function") {
    const key = z.constants.ZSTD_d_windowLogMax;
    return z.createZstdDecompress(key === void 0 ? {} : { params: { [key]: MAX_WINDOW_LOG } });
  }
  const d = new fzstd.Decompress((chunk) => {
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
    init_errors();
    init_archive_limits();
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
import { createReadStream as createReadStream2 } from "node:fs";
import fs4 from "node:fs/promises";
import path8 from "node:path";
import { Transform as Transform2 } from "node:stream";
import { pipeline as pipeline3 } from "node:stream/promises";
import zlib2 from "node:zlib";
import tar from "tar-stream";
function formatFromName(name) {
  const n = name.toLowerCase();
  if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) return "tar.gz";
  if (n.endsWith(".tar.zst") || n.endsWith(".tzst") || n.endsWith(".tar.zstd")) return "tar.zst";
  if (n.endsWith(".zip")) return "zip";
  return void 0;
}
async function sniffFormat(file2) {
  const fh = await fs4.open(file2, "r");
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
  const dest = path8.resolve(destDir);
  let tmp;
  try {
    await makeDirs(path8.dirname(dest));
    tmp = await fs4.mkdtemp(path8.join(path8.dirname(dest), `.${path8.basename(dest)}.extract-`));
    await extractInto(archive, tmp, format, o);
    await moveInto(tmp, dest);
  } catch (e) {
    if (e instanceof PythonEmbeddedError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(`Cannot extract ${archive} into ${dest}: ${fsErrorText(e)}`, {
      requested: dest,
      hint: "Check that the destination is writable and has room."
    });
  } finally {
    if (tmp) await fs4.rm(tmp, { recursive: true, force: true });
  }
}
async function extractInto(archive, root, format, o = {}) {
  const w = new TreeWriter(archive, root, o);
  if (format === "zip") await unzip(archive, w, o);
  else await untar(archive, format, w, o);
  w.finish();
}
async function moveInto(src, dest) {
  const existing = await fs4.readdir(dest).catch(() => void 0);
  if (existing && existing.length === 0) await fs4.rmdir(dest);
  if (!existing || existing.length === 0) {
    await renameWithRetry(src, dest);
    return;
  }
  for (const child of await fs4.readdir(src)) {
    if (existing.includes(child)) {
      throw new PythonInstallationError(`Cannot extract into ${dest}: ${child} already exists there.`, {
        requested: dest,
        hint: "Extract into an empty directory or remove the existing files first."
      });
    }
  }
  for (const child of await fs4.readdir(src))
    await renameWithRetry(path8.join(src, child), path8.join(dest, child));
}
function progressMeter(total, w, guard, o) {
  let bytes = 0;
  const reclaim = garbageMeter(1024 * 1024);
  return new Transform2({
    transform(chunk, _e, cb) {
      bytes += chunk.length;
      guard.addCompressed(chunk.length);
      reclaim(chunk.length);
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
  await untarFrom(source, name, format, w, o, 0);
  w.finish();
}
async function untar(archive, format, w, o) {
  const total = (await fs4.stat(archive)).size;
  const source = createReadStream2(archive, { highWaterMark: 256 * 1024 });
  await untarFrom(source, archive, format, w, o, total);
}
async function untarFrom(source, archive, format, w, o, total) {
  const guard = new InflationGuard(archive, o);
  const ex = tar.extract();
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
            w.writeSmall(rel, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), mode, mtime);
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
  const decompress = format === "tar.gz" ? [zlib2.createGunzip({ chunkSize: 128 * 1024 })] : zstdDecompressor(archive, o.zstdDecoder);
  const meters = [progressMeter(total, w, guard, o), ...decompress, inflationMeter(w, guard)];
  try {
    await pipeline3([source, ...meters, ex], { signal: o.signal });
  } catch (e) {
    if (e instanceof PythonInstallationError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(
      `Cannot extract ${archive}: ${e instanceof Error ? e.message : String(e)}`,
      { requested: archive, hint: extractHint(e) }
    );
  }
}
async function unzip(archive, w, o) {
  const total = (await fs4.stat(archive)).size;
  const { open } = await loadYauzl();
  const zip = await new Promise(
    (resolve, reject) => open(
      archive,
      { lazyEntries: true, autoClose: true, strictFileNames: false },
      (err, z) => err ? reject(err) : resolve(z)
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
      zip.openReadStream(entry, (err, stream) => {
        if (err) return fail(err);
        const chunks = [];
        stream.on("data", (c) => chunks.push(c));
        stream.on("error", fail);
        stream.on("end", () => {
          try {
            const body = Buffer.concat(chunks);
            if (type === "symlink") w.other(rel, "symlink", body.toString("utf8"), 511, entry.fileName);
            else w.writeSmall(rel, body, unixMode & 511 || 420, entry.getLastModDate());
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
var loadYauzl, SMALL_FILE;
var init_extract = __esm({
  "src/core/install/extract.ts"() {
    "use strict";
    init_errors();
    init_fs();
    init_archive_limits();
    init_memory();
    init_tree_writer();
    init_zstd();
    loadYauzl = () => import("yauzl").then((m) => m.default);
    SMALL_FILE = 1024 * 1024;
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

// src/core/install/lock.ts
import { randomBytes } from "node:crypto";
import { renameSync, writeFileSync } from "node:fs";
import fs5 from "node:fs/promises";
import os from "node:os";
import path9 from "node:path";
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
      fs5.utimes(lockPath, now, now).catch(() => {
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
    const info = JSON.parse(await fs5.readFile(lockPath, "utf8"));
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
    st = await fs5.stat(lockPath);
  } catch {
    return { stale: false };
  }
  const info = await readLock(lockPath);
  if (info && info.host === os.hostname() && !pidAlive(info.pid)) return { stale: true, info };
  return { stale: Date.now() - st.mtimeMs > staleMs, info };
}
async function tryCreate(lockPath, body) {
  const tmp = `${lockPath}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await fs5.writeFile(tmp, body);
  try {
    await fs5.link(tmp, lockPath);
    return true;
  } catch (e) {
    const code = e.code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw e;
    try {
      await fs5.writeFile(lockPath, body, { flag: "wx" });
      return true;
    } catch (e2) {
      if (e2.code === "EEXIST") return false;
      throw e2;
    }
  } finally {
    await fs5.rm(tmp, { force: true });
  }
}
async function breakStale(lockPath, staleMs, seen) {
  const breaker = `${lockPath}.break`;
  const me = JSON.stringify({ pid: process.pid, host: os.hostname(), createdAt: (/* @__PURE__ */ new Date()).toISOString() });
  if (!await tryCreate(breaker, me)) {
    const st = await fs5.stat(breaker).catch(() => void 0);
    if (st && Date.now() - st.mtimeMs > Math.min(staleMs, 1e4)) await fs5.rm(breaker, { force: true });
    return;
  }
  try {
    const again = await isStale(lockPath, staleMs);
    if (again.stale && again.info?.token === seen?.token) {
      if (again.info?.host === os.hostname()) await stopWorkers(again.info.workers);
      await fs5.rm(lockPath, { force: true });
    }
  } finally {
    await fs5.rm(breaker, { force: true });
  }
}
async function acquire(lockPath, staleMs, o) {
  await makeDirs(path9.dirname(lockPath));
  const token = randomBytes(8).toString("hex");
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
          const tmp = `${lockPath}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
          writeFileSync(tmp, JSON.stringify(mine));
          renameSync(tmp, lockPath);
        },
        release: async () => {
          const cur = await readLock(lockPath);
          if (!cur || cur.token === token) await fs5.rm(lockPath, { force: true });
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
  }
});

// src/core/install/mirror.ts
import fs6 from "node:fs/promises";
import path10 from "node:path";
import { fileURLToPath as fileURLToPath2, pathToFileURL } from "node:url";
function isUrl(s) {
  return /^(https?|file):/i.test(s);
}
function mirrorBase(mirror) {
  const base = isUrl(mirror) ? mirror : pathToFileURL(path10.resolve(mirror)).href;
  return base.replace(/\/+$/, "");
}
function mirrorUrlFor(build, mirror) {
  if (!mirror) return build.url;
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
      return await fs6.readFile(fileURLToPath2(url), "utf8");
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
async function expectedChecksum(build, o = {}) {
  const log = o.logger ?? silentLogger;
  const catalog = normaliseSha256(build.sha256);
  if (o.mirror) {
    const sumsUrl = `${mirrorBase(o.mirror)}/${encodeURIComponent(build.build)}/SHA256SUMS`;
    let text3;
    try {
      text3 = await fetchText(sumsUrl, o.http);
    } catch (e) {
      log.debug(`could not read ${redactUrl(sumsUrl)}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const fromMirror = text3 ? parseSha256Sums2(text3).get(build.assetName) : void 0;
    if (fromMirror) {
      if (catalog && catalog !== fromMirror) {
        log.warn(
          `mirror SHA256SUMS for ${build.assetName} (${fromMirror}) differs from the catalogue (${catalog}); using the mirror's.`
        );
      }
      return { sha256: fromMirror, source: "mirror" };
    }
  }
  return catalog ? { sha256: catalog, source: "catalog" } : { source: "none" };
}
var init_mirror = __esm({
  "src/core/install/mirror.ts"() {
    "use strict";
    init_log();
    init_download();
    init_http();
  }
});

// src/core/exec/kill-tree.ts
import { execFileSync, spawnSync as spawnSync2 } from "node:child_process";
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
function windowsProcesses() {
  const script = 'Get-CimInstance Win32_Process | ForEach-Object { "$($_.ProcessId) $($_.ParentProcessId) $(([DateTimeOffset]$_.CreationDate).ToUnixTimeMilliseconds())" }';
  const r = spawnSync2("powershell", ["-NoProfile", "-NonInteractive", "-Command", script], {
    encoding: "utf8",
    windowsHide: true,
    timeout: 15e3
  });
  return (r.stdout ?? "").split(/\r?\n/).map((line) => line.trim().split(/\s+/).map(Number)).filter(([pid, ppid]) => pid > 0 && Number.isFinite(ppid)).map(([pid, ppid, startedMs]) => ({ pid, ppid, startedMs }));
}
function parentMap() {
  const map = /* @__PURE__ */ new Map();
  if (process.platform === "linux") {
    for (const name of readdirSync("/proc")) {
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
    const out = execFileSync("ps", ["-A", "-o", "pid=,ppid="], { encoding: "utf8" });
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
    nativeProcessControl = {
      platform: process.platform,
      list: () => process.platform === "win32" ? windowsProcesses() : [...parentMap()].map(([pid, ppid]) => ({ pid, ppid })),
      signal: trySignal,
      taskkillTree: (pid) => spawnSync2("taskkill", ["/pid", String(pid), "/T", "/F"], { windowsHide: true, stdio: "ignore" })
    };
    live = /* @__PURE__ */ new Map();
    exitHookInstalled = false;
    lifetimes = /* @__PURE__ */ new Map();
    MAX_LIFETIMES = 256;
  }
});

// src/core/uv/spawn.ts
import { spawn } from "node:child_process";
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
    const child = spawn(command, args, {
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
    const err = [];
    let killed;
    let closeGrace;
    const outLines = lineSplitter(o.onStdout);
    const errLines = lineSplitter(o.onStderr);
    child.stdout?.on("data", (b) => {
      out.push(b);
      outLines.push(b);
    });
    child.stderr?.on("data", (b) => {
      err.push(b);
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
        stderr: Buffer.concat(err).toString("utf8"),
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

// src/core/install/python-layout.ts
import fs7 from "node:fs";
import path11 from "node:path";
function findInterpreter(root) {
  const named = ["pypy3.exe", "bin/pypy3", "bin/graalpy", "bin/graalpy.exe"];
  for (const exe of [...named, "python.exe", "bin/python3", "bin/python"]) {
    if (isFileSync(path11.join(root, exe))) return exe;
  }
  return plainestVersioned(root, "", /^python3(\.\d+)?[td]*\.exe$/i) ?? plainestVersioned(root, "bin", /^python3\.\d+[td]*$/);
}
function plainestVersioned(root, dir2, pattern) {
  let names;
  try {
    names = fs7.readdirSync(path11.join(root, dir2));
  } catch {
    return void 0;
  }
  const versioned = names.filter((n) => pattern.test(n)).sort((a, b) => a.length - b.length || a.localeCompare(b));
  const hit = versioned.find((n) => isFileSync(path11.join(root, dir2, n)));
  return hit === void 0 ? void 0 : dir2 ? `${dir2}/${hit}` : hit;
}
function locatePython(extracted) {
  for (const rel of ["python/install", "python", ".", "install", soleDirectory(extracted)]) {
    if (rel === void 0) continue;
    const root = path11.join(extracted, rel);
    const exe = findInterpreter(root);
    if (exe) return { root: path11.normalize(root), exe };
  }
  return void 0;
}
function soleDirectory(dir2) {
  let entries;
  try {
    entries = fs7.readdirSync(dir2, { withFileTypes: true });
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
  }
});

// src/core/install/install.ts
import { createHash as createHash3 } from "node:crypto";
import { createReadStream as createReadStream3 } from "node:fs";
import fs8 from "node:fs/promises";
import path12 from "node:path";
import { pipeline as pipeline4 } from "node:stream/promises";
import { fileURLToPath as fileURLToPath3, pathToFileURL as pathToFileURL2 } from "node:url";
async function hashFile(file2) {
  const h = createHash3("sha256");
  await pipeline4(createReadStream3(file2, { highWaterMark: 1024 * 1024 }), h);
  return h.digest("hex");
}
async function cleanStaging(targetDir, log = silentLogger) {
  const parent = path12.dirname(targetDir);
  const prefix = `.${path12.basename(targetDir)}.`;
  for (const name of await fs8.readdir(parent).catch(() => [])) {
    if (name.startsWith(prefix) && /\.(install|extract)-/.test(name)) {
      log.warn(`removing ${path12.join(parent, name)}, left by an interrupted install`);
      await fs8.rm(path12.join(parent, name), { recursive: true, force: true });
    }
  }
}
async function installBuild(build, targetDir, o = {}) {
  const log = o.logger ?? silentLogger;
  const target = path12.resolve(targetDir);
  if (await nonEmpty(target)) {
    throw new PythonInstallationError(
      `Cannot install ${build.key} into ${target}: the directory is not empty.`,
      {
        requested: target,
        hint: "Remove it first, or install somewhere else."
      }
    );
  }
  await fs8.mkdir(path12.dirname(target), { recursive: true });
  const staging = await fs8.mkdtemp(path12.join(path12.dirname(target), `.${path12.basename(target)}.install-`));
  try {
    const extracted = path12.join(staging, "x");
    await fs8.mkdir(extracted);
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
    const probe2 = await probeInterpreter(path12.join(loc.root, loc.exe));
    checkProbe(build, probe2);
    o.signal?.throwIfAborted();
    await fs8.rm(target, { recursive: true, force: true });
    await renameWithRetry(loc.root, target);
    log.debug(`installed ${build.key} (${probe2.version}) at ${target}`);
    return {
      pythonDir: target,
      pythonPath: path12.join(target, loc.exe),
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
    await fs8.rm(staging, { recursive: true, force: true });
  }
}
async function nonEmpty(dir2) {
  const entries = await fs8.readdir(dir2).catch(() => void 0);
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
async function fetchAndExtract(build, extracted, staging, o, log) {
  const { extractArchive: extractArchive2, extractTarStream: extractTarStream2, formatFromName: formatFromName2 } = await Promise.resolve().then(() => (init_extract(), extract_exports));
  const declared = installableFormat(build);
  const format = formatFromName2(build.assetName) ?? declared;
  let url;
  let sha256;
  let checksumSource;
  let mirrorSum;
  const local = !!o.archivePath;
  const http = { token: o.mirror ? void 0 : o.token, env: o.env, ca: o.ca, timeoutMs: o.timeoutMs };
  if (o.archivePath) {
    url = pathToFileURL2(path12.resolve(o.archivePath)).href;
    sha256 = normaliseSha256(build.sha256);
    checksumSource = sha256 ? "given" : "none";
  } else {
    url = mirrorUrlFor(build, o.mirror);
    const pending = expectedChecksum(build, { mirror: o.mirror, logger: log, http });
    const catalog = normaliseSha256(build.sha256);
    if (catalog && o.mirror) mirrorSum = pending;
    const sum = mirrorSum ? { sha256: catalog, source: "catalog" } : await pending;
    sha256 = sum.sha256;
    checksumSource = sum.source;
    if (!sha256 && !o.allowMissingChecksum) {
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
  if (isFile2 && !await fs8.stat(fileURLToPath3(url)).catch(() => void 0)) {
    throw new PythonInstallationError(`No archive at ${fileURLToPath3(url)}.`, {
      requested: fileURLToPath3(url),
      hint: o.mirror && !local ? "A local mirror must hold <mirror>/<tag>/<asset>." : "Check the path."
    });
  }
  const common = {
    ...http,
    sha256,
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
    const file2 = path12.join(staging, build.assetName);
    r = await downloadFile(url, file2, { ...common, sha256: (await mirrorSum)?.sha256 ?? sha256 });
    await fs8.rm(extracted, { recursive: true, force: true });
    await extractArchive2(file2, extracted, { ...o.archiveLimits, format, signal: o.signal });
    await fs8.rm(file2, { force: true });
  } else {
    r = await streamUrl(url, {
      ...common,
      sha256Later: mirrorSum?.then((m) => m.sha256),
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
        await fs8.rm(extracted, { recursive: true, force: true });
        await fs8.mkdir(extracted);
      }
    });
  }
  if (mirrorSum) checksumSource = (await mirrorSum).source;
  return {
    url: isFile2 ? fileURLToPath3(url) : redactUrl(url),
    sha256: r.sha256,
    bytes: r.bytes,
    checksumSource,
    downloaded: !isFile2
  };
}
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
function uvAssetUrl(version2, asset, base = DEFAULT_UV_DOWNLOAD_URL) {
  return `${base.replace(/\/+$/, "")}/${encodeURIComponent(version2)}/${asset.name}`;
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
import path13 from "node:path";
function defaultRoot(env = process.env) {
  const home = env.HOME || env.USERPROFILE || os2.homedir();
  if (process.platform === "win32") {
    return path13.join(env.LOCALAPPDATA || path13.join(home, "AppData", "Local"), "python-embedded");
  }
  if (process.platform === "darwin")
    return path13.join(home, "Library", "Application Support", "python-embedded");
  return path13.join(env.XDG_DATA_HOME || path13.join(home, ".local", "share"), "python-embedded");
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
import { spawn as spawn2 } from "node:child_process";
import { createReadStream as createReadStream4, createWriteStream as createWriteStream2 } from "node:fs";
import fs9 from "node:fs/promises";
import path14 from "node:path";
import { pipeline as pipeline5 } from "node:stream/promises";
import zlib3 from "node:zlib";
function inside(root, p) {
  const rel = path14.relative(root, p);
  return rel === "" || !rel.startsWith("..") && !path14.isAbsolute(rel);
}
async function walk2(root, prefix, log) {
  const out = [];
  const realRoot = await fs9.realpath(root);
  const visit = async (abs, name) => {
    const st = await fs9.lstat(abs);
    const base = { abs, name, mode: st.mode & 511, mtime: st.mtime, size: st.size };
    if (st.isSymbolicLink()) {
      let linkname = await fs9.readlink(abs);
      let target = path14.resolve(path14.dirname(abs), linkname);
      if (!inside(root, target)) {
        const real = await fs9.realpath(target).catch(() => void 0);
        if (!real || !inside(realRoot, real)) {
          log.warn(`export: skipping ${name}, a symlink to ${linkname} outside the exported tree`);
          return;
        }
        target = path14.join(root, path14.relative(realRoot, real));
        linkname = target;
      }
      if (path14.isAbsolute(linkname))
        linkname = path14.relative(path14.dirname(abs), target).split(path14.sep).join("/");
      out.push({ ...base, kind: "symlink", linkname });
    } else if (st.isDirectory()) {
      out.push({ ...base, kind: "dir", name: `${name}/` });
      for (const child of (await fs9.readdir(abs)).sort())
        await visit(path14.join(abs, child), `${name}/${child}`);
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
  const z = zlib3;
  return typeof z.createZstdCompress === "function" ? z.createZstdCompress() : void 0;
}
async function spawnZstd(out) {
  const child = spawn2("zstd", ["-q", "-T0", "-3", "-f", "-o", out], { stdio: ["pipe", "ignore", "pipe"] });
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
  const format = o.format ?? (await Promise.resolve().then(() => (init_extract(), extract_exports))).formatFromName(out);
  if (!format) {
    throw new PythonInstallationError(`Cannot tell the archive format from ${out}.`, {
      requested: out,
      available: [".tar.gz", ".tar.zst", ".zip"],
      hint: "Name the export file .tar.gz, .tar.zst or .zip."
    });
  }
  const entries = await walk2(dir2, o.topName, log);
  await fs9.mkdir(path14.dirname(path14.resolve(out)), { recursive: true });
  const tmp = `${out}.partial`;
  try {
    if (format === "zip") await writeZip(entries, tmp);
    else await writeTar(entries, tmp, format);
    await fs9.rename(tmp, out);
  } catch (e) {
    await fs9.rm(tmp, { force: true });
    throw e;
  }
}
async function writeZip(entries, out) {
  const { default: yazl } = await import("yazl");
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
  const { default: tar2 } = await import("tar-stream");
  const pack = tar2.pack();
  let done;
  if (format === "tar.gz") {
    done = pipeline5(pack, zlib3.createGzip({ level: 6 }), createWriteStream2(out));
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
        (err) => err ? reject(err) : resolve()
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
  }
});

// src/core/instances/metadata.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import fs10 from "node:fs/promises";
import path15 from "node:path";
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
  const file2 = path15.join(dir2, METADATA_FILE);
  const tmp = `${file2}.${randomBytes2(4).toString("hex")}.tmp`;
  const { rebuilt: _rebuilt, ...stored } = m;
  await fs10.writeFile(tmp, JSON.stringify(stored, null, 2) + "\n");
  await fs10.rename(tmp, file2);
}
async function readStoredMetadata(dir2) {
  try {
    const m = JSON.parse(await fs10.readFile(path15.join(dir2, METADATA_FILE), "utf8"));
    if (typeof m !== "object" || !m || m.key !== path15.basename(dir2) || typeof m.version !== "string" || typeof m.build !== "string" || typeof m.pythonExe !== "string" || typeof m.platform?.os !== "string") {
      return void 0;
    }
    return m;
  } catch {
    return void 0;
  }
}
async function rebuildInstanceMetadata(dir2, log) {
  const key = path15.basename(dir2);
  const parsed = parseInstanceName(key);
  const exe = findInterpreter(path15.join(dir2, "python"));
  if (!parsed || !exe) return void 0;
  let version2 = parsed.version;
  try {
    version2 = (await probeInterpreter(path15.join(dir2, "python", exe))).version;
  } catch (e) {
    log.warn(
      `${key}: the interpreter does not run (${e instanceof Error ? e.message : String(e)}); run verify.`
    );
  }
  const st = await fs10.stat(path15.join(dir2, "python"));
  const m = {
    schema: SCHEMA,
    key,
    dir: dir2,
    buildKey: buildKeyOf({ ...parsed, version: version2 }),
    implementation: parsed.implementation,
    version: version2,
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
    METADATA_FILE = "instance.json";
    SCHEMA = 1;
    NAME = /^(cpython|pypy|graalpy)-(\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?)-(.+?)(?:\+(freethreaded\+debug|freethreaded|debug))?-(\d[A-Za-z0-9._]*)$/;
  }
});

// src/core/instances/local-archive.ts
import fs11 from "node:fs/promises";
import path16 from "node:path";
import { pathToFileURL as pathToFileURL3 } from "node:url";
async function localArchiveBuild(archivePath, sha256) {
  const file2 = path16.resolve(archivePath);
  const assetName = decodeURIComponent(path16.basename(file2));
  const p = parseAssetName(assetName);
  if (!p) {
    throw new PythonInstallationError(`Cannot tell which Python build ${assetName} is.`, {
      requested: file2,
      hint: "Keep the python-build-standalone asset name (e.g. cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only.tar.gz)."
    });
  }
  if (!(await fs11.stat(file2).catch(() => void 0))?.isFile()) {
    throw new PythonInstallationError(`No archive at ${file2}.`, { requested: file2 });
  }
  let sum = sha256;
  if (!sum) {
    const side = await fs11.readFile(`${file2}.sha256`, "utf8").catch(() => void 0);
    sum = side ? /^[0-9a-fA-F]{64}/.exec(side.trim())?.[0] : void 0;
  }
  if (!sum) {
    const sums = await fs11.readFile(path16.join(path16.dirname(file2), "SHA256SUMS"), "utf8").catch(() => void 0);
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
    url: pathToFileURL3(file2).href,
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
import fs12 from "node:fs/promises";
import path17 from "node:path";
async function freeSpaceMB(dir2) {
  while (!await exists(dir2) && path17.dirname(dir2) !== dir2) dir2 = path17.dirname(dir2);
  const s = await fs12.statfs(dir2);
  return s.bavail * s.bsize / (1024 * 1024);
}
async function removeInstanceTree(root, dir2) {
  const trash = path17.join(root, `.trash-${path17.basename(dir2)}-${process.pid}-${Date.now()}`);
  await renameWithRetry(dir2, trash);
  await fs12.rm(trash, { recursive: true, force: true });
}
async function dirSize(dir2) {
  let total = 0;
  const seen = /* @__PURE__ */ new Set();
  const walk3 = async (d) => {
    for (const e of await fs12.readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = path17.join(d, e.name);
      if (e.isDirectory()) await walk3(p);
      else if (e.isFile()) {
        const st = await fs12.lstat(p);
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
import { promises as fs13 } from "node:fs";
import path18 from "node:path";
function venvBinDir(venvDir) {
  return path18.join(venvDir, isWindowsHost() ? "Scripts" : "bin");
}
function venvPython(venvDir) {
  return path18.join(venvBinDir(venvDir), isWindowsHost() ? "python.exe" : "python");
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
    text3 = await fs13.readFile(path18.join(venvDir, "pyvenv.cfg"), "utf8");
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
  const file2 = path18.join(venvDir, "pyvenv.cfg");
  const text3 = await fs13.readFile(file2, "utf8");
  const re = new RegExp(`^(\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=).*$`, "mi");
  const next = re.test(text3) ? text3.replace(re, `$1 ${value}`) : `${text3.replace(/\n?$/, "\n")}${key} = ${value}
`;
  await fs13.writeFile(file2, next);
}
async function treeSize(dir2) {
  let total = 0;
  let entries;
  try {
    entries = await fs13.readdir(dir2, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path18.join(dir2, e.name);
    if (e.isDirectory()) total += await treeSize(p);
    else total += (await fs13.lstat(p).catch(() => ({ size: 0 }))).size;
  }
  return total;
}
var WINDOWS_DEVICE2, META_DIR;
var init_layout2 = __esm({
  "src/core/venvs/layout.ts"() {
    "use strict";
    init_errors();
    init_host();
    WINDOWS_DEVICE2 = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\..*)?$/i;
    META_DIR = ".pyembed";
  }
});

// src/core/venvs/relocate.ts
import { promises as fs14 } from "node:fs";
import path19 from "node:path";
async function relocateVenv(venvDir, o) {
  const report = { rewritten: [], relinked: [], stale: [] };
  const from = path19.resolve(o.from);
  const to = path19.resolve(o.to);
  const cfg = await readPyvenvCfg(venvDir) ?? {};
  const oldHome = cfg.home;
  const newHome = o.basePython ? path19.dirname(path19.resolve(o.basePython)) : void 0;
  const pairs = [];
  if (from !== to) pairs.push([from, to]);
  if (from !== to && isWindowsHost()) pairs.push([from.replace(/\\/g, "/"), to.replace(/\\/g, "/")]);
  if (newHome && oldHome !== newHome) {
    await setPyvenvCfgValue(venvDir, "home", newHome);
    report.rewritten.push("pyvenv.cfg");
  }
  if (pairs.length && await rewriteFile(path19.join(venvDir, "pyvenv.cfg"), pairs))
    report.rewritten.push("pyvenv.cfg");
  const bin = venvBinDir(venvDir);
  if (o.basePython) report.relinked.push(...await restoreInterpreterLinks(venvDir, o.basePython, cfg));
  for (const e of await fs14.readdir(bin, { withFileTypes: true }).catch(() => [])) {
    const p = path19.join(bin, e.name);
    if (e.isSymbolicLink()) {
      if (await relink(p, from, to, o.basePython, oldHome)) report.relinked.push(path19.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && await rewriteFile(p, pairs)) {
      report.rewritten.push(path19.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && await binaryNames(p, from)) {
      report.stale.push(path19.relative(venvDir, p));
    }
  }
  for (const sp of await sitePackagesDirs(venvDir)) {
    for (const e of await fs14.readdir(sp, { withFileTypes: true }).catch(() => [])) {
      const p = path19.join(sp, e.name);
      if (e.isFile() && e.name.endsWith(".pth") && pairs.length && await rewriteFile(p, pairs)) {
        report.rewritten.push(path19.relative(venvDir, p));
      } else if (e.isSymbolicLink() && await relink(p, from, to)) {
        report.relinked.push(path19.relative(venvDir, p));
      }
    }
  }
  for (const name of await fs14.readdir(venvDir).catch(() => [])) {
    const p = path19.join(venvDir, name);
    const st = await fs14.lstat(p).catch(() => void 0);
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
  const links = [["python", path19.resolve(basePython)]];
  if (mm) links.push([`python${mm[1]}`, "python"], [`python${mm[1]}.${mm[2]}`, "python"]);
  for (const [name, target] of links) {
    const p = path19.join(bin, name);
    if (await fs14.lstat(p).catch(() => void 0)) continue;
    await fs14.symlink(target, p);
    created.push(path19.relative(venvDir, p));
  }
  return created;
}
async function recordedVenvPath(venvDir) {
  const text3 = await fs14.readFile(path19.join(venvBinDir(venvDir), "activate"), "utf8").catch(() => void 0);
  const m = text3 ? /^\s*(?:export\s+)?VIRTUAL_ENV=(['"])(.+?)\1\s*$/m.exec(text3) : void 0;
  const value = m?.[2];
  if (value === void 0 || /[$`'"]/.test(value)) return void 0;
  return path19.posix.isAbsolute(value) || path19.win32.isAbsolute(value) ? value : void 0;
}
async function sitePackagesDirs(venvDir) {
  const out = [];
  const win = path19.join(venvDir, "Lib", "site-packages");
  if (await isDir(win)) out.push(win);
  for (const lib of ["lib", "lib64"]) {
    const base = path19.join(venvDir, lib);
    if ((await fs14.lstat(base).catch(() => void 0))?.isSymbolicLink()) continue;
    for (const d of await fs14.readdir(base).catch(() => [])) {
      const sp = path19.join(base, d, "site-packages");
      if (d.startsWith("python") && await isDir(sp)) out.push(sp);
    }
  }
  return out;
}
async function rewriteFile(file2, pairs) {
  const st = await fs14.stat(file2).catch(() => void 0);
  if (!st || !st.isFile() || st.size > MAX_TEXT) return false;
  const buf = await fs14.readFile(file2);
  if (buf.subarray(0, 8192).includes(0)) return false;
  const text3 = buf.toString("utf8");
  let next = text3;
  for (const [a, b] of pairs) next = next.replace(wholePath(a), () => b);
  if (next === text3) return false;
  await fs14.writeFile(file2, next, { mode: st.mode });
  await fs14.chmod(file2, st.mode);
  return true;
}
async function binaryNames(file2, p) {
  const st = await fs14.stat(file2).catch(() => void 0);
  if (!st || st.size > MAX_TEXT) return false;
  const buf = await fs14.readFile(file2);
  if (!buf.subarray(0, 8192).includes(0)) return false;
  return buf.includes(Buffer.from(p, "utf8")) || buf.includes(Buffer.from(p, "utf16le"));
}
function wholePath(p) {
  const esc = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${esc}(?=$|[\\\\/'"\`\\s:;,)\\]}])`, "gm");
}
async function relink(link, from, to, basePython, oldHome) {
  const target = await fs14.readlink(link).catch(() => void 0);
  if (target === void 0 || !path19.isAbsolute(target)) return false;
  let next;
  if (target === from || target.startsWith(from + path19.sep)) next = to + target.slice(from.length);
  else if (basePython && oldHome && path19.dirname(target) === oldHome) next = path19.resolve(basePython);
  else if (basePython && !await exists(target)) next = path19.resolve(basePython);
  if (!next || next === target) return false;
  await fs14.rm(link, { force: true });
  await fs14.symlink(next, link);
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
import fs15 from "node:fs/promises";
import path20 from "node:path";
async function relocateInstanceVenvs(instanceDir, pythonPath, oldInstanceDir, log) {
  const venvs = path20.join(instanceDir, "venvs");
  for (const e of await fs15.readdir(venvs, { withFileTypes: true }).catch(() => [])) {
    if (!e.isDirectory() || e.name === META_DIR || e.name.startsWith(".")) continue;
    const to = path20.join(venvs, e.name);
    const from = await recordedVenvPath(to) ?? (oldInstanceDir ? path20.join(oldInstanceDir, "venvs", e.name) : void 0);
    if (!from) {
      log.warn(`venv ${e.name}: cannot tell where it used to live; only its interpreter link is re-pointed`);
    }
    try {
      await relocateVenv(to, { from: from ?? to, to, basePython: pythonPath });
    } catch (err) {
      log.warn(`venv ${e.name}: could not re-point it (${err instanceof Error ? err.message : String(err)})`);
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
import fs16 from "node:fs/promises";
import path21 from "node:path";
async function importExported(archivePath, o) {
  await fs16.mkdir(o.root, { recursive: true });
  const staging = await fs16.mkdtemp(path21.join(o.root, ".import-"));
  try {
    const { extractArchive: extractArchive2 } = await Promise.resolve().then(() => (init_extract(), extract_exports));
    await extractArchive2(path21.resolve(archivePath), path21.join(staging, "x"), {
      ...o.archiveLimits,
      signal: o.signal
    });
    const top = await findExportedInstance(path21.join(staging, "x"));
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
    const key = path21.basename(top);
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
      const probe2 = await probeInterpreter(path21.join(dir2, "python", ...meta.pythonExe.split("/"))).catch(
        async (e) => {
          await fs16.rm(dir2, { recursive: true, force: true });
          throw e;
        }
      );
      const updated = {
        ...meta,
        dir: dir2,
        version: probe2.version,
        origin: { kind: "imported", from: path21.resolve(archivePath) }
      };
      await writeInstanceMetadata(dir2, updated);
      await relocateInstanceVenvs(dir2, path21.join(dir2, "python", ...meta.pythonExe.split("/")), oldDir, o.log);
      return { dir: dir2, meta: updated };
    });
  } finally {
    await fs16.rm(staging, { recursive: true, force: true });
  }
}
async function findExportedInstance(root) {
  const names = await fs16.readdir(root);
  for (const n of names) {
    if (INSTANCE_NAME_SAFE.test(n) && await exists(path21.join(root, n, "python"))) return path21.join(root, n);
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
import fs17 from "node:fs/promises";
import path22 from "node:path";
function instanceOf(dir2, m) {
  const pythonDir = path22.join(dir2, "python");
  return {
    key: m.key,
    buildKey: m.buildKey,
    dir: dir2,
    pythonDir,
    pythonPath: path22.join(pythonDir, ...m.pythonExe.split("/")),
    venvsDir: path22.join(dir2, "venvs"),
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
  const pythonDir = path22.join(dir2, "python");
  const st = await fs17.stat(pythonDir).catch(() => void 0);
  if (!st?.isDirectory()) return void 0;
  const stored = await readStoredMetadata(dir2);
  if (stored && await fs17.stat(path22.join(pythonDir, ...stored.pythonExe.split("/"))).catch(() => void 0)) {
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
import fs18 from "node:fs/promises";
import path23 from "node:path";
async function checkIntegrity(inst) {
  const problems = [];
  const stored = await readStoredMetadata(inst.dir);
  if (!stored) problems.push(`${METADATA_FILE} missing or unreadable`);
  const parsed = parseInstanceName(inst.key);
  if (parsed && (parsed.version !== inst.version || parsed.build !== inst.build))
    problems.push(`metadata (${inst.version}, ${inst.build}) disagrees with the directory name`);
  const exe = findInterpreter(inst.pythonDir);
  if (!exe) problems.push("no interpreter in python/");
  let version2;
  if (exe) {
    try {
      const probe2 = await probeInterpreter(inst.pythonPath);
      version2 = probe2.version;
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
    const lib = path23.join(inst.pythonDir, "lib");
    const names = await fs18.readdir(lib).catch(() => []);
    const stdlib = names.find((n) => n === `python${mm[1]}.${mm[2]}` || n === `python${mm[1]}.${mm[2]}t`);
    if (!stdlib || !await exists(path23.join(lib, stdlib, "os.py")))
      problems.push("standard library (lib/python3.X/os.py) missing");
  } else if (inst.platform.os === "windows" && !await exists(path23.join(inst.pythonDir, "Lib", "os.py"))) {
    problems.push("standard library (Lib/os.py) missing");
  }
  return { ok: problems.length === 0, key: inst.key, problems, version: version2 };
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
import fs19 from "node:fs/promises";
import path24 from "node:path";
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
    init_disk();
    hostOnce = () => host ??= hostPlatform();
    PythonManager = class {
      constructor(o = {}) {
        this.o = o;
        this.root = path24.resolve(o.root ?? process.env.PYEMBED_ROOT ?? defaultRoot());
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
        const dir2 = path24.resolve(this.root, key);
        if (!INSTANCE_NAME_SAFE.test(key) || path24.dirname(dir2) !== this.root) {
          throw new InstanceNotFoundError(`"${key}" is not an instance name under ${this.root}.`, {
            requested: key,
            hint: "Instance names look like cpython-3.12.5-linux-x86_64-gnu-20240814 (see `pyembed list`)."
          });
        }
        return dir2;
      }
      lockPath(key) {
        return path24.join(this.root, ".locks", `${key}.lock`);
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
            const pythonDir = path24.join(dir2, "python");
            await cleanStaging(pythonDir, this.log);
            await fs19.mkdir(dir2, { recursive: true });
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
              await fs19.rmdir(dir2).catch(() => {
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
        const names = await fs19.readdir(this.root).catch(() => []);
        const out = [];
        for (const name of names) {
          if (!INSTANCE_NAME_SAFE.test(name)) continue;
          const inst = await this.load(path24.join(this.root, name));
          if (inst) out.push(inst);
        }
        return out.sort(
          (a, b) => compareVersionText(b.version, a.version) || b.build.localeCompare(a.build) || a.key.localeCompare(b.key)
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
        if (path24.resolve(inst.dir) !== dir2) {
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
        const out = path24.resolve(outPath);
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
init_extract();
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
import { randomBytes as randomBytes3 } from "node:crypto";
import { constants as fsc, promises as fs20 } from "node:fs";
import path25 from "node:path";

// src/core/uv/checksums.ts
var SHIPPED_UV_CHECKSUMS = {};
function shippedUvSha256(version2, assetName, table = SHIPPED_UV_CHECKSUMS) {
  return table[version2]?.[assetName]?.toLowerCase();
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
async function probeUvVersion(path50, signal) {
  let r;
  try {
    r = await spawnCapture(path50, ["self", "version", "--output-format", "json"], {
      signal,
      timeoutMs: 3e4
    });
  } catch (e) {
    throw new UvNotFoundError(`uv could not be started at ${path50}: ${e.message}`, {
      requested: path50,
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
  const t = await spawnCapture(path50, ["--version"], { signal, timeoutMs: 3e4 });
  const m = /^uv\s+(\S+)/m.exec(t.stdout);
  if (t.exitCode !== 0 || !m) {
    throw new UvNotFoundError(
      `${path50} does not look like uv (\`--version\` printed ${JSON.stringify(t.stdout.trim())}).`,
      {
        requested: path50
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
var MARKER = "pyembed-uv.json";
async function ensureUv(o) {
  const log = o.logger ?? silentLogger;
  if (o.uvPath) {
    const p = path25.resolve(o.uvPath);
    await assertExecutable(p, "uvPath");
    const version3 = await probeUvVersion(p, o.signal);
    if (o.version && o.version !== version3)
      log.warn(`uv at ${p} is ${version3}, not the requested ${o.version}.`);
    return { path: p, version: version3, source: "path" };
  }
  if (o.system) {
    const p = await findOnPath(process.platform === "win32" ? "uv.exe" : "uv");
    if (!p) {
      throw new UvNotFoundError("uv was requested from PATH (system) but none was found.", {
        requested: "system",
        hint: 'Install uv on PATH, or drop "system" to let python-embedded install its pinned uv.'
      });
    }
    const version3 = await probeUvVersion(p, o.signal);
    log.info(`Using uv ${version3} from PATH: ${p}`);
    return { path: p, version: version3, source: "system" };
  }
  const version2 = checkVersion(o.version ?? DEFAULT_UV_VERSION);
  const asset = uvAsset(o.platform ?? hostPlatform());
  const root = path25.join(path25.resolve(o.toolsDir), "uv");
  const dir2 = uvInstallDir(o.toolsDir, version2, asset);
  const exe = path25.join(dir2, asset.exe);
  const cached = await readInstalled(dir2, exe, version2, asset.triple);
  if (cached) return { path: exe, version: version2, source: "cache" };
  await fs20.mkdir(root, { recursive: true });
  return withLock(path25.join(root, `${version2}-${asset.triple}.lock`), async () => {
    if (await readInstalled(dir2, exe, version2, asset.triple))
      return { path: exe, version: version2, source: "cache" };
    const base = o.downloadBaseUrl ? mirrorBase(o.downloadBaseUrl) : DEFAULT_UV_DOWNLOAD_URL;
    const token = o.downloadBaseUrl ? void 0 : o.token;
    const url = uvAssetUrl(version2, asset, base);
    const tmp = path25.join(root, `.tmp-${version2}-${randomBytes3(4).toString("hex")}`);
    await fs20.mkdir(tmp, { recursive: true });
    try {
      const sha256 = o.sha256?.toLowerCase() ?? shippedUvSha256(version2, asset.name, o.knownChecksums) ?? await fetchCompanionSha256(url, { ...o, token });
      log.info(`Downloading uv ${version2} (${asset.name}) from ${url}`);
      const archive = path25.join(tmp, asset.name);
      const dl = await downloadFile(url, archive, {
        sha256,
        allowMissingChecksum: o.allowMissingChecksum,
        token,
        logger: log,
        signal: o.signal
      });
      const unpacked = path25.join(tmp, "unpacked");
      const { extractArchive: extractArchive2 } = await Promise.resolve().then(() => (init_extract(), extract_exports));
      await extractArchive2(archive, unpacked, { format: asset.format });
      const staging = path25.join(tmp, "staging");
      await fs20.mkdir(staging);
      const srcDir = await findBinDir(unpacked, asset.innerDir, asset.exe);
      for (const name of await fs20.readdir(srcDir)) {
        await renameWithRetry(path25.join(srcDir, name), path25.join(staging, name));
      }
      if (process.platform !== "win32") await fs20.chmod(path25.join(staging, asset.exe), 493);
      const got = await probeUvVersion(path25.join(staging, asset.exe), o.signal);
      if (got !== version2) {
        throw new ChecksumMismatchError(`The archive for uv ${version2} contains uv ${got}.`, {
          requested: version2,
          available: [got],
          hint: `Check the uv download base (${base}).`
        });
      }
      const exeBytes = (await fs20.stat(path25.join(staging, asset.exe))).size;
      const marker = {
        version: version2,
        exeBytes,
        triple: asset.triple,
        sha256: dl.sha256,
        url,
        installedAt: (/* @__PURE__ */ new Date()).toISOString()
      };
      await fs20.writeFile(path25.join(staging, MARKER), JSON.stringify(marker, null, 2) + "\n");
      await fs20.rm(dir2, { recursive: true, force: true });
      await fs20.mkdir(path25.dirname(dir2), { recursive: true });
      await renameWithRetry(staging, dir2);
      log.info(`Installed uv ${version2} into ${dir2}`);
      return { path: exe, version: version2, source: "download" };
    } finally {
      await fs20.rm(tmp, { recursive: true, force: true });
    }
  });
}
function uvInstallDir(toolsDir, version2, asset) {
  return path25.join(path25.resolve(toolsDir), "uv", version2, asset.triple);
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
async function readInstalled(dir2, exe, version2, triple) {
  try {
    const m = JSON.parse(await fs20.readFile(path25.join(dir2, MARKER), "utf8"));
    if (m.version !== version2 || m.triple !== triple) return false;
    await fs20.access(exe, process.platform === "win32" ? fsc.F_OK : fsc.X_OK);
    return m.exeBytes === void 0 || (await fs20.stat(exe)).size === m.exeBytes;
  } catch {
    return false;
  }
}
async function findBinDir(root, innerDir, exe) {
  for (const cand of [path25.join(root, innerDir), root]) if (await exists(path25.join(cand, exe))) return cand;
  for (const e of await fs20.readdir(root, { withFileTypes: true })) {
    if (e.isDirectory() && await exists(path25.join(root, e.name, exe))) return path25.join(root, e.name);
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
    const st = await fs20.stat(p);
    if (!st.isFile()) throw new Error("not a file");
    if (process.platform !== "win32") await fs20.access(p, fsc.X_OK);
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
import path29 from "node:path";

// src/core/exec/run.ts
init_errors();
import { spawn as spawn3 } from "node:child_process";
import { once } from "node:events";
import { existsSync, statSync as statSync3 } from "node:fs";
import fs21 from "node:fs/promises";
import os4 from "node:os";
import path26 from "node:path";
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
import { spawnSync as spawnSync3 } from "node:child_process";
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
    durationMs: performance.now() - c.started,
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
  shUlimitWorks ??= spawnSync3("/bin/sh", ["-c", "ulimit -v 4194304"], { stdio: "ignore" }).status === 0;
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
      return statSync2(command).isFile();
    } catch {
      return false;
    }
  }
  return findOnPathSync(command, envPath) !== void 0;
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
  const capture = { argv, out, err, encoding, limits, started: performance.now() };
  const finish = (p) => resultOf(p, capture);
  if (o.signal?.aborted) return checked(finish({ aborted: true }), o, err.tail(encoding));
  const group = process.platform !== "win32" && !inherit && o.stdin !== "inherit";
  const child = spawn3(launch.command, launch.args, {
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
  const src = typeof script === "string" ? !script.includes("\n") && existsSync(script) && statSync3(script).isFile() ? { path: script } : { code: script } : script;
  if ("path" in src) return runPython(pythonPath, [src.path, ...args], o);
  if (Buffer.byteLength(src.code) <= MAX_INLINE_CODE)
    return runPython(pythonPath, ["-c", src.code, ...args], o);
  const dir2 = await fs21.mkdtemp(path26.join(os4.tmpdir(), "pyembed-script-"));
  try {
    const file2 = path26.join(dir2, "script.py");
    await fs21.writeFile(file2, src.code);
    return await runPython(pythonPath, [file2, ...args], o);
  } finally {
    await fs21.rm(dir2, { recursive: true, force: true });
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
init_errors();
import { spawn as spawn4 } from "node:child_process";
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
    this.child = spawn4(command, args, {
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
  const start = lines.findIndex((l) => /^\s*(error:|×|\s*×)/.test(l) || /^\s*× /.test(l));
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
    const { version: version2, versionInfo, executable, prefix, basePrefix, implementation, platform, sysVersion } = p;
    return { version: version2, versionInfo, executable, prefix, basePrefix, implementation, platform, sysVersion };
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
import path27 from "node:path";

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
function validateVersion(version2) {
  if (typeof version2 !== "string" || !VERSION_RE2.test(version2.trim())) {
    throw new InvalidPackageSpecificationError(`Invalid version ${JSON.stringify(version2)}.`, {
      requested: String(version2),
      hint: "Give one version such as 1.2.3."
    });
  }
  return version2.trim();
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
async function installRequirements(t, file2, o) {
  const abs = path27.resolve(file2);
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
  const cwd = path27.resolve(o.cwd ?? process.cwd());
  const specs = checkedSpecs(plan.packages ?? []);
  const files = await requirementFiles(cwd, plan.requirements ?? []);
  const constraints = [...[o.constraints ?? []].flat(), ...plan.constraints ?? []].map(
    (c) => path27.resolve(cwd, c)
  );
  const project = plan.pyproject ? await pyprojectArgs(path27.resolve(cwd, plan.pyproject), plan) : void 0;
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
  const blamed = files.find((f) => text3.includes(f) || text3.includes(path27.relative(cwd, f)));
  if (blamed) throw requirementsError(blamed, r);
  throw installError([...files, ...project ? [project.target] : [], ...specs].join(" "), r);
}
async function requirementFiles(cwd, files) {
  const out = [];
  for (const f of files) {
    const abs = path27.resolve(cwd, f);
    if (!await isFile(abs))
      throw new RequirementsFileError(`Requirements file not found: ${abs}.`, { requested: abs });
    out.push(abs);
  }
  return out;
}
function requirementsError(file2, r) {
  return new RequirementsFileError(`Installing ${file2} failed: ${uvErrorText(r.stderr, r.stdout)}`, {
    requested: file2,
    packageSpecification: file2,
    installationOutput: r.stderr,
    exitCode: r.exitCode,
    hint: "Fix the reported line of the requirements file; nothing was installed."
  });
}
async function pyprojectArgs(projectPath2, o) {
  let dir2 = path27.resolve(projectPath2);
  if (await isFile(dir2)) dir2 = path27.dirname(dir2);
  const pyproject = path27.join(dir2, "pyproject.toml");
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
  return await isFile(path27.join(dir2, "setup.py")) || await isFile(path27.join(dir2, "setup.cfg"));
}
async function installFlags(t, o) {
  const flags = t.config.indexArgs(o);
  if (o.upgrade) flags.push("--upgrade");
  if (o.reinstall) flags.push("--reinstall");
  if (o.noDeps) flags.push("--no-deps");
  for (const c of [o.constraints ?? []].flat()) {
    const abs = path27.resolve(c);
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
async function getPackageMetadata(name, version2, o = {}) {
  const n = encodeURIComponent(normalizePackageName(validatePackageName(name)));
  const base = trimBase(o.jsonUrl ?? DEFAULT_PYPI_JSON_URL);
  const url = version2 ? `${base}/${n}/${encodeURIComponent(validateVersion(version2))}/json` : `${base}/${n}/json`;
  const text3 = await getText(url, o, "application/json");
  if (text3 === void 0) return void 0;
  const doc = JSON.parse(text3);
  const info = doc.info ?? {};
  const str = (k) => typeof info[k] === "string" && info[k] ? info[k] : void 0;
  const releases = Object.entries(doc.releases ?? {}).filter(([, files]) => !Array.isArray(files) || files.length > 0).map(([v]) => v).sort(comparePep440);
  const projectUrls = info.project_urls && typeof info.project_urls === "object" ? info.project_urls : {};
  return {
    name: str("name") ?? name,
    version: str("version") ?? version2 ?? "",
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
import { promises as fs22 } from "node:fs";
import path28 from "node:path";
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
  const abs = path28.resolve(outputPath);
  let text3;
  if (!o.pin || o.pin === "exact") text3 = await freeze(t, o);
  else {
    const op = o.pin === "minimum" ? ">=" : "~=";
    const pkgs = (await listPackages(t, o)).filter((p) => !p.editableProjectLocation);
    text3 = pkgs.map((p) => `${p.name}${op}${p.version}
`).join("");
  }
  await fs22.mkdir(path28.dirname(abs), { recursive: true });
  await fs22.writeFile(abs, text3);
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
async function pinVersion(t, name, version2, o) {
  const n = validatePackageName(name);
  const v = validateVersion(version2);
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
    return runScript(this.pythonPath, { path: path29.resolve(scriptPath) }, args, this.execOptions(o));
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
  installRequirements(file2, o = {}) {
    return installRequirements(this.target, file2, o);
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
  downgrade(name, version2, o = {}) {
    return pinVersion(this.target, name, version2, o);
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
  getPackageMetadata(name, version2, o = {}) {
    return getPackageMetadata(name, version2, { jsonUrl: this.pypi.jsonUrl, fetch: this.pypi.fetch, ...o });
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
import { randomBytes as randomBytes5 } from "node:crypto";
import { promises as fs29 } from "node:fs";
import path36 from "node:path";

// src/core/venvs/archive.ts
init_errors();
import { createWriteStream as createWriteStream3, promises as fs23 } from "node:fs";
import path30 from "node:path";
import { pipeline as pipeline6 } from "node:stream/promises";
import zlib4 from "node:zlib";
var MANIFEST = "pyembed-venv-export.json";
function formatOf(out) {
  if (/\.zip$/i.test(out)) return "zip";
  if (/\.(tar\.gz|tgz)$/i.test(out)) return "tar.gz";
  return void 0;
}
async function collect(root, links) {
  const items = [];
  const walk3 = async (dir2, rel) => {
    for (const e of await fs23.readdir(dir2, { withFileTypes: true })) {
      const abs = path30.join(dir2, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      const st = await fs23.lstat(abs);
      const base = { rel: r, abs, mode: st.mode & 4095, mtime: st.mtime, size: st.size };
      if (st.isSymbolicLink()) {
        const target = await fs23.readlink(abs);
        const resolved = path30.resolve(dir2, target);
        const inside2 = !path30.relative(root, resolved).split(path30.sep).includes("..");
        if (path30.isAbsolute(target) || !inside2) links[r] = resolved;
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
  const out = path30.resolve(outPath);
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
  await fs23.mkdir(path30.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  try {
    if (format === "zip") await writeZip2(items, manifestBytes, partial);
    else await writeTarGz(items, manifestBytes, partial);
    await fs23.rename(partial, out);
  } catch (e) {
    await fs23.rm(partial, { force: true });
    throw e;
  }
  return out;
}
async function writeZip2(items, manifest, dest) {
  const { default: yazl } = await import("yazl");
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
  const { default: tar2 } = await import("tar-stream");
  const pack = tar2.pack();
  const done = pipeline6(pack, zlib4.createGzip({ level: 6 }), createWriteStream3(dest));
  const add = (header2, body) => new Promise((resolve, reject) => {
    const cb = (err) => err ? reject(err) : resolve();
    if (body) pack.entry(header2, body, cb);
    else pack.entry(header2, cb);
  });
  try {
    for (const it of items) {
      const h = { name: it.rel, mode: it.mode, mtime: it.mtime };
      if (it.kind === "symlink") await add({ ...h, type: "symlink", linkname: it.target });
      else if (it.kind === "dir") await add({ ...h, type: "directory" });
      else await add({ ...h, type: "file", size: it.size }, await fs23.readFile(it.abs));
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
  const abs = path30.resolve(archive);
  const { extractArchive: extractArchive2 } = await Promise.resolve().then(() => (init_extract(), extract_exports));
  await extractArchive2(abs, dest, { ...limits, format: formatOf(abs) });
  const file2 = path30.join(dest, MANIFEST);
  let manifest;
  try {
    manifest = JSON.parse(await fs23.readFile(file2, "utf8"));
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
  await fs23.rm(file2);
  if (!await fs23.stat(path30.join(dest, "pyvenv.cfg")).catch(() => void 0)) {
    throw new ConfigurationError(`${archive} holds no pyvenv.cfg: not a virtual environment.`, {
      requested: archive
    });
  }
  return { ...manifest, links: manifest.links ?? {} };
}

// src/core/venvs/create.ts
init_errors();
import { promises as fs24 } from "node:fs";
import path31 from "node:path";
init_layout2();
async function isVenv(dir2) {
  return (await fs24.stat(path31.join(dir2, "pyvenv.cfg")).catch(() => void 0))?.isFile() ?? false;
}
async function createVenv(uv, pythonPath, target, o = {}) {
  await fs24.mkdir(path31.dirname(target), { recursive: true });
  const args = ["venv", `--python=${pythonPath}`, "--no-project"];
  if (o.prompt !== void 0) args.push(`--prompt=${o.prompt}`);
  if (o.seed) args.push("--seed", ...uv.indexArgs());
  if (o.relocatable) args.push("--relocatable");
  args.push("--clear", "--", target);
  const run = () => uv.run(args, { signal: o.signal, cwd: path31.dirname(target), onSpawn: o.onSpawn });
  let r = await run();
  for (let retry = 1; retry <= 3 && r.exitCode !== 0 && !o.signal?.aborted; retry++) {
    if (!/already exists|not a virtual environment|not empty|ENOTEMPTY|File exists/i.test(r.stderr)) break;
    await new Promise((res) => setTimeout(res, 250 * retry));
    await fs24.rm(target, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    r = await run();
  }
  if (r.exitCode !== 0 || !await isVenv(target)) {
    await fs24.rm(target, { recursive: true, force: true }).catch(() => {
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
  const sameHome = home !== void 0 && path31.resolve(home) === path31.dirname(path31.resolve(pythonPath));
  if (sameHome && await fs24.stat(venvPython(dir2)).catch(() => void 0)) {
    o.logger.info(`Reusing venv ${dir2}`);
    return { created: false };
  }
  const entries = await fs24.readdir(dir2).catch(() => []);
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
import { randomBytes as randomBytes4 } from "node:crypto";
import { promises as fs25 } from "node:fs";
import path32 from "node:path";
function metadataPath(venvsDir, name) {
  return path32.join(venvsDir, META_DIR, `${name}.json`);
}
async function writeMetadata(venvsDir, m) {
  const file2 = metadataPath(venvsDir, m.name);
  await fs25.mkdir(path32.dirname(file2), { recursive: true });
  const tmp = `${file2}.${randomBytes4(4).toString("hex")}.tmp`;
  const { rebuilt: _rebuilt, ...stored } = m;
  await fs25.writeFile(tmp, JSON.stringify(stored, null, 2) + "\n");
  await fs25.rename(tmp, file2);
}
async function removeMetadata(venvsDir, name) {
  await fs25.rm(metadataPath(venvsDir, name), { force: true });
}
async function readStoredMetadata2(venvsDir, name) {
  try {
    const m = JSON.parse(
      await fs25.readFile(metadataPath(venvsDir, name), "utf8")
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
  const entry = path32.join(venvsDir, name);
  const st = await fs25.lstat(entry).catch(() => void 0);
  const externalPath = st?.isSymbolicLink() ? path32.resolve(venvsDir, await fs25.readlink(entry)) : void 0;
  const cfg = await readPyvenvCfg(venvPath) ?? {};
  const cfgStat = await fs25.stat(path32.join(venvPath, "pyvenv.cfg")).catch(() => void 0);
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
init_relocate();
import { promises as fs26 } from "node:fs";
import path33 from "node:path";
async function describeVenv(venv, meta, signal) {
  const name = venv.name;
  const cfg = await readPyvenvCfg(venv.path) ?? {};
  const [sp] = await sitePackagesDirs(venv.path);
  const modStat = (sp ? await fs26.stat(sp).catch(() => void 0) : void 0) ?? await fs26.stat(path33.join(venv.path, "pyvenv.cfg")).catch(() => void 0);
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
import { promises as fs27 } from "node:fs";
import path34 from "node:path";
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
  const bin = path34.relative(dir2, venvBinDir(dir2)).split(path34.sep).join("/");
  for (const [rel, target] of Object.entries(links)) {
    const parts = rel.split("/");
    if (!rel || parts.some((p) => !p || p === "." || p === "..") || path34.isAbsolute(rel)) continue;
    const abs = path34.join(dir2, ...parts);
    let next;
    if (target === sourcePath || target.startsWith(sourcePath + "/"))
      next = target;
    else if (parts.length === 2 && parts[0] === bin && /^python/.test(parts[1])) next = o.pythonPath;
    else if (oldHome && path34.dirname(target) === oldHome) next = o.pythonPath;
    if (!next) {
      o.logger.warn(`Import: dropping link ${rel} -> ${target} (outside the venv).`);
      continue;
    }
    await fs27.mkdir(path34.dirname(abs), { recursive: true });
    await fs27.rm(abs, { force: true });
    await fs27.symlink(next, abs);
  }
}
function minor(v) {
  return v.split(".").slice(0, 2).join(".");
}

// src/core/venvs/repair.ts
init_errors();
init_layout2();
init_relocate();
import { promises as fs28 } from "node:fs";
import path35 from "node:path";
async function assertVenvOf(dir2, pythonPath) {
  const home = (await readPyvenvCfg(dir2))?.home;
  const mine = path35.dirname(pythonPath);
  if (home && path35.resolve(home) !== mine && !await sameFile(home, mine)) {
    throw new ConfigurationError(`${dir2} is a venv of another Python (home = ${home}).`, {
      requested: dir2,
      hint: "Pass recreate: true to rebuild it on this instance, or choose another path."
    });
  }
}
async function repairMovedVenv(venvDir, pythonPath, logger) {
  const recorded = await recordedVenvPath(venvDir);
  const home = (await readPyvenvCfg(venvDir))?.home;
  const mine = path35.dirname(pythonPath);
  const homeMoved = home !== void 0 && path35.resolve(home) !== mine && !await sameFile(home, mine) && !await fs28.stat(path35.join(home, path35.basename(pythonPath))).catch(() => void 0);
  const selfMoved = recorded !== void 0 && path35.resolve(recorded) !== venvDir;
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
    const [x, y] = await Promise.all([fs28.realpath(a), fs28.realpath(b)]);
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
    this.instance = { pythonPath: path36.resolve(instance.pythonPath), dir: path36.resolve(instance.dir) };
    this.venvsDir = path36.join(this.instance.dir, "venvs");
    this.runtimeOptions = rest;
    this.logger = o.logger ?? silentLogger;
  }
  // ---------------------------------------------------------------- lookup
  /** Names of the venvs that exist (internal and external), sorted. */
  async list() {
    const out = [];
    for (const e of await fs29.readdir(this.venvsDir, { withFileTypes: true }).catch(() => [])) {
      if (e.name === META_DIR || e.name.startsWith(".tmp-")) continue;
      if ((e.isDirectory() || e.isSymbolicLink()) && await isVenv(path36.join(this.venvsDir, e.name)))
        out.push(e.name);
    }
    return out.sort();
  }
  async exists(name) {
    return isVenv(path36.join(this.venvsDir, validateVenvName(name)));
  }
  /** The real directory of `name` (following an external link); where it would be created if absent. */
  async resolvePath(name) {
    const entry = path36.join(this.venvsDir, validateVenvName(name));
    const st = await fs29.lstat(entry).catch(() => void 0);
    if (st?.isSymbolicLink()) return path36.resolve(this.venvsDir, await fs29.readlink(entry));
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
    const entry = path36.join(this.venvsDir, name);
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
    let external = o.path ? path36.resolve(o.path) : void 0;
    if (external && isInside(external, this.instance.dir)) {
      throw new ConfigurationError(`External venv path ${external} is inside the instance directory.`, {
        requested: external,
        hint: "Omit `path` to create it in the instance, or choose a directory outside it."
      });
    }
    await fs29.mkdir(path36.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(name), async (lock) => {
      const entry = path36.join(this.venvsDir, name);
      if (await isVenv(entry) && await fs29.lstat(venvPython(entry)).catch(() => void 0)) {
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
        await fs29.rm(entry, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
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
    const entry = path36.join(this.venvsDir, name);
    const known = await fs29.lstat(entry).catch(() => void 0) !== void 0 || await readStoredMetadata2(this.venvsDir, name) !== void 0;
    if (!known) return false;
    await fs29.mkdir(path36.join(this.venvsDir, META_DIR), { recursive: true });
    await withLock(this.lockPath(name), () => this.removeFiles(name, o.deleteExternalFiles ?? true));
    return true;
  }
  // ---------------------------------------------------------------- clone / export / import
  /** Copies `source` to `target` (internal, or at `o.path`) and re-points every path at the copy. */
  async clone(source, target, o = {}) {
    const src = await this.get(source);
    validateVenvName(target);
    const dest = o.path ? path36.resolve(o.path) : path36.join(this.venvsDir, target);
    await fs29.mkdir(path36.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(target), async () => {
      await this.assertFree(target, dest);
      const staging = path36.join(
        path36.dirname(dest),
        `.tmp-${path36.basename(dest)}-${randomBytes5(4).toString("hex")}`
      );
      try {
        await fs29.cp(src.path, staging, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
        const from = await recordedVenvPath(src.path) ?? src.path;
        refuseStaleLaunchers(await relocateVenv(staging, { from, to: dest }), from);
        await renameWithRetry(staging, dest);
      } catch (e) {
        await fs29.rm(staging, { recursive: true, force: true });
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
    const dest = o.path ? path36.resolve(o.path) : path36.join(this.venvsDir, name);
    await fs29.mkdir(path36.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(name), async () => {
      await this.assertFree(name, dest);
      const staging = path36.join(
        path36.dirname(dest),
        `.tmp-${path36.basename(dest)}-${randomBytes5(4).toString("hex")}`
      );
      try {
        await unpackVenvArchive(archivePath, staging, dest, {
          pythonPath: this.instance.pythonPath,
          pythonVersion: () => this.instancePythonVersion(),
          archiveLimits: this.archiveLimits,
          logger: this.logger
        });
        await renameWithRetry(staging, dest);
      } catch (e) {
        await fs29.rm(staging, { recursive: true, force: true });
        throw e;
      }
      return this.register(name, dest, Boolean(o.path), {
        kind: "imported",
        from: path36.resolve(archivePath)
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
    return path36.join(this.venvsDir, META_DIR, `${name}.lock`);
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
    const entry = path36.join(this.venvsDir, name);
    const st = await fs29.lstat(entry).catch(() => void 0);
    const stored = await readStoredMetadata2(this.venvsDir, name);
    const external = st?.isSymbolicLink() ? path36.resolve(this.venvsDir, await fs29.readlink(entry)) : stored?.externalPath;
    if (st?.isSymbolicLink()) await fs29.rm(entry, { force: true });
    else if (st) await fs29.rm(entry, { recursive: true, force: true });
    if (external && deleteExternalFiles && await isVenv(external))
      await fs29.rm(external, { recursive: true, force: true });
    await removeMetadata(this.venvsDir, name);
  }
  async assertFree(name, dest) {
    const entry = path36.join(this.venvsDir, name);
    if (await isVenv(entry)) {
      throw new ConfigurationError(`A venv named "${name}" already exists.`, {
        requested: name,
        hint: "Choose another name or delete the existing venv first."
      });
    }
    if (dest !== entry) await assertEmptyOrAbsent(dest, false);
    else await fs29.rm(entry, { recursive: true, force: true });
  }
  async register(name, dest, external, origin) {
    const entry = path36.join(this.venvsDir, name);
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
  const entries = await fs29.readdir(dir2).catch(() => void 0);
  if (!entries || entries.length === 0) return;
  if (allowVenv && await isVenv(dir2)) return;
  throw new ConfigurationError(`${dir2} already exists and is not empty.`, {
    requested: dir2,
    hint: "Choose an empty or new directory for the venv."
  });
}
async function linkExternal(entry, target) {
  await fs29.rm(entry, { recursive: true, force: true });
  await fs29.symlink(target, entry, process.platform === "win32" ? "junction" : "dir");
}
function isInside(child, parent) {
  const rel = path36.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path36.isAbsolute(rel);
}

// src/index.ts
init_relocate();
init_layout2();
init_kill_tree();

// src/core/diagnose/disk.ts
init_fs();
import { promises as fs30 } from "node:fs";
import path37 from "node:path";
var GiB = 1024 ** 3;
async function freeDiskCheck(root, minFreeBytes = GiB) {
  const where = await nearestExisting(root);
  try {
    const st = await fs30.statfs(where);
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
  const exists2 = path37.resolve(dir2) === where;
  if (!(await fs30.stat(where)).isDirectory()) {
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
import { promises as fs31 } from "node:fs";
import path38 from "node:path";
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
    names = (await fs31.readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && /^(c?python|pypy|graalpy)-/.test(d.name)).map((d) => d.name).sort();
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    const dir2 = path38.join(root, name);
    const venvs = [];
    try {
      for (const d of await fs31.readdir(path38.join(dir2, "venvs"), { withFileTypes: true })) {
        const p = path38.join(dir2, "venvs", d.name);
        if (d.isDirectory() && !d.name.startsWith(".") && await isFile(path38.join(p, "pyvenv.cfg")))
          venvs.push({ name: d.name, path: p });
      }
      venvs.sort((a, b) => a.name.localeCompare(b.name));
    } catch {
    }
    out.push({ key: name, pythonPath: path38.join(dir2, "python", ...exeRel), venvs });
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
  const py = path38.join(venv.path, ...venvExeRel);
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
    fs31.realpath(r.prefix).catch(() => r.prefix),
    fs31.realpath(venv.path)
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
  const started = performance.now();
  try {
    const res = await (o.fetch ?? fetch)(url, {
      method: "HEAD",
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs)
    });
    await res.body?.cancel();
    const ms = Math.round(performance.now() - started);
    const data = { url: target.url, status: res.status, ms };
    if (res.status >= 500) {
      return { ...base, status: "warn", detail: `${url.host} answered HTTP ${res.status}`, data };
    }
    return { ...base, status: "ok", detail: `${url.host} reachable (HTTP ${res.status}, ${ms} ms)`, data };
  } catch (e) {
    const err = e;
    const timedOut = err.name === "TimeoutError" || err.name === "AbortError";
    const why = timedOut ? `no answer within ${timeoutMs} ms` : err.cause?.code ?? err.cause?.message ?? err.message;
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
import { execFile } from "node:child_process";
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
    execFile(
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
import { execFile as execFile2 } from "node:child_process";
function runText(cmd, args, timeoutMs, env) {
  return new Promise((resolve) => {
    execFile2(
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
  const version2 = /uv (\d+\.\d+\.\d+\S*)/.exec(r.out)?.[1];
  if (!r.ok || !version2) {
    return {
      group: "uv",
      name: "uv",
      status: "fail",
      detail: `${uv} does not run: ${r.err || r.out}`,
      data: { path: uv }
    };
  }
  const data = { path: uv, version: version2 };
  if (o.expectedVersion && o.expectedVersion !== version2) {
    return {
      group: "uv",
      name: "uv",
      status: "warn",
      detail: `uv ${version2} at ${uv}; the configuration pins ${o.expectedVersion} (setup installs that one privately).`,
      data
    };
  }
  return { group: "uv", name: "uv", status: "ok", detail: `uv ${version2} at ${uv}`, data };
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
init_options();
import path39 from "node:path";
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
  return path39.resolve(ctx.baseDir, s);
};
var dir = (raw, ctx) => path39.resolve(ctx.baseDir, text2(raw));
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
var version = (raw) => {
  const s = text2(raw);
  if (!/^\d+\.\d+\.\d+$/.test(s))
    throw new InvalidValue(`"${s}" is not a uv version like ${DEFAULT_UV_VERSION}`);
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
    parse: version,
    fallback: () => DEFAULT_UV_VERSION,
    describe: "uv version"
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
    fallback: (o) => path39.join(o.root, "tools"),
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
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import path40 from "node:path";
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
    const file2 = path40.resolve(cwd, named);
    if (!existsSync3(file2)) {
      throw new ConfigurationError(`Config file ${file2} does not exist.`, {
        key: "config",
        source: explicit ? "flag --config" : "env PYEMBED_CONFIG",
        requested: file2,
        hint: "Point --config / PYEMBED_CONFIG at an existing JSON file, or unset it."
      });
    }
    return file2;
  }
  return CONFIG_FILE_NAMES.map((n) => path40.join(cwd, n)).find((f) => existsSync3(f));
}
function readConfigFile(file2) {
  let data;
  try {
    data = JSON.parse(readFileSync3(file2, "utf8"));
  } catch (e) {
    throw new ConfigurationError(`Config file ${file2} is not valid JSON: ${e.message}`, {
      source: `config file ${file2}`,
      requested: file2,
      hint: "Fix the JSON syntax or remove the file."
    });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigurationError(`Config file ${file2} must hold a JSON object.`, {
      source: `config file ${file2}`,
      requested: file2
    });
  }
  const out = /* @__PURE__ */ new Map();
  for (const [name, value] of Object.entries(data)) {
    if (name === "$schema") continue;
    const spec = KEY_BY_NAME.get(name) ?? KEY_BY_NAME.get(flagAttribute(`--${name}`));
    if (!spec) {
      throw new ConfigurationError(`Unknown key "${name}" in config file ${file2}.`, {
        key: name,
        source: `config file ${file2}`,
        available: KEYS.map((k) => k.key)
      });
    }
    if (value !== null && value !== void 0) out.set(spec, value);
  }
  return out;
}
function loadConfig(input = {}) {
  const env = input.env ?? process.env;
  const cwd = path40.resolve(input.cwd ?? process.cwd());
  const file2 = findConfigFile(cwd, env, input.configFile);
  const fileValues = file2 ? readConfigFile(file2) : /* @__PURE__ */ new Map();
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
      source = { kind: "file", name: file2 };
      baseDir = path40.dirname(file2);
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
  return { options, sources, file: file2 };
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
import { performance as performance2 } from "node:perf_hooks";

// src/core/setup/environment.ts
import { promises as fs32 } from "node:fs";
import path41 from "node:path";
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
  return { requested: requirements.length + (pyproject ? 1 : 0) + specs.length };
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
  let siteDirs;
  if (process.platform === "win32") siteDirs = [path41.join(venvDir, "Lib", "site-packages")];
  else {
    const lib = path41.join(venvDir, "lib");
    const entries2 = await fs32.readdir(lib).catch(() => []);
    siteDirs = entries2.filter((e) => e.startsWith("python")).map((e) => path41.join(lib, e, "site-packages"));
  }
  if (siteDirs.length !== 1) return void 0;
  let entries;
  try {
    entries = await fs32.readdir(siteDirs[0]);
  } catch {
    return void 0;
  }
  if (entries.some((e) => e.endsWith(".egg-info") || e.endsWith(".egg-link"))) return void 0;
  const names = await Promise.all(
    entries.filter((e) => e.endsWith(".dist-info")).map(async (e) => {
      const meta = await fs32.readFile(path41.join(siteDirs[0], e, "METADATA"), "utf8").catch(() => "");
      const headers = meta.split(/\r?\n\r?\n/, 1)[0];
      return /^Name:[ \t]*(\S+)/m.exec(headers)?.[1];
    })
  );
  if (names.some((n) => n === void 0)) return void 0;
  return names.sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
}

// src/core/setup/phases.ts
init_catalog();
import path44 from "node:path";
init_layout2();

// src/core/packages/project-sync.ts
init_errors();
init_layout2();
import { promises as fs33 } from "node:fs";
import path42 from "node:path";
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
  const file2 = path42.join(configDir, "uv", "uv.toml");
  await fs33.mkdir(path42.dirname(file2), { recursive: true });
  await fs33.writeFile(file2, "", { flag: "a" });
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
      hint: stale ? `Re-lock with \`uv lock\` in ${path42.dirname(plan.lockFile)} and commit uv.lock (or use lock: frozen to install it unchecked).` : "Check the lock and the index; uv said why above."
    }
  );
}

// src/core/setup/uv.ts
init_errors();
init_platform();
import { existsSync as existsSync4 } from "node:fs";
import path43 from "node:path";
import { pathToFileURL as pathToFileURL4 } from "node:url";
init_triple();
var isRemote = (base) => /^https?:/i.test(base);
async function ensurePrivateUv(o) {
  let base = o.downloadBaseUrl;
  if (base && !/^[a-z][a-z0-9+.-]*:/i.test(base)) base = pathToFileURL4(path43.resolve(base)).href;
  if (o.offline && !o.uvPath && (!base || isRemote(base))) {
    const version2 = o.version ?? DEFAULT_UV_VERSION;
    const asset = uvAsset(hostPlatform());
    const exe = path43.join(uvInstallDir(o.toolsDir, version2, asset), asset.exe);
    if (!existsSync4(exe)) {
      throw new UvNotFoundError(
        `uv ${version2} is not installed in ${o.toolsDir} and offline mode forbids downloading it.`,
        {
          requested: version2,
          hint: "Run once online, pass a uv binary (--uv-path), or point --uv-download-url at a local directory of uv releases."
        }
      );
    }
  }
  return ensureUv({
    version: o.version,
    uvPath: o.uvPath,
    downloadBaseUrl: base,
    toolsDir: o.toolsDir,
    token: o.token,
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
  const ensured = await ensurePrivateUv({ ...plan.uv.install, logger: ctx.logger, signal: ctx.signal });
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
  return { path: dir2, binDir: venvBinDir(dir2), pythonPath: venvPython(dir2), created };
}
async function installIntoVenv(plan, venvDir, uv, ctx) {
  const { packages, config } = plan;
  const py = venvPython(venvDir);
  const project = packages.project;
  if (project) {
    ctx.logger.info(`Installing ${project.lockFile} (uv sync --${project.mode}) ...`);
    const configDir = path44.join(config.toolsDir, "uv-config");
    await syncProject(project, uv, venvDir, { configDir, signal: ctx.signal });
  }
  let requested = project ? 1 : 0;
  if (hasFreshPackages(packages)) {
    requested += (await installPackages(uv, py, packages, { ...ctx, cwd: config.cwd })).requested;
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
  return { installed: names.length, requested, names, ...lock ? { lock } : {} };
}
async function exportInstallation(plan, dest, installed, build, ctx) {
  const written = await plan.python.installer.export(installed, build, path44.resolve(dest), ctx);
  ctx.logger.info(`Exported to ${written}`);
  return written;
}

// src/core/setup/plan.ts
import { promises as fs35 } from "node:fs";
import path49 from "node:path";

// src/core/catalog/from-config.ts
init_catalog();
import path45 from "node:path";
function catalogOptions(o) {
  return {
    source: o.offline ? "snapshot" : o.catalogSource,
    ndjsonUrl: o.ndjsonUrl,
    apiUrl: o.githubApiUrl,
    token: o.githubToken,
    pbsRepo: o.pbsRepo,
    cacheDir: path45.join(o.root, ".catalog")
  };
}
function catalogFromConfig(o, logger) {
  return createCatalog({ ...catalogOptions(o), logger });
}

// src/core/setup/plan.ts
init_options();
init_errors();

// src/core/packages/project-plan.ts
init_errors();
init_fs();
import { promises as fs34 } from "node:fs";
import path46 from "node:path";
import { parse as parseToml2 } from "smol-toml";
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
async function readToml(file2, key, hint) {
  const text3 = await fs34.readFile(file2, "utf8");
  try {
    return parseToml2(text3);
  } catch (e) {
    const why = e.message.split("\n")[0];
    throw new RequirementsFileError(`${file2} is not valid TOML: ${why}`, { key, requested: file2, hint });
  }
}
async function findLock(dir2) {
  if (await isFile(path46.join(dir2, "uv.lock"))) return path46.join(dir2, "uv.lock");
  for (let d = path46.dirname(dir2); path46.dirname(d) !== d; d = path46.dirname(d)) {
    const text3 = await fs34.readFile(path46.join(d, "pyproject.toml"), "utf8").catch(() => "");
    if (/^\s*\[tool\.uv\.workspace\]/m.test(text3)) {
      return await isFile(path46.join(d, "uv.lock")) ? path46.join(d, "uv.lock") : void 0;
    }
  }
  return void 0;
}
async function planProject(projectPath2, request, indexes) {
  const mode = checkLockMode(request.lock);
  const dir2 = await isFile(projectPath2) ? path46.dirname(projectPath2) : projectPath2;
  const pyprojectFile = path46.join(dir2, "pyproject.toml");
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
  const relock = `Re-lock with \`uv lock\` in ${path46.dirname(lockFile)} and commit uv.lock, or use lock: ignore.`;
  const lock = await readToml(lockFile, "lock", relock);
  const pyproject = await readToml(pyprojectFile, "pyproject", "Fix the TOML syntax of pyproject.toml.");
  const member = request.workspacePackage ? await memberProject(lock, path46.dirname(lockFile), request.workspacePackage) : pyproject;
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
  const dir2 = await isFile(projectPath2) ? path46.dirname(projectPath2) : projectPath2;
  const file2 = path46.join(dir2, "pyproject.toml");
  if (!groups.length || !await isFile(file2)) return;
  checkGroups(await readToml(file2, "pyproject", "Fix the TOML syntax of pyproject.toml."), groups);
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
  const file2 = path46.join(root, rel, "pyproject.toml");
  return readToml(file2, "pyproject", "Fix the TOML syntax of the member pyproject.toml.");
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
init_layout2();
init_spec();

// src/core/setup/installer.ts
import path47 from "node:path";
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
      const key = installed.instanceDir ? path47.basename(installed.instanceDir) : build.key;
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
import path48 from "node:path";
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
    const file2 = path48.resolve(o.cwd, o.pythonVersionFile);
    let found;
    try {
      found = await readSpecFile(file2);
    } catch (e) {
      throw new ConfigurationError(`Python version file ${file2} cannot be read: ${e.message}`, {
        key: "pythonVersionFile",
        requested: file2
      });
    }
    if (!found) {
      throw new ConfigurationError(`Python version file ${file2} is missing or names no Python version.`, {
        key: "pythonVersionFile",
        requested: file2,
        hint: "Point it at a .python-version, .tool-versions or pyproject.toml (requires-python) that names a version."
      });
    }
    return found;
  }
  return findSpecFromFiles(o.cwd);
}

// src/core/setup/plan.ts
function isVenvPath(v) {
  return path49.isAbsolute(v) || v.includes("/") || v.includes("\\") || v.startsWith(".");
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
    uv: planUv(options, config),
    venv,
    packages,
    export: planExport(options, python.installer, config.cwd),
    signal: options.signal
  };
}
function planConfig(o) {
  const cwd = path49.resolve(o.cwd ?? process.cwd());
  const root = path49.resolve(cwd, o.root ?? defaultRoot());
  const toolsDir = path49.resolve(cwd, o.toolsDir ?? path49.join(root, "tools"));
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
  if (isVenvPath(venv)) return { kind: "path", dir: path49.resolve(config.cwd, venv), seed };
  const name = validateVenvName(venv);
  return { kind: "named", name, dirWithoutInstance: path49.join(config.toolsDir, "venvs", name), seed };
}
async function planPackages(o, config) {
  const specs = (o.packages ?? []).map((s) => parsePackageSpec(s) && s.trim());
  const extras = (o.extras ?? []).map((e) => validateExtraName("extra", e));
  for (const url of [config.indexUrl, ...config.extraIndexUrls ?? []]) if (url) checkIndexUrl(url);
  const files = (list2, key) => Promise.all((list2 ?? []).map((f) => readableFile(path49.resolve(config.cwd, f), key)));
  checkLockMode(o.lock);
  const requirements = await files(o.requirements, "requirements");
  const constraints = await files(o.constraints, "constraints");
  const pyproject = o.pyproject ? await projectPath(path49.resolve(config.cwd, o.pyproject)) : void 0;
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
var isPylock = (file2) => /^pylock(\.[^./\\]+)?\.toml$/.test(path49.basename(file2));
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
async function readableFile(file2, key) {
  const kind = key === "constraints" ? "Constraints" : "Requirements";
  let why;
  try {
    const handle = await fs35.open(file2, "r");
    const isFile2 = (await handle.stat()).isFile();
    await handle.close();
    if (isFile2) return file2;
    why = "it is not a file";
  } catch (e) {
    const code = e.code;
    why = code === "ENOENT" ? "it does not exist" : code === "EACCES" ? "permission denied" : e.message;
  }
  throw new RequirementsFileError(`${kind} file ${file2} cannot be read: ${why}.`, {
    key,
    requested: file2,
    hint: "Check the path (relative paths are resolved against the working directory) and its permissions."
  });
}
async function projectPath(p) {
  const st = await fs35.stat(p).catch(() => void 0);
  const dir2 = st?.isFile() ? path49.dirname(p) : p;
  const markers = ["pyproject.toml", "setup.py", "setup.cfg"].map((m) => path49.join(dir2, m));
  const found = st && await Promise.all(
    markers.map(
      (m) => fs35.access(m).then(
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
      freethreaded: o.freethreaded
    },
    catalog: catalogOptions(config),
    installer: o.installer ?? managerInstaller(config)
  };
}
function planUv(o, config) {
  return {
    install: {
      version: config.uvVersion,
      uvPath: config.uvPath,
      downloadBaseUrl: config.uvDownloadUrl,
      toolsDir: config.toolsDir,
      token: config.githubToken,
      allowMissingChecksum: config.allowMissingChecksum,
      offline: config.offline
    },
    cacheDir: o.uvCacheDir
  };
}
function planExport(o, installer, cwd) {
  if (!o.export) return void 0;
  const dest = path49.resolve(cwd, o.export);
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
var ORDER = ["resolve", "install", "uv", "venv", "packages", "export"];
async function runSetup(options, hooks = {}) {
  return runPlan(await planSetup(options), hooks);
}
async function runPlan(plan, hooks = {}) {
  const started = performance2.now();
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
  result.totalMs = Math.round(performance2.now() - started);
  return result;
}
function timed(phases, hooks) {
  return async (name, fn) => {
    const t0 = performance2.now();
    const out = await fn();
    const ms = Math.round((performance2.now() - t0) * 10) / 10;
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
