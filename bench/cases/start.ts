// Action start: Node loading dist/main.js to its first log line, against `node -e 0`.
import { statSync } from 'node:fs';
import path from 'node:path';
import { SPEC, type BenchContext } from '../context.js';
import { alternate } from '../lib/alternate.js';
import { run, timeToFirstOutput } from '../lib/proc.js';
import { floorPrint } from '../lib/floor.js';
import { summarize } from '../lib/stats.js';
import type { Row } from '../types.js';

export async function actionStartCase(ctx: BenchContext): Promise<Row[]> {
  ctx.log('bench: action start');
  const [main, node, cliVersion, floor] = await alternate(
    [
      {
        label: '`node dist/main.js` to first log line',
        run: async () => {
          const dir = await ctx.scratch.fresh('tmpfs', 'start');
          const env = ctx.pyembedEnv({
            'INPUT_PYTHON-VERSION': SPEC,
            INPUT_MIRROR: ctx.world.mirrorUrl,
            INPUT_CACHE: 'false',
            RUNNER_TOOL_CACHE: path.join(dir, 'tc'),
            RUNNER_TEMP: path.join(dir, 'tmp'),
            GITHUB_WORKSPACE: dir,
            // an empty compile cache per run: a GitHub-hosted runner's first use
            RUNNER_ENVIRONMENT: 'github-hosted',
            NODE_COMPILE_CACHE: path.join(dir, 'node-compile-cache'),
          });
          return timeToFirstOutput(ctx.node, [ctx.bundles.main], { env });
        },
      },
      { label: '`node -e 0`', run: async () => (await run(ctx.node, ['-e', '0'])).ms },
      {
        label: '`pyembed --version`',
        run: async () => (await run(ctx.node, [ctx.bundles.cli, '--version'], { env: ctx.pyembedEnv() })).ms,
      },
      floorPrint(ctx),
    ],
    { iterations: ctx.o.quick ? 1 : Math.max(10, ctx.iterations * 2), warmup: ctx.warmup, log: ctx.log },
  );
  return [
    {
      id: 'action-start',
      group: 'action start',
      case: 'action start (node loads dist/main.js to first log)',
      ours: main,
      baseline: node,
      floor,
      // issue #15: the action to its first log line at most +40 ms over `node -e 0`
      goal: { kind: 'overhead', maxMs: 40, text: 'overhead <= 40 ms' },
      extra: {
        bundleBytes: statSync(ctx.bundles.main).size,
        cliVersionMedian: summarize(cliVersion.samples).median,
      },
      note:
        `dist/main.js: ${(statSync(ctx.bundles.main).size / 1e6).toFixed(2)} MB` +
        (ctx.bundles.composition.main ? ` (biggest parts: ${ctx.bundles.composition.main})` : '') +
        `; the CLI, ${(statSync(ctx.bundles.cli).size / 1e6).toFixed(2)} MB` +
        (ctx.bundles.composition.cli ? ` (${ctx.bundles.composition.cli})` : '') +
        `, answers \`pyembed --version\` in ${summarize(cliVersion.samples).median.toFixed(0)} ms (median)`,
    },
    {
      id: 'cli-start',
      group: 'action start',
      case: 'CLI start (`pyembed --version` to exit)',
      ours: cliVersion,
      baseline: node,
      floor,
      // issue #15: at most +25 ms over `node -e 0`
      goal: { kind: 'overhead', maxMs: 25, text: 'overhead <= 25 ms' },
      extra: { bundleBytes: statSync(ctx.bundles.cli).size },
    },
  ];
}
