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
export declare class PythonEmbeddedError extends Error {
    /** Exit code used by the `pyembed` CLI; stable per error class. */
    readonly exitCode: number;
    readonly details: ErrorDetails;
    constructor(message: string, details?: ErrorDetails, options?: {
        cause?: unknown;
    });
    /** The one-line guidance shown by the action and the CLI. */
    get guidance(): string;
    toJSON(): Record<string, unknown>;
}
export declare class InvalidPythonVersionError extends PythonEmbeddedError {
    readonly exitCode = 10;
}
export declare class PlatformNotSupportedError extends PythonEmbeddedError {
    readonly exitCode = 11;
}
export declare class RateLimitError extends PythonEmbeddedError {
    readonly exitCode = 12;
}
export declare class DownloadError extends PythonEmbeddedError {
    readonly exitCode = 13;
}
export declare class ChecksumMismatchError extends PythonEmbeddedError {
    readonly exitCode = 14;
}
export declare class PythonInstallationError extends PythonEmbeddedError {
    readonly exitCode = 15;
}
/**
 * `uv venv` failed (a venv the plan or the venv manager creates). A kind of installation failure, so it keeps
 * that exit code; `details.stderr` holds uv's own words.
 */
export declare class VenvCreateError extends PythonInstallationError {
}
export declare class InstanceNotFoundError extends PythonEmbeddedError {
    readonly exitCode = 16;
}
export declare class PythonNotInstalledError extends PythonEmbeddedError {
    readonly exitCode = 17;
}
export declare class MetadataCorruptedError extends PythonEmbeddedError {
    readonly exitCode = 18;
}
export declare class UvNotFoundError extends PythonEmbeddedError {
    readonly exitCode = 20;
}
export declare class VirtualEnvironmentNotFoundError extends PythonEmbeddedError {
    readonly exitCode = 21;
}
export declare class PackageInstallationError extends PythonEmbeddedError {
    readonly exitCode = 22;
}
export declare class RequirementsFileError extends PythonEmbeddedError {
    readonly exitCode = 23;
}
export declare class InvalidPackageSpecificationError extends PythonEmbeddedError {
    readonly exitCode = 24;
}
export declare class PythonExecutionError extends PythonEmbeddedError {
    readonly exitCode = 30;
}
export declare class ConfigurationError extends PythonEmbeddedError {
    readonly exitCode = 40;
}
export declare function isPythonEmbeddedError(e: unknown): e is PythonEmbeddedError;
