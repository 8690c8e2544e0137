import { type Logger } from '../../log.js';
import type { PythonBuild } from '../types.js';
/** The rows of a downloads file's text; a row that cannot be installed is logged and left out. */
export declare function buildsFromDownloadsJson(text: string, location: string, logger?: Logger): PythonBuild[];
/** Reads the file (a path, a file: URL or an http(s) URL) and returns its rows. */
export declare function loadDownloadsJson(location: string, o?: {
    offline?: boolean;
    fetch?: typeof fetch;
    logger?: Logger;
}): Promise<PythonBuild[]>;
