/**
 * The three catalogue questions of the public API, with ONE contract wherever they appear (these
 * functions and the same-named `PythonManager` methods): they answer with `PythonBuild`s and throw typed
 * errors, never `undefined`:
 *  - `InvalidPythonVersionError`: the spec cannot be parsed, or no build matches it (the error lists the
 *    nearest versions that exist);
 *  - `PlatformNotSupportedError`: the catalogue has no builds at all for the platform;
 *  - `DownloadError` / `RateLimitError`: a live source (`github`, `ndjson`) could not be read.
 * They use a default catalogue (the bundled snapshot: no network) unless `o.catalog` names another, e.g.
 * `createCatalog({ source: 'github' })`.
 */
import { type Catalog } from './index.js';
import type { ListOptions, ResolveOptions } from './resolve.js';
import type { PythonBuild } from './types.js';
/**
 * The newest build matching a spec (`3.12`, `>=3.11,<3.13`, `3.13t`, ...) for the host or `o.platform`.
 * @throws InvalidPythonVersionError when the spec is malformed or nothing matches it.
 */
export declare function findBestMatchingVersion(spec: string, o?: ResolveOptions & {
    catalog?: Catalog;
}): Promise<PythonBuild>;
/**
 * The newest stable CPython build (`latest`) for the host or `o.platform`.
 * @throws PlatformNotSupportedError when the catalogue has no build for the platform.
 */
export declare function getLatestPythonVersion(o?: ResolveOptions & {
    catalog?: Catalog;
}): Promise<PythonBuild>;
/**
 * The builds available, newest first: one per version (its default variant) unless `o.all`; `build` pins
 * one PBS release. Empty when nothing exists for the platform or release; a source that cannot be read throws.
 */
export declare function listAvailableVersions(build?: string, o?: ListOptions & {
    catalog?: Catalog;
}): Promise<PythonBuild[]>;
