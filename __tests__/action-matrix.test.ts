// The workflows GitHub runs (.github/workflows, examples/workflows) are valid for actionlint, the matrix passes
// outputs to scripts only through env, and its helper scripts (.github/matrix/) do what they claim when run
// against a real Python here: the interpreter check accepts the right one and rejects a wrong architecture, a
// timeout leaves no grandchild alive, a session keeps state.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, toolsDir, uvBin } from '../test-world/index.js';

const run = promisify(execFile);
const matrixDir = path.join(repoRoot, '.github', 'matrix');
const actionlint = path.join(toolsDir, 'bin', 'actionlint');

let tmp: string;
let python: string;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function outcome(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  try {
    const r = await run(cmd, args, { cwd: repoRoot, env: { ...process.env, ...env }, timeout: 120_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof err.code === 'number' ? err.code : -1,
      stdout: err.stdout ?? '',
      stderr: err.stderr ?? '',
    };
  }
}

async function workflowFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of ['.github/workflows', 'examples/workflows']) {
    for (const n of await readdir(path.join(repoRoot, dir)))
      if (/\.ya?ml$/.test(n)) files.push(`${dir}/${n}`);
  }
  return files;
}

/** The bodies of every `run:` step (block scalars and one-liners). */
function runScripts(yaml: string): string[] {
  const lines = yaml.split('\n');
  const scripts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)(?:- )?run:\s*(.*)$/.exec(lines[i]);
    if (!m) continue;
    if (!/^[|>]/.test(m[2])) {
      scripts.push(m[2]);
      continue;
    }
    const body: string[] = [];
    while (
      i + 1 < lines.length &&
      (lines[i + 1].trim() === '' || lines[i + 1].search(/\S/) > m[1].length + 2)
    )
      body.push(lines[++i]);
    scripts.push(body.join('\n'));
  }
  return scripts;
}

beforeAll(async () => {
  if (!existsSync(actionlint))
    throw new Error(`${actionlint} is missing: run \`bash scripts/world-tools.sh\``);
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pyembed-matrix-'));
  // A real venv of the machine's CPython, made offline by the pinned uv.
  const venv = path.join(tmp, 'venv');
  await run(uvBin(), ['venv', '-q', '-p', 'python3', venv], {
    env: { ...process.env, UV_PYTHON_DOWNLOADS: 'never', UV_NO_CONFIG: '1' },
  });
  python = path.join(venv, 'bin', 'python');
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('workflows', () => {
  it('pass actionlint', async () => {
    const files = await workflowFiles();
    expect(files).toContain('.github/workflows/action-matrix.yml');
    const r = await outcome(actionlint, ['-no-color', ...files]);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('actionlint rejects an injected expression and an unknown runner', async () => {
    const bad = path.join(tmp, 'bad.yml');
    await writeFile(
      bad,
      'on: issues\njobs:\n  a:\n    runs-on: windows-12-arm\n    steps:\n' +
        '      - run: echo "${{ github.event.issue.title }}"\n',
    );
    const r = await outcome(actionlint, ['-no-color', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"windows-12-arm" is unknown');
    expect(r.stdout).toContain('potentially untrusted');
  });

  it('the matrix covers the real runners and passes outputs through env only', async () => {
    const yaml = await readFile(path.join(repoRoot, '.github/workflows/action-matrix.yml'), 'utf8');
    for (const want of [
      'windows-11-arm',
      'macos-15-intel',
      'macos-latest',
      'ubuntu-22.04',
      'ubuntu-24.04-arm',
      'container: alpine',
      'architecture: x86',
    ])
      expect(yaml).toContain(want);
    const scripts = runScripts(yaml);
    expect(scripts.length).toBeGreaterThan(8);
    for (const s of scripts) expect(s).not.toContain('${{');
    expect(runScripts('      - run: |\n          echo ${{ x }}\n        env: {}\n')).toEqual([
      '          echo ${{ x }}',
    ]);
  });
});

describe('matrix helpers against a real Python', () => {
  it('check_python.py accepts the right interpreter and rejects a wrong architecture', async () => {
    const { stdout } = await run(python, ['-c', 'import platform; print(platform.python_version())']);
    const env = { VERSION: stdout.trim(), EXPECT_ARCH: 'X64' };
    const ok = await outcome(python, [path.join(matrixDir, 'check_python.py')], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ version: env.VERSION, platform: 'linux-x86_64' });
    const wrong = await outcome(python, [path.join(matrixDir, 'check_python.py')], {
      ...env,
      EXPECT_ARCH: 'ARM64',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('is not ARM64');
  });

  it('timeout-kill.mjs sees the child time out and its grandchild gone', async () => {
    const r = await outcome('node', [path.join(matrixDir, 'timeout-kill.mjs')], { PYTHON: python });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ timedOut: true });
  });

  it('session.mjs keeps state and maps a Python exception', async () => {
    const r = await outcome('node', [path.join(matrixDir, 'session.mjs')], { PYTHON: python });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      counter: 42,
      error: expect.stringContaining('ZeroDivisionError'),
    });
  });
});
