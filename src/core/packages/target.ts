/**
 * The interpreter one runtime manages packages for, and the two ways every package operation reaches it:
 * `uv pip <cmd> --python=<interpreter>` and a query run by the interpreter itself (isolated). Also the
 * typed errors those calls turn into.
 */
import { PackageInstallationError, PythonNotInstalledError, type ErrorDetails } from '../errors.js';
import { exists } from '../fs.js';
import type { Logger } from '../log.js';
import { runIsolated } from '../python/probe.js';
import type { CapturedRun } from '../uv/spawn.js';
import type { IndexSettings, Uv, UvResult } from '../uv/uv.js';
import type { IndexConfig } from './index-config.js';
import { uvErrorText } from './parse.js';
import type { CommandResult } from './types.js';

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** uv's messages line by line while it works (e.g. ` + six==1.17.0`), for live logs. */
  onOutput?: (line: string) => void;
}

export interface InstallOptions extends IndexSettings, CallOptions {
  upgrade?: boolean;
  /** Constraints files (`-c`). */
  constraints?: string | string[];
  reinstall?: boolean;
  noDeps?: boolean;
  /** Alias of `extraIndexUrls` (the reference's singular name). */
  extraIndexUrl?: string | string[];
}

export interface PackageTarget {
  /** The interpreter packages are managed for: an instance's python or a venv's python. */
  readonly pythonPath: string;
  readonly uv: Uv;
  readonly logger: Logger;
  readonly config: IndexConfig;
}

/** `uv pip <cmd> --python=<interpreter> ...`, after checking the interpreter is still there. */
export async function uvPip(
  t: PackageTarget,
  args: string[],
  o: CallOptions & { cwd?: string } = {},
): Promise<UvResult> {
  await assertInterpreter(t.pythonPath);
  const [cmd, ...rest] = args;
  return t.uv.run(['pip', cmd, `--python=${t.pythonPath}`, ...rest], { ...o, env: t.config.proxyEnv() });
}

/** Runs the interpreter itself, isolated (`-I`, no caller PYTHON* variables), for a query. */
export function pythonQuery(t: PackageTarget, args: string[], o: CallOptions = {}): Promise<CapturedRun> {
  return runIsolated(t.pythonPath, args, { signal: o.signal, timeoutMs: o.timeoutMs ?? 120_000 });
}

async function assertInterpreter(pythonPath: string): Promise<void> {
  if (!(await exists(pythonPath))) {
    throw new PythonNotInstalledError(`No Python interpreter at ${pythonPath}.`, {
      requested: pythonPath,
      hint: 'The instance or virtual environment was deleted or moved; create it again.',
    });
  }
}

export function toResult(r: UvResult): CommandResult {
  return { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, durationMs: r.durationMs };
}

/** The command result a failed install carried (for batch reports), if any. */
export function outputOf(e: unknown): CommandResult | undefined {
  return (e as { result?: CommandResult }).result;
}

export function installError(spec: string, r: UvResult): PackageInstallationError {
  const details: ErrorDetails = {
    requested: spec,
    packageSpecification: spec,
    installationOutput: r.stderr,
    exitCode: r.exitCode,
    hint: 'Check the package name/version and the index (indexUrl); uv said why above.',
  };
  const err = new PackageInstallationError(
    `Installing ${spec} failed: ${uvErrorText(r.stderr, r.stdout)}`,
    details,
  );
  // the full command result rides along for batch reports, but stays out of JSON error output
  Object.defineProperty(err, 'result', { value: toResult(r), enumerable: false });
  return err;
}

export function queryError(what: string, r: UvResult): PackageInstallationError {
  return new PackageInstallationError(`uv could not ${what}: ${uvErrorText(r.stderr, r.stdout)}`, {
    installationOutput: r.stderr,
    exitCode: r.exitCode,
  });
}
