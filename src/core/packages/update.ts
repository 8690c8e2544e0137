/**
 * Changing what is already installed: uninstall (optionally with orphaned dependencies), upgrade every
 * outdated package, pin one package to an exact version, and batches that report per item.
 */
import { PackageInstallationError } from '../errors.js';
import type { Logger } from '../log.js';
import { installSpecs } from './install.js';
import { parsePipShow, uvErrorText } from './parse.js';
import { listPackages, installedVersion, outdatedPackages } from './query.js';
import { normalizePackageName, validatePackageName, validateVersion } from './spec.js';
import {
  outputOf,
  toResult,
  uvPip,
  type CallOptions,
  type InstallOptions,
  type PackageTarget,
} from './target.js';
import type { BatchItemResult, CommandResult, OutdatedPackageInfo } from './types.js';

export interface UninstallOptions extends CallOptions {
  /** Also remove dependencies that nothing else still needs (computed from `uv pip show`). */
  removeDependencies?: boolean;
}

export async function uninstall(
  t: PackageTarget,
  name: string | string[],
  o: UninstallOptions,
): Promise<CommandResult> {
  let names = [name].flat().map(validatePackageName);
  if (o.removeDependencies) names = await withOrphanedDependencies(t, names, o);
  const r = await uvPip(t, ['uninstall', '--', ...names], o);
  if (r.exitCode !== 0) {
    throw new PackageInstallationError(
      `Uninstalling ${names.join(', ')} failed: ${uvErrorText(r.stderr, r.stdout)}`,
      {
        requested: names.join(' '),
        packageSpecification: names.join(' '),
        installationOutput: r.stderr,
        exitCode: r.exitCode,
      },
    );
  }
  return toResult(r);
}

/** `names` plus the packages they depend on (transitively) that no remaining package requires. */
async function withOrphanedDependencies(
  t: PackageTarget,
  names: string[],
  o: CallOptions,
): Promise<string[]> {
  const installed = await listPackages(t, o);
  if (!installed.length) return names;
  const show = await uvPip(t, ['show', '--', ...installed.map((p) => p.name)], o);
  const graph = new Map(parsePipShow(show.stdout).map((d) => [normalizePackageName(d.name), d]));
  const removing = new Set(names.map(normalizePackageName));
  const orphaned = (d: string) =>
    !removing.has(d) &&
    graph.has(d) &&
    !(graph.get(d)?.requiredBy ?? []).some((p) => !removing.has(normalizePackageName(p)));
  for (let changed = true; changed;) {
    changed = false;
    for (const n of [...removing]) {
      for (const dep of graph.get(n)?.requires ?? []) {
        const d = normalizePackageName(dep);
        if (!orphaned(d)) continue;
        removing.add(d);
        changed = true;
      }
    }
  }
  return [...removing].map((n) => graph.get(n)?.name ?? n);
}

/** Upgrades every outdated (non-editable) package in one resolution. */
export async function upgradeAll(
  t: PackageTarget,
  o: InstallOptions,
): Promise<{ upgraded: OutdatedPackageInfo[]; result?: CommandResult }> {
  const editable = new Set(
    (await listPackages(t, o))
      .filter((p) => p.editableProjectLocation)
      .map((p) => normalizePackageName(p.name)),
  );
  const stale = (await outdatedPackages(t, o)).filter((p) => !editable.has(normalizePackageName(p.name)));
  if (!stale.length) return { upgraded: [] };
  const result = await installSpecs(
    t,
    stale.map((p) => p.name),
    { ...o, upgrade: true },
  );
  return { upgraded: stale, result };
}

/** Installs exactly `version` of `name` (down or up) and verifies the result. */
export async function pinVersion(
  t: PackageTarget,
  name: string,
  version: string,
  o: InstallOptions,
): Promise<CommandResult> {
  const n = validatePackageName(name);
  const v = validateVersion(version);
  const result = await installSpecs(t, `${n}==${v}`, o);
  const now = await installedVersion(t, n, o);
  if (now !== v) {
    throw new PackageInstallationError(`${n} is at ${now ?? 'nothing'} after installing ${n}==${v}.`, {
      requested: `${n}==${v}`,
      available: now ? [now] : [],
    });
  }
  return result;
}

/**
 * Runs `run` once over every item that passes `check`. If that fails, each valid item is retried alone so
 * every entry says whether it succeeded and, if not, why. Items failing `check` never reach `run`.
 */
export async function batch(
  items: string[],
  check: (s: string) => string,
  run: (list: string[]) => Promise<CommandResult>,
  logger: Logger,
): Promise<Record<string, BatchItemResult>> {
  const out: Record<string, BatchItemResult> = {};
  const valid: string[] = [];
  for (const item of items) {
    try {
      valid.push(check(item));
    } catch (e) {
      out[item] = { ok: false, error: (e as Error).message };
    }
  }
  if (!valid.length) return out;
  try {
    const result = await run(valid);
    for (const v of valid) out[v] = { ok: true, result };
    return out;
  } catch (e) {
    if (valid.length === 1) {
      out[valid[0]] = { ok: false, error: (e as Error).message, result: outputOf(e) };
      return out;
    }
    logger.info(`Batch of ${valid.length} failed; retrying each one to find which.`);
  }
  for (const v of valid) {
    try {
      out[v] = { ok: true, result: await run([v]) };
    } catch (e) {
      out[v] = { ok: false, error: (e as Error).message, result: outputOf(e) };
    }
  }
  return out;
}
