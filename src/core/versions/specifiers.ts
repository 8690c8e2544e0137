/**
 * PEP 440 version specifiers (`>=3.11,<3.13`, `~=3.12.0`, `==3.12.*`, `!=3.12.4`), the form used by
 * ranges in a spec and by `requires-python`. Prerelease filtering is the caller's job (see match.ts),
 * except for the `<V` rule that PEP 440 builds into the operator itself.
 */
import { compareRelease, compareVersions, parseVersion, type Version } from './version.js';

export type Operator = '==' | '!=' | '<=' | '>=' | '<' | '>' | '~=' | '===';

export interface Specifier {
  op: Operator;
  /** The version operand; for `==3.12.*` / `!=3.12.*` it is `3.12` with `star` set. */
  version: Version;
  star: boolean;
  text: string;
}

const SPEC_RE = /^(===|==|!=|<=|>=|~=|<|>)\s*([^\s,]+)$/;

/** Parses one comma-separated specifier set; undefined when any clause is not valid PEP 440. */
export function parseSpecifiers(text: string): Specifier[] | undefined {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return undefined;
  const out: Specifier[] = [];
  for (const part of parts) {
    const m = SPEC_RE.exec(part);
    if (!m) return undefined;
    const op = m[1] as Operator;
    let operand = m[2];
    const star = operand.endsWith('.*');
    if (star) {
      if (op !== '==' && op !== '!=') return undefined;
      operand = operand.slice(0, -2);
    }
    const version = parseVersion(operand);
    if (!version) return undefined;
    if (op === '~=' && version.release.length < 2) return undefined;
    out.push({ op, version, star, text: `${op}${m[2]}` });
  }
  return out;
}

function prefixMatch(candidate: Version, prefix: Version): boolean {
  const want = prefix.release;
  const have = candidate.release;
  for (let i = 0; i < want.length; i++) if ((have[i] ?? 0) !== want[i]) return false;
  return true;
}

export function specifierContains(s: Specifier, v: Version): boolean {
  const c = compareVersions(v, s.version);
  switch (s.op) {
    case '==':
      return s.star ? prefixMatch(v, s.version) : c === 0;
    case '!=':
      return s.star ? !prefixMatch(v, s.version) : c !== 0;
    case '===':
      return c === 0;
    case '<=':
      return c <= 0;
    case '>=':
      return c >= 0;
    case '<':
      // PEP 440: `<3.13` must not admit 3.13.0rc1 unless the operand itself is a prerelease.
      if (c >= 0) return false;
      if (!s.version.pre && v.pre && compareRelease(v.release, s.version.release) === 0) return false;
      return true;
    case '>':
      if (c <= 0) return false;
      // `>3.12` must not admit 3.12.post1 (post releases of the operand).
      if (
        s.version.post === undefined &&
        v.post !== undefined &&
        compareRelease(v.release, s.version.release) === 0
      )
        return false;
      return true;
    case '~=': {
      if (c < 0) return false;
      const prefix: Version = { release: s.version.release.slice(0, -1) };
      return prefixMatch(v, prefix);
    }
  }
}

export function specifiersContain(specs: Specifier[], v: Version): boolean {
  return specs.every((s) => specifierContains(s, v));
}

/** Whether any operand names a prerelease (`>=3.14.0a1`): then prereleases are wanted, as in PEP 440. */
export function specifiersMentionPrerelease(specs: Specifier[]): boolean {
  return specs.some((s) => s.version.pre !== undefined || s.version.dev !== undefined);
}
