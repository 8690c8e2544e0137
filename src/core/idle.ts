/**
 * Work a run owes but nobody waits for (a code cache to write for a later process), done while the run itself
 * waits: once a child process it started (uv, the interpreter's probe) is running, the JavaScript thread has
 * nothing to do until that child writes or exits, so work done then costs the run no time. Each spawn in
 * src/core/uv/spawn.ts opens such a window; a task runs in every window until it is removed.
 */
type Task = () => void;

interface Registry {
  tasks: Set<Task>;
  scheduled: boolean;
}
// one registry per process, on globalThis: the built faces' entries (dist/main.js) and the files they run
// (dist/main-run.cjs) each hold their own copy of this module
const KEY = Symbol.for('python-embedded.idle');
const registry = ((globalThis as { [KEY]?: Registry })[KEY] ??= { tasks: new Set(), scheduled: false });
const tasks = registry.tasks;

/** Runs `task` in each later window (errors are the task's own: they are swallowed); returns its removal. */
export function whileWaiting(task: Task): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

/**
 * A child process has just been started: the registered tasks run once the event loop turns (the spawn's own
 * callbacks first), in one batch however many children start in the same turn.
 */
export function childStarted(): void {
  if (registry.scheduled || tasks.size === 0) return;
  registry.scheduled = true;
  setImmediate(() => {
    registry.scheduled = false;
    for (const task of [...tasks]) {
      try {
        task();
      } catch {
        // idle work is an optimisation: its failure must not touch the run
      }
    }
  });
}
