/**
 * The Python spec grammar, modelled on uv's `PythonRequest::parse` / `VersionRequest::from_str`
 * (crates/uv-python/src/discovery.rs), plus setup-python's `latest` and `3.x`.
 * Pure: no I/O, no catalogue; matching lives in match.ts.
 */
import { InvalidPythonVersionError } from '../errors.js';
import type { BuildVariant, Implementation } from '../catalog/types.js';
import { parseImplementationRequest } from './implementation.js';
import { parseSpecifiers, specifiersMentionPrerelease, type Specifier } from './specifiers.js';
import { formatVersion, parseVersion, type PreKind } from './version.js';

export interface Prerelease {
  kind: PreKind;
  n: number;
}

export type VersionRequest =
  | { kind: 'any' }
  | { kind: 'major'; major: number }
  | { kind: 'minor'; major: number; minor: number }
  | { kind: 'patch'; major: number; minor: number; patch: number }
  /** `3.13rc1`: a prerelease of major.minor, which CPython only ships as `.0` (3.13.0rc1). */
  | { kind: 'minor-pre'; major: number; minor: number; pre: Prerelease }
  /** `3.13.0rc1`, `3.14.5rc1`: the written patch is part of the request (exact is exact). */
  | { kind: 'patch-pre'; major: number; minor: number; patch: number; pre: Prerelease }
  | { kind: 'range'; specifiers: Specifier[] };

/** uv's `PythonVariant`: `gil` is an explicit "not free-threaded" and matches the default build. */
export type VariantRequest =
  'default' | 'gil' | 'freethreaded' | 'debug' | 'freethreaded+debug' | 'gil+debug';

/** Platform parts named by a key-form spec (`cpython-3.12-linux-aarch64-musl`). */
export interface PlatformRequest {
  os?: 'linux' | 'darwin' | 'windows';
  arch?: string;
  archVariant?: string;
  libc?: string;
}

export interface PythonRequest {
  /** The text as given (trimmed). */
  text: string;
  /** How it was written: a bare version, `cpython@...`/`cp312`, a download key, or `latest`/`any`. */
  form: 'default' | 'version' | 'implementation' | 'key';
  implementation: Implementation;
  version: VersionRequest;
  variant: VariantRequest;
  platform?: PlatformRequest;
  /** PyPy's/GraalPy's own release as a prefix (`7.3.17`, `24.1`), from setup-python's spellings. */
  release?: string;
  /** setup-python's `3.13-dev`: the newest 3.13, prereleases included. */
  prereleases?: boolean;
}

export const ACCEPTED_FORMS = [
  '3',
  '3.12',
  '312',
  '3.12.5',
  '3.13.0rc1',
  '3.13t (free-threaded)',
  '3.13d (debug)',
  '3.14+gil',
  '3.13+freethreaded',
  '>=3.11,<3.13',
  '~=3.12.0',
  '==3.12.*',
  '!=3.12.4',
  'cpython@3.12',
  'cp312',
  'cpython',
  'latest',
  '3.x',
  'cpython-3.12.5-linux-x86_64-gnu',
  '3.13-dev (newest 3.13, prereleases included)',
  'pypy',
  'pypy3.10',
  'pypy@3.10',
  'pypy-3.10-v7.3.19',
  'pypy-3.10.16-linux-x86_64-gnu',
  'graalpy',
  'graalpy@3.11',
  'graalpy-24.1 (GraalPy release)',
];

function invalid(text: string, why?: string): InvalidPythonVersionError {
  const reason = why ? `: ${why}` : '';
  return new InvalidPythonVersionError(`Invalid Python version request "${text}"${reason}.`, {
    requested: text,
    hint: `Accepted forms: ${ACCEPTED_FORMS.join(', ')}.`,
  });
}

const VARIANTS: Record<string, VariantRequest> = {
  t: 'freethreaded',
  freethreaded: 'freethreaded',
  d: 'debug',
  debug: 'debug',
  td: 'freethreaded+debug',
  'freethreaded+debug': 'freethreaded+debug',
  gil: 'gil',
  'gil+debug': 'gil+debug',
};

/** The catalogue variant a request selects (`gil` = the default build). */
export function buildVariantOf(v: VariantRequest): BuildVariant | undefined {
  if (v === 'default' || v === 'gil') return undefined;
  if (v === 'gil+debug') return 'debug';
  return v;
}

/** Splits a trailing variant (`3.13t`, `3.14+gil`, `>=3.13+freethreaded`) off the version text. */
function splitVariant(s: string): [string, VariantRequest] {
  let last = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i] >= '0' && s[i] <= '9') {
      last = i;
      break;
    }
  }
  if (last < 0 || last === s.length - 1) return [s, 'default'];
  let suffix = s.slice(last + 1);
  if (suffix.startsWith('+')) suffix = suffix.slice(1);
  const variant = VARIANTS[suffix];
  return variant ? [s.slice(0, last + 1), variant] : [s, 'default'];
}

/** uv's `VersionRequest::from_str`; undefined when the text is not a version request at all. */
export function parseVersionRequest(
  text: string,
): { version: VersionRequest; variant: VariantRequest } | undefined {
  if (/^[a-z]*$/i.test(text)) return undefined;
  const [body, variant] = splitVariant(text);
  // setup-python style wildcards: `3.x`, `3.12.x`
  const x = /^(\d+)(?:\.(\d+))?\.x$/i.exec(body);
  if (x) {
    const major = Number(x[1]);
    const version: VersionRequest =
      x[2] === undefined ? { kind: 'major', major } : { kind: 'minor', major, minor: Number(x[2]) };
    return { version, variant };
  }
  const v = /^[0-9]/.test(body) ? parseVersion(body) : undefined;
  if (!v) {
    const specifiers = parseSpecifiers(body);
    if (!specifiers) return undefined;
    // A lone `==3.12.5` is a concrete version request, as in uv's `from_specifiers`.
    if (specifiers.length === 1 && specifiers[0].op === '==' && !specifiers[0].star) {
      const concrete = parseVersionRequest(formatVersion(specifiers[0].version));
      if (concrete) return { version: concrete.version, variant };
    }
    return { version: { kind: 'range', specifiers }, variant };
  }
  if (v.post !== undefined || v.dev !== undefined) return undefined;
  let release = v.release;
  // Wheel-tag form: `312` is 3.12, `38` is 3.8 (the major is one digit).
  if (release.length === 1 && release[0] >= 10) {
    const digits = String(release[0]);
    release = [Number(digits[0]), Number(digits.slice(1))];
  }
  if (release.some((n) => n > 255)) return undefined;
  const pre = v.pre;
  const [major, minor, patch] = release;
  switch (release.length) {
    case 1:
      return pre ? undefined : { version: { kind: 'major', major }, variant };
    case 2:
      return {
        version: pre ? { kind: 'minor-pre', major, minor, pre } : { kind: 'minor', major, minor },
        variant,
      };
    case 3:
      // uv folds `3.14.0rc1` into major.minor + prerelease, which also matches a `3.14.5rc1`; a
      // written patch is kept so an exact request only ever answers that version.
      if (pre) return { version: { kind: 'patch-pre', major, minor, patch, pre }, variant };
      return { version: { kind: 'patch', major, minor, patch }, variant };
    default:
      return undefined;
  }
}

const OS_ALIASES: Record<string, PlatformRequest['os']> = {
  linux: 'linux',
  darwin: 'darwin',
  macos: 'darwin',
  windows: 'windows',
};
const ARCH_ALIASES: Record<string, string> = {
  x86_64: 'x86_64',
  amd64: 'x86_64',
  x64: 'x86_64',
  aarch64: 'aarch64',
  arm64: 'aarch64',
  armv7: 'armv7',
  armv7l: 'armv7',
  i686: 'i686',
  x86: 'i686',
  ppc64le: 'powerpc64le',
  powerpc64le: 'powerpc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  riscv64gc: 'riscv64',
};
const LIBCS = new Set(['gnu', 'musl', 'gnueabi', 'gnueabihf', 'musleabihf', 'none']);

function parseArch(token: string): { arch: string; archVariant?: string } | undefined {
  const m = /^([a-z0-9_]+?)(?:_(v[234]))?$/.exec(token);
  if (!m) return undefined;
  const arch = ARCH_ALIASES[m[1]];
  if (!arch || (m[2] && arch !== 'x86_64')) return undefined;
  return { arch, archVariant: m[2] };
}

/** uv's `PythonDownloadRequest::from_str`: `<impl>-<version>-<os>-<arch>-<libc>`, each part optional in order. */
function parseKey(text: string): Omit<PythonRequest, 'text'> | undefined {
  const tokens = text.split('-');
  if (tokens.length < 2) return undefined;
  let i = 0;
  let sawImplementation = false;
  let implementation: Implementation = 'cpython';
  if (['cpython', 'pypy', 'graalpy', 'any'].includes(tokens[i])) {
    if (tokens[i] !== 'any') implementation = tokens[i] as Implementation;
    sawImplementation = true;
    i++;
  }
  let version: VersionRequest = { kind: 'any' };
  let variant: VariantRequest = 'default';
  if (i < tokens.length) {
    const parsed = tokens[i] === 'any' ? undefined : parseVersionRequest(tokens[i]);
    if (parsed && parsed.version.kind !== 'range') {
      ({ version, variant } = parsed);
      i++;
    } else if (tokens[i] === 'any') {
      i++;
    }
  }
  const platform: PlatformRequest = {};
  if (i < tokens.length && tokens[i] !== 'any') {
    const os = OS_ALIASES[tokens[i]];
    if (os) {
      platform.os = os;
      i++;
    }
  } else if (tokens[i] === 'any') i++;
  if (i < tokens.length && tokens[i] !== 'any') {
    const arch = parseArch(tokens[i]);
    if (arch) {
      platform.arch = arch.arch;
      if (arch.archVariant) platform.archVariant = arch.archVariant;
      i++;
    }
  } else if (tokens[i] === 'any') i++;
  if (i < tokens.length && tokens[i] !== 'any') {
    if (LIBCS.has(tokens[i])) {
      platform.libc = tokens[i];
      i++;
    }
  } else if (tokens[i] === 'any') i++;
  if (i !== tokens.length) return undefined;
  if (!sawImplementation && Object.keys(platform).length === 0) return undefined;
  return {
    form: 'key',
    implementation,
    version,
    variant,
    platform: Object.keys(platform).length ? platform : undefined,
  };
}

/** `cpython@3.12`, `cpython3.12`, `cp312`, `python3.12`, `python@3.12`. */
function parseImplementationVersion(text: string): Omit<PythonRequest, 'text'> | undefined {
  for (const prefix of ['cpython', 'python', 'cp']) {
    if (!text.startsWith(prefix)) continue;
    let rest = text.slice(prefix.length);
    if (rest.length === 0) continue;
    const at = rest.startsWith('@');
    if (at) rest = rest.slice(1);
    if (at && (rest === 'latest' || rest === 'any')) {
      return {
        form: 'implementation',
        implementation: 'cpython',
        version: { kind: 'any' },
        variant: 'default',
      };
    }
    const parsed = parseVersionRequest(rest);
    if (parsed) return { form: 'implementation', implementation: 'cpython', ...parsed };
    if (at) throw invalid(text);
  }
  return undefined;
}

function checkVariant(req: PythonRequest): PythonRequest {
  if (req.implementation !== 'cpython' && req.variant !== 'default' && req.variant !== 'gil') {
    throw invalid(req.text, `${req.implementation} has no ${req.variant} builds`);
  }
  // uv: "Python <3.13 does not support free-threading" — say so instead of "no match".
  const v = req.version;
  if ((req.variant === 'freethreaded' || req.variant === 'freethreaded+debug') && 'minor' in v) {
    if (v.major < 3 || (v.major === 3 && v.minor < 13)) {
      throw invalid(req.text, `Python <3.13 does not support free-threading but ${req.text} was requested`);
    }
  }
  return req;
}

/** Parses a Python spec. Throws `InvalidPythonVersionError` (listing the accepted forms) on bad text. */
export function parsePythonRequest(input: string): PythonRequest {
  const text = input.trim();
  const lower = text.toLowerCase();
  if (lower.length === 0) throw invalid(input, 'empty');
  if (['any', 'default', 'latest', 'cpython', 'python', 'cp', 'stable'].includes(lower)) {
    return { text, form: 'default', implementation: 'cpython', version: { kind: 'any' }, variant: 'default' };
  }
  if (lower.startsWith('@')) throw invalid(text);
  const dev = /^(\d+\.\d+)-dev$/.exec(lower);
  if (dev) {
    const parsed = parseVersionRequest(dev[1]);
    if (parsed) return { text, form: 'version', implementation: 'cpython', ...parsed, prereleases: true };
  }
  const other = parseImplementationRequest(lower, parseVersionRequest);
  if (other === 'invalid') throw invalid(text);
  if (other) return checkVariant({ text, form: 'implementation', ...other });
  const version = parseVersionRequest(lower);
  if (version) return checkVariant({ text, form: 'version', implementation: 'cpython', ...version });
  const impl = parseImplementationVersion(lower);
  if (impl) return checkVariant({ text, ...impl });
  const key = parseKey(lower);
  if (key) return checkVariant({ text, ...key });
  throw invalid(text);
}

/** Whether a request opts in to prereleases by itself (uv: only when it names one). */
export function requestAllowsPrereleases(req: PythonRequest): boolean {
  if (req.prereleases) return true;
  const v = req.version;
  if (v.kind === 'minor-pre' || v.kind === 'patch-pre') return true;
  if (v.kind === 'range') return specifiersMentionPrerelease(v.specifiers);
  return false;
}

/** The requested (major, minor) when the request names one; used to rank "nearest" versions. */
export function requestedMinor(req: PythonRequest): [number, number] | undefined {
  const v = req.version;
  if ('minor' in v) return [v.major, v.minor];
  if (v.kind === 'range') {
    const s = v.specifiers.find((x) => x.op !== '!=' && x.version.release.length >= 2);
    if (s) return [s.version.release[0], s.version.release[1]];
  }
  return undefined;
}
