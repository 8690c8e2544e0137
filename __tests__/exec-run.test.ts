// runProcess / runPython / runScript against the test world's relocated CPython: streaming handlers,
// stdin, env/cwd, whole-tree kill on timeout and abort, a real RLIMIT_AS, check, bounded capture.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, PythonExecutionError } from '../src/core/errors.js';
import { runProcess, runPython, runScript } from '../src/core/exec/run.js';
import { buildPbsFixture } from '../test-world/index.js';
import { alive, waitUntil } from './helpers/processes.js';

const execFileP = promisify(execFile);
let scratch: string;
let python: string;

beforeAll(async () => {
  const fixture = await buildPbsFixture();
  const a = fixture.archives.find((x) => x.flavor === 'install_only_stripped' && x.format === 'tar.gz')!;
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'exec-run-'));
  await execFileP('tar', ['-xzf', a.path, '-C', scratch]);
  python = path.join(scratch, 'python', 'bin', 'python3');
});
afterAll(async () => {
  await fs.rm(scratch, { recursive: true, force: true });
});

// Starts a grandchild that sleeps "forever", prints its pid, then blocks.
const spawnGrandchild =
  `import subprocess, time\n` +
  `p = subprocess.Popen(['sleep', '1000'])\n` +
  `print(p.pid, flush=True)\n` +
  `time.sleep(1000)\n`;

describe('runProcess / runPython', () => {
  it('streams lines to the handlers while the process is still running', async () => {
    // The child prints, then blocks until stdin says go: the first line can only have reached the
    // handler while the child was alive, because the test sends "go" from inside that handler.
    const stdin = new PassThrough();
    const seen: string[] = [];
    const errs: string[] = [];
    const code =
      'import sys\nprint("waiting")\nprint("to stderr", file=sys.stderr)\nline = sys.stdin.readline()\nprint("got " + line.strip())';
    const result = await runScript(python, { code }, [], {
      stdin,
      onStdout: (line) => {
        seen.push(line);
        if (line === 'waiting') stdin.end('go\n');
      },
      onStderr: (line) => errs.push(line),
    });
    expect(seen).toEqual(['waiting', 'got go']);
    expect(errs).toEqual(['to stderr']);
    expect(result).toMatchObject({
      exitCode: 0,
      signal: null,
      stdout: 'waiting\ngot go\n',
      stderr: 'to stderr\n',
    });
    expect(result.timedOut || result.aborted || result.outOfMemory || result.truncated).toBe(false);
  });

  it('pipes stdin from a string, a Buffer, a Readable, an iterable and a line function', async () => {
    const echo = ['-c', 'import sys; sys.stdout.write(sys.stdin.read().upper())'];
    expect((await runPython(python, echo, { stdin: 'abc\ndef' })).stdout).toBe('ABC\nDEF');
    expect((await runPython(python, echo, { stdin: Buffer.from('héllo') })).stdout).toBe('HÉLLO');
    expect((await runPython(python, echo, { stdin: Readable.from(['x', 'y']) })).stdout).toBe('XY');
    expect((await runPython(python, echo, { stdin: ['1', Buffer.from('2')] })).stdout).toBe('12');
    const lines = ['one', 'two'];
    expect((await runPython(python, echo, { stdin: () => lines.shift() ?? null })).stdout).toBe('ONE\nTWO\n');
    // No stdin given: the child sees EOF at once instead of hanging on input().
    const r = await runPython(python, ['-c', 'input()']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('EOFError');
  });

  it('merges, unsets or replaces the environment and honours cwd', async () => {
    process.env.PYEMBED_EXEC_TEST_PARENT = 'from-parent';
    try {
      const show = [
        '-c',
        'import os, json; print(json.dumps({k: os.environ.get(k) for k in ["A", "PYEMBED_EXEC_TEST_PARENT"]}))',
      ];
      const merged = await runPython(python, show, { env: { A: '1' } });
      expect(JSON.parse(merged.stdout)).toEqual({ A: '1', PYEMBED_EXEC_TEST_PARENT: 'from-parent' });
      const unset = await runPython(python, show, { env: { PYEMBED_EXEC_TEST_PARENT: undefined } });
      expect(JSON.parse(unset.stdout)).toEqual({ A: null, PYEMBED_EXEC_TEST_PARENT: null });
      const replaced = await runPython(python, show, { env: { A: '2' }, envMode: 'replace' });
      expect(JSON.parse(replaced.stdout)).toEqual({ A: '2', PYEMBED_EXEC_TEST_PARENT: null });
    } finally {
      delete process.env.PYEMBED_EXEC_TEST_PARENT;
    }
    const dir = await fs.mkdtemp(path.join(scratch, 'cwd-'));
    const r = await runPython(python, ['-c', 'import os; print(os.getcwd())'], { cwd: dir });
    expect(r.stdout.trim()).toBe(await fs.realpath(dir));
    await expect(runProcess('pwd', [], { cwd: path.join(dir, 'missing') })).rejects.toBeInstanceOf(
      PythonExecutionError,
    );
  });

  it('kills the whole tree on timeout, including a grandchild and one that left the process group', async () => {
    // One grandchild in the child's process group, one in a session of its own (setsid). The timeout
    // is generous so a loaded machine still starts both before it fires.
    const code =
      `import subprocess, time\n` +
      `a = subprocess.Popen(['sleep', '1000'])\n` +
      `b = subprocess.Popen(['sleep', '1000'], start_new_session=True)\n` +
      `print(a.pid, b.pid, flush=True)\n` +
      `time.sleep(1000)\n`;
    let pids: number[] = [];
    const r = await runScript(python, { code }, [], {
      timeoutMs: 3000,
      onStdout: (line) => (pids = line.split(' ').map(Number)),
    });
    expect(pids).toHaveLength(2);
    expect(r).toMatchObject({
      timedOut: true,
      aborted: false,
      exitCode: null,
      signal: 'SIGKILL',
      outOfMemory: false,
    });
    for (const pid of pids) await waitUntil(() => !alive(pid), `grandchild ${pid} to be gone`);
  });

  it('shares the terminal with inheritStdio and still kills the tree (no process group) on timeout', async () => {
    const pidFile = path.join(scratch, 'inherit-grandchild.pid');
    const code =
      `import subprocess, time\n` +
      `p = subprocess.Popen(['sleep', '1000'])\n` +
      `open(${JSON.stringify(pidFile)}, 'w').write(str(p.pid))\n` +
      `time.sleep(1000)\n`;
    const r = await runScript(python, code, [], { inheritStdio: true, timeoutMs: 3000 });
    expect(r).toMatchObject({ timedOut: true, stdout: '', stderr: '' });
    const grandchild = Number(await fs.readFile(pidFile, 'utf8'));
    expect(grandchild).toBeGreaterThan(0);
    await waitUntil(() => !alive(grandchild), `grandchild ${grandchild} to be gone`);
  });

  it('kills the whole tree on abort and reports it as an abort', async () => {
    const ac = new AbortController();
    let grandchild = 0;
    const r = await runScript(python, spawnGrandchild, [], {
      signal: ac.signal,
      timeoutMs: 120_000,
      onStdout: (line) => {
        grandchild = Number(line);
        ac.abort();
      },
    });
    expect(r).toMatchObject({ aborted: true, timedOut: false, exitCode: null });
    await waitUntil(() => !alive(grandchild), `grandchild ${grandchild} to be gone`);
    // Already aborted: nothing is started at all.
    const again = await runProcess('sh', ['-c', 'echo should-not-run'], { signal: ac.signal });
    expect(again).toMatchObject({ aborted: true, stdout: '', pid: undefined });
    await expect(runProcess('true', [], { signal: ac.signal, check: true })).rejects.toThrow(/aborted/);
  });

  it('enforces maxMemoryMB with every method and reports out-of-memory', async () => {
    const alloc = ['-c', 'b = bytearray(400 * 1024 * 1024); print(len(b))'];
    const free = await runPython(python, alloc);
    expect(free).toMatchObject({ exitCode: 0, outOfMemory: false, limits: { memory: 'not-requested' } });
    for (const method of ['auto', 'prlimit', 'ulimit', 'python'] as const) {
      const r = await runPython(python, alloc, { maxMemoryMB: 200, memoryLimitMethod: method });
      expect(r.limits.memory, method).toBe('enforced');
      expect(r.limits.memoryMethod).toBe(method === 'auto' ? 'prlimit' : method);
      expect(r.outOfMemory, `${method}: ${r.stderr}`).toBe(true);
      expect(r.exitCode).not.toBe(0);
      expect(r.stdout).toBe('');
    }
    // The limit is inherited by what the child starts.
    const nested = await runPython(
      python,
      [
        '-c',
        `import subprocess, sys; sys.exit(subprocess.run([sys.executable, '-c', 'bytearray(400 << 20)']).returncode)`,
      ],
      { maxMemoryMB: 200 },
    );
    expect(nested.outOfMemory).toBe(true);
    await expect(runPython(python, alloc, { maxMemoryMB: 200, check: true })).rejects.toThrow(
      /ran out of memory \(limit 200 MB\)/,
    );
    await expect(runPython(python, alloc, { maxMemoryMB: -1 })).rejects.toBeInstanceOf(ConfigurationError);
  });

  it('check: true turns a failure into PythonExecutionError with exit code, stderr tail and command', async () => {
    const err = await runPython(python, ['-c', 'import sys; print("boom", file=sys.stderr); sys.exit(3)'], {
      check: true,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PythonExecutionError);
    const e = err as PythonExecutionError;
    expect(e.details).toMatchObject({ processExitCode: 3, stderrTail: 'boom' });
    expect(String(e.details.requested)).toContain(python);
    expect(e.message).toContain('exit code 3');
    expect(e.toJSON().exitCode).toBe(30); // the CLI's code is not overwritten by the process's
    const ok = await runPython(python, ['-c', 'pass'], { check: true });
    expect(ok.exitCode).toBe(0);
    await expect(runProcess('no-such-command-pyembed', [])).rejects.toBeInstanceOf(PythonExecutionError);
    await expect(runProcess('no-such-command-pyembed', [], { maxMemoryMB: 100 })).rejects.toThrow(
      /Cannot start/,
    );
  });

  it('caps captured output but still hands every line to the handlers', async () => {
    let lines = 0;
    const r = await runPython(python, ['-c', 'for i in range(1000): print("x" * 99)'], {
      maxOutputBytes: 1000,
      onStdout: () => lines++,
    });
    expect(lines).toBe(1000);
    expect(r.stdout.length).toBe(1000);
    expect(r).toMatchObject({ truncated: true, stdoutTruncated: true, stderrTruncated: false, exitCode: 0 });
  });

  it('a handler that throws stops the process and rejects with its error', async () => {
    const boom = new Error('handler failed');
    let pid = 0;
    const p = runScript(python, 'import os, time\nprint(os.getpid(), flush=True)\ntime.sleep(1000)', [], {
      onStdout: (line) => {
        pid = Number(line);
        throw boom;
      },
    });
    await expect(p).rejects.toBe(boom);
    await waitUntil(() => !alive(pid), `child ${pid} to be gone`);
  });

  it('applies a priority (nice value) to the child from its first instruction', async () => {
    // The child reads its niceness at once: a priority set after spawn would race this read.
    const r = await runPython(python, ['-c', 'import os; print(os.nice(0))'], { priority: 'below-normal' });
    expect(r.limits.priority).toBe('applied');
    expect(Number(r.stdout)).toBe(os.constants.priority.PRIORITY_BELOW_NORMAL);
    // Started through `nice`, a missing command is still the spawn error, not nice's exit 127.
    await expect(runProcess('no-such-command-pyembed', [], { priority: 'idle' })).rejects.toBeInstanceOf(
      PythonExecutionError,
    );
    await expect(runProcess('true', [], { priority: 42 })).rejects.toBeInstanceOf(ConfigurationError);
  });

  it('runScript runs a file or code with arguments, and code too long for argv via a temp file', async () => {
    const file = path.join(scratch, 'args.py');
    await fs.writeFile(file, 'import sys, json; print(json.dumps(sys.argv[1:]))');
    expect(JSON.parse((await runScript(python, file, ['a', 'b c'])).stdout)).toEqual(['a', 'b c']);
    expect(JSON.parse((await runScript(python, { path: file }, ['d'])).stdout)).toEqual(['d']);
    const big = `x = ${JSON.stringify('y'.repeat(200_000))}\nimport sys\nprint(len(x), sys.argv[1:])`;
    expect((await runScript(python, big, ['z'])).stdout.trim()).toBe("200000 ['z']");
    // UTF-8 output split across chunks stays intact.
    const utf = await runScript(python, 'print("é" * 100000)');
    expect(utf.stdout.trim()).toBe('é'.repeat(100000));
  });
});
