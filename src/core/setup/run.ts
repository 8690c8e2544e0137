import { silentLogger } from '../log.js';
import { versionLabel } from '../instances/naming.js';
import { platformKey } from '../platform.js';
import type { EnsuredUv } from '../uv/install.js';
import { hasPackages } from './environment.js';
import {
  exportInstallation,
  installIntoVenv,
  installPythons,
  provideUv,
  provideVenv,
  resolvePythons,
  type ResolvedPython,
} from './phases.js';
import { planSetup } from './plan.js';
import type {
  InstallContext,
  InstalledPython,
  PhaseTiming,
  SetupHooks,
  SetupOptions,
  SetupPhase,
  SetupPlan,
  SetupPython,
  SetupResult,
} from './types.js';
import { monotonicMs } from '../builtins.js';

export { isVenvPath } from './plan.js';

const ORDER: SetupPhase[] = ['resolve', 'install', 'uv', 'venv', 'packages', 'export'];

/**
 * The one setup both the CLI (`pyembed setup`) and the action run, from options: `planSetup` checks every
 * input before any work, then `runPlan` carries the plan out.
 */
export async function runSetup(options: SetupOptions, hooks: SetupHooks = {}): Promise<SetupResult> {
  return runPlan(await planSetup(options), hooks);
}

/**
 * Carries out a plan: resolve -> install | uv (side by side, with `hooks.onResolved`) -> venv -> packages
 * (-> export). Several Pythons are resolved and installed in those same two phases; the venv, packages,
 * export and `onResolved` use the default (the last). Each phase is timed and reported through
 * `hooks.onPhase`; a failure is the typed error of the phase that failed.
 */
export async function runPlan(plan: SetupPlan, hooks: SetupHooks = {}): Promise<SetupResult> {
  const started = monotonicMs();
  const ctx: InstallContext = {
    logger: hooks.logger ?? silentLogger,
    onProgress: hooks.onProgress,
    signal: plan.signal,
  };
  const phases: PhaseTiming[] = [];
  const phase = timed(phases, hooks);

  const resolved = await phase('resolve', () => resolvePythons(plan, ctx));
  const build = resolved[resolved.length - 1].build;
  const [everyInstalled, { ensured, uv }] = await allSettled(
    phase('install', () =>
      installPythons(
        plan,
        resolved.map((r) => r.build),
        ctx,
      ),
    ),
    phase('uv', () => provideUv(plan, ctx)),
    hooks.onResolved?.(build, plan.signal),
  );
  const installed = everyInstalled[everyInstalled.length - 1];
  const result = baseResult(plan, resolved, everyInstalled, ensured);
  const venvPlan = plan.venv;
  if (venvPlan) {
    const venv = await phase('venv', () => provideVenv(venvPlan, installed, uv, ctx));
    result.venv = venv;
    if (hasPackages(plan.packages)) {
      result.packages = await phase('packages', () => installIntoVenv(plan, venv.path, uv, ctx));
    }
  }
  if (plan.export) {
    const dest = plan.export;
    result.exportPath = await phase('export', () => exportInstallation(plan, dest, installed, build, ctx));
  }
  result.phases = phases.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  result.totalMs = Math.round(monotonicMs() - started);
  return result;
}

/** Runs a phase, recording its duration and reporting it through `hooks.onPhase`. */
function timed(phases: PhaseTiming[], hooks: SetupHooks) {
  return async <T>(name: SetupPhase, fn: () => Promise<T>): Promise<T> => {
    const t0 = monotonicMs();
    const out = await fn();
    const ms = Math.round((monotonicMs() - t0) * 10) / 10;
    phases.push({ name, ms });
    hooks.onPhase?.(name, ms);
    return out;
  };
}

/**
 * Waits for every side-by-side task before throwing the first failure (in argument order), so no
 * half-finished work is left running behind the caller's back.
 */
async function allSettled<A, B>(a: Promise<A>, b: Promise<B>, c?: Promise<void>): Promise<[A, B]> {
  const [ra, rb, rc] = await Promise.allSettled([a, b, c]);
  for (const r of [ra, rb, rc]) if (r.status === 'rejected') throw r.reason;
  return [(ra as PromiseFulfilledResult<A>).value, (rb as PromiseFulfilledResult<B>).value];
}

function baseResult(
  plan: SetupPlan,
  resolved: ResolvedPython[],
  installed: InstalledPython[],
  ensured: EnsuredUv,
): SetupResult {
  const pythons = resolved.map((r, i) => setupPython(plan, r, installed[i]));
  const { requested, ...python } = pythons[pythons.length - 1];
  return {
    requested,
    pythons,
    python,
    uv: {
      path: ensured.path,
      version: ensured.version,
      source: ensured.source,
      cacheHit: ensured.source !== 'download',
    },
    phases: [],
    totalMs: 0,
  };
}

function setupPython(plan: SetupPlan, r: ResolvedPython, installed: InstalledPython): SetupPython {
  const { build } = r;
  return {
    requested: r.requested,
    implementation: build.implementation ?? 'cpython',
    version: installed.version,
    label: versionLabel({ ...build, version: installed.version }),
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
    installer: plan.python.installer.name,
  };
}
