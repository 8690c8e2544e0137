// Interleaved A/B(/C...) measurement: iteration i runs every variant once, starting at variant i mod n,
// so drift (thermal, page cache, other load on the machine) spreads over all variants alike.
import type { Series, Unit } from '../types.js';

export interface Variant {
  label: string;
  unit?: Unit;
  /** Runs once and returns the measured value (ms unless `unit` says otherwise). */
  run(iteration: number): Promise<number>;
}

export interface AlternateOptions {
  iterations: number;
  /** One untimed run of each variant first. */
  warmup: boolean;
  log?: (line: string) => void;
  /** Called after each run (e.g. to free a tmpfs directory). */
  after?: () => Promise<void>;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n').find((l) => l.trim()) ?? 'failed';
}

/**
 * A variant that fails is recorded as missing (with the first line of its error) and skipped from then
 * on; the others go on. The harness reports missing pieces instead of dying on them.
 */
export async function alternate(variants: Variant[], o: AlternateOptions): Promise<Series[]> {
  const series: Series[] = variants.map((v) => ({ label: v.label, unit: v.unit ?? 'ms', samples: [] }));
  const attempt = async (k: number, i: number, record: boolean) => {
    if (series[k].missing) return;
    try {
      const x = await variants[k].run(i);
      if (record) series[k].samples.push(x);
    } catch (e) {
      series[k].missing = firstLine(e);
      o.log?.(`  ${variants[k].label}: FAILED: ${series[k].missing}`);
    } finally {
      await o.after?.();
    }
  };
  if (o.warmup) for (let k = 0; k < variants.length; k++) await attempt(k, -1, false);
  for (let i = 0; i < o.iterations; i++) {
    for (let j = 0; j < variants.length; j++) await attempt((i + j) % variants.length, i, true);
  }
  for (const s of series) {
    if (!s.missing) o.log?.(`  ${s.label}: ${s.samples.map((x) => x.toFixed(1)).join(' ')}`);
  }
  return series;
}
