/**
 * PythonEmbedded.Net-style helpers, thin over a default catalog (snapshot first, 0 API calls).
 * Pass `catalog` to use another source (e.g. `createCatalog({ source: 'github' })`).
 */
import { createCatalog, type Catalog } from './index.js';
import type { ListOptions, ResolveOptions } from './resolve.js';
import type { PythonBuild } from './types.js';

let defaultCatalog: Catalog | undefined;

function catalogOf(o?: { catalog?: Catalog }): Catalog {
  if (o?.catalog) return o.catalog;
  defaultCatalog ??= createCatalog();
  return defaultCatalog;
}

/** The newest build matching a spec (`3.12`, `>=3.11,<3.13`, `3.13t`, ...) for the host or `o.platform`. */
export function findBestMatchingVersion(
  spec: string,
  o?: ResolveOptions & { catalog?: Catalog },
): Promise<PythonBuild> {
  return catalogOf(o).resolve(spec, o);
}

/** The newest stable CPython build (`latest`). */
export function getLatestPythonVersion(o?: ResolveOptions & { catalog?: Catalog }): Promise<PythonBuild> {
  return catalogOf(o).resolve('latest', o);
}

/** Versions available (newest first); `build` pins one PBS release. */
export function listAvailableVersions(
  build?: string,
  o?: ListOptions & { catalog?: Catalog },
): Promise<PythonBuild[]> {
  return catalogOf(o).list({ ...o, build: build ?? o?.build });
}
