import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  STATE,
  restoreUvCache,
  uvCacheDir
} from "./chunk-FENBQWYS.js";
import {
  addPath,
  cp,
  debug,
  endGroup,
  error,
  exportVariable,
  info,
  mkdirP,
  require_semver,
  rmRF,
  saveState,
  setOutput,
  setSecret,
  startGroup,
  summary,
  warning
} from "./chunk-DE77WQWK.js";
import {
  DEFAULT_GITHUB_API_URL,
  DEFAULT_PBS_REPO,
  DEFAULT_PYTHON,
  DEFAULT_UV_DOWNLOAD_URL,
  DEFAULT_UV_VERSION,
  META_DIR,
  createCatalog,
  defaultRoot,
  detectLibc,
  downloadFile,
  fetchText,
  findSpecFromFiles,
  hostPlatform,
  mirrorBase,
  mirrorUrlFor,
  normaliseArch,
  parsePlatform,
  platformKey,
  readPyvenvCfg,
  readSpecFile,
  recordedVenvPath,
  relocateVenv,
  silentLogger,
  sitePackagesDirs,
  treeSize,
  uvAsset,
  uvAssetUrl,
  validateVenvName,
  venvBinDir,
  venvPython,
  withLock
} from "./chunk-AUB2QOMS.js";
import {
  ChecksumMismatchError,
  ConfigurationError,
  DownloadError,
  InvalidPackageSpecificationError,
  PackageInstallationError,
  PythonExecutionError,
  PythonInstallationError,
  PythonNotInstalledError,
  RequirementsFileError,
  UvNotFoundError,
  VirtualEnvironmentNotFoundError,
  isPythonEmbeddedError
} from "./chunk-DEI2SD2Q.js";
import {
  __toESM
} from "./chunk-OVRNMJZG.js";

// src/action/main.ts
import os7 from "node:os";
import path27 from "node:path";
import { performance as performance4 } from "node:perf_hooks";

// src/core/setup/run.ts
import path12 from "node:path";
import { performance as performance2 } from "node:perf_hooks";

// src/core/venvs/manager.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { promises as fs5 } from "node:fs";
import path6 from "node:path";

// src/core/packages/parse.ts
function parsePipListJson(stdout) {
  const rows = parseJsonArray(stdout, "uv pip list");
  return rows.map((r) => ({
    name: String(r.name),
    version: String(r.version),
    ...r.editable_project_location ? { editableProjectLocation: String(r.editable_project_location) } : {}
  }));
}
function parseOutdatedJson(stdout) {
  return parseJsonArray(stdout, "uv pip list --outdated").map((r) => ({
    name: String(r.name),
    installedVersion: String(r.version),
    latestVersion: String(r.latest_version),
    ...r.latest_filetype ? { latestFiletype: String(r.latest_filetype) } : {}
  }));
}
function parseJsonArray(stdout, what) {
  const text2 = stdout.trim();
  if (!text2) return [];
  const v = JSON.parse(text2);
  if (!Array.isArray(v)) throw new Error(`${what} did not print a JSON array.`);
  return v;
}
function parsePipShow(stdout) {
  const out = [];
  for (const block of stdout.split(/^---\s*$/m)) {
    const fields = {};
    for (const line of block.split(/\r?\n/)) {
      const m = /^([A-Za-z][A-Za-z -]*):\s?(.*)$/.exec(line);
      if (m) fields[m[1].trim()] = m[2].trim();
    }
    if (!fields.Name) continue;
    const list3 = (k) => (fields[k] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    out.push({
      name: fields.Name,
      version: fields.Version ?? "",
      ...fields.Location ? { location: fields.Location } : {},
      ...fields["Editable project location"] ? { editableProjectLocation: fields["Editable project location"] } : {},
      ...fields.Summary ? { summary: fields.Summary } : {},
      requires: list3("Requires"),
      requiredBy: list3("Required-by"),
      fields
    });
  }
  return out;
}
function uvErrorText(stderr, stdout = "") {
  const lines = stderr.split(/\r?\n/);
  const start = lines.findIndex((l) => /^\s*(error:|×|\s*×)/.test(l) || /^\s*× /.test(l));
  const kept = (start >= 0 ? lines.slice(start) : lines).filter(
    (l) => l.trim() && !/^Using (Python|CPython) /.test(l) && !/^(Resolved|Prepared|Installed|Audited|Uninstalled) \d+/.test(l)
  );
  const text2 = kept.join("\n").trim();
  return text2 || stdout.trim() || "uv failed without a message";
}

// src/core/uv/spawn.ts
import { spawn } from "node:child_process";
function lineSplitter(cb) {
  let tail2 = "";
  return {
    push(b) {
      if (!cb) return;
      const parts = (tail2 + b.toString("utf8")).split(/\r?\n/);
      tail2 = parts.pop() ?? "";
      for (const l of parts) cb(l);
    },
    end() {
      if (cb && tail2) cb(tail2);
      tail2 = "";
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

// src/core/venvs/archive.ts
import { createWriteStream, promises as fs } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
var MANIFEST = "pyembed-venv-export.json";
function formatOf(out) {
  if (/\.zip$/i.test(out)) return "zip";
  if (/\.(tar\.gz|tgz)$/i.test(out)) return "tar.gz";
  return void 0;
}
async function collect(root, links) {
  const items = [];
  const walk = async (dir2, rel) => {
    for (const e of await fs.readdir(dir2, { withFileTypes: true })) {
      const abs = path.join(dir2, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      const st = await fs.lstat(abs);
      const base = { rel: r, abs, mode: st.mode & 4095, mtime: st.mtime, size: st.size };
      if (st.isSymbolicLink()) {
        const target = await fs.readlink(abs);
        if (path.isAbsolute(target)) links[r] = target;
        else items.push({ ...base, kind: "symlink", target });
      } else if (st.isDirectory()) {
        items.push({ ...base, kind: "dir" });
        await walk(abs, r);
      } else if (st.isFile()) items.push({ ...base, kind: "file" });
    }
  };
  await walk(root, "");
  return items;
}
async function writeVenvArchive(venvDir, outPath, manifest) {
  const out = path.resolve(outPath);
  const format = formatOf(out);
  if (!format) {
    throw new ConfigurationError(`Virtual environment exports are .zip or .tar.gz archives; got ${out}.`, {
      requested: out,
      available: [".zip", ".tar.gz", ".tgz"],
      hint: "Name the output file <something>.zip or <something>.tar.gz."
    });
  }
  const links = {};
  const items = await collect(venvDir, links);
  const manifestBytes = Buffer.from(JSON.stringify({ ...manifest, links }, null, 2) + "\n");
  await fs.mkdir(path.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  try {
    if (format === "zip") await writeZip(items, manifestBytes, partial);
    else await writeTarGz(items, manifestBytes, partial);
    await fs.rename(partial, out);
  } catch (e) {
    await fs.rm(partial, { force: true });
    throw e;
  }
  return out;
}
async function writeZip(items, manifest, dest) {
  const { default: yazl } = await import("./yazl-JIXKL7HO.js");
  const zip = new yazl.ZipFile();
  for (const it of items) {
    if (it.kind === "symlink") {
      zip.addBuffer(Buffer.from(it.target), it.rel, { mode: 41471, mtime: it.mtime, compress: false });
    } else if (it.kind === "dir") zip.addEmptyDirectory(it.rel, { mode: it.mode, mtime: it.mtime });
    else zip.addFile(it.abs, it.rel, { mode: it.mode | 32768, mtime: it.mtime });
  }
  zip.addBuffer(manifest, MANIFEST, { mode: 33188 });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(dest));
}
async function writeTarGz(items, manifest, dest) {
  const { default: tar } = await import("./tar-stream-ZIPLYNCT.js");
  const pack = tar.pack();
  const done = pipeline(pack, zlib.createGzip({ level: 6 }), createWriteStream(dest));
  const add = (header, body) => new Promise((resolve, reject) => {
    const cb = (err) => err ? reject(err) : resolve();
    if (body) pack.entry(header, body, cb);
    else pack.entry(header, cb);
  });
  try {
    for (const it of items) {
      const h = { name: it.rel, mode: it.mode, mtime: it.mtime };
      if (it.kind === "symlink") await add({ ...h, type: "symlink", linkname: it.target });
      else if (it.kind === "dir") await add({ ...h, type: "directory" });
      else await add({ ...h, type: "file", size: it.size }, await fs.readFile(it.abs));
    }
    await add(
      { name: MANIFEST, mode: 420, mtime: /* @__PURE__ */ new Date(), type: "file", size: manifest.length },
      manifest
    );
    pack.finalize();
  } catch (e) {
    pack.destroy(e);
  }
  await done;
}
async function readVenvArchive(archive, dest) {
  const abs = path.resolve(archive);
  const { extractArchive } = await import("./extract-S6LMPWQE.js");
  await extractArchive(abs, dest, { format: formatOf(abs) });
  const file = path.join(dest, MANIFEST);
  let manifest;
  try {
    manifest = JSON.parse(await fs.readFile(file, "utf8"));
  } catch {
    throw new ConfigurationError(`${archive} is not a python-embedded venv export (no ${MANIFEST}).`, {
      requested: archive,
      hint: "Import archives written by exportVirtualEnvironment / `pyembed venv export`."
    });
  }
  if (manifest.format !== 1 || typeof manifest.sourcePath !== "string") {
    throw new ConfigurationError(`${archive} has an unsupported venv export manifest.`, {
      requested: archive
    });
  }
  await fs.rm(file);
  if (!await fs.stat(path.join(dest, "pyvenv.cfg")).catch(() => void 0)) {
    throw new ConfigurationError(`${archive} holds no pyvenv.cfg: not a virtual environment.`, {
      requested: archive
    });
  }
  return { ...manifest, links: manifest.links ?? {} };
}

// src/core/venvs/metadata.ts
import { randomBytes } from "node:crypto";
import { promises as fs2 } from "node:fs";
import path2 from "node:path";
function metadataPath(venvsDir, name) {
  return path2.join(venvsDir, META_DIR, `${name}.json`);
}
async function writeMetadata(venvsDir, m) {
  const file = metadataPath(venvsDir, m.name);
  await fs2.mkdir(path2.dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  const { rebuilt: _rebuilt, ...stored } = m;
  await fs2.writeFile(tmp, JSON.stringify(stored, null, 2) + "\n");
  await fs2.rename(tmp, file);
}
async function removeMetadata(venvsDir, name) {
  await fs2.rm(metadataPath(venvsDir, name), { force: true });
}
async function readStoredMetadata(venvsDir, name) {
  try {
    const m = JSON.parse(
      await fs2.readFile(metadataPath(venvsDir, name), "utf8")
    );
    if (!m || typeof m !== "object" || m.name !== name || typeof m.createdAt !== "string") return void 0;
    if (m.externalPath !== void 0 && typeof m.externalPath !== "string") return void 0;
    return {
      ...m,
      name,
      createdAt: m.createdAt,
      isExternal: Boolean(m.externalPath)
    };
  } catch {
    return void 0;
  }
}
async function rebuildMetadata(venvsDir, name, venvPath) {
  const entry = path2.join(venvsDir, name);
  const st = await fs2.lstat(entry).catch(() => void 0);
  const externalPath = st?.isSymbolicLink() ? path2.resolve(venvsDir, await fs2.readlink(entry)) : void 0;
  const cfg = await readPyvenvCfg(venvPath) ?? {};
  const cfgStat = await fs2.stat(path2.join(venvPath, "pyvenv.cfg")).catch(() => void 0);
  const created = cfgStat ? cfgStat.birthtimeMs > 0 ? cfgStat.birthtime : cfgStat.mtime : /* @__PURE__ */ new Date();
  return {
    name,
    ...externalPath ? { externalPath } : {},
    isExternal: Boolean(externalPath),
    createdAt: created.toISOString(),
    pythonVersion: cfg.version_info ?? cfg.version,
    uvVersion: cfg.uv,
    rebuilt: true
  };
}

// src/core/packages/runtime.ts
import { constants as fsc, promises as fs4 } from "node:fs";
import path5 from "node:path";

// src/core/exec/run.ts
import { spawn as spawn2 } from "node:child_process";
import { once } from "node:events";
import { existsSync, statSync as statSync2 } from "node:fs";
import fs3 from "node:fs/promises";
import os2 from "node:os";
import path4 from "node:path";
import { Readable } from "node:stream";

// src/core/exec/env.ts
function buildChildEnv(env, mode = "merge", defaults = {}) {
  const out = mode === "replace" ? {} : { ...process.env };
  for (const [k, v] of Object.entries(defaults)) if (out[k] === void 0 && !(env && k in env)) out[k] = v;
  for (const [k, v] of Object.entries(env ?? {})) {
    if (v === void 0) delete out[k];
    else out[k] = v;
  }
  return out;
}

// src/core/exec/kill-tree.ts
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
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
function descendants(pid) {
  const children = /* @__PURE__ */ new Map();
  for (const [p, pp] of parentMap()) {
    const list3 = children.get(pp);
    if (list3) list3.push(p);
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
function killTree(pid, o = { group: true }) {
  const signal = o.signal ?? "SIGKILL";
  if (o.leaderExited) {
    if (o.group && process.platform !== "win32") trySignal(-pid, signal);
    return;
  }
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { windowsHide: true, stdio: "ignore" });
    return;
  }
  const tree = descendants(pid);
  if (o.group) trySignal(-pid, signal);
  trySignal(pid, signal);
  for (const d of tree) trySignal(d, signal);
}
var live = /* @__PURE__ */ new Map();
var exitHookInstalled = false;
function trackChild(pid, group) {
  live.set(pid, group);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", () => {
      for (const [p, g] of live) killTree(p, { group: g });
    });
  }
}
function untrackChild(pid) {
  live.delete(pid);
}

// src/core/exec/limits.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import { accessSync, constants as fsConstants, statSync } from "node:fs";
import os from "node:os";
import path3 from "node:path";
function findOnPath(name, envPath = process.env.PATH ?? "") {
  const exts = process.platform === "win32" ? ["", ".exe", ".cmd", ".bat"] : [""];
  for (const dir2 of envPath.split(path3.delimiter)) {
    if (!dir2) continue;
    for (const ext of exts) {
      const candidate = path3.join(dir2, name + ext);
      try {
        if (!statSync(candidate).isFile()) continue;
        accessSync(candidate, fsConstants.X_OK);
        return candidate;
      } catch {
      }
    }
  }
  return void 0;
}
var prlimitPath;
var shUlimitWorks;
function prlimit() {
  if (prlimitPath === void 0) {
    const found = findOnPath("prlimit", `${process.env.PATH ?? ""}:/usr/bin:/bin:/usr/sbin:/sbin`);
    prlimitPath = found ?? null;
  }
  return prlimitPath ?? void 0;
}
function shUlimit() {
  shUlimitWorks ??= spawnSync2("/bin/sh", ["-c", "ulimit -v 4194304"], { stdio: "ignore" }).status === 0;
  return shUlimitWorks;
}
function memoryLimitSupported() {
  return process.platform !== "win32" && process.platform !== "darwin";
}
var PYTHON_PREAMBLE = "import os,resource,sys;n=int(sys.argv[1]);resource.setrlimit(resource.RLIMIT_AS,(n,n));os.execvp(sys.argv[2],sys.argv[2:])";
function wrapWithMemoryLimit(command, args, maxMemoryMB, method = "auto", python) {
  if (!Number.isFinite(maxMemoryMB) || maxMemoryMB <= 0) {
    throw new ConfigurationError(`maxMemoryMB must be a positive number, got ${maxMemoryMB}.`, {
      requested: String(maxMemoryMB),
      hint: "Pass the limit in mebibytes, e.g. maxMemoryMB: 512."
    });
  }
  if (!memoryLimitSupported()) return { command, args };
  const bytes = Math.floor(maxMemoryMB * 1024 * 1024);
  const order = method === "auto" ? ["prlimit", "ulimit", "python"] : [method];
  for (const m of order) {
    if (m === "prlimit" && prlimit()) {
      return { command: prlimit(), args: [`--as=${bytes}`, "--", command, ...args], method: m };
    }
    if (m === "ulimit" && shUlimit()) {
      const kib = Math.floor(bytes / 1024);
      const script = `ulimit -v ${kib} || exit 126; exec "$@"`;
      return { command: "/bin/sh", args: ["-c", script, "sh", command, ...args], method: m };
    }
    if (m === "python" && python) {
      return {
        command: python,
        args: ["-I", "-S", "-c", PYTHON_PREAMBLE, String(bytes), command, ...args],
        method: m
      };
    }
  }
  return { command, args };
}
var PRIORITY_NAMES = {
  idle: os.constants.priority.PRIORITY_LOW,
  "below-normal": os.constants.priority.PRIORITY_BELOW_NORMAL,
  normal: os.constants.priority.PRIORITY_NORMAL,
  "above-normal": os.constants.priority.PRIORITY_ABOVE_NORMAL,
  high: os.constants.priority.PRIORITY_HIGH,
  highest: os.constants.priority.PRIORITY_HIGHEST
};
function niceValue(p) {
  const n = typeof p === "number" ? p : PRIORITY_NAMES[p];
  if (!Number.isInteger(n) || n < -20 || n > 19) {
    throw new ConfigurationError(`Invalid priority ${JSON.stringify(p)}.`, {
      requested: String(p),
      available: [...Object.keys(PRIORITY_NAMES), "-20..19"],
      hint: "Use a nice value from -20 (highest) to 19 (lowest) or a named class."
    });
  }
  return n;
}
function applyPriority(pid, nice) {
  try {
    os.setPriority(pid, nice);
    return "applied";
  } catch (e) {
    const err = e;
    const code = err.info?.code ?? err.code ?? "";
    return code === "EACCES" || code === "EPERM" ? "denied" : "unsupported";
  }
}

// src/core/exec/output.ts
import { StringDecoder } from "node:string_decoder";
var LineSplitter = class {
  constructor(onLine, encoding = "utf8") {
    this.onLine = onLine;
    this.decoder = new StringDecoder(encoding);
  }
  onLine;
  decoder;
  rest = "";
  push(chunk) {
    const text2 = this.rest + this.decoder.write(chunk);
    let start = 0;
    for (let nl = text2.indexOf("\n"); nl !== -1; nl = text2.indexOf("\n", start)) {
      this.emit(text2.slice(start, nl));
      start = nl + 1;
    }
    this.rest = text2.slice(start);
  }
  /** Emits the last line when the stream ended without a newline. */
  end() {
    const text2 = this.rest + this.decoder.end();
    this.rest = "";
    if (text2.length > 0) this.emit(text2);
  }
  emit(line) {
    this.onLine(line.endsWith("\r") ? line.slice(0, -1) : line);
  }
};
var BoundedCapture = class {
  constructor(limit, tailLimit = 16 * 1024) {
    this.limit = limit;
    this.tailLimit = tailLimit;
  }
  limit;
  tailLimit;
  chunks = [];
  size = 0;
  tailBuf = Buffer.alloc(0);
  truncated = false;
  push(chunk) {
    if (this.size < this.limit) {
      const room = this.limit - this.size;
      const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
      this.chunks.push(part);
      this.size += part.length;
      if (part.length < chunk.length) this.truncated = true;
    } else if (chunk.length > 0) {
      this.truncated = true;
    }
    const joined = this.tailBuf.length === 0 ? chunk : Buffer.concat([this.tailBuf, chunk]);
    this.tailBuf = joined.length > this.tailLimit ? joined.subarray(joined.length - this.tailLimit) : joined;
  }
  text(encoding) {
    return Buffer.concat(this.chunks, this.size).toString(encoding);
  }
  tail(encoding) {
    return this.tailBuf.toString(encoding);
  }
};
function tailLines(text2, maxLines = 20) {
  const lines = text2.trimEnd().split("\n");
  return lines.slice(-maxLines).join("\n");
}

// src/core/exec/run.ts
var DEFAULT_MAX_OUTPUT_BYTES = 10 * 1024 * 1024;
var OOM_TEXT = /MemoryError\b|Cannot allocate memory|std::bad_alloc|out of memory|Unable to allocate/i;
var OOM_SIGNALS = /* @__PURE__ */ new Set(["SIGKILL", "SIGSEGV", "SIGABRT", "SIGBUS"]);
function formatCommand(argv) {
  return argv.map((a) => a.length > 120 ? `${a.slice(0, 117)}...` : a).map((a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}
function stdinMode(src, inherit) {
  if (src === "inherit" || src === void 0 && inherit) return "inherit";
  return src === void 0 ? "ignore" : "pipe";
}
async function feedStdin(stdin, src) {
  stdin.on("error", () => {
  });
  const write = async (chunk) => {
    if (stdin.destroyed || stdin.writableEnded) return false;
    if (!stdin.write(chunk)) await Promise.race([once(stdin, "drain"), once(stdin, "close")]);
    return !stdin.destroyed;
  };
  if (typeof src === "string" || src instanceof Uint8Array) {
    stdin.end(src);
  } else if (src instanceof Readable) {
    src.on("error", () => stdin.destroy());
    src.pipe(stdin);
  } else if (typeof src === "function") {
    for (let line = await src(); line !== null && line !== void 0; line = await src()) {
      if (!await write(`${line}
`)) return;
    }
    stdin.end();
  } else {
    for await (const chunk of src) {
      if (!await write(chunk)) return;
    }
    stdin.end();
  }
}
function isExecutable(command, envPath) {
  if (command.includes("/") || command.includes("\\")) {
    try {
      return statSync2(command).isFile();
    } catch {
      return false;
    }
  }
  return findOnPath(command, envPath) !== void 0;
}
function spawnError(argv, cause, hint) {
  return new PythonExecutionError(
    `Cannot start ${formatCommand(argv)}: ${cause.message ?? cause}`,
    {
      requested: formatCommand(argv),
      hint
    }
  );
}
async function execute(command, args, o, internal) {
  const argv = [command, ...args];
  const encoding = o.encoding ?? "utf8";
  const inherit = o.inheritStdio === true;
  if (o.cwd !== void 0 && !existsSync(o.cwd)) {
    throw new PythonExecutionError(`Working directory ${o.cwd} does not exist.`, {
      requested: o.cwd,
      hint: "Create it first or pass an existing cwd."
    });
  }
  const env = buildChildEnv(o.env, o.envMode, internal.envDefaults);
  const limits = { memory: "not-requested", priority: "not-requested" };
  let spawnCommand = command;
  let spawnArgs = args;
  if (o.maxMemoryMB !== void 0) {
    const w = wrapWithMemoryLimit(command, args, o.maxMemoryMB, o.memoryLimitMethod, internal.python);
    limits.memory = w.method ? "enforced" : "unsupported";
    if (w.method) {
      limits.memoryMethod = w.method;
      if (!isExecutable(command, env.PATH)) {
        throw spawnError(argv, new Error("no such executable"), "Check the path of the command (or PATH).");
      }
    }
    spawnCommand = w.command;
    spawnArgs = w.args;
  }
  const nice = o.priority === void 0 ? void 0 : niceValue(o.priority);
  const maxOutput = o.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const out = new BoundedCapture(maxOutput);
  const err = new BoundedCapture(maxOutput);
  const started = performance.now();
  const finish = (p) => {
    const stdout = out.text(encoding);
    const stderr = err.text(encoding);
    const exitCode = p.exitCode ?? null;
    const signal = p.signal ?? null;
    const timedOut = p.timedOut ?? false;
    const aborted = p.aborted ?? false;
    const failed = exitCode !== 0 && !timedOut && !aborted;
    const outOfMemory = failed && (OOM_TEXT.test(err.tail(encoding)) || limits.memory === "enforced" && signal !== null && OOM_SIGNALS.has(signal));
    return {
      command: argv,
      pid: p.pid,
      exitCode,
      signal,
      stdout,
      stderr,
      durationMs: performance.now() - started,
      timedOut,
      aborted,
      outOfMemory,
      truncated: out.truncated || err.truncated,
      stdoutTruncated: out.truncated,
      stderrTruncated: err.truncated,
      limits
    };
  };
  if (o.signal?.aborted) return checked(finish({ aborted: true }), o, err.tail(encoding));
  const group = process.platform !== "win32" && !inherit && o.stdin !== "inherit";
  const child = spawn2(spawnCommand, spawnArgs, {
    cwd: o.cwd,
    env,
    stdio: [stdinMode(o.stdin, inherit), inherit ? "inherit" : "pipe", inherit ? "inherit" : "pipe"],
    detached: group,
    windowsHide: true
  });
  return new Promise((resolve, reject) => {
    let timedOut = false;
    let aborted = false;
    let exited = false;
    let exitCode = null;
    let exitSignal = null;
    let failure;
    let settled = false;
    let timer;
    let closeGrace;
    const kill = () => {
      if (child.pid !== void 0) killTree(child.pid, { group, leaderExited: exited });
      closeGrace ??= setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        done();
      }, 2e3);
    };
    const onAbort = () => {
      if (settled || timedOut || aborted) return;
      aborted = true;
      kill();
    };
    const fail = (e) => {
      failure ??= e;
      kill();
    };
    const cleanup = () => {
      if (timer) clearTimeout(timer);
      if (closeGrace) clearTimeout(closeGrace);
      o.signal?.removeEventListener("abort", onAbort);
      if (child.pid !== void 0) untrackChild(child.pid);
    };
    const done = () => {
      if (settled) return;
      settled = true;
      cleanup();
      if (failure !== void 0) return reject(failure);
      const result = finish({ pid: child.pid, exitCode, signal: exitSignal, timedOut, aborted });
      try {
        resolve(checked(result, o, err.tail(encoding)));
      } catch (e) {
        reject(e);
      }
    };
    child.on("error", (e) => {
      if (child.pid === void 0) {
        settled = true;
        cleanup();
        reject(spawnError(argv, e, "Check the path of the command (or PATH) and the working directory."));
      } else {
        fail(e);
      }
    });
    if (child.pid === void 0) return;
    trackChild(child.pid, group);
    if (nice !== void 0) limits.priority = applyPriority(child.pid, nice);
    const wire = (stream, capture, handler) => {
      if (!stream) return;
      const splitter = handler ? new LineSplitter((line) => {
        if (failure !== void 0) return;
        try {
          handler(line);
        } catch (e) {
          fail(e);
        }
      }, encoding) : void 0;
      stream.on("data", (chunk) => {
        capture.push(chunk);
        splitter?.push(chunk);
      });
      stream.on("end", () => splitter?.end());
    };
    wire(child.stdout, out, o.onStdout);
    wire(child.stderr, err, o.onStderr);
    if (child.stdin && o.stdin !== void 0 && o.stdin !== "inherit") {
      feedStdin(child.stdin, o.stdin).catch(fail);
    }
    if (o.timeoutMs !== void 0 && o.timeoutMs >= 0) {
      timer = setTimeout(() => {
        if (settled || aborted) return;
        timedOut = true;
        kill();
      }, o.timeoutMs);
    }
    o.signal?.addEventListener("abort", onAbort, { once: true });
    child.on("exit", (code, signal) => {
      exited = true;
      exitCode = code;
      exitSignal = signal;
      if (child.pid !== void 0) untrackChild(child.pid);
    });
    child.on("close", done);
  });
}
function checked(result, o, stderrTail) {
  if (!o.check) return result;
  if (result.exitCode === 0 && !result.timedOut && !result.aborted) return result;
  const cmd = formatCommand(result.command);
  const why = result.timedOut ? `timed out after ${o.timeoutMs} ms (process tree killed)` : result.aborted ? "was aborted (process tree killed)" : result.outOfMemory ? `ran out of memory${o.maxMemoryMB !== void 0 ? ` (limit ${o.maxMemoryMB} MB)` : ""}` : result.signal ? `was killed by ${result.signal}` : `failed with exit code ${result.exitCode}`;
  const tail2 = tailLines(stderrTail);
  throw new PythonExecutionError(`Command ${why}: ${cmd}${tail2 ? `
${tail2}` : ""}`, {
    requested: cmd,
    // not `exitCode`: that key is the CLI's exit code in PythonEmbeddedError.toJSON().
    processExitCode: result.exitCode,
    signal: result.signal,
    stderrTail: tail2,
    timedOut: result.timedOut,
    aborted: result.aborted,
    outOfMemory: result.outOfMemory,
    hint: result.outOfMemory ? "Raise maxMemoryMB or reduce what the code allocates." : result.timedOut ? "Raise timeoutMs or make the code finish sooner." : "See the stderr above."
  });
}
async function runPython(pythonPath, args = [], o = {}) {
  return execute(pythonPath, args, o, {
    envDefaults: { PYTHONUNBUFFERED: "1", PYTHONIOENCODING: "utf-8" },
    python: pythonPath
  });
}
var MAX_INLINE_CODE = 64 * 1024;
async function runScript(pythonPath, script, args = [], o = {}) {
  const src = typeof script === "string" ? !script.includes("\n") && existsSync(script) && statSync2(script).isFile() ? { path: script } : { code: script } : script;
  if ("path" in src) return runPython(pythonPath, [src.path, ...args], o);
  if (Buffer.byteLength(src.code) <= MAX_INLINE_CODE)
    return runPython(pythonPath, ["-c", src.code, ...args], o);
  const dir2 = await fs3.mkdtemp(path4.join(os2.tmpdir(), "pyembed-script-"));
  try {
    const file = path4.join(dir2, "script.py");
    await fs3.writeFile(file, src.code);
    return await runPython(pythonPath, [file, ...args], o);
  } finally {
    await fs3.rm(dir2, { recursive: true, force: true });
  }
}

// src/core/session/worker-process.ts
import { spawn as spawn3 } from "node:child_process";
import { existsSync as existsSync2 } from "node:fs";

// src/core/session/worker.ts
var WORKER_SOURCE = String.raw`
def _pyembed_worker():
    import builtins, importlib, io, json, linecache, os, signal, sys, traceback

    g = sys.modules['__main__'].__dict__
    del g['_pyembed_worker']
    req_fd, res_fd, parent = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    sys.argv = ['']
    # The protocol fds must not leak into processes the user's code starts (os.system, fork).
    os.set_inheritable(req_fd, False)
    os.set_inheritable(res_fd, False)
    rfile = os.fdopen(req_fd, 'rb', buffering=65536)
    wfile = os.fdopen(res_fd, 'wb', buffering=65536)
    readline, write, flush = rfile.readline, wfile.write, wfile.flush

    # Die with the parent even in the middle of a long call (Linux); idle workers see EOF anyway.
    if sys.platform.startswith('linux'):
        try:
            import ctypes
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except Exception:
            pass
        if os.getppid() != parent:
            os._exit(0)

    # stdout/stderr count the bytes they write: each response carries the totals, so the parent
    # hands a call's printed lines to its handlers before it resolves the call (two pipes, no order).
    # Line-buffered, so lines also arrive while a long call still runs.
    class Counted(io.RawIOBase):
        def __init__(self, fd):
            self.fd = fd
            self.n = 0

        def writable(self):
            return True

        def fileno(self):
            return self.fd

        def write(self, b):
            n = os.write(self.fd, b)
            self.n += n
            return n

    counted = []
    originals = (sys.stdout, sys.stderr)  # kept alive: collecting them would close fds 1 and 2

    def wrap(orig, fd):
        raw = Counted(fd)
        counted.append(raw)
        return io.TextIOWrapper(io.BufferedWriter(raw), encoding=orig.encoding, errors=orig.errors,
                                line_buffering=True)

    sys.stdout = sys.__stdout__ = wrap(originals[0], 1)
    sys.stderr = sys.__stderr__ = wrap(originals[1], 2)
    out_raw, err_raw = counted

    # SIGINT is the parent's per-call timeout: it interrupts user code only, never the protocol.
    # One that lands while the request is being decoded is kept pending for that call.
    busy = [False]
    pending = [False]

    def on_sigint(signum, frame):
        if busy[0]:
            raise KeyboardInterrupt
        pending[0] = True

    signal.signal(signal.SIGINT, on_sigint)

    class NotJSON(Exception):
        pass

    def type_name(t):
        m = getattr(t, '__module__', 'builtins')
        return t.__qualname__ if m == 'builtins' else m + '.' + t.__qualname__

    def not_json(o):
        raise NotJSON(type_name(type(o)))

    encode = json.JSONEncoder(ensure_ascii=True, allow_nan=False, separators=(',', ':'), default=not_json).encode
    loads = json.loads

    # Compiled code is cached by source: repeated eval('x+1') skips the compiler. The source is
    # registered in linecache so tracebacks show the offending line.
    caches = {'exec': {}, 'eval': {}}
    counter = [0]

    def compiled(src, mode):
        cache = caches[mode]
        code = cache.get(src)
        if code is None:
            counter[0] += 1
            name = '<session-%d>' % counter[0]
            code = compile(src, name, mode)
            linecache.cache[name] = (len(src), None, src.splitlines(True), name)
            if len(cache) >= 1024:
                cache.clear()
            cache[src] = code
        return code

    def resolve(target):
        parts = target.split('.')
        head = parts[0]
        if head in g:
            obj = g[head]
        elif hasattr(builtins, head):
            obj = getattr(builtins, head)
        else:
            obj = importlib.import_module(head)
        path = head
        for part in parts[1:]:
            path += '.' + part
            try:
                obj = getattr(obj, part)
            except AttributeError:
                # A submodule nobody imported yet (xml.etree, concurrent.futures).
                if not hasattr(obj, '__path__'):
                    raise
                obj = importlib.import_module(path)
        return obj

    def do_import(p):
        name = p['module']
        mod = importlib.import_module(name)
        alias = p.get('as')
        if alias:
            g[alias] = mod
        else:
            top = name.split('.')[0]
            g[top] = sys.modules[top]
        return {
            'name': mod.__name__,
            'file': getattr(mod, '__file__', None),
            'version': str(getattr(mod, '__version__', '')) or None,
        }

    def do_get(p):
        name = p['name']
        if name not in g:
            raise NameError("name '%s' is not defined" % name)
        return g[name]

    def run(method, p):
        if method == 'eval':
            return eval(compiled(p['code'], 'eval'), g)
        if method == 'call':
            args = p.get('args') or ()
            kwargs = p.get('kwargs') or {}
            return resolve(p['target'])(*args, **kwargs)
        if method == 'exec':
            exec(compiled(p['code'], 'exec'), g)
            return None
        if method == 'set':
            g[p['name']] = p.get('value')
            return None
        if method == 'get':
            return do_get(p)
        if method == 'import':
            return do_import(p)
        if method == 'ping':
            return None
        raise ValueError('unknown method %r' % (method,))

    def error(rid, code, message, etype, tb, kind):
        data = {'type': etype, 'traceback': tb, 'kind': kind}
        body = {'code': code, 'message': message, 'data': data}
        return '{"jsonrpc":"2.0","id":%s,"error":%s,"io":[%d,%d]}\n' % (
            encode(rid), encode(body), out_raw.n, err_raw.n)

    own = {'_pyembed_worker', 'run', 'resolve', 'do_import', 'do_get', 'compiled', 'on_sigint'}

    def exception(rid, e):
        # Drop the worker's own frames (this -c program is '<string>'): the user sees only theirs.
        te = traceback.TracebackException(type(e), e, e.__traceback__)
        te.stack = traceback.StackSummary.from_list(
            [f for f in te.stack if not (f.filename == '<string>' and f.name in own)])
        text = ''.join(te.format())
        msg = str(e)
        if isinstance(e, SystemExit):
            msg = 'SystemExit(%r): the session keeps running; use close() to end it' % (e.code,)
        return error(rid, -32000, msg, type_name(type(e)), text, 'exception')

    def result(rid, method, value):
        try:
            return '{"jsonrpc":"2.0","id":%d,"result":%s,"io":[%d,%d]}\n' % (
                rid, encode(value), out_raw.n, err_raw.n)
        except NotJSON as e:
            msg = ('%s() returned a value containing a %s, which JSON cannot carry; keep it in a variable '
                   '(exec) and return a JSON view of it (list(), str(), .tolist(), a dict)') % (method, e.args[0])
            return error(rid, -32001, msg, type_name(type(value)), '', 'serialization')
        except (TypeError, ValueError) as e:
            msg = '%s() returned a value of type %s that cannot be converted to JSON: %s' % (
                method, type_name(type(value)), e)
            return error(rid, -32001, msg, type_name(type(value)), '', 'serialization')

    info = {
        'pid': os.getpid(),
        'version': '%d.%d.%d' % sys.version_info[:3],
        'implementation': sys.implementation.name,
        'executable': sys.executable,
    }
    write(('{"jsonrpc":"2.0","method":"ready","params":%s}\n' % encode(info)).encode())
    flush()

    while True:
        try:
            line = readline()
            if not line:
                break
            pending[0] = False  # one that arrived while idle was meant for an earlier call
            try:
                req = loads(line)
                rid = req['id']
                method = req['method']
                params = req.get('params') or {}
            except Exception as e:
                out = error(None, -32600, 'invalid request: %s' % e, 'ValueError', '', 'protocol')
            else:
                value = failed = None
                try:
                    busy[0] = True
                    try:
                        if pending[0]:
                            pending[0] = False
                            raise KeyboardInterrupt
                        value = run(method, params)
                    finally:
                        busy[0] = False
                except BaseException as e:
                    failed = e
                # Flush before the byte counts go into the response.
                for stream in (sys.stdout, sys.stderr):
                    try:
                        stream.flush()
                    except Exception:
                        pass
                out = result(rid, method, value) if failed is None else exception(rid, failed)
                value = failed = None
            write(out.encode())
            flush()
        except KeyboardInterrupt:
            # An interrupt that landed after the call returned: the response is what counts.
            continue


_pyembed_worker()
`;

// src/core/session/worker-process.ts
var REQ_FD = 3;
var RES_FD = 4;
var WorkerProcess = class {
  constructor(python, o, onMessage, onExit) {
    this.python = python;
    this.onMessage = onMessage;
    this.onExit = onExit;
    if (o.cwd !== void 0 && !existsSync2(o.cwd)) {
      throw new PythonExecutionError(`Working directory ${o.cwd} does not exist.`, {
        requested: o.cwd,
        hint: "Create it first or pass an existing cwd."
      });
    }
    let command = python;
    let args = [
      ...o.pythonArgs ?? [],
      "-c",
      WORKER_SOURCE,
      String(REQ_FD),
      String(RES_FD),
      String(process.pid)
    ];
    if (o.maxMemoryMB !== void 0)
      ({ command, args } = wrapWithMemoryLimit(command, args, o.maxMemoryMB, "auto", python));
    this.child = spawn3(command, args, {
      cwd: o.cwd,
      env: buildChildEnv(o.env, o.envMode, { PYTHONIOENCODING: "utf-8" }),
      stdio: ["ignore", "pipe", "pipe", "pipe", "pipe"],
      // Own process group: closing or restarting the session also ends what the user's code started.
      detached: this.group,
      windowsHide: true
    });
    this.req = this.child.stdio[REQ_FD];
    this.res = this.child.stdio[RES_FD];
    this.req.on("error", () => {
    });
    this.exitPromise = new Promise((resolve) => this.child.once("exit", () => resolve()));
    this.closed = new Promise((resolve) => this.child.once("close", () => resolve()));
    const wire = (index, stream, handler, tail2) => {
      if (!stream) return Promise.resolve();
      const splitter = handler ? new LineSplitter((line) => {
        try {
          handler(line);
        } catch (e) {
          this.handlerError ??= e;
        }
      }) : void 0;
      stream.on("data", (chunk) => {
        tail2?.push(chunk);
        splitter?.push(chunk);
        this.received[index] += chunk.length;
        if (this.waiter) this.checkWaiter();
      });
      return new Promise(
        (resolve) => stream.once("close", () => {
          splitter?.end();
          resolve(void 0);
        })
      );
    };
    this.outputEnded = Promise.all([
      wire(0, this.child.stdout, o.onStdout),
      wire(1, this.child.stderr, o.onStderr, this.stderrTail)
    ]).then(() => this.runWaiter());
    this.res.setEncoding("utf8");
    this.res.on("data", (chunk) => this.onData(chunk));
    this.ready = new Promise((resolve, reject) => {
      const timeoutMs = o.startTimeoutMs ?? 3e4;
      const timer = setTimeout(() => {
        this.kill();
        reject(this.startError(`did not start within ${timeoutMs} ms`));
      }, timeoutMs);
      this.readyResolve = (info2) => {
        clearTimeout(timer);
        this.info = info2;
        resolve(info2);
      };
      this.readyReject = (e) => {
        clearTimeout(timer);
        reject(e);
      };
    });
    this.ready.catch(() => {
    });
    this.child.once("error", (e) => this.readyReject?.(this.startError(e.message)));
    this.child.once("exit", (code, signal) => {
      this.exited = true;
      this.exitCode = code;
      this.exitSignal = signal;
      if (this.child.pid !== void 0) untrackChild(this.child.pid);
      void Promise.race([this.outputEnded, new Promise((r) => setTimeout(r, 250).unref())]).then(() => {
        this.runWaiter();
        if (!this.info)
          this.readyReject?.(this.startError(`exited (${this.exitDescription()}) before it was ready`));
        this.onExit(this);
      });
    });
    if (this.child.pid !== void 0) trackChild(this.child.pid, this.group);
  }
  python;
  onMessage;
  onExit;
  child;
  ready;
  info;
  exited = false;
  exitCode = null;
  exitSignal = null;
  /** Resolves when the interpreter exited (its children may still hold the output pipes). */
  exitPromise;
  /** Resolves when the output pipes closed too (every holder is gone). */
  closed;
  /** Handler errors (onStdout/onStderr threw) waiting to be reported on the current call. */
  handlerError;
  stderrTail = new BoundedCapture(0, 8192);
  req;
  res;
  group = process.platform !== "win32";
  buf = "";
  outputEnded;
  /** Bytes of stdout/stderr received (and handed to the line handlers) so far. */
  received = [0, 0];
  waiter;
  /**
   * Runs `fn` once the output the worker wrote before answering has reached the handlers: the
   * response and the output travel on different pipes, and either may be read first.
   */
  afterOutput(io, fn) {
    if (!io || this.received[0] >= io[0] && this.received[1] >= io[1]) return fn();
    const timer = setTimeout(() => this.runWaiter(), 2e3);
    this.waiter = { io, fn, timer };
  }
  checkWaiter() {
    const w = this.waiter;
    if (w && this.received[0] >= w.io[0] && this.received[1] >= w.io[1]) this.runWaiter();
  }
  /** Also when the output can no longer arrive (pipes closed, worker gone). */
  runWaiter() {
    const w = this.waiter;
    this.waiter = void 0;
    if (w) clearTimeout(w.timer);
    w?.fn();
  }
  readyResolve;
  readyReject;
  startError(why) {
    const tail2 = this.stderrText();
    return new PythonExecutionError(
      `Python session worker ${this.python} ${why}${tail2 ? `:
${tail2}` : "."}`,
      {
        requested: this.python,
        stderrTail: tail2,
        kind: "start",
        hint: "Check that the path is a working Python 3.8+ interpreter."
      }
    );
  }
  onData(chunk) {
    this.buf += chunk;
    let nl = this.buf.indexOf("\n");
    if (nl === -1) return;
    let start = 0;
    while (nl !== -1) {
      const line = this.buf.slice(start, nl);
      start = nl + 1;
      this.onLine(line);
      nl = this.buf.indexOf("\n", start);
    }
    this.buf = start === this.buf.length ? "" : this.buf.slice(start);
  }
  onLine(line) {
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      return;
    }
    if (msg.method === "ready" && msg.params) this.readyResolve?.(msg.params);
    else this.onMessage(msg, this);
  }
  send(line) {
    this.req.write(line);
  }
  /** SIGINT: the worker turns it into KeyboardInterrupt inside the running call only. */
  interrupt() {
    if (this.exited || this.child.pid === void 0 || process.platform === "win32") return false;
    try {
      process.kill(this.child.pid, "SIGINT");
      return true;
    } catch {
      return false;
    }
  }
  kill() {
    if (this.child.pid !== void 0)
      killTree(this.child.pid, { group: this.group, leaderExited: this.exited });
  }
  /** Stops reading output a process outside our reach still holds open (it left the group). */
  destroyStreams() {
    for (const s of this.child.stdio) s?.destroy();
  }
  /** EOF on the request pipe: the worker leaves its loop after the current call. */
  endInput() {
    this.req.end();
  }
  stderrText() {
    return tailLines(this.stderrTail.tail("utf8"));
  }
  exitDescription() {
    return this.exitSignal ? `signal ${this.exitSignal}` : `exit code ${this.exitCode}`;
  }
  /** An idle worker must not keep Node alive; a pending call must. */
  setRef(on) {
    const streams = [
      this.child.stdout,
      this.child.stderr,
      this.req,
      this.res
    ];
    for (const s of streams) {
      if (on) s?.ref?.();
      else s?.unref?.();
    }
    if (on) this.child.ref();
    else this.child.unref();
  }
};

// src/core/session/session.ts
function short(text2, max = 80) {
  const one = text2.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 3)}...` : one;
}
var PythonSession = class _PythonSession {
  constructor(pythonPath, o) {
    this.pythonPath = pythonPath;
    this.o = o;
  }
  pythonPath;
  o;
  worker;
  starting;
  queue = [];
  head = 0;
  current;
  nextId = 1;
  closed = false;
  closing;
  /** A worker that died while idle: reported to the next call, which would otherwise see fresh state silently. */
  crashed;
  /** How many times the worker was replaced (state lost each time). */
  restarts = 0;
  /** Starts the interpreter and resolves once it is ready for calls. */
  static async start(pythonPath, o = {}) {
    const s = new _PythonSession(pythonPath, o);
    await s.spawnWorker();
    return s;
  }
  /** pid, version and executable of the current worker. */
  get info() {
    return this.worker?.info;
  }
  get pid() {
    return this.worker?.info?.pid;
  }
  get isClosed() {
    return this.closed;
  }
  /** Runs statements in the session's globals. */
  async exec(code, o) {
    await this.request("exec", { code }, `exec(${short(code)})`, o);
  }
  /** Evaluates one expression and returns its value as JSON. */
  eval(expr, o) {
    return this.request("eval", { code: expr }, `eval(${short(expr)})`, o);
  }
  /**
   * Calls `module.func` (imported on demand: 'json.dumps', 'os.path.join'), a session global
   * ('myfunc', 'obj.method') or a builtin ('len').
   */
  call(target, args = [], kwargs = {}, o) {
    return this.request("call", { target, args, kwargs }, `call(${target})`, o);
  }
  /** `import module` (or `import module as alias`) into the session's globals. */
  import(module, o) {
    return this.request("import", { module, as: o?.as }, `import(${module})`, o);
  }
  /** Binds a JSON value to a global name. */
  async set(name, value, o) {
    await this.request("set", { name, value }, `set(${name})`, o);
  }
  /** Reads a global by name. */
  get(name, o) {
    return this.request("get", { name }, `get(${name})`, o);
  }
  /** A protocol round trip without user code (health check, benchmark baseline). */
  async ping(o) {
    await this.request("ping", {}, "ping()", o);
  }
  /** Ends the worker (and anything it started); pending calls are rejected. Idempotent. */
  close() {
    this.closing ??= this.shutdown();
    return this.closing;
  }
  error(message, details, hint) {
    return new PythonExecutionError(message, { requested: void 0, ...details, hint });
  }
  closedError(label) {
    return this.error(
      `${label}: the Python session is closed.`,
      { kind: "closed" },
      "Start a new PythonSession."
    );
  }
  request(method, params, label, o) {
    if (this.closed) return Promise.reject(this.closedError(label));
    const id = this.nextId++;
    let line;
    try {
      line = `{"jsonrpc":"2.0","id":${id},"method":"${method}","params":${JSON.stringify(params)}}
`;
    } catch (e) {
      return Promise.reject(
        this.error(`${label}: the arguments cannot be sent as JSON: ${e.message}`, {
          kind: "serialization"
        })
      );
    }
    const signal = o?.signal;
    if (signal?.aborted) return Promise.reject(this.abortError(label, signal));
    return new Promise((resolve, reject) => {
      const job = {
        id,
        line,
        label,
        timeoutMs: o?.timeoutMs ?? this.o.callTimeoutMs,
        signal,
        resolve,
        reject
      };
      if (signal) {
        job.onAbort = () => this.abortJob(job);
        signal.addEventListener("abort", job.onAbort, { once: true });
      }
      this.queue.push(job);
      if (!this.current) this.pump();
    });
  }
  abortError(label, signal) {
    return new PythonExecutionError(
      `${label} was aborted.`,
      { kind: "aborted", aborted: true, hint: "The AbortSignal passed to the call fired." },
      { cause: signal.reason }
    );
  }
  abortJob(job) {
    if (this.current === job) return this.interrupt(job, "abort");
    if (job.cancelled) return;
    job.cancelled = true;
    this.settle(job);
    job.reject(this.abortError(job.label, job.signal));
  }
  /** Sends the next queued call when the worker is idle; starts a worker when there is none. */
  pump() {
    while (!this.current && this.head < this.queue.length) {
      const w = this.worker;
      if (!w) {
        if (!this.starting && !this.closed) void this.spawnWorker().catch(() => {
        });
        return;
      }
      if (w.exited) return;
      const job = this.queue[this.head++];
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      if (job.cancelled) continue;
      if (this.crashed) {
        const e = this.crashed;
        this.crashed = void 0;
        this.settle(job);
        job.reject(e);
        continue;
      }
      this.current = job;
      w.handlerError = void 0;
      w.setRef(true);
      w.send(job.line);
      if (job.timeoutMs !== void 0 && job.timeoutMs >= 0) {
        job.timer = setTimeout(() => this.interrupt(job, "timeout"), job.timeoutMs);
      }
      return;
    }
    if (!this.current) this.worker?.setRef(false);
  }
  async spawnWorker() {
    const start = async () => {
      const w = new WorkerProcess(
        this.pythonPath,
        this.o,
        (msg, from) => this.onResponse(msg, from),
        (from) => this.onWorkerExit(from)
      );
      w.setRef(true);
      try {
        await w.ready;
      } catch (e) {
        w.kill();
        throw e;
      }
      this.worker = w;
    };
    this.starting = start();
    try {
      await this.starting;
    } catch (e) {
      for (const job of this.queue.splice(this.head)) {
        if (job.cancelled) continue;
        this.settle(job);
        job.reject(e);
      }
      this.head = 0;
      this.queue.length = 0;
      throw e;
    } finally {
      this.starting = void 0;
    }
    if (this.closed) {
      this.worker?.kill();
      return;
    }
    this.pump();
  }
  settle(job) {
    if (job.timer) clearTimeout(job.timer);
    if (job.repeat) clearInterval(job.repeat);
    if (job.grace) clearTimeout(job.grace);
    if (job.onAbort) job.signal?.removeEventListener("abort", job.onAbort);
  }
  onResponse(msg, from) {
    const job = this.current;
    if (!job || from !== this.worker || msg.id !== job.id) return;
    this.settle(job);
    from.afterOutput(msg.io, () => this.complete(job, msg, from));
  }
  complete(job, msg, from) {
    if (this.current !== job) return;
    this.current = void 0;
    const handlerError = from.handlerError;
    if (handlerError !== void 0) job.reject(handlerError);
    else if (msg.error) job.reject(this.callError(job, msg.error));
    else job.resolve(msg.result);
    this.pump();
  }
  callError(job, err) {
    const type = err.data?.type ?? "Error";
    const traceback = err.data?.traceback ?? "";
    const kind = err.data?.kind ?? "exception";
    if (job.interrupted === "close" && type === "KeyboardInterrupt") return this.closedError(job.label);
    if (job.interrupted && type === "KeyboardInterrupt") {
      const why = job.interrupted === "timeout" ? `timed out after ${job.timeoutMs} ms` : "was aborted";
      return new PythonExecutionError(
        `${job.label} ${why} and was interrupted (KeyboardInterrupt); the session and its state are kept.`,
        {
          type,
          message: err.message,
          traceback,
          kind: job.interrupted === "timeout" ? "timeout" : "aborted",
          timedOut: job.interrupted === "timeout",
          aborted: job.interrupted === "abort",
          stateLost: false,
          hint: "Anything the call changed before the interrupt stays changed."
        },
        job.interrupted === "abort" ? { cause: job.signal?.reason } : void 0
      );
    }
    const message = kind === "serialization" ? err.message : `${type}: ${err.message}`;
    return new PythonExecutionError(`${job.label} failed: ${message}`, {
      requested: job.label,
      type,
      message: err.message,
      traceback,
      kind,
      hint: kind === "serialization" ? "Only JSON values cross the session boundary." : "See the Python traceback."
    });
  }
  /** Timeout/abort: SIGINT (repeated), then after the grace period kill and replace the worker. */
  interrupt(job, reason) {
    const w = this.worker;
    if (this.current !== job || job.interrupted || !w) return;
    job.interrupted = reason;
    const graceMs = this.o.interruptGraceMs ?? 2e3;
    if (w.interrupt()) {
      job.repeat = setInterval(() => w.interrupt(), 200);
      job.grace = setTimeout(() => this.replaceStuckWorker(job, w), graceMs);
    } else {
      this.replaceStuckWorker(job, w);
    }
  }
  replaceStuckWorker(job, w) {
    if (this.current !== job || this.worker !== w) return;
    this.worker = void 0;
    this.current = void 0;
    this.settle(job);
    w.kill();
    const why = job.interrupted === "timeout" ? `timed out after ${job.timeoutMs} ms` : "was aborted";
    const graceMs = this.o.interruptGraceMs ?? 2e3;
    job.reject(
      new PythonExecutionError(
        `${job.label} ${why} and did not stop within ${graceMs} ms of an interrupt; the worker was killed and restarted: all session state (variables, imports) was lost.`,
        {
          requested: job.label,
          kind: job.interrupted === "timeout" ? "timeout" : "aborted",
          timedOut: job.interrupted === "timeout",
          aborted: job.interrupted === "abort",
          stateLost: true,
          hint: "Re-run the setup code of the session; code that ignores KeyboardInterrupt cannot be interrupted."
        }
      )
    );
    this.noteRestart(`${job.label} ${why} and ignored the interrupt`);
  }
  noteRestart(reason) {
    if (this.closed) return;
    this.restarts++;
    try {
      this.o.onRestart?.(reason);
    } catch {
    }
    if (!this.starting) void this.spawnWorker().catch(() => {
    });
  }
  onWorkerExit(w) {
    if (this.worker !== w) return;
    this.worker = void 0;
    w.kill();
    if (this.closed) return;
    const tail2 = w.stderrText();
    const err = new PythonExecutionError(
      `The Python session worker exited (${w.exitDescription()}); all session state was lost and a new worker is started.${tail2 ? `
${tail2}` : ""}`,
      {
        requested: this.current?.label,
        kind: "crash",
        processExitCode: w.exitCode,
        signal: w.exitSignal,
        stderrTail: tail2,
        stateLost: true,
        outOfMemory: /MemoryError|Cannot allocate memory/.test(tail2),
        hint: "Something ended the interpreter (os._exit, a crash in native code, an external kill)."
      }
    );
    const job = this.current;
    if (job) {
      this.current = void 0;
      this.settle(job);
      job.reject(err);
    } else {
      this.crashed = err;
    }
    this.noteRestart(err.message.split("\n")[0]);
  }
  async shutdown() {
    this.closed = true;
    for (const job2 of this.queue.splice(this.head)) {
      if (job2.cancelled) continue;
      this.settle(job2);
      job2.reject(this.closedError(job2.label));
    }
    this.queue.length = 0;
    this.head = 0;
    if (this.starting) await this.starting.catch(() => {
    });
    const w = this.worker;
    const job = this.current;
    if (w) {
      w.setRef(true);
      if (job) {
        job.interrupted = "close";
        w.interrupt();
        job.repeat ??= setInterval(() => w.interrupt(), 200);
      }
      w.endInput();
      const graceMs = this.o.interruptGraceMs ?? 2e3;
      let timer;
      const stopped = await Promise.race([
        w.exitPromise.then(() => true),
        new Promise((r) => timer = setTimeout(() => r(false), graceMs))
      ]);
      clearTimeout(timer);
      w.kill();
      if (!stopped) await w.exitPromise;
      let closeTimer;
      const closed = await Promise.race([
        w.closed.then(() => true),
        new Promise((r) => closeTimer = setTimeout(() => r(false), 1e3))
      ]);
      clearTimeout(closeTimer);
      if (!closed) w.destroyStreams();
    }
    if (job && this.current === job) {
      this.current = void 0;
      this.settle(job);
      job.reject(this.closedError(job.label));
    }
  }
};

// src/core/uv/uv.ts
var STRIPPED_ENV = [
  "VIRTUAL_ENV",
  "UV_PYTHON",
  "UV_PROJECT_ENVIRONMENT",
  "CONDA_PREFIX",
  "PYTHONHOME",
  "UV_SYSTEM_PYTHON"
];
var Uv = class _Uv {
  path;
  options;
  logger;
  cachedVersion;
  constructor(options) {
    if (!options.path)
      throw new UvNotFoundError("No uv executable given.", { hint: "Call ensureUv() first." });
    for (const url of [options.indexUrl, ...options.extraIndexUrls ?? []]) if (url) checkIndexUrl(url);
    this.path = options.path;
    this.options = { ...options };
    this.logger = options.logger ?? silentLogger;
  }
  /** A copy with some settings changed (e.g. a per-call index). */
  with(changes) {
    const u = new _Uv({ ...this.options, ...changes });
    u.cachedVersion = this.cachedVersion;
    return u;
  }
  /** The environment uv runs with. */
  env(extra = {}) {
    const env = { ...process.env };
    for (const k of STRIPPED_ENV) delete env[k];
    if (this.options.proxy) {
      env.HTTPS_PROXY = env.https_proxy = this.options.proxy;
      env.HTTP_PROXY = env.http_proxy = this.options.proxy;
    }
    if (this.options.noProxy) env.NO_PROXY = env.no_proxy = this.options.noProxy;
    Object.assign(env, this.options.env, extra);
    env.UV_PYTHON_DOWNLOADS = "never";
    env.UV_NO_PROGRESS = "1";
    if (this.options.cacheDir) env.UV_CACHE_DIR = this.options.cacheDir;
    if (!this.options.useUserConfig) env.UV_NO_CONFIG = "1";
    else delete env.UV_NO_CONFIG;
    if (this.options.offline) env.UV_OFFLINE = "1";
    for (const k of Object.keys(env)) if (env[k] === void 0) delete env[k];
    return env;
  }
  /** `--default-index` / `--index` / `--allow-insecure-host` for commands that resolve packages. */
  indexArgs(override = {}) {
    const indexUrl = override.indexUrl ?? this.options.indexUrl;
    const extras = override.extraIndexUrls ?? this.options.extraIndexUrls ?? [];
    const trusted = override.trustedHosts ?? this.options.trustedHosts ?? [];
    const args = [];
    if (indexUrl) args.push(`--default-index=${checkIndexUrl(indexUrl)}`);
    for (const url of extras) args.push(`--index=${checkIndexUrl(url)}`);
    for (const host2 of trusted) args.push(`--allow-insecure-host=${checkHost(host2)}`);
    return args;
  }
  /** Runs uv; a non-zero exit is returned, not thrown. */
  async run(args, o = {}) {
    this.logger.debug(`uv ${args.join(" ")}`);
    let r;
    try {
      r = await spawnCapture(this.path, args, {
        cwd: o.cwd,
        env: this.env(o.env),
        signal: o.signal,
        timeoutMs: o.timeoutMs,
        onStderr: o.onOutput
      });
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "EACCES") {
        throw new UvNotFoundError(`uv could not be started at ${this.path} (${code}).`, {
          requested: this.path,
          hint: "Run ensureUv() again or pass a working uvPath."
        });
      }
      throw e;
    }
    return { ...r, args };
  }
  /** The cache directory uv uses with this environment (`uv cache dir`). */
  async cacheDir(o = {}) {
    const r = await this.run(["cache", "dir"], o);
    if (r.exitCode !== 0)
      throw new UvNotFoundError(`uv cache dir failed: ${r.stderr.trim()}`, { requested: this.path });
    return r.stdout.trim();
  }
  /**
   * Removes unused cache entries (`uv cache prune`); `ci: true` also drops pre-built wheels that are cheap to
   * download again, which is what to persist between CI runs (setup-uv does the same in its post step).
   */
  async pruneCache(o = {}) {
    return this.run(["cache", "prune", ...o.ci ? ["--ci"] : []], o);
  }
  /** uv's version: `uv self version --output-format json` (uv >= 0.7), else parsed from `uv --version`. */
  async version(o = {}) {
    if (this.cachedVersion) return this.cachedVersion;
    this.cachedVersion = await probeUvVersion(this.path, o.signal);
    return this.cachedVersion;
  }
};
async function probeUvVersion(path28, signal) {
  let r;
  try {
    r = await spawnCapture(path28, ["self", "version", "--output-format", "json"], {
      signal,
      timeoutMs: 3e4
    });
  } catch (e) {
    throw new UvNotFoundError(`uv could not be started at ${path28}: ${e.message}`, {
      requested: path28,
      hint: "Check the path, or let python-embedded install its pinned uv."
    });
  }
  if (r.exitCode === 0) {
    try {
      const v = JSON.parse(r.stdout).version;
      if (typeof v === "string" && v) return v;
    } catch {
    }
  }
  const t = await spawnCapture(path28, ["--version"], { signal, timeoutMs: 3e4 });
  const m = /^uv\s+(\S+)/m.exec(t.stdout);
  if (t.exitCode !== 0 || !m) {
    throw new UvNotFoundError(
      `${path28} does not look like uv (\`--version\` printed ${JSON.stringify(t.stdout.trim())}).`,
      {
        requested: path28
      }
    );
  }
  return m[1];
}
function checkIndexUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    u = void 0;
  }
  if (!u || !["http:", "https:", "file:"].includes(u.protocol) || /\s/.test(url)) {
    throw new ConfigurationError(`Not a package index URL: ${JSON.stringify(url)}.`, {
      requested: url,
      hint: "Use an absolute http(s):// or file:// URL, e.g. https://pypi.org/simple/."
    });
  }
  return url;
}
function checkHost(host2) {
  if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(host2) || host2.startsWith("-")) {
    throw new ConfigurationError(`Not a host name: ${JSON.stringify(host2)}.`, { requested: host2 });
  }
  return host2;
}

// src/core/packages/spec.ts
var NAME = String.raw`[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?`;
var VERSION = String.raw`[A-Za-z0-9_.*+!]+(?:-[A-Za-z0-9_.*+!]+)*`;
var ONE = String.raw`(?:~=|===|==|!=|<=|>=|<|>)\s*${VERSION}`;
var SPECS = String.raw`${ONE}(?:\s*,\s*${ONE})*`;
var NAME_RE = new RegExp(`^${NAME}$`);
var VERSION_RE = new RegExp(`^${VERSION}$`);
var REQ_RE = new RegExp(
  String.raw`^(${NAME})\s*(?:\[\s*(${NAME}(?:\s*,\s*${NAME})*)?\s*\])?\s*` + String.raw`(?:(\(\s*${SPECS}\s*\)|${SPECS})|@\s*(\S+))?\s*(?:;\s*(.+))?$`
);
var MARKER_RE = /^[A-Za-z0-9_.\s'"<>=!~(),*+-]+$/;
var URL_SCHEMES = /^(?:https?|file|git\+https?|git\+ssh|git\+file|hg\+https?|svn\+https?|bzr\+https?):\/\//i;
function normalizePackageName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function refuse(spec, why) {
  throw new InvalidPackageSpecificationError(
    `Invalid package specification ${JSON.stringify(spec)}: ${why}.`,
    {
      requested: spec,
      hint: 'Use a PEP 508 requirement such as "requests", "requests==2.31.0", "pkg[extra]>=1,<2" or "pkg @ https://...".'
    }
  );
}
function parsePackageSpec(spec) {
  if (typeof spec !== "string") refuse(String(spec), "not a string");
  const s = spec.trim();
  if (!s) refuse(spec, "it is empty");
  if (s.startsWith("-")) refuse(spec, 'it starts with "-" and would be read as a command-line option');
  if (/[\x00-\x1f\x7f]/.test(s)) refuse(spec, "it contains control characters");
  if (/(^|\s)--?[A-Za-z]/.test(s)) refuse(spec, "it contains a command-line option");
  const m = REQ_RE.exec(s);
  if (!m) refuse(spec, "it is not a PEP 508 requirement");
  const [, name, extras, specifier, url, marker] = m;
  if (url !== void 0 && !URL_SCHEMES.test(url))
    refuse(spec, `the direct reference ${JSON.stringify(url)} is not a URL`);
  if (marker !== void 0 && (!MARKER_RE.test(marker) || !/[<>=!~]|\bin\b/.test(marker))) {
    refuse(spec, `the environment marker ${JSON.stringify(marker)} is malformed`);
  }
  return {
    name,
    normalizedName: normalizePackageName(name),
    extras: extras ? extras.split(",").map((e) => e.trim()) : [],
    specifier: (specifier ?? "").replace(/^\(\s*|\s*\)$/g, "").replace(/\s+/g, ""),
    url,
    marker: marker?.trim()
  };
}
function isValidPackageSpec(spec) {
  try {
    parsePackageSpec(spec);
    return true;
  } catch {
    return false;
  }
}
function validatePackageName(name) {
  if (typeof name !== "string" || !NAME_RE.test(name.trim())) {
    throw new InvalidPackageSpecificationError(`Invalid package name ${JSON.stringify(name)}.`, {
      requested: String(name),
      hint: 'A package name is letters, digits, ".", "_" and "-", starting and ending with a letter or digit.'
    });
  }
  return name.trim();
}
function validateVersion(version2) {
  if (typeof version2 !== "string" || !VERSION_RE.test(version2.trim())) {
    throw new InvalidPackageSpecificationError(`Invalid version ${JSON.stringify(version2)}.`, {
      requested: String(version2),
      hint: "Give one version such as 1.2.3."
    });
  }
  return version2.trim();
}
function validateExtraName(kind, name) {
  if (typeof name !== "string" || !NAME_RE.test(name.trim())) {
    throw new InvalidPackageSpecificationError(`Invalid ${kind} name ${JSON.stringify(name)}.`, {
      requested: String(name)
    });
  }
  return name.trim();
}

// src/core/packages/pypi.ts
var DEFAULT_PYPI_JSON_URL = "https://pypi.org/pypi";
var DEFAULT_SIMPLE_INDEX_URL = "https://pypi.org/simple/";
function trimBase(u) {
  return u.replace(/\/+$/, "");
}
async function getText(url, o, accept) {
  try {
    if (!o.fetch) {
      return await fetchText(url, {
        headers: { accept, "user-agent": "python-embedded" },
        signal: o.signal,
        timeoutMs: o.timeoutMs ?? 3e4
      });
    }
    const signals = [AbortSignal.timeout(o.timeoutMs ?? 3e4), ...o.signal ? [o.signal] : []];
    const res = await o.fetch(url, {
      headers: { accept, "user-agent": "python-embedded" },
      signal: AbortSignal.any(signals)
    });
    if (res.status === 404) return void 0;
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.text();
  } catch (e) {
    throw new DownloadError(
      `Could not get ${url}: ${e.message}`,
      { requested: url },
      { cause: e }
    );
  }
}
async function getPackageMetadata(name, version2, o = {}) {
  const n = encodeURIComponent(normalizePackageName(validatePackageName(name)));
  const base = trimBase(o.jsonUrl ?? DEFAULT_PYPI_JSON_URL);
  const url = version2 ? `${base}/${n}/${encodeURIComponent(validateVersion(version2))}/json` : `${base}/${n}/json`;
  const text2 = await getText(url, o, "application/json");
  if (text2 === void 0) return void 0;
  const doc = JSON.parse(text2);
  const info2 = doc.info ?? {};
  const str = (k) => typeof info2[k] === "string" && info2[k] ? info2[k] : void 0;
  const releases = Object.entries(doc.releases ?? {}).filter(([, files]) => !Array.isArray(files) || files.length > 0).map(([v]) => v).sort(comparePep440);
  const projectUrls = info2.project_urls && typeof info2.project_urls === "object" ? info2.project_urls : {};
  return {
    name: str("name") ?? name,
    version: str("version") ?? version2 ?? "",
    summary: str("summary"),
    description: str("description"),
    author: str("author"),
    authorEmail: str("author_email"),
    homePage: str("home_page") ?? projectUrls.Homepage ?? projectUrls.homepage,
    license: str("license"),
    requiresPython: str("requires_python"),
    requiresDist: Array.isArray(info2.requires_dist) ? info2.requires_dist : [],
    releases,
    projectUrls
  };
}
async function searchPyPI(query, o = {}) {
  const words = query.trim().split(/\s+/).filter(Boolean).map((w) => normalizePackageName(w));
  if (!words.length) return [];
  const limit = o.limit ?? 20;
  const whole = normalizePackageName(query.trim().replace(/\s+/g, "-"));
  let names = [];
  try {
    names = await listProjects(o);
  } catch {
    names = [];
  }
  const hits = /* @__PURE__ */ new Map();
  for (const raw of names) {
    const n = normalizePackageName(raw);
    if (!words.every((w) => n.includes(w))) continue;
    const rank = n === whole ? 0 : n.startsWith(whole) ? 1 : n.startsWith(words[0]) ? 2 : 3;
    if (!hits.has(n) || hits.get(n) > rank) hits.set(n, rank);
  }
  if (/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(whole) && !hits.has(whole)) hits.set(whole, 0);
  const ranked = [...hits.entries()].sort(
    (a, b) => a[1] - b[1] || a[0].length - b[0].length || a[0].localeCompare(b[0])
  );
  const out = [];
  for (let i = 0; i < ranked.length && out.length < limit; i += 4) {
    const batch = ranked.slice(i, i + 4).map(([n]) => getPackageMetadata(n, void 0, o).catch(() => void 0));
    for (const meta of await Promise.all(batch)) {
      if (meta && out.length < limit)
        out.push({ name: meta.name, version: meta.version, summary: meta.summary });
    }
  }
  return out;
}
var projectListCache = /* @__PURE__ */ new Map();
var PROJECT_LIST_TTL_MS = 10 * 6e4;
async function listProjects(o = {}) {
  const url = trimBase(o.simpleUrl ?? DEFAULT_SIMPLE_INDEX_URL) + "/";
  const hit = projectListCache.get(url);
  if (hit && Date.now() - hit.at < PROJECT_LIST_TTL_MS && !o.fetch) return hit.names;
  const names = fetchProjects(url, o);
  if (!o.fetch) projectListCache.set(url, { at: Date.now(), names });
  names.catch(() => projectListCache.delete(url));
  return names;
}
async function fetchProjects(url, o) {
  const body = await getText(url, o, "application/vnd.pypi.simple.v1+json, text/html;q=0.1");
  if (body === void 0) return [];
  if (body.trimStart().startsWith("{")) {
    const doc = JSON.parse(body);
    return (doc.projects ?? []).map((p) => p.name ?? "").filter(Boolean);
  }
  const names = [];
  for (const m of body.matchAll(/<a\b[^>]*>([^<]+)<\/a>/gi)) names.push(m[1].trim());
  return names;
}
function comparePep440(a, b) {
  const pa = parsePep440(a);
  const pb = parsePep440(b);
  if (!pa || !pb) return a.localeCompare(b);
  for (let i = 0; i < Math.max(pa.release.length, pb.release.length); i++) {
    const d = (pa.release[i] ?? 0) - (pb.release[i] ?? 0);
    if (d) return d;
  }
  for (const k of ["phase", "pre", "post", "dev"]) {
    const d = pa[k] - pb[k];
    if (d) return d;
  }
  return 0;
}
function parsePep440(v) {
  const m = /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\d*))?(?:[-_.]?(?:post|rev|r)[-_.]?(\d*))?(?:[-_.]?dev[-_.]?(\d*))?(?:\+.*)?$/i.exec(
    v.trim()
  );
  if (!m) return void 0;
  const phaseOf = { a: 1, alpha: 1, b: 2, beta: 2, c: 3, rc: 3, pre: 3, preview: 3 };
  const hasPre = m[2] !== void 0;
  const hasPost = m[4] !== void 0;
  const hasDev = m[5] !== void 0;
  return {
    release: m[1].split(".").map(Number),
    // a bare .devN sorts before any pre-release of the same release
    phase: hasPre ? phaseOf[m[2].toLowerCase()] : hasDev && !hasPost ? 0 : 4,
    pre: hasPre ? Number(m[3] || 0) : 0,
    post: hasPost ? Number(m[4] || 0) + 1 : 0,
    dev: hasDev ? Number(m[5] || 0) : Number.MAX_SAFE_INTEGER
  };
}

// src/core/packages/runtime.ts
var PYTHON_INFO = `import json, sys, platform
print(json.dumps({"version": platform.python_version(), "versionInfo": list(sys.version_info),
  "executable": sys.executable, "prefix": sys.prefix, "basePrefix": sys.base_prefix,
  "implementation": sys.implementation.name, "platform": sys.platform, "sysVersion": sys.version}))`;
var PythonRuntime = class {
  pythonPath;
  uv;
  logger;
  index;
  proxy;
  pypiJsonUrl;
  searchIndexUrl;
  fetchImpl;
  constructor(o) {
    this.pythonPath = o.pythonPath;
    this.uv = o.uv;
    this.logger = o.logger ?? silentLogger;
    this.index = { indexUrl: o.indexUrl, extraIndexUrls: o.extraIndexUrls, trustedHosts: o.trustedHosts };
    for (const u of [o.indexUrl, ...o.extraIndexUrls ?? []]) if (u) checkIndexUrl(u);
    this.pypiJsonUrl = o.pypiJsonUrl ?? DEFAULT_PYPI_JSON_URL;
    this.searchIndexUrl = o.searchIndexUrl;
    this.fetchImpl = o.fetch;
  }
  /** The reference's static validator, kept as a static for discoverability. */
  static isValidPackageSpec(spec) {
    return isValidPackageSpec(spec);
  }
  // ---------------------------------------------------------------- execution (src/core/exec, src/core/session)
  /** Runs Python code (`python -c`): the reference's ExecuteCommand. Handlers, cwd, env, timeout, memory limit via `o`. */
  executeCommand(code, o = {}) {
    return runScript(this.pythonPath, { code }, [], this.execOptions(o));
  }
  /** Runs a script file with arguments: the reference's ExecuteScript. */
  executeScript(scriptPath, args = [], o = {}) {
    return runScript(this.pythonPath, { path: path5.resolve(scriptPath) }, args, this.execOptions(o));
  }
  /** Runs this interpreter with raw arguments (`-m module ...`, `-X ...`). */
  run(args, o = {}) {
    return runPython(this.pythonPath, args, this.execOptions(o));
  }
  /** A persistent interpreter on this runtime (state kept between calls; the reference's in-process mode). */
  startSession(o = {}) {
    return PythonSession.start(this.pythonPath, o);
  }
  /** Hook for VirtualEnvironment to add its activation variables. */
  execOptions(o) {
    return o;
  }
  // ---------------------------------------------------------------- install / uninstall
  /** Installs one spec or several (one uv call). Throws PackageInstallationError with uv's message. */
  async install(spec, o = {}) {
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) => parsePackageSpec(s) && s.trim());
    if (!specs.length)
      throw new PackageInstallationError("Nothing to install: no package given.", { requested: "" });
    const r = await this.pip(["install", ...await this.installFlags(o), "--", ...specs], o);
    if (r.exitCode !== 0) throw this.installError(specs.join(" "), r);
    return toResult(r);
  }
  /** `uv pip install -r <file>`; a bad file or an unresolvable line is a RequirementsFileError. */
  async installRequirements(file, o = {}) {
    const abs = path5.resolve(file);
    if (!await isFile(abs)) {
      throw new RequirementsFileError(`Requirements file not found: ${abs}.`, {
        requested: abs,
        packageSpecification: abs
      });
    }
    const r = await this.pip(["install", ...await this.installFlags(o), `--requirements=${abs}`], o);
    if (r.exitCode !== 0) {
      const msg = uvErrorText(r.stderr, r.stdout);
      throw new RequirementsFileError(`Installing ${abs} failed: ${msg}`, {
        requested: abs,
        packageSpecification: abs,
        installationOutput: r.stderr,
        exitCode: r.exitCode,
        hint: "Fix the reported line of the requirements file; nothing was installed."
      });
    }
    return toResult(r);
  }
  /**
   * Installs a project from its directory (or its pyproject.toml): `uv pip install [-e] <dir>[extras]`,
   * plus `--group <dir>/pyproject.toml:<group>` for each dependency group.
   */
  async installPyproject(projectPath, o = {}) {
    const p = await this.pyprojectArgs(projectPath, o);
    const r = await this.pip(
      ["install", ...await this.installFlags(o), ...p.options, "--", ...p.positional],
      {
        ...o,
        cwd: p.dir
      }
    );
    if (r.exitCode !== 0) throw this.installError(p.target, r);
    return toResult(r);
  }
  /**
   * Everything a setup asks for in ONE resolution: requirements files, constraints, a project (editable,
   * extras, groups) and extra specs. Relative paths are taken from `cwd`. A failure names the requirements
   * file when uv blames one (RequirementsFileError), else PackageInstallationError.
   */
  async installPlan(plan, o = {}) {
    const cwd = path5.resolve(o.cwd ?? process.cwd());
    const specs = (plan.packages ?? []).map((s) => parsePackageSpec(s) && s.trim());
    const files = [];
    for (const f of plan.requirements ?? []) {
      const abs = path5.resolve(cwd, f);
      if (!await isFile(abs))
        throw new RequirementsFileError(`Requirements file not found: ${abs}.`, { requested: abs });
      files.push(abs);
    }
    const constraints = [...[o.constraints ?? []].flat(), ...plan.constraints ?? []].map(
      (c) => path5.resolve(cwd, c)
    );
    const project = plan.pyproject ? await this.pyprojectArgs(path5.resolve(cwd, plan.pyproject), plan) : void 0;
    if (!files.length && !specs.length && !project) {
      throw new PackageInstallationError(
        "Nothing to install: no requirements, project or package given.",
        {}
      );
    }
    const args = ["install", ...await this.installFlags({ ...o, constraints })];
    for (const f of files) args.push(`--requirements=${f}`);
    if (project) args.push(...project.options);
    args.push("--", ...project?.positional ?? [], ...specs);
    const r = await this.pip(args, { ...o, cwd });
    if (r.exitCode === 0) return toResult(r);
    const text2 = uvErrorText(r.stderr, r.stdout);
    const blamed = files.find((f) => text2.includes(f) || text2.includes(path5.relative(cwd, f)));
    if (blamed) {
      throw new RequirementsFileError(`Installing ${blamed} failed: ${text2}`, {
        requested: blamed,
        packageSpecification: blamed,
        installationOutput: r.stderr,
        exitCode: r.exitCode,
        hint: "Fix the reported line of the requirements file; nothing was installed."
      });
    }
    throw this.installError([...files, ...project ? [project.target] : [], ...specs].join(" "), r);
  }
  /** uv arguments for a project install; options first, positional (after `--`) separately. */
  async pyprojectArgs(projectPath, o) {
    let dir2 = path5.resolve(projectPath);
    if (await isFile(dir2)) dir2 = path5.dirname(dir2);
    const pyproject = path5.join(dir2, "pyproject.toml");
    const hasPyproject = await isFile(pyproject);
    if (!hasPyproject && !await isFile(path5.join(dir2, "setup.py")) && !await isFile(path5.join(dir2, "setup.cfg"))) {
      throw new PackageInstallationError(`No pyproject.toml (or setup.py) in ${dir2}.`, {
        requested: projectPath,
        hint: "Point at the project directory or its pyproject.toml."
      });
    }
    const extras = (o.extras ?? []).map((e) => validateExtraName("extra", e));
    const groups = (o.groups ?? []).map((g) => validateExtraName("group", g));
    if (groups.length && !hasPyproject) {
      throw new PackageInstallationError("Dependency groups need a pyproject.toml.", {
        requested: groups.join(",")
      });
    }
    const target = `${dir2}${extras.length ? `[${extras.join(",")}]` : ""}`;
    const options = [];
    if (o.allExtras) options.push(`--requirements=${pyproject}`, "--all-extras");
    for (const g of groups) options.push(`--group=${pyproject}:${g}`);
    if (o.editable) options.push(`--editable=${target}`);
    return { dir: dir2, target, options, positional: o.editable ? [] : [target] };
  }
  /** Uninstalls one or more packages; with `removeDependencies`, also their now-unneeded dependencies. */
  async uninstall(name, o = {}) {
    let names = (Array.isArray(name) ? name : [name]).map(validatePackageName);
    if (o.removeDependencies) names = await this.withOrphanedDependencies(names, o);
    const r = await this.pip(["uninstall", "--", ...names], o);
    if (r.exitCode !== 0) {
      throw new PackageInstallationError(
        `Uninstalling ${names.join(", ")} failed: ${uvErrorText(r.stderr, r.stdout)}`,
        {
          requested: names.join(" "),
          packageSpecification: names.join(" "),
          installationOutput: r.stderr,
          exitCode: r.exitCode
        }
      );
    }
    return toResult(r);
  }
  /** The packages `names` depend on (transitively) that no remaining package requires. */
  async withOrphanedDependencies(names, o) {
    const installed = await this.list(o);
    if (!installed.length) return names;
    const show = await this.pip(["show", "--", ...installed.map((p) => p.name)], o);
    const graph = new Map(parsePipShow(show.stdout).map((d) => [normalizePackageName(d.name), d]));
    const removing = new Set(names.map(normalizePackageName));
    for (let changed = true; changed; ) {
      changed = false;
      for (const n of [...removing]) {
        for (const dep of graph.get(n)?.requires ?? []) {
          const d = normalizePackageName(dep);
          if (removing.has(d) || !graph.has(d)) continue;
          const stillNeeded = (graph.get(d)?.requiredBy ?? []).some(
            (p) => !removing.has(normalizePackageName(p))
          );
          if (!stillNeeded) {
            removing.add(d);
            changed = true;
          }
        }
      }
    }
    return [...removing].map((n) => graph.get(n)?.name ?? n);
  }
  // ---------------------------------------------------------------- queries
  /** Installed packages (`uv pip list --format json`); `details` adds location and summary per package. */
  async list(o = {}) {
    const r = await this.pip(["list", "--format=json"], o);
    if (r.exitCode !== 0) throw this.queryError("list packages", r);
    const pkgs = parsePipListJson(r.stdout);
    if (!o.details || !pkgs.length) return pkgs;
    const meta = await this.distributionSummaries(o);
    return pkgs.map((p) => ({ ...p, ...meta.get(normalizePackageName(p.name)) }));
  }
  /** Version if installed, else undefined. */
  async getVersion(name, o = {}) {
    const n = normalizePackageName(validatePackageName(name));
    return (await this.list(o)).find((p) => normalizePackageName(p.name) === n)?.version;
  }
  async isInstalled(name, o = {}) {
    return await this.getVersion(name, o) !== void 0;
  }
  /** `uv pip show <name>`; undefined when not installed. */
  async info(name, o = {}) {
    const n = validatePackageName(name);
    const r = await this.pip(["show", "--", n], o);
    const found = parsePipShow(r.stdout).find(
      (d) => normalizePackageName(d.name) === normalizePackageName(n)
    );
    if (!found) return void 0;
    const summary2 = (await this.distributionSummaries(o)).get(normalizePackageName(n))?.summary;
    return summary2 ? { ...found, summary: summary2 } : found;
  }
  /** Packages with a newer version on the index (`uv pip list --outdated --format json`). */
  async outdated(o = {}) {
    const r = await this.pip(["list", "--outdated", "--format=json", ...this.indexArgs(o)], o);
    if (r.exitCode !== 0) throw this.queryError("list outdated packages", r);
    return parseOutdatedJson(r.stdout);
  }
  /** Upgrades every outdated (non-editable) package in one resolution. */
  async upgradeAll(o = {}) {
    const editable = new Set(
      (await this.list(o)).filter((p) => p.editableProjectLocation).map((p) => normalizePackageName(p.name))
    );
    const stale = (await this.outdated(o)).filter((p) => !editable.has(normalizePackageName(p.name)));
    if (!stale.length) return { upgraded: [] };
    const result = await this.install(
      stale.map((p) => p.name),
      { ...o, upgrade: true }
    );
    return { upgraded: stale, result };
  }
  /** Installs exactly `version` of `name` (down or up); verifies the result. */
  async downgrade(name, version2, o = {}) {
    const n = validatePackageName(name);
    const v = validateVersion(version2);
    const result = await this.install(`${n}==${v}`, o);
    const now = await this.getVersion(n, o);
    if (now !== v) {
      throw new PackageInstallationError(`${n} is at ${now ?? "nothing"} after installing ${n}==${v}.`, {
        requested: `${n}==${v}`,
        available: now ? [now] : []
      });
    }
    return result;
  }
  // ---------------------------------------------------------------- batches
  /**
   * Installs many specs in one uv call. If that call fails, each valid spec is retried alone so every
   * entry says whether it installed and, if not, uv's reason. Invalid specs never reach uv.
   */
  async batchInstall(specs, o = {}) {
    return this.batch(
      specs,
      (s) => parsePackageSpec(s) && s.trim(),
      (list3) => this.install(list3, o)
    );
  }
  /** Uninstalls many packages in one uv call, with per-package results when it fails. */
  async batchUninstall(names, o = {}) {
    return this.batch(names, validatePackageName, (list3) => this.uninstall(list3, o));
  }
  async batch(items, check, run2) {
    const out = {};
    const valid2 = [];
    for (const item of items) {
      try {
        valid2.push(check(item));
      } catch (e) {
        out[item] = { ok: false, error: e.message };
      }
    }
    if (!valid2.length) return out;
    try {
      const result = await run2(valid2);
      for (const v of valid2) out[v] = { ok: true, result };
      return out;
    } catch (e) {
      if (valid2.length === 1) {
        out[valid2[0]] = { ok: false, error: e.message, result: outputOf(e) };
        return out;
      }
      this.logger.info(`Batch of ${valid2.length} failed; retrying each one to find which.`);
    }
    for (const v of valid2) {
      try {
        out[v] = { ok: true, result: await run2([v]) };
      } catch (e) {
        out[v] = { ok: false, error: e.message, result: outputOf(e) };
      }
    }
    return out;
  }
  // ---------------------------------------------------------------- freeze / export
  /** `uv pip freeze` text (exact pins). */
  async freeze(o = {}) {
    const r = await this.pip(["freeze", ...o.excludeEditable ? ["--exclude-editable"] : []], o);
    if (r.exitCode !== 0) throw this.queryError("freeze packages", r);
    return r.stdout;
  }
  /**
   * Writes a requirements file. `pin: 'exact'` (default) is `uv pip freeze`; `'minimum'` writes `name>=version`,
   * `'compatible'` writes `name~=version` (editable installs are left out of those two: they have no index version).
   */
  async exportRequirements(outputPath, o = {}) {
    const abs = path5.resolve(outputPath);
    let text2;
    if (!o.pin || o.pin === "exact") text2 = await this.freeze(o);
    else {
      const op = o.pin === "minimum" ? ">=" : "~=";
      const pkgs = (await this.list(o)).filter((p) => !p.editableProjectLocation);
      text2 = pkgs.map((p) => `${p.name}${op}${p.version}
`).join("");
    }
    await fs4.mkdir(path5.dirname(abs), { recursive: true });
    await fs4.writeFile(abs, text2);
    return abs;
  }
  // ---------------------------------------------------------------- configuration
  /** Where packages come from, as uv will see it: options first, then uv's own environment variables. */
  pipConfig() {
    const env = this.uv.env();
    const sources = {};
    const pick = (key, fromOptions, fromEnv) => {
      sources[key] = fromOptions !== void 0 ? "options" : fromEnv !== void 0 ? "env" : "default";
      return fromOptions ?? fromEnv;
    };
    const split = (s) => s ? s.split(/\s+/).filter(Boolean) : void 0;
    const uvOpts = this.uv.options;
    const optExtras = this.index.extraIndexUrls ?? uvOpts.extraIndexUrls;
    const optTrusted = this.index.trustedHosts ?? uvOpts.trustedHosts;
    return {
      indexUrl: pick(
        "indexUrl",
        this.index.indexUrl ?? uvOpts.indexUrl,
        env.UV_DEFAULT_INDEX ?? env.UV_INDEX_URL
      ),
      extraIndexUrls: pick("extraIndexUrls", optExtras, split(env.UV_INDEX ?? env.UV_EXTRA_INDEX_URL)) ?? [],
      trustedHosts: pick("trustedHosts", optTrusted, split(env.UV_INSECURE_HOST)) ?? [],
      proxy: pick(
        "proxy",
        this.proxy?.url ?? uvOpts.proxy,
        env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY
      ),
      noProxy: pick("noProxy", this.proxy?.noProxy ?? uvOpts.noProxy, env.NO_PROXY ?? env.no_proxy),
      cacheDir: pick("cacheDir", uvOpts.cacheDir, env.UV_CACHE_DIR),
      offline: Boolean(uvOpts.offline || env.UV_OFFLINE),
      sources
    };
  }
  /**
   * Uses `indexUrl` for this runtime's later calls (the reference wrote pip.conf; we never touch global
   * config). `trusted` also skips TLS verification for that host; `extra` adds it as an extra index instead.
   */
  configureIndex(indexUrl, o = {}) {
    const url = checkIndexUrl(indexUrl);
    if (o.extra) this.index.extraIndexUrls = [...this.index.extraIndexUrls ?? [], url];
    else this.index.indexUrl = url;
    if (o.trusted) this.index.trustedHosts = [...this.index.trustedHosts ?? [], new URL(url).host];
    return this.pipConfig();
  }
  /** Sends this runtime's uv traffic through `proxyUrl` (HTTPS_PROXY/HTTP_PROXY for uv only). */
  configureProxy(proxyUrl, o = {}) {
    let u;
    try {
      u = new URL(proxyUrl);
    } catch {
      throw new ConfigurationError(`Not a proxy URL: ${JSON.stringify(proxyUrl)}.`, { requested: proxyUrl });
    }
    if (!["http:", "https:", "socks5:", "socks5h:"].includes(u.protocol)) {
      throw new ConfigurationError(`Unsupported proxy scheme ${u.protocol} in ${proxyUrl}.`, {
        requested: proxyUrl
      });
    }
    this.proxy = { url: proxyUrl, noProxy: o.noProxy };
    return this.pipConfig();
  }
  // ---------------------------------------------------------------- versions / health
  /** uv's version (the package manager every operation goes through). */
  uvVersion(o = {}) {
    return this.uv.version(o);
  }
  /** pip's version if pip is installed in this environment (a uv venv has none unless seeded). */
  async pipVersion(o = {}) {
    const r = await this.python(["-I", "-c", "import pip; print(pip.__version__)"], o).catch(() => void 0);
    return r && r.exitCode === 0 ? r.stdout.trim() : void 0;
  }
  /** sys.version, executable, prefixes, implementation. */
  async pythonVersionInfo(o = {}) {
    const r = await this.python(["-I", "-c", PYTHON_INFO], o);
    if (r.exitCode !== 0) {
      throw new PythonExecutionError(`${this.pythonPath} failed to report its version: ${r.stderr.trim()}`, {
        requested: this.pythonPath,
        exitCode: r.exitCode,
        stderr: r.stderr
      });
    }
    return JSON.parse(r.stdout);
  }
  /**
   * Health: the interpreter exists and runs, uv runs, `uv pip check` finds no broken dependencies, and
   * site-packages is writable. pip is reported but not required (uv venvs have no pip, and are healthy).
   */
  async validateInstallation(o = {}) {
    const problems = [];
    const executableExists = await exists(this.pythonPath);
    const report = {
      executableExists,
      executablePath: this.pythonPath,
      prefixExists: false,
      pythonVersionCheck: "Failed",
      commandExecution: "Failed",
      uvCheck: "Failed",
      dependencyCheck: "Failed",
      sitePackagesWritable: false,
      overallHealth: "Unhealthy",
      problems
    };
    if (!executableExists) problems.push(`interpreter missing: ${this.pythonPath}`);
    try {
      const info2 = await this.pythonVersionInfo(o);
      report.pythonVersionCheck = "Success";
      report.pythonVersionInfo = `${info2.sysVersion} (${info2.executable})`;
      report.prefix = info2.prefix;
      report.prefixExists = await exists(info2.prefix);
    } catch (e) {
      problems.push(`interpreter does not run: ${e.message}`);
    }
    try {
      const r = await this.python(
        ["-I", "-c", 'import sysconfig; print(sysconfig.get_paths()["purelib"])'],
        o
      );
      report.commandExitCode = r.exitCode;
      if (r.exitCode === 0) {
        report.commandExecution = "Success";
        report.sitePackages = r.stdout.trim();
        report.sitePackagesWritable = await writable(report.sitePackages);
        if (!report.sitePackagesWritable) problems.push(`site-packages not writable: ${report.sitePackages}`);
      } else problems.push(`command failed (${r.exitCode}): ${r.stderr.trim()}`);
    } catch (e) {
      problems.push(`command failed: ${e.message}`);
    }
    try {
      report.uvVersion = await this.uv.version(o);
      report.uvCheck = "Success";
      const r = await this.pip(["check"], o);
      report.dependencyCheckOutput = (r.stdout + r.stderr).trim();
      if (r.exitCode === 0) report.dependencyCheck = "Success";
      else problems.push(`uv pip check: ${uvErrorText(r.stderr, r.stdout)}`);
    } catch (e) {
      problems.push(`uv failed: ${e.message}`);
    }
    report.pipVersion = await this.pipVersion(o);
    report.overallHealth = problems.length ? "Unhealthy" : "Healthy";
    return report;
  }
  // ---------------------------------------------------------------- PyPI
  /** Project metadata from the PyPI JSON API; undefined when the project/version does not exist. */
  getPackageMetadata(name, version2, o = {}) {
    return getPackageMetadata(name, version2, { jsonUrl: this.pypiJsonUrl, fetch: this.fetchImpl, ...o });
  }
  /** Name search over the index's project list, enriched from the JSON API (see pypi.ts). */
  searchPyPI(query, o = {}) {
    const simpleUrl = this.searchIndexUrl ?? this.index.indexUrl ?? this.uv.options.indexUrl ?? DEFAULT_SIMPLE_INDEX_URL;
    return searchPyPI(query, { jsonUrl: this.pypiJsonUrl, simpleUrl, fetch: this.fetchImpl, ...o });
  }
  // ---------------------------------------------------------------- plumbing
  /** `uv pip <cmd> --python=<interpreter> ...` */
  async pip(args, o = {}) {
    await this.assertInterpreter();
    const [cmd, ...rest] = args;
    const env = {};
    if (this.proxy?.url) env.HTTPS_PROXY = env.https_proxy = env.HTTP_PROXY = env.http_proxy = this.proxy.url;
    if (this.proxy?.noProxy) env.NO_PROXY = env.no_proxy = this.proxy.noProxy;
    return this.uv.run(["pip", cmd, `--python=${this.pythonPath}`, ...rest], { ...o, env });
  }
  async python(args, o = {}) {
    return spawnCapture(this.pythonPath, args, {
      signal: o.signal,
      timeoutMs: o.timeoutMs ?? 12e4,
      env: pythonEnv()
    });
  }
  indexArgs(o) {
    const extra = o.extraIndexUrls ?? (o.extraIndexUrl === void 0 ? void 0 : [o.extraIndexUrl].flat());
    return this.uv.indexArgs({
      indexUrl: o.indexUrl ?? this.index.indexUrl,
      extraIndexUrls: extra ?? this.index.extraIndexUrls,
      trustedHosts: o.trustedHosts ?? this.index.trustedHosts
    });
  }
  async installFlags(o) {
    const flags = this.indexArgs(o);
    if (o.upgrade) flags.push("--upgrade");
    if (o.reinstall) flags.push("--reinstall");
    if (o.noDeps) flags.push("--no-deps");
    for (const c of [o.constraints ?? []].flat()) {
      const abs = path5.resolve(c);
      if (!await isFile(abs))
        throw new RequirementsFileError(`Constraints file not found: ${abs}.`, { requested: abs });
      flags.push(`--constraints=${abs}`);
    }
    return flags;
  }
  installError(spec, r) {
    const details = {
      requested: spec,
      packageSpecification: spec,
      installationOutput: r.stderr,
      exitCode: r.exitCode,
      hint: "Check the package name/version and the index (indexUrl); uv said why above."
    };
    const err = new PackageInstallationError(
      `Installing ${spec} failed: ${uvErrorText(r.stderr, r.stdout)}`,
      details
    );
    Object.defineProperty(err, "result", { value: toResult(r), enumerable: false });
    return err;
  }
  queryError(what, r) {
    return new PackageInstallationError(`uv could not ${what}: ${uvErrorText(r.stderr, r.stdout)}`, {
      installationOutput: r.stderr,
      exitCode: r.exitCode
    });
  }
  async assertInterpreter() {
    if (!await exists(this.pythonPath)) {
      throw new PythonNotInstalledError(`No Python interpreter at ${this.pythonPath}.`, {
        requested: this.pythonPath,
        hint: "The instance or virtual environment was deleted or moved; create it again."
      });
    }
  }
  /** name -> {location, summary} read by importlib.metadata (uv's list/show have no summary). */
  async distributionSummaries(o) {
    const code = `import json, importlib.metadata as m
out = {}
for d in m.distributions():
    n = d.metadata.get("Name")
    if n: out[n] = {"summary": d.metadata.get("Summary") or None, "location": str(d.locate_file(""))}
print(json.dumps(out))`;
    const r = await this.python(["-I", "-c", code], o).catch(() => void 0);
    const map = /* @__PURE__ */ new Map();
    if (!r || r.exitCode !== 0) return map;
    for (const [n, v] of Object.entries(
      JSON.parse(r.stdout)
    )) {
      map.set(normalizePackageName(n), {
        location: v.location,
        ...v.summary ? { summary: v.summary } : {}
      });
    }
    return map;
  }
};
function toResult(r) {
  return { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, durationMs: r.durationMs };
}
function outputOf(e) {
  return e.result;
}
function pythonEnv() {
  const env = { ...process.env };
  for (const k of ["PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"]) delete env[k];
  return env;
}
async function isFile(p) {
  try {
    return (await fs4.stat(p)).isFile();
  } catch {
    return false;
  }
}
async function exists(p) {
  try {
    await fs4.access(p);
    return true;
  } catch {
    return false;
  }
}
async function writable(dir2) {
  const probe2 = path5.join(dir2, `.pyembed-write-probe-${process.pid}`);
  try {
    await fs4.access(dir2, fsc.W_OK);
    await fs4.writeFile(probe2, "");
    await fs4.rm(probe2, { force: true });
    return true;
  } catch {
    return false;
  }
}

// src/core/venvs/virtual-environment.ts
var VirtualEnvironment = class extends PythonRuntime {
  name;
  path;
  isExternal;
  constructor(o) {
    super({ ...o, pythonPath: venvPython(o.path) });
    this.name = o.name;
    this.path = o.path;
    this.isExternal = Boolean(o.isExternal);
  }
  /** `bin/` (POSIX) or `Scripts\` (Windows): console scripts live here. */
  get binDir() {
    return venvBinDir(this.path);
  }
  /** Code and scripts run "activated": VIRTUAL_ENV set and bin/ first on PATH (the caller's env still wins). */
  execOptions(o) {
    if (o.envMode === "replace") return o;
    const act = this.activationEnv();
    const key = Object.keys(act).find((k) => k.toUpperCase() === "PATH") ?? "PATH";
    return { ...o, env: { VIRTUAL_ENV: act.VIRTUAL_ENV, [key]: act[key], PYTHONHOME: void 0, ...o.env } };
  }
  /**
   * Environment variables that "activate" this venv for a child process (what `activate` does):
   * VIRTUAL_ENV, PATH with bin/ first, no PYTHONHOME.
   */
  activationEnv(base = process.env) {
    const env = { ...base };
    delete env.PYTHONHOME;
    const key = Object.keys(env).find((k) => k.toUpperCase() === "PATH") ?? "PATH";
    const sep = process.platform === "win32" ? ";" : ":";
    env[key] = env[key] ? `${this.binDir}${sep}${env[key]}` : this.binDir;
    env.VIRTUAL_ENV = this.path;
    return env;
  }
};

// src/core/venvs/manager.ts
var VirtualEnvironmentManager = class {
  venvsDir;
  instance;
  runtimeOptions;
  logger;
  instanceVersion;
  constructor(o) {
    const { instance, ...rest } = o;
    this.instance = { pythonPath: path6.resolve(instance.pythonPath), dir: path6.resolve(instance.dir) };
    this.venvsDir = path6.join(this.instance.dir, "venvs");
    this.runtimeOptions = rest;
    this.logger = o.logger ?? silentLogger;
  }
  // ---------------------------------------------------------------- lookup
  /** Names of the venvs that exist (internal and external), sorted. */
  async list() {
    const out = [];
    for (const e of await fs5.readdir(this.venvsDir, { withFileTypes: true }).catch(() => [])) {
      if (e.name === META_DIR || e.name.startsWith(".tmp-")) continue;
      if ((e.isDirectory() || e.isSymbolicLink()) && await isVenv(path6.join(this.venvsDir, e.name)))
        out.push(e.name);
    }
    return out.sort();
  }
  async exists(name) {
    return isVenv(path6.join(this.venvsDir, validateVenvName(name)));
  }
  /** The real directory of `name` (following an external link); where it would be created if absent. */
  async resolvePath(name) {
    const entry = path6.join(this.venvsDir, validateVenvName(name));
    const st = await fs5.lstat(entry).catch(() => void 0);
    if (st?.isSymbolicLink()) return path6.resolve(this.venvsDir, await fs5.readlink(entry));
    if (!st) {
      const stored = await readStoredMetadata(this.venvsDir, name);
      if (stored?.externalPath) return stored.externalPath;
    }
    return entry;
  }
  /** Stored metadata, rebuilt (and re-saved) from the files when missing or corrupt; undefined if no venv. */
  async metadata(name) {
    validateVenvName(name);
    if (!await this.exists(name)) return void 0;
    const stored = await readStoredMetadata(this.venvsDir, name);
    if (stored) return stored;
    const rebuilt = await rebuildMetadata(this.venvsDir, name, await this.resolvePath(name));
    this.logger.warn(`Metadata of venv "${name}" was missing or corrupt; rebuilt it from the files.`);
    await writeMetadata(this.venvsDir, rebuilt).catch(() => {
    });
    return rebuilt;
  }
  /** The venv as a runtime; VirtualEnvironmentNotFoundError when it does not exist. */
  async get(name) {
    if (!await this.exists(name)) throw this.notFound(name);
    const p = await this.resolvePath(name);
    const entry = path6.join(this.venvsDir, name);
    return this.open(name, p, p !== entry);
  }
  async size(name) {
    if (!await this.exists(name)) throw this.notFound(name);
    return treeSize(await this.resolvePath(name));
  }
  async info(name, o = {}) {
    const venv = await this.get(name);
    const meta = await this.metadata(name);
    const cfg = await readPyvenvCfg(venv.path) ?? {};
    const [sp] = await sitePackagesDirs(venv.path);
    const modStat = (sp ? await fs5.stat(sp).catch(() => void 0) : void 0) ?? await fs5.stat(path6.join(venv.path, "pyvenv.cfg")).catch(() => void 0);
    const packagesCount = await venv.list({ signal: o.signal }).then((l) => l.length).catch(() => void 0);
    return {
      name,
      path: venv.path,
      exists: true,
      isExternal: venv.isExternal,
      ...venv.isExternal ? { externalPath: venv.path } : {},
      sizeBytes: await treeSize(venv.path),
      createdAt: meta.createdAt,
      modifiedAt: modStat?.mtime.toISOString(),
      pythonVersion: cfg.version_info ?? cfg.version ?? meta.pythonVersion,
      uvVersion: cfg.uv ?? meta.uvVersion,
      home: cfg.home,
      packagesCount,
      metadata: meta
    };
  }
  // ---------------------------------------------------------------- create / delete
  /**
   * Returns the venv `name`, creating it with `uv venv --python <instance python>` if needed. An existing
   * venv is returned as is (its `home` is repaired if the instance moved); `recreate` starts it afresh.
   */
  async getOrCreate(name, o = {}) {
    validateVenvName(name);
    let external = o.path ? path6.resolve(o.path) : void 0;
    if (external && isInside(external, this.instance.dir)) {
      throw new ConfigurationError(`External venv path ${external} is inside the instance directory.`, {
        requested: external,
        hint: "Omit `path` to create it in the instance, or choose a directory outside it."
      });
    }
    await fs5.mkdir(path6.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(name), async () => {
      const entry = path6.join(this.venvsDir, name);
      if (await isVenv(entry)) {
        const current = await this.resolvePath(name);
        if (external && current !== external && !o.recreate) {
          throw new ConfigurationError(`A venv named "${name}" already exists at ${current}.`, {
            requested: external,
            available: [current],
            hint: "Use another name, delete it first, or pass recreate: true."
          });
        }
        if (!o.recreate) {
          await this.repair(current);
          await this.metadata(name);
          return this.open(name, current, current !== entry);
        }
        if (!external && current !== entry) external = current;
        await this.removeFiles(name, true);
      } else {
        await fs5.rm(entry, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      }
      const target = external ?? entry;
      let origin = "created";
      if (external && await isVenv(external) && !o.recreate) {
        await this.adopt(external);
        origin = "adopted";
      } else {
        if (external) await assertEmptyOrAbsent(external, o.recreate);
        await this.createWithUv(target, name, o);
      }
      if (external) await linkExternal(entry, external);
      const cfg = await readPyvenvCfg(target) ?? {};
      await writeMetadata(this.venvsDir, {
        name,
        ...external ? { externalPath: external } : {},
        isExternal: Boolean(external),
        createdAt: (/* @__PURE__ */ new Date()).toISOString(),
        pythonVersion: cfg.version_info,
        uvVersion: cfg.uv,
        seed: Boolean(o.seed),
        origin: { kind: origin }
      });
      return this.open(name, target, Boolean(external));
    });
  }
  /**
   * Deletes the venv. For an external venv, `deleteExternalFiles: false` only forgets it (link and metadata).
   * Returns false when there was nothing to delete.
   */
  async delete(name, o = {}) {
    validateVenvName(name);
    const entry = path6.join(this.venvsDir, name);
    const known = await fs5.lstat(entry).catch(() => void 0) !== void 0 || await readStoredMetadata(this.venvsDir, name) !== void 0;
    if (!known) return false;
    await fs5.mkdir(path6.join(this.venvsDir, META_DIR), { recursive: true });
    await withLock(this.lockPath(name), () => this.removeFiles(name, o.deleteExternalFiles ?? true));
    return true;
  }
  // ---------------------------------------------------------------- clone / export / import
  /** Copies `source` to `target` (internal, or at `o.path`) and re-points every path at the copy. */
  async clone(source, target, o = {}) {
    const src = await this.get(source);
    validateVenvName(target);
    const dest = o.path ? path6.resolve(o.path) : path6.join(this.venvsDir, target);
    await fs5.mkdir(path6.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(target), async () => {
      await this.assertFree(target, dest);
      const staging = path6.join(
        path6.dirname(dest),
        `.tmp-${path6.basename(dest)}-${randomBytes2(4).toString("hex")}`
      );
      try {
        await fs5.cp(src.path, staging, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
        await relocateVenv(staging, { from: await recordedVenvPath(src.path) ?? src.path, to: dest });
        await fs5.rename(staging, dest);
      } catch (e) {
        await fs5.rm(staging, { recursive: true, force: true });
        throw e;
      }
      return this.register(target, dest, Boolean(o.path), { kind: "cloned", from: source });
    });
  }
  /** Writes the venv to a .zip or .tar.gz (by extension); paths inside are re-pointed on import. Returns the archive path. */
  async export(name, outputPath) {
    const venv = await this.get(name);
    const cfg = await readPyvenvCfg(venv.path) ?? {};
    return writeVenvArchive(venv.path, outputPath, {
      format: 1,
      name,
      sourcePath: await recordedVenvPath(venv.path) ?? venv.path,
      home: cfg.home,
      pythonVersion: cfg.version_info,
      uvVersion: cfg.uv,
      platform: platformKey(hostPlatform()),
      exportedAt: (/* @__PURE__ */ new Date()).toISOString()
    });
  }
  /**
   * Imports an export as `name` (internal, or at `o.path`): extracts into a temp dir next to the target, checks
   * the Python minor version matches this instance, re-points `home`, the interpreter links, shebangs and
   * activate scripts, then renames into place.
   */
  async import(archivePath, name, o = {}) {
    validateVenvName(name);
    const dest = o.path ? path6.resolve(o.path) : path6.join(this.venvsDir, name);
    await fs5.mkdir(path6.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(name), async () => {
      await this.assertFree(name, dest);
      const staging = path6.join(
        path6.dirname(dest),
        `.tmp-${path6.basename(dest)}-${randomBytes2(4).toString("hex")}`
      );
      try {
        const manifest = await readVenvArchive(archivePath, staging);
        const here = platformKey(hostPlatform());
        if (manifest.platform && manifest.platform !== here) {
          throw new ConfigurationError(
            `The archive holds a ${manifest.platform} venv; this machine is ${here}.`,
            {
              requested: manifest.platform,
              available: [here],
              hint: "Venvs hold compiled code: import them on the platform they were made on."
            }
          );
        }
        const mine = await this.instancePythonVersion();
        if (manifest.pythonVersion && minor(manifest.pythonVersion) !== minor(mine)) {
          throw new ConfigurationError(
            `The archive holds a Python ${manifest.pythonVersion} venv; this instance is Python ${mine}.`,
            {
              requested: manifest.pythonVersion,
              available: [mine],
              hint: "Import it into an instance of the same minor version."
            }
          );
        }
        await this.restoreLinks(staging, manifest.links, manifest.sourcePath, manifest.home);
        await relocateVenv(staging, {
          from: manifest.sourcePath,
          to: dest,
          basePython: this.instance.pythonPath
        });
        await fs5.rename(staging, dest);
      } catch (e) {
        await fs5.rm(staging, { recursive: true, force: true });
        throw e;
      }
      return this.register(name, dest, Boolean(o.path), {
        kind: "imported",
        from: path6.resolve(archivePath)
      });
    });
  }
  // ---------------------------------------------------------------- internals
  uv() {
    return this.runtimeOptions.uv;
  }
  open(name, p, isExternal) {
    return new VirtualEnvironment({ ...this.runtimeOptions, name, path: p, isExternal });
  }
  notFound(name) {
    return new VirtualEnvironmentNotFoundError(
      `Virtual environment "${name}" not found in ${this.venvsDir}.`,
      {
        requested: name,
        virtualEnvironmentName: name,
        hint: "Create it with getOrCreate() / `pyembed venv create`."
      }
    );
  }
  lockPath(name) {
    return path6.join(this.venvsDir, META_DIR, `${name}.lock`);
  }
  async createWithUv(target, name, o) {
    await fs5.mkdir(path6.dirname(target), { recursive: true });
    const args = [
      "venv",
      `--python=${this.instance.pythonPath}`,
      "--no-project",
      `--prompt=${o.prompt ?? name}`
    ];
    if (o.seed) args.push("--seed", ...this.uv().indexArgs());
    if (o.relocatable ?? process.platform === "win32") args.push("--relocatable");
    args.push("--clear");
    args.push("--", target);
    let r = await this.uv().run(args, { signal: o.signal, cwd: path6.dirname(target) });
    for (let retry = 1; retry <= 3 && r.exitCode !== 0 && !o.signal?.aborted; retry++) {
      if (!/already exists|not a virtual environment|not empty|ENOTEMPTY|File exists/i.test(r.stderr)) break;
      await new Promise((res) => setTimeout(res, 250 * retry));
      await fs5.rm(target, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      r = await this.uv().run(args, { signal: o.signal, cwd: path6.dirname(target) });
    }
    if (r.exitCode !== 0 || !await isVenv(target)) {
      await fs5.rm(target, { recursive: true, force: true }).catch(() => {
      });
      throw new PythonInstallationError(
        `uv could not create the venv "${name}" at ${target}: ${uvErrorText(r.stderr, r.stdout)}`,
        {
          requested: name,
          exitCode: r.exitCode,
          hint: o.seed ? "Seeding needs pip on the package index (indexUrl)." : "Check that the instance interpreter runs."
        }
      );
    }
  }
  /** An existing external venv is taken over only if it is built on this instance's interpreter. */
  async adopt(dir2) {
    const home = (await readPyvenvCfg(dir2))?.home;
    const mine = path6.dirname(this.instance.pythonPath);
    if (home && path6.resolve(home) !== mine && !await sameFile(home, mine)) {
      throw new ConfigurationError(`${dir2} is a venv of another Python (home = ${home}).`, {
        requested: dir2,
        hint: "Pass recreate: true to rebuild it on this instance, or choose another path."
      });
    }
  }
  /**
   * If the venv or its instance moved (an instance export/import, a renamed root), re-point the venv's own
   * paths (read back from `bin/activate`) and `home` + interpreter links (when the old interpreter is gone).
   */
  async repair(venvDir) {
    const recorded = await recordedVenvPath(venvDir);
    const home = (await readPyvenvCfg(venvDir))?.home;
    const mine = path6.dirname(this.instance.pythonPath);
    const homeMoved = home !== void 0 && path6.resolve(home) !== mine && !await sameFile(home, mine) && !await fs5.stat(path6.join(home, path6.basename(this.instance.pythonPath))).catch(() => void 0);
    const selfMoved = recorded !== void 0 && path6.resolve(recorded) !== venvDir;
    if (!homeMoved && !selfMoved) return;
    this.logger.info(
      `Venv ${venvDir} moved (was ${recorded ?? venvDir}, home ${home}); re-pointing its paths.`
    );
    await relocateVenv(venvDir, {
      from: recorded ?? venvDir,
      to: venvDir,
      ...homeMoved ? { basePython: this.instance.pythonPath } : {}
    });
  }
  async removeFiles(name, deleteExternalFiles) {
    const entry = path6.join(this.venvsDir, name);
    const st = await fs5.lstat(entry).catch(() => void 0);
    const stored = await readStoredMetadata(this.venvsDir, name);
    const external = st?.isSymbolicLink() ? path6.resolve(this.venvsDir, await fs5.readlink(entry)) : stored?.externalPath;
    if (st?.isSymbolicLink()) await fs5.rm(entry, { force: true });
    else if (st) await fs5.rm(entry, { recursive: true, force: true });
    if (external && deleteExternalFiles && await isVenv(external))
      await fs5.rm(external, { recursive: true, force: true });
    await removeMetadata(this.venvsDir, name);
  }
  async assertFree(name, dest) {
    const entry = path6.join(this.venvsDir, name);
    if (await isVenv(entry)) {
      throw new ConfigurationError(`A venv named "${name}" already exists.`, {
        requested: name,
        hint: "Choose another name or delete the existing venv first."
      });
    }
    if (dest !== entry) await assertEmptyOrAbsent(dest, false);
    else await fs5.rm(entry, { recursive: true, force: true });
  }
  async register(name, dest, external, origin) {
    const entry = path6.join(this.venvsDir, name);
    if (external) await linkExternal(entry, dest);
    const cfg = await readPyvenvCfg(dest) ?? {};
    await writeMetadata(this.venvsDir, {
      name,
      ...external ? { externalPath: dest } : {},
      isExternal: external,
      createdAt: (/* @__PURE__ */ new Date()).toISOString(),
      pythonVersion: cfg.version_info,
      uvVersion: cfg.uv,
      origin
    });
    return this.open(name, dest, external);
  }
  /** Re-creates the archive's absolute links: the interpreter links against this instance, links into the venv. */
  async restoreLinks(dir2, links, sourcePath, oldHome) {
    const bin = path6.relative(dir2, venvBinDir(dir2)).split(path6.sep).join("/");
    for (const [rel, target] of Object.entries(links)) {
      const parts = rel.split("/");
      if (!rel || parts.some((p) => !p || p === "." || p === "..") || path6.isAbsolute(rel)) continue;
      const abs = path6.join(dir2, ...parts);
      let next;
      if (target === sourcePath || target.startsWith(sourcePath + "/"))
        next = target;
      else if (parts.length === 2 && parts[0] === bin && /^python/.test(parts[1]))
        next = this.instance.pythonPath;
      else if (oldHome && path6.dirname(target) === oldHome) next = this.instance.pythonPath;
      if (!next) {
        this.logger.warn(`Import: dropping link ${rel} -> ${target} (outside the venv).`);
        continue;
      }
      await fs5.mkdir(path6.dirname(abs), { recursive: true });
      await fs5.rm(abs, { force: true });
      await fs5.symlink(next, abs);
    }
  }
  async instancePythonVersion() {
    if (this.instanceVersion) return this.instanceVersion;
    const r = await spawnCapture(
      this.instance.pythonPath,
      ["-I", "-c", "import platform; print(platform.python_version())"],
      {
        timeoutMs: 6e4
      }
    );
    if (r.exitCode !== 0) {
      throw new PythonInstallationError(
        `The instance interpreter ${this.instance.pythonPath} does not run: ${r.stderr.trim()}`,
        {
          requested: this.instance.pythonPath
        }
      );
    }
    this.instanceVersion = r.stdout.trim();
    return this.instanceVersion;
  }
};
async function isVenv(dir2) {
  return (await fs5.stat(path6.join(dir2, "pyvenv.cfg")).catch(() => void 0))?.isFile() ?? false;
}
async function assertEmptyOrAbsent(dir2, allowVenv) {
  const entries = await fs5.readdir(dir2).catch(() => void 0);
  if (!entries || entries.length === 0) return;
  if (allowVenv && await isVenv(dir2)) return;
  throw new ConfigurationError(`${dir2} already exists and is not empty.`, {
    requested: dir2,
    hint: "Choose an empty or new directory for the venv."
  });
}
async function linkExternal(entry, target) {
  await fs5.rm(entry, { recursive: true, force: true });
  await fs5.symlink(target, entry, process.platform === "win32" ? "junction" : "dir");
}
function isInside(child, parent) {
  const rel = path6.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path6.isAbsolute(rel);
}
function minor(v) {
  return v.split(".").slice(0, 2).join(".");
}
async function sameFile(a, b) {
  try {
    const [x, y] = await Promise.all([fs5.realpath(a), fs5.realpath(b)]);
    return x === y;
  } catch {
    return false;
  }
}

// src/core/setup/environment.ts
import { promises as fs6 } from "node:fs";
import path7 from "node:path";
async function venvHome(venv) {
  try {
    const cfg = await fs6.readFile(path7.join(venv, "pyvenv.cfg"), "utf8");
    return /^home\s*=\s*(.+)$/m.exec(cfg)?.[1].trim();
  } catch {
    return void 0;
  }
}
async function exists2(p) {
  return fs6.access(p).then(
    () => true,
    () => false
  );
}
async function ensureVenv(uv, pythonPath, dir2, o) {
  const home = await venvHome(dir2);
  if (home && path7.resolve(home) === path7.dirname(path7.resolve(pythonPath)) && await exists2(venvPython(dir2))) {
    o.logger.info(`Reusing venv ${dir2}`);
    return { created: false };
  }
  if (!home && await exists2(dir2) && (await fs6.readdir(dir2)).length > 0) {
    throw new ConfigurationError(
      `${dir2} exists and is not a virtual environment; refusing to overwrite it.`,
      {
        key: "venv",
        requested: dir2,
        hint: "Choose another venv path, or delete the directory."
      }
    );
  }
  const args = ["venv", "--python", pythonPath, "--clear", "--no-project"];
  if (o.seed) args.push("--seed");
  args.push(dir2);
  const r = await uv.run(args, { signal: o.signal });
  if (r.exitCode !== 0) {
    throw new VirtualEnvironmentNotFoundError(`uv venv failed for ${dir2}: ${tail(r.stderr)}`, {
      requested: dir2,
      hint: "See the uv output above; check that the interpreter runs."
    });
  }
  o.logger.info(`Created venv ${dir2}`);
  return { created: true };
}
function hasPackages(p) {
  return Boolean(p.requirements?.length || p.pyproject || p.packages?.length);
}
async function installPackages(uv, python, plan, o) {
  const runtime = new PythonRuntime({ pythonPath: python, uv, logger: o.logger });
  const { requirements, constraints, pyproject, editable, extras, packages } = plan;
  o.logger.info("Installing packages with uv pip install ...");
  await runtime.installPlan(
    { requirements, constraints, pyproject, editable, extras, packages },
    { cwd: o.cwd, signal: o.signal }
  );
  return {
    requested: (requirements?.length ?? 0) + (pyproject ? 1 : 0) + (packages?.length ?? 0)
  };
}
async function listInstalled(uv, python, signal) {
  const r = await uv.run(["pip", "list", "--python", python, "--format", "json"], { signal });
  if (r.exitCode !== 0) return [];
  try {
    return JSON.parse(r.stdout).map((p) => p.name);
  } catch {
    return [];
  }
}
async function distributionsInVenv(venvDir) {
  let siteDirs;
  if (process.platform === "win32") siteDirs = [path7.join(venvDir, "Lib", "site-packages")];
  else {
    const lib = path7.join(venvDir, "lib");
    const entries2 = await fs6.readdir(lib).catch(() => []);
    siteDirs = entries2.filter((e) => e.startsWith("python")).map((e) => path7.join(lib, e, "site-packages"));
  }
  if (siteDirs.length !== 1) return void 0;
  let entries;
  try {
    entries = await fs6.readdir(siteDirs[0]);
  } catch {
    return void 0;
  }
  if (entries.some((e) => e.endsWith(".egg-info") || e.endsWith(".egg-link"))) return void 0;
  const names = await Promise.all(
    entries.filter((e) => e.endsWith(".dist-info")).map(async (e) => {
      const meta = await fs6.readFile(path7.join(siteDirs[0], e, "METADATA"), "utf8").catch(() => "");
      const headers = meta.split(/\r?\n\r?\n/, 1)[0];
      return /^Name:[ \t]*(\S+)/m.exec(headers)?.[1];
    })
  );
  if (names.some((n) => n === void 0)) return void 0;
  return names.sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
}
function tail(text2, lines = 12) {
  return text2.trim().split(/\r?\n/).slice(-lines).join("\n");
}

// src/core/setup/installer.ts
import path8 from "node:path";
function managerInstaller(o) {
  const manager = import("./instances-P2MTH3TI.js").then(
    ({ PythonManager }) => new PythonManager({
      root: o.root,
      mirror: o.mirror,
      token: o.githubToken,
      allowMissingChecksum: o.allowMissingChecksum,
      retries: o.retries,
      timeoutMs: o.timeoutMs,
      backoffMs: o.backoffMs,
      offline: o.offline,
      logger: o.logger
    })
  );
  return {
    name: "pyembed",
    async install(build, ctx) {
      const m = await manager;
      const r = await m.installBuild(build, { signal: ctx.signal, onProgress: ctx.onProgress });
      return {
        pythonPath: r.instance.pythonPath,
        pythonDir: r.instance.pythonDir,
        version: r.instance.version,
        cacheHit: !r.downloaded,
        instanceDir: r.instance.dir
      };
    },
    async export(installed, build, archivePath) {
      const key = installed.instanceDir ? path8.basename(installed.instanceDir) : build.key;
      return (await manager).exportInstance(key, archivePath, {
        build: build.build,
        platform: build.platform
      });
    }
  };
}

// src/core/setup/spec.ts
import path9 from "node:path";
async function chooseSpec(o) {
  if (o.python?.trim()) return { spec: o.python.trim(), source: o.pythonSource ?? "input" };
  if (o.pythonVersionFile) {
    const file = path9.resolve(o.cwd, o.pythonVersionFile);
    let found2;
    try {
      found2 = await readSpecFile(file);
    } catch (e) {
      throw new ConfigurationError(`Python version file ${file} cannot be read: ${e.message}`, {
        key: "pythonVersionFile",
        requested: file
      });
    }
    if (!found2) {
      throw new ConfigurationError(`Python version file ${file} is missing or names no Python version.`, {
        key: "pythonVersionFile",
        requested: file,
        hint: "Point it at a .python-version, .tool-versions or pyproject.toml (requires-python) that names a version."
      });
    }
    return { spec: found2.spec, source: found2.source };
  }
  const found = await findSpecFromFiles(o.cwd);
  if (found) return { spec: found.spec, source: found.source };
  return { spec: o.defaultPython ?? "3.12", source: "default" };
}

// src/core/setup/uv.ts
import { existsSync as existsSync3 } from "node:fs";
import path11 from "node:path";
import { pathToFileURL } from "node:url";

// src/core/uv/install.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { constants as fsc2, promises as fs7 } from "node:fs";
import path10 from "node:path";
var MARKER = "pyembed-uv.json";
async function ensureUv(o) {
  const log = o.logger ?? silentLogger;
  if (o.uvPath) {
    const p = path10.resolve(o.uvPath);
    await assertExecutable(p, "uvPath");
    const version3 = await probeUvVersion(p, o.signal);
    if (o.version && o.version !== version3)
      log.warn(`uv at ${p} is ${version3}, not the requested ${o.version}.`);
    return { path: p, version: version3, source: "path" };
  }
  if (o.system) {
    const p = await findOnPath2(process.platform === "win32" ? "uv.exe" : "uv");
    if (!p) {
      throw new UvNotFoundError("uv was requested from PATH (system) but none was found.", {
        requested: "system",
        hint: 'Install uv on PATH, or drop "system" to let python-embedded install its pinned uv.'
      });
    }
    const version3 = await probeUvVersion(p, o.signal);
    log.info(`Using uv ${version3} from PATH: ${p}`);
    return { path: p, version: version3, source: "system" };
  }
  const version2 = checkVersion(o.version ?? DEFAULT_UV_VERSION);
  const asset = uvAsset(o.platform ?? hostPlatform());
  const root = path10.join(path10.resolve(o.toolsDir), "uv");
  const dir2 = path10.join(root, version2);
  const exe = path10.join(dir2, asset.exe);
  const cached = await readInstalled(dir2, exe, version2);
  if (cached) return { path: exe, version: version2, source: "cache" };
  await fs7.mkdir(root, { recursive: true });
  return withLock(path10.join(root, `${version2}.lock`), async () => {
    if (await readInstalled(dir2, exe, version2)) return { path: exe, version: version2, source: "cache" };
    const base = o.downloadBaseUrl ? mirrorBase(o.downloadBaseUrl) : DEFAULT_UV_DOWNLOAD_URL;
    const url = uvAssetUrl(version2, asset, base);
    const tmp = path10.join(root, `.tmp-${version2}-${randomBytes3(4).toString("hex")}`);
    await fs7.mkdir(tmp, { recursive: true });
    try {
      const sha256 = o.sha256?.toLowerCase() ?? await fetchCompanionSha256(url, o);
      log.info(`Downloading uv ${version2} (${asset.name}) from ${url}`);
      const archive = path10.join(tmp, asset.name);
      const dl = await downloadFile(url, archive, {
        sha256,
        allowMissingChecksum: o.allowMissingChecksum,
        token: o.token,
        logger: log,
        signal: o.signal
      });
      const unpacked = path10.join(tmp, "unpacked");
      const { extractArchive } = await import("./extract-S6LMPWQE.js");
      await extractArchive(archive, unpacked, { format: asset.format });
      const staging = path10.join(tmp, "staging");
      await fs7.mkdir(staging);
      const srcDir = await findBinDir(unpacked, asset.innerDir, asset.exe);
      for (const name of await fs7.readdir(srcDir)) {
        await fs7.rename(path10.join(srcDir, name), path10.join(staging, name));
      }
      if (process.platform !== "win32") await fs7.chmod(path10.join(staging, asset.exe), 493);
      const got = await probeUvVersion(path10.join(staging, asset.exe), o.signal);
      if (got !== version2) {
        throw new ChecksumMismatchError(`The archive for uv ${version2} contains uv ${got}.`, {
          requested: version2,
          available: [got],
          hint: `Check the uv download base (${base}).`
        });
      }
      const exeBytes = (await fs7.stat(path10.join(staging, asset.exe))).size;
      const marker = {
        version: version2,
        exeBytes,
        triple: asset.triple,
        sha256: dl.sha256,
        url,
        installedAt: (/* @__PURE__ */ new Date()).toISOString()
      };
      await fs7.writeFile(path10.join(staging, MARKER), JSON.stringify(marker, null, 2) + "\n");
      await fs7.rm(dir2, { recursive: true, force: true });
      await fs7.rename(staging, dir2);
      log.info(`Installed uv ${version2} into ${dir2}`);
      return { path: exe, version: version2, source: "download" };
    } finally {
      await fs7.rm(tmp, { recursive: true, force: true });
    }
  });
}
async function fetchCompanionSha256(url, o) {
  const log = o.logger ?? silentLogger;
  let text2;
  let why = "not published (404)";
  try {
    text2 = await fetchText(`${url}.sha256`, { token: o.token, signal: o.signal });
  } catch (e) {
    why = e.message;
  }
  if (text2 === void 0) {
    if (o.allowMissingChecksum) {
      log.warn(`No checksum for ${url} (${why}); installing unverified (allowMissingChecksum).`);
      return void 0;
    }
    throw new DownloadError(`Could not get the checksum of the uv archive ${url}.sha256: ${why}.`, {
      requested: `${url}.sha256`,
      hint: "Check the uv download base and network, pass the sha256 explicitly, or set allowMissingChecksum."
    });
  }
  const m = /^\s*([0-9a-fA-F]{64})\b/.exec(text2);
  if (!m) {
    throw new ChecksumMismatchError(
      `${url}.sha256 does not hold a sha256 (${JSON.stringify(text2.slice(0, 80))}).`,
      {
        requested: `${url}.sha256`
      }
    );
  }
  return m[1].toLowerCase();
}
async function readInstalled(dir2, exe, version2) {
  try {
    const m = JSON.parse(await fs7.readFile(path10.join(dir2, MARKER), "utf8"));
    if (m.version !== version2) return false;
    await fs7.access(exe, process.platform === "win32" ? fsc2.F_OK : fsc2.X_OK);
    return m.exeBytes === void 0 || (await fs7.stat(exe)).size === m.exeBytes;
  } catch {
    return false;
  }
}
async function findBinDir(root, innerDir, exe) {
  for (const cand of [path10.join(root, innerDir), root]) {
    try {
      await fs7.access(path10.join(cand, exe));
      return cand;
    } catch {
    }
  }
  for (const e of await fs7.readdir(root, { withFileTypes: true })) {
    if (e.isDirectory()) {
      try {
        await fs7.access(path10.join(root, e.name, exe));
        return path10.join(root, e.name);
      } catch {
      }
    }
  }
  throw new DownloadError(`The uv archive has no ${exe} (looked in ${innerDir || "/"}).`, { requested: exe });
}
function checkVersion(v) {
  const s = v.trim().replace(/^v/, "");
  if (!/^\d+\.\d+\.\d+(?:[-.]?[A-Za-z0-9.]+)?$/.test(s)) {
    throw new ConfigurationError(
      `uv version must be an exact release like ${DEFAULT_UV_VERSION}, got ${JSON.stringify(v)}.`,
      {
        requested: v,
        hint: `Pin an exact uv version (default ${DEFAULT_UV_VERSION}).`
      }
    );
  }
  return s;
}
async function assertExecutable(p, what) {
  try {
    const st = await fs7.stat(p);
    if (!st.isFile()) throw new Error("not a file");
    if (process.platform !== "win32") await fs7.access(p, fsc2.X_OK);
  } catch (e) {
    throw new UvNotFoundError(`${what} ${p} is not an executable file (${e.message}).`, {
      requested: p
    });
  }
}
async function findOnPath2(name, envPath = process.env.PATH ?? process.env.Path ?? "") {
  const exts = process.platform === "win32" ? ["", ...(process.env.PATHEXT ?? ".EXE;.CMD").split(";")] : [""];
  for (const dir2 of envPath.split(path10.delimiter)) {
    if (!dir2) continue;
    for (const ext of exts) {
      const cand = path10.join(dir2, name.endsWith(ext) ? name : name + ext);
      try {
        const st = await fs7.stat(cand);
        if (!st.isFile()) continue;
        if (process.platform !== "win32") await fs7.access(cand, fsc2.X_OK);
        return cand;
      } catch {
      }
    }
  }
  return void 0;
}

// src/core/setup/uv.ts
var isRemote = (base) => /^https?:/i.test(base);
async function ensurePrivateUv(o) {
  let base = o.downloadBaseUrl;
  if (base && !/^[a-z][a-z0-9+.-]*:/i.test(base)) base = pathToFileURL(path11.resolve(base)).href;
  if (o.offline && !o.uvPath && (!base || isRemote(base))) {
    const version2 = o.version ?? DEFAULT_UV_VERSION;
    const exe = path11.join(o.toolsDir, "uv", version2, uvAsset(hostPlatform()).exe);
    if (!existsSync3(exe)) {
      throw new UvNotFoundError(
        `uv ${version2} is not installed in ${o.toolsDir} and offline mode forbids downloading it.`,
        {
          requested: version2,
          hint: "Run once online, pass a uv binary (--uv-path), or point --uv-download-url at a local directory of uv releases."
        }
      );
    }
  }
  return ensureUv({
    version: o.version,
    uvPath: o.uvPath,
    downloadBaseUrl: base,
    toolsDir: o.toolsDir,
    token: o.token,
    allowMissingChecksum: o.allowMissingChecksum,
    logger: o.logger,
    signal: o.signal
  });
}

// src/core/setup/run.ts
function isVenvPath(v) {
  return path12.isAbsolute(v) || v.includes("/") || v.includes("\\") || v.startsWith(".");
}
async function runSetup(options, hooks = {}) {
  const logger = hooks.logger ?? silentLogger;
  const cwd = path12.resolve(options.cwd ?? process.cwd());
  const root = path12.resolve(cwd, options.root ?? defaultRoot());
  const toolsDir = path12.resolve(cwd, options.toolsDir ?? path12.join(root, "tools"));
  const phases = [];
  const started = performance2.now();
  const signal = options.signal;
  async function phase(name, fn) {
    const t0 = performance2.now();
    const out = await fn();
    const ms2 = Math.round((performance2.now() - t0) * 10) / 10;
    phases.push({ name, ms: ms2 });
    hooks.onPhase?.(name, ms2);
    return out;
  }
  const { requested, build } = await phase("resolve", async () => {
    const requested2 = await chooseSpec({
      python: options.python,
      pythonSource: options.pythonSource,
      pythonVersionFile: options.pythonVersionFile,
      defaultPython: options.defaultPython,
      cwd
    });
    logger.info(`Resolving Python ${requested2.spec} (from ${requested2.source})`);
    const catalog = createCatalog({
      source: options.offline ? "snapshot" : options.catalogSource,
      ndjsonUrl: options.ndjsonUrl,
      apiUrl: options.githubApiUrl,
      token: options.githubToken,
      pbsRepo: options.pbsRepo,
      cacheDir: path12.join(root, ".catalog"),
      logger
    });
    const build2 = await catalog.resolve(requested2.spec, {
      platform: options.platform,
      build: options.build,
      flavor: options.flavor,
      checkLatest: options.offline ? false : options.checkLatest,
      freethreaded: options.freethreaded
    });
    logger.info(`Resolved ${requested2.spec} -> ${build2.key} (build ${build2.build}, ${build2.assetName})`);
    return { requested: requested2, build: build2 };
  });
  const installer = options.installer ?? managerInstaller({ ...options, root, logger });
  const ctx = { logger, onProgress: hooks.onProgress, signal };
  const [installedR, ensuredR] = await Promise.allSettled([
    phase("install", () => installer.install(build, ctx)),
    phase(
      "uv",
      () => ensurePrivateUv({
        version: options.uvVersion,
        uvPath: options.uvPath,
        downloadBaseUrl: options.uvDownloadUrl,
        toolsDir,
        token: options.githubToken,
        allowMissingChecksum: options.allowMissingChecksum,
        offline: options.offline,
        logger,
        signal
      })
    )
  ]);
  if (installedR.status === "rejected") throw installedR.reason;
  if (ensuredR.status === "rejected") throw ensuredR.reason;
  const installed = installedR.value;
  const ensured = ensuredR.value;
  logger.info(
    `${installed.cacheHit ? "Found" : "Installed"} Python ${installed.version} at ${installed.pythonDir} (${installer.name})`
  );
  logger.info(`uv ${ensured.version} (${ensured.source}): ${ensured.path}`);
  const uv = new Uv({
    path: ensured.path,
    cacheDir: options.uvCacheDir,
    offline: options.offline,
    indexUrl: options.indexUrl,
    extraIndexUrls: options.extraIndexUrls,
    trustedHosts: options.trustedHosts,
    proxy: options.proxy,
    noProxy: options.noProxy,
    logger
  });
  const result = {
    requested,
    python: {
      version: installed.version,
      build: build.build,
      key: build.key,
      url: build.url,
      sha256: build.sha256,
      assetName: build.assetName,
      platform: platformKey(build.platform),
      pythonPath: installed.pythonPath,
      pythonDir: installed.pythonDir,
      instanceDir: installed.instanceDir,
      cacheHit: installed.cacheHit,
      installer: installer.name
    },
    uv: {
      path: ensured.path,
      version: ensured.version,
      source: ensured.source,
      cacheHit: ensured.source !== "download"
    },
    phases,
    totalMs: 0
  };
  const plan = {
    requirements: options.requirements,
    constraints: options.constraints,
    pyproject: options.pyproject,
    editable: options.editable,
    extras: options.extras,
    packages: options.packages
  };
  if (options.venv !== false) {
    const venvOpt = options.venv ?? "default";
    let venvDir;
    let created;
    if (!isVenvPath(venvOpt) && installed.instanceDir) {
      const instanceDir = installed.instanceDir;
      ({ venvDir, created } = await phase("venv", async () => {
        const venvs = new VirtualEnvironmentManager({
          instance: { pythonPath: installed.pythonPath, dir: instanceDir },
          uv,
          logger
        });
        const existed = await venvs.exists(venvOpt);
        const v = await venvs.getOrCreate(venvOpt, { seed: options.seed, signal });
        logger.info(`${existed ? "Reusing" : "Created"} venv ${venvOpt} at ${v.path}`);
        return { venvDir: v.path, created: !existed };
      }));
    } else {
      venvDir = isVenvPath(venvOpt) ? path12.resolve(cwd, venvOpt) : path12.join(toolsDir, "venvs", venvOpt);
      ({ created } = await phase(
        "venv",
        () => ensureVenv(uv, installed.pythonPath, venvDir, { seed: options.seed, logger, signal })
      ));
    }
    const py = venvPython(venvDir);
    result.venv = { path: venvDir, binDir: venvBinDir(venvDir), pythonPath: py, created };
    if (hasPackages(plan)) {
      result.packages = await phase("packages", async () => {
        const { requested: requested2 } = await installPackages(uv, py, plan, { cwd, logger, signal });
        const names = await distributionsInVenv(venvDir) ?? await listInstalled(uv, py, signal);
        logger.info(`${names.length} package(s) in ${venvDir}`);
        return { installed: names.length, requested: requested2, names };
      });
    }
  } else if (hasPackages(plan)) {
    throw new ConfigurationError("Packages were requested but the venv is disabled.", {
      key: "venv",
      hint: "Enable the venv (packages are never installed into the base interpreter by setup)."
    });
  }
  if (options.export) {
    const dest = path12.resolve(cwd, options.export);
    if (!installer.export) {
      throw new ConfigurationError(`The ${installer.name} installer cannot export an installation.`, {
        key: "export",
        requested: dest
      });
    }
    result.exportPath = await phase("export", () => installer.export(installed, build, dest, ctx));
    logger.info(`Exported to ${result.exportPath}`);
  }
  const order = ["resolve", "install", "uv", "venv", "packages", "export"];
  phases.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  result.totalMs = Math.round(performance2.now() - started);
  return result;
}

// src/action/config.ts
import path15 from "node:path";
import os3 from "node:os";

// src/core/config/keys.ts
import path13 from "node:path";
var InvalidValue = class extends Error {
};
var text = (raw) => {
  if (typeof raw !== "string" && typeof raw !== "number") throw new InvalidValue(`expected a string`);
  const s = String(raw).trim();
  if (!s) throw new InvalidValue("is empty");
  return s;
};
var httpUrl = (raw) => {
  const s = text(raw);
  let u;
  try {
    u = new URL(s);
  } catch {
    throw new InvalidValue(`"${s}" is not a URL`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:")
    throw new InvalidValue(`"${s}" is not an http(s) URL`);
  return s;
};
var urlOrDir = (raw, ctx) => {
  const s = text(raw);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    const u = new URL(s);
    if (!["http:", "https:", "file:"].includes(u.protocol))
      throw new InvalidValue(`"${s}" is not an http(s) or file URL`);
    return s.replace(/\/+$/, "");
  }
  return path13.resolve(ctx.baseDir, s);
};
var dir = (raw, ctx) => path13.resolve(ctx.baseDir, text(raw));
var int = (min) => (raw) => {
  const s = typeof raw === "number" ? String(raw) : text(raw);
  if (!/^\d+$/.test(s) || Number(s) < min) {
    throw new InvalidValue(`"${s}" is not an integer >= ${min}`);
  }
  return Number(s);
};
var bool = (raw) => {
  if (typeof raw === "boolean") return raw;
  const s = text(raw).toLowerCase();
  if (["1", "true", "yes", "on"].includes(s)) return true;
  if (["0", "false", "no", "off"].includes(s)) return false;
  throw new InvalidValue(`"${s}" is not a boolean (use true/false, 1/0, yes/no)`);
};
var list = (item) => (raw) => {
  const parts = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[\s,]+/) : [raw];
  return parts.filter((p) => p !== "").map((p) => item(p));
};
var oneOf = (...values) => (raw) => {
  const s = text(raw);
  if (!values.includes(s)) throw new InvalidValue(`"${s}" is not one of ${values.join(", ")}`);
  return s;
};
var buildTag = (raw) => {
  const s = text(raw);
  if (!/^\d{8}$/.test(s)) throw new InvalidValue(`"${s}" is not a PBS build date (YYYYMMDD)`);
  return s;
};
var repo = (raw) => {
  const s = text(raw);
  if (!/^[\w.-]+\/[\w.-]+$/.test(s)) throw new InvalidValue(`"${s}" is not owner/name`);
  return s;
};
var version = (raw) => {
  const s = text(raw);
  if (!/^\d+\.\d+\.\d+$/.test(s))
    throw new InvalidValue(`"${s}" is not a uv version like ${DEFAULT_UV_VERSION}`);
  return s;
};
var host = (raw) => {
  const s = text(raw);
  if (!/^[\w.-]+(:\d+)?$/.test(s)) throw new InvalidValue(`"${s}" is not a host[:port]`);
  return s;
};
var KEYS = [
  {
    key: "root",
    flag: "--root",
    arg: "dir",
    env: ["PYEMBED_ROOT"],
    parse: dir,
    fallback: (_o, env) => defaultRoot(env),
    describe: "directory of instances"
  },
  {
    key: "python",
    flag: "--python",
    arg: "spec",
    env: ["PYEMBED_PYTHON"],
    parse: text,
    fallback: () => DEFAULT_PYTHON,
    describe: "Python spec; selects the instance (default: .python-version etc., else 3.12)"
  },
  {
    key: "build",
    flag: "--build",
    arg: "YYYYMMDD",
    env: ["PYEMBED_BUILD"],
    parse: buildTag,
    describe: "PBS build date to pin"
  },
  {
    key: "flavor",
    flag: "--flavor",
    arg: "name",
    env: ["PYEMBED_FLAVOR"],
    parse: oneOf("install_only_stripped", "install_only"),
    fallback: () => "install_only_stripped",
    describe: "archive flavour"
  },
  {
    key: "mirror",
    flag: "--mirror",
    arg: "url|dir",
    env: ["PYEMBED_MIRROR"],
    parse: urlOrDir,
    describe: "PBS archive mirror"
  },
  {
    key: "catalogSource",
    flag: "--catalog-source",
    arg: "source",
    env: ["PYEMBED_CATALOG_SOURCE"],
    parse: oneOf("snapshot", "ndjson", "github", "auto"),
    fallback: () => "auto",
    describe: "catalogue source"
  },
  {
    key: "ndjsonUrl",
    flag: "--ndjson-url",
    arg: "url",
    env: ["PYEMBED_NDJSON_URL"],
    parse: httpUrl,
    describe: "NDJSON index URL"
  },
  {
    key: "githubApiUrl",
    flag: "--github-api-url",
    arg: "url",
    env: ["PYEMBED_GITHUB_API_URL", "GITHUB_API_URL"],
    parse: (raw) => httpUrl(raw).replace(/\/+$/, ""),
    fallback: () => DEFAULT_GITHUB_API_URL,
    describe: "GitHub REST API root"
  },
  {
    key: "githubToken",
    flag: "--github-token",
    arg: "token",
    env: ["PYEMBED_GITHUB_TOKEN", "GITHUB_TOKEN"],
    parse: text,
    secret: true,
    describe: "GitHub token"
  },
  {
    key: "pbsRepo",
    flag: "--pbs-repo",
    arg: "owner/name",
    env: ["PYEMBED_PBS_REPO"],
    parse: repo,
    fallback: () => DEFAULT_PBS_REPO,
    describe: "python-build-standalone repository"
  },
  {
    key: "uvVersion",
    flag: "--uv-version",
    arg: "version",
    env: ["PYEMBED_UV_VERSION"],
    parse: version,
    fallback: () => DEFAULT_UV_VERSION,
    describe: "uv version"
  },
  {
    key: "uvPath",
    flag: "--uv-path",
    arg: "file",
    env: ["PYEMBED_UV_PATH"],
    parse: dir,
    describe: "uv binary to use"
  },
  {
    key: "uvDownloadUrl",
    flag: "--uv-download-url",
    arg: "url",
    env: ["PYEMBED_UV_DOWNLOAD_URL"],
    parse: urlOrDir,
    describe: "uv release base URL"
  },
  {
    key: "toolsDir",
    flag: "--tools-dir",
    arg: "dir",
    env: ["PYEMBED_TOOLS_DIR"],
    parse: dir,
    fallback: (o) => path13.join(o.root, "tools"),
    describe: "where the private uv lives"
  },
  {
    key: "indexUrl",
    flag: "--index-url",
    arg: "url",
    env: ["PYEMBED_INDEX_URL", "UV_DEFAULT_INDEX", "UV_INDEX_URL"],
    parse: httpUrl,
    describe: "package index"
  },
  {
    key: "extraIndexUrls",
    flag: "--extra-index-url",
    arg: "url",
    env: ["PYEMBED_EXTRA_INDEX_URL", "UV_INDEX", "UV_EXTRA_INDEX_URL"],
    // uv's UV_INDEX entries may be `name=url`; keep the URL part.
    parse: list((raw) => httpUrl(typeof raw === "string" ? raw.replace(/^[\w.-]+=(?=https?:)/, "") : raw)),
    fallback: () => [],
    describe: "extra package indexes"
  },
  {
    key: "trustedHosts",
    flag: "--trusted-host",
    arg: "host",
    env: ["PYEMBED_TRUSTED_HOST"],
    parse: list(host),
    fallback: () => [],
    describe: "hosts trusted without TLS"
  },
  {
    key: "proxy",
    flag: "--proxy",
    arg: "url",
    env: ["PYEMBED_PROXY", "HTTPS_PROXY", "https_proxy"],
    parse: httpUrl,
    describe: "HTTPS proxy"
  },
  // Not `--no-proxy`: commander reads `--no-x` as the negation of `--x`.
  {
    key: "noProxy",
    flag: "--bypass-proxy",
    arg: "hosts",
    env: ["NO_PROXY", "no_proxy"],
    parse: text,
    describe: "hosts bypassing the proxy"
  },
  {
    key: "timeoutMs",
    flag: "--timeout-ms",
    arg: "ms",
    env: ["PYEMBED_TIMEOUT_MS"],
    parse: int(1),
    fallback: () => 6e4,
    describe: "network timeout (ms)"
  },
  {
    key: "retries",
    flag: "--retries",
    arg: "n",
    env: ["PYEMBED_RETRIES"],
    parse: int(0),
    fallback: () => 4,
    describe: "download retries"
  },
  {
    key: "backoffMs",
    flag: "--backoff-ms",
    arg: "ms",
    env: ["PYEMBED_BACKOFF_MS"],
    parse: int(0),
    fallback: () => 500,
    describe: "first retry delay (ms)"
  },
  {
    key: "offline",
    flag: "--offline",
    env: ["PYEMBED_OFFLINE"],
    parse: bool,
    fallback: () => false,
    describe: "no network at all"
  },
  {
    key: "allowMissingChecksum",
    flag: "--allow-missing-checksum",
    env: ["PYEMBED_ALLOW_MISSING_CHECKSUM"],
    parse: bool,
    fallback: () => false,
    describe: "accept archives without a published checksum"
  }
];
var KEY_BY_NAME = new Map(KEYS.map((k) => [k.key, k]));
function flagAttribute(flag) {
  return flag.replace(/^--/, "").replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}

// src/core/config/load.ts
import { existsSync as existsSync4, readFileSync as readFileSync2 } from "node:fs";
import path14 from "node:path";
var CONFIG_FILE_NAMES = ["pyembed.json", ".pyembedrc.json"];
function describeSource(s) {
  switch (s.kind) {
    case "flag":
      return s.label ?? `flag ${s.name}`;
    case "env":
      return `env ${s.name}`;
    case "file":
      return `config file ${s.name}`;
    default:
      return "default";
  }
}
function findConfigFile(cwd, env, explicit) {
  const named = explicit ?? (env.PYEMBED_CONFIG || void 0);
  if (named) {
    const file = path14.resolve(cwd, named);
    if (!existsSync4(file)) {
      throw new ConfigurationError(`Config file ${file} does not exist.`, {
        key: "config",
        source: explicit ? "flag --config" : "env PYEMBED_CONFIG",
        requested: file,
        hint: "Point --config / PYEMBED_CONFIG at an existing JSON file, or unset it."
      });
    }
    return file;
  }
  return CONFIG_FILE_NAMES.map((n) => path14.join(cwd, n)).find((f) => existsSync4(f));
}
function readConfigFile(file) {
  let data;
  try {
    data = JSON.parse(readFileSync2(file, "utf8"));
  } catch (e) {
    throw new ConfigurationError(`Config file ${file} is not valid JSON: ${e.message}`, {
      source: `config file ${file}`,
      requested: file,
      hint: "Fix the JSON syntax or remove the file."
    });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigurationError(`Config file ${file} must hold a JSON object.`, {
      source: `config file ${file}`,
      requested: file
    });
  }
  const out = /* @__PURE__ */ new Map();
  for (const [name, value] of Object.entries(data)) {
    if (name === "$schema") continue;
    const spec = KEY_BY_NAME.get(name) ?? KEY_BY_NAME.get(flagAttribute(`--${name}`));
    if (!spec) {
      throw new ConfigurationError(`Unknown key "${name}" in config file ${file}.`, {
        key: name,
        source: `config file ${file}`,
        available: KEYS.map((k) => k.key)
      });
    }
    if (value !== null && value !== void 0) out.set(spec, value);
  }
  return out;
}
function loadConfig(input = {}) {
  const env = input.env ?? process.env;
  const cwd = path14.resolve(input.cwd ?? process.cwd());
  const file = findConfigFile(cwd, env, input.configFile);
  const fileValues = file ? readConfigFile(file) : /* @__PURE__ */ new Map();
  const options = {};
  const sources = {};
  for (const spec of KEYS) {
    let raw;
    let source = { kind: "default" };
    let baseDir = cwd;
    const flagValue = input.flags?.[spec.key];
    const envName = spec.env.find((n) => env[n] !== void 0 && env[n] !== "");
    if (flagValue !== void 0 && !(Array.isArray(flagValue) && flagValue.length === 0)) {
      raw = flagValue;
      source = {
        kind: "flag",
        name: spec.flag,
        ...input.describeFlag ? { label: input.describeFlag(spec.key, spec.flag) } : {}
      };
    } else if (envName) {
      raw = env[envName];
      source = { kind: "env", name: envName };
    } else if (fileValues.has(spec)) {
      raw = fileValues.get(spec);
      source = { kind: "file", name: file };
      baseDir = path14.dirname(file);
    }
    let value;
    if (source.kind === "default") {
      value = spec.fallback?.(options, env);
    } else {
      try {
        value = spec.parse(raw, { baseDir });
      } catch (e) {
        if (!(e instanceof InvalidValue)) throw e;
        const where = describeSource(source);
        throw new ConfigurationError(`Invalid value for "${spec.key}" from ${where}: ${e.message}.`, {
          key: spec.key,
          source: where,
          requested: spec.secret ? "***" : String(raw),
          hint: `Fix ${where} (${spec.describe}).`
        });
      }
    }
    if (value !== void 0) options[spec.key] = value;
    sources[spec.key] = source;
  }
  return { options, sources, file };
}

// src/action/config.ts
var INPUT_OF = {
  build: "build",
  mirror: "mirror",
  githubToken: "github-token",
  pbsRepo: "pbs-repo",
  uvVersion: "uv-version",
  uvDownloadUrl: "uv-download-url",
  indexUrl: "index-url",
  extraIndexUrls: "extra-index-url",
  offline: "offline"
};
function actionConfig(inputs, env = process.env) {
  const toolCache = env.RUNNER_TOOL_CACHE || path15.join(os3.tmpdir(), "pyembed-tool-cache");
  const flags = {
    build: inputs.build,
    mirror: inputs.mirror,
    githubToken: inputs.githubToken,
    pbsRepo: inputs.pbsRepo,
    uvVersion: inputs.uvVersion,
    uvDownloadUrl: inputs.uvDownloadUrl,
    indexUrl: inputs.indexUrl,
    extraIndexUrls: inputs.extraIndexUrls.length ? inputs.extraIndexUrls : void 0,
    offline: inputs.offline || void 0,
    root: env.PYEMBED_ROOT ? void 0 : path15.join(toolCache, "python-embedded"),
    toolsDir: env.PYEMBED_TOOLS_DIR ? void 0 : path15.join(toolCache, "python-embedded-tools")
  };
  try {
    return loadConfig({ flags, env, cwd: inputs.workingDirectory });
  } catch (e) {
    if (e instanceof ConfigurationError && typeof e.details.key === "string" && INPUT_OF[e.details.key]) {
      const input = INPUT_OF[e.details.key];
      const source = String(e.details.source ?? "");
      if (source.startsWith("flag ")) {
        throw new ConfigurationError(e.message.replace(source, `input ${input}`), {
          ...e.details,
          source: `input ${input}`,
          hint: `Fix the "${input}" input.`
        });
      }
    }
    throw e;
  }
}

// src/action/diagnose-step.ts
import { promises as fs11 } from "node:fs";
import os5 from "node:os";
import path19 from "node:path";

// src/core/diagnose/disk.ts
import { constants, promises as fs8 } from "node:fs";
import path16 from "node:path";
var GiB = 1024 ** 3;
async function nearestExisting(dir2) {
  let current = path16.resolve(dir2);
  for (; ; ) {
    try {
      await fs8.stat(current);
      return current;
    } catch {
      const parent = path16.dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}
async function freeDiskCheck(root, minFreeBytes = GiB) {
  const where = await nearestExisting(root);
  try {
    const st = await fs8.statfs(where);
    const free = Number(st.bavail) * Number(st.bsize);
    const data = { path: root, measuredAt: where, freeBytes: free, minFreeBytes };
    const text2 = `${formatBytes(free)} free in ${root}`;
    if (free < minFreeBytes / 8) {
      return {
        group: "disk",
        name: "free disk",
        status: "fail",
        detail: `${text2}; one Python needs ~100-300 MB: free some space.`,
        data
      };
    }
    if (free < minFreeBytes) {
      return {
        group: "disk",
        name: "free disk",
        status: "warn",
        detail: `${text2} (below ${formatBytes(minFreeBytes)}).`,
        data
      };
    }
    return { group: "disk", name: "free disk", status: "ok", detail: text2, data };
  } catch (e) {
    return {
      group: "disk",
      name: "free disk",
      status: "warn",
      detail: `cannot measure free space in ${root}: ${e.message}`
    };
  }
}
async function writableCheck(dir2) {
  const where = await nearestExisting(dir2);
  const exists4 = path16.resolve(dir2) === where;
  if (!(await fs8.stat(where)).isDirectory()) {
    return {
      group: "dirs",
      name: dir2,
      status: "fail",
      detail: `${where} is a file, not a directory.`,
      data: { exists: false }
    };
  }
  try {
    await fs8.access(where, constants.W_OK | constants.X_OK);
    const probe2 = path16.join(where, `.pyembed-probe-${process.pid}-${Date.now()}`);
    await fs8.writeFile(probe2, "");
    await fs8.rm(probe2, { force: true });
    return {
      group: "dirs",
      name: dir2,
      status: "ok",
      detail: exists4 ? "writable" : `does not exist yet; creatable under ${where}`,
      data: { exists: exists4 }
    };
  } catch (e) {
    return {
      group: "dirs",
      name: dir2,
      status: "fail",
      detail: `not writable (${e.code ?? e.message} at ${where}); choose another directory or fix its permissions.`,
      data: { exists: exists4 }
    };
  }
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
import { promises as fs10 } from "node:fs";
import path18 from "node:path";

// src/core/diagnose/uv.ts
import { execFile } from "node:child_process";
import { promises as fs9 } from "node:fs";
import path17 from "node:path";
async function findOnPath3(name, env = process.env) {
  const exts = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD").split(";") : [""];
  for (const dir2 of (env.PATH ?? "").split(path17.delimiter)) {
    if (!dir2) continue;
    for (const ext of exts) {
      const candidate = path17.join(dir2, name + ext);
      try {
        await fs9.access(candidate, fs9.constants.X_OK);
        return candidate;
      } catch {
      }
    }
  }
  return void 0;
}
function runText(cmd, args, timeoutMs, env) {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { timeout: timeoutMs, env },
      (e, stdout, stderr) => resolve({ ok: !e, out: String(stdout).trim(), err: (String(stderr).trim() || e?.message) ?? "" })
    );
  });
}
async function uvCheck(o) {
  const uv = o.uvPath ?? await findOnPath3("uv", o.env);
  if (!uv) {
    return {
      group: "uv",
      name: "uv",
      status: "warn",
      detail: "no uv on PATH; setup installs its pinned uv privately (needs the uv download host or a local uv path)."
    };
  }
  const r = await runText(uv, ["--version"], 1e4, o.env);
  const version2 = /uv (\d+\.\d+\.\d+\S*)/.exec(r.out)?.[1];
  if (!r.ok || !version2) {
    return {
      group: "uv",
      name: "uv",
      status: "fail",
      detail: `${uv} does not run: ${r.err || r.out}`,
      data: { path: uv }
    };
  }
  const data = { path: uv, version: version2 };
  if (o.expectedVersion && o.expectedVersion !== version2) {
    return {
      group: "uv",
      name: "uv",
      status: "warn",
      detail: `uv ${version2} at ${uv}; the configuration pins ${o.expectedVersion} (setup installs that one privately).`,
      data
    };
  }
  return { group: "uv", name: "uv", status: "ok", detail: `uv ${version2} at ${uv}`, data };
}

// src/core/diagnose/health.ts
var PROBE = [
  "import json, sys, importlib",
  "missing = []",
  "for m in ('ssl', 'zlib', 'sqlite3', 'ctypes', 'lzma', 'bz2'):",
  "    try: importlib.import_module(m)",
  "    except Exception: missing.append(m)",
  "print(json.dumps({'version': '%d.%d.%d' % sys.version_info[:3], 'prefix': sys.prefix, 'base': sys.base_prefix, 'missing': missing}))"
].join("\n");
async function probe(python, timeoutMs) {
  const env = { ...process.env };
  delete env.PYTHONHOME;
  delete env.PYTHONPATH;
  const r = await runText(python, ["-I", "-c", PROBE], timeoutMs, env);
  if (!r.ok) return r.err || "exited with an error";
  try {
    return JSON.parse(r.out);
  } catch {
    return `unexpected output: ${r.out.slice(0, 200)}`;
  }
}
var exeRel = process.platform === "win32" ? ["python.exe"] : ["bin", "python3"];
var venvExeRel = process.platform === "win32" ? ["Scripts", "python.exe"] : ["bin", "python"];
async function isFile2(p) {
  return (await fs10.stat(p).catch(() => void 0))?.isFile() ?? false;
}
async function findInstances(root) {
  let names;
  try {
    names = (await fs10.readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && /^(c?python|pypy|graalpy)-/.test(d.name)).map((d) => d.name).sort();
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    const dir2 = path18.join(root, name);
    const venvs = [];
    try {
      for (const d of await fs10.readdir(path18.join(dir2, "venvs"), { withFileTypes: true })) {
        const p = path18.join(dir2, "venvs", d.name);
        if (d.isDirectory() && !d.name.startsWith(".") && await isFile2(path18.join(p, "pyvenv.cfg")))
          venvs.push({ name: d.name, path: p });
      }
      venvs.sort((a, b) => a.name.localeCompare(b.name));
    } catch {
    }
    out.push({ key: name, pythonPath: path18.join(dir2, "python", ...exeRel), venvs });
  }
  return out;
}
async function instanceCheck(inst, timeoutMs = 2e4) {
  const base = { group: "instances", name: inst.key };
  try {
    await fs10.access(inst.pythonPath);
  } catch {
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
  const data = { pythonPath: inst.pythonPath, version: r.version, missingModules: r.missing };
  const keyVersion = /-(\d+\.\d+\.\d+)(?:[a-z]+\d+)?(?:[+-]|$)/.exec(inst.key)?.[1];
  if (keyVersion && keyVersion !== r.version) {
    return {
      ...base,
      status: "fail",
      detail: `contains Python ${r.version}, expected ${keyVersion}; reinstall it.`,
      data
    };
  }
  if (r.missing.length) {
    return {
      ...base,
      status: "warn",
      detail: `Python ${r.version} runs; missing modules: ${r.missing.join(", ")}`,
      data
    };
  }
  return { ...base, status: "ok", detail: `Python ${r.version} runs`, data };
}
async function venvCheck(owner, venv, timeoutMs = 2e4) {
  const base = { group: "venvs", name: `${owner}/${venv.name}` };
  let cfg;
  try {
    cfg = await fs10.readFile(path18.join(venv.path, "pyvenv.cfg"), "utf8");
  } catch {
    return {
      ...base,
      status: "fail",
      detail: `no pyvenv.cfg in ${venv.path}; recreate the venv.`,
      data: { path: venv.path }
    };
  }
  const home = /^home\s*=\s*(.+)$/m.exec(cfg)?.[1]?.trim();
  const uvVersion = /^uv\s*=\s*(.+)$/m.exec(cfg)?.[1]?.trim();
  if (!home) {
    return {
      ...base,
      status: "fail",
      detail: "pyvenv.cfg has no home; recreate the venv.",
      data: { path: venv.path }
    };
  }
  try {
    await fs10.access(home);
  } catch {
    return {
      ...base,
      status: "fail",
      detail: `pyvenv.cfg points at ${home}, which does not exist (moved or copied without fix-up); recreate or re-import the venv.`,
      data: { path: venv.path, home }
    };
  }
  const py = path18.join(venv.path, ...venvExeRel);
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
    fs10.realpath(r.prefix).catch(() => r.prefix),
    fs10.realpath(venv.path)
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
  const started = performance.now();
  try {
    const res = await (o.fetch ?? fetch)(url, {
      method: "HEAD",
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs)
    });
    await res.body?.cancel();
    const ms2 = Math.round(performance.now() - started);
    const data = { url: target.url, status: res.status, ms: ms2 };
    if (res.status >= 500) {
      return { ...base, status: "warn", detail: `${url.host} answered HTTP ${res.status}`, data };
    }
    return { ...base, status: "ok", detail: `${url.host} reachable (HTTP ${res.status}, ${ms2} ms)`, data };
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
import { execFile as execFile2 } from "node:child_process";
import os4 from "node:os";
var PBS_ARCHES = {
  linux: ["x86_64", "aarch64", "i686", "armv7", "ppc64le", "s390x", "riscv64"],
  darwin: ["x86_64", "aarch64"],
  windows: ["x86_64", "i686", "aarch64"]
};
var MIN_GLIBC = [2, 17];
async function systemInfo() {
  const osName = process.platform === "win32" ? "windows" : process.platform;
  const arch2 = normaliseArch(process.arch);
  const libc = osName === "linux" ? detectLibc() : "none";
  let platform;
  try {
    platform = platformKey(hostPlatform());
  } catch {
    platform = `${osName}-${arch2}-${libc}`;
  }
  return {
    os: osName,
    arch: arch2,
    libc,
    libcVersion: osName === "linux" ? await libcVersion(libc) : void 0,
    platform,
    osRelease: `${os4.type()} ${os4.release()}`,
    node: process.version
  };
}
async function libcVersion(libc) {
  const report = process.report?.getReport();
  if (libc === "gnu" && report?.header?.glibcVersionRuntime) return report.header.glibcVersionRuntime;
  const out = await new Promise((resolve) => {
    execFile2(
      "ldd",
      ["--version"],
      { timeout: 5e3 },
      (_e, stdout, stderr) => resolve(`${stdout}
${stderr}`)
    );
  });
  return /Version\s+(\d+\.\d+(?:\.\d+)?)/.exec(out)?.[1] ?? /(\d+\.\d+)\s*$/m.exec(out)?.[1];
}
function systemChecks(info2) {
  const checks = [];
  const arches = PBS_ARCHES[info2.os];
  checks.push(
    arches?.includes(info2.arch) ? { group: "system", name: "platform", status: "ok", detail: `${info2.platform} (${info2.osRelease})` } : {
      group: "system",
      name: "platform",
      status: "fail",
      detail: `python-build-standalone has no builds for ${info2.os}/${info2.arch}.`,
      data: { supported: PBS_ARCHES }
    }
  );
  if (info2.os === "linux") checks.push(libcCheck(info2));
  checks.push({ group: "system", name: "node", status: "ok", detail: info2.node });
  return checks;
}
function libcCheck(info2) {
  const name = "libc";
  if (!info2.libcVersion) {
    return { group: "system", name, status: "warn", detail: `${info2.libc}, version unknown` };
  }
  if (info2.libc === "gnu") {
    const [maj, min] = info2.libcVersion.split(".").map(Number);
    const tooOld = maj < MIN_GLIBC[0] || maj === MIN_GLIBC[0] && min < MIN_GLIBC[1];
    if (tooOld) {
      return {
        group: "system",
        name,
        status: "fail",
        detail: `glibc ${info2.libcVersion} is older than ${MIN_GLIBC.join(".")}, the minimum of python-build-standalone gnu builds; use a musl build or a newer image.`,
        data: { version: info2.libcVersion }
      };
    }
    return {
      group: "system",
      name,
      status: "ok",
      detail: `glibc ${info2.libcVersion}`,
      data: { version: info2.libcVersion }
    };
  }
  return {
    group: "system",
    name,
    status: "ok",
    detail: `${info2.libc} ${info2.libcVersion}`,
    data: { version: info2.libcVersion }
  };
}

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

// src/action/diagnose-step.ts
function configuredHosts(o) {
  const hosts = [
    { name: "mirror", url: o.mirror ?? `https://github.com/${o.pbsRepo}/releases/download/` },
    { name: "github-api", url: o.githubApiUrl },
    { name: "uv-download", url: o.uvDownloadUrl ?? DEFAULT_UV_DOWNLOAD_URL },
    { name: "index", url: o.indexUrl ?? "https://pypi.org/simple/" },
    ...o.extraIndexUrls.map((url, i) => ({ name: `extra-index-${i + 1}`, url }))
  ];
  return hosts.filter((h) => /^(https?|file):\/\//.test(h.url));
}
async function diagnoseStep(o) {
  const env = o.env ?? process.env;
  try {
    const dirs = [env.RUNNER_TEMP, env.RUNNER_TOOL_CACHE, env.GITHUB_WORKSPACE].filter(
      (d) => !!d
    );
    const report = await runDiagnose({
      root: o.options.root,
      dirs,
      hosts: configuredHosts(o.options),
      offline: o.options.offline,
      timeoutMs: Math.min(o.options.timeoutMs, 1e4),
      uvPath: o.uvPath,
      expectedUvVersion: o.options.uvVersion,
      instances: o.pythonPath ? [
        {
          key: o.pythonKey ?? "python",
          pythonPath: o.pythonPath,
          venvs: o.venvPath ? [{ name: path19.basename(o.venvPath), path: o.venvPath }] : []
        }
      ] : void 0
    });
    const dir2 = env.RUNNER_TEMP || os5.tmpdir();
    await fs11.mkdir(dir2, { recursive: true });
    const reportPath = path19.join(dir2, `pyembed-diagnose-${process.pid}-${Date.now()}.json`);
    await fs11.writeFile(reportPath, JSON.stringify(report, null, 2) + "\n");
    startGroup(`diagnose: ${report.ok ? "healthy" : "problems found"}`);
    info(renderDiagnoseReport(report));
    endGroup();
    for (const c of report.checks) {
      if (c.status === "fail") warning(`diagnose ${c.group}/${c.name}: ${c.detail}`);
    }
    return { report, reportPath, markdown: `
#### Diagnose

${renderDiagnoseMarkdown(report)}` };
  } catch (e) {
    warning(`diagnose could not run: ${e.message}`);
    return void 0;
  }
}

// src/action/failure.ts
function failureLine(e) {
  if (isPythonEmbeddedError(e)) {
    const near = e.details.available?.length ? ` Available: ${e.details.available.slice(0, 8).join(", ")}.` : "";
    return oneLine(`${e.guidance}${/available/i.test(e.guidance) ? "" : near}`);
  }
  return oneLine(e instanceof Error ? e.message : String(e));
}
var oneLine = (s) => s.replace(/\s*\n\s*/g, " ").trim();
function reportFailure(e) {
  const line = failureLine(e);
  if (isPythonEmbeddedError(e)) debug(JSON.stringify(e.toJSON()));
  else if (e instanceof Error && e.stack) debug(e.stack);
  process.exitCode = 1;
  error(line, { title: isPythonEmbeddedError(e) ? e.name : "python-embedded" });
}

// src/action/inputs.ts
import path20 from "node:path";
var envInput = (env = process.env) => (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
function invalid(name, value, why, hint) {
  return new ConfigurationError(`Invalid value for input "${name}": ${why}.`, {
    key: name,
    source: `input ${name}`,
    requested: value,
    hint
  });
}
function bool2(get, name, dflt) {
  const v = get(name);
  if (v === "") return dflt;
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw invalid(name, v, `"${v}" is not a boolean`, `Use true or false.`);
}
function list2(get, name) {
  return get(name).split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
}
var opt = (get, name) => get(name) || void 0;
function readInputs(get = envInput(), env = process.env) {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = path20.resolve(workspace, get("working-directory") || ".");
  const abs = (p) => path20.resolve(workingDirectory, p);
  const absOpt = (name) => {
    const v = opt(get, name);
    return v === void 0 ? void 0 : abs(v);
  };
  const diagnoseRaw = get("diagnose") || "false";
  const diagnose = ["true", "True", "TRUE"].includes(diagnoseRaw) ? "on" : ["false", "False", "FALSE"].includes(diagnoseRaw) ? "off" : diagnoseRaw.toLowerCase() === "strict" ? "strict" : void 0;
  if (!diagnose) {
    throw invalid(
      "diagnose",
      diagnoseRaw,
      `"${diagnoseRaw}" is not true, false or strict`,
      "Use true, false or strict."
    );
  }
  const build = opt(get, "build");
  if (build !== void 0 && !/^\d{8}$/.test(build)) {
    throw invalid(
      "build",
      build,
      `"${build}" is not a PBS build date`,
      "Use a release tag like 20250814, or leave it empty for the newest."
    );
  }
  return {
    pythonVersion: opt(get, "python-version"),
    pythonVersionFile: absOpt("python-version-file"),
    build,
    architecture: opt(get, "architecture"),
    freethreaded: bool2(get, "freethreaded", false),
    checkLatest: bool2(get, "check-latest", false),
    mirror: opt(get, "mirror"),
    pbsRepo: opt(get, "pbs-repo"),
    githubToken: opt(get, "github-token"),
    uvVersion: opt(get, "uv-version"),
    uvDownloadUrl: opt(get, "uv-download-url"),
    indexUrl: opt(get, "index-url"),
    extraIndexUrls: list2(get, "extra-index-url"),
    offline: bool2(get, "offline", false),
    venv: abs(get("venv") || ".venv"),
    requirements: list2(get, "requirements").map(abs),
    constraints: list2(get, "constraints").map(abs),
    pyproject: absOpt("pyproject"),
    editable: bool2(get, "editable", false),
    extras: get("extras").split(/[\s,]+/).filter(Boolean),
    cache: bool2(get, "cache", true),
    cacheDependencyGlob: list2(get, "cache-dependency-glob"),
    updateEnvironment: bool2(get, "update-environment", true),
    export: absOpt("export"),
    diagnose,
    workingDirectory
  };
}

// src/action/logger.ts
var actionsLogger = {
  debug: (m) => debug(m),
  info: (m) => info(m),
  warn: (m) => warning(m),
  error: (m) => error(m)
};

// src/action/outputs.ts
import path21 from "node:path";
function setOutputs(r) {
  setOutput("python-version", r.python.version);
  setOutput("python-path", r.venv?.pythonPath ?? r.python.pythonPath);
  setOutput("python-build", r.python.build);
  setOutput("python-cache-hit", r.python.cacheHit);
  setOutput("uv-version", r.uv.version);
  setOutput("uv-path", r.uv.path);
  setOutput("venv-path", r.venv?.path ?? "");
  setOutput("cache-hit", r.uvCache.hit);
  setOutput("export-path", r.exportPath ?? "");
  setOutput("diagnose-report", r.diagnose?.reportPath ?? "");
}
function updateEnvironment(r) {
  const pyDir = r.python.pythonDir;
  exportVariable("pythonLocation", pyDir);
  exportVariable("Python_ROOT_DIR", pyDir);
  exportVariable("Python3_ROOT_DIR", pyDir);
  if (process.platform !== "win32") {
    const pc = path21.join(pyDir, "lib", "pkgconfig");
    const rest = (process.env.PKG_CONFIG_PATH ?? "").split(path21.delimiter).filter((p) => p && p !== pc);
    exportVariable("PKG_CONFIG_PATH", [pc, ...rest].join(path21.delimiter));
  }
  if (r.uvCache.dir) exportVariable("UV_CACHE_DIR", r.uvCache.dir);
  addPath(path21.dirname(r.uv.path));
  if (r.venv) {
    exportVariable("VIRTUAL_ENV", r.venv.path);
    exportVariable("UV_PYTHON", r.venv.pythonPath);
    addPath(r.venv.binDir);
  } else {
    exportVariable("UV_PYTHON", r.python.pythonPath);
    addPath(path21.dirname(r.python.pythonPath));
  }
}

// src/core/setup/from-config.ts
function setupOptionsFromConfig(o) {
  return {
    root: o.root,
    mirror: o.mirror,
    catalogSource: o.catalogSource,
    ndjsonUrl: o.ndjsonUrl,
    githubApiUrl: o.githubApiUrl,
    githubToken: o.githubToken,
    pbsRepo: o.pbsRepo,
    allowMissingChecksum: o.allowMissingChecksum,
    retries: o.retries,
    timeoutMs: o.timeoutMs,
    backoffMs: o.backoffMs,
    offline: o.offline,
    uvVersion: o.uvVersion,
    uvPath: o.uvPath,
    uvDownloadUrl: o.uvDownloadUrl,
    toolsDir: o.toolsDir,
    indexUrl: o.indexUrl,
    extraIndexUrls: o.extraIndexUrls,
    trustedHosts: o.trustedHosts,
    proxy: o.proxy,
    noProxy: o.noProxy
  };
}

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as fs12 from "fs";

// node_modules/@actions/tool-cache/lib/manifest.js
var semver = __toESM(require_semver(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as os6 from "os";
import * as path22 from "path";
var semver2 = __toESM(require_semver(), 1);
import { ok } from "assert";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
function cacheDir(sourceDir, tool, version2, arch2) {
  return __awaiter(this, void 0, void 0, function* () {
    version2 = semver2.clean(version2) || version2;
    arch2 = arch2 || os6.arch();
    debug(`Caching tool ${tool} ${version2} ${arch2}`);
    debug(`source dir: ${sourceDir}`);
    if (!fs12.statSync(sourceDir).isDirectory()) {
      throw new Error("sourceDir is not a directory");
    }
    const destPath = yield _createToolPath(tool, version2, arch2);
    for (const itemName of fs12.readdirSync(sourceDir)) {
      const s = path22.join(sourceDir, itemName);
      yield cp(s, destPath, { recursive: true });
    }
    _completeToolPath(tool, version2, arch2);
    return destPath;
  });
}
function find(toolName, versionSpec, arch2) {
  if (!toolName) {
    throw new Error("toolName parameter is required");
  }
  if (!versionSpec) {
    throw new Error("versionSpec parameter is required");
  }
  arch2 = arch2 || os6.arch();
  if (!isExplicitVersion(versionSpec)) {
    const localVersions = findAllVersions(toolName, arch2);
    const match = evaluateVersions(localVersions, versionSpec);
    versionSpec = match;
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver2.clean(versionSpec) || "";
    const cachePath = path22.join(_getCacheDirectory(), toolName, versionSpec, arch2);
    debug(`checking cache: ${cachePath}`);
    if (fs12.existsSync(cachePath) && fs12.existsSync(`${cachePath}.complete`)) {
      debug(`Found tool in cache ${toolName} ${versionSpec} ${arch2}`);
      toolPath = cachePath;
    } else {
      debug("not found");
    }
  }
  return toolPath;
}
function findAllVersions(toolName, arch2) {
  const versions = [];
  arch2 = arch2 || os6.arch();
  const toolPath = path22.join(_getCacheDirectory(), toolName);
  if (fs12.existsSync(toolPath)) {
    const children = fs12.readdirSync(toolPath);
    for (const child of children) {
      if (isExplicitVersion(child)) {
        const fullPath = path22.join(toolPath, child, arch2 || "");
        if (fs12.existsSync(fullPath) && fs12.existsSync(`${fullPath}.complete`)) {
          versions.push(child);
        }
      }
    }
  }
  return versions;
}
function _createToolPath(tool, version2, arch2) {
  return __awaiter(this, void 0, void 0, function* () {
    const folderPath = path22.join(_getCacheDirectory(), tool, semver2.clean(version2) || version2, arch2 || "");
    debug(`destination ${folderPath}`);
    const markerPath = `${folderPath}.complete`;
    yield rmRF(folderPath);
    yield rmRF(markerPath);
    yield mkdirP(folderPath);
    return folderPath;
  });
}
function _completeToolPath(tool, version2, arch2) {
  const folderPath = path22.join(_getCacheDirectory(), tool, semver2.clean(version2) || version2, arch2 || "");
  const markerPath = `${folderPath}.complete`;
  fs12.writeFileSync(markerPath, "");
  debug("finished caching tool");
}
function isExplicitVersion(versionSpec) {
  const c = semver2.clean(versionSpec) || "";
  debug(`isExplicit: ${c}`);
  const valid2 = semver2.valid(c) != null;
  debug(`explicit? ${valid2}`);
  return valid2;
}
function evaluateVersions(versions, versionSpec) {
  let version2 = "";
  debug(`evaluating ${versions.length} versions`);
  versions = versions.sort((a, b) => {
    if (semver2.gt(a, b)) {
      return 1;
    }
    return -1;
  });
  for (let i = versions.length - 1; i >= 0; i--) {
    const potential = versions[i];
    const satisfied = semver2.satisfies(potential, versionSpec);
    if (satisfied) {
      version2 = potential;
      break;
    }
  }
  if (version2) {
    debug(`matched: ${version2}`);
  } else {
    debug("match not found");
  }
  return version2;
}
function _getCacheDirectory() {
  const cacheDirectory = process.env["RUNNER_TOOL_CACHE"] || "";
  ok(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined");
  return cacheDirectory;
}

// src/action/tool-cache.ts
import { promises as fs13 } from "node:fs";
import path23 from "node:path";
var TOOL_NAME = "Python";
function toolCacheVersion(build) {
  const m = /^(\d+\.\d+\.\d+)([a-z]+\d+)?$/.exec(build.version);
  return m ? m[2] ? `${m[1]}-${m[2]}` : m[1] : build.version;
}
function toolCacheArch(build) {
  const variant = build.variant ? `+${build.variant}` : "";
  return `pbs-${platformKey(build.platform)}${variant}-${build.build}-${build.flavor}`.replace(
    /[^\w.+-]/g,
    "_"
  );
}
var exists3 = (p) => fs13.access(p).then(
  () => true,
  () => false
);
function toolCacheInstaller(inner, o = {}) {
  return {
    name: "tool-cache",
    async install(build, ctx) {
      const version2 = toolCacheVersion(build);
      const arch2 = toolCacheArch(build);
      const exe = process.platform === "win32" ? ["python.exe"] : ["bin", "python3"];
      let installed;
      const found = find(TOOL_NAME, version2, arch2);
      if (found && await exists3(path23.join(found, ...exe))) {
        ctx.logger.info(`Python ${build.version} (${build.build}) found in the tool cache: ${found}`);
        installed = {
          pythonDir: found,
          pythonPath: path23.join(found, ...exe),
          version: build.version,
          cacheHit: true
        };
      } else {
        const fresh = await inner.install(build, ctx);
        ctx.logger.info(`Caching ${fresh.pythonDir} in the tool cache as ${TOOL_NAME}/${version2}/${arch2}`);
        const cached = await cacheDir(fresh.pythonDir, TOOL_NAME, version2, arch2);
        installed = {
          pythonDir: cached,
          pythonPath: path23.join(cached, path23.relative(fresh.pythonDir, fresh.pythonPath)),
          version: fresh.version,
          cacheHit: fresh.cacheHit,
          instanceDir: fresh.instanceDir
        };
      }
      await o.afterInstall?.(build, installed);
      return installed;
    },
    // export is the library's (an archive `pyembed import` reads): it needs the instance in the library's
    // root, which a tool-cache hit may not have populated — installing there is free when it is present
    export: inner.export ? async (_installed, build, archivePath, ctx) => inner.export(await inner.install(build, ctx), build, archivePath, ctx) : void 0
  };
}

// src/action/uv-cache-step.ts
import path26 from "node:path";
import { performance as performance3 } from "node:perf_hooks";

// src/action/cache-key.ts
import { createHash } from "node:crypto";
import { createReadStream, promises as fs15 } from "node:fs";
import path25 from "node:path";

// src/action/glob.ts
import { promises as fs14 } from "node:fs";
import path24 from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules", ".venv", "__pycache__", ".tox", ".nox", ".mypy_cache"]);
function globToRegExp(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") {
      const slash = pattern[i + 2] === "/";
      re += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
async function globFiles(patterns, cwd, extraSkip = []) {
  const norm = (p) => (path24.isAbsolute(p) ? path24.relative(cwd, p) : p).split(path24.sep).join("/").replace(/^\.\//, "");
  const include = patterns.filter((p) => !p.startsWith("!")).map((p) => globToRegExp(norm(p)));
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => globToRegExp(norm(p.slice(1))));
  const skipAbs = new Set(extraSkip.map((p) => path24.resolve(p)));
  const out = [];
  async function walk(dir2, rel) {
    let entries;
    try {
      entries = await fs14.readdir(dir2, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = path24.join(dir2, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !skipAbs.has(abs)) await walk(abs, r);
      } else if (e.isFile() && include.some((x) => x.test(r)) && !exclude.some((x) => x.test(r))) {
        out.push(abs);
      }
    }
  }
  await walk(cwd, "");
  return out.sort();
}

// src/action/cache-key.ts
var CACHE_KEY_VERSION = "1";
var MAX_KEY_LENGTH = 512;
var enc = (s) => encodeURIComponent(s);
var short2 = (s, n = 16) => createHash("sha256").update(s).digest("hex").slice(0, n);
function uvCacheKey(p) {
  const restorePrefix = [
    `pyembed-uv-${CACHE_KEY_VERSION}`,
    enc(p.os),
    enc(p.arch),
    enc(p.libc),
    enc(p.pythonKey),
    enc(p.pythonBuild),
    `uv${enc(p.uvVersion)}`
  ].join("-");
  let primary = `${restorePrefix}-${p.depsHash ?? "no-deps"}${p.salt ? `-${short2(p.salt, 8)}` : ""}`;
  if (primary.length > MAX_KEY_LENGTH) primary = `pyembed-uv-${CACHE_KEY_VERSION}-${short2(primary, 64)}`;
  return { primary, restorePrefix: restorePrefix.length < MAX_KEY_LENGTH ? `${restorePrefix}-` : primary };
}
async function fileSha256(file) {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(file)) h.update(chunk);
  return h.digest("hex");
}
async function hashDependencyFiles(o) {
  let files;
  if (o.globs.length) {
    files = await globFiles(o.globs, o.cwd, o.skipDirs);
  } else {
    const candidates = [...o.explicit];
    for (const f of o.explicit) {
      if (path25.basename(f) === "pyproject.toml") candidates.push(path25.join(path25.dirname(f), "uv.lock"));
    }
    files = [];
    for (const f of [...new Set(candidates)].sort()) {
      const st = await fs15.stat(f).catch(() => void 0);
      if (st?.isFile()) files.push(f);
    }
  }
  if (!files.length) return { files };
  const h = createHash("sha256");
  for (const f of files) h.update(`${path25.relative(o.cwd, f)}\0${await fileSha256(f)}
`);
  return { files, hash: h.digest("hex").slice(0, 32) };
}

// src/action/uv-cache-step.ts
async function restoreForBuild(inputs, o, build, st) {
  const t0 = performance3.now();
  const pyproject = inputs.pyproject ? path26.basename(inputs.pyproject) === "pyproject.toml" ? inputs.pyproject : path26.join(inputs.pyproject, "pyproject.toml") : void 0;
  const deps = await hashDependencyFiles({
    globs: inputs.cacheDependencyGlob,
    explicit: [...inputs.requirements, ...inputs.constraints, ...pyproject ? [pyproject] : []],
    cwd: inputs.workingDirectory,
    skipDirs: [inputs.venv]
  });
  if (inputs.cacheDependencyGlob.length && !deps.files.length) {
    warning(
      `No file matched cache-dependency-glob (${inputs.cacheDependencyGlob.join(", ")}): the uv cache key ignores dependencies.`
    );
  }
  const { primary, restorePrefix } = uvCacheKey({
    os: build.platform.os,
    arch: build.platform.arch + (build.platform.archVariant ? `_${build.platform.archVariant}` : ""),
    libc: build.platform.libc,
    pythonKey: build.key,
    pythonBuild: build.build,
    uvVersion: o.uvPath ? "path" : o.uvVersion,
    depsHash: deps.hash,
    salt: [o.indexUrl ?? "", ...o.extraIndexUrls].join("\n") || void 0
  });
  st.key = primary;
  st.hit = await restoreUvCache({ primary, restorePrefix, dir: st.dir });
  st.restoreMs = Math.round(performance3.now() - t0);
}

// src/action/plan.ts
function platformFor(architecture) {
  if (!architecture) return void 0;
  if (architecture.includes("-")) return parsePlatform(architecture);
  const host2 = hostPlatform();
  const m = /^(.+?)_(v[234])$/.exec(architecture.toLowerCase());
  return { ...host2, arch: normaliseArch(m ? m[1] : architecture.toLowerCase()), archVariant: m?.[2] };
}
function toSetupOptions(inputs, o, st) {
  const base = {
    ...setupOptionsFromConfig(o),
    python: inputs.pythonVersion,
    pythonVersionFile: inputs.pythonVersionFile,
    defaultPython: o.python,
    cwd: inputs.workingDirectory,
    build: o.build,
    platform: platformFor(inputs.architecture),
    flavor: o.flavor,
    freethreaded: inputs.freethreaded,
    checkLatest: inputs.checkLatest,
    uvCacheDir: st.dir,
    venv: inputs.venv,
    requirements: inputs.requirements,
    constraints: inputs.constraints,
    pyproject: inputs.pyproject,
    editable: inputs.editable,
    extras: inputs.extras,
    export: inputs.export
  };
  const inner = managerInstaller({ ...base, root: o.root, logger: actionsLogger });
  return {
    ...base,
    installer: toolCacheInstaller(inner, {
      afterInstall: async (build) => {
        st.build = build;
        if (st.enabled) await restoreForBuild(inputs, o, build, st);
      }
    })
  };
}
function toActionResult(r, st, mirror) {
  const phases = [];
  for (const p of r.phases) {
    if (p.name === "install" && st.restoreMs) {
      phases.push(
        { name: "install", ms: Math.max(0, p.ms - st.restoreMs) },
        { name: "uv cache restore", ms: st.restoreMs }
      );
    } else phases.push({ name: p.name, ms: p.ms });
  }
  return {
    requested: r.requested,
    python: {
      version: r.python.version,
      build: r.python.build,
      key: r.python.key,
      url: st.build ? mirrorUrlFor(st.build, mirror) : r.python.url,
      pythonPath: r.python.pythonPath,
      pythonDir: r.python.pythonDir,
      cacheHit: r.python.cacheHit
    },
    uv: r.uv,
    venv: r.venv,
    packages: r.packages ? { installed: r.packages.installed } : void 0,
    uvCache: { enabled: st.enabled, hit: st.hit, key: st.key, dir: st.dir },
    exportPath: r.exportPath,
    phases
  };
}

// src/action/summary.ts
var ms = (n) => n >= 1e3 ? `${(n / 1e3).toFixed(1)} s` : `${Math.round(n)} ms`;
var yes = (b) => b ? "yes" : "no";
async function writeSummary(r, extraMarkdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const s = summary.addHeading("Setup Python Embedded", 3).addTable([
    [
      { data: "asked", header: true },
      { data: "resolved", header: true },
      { data: "build", header: true },
      { data: "from tool cache", header: true },
      { data: "uv", header: true },
      { data: "uv cache hit", header: true },
      { data: "packages", header: true }
    ],
    [
      `${r.requested.spec} (${r.requested.source})`,
      `${r.python.version} (${r.python.key})`,
      r.python.build,
      yes(r.python.cacheHit),
      `${r.uv.version} (${r.uv.source})`,
      r.uvCache.enabled ? yes(r.uvCache.hit) : "cache off",
      r.packages ? String(r.packages.installed) : "-"
    ]
  ]);
  if (r.python.url) s.addRaw(`
Source: <code>${escapeHtml(r.python.url)}</code>
`, true);
  s.addTable([
    [
      { data: "phase", header: true },
      { data: "time", header: true }
    ],
    ...r.phases.map((p) => [p.name, ms(p.ms)]),
    ["total", ms(r.phases.reduce((a, p) => a + p.ms, 0))]
  ]);
  const paths = [
    ["python", r.venv?.pythonPath ?? r.python.pythonPath],
    ...r.venv ? [["venv", r.venv.path]] : [],
    ...r.exportPath ? [["export", r.exportPath]] : [],
    ...r.diagnose ? [["diagnose report", r.diagnose.reportPath]] : []
  ];
  s.addList(paths.map(([k, v]) => `${k}: <code>${escapeHtml(v)}</code>`));
  if (extraMarkdown) s.addRaw(extraMarkdown, true);
  await s.write();
}
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/action/main.ts
function strictFailure(d) {
  const fails = d.report.checks.filter((c) => c.status === "fail");
  return `diagnose found ${fails.length} failure(s): ${fails.map((c) => `${c.group}/${c.name}: ${c.detail}`).join("; ")}`;
}
async function run() {
  const t0 = performance4.now();
  let inputs;
  let options;
  let result;
  let failure;
  try {
    process.env.RUNNER_TEMP ||= path27.join(os7.tmpdir(), "pyembed-runner-temp");
    process.env.RUNNER_TOOL_CACHE ||= path27.join(os7.tmpdir(), "pyembed-tool-cache");
    inputs = readInputs();
    if (inputs.githubToken) setSecret(inputs.githubToken);
    options = actionConfig(inputs).options;
    const st = {
      enabled: inputs.cache,
      hit: false,
      dir: inputs.cache ? uvCacheDir() : process.env.UV_CACHE_DIR,
      restoreMs: 0
    };
    const setup = await runSetup(toSetupOptions(inputs, options, st), { logger: actionsLogger });
    result = toActionResult(setup, st, options.mirror);
    saveState(STATE.uv, setup.uv.path);
    saveState(STATE.uvVersion, setup.uv.version);
  } catch (e) {
    failure = e;
  }
  let diag;
  if (inputs && options && inputs.diagnose !== "off") {
    const t = performance4.now();
    diag = await diagnoseStep({
      options,
      uvPath: result?.uv.path,
      venvPath: result?.venv?.path,
      pythonPath: result?.python.pythonPath,
      pythonKey: result?.python.key
    });
    if (result && diag) {
      result.diagnose = { reportPath: diag.reportPath, ok: diag.report.ok, counts: diag.report.counts };
      result.phases.push({ name: "diagnose", ms: Math.round(performance4.now() - t) });
    }
    if (!result && diag) setOutput("diagnose-report", diag.reportPath);
  }
  if (failure !== void 0 || !result || !inputs) {
    reportFailure(failure);
    return;
  }
  try {
    setOutputs(result);
    if (inputs.updateEnvironment) updateEnvironment(result);
    await writeSummary(result, diag?.markdown);
    info(
      `Python ${result.python.version} (${result.python.key}, build ${result.python.build}) ready in ${Math.round(performance4.now() - t0)} ms` + (result.venv ? `; venv ${result.venv.path}` : "")
    );
    if (inputs.diagnose === "strict" && diag && !diag.report.ok) {
      reportFailure(new Error(strictFailure(diag)));
      return;
    }
    saveState(STATE.healthy, "true");
  } catch (e) {
    reportFailure(e);
  }
}

// src/action/main-entry.ts
await run();
