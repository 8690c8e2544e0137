import { fs } from '../async-fs.js';
import path from 'node:path';
import { ConfigurationError, VirtualEnvironmentNotFoundError } from '../errors.js';
import type { ArchiveLimits } from '../install/archive-limits.js';
import { copyTree, renameWithRetry } from '../fs.js';
import { isWindowsHost } from '../host.js';
import { withLock } from '../install/lock.js';
import { silentLogger, type Logger } from '../log.js';
import { hostPlatform, platformKey } from '../platform.js';
import type { PythonRuntimeOptions } from '../packages/runtime.js';
import { probeInterpreter } from '../python/probe.js';
import { writeVenvArchive } from './archive.js';
import { createVenv, isVenv, type CreateVenvOptions } from './create.js';
import { META_DIR, readPyvenvCfg, treeSize, validateVenvName, venvPython } from './layout.js';
import {
  readStoredMetadata,
  rebuildMetadata,
  removeMetadata,
  writeMetadata,
  type VirtualEnvironmentMetadata,
} from './metadata.js';
import { recordedVenvPath, refuseStaleLaunchers, relocateVenv } from './relocate.js';
import { describeVenv } from './info.js';
import { unpackVenvArchive } from './import.js';
import { assertVenvOf, repairMovedVenv } from './repair.js';
import type {
  GetOrCreateOptions,
  VenvHost,
  VirtualEnvironmentInfo,
  VirtualEnvironmentManagerOptions,
} from './types.js';
import { VirtualEnvironment } from './virtual-environment.js';
import { randomTag } from '../builtins.js';

export type {
  GetOrCreateOptions,
  VenvHost,
  VirtualEnvironmentInfo,
  VirtualEnvironmentManagerOptions,
} from './types.js';

/**
 * The venvs of one instance. They live in `<instanceDir>/venvs/<name>`; an external venv is a directory
 * elsewhere with a link `<instanceDir>/venvs/<name>` pointing at it, so names stay unique per instance and
 * the file system alone says what exists. Metadata (`venvs/.pyembed/<name>.json`) is a cache of facts:
 * when missing or corrupt it is rebuilt from the files, never a reason to delete anything.
 */
export class VirtualEnvironmentManager {
  readonly venvsDir: string;
  readonly instance: VenvHost;
  private readonly runtimeOptions: Omit<PythonRuntimeOptions, 'pythonPath'>;
  private readonly logger: Logger;
  private readonly archiveLimits?: ArchiveLimits;
  private instanceVersion?: string;

  constructor(o: VirtualEnvironmentManagerOptions) {
    const { instance, archiveLimits, ...rest } = o;
    this.archiveLimits = archiveLimits;
    this.instance = { pythonPath: path.resolve(instance.pythonPath), dir: path.resolve(instance.dir) };
    this.venvsDir = path.join(this.instance.dir, 'venvs');
    this.runtimeOptions = rest;
    this.logger = o.logger ?? silentLogger;
  }

  // ---------------------------------------------------------------- lookup

  /** Names of the venvs that exist (internal and external), sorted. */
  async list(): Promise<string[]> {
    const out: string[] = [];
    for (const e of await fs.readdir(this.venvsDir, { withFileTypes: true }).catch(() => [])) {
      if (e.name === META_DIR || e.name.startsWith('.tmp-')) continue;
      if ((e.isDirectory() || e.isSymbolicLink()) && (await isVenv(path.join(this.venvsDir, e.name))))
        out.push(e.name);
    }
    return out.sort();
  }

  async exists(name: string): Promise<boolean> {
    return isVenv(path.join(this.venvsDir, validateVenvName(name)));
  }

  /** The real directory of `name` (following an external link); where it would be created if absent. */
  async resolvePath(name: string): Promise<string> {
    const entry = path.join(this.venvsDir, validateVenvName(name));
    const st = await fs.lstat(entry).catch(() => undefined);
    if (st?.isSymbolicLink()) return path.resolve(this.venvsDir, await fs.readlink(entry));
    if (!st) {
      const stored = await readStoredMetadata(this.venvsDir, name);
      if (stored?.externalPath) return stored.externalPath;
    }
    return entry;
  }

  /** Stored metadata, rebuilt (and re-saved) from the files when missing or corrupt; undefined if no venv. */
  async metadata(name: string): Promise<VirtualEnvironmentMetadata | undefined> {
    validateVenvName(name);
    if (!(await this.exists(name))) return undefined;
    const stored = await readStoredMetadata(this.venvsDir, name);
    if (stored) return stored;
    const rebuilt = await rebuildMetadata(this.venvsDir, name, await this.resolvePath(name));
    this.logger.warn(`Metadata of venv "${name}" was missing or corrupt; rebuilt it from the files.`);
    await writeMetadata(this.venvsDir, rebuilt).catch(() => {});
    return rebuilt;
  }

  /** The venv as a runtime; VirtualEnvironmentNotFoundError when it does not exist. */
  async get(name: string): Promise<VirtualEnvironment> {
    if (!(await this.exists(name))) throw this.notFound(name);
    const p = await this.resolvePath(name);
    const entry = path.join(this.venvsDir, name);
    return this.open(name, p, p !== entry);
  }

  async size(name: string): Promise<number> {
    if (!(await this.exists(name))) throw this.notFound(name);
    return treeSize(await this.resolvePath(name));
  }

  async info(name: string, o: { signal?: AbortSignal } = {}): Promise<VirtualEnvironmentInfo> {
    return describeVenv(await this.get(name), (await this.metadata(name))!, o.signal);
  }

  // ---------------------------------------------------------------- create / delete

  /**
   * Returns the venv `name`, creating it with `uv venv --python <instance python>` if needed. An existing
   * venv is returned as is (its `home` is repaired if the instance moved); `recreate` starts it afresh.
   */
  async getOrCreate(name: string, o: GetOrCreateOptions = {}): Promise<VirtualEnvironment> {
    validateVenvName(name);
    let external = o.path ? path.resolve(o.path) : undefined;
    if (external && isInside(external, this.instance.dir)) {
      throw new ConfigurationError(`External venv path ${external} is inside the instance directory.`, {
        requested: external,
        hint: 'Omit `path` to create it in the instance, or choose a directory outside it.',
      });
    }
    await fs.mkdir(path.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(name), async (lock) => {
      const entry = path.join(this.venvsDir, name);
      // pyvenv.cfg alone is not enough: a killed create leaves it before the interpreter link exists (lstat: a
      // link left dangling by a moved instance is repaired below, not a reason to start over)
      if ((await isVenv(entry)) && (await fs.lstat(venvPython(entry)).catch(() => undefined))) {
        const current = await this.resolvePath(name);
        if (external && current !== external && !o.recreate) {
          throw new ConfigurationError(`A venv named "${name}" already exists at ${current}.`, {
            requested: external,
            available: [current],
            hint: 'Use another name, delete it first, or pass recreate: true.',
          });
        }
        if (!o.recreate) {
          await repairMovedVenv(current, this.instance.pythonPath, this.logger);
          await this.metadata(name);
          return this.open(name, current, current !== entry);
        }
        // recreate where it was: an external venv stays external
        if (!external && current !== entry) external = current;
        await this.removeFiles(name, true);
      } else {
        // a dangling link (external dir deleted) or leftovers of a crashed create; a killed create's `uv venv`
        // may still be writing there (its lock died with its parent), hence the retries on ENOTEMPTY
        await fs.rm(entry, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      }
      const target = external ?? entry;
      let origin: NonNullable<VirtualEnvironmentMetadata['origin']>['kind'] = 'created';
      if (external && (await isVenv(external)) && !o.recreate) {
        await assertVenvOf(external, this.instance.pythonPath);
        origin = 'adopted';
      } else {
        if (external) await assertEmptyOrAbsent(external, o.recreate);
        await this.createWithUv(target, name, { ...o, onSpawn: (pid, group) => lock.track(pid, group) });
      }
      if (external) await linkExternal(entry, external);
      const cfg = (await readPyvenvCfg(target)) ?? {};
      await writeMetadata(this.venvsDir, {
        name,
        ...(external ? { externalPath: external } : {}),
        isExternal: Boolean(external),
        createdAt: new Date().toISOString(),
        pythonVersion: cfg.version_info,
        uvVersion: cfg.uv,
        seed: Boolean(o.seed),
        origin: { kind: origin },
      });
      return this.open(name, target, Boolean(external));
    });
  }

  /**
   * Deletes the venv. For an external venv, `deleteExternalFiles: false` only forgets it (link and metadata).
   * Returns false when there was nothing to delete.
   */
  async delete(name: string, o: { deleteExternalFiles?: boolean } = {}): Promise<boolean> {
    validateVenvName(name);
    const entry = path.join(this.venvsDir, name);
    const known =
      (await fs.lstat(entry).catch(() => undefined)) !== undefined ||
      (await readStoredMetadata(this.venvsDir, name)) !== undefined;
    if (!known) return false;
    await fs.mkdir(path.join(this.venvsDir, META_DIR), { recursive: true });
    await withLock(this.lockPath(name), () => this.removeFiles(name, o.deleteExternalFiles ?? true));
    return true;
  }

  // ---------------------------------------------------------------- clone / export / import

  /** Copies `source` to `target` (internal, or at `o.path`) and re-points every path at the copy. */
  async clone(source: string, target: string, o: { path?: string } = {}): Promise<VirtualEnvironment> {
    const src = await this.get(source);
    validateVenvName(target);
    const dest = o.path ? path.resolve(o.path) : path.join(this.venvsDir, target);
    await fs.mkdir(path.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(target), async () => {
      await this.assertFree(target, dest);
      const staging = path.join(path.dirname(dest), `.tmp-${path.basename(dest)}-${randomTag()}`);
      try {
        await copyTree(src.path, staging);
        const from = (await recordedVenvPath(src.path)) ?? src.path;
        refuseStaleLaunchers(await relocateVenv(staging, { from, to: dest }), from);
        await renameWithRetry(staging, dest);
      } catch (e) {
        await fs.rm(staging, { recursive: true, force: true });
        throw e;
      }
      return this.register(target, dest, Boolean(o.path), { kind: 'cloned', from: source });
    });
  }

  /** Writes the venv to a .zip or .tar.gz (by extension); paths inside are re-pointed on import. Returns the archive path. */
  async export(name: string, outputPath: string): Promise<string> {
    const venv = await this.get(name);
    const cfg = (await readPyvenvCfg(venv.path)) ?? {};
    return writeVenvArchive(venv.path, outputPath, {
      format: 1,
      name,
      sourcePath: (await recordedVenvPath(venv.path)) ?? venv.path,
      home: cfg.home,
      pythonVersion: cfg.version_info,
      uvVersion: cfg.uv,
      platform: platformKey(hostPlatform()),
      exportedAt: new Date().toISOString(),
    });
  }

  /**
   * Imports an export as `name` (internal, or at `o.path`): extracts into a temp dir next to the target, checks
   * the Python minor version matches this instance, re-points `home`, the interpreter links, shebangs and
   * activate scripts, then renames into place.
   */
  async import(archivePath: string, name: string, o: { path?: string } = {}): Promise<VirtualEnvironment> {
    validateVenvName(name);
    const dest = o.path ? path.resolve(o.path) : path.join(this.venvsDir, name);
    await fs.mkdir(path.join(this.venvsDir, META_DIR), { recursive: true });
    return withLock(this.lockPath(name), async () => {
      await this.assertFree(name, dest);
      const staging = path.join(path.dirname(dest), `.tmp-${path.basename(dest)}-${randomTag()}`);
      try {
        await unpackVenvArchive(archivePath, staging, dest, {
          pythonPath: this.instance.pythonPath,
          pythonVersion: () => this.instancePythonVersion(),
          archiveLimits: this.archiveLimits,
          logger: this.logger,
        });
        await renameWithRetry(staging, dest);
      } catch (e) {
        await fs.rm(staging, { recursive: true, force: true });
        throw e;
      }
      return this.register(name, dest, Boolean(o.path), {
        kind: 'imported',
        from: path.resolve(archivePath),
      });
    });
  }

  // ---------------------------------------------------------------- internals

  private uv() {
    return this.runtimeOptions.uv;
  }

  private open(name: string, p: string, isExternal: boolean): VirtualEnvironment {
    return new VirtualEnvironment({ ...this.runtimeOptions, name, path: p, isExternal });
  }

  private notFound(name: string): VirtualEnvironmentNotFoundError {
    return new VirtualEnvironmentNotFoundError(
      `Virtual environment "${name}" not found in ${this.venvsDir}.`,
      {
        requested: name,
        virtualEnvironmentName: name,
        hint: 'Create it with getOrCreate() / `pyembed venv create`.',
      },
    );
  }

  private lockPath(name: string): string {
    return path.join(this.venvsDir, META_DIR, `${name}.lock`);
  }

  private async createWithUv(
    target: string,
    name: string,
    o: GetOrCreateOptions & Pick<CreateVenvOptions, 'onSpawn'>,
  ): Promise<void> {
    await createVenv(this.uv(), this.instance.pythonPath, target, {
      prompt: o.prompt ?? name,
      seed: o.seed,
      relocatable: o.relocatable ?? isWindowsHost(),
      signal: o.signal,
      onSpawn: o.onSpawn,
    });
  }

  private async removeFiles(name: string, deleteExternalFiles: boolean): Promise<void> {
    const entry = path.join(this.venvsDir, name);
    const st = await fs.lstat(entry).catch(() => undefined);
    const stored = await readStoredMetadata(this.venvsDir, name);
    const external = st?.isSymbolicLink()
      ? path.resolve(this.venvsDir, await fs.readlink(entry))
      : stored?.externalPath;
    if (st?.isSymbolicLink()) await fs.rm(entry, { force: true });
    else if (st) await fs.rm(entry, { recursive: true, force: true });
    // External files are removed only if they still are a venv: never a directory someone reused.
    if (external && deleteExternalFiles && (await isVenv(external)))
      await fs.rm(external, { recursive: true, force: true });
    await removeMetadata(this.venvsDir, name);
  }

  private async assertFree(name: string, dest: string): Promise<void> {
    const entry = path.join(this.venvsDir, name);
    if (await isVenv(entry)) {
      throw new ConfigurationError(`A venv named "${name}" already exists.`, {
        requested: name,
        hint: 'Choose another name or delete the existing venv first.',
      });
    }
    if (dest !== entry) await assertEmptyOrAbsent(dest, false);
    else await fs.rm(entry, { recursive: true, force: true }); // dangling link / crash leftovers
  }

  private async register(
    name: string,
    dest: string,
    external: boolean,
    origin: NonNullable<VirtualEnvironmentMetadata['origin']>,
  ): Promise<VirtualEnvironment> {
    const entry = path.join(this.venvsDir, name);
    if (external) await linkExternal(entry, dest);
    const cfg = (await readPyvenvCfg(dest)) ?? {};
    await writeMetadata(this.venvsDir, {
      name,
      ...(external ? { externalPath: dest } : {}),
      isExternal: external,
      createdAt: new Date().toISOString(),
      pythonVersion: cfg.version_info,
      uvVersion: cfg.uv,
      origin,
    });
    return this.open(name, dest, external);
  }

  private async instancePythonVersion(): Promise<string> {
    this.instanceVersion ??= (await probeInterpreter(this.instance.pythonPath)).version;
    return this.instanceVersion;
  }
}

async function assertEmptyOrAbsent(dir: string, allowVenv?: boolean): Promise<void> {
  const entries = await fs.readdir(dir).catch(() => undefined);
  if (!entries || entries.length === 0) return;
  if (allowVenv && (await isVenv(dir))) return;
  throw new ConfigurationError(`${dir} already exists and is not empty.`, {
    requested: dir,
    hint: 'Choose an empty or new directory for the venv.',
  });
}

/** `<venvs>/<name>` -> external dir (a junction on Windows: no admin rights needed). */
async function linkExternal(entry: string, target: string): Promise<void> {
  await fs.rm(entry, { recursive: true, force: true });
  await fs.symlink(target, entry, process.platform === 'win32' ? 'junction' : 'dir');
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export { venvPython };
