import * as core from '@actions/core';
import { isPythonEmbeddedError } from '../core/errors.js';

/** One line for the step's failure: the typed error's guidance, or the plain message. */
export function failureLine(e: unknown): string {
  if (isPythonEmbeddedError(e)) {
    const near = e.details.available?.length
      ? ` Available: ${e.details.available.slice(0, 8).join(', ')}.`
      : '';
    return oneLine(`${e.guidance}${/available/i.test(e.guidance) ? '' : near}`);
  }
  return oneLine(e instanceof Error ? e.message : String(e));
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/**
 * Fails the step with exactly one error line (core.setFailed writes the `::error::` annotation) and keeps
 * the details for debug logs. The error class names the annotation so it is searchable.
 */
export function reportFailure(e: unknown): void {
  const line = failureLine(e);
  if (isPythonEmbeddedError(e)) core.debug(JSON.stringify(e.toJSON()));
  else if (e instanceof Error && e.stack) core.debug(e.stack);
  // what core.setFailed does, plus a title on the annotation
  process.exitCode = 1;
  core.error(line, { title: isPythonEmbeddedError(e) ? e.name : 'python-embedded' });
}
