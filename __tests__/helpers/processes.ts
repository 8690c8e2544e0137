// Process helpers shared by the tests: is a pid still running, and polling until a condition holds.
import { readFileSync } from 'node:fs';

/** A live process: it exists and is not a zombie waiting for its parent to reap it. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false; // gone between the two looks
  }
}

/**
 * Polls `cond` every `intervalMs` until it holds; throws `still waiting for: <what>` after `timeoutMs`.
 * The deadline is generous on purpose: it bounds a hang, it does not measure speed.
 */
export async function waitUntil(
  cond: () => boolean | Promise<boolean>,
  what: string,
  o: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (o.timeoutMs ?? 10_000);
  for (;;) {
    if (await cond()) return;
    if (Date.now() > deadline) throw new Error(`still waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, o.intervalMs ?? 20));
  }
}
