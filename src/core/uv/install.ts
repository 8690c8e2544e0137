import { constants as fsc } from 'node:fs';
import { fs } from '../async-fs.js';
import path from 'node:path';
import { downloadFile, streamUrl, type DownloadOptions } from '../install/download.js';
import { withLock } from '../install/lock.js';
import { fetchText, mirrorBase } from '../install/mirror.js';
import { ChecksumMismatchError, ConfigurationError, DownloadError, UvNotFoundError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { hostPlatform, type Platform } from '../platform.js';
import { exists, findOnPath, renameWithRetry } from '../fs.js';
import { shippedUvSha256, type UvChecksumTable } from './checksums.js';
import { DEFAULT_UV_DOWNLOAD_URL, DEFAULT_UV_VERSION, uvAsset, uvAssetUrl, type UvAsset } from './triple.js';
import { probeUvVersion } from './uv.js';
import { randomTag } from '../builtins.js';

export interface EnsureUvOptions {
  /** Exact uv release to install (default: the pinned, tested one). */
  version?: string;
  /** Use this uv executable as is (no download). Its version is reported. */
  uvPath?: string;
  /** Use the `uv` found on PATH (never done unless asked). */
  system?: boolean;
  /** Release base, `<base>/<version>/<asset>`; default GitHub releases of astral-sh/uv. */
  downloadBaseUrl?: string;
  /** Private tools directory; uv lands in `<toolsDir>/uv/<version>/<triple>/`. */
  toolsDir: string;
  logger?: Logger;
  /** Target platform (default: this host). */
  platform?: Platform;
  /** GitHub token (sent to GitHub hosts only, by downloadFile). */
  token?: string;
  /** Expected sha256 of the archive; default: the shipped checksum, else the release's `<asset>.sha256`. */
  sha256?: string;
  /** Checksums that outrank the download base's `.sha256` (default: the ones shipped with the product). */
  knownChecksums?: UvChecksumTable;
  /** Install even when no `.sha256` companion exists (logs a warning). */
  allowMissingChecksum?: boolean;
  signal?: AbortSignal;
}

export interface EnsuredUv {
  path: string;
  version: string;
  source: 'path' | 'cache' | 'download' | 'system';
}

/** Written last into `<toolsDir>/uv/<version>/<triple>/`: its presence means the install is complete. */
const MARKER = 'pyembed-uv.json';

interface Marker {
  version: string;
  /** Size of the uv executable: a cheap check that the cached binary is still whole. */
  exeBytes?: number;
  triple: string;
  sha256: string;
  url: string;
  installedAt: string;
}

/**
 * Finds or installs uv. Order: an explicit `uvPath`; `system: true` (PATH); otherwise the private copy of the
 * pinned version, downloaded once from the release archive, verified against its `.sha256`, and installed
 * atomically under a lock. A uv on PATH is never picked up silently.
 */
export async function ensureUv(o: EnsureUvOptions): Promise<EnsuredUv> {
  const log = o.logger ?? silentLogger;
  if (o.uvPath) return givenUv(o.uvPath, o, log);
  if (o.system) return systemUv(o, log);
  const version = checkVersion(o.version ?? DEFAULT_UV_VERSION);
  const asset = uvAsset(o.platform ?? hostPlatform());
  const root = path.join(path.resolve(o.toolsDir), 'uv');
  // keyed by triple too: a tools dir shared by a glibc host and a musl container holds both binaries
  const dir = uvInstallDir(o.toolsDir, version, asset);
  const exe = path.join(dir, asset.exe);

  const cached = await readInstalled(dir, exe, version, asset.triple);
  if (cached) return { path: exe, version, source: 'cache' };

  await fs.mkdir(root, { recursive: true });
  return withLock(path.join(root, `${version}-${asset.triple}.lock`), async () => {
    // Another process may have finished while we waited for the lock.
    if (await readInstalled(dir, exe, version, asset.triple))
      return { path: exe, version, source: 'cache' as const };

    await downloadUv(version, asset, root, dir, o, log);
    return { path: exe, version, source: 'download' as const };
  });
}

async function givenUv(uvPath: string, o: EnsureUvOptions, log: Logger): Promise<EnsuredUv> {
  const p = path.resolve(uvPath);
  await assertExecutable(p, 'uvPath');
  const version = await probeUvVersion(p, o.signal);
  if (o.version && o.version !== version)
    log.warn(`uv at ${p} is ${version}, not the requested ${o.version}.`);
  return { path: p, version, source: 'path' };
}

async function systemUv(o: EnsureUvOptions, log: Logger): Promise<EnsuredUv> {
  const p = await findOnPath(process.platform === 'win32' ? 'uv.exe' : 'uv');
  if (!p) {
    throw new UvNotFoundError('uv was requested from PATH (system) but none was found.', {
      requested: 'system',
      hint: 'Install uv on PATH, or drop "system" to let python-embedded install its pinned uv.',
    });
  }
  const version = await probeUvVersion(p, o.signal);
  log.info(`Using uv ${version} from PATH: ${p}`);
  return { path: p, version, source: 'system' };
}

/** Downloads, verifies and installs uv `version` into `dir` (the caller holds the lock). */
async function downloadUv(
  version: string,
  asset: UvAsset,
  root: string,
  dir: string,
  o: EnsureUvOptions,
  log: Logger,
): Promise<void> {
  // A local directory works as a base too (air-gapped runners): it becomes a file:// URL.
  const base = o.downloadBaseUrl ? mirrorBase(o.downloadBaseUrl) : DEFAULT_UV_DOWNLOAD_URL;
  // another download base is a mirror: the GitHub token is not its business
  const token = o.downloadBaseUrl ? undefined : o.token;
  const url = uvAssetUrl(version, asset, base);
  const tmp = path.join(root, `.tmp-${version}-${randomTag()}`);
  await fs.mkdir(tmp, { recursive: true });
  try {
    const sha256 =
      o.sha256?.toLowerCase() ??
      shippedUvSha256(version, asset.name, o.knownChecksums) ??
      (await fetchCompanionSha256(url, { ...o, token }));
    log.info(`Downloading uv ${version} (${asset.name}) from ${url}`);
    const unpacked = await fetchUvArchive(url, asset, tmp, {
      sha256,
      allowMissingChecksum: o.allowMissingChecksum,
      token,
      logger: log,
      signal: o.signal,
    });
    const staging = await unpackUv(
      unpacked.dir,
      tmp,
      version,
      asset,
      { url, sha256: unpacked.sha256, base },
      o.signal,
    );
    // A half-written dir without marker (crash before the rename) is replaced, never trusted.
    await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(path.dirname(dir), { recursive: true });
    await renameWithRetry(staging, dir);
    log.info(`Installed uv ${version} into ${dir}`);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Downloads uv's archive and unpacks it into `<tmp>/unpacked`, trusted only once this returns (the sha256
 * matched). A .tar.gz is extracted as it streams, like a Python build: no archive file written and read back,
 * and no second pass of its 17 MB through memory while the action installs Python beside it; a zip
 * (Windows) needs its central directory, so it is downloaded first.
 */
async function fetchUvArchive(
  url: string,
  asset: UvAsset,
  tmp: string,
  dl: DownloadOptions,
): Promise<{ dir: string; sha256: string }> {
  const dir = path.join(tmp, 'unpacked');
  // loaded here: a cached uv (the usual case) never extracts
  const { extractArchive, extractTarStream } = await import('../install/extract.js');
  if (asset.format === 'zip') {
    const archive = path.join(tmp, asset.name);
    const { sha256 } = await downloadFile(url, archive, dl);
    await extractArchive(archive, dir, { format: 'zip' });
    return { dir, sha256 };
  }
  const format = asset.format;
  await fs.mkdir(dir);
  const { sha256 } = await streamUrl(url, {
    ...dl,
    consume: (body) => extractTarStream(body, dir, format, { name: asset.name, signal: dl.signal }),
    reset: async () => {
      await fs.rm(dir, { recursive: true, force: true });
      await fs.mkdir(dir);
    },
  });
  return { dir, sha256 };
}

/** Moves the verified files of `unpacked` into `<tmp>/staging`: uv's files, run once to check its version, plus the marker. */
async function unpackUv(
  unpacked: string,
  tmp: string,
  version: string,
  asset: UvAsset,
  from: { url: string; sha256: string; base: string },
  signal?: AbortSignal,
): Promise<string> {
  const staging = path.join(tmp, 'staging');
  await fs.mkdir(staging);
  const srcDir = await findBinDir(unpacked, asset.innerDir, asset.exe);
  for (const name of await fs.readdir(srcDir)) {
    await renameWithRetry(path.join(srcDir, name), path.join(staging, name));
  }
  if (process.platform !== 'win32') await fs.chmod(path.join(staging, asset.exe), 0o755);
  const got = await probeUvVersion(path.join(staging, asset.exe), signal);
  if (got !== version) {
    throw new ChecksumMismatchError(`The archive for uv ${version} contains uv ${got}.`, {
      requested: version,
      available: [got],
      hint: `Check the uv download base (${from.base}).`,
    });
  }
  const exeBytes = (await fs.stat(path.join(staging, asset.exe))).size;
  const marker: Marker = {
    version,
    exeBytes,
    triple: asset.triple,
    sha256: from.sha256,
    url: from.url,
    installedAt: new Date().toISOString(),
  };
  await fs.writeFile(path.join(staging, MARKER), JSON.stringify(marker, null, 2) + '\n');
  return staging;
}

/** Where ensureUv installs `version` for `asset`'s platform: `<toolsDir>/uv/<version>/<triple>`. */
export function uvInstallDir(toolsDir: string, version: string, asset: UvAsset): string {
  return path.join(path.resolve(toolsDir), 'uv', version, asset.triple);
}

/** The release publishes `<asset>.sha256` = `<hex>  <asset>` (setup-uv verifies the same way). */
async function fetchCompanionSha256(url: string, o: EnsureUvOptions): Promise<string | undefined> {
  const log = o.logger ?? silentLogger;
  let text: string | undefined;
  let why = 'not published (404)';
  try {
    text = await fetchText(`${url}.sha256`, { token: o.token, signal: o.signal });
  } catch (e) {
    why = (e as Error).message;
  }
  if (text === undefined) {
    if (o.allowMissingChecksum) {
      log.warn(`No checksum for ${url} (${why}); installing unverified (allowMissingChecksum).`);
      return undefined;
    }
    throw new DownloadError(`Could not get the checksum of the uv archive ${url}.sha256: ${why}.`, {
      requested: `${url}.sha256`,
      hint: 'Check the uv download base and network, pass the sha256 explicitly, or set allowMissingChecksum.',
    });
  }
  const m = /^\s*([0-9a-fA-F]{64})\b/.exec(text);
  if (!m) {
    throw new ChecksumMismatchError(
      `${url}.sha256 does not hold a sha256 (${JSON.stringify(text.slice(0, 80))}).`,
      {
        requested: `${url}.sha256`,
      },
    );
  }
  return m[1].toLowerCase();
}

async function readInstalled(dir: string, exe: string, version: string, triple: string): Promise<boolean> {
  try {
    const m = JSON.parse(await fs.readFile(path.join(dir, MARKER), 'utf8')) as Partial<Marker>;
    // a binary recorded for another platform (a dir copied between hosts) is never run
    if (m.version !== version || m.triple !== triple) return false;
    await fs.access(exe, process.platform === 'win32' ? fsc.F_OK : fsc.X_OK);
    // a truncated or replaced binary is reinstalled, not run
    return m.exeBytes === undefined || (await fs.stat(exe)).size === m.exeBytes;
  } catch {
    return false;
  }
}

/** uv archives: `uv-<triple>/{uv,uvx}` (tar.gz) or `uv.exe`, `uvx.exe` at the top (Windows zip). */
async function findBinDir(root: string, innerDir: string, exe: string): Promise<string> {
  for (const cand of [path.join(root, innerDir), root]) if (await exists(path.join(cand, exe))) return cand;
  for (const e of await fs.readdir(root, { withFileTypes: true })) {
    if (e.isDirectory() && (await exists(path.join(root, e.name, exe)))) return path.join(root, e.name);
  }
  throw new DownloadError(`The uv archive has no ${exe} (looked in ${innerDir || '/'}).`, { requested: exe });
}

function checkVersion(v: string): string {
  const s = v.trim().replace(/^v/, '');
  if (!/^\d+\.\d+\.\d+(?:[-.]?[A-Za-z0-9.]+)?$/.test(s)) {
    throw new ConfigurationError(
      `uv version must be an exact release like ${DEFAULT_UV_VERSION}, got ${JSON.stringify(v)}.`,
      {
        requested: v,
        hint: `Pin an exact uv version (default ${DEFAULT_UV_VERSION}).`,
      },
    );
  }
  return s;
}

async function assertExecutable(p: string, what: string): Promise<void> {
  try {
    const st = await fs.stat(p);
    if (!st.isFile()) throw new Error('not a file');
    if (process.platform !== 'win32') await fs.access(p, fsc.X_OK);
  } catch (e) {
    throw new UvNotFoundError(`${what} ${p} is not an executable file (${(e as Error).message}).`, {
      requested: p,
    });
  }
}
