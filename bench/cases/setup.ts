// Warm setup (Python in the tool cache / instance root, uv installed, uv cache filled): a new venv plus
// N wheels, by `pyembed setup`, by the action's main (node dist/main.js with INPUT_* and runner files in
// temp dirs) and by `uv venv && uv pip install -r`. Then the no-op rerun, then 6/20/50 wheels.
import fs from 'node:fs/promises';
import path from 'node:path';
import { countingApi, SPEC, type BenchContext } from '../context.js';
import { actionStep, runMainStep } from '../lib/action-step.js';
import { alternate, type Variant } from '../lib/alternate.js';
import { bash, run } from '../lib/proc.js';
import { floorSpawn } from '../lib/floor.js';
import { fmt, summarize } from '../lib/stats.js';
import { mustHaveVenv } from '../lib/verify.js';
import type { Row, Series } from '../types.js';

export interface SetupState {
  root: string;
  toolCache: string;
  uvCache: string;
  /** The interpreter the baseline builds its venvs on (the instance pyembed installed, or a plain unpack). */
  python: string;
}

export async function prepare(ctx: BenchContext): Promise<SetupState> {
  const base = await ctx.scratch.fresh('disk', 'setup');
  const st: SetupState = {
    root: path.join(base, 'root'),
    toolCache: path.join(base, 'toolcache'),
    uvCache: path.join(base, 'uv-cache'),
    python: '',
  };
  // Install Python + uv once, the way a previous job would have: the CLI's own setup with no venv.
  try {
    const r = await run(
      ctx.node,
      [ctx.bundles.cli, 'setup', SPEC, '--no-venv', '--json', '--no-progress', '-q'],
      {
        env: cliEnv(ctx, st),
      },
    );
    st.python = (JSON.parse(r.stdout) as { python: { pythonPath: string } }).python.pythonPath;
  } catch (e) {
    ctx.log(
      `  prepare: pyembed setup failed (${(e as Error).message.split('\n')[0]}); baseline uses a plain unpack`,
    );
    const dir = path.join(base, 'plain');
    await fs.mkdir(dir);
    await bash('curl -sSf "$1" | tar -xz -C "$2"', [ctx.defaultArchive.url, dir]);
    st.python = path.join(dir, 'python', 'bin', 'python3');
  }
  return st;
}

export function cliEnv(ctx: BenchContext, st: SetupState) {
  return ctx.pyembedEnv({
    PYEMBED_ROOT: st.root,
    PYEMBED_MIRROR: ctx.world.mirrorUrl,
    PYEMBED_UV_DOWNLOAD_URL: ctx.world.uvDownloadUrl,
    PYEMBED_INDEX_URL: ctx.world.indexUrl,
    UV_CACHE_DIR: st.uvCache,
  });
}

/** The action's inputs for a setup into `venv` with the requirements `req`; tool cache and uv cache shared. */
function setupInputs(ctx: BenchContext, st: SetupState, venv: string, req: string) {
  return {
    'INPUT_INDEX-URL': ctx.world.indexUrl,
    INPUT_REQUIREMENTS: req,
    INPUT_VENV: venv,
    INPUT_CACHE: 'false',
    'INPUT_UPDATE-ENVIRONMENT': 'true',
    RUNNER_TOOL_CACHE: st.toolCache,
    UV_CACHE_DIR: st.uvCache,
  };
}

/** Per-phase times `pyembed setup --json` reports (resolve, install, uv, venv, packages) plus its total. */
export type PhaseLog = Map<string, number[]>;

function recordPhases(log: PhaseLog | undefined, stdout: string) {
  if (!log) return;
  try {
    const doc = JSON.parse(stdout) as {
      phases?: { name: string; ms: number }[];
      totalMs?: number;
      result?: { phases?: { name: string; ms: number }[]; totalMs?: number };
    };
    const r = doc.phases ? doc : doc.result;
    for (const p of r?.phases ?? []) log.set(p.name, [...(log.get(p.name) ?? []), p.ms]);
    if (typeof r?.totalMs === 'number')
      log.set('total in process', [...(log.get('total in process') ?? []), r.totalMs]);
  } catch {
    /* not JSON: no phases */
  }
}

/** The action's job summary holds a phase table (`<td>install</td><td>12 ms</td>`): the same phases. */
async function recordSummaryPhases(log: PhaseLog | undefined, summaryFile: string) {
  if (!log) return;
  const html = await fs.readFile(summaryFile, 'utf8').catch(() => '');
  for (const m of html.matchAll(/<td>([^<]+)<\/td>\s*<td>([\d.]+) (ms|s)<\/td>/g)) {
    const name = m[1] === 'total' ? 'total in process' : m[1];
    const v = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    log.set(name, [...(log.get(name) ?? []), v]);
  }
}

function phaseExtra(log: PhaseLog): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of log) out[`phase:${k}`] = summarize(v).median;
  return out;
}

function variants(
  ctx: BenchContext,
  st: SetupState,
  n: number,
  venvOf: (who: string) => Promise<string>,
  phases?: PhaseLog,
  actionPhases?: PhaseLog,
  keptPhases?: PhaseLog,
  laterPhases?: PhaseLog,
): Record<string, Variant> {
  const req = ctx.requirements.get(n)!;
  return {
    cli: {
      label: '`pyembed setup`',
      run: async (iteration) => {
        const venv = await venvOf('cli');
        const args = [
          ctx.bundles.cli,
          'setup',
          SPEC,
          '--venv',
          venv,
          '-r',
          req,
          '--json',
          '--no-progress',
          '-q',
        ];
        const r = await countingApi(ctx, () => run(ctx.node, args, { env: cliEnv(ctx, st) }));
        await mustHaveVenv(venv, n, 'pyembed setup');
        if (iteration >= 0) recordPhases(phases, r.stdout);
        return r.ms;
      },
    },
    action: actionVariant(ctx, st, n, req, venvOf, 'hosted', actionPhases),
    actionKept: actionVariant(ctx, st, n, req, venvOf, 'self-hosted', keptPhases),
    actionLater: actionVariant(ctx, st, n, req, venvOf, 'hosted-later', laterPhases),
    floor: floorSpawn(ctx, ctx.pyembedEnv({ UV_CACHE_DIR: st.uvCache }), async () => {
      const venv = await venvOf('floor');
      return {
        commands: [
          [ctx.uv, 'venv', '-q', '--python', st.python, venv],
          [
            ctx.uv,
            'pip',
            'install',
            '-q',
            '--python',
            `${venv}/bin/python`,
            '--index-url',
            ctx.world.indexUrl,
            '-r',
            req,
          ],
        ],
        verify: () => mustHaveVenv(venv, n, 'Node floor'),
      };
    }),
    uv: {
      label: '`uv venv && uv pip install -r`',
      run: async () => {
        const venv = await venvOf('uv');
        const r = await bash(
          'uv=$1; "$uv" venv -q --python "$2" "$3" && "$uv" pip install -q --python "$3/bin/python" --index-url "$4" -r "$5"',
          [ctx.uv, st.python, venv, ctx.world.indexUrl, req],
          { env: ctx.pyembedEnv({ UV_CACHE_DIR: st.uvCache }) },
        );
        await mustHaveVenv(venv, n, 'uv');
        return r.ms;
      },
    },
  };
}

/**
 * The action's main step making a venv in `venvOf('action')`'s directory, which holds its runner files. On a
 * GitHub-hosted runner (`hosted`) the step's compile cache is that directory's, so new with each new venv:
 * a warm setup compiles everything, as each job does there. `hosted-later` is a later use of the step in
 * the same job: one untimed run of the step into another venv of that directory first (the job's first use,
 * which leaves the job's code cache), then the timed one. On a self-hosted runner the temp directory
 * outlives the job: its compile cache is one directory kept across runs (the action's own code cache too).
 */
function actionVariant(
  ctx: BenchContext,
  st: SetupState,
  n: number,
  req: string,
  venvOf: (who: string) => Promise<string>,
  runner: 'hosted' | 'hosted-later' | 'self-hosted',
  phases?: PhaseLog,
): Variant {
  return {
    label: {
      hosted: 'action main (`node dist/main.js`)',
      'hosted-later': 'action main (`node dist/main.js`), a later use in the same GitHub-hosted job',
      'self-hosted': 'action main (`node dist/main.js`), self-hosted runner (compile cache kept)',
    }[runner],
    run: async (iteration) => {
      const venv = await venvOf(runner === 'self-hosted' ? 'action-kept' : `action-${runner}`);
      const kept =
        runner === 'self-hosted'
          ? {
              RUNNER_ENVIRONMENT: 'self-hosted',
              NODE_COMPILE_CACHE: path.join(st.toolCache, '..', 'kept-cc'),
            }
          : {};
      if (runner === 'hosted-later') {
        const first = path.join(path.dirname(venv), 'venv-first-use');
        const firstUse = await actionStep(ctx, path.dirname(venv), setupInputs(ctx, st, first, req));
        await runMainStep(ctx, firstUse.env);
      }
      const step = await actionStep(ctx, path.dirname(venv), { ...setupInputs(ctx, st, venv, req), ...kept });
      const r = await countingApi(ctx, () => runMainStep(ctx, step.env));
      await mustHaveVenv(venv, n, 'action main');
      if (iteration >= 0) await recordSummaryPhases(phases, step.file('summary'));
      return r.ms;
    },
  };
}

/** A new directory per run, the venv inside it (so the action's runner files sit next to it). */
export const freshVenv = (ctx: BenchContext, label: string) => async (who: string) =>
  path.join(await ctx.scratch.fresh('disk', `${label}-${who}`), 'venv');

export async function setupCases(ctx: BenchContext): Promise<Row[]> {
  ctx.log('bench: warm setup (prepare: python + uv + uv cache)');
  const st = await prepare(ctx);
  const n6 = 6;
  const warmPhases: PhaseLog = new Map();
  const warmActionPhases: PhaseLog = new Map();
  const warmKeptPhases: PhaseLog = new Map();
  const warmLaterPhases: PhaseLog = new Map();
  const v6 = variants(
    ctx,
    st,
    n6,
    freshVenv(ctx, 'warm'),
    warmPhases,
    warmActionPhases,
    warmKeptPhases,
    warmLaterPhases,
  );
  // Fill uv's cache with the wheels of every group once, untimed: every setup row below is "warm".
  for (const n of [...ctx.requirements.keys()]) {
    await variants(ctx, st, n, freshVenv(ctx, 'fill'))
      .uv.run(-1)
      .catch((e: Error) => ctx.log(`  fill ${n}: ${e.message}`));
  }
  // The action's first run fills RUNNER_TOOL_CACHE (its own copy of Python): untimed, even in --quick.
  await v6.action.run(-1).catch((e: Error) => ctx.log(`  prime action: ${e.message.split('\n')[0]}`));
  ctx.log('bench: warm setup, 6 wheels');
  const [cli, action, kept, later, uv, floor] = await alternate(
    [v6.cli, v6.action, v6.actionKept, v6.actionLater, v6.uv, v6.floor],
    {
      iterations: ctx.shortIterations,
      warmup: ctx.warmup,
      log: ctx.log,
    },
  );
  // issue #15: warm setup and the no-op rerun at most +50 ms over raw uv, CLI and action
  const overhead = { kind: 'overhead' as const, maxMs: 50, text: 'overhead <= 50 ms' };
  const rows: Row[] = [
    {
      id: 'setup-warm-cli',
      group: 'warm setup',
      case: 'warm setup: venv + 6 wheels',
      ours: cli,
      baseline: uv,
      floor,
      goal: overhead,
      extra: phaseExtra(warmPhases),
      note: phaseNote(warmPhases),
    },
    {
      id: 'setup-warm-action',
      group: 'warm setup',
      case: 'warm setup: venv + 6 wheels',
      ours: action,
      baseline: uv,
      floor,
      goal: overhead,
      extra: phaseExtra(warmActionPhases),
      note: phaseNote(warmActionPhases, 'the job summary'),
    },
    {
      id: 'setup-warm-action-kept',
      group: 'warm setup',
      case: 'warm setup: venv + 6 wheels',
      ours: kept,
      baseline: uv,
      floor,
      goal: overhead,
      extra: phaseExtra(warmKeptPhases),
      note: phaseNote(warmKeptPhases, 'the job summary'),
    },
    {
      id: 'setup-warm-action-later',
      group: 'warm setup',
      case: 'warm setup: venv + 6 wheels',
      ours: later,
      baseline: uv,
      floor,
      goal: overhead,
      extra: phaseExtra(warmLaterPhases),
      note: phaseNote(warmLaterPhases, 'the job summary'),
    },
  ];

  // No-op: each variant reruns against its own venv that already holds the 6 packages.
  ctx.log('bench: no-op rerun');
  const keep = new Map<string, string>();
  const sameVenv = async (who: string) => {
    if (!keep.has(who)) keep.set(who, await freshVenv(ctx, 'noop')(who));
    return keep.get(who)!;
  };
  const noopPhases: PhaseLog = new Map();
  const noopActionPhases: PhaseLog = new Map();
  // the action's rerun is a self-hosted runner's (a GitHub-hosted job starts with nothing present)
  const vn = variants(ctx, st, n6, sameVenv, noopPhases, undefined, noopActionPhases);
  const noopUv: Variant = {
    label: '`uv pip install -r` (no-op)',
    run: async () => {
      const venv = await sameVenv('uv');
      const r = await bash(
        '"$1" pip install -q --python "$2/bin/python" --index-url "$3" -r "$4"',
        [ctx.uv, venv, ctx.world.indexUrl, ctx.requirements.get(n6)!],
        {
          env: ctx.pyembedEnv({ UV_CACHE_DIR: st.uvCache }),
        },
      );
      return r.ms;
    },
  };
  const noopFloor = floorSpawn(ctx, ctx.pyembedEnv({ UV_CACHE_DIR: st.uvCache }), async () => {
    const venv = await sameVenv('uv');
    const req = ctx.requirements.get(n6)!;
    const py = `${venv}/bin/python`;
    return {
      commands: [
        [ctx.uv, 'pip', 'install', '-q', '--python', py, '--index-url', ctx.world.indexUrl, '-r', req],
      ],
    };
  });
  // Create the three venvs (with packages) first, untimed.
  for (const v of [vn.cli, vn.actionKept, vn.uv]) await v.run(-1).catch(() => undefined);
  const [ncli, naction, nuv, nfloor] = await alternate([vn.cli, vn.actionKept, noopUv, noopFloor], {
    iterations: ctx.shortIterations,
    warmup: false,
    log: ctx.log,
  });
  rows.push(
    {
      id: 'noop-cli',
      group: 'no-op rerun',
      case: 'no-op rerun (everything present)',
      ours: ncli,
      baseline: nuv,
      floor: nfloor,
      goal: overhead,
      extra: phaseExtra(noopPhases),
      note: phaseNote(noopPhases),
    },
    {
      id: 'noop-action',
      group: 'no-op rerun',
      case: 'no-op rerun (everything present)',
      ours: naction,
      baseline: nuv,
      floor: nfloor,
      goal: overhead,
      extra: phaseExtra(noopActionPhases),
      note: phaseNote(noopActionPhases, 'the job summary'),
    },
  );

  // Scaling: setup time vs number of packages (fresh venv, warm cache).
  for (const n of [...ctx.requirements.keys()]) {
    ctx.log(`bench: setup scaling, ${n} wheels`);
    const vs = variants(ctx, st, n, freshVenv(ctx, `scale${n}`));
    const [c, u] = await alternate([vs.cli, vs.uv], {
      iterations: ctx.scaleIterations,
      warmup: false,
      log: ctx.log,
    });
    rows.push(scaleRow(n, c, u));
  }
  return rows;
}

function phaseNote(log: PhaseLog, source = '`pyembed setup --json`'): string | undefined {
  if (log.size === 0) return undefined;
  return `phases reported by ${source} (median ms): ${[...log].map(([k, v]) => `${k} ${fmt(summarize(v).median)}`).join(', ')}`;
}

function scaleRow(n: number, ours: Series, base: Series): Row {
  return {
    id: `scale-setup-${n}`,
    group: 'scaling: packages',
    case: `setup, fresh venv + ${n} wheels (warm cache)`,
    ours,
    baseline: base,
    goal: { kind: 'info', text: 'grows like the baseline' },
    extra: { perUnit: n },
  };
}
