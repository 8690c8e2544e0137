import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matcher from './python-matcher.json' with { type: 'json' };

/** The owner the matcher registers under (`::remove-matcher owner=...::` turns it off in a later step). */
export const MATCHER_OWNER = matcher.problemMatcher[0].owner;

/**
 * `add-problem-matchers`: like setup-python, a matcher that turns a Python traceback's `File "...", line N`
 * followed by `raise X('message')` into an annotation on that file and line. The runner reads the matcher
 * from a file, so the bundled JSON is written to RUNNER_TEMP first.
 */
export async function addPythonProblemMatcher(
  runnerTemp: string,
  write: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Promise<string> {
  const file = path.join(runnerTemp, 'pyembed-python-matcher.json');
  // synchronous: one small file on every run, before anything else is under way
  mkdirSync(runnerTemp, { recursive: true });
  writeFileSync(file, JSON.stringify(matcher, null, 2));
  write(`::add-matcher::${file}`);
  return file;
}
