// The phases of the plan, one function each; run.ts calls them in order. Each takes the plan (or its part)
// and what earlier phases produced, and returns what later phases and the result need.
import path from 'node:path';
import { createCatalog } from '../catalog/index.js';
import type { PythonBuild } from '../catalog/types.js';
import type { EnsuredUv } from '../uv/install.js';
import { Uv } from '../uv/uv.js';
import { ensureVenvAt } from '../venvs/create.js';
import { venvBinDir, venvPython } from '../venvs/layout.js';
import { VirtualEnvironmentManager } from '../venvs/manager.js';
import { venvRecipesDir } from '../venvs/recipe.js';
import { syncProject } from '../packages/project-sync.js';
import {
  distributionsInVenv,
  hasFreshPackages,
  installPackages,
  listInstalled,
  requestedCount,
  seedExistingVenv,
} from './environment.js';
import { namesIfUnchanged, packageRequest, writeStamp } from './package-stamp.js';
import { ensurePrivateUv } from './uv.js';
import type { InstallContext, InstalledPython, SetupPlan, SetupResult, VenvPlan } from './types.js';

/** A spec asked for and the build it resolved to. */
export interface ResolvedPython {
  requested: { spec: string; source: string };
  build: PythonBuild;
}

/**
 * resolve: each spec -> one build, through the catalogue the configuration describes; no download. Specs
 * that resolve to a build already listed are dropped (the later keeps its place: the last is the default).
 */
export async function resolvePythons(plan: SetupPlan, ctx: InstallContext): Promise<ResolvedPython[]> {
  const { requests, catalog, resolve } = plan.python;
  const cat = createCatalog({ ...catalog, logger: ctx.logger });
  const resolved: ResolvedPython[] = [];
  for (const requested of requests) {
    ctx.logger.info(`Resolving Python ${requested.spec} (from ${requested.source})`);
    const build = await cat.resolve(requested.spec, resolve);
    ctx.logger.info(`Resolved ${requested.spec} -> ${build.key} (build ${build.build}, ${build.assetName})`);
    resolved.push({ requested, build });
  }
  const id = (b: PythonBuild) => `${b.key}@${b.build}/${b.flavor}`;
  return resolved.filter((r, i) => !resolved.slice(i + 1).some((later) => id(later.build) === id(r.build)));
}

/**
 * install: every build on disk, one after the other, through the plan's installer (the library's
 * instances, or the tool cache); in the order of `builds`.
 */
export async function installPythons(
  plan: SetupPlan,
  builds: PythonBuild[],
  ctx: InstallContext,
): Promise<InstalledPython[]> {
  const { installer } = plan.python;
  const out: InstalledPython[] = [];
  for (const build of builds) {
    const installed = await installer.install(build, ctx);
    ctx.logger.info(
      `${installed.cacheHit ? 'Found' : 'Installed'} Python ${installed.version} at ${installed.pythonDir} (${installer.name})`,
    );
    out.push(installed);
  }
  return out;
}

/** uv: the private uv binary, and the client every later uv call goes through (index, proxy, cache). */
export async function provideUv(
  plan: SetupPlan,
  ctx: InstallContext,
): Promise<{ ensured: EnsuredUv; uv: Uv }> {
  const { requested } = plan.uv;
  if (requested.source !== 'default' && requested.source !== 'uvVersion')
    ctx.logger.info(`uv version ${requested.version}: from the ${requested.source}`);
  const ensured = await ensurePrivateUv({
    ...plan.uv.install,
    version: requested.version,
    logger: ctx.logger,
    signal: ctx.signal,
  });
  ctx.logger.info(`uv ${ensured.version} (${ensured.source}): ${ensured.path}`);
  const { offline, proxy, noProxy } = plan.config;
  const uv = new Uv({
    ...plan.packages.index,
    path: ensured.path,
    cacheDir: plan.uv.cacheDir,
    offline,
    proxy,
    noProxy,
    venvRecipesDir: venvRecipesDir(plan.config.toolsDir),
    logger: ctx.logger,
  });
  return { ensured, uv };
}

/**
 * venv: a name is one of the instance's venvs (the venv manager: metadata, locking) when the installer has
 * an instance directory; a path (or a name without an instance) is created there. Both create through
 * venvs/create.ts.
 */
export async function provideVenv(
  venv: VenvPlan,
  installed: InstalledPython,
  uv: Uv,
  ctx: InstallContext,
): Promise<NonNullable<SetupResult['venv']>> {
  let dir: string;
  let created: boolean;
  if (venv.kind === 'named' && installed.instanceDir) {
    const venvs = new VirtualEnvironmentManager({
      instance: { pythonPath: installed.pythonPath, dir: installed.instanceDir },
      uv,
      logger: ctx.logger,
    });
    created = !(await venvs.exists(venv.name));
    dir = (await venvs.getOrCreate(venv.name, { seed: venv.seed, signal: ctx.signal })).path;
    ctx.logger.info(`${created ? 'Created' : 'Reusing'} venv ${venv.name} at ${dir}`);
  } else {
    dir = venv.kind === 'path' ? venv.dir : venv.dirWithoutInstance;
    ({ created } = await ensureVenvAt(uv, installed.pythonPath, dir, { ...ctx, seed: venv.seed }));
  }
  if (venv.seed && !created) await seedExistingVenv(uv, dir, ctx);
  return { path: dir, binDir: venvBinDir(dir), pythonPath: venvPython(dir), created };
}

/**
 * packages: a locked project first (`uv sync`, exact: the venv then holds what the lock says), then
 * everything else asked for, in one uv resolution; then what the venv holds.
 */
export async function installIntoVenv(
  plan: SetupPlan,
  venvDir: string,
  uv: Uv,
  ctx: InstallContext,
): Promise<NonNullable<SetupResult['packages']>> {
  const { packages, config } = plan;
  const py = venvPython(venvDir);
  const project = packages.project;
  if (project) {
    ctx.logger.info(`Installing ${project.lockFile} (uv sync --${project.mode}) ...`);
    const configDir = path.join(config.toolsDir, 'uv-config');
    await syncProject(project, uv, venvDir, { configDir, signal: ctx.signal });
  }
  let requested = project ? 1 : 0;
  let stamped: string[] | undefined; // what the venv held after the same install, when nothing changed since
  let read: string[] | undefined;
  if (hasFreshPackages(packages)) {
    const request = await packageRequest(packages, config.cwd, venvDir);
    stamped = request === undefined ? undefined : await namesIfUnchanged(venvDir, request);
    if (stamped) {
      ctx.logger.info(`Packages unchanged since the last install into ${venvDir}: uv pip install skipped`);
      requested += requestedCount(packages);
    } else {
      requested += (await installPackages(uv, py, packages, { ...ctx, cwd: config.cwd })).requested;
      if (request !== undefined) {
        read = await distributionsInVenv(venvDir);
        if (read) await writeStamp(venvDir, request, read);
      }
    }
  }
  const names =
    stamped ?? read ?? (await distributionsInVenv(venvDir)) ?? (await listInstalled(uv, py, ctx.signal));
  ctx.logger.info(`${names.length} package(s) in ${venvDir}`);
  const lock = project && {
    file: project.lockFile,
    mode: project.mode,
    // what uv sync installed: `(all)`, or uv's default groups (`dev`) unless left out, plus those named
    groups: project.allGroups
      ? ['(all)']
      : [...(project.noDefaultGroups ? [] : ['(default)']), ...project.groups],
    extras: project.allExtras ? ['(all)'] : project.extras,
  };
  return {
    installed: names.length,
    requested,
    names,
    ...(stamped ? { unchanged: true } : {}),
    ...(lock ? { lock } : {}),
  };
}

/** export: the installation (and the venvs it knows of) written to an archive by the installer. */
export async function exportInstallation(
  plan: SetupPlan,
  dest: string,
  installed: InstalledPython,
  build: PythonBuild,
  ctx: InstallContext,
): Promise<string> {
  // planSetup refused an installer without export
  const written = await plan.python.installer.export!(installed, build, path.resolve(dest), ctx);
  ctx.logger.info(`Exported to ${written}`);
  return written;
}
