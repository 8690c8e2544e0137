#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  silentLogger
} from "./chunk-D7HBDRUY.js";
import {
  makeDirs
} from "./chunk-2UZL3OXL.js";
import {
  garbageMeter
} from "./chunk-T4T7GVZN.js";
import {
  sha256
} from "./chunk-D2NKIRAZ.js";
import {
  ChecksumMismatchError,
  DownloadError,
  PythonEmbeddedError
} from "./chunk-EI5M5ORX.js";

// src/core/install/proxy.ts
import net from "node:net";
function proxyFor(url, env = process.env) {
  const pick = (...names) => names.map((n) => env[n]).find((v) => v && v.trim());
  const raw = url.protocol === "https:" ? pick("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY") : pick("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY");
  if (!raw) return void 0;
  if (bypassProxy(url, pick("no_proxy", "NO_PROXY") ?? "")) return void 0;
  try {
    return new URL(raw.includes("://") ? raw : `http://${raw}`);
  } catch {
    return void 0;
  }
}
function bypassProxy(url, noProxy) {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  for (let entry of noProxy.split(/[,\s]+/)) {
    entry = entry.trim().toLowerCase();
    if (!entry) continue;
    if (entry === "*") return true;
    let entryPort;
    const m = /^(.*):(\d+)$/.exec(entry);
    if (m && !entry.includes("/") && net.isIP(entry) !== 6) {
      entry = m[1];
      entryPort = m[2];
    }
    if (entryPort && entryPort !== port) continue;
    if (entry.includes("/") && net.isIPv4(host) && inCidr(host, entry)) return true;
    const bare = entry.replace(/^\*?\./, "");
    if (host === bare || host.endsWith(`.${bare}`)) return true;
  }
  return false;
}
function inCidr(ip, cidr) {
  const [base, bitsText] = cidr.split("/");
  const bits = Number(bitsText);
  if (!net.isIPv4(base) || !(bits >= 0 && bits <= 32)) return false;
  const toInt = (a) => a.split(".").reduce((acc, o) => (acc << 8) + Number(o), 0) >>> 0;
  const mask = bits === 0 ? 0 : ~0 << 32 - bits >>> 0;
  return (toInt(ip) & mask) === (toInt(base) & mask);
}

// src/core/install/http.ts
import { createRequire } from "node:module";
var requireBuiltin = createRequire(import.meta.url);
var builtin = (id) => requireBuiltin(id);
var httpModule = () => builtin("node:http");
var httpsModule = () => builtin("node:https");
var tlsModule = () => builtin("node:tls");
var GITHUB_COM_HOSTS = ["github.com", "api.github.com"];
function isGitHubHost(hostname, extra = [], githubCom = GITHUB_COM_HOSTS) {
  const h = hostname.toLowerCase();
  if (githubCom.includes(h) || h.endsWith(".githubusercontent.com")) return true;
  return extra.some((e) => e.toLowerCase() === h);
}
function tokenMayGoTo(hostname, o = {}) {
  const githubCom = o.githubComHosts ?? GITHUB_COM_HOSTS;
  const ghes = [...o.githubHosts ?? [], ...configuredGitHubHosts(o.env ?? process.env)].map((h) => h.toLowerCase()).filter((h) => !isGitHubHost(h, [], githubCom));
  if (ghes.length > 0) return ghes.includes(hostname.toLowerCase());
  return isGitHubHost(hostname, [], githubCom);
}
function configuredGitHubHosts(env = process.env) {
  const out = [];
  for (const v of [env.GITHUB_SERVER_URL, env.GITHUB_API_URL]) {
    if (!v) continue;
    try {
      out.push(new URL(v).hostname);
    } catch {
    }
  }
  return out;
}
function redactUrl(url) {
  try {
    const u = new URL(url.toString());
    u.username = "";
    u.password = "";
    u.search = "";
    return u.toString();
  } catch {
    return String(url);
  }
}
async function httpGet(url, o = {}) {
  let current = new URL(url.toString());
  const origin = current.host;
  const maxRedirects = o.maxRedirects ?? 10;
  for (let hop = 0; ; hop++) {
    const headers = { "user-agent": "python-embedded", ...o.headers };
    if (o.token && current.host === origin && tokenMayGoTo(current.hostname, o)) {
      headers.authorization = `Bearer ${o.token}`;
    }
    const res = await requestOnce(current, headers, o);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= maxRedirects) throw new Error(`too many redirects (${maxRedirects})`);
      current = new URL(res.headers.location, current);
      continue;
    }
    return { res, finalUrl: current };
  }
}
function requestOnce(url, headers, o) {
  return new Promise((resolve, reject) => {
    if (o.signal?.aborted) return reject(o.signal.reason);
    const isHttps = url.protocol === "https:";
    if (!isHttps && url.protocol !== "http:")
      return reject(new Error(`unsupported protocol ${url.protocol}`));
    const proxy = proxyFor(url, o.env ?? process.env);
    const port = Number(url.port || (isHttps ? 443 : 80));
    const common = { method: "GET", headers, signal: o.signal, timeout: o.timeoutMs };
    let req;
    const onRes = (res) => {
      if (o.timeoutMs) watchBodyInactivity(res, o.timeoutMs);
      resolve(res);
    };
    if (!proxy) {
      const mod = isHttps ? httpsModule() : httpModule();
      req = mod.request(url, { ...common, ca: o.ca }, onRes);
    } else if (!isHttps) {
      req = httpModule().request(
        {
          ...common,
          host: proxy.hostname,
          port: Number(proxy.port || 80),
          path: url.toString(),
          headers: { ...headers, host: url.host, ...proxyAuth(proxy) }
        },
        onRes
      );
    } else {
      connectTunnel(proxy, url.hostname, port, o).then((socket) => {
        const r = httpsModule().request(
          url,
          {
            ...common,
            ca: o.ca,
            agent: false,
            createConnection: () => tlsModule().connect({ socket, servername: url.hostname, ca: o.ca })
          },
          onRes
        );
        r.on("timeout", () => r.destroy(new Error(`no response within ${o.timeoutMs} ms`)));
        r.on("error", (e) => {
          socket.destroy();
          reject(e);
        });
        r.on("response", (res) => res.once("close", () => socket.destroy()));
        r.end();
      }).catch(reject);
      return;
    }
    req.on("timeout", () => req.destroy(new Error(`no response within ${o.timeoutMs} ms`)));
    req.on("error", reject);
    req.end();
  });
}
function watchBodyInactivity(res, ms) {
  const socket = res.socket;
  if (!socket) return;
  const onTimeout = () => res.destroy(new Error(`no data for ${ms} ms (inactivity timeout)`));
  socket.setTimeout(ms);
  socket.on("timeout", onTimeout);
  res.once("close", () => socket.off("timeout", onTimeout));
}
function proxyAuth(proxy) {
  if (!proxy.username) return {};
  const cred = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { "proxy-authorization": `Basic ${Buffer.from(cred).toString("base64")}` };
}
function connectTunnel(proxy, host, port, o) {
  return new Promise((resolve, reject) => {
    const req = httpModule().request({
      method: "CONNECT",
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      path: `${host}:${port}`,
      headers: { host: `${host}:${port}`, ...proxyAuth(proxy) },
      signal: o.signal,
      timeout: o.timeoutMs
    });
    req.on("connect", (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        return reject(
          new Error(`proxy ${proxy.host} refused CONNECT ${host}:${port}: HTTP ${res.statusCode}`)
        );
      }
      resolve(socket);
    });
    req.on(
      "timeout",
      () => req.destroy(new Error(`proxy ${proxy.host} did not answer within ${o.timeoutMs} ms`))
    );
    req.on("error", reject);
    req.end();
  });
}

// src/core/install/download.ts
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
var AttemptError = class extends Error {
  constructor(message, retryable, status, retryAfterMs) {
    super(message);
    this.retryable = retryable;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
  retryable;
  status;
  retryAfterMs;
};
function normaliseSha256(s) {
  if (!s) return void 0;
  return s.trim().toLowerCase().replace(/^sha256:/, "");
}
async function downloadFile(url, dest, o = {}) {
  const partial = `${dest}.partial`;
  try {
    await makeDirs(path.dirname(dest));
  } catch (e) {
    throw new DownloadError(`Cannot download ${redactUrl(url)} into ${dest}: ${errorText(e)}`, {
      requested: dest,
      url: redactUrl(url),
      attempts: 0,
      hint: "Check that the destination is writable."
    });
  }
  try {
    const r = await streamUrl(url, { ...o, consume: (body) => pipeline(body, createWriteStream(partial)) });
    await fs.rename(partial, dest);
    return { path: dest, ...r };
  } catch (e) {
    await fs.rm(partial, { force: true });
    throw e;
  }
}
async function streamUrl(url, o) {
  const log = o.logger ?? silentLogger;
  const shown = redactUrl(url);
  const expected = normaliseSha256(o.sha256);
  if (!expected) {
    if (!o.allowMissingChecksum) {
      throw new ChecksumMismatchError(
        `No sha256 is known for ${shown}; refusing to download unverified bytes.`,
        {
          requested: shown,
          url: shown,
          hint: "Use a catalogue or mirror that publishes checksums, or opt out explicitly with allowMissingChecksum."
        }
      );
    }
    log.warn(`No sha256 known for ${shown}: downloading without verification (allowMissingChecksum).`);
  }
  const retries = Math.max(0, o.retries ?? 4);
  const backoffMs = o.backoffMs ?? 1e3;
  const maxBackoffMs = o.maxBackoffMs ?? 3e4;
  for (let attempt = 1; ; attempt++) {
    let got;
    try {
      log.debug(`download ${shown} (attempt ${attempt}/${retries + 1})`);
      got = await attemptOnce(url, o);
    } catch (e) {
      if (o.signal?.aborted) throw o.signal.reason ?? e;
      const err = e instanceof AttemptError ? e : new AttemptError(errorText(e), isTransient(e));
      if (!err.retryable || attempt > retries) {
        throw new DownloadError(`Download of ${shown} failed after ${attempt} attempt(s): ${err.message}`, {
          requested: shown,
          url: shown,
          attempts: attempt,
          status: err.status,
          hint: err.retryable ? "The server or network kept failing; retry later or use a mirror (PYEMBED_MIRROR)." : "Check the URL, mirror and token settings."
        });
      }
      const exp = Math.min(maxBackoffMs, backoffMs * 2 ** (attempt - 1));
      const delay = Math.min(maxBackoffMs, Math.max(err.retryAfterMs ?? 0, exp * (0.5 + Math.random() / 2)));
      log.warn(
        `download of ${shown} failed (${err.message}); retry ${attempt}/${retries} in ${Math.round(delay)} ms`
      );
      await o.reset?.();
      await sleep(delay, o.signal);
      continue;
    }
    if (expected && got.sha256 !== expected) {
      throw new ChecksumMismatchError(
        `sha256 mismatch for ${shown}: expected ${expected}, got ${got.sha256}.`,
        {
          requested: shown,
          url: shown,
          expected,
          actual: got.sha256,
          attempts: attempt,
          hint: "The file was corrupted in transit or the mirror serves a different file; nothing was installed."
        }
      );
    }
    if (got.consumerError !== void 0) {
      if (got.consumerError instanceof PythonEmbeddedError) throw got.consumerError;
      throw new DownloadError(`Download of ${shown} could not be stored: ${errorText(got.consumerError)}`, {
        requested: shown,
        url: shown,
        attempts: attempt,
        hint: "Check that the destination is writable and has room."
      });
    }
    return { sha256: got.sha256, bytes: got.bytes, attempts: attempt };
  }
}
async function openBody(url, o) {
  if (url.startsWith("file:")) {
    const file = fileURLToPath(url);
    const total = (await fs.stat(file)).size;
    return { body: createReadStream(file, { highWaterMark: 256 * 1024 }), total };
  }
  const { res } = await httpGet(url, {
    token: o.token,
    githubHosts: o.githubHosts,
    githubComHosts: o.githubComHosts,
    timeoutMs: o.timeoutMs ?? 3e4,
    signal: o.signal,
    ca: o.ca,
    env: o.env,
    headers: { accept: "application/octet-stream" }
  });
  const status = res.statusCode ?? 0;
  if (status !== 200) {
    res.resume();
    const retryable = status >= 500 || status === 408 || status === 429;
    throw new AttemptError(`HTTP ${status}`, retryable, status, retryAfter(res.headers["retry-after"]));
  }
  const len = res.headers["content-length"];
  return { body: res, total: len !== void 0 && /^\d+$/.test(len) ? Number(len) : void 0 };
}
async function attemptOnce(url, o) {
  const { body, total } = await openBody(url, o);
  const hash = sha256();
  const reclaim = garbageMeter();
  let bytes = 0;
  const pass = new PassThrough({ highWaterMark: 256 * 1024 });
  let consumerError;
  let consumerFailed = false;
  let consumerDone = false;
  const consuming = o.consume(pass, { total }).then(
    () => {
      consumerDone = true;
    },
    (e) => {
      consumerFailed = true;
      consumerError = e;
      pass.resume();
    }
  );
  const onAbort = () => body.destroy(o.signal?.reason);
  o.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    for await (const chunk of body) {
      hash.update(chunk);
      bytes += chunk.length;
      reclaim(chunk.length);
      o.onProgress?.({ bytes, total });
      if (!consumerFailed && !consumerDone && !pass.write(chunk)) {
        await new Promise((resolve) => {
          pass.once("drain", resolve);
          void consuming.then(resolve);
        });
      }
    }
  } catch (e) {
    pass.destroy(e);
    await consuming;
    throw new AttemptError(errorText(e), !o.signal?.aborted && isTransient(e));
  } finally {
    o.signal?.removeEventListener("abort", onAbort);
  }
  if (total !== void 0 && bytes !== total) {
    pass.destroy(new Error("short body"));
    await consuming;
    throw new AttemptError(`body ended after ${bytes} of ${total} bytes`, true);
  }
  pass.end();
  await consuming;
  return { sha256: hash.digest("hex"), bytes, consumerError: consumerFailed ? consumerError : void 0 };
}
function retryAfter(h) {
  if (!h) return void 0;
  if (/^\d+$/.test(h.trim())) return Number(h) * 1e3;
  const t = Date.parse(h);
  return Number.isNaN(t) ? void 0 : Math.max(0, t - Date.now());
}
var PERMANENT_CODES = [
  "ENOENT",
  "EACCES",
  "EPERM",
  "ENOSPC",
  "EROFS",
  "ERR_INVALID_URL",
  // TLS verification failures: retrying cannot fix a certificate
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "ERR_TLS_CERT_ALTNAME_INVALID"
];
function isTransient(e) {
  const code = e?.code;
  if (code && PERMANENT_CODES.includes(code)) return false;
  if (e instanceof Error && /unsupported protocol|too many redirects|refused CONNECT/.test(e.message))
    return false;
  return true;
}
function errorText(e) {
  if (e instanceof Error) {
    const code = e.code;
    return code && !e.message.includes(code) ? `${e.message} (${code})` : e.message;
  }
  return String(e);
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// src/core/install/mirror.ts
import fs2 from "node:fs/promises";
import path2 from "node:path";
import { fileURLToPath as fileURLToPath2, pathToFileURL } from "node:url";
function isUrl(s) {
  return /^(https?|file):/i.test(s);
}
function mirrorBase(mirror) {
  const base = isUrl(mirror) ? mirror : pathToFileURL(path2.resolve(mirror)).href;
  return base.replace(/\/+$/, "");
}
function mirrorUrlFor(build, mirror) {
  if (!mirror || build.source === "downloads") return build.url;
  return `${mirrorBase(mirror)}/${encodeURIComponent(build.build)}/${encodeURIComponent(build.assetName)}`;
}
function parseSha256Sums(text) {
  const out = /* @__PURE__ */ new Map();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line);
    if (m) out.set(m[2], m[1].toLowerCase());
  }
  return out;
}
async function fetchText(url, o = {}) {
  if (url.startsWith("file:")) {
    try {
      return await fs2.readFile(fileURLToPath2(url), "utf8");
    } catch (e) {
      if (e.code === "ENOENT") return void 0;
      throw e;
    }
  }
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const { res } = await httpGet(url, { timeoutMs: 3e4, ...o });
      const status = res.statusCode ?? 0;
      if (status === 404) {
        res.resume();
        return void 0;
      }
      if (status !== 200) {
        res.resume();
        lastError = new Error(`HTTP ${status} for ${redactUrl(url)}`);
        if (status < 500 && status !== 429) break;
      } else {
        const chunks = [];
        for await (const c of res) chunks.push(c);
        return Buffer.concat(chunks).toString("utf8");
      }
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 200 * attempt));
  }
  throw lastError;
}
function mirrorSumsUrl(build, mirror) {
  return `${mirrorBase(mirror)}/${encodeURIComponent(build.build)}/SHA256SUMS`;
}
async function expectedChecksum(build, o = {}) {
  const catalog = normaliseSha256(build.sha256);
  const fromMirror = o.mirror && build.source !== "downloads" ? await mirrorLine(build, o.mirror, o) : void 0;
  if (catalog && fromMirror && fromMirror !== catalog) {
    const sumsUrl = redactUrl(mirrorSumsUrl(build, o.mirror));
    throw new ChecksumMismatchError(
      `The mirror's SHA256SUMS (${sumsUrl}) lists ${fromMirror} for ${build.assetName}, but the catalogue knows ${catalog}; refusing the mirror's file. Nothing was downloaded or installed.`,
      {
        requested: build.key,
        url: sumsUrl,
        expected: catalog,
        actual: fromMirror,
        hint: "The mirror serves a different build than the one published: fix or re-sync the mirror, or drop the mirror setting."
      }
    );
  }
  if (catalog) return { sha256: catalog, source: "catalog" };
  return fromMirror ? { sha256: fromMirror, source: "mirror" } : { source: "none" };
}
async function mirrorLine(build, mirror, o) {
  const sumsUrl = mirrorSumsUrl(build, mirror);
  try {
    const text = await fetchText(sumsUrl, o.http);
    return text ? parseSha256Sums(text).get(build.assetName) : void 0;
  } catch (e) {
    (o.logger ?? silentLogger).debug(
      `could not read ${redactUrl(sumsUrl)}: ${e instanceof Error ? e.message : String(e)}`
    );
    return void 0;
  }
}

export {
  proxyFor,
  isGitHubHost,
  tokenMayGoTo,
  redactUrl,
  normaliseSha256,
  downloadFile,
  streamUrl,
  mirrorBase,
  mirrorUrlFor,
  parseSha256Sums,
  fetchText,
  expectedChecksum
};
