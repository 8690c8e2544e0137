/**
 * The NDJSON release index in astral-sh/versions' format (`v1/python-build-standalone.ndjson`):
 * one JSON object per line, `{version, date, artifacts: [{platform, variant, url, archive_format, sha256}]}`.
 * Rows are derived from each artifact's URL with the same asset-name parser as every other source,
 * so the line's own `version` may be a release tag or a Python version — both work.
 */
import { type Logger } from '../../log.js';
import type { PythonBuild } from '../types.js';
export declare const DEFAULT_NDJSON_URL = "https://raw.githubusercontent.com/astral-sh/versions/main/v1/python-build-standalone.ndjson";
export declare function buildsFromNdjson(text: string): PythonBuild[];
/** Fetches the index (conditionally, reusing a stored copy on 304). */
export declare function fetchNdjson(url: string, o?: {
    cacheDir?: string;
    fetch?: typeof fetch;
    logger?: Logger;
}): Promise<PythonBuild[]>;
