#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  fsErrorText,
  makeDirs
} from "./chunk-HRBYJDI6.js";
import {
  ConfigurationError,
  PythonEmbeddedError,
  PythonInstallationError
} from "./chunk-EI5M5ORX.js";

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
    const child = spawn(command, args, {
      cwd: o.cwd,
      env: o.env ?? process.env,
      stdio: [o.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      windowsHide: true,
      shell: false
    });
    const out = [];
    const err = [];
    let killed;
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
      child.kill("SIGKILL");
    };
    const onAbort = () => kill("aborted");
    o.signal?.addEventListener("abort", onAbort, { once: true });
    const timer = o.timeoutMs ? setTimeout(() => kill("timeout"), o.timeoutMs) : void 0;
    child.on("error", (e) => {
      if (timer) clearTimeout(timer);
      o.signal?.removeEventListener("abort", onAbort);
      reject(e);
    });
    child.on("close", (code, sig) => {
      if (timer) clearTimeout(timer);
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

// src/core/python/probe.ts
var DROPPED_EXACT = /* @__PURE__ */ new Set(["VIRTUAL_ENV", "VIRTUAL_ENV_PROMPT", "CONDA_PREFIX", "__PYVENV_LAUNCHER__"]);
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
var PROBE = `import importlib, json, platform, sys, sysconfig
missing = []
for m in sys.argv[1:]:
    try: importlib.import_module(m)
    except Exception: missing.append(m)
print(json.dumps({"version": platform.python_version(), "versionInfo": list(sys.version_info),
  "implementation": sys.implementation.name, "executable": sys.executable, "prefix": sys.prefix,
  "basePrefix": sys.base_prefix, "platform": sys.platform, "sysVersion": sys.version,
  "machine": platform.machine(), "freethreaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
  "debug": hasattr(sys, "gettotalrefcount"), "missingModules": missing}))`;
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

// src/core/venvs/layout.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var WIN = process.platform === "win32";
function venvBinDir(venvDir) {
  return path.join(venvDir, WIN ? "Scripts" : "bin");
}
function venvPython(venvDir) {
  return path.join(venvBinDir(venvDir), WIN ? "python.exe" : "python");
}
var META_DIR = ".pyembed";
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
  if (name === META_DIR || name.startsWith(".tmp-")) bad("it is reserved");
  if (name.length > 100) bad("it is longer than 100 characters");
  return name;
}
async function readPyvenvCfg(venvDir) {
  let text;
  try {
    text = await fs.readFile(path.join(venvDir, "pyvenv.cfg"), "utf8");
  } catch {
    return void 0;
  }
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^=#]+?)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1].toLowerCase()] = m[2];
  }
  return out;
}
async function setPyvenvCfgValue(venvDir, key, value) {
  const file = path.join(venvDir, "pyvenv.cfg");
  const text = await fs.readFile(file, "utf8");
  const re = new RegExp(`^(\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=).*$`, "mi");
  const next = re.test(text) ? text.replace(re, `$1 ${value}`) : `${text.replace(/\n?$/, "\n")}${key} = ${value}
`;
  await fs.writeFile(file, next);
}
async function treeSize(dir) {
  let total = 0;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += await treeSize(p);
    else total += (await fs.lstat(p).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

// src/core/install/lock.ts
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import fs2 from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";
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
      fs2.utimes(lockPath, now, now).catch(() => {
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
    const info = JSON.parse(await fs2.readFile(lockPath, "utf8"));
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
    st = await fs2.stat(lockPath);
  } catch {
    return { stale: false };
  }
  const info = await readLock(lockPath);
  if (info && info.host === os.hostname() && !pidAlive(info.pid)) return { stale: true, info };
  return { stale: Date.now() - st.mtimeMs > staleMs, info };
}
async function tryCreate(lockPath, body) {
  const tmp = `${lockPath}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await fs2.writeFile(tmp, body);
  try {
    await fs2.link(tmp, lockPath);
    return true;
  } catch (e) {
    const code = e.code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw e;
    try {
      await fs2.writeFile(lockPath, body, { flag: "wx" });
      return true;
    } catch (e2) {
      if (e2.code === "EEXIST") return false;
      throw e2;
    }
  } finally {
    await fs2.rm(tmp, { force: true });
  }
}
async function breakStale(lockPath, staleMs, seen) {
  const breaker = `${lockPath}.break`;
  const me = JSON.stringify({ pid: process.pid, host: os.hostname(), createdAt: (/* @__PURE__ */ new Date()).toISOString() });
  if (!await tryCreate(breaker, me)) {
    const st = await fs2.stat(breaker).catch(() => void 0);
    if (st && Date.now() - st.mtimeMs > Math.min(staleMs, 1e4)) await fs2.rm(breaker, { force: true });
    return;
  }
  try {
    const again = await isStale(lockPath, staleMs);
    if (again.stale && again.info?.token === seen?.token) await fs2.rm(lockPath, { force: true });
  } finally {
    await fs2.rm(breaker, { force: true });
  }
}
async function acquire(lockPath, staleMs, o) {
  await makeDirs(path2.dirname(lockPath));
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
        if (!cur || cur.token === token) await fs2.rm(lockPath, { force: true });
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
  spawnCapture,
  isolatedPythonEnv,
  runIsolated,
  probeInterpreter,
  venvBinDir,
  venvPython,
  META_DIR,
  validateVenvName,
  readPyvenvCfg,
  setPyvenvCfgValue,
  treeSize,
  withLock,
  clearStaleLock
};
