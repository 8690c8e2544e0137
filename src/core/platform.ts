import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { PlatformNotSupportedError } from './errors.js';
import { childProcessModule } from './builtins.js';

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

const PT_INTERP = 3;

/**
 * The program interpreter (PT_INTERP) an ELF file names, e.g. `/lib64/ld-linux-x86-64.so.2` or
 * `/lib/ld-musl-x86_64.so.1`; undefined when the file is not ELF or is static.
 */
export function elfInterpreter(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(64);
    if (readSync(fd, head, 0, 64, 0) < 52 || head.readUInt32BE(0) !== 0x7f454c46) return undefined;
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u16 = (b: Buffer, o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b: Buffer, o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const word = (b: Buffer, o: number) =>
      is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
    const phoff = word(head, is64 ? 0x20 : 0x1c);
    const phentsize = u16(head, is64 ? 0x36 : 0x2a);
    const phnum = u16(head, is64 ? 0x38 : 0x2c);
    const table = Buffer.alloc(phentsize * phnum);
    readSync(fd, table, 0, table.length, phoff);
    for (let i = 0; i < phnum; i++) {
      const ph = i * phentsize;
      if (u32(table, ph) !== PT_INTERP) continue;
      const offset = word(table, ph + (is64 ? 8 : 4));
      const size = Math.min(word(table, ph + (is64 ? 32 : 16)), 4096);
      const text = Buffer.alloc(size);
      readSync(fd, text, 0, size, offset);
      return text.toString('latin1').replace(/\0.*$/s, '');
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `ldd --version`'s words (stdout and stderr: musl's ldd prints to stderr and exits 1). */
function lddVersionText(): string | undefined {
  const r = childProcessModule().spawnSync('ldd', ['--version'], { encoding: 'utf8', timeout: 5000 });
  return r.error ? undefined : `${r.stdout ?? ''}${r.stderr ?? ''}`;
}

export interface LibcProbe {
  /** Directory standing for `/` (tests); default `/`. */
  root?: string;
  /** The program whose interpreter decides (uv reads `/bin/sh`); relative to root. */
  shell?: string;
  /** `ldd --version` output, for the fallback; default runs it. */
  ldd?: () => string | undefined;
}

function libcOfInterpreter(interp: string | undefined): string | undefined {
  if (!interp) return undefined;
  const base = path.posix.basename(interp);
  if (base.startsWith('ld-musl-')) return 'musl';
  if (base.startsWith('ld-linux') || base.startsWith('ld64.so') || base.startsWith('ld.so')) return 'gnu';
  return undefined;
}

/**
 * gnu vs musl the way uv tells: by the ELF interpreter of `/bin/sh` (a musl loader there means the
 * system's C library is musl), falling back to `ldd --version`; glibc when neither says. Never by the
 * mere presence of `/lib/ld-musl-*`: Debian's `musl` package installs one on glibc hosts. Cached for
 * the host (no probe given).
 */
export function detectLibc(probe?: LibcProbe): string {
  if (!probe && libcCache) return libcCache;
  const root = probe?.root ?? '/';
  const shell = path.join(root, probe?.shell ?? '/bin/sh');
  let libc = libcOfInterpreter(elfInterpreter(shell));
  if (!libc) {
    const text = (probe?.ldd ?? lddVersionText)() ?? '';
    libc = /musl/i.test(text) ? 'musl' : 'gnu';
  }
  if (!probe) libcCache = libc;
  return libc;
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
