/**
 * The platform the layout decisions are made for: `Scripts` vs `bin`, `python.exe`, `.zip` vs `.tar.gz`,
 * which rename errors are transient. Read at call time (never cached at module load), so the emulated-platform
 * tests can run the real install, venv and relocation code as Windows or macOS on a Linux machine.
 */
import path from 'node:path';

export interface HostPlatform {
  os: NodeJS.Platform;
  /** Path rules of that OS, for pure string work (files on this disk keep using `node:path`). */
  path: path.PlatformPath;
}

const native: HostPlatform = { os: process.platform, path };
let current: HostPlatform = native;

export function host(): HostPlatform {
  return current;
}

export function isWindowsHost(): boolean {
  return current.os === 'win32';
}

/** Makes the layout code behave as on `os` until the returned function is called (tests only). */
export function emulateHost(os: NodeJS.Platform): () => void {
  const previous = current;
  current = { os, path: os === 'win32' ? path.win32 : path.posix };
  return () => {
    current = previous;
  };
}
