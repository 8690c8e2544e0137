#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
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
  VenvCreateError,
  VirtualEnvironmentNotFoundError,
  isPythonEmbeddedError
} from "./chunk-EI5M5ORX.js";
import "./chunk-APXFQ2F5.js";
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
  VenvCreateError,
  VirtualEnvironmentNotFoundError,
  isPythonEmbeddedError
};
