import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  isWindowsHost
} from "./chunk-Q6UA7ENB.js";
import {
  randomTag,
  sha256
} from "./chunk-SZH64BZ5.js";

// src/core/fs.ts
import { accessSync, createReadStream, constants as fsConstants, statSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
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
var RENAME_BACKOFF_MS = [50, 100, 200, 400, 800, 1500];
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
  return fs.cp(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
}
var privateTemp = (file) => `${file}.${process.pid}.${randomTag()}.tmp`;
async function writeFileAtomic(file, text) {
  const tmp = privateTemp(file);
  await fs.writeFile(tmp, text);
  await fs.rename(tmp, file);
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
  renameWithRetry,
  copyTree,
  privateTemp,
  writeFileAtomic,
  sha256File,
  processPath,
  findOnPath,
  findOnPathSync
};
