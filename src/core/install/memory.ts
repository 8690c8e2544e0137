/**
 * Streaming tens of MB through Buffers leaves their backing stores as garbage that V8 collects only once
 * ~64 MB of external memory has piled up, which alone would double an install's peak RSS. A young-generation
 * collection every few MB (cheap: the live heap is small), and a full one when chunks outlived it, keep the
 * peak near the working set.
 *
 * The library never changes V8 flags of the process it runs in: it uses `gc` only when the host exposed it
 * (`node --expose-gc`) or allowed it with allowV8Tuning(), as the `pyembed` CLI and the action entry do: they
 * own their process. Elsewhere this is a no-op and V8 collects on its own schedule.
 */
import { v8Module, vmModule } from '../builtins.js';
import { skipTurbofan } from '../v8-tiers.js';

type Gc = (o?: { type?: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;
let gcFn: Gc | null | undefined;

/**
 * The permission lives on the process, not in this module: a face's bundle is a tiny entry plus one file
 * with the rest (scripts/build.mjs), and each carries its own copy of this module. A module variable set by
 * the action's entry was never seen by the installer's copy, so the action streamed without collecting.
 */
const HOST_GC = Symbol.for('python-embedded.allowV8Tuning');
/** Set once any stream of the process noted garbage: the process installed (downloaded, extracted) something. */
const STREAMED = Symbol.for('python-embedded.streamed');
type ProcessMarks = { [HOST_GC]?: boolean; [STREAMED]?: boolean };

/**
 * Lets the installer tune V8 for streaming when its first bytes arrive: expose `gc` (V8's `--expose-gc`)
 * and leave the hot code to Maglev (v8-tiers.ts). Called by hosts that own their process; a run that
 * installs nothing never loads node:v8 or node:vm for it, nor changes a flag.
 */
export function allowV8Tuning(): void {
  (globalThis as ProcessMarks)[HOST_GC] = true;
}

/**
 * Whether this process streamed an install (download, extraction) so far; on the process, like the
 * permission above, so that every bundled copy of this module answers the same.
 */
export function streamedInProcess(): boolean {
  return (globalThis as ProcessMarks)[STREAMED] === true;
}

/**
 * The host's `gc`: on the global object (`--expose-gc` at start) or in a fresh context (flag set later). With
 * the host's permission, TurboFan goes off here too, whichever way `gc` came.
 */
function hostGc(): Gc | null {
  const allowed = (globalThis as ProcessMarks)[HOST_GC] === true;
  if (allowed) skipTurbofan();
  const g = (globalThis as { gc?: unknown }).gc;
  if (typeof g === 'function') return g as Gc;
  if (!allowed) return null;
  try {
    // a context created after the flag is set has `gc`; the main context keeps what it started with
    v8Module().setFlagsFromString('--expose-gc');
    const fromContext: unknown = vmModule().runInNewContext('typeof gc === "function" ? gc : null');
    return typeof fromContext === 'function' ? (fromContext as Gc) : null;
  } catch {
    return null;
  }
}

/** Bytes of Buffers every stream of the process allocated since the last collection. */
let pending = 0;
/** A young-generation collection per this many bytes allocated by the streams of the process. */
const COLLECT_EVERY = 2 * 1024 * 1024;
/**
 * Chunks alive across two young collections (a file's chunks, a stream waiting its turn) move to the old
 * generation and are freed only by a full collection, which V8 starts once ~64 MB of them piled up: the
 * action's concurrent uv download let them pile up to 25 MB. When the Buffers still held at a collection
 * point exceed this, it is a full one (a few ms, for the ~10 MB heap of an install); one or two per install.
 */
const FULL_ABOVE = 6 * 1024 * 1024;

/**
 * Called by each stream for the Buffers it allocates (downloaded, read or inflated bytes); every
 * COLLECT_EVERY of them in the whole process, a collection (when the host allows it). Counted
 * process-wide, not per stream: the action downloads uv while it installs Python.
 *
 * Measured on Node 24 (peak RSS, alternated runs, medians of 3-11, `pyembed install` / the action's main
 * step, the 33 MB install_only archive, uv downloaded beside it): young only, every 1 MB 98.7 / 102.5 MB,
 * 2 MB 82.8 / 105.9, 4 MB 84.8-85.5 / 90.1-90.9, 8 MB 88.4 / 93.8, never 94.5 / 103.2; every 2 MB with a
 * full collection above 6 MB: 77.8 / 82.3 (with download.ts's 64 KiB buffer) at the same CPU time; above
 * 4 MB: 77.4 but +180 ms of CPU (a full collection nearly every time).
 */
export function noteGarbage(bytes: number): void {
  (globalThis as ProcessMarks)[STREAMED] = true;
  // asked once, on the first bytes (before any of the stream's code is hot): a fresh context costs ~1 ms
  if (gcFn === undefined) gcFn = hostGc();
  pending += bytes;
  if (pending < COLLECT_EVERY) return;
  pending = 0;
  if (!gcFn) return;
  gcFn({ type: process.memoryUsage().arrayBuffers > FULL_ABOVE ? 'major' : 'minor' });
}
