import type { CheckStatus, DiagnoseReport } from './types.js';

const MARK: Record<CheckStatus, string> = { ok: 'ok', warn: 'WARN', fail: 'FAIL', skip: 'skip' };

/** A plain-text table for terminals and logs (no colour codes: callers add them if they want). */
export function renderDiagnoseReport(r: DiagnoseReport): string {
  const rows = r.checks.map((c) => [c.group, c.name, MARK[c.status], c.detail]);
  const head = ['group', 'check', 'status', 'detail'];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((row) => row[i].length))));
  const fmt = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const lines = [
    `python-embedded diagnose — ${r.system.platform}${r.system.libcVersion ? ` (libc ${r.system.libcVersion})` : ''}, node ${r.system.node}`,
    fmt(head),
    fmt(widths.map((w) => '-'.repeat(w))),
    ...rows.map(fmt),
    '',
    `${r.ok ? 'healthy' : 'PROBLEMS FOUND'}: ${r.counts.ok} ok, ${r.counts.warn} warning(s), ${r.counts.fail} failure(s), ${r.counts.skip} skipped`,
  ];
  return lines.join('\n') + '\n';
}

/** The same report as a Markdown table (the action's job summary). */
export function renderDiagnoseMarkdown(r: DiagnoseReport): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const icon: Record<CheckStatus, string> = { ok: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
  return [
    `| group | check | status | detail |`,
    `|---|---|---|---|`,
    ...r.checks.map(
      (c) => `| ${c.group} | ${esc(c.name)} | ${icon[c.status]} ${c.status} | ${esc(c.detail)} |`,
    ),
    '',
    `**${r.ok ? 'Healthy' : 'Problems found'}**: ${r.counts.ok} ok, ${r.counts.warn} warning(s), ${r.counts.fail} failure(s), ${r.counts.skip} skipped.`,
    '',
  ].join('\n');
}
