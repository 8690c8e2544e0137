// A locked uv project (6 wheels in uv.lock), warm cache, fresh venv each run: `pyembed setup --pyproject`
// against raw `uv venv && uv sync --locked` (UV_PROJECT_ENVIRONMENT = that venv) on the same interpreter.
import fs from 'node:fs/promises';
import path from 'node:path';
import { countingApi, SPEC, type BenchContext } from '../context.js';
import { alternate, type Variant } from '../lib/alternate.js';
import { bash, run } from '../lib/proc.js';
import { floorSpawn } from '../lib/floor.js';
import { mustHaveVenv } from '../lib/verify.js';
import type { Row } from '../types.js';
import { cliEnv, freshVenv, prepare, type SetupState } from './setup.js';

const N = 6;

/** A virtual project depending on the 6-wheel group, locked by the pinned uv against the world's index. */
async function lockedProject(ctx: BenchContext, st: SetupState): Promise<string> {
  const dir = path.join(await ctx.scratch.fresh('disk', 'locked-project'), 'proj');
  await fs.mkdir(dir, { recursive: true });
  const names = (await fs.readFile(ctx.requirements.get(N)!, 'utf8')).split('\n').filter(Boolean);
  const deps = names.map((n) => JSON.stringify(n)).join(', ');
  await fs.writeFile(
    path.join(dir, 'pyproject.toml'),
    `[project]\nname = "bench-locked"\nversion = "0"\nrequires-python = ">=3.8"\ndependencies = [${deps}]\n`,
  );
  await run(ctx.uv, ['lock', '-q', `--default-index=${ctx.world.indexUrl}`, `--python=${st.python}`], {
    cwd: dir,
    env: ctx.pyembedEnv({ UV_CACHE_DIR: st.uvCache, UV_NO_CONFIG: '1' }),
  });
  return dir;
}

export async function lockedCase(ctx: BenchContext): Promise<Row[]> {
  ctx.log('bench: locked project (prepare: python + uv + lock + uv cache)');
  const st = await prepare(ctx);
  const proj = await lockedProject(ctx, st);
  const venvOf = freshVenv(ctx, 'locked');
  const cli: Variant = {
    label: '`pyembed setup --pyproject` (uv.lock)',
    run: async () => {
      const venv = await venvOf('cli');
      const args = [ctx.bundles.cli, 'setup', SPEC, '--venv', venv, '--pyproject', proj, '--json', '-q'];
      const r = await countingApi(ctx, () => run(process.execPath, args, { env: cliEnv(ctx, st) }));
      await mustHaveVenv(venv, N, 'pyembed setup --pyproject');
      return r.ms;
    },
  };
  const uv: Variant = {
    label: '`uv venv && uv sync --locked`',
    run: async () => {
      const venv = await venvOf('uv');
      const r = await bash(
        'cd "$5" && "$1" venv -q --python "$2" "$3" && UV_PROJECT_ENVIRONMENT="$3" "$1" sync -q --locked --python "$3/bin/python" --default-index "$4"',
        [ctx.uv, st.python, venv, ctx.world.indexUrl, proj],
        { env: ctx.pyembedEnv({ UV_CACHE_DIR: st.uvCache, UV_NO_CONFIG: '1' }) },
      );
      await mustHaveVenv(venv, N, 'uv sync --locked');
      return r.ms;
    },
  };
  const uvEnv = ctx.pyembedEnv({ UV_CACHE_DIR: st.uvCache, UV_NO_CONFIG: '1' });
  const floor = floorSpawn(ctx, uvEnv, async () => {
    const venv = await venvOf('floor');
    const py = `${venv}/bin/python`;
    const sync = ['sync', '-q', '--locked', '--python', py, '--default-index', ctx.world.indexUrl];
    return {
      cwd: proj,
      env: { UV_PROJECT_ENVIRONMENT: venv },
      commands: [
        [ctx.uv, 'venv', '-q', '--python', st.python, venv],
        [ctx.uv, ...sync],
      ],
      verify: () => mustHaveVenv(venv, N, 'Node floor'),
    };
  });
  // fill uv's cache with the locked wheels once, untimed: both variants run warm
  await uv.run(-1).catch((e: Error) => ctx.log(`  fill: ${e.message.split('\n')[0]}`));
  const [ours, base, low] = await alternate([cli, uv, floor], {
    iterations: ctx.iterations,
    warmup: ctx.warmup,
    log: ctx.log,
  });
  return [
    {
      id: 'setup-locked',
      group: 'warm setup',
      case: `locked project: venv + uv.lock (${N} wheels), warm cache`,
      ours,
      baseline: base,
      floor: low,
      goal: { kind: 'overhead', maxMs: 100, text: 'overhead <= 100 ms' },
    },
  ];
}
