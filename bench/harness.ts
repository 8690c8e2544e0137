// The benchmark as a function: builds what it needs (local world, fixtures, bundles), runs every case,
// evaluates the rows and writes the report. bench/run.ts is its command line; the test calls it too.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeContext, createContext, type BenchContext } from './context.js';
import { cachePythonCase } from './cases/cache-python.js';
import { installCase } from './cases/install.js';
import { lockedCase } from './cases/locked.js';
import { inflateCase } from './cases/inflate.js';
import { apiRow, resolveCase } from './cases/resolve.js';
import { rssCase } from './cases/rss.js';
import { scalingInstallCase } from './cases/scaling-install.js';
import { sessionCase } from './cases/session.js';
import { setupCases } from './cases/setup.js';
import { actionStartCase } from './cases/start.js';
import { evaluate } from './evaluate.js';
import { LibWorker } from './lib/lib-client.js';
import { machineInfo } from './lib/machine.js';
import { fmt, summarize } from './lib/stats.js';
import { renderMarkdown, withKeptSection } from './report.js';
import type { BenchOptions, BenchReport, Row } from './types.js';

function version(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim().split('\n')[0];
  } catch {
    return 'not found';
  }
}

type Step = { group: string; run: (ctx: BenchContext, worker: LibWorker) => Promise<Row[]> };

/**
 * Order matters for the disk rows: the disk install group runs first, before anything on this disk was
 * deleted, and nothing on disk is deleted until the end (see lib/scratch.ts).
 */
const STEPS: Step[] = [
  { group: 'install-disk', run: (c, w) => installCase(c, 'disk', w) },
  { group: 'install-tmpfs', run: (c, w) => installCase(c, 'tmpfs', w) },
  { group: 'setup', run: (c) => setupCases(c) },
  { group: 'locked', run: (c) => lockedCase(c) },
  { group: 'cache-python', run: (c) => cachePythonCase(c) },
  { group: 'resolve', run: (c) => resolveCase(c) },
  { group: 'session', run: (c) => sessionCase(c) },
  { group: 'start', run: (c) => actionStartCase(c) },
  { group: 'rss', run: (c) => rssCase(c) },
  { group: 'scaling-install', run: (c, w) => scalingInstallCase(c, w) },
  { group: 'inflate', run: (c) => inflateCase(c) },
];

/** Display order of the rows in the report (by id prefix). */
const ORDER = [
  'install-tmpfs',
  'install-disk',
  'setup-warm',
  'setup-locked',
  'noop',
  'resolve',
  'api',
  'session',
  'rss',
  'action-start',
  'cli-start',
  'scale-install',
  'scale-setup',
  'inflate',
];

/** Scaling rows: the cost per MB of archive / per package, so linear growth reads off directly. */
function scalingNotes(rows: Row[]) {
  for (const r of rows) {
    const per = r.extra?.perUnit;
    if (!r.id.startsWith('scale-') || !per || r.ours.missing || !r.baseline || r.baseline.missing) continue;
    const unit = r.id.startsWith('scale-install') ? 'per MB of archive' : 'per package';
    const o = summarize(r.ours.samples).median / per;
    const b = summarize(r.baseline.samples).median / per;
    r.note = `${fmt(o)} ms ${unit} (baseline ${fmt(b)} ms)`;
  }
}

export async function runBench(o: BenchOptions): Promise<BenchReport> {
  const t0 = performance.now();
  const machineStart = machineInfo();
  const ctx = await createContext(o);
  const worker = LibWorker.start({}, ctx.node);
  const rows: Row[] = [];
  try {
    for (const step of STEPS) {
      if (o.only && !o.only.some((s) => step.group.includes(s))) continue;
      rows.push(...(await step.run(ctx, worker)));
    }
    if (ctx.api.samples.length) rows.push(apiRow(ctx));
  } finally {
    await worker.close();
    await closeContext(ctx);
  }
  const rank = (id: string) => {
    const k = ORDER.findIndex((p) => id.startsWith(p));
    return k < 0 ? ORDER.length : k;
  };
  rows.sort((a, b) => rank(a.id) - rank(b.id));
  scalingNotes(rows);
  const end = machineInfo();
  const report: BenchReport = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    durationMs: performance.now() - t0,
    options: { quick: o.quick, iterations: o.iterations },
    load: { start: machineStart.loadAvg[0], end: end.loadAvg[0], cores: machineStart.cores },
    machine: {
      cpu: `${machineStart.cpu}, ${machineStart.cores} cores`,
      memory: `${machineStart.memGiB} GiB`,
      kernel: machineStart.kernel,
      os: machineStart.os,
      'load average (1/5/15 min) at start / end': `${machineStart.loadAvg.join(' ')} / ${end.loadAvg.join(' ')}`,
    },
    versions: {
      node: version(ctx.node, ['--version']),
      uv: version(ctx.uv, ['--version']),
      curl: version('curl', ['--version']).split(' ').slice(0, 2).join(' '),
      tar: version('tar', ['--version']),
      gzip: version('gzip', ['--version']),
      python: `${ctx.world.fixture.version} (PBS-layout fixture built from this machine's CPython, build ${ctx.world.fixture.build})`,
    },
    setup: [
      ...ctx.notes,
      "Node's compile cache and the faces' code caches beside it (src/core/code-cache.ts): the CLI rows use Node's default directory, warm after the first run as for anyone running `pyembed` repeatedly; the action's rows run as on a GitHub-hosted runner (RUNNER_ENVIRONMENT=github-hosted, an empty NODE_COMPILE_CACHE in the run's directory: every job's first use), except the rows marked self-hosted runner and the no-op reruns (RUNNER_ENVIRONMENT=self-hosted, one directory kept across runs: a GitHub-hosted job starts with nothing present, so a rerun is a self-hosted runner's)",
      'children run with NODE_EXTRA_CA_CERTS unset: this machine points it at a 220 KB PEM that adds ~46 ms to every `node` start; runners do not set it and the world is plain HTTP',
      `\`uv python install\` gets the same archive through \`UV_PYTHON_DOWNLOADS_JSON_URL\` (a download-metadata.json with one entry: local URL + sha256), \`UV_PYTHON_INSTALL_DIR\` and \`UV_CACHE_DIR\` in a fresh dir, \`--no-bin\``,
      'the library runs in a separate long-lived Node process (tsx, sources as they are): the harness process serves the world and would share its event loop otherwise',
      'disk rows: every run extracts into a new directory and nothing on disk is deleted until the run ends (ext4 is 2-3x slower creating files right after an rm -rf of a similar tree); a `sync` after each run (untimed) writes its tree back, so no run pays for the writeback of the one before (without it the disk medians were 1.4-2.6x the tmpfs ones, for every tool alike)',
    ],
    rows: rows.map((r) => evaluate(r, rows)),
  };
  await fs.mkdir(path.dirname(o.out), { recursive: true });
  const previous = await fs.readFile(o.out, 'utf8').catch(() => undefined);
  await fs.writeFile(o.out, withKeptSection(renderMarkdown(report), previous));
  if (o.json) await fs.writeFile(o.json, JSON.stringify(report, null, 2) + os.EOL);
  return report;
}
