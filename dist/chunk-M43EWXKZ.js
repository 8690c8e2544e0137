import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  INSTANCE_NAME_SAFE,
  buildVariantOf,
  createCatalog,
  downloadFile,
  expectedChecksum,
  installableFormat,
  mirrorUrlFor,
  normaliseSha256,
  parseAssetName,
  parsePythonRequest,
  parseSha256Sums,
  recordedVenvPath,
  redactUrl,
  relocateVenv,
  requestAllowsPrereleases,
  silentLogger,
  streamUrl,
  versionMatches
} from "./chunk-TYOAQ2VW.js";
import {
  probeInterpreter
} from "./chunk-C6T3T2AP.js";
import {
  META_DIR
} from "./chunk-UPWPGVMT.js";
import {
  defaultRoot
} from "./chunk-GHB6HO2A.js";
import {
  compareVersionText,
  parseVersion
} from "./chunk-MPT6G2NF.js";
import {
  clearStaleLock,
  withLock
} from "./chunk-UQ2D4T7P.js";
import {
  hostPlatform,
  parsePlatform
} from "./chunk-AQOLRART.js";
import {
  compareText,
  findInterpreter,
  locatePython
} from "./chunk-N3V4H5X4.js";
import {
  exists,
  fsErrorText,
  renameWithRetry,
  sha256File,
  writeFileAtomic
} from "./chunk-VEZD3A3U.js";
import {
  ChecksumMismatchError,
  InstanceNotFoundError,
  PythonInstallationError,
  PythonNotInstalledError,
  isPythonEmbeddedError
} from "./chunk-Q6UA7ENB.js";
import {
  zlibModule
} from "./chunk-SZH64BZ5.js";

// src/core/instances/manager.ts
import fs10 from "node:fs/promises";
import path10 from "node:path";

// src/core/catalog/library.ts
var defaultCatalog;
function catalogOf(o) {
  if (o?.catalog) return o.catalog;
  defaultCatalog ??= createCatalog();
  return defaultCatalog;
}
function findBestMatchingVersion(spec, o) {
  return catalogOf(o).resolve(spec, o);
}
function getLatestPythonVersion(o) {
  return catalogOf(o).resolve("latest", o);
}
function listAvailableVersions(build, o) {
  return catalogOf(o).list({ ...o, build: build ?? o?.build });
}

// src/core/install/install.ts
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var hashFile = sha256File;
async function cleanStaging(targetDir, log = silentLogger) {
  const parent = path.dirname(targetDir);
  const prefix = `.${path.basename(targetDir)}.`;
  for (const name of await fs.readdir(parent).catch(() => [])) {
    if (name.startsWith(prefix) && /\.(install|extract)-/.test(name)) {
      log.warn(`removing ${path.join(parent, name)}, left by an interrupted install`);
      await fs.rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}
async function installBuild(build, targetDir, o = {}) {
  const log = o.logger ?? silentLogger;
  const target = path.resolve(targetDir);
  if (await nonEmpty(target)) {
    throw new PythonInstallationError(
      `Cannot install ${build.key} into ${target}: the directory is not empty.`,
      {
        requested: target,
        hint: "Remove it first, or install somewhere else."
      }
    );
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  const staging = await fs.mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}.install-`));
  try {
    const extracted = path.join(staging, "x");
    await fs.mkdir(extracted);
    const got = await fetchAndExtract(build, extracted, staging, o, log);
    o.signal?.throwIfAborted();
    const loc = locatePython(extracted);
    if (!loc) {
      throw new PythonInstallationError(`No Python interpreter found in ${build.assetName}.`, {
        requested: build.key,
        hint: "The archive does not have a python-build-standalone layout."
      });
    }
    o.onProgress?.({ phase: "verify", label: build.key, current: 0 });
    const probe = await probeInterpreter(path.join(loc.root, loc.exe));
    checkProbe(build, probe);
    o.signal?.throwIfAborted();
    await fs.rm(target, { recursive: true, force: true });
    await renameWithRetry(loc.root, target);
    log.debug(`installed ${build.key} (${probe.version}) at ${target}`);
    return {
      pythonDir: target,
      pythonPath: path.join(target, loc.exe),
      pythonExe: loc.exe,
      version: probe.version,
      probe,
      url: got.url,
      sha256: got.sha256,
      checksumSource: got.checksumSource,
      bytes: got.bytes,
      downloaded: got.downloaded
    };
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}
async function nonEmpty(dir) {
  const entries = await fs.readdir(dir).catch(() => void 0);
  return !!entries && entries.length > 0;
}
function checkProbe(build, probe) {
  const implementation = build.implementation ?? "cpython";
  const sameVersion = implementation === "graalpy" ? probe.versionInfo[0] === build.major && probe.versionInfo[1] === build.minor : probe.version === build.version;
  if (probe.implementation !== implementation || !sameVersion) {
    throw new PythonInstallationError(
      `The archive for ${build.key} contains ${probe.implementation} ${probe.version}, not ${implementation === "cpython" ? "" : `${implementation} `}${build.version}.`,
      {
        requested: build.version,
        available: [probe.version],
        hint: "The mirror or catalogue entry is wrong; nothing was installed."
      }
    );
  }
  const wantFt = build.variant?.includes("freethreaded") ?? false;
  if (wantFt !== probe.freethreaded) {
    throw new PythonInstallationError(
      `The archive for ${build.key} is ${probe.freethreaded ? "" : "not "}a free-threaded build.`,
      { requested: build.key, hint: "The mirror or catalogue entry is wrong; nothing was installed." }
    );
  }
}
async function archiveSource(build, o, log, http) {
  let url;
  let sha256;
  let checksumSource;
  if (o.archivePath) {
    url = pathToFileURL(path.resolve(o.archivePath)).href;
    sha256 = normaliseSha256(build.sha256);
    checksumSource = sha256 ? "given" : "none";
  } else {
    url = mirrorUrlFor(build, o.mirror);
    const sum = await expectedChecksum(build, { mirror: o.mirror, logger: log, http });
    sha256 = sum.sha256;
    checksumSource = sum.source;
    if (!sha256 && !o.allowMissingChecksum) {
      throw new ChecksumMismatchError(
        `No sha256 is known for ${build.assetName}; refusing to install it unverified.`,
        {
          requested: build.key,
          url: redactUrl(url),
          hint: "Use a mirror that publishes SHA256SUMS, or set allowMissingChecksum (--allow-missing-checksum) to accept the risk."
        }
      );
    }
  }
  const isFile = url.startsWith("file:");
  if (isFile && !await fs.stat(fileURLToPath(url)).catch(() => void 0)) {
    throw new PythonInstallationError(`No archive at ${fileURLToPath(url)}.`, {
      requested: fileURLToPath(url),
      hint: o.mirror && !o.archivePath && build.source !== "downloads" ? "A local mirror must hold <mirror>/<tag>/<asset>." : "Check the path."
    });
  }
  return { url, sha256, checksumSource };
}
async function fetchAndExtract(build, extracted, staging, o, log) {
  const { extractArchive, extractTarStream, formatFromName } = await import("./extract-6YQYUOPW.js");
  const declared = installableFormat(build);
  const format = formatFromName(build.assetName) ?? declared;
  const local = !!o.archivePath;
  const http = { token: o.mirror ? void 0 : o.token, env: o.env, ca: o.ca, timeoutMs: o.timeoutMs };
  const { url, sha256, checksumSource } = await archiveSource(build, o, log, http);
  const isFile = url.startsWith("file:");
  const common = {
    ...http,
    sha256,
    allowMissingChecksum: local || o.allowMissingChecksum,
    retries: o.retries,
    backoffMs: o.backoffMs,
    logger: log,
    signal: o.signal,
    onProgress: (e) => o.onProgress?.({
      phase: "download",
      label: build.key,
      current: e.bytes,
      total: e.total,
      unit: "bytes"
    })
  };
  let r;
  if (format === "zip") {
    const file = path.join(staging, build.assetName);
    r = await downloadFile(url, file, common);
    await fs.rm(extracted, { recursive: true, force: true });
    await extractArchive(file, extracted, { ...o.archiveLimits, format, signal: o.signal });
    await fs.rm(file, { force: true });
  } else {
    r = await streamUrl(url, {
      ...common,
      consume: (body, info) => extractTarStream(body, extracted, format, {
        ...o.archiveLimits,
        name: build.assetName,
        signal: o.signal,
        onProgress: (e) => o.onProgress?.({
          phase: "extract",
          label: build.key,
          current: e.bytes,
          total: info.total,
          unit: "bytes"
        })
      }),
      reset: async () => {
        await fs.rm(extracted, { recursive: true, force: true });
        await fs.mkdir(extracted);
      }
    });
  }
  return {
    url: isFile ? fileURLToPath(url) : redactUrl(url),
    sha256: r.sha256,
    bytes: r.bytes,
    checksumSource,
    downloaded: !isFile
  };
}

// src/core/instances/archive.ts
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import fs2 from "node:fs/promises";
import path2 from "node:path";
import { pipeline } from "node:stream/promises";
function inside(root, p) {
  const rel = path2.relative(root, p);
  return rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel);
}
async function walk(root, prefix, log) {
  const out = [];
  const realRoot = await fs2.realpath(root);
  const visit = async (abs, name) => {
    const st = await fs2.lstat(abs);
    const base = { abs, name, mode: st.mode & 511, mtime: st.mtime, size: st.size };
    if (st.isSymbolicLink()) {
      let linkname = await fs2.readlink(abs);
      let target = path2.resolve(path2.dirname(abs), linkname);
      if (!inside(root, target)) {
        const real = await fs2.realpath(target).catch(() => void 0);
        if (!real || !inside(realRoot, real)) {
          log.warn(`export: skipping ${name}, a symlink to ${linkname} outside the exported tree`);
          return;
        }
        target = path2.join(root, path2.relative(realRoot, real));
        linkname = target;
      }
      if (path2.isAbsolute(linkname))
        linkname = path2.relative(path2.dirname(abs), target).split(path2.sep).join("/");
      out.push({ ...base, kind: "symlink", linkname });
    } else if (st.isDirectory()) {
      out.push({ ...base, kind: "dir", name: `${name}/` });
      for (const child of (await fs2.readdir(abs)).sort())
        await visit(path2.join(abs, child), `${name}/${child}`);
    } else if (st.isFile()) {
      out.push({ ...base, kind: "file" });
    } else {
      log.warn(`export: skipping ${name}, not a regular file, directory or symlink`);
    }
  };
  await visit(root, prefix);
  return out;
}
function inProcessZstd() {
  const z = zlibModule();
  return typeof z.createZstdCompress === "function" ? z.createZstdCompress() : void 0;
}
async function spawnZstd(out) {
  const child = spawn("zstd", ["-q", "-T0", "-3", "-f", "-o", out], { stdio: ["pipe", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => stderr += d);
  const done = new Promise((resolve, reject) => {
    child.on(
      "error",
      (e) => reject(
        new PythonInstallationError(
          "Writing .tar.zst needs zstd: this Node has no zstd compressor and `zstd` is not on PATH.",
          {
            requested: out,
            available: [".tar.gz", ".zip"],
            hint: "Install zstd, use Node >= 22.15, or export to .tar.gz / .zip.",
            cause: e.message
          }
        )
      )
    );
    child.on(
      "exit",
      (code) => code === 0 ? resolve() : reject(new Error(`zstd exited with ${code}: ${stderr.trim()}`))
    );
  });
  return { input: child.stdin, done };
}
async function packDirectory(dir, out, o) {
  const log = o.logger ?? silentLogger;
  const format = o.format ?? (await import("./extract-6YQYUOPW.js")).formatFromName(out);
  if (!format) {
    throw new PythonInstallationError(`Cannot tell the archive format from ${out}.`, {
      requested: out,
      available: [".tar.gz", ".tar.zst", ".zip"],
      hint: "Name the export file .tar.gz, .tar.zst or .zip."
    });
  }
  const entries = await walk(dir, o.topName, log);
  await fs2.mkdir(path2.dirname(path2.resolve(out)), { recursive: true });
  const tmp = `${out}.partial`;
  try {
    if (format === "zip") await writeZip(entries, tmp);
    else await writeTar(entries, tmp, format);
    await fs2.rename(tmp, out);
  } catch (e) {
    await fs2.rm(tmp, { force: true });
    throw e;
  }
}
async function writeZip(entries, out) {
  const { default: yazl } = await import("./yazl-JIXKL7HO.js");
  const zip = new yazl.ZipFile();
  const done = pipeline(zip.outputStream, createWriteStream(out));
  for (const e of entries) {
    if (e.kind === "dir") zip.addEmptyDirectory(e.name, { mtime: e.mtime, mode: 16384 | e.mode });
    else if (e.kind === "symlink")
      zip.addBuffer(Buffer.from(e.linkname ?? ""), e.name, {
        mtime: e.mtime,
        mode: 40960 | 511,
        compress: false
      });
    else zip.addFile(e.abs, e.name, { mtime: e.mtime, mode: 32768 | e.mode });
  }
  zip.end();
  await done;
}
async function writeTar(entries, out, format) {
  const { default: tar } = await import("./tar-stream-ZIPLYNCT.js");
  const pack = tar.pack();
  let done;
  if (format === "tar.gz") {
    done = pipeline(pack, zlibModule().createGzip({ level: 6 }), createWriteStream(out));
  } else {
    const z = inProcessZstd();
    if (z) done = pipeline(pack, z, createWriteStream(out));
    else {
      const { input, done: exited } = await spawnZstd(out);
      done = Promise.all([pipeline(pack, input), exited]);
    }
  }
  const add = async (e) => {
    if (e.kind === "dir")
      return void pack.entry({ name: e.name, type: "directory", mode: e.mode, mtime: e.mtime });
    if (e.kind === "symlink")
      return void pack.entry({
        name: e.name,
        type: "symlink",
        linkname: e.linkname,
        mode: 511,
        mtime: e.mtime
      });
    await new Promise((resolve, reject) => {
      const sink = pack.entry(
        { name: e.name, type: "file", size: e.size, mode: e.mode, mtime: e.mtime },
        (err) => err ? reject(err) : resolve()
      );
      createReadStream(e.abs).on("error", reject).pipe(sink);
    });
  };
  try {
    for (const e of entries) await add(e);
    pack.finalize();
  } catch (e) {
    pack.destroy(e);
  }
  await done;
}

// src/core/instances/metadata.ts
import fs3 from "node:fs/promises";
import path3 from "node:path";
var METADATA_FILE = "instance.json";
var SCHEMA = 1;
var NAME = /^(cpython|pypy|graalpy)-(\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?)-(.+?)(?:\+(freethreaded\+debug|freethreaded|debug))?-(\d[A-Za-z0-9._]*)$/;
function instanceName(b) {
  const p = b.platform;
  const plat = `${p.os}-${p.arch}${p.archVariant ? `_${p.archVariant}` : ""}-${p.libc}`;
  return `${b.implementation ?? "cpython"}-${b.version}-${plat}${b.variant ? `+${b.variant}` : ""}-${b.build}`;
}
function parseInstanceName(name) {
  const m = NAME.exec(name);
  if (!m) return void 0;
  try {
    return {
      implementation: m[1],
      version: m[2],
      platform: parsePlatform(m[3]),
      variant: m[4],
      build: m[5]
    };
  } catch {
    return void 0;
  }
}
function buildKeyOf(p) {
  const plat = `${p.platform.os}-${p.platform.arch}${p.platform.archVariant ? `_${p.platform.archVariant}` : ""}-${p.platform.libc}`;
  return `${p.implementation}-${p.version}${p.variant ? `+${p.variant}` : ""}-${plat}`;
}
async function writeInstanceMetadata(dir, m) {
  const file = path3.join(dir, METADATA_FILE);
  const { rebuilt: _rebuilt, ...stored } = m;
  await writeFileAtomic(file, JSON.stringify(stored, null, 2) + "\n");
}
async function readStoredMetadata(dir) {
  try {
    const m = JSON.parse(await fs3.readFile(path3.join(dir, METADATA_FILE), "utf8"));
    if (typeof m !== "object" || !m || m.key !== path3.basename(dir) || typeof m.version !== "string" || typeof m.build !== "string" || typeof m.pythonExe !== "string" || typeof m.platform?.os !== "string") {
      return void 0;
    }
    return m;
  } catch {
    return void 0;
  }
}
async function rebuildInstanceMetadata(dir, log) {
  const key = path3.basename(dir);
  const parsed = parseInstanceName(key);
  const exe = findInterpreter(path3.join(dir, "python"));
  if (!parsed || !exe) return void 0;
  let version = parsed.version;
  try {
    version = (await probeInterpreter(path3.join(dir, "python", exe))).version;
  } catch (e) {
    log.warn(
      `${key}: the interpreter does not run (${e instanceof Error ? e.message : String(e)}); run verify.`
    );
  }
  const st = await fs3.stat(path3.join(dir, "python"));
  const m = {
    schema: SCHEMA,
    key,
    dir,
    buildKey: buildKeyOf({ ...parsed, version }),
    implementation: parsed.implementation,
    version,
    build: parsed.build,
    platform: parsed.platform,
    variant: parsed.variant,
    pythonExe: exe,
    createdAt: (st.birthtimeMs > 0 ? st.birthtime : st.mtime).toISOString(),
    origin: { kind: "rebuilt" }
  };
  log.warn(
    `${key}: ${METADATA_FILE} was missing or corrupt; rebuilt it from the files (instance and venvs kept).`
  );
  try {
    await writeInstanceMetadata(dir, m);
  } catch (e) {
    log.warn(
      `${key}: could not store the rebuilt ${METADATA_FILE}: ${e instanceof Error ? e.message : String(e)}`
    );
  }
  return { ...m, rebuilt: true };
}
function installedMetadata(build, key, dir, r) {
  return {
    schema: SCHEMA,
    key,
    dir,
    buildKey: build.key,
    implementation: build.implementation ?? "cpython",
    version: r.version,
    build: build.build,
    platform: build.platform,
    variant: build.variant,
    flavor: build.flavor,
    pythonExe: r.pythonExe,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    source: {
      url: r.url,
      assetName: build.assetName,
      sha256: r.sha256,
      bytes: r.bytes,
      checksumSource: r.checksumSource
    },
    origin: { kind: "installed" }
  };
}

// src/core/instances/local-archive.ts
import fs4 from "node:fs/promises";
import path4 from "node:path";
import { pathToFileURL as pathToFileURL2 } from "node:url";
async function localArchiveBuild(archivePath, sha256) {
  const file = path4.resolve(archivePath);
  const assetName = decodeURIComponent(path4.basename(file));
  const p = parseAssetName(assetName);
  if (!p) {
    throw new PythonInstallationError(`Cannot tell which Python build ${assetName} is.`, {
      requested: file,
      hint: "Keep the python-build-standalone asset name (e.g. cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only.tar.gz)."
    });
  }
  if (!(await fs4.stat(file).catch(() => void 0))?.isFile()) {
    throw new PythonInstallationError(`No archive at ${file}.`, { requested: file });
  }
  let sum = sha256;
  if (!sum) {
    const side = await fs4.readFile(`${file}.sha256`, "utf8").catch(() => void 0);
    sum = side ? /^[0-9a-fA-F]{64}/.exec(side.trim())?.[0] : void 0;
  }
  if (!sum) {
    const sums = await fs4.readFile(path4.join(path4.dirname(file), "SHA256SUMS"), "utf8").catch(() => void 0);
    sum = sums ? parseSha256Sums(sums).get(assetName) : void 0;
  }
  const plat = p.platform;
  const platKey = `${plat.os}-${plat.arch}${plat.archVariant ? `_${plat.archVariant}` : ""}-${plat.libc}`;
  return {
    key: `cpython-${p.version}${p.variant ? `+${p.variant}` : ""}-${platKey}`,
    version: p.version,
    major: p.major,
    minor: p.minor,
    patch: p.patch,
    prerelease: p.prerelease,
    variant: p.variant,
    platform: plat,
    build: p.build,
    flavor: p.flavor,
    format: p.format,
    assetName,
    url: pathToFileURL2(file).href,
    sha256: sum?.toLowerCase()
  };
}

// src/core/instances/import.ts
import fs7 from "node:fs/promises";
import path7 from "node:path";

// src/core/instances/disk.ts
import fs5 from "node:fs/promises";
import path5 from "node:path";
async function freeSpaceMB(dir) {
  while (!await exists(dir) && path5.dirname(dir) !== dir) dir = path5.dirname(dir);
  const s = await fs5.statfs(dir);
  return s.bavail * s.bsize / (1024 * 1024);
}
async function removeInstanceTree(root, dir) {
  const trash = path5.join(root, `.trash-${path5.basename(dir)}-${process.pid}-${Date.now()}`);
  await renameWithRetry(dir, trash);
  await fs5.rm(trash, { recursive: true, force: true });
}
async function dirSize(dir) {
  let total = 0;
  const seen = /* @__PURE__ */ new Set();
  const walk2 = async (d) => {
    for (const e of await fs5.readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = path5.join(d, e.name);
      if (e.isDirectory()) await walk2(p);
      else if (e.isFile()) {
        const st = await fs5.lstat(p);
        const id = `${st.dev}:${st.ino}`;
        if (st.nlink > 1 && seen.has(id)) continue;
        seen.add(id);
        total += st.size;
      }
    }
  };
  await walk2(dir);
  return total;
}

// src/core/instances/relocate.ts
import fs6 from "node:fs/promises";
import path6 from "node:path";
async function relocateInstanceVenvs(instanceDir, pythonPath, oldInstanceDir, log) {
  const venvs = path6.join(instanceDir, "venvs");
  for (const e of await fs6.readdir(venvs, { withFileTypes: true }).catch(() => [])) {
    if (!e.isDirectory() || e.name === META_DIR || e.name.startsWith(".")) continue;
    const to = path6.join(venvs, e.name);
    const from = await recordedVenvPath(to) ?? (oldInstanceDir ? path6.join(oldInstanceDir, "venvs", e.name) : void 0);
    if (!from) {
      log.warn(`venv ${e.name}: cannot tell where it used to live; only its interpreter link is re-pointed`);
    }
    try {
      await relocateVenv(to, { from: from ?? to, to, basePython: pythonPath });
    } catch (err) {
      log.warn(`venv ${e.name}: could not re-point it (${err instanceof Error ? err.message : String(err)})`);
    }
  }
}

// src/core/instances/import.ts
async function importExported(archivePath, o) {
  await fs7.mkdir(o.root, { recursive: true });
  const staging = await fs7.mkdtemp(path7.join(o.root, ".import-"));
  try {
    const { extractArchive } = await import("./extract-6YQYUOPW.js");
    await extractArchive(path7.resolve(archivePath), path7.join(staging, "x"), {
      ...o.archiveLimits,
      signal: o.signal
    });
    const top = await findExportedInstance(path7.join(staging, "x"));
    if (!top) {
      throw new PythonInstallationError(
        `${archivePath} is not an exported instance (no <name>/python/ inside).`,
        {
          requested: archivePath,
          hint: "Use an archive written by exportInstance / `pyembed export`. For a PBS archive use installArchive."
        }
      );
    }
    const stored = await readStoredMetadata(top);
    const key = path7.basename(top);
    const dir = o.dirOf(key);
    const oldDir = stored?.dir;
    return await withLock(o.lockPath(key), async () => {
      if (await exists(dir)) {
        if (!o.overwrite) {
          throw new PythonInstallationError(`${key} already exists under ${o.root}.`, {
            requested: key,
            hint: "Delete it first or import with overwrite."
          });
        }
        await removeInstanceTree(o.root, dir);
      }
      await renameWithRetry(top, dir);
      const meta = await readStoredMetadata(dir) ?? await rebuildInstanceMetadata(dir, o.log);
      if (!meta)
        throw new PythonInstallationError(`${key}: no runnable interpreter in the imported archive.`, {
          requested: archivePath
        });
      const probe = await probeInterpreter(path7.join(dir, "python", ...meta.pythonExe.split("/"))).catch(
        async (e) => {
          await fs7.rm(dir, { recursive: true, force: true });
          throw e;
        }
      );
      const updated = {
        ...meta,
        dir,
        version: probe.version,
        origin: { kind: "imported", from: path7.resolve(archivePath) }
      };
      await writeInstanceMetadata(dir, updated);
      await relocateInstanceVenvs(dir, path7.join(dir, "python", ...meta.pythonExe.split("/")), oldDir, o.log);
      return { dir, meta: updated };
    });
  } finally {
    await fs7.rm(staging, { recursive: true, force: true });
  }
}
async function findExportedInstance(root) {
  const names = await fs7.readdir(root);
  for (const n of names) {
    if (INSTANCE_NAME_SAFE.test(n) && await exists(path7.join(root, n, "python"))) return path7.join(root, n);
  }
  return void 0;
}

// src/core/instances/load.ts
import fs8 from "node:fs/promises";
import path8 from "node:path";
function instanceOf(dir, m) {
  const pythonDir = path8.join(dir, "python");
  return {
    key: m.key,
    buildKey: m.buildKey,
    dir,
    pythonDir,
    pythonPath: path8.join(pythonDir, ...m.pythonExe.split("/")),
    venvsDir: path8.join(dir, "venvs"),
    version: m.version,
    implementation: m.implementation ?? "cpython",
    build: m.build,
    platform: m.platform,
    variant: m.variant,
    flavor: m.flavor,
    createdAt: m.createdAt,
    source: m.source,
    metadataRebuilt: !!m.rebuilt
  };
}
async function loadInstance(dir, log) {
  const pythonDir = path8.join(dir, "python");
  const st = await fs8.stat(pythonDir).catch(() => void 0);
  if (!st?.isDirectory()) return void 0;
  const stored = await readStoredMetadata(dir);
  if (stored && await fs8.stat(path8.join(pythonDir, ...stored.pythonExe.split("/"))).catch(() => void 0)) {
    return instanceOf(dir, stored);
  }
  const rebuilt = await rebuildInstanceMetadata(dir, log);
  return rebuilt ? instanceOf(dir, rebuilt) : void 0;
}

// src/core/instances/select.ts
function instanceMatches(i, req, o) {
  if (i.implementation !== req.implementation) return false;
  const v = parseVersion(i.version);
  if (!v || !versionMatches(req.version, v)) return false;
  if ((i.variant ?? void 0) !== buildVariantOf(req.variant)) return false;
  if (o.build && i.build !== o.build) return false;
  const rp = req.platform;
  if (rp && (rp.os && rp.os !== i.platform.os || rp.arch && rp.arch !== i.platform.arch || rp.libc && rp.libc !== i.platform.libc))
    return false;
  const plat = o.platform;
  return !plat || plat.os === i.platform.os && plat.arch === i.platform.arch && plat.libc === i.platform.libc;
}

// src/core/instances/integrity.ts
import fs9 from "node:fs/promises";
import path9 from "node:path";
async function checkIntegrity(inst) {
  const problems = [];
  const stored = await readStoredMetadata(inst.dir);
  if (!stored) problems.push(`${METADATA_FILE} missing or unreadable`);
  const parsed = parseInstanceName(inst.key);
  if (parsed && (parsed.version !== inst.version || parsed.build !== inst.build))
    problems.push(`metadata (${inst.version}, ${inst.build}) disagrees with the directory name`);
  const exe = findInterpreter(inst.pythonDir);
  if (!exe) problems.push("no interpreter in python/");
  let version;
  if (exe) {
    try {
      const probe = await probeInterpreter(inst.pythonPath);
      version = probe.version;
      if (probe.version !== inst.version)
        problems.push(`interpreter reports ${probe.version}, metadata says ${inst.version}`);
      const ft = inst.variant?.includes("freethreaded") ?? false;
      if (probe.freethreaded !== ft)
        problems.push(`interpreter is ${probe.freethreaded ? "" : "not "}free-threaded`);
    } catch (e) {
      problems.push(`interpreter does not run: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const mm = /^(\d+)\.(\d+)/.exec(inst.version);
  if (mm && inst.platform.os !== "windows") {
    const lib = path9.join(inst.pythonDir, "lib");
    const names = await fs9.readdir(lib).catch(() => []);
    const stdlib = names.find((n) => n === `python${mm[1]}.${mm[2]}` || n === `python${mm[1]}.${mm[2]}t`);
    if (!stdlib || !await exists(path9.join(lib, stdlib, "os.py")))
      problems.push("standard library (lib/python3.X/os.py) missing");
  } else if (inst.platform.os === "windows" && !await exists(path9.join(inst.pythonDir, "Lib", "os.py"))) {
    problems.push("standard library (Lib/os.py) missing");
  }
  return { ok: problems.length === 0, key: inst.key, problems, version };
}

// src/core/instances/manager.ts
var host;
var hostOnce = () => host ??= hostPlatform();
var PythonManager = class {
  constructor(o = {}) {
    this.o = o;
    this.root = path10.resolve(o.root ?? process.env.PYEMBED_ROOT ?? defaultRoot());
    this.log = o.logger ?? silentLogger;
  }
  o;
  root;
  log;
  catalogPromise;
  get catalog() {
    this.catalogPromise ??= this.o.catalog ?? createCatalog({ logger: this.log, token: this.o.token });
    return this.catalogPromise;
  }
  /** `<root>/<key>` after checking the key is one plain directory name inside the root. */
  dirOf(key) {
    const dir = path10.resolve(this.root, key);
    if (!INSTANCE_NAME_SAFE.test(key) || path10.dirname(dir) !== this.root) {
      throw new InstanceNotFoundError(`"${key}" is not an instance name under ${this.root}.`, {
        requested: key,
        hint: "Instance names look like cpython-3.12.5-linux-x86_64-gnu-20240814 (see `pyembed list`)."
      });
    }
    return dir;
  }
  lockPath(key) {
    return path10.join(this.root, ".locks", `${key}.lock`);
  }
  // ---- install -------------------------------------------------------------------------------
  /** Resolves `spec` with the catalogue and returns the instance, installing it when absent. */
  async getOrCreateInstance(spec = "3.12", o = {}) {
    const build = await this.catalog.resolve(spec, {
      platform: o.platform,
      build: o.build,
      flavor: o.flavor,
      freethreaded: o.freethreaded,
      checkLatest: o.checkLatest
    });
    return (await this.installBuild(build, o)).instance;
  }
  /** Like getOrCreateInstance, then checks the instance really works (PythonNotInstalledError if not). */
  async ensurePythonVersion(spec, o = {}) {
    const inst = await this.getOrCreateInstance(spec, o);
    const report = await this.validateIntegrity(inst.key);
    if (!report.ok) {
      throw new PythonNotInstalledError(
        `Python ${spec} (${inst.key}) is installed but broken: ${report.problems.join("; ")}.`,
        {
          requested: spec,
          problems: report.problems,
          hint: `Remove it (pyembed remove ${inst.key}) and install again.`
        }
      );
    }
    return inst;
  }
  /** Installs one resolved build as an instance (one download even when called concurrently). */
  async installBuild(build, o = {}) {
    const key = instanceName(build);
    const dir = this.dirOf(key);
    const existing = await this.load(dir);
    if (existing) {
      await clearStaleLock(this.lockPath(key), this.o.lockStaleMs).catch(() => void 0);
      return { instance: existing, downloaded: false };
    }
    if (this.o.offline && !o.archivePath && !(this.o.mirror && !/^https?:/i.test(this.o.mirror))) {
      throw new PythonInstallationError(`${key} is not installed and offline mode forbids downloading it.`, {
        requested: key,
        hint: "Give a local mirror directory (--mirror <dir>) or an archive (pyembed import / installArchive), or go online."
      });
    }
    return this.typed(key, () => this.lockedInstall(build, key, dir, o));
  }
  /** File-system failures (read-only root, full disk...) as a typed error naming the cause. */
  async typed(key, fn) {
    try {
      return await fn();
    } catch (e) {
      if (isPythonEmbeddedError(e) || e?.name === "AbortError") throw e;
      throw new PythonInstallationError(`Cannot install ${key} under ${this.root}: ${fsErrorText(e)}`, {
        requested: key,
        hint: "Check that the root directory is writable and has room (PYEMBED_ROOT / --root)."
      });
    }
  }
  lockedInstall(build, key, dir, o) {
    return withLock(
      this.lockPath(key),
      async () => {
        const done = await this.load(dir);
        if (done) return { instance: done, downloaded: false };
        const pythonDir = path10.join(dir, "python");
        await cleanStaging(pythonDir, this.log);
        await fs10.mkdir(dir, { recursive: true });
        this.log.info(`Installing ${build.key} (${build.build}) into ${dir}`);
        const r = await installBuild(build, pythonDir, {
          mirror: this.o.mirror,
          archivePath: o.archivePath,
          token: this.o.token,
          allowMissingChecksum: this.o.allowMissingChecksum,
          retries: this.o.retries,
          timeoutMs: this.o.timeoutMs,
          backoffMs: this.o.backoffMs,
          ca: this.o.ca,
          archiveLimits: this.o.archiveLimits,
          logger: this.log,
          signal: o.signal,
          onProgress: o.onProgress
        }).catch(async (e) => {
          await fs10.rmdir(dir).catch(() => {
          });
          throw e;
        });
        const meta = installedMetadata(build, key, dir, r);
        await writeInstanceMetadata(dir, meta);
        return { instance: this.toInstance(dir, meta), downloaded: r.downloaded };
      },
      {
        staleMs: this.o.lockStaleMs,
        signal: o.signal,
        onWait: (h) => this.log.info(`Waiting for another install of ${key} (pid ${h?.pid ?? "?"})...`)
      }
    );
  }
  /**
   * Offline install from a local PBS archive: the build is read from the PBS asset name; the checksum from
   * `sha256` or a `<archive>.sha256` / `SHA256SUMS` file beside it, when there is one.
   */
  async installArchive(archivePath, o = {}) {
    const build = await localArchiveBuild(archivePath, o.sha256);
    return (await this.installBuild(build, { ...o, archivePath })).instance;
  }
  // ---- lookup --------------------------------------------------------------------------------
  toInstance(dir, m) {
    return instanceOf(dir, m);
  }
  /** The instance in `dir` when its python/ is complete; metadata rebuilt if needed. */
  load(dir) {
    return loadInstance(dir, this.log);
  }
  /** All instances under the root, newest version (then build) first. */
  async listInstances() {
    const names = await fs10.readdir(this.root).catch(() => []);
    const out = [];
    for (const name of names) {
      if (!INSTANCE_NAME_SAFE.test(name)) continue;
      const inst = await this.load(path10.join(this.root, name));
      if (inst) out.push(inst);
    }
    return out.sort(
      (a, b) => compareVersionText(b.version, a.version) || compareText(b.build, a.build) || compareText(a.key, b.key)
    );
  }
  /**
   * The installed instance for an instance key, a uv build key or a spec (`3.12`, `>=3.11`, `3.13t`),
   * newest match first; undefined when nothing installed matches (no download, no catalogue).
   */
  async getInstance(keyOrSpec = "3.12", o = {}) {
    const text = keyOrSpec.trim();
    if (/[\\/]/.test(text) || text.startsWith(".")) this.dirOf(text);
    if (INSTANCE_NAME_SAFE.test(text) && parseInstanceName(text)) {
      return this.load(this.dirOf(text));
    }
    const all = await this.listInstances();
    const byBuildKey = all.filter(
      (i) => i.buildKey === text.toLowerCase() && (!o.build || i.build === o.build)
    );
    if (byBuildKey.length) return byBuildKey[0];
    const req = parsePythonRequest(text);
    const plat = o.platform ?? (req.platform ? void 0 : hostOnce());
    const matches = all.filter((i) => instanceMatches(i, req, { build: o.build, platform: plat }));
    const stable = matches.filter((i) => !parseVersion(i.version)?.pre);
    return (requestAllowsPrereleases(req) || stable.length === 0 ? matches : stable)[0];
  }
  async require(keyOrSpec, o = {}) {
    const inst = await this.getInstance(keyOrSpec, o);
    if (!inst) {
      throw new InstanceNotFoundError(`No installed Python matches ${keyOrSpec} under ${this.root}.`, {
        requested: keyOrSpec,
        available: (await this.listInstances()).map((i) => i.key),
        hint: `Install it first (pyembed install ${keyOrSpec}).`
      });
    }
    return inst;
  }
  async getInstanceInfo(keyOrSpec, o = {}) {
    const inst = await this.getInstance(keyOrSpec, o);
    return inst ? { ...inst, sizeBytes: await dirSize(inst.dir) } : void 0;
  }
  /** Bytes on disk of one instance (python + venvs + metadata); 0 when not installed. */
  async getInstanceSize(keyOrSpec, o = {}) {
    const inst = await this.getInstance(keyOrSpec, o);
    return inst ? dirSize(inst.dir) : 0;
  }
  async getTotalDiskUsage() {
    let total = 0;
    for (const i of await this.listInstances()) total += await dirSize(i.dir);
    return total;
  }
  // ---- maintenance ---------------------------------------------------------------------------
  /** Deletes one instance (and its venvs). False when it is not installed; refuses anything outside the root. */
  async deleteInstance(keyOrSpec, o = {}) {
    const inst = await this.getInstance(keyOrSpec, o);
    if (!inst) return false;
    const dir = this.dirOf(inst.key);
    if (path10.resolve(inst.dir) !== dir) {
      throw new PythonInstallationError(
        `Refusing to delete ${inst.dir}: it is not directly under ${this.root}.`,
        { requested: inst.dir }
      );
    }
    await withLock(this.lockPath(inst.key), () => removeInstanceTree(this.root, dir));
    return true;
  }
  /** Interpreter runs and reports the recorded version; files present; metadata consistent with the name. */
  async validateIntegrity(keyOrSpec, o = {}) {
    const inst = await this.getInstance(keyOrSpec, o);
    return inst ? checkIntegrity(inst) : { ok: false, key: keyOrSpec, problems: ["not installed"] };
  }
  /** True when the root's filesystem has at least `requiredMB` free. */
  async checkDiskSpace(requiredMB) {
    return await this.availableDiskSpaceMB() >= requiredMB;
  }
  async availableDiskSpaceMB() {
    return freeSpaceMB(this.root);
  }
  // ---- catalogue questions: the contract of catalog/library.ts, asked of this manager's catalogue ----
  /**
   * The newest build matching `spec` (not installed by this call). Throws InvalidPythonVersionError when
   * the spec is malformed or nothing matches, and the source's DownloadError/RateLimitError when it
   * cannot be read: see catalog/library.ts.
   */
  findBestMatchingVersion(spec, o = {}) {
    return findBestMatchingVersion(spec, { ...o, catalog: this.catalog });
  }
  /** The newest stable CPython build (`latest`); throws like `findBestMatchingVersion`. */
  getLatestPythonVersion(o = {}) {
    return getLatestPythonVersion({ ...o, catalog: this.catalog });
  }
  /** The builds available, newest first (one per version unless `o.all`); `build` pins one PBS release. */
  listAvailableVersions(build, o = {}) {
    return listAvailableVersions(build, { ...o, catalog: this.catalog });
  }
  // ---- export / import -----------------------------------------------------------------------
  /** Writes the instance (python/, venvs/, instance.json) to `.tar.gz`, `.tar.zst` or `.zip`; returns the path. */
  async exportInstance(keyOrSpec, outPath, o = {}) {
    const inst = await this.require(keyOrSpec, o);
    const out = path10.resolve(outPath);
    await packDirectory(inst.dir, out, { topName: inst.key, logger: this.log });
    this.log.info(`Exported ${inst.key} to ${out}`);
    return out;
  }
  /**
   * Imports an exported instance (same safety rules as any extraction: no `..`, absolute paths or escaping
   * links). The interpreter is run at its new place before the instance is registered; venvs are re-pointed.
   */
  async importInstance(archivePath, o = {}) {
    const { dir, meta } = await importExported(archivePath, {
      root: this.root,
      dirOf: (key) => this.dirOf(key),
      lockPath: (key) => this.lockPath(key),
      archiveLimits: this.o.archiveLimits,
      log: this.log,
      ...o
    });
    return this.toInstance(dir, meta);
  }
};

export {
  findBestMatchingVersion,
  getLatestPythonVersion,
  listAvailableVersions,
  hashFile,
  installBuild,
  packDirectory,
  METADATA_FILE,
  instanceName,
  parseInstanceName,
  localArchiveBuild,
  dirSize,
  PythonManager
};
