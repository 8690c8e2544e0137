/**
 * PEP 440 versions, reduced to what CPython releases use: a release tuple and an optional
 * pre-release (a/b/rc), plus dev/post so specifiers like `>=3.12.0.dev0` still parse.
 * Order is numeric per component (3.14 > 3.9) and `3.13.0rc1 < 3.13.0` — never string order.
 */
export type PreKind = 'a' | 'b' | 'rc';

export interface Version {
  release: number[];
  pre?: { kind: PreKind; n: number };
  post?: number;
  dev?: number;
}

const PRE_ALIASES: Record<string, PreKind> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  rc: 'rc',
  pre: 'rc',
  preview: 'rc',
};

const VERSION_RE =
  /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|rc|c|pre|preview)[-_.]?(\d*))?(?:[-_.]?(?:post|rev|r)[-_.]?(\d*))?(?:[-_.]?dev[-_.]?(\d*))?$/i;

/** Parses `3.12.5`, `3.13.0rc1`, `3.15.0a7`, `312` (kept as one component). Undefined if not PEP 440. */
export function parseVersion(text: string): Version | undefined {
  const m = VERSION_RE.exec(text.trim());
  if (!m) return undefined;
  const v: Version = { release: m[1].split('.').map(Number) };
  if (m[2]) v.pre = { kind: PRE_ALIASES[m[2].toLowerCase()], n: Number(m[3] || 0) };
  if (m[4] !== undefined) v.post = Number(m[4] || 0);
  if (m[5] !== undefined) v.dev = Number(m[5] || 0);
  return v;
}

export function formatVersion(v: Version): string {
  let s = v.release.join('.');
  if (v.pre) s += `${v.pre.kind}${v.pre.n}`;
  if (v.post !== undefined) s += `.post${v.post}`;
  if (v.dev !== undefined) s += `.dev${v.dev}`;
  return s;
}

export function compareRelease(a: number[], b: number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

const PRE_RANK: Record<PreKind, number> = { a: 0, b: 1, rc: 2 };

/** Sort key of the pre/post/dev part, per PEP 440: X.dev < Xa < Xb < Xrc < X < X.post. */
function suffixKey(v: Version): number[] {
  // [phase, preN, post, dev]: phase 0 = dev-only release, 1..3 = a/b/rc, 4 = final
  const phase = v.pre ? 1 + PRE_RANK[v.pre.kind] : v.dev !== undefined && v.post === undefined ? 0 : 4;
  return [
    phase,
    v.pre?.n ?? 0,
    v.post === undefined ? -1 : v.post,
    v.dev === undefined ? Number.MAX_SAFE_INTEGER : v.dev,
  ];
}

/** Total PEP 440 order: negative when a < b. */
export function compareVersions(a: Version, b: Version): number {
  const r = compareRelease(a.release, b.release);
  if (r !== 0) return r;
  const ka = suffixKey(a);
  const kb = suffixKey(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
  return 0;
}

export function isPrerelease(v: Version): boolean {
  return v.pre !== undefined || v.dev !== undefined;
}

/** Compares two version strings; throws on text that is not a version. */
export function compareVersionText(a: string, b: string): number {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (!va || !vb) throw new TypeError(`Not a PEP 440 version: ${va ? b : a}`);
  return compareVersions(va, vb);
}
