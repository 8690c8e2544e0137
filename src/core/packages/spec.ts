import { InvalidPackageSpecificationError } from '../errors.js';

/**
 * PEP 508-shaped package specifications, checked before anything reaches uv's command line.
 * Accepted: `name`, `name[extra,...]`, version specifiers (`==1.2`, `>=1,<2`, `~=1.4`, `(>=1)`),
 * `name @ https://...` direct references, and `; marker` suffixes. Refused: anything starting with `-`
 * (it would be an option), control characters, bare paths, and any text outside the grammar.
 */
export interface ParsedSpec {
  /** The name as written. */
  name: string;
  /** PEP 503 normalised name (lower-case, runs of `-_.` -> `-`). */
  normalizedName: string;
  extras: string[];
  /** e.g. `>=1.0,<2`, '' when absent. */
  specifier: string;
  url?: string;
  marker?: string;
}

const NAME = String.raw`[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?`;
const VERSION = String.raw`[A-Za-z0-9_.*+!]+(?:-[A-Za-z0-9_.*+!]+)*`;
const ONE = String.raw`(?:~=|===|==|!=|<=|>=|<|>)\s*${VERSION}`;
const SPECS = String.raw`${ONE}(?:\s*,\s*${ONE})*`;
const NAME_RE = new RegExp(`^${NAME}$`);
const VERSION_RE = new RegExp(`^${VERSION}$`);
const REQ_RE = new RegExp(
  String.raw`^(${NAME})\s*(?:\[\s*(${NAME}(?:\s*,\s*${NAME})*)?\s*\])?\s*` +
    String.raw`(?:(\(\s*${SPECS}\s*\)|${SPECS})|@\s*(\S+))?\s*(?:;\s*(.+))?$`,
);
/** Marker expressions only use identifiers, quoted literals, comparison operators and parentheses. */
const MARKER_RE = /^[A-Za-z0-9_.\s'"<>=!~(),*+-]+$/;
const URL_SCHEMES =
  /^(?:https?|file|git\+https?|git\+ssh|git\+file|hg\+https?|svn\+https?|bzr\+https?):\/\//i;

export function normalizePackageName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function refuse(spec: string, why: string): never {
  throw new InvalidPackageSpecificationError(
    `Invalid package specification ${JSON.stringify(spec)}: ${why}.`,
    {
      requested: spec,
      hint: 'Use a PEP 508 requirement such as "requests", "requests==2.31.0", "pkg[extra]>=1,<2" or "pkg @ https://...".',
    },
  );
}

/** Parses and validates one requirement; throws InvalidPackageSpecificationError. */
export function parsePackageSpec(spec: string): ParsedSpec {
  if (typeof spec !== 'string') refuse(String(spec), 'not a string');
  const s = spec.trim();
  if (!s) refuse(spec, 'it is empty');
  if (s.startsWith('-')) refuse(spec, 'it starts with "-" and would be read as a command-line option');
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(s)) refuse(spec, 'it contains control characters');
  if (/(^|\s)--?[A-Za-z]/.test(s)) refuse(spec, 'it contains a command-line option');
  const m = REQ_RE.exec(s);
  if (!m) refuse(spec, 'it is not a PEP 508 requirement');
  const [, name, extras, specifier, url, marker] = m;
  if (url !== undefined && !URL_SCHEMES.test(url))
    refuse(spec, `the direct reference ${JSON.stringify(url)} is not a URL`);
  if (marker !== undefined && (!MARKER_RE.test(marker) || !/[<>=!~]|\bin\b/.test(marker))) {
    refuse(spec, `the environment marker ${JSON.stringify(marker)} is malformed`);
  }
  return {
    name,
    normalizedName: normalizePackageName(name),
    extras: extras ? extras.split(',').map((e) => e.trim()) : [],
    specifier: (specifier ?? '').replace(/^\(\s*|\s*\)$/g, '').replace(/\s+/g, ''),
    url,
    marker: marker?.trim(),
  };
}

/** Synchronous validator (the reference's ValidatePackageSpecification). */
export function isValidPackageSpec(spec: string): boolean {
  try {
    parsePackageSpec(spec);
    return true;
  } catch {
    return false;
  }
}

/** Bare distribution names (uninstall, show, downgrade). */
export function validatePackageName(name: string): string {
  if (typeof name !== 'string' || !NAME_RE.test(name.trim())) {
    throw new InvalidPackageSpecificationError(`Invalid package name ${JSON.stringify(name)}.`, {
      requested: String(name),
      hint: 'A package name is letters, digits, ".", "_" and "-", starting and ending with a letter or digit.',
    });
  }
  return name.trim();
}

/** A single version (downgrade target, metadata lookup). */
export function validateVersion(version: string): string {
  if (typeof version !== 'string' || !VERSION_RE.test(version.trim())) {
    throw new InvalidPackageSpecificationError(`Invalid version ${JSON.stringify(version)}.`, {
      requested: String(version),
      hint: 'Give one version such as 1.2.3.',
    });
  }
  return version.trim();
}

/** Extras / dependency-group names in pyproject installs. */
export function validateExtraName(kind: 'extra' | 'group', name: string): string {
  if (typeof name !== 'string' || !NAME_RE.test(name.trim())) {
    throw new InvalidPackageSpecificationError(`Invalid ${kind} name ${JSON.stringify(name)}.`, {
      requested: String(name),
      hint: `Name the ${kind} as the pyproject.toml lists it (letters, digits, ".", "_", "-").`,
    });
  }
  return name.trim();
}
