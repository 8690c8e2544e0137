import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, PythonInstallationError, VirtualEnvironmentNotFoundError } from '../errors.js';
import type { ArchiveLimits } from '../install/archive-limits.js';
import { renameWithRetry } from '../fs.js';
import { isWindowsHost } from '../host.js';
import { withLock } from '../install/lock.js';
import { silentLogger, type Logger } from '../log.js';
import { hostPlatform, platformKey } from '../platform.js';
import type { PythonRuntimeOptions } from '../packages/runtime.js';
import { spawnCapture } from '../uv/spawn.js';
import { readVenvArchive, writeVenvArchive } from './archive.js';
import { createVenv, isVenv, type CreateVenvOptions } from './create.js';
import { META_DIR, readPyvenvCfg, treeSize, validateVenvName, venvBinDir, venvPython } from './layout.js';
import {
  readStoredMetadata,
  rebuildMetadata,
  removeMetadata,
  writeMetadata,
  type VirtualEnvironmentMetadata,
} from './metadata.js';
import { recordedVenvPath, refuseStaleLaunchers, relocateVenv, sitePackagesDirs } from './relocate.js';
import { VirtualEnvironment } from './virtual-environment.js';

/** What a venv manager needs from an instance: its interpreter and its directory. */
export interface VenvHost {
  pythonPath: string;
  dir: string;
}

export interface VirtualEnvironmentManagerOptions extends Omit<PythonRuntimeOptions, 'pythonPath'> {
  instance: VenvHost;
  logger?: Logger;
  /** Bounds on what an imported archive may unpack to; see ArchiveLimits for the defaults. */
  archiveLimits?: ArchiveLimits;
}

export interface GetOrCreateOptions {
  /** Delete and create again when it exists. */
  recreate?: boolean;
  /** Create it at this external path instead of `<instanceDir>/venvs/<name>`. */
  path?: string;
  /** Install pip (and setuptools/wheel on old Pythons) into it (`uv venv --seed`; needs them on the index). */
  seed?: boolean;
  /** Prompt shown by `activate` (default: the name). */
  prompt?: string;
  /**
   * `uv venv --relocatable`: entry points and activate scripts find the venv relative to themselves.
   * Default: on for Windows, where entry points are .exe launchers whose embedded interpreter path cannot be
   * rewritten as text after a clone/import; off elsewhere (text fix-ups cover POSIX venvs).
   */
  relocatable?: boolean;
  signal?: AbortSignal;
}

export interface VirtualEnvironmentInfo {
  name: string;
  path: string;
  exists: boolean;
  isExternal: boolean;
  externalPath?: string;
  sizeBytes: number;
  createdAt: string;
  modifiedAt?: string;
  pythonVersion?: string;
  uvVersion?: string;
  /** `pyvenv.cfg` home: the base interpreter's directory. */
  home?: string;
  packagesCount?: number;
  metadata: VirtualEnvironmentMetadata;
}

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
    const venv = await this.get(name);
    const meta = (await this.metadata(name))!;
    const cfg = (await readPyvenvCfg(venv.path)) ?? {};
    // site-packages changes whenever a package is added or removed: the venv's "last modified"
    const [sp] = await sitePackagesDirs(venv.path);
    const modStat =
      (sp ? await fs.stat(sp).catch(() => undefined) : undefined) ??
      (await fs.stat(path.join(venv.path, 'pyvenv.cfg')).catch(() => undefined));
    const packagesCount = await venv
      .list({ signal: o.signal })
      .then((l) => l.length)
      .catch(() => undefined);
    return {
      name,
      path: venv.path,
      exists: true,
      isExternal: venv.isExternal,
      ...(venv.isExternal ? { externalPath: venv.path } : {}),
      sizeBytes: await treeSize(venv.path),
      createdAt: meta.createdAt,
      modifiedAt: modStat?.mtime.toISOString(),
      pythonVersion: cfg.version_info ?? cfg.version ?? meta.pythonVersion,
      uvVersion: cfg.uv ?? meta.uvVersion,
      home: cfg.home,
      packagesCount,
      metadata: meta,
    };
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
          await this.repair(current);
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
        await this.adopt(external);
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
      const staging = path.join(
        path.dirname(dest),
        `.tmp-${path.basename(dest)}-${randomBytes(4).toString('hex')}`,
      );
      try {
        // verbatimSymlinks: relative links (python3 -> python, lib64 -> lib) stay relative
        await fs.cp(src.path, staging, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
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
      const staging = path.join(
        path.dirname(dest),
        `.tmp-${path.basename(dest)}-${randomBytes(4).toString('hex')}`,
      );
      try {
        const manifest = await readVenvArchive(archivePath, staging, this.archiveLimits);
        const here = platformKey(hostPlatform());
        if (manifest.platform && manifest.platform !== here) {
          throw new ConfigurationError(
            `The archive holds a ${manifest.platform} venv; this machine is ${here}.`,
            {
              requested: manifest.platform,
              available: [here],
              hint: 'Venvs hold compiled code: import them on the platform they were made on.',
            },
          );
        }
        const mine = await this.instancePythonVersion();
        if (manifest.pythonVersion && minor(manifest.pythonVersion) !== minor(mine)) {
          throw new ConfigurationError(
            `The archive holds a Python ${manifest.pythonVersion} venv; this instance is Python ${mine}.`,
            {
              requested: manifest.pythonVersion,
              available: [mine],
              hint: 'Import it into an instance of the same minor version.',
            },
          );
        }
        await this.restoreLinks(staging, manifest.links, manifest.sourcePath, manifest.home);
        const moved = await relocateVenv(staging, {
          from: manifest.sourcePath,
          to: dest,
          basePython: this.instance.pythonPath,
        });
        refuseStaleLaunchers(moved, manifest.sourcePath);
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

  /** An existing external venv is taken over only if it is built on this instance's interpreter. */
  private async adopt(dir: string): Promise<void> {
    const home = (await readPyvenvCfg(dir))?.home;
    const mine = path.dirname(this.instance.pythonPath);
    if (home && path.resolve(home) !== mine && !(await sameFile(home, mine))) {
      throw new ConfigurationError(`${dir} is a venv of another Python (home = ${home}).`, {
        requested: dir,
        hint: 'Pass recreate: true to rebuild it on this instance, or choose another path.',
      });
    }
  }

  /**
   * If the venv or its instance moved (an instance export/import, a renamed root), re-point the venv's own
   * paths (read back from `bin/activate`) and `home` + interpreter links (when the old interpreter is gone).
   */
  private async repair(venvDir: string): Promise<void> {
    const recorded = await recordedVenvPath(venvDir);
    const home = (await readPyvenvCfg(venvDir))?.home;
    const mine = path.dirname(this.instance.pythonPath);
    const homeMoved =
      home !== undefined &&
      path.resolve(home) !== mine &&
      !(await sameFile(home, mine)) &&
      !(await fs.stat(path.join(home, path.basename(this.instance.pythonPath))).catch(() => undefined));
    const selfMoved = recorded !== undefined && path.resolve(recorded) !== venvDir;
    if (!homeMoved && !selfMoved) return;
    this.logger.info(
      `Venv ${venvDir} moved (was ${recorded ?? venvDir}, home ${home}); re-pointing its paths.`,
    );
    await relocateVenv(venvDir, {
      from: recorded ?? venvDir,
      to: venvDir,
      ...(homeMoved ? { basePython: this.instance.pythonPath } : {}),
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

  /** Re-creates the archive's absolute links: the interpreter links against this instance, links into the venv. */
  private async restoreLinks(
    dir: string,
    links: Record<string, string>,
    sourcePath: string,
    oldHome?: string,
  ) {
    const bin = path.relative(dir, venvBinDir(dir)).split(path.sep).join('/');
    for (const [rel, target] of Object.entries(links)) {
      const parts = rel.split('/');
      if (!rel || parts.some((p) => !p || p === '.' || p === '..') || path.isAbsolute(rel)) continue;
      const abs = path.join(dir, ...parts);
      let next: string | undefined;
      if (target === sourcePath || target.startsWith(sourcePath + '/'))
        next = target; // relocateVenv re-points it
      else if (parts.length === 2 && parts[0] === bin && /^python/.test(parts[1]))
        next = this.instance.pythonPath;
      else if (oldHome && path.dirname(target) === oldHome) next = this.instance.pythonPath;
      if (!next) {
        this.logger.warn(`Import: dropping link ${rel} -> ${target} (outside the venv).`);
        continue;
      }
      await fs.mkdir(path.dirname(abs), { recursive: true });
      await fs.rm(abs, { force: true });
      await fs.symlink(next, abs);
    }
  }

  private async instancePythonVersion(): Promise<string> {
    if (this.instanceVersion) return this.instanceVersion;
    const r = await spawnCapture(
      this.instance.pythonPath,
      ['-I', '-c', 'import platform; print(platform.python_version())'],
      {
        timeoutMs: 60_000,
      },
    );
    if (r.exitCode !== 0) {
      throw new PythonInstallationError(
        `The instance interpreter ${this.instance.pythonPath} does not run: ${r.stderr.trim()}`,
        {
          requested: this.instance.pythonPath,
        },
      );
    }
    this.instanceVersion = r.stdout.trim();
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

function minor(v: string): string {
  return v.split('.').slice(0, 2).join('.');
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([fs.realpath(a), fs.realpath(b)]);
    return x === y;
  } catch {
    return false;
  }
}

export { venvPython };
