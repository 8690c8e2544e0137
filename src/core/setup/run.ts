import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCatalog } from '../catalog/index.js';
import type { PythonBuild } from '../catalog/types.js';
import { defaultRoot } from '../config/options.js';
import { ConfigurationError } from '../errors.js';
import { silentLogger } from '../log.js';
import { platformKey } from '../platform.js';
import { VirtualEnvironmentManager } from '../venvs/manager.js';
import { Uv } from '../uv/uv.js';
import { venvBinDir, venvPython } from '../venvs/layout.js';
import {
  distributionsInVenv,
  ensureVenv,
  hasPackages,
  installPackages,
  listInstalled,
} from './environment.js';
import { managerInstaller } from './installer.js';
import { chooseSpec } from './spec.js';
import { ensurePrivateUv } from './uv.js';
import type {
  InstallContext,
  InstalledPython,
  PhaseTiming,
  SetupHooks,
  SetupOptions,
  SetupPhase,
  SetupResult,
} from './types.js';

/** A venv value is a path when it is absolute or has a separator or starts with a dot; else a name. */
export function isVenvPath(v: string): boolean {
  return path.isAbsolute(v) || v.includes('/') || v.includes('\\') || v.startsWith('.');
}

/**
 * The one plan both the CLI (`pyembed setup`) and the action run:
 * resolve -> install -> uv -> venv -> packages (-> export). Each phase is timed and reported through
 * `hooks.onPhase`; a failure is the typed error of the phase that failed.
 */
export async function runSetup(options: SetupOptions, hooks: SetupHooks = {}): Promise<SetupResult> {
  const logger = hooks.logger ?? silentLogger;
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const root = path.resolve(cwd, options.root ?? defaultRoot());
  const toolsDir = path.resolve(cwd, options.toolsDir ?? path.join(root, 'tools'));
  const phases: PhaseTiming[] = [];
  const started = performance.now();
  const signal = options.signal;

  async function phase<T>(name: SetupPhase, fn: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    const out = await fn();
    const ms = Math.round((performance.now() - t0) * 10) / 10;
    phases.push({ name, ms });
    hooks.onPhase?.(name, ms);
    return out;
  }

  // 1. resolve: spec (explicit > version file > found file > default) -> one build, no download
  const { requested, build } = await phase('resolve', async () => {
    const requested = await chooseSpec({
      python: options.python,
      pythonSource: options.pythonSource,
      pythonVersionFile: options.pythonVersionFile,
      defaultPython: options.defaultPython,
      cwd,
    });
    logger.info(`Resolving Python ${requested.spec} (from ${requested.source})`);
    const catalog = createCatalog({
      source: options.offline ? 'snapshot' : options.catalogSource,
      ndjsonUrl: options.ndjsonUrl,
      apiUrl: options.githubApiUrl,
      token: options.githubToken,
      pbsRepo: options.pbsRepo,
      cacheDir: path.join(root, '.catalog'),
      logger,
    });
    const build: PythonBuild = await catalog.resolve(requested.spec, {
      platform: options.platform,
      build: options.build,
      flavor: options.flavor,
      checkLatest: options.offline ? false : options.checkLatest,
      freethreaded: options.freethreaded,
    });
    logger.info(`Resolved ${requested.spec} -> ${build.key} (build ${build.build}, ${build.assetName})`);
    return { requested, build };
  });

  // 2. install and 3. uv are independent: run them side by side (both wait before either error is thrown,
  // so no half-finished work is left running behind the caller's back)
  const installer = options.installer ?? managerInstaller({ ...options, root, logger });
  const ctx: InstallContext = { logger, onProgress: hooks.onProgress, signal };
  const [installedR, ensuredR] = await Promise.allSettled([
    phase('install', () => installer.install(build, ctx)),
    phase('uv', () =>
      ensurePrivateUv({
        version: options.uvVersion,
        uvPath: options.uvPath,
        downloadBaseUrl: options.uvDownloadUrl,
        toolsDir,
        token: options.githubToken,
        allowMissingChecksum: options.allowMissingChecksum,
        offline: options.offline,
        logger,
        signal,
      }),
    ),
  ]);
  if (installedR.status === 'rejected') throw installedR.reason;
  if (ensuredR.status === 'rejected') throw ensuredR.reason;
  const installed: InstalledPython = installedR.value;
  const ensured = ensuredR.value;
  logger.info(
    `${installed.cacheHit ? 'Found' : 'Installed'} Python ${installed.version} at ${installed.pythonDir} (${installer.name})`,
  );
  logger.info(`uv ${ensured.version} (${ensured.source}): ${ensured.path}`);

  const uv = new Uv({
    path: ensured.path,
    cacheDir: options.uvCacheDir,
    offline: options.offline,
    indexUrl: options.indexUrl,
    extraIndexUrls: options.extraIndexUrls,
    trustedHosts: options.trustedHosts,
    proxy: options.proxy,
    noProxy: options.noProxy,
    logger,
  });

  const result: SetupResult = {
    requested,
    python: {
      version: installed.version,
      build: build.build,
      key: build.key,
      url: build.url,
      sha256: build.sha256,
      assetName: build.assetName,
      platform: platformKey(build.platform),
      pythonPath: installed.pythonPath,
      pythonDir: installed.pythonDir,
      instanceDir: installed.instanceDir,
      cacheHit: installed.cacheHit,
      installer: installer.name,
    },
    uv: {
      path: ensured.path,
      version: ensured.version,
      source: ensured.source,
      cacheHit: ensured.source !== 'download',
    },
    phases,
    totalMs: 0,
  };

  // 4. venv, 5. packages
  const plan = {
    requirements: options.requirements,
    constraints: options.constraints,
    pyproject: options.pyproject,
    editable: options.editable,
    extras: options.extras,
    packages: options.packages,
  };
  if (options.venv !== false) {
    const venvOpt = options.venv ?? 'default';
    let venvDir: string;
    let created: boolean;
    if (!isVenvPath(venvOpt) && installed.instanceDir) {
      // a name: one of the instance's venvs, through the venv manager (metadata, locking)
      const instanceDir = installed.instanceDir;
      ({ venvDir, created } = await phase('venv', async () => {
        const venvs = new VirtualEnvironmentManager({
          instance: { pythonPath: installed.pythonPath, dir: instanceDir },
          uv,
          logger,
        });
        const existed = await venvs.exists(venvOpt);
        const v = await venvs.getOrCreate(venvOpt, { seed: options.seed, signal });
        logger.info(`${existed ? 'Reusing' : 'Created'} venv ${venvOpt} at ${v.path}`);
        return { venvDir: v.path, created: !existed };
      }));
    } else {
      venvDir = isVenvPath(venvOpt) ? path.resolve(cwd, venvOpt) : path.join(toolsDir, 'venvs', venvOpt);
      ({ created } = await phase('venv', () =>
        ensureVenv(uv, installed.pythonPath, venvDir, { seed: options.seed, logger, signal }),
      ));
    }
    const py = venvPython(venvDir);
    result.venv = { path: venvDir, binDir: venvBinDir(venvDir), pythonPath: py, created };
    if (hasPackages(plan)) {
      result.packages = await phase('packages', async () => {
        const { requested } = await installPackages(uv, py, plan, { cwd, logger, signal });
        const names = (await distributionsInVenv(venvDir)) ?? (await listInstalled(uv, py, signal));
        logger.info(`${names.length} package(s) in ${venvDir}`);
        return { installed: names.length, requested, names };
      });
    }
  } else if (hasPackages(plan)) {
    throw new ConfigurationError('Packages were requested but the venv is disabled.', {
      key: 'venv',
      hint: 'Enable the venv (packages are never installed into the base interpreter by setup).',
    });
  }

  // 6. export (optional)
  if (options.export) {
    const dest = path.resolve(cwd, options.export);
    if (!installer.export) {
      throw new ConfigurationError(`The ${installer.name} installer cannot export an installation.`, {
        key: 'export',
        requested: dest,
      });
    }
    result.exportPath = await phase('export', () => installer.export!(installed, build, dest, ctx));
    logger.info(`Exported to ${result.exportPath}`);
  }

  const order: SetupPhase[] = ['resolve', 'install', 'uv', 'venv', 'packages', 'export'];
  phases.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  result.totalMs = Math.round(performance.now() - started);
  return result;
}
