// Turns measured rows into verdicts: the figure the goal is about, met or not, and why not.
import { explain } from './explain.js';
import { fmt, summarize } from './lib/stats.js';
import type { Evaluated, Row } from './types.js';

export function evaluate(row: Row, all: Row[] = [row]): Evaluated {
  const missing = row.ours.missing ?? row.baseline?.missing;
  const o = summarize(row.ours.samples);
  const b = row.baseline ? summarize(row.baseline.samples) : undefined;
  const out = (value: number | undefined, valueText: string, met: boolean | undefined): Evaluated => {
    const e: Evaluated = { ...row, value, valueText, met };
    if (met !== true) e.why = explain(e, o, b, all);
    return e;
  };
  if (missing || o.n === 0 || (row.baseline && b?.n === 0)) {
    return out(undefined, 'not measured', row.goal.kind === 'info' ? undefined : false);
  }
  const g = row.goal;
  switch (g.kind) {
    case 'ratio': {
      const r = o.median / b!.median;
      // Under load the medians wander; the best runs of each side are shown too.
      return out(r, `${fmt(r)}x (best runs ${fmt(o.min / b!.min)}x)`, r <= g.max);
    }
    case 'overhead': {
      const d = o.median - b!.median;
      const best = o.min - b!.min;
      const sign = (x: number) => (x >= 0 ? '+' : '');
      return out(d, `${sign(d)}${fmt(d)} ms (best runs ${sign(best)}${fmt(best)} ms)`, d <= g.maxMs);
    }
    case 'max': {
      const v = g.stat === 'max' ? o.max : o.median;
      const unit = row.ours.unit === 'ms' ? ' ms' : row.ours.unit === 'MB' ? ' MB' : '';
      return out(v, `${g.stat} ${fmt(v)}${unit}`, v <= g.max);
    }
    case 'speedup': {
      const x = b!.median / o.median;
      return out(x, `${fmt(x)}x faster, p50 ${fmt(o.median)} ms`, x >= g.min && o.median <= g.p50MaxMs);
    }
    case 'info': {
      if (!b) return out(o.median, `median ${fmt(o.median)} ${row.ours.unit}`, undefined);
      if (g.difference) {
        const d = o.median - b.median;
        return out(d, `${d >= 0 ? '+' : ''}${fmt(d)} ${row.ours.unit}`, undefined);
      }
      const r = o.median / b.median;
      return out(r, `${fmt(r)}x`, undefined);
    }
  }
}
