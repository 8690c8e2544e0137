import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  probeInterpreter
} from "./chunk-C6T3T2AP.js";
import {
  readPyvenvCfg
} from "./chunk-UPWPGVMT.js";
import {
  detectLibc,
  hostPlatform,
  normaliseArch,
  platformKey
} from "./chunk-AQOLRART.js";
import {
  exists,
  findOnPath,
  isFile,
  nearestExisting,
  processPath,
  whyNotWritable
} from "./chunk-VEZD3A3U.js";
import {
  PythonInstallationError
} from "./chunk-Q6UA7ENB.js";
import {
  monotonicMs
} from "./chunk-SZH64BZ5.js";

// src/core/diagnose/render.ts
var MARK = { ok: "ok", warn: "WARN", fail: "FAIL", skip: "skip" };
function renderDiagnoseReport(r) {
  const rows = r.checks.map((c) => [c.group, c.name, MARK[c.status], c.detail]);
  const head = ["group", "check", "status", "detail"];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((row) => row[i].length))));
  const fmt = (row) => row.map((cell, i) => i === row.length - 1 ? cell : cell.padEnd(widths[i])).join("  ").trimEnd();
  const lines = [
    `python-embedded diagnose \u2014 ${r.system.platform}${r.system.libcVersion ? ` (libc ${r.system.libcVersion})` : ""}, node ${r.system.node}`,
    fmt(head),
    fmt(widths.map((w) => "-".repeat(w))),
    ...rows.map(fmt),
    "",
    `${r.ok ? "healthy" : "PROBLEMS FOUND"}: ${r.counts.ok} ok, ${r.counts.warn} warning(s), ${r.counts.fail} failure(s), ${r.counts.skip} skipped`
  ];
  return lines.join("\n") + "\n";
}
function renderDiagnoseMarkdown(r) {
  const esc = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const icon = { ok: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skip: "\u23ED\uFE0F" };
  return [
    `| group | check | status | detail |`,
    `|---|---|---|---|`,
    ...r.checks.map(
      (c) => `| ${c.group} | ${esc(c.name)} | ${icon[c.status]} ${c.status} | ${esc(c.detail)} |`
    ),
    "",
    `**${r.ok ? "Healthy" : "Problems found"}**: ${r.counts.ok} ok, ${r.counts.warn} warning(s), ${r.counts.fail} failure(s), ${r.counts.skip} skipped.`,
    ""
  ].join("\n");
}

// src/core/diagnose/disk.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var GiB = 1024 ** 3;
async function freeDiskCheck(root, minFreeBytes = GiB) {
  const where = await nearestExisting(root);
  try {
    const st = await fs.statfs(where);
    const free = Number(st.bavail) * Number(st.bsize);
    const data = { path: root, measuredAt: where, freeBytes: free, minFreeBytes };
    const text = `${formatBytes(free)} free in ${root}`;
    if (free < minFreeBytes / 8) {
      return {
        group: "disk",
        name: "free disk",
        status: "fail",
        detail: `${text}; one Python needs ~100-300 MB: free some space.`,
        data
      };
    }
    if (free < minFreeBytes) {
      return {
        group: "disk",
        name: "free disk",
        status: "warn",
        detail: `${text} (below ${formatBytes(minFreeBytes)}).`,
        data
      };
    }
    return { group: "disk", name: "free disk", status: "ok", detail: text, data };
  } catch (e) {
    return {
      group: "disk",
      name: "free disk",
      status: "warn",
      detail: `cannot measure free space in ${root}: ${e.message}`
    };
  }
}
async function writableCheck(dir) {
  const where = await nearestExisting(dir);
  const exists2 = path.resolve(dir) === where;
  if (!(await fs.stat(where)).isDirectory()) {
    return {
      group: "dirs",
      name: dir,
      status: "fail",
      detail: `${where} is a file, not a directory.`,
      data: { exists: false }
    };
  }
  const why = await whyNotWritable(where);
  if (why) {
    return {
      group: "dirs",
      name: dir,
      status: "fail",
      detail: `not writable (${why} at ${where}); choose another directory or fix its permissions.`,
      data: { exists: exists2 }
    };
  }
  return {
    group: "dirs",
    name: dir,
    status: "ok",
    detail: exists2 ? "writable" : `does not exist yet; creatable under ${where}`,
    data: { exists: exists2 }
  };
}
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

// src/core/diagnose/health.ts
import { promises as fs2 } from "node:fs";
import path2 from "node:path";
var OPTIONAL_MODULES = ["ssl", "zlib", "sqlite3", "ctypes", "lzma", "bz2"];
async function probe(python, timeoutMs) {
  return probeInterpreter(python, { timeoutMs, modules: OPTIONAL_MODULES }).catch(
    (e) => e instanceof PythonInstallationError && typeof e.details.reason === "string" ? e.details.reason : e.message
  );
}
var exeRel = process.platform === "win32" ? ["python.exe"] : ["bin", "python3"];
var venvExeRel = process.platform === "win32" ? ["Scripts", "python.exe"] : ["bin", "python"];
async function findInstances(root) {
  let names;
  try {
    names = (await fs2.readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && /^(c?python|pypy|graalpy)-/.test(d.name)).map((d) => d.name).sort();
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    const dir = path2.join(root, name);
    const venvs = [];
    try {
      for (const d of await fs2.readdir(path2.join(dir, "venvs"), { withFileTypes: true })) {
        const p = path2.join(dir, "venvs", d.name);
        if (d.isDirectory() && !d.name.startsWith(".") && await isFile(path2.join(p, "pyvenv.cfg")))
          venvs.push({ name: d.name, path: p });
      }
      venvs.sort((a, b) => a.name.localeCompare(b.name));
    } catch {
    }
    out.push({ key: name, pythonPath: path2.join(dir, "python", ...exeRel), venvs });
  }
  return out;
}
async function instanceCheck(inst, timeoutMs = 2e4) {
  const base = { group: "instances", name: inst.key };
  if (!await exists(inst.pythonPath)) {
    return {
      ...base,
      status: "fail",
      detail: `interpreter missing at ${inst.pythonPath}; reinstall the instance.`,
      data: { pythonPath: inst.pythonPath }
    };
  }
  const r = await probe(inst.pythonPath, timeoutMs);
  if (typeof r === "string") {
    return {
      ...base,
      status: "fail",
      detail: `interpreter does not run: ${r}`,
      data: { pythonPath: inst.pythonPath }
    };
  }
  const data = { pythonPath: inst.pythonPath, version: r.version, missingModules: r.missingModules };
  const keyVersion = /-(\d+\.\d+\.\d+)(?:[a-z]+\d+)?(?:[+-]|$)/.exec(inst.key)?.[1];
  if (keyVersion && keyVersion !== r.versionInfo.slice(0, 3).join(".")) {
    return {
      ...base,
      status: "fail",
      detail: `contains Python ${r.version}, expected ${keyVersion}; reinstall it.`,
      data
    };
  }
  if (r.missingModules.length) {
    return {
      ...base,
      status: "warn",
      detail: `Python ${r.version} runs; missing modules: ${r.missingModules.join(", ")}`,
      data
    };
  }
  return { ...base, status: "ok", detail: `Python ${r.version} runs`, data };
}
async function venvCheck(owner, venv, timeoutMs = 2e4) {
  const base = { group: "venvs", name: `${owner}/${venv.name}` };
  const cfg = await readPyvenvCfg(venv.path);
  if (!cfg) {
    return {
      ...base,
      status: "fail",
      detail: `no pyvenv.cfg in ${venv.path}; recreate the venv.`,
      data: { path: venv.path }
    };
  }
  const home = cfg.home || void 0;
  const uvVersion = cfg.uv || void 0;
  if (!home) {
    return {
      ...base,
      status: "fail",
      detail: "pyvenv.cfg has no home; recreate the venv.",
      data: { path: venv.path }
    };
  }
  if (!await exists(home)) {
    return {
      ...base,
      status: "fail",
      detail: `pyvenv.cfg points at ${home}, which does not exist (moved or copied without fix-up); recreate or re-import the venv.`,
      data: { path: venv.path, home }
    };
  }
  const py = path2.join(venv.path, ...venvExeRel);
  const r = await probe(py, timeoutMs);
  if (typeof r === "string") {
    return {
      ...base,
      status: "fail",
      detail: `venv python does not run: ${r}`,
      data: { path: venv.path, home }
    };
  }
  const [prefix, want] = await Promise.all([
    fs2.realpath(r.prefix).catch(() => r.prefix),
    fs2.realpath(venv.path)
  ]);
  const data = { path: venv.path, home, version: r.version, uv: uvVersion };
  if (prefix !== want) {
    return {
      ...base,
      status: "fail",
      detail: `venv python reports prefix ${r.prefix}, not ${venv.path}; recreate the venv.`,
      data
    };
  }
  return {
    ...base,
    status: "ok",
    detail: `Python ${r.version}${uvVersion ? `, created by uv ${uvVersion}` : ""}`,
    data
  };
}

// src/core/diagnose/network.ts
async function hostCheck(target, o = {}) {
  const base = { group: "network", name: target.name };
  let url;
  try {
    url = new URL(target.url);
  } catch {
    return { ...base, status: "fail", detail: `"${target.url}" is not a URL.`, data: { url: target.url } };
  }
  if (url.protocol === "file:") {
    return { ...base, status: "skip", detail: `${target.url} is a local path`, data: { url: target.url } };
  }
  if (o.offline) {
    return {
      ...base,
      status: "skip",
      detail: `offline: ${url.host} not contacted`,
      data: { url: target.url }
    };
  }
  const timeoutMs = o.timeoutMs ?? 5e3;
  const started = monotonicMs();
  try {
    const res = await (o.fetch ?? fetch)(url, {
      method: "HEAD",
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs)
    });
    await res.body?.cancel();
    const ms = Math.round(monotonicMs() - started);
    const data = { url: target.url, status: res.status, ms };
    if (res.status >= 500) {
      return { ...base, status: "warn", detail: `${url.host} answered HTTP ${res.status}`, data };
    }
    return { ...base, status: "ok", detail: `${url.host} reachable (HTTP ${res.status}, ${ms} ms)`, data };
  } catch (e) {
    const err = e;
    const timedOut = err.name === "TimeoutError" || err.name === "AbortError";
    const why = timedOut ? `no answer within ${timeoutMs} ms` : err.cause?.code ?? err.cause?.message ?? err.message;
    return {
      ...base,
      status: "fail",
      detail: `${url.host} unreachable (${why}); check the URL, proxy (HTTPS_PROXY/NO_PROXY) or use offline mode with a local mirror.`,
      data: { url: target.url, error: why }
    };
  }
}

// src/core/diagnose/system.ts
import { execFile } from "node:child_process";
import os from "node:os";
var PBS_ARCHES = {
  linux: ["x86_64", "aarch64", "i686", "armv7", "ppc64le", "s390x", "riscv64"],
  darwin: ["x86_64", "aarch64"],
  windows: ["x86_64", "i686", "aarch64"]
};
var MIN_GLIBC = [2, 17];
async function systemInfo() {
  const osName = process.platform === "win32" ? "windows" : process.platform;
  const arch = normaliseArch(process.arch);
  const libc = osName === "linux" ? detectLibc() : "none";
  let platform;
  try {
    platform = platformKey(hostPlatform());
  } catch {
    platform = `${osName}-${arch}-${libc}`;
  }
  return {
    os: osName,
    arch,
    libc,
    libcVersion: osName === "linux" ? await libcVersion(libc) : void 0,
    platform,
    osRelease: `${os.type()} ${os.release()}`,
    node: process.version
  };
}
async function libcVersion(libc) {
  const report = process.report?.getReport();
  if (libc === "gnu" && report?.header?.glibcVersionRuntime) return report.header.glibcVersionRuntime;
  const out = await new Promise((resolve) => {
    execFile(
      "ldd",
      ["--version"],
      { timeout: 5e3 },
      (_e, stdout, stderr) => resolve(`${stdout}
${stderr}`)
    );
  });
  return /Version\s+(\d+\.\d+(?:\.\d+)?)/.exec(out)?.[1] ?? /(\d+\.\d+)\s*$/m.exec(out)?.[1];
}
function systemChecks(info) {
  const checks = [];
  const arches = PBS_ARCHES[info.os];
  checks.push(
    arches?.includes(info.arch) ? { group: "system", name: "platform", status: "ok", detail: `${info.platform} (${info.osRelease})` } : {
      group: "system",
      name: "platform",
      status: "fail",
      detail: `python-build-standalone has no builds for ${info.os}/${info.arch}.`,
      data: { supported: PBS_ARCHES }
    }
  );
  if (info.os === "linux") checks.push(libcCheck(info));
  checks.push({ group: "system", name: "node", status: "ok", detail: info.node });
  return checks;
}
function libcCheck(info) {
  const name = "libc";
  if (!info.libcVersion) {
    return { group: "system", name, status: "warn", detail: `${info.libc}, version unknown` };
  }
  if (info.libc === "gnu") {
    const [maj, min] = info.libcVersion.split(".").map(Number);
    const tooOld = maj < MIN_GLIBC[0] || maj === MIN_GLIBC[0] && min < MIN_GLIBC[1];
    if (tooOld) {
      return {
        group: "system",
        name,
        status: "fail",
        detail: `glibc ${info.libcVersion} is older than ${MIN_GLIBC.join(".")}, the minimum of python-build-standalone gnu builds; use a musl build or a newer image.`,
        data: { version: info.libcVersion }
      };
    }
    return {
      group: "system",
      name,
      status: "ok",
      detail: `glibc ${info.libcVersion}`,
      data: { version: info.libcVersion }
    };
  }
  return {
    group: "system",
    name,
    status: "ok",
    detail: `${info.libc} ${info.libcVersion}`,
    data: { version: info.libcVersion }
  };
}

// src/core/diagnose/uv.ts
import { execFile as execFile2 } from "node:child_process";
function runText(cmd, args, timeoutMs, env) {
  return new Promise((resolve) => {
    execFile2(
      cmd,
      args,
      { timeout: timeoutMs, env },
      (e, stdout, stderr) => resolve({ ok: !e, out: String(stdout).trim(), err: (String(stderr).trim() || e?.message) ?? "" })
    );
  });
}
async function uvCheck(o) {
  const uv = o.uvPath ?? await findOnPath("uv", processPath(o.env));
  if (!uv) {
    return {
      group: "uv",
      name: "uv",
      status: "warn",
      detail: "no uv on PATH; setup installs its pinned uv privately (needs the uv download host or a local uv path)."
    };
  }
  const r = await runText(uv, ["--version"], 1e4, o.env);
  const version = /uv (\d+\.\d+\.\d+\S*)/.exec(r.out)?.[1];
  if (!r.ok || !version) {
    return {
      group: "uv",
      name: "uv",
      status: "fail",
      detail: `${uv} does not run: ${r.err || r.out}`,
      data: { path: uv }
    };
  }
  const data = { path: uv, version };
  if (o.expectedVersion && o.expectedVersion !== version) {
    return {
      group: "uv",
      name: "uv",
      status: "warn",
      detail: `uv ${version} at ${uv}; the configuration pins ${o.expectedVersion} (setup installs that one privately).`,
      data
    };
  }
  return { group: "uv", name: "uv", status: "ok", detail: `uv ${version} at ${uv}`, data };
}

// src/core/diagnose/index.ts
async function runDiagnose(o = {}) {
  const system = await systemInfo();
  const dirs = [.../* @__PURE__ */ new Set([...o.root ? [o.root] : [], ...o.dirs ?? []])];
  const instances = o.instances ?? (o.root ? await findInstances(o.root) : []);
  const probeMs = o.probeTimeoutMs ?? 2e4;
  const [disk, dirChecks, hostChecks, uv, instanceChecks] = await Promise.all([
    o.root ? freeDiskCheck(o.root, o.minFreeBytes) : void 0,
    Promise.all(dirs.map((d) => writableCheck(d))),
    Promise.all(
      (o.hosts ?? []).map(
        (h) => hostCheck(h, { timeoutMs: o.timeoutMs, offline: o.offline, fetch: o.fetch })
      )
    ),
    uvCheck({ uvPath: o.uvPath, expectedVersion: o.expectedUvVersion, env: o.env }),
    Promise.all(
      instances.map(async (inst) => [
        await instanceCheck(inst, probeMs),
        ...await Promise.all((inst.venvs ?? []).map((v) => venvCheck(inst.key, v, probeMs)))
      ])
    )
  ]);
  const checks = [
    ...systemChecks(system),
    ...disk ? [disk] : [],
    ...dirChecks,
    ...hostChecks,
    uv,
    ...instanceChecks.flat()
  ];
  if (o.root && instances.length === 0) {
    checks.push({
      group: "instances",
      name: "(none)",
      status: "skip",
      detail: `no instances under ${o.root}`
    });
  }
  const counts = { ok: 0, warn: 0, fail: 0, skip: 0 };
  for (const c of checks) counts[c.status]++;
  return { schema: 1, createdAt: (/* @__PURE__ */ new Date()).toISOString(), ok: counts.fail === 0, system, checks, counts };
}

export {
  renderDiagnoseReport,
  renderDiagnoseMarkdown,
  runDiagnose
};
