#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  readPyvenvCfg,
  setPyvenvCfgValue,
  venvBinDir
} from "./chunk-PYIR7ULZ.js";
import {
  exists,
  fsErrorText,
  isDir,
  makeDirs
} from "./chunk-6IQ4ADHX.js";
import {
  PythonEmbeddedError,
  PythonInstallationError
} from "./chunk-EI5M5ORX.js";

// src/core/install/lock.ts
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
async function withLock(lockPath, fn, o = {}) {
  const staleMs = o.staleMs ?? 6e4;
  let release;
  try {
    release = await acquire(lockPath, staleMs, o);
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
    return await fn();
  } finally {
    clearInterval(beat);
    await release();
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
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === "EPERM";
  }
  if (process.platform === "linux") {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
      if (state === "Z" || state === "X") return false;
    } catch {
      return false;
    }
  }
  return true;
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
  if (info && info.host === os.hostname() && !pidAlive(info.pid)) return { stale: true, info };
  return { stale: Date.now() - st.mtimeMs > staleMs, info };
}
async function tryCreate(lockPath, body) {
  const tmp = `${lockPath}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await fs.writeFile(tmp, body);
  try {
    await fs.link(tmp, lockPath);
    return true;
  } catch (e) {
    const code = e.code;
    if (code === "EEXIST") return false;
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
  const me = JSON.stringify({ pid: process.pid, host: os.hostname(), createdAt: (/* @__PURE__ */ new Date()).toISOString() });
  if (!await tryCreate(breaker, me)) {
    const st = await fs.stat(breaker).catch(() => void 0);
    if (st && Date.now() - st.mtimeMs > Math.min(staleMs, 1e4)) await fs.rm(breaker, { force: true });
    return;
  }
  try {
    const again = await isStale(lockPath, staleMs);
    if (again.stale && again.info?.token === seen?.token) await fs.rm(lockPath, { force: true });
  } finally {
    await fs.rm(breaker, { force: true });
  }
}
async function acquire(lockPath, staleMs, o) {
  await makeDirs(path.dirname(lockPath));
  const token = randomBytes(8).toString("hex");
  const body = JSON.stringify({
    pid: process.pid,
    host: os.hostname(),
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    token
  });
  const deadline = Date.now() + (o.timeoutMs ?? 15 * 6e4);
  let delay = 25;
  let waited = false;
  for (; ; ) {
    if (o.signal?.aborted) throw o.signal.reason;
    if (await tryCreate(lockPath, body)) {
      return async () => {
        const cur = await readLock(lockPath);
        if (!cur || cur.token === token) await fs.rm(lockPath, { force: true });
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

// src/core/venvs/relocate.ts
import { promises as fs2 } from "node:fs";
import path2 from "node:path";
var MAX_TEXT = 2 * 1024 * 1024;
async function relocateVenv(venvDir, o) {
  const report = { rewritten: [], relinked: [] };
  const from = path2.resolve(o.from);
  const to = path2.resolve(o.to);
  const cfg = await readPyvenvCfg(venvDir) ?? {};
  const oldHome = cfg.home;
  const newHome = o.basePython ? path2.dirname(path2.resolve(o.basePython)) : void 0;
  const pairs = [];
  if (from !== to) pairs.push([from, to]);
  if (from !== to && path2.sep === "\\") pairs.push([from.replace(/\\/g, "/"), to.replace(/\\/g, "/")]);
  if (newHome && oldHome !== newHome) {
    await setPyvenvCfgValue(venvDir, "home", newHome);
    report.rewritten.push("pyvenv.cfg");
  }
  if (pairs.length && await rewriteFile(path2.join(venvDir, "pyvenv.cfg"), pairs))
    report.rewritten.push("pyvenv.cfg");
  const bin = venvBinDir(venvDir);
  if (o.basePython) report.relinked.push(...await restoreInterpreterLinks(venvDir, o.basePython, cfg));
  for (const e of await fs2.readdir(bin, { withFileTypes: true }).catch(() => [])) {
    const p = path2.join(bin, e.name);
    if (e.isSymbolicLink()) {
      if (await relink(p, from, to, o.basePython, oldHome)) report.relinked.push(path2.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && await rewriteFile(p, pairs)) {
      report.rewritten.push(path2.relative(venvDir, p));
    }
  }
  for (const sp of await sitePackagesDirs(venvDir)) {
    for (const e of await fs2.readdir(sp, { withFileTypes: true }).catch(() => [])) {
      const p = path2.join(sp, e.name);
      if (e.isFile() && e.name.endsWith(".pth") && pairs.length && await rewriteFile(p, pairs)) {
        report.rewritten.push(path2.relative(venvDir, p));
      } else if (e.isSymbolicLink() && await relink(p, from, to)) {
        report.relinked.push(path2.relative(venvDir, p));
      }
    }
  }
  for (const name of await fs2.readdir(venvDir).catch(() => [])) {
    const p = path2.join(venvDir, name);
    const st = await fs2.lstat(p).catch(() => void 0);
    if (st?.isSymbolicLink() && await relink(p, from, to)) report.relinked.push(name);
  }
  return report;
}
async function restoreInterpreterLinks(venvDir, basePython, cfg) {
  if (process.platform === "win32") return [];
  const bin = venvBinDir(venvDir);
  if (!await isDir(bin)) return [];
  const created = [];
  const mm = /^(\d+)\.(\d+)/.exec(cfg.version_info ?? cfg.version ?? "");
  const links = [["python", path2.resolve(basePython)]];
  if (mm) links.push([`python${mm[1]}`, "python"], [`python${mm[1]}.${mm[2]}`, "python"]);
  for (const [name, target] of links) {
    const p = path2.join(bin, name);
    if (await fs2.lstat(p).catch(() => void 0)) continue;
    await fs2.symlink(target, p);
    created.push(path2.relative(venvDir, p));
  }
  return created;
}
async function recordedVenvPath(venvDir) {
  const text = await fs2.readFile(path2.join(venvBinDir(venvDir), "activate"), "utf8").catch(() => void 0);
  const m = text ? /^\s*(?:export\s+)?VIRTUAL_ENV=(['"])(.+?)\1\s*$/m.exec(text) : void 0;
  return m ? m[2] : void 0;
}
async function sitePackagesDirs(venvDir) {
  const out = [];
  const win = path2.join(venvDir, "Lib", "site-packages");
  if (await isDir(win)) out.push(win);
  for (const lib of ["lib", "lib64"]) {
    const base = path2.join(venvDir, lib);
    if ((await fs2.lstat(base).catch(() => void 0))?.isSymbolicLink()) continue;
    for (const d of await fs2.readdir(base).catch(() => [])) {
      const sp = path2.join(base, d, "site-packages");
      if (d.startsWith("python") && await isDir(sp)) out.push(sp);
    }
  }
  return out;
}
async function rewriteFile(file, pairs) {
  const st = await fs2.stat(file).catch(() => void 0);
  if (!st || !st.isFile() || st.size > MAX_TEXT) return false;
  const buf = await fs2.readFile(file);
  if (buf.subarray(0, 8192).includes(0)) return false;
  const text = buf.toString("utf8");
  let next = text;
  for (const [a, b] of pairs) next = next.replace(wholePath(a), () => b);
  if (next === text) return false;
  await fs2.writeFile(file, next, { mode: st.mode });
  await fs2.chmod(file, st.mode);
  return true;
}
function wholePath(p) {
  const esc = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${esc}(?=$|[\\\\/'"\`\\s:;,)\\]}])`, "gm");
}
async function relink(link, from, to, basePython, oldHome) {
  const target = await fs2.readlink(link).catch(() => void 0);
  if (target === void 0 || !path2.isAbsolute(target)) return false;
  let next;
  if (target === from || target.startsWith(from + path2.sep)) next = to + target.slice(from.length);
  else if (basePython && oldHome && path2.dirname(target) === oldHome) next = path2.resolve(basePython);
  else if (basePython && !await exists(target)) next = path2.resolve(basePython);
  if (!next || next === target) return false;
  await fs2.rm(link, { force: true });
  await fs2.symlink(next, link);
  return true;
}

export {
  withLock,
  clearStaleLock,
  relocateVenv,
  recordedVenvPath,
  sitePackagesDirs
};
