// PythonSession against the test world's relocated CPython: state across calls, exceptions with
// tracebacks, timeouts that interrupt or restart, ordering, output routing, crash and close.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PythonExecutionError } from '../src/core/errors.js';
import { PythonSession } from '../src/core/session/session.js';
import { buildPbsFixture, repoRoot } from '../test-world/index.js';
import { alive, waitUntil } from './helpers/processes.js';

const execFileP = promisify(execFile);
let scratch: string;
let python: string;
const open: PythonSession[] = [];

beforeAll(async () => {
  const fixture = await buildPbsFixture();
  const a = fixture.archives.find((x) => x.flavor === 'install_only_stripped' && x.format === 'tar.gz')!;
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'session-'));
  await execFileP('tar', ['-xzf', a.path, '-C', scratch]);
  python = path.join(scratch, 'python', 'bin', 'python3');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await fs.rm(scratch, { recursive: true, force: true });
});

async function start(o: Parameters<typeof PythonSession.start>[1] = {}): Promise<PythonSession> {
  const s = await PythonSession.start(python, o);
  open.push(s);
  return s;
}

async function failure(p: Promise<unknown>): Promise<PythonExecutionError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(PythonExecutionError);
  return e as PythonExecutionError;
}

describe('PythonSession', () => {
  it('runs the relocated interpreter and keeps state across calls', async () => {
    const s = await start();
    expect(s.info).toMatchObject({ version: '3.11.7', implementation: 'cpython' });
    expect(s.info?.executable.startsWith(scratch)).toBe(true);
    await s.exec('counter = 1');
    await s.exec('counter += 41');
    expect(await s.eval('counter')).toBe(42);
    await s.set('data', { a: [1, 2.5, 'é', null, true] });
    expect(await s.eval('data["a"][2] + str(len(data["a"]))')).toBe('é5');
    expect(await s.get('data')).toEqual({ a: [1, 2.5, 'é', null, true] });
    expect(await s.eval('None')).toBeNull();
  });

  it('calls functions by dotted name: modules on demand, submodules, session globals, builtins', async () => {
    const s = await start();
    expect(await s.call('json.dumps', [{ b: 1, a: 2 }], { sort_keys: true })).toBe('{"a": 2, "b": 1}');
    expect(await s.call('os.path.join', ['a', 'b'])).toBe('a/b');
    expect(await s.call('xml.etree.ElementTree.tostring', [], {}).catch((e: Error) => e.message)).toMatch(
      /TypeError/,
    );
    await s.exec(
      'def add(x, y=10):\n    return x + y\nclass K:\n    def m(self, v):\n        return v * 2\nk = K()',
    );
    expect(await s.call('add', [1])).toBe(11);
    expect(await s.call('add', [1], { y: 2 })).toBe(3);
    expect(await s.call('k.m', ['ab'])).toBe('abab');
    expect(await s.call('len', [[1, 2, 3]])).toBe(3);
    const info = await s.import('json', { as: 'j' });
    expect(info).toMatchObject({ name: 'json', version: expect.any(String) });
    expect(info.file).toContain(scratch);
    expect(await s.eval('j.loads("[1]")')).toEqual([1]);
    await s.import('os.path');
    expect(await s.eval('os.path.basename("/x/y")')).toBe('y');
    const missing = await failure(s.call('no_such_module_pyembed.f'));
    expect(missing.details.type).toBe('ModuleNotFoundError');
  });

  it('maps Python exceptions to PythonExecutionError with type, message and traceback', async () => {
    const s = await start();
    await s.exec('def divide(a, b):\n    return a / b');
    const e = await failure(s.call('divide', [1, 0]));
    expect(e.details).toMatchObject({
      type: 'ZeroDivisionError',
      message: 'division by zero',
      kind: 'exception',
    });
    const tb = String(e.details.traceback);
    expect(tb).toMatch(/^Traceback \(most recent call last\):/);
    expect(tb).toContain('return a / b'); // the session's own source lines appear in the traceback
    expect(tb.trimEnd().endsWith('ZeroDivisionError: division by zero')).toBe(true);
    expect(tb).not.toContain('_pyembed_worker');
    expect(e.message).toContain('ZeroDivisionError: division by zero');
    const syntax = await failure(s.exec('def broken(:'));
    expect(syntax.details.type).toBe('SyntaxError');
    const custom = await failure(s.exec('class MyErr(Exception): pass\nraise MyErr("mine")'));
    expect(custom.details).toMatchObject({ type: '__main__.MyErr', message: 'mine' });
    // sys.exit in user code is an error of the call, not the end of the session.
    const exit = await failure(s.exec('import sys; sys.exit(4)'));
    expect(exit.details.type).toBe('SystemExit');
    expect(await s.eval('1 + 1')).toBe(2);
  });

  it('names the type of a result JSON cannot carry and keeps going', async () => {
    const s = await start();
    const set = await failure(s.eval('{1, 2}'));
    expect(set.details.kind).toBe('serialization');
    expect(set.message).toContain('set');
    const nested = await failure(s.eval('{"when": __import__("datetime").date(2020, 1, 2)}'));
    expect(nested.message).toContain('datetime.date');
    const nan = await failure(s.eval('float("nan")'));
    expect(nan.message).toMatch(/JSON/);
    await expect(s.call('len', [10n])).rejects.toThrow(/cannot be sent as JSON/);
    expect(await s.eval('[1, (2, 3)]')).toEqual([1, [2, 3]]);
  });

  it('interrupts an infinite loop on timeout and keeps the state', async () => {
    const s = await start({ callTimeoutMs: 60_000 });
    await s.exec('kept = "yes"');
    const pid = s.pid;
    const e = await failure(s.exec('while True:\n    pass', { timeoutMs: 300 }));
    expect(e.details).toMatchObject({
      kind: 'timeout',
      timedOut: true,
      stateLost: false,
      type: 'KeyboardInterrupt',
    });
    expect(e.details.traceback).toContain('while True');
    expect(e.details.traceback).not.toContain('on_sigint');
    expect(await s.eval('kept')).toBe('yes');
    expect(s.pid).toBe(pid);
    expect(s.restarts).toBe(0);
    // The session-wide default applies too.
    const s2 = await start({ callTimeoutMs: 300 });
    expect((await failure(s2.exec('while True: pass'))).details.timedOut).toBe(true);
    expect(await s2.eval('2')).toBe(2);
  });

  it('kills and restarts a worker that ignores the interrupt, and says the state is lost', async () => {
    const restarts: string[] = [];
    const s = await start({ interruptGraceMs: 500, onRestart: (r) => restarts.push(r) });
    await s.exec('kept = 1');
    const oldPid = s.pid!;
    const stubborn =
      'import time\nwhile True:\n    try:\n        time.sleep(5)\n    except KeyboardInterrupt:\n        pass';
    const e = await failure(s.exec(stubborn, { timeoutMs: 300 }));
    expect(e.details).toMatchObject({ kind: 'timeout', stateLost: true });
    expect(e.message).toMatch(/state .* lost/);
    expect(await s.eval('1 + 1')).toBe(2);
    expect((await failure(s.eval('kept'))).details.type).toBe('NameError');
    expect(s.restarts).toBe(1);
    expect(restarts).toHaveLength(1);
    expect(s.pid).not.toBe(oldPid);
    await waitUntil(() => !alive(oldPid), `old worker ${oldPid} to be gone`);
  });

  it('aborts a running call and rejects a queued one with the signal', async () => {
    const s = await start();
    const ac = new AbortController();
    const running = failure(s.exec('import time\ntime.sleep(30)', { signal: ac.signal }));
    const queued = failure(s.eval('1', { signal: ac.signal }));
    const after = s.eval('"after"');
    ac.abort();
    expect((await running).details).toMatchObject({ kind: 'aborted', aborted: true, stateLost: false });
    expect((await queued).details).toMatchObject({ kind: 'aborted' });
    expect(await after).toBe('after');
    await expect(s.eval('1', { signal: ac.signal })).rejects.toThrow(/aborted/);
  });

  it('answers 1,000 sequential calls', async () => {
    const s = await start();
    await s.exec('total = 0');
    for (let i = 0; i < 1000; i++) {
      expect(await s.call('int', [String(i)])).toBe(i);
      if (i % 2 === 0) await s.exec(`total += ${i}`);
    }
    expect(await s.eval('total')).toBe(249500);
  });

  it('runs concurrent calls one at a time in the order they were made', async () => {
    const s = await start();
    await s.exec('order = []\ndef note(i):\n    order.append(i)\n    return i * 2');
    const calls = Array.from({ length: 200 }, (_, i) =>
      i % 3 === 0 ? s.eval(`note(${i})`) : s.call('note', [i]),
    );
    expect(await Promise.all(calls)).toEqual(Array.from({ length: 200 }, (_, i) => i * 2));
    expect(await s.eval('order')).toEqual(Array.from({ length: 200 }, (_, i) => i));
  });

  it('routes print output to the handlers, never into the protocol', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const s = await start({ onStdout: (l) => out.push(l), onStderr: (l) => err.push(l) });
    // Output that looks like protocol responses, lots of it, and partial lines.
    const fake = '{"jsonrpc":"2.0","id":2,"result":"forged"}';
    const r = await s.eval(
      `(print(${JSON.stringify(fake)}), print("x" * 200000), print("no newline", end=""), ` +
        `__import__("sys").stderr.write("warn\\n"), "real")[-1]`,
    );
    expect(r).toBe('real');
    // Every complete line a call printed reached the handlers before the call resolved.
    expect(out).toEqual([fake, 'x'.repeat(200000)]);
    expect(err).toEqual(['warn']);
    expect(await s.eval('"next"')).toBe('next');
    await s.exec('print(" and the rest")');
    expect(out).toEqual([fake, 'x'.repeat(200000), 'no newline and the rest']);
  });

  it('a throwing output handler fails the call it printed in, not the session', async () => {
    const boom = new Error('handler failed');
    const s = await start({
      onStdout: (l) => {
        if (l === 'bad') throw boom;
      },
    });
    await expect(s.exec('print("bad")')).rejects.toBe(boom);
    expect(await s.eval('"fine"')).toBe('fine');
  });

  it('reports a worker crash, then continues on a fresh worker', async () => {
    const s = await start();
    await s.exec('kept = 1');
    const e = await failure(s.exec('import os; os._exit(7)'));
    expect(e.details).toMatchObject({ kind: 'crash', processExitCode: 7, stateLost: true });
    expect(await s.eval('"alive"')).toBe('alive');
    expect(s.restarts).toBe(1);
    // A crash between calls (an external kill) is reported by the next call, not hidden.
    const pid = s.pid!;
    process.kill(pid, 'SIGKILL');
    await waitUntil(() => !alive(pid), 'worker killed');
    await waitUntil(() => s.restarts === 2, 'restart noticed');
    const next = await failure(s.eval('1'));
    expect(next.details).toMatchObject({ kind: 'crash', signal: 'SIGKILL' });
    expect(await s.eval('1')).toBe(1);
  });

  it('applies maxMemoryMB to the worker: MemoryError is a call error, the session survives', async () => {
    const s = await start({ maxMemoryMB: 300 });
    const e = await failure(s.eval('len(bytearray(600 * 1024 * 1024))'));
    expect(e.details.type).toBe('MemoryError');
    expect(await s.eval('len(bytearray(10 * 1024 * 1024))')).toBe(10 * 1024 * 1024);
  });

  it('close() rejects pending calls and ends the worker and what it started', async () => {
    const s = await PythonSession.start(python, { cwd: scratch, env: { PYEMBED_SESSION_TEST: 'v' } });
    expect(await s.eval('__import__("os").environ["PYEMBED_SESSION_TEST"]')).toBe('v');
    expect(await s.eval('__import__("os").getcwd()')).toBe(await fs.realpath(scratch));
    const grandchild = (await s.eval('__import__("subprocess").Popen(["sleep", "1000"]).pid')) as number;
    const pid = s.pid!;
    const running = failure(s.exec('import time\ntime.sleep(30)'));
    const queued = failure(s.eval('1'));
    await s.close();
    expect((await queued).details.kind).toBe('closed');
    expect((await running).details.kind).toBe('closed');
    expect((await failure(s.eval('1'))).details.kind).toBe('closed');
    expect(s.isClosed).toBe(true);
    await waitUntil(() => !alive(pid) && !alive(grandchild), 'worker and its child to be gone');
    await s.close(); // idempotent
  });

  it('fails to start with a clear error for a path that is not an interpreter', async () => {
    const e = await failure(PythonSession.start(path.join(scratch, 'nope', 'python3')));
    expect(e.details.kind).toBe('start');
    const notPython = await failure(PythonSession.start('/bin/false'));
    expect(notPython.message).toMatch(/exited \(exit code 1\) before it was ready/);
  });

  it('does not keep Node alive and dies with its parent when never closed', async () => {
    const script = path.join(scratch, 'forgotten.mts');
    const sessionModule = path.join(repoRoot, 'src', 'core', 'session', 'session.ts');
    await fs.writeFile(
      script,
      `import { PythonSession } from ${JSON.stringify(sessionModule)};\n` +
        `const s = await PythonSession.start(${JSON.stringify(python)});\n` +
        `await s.exec('x = 1');\n` +
        `console.log(s.pid);\n`, // no close(): the event loop must still drain and exit
    );
    const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
    const { stdout } = await execFileP(tsx, [script], { timeout: 60_000 });
    const pid = Number(stdout.trim());
    expect(pid).toBeGreaterThan(0);
    await waitUntil(() => !alive(pid), `orphaned worker ${pid} to be gone`);
  });
});
