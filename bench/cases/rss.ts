// Peak resident memory of an install (child processes measured with /usr/bin/time -v).
import path from 'node:path';
import { SPEC, type BenchContext } from '../context.js';
import { actionStep, runMainStep } from '../lib/action-step.js';
import { alternate } from '../lib/alternate.js';
import { LibWorker } from '../lib/lib-client.js';
import { floorInflate } from '../lib/floor.js';
import { hasTimeBin, run } from '../lib/proc.js';
import { summarize } from '../lib/stats.js';
import { mustHavePython } from '../lib/verify.js';
import type { Row } from '../types.js';

/**
 * Peak RSS of the CLI and of the action's main step installing the largest real archive, with the Node
 * floor (streaming the same archive through Node's zlib); and of the library on the synthetic one.
 */
export async function rssCase(ctx: BenchContext): Promise<Row[]> {
  ctx.log('bench: peak RSS');
  const mb = (kb: number | undefined) => {
    if (kb === undefined) throw new Error('no RSS figure (/usr/bin/time missing?)');
    return kb / 1024;
  };
  const big = ctx.sizes[ctx.sizes.length - 1];
  const [cli, action, floor, uv, lib, idle] = await alternate(
    [
      {
        label: '`pyembed install` (CLI)',
        unit: 'MB',
        run: async () => {
          const root = await ctx.scratch.fresh('tmpfs', 'rss-cli');
          const env = ctx.pyembedEnv({ PYEMBED_ROOT: root, PYEMBED_MIRROR: ctx.world.mirrorUrl });
          const r = await run(ctx.node, [ctx.bundles.cli, 'install', SPEC, '--no-progress', '-q'], {
            env,
            rss: true,
          });
          await mustHavePython(root, 'pyembed install');
          await ctx.scratch.dropTmpfs(root);
          return mb(r.maxRssKb);
        },
      },
      {
        label: 'action main (`node dist/main.js`), fresh tool cache',
        unit: 'MB',
        run: async () => {
          const dir = await ctx.scratch.fresh('tmpfs', 'rss-action');
          const step = await actionStep(ctx, dir, {
            INPUT_CACHE: 'false',
            RUNNER_TOOL_CACHE: path.join(dir, 'tool-cache'),
            UV_CACHE_DIR: path.join(dir, 'uv-cache'),
          });
          const r = await runMainStep(ctx, step.env, { rss: true });
          await ctx.scratch.dropTmpfs(dir);
          return mb(r.maxRssKb);
        },
      },
      floorInflate(ctx, ctx.defaultArchive.url, 'MB'),
      {
        label: '`uv python install`',
        unit: 'MB',
        run: async () => {
          const dir = await ctx.scratch.fresh('tmpfs', 'rss-uv');
          const env = ctx.pyembedEnv({
            UV_PYTHON_INSTALL_DIR: path.join(dir, 'python'),
            UV_CACHE_DIR: path.join(dir, 'cache'),
            UV_PYTHON_DOWNLOADS_JSON_URL: ctx.uvDownloadsJson,
          });
          const r = await run(ctx.uv, ['python', 'install', SPEC, '--no-bin', '-q'], { env, rss: true });
          await ctx.scratch.dropTmpfs(dir);
          return mb(r.maxRssKb);
        },
      },
      {
        label: `library, ${(big.bytes / 1e6).toFixed(0)} MB synthetic archive (tsx worker)`,
        unit: 'MB',
        run: async () => {
          const root = await ctx.scratch.fresh('tmpfs', 'rss-lib');
          const w = LibWorker.start({}, ctx.node);
          try {
            await w.must({ op: 'installBuild', root, mirror: ctx.world.mirrorUrl, build: big.build });
            return (await w.must({ op: 'rss' })).maxRssKb! / 1024;
          } finally {
            await w.close();
            await ctx.scratch.dropTmpfs(root);
          }
        },
      },
      {
        label: 'same worker, idle (tsx + library loaded)',
        unit: 'MB',
        run: async () => {
          const w = LibWorker.start({}, ctx.node);
          try {
            return (await w.must({ op: 'rss' })).maxRssKb! / 1024;
          } finally {
            await w.close();
          }
        },
      },
    ],
    { iterations: ctx.o.quick ? 1 : 3, warmup: false, log: ctx.log },
  );
  if (!hasTimeBin) cli.missing = action.missing = floor.missing = uv.missing = '/usr/bin/time not found';
  // Where the CLI's memory goes: at rest, and after resolving (catalogue decoded) without installing.
  const atRest: number[] = [];
  const resolved: number[] = [];
  for (let i = 0; i < (ctx.o.quick ? 1 : 3) && hasTimeBin; i++) {
    const env = ctx.pyembedEnv();
    const r = await run(ctx.node, [ctx.bundles.cli, '--version'], { env, rss: true });
    if (r.maxRssKb) atRest.push(r.maxRssKb / 1024);
    const q = await run(ctx.node, [ctx.bundles.cli, 'resolve', SPEC], {
      env,
      rss: true,
      check: false,
    });
    if (q.maxRssKb && q.code === 0) resolved.push(q.maxRssKb / 1024);
  }
  const goal = { kind: 'max' as const, max: 80, stat: 'max' as const, text: '<= 80 MB' };
  return [
    {
      id: 'rss-cli',
      group: 'peak RSS',
      case: `peak RSS installing the largest real archive (${(ctx.defaultArchive.bytes / 1e6).toFixed(0)} MB)`,
      ours: cli,
      baseline: uv,
      floor,
      goal,
      extra: { cliIdleMB: summarize(atRest).median, cliResolveMB: summarize(resolved).median },
      note:
        `the CLI at rest (\`pyembed --version\`): ${summarize(atRest).median.toFixed(1)} MB;` +
        ` after \`pyembed resolve ${SPEC}\` (catalogue decoded): ${summarize(resolved).median.toFixed(1)} MB`,
    },
    {
      id: 'rss-action',
      group: 'peak RSS',
      case: `peak RSS of the action's main step installing the same archive (${(ctx.defaultArchive.bytes / 1e6).toFixed(0)} MB) + a venv`,
      ours: action,
      baseline: uv,
      floor,
      goal,
    },
    {
      id: 'rss-lib',
      group: 'peak RSS',
      case: `peak RSS, library installing the ${(big.bytes / 1e6).toFixed(0)} MB synthetic archive`,
      ours: lib,
      baseline: idle,
      goal: { kind: 'info', text: 'delta over idle' },
    },
  ];
}
