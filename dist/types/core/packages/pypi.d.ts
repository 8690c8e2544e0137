import type { PyPIPackageInfo, PyPISearchResult } from './types.js';
export declare const DEFAULT_PYPI_JSON_URL = "https://pypi.org/pypi";
export declare const DEFAULT_SIMPLE_INDEX_URL = "https://pypi.org/simple/";
export interface PyPIOptions {
    /** JSON API root: `<jsonUrl>/<name>/json`, `<jsonUrl>/<name>/<version>/json`. */
    jsonUrl?: string;
    /** PEP 503/691 simple index whose root page lists every project (used by search). */
    simpleUrl?: string;
    fetch?: typeof fetch;
    signal?: AbortSignal;
    timeoutMs?: number;
}
/** Package metadata from the PyPI JSON API; `undefined` when the project (or that version) does not exist. */
export declare function getPackageMetadata(name: string, version: string | undefined, o?: PyPIOptions): Promise<PyPIPackageInfo | undefined>;
/**
 * Searches project names. PyPI has no search API, so: the index's project list (PEP 691 JSON, or the PEP 503
 * HTML root page) filtered by every word of the query, ranked exact > prefix > substring, then the JSON API
 * for version and summary of the best `limit` hits. An exact name is always looked up even if the list fails.
 */
export declare function searchPyPI(query: string, o?: PyPIOptions & {
    limit?: number;
}): Promise<PyPISearchResult[]>;
/** Every project name of a simple index (root page). */
export declare function listProjects(o?: PyPIOptions): Promise<string[]>;
/** PEP 440 order for release lists (release numbers, then dev < a < b < rc < final < post). */
export declare function comparePep440(a: string, b: string): number;
