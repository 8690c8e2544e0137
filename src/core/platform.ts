import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { PlatformNotSupportedError } from './errors.js';

/** A PBS/uv platform: `linux-x86_64-gnu`, `darwin-aarch64-none`, `windows-x86_64-none`, `linux-armv7-gnueabihf`. */
export interface Platform {
  os: 'linux' | 'darwin' | 'windows';
  /** arch family: x86_64, aarch64, armv7, i686, ppc64le, s390x, riscv64 ... */
  arch: string;
  /** microarchitecture level for x86_64 (`v2`..`v4`); undefined = baseline. */
  archVariant?: string;
  /** gnu, musl, gnueabi, gnueabihf, or none (darwin/windows). */
  libc: string;
}

export function platformKey(p: Platform): string {
  return `${p.os}-${p.arch}${p.archVariant ? `_${p.archVariant}` : ''}-${p.libc}`;
}

/** Parses `linux-x86_64-gnu`, `linux-x86_64_v3-musl`, `darwin-aarch64`, `windows-x86_64-none`. */
export function parsePlatform(text: string): Platform {
  const m = /^(linux|darwin|macos|windows)-([a-z0-9_]+?)(?:_(v[234]))?(?:-([a-z]+))?$/.exec(
    text.trim().toLowerCase(),
  );
  if (!m) {
    throw new PlatformNotSupportedError(`Cannot parse platform "${text}".`, {
      requested: text,
      hint: 'Use <os>-<arch>-<libc>, e.g. linux-x86_64-gnu, linux-aarch64-musl, darwin-aarch64, windows-x86_64.',
    });
  }
  const os = (m[1] === 'macos' ? 'darwin' : m[1]) as Platform['os'];
  const arch = normaliseArch(m[2]);
  const libc = m[4] ?? (os === 'linux' ? 'gnu' : 'none');
  return { os, arch, archVariant: m[3], libc };
}

export function normaliseArch(arch: string): string {
  switch (arch) {
    case 'x64':
    case 'amd64':
      return 'x86_64';
    case 'arm64':
      return 'aarch64';
    case 'ia32':
    case 'x86':
      return 'i686';
    case 'arm':
      return 'armv7';
    case 'ppc64':
      return 'ppc64le';
    default:
      return arch;
  }
}

let libcCache: string | undefined;

/**
 * gnu vs musl, cached: a musl loader in /lib means musl (Alpine), like uv's own check. Cheap on purpose —
 * process.report.getReport() costs 100-200 ms and used to dominate every resolve.
 */
export function detectLibc(): string {
  if (libcCache) return libcCache;
  libcCache = 'gnu';
  try {
    if (existsSync('/etc/alpine-release') || readdirSync('/lib').some((f) => f.startsWith('ld-musl-'))) {
      libcCache = 'musl';
    }
  } catch {
    // no /lib: assume glibc, like uv does when it cannot tell
  }
  if (libcCache === 'gnu') {
    try {
      if (readFileSync('/usr/bin/ldd', 'utf8').includes('musl')) libcCache = 'musl';
    } catch {
      // no ldd
    }
  }
  return libcCache;
}

export function hostPlatform(): Platform {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  if (os !== 'linux' && os !== 'darwin' && os !== 'windows') {
    throw new PlatformNotSupportedError(`python-build-standalone has no builds for ${process.platform}.`, {
      requested: process.platform,
      available: ['linux', 'darwin', 'windows'],
    });
  }
  const arch = normaliseArch(process.arch);
  let libc = os === 'linux' ? detectLibc() : 'none';
  if (os === 'linux' && arch === 'armv7') libc = libc === 'musl' ? 'musleabihf' : 'gnueabihf';
  return { os, arch, libc };
}
