import path from 'node:path';
import type { PythonBuild } from '../core/catalog/types.js';
import type { PythonEmbeddedOptions } from '../core/config/index.js';
import { mirrorUrlFor } from '../core/install/mirror.js';
import { hostPlatform, normaliseArch, parsePlatform, type Platform } from '../core/platform.js';
import { managerInstaller } from '../core/setup/installer.js';
import { planSetup } from '../core/setup/plan.js';
import { runPlan } from '../core/setup/run.js';
import type { PythonInstaller, SetupOptions, SetupResult } from '../core/setup/types.js';
import { cachePolicy, type CachePolicy } from './cache-inputs.js';
import type { ActionInputs } from './inputs.js';
import { actionsLogger } from './logger.js';
import type { ActionResult, PhaseTiming } from './result.js';
import { osNameAndVersion } from './os-version.js';
import { pythonCacheInstaller } from './python-cache.js';
import { toolCacheInstaller } from './tool-cache.js';
import { uvCacheDir } from './uv-cache.js';
import { restoreForBuild, type UvCacheRestore } from './uv-cache-step.js';

/** `architecture`: `x64`, `arm64`, `x86_64_v3`... on the runner's OS/libc, or a full `linux-aarch64-musl`. */
export function platformFor(architecture?: string): Platform | undefined {
  if (!architecture) return undefined;
  if (architecture.includes('-')) return parsePlatform(architecture);
  const host = hostPlatform();
  const m = /^(.+?)_(v[234])$/.exec(architecture.toLowerCase());
  return { ...host, arch: normaliseArch(m ? m[1] : architecture.toLowerCase()), archVariant: m?.[2] };
}

/**
 * The setup options: the configuration as is, plus the inputs under setup's names (the action's one
 * mapping). Python goes through the runner's tool cache (see tool-cache.ts).
 */
export function setupOptions(
  inputs: ActionInputs,
  options: PythonEmbeddedOptions,
  uvCache?: string,
  wrapInstaller: (i: PythonInstaller) => PythonInstaller = (i) => i,
): SetupOptions {
  return {
    ...options,
    // the configuration's python (PYEMBED_PYTHON, a config file) is the fallback; version files beat it
    python: inputs.pythonVersion,
    defaultPython: options.python,
    pythonVersionFile: inputs.pythonVersionFile,
    cwd: inputs.workingDirectory,
    platform: platformFor(inputs.architecture),
    freethreaded: inputs.freethreaded,
    checkLatest: inputs.checkLatest,
    allowPrereleases: inputs.allowPrereleases,
    uvChecksum: inputs.uvChecksum,
    uvCacheDir: uvCache,
    venv: inputs.venv,
    requirements: inputs.requirements,
    constraints: inputs.constraints,
    pyproject: inputs.pyproject,
    editable: inputs.editable,
    extras: inputs.extras,
    // setup-python's pip-version: that pip, installed into the venv with the other packages
    packages: inputs.pipVersion ? [`pip==${inputs.pipVersion}`] : undefined,
    // uv projects
    lock: inputs.lock,
    groups: inputs.groups,
    allGroups: inputs.allGroups,
    noDefaultGroups: inputs.noDefaultGroups,
    allExtras: inputs.allExtras,
    workspacePackage: inputs.workspacePackage,
    seed: inputs.seed,
    export: inputs.export,
    installer: wrapInstaller(toolCacheInstaller(managerInstaller(options))),
  };
}

/** The uv cache dir this run uses: `cache-local-path`, else ours when caching is on, else the user's (if any). */
function uvCacheDirFor(inputs: ActionInputs, env: NodeJS.ProcessEnv): string | undefined {
  const { localPath, enabled } = inputs.caching;
  if (localPath) return path.resolve(inputs.workingDirectory, localPath);
  return enabled ? uvCacheDir(env) : env.UV_CACHE_DIR;
}

/** Says once what the cache inputs and the event decided, when it is less than the defaults. */
function logCachePolicy(inputs: ActionInputs, policy: CachePolicy): void {
  const { caching } = inputs;
  if (caching.packageManager) {
    actionsLogger.info(
      `cache: ${caching.packageManager} turns caching on; uv's cache serves ${caching.packageManager}'s role here (keyed by cache-dependency-path files).`,
    );
    if (inputs.seed)
      actionsLogger.info(
        `cache: ${caching.packageManager} seeds pip into the venv (seed: true) for the pip install that usually follows; set seed: false to leave it out.`,
      );
  }
  if (!caching.enabled) actionsLogger.info('Caching is off: nothing is restored or saved.');
  if (policy.reason) actionsLogger.info(`Cache: ${policy.reason}.`);
}

/**
 * Plans and runs setup for the action. Restoring uv's cache needs the build (the key names it), so it runs
 * from `onResolved`, beside the install and uv phases, and is reported as its own phase. With `cache-python`
 * the installer first looks in the Actions cache (python-cache.ts).
 */
export async function runActionSetup(
  inputs: ActionInputs,
  options: PythonEmbeddedOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ActionResult> {
  const { caching } = inputs;
  const policy = cachePolicy(caching, {
    offline: inputs.offline || Boolean(options.offline),
    event: env.GITHUB_EVENT_NAME,
  });
  logCachePolicy(inputs, policy);
  const osVersion = osNameAndVersion();
  const dir = uvCacheDirFor(inputs, env);
  const wrap = (i: PythonInstaller) =>
    caching.enabled && caching.python
      ? pythonCacheInstaller(i, { policy, osVersion, toolCache: env.RUNNER_TOOL_CACHE ?? '' })
      : i;
  const plan = await planSetup(setupOptions(inputs, options, dir, wrap));
  let build: PythonBuild | undefined;
  let restored: UvCacheRestore | undefined;
  const setup = await runPlan(plan, {
    logger: actionsLogger,
    onResolved: async (b) => {
      build = b;
      // keyed by the uv version asked for (a project's required-version included), not the one resolved
      const keyed = { ...options, uvVersion: plan.uv.requested.version };
      if (caching.enabled) restored = await restoreForBuild(inputs, keyed, b, dir!, { policy, osVersion });
    },
  });
  return toActionResult(setup, {
    url: build ? mirrorUrlFor(build, options.mirror) : setup.python.url,
    uvCache: { enabled: caching.enabled, hit: restored?.hit ?? false, key: restored?.key, dir },
    restoreMs: restored?.ms,
  });
}

/** The plan's result in the shape outputs, environment and summary are written from. */
function toActionResult(
  r: SetupResult,
  o: { url: string; uvCache: ActionResult['uvCache']; restoreMs?: number },
): ActionResult {
  const phases: PhaseTiming[] = [];
  for (const p of r.phases) {
    phases.push({ name: p.name, ms: p.ms });
    if (p.name === 'install' && o.restoreMs !== undefined)
      phases.push({ name: 'uv cache restore', ms: o.restoreMs });
  }
  return {
    requested: r.requested,
    python: {
      version: r.python.version,
      label: r.python.label,
      build: r.python.build,
      key: r.python.key,
      url: o.url,
      pythonPath: r.python.pythonPath,
      pythonDir: r.python.pythonDir,
      cacheHit: r.python.cacheHit,
    },
    pythons: r.pythons.map((p) => ({ label: p.label, pythonPath: p.pythonPath })),
    uv: r.uv,
    venv: r.venv,
    packages: r.packages ? { installed: r.packages.installed, lock: r.packages.lock } : undefined,
    uvCache: o.uvCache,
    exportPath: r.exportPath,
    phases,
  };
}
