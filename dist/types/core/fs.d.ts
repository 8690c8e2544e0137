/** True when `p` exists (symlinks followed: a dangling link does not exist). */
export declare function exists(p: string): Promise<boolean>;
export declare function isFile(p: string): Promise<boolean>;
export declare function isDir(p: string): Promise<boolean>;
export declare function isFileSync(p: string): boolean;
export declare function isDirSync(p: string): boolean;
/**
 * Why no file can be created in `dir` (the errno code, else the message), or undefined when one can.
 * `access(W_OK)` alone says yes on read-only mounts for root, so a probe file is really written (and removed).
 */
export declare function whyNotWritable(dir: string): Promise<string | undefined>;
export declare function isWritableDir(dir: string): Promise<boolean>;
/** The directory itself, or its nearest existing ancestor (a root that does not exist yet is fine). */
export declare function nearestExisting(dir: string): Promise<string>;
/** An error's text with its errno code in front when the message does not already name it. */
export declare function fsErrorText(e: unknown): string;
/**
 * mkdir -p that names the real reason: a recursive mkdir under a read-only or foreign directory reports
 * ENOENT, so the nearest existing ancestor is asked whether it is writable.
 */
export declare function makeDirs(dir: string): Promise<void>;
/**
 * `rename` that outlasts the transient locks Windows reports as EPERM, EBUSY or EACCES (a virus scanner or
 * the search indexer has a file of the tree open). Elsewhere those codes are permanent and thrown at once.
 */
export declare function renameWithRetry(from: string, to: string): Promise<void>;
/**
 * Copies the tree at `from` to `to` as it is: relative symlinks stay relative (PBS's bin/python3 -> python3.x,
 * a venv's lib64 -> lib), and mtimes are kept — each .pyc records its source's mtime, so a copy with new ones
 * makes every .pyc stale and each Python start compiles the stdlib again.
 */
export declare function copyTree(from: string, to: string): Promise<void>;
/**
 * copyTree in one blocking call, for a large tree copied by a process with nothing else to serve meanwhile
 * (the action publishing an installed Python into the tool cache). Node's promise-based cp walks the tree
 * with a promise, a stat and a utimes per entry in JavaScript: for a 3,400-file CPython 0.4-1.3 s and ~15 MB
 * of garbage on top of an install's peak RSS; cpSync does the same walk natively (in C++ on Node 24) in
 * 80-200 ms with next to no heap. The event loop waits meanwhile, so the library keeps the async copyTree.
 */
export declare function copyTreeSync(from: string, to: string): void;
/** A file beside `file` only this process writes, to be renamed (or linked) into place whole. */
export declare const privateTemp: (file: string) => string;
/** The pid in the name of a privateTemp() of `file` (a name in the same directory), else undefined. */
export declare function privateTempPid(file: string, name: string): number | undefined;
/**
 * Removes the private temps beside `file` (privateTemp names: a file, or a directory renamed into place)
 * whose process is dead: what a writer killed between writing and renaming leaves. A live process's temp,
 * this one's included, is left alone.
 */
export declare function sweepDeadTemps(file: string): void;
/** How writeFileAtomic() treats the private temps other writers left beside the file. */
export interface AtomicWriteOptions {
    /**
     * Leave them all. By default a write first removes those of dead processes (sweepDeadTemps): what a writer
     * killed between its temp and its rename leaves, which nothing else would ever remove. The lock keeps
     * them: its temps name their host, and lock.ts sweeps them by host and pid itself.
     */
    keepTemps?: boolean;
}
/** Writes `text` to a private file beside `file`, then renames it over `file`: readers see old or new, never half. */
export declare function writeFileAtomic(file: string, text: string, o?: AtomicWriteOptions): Promise<void>;
/** writeFileAtomic() without the thread-pool round trips, for a small file written on a hot path. */
export declare function writeFileAtomicSync(file: string, text: string, o?: AtomicWriteOptions): void;
/** The sha256 (hex) of a file's bytes, read in 1 MiB chunks. */
export declare function sha256File(file: string): Promise<string>;
/** The PATH of the current process (Windows spells it `Path`). */
export declare function processPath(env?: NodeJS.ProcessEnv): string;
/**
 * Finds an executable on a PATH string without a shell (`which`): the first regular file that is
 * executable (on Windows: that exists, trying each PATHEXT extension).
 */
export declare function findOnPath(name: string, envPath?: string): Promise<string | undefined>;
/** `findOnPath` for callers that must stay synchronous (building a command line in a spawn path). */
export declare function findOnPathSync(name: string, envPath?: string): string | undefined;
