/**
 * `<instance>/instance.json`: written last and atomically (tmp + rename), so a reader sees the old record or
 * the new one, never half. When it is missing or unreadable, the record is rebuilt from the files (the
 * directory name and the interpreter's own answer) — never a reason to delete the instance or its venvs.
 */
import { fs } from '../async-fs.js';
import path from 'node:path';
import type { ArchiveFlavor, BuildVariant, Implementation, PythonBuild } from '../catalog/types.js';
import type { InstallResult } from '../install/install.js';
import type { Logger } from '../log.js';
import { parsePlatform, type Platform } from '../platform.js';
import { findInterpreter } from '../install/python-layout.js';
import { probeInterpreter } from '../python/probe.js';
import { sweepDeadTemps, writeFileAtomic } from '../fs.js';

export const METADATA_FILE = 'instance.json';
export const SCHEMA = 1;

export interface InstanceSource {
  /** Token-free URL or local path the archive came from. */
  url?: string;
  assetName?: string;
  sha256?: string;
  bytes?: number;
  checksumSource?: string;
}

export interface InstanceMetadata {
  schema: number;
  /** The instance directory name: `cpython-3.12.5-linux-x86_64-gnu-20240814`. */
  key: string;
  /** uv's download key: `cpython-3.12.5-linux-x86_64-gnu`. */
  buildKey: string;
  /** Absolute path of the instance when this was written (lets an import re-point moved venvs). */
  dir?: string;
  implementation: Implementation;
  version: string;
  /** PBS release tag (build date); PyPy's and GraalPy's own release (`7.3.19`, `24.2.2`). */
  build: string;
  platform: Platform;
  variant?: BuildVariant;
  flavor?: ArchiveFlavor;
  /** Interpreter relative to `<instance>/python`, e.g. `bin/python3`. */
  pythonExe: string;
  createdAt: string;
  source?: InstanceSource;
  /** How it got here. */
  origin?: { kind: 'installed' | 'imported' | 'rebuilt'; from?: string };
  /** Set in memory (not stored) when the record was rebuilt from the files. */
  rebuilt?: boolean;
  [extra: string]: unknown;
}

export interface ParsedInstanceName {
  implementation: Implementation;
  version: string;
  platform: Platform;
  variant?: BuildVariant;
  build: string;
}

const NAME =
  /^(cpython|pypy|graalpy)-(\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?)-(.+?)(?:\+(freethreaded\+debug|freethreaded|debug))?-(\d[A-Za-z0-9._]*)$/;

/**
 * `<implementation>-<version>-<os>-<arch>-<libc>[+<variant>]-<build>` (the instance directory's name under
 * the root): `cpython-3.12.5-linux-x86_64-gnu-20240814`, `pypy-3.10.16-linux-x86_64-gnu-7.3.19`.
 */
export function instanceName(b: {
  implementation?: Implementation;
  version: string;
  platform: Platform;
  variant?: BuildVariant;
  build: string;
}): string {
  const p = b.platform;
  const plat = `${p.os}-${p.arch}${p.archVariant ? `_${p.archVariant}` : ''}-${p.libc}`;
  return `${b.implementation ?? 'cpython'}-${b.version}-${plat}${b.variant ? `+${b.variant}` : ''}-${b.build}`;
}

export function parseInstanceName(name: string): ParsedInstanceName | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  try {
    return {
      implementation: m[1] as Implementation,
      version: m[2],
      platform: parsePlatform(m[3]),
      variant: m[4] as BuildVariant | undefined,
      build: m[5],
    };
  } catch {
    return undefined;
  }
}

/** uv's key for a build: variant after the version (`cpython-3.13.1+freethreaded-linux-x86_64-gnu`). */
export function buildKeyOf(p: ParsedInstanceName): string {
  const plat = `${p.platform.os}-${p.platform.arch}${p.platform.archVariant ? `_${p.platform.archVariant}` : ''}-${p.platform.libc}`;
  return `${p.implementation}-${p.version}${p.variant ? `+${p.variant}` : ''}-${plat}`;
}

export async function writeInstanceMetadata(dir: string, m: InstanceMetadata): Promise<void> {
  const file = path.join(dir, METADATA_FILE);
  const { rebuilt: _rebuilt, ...stored } = m;
  await writeFileAtomic(file, JSON.stringify(stored, null, 2) + '\n'); // sweeps a killed writer's temp too
}

/** The stored record when it is readable and consistent with the directory; undefined otherwise. */
export async function readStoredMetadata(dir: string): Promise<InstanceMetadata | undefined> {
  sweepDeadTemps(path.join(dir, METADATA_FILE)); // the temp of a writer killed before its rename
  try {
    const m = JSON.parse(await fs.readFile(path.join(dir, METADATA_FILE), 'utf8')) as InstanceMetadata;
    if (
      typeof m !== 'object' ||
      !m ||
      m.key !== path.basename(dir) ||
      typeof m.version !== 'string' ||
      typeof m.build !== 'string' ||
      typeof m.pythonExe !== 'string' ||
      typeof m.platform?.os !== 'string'
    ) {
      return undefined;
    }
    return m;
  } catch {
    return undefined;
  }
}

/**
 * Rebuilds the record of `dir` from its name and its interpreter, and stores it. Undefined when the
 * directory is not an instance at all (no parseable name or no interpreter) — still nothing is deleted.
 */
export async function rebuildInstanceMetadata(
  dir: string,
  log: Logger,
): Promise<InstanceMetadata | undefined> {
  const key = path.basename(dir);
  const parsed = parseInstanceName(key);
  const exe = findInterpreter(path.join(dir, 'python'));
  if (!parsed || !exe) return undefined;
  let version = parsed.version;
  try {
    version = (await probeInterpreter(path.join(dir, 'python', exe))).version;
  } catch (e) {
    log.warn(
      `${key}: the interpreter does not run (${e instanceof Error ? e.message : String(e)}); run verify.`,
    );
  }
  const st = await fs.stat(path.join(dir, 'python'));
  const m: InstanceMetadata = {
    schema: SCHEMA,
    key,
    dir,
    buildKey: buildKeyOf({ ...parsed, version }),
    implementation: parsed.implementation,
    version,
    build: parsed.build,
    platform: parsed.platform,
    variant: parsed.variant,
    pythonExe: exe,
    createdAt: (st.birthtimeMs > 0 ? st.birthtime : st.mtime).toISOString(),
    origin: { kind: 'rebuilt' },
  };
  log.warn(
    `${key}: ${METADATA_FILE} was missing or corrupt; rebuilt it from the files (instance and venvs kept).`,
  );
  try {
    await writeInstanceMetadata(dir, m);
  } catch (e) {
    log.warn(
      `${key}: could not store the rebuilt ${METADATA_FILE}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return { ...m, rebuilt: true };
}

/** The metadata of a build just installed into `dir` (what installBuild reported). */
export function installedMetadata(
  build: PythonBuild,
  key: string,
  dir: string,
  r: InstallResult,
): InstanceMetadata {
  return {
    schema: SCHEMA,
    key,
    dir,
    buildKey: build.key,
    implementation: build.implementation ?? 'cpython',
    version: r.version,
    build: build.build,
    platform: build.platform,
    variant: build.variant,
    flavor: build.flavor,
    pythonExe: r.pythonExe,
    createdAt: new Date().toISOString(),
    source: {
      url: r.url,
      assetName: build.assetName,
      sha256: r.sha256,
      bytes: r.bytes,
      checksumSource: r.checksumSource,
    },
    origin: { kind: 'installed' },
  };
}
