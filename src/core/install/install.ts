/**
 * installBuild: one PBS build onto disk at `targetDir` (the installation prefix itself, e.g.
 * `<instance>/python` or a tool-cache `Python/3.12.5/x64`). Order matters for crash safety:
 * resolve URL + checksum -> download (verified) -> extract into a staging dir beside the target ->
 * run the interpreter there -> rename into place. Until the rename nothing exists at `targetDir`,
 * so a crash leaves only a staging dir that the next install under the same lock removes.
 */
import { fs } from '../async-fs.js';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installableFormat } from '../catalog/layout.js';
import type { PythonBuild } from '../catalog/types.js';
import { ChecksumMismatchError, PythonInstallationError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { downloadFile, normaliseSha256, streamUrl, type DownloadOptions } from './download.js';
import type { ArchiveLimits } from './archive-limits.js';
import type { ExtractFormat } from './extract.js';
import { redactUrl } from './http.js';
import { expectedChecksum, mirrorUrlFor } from './mirror.js';
import { probeInterpreter, type PythonProbe } from '../python/probe.js';
import { locatePython } from './python-layout.js';
import { renameWithRetry, sha256File } from '../fs.js';

/** Progress of an install; the same shape as the setup plan's progress events. */
export interface InstallProgress {
  phase: 'download' | 'extract' | 'verify';
  label?: string;
  current: number;
  total?: number;
  unit?: 'bytes' | 'entries';
}

export interface InstallBuildOptions {
  /** `<base>/<tag>/<asset>` base: an http(s) URL or a local directory (offline). */
  mirror?: string;
  /** A local archive of this build: no download at all. */
  archivePath?: string;
  token?: string;
  allowMissingChecksum?: boolean;
  retries?: number;
  timeoutMs?: number;
  backoffMs?: number;
  /** Bounds on what the archive may unpack to (defaults: archive-limits.ts). */
  archiveLimits?: ArchiveLimits;
  logger?: Logger;
  signal?: AbortSignal;
  onProgress?: (e: InstallProgress) => void;
  env?: NodeJS.ProcessEnv;
  ca?: DownloadOptions['ca'];
}

export interface InstallResult {
  /** == targetDir */
  pythonDir: string;
  pythonPath: string;
  /** The interpreter relative to pythonDir, e.g. `bin/python3`. */
  pythonExe: string;
  /** What the interpreter reports (equal to build.version, or the install fails). */
  version: string;
  probe: PythonProbe;
  /** Where the bytes came from (token-free, no query), and their verified sha256. */
  url: string;
  sha256: string;
  checksumSource: 'catalog' | 'mirror' | 'given' | 'none';
  bytes: number;
  /** False when the archive was a local file (archivePath or a directory mirror). */
  downloaded: boolean;
}

/** The sha256 (hex) of a file: part of the library's surface (src/index.ts). */
export const hashFile = sha256File;

/** Removes `.<name>.install-*` / `.<name>.extract-*` staging dirs a crashed install left beside `targetDir`. */
export async function cleanStaging(targetDir: string, log: Logger = silentLogger): Promise<void> {
  const parent = path.dirname(targetDir);
  const prefix = `.${path.basename(targetDir)}.`;
  for (const name of await fs.readdir(parent).catch(() => [] as string[])) {
    if (name.startsWith(prefix) && /\.(install|extract)-/.test(name)) {
      log.warn(`removing ${path.join(parent, name)}, left by an interrupted install`);
      await fs.rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

export async function installBuild(
  build: PythonBuild,
  targetDir: string,
  o: InstallBuildOptions = {},
): Promise<InstallResult> {
  const log = o.logger ?? silentLogger;
  const target = path.resolve(targetDir);
  if (await nonEmpty(target)) {
    throw new PythonInstallationError(
      `Cannot install ${build.key} into ${target}: the directory is not empty.`,
      {
        requested: target,
        hint: 'Remove it first, or install somewhere else.',
      },
    );
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  const staging = await fs.mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}.install-`));
  try {
    const extracted = path.join(staging, 'x');
    await fs.mkdir(extracted);
    const got = await fetchAndExtract(build, extracted, staging, o, log);
    o.signal?.throwIfAborted();
    const loc = locatePython(extracted);
    if (!loc) {
      throw new PythonInstallationError(`No Python interpreter found in ${build.assetName}.`, {
        requested: build.key,
        hint: 'The archive does not have a python-build-standalone layout.',
      });
    }
    o.onProgress?.({ phase: 'verify', label: build.key, current: 0 });
    const probe = await probeInterpreter(path.join(loc.root, loc.exe));
    checkProbe(build, probe);
    o.signal?.throwIfAborted();
    await fs.rm(target, { recursive: true, force: true }); // only ever an empty dir here (checked above)
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
      downloaded: got.downloaded,
    };
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

async function nonEmpty(dir: string): Promise<boolean> {
  const entries = await fs.readdir(dir).catch(() => undefined);
  return !!entries && entries.length > 0;
}

/**
 * The real interpreter must be the build we meant to install: same implementation, same version (GraalPy's
 * catalogue rows name only the language version's minor: `3.11.0` for a GraalPy reporting 3.11.7), same GIL
 * flavour.
 */
function checkProbe(build: PythonBuild, probe: PythonProbe) {
  const implementation = build.implementation ?? 'cpython';
  const sameVersion =
    implementation === 'graalpy'
      ? probe.versionInfo[0] === build.major && probe.versionInfo[1] === build.minor
      : probe.version === build.version;
  if (probe.implementation !== implementation || !sameVersion) {
    throw new PythonInstallationError(
      `The archive for ${build.key} contains ${probe.implementation} ${probe.version}, not ${implementation === 'cpython' ? '' : `${implementation} `}${build.version}.`,
      {
        requested: build.version,
        available: [probe.version],
        hint: 'The mirror or catalogue entry is wrong; nothing was installed.',
      },
    );
  }
  const wantFt = build.variant?.includes('freethreaded') ?? false;
  if (wantFt !== probe.freethreaded) {
    throw new PythonInstallationError(
      `The archive for ${build.key} is ${probe.freethreaded ? '' : 'not '}a free-threaded build.`,
      { requested: build.key, hint: 'The mirror or catalogue entry is wrong; nothing was installed.' },
    );
  }
}

interface Fetched {
  url: string;
  sha256: string;
  bytes: number;
  checksumSource: InstallResult['checksumSource'];
  downloaded: boolean;
}

/**
 * Where the archive comes from and the sha256 it must have: a file the user handed us, else the mirror's (or
 * the release's) URL with the catalogue's checksum (a mirror that disagrees is refused before the archive).
 */
async function archiveSource(
  build: PythonBuild,
  o: InstallBuildOptions,
  log: Logger,
  http: {
    token?: string;
    env?: InstallBuildOptions['env'];
    ca?: InstallBuildOptions['ca'];
    timeoutMs?: number;
  },
): Promise<{ url: string; sha256?: string; checksumSource: InstallResult['checksumSource'] }> {
  let url: string;
  let sha256: string | undefined;
  let checksumSource: InstallResult['checksumSource'];
  if (o.archivePath) {
    // A file the user handed us: verified when anything says what it should be, else installed with a warning.
    url = pathToFileURL(path.resolve(o.archivePath)).href;
    sha256 = normaliseSha256(build.sha256);
    checksumSource = sha256 ? 'given' : 'none';
  } else {
    url = mirrorUrlFor(build, o.mirror);
    // Before the archive: a mirror whose SHA256SUMS disagrees with the catalogue is refused here.
    const sum = await expectedChecksum(build, { mirror: o.mirror, logger: log, http });
    sha256 = sum.sha256;
    checksumSource = sum.source;
    if (!sha256 && !o.allowMissingChecksum) {
      throw new ChecksumMismatchError(
        `No sha256 is known for ${build.assetName}; refusing to install it unverified.`,
        {
          requested: build.key,
          url: redactUrl(url),
          hint: 'Use a mirror that publishes SHA256SUMS, or set allowMissingChecksum (--allow-missing-checksum) to accept the risk.',
        },
      );
    }
  }
  const isFile = url.startsWith('file:');
  if (isFile && !(await fs.stat(fileURLToPath(url)).catch(() => undefined))) {
    throw new PythonInstallationError(`No archive at ${fileURLToPath(url)}.`, {
      requested: fileURLToPath(url),
      hint:
        o.mirror && !o.archivePath && build.source !== 'downloads'
          ? 'A local mirror must hold <mirror>/<tag>/<asset>.'
          : 'Check the path.',
    });
  }
  return { url, sha256, checksumSource };
}

/**
 * Downloads and extracts in one pass (like uv): the tar stream is unpacked into `extracted` while the
 * bytes are hashed; the caller publishes the tree only after this resolved, i.e. after the sha256 matched.
 * A failed attempt's partial tree is wiped before a retry. Zip (no PBS build uses it) goes through a file.
 */
async function fetchAndExtract(
  build: PythonBuild,
  extracted: string,
  staging: string,
  o: InstallBuildOptions,
  log: Logger,
): Promise<Fetched> {
  // the archive code (tar-stream, fzstd) loads only when something is installed, before any stream exists
  const { extractArchive, extractTarStream, formatFromName } = await import('./extract.js');
  const declared = installableFormat(build); // .tar.bz2: a clear refusal before any download
  const format: ExtractFormat = formatFromName(build.assetName) ?? declared;
  const local = !!o.archivePath;
  // a mirror never sees the token: it belongs to GitHub (http.ts tokenMayGoTo), whoever runs the mirror
  const http = { token: o.mirror ? undefined : o.token, env: o.env, ca: o.ca, timeoutMs: o.timeoutMs };
  const { url, sha256, checksumSource } = await archiveSource(build, o, log, http);
  const isFile = url.startsWith('file:');
  const common = {
    ...http,
    sha256,
    allowMissingChecksum: local || o.allowMissingChecksum,
    retries: o.retries,
    backoffMs: o.backoffMs,
    logger: log,
    signal: o.signal,
    onProgress: (e: { bytes: number; total?: number }) =>
      o.onProgress?.({
        phase: 'download',
        label: build.key,
        current: e.bytes,
        total: e.total,
        unit: 'bytes',
      }),
  };
  let r: { sha256: string; bytes: number };
  if (format === 'zip') {
    const file = path.join(staging, build.assetName);
    r = await downloadFile(url, file, common);
    await fs.rm(extracted, { recursive: true, force: true });
    await extractArchive(file, extracted, { ...o.archiveLimits, format, signal: o.signal });
    await fs.rm(file, { force: true });
  } else {
    r = await streamUrl(url, {
      ...common,
      consume: (body, info) =>
        extractTarStream(body, extracted, format, {
          ...o.archiveLimits,
          name: build.assetName,
          signal: o.signal,
          onProgress: (e) =>
            o.onProgress?.({
              phase: 'extract',
              label: build.key,
              current: e.bytes,
              total: info.total,
              unit: 'bytes',
            }),
        }),
      reset: async () => {
        await fs.rm(extracted, { recursive: true, force: true });
        await fs.mkdir(extracted);
      },
    });
  }
  return {
    url: isFile ? fileURLToPath(url) : redactUrl(url),
    sha256: r.sha256,
    bytes: r.bytes,
    checksumSource,
    downloaded: !isFile,
  };
}
