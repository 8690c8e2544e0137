import cliProgress from 'cli-progress';
import { formatBytes, styles } from './output.js';

/** One progress report from the core (download bytes, extracted bytes/entries...). */
export interface ProgressEvent {
  /** `download`, `extract`, `verify`... */
  phase: string;
  /** What is being worked on, e.g. an instance key. */
  label?: string;
  current: number;
  total?: number;
  unit?: 'bytes' | 'entries';
}

export interface ProgressRenderer {
  update(e: ProgressEvent): void;
  /** Ends every open task: done, or `failed` (the work stopped). Safe to call when none is open. */
  finish(failed?: boolean): void;
  /** Writes a log line (with its newline) to stderr, above the bars while they are drawn. */
  write(line: string): void;
}

const amount = (n: number, unit: ProgressEvent['unit']) => (unit === 'entries' ? String(n) : formatBytes(n));

/** A task without a measure (e.g. verify): reported once, never drawn as a bar. */
const unmeasured = (e: ProgressEvent) => e.total === undefined && e.unit === undefined;

interface Task {
  name: string;
  last: ProgressEvent;
  done: boolean;
}

/**
 * Tasks are keyed by phase + label and may interleave (the installer extracts while it downloads), so
 * each has its own bar / lines. A terminal gets cli-progress bars; anything else one line when a task
 * starts and one when it ends, so CI logs stay short. Everything goes to stderr: stdout is for results.
 */
export function createProgress(o: { tty: boolean; color: boolean; enabled: boolean }): ProgressRenderer {
  if (!o.enabled) return { update() {}, finish() {}, write: toStderr };
  return o.tty ? barRenderer(o.color) : lineRenderer();
}

const toStderr = (line: string) => void process.stderr.write(line);

function taskName(e: ProgressEvent): string {
  return e.label ? `${e.phase} ${e.label}` : e.phase;
}

const complete = (e: ProgressEvent) => e.total !== undefined && e.current >= e.total;

function lineRenderer(): ProgressRenderer {
  const tasks = new Map<string, Task>();
  const write = (s: string) => process.stderr.write(`${s}\n`);
  const end = (t: Task, failed: boolean) => {
    if (t.done) return;
    t.done = true;
    const { last } = t;
    if (failed) {
      const at =
        last.total !== undefined
          ? `${amount(last.current, last.unit)} of ${amount(last.total, last.unit)}`
          : amount(last.current, last.unit);
      write(`${t.name}: stopped at ${at}`);
    } else if (unmeasured(last)) {
      write(`${t.name}: done`);
    } else {
      write(`${t.name}: done (${amount(last.total ?? last.current, last.unit)})`);
    }
  };
  return {
    update(e) {
      const name = taskName(e);
      let t = tasks.get(name);
      if (t?.done) return;
      if (!t) {
        t = { name, last: e, done: false };
        tasks.set(name, t);
        write(`${name}: started${e.total !== undefined ? ` (${amount(e.total, e.unit)})` : ''}`);
      }
      t.last = e;
      if (complete(e)) end(t, false);
    },
    finish(failed = false) {
      for (const t of tasks.values()) if (!unmeasured(t.last) || !failed) end(t, failed);
      tasks.clear();
    },
    write: toStderr,
  };
}

function barRenderer(color: boolean): ProgressRenderer {
  const s = styles(color);
  let multi: cliProgress.MultiBar | undefined;
  const bars = new Map<string, { bar: cliProgress.SingleBar; task: Task }>();
  const board = () =>
    (multi ??= new cliProgress.MultiBar(
      {
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: false,
        barsize: 30,
        fps: 10,
        format: (opts, params, payload: { name: string; unit: ProgressEvent['unit'] }) => {
          const total = params.total > 0 ? params.total : undefined;
          const done = Math.min(1, total ? params.value / total : 0);
          const size = (opts.barsize ?? 30) as number;
          const filled = Math.round(done * size);
          const bar = total
            ? s.green('█'.repeat(filled)) + s.dim('░'.repeat(size - filled))
            : s.dim('·'.repeat(size));
          const pct = total ? `${String(Math.round(done * 100)).padStart(3)}%` : '    ';
          const unit = payload.unit;
          const qty = total
            ? `${amount(params.value, unit)}/${amount(total, unit)}`
            : amount(params.value, unit);
          return `${payload.name} ${bar} ${pct} ${qty}`;
        },
      },
      cliProgress.Presets.shades_classic,
    ));
  return {
    update(e) {
      const name = taskName(e);
      const known = bars.get(name);
      if (known?.task.done) return;
      if (unmeasured(e)) {
        if (!known) {
          const task: Task = { name, last: e, done: true };
          bars.set(name, { bar: undefined as unknown as cliProgress.SingleBar, task });
          board().log(`${s.dim(`${name}...`)}\n`);
        }
        return;
      }
      let entry = known;
      if (!entry) {
        const bar = board().create(e.total ?? 0, e.current, { name, unit: e.unit });
        entry = { bar, task: { name, last: e, done: false } };
        bars.set(name, entry);
      }
      if (e.total !== undefined && e.total !== entry.task.last.total) entry.bar.setTotal(e.total);
      entry.task.last = e;
      entry.bar.update(e.current);
      if (complete(e)) entry.task.done = true;
    },
    finish(failed = false) {
      if (!multi) return;
      const open = [...bars.values()].filter((b) => !b.task.done).map((b) => b.task.name);
      multi.stop();
      multi = undefined;
      bars.clear();
      if (failed) for (const name of open) process.stderr.write(`${s.yellow(`${name}: stopped`)}\n`);
    },
    write(line) {
      if (multi) multi.log(line);
      else process.stderr.write(line);
    },
  };
}
