// The test world's CPython is served in a release the bundled catalogue does not know (test-world/served-fixture.ts):
// library tests reach it through the world's releases API with that release pinned by default.
import { createCatalog, type Catalog } from '../../src/core/catalog/index.js';
import type { World } from '../../test-world/index.js';

/** A catalogue over the world's API that pins the world's release unless a call names another build. */
export function worldCatalog(world: Pick<World, 'apiUrl' | 'fixture'>): Catalog {
  const inner = createCatalog({ apiUrl: world.apiUrl });
  return {
    source: inner.source,
    get apiCalls() {
      return inner.apiCalls;
    },
    resolve: (spec, o) => inner.resolve(spec, { ...o, build: o?.build ?? world.fixture.build }),
    list: (o) => inner.list({ ...o, build: o?.build ?? world.fixture.build }),
  };
}

/** The same for setup options: the configuration keys that select the world's release. */
export function worldCatalogOptions(world: Pick<World, 'apiUrl' | 'fixture'>) {
  return { catalogSource: 'auto' as const, githubApiUrl: world.apiUrl, build: world.fixture.build };
}
