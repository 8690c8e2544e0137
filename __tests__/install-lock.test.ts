import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PythonInstallationError } from '../src/core/errors.js';
import { clearStaleLock, readLock, withLock } from '../src/core/install/lock.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pyembed-lock-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('withLock', () => {
  it('serialises concurrent holders in one process and records the owner', async () => {
    const lock = path.join(dir, 'locks', 'b.lock');
    let inside = 0;
    let maxInside = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        withLock(lock, async () => {
          inside++;
          maxInside = Math.max(maxInside, inside);
          const info = await readLock(lock);
          expect(info).toMatchObject({ pid: process.pid, host: os.hostname() });
          await sleep(20);
          order.push(n);
          inside--;
        }),
      ),
    );
    expect(maxInside).toBe(1);
    expect(order.sort()).toEqual([1, 2, 3, 4, 5]);
    expect(await fs.readdir(path.join(dir, 'locks'))).toEqual([]);
  });

  it('releases the lock when fn throws', async () => {
    const lock = path.join(dir, 'x.lock');
    await expect(withLock(lock, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(fs.stat(lock)).rejects.toThrow();
    expect(await withLock(lock, async () => 42)).toBe(42);
  });

  it('breaks a lock left by a dead process at once', async () => {
    const lock = path.join(dir, 'dead.lock');
    const child = spawn(process.execPath, ['-e', 'setTimeout(()=>{},1)']);
    const deadPid = child.pid!;
    await new Promise((r) => child.on('exit', r));
    await fs.writeFile(
      lock,
      JSON.stringify({ pid: deadPid, host: os.hostname(), createdAt: new Date().toISOString() }),
    );
    expect(await withLock(lock, async () => 'ok', { timeoutMs: 5_000 })).toBe('ok');
  });

  it('sweeps the temp files of holders killed before they linked them, and only those', async () => {
    const lock = path.join(dir, 'v.lock');
    const child = spawn(process.execPath, ['-e', 'setTimeout(()=>{},1)']);
    const deadPid = child.pid!;
    await new Promise((r) => child.on('exit', r));
    const body = (pid: number, host = os.hostname()) =>
      JSON.stringify({ pid, host, createdAt: new Date().toISOString() });
    const temps = {
      dead: `v.lock.${deadPid}.0a1b2c3d.tmp`, // killed between writing it and linking it
      live: `v.lock.${process.ppid}.0a1b2c3e.tmp`, // another live process, mid-create
      elsewhere: `v.lock.${deadPid}.0a1b2c3f.tmp`, // a fresh one of another host sharing the directory
      other: `w.lock.${deadPid}.0a1b2c40.tmp`, // another lock's
      empty: `v.lock.${deadPid}.0a1b2c41.tmp`, // killed after creating it, before writing
      partial: `v.lock.${deadPid}.0a1b2c42.tmp`, // killed mid-write
      liveEmpty: `v.lock.${process.ppid}.0a1b2c43.tmp`, // a live process between creating and writing it
    };
    await fs.writeFile(path.join(dir, temps.empty), '');
    await fs.writeFile(path.join(dir, temps.partial), body(deadPid).slice(0, 9));
    await fs.writeFile(path.join(dir, temps.liveEmpty), '');
    await fs.writeFile(path.join(dir, temps.dead), body(deadPid));
    await fs.writeFile(path.join(dir, temps.live), body(process.ppid));
    await fs.writeFile(path.join(dir, temps.elsewhere), body(deadPid, 'another-host'));
    await fs.writeFile(path.join(dir, temps.other), body(deadPid));
    await withLock(lock, async () => undefined);
    expect((await fs.readdir(dir)).sort()).toEqual(
      [temps.live, temps.elsewhere, temps.other, temps.liveEmpty].sort(),
    );
  });

  it("clearStaleLock removes a dead holder's lock and keeps a live one", async () => {
    const dead = path.join(dir, 'left.lock');
    const child = spawn(process.execPath, ['-e', 'setTimeout(()=>{},1)']);
    const deadPid = child.pid!;
    await new Promise((r) => child.on('exit', r));
    await fs.writeFile(
      dead,
      JSON.stringify({ pid: deadPid, host: os.hostname(), createdAt: new Date().toISOString() }),
    );
    await clearStaleLock(dead);
    await expect(fs.stat(dead)).rejects.toThrow(/ENOENT/);
    const live = path.join(dir, 'live.lock');
    await withLock(live, async () => {
      await clearStaleLock(live);
      expect((await readLock(live))?.pid).toBe(process.pid);
    });
    await clearStaleLock(path.join(dir, 'absent.lock')); // nothing there: no error
  });

  it('breaks a lock whose heartbeat is older than staleMs (owner on another host)', async () => {
    const lock = path.join(dir, 'old.lock');
    await fs.writeFile(
      lock,
      JSON.stringify({ pid: 1, host: 'elsewhere', createdAt: '2020-01-01T00:00:00Z' }),
    );
    const old = new Date(Date.now() - 60_000);
    await fs.utimes(lock, old, old);
    expect(await withLock(lock, async () => 'ok', { staleMs: 10_000, timeoutMs: 5_000 })).toBe('ok');
  });

  it('waits for a live holder (heartbeat keeps it fresh) and times out with a typed error', async () => {
    const lock = path.join(dir, 'live.lock');
    let release!: () => void;
    const held = withLock(lock, () => new Promise<void>((r) => (release = r)), { staleMs: 200 });
    await sleep(50);
    let waited = false;
    // staleMs 200 with heartbeats every 50 ms: the waiter must not break a live lock within 600 ms.
    const err = await withLock(lock, async () => 'no', {
      staleMs: 200,
      timeoutMs: 600,
      onWait: () => (waited = true),
    }).catch((e) => e);
    expect(waited).toBe(true);
    expect(err).toBeInstanceOf(PythonInstallationError);
    expect(err.details.holder).toMatchObject({ pid: process.pid });
    release();
    await held;
    expect(await withLock(lock, async () => 'yes')).toBe('yes');
  });

  it('gives a lock to exactly one of several processes at a time', async () => {
    const lock = path.join(dir, 'mp.lock');
    const log = path.join(dir, 'log.txt');
    const script = `
      import fs from 'node:fs/promises';
      import { withLock } from ${JSON.stringify(path.resolve('src/core/install/lock.ts'))};
      await withLock(process.argv[2], async () => {
        await fs.appendFile(process.argv[3], 'in ' + process.pid + '\\n');
        await new Promise((r) => setTimeout(r, 100));
        await fs.appendFile(process.argv[3], 'out ' + process.pid + '\\n');
      });
    `;
    const file = path.join(dir, 'child.mts');
    await fs.writeFile(file, script);
    const tsx = path.resolve('node_modules/.bin/tsx');
    const codes = await Promise.all(
      [1, 2, 3, 4].map(
        () =>
          new Promise<number | null>((resolve) => {
            const c = spawn(tsx, [file, lock, log], { stdio: 'inherit' });
            c.on('exit', resolve);
          }),
      ),
    );
    expect(codes).toEqual([0, 0, 0, 0]);
    const lines = (await fs.readFile(log, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(8);
    for (let i = 0; i < 8; i += 2) {
      expect(lines[i].startsWith('in ')).toBe(true);
      expect(lines[i + 1]).toBe(lines[i].replace('in ', 'out '));
    }
  });

  // Linux only by design: elsewhere a pid's start time cannot be checked, so workers are waited for, not killed
  it.runIf(process.platform === 'linux')(
    'ends the processes a SIGKILLed holder started for the locked work before the next holder starts',
    async () => {
      const lock = path.join(dir, 'w.lock');
      const script = `
        import { withLock } from ${JSON.stringify(path.resolve('src/core/install/lock.ts'))};
        import { spawnCapture } from ${JSON.stringify(path.resolve('src/core/uv/spawn.ts'))};
        await withLock(process.argv[2], async (lock) => {
          const done = spawnCapture('sleep', ['120'], {
            onSpawn: (pid, group) => {
              lock.track(pid, group);
              console.log('worker ' + pid);
            },
          });
          await done;
        });
      `;
      const file = path.join(dir, 'holder.mts');
      await fs.writeFile(file, script);
      const holder = spawn(process.execPath, ['--import', 'tsx', file, lock], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const workerPid = await new Promise<number>((resolve, reject) => {
        let out = '';
        holder.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          const m = /worker (\d+)/.exec(out);
          if (m) resolve(Number(m[1]));
        });
        holder.on('exit', () => reject(new Error(`holder exited before starting its worker: ${out}`)));
      });
      holder.kill('SIGKILL');
      await new Promise((r) => holder.once('exit', r));
      expect(isRunning(workerPid)).toBe(true); // the orphan lives on: its own process group
      expect((await readLock(lock))?.workers?.map((w) => w.pid)).toEqual([workerPid]);
      expect(await withLock(lock, async () => isRunning(workerPid))).toBe(false);
    },
    60_000,
  );
});

function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]);
  } catch {
    return false;
  }
}
