/**
 * Streaming tens of MB through Buffers leaves their backing stores as garbage that V8 collects only once
 * ~64 MB of external memory has piled up, which alone would double an install's peak RSS. A young-generation
 * collection every few MB (cheap: the live heap is small) keeps the peak near the working set.
 *
 * The library never changes V8 flags of the process it runs in: it uses `gc` only when the host exposed it
 * (`node --expose-gc`) or allowed it with allowHostGc(), as the `pyembed` CLI and the action entry do: they
 * own their process. Elsewhere this is a no-op and V8 collects on its own schedule.
 */
import { v8Module, vmModule } from '../builtins.js';

type Gc = (o?: { type?: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;
let gcFn: Gc | null | undefined;
let mayExposeGc = false;

/**
 * Lets the installer expose `gc` (V8's `--expose-gc`) when it first needs it. Called by hosts that own
 * their process; a run that installs nothing never loads node:v8 or node:vm for it.
 */
export function allowHostGc(): void {
  mayExposeGc = true;
}

/** The host's `gc`: on the global object (`--expose-gc` at start) or in a fresh context (flag set later). */
function hostGc(): Gc | null {
  const g = (globalThis as { gc?: unknown }).gc;
  if (typeof g === 'function') return g as Gc;
  if (!mayExposeGc) return null;
  try {
    // a context created after the flag is set has `gc`; the main context keeps what it started with
    v8Module().setFlagsFromString('--expose-gc');
    const fromContext: unknown = vmModule().runInNewContext('typeof gc === "function" ? gc : null');
    return typeof fromContext === 'function' ? (fromContext as Gc) : null;
  } catch {
    return null;
  }
}

/** Returns a counter: feed it byte counts; it collects young garbage every `everyBytes` (when it can). */
export function garbageMeter(everyBytes = 2 * 1024 * 1024): (bytes: number) => void {
  let pending = 0;
  return (bytes: number) => {
    pending += bytes;
    if (pending < everyBytes) return;
    pending = 0;
    if (gcFn === undefined) gcFn = hostGc(); // asked once: a fresh context costs about a millisecond
    gcFn?.({ type: 'minor' });
  };
}
