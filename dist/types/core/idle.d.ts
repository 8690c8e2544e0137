/**
 * Work a run owes but nobody waits for (a code cache to write for a later process), done while the run itself
 * waits: once a child process it started (uv, the interpreter's probe) is running, the JavaScript thread has
 * nothing to do until that child writes or exits, so work done then costs the run no time. Each spawn in
 * src/core/uv/spawn.ts opens such a window; a task runs in every window until it is removed.
 */
type Task = () => void;
/** Runs `task` in each later window (errors are the task's own: they are swallowed); returns its removal. */
export declare function whileWaiting(task: Task): () => void;
/**
 * A child process has just been started: the registered tasks run once the event loop turns (the spawn's own
 * callbacks first), in one batch however many children start in the same turn.
 */
export declare function childStarted(): void;
export {};
