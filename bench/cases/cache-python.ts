// `cache-python`: a fresh runner (empty tool cache) whose Python comes back from the Actions cache, against
// the same runner downloading and installing the same archive from the mirror. Both are the action's main step
// (`node dist/main.js`, `venv: false`, uv already in a shared tools dir), timed whole; the Actions cache is a
// v1 cache service on 127.0.0.1 (bench/lib/cache-server.ts), seeded once by a main + post step pair.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BenchContext } from '../context.js';
import { actionStep, runMainStep } from '../lib/action-step.js';
import { alternate, type Variant } from '../lib/alternate.js';
import { startCacheServer, type CacheServer } from '../lib/cache-server.js';
import { run } from '../lib/proc.js';
import { summarize } from '../lib/stats.js';
import type { Row } from '../types.js';

interface Shared {
  server: CacheServer;
  toolsDir: string;
  /**
   * Every job's RUNNER_TOOL_CACHE, emptied before each (as on a fresh hosted runner: always the same path).
   * The same path matters: @actions/cache keys an entry's version on the paths it holds.
   */
  toolCache: string;
}

/** `name<<DELIM\nvalue\nDELIM` blocks, as @actions/core writes GITHUB_OUTPUT and GITHUB_STATE. */
function keyValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3];
  return out;
}

/** A fresh runner: an empty tool cache, its own temp dir, workspace and runner files. */
async function freshRunner(ctx: BenchContext, sh: Shared, label: string, cachePython: boolean) {
  const dir = await ctx.scratch.fresh('disk', label);
  // moved aside, not deleted: ext4 creates files slower right after an rm -rf of a similar tree
  await fs.rename(sh.toolCache, path.join(dir, 'previous-toolcache')).catch(() => undefined);
  const { env, file } = await actionStep(ctx, dir, {
    'INPUT_CACHE-PYTHON': String(cachePython),
    INPUT_VENV: 'false',
    'INPUT_UPDATE-ENVIRONMENT': 'true',
    RUNNER_TOOL_CACHE: sh.toolCache,
    PYEMBED_TOOLS_DIR: sh.toolsDir,
    UV_CACHE_DIR: path.join(dir, 'uv-cache'),
    GITHUB_EVENT_NAME: 'push',
    ACTIONS_CACHE_URL: sh.server.url,
    ACTIONS_RUNTIME_TOKEN: 'bench',
  });
  return { env, outputs: async () => keyValues(await fs.readFile(file('output'), 'utf8')) };
}

/** One job that downloads Python and whose post step saves it: the Actions cache the measured runs restore. */
async function seed(ctx: BenchContext, sh: Shared): Promise<void> {
  const job = await freshRunner(ctx, sh, 'cache-python-seed', true);
  await runMainStep(ctx, job.env);
  const state = keyValues(await fs.readFile(job.env.GITHUB_STATE!, 'utf8'));
  const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
  const post = await run(ctx.node, [ctx.bundles.post], { env: { ...job.env, ...stateEnv }, check: false });
  if (!/Python cache saved as /.test(post.stdout))
    throw new Error(
      `the post step saved no Python cache: ${post.stdout.trim().split('\n').slice(-3).join(' ')}`,
    );
}

const pbsDownloads = (ctx: BenchContext) =>
  ctx.world.fixture.archives.reduce((n, a) => n + ctx.world.server.downloadRequests(a.assetName).length, 0);

/** The action's phase table in the job summary: `<td>install</td><td>1.2 s</td>`. */
async function installPhase(summaryFile: string): Promise<number | undefined> {
  const html = await fs.readFile(summaryFile, 'utf8');
  const m = /<td>install<\/td>\s*<td>([\d.]+) (ms|s)<\/td>/.exec(html);
  return m ? Number(m[1]) * (m[2] === 's' ? 1000 : 1) : undefined;
}

function variant(
  ctx: BenchContext,
  sh: Shared,
  restore: boolean,
  phases: number[],
  unseeded?: string,
): Variant {
  return {
    label: restore
      ? 'action main, `cache-python: true` (restore from the Actions cache)'
      : 'action main, `cache-python: false` (download + install)',
    run: async (iteration) => {
      if (restore && unseeded) throw new Error(unseeded);
      const job = await freshRunner(ctx, sh, restore ? 'cache-python-hit' : 'cache-python-miss', restore);
      const [pbs, restores] = [pbsDownloads(ctx), sh.server.downloads];
      const r = await runMainStep(ctx, job.env);
      const hit = (await job.outputs())['python-cache-hit'];
      const downloaded = pbsDownloads(ctx) - pbs;
      const restored = sh.server.downloads - restores;
      if (hit !== String(restore) || downloaded !== (restore ? 0 : 1) || restored !== (restore ? 1 : 0))
        throw new Error(
          `python-cache-hit=${hit}, ${downloaded} archive download(s), ${restored} cache restore(s)`,
        );
      const phase = await installPhase(job.env.GITHUB_STEP_SUMMARY!);
      if (iteration >= 0 && phase !== undefined) phases.push(phase);
      return r.ms;
    },
  };
}

export async function cachePythonCase(ctx: BenchContext): Promise<Row[]> {
  ctx.log('bench: cache-python (prepare: uv + one saved Python cache)');
  const base = await ctx.scratch.fresh('disk', 'cache-python');
  const sh: Shared = {
    server: await startCacheServer(path.join(base, 'cache-service')),
    toolsDir: path.join(base, 'tools'),
    toolCache: path.join(base, 'toolcache'),
  };
  try {
    // a seed that fails leaves the restore side "not measured" (with why); the baseline is still measured
    const unseeded = await seed(ctx, sh).then(
      () => undefined,
      (e: Error) => e.message.split('\n')[0],
    );
    const restorePhase: number[] = [];
    const installPhaseMs: number[] = [];
    const [restore, install] = await alternate(
      [variant(ctx, sh, true, restorePhase, unseeded), variant(ctx, sh, false, installPhaseMs)],
      { iterations: ctx.iterations, warmup: ctx.warmup, log: ctx.log },
    );
    const med = (xs: number[]) => (xs.length ? summarize(xs).median : NaN);
    const a = ctx.defaultArchive;
    return [
      {
        id: 'cache-python',
        group: 'cache-python',
        case: 'Python from the Actions cache vs download + install (action main, fresh tool cache)',
        ours: restore,
        baseline: install,
        goal: { kind: 'ratio', max: 1.0, text: '<= 1.0x' },
        extra: { restorePhaseMedian: med(restorePhase), installPhaseMedian: med(installPhaseMs) },
        note:
          `${a.assetName} (${(a.bytes / 1e6).toFixed(1)} MB) over loopback; the install phase alone: ` +
          `${med(restorePhase).toFixed(0)} ms restoring (@actions/cache: download + tar/zstd into the tool cache) vs ` +
          `${med(installPhaseMs).toFixed(0)} ms downloading + unpacking + publishing into the tool cache (medians)`,
      },
    ];
  } finally {
    await sh.server.close();
  }
}
