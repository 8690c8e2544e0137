/**
 * Streaming tens of MB through Buffers leaves their backing stores as garbage that V8 collects only once
 * ~64 MB of external memory has piled up, which alone would double an install's peak RSS. A young-generation
 * collection every few MB (cheap: the live heap is small) keeps the peak near the working set. `gc` is
 * reached through V8's --expose-gc in a fresh context, so the process's global scope is not changed; where
 * that is unavailable this is a no-op.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

type Gc = (o?: { type?: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;
let gcFn: Gc | null | undefined;

function getGc(): Gc | null {
  if (gcFn !== undefined) return gcFn;
  try {
    const g = (globalThis as { gc?: Gc }).gc;
    if (typeof g === 'function') return (gcFn = g);
    v8.setFlagsFromString('--expose-gc');
    gcFn = vm.runInNewContext('gc') as Gc;
  } catch {
    gcFn = null;
  }
  return gcFn;
}

/** Returns a counter: feed it byte counts; it collects young garbage every `everyBytes`. */
export function garbageMeter(everyBytes = 2 * 1024 * 1024): (bytes: number) => void {
  let pending = 0;
  return (bytes: number) => {
    pending += bytes;
    if (pending < everyBytes) return;
    pending = 0;
    getGc()?.({ type: 'minor' });
  };
}
