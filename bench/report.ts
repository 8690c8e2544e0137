// docs/benchmarks.md: machine, versions, the table (min/median/max per side), verdicts, and for every
// row missing its goal a line saying why and what would close it.
import { fmtTriple } from './lib/stats.js';
import { SHORT_ITERATIONS_FACTOR, type BenchReport, type Evaluated, type Unit } from './types.js';

const unitText = (u: Unit) => (u === 'ms' ? 'ms' : u === 'MB' ? 'MB' : 'req');

function verdict(e: Evaluated): string {
  if (e.met === undefined) return e.valueText === 'not measured' ? 'not measured' : '—';
  return e.met ? 'yes' : '**no**';
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

export function renderMarkdown(r: BenchReport): string {
  const L: string[] = [];
  L.push('# Benchmarks', '');
  L.push(
    'Written by `npm run bench` (`bench/run.ts`); do not edit by hand. Every row is measured in the same run, on',
    'the same archive and wheels served by the local test world on 127.0.0.1, ours and the baseline alternating',
    'run by run. Cells are min / median / max; ratios and overheads compare medians. "Node floor" is the least',
    'any Node program does for the same job (`bench/lib/floor.mjs`: Node starting and spawning the same uv',
    "commands; downloading the archive, inflating it with Node's zlib and writing its files as `tar -x` does; for",
    'peak RSS, the same without writing), measured in the same run: a goal below it cannot be met by code running',
    'on Node.',
    '',
  );
  // The bench keeps about two processes busy itself, so the load at the end says little about other work; the
  // load before it started does.
  if (r.load.start > r.load.cores / 2) {
    L.push(
      `> **Shared machine:** the 1-minute load average was ${r.load.start} when the bench started (other work was` +
        ` running) and ${r.load.end} at the end (the bench's own processes included), on ${r.load.cores} cores.` +
        ' Absolute times are inflated and noisy; the interleaving spreads that over both sides of a row, and the' +
        ' "best runs" figure (min vs min) is the least disturbed.',
      '',
    );
  }
  if (r.options.quick)
    L.push('> **--quick run** (1 iteration): proves the harness works; the figures mean little.', '');
  const goals = r.rows.filter((e) => e.goal.kind !== 'info');
  const met = goals.filter((e) => e.met === true).length;
  L.push(
    `**${met} of ${goals.length} goals met.** Rows without a goal (scaling, inflate-only, cold resolve) explain the others.`,
    '',
  );
  L.push('## Machine', '');
  for (const [k, v] of Object.entries(r.machine)) L.push(`- ${k}: ${v}`);
  L.push(
    `- date: ${r.date} (run took ${(r.durationMs / 1000).toFixed(0)} s, ${r.options.iterations} iteration${r.options.iterations === 1 ? '' : 's'} per case, ${SHORT_ITERATIONS_FACTOR * r.options.iterations} for the warm-setup and no-op rows)`,
  );
  for (const [k, v] of Object.entries(r.versions)) L.push(`- ${k}: ${v}`);
  L.push('', '## Setup', '');
  for (const s of [...new Set(r.setup)]) L.push(`- ${s}`);
  L.push('', '## Results', '');
  L.push(
    '| # | case | ours | ours min / med / max | baseline | baseline min / med / max | Node floor min / med / max | ratio / figure | goal | met? |',
  );
  L.push('|---|---|---|---|---|---|---|---|---|---|');
  r.rows.forEach((e, i) => {
    const u = unitText(e.ours.unit);
    const o = e.ours.missing ? 'failed' : `${fmtTriple(e.ours.samples)} ${u}`;
    const b = e.baseline
      ? e.baseline.missing
        ? 'failed'
        : `${fmtTriple(e.baseline.samples)} ${unitText(e.baseline.unit)}`
      : '—';
    const f = e.floor
      ? e.floor.missing
        ? 'failed'
        : `${fmtTriple(e.floor.samples)} ${unitText(e.floor.unit)}`
      : '—';
    L.push(
      `| ${i + 1} | ${cell(e.case)} | ${cell(e.ours.label)} | ${o} | ${e.baseline ? cell(e.baseline.label) : '—'} | ${b} | ${f} | ${cell(e.valueText)} | ${cell(e.goal.text)} | ${verdict(e)} |`,
    );
  });
  // One line per distinct note, naming every row it applies to.
  const byNote = new Map<string, number[]>();
  r.rows.forEach((e, i) => {
    if (e.note) byNote.set(e.note, [...(byNote.get(e.note) ?? []), i + 1]);
  });
  if (byNote.size) {
    L.push('', '## Notes', '');
    for (const [note, idx] of byNote) L.push(`- ${idx.map((i) => `#${i}`).join(', ')}: ${note}`);
  }
  const missed = r.rows.filter((e) => e.why);
  L.push('', '## Goals missed or not measured', '');
  if (missed.length === 0) L.push('None: every row with a goal met it.');
  for (const e of missed) L.push(`- **#${r.rows.indexOf(e) + 1} ${e.case}** (${e.ours.label}): ${e.why}`);
  L.push('');
  return L.join('\n');
}

/** A hand-written section at the end of the report (measurements outside the table) that reruns keep. */
export const KEPT_HEADING = '## Measurements by hand (kept by `npm run bench`)';

/** `rendered` plus the kept section of the `previous` report, if it had one. */
export function withKeptSection(rendered: string, previous: string | undefined): string {
  const at = previous?.indexOf(`\n${KEPT_HEADING}\n`) ?? -1;
  if (!previous || at < 0) return rendered;
  return `${rendered.replace(/\n*$/, '\n')}${previous.slice(at)}`;
}

/** The table alone, for the terminal. */
export function renderConsole(r: BenchReport): string {
  return r.rows
    .map((e, i) => {
      const b = e.baseline ? ` vs ${e.baseline.label} ${fmtTriple(e.baseline.samples)}` : '';
      return `${String(i + 1).padStart(2)}. ${e.case} — ${e.ours.label} ${fmtTriple(e.ours.samples)}${b} => ${e.valueText} (goal ${e.goal.text}: ${verdict(e)})`;
    })
    .join('\n');
}
