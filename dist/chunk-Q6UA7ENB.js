import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/errors.ts
var PythonEmbeddedError = class extends Error {
  /** Exit code used by the `pyembed` CLI; stable per error class. */
  exitCode = 1;
  details;
  constructor(message, details = {}, options) {
    super(message, options);
    this.name = new.target.name;
    this.details = details;
  }
  /** The one-line guidance shown by the action and the CLI. */
  get guidance() {
    return this.details.hint ? `${this.message} ${this.details.hint}` : this.message;
  }
  toJSON() {
    return { ...this.details, name: this.name, message: this.message, exitCode: this.exitCode };
  }
};
var InvalidPythonVersionError = class extends PythonEmbeddedError {
  exitCode = 10;
};
var PlatformNotSupportedError = class extends PythonEmbeddedError {
  exitCode = 11;
};
var RateLimitError = class extends PythonEmbeddedError {
  exitCode = 12;
};
var DownloadError = class extends PythonEmbeddedError {
  exitCode = 13;
};
var ChecksumMismatchError = class extends PythonEmbeddedError {
  exitCode = 14;
};
var PythonInstallationError = class extends PythonEmbeddedError {
  exitCode = 15;
};
var VenvCreateError = class extends PythonInstallationError {
};
var InstanceNotFoundError = class extends PythonEmbeddedError {
  exitCode = 16;
};
var PythonNotInstalledError = class extends PythonEmbeddedError {
  exitCode = 17;
};
var MetadataCorruptedError = class extends PythonEmbeddedError {
  exitCode = 18;
};
var UvNotFoundError = class extends PythonEmbeddedError {
  exitCode = 20;
};
var VirtualEnvironmentNotFoundError = class extends PythonEmbeddedError {
  exitCode = 21;
};
var PackageInstallationError = class extends PythonEmbeddedError {
  exitCode = 22;
};
var RequirementsFileError = class extends PythonEmbeddedError {
  exitCode = 23;
};
var InvalidPackageSpecificationError = class extends PythonEmbeddedError {
  exitCode = 24;
};
var PythonExecutionError = class extends PythonEmbeddedError {
  exitCode = 30;
};
var ConfigurationError = class extends PythonEmbeddedError {
  exitCode = 40;
};
function isPythonEmbeddedError(e) {
  return e instanceof PythonEmbeddedError;
}

// src/core/host.ts
import path from "node:path";
var native = { os: process.platform, path };
var current = native;
function isWindowsHost() {
  return current.os === "win32";
}

export {
  PythonEmbeddedError,
  InvalidPythonVersionError,
  PlatformNotSupportedError,
  RateLimitError,
  DownloadError,
  ChecksumMismatchError,
  PythonInstallationError,
  VenvCreateError,
  InstanceNotFoundError,
  PythonNotInstalledError,
  MetadataCorruptedError,
  UvNotFoundError,
  VirtualEnvironmentNotFoundError,
  PackageInstallationError,
  RequirementsFileError,
  InvalidPackageSpecificationError,
  PythonExecutionError,
  ConfigurationError,
  isPythonEmbeddedError,
  isWindowsHost
};
