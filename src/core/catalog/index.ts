/**
 * The one Catalog interface over every source, fastest first:
 *   snapshot (bundled, zero network) -> NDJSON index (when configured) -> GitHub REST releases.
 * `auto` answers from the snapshot whenever it can (0 API calls); it goes to GitHub only for a
 * build pin the snapshot lacks (`releases/tags/{tag}`), `checkLatest` (`releases/latest`), or a spec
 * the snapshot cannot satisfy (`releases/latest`, then release pages until something matches).
 */
import { ConfigurationError, InvalidPythonVersionError, RateLimitError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { parsePythonRequest, type PythonRequest } from '../versions/spec.js';
import { compareVersionText } from '../versions/version.js';
import { BuildIndex, type ListOptions, type ResolveOptions } from './resolve.js';
import { GitHubReleases, DEFAULT_API_URL, DEFAULT_PBS_REPO } from './sources/github.js';
import { loadDownloadsJson } from './sources/downloads-json.js';
import { DEFAULT_NDJSON_URL, fetchNdjson } from './sources/ndjson.js';
import { snapshotIndex, snapshotOrigin } from './sources/snapshot.js';
import type { PythonBuild } from './types.js';

export type { ListOptions, ResolveOptions } from './resolve.js';
export { BuildIndex, STRIPPED_SINCE, chooseFlavor, targetPlatform } from './resolve.js';
export {
  findSpecFromFiles,
  readSpecFile,
  specsFromLines,
  specsFromText,
  SPEC_FILES,
  type SpecFromFile,
} from './spec-files.js';
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

function newer(a: PythonBuild | undefined, b: PythonBuild | undefined): PythonBuild | undefined {
  if (!a) return b;
  if (!b) return a;
  const c = compareVersionText(a.version, b.version);
  if (c !== 0) return c > 0 ? a : b;
  return b.build > a.build ? b : a;
}

class SourceCatalog implements Catalog {
  private readonly log: Logger;
  private github?: GitHubReleases;
  private ndjson?: Promise<BuildIndex>;
  private downloads?: Promise<BuildIndex | undefined>;

  constructor(
    readonly source: CatalogSource,
    private readonly o: CatalogOptions,
  ) {
    this.log = o.logger ?? silentLogger;
  }

  get apiCalls(): number {
    return this.github?.apiCalls ?? 0;
  }

  private gh(): GitHubReleases {
    if (!this.github) {
      this.github = new GitHubReleases({
        apiUrl: this.o.apiUrl ?? DEFAULT_API_URL,
        token: this.o.token,
        pbsRepo: this.o.pbsRepo ?? DEFAULT_PBS_REPO,
        cacheDir: this.o.cacheDir,
        logger: this.o.logger,
        fetch: this.o.fetch,
        pageSize: this.o.pageSize,
      });
    }
    return this.github;
  }

  private ndjsonIndex(): Promise<BuildIndex> {
    if (!this.ndjson) {
      const url = this.o.ndjsonUrl ?? DEFAULT_NDJSON_URL;
      this.ndjson = fetchNdjson(url, {
        cacheDir: this.o.cacheDir,
        fetch: this.o.fetch,
        logger: this.o.logger,
      }).then((builds) => BuildIndex.of(builds));
      this.ndjson.catch(() => (this.ndjson = undefined)); // retry on the next call
    }
    return this.ndjson;
  }

  /** The user's downloads file, read once (undefined when none is configured). */
  private downloadsIndex(): Promise<BuildIndex | undefined> {
    const location = this.o.downloadsJson;
    if (!location) return Promise.resolve(undefined);
    if (!this.downloads) {
      this.downloads = loadDownloadsJson(location, this.o).then((builds) => BuildIndex.of(builds));
      this.downloads.catch(() => (this.downloads = undefined)); // read again on the next call
    }
    return this.downloads;
  }

  async resolve(spec: string, o: ResolveOptions = {}): Promise<PythonBuild> {
    const request = parsePythonRequest(spec);
    const fromDownloads = (await this.downloadsIndex())?.find(request, o)?.build;
    if (fromDownloads) {
      this.log.debug(`resolved ${request.text} -> ${fromDownloads.key} from ${this.o.downloadsJson}`);
      return fromDownloads;
    }
    switch (this.source) {
      case 'snapshot':
        return this.resolveSnapshot(request, o);
      case 'ndjson':
        return (await this.ndjsonIndex()).resolve(request, o);
      case 'github':
        return this.resolveGitHub(request, o, undefined, true);
      case 'auto':
        return this.resolveAuto(request, o);
    }
  }

  private async resolveSnapshot(request: PythonRequest, o: ResolveOptions): Promise<PythonBuild> {
    const snap = snapshotIndex();
    if (!this.o.offline || !o.build || snap.hasBuild(o.build)) return snap.resolve(request, o);
    const stored = await this.fromStoredRelease(request, o);
    if (!stored) throw snap.noMatchError(request, o);
    return stored;
  }

  /** A pinned release as GitHub answered an earlier online run (stored under cacheDir); no request. */
  private async fromStoredRelease(
    request: PythonRequest,
    o: ResolveOptions,
  ): Promise<PythonBuild | undefined> {
    if (!o.build) return undefined;
    const found = BuildIndex.of((await this.gh().storedReleaseByTag(o.build)) ?? []).find(request, o)?.build;
    if (found)
      this.log.debug(
        `resolved ${request.text} -> ${found.key} (${found.build}) from a stored GitHub release`,
      );
    return found;
  }

  private async resolveAuto(request: PythonRequest, o: ResolveOptions): Promise<PythonBuild> {
    const snap = snapshotIndex();
    const fromSnapshot = snap.find(request, o)?.build;
    if (request.implementation !== 'cpython') {
      // PyPy/GraalPy are not on the PBS releases: the snapshot is the whole answer.
      if (fromSnapshot) return fromSnapshot;
      throw snap.noMatchError(request, o);
    }
    if (fromSnapshot && !o.checkLatest) {
      this.log.debug(
        `resolved ${request.text} -> ${fromSnapshot.key} (${fromSnapshot.build}) from the snapshot`,
      );
      return fromSnapshot;
    }
    if (this.o.ndjsonUrl) {
      try {
        const found = (await this.ndjsonIndex()).find(request, o)?.build;
        const best = newer(fromSnapshot, found);
        if (best) return best;
      } catch (e) {
        this.log.warn(`release index unavailable (${(e as Error).message}); trying GitHub releases`);
      }
    }
    if (fromSnapshot && o.build) return fromSnapshot; // a pinned release has nothing newer
    try {
      // auto never walks every release page: latest (or the pinned tag) is the one place a build
      // missing from the snapshot can be; older superseded builds need an explicit build pin.
      return await this.resolveGitHub(request, o, fromSnapshot, false);
    } catch (e) {
      if (e instanceof InvalidPythonVersionError || e instanceof RateLimitError) {
        // check-latest is best effort: a rate limit keeps the snapshot's answer.
        if (fromSnapshot && e instanceof RateLimitError) {
          this.log.warn(`${e.message} Using ${fromSnapshot.key} from the bundled snapshot.`);
          return fromSnapshot;
        }
        throw e;
      }
      // Network trouble: the snapshot's answer, the pinned release as stored by an earlier run, or the
      // snapshot's "nearest versions" error.
      this.log.warn(`could not read GitHub releases (${(e as Error).message})`);
      if (fromSnapshot) return fromSnapshot;
      const stored = await this.fromStoredRelease(request, o);
      if (stored) return stored;
      throw snap.noMatchError(request, o);
    }
  }

  /**
   * Fewest calls: a pinned build = releases/tags/{tag}; else releases/latest, then (source `github`
   * only) release pages, newest first, until something matches.
   */
  private async resolveGitHub(
    request: PythonRequest,
    o: ResolveOptions,
    known: PythonBuild | undefined,
    scanPages: boolean,
  ): Promise<PythonBuild> {
    const gh = this.gh();
    if (o.build) {
      const builds = await gh.releaseByTag(o.build);
      const index = BuildIndex.of(builds ?? []);
      const found = index.find(request, o)?.build;
      if (found) return gh.withChecksum(found);
      if (builds) throw index.noMatchError(request, o);
      // Unknown tag: let the snapshot name the releases it does know.
      throw snapshotIndex().noMatchError(request, o);
    }
    const latest = await gh.latest();
    const fromLatest = latest ? BuildIndex.of(latest.builds).find(request, o)?.build : undefined;
    if (fromLatest || known) {
      const best = newer(known, fromLatest)!;
      return best === known ? best : gh.withChecksum(best);
    }
    const seen: PythonBuild[] = latest?.builds ?? [];
    if (!scanPages) throw BuildIndex.of([...snapshotIndex().all(), ...seen]).noMatchError(request, o);
    for await (const page of gh.pages()) {
      seen.push(...page);
      const found = BuildIndex.of(seen).find(request, o)?.build;
      if (found) return gh.withChecksum(found);
    }
    if (seen.length === 0) {
      throw new ConfigurationError(
        `No python-build-standalone releases found in ${gh.owner}/${gh.repo} at ${gh.apiUrl}.`,
        {
          requested: `${gh.owner}/${gh.repo}`,
          hint: 'Check the PBS repo (PYEMBED_PBS_REPO / --pbs-repo) and the GitHub API URL (GITHUB_API_URL).',
        },
      );
    }
    // Nothing anywhere: name the nearest versions from what exists (snapshot + what GitHub listed).
    throw BuildIndex.of([...snapshotIndex().all(), ...seen]).noMatchError(request, o);
  }

  async list(o: ListOptions = {}): Promise<PythonBuild[]> {
    const downloads = await this.downloadsIndex();
    const listed = await this.listSource(o);
    return downloads ? BuildIndex.of([...downloads.all(), ...listed]).list(o) : listed;
  }

  private async listSource(o: ListOptions): Promise<PythonBuild[]> {
    switch (this.source) {
      case 'snapshot':
      case 'auto':
        if (this.source === 'snapshot' || !o.build || snapshotIndex().hasBuild(o.build))
          return snapshotIndex().list(o);
        return BuildIndex.of((await this.gh().releaseByTag(o.build)) ?? []).list(o);
      case 'ndjson':
        return (await this.ndjsonIndex()).list(o);
      case 'github': {
        if (o.build) return BuildIndex.of((await this.gh().releaseByTag(o.build)) ?? []).list(o);
        const all: PythonBuild[] = [];
        for await (const page of this.gh().pages()) all.push(...page);
        return BuildIndex.of(all).list(o);
      }
    }
  }
}

/** Creates a catalog. Default source `auto` (snapshot first; 0 API calls when the snapshot answers). */
export function createCatalog(o: CatalogOptions = {}): Catalog {
  const source = o.source ?? 'auto';
  if (!['snapshot', 'ndjson', 'github', 'auto'].includes(source)) {
    throw new TypeError(`Unknown catalog source "${source}" (snapshot, ndjson, github or auto).`);
  }
  return new SourceCatalog(source, o);
}

/** Describes the bundled snapshot (origin, date, size). */
export function catalogInfo() {
  return snapshotOrigin();
}
