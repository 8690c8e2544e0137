import { isPythonEmbeddedError } from '../core/errors.js';
import type { Logger } from '../core/log.js';

/** What a command hands back: data for `--json`, a human rendering otherwise, and its exit code. */
export interface CommandResult {
  data: unknown;
  /** Lines for humans; default: the data as indented JSON. */
  human?: string | string[];
  /** Default 0. `run`/`exec` pass the child's code through. */
  exitCode?: number;
}

/** Exit code of argument errors (commander usage errors, bad flag values caught before any work). */
export const USAGE_EXIT_CODE = 2;
/** Exit code after SIGINT/SIGTERM (128 + SIGINT, as shells report it). */
export const INTERRUPTED_EXIT_CODE = 130;
/** Exit code of anything that is not a typed error (a bug, an unexpected system failure). */
export const INTERNAL_EXIT_CODE = 1;

/** Colour only on a terminal, and never with NO_COLOR (https://no-color.org: any non-empty value). */
export function useColor(
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

const paint = (on: boolean, code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

export interface Styles {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
}

export function styles(color: boolean): Styles {
  return {
    bold: (s) => paint(color, 1, s),
    dim: (s) => paint(color, 2, s),
    green: (s) => paint(color, 32, s),
    yellow: (s) => paint(color, 33, s),
    red: (s) => paint(color, 31, s),
  };
}

/** Logs always go to stderr so stdout carries exactly one JSON document in --json mode. */
export function cliLogger(o: {
  verbose: boolean;
  quiet?: boolean;
  color: boolean;
  /** Where lines go (default stderr); the progress renderer passes one that keeps bars intact. */
  write?: (line: string) => void;
}): Logger {
  const s = styles(o.color);
  const write = o.write ?? ((l: string) => void process.stderr.write(l));
  const line = (m: string) => write(`${m}\n`);
  return {
    debug: (m) => o.verbose && line(s.dim(`debug: ${m}`)),
    info: (m) => !o.quiet && line(m),
    warn: (m) => line(`${s.yellow('warning:')} ${m}`),
    error: (m) => line(`${s.red('error:')} ${m}`),
  };
}

export function writeResult(result: CommandResult, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(result.data ?? null, null, 2)}\n`);
    return;
  }
  const human = result.human ?? JSON.stringify(result.data, null, 2);
  const text = Array.isArray(human) ? human.join('\n') : human;
  if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * `err.toJSON()`, with `exitCode` always the class's CLI code: a `details.exitCode` (some errors record the
 * failed child's code there) would otherwise shadow it; it is kept as `processExitCode`.
 */
function errorJson(e: {
  toJSON(): Record<string, unknown>;
  exitCode: number;
  details: Record<string, unknown>;
}) {
  const doc = e.toJSON();
  const child = e.details.exitCode;
  return {
    ...doc,
    ...(child !== undefined && child !== e.exitCode ? { processExitCode: child } : {}),
    exitCode: e.exitCode,
  };
}

/** Typed errors: `{"error": err.toJSON()}` on stdout with --json, one guidance line on stderr always. */
export function reportError(e: unknown, json: boolean, verbose: boolean): number {
  const label = styles(useColor(process.stderr)).red('error:');
  if (isPythonEmbeddedError(e)) {
    if (json) process.stdout.write(`${JSON.stringify({ error: errorJson(e) }, null, 2)}\n`);
    process.stderr.write(`${label} ${e.guidance}\n`);
    if (verbose && e.stack) process.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  if (json) {
    const doc = { error: { name: err.name, message: err.message, exitCode: INTERNAL_EXIT_CODE } };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  }
  process.stderr.write(`${label} ${err.message}\n`);
  if (verbose && err.stack) process.stderr.write(`${err.stack}\n`);
  return INTERNAL_EXIT_CODE;
}

/** A two-column table for humans (no library: it is ten lines). */
export function table(rows: (string | number | undefined)[][], header?: string[]): string[] {
  const all = header ? [header, ...rows] : rows;
  const cells = all.map((r) => r.map((c) => (c === undefined ? '' : String(c))));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return cells.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
