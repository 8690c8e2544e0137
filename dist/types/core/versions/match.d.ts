/**
 * Does a concrete CPython version satisfy a request? (uv's `VersionRequest::matches_version`.)
 * An exact `3.13.0` never matches `3.13.0rc1`: the prerelease suffix is part of the version.
 */
import type { VersionRequest } from './spec.js';
import type { Version } from './version.js';
export declare function versionMatches(req: VersionRequest, v: Version): boolean;
