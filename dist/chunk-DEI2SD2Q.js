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
var InstanceNotFoundError = class extends PythonEmbeddedError {
  exitCode = 16;
};
var PythonNotInstalledError = class extends PythonEmbeddedError {
  exitCode = 17;
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

// src/core/install/fs-util.ts
import { constants as fsConstants } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
function fsErrorText(e) {
  if (!(e instanceof Error)) return String(e);
  const code = e.code;
  return code && !e.message.includes(code) ? `${code}: ${e.message}` : e.message;
}
async function makeDirs(dir) {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    let up = path.dirname(dir);
    while (!await fs.stat(up).catch(() => void 0) && path.dirname(up) !== up) up = path.dirname(up);
    await fs.access(up, fsConstants.W_OK);
    throw e;
  }
}

// src/core/install/memory.ts
import v8 from "node:v8";
import vm from "node:vm";
var gcFn;
function getGc() {
  if (gcFn !== void 0) return gcFn;
  try {
    const g = globalThis.gc;
    if (typeof g === "function") return gcFn = g;
    v8.setFlagsFromString("--expose-gc");
    gcFn = vm.runInNewContext("gc");
  } catch {
    gcFn = null;
  }
  return gcFn;
}
function garbageMeter(everyBytes = 2 * 1024 * 1024) {
  let pending = 0;
  return (bytes) => {
    pending += bytes;
    if (pending < everyBytes) return;
    pending = 0;
    getGc()?.({ type: "minor" });
  };
}

export {
  PythonEmbeddedError,
  InvalidPythonVersionError,
  PlatformNotSupportedError,
  RateLimitError,
  DownloadError,
  ChecksumMismatchError,
  PythonInstallationError,
  InstanceNotFoundError,
  PythonNotInstalledError,
  UvNotFoundError,
  VirtualEnvironmentNotFoundError,
  PackageInstallationError,
  RequirementsFileError,
  InvalidPackageSpecificationError,
  PythonExecutionError,
  ConfigurationError,
  isPythonEmbeddedError,
  fsErrorText,
  makeDirs,
  garbageMeter
};
