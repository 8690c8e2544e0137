/**
 * Parses python-build-standalone asset names of every naming era:
 *  - modern (2022+):  cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz
 *                     cpython-3.13.1+20241206-aarch64-apple-darwin-freethreaded+pgo+lto-full.tar.zst
 *  - legacy (2020-21): cpython-3.9.4-x86_64-unknown-linux-gnu-pgo+lto-20210414T1515.tar.zst
 *  - oldest (2019):   cpython-3.7.4-linux64-20190817T0224.tar.zst, cpython-3.7.4-windows-amd64-shared-pgo-...
 * `%2B` is decoded first; `.sha256` companions, SHA256SUMS and other files return undefined,
 * so they can never be chosen as an archive.
 */
import type { Platform } from '../platform.js';
import type { ArchiveFlavor, ArchiveFormat, BuildVariant } from './types.js';

export interface ParsedAsset {
  assetName: string;
  version: string;
  major: number;
  minor: number;
  patch: number;
  prerelease?: string;
  /** Release tag: the `+YYYYMMDD` of modern names, else the date of the legacy timestamp. */
  build: string;
  triple: string;
  platform: Platform;
  variant?: BuildVariant;
  /** Build options between triple and flavour: `pgo+lto`, `shared`, `freethreaded+noopt`, ... */
  options: string;
  flavor: ArchiveFlavor;
  format: ArchiveFormat;
}

const VERSION = String.raw`(\d+)\.(\d+)\.(\d+)((?:a|b|rc)\d+)?`;
const TRIPLE = String.raw`((?:x86_64(?:_v[234])?|aarch64|armv7|i686|ppc64le|s390x|riscv64)-(?:unknown-linux-(?:gnueabihf|gnueabi|musleabihf|gnu|musl)|apple-darwin|pc-windows-msvc))`;
const MODERN = new RegExp(
  String.raw`^cpython-${VERSION}\+(\d{8})-${TRIPLE}-(?:(.+)-)?(install_only_stripped|install_only|full)\.(tar\.gz|tar\.zst)$`,
);
const LEGACY = new RegExp(String.raw`^cpython-${VERSION}-${TRIPLE}-(.+)-(\d{8})T\d{4}\.(tar\.zst|tar\.gz)$`);
const OLDEST = new RegExp(
  String.raw`^cpython-${VERSION}-(linux64-musl|linux64|macos|windows-amd64|windows-x86)(?:-(.+?))?-(\d{8})T\d{4}\.(tar\.zst|tar\.gz)$`,
);

const OLDEST_TRIPLES: Record<string, string> = {
  linux64: 'x86_64-unknown-linux-gnu',
  'linux64-musl': 'x86_64-unknown-linux-musl',
  macos: 'x86_64-apple-darwin',
  'windows-amd64': 'x86_64-pc-windows-msvc',
  'windows-x86': 'i686-pc-windows-msvc',
};

/** uv names ppc64le `powerpc64le` in its keys; everything else keeps the triple's spelling. */
const ARCH_FROM_TRIPLE: Record<string, string> = { ppc64le: 'powerpc64le' };

export function platformFromTriple(triple: string): Platform | undefined {
  const m = /^([a-z0-9_]+?)(?:_(v[234]))?-(?:unknown-linux-([a-z]+)|apple-(darwin)|pc-windows-(msvc))$/.exec(
    triple,
  );
  if (!m) return undefined;
  const arch = ARCH_FROM_TRIPLE[m[1]] ?? m[1];
  if (m[3])
    return m[2] ? { os: 'linux', arch, archVariant: m[2], libc: m[3] } : { os: 'linux', arch, libc: m[3] };
  if (m[4]) return { os: 'darwin', arch, libc: 'none' };
  return { os: 'windows', arch, libc: 'none' };
}

/** The PBS triple of a platform (inverse of platformFromTriple). */
export function tripleOf(p: Platform): string {
  const arch = (p.arch === 'powerpc64le' ? 'ppc64le' : p.arch) + (p.archVariant ? `_${p.archVariant}` : '');
  if (p.os === 'darwin') return `${arch}-apple-darwin`;
  if (p.os === 'windows') return `${arch}-pc-windows-msvc`;
  return `${arch}-unknown-linux-${p.libc}`;
}

function variantOf(options: string): BuildVariant | undefined {
  const parts = options.split(/[+-]/);
  const ft = parts.includes('freethreaded');
  const dbg = parts.includes('debug');
  if (ft && dbg) return 'freethreaded+debug';
  if (ft) return 'freethreaded';
  if (dbg) return 'debug';
  return undefined;
}

function decode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Parses one asset name. `tag` is the release it was published in, when known: legacy
 * timestamps can predate their release by a day (3.9.4 ...-20210414T1515 is in release 20210415).
 */
export function parseAssetName(rawName: string, tag?: string): ParsedAsset | undefined {
  const assetName = decode(rawName);
  let m = MODERN.exec(assetName);
  let version: string[];
  let triple: string;
  let options: string;
  let flavor: ArchiveFlavor;
  let format: ArchiveFormat;
  let build: string;
  if (m) {
    version = m.slice(1, 5);
    build = m[5];
    triple = m[6];
    options = m[7] ?? '';
    flavor = m[8] as ArchiveFlavor;
    format = m[9] as ArchiveFormat;
  } else if ((m = LEGACY.exec(assetName))) {
    version = m.slice(1, 5);
    triple = m[5];
    options = m[6];
    build = tag ?? m[7];
    flavor = 'full';
    format = m[8] as ArchiveFormat;
  } else if ((m = OLDEST.exec(assetName))) {
    version = m.slice(1, 5);
    triple = OLDEST_TRIPLES[m[5]];
    options = m[6] ?? '';
    build = tag ?? m[7];
    flavor = 'full';
    format = m[8] as ArchiveFormat;
  } else {
    return undefined;
  }
  const platform = platformFromTriple(triple);
  if (!platform) return undefined;
  const [major, minor, patch] = version.slice(0, 3).map(Number);
  const prerelease = version[3] || undefined;
  return {
    assetName,
    version: `${major}.${minor}.${patch}${prerelease ?? ''}`,
    major,
    minor,
    patch,
    prerelease,
    build: tag ?? build,
    triple,
    platform,
    variant: variantOf(options),
    options,
    flavor,
    format,
  };
}

/**
 * Preference among several archives of the same build, variant and flavour (legacy releases
 * publish pgo+lto, pgo, lto and noopt side by side): the optimised one first.
 */
export function optionsRank(options: string): number {
  const parts = new Set(options.split(/[+-]/).filter((p) => p !== 'freethreaded' && p !== 'debug'));
  if (parts.has('pgo') && parts.has('lto')) return 0;
  if (parts.has('pgo')) return 1;
  if (parts.has('lto')) return 2;
  if (parts.size === 0 || (parts.size === 1 && parts.has('shared'))) return 3;
  if (parts.has('noopt')) return 5;
  return 4;
}
