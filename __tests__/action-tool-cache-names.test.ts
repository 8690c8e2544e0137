// The tool cache's names for every implementation, as setup-python files them, and the version output's
// spelling, over real catalogue rows.
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../src/core/catalog/index.js';
import { toolCacheName, toolCacheVersion } from '../src/action/tool-cache.js';
import { versionLabel } from '../src/core/instances/naming.js';
import { parsePlatform } from '../src/core/platform.js';

const catalog = createCatalog({ source: 'snapshot' });
const linux = parsePlatform('linux-x86_64-gnu');

describe('tool-cache names and version labels', () => {
  it.each([
    ['3.12.5', 'Python', '3.12.5', '3.12.5'],
    ['3.14.0rc2', 'Python', '3.14.0-rc2', '3.14.0rc2'],
    ['pypy@3.10.16', 'PyPy', '3.10.16', 'pypy3.10.16'],
    ['graalpy@3.11', 'GraalPy', '24.2.2', 'graalpy24.2.2'],
  ])('%s is filed as %s/%s and reported as %s', async (spec, name, version, label) => {
    const build = await catalog.resolve(spec, { platform: linux });
    expect(toolCacheName(build)).toBe(name);
    expect(toolCacheVersion(build)).toBe(version);
    expect(versionLabel(build)).toBe(label);
  });
});
