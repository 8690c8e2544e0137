// The world serves its CPython fixture under a release tag no python-build-standalone release has, so the
// bundled catalogue knows no checksum for it: the world is a mirror of an "unknown" build, whose checksum
// comes from the world's own release (its GitHub stand-in) or SHA256SUMS. Under the catalogue's real tag
// the bytes would differ from the catalogue's sha256, and the trust policy refuses such a mirror.
// The fixture is built (and cached) under the catalogue's tag; only the served names change here, so
// retagging never rebuilds the ~95 MB cache.
import { catalogueRows } from './catalogue.js';
import type { PbsFixture } from './types.js';

export const WORLD_PBS_TAG = '20240108';

/** The fixture as the world serves it: same bytes, build `tag`, asset names `cpython-<v>+<tag>-...`. */
export function servedFixture(built: PbsFixture, tag = WORLD_PBS_TAG): PbsFixture {
  if (catalogueRows().some((r) => r.build === tag)) {
    throw new Error(`the bundled catalogue knows release ${tag}: pick another tag for the world's fixture`);
  }
  return {
    ...built,
    build: tag,
    archives: built.archives.map((a) => ({
      ...a,
      assetName: a.assetName.replace(`+${built.build}-`, `+${tag}-`),
    })),
  };
}
