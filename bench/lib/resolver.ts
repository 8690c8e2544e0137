/**
 * Resolver micro-benchmark for `npm run bench`: resolves every spec form against the full bundled
 * snapshot on several platforms and reports the time per spec. The first call (decode + index) is
 * reported separately, since it happens once per process.
 */
import { parsePlatform } from '../../src/core/platform.js';
import { BuildIndex } from '../../src/core/catalog/resolve.js';
import { decodeBundle } from '../../src/core/catalog/snapshot-bundle.js';
import { bundledSnapshot } from '../../src/core/catalog/snapshot-file.js';

export const BENCH_SPECS = [
  '3',
  '3.12',
  '312',
  '3.12.5',
  '3.13.0rc1',
  '3.13t',
  '3.13d',
  '3.14+gil',
  '>=3.11,<3.13',
  '~=3.12.0',
  '==3.12.*',
  'cpython@3.12',
  'cp312',
  'latest',
  '3.x',
  'cpython-3.12.5-linux-x86_64-gnu',
];
export const BENCH_PLATFORMS = [
  'linux-x86_64-gnu',
  'linux-aarch64-musl',
  'darwin-aarch64-none',
  'windows-x86_64-none',
];

export interface ResolverBenchResult {
  builds: number;
  firstIndexMs: number;
  specs: number;
  iterations: number;
  meanMsPerSpec: number;
  maxMsPerSpec: number;
}

export function benchResolver(iterations = 20): ResolverBenchResult {
  // A fresh index over the bundled file, so the one-time decode + index cost is measured cold.
  const index = new BuildIndex(() => decodeBundle(bundledSnapshot()));
  const t0 = performance.now();
  const builds = index.size; // forces decode + index
  const firstIndexMs = performance.now() - t0;
  const platforms = BENCH_PLATFORMS.map(parsePlatform);
  let total = 0;
  let max = 0;
  let n = 0;
  for (let i = 0; i < iterations; i++) {
    for (const platform of platforms) {
      for (const spec of BENCH_SPECS) {
        const s = performance.now();
        index.find(spec, { platform });
        const d = performance.now() - s;
        total += d;
        max = Math.max(max, d);
        n++;
      }
    }
  }
  return { builds, firstIndexMs, specs: n, iterations, meanMsPerSpec: total / n, maxMsPerSpec: max };
}
