/**
 * Does a concrete CPython version satisfy a request? (uv's `VersionRequest::matches_version`.)
 * An exact `3.13.0` never matches `3.13.0rc1`: the prerelease suffix is part of the version.
 */
import type { VersionRequest } from './spec.js';
import { specifiersContain } from './specifiers.js';
import type { Version } from './version.js';

export function versionMatches(req: VersionRequest, v: Version): boolean {
  const [major = 0, minor = 0, patch = 0] = v.release;
  switch (req.kind) {
    case 'any':
      return true;
    case 'major':
      return major === req.major;
    case 'minor':
      return major === req.major && minor === req.minor;
    case 'patch':
      return major === req.major && minor === req.minor && patch === req.patch && !v.pre;
    case 'minor-pre':
      return (
        major === req.major &&
        minor === req.minor &&
        patch === 0 &&
        v.pre?.kind === req.pre.kind &&
        v.pre.n === req.pre.n
      );
    case 'patch-pre':
      return (
        major === req.major &&
        minor === req.minor &&
        patch === req.patch &&
        v.pre?.kind === req.pre.kind &&
        v.pre.n === req.pre.n
      );
    case 'range':
      return specifiersContain(req.specifiers, v);
  }
}
