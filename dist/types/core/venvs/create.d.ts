import type { Logger } from '../log.js';
import type { Uv } from '../uv/uv.js';
export interface CreateVenvOptions {
    /** Shown by `activate`; default: uv's (the directory name). */
    prompt?: string;
    /** Install pip (and setuptools/wheel on old Pythons) from the configured index (`uv venv --seed`). */
    seed?: boolean;
    /** `uv venv --relocatable`. */
    relocatable?: boolean;
    signal?: AbortSignal;
    /** Each `uv venv` started (a lock holder records it: see install/lock-workers.ts). */
    onSpawn?: (pid: number, group: boolean) => void;
    logger?: Logger;
}
/** A directory is a venv when it holds a `pyvenv.cfg` file. */
export declare function isVenv(dir: string): Promise<boolean>;
/**
 * The one way a venv is made: `uv venv --python <interpreter> --clear -- <target>`, or the layout that
 * command wrote last time for the same uv, interpreter and options (venvs/recipe.ts). Both the venv manager
 * (named venvs of an instance) and the setup plan (a venv at a path) create through here. A failure removes
 * what uv left and is a VenvCreateError carrying uv's stderr.
 */
export declare function createVenv(uv: Uv, pythonPath: string, target: string, o?: CreateVenvOptions): Promise<void>;
/**
 * The venv at `dir` on `pythonPath`: reused when it was made from that interpreter (a rerun of setup must not
 * throw away installed packages), recreated when made from another one, refused when `dir` holds other files.
 */
export declare function ensureVenvAt(uv: Uv, pythonPath: string, dir: string, o: CreateVenvOptions & {
    logger: Logger;
}): Promise<{
    created: boolean;
}>;
