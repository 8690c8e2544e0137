/**
 * Lets the installer expose `gc` (V8's `--expose-gc`) when it first needs it. Called by hosts that own
 * their process; a run that installs nothing never loads node:v8 or node:vm for it.
 */
export declare function allowHostGc(): void;
/** Returns a counter: feed it byte counts; it collects young garbage every `everyBytes` (when it can). */
export declare function garbageMeter(everyBytes?: number): (bytes: number) => void;
