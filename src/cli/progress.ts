import { formatBytes, styles, type Styles } from './output.js';

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
 * each has its own bar / lines. A terminal gets bars; anything else one line when a task
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

const BAR_WIDTH = 30;
const FRAME_MS = 100;
const MIN_BAR_WIDTH = 10;

/**
 * `<name> <bar> <pct> <done>/<total>` fitted to the terminal's width: the numbers always show, the
 * bar shrinks first, then the name is cut with an ellipsis.
 */
function barLine(
  s: Styles,
  name: string,
  value: number,
  rawTotal: number,
  unit: ProgressEvent['unit'],
  columns: number,
): string {
  const total = rawTotal > 0 ? rawTotal : undefined;
  const done = Math.min(1, total ? value / total : 0);
  const pct = total ? `${String(Math.round(done * 100)).padStart(3)}%` : '    ';
  const qty = total ? `${amount(value, unit)}/${amount(total, unit)}` : amount(value, unit);
  const tail = ` ${pct} ${qty}`;
  // one column spare: writing into the last column makes some terminals wrap
  const room = Math.max(0, columns - 1 - tail.length);
  const size = Math.max(MIN_BAR_WIDTH, Math.min(BAR_WIDTH, room - name.length - 1));
  const nameRoom = Math.max(1, room - size - 1);
  const shownName = name.length <= nameRoom ? name : `${name.slice(0, Math.max(0, nameRoom - 1))}…`;
  const filled = Math.round(done * size);
  const bar = total
    ? s.green('█'.repeat(filled)) + s.dim('░'.repeat(size - filled))
    : s.dim('·'.repeat(size));
  return `${shownName} ${bar}${tail}`;
}

/**
 * Bars drawn in place at the bottom of the terminal, redrawn whole at most every FRAME_MS: log lines
 * go above them and every bar is rewritten after a log line, so the screen a user is left with after
 * finish() holds every bar at its last value.
 */
function barRenderer(color: boolean): ProgressRenderer {
  const s = styles(color);
  const out = process.stderr;
  const tasks = new Map<string, Task>();
  const logs: string[] = [];
  let drawnRows = 0;
  let timer: NodeJS.Timeout | undefined;
  const draw = () => {
    clearTimeout(timer);
    timer = undefined;
    let frame = drawnRows ? `\u001b[${drawnRows}A\r` : '';
    for (const line of logs.splice(0)) frame += `\u001b[2K${line}`;
    const bars = [...tasks.values()].filter((t) => !unmeasured(t.last));
    const columns = out.columns || 80;
    for (const { name, last } of bars) {
      frame += `\u001b[2K${barLine(s, name, last.current, last.total ?? 0, last.unit, columns)}\n`;
    }
    drawnRows = bars.length;
    out.write(frame);
  };
  const schedule = () => {
    timer ??= setTimeout(draw, FRAME_MS);
    timer.unref();
  };
  const log = (line: string) => {
    logs.push(line);
    schedule();
  };
  return {
    update(e) {
      const name = taskName(e);
      const known = tasks.get(name);
      if (known?.done) return;
      if (!known) {
        tasks.set(name, { name, last: e, done: unmeasured(e) });
        if (unmeasured(e)) return log(`${s.dim(`${name}...`)}\n`);
      } else known.last = e;
      if (complete(e)) tasks.get(name)!.done = true;
      schedule();
    },
    finish(failed = false) {
      if (!tasks.size && !logs.length) return;
      const open = [...tasks.values()].filter((t) => !t.done).map((t) => t.name);
      draw();
      tasks.clear();
      drawnRows = 0;
      if (failed) for (const name of open) out.write(`${s.yellow(`${name}: stopped`)}\n`);
    },
    write(line) {
      if (tasks.size) log(line);
      else out.write(line);
    },
  };
}
