/**
 * Lets the installer tune V8 for streaming when its first bytes arrive: expose `gc` (V8's `--expose-gc`)
 * and leave the hot code to Maglev (v8-tiers.ts). Called by hosts that own their process; a run that
 * installs nothing never loads node:v8 or node:vm for it, nor changes a flag.
 */
export declare function allowV8Tuning(): void;
/**
 * Whether this process streamed an install (download, extraction) so far; on the process, like the
 * permission above, so that every bundled copy of this module answers the same.
 */
export declare function streamedInProcess(): boolean;
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
export declare function noteGarbage(bytes: number): void;
