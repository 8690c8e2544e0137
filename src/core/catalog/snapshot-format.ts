/**
 * The bundled snapshot's compact form (written by `npm run catalog:update`, read lazily at runtime).
 * Each row is `[assetTemplate, version, build, sha256]` as indexes into one shared string table;
 * the template is the asset name with `{v}`/`{b}` holes, and everything else (platform, variant,
 * flavour, format, key, URL) is re-derived from the asset name by the same parser the GitHub source
 * uses, so the snapshot cannot disagree with it. sha256 is base64 (43 chars instead of 64).
 */
import { parseAssetName } from './asset-name.js';
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

/** Builds one PythonBuild from an asset name; undefined for names the parser rejects. */
export function buildFromAsset(
  assetName: string,
  tag: string,
  urlBase: string,
  sha256?: string,
): PythonBuild | undefined {
  const a = parseAssetName(assetName, tag);
  if (!a) return undefined;
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
    url: assetUrl(urlBase, a.build, a.assetName),
    sha256,
  };
  build.key = buildKey(build);
  return build;
}

export function encodeSnapshot(
  entries: { assetName: string; version: string; build: string; sha256?: string | null }[],
  origin: SnapshotOrigin,
  urlBase = DEFAULT_URL_BASE,
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
  return { schema: 1, origin, urlBase, count: rows.length, strings, rows };
}

export function decodeSnapshot(file: SnapshotFile): PythonBuild[] {
  const s = file.strings;
  // Parse each asset template once (with a stand-in version) and each version string once:
  // a few hundred regex runs instead of one per row keeps the first resolve of a process fast.
  const templates = new Map<number, ReturnType<typeof parseAssetName>>();
  const versions = new Map<number, [number, number, number, string | undefined]>();
  const out: PythonBuild[] = [];
  for (const [t, v, b, h] of file.rows) {
    let shape = templates.get(t);
    if (!templates.has(t)) {
      shape = parseAssetName(s[t].replace('{v}', '0.0.0').replace('{b}', '00000000'), '00000000');
      templates.set(t, shape);
    }
    if (!shape) continue;
    let parts = versions.get(v);
    if (!parts) {
      const m = /^(\d+)\.(\d+)\.(\d+)(.*)$/.exec(s[v]);
      if (!m) continue;
      parts = [Number(m[1]), Number(m[2]), Number(m[3]), m[4] || undefined];
      versions.set(v, parts);
    }
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
      url: assetUrl(file.urlBase, tag, assetName),
      sha256: h >= 0 ? b64ToHex(s[h]) : undefined,
    };
    build.key = buildKey(build);
    out.push(build);
  }
  return out;
}
