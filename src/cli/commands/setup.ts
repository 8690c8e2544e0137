import { describeSource } from '../../core/config/load.js';
import type { SetupOptions } from '../../core/setup/types.js';
import type { CliContext } from '../context.js';
import { formatMs, table, type CommandResult } from '../output.js';
import { platformOpt } from './shared.js';

const list = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.length ? (v as string[]) : undefined;

/**
 * The setup options: the loaded configuration as is, plus the command's flags under setup's names (the
 * CLI's one mapping). A `python` from a flag, env or config file is explicit here (it beats version files).
 */
export function setupOptions(ctx: CliContext, args: string[], opts: Record<string, unknown>): SetupOptions {
  const o = ctx.options;
  const src = ctx.config.sources.python;
  return {
    ...o,
    python: args.length ? args : src.kind !== 'default' ? o.python : undefined,
    pythonSource: args[0] ? 'argument' : describeSource(src),
    pythonVersionFile: opts.pythonVersionFile as string | undefined,
    defaultPython: o.python,
    cwd: ctx.cwd,
    platform: platformOpt(opts),
    freethreaded: Boolean(opts.freethreaded),
    checkLatest: Boolean(opts.checkLatest),
    uvCacheDir: ctx.env.UV_CACHE_DIR || undefined,
    venv: opts.venv === false ? false : (opts.venv as string),
    seed: Boolean(opts.seed),
    requirements: list(opts.requirements),
    constraints: list(opts.constraints),
    pyproject: opts.pyproject as string | undefined,
    editable: typeof opts.editable === 'boolean' ? opts.editable : undefined,
    extras: typeof opts.extras === 'string' ? opts.extras.split(/[\s,]+/).filter(Boolean) : undefined,
    // uv projects
    lock: opts.lock as string | undefined,
    groups: list(opts.group),
    allGroups: Boolean(opts.allGroups),
    noDefaultGroups: Boolean(opts.defaultGroups === false),
    allExtras: Boolean(opts.allExtras),
    workspacePackage: opts.workspacePackage as string | undefined,
    packages: list(opts.package),
    export: opts.export as string | undefined,
    signal: ctx.signal,
  };
}

/** `pyembed setup [spec]`: the action's plan in a terminal; prints paths and per-phase timings. */
export async function setupCommand(
  ctx: CliContext,
  args: string[],
  opts: Record<string, unknown>,
): Promise<CommandResult> {
  const { runSetup } = await import('../../core/setup/index.js');
  const result = await runSetup(setupOptions(ctx, args, opts), {
    logger: ctx.logger,
    onPhase: (name, ms) => {
      // progress comes from the install phase only (uv runs beside it: its end must not cut the bar)
      if (name === 'install') ctx.progress.finish();
      ctx.logger.debug(`phase ${name}: ${formatMs(ms)}`);
    },
    onProgress: (e) => ctx.progress.update(e),
  });
  const s = ctx.style;
  const rows: (string | undefined)[][] = result.pythons.flatMap((p, i) => [
    [
      i === result.pythons.length - 1 ? 'python' : 'also',
      `${p.version} (${p.key}, build ${p.build})${p.cacheHit ? s.dim(' cached') : ''}`,
    ],
    ['interpreter', p.pythonPath],
  ]);
  rows.push(['uv', `${result.uv.version} ${s.dim(`(${result.uv.source})`)} ${result.uv.path}`]);
  if (result.venv) rows.push(['venv', result.venv.path], ['venv python', result.venv.pythonPath]);
  if (result.packages) {
    const { installed, unchanged } = result.packages;
    rows.push([
      'packages',
      `${installed} installed${unchanged ? ' (unchanged since the last setup; uv not run)' : ''}`,
    ]);
  }
  const lock = result.packages?.lock;
  if (lock) {
    const named = (xs: string[]) => (xs.length ? xs.join(', ') : 'none');
    rows.push(
      [`lock (${lock.mode})`, lock.file],
      ['groups', named(lock.groups)],
      ['extras', named(lock.extras)],
    );
  }
  if (result.exportPath) rows.push(['export', result.exportPath]);
  rows.push([
    'timings',
    result.phases.map((p) => `${p.name} ${formatMs(p.ms)}`).join(', ') +
      ` — total ${formatMs(result.totalMs)}`,
  ]);
  return { data: result, human: table(rows) };
}
