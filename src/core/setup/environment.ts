import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PackageInstallationError } from '../errors.js';
import type { Logger } from '../log.js';
import { PythonRuntime } from '../packages/runtime.js';
import type { Uv } from '../uv/uv.js';
import { sitePackagesDir, venvPython } from '../venvs/layout.js';
import type { PackagePlan } from './types.js';
import { compareText } from '../text.js';

/** True when the plan installs anything at all. */
export function hasPackages(p: PackagePlan): boolean {
  return Boolean(p.requirements.length || p.pyproject || p.specs.length);
}

/** What uv pip installs: everything but a project its lock installs. */
export function hasFreshPackages(p: PackagePlan): boolean {
  return Boolean(p.requirements.length || (p.pyproject && !p.project) || p.specs.length);
}

/**
 * Installs the plan in ONE uv resolution through PythonRuntime.installPlan: every package spec and extra
 * is validated first (InvalidPackageSpecificationError, nothing reaches uv's command line unchecked), and
 * uv's failures become RequirementsFileError (a blamed or missing file) or PackageInstallationError.
 */
export async function installPackages(
  uv: Uv,
  python: string,
  plan: PackagePlan,
  o: { cwd: string; logger: Logger; signal?: AbortSignal },
): Promise<{ requested: number }> {
  const runtime = new PythonRuntime({ pythonPath: python, uv, logger: o.logger });
  const { requirements, constraints, editable, extras, specs, groups, allExtras } = plan;
  const pyproject = plan.project ? undefined : plan.pyproject;
  o.logger.info('Installing packages with uv pip install ...');
  await runtime.installPlan(
    { requirements, constraints, pyproject, editable, extras, groups, allExtras, packages: specs },
    { cwd: o.cwd, signal: o.signal },
  );
  return { requested: requestedCount(plan) };
}

/** How many requests `installPackages` hands uv: requirements files, a pyproject, specs. */
export function requestedCount(plan: PackagePlan): number {
  return plan.requirements.length + (plan.project ? 0 : plan.pyproject ? 1 : 0) + plan.specs.length;
}

/** Names of the distributions installed in an environment (`uv pip list --format json`). */
export async function listInstalled(uv: Uv, python: string, signal?: AbortSignal): Promise<string[]> {
  const r = await uv.run(['pip', 'list', '--python', python, '--format', 'json'], { signal });
  if (r.exitCode !== 0) return [];
  try {
    return (JSON.parse(r.stdout) as { name: string }[]).map((p) => p.name);
  } catch {
    return [];
  }
}

/**
 * Names of the distributions in a venv's site-packages, read from each `*.dist-info/METADATA` (the same
 * `Name:` uv pip list shows). Reading a few small files costs ~1 ms where another `uv pip list` process
 * costs 20-50 ms; undefined when the layout is not the expected one (the caller then asks uv).
 */
export async function distributionsInVenv(venvDir: string): Promise<string[] | undefined> {
  const site = await sitePackagesDir(venvDir);
  if (!site) return undefined;
  let entries: string[];
  try {
    entries = readdirSync(site);
  } catch {
    return undefined;
  }
  // legacy egg metadata: let uv, which reads every kind, answer
  if (entries.some((e) => e.endsWith('.egg-info') || e.endsWith('.egg-link'))) return undefined;
  // synchronous reads: one small file per distribution, a thread-pool round trip each otherwise
  const names = entries
    .filter((e) => e.endsWith('.dist-info'))
    .map((e) => {
      let meta = '';
      try {
        meta = readFileSync(path.join(site, e, 'METADATA'), 'utf8');
      } catch {
        // no METADATA: not a distribution uv would list either; answered by uv below
      }
      const headers = meta.split(/\r?\n\r?\n/, 1)[0]; // the body (description) may quote "Name:"
      return /^Name:[ \t]*(\S+)/m.exec(headers)?.[1];
    });
  if (names.some((n) => n === undefined)) return undefined;
  return (names as string[]).sort((a, b) => compareText(a.toLowerCase(), b.toLowerCase()));
}

/**
 * `seed` asked for on a venv that already exists without pip (made earlier without seed): pip is installed
 * into it from the configured index, as `uv venv --seed` would have put it there.
 */
export async function seedExistingVenv(
  uv: Uv,
  venvDir: string,
  o: { logger: Logger; signal?: AbortSignal },
): Promise<void> {
  const python = venvPython(venvDir);
  const names = (await distributionsInVenv(venvDir)) ?? (await listInstalled(uv, python, o.signal));
  if (names.some((n) => n.toLowerCase() === 'pip')) return;
  o.logger.info(`seed: installing pip into the existing venv ${venvDir}`);
  const r = await uv.run(['pip', 'install', '--python', python, ...uv.indexArgs(), 'pip'], {
    signal: o.signal,
  });
  if (r.exitCode !== 0) {
    throw new PackageInstallationError(
      `Could not install pip into ${venvDir} (seed): uv exited ${r.exitCode}.`,
      {
        requested: 'pip',
        stderr: r.stderr.trim().split('\n').slice(-5).join('\n'),
        hint: 'Check that the package index serves pip, or drop seed.',
      },
    );
  }
}
