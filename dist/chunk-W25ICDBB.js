#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  PlatformNotSupportedError
} from "./chunk-2B2AYITB.js";

// src/core/platform.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
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
function detectLibc() {
  if (libcCache) return libcCache;
  libcCache = "gnu";
  try {
    if (existsSync("/etc/alpine-release") || readdirSync("/lib").some((f) => f.startsWith("ld-musl-"))) {
      libcCache = "musl";
    }
  } catch {
  }
  if (libcCache === "gnu") {
    try {
      if (readFileSync("/usr/bin/ldd", "utf8").includes("musl")) libcCache = "musl";
    } catch {
    }
  }
  return libcCache;
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
  detectLibc,
  hostPlatform
};
