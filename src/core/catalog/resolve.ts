/**
 * Choosing one build from a set of catalogue rows (pure, synchronous). The rules follow uv:
 * newest matching stable version first; prereleases only when the spec names one or when nothing
 * stable matches; the default variant unless asked; the platform's baseline triple unless a
 * microarchitecture level is asked; `install_only_stripped` unless another flavour is asked;
 * a build date (release tag) pins the release.
 */
import { InvalidPythonVersionError, PlatformNotSupportedError } from '../errors.js';
import { hostPlatform, type Platform } from '../platform.js';
import { releaseMatches } from '../versions/implementation.js';
import { versionMatches } from '../versions/match.js';
import {
  buildVariantOf,
  parsePythonRequest,
  requestAllowsPrereleases,
  requestedMinor,
  type PythonRequest,
} from '../versions/spec.js';
import { compareVersions, parseVersion, type Version } from '../versions/version.js';
import type { ArchiveFlavor, BuildVariant, Implementation, PythonBuild } from './types.js';

export interface ResolveOptions {
  /** Target platform; default: the host (gnu vs musl detected). */
  platform?: Platform;
  /** PBS release tag (`20250814`) to pin. */
  build?: string;
  /** Archive flavour; default `install_only_stripped` (or `install_only` for releases before it existed). */
  flavor?: ArchiveFlavor;
  /** Also ask the network source for a newer release than the snapshot knows (catalog only). */
  checkLatest?: boolean;
  /** Same as a `t` suffix on the spec. */
  freethreaded?: boolean;
  /**
   * `false`: a request that names no prerelease never resolves to one, even when nothing final matches
   * (setup-python's `allow-prereleases: false`). Default: uv's rule, a prerelease when no final matches.
   */
  allowPrereleases?: boolean;
}

export interface ListOptions extends ResolveOptions {
  /** Which implementation to list; default CPython. */
  implementation?: Implementation;
  /** Every variant and every build, not just the newest default build per version. */
  all?: boolean;
}

/** First PBS release with `install_only_stripped` archives; earlier releases only have `install_only`. */
export const STRIPPED_SINCE = '20240726';

interface Row {
  b: PythonBuild;
  v: Version;
}

/** uv spells ppc64le `powerpc64le`; Node's process.arch says `ppc64`. */
function canonicalArch(arch: string): string {
  return arch === 'ppc64le' || arch === 'ppc64' ? 'powerpc64le' : arch;
}

/** The index's grouping: one list of rows per OS, architecture family and libc. */
export const familyKey = (p: Pick<Platform, 'os' | 'arch' | 'libc'>) =>
  `${p.os}-${canonicalArch(p.arch)}-${p.libc}`;

/** x86-64 microarchitecture level of an arch variant (`v3` -> 3); 1 for the baseline. */
export const ARCH_LEVEL = (v: string | undefined) => (v ? Number(v.slice(1)) : 1);

const implementationOf = (b: PythonBuild): Implementation => b.implementation ?? 'cpython';

/** The request's implementation and (PyPy/GraalPy) release: rows of another implementation never match. */
const sameImplementation = (req: PythonRequest, b: PythonBuild) =>
  implementationOf(b) === req.implementation && releaseMatches(b.build, req.release);

function compareRowsDesc(a: Row, b: Row): number {
  return -compareVersions(a.v, b.v) || (a.b.build < b.b.build ? 1 : a.b.build > b.b.build ? -1 : 0);
}

/** The effective platform: key-form spec parts > given platform > host. */
export function targetPlatform(req: PythonRequest | undefined, given?: Platform): Platform {
  const base = given ?? hostPlatform();
  const p = req?.platform ?? {};
  const os = p.os ?? base.os;
  const arch = canonicalArch(p.arch ?? base.arch);
  let libc = p.libc ?? (os === base.os ? base.libc : os === 'linux' ? 'gnu' : 'none');
  // 32-bit ARM Linux builds are hard-float: `linux-armv7` means gnueabihf (musleabihf on musl).
  if (os === 'linux' && arch === 'armv7' && (libc === 'gnu' || libc === 'musl')) libc = `${libc}eabihf`;
  const archVariant = p.arch ? p.archVariant : base.archVariant;
  return { os, arch, archVariant, libc };
}

function wantedVariant(req: PythonRequest, freethreaded?: boolean): BuildVariant | undefined {
  const v = buildVariantOf(req.variant);
  if (!freethreaded || req.variant === 'gil' || req.variant === 'gil+debug') return v;
  return v === 'debug' ? 'freethreaded+debug' : v === undefined ? 'freethreaded' : v;
}

function withFlavor(b: PythonBuild, flavor: ArchiveFlavor): PythonBuild {
  const from = `-${b.flavor}.`;
  const to = `-${flavor}.`;
  return {
    ...b,
    flavor,
    assetName: b.assetName.replace(from, to),
    url: b.url.replace(from, to),
    // A derived asset's checksum is not in the catalogue: the installer reads SHA256SUMS.
    sha256: undefined,
  };
}

const FLAVOR_ORDER: ArchiveFlavor[] = ['install_only_stripped', 'install_only', 'full'];

/** Picks the archive of one build (same version/platform/variant/release) in the wanted flavour. */
export function chooseFlavor(
  group: PythonBuild[],
  wanted: ArchiveFlavor | undefined,
): PythonBuild | undefined {
  const flavor = wanted ?? 'install_only_stripped';
  const pick = (f: ArchiveFlavor) =>
    group
      .filter((b) => b.flavor === f)
      .sort((a, b) => (a.format === b.format ? 0 : a.format === 'tar.gz' ? -1 : 1))[0];
  const exact = pick(flavor);
  if (exact) return exact;
  const stripped = pick('install_only_stripped');
  const installOnly = pick('install_only');
  if (flavor === 'install_only' && stripped) return withFlavor(stripped, 'install_only');
  if (flavor === 'install_only_stripped' && installOnly) {
    // PyPy/GraalPy publish one archive (their builds are releases like 7.3.19, not PBS dates): never derived
    return !installOnly.implementation && installOnly.build >= STRIPPED_SINCE
      ? withFlavor(installOnly, 'install_only_stripped')
      : installOnly;
  }
  if (flavor === 'full') return undefined;
  for (const f of FLAVOR_ORDER) {
    const b = pick(f);
    if (b) return b;
  }
  return undefined;
}

export interface Resolution {
  build: PythonBuild;
  request: PythonRequest;
  platform: Platform;
}

function indexRows(builds: PythonBuild[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  const parsed = new Map<string, Version | undefined>();
  for (const b of builds) {
    let v = parsed.get(b.version);
    if (!parsed.has(b.version)) parsed.set(b.version, (v = parseVersion(b.version)));
    if (!v) continue;
    const k = familyKey(b.platform);
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push({ b, v });
  }
  for (const list of map.values()) list.sort(compareRowsDesc);
  return map;
}

/**
 * The builds of one family key (see familyKey) up to a microarchitecture level (see ARCH_LEVEL); with
 * `version`, only those whose version passes it (a source may then leave the others undecoded).
 */
export type FamilyBuilds = (
  key: string,
  maxLevel: number,
  version?: (v: Version) => boolean,
) => PythonBuild[];

/** An indexed, immutable set of catalogue rows. Building the index is lazy and happens once. */
export class BuildIndex {
  private byFamily?: Map<string, Row[]>;
  private readonly someFamilies = new Map<string, Row[]>();
  private readonly askedOnce = new Set<string>();

  /**
   * `family`, when given, yields one family's builds on its own: a resolve for one platform then decodes
   * and indexes only the rows of the versions it asks for; `source` (everything) is read only when all of
   * it is needed.
   */
  constructor(
    private readonly source: () => PythonBuild[],
    private readonly family?: FamilyBuilds,
  ) {}

  static of(builds: PythonBuild[]): BuildIndex {
    return new BuildIndex(() => builds);
  }

  private families(): Map<string, Row[]> {
    this.byFamily ??= indexRows(this.source());
    return this.byFamily;
  }

  /** A family's rows up to a level, sorted (not filtered by level when the full index exists). */
  private familyRows(key: string, maxLevel: number): Row[] {
    if (this.byFamily || !this.family) return this.families().get(key) ?? [];
    const id = `${key}#${maxLevel}`;
    let rows = this.someFamilies.get(id);
    if (!rows) {
      rows = indexRows(this.family(key, maxLevel)).get(key) ?? [];
      this.someFamilies.set(id, rows);
    }
    return rows;
  }

  get size(): number {
    let n = 0;
    for (const l of this.families().values()) n += l.length;
    return n;
  }

  /** Every build of the index (in family order). */
  all(): PythonBuild[] {
    return [...this.families().values()].flatMap((l) => l.map((r) => r.b));
  }

  platforms(): string[] {
    return [...this.families().keys()].sort();
  }

  hasBuild(tag: string): boolean {
    for (const l of this.families().values()) if (l.some((r) => r.b.build === tag)) return true;
    return false;
  }

  /**
   * Rows for a platform, any microarchitecture level up to the requested one, best level first per version.
   * With `version`, the first request for a family asks its source for only the rows of the versions that
   * pass it (a one-shot process resolves once); a later one reads the whole family, indexed once and kept.
   */
  private rowsFor(platform: Platform, version?: (v: Version) => boolean): Row[] {
    const max = ARCH_LEVEL(platform.archVariant);
    const key = familyKey(platform);
    const id = `${key}#${max}`;
    let rows: Row[];
    if (version && this.family && !this.byFamily && !this.askedOnce.has(id)) {
      this.askedOnce.add(id);
      rows = indexRows(this.family(key, max, version)).get(key) ?? [];
    } else {
      rows = this.familyRows(key, max);
    }
    return rows.filter((r) => ARCH_LEVEL(r.b.platform.archVariant) <= max);
  }

  /** Resolves a spec (text or parsed) to one build, or undefined when nothing matches. */
  find(spec: string | PythonRequest, o: ResolveOptions = {}): Resolution | undefined {
    const request = typeof spec === 'string' ? parsePythonRequest(spec) : spec;
    const platform = targetPlatform(request, o.platform);
    const variant = wantedVariant(request, o.freethreaded);
    const matches = (v: Version) => versionMatches(request.version, v);
    const rows = this.rowsFor(platform, matches).filter(
      (r) =>
        r.b.variant === variant &&
        sameImplementation(request, r.b) &&
        (!o.build || r.b.build === o.build) &&
        matches(r.v),
    );
    let pool = rows;
    if (!requestAllowsPrereleases(request)) {
      const stable = rows.filter((r) => !r.v.pre);
      if (stable.length > 0 || o.allowPrereleases === false) pool = stable;
    }
    if (pool.length === 0) return undefined;
    const max = ARCH_LEVEL(platform.archVariant);
    // Rows are sorted by version then build; among equal versions prefer the level closest to the one asked.
    let best = pool[0];
    for (const r of pool) {
      if (compareVersions(r.v, best.v) !== 0) break;
      const lr = ARCH_LEVEL(r.b.platform.archVariant);
      const lb = ARCH_LEVEL(best.b.platform.archVariant);
      if ((lr > lb && lr <= max) || (lr === lb && r.b.build > best.b.build)) best = r;
    }
    const group = pool
      .filter(
        (r) =>
          r.b.version === best.b.version &&
          r.b.build === best.b.build &&
          r.b.platform.archVariant === best.b.platform.archVariant,
      )
      .map((r) => r.b);
    const chosen = chooseFlavor(group, o.flavor);
    return chosen ? { build: chosen, request, platform } : undefined;
  }

  /** Like find, but throws the error a user should see (nearest versions, available platforms). */
  resolve(spec: string | PythonRequest, o: ResolveOptions = {}): PythonBuild {
    const request = typeof spec === 'string' ? parsePythonRequest(spec) : spec;
    const found = this.find(request, o);
    if (found) return found.build;
    throw this.noMatchError(request, o);
  }

  noMatchError(request: PythonRequest, o: ResolveOptions = {}): Error {
    const platform = targetPlatform(request, o.platform);
    const pkey = `${platform.os}-${platform.arch}${platform.archVariant ? `_${platform.archVariant}` : ''}-${platform.libc}`;
    const family = this.rowsFor(platform);
    if (family.length === 0) {
      return new PlatformNotSupportedError(`No python-build-standalone builds for ${pkey}.`, {
        requested: pkey,
        available: this.platforms(),
        hint: 'Pick one of the available platforms (--platform <os>-<arch>-<libc>).',
      });
    }
    const variant = wantedVariant(request, o.freethreaded);
    const what = `${request.text}${variant && !request.text.includes(variant) ? ` (${variant})` : ''}`;
    if (o.build && !family.some((r) => r.b.build === o.build)) {
      const builds = [...new Set(family.map((r) => r.b.build))].sort().reverse();
      return new InvalidPythonVersionError(`No build of release ${o.build} for ${pkey} in the catalogue.`, {
        requested: `${request.text} @ ${o.build}`,
        available: nearestBuilds(builds, o.build),
        hint: 'Use one of the listed release tags, or a catalogue source that reads GitHub releases (--source github).',
      });
    }
    const ofImpl = family.filter((r) => implementationOf(r.b) === request.implementation);
    if (ofImpl.length === 0) return this.noImplementationError(request, pkey);
    const scope = ofImpl.filter(
      (r) =>
        r.b.variant === variant && (!o.build || r.b.build === o.build) && sameImplementation(request, r.b),
    );
    const onlyPre = this.onlyPrereleasesError(request, scope, o, `"${what}" for ${pkey}`);
    if (onlyPre) return onlyPre;
    // No build of that variant at all (e.g. debug on Windows): list what exists without it.
    const versions = nearestVersions(
      scope.length ? scope : ofImpl.filter((r) => r.b.variant === undefined),
      request,
    );
    const flavorNote =
      o.flavor === 'full' &&
      family.some((r) => r.b.variant === variant && versionMatches(request.version, r.v))
        ? ' (no full archive in this catalogue)'
        : '';
    return new InvalidPythonVersionError(
      `No Python build matches "${what}" for ${pkey}${o.build ? ` in release ${o.build}` : ''}${flavorNote}.`,
      {
        requested: request.text,
        available: versions,
        platform: pkey,
        hint:
          scope.length === 0
            ? `There are no ${variant ?? 'default'} builds for ${pkey}; default builds exist: ${versions.slice(0, 5).join(', ')}.`
            : `Nearest available: ${versions.slice(0, 5).join(', ')}.`,
      },
    );
  }

  /** Only prereleases match and they are not allowed: say so, and how to allow them. */
  private onlyPrereleasesError(
    request: PythonRequest,
    scope: Row[],
    o: ResolveOptions,
    what: string,
  ): Error | undefined {
    if (o.allowPrereleases !== false || requestAllowsPrereleases(request)) return undefined;
    const pre = [
      ...new Set(scope.filter((r) => versionMatches(request.version, r.v)).map((r) => r.b.version)),
    ];
    if (pre.length === 0) return undefined;
    return new InvalidPythonVersionError(
      `Only prereleases match ${what} (${pre.slice(0, 3).join(', ')}), and prereleases are not allowed.`,
      {
        requested: request.text,
        available: pre.slice(0, 5),
        hint: `Allow them (allow-prereleases: true), or ask for one by name (${pre[0]}${request.version.kind === 'minor' ? `, or ${request.text}-dev` : ''}).`,
      },
    );
  }

  /** No PyPy/GraalPy build at all for a platform (musl, armv7...): name the platforms that have one. */
  private noImplementationError(request: PythonRequest, pkey: string): Error {
    const where = new Set<string>();
    for (const b of this.all())
      if (implementationOf(b) === request.implementation) where.add(familyKey(b.platform));
    return new PlatformNotSupportedError(
      `No ${request.implementation} builds for ${pkey} in the catalogue.`,
      {
        requested: `${request.text} on ${pkey}`,
        available: [...where].sort(),
        hint: `${request.implementation} is published for the listed platforms only.`,
      },
    );
  }

  /** Versions available for a platform, newest first (one entry per version unless `all`). */
  list(o: ListOptions = {}): PythonBuild[] {
    const platform = targetPlatform(undefined, o.platform);
    const impl = o.implementation ?? 'cpython';
    const rows = this.rowsFor(platform).filter(
      (r) => implementationOf(r.b) === impl && (!o.build || r.b.build === o.build),
    );
    const variantWanted: BuildVariant | undefined = o.freethreaded ? 'freethreaded' : undefined;
    const out: PythonBuild[] = [];
    const seen = new Set<string>();
    for (const r of rows) {
      if (!o.all && r.b.variant !== variantWanted) continue;
      if (!o.all && r.b.platform.archVariant !== platform.archVariant) continue;
      const id = o.all ? `${r.b.key}@${r.b.build}` : r.b.version;
      if (seen.has(id)) continue;
      seen.add(id);
      const group = rows
        .filter(
          (x) =>
            x.b.key === r.b.key &&
            x.b.build === r.b.build &&
            x.b.platform.archVariant === r.b.platform.archVariant,
        )
        .map((x) => x.b);
      const chosen = chooseFlavor(group, o.flavor);
      if (chosen) out.push(chosen);
    }
    return out;
  }
}

function nearestVersions(rows: Row[], request: PythonRequest): string[] {
  const unique = new Map<string, Version>();
  for (const r of rows) if (!unique.has(r.b.version)) unique.set(r.b.version, r.v);
  const target = requestedMinor(request);
  const entries = [...unique.entries()];
  const distance = (v: Version) =>
    target ? Math.abs((v.release[0] - target[0]) * 100 + (v.release[1] ?? 0) - target[1]) : 0;
  entries.sort((a, b) => distance(a[1]) - distance(b[1]) || -compareVersions(a[1], b[1]));
  return entries.slice(0, 10).map(([t]) => t);
}

function nearestBuilds(builds: string[], wanted: string): string[] {
  const n = Number(wanted) || 0;
  return [...builds]
    .sort((a, b) => Math.abs(Number(a) - n) - Math.abs(Number(b) - n) || (a < b ? 1 : -1))
    .slice(0, 10);
}
