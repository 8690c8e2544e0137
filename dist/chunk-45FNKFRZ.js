#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  PlatformNotSupportedError
} from "./chunk-EI5M5ORX.js";

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

export {
  DEFAULT_UV_VERSION,
  DEFAULT_UV_DOWNLOAD_URL,
  uvTriple,
  uvAsset,
  uvAssetUrl
};
