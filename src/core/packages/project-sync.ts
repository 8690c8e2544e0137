/**
 * Installs a locked uv project into a venv with `uv sync` (UV_PROJECT_ENVIRONMENT = the venv). The project's
 * own configuration (`[tool.uv]`, a project `uv.toml`) applies; user- and system-level uv configuration is
 * hidden behind an empty configuration directory owned by the product.
 */
import { fs } from '../async-fs.js';
import path from 'node:path';
import { PackageInstallationError } from '../errors.js';
import type { Uv } from '../uv/uv.js';
import { venvPython } from '../venvs/layout.js';
import { uvErrorText } from './parse.js';
import type { ProjectPlan } from './project-plan.js';

export interface SyncContext {
  /** A directory the product owns; `<dir>/uv/uv.toml` (empty) stands in for user and system uv config. */
  configDir: string;
  signal?: AbortSignal;
  onOutput?: (line: string) => void;
}

/** The `uv sync` arguments of a plan (index flags come from the Uv client). */
export function syncArgs(plan: ProjectPlan, uv: Uv, venvDir: string): string[] {
  const args = ['sync', plan.mode === 'frozen' ? '--frozen' : '--locked', `--python=${venvPython(venvDir)}`];
  args.push(...uv.indexArgs());
  for (const g of plan.groups) args.push(`--group=${g}`);
  if (plan.allGroups) args.push('--all-groups');
  if (plan.noDefaultGroups) args.push('--no-default-groups');
  for (const e of plan.extras) args.push(`--extra=${e}`);
  if (plan.allExtras) args.push('--all-extras');
  if (plan.workspacePackage) args.push(`--package=${plan.workspacePackage}`);
  if (!plan.editable) args.push('--no-editable');
  return args;
}

/**
 * The environment that keeps the project's configuration and hides the user's and the system's: uv reads
 * them from `$XDG_CONFIG_HOME/uv/uv.toml` and the first `$XDG_CONFIG_DIRS/*\/uv/uv.toml` (else
 * `/etc/uv/uv.toml`), so both point at an empty one.
 */
export async function projectConfigEnv(configDir: string): Promise<Record<string, string | undefined>> {
  const file = path.join(configDir, 'uv', 'uv.toml');
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, '', { flag: 'a' });
  return {
    UV_NO_CONFIG: undefined,
    UV_CONFIG_FILE: undefined,
    XDG_CONFIG_HOME: configDir,
    XDG_CONFIG_DIRS: configDir,
    APPDATA: configDir,
  };
}

/**
 * `uv sync` of the plan into `venvDir`. A stale lock (`--locked`) fails before anything is installed, with
 * a PackageInstallationError that names the lock and how to re-lock.
 */
export async function syncProject(
  plan: ProjectPlan,
  uv: Uv,
  venvDir: string,
  ctx: SyncContext,
): Promise<void> {
  const env = { ...(await projectConfigEnv(ctx.configDir)), UV_PROJECT_ENVIRONMENT: venvDir };
  const r = await uv
    .with({ useUserConfig: true })
    .run(syncArgs(plan, uv, venvDir), { cwd: plan.dir, env, signal: ctx.signal, onOutput: ctx.onOutput });
  if (r.exitCode === 0) return;
  const text = uvErrorText(r.stderr, r.stdout);
  const stale = /needs to be updated, but `--locked` was provided/.test(r.stderr);
  throw new PackageInstallationError(
    stale
      ? `${plan.lockFile} no longer matches pyproject.toml; nothing was installed.`
      : `Installing the locked project ${plan.dir} failed: ${text}`,
    {
      requested: plan.lockFile,
      installationOutput: r.stderr,
      exitCode: r.exitCode,
      hint: stale
        ? `Re-lock with \`uv lock\` in ${path.dirname(plan.lockFile)} and commit uv.lock (or use lock: frozen to install it unchecked).`
        : 'Check the lock and the index; uv said why above.',
    },
  );
}
