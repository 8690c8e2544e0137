// PythonSession.call round trip against spawning `python -c pass` from Node.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PythonSession } from '../../src/core/session/session.js';
import { type BenchContext } from '../context.js';
import { bash, childEnv, run } from '../lib/proc.js';
import type { Row, Series } from '../types.js';

/** A Python to talk to: the default archive unpacked once (tmpfs). */
async function python(ctx: BenchContext): Promise<string> {
  const dir = await ctx.scratch.fresh('tmpfs', 'session-python');
  await bash('curl -sSf "$1" | tar -xz -C "$2"', [ctx.defaultArchive.url, dir]);
  return path.join(dir, 'python', 'bin', 'python3');
}

export async function sessionCase(ctx: BenchContext): Promise<Row[]> {
  ctx.log('bench: session round trip');
  const py = await python(ctx);
  const session = await PythonSession.start(py, { env: childEnv() as Record<string, string> });
  const ours: Series = { label: '`PythonSession.call`', unit: 'ms', samples: [] };
  const base: Series = { label: '`python -c pass` spawned from Node', unit: 'ms', samples: [] };
  try {
    for (let i = 0; i < 200; i++) await session.call('len', [[1, 2, 3]]); // warm the JIT and the pipe
    const rounds = ctx.o.quick ? 1 : ctx.iterations;
    const calls = ctx.o.quick ? 100 : 400;
    const spawns = ctx.o.quick ? 2 : 4;
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < calls; i++) {
        const t = performance.now();
        await session.call('len', [[1, 2, 3]]);
        ours.samples.push(performance.now() - t);
      }
      for (let i = 0; i < spawns; i++) base.samples.push((await run(py, ['-c', 'pass'])).ms);
    }
  } finally {
    await session.close();
  }
  return [
    {
      id: 'session',
      group: 'session',
      case: 'session call round trip (`len([1,2,3])`)',
      ours,
      baseline: base,
      goal: { kind: 'speedup', min: 50, p50MaxMs: 0.2, text: '>= 50x faster, p50 <= 0.2 ms' },
    },
  ];
}
