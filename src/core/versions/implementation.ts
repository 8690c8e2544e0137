/**
 * PyPy and GraalPy requests: uv's grammar (`pypy`, `pypy3`, `pypy@3.10`, `pypy3.10`, `pp310`,
 * `graalpy@3.11`, `gp311`) plus setup-python's spellings (`pypy-3.10`, `pypy3.10-v7.3.17`,
 * `pypy3.10-v7.3.x`, `graalpy-24.1`). setup-python's `-vX.Y.Z` names PyPy's own release, and a
 * `graalpy-<major>=20>...` names GraalPy's own release (24.1), not a Python version.
 * Pure: the caller passes its version parser (spec.ts), so there is no import cycle.
 */
import type { Implementation } from '../catalog/types.js';
import type { VariantRequest, VersionRequest } from './spec.js';

export interface ImplementationRequest {
  implementation: Exclude<Implementation, 'cpython'>;
  version: VersionRequest;
  variant: VariantRequest;
  /** The implementation's own release, as a prefix: `7.3.17`, `7.3` (from `7.3.x`), `24.1`. */
  release?: string;
}

type VersionParser = (text: string) => { version: VersionRequest; variant: VariantRequest } | undefined;

const NAMES: [string, ImplementationRequest['implementation']][] = [
  ['graalpy', 'graalpy'],
  ['pypy', 'pypy'],
  ['pp', 'pypy'],
  ['gp', 'graalpy'],
];

/** GraalPy's own release numbers: `graalpy-24.1` is GraalPy 24.1; `graalpy3.11`, `gp311` are Python. */
const isGraalPyRelease = (text: string) => /^(?:[2-9]\d)(?:\.|$)/.test(text);

const RELEASE = String.raw`\d+(?:\.\d+)*(?:\.x)?`;

/** `7.3.x` -> `7.3`: a release prefix. */
const releasePrefix = (text: string) => text.replace(/\.x$/i, '');

/** Does a catalogue row's own release (`7.3.19`) match a requested prefix (`7.3`, `7.3.19`)? */
export function releaseMatches(build: string, prefix: string | undefined): boolean {
  return !prefix || build === prefix || build.startsWith(`${prefix}.`);
}

/**
 * Parses a lower-cased request naming PyPy or GraalPy; undefined when it names neither; `'invalid'`
 * when it names one but the rest is not a version.
 */
export function parseImplementationRequest(
  lower: string,
  parseVersion: VersionParser,
): ImplementationRequest | 'invalid' | undefined {
  const name = NAMES.find(
    ([n]) => lower === n || lower.startsWith(`${n}@`) || new RegExp(`^${n}-?\\d`).test(lower),
  );
  if (!name) return undefined;
  const [prefix, implementation] = name;
  let rest = lower.slice(prefix.length);
  const any: ImplementationRequest = { implementation, version: { kind: 'any' }, variant: 'default' };
  if (rest === '' || rest === '@latest' || rest === '@any') return any;
  if (rest.startsWith('@')) {
    const parsed = parseVersion(rest.slice(1));
    return parsed ? { implementation, ...parsed } : 'invalid'; // uv takes `pypy@>=3.10` too
  }
  if (rest.startsWith('-')) rest = rest.slice(1);
  const m = new RegExp(`^(${RELEASE})(?:-v(${RELEASE}))?$`).exec(rest);
  if (!m) return undefined; // maybe a download key: `pypy-3.10.16-linux-x86_64-gnu`
  if (implementation === 'graalpy' && isGraalPyRelease(m[1])) {
    return m[2] ? 'invalid' : { ...any, release: releasePrefix(m[1]) };
  }
  if (m[2] && implementation !== 'pypy') return 'invalid';
  const parsed = parseVersion(m[1]);
  if (!parsed || parsed.version.kind === 'range') return 'invalid';
  return { implementation, ...parsed, ...(m[2] ? { release: releasePrefix(m[2]) } : {}) };
}
