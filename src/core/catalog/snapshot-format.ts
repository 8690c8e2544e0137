/**
 * The snapshot's compact table (one per platform family in the bundled file: snapshot-bundle.ts).
 * Each row is `[assetTemplate, version, build, sha256]` as indexes into one shared string table;
 * the template is the asset name with `{v}`/`{b}` holes, and everything else (platform, variant,
 * flavour, format, key, URL) is re-derived from the asset name by the same parser the GitHub source
 * uses, so the snapshot cannot disagree with it. sha256 is base64 (43 chars instead of 64).
 */
import type { Platform } from '../platform.js';
import { parseAssetName, type ParsedAsset } from './asset-name.js';
import type { PythonBuild } from './types.js';

export interface SnapshotOrigin {
  /** Where the rows came from, e.g. uv's `crates/uv-python/download-metadata.json`. */
  source: string;
  /** sha256 of the input file, so a reviewer can tell which copy produced this snapshot. */
  sourceSha256: string;
  /** Newest PBS release tag in the data. */
  newestBuild: string;
  /** When the snapshot was written (ISO date). */
  generatedAt: string;
}

export interface SnapshotFile {
  schema: 1;
  origin: SnapshotOrigin;
  /** `<urlBase>/<build>/<asset, + as %2B>` is each row's URL. */
  urlBase: string;
  count: number;
  strings: string[];
  /** [template, version, build, sha256-or--1] */
  rows: [number, number, number, number][];
  /**
   * PyPy and GraalPy rows (not on the PBS release URLs): [uv key, full URL, own release, sha256-or--1].
   * Few (dozens), so stored whole; absent in snapshots written before they were kept.
   */
  others?: [number, number, number, number][];
}

export interface OtherEntry {
  key: string;
  url: string;
  build: string;
  sha256?: string | null;
}

export const DEFAULT_URL_BASE = 'https://github.com/astral-sh/python-build-standalone/releases/download';

export function buildKey(b: Pick<PythonBuild, 'version' | 'variant' | 'platform'>): string {
  const p = b.platform;
  const arch = p.arch + (p.archVariant ? `_${p.archVariant}` : '');
  return `cpython-${b.version}${b.variant ? `+${b.variant}` : ''}-${p.os}-${arch}-${p.libc}`;
}

export function assetUrl(urlBase: string, build: string, assetName: string): string {
  return `${urlBase}/${build}/${assetName.replace(/\+/g, '%2B')}`;
}

const hexToB64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64').replace(/=+$/, '');
const b64ToHex = (b64: string) => Buffer.from(b64, 'base64').toString('hex');

/** One PythonBuild from a parsed asset name: the one place every catalogue source builds its rows. */
export function pythonBuildOf(
  a: ParsedAsset,
  url: string,
  sha256?: string,
  source?: PythonBuild['source'],
): PythonBuild {
  const build: PythonBuild = {
    key: '',
    version: a.version,
    major: a.major,
    minor: a.minor,
    patch: a.patch,
    prerelease: a.prerelease,
    variant: a.variant,
    platform: a.platform,
    build: a.build,
    flavor: a.flavor,
    format: a.format,
    assetName: a.assetName,
    url,
    sha256,
  };
  if (source) build.source = source;
  build.key = buildKey(build);
  return build;
}

/** Builds one PythonBuild from an asset name; undefined for names the parser rejects. */
export function buildFromAsset(
  assetName: string,
  tag: string,
  urlBase: string,
  sha256?: string,
): PythonBuild | undefined {
  const a = parseAssetName(assetName, tag);
  return a && pythonBuildOf(a, assetUrl(urlBase, a.build, a.assetName), sha256);
}

export function encodeSnapshot(
  entries: { assetName: string; version: string; build: string; sha256?: string | null }[],
  origin: SnapshotOrigin,
  urlBase = DEFAULT_URL_BASE,
  otherEntries: OtherEntry[] = [],
): SnapshotFile {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const rows: SnapshotFile['rows'] = entries.map((e) => {
    const template = e.assetName
      .split(`${e.version}+${e.build}`)
      .join('{v}+{b}')
      .split(e.version)
      .join('{v}');
    return [intern(template), intern(e.version), intern(e.build), e.sha256 ? intern(hexToB64(e.sha256)) : -1];
  });
  const others: SnapshotFile['others'] = otherEntries.map((e) => [
    intern(e.key),
    intern(e.url),
    intern(e.build),
    e.sha256 ? intern(hexToB64(e.sha256)) : -1,
  ]);
  const file: SnapshotFile = { schema: 1, origin, urlBase, count: rows.length, strings, rows };
  if (others.length) {
    file.others = others;
    file.count += others.length;
  }
  return file;
}

const OTHER_KEY =
  /^(pypy|graalpy)-((\d+)\.(\d+)\.(\d+)((?:a|b|rc)\d+)?)-(linux|darwin|windows)-([a-z0-9_]+)-([a-z]+)$/;

function formatOfUrl(url: string): PythonBuild['format'] | undefined {
  const m = /\.(tar\.gz|tar\.bz2|tar\.zst|zip)$/.exec(url);
  return m ? (m[1] as PythonBuild['format']) : undefined;
}

/** One PyPy/GraalPy row from its uv key and URL; undefined when either has an unknown shape. */
export function otherBuildOf(e: OtherEntry): PythonBuild | undefined {
  const m = OTHER_KEY.exec(e.key);
  const format = formatOfUrl(e.url);
  if (!m || !format) return undefined;
  const archMatch = /^([a-z0-9_]+?)(?:_(v[234]))?$/.exec(m[8]);
  if (!archMatch) return undefined;
  const platform: Platform = { os: m[7] as Platform['os'], arch: archMatch[1], libc: m[9] };
  if (archMatch[2]) platform.archVariant = archMatch[2];
  return {
    key: e.key,
    implementation: m[1] as 'pypy' | 'graalpy',
    version: m[2],
    major: Number(m[3]),
    minor: Number(m[4]),
    patch: Number(m[5]),
    prerelease: m[6] || undefined,
    platform,
    build: e.build,
    flavor: 'install_only',
    format,
    assetName: decodeURIComponent(e.url.slice(e.url.lastIndexOf('/') + 1)),
    url: e.url,
    sha256: e.sha256 ?? undefined,
  };
}

/**
 * A snapshot opened for decoding: each asset template is parsed once (a few hundred regex runs), rows
 * are decoded into PythonBuild objects only when asked. Decoding all ~5,500 rows (and hex-converting
 * their checksums) costs tens of ms and MBs of garbage; a resolve needs one platform's few hundred.
 */
export class SnapshotReader {
  private readonly shapes = new Map<number, ParsedAsset | undefined>();
  private readonly versions = new Map<number, [number, number, number, string | undefined] | undefined>();
  private others?: PythonBuild[];

  constructor(readonly file: SnapshotFile) {}

  /** The parsed shape of a template (platform, variant, flavour, format), shared by all its rows. */
  shape(t: number): ParsedAsset | undefined {
    if (!this.shapes.has(t)) {
      const s = this.file.strings[t];
      this.shapes.set(t, parseAssetName(s.replace('{v}', '0.0.0').replace('{b}', '00000000'), '00000000'));
    }
    return this.shapes.get(t);
  }

  /**
   * Indexes of the rows whose template's shape passes `test` (and whose version text passes `version`), in
   * file order; no row is decoded, each distinct template and version is tested once.
   */
  rowsWhere(test: (shape: ParsedAsset) => boolean, version?: (text: string) => boolean): number[] {
    const passes = new Map<number, boolean>();
    const versionPasses = new Map<number, boolean>();
    const { rows, strings } = this.file;
    const out: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const [t, v] = rows[i];
      if (version) {
        let vok = versionPasses.get(v);
        if (vok === undefined) versionPasses.set(v, (vok = version(strings[v])));
        if (!vok) continue;
      }
      let ok = passes.get(t);
      if (ok === undefined) {
        const shape = this.shape(t);
        passes.set(t, (ok = shape !== undefined && test(shape)));
      }
      if (ok) out.push(i);
    }
    return out;
  }

  /**
   * The PyPy/GraalPy rows (few; decoded whole, once), or only those whose version text (from the uv key)
   * passes `version` (decoded each time: a resolve asks for one version's).
   */
  decodeOthers(version?: (text: string) => boolean): PythonBuild[] {
    const s = this.file.strings;
    const decode = (rows: [number, number, number, number][]) =>
      rows.flatMap(([k, u, b, h]) => {
        const build = otherBuildOf({
          key: s[k],
          url: s[u],
          build: s[b],
          sha256: h >= 0 ? b64ToHex(s[h]) : null,
        });
        return build ? [build] : [];
      });
    if (version) {
      return decode((this.file.others ?? []).filter(([k]) => version(OTHER_KEY.exec(s[k])?.[2] ?? '')));
    }
    this.others ??= decode(this.file.others ?? []);
    return this.others.map((b) => ({ ...b }));
  }

  /** Decodes the given rows (default: all), in the order given; rows the parser rejects are left out. */
  decode(indexes?: Iterable<number>): PythonBuild[] {
    const { strings: s, rows, urlBase } = this.file;
    const out: PythonBuild[] = [];
    const all = indexes ?? rows.keys();
    for (const i of all) {
      const [t, v, b, h] = rows[i];
      const shape = this.shape(t);
      if (!shape) continue;
      let parts = this.versions.get(v);
      if (!this.versions.has(v)) {
        const m = /^(\d+)\.(\d+)\.(\d+)(.*)$/.exec(s[v]);
        parts = m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] || undefined] : undefined;
        this.versions.set(v, parts);
      }
      if (!parts) continue;
      const version = s[v];
      const tag = s[b];
      const assetName = s[t].replace('{v}', version).replace('{b}', tag);
      const build: PythonBuild = {
        key: '',
        version,
        major: parts[0],
        minor: parts[1],
        patch: parts[2],
        prerelease: parts[3],
        variant: shape.variant,
        platform: shape.platform,
        build: tag,
        flavor: shape.flavor,
        format: shape.format,
        assetName,
        url: assetUrl(urlBase, tag, assetName),
        sha256: h >= 0 ? b64ToHex(s[h]) : undefined,
      };
      build.key = buildKey(build);
      out.push(build);
    }
    return out;
  }
}

export function decodeSnapshot(file: SnapshotFile): PythonBuild[] {
  const reader = new SnapshotReader(file);
  return [...reader.decode(), ...reader.decodeOthers()];
}
