import path from 'node:path';
import type { PythonEmbeddedOptions } from '../config/options.js';
import type { Logger } from '../log.js';
import { createCatalog, type Catalog, type CatalogOptions } from './index.js';

/** The configuration keys a catalogue is built from. */
export type CatalogConfig = Pick<PythonEmbeddedOptions, 'root'> &
  Partial<
    Pick<
      PythonEmbeddedOptions,
      | 'offline'
      | 'catalogSource'
      | 'ndjsonUrl'
      | 'pythonDownloadsJsonUrl'
      | 'githubApiUrl'
      | 'githubToken'
      | 'pbsRepo'
    >
  >;

/**
 * The catalogue's settings from the configuration: offline = the bundled snapshot, plus GitHub answers stored
 * by earlier online runs for a pinned release; ETags under `<root>/.catalog`.
 */
export function catalogOptions(o: CatalogConfig): CatalogOptions {
  return {
    source: o.offline ? 'snapshot' : o.catalogSource,
    ndjsonUrl: o.ndjsonUrl,
    downloadsJson: o.pythonDownloadsJsonUrl,
    offline: o.offline,
    apiUrl: o.githubApiUrl,
    token: o.githubToken,
    pbsRepo: o.pbsRepo,
    cacheDir: path.join(o.root, '.catalog'),
  };
}

/** The catalogue the configuration describes: the one place a catalogue is built from options. */
export function catalogFromConfig(o: CatalogConfig, logger?: Logger): Catalog {
  return createCatalog({ ...catalogOptions(o), logger });
}
