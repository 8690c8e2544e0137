// The local test world: one HTTP server on 127.0.0.1 (random port) playing GitHub (REST releases API and
// release downloads) for python-build-standalone and uv, and PyPI (PEP 503 simple index + JSON API), with
// real bytes: a PBS-layout CPython built from the machine's own, the pinned uv, real wheels.
import { createHash } from 'node:crypto';
import { createPackageIndex } from './package-index.js';
import { buildPbsFixture } from './pbs-fixture.js';
import { PBS_TAGS } from './releases.js';
import { WorldServer } from './release-server.js';
import { servedFixture } from './served-fixture.js';
import type { World } from './types.js';
import { buildUvArchive } from './uv-archive.js';

export type {
  ArchiveFlavor,
  ArchiveFormat,
  Fault,
  PbsFixture,
  PbsFixtureArchive,
  RateLimit,
  RecordedRequest,
  ReleaseServer,
  World,
} from './types.js';
export { buildPbsFixture } from './pbs-fixture.js';
export { servedFixture, WORLD_PBS_TAG } from './served-fixture.js';
export { buildUvArchive, type UvArchive } from './uv-archive.js';
export { wheelNames, WHEEL_GROUPS } from './wheels.js';
export { repoRoot, toolsDir, cacheDir, wheelsDir, uvBin, actBin } from './paths.js';

export const DEFAULT_PBS_REPO = 'astral-sh/python-build-standalone';
export const UV_REPO = 'astral-sh/uv';
/**
 * Older astral-sh/uv releases the API lists (with their archive names and a checksum) but whose bytes the
 * world does not hold: a download gives 404, so a uv range that picks one fails clearly.
 */
export const UV_RELEASES_WITHOUT_BYTES: readonly { tag: string; publishedAt: string }[] = [
  { tag: '0.13.8', publishedAt: '2025-11-13T18:00:00Z' },
  { tag: '0.12.4', publishedAt: '2025-10-01T18:00:00Z' },
];

export interface StartWorldOptions {
  /** The repo the PBS releases are served under (default astral-sh/python-build-standalone). */
  pbsRepo?: string;
}

export async function startWorld(opts: StartWorldOptions = {}): Promise<World> {
  const pbsRepo = opts.pbsRepo ?? DEFAULT_PBS_REPO;
  const [built, uv, index] = await Promise.all([buildPbsFixture(), buildUvArchive(), createPackageIndex()]);
  const fixture = servedFixture(built);
  const server = new WorldServer();

  // PBS: catalogue releases of several eras (listed, no bytes); the real fixture bytes in a release of their
  // own, under a tag the bundled catalogue does not know (served-fixture.ts).
  for (const tag of PBS_TAGS) server.store.addCatalogueRelease(pbsRepo, tag);
  for (const a of fixture.archives) {
    server.store.putAsset(pbsRepo, fixture.build, a.assetName, {
      body: { kind: 'file', path: a.path },
      sha256: a.sha256,
    });
  }
  // uv: one release holding the real archive and its .sha256, like astral-sh/uv's.
  server.store.putAsset(UV_REPO, uv.version, uv.assetName, {
    body: { kind: 'file', path: uv.path },
    sha256: uv.sha256,
  });
  server.addAsset(UV_REPO, uv.version, `${uv.assetName}.sha256`, uv.sha256Path);
  for (const { tag, publishedAt } of UV_RELEASES_WITHOUT_BYTES) {
    server.store.ensureRelease(UV_REPO, tag, { publishedAt });
    const sha256 = createHash('sha256').update(`absent uv ${tag}`).digest('hex');
    server.store.putAsset(UV_REPO, tag, uv.assetName, { sha256, size: 19_000_000 });
  }

  server.mount(index.mount);
  const baseUrl = await server.listen();
  return {
    baseUrl,
    apiUrl: baseUrl,
    mirrorUrl: `${baseUrl}/${pbsRepo}/releases/download`,
    uvDownloadUrl: `${baseUrl}/${UV_REPO}/releases/download`,
    indexUrl: `${baseUrl}/simple/`,
    pypiJsonUrl: `${baseUrl}/pypi`,
    fixture,
    server,
    close: () => server.close(),
  };
}
