import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  fsErrorText,
  makeDirs,
  privateTemp
} from "./chunk-VEZD3A3U.js";
import {
  PythonEmbeddedError,
  PythonInstallationError
} from "./chunk-Q6UA7ENB.js";
import {
  randomTag
} from "./chunk-SZH64BZ5.js";

// src/core/install/lock.ts
import { renameSync, writeFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

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
  const live = (workers ?? []).filter(stillThatProcess);
  for (const w of live) {
    if (process.platform !== "linux" || !w.start) continue;
    try {
      process.kill(w.group ? -w.pid : w.pid, "SIGKILL");
    } catch {
    }
  }
  const deadline = Date.now() + waitMs;
  while (live.some(stillThatProcess) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
  }
}

// src/core/install/lock.ts
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
      fs.utimes(lockPath, now, now).catch(() => {
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
    const info = JSON.parse(await fs.readFile(lockPath, "utf8"));
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
    st = await fs.stat(lockPath);
  } catch {
    return { stale: false };
  }
  const info = await readLock(lockPath);
  if (info && info.host === os.hostname() && !pidAlive(info.pid)) return { stale: true, info };
  return { stale: Date.now() - st.mtimeMs > staleMs, info };
}
async function tryCreate(lockPath, body) {
  const tmp = privateTemp(lockPath);
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
    if (again.stale && again.info?.token === seen?.token) {
      if (again.info?.host === os.hostname()) await stopWorkers(again.info.workers);
      await fs.rm(lockPath, { force: true });
    }
  } finally {
    await fs.rm(breaker, { force: true });
  }
}
async function acquire(lockPath, staleMs, o) {
  await makeDirs(path.dirname(lockPath));
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
          const tmp = privateTemp(lockPath);
          writeFileSync(tmp, JSON.stringify(mine));
          renameSync(tmp, lockPath);
        },
        release: async () => {
          const cur = await readLock(lockPath);
          if (!cur || cur.token === token) await fs.rm(lockPath, { force: true });
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

export {
  withLock,
  readLock,
  clearStaleLock
};
