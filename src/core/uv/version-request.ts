/**
 * What a user may ask for as the uv version (setup-uv's grammar): an exact release (`0.13.9`, `v0.13.9`,
 * `==0.13.9`), `latest`, or a range — a PEP 440 specifier set (`>=0.13,<0.14`, `~=0.13.0`) or an npm-style
 * semver range (`0.13.x`, `^0.13.0`). Parsing is pure and done before any work; only `latest` and ranges
 * need the releases list (uv/releases.ts).
 */
import { ConfigurationError } from '../errors.js';
import { parseSpecifiers, specifiersContain, specifiersMentionPrerelease } from '../versions/specifiers.js';
import { isPrerelease, parseVersion } from '../versions/version.js';
import { DEFAULT_UV_VERSION } from './triple.js';

export type UvVersionRequest =
  | { kind: 'exact'; version: string; text: string }
  | { kind: 'latest'; text: string }
  | {
      kind: 'range';
      text: string;
      /** Whether a release version satisfies the range (prereleases only when the range names one). */
      contains: (version: string) => boolean;
    };

const EXACT_RE = /^(?:==|v)?\s*(\d+\.\d+\.\d+(?:[-.]?[A-Za-z0-9.]+)?)$/;

/** Parses a uv version request; undefined when the text is none of the accepted forms. */
export function tryParseUvVersionRequest(raw: string): UvVersionRequest | undefined {
  const text = raw.trim();
  if (text.toLowerCase() === 'latest') return { kind: 'latest', text: 'latest' };
  const exact = EXACT_RE.exec(text);
  if (exact) return { kind: 'exact', version: exact[1], text };
  const pep =
    /^(===|==|!=|<=|>=|~=|<|>)/.test(text) && !/\s[<>=!~]/.test(text) ? text : npmRangeAsPep440(text);
  const specifiers = pep === undefined ? undefined : parseSpecifiers(pep);
  if (!specifiers) return undefined;
  const withPre = specifiersMentionPrerelease(specifiers);
  return {
    kind: 'range',
    text,
    contains: (v) => {
      const parsed = parseVersion(v);
      return !!parsed && (withPre || !isPrerelease(parsed)) && specifiersContain(specifiers, parsed);
    },
  };
}

const NUM = String.raw`(\d+)`;
const WILD = String.raw`(?:\.[xX*])?`;

/**
 * setup-uv also takes npm-style ranges; the common forms are written as PEP 440 specifiers: `0.13.x` /
 * `0.13.*` / `0.13` (`==0.13.*`), `0.x` (`==0.*`), `^0.13.2` (`>=0.13.2,<0.14.0`: caret keeps the leftmost
 * non-zero part), `~0.13.2` (`>=0.13.2,<0.14.0`), and space-separated comparators (`>=0.4.25 <0.5`).
 * Undefined for anything else (`||` alternatives included).
 */
function npmRangeAsPep440(text: string): string | undefined {
  let m = new RegExp(`^${NUM}\\.${NUM}${WILD}$`).exec(text);
  if (m) return `==${m[1]}.${m[2]}.*`;
  m = new RegExp(`^${NUM}\\.[xX*]$`).exec(text);
  if (m) return `==${m[1]}.*`;
  m = new RegExp(`^([~^])${NUM}\\.${NUM}(?:\\.${NUM})?$`).exec(text);
  if (m) {
    const [major, minor, patch] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
    const low = `>=${major}.${minor}.${patch}`;
    if (m[1] === '~' || (major === 0 && minor > 0)) return `${low},<${major}.${minor + 1}.0`;
    return major > 0 ? `${low},<${major + 1}.0.0` : `${low},<0.0.${patch + 1}`;
  }
  const parts = text.split(/\s+/);
  if (parts.length > 1 && parts.every((p) => /^(<=|>=|<|>|==?)\d/.test(p)))
    return parts.map((p) => p.replace(/^=(?=\d)/, '==')).join(',');
  return undefined;
}

/** Parses a uv version request, or throws a ConfigurationError naming where it came from. */
export function parseUvVersionRequest(raw: string, source = 'uvVersion'): UvVersionRequest {
  const parsed = tryParseUvVersionRequest(raw);
  if (parsed) return parsed;
  throw new ConfigurationError(
    `uv version ${JSON.stringify(raw)} (${source}) is not an exact version, "latest" or a version range.`,
    {
      key: 'uvVersion',
      source,
      requested: raw,
      hint: `Use an exact release (${DEFAULT_UV_VERSION}), "latest", or a range such as ">=0.13,<0.14" or "0.13.x".`,
    },
  );
}

/** The request as an exact version when it needs no releases list: an exact one, or the pinned uv in range. */
export function exactWithoutLookup(req: UvVersionRequest, preferPinned: boolean): string | undefined {
  if (req.kind === 'exact') return req.version;
  if (preferPinned && req.kind === 'range' && req.contains(DEFAULT_UV_VERSION)) return DEFAULT_UV_VERSION;
  return undefined;
}

/** The exact version a request (default: the pinned uv) pins, or undefined for `latest` and ranges. */
export function pinnedUvVersion(request: string | undefined): string | undefined {
  const parsed = tryParseUvVersionRequest(request ?? DEFAULT_UV_VERSION);
  return parsed?.kind === 'exact' ? parsed.version : undefined;
}
