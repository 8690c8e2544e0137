/**
 * One typed error per failure. Each carries what was asked, what exists and what to do,
 * plus a stable CLI exit code (see `exitCode`). The action turns them into one setFailed line.
 */
export interface ErrorDetails {
  /** What the user asked for (a spec, a path, a package...). */
  requested?: string;
  /** What does exist, e.g. the nearest available versions. */
  available?: string[];
  /** What to do about it, one sentence. */
  hint?: string;
  /** Anything else worth printing in --json output. */
  [key: string]: unknown;
}

export class PythonEmbeddedError extends Error {
  /** Exit code used by the `pyembed` CLI; stable per error class. */
  readonly exitCode: number = 1;
  readonly details: ErrorDetails;

  constructor(message: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.details = details;
  }

  /** The one-line guidance shown by the action and the CLI. */
  get guidance(): string {
    return this.details.hint ? `${this.message} ${this.details.hint}` : this.message;
  }

  toJSON(): Record<string, unknown> {
    // details first: a child's exit code stored in details must never mask the CLI's own exitCode
    return { ...this.details, name: this.name, message: this.message, exitCode: this.exitCode };
  }
}

export class InvalidPythonVersionError extends PythonEmbeddedError {
  override readonly exitCode = 10;
}
export class PlatformNotSupportedError extends PythonEmbeddedError {
  override readonly exitCode = 11;
}
export class RateLimitError extends PythonEmbeddedError {
  override readonly exitCode = 12;
}
export class DownloadError extends PythonEmbeddedError {
  override readonly exitCode = 13;
}
export class ChecksumMismatchError extends PythonEmbeddedError {
  override readonly exitCode = 14;
}
export class PythonInstallationError extends PythonEmbeddedError {
  override readonly exitCode = 15;
}
/**
 * `uv venv` failed (a venv the plan or the venv manager creates). A kind of installation failure, so it keeps
 * that exit code; `details.stderr` holds uv's own words.
 */
export class VenvCreateError extends PythonInstallationError {}
export class InstanceNotFoundError extends PythonEmbeddedError {
  override readonly exitCode = 16;
}
export class PythonNotInstalledError extends PythonEmbeddedError {
  override readonly exitCode = 17;
}
export class MetadataCorruptedError extends PythonEmbeddedError {
  override readonly exitCode = 18;
}
export class UvNotFoundError extends PythonEmbeddedError {
  override readonly exitCode = 20;
}
export class VirtualEnvironmentNotFoundError extends PythonEmbeddedError {
  override readonly exitCode = 21;
}
export class PackageInstallationError extends PythonEmbeddedError {
  override readonly exitCode = 22;
}
export class RequirementsFileError extends PythonEmbeddedError {
  override readonly exitCode = 23;
}
export class InvalidPackageSpecificationError extends PythonEmbeddedError {
  override readonly exitCode = 24;
}
export class PythonExecutionError extends PythonEmbeddedError {
  override readonly exitCode = 30;
}
export class ConfigurationError extends PythonEmbeddedError {
  override readonly exitCode = 40;
}

export function isPythonEmbeddedError(e: unknown): e is PythonEmbeddedError {
  return e instanceof PythonEmbeddedError;
}
