import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  PythonInstallationError
} from "./chunk-Q6UA7ENB.js";

// src/core/exec/kill-tree.ts
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
var nativeProcessControl = {
  platform: process.platform,
  list: () => process.platform === "win32" ? windowsProcesses() : [...parentMap()].map(([pid, ppid]) => ({ pid, ppid })),
  signal: trySignal,
  taskkillTree: (pid) => spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { windowsHide: true, stdio: "ignore" })
};
function windowsProcesses() {
  const script = 'Get-CimInstance Win32_Process | ForEach-Object { "$($_.ProcessId) $($_.ParentProcessId) $(([DateTimeOffset]$_.CreationDate).ToUnixTimeMilliseconds())" }';
  const r = spawnSync("powershell", ["-NoProfile", "-NonInteractive", "-Command", script], {
    encoding: "utf8",
    windowsHide: true,
    timeout: 15e3
  });
  return (r.stdout ?? "").split(/\r?\n/).map((line) => line.trim().split(/\s+/).map(Number)).filter(([pid, ppid]) => pid > 0 && Number.isFinite(ppid)).map(([pid, ppid, startedMs]) => ({ pid, ppid, startedMs }));
}
function parentMap() {
  const map = /* @__PURE__ */ new Map();
  if (process.platform === "linux") {
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        map.set(Number(name), ppid);
      } catch {
      }
    }
    return map;
  }
  try {
    const out = execFileSync("ps", ["-A", "-o", "pid=,ppid="], { encoding: "utf8" });
    for (const line of out.split("\n")) {
      const [pid, ppid] = line.trim().split(/\s+/).map(Number);
      if (pid > 0) map.set(pid, ppid);
    }
  } catch {
  }
  return map;
}
function descendants(pid, table = nativeProcessControl.list()) {
  const children = /* @__PURE__ */ new Map();
  for (const { pid: p, ppid: pp } of table) {
    const list = children.get(pp);
    if (list) list.push(p);
    else children.set(pp, [p]);
  }
  const found = [];
  const stack = [pid];
  while (stack.length > 0) {
    for (const c of children.get(stack.pop()) ?? []) {
      found.push(c);
      stack.push(c);
    }
  }
  return found;
}
function trySignal(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
  }
}
function killTree(pid, o = { group: true }, os = nativeProcessControl) {
  const signal = o.signal ?? "SIGKILL";
  if (os.platform === "win32") return killWindowsTree(pid, Boolean(o.leaderExited), os);
  if (o.leaderExited) {
    if (o.group) os.signal(-pid, signal);
    return;
  }
  const tree = descendants(pid, os.list());
  if (o.group) os.signal(-pid, signal);
  os.signal(pid, signal);
  for (const d of tree) os.signal(d, signal);
}
function killWindowsTree(pid, leaderExited, os) {
  if (!leaderExited) return os.taskkillTree(pid);
  const life = lifetimes.get(pid);
  if (!life) return;
  const endedMs = life.endedMs ?? Date.now();
  for (const p of os.list()) {
    if (p.ppid !== pid || p.startedMs === void 0) continue;
    if (p.startedMs >= life.startedMs && p.startedMs <= endedMs) os.taskkillTree(p.pid);
  }
}
var live = /* @__PURE__ */ new Map();
var exitHookInstalled = false;
var lifetimes = /* @__PURE__ */ new Map();
var MAX_LIFETIMES = 256;
function trackChild(pid, group, startedMs = Date.now()) {
  live.set(pid, group);
  lifetimes.delete(pid);
  lifetimes.set(pid, { startedMs });
  if (lifetimes.size > MAX_LIFETIMES) lifetimes.delete(lifetimes.keys().next().value);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", () => {
      for (const [p, g] of live) killTree(p, { group: g });
    });
  }
}
function untrackChild(pid, endedMs = Date.now()) {
  live.delete(pid);
  const life = lifetimes.get(pid);
  if (life) life.endedMs ??= endedMs;
}

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
    const group = process.platform !== "win32";
    const child = spawn(command, args, {
      cwd: o.cwd,
      env: o.env ?? process.env,
      stdio: [o.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      windowsHide: true,
      shell: false,
      detached: group
    });
    let exited = false;
    if (child.pid !== void 0) {
      trackChild(child.pid, group);
      o.onSpawn?.(child.pid, group);
    }
    child.on("exit", () => {
      exited = true;
      if (child.pid !== void 0) untrackChild(child.pid);
    });
    const out = [];
    const err = [];
    let killed;
    let closeGrace;
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
      if (child.pid !== void 0) killTree(child.pid, { group, leaderExited: exited });
      closeGrace ??= setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
      }, 2e3);
    };
    const onAbort = () => kill("aborted");
    o.signal?.addEventListener("abort", onAbort, { once: true });
    const timer = o.timeoutMs ? setTimeout(() => kill("timeout"), o.timeoutMs) : void 0;
    child.on("error", (e) => {
      if (timer) clearTimeout(timer);
      if (child.pid !== void 0) untrackChild(child.pid);
      o.signal?.removeEventListener("abort", onAbort);
      reject(e);
    });
    child.on("close", (code, sig) => {
      if (timer) clearTimeout(timer);
      if (closeGrace) clearTimeout(closeGrace);
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

export {
  killTree,
  trackChild,
  untrackChild,
  spawnCapture,
  isPythonEnvironmentVariable,
  isolatedPythonEnv,
  runIsolated,
  probeInterpreter
};
