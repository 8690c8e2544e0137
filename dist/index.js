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
    return { name: this.name, message: this.message, exitCode: this.exitCode, ...this.details };
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

// src/core/log.ts
var silentLogger = { debug() {
}, info() {
}, warn() {
}, error() {
} };
function stderrLogger(verbose = false) {
  const line = (prefix, m) => process.stderr.write(`${prefix}${m}
`);
  return {
    debug: (m) => verbose && line("debug: ", m),
    info: (m) => line("", m),
    warn: (m) => line("warning: ", m),
    error: (m) => line("error: ", m)
  };
}

// src/core/platform.ts
import { existsSync, readFileSync } from "node:fs";
function platformKey(p) {
  return `${p.os}-${p.arch}${p.archVariant ? `_${p.archVariant}` : ""}-${p.libc}`;
}
function parsePlatform(text) {
  const m = /^(linux|darwin|macos|windows)-([a-z0-9_]+?)(?:_(v[234]))?(?:-([a-z]+))?$/.exec(text.trim().toLowerCase());
  if (!m) {
    throw new PlatformNotSupportedError(`Cannot parse platform "${text}".`, {
      requested: text,
      hint: "Use <os>-<arch>-<libc>, e.g. linux-x86_64-gnu, linux-aarch64-musl, darwin-aarch64, windows-x86_64."
    });
  }
  const os = m[1] === "macos" ? "darwin" : m[1];
  const arch = normaliseArch(m[2]);
  const libc = m[4] ?? (os === "linux" ? "gnu" : "none");
  return { os, arch, archVariant: m[3], libc };
}
function normaliseArch(arch) {
  switch (arch) {
    case "x64":
    case "amd64":
      return "x86_64";
    case "arm64":
      return "aarch64";
    case "ia32":
    case "x86":
      return "i686";
    case "arm":
      return "armv7";
    case "ppc64":
      return "ppc64le";
    default:
      return arch;
  }
}
function detectLibc() {
  const report = process.report?.getReport();
  if (report?.header?.glibcVersionRuntime) return "gnu";
  if (existsSync("/etc/alpine-release")) return "musl";
  try {
    if (readFileSync("/usr/bin/ldd", "utf8").includes("musl")) return "musl";
  } catch {
  }
  return "gnu";
}
function hostPlatform() {
  const os = process.platform === "win32" ? "windows" : process.platform;
  if (os !== "linux" && os !== "darwin" && os !== "windows") {
    throw new PlatformNotSupportedError(`python-build-standalone has no builds for ${process.platform}.`, {
      requested: process.platform,
      available: ["linux", "darwin", "windows"]
    });
  }
  const arch = normaliseArch(process.arch);
  let libc = os === "linux" ? detectLibc() : "none";
  if (os === "linux" && arch === "armv7") libc = libc === "musl" ? "musleabihf" : "gnueabihf";
  return { os, arch, libc };
}
export {
  ChecksumMismatchError,
  ConfigurationError,
  DownloadError,
  InstanceNotFoundError,
  InvalidPackageSpecificationError,
  InvalidPythonVersionError,
  MetadataCorruptedError,
  PackageInstallationError,
  PlatformNotSupportedError,
  PythonEmbeddedError,
  PythonExecutionError,
  PythonInstallationError,
  PythonNotInstalledError,
  RateLimitError,
  RequirementsFileError,
  UvNotFoundError,
  VirtualEnvironmentNotFoundError,
  detectLibc,
  hostPlatform,
  isPythonEmbeddedError,
  normaliseArch,
  parsePlatform,
  platformKey,
  silentLogger,
  stderrLogger
};
