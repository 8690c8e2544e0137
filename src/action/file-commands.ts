/**
 * The runner's key-value file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE), written as @actions/core
 * writes them (`name<<delimiter`, the value, the delimiter) except for the delimiter: @actions/core draws it
 * from crypto.randomUUID, which loads node:crypto (~4 ms of every action run) only to make it unlikely that
 * the value holds it, and throws if it does. Here a random tag is drawn again until neither the name nor
 * the value holds it, so a value can never end its own entry. Off a runner (no such file variable),
 * @actions/core's workflow commands as before.
 */
import * as core from '@actions/core';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { randomTag } from '../core/builtins.js';

/** The text @actions/core writes for a value (its toCommandValue). */
const commandValue = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

function appendKeyValue(variable: string, name: string, value: unknown): void {
  const file = process.env[variable]!;
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const text = commandValue(value);
  let delimiter: string;
  do delimiter = `ghadelimiter_${randomTag(16)}`;
  while (name.includes(delimiter) || text.includes(delimiter));
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, 'utf8');
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) appendKeyValue('GITHUB_OUTPUT', name, value);
  else core.setOutput(name, value);
}

/** Also sets it in this process's environment, as @actions/core does. */
export function exportVariable(name: string, value: unknown): void {
  if (!process.env.GITHUB_ENV) return core.exportVariable(name, value);
  process.env[name] = commandValue(value);
  appendKeyValue('GITHUB_ENV', name, value);
}

export function saveState(name: string, value: unknown): void {
  if (process.env.GITHUB_STATE) appendKeyValue('GITHUB_STATE', name, value);
  else core.saveState(name, value);
}
