import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  PlatformNotSupportedError
} from "./chunk-Q6UA7ENB.js";

// src/core/platform.ts
import { spawnSync } from "node:child_process";
import { closeSync, openSync, readSync } from "node:fs";
import path from "node:path";
function platformKey(p) {
  return `${p.os}-${p.arch}${p.archVariant ? `_${p.archVariant}` : ""}-${p.libc}`;
}
function parsePlatform(text) {
  const m = /^(linux|darwin|macos|windows)-([a-z0-9_]+?)(?:_(v[234]))?(?:-([a-z]+))?$/.exec(
    text.trim().toLowerCase()
  );
  if (!m) {
    throw new PlatformNotSupportedError(`Cannot parse platform "${text}".`, {
      requested: text,
      hint: "Use <os>-<arch>-<libc>, e.g. linux-x86_64-gnu, linux-aarch64-musl, darwin-aarch64, windows-x86_64."
    });
  }
  const os = m[1] === "macos" ? "darwin" : m[1];
  const arch = normaliseArch(m[2]);
  const libc = m[4] ?? (os === "linux" ? "gnu" : "none");
  return { os, arch, archVariant: m[3], libc };
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
var libcCache;
var PT_INTERP = 3;
function elfInterpreter(file) {
  let fd;
  try {
    fd = openSync(file, "r");
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
      const text = Buffer.alloc(size);
      readSync(fd, text, 0, size, offset);
      return text.toString("latin1").replace(/\0.*$/s, "");
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
function detectLibc(probe) {
  if (!probe && libcCache) return libcCache;
  const root = probe?.root ?? "/";
  const shell = path.join(root, probe?.shell ?? "/bin/sh");
  let libc = libcOfInterpreter(elfInterpreter(shell));
  if (!libc) {
    const text = (probe?.ldd ?? lddVersionText)() ?? "";
    libc = /musl/i.test(text) ? "musl" : "gnu";
  }
  if (!probe) libcCache = libc;
  return libc;
}
function hostPlatform() {
  const os = process.platform === "win32" ? "windows" : process.platform;
  if (os !== "linux" && os !== "darwin" && os !== "windows") {
    throw new PlatformNotSupportedError(`python-build-standalone has no builds for ${process.platform}.`, {
      requested: process.platform,
      available: ["linux", "darwin", "windows"]
    });
  }
  const arch = normaliseArch(process.arch);
  let libc = os === "linux" ? detectLibc() : "none";
  if (os === "linux" && arch === "armv7") libc = libc === "musl" ? "musleabihf" : "gnueabihf";
  return { os, arch, libc };
}

export {
  platformKey,
  parsePlatform,
  normaliseArch,
  elfInterpreter,
  detectLibc,
  hostPlatform
};
