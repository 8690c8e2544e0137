/**
 * PythonManager: the registry of CPython instances under one root directory.
 * Layout: `<root>/cpython-<version>-<os>-<arch>-<libc>[+<variant>]-<build>/{python/, venvs/, instance.json}`,
 * plus `<root>/.locks/<key>.lock`. An instance exists once `python/` exists: that directory only ever
 * appears by an atomic rename of an extracted and verified tree, so it is the completion marker;
 * `instance.json` is written after it and rebuilt from the files when missing or corrupt.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createCatalog, type Catalog, type ListOptions, type ResolveOptions } from '../catalog/index.js';
import {
  findBestMatchingVersion,
  getLatestPythonVersion,
  listAvailableVersions,
} from '../catalog/library.js';
import type { ArchiveFlavor, PythonBuild } from '../catalog/types.js';
import { defaultRoot } from '../config/options.js';
import {
  InstanceNotFoundError,
  PythonInstallationError,
  PythonNotInstalledError,
  isPythonEmbeddedError,
} from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { hostPlatform, type Platform } from '../platform.js';
import { buildVariantOf, parsePythonRequest, requestAllowsPrereleases } from '../versions/spec.js';
import { versionMatches } from '../versions/match.js';
import { compareVersionText, parseVersion } from '../versions/version.js';
import type { ArchiveLimits } from '../install/archive-limits.js';
import type { DownloadOptions } from '../install/download.js';
import { exists, fsErrorText, renameWithRetry } from '../fs.js';
import { cleanStaging, installBuild, type InstallProgress } from '../install/install.js';
import { clearStaleLock, withLock } from '../install/lock.js';
import { findInterpreter } from '../install/python-layout.js';
import { probeInterpreter } from '../python/probe.js';
import { packDirectory } from './archive.js';
import {
  METADATA_FILE,
  SCHEMA,
  instanceName,
  parseInstanceName,
  readStoredMetadata,
  rebuildInstanceMetadata,
  writeInstanceMetadata,
  type InstanceMetadata,
} from './metadata.js';
import { localArchiveBuild } from './local-archive.js';
import { relocateInstanceVenvs } from './relocate.js';

export interface PythonManagerOptions {
  /** Root of the instances; default `PYEMBED_ROOT`, else the user data dir (`~/.local/share/python-embedded`...). */
  root?: string;
  /** Resolves specs to builds; default `createCatalog()` (bundled snapshot first, zero API calls). */
  catalog?: Catalog;
  /** `<mirror>/<tag>/<asset>` base: http(s) URL or local directory. */
  mirror?: string;
  /** GitHub token: sent only to GitHub hosts. */
  token?: string;
  allowMissingChecksum?: boolean;
  retries?: number;
  timeoutMs?: number;
  backoffMs?: number;
  /** No network: only a directory mirror or local archives can provide builds. */
  offline?: boolean;
  logger?: Logger;
  /** Stale-lock age (ms) for install locks. */
  lockStaleMs?: number;
  /** Extra CA certificates for https downloads. */
  ca?: DownloadOptions['ca'];
  /** Bounds on what an archive may unpack to (installs and imports); see ArchiveLimits for the defaults. */
  archiveLimits?: ArchiveLimits;
}

export interface PythonInstance {
  /** The instance directory name (unique per version, platform, variant and build). */
  key: string;
  /** uv's download key, e.g. `cpython-3.12.5-linux-x86_64-gnu`. */
  buildKey: string;
  dir: string;
  /** The installation prefix `<dir>/python`. */
  pythonDir: string;
  pythonPath: string;
  venvsDir: string;
  version: string;
  /** `cpython`, `pypy` or `graalpy`. */
  implementation: InstanceMetadata['implementation'];
  build: string;
  platform: Platform;
  variant?: InstanceMetadata['variant'];
  flavor?: ArchiveFlavor;
  createdAt: string;
  source?: InstanceMetadata['source'];
  /** True when instance.json was rebuilt from the files while loading. */
  metadataRebuilt: boolean;
}

export interface InstanceInfo extends PythonInstance {
  sizeBytes: number;
}

export interface GetOrCreateOptions {
  build?: string;
  platform?: Platform;
  flavor?: ArchiveFlavor;
  freethreaded?: boolean;
  checkLatest?: boolean;
  onProgress?: (e: InstallProgress) => void;
  signal?: AbortSignal;
}

export interface SelectOptions {
  build?: string;
  platform?: Platform;
}

export interface IntegrityReport {
  ok: boolean;
  key: string;
  problems: string[];
  /** What the interpreter reported, when it ran. */
  version?: string;
}

export interface InstallBuildResult {
  instance: PythonInstance;
  /** False when the instance was already there (or the bytes came from a local file). */
  downloaded: boolean;
}

const KEY_SAFE = /^(cpython|pypy|graalpy)-[A-Za-z0-9._+-]+$/;

// hostPlatform() asks process.report for the libc, which costs ~100-200 ms: once per process is enough.
let host: Platform | undefined;
const hostOnce = () => (host ??= hostPlatform());

export class PythonManager {
  readonly root: string;
  private readonly log: Logger;
  private catalogPromise?: Catalog;

  constructor(private readonly o: PythonManagerOptions = {}) {
    this.root = path.resolve(o.root ?? process.env.PYEMBED_ROOT ?? defaultRoot());
    this.log = o.logger ?? silentLogger;
  }

  get catalog(): Catalog {
    this.catalogPromise ??= this.o.catalog ?? createCatalog({ logger: this.log, token: this.o.token });
    return this.catalogPromise;
  }

  /** `<root>/<key>` after checking the key is one plain directory name inside the root. */
  private dirOf(key: string): string {
    const dir = path.resolve(this.root, key);
    if (!KEY_SAFE.test(key) || path.dirname(dir) !== this.root) {
      throw new InstanceNotFoundError(`"${key}" is not an instance name under ${this.root}.`, {
        requested: key,
        hint: 'Instance names look like cpython-3.12.5-linux-x86_64-gnu-20240814 (see `pyembed list`).',
      });
    }
    return dir;
  }

  private lockPath(key: string): string {
    return path.join(this.root, '.locks', `${key}.lock`);
  }

  // ---- install -------------------------------------------------------------------------------

  /** Resolves `spec` with the catalogue and returns the instance, installing it when absent. */
  async getOrCreateInstance(spec = '3.12', o: GetOrCreateOptions = {}): Promise<PythonInstance> {
    const build = await this.catalog.resolve(spec, {
      platform: o.platform,
      build: o.build,
      flavor: o.flavor,
      freethreaded: o.freethreaded,
      checkLatest: o.checkLatest,
    });
    return (await this.installBuild(build, o)).instance;
  }

  /** Like getOrCreateInstance, then checks the instance really works (PythonNotInstalledError if not). */
  async ensurePythonVersion(spec: string, o: GetOrCreateOptions = {}): Promise<PythonInstance> {
    const inst = await this.getOrCreateInstance(spec, o);
    const report = await this.validateIntegrity(inst.key);
    if (!report.ok) {
      throw new PythonNotInstalledError(
        `Python ${spec} (${inst.key}) is installed but broken: ${report.problems.join('; ')}.`,
        {
          requested: spec,
          problems: report.problems,
          hint: `Remove it (pyembed remove ${inst.key}) and install again.`,
        },
      );
    }
    return inst;
  }

  /** Installs one resolved build as an instance (one download even when called concurrently). */
  async installBuild(
    build: PythonBuild,
    o: { onProgress?: (e: InstallProgress) => void; signal?: AbortSignal; archivePath?: string } = {},
  ): Promise<InstallBuildResult> {
    const key = instanceName(build);
    const dir = this.dirOf(key);
    const existing = await this.load(dir);
    if (existing) {
      await clearStaleLock(this.lockPath(key), this.o.lockStaleMs).catch(() => undefined);
      return { instance: existing, downloaded: false };
    }
    if (this.o.offline && !o.archivePath && !(this.o.mirror && !/^https?:/i.test(this.o.mirror))) {
      throw new PythonInstallationError(`${key} is not installed and offline mode forbids downloading it.`, {
        requested: key,
        hint: 'Give a local mirror directory (--mirror <dir>) or an archive (pyembed import / installArchive), or go online.',
      });
    }
    return this.typed(key, () => this.lockedInstall(build, key, dir, o));
  }

  /** File-system failures (read-only root, full disk...) as a typed error naming the cause. */
  private async typed<T>(key: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (isPythonEmbeddedError(e) || (e as Error)?.name === 'AbortError') throw e;
      throw new PythonInstallationError(`Cannot install ${key} under ${this.root}: ${fsErrorText(e)}`, {
        requested: key,
        hint: 'Check that the root directory is writable and has room (PYEMBED_ROOT / --root).',
      });
    }
  }

  private lockedInstall(
    build: PythonBuild,
    key: string,
    dir: string,
    o: { onProgress?: (e: InstallProgress) => void; signal?: AbortSignal; archivePath?: string },
  ): Promise<InstallBuildResult> {
    return withLock(
      this.lockPath(key),
      async () => {
        // Another process may have finished it while we waited for the lock.
        const done = await this.load(dir);
        if (done) return { instance: done, downloaded: false };
        const pythonDir = path.join(dir, 'python');
        await cleanStaging(pythonDir, this.log); // a crashed install's leftovers: never completed, safe to drop
        await fs.mkdir(dir, { recursive: true });
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
          onProgress: o.onProgress,
        }).catch(async (e: unknown) => {
          await fs.rmdir(dir).catch(() => {}); // only if empty: venvs of an earlier install stay
          throw e;
        });
        const meta: InstanceMetadata = {
          schema: SCHEMA,
          key,
          dir,
          buildKey: build.key,
          implementation: build.implementation ?? 'cpython',
          version: r.version,
          build: build.build,
          platform: build.platform,
          variant: build.variant,
          flavor: build.flavor,
          pythonExe: r.pythonExe,
          createdAt: new Date().toISOString(),
          source: {
            url: r.url,
            assetName: build.assetName,
            sha256: r.sha256,
            bytes: r.bytes,
            checksumSource: r.checksumSource,
          },
          origin: { kind: 'installed' },
        };
        await writeInstanceMetadata(dir, meta);
        return { instance: this.toInstance(dir, meta), downloaded: r.downloaded };
      },
      {
        staleMs: this.o.lockStaleMs,
        signal: o.signal,
        onWait: (h) => this.log.info(`Waiting for another install of ${key} (pid ${h?.pid ?? '?'})...`),
      },
    );
  }

  /**
   * Offline install from a local PBS archive: the build is read from the PBS asset name; the checksum from
   * `sha256` or a `<archive>.sha256` / `SHA256SUMS` file beside it, when there is one.
   */
  async installArchive(
    archivePath: string,
    o: { sha256?: string; onProgress?: (e: InstallProgress) => void; signal?: AbortSignal } = {},
  ): Promise<PythonInstance> {
    const build = await localArchiveBuild(archivePath, o.sha256);
    return (await this.installBuild(build, { ...o, archivePath })).instance;
  }

  // ---- lookup --------------------------------------------------------------------------------

  private toInstance(dir: string, m: InstanceMetadata): PythonInstance {
    const pythonDir = path.join(dir, 'python');
    return {
      key: m.key,
      buildKey: m.buildKey,
      dir,
      pythonDir,
      pythonPath: path.join(pythonDir, ...m.pythonExe.split('/')),
      venvsDir: path.join(dir, 'venvs'),
      version: m.version,
      implementation: m.implementation ?? 'cpython',
      build: m.build,
      platform: m.platform,
      variant: m.variant,
      flavor: m.flavor,
      createdAt: m.createdAt,
      source: m.source,
      metadataRebuilt: !!m.rebuilt,
    };
  }

  /** The instance in `dir` when its python/ is complete; metadata rebuilt if needed. */
  private async load(dir: string): Promise<PythonInstance | undefined> {
    const pythonDir = path.join(dir, 'python');
    const st = await fs.stat(pythonDir).catch(() => undefined);
    if (!st?.isDirectory()) return undefined;
    const stored = await readStoredMetadata(dir);
    if (
      stored &&
      (await fs.stat(path.join(pythonDir, ...stored.pythonExe.split('/'))).catch(() => undefined))
    ) {
      return this.toInstance(dir, stored);
    }
    const rebuilt = await rebuildInstanceMetadata(dir, this.log);
    return rebuilt ? this.toInstance(dir, rebuilt) : undefined;
  }

  /** All instances under the root, newest version (then build) first. */
  async listInstances(): Promise<PythonInstance[]> {
    const names = await fs.readdir(this.root).catch(() => [] as string[]);
    const out: PythonInstance[] = [];
    for (const name of names) {
      if (!KEY_SAFE.test(name)) continue;
      const inst = await this.load(path.join(this.root, name));
      if (inst) out.push(inst);
    }
    return out.sort(
      (a, b) =>
        compareVersionText(b.version, a.version) ||
        b.build.localeCompare(a.build) ||
        a.key.localeCompare(b.key),
    );
  }

  /**
   * The installed instance for an instance key, a uv build key or a spec (`3.12`, `>=3.11`, `3.13t`),
   * newest match first; undefined when nothing installed matches (no download, no catalogue).
   */
  async getInstance(keyOrSpec = '3.12', o: SelectOptions = {}): Promise<PythonInstance | undefined> {
    const text = keyOrSpec.trim();
    if (/[\\/]/.test(text) || text.startsWith('.')) this.dirOf(text); // a path, not a key: throws
    if (KEY_SAFE.test(text) && parseInstanceName(text)) {
      return this.load(this.dirOf(text));
    }
    const all = await this.listInstances();
    const byBuildKey = all.filter(
      (i) => i.buildKey === text.toLowerCase() && (!o.build || i.build === o.build),
    );
    if (byBuildKey.length) return byBuildKey[0];
    const req = parsePythonRequest(text);
    const variant = buildVariantOf(req.variant);
    const plat = o.platform ?? (req.platform ? undefined : hostOnce());
    const matches = all.filter((i) => {
      if (i.implementation !== req.implementation) return false;
      const v = parseVersion(i.version);
      if (!v || !versionMatches(req.version, v)) return false;
      if ((i.variant ?? undefined) !== variant) return false;
      if (o.build && i.build !== o.build) return false;
      const rp = req.platform;
      if (
        rp &&
        ((rp.os && rp.os !== i.platform.os) ||
          (rp.arch && rp.arch !== i.platform.arch) ||
          (rp.libc && rp.libc !== i.platform.libc))
      )
        return false;
      if (
        plat &&
        (plat.os !== i.platform.os || plat.arch !== i.platform.arch || plat.libc !== i.platform.libc)
      )
        return false;
      return true;
    });
    const stable = matches.filter((i) => !parseVersion(i.version)?.pre);
    return (requestAllowsPrereleases(req) || stable.length === 0 ? matches : stable)[0];
  }

  private async require(keyOrSpec: string, o: SelectOptions = {}): Promise<PythonInstance> {
    const inst = await this.getInstance(keyOrSpec, o);
    if (!inst) {
      throw new InstanceNotFoundError(`No installed Python matches ${keyOrSpec} under ${this.root}.`, {
        requested: keyOrSpec,
        available: (await this.listInstances()).map((i) => i.key),
        hint: `Install it first (pyembed install ${keyOrSpec}).`,
      });
    }
    return inst;
  }

  async getInstanceInfo(keyOrSpec: string, o: SelectOptions = {}): Promise<InstanceInfo | undefined> {
    const inst = await this.getInstance(keyOrSpec, o);
    return inst ? { ...inst, sizeBytes: await dirSize(inst.dir) } : undefined;
  }

  /** Bytes on disk of one instance (python + venvs + metadata); 0 when not installed. */
  async getInstanceSize(keyOrSpec: string, o: SelectOptions = {}): Promise<number> {
    const inst = await this.getInstance(keyOrSpec, o);
    return inst ? dirSize(inst.dir) : 0;
  }

  async getTotalDiskUsage(): Promise<number> {
    let total = 0;
    for (const i of await this.listInstances()) total += await dirSize(i.dir);
    return total;
  }

  // ---- maintenance ---------------------------------------------------------------------------

  /** Deletes one instance (and its venvs). False when it is not installed; refuses anything outside the root. */
  async deleteInstance(keyOrSpec: string, o: SelectOptions = {}): Promise<boolean> {
    const inst = await this.getInstance(keyOrSpec, o);
    if (!inst) return false;
    const dir = this.dirOf(inst.key);
    if (path.resolve(inst.dir) !== dir) {
      throw new PythonInstallationError(
        `Refusing to delete ${inst.dir}: it is not directly under ${this.root}.`,
        { requested: inst.dir },
      );
    }
    await withLock(this.lockPath(inst.key), async () => {
      // Rename first: a half-deleted tree must never look like an instance.
      const trash = path.join(this.root, `.trash-${inst.key}-${process.pid}-${Date.now()}`);
      await renameWithRetry(dir, trash);
      await fs.rm(trash, { recursive: true, force: true });
    });
    return true;
  }

  /** Interpreter runs and reports the recorded version; files present; metadata consistent with the name. */
  async validateIntegrity(keyOrSpec: string, o: SelectOptions = {}): Promise<IntegrityReport> {
    const inst = await this.getInstance(keyOrSpec, o);
    if (!inst) return { ok: false, key: keyOrSpec, problems: ['not installed'] };
    const problems: string[] = [];
    const stored = await readStoredMetadata(inst.dir);
    if (!stored) problems.push(`${METADATA_FILE} missing or unreadable`);
    const parsed = parseInstanceName(inst.key);
    if (parsed && (parsed.version !== inst.version || parsed.build !== inst.build))
      problems.push(`metadata (${inst.version}, ${inst.build}) disagrees with the directory name`);
    const exe = findInterpreter(inst.pythonDir);
    if (!exe) problems.push('no interpreter in python/');
    let version: string | undefined;
    if (exe) {
      try {
        const probe = await probeInterpreter(inst.pythonPath);
        version = probe.version;
        if (probe.version !== inst.version)
          problems.push(`interpreter reports ${probe.version}, metadata says ${inst.version}`);
        const ft = inst.variant?.includes('freethreaded') ?? false;
        if (probe.freethreaded !== ft)
          problems.push(`interpreter is ${probe.freethreaded ? '' : 'not '}free-threaded`);
      } catch (e) {
        problems.push(`interpreter does not run: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const mm = /^(\d+)\.(\d+)/.exec(inst.version);
    if (mm && inst.platform.os !== 'windows') {
      const lib = path.join(inst.pythonDir, 'lib');
      const names = await fs.readdir(lib).catch(() => [] as string[]);
      const stdlib = names.find((n) => n === `python${mm[1]}.${mm[2]}` || n === `python${mm[1]}.${mm[2]}t`);
      if (!stdlib || !(await exists(path.join(lib, stdlib, 'os.py'))))
        problems.push('standard library (lib/python3.X/os.py) missing');
    } else if (inst.platform.os === 'windows' && !(await exists(path.join(inst.pythonDir, 'Lib', 'os.py')))) {
      problems.push('standard library (Lib/os.py) missing');
    }
    return { ok: problems.length === 0, key: inst.key, problems, version };
  }

  /** True when the root's filesystem has at least `requiredMB` free. */
  async checkDiskSpace(requiredMB: number): Promise<boolean> {
    return (await this.availableDiskSpaceMB()) >= requiredMB;
  }

  async availableDiskSpaceMB(): Promise<number> {
    let dir = this.root;
    while (!(await exists(dir)) && path.dirname(dir) !== dir) dir = path.dirname(dir);
    const s = await fs.statfs(dir);
    return (s.bavail * s.bsize) / (1024 * 1024);
  }

  // ---- catalogue questions: the contract of catalog/library.ts, asked of this manager's catalogue ----

  /**
   * The newest build matching `spec` (not installed by this call). Throws InvalidPythonVersionError when
   * the spec is malformed or nothing matches, and the source's DownloadError/RateLimitError when it
   * cannot be read: see catalog/library.ts.
   */
  findBestMatchingVersion(spec: string, o: ResolveOptions = {}): Promise<PythonBuild> {
    return findBestMatchingVersion(spec, { ...o, catalog: this.catalog });
  }

  /** The newest stable CPython build (`latest`); throws like `findBestMatchingVersion`. */
  getLatestPythonVersion(o: ResolveOptions = {}): Promise<PythonBuild> {
    return getLatestPythonVersion({ ...o, catalog: this.catalog });
  }

  /** The builds available, newest first (one per version unless `o.all`); `build` pins one PBS release. */
  listAvailableVersions(build?: string, o: ListOptions = {}): Promise<PythonBuild[]> {
    return listAvailableVersions(build, { ...o, catalog: this.catalog });
  }

  // ---- export / import -----------------------------------------------------------------------

  /** Writes the instance (python/, venvs/, instance.json) to `.tar.gz`, `.tar.zst` or `.zip`; returns the path. */
  async exportInstance(keyOrSpec: string, outPath: string, o: SelectOptions = {}): Promise<string> {
    const inst = await this.require(keyOrSpec, o);
    const out = path.resolve(outPath);
    await packDirectory(inst.dir, out, { topName: inst.key, logger: this.log });
    this.log.info(`Exported ${inst.key} to ${out}`);
    return out;
  }

  /**
   * Imports an exported instance (same safety rules as any extraction: no `..`, absolute paths or escaping
   * links). The interpreter is run at its new place before the instance is registered; venvs are re-pointed.
   */
  async importInstance(
    archivePath: string,
    o: { overwrite?: boolean; signal?: AbortSignal } = {},
  ): Promise<PythonInstance> {
    await fs.mkdir(this.root, { recursive: true });
    const staging = await fs.mkdtemp(path.join(this.root, '.import-'));
    try {
      const { extractArchive } = await import('../install/extract.js'); // archive code: loaded for an import only
      await extractArchive(path.resolve(archivePath), path.join(staging, 'x'), {
        ...this.o.archiveLimits,
        signal: o.signal,
      });
      const top = await findExportedInstance(path.join(staging, 'x'));
      if (!top) {
        throw new PythonInstallationError(
          `${archivePath} is not an exported instance (no <name>/python/ inside).`,
          {
            requested: archivePath,
            hint: 'Use an archive written by exportInstance / `pyembed export`. For a PBS archive use installArchive.',
          },
        );
      }
      const stored = await readStoredMetadata(top);
      const key = path.basename(top);
      const dir = this.dirOf(key);
      const oldDir = stored?.dir;
      return await withLock(this.lockPath(key), async () => {
        if (await exists(dir)) {
          if (!o.overwrite) {
            throw new PythonInstallationError(`${key} already exists under ${this.root}.`, {
              requested: key,
              hint: 'Delete it first or import with overwrite.',
            });
          }
          const trash = path.join(this.root, `.trash-${key}-${process.pid}-${Date.now()}`);
          await renameWithRetry(dir, trash);
          await fs.rm(trash, { recursive: true, force: true });
        }
        await renameWithRetry(top, dir);
        const meta = (await readStoredMetadata(dir)) ?? (await rebuildInstanceMetadata(dir, this.log));
        if (!meta)
          throw new PythonInstallationError(`${key}: no runnable interpreter in the imported archive.`, {
            requested: archivePath,
          });
        const probe = await probeInterpreter(path.join(dir, 'python', ...meta.pythonExe.split('/'))).catch(
          async (e) => {
            await fs.rm(dir, { recursive: true, force: true }); // never registered: remove what we put there
            throw e;
          },
        );
        const updated: InstanceMetadata = {
          ...meta,
          dir,
          version: probe.version,
          origin: { kind: 'imported', from: path.resolve(archivePath) },
        };
        await writeInstanceMetadata(dir, updated);
        await relocateInstanceVenvs(
          dir,
          path.join(dir, 'python', ...meta.pythonExe.split('/')),
          oldDir,
          this.log,
        );
        return this.toInstance(dir, updated);
      });
    } finally {
      await fs.rm(staging, { recursive: true, force: true });
    }
  }
}

/** The exported `<name>/` directory holding `python/` (or the extraction root itself). */
async function findExportedInstance(root: string): Promise<string | undefined> {
  const names = await fs.readdir(root);
  for (const n of names) {
    if (KEY_SAFE.test(n) && (await exists(path.join(root, n, 'python')))) return path.join(root, n);
  }
  return undefined;
}

/** Apparent size of a tree (files counted once per inode, symlinks not followed). */
export async function dirSize(dir: string): Promise<number> {
  let total = 0;
  const seen = new Set<string>();
  const walk = async (d: string) => {
    for (const e of await fs.readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) {
        const st = await fs.lstat(p);
        const id = `${st.dev}:${st.ino}`;
        if (st.nlink > 1 && seen.has(id)) continue;
        seen.add(id);
        total += st.size;
      }
    }
  };
  await walk(dir);
  return total;
}
