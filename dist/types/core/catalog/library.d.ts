/**
 * PythonEmbedded.Net-style helpers, thin over a default catalog (snapshot first, 0 API calls).
 * Pass `catalog` to use another source (e.g. `createCatalog({ source: 'github' })`).
 */
import { type Catalog } from './index.js';
import type { ListOptions, ResolveOptions } from './resolve.js';
import type { PythonBuild } from './types.js';
/** The newest build matching a spec (`3.12`, `>=3.11,<3.13`, `3.13t`, ...) for the host or `o.platform`. */
export declare function findBestMatchingVersion(spec: string, o?: ResolveOptions & {
    catalog?: Catalog;
}): Promise<PythonBuild>;
/** The newest stable CPython build (`latest`). */
export declare function getLatestPythonVersion(o?: ResolveOptions & {
    catalog?: Catalog;
}): Promise<PythonBuild>;
/** Versions available (newest first); `build` pins one PBS release. */
export declare function listAvailableVersions(build?: string, o?: ListOptions & {
    catalog?: Catalog;
}): Promise<PythonBuild[]>;
