import { PlatformNotSupportedError } from '../errors.js';
import type { Platform } from '../platform.js';

/** The pinned, tested uv release. Bump together with the test world's uv (scripts/world-tools.sh). */
export const DEFAULT_UV_VERSION = '0.13.9';

/** Where astral-sh/uv publishes release assets: `<base>/<version>/<asset>` (+ `<asset>.sha256`). */
export const DEFAULT_UV_DOWNLOAD_URL = 'https://github.com/astral-sh/uv/releases/download';

/**
 * The Rust target triple uv names its release archives after (`uv-<triple>.tar.gz`, `.zip` on Windows).
 * Only triples astral-sh/uv actually publishes are returned; anything else is a clear error, not a 404 later.
 */
export function uvTriple(p: Platform): string {
  if (p.os === 'darwin') {
    if (p.arch === 'x86_64' || p.arch === 'aarch64') return `${p.arch}-apple-darwin`;
  } else if (p.os === 'windows') {
    if (p.arch === 'x86_64' || p.arch === 'aarch64' || p.arch === 'i686') return `${p.arch}-pc-windows-msvc`;
  } else if (p.os === 'linux') {
    const musl = p.libc.startsWith('musl');
    switch (p.arch) {
      case 'x86_64':
      case 'aarch64':
      case 'i686':
        return `${p.arch}-unknown-linux-${musl ? 'musl' : 'gnu'}`;
      case 'armv7':
        return `armv7-unknown-linux-${musl ? 'musleabihf' : 'gnueabihf'}`;
      case 'ppc64le':
        if (!musl) return 'powerpc64le-unknown-linux-gnu';
        break;
      case 's390x':
        if (!musl) return 's390x-unknown-linux-gnu';
        break;
      case 'riscv64':
        return `riscv64gc-unknown-linux-${musl ? 'musl' : 'gnu'}`;
    }
  }
  throw new PlatformNotSupportedError(`uv publishes no release archive for ${p.os}-${p.arch}-${p.libc}.`, {
    requested: `${p.os}-${p.arch}-${p.libc}`,
    hint: 'Install uv yourself and pass its path (uvPath / --uv-path), or use the uv on PATH (system: true).',
  });
}

export interface UvAsset {
  triple: string;
  /** `uv-<triple>.tar.gz` or `uv-<triple>.zip` (Windows). */
  name: string;
  format: 'tar.gz' | 'zip';
  /** Directory inside the archive that holds the binaries ('' for the flat Windows zip). */
  innerDir: string;
  /** File name of the uv executable. */
  exe: string;
}

export function uvAsset(p: Platform): UvAsset {
  const triple = uvTriple(p);
  if (p.os === 'windows')
    return { triple, name: `uv-${triple}.zip`, format: 'zip', innerDir: '', exe: 'uv.exe' };
  return { triple, name: `uv-${triple}.tar.gz`, format: 'tar.gz', innerDir: `uv-${triple}`, exe: 'uv' };
}

/** `<base>/<version>/<asset>`; the base is trimmed of trailing slashes so mirrors can be given either way. */
export function uvAssetUrl(version: string, asset: UvAsset, base = DEFAULT_UV_DOWNLOAD_URL): string {
  return `${base.replace(/\/+$/, '')}/${encodeURIComponent(version)}/${asset.name}`;
}
