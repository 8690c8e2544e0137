#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/fs.ts
import { accessSync, constants as fsConstants, statSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
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
async function whyNotWritable(dir) {
  const probe = path.join(dir, `.pyembed-write-probe-${process.pid}-${Date.now()}`);
  try {
    await fs.access(dir, fsConstants.W_OK | fsConstants.X_OK);
    await fs.writeFile(probe, "");
    await fs.rm(probe, { force: true });
    return void 0;
  } catch (e) {
    return e.code ?? e.message;
  }
}
async function isWritableDir(dir) {
  return await whyNotWritable(dir) === void 0;
}
async function nearestExisting(dir) {
  let current = path.resolve(dir);
  while (!await exists(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}
function fsErrorText(e) {
  if (!(e instanceof Error)) return String(e);
  const code = e.code;
  return code && !e.message.includes(code) ? `${code}: ${e.message}` : e.message;
}
async function makeDirs(dir) {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    const up = await nearestExisting(path.dirname(path.resolve(dir)));
    await fs.access(up, fsConstants.W_OK);
    throw e;
  }
}
function processPath(env = process.env) {
  return env.PATH ?? env.Path ?? "";
}
async function findOnPath(name, envPath = processPath()) {
  return findOnPathSync(name, envPath);
}
function findOnPathSync(name, envPath = processPath()) {
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    for (const candidate of candidates(dir, name)) if (isExecutableFile(candidate)) return candidate;
  }
  return void 0;
}
function candidates(dir, name) {
  if (process.platform !== "win32") return [path.join(dir, name)];
  const exts = ["", ...(process.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";").filter(Boolean)];
  return exts.map(
    (ext) => path.join(dir, ext && name.toLowerCase().endsWith(ext.toLowerCase()) ? name : name + ext)
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

// src/core/install/memory.ts
import vm from "node:vm";
var gcFn;
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

export {
  exists,
  isFile,
  isDir,
  isFileSync,
  whyNotWritable,
  isWritableDir,
  nearestExisting,
  fsErrorText,
  makeDirs,
  processPath,
  findOnPath,
  findOnPathSync,
  garbageMeter
};
