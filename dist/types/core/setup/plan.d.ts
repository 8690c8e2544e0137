import type { SetupOptions, SetupPlan } from './types.js';
/** A venv value is a path when it is absolute or has a separator or starts with a dot; else a name. */
export declare function isVenvPath(v: string): boolean;
/**
 * Checks everything setup was asked for and works out what it will do, before any download or install:
 * conflicting inputs, package specs and extras, the Python spec, the venv name, index URLs, and that every
 * requirements / constraints / project file can be read. Reads files (version files, those checks), never
 * the network. Each refusal is the typed error a later phase would have thrown, with guidance.
 */
export declare function planSetup(options?: SetupOptions): Promise<SetupPlan>;
