// The install lock (withLock): stale locks of dead processes, garbage lock files, contention between real
// processes (no lost update), a live holder past the timeout, a crashed breaker, a throwing critical section.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { PythonInstallationError } from '../../src/core/errors.js';
import { withLock } from '../../src/core/install/lock.js';
import { alive, describeError, exists, leftovers, rcase, rejection, scratch, spawnTs } from './harness.js';

const AREA = 'locks';
let dir: string;

/** A pid that certainly belonged to a process and is now dead. */
async function deadPid(): Promise<number> {
  const p = spawn(process.execPath, ['-e', '0']);
  const pid = p.pid!;
  await new Promise((r) => p.on('close', r));
  expect(alive(pid)).toBe(false);
  return pid;
}

beforeAll(async () => {
  dir = await scratch('locks');
});
afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('withLock', () => {
  rcase(
    AREA,
    'stale lock of a dead pid (fresh mtime)',
    'broken at once (not after staleMs); the work runs; lock removed',
    async (c) => {
      const lock = path.join(dir, 'dead', 'build.lock');
      await fs.mkdir(path.dirname(lock), { recursive: true });
      const pid = await deadPid();
      await fs.writeFile(
        lock,
        JSON.stringify({ pid, host: os.hostname(), createdAt: new Date().toISOString(), token: 'old' }),
      );
      let ran = false;
      // staleMs of an hour and a 5 s timeout: only the dead-pid rule can let us in
      await withLock(
        lock,
        async () => {
          ran = true;
        },
        { staleMs: 3_600_000, timeoutMs: 5_000 },
      );
      expect(ran).toBe(true);
      c.result(`lock of dead pid ${pid} broken; critical section ran`);
      await c.intact(async () => {
        expect(await exists(lock)).toBe(false);
        expect(await leftovers(path.dirname(lock))).toEqual([]);
      });
    },
  );

  rcase(
    AREA,
    'lock file with garbage content and an old heartbeat',
    'broken by age; the work runs',
    async (c) => {
      const lock = path.join(dir, 'garbage', 'build.lock');
      await fs.mkdir(path.dirname(lock), { recursive: true });
      await fs.writeFile(lock, '\0\0not json');
      const old = new Date(Date.now() - 10 * 60_000);
      await fs.utimes(lock, old, old);
      let ran = false;
      await withLock(
        lock,
        async () => {
          ran = true;
        },
        { staleMs: 60_000, timeoutMs: 5_000 },
      );
      expect(ran).toBe(true);
      c.result('garbage lock older than staleMs broken');
      await c.intact(async () => expect(await leftovers(path.dirname(lock))).toEqual([]));
    },
  );

  rcase(
    AREA,
    'empty lock file, fresh heartbeat, no owner',
    'waits (it may be mid-write), then breaks it once stale',
    async (c) => {
      const lock = path.join(dir, 'empty', 'build.lock');
      await fs.mkdir(path.dirname(lock), { recursive: true });
      await fs.writeFile(lock, '');
      let waited = false;
      await withLock(lock, async () => {}, {
        staleMs: 400,
        timeoutMs: 10_000,
        onWait: () => (waited = true),
      });
      expect(waited).toBe(true);
      c.result('waited, then broke the stale empty lock');
      await c.intact(async () => expect(await leftovers(path.dirname(lock))).toEqual([]));
    },
  );

  rcase(
    AREA,
    'lock held by a live process past the timeout',
    'PythonInstallationError naming the holder pid; its lock kept',
    async (c) => {
      const lock = path.join(dir, 'live', 'build.lock');
      await fs.mkdir(path.dirname(lock), { recursive: true });
      const holder = spawn('sleep', ['30']);
      try {
        const body = JSON.stringify({
          pid: holder.pid,
          host: os.hostname(),
          createdAt: new Date().toISOString(),
          token: 'theirs',
        });
        await fs.writeFile(lock, body);
        const e = await rejection(() => withLock(lock, async () => {}, { staleMs: 60_000, timeoutMs: 600 }));
        expect(e).toBeInstanceOf(PythonInstallationError);
        expect(e.message).toMatch(/Timed out waiting for the lock/);
        expect((e as PythonInstallationError).details.hint).toContain(String(holder.pid));
        c.result(describeError(e));
        await c.intact(async () => expect(await fs.readFile(lock, 'utf8')).toBe(body));
      } finally {
        holder.kill('SIGKILL');
      }
    },
  );

  rcase(
    AREA,
    'a breaker that crashed mid-break (stale .break file)',
    'the .break file ages out; the lock is taken',
    async (c) => {
      const lock = path.join(dir, 'breaker', 'build.lock');
      await fs.mkdir(path.dirname(lock), { recursive: true });
      const pid = await deadPid();
      await fs.writeFile(
        lock,
        JSON.stringify({ pid, host: os.hostname(), createdAt: new Date().toISOString(), token: 'x' }),
      );
      await fs.writeFile(
        `${lock}.break`,
        JSON.stringify({ pid, host: os.hostname(), createdAt: new Date().toISOString() }),
      );
      const old = new Date(Date.now() - 60_000);
      await fs.utimes(`${lock}.break`, old, old);
      await withLock(lock, async () => {}, { staleMs: 3_600_000, timeoutMs: 15_000 });
      c.result('old .break removed, dead lock broken, critical section ran');
      await c.intact(async () => expect(await leftovers(path.dirname(lock))).toEqual([]));
    },
  );

  rcase(AREA, 'the critical section throws', 'the error propagates; the lock is released', async (c) => {
    const lock = path.join(dir, 'throws', 'build.lock');
    const e = await rejection(() =>
      withLock(lock, async () => {
        throw new Error('boom');
      }),
    );
    expect(e.message).toBe('boom');
    await withLock(lock, async () => {}, { timeoutMs: 1_000 });
    c.result('error propagated; the lock was free again');
    await c.intact(async () => expect(await leftovers(path.dirname(lock))).toEqual([]));
  });

  rcase(
    AREA,
    '6 processes x 5 read-modify-write increments under one lock',
    'counter = 30 (no lost update), no lock left',
    async (c) => {
      const d = path.join(dir, 'contend');
      await fs.mkdir(d, { recursive: true });
      const counter = path.join(d, 'counter');
      await fs.writeFile(counter, '0');
      const code = `
        import fs from 'node:fs/promises';
        import { withLock } from '@src/core/install/lock.js';
        const [lock, counter] = process.argv.slice(2);
        for (let i = 0; i < 5; i++) {
          await withLock(lock, async () => {
            const n = Number(await fs.readFile(counter, 'utf8'));
            await new Promise((r) => setTimeout(r, 5 + Math.random() * 10));
            await fs.writeFile(counter, String(n + 1));
          }, { staleMs: 10_000 });
        }
        console.log('done');
      `;
      const kids = await Promise.all(
        Array.from({ length: 6 }, (_, i) => spawnTs(d, `inc${i}`, code, [path.join(d, 'c.lock'), counter])),
      );
      const exits = await Promise.all(kids.map((k) => k.exit));
      for (const x of exits) expect(x.code, x.stderr).toBe(0);
      expect(await fs.readFile(counter, 'utf8')).toBe('30');
      c.result('counter = 30 after 6 processes');
      await c.intact(async () => expect((await leftovers(d)).filter((p) => !p.endsWith('.mts'))).toEqual([]));
    },
    60_000,
  );

  rcase(
    AREA,
    'holder process killed -9 inside the critical section',
    'the next process breaks the dead lock and finishes',
    async (c) => {
      const d = path.join(dir, 'killed');
      await fs.mkdir(d, { recursive: true });
      const lock = path.join(d, 'k.lock');
      const child = await spawnTs(
        d,
        'holder',
        `
        import { withLock } from '@src/core/install/lock.js';
        await withLock(process.argv[2], async () => {
          console.log('holding');
          await new Promise((r) => setTimeout(r, 60_000));
        });
      `,
        [lock],
      );
      await child.waitFor(/holding/);
      child.proc.kill('SIGKILL');
      await child.exit;
      expect(await exists(lock)).toBe(true); // the dead holder's lock is still there
      let ran = false;
      await withLock(
        lock,
        async () => {
          ran = true;
        },
        { staleMs: 3_600_000, timeoutMs: 5_000 },
      );
      expect(ran).toBe(true);
      c.result('lock of the killed holder broken at once');
      await c.intact(async () => expect(await exists(lock)).toBe(false));
    },
    30_000,
  );
});
