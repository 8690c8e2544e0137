import type { PythonEmbeddedOptions } from '../config/options.js';
import type { Logger } from '../log.js';
import { type Catalog, type CatalogOptions } from './index.js';
/** The configuration keys a catalogue is built from. */
export type CatalogConfig = Pick<PythonEmbeddedOptions, 'root'> & Partial<Pick<PythonEmbeddedOptions, 'offline' | 'catalogSource' | 'ndjsonUrl' | 'pythonDownloadsJsonUrl' | 'githubApiUrl' | 'githubToken' | 'pbsRepo'>>;
/**
 * The catalogue's settings from the configuration: offline = the bundled snapshot, plus GitHub answers stored
 * by earlier online runs for a pinned release; ETags under `<root>/.catalog`.
 */
export declare function catalogOptions(o: CatalogConfig): CatalogOptions;
/** The catalogue the configuration describes: the one place a catalogue is built from options. */
export declare function catalogFromConfig(o: CatalogConfig, logger?: Logger): Catalog;
