import * as core from '@actions/core';
import { appendFileSync } from 'node:fs';
import type { ActionResult } from './result.js';

const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);
const yes = (b: boolean) => (b ? 'yes' : 'no');

/** The job summary: what was asked, what was resolved and from where, time per phase, cache hits. */
export async function writeSummary(r: ActionResult, extraMarkdown?: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return; // not on a runner (e.g. a library caller)
  const s = core.summary.addHeading('Setup Python Embedded', 3).addTable([
    [
      { data: 'asked', header: true },
      { data: 'resolved', header: true },
      { data: 'build', header: true },
      { data: 'from tool cache', header: true },
      { data: 'uv', header: true },
      { data: 'uv cache hit', header: true },
      { data: 'packages', header: true },
    ],
    [
      `${r.requested.spec} (${r.requested.source})`,
      `${r.python.version} (${r.python.key})`,
      r.python.build,
      yes(r.python.cacheHit),
      `${r.uv.version} (${r.uv.source})`,
      r.uvCache.enabled ? yes(r.uvCache.hit) : 'cache off',
      r.packages ? String(r.packages.installed) : '-',
    ],
  ]);
  if (r.python.url) s.addRaw(`\nSource: <code>${escapeHtml(r.python.url)}</code>\n`, true);
  s.addTable([
    [
      { data: 'phase', header: true },
      { data: 'time', header: true },
    ],
    ...r.phases.map((p) => [p.name, ms(p.ms)]),
    ['total', ms(r.phases.reduce((a, p) => a + p.ms, 0))],
  ]);
  const paths = [
    ['python', r.venv?.pythonPath ?? r.python.pythonPath],
    ...(r.venv ? [['venv', r.venv.path]] : []),
    ...lockRows(r),
    ...(r.exportPath ? [['export', r.exportPath]] : []),
    ...(r.diagnose ? [['diagnose report', r.diagnose.reportPath]] : []),
  ];
  s.addList(paths.map(([k, v]) => `${k}: <code>${escapeHtml(v)}</code>`));
  if (extraMarkdown) s.addRaw(extraMarkdown, true);
  // what `s.write()` does (append, then empty the buffer), without its access check and async append: two
  // thread-pool round trips on every run, a no-op rerun included
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, s.stringify());
  s.emptyBuffer();
}

/** The lock file and what was picked from it (uv's defaults when nothing was named). */
function lockRows(r: ActionResult): string[][] {
  const lock = r.packages?.lock;
  if (!lock) return [];
  const named = (xs: string[], none: string) => (xs.length ? xs.join(', ') : none);
  return [
    [`lock (${lock.mode})`, lock.file],
    ['groups', named(lock.groups, 'none')],
    ['extras', named(lock.extras, 'none')],
  ];
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
