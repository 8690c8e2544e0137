// The report's data model: series of samples, rows comparing ours with a baseline against a goal.

export type Unit = 'ms' | 'MB' | 'requests';

export interface Series {
  label: string;
  unit: Unit;
  samples: number[];
  /** Set when this variant could not run (a piece of the library has not landed, a tool is missing). */
  missing?: string;
}

export type Goal =
  /** ours median / baseline median <= max */
  | { kind: 'ratio'; max: number; text: string }
  /** ours median - baseline median <= maxMs */
  | { kind: 'overhead'; maxMs: number; text: string }
  /** ours `stat` <= max (absolute) */
  | { kind: 'max'; max: number; stat: 'median' | 'max'; text: string }
  /** baseline median / ours median >= min, and ours median <= p50MaxMs */
  | { kind: 'speedup'; min: number; p50MaxMs: number; text: string }
  /** scaling rows: no goal, the ratio is shown (the difference of the medians with `difference`) */
  | { kind: 'info'; text: string; difference?: boolean };

export interface Row {
  id: string;
  group: string;
  case: string;
  ours: Series;
  baseline?: Series;
  /**
   * The Node-side floor (bench/lib/floor.mjs): the least any Node program does for the same job, measured in
   * the same run. What lies between it and the baseline no Node-side code can close.
   */
  floor?: Series;
  goal: Goal;
  /** Extra facts shown under the table (sizes, what was measured exactly). */
  note?: string;
  /** Side measurements the "why" lines quote (phase medians, bundle size, ...). */
  extra?: Record<string, number>;
}

export interface Evaluated extends Row {
  /** ratio (ours/baseline), overhead ms, absolute value, or speedup, depending on the goal. */
  value?: number;
  valueText: string;
  met: boolean | undefined;
  /** For a row missing its goal (or not measurable): why, and what would close it. */
  why?: string;
}

export interface BenchOptions {
  quick: boolean;
  iterations: number;
  out: string;
  /** Also write the report as JSON here (the harness test reads it). */
  json?: string;
  /** Run only the groups whose name contains one of these. */
  only?: string[];
  /** Use committed bundles from this dir instead of bundling src/. */
  dist?: string;
  /** The Node binary every measured child runs on (CLI, action, library worker); default: this one. */
  node?: string;
  log?: (line: string) => void;
}

export interface BenchReport {
  date: string;
  durationMs: number;
  options: { quick: boolean; iterations: number };
  machine: Record<string, string>;
  /** 1-minute load average at start and end, and the core count (a shared machine inflates figures). */
  load: { start: number; end: number; cores: number };
  versions: Record<string, string>;
  setup: string[];
  rows: Evaluated[];
}

/** How many times `iterations` the short rows run (BenchContext.shortIterations). */
export const SHORT_ITERATIONS_FACTOR = 3;
