import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { findSpecFromFiles } from '../../core/catalog/spec-files.js';
import { InstanceNotFoundError, VirtualEnvironmentNotFoundError } from '../../core/errors.js';
import { PythonManager, type PythonInstance } from '../../core/instances/index.js';
import { hostPlatform, type Platform } from '../../core/platform.js';
import { managerOptions } from '../../core/setup/installer.js';
import { isVenvPath } from '../../core/setup/run.js';
import { ensurePrivateUv } from '../../core/setup/uv.js';
import { projectRequiredUvVersion } from '../../core/uv/required-version.js';
import { exactWithoutLookup } from '../../core/uv/version-request.js';
import { Uv } from '../../core/uv/uv.js';
import { VirtualEnvironmentManager } from '../../core/venvs/manager.js';
import { validateVenvName, venvBinDir, venvPython } from '../../core/venvs/layout.js';
import { venvRecipesDir } from '../../core/venvs/recipe.js';
import type { CliContext } from '../context.js';
import { catalogFor } from './shared.js';

/** The PythonManager of the configured root, with the configured download settings. */
export function managerFor(ctx: CliContext): PythonManager {
  const o = ctx.options;
  return new PythonManager({
    ...managerOptions({ ...o, logger: ctx.logger }),
    catalog: catalogFor(o, ctx.logger),
  });
}

/**
 * The spec that selects an instance: --python / PYEMBED_PYTHON / config file; else a version file found
 * from cwd (.python-version...); else the default (3.12).
 */
export async function selectedSpec(
  ctx: CliContext,
  explicit?: string,
): Promise<{ spec: string; source: string }> {
  if (explicit) return { spec: explicit, source: 'argument' };
  const src = ctx.config.sources.python;
  if (src.kind !== 'default')
    return { spec: ctx.options.python, source: src.kind === 'flag' ? src.name : `${src.kind} ${src.name}` };
  const found = await findSpecFromFiles(ctx.cwd);
  return found ? { spec: found.spec, source: found.source } : { spec: ctx.options.python, source: 'default' };
}

/**
 * The installed instance matching the selected spec; with no spec anywhere (no flag, env, config file or
 * version file), the newest installed instance for this host, like uv. InstanceNotFoundError (exit 16)
 * when none matches (or, with no spec, none is installed).
 */
export async function selectInstance(ctx: CliContext, explicit?: string): Promise<PythonInstance> {
  const { spec, source } = await selectedSpec(ctx, explicit);
  const manager = managerFor(ctx);
  const inst =
    source === 'default'
      ? await newestInstance(ctx, manager)
      : await manager.getInstance(spec, { build: ctx.options.build });
  if (!inst) {
    const installed = (await manager.listInstances()).map((i) => i.key);
    throw new InstanceNotFoundError(
      `No installed Python matches ${spec} (from ${source}) under ${ctx.options.root}.`,
      {
        requested: spec,
        available: installed,
        hint: `Run \`pyembed install ${spec}\` (or \`pyembed setup ${spec}\`), or select another with --python.`,
      },
    );
  }
  return inst;
}

/**
 * The newest instance that runs here (this OS, arch and libc), CPython before PyPy/GraalPy (uv's default
 * request is CPython); undefined when there is none.
 */
async function newestInstance(ctx: CliContext, manager: PythonManager): Promise<PythonInstance | undefined> {
  const host = hostPlatform();
  const runsHere = (p: Platform) => p.os === host.os && p.arch === host.arch && p.libc === host.libc;
  // listInstances is newest first
  const here = (await manager.listInstances()).filter((i) => runsHere(i.platform));
  const inst = here.find((i) => i.implementation === 'cpython') ?? here[0];
  if (inst) ctx.logger.debug(`no Python spec given: using the newest installed instance, ${inst.key}`);
  return inst;
}

/** The working directory's uv `required-version` (the pinned uv when it satisfies it), as setup reads it. */
function projectUvVersion(ctx: CliContext): string | undefined {
  const required = projectRequiredUvVersion([ctx.cwd]);
  if (!required) return undefined;
  ctx.logger.debug(`uv version ${required.request.text}: from ${required.file}`);
  return exactWithoutLookup(required.request, true) ?? required.request.text;
}

/** The private uv (installed on first use from the configured uv download base). */
export async function uvFor(ctx: CliContext): Promise<Uv> {
  const o = ctx.options;
  const u = await ensurePrivateUv({
    version: o.uvVersion ?? (o.uvPath ? undefined : projectUvVersion(ctx)),
    githubApiUrl: o.githubApiUrl,
    releasesCacheDir: path.join(o.root, '.catalog'),
    uvPath: o.uvPath,
    downloadBaseUrl: o.uvDownloadUrl,
    toolsDir: o.toolsDir,
    token: o.githubToken,
    allowMissingChecksum: o.allowMissingChecksum,
    offline: o.offline,
    logger: ctx.logger,
    signal: ctx.signal,
  });
  return new Uv({
    path: u.path,
    cacheDir: ctx.env.UV_CACHE_DIR || undefined,
    offline: o.offline,
    indexUrl: o.indexUrl,
    extraIndexUrls: o.extraIndexUrls,
    trustedHosts: o.trustedHosts,
    proxy: o.proxy,
    noProxy: o.noProxy,
    venvRecipesDir: venvRecipesDir(o.toolsDir),
    logger: ctx.logger,
  });
}

export async function venvManagerFor(
  ctx: CliContext,
  inst?: PythonInstance,
  uv?: Uv,
): Promise<VirtualEnvironmentManager> {
  const instance = inst ?? (await selectInstance(ctx));
  const o = ctx.options;
  return new VirtualEnvironmentManager({
    instance: { pythonPath: instance.pythonPath, dir: instance.dir },
    uv: uv ?? (await uvFor(ctx)),
    indexUrl: o.indexUrl,
    extraIndexUrls: o.extraIndexUrls,
    trustedHosts: o.trustedHosts,
    logger: ctx.logger,
    archiveLimits: { maxBytes: o.archiveMaxBytes, maxRatio: o.archiveMaxRatio },
  });
}

/** The venv name `pyembed setup` uses unless told otherwise. */
export const DEFAULT_VENV = 'default';

export interface Target {
  /** The interpreter to run: the venv's python, or the instance's. */
  pythonPath: string;
  /** Extra environment: the venv "activated" (VIRTUAL_ENV, bin first on PATH). */
  env?: Record<string, string | undefined>;
  /** For messages and --json: `venv default (cpython-3.11.7-...)`, a venv path, or the instance key. */
  description: string;
  uv?: Uv;
}

function activated(venvDir: string): Record<string, string | undefined> {
  const bin = venvBinDir(venvDir);
  return {
    VIRTUAL_ENV: venvDir,
    PYTHONHOME: undefined,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
  };
}

/**
 * What `run`, `exec` and `pip` act on: `--venv <path>` (any venv directory, no instance needed),
 * `--venv <name>` (a venv of the selected instance), else its `default` venv, else (or with `base`) the
 * selected instance itself.
 */
export async function selectTarget(
  ctx: CliContext,
  venv: string | undefined,
  o: { needUv: boolean; base?: boolean },
): Promise<Target> {
  const uv = o.needUv ? await uvFor(ctx) : undefined;
  if (venv && isVenvPath(venv)) {
    const dir = path.resolve(ctx.cwd, venv);
    if (!existsSync(path.join(dir, 'pyvenv.cfg'))) {
      throw new VirtualEnvironmentNotFoundError(`${dir} is not a virtual environment (no pyvenv.cfg).`, {
        requested: dir,
        hint: 'Create it with `pyembed venv create` or `pyembed setup`.',
      });
    }
    return { pythonPath: venvPython(dir), env: activated(dir), description: dir, uv };
  }
  const inst = await selectInstance(ctx);
  // without --venv: the venv `pyembed setup` makes (`default`) when it exists, else the instance itself
  const name =
    venv ??
    (!o.base && existsSync(path.join(inst.venvsDir, DEFAULT_VENV, 'pyvenv.cfg')) ? DEFAULT_VENV : undefined);
  if (name) {
    // `<instance>/venvs/<name>` (a link for external venvs); no uv needed just to find it
    const entry = path.join(inst.venvsDir, validateVenvName(name));
    if (!existsSync(path.join(entry, 'pyvenv.cfg'))) {
      const names = uv ? await (await venvManagerFor(ctx, inst, uv)).list() : [];
      throw new VirtualEnvironmentNotFoundError(`No venv named "${name}" in ${inst.key}.`, {
        requested: name,
        available: names,
        hint: `Create it with \`pyembed venv create ${name}\` or \`pyembed setup --venv ${name}\`.`,
      });
    }
    const dir = realpathSync(entry);
    return {
      pythonPath: venvPython(dir),
      env: activated(dir),
      description: `venv ${name} (${inst.key})`,
      uv,
    };
  }
  return { pythonPath: inst.pythonPath, description: inst.key, uv };
}
