// Work a run owes but nobody waits for runs while the run waits on a child process (src/core/idle.ts): each
// child spawnCapture starts opens such a window; a task runs in each until it is removed, and a failing task
// touches neither the run nor the other tasks. The built faces hold two copies of the module (the entry and
// the file it runs): a task one copy registers runs in a window the other opens.
import { describe, expect, it } from 'vitest';
import { whileWaiting } from '../src/core/idle.js';
import { spawnCapture } from '../src/core/uv/spawn.js';

const turn = () => new Promise((r) => setImmediate(r));
const node = (code: string) => spawnCapture(process.execPath, ['-e', code]);

describe('idle work', () => {
  it('runs in every window a child opens until removed; a throwing task does not stop the others', async () => {
    const seen: string[] = [];
    const stopBroken = whileWaiting(() => {
      throw new Error('broken task');
    });
    const stop = whileWaiting(() => seen.push('task'));
    const first = await node('process.stdout.write("one")');
    await turn();
    expect(first).toMatchObject({ exitCode: 0, stdout: 'one' });
    expect(seen).toEqual(['task']);

    const second = await node('process.stdout.write("two")');
    await turn();
    expect(second).toMatchObject({ exitCode: 0, stdout: 'two' });
    expect(seen).toEqual(['task', 'task']);

    stop();
    stopBroken();
    await node('');
    await turn();
    expect(seen).toEqual(['task', 'task']);
  });

  it('runs once for children started in the same turn', async () => {
    let runs = 0;
    const stop = whileWaiting(() => runs++);
    await Promise.all([node(''), node(''), node('')]);
    await turn();
    stop();
    expect(runs).toBe(1);
  });

  it('opens no window when the command cannot start', async () => {
    let runs = 0;
    const stop = whileWaiting(() => runs++);
    await expect(spawnCapture('/nonexistent/command', [])).rejects.toThrow();
    await turn();
    stop();
    expect(runs).toBe(0);
  });

  it('is one registry for every copy of the module in the process', async () => {
    const copy = '../src/core/idle.ts?second-copy'; // a query makes the loader evaluate the file again
    const other = (await import(/* @vite-ignore */ copy)) as typeof import('../src/core/idle.js');
    expect(other.whileWaiting).not.toBe(whileWaiting);
    let runs = 0;
    const stop = other.whileWaiting(() => runs++);
    await node('');
    await turn();
    stop();
    expect(runs).toBe(1);
  });
});
