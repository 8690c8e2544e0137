// Resolving a spec over the full bundled catalogue, warm and cold, and the API-call count of the
// default path (collected by the install and setup cases).
import { performance } from 'node:perf_hooks';
import { BENCH_SPECS, benchResolver } from '../lib/resolver.js';
import { createCatalog } from '../../src/core/catalog/index.js';
import { hostPlatform } from '../../src/core/platform.js';
import { SPEC, type BenchContext } from '../context.js';
import { summarize } from '../lib/stats.js';
import type { Row, Series } from '../types.js';

/** Warm resolve of each spec form against the full bundled catalogue, through the public Catalog. */
export async function resolveCase(ctx: BenchContext): Promise<Row[]> {
  ctx.log('bench: resolve');
  // The default path (source auto = bundled snapshot first). A spec the snapshot cannot answer falls
  // through to the GitHub API: pointed at the world so nothing leaves 127.0.0.1, and left out of the row.
  const catalog = createCatalog({ apiUrl: ctx.world.apiUrl });
  const t0 = performance.now();
  await catalog.resolve(SPEC);
  const first = performance.now() - t0;
  const specs: string[] = [];
  const skipped: string[] = [];
  for (const spec of BENCH_SPECS) {
    const calls = catalog.apiCalls;
    const ok = await catalog.resolve(spec).then(
      () => true,
      () => false,
    );
    if (ok && catalog.apiCalls === calls) specs.push(spec);
    else skipped.push(spec);
  }
  const warm: Series = { label: '`catalog.resolve(spec)`, warm', unit: 'ms', samples: [] };
  const rounds = ctx.o.quick ? 1 : Math.max(5, ctx.iterations);
  for (let i = 0; i < rounds; i++) {
    for (const spec of specs) {
      const s = performance.now();
      await catalog.resolve(spec);
      warm.samples.push(performance.now() - s);
    }
  }
  // What one call costs without platform detection (the caller passes the platform), and detection alone.
  const platform = hostPlatform();
  const given: number[] = [];
  const detect: number[] = [];
  for (let i = 0; i < (ctx.o.quick ? 1 : 3); i++) {
    for (const spec of specs) {
      let s = performance.now();
      await catalog.resolve(spec, { platform });
      given.push(performance.now() - s);
      s = performance.now();
      hostPlatform();
      detect.push(performance.now() - s);
    }
  }
  // Cold: a fresh index over the bundled snapshot (decode + index), what each new process pays once.
  const cold: Series = { label: 'first resolve in a process (decode + index)', unit: 'ms', samples: [first] };
  for (let i = 0; i < (ctx.o.quick ? 1 : 4); i++) cold.samples.push(benchResolver(1).firstIndexMs);
  return [
    {
      id: 'resolve-warm',
      group: 'resolve',
      case: `resolve one spec over the full catalogue (${specs.length} spec forms x ${rounds})`,
      ours: warm,
      goal: { kind: 'max', max: 5, stat: 'median', text: '<= 5 ms' },
      extra: { platformGivenMedian: summarize(given).median, hostPlatformMedian: summarize(detect).median },
      note:
        `specs: ${specs.map((x) => `\`${x}\``).join(', ')}` +
        (skipped.length
          ? `; left out (no snapshot answer on this host, would ask the API): ${skipped.map((x) => `\`${x}\``).join(', ')}`
          : ''),
    },
    {
      id: 'resolve-cold',
      group: 'resolve',
      case: 'first resolve in a process (snapshot decode + index)',
      ours: cold,
      goal: { kind: 'info', text: 'once per process' },
    },
  ];
}

export function apiRow(ctx: BenchContext): Row {
  const paths = [...ctx.api.paths];
  return {
    id: 'api-calls',
    group: 'API calls',
    case: 'GitHub API calls on the default path (per run of install/setup/action)',
    ours: { label: 'world request log (`/repos/...`)', unit: 'requests', samples: ctx.api.samples },
    goal: { kind: 'max', max: 0, stat: 'max', text: '0' },
    note: paths.length ? `seen: ${paths.slice(0, 5).join(', ')}` : undefined,
  };
}
