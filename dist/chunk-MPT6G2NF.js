import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  PlatformNotSupportedError
} from "./chunk-Q6UA7ENB.js";

// src/core/uv/triple.ts
var DEFAULT_UV_VERSION = "0.13.9";
var DEFAULT_UV_DOWNLOAD_URL = "https://github.com/astral-sh/uv/releases/download";
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

// src/core/versions/version.ts
var PRE_ALIASES = {
  a: "a",
  alpha: "a",
  b: "b",
  beta: "b",
  c: "rc",
  rc: "rc",
  pre: "rc",
  preview: "rc"
};
var VERSION_RE = /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|rc|c|pre|preview)[-_.]?(\d*))?(?:[-_.]?(?:post|rev|r)[-_.]?(\d*))?(?:[-_.]?dev[-_.]?(\d*))?$/i;
function parseVersion(text) {
  const m = VERSION_RE.exec(text.trim());
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
var PRE_RANK = { a: 0, b: 1, rc: 2 };
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

// src/core/versions/specifiers.ts
var SPEC_RE = /^(===|==|!=|<=|>=|~=|<|>)\s*([^\s,]+)$/;
function parseSpecifiers(text) {
  const parts = text.split(",").map((p) => p.trim()).filter((p) => p.length > 0);
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

export {
  DEFAULT_UV_VERSION,
  DEFAULT_UV_DOWNLOAD_URL,
  uvTriple,
  uvAsset,
  uvAssetUrl,
  parseVersion,
  formatVersion,
  compareVersions,
  isPrerelease,
  compareVersionText,
  parseSpecifiers,
  specifiersContain,
  specifiersMentionPrerelease
};
