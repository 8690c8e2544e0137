// Resolving a spec over the full bundled catalogue, warm and cold, and the API-call count of the
// default path (collected by the install and setup cases).
import { performance } from 'node:perf_hooks';
import { BENCH_SPECS } from '../lib/resolver.js';
import { alternate } from '../lib/alternate.js';
import { run } from '../lib/proc.js';
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
  const [cold, viaDownloads] = await firstResolve(ctx);
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
      case: `first resolve in a process: \`pyembed resolve ${SPEC}\`, bundled catalogue vs a one-row downloads file`,
      ours: cold,
      baseline: viaDownloads,
      goal: { kind: 'info', text: 'what a default run adds to the setup rows', difference: true },
      note:
        `in this harness process the first \`catalog.resolve\` took ${first.toFixed(1)} ms; ` +
        "the setup rows resolve through the one-row downloads file (the world's CPython is not a catalogue " +
        'build), a default run through the bundled catalogue: the difference is what a default run adds to them',
    },
  ];
}

/**
 * A new process's first resolve as a user runs it, through the bundled catalogue (the default path, no
 * downloads file: 0 API calls, the snapshot answers) and through the one-row downloads file the setup rows use.
 */
function firstResolve(ctx: BenchContext): Promise<Series[]> {
  const resolveWith = (label: string, downloads: string | undefined) => ({
    label,
    run: async () =>
      (
        await run(ctx.node, [ctx.bundles.cli, 'resolve', SPEC], {
          env: ctx.pyembedEnv({ PYEMBED_PYTHON_DOWNLOADS_JSON_URL: downloads }),
        })
      ).ms,
  });
  return alternate(
    [
      resolveWith(`\`pyembed resolve ${SPEC}\`, bundled catalogue`, undefined),
      resolveWith(`\`pyembed resolve ${SPEC}\`, one-row downloads file`, ctx.uvDownloadsJson),
    ],
    { iterations: ctx.o.quick ? 1 : Math.max(10, ctx.iterations * 2), warmup: ctx.warmup, log: ctx.log },
  );
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
