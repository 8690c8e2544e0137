#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  withLock
} from "./chunk-C4SBK3D4.js";
import {
  downloadFile,
  fetchText,
  mirrorBase
} from "./chunk-DBBTYMKI.js";
import {
  silentLogger
} from "./chunk-D7HBDRUY.js";
import {
  spawnCapture
} from "./chunk-H3KNM2UV.js";
import {
  hostPlatform
} from "./chunk-H3BTIRPU.js";
import {
  DEFAULT_UV_DOWNLOAD_URL,
  DEFAULT_UV_VERSION,
  uvAsset,
  uvAssetUrl
} from "./chunk-45FNKFRZ.js";
import {
  exists,
  findOnPath,
  renameWithRetry
} from "./chunk-2UZL3OXL.js";
import {
  randomTag
} from "./chunk-D2NKIRAZ.js";
import {
  ChecksumMismatchError,
  ConfigurationError,
  DownloadError,
  UvNotFoundError
} from "./chunk-EI5M5ORX.js";

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
    for (const host of trusted) args.push(`--allow-insecure-host=${checkHost(host)}`);
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
        onStderr: o.onOutput,
        onSpawn: o.onSpawn
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
async function probeUvVersion(path2, signal) {
  let r;
  try {
    r = await spawnCapture(path2, ["self", "version", "--output-format", "json"], {
      signal,
      timeoutMs: 3e4
    });
  } catch (e) {
    throw new UvNotFoundError(`uv could not be started at ${path2}: ${e.message}`, {
      requested: path2,
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
  const t = await spawnCapture(path2, ["--version"], { signal, timeoutMs: 3e4 });
  const m = /^uv\s+(\S+)/m.exec(t.stdout);
  if (t.exitCode !== 0 || !m) {
    throw new UvNotFoundError(
      `${path2} does not look like uv (\`--version\` printed ${JSON.stringify(t.stdout.trim())}).`,
      {
        requested: path2
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
function checkHost(host) {
  if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(host) || host.startsWith("-")) {
    throw new ConfigurationError(`Not a host name: ${JSON.stringify(host)}.`, { requested: host });
  }
  return host;
}

// src/core/uv/install.ts
import { constants as fsc, promises as fs } from "node:fs";
import path from "node:path";

// src/core/uv/checksums.ts
var SHIPPED_UV_CHECKSUMS = {};
function shippedUvSha256(version, assetName, table = SHIPPED_UV_CHECKSUMS) {
  return table[version]?.[assetName]?.toLowerCase();
}

// src/core/uv/install.ts
var MARKER = "pyembed-uv.json";
async function ensureUv(o) {
  const log = o.logger ?? silentLogger;
  if (o.uvPath) return givenUv(o.uvPath, o, log);
  if (o.system) return systemUv(o, log);
  const version = checkVersion(o.version ?? DEFAULT_UV_VERSION);
  const asset = uvAsset(o.platform ?? hostPlatform());
  const root = path.join(path.resolve(o.toolsDir), "uv");
  const dir = uvInstallDir(o.toolsDir, version, asset);
  const exe = path.join(dir, asset.exe);
  const cached = await readInstalled(dir, exe, version, asset.triple);
  if (cached) return { path: exe, version, source: "cache" };
  await fs.mkdir(root, { recursive: true });
  return withLock(path.join(root, `${version}-${asset.triple}.lock`), async () => {
    if (await readInstalled(dir, exe, version, asset.triple))
      return { path: exe, version, source: "cache" };
    await downloadUv(version, asset, root, dir, o, log);
    return { path: exe, version, source: "download" };
  });
}
async function givenUv(uvPath, o, log) {
  const p = path.resolve(uvPath);
  await assertExecutable(p, "uvPath");
  const version = await probeUvVersion(p, o.signal);
  if (o.version && o.version !== version)
    log.warn(`uv at ${p} is ${version}, not the requested ${o.version}.`);
  return { path: p, version, source: "path" };
}
async function systemUv(o, log) {
  const p = await findOnPath(process.platform === "win32" ? "uv.exe" : "uv");
  if (!p) {
    throw new UvNotFoundError("uv was requested from PATH (system) but none was found.", {
      requested: "system",
      hint: 'Install uv on PATH, or drop "system" to let python-embedded install its pinned uv.'
    });
  }
  const version = await probeUvVersion(p, o.signal);
  log.info(`Using uv ${version} from PATH: ${p}`);
  return { path: p, version, source: "system" };
}
async function downloadUv(version, asset, root, dir, o, log) {
  const base = o.downloadBaseUrl ? mirrorBase(o.downloadBaseUrl) : DEFAULT_UV_DOWNLOAD_URL;
  const token = o.downloadBaseUrl ? void 0 : o.token;
  const url = uvAssetUrl(version, asset, base);
  const tmp = path.join(root, `.tmp-${version}-${randomTag()}`);
  await fs.mkdir(tmp, { recursive: true });
  try {
    const sha256 = o.sha256?.toLowerCase() ?? shippedUvSha256(version, asset.name, o.knownChecksums) ?? await fetchCompanionSha256(url, { ...o, token });
    log.info(`Downloading uv ${version} (${asset.name}) from ${url}`);
    const archive = path.join(tmp, asset.name);
    const dl = await downloadFile(url, archive, {
      sha256,
      allowMissingChecksum: o.allowMissingChecksum,
      token,
      logger: log,
      signal: o.signal
    });
    const staging = await unpackUv(archive, tmp, version, asset, { url, sha256: dl.sha256, base }, o.signal);
    await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(path.dirname(dir), { recursive: true });
    await renameWithRetry(staging, dir);
    log.info(`Installed uv ${version} into ${dir}`);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
async function unpackUv(archive, tmp, version, asset, from, signal) {
  const unpacked = path.join(tmp, "unpacked");
  const { extractArchive } = await import("./extract-M2FQSWXD.js");
  await extractArchive(archive, unpacked, { format: asset.format });
  const staging = path.join(tmp, "staging");
  await fs.mkdir(staging);
  const srcDir = await findBinDir(unpacked, asset.innerDir, asset.exe);
  for (const name of await fs.readdir(srcDir)) {
    await renameWithRetry(path.join(srcDir, name), path.join(staging, name));
  }
  if (process.platform !== "win32") await fs.chmod(path.join(staging, asset.exe), 493);
  const got = await probeUvVersion(path.join(staging, asset.exe), signal);
  if (got !== version) {
    throw new ChecksumMismatchError(`The archive for uv ${version} contains uv ${got}.`, {
      requested: version,
      available: [got],
      hint: `Check the uv download base (${from.base}).`
    });
  }
  const exeBytes = (await fs.stat(path.join(staging, asset.exe))).size;
  const marker = {
    version,
    exeBytes,
    triple: asset.triple,
    sha256: from.sha256,
    url: from.url,
    installedAt: (/* @__PURE__ */ new Date()).toISOString()
  };
  await fs.writeFile(path.join(staging, MARKER), JSON.stringify(marker, null, 2) + "\n");
  return staging;
}
function uvInstallDir(toolsDir, version, asset) {
  return path.join(path.resolve(toolsDir), "uv", version, asset.triple);
}
async function fetchCompanionSha256(url, o) {
  const log = o.logger ?? silentLogger;
  let text;
  let why = "not published (404)";
  try {
    text = await fetchText(`${url}.sha256`, { token: o.token, signal: o.signal });
  } catch (e) {
    why = e.message;
  }
  if (text === void 0) {
    if (o.allowMissingChecksum) {
      log.warn(`No checksum for ${url} (${why}); installing unverified (allowMissingChecksum).`);
      return void 0;
    }
    throw new DownloadError(`Could not get the checksum of the uv archive ${url}.sha256: ${why}.`, {
      requested: `${url}.sha256`,
      hint: "Check the uv download base and network, pass the sha256 explicitly, or set allowMissingChecksum."
    });
  }
  const m = /^\s*([0-9a-fA-F]{64})\b/.exec(text);
  if (!m) {
    throw new ChecksumMismatchError(
      `${url}.sha256 does not hold a sha256 (${JSON.stringify(text.slice(0, 80))}).`,
      {
        requested: `${url}.sha256`
      }
    );
  }
  return m[1].toLowerCase();
}
async function readInstalled(dir, exe, version, triple) {
  try {
    const m = JSON.parse(await fs.readFile(path.join(dir, MARKER), "utf8"));
    if (m.version !== version || m.triple !== triple) return false;
    await fs.access(exe, process.platform === "win32" ? fsc.F_OK : fsc.X_OK);
    return m.exeBytes === void 0 || (await fs.stat(exe)).size === m.exeBytes;
  } catch {
    return false;
  }
}
async function findBinDir(root, innerDir, exe) {
  for (const cand of [path.join(root, innerDir), root]) if (await exists(path.join(cand, exe))) return cand;
  for (const e of await fs.readdir(root, { withFileTypes: true })) {
    if (e.isDirectory() && await exists(path.join(root, e.name, exe))) return path.join(root, e.name);
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
    const st = await fs.stat(p);
    if (!st.isFile()) throw new Error("not a file");
    if (process.platform !== "win32") await fs.access(p, fsc.X_OK);
  } catch (e) {
    throw new UvNotFoundError(`${what} ${p} is not an executable file (${e.message}).`, {
      requested: p
    });
  }
}

export {
  Uv,
  probeUvVersion,
  checkIndexUrl,
  ensureUv,
  uvInstallDir
};
