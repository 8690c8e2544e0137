import { type Logger } from '../log.js';
import { type ListOptions, type ResolveOptions } from './resolve.js';
import type { PythonBuild } from './types.js';
export type { ListOptions, ResolveOptions } from './resolve.js';
export { BuildIndex, STRIPPED_SINCE, chooseFlavor, targetPlatform } from './resolve.js';
export { findSpecFromFiles, readSpecFile, specsFromLines, specsFromText, SPEC_FILES, type SpecFromFile, } from './spec-files.js';
export { parseAssetName, platformFromTriple, tripleOf, type ParsedAsset } from './asset-name.js';
export { snapshotIndex, snapshotOrigin } from './sources/snapshot.js';
export { archivePythonRoot } from './layout.js';
export { GitHubReleases, DEFAULT_API_URL, DEFAULT_PBS_REPO, rateLimitError } from './sources/github.js';
export { DEFAULT_NDJSON_URL, buildsFromNdjson, fetchNdjson } from './sources/ndjson.js';
export { buildsFromDownloadsJson, loadDownloadsJson } from './sources/downloads-json.js';
export type CatalogSource = 'snapshot' | 'ndjson' | 'github' | 'auto';
export interface CatalogOptions {
    /** Default `auto`: snapshot first, network only when the snapshot cannot answer. */
    source?: CatalogSource;
    /** NDJSON index URL; in `auto` mode the index is consulted only when this is set. */
    ndjsonUrl?: string;
    /**
     * A downloads file in uv's download-metadata.json format (path, file: or http(s) URL): a spec its rows
     * match is answered from them, whatever the source; `list` includes them.
     */
    downloadsJson?: string;
    /**
     * No network: a downloads file given by http(s) URL is refused rather than fetched, and (source `snapshot`)
     * a pinned release the snapshot lacks is answered from the stored GitHub response of an earlier online run
     * (under `cacheDir`), so what was installed then resolves again.
     */
    offline?: boolean;
    /** GitHub REST API root (GHES, the test world); default `GITHUB_API_URL` semantics are the caller's. */
    apiUrl?: string;
    token?: string;
    /** `owner/repo` of the PBS releases. */
    pbsRepo?: string;
    /** Directory for stored ETags + bodies of conditional requests. */
    cacheDir?: string;
    logger?: Logger;
    fetch?: typeof fetch;
    /** Releases per API page (tests use small pages to exercise pagination). */
    pageSize?: number;
}
export interface Catalog {
    /** Resolves a spec to one build; throws InvalidPythonVersionError (with nearest versions) on no match. */
    resolve(spec: string, o?: ResolveOptions): Promise<PythonBuild>;
    /** Available builds for a platform, newest first (one per version unless `all`). */
    list(o?: ListOptions): Promise<PythonBuild[]>;
    /** The source name this catalog was created with. */
    readonly source: CatalogSource;
    /** API requests made so far (0 on the snapshot path). */
    readonly apiCalls: number;
}
/** Creates a catalog. Default source `auto` (snapshot first; 0 API calls when the snapshot answers). */
export declare function createCatalog(o?: CatalogOptions): Catalog;
/** Describes the bundled snapshot (origin, date, size). */
export declare function catalogInfo(): import("./snapshot-format.js").SnapshotOrigin & {
    count: number;
};
