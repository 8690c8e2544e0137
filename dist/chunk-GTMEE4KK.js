import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  STATE,
  cachePathArg,
  restoreCachePaths,
  saveCachePaths
} from "./chunk-BDHKMQCN.js";
import {
  withLock
} from "./chunk-UQ2D4T7P.js";
import {
  platformKey
} from "./chunk-AQOLRART.js";
import {
  findInterpreter
} from "./chunk-N3V4H5X4.js";
import {
  getState,
  saveState,
  warning
} from "./chunk-2OAMTD3U.js";
import {
  copyTree,
  exists,
  makeDirs,
  sha256File
} from "./chunk-VEZD3A3U.js";
import {
  randomTag,
  sha256
} from "./chunk-SZH64BZ5.js";

// src/action/tool-cache.ts
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
var TOOL_NAME = "Python";
function toolCacheName(build) {
  if (build.implementation === "pypy") return "PyPy";
  return build.implementation === "graalpy" ? "GraalPy" : TOOL_NAME;
}
function toolCacheVersion(build) {
  if (build.implementation === "graalpy") return build.build;
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
function toolCachePath(build, toolCache = process.env.RUNNER_TOOL_CACHE) {
  const root = toolCache || path.join(os.tmpdir(), "pyembed-tool-cache");
  return path.join(root, toolCacheName(build), toolCacheVersion(build), toolCacheArch(build));
}
async function findPublished(dir) {
  if (!await exists(`${dir}.complete`)) return void 0;
  const exe = findInterpreter(dir);
  return exe ? path.join(dir, ...exe.split("/")) : void 0;
}
async function publish(from, dir) {
  const staging = `${dir}.tmp-${randomTag()}`;
  try {
    await copyTree(from, staging);
    await fs.rm(`${dir}.complete`, { force: true });
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rename(staging, dir);
    await fs.writeFile(`${dir}.complete`, "");
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}
function toolCacheInstaller(inner) {
  return {
    name: "tool-cache",
    async install(build, ctx) {
      const dir = toolCachePath(build);
      const hit = async () => {
        const exe = await findPublished(dir);
        if (!exe) return void 0;
        ctx.logger.info(
          `${toolCacheName(build)} ${build.version} (${build.build}) found in the tool cache: ${dir}`
        );
        return { pythonDir: dir, pythonPath: exe, version: build.version, cacheHit: true };
      };
      const found = await hit();
      if (found) return found;
      await makeDirs(path.dirname(dir));
      return withLock(`${dir}.lock`, async () => {
        const published = await hit();
        if (published) return published;
        const fresh = await inner.install(build, ctx);
        const entry = `${toolCacheName(build)}/${toolCacheVersion(build)}/${toolCacheArch(build)}`;
        ctx.logger.info(`Caching ${fresh.pythonDir} in the tool cache as ${entry}`);
        await publish(fresh.pythonDir, dir);
        return {
          pythonDir: dir,
          pythonPath: path.join(dir, path.relative(fresh.pythonDir, fresh.pythonPath)),
          version: fresh.version,
          cacheHit: fresh.cacheHit,
          instanceDir: fresh.instanceDir
        };
      });
    },
    // export is the library's (an archive `pyembed import` reads): it needs the instance in the library's
    // root, which a tool-cache hit may not have populated — installing there is free when it is present
    export: inner.export ? async (_installed, build, archivePath, ctx) => inner.export(await inner.install(build, ctx), build, archivePath, ctx) : void 0
  };
}

// src/action/python-cache.ts
import { promises as fs4 } from "node:fs";
import path4 from "node:path";

// src/action/cache-key.ts
import { promises as fs3 } from "node:fs";
import path3 from "node:path";

// src/action/glob.ts
import { promises as fs2 } from "node:fs";
import path2 from "node:path";
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
  const norm = (p) => (path2.isAbsolute(p) ? path2.relative(cwd, p) : p).split(path2.sep).join("/").replace(/^\.\//, "");
  const include = patterns.filter((p) => !p.startsWith("!")).map((p) => globToRegExp(norm(p)));
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => globToRegExp(norm(p.slice(1))));
  const skipAbs = new Set(extraSkip.map((p) => path2.resolve(p)));
  const out = [];
  async function walk(dir, rel) {
    let entries;
    try {
      entries = await fs2.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = path2.join(dir, e.name);
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
var CACHE_KEY_VERSION = "2";
var MAX_KEY_LENGTH = 512;
var DEFAULT_DEPENDENCY_GLOBS = [
  "**/uv.lock",
  "**/pyproject.toml",
  "**/requirements*.txt",
  "**/requirements*.in",
  "**/constraints*.txt",
  "**/pylock*.toml"
];
var enc = (s) => encodeURIComponent(s);
var short = (s, n = 16) => sha256().update(s).digest("hex").slice(0, n);
function uvCacheKey(p) {
  const restorePrefix = [
    `pyembed-uv-${CACHE_KEY_VERSION}`,
    enc(p.os),
    enc(p.osVersion),
    enc(p.arch),
    enc(p.libc),
    enc(p.pythonKey),
    enc(p.pythonBuild),
    `uv${enc(p.uvVersion)}`,
    ...p.suffix ? [enc(p.suffix)] : []
  ].join("-");
  let primary = `${restorePrefix}-${p.depsHash ?? "no-deps"}${p.salt ? `-${short(p.salt, 8)}` : ""}`;
  if (primary.length > MAX_KEY_LENGTH) primary = `pyembed-uv-${CACHE_KEY_VERSION}-${short(primary, 64)}`;
  return { primary, restorePrefix: restorePrefix.length < MAX_KEY_LENGTH ? `${restorePrefix}-` : primary };
}
function pythonCacheKey(o) {
  const key = ["pyembed-python-1", enc(o.osVersion), enc(o.toolCacheArch), enc(o.version)].join("-");
  return key.length > MAX_KEY_LENGTH ? `pyembed-python-1-${short(key, 64)}` : key;
}
async function hashDependencyFiles(o) {
  const matched = await globFiles(o.globs.length ? o.globs : DEFAULT_DEPENDENCY_GLOBS, o.cwd, o.skipDirs);
  const candidates = o.globs.length ? [] : [...o.explicit];
  for (const f of candidates.slice()) {
    if (path3.basename(f) === "pyproject.toml") candidates.push(path3.join(path3.dirname(f), "uv.lock"));
  }
  const files = new Set(matched);
  for (const f of candidates) {
    const st = await fs3.stat(f).catch(() => void 0);
    if (st?.isFile()) files.add(path3.resolve(f));
  }
  return hashFiles([...files].sort(), o.cwd);
}
async function hashFiles(files, cwd) {
  if (!files.length) return { files };
  const h = sha256();
  for (const f of files) h.update(`${path3.relative(cwd, f)}\0${await sha256File(f)}
`);
  return { files, hash: h.digest("hex").slice(0, 32) };
}

// src/action/python-cache.ts
var PYTHON_STATE = { key: "python-cache-key", dir: "python-cache-dir" };
var exists2 = (p) => fs4.access(p).then(
  () => true,
  () => false
);
function toolCachePlace(build, toolCache) {
  const dir = path4.join(toolCache, TOOL_NAME, toolCacheVersion(build), toolCacheArch(build));
  const exe = process.platform === "win32" ? path4.join(dir, "python.exe") : path4.join(dir, "bin", "python3");
  return { dir, exe };
}
function pythonCacheInstaller(inner, c) {
  return {
    ...inner,
    async install(build, ctx) {
      const { dir, exe } = toolCachePlace(build, c.toolCache);
      const key = pythonCacheKey({
        osVersion: c.osVersion,
        toolCacheArch: toolCacheArch(build),
        version: build.version
      });
      const inToolCache = await exists2(`${dir}.complete`) && await exists2(exe);
      if (!inToolCache && c.policy.restore) {
        const matched = await restoreCachePaths("Python cache", [cachePathArg(dir)], key);
        if (matched && await exists2(exe)) await fs4.writeFile(`${dir}.complete`, "");
      }
      const installed = await inner.install(build, ctx);
      if (!installed.cacheHit && c.policy.save) {
        saveState(PYTHON_STATE.key, key);
        saveState(PYTHON_STATE.dir, installed.pythonDir);
      }
      return installed;
    }
  };
}
async function savePythonCache() {
  const key = getState(PYTHON_STATE.key);
  const dir = getState(PYTHON_STATE.dir);
  if (!key || !dir) return "none";
  if (getState(STATE.healthy) !== "true") {
    warning("Setup did not complete: the Python cache is not saved.");
    return "unhealthy";
  }
  return await saveCachePaths("Python cache", [cachePathArg(dir)], key) ? "saved" : "failed";
}

export {
  uvCacheKey,
  hashDependencyFiles,
  toolCacheInstaller,
  pythonCacheInstaller,
  savePythonCache
};
