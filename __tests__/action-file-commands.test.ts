// The action's outputs, environment and state reach the runner's files in the format @actions/core writes
// (read back here as the runner does), without loading node:crypto for the delimiter.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportVariable, saveState, setOutput } from '../src/action/file-commands.js';
import { parseKeyValueFile } from './workflows/runner-files.js';

let dir: string;
const saved = { ...process.env };
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pyembed-file-commands-'));
  for (const name of ['output', 'env', 'state']) await writeFile(path.join(dir, name), '');
  process.env.GITHUB_OUTPUT = path.join(dir, 'output');
  process.env.GITHUB_ENV = path.join(dir, 'env');
  process.env.GITHUB_STATE = path.join(dir, 'state');
});
afterEach(async () => {
  process.env = { ...saved };
  await rm(dir, { recursive: true, force: true });
});
const read = async (name: string) => parseKeyValueFile(await readFile(path.join(dir, name), 'utf8'));

describe('file commands', () => {
  it('writes outputs, variables and state the runner reads back intact, even values that look like delimiters', async () => {
    const tricky = 'line one\nghadelimiter_0123456789abcdef0123456789abcdef\nname<<EOF\n';
    setOutput('python-version', '3.11.7');
    setOutput('tricky', tricky);
    setOutput('list', ['3.11.7', 'pypy3.9']);
    setOutput('nothing', undefined);
    exportVariable('PYEMBED_TEST_VAR', 'a b');
    saveState('uv', '/opt/uv');
    expect(await read('output')).toEqual({
      'python-version': '3.11.7',
      tricky,
      list: '["3.11.7","pypy3.9"]',
      nothing: '',
    });
    expect(await read('env')).toEqual({ PYEMBED_TEST_VAR: 'a b' });
    expect(process.env.PYEMBED_TEST_VAR).toBe('a b');
    expect(await read('state')).toEqual({ uv: '/opt/uv' });
  });

  it('refuses a file variable that names no file, as @actions/core does', () => {
    process.env.GITHUB_OUTPUT = path.join(dir, 'missing');
    expect(() => setOutput('x', '1')).toThrow(/Missing file at path: .*missing/);
  });
});
