/**
 * PythonManager: the registry of CPython instances under one root directory.
 * Layout: `<root>/cpython-<version>-<os>-<arch>-<libc>[+<variant>]-<build>/{python/, venvs/, instance.json}`,
 * plus `<root>/.locks/<key>.lock`. An instance exists once `python/` exists: that directory only ever
 * appears by an atomic rename of an extracted and verified tree, so it is the completion marker;
 * `instance.json` is written after it and rebuilt from the files when missing or corrupt.
 */
import { fs } from '../async-fs.js';
import path from 'node:path';
import { createCatalog, type Catalog, type ListOptions, type ResolveOptions } from '../catalog/index.js';
import {
  findBestMatchingVersion,
  getLatestPythonVersion,
  listAvailableVersions,
} from '../catalog/library.js';
import type { PythonBuild } from '../catalog/types.js';
import { defaultRoot } from '../config/options.js';
import {
  InstanceNotFoundError,
  PythonInstallationError,
  PythonNotInstalledError,
  isPythonEmbeddedError,
} from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { hostPlatform, type Platform } from '../platform.js';
import { parsePythonRequest, requestAllowsPrereleases } from '../versions/spec.js';
import { compareVersionText, parseVersion } from '../versions/version.js';
import { fsErrorText } from '../fs.js';
import { cleanStaging, installBuild, type InstallProgress } from '../install/install.js';
import { clearStaleLock, withLock } from '../install/lock.js';
import { packDirectory } from './archive.js';
import {
  instanceName,
  parseInstanceName,
  writeInstanceMetadata,
  installedMetadata,
  type InstanceMetadata,
} from './metadata.js';
import { localArchiveBuild } from './local-archive.js';
import { importExported } from './import.js';
import { instanceOf, loadInstance } from './load.js';
import { instanceMatches } from './select.js';
import { INSTANCE_NAME_SAFE } from './naming.js';
import { dirSize, freeSpaceMB, removeInstanceTree } from './disk.js';
import { checkIntegrity } from './integrity.js';
import type {
  GetOrCreateOptions,
  InstallBuildResult,
  InstanceInfo,
  IntegrityReport,
  PythonInstance,
  PythonManagerOptions,
  SelectOptions,
} from './types.js';
import { compareText } from '../text.js';

export type {
  GetOrCreateOptions,
  InstallBuildResult,
  InstanceInfo,
  IntegrityReport,
  PythonInstance,
  PythonManagerOptions,
  SelectOptions,
} from './types.js';
export { dirSize } from './disk.js';

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
    if (!INSTANCE_NAME_SAFE.test(key) || path.dirname(dir) !== this.root) {
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
        const meta = installedMetadata(build, key, dir, r);
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
    return instanceOf(dir, m);
  }

  /** The instance in `dir` when its python/ is complete; metadata rebuilt if needed. */
  private load(dir: string): Promise<PythonInstance | undefined> {
    return loadInstance(dir, this.log);
  }

  /** All instances under the root, newest version (then build) first. */
  async listInstances(): Promise<PythonInstance[]> {
    const names = await fs.readdir(this.root).catch(() => [] as string[]);
    const out: PythonInstance[] = [];
    for (const name of names) {
      if (!INSTANCE_NAME_SAFE.test(name)) continue;
      const inst = await this.load(path.join(this.root, name));
      if (inst) out.push(inst);
    }
    return out.sort(
      (a, b) =>
        compareVersionText(b.version, a.version) ||
        compareText(b.build, a.build) ||
        compareText(a.key, b.key),
    );
  }

  /**
   * The installed instance for an instance key, a uv build key or a spec (`3.12`, `>=3.11`, `3.13t`),
   * newest match first; undefined when nothing installed matches (no download, no catalogue).
   */
  async getInstance(keyOrSpec = '3.12', o: SelectOptions = {}): Promise<PythonInstance | undefined> {
    const text = keyOrSpec.trim();
    if (/[\\/]/.test(text) || text.startsWith('.')) this.dirOf(text); // a path, not a key: throws
    if (INSTANCE_NAME_SAFE.test(text) && parseInstanceName(text)) {
      return this.load(this.dirOf(text));
    }
    const all = await this.listInstances();
    const byBuildKey = all.filter(
      (i) => i.buildKey === text.toLowerCase() && (!o.build || i.build === o.build),
    );
    if (byBuildKey.length) return byBuildKey[0];
    const req = parsePythonRequest(text);
    const plat = o.platform ?? (req.platform ? undefined : hostOnce());
    const matches = all.filter((i) => instanceMatches(i, req, { build: o.build, platform: plat }));
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
    await withLock(this.lockPath(inst.key), () => removeInstanceTree(this.root, dir));
    return true;
  }

  /** Interpreter runs and reports the recorded version; files present; metadata consistent with the name. */
  async validateIntegrity(keyOrSpec: string, o: SelectOptions = {}): Promise<IntegrityReport> {
    const inst = await this.getInstance(keyOrSpec, o);
    return inst ? checkIntegrity(inst) : { ok: false, key: keyOrSpec, problems: ['not installed'] };
  }

  /** True when the root's filesystem has at least `requiredMB` free. */
  async checkDiskSpace(requiredMB: number): Promise<boolean> {
    return (await this.availableDiskSpaceMB()) >= requiredMB;
  }

  async availableDiskSpaceMB(): Promise<number> {
    return freeSpaceMB(this.root);
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
    const { dir, meta } = await importExported(archivePath, {
      root: this.root,
      dirOf: (key) => this.dirOf(key),
      lockPath: (key) => this.lockPath(key),
      archiveLimits: this.o.archiveLimits,
      log: this.log,
      ...o,
    });
    return this.toInstance(dir, meta);
  }
}
