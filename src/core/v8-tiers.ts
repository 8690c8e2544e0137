/**
 * V8 optimises hot functions in tiers: Maglev compiles quickly, TurboFan later and at length, on a background
 * thread with several MB of compiler memory. A `pyembed` command or the action's step lasts a second or two,
 * and its hot code is stream plumbing around native zlib, hashing and file writes: TurboFan's code arrives
 * when most of the work is done. Measured on Node 24 (the 33 MB install_only archive, alternated runs,
 * medians of 9-11): `pyembed install` peak RSS 80.4 -> 74.2 MB and CPU 1.21 -> 1.15 s at the same wall time;
 * the action's main step with a fresh tool cache 81.4 -> 75.9 MB. Without Maglev as well: 67.7 MB but 7%
 * slower. On V8 before 12 (Node 20) Maglev is off, and TurboFan is then the only optimising tier: kept.
 *
 * Called by the installer as its first bytes arrive, and only when the host owns its process and said so
 * (allowV8Tuning in install/memory.ts: the CLI and the action's main step); the library never changes the
 * flags of a process it runs in. A run that installs nothing keeps V8 as it started. Changing the flag
 * mid-run leaves Node's compile cache valid (checked with NODE_DEBUG_NATIVE=COMPILE_CACHE: accepted).
 */
import { v8Module } from './builtins.js';

/** True when this V8 has Maglev on by default (V8 12, Node 22 and later). */
export function hasMaglev(v8Version = process.versions.v8): boolean {
  return Number(v8Version.split('.')[0]) >= 12;
}

/** Leaves the process's hot code to Maglev (TurboFan off); a no-op where Maglev is not there. */
export function skipTurbofan(): void {
  if (hasMaglev()) v8Module().setFlagsFromString('--no-turbofan');
}
