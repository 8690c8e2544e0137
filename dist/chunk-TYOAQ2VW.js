import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  readPyvenvCfg,
  setPyvenvCfgValue,
  venvBinDir
} from "./chunk-UPWPGVMT.js";
import {
  parse
} from "./chunk-GHB6HO2A.js";
import {
  compareVersionText,
  compareVersions,
  formatVersion,
  parseSpecifiers,
  parseVersion,
  specifiersContain,
  specifiersMentionPrerelease
} from "./chunk-MPT6G2NF.js";
import {
  hostPlatform
} from "./chunk-AQOLRART.js";
import {
  exists,
  isDir,
  makeDirs,
  writeFileAtomic
} from "./chunk-VEZD3A3U.js";
import {
  ChecksumMismatchError,
  ConfigurationError,
  DownloadError,
  InvalidPythonVersionError,
  PlatformNotSupportedError,
  PythonEmbeddedError,
  PythonInstallationError,
  RateLimitError,
  isWindowsHost
} from "./chunk-Q6UA7ENB.js";
import {
  garbageMeter
} from "./chunk-2CTFYGFC.js";
import {
  sha256
} from "./chunk-SZH64BZ5.js";

// src/core/log.ts
var silentLogger = { debug() {
}, info() {
}, warn() {
}, error() {
} };
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

// src/core/versions/implementation.ts
var NAMES = [
  ["graalpy", "graalpy"],
  ["pypy", "pypy"],
  ["pp", "pypy"],
  ["gp", "graalpy"]
];
var isGraalPyRelease = (text2) => /^(?:[2-9]\d)(?:\.|$)/.test(text2);
var RELEASE = String.raw`\d+(?:\.\d+)*(?:\.x)?`;
var releasePrefix = (text2) => text2.replace(/\.x$/i, "");
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

// src/core/versions/spec.ts
var ACCEPTED_FORMS = [
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
function invalid(text2, why) {
  const reason = why ? `: ${why}` : "";
  return new InvalidPythonVersionError(`Invalid Python version request "${text2}"${reason}.`, {
    requested: text2,
    hint: `Accepted forms: ${ACCEPTED_FORMS.join(", ")}.`
  });
}
var VARIANTS = {
  t: "freethreaded",
  freethreaded: "freethreaded",
  d: "debug",
  debug: "debug",
  td: "freethreaded+debug",
  "freethreaded+debug": "freethreaded+debug",
  gil: "gil",
  "gil+debug": "gil+debug"
};
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
function parseVersionRequest(text2) {
  if (/^[a-z]*$/i.test(text2)) return void 0;
  const [body, variant] = splitVariant(text2);
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
  const [major, minor, patch] = release;
  switch (release.length) {
    case 1:
      return pre ? void 0 : { version: { kind: "major", major }, variant };
    case 2:
      return {
        version: pre ? { kind: "minor-pre", major, minor, pre } : { kind: "minor", major, minor },
        variant
      };
    case 3:
      if (pre) return { version: { kind: "patch-pre", major, minor, patch, pre }, variant };
      return { version: { kind: "patch", major, minor, patch }, variant };
    default:
      return void 0;
  }
}
var OS_ALIASES = {
  linux: "linux",
  darwin: "darwin",
  macos: "darwin",
  windows: "windows"
};
var ARCH_ALIASES = {
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
var LIBCS = /* @__PURE__ */ new Set(["gnu", "musl", "gnueabi", "gnueabihf", "musleabihf", "none"]);
function parseArch(token) {
  const m = /^([a-z0-9_]+?)(?:_(v[234]))?$/.exec(token);
  if (!m) return void 0;
  const arch = ARCH_ALIASES[m[1]];
  if (!arch || m[2] && arch !== "x86_64") return void 0;
  return { arch, archVariant: m[2] };
}
function parseKey(text2) {
  const tokens = text2.split("-");
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
    const os = OS_ALIASES[tokens[i]];
    if (os) {
      platform.os = os;
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
function parseImplementationVersion(text2) {
  for (const prefix of ["cpython", "python", "cp"]) {
    if (!text2.startsWith(prefix)) continue;
    let rest = text2.slice(prefix.length);
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
    if (at) throw invalid(text2);
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
  const text2 = input.trim();
  const lower = text2.toLowerCase();
  if (lower.length === 0) throw invalid(input, "empty");
  if (["any", "default", "latest", "cpython", "python", "cp", "stable"].includes(lower)) {
    return { text: text2, form: "default", implementation: "cpython", version: { kind: "any" }, variant: "default" };
  }
  if (lower.startsWith("@")) throw invalid(text2);
  const dev = /^(\d+\.\d+)-dev$/.exec(lower);
  if (dev) {
    const parsed = parseVersionRequest(dev[1]);
    if (parsed) return { text: text2, form: "version", implementation: "cpython", ...parsed, prereleases: true };
  }
  const other = parseImplementationRequest(lower, parseVersionRequest);
  if (other === "invalid") throw invalid(text2);
  if (other) return checkVariant({ text: text2, form: "implementation", ...other });
  const version = parseVersionRequest(lower);
  if (version) return checkVariant({ text: text2, form: "version", implementation: "cpython", ...version });
  const impl = parseImplementationVersion(lower);
  if (impl) return checkVariant({ text: text2, ...impl });
  const key = parseKey(lower);
  if (key) return checkVariant({ text: text2, ...key });
  throw invalid(text2);
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

// src/core/versions/match.ts
function versionMatches(req, v) {
  const [major = 0, minor = 0, patch = 0] = v.release;
  switch (req.kind) {
    case "any":
      return true;
    case "major":
      return major === req.major;
    case "minor":
      return major === req.major && minor === req.minor;
    case "patch":
      return major === req.major && minor === req.minor && patch === req.patch && !v.pre;
    case "minor-pre":
      return major === req.major && minor === req.minor && patch === 0 && v.pre?.kind === req.pre.kind && v.pre.n === req.pre.n;
    case "patch-pre":
      return major === req.major && minor === req.minor && patch === req.patch && v.pre?.kind === req.pre.kind && v.pre.n === req.pre.n;
    case "range":
      return specifiersContain(req.specifiers, v);
  }
}

// src/core/catalog/resolve.ts
var STRIPPED_SINCE = "20240726";
function canonicalArch(arch) {
  return arch === "ppc64le" || arch === "ppc64" ? "powerpc64le" : arch;
}
var familyKey = (p) => `${p.os}-${canonicalArch(p.arch)}-${p.libc}`;
var ARCH_LEVEL = (v) => v ? Number(v.slice(1)) : 1;
var implementationOf = (b) => b.implementation ?? "cpython";
var sameImplementation = (req, b) => implementationOf(b) === req.implementation && releaseMatches(b.build, req.release);
function compareRowsDesc(a, b) {
  return -compareVersions(a.v, b.v) || (a.b.build < b.b.build ? 1 : a.b.build > b.b.build ? -1 : 0);
}
function targetPlatform(req, given) {
  const base = given ?? hostPlatform();
  const p = req?.platform ?? {};
  const os = p.os ?? base.os;
  const arch = canonicalArch(p.arch ?? base.arch);
  let libc = p.libc ?? (os === base.os ? base.libc : os === "linux" ? "gnu" : "none");
  if (os === "linux" && arch === "armv7" && (libc === "gnu" || libc === "musl")) libc = `${libc}eabihf`;
  const archVariant = p.arch ? p.archVariant : base.archVariant;
  return { os, arch, archVariant, libc };
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
var FLAVOR_ORDER = ["install_only_stripped", "install_only", "full"];
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
    let list = map.get(k);
    if (!list) map.set(k, list = []);
    list.push({ b, v });
  }
  for (const list of map.values()) list.sort(compareRowsDesc);
  return map;
}
var BuildIndex = class _BuildIndex {
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
function nearestVersions(rows, request) {
  const unique = /* @__PURE__ */ new Map();
  for (const r of rows) if (!unique.has(r.b.version)) unique.set(r.b.version, r.v);
  const target = requestedMinor(request);
  const entries = [...unique.entries()];
  const distance = (v) => target ? Math.abs((v.release[0] - target[0]) * 100 + (v.release[1] ?? 0) - target[1]) : 0;
  entries.sort((a, b) => distance(a[1]) - distance(b[1]) || -compareVersions(a[1], b[1]));
  return entries.slice(0, 10).map(([t]) => t);
}
function nearestBuilds(builds, wanted) {
  const n = Number(wanted) || 0;
  return [...builds].sort((a, b) => Math.abs(Number(a) - n) - Math.abs(Number(b) - n) || (a < b ? 1 : -1)).slice(0, 10);
}

// src/core/catalog/asset-name.ts
var VERSION = String.raw`(\d+)\.(\d+)\.(\d+)((?:a|b|rc)\d+)?`;
var TRIPLE = String.raw`((?:x86_64(?:_v[234])?|aarch64|armv7|i686|ppc64le|s390x|riscv64)-(?:unknown-linux-(?:gnueabihf|gnueabi|musleabihf|gnu|musl)|apple-darwin|pc-windows-msvc))`;
var MODERN = new RegExp(
  String.raw`^cpython-${VERSION}\+(\d{8})-${TRIPLE}-(?:(.+)-)?(install_only_stripped|install_only|full)\.(tar\.gz|tar\.zst)$`
);
var LEGACY = new RegExp(String.raw`^cpython-${VERSION}-${TRIPLE}-(.+)-(\d{8})T\d{4}\.(tar\.zst|tar\.gz)$`);
var OLDEST = new RegExp(
  String.raw`^cpython-${VERSION}-(linux64-musl|linux64|macos|windows-amd64|windows-x86)(?:-(.+?))?-(\d{8})T\d{4}\.(tar\.zst|tar\.gz)$`
);
var OLDEST_TRIPLES = {
  linux64: "x86_64-unknown-linux-gnu",
  "linux64-musl": "x86_64-unknown-linux-musl",
  macos: "x86_64-apple-darwin",
  "windows-amd64": "x86_64-pc-windows-msvc",
  "windows-x86": "i686-pc-windows-msvc"
};
var ARCH_FROM_TRIPLE = { ppc64le: "powerpc64le" };
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
  const [major, minor, patch] = version.slice(0, 3).map(Number);
  const prerelease = version[3] || void 0;
  return {
    assetName,
    version: `${major}.${minor}.${patch}${prerelease ?? ""}`,
    major,
    minor,
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

// src/core/catalog/snapshot-format.ts
function buildKey(b) {
  const p = b.platform;
  const arch = p.arch + (p.archVariant ? `_${p.archVariant}` : "");
  return `cpython-${b.version}${b.variant ? `+${b.variant}` : ""}-${p.os}-${arch}-${p.libc}`;
}
function assetUrl(urlBase, build, assetName) {
  return `${urlBase}/${build}/${assetName.replace(/\+/g, "%2B")}`;
}
var b64ToHex = (b64) => Buffer.from(b64, "base64").toString("hex");
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
var OTHER_KEY = /^(pypy|graalpy)-((\d+)\.(\d+)\.(\d+)((?:a|b|rc)\d+)?)-(linux|darwin|windows)-([a-z0-9_]+)-([a-z]+)$/;
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
var SnapshotReader = class {
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

// src/core/catalog/sources/etag-store.ts
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
var EtagStore = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  memory = /* @__PURE__ */ new Map();
  file(url) {
    if (!this.dir) return void 0;
    return path.join(this.dir, "http", `${sha256().update(url).digest("hex")}.json`);
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
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(stored));
  }
};

// src/core/catalog/sources/github.ts
var DEFAULT_PBS_REPO = "astral-sh/python-build-standalone";
var DEFAULT_API_URL = "https://api.github.com";
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
function parseSha256Sums(text2) {
  const out = /* @__PURE__ */ new Map();
  for (const line of text2.split(/\r?\n/)) {
    const m = /^([0-9a-f]{64})\s+\*?(.+?)\s*$/i.exec(line.trim());
    if (m) out.set(decodeURIComponent(m[2]), m[1].toLowerCase());
  }
  return out;
}
var GitHubReleases = class {
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
    const [owner, repo] = full.split("/");
    if (!owner || !repo) throw new TypeError(`the repository must be "owner/repo", got "${full}"`);
    this.owner = owner;
    this.repo = repo;
    this.apiUrl = (o.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, "");
    this.log = o.logger ?? silentLogger;
    this.fetchImpl = o.fetch ?? globalThis.fetch;
    this.pageSize = o.pageSize ?? 30;
    this.etags = new EtagStore(o.cacheDir);
    this.token = o.token || void 0;
  }
  /** @octokit/rest loads on the first API request: the snapshot path (the default) never needs it. */
  octokit() {
    this.octokitP ??= import("./dist-src-VAISFRRG.js").then(
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
      const text2 = await this.fetchText(companion.browser_download_url);
      const m = text2 && /^([0-9a-f]{64})/i.exec(text2.trim());
      if (m) return { ...build, sha256: m[1].toLowerCase() };
    }
    return build;
  }
};

// src/core/catalog/sources/ndjson.ts
var DEFAULT_NDJSON_URL = "https://raw.githubusercontent.com/astral-sh/versions/main/v1/python-build-standalone.ndjson";
function buildsFromNdjson(text2) {
  const out = [];
  for (const raw of text2.split(/\r?\n/)) {
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
  const text2 = await res.text();
  const etag = res.headers.get("etag");
  if (etag) await store.put(url, etag, text2);
  return buildsFromNdjson(text2);
}

// src/core/catalog/snapshot.json
var snapshot_default = { schema: 2, origin: { source: "astral-sh/uv crates/uv-python/download-metadata.json (via data/pbs-download-metadata.json)", sourceSha256: "2c57cdaa7cf5ed6f84cb27ce4c07eaa1f2703c7ec1933ae85aab58ca7dcc6db4", newestBuild: "20260814", generatedAt: "2026-12-04" }, urlBase: "https://github.com/astral-sh/python-build-standalone/releases/download", count: 5525, families: { "darwin-aarch64-none": '{"strings":["cpython-{v}+{b}-aarch64-apple-darwin-install_only_stripped.tar.gz","3.10.21","20260814","yqwqBFkFKj9ihX/imAmo/EqdqHylrIYBIMfOcQ/EOEI","cpython-{v}+{b}-aarch64-apple-darwin-debug-full.tar.zst","XLcjeRuWnRWE6y79uNNuyA/zO0tHE0AHhZuan4WgLf8","3.11.16","o5Tyv3ikiZD8iOfFWGx+G+Xmnwyb0CeIMhG2i3aOEcU","Iq1rohJHAg9o+ngaQ21ky+jpd4MRMOJwjEDvZUq63V4","3.12.14","3Vt2qxFFGkpDZ8F8YdlE3e1WtCU5awfxApIqfr731V8","aCGk0y8aURw/VndTS0LtF4R5iELE/VmN3d42m4T79YY","3.13.15","bUcvxJpNleWCFKmSxMkqpz/iqTWDegGpo2urC+xtcvM","/ahswr0E9AotV5yC79R24m7l9jtrTNOT6rpHPsj6Px0","cpython-{v}+{b}-aarch64-apple-darwin-freethreaded-install_only_stripped.tar.gz","B+fZomQHYk6Sl+Nn5y300CWSnvQJdsyjuNibnpqNLGA","cpython-{v}+{b}-aarch64-apple-darwin-freethreaded+debug-full.tar.zst","+Iqa90lm/GC73fuUMFPCVlTo40GsYBxEJoaqoJAM6kU","3.14.7","QjcXxIW57ngiWQudlzwbX7LNoP5DRIq4Kj1E+CO9Mpw","2ZB5eToRAKo1ez6MmNflRgOQty+XOmR77DmJLHhRIdg","NnBdjOm9xAVVIGiAL+Rjgb8NcKqg3F7efJXFCH2Fd6c","qUjZKuL72OZ9WLXoMR/k/Vk25GRn84Nm4fM10B905yI","3.15.0rc1","rgHeiba6xQ5gxKnvOg0FRw0OXkuAE4zoXYYeTWO8OMY","xgO4ThwKExcGRNqL9uJnxBcuJgKM6X5NoAF8f0foiy4","ci7DkKe/3S/vbi9hyxLQJyhbEieQ8ahxWRKTFXTuK0g","gZ8j6HjkMzCXuQp16OQ5r2Ntz7UlObZ5OL+jDgxa0W4","3.10.20","20260807","qSzjnIsbcdHolG9b/A0WvLEBHhRNdhjZhGiLE261muI","lfomRQ03eJjbHcxqx7nfcgV1SrdrTIHU1c13oCiR8hw","3.11.15","drJ+FaW+lTm4MPxpjiZG0AG4SmZQDutSKM7kaQnW8s8","FPNqOCJBk57BI6T4K70lPmCPAWWDIA1wN8TJjZvxmJQ","3.12.13","JbqpfGWz8KqQ4hExtPnoCu+ImegUQAbbip0sGrnoB+M","2PRBGNPlCUBdwtJdLl81iLkCOyV5LFiIdtsKAdvOkgM","3.13.14","20260805","8OY0ZU4da1XPgUGetinK949QI00B7eMY945QkbraYIU","2xgfKK/z0r2v8e+PFIELU/MCMA+9FcCA5p75hhqek8Q","p8ipBEngDNLv0Wr93ZmZUk40pTv4bjCo3pNiGP1JUbE","r7N++sl5TpdlMCx5LzSMD9nar2Cw3q8hoHKrH+YwOh4","3.14.6","20260804","4NTlBmrvMkjCLgigdUa/1e3qypBMkfrcKWvnIJmOwuw","Fiutxkt1P8TIlwohF7el9Ku4NDZCAxVxkA8WxbgkIo4","zqSDTC+ro/0gw2hTfjVyos6Ydzw+Vu2WzOBCaUnf5/M","T2ScdfDpYWJHi+a9wuWmCC6PTMEL87ibr3F/8xhIWi8","3.15.0b4","20260728","njKWz6NnrttcClwW4SCiuzncOyPXEPXQ/vlRXdYbpO4","GKD9wxfGp1Jz+ozlytDmMCc7VLdtO9dUj6sclLzSfSQ","mRFxpSUWdyPaQhun7zcNrqo+WORf7SUPtR54YC9/79I","GDVJ0GqhOrISYLSh/xYE7f+RxPj1hxv9n+mSNeAVYdk","3.15.0b3","20260623","gmobb67/DKYlh8lTP6FO39LlBaPxSFwzvfGZpS6F3eE","R+4RshL/C7miKXH70wHfAaLwHZKdVrfoxFXEGxkjm0M","CJpTqK9AwKO+dhleUux64zZo795zJrmGGhL8sdIju1Q","sSfgaYHraqRdMyo2rJT5ikjHY9U3rJbR3NdzyCeN45A","3.15.0b2","20260610","3HkmqWbh+iWJcrnqwzmxm/e/6P+h5mMnZrJUt+NROVU","/VMKnXWA+xB6W42WFASRBJP8QB5mxP1T2Yl+AqTKb9s","J/4LU9izbRFp9zJumvBAPcMm6WWftRL4c53BwG563/A","wnQ2ohbBB9i8BwQCJ2UhhhPIRqn067rPp0hEzVXSVj4","3.13.13","20260602","uSlkfh6+JDvYtmxzHhArl9173MCBJ/A7eyKZesRmdAM","J0hvRL/RGgl6fN0ogu0Pb0tYc1NRiKbmMVfEkXj8G0s","/HvYGzy/WYOzysWP3QKw8ziFeWUsS3xR9AIiDNjxWlc","TwEN2nTsB6WsIattVsKgUFRUaJc0N+zCeCjs7vI3Ie8","3.14.5","OgNzzDn+/UlHVO9VUmfyRccgzduqq/Y6fJpCafHlZTI","Lg0f9GwuL5CA790gHrAvrzoxnEEdCRvUQc5UC3TVvQw","8P1Zf1KzcKmGEcSyllw8rqjcPZ/z+nWsc39aX4C9EYI","vd8KjG+ivI4LYF3n9g0vuvL9oPC2Nz97vVVEqrALctw","3.15.0b1","20260510","UFMwaCJhtVLcsTxkjdhHqmSd2SoOFMeCm/3MpsCH01I","L/RNyBDE0Zz4Z+8mkEo3Te7U3ovKIZbxP3Aj4SQjGws","J4Bus5myH52Ob8x0bey0Co1KnzpglaygdR1Aj5BLNhw","XMwcp1YXRumaHGaArEvXU7HZr+8EqQFTMr62StFG/0s","3.14.5rc1","20260508","p3sHBMLx+JEbV5edtxJNS8lvKQml/uyMHEdCUi/3Y0w","bXRHGsZSEObZVX95xOO+nK633sVJNBywUg1UyLkmG9Y","cHS/IsyO4N+yLqail/kRU8TkODiqzFsSh11o8M3VwpU","sr+a6p8wZ5Cont3qlJrobATFLzx2wF1zMQMwaiWlwec","3.15.0a8","20260504","SCWZfuHX7zUanUazElTY37pON5DOAnN0R+Srz7KRjJQ","yJYwVCG0ORJuhbARFZkSARGIk+CBQBKtP5RU0aby5gs","0UcAJgWDKhmCdkGJ7J2txGYZbf7nk7rBCWl+TGfH5GY","6eNMOiUEoeU61WBI15ibhSK9UEncmhfN063TgLwZf84","3.14.4","20260414","bzBPTsMIVGEfIzFleDAiNftRfNlwUZ7N0RqMTbh/2EM","CoNGxbN2z7wSRS30qGF5e+n4hkcI8GLUSKzac92yvac","OGX2Aee9Ct3NAza/9qrJBXWRt6XAgSF4RgPcFrvsZDM","/igLPX0oxMJiSsHPvud0ZkWdYFqJdub0u48zzazBuQ0","3.13.12","20260325","BTtQYqcRx6B/QC0umkPGVWbpt1BHihDa2Qk9rRuBT+U","n48sMoCGGhz7cnmUby+EE4imhbp7R19o2ZA7nj1HMyA","rzkJYvf7OHyY0S3gtE2izjw0DkxbF1kqMJUOibVCD8Q","Y3tz5gmgCxSO4fJ6i1l6uHcnKxwrxqiUYUOK+bwdq8I","3.14.3","B67T4rgjo+GshknjQd04rIf1IMe4R7nW52sKCQ8qjgc","vbPsRIkbgBwUmu1+ATo0lGh+5h1waNtKb5+Dcmk84os","AGlV+MKrEw6ZPEa0Hzr8mNYqF80DGT0Q/htleT0t/Z4","ciRz8XxA0VqolFQEN1XjhB1Uj8hYBETr4gaJwvOHTWE","3.15.0a7","IREWZjcz6fWt4WD6wZ40ckJL8UhKY61EXJigeUd2HxU","9wGiEa5PuSVMiPPfueWhYS6LEgAfChcl2yR7+rvAfnU","TFBv7MruLYq4H2g/3XhzzSctEuu+B5GmI73iCn2gieg","xF2bh9XoHEfvA9yOYMoIvaGTvYWD6g5OR3HP65xNc2g","3.15.0a6","20260303","0NwCFBsdO7DyoRTo/1mMeUxEVbgbf5kLwq6+Sd5zYrw","MfgOxj5BMjJtzPd+YaJ67kjrtBzCBbIIeQzP2fFcn30","cpython-{v}+{b}-aarch64-apple-darwin-freethreaded+pgo+lto-full.tar.zst","wslnmlBclKu24Ny8sanqIUj7yrW0Q+nI76w4jlkSM6g","MsBsudtu78t/7PtUQOa/IUlUF+S6nu21XKyRhPybGNA","3.10.19","20260211","5mNLBq+irnnmZM80F02tXTGzARf5CgHVM94/Tp22l04","H6PGsoLeUupTtaXCzCkEHOdav4w6WNSTkjUGG1LmMuE","3.11.14","1fEPb9xvSvtdJRV47bidjA7Oj59W44sAGeKpTo8PSFI","NV9TNqbYsiJz+BoDPMUoXrSEK6xb0kw94L3VnLOWLOA","3.12.12","ImJd6vV1fnwmbPGglskVGga1mLHhRjKi7JmT1Y7F/oQ","VyI0zspfqPiRoYZJdXX8ZhnA1KlqZB+YxemsFT950lY","3.15.0a5","20260203","E0tNAMo6/R7ffAkOR3l/hS91kiW8Mld+1vydG6wQKos","No/6XYLIGLC3lWPogLRJkARMuULbNAX21/qLv/2gdOk","P+0GHLnaCHFpemtqgC2YGs3JETgU9cMejYafq/kRQF8","8LsXAehmHSFV/WzA5kX0UAckNVkRUmBe8Qd8kwUenzU","3.13.11","20260127","cYqHv4TYHLgTVUiMo3vh9mwiUjBL4gkHIQFpSN6W58o","VMqpvGbfLd/kOLBG9fDdhq1Ch342H8y6HODAxVl7dcc","1MSD9W6Hdkbtzk5lKfh9v6tIdKEwUDhJbAa12L6C6Q8","w0HpzwNwhzvbwmSUDpx2jTVnvJY89v8eXrN5Pb7k8E8","3.14.2","L4LtDPkCyKKGOj/FhkkJZFx2Hk4KllJYUMnvj347eec","TRiNxyoegjNTdFVW2ej2REiwqWBjXIRZAvSQ6azHs4Q","wuEWfGpHBntPyDlNV0rPVXSHi4NQHtFTPogDCWu3yfA","58WP/L1pt7fEipABbmGUkkOxxPPNMjD2AgZJvWO5Y2o","3.15.0a4","20260113","8cGLn8RmIkuguwqqkH1XoiA8+tdG1vqN9xpC0c8IxQg","TIVLVEZXer6830rxpCtA2qrGdFUmUQpZLxfFoT9mfYY","aT15+1Z74IpRpbXtzxhRJnSEEb8zJflxiFBDIVNaAdY","h/xf9R8BdWNCk/F85ipBCrdu12SwPT/MGIunanNiZzw","3.15.0a3","20251217","q6Tymogo1KhtZNOANL0wzJr9B3gwJto4bHMz5QW94Ek","qlJj1p+7l4mZ8rEC1MfF4oBtXPqO5kOIoq7OmXVJdTk","00iMOqBdH/p2V1vth46yqLf9JDx4R9ZO5v7pGphaVAQ","Ij1hwMSB56d8zu++fyB1ml6+tyITAvg27fuJOOQl3sg","3.15.0a2","20251209","K+QbHcR2/uqrn+VZByeqOcDSg0rzD+QGkfF74t0upRg","oWLTzwaxZYpuzLqghPIDzQqbRNgo0kUamJ1FoSdNbNQ","WzRIhYDfE98FGi6E5Dz8oqso/demEFLzWYjri0gbiUo","iZhLI6/hNjqb7JQ/EF5ELk9dWS3akF+OwKV7P6AS2mc","3.13.10","20251202","eZo7diQEluRHLdYO0M1Rl+BGN76n+havaMrrmJ+tyzo","jcaCMKR4q3gyGtMD7mEErLi0jAYXVoh1r95NGVErQsY","PJ/ddkR8FUmg07wqcMY/Ha7Jl6sDQgasAmCgMjcWbbs","dSqJ6azcpqJWLncWeHsZ4CGjMfLurncjSotHsYTeWrY","3.14.1","yBH4fBf9lXEv+qQrlns2rv/kZUScMlV1i93zRFBfXZs","154gb+NM9SRYtMrxqarUwoXeA7pz5/s+8FsVd9QV/xY","YfOOlHRJzwDzLwg46BM1j2v2ECXQeXUx5bi4sXXGF/A","L2y0G4r4JeP0AdyyQFPcf41fcSNSpUAPQ1g9cwawQys","3.13.9","20251120","KdOL1fviZ7N87KyZABXGYnlu3PUcL14yHVnsBqGFCBY","gnAaGPL5m4dy/WgKBByqv69e9wJyPMA3u7MpsowljC8","hl4tkRuZRnEcp7d1qwdMFluOyjfY9rnu3jJpuT5IdAs","PRXcRwUzDWtN4XE+XNUobP4OL/jd41HdS+gixr2UIAg","3.14.0","WZXwJOnJXMvIe5u5cVKtHsnvz5124FdM033ZRq++o8Y","hkHSeFmN/UoZD2BCUEHvcZLWMGZ0/iQACGJPYNWDGHc","uuxhb5JKzvTnamiT9VdMl0xbNXGIqdoUfxgzXd/EIzY","oQt6ctHnFQ6sQEi2aKBLncll96RPiSqOqGwiCASYMpA","3.15.0a1","20251031","iC67hrmuUB7db6J4NqkD/DJP0W7pARarDBThqZ6JvSA","NolxGpfTKakTeqHbioCIzhWM1N75n5lM+Nizg2xsiBE","EvGxa+QBcYGtZ5BMr55Z5SW5tdYvSRBQF9g34nuDKVk","DHmV/ZMxW0F0d+GM+FuAVwUmNXLkZgGeYOS9zyhLB5s","3.9.25","HcoON9VrfaPsan0vdcxyot870FdRYGMAk0stxv1wJuo","9sSCk1187YuwaSTVOE3VN9p/vPiBkocYnpG5h1QAO/E","3.9.24","20251028","9/iPcnQEHSS7UE0KbqkG1XgPVQzMe1teEU3zElKRY5U","LOFodXUDCh8hz6uQKtx2b0FdRgkPjVyZB3Dnyhf5QEA","3.13.8","20251010","smuQ6rxgfnVZjo6OoxVF65e3JQVHPewLj94IAlMDgpQ","EeTHDxf5lzjoBSA2mY1yg8NcDYVm5IPW2P9Qe86TIEw","C3qAcWwlV4ANjjEzdEuekTR20lnOoBYN2Fl+WChKWhw","Vc0jcc6HTqQG87la1E3wlf9b+Fu+LGlUf4dQoNdr9YQ","3.10.18","20251007","iX6khY9GL/bMV06eMtNuOOd7NU11jsuW5UClcyQ5x7U","HD61KUBMwF1p2Q6e3rJrQiSDzvB1wP23Tor75wCRpbA","3.11.13","eLxt79wdrFv2dlyPk45oSTg9vtgx6h4tEVdqRoP7How","ZWMdw+wu+0Br3PppZguO1D+lT9J+hmT+JRhppYWqxH0","3.12.11","QH+iQpQqe6XZGJmrxWL8mJf3oDdvjSBgKF6MBWAyPxk","8cJTWQHoWVegnU2YhqEC4O1CIdsOHdE9HcUYzPMdDq0","3.9.23","bpZAL0IVhnhy+CxxxhiQm8CriRJaxt42G4lD9cRp2Ms","V7k1ZFdRAAFxB7cCaF3b1aC2WzTJ/W3HgjdvIpNSBr4","3.13.7","20250918","EPJupfx8TZwBL683KJioAfNLj9dzDGd1diYyJNVoNf4","zRU1UF3jnMXs4PxkVC3Ey/Sha63kQTe1hYJ2KfZcTus","h6pRnZvM1CkcamuB8U7WdBi10UoHmIY/eq56J5c/Oz0","U9MEbAH3Bp7XMUVes+cOXbuoP+5DFaeAkWDBQe8mXho","3.14.0rc3","15CecYKGHL+enHr1NPL9fafP16K4B8nPFk4MTTGXI4w","OhCTJ+IuMYADLlhPJzjfA5wMci4O6/bkPxg43Q5t5yU","BZgw039BTjB07IPbpL8PpVB6LEBaTzKbvnw6QnEYyUA","rMcNue9rb00PkpD7wAJKGJNNtRqtPhUN93mM2a22lfs","3.14.0rc2","20250902","9YvXJuFgJg9cxHAaQjxRh618RELYPxsg8Znjdduj8n8","18BAj+bbtJqnj1PiFfBDoSdD60jNZOplyDz6xUL0q5s","QLjzy6OZGF0P5CbkyI1wC/DYB9+co0I8z4+XliXmYZg","R9UOntLUAbrTdSnabEJKDmwuiN/6395mMVE5EJS04gU","3.13.6","20250814","A7yPK67w88/6H1lxX/51XgQi40i7qBDcxwV2D6W9Ax0","cdZh6IecDvay86N5G77uGV4dQ4vzEgCZW3ZxSxerNl4","9z+Ms3IFlA2bjmn9sgqAmVM7C/4Q8EUMi9vDpzbLGTw","Zen9pnvqlv/SkYE/PFg66Mx+VfXm4QjGGMHgumkAvMk","3.14.0rc1","20250808","YYLckJp4eaxk4iEe2rmW1KDZ7C13VLdRgHBLjYKsrx8","ztUO+Gp0B/xT9X6a19U8uWmxI10dU3Yag99p/syDK8s","1hETS88JDbkg2Bkuwm6JlDPNuuQkdv2S7gfME7XjLR8","YcaRHIQkQmemgF5h0GFcVjGGX7J9zPpvCJ2He8u0x2U","3.13.5","20250723","osJbqhPScbcwdE1+hoTX21SgA9/uta47Cuhq99gdRK4","UU4WjtXypbFIG0R9oflFslAzbZQBkGwDcLz254rtDaY","5oZuqiJiJ/9krAsgDWzaLB78o+8lyZUO4Rcl0i1z//c","nLm27WTblOhk+IdqiRtOBzc+nG6So/c9d7v3jiYAVfo","3.14.0b4","20250712","lLgCVKflDdLYLTI6C//cWXcrLwSw8MBEvE1W1pYknrI","e7TPYcaRe5qGdRRLkoMuD7MjE4VOfIvRw+ufTzYrjjE","zihJjc8sXE08lk5uRP9E5bG3KkI0+Afi/xITk+1ARC4","l3fUGCm8G9vJpvBdByWlzFt8YdxaQu/rTCLSH26CnS8","3.14.0b3","20250702","C5SPNzYxk/z14gwuiHGDRnkH8bbQRCD8WgwMfEIeexI","3lfRh8Bb426YaTw+FLokGaPD5JscW8CugPibN8Vdl9M","0ZITAh9f0DnXAhzLQWmMyZyjEwZNfBzJte+Pgxq7mWE","oPyA2H1uqIu1i8BZlzZ8nQ42wgFZsh6CjOqia0gOTck","3.14.0b2","20250612","r3+0nywAkFzoIv3pfZQ300pN03hldaHaqtHlGkT7Id0","beo1tkbPPLauA8JIAi+2FeRBvXQOG8bF/Y5hz/jNbGM","GuMa3+0qhCXwipRYadO/2RDpes0VBGXeJX0649o33Hw","tiVEKvjetYWzsQTXeURAnrN5H4+5CfCUyYRiWieSVgA","3.13.4","20250610","WRg71wsPrLGE/F570YSIWV2QrF6wEKwe5j7qfbTiMKE","dP4qiHrT/HrRQApP/golitiNOf+te8zkAST5K1MNLgs","J43MreVrS77suaYTt3ASz1wUM6XpuO+ZIw1eYfMdngI","HJidCXtB0FB6F+djn24e7O3QWOI1c18LHq3epJQroA0","3.14.0b1","20250604","HRGHgOwbYQynUgN59bbGgxTwZyFFNI4Guylmj+KWdlc","hbGOE4RTCeKXUeNloYo3aoPRGR/V4zoxipvdQppltes","PHDmxkEEH6wB6KpvQsPSYfm1A47eu+2S8rxjxzj6v4A","SK+Jk734N1b3US27mEVwR3kFPp+vwrNqFWjj0Jvl/O0","3.10.17","20250529","Nm0DcYGxzqCnqLFFeHSgzfu3lYFdB64lxV7xRhqkh+8","GpAx6BHiQuVJIpKAVCrLBOl0/h6qctrt9OXhuZ2lg0g","3.11.12","knn0lqfxb6TagiM3gZ6tn6/WjxwW4VzvJr8y7VfyTgs","446Aqy6y6zusDBh1bsmFKoNpQxcQKjTWl98AZrRNJ6U","3.12.10","JXnJ/8uwp0Xx3j1kVhLHRmJp65ojMWpU7OSdUMHJEi8","PCBjDWufi0HttEzCMDt1iI20t6prNbHQ/PfObZyt548","3.13.3","rSr7LAMGZbOpYXowsf5gAk3cr5cEK6N/jRTp4cC9Sqk","42OSjr1SaxhaRogwFdux+m4iz8L9eR1DWNuSQq3yYmk","0fAOEyL5hdrtWoEteyEsuW8w3t8UV159ViLZnxwD7pU","gz69bfIpmQwvkI2axvT3uuyMDo2DSAXVI4qzxz1iC9A","3.14.0a7","wKmh9jV+uqHaxMlbAw4o5GYccpBxL/5FKDsBJUjPx+g","/NjxkTM4qT6Isn9dEE7PAXGMJwudvhys6ZKN+LjtgKg","vuxKWMvOgXmRhzq5xRg3Nqaxg4NllFkcLd5u+CArp/k","gm7btSSPRVQlSlcSJ+Oh6ZTf1/lu3adTfEyvVIXQzt4","3.9.22","FlyyV0Zps9+C5A24ywG/S7ybtZTcCfmuNNMT7NJ+x7g","woGOa4opm0LSv+e8fycAKEqt0udJKQNpNxMz2oJ7jlA","3.14.0a6","20250409","7lp7Ywh0VUuuMLXxG+5V73/9CT9pHLcWHK40h0wA7PA","DMWnUq+kEGdlhgYwKN4iWP8LO2mJCKYtQXwb73f1y+s","fUGxju0uKfwnGWTmd6gfRJC+Z8NhTzpDnLxgYZ1rTFY","mdSF1xfzU9NIw6vslj8/9DS6PngJvH4VrK+W0V/Sywo","3.10.16","20250317","LT8HVCiC8IU06dTlM6THPRcH7jVc97KiBNS41vj9j44","pGHOpsT4GjJMKPIrB8HRVYlNILgyMmcdjpm4vEXrIos","3.11.11","+N8wi5GHUKRmv1hbFL79Q0nmnVE1uDCQJU5vLuZbG/E","V8cOBnAi+8/Xr6xSZgO6irRAO9Q5dIsmbEO9xwOsVPw","3.12.9","CkZHt988jsoRBx1s6mihSksQK9b8avrjFOmFJRBlS30","aqlGDkYfVgMtDdhPgw5iBBvhDeJxqypP/mJynWTAt/U","3.13.2","kALmIOQRPnQ5st4Ntf+bLckUzeT7ovEBNMzjpc3rrIE","4+isOqBJ8Dr9StMzmCt7Ge5YBnFcOSnKkAkm+TGrcLI","yYycl35voFw4E71J81U5BNidYP7Sfi42Ro2nr6HW1eI","GiORWtzpXjV8p684BJ0aPtG/HvXoFLSowJj8KGX6VkY","3.9.21","jR8CRa1Oj0BR/Q5UtDinSZNdxpfB8QBpeB+z0s841nA","jgqR5nO/GNKNns1SzhzZ5DUsY4d+Vzka7Kbxzg5NbjI","3.14.0a5","20250311","5y8HyGgEFVCNPEQkVoCJhScwKaYBnCMBZU/22n3br04","leIPgbvbdfkRse/AS68MnFwci3muu8Kg/+IoABpKDrk","FzcjwMpLi6B/nEbPf8uZ/YL8oEEfwd9dPskPYZzgqnw","qV98D7cSa8HQV8M4nIWxGytHnLUXDThwFWzSPnWltww","3.14.0a4","20250205","obRbYolZ4Fe7rSKWeysZS0UYUdaorCwCSCUwWzKScMA","pQKJjWxDio8t0oBNqiS+JI/sZrh4fclojnDtLIe3ULU","LLss1Ik4lL4ys2P6rwfp/KvxckRonnTArjGTG4rfJfI","3RWrk2UZWn6fbiIcaeSBK3dDNyptxfYabU89cT6welU","3.12.8","20250115","37ikyHEWU4cXEF7z3sNmiuB1kKW1UyEJ/sPMrZC+L7w","uaeSrpm2I6hPZPc79yOyqV+1syDm/FY4u8ADgf7Lz6Q","3.13.1","ZQ8dMkJmfGSVk5EQVSVGng/hUCpqq59ds7C/7+fcur0","DlAZJMKM+SPL9IfChD4Phr71GTfrc/LIeT/+8iNuSX8","cw4jrG3HVTIix2MXcqPPL/ykRv+gA98wgoHnXCW27DI","Iioii/AGAwfNx3YN+Pb7ijKCI0zoAi46++TPFv8GUtU","3.14.0a3","20250106","TUdKEtUsMW8LaHkPwfjXR8xmXz2aTUTI9nV7jkru1Jc","ZJHo+FpB9Kupt7IwsDCd8SRhA8FK3koSa1blRo6FBLY","gaUA62c4WgPn2nrdjaw0pS3LfKORsqT6pJP368i07ng","QS7lDeiKhDhOK2KTYv2wVRM8Y2INwNTyrgNiPFPQmoI","3.10.15","20241016","+nm9kJv+tif/5mqLAjFTSV7OZZ5eOy/1YmhTUCTbhRw","s/OJpYbeS+XR42qoId3S5lFQjPvwUs+c752ZHuX4nQI","3.11.10","paIkE4pSas7P0XIQlT12ooSHlop2cgSQLivegJuw51k","G1MzP0YOVKPkfR3GNhyLLmvboESSoz3GdzPwmcl5Wk8","3.12.7","ld05fjrvTMGEaGfPIL5wS9107dFuqAMsrwHkjwxT1l0","r4oJMPeYwQo5HZE3oIbxAchjz4yffnzp0q1zE9oo/Y0","3.13.0","6U+vusB9pSyWXLan/8Uc53m9JTzZivgBNHqseRuWSZ8","3S9DRAQrXQfhWBURD/TYCDu9SaEznptEhF2B7z+7XGY","78LnHA4FvFvtt6hG4F8o3SZJGxdE3tNe2C+LScz6aEs","UnNe8PNAum/8dVqydRCduXZC+6D7E0N+dBmmAxVUU9w","3.9.20","Qem7LUXhoEZ+U02vxmkbPTwref2aVkVi9MDEHrND0wo","Q4GjpFaK83MAYmW60PcYLWFi49R1HZWGPAeR9T+ptRg","3.13.0rc3","20241002","aF73GILxbqurC8g4CUcnl4Nw8K2Vwp9/XCRP+jExaus","IIXoMw+cycvfCqJ9JuJv+wfB+Gf2TImP51TEU/5OJ4c","3.8.20","MLpEr2Tlmb3nMHkIOTN0vc2Z4YW/mzyd4/aX8/vmv48","MXNFpWJFRI4oO7JCK8QxSEngKORYHQCz0IsW37moatA","3.12.6","20240909","BBm6+kREpaoMVUGXvOBnnnzA8o7cfujPvgzOqGC9uQQ","0h8a4UhHQ0CUrpdzl8VW2jjuizzeqJyHTXyU+/5/E5o","3.13.0rc2","nhf5/MMUpd1IkImnUCpSXE3Qivhi+c8ztSFhp1Lypbc","FyAyr6Do0eWEYO9fB8jeU7++Hpxbs7Yp7X9hp8Bvpak","3.10.14","20240814","98qb/7zkM8jURe3TOlQkxAVVPXNe/uZaL8XYu7HI4Tc","GbZ1GEd+25UWJ7E+c5JPx4Z/+Rt3QnhiPLxYU4tbNAc","3.11.9","xOL3d0QhvLOBJFlF4TJBm1KTmd+kpWBZrNoUk3Ufo3c","Ne2YJrXlXqj7C68QqunbJ/FPtYE/fH1C5KYdTcCCcf4","3.12.5","kHFc2rB15aJoCs8mlVctFltiab210ZQqtXdJFHiupV8","zQ9MCxqRxC+GqgWuq8xvqXQ5P88lMF0Woyn61vBE/XM","3.8.19","ahXuK1B67U1bFf0bZvxXCqSRg/FapsQS7M0GVEbxfY4","6Yw2vzEsekjxlW/HpZnIDyLpfKQNujabf5UDz6IApQw","3.9.19","RRWC+KaowV7zWjJ6/Nv40Dseu6cZLpDYUNCS2skfkcY","x1PpkuHMIxzgd+mUtbqbPsPTVEUHOEfKZu38DLhMmws","3.12.4","20240726","72lI6Db1Mb16WP++YCgD/xyDxl+Z0doZvjaeph8TbJM","iP9BNo2sYd5Pt2qyfblmyNeaMw64RtT1e15jyi3h0Gg","cpython-{v}+{b}-aarch64-apple-darwin-install_only.tar.gz","3.12.3","20240415","zMQOWvMp7yr4E1DbKoi71sF7VmdugtYgSMFdVIQBUZ4","oS59b5r1reSAX7Wz/Nw0ge8QqrQjmJjuUqpupcjb2PY","3.10.13","20240224","X9wPaltakP08Uo6LHajjqskx6oaQEmwv20JUyEo/8Eo","3HzH7bCqu5oKyBvQB+3yu70H2PIMtF/moQ4j5vYgVds","3.11.8","OJpRE59avgcaDXAJHKXfPno9/Py+PgumrYX7TFY4Qh4","SeYqHW5oxU+nwDlIbGBFhxtF8hiSUkEEPGEi4aYltRY","3.12.2","AcBkwAATsBdceFixWZiYGerVP0dG1AWAtbCzW26A+6Y","9OmB7EREW77N6i/wzFnXOHYT2yJgt/GzEj+mOUSUeYI","3.8.18","TUk6F5K/IR83+YQEzBRo8JvXga3CYC3qDfgq0mTBGrw","T3yCP+scL2Z4XvnqDpGdvnsv6TBkx+wEnvUJQIc28RI","3.9.18","JUj5EabjFldcMDukK7UVQNybR6n3agaio3Rg2TsXeqI","ScfOoskvKpT2yZq9iYULkX/VNASdyCXeJwH13j6GfkM","3.11.7","20240107","sELJZpIM+EZThco1IphrEtdFFRpywGCZEIiXfKNtOIM","6TQkGe1wbE0eNFm03bmDyZB2mNoLQacWOkoeTsCdD5s","3.12.1","+T+DdcpqwKNdWP8AcEPL06iNlgkRPxy1nPfI0hXwZK8","Zn91o+/m/lk/ZCr+CLrTWRJ4saGTizk53yhjCjD5ZOA","3.11.6","20231002","kWw1EltdgyOiFSbXqRVMpiZFP2PQh46VufYTqVAGyZA","0oVgP1d46nqDft+0sDehxd3JBaOwjE4Q6DV4qzmoN/s","3.12.0","RzSivivsuBODARLHgMmHmsOv8RGgsM1ZDmXsdGV3TQI","+1HrdTIaPrUhIIrXfkuO5RXt+mLzMzOBBb3SHgLRLrs","3.11.5","20230826","2rZLNYARitIHO6vXwp/SBTthZHnfXBB9Mf4q8fRelIs","cfG9Rd/79Ywpg2oReLMaCJaDwkUxj+xaF8LvpPVWf6E","3.8.17","xvehMNAESnjjlkj02uVtz/WkHrqRiIqZ9uVgUHFi5qE","Ty0U55Oio9uLwRpHVk+QiPq69R6CQzubuRcI9vkc2wU","3.10.12","20230726","vGbHBuqMX8iRY1/aj52pcaGpAdQTQvZ5jCCtCyol0dY","2SEGBqDJvEFa5vHIKbu09mnYqE8zyMgXQrZQPvGsoP8","3.11.4","y20pSDhKhXMh8qpA+md0TNlnajMPCLba1wcL2gthIKQ","sy5zPVA5U++tBVECEdPZ5AOUvhIuZClR9yF/7sxcb0c","3.8.16","fkhOtt5A1va9/VCZ6qlkf2XkX7bYRsz8VrHLHji1qwI","mdjJ0/9XR2i2KY19kgzsgW7EbR8k/HClWR8RylAHzKI","3.9.17","c9vi1wIhC1ZiIdqSZazCdLoVJ1xdDR+jJ/RK2GzemqE","wwn1CXc+qDrRVCqgRrrdCvsXcujwMBqwgGIEWIIy2vA","3.10.11","20230507","g0i8PCMR+U7GN1H7cb0BCBdL4cTe8AJ3PPUZ7hUG+W8","Zmh39ZO+Dpe3RvnoKKjnFsRBP5HUz2X50ALPICi4OOA","3.11.3","CeQSUGqNY+27aQF0K1Tamqf68SC429zlbFezA/yJLIY","hC82GGfmonc5sU7GLj6jwX38P0EPbLyDGkU5IvZ+InE","3.9.16","wd4dhUcXpiRfRSYu8bsXsJ4sWHWQ5+P0Blk8FD/4db0","1DNRuvoR8I6P/ru4JA5h9I3KszKAC4PCWpE8hC00/io","3.10.9","20230116","AY0Fp3my3npHbzs/8tEPUD1p0U787dB3Tm2rjCLvhP8","q4l12RSoy+UE+TBaDqrx19rx/fk4HDlO9OCPrD8qS74","3.11.1","SRjN8cq3QqkPhTGPiLgSKuqi0EcFgDx7bnjoGj3UD4A","y7t+4TRMq/snFc4HzgepLJ/AyTGjfSXzKR3Ag4tkvv4","3.10.8","20221106","1SsDgXvSRdKOCosvcVcWzQ/NESggzP90VjaTLHavogo","gE4SPTy+W2o2QjnGSG0jZuIO4LiucpNDBSgHHLEBoiQ","3.8.15","HgqS0aT15tSpn4axy/l3PXA/5/0DJZDz6cKFx6XusAo","GtD2ikLwJXlX0V4JROwl18bo+U8OwztlRxD8IRVjO+M","3.9.15","ZNx+EBNIHJhkFSw92AbEEUTHnV6c0xQOGFxqUGC9yas","hijfE6NMIWophjUnuqByZnpLUyRaXk26aR4JLpYmkvs","3.10.7","20221002","cPbKHajm/OgyrQt/n9q6C4S6CsCkxiYSesttSd9Lj5E","raD3HFk+XEfbUpEiPDUADxmrsDT6GQj7oG7KDie+FQY","3.8.14","bBf23NpZ3l2O7pIu9+7eQDpUDa4FQj7ywqBC2NTyJGc","XGEdkARve7meTzQjA7FM4LVR+A/KqV83VDvEm6Q/vvY","3.9.14","44338jCXnObFOluvs6gSh4OOXziSxAzRuYoMlhxERxM","m2M/rIYZgwXiKkfiKChk5pMN6d1JFJ09aZrXsI1vGys","3.10.6","20220802","769mrNuaTrM9V3AmB9LmZ7GjGdWMFnpDyWiWuXQZuLc","dNcfokpveHU91cvjAo1SzT8vCvZAsaxPOaT/ftCvVi4","3.8.13","rkExJT2JCwExcctfewPK3Fha4mNxlQb3t+Bjp89v3nY","wbvkxLA/AmHRwh0YUJs9dwpcPSpauF6jQNCU24CD+vQ","3.9.13","2WA+3ClqLcvFnXraeA/RJSfwXD4LmfdUURLa8RY21uU","z83s+FUodoJsC1P0oVR5OilNENsiYvwzTxiJnBsGa7E","3.10.5","20220630","GdGqSm2d2wCU/DaWGxKd6avhZzvOZshs2XtYJ5XElqg","Vnri3MLEkQXP5itG8WU8kp4rBqDKwnEBPHnIFjzjk+o","3.10.4","20220528","bS5OaxxAO86Ez7hGQAdUAX9SX+gBfxhujnBy/KrzqnE","659lieJAKhIwPJCk7g24HM3KNL3ACTXQnpYAf0wWHt4","3.9.12","20220502","je4GwHzGQp3zS2q+CRpGhKhvfOx29dHMwcPOK9ERaN8","6cQ6Etw0UovYlvyZgVySQ3BElZYrzplV8W8WvrVzo1g","3.10.3","20220318","20ba38zEB6ofZu1gfu+/EveB40Otyx7e4KOIPQgSks4","p9oQ8DpPgGorVh0e6mputvI81EdWcq5HWuwfXSs3u/A","3.9.11","z5Kij5jI2ITfCTe/GdXxpAyqJaaiEaI3t+m1krK3HCs","auJynZNwCEtx3KcxkZJbOWitF2S5PpMPZRZ0gsIZe9Q","3.10.2","20220227","FAms2aUG4tHTtlwUiNtOQNjxnQmn3wmWZ8h6UG9xwO8","sn9qteZK0SSo0xLVtlSn20nxhP7Q0DstlofpaItXlSQ","3.8.12","+aPLuB4EY9ZhUSWWR2LRMzh9VhsiajAZn1sDmyDx2UQ","GonBMHTlOnPMa22wSem/n5RTyMAW2ElkawfCfJMKwCY","3.9.10","rWbCo+cmMUfgRqMmlN57iXpG+wEkQJ0p06k+3mMciu4","a9aW8V4XR894Pn4iaZrPmlY9cam+RkVkdrvT/qtAfzg","cpython-{v}-aarch64-apple-darwin-pgo+lto-20211017T1616.tar.zst","3.10.0","20211017","AWfiJmliCaXoMLe8SWPTeXvHiJOKmr4AzIYX7qiK+1M","cpython-{v}-aarch64-apple-darwin-debug-20211017T1616.tar.zst","t8Nddt/9kxLk++koU8uZ/NkkGc2+eXwXkMCc1O8qbbE","3.9.7","11z+u3TffFGVlw5Op3Rm4WzABX/9nIRCR3uUG1F/Fjk","7xsuODAOnBOwRxv8NEVaVeggVYnnLOUi1eEPw4iol0Y","cpython-{v}-aarch64-apple-darwin-pgo+lto-20210724T1424.tar.zst","3.9.6","20210724","p1pnIIi/OPDoS1fI76Sgg6JiwKbVrp5R8eddWR209ww","cpython-{v}-aarch64-apple-darwin-debug-20210724T1424.tar.zst","eyoIZyI2CDUYoQzLtwKiCy42N+kWYGDNLidZ6AKM5qQ","cpython-{v}-aarch64-apple-darwin-pgo+lto-20210506T0943.tar.zst","3.9.5","20210506","qjcfMCynvniVetvh41D+tEMXZoLjmGN6Eimg1oPFtCU","cpython-{v}-aarch64-apple-darwin-debug-20210506T0943.tar.zst","/UyGkyRLjPxt3PsZroi4H1+rbfyleZQhdXkRu2V23/8","cpython-{v}-aarch64-apple-darwin-pgo+lto-20210414T1515.tar.zst","3.9.4","20210415","KuytAqEi5OOgLPX4XSXkmuLSxOXwfHonSKCKq3VIr6E","cpython-{v}-aarch64-apple-darwin-debug-20210414T1515.tar.zst","90sxu7aX0xIwNno41N8sTndgZ/G7KGW096kpdMsvuXE","cpython-{v}-aarch64-apple-darwin-pgo+lto-20210413T2055.tar.zst","3.9.3","20210414","CPDeV6V33TI7bCMmLhTbiiFCEUxBUZI6ATNjZNUA5Tk","cpython-{v}-aarch64-apple-darwin-debug-20210413T2055.tar.zst","3/dTsnKMribH6trcGcwYCRsEse0klYS3Wbm55ncLE+s","cpython-{v}-aarch64-apple-darwin-pgo+lto-20210327T1202.tar.zst","3.9.2","20210327","SdPQYo/gnPl90VwZ7TM1nnuTB8irj0DxRYBjhqcroDY","cpython-{v}-aarch64-apple-darwin-debug-20210327T1202.tar.zst","NHgnpWHDFua9BIXLyaTNU9mSSeKml1SPwTN8TQRVN5g","graalpy-3.10.0-darwin-aarch64-none","https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-macos-aarch64.tar.gz","24.0.2","Vo+Et3hl9ZUrRWhA6PqEOBHgwyVTos53fHtGCtMF8+U","graalpy-3.11.0-darwin-aarch64-none","https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-macos-aarch64.tar.gz","24.2.2","9KKuAbrg+lPsDRn4bXPG3MKhYtJFVSAwGDuEv92PdjU","graalpy-3.12.0-darwin-aarch64-none","https://github.com/oracle/graalpython/releases/download/graal-25.2.4/graalpy3.12-25.2.4-macos-aarch64.tar.gz","25.2.4","efDh/vtCu0hBIq6eUMshzhRUHRjmvWbEmORLRZzmUt8","graalpy-3.8.5-darwin-aarch64-none","https://github.com/oracle/graalpython/releases/download/vm-22.3.1/graalpy-22.3.1-macos-aarch64.tar.gz","22.3.1","AXId3VYJShhUAwmcAjDzvx7rWrvMlt0xmLGT2nYzKas","pypy-3.10.16-darwin-aarch64-none","https://downloads.python.org/pypy/pypy3.10-v7.3.19-macos_arm64.tar.gz","7.3.19","cqdM9kXkNgj32IgxWB+w+OH5Y/s48Hk7rNN9UBiprrg","pypy-3.11.15-darwin-aarch64-none","https://downloads.python.org/pypy/pypy3.11-v7.3.23-macos_arm64.tar.gz","7.3.23","+DezwgPWDX4lox4mdnGge6DJuayAga0iVXH7BvzPG3s","pypy-3.8.16-darwin-aarch64-none","https://downloads.python.org/pypy/pypy3.8-v7.3.11-macos_arm64.tar.gz","7.3.11","EQ3qZALsHiPQPtCLgy/tfZ6VruHYPzogkHpmaChneVw","pypy-3.9.19-darwin-aarch64-none","https://downloads.python.org/pypy/pypy3.9-v7.3.16-macos_arm64.tar.gz","7.3.16","sJzjqGXBwPTljA7k9wUR8bJ9/B9xSPS2Bgz9/VgcnoI"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358],[0,359,360,361],[4,359,360,362],[124,359,360,363],[17,359,360,364],[0,365,366,367],[4,365,366,368],[0,369,366,370],[4,369,366,371],[0,372,366,373],[4,372,366,374],[0,375,366,376],[4,375,366,377],[124,375,366,378],[17,375,366,379],[0,380,366,381],[4,380,366,382],[0,383,384,385],[4,383,384,386],[0,387,384,388],[4,387,384,389],[0,390,391,392],[4,390,391,393],[0,394,391,395],[4,394,391,396],[0,397,398,399],[4,397,398,400],[0,401,398,402],[4,401,398,403],[0,404,398,405],[4,404,398,406],[0,407,398,408],[4,407,398,409],[0,410,398,411],[4,410,398,412],[0,413,414,415],[4,413,414,416],[417,418,419,420],[4,418,419,421],[417,422,423,424],[4,422,423,425],[417,426,423,427],[4,426,423,428],[417,429,423,430],[4,429,423,431],[417,432,423,433],[4,432,423,434],[417,435,423,436],[4,435,423,437],[417,438,439,440],[4,438,439,441],[417,442,439,443],[4,442,439,444],[417,445,446,447],[4,445,446,448],[417,449,446,450],[4,449,446,451],[417,452,453,454],[4,452,453,455],[417,456,453,457],[4,456,453,458],[417,459,460,461],[4,459,460,462],[417,463,460,464],[4,463,460,465],[417,466,460,467],[4,466,460,468],[417,469,460,470],[4,469,460,471],[417,472,473,474],[4,472,473,475],[417,476,473,477],[4,476,473,478],[417,479,473,480],[4,479,473,481],[417,482,483,484],[4,482,483,485],[417,486,483,487],[4,486,483,488],[417,489,490,491],[4,489,490,492],[417,493,490,494],[4,493,490,495],[417,496,490,497],[4,496,490,498],[417,499,500,501],[4,499,500,502],[417,503,500,504],[4,503,500,505],[417,506,500,507],[4,506,500,508],[417,509,510,511],[4,509,510,512],[417,513,510,514],[4,513,510,515],[417,516,510,517],[4,516,510,518],[417,519,520,521],[4,519,520,522],[417,523,524,525],[4,523,524,526],[417,527,528,529],[4,527,528,530],[417,531,532,533],[4,531,532,534],[417,535,532,536],[4,535,532,537],[417,538,539,540],[4,538,539,541],[417,542,539,543],[4,542,539,544],[417,545,539,546],[4,545,539,547],[548,549,550,551],[552,549,550,553],[548,554,550,555],[552,554,550,556],[557,558,559,560],[561,558,559,562],[563,564,565,566],[567,564,565,568],[569,570,571,572],[573,570,571,574],[575,576,577,578],[579,576,577,580],[581,582,583,584],[585,582,583,586]],"others":[[587,588,589,590],[591,592,593,594],[595,596,597,598],[599,600,601,602],[603,604,605,606],[607,608,609,610],[611,612,613,614],[615,616,617,618]]}', "darwin-x86_64-none": '{"strings":["cpython-{v}+{b}-x86_64-apple-darwin-install_only_stripped.tar.gz","3.10.21","20260814","c17EW1MVwSVdQlWCtjp4GdZgeDug9UAnk5mJCNcKeJM","cpython-{v}+{b}-x86_64-apple-darwin-debug-full.tar.zst","FWTWiYcXwGn0xb1Njh7FMgZhGPvLjpERWZM/MxZFnPE","3.11.16","TWBYm3Aq/yE3nd9r1kjnXHAjolegeP3XHfTBSM9gnMI","77JZm3kNRyULznFhJRtJ6Ud8bxMZENjfywzGPa7O4B0","3.12.14","rsJl483azNsqPXgzMVljUbJNSmPJevCjj3X2Q8lFHek","VcUAKBFiTVVu53lyFWxTUwtXMFkiDRIqA/1aDjo/FnY","3.13.15","v4c1TvzZrlF9pgb82k46Pw1zpvBcp8ujxtPFJwB0v8g","RbZ6ooS7YixqsPSkdqy15dKeTw2xdgm+Ic9pf0ORG6g","cpython-{v}+{b}-x86_64-apple-darwin-freethreaded-install_only_stripped.tar.gz","ewex0vSpzCW2O8sGVx85RccbMmRDacCep+H9eBbS6MU","cpython-{v}+{b}-x86_64-apple-darwin-freethreaded+debug-full.tar.zst","vKujGF30O0k9qGwNNLJPdQmmowhDKxZ6dHCXWYekc6U","3.14.7","4IW0TiHZxgrNhmaAdH4fgoAM+aFjCjadoXI5dth76tE","jZda1hWtjYj1ellGbpXQJyxtJhiAh83uR1HldxjvLYg","KXiYUqtiDf/bi1hKjJ58L/QXTp0vv2tbUtwf9e5c938","GFS2Eei8IJeLI5VgfjjqB2flPv73W80wmrtnTnP0dX8","3.15.0rc1","M+iqN+gtUsonRwklQNmJyx3rkK7wKFGTY3V31R7JPMk","wlEdALMNjwFwo7goJrBVsqC8woV6Aw9vLl8tF9fIOfs","UkhZZdDmSptNlSXzo+CKRcam3htP/nhK6KzL8r7QnJ4","GNV1m+Y+OodIlYb3sWBptMpkfvIxWgnq8s01zWD29Pk","3.10.20","20260807","NmVh3xQivri+hLf/+vQz6cEuXSY33S5LdR4fhzaHIH8","Bcmmrps1SIV87B5YcAEDstZ+Lte2xduXWSdVi8X9YtE","3.11.15","xMBuHyzknrqBWa5D/j32p0HZO4JqO6axFK00pOOT2sg","edC0ADauHiUpA2H5LM1OHXKHSNZwchSCA+MwtrYYz0U","3.12.13","EnBT8XNvch45HdtG8HWF0FdW4Vu411fTu8BRlziZi6E","h+9qB3t6QH6TZH6jofUa9jZLKa6pQ4oTjQtQjVtrH6o","3.13.14","20260805","/804K1Tv/yh8C5rjSzu26VazywWJn4nKo22DyhHAL18","GRQs/Kts6xqM+oE/gmKMEM845DBJpzlXIlfKOIzTFT4","vguF+/D+vRc0+WODqeklDscCVwJG6+T31zPYkPMR4xA","nQnz7jGaejsXMZUz0r85jrz3sYTxzLQsVz/UF46NMug","3.14.6","20260804","eN7UxPC2qTEkDwm9IGCFM7tA3XHB/5U8cmc1kHXKixY","dINqXE+V3k18uVVDf6U1uzGJDZbXTKmxWKqMThOCf1c","vX1RiGzFhQpuXUAuHcDJLKP2bHvpaHpD0nVEEJQNXiU","ayBfntZ91CC7UydqA2nag/jTJe6vALJLuYgsDBemePk","3.15.0b4","20260728","DXoNBOwiyhrActx9yhvmUoWancT9wawSO4ndPVvQG90","6M35sn3umzC2kUTkkkGADogmQNzNa/WnT19FKPaN0o4","1+580CrZWtOz3Ovo9AfQP/D6QlxwmoBe8v7WnoZOtMk","y7ZdGlu6Vs/MnlhRzh3ALsyL3onx93BAHZdGiegv8sg","3.15.0b3","20260623","cgPFfA+c93Wxfgk+f7YYzu0bdRyFEeBzhXhMVr1nDj0","yOm2lS+dhAJ+y0uw4bXHbJGq4q9TKgAXU3ZV5xCMJXc","8F99xQkBRzgeAZ4x7CvhNUPvJqXnTn5oUwwOqpfpwfM","/MnFNQ3wG6dYelos1b+FJ0sK7wDo093sN+ZpR757sFw","3.15.0b2","20260610","NPdxEsHoscqQ+yhIWFpnIUL0HjnzRK1K9bXTcUqW4/M","GmvZcZ0AxVJvM9LYGnRA7sbtgWhOqHVele2A6e0vFxc","d0ewRd8qqbUA8vlk21SuIKQT/y5iFWsPoHHHzGJAtIw","OPJCyMWEKZ+Oou77AbYnV31WP5Mv7Z4kzcqu0y8RUek","3.13.13","20260602","kHYdSCcoUoCzjo2OzYPwi4OPA3MLiRxnFOWE+wpTOV0","lw2kUcf1BR0QWb9VyRDTc5Yas5a03HOQjaFjKV83oCA","ykuYuyuK2nOLC6D5+7qoRGHrKRKVHqY5LqSV9TccqtU","sZkhS7qdwSd8KPQLEsrWPcnXmpUtJbzd2gqfrEiLClU","3.14.5","1E/27DAcq8kesMdWsZSLKFefsH/ro2qvGZDlNWSdXqY","NJO/avnrcMOuxIm/33hQzfUSYmdo91921tM9gSpgq24","FZ1z/603PitG5ei7uSIDarCIYEBYEGNp+6GaVveDtWA","sPeXsuTGRekf+Rw+bMDKTsnMG8eo/W0av2kqvA7QXTs","3.15.0b1","20260510","Izyw3NqRQEhHIFd20qmwsT0PfXec5oP+QPkdGPcfTQU","5eSquX0lJZGaRL4ZPf2t4gLSogkE1JLeljJbJrI8B6s","tgEPNR+U9SsJrBJVOzah+6tn4wXig77xfc7O4gKGXZc","jME/bvYhLZs3zOtsIiy1ODkmh5VKPRhciaOdgQd3pvA","3.14.5rc1","20260508","PIEPXCloaYWxM2qj3oRoQfObci7BvqoU22fHU6oZT3Q","A4Ee4Zk4/gXXuNfQFtjShUAxSEZG/3JKlGMPRKgcDDU","Z6locTBSsWAhpk1+6z+56kxs4NFwN6lppFEc5D0Ql58","+nx3nOEfXyN0Ih5D7xSEaGwdgpDLmgkl3K7pjJZNgT8","3.15.0a8","20260504","3DhQfq/qVTAF6241JK4H9S7ptN1cPm0vjV23qvDxEKE","VdEWxGCb+JIMBFUL+tmVMLcQ5WPBU7w6VGZ4pLzqRlY","565pTzXJnRb+3BGXJhgzdIVB4YwHGcSggUx3RFMaNzU","Q0Nk2O51SLdLuew7qMUSo/nkeyJGLzAUAoQtOkGRvPM","3.14.4","20260414","1RJQoy+l2fB5nHvLcXIMJ7EKOv1KfeKIEg+WCF1Qilo","rySu1I8onNrRqmTw1s0rXCO+AiJXnayBdYdJLpZeVX0","VSpKpBmr2YvA1/kl6GAsGsYhIGogc2b9VW+vHV5KyC4","lwpq6rb9xXSy4XhPNDU2T1bFAB26kBsA2a3Cpe5ydeI","3.13.12","20260325","X4xzEp03Zbu9z3cd7PlhNVlvnj4gWwiufPH+L8DNr2g","hqf+dUonKHYI2ZtgPOJmoFNOjjwas08AmsC62X38b3I","QQ4vbF4IOaha2HVSM5AGU8y2IWretjWfDrQvmf1RL3M","vN0rRr7tbn0U79pM9RxgFbKtaY3Ov1y0jhxT06HGfCc","3.14.3","NgnNIaa13T5dQ99/TnrwJnM2WtxQJ0it4hiSF4Pvgq8","RM1jfEVScenUsMr78VhQxPDJq3c7aqctW81ngbvHgUY","5SHxwMKRQ7jFTW4GsCvbx1nby3GxVK4m5JfQ5EyF38A","kAD0oMV7vZnz5xz+ntVJ9smnjIi14zUVLYYkV4ksifo","3.15.0a7","8BKvDJf/HJ3X2rCLHaDCmkJqo+3uNUd1upB3bQQXQ1I","PYceSutg+nwFlB7BDRyVXF5ac15YLUPrKJv65ZyTueE","vr6JNwvk3f9p0LoHIzh56e5PCY3bbTATIObICbaNLPg","0YEU2P1WfiBzWLMZdYydFzSwDD4h6ZxuVxx9HxYlKx4","3.15.0a6","20260303","0TFfY3bipXjroRr7jPZBixuVFued2if8XO4Q7V3dG4A","wbLPA9wtw8pDpinYs79qcCBNLVfAJA8ZYBP/VZUlCDc","cpython-{v}+{b}-x86_64-apple-darwin-freethreaded+pgo+lto-full.tar.zst","zyOCakJ9GeqUWWW6DgCiELDNlsPnwnQczxF0wYw31aY","k0tvZH4fiyZ8KGKk8/mEeRdO3szM3O3MDbLAuvWKdu4","3.10.19","20260211","jQj/LZuyBWYiPyAwfI2cMb3wILHxojfCqm79HeZRv3s","DmGTp7zxEA36bDoyQ3g+Clfw5bDiwanHxoMCw0qzTMo","3.11.14","fTNa0cBV/MMHcjrgFgGNj4YbDUmoD0PV1NWV5wktyuU","L5e1WWcQrNhu60CwyquDPNUjC6stUrxtUZUKvU0Vrmw","3.12.12","qErHo21GW8braNuEVA/bXaBDM5AOLDyzS11FTyAiBIw","hX9n6oVW6VH0lE5b1ZaIrDdjb//9Nk0OM57bKe6crjs","3.15.0a5","20260203","JLPFIYtxsWbGDISO0kITSHs8eAjV5V3ivQ9frdywcqk","ET+3MF63lnbqNpUOAuPlHkKyLHI3o62aKuNfyailc9w","3v+yfSj9j2/dOxJwnEGZwqUZWVusdafRXDsYsSYY4qY","OCN+myXSt29IciiDQsvpb8BXyDuXkhPhvjl2lP5Y7jI","3.13.11","20260127","KoSsPf9okthXs79/wA+IM17Zf0rEV34GUaVsx/EyOdc","AhyHtyROT9RwalxUk8/Sl8O59my1bDuU06tHFf6cShQ","Syct01oqUfu1E2eMqhcQOleHJt0AQi+OvQK8iBRMjf0","JUk6gUi+aSpWJ3r+GFTEawGZhJJPcTe2Yn8gxIp6Ino","3.14.2","UeiGJh+3n2QHmyAYGn+K38pzjysogogumBtnoWXhgJs","b7upFfCvlTBK7o2HqTewu7CX/Hl7+MfYyCo+jC1l6MU","VVnvIomka71yo/FMPqXXbHZzWKnkBKc8bDWy608rHMs","A5BVMQsKZ6rkKflshVcRi2/SaHzA714Ki87bxhwX46E","3.15.0a4","20260113","2mtt8EArJK34Rxur8B3HqdKNvK8ihwPkfd8/YnKsE0E","tyuQkcu/LQlGZiaeqRgWGVrf4NLT5NKN87+B/gU30A4","KOukLC6LaqcPAnnMePA1/7vHVMTwOgR2wm2MuIHndB0","mQKg97hVE+MDyqd05UfG6iuad1oTNg7YLZ4OQcZDPjY","3.15.0a3","20251217","2vVBiGTSrBBUzXMVvmJcQadMKzBpP91EjkTTeKSm8kY","GEoJS+5wK/lsBRM5zvPFhgMiInzkPMSiSV0BucLMHPo","epJSlraOR0E+QzyT0mpb4tL8ugVqVducRHGiv96199I","iOPa8iKSqbIf9nl4oqQNFzscBKuUDwju7OZ4VXoZyME","3.15.0a2","20251209","pUGzCP7mxIoPY0umBi0BmREt1oxEtHaGKgGo3MBaMs8","XG4pyRASuejHB0bcUOYewpSVL0MNTiwoqibnUcSCCdA","TYECtw6p/nJu466a2em8TL4LbtGPeYnIGu+B3lePAWM","/vBbP/rg1ED0TZkajTWL1gLp3e1JQhSDB7pFiqTRl5o","3.13.10","20251202","cFs53XRJDD6bS+scT0C/gCtQukD+CFvcpjVQapRNXnQ","NlgOQ8x2L0tJ3of1ZjJdzNzewR+Pg7rLImBZSBfZjFE","bOYIaE3w+QNQx6F0LpaFp3gtmybsmdG9nVXIz5pAUEA","jYbi7gJKbGdlkOhUGwMU8cuYy7BgtqNCM1I9X/DnetU","3.14.1","svfxafFjfJOyaxcTG1baIfBmB5p/ZdakNp740R6ABXI","1RL/m1MfbzoVq9yrcHBTZc6SipLC5c/EPTiPD3k7yUo","wssqm0QoX7wTw8m37qgT227Y2UkJQGsFnbev05sy54Y","FgGOpR0bK+RH83Dnb4ghsXoy2ERwNd3XfXDJX1py4uw","3.13.9","20251120","naUa+wBICozNSQm9MCyA2cEE1jPF6GXPN91eWHGF4SU","fvuvge1/KcVKdTx3L3PhvYns5MteJ86FGucxJvzXdao","gpufiXdze2zMkSr45xe5//u9HW24hQgvswSJwXbgTGM","GzDXpJkD1+JWxppLQ8x2SFCQ/lumBFlYMaxl3BGCtdU","3.14.0","6wpZFfWMPctk1YfpUfiULmycavY/q4u7VZbRzlc4wqQ","Y8NRcCkrJEmUcj6emmM70xl3Pp/RSKQsgke0F6GLty4","nD154eKDwZ/m085oun+oCJvT9v6afo3IQXBSRGYR97Y","mAGdsYxe6ZcfNU4y3tN5qZdH27cI57VH5vKU+25+REM","3.15.0a1","20251031","7LYW6PXKdxoMQpL8kGwEeBKGp65VuW3AbsD2MfIPQsE","00tPGiP9Pf1v1QhsU2IyRYGzINL0G3BeBZfEVwKX9Ho","ZPwp5sei8CoYZF2Wjxs/wdANEqXvP8uw0Hf6jGLAiQQ","41JzbyGz/l9dxEs5/WNWDTLL2hsz4nrvGV+0C5m7IAI","3.9.25","rh9j+Vl6nCnIOlULw0pqD24eTTgCRFV9gD5tOqzjEGk","TJ/8UEa8JOmFtd/GWZLl+3exxLwuF9eawKDwQC/ANj4","3.9.24","20251028","DhniueOngcn6o8cHGMrofY7eDQMTMimEayimUAdI2GE","oGY1Tiox8QTMYVwXApFbQGKq2rccq+8m6WdDrCIUBww","3.13.8","20251010","Emz0ERWUFbDYwIZf731tev9+y3WGtBvQE/x3rsfctNY","Mfuj8uwZGqT2D3Xe2HW7olhWBGkBZ9IYnHUbEu5YkA0","ERLK8nXjdPvmKcP94mXx52dbIVU/FgcIXO3IIdGEpKo","AXToj44PS27JL72iQJjUQTCD97oFRW0Q4FjNL93Ukio","3.10.18","20251007","T8LXiDRcV4bsedR43vOAc4cVAuiHRuMdMSEf4MDSgqY","+cWHF1uJ7EvJo+Ahkvomb4uZQg7W5p7HB1i3qjBKU/w","3.11.13","ry6Th262Q+cd+cqSENI/8wEn7wHzITqrfXsybBfffhI","Ripoofi2mWziMjpBvc60EvhyoBubiNz33ItFsOeO8+Y","3.12.11","4FeDlfArtqxhoN8PnigPAxe7tG2L7WYjKzqpoUdyVvg","2hBSukHiDmGkDze2qf6Fk5e2V+C/FrV929siifKnlKE","3.9.23","1tVYQc2sD0eIRa2kwGNhKRoVxwLJz7YV/JxucutDWMs","t5a4/PD/gdvDHLyEo221HjI10ui4HnBm/yY7Opgz++A","3.13.7","20250918","5kAUPU3eLt/xhlw+iORLBGR4t5CvT4s6xNIo5TlS3aA","P8V9yfUcIwpOBCmrvYCPsRwLJ1OKrfnC0iYbdGm9AdQ","ZD/znv6znZ6lYtVT9rrhn8rb2ubpz4i0eGF+lFovUGM","L2F+dVtNaAnvkCJVwhQQlG1VChOKQ+UC+x2TPWRIB+4","3.14.0rc3","QsK5/981DQvP/R03mIWZTXE/pI9/NFYkM9fq+e+/nIs","bUnGetXTS8a7Jl5IMJXocLXCsRPEPlQSKcUJ4aSSd5w","FcaAUBP2NcZie1Bbqd3cRLsr3ilYllAgFYuk+/IWj3M","y8qEDZ2ToTpyv29eCCSpfaLRzlsmdE5AgQez2HE6ptM","3.14.0rc2","20250902","mLB7tmLNpD+Fp3NHweYe7V+ngvVORzCWmkag41EuXqI","EBGPfUB3UwyRDUMUY681ylGlQ6UHQZNR3lQm9a7OwsM","nrm1IROVG1mDiUsrlBPtV01l0r5nUpD1lHb1c9qI6oQ","3GISP7XAOFgEwhhUFqkuAfCojFTkrONGzNmeYvAFZjk","3.13.6","20250814","PbAq+lYgcJmLXdKTBlo+W/bEvBz0wwpnnZAEBb++Kug","nZEK9YMhkF1qiW4nKRF5gMjbnF6+I+hKexOpoBVAXV8","hbPIp42+WLSB57f6X4YAo2lmMiprP8I9A/h+mk7nZbo","Yk66E8uv0tW4440DC6gEBdst/9tx9kXHUBHaDrSXE+Y","3.14.0rc1","20250808","gv9yCVz2uekYssTn+NfdbIWbXtxLb48eVP+VeZ/ylcU","M0coH3mgQQsXlbtfkkFSuXgF4a8PTp+mHCdrS1nMOUo","B962blLJHGnhWj1kT/FSfb2eJ4w4ntWDQa8Qhy3BWrU","ClFgL/KTQRrqyEVbSllyrdWfoTd6r5ESasSEVrGf7eM","3.13.5","20250723","wZhhCZgJLEJlBgDvJQvjiLonqzB63k2GhMJ6+aC1Vpo","oeKgUODQF/JVS4xe8cgG4Az+7JDMnXC0kaHlaJ6y/EQ","YGvP+LPq2qTTKLcArSw+TUSSSyTrgzqFsj1+Qlc1/Bs","jF5rhcwIWjNUc2eNQ+jq85PPenF4fuo/myPxofUXZlM","3.14.0b4","20250712","IVX2CyqKFEiyxIUqJ4h74un+jpELrBp1s0LkSIShkbU","4Goz8JUq4K/Ey+n5x8C3XQHSASd5p+EjZJNDHY4AIL4","p9Y1EqF1ItfHbHuvontJo19PX3S1FAviCcoXwMrRVzc","M4wssEUrQ/yrRk4fxGYowqy5AZ1FUH86TNKxfP9BaXE","3.14.0b3","20250702","R/Ic81SB5bqOTms1xN1UmwRj0PHcJBNNbn/MgyopKGk","l0uqDdX7omj2Q2VNngyPbgC4FgDWpLQpInfwUGPPQJw","Juxml7uzjD+mJ1554RCFSyWFkUylA8ZZFkeOfKjQSRs","Ag+huyVrGTRtq7NYAL9a3PNK/nLNdiEcKc9/+WkJEb4","3.14.0b2","20250612","3ql04lCvz0wok241r1AlByKVpxHXL6Ze7QZ5Fwxwwng","NCjAgYbH/4O+J9scaEyf6zsENJtxf5xpBBX9h+ypqU8","TgIri3obKYaqV4D640taiaGsXtEb6gwzSeZ0pst+McE","XxmjpQCYJBzKEJP7jbTbC7uj5voUW46lZ9+Kndeaqdo","3.13.4","20250610","shm5PDf/7+Rklf7/bZlgSHBoMjB95FTvpgoJs5L4h9s","ogUipDbHITA0mLb4Ec6Vb5EgMpgxjFVtE0kLbyKXKPw","ZKt6yMiAAtm6IKkvcpRb+jUCaOlEp5IlAK910gMwV00","AAaFZzcnbQt/8ZWAmtSI4iqQDLo7+82vXPpi0FFfqHU","3.14.0b1","20250604","vtyvrLlm8CWbMpRDiAOa2QbmSViPkcn6iJLIxY6xDtg","t8RC4gFSHneBOKqLQ1AokRg/0CsLS1U8kYIT3Zf2pqs","UMDUsBCtUpFeZCUzlpum2Rkc79YqjBlM1OdBkJ4YiK8","0YWrXYAX7qv6JL0um0aho1A92zdKwndcKmTXJaPHXVg","3.10.17","20250529","y0WkW8vfAKSAj0j780T1l6AeZsXtg6fjiIg8hoRL0vE","kH3vkHyAzieVVbMc5Eu2rN6qjOYTHcWGoe9rjuRK1GE","3.11.12","b5ROd5fw/KOFnbGaY0TwFSdhbq2wiLW0w5dGgvFE+ds","rU3sAkgLeh/yz/Y9ldBnUHem+HH9fJgjTiHnIhCiWqQ","3.12.10","8XGvV47Nu89jy7Cr0I84LfPg0JHpjDFhs/hM2dCswP0","HTEiCYHIRGrOAecxo8eExboGB7ke82qSpekSeHZo1ns","3.13.3","hPCkc9ynbh/Q9ZBiVr5HrmeYAhU2qPX5kDE1Tmx+oI4","1hdPoMMLe2hjAY+GHCuZqbU96B3mVlOy9DS3BLzU84w","fcx3+L+4+Vizs3WzCnI3GwrtpemXOromnwQesJNwXDU","a1ZAbWfw955VqpQFSQb42NxyXNdQRVQAQYssd4p4lLA","3.14.0a7","QHI+N3Ze38L2dLfJ0y66Sc+S127SPxF5yY30Z/Htn4c","bPtBLH48QcbG9U701xTBXardiogykHMRf2IwadUq5jw","pXp2va1Nuzb0EIUl3l+Z7Zr3mpDnVTV7jFuDsXLnMps","EMom39LVDkTx8YfSwS3EikvAnyb7elXrxWLvR05fQ/w","3.9.22","+7SlD/+xnV4NM/zVNHTG5wtXjSDYC0hBvOsi31liCPo","GUMNkRtvFQh2QUsJIwAptM54IB/7AhZtyHnpaC+pW3c","3.14.0a6","20250409","oYfSxQ9DCVyPUbNLq64cKR7hpC1nd86Ni81YUXZS+Yc","SXKLlYTGPFTJCrieZ4W+2ZyL8jHQZ0Evbg5eJm+0+Ww","tL9biF+mGyUqNEoRu2rCHwhet/O6jmxrQbh5ZhgQ+GI","SKgPTEJWbyXNfmmGVj++0Hjm6h67AyjpMXgwgllM40o","3.10.16","20250317","7NHA4tdPJxKCUfLF9ByxB9Tv2TzHrs92pYXXUkSsTwc","VjnyVx+1/0yoXGj8GM7s3HSN032iMxCMyhtE3oblnyM","3.11.11","e3s5PFPINxUJCHpg2FjuJWe8Q5vaE8gVZGR/efOQUiQ","iLJ2cE3rjjuWoHhja7XUWqK8MFmVHO2KKoCbgM/HaVc","3.12.9","GkFL85Knr+CMdCUCqC7dQYk6EUTMvOsYTcXubunAacA","S4QwcFQCtxOsB+7oaWb831F6x1QIhJsnlsm0kNwO23c","3.13.2","5akE7PtAYTiXc91lXTtWZUR8gMvylI/LHAfpJxbu2VU","3rxnMpzrC+p8GToOnC47e8Cq7/J66zZvjdoLGzRtqyA","DXPkNI2NS1FZBYYJ0jA3BRkEBbSF3QmtBdhw1+Dzbg8","lo2GCpEn3tNhpfHo67ZPdQuEMU89ZZlbDMI6hV4+VIQ","3.9.21","kqbC6zrCo4xdgRKsryFjpCSA7io3gVC7JDD+zWCmBUM","IdBmIR/es6zF+F4sNH2kPJcQSIv+0cYpeHP4vo5fN9E","3.14.0a5","20250311","k6B2abZmr3LsJRyj/KgDzhRk4zgR2k00dOLch+FZd0s","5h5YorAO5K3vTlhq/Vb2Z8kSjYB7g9XEjavQyDYcM8U","DUFREuvFOUmtEvehMZNTYFve/i/Xh3M6Sp1OzCDiUKw","ugmyDDMlklSg8Qg02l1Rhd2tRsdT1OyZqDBPk11X1Rk","3.14.0a4","20250205","ommA0k4nCAAiuDWQ3Qca6/OmlrjEIh6or0ZW453JM/I","qZGK74d8t3n/BlpWXK7Fvu/8Chstuv2bGeTRTJBOwpA","LVBXgFVINO2j8LvdvkQ5D+trjnVU+HSRoxakYkhJDqA","/mmXGamL18QkhLQCjPnuXiJXeG/zfw0cYJXXt/2u+cQ","3.12.8","20250115","n11KcbkVehYM+KjpMVhARVO1iN3UqU5sVHU8JrA/7l4","0OZxtAKGvxoKfS7hp9OVWYcXlNi6cpRryGG+MRXIZ8E","3.13.1","JuDVMgv/fRQVMeCYSfBzXGNLujEAPtawibm/Q0MSp3M","mauV7hJXcdoxUN2KNycvoQjDZVyRGJxHbBPuRMzXRp8","avAyC238nnmE5QbW1Gd+vYZKq0A3nWTywMPCEpLhiyI","Vl31jH/b/BfReOomZMU73mdFtfv/Z8kR97kGiScaDuA","3.14.0a3","20250106","9dpU3eyIZhE8soCeHewOwPRhehSbIZRdp7jI9cyrjl4","u41wt5JZxIIlEfsJDOAqdHAxb+B5ygRighwHIVfcuXY","NqOT+NUdVl5gqzRxxnwd0CncD5v7abwKiQ3GCldkwN8","R0uBASyRZoErMP+2IOBWt0boomPXJrGq7k4S96pxRnk","3.10.15","20241016","DZUvojQnlFI+p77ualjnnmIEXQ8BgxTOKC6fLxQn7iw","J9KyAynuDYuk15dNUtobR4ZutrdEq5Nt1IVuxL8GZJs","3.11.10","V1tJp6pk6XsG3mBbfpRwM78jELW8X5rtuYWdR0UDPZE","jbQ/o7JUEh8OIA5KNTgmdQeO9xH0pV3nEex094uAalI","3.12.7","hIQFuSvaIPrR+bupkjTH0/EeCzHkb4mDXRyz1zXpMqo","U2Zm8cnkrWYgDL3fiMoqJwB1CLpuRoXhdD+VMOaAuqE","3.13.0","QGZkaBvUSvNXVq0I9TBPHsVwcLt2+uj/NX/xd/IpsiQ","KZvBwj+tlMhhp+hL62pZ5fwuYcP5F6CoW0n5ZeWbZZQ","Lgff6mL+IhVzhVGhech9vtHMedGzZU9NdVmImm1c5Os","zpVi6D/kbIeXzk7hXuqGYzPHFaha7xMMJ96BXW04bY0","3.9.20","RA9OvGUecH7STV3GjTsLIZfn+zabt3aFsbU52/MKseU","VncGF2IgCMZqRcdfSPnB5mqjpQUudyglUE7F00OcU+0","3.13.0rc3","20241002","D1+fz4IJPEKLgMVSFlVEQ59K3NvlEp7Pch1hnlMum14","lZ2MAd+ccRC3lhKQrmj1syGmsuut8D5Qi9Y6Ap97lX4","3.8.20","N1tu6tbIUsq788z9Q9xPbdTDY4G/dMmnkQrLg5/VxX8","HADLSoGwfAj9/P47+o6H7jr9ROL3Xi8ov71FnZ92DlA","3.12.6","20240909","sQ0Z61VIo7Owpeb5EJg01+z8E5vBV1T4GpTTnqpb3SY","GLpClH4+SjGg15J40eKfHuYOUE48QSBTyo5C6GTiFpQ","3.13.0rc2","lxZorH8xaO/E0rWJ6dNiR6uMqflSXFbIqnv9N0BgEFs","YF1jkpqGppilIqTQVpxBb7VOFs0qsazXnu/MNP+JeKs","3.10.14","20240814","RAT0TsacBwjU2I6Y85wsH+O9Ri3GqVi2Cq9jAoVQxIU","0iZKkntXZVwk+DZrZ0UocVtcxku3B+ADVXfJCwDNTno","3.11.9","yGgPkBN+NrVLNjEnHM3+XeNj59Vj2N+HxT4RuVagDgQ","dwxmgFsfpiYBTniN+BFnoX2oAq/Yj8yq1K59rvEOVaU","3.12.5","San3rUHWLg7OnmZMpa6V8CLnto7vSOim8RYg7JJHxoY","oy6b+Wzlz8i/4XOmzUbRHtzHrxqGgwWUBu75KHAQ/90","3.8.19","GiQmOwOcEXK9QtdKVpRJLz49vk0+UqHnzChW/ufb7ko","enFga/MrBAcCl6LqGNMadDudcUVxDIlgqNOHegrLZfg","3.9.19","669DNtDL/0RmyZTVvKqSo4yR0GaU0M1nXsZjJZ1fN8c","u+kaq88yKBpmxteGVxOD+6Wr9AM85HQnVQKjMDJYqb4","3.12.4","20240726","nWjL3RLR1vmNNcx2rdIywS23XGt/SXM7/8iOexwCWnk","2mueNID5hcv1Lrc7PTJmXFlWqKeO8aEkuF5L7IWOxEo","cpython-{v}+{b}-x86_64-apple-darwin-install_only.tar.gz","3.12.3","20240415","w3oi/Kj1fURx43CN5tEwl2aMXxYAZ/JkuysY9STIkMg","iotlyTWOEOce0WEcSk4WsYXQnLevpSH+SPgBnU0B0V4","3.10.13","20240224","Y3jf0i9Yu1U92wK+KDBNc5zXMMH5XBXHSVXJI6G8PWo","wUjzqWa1bQelgWTJnfMci7v2POj1a0rd+xBxSE2k+O4","3.11.8","CX9Geww2cGv+wT8Zmi6vkk5mj3DG4r0fE2aAaWL36G4","CuFlwGKUORyOZ5JkFkEc1OrX0r6f2lPvbbn/QyD1uqM","3.12.2","pTpmcKICyW/sC4xVzMeA6jr1MH64kmjVtBqXdbEJwJQ","ebNYOFjefr6LYSsZEujK+SUW5IS90EYenUfYtb0O4gI","3.8.18","fSzY0onV483QqMBsAox8Yh09AM5Et+LwjBckrgRxxiY","GSJr0gNhch8Q3eXexIrMe3SxjCVGEo244mjYVa3et5U","3.9.18","Fx2LRy/OApW+Dii7cCxD1aKjn+zLPnLv5iCsOEPD5AI","ayxGZkpZkNIrLJBBAbofFQSr1Uf0s6XZsvHqjpk/BA4","3.11.7","20240107","oOYV7vH6/cdC2gAIQlqQMLfqaKSuTnOsVX7yexEoNtQ","jjLuwq3AKEvW/vVm9mE+iaKymRS9z3hWI9hWaPV59TY","3.12.1","7KlhWMFWje3ZoLNCU3VjeoN2TR+nREZDgpMImov6wfg","Mook7l/55GZj8LypsiEjXUIajGN7LqxXc6pgJIEeQjQ","3.11.6","20231002","F4yxcWwqvCXLVq6RUJbBoIPmCr66V68AGZbovGzho3E","pFCG+DxXlFeo5QhJwO8L+NkmRb/xci0z70nEGEAQi74","3.12.0","Wp6IyKpStgnVVnd7UuveRkrktPd+SqxOtpOvVzlcmr8","ggwV9Sbdj9IA/8RCBFLBTVxhBlSiuxfV4H8dzvWYABA","3.11.5","20230826","Sk76c3jHLx3Y68zhr7mbJMAbBwI6prj+pQ6u21C/K/w","LkVYhHXBET1Sa9MF1ahG0/FHm6yJDy6IauuFcJQakPg","3.8.17","FVsGghYHuuGljsxgp9A2s1jHZvGeSTuIdhkHZciDpcI","0jfJddl7df363TnBbP/lK8prNw7WFhL+Vj01MKjfu74","3.10.12","20230726","im4+2XOmcd5GjZxpHtnLLDpIWMXe//zwsIlp+6nB3QQ","v5wRbS6RvTzryGTk+PE0mxxrkR9WGB6nudFGNMialOA","3.11.4","R+FVfZOkJYWXJ3LoJmEEfKX2CCkxWKyyd43M8SDquwA","tt1BJmokAOWXqtqbBlp7Ulo/ckL0o+FozXBFld4gTkA","3.8.16","KFBuUJZGwRyy9XpyA70bCLbo5bFZrjCL1buTsNM0va8","a5f8UO2VRQXhsQLrF8RhH3tqUANpU7OYi9yYVSbfwgw","3.9.17","3+G+qSyUuct3koiwsG45FXxf9+RlzdJAMqwUfCr0hcA","qerxGplPJ8CcExgR1EM7k2W2UhlSy1y1R0MiIhghIgQ","3.10.11","20230507","vT/G5NpvQDPr8Z1mcE5zsIBMImQd2uELvjR8SPgjdK0","GCr8J53DZj29TtMulFxCQBl4URpBVnbe1R0wzi0ZC2Q","3.11.3","9xC41gYhMIFJwQDVF1/sOSdO0LnJlkVIT9k9FxbvQxA","vI0U20bWH4o79DC7+VrmGXuKYcQ4wZfbSd9piAXSEEo","3.9.16","OrxNX7vID1+EjygJJ6xdE96NwDqrtq5l2CR8u2jm9r8","2nClDcYHpSjCXzHmY2qBruvzcvlf+RqaK4yH00aTO54","3.10.9","20230116","DmhfmNzg5byNqTxwgfTmwQIZeS4iPktYhnMP1zp7pMY","qpLJOoWwKQxIew4VXUw+bKyIJTjJPpquFKMPBrJ8zUY","3.11.1","IKQgPQadybcQ9wsJ59os5vRz1rERD5U1+29MRp7VRzM","/WU8w82MpkN/niBGcZ0Ud5Tu/7xRkbHpWaEcM2QW+Nw","3.10.8","20221106","Ult5x85d6Qq2a9B7CsEAi6+hR93IpBvvFf+3ycHp58U","ET5Eu5IfcuTO6q6xHLh7hFCdruyMPG3oH7UBcGKtfoo","3.8.15","cLV/KMK14ePdifDTDt1bxBTosgGVdmzzKOGya+14kOE","uDBWGyqS8INXzCDJiGrIe19Nd9A8yphpN1b0dzsBmYA","3.9.15","8ryt5vyXbEcvGPKzIE1nIC1DrlXPb55nD5XkiPeA2gg","9ML88hcaEWXwV71Hd4cSq6bGAYcFb4LzuzmxXvHq8WI","3.10.7","20221002","YQH1gENFRNKNVZBUMCmnxr3wfvpLzbXky+2zzYMkGSI","buPHhTHj8k5A+5myOsRU9DkeYwznucq5H4ff2GWsjgM","3.8.14","PtTbjQMIxYQZbZfGKQWOppu9i3+aA0z4wscB67KGwJE","jfGheUAYz/9e7PTZ0Du5/Lq6IFVu7DmMGcbFWLjMeNA","3.9.14","t9Oh9LV+k1BXHM7knIL1AxM94NETotuuvIzPEI+z/hs","X4D7pAKR6VS2i+jiZzmktdE0mdSpZeA2mZ7SgqWQztQ","3.10.6","20220802","dxhBGt8+oUgPPwGKZD6wVQKCrv455eyz82OkpWapOYw","Dchf35GnK0D4Wi3FW9uTXlQA/MLPWR7l6Neh0j5ZOXw","3.8.13","zW58Cifa998A9oguq6AUkN2WP2mOma7ulwaHczPg32k","f+PrByBa66Osp9YhZ5pZHFwMLB0h8kbNqp1sE/He5m0","3.9.13","lUCn77fIpUpIr/HLlIDklYjZwKP5NK1T9bFnM4F0r6M","jGt4B/KoKhjYAtcfJ3aY88i0c/W4iUmf9/FPqK4ydFo","3.10.5","20220630","7KBYQ5fZo+9ve7MrBHYxiwHIm3sKAx75eg3KpbpRJ6g","voKa0G3KEQifBF3h+duhxBzT8Mu0+U1iaMeE/1Eeulw","3.10.4","20220528","xKV6E7CE1JzowutbJmLuRbDFWwjd1pb0cyM7B4fwOYg","iK85sFIsn+q80IYFooMbGoGh9tVnXGDRYv6sJAL7t18","3.9.12","20220502","JFO6f3az3zMQNTtIyIHWz/YiugbjDStq6RWIsryeSBo","pTp7Ep5EWAIC/y2i6I6qY3HCZpdXRob9iPuJxicwNj4","3.10.3","20220318","7C6QtqWJ237590NYsUNlWBZ2Kfnk1yXIFQSW+csIqdQ","Q1/vP8v4Xn6azeB/8utpkcNwSKmZ0B/1RVOd4/Xz/BQ","3.9.11","Q4idGkJMhPsVXhYZ8GKttphPvegLYENhF5DyK8vuwwA","kTN2T6cLeOG1Ub0aMupXLF0OVN5chCNn9BBj0Ll1hJU","3.10.2","20220227","gUatQ5BxDsabMWpWSZEt8CR9NfSkLiqpYVv/2Hs+I1o","UMCnEG2IWZnD+whkyQ5HMV6iF2w6ur3PqxbETKkyNxE","3.8.12","8yP7xVgDXBOoXOImfQ+tnokoImjsuBDjZP/x0KB51SU","vAczE9PzidrbqznHqqc0592O6DwJzCrxhXp0IZ4HWsY","3.9.10","/a9ZQUJEYCnjFKm+uR8ax1r4ZjILULi5aBgeWSVQzWg","05o5k8SwU+h3T7aPxDfjOdeqn7FTJKL+IIMexA/quJo","cpython-{v}-x86_64-apple-darwin-pgo+lto-20211017T1616.tar.zst","3.10.0","20211017","dD38cQ1faw+6kYOWI0HokHlLlDkxrNHz0PdqM+vzSYM","cpython-{v}-x86_64-apple-darwin-debug-20211017T1616.tar.zst","nHK+ZQ5oLulm1QZIU0WVpPQkBPJU+X+G8CawwRjgxww","3.9.7","EsW84bSNK4lgSewlJGSNVCnrqYJTm8Vx1DwaLsOZdjA","5ociVYwsWgYUwq81MM9Z+KgXQ24Gwm3WlAfNn2fKFtM","cpython-{v}-x86_64-apple-darwin-pgo+lto-20210724T1424.tar.zst","3.8.11","20210724","pCvY8jI2z9JH3l5DVrGPkDmFdXfBe15zv2Lbyrxdlro","cpython-{v}-x86_64-apple-darwin-debug-20210724T1424.tar.zst","lg6ZCRj8yFBg/5S4DUCXQHrz3gUFbIM33E0AflPw48I","3.9.6","Y7mecdQ3GO1i7yULRZIfI/BNO9LU4Dkg5J4c+NI8U44","5CD0ZTRTlZwAQ37xYan84SzlAiPMg0RMMjnCtLhh3qQ","cpython-{v}-x86_64-apple-darwin-pgo+lto-20210506T0943.tar.zst","3.8.10","20210506","jQa+wI24zdD2T08F7oks8vy8WM+x3WnaLKq3j6xCAjg","cpython-{v}-x86_64-apple-darwin-debug-20210506T0943.tar.zst","x/6p300yA3E5GXkc8TnBCVoEK6Wf5Yz4CoZUKPrZMPU","3.9.5","REk0e1x//YQkh9VT2fQ5PDZVppcTifLF9fQURLSCTNg","2ZByVo8uTbMPUFGybLiIpLNqySjXazNWNFR+C7ILaKc","cpython-{v}-x86_64-apple-darwin-pgo+lto-20210414T1515.tar.zst","3.8.9","20210415","6RWyx4JNHtkwoxSRKkDar0ZyIAuaBou3VCuutIrfKfs","cpython-{v}-x86_64-apple-darwin-debug-20210414T1515.tar.zst","k/ltP3W0uv56Mz+yc59P+0vqKY8tKnx9KvJJFSVg++g","3.9.4","fQ/HD+xH/wAfGS+xLTBwuJ5NhOIXRcjzA1AaHcO+zeA","NrjLapLjVb+WKesGWirX+xRXXhOSjdDdOWV9fPa9vL8","cpython-{v}-x86_64-apple-darwin-pgo+lto-20210413T2055.tar.zst","3.9.3","20210414","it55iGxTDaZP7ZmBFL88ngDH/5cHp0QApf725Xdo7u8","cpython-{v}-x86_64-apple-darwin-debug-20210413T2055.tar.zst","1dE20eHnfuPU0wd7/OWvVmKYVr3A+pfJmQsPiTRGnqc","cpython-{v}-x86_64-apple-darwin-pgo+lto-20210327T1202.tar.zst","3.8.8","20210327","PDUHBzcOlLNi8G/SvLffy/UlQd0Bo6nw0AXiW2hTjQc","3.9.2","dI+OF8S9F4Ngy7yNJZVzE0xI7GJO8tDPQf/jGj7gPEs","cpython-{v}-x86_64-apple-darwin-debug-20210327T1202.tar.zst","aLJCNGI80QVpunHNWso8Q1MwsO9KuCwJvrf5CArfS4E","cpython-{v}-x86_64-apple-darwin-debug-20210325T0901.tar.zst","20210325","PGsJAZs6Jr6yvZYdWCuyDOTns9UyEK37lQ/P/Ilypd4","cpython-{v}-x86_64-apple-darwin-pgo-20210103T1125.tar.zst","3.8.7","20210103","12MAu3lnt+XjYaCSlk2GIxQf1bHkGrriDXrG+4flbJI","cpython-{v}-x86_64-apple-darwin-debug-20210103T1125.tar.zst","o6fUSWySjGOdmGMt9JENCSpaFCglPqejZN0JEk01JOE","3.9.1","PawrgVQhgOEZiZyU6lXtx346IQqH9WaGs4cYMi6Mb7U","Mbvt6gptFph0BbIvvdG+u4vPaATAH8TYR3+nCzdnFlc","cpython-{v}-x86_64-apple-darwin-pgo-20201020T0626.tar.zst","3.8.6","20201020","4GgH7U1okoY0smkKhup6E9M5wP/zgIgW6Yxka73B95o","cpython-{v}-x86_64-apple-darwin-debug-20201020T0626.tar.zst","E+5afXVty3Vl7HCdUFRjC0fiNJSXa3kmANUGoHesYDk","3.9.0","0ewjRZ9u6/iBp8W/Dnc3fGfWCt1n1X7OYxbkJavmlJQ","jVc1gzukQehaT2YyBL+B0ZJlPsPu02G9jP2y5ziAWl0","cpython-{v}-x86_64-apple-darwin-pgo-20200823T2228.tar.zst","3.8.5","20200823","Ww0oSWzsztBnYW9GsAbw8ZPxLQDW+jERtLWRgPGsHFY","cpython-{v}-x86_64-apple-darwin-debug-20200823T2228.tar.zst","ff0jAB1bwKHcLs4MNv1lrB9jUK+h7PxgZ9YFixvhNIc","cpython-{v}-x86_64-apple-darwin-pgo-20200530T1845.tar.zst","3.8.3","20200530","rfmK8PC6j1WoRHbggAIQtZ7dZ7uYgAvj68XR8BV/8B4","cpython-{v}-x86_64-apple-darwin-debug-20200530T1845.tar.zst","CvJEzWKkR/sLcfUd3scEBQWmMLliK1Du+FoDfaMdVqM","cpython-{v}-x86_64-apple-darwin-pgo-20200418T2238.tar.zst","3.8.2","20200418","9uEaGMP+hBoaRfw6eG71TBVAxIqnW21HrY1q50tEzh0","cpython-{v}-x86_64-apple-darwin-debug-20200418T2258.tar.zst","q8BQKH+Na4wgDSyUUptamAtE33c6CCQO8GIFNW1YVlU","graalpy-3.10.0-darwin-x86_64-none","https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-macos-amd64.tar.gz","24.0.2","b+fEbJ5PlYIX9Xavyri9Za1Pt9qr8tJTU6t6nKRcAdI","graalpy-3.11.0-darwin-x86_64-none","https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-macos-amd64.tar.gz","24.2.2","L01efb35Djh3jfy4yj4ex+7iV+9yaxk31byRtUzd35s","graalpy-3.12.0-darwin-x86_64-none","https://github.com/oracle/graalpython/releases/download/graal-25.0.1/graalpy-25.0.1-macos-amd64.tar.gz","25.0.1","ELByHVI5fwzIXwOJADGNoiA3EcvPrniZ4/rtSdPcYiE","graalpy-3.8.5-darwin-x86_64-none","https://github.com/oracle/graalpython/releases/download/vm-22.3.1/graalpy-22.3.1-macos-amd64.tar.gz","22.3.1","JK8vRBCC+tKqVTzeGh1jVtbFygpnkfeRBRJZPc2QnQk","pypy-3.10.16-darwin-x86_64-none","https://downloads.python.org/pypy/pypy3.10-v7.3.19-macos_x86_64.tar.gz","7.3.19","Y/nTDN2eR8/ieb6UGXWsPSTkbHl1bNHRvSxVHCfYsyw","pypy-3.11.15-darwin-x86_64-none","https://downloads.python.org/pypy/pypy3.11-v7.3.23-macos_x86_64.tar.gz","7.3.23","eYJ5sPIziTriJ1QpCu3zWhrqHskBOorYEQ8WbYWUTJE","pypy-3.8.16-darwin-x86_64-none","https://downloads.python.org/pypy/pypy3.8-v7.3.11-macos_x86_64.tar.gz","7.3.11","DoP+v4kavEie6zrismtGbzfbThrskz0oc3imagTg0Fc","pypy-3.9.19-darwin-x86_64-none","https://downloads.python.org/pypy/pypy3.9-v7.3.16-macos_x86_64.tar.gz","7.3.16","fqdiobCvdUWnTNQmC7P9KBKBPe/+8u+NL93V4D+mPvE"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358],[0,359,360,361],[4,359,360,362],[124,359,360,363],[17,359,360,364],[0,365,366,367],[4,365,366,368],[0,369,366,370],[4,369,366,371],[0,372,366,373],[4,372,366,374],[0,375,366,376],[4,375,366,377],[124,375,366,378],[17,375,366,379],[0,380,366,381],[4,380,366,382],[0,383,384,385],[4,383,384,386],[0,387,384,388],[4,387,384,389],[0,390,391,392],[4,390,391,393],[0,394,391,395],[4,394,391,396],[0,397,398,399],[4,397,398,400],[0,401,398,402],[4,401,398,403],[0,404,398,405],[4,404,398,406],[0,407,398,408],[4,407,398,409],[0,410,398,411],[4,410,398,412],[0,413,414,415],[4,413,414,416],[417,418,419,420],[4,418,419,421],[417,422,423,424],[4,422,423,425],[417,426,423,427],[4,426,423,428],[417,429,423,430],[4,429,423,431],[417,432,423,433],[4,432,423,434],[417,435,423,436],[4,435,423,437],[417,438,439,440],[4,438,439,441],[417,442,439,443],[4,442,439,444],[417,445,446,447],[4,445,446,448],[417,449,446,450],[4,449,446,451],[417,452,453,454],[4,452,453,455],[417,456,453,457],[4,456,453,458],[417,459,460,461],[4,459,460,462],[417,463,460,464],[4,463,460,465],[417,466,460,467],[4,466,460,468],[417,469,460,470],[4,469,460,471],[417,472,473,474],[4,472,473,475],[417,476,473,477],[4,476,473,478],[417,479,473,480],[4,479,473,481],[417,482,483,484],[4,482,483,485],[417,486,483,487],[4,486,483,488],[417,489,490,491],[4,489,490,492],[417,493,490,494],[4,493,490,495],[417,496,490,497],[4,496,490,498],[417,499,500,501],[4,499,500,502],[417,503,500,504],[4,503,500,505],[417,506,500,507],[4,506,500,508],[417,509,510,511],[4,509,510,512],[417,513,510,514],[4,513,510,515],[417,516,510,517],[4,516,510,518],[417,519,520,521],[4,519,520,522],[417,523,524,525],[4,523,524,526],[417,527,528,529],[4,527,528,530],[417,531,532,533],[4,531,532,534],[417,535,532,536],[4,535,532,537],[417,538,539,540],[4,538,539,541],[417,542,539,543],[4,542,539,544],[417,545,539,546],[4,545,539,547],[548,549,550,551],[552,549,550,553],[548,554,550,555],[552,554,550,556],[557,558,559,560],[561,558,559,562],[557,563,559,564],[561,563,559,565],[566,567,568,569],[570,567,568,571],[566,572,568,573],[570,572,568,574],[575,576,577,578],[579,576,577,580],[575,581,577,582],[579,581,577,583],[584,585,586,587],[588,585,586,589],[590,591,592,593],[590,594,592,595],[596,594,592,597],[598,591,599,600],[601,602,603,604],[605,602,603,606],[601,607,603,608],[605,607,603,609],[610,611,612,613],[614,611,612,615],[610,616,612,617],[614,616,612,618],[619,620,621,622],[623,620,621,624],[625,626,627,628],[629,626,627,630],[631,632,633,634],[635,632,633,636]],"others":[[637,638,639,640],[641,642,643,644],[645,646,647,648],[649,650,651,652],[653,654,655,656],[657,658,659,660],[661,662,663,664],[665,666,667,668]]}', "linux-aarch64-gnu": '{"strings":["cpython-{v}+{b}-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz","3.10.21","20260814","aGB37Y1mjjRG8D8gK8PJmVXTUKDbCs5fjORfG0UbVLc","cpython-{v}+{b}-aarch64-unknown-linux-gnu-debug-full.tar.zst","s4guc+IhffCUSEYF29DiUzNJFQSvq7zrsuZ5uI4zGxo","3.11.16","aiUPXJMm7rqlKNXRMs1m69HXVAz0WscD8Z4T9B0b6bY","Y/41zxtmq4IKevU+CUH7BY5TnQh8iaahBJkVhg1LEb4","3.12.14","LY4X39cyECz+sY4OH6Z2myTKoDThWZgRKVkP5AnHFXo","IKh+RzYsCNsVB5lp0XiwebY/5KfhYpsi5Trqk0bapCM","3.13.15","mF79eMHGUhs3n3xkwqJeahEw8HRB0a+L5EGqBSYIhqo","lOnW3cvRFdJAw5Fr9RnHKobaPLX6trLT+L2nUaNTSN4","cpython-{v}+{b}-aarch64-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","2RH+VxMO7nmoMopDczDNkME+Gx/AWDYEfFEV05jIqYM","cpython-{v}+{b}-aarch64-unknown-linux-gnu-freethreaded+debug-full.tar.zst","RP0GadU3oXPZEejSFrY1c4gRtLSG60uaJFbpC3cPs9Y","3.14.7","ht+xBrMD+moZkffaQs7T4RV293e+KZsxYuBmF7bSJUI","SP+/Z1u4BjxGZCyBC9fHvmCkiF+dL1WfQ/4UCYXegLc","6tlGm1aT0X6sW3uYgdRPohW83SGZZyauAcHBaLiFH1Y","V+Bkwv7j29WCGIKbFD+9+hY0QrECMBu8TrgP4bv4sAg","3.15.0rc1","fLSS3DWL5mnZc5J+J0u8CXI1zAb728amarrXiyPt+OQ","ycI3DaKbFwNH1+c5W7GNOvsEiByoaJQLcekseLbIXnw","mGXl/X22cWlfNJNBJQnxVlUay1AOm2pEYERrZB0gVok","VxS9ZG/iTAkUCw2vl6Rfx2F2J4zPrfersyRnoYfLCtI","3.10.20","20260807","TMeD/djBvfJHv8DNWqpFe1HYgfSn1DPz9nRUT5rdQCw","JesmIbOLhzBSvAoCI4/8KQgKMEltGXGHz1wd9avhmog","3.11.15","IpDzqRFe4s0JKKf8Hz+RgUJwX7o++gTcZP/m5brjJF8","pfoxyXOeH2wbn0SBDaJ/2FvtyehvDJeNTpzp4B0VoaE","3.12.13","EecTrh+Wk4WQenZTPMVU9rLj8ahIlgCfkcP8hxA0oXA","RrPglKMk8OeXhiAxpp9C7/uU5sAnS/zA3Y+WKc6o8Sc","3.13.14","20260805","8c2nFvVZWpfnn3YPgdpxUOT2tK6dxJlotM5dbWS7oFg","AveaB8jUqStQ0qVPOyu+KR3Yb9LuoBK6ZYUaNcwXl2U","034hMmpyXG0OnyXmQbRKBP85t+FQ3cF4boH4L55k9DQ","mY85P71NvdZOzea7+lZGtuofDZtOSWhFk8xmm2zmmyM","3.14.6","20260804","itHsUpzRcIJF6GYaRjJF/BR5xDy/1m5YsJVFbr93GAo","ZCUFNF7ZhddiHCXCreUpcZ9JFrECIxauRohdPbk3qpo","shuL+cKrEyLy1GzZKsxCqs0uMtN14KEWcZpi9TR7kCY","XkZfsdslEjC7t6ngXcxzRndCTnB9Be1YXhSD6mTrsck","3.15.0b4","20260728","1OsX9ZiWp8bwbJG/xImAGhXWyrmiDvMmKOgD2yNznkA","yXxfIg5WYysdVIulxs62PMI9ZJPel1YnTVm6Itw7s0E","61Yj6BK+RCuWKfw8hVPtGWvZ2sjByiqYzkthukfnc7I","yi42PRtxYaPsoaQ40LJgWHjyDSH+3pqAx2Zsetea6bo","3.15.0b3","20260623","agPb4P0Z6Jjct6QTSXifvTO/pUjxcHYbWlQ36ti6WBA","a2JVAi0vke3xGmv5wJgijQxahjdFWcmET6YdBKcQRZ8","Q40xQt5hTD7SV4RcIePOE98GQqJlUJ/9g/gKlB1R1+Y","5Xm/YENOOZcxYkI7iIQfFfALHYDVbK6oYCr+Xfh4BeA","3.15.0b2","20260610","CXZvi1eYCh4ZtPPLlyqOhF0Xw4GTSOICCze1Ze5EtxM","z6PEYirogZWKM4DwcqPnlYfY5fjDCHH+AsTLOxL2tUE","Zhb982EAHYNc6b5I4Og3MyiUsqera+0jPQRh5U/wjE0","juljfQ+55BLHp/fOMom+N1rdoLQnAoHmg9yd7cpNZDk","3.13.13","20260602","s5bDB0jEqiyjmQRk45e/BM3TKBpPBGSorRedr5bwgOI","vqeF9bBq3A3/UymzWistLA7q/sj5VkRkotGIVY++nac","4o+luvOhJAjnXIxBxv7SiFKqZLbOxKeQfgTjn+F1ydI","l/QKr1VDXDIBnrGkux1+N6ZP6E+MaoW2U0da7loN/Gk","3.14.5","HT6hs82bjz1Tr7Yp6C6byPbatsuxp9I1JL2GulvCJXA","LQbtzMVPd2wpBLv2hn+CyWQKyTLWPiCaaYifkCsK8eM","2IQP3y6r9BLoyxfNaszJSgfNSzRUJMQrbf2GeUMoQus","QQlF64OknQlvTMW/eK37W9OH6DKMDOOD/33tZq8/yo8","3.15.0b1","20260510","h0Zn13XavKIxVdTfmnw6f8tU8BaGGQiZ2HRKB7v0MkA","H604Y+CussyvO6OUNu6sHwQxY+4DcMllrPjbQaZYpGw","2vBpSyI/cYvsc11ggPJALdqa6X1nNtTJJolsKUMKkjs","5B8W84sRm0EOtySWFn/jNIexOPm+r0ar+xl4ggco5XM","3.14.5rc1","20260508","hV4T0zgbro2CPtOj4YhVi7hnXypiYgNayJnN1OVtE14","O21MSkR/iKeo9iXNcFUD26TSIoF+1bnD/3RZofvEvno","1RmGa0aGn20pU0pwNP9LI19AMSjlgvyfchY2Flbvkn0","80MoxVuPX+6DFeSAP0L8/rGTwNOIzv09gtMawBTzDiI","3.15.0a8","20260504","AoSCY6YtPbqD+JzvpZ/mtkcZQGnYBOo8BUEp+8CRzDE","ivhkg7+XdMQzL/9CjdXR8/L4kCCldjneylJLd7MZ19I","dR61ZcBtWMB+AgMrRGL70TN5EdhP2Tl6CCtq1bMNeEE","XoAn9czzLAmncSCITUBywuvnwCpdHC7RaaR3AzL2Wo0","3.14.4","20260414","uLWX/bL43M3FAsEZR7YKS2Xra855z6YMfM+bboNSxgo","CUIxCSZzqwC6qdKCktXf/JJ9DzEa4jgWS3LVDDo8KdQ","Yp3ZEZLGQlWvhSFQ8a6hbpjIzJqKEG3smpZVyGkGqSA","/eF6PphvOW3b4APHlSeVsjnLuOHGYFwqPGLWng3wlZo","3.13.12","20260325","P81QZtaYwWuyc1saGK7p5oSXYY4RXf6GBrJWNChxHR4","CrX3EThw2lzEwYqopTKPDlS0QTt5lEg2xu/KJGMuxOQ","ViF2y67fjyC/4wZ+byCvjnxDc4SWDhuvGAyT76giMGo","MP2iwM0WrWHfq6yBN/42gmsxewIcwkl7jLZlIG7LdFA","3.14.3","U/XRuI2DVX5rJdotcoiG8lLnYZM2rI/zEpmlnYIcNgw","T8422jJdY1OYKRE6qi1vovSnPqgYxX6n9KbwVoZj+rk","PcPtn4c1gnnKnp4a5VFk/pE9bzLov15r8/ijD4EEAKM","OjkEia65pJkjldS3XtuP5cPSd5ju8+4/tJ2wGyce7Go","3.15.0a7","Ftmq6U5UiUsDee5C1S1OQXRpjQ4SOGbsMPd3Z5gsBUU","z3LUeC29WFpVgURUlYW7gdr29I6WYav2Zdu0KnBZ5qc","za9MemPcquhJZvsV3irvxia12tfUD9DWn8rblu/VmK4","XStseEQTnvdXnk5N0fZFtKPgMnZ3vjKwNRbuLLKYXHI","3.15.0a6","20260303","mYOE7m0iZSZOeS9XiwHyXCUK1ymZQ73p6IlbT0kiOcs","sqBwnNq62dVc+lB5HE1y63IA9+kUL0Sjn5I9iWSR7FM","cpython-{v}+{b}-aarch64-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst","k3ktMdIjL2vyfgj7/mrsIhqrGkqkJGOsh5VA05m1S8I","p/jM3Fo8MtFX9vyZexUbFWzdI/+82nkG36ronlWTyIk","3.10.19","20260211","8pFqIPPeVQDfUSnjfdCiEygd6iniJuwf/n/s2xCVVTM","g4ybnHvPvomKC/qWq8yQbIHDMr0t5Q9Iq8o51qu1mrY","3.11.14","Lw3b8Ur3e7jCNI9R3N8dWeX/X1aepDM+OSU/vnbTdZc","lV0lL8QmMiiILNLLev6zuMS3hEEnzHQSbP6Zq9tbP9A","3.12.12","hf3GT+Zy3nM3GYpj2JkYA3v5O9sDSAQE2Q+PYBq+8d0","vl9fnp9i14mKHpN4AZ7bJun+3XGTbEmOOPD9yXrCNfk","3.15.0a5","20260203","uVhXgOb6Gdnhr9Jd4WZ7SQjkRZw9fVDP+PCUGwxrAZM","nxeTl96sSamDoP2bFbF04lphjFi3NmHrpXCn2C1kvNM","AE83aEjsO55p/1rNOy7SOgQ+BAvy03HVpBOvO1ijptc","cOVOpMwTToVOGY/QikdDrXa+X9sdWN+R/WkgqezJmdw","3.13.11","20260127","8PU2QtZRVQB8v6hgFyL5vBiaXIYz9U+3j8/vi8gXVF8","EVvHK52NnNaTUdDp0NVcD0U/K7oLCfyKzXMM7VXRozI","uMUYlDFpH3QUb65Qt9eUnyK+6XpJCFlmaOd2Q+q3ZAg","lqpfVdqYX7o5UnoXQnLJOqdW+35Yxws2CNd40hntr8U","3.14.2","HSQ7+rE0yf0+CZeAqBEHnYxhWCg73d5l3ivF9u2nT3w","DLNVzfW3fAmqsv1XZS3mYE7grWvxTPjru2jGTX90t70","zdaFRSlcUkwXvP5z/hSqSsi5lmepfv8/5G6iea5quHE","Hy/H9TM3OEJ0AQHMypR9UdHLLOslEcjgMO2WzqvzUWU","3.15.0a4","20260113","IfCBVLg3rxpCAuPPQpxVJz/AavTxdiL/OI94bfvSUQk","5Rhg4sScX/qHIZnHS2Ma017NTFp8ng7OaN5Qh3h/Klg","2TEdRssA9F3PUlwPJVl2Q2yzWS2gzwBvMAGJ8y4O4tU","HMqh61Z5/z3w3+FnUeoMPyC1+N1n6RrnaheDxZBxJBE","3.15.0a3","20251217","OsDLgAdZo1n4MMKh4DU1UmLgrH1b/ki0xSQoWxo/VCs","82UDtqYXy0Dp31grzUI33DaFtLLEAp4V/Om7AHINB1w","Vhnc/pq2RfwRFa7w43D+/ZN62jQ0zAGbOVfvSqR2LXo","SwWTIam/YqrMehZFut79ctyE5Wqo+xAgWZ2+6xQXwZ4","3.15.0a2","20251209","2/MIKVy2yGPMGAJ5CIUlTTcqFPfdFMU6u//FxubmSxU","IA+1cGQJZ1dO3J1DhJVNj2UNvV49UUaMWCFlGbxwGls","DCyDI29uKMED4mYKgr6UskWe6M/dkPXdgvDVA8oq7Ak","N/oRnktYF05W8Ag5+1ff043fQn6zTghfNJnPJSfcYvI","3.13.10","20251202","aZkRBbqpZM7rCAxN3ZYfYskz4lOP4QFQI/rTlxovbgg","RqUW8gt5idZ1iJQKMezeVKWUa2kAFUjKG6aeSkejbi4","bSdyIfpLFy4AspxxWMqWYZF7yNuaAISxoP9cOguotkg","L3gmfQZOCB2lrmZbG8EjSk+ojEOMTkW7eI8H6aNK/sY","3.14.1","oImrPIREHQsbGMVQqD9l96/0wKQxQ7h3tECzSRxvM80","4iFtDpVADT13bldt5p8jIui89UvzTl+DCz/uFckGUrw","Goih/iHrRD0oCZlGSxo5dgWnypUNirc4E8poaINUOaI","Y3uVUp8TD1yzcQLkpTwPsLr3cH6MAQfFn17ssB84h+s","3.13.9","20251120","/cXYBIi2T87zuZ8pdhj2jlN0wT2J6Iimar7/SWev0wg","nO1fXDc6AzGh6HAhVSwcqg06NiI18rMa0ud+tVZS4tg","8zPqquLQ8gjtbqqw49RPfpoA7zTENvDfkRYS/Cb4npk","mmNwbxDrn0PKgicawph3/UNEQBj8Doa7nUEQ/Ryc/ms","3.14.0","dgOxkF5dKAGRshRlmUdP412ggzyBoJUSwoubd+ZRgS0","Mu8QfeiOKps6M1LdYOw33ZFr/XXSNhelCNYuYKzYsyA","P7deoxsOO0uWfhDXtdgWOD7YrtyD72oLlid3eDgD7Cs","YgPNQPz4HY6bbZNL0FTNgAGgmKOoB4mR/qQ+NghNQ1Q","3.15.0a1","20251031","oZubH6L/V1CFcMNayBEKZNQ3MtMwA4wfUP7hua6Vecw","uG75oh5kqmwqrVHPN1U/0NrCxoSPTBp5d8bE2yCsL7Y","mB/o38bn4dD/76lFoY1cTHWbviFyKs86XMfmLxaqXzw","r+ERNf6eU15nnWAp/XGjclyoBWi2YP4Mdscn+vdj1MY","3.9.25","LxdAZwmv0PB2dN086SpLI8at+LqsP0AlVdGS4PMzO+8","1fg+nPvb0OFewGqVeFIgtFCyXaoF9m1r/0O7cxh9sxg","3.9.24","20251028","5NZ3ItE8lVswaN34RcSbXDzqn8+jKkX7HRvBqmyHJE0","p5f6wNAtb4y5m83m0rl223fGObdRO9ef76aPM1503sA","3.13.8","20251010","ak2Z4jJZePBjuK2JzKahA0CBQV9lWQsRVHV3jQm3Gh0","ckRIAwtB8A0iS7rrphNyOSK2aeA9gH3v6Tc1qmyeM3U","XPZVBltZST05I1/sDjDDOlGWuwHPdM71CQek8YyO8Co","X/C6I7RRdKYJY44FAkLu8WWSGII0I4gF8mU1fmgzFik","3.10.18","20251007","2GU5CfJEZlGqzySw6isF28sqP0xJKE78Wjq3UPfGGB4","bYyhOeue3UdnowU0JlqKcl4OXJMNacfnJ6lDMqA62UI","3.11.13","Wwi+VF1BWlYsrqthJV5Vg5NbM8ryHG6vq7TqfbhyObI","PsyQRudlYyqQgL3kfO3Z49G6yx4VnFnhPlva7MGWkUk","3.12.11","BdkgfkHDb7wtgKUdm9XVdO0+scYg6tSef81XzCtk7f0","1DrBZWBakRf4bnpuGM17lKuLggjG5XkyBEzJWiwA0n8","3.9.23","CNCVXFiT/hKszCu+TKP2DsT7L4L72kUmq1MIb2JXykE","Kjnvr1DJUS5RW9slulQ+zadM+03TKuNOwi2D7qBCPDM","3.13.7","20250918","CvbJoX301a/e83gl0MxwMmTBoKlNrYJbK2tpdbUkwNU","CBHzsyXFyjEeldflKtlFCt9vUoMKnDTgL/4xH6P9uQQ","mgcaeru+RwKOaUJvG9Ko7SF5MKNlqYBoRckK+NYorM0","0xeoWubckFyXaUb5W16HELuOskhZUA5kdXeMgzD8SLg","3.14.0rc3","OIAExPbROn8lDjIHyZ1QHp05qsP6wb1VMoi69qpFhlM","p9GrsalhNAfk1ebhv29l7QCkFvPWhrDpwFsfjD8ucgM","Y6/VTq8UzM9u13vf/yP1IO3WHU5ftFbjEy1FzMi9RCs","/CETdwp+iZcSh9RTyg2XgqSUWpBTWKpBeWU8ZiGL6p0","3.14.0rc2","20250902","AAujAsxHwDNHypoG+MwLRTemSbyfghE5Hd8wzq9FALQ","dzkNVWxIqZQhQQFNEKM2deAoBn09iBH17hsmQvD1+7g","f2940vZxJHlnIre101HBJ34Qz+3PbVzbuzJ12UUWQtA","x49uhUEvk8blFRWg8QsZrOoKH7RHGKwolStGsZuCx2c","3.13.6","20250814","YFlTz8JiEBz/XGTQ+Xyq2A5DrSda3y2esxC/blsI7c8","GqNtnZWOI9fMIXf3tcgshOnpq9BlUvHdKYDcGgdxEFs","KlTf9Atx1dUnbTvaHc9WR8txm3p2gLSkNXHmQblTtvc","bqhcBu+1lFjXDI+oQNdInzzcR71024d1IVEwhYlLDHs","3.14.0rc1","20250808","f0MXnKjuUB2FbA2HqNKbHnp9OLpS6cUGjPPOm9pZL78","B7jYP/ibZkE6VfO9Ld+0IEnmm4printRSP5Bih065yc","n8u4lHwHQhUGGHs/YF806Uxogk0/02LYTNHc3xMoXuM","AGIsFe/tX25BscsHCQObCUg6QrScvpe3jsNlwD2BWYo","3.13.5","20250723","ZUEvTZmWarngIYIRwUCEl7Xs0qQOG9Ehg6N5N8Jczk4","muKCzJ2A63X21YtLtAN72N4zV4jLY2b7aWxD+XfCTJQ","ZsIh4vhG51qRkVNKQigGMEcXjdv4CL5d8l26xtgjWYo","YtUlzBHA0hAJysuSet2oIzQxBdUWO2jX8wCQFnfxy/4","3.14.0b4","20250712","92+xqI5yL5yui4K5hRtzaWhYJSfYoSEqs7kYsgEs4KY","a/Bece888JLQ9A2ZLqGSAWMnRomS5eC3veisSNa5wUU","AlAoirIc/RTKqCYFbecgO6oZ7X6FGYwZ5tzdiyEkrg4","Tv+6VxHFf1as2e5vJB7Nl5TwIWlmVj8cxnHpSD3arZk","3.14.0b3","20250702","KTUHndQX2JQJVfCwg75piuJ6HWX5R2FMNs5eTqUJyBI","m8OcbGaaq6BHaQOVvwlVBiqoDttP2SxZraA6GKPfEjQ","sBzHQXNRXMNzPwr2K31XQ2TBxo2vOtdIvKR+Qyh3DN4","qqgaFPWUE3Q2Pdjw51oS5HPzYDaviIYADsdIeqriifE","3.14.0b2","20250612","bLtdUPosNLdrmM5o44ta4f7kcS+vTcfJ2wEnu6kSafE","e64yvIT6by2zRG5vF/u9gaa9dkbcMmW5Zd0f7tJmzzM","cpython-{v}+{b}-aarch64-unknown-linux-gnu-freethreaded+lto-full.tar.zst","9fz16DECRMzTRqqyq9wmUP+5AKQpz7cyxIhOI4y6F4I","uQapbP7efdqTbEAlbgQh5b0RUAYx4tApJ3WAVBmdpY4","3.13.4","20250610","/vbIyWJg7/klius4u/yQqdZi5oP4/mlGqUHJVAU723E","l5+uL0JYepuR3EYoeGeYxhQQ4kwmIJ02Zt3pRTETfx8","scG9arnvlbRk2SpqkRzvGo2fCw9qGS9pTvGO0V2ILt8","z/kquxHZnDo9eG8P+p25z/HxQCu7K4+lZuUAz9XyUZ4","3.14.0b1","20250604","oN3JtxT6cjaGkZAwiFLQzjqSkrbc+hRUTM7vay6aR4o","Z9lp2X2abO/HgPyJjr8er5C0ZSUS67YN4Uy0KQ9IvYM","UNrptw2F3CIioSkHwLwf1dOH3OctpRo6Lw4A0uiuL+A","N6kBFKRRkAeArRvCHAnkLoMtrAE1hicobvd6wPrAMuw","3.10.17","20250529","qvH9NwqzrjGAfI19Wv8LjSq7NwwS0XpWEXjOuEIxTyo","hFZuR7P8CeXYt9Udh2HZWiNaUhz8fmKucb6wMdCzf+s","3.11.12","rlvtY4+RFvrxtIi5BY5HiDVTjzp0i1D6KRnoMvs92ig","ww2B1FtnnCm7bIoarWhP5YyacFIOOekkTd8PNIPD8mw","3.12.10","I10GZlKKjpSIlvaMCJZNyN0UpUxo5cvUkkWU0uIPgbk","UTIQvpUCLsjJQw715rpzdGRVXMifkgs7Fp++JdgVQzc","3.13.3","rHUvjyb5b8WJROLDtlKLXtiWTnRf+G4q6/DuB/DJ0R0","JOaAa9Peb85sE8OjzwGWIBiKu2GvYzSEqBduGyAndXk","1NF4RvoNW9YXx05+egr0BYf3n887VxNiyX7uZtpNIa0","JJFdReD5wdr6yLzmBZ8Y0TTgVnqeOecvrRaG4WLuS7s","3.14.0a7","tDBjYyQD+PeI5iV++pjpT7Mi5ErqOTfeYZAPTpEoCb8","CLI4aeAHPDzFj23C7dtB4X69x4Jd7JHsQE3WBG3PSyo","54ktEtXwrepcadvojj+/LaiSjhcD43batVyKxjiJrYw","B7RGC3aRuYBzXfpQxb9UJqIb2FwvROo5aHfb2+bjm90","3.9.22","QncvYNPHO+Y+i1q6oI/8I+VkWIk/5XZK11huEWqPas0","nruvyWgDzVyOwl+tqgyXuHQ5feBskXR/eXdRVAfnXJM","3.14.0a6","20250409","SYhJyS8otvGxxd/oNYdmDv9axXTceXS62pzmhjTe1vE","zgAtNj9RnOSkujpyYIN9Bm25T0AQuO4Xb7pAP75cOBo","u80W07ljzOdv3ZqnFxPRxKfJRtRqdNrbJVFaQfVpwyw","B4ZWEtqduY6/xCOJm5svQTOMvDMU7gmFWuJcDmTxzPA","3.10.16","20250317","Xc0EhsQD0H4nofLCVoEBIqxdFT+SFDPXcRbfXH0JtMk","+R83MR8Q+mXAZj66hYgdMkviAP+QS8ULr3ludkfdndc","3.11.11","OoFXfpsc3fPZF5bXwiZXqtzK2o94+54+ZM6NK7uVxzo","2+koHDG/Qe/l0lzj26jc+9V7e2KrcEPJrdX2riMDZH8","3.12.9","A1T3Dn0+LQw2MI7cGBXFY9m64aMiGDD34iL2uwp+Gjo","neqLsnVrXSIvUWWc14RN4zcywhEKmddRaaHIAZWoaSY","3.13.2","EGv08kOi0CoeOZWtBVG/Fb37M6v8GPhROOa43Q0ZI/w","39ep6YR5ppY/P/uBmWBUIhfY16h24lPnw7LZkaK7esg","uGNeWeMUP9F/GaPf6MzCRu5lh8h9o1m9G8qzXu+7Xxk","fBvFz5V8kBvrOdbIfj+enKIi7/Q/F5o4xewAQZMmP3c","3.9.21","13UgxT0Qio8tAkf02pD5M5FulkRCyV86jUKb6m2HRng","9KpaW7GOfHPO+g9sP9lqjVktWMJHhc2OTg8Od6hXGjM","3.14.0a5","20250311","ne9p5aN1ZvIQ3sP0wzJtJyoBLv6GcZMaDC2aJ997yrM","tKkjM+f22cm2Qu9CHaOjh0/ZkGnoibtoK2v+cGdRhbI","l/tiuTctBeU+rWEHddDo2v9k/Ub6yrcs4djkhcSwAeo","9TpmnNPRN2InvVBhN6iIHgbn4DUaGySWVieTxhJf56g","3.14.0a4","20250205","IQjGrc8qPNXhnOAE6LAfs6ZM4iLA+U5U7fHx6HhBTS0","mVrpX7XKiux9ynaZmnVWAiTR77ULrP9BqzgAhFLmHrY","YTE3rjgQnA8BjJ/jbLr+tyB/Hwk5q3hLkkbQLTgdpqw","Z0nw6QC4/rqzH6l0TCINUqfWcEOO5+YG5jEy6K+izOk","3.12.8","20250115","MA6AmM/DBbMpolgSivodY2bO0DnxbHDsk6tP8Y+GyP8","+NjrzTBgRs2iEbEgKzQ2XD+980S+T67K18Ga7gSqJ2A","3.13.1","hSuQnPd/hIFNZv6aNzRHxXNx7b6IpTF4HgKiFjJHVyo","e+HNK71MLgvpTJuknL1DWxRZGcPx5a5/ktN552BEUMk","rFJFGibHCV9D2Qp2AzfCqH9pgZR2mS2ZL+hnFSQI9G4","jeVp7MgOpabw/Gd9TYcf48VrRv9OOd3kFpyWc6h87z0","3.14.0a3","20250106","J5bGVzpTWciMuMiy2qVhxzd614dvL+RZg/uXex0Q4gg","DivndyALPIHd8ICAQmOVmsOSKFEUPFtj0BBeJyE05d0","KvLiTQvAdgwOW6KjJQxalGJKMFnSNNK8kiq7WQTKGjU","4+vylnk4LTFD1NUzq+tjz3eSC8P2FwhVei/Ev2e8j+0","3.10.15","20241016","YAi0LfeaDIpO/jqojCrqFHERaqZogajtFfBNZkOMt/U","Da4FHQlX9BAOjDe5HyGFlx1OnwMpYt+5DM1EdkmQyTY","3.11.10","nRJGBP/epPuquxCzQ8Wja2NqPnuU38HMzUUx8z/Orl4","51Lj3Zs6OqXlihmLF+YKhUnzeemyVz37Y5gZlY08hG0","3.12.7","yPXtcO48Gdpy0Rf3swatxsoeryavy+HMG+V9HhjfGEw","DcsDauUgW2KYyY3w6+goEZSmm1sz4GL2g5WYdcmllq4","3.13.0","BuYzFkywEzaFos4Ur4jfDbyupLCyxdM0jWuBOTMHSBo","FqGGeLK1JOGDBQ5xnK2vTyB1cvlAvJ1qkxEKEb6ugMM","WbUN+YJkddJLt+/3gfo5SRErXpySrbKelqCc3xIW1b0","Oy9T9UTRy4FSC9RURraPfVG1vWXmoqFCJFD9lHLBjmw","3.9.20","N0LJ1lY1J6ADsSrGicB+aWWRH/if2cu9PBese/sDfUo","p4IuKj+nFPTqIZC2zBmrW5GXYSr31PSeFY05hkxFmsg","3.13.0rc3","20241002","FBTGs3836P2dFOSNgeMT65yWXLAzB0fV0taJ3X4McEM","hMpG3LUFdFM3O6jXEp2ZmHaRlMgRDIGsl6mewRYKv0E","3.8.20","daGH6/q4EJbj89kdcME0nmTe+9+w6KBny1Iz0BdlXjE","6eIkTusNhJklxj4He45lnlCve4+qfHeL6kkBKjVs2bU","3.12.6","20240909","ItEZrH338L3f1N/QdbzE6yUy7T3wvboFeRBoNdSe+c0","3d3YoURnVKdaY3w19h3zPiuZ6meUVZcdyrszb/77d9s","3.13.0rc2","2ZpmPTufh5KmWeNmNy5oVVAEXK0SrvEWRcBqm27c0HE","dwBfTejqtZ1TI79MgjZTD0d7JYW5L/5rUzod4V3z+bI","3.10.14","20240814","D/5kx3ys2n46/LDYuiccWcoKMN/aIY2jmlc7QSu0r9c","pdrZZAzkrwCR40dmHv/GQ4VzCXy4Xavm964HMmb1wmE","3.11.9","NkzwmVJP/5LDG4/1rj97MrD6bPHTgMbjfPVhQNCN/Ic","EfH5PM3DmcPQKVk8oUe6RXUAziTCy9ffIED0Q1LJA5o","3.12.5","BuUSF4y1E2WKAcBUs+r8ZJyjYsy+sCpq6KVbAsG6dco","Zro6TuLSGWzi0FJ1qiwSwcxEgFMNrfVNZ1ToXLEfo9o","3.8.19","ICIRkjhQMD9SEUbuGDFkKq81f/7q2+E6CpGIQxcidSg","1MCAC5aEI2FFMQxu2kUFuijO46PxDosikppAazK19Pw","3.9.19","I9CPfwvxUcLqVLLJwUO8cQ+vFm/3QiWw+Wf6seLXoVE","QMxHaWez2hL98rAlGVTDdTnYriNZ+eVJE+/xeNZmtic","3.12.4","20240726","bJzxNkTtxyUFJasbJSm6HA//VsDFpcIkLYS21IidK+o","NdfvH09ISa2Sum4pxGI1ufWilRdYvsH5/OxBM3RNjAI","cpython-{v}+{b}-aarch64-unknown-linux-gnu-install_only.tar.gz","3.12.3","20240415","7IEm3peUXmKcyprtyAopxK4pksnWnyZV4nrnOQa6GH0","JNqvIBI6xLK4ZXwayCJ9OR0uV2nYEje2juZ0Vp0wetA","3.10.13","20240224","qJiohwVhGzcil7uP5NI8wWuGA85fJElMOoz6Zdg3h/k","BqUwQFBOHi/csy3A1hsSO+p2cltcFAMcj2Tij1KuWl8","3.11.8","OJuQBft43VpvaN9epFq3sw2aSzIir5aZnpT9INStDGo","Rb8IKsprfV5yYYUnIKcrkvUwXp/bB7EPZYjLUdj4P/I","3.12.2","5SVQN558SsJ6h96DLRcmWLwEFQ5OJ9ToWObYy7lv1wk","Rpp/0NCgmTbF20G1rIO7KdW/63IapIOskvP3rE0xEJc","3.8.18","ZYjJ7tk4M9lIPQH+QKyJNfaRoa+OWD1ATsdmZjG1JIc","bXEXWgkJUMIGNoDyULh5mrOesTmqFyHIU9iVCq3R1OI","3.9.18","5bxRlrqmA9Y17msM0UHjWXUq0+jqdhJ+uRQaMVXFEgA","0n79Rgmj4V/5AQQFKdVom+mfLr/lEyq5gNBm13UGgmU","3.11.7","20240107","sQLq+GXrcVqpioou8ZA3tsw659/UpjKAJlDyneY1qhM","46N1+PFhmMz42+3iMVNlRCZeW0trDw35fFspUDxYZOI","3.12.1","I2Uz7yDmZQB6ERwvNu+1nIeuGVrX3KIjttwD+wcGTws","kAnaJPQ2YR0L8Ia46mKq7RwnEEr1t3Ddz8krYNsG2ow","3.11.6","20231002","Piamct8XcIxNyShHWll0w/s6NKm0XGX7S9HlBQTMhOw","1j1usGXmCJmyWFP+a72fYOpsOxL0hUrcdcuBi61V9Ok","3.12.0","vM/mfPVGWj37AzbwU5ZuJhOpvIWmWIwvzxNm75MMT4g","6wXJdjdKmkRZbONAqzXlRhAU8wICw8vhDty/vlrEpqE","3.11.5","20230826","u1xdHqDxmf4tPwmW//S0jKbdxBWj29mPUL/3/OSKrIA","rEsekdHLcCdZW/pGZwkEBjMbKRsuNG+3TkK3AxshZ4c","3.8.17","n21YUJH+JpBv8du4BDej/jeh49s01uzACY89ang1ZoI","6u5aC3nMKJQ+Gd9U8xRjR5Wu5DpmcM6ZwDBok6GPp4Q","3.10.12","20230726","/ugOIhZj7KUXS9eUy1BH5A05ENvq3N8fCdQFpMHBX+Q","4w8rT9m9ebkSLil188F8nd1yf4MmsuJGN46B9+zH108","3.11.4","LoT8U/TpDhGWMoHFyHH1k6vLJPx5alAzf6UWvpmvAvs","N88AQ5tXrff/70o0nWLc8Jc5ume2cOkDsAsl+B+7img","3.8.16","nGYVkx/RBFv58hSKp92c4ezoV17WilSDoLYVMipD1Uw","Qj1D2T4v4ztBrWbTVCbxZUHwn+6dcnKuXez1R067wiU","3.9.17","t3AS3a9+BnPkqkscUIUnWgbu4tZvM0QrXFShK2K5bL4","H2xD2Sup9OFRSc9dtuzeEeBe7pLAcKCF5E9GxVlSAlc","3.10.11","20230507","x1c/2wAjn4ayLqDo6SbKiB0k/eXliQhRM5kR12EQvDU","pSccwBTyziq1SgeJVWwVuEZo4q/MUwUSgYxLh8apRIM","3.11.3","gZCsy7u892IPH/bWaOTdCQxjlmXREYjOhktiVU1A5as","mRUhCCsDR4eLqFXEmG13zIBcIu91FZvJXdJL/YAnXic","3.9.16","9im3Xr/K/pzu4ueWt+TfXPjb0U88Ahr8oHjRWat5es8","V6x86dPdMsEnfucpXa9a17XsySnmWzHxGx57lM01XtE","3.10.9","20230116","IAN1D0DNCdS/eoUDQmE5kvjZRU8Ds8BnmJkR+zfnpNE","LAmW3R/jUxTgbgQggbJPtT87ezYcPhuUpu1lnCdcoGk","3.11.1","3r8VeDvctVMFBPUz0z/adae5Bc7FNhro8z2lumWZ+LQ","j+J9hQwCqnuzQIj61bSN+QtLhB9A4UciQ7irnah3bkA","3.10.8","20221106","MxcL7xjIEZBrc4vlMPk0ZASRsGW/FsTSdsZRUyGRgTI","h552JgviJlEmk+N6KMw6ZnC17icKREDksEp7QV26RRw","3.8.15","iGqzPO0TyEv1nOj/eeumRINlv8r+ob9BW9HXXiG2kKo","LoACXtpobBSpoGGM7UAEPB1XenVLkE/Xo4LNQav5ygA","3.9.15","UqjApn+5GfgJYtmS2hvdtRHN+S+vOCcBznZz4QqP+Y8","DaHwgTE7CIwTgSBuaY5w//3/wB4bLOKEFFwk7l9bTLs","3.10.7","20221002","3+7BhqYqYGglnZDo1359MOr5wrSueyBf+MqrfLIfJ3w","nzRnKbUj6GAZRjXrZ8n2vI8Scoun3f5P2A8ubWhXgeM","3.8.14","xF5C3u5D4+vEylsBnDfYriX7W18bpfYCCYqBuZ0ryAQ","oU2LXL2OHKRcvLSfS/CwRA3IbrlbfD2jxGOnBKO0WTw","3.9.14","/lOCAVWco39EzV9mxCpl/nJyy08fY+3WmLbzBncdsek","MCDHQ+R0LW4OXSf8sWbGlL8dlWU2my6u6daENDBK69I","3.10.6","20220802","gWJfXJf2Hi49fp9ixISxqlMR8hvWVFRRcUuUminaVDU","7cHJdCuCTK67xcsiTImQqoZYuBWT/ZIZrM8++j6ElQE","3.8.13","jceBS/NCW794xublplKd7WrkY/pqS3nAJbNDuuT9lVo","OpJyBdtGhsGCtejz/H/X2C7I9hxw1bK/3dlnPH3cB7o","3.9.13","gEFarBuWJVuSEfakwwDzHplAx+B6I9DewStTqlLA0l4","jHBuuyyJcNpPvslbBSC0YyMJvGo+EVzzCeOPGBtVPRQ","3.10.5","20220630","AS+jfBLSZH120ATcADMCVjhk0vHNBzG3Hur61j0os/A","n6aXCj0KXcJsTtJyuxg20fH3qPS51n9jTQJi/4wf7Qs","3.10.4","20220528","eomJOS3JtB2FlZp1JEjGCFLPAGHeVl6YRFwn9rvfY74","CSNp6dFwxMEHThswWsy3T5SG5hhdLj8/lxhp/4lTjT4","3.9.12","20220502","LuFCbBgeZRM+V9xVxqaFyx+15j7wLWhLimZ9XAMcQgM","IC72TkNXDwhD/1iV/ZwaLDapa0jVKEL6lYQtfRECWyA","3.10.3","20220318","9S7mjBPE+TVut4pTBdMXivLLkMOKjOjOmZCnz2/wYUQ","EBKE0nV4Q42iAL4fa5obpiFDLFVJ+lUXeX7DIL9149U","3.9.11","DlDwmUCcXmUbX93RYSSvHYMNEWU+eGqTwo5bj4qkcMQ","4fOuB6KKaH+GAvtNKaG3LMXhE8YdxnadDYUIGrPgnHE","3.10.2","20220227","jzUajMNIu0XA+VuGNMg0XsbnSeSDOEGIrYZbdCg0JwM","mTbxVJ+VAxEilGXeUJs1wGKqR05QTCCh1vD2MtpX4AI","3.9.10","Et0fEldi9Hl1mQ7HRFMqHPPbdK1g9N+0dspC3rf3jKQ","i/esLNWCW4/eCm5TUmalfJfoL9WpeHeUCSC0A8peU9c","cpython-{v}-aarch64-unknown-linux-gnu-lto-20211017T1616.tar.zst","3.10.0","20211017","idUStW26DVTLoqUtqKGTpgpSAH7AdqnJBuRTM2Vp4yY","cpython-{v}-aarch64-unknown-linux-gnu-debug-20211017T1616.tar.zst","VR1eBRjiWHx8dvMw8ieD2yP3+qH+LlZuk8hbCb32fa0","3.9.7","3b/Xi1lrs7SKV9lL9Zp9mmkVAaOPG5fB1/2G9tgRlHg","HeZ5Gizg8A5z9XI989Dw8+Ga46gkpm5FXX32V98XL+Y","cpython-{v}-aarch64-unknown-linux-gnu-lto-20210724T1424.tar.zst","3.9.6","20210724","1lJQUWMPod7OmbAzkG0HwoeMqK4flQcq/0vP3z6qvWY","cpython-{v}-aarch64-unknown-linux-gnu-debug-20210724T1424.tar.zst","jSgGacEIfHi7bDzRoJRrQZApekyiSNgwCLEoERIrdAo","graalpy-3.10.0-linux-aarch64-gnu","https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-linux-aarch64.tar.gz","24.0.2","zX4XuwpyrvvT28gcNAsg0asICnByzPqVaGWL3GFSkR8","graalpy-3.11.0-linux-aarch64-gnu","https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-linux-aarch64.tar.gz","24.2.2","yb5FmrlHmJK4jdY/j4jLx7EGf0yyf/F/R2Gzbea9c68","graalpy-3.12.0-linux-aarch64-gnu","https://github.com/oracle/graalpython/releases/download/graal-25.2.4/graalpy3.12-25.2.4-linux-aarch64.tar.gz","25.2.4","5XRyJysbZZrmrJchF3I7BRWknMlXdojtVWORl5MXDWc","graalpy-3.8.5-linux-aarch64-gnu","https://github.com/oracle/graalpython/releases/download/vm-22.3.1/graalpy-22.3.1-linux-aarch64.tar.gz","22.3.1","4FEkbFoSP+gYD9+wcoQyJNVLuLhZUz0nX43yFwAXG7U","pypy-3.10.16-linux-aarch64-gnu","https://downloads.python.org/pypy/pypy3.10-v7.3.19-aarch64.tar.gz","7.3.19","WYtz4WbEziFfMnzBV5xU6tjysEjeQp1bd8XQou2y9WY","pypy-3.11.15-linux-aarch64-gnu","https://downloads.python.org/pypy/pypy3.11-v7.3.23-aarch64.tar.gz","7.3.23","7TsnqVJXqLuIcHBC5rtf5kVp1H70S9yYQscwZnY3370","pypy-3.8.16-linux-aarch64-gnu","https://downloads.python.org/pypy/pypy3.8-v7.3.11-aarch64.tar.gz","7.3.11","or0CrfjdqIcSO/VYEEN3SDrLzfSOt/Z5r0jX5tBmWR4","pypy-3.9.19-linux-aarch64-gnu","https://downloads.python.org/pypy/pypy3.9-v7.3.16-aarch64.tar.gz","7.3.16","LM7l0r3qeBT38fZeXCGT++FseQU0778me0IwE8A5GZ0"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[277,273,274,278],[17,273,274,279],[0,280,281,282],[4,280,281,283],[277,280,281,284],[17,280,281,285],[0,286,287,288],[4,286,287,289],[277,286,287,290],[17,286,287,291],[0,292,293,294],[4,292,293,295],[0,296,293,297],[4,296,293,298],[0,299,293,300],[4,299,293,301],[0,302,293,303],[4,302,293,304],[277,302,293,305],[17,302,293,306],[0,307,293,308],[4,307,293,309],[277,307,293,310],[17,307,293,311],[0,312,293,313],[4,312,293,314],[0,315,316,317],[4,315,316,318],[277,315,316,319],[17,315,316,320],[0,321,322,323],[4,321,322,324],[0,325,322,326],[4,325,322,327],[0,328,322,329],[4,328,322,330],[0,331,322,332],[4,331,322,333],[277,331,322,334],[17,331,322,335],[0,336,322,337],[4,336,322,338],[0,339,340,341],[4,339,340,342],[277,339,340,343],[17,339,340,344],[0,345,346,347],[4,345,346,348],[277,345,346,349],[17,345,346,350],[0,351,352,353],[4,351,352,354],[0,355,352,356],[4,355,352,357],[277,355,352,358],[17,355,352,359],[0,360,361,362],[4,360,361,363],[277,360,361,364],[17,360,361,365],[0,366,367,368],[4,366,367,369],[0,370,367,371],[4,370,367,372],[0,373,367,374],[4,373,367,375],[0,376,367,377],[4,376,367,378],[277,376,367,379],[17,376,367,380],[0,381,367,382],[4,381,367,383],[0,384,385,386],[4,384,385,387],[0,388,385,389],[4,388,385,390],[0,391,392,393],[4,391,392,394],[0,395,392,396],[4,395,392,397],[0,398,399,400],[4,398,399,401],[0,402,399,403],[4,402,399,404],[0,405,399,406],[4,405,399,407],[0,408,399,409],[4,408,399,410],[0,411,399,412],[4,411,399,413],[0,414,415,416],[4,414,415,417],[418,419,420,421],[4,419,420,422],[418,423,424,425],[4,423,424,426],[418,427,424,428],[4,427,424,429],[418,430,424,431],[4,430,424,432],[418,433,424,434],[4,433,424,435],[418,436,424,437],[4,436,424,438],[418,439,440,441],[4,439,440,442],[418,443,440,444],[4,443,440,445],[418,446,447,448],[4,446,447,449],[418,450,447,451],[4,450,447,452],[418,453,454,455],[4,453,454,456],[418,457,454,458],[4,457,454,459],[418,460,461,462],[4,460,461,463],[418,464,461,465],[4,464,461,466],[418,467,461,468],[4,467,461,469],[418,470,461,471],[4,470,461,472],[418,473,474,475],[4,473,474,476],[418,477,474,478],[4,477,474,479],[418,480,474,481],[4,480,474,482],[418,483,484,485],[4,483,484,486],[418,487,484,488],[4,487,484,489],[418,490,491,492],[4,490,491,493],[418,494,491,495],[4,494,491,496],[418,497,491,498],[4,497,491,499],[418,500,501,502],[4,500,501,503],[418,504,501,505],[4,504,501,506],[418,507,501,508],[4,507,501,509],[418,510,511,512],[4,510,511,513],[418,514,511,515],[4,514,511,516],[418,517,511,518],[4,517,511,519],[418,520,521,522],[4,520,521,523],[418,524,525,526],[4,524,525,527],[418,528,529,530],[4,528,529,531],[418,532,533,534],[4,532,533,535],[418,536,533,537],[4,536,533,538],[418,539,540,541],[4,539,540,542],[418,543,540,544],[4,543,540,545],[546,547,548,549],[550,547,548,551],[546,552,548,553],[550,552,548,554],[555,556,557,558],[559,556,557,560]],"others":[[561,562,563,564],[565,566,567,568],[569,570,571,572],[573,574,575,576],[577,578,579,580],[581,582,583,584],[585,586,587,588],[589,590,591,592]]}', "linux-aarch64-musl": '{"strings":["cpython-{v}+{b}-aarch64-unknown-linux-musl-install_only_stripped.tar.gz","3.10.21","20260814","0DEMTxkGgKFr9sodwFIR8UVdKyqm4frcfqchyUcbmww","cpython-{v}+{b}-aarch64-unknown-linux-musl-debug-full.tar.zst","5Cf0BcYkH4VUSqPAWAHuQc+/lJOZ66E3Mk306HIapjs","3.11.16","JPampFwgB89MiDvvc2ptN3bciJXHw4quFtbK4etRt2g","lsXeeISJtFmIcpVidFGiQZ+cmLlIy6TAHynGitlVjdg","3.12.14","QWdwWrw+QHZ8e9jwBq5dvmdzlzkaLZ91Sed1njgGGAo","/hofYLLaAgX1bxd8bOoGFXvErATrQskTX6BeE3BDiJw","3.13.15","bg3pY0ChCWysgcm5UibEEMcc34Hj1EGcU2zK2bV64fc","XrV47+kfDCRPX1wSf2Bqw6v8xRvTavCT33FQkD8cqww","cpython-{v}+{b}-aarch64-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz","N2TaBiHefGr1V35vtWgXm8sexS+yZ74txEm5XOYqT9s","cpython-{v}+{b}-aarch64-unknown-linux-musl-freethreaded+debug-full.tar.zst","etjjk+tJoJPVAJThNSl2b8fCJLWvqIzIncQZmuRXTQ8","3.14.7","G9ux1SZxILW6hTEzK+aVaTuklWfSjEDdZwVFtqJbcKc","zOU9liiEb8EdKm47B8sVwPVnNNlMQHK3zjvFAoGtyi4","y1QXkhFcobRu5dtw9zXloKdXB1dd/5ExrS6y8uPOO5A","jCZvRWdW0pxxiheXtVWxYAwKwOQyyX9jyE7V6R37vuk","3.15.0rc1","eQhTdp3/vF0rXXNlhduMPVBKYFELi+QZUWfF5MkRTYA","JJpVrLAxMzUONgF+mkkaby13UfmCP4YsPlDf44X7JaI","yKgx3Ah+3EgWFh4PITwo3YPfYxXyBgMmzZHHA3uvA0U","gbsMFCW3b1aVokCGKlII+26nYtTgJiMh+qDwIdI8jpk","3.10.20","20260807","M4K39+mFSeXrEbSCvnWHvZLp39bu9XE3wEU6rw+Z1hU","BBNQHhuX9azEujXQWpVi/3glsIaAc+7/tvWerAmAFxk","3.11.15","UmuqQ2AmJH/jtToGdzP8cLtKELZ40dT8Sw+qj6MxqSQ","hTjriVcZOgZZMaVPbtCnSMdlR4hq5n8aqsFB5hBlpvY","3.12.13","DJFktvSrB2i7zfhGg6q9aA6NdfqDR8bOz9xdrYF//Qg","VJClAtdAR4OCJLFYRkacgVZb6kL6y9ZXKfBIRjyNGVM","3.13.14","20260805","lgc4695Tq+zrVFK3HCIX1QRSAj47ryQ53FcpDQeTBjc","i9VZEJOJHD5DrAEkghkK11LeWSszrbdt6hN9namExCM","8f3a+gOmQgI0sVE2SahZveuZWMeiejRNx7w8CDOqoWo","j9thCt0RUMuXQ6d6BAJFhQ7XQpKFGl+QraOFI3DtVdI","3.14.6","20260804","hdu1N9xdZnntq/thzv3yUR0my4ZpZixFYyArCZDnm0o","IpxXymu56SUBhb1OS/1XtuoLM1oZu7h7/Hlg0NWemSQ","TKNxgevd6jdI7RnhygROBR1XtLZsmQo1gUylcSXfUpg","Qbf1sWZFoFmJz7wMUW/a+sXGEGfSIPnmeKxXpaedLWQ","3.15.0b4","20260728","kVv1yF8HXCYsPJxQmtSoZ31lehafiyF1sgzVUmClj1Y","dv8+F6m87YzWcLrND2EP20IGmQ/GE3Yn+yehcQsPQVE","NcwG8uwSYxCfZvkq6SQcw1V0smZ98F0XGdLjYFRfhqM","yBR1TjwxShJl21GdPElQcDoX2adVvlLl97fMBvxnwPI","3.15.0b3","20260623","OpK4+CCFhZJvUC+t19sfsja4sb/a+Mh+LenR2GQcYD4","4zaUtcKHypR0XUuVomJ+hCWW+HpSywSyjlj/ofLyIpE","LodzVPJYouCaCeIKlKL/qyvLbDalZhsFXpKxN9441xM","AREmcASn8aeVVKTv3Kuqb9zJv4PEcK/jHfr1epGMQNM","3.15.0b2","20260610","O+S5brrMgNzyQhNn8IxIvrqybBosnXnf/COAgRvz5ks","tfc6zEigQbXYvTTSa1bKgIM8aZz8ODUfSermxiUR/uc","8FmpnQTA4G+5neEgckxiTTar22L93uEM/ltTWk0QwZc","ORulPkdw8qO8y+BCohRoNljo9H3IABy1eV+7C4+p/3Y","3.13.13","20260602","2dSLY72yj8FulBTPWvGDSeFnir1bV1T7Cznuq6q+mi8","RGh+8tnEBtDdOP1eWdSmMB0j0Frkvgw8qURcu5bYzM8","+LaZoTEWuLdpimAtSCgqZjCXq6JV2xyN3lujG9zD0NU","kNmLBhhRWzUVN2d62o2f4eYCYviaMMwnPrJffT0JEDg","3.14.5","I9/WmRfxxpO3zoV/AUpy2lRsgTLCd7tqyY/b4SM04iE","i+EgHAjiI3kfE0f+vwbvebafZJDmTfXIk8g9vetGV7s","HYs8j7+U0MbxthtJutBzWNQTYENiLvDrp64Gamn2UX8","vVwwx01Hai7npkX1UtpjH1n53XoQQOW6TaP/Yich780","3.15.0b1","20260510","1uc87/RtbhLgMafPdQXTVrYfHuU47o/w8/sXmImFl9U","tl2kxKYXKH7ULHiSzhP7+aLiZMne1av9meWa4gMEUAs","WIBYjUKnrdHdNLqHDp+C5Cq98IbSTX3Ai+bFI9W+Kkk","6P7pjc5grY98yqBxc3xtguYaEWjzKaoG1fc+aPlS1iM","3.14.5rc1","20260508","w8+Rwox8UWh914F+q8g/YPtldR4K6JlU2gK32PJVa9Q","qOL4v/HNZbY7fyD8H1G3mGKoXQMnF2gPmPii56hDzkY","S7pUJ15pUzLNR20zNtHsCefwotFA2JKQW3CXoCaVUDw","sLqr66ZcGpeUEizvzDoR8JhpLmn24c03Gny6FtFQJS8","3.15.0a8","20260504","K7y3Ir+aXuHKK7ADgMjhxpfwUpqiZmVphq6NBxGkJn8","Z9X/VvWVYIZ+G6ICBSYmUi6A93L/P/NPB2jCe+4Bh6k","sX5+pWXG9de7HpK2sfu6DkCM0kkcn7i+86OUbGljCY4","RL21FcpPI3Ale3T8aJGqH6ONDwXUNAL1BR9UFP076AY","3.14.4","20260414","oQaHsibglBYyVpg2vB2PpjU6jj6EJDFkZ8qc3yILmD0","rIN2S3NvaR7jAYHRhcZKPf0+u1vDQapSqPt2TQ7YwbM","YQNJO9rABJwVBY7KProABKqkC2lyUs0XafTYOqd8TEk","29Zzi3ZAVvc8FNVDZVHL6oAcEDV0TePFb//Qm/PcANk","3.13.12","20260325","dAd7eK/vRa3sWwmDT3T56DdJ4ZZu3V2AAMDKE0OaTaw","LXb8VKfmLXif5KCPK3cm89G2++aYgrGIwaamkiCK8eg","ODaB+uii4WcpkD3m0Kyu029DhM7TODeGCCRSRwiZmtM","BbUKxPu2U6QGV++AhXclcZZYK2ZFKjXEoB6H2VFz8S8","3.14.3","76559+ZgP+kbdtpRcOF/1gEyHwe+SvZBcJo97mrAPgY","8wsRMAi87UYAM0rL/yHAPQj/Zaar2M1tyvBXl3e/a78","b+VSpKVenor6ePzljje2+hsrgv1G4bz0R3QPnZot0VE","U+PIUdN/ukxHr48Zs5iaLuQUJzIr0hKYNmTs8AIhK7k","3.15.0a7","LbT62ETO0fg52CuOApGou3C3wvnLTDyTuBJNBj3WCpQ","ONdiX/qADYXaPnv3IZAK6QIBtr9+TnPZngTewhMe4F4","JKbRMesu8Dxdy6JbnJsLWXXV9aePbcBFbld2sPfpSZI","A+2ecjidNP+6YJ3x8YEJD9Q1/ddzAyjRx3yFdHFI9LQ","3.15.0a6","20260303","CL2JwIQJJLXI0AYQhEJdtbc4ebwAXE/wfc9fFW6PTIg","7PnjIwKqLXO4sM4CmPfZ890g7IsuJp5e8Fdwhcl/EtA","cpython-{v}+{b}-aarch64-unknown-linux-musl-freethreaded+lto-full.tar.zst","SXu9e8SGowkuADdh9qT7n9LJhU3qJJBCszDLcNLr9Co","p+SNYYsnbTZM1IesIPHTPSKEn5saCV9YqO/QbcmNHAM","3.10.19","20260211","W92CSwASQ/LwtF2LKMh2ZOLdwVpqo/Cl4ss7TFXDApk","a/qKNSZFu1aUNLUPIRQ7mXPtEvGTMk2N8ScvQwLJI2I","3.11.14","UpQDHpZfv+om69O9JQU90/AK9AUzdXrVeaqC0lqE9i0","6uDgsfSWWcPOPipdgTvvsj/6gKAZgSl+L5kDnTIGQrA","3.12.12","scnHpNgpV1151xMbz582ZvTzpGKN6DxTF/BoC/rb4Zo","EBYGutw7CWZzra0Pc8ELxlPoUnpVQtO2ELwKDHZgd/Q","3.15.0a5","20260203","0RhkwnplFgEPXlmREAV4tR161yZKt29OVJNs6YJV3Dk","z02jt5EbFZ+xNaBOCwoS6WRiYSchxs4AiY5SFYOXkmI","X+dTbuUgeX2juF3qLSqKAQYBrYYyJSk0VBCmC4LS4J4","Q9XJtlwVgR0QwamqW5rWHZxj4vJHYCGUiUlmp8+M79g","3.13.11","20260127","is/gnEYKHmcWgq6TN+KFHvtoKXY6JPZny2XzIWk+lD4","mihja0d/CFmw4A0Q3g29wmYQyG0EbPsjsg09LIRTCY4","cS+MX11ooA5BE4hzR0LOVY6zixryTVqOKmsXbrhVDNE","6SVG0jT95BXKgJ/vI6X+H3c+eqwdqpUuaqHF+7h0tUw","3.14.2","0cFJMLleELELJj+rre/ErFllVTFEwWZ3dfsJeyZ1sbM","W+pHLVxoQmdXLLc8AnnVAvPNmWxpUARk7U+VatnKd88","pyyN7bmcw1iA8sRWpIOQh/MalVDyBONLI46fFjSMnKU","G12sTvIWNrm4cRaOIYB/TT6WaR1Ai5rz0fWqZZjj5Ec","3.15.0a4","20260113","Ic9Z9dffpAIuzCnBUvuucB3ZtigccCwDhxl3WKA2miY","Iv+up4Td3LRSJbg+XKDCXuQk/dELNstf80vmy2Icjkw","er+mcqdOvexIlTYWWS71DcpiapVhp8QLQpcDr5UU8zw","tq0W9kkVzJ4KqJWhT8v+aNmS9zp+QoVOlgxLEGQXQQQ","3.15.0a3","20251217","SmZFoVB9LHCPonOyLSM8X4EXisc0omY6mT1gVC1Ge60","bQd6vhYL5i+8aC8nIsW9oCWpSq+ClY9WJM+R5b+/Xn0","/QNM8NyvabjMziuRib6YMzUlIp+XJx4AGfuQi8bJxkU","zJpFdF341Emkj2UoaJwJAAtxJhZe7IkAIimQFEZ+zkU","3.15.0a2","20251209","mzc3cHt3qU5yvsoRY1gw+FA29UKJUsBsDfmPN1+2dbo","fa4I7FX6sn/FrZ9vNfkojqpWMriqVm4sz+lsAZA5mW0","+utlOmH1S1vavETtW29qW6NrCx8mVFu3Z+EJNQ0yH7g","TrAQZmZjqIGkvkYGBoDAckdRh7u+L6kVMN44wylvl6o","3.13.10","20251202","JT2KE/Gg4EdJklnDzQieD3Yw/f7YHn8QOU7unBcvf7k","uTnsK97xhvFRFrvbsuZvuHm8lPxgYGRKvY8p+QukwJM","8+jvJnqBLw1CPO9hxyWo+lr+jNi865QchFqNVAg1hNw","uuxAhKOq+gSsU/+akBS/1U6aaVU+rMKMK1Po7QvFCyE","3.14.1","dHqD/ULItG7RvsmImmrpJ/74ooHDpLwU4z8bWJ0fiJw","B6arvvKL9H0lAzLiUrFfNBqvSHF8N89bDIFaPrFnaVA","61uKb6WRUIgne7Jeir1juptzJc3Ey3dqu3Tw9VzFq+Y","nGy8OrTGLD2KXfqSPromNQl73m4KbEg2iY9g3gYGEms","3.13.9","20251120","ZM+AYeVu9QPoMsj04s3nlzsRiYGNgT3yOTHO1W5Fsvc","U3bMSd5iY5SEmICFZgRhE1KIS6plKf57QocSJPDQD68","W/fefrok9x6X75UTO9nKj+hVgkQcdOYcBkEPolzpBwc","O4Gf2Uol/Rzf8+TXadRr8Oksbv8lt8AsO/C+xvxGMEY","3.14.0","gwbMU3lVjyEsmtzu7hNoDYGtr7HU8bOdyr7pdbdcZlw","0NXWK6kJd0Ud+NSCvQEKN5HbS4MyCFAMZbuPfNJN3Hk","+riic0iAMrV33LgrqnDZZZN0qYMmQobVT0AqABqLvmM","8a6xbMWjkrEz+PV4eBBrnSAhDFNxr4I3x1pAoKIpkuI","3.15.0a1","20251031","aaeO4gvPThYHRIswYI6cn6hkei6B72qIUROJ8kTBhn0","Pt/tBXqob3KC7FKkzrUwgQMI7PDRQXAsWqCduSGUz4I","AXzVio5tk6jWBFOJnUusb1QEFAA+yac9wQbCAEXVQu4","ODNQO2hXmySSN8JLeuPdGbFRD1EI9EI3u4sk4dcL+Mw","3.9.25","YC4r+N3DNd+C0J1ksL3fciGUryfbRVA7mLnBY/iiJnI","mhXrrYebGuReFyYeHzb1/X4fV+MQzQ0vcX5qSIlyPvY","3.9.24","20251028","vcMtfTQDvk1elDklQ9s3M8ZdQDNPqfK03L9Vtg2OLS8","sP+SLmqWU2QOPYnqNZy7Y13KD905w4ayDp9TodsRrbg","3.13.8","20251010","dKEYodUI/QQsifHgu8VdBGadzBrkZpV88sHjeuHxqeE","GkJVcNGp4rMOZZu4TpYLLDrd8PVgNA0pGRyVvNvCR6M","aa7FxZlj1vDnokDlnBMl8VoVwxT87U2zCJVdmUoM6Qg","LDaTlYDXM9P9mYpJU/yckpp2Qouuaro8m0rAfF/KIf4","3.10.18","20251007","UPaNFEK2yr1IYRhsq8fD3A8SE9S/imnaWaMzQhUvXTI","pnXBSAaT0xH+l1T830PquLnndqzvQrXWmz2dsqhN+MU","3.11.13","kcfhaeGKEufGQ7pqb+gzPIaBvfpVPZ/CQEcE4key+EI","BCYBb+4oP92lPBLfRbVBsXlknkaqpNWqEh83sO7Lb2w","3.12.11","4W1eT76rT32tiaxCalIvDo+7k7kFZ8kAE5VUWRhD6VU","4nzyX0W30Ddk9qoi2e/xFML2kY60/1QXbqBPbsBHrxc","3.9.23","+7G0RPMrVQJbwxRZRI0Xat2RnC5UjG9jgz40DtF7Sn8","4I5yAe7If9I48I2Zb4vfRPja93Ccjdbt3oS4vU0MEmQ","3.13.7","20250918","scxmR8ddVQ48vpzG/o+eynbhirvv9SvFaXhBGt+SJ+A","isdIIXH+FyPbahYi7ICAIIf9cjvn1GN9xUh9kV6QZL0","tg452juv2yhbGzUz/LvRYFG3ofvgZaOMXv47QaKSp6A","YSwbvDGCn0CfothuIFC47ArTSY9Ta5zWonr9PXSAzEQ","3.14.0rc3","YfR7edkBPxdas7jQMVG/jKjNjMcnEiAf5gk5KB8gvd0","AGT6mZuzbOnMaVhHJPsq4iu9ijJXVgWJypgVfHZTWGM","o+8kIswMHZo0dboEf6VxaAotUibw0YO6UZx0qbcQAOI","MuDw3XWsosPMHkw6VP2nOgfbKlBzqRSDZiF2fjE8TCc","3.14.0rc2","20250902","CqHuYW6OM2SkIg8RSiW35ieZm5ucARnC2+Jca8yyxyE","JW5IzQYA+VaTfbQFWoPyeJAjdzYSRFlMia/g8ZCSUbE","1FQjSWxQoAtHoR8EbbsU9gYIZepGPnJiExiUEVCmEh0","UDFbxCtvqZ5eYn7/ZMfsNI8PdafIMxOFpiYjUsKV2/0"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242]]}', "linux-armv7-gnueabi": '{"strings":["cpython-{v}+{b}-armv7-unknown-linux-gnueabi-install_only_stripped.tar.gz","3.10.21","20260814","GgN2FQFrnn/rQ27GGfIzSP+V9L4K+ibmN+wsuOB7b8s","cpython-{v}+{b}-armv7-unknown-linux-gnueabi-debug-full.tar.zst","vzF3k4Q1mHcJC6AXoQDrCiw61n/xsmWHqG68tUXfhVw","3.11.16","KIzdW6uU86GuONQ7Y5ZZMBpus79qsHr4Y6rsudHErqc","7sCCA8m752uvWOvlBWjBSjN0Jo1B7c8eTQ5RG47gsWw","3.12.14","595lvaBgT/HUIbcQm4oRyMKoc6BbkZYmgSTHmHd1wkk","9Qt3zC2Mez7W/rUXu1wkONRB+FVlHSLl5/3b7SCPVJA","3.13.15","1aECJYOdwhbybcfBZG2tLFizYhgbRHntnpS1+qdfA74","+ZhvM9diKaYAFZ4yvoWBpBCvDROi7omzXfBsWQ0o9iw","cpython-{v}+{b}-armv7-unknown-linux-gnueabi-freethreaded-install_only_stripped.tar.gz","R9D+QctxK41lLZzlEo6S838i7C47d3SsMxqLpIzfIx8","cpython-{v}+{b}-armv7-unknown-linux-gnueabi-freethreaded+debug-full.tar.zst","UiQgpEGDX/T44O4U39uolQvApfSoaWo7jwG/Dk6b7Sc","3.14.7","t69oK9dHcNfH0Wlr9+8gXURWQhN2057njgXY54OgwOY","Uj2ApMRgFYriCGT07cXBY2Ut1+hv9r0Rv7iAPk8lLaY","/OXafPhpyIbg96BLXoK3FTdy9F0q8IHt3BA5fdt8nHc","+1QejeK8foQWuHAY8W6hB7J4x8xgD6M9g1WFKzmToXQ","3.15.0rc1","BrEMRihEzU32AGWEfEXh/Idy4/8ePKDJuarT3Pql0eE","eG0mcaWaMYzZh9XgeHx/UtyjA9+D5bORO4jRQKaLzrw","jaPXx0JWUinRvE7cF1rj71ZRf81hx/QUogE/cQbPAmw","yNIIGVaBqAlrUqD8NQNr4yvfKrB7Uc+lNwH9sf+up6w","3.10.20","20260807","SH013GalACkYiLu0HA7JKq3kiOi4yllat1wwMlGl+9Y","gCqKLp0eDDPDx7aFhK53xve8dog8gH2+G2TP7nzSaXM","3.11.15","MDm8Md9v3HJ5fIwgYsc4CTsvLQJuqtizt24J/Abosw4","42sHRmyfHkOZkcHd7eiDg+s9i1a4U30Y0pmJNhuMbhg","3.12.13","5uRy2yiQKIsB/+pb5vpMg/mXl79hFqwrnJ9Tu5YvNo0","FAq5m86jeDu+dJO6xU+zJn5+ioDljVhh31j+PMLHU+U","3.13.14","20260805","jcBh5zzNTKPhzMrTyM5lUan1SSvyPF8+hygudANXRvU","Ix0DahePus7cTGIjnoNnnvdCx/HYj+ZzeKRCrjmRWsA","2RCseo/9anMsR32p5y38XoBBBGetFO9zLtx2ISeP1mA","zCueedPCL4gz3HRLwjTZjUAxHLchQwgGCK8AgfZMaJA","3.14.6","20260804","i3sbI/Xiz2Vt7HS4U+71DliF9/OuNHZFkons2j4IsaU","J2O+uYzB62xhHVSo22gPIQfB/R2fATl/I9jVYteRMjA","9E8hflNznzIRlLJhNucgH6xqfwf3p9NL9+3ZnOc+Gz8","lOnEx3xx1Ry7ysIB8ymTpsG2zhqcLSfLaG3QIqcaO3k","3.15.0b4","20260728","wcOWUuRrLgCe4ne1Cw7mUCXzmO3lUKtK7gnA53fFNeo","cGVeumZtFfV8Vc1QMcAvqZYG7+7AotOnI4WrYCcgxTo","anKqsy0pB+hqaqOZOtj2xXrnk7eoGXqVSQ9X90Oh9Ag","BjjO/1vnlVgx1oy+zUE272/HB1HBbJwMef6IpwxqOT4","3.15.0b3","20260623","zyaDe+bYgg0PBH8AqAyU3tF5PlpTp0LcKiB56iKbIUU","p3Zz1z8qgspZoU6MArKTANhnB1JOXbHMAfU2qDXQDOA","/lj/4YpFxQqlL6UWZ9FGavsGYwiaHmJjGn7kj8rJ1pI","EjiWFuKMhaPTzTv36GAwDyknCO/1WDu6jbpWwYXtPRk","3.15.0b2","20260610","2JBht+FUlQlVtGiD3bkIiBN/6c4trBbcI7pqV9NmIpQ","Q2lZyv4MXEF88oWMEkteU6hMVK7uW4pDOE3BdOEPu2I","FGrgC4Tn0nh7q6iuenxBy6aKkVrDw4sf647z4OiGebY","MbiIw5FUi1x2pwy4AL5wlcfdznkfQlMHDqNJqJgYvRs","3.13.13","20260602","47i/+d7N5BTTnxNvVJdvlvQK72wYJkrdfVPOqEQpXHc","izlwJrso6wKE2qYVzLxARcJ/sJJcpaIICsF/Xe3S6yc","f1CNGW3rM31BNNIOlgqIMEdF2rw2fmtaoXI+M5BcCyU","f6zdyzl34OBGM/qm+XAb4rYt7QWk1Am10Os8APMTG2U","3.14.5","pNR9/GAumUzbDqAE3whn7h2SollbRc2nA1cjhrtthSs","U7sI/9rYmEzzqkv7xnxW+6Mekrv8OSKVsqpowIERY58","JYuSin5dl2IzNCIwxkhkRetiVBGlHDVG9ZgCa9JHzbM","D1zBWTes8Q9kgjVZCW+do5F/FOOca2P61+McX7hxEkI","3.15.0b1","20260510","OV1rhmNO5OteU6z6jdSpm3eAfBb+aBoy0BZwpHRYJIU","n4YKPZ3MkHNEnSyXDAoyNLyiHue/gp945Ga2nVlqPwI","sDmh1VEvDAtLGynSOaEb2/d9TSsuYheRLlqU4M2ZQn4","mdzd/3GJO3HrQWSg9gtQkloB8xotyRpv0Iu1YP6hCZU","3.14.5rc1","20260508","/yNTjtHfyFk7PcUfwcQzBpJQlab38oi8PYpTzIpscsU","Sz1UgLPHeIDg3WAOP4pKqdUWeYXkU7eMTSJiPfbUUag","Oe/LmqROA8MbvTG1stzZwoOwHA5m7cHebN1d3F3NS5s","pVpWLTQ5r6IVXrLigJtKNoNPcxev8TByQn2P2j7qB6A","3.15.0a8","20260504","IyVgUSuIN7pR4dVyAg9x+6aDO8tvIYfx3OI+s4JzRnY","b+ltgnx7kQlQg+/yvw63a+Z5PjjZFcYTKuH5qoRQCDg","jFzXmqRZhCV61SLbuigWkpmcbckGKAkVSpK2iOufveE","ligUy8yBS/yr3OZ+d0MDI2S+1+a9BdyzTDOlJYf6QHU","3.14.4","20260414","6kU81OYDUw8xrsPDwDUKkUtZ0FJ1rve0H+Nn93mPk0c","JMnzLTus/TCbm42Coz+NzZLm0yjeAeUw3J56LguVit0","0iTVwhEJX0mVktUi4YP6ZAMSlNKnsXl0czVFwRw2jr0","y4kJbzu1gz7OmXCD7GoLKTdIf65qHqaLged4wAuznYY","3.13.12","20260325","FXGvMfJEippgErW7BFwLRrrkFLlhyiys8/A+AXaN158","x8wSJKmlud7eynCTzOqrs9eNHxM5CLBZO4IfmrPbbqc","bggqhuzYa/ylfqbZkSJvnQcKMEvBKwxfjtKwjsCt3ys","nXmGnGVU09ErHnuETazW5VtfwGUp+AaYazfPq8e8LQg","3.14.3","WDCbBZoCs5KFGaNidWEvFIEBCpZg6RI063ZLQ9DwNdo","95tzaLDohhNazkPaKjeyHwI6FDVs52ioigbmz9deYF4","AAuoBYuYMumAo8KtyuT2rwQJTpeJkL7h7IR0+aqoaJE","zPOxSNH4J6+8EMN7OedNt5O2tDdrwfAUGLRu98nD9C4","3.15.0a7","CAu3hg7fPN7RFH+lMFsrFbNUN7ctt4bPHxCuu6LbujU","7R7aV6Uq6Rb0N2jQo1ETMByK2AEbBIuEpQH2wZ0VqNw","InEL/cZayUhD4AZBxc3G/GF77sRQlw6lJX6H9Jyyn2I","uozPRz00Jfec2QpXWYMyYgtsSRHql1b6NQRSsrMclK0","3.15.0a6","20260303","0RJo4Lstv450fLtD1M2CBGU8O6FmK/4YwUIxOhuMglY","Ha6LAd89w9AO78Pw/TWlr7WpNjoCqUkfGqulqMaUygY","cpython-{v}+{b}-armv7-unknown-linux-gnueabi-freethreaded+lto-full.tar.zst","VbKnEENNNKTNHiir8icjkr7Lo5Z8ljxx3xjUhqPXxi8","pAe1M9czXp474lSmyN+YE9Jhx4F8OVoFQ0pEwy5Rco8","3.10.19","20260211","6PJPtpmHqTM/G0U0+j4xZ/d5CfhD/bDmFFZf7GvAfZg","sbTckHpkpYLpCnjHvUc+ETs2LKn7j2xFxDwkFwvLs6s","3.11.14","iqDi9p9ph8XWzm769GZOTnRR5kP1zI4ytABWn8pMvB8","UtfhFfs+ZbjlkgRKZyolJCYcsB9jYG5WqvF61CR5DDw","3.12.12","Z6cGeJOVC0/IgYV0NUOHTUMx1YgLP2k8bizQ7l3c8XA","N5H8Mh3vwlfoeI9KPfPQCWEfXOyCp7ThXttNd6WshY4","3.15.0a5","20260203","L5KOZOK+aWjaef82+cM+wP+/oMf5AL79E4TZaWdtub8","sLTYoPK71rE9yot64ZLmsScVn6xYJLWEry9FPKJvP4M","XuzJw/kr49aF/F7RPjIQfg0f3NqQxMn2VzjaWWuw1Pw","5hK+0DhnGsfoe3HTnZ3tj14hM9Y6oY7A3rJojKfeXkM","3.13.11","20260127","aRjKIChN5c2vIv4MR4s9ViSRnh3ujGEsP3Kt5Y925l0","ZMQYxtE+2QNuDgfydS6vFUCdZK0xf09cGm+5ciGqmS4","j/gdYXrrQgqOG44WLVwmIrRiJP4yVIzb0gS1JEk3c6Q","OLs6nZygzu/M8V4PgdAHjqt9vMpaZzjUYsw+3Z7uqBE","3.14.2","srzF1+I/PtRSUruEiSSTzL+m4qL4KQEyHLjkTIQq1XA","HdjDevAo4KqtD9kMXJi0CJwURN2a452uvBkOHyz3Gqg","28+H6gU9Vab+0K6iLRTcCb5zqD9/PwzFmX0YOfq5ss8","U7xAncwrLMYuzMR1S1lhhDDU1a1KgfvsKrBKs2w7oIY","3.15.0a4","20260113","Sy9SQvz/amXTrsJXSkeJweyaM/ANcu5P1yqTw+Mbdk4","24A9IJvhjU44g+GU3sfjVxKCGCOd8YU+uidKtn7YhQs","Xq/sUvybFebK9r4XSUhiuwObuSjDPt95ck+vLfOLGl0","7e1Yb/4e58IKJwg2bWXEjC2Ix5mc2lBe2/FCstzla24","3.15.0a3","20251217","K09BswZHcPa4yz59Eb55G3BMZodroMFPiMHUWWEc0XI","6luz0ga/IO4U+kOedgMwcgxrJeykZV8EpNwLUHOtO50","uPiOiPyofCp8uJD9osL1OtGUQZdGX0v7acT164laOsg","V5wGyT2Mn4l+8dkTMbyO/i3iRqzp9Z2uNMFSgX28e+I","3.15.0a2","20251209","XQ2JxbEx9gCzrtnZOt8Tq49WxCY4vdax89I5fp8XOqw","zL4suHUfmm+TK0XyU3WJsyT0BiIurN+C2sLLq6Q900k","MsbNROSk90NAEjxKtS4T/6kL3deXtBpCb8r5in9FRBs","3yvAEEJ9zmdtPF6a5lYdfqqqE0JdjKb6FyzyUlsq+SU","3.13.10","20251202","pzmqxbSP1WiEzrKO9QKW3KhjO3poHPsSQTKCqKrnTvg","4VVovgFjrJEr22yCii2L7cZMkgoIq9p7iT9KgIp3Hd0","U3eIgAGkACswxmjR4RNLNEpovKnvy2tb3OQ6RJGYPiU","neZHYCHhMenB7lYku3d7o5bApoQw6oTyj2S8UX6L1aA","3.14.1","QiKZRdUqgVggFeB2Ba+YVp+2IL2tq4oPJwHqf7iN48I","n/ac0oTwCJ5wmLfMDtNF3JBH3hfvhfMorllAUN2H6CA","MWZCYR/L67+G3HqtisCkILYUficZhTMhi5NbrKkuDnY","wZhsVYcgNj6xlMoOd0cbWkaV1W3uDHCc8eZiaeopAyY","3.13.9","20251120","8b1rTkgteVxbZA5gYzfE9dCbuAfo0Auafk0BavYokzk","vQ46MIPJEfTr9XM5MHqpPm0NEdVaLOBPJCk41i2Hj4A","BZco94UKPXsBSFj8RUGHq/6tZcWD6rNNsebvYsqrDsI","gr4gH12jbg/0CL37tI+pbb0DVTrcD45tXTTvmoBo5xo","3.14.0","4K6/Ef7MZCOV+WTfpUaXSPjOYBv3yMLwyZfVw+5Acyw","W2osemts4XbtMtQEV385IUtEVo4whapDmJ8SvVV8kuQ","zYh3amURA1uWComn9xd1k1TB7f2ZIdROirxM4nHqrHY","eMGYj82uvNjFbjYdKrkVCqPauV+/ppHEtwzVVXzFNkA","3.15.0a1","20251031","u9Y0Bs2Nc3We9jwtT/GUegYZGvl5PUfS3cANuHGKQg8","fClLa/KpO2IcQRMC19/7t7Fesu2D1AaAuRKRnBDfSzI","+VREch92dOlG0zFI26DfqQVJ1CHUKn2x54sb18A332M","jWkXiyrRRPbcGpezboIe3bNmQhZjF1RFGs/cQP3MN1w","3.9.25","efoD/tOXYb7hFesMGTLeA+N12yEVE8+hzoP3ieUyZo0","pfuGm3mRf7dAEoecOdQsuUKwwzhE4ZyddN8BrQwdLxw","3.9.24","20251028","SkonS3InxVMvynKfn4U9vtb8lphgRPUwRVh6k9fUiT8","tACoH2BFpEiewOOd3XlXLZ+PUJ2ikfUrXG0Red1Yhj0","3.13.8","20251010","ALrqQMCUH4S6aSG+TaL2Yy0bzJo3dEVfA95t3KzXc/M","tsJnhWVzkVgBymUzG3K0c4g+keY6K9IRlT3jz7dKCpA","39yUI3JJkSV8g1liDCLMd+JVSXDc0Q/gu94l0q7Mhy4","c6UBXWU+c/I/TMapB8zLH0RGX1GPjiv/lr2g4Mmv4pI","3.10.18","20251007","GMLHt+1rhLWBNdcLdqqUiMUzZKOkvx1ERpCviqwE6SI","/x1YBH+WlG+UhnRViswpl0gVJDcp2E4D8ArfIonyYQU","3.11.13","OtySRklIBXuZuhZ1qtgYbZjIxsvVtocHIyCsNRL/Mmw","kvE/w6kNWajlK6QU9xEagNcFJ459DmRVEWUxE++AU0U","3.12.11","ad99KlCZvXcPe42mc2b8XWU5aQ4P8l3rgIzSdifXmhw","WYe5F70zkUDmg9SyZyicM37C1JzKWaDlwDtT8nkyPPU","3.9.23","HsyDs3oNks67LwZBEZGOOIRmUKHUI1Mnbh01cVDlwuo","B+cyLV4G3Sl61qiwLnLW26wf7EcQSF5kSR3sY4qH+so","3.13.7","20250918","k416PyR8QRTqWSQ70mcVGh7TXDld5CeiuyXXgUFaBUY","G5rDktYaLMefDHRL9byhz6hEd/zO5UKFHOiR8OcrZ4o","uAcIBeYJ5AOwI5pj4yTjAu+WnB5px4h/yKXRtmvFhCo","aUw1GG9i8kDgxCK6swgsqgDMcUDJSZrzRMNQkiZR664","3.14.0rc3","OJMlkaRKvPjy+WqYswofc+jnDJmU3Rt4I2ZLMXjkxtc","lPO66vvDTB07ls0P8lX+01vpgHy7Wz+Q0UXe5ru/nxA","ViKG/ziXQRcmwfEfOOD4wLzV/3oTXT4SlcW0HoEgVVM","xWebBByMJWTYNfG3qdPQZ2yio656A4yc89kXxRwxjow","3.14.0rc2","20250902","zAw/+XuhkHPuQdiAOYdQaDKz4OMiK/sxxebgKnte/IM","XoSCNdfW6datKdiEFLE61gNYO6UvXtWX6f2UBHAptjk","qH2yFYyFF7CBFKR3LXmdMO45+C4z7yO83ojUHypO/ms","oafwuYQgYA7SHhsO1HQjIwRNhxuQ1wumtI6f+PNbcW0","3.13.6","20250814","oWXL8xQmo0OtSjGAZXPrchC3rqf7lT3paqDEMkHuKFY","Za4HGMakU9pzNF+Tty40D1B2HHCgBnF0nv3iNvnGVP0","08cYe8GSQuvN+yzdB2rmKwWJ+ucVP6G7I0zihuR/wD8","WWXwshwSre0tLPiz8ConXKKiCiOZKikJ3PkY4yIipGk","3.14.0rc1","20250808","6eqHDSt3q1co1m8+hdHjrnbXGmHsm6lnJg+XQhKgEHY","rZ3nA1SSep658qz9Yev9+jxjCVU8clgflmgEPKO/idk","Arw2eJ1VU9fonTp+OD0M/2RC0ydlpvBUZu1OpujejW4","QSADEjDakK5Wj72m6o5hp0v6Bp1OM81Gy5IJoG20+AU","3.13.5","20250723","xkuRH80hhGwN2odBHLQs2lHtkV2eOOCAwsYrST8gkmg","yUCxRjgtXHmAP/DoMf8g8xglO7AkzATNuiEjY1x3bHI","pCh5dzK5kGBjo3FFaPooCmsBzVjiiZSX/Cg9iwedzVE","VARg4Eo9Eljk9Ed2Pj3JlUAKIsMc0aXb+W9cUOc5vAg","3.14.0b4","20250712","w1joeshNIo4ZGiLSRHxg4csV5su3U8OXsOm52pxVfOA","m3PflRdsOD5K9gJ7eNoGDGmJKRS/wZUQcISyEoHwm/0","wL0XpkCcIfsQsHVElRHAmUC1NDi/eFzSDbHy5dFa3jA","lMkqHVDPNzq/5MidXAfXsfzKEFuC+9ad9Hrk3P27Q80","3.14.0b3","20250702","tk3+wqcBauX6U0Apj0bAXfDJOjACHACf09ubl6XK2Ss","VE3GdZ4tevNn7rXTxFEWxSwzBUpzDhIKjqRC5ui50JE","GZ/40TZgB9ZmhApzILCkTmurCqDuHhPpJH0+xhDtnUU","59QHQ/dCOS2VMORTLtgHnifaziEWDtfrnezcPqHcN7Y","3.14.0b2","20250612","Dqlz2C/KzY1clUeAJk9XpAQJJ9pre9e32et6FmBzzaU","uWmV3DDw0aqKcOldRKepASzPQXsqO21iPOHP5VJcVtM","v+dRamZerJ3eABhIdOnaa1nHh1eGsh+0AITaeGxuB7E","DizI7TdrH89q55+F9ywdhtHi75S9rl2knq8EQ89zsYQ","3.13.4","20250610","jNgi0UZAEkLfLAVvTP9f68EWt/Ns4i3HmMjz0qL9Iiw","5++G8HzhiAXv35shp+e52cBuRBV5kaqnL3HN7LUxg+Q","Xur1ss1EtRZHrmaxt1+weNObiQ+fc3Uuo+7FC1kBu/8","lDKT/0Guv55RD1dInD6GDImeJwvHDIEmTQTWvzgsflI","3.14.0b1","20250604","is/X9R20wbvUuIXGk1ILLtgkKdAOi1cV0it90KQ2vwA","NVubgpqgc2rNtIFFI1Al7OBkBrkyZHrVr37w23geCs8","YuoKEhDjO03WTL5vP9LmZ+WqaRVZSn3MCIZoE/OK0mM","9Oz6Wm6rVEupqMG0bsu7/XBK1OImHwlDnaXHOG6Oph4","3.10.17","20250529","qIYYdre9+M7JqCeL15wAn7Ew3PrmV/s+DmdrV//tG0M","JdwmHjcExm26NJ8u8UvXJffI/Mwnp50WsfxuKUJ738s","3.11.12","bdbv5dyCWEABEKrKg6G47MawQV3eFc7P8WCpNiK5rMM","yIiZxIYvj2xRCPFau1ZpFsPT+SUwLZyo5RVHHQm/0Rw","3.12.10","HUNj2+XRqe4eLt4lFEZpwMzgxGaIAbUvqbtuNt+mClI","AydXyegKENupwFk89xLu6xAvKaemtjr3h1IrmSpfPss","3.13.3","3sYR3BfhWfZk6PBmSdsDBVKywi5ZQUi3RAg+V9POv/Y","Lqhe9oj1WqBNThfizNi3US8dWD+2yAETMk4UiGsLz70","slGFyUrVpKICBikqXz3bykDDPYlCF3Q/5PvenwbOqHo","AjkRnX0dVaI2QX7o8nzD6/ZO6V3J+DXWGzmKEtK4nuo","3.14.0a7","0i3FSTcBojyOdDvgoQN5yaSQVeMvbGoRvbnhqw42IU4","wwtvSSHH0epVRPUIRzAIz7bz1FBWkdSOek059fVVmkg","qk1YNZTSdocqEbBIruCKMv1U0Z7srAhT43umHQgLmEc","lTbrEg12w+EoIIy3FpVk7zkKe7KIIAxei5zUN9lOtIk","3.9.22","WSQ16o+ZHJZdmW3LNrXfXXifmjhy5ASTKoxz38ArGkA","JR5jIN4oATG3bRG2J5hybDtNS4CDJ6NE9yXGLVzeADE","3.14.0a6","20250409","yZY6X9GXJAB7GTSiPjHNOg3QKddkTKdgv/5BqvuRpFg","qxVuj8HghoHxgOGKSiyLTvV5sge1C8By7YLPLtmq6l0","QJ25S1E0GKlvI5WexN81ne2rCmP8F3PmM6iD3aMnrfI","p9g7TeyqJ0S2jk9E7LdpECAP9ykxGEy1Jgii5eWr0pY","3.10.16","20250317","VFfVVRLm5Mt4NwlrEMFHvXVVC+e1AXaxL6KU3Ji4Afs","Z6n0icqviMCbied8nzOQrnkUHn4bZ22A19uJiDmBQJ0","3.11.11","oZXLL//+QaHEi0jaG45x7oT/3Xj0ID/z57IFTeDFj9I","bueKO5wlnk8H2GkiMV5GDvDSkY62gkvJqDAzoPRs7O8","3.12.9","uxJ5ZGV/GjxZbvuzXXochzhmctm2hkGRYmYalmGMLlk","ldh8f+0f7ZCYRbucxHsQqs48pRsRjK4kV+62uo3UBSk","3.13.2","qFM0EOyHjNHMJOou1hsBvcaKreR/Ixzf2kkwiJ+Aaic","mjfkdjD7qUXx0vGg2PeH4LFWf/r8VTaNkyVjlxF3UpY","50IQPhQSeLkm1TCt2mH4ktxIPkIpv+DzH/TlmArcqLA","MHQqx+JfxzHquTRGNgfhfkt1Re4x0sFZY20dvyCBcXI","3.9.21","/+WZjoDrzw9Jp7ydjKRzl2vgqOCDKQbbgIBAs7l8EEw","A+WLI6MeU2AP5GTz8AJhIG+2/2LFCZlMTPJF3pL/TVo","3.14.0a5","20250311","B76XrzlG+qSiLC4065Z9RAL3gLcniL+oefpIg+xc5+E","uACzKcbMdB70vtmwmsVd4XVTlCd8ZqTE7ao4TcmXTw4","I/++RROy4C5hADw4SG7By3lS/iZFuKPhcobZu9ZxUxw","M2CsYErctjf02yXdW4HDBlUHcM+FdYh42ZCKVC5A5Aw","3.14.0a4","20250205","qRAL/cLGBsrp7roO46MTtfx/DJEI61WmccBZMdAfwCw","3cc3w9ogZv3r+Un0H/CCrv69SNE8YvKb/hV/26EMUkY","HmeY+9lumGwbyiwUDxpg64Eo6bVnCEqaGiLlQi37ufc","mHWESblWLBI8x1Q3HlmNRRxqKwUtFzTPGTnbKFbVnhE","3.12.8","20250115","3EpvhIudTlX5V3mTbJozPPq2wOyDEIWT8KhNFTv0U1A","AC0sRKaC14TzOTGdkFcuvPdOpX0tTuB2AEnAJumEgao","3.13.1","jl+k1TFomskaOqxnQOeDiun3+5D0be0EaehAD0ozmvc","MqGA+1cB/XEhHn7EnvcUDVaQj45UP49mubg4HtzoZ9w","7b6cOtQ+qWnZpDxUuxT7F0VvGk6y/d60l7f9cw0RZmw","cWkdS2wFVugnNKbayF0XasOAAkdV7AEy2cUc+XkPkwo","3.14.0a3","20250106","3m12iJV2/ftjpvDfPfZRvtTJWGpsTDUqPV3C0gKDfYM","BW5hYyyvthiwR56m9+v1Qfgx/ItIRqThuJ5aO2HtwnA","U3B4WEO0zr1NOiLXTYydJhecsxrUONyxczKSL1/JmIk","SK2edf6msKdlIvsYMt+U7Ak5CYBQobnXy83QpJ7Cquc","3.10.15","20241016","ONqoHgy9wZnWkkHDWFXdBXCfgkZITP5muEZm4SOrt98","2+fDYXQjn/mZxHR4nn2Z/5bQv4jfM6BzYEVkVILjOk0","3.11.10","3rCJpawPvZrS49yEPZABnq11seyJX9V6WryhkLqGy3c","3zS1kWJzivmBoGf97FBy8mM0JOtJYAz6x6FhL44fpZQ","3.12.7","1zy4QooQXQEUHe4M7sRFMoq3DgOeMc2MXB19Im+2evw","Vs9VIFZkKmcBiCgoBbaGWH0xB+sSqc/7qERFJ/2pyJU","3.13.0","Gxjw6sTDV47MpS/ziCdlRscBzqIkECNXFhlcUq19A0Q","X6W2vynBSbOjUww9wafiiwA47R8eqeiebhRGubD1eK8","yvwPEFA+bsCmLaknOqu3sdXD82GegKCPkHZmXrfiSwA","MWz2qUYVCsa0KhxD8Yl3lmaCudFTxYkfcX+6kvDL4G8","3.9.20","M/iahLFwu+2WbzAouE9cObPG4w1hVYUQfWnJ7Z/klWQ","HENu5E26Qc0U4bXdq5CmOvnQ4EXbg44W1Sva+RlIJKo","3.13.0rc3","20241002","Eb7+r0dowuu7JY9bB/lLdwDxZCT4WNbSwlC0NOmc4Hw","okFtpf21Mx2EsXntBHJFtjecBNHFfjyFg/2oSjHdWXk","3.12.6","20240909","GQwj6zuca5Y49p3H+4Kd+JZ61kyC6CyTiYpNh40Y7So","Gkc2BjKScBtO0I8vPGiGR8RwLlOB0dHCCJcPm61opFc","3.13.0rc2","TKfyrqq/jbshk/D6hvhpUlpcIJ60A6Oac/TPcEDPNhM","UBEN0KOeZjOU0KB1d1NxTvuFPuGm+/lpu0u+FZ9qP4M","3.10.14","20240814","RRRJ8YpJ5s7s+cH3D0ruDRVS7/EDw9spExkSUjgYLJ0","xqHFd/ELxsk45+ZMiy9gkU9Bk9j2AqO4mzmPSgbWdK8","3.11.9","5k088DPIBOnBSq9K50ZjLAGJRwYJiyCsvwDfS9KNCw4","L+HJ325evWumdIIHymZeMIfTWqPMrKpo+3N15VxNKec","3.12.5","elhN6cKCT0PXp7HCbrYaGK93Dr1gOnS0XVdgG6YrpQg","ZhegA/8oBSP2hi7C3PfpAOmZ1FIeS5Njx8MiRfsS3xI","3.9.19","zruHnUeHTz+UOkM0qPzYuqPNfvS+jK5rTIrpgNmBoo0","moYe9prn7EuYvFYS00ELhzv+cGe5PZdWahJbcaM7ddo","3.12.4","20240726","WiPtjq+Uj+SNfAXb+1jqhjjc0sSIDYUZ4GkoGrQny8s","VBMF954+AH9jE/r25KlV7UfAhwTd2yFr9sgQww6OyFM","cpython-{v}+{b}-armv7-unknown-linux-gnueabi-install_only.tar.gz","3.12.3","20240415","9pPdIraTYcFwdhV4ieuPHOGl6mcMAx+uRngkga2JKmQ","1NdtHf0tHjRKuCXSmRiH+jFwIARHCpfSBcMrnlVBiSo"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358],[0,359,360,361],[4,359,360,362],[124,359,360,363],[17,359,360,364],[0,365,366,367],[4,365,366,368],[0,369,366,370],[4,369,366,371],[0,372,366,373],[4,372,366,374],[0,375,366,376],[4,375,366,377],[124,375,366,378],[17,375,366,379],[0,380,366,381],[4,380,366,382],[0,383,384,385],[4,383,384,386],[0,387,388,389],[4,387,388,390],[0,391,388,392],[4,391,388,393],[0,394,395,396],[4,394,395,397],[0,398,395,399],[4,398,395,400],[0,401,395,402],[4,401,395,403],[0,404,395,405],[4,404,395,406],[0,407,408,409],[4,407,408,410],[411,412,413,414],[4,412,413,415]]}', "linux-armv7-gnueabihf": '{"strings":["cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-install_only_stripped.tar.gz","3.10.21","20260814","xTHCh7NVcEs0xm6qnRxExi1l5wr2aGRanlp3ZalhJu8","cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-debug-full.tar.zst","lwravTE8SKguMHadXKB6VjcuzalVCtEMz02tjkehfRI","3.11.16","P7tkTCO8MWRGeC+ZyAk0fm3jSaZmgwE/HtYE7ok15tU","kNMxvc9DKOfb3c/pFeDoIzAeah0nRDRai0AyRBpoUl8","3.12.14","0GNUugRO+s9vCm3jKTym5bDKAMklJpGbGutq0Nu2TEM","snNqONrwGMODsZ43TKP8SooUmgqDrNoBRylTFDeqYlQ","3.13.15","p4eNrlVodEo4NOOqmwmXRYEbhNY0Ojtbt5U1Fz3AoGY","3ZcRWSC5Ub/9GYASq/yHwpBJPxlNK81HkzO232YKj6o","cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-freethreaded-install_only_stripped.tar.gz","8B9BCGPUIotG5qrCyfKyRl0OFFWLSwRaPD1t4BiVMBU","cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-freethreaded+debug-full.tar.zst","2XLIaePhvtdcWsv3Yma8X7tcgnSkymtAE191MFNZjPw","3.14.7","bJ0oiLvuDz0yrOuXAazXVEJc+1zs7MYDIoDkAY5DP68","34JQFPs90JPUuMLJusxiQ149P/cQYliiI/qe/o45Un8","bYijdv1yORDsiviRvhDRtch1JhawrtMJMNsH+w6ojQc","xqKVRlA2St92FUL0smjTCc0X0WzCTf/1QMRr6eFH2hw","3.15.0rc1","SpbvJNXFYFxcDF9eWgev2lvLUPZL3loQbncsCGfqydM","ZojtBsF1ZdSx9vzwX0iQTcN9zMBXhG0nVhaRNvGINno","SKmLnGcsh6LI2xZchnWFLnT6Pf0ng2mNpASB2hyxBSI","9NlkSxtoRjaPzeHHsW6AhcdBzLMEUNEa23/BsSib+Ks","3.10.20","20260807","DmnHPs/WanJ3SoueqRsqyYMf09n26ASCSUwVdmOVniM","bo3ZpI+lNTcNnIJx1n7QhnSV6fzp2qMilA3uThpXuMc","3.11.15","3qGfOmtVPfZHS+1tjILyEjDrxSBuZwudgkm0tSQqBi4","KVo8nXOo4T/I1ZDpJ7YaopbAViwAJUXr7EQOJXjpBAw","3.12.13","HJK9E3bTRlvEjW6E0KybgUxNrCgdOt3IVHlInWwpous","AFlPnZP7csiIgIgWEX54ivUGIzkS7dthxYchWS8ajGs","3.13.14","20260805","3K+8W0NldhJSQ+kUAimoOeG/4EBEIlG54uOMHx75yhA","yuhqlhL501ZnpSHBi7zY+wSnsxw2MODo0FI683ZP8jk","af5WVhq+mDk9snj9R7BgkZqevHLBZjflfDh5R/OG4NA","EcScikITCHdbu/ia0wiJEmkvHb6Wws7re15ckwtB07s","3.14.6","20260804","Imqf8Me7K2NNQSDz2vsE0MbZnjPiwCTp2qu/Rwof/i4","dDYX7ZK3lLnpoybb4VzwKMIm0bjdUqhDLMbOuelUkJU","mJDt6VcFabutNax9Kiy2y6D3+sBAuJABvb9Pk6EysqM","XYfRIIfBobBmEdNpulTEPizNke8GIZr87avvHvJo68k","3.15.0b4","20260728","3Huw2Gxwtk8gdpoZUNb5VlCW0O1HLXGt0K3gB5uGuVc","TxkJS+aVy813ibLy24EKHPZngsDfAan5NeT0432p5KU","UISW852LT1INjp6ptiGQBGxk49j6aicGBPydiQFLnzs","Z5vGsE8JimYlGs0rX5puSjsiyJozciU9P2R3wrN/3rw","3.15.0b3","20260623","0wtYpHIPqZSGNDurwXqQkjTRYupcwcF89ePwOv5EobA","VHrihiYnQSmfD/F7LXZ8cc68WePYY3APjFB7z9niams","ZKbMUMuy8j4GIm+kr56OAe0rmfY8OCkIFT/PaSycQr0","Xqlndg5iROTjOC8D6NGvMvgeeFYjEp0e3A4CY2EE8/s","3.15.0b2","20260610","9Coer38Hb4Q7c3wid0a4FGT/gMKJXtrDua0l/bBjoMY","t3HyuKkmKmo4EtLRqmKxf/Dr2TzclIYDwDQB9MQhZog","UHyq3aJQahnR1bc1DXFNMTNgQQHPRRTqKvnCkFkH2os","wPOrvsCdleOy/yx+Z/Zk4PgwsutYfLeVIj8pTEX1UEM","3.13.13","20260602","JbdvEPEl1GA+K02Am95ndPtgV7KalPie43iH0KrzlIE","Eqjia/ta17MywW4qqPtt+OqHGrAv6DDh1M6etJ9ykWI","/+7XRD5HiBKr0XFG919J0xaLsupwMHvwLvDtRUhmn4g","c7WdtRhb6S2p1QmJqJ7MKT17BU0ALEvm5nrKGAjHQlo","3.14.5","isEYVXIC8LSIXJJm7qVya+bpASYa5au7NzPcAFpmjLk","2JgnSeLL6MTRRwQIUhLQIVoNk0jYbSQ/nrZc0QdlrlM","saB/uqm9ts8b4IMY74zMlOgtij3719CTkbkmBkUTgUs","V5IhRbpcmQWhuKbJ3dT5kN8aPKYxQIvZH/ydVsbTBng","3.15.0b1","20260510","lEtnh1Kj+hhlK/5OJeI8rl5Bl47800TDnD2MG9IBH+Y","sOpXpq9B5E4zLaP8rGI9AfzZKBrndC3yrKVXUVgnoGo","0+0ymzjE28homk/64hyKSB/axTq2ZqNwqe8KY7rI8ZU","Jlwda8yL3VVJ43JcuOCm+fS2dPRMDFeKj+rOmKCksOA","3.14.5rc1","20260508","NYD9Zzw+XTTHIz4NzKpLMvgHtWcdjdr4xRSR6WB57IE","gcP28T0lSOyMfg5jnPfxaFRI4+zeoGoHwk/iK6BvfR4","8PvznDKicbe5PaJpU+L78Z7Aysumfnj7+EuI3DgbOZs","jKj9a1+RSskTAYB7oUbmCWdojLCtlWmr4ROpb35J5Z8","3.15.0a8","20260504","j5evIS0f6b+YSwQpSJ2kNdsU5HY3095HvgQKwrhuRaE","QvCWpo4iZUA00NGsd6drL8qJbCGtrLlYUqYVvpRe8yg","TuA/MMlb5pr/yyyTYKzmhLcjWzJ3KFl+W2/szIBbc/4","M6uAKd+OQN8vvD4IXCtMvtV6c55/GUubZpy+b7U7ojc","3.14.4","20260414","XZAIkVbyl1C32I4/VE+8/rqkhMs1htIVjEvXdApG85U","uwqTRD7BsmFdH+Eh794pOY8M6sVxADpd8tYewZcXux8","vr5wXBxynbaYuynIBiH5cyNs+fQTok5GAMOjUvESYvc","eCeQ4dAhdlvWbYceuS9A3vcHVGl9xkfD8qJcCT9ViUM","3.13.12","20260325","kwTM0tSo2PQrov2tEfCbUySGmV8qtdQwrBE6dC1+HWI","M6ZxG4c8E2qoSAv6++iaYKrSSKSdXs8KQzbv3BBwCOE","xyVzouzHOwhTKeWTNG81dEZ828Am1nJdNIOaSNb7pYo","tjPVY+XAFlRUcmgLAGfhHRIa5ceTZwrlHUqYZLK3KY4","3.14.3","B7XQCbCXz58pmv5hWQ6m7D/LxnXr918ZxyBPeQFg7x4","4u+HHW1RNsTugSF9mFb5IFNR/f+lEKYm0c+4CmMnzXE","08GUBuH8FAxgcuKwbDTDrDBjHpo64uCO+vM8o7B4aHU","bOWr/nmjCO2Oyc4Tuy5q0Z3ifPRbQ+Y7+kvp61A61uw","3.15.0a7","hR3yZIFa8z7j+JdGXWo3C4Fvjmohsh5Quiltryi0fJo","8SrqWvpWdCSRiWUzxaRYf0Hp8Ybiw7LEABoXm+1Sf9s","lqo6vaJK6uqG8yjFTtFV2SJgKzBRCxvcNoUKAmV+/3o","MunxzzBF0J0DWOEB2ejV+4909H0pSGw3yMmAVNapxLQ","3.15.0a6","20260303","TNgycAQzwZFf9NjmbbdV0H3O9zDox8FACR6OsM6VjLo","V1O+SENJy4TR05/ECaNE2LpiVsfeTn4JRDGrihiSf2E","cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-freethreaded+lto-full.tar.zst","B7haStEFx65vzMMFjoONrT6xrSp1FXIU2kzn3vImFW4","xLBz7r5gEWfOjw9JFDDnJZQX+tQ2JxHIhLnfJ+ksjoA","3.10.19","20260211","/Gme3s69x0WQcPzRHecjdoCkphbZk77rg1fR2O9+o2E","05N2Yq0CtuREPGteSqMqnMau7sA4C2wHSM9Gr+755J4","3.11.14","CkJFy51LbUN5AMhlCyXMhuOcEvKsCkI31KZUsJpMKxM","5OIkkmsAcsWz+p0LFTFsw6l/x/qptiIsZkSAN4VFnIw","3.12.12","aI0llM2lwaj1RVUQ245N/EBcfnBtC2sGOjxDmdHrdE0","bKpfMhqAzPtHUHNiimtTwlMpcwl4UUkEMZs1La2IeCM","3.15.0a5","20260203","A3lXd30gehKTUyZ5koTWzb9Rjpn/K9NV3/62Y4rz/Kc","qX+MXpgYG9jCxhXWjcw0zQyYvvi2i/dvt12DIshzhn0","vg123BXNZ700wqFGRPP4ZjsMhH8zXbfAF8IWbnJ38Yc","MjP5jM592Ob/wjRWTg/V/9kXUZEFacdMWUaCU2VwnB0","3.13.11","20260127","7LWaROYuZ+In9nqOakKcfk3CQALVW7CBFUAfPJYuzCk","kOmmXuuAFp4Y3pk9jHfE2dFx25DgaD/ACNcRHYe1MMQ","nI1L0ESVRE4fBA7bGSTM4gJVZ1gcEQFruPHCHtO3kRI","lguwi1ZVUdDKnc9D+a3HS/FfYONcChNlS95ZQuaiBRA","3.14.2","OSUXqALu0P1V/2GbNKg+bfg5Js9ySHJh6BTiCGnEaYA","7EB08sBCmnHUKx1q2kI5yVChu9AGiCJlW7808BOzwXM","PM8ajjxBmgooYvnJT1cpE2TNQQ+U6cZg2bGyEexUO2E","OL+uGi2jPMMqMLcMcuYIFq4wpGuBXUxOUBrDHr0Jxbw","3.15.0a4","20260113","wk7ZcaBBcvC2023w9CDrB8GkxX6dQeZE1QsM4kyCwnQ","83xCwqCX2qfEBTXOz/NLhVeTESl0p5/3TCzaX5WhCRg","eEeOUS/lmsFGB2BD+Hw9ZVCUu0Rk0wCRQ4Rd5EU9N30","XxvngmEKa9FFwJLGiQ4pmCa1XGc9cU34ewyuciO+goM","3.15.0a3","20251217","sIgfVK2Sf4GPi+x3pnE4hfaPs71fN8M7m+zKvU0SgZU","jrx0I/sfW+kwm0ZzUkla8KyweydbmpGy+logqAq9iRs","476EDpgmDAzwNACZMO0QoMsvT7vOcc6DvdP6yOmCxtk","gMv/GNX+slv7aB8cnespuQjvwUOOytAyz41b7FCSt20","3.15.0a2","20251209","q6WhJ9MD32smfFGAi7taAXtbWSuN3pTlKkVA28LnRVM","3kcG9vw+TwC0hg9ItrNb8QHYomMO76MB6jU3+FBaoPU","XxPFqOEF5F6QHRmZVtjB+ZiqjazGE1MTCZvBjhb2Yys","w8tTsw5K6w3NIJyIhsmyP+L18W6yhWQPaCbFqIPbmwc","3.13.10","20251202","x+B7b+W/UTB5B5oANvPBhxJ8XmC6U6lyQkcmDOLaggQ","YUpxrT3DGVMVn1BUNMuTjr1mXPPXWIXw5ilSN2BMIu0","x66dJdW+B2AgE1PGtRWccFYnYhINDLMmFhzcM3m6W6Y","YbQkddpjlCVAfYQlfem03XVRt+hSV4yrQYp+R+HME7Y","3.14.1","wDbKLioO9yDQJwPpS/THykjn7V+tr+9wP3a7ViDjCSA","g+CApu/3D4XQ1uUvbSXfmBrYRjEh9bFXgfIJJ4c8kUU","YK/JnaGiIhpVmHOxoHtZExtz3IjIXxSzlZ4koSLZ9lo","F3Hzo1/OiTThFN6NEMb53+4Rc6xpl7wYCstMujdDZDQ","3.13.9","20251120","EOgpd0exOyJN5qRyjt1epbm/aCNm643QPwhYdKvh/Is","bUy4zbwKLAkWsrQjFfO6COytTAkO0oP6OsTJBW4vAK0","LIx73BUUKve6i8rKj+t1wefasshCVKE8skgMvzilzkY","QNWiQQIVQHGAQlV2PdXrI4Icd3EriAT3iWIiqI8YJDA","3.14.0","9uFFGWm17ly2v0oCmDt2K9IRXlSXb+1DOPlxGlpwFzU","+8sTnU0zn+OOMKIuBFN0NS3entF+IRiLOOEGxC6K0wc","2PMWBj9bQZeKcBRph9Vh4iUrjHWsw9b1t5eSSQVd1tY","kJlmjR/aYhz61RzCcgPCPBHiXlQn4PiFLX1//U++BZg","3.15.0a1","20251031","pMlo3eB2cIQBbbQVcMX1uG2Onm1rSRpDJC5QTDtzTSI","b5KwBBLXXW9OdwX7RZfS2GksBNEODrIh5zeBCnvrgn8","eFsOxkos+/NGB9TR7CAkgCUp6l8uHXH0qxCdO90is4o","p1Tm2eMFCE5WeZtVCibtM780Iwg0YlWY/e0Y017Z+hQ","3.9.25","WNNIc0pS9AAcEkOw1+ghvZqCULk5XOR8wxHPhiLP1m4","86gAqoJVypK4589IOn1iUGaD3nrgWsrWHr+TJlLUkwE","3.9.24","20251028","eAGl/VE3vN62GIgOAASw0wR1WBCgYzTaSETRO0vlNC0","5mnHC1CEmId3pyPmnmPQSR90sfjyzOH0LXeDkyU1xRA","3.13.8","20251010","q0NBt7IXurkCaORKaQ52ljTV6zbhrEeB2SS6nnaoSz8","17EHGY68CZqj0MgKDl2oYzL00pU3cyMjozQ+2XEqKHk","XpwKzsmebkGNwaQvCDo4wdDKXGTCAoO9h9/ZBt9JAdY","rOM783EQCsMn99Yp9+F2T8OTGraML2gRa8LXmHSQoVE","3.10.18","20251007","jiTLBa/4cied00FuR54O7/aQzE+cnqWKFDF3dziGAgA","KXhFq1+PiPUeC0ImBdc55W4D0wX7Tcy+UMDBXJd2NRs","3.11.13","7W4VBOoGN/wVu+trxRwG34IBxdfj/5BYPQXMXas44+I","ra/6jDdVD/7u9TwSWLewiwnMfAPLHXgt9XMledO89qo","3.12.11","KsYUAy16GxpwHOqGYPqwofr3o/uZG9IcygFBPMDz64E","xW/olnJaItoC1gQ1SStuZfq60UDxeiwU6BLHtt+odnY","3.9.23","RgZaVc42xzK8brfJ6PrEtMUN1i36OfmysAD2shLMLkU","JYkERUSdV5XYrWRg3nunxMvtA9XT0cuNF7lXnYyq2XE","3.13.7","20250918","06CT+EZCkYHmiwP6KEQgOod7f0aamrWtPiwElvEzFw8","68QqxCEW0aFORXnb6ZxbNl9hyT9qxJY2d0E8FEdIdls","OlQfnXg9hm0e8mXRoPRZkQajp9psD0h3crHARNEdS8U","Bmixy9ejxnchQcYrMxBJ5ePAgkEns6MkjofKs9wsNLM","3.14.0rc3","sF2WNKh2nLl4v44vFBJbQD9mrqvx19d5j24xSIVHx5E","FTFjnyox+tS/D7L4J3nWFG99/Uj2FB6/O4liAflWuI4","bbHGlcXD0YEZuvy1PE/vYShZf3TN1nx8F1ahIKGSr+0","Xewhy6R5awyJ4Qm1NeAJICnV+AAUEFmCD8HYQ7aQOp4","3.14.0rc2","20250902","z4iHM92RCpmoXHkk6aCM+7ZjVb45YthOuoTsxyLka3M","gUSC/itxePhOJYxBqrY0Gn5IELlzpiDoPNyiZsWvK/g","IanzhEOGsO+iIvVdhQ1fH0bsr/DOktl+337Trk0p/+E","dtfbChMBjeK5K81DKTjwR6xiJTLjlz1gVhGG5a19bXU","3.13.6","20250814","QsnXOioV/iplJtfQxjUmMaHCe/bjsH7+jT3z1DhAKY8","yMUYi+ic0ISQSUl4YTIMjHn+Er6ROJcsJjBkYdegRJM","lqhUrKThTNIY8xzCgghOJKnHefljsvlOsEQ5Kzi+bio","dSMuf8fBDFu2aiE8qCX3qxrhjhEFSsnKx9vkY2fb/2s","3.14.0rc1","20250808","ohCuioi+y3oLZ3Cq66mW2wwAFRIH7CLlZ0xN6agxl7c","C2cUhbM2mqkxyKcFSnoXpURdGYttDEomI+OjehCFp/k","RC8gAPwAGn+JahXr4XWJN8QgPKmhOjvMPVj/pJFzJm4","FnV/cvJEeMIWAqchfh4c+D1PECPMMN1ooMtbe8eRuKk","3.13.5","20250723","h4ztOtI6Eo81bd75Co9ef12CKYPD+eDgqYH+hGYyqEg","WSaKt2x8O2XgcNWeVDoBPgOKzrD0q12bFnMgWf54LN4","FFyLnIeAXaVBkX/nMW5bg48pUcaxQzyjZHfDheSBqzk","3rp1Mo5MmYYDTwgksorjSlPX9GynwYEHL6hyWsT0tOY","3.14.0b4","20250712","pCbgWz2KIN+9qEFi73XtNZDnE3Q2YjuT0TbAhNBohpA","LTJcRZx2G0vKXiAFrszIie9i7ksIEdklLiKBfzA3gl4","10cFW2tYeNz2udQlsKfqP6ezP+JBsxaB4o9W1e2G7V0","mudVJh4qXo+Bqa54skvmR+18zp9M5MKpsglti+UafFw","3.14.0b3","20250702","cTn2bHPwn47T/NhA4IuF3Fkf6N8EjPpcSNxpWmj3QUk","PpHNCM79QE1VAD7CU0eunVkecu53oA4qFyziBsNPXsw","5irbTDx1SbuQlVZFeseGO5gHO9z15tn/7FIYKw/jLM0","wNRfAMOJo2uMp1Ruu36oEeewYQyLQwwKW0v1dnPrILs","3.14.0b2","20250612","93ujqwyG1rd+3ikDAtk42w5DYRxUvAflu/LBPJ3wxT4","rqbzbybadYW5nUrAM1njwha7ZTq/gcVt54+J2suFqP0","mvU6jnfMHUTW7OqoYfU9QlMrw8jR+ktxGiDqVBbe8n4","wB4VuYMS6taq6C1JyV+Gdbs1TgQbSXjWpF/l0EsaAoQ","3.13.4","20250610","GtYTsl5aaV64IN3UMBFNa1LF9Fka2e+U+QlSi3vcxo8","5As/36uHmXPkU2PxWYVqjIFXCxZQX4hi0X3C1nSdRRU","G/zXY2yaXWaz/HLk7N3arJKjBaMjntxSa/vk+DvdFso","b+pbOAfJcFcCnLHwgYONPFIgyYelaNupyYaRubvTtLw","3.14.0b1","20250604","IguIgyNUb6RmUUxFW5zU4TYTiinSSZH2RB/G88ZqcC4","El4rWkcBV9m723grymkakixJDgH64phZrayauGGnD/M","X6TDaxStUEp2YX+efj4H0kShmpYFoIvZ68sHTyttQZ4","7aIOaAC93n5FvTQP/iMHnef63nmZN6PI1osfa68aoVM","3.10.17","20250529","IQ1slVn48SJOsyxuTgKizk+bqLMEu1tTVqj6aDMcNa0","7j9IKpJ6XXwWFygL3fWO6u3FkYJsnDGNLMMikWeWV0I","3.11.12","+cwIAuvOzLgIvTDe4A/yJ0yLTMfim8nhmvTFUHQ6PQE","GoUr+m0wIlW3psewgBghUjMV45YxYYJvs7VikIop17w","3.12.10","qhRxWbrtKkn11g65SWTwR+eRozN48HTv0FaimchUIUQ","78t5CWwM6+0mVJ2dlohTQgmau/BJ9UbZpdg4Yp0OcfI","3.13.3","vGpAF2N5alnPtMA8P//BRwdf+n/UCwPieLP7lx+jyUo","ssL+Fu7h06jGs+lFEjvkgnMyrpzOqiwAzre/emCX8l4","hD3nCSQM+3bCAvG7xIzOoTruwV/EWxeHRNETa9BcVTs","iUyGMqz5RkQ5Bm3KlpjCJOj8bhjaSh8TyxDiSvhvEMw","3.14.0a7","QbQKfGaiOqghmonT0K+4+tfNGoVdVy1YCo2LO9g7pgI","jrf/JyAxF4HZo3RTqZwH4iwKrIA52ZyyRq06jMhbFfw","JX6rtspa+HAQOVlFR/Kg6y19pEZdCTt6xzSCgcIgY40","5P4cdJKR/CDeCElGUIJOBuG5Mwu3jLieIXRil1KfhHc","3.9.22","vwEe8HbgVhfmWqrAAcI7t4vVCtO0fsdMz8VqYSo44AM","oN3Bc9zBwh8Q4EsdYEjVLY9lyaDTa7DS9ngD20PKU2c","3.14.0a6","20250409","XvzVdbpkJstJPGbYeJs0XtPmFy/86v77QAummjUsA4A","qTZqHfus3smCvdpB5NFCXOqD+v1UQwuqUIVl8sBAXFA","A4ztmCDEo1o0/j3VD+a+e5VrR+uisiaKqnlGPSKviHI","WoMF5cDw6/OcOUdbO0OTmTY3d4jpm+/W1S6c+yBMBXo","3.10.16","20250317","zrFzm/z5gE3meSI8SCbX8vjYcGpqLVg8UhypX+gS/Vk","4/BdpjmdxKRYXBemw3QQWTk0qDmHDHjYdBKigcX3TbU","3.11.11","G0AYeDbHKZ1DylgiEggIGn2ba5429e8q52e7V0X6iP4","gUQWHv9vJ4tjCq/WmFGdhlmjfV6iKCpHY+cQ000pUnY","3.12.9","XF3VI3cS8OXt+IuIbfAFiHpAjUU6aCm7ahbaO7HDp1U","a5Uve8r6xayfDhmyX9Cgzs2tp/tbXCzt0UYKlLSifWQ","3.13.2","4b+K2ot4sLXo62ea6eDR6/34E3CH2hCvQYBhS2RP/jM","0eYwR5c+Rzgq3pfULr9tC6fq6QOcUrSQYOH+GG5CsyI","yJmNuOTy43mLKaopWH05Gy0OMrgWIKJbWFDDWcp+2/U","Jgrm4KJX4Qrt4UTJk+KdPf/QzKlrfRPsNfRyKyD8wAg","3.9.21","u+jmDOHRugaTAbdew+d2tT+CU3zuVGLmUOtjvUlg9VA","M+yCtbGDNaxa7I67cApaEoG96Ryy189ShmTlLa34xUs","3.14.0a5","20250311","PawyUfGtzVHrKdG4iqzLM8QaPHCF+bKEEMO268aX7gs","UvC5ewqCXtx4WnYuY1u9Ihq/X7pOSiUAzT4Ys8JVUhw","84eO+TZlp1i2R8vhFXbMwsGxGNCTj1uGTV0kybFiBao","pxGgEAKXpClJ4ieVEhOHaDqfiGsYxEPIAkak7XrfM30","3.14.0a4","20250205","qXOp9di2+2WWbtI8CP3XQbF5cBZXc7c4eE/VJ8sn37w","1WDIXc8PZbK1jPHt2ZcKHqBbe7EU+0OJEpVLSzIx1jc","MQdfghe3qNyWnPi68BEihvcD3L9EkLJ0fx4V2UAJAy8","cyROXQx0zEvbTGmCQ4AgL/w4oxuqhKXidH49Rfx0Jf4","3.12.8","20250115","tGISiXZvDfBUzfp3DsqEpVMRxP+mAYtj7XXdVttBjl4","HpHFYKt6of9gNG7L7r9y8o4+8Jn0deBQnHbJWnAiXAo","3.13.1","bnsa4Ye69k+urKmA/3fT2Ed9vwXrXqqNPwxJvaV5phA","mdBHu+Unnsbsq6/P+HpZ9PmD1+k20WxCypqETTR7ZB0","pbI8Js8esi+FDTaQPW2yl19Obs4hhGw8JC4Rz4bTc1E","tBPBN0bXnfbA5yUjWuVAYTp7ry4YiEw3+SIuR7SmUp8","3.14.0a3","20250106","gg+ImiXgzupCdCs0lup//d8yOmHbSpfDcSVUslRlDek","TzGeOJl+He0oHsuwB6hzUDmrpnpfd4dm504gAjptzFc","dXLg7xz4veEmyIo3LwFa9dEGz1B+TyRhN5r1qnS0gGw","/9mETEHlK2jCEFHgj9/+X4H0IiNqIAN85Wbo5+gA9tI","3.10.15","20241016","ryiqsX3Yl9FK4ElVsZvjCA+6pneKJRlD0mi8WXrDlCc","JSP7XXy+Y5uyEZcbkDcb7n+CcwR5QQzN7RHCoJO8P9g","3.11.10","NlXabxzN6CP8A/eQvr//EGgl4rXsS3M74iUVAnXNYyE","hj2vnJGt9/wRjVQix3lUERWFnt7Dpd7G3To0MXPS4Cg","3.12.7","BLMIcnLSu435juxf6BtmYFKQfykjgcvszhe+xA/dMMU","2NVw2fdcS2xefKk96n6/hUc/rTVrDcSj4PjUmeGdNZ0","3.13.0","viu8uYXs8S63oWwYBDorC4VR2Oh5nEmg12a1Qd1GX0c","7vDiV0VquPUrEIXeTrustGAsK8nS+HiNrmIYrRqb+Jw","Y2/lAV/++qVYjby2LAJr/XHhTj+/rJKvC5adn4jvxKU","C5LeD5X7MEmRdJ5ae+tnePlh+/DOUFfMbjTWdUsKATc","3.9.20","c+zdcxi0TIjMWHfQOREQZ3I1EOkihS/SB6wFsDoRhjw","+zx3T5lnvc01p+vSj1yVtzekDhKYW6+c4q4iB+cU4zI","3.13.0rc3","20241002","txgNXqX9ovOX0E4ubhGip+DXMlQr9UxISvuB0IenuSc","Wa9VsS1Z9f3CNrpArrsQX8RAw27/rc+nGZNissoJ0KU","3.12.6","20240909","MaBDxA4du1KEBP9uH8rSVjjVTfqy03nDmJ1H7CTmk4s","0cmSTpDbh4Jr/U/8UYnsiYOWL5XQn7ec29f3W7TYjao","3.13.0rc2","DbLSY727OvHo3AZ3+kSlzamSupiVUTRsy7/VCoYTXD0","iowtNxq3/i0dn1FxetUYIRCMYH9+p5k/lpIGZq/FGsE","3.10.14","20240814","fyFbhd94xWiEcyn66yxQB8MBdB2cTM672TWjopYxl7U","EO01wXOn5sSC0dys5b4qWnqMk369khaQIOn0AUVlUfA","3.11.9","djCDjHYC5qalbEEmPWqAiiogBKfqOHcP/Ex6rzThaa4","4w6wydUOf+Iy4fEDkUcBNseBKnNAE0jb3GBBjNAzT74","3.12.5","qZkrMNez7LVYzRL96Rnj4oNvFh+Pd3r+oxFA1f/2Ni4","2Nm7sh791rT79eAE1X5/rXcu0SY2FaayV5gD6fIonfo","3.9.19","wy0yJ8RJGTSRcsJ7NSdbrTefFnn3KfvU8zZiWQMXGho","eY2EVctc4enfjogLF/WFKFNiAYS0nDyTEK6cf8LQVHA","3.12.4","20240726","QoF2TmkzmhOOMCEbmSPXQDbQfHpWxqrMbb2ygCpXX1E","8RD12z0v+dtVkNd/SvZVIC1XC52d/42Kr79n3qiLnb8","cpython-{v}+{b}-armv7-unknown-linux-gnueabihf-install_only.tar.gz","3.12.3","20240415","Y1CAgnvtRhbcJxVFZ3g3IDCY5bVecZXYA+Hcp9ok/Aw","lqejcluujMCTPqqv/pnGpxIYtlk8KK8EKp+ow0/HItM"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358],[0,359,360,361],[4,359,360,362],[124,359,360,363],[17,359,360,364],[0,365,366,367],[4,365,366,368],[0,369,366,370],[4,369,366,371],[0,372,366,373],[4,372,366,374],[0,375,366,376],[4,375,366,377],[124,375,366,378],[17,375,366,379],[0,380,366,381],[4,380,366,382],[0,383,384,385],[4,383,384,386],[0,387,388,389],[4,387,388,390],[0,391,388,392],[4,391,388,393],[0,394,395,396],[4,394,395,397],[0,398,395,399],[4,398,395,400],[0,401,395,402],[4,401,395,403],[0,404,395,405],[4,404,395,406],[0,407,408,409],[4,407,408,410],[411,412,413,414],[4,412,413,415]]}', "linux-i686-gnu": '{"strings":["cpython-{v}+{b}-i686-unknown-linux-gnu-install_only.tar.gz","3.10.13","20230826","Qk0jm232DkCEmtGFBd45QAEjOrPXRwtSgP7G5kMgi7k","cpython-{v}+{b}-i686-unknown-linux-gnu-debug-full.tar.zst","CKOh/2G37SyH23qfiGMHgdmPq8LvtJnziuDq0Flz61Y","3.11.5","gt5+JVHAFRRcAXdCpcBBHWenVEWV30PAK176R2LVEj4","ddJ7OZsyPCXYJQ/amFfjiL8bA7oet5JewjzxIEKmOog","3.8.17","5YD92SO7rmEjNFWdxYvV/RPM5Tt2kpTWO8iOfGZi99k","YawIaAwCLxgKMtyC2EVIrrkscZSkieOzxTLcSPmZ11c","3.9.18","EMQiCAMXiGBX6WgBBJUDe6ZXMat2U7yuq632em+l6Z4","f6+P37rQTgNWqdUsm4vk1A/++Fyas+MSxFvWSZfviqk","3.10.12","20230726","x6UyGmlu9kZ3kTEjaKBNNoKJB6j1xVe5YGf6U0xxbBg","icg/zf1Bxn4t0qA3mCVWxlfcVfwZOMb2zc1f+mFMH7M","3.11.4","q9zMbscJP0namWgPWJmpa/8Llv3o9dc/eqwSHg0F/dg","qQUTZLXC4oIF+EhMrgPRbIa0XfXRFzJOhG0PXocP6fs","3.8.16","EmD9avNBBLvVdIkXXm97/qdtS9BqJCoPjiDjkOhwsic","mqPlWRMKR8M+4rZ/bKaeLxDY9wwf0eKHF2O4kjcqbZ4","3.9.17","rtKaZMg1REwvGv+DxVsUEjEU10xU2WSToOq/3YxtASw","Gpt+3BZoNBDCe8W0sXYRQ773gxoa0XLn41gcFSxoN6I","3.10.11","20230507","xwUYYg4ysHSxtAV5AS8MZxkaln5D6EuPRgUra4k/fus","kwTW7u9IvSRqKVnrx2sg27LGqBqh0hT0Rxyyc8EXF/I","3.11.3","Nv9sXryovwcYG3dIdCM+s3g1pis5ST+XWGmsxQENg50","e9aU64SDKOlvUk3tD5ueymIw1x/OPNSbM1pcM0UPPgQ","3.9.16","qwoUs65yv0i5SCDgluhrPPPgVymGL3aOEJqoMYAWxPI","4qAiYWVVBJLolTae4baaUV+C4Sy5aWVgEu6OFUNAlmE","3.10.9","20230116","RFZsCOuAVKoHhPdrhdLGxwpi9JiNXpq8zoGbUXsyn90","+MOmNiD0EsSpzPtuJDWpalV3VVDIGkUtFkyqbQOmodo","3.11.1","g5IjDPdsKCz+r2fcvS4PrG2ozTs66tElBQXG3dYGyq4","eYbr6CwH7NLrlP0bPJ67sjZtsjYOOPKa4FQ+hXVR0L8","3.10.8","20221106","Le7ny71drTOdcTp17JIjlyXSA16DOvW5mBsCbe4LkhM","q0NOzP/uxPb1GvAX5O7WnU8epV9Ixbibiod53z+nmd8","3.8.15","O8H0kUeRPZPOqcu3U/uq6QuG8e6Xn5dcRxKjXwLL2Gs","uENkFeqb2ZcPt2b3kaFLDhTOY1H8RgTrFY8UJei7SjM","3.9.15","vzKobCIOTRaQu5K2dlPyC4MlgIrM2Bv/A7XDCudOZEQ","y8ahSDUCLYn0ymBCoGxJWddNS7tY5wvb4P6NKSiTSSI","3.10.7","20221002","SmEc6ZDcHzK8SzXSdvBFIUZBJ/d+ETOsW7nGuiPpSoI","p5gWxQq+snUlMPaLTX2VtvSDkvRKmn8TW5GAfXaHKXI","3.8.14","0B2BOTmtVJyiU8UuW4NhtEkMxcjL2gCrbgxSRWUVPis","Yxu5D+jyll0DQAsmjekP4VXOUZYSljYNZXi3FRqp70w","3.9.14","OvHCVREML0LtC3lXUCyS7fi1xeb8X2maJHW/ilYDJcA","g6EcTz0cDsORGb0FE6hoS1m2jDmJzx5QQtdBfUdwyQQ","3.10.6","20220802","sVKAGiYJ5qOPPMnn4h2LbPW28x2s/KygHhYsUU6FHtY","B/pPVJm4iF0e6knK9UdtdjBatzSUtzmN/SLBQJOFnk8","3.8.13","lIVZmtkFPfugjJGFRxcnLpW3yB4NCZ2cUaRvxaCVzLQ","ba8EBb6ubRJ6LcrmHVGnGSNrhhtMq8Igcn5IVH/W8EU","3.9.13","78yP7w1Jiv5XarIJ/uAB/aO1Ut4ahfYh8mAnh6ps89Q","fTNje0jEWs+IBdVGCJXcopvydA/Sz1Av3mxqAGN9trU","3.10.5","20220630","Wr9br0D4Vzzn1+StMjRX9RGDPhZj5hrFoR1VY6c1FZ8","Y/z8QlravANMhR2t+0md4wg/13WFghkcEhYq0kcSVrA","3.10.4","20220528","87wIKKDgqJdOP+kLTplUkpanV43iMh15G+G60oGRkh0","upQKdKdDT+eNga7Z+x5czcPZcZGi2zVxb8lOO2YErOA","3.9.12","20220502","Iz4alibZ/hO6rI3jaJ30hAHQrV2hwvE0rVfY4+h4oaU","5S/b5h3qhHMjzW6BFC0WpXHcqcC83jv+WudajT0aO/Q","3.10.3","20220318","LxJaknw69S74mvEYV9+YigQuJs4JUSlwG5FedbLsa/8","Q8HNbiA7+6Gi7rls0qFc4OveDnLsyVVZNBFkWTR6nCg","3.9.11","daxydjHqsAK9EgJGGXqCNRRcuQaHvhgfelLeb0HUTTQ","C+Cl9STGjVIb4kF1ZcpD8xJbGEX5ltbWImaqQx5nP5M","3.10.2","20220227","T6Sdq4O/gkCYFttDGAZSXOiUKApQnKlskePvyb7tH+o","m+KmZ/Ke0EgWXPs/Xb5hcD/T5ZVvj1F64Jh0CshBHAs","3.8.12","/LIDPwGisQpRvmjJobTH13WbWC9YpQM3H+Z6tZmHtBg","fPrJpX4mK+PoiQNtf8VwKT5tPXRBHuI+H6mqRw04fmo","3.9.10","N7pDhFw9+boBLWkSGtKep/IeovWZShVQB88VYNdM5QM","Pjv00+caITHmwGTR5QGfWMucWP3Orkt2smrJeKbUmq0","cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20211017T1616.tar.zst","3.10.0","20211017","EeHPAfPpyEdJaNt5uVl0sDMmzEof1wCt5uSf7w5103c","cpython-{v}-i686-unknown-linux-gnu-debug-20211017T1616.tar.zst","QapuRIjZGN6cC5NFlRgXQcZHNr/nffMV4xgffTlKjlA","3.9.7","xxpxg2/LkLdQFEpUMcjc+iHpNMrvs/gBrQrwn1LoRO4","tx5VKl/qLAcxJgj4lgTP3+7slr8D3vLchVrdlbTTrs0","cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20210724T1424.tar.zst","3.8.11","20210724","jtbvIHY15aMW+SEWkHrtL10qIOJ5Tz36O2k7O+Mey70","cpython-{v}-i686-unknown-linux-gnu-debug-20210724T1424.tar.zst","WHHJ7mN9Tl39KlBCutHunOEUBaDVBT8NUzyQ428/eYI","3.9.6","JfcKF9PqLW4fNt1CpU6Dz0Wqevh0lrkMFAFZn39VL5A","dnfvDkWMrokrSAgjPYRdSUpqdORVgsh6uDy4ZORLWMs","cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20210506T0943.tar.zst","3.8.10","20210506","ofES8os7+zV4IMPb+2BLej+9wlYkGOi7f7/tmUAYhKc","cpython-{v}-i686-unknown-linux-gnu-debug-20210506T0943.tar.zst","6QE5Vzsjzzw7QTPXiVcQm+0z5lo+S7fZd8/eZVJTc4c","3.9.5","SMae20BfScBJj3e/rKj53+8mGNtIrZ9IZuuM7djnouw","3mpc9jxIRVFo6aOUDSK5lPuK6SIzjwJpW+qWXOQC7bs","cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20210414T1515.tar.zst","3.8.9","20210415","gpkiOAA4Igg5a291VLQ1YrNGmLWsUNK9ThByEjfaP8Y","cpython-{v}-i686-unknown-linux-gnu-debug-20210414T1515.tar.zst","4djKBpYSo2iu2nlJaR3S3OjrozoPX4WjBkx5WMxc8G8","3.9.4","hSwmXoUW97NPTrkER6OnHjZcNSBupwWToLHZrFSTN74","/4YfT+QTbzTu/pSNk+A8aX0suiR0s48AO0+eqZ9SJvw","cpython-{v}-i686-unknown-linux-gnu-pgo+lto-20210327T1202.tar.zst","3.8.8","20210327","lDhOy/NX1PHpA5oGvtl4B4ve2fuYhV6Y5pBrGhVh0PE","cpython-{v}-i686-unknown-linux-gnu-debug-20210327T1202.tar.zst","JXitxnoo7P8FVYX/a5Wwmtc+h2+6VLqsDMp7ZqUWLo4","3.9.2","Hwc0fiIhYkgSROBn7crvjzm/jiuVQlHiThBUKKIZ6QE","2bta1tYI40AAZjgrrlzT0ui7rpFtw9xSHWodQWXU0AY","pypy-3.10.16-linux-i686-gnu","https://downloads.python.org/pypy/pypy3.10-v7.3.19-linux32.tar.gz","7.3.19","isoYI98jXzShRcP5EH7jxbgyYa29KsrA10si+TC98Es","pypy-3.11.15-linux-i686-gnu","https://downloads.python.org/pypy/pypy3.11-v7.3.23-linux32.tar.gz","7.3.23","Kxi52PHtHGmsOqzTtt2/Ay77MHsQJA9ZylwKqPI6VEs","pypy-3.8.16-linux-i686-gnu","https://downloads.python.org/pypy/pypy3.8-v7.3.11-linux32.tar.gz","7.3.11","iAyWVLyhZxMVsQ3khfV05DbP/b/HkWIm9qNmPooB7LY","pypy-3.9.19-linux-i686-gnu","https://downloads.python.org/pypy/pypy3.9-v7.3.16-linux32.tar.gz","7.3.16","+oplMmo6i++che/UJNWMyVe24SBpwccLF4+czRJBTgE"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[0,15,16,17],[4,15,16,18],[0,19,16,20],[4,19,16,21],[0,22,16,23],[4,22,16,24],[0,25,16,26],[4,25,16,27],[0,28,29,30],[4,28,29,31],[0,32,29,33],[4,32,29,34],[0,35,29,36],[4,35,29,37],[0,38,39,40],[4,38,39,41],[0,42,39,43],[4,42,39,44],[0,45,46,47],[4,45,46,48],[0,49,46,50],[4,49,46,51],[0,52,46,53],[4,52,46,54],[0,55,56,57],[4,55,56,58],[0,59,56,60],[4,59,56,61],[0,62,56,63],[4,62,56,64],[0,65,66,67],[4,65,66,68],[0,69,66,70],[4,69,66,71],[0,72,66,73],[4,72,66,74],[0,75,76,77],[4,75,76,78],[0,79,80,81],[4,79,80,82],[0,83,84,85],[4,83,84,86],[0,87,88,89],[4,87,88,90],[0,91,88,92],[4,91,88,93],[0,94,95,96],[4,94,95,97],[0,98,95,99],[4,98,95,100],[0,101,95,102],[4,101,95,103],[104,105,106,107],[108,105,106,109],[104,110,106,111],[108,110,106,112],[113,114,115,116],[117,114,115,118],[113,119,115,120],[117,119,115,121],[122,123,124,125],[126,123,124,127],[122,128,124,129],[126,128,124,130],[131,132,133,134],[135,132,133,136],[131,137,133,138],[135,137,133,139],[140,141,142,143],[144,141,142,145],[140,146,142,147],[144,146,142,148]],"others":[[149,150,151,152],[153,154,155,156],[157,158,159,160],[161,162,163,164]]}', "linux-powerpc64le-gnu": '{"strings":["cpython-{v}+{b}-ppc64le-unknown-linux-gnu-install_only_stripped.tar.gz","3.10.21","20260814","nPwcOhIF+QKzKbIJrbv5V1JMgDjn/vkqa2L9pHWxyHM","cpython-{v}+{b}-ppc64le-unknown-linux-gnu-debug-full.tar.zst","XYD2bHlxvxztH1wLgCYxgs+4xiw72ftAZ5pav2fnOgk","3.11.16","J/Jg/vr3fyJdsnvaAk+nbzVbSF16djoVqUlnWDs6BG0","M7v4EGKZRhvMyr2jrqMJQGrw84CyOOjEX1O2WkaUW/Y","3.12.14","QdaI+6gxDjQW38BEn1+XCexOLWbz8r6fFTmeM8cRfnk","21YxtDd+p6zXUyz0Puyh8G2qi2PG656gKgVe8Ig1sV8","3.13.15","ff2/YsnA108l82ppzYUe1FpVEHORyFx8V/DdPdXnnMo","ZOI7k4C/z3IRk4W4Q+hbp0yemljdLBnujbDta/Mw8ss","cpython-{v}+{b}-ppc64le-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","6NjJNcs2E+dfD9XFxNZN+HC+PG09Tb7utNDACkJ+7+s","cpython-{v}+{b}-ppc64le-unknown-linux-gnu-freethreaded+debug-full.tar.zst","bxX4Vm8ogJ6RWfDHVHJSRutWttUbKx+GU6iHNFdEiqc","3.14.7","TGTiQzNKUZUK0USRfe285YtuCuBvqT+T1g/GsuXQ93c","Wv//C/pcPZx7f+ziPU5XExfBoIwzLTjgXkQtLs/B/1M","RtRdNnSyhynyfm4ukMrTHsnVdHoe0+m0oCsESjJ/6M4","34N51w3ybMd89r+4rMgzW57HAhhXBazoe25OnbTOsaQ","3.15.0rc1","nqq0yeLQzNoyV5757Pk2hT3E4/nGdZ8lf5z+Kx89Dmo","zKanIAQfayL2V+Dml802iu+rLA51XhktYQJr9NyD6SU","QNrpAUdzzsabfRi+dRJyBTLu6cfby1QZnUSb+7oGYg4","ypqz0g1gzx5vVzsApxLuV3fxqvN3XOyEfU5w1LyMjZE","3.10.20","20260807","/A5jJFZKD5FlKgFuysYZTytr6KTnqBygcbT2BCB7C+4","hoeFLo2CEF7YTkhk2UQmEa83+ptdxsE8MHW1VF4s0gg","3.11.15","y0oBrnEz2abdELF16zwzgpfVqnIPtPf1xW5+y7Cj6Oo","uEXezpzRfMTaOVTTuJaBAdpsqvmFFgHFdiHuEBMQau0","3.12.13","6gmltFibOjVcne+sRdE2udkyrwUnkJ+FfsQ2LYiGqco","5/lVgiPnaCxSa9BHyXQVgwq9+y9kuuXVQSrerazm2TA","3.13.14","20260805","6sMLhpHGKFk20Sr9n4Kw+yPmWbMmzl2I4xM+7LtC3eI","6oGVXg8lGatmKERc1NTeWEChu9Opja1IUwb/UcM1Nvg","I8FbAZURN4xjJAw59nnHDySMM8VL2SLemyS1StvEx0k","7nx1ZBIxMtxs1xkOIytXFol3reDj+urwQpgpi2aJEew","3.14.6","20260804","KgLx/wvQ5TRBRaakHSXIURMKF+ZZ6xHtFe55aiRM2CE","Z244kmrCnuocY/3Mq67OXT4qeyphgXehRyzv5xehGyA","HVc8MJA/mWWT4q8D9JxxXsctoARZlGKtcpW46AOAiR8","a/3K+ekIG6FPTnvReYTyG2L/IBn4Hcp0ZWdu5wShApo","3.15.0b4","20260728","4bsrmQcmag4+2TuHryJNj/YxCWCXO9xhvhw3gKJ3tS0","LVfGHkIQLCD+GHdB8K15WDrDX7zhBh0vrs0ionBWeEM","mS3yJVV3Nj23Pc6Vg5jy94d1g2BfjSxRmcSlLjLzMac","hSwb1SItMpN5g8CgXC1i73qQBG924VFhzmsYpkp7SOA","3.15.0b3","20260623","Q+SVmiYAnE6NpQDUDheUYChLtxsHiseykR8IyrUH4lk","C4C3WxmgTwdmza2Mqnh6BjaRrKyMyl5jfq2PMbK7gLg","IICNgsiewQg2sTPrYBtkCOK1o2kgiM5dFAaQmCM354I","w5+9KxyFN2Sxlfxn/qbGMHLZPvFP8Wm+w0sjcmqTYe8","3.15.0b2","20260610","PG4+MosX+kIyTV9am3BaYS7U1cSAqzxuIIwceB/iiJs","e+04MeDcsWBYxWqkETyEzhUX3kY5VCiaRo+8hyqmWfI","0504I7wE3rt+jP5w01TOTF9Q6ec0KuLvdE4L7Y5frYE","pVWFpAKmMN55IwmN1NrWBgRWPvlR+wy7beA/V06w0BQ","3.13.13","20260602","ePuCy3KJeECBmdn4lkuaAuJ4XRwUghtAvRoH+xn9MmU","PrcE4jx8YuUpB5mTFaLndC9btOmXvc05OuTg+lPWyes","3aj3xX0tC+ex0N3xnSX+QpbDWGRaHIO6qtSsxe5ExsM","+gZlnZizvj52MZm+SoTxnbAoE5T6khxNxyz6UgNejTE","3.14.5","eZK/5FGvH4n276G8n70BfCC2BVGQrITT4xw+ERinzvQ","iJCwv9ua/AOU9t0Gkj7/vn5FJn4x3j2fSbpqyPCRE4A","rmVsJnULzwbBtlSeCKeqkrSIwQS4VQ+foxBzVxzG7+A","Wd39x1zrFoRARdDFrD1JdL1zz94pKGEFg9UtvuLoftk","3.15.0b1","20260510","Tq35XtogT4wMhCG2c2C5t3rXaGeP6jOxbaUMyaPipbw","FwReYLuwH2dluTvpAR63CXPnErI1inP+rLASbn6GNpc","iHBjW7A16gewRkSeB7q5XMZKb64JSNM7pexPo7oIZwA","ipEVgG82hd0qFim/jRnbBZCF7IU49HKHn4X0jR2ZGbA","3.14.5rc1","20260508","2jn/wgPqlkdL54Sg0rbuMP7p99dFsXZcRbkEzAr+wi4","tsETb7UY/BW/YxcYxtqIMP0o8ubxPcaJbU4Ldqz0gKA","iEmkx/7ybei/FsgBbffoQpxWyG7YGYHr9d8du42xrfg","FLI+//Pp4jLgzxHG7Ydlftt01v8f8oenuekg1Py7F+U","3.15.0a8","20260504","aCINv7G5tX+lYALK6p78ItpSVmpjA/nbS1JEuI4Zzps","fq3F+Mw7+Bpxq2Y5qp5aKrutKElfa/z6WgTrOkxtmfc","sJ1V+aVZclrdmvubsxSmUW2Zg/lEtWeNjrRyYuSDJ0U","5HcWVd5A4emb5XhOvhw4uz8x9syIZ3h6r/Hj7loQnWo","3.14.4","20260414","LJDo59wIMrQqbAT9IJBvza/YUQY+CNdYqZh/7azDo+I","+nzipV36+/3UIAK/k+fB7wwffpCd1+0LEYFffJ3nDRE","j0pjYsFBv13b0M+SJFddf+khIJkVRPxsu50kCBjT9+U","lXiJFB441MLlOoBw1D/6CjVqHOjzDpqxsZlCK0FeZno","3.13.12","20260325","rl0Exp2RNoKOntRkc6rGnMKYz3479S+abbPHSkl+lZY","Ke8Ct89E5uCFS0T+9mtpaRtwaLxs93+NuF+bXzP8X7U","77DwJJd/7mmD1u3LIMWOSsv/dzlDe36pnwKN65XSj4o","0vbWq7MB1w8RkcVBJGAZg5g42S0+zdcskAupKdUgXBw","3.14.3","Q3UF6Qnrl8bvPBJ3c4G/89Mc1oODaTkziY/QtFJFHDo","VZ17luzWuZbiKgCbzwi3xjB8VZSmiEANxK0zk5oFSWo","4UGT6c2wl5gspjC7KRz8h3O1JRcixLVbXaMdF7MMMUY","9kn9SdU3aX8e/tn4xb4E8aANd0jrBnZucFqoz+rTNlY","3.15.0a7","/AjpAg1qm9iwtkWUt39PmfBFfC8ghe+dJmdU31LIz9A","oyegXC8vTxCZCOftdFqYZt973kvYLwxdb9DB2cyzHqs","7xsZ6kPzHLxp1cMHGhpe8Hnu1Y0BeiGtelia6m9PAtA","KiJwr6TEQl2JiG2wLJRoIUNIaMfSScGwi1VzeNMcz+4","3.15.0a6","20260303","m8SHb3Av1eCEBxnNndk1g7iplkDcWRzsyzbeqOg0Y/Y","necb6lAT4ygaRbaU5G+wTo+o7QuuWpSh94TIa83gAtA","cpython-{v}+{b}-ppc64le-unknown-linux-gnu-freethreaded+lto-full.tar.zst","/zloRRQI6g/vHavhHu7bvsx4z+CJaD4PAMLzQg6oZns","qmuiQCTOE9F3yHJLpUW6nlpIFmG6XqcQ+enklhagYQQ","3.10.19","20260211","oP4pcHdoyGncCIW05kWh4e9icrGTvhBkm0/+F2D1EYE","PfVSKqrhCMOApqjoVLQ3BGOZZccBtCOU5IX7Xm5jP1Y","3.11.14","EMy0LdmbENz5YnTFsaDKs5LlcHOWpIC22FRwZ+wxDhs","lf2FjkdxifwzWH0O2jcAo2q6PR18LJb2JIT/I9LTEIM","3.12.12","BItpDl28v+xpivs+myDK0hKqmxn9YfiWAEsts6gS9k0","GknCLl24fhROxD5fLDzE0q4ZOfDtKjIzOKBMvpTwwsY","3.15.0a5","20260203","NzLHewwSH56glzVw3U1RmfUDGOYtbHzKAbv+9yHMj6M","HdLTvATg3xHe0DZ5e/WzjVp1jg509yV76wS/QGLSfOw","L1a6Mn8SO2KEu7s8ulnmHc00DsbA/BDg0UTzRYuZcy8","eOp3KRptjz7YrJPu1ujLJLcc/bLSaZrt7olesbi6Q6k","3.13.11","20260127","puwUCtxOlJGMduPPjobJZmY2ImYMVBctM0t26N9N0XE","LgDZPwa6vpYEs6lj3TtbFs5ws4jMSjn+5ELGEkAD+w4","Zit2V+IdeGD5pXkcY6yAxrAOC3wekyRIZjTstpQXVPg","EUgBPvYtBbOc0GHPSfvSBFREb0pBTNDtPk9kf91HB3Y","3.14.2","MrVzPp3u2E9Vcjy8e9/OZIznfEYzrVmy+oXUoupsWac","XSoOpGmOwbi+H9Slcq9deBjiyFCXs7ZFhOu3OlIijXw","EJ884BkNqk6m/Nif3ePJv4zfC2wTG/aS3mw8G43H6BE","cQZWkkFVuVYBaGnIvYM9UG/r9xls7KvhkRkIqE7szf8","3.15.0a4","20260113","XTLTUK95AbEuBKDUiK4XdhC0TYoSPtCS5JDJ531vj8o","yv3kGMheSX8KKxq5ppBHJ0nJNbjVqb9wSQifokKcz4U","QKfhpY5hHVv/VRPkAf2zdLxGwbr6X+6X5GmHVqClmGM","SsLq2/KhAF+rhe/MgrceLtLDhn6ycQF5/vJChpcAqm8","3.15.0a3","20251217","Gt3So3jziBU4MvrOsJr4YhnF8WuJL+WI3pmWuJjQLLU","GVJBB4TRrl2Gzv9ltOk1ABSYWDomMiIIYgEVG/rjTF0","BtAXQESmRM4u2IH5nFxr4y8s5R9zM0AcLmabGK3FHho","G0qgLL5OxE8o3Hr4yod0CZPCr+bF7/ufCed7SlZvFWk","3.15.0a2","20251209","Z5GmM76mtt0kNhd3DSApUTbmNNbzjeoDXBS4x9m8Utw","PzrxwYeQDpkBPQv41nWj5/S2ZVp8Ef9mrluN7ZROuzU","IWhC3yN3/QMvJ53tf9I9e9vZLUwfp2GVI7wNve9b0hI","n+dcI6zrw36yKnfU8ADkv6irPd8nqluek76q1TaFPtA","3.13.10","20251202","kYL6YA/9WFYNs7fdNWjZRXLumwE2xOFTEYn2aUmgCHk","t7ORH0BMmPg/z5kEcL2WE1iMjd5dA9IrNXj4BLDP10I","0mXY0cUeJe1wJ5VAIjWJ95z5mtALUNKLYVDCZYyXOIU","sBaY3PkrLZgQIGwMgp0h3Ftx2CYVuJO074LNTEJqyR0","3.14.1","zprrkU16LQU+AtDb1ZBUcv5UfCSDkzyvsOE71ZCl2uM","CtuEuK2qdXb0JTjaLasFuVQTsTDcp4WRgnmmgz4vdDw","cge3Nu0lafMHZJ/9S2FaU0ZjG8JEcwuHArq+43fO9Sg","3VRa10yTQMIjDWkHXcu0OJ+8POf3pc1FUnf6ztIjv6A","3.13.9","20251120","7aPaRYTBuUogmjdXw4DYnbKW18mIJaYpMOLVqrYyJVo","OwUHjCKf1H6nh58GZH4CwpwBCyA93QTZF+PN5GIjxIA","ZxPF3EKmUvVsyZpjZ/ffDyrizw6S9PNOHnk7BQ29C28","dkIlKUk8RmjbXmgYh4MUPbWwq0bwprK4Ff7xt04iDW8","3.14.0","si4F1J53WRw1noZF9rPRxmt/nSuOmny3BJXSFUARTbA","F0qlCn5PsmNqKaz/lgVDaMQXKjEfSaIsrDr1dT74xXE","DvJfm7N53D7VrT0A4NopsvZp9VgpQm55VdopLdWyM4c","VZwY+b89esAJMOigz2wA2kSmEd+RdGEjKpZAqeSWfjU","3.15.0a1","20251031","7UHhTK8nxpiV8G7EEi4Emj4AqnTszkzOR0+3/dhYIfY","9vYJ+V1L08fs6ZwnenGcacEx0CQESf18XBF2nkrGiOE","CIQA3sJROfOO7stI8JD/LOBqlqHdefqPHf7BzReG9e8","2ntYU/Rqlr0ALCX84N4u9mqaoB6CZ0fveWNRy5RK3n8","3.9.25","CXYywfMnBQxhRp0GlR/je5eg9Z42W2sY3iUn5YlmfY4","++iM50WW/2SLBW2YmBnlEP1DIhXCJGGB37SZpJ/4b1Q","3.9.24","20251028","JpqFtkbX6uJJQAO28pKCdSz1U0u5ivxLm0nlYCzTAJY","1v2Wf8wtfP0ONlj2wbHA/OIE86aiw+XcHwgBF+dCNoQ","3.13.8","20251010","NHGJX5lmLz5RyOI9ul5cyAHhvqX/U0T1CFAwpZnWr+w","3LIQbeGT84TulHDfrYstjSBziKVLM5A3mJg3n03jYPc","265ltudHU3k5w/KAQHe7Tkn1KIUOaIANVLDoxLd2j6s","QiIV4jELsXIwCXqEkPIduS55hyj1ZhzAMI6GljercZ4","3.10.18","20251007","xreWmU7AKqalqzBwirAVI+1qvH9j8wTTQEdofCbfSVE","t+COeGXO7r+DmvBg7eu1qFTJ3yi9hk/uhKciB9VZBns","3.11.13","CWnugAJ+dcNNPu2nzem44rVDbLn5oZM2qNdC97wZ3Gw","gOJqSVWs4rEOx+a7dcELduI4IV3KhtQ1urmjX27NVN0","3.12.11","HqmKpoX3HmmAyxwMyh1xKnAq4qaVQtAsulgqqvwXbm8","VlGkwNwlITF3zjoYBQEtL/T/mqYihC0FOjWYeXsxACs","3.9.23","QuZrHQNnfHXEEpSFU8UKpwNW2ZsOwIehuK5wogHYbSI","1NKWQdl7JufRnTIs5qFTJUtYbyXfn0/SrMVXVtM1GgU","3.13.7","20250918","oNE3TtsdPd393V5B2IgBD9HBcgkoqonT33t45N07/Qk","vmCnhjti7Vd/ReuHhofAuxGiImZjYXPr+1SapzE7qTk","HXj0ZwvkUrEnsWMQbCN95LTl7mVe4OBskEUWlzLGPUk","m4mzmG7oxG8AZLRO8t+CPVOgZbegcIzno/mxS92DLJM","3.14.0rc3","ibGtJIkpm4jNdd4/5G78DxNfDZuiQz//8Lb/b3pMozU","6N/FX1muiLTGREqzNTWFIbUyj2YrbGSplDxUcc/fASI","W0myKPOXrsCnWsWZbY0kZA947/tqm93cb1kvDFNCcUs","RE50/etGLn9XxNnLgvDVZ83/AkKIfdvWUmST5hBxGrU","3.14.0rc2","20250902","tXSsKjKssIM3VZ+Mmg0S9hPbwVOHA80Jlwsdjsd8PP4","a6xqv8DZFudA1OgL5KK81zs2tiFG45cD7Q3Ok00r5zk","mMD1NuSR6qcGiSwj/51ObCOUbQ2H86ObYS3ViPzRmNI","zj8YmaWQ/Xi5zEztx5/BIHxNnf9BeVxy38YBkxgJWkY","3.13.6","20250814","kCxVWN30o6MZ/EpGPypgKoG+rWaWtYe+m3vs4sQ0Tf4","c/lPdANMXLVv4CkOyhsWOYQ97Q7PUDXw6N6Qiq/rHyg","oRvYru0xTbWNLNIdG1NKbuK/st0Dg3zylO1/2N8y9yA","tAWXYI6sgq+uiN5CC0t1FQLFquy9nX64sXuaM3lUdeA","3.14.0rc1","20250808","ydnwgf5Pf7W2ZNJPDix3/Sg10H0ssd1N3xO2K1I8mpw","AnYAUYBP+2Zu9n8IZ7dSxC1GFCqqrIEOHSHxLhxx3io","jLaTf7CATKDV2GevFbbn/QXXnQ+qWm5hfm9igFgKX2Y","EDb/+vX0pcu02uK7trC+bcu88oN+n8tblSbzWs0NGRM","3.13.5","20250723","LZDrCUff7DaWBFb+Tpv2MbeUPEErjFcxnHJzvXzp/NQ","GppVnqxiAX/JvJxKvJfNHYKXKzBZ5KD2eUkF8WbTIdo","+A5F25eWM5oSU81TYcZMbVnavEnQCu+tT0K8e4l1+dI","tHbRogoFw/PLLoqZE90omARGXeEgIBe1ad2/4f6kvHc","3.14.0b4","20250712","uDWqxyZLZGUgB/UhA2nV/huNFim++7jQDkCokc0Dn2c","HEkxGq4a3jr9nTkJGJfSsTB66t/d6H5QmeB7D9wyvC8","dWN2sivyN2Rve7UZvuabFwTTaabKWUG1/4PVstAiYSs","PU72CNyERDesqZAmK69ku+f/Hx8a0PwEMt1m4CxZT2c","3.14.0b3","20250702","UhC5EtncHn7p/CFZcsfCVN2vnWStKT9CrxqBmJaky+0","tWeaQXZDFgDOFGpngwRrushHIdmf+R6tC47vFThRQ2k","Hwk+DDUy4ndE4/tzqMc4NVkQtr+hlQOeT3O09IwbxPw","UpgYKvgYsX16MXcBjPt7SUs1zZbeU0r3qJcoY2iUrnU","3.14.0b2","20250612","MO700QHfWOxhREtNAEmyqZINYMNtu4kfNK3XuqwBaas","k2iDmML7x2yOOGa95v0NG89c1w3jxF4lf2RNCBrGKvQ","wRd1EMNZSUtqcGAdnIEM38Zi+DTB1oar1Ifrideld+8","xI7YfeKHMhW2BD0z/uLnFH1A1epaM4jxUmF0jA2bUwM","3.13.4","20250610","ywLJi6SNe9HXAXbtYV6KoCbJE/Tbb9pQd/QlR7DgvXU","LEuMSkUUZncPqB4jZHEJuMBEalbwVtuVX8D+jju538A","7WauITpisoa5tzOLgWzNKBX1JIt6KKGF3IFZ/gBBSa4","c+A8LmzrOlN1LLIRC9jUW753ElUVxjTkhdjDosRMELo","3.14.0b1","20250604","uGWj5+ht4cBaIOONaD9Y/Wcg9v15Ib5vZqKPqrkK/iM","Fs0WWY/N1hxmEHukaOPlfkrE291XjUGMUyYxR1JR7gk","k7ifdLwbClybu596Wp6EW3eylqP8of32UoRDVAaLVRA","OatNQ5S1IggnYHcPjmUftCsfUpHYXjI+dxid275f48g","3.10.17","20250529","5anVdhxFLS4jP0pSkJcAt3Qm+CEdPcniWczlXny5Ttk","jMcBdAZJvOLGCXjUpoONQBolZ9gRVlIqxQyI/53iuHo","3.11.12","BAc6gHQ6Rb4UUZlYJLenx8wyhG/A73JX53oX4vlTahg","Wze6z7+aFF9GVqIoiud0n3+T5rhZW7JKMu/D3yIrJmY","3.12.10","7UZOSdBF8l+RhQ7BeXjIUmWPm3M5xN1+xSJFS+wx4zQ","c400MB/zQbES1F5B1AFj//jzp+M/AhsHLwBUFNQzcpQ","3.13.3","1JNFi5Pq0FIBRhn3gZEOitT/RrVM7+6VC36eM16i1tg","/8t+oP3gDt3sD5x7oO3JtqFI9/e2LIAOe5TWac5fJHM","iqlCnV569bQb6tUdOl3WSzfES1uinNfTRuClo52S9Go","DwlJ74znHu1lr7jClddWBoZAf4vPzTi8BxnZMDQ312c","3.14.0a7","WqH0ByYF85A5jWA/csaNEteJur/q5iPPlU6Ruji6thg","KWS6Fe3Gf1MV8iEKTX1KtJGDwOtaXvnxUbuTrZ2msB0","M/3XBvaXCtdTwQPpRg1/FbzbIQwqpHTZzqXroFbM6sk","T12hCCu7fgyDq6zjZ8LKS/unavzbQB5NgQ56AcgCt98","3.9.22","i0VhlQCJ4wsTBnCVIVb4rIbuigebqR16qul70o9HwOU","yMw0kNFn6e2wN4hhgeS49z3fPNYnUeIRwaBFMhOEdKY","3.14.0a6","20250409","vOS+fTaQUbAQ/KNCv2ddSvD7rKGkd+00xTMlG6T38n4","INZWfh+/OdOfBzKnrKzyvBJJo+DF9wVnMxBILpDuTTc","0RetxC2gpGIor6oTainokwAIAeUGWs9yvXWexYd7HcI","fax/dXUvnI+ER4GHNNf0KMBLKTKQLVTaMWvFLy3zS7k","3.10.16","20250317","PNWKtPr117wYKQLktLIZJO6UaX3IVpfr8xAv3VeIjNk","rKmqFIxCk4S+GUI6CAzTCenlptEzMKWWfQeDKQQ58Ho","3.11.11","/UlGpB/z5FAvTNxPKIBlrrRVomoQb4+lsb7T2eyyScA","zy1lK/6pBJYTIoZsNEsDNOh3tMfVY5v7C+zS6oAjkEs","3.12.9","Naw3uX62dHqTjMlHD4xw5DpRqL3y1fxCE9C5Wb2g+PE","qDK+Hv2suyquwGD15jYRpYuWbdJiBaJDo8XL4FhOoJY","3.13.2","evVmI1RW/AVeWAYsEMNCvJYzf5IzFIRZjM72JSaxF4U","LsCsDvAHBVTxVmNEkYxqm3jBxQ/hf5xDfdi6QAzbb5Q","auj6RMsu30q0nP8YILU8QMEDScDznhG4zXbOfz5+He8","5YFLM7M15j4fKd9YHWzCuXH5ejFiCeDqB0rcnRkbc58","3.9.21","pVR21Kfe8kxfbOG4MCZoyXWj5FGYVJ3oa0+++uHSuHM","LDzljFtIMIanMARc7nXVrl/8aj/ecf8uA2VpyJ4H7J4","3.14.0a5","20250311","T0CtLrnMSV7pE6EfprUaUHhY/oKsqfi8MzOTbXBAN0U","dFyoISUdR1gQPr6WFB2QSJoK1JudpIlaEBx+BKeXM8c","10Drzeb9cr097Lp7yKKki55JtOKm4MX/lgp+3KG9ajo","lc8ljmZt5qGDVq4oszscMplN4vwUf+UuB5IEAYRFI5c","3.14.0a4","20250205","biwNZ+Qx5tkENrVcXVldxidhg62km4yAinAneBCsl5A","L1oCQVINdJJSTU86sXLg89AFZY17huYx410hzQH+ShY","MNGKoANvYe9cP4WKjFWN7hlE7yeGNjkjrDcu54yET24","lLf1lqYDgpOgkSu511d6PWuLb09jEfge1fuqN7Hj08Q","3.12.8","20250115","cuz578kMccPYFNNG90MGyjBZ8D2HiZ9uU5QVS61bZI0","qVoexg1scsjR5ikVKQB1pg18GKQ9PtFeRJqygE9Hdpg","3.13.1","MFi8LkP+Ik0zCv84+gf7wiRQzsNVbzBgjbUDN8l8mMI","pfn/4UcrOcfYeM1w7ypFT8uIgBhs+TJUm3DK0at2laE","k/9fTW6YJP2j4HCK8U592CDVKhqbaB2yCZSFU6kRKF4","JPuXkOHyAor63aIQkacM2praiPu7WiswTaTo+6Jj6+0","3.14.0a3","20250106","5FlbNcXQBAUnuf4yrlOjrSI+yTHM1XnQ1d1iNer4E3g","gD5W1VOQsD9VkSCx6G7uXoDKiGSboDsaKmST8ZxYalY","tyex881CTp/tcmhxIjxkzKMG6aMHTaP+WIrsLdGPeKY","M0+E8nZLX7M0eQS+IzJkP87TkX2HgcACjPZh1r9nmY8","3.10.15","20241016","S4YZa5KLUe86DVGqFpAjbj2kVh40JU4pKcD803s3oAI","KnVoZFIXlP/5dthAkTuL5HhsxBLd8f30YW8+OcNCmXE","3.11.10","zBbPCxoaph9OkNOMyq0LZQhc6mnS3MLGKB751ObMzdg","0jI7TjtOKGK76ZXbsT+W5m+d7IrcWPTNQMbn+GX/OvA","3.12.7","kiqiH7nqzdHAomztTconJVlUU65bki1Ws5690jiBdf0","dZsh1hdcwQxWvM7P1px5uiVEm3jAqxGiUYzoBjqb63Q","3.13.0","r+AUIA/qdQWmdlj9gucMy0mYLe7nUoCYSeeBuUG5Qew","0cp5o14BiXRBPOyhQ84IG2//iwreLOtVeGfqZE+did8","EhfvpfTOZ/zJ9+tkFlsb0JErKiG8JcGn4ssXSiGl334","KtzwfW3qOoN0fiTNcHIaFf0rEKMeeDFL1ngtOZKxZw0","3.9.20","VW3T6AumRN+4ylqKaGgfJDcX2O9KUX5Iaknh9tpGJ4w","gGO649EPaHwFUcwBdnMJMRZK7d04FSHSzqiXfvMVRGg","3.13.0rc3","20241002","WaKoGZHXi9ZYdC1ptXeitMBzRijtQr/2hhVobq+W8qs","PCgIN1hpB55HkjNokDUBkT8yxl3+cf5Dyeu838EwCdk","3.12.6","20240909","+0k3S1ErDp8s0qcgs4NvigQijXPrB4bmQiHrVZee3G4","7bEXc+q2qRzZQH8fi/cFUjNFPPSMScswCtyoUEjY6Ic","3.13.0rc2","cAczM/fT8LkAxymWWf7Aabvv1eBICLNynSQ0siMqxyk","0eVvLFR3Xt1R75M80oOPaSxX4k5DxL0aGxHIYFaiTvQ","3.10.14","20240814","i4P92Vy4ZPjr+hod1+cAuwRrgoO/0KOqBPH/JZ6v+Z4","hdORRnm3wLXMMX7kiI6dRYpa/Jhark2VxpjQ+/eiscU","3.11.9","I4dHnRcSflsIf1grrJSPhZwlxLOMZPVY4KOZr3qKAiU","KnMC+oD/JtuZ2K/jgkqrlhSH7JNicp4VwUIbvfkRX3k","3.12.5","O+oIH05vpn5gCmp5G8/rsokVMe3iwh4j4bcyGzNpxzc","iV0tuKIHRXjIbOP1SZeHkjGIv1WRgLXL2EAbrgYKP14","3.9.19","PMYEQtVpTbGr4qDG5zRZ67bnun/HsKmG82mdRjqPlVc","gY3Y0+Y3IvrPj7krPB/9p339CpjiqCeJUv+kHgWw1dE","3.12.4","20240726","Nag1nx3BenpwAH2uECpeFWLAcVpyE3ft6SE3sqApJAY","NC6dPDb42k5X+wZWQffmrpivEQ+93GQbiNaTDNGJWUM","cpython-{v}+{b}-ppc64le-unknown-linux-gnu-install_only.tar.gz","3.12.3","20240415","xdzwi4B35hfZSb2iMCfElxL1gxILPtdE+bFD2h1YBXI","mD8FbLgzalQ2TC7sPTOAjddPlT+CtyDGpzrZQ2Q7SSA","3.10.13","20240224","wjcG4TigNR/B6d7yl0r3uCBrrH7Lu5inj1qp51Nf7kI","yrTIdWRF0dGYfHyU07zzI2hORPuQcDKdgofUw44VVxE","3.11.8","6ysx+OUDCarkk8ajWcMrcjpnbwfGQfXo/ktqpNu1CUY","qXFvLuvr4D3kfW1dYD1v94q/XrOPiL92B7F/2F50/xY","3.12.2","dLwCxLu9JiRcN7KbnhLQqcG3q5NHf+2LZRyYi2qaYlE","HXBHb7kBPMk+eHQXaAs0YptRDm4hRc9Iuy8P6If3pNg","3.9.18","1rGN96Jf4DT9XOTmQhbfLMeLLU2QjSoclAWK5wDXPSI","wTju8ZIpNRImoR51IjC4qp1Jm6lyD58FdPoyYMysuZs","3.11.7","20240107","tE4bdK/nXHsZFDQTYyxDhnCK4ikRf4+VDCCU6WgdNMc","AW7WRwxZnqXMTbucPz/oa+BZrU4bbNLfEOQLfsaXDxY","3.12.1","eAUfDRQR7mK8KvXt/M9uhACsTvgoh6Kv/BmnrOagUmc","thaGzgXFjJE+T9t+fHEF7TbZvNzRqEHn8IskP0DVz3c","3.11.6","20231002","eTcDX2kKYk26TQFP/SDDQuhD3Ub4mwsKHlcmuF3rjq8","ccNNsRZYYKa/RY2Beu8A3qlhRhML9fi9fuObEoku9GM","3.12.0","tdrgdUZ6zjLFlMeHf+br4IN2gfgUYB1dkLpMDf2HofI","gAqJhz4w4kuxtgdfjNcYlkU3xbpivNvv3Nrk3mjdzMQ","3.11.5","20230826","FBIbU+nIxtB0H5Ea4AECo1rbz1w833Mmh+92F7fXME0","Gu5qYTOFpjVb7WGpsSJZpe0W6HG1vf5cn+mLRu4rsF4","3.10.12","20230726","u16MsNLkQkFyX6mzQiOCRVA+eEmRdmAAawJGqcl7HWw","wxgFD6kdhNRH9ciliHpE8cyN001MHTV811VAfUbtGyE","3.11.4","33uS7ZzslrO7ZY+1hr6UdyLs2OQg+yPO4T0ukKvPzyU","ufdv0ia/y8aodpk0sXMjyjtWPxwkZgWC/Mz6bQxxRq8","3.9.17","xZGijZQ9zlz5gz6RYSX9++sxICcMSGbuIUSTzLW4PDw","vLDsMTQt9StFVb4wkICpwyJOf/YKYpHjQzfd/d7xEc8","3.10.11","20230507","c6nUyJ7VG+Od0t5OI1B4KBCHKD6f3t72W+wC9QPpBu4","rDLjeIEJ/wzFNqYQgHLZIDIX33RM9W06SrCxmFfY4kQ","3.11.3","dn0k81cLNf7blF9axmIkyJg/LVVquDxc+qXzZm6cISw","JB1YO+Psw012+voNGGy1BM5WJessDoldxPQHOmSeXHM","3.9.16","/zrDXFj2eDmv+bUYWpdqvT0au+Ya8CCJ9xBeh2wf4oQ","iy593G/rEW36aCnPxHi+kKN03FzhI6mLx36G0Ok+kX0"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358],[0,359,360,361],[4,359,360,362],[124,359,360,363],[17,359,360,364],[0,365,366,367],[4,365,366,368],[0,369,366,370],[4,369,366,371],[0,372,366,373],[4,372,366,374],[0,375,366,376],[4,375,366,377],[124,375,366,378],[17,375,366,379],[0,380,366,381],[4,380,366,382],[0,383,384,385],[4,383,384,386],[0,387,388,389],[4,387,388,390],[0,391,388,392],[4,391,388,393],[0,394,395,396],[4,394,395,397],[0,398,395,399],[4,398,395,400],[0,401,395,402],[4,401,395,403],[0,404,395,405],[4,404,395,406],[0,407,408,409],[4,407,408,410],[411,412,413,414],[4,412,413,415],[411,416,417,418],[4,416,417,419],[411,420,417,421],[4,420,417,422],[411,423,417,424],[4,423,417,425],[411,426,417,427],[4,426,417,428],[411,429,430,431],[4,429,430,432],[411,433,430,434],[4,433,430,435],[411,436,437,438],[4,436,437,439],[411,440,437,441],[4,440,437,442],[411,443,444,445],[4,443,444,446],[411,447,448,449],[4,447,448,450],[411,451,448,452],[4,451,448,453],[411,454,448,455],[4,454,448,456],[411,457,458,459],[4,457,458,460],[411,461,458,462],[4,461,458,463],[411,464,458,465],[4,464,458,466]]}', "linux-riscv64-gnu": '{"strings":["cpython-{v}+{b}-riscv64-unknown-linux-gnu-install_only_stripped.tar.gz","3.10.21","20260814","J2XKbdtNAeCh2pan2B19p3Z2enh4ztqx/dpS0svau3M","cpython-{v}+{b}-riscv64-unknown-linux-gnu-debug-full.tar.zst","w367mLJlcaAAfnHnXtjOyO05TjhfM1dxfnTHdHuo6DA","3.11.16","3vWnkOrdI7LyDsFPNRqs970EKaUfsoRcms4532Lyi38","7jXjt1QQ4cZu9yd7ap6LKDFgGLPImHxnkewiO2isaGI","3.12.14","uw7ZvPouSQVm29pkSMVmTh1MWqtjQAbCF4R7Y/3/AdE","7Dsp5jbfz1IEiolmidE7WQQvyNkytbfumfFqEqLsDHM","3.13.15","wxScX53ptPrPKFNTchPrij39+gxZ16GuH83s/33nWXM","QRlE82N+nkeyIO6rrxnqHyT2NE3cCj4aDGc2OBnbX1Y","cpython-{v}+{b}-riscv64-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","D1E0IB5MSJCnCSy7/KMgZyK/fs7qHeIFY23nwj88w7U","cpython-{v}+{b}-riscv64-unknown-linux-gnu-freethreaded+debug-full.tar.zst","6e5yvnlhl+51iIjspgtJ2dy1xFPcd9TNEfaJIvx1+2w","3.14.7","wjuBmDwD4YzJWzBI5lb5TTRJgla42C9ckvewP6EwA7Y","QQo/Y9TzoIU1CI1GqxRVc96qS3xKjLBY3PNkJpjj3uU","nLMiZqLoRFiDcAS4DsmZSBzbd50DQzWN5rXYSxbXMkA","Peum65j3Cw/30TKmsY/hVi4ELIKcBIBYasfcG9AplsE","3.15.0rc1","bZI+g1v3OCQgZljzOVDqNh48W898MvoBOedZ9ldFn4s","rfn/SeyqIVH20grICGljZYdTebAUTwtefQIgZJrkFNs","TSVtbq1Uk2mD69KEShpO3pgXY9PaegOZQ0og1PwOQo8","ZbGJMDLwBDuE/4wpVCy4gO99CfqTEHZWRue+RoXxFvc","3.10.20","20260807","Za7szDS73ImyO9jQRwr22lGRO46vDG4tCxDNVwyHI8A","4k5+7husuVHrLyp5b2rHyy/dfJJBAcfuuSCjgoyQBCc","3.11.15","+6sO5gVsLnsv6oz8YphF0lVCW40MEcgSRmtaBm1csxM","W3ptmZaGOJlBsEBz1maNbxDwQLe8773wJeYomFi1SH0","3.12.13","SWmSgiyhpSu2Cu/pLTuW9l5oAbrz12Rn4L/Lg8gSIgY","s2a0x6uGo9Dw1yOxQSCNMJbNnCewDrBDpSdEJ9x+DsU","3.13.14","20260805","8kNqcYxRlYNNYLXfFUe+lDCQ2ReMfMm9PnkoWHMaEsc","hLnYx1DzoE7/b1YtfNLg9C6THYsklY+qDoS5nvVLomk","5An1K2l4dQAOHeyXoo3EzxmYQved9iZwibtDgtYBwts","FY6FyYegBgUz7CSGRHISEzQYJx2pmFWd7/jgIc938OM","3.14.6","20260804","Nx1T2tHUuWENhVAEMaM1llhnmfb3TF4glubkffJmvPE","EwPnQ6PisaNpgLgFp2PorsWs/t/0lubUwep8FnFITm4","w38VhU0TshzRVjRWOwkHR5ype1uKzC4ejL7lX0kDN6A","PPOzggC1IjBfLeP3Hr/Ps/GB232ijH7CKUe/fiubH7I","3.15.0b4","20260728","SL46NOEqVMMAPP31myyec3OOCqJ2wCESNAVC2ZCFXCg","NU7KoG3hVfHlKduWUE5yqkprK4YmHMBYkSgUoqkqtyo","r9UTgxE5M76ZgOEFkkiTUQn1a6jUZCMcF7xsB1ZJzaY","eYoZEQeH0u64JVGG/fEBZhZ7ibdeldMjYS8tesZ2ZIw","3.15.0b3","20260623","ZIDG6dWIAZVZjisH0NzSRYX7rlilhfqZjwKuhjASVVw","p8dMOrL1z4TUah3FS+uzD3DvannCvSLyFmwK8Z9WDgM","z+EoL535gfkEJglmdwWxcyGiY3wADMv9dgw+JjR0nFc","eeuClYfhgjsb8yOvz6wT1xbOT4OYLUvbmb6Dm29fUe4","3.15.0b2","20260610","VIppPDsNtGWsqYGGfljAtDmJiojVD8e/BAo/Ti6T+U4","Q9Tago5/S7Iz62rFv5tTQhyMQCsXjCrqd+5xC+mU77A","BEtbAnJTBzeY1RD2L+xSyLVK1Z7qPuXV1fayfVTvcfg","vfhJgnFVdvkPVkFGosy+UjfyY1BFzZTtm91a2qel/xs","3.13.13","20260602","BcvcCEXGX+Peo9Ufm9e6CXCuaYjE4EC4G/kIabkS0es","foGrI1xYYY6tmRpEp4/pLuMHx6CeVHXSddCkXwzcw9g","1FkXieSMNsl5+qhes+hHCkS7u9z/slgmHonSe4wleDM","mRadbP4RXkv8gXkUVKBMdnzSD59jCXQP2cKnSqUqpqs","3.14.5","v5HDtoy0VYlbQCRaTccvUJNS6jkBe+9WFi54isbq9XY","Dl/3fYXm5MnGdx9FSjtyJni3RCUt+hGgvn1OSf5IhXM","Tc/d/wjgSmA8SQHfDo8oUoTnpMtl+djNbreTTsjpVOM","e7yP1qIaQAnk9HWTtPdimmVFIUDSJ8Y1AAxhm/9sT1U","3.15.0b1","20260510","SJL402Ta2mu5WjAJI/p/nB3yyZaERhLSwHrcoAKjAiU","Zus2V2mS08vGSx4fOsHakOT5DiJhmi38CiRAueQVqtg","N+UwSA99p/KEfvHXQ7zwrS1C22ufwnQm7R+xZbF2+0w","viVZn7LKa6Du8GO5nfMM49YKbTOfbxARFt0sorga+WI","3.14.5rc1","20260508","NYBahdMoGnCZYa0Rmr6N8k8hG07jYN+eg9GFk0yhApk","e2UdH2n8QiIy5ompEPh1r7ETe/7VX5k8VGeyOSxMv60","MkCRxZLsPH4eB5Ng046K5ly4U5tClKwCCJkH3yeZ6h8","71t55/F8gxUpXCc3iAxOiDtnbHfyv8O02Zuohj9WWRs","3.15.0a8","20260504","U0ctG8XT4PnzzEU3dlvA98dJZGQ8p17s176q9fIHCto","JiQwcX3JoEUN4qxPAgoQ56gYsfpg5lQGKesyASYg5p4","X48Ndl4Qxj82PMQ5YFNW5UPUHowjEP7LbceuSVQhTsw","2Do/xqHlVc3zejkc4m6Z3g56l7Cd+jGhKAS59pCY16I","3.14.4","20260414","zbG7MPPhYONzFlEoyFc5wMHd4z4+0KqrdkFaw0RvgtU","Spckz8K1Xv4sXov20nXxkG4NOqT+uOmtEkQh2kEGXzo","v8eRbeJE4xTMDDS72+2HcTMvLW2kE3BwceDkxc1qNZs","PDXMkzkg6woGr1zbsSIX1sl0Qz4w1bXwbP4W4edjlqg","3.13.12","20260325","9ryuiIPKQAWKmJfr6VcCdQ8fSty3yyrLoy8BmG10H1M","9Fd9IMGuB68y47PWjggPpMnhJ9tkSg5Pqyqhe7rNA/8","tx+Q2aMswEL50CwIGXdvRbr5iV+89pVWsW71U6g37eo","zcBFL40YJClT9LZ0OfuM+4o1Entaojr2CsbooSdtY9I","3.14.3","1EtGhqPnywuK6zJezlMeB6SrxSrGF6LJNJcuey3ZU1M","/zYIg9CN3cNEBmuK+mx8H+hnCncn8e3znV+uzaeZtsE","Kq6yGNwkQNYVq8DfBNE5KvEuOT7GDrp8R82Lo9BHyr0","iIAnQ0dh31Mo3GIczW7n2MXTPl57rOtHbD/mpTOij38","3.15.0a7","Egm0dAVIkjArGtvTKkOqCBnYXD9dLQ1EPb8Bk8/8pm8","LaEKY6MExm//yLiYgV/nxt1+xWtcFHLEAac1ISld4Lk","y3UYt04D3eZrCVJrg0aMjLWZ0c1O8HZNUIwu3al4x8w","9vYYT7hhBEUS+MJr28NelqwP+6fXslFoMQkqsfrJwl0","3.15.0a6","20260303","ZV0r2DAGpDGrXmt9VWkoZc/hHSE4IqJIDWDhc6aYl6Q","3cr4Dh6ZBKi3tbRLo3ZWDT6IHjFpTGM7ZrOrW3LpnCU","cpython-{v}+{b}-riscv64-unknown-linux-gnu-freethreaded+lto-full.tar.zst","wEjykvWAGDRt0Ru8Bn03IyNCMPkvrD/jRplrL8lGfqY","IZ9QoEDhCMqMV/aNyROrUbXiqD5dXAlnffP9xbGg554","3.10.19","20260211","0+UaNqQnKt4HVaELiNhrFMq6o2sRPZFugoJ5s0YrJsE","BXKhL4siugVwSr1EMqBtjELh5qbc6L6kJznNM0LUfWA","3.11.14","C4vu4gQsceO4Eo50BQ2Dk+GyKW57zfVOI6j1CEFty7c","fWCHF32d+9Zcfo3FeEwY/8lMSiE0VQQB3qXYYMi5qLU","3.12.12","Mgt8Gip4hR5I4UWXRc3DvxhF2EfjY/QvUihK89TuNsg","0PM3Y7/iPwWNRNaNjA/CSVB7nPYwGpemlfidu+Zdw/U","3.15.0a5","20260203","ZhQnAEFSXIe2ZeOJuzEn62aQ32a6sO6kSCMOF/14DKI","n8kMsg8aZO4m6Xl/R0fBMbJ10JtXv1eRYfHYnAFVjp4","IT5asFXoablWOKQGbIagv9RbxL3UrajGThJFelomjrU","TjfUaZfZ0ORy3vBx7aY6K7eut0MSkPngGNjJ+CYyXyY","3.13.11","20260127","7ToVZoQK4HD4t+Av5diYfapSw8H1AM28YVZ7JAXGx7U","2vAkzeIzl8N/r0iUuChJvSF3QZzSEKePoO+juvuEDFo","61C9VtOCeIDuto5LSKrvPOEkIdJy7hj2VqxBVsxwxYg","2tnx3T/ANqFiZjxSGkb+PFKTGO4deM4BU31UA9aaKB4","3.14.2","tmsH+gr+ZBkXupjs2E2NVSA0EMf2cHMxYjT+OV/csgE","uVKldRFZd8vCiDwMfks6c8B7Qoei0S8TVCdtLU37Fv4","lmPye0aOHSOW93MHU1b4WoXquWM7296xamPItpTIWG0","ifVA3bFSxdScgDlRfWMn7iqWXTLttZkKsqOqjOfeRSY","3.15.0a4","20260113","7nVE8P0+T1ZSgt7aa7nDIpDavYjyIlRthy8lRXzp/c0","mGsDWX+IBQuLAkkpz9lJqXwBpxr1UdLf/aDV59+IQBg","0NNV1ww2ZEHJI9rOaKxCtDOCsJz7rkKTAciyAU9AXis","V2/JhoeEs7ovwEV+RV2u44ha2U7qx5NUJ0tgqCaK9Qw","3.15.0a3","20251217","azaRJVflRZFpatoIQaNz49OlARorAATv1NyTlQhltXw","HNEAlAvnVll7wnNhBdkrs5BejtIoL0IiS/VYViw9fco","Bn0vhxl68OvzlMPmEDpx/DGh+gK/WxaI7rfVWnl1RGs","UjPjNa1Z7prFw3HFZ/8dH/nz4+Df9WdOvjtCVtrsR0k","3.15.0a2","20251209","fW20rw1c6l0uFHZDTy9iZ+Ta3FsuWMD4MntlZDgYa1k","tVdH0/TzpHxaWkhJF3cOWp5shxaYAPog8q8C+g/gXiY","KotW8xjS4hsBtUkJVUxT2BhxubsF0j6ngI3ems7E3H4","NoiodvgRHuTWxmA54h0AwArMtHuXOlWuH+SEk2wgGbc","3.13.10","20251202","+ePuJgkADcMrCj74bLnMnats3JJuWQNGiM4E1ZuVsu4","0gaFZi2c5YCYSF2tvMYBp7g3DsyqvMZOcuOWoLEUO/Y","7EEbSi0WfDvgqa6zkF4EXWLI48PbDK6t5dR9X2C5jdA","IXj2J5ZQXCeenTB12xUxLuqmwE4DJFhatVp0HlbaYUc","3.14.1","J71yy9hUxWa0vhSTjeuwikjoZSb+u2WXbTRDuSQtZbk","xWwBhpzvafEeDUd1O5LWXT9jhsEDiPafbi9HMw7BqzM","0TVszSeZIO3DG/A1BnTZZr65Ui+VA4Ru14VduxCczBQ","ErAC9HpTJfzoEmaGnPa/h+ZwteaFGnHumoCHel32T6w","3.13.9","20251120","HBLJGo0A+1haI/GTus43YXrkyzzhOrCwaBsPXXDgeu0","CKsBJIpkDcKIghhjYk/5Q+Z1din2+XaYlpNW3p5PjZo","ju/3CL1Md+e9hl/viTuSXXv9gW6UPQ6IHTxmL1CkwwE","jVNhj5LPQq9EZ2en0FarI6q8fMglTIEszCnPBWbXwvc","3.14.0","OpaX6c0UhrS/3rjjE1mUewChkv5jbpP6ZaZBNTViC5I","9RO7nbt4hbLByoIF/ZXbJR30mxuX3dtjONOarI0OKnQ","9FdoxlJheBjOoCUKPAyJ6ZoJNzWMQn/bLwTVmCujyg8","tr37RGyNTRs4z5zjH8+hcr/07o5grA/2kHzFXqTui0o","3.15.0a1","20251031","cS9bh9spNPwx4CECbFIJL+wttu2FrnUpV/7gwbr9ARQ","E1hrt2D0CqATV0DVQ15V2uie3zI874HO4e8u/bIcmk0","k4BhoKMaBmclJohd42A33e/YxKzbCUJGkbcACoyPjQE","gV87hBjNfqg/0wlJQlh/cBdnVHbUaXKIvkdaVWpSgrM","3.9.25","xu+jyx597P3ceUWsgPQo4gO3geI/KGCochvUpj6/uEw","Pq8oSms1HVGhRSTQGSUKGmfeWNU+1NFJURvklW0fGJM","3.9.24","20251028","dEMMajyyzUHUdnPD94gPwZlTkegITcVx/7SWHPYjRyk","dNHEFNAi7gcHv3yqcmp4K36w/g6/psrfksebCA7DDNU","3.13.8","20251010","hoba4BP1yIunZaADj7ix+DVyCV1YbOuVKayjoqN25H4","vaFQwIDXOh3DaKBBQKDJEwJ2hi4I71oYvWjJDMQmq7c","EDkLOU92yxTICLXIfeNxibxyeW5VpV5uWsqD5GFd1co","1VxIRzsDV0740fgiQMGNwnPNd3CKqlqKszzYGPZBbc0","3.10.18","20251007","KkfqwpEqiZrgCs+/OI5go+xtCqppaMyh2xtv20yrs7k","T6VP3MYOo5soCp3LI5ujuJy0WsD2Pf5rk10MsxjdUXA","3.11.13","/Fg7ptW+YXJBIpHO6mc/eBj0vihQy8/ZDjAaCxttfzA","OmIyJeq5cxWvPJNvbbKvA6JspH76QoZqCQ55xHhVd9c","3.12.11","3AuMuM2Oz0g/p7y4eprWccX8ZcAlakQU9tXJrBwjnPo","02Mka7JnKM/XsDRgSrrVJGYZh5ks/lquDT0gmfz13nU","3.9.23","hZI6IFgH1vEuqNAkNIYplxQkZDUCMyZgC8rJNzFvYKY","4Q8NvpIQBnHxDnQXMLtr5sm/UVco+DT46EQJu2VZOhI","3.13.7","20250918","yfiwmF/r0WKe+woIucyp/vyx2Fsbox4tTdU+vCv3d6g","XhS/RDrd/aT9zAmtbTd2XiDmfcUCpWGApR66762wpQU","KCt7NP8p1ddMKDv6W0qrlPP51RAW8ZHdNu4ct8nFIlw","mIp1OMjS9wLXhj4+CpuMKPSvc7Ek6JIEeImVBDv6W4o","3.14.0rc3","ShIgq3OjvVAPfkZ1aNoiAHWcW+7NWNy8Rcr4qwxJoIY","HdftJd1WZTVptfZvImA5eBI/WL5zO9bLsMa49KiX8QU","O9FaNMX1P1i2sH6dUY+jHpF5heQ0j/f9WqSimmHyDFw","o8VgfBDFIua9k+gTmqUHP7GFMJr8bq9c0+AOi9K7GBA","3.14.0rc2","20250902","rGpV5Nla+9fl3OykEnNJF74k9H9vRQE5p5n3VvA5NxM","K4FHXaKtxt2EU/xFp0EyJ3Bu7P2lJ15nL0AlDAxhw3A","Wrh+bxdxqJy9oGNCslzUtmJDmT/QSwLNathyXvfjebg","kXB7q4t4DaJf9f31atCd01AAZIxIHnz8RXQgl32pxCc","3.13.6","20250814","Oq72ZNDOMu7qsjpHCnRXgFNZo5ryEWlybz21w1W52r8","EBhibHcQ2ur/LGB0fDZFGtFi5ekxYwSYfoSMUqb2rHk","XXJ470/7ZthEVgSo34LiTIhrJaviafmKuEuQBaFJe7Y","9kUNpLHTvtAZoDy0vFvtQgqiI05u9FFN5yxGSXMD0qc","3.14.0rc1","20250808","SF+zjI3zpSx+JlNNsYrUAvxwjUNWa40Fm/Pm/8xlM6s","f1CEAP2oPiWE6mMFPgHCntFpT3+aijBL8Q1JYzLIIAs","eiNab1uBT1rnif6mWwl61S+EBhnf0FQTXYroRD+o42I","bzu1K7ZVbh4aeJYqJLbHuKtS/5UVnKY7CMRxHtw8aIg","3.13.5","20250723","NT27+J9VXvGabvDwVX9jKGVE8yvfc5qbmqpm9wwiRzs","eozavo/6Hl4a4HuRkbp5HBIda1N+ILfz9EnWI210Lg8","aB7DtwaCB7ssG/ivd3cjeO7WhWSeS++rFwQGgOpt77o","jWui3IKJ4r+N3r0EUdfdwaaeEZiNTeYxR+3qsC9pS4Y","3.14.0b4","20250712","Ctlqlq4y9ZefK9nmmS7PEigZzrBnEUOcZrn4o9weq6Q","rVL/BO8/x4QwuLBiOgRCCI3E6MaDX85pV+JRZ2lC678","JdvlLES0KRTZND1FbcF/vL8jSrHw/QvgDK4nxuM2VGs","jokkm7QubYoTsJze2qHO9kOa2wn9Q4HlV5qtC11t6Qc","3.14.0b3","20250702","Zqj2glxeGyib/WI3C0zGybUhKpGwRA3PVAjE47z83d0","lySw6/Ko+Awd12vLmIApe7KpUBC8cHhoFF2aHPoIV94","cxYqXaMcweQQ1FZJYRT45e5yQ7x7vg4Iex6lDw/cZ3Q","eK/LO1q7Ej+D+stgy7BI0CIOpCCB5OnoC5vwunygjpk","3.14.0b2","20250612","bqTm7gr+NNR0sjZ43fWe2UHmjtpfmaNU1xa3ty118XM","YY2kQd6E+ZbaOhmhWkavR+yCMNidMk3eM22/Ee9sw54","yw8thrIPR8cKnIZHsBo1q31Ty8vemrif/Iqsr7NswuQ","5fHXgBUAmSs9gF8QP/EUgwNzkqet6vT7LFZWpQ116Pk","3.13.4","20250610","YI0X470Ar406nIW30ZODSBgUcVdXdOotjuhmczo2ynY","5AuurjPQyrNDfSw5yNvvlZtiwomiwqF0Js9Oah8RYp8","kTJkVFIVI2Zg5BeLw+W1eiCkRKjetcEWgMla/JYLQBY","EhuYsMgjkgjN6VKESkHAUgEKFv0vo8nn/3I5ODaDnP8","3.14.0b1","20250604","Q3ibEUxr9wiCIECtdO6f791qyKzFLJ0UtNajBvn8L84","MmuHy6SdRHdk1iNRIAJbKLRnIzHcuJhYlEyG6AGNlos","bybaPdSXeT49MlWf/U4+fX+iXckj4dSQ8CKkEXkWndI","QZM7n8H75AAaFM9xOMWCdhTCQd3ghPvgCUh/+7jVQ5A","3.10.17","20250529","5V7qveAt0I/M12ZHUL7Z3MgxUMn/b148feYkV/aB5W0","sn3g2/9YRzVQUHN3nCA0gDa614BNtbK9LwECQgOJ2kY","3.11.12","cN+Sz8cywS7+fyRGv9oWAVW8QVfimnuIL54ftk5jQG4","XglKRqhPLO0TGOYndo/QDDmWBk984wyeNQ+UVj41BUE","3.12.10","FiUTbk2XseFV4hc4BxJUwadt0S+b88RS6z405E0+dKg","nqjpox+vGAi0mAzihojRxNEf5FQt2/6y1jEbHAZ36rs","3.13.3","UjR49i+a3b0VsGz30B/8pBeJIon2J6JD8T1wdFMr1X4","fzxFVn3MNz2F5bvABZ/4jMKCLWZUk7wE9/acCYQVStw","6/NqEBLlkbgi4teMS0nMTPhqLW/5OfHZb3C6LQBmq6s","0skg486c+vQFbxLHkk1sov7cvBQCDVZKAIaeMuZHlHs","3.14.0a7","93l29IT9laJWHi6yKqLFl3TrvymKQRicScdoZRz1CAc","nAbCmJxSE9AOS6MSXRkKV5r1+07i3MJIVTEQ8hRp5B0","O5r8y4/jdDO+svS/s0pKvIkYCZAiYKGIjr5eUIpAjm8","Y3/fUVvCkUfNx+H+rgj9Wpk5o7Cg535/3AFPgmK6IjY","3.9.22","sVFTmotkXvNg85Unj5Ea5qcemkVZnnL4x4tCbTKPzBs","HTV1MWLf8YJEGNuo6pyRNhdGAqufVQlyDg01mE/uSSs","3.14.0a6","20250409","eyCe6Zufdd93dKga/MVIhFRX6L7aSCDzS7NQmJBQ3aQ","jTawcVnm0R3IAu+4cQzyxfIn6aFd3BbXhmzS8ctEpYs","kb0sFWpwt4x52P7cQdXMUNa39ByKVEXZuuWSZ5Grfuw","80MpqnrJkdpF9ZVm9K67O8DUQE/lt9oZ9c5uEbnjPzY","3.10.16","20250317","a0y1jVeOWPOlTKmP1fCBpYLlp5JJGxOmsTDq4aONSBM","AGoriW2jpYUnpj9yowfCcxtA93PWZUyHMfX4kLg0jko","3.11.11","Q3ClOt7bEF5DCqRuwCfRhBz0mq5eoyuTCjd1qd9Ll4M","5HNGBTj2voJGZlGhHMIiS7byc2qGboPBiw7Zrjg6K1Q","3.12.9","CzKlQlYyHnatx6G8q8QxUKMS3hbxPdzMMq0L8wMzb1A","VxmD73gYmrh9gFDOaKV3orWDQnvJQxTEfraM0vAx2yA","3.13.2","YJnZFzzeoc6j39NLH53meQ8HQ4TX1YUhbIg0rF3/eRw","vmq0GErqO948RG6XWgwqAx389kgVF9ecGE+ahDX/YXM","KvG4hQxSgB+2GJ56F6UeDJPZ5G3e/MpyJHt2MpyX0Co","eslQWxrK5ShAzU0ZU58BYs/RbympG/dqG4M5as1lkAc","3.9.21","2uX3k2YYZVEDLPS3LkUvJyffXv9z4DxgFlacDIzAnt0","zPhUh1hEAGUBCUC+KIwZRna9+MnunepQfRmtJ016orc","3.14.0a5","20250311","WTCT9s6xEwuAv2GzHK+JdkLrxzr2CA+3ZRAjRgN4cQo","Ooy4aTR1FDGkKfw0XrleeRAH11zAa+TwkZ0NrjY0St8","1vEeJgzyjdfty3NWdH26WfYavT/OWZWXidryazAupOU","xcJI+5fdf7ewj8/Ciu6sBKWCO/T6anb//N44bhO7Uz8","3.14.0a4","20250205","urVIHPLLNgELYGmzIHI0uiHu1NsqXaw2GUtSuFDwRQ4","qlyoR8yJLuGpjw/tZzDtW5RLuIqx3/FiYyZCXGRBVFU","AMbO9WbT+tl8a28MN75diRWwzrMOoKrNV4V8W8eE9HY","Xe2FGbgiFKzfPRt3PleMpmjzzI2C0dqsHWCtOCsdVZ4","3.12.8","20250115","YFqd5O0Y6WCyoEtrqSA40Ow9DjaF7h9AJApf++tnmzo","P5ogW8Q0oqgJPkhDhBrup4tvF1W6DyfukcWOmivuCeA","3.13.1","SJBGa18pvjnP414FvmkYPk+/gTqz/QJTWaivjhDyJgg","JNyVaJ7Yfv4A51by/RQMz2EeJ/3LcbpOBdkXgQECRPg","CI4XQvJqLU4B5xGJV2EPv83G4BkpFRzGYkw4PkD0/fQ","QHwAEy5MjvvQSRW07TcWGQS44UFwdPDOchIHGFhI5pI"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358]]}', "linux-s390x-gnu": '{"strings":["cpython-{v}+{b}-s390x-unknown-linux-gnu-install_only_stripped.tar.gz","3.10.21","20260814","p7UYgtMhLQafbC65wuFj9P3se0+clnNv1acmPcNnJzA","cpython-{v}+{b}-s390x-unknown-linux-gnu-debug-full.tar.zst","ROkQhSrnua6deCpTMqg0fC/9uyvL5IUsyRG/LHR051g","3.11.16","Jrq9wJ2fIMiGxaApb2nqTjDQ5ayhGXMtM7KxW4SG2m0","RsZuqNcJHczIV1nzg9B9gSXsyA3jAAXswesUl/1iRio","3.12.14","tHBR1AiBRe2mLplvzFT7PI0xJRt/eeh8M8SEInD0+RI","t+jSrLUMgq85GDhYkmcEmCp3JXmTGguHFJ9Ck4DlZ4E","3.13.15","FmixSNqKUZcrzJIGV5491hPWgvcHBT7oYko/OePoIt0","DBmqSoCKhv9NkaSOvzCeYJivDqQ72PbG/l/fMORi8Cg","cpython-{v}+{b}-s390x-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","w2+RPikVkqS4TSsgsLOeXpK0+fxNvV/G6RhkChkHfrg","cpython-{v}+{b}-s390x-unknown-linux-gnu-freethreaded+debug-full.tar.zst","tmszbI/31lAcIHXFwJzbrI1lZ+HVjquU2pXde8Vud+k","3.14.7","BYA6lC3kGRN2ixFxThYELYbHx6cSStNQfXBmcbmMnbE","sQc35C0ya0ebBEQ8/NsO0aY7+wM37OqKsZvJQGA2GQA","7Xyf65E4XDGoyk035xoW6eKgED4MxJkRtQ1C7YMOFFM","/YLEyTDj2vwGoFrtWEE0KikDJYijPUWcKXVbFnHD5b8","3.15.0rc1","ymWJSE6QA8CwKPjhZINzxQOGXUjLWhaO3YLXaq6mw6w","UE19cTd6igFR4UVExL+acbTKiBSv3ctHzOl3Vsnaqa8","vMB4IaZNqgq7jZOjgvbvo5J4HCeANpiW48ivQQwzizI","pqKrLFzRhtFdA3EgGQa7BUvSnCcqXVikVLEm5qrqe8A","3.10.20","20260807","+WbORtv4Y0LO3MvOGEXYQt891cWEpj2g6yCEH6FdeF4","IoxE6csoHXma2IWBf/pHCjLFHhVpfL0nX5uXREn31iw","3.11.15","qgjKeWIgZifRdI37KUeGME3DbpIb8lIBDAsrlmHSWsc","8+ulO2ImDYiZ91cIhLk0v4QY3DQ321fxj0Ju3HsTACA","3.12.13","VVTs1gX8kh4El+ZsqKegCqOsR+ljNZS9brY40Db6K60","DKu06ebDtYb8fqNewhC5Q0RlxHSq5pQ0k1gWyZIO/E8","3.13.14","20260805","TXnm4y1CU1DeakdMj/kvmRQ1w2Ptwf4u+JxxXsAQvfw","NcnfS1Y29fk4s++CxM301vaYBQegmIFCsZi3I/yclfA","AKxE1nDy7Qfz4Ij6fq3n1OgTnNo/yX9U1DesRkW6rjg","sarRLXUbPECRZy4jAu+4dMO1WTgbyYVUdrsqix5qnPs","3.14.6","20260804","fQ0w+GYjF2KO9QbZ7L1YyC2cn8e3XIVG2Kl7b7wPqRY","/bQpuCKHUIb9PBkL+oug8FzfPkcSNHDcBkt4Myoi/EY","tsHDiJHq2GYQNc39VB1y19TUL8PBDdpnvl/izNTJYVM","f9xLhG92WnIhKRloaDhmTlpRGszm5SPrWjDOsiHI2L0","3.15.0b4","20260728","PDDr2Gtl47Ovn2V2rcLmRNTTljqGVdGkrTjGBW1JTGg","VntfQuuQFyRs09gGev3mEGDLkk6T+JikyOEUjis7Sk8","eFyTbePY7Dh0tet2ycM5e4bZXy0emT/chIqObBXnQeM","mcWx9OoBT4rGOsKb7zkwM8ECi3qEGSER5yH8BFY6918","3.15.0b3","20260623","kUhjOZOt3D6vQmpnoxg2QrZz1FkpyTkBueCvnas5/vQ","IZuk1vDoXCwF0ys3S2B4ZbkCVi/4O2GBA9z4a02LOcs","t3pKpWoGcRlp0I/CrXIN37T7veXa1EmAuH7qOsSQqZ4","9wCcAzNwdfw46/B9pOVKQjhRamaa4nbzjzxrljISamc","3.15.0b2","20260610","uzBuYM3VfwLbLmpim7szFYPCoefAKIz9NYra02pXjl8","3oBXTkwsIiAS8mSgkpGSCn4NA/BaTJ+nlEUuLLXbUgw","I/29q4zZPThsEMKN9D/ZKkRiz+1MFDo2b7jLl8KKbAU","O9fJUgYIBZ3FtirDIw8gMTaUtdJbW9Qk4CGbWIqzWtE","3.13.13","20260602","urlsKjO1RaRZeojaSaG+PYHLb5wTGTrX3gSnCgS5l18","v9bC45ayIDsrPvLetqtdkTCZmdjjiH4G3TRLuT+ZGdQ","i0V53xUZNY8qSYTb3rmcokMYU3Jr2YeLcmu0erP0C70","3OGN2HcpbknsuRm3LjeMh2jJwTr5SOLU0CFZA5YBc8k","3.14.5","Mhvtvll7VUyBg53FIegZxQuy/IS8N3YuJvxQOzw/AI4","sZ/4Ia5hBfMPorIcFMS1i4pRH3u8EEzgAp5/BNzC0AI","1oljY9DIbvZKTHvWbp1Mmv2LHXKQh9K8PIH2c98VHuo","LdLNlVPmLY+GUxJX7pceAmLVQXtFsPCcRozXY5WaJ0k","3.15.0b1","20260510","jys5z7EEWmHGe4fwN2eeRwym0lM7rWD3pTOorZUL3tM","nv0RKfkHU7oi3VUdmc9nocoFmClG7CHovVjUJhJN7xM","a6vuyVaiezZJdQbizVDE+CpgeUAWc950ZmwdFkFNlbM","0grRg4rfDMqZ29nfd4tnCHqOhMePNQdQqUdUhiKv3QA","3.14.5rc1","20260508","J9E0EBx+xO0dzboFOlhcigI6zmS55zkWRNnhuytMmZM","55lWLynuaOTTXUpSYDdbHc7XObos0Vlqt+Hpdyf3Y/8","pk/FVyDLl3y5W5DNLTcufa3OdWCXLF0RcQ/cDqq9q1A","5DG0TKKv7pW8CYBTJhjqsJcOc1nxp5a9DaBcFUS4Bgc","3.15.0a8","20260504","HFyqmU1HHXGgUE2Wz9mnWzUEKbZmgYksrNylxHlULHk","Uzux2FPuU04+PDVjOPxpSsSwL9uLu3WNWQE4l2rmV5Y","ElYbP2XdeOfG66qFAA578uQ60Rm8QlpmDE4UatqzdRs","NhyCy4FWSl0JtabsOsgbHsEe/ar5zN1+nEr7f5R2XA8","3.14.4","20260414","tFApE19yMaaOGyXocN+UuJkXaF3pvkQXECEpqdtaD1E","qNkwJKPAoQBA27z87Y4rTvQI6yqIL3prUEhwTGJJFHg","0NPKLlktjlzR2UDefYXTLBDd27R9g90DjxA7nE2sGjc","0kIKA1j247uDET6f+kefJuX8RjDuooGI/tKIGGq0Eys","3.13.12","20260325","HA5WCBqTu5CdwHq5cpVfThARd1lRBYKQo9938sz/NjI","dQDG1BGiDZRro9zW/OibhdqaNNJ5TNfIxzkjGacD974","+UNlDA+kXKoNZamknSsRAxbIv2hWVUY+QM4GIU5vHk4","VjOo0jW5HGpKKiAiAUPh/ON7Fzn75XuIZYI6zaTnn+A","3.14.3","I2uyfjCe/FdAOC3A6e21+i/xc9RIhVPXOhpAEBNepWQ","ymM2/yKJ1BTecXHMIbYstiXs+rz2mbIztF7+MdxqwY8","hPDTo9x3rTqXHT9u0P6AFNZ7NJjhdebQ9jyeEeMTlPQ","KWywSpr+jaVYp8Ybt+PdEzwgyP7wWTIhIty+VnH75Ow","3.15.0a7","0wziMLCGpT/KeBDMlvYAvIgs2MnFYoscVf0j7gBfygA","AwkPI5Vs5LRT9V7xC9L49IybWF3P8QIcqmLyMXaBXCA","c/ix2M1gFwK8kYddJX09uPP8kTqe0FzoYtIJeKHtmRU","lf9S0BbohRbgXu8bA5CC8X099A9LtAkrYeaJl5eCEJc","3.15.0a6","20260303","tCN4DpC4jANcO1K0ZbnV9mfr9abOxp7U+4/yRwY/dJc","niO1rNDWNg/yiycgbAvU7pEGUhgeo2K6bgcYS98XqYA","cpython-{v}+{b}-s390x-unknown-linux-gnu-freethreaded+lto-full.tar.zst","gH7GvyLjfvoIP2O69ByDBAejhnmfcYFGxvX2Q7fyZi8","rjVvMIgROeE+Sb9Kh1wpixnWCoiFN0TxxChMFyuVgi0","3.10.19","20260211","gTWCoGubzPSlYt5/zt78qEJFx8omua39amDO98/jUkE","D50novGxcJ+cD8N0uCWZBJZdvNprETnSdoK41hsMu24","3.11.14","63mamf8N18nbgRwAjRJjQnI0i0+cTaGtbcfLT3jfogg","2e7hgXCrbU4g/FfxMee5WqsMBMpzkcuV33nnrASDxNs","3.12.12","nez+hhaX0yQgY4aNbNGwW5qfxVSghG3hYtOBIUP8ChE","SJXhh+ZtBV31buhX73awwzpBmfq689yX5n5n2Ors+ro","3.15.0a5","20260203","X4CqjbA4XMwXo8mvidfm3ov+CNtQ8qKZzaDwtTxNPMg","+IUCCsUyuf9/LoMX5dw9ovDUkOOzEhP6uU2O0Qfmsy8","wGZaG8HdEt+4UJH7Z9vi9y4H86sHtUchKuZylwICH28","fFaawVZmSXUY7XaK235fCWzwCBtxsHe+RKT/gxea+go","3.13.11","20260127","6jkBbK31bM71zJGpPjbi9A20mbVTYInPFLHv1pJPsag","hf80fh+6DMo3HAraxL59IHZHhxh5TLulzdLjT3w5M6M","S5vrOuCAAHoE2VUSQRqv9L4z3xRiyv7epGZv8xzk2Bk","fKn+yXYbxApAbOu6MonqO2uW2vPhDLANLP4G8zwdRfQ","3.14.2","mBqqd/2bQAh48qhQJBEtNQYA/gdFsyEfRG+z+bS5kho","mtEcgWSk37hlmFdwOCPGjbRPkJr57gbUsut842wygbI","uWHhQDsaVFnG8cA07bPdz/tRFmP3e/G5u0Ayyv+pFeA","M8PJ8kC1bvUcUPF84K9QweqnSYOK6MrBbc3NJY5ra1E","3.15.0a4","20260113","XtF27IC7ekSHfCodSBqxJ3FeqeBPMTqf0QHyHhWI68s","Z2HNIAF8wlY4NcI1ZUNbNcICctr/015r2dUU1t14aLw","VFh1MPrDTT+45hC4zio4f/kIUG7DkzZZHb6tOJRTEyo","xt9wGDlGZTo3fffQeD8tn5e9bRjYtuT3zJRbcrgSBmE","3.15.0a3","20251217","c8HLdjs5ATu8YaXczojuUQ+VqTolqCPDzUWe+m5i4WM","Vw9WNv5EHkinP2znmmRPZ2N7C2t3P4SDGLqx9pZsDAA","8/jsKYXpXAQbavUQsqp+37fQ/423P61c1qe4Z8yD9Xs","ranXtNxjYQeZndurPo7SOIe5MohRZHDvwiIGlwZe2RQ","3.15.0a2","20251209","ZHiHPgvv9syhNYSD08GrAqjQv1zSiyL5ltn2APm7c7Y","hPQdxKmRVAJrEtPe1V2ba3h9om2cdwZJ+dAUmL+b4SQ","BsTKOYOq0gcj9oeG42Y6tJ/uG/CTJvNBZJIF7XnTT8Y","iOdlPI3Nf+y4Iz1o9S9U1risfZwOoTl0LIBxa/pXzvI","3.13.10","20251202","xR4gs6NRQplYNJTsFLHS4bD3CDhUT9yBnJVmu/jzeZ4","v8dtSsHiltK23Uwgat+wM9kgPeKXaU/b0c6+sYTkYek","T8ZEOUi/W3KUgeoCzFxo6AzQ2kJjH2k2WHorj9Rbxiw","mDNklS1lcKdneneDaic4RsXXuh6X8yxuNoy3uiAZ4Po","3.14.1","rb96nxrL85lxku8uFJFcoxF0G5CXvxnPWybS2YDUsJU","0ZGVYjVJpssHtjnrzos8E7XBrSJ/M7QXU6NivW+sJFo","R3dY6rwG28fl5dFul8RnJHis1An0IN0uG4TTRSwGaNE","f//VVi+ibvKbl/H4wiNT1oFdOnnGqdIaqB80ONvrzt8","3.13.9","20251120","VPHK/5zpAy1AScae+K+qK07TIh9RAynEhQT9/QQnLw8","EjBLPReJOnzl0QLGPSkfCpivDGD4vShmJJgJ4vVX6Zc","ctJET/gpx8M1oOGkY13Lr4/o3Tod9AYgUPQOMgIpPFo","1FB/eE8d5zR5DrSJg89+qWGADFzNBNUp+VwLrJT5+hM","3.14.0","he16PN/DKji/V2RaMLKcF/yT7ikgq01bikZSwrEPSyE","/WdFngxvEpsPZWpklqNAb0vDgX5RMPRt4VvGOfv21C0","cj1zOzVaw2Sisg4C4WgxEHjJZ4HfRz9+mSh7cWRgGvM","Sa+q8Nm7CcNeKaIED5K5qa+RwQLdkejV45zQFbd3Ssw","3.15.0a1","20251031","tNbYsdONuS/wWQtN2yChwyeFndSPj0yA2NsNrQ674UI","z6ccl2YpaHGYh6oLJsjOKfUYFSm0gwTWnFs2xhtM9ok","IAPn5Au0Sz23vKgQh7+3OP5q9A5dthzajiO1m/VdQJ4","bq9wrQxZgPK6lhv7WqnhzPcgQ9rx9X7iFHXwnX5uZAY","3.9.25","ZLn1KoX9c8O2NGk7EpXIPP2sFsapKuPbuvHfB0KEy1s","USaf8ly3IbE4szcpgLmQMZIaU9gnfysOmoDqP9crPQU","3.9.24","20251028","E04X2/bBun25QQOvtguM/TfxZU/lBU4bxLQ/3UYf7eY","eRVLYegP1toHDTuacu5f8STySnWg+VbXln15dvhR4F4","3.13.8","20251010","OcI9Jly+Zbgjl0GLhPc230hvq76JZxejZk0gngz98AA","J+MrEa5V77uduX2V+D1Elno9pQatU/zTw1wfv54J2vE","fp0y+uBFzv6VDY+V3fGCTtwjLRxntM3VXs7FBC8Fcn0","kDU7Pbwp28uQwrgE6vFl5DPp0LtawZWEWl5JxcqKi1Y","3.10.18","20251007","EynJ8GZ+1xX0OSwtIoybCwt80pJ970DvT7m5iGuaGA8","CIJb7Z/bf/iSRRmb6XirN5jtKdHypqmI7+gcpzXH2EY","3.11.13","JFqEC7MqNZ2pMp9VhZBQ6c3xT7gB1QFJI6YGtqEKlLs","phLzx/DxufvnBAP6xIJ/tWUNweffhDi5UtEeYoGzlK4","3.12.11","zG/zXUqf1IbhllBv8bd190IH71OMX6LnY3v9G7MaKkU","6X7uU07Dpzflzew8LBhnlc5TSH1UK15ynEVM9gYLvWE","3.9.23","gsws/Zo2t6aHhpDgqZ3xgDGIWO3yXQD0rA5X0vUmqs0","KITJRcxm3NCrjnQY5yGDsY3z9Iz0sV4j2V7it0Wpsjw","3.13.7","20250918","wnjC+zDt40r3ct1cu8nQJX187qg5fuw3X4FhMkR1iMs","yMNoFb7mDxyYi6i0E7HxcCBTQC5nfCZnpfR5tfhHSwQ","tZpRViARlm1Ln8qZaZMV733EEfPcsItGUvnJvi+qWWc","Gk1JRSn98URnDIp6lJPUXgD62cryWZerMZJa4HfrfvE","3.14.0rc3","rs8uL8abHOaKg0+ifbyxOPvUvsoWRkykjaNOV5TaaFo","+75k154hE+gjlXpgWQVAYB3ANIJ5oooDSIi70Idq8hY","Y+bOE6z2NvxZt55lBvOsRThtvOhIMdx2GZNivPHFrz8","o0sHW5xq31FkXg+fxE7EtpPrpFic+4bxi0RPFn5K1Rk","3.14.0rc2","20250902","iYl3VY8nflEyzHKzFMjYKjzcC7ptQ9aqwLeOjbhkh04","8evxCYrOhUWpUwZFLRpWXfCTYfXgMGr44LbFts6zHfA","B83JlMwtt5+3LDV1oH2notcwqz2ooE4/aqiUbiUO56g","SYmgGJpcXTy/3E6Iu3NmdhJjwjX6OlOtane1r4Z9XSA","3.13.6","20250814","50D606RXhPvjQHTt5zu8pfHZXJ1/RE/ODia2H9eRG0k","Ugri7QW40poutrxrE+vCcFyQRXySWuqOiOkEkiXlWLE","lEAOnkCOuew4DVjdc5P01+KzaCzevwwkbpWGpt8diKQ","I2PW0Kwy5HjdgARW6B5CPqSw7LIfQW9GbDPuUuz36Vc","3.14.0rc1","20250808","VSB4cZlYVbqyCKKdfsgMZnVUHzjSksiPlvDGangIYHU","OsS9kj9o335vxrvtv9Df2G9JoAkSYM9Vh1+CHKTBc4k","/uNUN99neCs0jVezLLGsrGE4RQSvKIYNVSsNaus64Z4","IkDewsRc5CWicnATVir5PDR4B4J5aoMx3RsF2eQ8e5o","3.13.5","20250723","YLLK3Ynui+46qqDVHLgVb2xflakCRiDknsJR/EYIUBk","GFM8rSk4cKcXeapMg+dJYHdR5eLUbZi8A3527AF5Avc","Zs+gz3OnRnUlt8GTtwRe+IsspzzkyRpYdRo/1nvKRL8","UxnhblbPS2vaPBhPKALDz4ZKaIoPilaq+OWFBpMIiLA","3.14.0b4","20250712","GHY8zONbrrGWDgQ/m9S+OjalEazGhEuROBUy7lt8bag","aGXUgw73vqqZ3YF98MSbsNOAuaDIIr5vjKCQ+aVo34E","fruEXulK6HDhMUbeAFIlHUjVhDY8GzdPhPveuOeTY1A","BF/PkASf6K/F62hGfXgH1BHUCHvxhqPpYzM55VqzE9Q","3.14.0b3","20250702","KvOl0n5/1JtXlqNcH0oXhI2eXUDJRrnmkNfCflJ9mdg","I8pAp4rYph/IINWLceWus7X4jtfkSaBMBRWzcEHo5kQ","BFAX5g8SmBEejM/savvker5W+CmXJYyHVACSaaU0NzY","kqw34ougIpbm9TTY3Rjshz48NizGqZISRdFcBW2jGq0","3.14.0b2","20250612","zx0LTsVVXtz1b23LiOimcCoz+16lSFRkWoIn3h5fRHQ","l77gYg5/z4G0EsyM2TR+sDrj2BH5pCNSpPRs+lp5OWk","848SazGlXzeCnuWBl5IUptKsiphe15FbQsmdUq8ynZ8","pa4ycAYbur8UwCFcPQXfxchilklbNBw5GEA4GFB1/uY","3.13.4","20250610","l7YysxYoEjpluJVDCRzybEi49nhbrKQfdtyuCOaCHmM","4qQDz2qSMlOjszDG7YJ/EoMr8IeWSuzjxxzuYc9PRXA","dVajirXlB8HsIrw4+YWZgryVbKt/TeBaL6rBFP6zBts","lVhz0wzy2gi6Qss1/CvV2c7j5ne0Pl8KzDs3da/eqpI","3.14.0b1","20250604","mWHwYr1tIEXthFEKlA9l7M5OvEFth+vjyYZf5zZI23c","i9Cq0faKRl+Gu9IWfdi+ulcUcm98hMkQTxxPUvUlg1U","RO0tO8OmfIil0T+4VSUpUmWRhvvh98SJ4kGXH5tcvaw","NJwyYnAv5Strilkwl2uyF6hitxF20kzcmG7ZrwksyGg","3.10.17","20250529","6tG1uhM9ZkaiBl6Ngf9Udt2RA801v2jRI+xm1Hr/e68","C3GEFSZVFFpS+aJAFr9PNE9TL6RVh1Qz2NvW4jLJMuk","3.11.12","kiDAABoP5Vpu2fW7k8jEGA1TaifnDwhbJzuLxhb51kA","joM7d0D0ZWiRW2ImWim3GlHCYGItYeFNSpqOmyTB6+A","3.12.10","2Sy08kF4e2ZNKDNgcxKAYan7i9sn1TO2C328TLYDn68","ej3015VXCpjEmf1s9+v8L2UFCBRpdmcqvnJJMGI4PDE","3.13.3","9AAJc2D4HcOq1sxb2w4t3dkA737Q7GNGU+8UJ0r4MgY","JzIhnmlged6jPoULUCdZu7MfQbu13DAqXytm2wfiUD4","DKR1GONYfE/kg6aeKIeHKlN4QqkPSZCJ/ELwsN+Ruo0","yZ13976e0WHeGRw7/iBnLDNq1zcgJqnSUe0SyWV2Asc","3.14.0a7","wGWqJmOfj1wppkIxFA5LzcxBvq5U/3Mj5qGWJfhxu4g","y9YqdIAu2aXS0jD0UDCwNv6z4TMK9ET+Wy3jysV0t3Q","hvpbu/oUq61m5L0tWqzzIyogqgRRGs5MIy/2yU+rIqM","/M7JFrfOL15n9O0/bOu9qlIg9V6XYJRA08KmyNipNv8","3.9.22","qYvbEP4m3NTnB0YHrXkJ0Df8r60z+haZRrvmqGi9d/E","tfjCn0J7zfgJ4NQ/uJ6QGy9tA9T9SHiJK0QUcrsw66k","3.14.0a6","20250409","80/bzuf2OZ6FlPkymzFUzHW6B47dOW48cRKCfOL47Bk","BQifPZFwPRp6Lh2QMstyQHjcjltd7SWSF2yGaOAwtY0","ax1tLLpApWdjjOnfFwcvgBrVdWKvF7eAxot+7lNkzU0","4BsKrL8tTitcR1Z+v4u9ZhO6amEfnJGgdJYVCw5U4ks","3.10.16","20250317","ANn8l/iBLrueirpa7qCxGEbs9syHnt1soKTYx0QRUe0","ZjKNcZQKDIMwUiIAk449ClkkEMUp8vNuHcyeOxoWChk","3.11.11","Y/GmKCZ8R+P8PXuob0fHLLifVFENJNm1gZaVPXsOq2g","LHogLFDEEk04RrCzdF3QxY9ngX+eSfHzmPZL50l52sk","3.12.9","13fvq3uzjEY6awBzX+g0bQXHFPeuZc8Sp0nxkWC1G5s","C5DxUn6dtTBzurxctKXu+LY3HNhNh1RXgVf8EC03Ibk","3.13.2","uW2Ruc2s/jpLbUgxv0bKVmkPzkCGsBeacAqmbsBAlcY","TmLNccIyekGNpBCtOgumkLqbMyzG4wC+57ajedKM968","wHQUTMgMKvMsQgt5qd8m6NtAUhJhmZDB+90wi9da/j8","rfZpXPGyBgeOWI9hQsC1J3K0Rbxc9FzeQ6PhHosClqc","3.9.21","hiKyC5xdZ6T2ORfdOfXmaB+AJXnwkpXDYjnHd7xiGEM","qfu3z9jD7nU91tlbkwqbIhKtpfPdFUt5+SjkcvRb9GU","3.14.0a5","20250311","qmStfvXMiKI+pcrWd7hgWq6PMdpfYT9HAInAySqxL6o","0sE9fmJVvBy1bg138zaggCC5X7gz17F2U1sqYMXNa3k","LXaCWrh6oXxFLbQrCWV6OSHqO8FAzUiOhFL4cNSzZ9Y","i0irMmpA3awEtAeE1m+mntULYzRLyZczBMuddFDVKkY","3.14.0a4","20250205","iQgFhGhllLvwLBfT+5w1sxdET5lgBa1AAAzk5lLOpY8","/tQuMxs7IgKjVq436GO4zKUTJwclihVHLGhW5A3abeQ","OTxfJlqLc5oYU4zg/zafy9YogCft4X37bGNmPd0+SJE","819QZzCUy7qrY96qQWz9kE1r5rvQBsB9hUbz3Y9Fe8E","3.12.8","20250115","RlfJ/S218urCjs3+bGV9mDm7BjwU7u5HHA2Q0IC2qt8","55SqIFU4J3aj5i8rn+vy5p6coNAPVJ5qwqGC24slWqQ","3.13.1","viP0Kl4n6T6YdrahbEq50wVsl0/O8xrWl0qoSp7/n94","uIJkJTc9w+lrUY6lnvIdjHTRtfGHvHWtXeiTDWbN8rQ","XbVfC4rnvFplY82fMIoidp3jLwQ7RMC+oog4546mywc","mcRFhDx+Q1JOzcwgPOoted5Ztk3c4o+h+QBJblSGYtQ","3.14.0a3","20250106","CmMrdJN1bqBX8AN6B5S7O8qjKBb9V93p3WED3dwAmfg","4UNdEAZ+kn9cW2S0NTm5votm1iBaM61Ef2yC7cj9jHw","neOo3eC0Ox1pNpuNZPm4F0vuGpeel1+2ntENEYdbrFQ","sc3ELh/s0mHuyFswNNTSTHujPUuUy/cj4mLGWbL9R2s","3.10.15","20241016","+6xX9nyopoTwRC/3PFEe/Bd4UMSPUI8jUhqBbq40118","v3CQknpfBf39bgaqaZPtFQsBq2OXVQ2XQ3v6pC3szXs","3.11.10","6AF+O5FvjHuPvfK9X8GMbrfOI5ffJA++6oSwXUx6N6Q","+uEgFP5E8+rjNj75v2sO3yFPgtzNxzroICAiUXMJNng","3.12.7","jpLWWyRbVy+m9SDUKKmAep2jZCjHN5oR1BrkKOae2SE","+o0oU+MC/Jl2LQHweoqZM8OVG1QEJGpmfJ2O7iZhZho","3.13.0","tXgsAnqIArGWVulh9zGTzwYLEk/QUt/xm7bSG55R7RQ","S1PZSNyMdH7WX5LPfYmsWpDLTG5GIlEk1+pGuPJ1WX4","bD4eTxnSsBi2Wn4+9M1CJcW5rfvEkCGGKEZuY21cS4w","O0XSvmisZt3i1srlUVaAaETzNwY/R1WHyfoCPuokRg0","3.9.20","nrIpbGhIRgK/midlnKkfbAc8ixyXwnkbsbAZGqi55Fo","NxLTxgdPU2xu552w0p2DypkGWgVNTiLfuJO2POPrKOo","3.13.0rc3","20241002","J2kYLliw3d7BUiK/7svUsS/eYcOPI6kKqUJRTzVF+5s","Zg4x7xp7Q1gzLvQZ5jnQmgJaDiIoVeENk+6ISn+o8V4","3.12.6","20240909","ib4ZZm7LfNu/1ZbkYtaQp4o4Dx/lwpZ7JaF3mwzskzk","0hQm1DVrtbBSVGXpzDnCfbp8OecRKFXqLPkKGUwr30I","3.13.0rc2","UKIIDjDRUE525UceRoMPC0l0xmtTjtjsffQWl1Ez/4k","Zeo1qWvObQl+u78ZrUhPAQGytC/Mo6tRgQnD6jrvuVI","3.10.14","20240814","/xxPAQscb1Y8cfow9oKTFoU24O1l99Rwp+jHMlLQhlM","kTRoDUxEiKI8h2GI8GaARiXmQEHum9Dk5XotUZ9XXq4","3.11.9","MMcQU+k2BHG381DxVi/05C65GtLKYbORKVtd6osrnv0","CRYfN77ZdCtulCYuBHpmast9Q6XU5nn8h9fQpYyS7HA","3.12.5","K26jpSQt6ZV0GR7kLfhkdW7KbXyx29TNerKFC6i4KPg","4Ki/5lNCHmh+1WvMQmmz5lOQUpxhWBGTJSzmicEvEos","3.9.19","tB+DQxFTLunc92ytPN7aKF0OKD3iGCzphww3xAlwzdM","3Xm+8ZdDdNzb4xLx9sts1v+qlZcblOATke24EluYDZA","3.12.4","20240726","sv0BWrNongJN5vuzSklCrNtUwhhNGWPiKCmq+h2Buiw","+N8Lfr0ok+hF+7648TPjF7SSI/wSiCP2dDy/16UL/A0","cpython-{v}+{b}-s390x-unknown-linux-gnu-install_only.tar.gz","3.12.3","20240415","hy/DITY7jN2Cb9LLGt/RzrgTvBKB+dQQwcLE4Xfo34Y","oAnFGxeFGeYLa3hIsOqR86kgB8ob3wouiya4t6E4zcA","3.10.13","20240224","Cb6Pss37tKk9VV8mjyRNvk2P8YVLJljoBDqk7Aiu3j4","/kaRRUESYpfHqGNoRcLnGIho6qYXu24pOHH8pKXLY/c","3.11.8","hE9k9MFuJJZXeCgdph0eDmzRNYpYHfFmLagUse7Qlrk","1JWDC1mA7Wib11iKpVa6ycQ/92bYqLMud5G47WZLBPM","3.12.2","7NawKF5e75Tet4S1iLS0JaFaQ65nG/IGVWZZ3BQamCU","9AuIYHkote40/4fB1XTISToWBNekBHThsDcxGEGG9Bk","3.9.18","FdBZUHx+kA6WZfMejZA+WiSmjO7ST5ocWsBqtCo1Tz8","3QXv9pnOWn7uVFvAXkhpxOZO4CvwxwaRvO4hVgTGs5M","3.11.7","20240107","SVIOP/SUcIAg8wbjCwlk8HkXC+g+lWvkUE+FBVc3iiI","kbMzaQJbfgB59gPNKpn5pZMtqo3tET1QkPKcB1yZPfc","3.12.1","YGMSEccB+NLFbl3XsVTmiGgSigGbnbHVOiZPVsDUruI","UFpPus5mGkOzVKBZAi6zHvtAaFml9yJxCevw8njyBQM","3.11.6","20231002","+fGYI9ujIJztxGR7APRu0BdyQpF9sg+3+1OZcOOEUxw","eCUqqIP+0Y3nu5sUZFDkLdddeMNF9WwTAbsEIxeh1Pc","3.12.0","VoFiE0ndhdlybRtnyEqWhs549y5zpvnkzEEZkRZVdZ4","Wxoe/7tD31etAU/Ov0sgCJ5QTYlhPnuNsi2cy5+wCmw","3.11.5","20230826","/kWdo5h0RDV51v6Ixod3xtPjMQOOH7kqBFGHn7a+sW0","sIGQMuwzbW4dnpv9ulRr+FSntySPhyCm0H2nLErJJ+U","3.10.12","20230726","jTPUNa5vuT3tf8JnmMwKGk9Uak5ScBKh4pCcwxSzMt8","dWV5tSrLmxOxYqyQHlb/MR3vRD5p1/clmpEZi3ajDss","3.11.4","5HfwdJFh+ap4h5ZPCJ2UYKU59rSo/atRZviYIQ4ah6Q","jva1+oa0q/UYZbNGt8+N825HTtMIhp/ArD/oLeORlKQ","3.9.17","AUVNfMfJwvzN5CuoaMTzcuqq+kgEnUndlMnPKHX0l+Y","v4yEbBpOUjVdSuKU9OHalYfVQVRn62iQvfD1pMjNo5Y","pypy-3.8.16-linux-s390x-gnu","https://downloads.python.org/pypy/pypy3.8-v7.3.11-s390x.tar.gz","7.3.11","F4vQpQnmP8YEfkUNW9wZnZrFFRwhc4COS3IFUJjJmVo","pypy-3.9.19-linux-s390x-gnu","https://downloads.python.org/pypy/pypy3.9-v7.3.16-s390x.tar.gz","7.3.16","HkrOczgpss2rP+JKH98Ps0zE1UEXNs27xigeXdviJ80"],"rows":[[0,1,2,3],[4,1,2,5],[0,6,2,7],[4,6,2,8],[0,9,2,10],[4,9,2,11],[0,12,2,13],[4,12,2,14],[15,12,2,16],[17,12,2,18],[0,19,2,20],[4,19,2,21],[15,19,2,22],[17,19,2,23],[0,24,2,25],[4,24,2,26],[15,24,2,27],[17,24,2,28],[0,29,30,31],[4,29,30,32],[0,33,30,34],[4,33,30,35],[0,36,30,37],[4,36,30,38],[0,39,40,41],[4,39,40,42],[15,39,40,43],[17,39,40,44],[0,45,46,47],[4,45,46,48],[15,45,46,49],[17,45,46,50],[0,51,52,53],[4,51,52,54],[15,51,52,55],[17,51,52,56],[0,57,58,59],[4,57,58,60],[15,57,58,61],[17,57,58,62],[0,63,64,65],[4,63,64,66],[15,63,64,67],[17,63,64,68],[0,69,70,71],[4,69,70,72],[15,69,70,73],[17,69,70,74],[0,75,70,76],[4,75,70,77],[15,75,70,78],[17,75,70,79],[0,80,81,82],[4,80,81,83],[15,80,81,84],[17,80,81,85],[0,86,87,88],[4,86,87,89],[15,86,87,90],[17,86,87,91],[0,92,93,94],[4,92,93,95],[15,92,93,96],[17,92,93,97],[0,98,99,100],[4,98,99,101],[15,98,99,102],[17,98,99,103],[0,104,105,106],[4,104,105,107],[15,104,105,108],[17,104,105,109],[0,110,105,111],[4,110,105,112],[15,110,105,113],[17,110,105,114],[0,115,105,116],[4,115,105,117],[15,115,105,118],[17,115,105,119],[0,120,121,122],[4,120,121,123],[124,120,121,125],[17,120,121,126],[0,127,128,129],[4,127,128,130],[0,131,128,132],[4,131,128,133],[0,134,128,135],[4,134,128,136],[0,137,138,139],[4,137,138,140],[124,137,138,141],[17,137,138,142],[0,143,144,145],[4,143,144,146],[124,143,144,147],[17,143,144,148],[0,149,144,150],[4,149,144,151],[124,149,144,152],[17,149,144,153],[0,154,155,156],[4,154,155,157],[124,154,155,158],[17,154,155,159],[0,160,161,162],[4,160,161,163],[124,160,161,164],[17,160,161,165],[0,166,167,168],[4,166,167,169],[124,166,167,170],[17,166,167,171],[0,172,173,174],[4,172,173,175],[124,172,173,176],[17,172,173,177],[0,178,173,179],[4,178,173,180],[124,178,173,181],[17,178,173,182],[0,183,184,185],[4,183,184,186],[124,183,184,187],[17,183,184,188],[0,189,184,190],[4,189,184,191],[124,189,184,192],[17,189,184,193],[0,194,195,196],[4,194,195,197],[124,194,195,198],[17,194,195,199],[0,200,195,201],[4,200,195,202],[0,203,204,205],[4,203,204,206],[0,207,208,209],[4,207,208,210],[124,207,208,211],[17,207,208,212],[0,213,214,215],[4,213,214,216],[0,217,214,218],[4,217,214,219],[0,220,214,221],[4,220,214,222],[0,223,214,224],[4,223,214,225],[0,226,227,228],[4,226,227,229],[124,226,227,230],[17,226,227,231],[0,232,227,233],[4,232,227,234],[124,232,227,235],[17,232,227,236],[0,237,238,239],[4,237,238,240],[124,237,238,241],[17,237,238,242],[0,243,244,245],[4,243,244,246],[124,243,244,247],[17,243,244,248],[0,249,250,251],[4,249,250,252],[124,249,250,253],[17,249,250,254],[0,255,256,257],[4,255,256,258],[124,255,256,259],[17,255,256,260],[0,261,262,263],[4,261,262,264],[124,261,262,265],[17,261,262,266],[0,267,268,269],[4,267,268,270],[124,267,268,271],[17,267,268,272],[0,273,274,275],[4,273,274,276],[124,273,274,277],[17,273,274,278],[0,279,280,281],[4,279,280,282],[124,279,280,283],[17,279,280,284],[0,285,286,287],[4,285,286,288],[124,285,286,289],[17,285,286,290],[0,291,292,293],[4,291,292,294],[0,295,292,296],[4,295,292,297],[0,298,292,299],[4,298,292,300],[0,301,292,302],[4,301,292,303],[124,301,292,304],[17,301,292,305],[0,306,292,307],[4,306,292,308],[124,306,292,309],[17,306,292,310],[0,311,292,312],[4,311,292,313],[0,314,315,316],[4,314,315,317],[124,314,315,318],[17,314,315,319],[0,320,321,322],[4,320,321,323],[0,324,321,325],[4,324,321,326],[0,327,321,328],[4,327,321,329],[0,330,321,331],[4,330,321,332],[124,330,321,333],[17,330,321,334],[0,335,321,336],[4,335,321,337],[0,338,339,340],[4,338,339,341],[124,338,339,342],[17,338,339,343],[0,344,345,346],[4,344,345,347],[124,344,345,348],[17,344,345,349],[0,350,351,352],[4,350,351,353],[0,354,351,355],[4,354,351,356],[124,354,351,357],[17,354,351,358],[0,359,360,361],[4,359,360,362],[124,359,360,363],[17,359,360,364],[0,365,366,367],[4,365,366,368],[0,369,366,370],[4,369,366,371],[0,372,366,373],[4,372,366,374],[0,375,366,376],[4,375,366,377],[124,375,366,378],[17,375,366,379],[0,380,366,381],[4,380,366,382],[0,383,384,385],[4,383,384,386],[0,387,388,389],[4,387,388,390],[0,391,388,392],[4,391,388,393],[0,394,395,396],[4,394,395,397],[0,398,395,399],[4,398,395,400],[0,401,395,402],[4,401,395,403],[0,404,395,405],[4,404,395,406],[0,407,408,409],[4,407,408,410],[411,412,413,414],[4,412,413,415],[411,416,417,418],[4,416,417,419],[411,420,417,421],[4,420,417,422],[411,423,417,424],[4,423,417,425],[411,426,417,427],[4,426,417,428],[411,429,430,431],[4,429,430,432],[411,433,430,434],[4,433,430,435],[411,436,437,438],[4,436,437,439],[411,440,437,441],[4,440,437,442],[411,443,444,445],[4,443,444,446],[411,447,448,449],[4,447,448,450],[411,451,448,452],[4,451,448,453],[411,454,448,455],[4,454,448,456]],"others":[[457,458,459,460],[461,462,463,464]]}', "linux-x86_64-gnu": '{"strings":["cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-install_only_stripped.tar.gz","3.10.21","20260814","TEu6mCmvOcJ35O9X7gfRO76GBunGNfo4bclitbpjll8","cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-install_only_stripped.tar.gz","H3JzZapk6RPcemwnVGEcZLMyt1U4YkF0B52O02v6iQg","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-install_only_stripped.tar.gz","vwfeSpZCShgSl3GhG3Vu4Re1kiChjGL7rGDoxQsPrZ4","cpython-{v}+{b}-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz","gHu2dG3Yt6NH/oM+4cwlQ0V+XCyYBZ3EVGAEaO58rns","cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-debug-full.tar.zst","ubp80OZAdRFHY3SnlcObsIsrlrfugzYcHE9lbko+osI","cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-debug-full.tar.zst","RNPVmRsXFfkAcHWIjKtu+dVskDpTNsdQggFaK1VLFL4","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-debug-full.tar.zst","NN8WDxPDww5A6mba+MiASTXL53rpegCtO9xnTldKvD8","cpython-{v}+{b}-x86_64-unknown-linux-gnu-debug-full.tar.zst","ddSkeI/FYH/7BF02MJecAICVIJCzOpvJAzVe/ybPnuA","3.11.16","Um0VVo62HJIJZSWQ3px3vxoh1SRdXK2tAbl4khUyqIE","M18QBC3UO7aoU0LkYDl5+55EpwhqiG8nCvYsUdZ8GcU","yMwTBmfgdtKpF7W8oFn7bYY0AzErjwzB5hDb3KbLI/w","O0N/CHINPd2cGQRTJHbsn7Nz6ADRWYxyyQfdbV8pt5s","fx91HX9jgVarOy4p7oosvLjqXyCHb9WPRQLzegzdQUA","t5uREAmKOdOa0o+xG8fZedHrsT7UgTbINJ3kUea4GT8","BMsz21Dk9K6YM6szO0xXN0b1KRHzqZy3lT9jb38gQgw","Tgy/lnsOvUS1+sKFL0rRvxohUMB7vgJlHSJtz2UuqWU","3.12.14","cmtsB2pt3iav1ZYAxIZtgotnIWS2CDQwycq06Y8e4J4","nLs9pMAPCJmx/lv2Ula5GFc2oZwE5QcXFXsLw91gdeY","bKtUi3NyIvay4apkimAe6MmTWWqWXzpT01P9soMRAKg","Ws+j6bomtRrhYcg6/yeNqRW1kNIjc6QksrpVuK/pH8w","4obOLrL4KX/Ho8enD93mW5WxRGj/YWOOYAfNklkuAiA","b4YSMf3/bxwJFMEliYqOdxX0T5wsxUvd9CMxOakxLjo","0ce5IYabqBhGBywgS197zpOmgKH/hHrxH8ow18B9p3k","UgU7l2toTdAH3smqppgtIF+mREynVjYreGt6XtIOt6w","3.13.15","EUGuYYcN2RyLF3mAAt7AJB0H1P+ru5KoXM6BWvJD5YM","Y0pRxWUSQN8SwfAWbJsIYfbCWCQeEEEUQ1px2L3eBIM","pFfgGHMX2R65wI8kHt3VNTS3VUqoLRwBGSzr0iIQXak","qsoq8qtNe2inEmYNEzTAz9XsE8AxLM0wwpEi2NA0IyA","mt6Qi9SQgbZ8ZjAy24q/LLIq1zkoHrdopupdx3nrN2s","kRHA8mTx0qY95CAQHLEPjOQG2uflxp1WvpTok9EGT78","o5njL0ZmSFpqRYHMqSNTSasxKGynKrBEgqDmVw/C6lM","igU6LDF+K1/K/Cyj7geANBm9tuMosRMRy2TrPFrn2U8","cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","c3QTvX98WJ7u2qzqEoC7O8cv2NvP4FV+EbKlrkz9Ps0","cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","mgKm30B7C3/ibmUcJfUUK44Dhg76qVrLGj94HxQR17s","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","57J1+b1i1lsHWaMks0KeSar/achzFyYBH/mfJ+qB+5A","cpython-{v}+{b}-x86_64-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz","CBu4tTCspmdGv8XsW6AVCnWls6QEaj30+5+ws3i+URE","cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-freethreaded+debug-full.tar.zst","SeJrFyoT65oZ+GO4WMvyj/nq3NmXJ4apRwHsDLWW+aI","cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-freethreaded+debug-full.tar.zst","DXLCsKIjwRW69VHUD5HkhPoNFF3Zfgs3/+0CPXw6DQ4","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-freethreaded+debug-full.tar.zst","9jVLNUNepv4ISxaeyxhYklXG2c/2QqygokaGz2Z3COw","cpython-{v}+{b}-x86_64-unknown-linux-gnu-freethreaded+debug-full.tar.zst","DR5weZjTBfGsv4UYRcpsGNA3hxV5V61b1nwDCn+fnE8","3.14.7","LTpPXRn0qpf5eyJppIDitWc6zTVt1FKo7UldJCYMhLk","jffrMC07ge49NvD5tUi/ZX8UzvSYm/ICbFyZUInvyRM","K7yqrN/ARMPAMCq+LKB5QqvcuT28o6OpKywYYQKwhQw","zvugNERdKHVAjR/U1XAK5nMVY661Tcs5/YFkq1xFdTM","XnjcX/O42+x21TqvwkuIMDKyMZbKST65i1lW076u2Os","thmHtUb2QjgWjIhaRnkyqDDTWcIKLFeYtJy3O08JWbY","2gK+cMllGZayPJhEar0AjEyjUOg25Buu8mkirZK1Nsk","bnK/Quw8WJM80zlcalEZ4aT0tCWeknZdWmlxQXSGyXM","rG7YUIujuFfu95dku7c7Tptrh0ryiIn9oyP+ptCqA90","E6owqcyfxW6c46YHBT5eskBLHRYyJaqu3sqHPSo+PNw","HK0xV9wDO/GhdhKozN574q+4jkf2Rg9QTcGM+EeH9HE","MBozJvJ5yn2X1TH8j1C8J8lKW4DEjp9f/MdJm922CuE","lXkw+/uSlktxd+tWf7MI88UFOYXW4kP4dFQzAli1ZP4","6M0HLdynfJLoSjt72hLs0Yf90cR/Jm44/Jhv8El/JZI","a/fBEPMZRhFiNP1cSTJeJad3f59w2wisMiCj7ffJT40","Rp2V/H9D62nhnsqnZqCXSfJRT7mSmPPUaMfOB/htqqc","3.15.0rc1","Gy2MDLvNhqUO3AG4gzJVRO9kblvytj1QButlHv9HoHo","Bdex6kmujgbkbY6iqa8mDyOD1d3Rz4xO8aXHERWUx7Y","OrFPV+bdUxDU2psneUh1Y9KsWyd5ZMuRvEm7aQtbggs","+5qycFW+l5wymPC17fWpldwIfPs2XeYns86qLCkvRzs","LKP/YkYIa3iUKofyVqMWkDjr2jIq6fsbQrHxj/h48xc","QHzz3fXZDFTQoi30deKDj9xHH3nqUaTSdFyOw++QpcM","JZwvEYMEXDQf6wY6WQL9FtP1ohOI8sUC75sHoxjPsR4","9rvbVpK7IVGYb6rFqGhAAVMSwTh3lg4rMyJjefxXaGw","uDORoO9l2kUyy3j71/cIhSBESkloQiQTsrhjs0ll1G0","Hzv5HTqkJ7yO5dnwdkuhcGUV4Ux38KFf/J/gtJSxg9g","I7WpiX+4D+YOC9xzO5wWXZE2dVYNHBjwyQyqZPAeQPQ","CAt1fKfjg2wSs35er1a8GWlQrKXpHwvYvBgcLTg/tL8","4yRoBzqsCMNg/OWuKs2tRfL57A5PWvsikmSd/81cg4o","xrJAYeWgaYpFGDncrlX9ldnMOTxl9OHLfaK/HmGijQw","zZ0UgEyaAbTjVxbzKArl3oRG6l7LsxvNeuoDXNoZetQ","vpnEHyvIMIGbDDapjKMqebFEpN5XjMMXsAfn6ZTfFv0","3.10.20","20260807","i35ZGJgamj35ezywx80dVGqEhs4/N9U6Wf6sXBBoGi0","QG/MhTPzNrhpeguNA4TPDUEs1ZUY36dgD86aMwx0qP8","PuHWrvGYUcfdNSizyQKvQAHeJRhioCJHb6tEVrq/1sY","ITrYMaWAwYaAT5HEHNZxL4rIzXZa16UXFhwJYGpItYg","cTy0cwqgrmNA5ns3AL/42awl2jirc+SeGNLwLSnJLiA","obFv2eJ6Mp55KMPmw2AS8j9ZxiuavuLhd7JMRBWBrzU","0t5CW13+XP8bxDj9lhTseaqbDx84pxwQHYUs5oAWY1Q","rwDzIvoBYvO4yqZAl4z7mFUZ4154LdAcXjx/yepLvhc","3.11.15","8xP97txKaAbVs08YKTbhy9q5NWYDCUicimEjT2pMOtk","EcAxPvXPHjDIptUmlgs18ZzRVGCkxZ8o0YLA9A3lOvM","7JvsSOW1NLpjOYM/DsmnofXlpQ63WfsjY1MWXHKzTqM","ad+snQ8VoLkoGjhIbyEsv3ZCFgkijBhNwNNKBTPVe6Y","Mj3CpiJlS3Rf3rVEQTImUXUDOHY6DmBZOfqy9hgNJ0g","00tbK4FoW0kxgXDgtCouBTbfsYsGUm0wP2sSyf3MqpM","qKBn5keYKcXfW/4s792QznAvXgX3sHLOOiwvMgmn2r4","0epbdy3pLY5jlTS7Lg3NIwd4fD6phhF3SfMzV+1F0Jk","3.12.13","qK6EpddGuoXKL2sy83eoqQ6U1dYPEvwyVfBGGICac4I","FACzVpD/jcSccjUYimxxe6YYDXqeNXawgrPP3pNCB98","/EeLf0var3jVF5t9jy4HqYdxa9Cs0ilJSXspLadtdYA","UGGRvj7nvRkKiDTc3Bs7xwqrUGCN7MxxGTWqAHI5yr0","KlaoLh39Tk0/5PLsbZ7FwAMc/uG7gjpw/fBt98ITnXo","kzJOP3HCFUe/7NWCa5GErzDmBVV/rl+jn1lVQwsKNR8","3nb2o6xVqpq8E4MZQVCbmGwHevQAIqDJJ6ntvJ6vqlg","T4fqFvrTyocaqOZ1HlDrzChk2RD7nDpKNnaT28EetiA","3.13.14","20260805","oKd4JxijMTzZtalFudMjq8KetsV33ZCYIOFfVHHw5Pg","PM7tnWdeqRiTn/FtRnruEIzkhHO1fhU0SXBDmb3NeV0","HND6ag3j0Kqn5boZ0Oj2tHkEwwO9D7gC7U6pzdXSn8c","OegtBZJr3NIGcyAmvNh42fAOKIzSJ9kcH6vzebbqT6U","zgVJG3qJlESpdcTVgRuGjJwKzOez7Me2SM60gM9mQqE","ww4iVlQhc+UrqUJi8RGnNKE+ajc/abXQyXF9QhkA934","uZ4NQSRB/OC1KBYsxh+fvS7oriFIPvn60/SyeCqXbCQ","RPBn796Co0obRZDLt3Iv6XcrQn4QTuEvTNTXaVRZeaE","uClmowvcb7Ds0uMZgiboFoPXR7QB5TiNjYzBEVJUdBs","L+FsI1N7BKv85KOCaWWNVBA5vlJ5ZDdBZ5MJv7zMrcY","hl2/a87Zz6+7engeZNul8HEWFnV2iDegrERl1bIPMWk","iTMfJhcpCOZ/6Xf8EzgjnlTNtRp0rK8+t+kNQ/M28e8","L5Am7yfeUKa+OQSQmZkcy7tbVy0CoWaJaWc2zGi+0iI","1uUaTJznit9s+9wwqVYH8ot6II9AA2rD10C8xD6dHfs","OAMyAo/pdJZ2QzLAHjbmzNwC/+ljUe6jLcC4MuoHg3E","4AWJccZqlBnh462tW/DF/Q4p6T+vbgTn6I5OhJiw1ks","3.14.6","20260804","plgKUVkLONGFyemc6vErXRGsWG15E5tLInCH+z00YqM","JqaV/BvVRtt3Mm9BUcXyr4IYlUFEO73i512oYnpXoVc","vKEW6Frq84moQlK0mFwXl/137pDWOGsE7xRnXXZN3m0","upYIF+VCZCAhE12zMNh19BD04Uxkpi4q5frzaXraCLI","W/91LEwt7eapS48GqwE/vc2nTZPmCGp8Y3UGKGgqeDo","8lKOAq7dd/NJRYISNVL9WiCfmSdKcoXnwu7hTuucjNs","dmq60vzbhc0oIx4Hcw2cIyJbt1bd3Q9vF1FcUW0SYr0","OLBM0F+yrSLLGr8FTGOBuUJekvoknoPeF8kD8btYO0c","XPkbUeMDTGA4p2dnSaNNEd1qotnzofZcOZ5vcsKNEWs","I1tuYYesPdv9u6+xsiKJksE3efeskgbMZI3fDhIy6QE","5N5DnFCYvAJEjcYd487AtjxoYWbVamtizdh5EbftIkM","UAcWd9nY3SCc9OTghTu5VuYLBId9Dk19M/3jOMZPpK0","wRlUdmNWydHuN3vs2H/8mDO9yyEWdZiGVVjSdrD40s0","0TpUao4LiYiljFKQRCQ1Be21+c41xt4dnq/ic1P4tOw","+fRfcwVN37EmXSUUqadXtlSBEFolOtjhlV+qJNhoOps","dnI8I1uC/xLlkUn3PFXhQiMWhHtAoZfCb27uQdT6d+M","3.15.0b4","20260728","6le31cZH71z0zfzFT2VI97MEP8eG7R/1PEW1kNVNakw","2RrRYigW0lnwdqqKUkkuqwUPhjcxI4glApAjVbmaQpE","stzqHISHx/waQAhikFulQlG9DuVijI9r4z3meOu88uU","gnN/YnKVdiHwu3h7MqHQEq9GRq3XsEwG5n4M6UAtSZg","BOIkr9KTKMc8YVLkg8ATrOyUzRHfLvyyuFp38qNrPu0","K5NyNiYIvFJy9fnwcNn92Zvo/DBLsh3JuGjJDIeVonM","7DG45kalqrX1NKDFRycpDoh6k5iZjTyBXB2gHJazDEM","OaP+DTtQB32hFgvuce1TOfWhULfA2hC663+QBMv6/BQ","dKGbl9EiqsVP6IJ+57q4CjekTEE45/0UcrYWnIxszKA","5vV2QCVFnbcEW65UyzFsuveOZQAxA7f9KBkuw2BN4WA","6i9F+F0WMu0Rg0rT8rbW8+dBgC1y+Tw1Wku0AJs/zNU","qzOhXyD/Ujehp5KIqnAaf918JXv4cmc8q3b4czpLH7k","ylulO/MXHoT3knwXeOtUiMxmeTEopdiJOKQqRDOnwik","S/cZYzZp7INRv1X+46f+fyw3khBV4RVWn38gNhcACy4","o+Mt2sxTP5RbvRMqGiaBmeUleBt4mQUb/OBpfyrTDKw","V0uNJVxVNPB8DeQj42xaJ6qe7LItLcyYlrCCyQiFOzA","3.15.0b3","20260623","yhzs0LKMQpRJhdIspVUOc1HkoNTHS84sawO4A59DaqE","pQijKm0z0hSFtucGkxlqkEMlNWuIY7zJNT8t8IzxjQQ","OW6Ax3aJKj6+LfY9DJRjBYhbgCpf/xgrcQniy66i6iU","9ob5xf3HCFDN1IaWNeusdz3Iks23EmkGWWawMhmxeak","dLEzG73TXewWbZ1jKdOkMc6/8FNCGKKE5gFCQqvAv9U","jmluDxhjVerxov99ofImH3VIzr9yuA9ahxR59ismWb0","xQAIez+I1JmzvuAWAoFUtXkPCGP2iIZTAvcSuC7xfQM","iTenicHP88JBXZ96LgEEqXV3MmvnCXPSIs9PjZpLkek","ReLlzBw3xo6KJq9HQRNu0mW25Vqx4zKdxsGUsxwqNUs","oqIgjBDtsSgmJHm0MSamoVVvsNXWQvRCgW+paLAaRMk","NiHsAxVcQ1kzRiB+qTGGQtoqb+Gu5lJ608lLkOvNnos","Oiqs3pIhv/tfresK0oI+PHqn6omQzSN7RZxqPQyqrWE","CKkQUpYjd+FJ4yOjanQDvgRl2Ue32kU3JVWLT4NpiSU","LSbp/FyZ8kJaSQ5QmHfShMwuo7+GdvPsWYw8Ffii6xU","UsSgFoLEG0ef4ovLBDxFLS7ib/zkwHUjLaW/exJcGwY","8gSEc7RpUff13tbO63Z7MLU8bXieevwmnem5hMslGmw","3.15.0b2","20260610","Mp/VqMmv3J+hL1X5a2ffBTYtxTTq5gGvg5a4A3CpfO4","pRMxGKNZJgpyrAUVe2CHuNO45pLiKFDTMZk9vhkeRdw","V1rNMIrIB01aQRG5vU84Vi9Juf8Bwa3fGdwekcMmNTU","P8UgsVq3DcuFsLfXglyXUxIc88YTksaN0MdOoVedm58","w9Nw4spJcLlBegxwr+48FOfnRUc25o+KtdBhTys9OOg","7qZKS1EYkXzGqfeKzJanZXYigbaHq8oOMHT0CID/kg4","wSIN2566sZtLbhWvPIyz6lB3zvY+hyl35ZEsdON0Iks","0FolnfTdNvronsSrAAS9jeLHSeCwFMW+rpxJZDoBINQ","BJp1bC/eFgGm2knyKmi0FaZqAO7YiYaRtZ2gmliTqrg","/SkjMjeXdfE9WYbZSpnSr/zTZW5OQoZHfrdnsTk3TEc","sLGJr3poFdpqsA9tlDHiBXjD4LS4jUjbeSQ4cEtCD6w","dNUAaDtexKA301AXcCSh3yxUtZjD988Ma6nxa6248k4","y1zgsifH+UP3MtXqdicfzluRfD5LN3SVPAGucYHqlfI","nRCIJUkY9dsvIVP0GCdd7/koUSEbUo22lKT9cWlI5DA","DxpXoIvzZ+SnZT6H7GbSN7bGVBAXsjxBYVVVTy5NzNg","dRDEqZjy95PIKr4TKhiRezW1xqcJT0c77POP/t0W+q4","3.13.13","20260602","G7QJwoIMzhV/iwh1MkQO5it4cAPk7ri6O50mNJU9wvM","RiIs51/DY00TY4pvckEvukApvAipCE04nnTyIWfS8hE","gEwYrksXxnCR3YiI/qsFJw+10MAmEZcLCe6n0NyfpTQ","wknSuWr2kSw5EPI0uWqo0g0w6LDEbQWE+pVtencDbqk","z8nrFuWZ+gwfICRYeXpL7sM2O1LjldSwSl714wufzE4","sa4S6lSGRtKisIc7KBWlcFV2JkDvSgze0QoXs+mIdy8","sXoe8bnZKluNo1+3SYmPghpvQyvGI5GPfLZxk+6sXrI","XjvYkXRxe++JDsP7LKyRcZE1LgF3MDHl31a1mYNX32Y","mc+RV+h7Ru7Dvs+fsj06pAxk28Jcp2DjeQ81Xowxmac","lsNBGrU0CkL1Wbs8vXJ9MG7XmmiDomWQy7BTFgxWLtA","JNagt5oabyEKhJx/EYwPBy7yxC4cPpZuxyxqMomAfSA","dVfW83CkLUIS9PAWFXi3gm9hg4oIFlhI7zisxLQ7Xqk","8gbpKi4CE6NId7xRDRZm579IGPAju26ihg2RtN4pBMQ","gpU4nRMBuTIeuimDNdU/GhCOSntm/JS6JTRf9ao2MFg","nBlvP+5PYMRLZT6JzNzgstu/jR4qr4q+Sge4szMM1iY","6AgaenQ6DtVAQCMkckUmQyDpOO3fc3Yeb5n6zzADdHo","3.14.5","qwNCzclOHP0JnAPuN0m76Rb09fYkB0Y3L94ZgQTzrlo","1JYD84wosZV3kt3bAEyBhA/W3uo1DttDjNwJsgPb4H0","DVJ3y450uuKTonGjrBs5Qz48+D+nCat5GCQjAL7j2KQ","mCpg/H8Ru+QFq1SvzU6xRfETR5e7v/rJ9cSd9OyYsT4","fHzr+jpSVB8+Uw8F7SFNevRpvlTMaPYAosvQrU7ooDQ","2EZ205YDlFZjBUUWA5gPOGOOvl9h9cnPsUUujCjaAXo","iILWJ5Lvgdwl+wBB3hiE05seRzUuw4H00KEaez081Ow","nlo7D1uHNiYvOmEel6h0gQ8D7002hxyMSxLciVgUBZs","b3BeyHoX9zhl59iXERQuOIvpv8rzAVIOrvqWt1ZlZ98","Rta9/Iz3Wp21tz3HQgjc0a2JQBXETWKo67rMY0Kqr6k","IOirffbdHGKgZpoRPPp2QVFqS5z+7DmFsKWYyrOlNeo","AEWdVBqWyWDUm50vxd9iQuUhyLkuuiOURRVx62E8xmw","IxtSkjdS7v2kUI6r/Yjkok5DdB+wM3HnPnFUyjECZiw","41AwOyS68mvZ2T++/KFsKk+FaUkyhADo59PuUUX9lX8","zdCYlIm96AfgWDWnUe9rN1JJzSU6/sCQTUa7Rg54EkQ","uE0jJArZjyaCS3brDsV3kmMbw+cNlPn/YBtw4bo8JWo","3.15.0b1","20260510","31qdS2ZMNi9vR1qb+q+tIHTecqGoowkPHvg2QQimAIM","mGULiCcadwZejGsutE94ckKZ94kme9uv43ViNKvLOqM","c1Ok3U3FzSiiMe1kk1Or7N8Sfe1BgFNSj4VoFtFVGUE","Q9zc9Sznr38mmGfEZdjmCglpF0kjFvZN/xWqW2sOGFs","GYr6wqGgEakOhAB64iEhS+wXpTYXfwhk+DAGTf7LCco","dsnl+Kv5Ycs8ZLbXef+bFhZiLm8WrZhKWWP2bKo3Oww","wAtRYi+wch2df+wmCo4Usdp4+jXXieoY1d6bjBVQqHM","LGZ7YdyVcaW3pbkxiRmXNFNEzfrO6vgwnGphx5NYObg","Jogba3Q5ZjXJve0tPOfegspZlXOgW6HnxwD5AHoflXo","vOAoIn8nWG5s/AcQHg/JnMJmmfDL8Pwh04oX5yQPKfU","Cek4FG14l6ydxoRc10l7v4oKO3WR95aGiykwswmz/5Y","yYJYoU4th61m8hKMIvtkCG9mjUYtIw6A4lBElZImg9A","DAj2muMBPKL0vGfrc4HyZE2j2Co9wtOlIBzEqAdGGLQ","Jsosz3lpyBwNBIThCOzZXW7/fhxUiN7AUGVv4wPLJNQ","gx23Jhsx41TZL4ph9jqW3GRjXUdlko9xkeS+K1THHTc","HHQPudg4krpwV6CKJLmpRWAwqjAi+glPMMjUa0iEwiw","3.14.5rc1","20260508","vkr7xTLeOZ6Ij8QhkafHGbBBOZ7l1I8qc59QsY1WuAs","x6NboUXaZ3QtWNH+LIim0/5v3uYzPVOHFd+FxBGnvKQ","JfNAHA/BBA6CK4vkJs5DGkQ3vJQGmhaBRQpmrbDe/24","/BLvfoJPp5dp981SBs87hy/pQ9vQJscqyG/IVpFa5rg","98ZAgyQTMs9djOrVqqGR2oG08A3+X+EH7a5rMV8PpFM","lICuDXymPNgwqc2bN3hcUL1VAvGLw+xSTetEHTGAbTI","1CBNyBZOKu+SH1TLwV3+9SjLip4YTua2vhAk4Ye3tOc","pRA2XXeF7d4GgY+DFgRwXVaHl+q+DDZR7LwcfJJ4GkY","k0WzzUvkFcp62iJ5jEdgrowXW/l/lY9uGiWLZ7EdMU4","6hwJ/+z85q4mLRDzeNAd11YLfWwIGcfExBV65LBEXP4","CjT8A4BQrUI7BN5Ep8YLiuKJT9x4eSB2wuSvmlLA6Es","Z5mgWN8DJlE0qNCRYOExwfIf6Gy271mYWShvzH60mTI","ZmX+v7EiJQvfD1InUyuaDqGfq55auMAatl/F396cF3I","L6DvXCNRSyE0xn9WsUNUDhIKtPlkkqaO9Q6bywkwlB0","9KkUpyPLEnbfolRsqXl0aAM8H9Eh0wyy5I0jCzlUVsU","cR03ITCyEyGGS8gFOmcVjjv5CBmtNYpUlFmb7R2iJ9w","3.15.0a8","20260504","T/XpDeqSlezDByr0dTbetwTEshX5Wdc1HcJ4NCHHPhU","PsoqV4eZDy+6KRm3MUFgjBWtnlXvf91m+NSr8kIND3c","Tj+A6z1P4cVQZDr2W6fZp4N85gXrPu7VmVo0aM50Feo","iQ3hMfMbdIKfswsH7jv6Bbms/lFggpHhwKT7E3RwDAw","ERTh26U9z87gsNCFrYuRkGnFU6cewOJVYT3N75jYLuM","oKLHRBC3WysnFKCOFB4zLrXWqGHkFDF473xIWxOIszs","PAz8mfA5TBeAES27iGsrfQQ3bpq5XzJPXmakEC6PYeo","QfR4hojUC7n6WCVrjbkwZYfWnGJvgR6NT9B3BYmb7AE","vUuve16T+U6mXCaSOYSxrHQ5cqa7XmkUFwf0Qamty5s","U8WW9oW1LX1vXlIIXifp+GiENUDDBDp/GlvA4uvOvMA","PNche63FWCEnHfxiyks/xQPL9U8crAmVEZgQh4RoNKY","McAChscXTD4ZGCXiGfyQwOp/rRQbt4tzaq7QoVhRm3k","18Z3CPs+4A3lyAPwJfHytfXKq31zQo7mhuZx7apqlpo","mjM+2o69GdF4/Kkcl5pqxDEk+ecS/wDFvgeDbgip+Qc","tq1GqZd4HG1gD4TF5pqwEP0fE+niemcH5EcWEEvPFeU","cBhRUvJrykU4wd8EXTBEVLcJSmzwY5KJizV3kc9tnIM","3.14.4","20260414","mj1wcvOA0ZQkU9o4R8r7ZmRq3b3c5OZYMjZHpSfhv2I","FRBXHAv1TBeYXiz7841vKqawS3e9SZPp+y26h6N7BZc","8wDLzOLVQs0DTajWSxg++5Fu3RtLSraoushTUaIPoZg","/pqcMtE4cK9jLLrD38dSiuU1l+lEcqpMfWpC6BZhNs0","VAgBsGKZrdLrt0PBJPakFDzh8ApzjMfjFXktTbgHG2Y","2L/c9b/a5g+v0J7m6pH9fpHlj+boRBonGZcYKPdYOYU","suyQtAcp3WUFyS+Qc2HzFIc1XkWsDyU7OqCyqN+FONE","ZdsccfeKwAVT5jU/cw/y+ULMGKV1j12Zx3/Uvl13Gd4","oDm0GPIsGebTNWgZBDMdR9tUtXalBPbmiUYOh8LhEeQ","sSLRmSm4B+mW5eN/Jpz3BqYegL678OMYDSOSlrCL4RE","pFXxpkisCRu3JRe1T/zsTU6HqxkwjDLhZbXMONfLJaw","XFOdVCHOFF4Q6kVfW1BynbH3pVkRmKdeq+2HqKi50w4","MOznpJeiVMfzAHxbp5/9T/FDG+gpBWRbVmElVe8lJsQ","mU+h2IH0881ppvb4YOe5q+hRj0zc6fqlqaTyKEbilQk","0FOzqBoMAGMDBORSnqjAKIpkBQfy0WefXMEUWeVJINs","TPg9+f7Rdi9iHCVUYKD0r6CVWAkvfcTBer+nJUKFaeI","3.13.12","20260325","0A+5p9orGjajeRMml2VURj/qC7LBE8annK7gowBIUtw","oq0oUI+0crtb1o5yJFNM0KOXzraB5/0818V/1NNUbm8","hda9TchZ7zbHxPu8Ab58Qj/u6JnZlEEfEvJM/43eIog","rReONqhN4/hFiF0Kzlym+H+pUC0fDPU7o91CGUJ31C4","Sj4KBq+gAMivis5kMWBoTRbjs1strTdhjmsZ4q9ZCL0","JJXWYgyB7nO/+2V6X6UNtArR6H+1aQEh0VhWYMn86r4","lRr4iMWdHFExnpPAAM9hPS0a640uGvvyeNQ6bU+jrWk","WjBGG0Zc+5VJ9xBGks73cR31/VgEKcn1qo26fOIX7ho","x0pJDvZuGjP6AxhlGLrBhBUhA8YxRmGjdy6PYMh83po","zs3vxFutfU+zzrw8Y+j/JAgz9C673B1sZu2IW72c0Qc","rc7y8ldA4hfxNSeTfSaWxLo4nyROWIcMk/kMFlkA1CY","VDEbOo8jRSJHVR58szKQYc0vOkywkQStLk0SG92Xgms","LiuZLtfdXpe1R9FrD0AJpQ3aEwFfH4x/j0SU6bXVhKs","0KXOpzuzRM+g0EFClCYtSNGN6jkPK7SPqcAASBwRE84","0oeB6PzUt0wcRqUVmmHZdNwXupD6foPWp1CgA6c2A2M","Ouu/r7rKtJjg/c38sZPwdFCf7IdMuSwQtEUmYmMCvFk","3.14.3","pvuA2QqO2RbaWOVrfd3LK+x3IXKQpJ//+qIJ5xnCDlA","lrYDsXY2E37/pQ5u0/vqSbcDQuQxIGIlH8q5nPATBE8","siO0PANcEfe0jgzqxL/JK1zFd2w41ZGZYH9hiYIrFP0","NOjn6lGSMI8P5tk77N8+6wCmSh/btL7q2Y0O25O2jN0","KrnOZ/PEUk2itezHJIg2CeQfmLBqrkmTeIWdEFINkS4","lSvWak4xac5WoI+Gv0zqvd2aZ6vNCZT2UevyFnoPzIY","GJi0lBqXci8oGT7aUDJvC3s/X2zewZmxlT9T8sg12/8","tVTcloOLE/8ECf/IVyDrdVC8R4XFejbyeFFl1EONv8w","r5tvGgJvDISQ143QgEo0chnfF4VaZ/CDpESz06S1NaU","aso6urgiqhdeLmSfqLNBVzqTiLOWZfXmcXnZ39lWZOk","Pfz0EglkvkFQWfPCdIlKb/DFfa4ZtkD3gWljnZByB9c","xvOSoRKwi/vWsOqGTft0Ha4xDlGbhx59hjhRXu+8dtg","piAY3wMsL2uv5iWFcQRRMD6VpCb1hAKqtTmcutR8aSE","nW1IluhLU3L+cRdgSIq26bnvaq8LMdg2IfwgDmYJlwk","mNPUcqnsEvgIs0Bi32eGx7WpfeOyvY49kLNvI7q7/VE","JgrhHQOYaSSEfUd0zucJThvgImSDCPwbe83XPFXrWMQ","3.15.0a7","Os1YYDu6IDlQi3aMP3FdTcKiqJ3AKauWlsyvochhblY","hLi8pVJUwTtuhJQisHajyYyUrL0NMdFzc44mC4r9/qQ","rcFRvT9ST8efdSy5KhCVsYjUB6x/iDlZ+V6jMhvovjw","XRFwnYDjOpnqy+T1xKfmEhdKUdpv4AgPZE44Ula0dvo","lHuIAZAhN/yHKqa3l7qLavKkiMoaCkGxkaaUoawIH+g","fgzezrxnUq9BCE9kLUf0Le9dDtZizlegmOFSKBe5UqY","e/+ftdBXBA2nm27RNcXXsvH9ZNs9NdrheE9lLC/LVl8","+1kf4Siet6gMylNgCezMbdtjWfu6IHOu0WQO3d1Kxa0","HJjkF3MjboORRRx3na8G8g5cdH0Guo9VPN3sxG86Y6k","J8KixoXL9Y2U5qMoyLrtVIr8cFxui9AkB9ll6fmtp4c","1pc4hx42iH2ktkyn6bxkCFr3AiX05r110EU+Yk9BujA","spo6m6OsJSm4lAWsuwIm+lv42zp/bTwCty74zTUGTXQ","q7X54QxP5Dx5oURnjuPNj5enTcV0EFMkGlnqPsKusIs","Vsuws+80+f/XAgyS/+8VWH/7h7fAJOxniH+QeWS6ZIM","DoMOpk+GxgC0DhAuT2LQKxch5f05CYeQJnYmlOJk7Ms","kI4S0COET2B+tyvGPcrG5CaLyga/nRoJ00raUz64s1A","3.15.0a6","20260303","oDuvM+Iju3mwMNrnq9Ie6lOY4RLgOd35V9OREK7/4Nc","bfu3c3U6ySDowl5gOstuRUTlWPXdLmkljjFn0XBcO7k","wu7HS3iiO+V9GPvHvpPrguidba7M2Cla4PUAu3ZrdlI","JBBPWgHnF1YQlMUXgRTsXrheKMpqbB05Xrlmk6EsE9c","dsgQzkavPOEG5uIpirx+MgwBPDo/v7+8tdxNW13QHyw","oB5PifccYbiGlVUtNQerFZFTeHb9fiaelKfIxlsLiCE","mRE3tlYN/ccRbNWc2vuvttEsgJ9OdDpX6bIomy74w14","DVulNeAuZcXOMmzYBwvzm47zh7KxIVT5I5C7qVMtzUA","cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst","GNJGjrnHg4VbgC9tbparc6YoAc2/4l3iUWV3viDjvEk","cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst","b3C5zXoRbwvtvk71icZU2CYH4nUZH0DLfdYpTtp4N7I","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst","UmuXaskBdbiMgPF/nedFiP1/8BjhbWnvCjrzlpOixiA","cpython-{v}+{b}-x86_64-unknown-linux-gnu-freethreaded+pgo+lto-full.tar.zst","nZWxQplY7/5mXA3X4qm43+E2S0d2N9+H3fNyQ4rfoQk","FzJrz3fAs4hyvGr5oUJj7czRNUvIaALLIH22OBWYZbY","ksIYjjo0mfGsDKiCFf8/KC5l3W6BOrvs1MgTvtlvHl4","V8hhhu+EG8Owd7ClHyQomGmWaG6YvifQb+YRDXL9/rc","hlI5PwYTvEUCnju2fpwNuBy6/hEwdAxtt5LCA/vg3k4","3.10.19","20260211","wqWmbFRELMLQiDrOlRclc/23zRDxzxBP4/4bTHpBnRg","4ZLJpMMT4ZQVxsgotLKNBJ0GEqOc7a5hQM3s+qBl5tE","MAzYxJ5n5Ueh3by8U5qmYzWThH37xXvytOW/Bapqf9k","1x32HRzbWa9EQ5EtqO7KdEpS54L/Xe76lm6tiTI1o54","C1J9d70g/5a8K/rXyJ2DLteKMA2W9LfNCAsuN9oEN7M","yqsHF7OJlHnwRLDYdRQzBq2zC/GqLoAnfkmLoSYmFtc","f2A7gTkdCgANZkkgnRKvF17tNs2AVgBwFPc4JFN1Xts","4dRkjxxCaS1O1PqjI4cTY5iafbY9rp79MuLFLLOwQWs","3.11.14","2EATh1NjWZ77i28PM8F/2/tsJtQWkE0fKlgCnc5n7ls","P4Z1TpBILPrjXsyyV6BSHN0S2hNFsMrQEl5zjQRxV1M","oXprGSuj7gdAmT9tQ3D8xQtnglDxkkNFGipHCmdqfnM","H7aonap1D37/AOtl2QHDwjZxOBLrnIx+B+zfzXggPI4","s3evuK/JqMh399T13ho5aCwzOdWHZEkwpaCkncEZYYI","JBkw9MLt6CHqX2++7KJEz/dbpqlfxg1yzu7gtIZsGMU","6FrAOhzfWFiNUY/yC3OsRTxZGCf3q4fs9ALFNt7a4Cs","YvqtamhKb8BnQ+0q0hSQovyNGziLBpNnpqDsR7zfvhQ","3.12.12","rczPSzPd5ln3cj4fgI6vWEtycG0/9QjgY2Rd++IYjCI","fqgMauAhHH1iwQYK70DrzBvKM1MbYMNsFEw8ni5HHVk","VEX7JFmsyDIsPZRELgaDTIgcdiF6p9sfrT7jGmAJwvc","HbqmJKCeFa/n772sCNQpkxNaaNuNNPmG72l3ptd73Dw","wI0x/QA6FM+1vqQw4R1LRQgmFzJWKm/dBsPSGaFhG6A","fhb2wrmLpCtLVp3sYIL3Zb1sb1jVbC45C581OIerjXo","xraePCsJ2NzA2cld4YTARcEhSIShs4Br47G3trFPgog","55z02UxZ75W9cesjOk57nlJW6FxtzGHEuC0IOZ+2NRk","3.15.0a5","20260203","hj9lPoTZ88oxDo9YhuVZ8f4mjCml5lWd7UMshsx50gc","uY0ZzXjsWd5ANEK708U67v5kt+ipCPdD4epYSz6m3Bk","qzToSSL8nj7X36nNp1MWFTnUuhL/20VTOIA61g0Gc+w","vVwLOr1hV52nufzTRB8t+y6CR8LtE0QId9f5tUrE5J0","kQ5hPdpeDNKNOW34xOomjZLUzaEnYdxQK8g2OKjc6og","5q2+FHtH2xRI4/eEtBnr0Kdr2u84pOjSlYVJywxEpvU","vHxjz/ny/X+BTnb9EqSFD60PRbnAIFKkne9VeT+QdSg","CotpBZH1gby7HkQrat1Aag9umg/7Rd2RfTYXyIGgAAw","cmoHkE6DYK0rtJJgNTjOpCHrGw7fvdMlbcQaCNOJXvE","2a0DYTfSYyu4hjJM3VjyT9ypJ24Q7440HMnZrspiPAU","S2uXd9earsM1NOfAv6VepyjsfJJ4PDSZ1hEIAd2aUSU","S5rElG72DWqEqNneuQi9Rs3pQzrtae3eC21pSJSeRXg","4mvAYou+cZeo3U/DJ6L9cfT7a+0HfibyZ7M2bPJg0CA","F/YzNXQSCQvZjN4HZzcWttpf3bUQm5Nu+85oRoahMDo","fmjmhs1fiye6foJ7QfWtHJBhtFwwTobqL0Wtt+hFK88","Yl39rlI5osuzSdtWVvUZ4NpVbh7xLYwOAO0RhO1l8XQ","3.13.11","20260127","LzpBfYrFeGzkRZ4Lq15fIIs9hd/RRayCi4YdmRJdZ5c","Jq+zFaHV1c6McIvfze4blciUdcglreKmEAo6w9khWjM","62d4X47STdEbjUJbN4Ipm5YqpxplpbL47KafHUcIEo0","7GrvP+wxg1k0RcKlc3jX8UDjof5jfn/sHb+6EMUHZUk","kAeVN/67VsWERLan65lZJqe7/gimvrXN6bdMwmI+Q1Q","7pJukoOuk0xWcq88lD2z0QFcekmD1geS2HYexZifTUo","SaIybleDZw/XnDUEO2CMdr5XvQ55UddflNj2IsLoC+0","oPEdMYLVeHtvd7mU5My8wJjqgFMn3N8wuFw3eTmt9UY","xi2ndv0eGDR1hOBNCAJWPTz7M38jVWTOoZZPU2enCKo","UIzKn5OMiranV6NmpoPZfypx8rdANzkGeh7S1lCEKRI","8JgTXTGrEa76vg73X854RW0wRIxYSes+aEAJpUjPElc","V5wkdcRKFJ6LqebX1Yfm8x0CWFycpW8RWOkWiIal/ek","CHUfxrXd8OIHJKwUUrK0njbpmnvMLGmzVBbpfvGxYWk","8mdDZNVMBl/czgs3EsBC8RAcHnHY50JVlUOl/e71w7A","YpK7nd+FYWFAGCBNcngexGAtnsijV2Ds98XT622ekxc","enDHYQnGzD02bbt447pg0cpUh6Ii1c+A6yWKCIBrio0","3.14.2","dsqPG9cxsEruEIUF8AnemTNXJlmRNhWYYA+q7vE4clI","gbmo6fTcXk8pL62IriTmLoMOtBCBEU8L38KZYGNpt1g","Moqrwi0Ze7S2THyKWIqPKncBi7bkqrHs7jYY9Wclekk","wpJtZwf0M5478w6QQ3s4dxK0fmDp5Vv/Hcs2v3aIsB0","0l1PTHE1rgiy5cSyVF6kmClVcKiaEdnxj5pU4XXhUQk","LWnwd0e9EqjtWjlSWH/QrvKFqcNJfoK1JUFc6GvYzWg","IZugPvD/RlmvHyA+rDFqBEmCrr42GTBAf4bw8lo8JsM","wmwMGQtW3CqDrsdrA+rp3BCWmTfjfRzzBN8YCaVbitA","DWVPTIrAJ3oSnL1jt6ANhztmPDb6Bf3twT7g4PEuU48","KyS5O9jrREy+89Ly243biNPNpVF2rKcSQQg2ArOKEyk","3ls1FMxyHIF17h53iPgCWrfZtdZ8uKxgNIhwJY3WfMI","KnOHEposiQa4NiR+FJV3U2r96K3DiyMuy79M5T6M9cw","pPcCOw2JM9RIWN4NbRZi3BQeix0K5jhqsDz1MS8ueDY","KIfFuzn8hgUu6qlVZcb3Y5MCgRz1G4y5AtwfZMle/yg","e+pZymK5gaQYCPxcLWU4sxN68QyBqSBzR8j7xIY2Bz0","hvjAJh3qMO/Y17ByDMdzMnRX81yUioM+QFMVZ+JL9n4","3.15.0a4","20260113","pdHIpauBuzCyGGIa6N070Mtgk5BX/Ou6pwgFDINdimc","ueoswsV5TfmlHYq7KlyofNso8TtjEeTKO/H8LH78V6E","+MyIQO6vqtmv386RZsVxbRDUXvrEGoTvUPDPDD6XKI8","uFlyujcS3v9xpKVBDYG9XUfMsy9aQp8WdA5YkKSD5vQ","jEz95x+L7sN0lI3393xSujUuPWvlsf3GxCNFO28/Z4s","JM2hY+5CgSpxsRBDjBjtcsfGQojdV0DyaV/R5ArkKxY","j9DFqYdlcOthLZlWFVUp9TZYktkQOuBljzDvyi+LzOA","Fjlp8UhI0Uez6UN/DbXkFKrl6z7BTHf0Pyy6IngoYFM","UBvuZXy4SdI65ysXS1jTLQUJeN3rS3ybcgKvqgEaGBA","R39FmJIB9IyrNS0mXzaKuVr9bLm5KwbxN/RvNsc4+e8","2LHgfdBwEwHCNto0xlsrWBA/yU0Y7L+qlKxhpC5zkbg","h364BqPPhbdKDXAgCoaa/ZrsjGc3KxlUlqMhA0JBMt8","mERQK7Mv1vPUqiEe300io6xRxZDFEx/ztyrp0UfNS4o","QV67mj9mQU77rzx5WuCPfwSamY7PCyE+BrCqhwA0ucQ","4+x/Kel237kcgrHHJF/qB4fobzNlu22iWzeFnUemEto","QznXSewoPXyh5uTCXDJ0YYROrdHhMf76CqWMvs3VFTw","3.15.0a3","20251217","HKiBpBb9fhTtjTTJ9lVxC/iisWB2qCcdjpRvqF3Vmyg","sl8hKEQC+yu1XK+fpCw8AO/5E+gN6jsGfUYsqCXAjMc","z65PAlRjGzYY1NJAnSj4GdT4RbHFffRSlUgk4vbqzcg","xtG/WQ8fUHBe1Cxewn2pNlTdwkVCCAmJ6hipuEaKzrA","sRMVkkwDyuV5swgKOuOzgTRH2c+MqQWF14qtLTadx7Y","/R/eoeb0M+kh0mdANGnUVzKNEnkLPLYId90TA0Hidcg","8rTia4yy0x0JyFbhKl4gghYCY0U2SZlaLCsq+54gSWM","+ImWCBxEPdC6lJKq+/hE73i4vMASL6FJwC4lr7rbsqc","zGoa11xrlJ1aGHgCxo8ubIknZ+pR/zWoPyXdnNIY1kY","wgQ7a+ILJm2eiSn8eHJiZvW4sMRec//+5p5btow3WfE","Hdm2evHZ5NRETEldgefLObseJaVjX8x87rCiYf5FeZA","XeSK6IpZesDzg5I2/4O2ghCsODvAEX7EG7KYngf7x0c","uWvg4XalyKgf3jb64BJJkoLCwZ82XQ/VvxqfYVJLS7I","F+yEtBcncbtovGAKQmrlZt60IF82/defY54FCdAgSIs","9kEkKxXAz25qPyhW58Kgt27g7CZxRlDNYM5+RoRuzH0","qzIOm2jz8kH1kwfnWImmvXCke6IZiR4oIx5NRHcV/Mw","3.15.0a2","20251209","n5rIBSFJV+Od/eSC3Db/WlOp1FAe/dTm6iUmYWzwMmQ","M6ZDVKlDH84k/Dl+MO+NCbmH7WVovLj+ybQFpkJ3oN0","hvdEpRALuKuH0xNlJlR+OZbq8mhEEtPc0yhV4kLbVRI","Q/Q7Wi3ewUihB+4dKLYhJkPaNLL5/0SetZm4Uv2GQU4","cWmU/z436pL0cEG9YQHVNFaCnQdPC6kSPkuMt9z/1j4","Paw4100/hhBWySJInfNiyjNBSGaEomZaaIUfZrvGa80","VlwrKH/MsOICe0oDnvXWEofJcF/ySo63v1/8kTuf3ZQ","eFgjyvktbTb7RY5VfdvZpaqi2fBsJLLh9SKgcnCK9Js","xOaTlCAuIJUbOBDq6xXT7tx1oy2/zw9Z3gBoe+GjhYg","Jy7XqWXQi0d74f3mGh/pHlVKai5PCOQKfPIeJP5z770","u5daDevHCBTxy7XBKxHg6Xm6bCc+FIjagoFOuAnVmk8","cPVS4hNzTA4mCldgO+5QTdftDnihBVi1keck6ocw/vU","KmRAbte05JVb3FraWycytbxSFHjEQUGaXJRXtfSjQCs","WmOScOy8zpCsWbdTVuWQU/b/8knC9Jq8G6+JBUQ9zd8","ReTIs7Vy59TCgDcbB8rS8WRPCzgsnkmg/hSq1/fNMwo","ibLsUenNwPF6LxsYqvAjAlVK0gzwbzzuzIQ8kro7GQw","3.13.10","20251202","Okv+VqmqWGOMRa92U8lqGt6v+JBiEjlUlT13Znfsg/8","w/5MSJcyBsSwpw5Isk4XMit7YiyEx2CzwkhbIlDYoOY","Cmfiq5ldaW1UkOsVs8wJibnITXA8T6e9GZk6EcCBauU","7PMEx1fJ3mrvhJykUewIpy9oJ8D8iBnTn9NB8p0AzNY","splD86HDrCA202jRWqgMy6Ax0NjcSV84mWd9DImn7FY","4BLJ9JDmf8NSr22JdPVKM486C/e2QshZ9DYn/uEyQm4","QIWRFfp7N29JWWINdfjnDnqHLQUbPRwslmHRpHjLMog","eJllORCJ2jArclnqmYTCG9U8bhYhf50w+SB1Z9EqabA","eHSEC+k4Fv+sWx3oJwAhlVSYLhbyDuof3s7xlpJvHYg","+Aw007k/hwanCChnl1FNt25Vo65k9GITkatOHvDfrQ8","MZ7a4ZYUAUlRmFcxwziNB0mUQMFIkc4s82aSumGD/+A","45En++jSrn2GCZ8YtNoJGPm2DOc+1JF3TW3PqkK1ya4","WXnUtFgaciKD8Ca5Tz9rp/yhkukcTENNveDn1UEK6wc","1+SBX8TppSI/wsSOX6Eujq8/6MJrhPJ2n42oBXiOCYE","G3AZhubB5UHBr2VgI+Me2y3rFGkZKvy+oIBzCxRhv0o","H66MUFRmdZGzwU/U58EjHKjOl3+M+B2791qjxTtQidc","3.14.1","R4LQRDKzxFwfr4WmJFXtz3G2ZuuWow163KVkoPtXBE4","fFxCyYJsFeuyMnZ+nVEnn9j1DaCJhz7YUmKloea4WZQ","RXFkTqH+eaytetfby4Gg3nf0eHaOaNH4P7wxpTbQ250","jg9jg+B+szHGeldjLejADVcJQjSR8QX/mqgCpWENWeQ","Z9hK4f7O7cdpCkC4f4Ik/VCjRweSLKb1Dg1l/DmV74g","OBVPMbuCezlar7UWTYFnhMW4WI1chi9B69CFMYPGqFw","bWMvBBbQ4GmjO7AL2uF0ZaqLpFAELnlE+jgU4/Pjolc","Y5lgdy4sswTXtlLvr161x3Y0KoXS80/8l5aeVmklyHM","ejrNZwCK0RCiMTUBggtcQm647LReLyxag0qY0fUdJRw","24qOKibC74ZfP3rLnRzJi/thhiN4MoZ6ogQnqfjOH3U","vtFcxNWcD9No3kmlHcbTWKLqfBw+EMbdrYZMKeB0u/U","xdW4mqt95oPkZeNt4kd6ExQ1B2ut2nde9unqIRCcHDI","otTdQY2GGu51ISb8uYGx50nYvzrthGsSXjnO+iClcWU","JHovXw/RroijxIvvvKOWbpmqwrBFl8Td8s1Nkteuy+o","ex4mxQw4Wxk2sHgjuRThpCOmtqeqzRqR5RMWmAH25Lw","MtkvhNt1OYfULMMUw1r1xNLvV0ryGGRJ+i3oIqqA1kE","3.13.9","20251120","kNWVxOou9QUd4BARyOYzbz0x4p6enqLjnMM7JhhEmAY","W1mEJmEW4K2I1gewO7bfKPY7B8e2v0cYXCJuhnKCkAs","vQo1o3VpvSRgP6LroRtqdXu92DgjNcgE1+tFmZJZsa0","G8mpSrJCX7auWORfacq2Fkd1m1eJVklwE5CCLZdvqSM","sLnpra+Dqa9TeFzteWPVDNOfed3upO+DQ313szjlg0Y","JVuGn2/kr18WgmRKi/F04YYyAv/LfWTHlgzSNaSFTUg","isaImKS9R1voZX3mpt++cL2wcJ+rLwe5AjZ5DMG+Zzo","AQeejFSKZl1qPRW7upSSibBbNxnUvRtgOKf16qrg5fo","JS8AJedMRW8an3H6Nvo+0/YV10vpvoD1ZRsUr4TUgUU","7bIBf/2twin1/6PND2ZDWemW1cNno7fUXolFznm8F1E","8csQloqcSwTQrmdfG5VsYilqYh8ovUHYcF4aLhHRXsk","ecVlhYzUfECJfzEP8j/LwJAtN1LKpUFYwmp95qLIM4c","JITudDDqTF0XnXR3pi5uYOSx4xX9OiYBdJKEJ1tVgRA","htQnXTFi/EhcBO+ZPJSD3fVljnrssz8qTHA4zsvHLoE","HJpP1wDhw/ONLggXiJ9qdy58VGUF3uAVy5e5T8ZmXv0","HgSpfqn8uDGVcwwudVyqf5X/UhYoqK+nt6fcaOq5jV8","3.14.0","VBG5K4laX6M+qLN1vXsEB2LXYggZWBoAeGKLvcNpFew","sscpTaO5TYyAb6goj5Vps8BF09oQ1y2mwY/HYJVI2Zs","GSneqHGtv3m/bu5bQvwdq6ikkthRkq42ORGzD9puRSc","ZvOFMFrg7v1rZeLPlCvJHZQ6YeJvt1geAp92CisE85M","pAe67d8V3LPoCWiFnMqtzMImmLuRN3FBiwK1CrdVHeQ","yrFPqqRXRPUd6HvLWik1r3Ec5AMbIhd+SL4p3zSHWtI","k+crSWM4lf1AJNMZMyFwZIxZp+x0EAupuNV0APkVlMk","se/MkIxyrfFY1+tenHQ2MdKpiyUrPHxzMw8xiZH97g0","OHFmhP6+NqFvvVLGC3RJTsUTsWJ3em6njqud3wRlNWA","XsUfbW7dslVHHWn9k/8ZFjor+276YTNY2E34sdMdmgQ","IXEcywFQPOIc5jYJ8MSOqmZFhDFA6EqBrjNPOTI2v3E","a9/w0NM4LjdWFrTSKEpGl7+Pg/WTFMFmCAVmB1CPq1A","Nr4JG2QE3IKSK1RvXpbVcm1fIB0/FLgKcqGGKPOhaOE","Wk0jZTpM4uDka335DtUYq9pb+SQX06YWvG5jnnxEupc","Y4RZgabhubHeU/vivS9mDMjWPC6DjrTpY+WMwbzAVss","r9xeGl7FNQ4O4cXH9UvI063UxsIbT3Za23ZRAeic7hI","3.15.0a1","20251031","DgPNiLJ58SXl7Uu8FMHIqaLjT5IgtV/XQYFNtH9LUYQ","ieGC0XAJGBLVZODB5LVjtojUPi0ue5tsxQUa/+d8Eek","j6Hjxm0iFQHixgtvPpAdoRSwOQRq+pcG9L3Do6DqorA","u4PeUyTlGwcB+fyB9RHzsV9s7OHxUdANCqdoNuGT9Eg","UUd8qgZcs0YzWO2odGmRUMFBg43XIbga3OuVUB8mzqg","5If2BLmTqDlewqKAcQVKQie7Msa5sFZVpeDvGdKJPb0","bLwHIJM7I9/C7DGn1cGjUrNZ4HFJQbDNWIMKFSRFXW4","GxlciU4n8qpL/vHB9E3yhrTMEf3x+Avp3usY/7Vpbvo","rQJ+Y7ZGNVeXx7QfDnxO0O7E1C9Wrn0sHnLDQdfKFPU","QCHT6Qj8aQ7i8N9aY017s+mrFYof6fUcReOGSjffAfc","pipDLcgxG47AIdxDr5LFbAGVfgDG0XF3t1bgDNs4Z64","DgJyGG2fUWk5TbxNTXKj9KV2KgTC5awqseI6pB/IU4o","7r+gTXuJAsUe1f0L3EVZMTo5kBVsAfNnhwFK3+FhUXI","+OWQTtElxT4C1yIni1oEMIPdYdb+LziTVPgROgq/fFM","u1NyaSrvPMTX+0nY8RtNIWllhPcA3IjRSEBEKqcPFis","AI80ZJe+hWPv+BYy+z+MFXYQcgZV+cGfuzwZ2MVn7vE","3.9.25","63b8sY45EvXn0fzPVw9t5PyIGNj7PtyTNn8vAafjONQ","Oz2pcb8iZMqJ8vEQYlEst+PcR11ruuHFD15t9JnO6rM","taHPxz2JRmv/3G90F2jD99OmaAcPTabX9kxghrbSegQ","/gTosnvWnKIUT8VCQo+Lm1KHtqLkVRakrP4sK8MQJ3M","PV42SGqbH3iplzp0YubBWDc8mw0ffJ71sYVKjfHoOEc","EvztnUOHkxdbZ6MFHJktR5v1xeszv34ocumfhFuJ0vc","okCCGcA4ApdU1S3ho6A9r78BjXWql6Ntc70JiMT9Vrs","HMh/vC3EagqJWiVVe7K83yTMgHPhAElkWPYE0/AvQUE","3.9.24","20251028","uHB/aJ+RWRxWtkY76JBCqFJFGovaa7hEftQdrxiIIQ8","gsFVbLKA7Yxl3Is8bpCFCI/qcqjsODtVZGmFcC7zVJY","Q5zU7vaGlhBCOPxg6Hw6WGZM+lEk8bKBsnf72w+TUg0","VyxYzOsPmkGhns9xmdkCQrcP3JNp7gnn2Ez2+vm+v/Q","sVFbhMpD4Gin5T+bdXf0Hy7Rm2xYdfWNiS22y6wvVEg","1DigveE79QyPH088xWscvwwTQ5fE8jUsisWRh3S95Ww","dNjEjjREd3BPJGUVmMD9CWFP9+pVpoml9sOelfXw2yU","YHiS5yW6mTpBEeTw0DIEs8EFSXhnk875G56lbusCbdw","3.13.8","20251010","cYVlLaB2esBaWXi4lH9wDnMtN+rcDRP0fUFlylpL98Q","UoJ512SdsAd8aK+oGhp1qKzzvCpO0XVvyBj0V0RE5Vc","XcsKD8pzSOx7qHB+zQO2eE5C4L+s3iPdazkTx5r542k","GshpHSUnH5lJHidtBWTM/CC2ZQ3wvgUzlq9aU5aYRj4","uHWDFJcLBB7xUVYNWIcVK5OAbweN16l2Au8sTDWyE/4","DkIf97DPLX9Q5kj+h7P5VFJwVcDzsJL+JWmhAoNg9js","WnLJM16yb/3KfWL95T9Cus7JHmEvv7EIkAco8BDCfBM","+48/kQrDJaZu/FQCTPafUZFBvuecLvowDovSPEip1Rs","XW7qcn/WbIkczeum+KefGcWXJhBfkjCE7XlhpoH/gFY","Xc0CaI1d/l6CX3p9fG073VIjUU3r/YwsCmqQw9QTj/Y","/uEZloa3J/irKnHhRIkgW+6So4+Ix8bzgZ4ff4yJHYw","cU7sj0LrAj0MntKJEV1S6WznPax0ZKXSQrCYju2pC1Y","EMlxB7h0YIgDAotA0NDlwhO+6N9bJQBqIRLL8E1y86U","2naqKxz6+7x+uJ+oXoii1Vyq3DcASTS7nvM0K2Hq8NY","hS4H2gtfDp5rVYDZECwwIgJGRq5SJYkrpzPc/ho+Bac","6D3Eb8SAfumBpgPS6mGgqWyOODYj0Uw5DENydFpJ+/4","3.10.18","20251007","Hxw7Q6Wvz/f57sX7VTkfVVcegP/b9jSymPNay6TXBoU","TQJTlDHXCUv2XrZXWHr+zCdZ0Q0npq1wunwrD3wbqoU","rXD8K6AYGA9CTgofPodfAHvMOoHXSmYOJ5z5yr1IchQ","ex0C4osNNsSw3gRKr4CZywOVrD1oJslt3RWCQfzcbwY","vezVgtPx4t2g96ECfrCe3RYIfjSePNgopFvLSSfYnjA","eYzA5oFMNJncH8AscEpC/PJ6DKRFch6JIV0pv2T82eU","ve+JhepaPWKCq7+ydFtALiXG7EkFoqH2bEx0uT+Rt5Y","x78T1aKPGiJwtstyf7OpImwwsL79SO0SbSLH+zEsuMI","3.11.13","zhaaBQ39IDCbJ/pDAITwGfddsxTJ4v0EZmu9l33biIo","BLI77ubT5vSQdp32ywTKDDnzTzhC3KXmDjKndAb6qew","aqBI6i0zOZtuQSSa8TiBA9Io8orRodmFmvklrqTn1cw","Q7/EJSmEPs0dnAjEojnt40j5b/CsrvLsJLKNwFn08MM","jHifXr9WlV018pDpo4Hc7NMZDp4efmQM4Q/wwkdeASE","xSb/yn8glhYAtaQGvgfOVRQUAU3cmP/pAqfiGbkMDzw","ujiPecawCvFKHIsFMTu36K/G4FLwqegs1b9pDmqbzVg","gN64pKHnZXgJWrSS+BRRDeNgWFjPzDLrFk/mV1MbsAo","3.12.11","hOqJJZ5TwhI1/EknGjAOMfqjXSRxdn4Dtehyu0MoGBc","QJzisboKLRoM7bRPSMWbXroZoylnHOrNf2qIxacNJus","m5yHnN/bQmZaW6Br3EYRU23WaYjKP06ovePk82+AS8w","+YEh6x+ysFolwfPS/nzwjDokaMNQeF3z2EwlFucoDT8","1c2Ik+TrVpfmZKcSqk6fX5L/ud7KyLNKtrT6au2NCJA","NDj3eRgpOjdks+36pBUG7FsGkHEU44nUNP2fO+Q1cwk","Y7+Qb372Lj6aqlfo/HZYAtNSZgc5tD0Ff0mEW8kPAgM","Lz5nByfRBLBAaDknv68M6h/RTbuUvWVm7pjLqGarPK8","3.9.23","VNnRPUEVQ4pdvLReH933Z73Kri5ERpARJ/2Azzbdr/k","aF9+1eDu2h9WhrCE3CbKAP3MJgVk4DmCE9UH2h4MDN4","KY5gIfxVDZniBf+mmtf+ZqU/jipyzQzm3fEuYzsL7oM","xQJKMROET7F+bVuoW8m0dDVFghJhPJyNolcTGw/9QlM","6p4kYTxk5fRuBGjtwWYREVyfI5WtaFvU1W43yILNzV8","AU/9PEHAKeHEccxNJnpj8tdY8Yjh/itVnnsBiYQmBGs","lNedCf+5GiiFdYGgMaDX9EohUOks/mGj5XqVk7Sl+yI","lLQ0XSLrbBeRNINMWiBlZ9m4OFunShbpSWSLZKxHdV8","3.13.7","20250918","DFeagEAd2Wm8iTUYNQlwjGoUzlu3ecA7VH+8tCj5ZHo","hLslKDAITpqKLr7Ka0SQziaMcmhFShMD/vDuTrZJXiw","waTvAFfk9aguXdrUvk0SZhepSGOwygUHBs0/Xm4Uq0w","iI+34ZLKr9sz4Cj4ZbfaaNzl6STP5Y/O+WMj4XWnDj4","klTzDhW2bFCX8gq0TKv3qMUKB1HBF/CL5EeBg7wOXY8","ta0qNdd7jaL7Kyf9lN1GU0wEx2/0DaF3j/Afsrd8hdk","l+FryJYqv15k5rt6FgFS37nV33+gTgNSEukD3xzK4AA","wp/DjDrzzGg3eRer4cvRA083x2SXqWHHN6d3/bz7BSs","4dWRxhYIKNgs/7uNq2/55TPWxTuLqKL7dZNvtahNtfM","rNVei7T/wIT/k0fEmoMx1HYm98xDNJz3rk2IqryXcHw","hy5Xo0bJn0nhNtdlWqsL6VCNDfBdH99kfnaQLgKnueo","svhPS5Gr/Jz7iRadjm5G2Xory2/BpTLcJ47kKkd56jE","QSFhSAliUNQVpqjHFaqbZd1FYPaVfgj4HgOE1am1gok","pV1aizO+WwMQTEhrai81H1hclOHDvv3Uta5qD03P+UE","EK0sN2YCxxjYUI0Cz60mq3Nr0VDu/kZ/AuZ2JSnL3XE","sMaIX5to0YGONUjhenQoykMRpUu5IUCJv23uXO8p2Pw","3.14.0rc3","NTgl82VQ/uqQRnbfB5Qz4bve9PpBk1bhnIU2nnqR104","lrpbERYk+0Txl16+oHB9uR/rM8te88AMNFSmWfXCceI","XwGZIGoptKSt0Q8Mb0V0vGrhxC0yhx6YcBPEYIbjY3M","knNwVIbqC+UJt48qVVucKUKjK5PyoaVTLnNAGUos5B4","nnfA3wbrZETe3nph4HkbRYPgun4xmll8LDKVsykeHfs","xUjPjRvU4ax52ASv42LLrw5QhevGdiqv8RKbERqWqUs","g9Sk8UMlOcL04SOSk5fzV+u+dF3GKLrYfu5c5U/gbfk","+yaymK4GCZDxbwUhhXJ65Ss7gVEZYX5N/MYGWfugWmg","r8HPYhZPQbNcDdM5OGVDz2y4bFn+X+vKnJ+MMpbeMJE","g23wDAYKW5GZvydkLBLX0ORMRtSlgBljIuCgmQ8WCYY","K1uvtE+SNzqmFUjx+RStZGP0pD0PV7tNu9k88zlIGAE","DviANWP4FtsMMfDpCKieY1zU6FbTYY8KN0IHBkLYAIE","vj93Hw3IJ4TROWHGNjQ7qGIHDORGFvD36MfP6C+z6qQ","O2fu637jxlM1XW6cRm7tp6RLoDOXOMHvip9kENemD7A","C5ip/PHJEcuz6o94GuBlL6rQ4CVPJAaOEPaVqhToErI","8eKq+vSO9RWgKq9reLpKI784KiT6oRhR/xOjZzhqaa0","3.14.0rc2","20250902","45QZPAmCmcKEMGQAiyrNIYrnI89rUoIJ+gj4pCJABn0","EsPZbZsqKYBd8SQP17WeIcOzWBeO0jbFuvH6kW8h7vs","O7B+eu9qq8I/l17pXZ/g6i94utYCsmvwV6QmqaBvDZ0","/vtohKamdsLCFdY+EhqCnCfY8J4TCfYD7DWsC3nMMnI","3vvGLfQm99ZM8UA+/OS9eGrxVmSgrORF6q9m/B1zE6Q","H+XwQt3H64HH4xGfAxAs8t8vzUPIq2GkO2Vhm3j3M0o","Dq337UfWhBh+qzFhaDrd3Vc4DCu3/HkyltPZyOV80wM","+6KIkkhFXXhBr2utEy5sUYdLOl8NeUtKqnk5vIK8DbM","We8iBPEnxUiD8KrD9yJWysfv6fiEGtBzyhKFTm4BfAk","ozV5Yw+ulMmV5J5UyrO0hArkMDiNhf7tx6yqC96ne4k","YT2lte5VVkpzzL8cDrHuFFrZL+WdEVOV9C+vS7Wg/AM","YnGGsYBMRrJhJ6StaXGkEgUf/MaM8FyULpFEiZXqjis","iJlwhLFzCoMQhKIXbtLze5fpXTakBTvmzblyQsBnzZc","76QK11g5TyCTArligKhht9UpUz3UCUCGpUr6JAI/N+0","MkMGkNZM3k4mo5lNLduKupyYUnRKrOZHJ9FgIobXRD0","UACVgT9EpQ4bdYd1mPHy0wala4YUpgZTQEeoiVBo8jo","3.13.6","20250814","UxoLMuLYim8IQUIp/VhQjrAgPVNjMgaDhCZn6v999qU","TaVsYSEaY0L/X3iBACS6aHMBJR+FLpomUXhpMzdrtHg","TPw/58MsNw9NwzXuOBLrLLi89PwfXsv88kt+D9zMENQ","2EdFhUZCW2/CjV+pI48S+MOnrEHyi1iC3CSdD8WV81k","bcEezLnUpKEwDz322lQfYVKgoaJia/EEY8QVcFdaqFo","O4H6MhDNuX+BIaxROjwIeCXatzHL0GnqxNfo2oBWY04","GMgJVn+Iye/kBwSzdNnAxCwn1tckJXmWFo4Q9e9DtMA","iSRlkfEO3G329Uh9RK6wRcwT7DZMQ5fP5BW39YMwzto","QLMaSIoUNPVLIKas/J/3B+WQ/fD8bOTG3oh/rcw3P/4","tvVNiQuTSV5Cc4XqohqdC6okyRNPU7peOGjaHDiVp9Q","et2nkhHcqR6IeJWEM8r5UyDMb1bbwwfQqHftdOfHm28","6+CuQiGDr2hrSeaCe3SFv8tQsXF2otu+EHxdlwpEedw","OPD+g93iBQPAaiJjGpFPZ/BHhq3EmL+EQnWrxHJGr7g","lDXrkBohfVS9lSUiAON4WtPbQOYrVMmTl79gHJAEa7E","muHO3P6mVH9Enr0YEG8pFXNnuSXNq5D/Juji8WBzHaE","Ozr2kfGLzsF2DomlC0EM+CjkF/lCRShHKOd4O1zAGW0","3.14.0rc1","20250808","IqIxBwwFAxNslGcv+3DK0dMNX/lAKdU1NnrDdW6nxZg","MgiVFOle8cnaihYo/QHrfwC1hoDWrKCYocAnJ+GhG8c","u3mfdX9hdi/TndSlll6dO09wimfJxYLZZDrUXXoLBtQ","iNJvUqXkfVwqENx7ispJRE8t/u8W+nrUJHsbb0kGXjo","Ey3y2BBlYTm8jssqOE34iB87s9/9eS0EQqa09Cy4oHA","Oz98nDIe7i2tJkhVVstbVwtS1t2ivTUyaB5FjgBvAhk","S84MQyNbkLknUcf7dyYb4ohTwHnMWJer0za84PdGRhU","oz5UNckWdHVRQcTZ0FZO0IBCO7nD0cXIpe0/ANurmoA","VMnA/pRI7Nc9uPXxZKPNrcVGWrUgtz4s1lF+e0WmyQY","1Ca5cu+texvRJ8qUsk4ehpPhBItgawM6um6hX0qU1K8","iPPfG/k9TeTH1KVRLN1fSrfXZkig2cDSIduVR+qYn1Y","tiN632zzuK4AI4k21hBF0zprRRR+ZUCpGubmaWrv8jw","F19lZLior19VFQ25iNbEnueQxxQh3lFkCEVdduY5EZw","V7MNh02vT2qbSwNGmLvIvSvNaQIqoEOhrHKR+4lGPwA","AVgtmfhPWsn4p6lQCIKPw0PERZP0GfyINqdz5OY/APY","T7SPC5vmCKnroa9A5mDwZmBUkfO5dMxrC+7v+VT7dug","3.13.5","20250723","RjvU7IsgL8ms3bmXZKyDyPuVg+WKzXfiqHmGe2QEYrY","w1EXkX8SbbBy8Sjlvz9OzMhsSQREKXNXri82cj7G19Y","3tRwZWPpvHVUnA6A0AnO1uXJNr37074BAre91ezSyIs","96wWdIviZ07BTfUyo+SNDG8hUBe1N/FMo/64N9voYpI","EFSRCgiissPayBiS7138rHdVdS9nlRBrLEp83Nw934g","uGxagAf4d1W7GSiGtAVt2ghHJce/MXYONveprJ29r0A","f+CbrHR5l8DzPZ7mlgBJrjE8EGMR25eTqpJyx73yZPY","ECGAfiTcOW2UvUflv8jVodiqKNjcdFxU2+/KzPDCPZo","dAI3+XixTLm6xg/cLDw5+XmpKDedDK3cOuQYlyLroso","D88F/fOjrHfqCB7DegqcuJPPZmCNjvcOjuxgEIvHfEk","hEO3vr/fnm80T3geQ1MXdcf/EUD147WBjFikrtawPLA","95rnQDvPs2oecSNwekUT4IT4Sp6FoOJBhpNqbpXk9mE","RFgQC0lhKVnazbwHpS1uTvTtDiA59/lzYhuetFEVmYA","0PLrZxc47bPCymbgUFx4fku+CFGDZ+z//joWyy50FdU","zbxeIwJsgVBKASdawHeAQw3u78em7Z9CrgT61ax8rEY","yeDu2RMIfS7/Kcb075mcMGlMvMDymZR5fu15U1bUzpU","3.14.0b4","20250712","yW3RSSfIk5K9D/MmTkt73+6naXn1RO4wJgFRyRMEY5Y","n9txYAu9yuXdR0JpctHQrwOi99mKxE+7YyhCA3OP2iw","DT9/DIuIG83/CNFKCZnHNvE+MJ5mPt0HOaLbMnxD5MI","PQeGizKcfJt65aUq81wn0LILWn9vV0o77bWDa0uzN9c","kEU7Xz2YJgSpUOXzYrGSiJ+CUkJX0vqL+XmycOi9s3A","uvkquPooH3Ko6LShl1qTGHaGa2muvtHrlNr+qiGfeI0","cUTLmsYrAIS4QhuD6QqrDtbnBMxfY7ocFvghaXHRGFc","25wy4RnFjZ8ldFWZ76o4O+BjI8qNhSSmxQtiNnsFi5M","MVh0Mr5k1pEzF5GcI574SuTHinsR+V6NSLgdyCACG+M","OXR9YIpUALD6N/vd72BmePhVL9+Qf0Ox2KR1Q2xBOqk","eK2sOrBpY4Dr2865aSTQ8DPiCwM+OhYzqlTfApVAcpI","DfUwXDuV9T9/Lbdiviut91JHfDWRRhVfi5ZYtxr/ISg","QygfJJNtr+LUuWci0mkYiB57h0gp1snK+NXc24L1IcU","gL20CrGdeWc2NBj9BA4FNexC64Ho4EwhSaEeOwyXyhY","TmmvxB3DxHdhNUYYfCmDRb8mI05MkO1wn6o3BjkjArw","SBgvrRuODp6/LAOzV6iCE/c4CAZ/rTViLRhC9y3bt28","3.14.0b3","20250702","jXwoOm+eGDd3dpaMXV/M6f8KnIM8T2xk2PgE2nQ+Dp0","2yUSHZo18WE+KB6tM5A6fmSJ0FBiB0Ue9J2C63HXIt8","PJi5Tfx3ydY2nDzcCeA6vA2tLq0vQKa1LRsRm9yzOrc","F2Q+/FW2totPp7Ol5Dq7DqMbTwOULi0XvQTFzVvlLFI","wUWGRHxO95q4dbe3uKE+bQXq7IYn8YcGfgL0sCYCPbY","WpyWmDS5AwcVKovc7yeieXKI/f7LkpEeDrwX7FdHzL8","ThEO6WgTqQfHRo9cExcEbF5boQ4v4jssPTDx7mtLxcc","hBKRgfwk/V/Tmo3IPF603XxRqfEFvRsicz26LVLanzg","e1DKOpGVMebRdTCNU++gzNPSFDisc1pRx/3NdMUxb5k","bxa//smtNxdJizebVkCVar6zm4MK45C7ZQWFvqwUuXQ","Y3CX2pMXvRrzSi87qrdtmPsRruP7iH3sToKWFtlEzbg","CB8BR9j0R5dk1qOBn2cnW+MwYAM2btqey57oRPL2Eb4","GpZULSZXZBVgY72K39pJ1gyYUQ2iV/DimV1KJGkQf1U","X6iLPerUwGiKBNhbHva8B+Htb08iHqHqbIRPeiSPmNQ","z/fvwC3MM5jRtn4aeG4Akp0bfEBt24bKUUcw+B+gJwo","Eq+XlrC9Ghczq5O5f1lKW/N/qFyIVwO8wN3zhN2Q2MM","3.14.0b2","20250612","3Uy/4O0q7fb/fw3S7iO0F7iQkkd+kNzz/UhSVxvGTi0","y4LBXyMGErKYOLPMCUjtcdjmItu7SHW4lR59YeKsu4w","+JlFCtFQAAhqSXL/RzRHMLSEC8uG86EM36J95QcC3qE","uSLtpDkMxctzfjLqjUZu/q7i1pOl8uijJpzMK1cQwyg","GydbdCFgLXrLMHHkVa6TWQSciwbAsAQct0IARVGClHU","UEFI3OwMff9QGscKmpcW4X0G4oQBKxcAcvfcTqoVYyQ","Jc3Zk95ZlNCZfbgvAyQR4w3n3eOvrOMtHdGICyjE/iY","a0//FMBdRSPakUaUbkEUVFsOHVuQWQaDpU5tu4DaPk0","vgdohymVRhjdrME5gwF2dYnNNh3Rs89dhuThFge/X04","5N+nVgcwJJrkacA5dRku9KUqSEoKfhLGu6mgQhcm9Vw","8+HgxmmpY9hC2NK9SjkSjoXPhiwOKJJkNg/adWzOkQY","YTg9Q/Y5UzpRBautN2vEl8yU3eih7SlPUj1TTIzZmo4","gvHTvo078Hm+qSZuroKDMZ0MjGOqdBHUfAXCLb3c48I","kIwa7yazFSJcVFSjyMgPgLGPeCAGHG6ux1D0oXVgqMU","KqtcUQCDgy18LDu93PB1Jd36lRo9PdrxroQXd38xKRs","rDi9S3EHadvOAZNwP7JnYhGBGtYtC8XJOh7y9xjtmH0","3.13.4","20250610","3jOFaaU9NbdVA8UsTnSpHSRkde67M2gb5mWIC/1hzj0","Cm6qJ3j2sr7dbjw9djwvN58OqZ+Hri+/AUg6ubLheSU","f7LkKpkizuFTPOuhlZCneZcDM/BotRm7lN8z6L55F60","/9C0hOQOT//fysJlVg4QlFb4AkhfHyfjzTFHY7KxWHw","hKYodmllC70Jz0uG4BB1+K04zaLIWA4MjFaAdPRS/rU","RPYseE8ytFalcZrRHti6ipeJD46dycl2TxeMZK0wpro","N3yLbW2mgZWavUZPrAk1ZLVf5jIx/ie2Mn0Yu74T+EM","1clXMbdd14mxN60w3XGQS4l4FzUUL8Mcn3KUnEalf/4","UPH89WUh1XUScgcbaYWUlgYW9748z/7lwHGqARXWeRo","FSXBl1jksIygP8ZlCBUQdWHjlsiQXPs7vJrczb5aWvU","kkTJcLXrpBsu8g6x9v+5ktLPmiouBhHWLC7FBwBHV3s","hk325oGej46FXOMPNEEP3Fhn0GFukE2uuaQOWAbpcNc","+nDvqYkohszCuA0cmTNn5eBnVJr0sa4Vpgh3ZJxLbHg","/XCktVD3Ppinb7B9GXeDmHUx+0l1HufuzQkopEKI6Qc","3YziP9NCWTk6UFMxWGg+pmPOtnTc8020sNqryhFlSVc","7/0xNs9h31P0azMlYZWMcMpMpLtBmSlmO98WarDVUFQ","3.14.0b1","20250604","y9DNAgmjUU+nuoC+i6cuiFcVYu7pMx9qS/gD5w9Zues","NwwhiLr1AOgQveI7LDukXGDLT1OwOBgW75RDuWdC6SU","SOAafSVCJv1deu7GM/m0qeiAWhaZbuvjcBOZZ/5pwJ4","cjlmbs1MIF27ufLe+lL5HPKlnS4c1aBBtengyMB68aA","O7Gl43LoZq59VLLUf/4P8lovGXHeJoIgW90giyprIsU","k7Zkj7gYAEuXOZrXu8oWoi87A6/xPOlku8nlXbT39sc","G0aVQ4jkoZi5McAV7F7zI+7tiT+YV7oHRlk5xjmkzeU","AdzSGIvWDU930yidVTLwugJ9jr6+lyFH6T9aNOvssDg","w1VRQMq5AfTx/MxhFi6+U6m0MpgjC1efLs+AgPGfBDo","UFqf0OiOocEe44NmG64+i0qHlzBy7HsGj4YFYZ0JVWg","/z038Amt6vEhSgPDTbD5dBjGy+ldLoTIeVoz72TXHr4","cvzorbvZ4aPK6W+hHJCJMNA5eA8UhWLIoKFpzwlQJU4","5bnoY7+zi3/0ij0SL9mzJ5EtPK27E+Ul0KGxY6yYt+Q","kQWBJFIQUgLogHhbCMOVallfwo8XuG6pJKKcS6W0B0M","1IUZp/7hS8qegHzrFxM3FRaVVYuag3SrKmN7OeonCiA","0F383icEF/4RLsUV7E62vUM3EbgklHnk6epszmQdgeU","3.10.17","20250529","9LGtjsZzY/TmJBxYHE4PyAQ3jyQ/Zb8T9y9sP7BJ86o","I5f+lvhU8w0wuHrscJTUToTc55GijfH5C9BMYx8d00c","dmyU8qszvk+yrS/U1PjQJtIbpLdNKaqrcpUlKWjDz5s","46vG4wDM3+Xo+vIg0GgtyOrk1Di5a30xKzLVCk5TbSE","nyj/x8MWYq1HV9V8/neGK4xzp0EWnppPdgOIFUqf7SY","9c5x/Y6W7Psrw/eIxdhZQwKx3vy+z35TshOAMqkGO7I","P0LYQ2nObEnuw+/nu3TQXfvS2Q3GNPtDLDc+94q9MQQ","0CM4aqYubZkbadWanrKepCLj6OcccWVIKK7lsHj1UpY","3.11.12","9sWbW1zI8gl9zeW+t0TtaRr48vQBtl9y1unO8Hi2ZH0","eBUWh8VXZb3JnkDMfjqTrnA/Za44EheU21Gc1xPqbfk","rxLKGtBTC4bC+h36hJsdOzRnAGGD+6hQ8I6+Ug2Q4YE","qMIyDx33LQLVjz96sImb/3lG5e/Mcjri/zETrYu2RcA","0bgNU4EUTwQ5zO1s6/VeG1CcmPeqBJ3eXqAYslgH/RU","JPuwx5Nq/eyMzHEfuo2E2eSrlR82c/z76IdaKr2BO6k","9VmcztItulO1Hnzv1ywyWIfgOEudrnrB40UXrSMMUh0","0Xf9HaZqyVw+6T3YwrWvrDgTqUX3oQkQ41LO94mhifQ","3.12.10","6zbfR6ms7bY+sIBUzURFRwa2sfNPjVOog38OmhhYB3Q","peBc9sXYJD86f0rMbP58gtQzld7UNI5hJpdPKKskX/c","mXEFfAuyBR80TYQWfAGhihb4Mx1wbC4vSSOsx4ySH50","9Q0I4DBLFddSsikyBHE1wdwC+Bl3soTlEoi+nZBie8o","kHdfC73CBRdXjHaOZnaukCpoove44dTb1Dnx+Szml+g","IPHlxg5Ob9M8OHkrrobvTxoLQcJ/R0iICGyrVHfFmew","EgIiIEDbEHSMcw0lqHulzS7cT/PWeuPgy117JB5NhZo","AnaVmPpQMpY5K90Pe9yrlUWRX3ltScMx+Lp9qPg7mEk","3.13.3","YE11v/84gnFygD39mlhuCyjNLpWB8w7XoKpvZOEDEaw","Y4SfIE9UBX+3FelS2fEOvzIVq6xNAC/H48/njZnTUII","GLTi0tXD6eqnFIAfTeBW7pkFeqR/T5dnKc15sQ7G6Yw","UyptswvPj4YJoMTgp8mFMVVyNkwZhovJZQpk31NJVOc","AqBZKIDi9aR+TsBY1lCcvrrJ4BSEdYtxR2tUvVXop4E","RWz08+9dKQ/ASaIilyjTGjsFh14kIp5XiSvAnlCrvb8","kqvXgHDjUCjPGRAeJI08ae/lvnq92DTezE8RLxMKyvE","m4LrTSHaLQM1p1otFLMqpn61Akbmxo68XRZlwJBmJR4","2zVR+iUNIHeYntUILK6S264Zv1Y19eC4qR5gD+Vquyc","I+1ofkMGnGKOo2O1InHl1MCzy4PqpAq/Fkm4ta6VS5E","bwoHTeM6rqF/uyJ+O0LlyXYrOCvw9oOiazan4gBOHR8","kEGw/YxO3hAMc6/LbFpW/r+N5vITTYl0BIPC2nTjx+Y","aqNUnXJId07SHC0TOA9BBNZjqWVk/KzUrZR3MDplwjY","48P0u4gJvCFZt9NieYY/ElUd4SqWIUNTt6Mvn13cvqY","JzoBg+YYiXebWIw5K0UjT/c9t2tgx1sNNDrnzF1iL6s","UG22cFH/WL6tBjm3RkCm3TuRdnYMFziu35g/26yQdro","3.14.0a7","90ZJ/0nWp3Vxct182YSKWg9cRTVbpGCuUW1M2/3uas4","JjKq+mdcTW7pCYE/YHEkNZsCPplT5a8NfY3Me6Wcs4w","Xe4Y3RwZbSmDXZb25zrOI0+SSEsb6QoXck5At+YuVog","uaslZrHai8BI6SMywzQ5zVeyUb077xnz90CMuSl7KwY","QdD+GKWaub2cDB2mRQNLWQF6a90BDdEViNQ4AlKeyIY","LuaOA0lxaKgMuN12nLL+oxpvwDFhDCVMxYbUq5Gm6KM","8zF1XJGCtf14lYUTpMmhSOaoplGJpo9te+Y6JRrscRg","Pv7EB6edP+yBmDaQF8NshulHFJ53w31faK21JABUjPg","w8BoiNbN3L0YAGacZfNOmzw5e+BGcohjuqqnl8yRR2Q","kdbgbueygB5wR3CMMr0c4Xy8A7ub8LYU5kBmSbT20uw","HU5i65dVV+RSeEGfLh8JupwIXSpg8zaxaohfQ1yQ9/M","x4axtmpDl9+BEMM4zfYVDI3JsAfbnc2ZdrVVv28vdDM","eINZGyxaAkaRI3MgNonx9X5dPZ+zrt7U4ZMSGOuDhjY","tzyuxZuZ/LCV1iQcq8ryAD55htMIaR9YRe1hwkmmiUU","NMjHNcnFOhJGflPZEDsYwvXFgz+QHU4g4RctQ+qQ+pM","z67jRu7VooPYZQm6hsETjk/NjigGwksmCRH9LDcgkmw","3.9.22","VdPKc4+OpfRuLjw+nFCEm5T6CMZDv81NuSFVhSVbpWQ","nStDo2GHKI7LDuLkggHU8W6IVF1mavXDnUwr973yZ7w","4VImaGMYpoLv667Y0DEKgDUjTYg7a6togsL4w9xaETU","SqA+tg/Gk05A2U7ZFm90rahdhRQ0Znr80VLUbh2ZXb8","yrXD0gYNX17/geTNqu5Y8lTiwqSSCdmEOYiYfR/43lA","TfO/CD7Ez8nylVBbRo2cf0gBxYNDOmneLhy3oX10Ckg","/VtKnGmvYvh41iUsFaEqG4yZ43AgB8vNXZqDFECLjIE","fR8osfJKRPkPA6hHthdo+Ig/Ufwac/q0ONpPNvqTVIA","3.14.0a6","20250409","XoclP3X2WmWYkPxVnCTP5PbZEB+FXGdfvdvuZLgjgPY","JrYE33jWb0jbABXob45v9X3yfUx5QbCVmV0qehHNB/Y","XhSKk/x9X89TvNvhH06TcoV8SlMw9rX6Wq1E9yjc8U0","p3e78X4lHOyW0Uw6tw9nzOdSkwpVQrjgTOIuiSRwxZQ","Hyc88pyMY8qJ+qGW3lcswBacKv8OFJDIFY5Edr/A7Es","q75xqSp2THEbpKblpcFcTAZT9j7ABOMmfk7KthM498A","HhOEeF7nVLdIb4OlIPNXfMsbBYVY+AWJPfaEtegInpY","pGzhsWiQTpaIV6JYUWth3rvUZzaAMXXn7u1QzXhDOaA","Re17D3aLWA/TJRV8Wl7kWRQ6pevneoemq41wFbWtaX0","Mwpxx1GksciVuj7xa8TzQwMgB5vCSwEkIlfgUrgaCrs","pYx0RrUkxOHSkSomJGyQjQkn6G0AZXoRSxovqon/bqU","Pf+Il4LVjIPraUfSEnptJLb4RdeyxijFrM92RL8bMCg","yOP6jKxsNbrTk+VSKVOa3nAqe/vnMiYBuL23Ajx7GuI","1r7DUKQG4i0/KZPNDLgKrjdmfl3Q5rvLg5oG3Cf5Nqo","bgzBQydrd1WETBfj7Pstrr5FbSs4oIArctcF4b7n/iA","5Wuu/gcXtcWnyaWHtFSx01m4b8xbgB+XY72G3rL8s3A","3.10.16","20250317","j1A5BMZXZfRBq9M9qqcPFtL1es2n/AcyVhTPp8E+1F8","BnHUzn4DGu3/W870YKneIrn4g35YTvwlPT6TxCU3dtw","eNE57n71AvKGQtLm5XxQjnqQnaCrnkKVxo5hIrrMKm0","6NftjG+Mb4XNCD1QUcr9jGwB0J7KNA0dp00MAP8cuJc","m5kQPpQruxC6Ij8HFA5Ml2Wq3mPCQeOxKlCOY8lYvuM","GbYr/yCO6CyjSGCj019SlAv1ipIeevCWIS7KqgRPP1Q","O8660EpxcQR0MZWBtaKUq6qsrbdiKwitRil+15H3FgA","1Y0o0akCJQBPg7uDmc5naeQ6ruqrzzAWNgVEJA2+gLQ","3.11.11","tuCiYWCkqVPYlTR1FjaWaa1tMSWEHU9l162UWg3XmRU","aLxXQQgsVW2sFMwpobHoRQIEknKDbF5jhNlwKwt4/r0","0O/ujIEFGVKcf2H5/sHveaCZR+eBzRoq1jdxpvHHuTA","sHNu5oH4i/SHaHtSSMqfsV/l99WE99HtK8nJV4MAsJc","Upi6iGT19SFTd4ljM/mQXlniRqUX/JeTUJTvT5Hn2GQ","28p07FiDJAhoA/qrA7JH7evId086e7NKunBFk8JzKxs","5rVLxefAksG/2AbaQxxVlOAmBeUM6CbzbBZxQfTGI5U","SHAKPdXfsAoR3eVlD1otChLgAr3gn0k4aUxbZiLc/+Q","3.12.9","thL98YCm2ODwpNHMSaJbLfgBJdRMr2D22+1KonYNabw","GCNN1hBFUVMNF2uvfwaug3Nv/EEAgn5tV30RtTyWqR4","q3KNTfMSY9xbRg9y3l3oeCujwBaMjBjfZiajh10COgM","o2vGDDj+FG6Qji5x/CEmbIVYskqUByJrHYhyEoOUN+8","CFo9RYgNXygNDkD5Pg8QZWee0y9sAyhXfJVmHhQf0eo","oBcn778SOHLXhSwjDa1BPPGdayShr9nA9wYfyFYOX40","ssBInVSzrpR3RC9uxYccgr597UwssZwH+gwnrq4f1gk","jJCteuSK+34Rs9kpfcLRQ7G5GH68Bf28lJMhCsmrlG8","3.13.2","D7zMASflj7Xm+Z73ev4j/FlsRjkMaJ1X7ruHoXn658Y","/2wpTSLxYz2ffKpHhQyjWPDlmwaSwhvQQUAZbY6417c","zVKvamRJ+lbDunzWbM4MDE78GPxjrhFbrfOfrmfHH3k","7pCanQ+xY3Xr07PKAyL9nKwJBLME4orWhScDaFjjAek","xbcw6V7QOeaK6zVhOohp8GRbLXz95TORcStgMHwfPFA","IjkrtPCHmSOeCpPurqNiGkbputlDTHccmxO+tH4Pqx0","tb4CVI+7gHfOYMCvbRQ+Ub0Jcb62W/7obMHlAH2Tli0","C15Hbo7FIfCO85Cbl6xFK1JOgFcRvJsdDF5exzzyjck","aCBXoOPf+yC6ud7mbJyQ8zK9uoZInQmgQYtDNZRR1ns","OdbntK2Gf895lReRa9bkxgpcBgXAsoaWWuIpVPunoRo","UM8frH8wKj6bk+w62V80HFnv4m51oEaBffDc/y1Dhgo","GupQYmFMA2kEtVwcwvtLUAt/b3pMrMJj9IiIidNV7vg","yK3YChuxNn9FHwvjOSDsQApVyqG/7JrNMuuwn9XqOhU","/+p+WOzt4LLSO7lTj/LOmGcIlTYSMFYbDNNxOldKCRw","fDRTcugFyNW2HYmmdjTubig3V9u8/sjKBprx8h9Sjzc","G0In1AXKKNpuiaC7dg8aPCORypDNNmBz1WnPdBR3ZBg","3.9.21","wc8H04zxq6eFYJiZ26erbkb90u+BQcsdBnkXtfGwOKQ","J8K8Ihj9X7yN/Hsyk/RDGMoyILH9RRq/c9IHnRrcY+w","Esnypi1sh5G3KbojVkixroV3MmFR8OkBjm7CeO1WVfo","g35Qc0kE66T1o4XGbDGyHYgFguunkSs+o9ceYOVvWmA","NnlG4um0dHVhbtn3s17fo2xHxghUghTXMl6FxGJQIQc","bPpGBo1jbQcaISexbT/SoECMwbnHZso5dwkbHMdZohQ","pk1C5bCS4b+ktewq0KmpTQWF1Bd1+qGIEWhSz3wHl4o","sXk0FrfFxfPt8wCGKhHB+ZjwlCvyeHx1XlaNtUM3eXY","3.14.0a5","20250311","5Y55dfnXVEtxwY73K6sA4fYTiOCpodrrW7zY5lG1xzg","vVmEWmt7c60HTvNLWAMrjB4yG73l/JoY+wy1CfgLwDM","pu1pnDaEqFv28QlKfzrYYWHVBWZ+iL+BCUPQ1hA80fc","4fq0+GD6nJUz8F18rkMUY9dDUK3N0hleh30xqjcNr3Q","dQNIsWAR+DKzRTbnJe2UOJlsc6crUCjE2amqEpUdBg8","9bavhX7uiwNyxB5xpyDcR/TMwP3b9qFxLoUVWYDdi1o","bqgmexCx+R+Cd1pyMXLslX+Ug3VIU4DlL3Bher+7WTo","myDTL0mjbZ0ojXTYbOXpOC8RrDV95cWME4myf/E0ss4","AJnvYeWrGlSp1AFWIu0BUJfxkt0QkzPaDT+YNyK4vpE","a0Jr3U01utfq8ACSyuIg0KXJl2gvyTfvy6HuhkOijwk","tL47zKwpjOwD73gFmZmcjah4oxh5naXg/E6V9SO9NSc","zUZFyqBCd/FYlbVsxEzPfjTI1XagePnY9xWrBGH6K+w","9dRUK0aJYzsmPNfpubh/2/EuqW8t/5eKtWL9+iK5QiM","63Ldzcoo7CJ6s7gXnplXdQAszF/e0u+z+l9xeiaYX5w","KBOBJaDwlx7uZgrxoz4GrjAQnwl+/9LeBQtZQs/NicY","bIG0cJw0kj62Qv15Br/mNR+BoflDgWjXfcF2sJC/nyE","3.14.0a4","20250205","tAdlWEKHJNHXmtf4ExFopSVesoD+ZEnubgPvufMiXug","M7OkhU0QvOm2FwPTCJYDZ9yeEaZbjnMZi4j3uLTbT3M","rqmWh66CMsM7BYahv0dHeJmR1ANl00Teo9Qq4rzcfK8","0DGS9UrOyoaazlmMRKj6hTX4WL1+hH8joWQ1Xzd3KhQ","kkh/Djqz9lKiG3X1UexrLmQWbR62T6pWd0qjqqf0UG4","gGHqtNDRjTJ3iq4gtEN8wom3WiAR5si/rRMFAfD7Pow","RYgMi/1vf5z1i4DDN/6u/yqazDWLAhDx1zvdT5zjyXw","3xBVfo8vBcgUM3AU0+BnRppnsrObAn1lPw/2dRWq2tQ","TbDJgBWsSWF4r95LczH1aky3SsU0njCNsWx2AgGgmxE","o8WYg4rH/OkCmT5dL0DPQvcimjCMjMfaN4vjB41gllY","Q/hGpLeUVBemVP8gDVn5drsS+zVXsKj9jE0kfrj6crA","Vc1VUWG9EDMuE0X9Yg4bOQbPEdsvgLt9RKgIop/irow","Fd5wsBKgvqv6vID6M0BwNesLndXiGmKpbg3G/2meWmw","8FEpmPI/LOz55Y8jCu2/R90R1G3Y84SKSgB+QP1oVAs","VHDBtn/BWCRcI7juTRGiTG/g8cHGaHjiRYyUCrX86vo","E9uuWIC6sSvIZYMLtrws4WVh19s/A/2Gwae59t2kY14","3.12.8","20250115","kAD2W7F/4a++0aB8xgP//RR0s2LagNmk+SbKSdKOOiQ","UJo+9hgTaWga0MNbn63SJXAoi8JJDu+3y2cauizPvdY","QbWQLt7vk8sla2I4m9qBdBUC9+Cu5OLpTC5gudLfN/s","NKWhYZq6FlROyNbyJb5ZszPWUPWJg+7KJRk3ItyQFv0","lPNfTQFjPHCEeRZvoXJyjvQpcKlQc5lzdlxJQ+C/SZM","goy4sUJKrQVH4fLuQ3q62t6W65bBU3gfpv5G5HoQfmM","BmsuIdPRPUsEVHA4fHkJF1FWrapWWZ+vDLk4kQbSeno","rbCbnB3ejH2DoLMDKSbMtI99VbUJRUNj2dlkNmpXVWc","3.13.1","kF29cYwk+tVr4kRUwmoV9MeswWLQ9+HIwZeRzvqhTzw","1rn5aG1T1droan3CxD+QWtJGTnHcMxfJwDDGmk0GXbU","d3xy8N46FVsTM/uPS7BrA1xR4Fw+XM8imtXb4nczijA","VoF6qXbkiGvsFndpnBNssBwc3+BJUQTA2O9UZUGGS7s","NQBIMrywkeLrrCUtRtmnx5HA6oIT5Onf9ylIBkfjErE","1dHg2RyimF4jiUVBLd3/Tbfety3tr2PrXUJuP/lBg2s","bTP56DJ5GsP4Tikjmox4B4bw7e1DrhKVNwh6W11AVJw","Te4mdwqdhdjt5PrPV+Na3aR4i5CyYeOYq0RqrX/n4H0","iLfuSZQSF9HH1ubUzRKF/sb76au1yVZJn2qtdQiebaM","DYzajN70v3D58DjKuLCRZpp25XxJ67PBYwh408jX9DA","L19I2HOxcjH9Of+iZCjzhUMh59Nxu29m2Wsnu2jP/80","HBzWS+Ym5j9ercbvb0CmEnQcsdQZ9wqA08YomOvMINA","vewvTd8fITtw/C1AvoOqa1if3phIEHrKTKGSPmXYAqo","cvy/cEMlzjqJ5cMYa0CllvVp2+EQRDtvZ8aeE3A7OZU","3+xBGEhLVksniln1He8W0e8JOOkuK6sALFiXGN0v+IU","6ldH/+WZ33EN/cJIG47Tj/3qYFFQYunPxlYxPWhfMLg","3.14.0a3","20250106","eu2F3DIZG2YBq/8+VfGTN5Xfl/raCYITDRhvYSt0VAc","0QZjNExL0RV0Sv2lRhYFOgBbUVZayfOD/4wrwJeyDCo","CRupzx/kgQ/F+/VRPVvsS/8lW767pGBeo4Jfj0u5DR0","8UPUiJTpyGWlIJgvKKV18ThiO1yhTKCC8SYXHMukZpY","AO8V4tuxywO2Mhyuqsg1kH2CpPShrBTJaNaBLF4plPM","WL5Nc8w3KzN7xMkNWmtxV850GFRZKMBj9YIslFctsqw","pyywEWplEcIN5jUKH8ZkuW+PWvS9wQq9qnIIUmpyn60","fVIiTX9DotnVmgvB+EOetfEsGCvDl6I3DTMawG6tgfw","O5u4E4cPJZxzo0APjeIRw98D01RNgrR6l4W7FBdBB+4","L5Twxd8z4n1eP45Ty5anjPXyRTlh6klrW3K7Qa6FXMM","up5RGwIN9+BLX3i7E9fLwHduS920EQH+JvS/2veyzWo","9PFRI3tOtsaype00d29mIb+E+I6Rlf5f5KRKREa7K6g","nCjtB3yk4qMCTA+Xb11mY2z1nQDSMkZRpKlMQGf2N4M","HHvfumy2NXliYB2qdUhgSFD7CJs3oT80gm02s/WkhaI","xIaGGne1lk9kC9d2Ki0DZdealSkcA7H06dkPp/i/7nE","wq1vX4V2SrDs/CYrDMsgmuqdo5Y7s6xTFk8savEZVa0","3.10.15","20241016","qF80gcgRehG1qk/aCm6xdLVOl7EizI+Dz3c6h2dReFs","82t60k6tVkRVk3/4hBo+wWoZTZ64QR7QRwoPvWJ8aD4","fWFimL/9Lk/9DnKrN4by5Ll1nc1ZqM96wA90qGQtVTc","JfuOI807grdIB1oE/RjzGDzHMWwR1vWetLAyaEOJJgA","X5MSFeEzaM4F7SCDfjrZnNQlVk2VszsStP0eUhbEKOQ","YW1gwRIUm00+4xf/wHLOsEsWPt+jUCTUNczMvXybf0c","gCQLPE5JPXijVG8vUnWtvsog97Lak9m4EehhtOmSK5s","gX+hbxor2jQ1z5l0MEn9B0Sue/HdtSkTGJtwK7dECN0","3.11.10","ZK78BCNS5r0QxPYA8ZYq99/sRYY4X3I8IYtjadPyEaI","zpQnDACOl4CjvlIxIjoDQuZ2uuBMswt1VLBJao+nt5k","Vu1q7tR5UjW09DScTAv07oH90ArYVOrtzM1cQziNdUU","A/FeGeJFJkG2N1tZuglP9s8vwRgxXSSmymPOYOTUpuA","kjnSvdE5ycRh30TeWeER4uoAxUo0d10Knffn8mfbpHU","ueb2PW85eNZx+CFP68eel54pbgHKG+UVUsTIE4ZmyHU","/JIhmtGI5X1nEWwVwLHy0ku+2rutDB2zMjY12pCeM+k","pR7GeOhihtoaxKDX74Xu8uiJAYYx8EY+a4cbGjWRrWU","3.12.7","IFOVhB5ufL0z1QS3isgXkjZIMZEYZkFtp6NNm0oG19E","rR0r/MxwBmEq+T4dv2dg7eWwcUgUHQygWn1gXqZmpV8","FywKuKwBigtEpH8Dp6eM1YO9weYM1c+/fQWyacXXP1w","Ok1Tp7o5FsDB81y75XBo4lcbE4OJ8pz1w1Nn/sj0xhc","DwibVmM8kHV71wJ+olSPAk3Rh6CMFwLYvXb/nFB3I7Q","5IxFJkxbLQUYiRIFe+ZQavwvKrBbuxYpQeRZxK26UPc","J7MywnaMrvk6abyVXwTmNw+0036+fbNwJfX93+OJL9U","/MZ4vbISwvM9Z7neHK7Xou1kOdJx3ooedl3aTT16Y4s","3.13.0","XBDAsFxmvG/JqH9FasFgYFf+GGXMUl637NmlZA8VQmo","qecF9xTMvnIboOKbgObypfCWDDkkWVneWMgHb9MVFeA","Nr1hlw3B06cDTyZFqhS0e2qhZpgZ+3gDZQtaeRmv3b8","tedNHhZAK2M8bwRRlhgjH8Dbrn0vnksawXwpTMPT0HY","rxwzb0gnrYb0vq1ScUW8ma/FwRAK+n8aH6VVC6sG0rE","uHHvU0i5WBePNZ1wFYAa5uFJHWpOI+bsKh9SMY7qhQU","Hs9thAo1DO0EsiYPc7p7SSQs96CD1ldHajstp6TU4cM","y5YQniXIXiAqFKpgNKCbtHTkpSN6K0bnMjAMk+D0Q8w","bdcltYZuGT0gG01jYb8DsqlU7ri2d4jYdcpJkXdvhS8","/RapV5AgOJEWPbdytoGFIu6IeFftrhoc1oYOWOr48wU","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-freethreaded+lto-full.tar.zst","itf9jddMrSydWiaa1YWIXvK0FGimkYBPHdZuHOyChss","pzre2jAa2EPM4F8xotPnYiK2VphFNae4dpaiSgmLIWw","bFiSeTvIFXkTGRAjHd7KfsUmtq9Wyv2fDTXWPpZTvww","OTI7i9I7uL/imJEIpb8Gdhz6AkooYr6SfC4quSUblvU","jNNRtaaoa73+AOeFmxiHFa55EE39w0Jw5ZpKb5WeQmM","/2fXGaMveh2+JnGyZCWRXS5kWo2i+TI/GP7NT4DKESU","3.9.20","FGG1Nk0HpW8YeTkOrsclQv4N1I+jac5FB8VVZ3v+B+o","DiyT9hlx4L2m5nmiEcHhrgdPQ9IRMyi4MEsuOMd8WjI","aTo/EpqGxIwXazXbgergv1T67Ik/6DhuxRFgcGOMRxI","RNnQFvmCDznlu1QnglV9RodradI9CiBOsvNnc52mI+A","dr7o3eRc1ZmH0JGYmNfc0M/uF9h2wA6PNZNEUrY2BP8","XtJlqpfTDEn4cQE//8y0kZtcz4g0+ZulyUR3XMgp9nI","4IS4nD/COFvMMJghITW5P1hBppDBUAx3r8htN+OJnm0","Jc0cnpIJDwIhKmSfqdXF3smEKRfqEfpQTGa9AuA9PRU","3.13.0rc3","20241002","rkd9s1zOw5ehnJ1hJxRVrfSRerNZk9vKyujRJokPaxI","KlBc2k19Yt7BgpoG+lAutRSjGCwZOy8qr5wIvMsUPcA","jBQk8lAUGbiFYJUUl98JXILoVq+bj4F/lr7t602Lwy0","RFFWxh4cwWf3uHd60IzDblWY4SzSfgdFP25twPYuQh4","IHldK66LJt5VVJBzU/pLwCLgkSt3KAMpj0tWedzuxx4","CPNl7BqkQmZKnpiYjttiYOQLRzk1k1RpTG8e4ytYu7k","cWwb9fMprJadCzTTMWncEV5Mi2X8m6ZPGx0mNeUPNqY","kqgPOJGahS7c/2j9SJFSpAjkPGXme4AMAoAcxY8jm5U","3.8.20","o6dQlFRZEtTpQTZzRBs/DS5YzpsmRHf5EIABSIAczxE","MRwlkoD7U4RNKB8sKi9Nc0P8UgYop5z/SI7n4EWEN1E","3.12.6","20240909","POnrXZdNwhCcPiw5hvSIPsVAOzR5JZ6ngUdaMZ+aZ4c","jcwhzUXAmyc8yhfEsUTCbBqeNz7shx1UDMB2KrnILBI","3ruomF3zikkuj8S3uNImFWf1bq5xaqdjC4NlI2JcapY","sIBGPk8MRS5ZLNrBypeTamoZuz2aZNpmmlDKhD/OAQg","EVoV8TQSI/+BogplRw9BBJp68zWkAp6bg+hGeXmPtVA","ZDge6fsjSTRODi4GrxFBMPnMuOWF/ywlUBqgJkhRvbY","T+IWjH5ZX4O7K/k6hHYt6E7zRBquueuHINrs2qtJgsU","EQqLqVlDr2swGYx/klu2VdQldwSr4otM/dw3T/NnMS4","3.13.0rc2","5g/BdvrWNrvSh+kvnplUuLENFkmE6Y9R5Nw9RzFPqKU","vzSAPowFzbTu5d9bBRzd7Rcyl1yZERahr4I6KxXkm+M","+42H4hvQy4O/u1Ml8tsXA2VyapysWN1bVS+9CEZxt4U","GJOiGHCdNmS3orgPVZi18lwMP+K8yNChx17sa7uT1gI","3P0Bb5D0zXqMCc1i5O0+gJMB3b/KHRfZez3KPUDE5yk","GLmvwCTlQLQLZW351Yr5zsnAVKbIg2k9FeWODkk17Qg","vQIb0xdpq+xCoHz3fMSTfcg6BxO1A4Jp5i4mjw6WOdE","hZW+Qup/pD/+ZnYccTrUtg5icNyhdxSR1U6NZVa7YXs","3.10.14","20240814","MnBJuuuDGfCjGhTSj85WCK9UbCf7CZlPVuPA4X77SMM","lNe/RyVRSUx1oSJZWzD3mLN4Wz/M4xnhpm97c1g5nBU","XwsJO4PV2tMjRjJp0s1TUW5R7w9ellABrIlHRQw/yRc","FZxFa7SjgCuvvOBl/1S5ndsWQiUA11wTFVc+47Zzrxc","VIDtGcF6CH3rPmO1EhfsX7aimdUxUnIcwVLxF13Rtj4","wJoXo0QcTIKFb3L6rSt242JkWAv0EEMFti+tqQPBqbU","8bDTkFxxkhOYnpbAbncJLbhsnhIIEf/jEEclcwJMN+M","BgvNAeW6nL0/W42pjBZIAyCxn6n2fPns+UoMILoI224","3.11.9","b1edmy7GNbfMTrmDcZrotO40JI8gVJOcw7GyO0TGXGA","1u63FDiWFPqVT0nl7EMj8Y7MvHAMUWUhwSl4YDZCJs8","kiR/M4uhMun/bksN/8Lqz6tpWFUrA1TmI/UBbF6Duv0","2qSHx+cwBcRCasOTJzEXzw4txKubLu2jZuBM0A7qAMk","oJzZ41FrOxoeZUt2jxA3t4eNJ4NqgeSEFRuwu2HKfMU","6Xan0D35Cu8HwqqvyoV3u0a5+UjVgCBLw9GSS0sRKtE","nTkRI2B3chyAzXCsbD4Sv7HzdANSLYKseXWB2it57f0","H7rmK8MDUS1AJLtpyrJnZqWo0SOGqnntA7X9j0wIx3s","3.12.5","wAZNzZfloJtf+VKfxlz2/XqKIPcacFD1hOyqDMjDPy0","ZBTxxLDvtcHy6zCSbHBRnQH0ax8Nl9QH/lPjYIZaSiM","1+gvz3LsX67fur8QhMpV+FCXGlWbpUNQ3jEmY1cPR4I","EGgLWTteMYMyGP2DEE3udK+XCjRjQDoiuuYTuVKjTo0","ONMKMRi1HTUCr2w1WCoyH62F9JqTQ33fbnK008W8vVs","JfpnJaqtXLvlGtc4vTWFe9iGo0onjprA9/NJ7x2tuCw","gQuftJeGJXYvsPQzrZYXevkW2OuOKM1HvfXgjOTVSdc","WAyqELHGYUCdNWI9ILK1b2yPTCYxIrDoIoo82qSCyL4","3.8.19","DxV527AcmK96Ev70yaqKmdRbkTk/ZEMfXecS+JK8XAs","C9TcRrRR1AwE/zKeyzDmqes3WXPZRXQh56+qqoZhT3Q","3.9.19","HYF5veTbPmz/rEX1xqEF40KlCoVLMWsmdgwXujK7Fko","ZsHfljlOQ4Jv9e1/mArZMkGvHj7CEs6StI7+oYPouds","cJj6jg2samidUonnYbhfcTtgfEdr+xwdoTs/hu3OhGE","O31XS2u/gwN4mh0muWqB3MqQc4FEHOFYGMeE4Y0dspk","MK7B1FARH8YYlz01oXgx536QA83Xc5XliR4wSt6HTNE","WVB8UDaqyhnVPw43DZfozHdaPniU24IaumTFCQ8Jig0","jUqRukrwCeDD8UrF26spACZ0cVy+Qx4xm0ENVu0rI9g","npOBQKjs00MEWgwMrXcWXbi7CyTMaAEvYoyTeuh0ghY","3.12.4","20240726","eY5WLraLjYJcJcdHuZlQRrcAxbr76PflWPQaPYpXzrc","aB1lxZ9IxLG/4p8IyoelBiDJrvMI4n6hH74u+M4aN2Q","UH/OhnbSOvEvl7H2bvqHY2DRn76JZ1FjoMfF1jF2PIQ","ygdq7kMp9T+Yg0brBSGtKiz39yO2KWCI0DuY2PIvVCA","VEnTGtITyxnrTnJPfPS40W5bcChZOqytC/2nIhie9Kc","93L57zaaaQospbL/d0msv04xE0G8/TamUdz2LPVHzLc","WtQB26LTlX0+XUrPPUMWvsiK1EvsnXKTbQTcJ64+wXc","VDJLNs97aK8926vR7EgmkaI78Fmn9GqMs/NhX1/V2G0","cpython-{v}+{b}-x86_64_v2-unknown-linux-gnu-install_only.tar.gz","3.12.3","20240415","ubkfSG4qUrbMOSEBJFcF1qtd1q1KTis0krrsjkuWUIs","cpython-{v}+{b}-x86_64_v3-unknown-linux-gnu-install_only.tar.gz","7beGvxWpKnxA/FrOI3ZzbXP/NWRYt8JNoM1Ajza5Rb8","cpython-{v}+{b}-x86_64_v4-unknown-linux-gnu-install_only.tar.gz","eQ5w5WWz78Xx0UKU98wIPR+yqkwVB01Ufo5rudKttwo","cpython-{v}+{b}-x86_64-unknown-linux-gnu-install_only.tar.gz","pzund7XVXKie3vcJ5rhSHj89QolYHxdMhpmt+2CNCdY","TnwRGj7jbjrfmblN4LGrlFqFazPWfqNuZsmF6pOsvak","x10jnr/Li1Z2GEVB7POhZXeyND6I9SlxWSilxvSGAbA","3dc2O9ND8fnThFX+NX1mkdgF6Pj7aqHih+D2+SVtHes","3tks0DSzPflTxJDTND7xh6wGXR/NeOjO6JS+GXxfl34","3.10.13","20240224","7kPnCLbEwf+1sXtBxRMFZy468v1oaWDk4CSob5acGh4","Mltwjcy6CERmWBN1F2MMGp/jhRl4DVFqdgWX55qdjWk","wc3ANMSDeUpHklcbRDGPdgh2m1stEWY1cj5L1wK16mk","2ZXQMspwKv0vw6aJwfhKbGSXLs2Cu6dqYdUl8I6w4ZU","N1+kiAlSoeeMCVcEy1C7AB04yTwxctDFVMF1GrQTgyk","UT2bzcy+5JUcLUlFNVeCIAYVQ6fBriApgHZmQVKRAKs","e6+QpkNCGYnuWSssSEjxxOUVwjAgZzBMGy1OVNQoJpc","QbIOnYf1fSf2CGhbcUpX7qgcngeapkfVmDfsZllTZiY","3.11.8","5PcNy0CswjQtYxA4CKGfcoocHcng+tU0QGHaqrA6TOU","UrPiSwjlPlCYVhoTph4o0kEjEzH9kD3LKh5BYfN1PcE","42PMBBpEZL1yl3HW0iPz7BPB522s3twgetH2+3d7y3E","lOE9DlrUFwNbgFgPPok6cuCUsJANXWTn40qwjpVDmYc","G+2Sqrwxddo5gaL+U2DYrsPHj1XFV6H2il4XsfzjswM","NJ7pvzZL7gmjiGVooGVUTk7MoqfqW/X+av6ev8LyJ7I","f5pgBzP9ICFwZhJJZEoUF2NvnsGUsPRSc/dndDdQZtM","2VnEMYSHjVZLU2jOTXU88FlgCq/fPlAoDoUPlLWkumE","3.12.2","rf5cGmA5uIBrPe4K7V/oYFQNVSMb6H30iJGnhEJ512o","CrQI4x7MMIkwILYX3QSa8Ft2y+i7hYWyifdVV6JLz9Q","MuxCaLTRakKN62Qt3Yda5uc4uFVYv73EYoAY/y5bnpU","V6N7V/gkPKpM2sAWF2GJVzrXYg8LbaWUHF5AZg+UaKs","6GMugp8+Q/0KmqFuyMoUQY14uk4EJnOgHc0g5sU618w","nYUaiPsug7jo2ecBAqceb4z1PCeOgaReFjsXMR1CZbQ","4bkCdVATycJAGSqSyvzmjWgqVK+JU72yP1/oioyYWBM","FbYe2dM7Na0BShOmilXY6lun+3CUVkR0f05Txlny/tY","3.8.18","WuNoJUkjclVMAnCL3Sa43NV+Pb80s9bVma2R2TVAsrc","GJrjuCScVyF+MlP5/ImFfgiHY88hB6PyKrKsI5j0GmU","3.9.18","/44zkF0RSlkM0T9eF1kO/WrVbE64QcmCCGPaL1WxOGA","6Fp1IZfXx1KaGbg8F++hlMh0PLxGCNXLynfaUGqzCVY","MbFUi9jiWba0qE1p1t3NJzl69ZceP/rdFi86OOtiP2o","DlZjAlEhGGvRfTMVOKRPSLQbr/JHiR0BTz+WLL4nFrQ","FXSpl1jK5Nv6p/8PBkZP6Qq1/m59rc1WeqMdiiWlPzI","vBzRN7CDyetR0bImdQ4+zEhMZ1e9UjhbyVh9D5BoncM","f6uF6pWV0DHqeKiy8SLRHtbRn2XgLe3bBaIyz273WPc","4fqSeY+rbztEpI8kuOKEZgw0c41WBoGyBvDesGFkZfk","3.11.7","20240107","LN05kQDmR6qdOB4ZfmqMmOgi7Lj8G2vaSx61VNv7gXc","CN1XeWuPzCpzB+1NvnppzzWFbLKaXHn4J/4IoGY8In8","KFkM9WjxktvFyRgUMhvKi/50nN9eYKKq2WigrnTWu0o","SlHOYAB6b6z2TlSV9M8yLjEbqfOajNPz5MAm6uSI4UA","JNunAQfKOZnAonQrO/iY90CgY3NvPNII6A4Fat8ZzX8","b1JGt8uMw2qYAlxw+CnS5dGXp9INUfIcpEseQkKxPw0","dOUFPz9A1OoBjXkTnYpznAqw1Fe4qfFZehYL2I+9WKs","AbynovRX1L0rNnZA2TN9ErMdtz1nChZQC3p1EZSUIQM","3.12.1","ndb8WhMmmFiWST1HXn6uDQf23g2TL67zxLBL3YG4jAw","p7zGyfZtvUfqmWFfMPEBxdLdAITKMz0vczbmQFCVEzg","UQ8/PhhBuw4jbfrI29ZoCkmQ1goGC2lyl4y8iVJNRzY","dOMwuCEsoi/U2aIAO57sFIkhVVZnOP68jl5XLyZ7lHI","IaUYLEmZVL3hA0THzDup9po58LSFqUIIcb32XyZYe7c","0giPU6PhYJc+w0N2xai8T0MGJuoVSleoroaPN7QzIPM","tcZA/93jPz0zPtdyh4aUw755yvVwfePaI6qPd8+tQWQ","ie9nthe4yYBJZVCbLSVvU0Oc7t6DtbZAhTFfA4rYHmA","3.11.6","20231002","2Tlh99bfU/XoiM4HC5LRmn/OWIuwOr+sK288W/KSPIA","mi8rufyn8xUC4QIwb77tjOt/Y09DdqCPn2MMGYL2L8s","6oUO+y3gHJOJWA6gpvVccnHdMCizH+DMo/+XFvtYCHk","7jen6uboAUjH46vFbkijl8FmTwRJIEY60N8Pxwbqzqg","LvjfDenEALXVeXH+W8/za03KJBBQSp7b1AdXLqYQROA","2Wwm2IlmhzGE/A7pnKe5QdJ0tmmxsR4YV0n8Bl0SkI8","hlUG8+sf+aJfRYwbRtT+bO/6yGnKAcIDwljjVjyHYw4","bniJoV2GHxhg7YTz9epFhtGYqgA7IlVtkeGApEGE3Nc","3.12.0","bXcQyadPYk0f5gpaAe1tuHRlnZBiILHZigp5o2u8suY","3MrGtQWBq6j03c60J2WJvMYCpnLyRh4XAHaJDwwRREQ","E/TCDTJ30L/3sUEl1JBLv1xJj+FNVQ0x/VhLW+q+bg8","5RpSk/IUBT3bRkWyyfhFQuLvhocLhlVwQ2e9SynTn+k","Vy+FWfDooIbEOA6kQX1E9vN1Gv0Y0B4U4ECZ7DPhsZk","GuNfVLrStHMpiFijy3v4ESkf3UDIFZ7/T/WTFo7Ydl4","PJAMNJVFPPp+diYCbvDYvjrfWJsrgQlp9qn0Tbo8Ep0","qMOM0uUxNsV5Yy4pONG4V/IuSWx9upmtmnrWpntDJ0o","3.11.5","20230826","byV2n3OCfPyfgBFNu8BPqVnpb4K/GxKXvFauCK+qapA","W5dd1qRkjRbyeOnYICfyn+sB7aYAmyOdenxp9CHr1Rk","l1nOCLuWcW8mrt1OTVh5+BDZyh5vGF2YgZEIN65mzSk","++1vdpSy+q5dfEAahWIZyUU5f3cu6lylDG64JcvJ0eE","1/WryJxmqKHQhjlMgKlKF7WyaIeYPb9agJmDAvNiarI","KSw3NVBU1vT4ZLTncti9I1QbdE1zsyk1I/Rh3PytJ1A","36fg2PvN4UbFqVL4+ooaESHUtk5+ngFT2BoG0UmhAdM","k+4JW1PeWnSvGOYS9VCV/PMRjDwKh+tjRNjqyjlr+y0","3.8.17","jT4YJsC7eCHsYyiAOGRICKLUVVMkWvEGxoXvWJL6vNg","9Jl1CrABnzbMtNlk4iIFHQ1JodHo262pirrnOM9Iydw","3.10.12","20230726","hDUErQ9lXxlhTy7baJgI7V/ScSu/Wg6wMx/x6/hx1Fc","YC6Ot8rCkhqaoSk46dae8Tl5f2lS8oWshSKgUCYWoTc","fMIbrZIlm/CNYMvgZQEz1V9GHxAqismQjb0jQA2bNfo","pHbbypGE35/Gn+YwnNpeuvAx0nyp5SmFJDfJTsG8Q9M","tNYGFHvLdXNd1VkoMw4RHew1+yyCXS4/1x7KI+qhHl8","P4XRJQnbnP4ReFwJR9HlusoBZ+PqpwZflCSmX6FZ+y8","JZ4MIAYe0lpy5ykS6yEqhXHQYHZZ7bpYAnLbgJr3IG4","+3NU/O57F90Hk+vT9vH8i3sgUzKvz41wDMERny3DP/c","3.11.4","3RUw2KLgAvaOPX7RqlaKDpJ4pch7ofLsS5uudXd6a8I","9ogqghoCyPcn/OEgRPjtA8CBTGjEg+nAdLfWLoqvOt8","OAK/jG8wW3uEHbvxsJHZgg2b1l6fWyRtLQccQrqoD+w","4mJHMCvI6Qg6Q86ejdlJBbQNRkdFsWAwQfe8mpPGXQU","lax4o9g0zh/qpFv+SZdWPfC8ZcPScRpdbU8508JA/9Q","hYWbKZPTxSUGYl4dxisMtNnjiBbikNdjD+JYqua4vKQ","oxAEZMXxvDvrHhXCvwGtGv84iNIKJaHe0aW6/3vlT/E","G1/estxWwwhD5zUPFoQXh1X66RZmoKmH5es5B0xCoFI","3.8.16","sfFQLDoTuJlyTb0yvXepc/qXM7kyxXANdH/jPV3prE8","8S9cs495bKSNxzJiwFUGpvIfWdJOcJ6gOQsYv3HC4fk","3.9.17","PZJ15w05AwAw9+nbXwX8B+K+b7SWSvAFP0pGG6ybob0","vhVXPZITwg6tHeYvUAgX9eBpUQ1BpPSKeMMIaVPBaT4","EUVz4cSRkRbl7PTGQl9E4JsDUn/N3/49U/c/4c6d99g","JsSnErS44R7VwCfbVlTrEpJ8AtpIV7d3r7mPepMM5jc","P6q1y2wLu2Ab6SV1VAA2RU+zTA1+QEV2DGLXgthFX4g","w42wvWbRX9Lym9YpnddAQKk/vngMgRgnw/PsoE+ao8o","yRiKK37fueJNfN/eI5Nj/4x5kEkBIBBBwEANP4KSPLU","ZJ//YEj0y55kqF6vjnIOtMMlfifnxO5G91v6SMGMaCY","3.10.11","20230507","fmKB+f+TrFTDir//6HSQdZGubbQx33Yztz+l5iBmWCw","2U6ZWFgFhsn/laNbLhxa/ecIe5uw8y09FBpafsK4pQs","SI351q87rKP9KyYAXlsaDim1PGArxuz6TyHSBxUQf7o","xbyqyRvIC/wpz1EGaeytEtUGA17LOthe8hNBbVSuzXk","zWMWwnMdIoJYdHXngeJAZ3yJpnhpTPPljxLkwuV63UM","6lAGwVRa/tbxboM6DUusFOwonMD1kR4SpO+HBKdCz44","br6O22u4kQmzUeb0Nhvn8VY4YOGuHLiSbBfKGViOX6M","VE5QIPca0VJdvJKwjkKcweHhGGbEjAfZHpn1Mbm6aLA","3.11.3","0BkcNQUa3iWdMyT0N8byQidDzLeRl69txkwWGwbt3Kk","ZFL+MVtSQAQKz/xWiOl/wmTZ64+/3ZDG7eC8RrIGQOA","W8XrOJKVfAqerof8POl/KwsxQG/W7x0gv6gHSkQSHLQ","2lC4fR7EKzy1d9/SKjZV5DpTFQ9PmKS/tAdXydeDmrU","9CFl05YkzWZK0sd0AbA/K4bB6qNGqNl1ldw9qUd/e6c","mwScg5fLM9jujOgQ+XFWnb7dwFgyUSDbyUY+/QX9l/Q","iXd4Ta0Y5JXPqq/6TTGWy6dt3La6ZlN1o8jXByZ0eLU","TxGSF54fYuabi0X39pnm8BAPsLijmq16SEcnlNDCS9Q","3.9.16","CKzaYDFgGzUpH6VPmIiNwX02yf81vbKt6kYx34HiQnE","M3+zeenEa2FF5MUvgnUTmJwv65yEvqwXw43stQr1tTo","/CieZ0+2HKTjmkZ27hGXHj+HurYHlRiYM2td9Ttsoyg","K24UYjSk7yqJRggfw/v//gdluAtpBCWknr5AtHwzRFs","Ndyv96ZYuMa/X/4cTi25XfXWR9KLSICpDwm/OnD0Los","TADzW5IY4ZBlup4GwSNQXwVhc6T5t+63Lvdo0N/o+Gc","thzL/RNBWJGpEg6qo3rV4/b6w7+tYSPJUclV26r+xsM","zcEpC5vbL3SmxIqyRTGRlVESjjl3M2XG8+F2aCFidaA","3.10.9","20230116","5psuSGlvHhkjG+0wYWqkrG7w+0s3YOnlJeLJxMMN22E","BitCuZOZCPNYfxEnaTc749dz8Nll6hoIxlVy4lUaKvQ","LED2TSg9BXVbUxJH6uthcs3m0xumxGz6EGuXtGac6og","0ZY0eutwGlP+K7KwlavsONJ9D6BEP4ocICOhvtbhjN8","+9GW/HaA5JnzdKaUazYYtCmA4okKbVM5kzN7VjvYq7A","7OWcAsn9x3UAvBtgY2B3vAqVNtbmMFLHJ9sRSIri3ow","9Kq031wQT11Diho7RgHkWWOhPEEAy6/ugyM25H9kecs","qQpFunr8vR35rvlqYUrLshBgcpmsdNrbtr1mryK+NNs","3.11.1","zDItF7nq1q7uSsEW+i+ALVJbTZc0P6yLitpFiBC0e0A","p7U481YwoX6oteFwOziQbaGJstYFQpe1ccf16B/JU6A","3O5APS80FsCnvq4v5Y2cpWRrtzrkfAQx1DkRoKhYGmI","AqVR/vqzdQ7/0OFWwlRGVHwjhoijL6veKZXJQcA6ZCM","6i0d4H+9J2cj1hy588j+RBXxIHszUVk6aYXo5DOOieA","vhJZ2wOuEsqMjNwadaP0qkdXlyXy5i9xAi9gSWkLZJg","q/bJqBPjxgCwlcz+D7jCHitBVt80Lpz06jTLV1mg/xw","tb9wCvx3WI2FODLRC3S6eTgRy+xBsC68LDmouZh6rN0","3.10.8","20221106","geru8MYzSfKW1sn+1rtv8/LynbZJ8HJTUeavFHQTzJA","BqL8f6ZkMBvyZXFEZQ0qZV8fJVeGG8VoQxXfDStU1nE","smF+zgEHDuqjf9X+rxtYNUNb1RUThiGOY4PPnuV7tNI","bI20SuDhjjIDILuqr9LWnN6L/qFxri1lG3mT0TliYLc","lsj1HiOhvYuaLZrcDiRX+nQGLxbSXS0NZZuKbJRjGCQ","EFPEyha9pxrp8qlzzIIRi55Bqm5CYwLZcJ2cdMYK9Q0","8j90SGjXDPLpWIqpYeloIGC2w9b1XGWmFQXiPEiVt+Q","yGGClRqC52FYhHagFVr+ma5K4QMOSo4ei8uOHUL2Mnw","3.8.15","5H7fss6vQ/xpniDBeexCi28+SXz44tzY6ck21LlrHlY","w8jCPjS920orkDM/8XBB80RAF3XVBXAPHO3bOtnVieA","3.9.15","Q2w1vYCavdAo84bMYjrgIMd+a1ROqspAUJg4fE2qREw","aj0lyyK2U1XdeTv7SDihalzYXtwH49rIzCKtrYYPLIk","ZTUJh2QPM4dtBypE0D5uOX3PXSUSgZvYdlyJLsXA8VM","zcOkz93NY7bOvddbFJcOAtjvCsW+TTUOV6td9WwZ6F4","YiJpVYOzKEX7vxfsSkOYESbODWuwi0eoyIUzluD16fc","tfviUXX0M41vW7bxPqbXFKQ3Omm00ZPFA36EJM5fU/s","W8RFI6UE0iDpr5rKoUG6msZ+L+mYgXy8qZsbzJqF080","agh2G7cluNOpIUT4Fij+vquLEjJsomT/4oJV+mfHvxc","3.10.7","20221002","rlrY/oTYsf0ub+L0emMsmhJEaGwSzpjN1KVTvh/aL54","qFkZ2jQ0Vc0i+MXPLnSEmCIq6S9NzY83o2b+xmhiLL4","98gDouzWPfyJIQ4bbf+wxQnyaA7JSE6CTC06FPkaeAM","wSya0rLHVGRUHYl8BSgBOt7Ni+WzCs9EEfd1lymEFxE","+0TRnI5NpdXEZ7a7/BsDUPp/rucUYvvWrD1pYzwrM0o","wCikyUUylzG+ZihRaKB0rC/H8l0oxbu5u7tTLUWoKrQ","ud3yE7oPaawgDdUOXSxqUkaDB6WEpk7+Qi71N/RGwNo","zj/ifmyjoOdaf087ZWjNG/lnIwpn5zOT6UojOA3drxA","3.8.14","TrU7zoMb9SaCBnV5wJzKzLZSTdRL1LgEdFTGm0gX9PA","vR6OCe3MqrgvvXW0VyBaB2hH1i4zVMPZtavphRgQR/w","3.9.14","O4WM1KGH24zR6u3d1f+AoHd4MJLKTYSXAJcSciD1XNQ","eYzZ0BmIX7LwAQojSHPr59415OuPxOK6HUDqMbarsL8","8UORvDtx2tyIVVdzJeOkmxfzUdQozEyq2LEha5DzrYA","5j0MAKSZ4CArp6D1POafym0wI3rzmvm8PHa85se/FNc","p4y4DKNy6pisoo0zoiCz/pF2HG2tr5L2RrgvO1aYIsE","U9PGNyZKVzF7MEqI3dQYRj/gs3uHRJXjrlWUC1xis2M","kuWp/VacCxwWGVji4dMZjLTie1JNAs8wCLJg26ZYlh8","VFKcCo/+Yh9cnGvdIpaMrJ0yB8vV3NnAe75hFAxJk34","3.10.6","20220802","5UeK3HOezW97dw5hP6DldX8T/py+s095kOVSKwWT1ts","JgFjD+9Beq6x2NB5SegfY5DkOc3So0fskCGHMbvSSyU","MnUz2ugzLuYe2H3Vt8/uMYiiWp/eZcPieGUYXLPnmys","VaohkNKNz99BTZbcXc6p/gSPrc1YPcOYH+wCCGmCYRE","SgzJ9bV8oe/zjQye5x84+b8o+8NNFQ7dSRSzK2moTxc","OLwCmxHe7TMJeq5+Gy5WtthfBt8kNV/2EFv4X7svy5s","3HeScr0jY6vaSop4T23qLdfYsths3Prl6JcN9uXfvXY","QH5ZUeOfVlKzK3K3FcSqdy3YwtoQZRYcWMMKH5dt0bI","3.8.13","+1ZmKcy19271bSdaP4AX1oPxwgxb611fOLFV7RHhYYc","iRtdew6Ta5imL2W8Cyj/9hypACElovweu5xy9rAFZxI","3.9.13","HhtSKpHtgFKHeTQnATdivI9sAkQBR+n6UwYxY2kwflg","MVqfvHXioFRSVO34l02IV37GRTfuBDIq0afOl1I1PzM","tMWpkIp35MrjeQH43yZVOAGG0OEHI5Amcu9eUpYJMHE","zhz8onFefmRt1hioy5uv+TAA40XMyXm4AfxszefOl98","N6zoFZqi9RV6vqLA2FRDTyHmZ2uQ7q9Y0xN3j2RUDKc","WaJBcfeUE5tB1Hs+c0yC0CvBGVakwJKj0o2UpdCrf1Q","kg/ZTUNSSVqATU7nJXZK50mbKcXxwV0RzEOAqHNJjb8","NS0ApGMNBmU4e8sViuw/bH/FpNFNZawm4bgm4gYRIi8","3.10.5","20220630","geDIVxdUcvYmQcSRhvY3zRo5HkdBtDr/9fVWiFEt4fE","Ri+I3oi0UL+A6OZgYQrf19DuLkCScOxAbjWECT0iYs4","yrJznvJ/y3kg37yZ5X8q7BJWFGpGRs8BSIxgomftnqM","Rg+Ho4m+KMlTwkxvlC8XL5zn8zE2e02victFC67dUdc","/fOt4/A/SnVfN42avqHp62pqP7GM5GINW3pssiOll0E","E3gjrMDZgXjDHOD3XO9fsNOFDtr2ks7S+rhO+Xd9LAE","df3b0PpSXZRV2rlyxW7IttOd3WLBKrONyoG1WLHnAzg","+N+4OIXRy8gv6/phMljB9pVOqI70PtfccQ1t8g7+zas","3.10.4","20220528","qU22h8GXrI/ZreJpX+k86do5KBjtUpgEWcJcfTm81z8","lvwToW33MK/q2MF4EuZeKq1T1k1X4xgO9Rac2gNfM+Q","ErXC8yXplJn6bXn7nO81YvinY1kXNT8qedTDCsUp56A","H4QjgIrYTA5WyOFMMmhcv7wRWeDZ+UOslG8p6Ezxte4","4ISWAL7mxYjxql9LC5NCKSz7brQN4McF9gvXHyK3E9A","KHXRA6g/+fn37C7D68Q9DonyBBbNcVuDtUGzP5HVmDI","g5+cuPGw4Os0cWSgQyP4MrlFCRujSCckMl0+7Rp12qs","dpn3bvibQ2tFLqzbq1CNo82UFGuimwmfXLbiUK+6MhA","3.9.12","20220502","cghSBYQ5SfeDySRa1CkCpjoA3TU2fx5epvSqcJsgKc4","u3AkQDML+M2FLPNnNaR+4QqjlBJxtdL5bNa/pqx6RrQ","el/K0JWtGDBJsvl1zVXv2KLOPk2JTuZ8tfoBGG9QID4","zMoS9pizuBDXnFLwBwePUg1YgjKja8Eu3pROw+pBeBY","U9rcEHzo0bpflMqH7b7vSFyKB7LA6UKpmnx+Fj+vtvQ","57qKeQoxlKCEfvCwm43YVCucLKaJsvTuTst3GkTqQfI","r90m5BirWi5eELQuuYx5uv18GYNj9wqthigma381Mqs","cpCsFOQ3Sa/bN9PJaQ8wD18HhvGZguiWBWbs3D5Cw+s","3.10.3","20220318","VrNgZs2lP7Nx2S52m33EsY3y2FeTCHGUYFLWvnJP684","wUIFwd6P68BRkMh53U4+rGfOmv2uli7AC9doJ5smKxg","BN8ZXTP4jOLhFgQWlR63cunGFSiq0dFcUI2f0RBB/Fk","uZiUEb7XG6SGdTjJkfILVfVJ3ZExkFcz8N+fP96BrR0","ZSFSMOrOvruHqh5W1Tn8F3CHACTc/a210OGDZcGzsKk","4V3NmO/d4knnwoV/gLkwkiRfhJXYIstsevMwillynCE","QSVwzwHfZlyEjazCE8ZFo8F6pQRbGAWobG2fotguuc4","BHYNhpI07o+AH+sI7cBCppZTIPbAp67fkuw1UB/vOyE","3.9.11","vZ2AgoPu9piC6ODCUp/kAMhgW3wI72TmedF2bBqH75U","nLWrZQ761uR1Am93gvhSCUqUA5ZrzB95UGWxpKM+Nis","jX7unAheCPPMbN9WvnzA3Io+JeBThWwakz77NSnAh94","BCnVzrCV1eJMKSvxo5IIuIriNqaA74+j4YMOOhp+iII","fXp0Wj1ureX9c1K0RMTJHOViotGIcW1plRVcLtXR4zc","6kOkpHPr+Zr097muHQDjvWxaKjKQluVldZDtXYI5A90","oefEVU0gDU+lDcQ82m2wIN+Z91uxBd18RBOcRNUED64","AgvL//Ftxc41qJh2O+PYR8l98uFNq/SDqOyIsEVf+XE","3.10.2","20220227","HL0XQk2Fj7s35hhL81X3KDCkfS4zpLjehy+oeqpJoV4","oRDcuc3KjOZVshVCewxforGjdLrf44+7V8+wzijbQ04","BJPomq5blbF/MJJALNe2UWSUytgXr/aMwpiKTAZa4as","m2TsoqlPev+UCa1wvap/u/gUhpJmLnZEAYg5V5Q2IN0","jHcgEKJ9f9Wj4nHINcN7c71BvASnN1I/EqOSC/chWYs","A6YRbqbb1dTmZ9S+wrUDLe79YEvAaJCM0QUyfEF9CQY","ImKryjkCe1LZazl8XTKFsHqT+v193lIpWHajMen7SMQ","0i2F9gsu+YK3R63aLRveSjLCPD2PZSwAzkRSZ1CFnk4","3.8.12","W+nG1h4ji5Df2UdVBRwNOi2AI+v/20sPpOj+3QmmyrY","mtIMUgwpHQgIfpr7Q5DzidK2bH/JfyP//BMT66/F/uA","3.9.10","+cawQSwHc+YEofldXbl/efmNlgvPDoUhXlM+pXNyEhY","XCOl8TNWrfzybSfffkiIXmNEieOiOD5nwBPD8ewuCC4","6XR3q50wtS+vfenjZP9QrPRJCij3v2+hGIf1om5W7JM","RVCJzFdr2aWNtF6RnR/IZ+zbsCCAZ9/8hFzJu/BwG3A","gxclHXSAufyLTwt227kbM5vFV2DMknFeZvkaMFU5ZJc","wqjvL9DywDM3HpMcJYhETFhys8H+fHh+ATnp7gMXfqY","Fi2lbAfzvseDw8ICsnTImrEV2ugqt3g7BEBMfjFbgZ8","1FOr90HDGW/8hHDz6mQEo+K1WyZ0pQG7eRYvBhIkI+U","cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20211017T1616.tar.zst","3.10.0","20211017","uomMuEmwLp9vVnoxUUNdX2uk3TliiQouRVA2d8a9IDw","cpython-{v}-x86_64-unknown-linux-gnu-debug-20211017T1616.tar.zst","dhPnfwxRRiFZk9k5vE9th0c+/RE2YtdN2I/izq/Uzew","3.9.7","M8tqSJVBi53it3D4q3LR/S2+u5V0eoH20YJMGQAGLfg","/vKSNOZUCzLKSDDDuI49uxjME7LQhEgY80+y6xgoGmk","cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210724T1424.tar.zst","3.8.11","20210724","KyePgf982LntMqIVDddrsIwKskkZV9PDqmCit5x0V+s","cpython-{v}-x86_64-unknown-linux-gnu-debug-20210724T1424.tar.zst","kIrecffQDDaNo03KuLCDRyIx4SqS6AqZ4G+DDbK7D8E","3.9.6","gGTbhTvOmrev5er98S+y4d98OUcfLOzbGpyErmp6F5M","INKAXw2cWnv/UN/lm7c9uQbUwGFrdCZPAG+CpoFkil4","cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210506T0943.tar.zst","3.8.10","20210506","rsjExTNzuQvn4hMQk8qiYGO+bZ2Cb1mck1wOEEKvM1U","cpython-{v}-x86_64-unknown-linux-gnu-debug-20210506T0943.tar.zst","5i65iu2xXc9IwqfTxMVCE/KqYCYDP7Hug9TNClsNolA","3.9.5","udYey0pJbeDlbqIJtLI6LjJgp+Ma2w+r89KLGXVIC1k","yymE+z+sHsmR1SCsQ7DF8pbd77oW7hLcR21mawMJiTI","cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210414T1515.tar.zst","3.8.9","20210415","vHiIXjX9caRLRGnVYlFFSh/kjdgSN0ua/p0d/B4A6a8","cpython-{v}-x86_64-unknown-linux-gnu-debug-20210414T1515.tar.zst","Dk9neciIBMHER2IeI4NfXyl8ysiWjS3378DJ4eyPNic","3.9.4","MLpNcZLn10t9izXksmYiV2qBCR4IFHFp2YnhX8iS6NU","NooQiV77LqNR+wq/g+aytpy0KWoLbZ9Iw5Qn9DrS/pg","cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210413T2055.tar.zst","3.9.3","20210414","PfLiotH1rQqFokWO2xyVO0nLzehIAYBtRqEl/kcbtBY","cpython-{v}-x86_64-unknown-linux-gnu-debug-20210413T2055.tar.zst","kMs2P3Z5QZMy2cRuEmyeFsBYf4Gow0HRqecFTE6BDcw","cpython-{v}-x86_64-unknown-linux-gnu-pgo+lto-20210327T1202.tar.zst","3.8.8","20210327","SJ0e6LyP0vJ2i8/0etu09fIe/lEvE99rk20vM8CZ4C4","cpython-{v}-x86_64-unknown-linux-gnu-debug-20210327T1202.tar.zst","V5D3UdwhCJPSi/PPoRU5GPxI/9c+kIDQCTwHj5Ik8N4","3.9.2","RVtjqJha2pl311RjNJvVj1bXIBaktjfHOrP+V22ytos","f8CwAk8MDHa9uePudSJTh9+JjBluRHPNzFRshn0zbBg","cpython-{v}-x86_64-unknown-linux-gnu-pgo-20210103T1125.tar.zst","3.8.7","20210103","1Xi1WDy5B+rCoCcH5vQ+4KOLBJH521uODyO08tMEImA","cpython-{v}-x86_64-unknown-linux-gnu-debug-20210103T1125.tar.zst","WOr8st/HqP8RWz1YiK/K2ml/8+ND6Rkz4l6olqPUmgg","3.9.1","z/WxD6tR+ed0u54PmHjxuicD0AVhjOCJmQXQodrDG0U","fhN25+LDChB3WvlK4Yf+shEkTeNo3mSKuq5sI1dACos","cpython-{v}-x86_64-unknown-linux-gnu-pgo-20201020T0627.tar.zst","3.8.6","20201020","eJ9Y7OOrTuWZ6f1/a9lmUVe6GlfcohBznfBofON1e1U","cpython-{v}-x86_64-unknown-linux-gnu-debug-20201020T0627.tar.zst","EjRM78Q9sBZ9ajhb2ifBAPZH5yUPHEP31KhnwLYpFh4","3.9.0","1monGTK3Y7aq02p/I+FSY9ZySNSCjvkLAnjelZk46tw","6uYaQp1WgiU8ckVuuK8vS9XwjeuvtNb9Ykh8QCExRME","cpython-{v}-x86_64-unknown-linux-gnu-pgo-20200823T0036.tar.zst","3.8.5","20200822","MIQduBSng3eAtxYbE62U5NpaVCXAVM7c6wcFKr8gxMI","cpython-{v}-x86_64-unknown-linux-gnu-debug-20200823T0036.tar.zst","ck68V4KybsxBoCLJcqZluUOPLVkjcO+eXcvOKQocSV0","cpython-{v}-x86_64-unknown-linux-gnu-pgo-20200518T0040.tar.zst","3.8.3","20200517","qa7g8L0viqsJs4aRXa6lCOZxOtQ6RfoTr+Q/0+Gx/Zs","cpython-{v}-x86_64-unknown-linux-gnu-debug-20200518T0040.tar.zst","a6mYiLqM2oVzsHIjjSFu14JA+FABrHh3/nF1TymwGJU","cpython-{v}-x86_64-unknown-linux-gnu-pgo-20200418T2243.tar.zst","3.8.2","20200418","x6pRtd6yIOIlSn4yrnEGdI1YVLl4di+OuDRoyJRtzbs","cpython-{v}-x86_64-unknown-linux-gnu-debug-20200418T2305.tar.zst","qb/vgpbS16fDSNm5aGI80KBwh2kYpFTD1Xq1cpn/hNQ","graalpy-3.10.0-linux-x86_64-gnu","https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-linux-amd64.tar.gz","24.0.2","UQqihNJY4wi/pNnfRA93OaLPl3y50qCHkmnZu+SF5aQ","graalpy-3.11.0-linux-x86_64-gnu","https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-linux-amd64.tar.gz","24.2.2","YEt6v2xYA4owhm5S2kOBivY7zZeQmvixqWUjx/DgFBQ","graalpy-3.12.0-linux-x86_64-gnu","https://github.com/oracle/graalpython/releases/download/graal-25.2.4/graalpy3.12-25.2.4-linux-amd64.tar.gz","25.2.4","s9B2aubVXaoV8NsfbIhDg9fuxQaxhtC6L3AlI6eP8o0","graalpy-3.8.5-linux-x86_64-gnu","https://github.com/oracle/graalpython/releases/download/vm-22.3.1/graalpy-22.3.1-linux-amd64.tar.gz","22.3.1","nvOIXIpJinDeU7xxQJ8+YPNunOXT10Wxc/7cyh9KvRI","pypy-3.10.16-linux-x86_64-gnu","https://downloads.python.org/pypy/pypy3.10-v7.3.19-linux64.tar.gz","7.3.19","q/uwW7NpHmlM+TB2NdFNCGbwqFQp34lYwRDj3haHBrQ","pypy-3.11.15-linux-x86_64-gnu","https://downloads.python.org/pypy/pypy3.11-v7.3.23-linux64.tar.gz","7.3.23","K8qwMc73o3/hkwtR9wkeeKGRrmP4DsoAomXTN4w6ZFs","pypy-3.8.16-linux-x86_64-gnu","https://downloads.python.org/pypy/pypy3.8-v7.3.11-linux64.tar.gz","7.3.11","LZdjl/a8lOAGf1za36FInfPJUkmq/tE6PX0uvifwrOs","pypy-3.9.19-linux-x86_64-gnu","https://downloads.python.org/pypy/pypy3.9-v7.3.16-linux64.tar.gz","7.3.16","lYhbhkxbFWDWrjvB/QCzcyysbbUyi+uc1CW/DN7g5bA"],"rows":[[0,1,2,3],[4,1,2,5],[6,1,2,7],[8,1,2,9],[10,1,2,11],[12,1,2,13],[14,1,2,15],[16,1,2,17],[0,18,2,19],[4,18,2,20],[6,18,2,21],[8,18,2,22],[10,18,2,23],[12,18,2,24],[14,18,2,25],[16,18,2,26],[0,27,2,28],[4,27,2,29],[6,27,2,30],[8,27,2,31],[10,27,2,32],[12,27,2,33],[14,27,2,34],[16,27,2,35],[0,36,2,37],[4,36,2,38],[6,36,2,39],[8,36,2,40],[10,36,2,41],[12,36,2,42],[14,36,2,43],[16,36,2,44],[45,36,2,46],[47,36,2,48],[49,36,2,50],[51,36,2,52],[53,36,2,54],[55,36,2,56],[57,36,2,58],[59,36,2,60],[0,61,2,62],[4,61,2,63],[6,61,2,64],[8,61,2,65],[10,61,2,66],[12,61,2,67],[14,61,2,68],[16,61,2,69],[45,61,2,70],[47,61,2,71],[49,61,2,72],[51,61,2,73],[53,61,2,74],[55,61,2,75],[57,61,2,76],[59,61,2,77],[0,78,2,79],[4,78,2,80],[6,78,2,81],[8,78,2,82],[10,78,2,83],[12,78,2,84],[14,78,2,85],[16,78,2,86],[45,78,2,87],[47,78,2,88],[49,78,2,89],[51,78,2,90],[53,78,2,91],[55,78,2,92],[57,78,2,93],[59,78,2,94],[0,95,96,97],[4,95,96,98],[6,95,96,99],[8,95,96,100],[10,95,96,101],[12,95,96,102],[14,95,96,103],[16,95,96,104],[0,105,96,106],[4,105,96,107],[6,105,96,108],[8,105,96,109],[10,105,96,110],[12,105,96,111],[14,105,96,112],[16,105,96,113],[0,114,96,115],[4,114,96,116],[6,114,96,117],[8,114,96,118],[10,114,96,119],[12,114,96,120],[14,114,96,121],[16,114,96,122],[0,123,124,125],[4,123,124,126],[6,123,124,127],[8,123,124,128],[10,123,124,129],[12,123,124,130],[14,123,124,131],[16,123,124,132],[45,123,124,133],[47,123,124,134],[49,123,124,135],[51,123,124,136],[53,123,124,137],[55,123,124,138],[57,123,124,139],[59,123,124,140],[0,141,142,143],[4,141,142,144],[6,141,142,145],[8,141,142,146],[10,141,142,147],[12,141,142,148],[14,141,142,149],[16,141,142,150],[45,141,142,151],[47,141,142,152],[49,141,142,153],[51,141,142,154],[53,141,142,155],[55,141,142,156],[57,141,142,157],[59,141,142,158],[0,159,160,161],[4,159,160,162],[6,159,160,163],[8,159,160,164],[10,159,160,165],[12,159,160,166],[14,159,160,167],[16,159,160,168],[45,159,160,169],[47,159,160,170],[49,159,160,171],[51,159,160,172],[53,159,160,173],[55,159,160,174],[57,159,160,175],[59,159,160,176],[0,177,178,179],[4,177,178,180],[6,177,178,181],[8,177,178,182],[10,177,178,183],[12,177,178,184],[14,177,178,185],[16,177,178,186],[45,177,178,187],[47,177,178,188],[49,177,178,189],[51,177,178,190],[53,177,178,191],[55,177,178,192],[57,177,178,193],[59,177,178,194],[0,195,196,197],[4,195,196,198],[6,195,196,199],[8,195,196,200],[10,195,196,201],[12,195,196,202],[14,195,196,203],[16,195,196,204],[45,195,196,205],[47,195,196,206],[49,195,196,207],[51,195,196,208],[53,195,196,209],[55,195,196,210],[57,195,196,211],[59,195,196,212],[0,213,214,215],[4,213,214,216],[6,213,214,217],[8,213,214,218],[10,213,214,219],[12,213,214,220],[14,213,214,221],[16,213,214,222],[45,213,214,223],[47,213,214,224],[49,213,214,225],[51,213,214,226],[53,213,214,227],[55,213,214,228],[57,213,214,229],[59,213,214,230],[0,231,214,232],[4,231,214,233],[6,231,214,234],[8,231,214,235],[10,231,214,236],[12,231,214,237],[14,231,214,238],[16,231,214,239],[45,231,214,240],[47,231,214,241],[49,231,214,242],[51,231,214,243],[53,231,214,244],[55,231,214,245],[57,231,214,246],[59,231,214,247],[0,248,249,250],[4,248,249,251],[6,248,249,252],[8,248,249,253],[10,248,249,254],[12,248,249,255],[14,248,249,256],[16,248,249,257],[45,248,249,258],[47,248,249,259],[49,248,249,260],[51,248,249,261],[53,248,249,262],[55,248,249,263],[57,248,249,264],[59,248,249,265],[0,266,267,268],[4,266,267,269],[6,266,267,270],[8,266,267,271],[10,266,267,272],[12,266,267,273],[14,266,267,274],[16,266,267,275],[45,266,267,276],[47,266,267,277],[49,266,267,278],[51,266,267,279],[53,266,267,280],[55,266,267,281],[57,266,267,282],[59,266,267,283],[0,284,285,286],[4,284,285,287],[6,284,285,288],[8,284,285,289],[10,284,285,290],[12,284,285,291],[14,284,285,292],[16,284,285,293],[45,284,285,294],[47,284,285,295],[49,284,285,296],[51,284,285,297],[53,284,285,298],[55,284,285,299],[57,284,285,300],[59,284,285,301],[0,302,303,304],[4,302,303,305],[6,302,303,306],[8,302,303,307],[10,302,303,308],[12,302,303,309],[14,302,303,310],[16,302,303,311],[45,302,303,312],[47,302,303,313],[49,302,303,314],[51,302,303,315],[53,302,303,316],[55,302,303,317],[57,302,303,318],[59,302,303,319],[0,320,321,322],[4,320,321,323],[6,320,321,324],[8,320,321,325],[10,320,321,326],[12,320,321,327],[14,320,321,328],[16,320,321,329],[45,320,321,330],[47,320,321,331],[49,320,321,332],[51,320,321,333],[53,320,321,334],[55,320,321,335],[57,320,321,336],[59,320,321,337],[0,338,321,339],[4,338,321,340],[6,338,321,341],[8,338,321,342],[10,338,321,343],[12,338,321,344],[14,338,321,345],[16,338,321,346],[45,338,321,347],[47,338,321,348],[49,338,321,349],[51,338,321,350],[53,338,321,351],[55,338,321,352],[57,338,321,353],[59,338,321,354],[0,355,321,356],[4,355,321,357],[6,355,321,358],[8,355,321,359],[10,355,321,360],[12,355,321,361],[14,355,321,362],[16,355,321,363],[45,355,321,364],[47,355,321,365],[49,355,321,366],[51,355,321,367],[53,355,321,368],[55,355,321,369],[57,355,321,370],[59,355,321,371],[0,372,373,374],[4,372,373,375],[6,372,373,376],[8,372,373,377],[10,372,373,378],[12,372,373,379],[14,372,373,380],[16,372,373,381],[382,372,373,383],[384,372,373,385],[386,372,373,387],[388,372,373,389],[53,372,373,390],[55,372,373,391],[57,372,373,392],[59,372,373,393],[0,394,395,396],[4,394,395,397],[6,394,395,398],[8,394,395,399],[10,394,395,400],[12,394,395,401],[14,394,395,402],[16,394,395,403],[0,404,395,405],[4,404,395,406],[6,404,395,407],[8,404,395,408],[10,404,395,409],[12,404,395,410],[14,404,395,411],[16,404,395,412],[0,413,395,414],[4,413,395,415],[6,413,395,416],[8,413,395,417],[10,413,395,418],[12,413,395,419],[14,413,395,420],[16,413,395,421],[0,422,423,424],[4,422,423,425],[6,422,423,426],[8,422,423,427],[10,422,423,428],[12,422,423,429],[14,422,423,430],[16,422,423,431],[382,422,423,432],[384,422,423,433],[386,422,423,434],[388,422,423,435],[53,422,423,436],[55,422,423,437],[57,422,423,438],[59,422,423,439],[0,440,441,442],[4,440,441,443],[6,440,441,444],[8,440,441,445],[10,440,441,446],[12,440,441,447],[14,440,441,448],[16,440,441,449],[382,440,441,450],[384,440,441,451],[386,440,441,452],[388,440,441,453],[53,440,441,454],[55,440,441,455],[57,440,441,456],[59,440,441,457],[0,458,441,459],[4,458,441,460],[6,458,441,461],[8,458,441,462],[10,458,441,463],[12,458,441,464],[14,458,441,465],[16,458,441,466],[382,458,441,467],[384,458,441,468],[386,458,441,469],[388,458,441,470],[53,458,441,471],[55,458,441,472],[57,458,441,473],[59,458,441,474],[0,475,476,477],[4,475,476,478],[6,475,476,479],[8,475,476,480],[10,475,476,481],[12,475,476,482],[14,475,476,483],[16,475,476,484],[382,475,476,485],[384,475,476,486],[386,475,476,487],[388,475,476,488],[53,475,476,489],[55,475,476,490],[57,475,476,491],[59,475,476,492],[0,493,494,495],[4,493,494,496],[6,493,494,497],[8,493,494,498],[10,493,494,499],[12,493,494,500],[14,493,494,501],[16,493,494,502],[382,493,494,503],[384,493,494,504],[386,493,494,505],[388,493,494,506],[53,493,494,507],[55,493,494,508],[57,493,494,509],[59,493,494,510],[0,511,512,513],[4,511,512,514],[6,511,512,515],[8,511,512,516],[10,511,512,517],[12,511,512,518],[14,511,512,519],[16,511,512,520],[382,511,512,521],[384,511,512,522],[386,511,512,523],[388,511,512,524],[53,511,512,525],[55,511,512,526],[57,511,512,527],[59,511,512,528],[0,529,530,531],[4,529,530,532],[6,529,530,533],[8,529,530,534],[10,529,530,535],[12,529,530,536],[14,529,530,537],[16,529,530,538],[382,529,530,539],[384,529,530,540],[386,529,530,541],[388,529,530,542],[53,529,530,543],[55,529,530,544],[57,529,530,545],[59,529,530,546],[0,547,530,548],[4,547,530,549],[6,547,530,550],[8,547,530,551],[10,547,530,552],[12,547,530,553],[14,547,530,554],[16,547,530,555],[382,547,530,556],[384,547,530,557],[386,547,530,558],[388,547,530,559],[53,547,530,560],[55,547,530,561],[57,547,530,562],[59,547,530,563],[0,564,565,566],[4,564,565,567],[6,564,565,568],[8,564,565,569],[10,564,565,570],[12,564,565,571],[14,564,565,572],[16,564,565,573],[382,564,565,574],[384,564,565,575],[386,564,565,576],[388,564,565,577],[53,564,565,578],[55,564,565,579],[57,564,565,580],[59,564,565,581],[0,582,565,583],[4,582,565,584],[6,582,565,585],[8,582,565,586],[10,582,565,587],[12,582,565,588],[14,582,565,589],[16,582,565,590],[382,582,565,591],[384,582,565,592],[386,582,565,593],[388,582,565,594],[53,582,565,595],[55,582,565,596],[57,582,565,597],[59,582,565,598],[0,599,600,601],[4,599,600,602],[6,599,600,603],[8,599,600,604],[10,599,600,605],[12,599,600,606],[14,599,600,607],[16,599,600,608],[382,599,600,609],[384,599,600,610],[386,599,600,611],[388,599,600,612],[53,599,600,613],[55,599,600,614],[57,599,600,615],[59,599,600,616],[0,617,600,618],[4,617,600,619],[6,617,600,620],[8,617,600,621],[10,617,600,622],[12,617,600,623],[14,617,600,624],[16,617,600,625],[0,626,627,628],[4,626,627,629],[6,626,627,630],[8,626,627,631],[10,626,627,632],[12,626,627,633],[14,626,627,634],[16,626,627,635],[0,636,637,638],[4,636,637,639],[6,636,637,640],[8,636,637,641],[10,636,637,642],[12,636,637,643],[14,636,637,644],[16,636,637,645],[382,636,637,646],[384,636,637,647],[386,636,637,648],[388,636,637,649],[53,636,637,650],[55,636,637,651],[57,636,637,652],[59,636,637,653],[0,654,655,656],[4,654,655,657],[6,654,655,658],[8,654,655,659],[10,654,655,660],[12,654,655,661],[14,654,655,662],[16,654,655,663],[0,664,655,665],[4,664,655,666],[6,664,655,667],[8,664,655,668],[10,664,655,669],[12,664,655,670],[14,664,655,671],[16,664,655,672],[0,673,655,674],[4,673,655,675],[6,673,655,676],[8,673,655,677],[10,673,655,678],[12,673,655,679],[14,673,655,680],[16,673,655,681],[0,682,655,683],[4,682,655,684],[6,682,655,685],[8,682,655,686],[10,682,655,687],[12,682,655,688],[14,682,655,689],[16,682,655,690],[0,691,692,693],[4,691,692,694],[6,691,692,695],[8,691,692,696],[10,691,692,697],[12,691,692,698],[14,691,692,699],[16,691,692,700],[382,691,692,701],[384,691,692,702],[386,691,692,703],[388,691,692,704],[53,691,692,705],[55,691,692,706],[57,691,692,707],[59,691,692,708],[0,709,692,710],[4,709,692,711],[6,709,692,712],[8,709,692,713],[10,709,692,714],[12,709,692,715],[14,709,692,716],[16,709,692,717],[382,709,692,718],[384,709,692,719],[386,709,692,720],[388,709,692,721],[53,709,692,722],[55,709,692,723],[57,709,692,724],[59,709,692,725],[0,726,727,728],[4,726,727,729],[6,726,727,730],[8,726,727,731],[10,726,727,732],[12,726,727,733],[14,726,727,734],[16,726,727,735],[382,726,727,736],[384,726,727,737],[386,726,727,738],[388,726,727,739],[53,726,727,740],[55,726,727,741],[57,726,727,742],[59,726,727,743],[0,744,745,746],[4,744,745,747],[6,744,745,748],[8,744,745,749],[10,744,745,750],[12,744,745,751],[14,744,745,752],[16,744,745,753],[382,744,745,754],[384,744,745,755],[386,744,745,756],[388,744,745,757],[53,744,745,758],[55,744,745,759],[57,744,745,760],[59,744,745,761],[0,762,763,764],[4,762,763,765],[6,762,763,766],[8,762,763,767],[10,762,763,768],[12,762,763,769],[14,762,763,770],[16,762,763,771],[382,762,763,772],[384,762,763,773],[386,762,763,774],[388,762,763,775],[53,762,763,776],[55,762,763,777],[57,762,763,778],[59,762,763,779],[0,780,781,782],[4,780,781,783],[6,780,781,784],[8,780,781,785],[10,780,781,786],[12,780,781,787],[14,780,781,788],[16,780,781,789],[382,780,781,790],[384,780,781,791],[386,780,781,792],[388,780,781,793],[53,780,781,794],[55,780,781,795],[57,780,781,796],[59,780,781,797],[0,798,799,800],[4,798,799,801],[6,798,799,802],[8,798,799,803],[10,798,799,804],[12,798,799,805],[14,798,799,806],[16,798,799,807],[382,798,799,808],[384,798,799,809],[386,798,799,810],[388,798,799,811],[53,798,799,812],[55,798,799,813],[57,798,799,814],[59,798,799,815],[0,816,817,818],[4,816,817,819],[6,816,817,820],[8,816,817,821],[10,816,817,822],[12,816,817,823],[14,816,817,824],[16,816,817,825],[382,816,817,826],[384,816,817,827],[386,816,817,828],[388,816,817,829],[53,816,817,830],[55,816,817,831],[57,816,817,832],[59,816,817,833],[0,834,835,836],[4,834,835,837],[6,834,835,838],[8,834,835,839],[10,834,835,840],[12,834,835,841],[14,834,835,842],[16,834,835,843],[382,834,835,844],[384,834,835,845],[386,834,835,846],[388,834,835,847],[53,834,835,848],[55,834,835,849],[57,834,835,850],[59,834,835,851],[0,852,853,854],[4,852,853,855],[6,852,853,856],[8,852,853,857],[10,852,853,858],[12,852,853,859],[14,852,853,860],[16,852,853,861],[382,852,853,862],[384,852,853,863],[386,852,853,864],[388,852,853,865],[53,852,853,866],[55,852,853,867],[57,852,853,868],[59,852,853,869],[0,870,871,872],[4,870,871,873],[6,870,871,874],[8,870,871,875],[10,870,871,876],[12,870,871,877],[14,870,871,878],[16,870,871,879],[382,870,871,880],[384,870,871,881],[386,870,871,882],[388,870,871,883],[53,870,871,884],[55,870,871,885],[57,870,871,886],[59,870,871,887],[0,888,889,890],[4,888,889,891],[6,888,889,892],[8,888,889,893],[10,888,889,894],[12,888,889,895],[14,888,889,896],[16,888,889,897],[0,898,889,899],[4,898,889,900],[6,898,889,901],[8,898,889,902],[10,898,889,903],[12,898,889,904],[14,898,889,905],[16,898,889,906],[0,907,889,908],[4,907,889,909],[6,907,889,910],[8,907,889,911],[10,907,889,912],[12,907,889,913],[14,907,889,914],[16,907,889,915],[0,916,889,917],[4,916,889,918],[6,916,889,919],[8,916,889,920],[10,916,889,921],[12,916,889,922],[14,916,889,923],[16,916,889,924],[382,916,889,925],[384,916,889,926],[386,916,889,927],[388,916,889,928],[53,916,889,929],[55,916,889,930],[57,916,889,931],[59,916,889,932],[0,933,889,934],[4,933,889,935],[6,933,889,936],[8,933,889,937],[10,933,889,938],[12,933,889,939],[14,933,889,940],[16,933,889,941],[382,933,889,942],[384,933,889,943],[386,933,889,944],[388,933,889,945],[53,933,889,946],[55,933,889,947],[57,933,889,948],[59,933,889,949],[0,950,889,951],[4,950,889,952],[6,950,889,953],[8,950,889,954],[10,950,889,955],[12,950,889,956],[14,950,889,957],[16,950,889,958],[0,959,960,961],[4,959,960,962],[6,959,960,963],[8,959,960,964],[10,959,960,965],[12,959,960,966],[14,959,960,967],[16,959,960,968],[382,959,960,969],[384,959,960,970],[386,959,960,971],[388,959,960,972],[53,959,960,973],[55,959,960,974],[57,959,960,975],[59,959,960,976],[0,977,978,979],[4,977,978,980],[6,977,978,981],[8,977,978,982],[10,977,978,983],[12,977,978,984],[14,977,978,985],[16,977,978,986],[0,987,978,988],[4,987,978,989],[6,987,978,990],[8,987,978,991],[10,987,978,992],[12,987,978,993],[14,987,978,994],[16,987,978,995],[0,996,978,997],[4,996,978,998],[6,996,978,999],[8,996,978,1000],[10,996,978,1001],[12,996,978,1002],[14,996,978,1003],[16,996,978,1004],[0,1005,978,1006],[4,1005,978,1007],[6,1005,978,1008],[8,1005,978,1009],[10,1005,978,1010],[12,1005,978,1011],[14,1005,978,1012],[16,1005,978,1013],[382,1005,978,1014],[384,1005,978,1015],[386,1005,978,1016],[388,1005,978,1017],[53,1005,978,1018],[55,1005,978,1019],[57,1005,978,1020],[59,1005,978,1021],[0,1022,978,1023],[4,1022,978,1024],[6,1022,978,1025],[8,1022,978,1026],[10,1022,978,1027],[12,1022,978,1028],[14,1022,978,1029],[16,1022,978,1030],[0,1031,1032,1033],[4,1031,1032,1034],[6,1031,1032,1035],[8,1031,1032,1036],[10,1031,1032,1037],[12,1031,1032,1038],[14,1031,1032,1039],[16,1031,1032,1040],[382,1031,1032,1041],[384,1031,1032,1042],[386,1031,1032,1043],[388,1031,1032,1044],[53,1031,1032,1045],[55,1031,1032,1046],[57,1031,1032,1047],[59,1031,1032,1048],[0,1049,1050,1051],[4,1049,1050,1052],[6,1049,1050,1053],[8,1049,1050,1054],[10,1049,1050,1055],[12,1049,1050,1056],[14,1049,1050,1057],[16,1049,1050,1058],[382,1049,1050,1059],[384,1049,1050,1060],[386,1049,1050,1061],[388,1049,1050,1062],[53,1049,1050,1063],[55,1049,1050,1064],[57,1049,1050,1065],[59,1049,1050,1066],[0,1067,1068,1069],[4,1067,1068,1070],[6,1067,1068,1071],[8,1067,1068,1072],[10,1067,1068,1073],[12,1067,1068,1074],[14,1067,1068,1075],[16,1067,1068,1076],[0,1077,1068,1078],[4,1077,1068,1079],[6,1077,1068,1080],[8,1077,1068,1081],[10,1077,1068,1082],[12,1077,1068,1083],[14,1077,1068,1084],[16,1077,1068,1085],[382,1077,1068,1086],[384,1077,1068,1087],[386,1077,1068,1088],[388,1077,1068,1089],[53,1077,1068,1090],[55,1077,1068,1091],[57,1077,1068,1092],[59,1077,1068,1093],[0,1094,1095,1096],[4,1094,1095,1097],[6,1094,1095,1098],[8,1094,1095,1099],[10,1094,1095,1100],[12,1094,1095,1101],[14,1094,1095,1102],[16,1094,1095,1103],[382,1094,1095,1104],[384,1094,1095,1105],[386,1094,1095,1106],[388,1094,1095,1107],[53,1094,1095,1108],[55,1094,1095,1109],[57,1094,1095,1110],[59,1094,1095,1111],[0,1112,1113,1114],[4,1112,1113,1115],[6,1112,1113,1116],[8,1112,1113,1117],[10,1112,1113,1118],[12,1112,1113,1119],[14,1112,1113,1120],[16,1112,1113,1121],[0,1122,1113,1123],[4,1122,1113,1124],[6,1122,1113,1125],[8,1122,1113,1126],[10,1122,1113,1127],[12,1122,1113,1128],[14,1122,1113,1129],[16,1122,1113,1130],[0,1131,1113,1132],[4,1131,1113,1133],[6,1131,1113,1134],[8,1131,1113,1135],[10,1131,1113,1136],[12,1131,1113,1137],[14,1131,1113,1138],[16,1131,1113,1139],[0,1140,1113,1141],[4,1140,1113,1142],[6,1140,1113,1143],[8,1140,1113,1144],[10,1140,1113,1145],[12,1140,1113,1146],[14,1140,1113,1147],[16,1140,1113,1148],[382,1140,1113,1149],[384,1140,1113,1150],[1151,1140,1113,1152],[388,1140,1113,1153],[53,1140,1113,1154],[55,1140,1113,1155],[57,1140,1113,1156],[59,1140,1113,1157],[0,1158,1113,1159],[4,1158,1113,1160],[6,1158,1113,1161],[8,1158,1113,1162],[10,1158,1113,1163],[12,1158,1113,1164],[14,1158,1113,1165],[16,1158,1113,1166],[0,1167,1168,1169],[4,1167,1168,1170],[6,1167,1168,1171],[8,1167,1168,1172],[10,1167,1168,1173],[12,1167,1168,1174],[14,1167,1168,1175],[16,1167,1168,1176],[8,1177,1168,1178],[16,1177,1168,1179],[0,1180,1181,1182],[4,1180,1181,1183],[6,1180,1181,1184],[8,1180,1181,1185],[10,1180,1181,1186],[12,1180,1181,1187],[14,1180,1181,1188],[16,1180,1181,1189],[0,1190,1181,1191],[4,1190,1181,1192],[6,1190,1181,1193],[8,1190,1181,1194],[10,1190,1181,1195],[12,1190,1181,1196],[14,1190,1181,1197],[16,1190,1181,1198],[0,1199,1200,1201],[4,1199,1200,1202],[6,1199,1200,1203],[8,1199,1200,1204],[10,1199,1200,1205],[12,1199,1200,1206],[14,1199,1200,1207],[16,1199,1200,1208],[0,1209,1200,1210],[4,1209,1200,1211],[6,1209,1200,1212],[8,1209,1200,1213],[10,1209,1200,1214],[12,1209,1200,1215],[14,1209,1200,1216],[16,1209,1200,1217],[0,1218,1200,1219],[4,1218,1200,1220],[6,1218,1200,1221],[8,1218,1200,1222],[10,1218,1200,1223],[12,1218,1200,1224],[14,1218,1200,1225],[16,1218,1200,1226],[8,1227,1200,1228],[16,1227,1200,1229],[0,1230,1200,1231],[4,1230,1200,1232],[6,1230,1200,1233],[8,1230,1200,1234],[10,1230,1200,1235],[12,1230,1200,1236],[14,1230,1200,1237],[16,1230,1200,1238],[0,1239,1240,1241],[4,1239,1240,1242],[6,1239,1240,1243],[8,1239,1240,1244],[10,1239,1240,1245],[12,1239,1240,1246],[14,1239,1240,1247],[16,1239,1240,1248],[1249,1250,1251,1252],[1253,1250,1251,1254],[1255,1250,1251,1256],[1257,1250,1251,1258],[10,1250,1251,1259],[12,1250,1251,1260],[14,1250,1251,1261],[16,1250,1251,1262],[1249,1263,1264,1265],[1253,1263,1264,1266],[1255,1263,1264,1267],[1257,1263,1264,1268],[10,1263,1264,1269],[12,1263,1264,1270],[14,1263,1264,1271],[16,1263,1264,1272],[1249,1273,1264,1274],[1253,1273,1264,1275],[1255,1273,1264,1276],[1257,1273,1264,1277],[10,1273,1264,1278],[12,1273,1264,1279],[14,1273,1264,1280],[16,1273,1264,1281],[1249,1282,1264,1283],[1253,1282,1264,1284],[1255,1282,1264,1285],[1257,1282,1264,1286],[10,1282,1264,1287],[12,1282,1264,1288],[14,1282,1264,1289],[16,1282,1264,1290],[1257,1291,1264,1292],[16,1291,1264,1293],[1249,1294,1264,1295],[1253,1294,1264,1296],[1255,1294,1264,1297],[1257,1294,1264,1298],[10,1294,1264,1299],[12,1294,1264,1300],[14,1294,1264,1301],[16,1294,1264,1302],[1249,1303,1304,1305],[1253,1303,1304,1306],[1255,1303,1304,1307],[1257,1303,1304,1308],[10,1303,1304,1309],[12,1303,1304,1310],[14,1303,1304,1311],[16,1303,1304,1312],[1249,1313,1304,1314],[1253,1313,1304,1315],[1255,1313,1304,1316],[1257,1313,1304,1317],[10,1313,1304,1318],[12,1313,1304,1319],[14,1313,1304,1320],[16,1313,1304,1321],[1249,1322,1323,1324],[1253,1322,1323,1325],[1255,1322,1323,1326],[1257,1322,1323,1327],[10,1322,1323,1328],[12,1322,1323,1329],[14,1322,1323,1330],[16,1322,1323,1331],[1249,1332,1323,1333],[1253,1332,1323,1334],[1255,1332,1323,1335],[1257,1332,1323,1336],[10,1332,1323,1337],[12,1332,1323,1338],[14,1332,1323,1339],[16,1332,1323,1340],[1249,1341,1342,1343],[1253,1341,1342,1344],[1255,1341,1342,1345],[1257,1341,1342,1346],[10,1341,1342,1347],[12,1341,1342,1348],[14,1341,1342,1349],[16,1341,1342,1350],[1257,1351,1342,1352],[16,1351,1342,1353],[1249,1354,1355,1356],[1253,1354,1355,1357],[1255,1354,1355,1358],[1257,1354,1355,1359],[10,1354,1355,1360],[12,1354,1355,1361],[14,1354,1355,1362],[16,1354,1355,1363],[1249,1364,1355,1365],[1253,1364,1355,1366],[1255,1364,1355,1367],[1257,1364,1355,1368],[10,1364,1355,1369],[12,1364,1355,1370],[14,1364,1355,1371],[16,1364,1355,1372],[1257,1373,1355,1374],[16,1373,1355,1375],[1249,1376,1355,1377],[1253,1376,1355,1378],[1255,1376,1355,1379],[1257,1376,1355,1380],[10,1376,1355,1381],[12,1376,1355,1382],[14,1376,1355,1383],[16,1376,1355,1384],[1249,1385,1386,1387],[1253,1385,1386,1388],[1255,1385,1386,1389],[1257,1385,1386,1390],[10,1385,1386,1391],[12,1385,1386,1392],[14,1385,1386,1393],[16,1385,1386,1394],[1249,1395,1386,1396],[1253,1395,1386,1397],[1255,1395,1386,1398],[1257,1395,1386,1399],[10,1395,1386,1400],[12,1395,1386,1401],[14,1395,1386,1402],[16,1395,1386,1403],[1249,1404,1386,1405],[1253,1404,1386,1406],[1255,1404,1386,1407],[1257,1404,1386,1408],[10,1404,1386,1409],[12,1404,1386,1410],[14,1404,1386,1411],[16,1404,1386,1412],[1249,1413,1414,1415],[1253,1413,1414,1416],[1255,1413,1414,1417],[1257,1413,1414,1418],[10,1413,1414,1419],[12,1413,1414,1420],[14,1413,1414,1421],[16,1413,1414,1422],[1249,1423,1414,1424],[1253,1423,1414,1425],[1255,1423,1414,1426],[1257,1423,1414,1427],[10,1423,1414,1428],[12,1423,1414,1429],[14,1423,1414,1430],[16,1423,1414,1431],[1249,1432,1433,1434],[1253,1432,1433,1435],[1255,1432,1433,1436],[1257,1432,1433,1437],[10,1432,1433,1438],[12,1432,1433,1439],[14,1432,1433,1440],[16,1432,1433,1441],[1257,1442,1433,1443],[16,1442,1433,1444],[1249,1445,1433,1446],[1253,1445,1433,1447],[1255,1445,1433,1448],[1257,1445,1433,1449],[10,1445,1433,1450],[12,1445,1433,1451],[14,1445,1433,1452],[16,1445,1433,1453],[1249,1454,1455,1456],[1253,1454,1455,1457],[1255,1454,1455,1458],[1257,1454,1455,1459],[10,1454,1455,1460],[12,1454,1455,1461],[14,1454,1455,1462],[16,1454,1455,1463],[1257,1464,1455,1465],[16,1464,1455,1466],[1249,1467,1455,1468],[1253,1467,1455,1469],[1255,1467,1455,1470],[1257,1467,1455,1471],[10,1467,1455,1472],[12,1467,1455,1473],[14,1467,1455,1474],[16,1467,1455,1475],[1249,1476,1477,1478],[1253,1476,1477,1479],[1255,1476,1477,1480],[1257,1476,1477,1481],[10,1476,1477,1482],[12,1476,1477,1483],[14,1476,1477,1484],[16,1476,1477,1485],[1257,1486,1477,1487],[16,1486,1477,1488],[1249,1489,1477,1490],[1253,1489,1477,1491],[1255,1489,1477,1492],[1257,1489,1477,1493],[10,1489,1477,1494],[12,1489,1477,1495],[14,1489,1477,1496],[16,1489,1477,1497],[1249,1498,1499,1500],[1253,1498,1499,1501],[1255,1498,1499,1502],[1257,1498,1499,1503],[10,1498,1499,1504],[12,1498,1499,1505],[14,1498,1499,1506],[16,1498,1499,1507],[1249,1508,1509,1510],[1253,1508,1509,1511],[1255,1508,1509,1512],[1257,1508,1509,1513],[10,1508,1509,1514],[12,1508,1509,1515],[14,1508,1509,1516],[16,1508,1509,1517],[1249,1518,1519,1520],[1253,1518,1519,1521],[1255,1518,1519,1522],[1257,1518,1519,1523],[10,1518,1519,1524],[12,1518,1519,1525],[14,1518,1519,1526],[16,1518,1519,1527],[1249,1528,1529,1530],[1253,1528,1529,1531],[1255,1528,1529,1532],[1257,1528,1529,1533],[10,1528,1529,1534],[12,1528,1529,1535],[14,1528,1529,1536],[16,1528,1529,1537],[1249,1538,1529,1539],[1253,1538,1529,1540],[1255,1538,1529,1541],[1257,1538,1529,1542],[10,1538,1529,1543],[12,1538,1529,1544],[14,1538,1529,1545],[16,1538,1529,1546],[1249,1547,1548,1549],[1253,1547,1548,1550],[1255,1547,1548,1551],[1257,1547,1548,1552],[10,1547,1548,1553],[12,1547,1548,1554],[14,1547,1548,1555],[16,1547,1548,1556],[1257,1557,1548,1558],[16,1557,1548,1559],[1249,1560,1548,1561],[1253,1560,1548,1562],[1255,1560,1548,1563],[1257,1560,1548,1564],[10,1560,1548,1565],[12,1560,1548,1566],[14,1560,1548,1567],[16,1560,1548,1568],[1569,1570,1571,1572],[1573,1570,1571,1574],[1569,1575,1571,1576],[1573,1575,1571,1577],[1578,1579,1580,1581],[1582,1579,1580,1583],[1578,1584,1580,1585],[1582,1584,1580,1586],[1587,1588,1589,1590],[1591,1588,1589,1592],[1587,1593,1589,1594],[1591,1593,1589,1595],[1596,1597,1598,1599],[1600,1597,1598,1601],[1596,1602,1598,1603],[1600,1602,1598,1604],[1605,1606,1607,1608],[1609,1606,1607,1610],[1611,1612,1613,1614],[1615,1612,1613,1616],[1611,1617,1613,1618],[1615,1617,1613,1619],[1620,1621,1622,1623],[1624,1621,1622,1625],[1620,1626,1622,1627],[1624,1626,1622,1628],[1629,1630,1631,1632],[1633,1630,1631,1634],[1629,1635,1631,1636],[1633,1635,1631,1637],[1638,1639,1640,1641],[1642,1639,1640,1643],[1644,1645,1646,1647],[1648,1645,1646,1649],[1650,1651,1652,1653],[1654,1651,1652,1655]],"others":[[1656,1657,1658,1659],[1660,1661,1662,1663],[1664,1665,1666,1667],[1668,1669,1670,1671],[1672,1673,1674,1675],[1676,1677,1678,1679],[1680,1681,1682,1683],[1684,1685,1686,1687]]}', "linux-x86_64-musl": '{"strings":["cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-install_only_stripped.tar.gz","3.10.21","20260814","85VkUhzRTaWzic5oJUEDPVZ7GsSf7Morak1NYobCN9U","cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-install_only_stripped.tar.gz","ZLocifHyxOdfSDJ74Vs08pZyW2qdstUJStYXlhOspEg","cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-install_only_stripped.tar.gz","Me7wndTGWvI0INgrjwMw64yMG022V/3CCXsVg8wqymc","cpython-{v}+{b}-x86_64-unknown-linux-musl-install_only_stripped.tar.gz","Bb3diUL03+xF43yM1yyLYyPixwFb5uH1CZBHYkMJV/w","cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-debug-full.tar.zst","ghaZFdj/1KsRdJWnmyglCAMyJVy+Zlj1q0YxyFYmgAA","cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-debug-full.tar.zst","hhRNQK1TqmVeZnhijNEn1XooOW1e9hYXdMvaY5mcCkI","cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-debug-full.tar.zst","HpixHOWsAs4mdfZAic36sAtObswJxGNHETPkH6RkcjE","cpython-{v}+{b}-x86_64-unknown-linux-musl-debug-full.tar.zst","0eUErMws1tgNQqKmc101tyyjN35BToe9oRNX/D2NZVI","3.11.16","X8KFh5kM+sc19ktC/YKsVy7z15j3Y4viPqGeUSYmpOc","8Hb47M4eWc0Ug87piFk60r0xK0XyKIVUQBcxg8dvP9A","jIzCKZfithyYA4jgqiK2uvHm+dYwEEal295WfgjylVs","iv9Np3faDBCEauYC23HOBBn09wtG6zDytce/j7DbW7o","T8QKwWnPDra4PLdydWZCJcrvY8FzgnkfYjKCl5peOF4","pp9l5asZs1XNP4VYfvnO7b6k22IBLWIj7uvrc7q5kmE","yHczc0Tm2L2eYd8GEf8TAUIJHztd+1YxU2C6ZArbzyI","lU79nyBXpp22F9e2ZJuRKOIhDdDeNUcnrcyhzGScBCE","3.12.14","Ix1cTSzNsqIn+FW6PaPVMVA3QtEo34a4njgoCfkglXU","I4waH+pXF9zYFLbu4mwg25YD/qsd3jJiG1xyOEhBOZg","2l1eA/kgh7ow/teb3H0mx2SAnt9ZE78T0Eedz2Sz9sQ","Ja2/nYZa2oHHKLqe5s0EJza2tG3NOoiRmAONoE7tnEo","QHSlW0ZwGTcQ+AFTBYZ9rOg/W+FE2rx15s7QH+wFQNU","8HTt+1lzM/7TRHhWorgmZ6NUltsB9NcBZgUOKfleldw","To2DsXawReKWcbM1DeNiLe6hoFF5U8RE9H3dBqnJsOw","g1V3nWHAXGjNnfF8hthINhD7sMknfMfvS3pvVkm+640","3.13.15","xEXGAt7KB8qjSojUI5UodcYgysEGR0iepWI9LBcjje4","G6VDNGSFQreA1n/87Qud417pmr1eTIKQBADBq0pAT1o","dg1m1xIi146e1biNJ086AJNSwqsHKuHoG9gu1DtwX4U","zsFhlpy9YPMGw2YGZwGnqy1At4cY59NyKByr5XQ0I+Y","cb0c4b3O+YA/HhjbXxXJ40yu8L18KLIoBFMMeTCLT+E","m2yeChDqICxvDsG4usY1Lyx5xTlbzHxPDhC8nvKZZjs","9E4jEuO2+hhxlQ+9jihaq9QObJukK/WqxG7lTmv/c9E","69CeG0ldScfXzsUD3z1IO8vrOa95lXzoJNGMozB+seM","cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz","ilGYyzdScVLbinGDTb6B4BKrNQqao+H+2ghZVicLtlM","cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz","FhFn8KtVKMHY30Qz+/D8KpeXJfJ53Ek5oyVynaPgYuI","cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz","CUdyLxsPS9m2s088wv+0ycOUypNE6gKupDmLGHUX9lI","cpython-{v}+{b}-x86_64-unknown-linux-musl-freethreaded-install_only_stripped.tar.gz","XzSgmKc2GDCbejNSGcwjTi+5qsINnc9K3oCKfcRfBFQ","cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-freethreaded+debug-full.tar.zst","ykEIQ9IQHCog8BGBdR3Zfh7KiJ1if+mzG68N282tZrg","cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-freethreaded+debug-full.tar.zst","NKMUNx5jM8ueiecpSaqSyy9NOjIWtMTzUZVLvaeLtt0","cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-freethreaded+debug-full.tar.zst","Hh2E1sNu4WISbmlkWpeXh6BZ8YhoWm7GpX3fI9vRzPw","cpython-{v}+{b}-x86_64-unknown-linux-musl-freethreaded+debug-full.tar.zst","Q0WiI5JdOkQs8F4bIu/GkWPQJ3xq7kqNL8S/kDuJROk","3.14.7","vd2KkbrjlAuDwK7ku6tgqt6DI6MfiYuDqeukgVUgJZQ","AXBlz0WjQbhQjx0ltxPhOmIR3lhvD6EI9Afo+bgEYqM","v+uZcZBejQIk39h3djRGSk6er4/j9DzhNEG93LazNuc","2SeT58dfiODr/j9tyagLFXHih1N5OMU2sHxg+cI9Y2A","XGwljBdhDF8ryW6TYubv5iTBjoRcXYe3HXix//abkkM","op5GB0T0i59s39I96PiexSSz5h66NzAK0cZiz5XVw9Y","D+maV5tADAJXz7WxkHyrGW2BaXYOKVdHTULmXJKYFKw","tzRPn0EZZKdZqy8tPMxrdUAyB+xeC/z5SJy+em0tHxA","Yqbf3PDoMemNCCLqjUpBcxr44CJ05K+6i/FQjSDl1yA","eytMX9luVg9lQdN07TNHJVfNKaJkwQ0imIhTFKttdgA","+wpD+kEwAd2NnHYWJny/mESewkAD4xjb5+IyCg0XMDc","NDtHr1XkOlv2ojzo05bI5zdJwAkRZhyeMzBx4c59VUk","Q6sVby0jeXBde1UBrvXuhq1VtOLSeeVFy9xNAJjO4F8","bliMMXEnX347dhY1IQw/3g7sY/Iqu9JIuMSvoJkgM7U","3erlkT1YUxBH1UdvWlprIl/YDBeB7H/DfnfKrTS3lIY","yA+WFEkZ/XEjgRMPazPwUkAbBa+qPfbL/XGfMxoWfm4","3.15.0rc1","0LTkXgoNTQdg4k4SWyXSzGAjyX5GTvnrZFlQr3ZIEY0","04mxBpuU4V9PIlUxmYJRyJlLd8c6s1kObNTDJhZ03SU","hBYzEIS/OUFws3bH9q7LQkXhtCsQLyH77lQ+2Xg6aUs","TsW0ShEFqUzyxOXbtGPkvN7d/XsoHE6XhyevKjXWGoQ","xtzmleAN/EnnIVGoXx1wS7GdOAdq+hqwUFO4LLx1Lw0","VndF7lsqqmFxv2VnWp0C4AnUdQO6qKWPMN5Fwe9uPRI","P2ZDF2EWgKvz5t/g6MXyau9GLlhwQeme2rgAq+CxBpY","A1avgFSeisumYU/e1FgPB4lWgCA9FCookc9QUYKNxDs","ykKOn9+Y/Ps+l4r0nFAbZ8Kv0WybEYkoAJL52TtZpdE","GizzSbE5J2DkUknAGIDIo2d0BzZmeRvBTbRpD2Wm9DQ","hAOZGw6Nh6JauM64QS6yC2y+pefwRIOitSUK5GsZAa0","qduBnEXx97ANyWu1e8avsUAo1en499shaHMpHgxcbyE","vyNuFyhHuAqzE+0TWI8j/2gu3UnJjnv6D/Q4TQ1Zp7U","zRHNsnp0OPnOqYKrAWd1gFmj61k78osipv2gUTvqA8c","Rns81LFZadQTa6zKPpj06LQmWgJAOovV+j6jrOSzqpE","ddDNzslw8e52nwHOTWgmf2mojylPMmB/Y9MNjhqCTlI","3.10.20","20260807","18xEYpOsHwbcoE/E2YR3Ld75t8+yUuTsfG0ySHFZofU","fLRZnoGM1+CCC2jIBuhhyyzcQtfqFUP7WD7sVoG4W54","n/4HI388FsW1+sdOwNZ6m00WzUVCbDCWQm/9mJ1mAAk","T3ouH3KfEQhaikQ+wiZfz6VnvaugVxUFGC27a8lSmmc","dt0vIFh0St//OlxkD/9Q4m+akEiKf2xPoxm1lDZpm8k","CQkon0zFc0dpj23BHVL1fne6QNZNVfL909m1UcAHu38","1HQOrrRWmmtvD7l68K9XdZbf8i0NahOPEWyxkxbIxFQ","L8IarUU5bAWziex7zaIAld06Latele4qtJ+De6cBoDc","3.11.15","Xru5FDzGytZJTooSbPt386toZ/tKwHcWi52k2aTkRkg","Du/AGMUG9hZ8lPD30CzAM0JrxpFvkcW25Tdz3+japwU","mWd5ti+rGcd4d0Z48AnRHoCGWuii/pgdVmk00Qq9uoQ","LnqeQ7Y+bHhLo55cg6agb30tU0hps2AehRQtxUG2fR4","FPLBUA+Ao9HsEyGGqZrQVh93AVAqGYDaL8/ICOA/fxw","oXPSm+Q6tw7VW6qVdvPqw4ASP2vLEL8hEfYaH7Ug43c","x5H/ypwUTOwjD2OFQuaaLD+ftzYxhZzKEOI1rk6MfgE","P2qmFjVIOEWvaF5FK/OT4ynHpAhcQPuE10zxvRibQoA","3.12.13","6Jzz8yO647eo7EBczswJARKEEJY28tCqtiBTP7+kU/s","6RHYYtPpgUTxtfVeOSpLZ/m6KZeq3g5mlpIX55yQhME","yPHZqWv7UKctaGefVx9NcqwtKpOB8POLPQjbx3WzzGc","2+Hph3WEaxUD4BNTU7vUfFHwKw/D3Pgi6oI4aSGvH70","tJm8WouJNtezdIqaFtPm8kPlO5t0Dev7BJfN3s5sn5s","pNuAYZfynqf23IkQ5+mww/VPrdbqkB9fDjsuUEHptbM","p6y5jCMvSbd9B5Ils7oKjKzZdOPSy5wr4VZP/+grKRQ","ax0ylXH+ZUDcC1UTDNBcnbO8tn0xMIAXZkbsvmzjteM","3.13.14","20260805","QFA+k3edJ0cxhFOMjovEQJ3EFOuULYAgykMgP5UZt9s","bP9ei5zLcvOGJCqoRYRkvbAZ1uBqKj0LxQ7AOI/wwFo","aLihhPx4cFfP1amST5O00gGWhcxxfVplYwCo2uUWFGM","xrd3Z7LJfOd8IUlpCTlrbgVrliILLNpF8sk7ZUN23ZM","mZ7/2P+7LHGLdUVboJKasP6rCyRSLfAzzHa1fbaj4S0","F9sUXv/tcJhaPVH12yd3oT4P0pLZb9xHutGmCY3Tf38","1/uJ5yc9Pmhw0qtootBWAjyyV4AkHj8W8joNsLrci68","so8kOyY34+2lWplxKdxKde49ndPFjNAkAxokhYbSEJU","aJdfkJvoqD4wgny9ceAcuOcr+aG8vPOscniQlXwRNUc","4Tj8bmb32Vw+zEj21Z404gF6hoOVrtaxe3lJwB7THeU","WCRxYRFGt9AsShR1f3nBs7jWO5RE0lEBpxJHnQ5pmYA","86hFrzZecTCaP/0Xz881LzWab5NlV6mOH15kSKbMeFM","vlj8bd5vRSmW+5aUtCDDHRtazbrIUbKTekVz2q2H1ws","p1JU81e2zbpPnanwdqiziE6HctwdYegL/nEdXOQxPa0","luMhfb3zOlAhJnfkKotzrlMxLC3A/nMoSn1ZOy874Z4","KSiEYM2fondhHFfMKdwAZJqZVDyNS0NB38xsZbNxLk8","3.14.6","20260804","ofA2U5P7K0HP81UArFdZzpbXZWrb+6UtKPUdxCrrZQ4","Z08otWgpccaxMFgfm2kdRjWbO+vq197fVlSl4dFMDpg","7eTlHhYUVlgA5ALy8RgBSc4UXYoPDs97Btam59bOTqc","y+293May3pkxABXmKd9nrrcy9iK78ljsXTEHV/hat6w","fmdY+Ige3ADGGtmSx1wwFaWhqz7py1gnp2c7K6PWRRQ","3aEj+8gkSo+utdM0etpaVdDizNlbgBIq+Le0+uNGHd8","s2WLIqhevIeEizaqHxCEY9dWAuWDQ7dlhSSYZZ1hIM0","u9hCpL527U+zcL1ajxJitPk6VfoS+pQR32VQN/gbhGw","/elYMSXkIQYSgE8EcvqavFASOrvKy+hixG0iFnkQQjk","fJ9OCdyKquemcFvgAtbfceVB6Hizf+t9mHHqGsbusUU","YRbQkTsfbzOG+vCrFBFLG2STqpBaJKjVpkxh/UipSZ0","+Z6HEeuMBq3LUGsoYIOb6Gq97jGrnadluq7g7233VPc","fI5CV0a/YaTQ2lc6VCgwTB9/yJuJaBS9RUrBBzwI7v4","UnA9emHMBHdtHu2zZFAvrmgwZBLdQOFsrGnlPukECVY","Nur7IoZ6oEFdbM7cF91G+TTrblNUhMcIvMDE7q+d9uQ","Yt7y6GnhGIO1dPCdy2xOM35CbHJ6UXn/DrwqIMEnD0c","3.15.0b4","20260728","s2gpHQkdYfYEsE4Xrjxs7cqDFMQkt3/AP+fw1ow9df8","GpxftesbFbDVO8pCwNgtbO7uIAU51Tnqqd2TtSO9BdY","2DIpl3lS3UbxjSpol7Hdq4+5sQroNMyGSZst/9UmsFM","dEEsCZ53lzoP+uRTn413+25/QtN+7vsEB8XY9dcHSP8","5Ixtxwa5UcjsCPE4KFf2Otsbk6mn7qvUivN4IiyFOFQ","ZsJgROB8S3lHUwb71Uw+BeQGgn3NcLOJSrJbmSxnCSY","v3JQLzErefMlXlOqS8mdYaL4pesP15Owv9F5SJZ5cuQ","y6OZPxV0B9QQuaD1In+mdVlBqhzBoaMNuo51Chj9XsY","Ah4dcf9j4C6RWYQUIHlMftemnW3wBCSIQa0HQaRoIoc","CRH6QLhFsiGAecebEm74P7YVfZPios3qUcM8SASAtFs","KzTeMR0uETTiMFj4Sq8lG0QaZFgH0+T28VoIhajGc50","oV3Pl9WRaUnndOnj3Irfb8YjEmQ6vJ9TvYJq6oo1pVU","r33BIZ7uLvKVLE6uB8VZSkRRl0V8XQq4FZWJlCeth0w","iwGE6gZbL72tBCKNE1bF1fzlrLGdNqw52eGLg0zktHU","fGkpbZO7PkX/3bv19z70SpOPou3iq/AsdnOy/NANdzc","TRV6/4A5KypoNEbBnBN+teW1n6zUCxfVK633+z80aGQ","3.15.0b3","20260623","Wh2yPzhOuVvkOELrPzc75BC7CH8VjDoV9YsvK+MgmjM","KdPNKksx7NdLXFoy5eeodx7IiNFY4l/waxLn6beFZhw","mOUKQHSAD1GNNSlSCBEZPQ0TxrTpN+USTlA/Q3A6HC0","GA2a5DZ44ivg2rhTqbL0YFfw+ULIbdRmv7l27bT35W8","W0ji/dMFqK8j6yJl7vdx4jdrUkHHqrxgPAfKZBWaDq4","J+K/f1z4iqb6g7Ih2OPz5O9SNcktn+HudizCWY4rAQQ","Hynx0wzKtg0pVmGszH9mK9O9XZTyeDsQqjwHyvwRKXI","KiafMDzyI1KaRH/tu/YeMm6F/75xvL8RdKksMlwQDeo","nl1fgWXtb1cb0q1QmZLtits0TE3PyjzwuyFCuwBIWsk","ogdWWMbszBdRIXdaehc8LBXSH8TnpODVe5/ER01u38U","LqiODa7DDtJEBmJ5IVOq00jD08C+hD9nZElV8iGR9C4","EPTmwQSQS4RWeNSjL6l3NogkTfBblow11jTgsZys8xs","wjqeWtS37TRXRUb8RprlDuCQaw0vY/EkG9ve20z8+dw","VwDo42hZAT4OsCgMmmgCrSNu6td2HCOOYus3Pxd0vCg","xKrg+w9TnItPZWiHeIyGyEW2yrCfmb6S8FxtLjZ0Z7c","oJgW+kuGqAzBp5iIGJi2BJCB8yBnNQfyRUAO+QJGX/U","3.15.0b2","20260610","Q5By36+t2REv99gcufwTZmtB9Onzb8c3khs2YpP01DE","u9hM6CeGnVRA3o1vkFd4C3qfZSgV14V231x6FEDkttg","ipiFl4tTafHJLXPJSNRwXmhwtK03YR4MvJ7sZi+9zyw","c8k9SBBnl9XTayfwhgaLZDc7JItc416ltyUyMvSexM8","ScyzLNxzF+p4p0YnbNMlAptsyowZ+RTG4r7cS8GQiUs","Aen1lnQT2SHp+/5fuF4TD7/nTP6eo/09q7b6GlLMbbk","FWbFH8TzUGupQD1A9mSX1go9d0WFM2D0jJbPxuVFsFA","z5nbkqeWCHYnqmAl78/PzxYxPj+LZ420j63g+P8VxuI","MBINtT0XRr7UzCnL6k5jTMalLdrGgbboWGuX8YG6mvg","5tzRREyEqaC3Q4gNKUJUwybzH2g3qNbrZfldua3RsjY","UojEv8OCAIZb50A8trHSIWKRGAFpZ9t/E8qTuCUV0QE","PuPa4FdFJfCDsC+G3VMJmNYUHo069nJ5sGAwCNCjxD4","zvgX1atRgt429lVeBr2HThQ5Kx2B2x9da7ZYZk9ZMAw","AqDF9vit70seHcG0kpU6wS5oN2WCbU7a73t6Y8o9L/g","3CWsUO/x4IYGAaZO1z4JJke3wWJ5BHTqlGwGk703qho","BBeURQFJ4EAX15SMy4V92mBvnyeyW7D/zjhW3qso6aU","3.13.13","20260602","bPjrkEth84/ItqFwmZwUpn+GaKo3KopZwDIepE9Ozjw","Txu9DGTTuPDUBDAmIT8xs5QC8Y3DK6GZrEugAs6zhiQ","8LkYyQfIwd1RODVYI33wPEvykaD2BGZ4KdDgVJsdomM","XZoFPSjJ0J7NUOcA34gWKwo0tkkw+aNbCaWMEFknUIo","cuXe2FAlVMdhxG4ws+teNiDf8D0XVdSd/1kZI249k7w","B8qAs15TlLnWTQmEOMPi9aKLVma9G1WUE4PASTh83+0","+nx9KqoK1tVC3P8sUGwTOwAciByue9JkrjHlqOUpT1E","CNL+oFRTYa6Uflbutu+GXAYNDyBPQORyTaNUaL4l5LU","9p1WPlcK9ur15sr9z8RxSBDi6+BpSA5tYeedEuA/YCk","3Umt5tml3rWp566M2SR6kdZ2vwEPW9E/alrazA/Rv4g","slf7iXDeUB2IIhGESWM4Ao9ZXCPyle2nqhBbpdlJT9E","qI+EG09GlA9Lj8WUbeTLZdOdzjcxAHOOrn/o7TeQsvw","M+c3ujQk7a0D9UgUnp3dMLGSU13myztr4JouyffBv/I","S42MjQqjY3QuQ93D1rtzKKM3ye8DRoE+CnpjNO9BE6o","TAx8gFoz+reMmpGfX7KOvJW00qALYvbsXzo118Kt6LQ","fAK1RVjXErceXOc2AYFEmsp2MDS1503Eq9wRTv52rtE","3.14.5","Q9IHnQ8Qoe7CWib9knr3KyaZoYM8FBgQQZvrnlYXvkQ","/NYfNPSSxs12OvlFpAFOwRmkUY+j/cMDRJJkYoyA0kE","6hXX/5dJkxeSyq2zj3ezS89td48iEvEbEdmMVHuiRSg","CfuXsg3w7ZM205RoAHYZs0WEicM/pBZrQxVVh7OC+Eo","RhvpETYWk8AZjT9K8RnYpUd/7eeWYxmLdB02iqlnqI8","VAq6EKTMBChRX7MzdBbQnr2RUk6OgcJI954KvpFreQ4","adCjwEcoI2zf8imDzPFaW3HRnbx/7xhDd6WAqkc5dyw","yocCTtZ1FtUso5dCUOk19n7tRkejs4+i+kSrXo8247I","XAt1CN/cgsCTEhOL5woawWJkTjROJp3W74lgNStzpSw","vUBmq/74daMjmoyBfdfDCKDVPTrIafW+VyFVcXW2mjM","Scm8xbWqo3rXM/mYG3BENAvLrDAiWaDaABtg3raKh/U","K5H4gDvoBRGBA4VIXMG8SSqUrWQooh7t11tH8ptRcO8","bqYMl6QxuWqm8XpAPFO6aKf6iPcotqszVVyPmaFGEVQ","HUFvpCKKoxw7j6hnj+8z2BK5/zhku0jDJwg6mXBzg9A","Py1dF6BHls/oJH+fY3L8en3/CQ+BL0OWrPjZjr5RBhc","jeq6LDFHtZruolfYbiox4lxy8fWqw4FZWhFt5w83Ais","3.15.0b1","20260510","4h5pKoegzxBw58mna5tQkYyhMsso9lS98aJLOcRgvGU","B0/EEr6ocPak7KkJ31162xFe79hIjhS2ZwvUgTp1mKE","FnupdQ+BuZrmz0469Q749kZuIqW8zCclzodYbp+Nf6M","WufQlLe015wh8IJexlqvbZbbhdIYeVSGn+PhluotSpY","utiS+8kzcKUay8uji/5SkmBUiLf14Bb9pTnVerK6CCM","N1lVnTFZyjz65BSd2avY8vo8Jp3InyN5dktn3lIwKng","odoU9X5UQ3lipwzF47pK/Uc8GyFKC9s3F86447VDQ/E","eTXKpZQD1O8PZDVa7tiu/wvIWbddCY8poUL7YcYG708","yTQGskGBPNiv7Lxmb7xAY/5fkrAUwrrQ8n2LzNDIrjQ","e65Nssnjp2O4Qelw9fumcvkrYAQ9qO4NNMyMeDT2Zs0","Xw0fK27ECnbHfSRYRfJzsW+zfYIHFTsI7MfuhfX2tcA","oQG/GxK0SXC2HqtKnTUkc2jpz2fV5HpX16hVXAxYkNg","bvrO8MAitwcAtJimEbAqlfl+QDzGqYDfInws9X8vMzI","AqqwkpzrPapEaEnR00UuF5wiDKdwBjso0D8dENT5O+A","o/VSKuOc78MpO/kE4evdCzsr9iyqguoS/0CygbjuuD8","wWeZUzfp6neW8hNFh6qZzfXCOWn5T/IH5pqSKFGjcdc","3.14.5rc1","20260508","ELhZiEejEEMlS6U00j1FKyyLCZK+JEexZM4SvZmklvE","SOM/ZWML8DPmUn/jKL6+XNOZfq8CB3TzfA577Xyv6Zw","5cdmn+IMxUY7ObyM4cmrYodSXnkCBRJEnYy3ULcIvOQ","n0DCxAXzQXsTMWISq7LHoCH7FovhqCbSAJNkvqg67mQ","jNShUwFnkzOVNBbB1rrKZIQyo64q8gwEjVFtZmxl+3A","GaN3OOj1Z6RMK05bTjYSfvk+1Ohbg9THN4pgxv40dew","kYfyEs4y86y65NZdca1i2mZbi1o6ZknygkiSB4Vs5jQ","x0I5QfyjyPLWJ3r54uFFa9nZfaQQhtZMya13WUTUqe8","ipSseRkaxurKeClLJgsPP9F+cGtwxTrRYG2VKFCaMnI","WDwOSlcsm2OATJ24QNHgssAJj335HZ6C5QrctR9wA2E","vNWQqOjKoK781FiLTG8nMmLu2jspXk62DLUikAgysZo","DmvXyf4Bt2uBRCpIpGaKIQ9pwXPi1ZadSxQLfvG/K0A","RETI51PWuNE27C+Lz5JUsDc4jeZhEENkgooTavaOmiU","Jm8oWDostod5G8Am5yzjjGsAzq4lLFUzFi1H5LmFhdw","QM/XQCZPd1kXiNauSp+WJ2RVsVPpSIRrtiT6EQGx/H4","0WPy+mrarOqw8ErUx3KWdm249EYm9QgAsvh0KmahjaM","3.15.0a8","20260504","+EPFZMmx2vRKb8jTF2FTmAm9p+MlNqmIe+S7gcL2KNw","erxjdW0M1emBMO2hSdtdqbghq0BE11D9Ximd/Aevons","5UPYH31NeHGr9lMEQgfDBXbLVVHNsauAG30YYy3dkLw","LwrNCl82bqdYamxqJ4U3z3vdYLGEWVjqwSDpciTA0AA","gCAxWLdnX6u+RgiEjLuARP95sVj7sKDsbjqMc4C38Bg","jTeLTlILYFzAnbF27vyDhdJcebWzwIK/oCInsPgilDA","FodLZswIJwicVkp92bdissV4G9Sz38oaTsrjDdptqmc","i8I4i/KfncQnM9NWb1N7OwieQ237O4n8kpesLKBphXk","YWijMIwtdTiBIBix5+chRKBwBcM5bphOhkKa9wWruX0","ESwJd+HDnemOb4N8hDA0sUCezdWeOWQhR2Y7gJdOsnk","Khfn7HeHlwTBzPfbkDxFxB0LN8koASVmLjcmEn+hjcI","ZKXVwzPgOz3+8CvlStoe15hvZRLJpNIS4bPGeDr8k1I","Kmqf8vXpp+GLLulVlbQtTRbcvaRHs5s/9FAYQNJpG1E","pHvLGXpkKeGg3g1pfB6mP/uutScXCagEy7daO/c6w3w","/TVgXUyYZSFMoW2Q6L1jnJtgEgzdRcniwLlvDXSh/BI","mxqyEim+/gh1skIGkpOtRnatdhQZ4DbV3cAbDu8HUxo","3.14.4","20260414","yVgirvfLWa6B54PjL3cD3LmdTJnFfMI2/fcHNsKxd5Q","dRarlch4HLR+9BP0hMGG+qzRiKVPu//y3SrsvVa8Q9s","9sIqxl95RLOh9M1dPvHskj9Upm49Kb2PgszDiO34xYI","1gBSJs0k54BjBiYjLHpjJD1Ihf35ddz5MKB1igdZzhQ","4/a4lroTyaxEYBNU+bMBShMPcUXkcoWIL2V7HwpAOgw","TSCFoyO4J+T20W9qXAfGTKFtLSGOK7h5xN1lgq7SUTw","kVZkGCDlOpHcq1mx8DTkhhWqrjeas9BIBcXJg+rGxiQ","7LkQKeyD3liVjSXq70FTk8YfWO3fBRFsaBJVBgbAZVg","ig9XUf9oCmOjcIKWRB0kh+/9Fb2q+uEDuEFH9ZZmu94","Pu/ns1EBOICQfaspN96Lh4Hq5x5O13d7ljqzQ64HGrk","SombL+wnv1OUxNw3yj/vdHrgNcq637qcLN/Lt5bs03U","25oVhFJNqOkmqNY2yMbb8xEw0rbvAkkbfl+3tXj5CHY","CC2h/q2evcCbDcrQ1qYdDfupcg2E0WPvpCkft8tPplM","fzij7KCt08RLyqA0rOOhCG3VJxBPOm10x+52Q/6yjZw","+EVYmm0jZpwf25Ym6aQgQTAGKnHmuJwBWj+veLogoDs","Zi2G8ZSF7Nd3+EkFDNX6GPH0rMVGirN6DFG3c2zLY2Y","3.13.12","20260325","dVGzAoD6prqAbMOrwfr9CI/Owm9z4nV0AMQHZ6j3WlI","yTRi41b+kY+s4VLrDUIC6SgrNbOkYkexkDQxHkMt3ms","8CbGqHAk6xbdTcVuTsdbrUaCFew0vR3yi4MOPWIgIaQ","i0gm/fZCHOias6e0kQE86YwWIctV1HtcG4dAtVK608w","xpRVertIU6MDrgEOdKsPBAuDoGQiAzfkzLOGhTCOYA4","FJhhCxIO5tWjWfIFdShWIhkeaYXvy7O4zeXqntQ4YRQ","fCUnXfow1fgCUBex/042HKphM+SLLsKwCFx9fmJ2Gz4","Bxn4zgsxRrmBmvvaw5psLckXGFZZAkNQicbIfEDjTow","cT1/PM6a7gz06p0+fzVoDWxtK9BwF+SoD98SOfcIppk","mGl+rOMxJihIhfxUebhB/VEWvoAwEB2l8va2/1iznZ0","XblBVYYubPq6bodZDRQSrsbUDBr8cR+1Xj1FMWn+KoQ","/hurqAhn9/o/VmB0rsZSKqXazlgBEndYzQDcEicXPyQ","JTWIpRJpUiaC6qa4N0yizd9uw0tOsZ3HVwLnpEQeUwk","UqraHvUxP4A8zC/2f46DHAn3UIeUu5WF6jBgHJO+YZg","gv9sHspcqoZwTOlffKJgtqVEqi/LBghGVETdK7hjabw","gWFin4h4i1A3am734aUF+T2cniUiPoymKF/iz2vg5VI","3.14.3","14/V/I0T7gRZ5kCtPoL+ujzbiUDunRfkFupZqaaeHCE","dwg/0Z0rRXIgqhwDcQxqGawplXZu9Z77ZbJy3/ytejo","kmgImAWgCLaelCK+8l8aHPrWea+GtKMs5i1HMN0CjhY","sw6RMoCx84w2KjXkE4VIVk8MwM68Wgigxb2V9Kd+L+8","shQPdL/YJIJCOMA9w0qfBbjQ76ncS42I5iTW/ovA1rc","VqBRQGclK04fu9KgW7eIf3WkVIOUXTrf7QniHp6vfyw","HWYcfncU+2MI9bi00IRWYPdLBnh46KsqdLZ1to7GIbQ","ukECiqQSZsKyLRwQiSWz97ifnP/DVWcwiHD5TUs+XKU","Hqk9Wjy5HV1+9uu/jw5qZ42urlU+bFj+4yE/9a35Zok","4vzX1OLmhFtxphSmpKdK1UsE5Q++NrAIUQXuX31E1b0","tvB0w1sB6ulHm2Evhls1f1JB7pb0yvyX9kqF4KuM99A","KgdbuEDhVEgKymr/tHFKm0RjmXMz2n0CTbpTwhgerCE","LPamgORJaV48HDl/v2jeHXAREDiZn0E7S9hRXBcwl5E","3NrlZ8k6FqBkOfpL7NgZnYEjMdrsic1Gi9OWnho1NMU","MGVA3oqEzkBKrW1UI7Z9iQsm9f4MjA5xCEAZ2ipVGWU","Y9v2GLTWluJUcOAp7mBMfyoslFflZtG8a2KPrPGgbvM","3.15.0a7","SS2ibmJ+6sIUPLtHGDlLMwo4wZ8QzJuiF+OzB2XFKsg","jXc6HJv31fxkB8Po7MLkGHuvIN1r/cQs+Nitun+qCBs","HRYkm/Ls2/wsBsDeHwxlDF/GyO5FgyGBYlRzm15Ndss","+Sg8zQRGabo8XfR2NlQYybUPJifrjcW7dUm0Qu79hAM","rezam9FYrnT9kyBcs97OyLI1jtnKMBkQH3PTtgpGYTg","nO/8pE+V2eIjptRDanE/zInxdKhUjW9482UnU/vpK4A","HwDLit/wO3sGs8xsSUGUfi91WADB4hzd0xWHCG8mceI","0T97oCfmRqNPqVg7LA8GMncv60hvHAtv57D+znZgEBk","7tFQT2wTWFhcxaIFQFaIAlBbj3Ab12qYEsMZv21l10k","cQ8Jxr2jlHSchU4SirxyfV/i3JOS3/0L410H6pkG46k","VJum2CqG/Ql29AvCuYBxewHOiyzeKYTS3IKJeYBFUT4","SGA2FvpvVGiyBze3WXto1jCIS5vPiYWFpzKCE+yxDDE","xo9WYivu7j3RB9cQ1CsxWlvVMNC1KNUABWunii4nevQ","1VtP92oQ9RmBtjELXRpwkpP+er0F1TNzq7Y9t48hnqM","8d3wLaj3OSwyWE8x/8USV2AZO82S4Jy2LzY7aK3xWLk","gaYaEIaVbhVSDjVHm+r9XiEtKaRD8/+w8DpTjqSVGpY","3.15.0a6","20260303","jJhZYGHMtiBvBD3jcdjK2VKH9LiDsadwCWOy20pmod0","Vg2aNEjrT9u9jaGNSMRNXLTyAy36wVEt+vJ3BCS4m0E","P+2TXZzCHihdGxf8rz/cn6RBVSVxmOL86Zd6eclfX5c","1ies00+JEFjxKS0NspBUYT/F0PyYMXUdP8KHfLyDHfk","90nstBabqYtsg0pLn3IWva1AJJhJ421ovSQF20pcD1E","H+PD6wllB23fvvyt4vCaR0mMw7Fi76WCJwOVdyYnaTE","YK1sxlzBay3fwMk+iatb1SSFbDIXvfEvTTTQx3zhHjg","X2CdzwSKBjendNSWusk+CVpPqL/C8OnaBMRJGFGzAaM","cpython-{v}+{b}-x86_64_v2-unknown-linux-musl-freethreaded+lto-full.tar.zst","IghIDAFmvNaYcQIFy/jtNYkaLbMfjjKcgrLsdOF+75I","cpython-{v}+{b}-x86_64_v3-unknown-linux-musl-freethreaded+lto-full.tar.zst","kmd2USJg1InWUqYG487r+ZCmXBMkQtDBBD1hDYYGk1Q","cpython-{v}+{b}-x86_64_v4-unknown-linux-musl-freethreaded+lto-full.tar.zst","mn7nGcHfxiJCN30yZxzfjXJQ8ARJIXCfX7BpUqiisCs","cpython-{v}+{b}-x86_64-unknown-linux-musl-freethreaded+lto-full.tar.zst","K101AXGQJI67v4skQy7HMOSW3Gi5ETCKDNTCHYGB0JA","k770AYABzppHlXu0hMhIusfrPLBemuC/OSmTNpu+m/w","L5wBaU+PmjpQPUlu16vipS0jY3lYkA/XrZLbjveVwVE","Gf3wihmDrmicdJazNkgkoISyXYx5f158TKLgtH2NFjY","ylN5YuzJxm9OYB9WfgV7Md/czOJnAswGWxwmJOtaUEI","3.10.19","20260211","oYHjMmiTmZAL0IQovATrSzpFmhYnTrYOnCw+ngM3rjI","VUipNxkSbhg0F7XY/gZu9TGStfWCEAn4htbqhCB34MM","D6jGfLTRaVUTm7gQpDGJ504bJDvF9zsGTfGfYe5uuUg","8buUZzFZ/U3I8bTtWwXfE5DzzNYCJOHsRQxtCzeNrYY","ovIKN6/U1Rjhx8AWg4F54MxSBzB7yiXxvgGRHivMv94","JjKLCsQmTCheC96IuqVAqBpsLGgL9qiv/4Z96jlvdL8","IjHXhfvgnGBsWwjvO93nn1TehnC7RsXelD9nG7bfOYA","IB73tdt5Nxo6oecShGJiNeOmMcILu1ZiGpcxXLhaqAs","3.11.14","dtHc4RCqK2hiN3lOipLEd6nQG7d+8ls+xvnEYT+COIo","5yWHQ5y8yarxyEIqbs8GMJnyHy+ysx88mWHkb3Wajr0","79WhMuz9ShJ7LsA1kSMDSGi3mGY3UPdSb0XalgbL3P4","KxJdLXMOwDPcjsFmlmMAuJFxVeaSccrh4QxAySerDNg","HUCFaWhqBZDWL7NDqlCtVywNG1Z4TA7jx3YoRn6mKQU","0ZC1fkr0ruMxAlm6HOdIA/KvpJVGjSWVuWkhy12BJn4","fv4OuiuSpJy/OvkT4no/GTnxda4VfPzcyGAMsV8v4zY","DfMBplvZSRZywlP0DZB8rFn5xdAFoBp9hIv4b/ar8PQ","3.12.12","a3mL4FlbcyYv6vViojYEOP5apKKb4Qf08gGN00de+CE","BTVHMbk+NTtMSu2WR/6EZKO0AohDm7gkUVgVOq16Fvs","nqMYJ1PzgxE6tY32SuL5M54fN5/V4wLbW6RJqroKyjo","0S1a98HK5M22nTuYrpFR3LnFfQRE9SF7e6Cm9uToREE","gbNF8A1DX38CbIQDVjOt2oGz/afFhIjWhid61kpmR7s","XAsgmQH4D9pZfnIvaogz71iqZhHnWnsoGvMuKXcDsGA","SueWcMkul1+e01i0LQd+LIHr27L5IX89MZps7+Nzn0Q","SNhJz69DhsWM18pD1z+eMcFOAgrXuqspnEehzzm/BR8","3.15.0a5","20260203","RPDJMdfl8/Zaiqcnqvg0UWOMnnjINcezmZCZEndF9CY","HCK3DS1n1ySCXT5YzKcScwmGaiK74xEP7FrxDsLg28k","2OPCan00c62kugWhJtU0n9QLYkiqroxxMoNRFBfnnUY","0JqFtzILtatK+P1ngbnj6xUHtrdAziLgti1fXEN+uSw","1u/B0Vg1EcSz9Z9ep2/YVLCtWdy3nFBvqohmLzjMYF4","S/hVhJbBKgKnvjWWDhR9DsfdJjcmsyDvvSsLMhliIng","oux+9J0sBRwUuK88Oov0uhoKWXbcmdlJiK3NgkXH2zc","QPKwv4D2CFZzyTmbscBIWhFEdpYOsKxZ0ceAezMg5iE","ti/CweKR5FzKcafcO/NQEt4BCDP0+j8QRm9G+l/dUSY","7v0w6mHU7lMlbUpZixyEMxeeezvVglUsZxEHVsZvMgM","1YYkbT8imAHTOUxrJb10h0L9hMB+ASKIO/wunmLEFI4","TMNvib3HvJOEL3n9reZsCa0ORVAGT88dvpJmLzEgKZ8","FcgPdGIjN/z1YpxybC4pc+pMFFpyJuCx8YnAt01SqRY","HQc6eVHxduwinPBgd/SU3t4frwTArIMZV6KlgUlC0pU","ZfIlmcgn5go05oaTHgK57MlDy4voPYkh6Jfn1eF4nn4","xys6bNg2M4d0GqukVI7/QW8TUd3l9Ga9rk1KUI5DSK0","3.13.11","20260127","TKMcid/ZHgOyQGLSfNm60RSm40ofUBGU+l9e9yq8zKc","IJyBn0CoUrex3IewixVE5R+zGedH6wHKmqvh6VYKFUI","jCaKDr5OBuMt0nafLi80Aj0fF1jy3c5kbzWk/ahfw7w","11lSSVnueoISO3B9vrUdcmLHrAoYITiBX0O91HZCVT0","R29F/qQjHJHEtK9Klshg1XJRc0G4dSZoJzFz47L8X6g","2vIgUL+FaRFcKPcgMjrFrE3jYkLswMfr9iYt01a+vCY","wesBZ35SRPdMvUvRzqpRoRWIAJMTGT3Z53itW30ePvE","dBiXtgUnH9IQMBNc3Seyt5hxznj15eHv/tDM8CVScSY","SgtU7sh7UeKQNJJbe9FYtbW3vbfpLAC464IOwWUCqdA","tdrftaSffz8gxJ0ba8jBuMKfo12Qh92/93WlR8fahro","omk7ofgyGA5U3WPSRWH+f/VpKhJ+rUlx0cZnlkC4ajg","8ZoqtNwOBIAultDrOpHXDPclrZtGcEy9vqHktG//Df8","qleHXg+YKy7L7WgQ6vx2bIZ4fsWFD/BWtT/twbVs2Qo","6QUEwb+Vln/gEGjozKoujXE6oikAA5ZLwVftlVVKt3s","trpxXS9PF5bgsXuAEWkJrxk7wBVMEnC/ijeKQ40FP24","wXTmQVcMRbSjnQhar1gbXvcjLipX1p5syrR8hJN4qHI","3.14.2","bYhK3k5Z7d8UNtjIYEZ1XrBpR2BiDkxDr6ZbqYerTS8","w3PuC/wG182RfoCJ1sCSHay/OZ2aJg0TkwSfXSUcMRk","RWYqc2R1w2LUuwUCl8rXjHVsFW+hd90tCbcAtAzRX6s","JAFSceRyA7m3kklnCoR0h/mXro4KPerMUzzl/FXWbqY","2oboUBLz1uwLghyICEq5Nfgp3fVJIup4KpOmzMeY+S4","5BFbP6fKTDS2qIC6fDvQu2c8PTs6xm5HZPgJ/pqQY6M","qNNJKNf0+bgZEc40QHsboc8kQEUswsuRR0KPnkiU3Cs","tq+TPsu3o1Wd1FLQyP+Sb09TqWAz5++8991z4IaYmgI","unVrZGlap1Ghd5wDPRvuj2yNsLIMr5g3FEeBuqdUHNU","42okR2m+lCVx7vW4F5H/+vNTNYKUgf6zMvzsg9YiE+s","bQxfGPXuUFTDi/VKqfj4RUEiYHP/rmf9GZeZdvr7Otc","TAVZJ3v4lkcIdnGNur0o+/o2m4Z8npeMVcUJ6wuZpsY","C3pJHuoPAf3gWS4IKoFa1Dn3/cb8pyYm82XmdKg49AU","iVnJb9M4X2cLnbIl1fPPr7pkHoIuOT6zIjsq/1+4gdk","rYB0iaYj9WktrFTy1Nh9yMNCBqnFqBEYewMecIRlfnA","MtgFZfefMqhmK0BlDNnDj78MvaEQrP3DppEb8cVZYpU","3.15.0a4","20260113","ZIzUMejtYu6nXH4aAibY8PgocIAxQ+M72FOpnznfB4E","nHfAnyUBE0AM2spehlqY3zZIdYK2saHLHHcBiUUWLU4","VHpSSzp3W1uzxYkx7RquA7ZUrKghYplxIFtdtdg23bQ","7uRBLSU9mLoCUGVlg7PWw1O2W5pwAA6W/F5BYNg1ajA","ekzR5/mZ5nddAfV2ARWelcwv2u2WnnRjmmgZiwZZ/ks","aIQVGzzcWFmZGjU4HhwYlmgmTYpmtrJC4CNW5vf9txg","uc+RVf7K8sg+b3ZawjXMu4/G6xLC49TV95xDNpBDJzE","ogieoT23iG6Z1ESF6lMCFDXDPmIf4apaAx1/TL4E3FY","6uGl0TGBQ0ysNzJEwwjdNm+Wk2r15DUnEgUAJhBBgEQ","T30N/cinoltaOuguZ9ArzJNfviDLGSmPRzckakjEJO0","WJ6jy4abmHaoRlvGPG71yGzUBHriHxx/fFq2a5MQXpY","P6ZrEIoU1aRuginWapWJO13j1bVxNFJGsrcP15oqIoQ","tbOerrMWQsCTGBs144p/9L1ZXJV2Nai/lrp4HGn/Qtk","Mr9xkwV7YgiIaG89xbb93UqKdTe7JAl7uydEgb2k5/Y","5sZkj5xcXE0ow3Z2R3yPUbQ6m/BKKjv7/xL3PbU1r84","dMCcbWjO+ZLdmzrKT/zn+lCm7t03AiV7yohIgck8NZ8","3.15.0a3","20251217","0MDJ8YPVOVnnWPNgiCZjBYh6AQb1uQbwUlb92GMy33U","Y7GT49MfLiPlZJ83qIcq6VdQelVL+VJha9SeWuLdgIw","YmwAAlXqK2kE8PoE5hNUzOaB5/3hYfnUG+woulonkmY","5+4mVwHm6wEoXFVVjaVjrzz1yAI+JJ+coid8nM60EEY","zt30Spdbrb+s3HrSDCxBctyDEPQBgmiBHsOEq1izLx8","+GUhTbnRvmmA1s3H87Gdzrz1UN4bKK91YEqAItPG1UY","AAWh2xL3SsnEQYqDNkb4XoU68EaSPk6ffJ6i4vR+a20","/WzYmOrksY1cgXP5FdGIyCOEbbI4EQakqcUpZnsNshA","VLaFctRYHtSpLHso/xBEGq3xCqJzdk8AixlAdbDu6DY","zlnVDwvYj0ZL3xxeph7vyfqMAcY4UgHkV3GwcNBeOWE","8Qgf605L0CA8k5TV9DwCqjtbEVsxc1o8yNAaT/n0Puw","aqkuePOvYq9xdmqaS+v3kC+wB7PvMa07RSaLtaMTRSM","93rxCUx9M62EegxCRf91tUAz0NENSRG4zYqYcqd2xBI","W7Y8+MmFYFxSrs9hGNNrZHQUa1GR7XDAxmZAxfg2Jz4","gcEIQvLjFI4ZI/aWUy/I6tckpnmz/ugQIE52u7cA87o","WOUcZbonWVd4Vr6qUE1ruFhc0Y3AkhiDvJOL6bRR3Qg","3.15.0a2","20251209","aAJYqsDjeX1NJ16yfmWy4QbzfimLHPlblEMmcS2jeCA","Z8D2baEtxDHlB42Fw34CL7M1tYEribTFaavx4dPHl4I","DEbjrdcOSp1uNle2BrsGY1YWjBzPCersrJFf1y3ijcQ","ThU8lrl7dPvYN4wx4MZIjFjbJ8HV49L0WW6PGwq0P8c","CDeu6V/ciN6heHJz4G5ou/AfCY5quuBPhaA8LC8xo38","7N+b6W9cUE4UZatlqnkXDHlv1q2Im2mwF2nGXF2fwl8","LHgroerZxW1/FHNmfwqfT7lHG3RkfIG4NVhgTW75Jdo","VIFJDmM8eN4VxgusF5qGbuR2FUYC9ysj7gm0KvUPlNs","bMd843gDtLj+eZIyrgDFxvQTkTVgPPgXv7WhvT9Egh0","ZMQ7HhN84opD6q1MrV80dOXBy8Uh4bIDJTd1QCPZg1I","lD3WnGN4APVJcxblxypiYyUPmE92EuBAKfJGJvsA5UY","9vpEYJUlIpNEGKLqEj2ZP2oiJYea777qkcpzsq10nHA","hl2vR7FRYMfd99XipI8K66u96RlJ48Puq/wXqWSHqtw","xRcj/4Yl52aAfp8+c3zEqeimTILaq/OHrOS/aW7Cu9g","8BqgPL4V4xzyMsld+vJTnT/3cyNvwFg5sZ+XpXsE1N8","4NX4AKjqarOHv83fL3UA1CMMMu+ktANNKrmAqi6L5fI","3.13.10","20251202","ctOce5Q8Z0v0OUOfykLFli24otC49zfrlGdKqyUk+qs","IMH2akjzW40aBmiz2ugjDTpxnoqmVhPkyB6Bg7PoDWg","neSZwkCjk2AIzWYOjDSaPia3rrD4mlFzd14OMfCCCTo","S8VyjyGb46yMpPHZw1nWj86lQS9yBX9+JSF+WS3c73s","nFmEFmQTKklMzQBQwsmSm0wRXIY5z8FRWKQjLx9J8MU","48F2jwC8QdOj0ae1D8WIHZJl4RTvLtI9td55UZaCjiU","K9Lvok0bg+y6feQCX/BIW1sBIG0zau5HZcyLrf/rxQU","++Gaq9YbFEKCMBch6akad8xTxZU7LaBfIFJt0WVF9eg","Tiw2jwQM7mUZDiRCItkkkh8bWRgMRXmt3CIvIg3yFDo","WmnjaZ/daiD/F7/9g94wQAox/HPfA5+JSa0glMdw4B4","WBY0xBEHJG6yYUpMhZIcszG2CLyBAQK+TGnMCyYy2ZE","E9z0LZL9jMl57CuMqH5//XEN4Q5bUvGNpOh5UOM/SZo","75joVQ5+kSOhQrpm1i5pxtsZ2+UKQXMVrR8doYpbqMU","279mjKJB7LAgKzTOPFiN0DCby1+NRr7751DazPE3Cg8","s1l4mAy5kTXR9Dd1YgfeqoM97w1zMr/0IwuydL7cgjI","tDCGGkI2cwFbfTvTS1YoMRUZkn1AUuytzq1DfgqH2NU","3.14.1","doM2kpy0PWmD9lKpoAZcH78CoLhtXBGtzJTpEoluYJ4","P3i81hN/6hueBynXghNqiQk2DBQcTHGfc7tRtxf8fXE","DQo/47Mp1+f3N4DeZHlMaoUJMjbN0tLOXvjsee9g3Gw","z7xCTn+s+CkWBvLdz/2ncfb2oH+4I/5cjXKMtVcWEZE","Sx9WbMIlc5K+kAnWAQYBaCakTlHqwpINkSB54ZnePZw","ub0d7xbfeMCwU0PxMlkfQuD0uhDVUPpmDHLoymLWrzs","novkO+EbNVEjOaZ/JrkV8pyGtMSVoeDw+1HJoJN5Z6M","jD8f1eYi4jiV4oe1awreFp5OaC9bryTq+1Om0jOayq8","Dg94NMXUsww2bALVdbM/SF1e2PeWEu07U2KAKoQaz88","sVtsPl1T8kQKCnGmDFTc6ucMnDBlL65NW3IKbH2gSlw","O3vyVl7AGqFTwvMm5bt2E8TWHj224v9lcVqytpiI0C8","3RE4xAt0nv1eQblP+9cA86nhkGuvkqzXZG4jP1P2AS4","Dl8GD1dI0BqdKJp1Dzl2kraXxUXmZ3Qm5bSxXC2nkyY","QUDHM/WnY5dkPllKWc9giRojrLiV9wtAkf4GEYYKJ20","ubMBz7+RyCY8FH7/R20DGmslnAO6Jl4vcpY61OyakT4","0cKg4MSEn/CfPDDsdhR762tpmpSFbBVFpYxFhIKIVP0","3.13.9","20251120","Fs1K4DYSn9HlVlBv3j2XhHpebVQtDMQDS65JXzstctI","44DFZRrMjARro4DsfcD85Mn+wr07c4wJF/EfhqGQqJU","q5fueGrATuw9O5zUWoSMQWLf6Q1F4V1aAH/iT91j0nA","6bMMpfD8p5UUujwZ3nXDoiWMrSI2NjAzLtt4jm9Ferk","Cmp0OwB5/VdpWiu/9fTdFiS/JgmcASXmXM16mpH/n5g","VZzS19dKUlNmKC/8aZFm8NBvK6BzNgqz8fqva8BP05U","c7GfW2jBfJGqPjC++orwuz+5GBxTGMkQ9Chzokd0Xkk","BSLF8H2v7fXXl6636UuT0CICGlvGFkIX4MN8FybfW2g","VLydEDxq28+ki6WTc7tTjAWXgYRykgNQ1K251Gb72B4","ItNt5CwOO9dBCNCdFSOZQlJBnBGk/xZtIlC20AjnskY","W/7Yprhsz75e/3yo7roP2Y+0z5pSl+QuXsKeFvO0qRU","PnFbbD0VdDNcAv1td0HTxQtn5Wj5cQRnM+wjcmgO2tk","4GRIRKZlD/uz6Ln0va9NMEVQeJg3aN+PWWRgOf8LqY4","Z+01PTY21xs0uOK8BLUR0aCRhRVoQQ5yGF72U7EcvbE","RN9qsab9ICAoR7Pr2oqensuVJwAxmpBpkcTtQuXlgzw","YwjRabJzHdYVHS2HJ2rs1LSViNjDYtvosEUnb8NTM7w","3.14.0","w0cR+flV2AXwhmRWWuYeuUsmQNBY772jY+rSitRlxJ8","Hd3bnKVP35fxU3e08KVQepq/ldQHMCvBzeff9zXIPoc","VTXZqat4W6Z2gXBIiw3ATmx3ZgJrxSMg6y5/Y7XBbsU","+Dye2eY6FYTz/X+b7cYf94PLUhDO5bL52wtE2W++O5A","CNLR3/PpEDfi0+uSEBWhwaSNoR8nQArwxQIJ2mMgWnA","r94tEQy83zy/TQZx60pXxi0dAyN5FifHhu4R84PSmVs","qZCQA2ZIPIy34/N+lHJJhvVyUUzylQ2WRZ6IwXt5Dfw","u0t9+8E7IECLH8HaDC+OFmg0RsiC6O9cNrOersN9JwY","LhI7Ws4M/+T8RocwMWKlp35BEO+tFZrffvA2TdxKnCQ","zNCP5rEVZKQECSgd9BRaAj5raxTegVmAI+wvbpV5RY0","4boeYvQi32lQkYehVwpmbaWTWINaYoSoC5rz1nogqLo","MJ11ABC1CY4PgWhAjNUcmhtTHL3Tc7kR0G+QGCJVtKI","4hW3YZa1wa92Pvs09VkyQXhxX7yupVjlP/R5JwQsL5Q","X5iYXLP7rpFFZLDldpz+93K3cF8uy1PvJsoZ0W34m/U","CKGt5T2JYvh7wFAUMeaOyCp44Ar/EyP8WFlyp22NXMY","NWlEWLjK8L0NvDK1A82rfxfrtYmBP51iDWtrUZYj/mQ","3.15.0a1","20251031","QQD1N52f3JVQRvd9NUWpBlN1voSnuoVD9iSqXMD4deM","RyYmAFZcz9on52FANlUue/oa3903myu9mUZj7sk/Skk","QYcK7nkDMs0mx4mkQY7KPuUTV+DsIN6hVAo6ZJuYi50","ty5AKFYi1lUaVWLZwbZZ+FYlujcJXA076BeOwKImFbY","DW9GpfONVni6a+cG2DklndEhCuV1/D7oJbd0Y8ODECE","fWXKFcJkCMIe7TM5JNLbVz9cM5j4Sz38Medy+NR0zU8","9CgtbWH+MZ7jE3uInxvul3Ce1cSclExQixfPlbutA94","XHUAsyy3BP1M2fO6i6VpsAorJaCAZEro3R1TajHlfK8","UhKmriLbKS08I5l0hSmUKXbLQkZX4ERE+DvtJ8XOkL8","JUY5/BW6ciofF+oiO0azugpbz17LcDl90b0IPwRUM5Q","GDEi3gcedWdIXbKJpIzCg0PVT61sVRLKytCzPB7VuF0","YhrDuLivoVk9Y/sTDa3G7sK9njYD1sAo7+YBRuBexDA","3eI+TeptESeFTn6ZI19jN85gplTGqfwRKkcQd0/2LH4","2AKEJOrnX11zs24BFzbLyYirqMIc0vsOqe7MaM1fPJ0","j8x4H5VHdSPNStBlM4GpWLq9t9mAG0MNi1I2Omf4R50","tOmOlcLYbHDB9RAb/+zxKgc5gXp/roZ/H8bHJBcHpGI","3.9.25","vMJ/1pTlSULCvWCDaRCImCpokJ+mOCrk6SwCJ8fBTdc","eL4IfhRYjP+Jxth43YO3c8qxzECG48pUlbyPVpxIYZg","wXNM7iAV/Avm3uKrwqxiEn8zi9i+Rnd+MGn1QSVlUtY","JVWBaZz76kkjGOV5zskyUkEM/TD7qAD6ar3qiiwjnF4","Te3sv/GxWnPeL83iBF3gXj/iwppoSYG8k5ac2xVF8XI","T5fOtEZTQkP92abW4LzKHOqbTHHX6aMElyW0I0EPNF8","n8wclGgEN+pe0+NWroE6M/nClsKmjQDIpSkk58BZ2GQ","vAqSdP/qH4gBFLZJuqRrSL2mU/lRdBSu0PeatHlB8+M","3.9.24","20251028","pKS9yxSN7XuQVNh4ln2sYuEfAKf/1gLq5EW6XksQiNg","kKSme/lb81SwJZvz67nB8wlwcsoO5ST7e3W9bUPWojU","7E5LUmdamXvnID1KSL9EiH3Xzwf0IWw8bQKuNwEzfWM","QH42xPlDf10Y6SKJWxi/hW6OAPThr/XKnGlVQ5fJ6aI","IZfxzcRTXmSjyXTP4a3XhPoJgl8fjCxdG3rfnUnlRzQ","Pa+9m3j7CmewNJl1tOz1qwWpxpcDvXIk35wrqxMYakY","NGquVthMygirggdIj9tAR2T9ylfhAXLzv9/DRwPk9Cs","hOG0mx3RnvZLsE4Uh/4a+RL9Cz1uaGy5MA2QJ4b9akE","3.13.8","20251010","32YxCI2Ai8ltEIU910eErfsUuRGYjKLWYi7UflSZiWk","JoMdXDs5Lsz2kOa2KNOd9lXipUiHiL8fyvOX8gaGHmo","frgWo3+sAkQmgXGfA+zJmbETbtMp9Nz43/hOwaJ08GM","IvfgGXCMlfde/AoJKPpy60sPLEzqOGUKmqMYbSO+X3o","S+70bmMDYWactm4F9+EWLnOoYWHzuiOZ2ez24r1nP4Y","iV/57mEn/eNNA7/LnqdootKKPRbCJNmSlK5MxzGPg8Y","ba2gyfdbr0t9sUBBLPZIHzm7grSptgfdVLNPcPhRn4s","1ryqzR03lKIw7XIHSn4j7Sz5nfP4wG6srEj2BtJ7UOE","3w2QXE0xZXj8meYmIqsHN9J7RMv65ppyp5L06EidJoE","ke3bo2tq23kPWCFv4R4Uuy87mqJDRVzTCnrdp3YczlM","5+OUJWqPVZKVX/nk8KyT6HsgZOVSJadOKU2YS5H49II","cAUtuG3niqnA/4JIgiBz+qlFHzPJJCOGekWSF+GO8aA","8IoZYaEydoo/Uh5QUBxClPeMFvhadO3jCbfzooWEkSU","rldf1nO5CDX7CGojI+bS+KFrj79HoZl7nIrHlPwDA0Y","y6OX+zPUD+8D2TYTZX/smKSM2ZQIlebXgK7DSco3HFo","u+niBDvgHEClRfnSQD74j/j37mmj5q5i0Tg7DgpIPQM","3.10.18","20251007","LqjMfCRT1H7vhDoeYGq8xkM2ccmENB9ikAXoKEgnD9E","Cp2He8OeNdwphEtqViFlYLOR1HPTQiGyRbk0mVXF/3M","M+BackZE0KvPOrzEy2pmbP0LMDSqx9W6s8HwKkQ6jLc","yNpMe9AaTrVY4xZ6H2b4gzLiZqvMU0p92sC0knolkEo","2tlnM7kFLC95iGVTaETxY/oNA2r6silF6a8m6TlrcFI","xbfLY+ZsijfMPdGfPamL2+bmhlSzaKEBPEEfNQwDr60","F7oqcoyAzdhjdhghnfukWAMlTWFFg6Lm9o6MlcxKH00","EX0VeH3D+nxqTTTl5cteZ62o+9uPLTxFywyP3BdAOTk","3.11.13","Z0ZRb28Rexp7ph7vn0nBpcoHZhgDmqPIQNQjmy+VYrA","fQ5SDd9Hce9t4XvipesMpOgBU1Vy3UEKGJaZYptMgAk","M3wAgjepYlB6tsyvHrlwtguKGqCThZdbxSS3Ytqd04A","p8Gk8SXBMOckm5YkEiBe0F/vJorAu9xZ1S9/LYcw9uw","L5/cjk13ExCCwY7retnic69QP4ctLqK03Xti9PmIjWM","cw9l7612NA2cC5hJ5ewqx1Ndt15YVeU6vaxLKhihRFA","L2z8/VoD7+SFyjWYSoQZHobfzNPD70r06+ah2G2yQe4","NUo7/mIxO/NJqE1okc7xw+AUvmnb7JCeFuQNqjM4QOo","3.12.11","uFkCeRgmFdt5Eo0SihECmExXp6YGpVkyMo9ff3Qa18o","j41eqi6Yw+1drz0YBDGLljngI69zlC4zEly2f6c5JQk","s0uapNr4zGd/cuoMp66+Dc0DTicjmhWSeRvg06cq2Fw","IjvCHsaEyH9So9x3Dx+v3oHrjbovYBdt9O59IpuSJc0","9FNDQgduJaLX5dztZmpCFhFompRAPpmaaNgBJ3JIV6A","DuFFkHh7tsQ7Ai6IOc1pakdsualM1NzjIC7ZD4STr3s","iBEaYdOyhfVOfxM05SPQGyBJrSYhFhaTohddp0DczgQ","dAydb5vf9LvUjvOawHDMp0ZSn92Iopp09ZsnTTQi1o0","3.9.23","3wNYbJhMn6aIQr+lQw9End7d005ufr0pc0xuHBu+3Po","bkUDGK0MX8zbQW4nQqehbwGnk5pVjeHB2MkVugT1HaM","Z3xiLJchfOyWcqG6z6GLlWaCpSpJedECLdJomiQVt1Y","jvQkMzHqhA50dGKUQ+VmbOl6SMks+hN+UQU4/KZ5Ovs","2P6bC8pEN+7WzpxR+FxATbmjHGW9FEddBhwuYMwnnGA","FS0W4WQKGllORb/+uGAMdRlZUZcv+qgwnaTLAuTYvgU","gxeNWzNgwq+ZbC+ibwCvfQH+diaHkBdYxsk3LIlrhLA","4OfenJiX8zvpcRa4hv6OFzIdA+k6hmS0WHCjZszzVzo","3.13.7","20250918","78POHqbTkfKMc48iPs9sAIlYU7kF07WRe77LUT/bPKY","IqMn65oaiWZOn2CmFU7fDdRznt8nCkLnph24Kzk4mFU","jEpZ3qGVabwf+em/BfhnJm7dZ92ZKfnZBnloCCHc5eY","IdG5Qrb6Kc05JLxO13uLi4W4Jj4OnIsSEgs0QFQ0VYM","+LTiXYNi35fSwKoeWdcdJHkBALQtDo/NsbTbh+KcgLY","5CvFfOGOAjTXv+b0J7RAlaCOb7KUy3rG63ff/V0+z1c","rqQXfvOIPtHy0IKzWbUiS8FmtIcErNsLP26+NsRcxGs","dw0rM3M5OHtoITdcqAE1Cj5ACGKCMmq2e4xj7AtTRwQ","XiHSVwuc5/ie5h92E65tTk6szZvY2QH1HYa0nPJuANw","uAe3uMt9Kd24qZ3f8boJcNifaiRn0ypvl0QyjCiHjrY","RH9Rl/z9r8XTK58fGZeJ9Z5TvczmTMYNg6qVOwV3ZSQ","rnQrP64mFNQ3uQDOke7bZdJonx6y/+jrce/OjIFE6dM","hZspIkhNvspD4dJlRv/t6a9XIac0pUL5hk/WMV/qTZo","/E/AYsN6g9fx+cSyKy1z0WpMnk+kl4W3TV2Ze4BDkL0","JQbOQ6Hs/6KZsf98LV8wRLKGh0OduMSEILMWjr2OLDE","NVMnG2KDycCEgNBKui287/mH3Vco5cQZtshW1i5OLMM","3.14.0rc3","P9tzvyfBJo+Q9uRLp8tmxlt3zUiRYQ5Pqjk6JvsbPYw","K+aPv5mXWwHlnJhm7unlbEnpd+iovxVjG60l/Ry2VsQ","x4rX8EFfYgm5COUiISvjs1VyuITgFE84U3pBttZ/VNI","di1ULeDU/aHGbihkDZAOfPujDWC4dIjvZ/5J+O/0n+4","jj7OdITSXGXSlScd5DVephPoaHrO3cRB/QnI99oxDVQ","eHJONIQ8EcISFLo6lGW3UuVaGpqW5gMTLOGyGgrN9/Q","KqFfdGdWFMt6ooGqGOH9OFBE9TAh0K453gbyEPKxr44","9HobHr4cOvqwK48D6Yt7Aa+lMKbS8tmMHbeIhAjnGHU","B1YIAtX9ETGI0Ox6F/zdlJCK6IbAYY8jFBW86sTcEkI","4bAzoynmfjRxu+KpjfYJJZzi3KNpdx7dgziTRE+fafk","jMyhvhPmUuA6E8HbdX8Y6pqM5Om5Y7ceE8F6DmgMqT0","uyPB0uXqUOU69pZFUzHBZwoWOKr8NQSgZv4r7s0Q3A8","PT0QzdudZOLlZULm3/A4Vwhvw+1VeIGEBHRxWyYCiyA","QMApVh5iVtkCdOJDiS8VgeLKV4XOZun23KikeQzp/7I","eJD1j2XIJBZyIgBzGYsTv0HD+nKAheLjsMR7cRlJQfc","lN9c4a+bsE83wYFxsnoA/kyraAoRO1njfIpGswB5uYU","3.14.0rc2","20250902","Tt0dg3tpMOU/47N8LcJj/WN2T51sWFSvRBI8S0xAwIg","5E2coob9oP8mGTja+uW6Xcthvea449OVzIoVyMC5eu4","E89Hbn0x771X9eZoXdJfzRKhHUqj+hbgyb/JIs5HcKQ","LMDNkGYfhP6t9dZNNyMbe9x8kok7liMgcIWVTqz058g","NQwNKzg6ykVSkPDuwDPdydR/k6Ym69KGgY5iuu93W98","xU3hytTCUNga2Ygd8Ep95kH0Y+299JLOjJoOsw9JfUE","iUEY3RI2Nle3s97pIgPGwhaQpSZ43YGBaLKiwiKIG6o","mctPmmwKWrv4zJUBKHQnlf0r+WYxa/ilgChqSPGQuOI","nvarCxD4sK1QuDvnItLRdmZLl/DXGjijm3qtGyH3pgE","5MfFt5twtc9QfoCbliZpkkEcm5V12ZD6dxGQfxOFySc","HowFxE7PBv890vFzN3rKxgffNIN//QRQtBfdWiIQUgU","qzjONcgRduwkxI7Mk13onG7Oie1xjnL1dnr6cSiQyEo","FSXYi9vVVvRlkpa6HgGFOZWcO3Ikj9o00UIO5wtAqQ8","gwp34FyoR+i/QkAaN6gThJz3LFBAU1JxwUjBWS2BTrs","ZB8PcjuTHoL+83eF/VlK8GgEr+RSak71jJxhUELG2iY","XmIYv/O+UAO4bWQNZHQLbZq1k6oTTwXXj626fMicLQ8","3.13.6","20250814","tW+vcMHkgnT5kWXxee870qA5xZUDA+b9NvI0pOKndK4","FDD45Edy0a1hsWVuS0kQ/o7XtbTfKjmpuZ+oNy0XsQo","BKe4kVVmY9+vKEQiUUhLmxnrNqccnkHjvwJVp7UNtrU","e2eHPoTarFZiHfA+dFJ9CIQWbCjygtK/Wek4BuDsQ4E","iD9cLemQh03vhZBk2stnVRUSwfFoqcPvlvAvo6KH7nA","tJxDoX6itWTc5f8wX8BC+GZecdhlqQO6NwkwRjAkHJA","gxD5ewI1/sZeaktAWT4EEPzscsD9qsmQwqSaWdM5vw8","pDMq4LZ4T9ATEH05UcMf3QjSfljqwreMpWw4DHagqJ4","oiCWt7STDw31CCDw+kv1ccVSIwAwwvCWvVNHbwwzeHg","XVK/cQgF/sWPMUnTZ1Ks0u5Hi9AVSeDPwbkJ+M+rhbI","nff5q7L4ac7tEngPMXxux4Eoy6e1heEkt32pjgXycOE","YjqGnVsAtLQ+9dgcUlcy6sI/qDzqq6x8nU6DWKhyYEY","M/PnMYvWwd3cgOYNcu1BYTW8U/v2Da/pzeyHAv61IsM","ijf7SUGgiAOS+A+50WMkGcKtWoLYqf/8VsXb06Wh1EU","dbjpWecA29Vpib9i6ftx+3R6CfklIT9C3LUkPrGfZO0","eY8HMpcQ0FzcWgmTQlOb3lPeZ+I02ejY+mkEw2RF11U","3.14.0rc1","20250808","A73Qz2QbUnEIZ6lcrXd3oXkx5t/KSKlk+073qYmH8uM","GCot+RhRt5CDl755wDdL6v0n4nvfK/5qLW/maYRZv74","qCWlaP6+oqKGLeeCXWkaaTmVVaooP/z7i6h6RERFECQ","Cpyffvpcmw45IqItLOXKiVoeQZygCrmkZ95aFbSlQPI","QSxI5abV6gHB6tBHCyO3Vq8emdCoGDTADJO79p0XJvU","0AAZCCJPvmPpciXtUMS9APKkd3rwmTxAA/jdgLn8HeY","ST2F2a+W8ilaZJ7dCSy4IBZwhXmGK63YSOirxi/hTc8","G3xoaZWwBktkLtUlSpEqv0SI+uI1dmMU11ddwZeCorA","YuZ8SJF3CKDAXV14yZZxX1QqfqeCXiF0iz7SmHNjeJc","EHhTq95biOK6UdgPIVrSF7+7eVKUb0XVA4oAsPZi1I0","95o1v1HOb3ebBRfWVNKqdlMxUhvRuwOCRLvdzlmYJ9Y","uo6nYzSvZGTNNVKGBQ5EZ81PvitgyvKU/GnwkhPHPDs","Lpn0TOImivnbVAC401VOMz/Rtcl52dxuHMcFFiPDzjc","5XyXQ/UhIwUlPr1eIDMIPFT89tcyebBscQbgQNGrBCM","E7rDZ5gZVJS9hKOnvX2fcvTKEGYReOBlflxuSHXJpH8","Dv2pHJQl7w5GzAY1W1YxTtAEeBnC0bCvo+J+UJ+iQkE","3.13.5","20250723","o38iLm83vzLz+hX/8tr2csjVbOKfSQUx4VQ1GmxqjWE","lMD2SujPpnaS0PlU0lUKD1Xmx0JtK4bgauE7MytB5pw","JGC0UuSb1wyNEWc/fpKgAU6jTc9tacodTjgIpQXATZk","i6GoHjcSY7ZoZnymYjTAQi3/8hIAWl+wztDbxQEb6UI","FuJR0nUSW9TBvXvtE2Dy+GuvAG7oKe3pAJ2lfBl2mkw","EOyS1R8v8mzDnk2mLMtfr2jBlRuX9Iiowx2iC6nMOIE","KyPZhI/hmPOUqBm9RYKkhjn+CkRgTwk/QnqSHJvquaQ","/ZKxmJbIkIsW4HAuGhBl8Uml555Q8ou+IN3aCIHPIy0","FxPec7MAqSiuMRfaU1b1WFI8OEJydt19NcqaGSuhvBM","mnJhhbB52GkO4XknjUPZtDXh5fFp2mfljLiqijBu3Zg","kx1BSfnS78NdQYNtRum6aGs7k0AD7k0jzuClTB69mV8","Oa3Yq+bq0GISQ0MSTAcZE3j4lTQcLVR/4MPZSFLDRAY","Op+VVGhKKH77kmIFo6dAp0cQvabQ68c8E468fBZZrKk","rU7YaKV08n1ZmUZf5XCiT5ai8fgj8GKlVpyNSeBF0Hs","tPpY/dqD/lohclK37DvcV/1oFF456ECvs+MHIm1/qEA","GwJczU09BS5KZGRN69TpIJ9OTBdW6UKxDsdNt0Mn1aI","3.14.0b4","20250712","roKst3xpxQanmb1wIv6aIlCIFP520NflPB8vYLX8d9Y","+GRCi5trWTjv65NSbVLsaFN3ZyrSkuSy7uYsthB5M+E","EUQ/kbvaXz1ECQjyC/r9VJ2tU1fnBfHoUnPrttsCBvM","gu54J8H3WntRUPcx3fHcMSx5WMdBpnRpZ/uKVlbIW5E","0HDvEQOIKKEybCMMRXgscPAqa4lQSvdsyV8HeNsgyqw","OpKmOO8IsFjuv4BuywE0qpRnxVRRL9IILm7NGmxRf90","vvHS8OPzJmc2ZlXoMz7x+SqwfNe5iNoRDzlwpdZx46M","Od7OAtWyhufZ/7us3XMNsNZLiBuysu3TtyG+I8Tolgk","MCojrxkiBzN9ssImij/tmPE4Ra1TJPH/l7qmiAcJhRM","mHBEfrCVAn35eh5BLv83j7eIcqUn3Gre/8kB//ikDXA","WfkgObcuykz7Rjlpm8l7uw3muGaniUusnPEyN0z1qho","xr7vSPaiyknaCyeY5dycRSM6jwtvp3hha6fP3NZvhaY","Uj/5cjOYuDEE0wCMAS/TILaC7k35pLmtbraOq0P2H4E","hVEjH4+XjyoYmdYk8uSfylVd83AcXMIA2+hwAUQCeIg","PScBExCFQgXK8dmIUTXHQt1FS/Vei7Y+1a2k/Z6xXEU","5aYK8BrUgMEhmm24WhEfjyxzUfQUqXbKWshCNepvkUA","3.14.0b3","20250702","ddW2W657OfPjWjAHCnzO8MdzsZdudkx/touoQKOtBZQ","McviRXUjHXBpN4Aqj4FTbRHdefjJzXmBuPk7lwqOhIE","B0Lrazgf22tXmD+KWRjdnhVJU/lZ8r5aIDaZ5bGQHBs","HDXX5aw1fQEtPCZdpAbjMVNb+fpeKUVLGQrIzAxX3UA","acR335LkMyOC6aGzF3FVscLJ5mEjZrOFQJvRfxjEmnA","AvrQsh8wtCdCRoEH/jPrI9MHuixWcLC6oR4z/DAWD7o","YBXfhgMdI3Zcf0yKAuGqPjteSl/p8nR/zcN9KOP4oPU","v6qr7g6cq0p5Z76XWRQIMN4ZlMj4fo4FvuXsf9apm2k","Z4eujfozJorjM22fL/cQe7naVxR1fKsq7SC/kWg1iI8","ZRrvbTZA22DbsMKMaNGUhGBTs9CAhUJ+HJx26xPeXkY","9gfNWQGQMRy+X4XYLUIg61txQWSGuCfpm5PKHDQfIEU","PiDzxHV8o9NzjitO2bt84ba4aLD5LhdmVJtYvf32rXk","6YrTG/cY1x6yE7TU/mmf1cTPGWHb6Rr62E1mEu+83vE","4XiCwCGk1b1lHqEB7TfdiBSE4cB8D3bn4UeX3BMXtqk","Q3/6wPV4HCl8Og4SPht+fo9aOrlHWblkD+Xbn0rC4o4","bbj0b9hMYmqcafz5BglolI2Kw3DXAzv99LErhIl8t58","3.14.0b2","20250612","2eV80l5GGeyfm+Q/EuOohNcptyJr1MiEOEVCjkRbLHQ","HzOjEMvSaDutgu2Ji6s99ORvEyEFNPeF7dNzibMG2BQ","T7qdRj6nGxPYEw0gebWfWWS7nyMz0iMhntGie6U94Eg","DednHoKK5VSUH0RdvWMd2L8IyAFSsWn/xMKcpl2ymcE","guLyFh+H2xZLXOCDRS/vPuxdXcPZpmUSZWhY91StRGE","y9g86b06ZAYaPBb3TkB4YHHHYS8BmWoLTkEz/CeOVU4","t59xK2RqOcGvnpGkWWL3aFQqeDC+APZ0vQlVhnaWwfA","l7oI90+9lVMLjyGAHe2s8xr9hCddbYtRe4L41Oy6b7s","lLhgkYB5Br/CuOdAd0HbGecyZ71lja2SGVOlwh7TiEQ","CyLoonPWKZToUSFZICzvK4hKkkIJVe9syIn0+iNkUY8","qObPlf+BLJyvB/tR7uHEoVTWDLTwrp7n0rrJ7AciJr4","Or89Pbf53Dmqt6wXNgleJ6CqJit7DIXYYCmuec+XfH8","XiclhMVsHD23o84JiwTa3mHqd3u5SHfUJHceojHvly0","YSymDfGKm5FaMfCE1zYROvY/N/OSgpvqV9uWVwfk4hQ","cqx5DE6EZbOyOw50Ecb9ha0gAWWMN1sbZ3XtrfBsipE","gl0gvqbdfd56gNUifLcwuamLldg2ZvYF8GjCXUkoFHU","3.13.4","20250610","JkkVgZETVaw5+oMi8KVeVqIlvoCpE3hsPDCtB2RFoIM","3yS2YVMt9NbDwN5mp/JdMX1JSmWPldCqHGdV3E5Tb0k","Abe07GaNqeoT8bJYOzV8fNcJrBJLReKbdv0KjlTEmE8","jWDmiLXcO1omdv3mhUYxavEMvTGwYyhns4XbvXNTw78","mbEwba1tC+RNj9C6VWRzs4UlkDDPDCc0k0LwcvKCKJA","qah/snibbfvNfRp5yEbSCPDAp5aXWa2EdCeGwk2ngEc","8ApREX+rz6wZudtijbZMiv5UnRnEpbXHi/mEj3lTbRU","PY9Cv+YDPhbGDgYVHSfezmeXRWDDkvE/BZjUZBuwRws","l23IGNzEaMdg+9b7JVMxiknuxqrY3MTEsaRLC+M1l4M","eWW9Y1Ty22JOkEufWLsniD8uatfstlYSwyhGL7ZdbOA","cg7Zibklxb45Gdy4c4rdzRzmhETV4IGwQSKdiO10Phk","EAHM4mkj2J+nKlKtO72lz67nv/ESkdkh3sQVGEbvDDw","AB4feP7LdQ0c6xS1m/VITeI5wCgY2aVbRKxWyTrup3Q","U+eJRGsAaJ+CXBnQycOS70t5efr2rJD26zmB29aP2zc","51ljL/E7ghVElAirufqwSw296K8ssMdJ+0C9Fw2eI8M","cBWJvHJNebfEkCyO7we7KGsKtTtppfJ90NqHNUe843U","3.14.0b1","20250604","gU5akcH+cG2lXwropEfqnloi8Ze+QGQQW8/t8ZYOLNo","watvP8XkE9LHSWx4RIVvwPTN6+eyTrNHadOZq0+DDkQ","HRArKehp0+yKAa/ALxMqNPN4x3fKLbALrZWtRXG5rII","S7NQAKOpmwXxqykOocNg5eBTCgvNPZrtDxY12g2Xdi8","H+GCxQkVGbVeLW1Qkl9u9wcDYgTR/oOiXbrHEGR5SIs","T+/3YPKl9OKJvAQWmW0iQDTvh38ULVBiqf7wv0GEitU","43UGKnfzQfNP5X6RCb0iEIsaer8PpdYGmngeJmITsOk","oe/xPF4cBoMmIgh4slRXLQ16K73gZKUDesnsKW9f42s","rejlDaVu6NSS20AFncyZzyWH9HQuHdxH6P53ydFXicc","d0B0EGGYYj984Y3HQZp6ws8DyqtLSkms67g6aXp2ilA","OJp4kjPpoZEbx31Lw6EdmUga1WlT0OM/kwHIRRwZe3c","8QfZj42TkMytOKlJFP8Yhqn+sd7hR1lrJMGWdhSE1uk","+99O1bkSftdZjKAyqt8hj6Bv2DAPEz2ceNCU4IwjmPU","n6oVg5ORfhLWl6h/MrGG94tbBFVh5Jy5AAf0tz01Ze8","8YyskLNhHc6xZVS706c+fM5WkrE8zuN7gD4IfRHZziw","+fAsizEzqTPYZpVulz9m3t/avNsfT3gf6Wl5qqAPnV4","3.10.17","20250529","r0clR/hWfduJPTMh0iE9CpIyK4c7dTTYIG5lxforZCw","l/Ss6ddDLPypMiojwoOPVMcSYiBkxS9rXnuhkH0L3No","me6E5rFkP8NYni9iEw0akBPJFHc9xAdLJbgMxTQYXr8","Mr9hYoOMWy/eIu6rhNZTcDfPRDMjpOxZIdhhnHXeY3g","bKKmB8cWVoyO+jmQtRi5ACKbm9wSG6peuJS5wgtD12A","8s6V6tEBgSvVYDrovxYH6mywvpxPVHmigud1jVij4oc","DPC2ZtyjSanSG3b1XD8rXTnek5ihQB2Av84fde/tbbw","jJ7b8eC6ixnGP0k6fdm647voSk62A7td9QosbS6cejs","3.11.12","PvCOHnhmBUqoy9xOSaNZPBRGQnYC5MK8zSDRV5J3S90","e9a3JcLEF23y/2yKtM9DglTPj6PMshtstM2TUkott1Q","5ZALdRcA0mNpBfP3DUQkeWsZIbUIRGiIuzT4QiNrMtc","AJ3nRLYevKPnWmKY/Bo5UJDV9Ikc4i5Lj13JqgTEr7s","Hzk3EICTuRI85K+qLOwMS4G+DHF6x9Yqad0rHTyyIHs","sVyX08MeJ6dBS7jsCGNeHmqUtCNk/MWxCNiNYvMAloU","FRK22aiDowXDDq78Ot6W03ehu4b5n3J/kqjfIrxSsd0","dCf5GtkkbdJN4UkBEbu9B64p8DkwZ+LHflVRraMJoVU","3.12.10","rBGaEU9XjII9G3AaokwH9TpjHIQ+s3J4wIvlTQeG9kI","3NjSQhUxzSRuDuwZFQIlOdGqPdjFSxbP3YHqsYeh+rU","IQS8lr1ckfBBYgU1efOvG5WfPVas0fPneUq9WHqDnJs","68t3RlKuqhDIuaWCW+JX57IbYEqsG6wtP28UA94RbOg","CfHAwSVDyLy7vs3E4bTs2VZt1M5PEEnpq9qyRDpUSyU","rB5noRgiQlsRCMCnRQjO+r2zaRtngcKXbJGjVi5gh00","9vhFdYYZPTtuewX+/am4Ivq7GPLViy7OOyIbxrazmGU","t4H1UaG6su+K1w1fweljoFW7UwA39M+Gp16UrG0hvPc","3.13.3","22w5TxolF9RnmQOTYGzlTxgaoPEUynsX4IT+LwepbS8","7pQX5NMGO+E/cQM+IHm5aQbyFH/bdbY22ghn0iV16c0","KYQ/CyLZwnKJ8U+EUbOOM3YzYeT+hdPg2YaufeE5fOw","iA+H2TnAW3KgO/h0jZMbRKTnN5t8Kvo5r3tQAvcd9Rw","oCjmk/pKZXhQ15oxJ8YxqcMt2Z70oS38xgtw4ZegQ6g","lTuHVYhJVlqbPqiP560qFF2Ux4x/EP8NbjTsxN/vwhE","B8xF52soBmAYOSP7HpmLUJ4dy61wa30A0LP30kzYXPs","UL9b/rYnviln6uRP38IE7noi9X+7QG92VlZW3jDW9ME","X09bi/AuT1HN+VwmOe4R2GrHtcUXcAO7ZngNkEcR6/M","9575gxIPaa7U47vdSbXdoEpweoP7dnqHOFlF9jFemnQ","7mb0PznTreNvzuDBLbIjoRbq1Bc+dh4jCYWC8L4Syws","NiTORBlCGcnebSz+y7f8lcfHTvDC+Y3JFwm35C6UBwA","xM11KDBd60MT8XLs2PzC+j+6WtgMgNMz5IcKzEengxo","Qpd8x45PNCN5lrtK3vyyXe41MKmH843QcSQwsTzk4IE","Op+ZrdBnmvcqDyZLehSkxrJrIZBbSbVz4KuG+rk28A8","QqytnP5nVtTDmp6e/VkL2jrnLexLaB8HeAtTf6jjMKs","3.14.0a7","R04RZgpwrrLEbhayyQj18bPY1ZVwbG3nuvMjEci/0sc","f81U6uDEaYjponpsoyCpRLApE3/cx1J9j1tw7nMTadc","GXP3JiPyva4GRGaay5PEhkQDAeOr4ZVEKl5KuEJ3Jxc","zNHGAYlQljnxs/7ZjS5nvZ8xVBBfuekBXfBSHpZK65c","e1DeJO7jPhOwGUSaLYoTo37m7mV4RGmOdN2ybZUbiGg","RGtn07WgOkIfDjlqHXjPukW3lOW0bWUHt2WpT6wEohI","Qg47MY6D/mtM/EeRs26Gl20oMqXI4F83/Ynxwu1+9FM","HbaV3ZfmaKh1U/md4gymEKd2QldeTrbXe+dxFJtm5WM","j6Y8jYwJOVbigEB1pcNkNqg42BQAaZAY62Ysxe4Q/5o","QK7lotQVFgUz3//YOv/lhdnoBKsasoG9KBC3NbEr89U","N+DcpP9VJ3rrYmXpldR/JWGULEcEDwgVRf5ge4lr4lc","d39PnvZ0Jx9c9xeYs5pGQ8eABgtZY7v8WxAIepOoMJw","pht8E/vh3zv5zgDQMJwbODOKuasvH/HEvNG7G3emS54","mjnROjk1TqyBRn8l9ikjP0a/heBfZ0Ma2KUFw+G2qXY","zwPUHR5Cmfvah0WrsUskCkvSAi0r23f2QGYh7Zkbg/A","YAw6qRpFBefD7fS59baTXQ2QTguoPnKOfz80LuwsqQI","3.9.22","aPv4urjwtSYXn7vlmibE06KXEo0VuhDVAoBOFqJdlBw","rCC2Z9t0aQ1g8NVfWEU5LAf2ObV1AuCbFWr83eCYVio","4l7SnMHVGuDb5zFcFLoariBsDUt12eU2TWoq1PmbuyE","7dzPqkHfMQydkxWCIejH2qyG7sh4bC6YkNtC8V0DEJ4","rNH+cUbzNYKwSYl2tB35SdvgHewsYC0ecEH9TuF2PkA","S0gBUGeYExXAcarQ/jDIOp+g1saiSZD4v++QK9tqzvk","WBbueY0QieJsNC4ET2cTRft8aCk9UyD3xlV4/naOtKw","Au0yQEmuqJSq3xrfJ7neHUPXlXZocT8bvE/L8qWvlqc","3.10.16","20250317","s3mWvL5I6JzXqwGgNrkUFBPcHcx6hwvDkjCg+jC51Ug","UAmivpIjDA0mJvQVNmIm/XX5Dl/fIa6ap+HlIEICwL8","L680TUQhSlLXI2w6mTNLOczs0BHOl7V0jvkkVOcjNhI","wcSUbbXBuiOuX3ZFcP+3eAObUR4pOKaBJ7kccN/iRvI","OgVYxXNLWk3wZUMulWooK102F72fGOOvQop+udLFRXk","TnZOPE7f/gS3XJsA5LLqOePu8dslVWaXaEmOcmuzbAk","+igRq8wtJ9Xf3YnB9/rU4Hc9EFkXxBLsZiFapSTsI5c","SVxPXmiOqpOUCBf0uWM15DcL09mjuV2FzS6RoQVXiyo","3.11.11","3lq+tpzVkqKz4GrpC74uZo0klZSxdlrjgZFzXIvtZFM","gzfpZ8s0xxhC4ILcd8tKyoW1lCwtFXDHUTioPQejB0Y","YwU0JL/OZSghmCGVCFUHEJ/NIM/xY1bFSB618n4TfFU","PyK+E4axadvODlJDROjAKAGbyRbQm2Vs7cBzQSSX1kM","dpdUrL0gv+51OYV3zlHdw9lraVNnPQ3VhqG/xVHlHdQ","p0MpM2b7bhDEChuplcsjrH/32+bMzzltfR2PXYeXNPI","7+gqIJiX6bZBf+AzlESCIpzo5rBUUeJ+ZDGjEMOzVp0","QWgytGXXZ4Em9ou2RpPPFUr2VTW5tG7wxBozue6C1wo","3.12.9","giSJt2lLB6QeVKwi7cvGWtwg3A20w3+5FhE0u9WMwFk","1McETqJDO7DwB3PXw15vpI2yN2cAdys6lLi7HdIn/r8","eFhJCTjYIbe3UB8dbx5MAnV7WwrJ53FobBdxH9RZVmU","ywobjjRpK0kFmseMDtpbXBNyYrpdm1iY3L6wPA5hFqM","fvM8luifSCI1ADW2+FnEd2GioWuSc70PPFzngZsemTI","yUwpDBtw2Nc787JjP4TxyNjQC5nt0wpAOm/V36WDT78","1O5M9NtbnmDLKjGfyQO1BViIZdH3Rv9jO2U7ZPBb/ls","iV1XZWvv6mMgr/jnBtjb9HfQZLoAQ9Y2ZPnacBl38Vw","3.13.2","eLBtQzfXpSdOEKDl3wcJr2VmPgX1mPNyeBPIiMI/CRQ","WsWoQJUPWTBI4yct6R5tkf8rhHSM+TWDFW0+2dmDLKY","JFhMC8RylpNYzmhumQp8PvUcbOrVEQZ15oz1ExXU/p8","eNEUpDt+Eb2P7EEUn1qPZ63qLQhiUydfAQ8AH6njYU4","6Ivl6amjU/fjtHiEA290ypRtGufskvCf94/HBS15e+M","OKwnDv7kCVyuTMXBKS65KYOajxXbsl419jSOX4WL+YE","jbfMtVoIaTJdW03YOgQpZAEH+lpxs4jRL+BvAGuWVws","7V+MGN9gubpaFIzn6BYG9Fxkt/w5DUU9A55Lxl5EGUA","3.9.21","q2Kqx5GtMWgDSDE0i51o70vVQuGcp+4fphVOeY9Kj6E","guSrIBJOzmmEBKgeL/RVG/69uOmEYdQcVZyMOgyQQXk","9c70hQ1Hof+G/tDQNdRxEgvyA+Kx0gJqJVG67qOYnwM","Jd8r9uPggAaZmvnIwN3v+ZqC8Er9khdM62Ip6DaA2Qs","cq4Zpof4JWLpNSt/8iHqFq6K8S76lnoa//EJB7FKUsI","GG5oMCMnH89NWxm8A6gU7JTXEUhd9XnWe1+Pcjt/HnE","3XHzz8hkKyUkXOr4FZ5GTbzdl0UOnfxKwRA2R6ZuI4k","irDr9IP0BelYI0A4Ee5kz8j5tMcT+UCiU+VelK5IhB4"],"rows":[[0,1,2,3],[4,1,2,5],[6,1,2,7],[8,1,2,9],[10,1,2,11],[12,1,2,13],[14,1,2,15],[16,1,2,17],[0,18,2,19],[4,18,2,20],[6,18,2,21],[8,18,2,22],[10,18,2,23],[12,18,2,24],[14,18,2,25],[16,18,2,26],[0,27,2,28],[4,27,2,29],[6,27,2,30],[8,27,2,31],[10,27,2,32],[12,27,2,33],[14,27,2,34],[16,27,2,35],[0,36,2,37],[4,36,2,38],[6,36,2,39],[8,36,2,40],[10,36,2,41],[12,36,2,42],[14,36,2,43],[16,36,2,44],[45,36,2,46],[47,36,2,48],[49,36,2,50],[51,36,2,52],[53,36,2,54],[55,36,2,56],[57,36,2,58],[59,36,2,60],[0,61,2,62],[4,61,2,63],[6,61,2,64],[8,61,2,65],[10,61,2,66],[12,61,2,67],[14,61,2,68],[16,61,2,69],[45,61,2,70],[47,61,2,71],[49,61,2,72],[51,61,2,73],[53,61,2,74],[55,61,2,75],[57,61,2,76],[59,61,2,77],[0,78,2,79],[4,78,2,80],[6,78,2,81],[8,78,2,82],[10,78,2,83],[12,78,2,84],[14,78,2,85],[16,78,2,86],[45,78,2,87],[47,78,2,88],[49,78,2,89],[51,78,2,90],[53,78,2,91],[55,78,2,92],[57,78,2,93],[59,78,2,94],[0,95,96,97],[4,95,96,98],[6,95,96,99],[8,95,96,100],[10,95,96,101],[12,95,96,102],[14,95,96,103],[16,95,96,104],[0,105,96,106],[4,105,96,107],[6,105,96,108],[8,105,96,109],[10,105,96,110],[12,105,96,111],[14,105,96,112],[16,105,96,113],[0,114,96,115],[4,114,96,116],[6,114,96,117],[8,114,96,118],[10,114,96,119],[12,114,96,120],[14,114,96,121],[16,114,96,122],[0,123,124,125],[4,123,124,126],[6,123,124,127],[8,123,124,128],[10,123,124,129],[12,123,124,130],[14,123,124,131],[16,123,124,132],[45,123,124,133],[47,123,124,134],[49,123,124,135],[51,123,124,136],[53,123,124,137],[55,123,124,138],[57,123,124,139],[59,123,124,140],[0,141,142,143],[4,141,142,144],[6,141,142,145],[8,141,142,146],[10,141,142,147],[12,141,142,148],[14,141,142,149],[16,141,142,150],[45,141,142,151],[47,141,142,152],[49,141,142,153],[51,141,142,154],[53,141,142,155],[55,141,142,156],[57,141,142,157],[59,141,142,158],[0,159,160,161],[4,159,160,162],[6,159,160,163],[8,159,160,164],[10,159,160,165],[12,159,160,166],[14,159,160,167],[16,159,160,168],[45,159,160,169],[47,159,160,170],[49,159,160,171],[51,159,160,172],[53,159,160,173],[55,159,160,174],[57,159,160,175],[59,159,160,176],[0,177,178,179],[4,177,178,180],[6,177,178,181],[8,177,178,182],[10,177,178,183],[12,177,178,184],[14,177,178,185],[16,177,178,186],[45,177,178,187],[47,177,178,188],[49,177,178,189],[51,177,178,190],[53,177,178,191],[55,177,178,192],[57,177,178,193],[59,177,178,194],[0,195,196,197],[4,195,196,198],[6,195,196,199],[8,195,196,200],[10,195,196,201],[12,195,196,202],[14,195,196,203],[16,195,196,204],[45,195,196,205],[47,195,196,206],[49,195,196,207],[51,195,196,208],[53,195,196,209],[55,195,196,210],[57,195,196,211],[59,195,196,212],[0,213,214,215],[4,213,214,216],[6,213,214,217],[8,213,214,218],[10,213,214,219],[12,213,214,220],[14,213,214,221],[16,213,214,222],[45,213,214,223],[47,213,214,224],[49,213,214,225],[51,213,214,226],[53,213,214,227],[55,213,214,228],[57,213,214,229],[59,213,214,230],[0,231,214,232],[4,231,214,233],[6,231,214,234],[8,231,214,235],[10,231,214,236],[12,231,214,237],[14,231,214,238],[16,231,214,239],[45,231,214,240],[47,231,214,241],[49,231,214,242],[51,231,214,243],[53,231,214,244],[55,231,214,245],[57,231,214,246],[59,231,214,247],[0,248,249,250],[4,248,249,251],[6,248,249,252],[8,248,249,253],[10,248,249,254],[12,248,249,255],[14,248,249,256],[16,248,249,257],[45,248,249,258],[47,248,249,259],[49,248,249,260],[51,248,249,261],[53,248,249,262],[55,248,249,263],[57,248,249,264],[59,248,249,265],[0,266,267,268],[4,266,267,269],[6,266,267,270],[8,266,267,271],[10,266,267,272],[12,266,267,273],[14,266,267,274],[16,266,267,275],[45,266,267,276],[47,266,267,277],[49,266,267,278],[51,266,267,279],[53,266,267,280],[55,266,267,281],[57,266,267,282],[59,266,267,283],[0,284,285,286],[4,284,285,287],[6,284,285,288],[8,284,285,289],[10,284,285,290],[12,284,285,291],[14,284,285,292],[16,284,285,293],[45,284,285,294],[47,284,285,295],[49,284,285,296],[51,284,285,297],[53,284,285,298],[55,284,285,299],[57,284,285,300],[59,284,285,301],[0,302,303,304],[4,302,303,305],[6,302,303,306],[8,302,303,307],[10,302,303,308],[12,302,303,309],[14,302,303,310],[16,302,303,311],[45,302,303,312],[47,302,303,313],[49,302,303,314],[51,302,303,315],[53,302,303,316],[55,302,303,317],[57,302,303,318],[59,302,303,319],[0,320,321,322],[4,320,321,323],[6,320,321,324],[8,320,321,325],[10,320,321,326],[12,320,321,327],[14,320,321,328],[16,320,321,329],[45,320,321,330],[47,320,321,331],[49,320,321,332],[51,320,321,333],[53,320,321,334],[55,320,321,335],[57,320,321,336],[59,320,321,337],[0,338,321,339],[4,338,321,340],[6,338,321,341],[8,338,321,342],[10,338,321,343],[12,338,321,344],[14,338,321,345],[16,338,321,346],[45,338,321,347],[47,338,321,348],[49,338,321,349],[51,338,321,350],[53,338,321,351],[55,338,321,352],[57,338,321,353],[59,338,321,354],[0,355,321,356],[4,355,321,357],[6,355,321,358],[8,355,321,359],[10,355,321,360],[12,355,321,361],[14,355,321,362],[16,355,321,363],[45,355,321,364],[47,355,321,365],[49,355,321,366],[51,355,321,367],[53,355,321,368],[55,355,321,369],[57,355,321,370],[59,355,321,371],[0,372,373,374],[4,372,373,375],[6,372,373,376],[8,372,373,377],[10,372,373,378],[12,372,373,379],[14,372,373,380],[16,372,373,381],[382,372,373,383],[384,372,373,385],[386,372,373,387],[388,372,373,389],[53,372,373,390],[55,372,373,391],[57,372,373,392],[59,372,373,393],[0,394,395,396],[4,394,395,397],[6,394,395,398],[8,394,395,399],[10,394,395,400],[12,394,395,401],[14,394,395,402],[16,394,395,403],[0,404,395,405],[4,404,395,406],[6,404,395,407],[8,404,395,408],[10,404,395,409],[12,404,395,410],[14,404,395,411],[16,404,395,412],[0,413,395,414],[4,413,395,415],[6,413,395,416],[8,413,395,417],[10,413,395,418],[12,413,395,419],[14,413,395,420],[16,413,395,421],[0,422,423,424],[4,422,423,425],[6,422,423,426],[8,422,423,427],[10,422,423,428],[12,422,423,429],[14,422,423,430],[16,422,423,431],[382,422,423,432],[384,422,423,433],[386,422,423,434],[388,422,423,435],[53,422,423,436],[55,422,423,437],[57,422,423,438],[59,422,423,439],[0,440,441,442],[4,440,441,443],[6,440,441,444],[8,440,441,445],[10,440,441,446],[12,440,441,447],[14,440,441,448],[16,440,441,449],[382,440,441,450],[384,440,441,451],[386,440,441,452],[388,440,441,453],[53,440,441,454],[55,440,441,455],[57,440,441,456],[59,440,441,457],[0,458,441,459],[4,458,441,460],[6,458,441,461],[8,458,441,462],[10,458,441,463],[12,458,441,464],[14,458,441,465],[16,458,441,466],[382,458,441,467],[384,458,441,468],[386,458,441,469],[388,458,441,470],[53,458,441,471],[55,458,441,472],[57,458,441,473],[59,458,441,474],[0,475,476,477],[4,475,476,478],[6,475,476,479],[8,475,476,480],[10,475,476,481],[12,475,476,482],[14,475,476,483],[16,475,476,484],[382,475,476,485],[384,475,476,486],[386,475,476,487],[388,475,476,488],[53,475,476,489],[55,475,476,490],[57,475,476,491],[59,475,476,492],[0,493,494,495],[4,493,494,496],[6,493,494,497],[8,493,494,498],[10,493,494,499],[12,493,494,500],[14,493,494,501],[16,493,494,502],[382,493,494,503],[384,493,494,504],[386,493,494,505],[388,493,494,506],[53,493,494,507],[55,493,494,508],[57,493,494,509],[59,493,494,510],[0,511,512,513],[4,511,512,514],[6,511,512,515],[8,511,512,516],[10,511,512,517],[12,511,512,518],[14,511,512,519],[16,511,512,520],[382,511,512,521],[384,511,512,522],[386,511,512,523],[388,511,512,524],[53,511,512,525],[55,511,512,526],[57,511,512,527],[59,511,512,528],[0,529,530,531],[4,529,530,532],[6,529,530,533],[8,529,530,534],[10,529,530,535],[12,529,530,536],[14,529,530,537],[16,529,530,538],[382,529,530,539],[384,529,530,540],[386,529,530,541],[388,529,530,542],[53,529,530,543],[55,529,530,544],[57,529,530,545],[59,529,530,546],[0,547,530,548],[4,547,530,549],[6,547,530,550],[8,547,530,551],[10,547,530,552],[12,547,530,553],[14,547,530,554],[16,547,530,555],[382,547,530,556],[384,547,530,557],[386,547,530,558],[388,547,530,559],[53,547,530,560],[55,547,530,561],[57,547,530,562],[59,547,530,563],[0,564,565,566],[4,564,565,567],[6,564,565,568],[8,564,565,569],[10,564,565,570],[12,564,565,571],[14,564,565,572],[16,564,565,573],[382,564,565,574],[384,564,565,575],[386,564,565,576],[388,564,565,577],[53,564,565,578],[55,564,565,579],[57,564,565,580],[59,564,565,581],[0,582,565,583],[4,582,565,584],[6,582,565,585],[8,582,565,586],[10,582,565,587],[12,582,565,588],[14,582,565,589],[16,582,565,590],[382,582,565,591],[384,582,565,592],[386,582,565,593],[388,582,565,594],[53,582,565,595],[55,582,565,596],[57,582,565,597],[59,582,565,598],[0,599,600,601],[4,599,600,602],[6,599,600,603],[8,599,600,604],[10,599,600,605],[12,599,600,606],[14,599,600,607],[16,599,600,608],[382,599,600,609],[384,599,600,610],[386,599,600,611],[388,599,600,612],[53,599,600,613],[55,599,600,614],[57,599,600,615],[59,599,600,616],[0,617,600,618],[4,617,600,619],[6,617,600,620],[8,617,600,621],[10,617,600,622],[12,617,600,623],[14,617,600,624],[16,617,600,625],[0,626,627,628],[4,626,627,629],[6,626,627,630],[8,626,627,631],[10,626,627,632],[12,626,627,633],[14,626,627,634],[16,626,627,635],[0,636,637,638],[4,636,637,639],[6,636,637,640],[8,636,637,641],[10,636,637,642],[12,636,637,643],[14,636,637,644],[16,636,637,645],[382,636,637,646],[384,636,637,647],[386,636,637,648],[388,636,637,649],[53,636,637,650],[55,636,637,651],[57,636,637,652],[59,636,637,653],[0,654,655,656],[4,654,655,657],[6,654,655,658],[8,654,655,659],[10,654,655,660],[12,654,655,661],[14,654,655,662],[16,654,655,663],[0,664,655,665],[4,664,655,666],[6,664,655,667],[8,664,655,668],[10,664,655,669],[12,664,655,670],[14,664,655,671],[16,664,655,672],[0,673,655,674],[4,673,655,675],[6,673,655,676],[8,673,655,677],[10,673,655,678],[12,673,655,679],[14,673,655,680],[16,673,655,681],[0,682,655,683],[4,682,655,684],[6,682,655,685],[8,682,655,686],[10,682,655,687],[12,682,655,688],[14,682,655,689],[16,682,655,690],[0,691,692,693],[4,691,692,694],[6,691,692,695],[8,691,692,696],[10,691,692,697],[12,691,692,698],[14,691,692,699],[16,691,692,700],[382,691,692,701],[384,691,692,702],[386,691,692,703],[388,691,692,704],[53,691,692,705],[55,691,692,706],[57,691,692,707],[59,691,692,708],[0,709,692,710],[4,709,692,711],[6,709,692,712],[8,709,692,713],[10,709,692,714],[12,709,692,715],[14,709,692,716],[16,709,692,717],[382,709,692,718],[384,709,692,719],[386,709,692,720],[388,709,692,721],[53,709,692,722],[55,709,692,723],[57,709,692,724],[59,709,692,725],[0,726,727,728],[4,726,727,729],[6,726,727,730],[8,726,727,731],[10,726,727,732],[12,726,727,733],[14,726,727,734],[16,726,727,735],[382,726,727,736],[384,726,727,737],[386,726,727,738],[388,726,727,739],[53,726,727,740],[55,726,727,741],[57,726,727,742],[59,726,727,743],[0,744,745,746],[4,744,745,747],[6,744,745,748],[8,744,745,749],[10,744,745,750],[12,744,745,751],[14,744,745,752],[16,744,745,753],[382,744,745,754],[384,744,745,755],[386,744,745,756],[388,744,745,757],[53,744,745,758],[55,744,745,759],[57,744,745,760],[59,744,745,761],[0,762,763,764],[4,762,763,765],[6,762,763,766],[8,762,763,767],[10,762,763,768],[12,762,763,769],[14,762,763,770],[16,762,763,771],[382,762,763,772],[384,762,763,773],[386,762,763,774],[388,762,763,775],[53,762,763,776],[55,762,763,777],[57,762,763,778],[59,762,763,779],[0,780,781,782],[4,780,781,783],[6,780,781,784],[8,780,781,785],[10,780,781,786],[12,780,781,787],[14,780,781,788],[16,780,781,789],[382,780,781,790],[384,780,781,791],[386,780,781,792],[388,780,781,793],[53,780,781,794],[55,780,781,795],[57,780,781,796],[59,780,781,797],[0,798,799,800],[4,798,799,801],[6,798,799,802],[8,798,799,803],[10,798,799,804],[12,798,799,805],[14,798,799,806],[16,798,799,807],[382,798,799,808],[384,798,799,809],[386,798,799,810],[388,798,799,811],[53,798,799,812],[55,798,799,813],[57,798,799,814],[59,798,799,815],[0,816,817,818],[4,816,817,819],[6,816,817,820],[8,816,817,821],[10,816,817,822],[12,816,817,823],[14,816,817,824],[16,816,817,825],[382,816,817,826],[384,816,817,827],[386,816,817,828],[388,816,817,829],[53,816,817,830],[55,816,817,831],[57,816,817,832],[59,816,817,833],[0,834,835,836],[4,834,835,837],[6,834,835,838],[8,834,835,839],[10,834,835,840],[12,834,835,841],[14,834,835,842],[16,834,835,843],[382,834,835,844],[384,834,835,845],[386,834,835,846],[388,834,835,847],[53,834,835,848],[55,834,835,849],[57,834,835,850],[59,834,835,851],[0,852,853,854],[4,852,853,855],[6,852,853,856],[8,852,853,857],[10,852,853,858],[12,852,853,859],[14,852,853,860],[16,852,853,861],[382,852,853,862],[384,852,853,863],[386,852,853,864],[388,852,853,865],[53,852,853,866],[55,852,853,867],[57,852,853,868],[59,852,853,869],[0,870,871,872],[4,870,871,873],[6,870,871,874],[8,870,871,875],[10,870,871,876],[12,870,871,877],[14,870,871,878],[16,870,871,879],[382,870,871,880],[384,870,871,881],[386,870,871,882],[388,870,871,883],[53,870,871,884],[55,870,871,885],[57,870,871,886],[59,870,871,887],[0,888,889,890],[4,888,889,891],[6,888,889,892],[8,888,889,893],[10,888,889,894],[12,888,889,895],[14,888,889,896],[16,888,889,897],[0,898,889,899],[4,898,889,900],[6,898,889,901],[8,898,889,902],[10,898,889,903],[12,898,889,904],[14,898,889,905],[16,898,889,906],[0,907,889,908],[4,907,889,909],[6,907,889,910],[8,907,889,911],[10,907,889,912],[12,907,889,913],[14,907,889,914],[16,907,889,915],[0,916,889,917],[4,916,889,918],[6,916,889,919],[8,916,889,920],[10,916,889,921],[12,916,889,922],[14,916,889,923],[16,916,889,924],[382,916,889,925],[384,916,889,926],[386,916,889,927],[388,916,889,928],[53,916,889,929],[55,916,889,930],[57,916,889,931],[59,916,889,932],[0,933,889,934],[4,933,889,935],[6,933,889,936],[8,933,889,937],[10,933,889,938],[12,933,889,939],[14,933,889,940],[16,933,889,941],[382,933,889,942],[384,933,889,943],[386,933,889,944],[388,933,889,945],[53,933,889,946],[55,933,889,947],[57,933,889,948],[59,933,889,949],[0,950,889,951],[4,950,889,952],[6,950,889,953],[8,950,889,954],[10,950,889,955],[12,950,889,956],[14,950,889,957],[16,950,889,958],[0,959,960,961],[4,959,960,962],[6,959,960,963],[8,959,960,964],[10,959,960,965],[12,959,960,966],[14,959,960,967],[16,959,960,968],[0,969,960,970],[4,969,960,971],[6,969,960,972],[8,969,960,973],[10,969,960,974],[12,969,960,975],[14,969,960,976],[16,969,960,977],[0,978,960,979],[4,978,960,980],[6,978,960,981],[8,978,960,982],[10,978,960,983],[12,978,960,984],[14,978,960,985],[16,978,960,986],[0,987,960,988],[4,987,960,989],[6,987,960,990],[8,987,960,991],[10,987,960,992],[12,987,960,993],[14,987,960,994],[16,987,960,995],[0,996,960,997],[4,996,960,998],[6,996,960,999],[8,996,960,1000],[10,996,960,1001],[12,996,960,1002],[14,996,960,1003],[16,996,960,1004]]}', "windows-aarch64-none": '{"strings":["cpython-{v}+{b}-aarch64-pc-windows-msvc-install_only_stripped.tar.gz","3.11.16","20260814","A3X4gXEYOedEYMbd8b1pksRxBgA6GYETHgctNUszTVM","3.12.14","Hh3otdDfc7llqnLwwn1cYXpdclbObSBSKKD5Y4v23yE","3.13.15","9r8Po5rTZo3BmWBS7G7/WMVKoSa/IDzzcopHqDCvK10","cpython-{v}+{b}-aarch64-pc-windows-msvc-freethreaded-install_only_stripped.tar.gz","Nw+ATe++5kJegm0c8DkUfj2JwNFTNN5HB4iB5izpZUw","3.14.7","d+hfX0QV3RFzouIv1C7h6tiRRTduD4Rsjoncz5MjoKo","HWH5auzZ5GfPb6pHlkQtLMLc+AVqqqlBXfIqZ/34nLo","3.15.0rc1","nlMNbIWrOiUr0r9RARB2dn/nnDEwhMMIGjxHn3v2UxI","wfpyLv4zOP1/xBfzR3Jy3SNQ7NgGXXNzPy4UiuMpcZY","3.11.15","20260807","bQdKB5XW6NsL7btVVJ4aCvpIvBz/oQYohmC9sv/UUzI","3.12.13","B70bI7kZPneKfdsDH13DsSpz1HmQBkEm2XtG/E9kxA8","3.13.14","20260805","/DgGp55Wj01gH9N70EKusaN2VQ8kobrCap3AqCoe0I8","LjsKN1zUL/MJlXmD2QylYgL6prlfaEvWVesPA75UIWc","3.14.6","20260804","nnQLL1rXPd5RZ9xLgDXOXuSqkBS6qelFydMcirFOpPI","Qte3WG7Ex1YNbF2q7O5uzNRvR1yJL54clp4EfPN2JtY","3.15.0b4","20260728","hYvMVpWh6707FlXSj0j51PsmCDmM1ocqmH8bhJi2bVA","FTj+/7BfKA6qpzObHThi7aC8roWmAW7ieCm+06E2LBo","3.15.0b3","20260623","lqW8w73LSe/GRzMBTUGH2TD0qf5HKLzCY1O/f4F81zA","ZVpV8nySUoHqdUl1IQ+r4snP62+eJqXb7ncVwbtntSw","3.15.0b2","20260610","aT+zKReutSNqcFO6ktFiPgFWeH2phieR0nwoVxRFWGA","2kiPs4FXfyH8kdlH7Cknvllg+OoayAhpF8F7pFPFG9E","3.13.13","20260602","5qrRKmtTWVORtffvATgvWNMg7RRiSs7nXbrIS3GxEgo","s79JRZi1TsTYELggrRKcGbg4eesSMTsSOq27sgnivNI","3.14.5","XvrUif001OnB+cZexDvRdk2aj1CT1t7kTpsfO1AGBrs","ZBGSr5VhEdTjSDxVwnMl1ujMVUsVxW8Mwh8puPDkzwk","3.15.0b1","20260510","eUezcmQO9p/913kfHKfAUyv0j5LXv7IjgXWKQ1dmfNY","Ii98jaGkErg/pFFYizkjGSHoz67vUb0JHUwqBOgg5eM","3.14.5rc1","20260508","ocQATM9o69yCYHwLqtYz8iIvcaMOJclESJfKyl/3tug","glqCpFaVQja6pVq/DMhJz8JzexHcwCIciNgMNyYKkMs","3.15.0a8","20260504","kx7JF9ul6/eJCEhVCrUDEoEUQ6LKV5DUiEmUemT4dd4","P/Xjsbx/Afl6711Uc/3D8FM6maIzWP7uIKSDfAvdKco","3.14.4","20260414","0M9CEtCKNOzdYUvGVdZQKvz2HOFs9fVm/KbGOISp0d8","pyC9KYZn3VFFhppmeq58XAqNl/Ykn6FXwdt1EHDDENE","3.13.12","20260325","L+pN18UZbvQoxxftshPoM6Peh0D0nBOJCPUILOOMVMA","H/gFvgXOiyZbh36NXXWK89roOWdrVsctdrL7t9ixmLg","3.14.3","1lXgyZn2nTUNyrzheNezWb58jI4594PDljiyHA/7mQg","HtuqPYhoO2h9prnAusIa+mqQawA60kLuRlDqHZPB34A","3.15.0a7","n3TN3LEvbm1S7FDikM1GM4eP/vLcvzxkjSyV9sS/Mt0","6RSi1VZ4Is0Vaer1zK58ZJFr1Xp8UFsD/DWSrA6H7hw","3.15.0a6","20260303","VNVnnwQgp5DldPTydRZy94ZlthdruykDBwqAHHesDq4","cpython-{v}+{b}-aarch64-pc-windows-msvc-freethreaded+pgo-full.tar.zst","YokNEVtU0kVqdNsJ0wJoNPruGbob4lfChwJbDormrRY","3.11.14","20260211","q3KGZalM6iQ/X+x/3Y03lGMUOFw+w5RAFE7xIlPys0k","3.12.12","RhGkHIZT/QdPdZmfWugG7hUbWYKPvn0hjgLhJRhyY/4","3.15.0a5","20260203","PfpHdtbtD//nBReZu03/O459ARMw9Gr0MbsjZPw0rCs","UZHsMzKUNpn726FHZL4mcgtksbkm27S407Ni5UZIsaU","3.13.11","20260127","0jZXgzRZ41UNAnlwHnUa+j+voZ5xi9tccx0R4boiNa8","gqkuWRDqMWUQXxswg3W8g2WvcXuDXnTdjRgEwWWeWyw","3.14.2","R4CsZPz0s9/Rgfhq6Hyd/0PT+oBMX42XCRKY8th+Gc0","+CTSz25JjOoQ8QuGAacYzmRAoMKyn2gMrV67LelhsCE","3.15.0a4","20260113","0pachba+bU01E1IOmbtbL9cFWB8G4ptqM1OQNUb5Yok","QIWZOIrEs6RW64NZ6UIkKZNwft2hI383NIZhD3xRkxc","3.15.0a3","20251217","6g8b1qmwEpKX4uYJEWlItZSwHMF5PhrKBWp7l0OzzdQ","ZHMGwAZc11GmkxxnlQk2vxt1YTknxqam0lhX4PYf4zk","3.15.0a2","20251209","DmqE58ejlGYnRSMdsCnS3Li1JbtZKELjVSEhnGFGrD4","PZkVK04puUf7HPyNA10dUR5Qru1yiG/0pf0KNpS9C1E","3.13.10","20251202","+NBD8XpXbWPAZY0lNeiKn69F7xbOi8QZfrYOhe9jNYY","zbcUEye9wkRxWyV1JZPiye6zzCdk833+gc+8ktudbVc","3.14.1","eHStJKQNkxkXj+VArc+cdmYOq+fdKbg9+AuLPq8Xh5Q","3bELZF3isfbygyqAsRWpzTSkp2AkmYMCfv5GYYqO/Eg","3.13.9","20251120","OnBo+KC8GX1qYpCPYqPiwXfvTtjWO3i8v/eiSZZjiro","oLI5iWUIzNpE8JZMrb7lpHDYIJUtbb8k8ZpVAETL9Ck","3.14.0","rYbWbXSwzTpemppLaAZ6xfRrwTDfScQvVIixO4RxMr0","j2PGmVibmJVtD8FCHG74fhMvZpbOnJNevmhOi6t/6x4","3.15.0a1","20251031","Rn36NOOwosX0GAMX60YGXudypW4WFQ9RYhHjmfZHtUY","VMp42uRV7Ob++9f18ofMVdXOGXyvUZIfbYcdFQadlIk","3.13.8","20251010","VxT39Se1VEki9nn1LvnDFhw57aaBbd4e4G5BeTlYyOw","GHuWLYSvGNIvZ+Bpd23/YaIjJxrhH0RQfP2Gk0MMA8Q","3.11.13","20251007","uFBBknBqieUfnLf1KjaMihtMfPqZGr8KAffdvsMB1ck","3.12.11","TXVH75yX9SmWyi6ctchK7dplppcpZ8g8o4LLof/kGqU","3.13.7","20250918","BEKu4llR7havOsIifPSopuPVtlMAMPv2zRMF/z0/wNM","QImp1geMxvMalS7UfrSeU2Nyo3IFxyXNKM5MUgsQMCw","3.14.0rc3","EZtcTOBNr848c0e6kFhL5EHYt6bK3V9FuRrQqN1W/68","/LdL30t9ZUvL7qlxMC1TXNF7pfe61U81aYowzrt95M8","3.14.0rc2","20250902","ykK3carBRrcgiKJHOHx1CNwTJS6oBbVpTwJyJyOOPYs","dS6CnV4u/jcWWwSWqPLPE1M9ZD4AAmN5V8UWvEYaVOI","3.13.6","20250814","6LEHvZ/1sHH2md2jWF4/xgqJy1+YAOuUu/tby0CESaQ","EXEfJpqfFa/DVd1gqOCApMlkZRj+Fx1H0Ly+WHKjbOU","3.14.0rc1","20250808","R55ONEygbGW9LgmbN/jwV9JLuPUii2UJ2JOLeZi3QGA","qp+HGvxnQZ6GdTXrDTaOXseCgTh5mYXSFEhEP/EYUIc","3.13.5","20250723","c6FjVtHyGtFUZ/FPXFOmq5/3F/j53GLPhlCY2JMzjJU","zDm38z54xzcHGTXVUWYNeVrGouJxAbYbUnF0uFP4EZo","3.14.0b4","20250712","Yb7w/yLDEXeVxV1ejiyHlWqU+7RyXgMjHzYLfGi6U1g","N/rHE9OyVzHxNMnGsckCH/sqrNpjABD/oVSXRGZVF58","3.14.0b3","20250702","Ytxv8hy78sIW8bn1c+2OBDPA9xhSgKE7Ky86gayGK5A","MxgW15zXjqrbpa5s3TokN3EZnQygcFfnpFIVjdSn7cw"],"rows":[[0,1,2,3],[0,4,2,5],[0,6,2,7],[8,6,2,9],[0,10,2,11],[8,10,2,12],[0,13,2,14],[8,13,2,15],[0,16,17,18],[0,19,17,20],[0,21,22,23],[8,21,22,24],[0,25,26,27],[8,25,26,28],[0,29,30,31],[8,29,30,32],[0,33,34,35],[8,33,34,36],[0,37,38,39],[8,37,38,40],[0,41,42,43],[8,41,42,44],[0,45,42,46],[8,45,42,47],[0,48,49,50],[8,48,49,51],[0,52,53,54],[8,52,53,55],[0,56,57,58],[8,56,57,59],[0,60,61,62],[8,60,61,63],[0,64,65,66],[8,64,65,67],[0,68,65,69],[8,68,65,70],[0,71,65,72],[8,71,65,73],[0,74,75,76],[77,74,75,78],[0,79,80,81],[0,82,80,83],[0,84,85,86],[77,84,85,87],[0,88,89,90],[77,88,89,91],[0,92,89,93],[77,92,89,94],[0,95,96,97],[77,95,96,98],[0,99,100,101],[77,99,100,102],[0,103,104,105],[77,103,104,106],[0,107,108,109],[77,107,108,110],[0,111,108,112],[77,111,108,113],[0,114,115,116],[77,114,115,117],[0,118,115,119],[77,118,115,120],[0,121,122,123],[77,121,122,124],[0,125,126,127],[77,125,126,128],[0,129,130,131],[0,132,130,133],[0,134,135,136],[77,134,135,137],[0,138,135,139],[77,138,135,140],[0,141,142,143],[77,141,142,144],[0,145,146,147],[77,145,146,148],[0,149,150,151],[77,149,150,152],[0,153,154,155],[77,153,154,156],[0,157,158,159],[77,157,158,160],[0,161,162,163],[77,161,162,164]]}', "windows-i686-none": '{"strings":["cpython-{v}+{b}-i686-pc-windows-msvc-install_only_stripped.tar.gz","3.10.21","20260814","Eq5JXAGENbZVJ2UkZsjZ9ND6a8hsNnOffYNnMl0ycXg","3.11.16","28TJYm/qdUmliK3imRKdFYMDDjDkcmhxRemS3H7Kfdw","3.12.14","iqoaYK47ymBj4Q67PVHxhL8rE7eSQeGzCOPSqxWVnC4","3.13.15","PqBOkgdEGePQ4YPNPQTyoXvo0BlqvICpQgn7/t5rxpA","cpython-{v}+{b}-i686-pc-windows-msvc-freethreaded-install_only_stripped.tar.gz","V9ty0K6CTTxrHp49AQb+T33nMKrX8osNQzL6FYA1C/Y","3.14.7","EyaAW33Y7yM/GMkWvD5S5iu98XmaAwxk6yO21DBuUsc","ZkIG9f/xJpwZ92wJtoLajB3pjW4T4sv9ib8wigQPxU8","3.15.0rc1","VHY/s98nsm+14O4kXDidpRBBoLFhR6JUHd2HevFpqoc","IQp2DfmET3t4BWR2OTcQyvkON71Tr8AXyOWhHkjn49I","3.10.20","20260807","I+pCydRmpsuzRVA7noC3AQODnkVdtRimngvEIoqy+1o","3.11.15","+ex4taue1E6cPzVdPkxAuR49N2wy0yqihATOP0yA8WU","3.12.13","kmjmKN11zajk+xfmcba6OA+zyWAHolRPGneqBj+NIz8","3.13.14","20260805","mDXZIMO5XkR7hMkUgjv6evSy3CM5ZilDw4VVC+lwyCQ","rtma8+6fiWgUbdZfdXoj5wsT/v4xCae6lKifLeoZZvc","3.14.6","20260804","Bg2de/l9EF+jpFrlu5DCmlgeT5c6BY1RubPng6kvZWY","IPEz92BM9TDEgBeWezyW8iCnUStoVOGpNHKtK3ixPys","3.15.0b4","20260728","meqX6sASMsL3xd/S3EHkkjhOK7C3U3bae2om9pQAvt0","0fZ+RkdQ8pC0O/OAbwrafwWTrjhbwSsz5OeDwkFG5ho","3.15.0b3","20260623","N+97DlHuffc35CMDaaWL5nZYKasgE/NbalzMnafVc2Y","/N5f/vEZx55bjelJHXX/IR/UjUB32ZuXXUQsTApmpTk","3.15.0b2","20260610","4ickoipOBdaRbdtX7k1HwSIyU/GAEaFauuPNXYKMqqQ","e8EYl83G2JHtKcFURZrt1K8wzP3q6w/CFppIXl42/Tk","3.13.13","20260602","X5y8L0fE0elRyxSZ7gJhFsHN87+LcxOROCw9SqD+PLE","p+23+1fZVnvMseK+wmEcMV4tDnshwXMi8MdYryywkAA","3.14.5","S2KFCejwb28kTqVE1uWlAFQKzZCA+U4liqRvgtDuXVo","smdpCxnaISoIylEOkJJXshQzxwleFawqaoKwNPmHoQo","3.15.0b1","20260510","VdDLJaP29jrhs+Vd/gzcoWVYz3VwPvnOAXzzjC9EWnE","qlU9PkM+s+SoZu4usQHYwD6DgEub9t1mI5tDaVknIDI","3.14.5rc1","20260508","xhdQapp7rbBbhE92YthhVYC9VMeGptdFG/gy+uU380U","2QqdXHHoxO26YN7jHZdVtSoYdeqyI561N8Wv34NONsg","3.15.0a8","20260504","L9jfAGiV+6qLx9NHVAKQnDP4U+QKgmFLCEclK4VLO+o","P7+qx5Dqw+RP5hOxYw5OfdM/Lk4JYJxYCRBrMYANrKc","3.14.4","20260414","grwl1/OgzhPF7ZAs1Kzpw1xBmB5EFcGvHPUr+V5U9Gs","MozGjWgvSVPJKWgAPmGzaFvMHN25t7how/ORKcWjBro","3.13.12","20260325","Mig81ZZxqyQn8xqtPtfj7sqdCpR0PnFr2/MVUO9wUSQ","3bjo79Lbm2o+hLUuxL8ahn3LsMmXruZkUIkDK05ow7k","3.14.3","tKC+vIuZyZJ+f1g/2/hEkVHyCDkGUKSi8AV1evZadic","sRtkj5aHZDlwRwLBGdmcuy4SdC9c1nmkgEK4BwlLUiY","3.15.0a7","6dOEY8xHLhyG0xW3M/RN+/UksVl1ZXqQTT57RRcqrsU","3aabYBa0STP6EjBT6tzK3zADa/4VZ016sd4i2MKfvZ4","3.15.0a6","20260303","Z77Hg8DhMGc3bNdOzvPGBRkyS/3JtDxjGivnU9ISxQQ","cpython-{v}+{b}-i686-pc-windows-msvc-freethreaded+pgo-full.tar.zst","QXRxnzhPPGiTxZ4j6ogkLDq52Et//7nR7ToR6damoGg","3.10.19","20260211","2GffbR+K4S/iVV6V5j7Hnx6YsQzQKVZ4NXWF384mllU","3.11.14","ArYRCNCzpx2xMXIkqfOWlGW2w4SYtmO1bHU+ZPeDFZ4","3.12.12","gqSjrde+hRKy4gaMr3p0qMbkVarZoH2LeXeaViGi6XA","3.15.0a5","20260203","gj77wIcy0qhUS3Fl6uABmLKQKMaoFcGdXFxpnPzNqWA","9zD2ziE1TNJc4SjtM5BlRTHgGugr8KNMXJ5shtv4HKc","3.13.11","20260127","vv/AlURVbhhgX6Juo8EHb9X4ghCCkDbgKQHbKw+vOwQ","Ko4hnKyjwqKosCgILALducxLiik1UtW3r6C7fgSo3wA","3.14.2","HGi35EVrp6z7JtagIC+4nbY/yoz6t1PHQsabXz1kPsQ","AWkj2EyLp2FPYq4wnPWAP7fekd8LjCi/xCi7eY+zlWg","3.15.0a4","20260113","9UIISRFu6j/JXlbvu5Ekk1TlL9Xc0LAaIapYqxcv0Tw","VvgpARWG1IjEIHe7FqMPPbenDeNqtrLv3m/PLY78WaM","3.15.0a3","20251217","4nLowSSyQffJtWCZDCSOs0LnurnvXBc7rHE9XNmgoc0","/aMalYKZYcgHZWDfk/Qe4FojMy9jcMMpaMEXXZdj5pc","3.15.0a2","20251209","5OHebuppremkFhmot9SycRTwj2AvwSGuRLOOk1Lo9eY","wJSC1s/Eoos8D+G8rjtBE/p8kFAiMLLofFmmoizpeVk","3.13.10","20251202","uw2BBMTN/FL4Vy46Bxs2y8GpA5Fb5b0AXA0bBQ4RPKE","ldT+8YECHELqmymeIZODCEN/gFdqOl/nJ8woQvNDI5g","3.14.1","H+cAVZDuRzxN82XmG0PdjCqjkyR5C/VFplmYWOgaGDg","ab2MSjEghla48kt7o6Q3UAncwAugvfqPHOklky64+tk","3.13.9","20251120","wqg5TLW792yZ3kmr7lpKtF2etNq57mYfe92TIjjBBrk","1byRkeHX7jFUIYNz7DHxlyfS8jdHl1MemFNC6cONjAQ","3.14.0","utiZJtQwX9NwWyDBqiHkoo5b4q+gIh8PsHQCkZxcQTk","Hu0NCM3U2maGV5dnXgnTLo2wQ6RIt+aHKmtXXcS/tSY","3.15.0a1","20251031","2jwkxs0ecEQn8g2xjz55a33c10RvmvJ1qRNN9KfVA68","n0vJNO+cVubR1yY5SUMM7MGdMB+kytdPzTbJs8anugE","3.9.25","6eaNVRQJMoGSfXAFVQjCEuRwV+2CYPOdbhZbUZGYDJ0","3.9.24","20251028","R8jXHtfUoVfUd8s3h6IgDEaFciSpRAMLVivc7ae519k","3.13.8","20251010","16fHcHqjkLNdQInVPx7djmXXNaKnhg5RovX2jg8wXH8","pLKGVs9a6wa7aKC7LKlS6Gbr35GrV+321aG/LrwoZtQ","3.10.18","20251007","EJvvbuIac/zkpYml5AEGvd/nk/u3QeT+GPSE6vCD92c","3.11.13","iE2b99csJ1L8schvoupBkjEJCNLy/C4wwLiVAeP2hKk","3.12.11","eC+g6Fni+GCmWmrjGvRkIHZ3DNkIDXfv5lCRoa4y62Q","3.9.23","52Sskt71NQmCiITjO3h/5QS0tLT/KZ35LWjIvPP4kAM","3.13.7","20250918","SQ5IdeMYBCwNzQ1IVvSKqZXF7He0gfyw1MerVxgI/ig","ts8i3cXydpPp8NA5Bz1B8aRkh9N0ltY383/BnIGNZZY","3.14.0rc3","SitG0S3TOeMUwV19wguBx71qKDYxn6Jc5IwP4U0Io8o","q7fa2nRyLSOvNnv480EwZ4HnPG3hmYqergMPXgt6JjE","3.14.0rc2","20250902","qQPh+0pyaRuUWjQcPfOO+MLgKutaLhdJzN9q4iO0mko","sjeecvyPJgW3JcSk6pWsyExpK4FBEiDpQvs19IDF6XQ","3.13.6","20250814","VfZzUPFvLK4uC1RcltRXAnK6hdmMWns6UX5CSgjrEvU","VZfJ+55cajwfKVVieLZT1VhHSUYOV4sahyAPcXKV5Mk","3.14.0rc1","20250808","6fTHR8BbVCsk1T/n4XRfzMzkzfM5NiZ8v1DcPTAhODU","qSBGBoYD/IA6+kN2CuPe4q7ooQlX0wwiAdo7g0WtSX4","3.13.5","20250723","CZlrzpub0M+xCeQgjG+0N8yyhgYFIY4gu07/9TH+cJI","bcMm0JTpwfNcXDD83y9NflSauViZKWnVVvvYFot+TuM","3.14.0b4","20250712","vPIp8lwS+BFpsfHSB6cZ/CkI9Oa6W2FAR4dxDTseISA","Wn1hsYY5YNq294Ante3FQ+5B0KRfeFFBOVE4m4Qjhcg","3.14.0b3","20250702","D8mGZHUzYOI+rzqhaWV2J8pXZhQaSeHPsDl4lcu0eCY","LlW3IE85H75lMWjmAE2vXtYk2JCrfdfVqn9yNOJxrkc","3.14.0b2","20250612","BOrr4etCQWZnkqsYT4rVX9JaJBBZTHEE5PA06qkbv/E","bt4gQete9r0tAnS6E6cy11dz5EFZzWecc5Eu79tk/4c","3.13.4","20250610","1RAAd7l1PbAXFOL/HpXGKN8CO7LaNa3JuRFutW5F8n8","WVeGpmEzBrdBGMVuKatDDtDrCNgsQQO3d46CfF5D+M8","3.14.0b1","20250604","bLOHGCGRfp0PL68dnm63mNSH1ryzUwNdvzwoLSY2NPE","q2exYjdhuNoqfCXzjrq3H53KXtGYaLuXyjRdJ5nkmXA","3.10.17","20250529","9BGqOF5QNMHrB+DAOClnJaPMNX2bWULMfTUKyRane3c","3.11.12","WVcJSra42taYUoUbJzfCa6eGwXjtr0p9sXtl8yMn+jI","3.12.10","F9mYvAbKISuZ/WxTrI15DF1mgneBZc81HzBO6fABQ/o","3.13.3","Az2PNjk6nxF+v9FwyYwE8G7kGpkhdLuLR4oDOAg3Qlc","AFmYtlA/47QM0W8EDKi7sTlHzBM203uvvlerF0Xy+1Q","3.14.0a7","QLhos8YBaEi+4faLydxaw7nHUqfn26W8CCDO8wv45oo","158+QlMIy/gPehlReIxn1Zn68uI6WCCOmitYpOY6DQg","3.9.22","Q34tSxbP3F/NZriNCWbbiIAXCsnLGwaOd3xlIazO09s","3.14.0a6","20250409","Jsf7rTYMfA5ylvRTYgaRqKNscQBjdBuVJanmYO8l558","leR8VoltPXsohkH+l4jC3xxlJBXG4Q62BTyHG2bl1ek","3.10.16","20250317","9LCt/t6qpzWG6YEA5KGqPfUfcjvIPlUHcDQubamjzO0","3.11.11","tanQisKdOyoH5FiyOggpkJtIImAmmeKCmSTSpDZBr70","3.12.9","MntbCpGNlwdyjMKFD5KVd47UTvsX3fEfwDzNgi2F8m4","3.13.2","1iE1kXANXuWus3UIxPZ8w9dRZ594liqr5vb1uiFwxx0","fTGSeO69dijOfoaVHbpolOuS7HmPzPkDtEnfaCXxO/Q","3.9.21","lMiZFLLelPtXZKtML8l6IkLpOqHWh/QOl9I0viOTnf8","3.14.0a5","20250311","Vfq9M5q9NU4Ebt3LMtVKVhx0PZpUSEuOywKqiqCeScE","6OmwITMtXDeaiEOrW2grU7IJ1zlWBRaMSlegwwdtHAc","3.14.0a4","20250205","44M38Co3/xPLy3yAxuqExOvQSWEFwDb36TU3R/CYfNM","9/BRUq1U//BkkzT8GWs9XgmJYKe81CTvmxiDR6IyGas","3.12.8","20250115","kYeBignGa11OZQIwjVGVIiu51fKtzXn55MQ+6kM2rfA","3.13.1","qPYJ7UOCH3Qe8e+itVXwCFTfozwxTp/fsGuDwOZtf/8","y03y002N1Ceqechli9q+TCCLElFoWAGpstcaJnrPB/Q","3.10.15","20241016","l20VYKAvK5IWaPr8dhlsH/G7JMyqdu1VZ1Ofttqwqlo","3.11.10","CltCNRdyLphorEpjiT8k8k25vWfoZ55uRINDxYKdLnc","3.12.7","19fIl/EfEoCNP9mgzkjk3hk2nfSp7pOQpK2uMCkC4zM","3.13.0","1VOO0qJHIgUW1MFOhFLyxJMYsp+LUkyQih7ULkBb2Mw","d5SwIJr0a2NHqrlF8czDskrdChez9vt3QUR7xE0Qv0o","3.9.20","TTMfWQMeAshX9K+8/JM948aMj7R86RkQMUfXYKDXFl8","3.13.0rc3","20241002","hzkFs+Xoy6cAEm6NbtKK067w3RAvcw+MoZYBhHfdLaY","3.8.20","2CkQWq9TocrfhzjgQMYhG8m+8sbkdXuXKVTw8yLVfn0","3.12.6","20240909","2HJ15hNjKrc4Uo/iCpSnGT6CTpG6fx54Ref8/B8RSQA","3.13.0rc2","dZ9gCyemoO8mOMsC6LvMbecm3RyJZ1n3jaPkEvbJkuk","3.10.14","20240814","qEdC8TWE/Tn09LDZpYZWIaPIjK2Rsx8X9BQYZxkGM2Q","3.11.9","CRyZohD09AGjBSMfPyGO49VxRli406rDRNNO/HFt/4U","3.12.5","sQCdRrhzMMCZ0CQRyl6eMz8TMFxavb4ggQp8RnztsFE","3.8.19","c78BNTMLlsSMp5zNbS8yh6dGZXOl/Bti2YK82x1fCrM","3.9.19","HHjG3XY+bVg8PD+RdUS8REbQ6fvituIGBC+oAf+fuas","3.12.4","20240726","/w+rJPOMIhMORbkLfsENxM6Wd7VF2fuRCactL/urewI","cpython-{v}+{b}-i686-pc-windows-msvc-install_only.tar.gz","3.12.3","20240415","vXI60aoFVRYncVpChmAlDw502w8UIbA/OZI1dyBX71U","cpython-{v}+{b}-i686-pc-windows-msvc-shared-install_only.tar.gz","3.10.13","20240224","U2W5D5y6cYbRLdhlFuzotpbbcxESjgtJySI04Bp0WZ8","3.11.8","dQOZUfj5TXMEvBe2dK8WaLnh6m1sm6HaKOkMCtgDDjw","3.12.2","HpGTZfPgTrERKD96RdMurC8ycoere/RnINVinhRMv/k","3.8.18","wk+cnoY4z/DOaqgIpXzF8iAJvDPjvPQQpya3nXxVRf4","3.9.18","kE/10vZAJkDit+KxIHWvC9dbPoaFzFJI/So82jEF0qg","3.11.7","20240107","9abKEoB0nYzq+IUVhe9rDNLx926AGnfB10QBlVTu8vA","3.12.1","E8im8zek4e8EP/uOo8IYqyBzr+DTvjb834zrb3VyEOg","3.11.6","20231002","3Uiyz6roQbTNm+7SPirmixNSegZe89Jx0ihzV2nE5k0","3.12.0","bk8wqZgkXPrvANG4f4/V9sJQvSIvkz+POPEk1PAyJ/k","3.11.5","20230826","k2tiTCUSo6M3Cq6K32A9aucbqOvTnMRxShMwaJHqNvA","3.8.17","y2r2JrqBEETpxe4JFAppIFZdKxsjehGIa5Y1Sp/MJC4","3.10.12","20230726","paX5yQgrZQNGKmsTQRHTwwMFLLxJ/zH/8q3jizmXjl0","3.11.4","4vS0HD2JxexzXiVj11KFbLPBmgqnEux+80FxK6+n6QU","3.8.16","d0Zvk+9bAwzxPQRGBnCJsM4NQVzG0XAmVb27EqjBjJc","3.9.17","CfnUvGa+Xg3y39HcR0KSPkbCcfjwhReGlsdwc0d6oME","3.10.11","20230507","5O00FM0OaHAX8KVv7Yj/ObP137JKDWLpx8pVhUF4vN4","3.11.3","pnUeb6XHxNR0jtU0p/AK1/hY9iznPWPUTdkHA2ulOYU","3.9.16","IZUy/6Sa+I47kOkTXPO24foRzxZbAwmPuXdqB6+MptA","3.10.9","20230116","xcUdmj6NjNrGfY8618QAjeFp/xSA4XAh8VTVyZ/O6eM","3.11.1","ULJQ3SYcPMqa6NlsuSHk/7xk93ihmLb4uLCjOPd65IY","3.10.8","20221106","lOdicxZvcmJBKOUrVALbJEzqBB2rSmvNxwswS2bifpU","3.8.15","MYwFkyS4S112hbzQh0aYeZ2eNom1Hbz1luekejmj1Jo","3.9.15","C4EIkkfyWPJE6XktqqA2ddpvWFl9qmkT6C8meYYiON0","3.10.7","20221002","OE5xHdZXw0Ob5OULJIVHin7XolmnQdRID8ltgswJ0xg","3.8.14","oHMPOp5gWB8CvbhSlT+7Us+Y6EMSWfo5y2aKBgvQAqA","3.9.14","81JuhBa+hv+QkXUOvHOI1nJqzzLMWrDmpgxnxqrLJWk","3.10.6","20220802","J/Irq/Kc7rrhiywuOOLEjSLeaGaIyKMcX419UVQVg8E","3.8.13","pQZo1MX7yzdNPKk+4Y25ELw7RiaT2wc2afMebamTq/k","3.9.13","kOOHk4Lwb+o7ptR38MKkNKHhTNg9F04ce4fi8ivC50g","3.10.5","20220630","KEbpx+hIQDSYmrIYAiAJ/dncsSp7+0sDKaQEVS036ao","3.10.4","20220528","4d+l3ekQ+QjK2L1oiynSjfgy97FQVVZ5wgRYDRrwxKY","3.9.12","20220502","i35EATe/o0mgCGQadaKx/YriLSkHMXeKFEh4pZpyHFE","3.10.3","20220318","u38qUUMBD6SCxbRCzO2FUWaWz8QWypLJA+83RTJAGjM","3.9.11","zqyHKbKFqMjoYRdt0trdf45+Jtj2TKxsYiahTSJSzUw","3.10.2","20220227","UyH4wscSObHiAC0oS+jsgl1Kb5XNkh5Y23HyWYNLeqE","3.8.12","qqdbkRWvc9w9r32wUO1PYP1n0qI+urMGcPGPuM+nHzM","3.9.10","VsA0KprwQSZ26Jzfe1KsdgNwMXhrP1xAlCuLgtNmyW8","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20211017T1616.tar.zst","3.10.0","20211017","Dg0uOSiVtoinq7tpakZfei3H063fkRGrm2cRTOD9/p8","3.9.7","VipZwct0coulIlUDQm56DJadzRP++zHx6V+ANTdxZdY","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210724T1424.tar.zst","3.8.11","20210724","r17qzPtqufH4lNghAMVC2ykyTXA9fdXSxDPEWzaePaI","3.9.6","DMErktb6Qnu7XhTSqfBdkNZRVYiHVm2rk5Gt3crdnhU","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210506T0943.tar.zst","3.8.10","20210506","a30Z/IYqQffR0AmyMeSxUc/1u6vwiuctRvw4T/pA30c","3.9.5","00/tUiZOPutY3HJDLb4wALa9xbjhsg9LAdVtsQkHKjk","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210414T1515.tar.zst","3.8.9","20210415","EGFSOhIpEVBLUl6uG99ALkyxKedljI+gQb1EAy0i3HE","3.9.4","pgnuZ9EHmkJdqYmAb9x0ens7pCRAKecqELAusGi2MnY","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210413T2055.tar.zst","3.9.3","20210414","KyE7RoKVsFmTbPkpPPBqX6mH7Fie/sLl14DgR9Eoiwc","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210327T1202.tar.zst","3.8.8","20210327","4wrl8Tbm/S+4Iu5h9pn9gAw6rd3SJgP66BGXokuPAME","3.9.2","JYzx9Ih7wWEGKUjEeTmLX2shwRMW0M4JYIqPiU0cjk4","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20210103T1125.tar.zst","3.8.7","20210103","xNV3cY0C+vUItTRYpwOc5vlHiX+L4LaJ+xOKy/QbSWw","3.9.1","4x2/L+5fC+aZIIi5JbjhHGUbevvPURHLiI0Gm7MnNXU","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20201021T0233.tar.zst","3.8.6","20201020","ZCCczzc6uhXnV39TjiDfm2W/PH+0CG154s1dk/+OyP0","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20201021T0245.tar.zst","3.9.0","yR0MfeFXuHGq9KNM/uQAj+ZGe4sqc+DFGPP8/0LDl1I","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20200830T2311.tar.zst","3.8.5","20200830","9AaQkeE7HNeaEHwPartLVo9FtKA2PgSGwDTyZGJ/C+c","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20200518T0154.tar.zst","3.8.3","20200517","UpPMTyR6wm9KS+EBzHVi5TpDiWoz7UZM0L0x73YKidk","cpython-{v}-i686-pc-windows-msvc-shared-pgo-20200418T2315.tar.zst","3.8.2","20200418","m0SbB5zOeDfNYPHQ1NC8v0IQGPlyVV4C9b1OIZoFkiA"],"rows":[[0,1,2,3],[0,4,2,5],[0,6,2,7],[0,8,2,9],[10,8,2,11],[0,12,2,13],[10,12,2,14],[0,15,2,16],[10,15,2,17],[0,18,19,20],[0,21,19,22],[0,23,19,24],[0,25,26,27],[10,25,26,28],[0,29,30,31],[10,29,30,32],[0,33,34,35],[10,33,34,36],[0,37,38,39],[10,37,38,40],[0,41,42,43],[10,41,42,44],[0,45,46,47],[10,45,46,48],[0,49,46,50],[10,49,46,51],[0,52,53,54],[10,52,53,55],[0,56,57,58],[10,56,57,59],[0,60,61,62],[10,60,61,63],[0,64,65,66],[10,64,65,67],[0,68,69,70],[10,68,69,71],[0,72,69,73],[10,72,69,74],[0,75,69,76],[10,75,69,77],[0,78,79,80],[81,78,79,82],[0,83,84,85],[0,86,84,87],[0,88,84,89],[0,90,91,92],[81,90,91,93],[0,94,95,96],[81,94,95,97],[0,98,95,99],[81,98,95,100],[0,101,102,103],[81,101,102,104],[0,105,106,107],[81,105,106,108],[0,109,110,111],[81,109,110,112],[0,113,114,115],[81,113,114,116],[0,117,114,118],[81,117,114,119],[0,120,121,122],[81,120,121,123],[0,124,121,125],[81,124,121,126],[0,127,128,129],[81,127,128,130],[0,131,128,132],[0,133,134,135],[0,136,137,138],[81,136,137,139],[0,140,141,142],[0,143,141,144],[0,145,141,146],[0,147,141,148],[0,149,150,151],[81,149,150,152],[0,153,150,154],[81,153,150,155],[0,156,157,158],[81,156,157,159],[0,160,161,162],[81,160,161,163],[0,164,165,166],[81,164,165,167],[0,168,169,170],[81,168,169,171],[0,172,173,174],[81,172,173,175],[0,176,177,178],[81,176,177,179],[0,180,181,182],[81,180,181,183],[0,184,185,186],[81,184,185,187],[0,188,189,190],[81,188,189,191],[0,192,193,194],[0,195,193,196],[0,197,193,198],[0,199,193,200],[81,199,193,201],[0,202,193,203],[81,202,193,204],[0,205,193,206],[0,207,208,209],[81,207,208,210],[0,211,212,213],[0,214,212,215],[0,216,212,217],[0,218,212,219],[81,218,212,220],[0,221,212,222],[0,223,224,225],[81,223,224,226],[0,227,228,229],[81,227,228,230],[0,231,232,233],[0,234,232,235],[81,234,232,236],[0,237,238,239],[0,240,238,241],[0,242,238,243],[0,244,238,245],[81,244,238,246],[0,247,238,248],[0,249,250,251],[0,252,250,253],[0,254,255,256],[0,257,255,258],[0,259,260,261],[0,262,260,263],[0,264,260,265],[0,266,260,267],[0,268,260,269],[0,270,271,272],[273,274,275,276],[277,278,279,280],[277,281,279,282],[277,283,279,284],[277,285,279,286],[277,287,279,288],[277,289,290,291],[277,292,290,293],[277,294,295,296],[277,297,295,298],[277,299,300,301],[277,302,300,303],[277,304,305,306],[277,307,305,308],[277,309,305,310],[277,311,305,312],[277,313,314,315],[277,316,314,317],[277,318,314,319],[277,320,321,322],[277,323,321,324],[277,325,326,327],[277,328,326,329],[277,330,326,331],[277,332,333,334],[277,335,333,336],[277,337,333,338],[277,339,340,341],[277,342,340,343],[277,344,340,345],[277,346,347,348],[277,349,350,351],[277,352,353,354],[277,355,356,357],[277,358,356,359],[277,360,361,362],[277,363,361,364],[277,365,361,366],[367,368,369,370],[367,371,369,372],[373,374,375,376],[373,377,375,378],[379,380,381,382],[379,383,381,384],[385,386,387,388],[385,389,387,390],[391,392,393,394],[395,396,397,398],[395,399,397,400],[401,402,403,404],[401,405,403,406],[407,408,409,410],[411,412,409,413],[414,415,416,417],[418,419,420,421],[422,423,424,425]]}', "windows-x86_64-none": '{"strings":["cpython-{v}+{b}-x86_64-pc-windows-msvc-install_only_stripped.tar.gz","3.10.21","20260814","NWRa/GusCot08W023xqY42r6ceuLpkrLeUSzE1vLocQ","3.11.16","xt4ad4FYDRP2jezjOsELemCMesIfwIzw9OBnin0TSQU","3.12.14","ifGPaTKRcWO3QznrzsJkXI5Hrn8cXyrDfytPTPO+tkc","3.13.15","B8l3u+SrrQfju8MUYIYz5sdOq0gqe66B9DYc2pcLReY","cpython-{v}+{b}-x86_64-pc-windows-msvc-freethreaded-install_only_stripped.tar.gz","/EdcLwBBTMeYYCggQjQLt4cyXHmin17+GZVtKx9vCO8","3.14.7","ZJ4e6/dUpcp23f2oxJj/JcV0WZQIuKUraiwkJl/WMUw","uuxQmMSVq3Y+I2fIwM7fn0UXsu7uQQN0UpkoAeWVJd4","3.15.0rc1","y/lygo242e1G1WPmjuRwyQ/owT0ZcCtVbmC/P7zzkmw","W2p9MeM+UYC4Zp8fwKju+3M9rmZfentABDrcaKI+qQs","3.10.20","20260807","UzkdnmQByPkbl6q22vSSALzgtutB3MFhUDHmXp24vWM","3.11.15","6/0T8pC3n8DNh0ME6AlE2Bo2jtwsfNlJlKfVEEzAxrM","3.12.13","GLzGWxeSGAa3LNyIvPAAv2eiyZqPw4H+FinyubpWhY0","3.13.14","20260805","4N9t6lqip/b6sQ7hh6vPHaVU4evQqv5OQE/0pkf5IIE","j2+yu5UQdgPW8BqZ6OZaS3qZm5PtM6kbtxx9RIuv1uw","3.14.6","20260804","raYToq8ywEz3xUcmJDxW128OWfX2HS8oNx07nY761WY","dQ5tfqMMGmc0YK1NVp2LLFS6eH3/j6XoZT0PqX4BCk8","3.15.0b4","20260728","MLcp6HiCggm47Xz5J4Z/waDWDWiAYh64gdm2J9C6ojE","KRlVdbCsuLhYEg7awI1nDUBx1a+g+5Roa9C2qoTXNps","3.15.0b3","20260623","yHnBIhN8gEDhEGNisxrl4gvT7Kr3KNLpmTMueJUekLA","A+m2WVMBl72jRadmEgNPzI3zahfmJI4LQZfBgNfbqos","3.15.0b2","20260610","FWwaDM45Ag38V6bMfB9DlO7cDNAf1HzzHjXUvrdvAoo","UzJAgA9PYK4KAeoZiUY1Z4zlAzuMV8FmQ+AyZisOEV0","3.13.13","20260602","dHh299l7Io+sz2gAIt5nWt5kFvPo44Pv60l2/SKhIvc","/Lb1XayC1TftPDrUulSG6b+1IWU788XQNDCakadjZwE","3.14.5","ZrBlFD5TjAfwafdk2DHY/66VUHkH1MohEwTm86BWQ1w","uKWOcwz4fg2KALj8r7QD50GodlUHKV/Ub9wBiwHgfNY","3.15.0b1","20260510","wshArJDuCRT8sWvAsCBhQzq3UuzFpHMu5bRYHwivl4g","KLAPBvTaRsBIPLMPYAAE2Z4hkuHBxDFTCR0uQTgNw4o","3.14.5rc1","20260508","QGxouTQy4jnIvZL1qzQ7Auey1okDTPafRAGZphpi3rw","HHhwdy7iAmWTlvnTsbB3r9Ift3YqQNxuLP8vV9HwdGM","3.15.0a8","20260504","+cXocnnJxB6kgJzUM8Zq212flmXcUUxbn47JPsJAgdw","Ls+VNKM+GydNzo9oMjk28jaBy722421zDkuMvalD0po","3.14.4","20260414","qXaZHc0IXBu12agISCOmvIt/mwedjEMldKbd1ow6b+E","s36F+wM/LcdbL31RClr/XU9Td7cAPWozdPAlWypU91I","3.13.12","20260325","NLuUJ9AiwoEDh+E3bG4YTT8/3QmEsoUZrFgpWwuhrd4","EZCN0fBtwPAo0YgzWUQdjwPzq4nQZRW3/MHjbUbIkVs","3.14.3","DOzQMYMcGpYHurNkayQcF6xif/SKAd3ziN3taSpEqeU","NMgISAyn5vUI8uvLEM9x+AToZsYdLglmDp8IMyZF6Jo","3.15.0a7","ghr91lA03dBTvw2s1LJqCY0pB9oBPdCt60JXBYX7Qn0","/mUN2ZjunBojYk/BYHAyuLRu/GjI1ujVulBQnzSf3K0","3.15.0a6","20260303","5laF4Csl3gObceBaGWArzsRVSPUWVIIksK2yKEHTTj8","cpython-{v}+{b}-x86_64-pc-windows-msvc-freethreaded+pgo-full.tar.zst","jD3gX034GjtIL9YtqhS3hj3ytRekh7dWYeN9/uhFpOY","3.10.19","20260211","uJLyx+sKBGEWiNbfdWeidFogSqxpTW0cVsdbBxfastY","3.11.14","20p7Y4mWHxlO9cHLIaRsAj28E3A6xR971+qhCIdAynI","3.12.12","k7+OjAXt4Ad7GXopyZ69ryU0l/JxkAl0lCZRULTnC6g","3.15.0a5","20260203","c5Ln3sP8wRmvNmRau/PZkWrN/CPcubqvUsJdhKc7ktQ","gVOnMTJ3dbqM7niE7kTWwiBb9cfGyOjq/evvKixtDi4","3.13.11","20260127","2nMTjySdnrOKz3tDIlxAqM1e4iGEdLvPVn4nRiYAXzc","tiukWGGodlfUbd40ypvTSggeUwZdilrRUPbHU/rTHBs","3.14.2","QmOM6b2MF3AQxEx6am+z4dwLBOo3IIkDbGicy1fcDQk","hl0trcyFKstST+VE9sCG3bd7SPj3zFeUcl7TuxJRGxc","3.15.0a4","20260113","9Rs4wRqDUhN+ky97sT/HJfZY0oQ3JDvMiz54CaSTkeo","1JXK9apaMOrLVPt457NmzXvIIX1MB3U8t3aGypNots4","3.15.0a3","20251217","TKw3FwBQu0AuqrrYTnzrRnnsj/r0P76nHWJlHKdh3Nc","NYx2DBTzj5caoB8ZkxvvNUxhyhIMsLOM+XylVfF36MA","3.15.0a2","20251209","J7qymwlzCvi7ioFkq7LJhIhfxplmSC6KmzbqVVqiOrY","b/cbrHjWUM5iH+bbSfBikOSLzOth9pzMx3KFhPcLY0Y","3.13.10","20251202","rcwzMR0fg5wDDvIoiykmp9lmvdL75aBW1LXnrI9ZPo8","aosDct7WVeDVUxgIn7zjEipEbmm80SDHmqrf6bAXKZw","3.14.1","NLz8dGhszIS23IsjL8E6bAnShFEPMzL8dX/n6jyAQik","jvcEgxXKxtJr2+8YUSqHsaJP/6Ic7IbjL5qUJfKvm/Y","3.13.9","20251120","9MIrMd2/jXgky8ui2HB2IcLI+rH7bSwYEMK7AwTY6ag","eMCITttRSEuZzmJMHdqRa5DWH/geA4NcBpjEXJl3fFI","3.14.0","QqRQIM/2oz4NTzj2PWjIEkDw76dl4eWiNpP7TEqfXpo","kqa5DgnzERZLwzFg5yMprxM2EoMgKPMw1Wf4dNwFjio","3.15.0a1","20251031","9GXm3z9cwElaFctgpBZli9TYLKIhDKjxmBZAciynIKo","NKvFYD4bQTH3U9KbferIZbkneRK4UcvtWhSc8+Z0XT0","3.9.25","aJhyKrQkLjBNrxSQ4lRb7n5776zvgqk2L5SWwO5hbs4","3.9.24","20251028","iizGH5DCi2n89a2ca6tvi/cYK+cWJJdRzZB0EgG0W8I","3.13.8","20251010","f4kXqxU9sOKA62OWIbjTiBmvrP57/tVYVq1TvxfqWWA","1LgyUP6f6pVjsvt5ER1K8HInm2kFB92xTfEfYX/Vf34","3.10.18","20251007","lAQZP+bD0i9gZdaicA3xA7MHsnAS6FUEygMvPMDiRO0","3.11.13","zeUVP1mmfZ4Qjy7ZZFJumu0QDroYD1S+4ElrT9c6iyk","3.12.11","0od/dLAYccgtFAqe7+V7GBhceoQShyfL7crkXcXJ5U8","3.9.23","5CljNt0c4zj3kmauTaeMjTMNe67O08H0YV5oEKno/Y8","3.13.7","20250918","vCKeU2RpmoRWts6r3oNIx15iMS/9YmMd0eSUoXVaRe0","Y9XOat4cT4bVb3XMYPoa3WTz4d6VZODimtfzKBiLBC4","3.14.0rc3","BeWTonjBttPIctkJ6AMert972OffneK/6oV7cjDwtMU","UnXzmPuUuWRlzwiiAjnsriIStZa0gSYOo816PhPjFEc","3.14.0rc2","20250902","62BanV8We2tye0GwrKN7wUW+yMMCDOgixQHw9L46wtw","WLkyr8R+ZceMzbCav5cFe0POhJ1cZJIkWrMVf/ddERU","3.13.6","20250814","CeSJ0ucSPL2BESk+ka8I79IDySKcnnYbo5lbsmOm+pI","ZHQJxr7HbvSWLurrJ9mFV7ngTE1BDQvJ6Fe7XSyGF6Q","3.14.0rc1","20250808","EN7+OUNtGqC3t0F1bNy29wgz6UFoLyzOM8U7KT7Kwh4","ekzbTCE6L0hrXWsQRJcPZSm35TZaLVUD/6giTmLanM8","3.13.5","20250723","TYj92kpZ4NbUWVPDfC/LThFN1aLUHLWyS3W0Krgyj/g","aIHTdeo5NvnUf6bDan+NO1Pqw25dx42hEPZG2KrvhtA","3.14.0b4","20250712","glWzGkCGfrUv8aLkdvVsaXpxfmGT0xNBPHiLD73Sijw","5QPsGP2LHQ/LlN7VpnvkqIM01bEB3EhbAoFXeuhKasw","3.14.0b3","20250702","W170wDtOKqqzifELlzkUeA12vYLurrPDBSOaV6ui42c","jeYjWyk5bjsl/DreFmxJUGFx7EZM2kaYfvlkHdmkQHE","3.14.0b2","20250612","TX6BEyOoOdnOOmo4s2Qi+JuywPE2oEAFWqYAK63hK3k","NavBJTBOyBp74NesVPUV563dfcupEogiENN3IOqrHX4","3.13.4","20250610","HmNIwjfUZlxTJ2gwMFlLT5NAWuGa19q/sZUdErsmaUQ","lFdQRUftsuAVa/drU8fklBx/YcDv+f1fTYFtPfUcWOM","3.14.0b1","20250604","rXjNIFxbcb2HkOTu5ah3W1y/W2+Vk7Xk8J3A7QWRshY","jEeLoL8ggfmr5NxCKsmrAjGe97R2zp/piZmn6Jv0eMI","3.10.17","20250529","d1VYqa1x1Cr7Fo/3b222+kv1EukzuIjlXI8FV4YOrIM","3.11.12","95Sx50NJqYnRuaRm0iB1J9ThajbJKhJ3gCRYKTvEvjE","3.12.10","yiKpqeZOyrbQtd5834tnnMqkHp3vaqorSqprsj7Hqro","3.13.3","NcpVIbTmNPZAdcpbUAK3LmOhyyf5+HvNYKKJNIrqYaM","yDP6p4/lNJ7Rs+lv7BTp26CTAIfrMD1HjP9WAgei9/c","3.14.0a7","r9eZOP1a1eU9EJmewMtZYczpAcCGhM4FP518R1P6yT4","Ipjdx6aY2B0XEcD5H/5F/Am0vvLFlIS8ZbF4E3i8KIY","3.9.22","EMswLCel5Y7NeqJoSnMeMpJGdxFHKGJmZMHOzObpYKA","3.14.0a6","20250409","HvsE8UQcqy+EjK2mqtWew5bVch3FxCby9II98DRcqWo","rJ+4a62tXHQAr+vxxEHOuPW+cbuVzre/Vzfujjr2RRM","3.10.16","20250317","aF8k4V2SakUJfoBZgtxSonmYX5UlFbnJVgTsiBtAtR4","3.11.11","SpQJ/tuVMS6rviKFyDb2iHQqDqTmzKt/DWjLDgy7L+Q","3.12.9","7jOIOTFb3Yr1/JNflZXsog6+vdJQcmxYFrLQz5TR5mE","3.13.2","HZSIYLXd7/Z6b+zoHMM1T5FEFhlo0hKBhtTho1YqTnY","xRtIRf2lQh4EQGfBERkvZFI0CB1wQxP3Tud/oBOhhuo","3.9.21","dJ9waYUXCYGulfkiextBKuissz2EVc8030J7ULDt2II","3.14.0a5","20250311","otkgs7QqSON50SFP1La6Yza0yoA0YVWETklCPoEhFxE","tAx8E+o0EOGVtGq9qP2vKjJKD/0FWyTZSj48qL3YX+g","3.14.0a4","20250205","6Sx5aufdxcDs6obRSZwShyDn8VzCMvM/lrYLDQZ6ptI","7Y0FYIBzHbRBi7UVcwGuTO6OWNYM8KXh/pZw8uN02M0","3.12.8","20250115","ik6edI7u565xBIoQilWpusSPi+353/QTp8h3RPBAjvE","3.13.1","jM2YrkpPNqchlexAY8dJ8X45pfeSP6ZydX/GnpGJJXI","OcZ15ojV7gR+bOJz4YPQ69v70kTkyQCr05bVp4In0HM","3.10.15","20241016","RalSJcZZ+bmI9ETZhd80cUDsxxwCl8aFf+v170QNaJo","3.11.10","6ncOurxiD/RvHQ+QXHdKm4qlg0Yg6JYXrV4B+Q02s+4","3.12.7","+orDCKfNF3TVma2aKfHjdPvcEUU7EqjFDMSv21xL/Ro","3.13.0","yBNCh0lnJ5IqXEeJa08rFiPjqrkcu3wcpkVC23WT8/E","v9ifms+GZGO8S68Bcz2l52fRP10BEhdaT1e6kfFUExA","3.9.20","zjd5Blq4JDM+jW0KPQVdQHPNzJpuYKviSSkCM2n5FRI","3.13.0rc3","20241002","tZMXgo74jxOO4SLUILYPJwW8cq6Eb/aVYueebFy8MXc","3.8.20","7C9yPc+/CVgVeKcWwFzGeCOkPXcRHm3Z4NFVfMxty/M","3.12.6","20240909","/piYBg9SwhccKqB09HD5Ezm9z5iW2uZwkCHJFPWKqGM","3.13.0rc2","yIMgV1HHFL0FGVkmc6iPFgpV00NEzBNoNTrTSmeeuUo","3.10.14","20240814","Ya0avKymOe7LW9CxKawDFdefe5DPCsqOn7hcnnJpwms","3.11.9","isVKjXEe8NSbYqLDUhwtBAPxsiHcnYTF+F/kiQPoJSM","3.12.5","brA5h5Xoh1V1k0zyHNycfHrN20b5pS+R/a1QlyPy8Ok","3.8.19","idI4sSXNdUa30MvX9ISkONLC8jnBXJs47DxisfNDpso","3.9.19","Qm2k0x5mW3fazxXNiUlKmV7WNKm5cyS775zzb82kyKk","3.12.4","20240726","bde0YH+KJfD19o50X0xXKxogw7v6hqzPpFtSq5Oxjs4","cpython-{v}+{b}-x86_64-pc-windows-msvc-install_only.tar.gz","3.12.3","20240415","98+krQcv60V4yK/KW6mlStWR1mWkQd0NY6o2btvhknk","cpython-{v}+{b}-x86_64-pc-windows-msvc-shared-install_only.tar.gz","3.10.13","20240224","CG9/6RVriXu0ASc9uDWQFxBBaKw29g869OMax6zWY04","3.11.8","thjx8Ec0l3DuHvEdGwWJmECr1TiEuCD9Jcff4uwWZNQ","3.12.2","HlZVpsyxpkp4Rg5OPuIQNscCRoAPF2pskQQ6P+NlSjs","3.8.18","26kj7l34+Z2wT1megmvpKIB0bAIkfI2OTZVdS8cRrxE","3.9.18","qb29co7Uw1OkFX7PdDhhF/sqJ2mpNT9JHFKDcc/n9s0","3.11.7","20240107","Zwd+b6kY5PT9YLoWmCCwC+fDkMSXv5vJyrLCVeqObz4","3.12.1","/VqeD0GVnQNBJG02Q/K4eU9jitwM7I3V4bZGUZjq4Io","3.11.6","20231002","OTNUXm1BRi3WpH5EEz6kCZW8bv7tjC5MvfGmmTA+leo","3.12.0","+s+qH7yGU/lQV/PEoPiqgz2rDgsxbiTuhoa8dh1LT40","3.11.5","20230826","APACJj78iuqJa8+q+Qax9Nqz5c09tT4raauaELoiC5c","3.8.17","ZCjhtOC0SC05CCjefUyCgVJXRDQWy3hqvhDLJGbKaM0","3.10.12","20230726","waMcNTykTefRsaO2xVqCPpwe7QQj1Pn2bmF72xtghoU","3.11.4","h4YUwD6jhTiuL3WONshdLA6x6qyobNQA/4x2aT7gs+E","3.8.16","EgszEvp5usKs5FZBFxwrxZDE5EYtetEk1kWX4SSjauc","3.9.17","m5oeIe/ync8EPOo4GAz4yjYEuQEX0ABip7MWBdQVdxQ","3.10.11","20230507","nC02BKBvzUIiid9zAVzQDnJx2Q3ijSyRDw4jCaf3Omg","3.11.3","JHQQZtpvNaf/Z77mXOgurocNhOEYGEPmSnB20Vcela8","3.9.16","zau0cgTpbOfqMfvQte1YYRTdfY+O3fYKUJp/cLSKHF4","3.10.9","20230116","WcaXDOyzV9wdhVS9BUDrge5/bRages89FO0pTs4CwDU","3.11.1","7cCJecsGZqWXRmF2URUpwEmm8LuorfcN9EFwj3Zt5b8","3.10.8","20221106","8rbS93EY8G3SygTa4RdeRKqlB3pe2N3GMzPBU0cYK/4","3.8.15","L9w/oclfmCF5u7rtrisygZdlhjh5m23LY/n0lLDeWeI","3.9.15","Ai2qyrIVZ5uH8NIA0IuQaKchYF+kch6+2jgiD8ZBzPY","3.10.7","20221002","tGQ1L4y/BqtMBBt1Wcm9p+n2ABqU9nqwo0LLoHjzgF8","3.8.14","GvOZU7TIMk7QYI4xa8djAG8n52ZDFV2S6uGOTbb8Fi8","3.9.14","8RHDwSn0paFx0lNQzlja1Mflj75mTptPfCdTRcn+GKY","3.10.6","20220802","kYiafb3O6lhf9NO3hWpruPik7Kg6D/Uqc1QsLmciDqo","3.8.13","8gZD8bPiY6VihzGa6lw4iFMMCa2d46VimxpdIHgH5rk","3.9.13","tTgScCWkZ8ZLM1G6vKLk0up737eGfV/rs1KcNEVs3NQ","3.10.5","20220630","yDCrKjpIj5z5Xk6BxYHZ73Pkg8LmVGE2N5RD6btyURk","3.10.4","20220528","cjG6KvlSXK5iCl9K47+JqTn9wFO6DMZO496tjxMYgAU","3.9.12","20220502","MCQUf9mH2eGwZKPZSTIXj/jg/pjP6pVXBCE8B2L+6N8","3.10.3","20220318","ulkzcHQu2Ke8cM5WPdalPjDs4faIHjiI0zTBtIWw2dA","3.9.11","DFKaUR96A5CPwSbEqEZ7R+JKTZiBIUfo54bPWehv6/A","3.10.2","20220227","odmllM0xA7qiSTetkVDBo4lUS0NQ6FkgCz5cA2rDUr0","3.8.12","RljgigDWCx4BVZt01Y/03QTabfk11V9iaKFdbQpnnXQ","3.9.10","wUXZ2BQ84WNnCvEktiPXokBRQ6NwiwM7TTPu01XmGyQ","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20211017T1616.tar.zst","3.10.0","20211017","guemUmrBHBWOF3mPlZZ/Xoahu9beFRZ9RvLyif8XQt0","3.9.7","Y0pO1aBcG8nxWJVLxISd5p1rfCxC2Ug6h1AG8z6w8Xw","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210724T1424.tar.zst","3.8.11","20210724","rXo/ZDg/+Su/VkeFIbrmAubkpr5pNrD1DkLoNXW05Sc","3.9.6","ZSX2LORdFim2iwiDbQq2gc88bSz5w/1jyP1rNqkPuds","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210506T0943.tar.zst","3.8.10","20210506","0MnUc/8Ym67i4hS2+m/4GreGWt+F8zYMyVeYxPRKISg","3.9.5","SVa4wpqyhB8EzZqkZeMHO+IQfO1ZY24qgtNbDIgV4hc","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210414T1515.tar.zst","3.8.9","20210415","Cff0BbqGFV/e1EwIIfBe3eurEAgzbglSNH5T8JstVhw","3.9.4","6/Ssxd/yOPit/xjltgQg8FxoiJb0AgoLeOXEhBkGkfo","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210413T2055.tar.zst","3.9.3","20210414","1IdyeeTv4gvkMGJDRsg9gtt+9MN5skmtgpuXTd8PH4Y","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210327T1202.tar.zst","3.8.8","20210327","DHV2rbKZ60tJQ1if7FFwAPQFbP/409ij1P5vlX/NErQ","3.9.2","q4Et0843LZnbH8dUMJmLC/VNODhNymi6S0JfqpQ3M3g","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20210103T1125.tar.zst","3.8.7","20210103","j71m8v+XGS98SP09AN4zMPiUUxzL4BIF2Gtu1fQQj6o","3.9.1","qY8sDgPSrqxx2VbjqDxVBVLQad3jpMOxEwhQSXnF2zU","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20201021T0232.tar.zst","3.8.6","20201020","uELdxRo2EbV0vVq6jiM7uaelKwR5OIGH8xcj7OCb+Jg","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20201021T0245.tar.zst","3.9.0","BpDMYc50myGIzJOAlVN4qD4sqVJH/pLHVOXIJWwdMsY","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20200830T2254.tar.zst","3.8.5","20200830","OPrk7w4es8h7dh4JEdEs2p82J06mYQJms7/Mu4y5rZ4","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20200517T2207.tar.zst","3.8.3","20200517","2kD621jZE1jAUJMiD60gGkLOrDICRGZ7AHFdDNVyCMI","cpython-{v}-x86_64-pc-windows-msvc-shared-pgo-20200418T2315.tar.zst","3.8.2","20200418","Ais2MCZaBUddVUypfR2FwtcnDMDJX7SvGyFVvsflvV0","graalpy-3.10.0-windows-x86_64-none","https://github.com/oracle/graalpython/releases/download/graal-24.0.2/graalpy-24.0.2-windows-amd64.zip","24.0.2","64LbSLQ+BAypuQagCnRty2yEj5y10KGmMUIk1HhWhTg","graalpy-3.11.0-windows-x86_64-none","https://github.com/oracle/graalpython/releases/download/graal-24.2.2/graalpy-24.2.2-windows-amd64.zip","24.2.2","lgYTQoTU2VsvnWnDCHzT6eSI9GNVtBn15mWIoygd9qM","graalpy-3.12.0-windows-x86_64-none","https://github.com/oracle/graalpython/releases/download/graal-25.2.4/graalpy3.12-25.2.4-windows-amd64.zip","25.2.4","tfmq7JOydx71jqEBE8wmq4KR4nSObCZaa5U493HVQ9A","pypy-3.10.16-windows-x86_64-none","https://downloads.python.org/pypy/pypy3.10-v7.3.19-win64.zip","7.3.19","wNB7umyPtOWAT0qLP47wfMPYn2rR20KkX/ub5gu7fMI","pypy-3.11.15-windows-x86_64-none","https://downloads.python.org/pypy/pypy3.11-v7.3.23-win64.zip","7.3.23","lIuOpY3qW5kXIQ/kr9JCx4j7+rocPxol5pakBPcDOJo","pypy-3.8.16-windows-x86_64-none","https://downloads.python.org/pypy/pypy3.8-v7.3.11-win64.zip","7.3.11","D0b7bfMpQeoBb3fP1+m0JtWsJaKvJFNBTfZhA5QchDU","pypy-3.9.19-windows-x86_64-none","https://downloads.python.org/pypy/pypy3.9-v7.3.16-win64.zip","7.3.16","BuwSpelk3ArTPm84AYWk0pUXjc5tbfUS9QjnruAKEyM"],"rows":[[0,1,2,3],[0,4,2,5],[0,6,2,7],[0,8,2,9],[10,8,2,11],[0,12,2,13],[10,12,2,14],[0,15,2,16],[10,15,2,17],[0,18,19,20],[0,21,19,22],[0,23,19,24],[0,25,26,27],[10,25,26,28],[0,29,30,31],[10,29,30,32],[0,33,34,35],[10,33,34,36],[0,37,38,39],[10,37,38,40],[0,41,42,43],[10,41,42,44],[0,45,46,47],[10,45,46,48],[0,49,46,50],[10,49,46,51],[0,52,53,54],[10,52,53,55],[0,56,57,58],[10,56,57,59],[0,60,61,62],[10,60,61,63],[0,64,65,66],[10,64,65,67],[0,68,69,70],[10,68,69,71],[0,72,69,73],[10,72,69,74],[0,75,69,76],[10,75,69,77],[0,78,79,80],[81,78,79,82],[0,83,84,85],[0,86,84,87],[0,88,84,89],[0,90,91,92],[81,90,91,93],[0,94,95,96],[81,94,95,97],[0,98,95,99],[81,98,95,100],[0,101,102,103],[81,101,102,104],[0,105,106,107],[81,105,106,108],[0,109,110,111],[81,109,110,112],[0,113,114,115],[81,113,114,116],[0,117,114,118],[81,117,114,119],[0,120,121,122],[81,120,121,123],[0,124,121,125],[81,124,121,126],[0,127,128,129],[81,127,128,130],[0,131,128,132],[0,133,134,135],[0,136,137,138],[81,136,137,139],[0,140,141,142],[0,143,141,144],[0,145,141,146],[0,147,141,148],[0,149,150,151],[81,149,150,152],[0,153,150,154],[81,153,150,155],[0,156,157,158],[81,156,157,159],[0,160,161,162],[81,160,161,163],[0,164,165,166],[81,164,165,167],[0,168,169,170],[81,168,169,171],[0,172,173,174],[81,172,173,175],[0,176,177,178],[81,176,177,179],[0,180,181,182],[81,180,181,183],[0,184,185,186],[81,184,185,187],[0,188,189,190],[81,188,189,191],[0,192,193,194],[0,195,193,196],[0,197,193,198],[0,199,193,200],[81,199,193,201],[0,202,193,203],[81,202,193,204],[0,205,193,206],[0,207,208,209],[81,207,208,210],[0,211,212,213],[0,214,212,215],[0,216,212,217],[0,218,212,219],[81,218,212,220],[0,221,212,222],[0,223,224,225],[81,223,224,226],[0,227,228,229],[81,227,228,230],[0,231,232,233],[0,234,232,235],[81,234,232,236],[0,237,238,239],[0,240,238,241],[0,242,238,243],[0,244,238,245],[81,244,238,246],[0,247,238,248],[0,249,250,251],[0,252,250,253],[0,254,255,256],[0,257,255,258],[0,259,260,261],[0,262,260,263],[0,264,260,265],[0,266,260,267],[0,268,260,269],[0,270,271,272],[273,274,275,276],[277,278,279,280],[277,281,279,282],[277,283,279,284],[277,285,279,286],[277,287,279,288],[277,289,290,291],[277,292,290,293],[277,294,295,296],[277,297,295,298],[277,299,300,301],[277,302,300,303],[277,304,305,306],[277,307,305,308],[277,309,305,310],[277,311,305,312],[277,313,314,315],[277,316,314,317],[277,318,314,319],[277,320,321,322],[277,323,321,324],[277,325,326,327],[277,328,326,329],[277,330,326,331],[277,332,333,334],[277,335,333,336],[277,337,333,338],[277,339,340,341],[277,342,340,343],[277,344,340,345],[277,346,347,348],[277,349,350,351],[277,352,353,354],[277,355,356,357],[277,358,356,359],[277,360,361,362],[277,363,361,364],[277,365,361,366],[367,368,369,370],[367,371,369,372],[373,374,375,376],[373,377,375,378],[379,380,381,382],[379,383,381,384],[385,386,387,388],[385,389,387,390],[391,392,393,394],[395,396,397,398],[395,399,397,400],[401,402,403,404],[401,405,403,406],[407,408,409,410],[411,412,409,413],[414,415,416,417],[418,419,420,421],[422,423,424,425]],"others":[[426,427,428,429],[430,431,432,433],[434,435,436,437],[438,439,440,441],[442,443,444,445],[446,447,448,449],[450,451,452,453]]}' } };

// src/core/catalog/snapshot-bundle.ts
function familyReader(bundle2, key) {
  const text2 = bundle2.families[key];
  if (text2 === void 0) return void 0;
  const table = JSON.parse(text2);
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

// src/core/catalog/sources/snapshot.ts
var bundle = snapshot_default;
var index;
var readers = /* @__PURE__ */ new Map();
var fromSnapshot = (builds) => {
  for (const b of builds) b.source = "snapshot";
  return builds;
};
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

// src/core/catalog/spec-files.ts
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/core/versions/poetry.ts
var NUMS = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/;
function caret(v) {
  const m = NUMS.exec(v);
  if (!m) return void 0;
  const major = Number(m[1]);
  if (major > 0 || m[2] === void 0) return `>=${v},<${major + 1}.0`;
  const minor = Number(m[2]);
  if (minor > 0 || m[3] === void 0) return `>=${v},<0.${minor + 1}`;
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

// src/core/catalog/spec-files.ts
var SPEC_FILES = [
  ".python-version",
  ".python-versions",
  ".tool-versions",
  "pyproject.toml",
  "Pipfile"
];
function meaningfulLines(text2) {
  return text2.split(/\r?\n/).map((l) => l.replace(/#.*$/, "").trim()).filter((l) => l.length > 0);
}
var pyenvVersion = (line) => line.replace(/^([^/\s]+)\/envs\/.+$/, "$1");
function specsFromLines(text2) {
  const specs = meaningfulLines(text2).map(pyenvVersion);
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
var tableAt = (doc, ...keys) => {
  let t = doc;
  for (const k of keys) t = t && typeof t === "object" ? t[k] : void 0;
  return t && typeof t === "object" ? t : void 0;
};
var text = (v) => typeof v === "string" && v.trim() ? v.trim() : void 0;
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
  const base = path2.basename(fileName);
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
  const abs = path2.resolve(file);
  const body = await readText(abs);
  if (body === void 0) return void 0;
  const specs = specsFromText(abs, body);
  return specs.length ? { spec: specs[0], source: abs, specs } : void 0;
}
async function findSpecFromFiles(dir) {
  const current = path2.resolve(dir);
  for (const name of SPEC_FILES) {
    const found = await readSpecFile(path2.join(current, name)).catch(() => void 0);
    if (found) return found;
  }
  return void 0;
}

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

// src/core/catalog/sources/downloads-json.ts
import fs from "node:fs/promises";
import path3 from "node:path";
import { fileURLToPath } from "node:url";
var HINT = `Point it at a JSON object of uv's download-metadata.json shape: {"pypy-3.9.16-linux-x86_64-gnu": {"name": "pypy", "url": "...", "sha256": "...", "build": "7.3.11", ...}}.`;
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
function buildsFromDownloadsJson(text2, location, logger) {
  let data;
  try {
    data = JSON.parse(text2);
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
  let text2;
  if (/^https?:/i.test(location)) {
    if (o.offline) throw refused(location, "cannot be fetched offline; point the setting at a local copy");
    const res = await (o.fetch ?? globalThis.fetch)(location).catch((e) => {
      throw refused(location, `cannot be fetched (${e.message})`, e);
    });
    if (!res.ok) throw refused(location, `cannot be fetched (HTTP ${res.status})`);
    text2 = await res.text();
  } else {
    const file = location.startsWith("file:") ? fileURLToPath(location) : path3.resolve(location);
    text2 = await fs.readFile(file, "utf8").catch((e) => {
      throw refused(location, `cannot be read (${e.code ?? e.message})`, e);
    });
  }
  return buildsFromDownloadsJson(text2, location, o.logger);
}

// src/core/catalog/index.ts
function newer(a, b) {
  if (!a) return b;
  if (!b) return a;
  const c = compareVersionText(a.version, b.version);
  if (c !== 0) return c > 0 ? a : b;
  return b.build > a.build ? b : a;
}
var SourceCatalog = class {
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
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
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
    if (entry.includes("/") && net.isIPv4(host) && inCidr(host, entry)) return true;
    const bare = entry.replace(/^\*?\./, "");
    if (host === bare || host.endsWith(`.${bare}`)) return true;
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

// src/core/install/http.ts
import { createRequire } from "node:module";
var requireBuiltin = createRequire(import.meta.url);
var builtin = (id) => requireBuiltin(id);
var httpModule = () => builtin("node:http");
var httpsModule = () => builtin("node:https");
var tlsModule = () => builtin("node:tls");
var GITHUB_COM_HOSTS = ["github.com", "api.github.com"];
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
  let current = new URL(url.toString());
  const origin = current.host;
  const maxRedirects = o.maxRedirects ?? 10;
  for (let hop = 0; ; hop++) {
    const headers = { "user-agent": "python-embedded", ...o.headers };
    if (o.token && current.host === origin && tokenMayGoTo(current.hostname, o)) {
      headers.authorization = `Bearer ${o.token}`;
    }
    const res = await requestOnce(current, headers, o);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= maxRedirects) throw new Error(`too many redirects (${maxRedirects})`);
      current = new URL(res.headers.location, current);
      continue;
    }
    return { res, finalUrl: current };
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
function connectTunnel(proxy, host, port, o) {
  return new Promise((resolve, reject) => {
    const req = httpModule().request({
      method: "CONNECT",
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      path: `${host}:${port}`,
      headers: { host: `${host}:${port}`, ...proxyAuth(proxy) },
      signal: o.signal,
      timeout: o.timeoutMs
    });
    req.on("connect", (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        return reject(
          new Error(`proxy ${proxy.host} refused CONNECT ${host}:${port}: HTTP ${res.statusCode}`)
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

// src/core/install/download.ts
import { createReadStream, createWriteStream } from "node:fs";
import fs2 from "node:fs/promises";
import path4 from "node:path";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var AttemptError = class extends Error {
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
function normaliseSha256(s) {
  if (!s) return void 0;
  return s.trim().toLowerCase().replace(/^sha256:/, "");
}
async function downloadFile(url, dest, o = {}) {
  const partial = `${dest}.partial`;
  try {
    await makeDirs(path4.dirname(dest));
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
      await sleep(delay, o.signal);
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
    const total = (await fs2.stat(file)).size;
    return { body: createReadStream(file, { highWaterMark: 256 * 1024 }), total };
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
var PERMANENT_CODES = [
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
function sleep(ms, signal) {
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

// src/core/install/mirror.ts
import fs3 from "node:fs/promises";
import path5 from "node:path";
import { fileURLToPath as fileURLToPath3, pathToFileURL } from "node:url";
function isUrl(s) {
  return /^(https?|file):/i.test(s);
}
function mirrorBase(mirror) {
  const base = isUrl(mirror) ? mirror : pathToFileURL(path5.resolve(mirror)).href;
  return base.replace(/\/+$/, "");
}
function mirrorUrlFor(build, mirror) {
  if (!mirror || build.source === "downloads") return build.url;
  return `${mirrorBase(mirror)}/${encodeURIComponent(build.build)}/${encodeURIComponent(build.assetName)}`;
}
function parseSha256Sums2(text2) {
  const out = /* @__PURE__ */ new Map();
  for (const line of text2.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line);
    if (m) out.set(m[2], m[1].toLowerCase());
  }
  return out;
}
async function fetchText(url, o = {}) {
  if (url.startsWith("file:")) {
    try {
      return await fs3.readFile(fileURLToPath3(url), "utf8");
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
    const text2 = await fetchText(sumsUrl, o.http);
    return text2 ? parseSha256Sums2(text2).get(build.assetName) : void 0;
  } catch (e) {
    (o.logger ?? silentLogger).debug(
      `could not read ${redactUrl(sumsUrl)}: ${e instanceof Error ? e.message : String(e)}`
    );
    return void 0;
  }
}

// src/core/venvs/relocate.ts
import { promises as fs4 } from "node:fs";
import path6 from "node:path";
var MAX_TEXT = 2 * 1024 * 1024;
async function relocateVenv(venvDir, o) {
  const report = { rewritten: [], relinked: [], stale: [] };
  const from = path6.resolve(o.from);
  const to = path6.resolve(o.to);
  const cfg = await readPyvenvCfg(venvDir) ?? {};
  const oldHome = cfg.home;
  const newHome = o.basePython ? path6.dirname(path6.resolve(o.basePython)) : void 0;
  const pairs = [];
  if (from !== to) pairs.push([from, to]);
  if (from !== to && isWindowsHost()) pairs.push([from.replace(/\\/g, "/"), to.replace(/\\/g, "/")]);
  if (newHome && oldHome !== newHome) {
    await setPyvenvCfgValue(venvDir, "home", newHome);
    report.rewritten.push("pyvenv.cfg");
  }
  if (pairs.length && await rewriteFile(path6.join(venvDir, "pyvenv.cfg"), pairs))
    report.rewritten.push("pyvenv.cfg");
  const bin = venvBinDir(venvDir);
  if (o.basePython) report.relinked.push(...await restoreInterpreterLinks(venvDir, o.basePython, cfg));
  for (const e of await fs4.readdir(bin, { withFileTypes: true }).catch(() => [])) {
    const p = path6.join(bin, e.name);
    if (e.isSymbolicLink()) {
      if (await relink(p, from, to, o.basePython, oldHome)) report.relinked.push(path6.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && await rewriteFile(p, pairs)) {
      report.rewritten.push(path6.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && await binaryNames(p, from)) {
      report.stale.push(path6.relative(venvDir, p));
    }
  }
  for (const sp of await sitePackagesDirs(venvDir)) {
    for (const e of await fs4.readdir(sp, { withFileTypes: true }).catch(() => [])) {
      const p = path6.join(sp, e.name);
      if (e.isFile() && e.name.endsWith(".pth") && pairs.length && await rewriteFile(p, pairs)) {
        report.rewritten.push(path6.relative(venvDir, p));
      } else if (e.isSymbolicLink() && await relink(p, from, to)) {
        report.relinked.push(path6.relative(venvDir, p));
      }
    }
  }
  for (const name of await fs4.readdir(venvDir).catch(() => [])) {
    const p = path6.join(venvDir, name);
    const st = await fs4.lstat(p).catch(() => void 0);
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
  const links = [["python", path6.resolve(basePython)]];
  if (mm) links.push([`python${mm[1]}`, "python"], [`python${mm[1]}.${mm[2]}`, "python"]);
  for (const [name, target] of links) {
    const p = path6.join(bin, name);
    if (await fs4.lstat(p).catch(() => void 0)) continue;
    await fs4.symlink(target, p);
    created.push(path6.relative(venvDir, p));
  }
  return created;
}
async function recordedVenvPath(venvDir) {
  const text2 = await fs4.readFile(path6.join(venvBinDir(venvDir), "activate"), "utf8").catch(() => void 0);
  const m = text2 ? /^\s*(?:export\s+)?VIRTUAL_ENV=(['"])(.+?)\1\s*$/m.exec(text2) : void 0;
  const value = m?.[2];
  if (value === void 0 || /[$`'"]/.test(value)) return void 0;
  return path6.posix.isAbsolute(value) || path6.win32.isAbsolute(value) ? value : void 0;
}
async function sitePackagesDirs(venvDir) {
  const out = [];
  const win = path6.join(venvDir, "Lib", "site-packages");
  if (await isDir(win)) out.push(win);
  for (const lib of ["lib", "lib64"]) {
    const base = path6.join(venvDir, lib);
    if ((await fs4.lstat(base).catch(() => void 0))?.isSymbolicLink()) continue;
    for (const d of await fs4.readdir(base).catch(() => [])) {
      const sp = path6.join(base, d, "site-packages");
      if (d.startsWith("python") && await isDir(sp)) out.push(sp);
    }
  }
  return out;
}
async function rewriteFile(file, pairs) {
  const st = await fs4.stat(file).catch(() => void 0);
  if (!st || !st.isFile() || st.size > MAX_TEXT) return false;
  const buf = await fs4.readFile(file);
  if (buf.subarray(0, 8192).includes(0)) return false;
  const text2 = buf.toString("utf8");
  let next = text2;
  for (const [a, b] of pairs) next = next.replace(wholePath(a), () => b);
  if (next === text2) return false;
  await fs4.writeFile(file, next, { mode: st.mode });
  await fs4.chmod(file, st.mode);
  return true;
}
async function binaryNames(file, p) {
  const st = await fs4.stat(file).catch(() => void 0);
  if (!st || st.size > MAX_TEXT) return false;
  const buf = await fs4.readFile(file);
  if (!buf.subarray(0, 8192).includes(0)) return false;
  return buf.includes(Buffer.from(p, "utf8")) || buf.includes(Buffer.from(p, "utf16le"));
}
function wholePath(p) {
  const esc = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${esc}(?=$|[\\\\/'"\`\\s:;,)\\]}])`, "gm");
}
async function relink(link, from, to, basePython, oldHome) {
  const target = await fs4.readlink(link).catch(() => void 0);
  if (target === void 0 || !path6.isAbsolute(target)) return false;
  let next;
  if (target === from || target.startsWith(from + path6.sep)) next = to + target.slice(from.length);
  else if (basePython && oldHome && path6.dirname(target) === oldHome) next = path6.resolve(basePython);
  else if (basePython && !await exists(target)) next = path6.resolve(basePython);
  if (!next || next === target) return false;
  await fs4.rm(link, { force: true });
  await fs4.symlink(next, link);
  return true;
}

// src/core/instances/naming.ts
function versionLabel(b) {
  if (b.implementation === "pypy") return `pypy${b.version}`;
  if (b.implementation === "graalpy") return `graalpy${b.build}`;
  return b.version;
}
var INSTANCE_NAME_SAFE = /^(cpython|pypy|graalpy)-[A-Za-z0-9._+-]+$/;

export {
  silentLogger,
  stderrLogger,
  ACCEPTED_FORMS,
  buildVariantOf,
  parseVersionRequest,
  parsePythonRequest,
  requestAllowsPrereleases,
  versionMatches,
  STRIPPED_SINCE,
  BuildIndex,
  platformFromTriple,
  tripleOf,
  parseAssetName,
  DEFAULT_PBS_REPO,
  DEFAULT_API_URL,
  GitHubReleases,
  DEFAULT_NDJSON_URL,
  buildsFromNdjson,
  snapshotIndex,
  specsFromLines,
  readSpecFile,
  findSpecFromFiles,
  archivePythonRoot,
  installableFormat,
  createCatalog,
  catalogInfo,
  proxyFor,
  isGitHubHost,
  tokenMayGoTo,
  redactUrl,
  normaliseSha256,
  downloadFile,
  streamUrl,
  mirrorBase,
  mirrorUrlFor,
  parseSha256Sums2 as parseSha256Sums,
  fetchText,
  expectedChecksum,
  versionLabel,
  INSTANCE_NAME_SAFE,
  relocateVenv,
  refuseStaleLaunchers,
  recordedVenvPath,
  sitePackagesDirs
};
