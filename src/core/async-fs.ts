/**
 * The promise-returning file-system calls the code makes, over Node's callback API: same arguments, results
 * and errors as `fs.promises`' functions of the same names. Loading node:fs/promises (what `fs.promises` is)
 * costs ~2 ms of CPU on Node 24 (~1.7 ms on 20): it pulls in readline, the REPL's history and the file watchers
 * for FileHandle's extras, at every start of the CLI and the action, whose warm runs make a few dozen calls
 * and need none of that. The callback functions come with node:fs, loaded anyway. `open` (a FileHandle) is
 * the real one, loaded on its first call. Use this, not node:fs/promises (ESLint says so in src/).
 */
import { createRequire } from 'node:module';

type Promises = typeof import('node:fs/promises');
type Callbacks = typeof import('node:fs');

// require(), not import: the ESM namespace of node:fs reads every export, `promises` too (see builtins.ts)
const callbacks = createRequire(import.meta.url)('node:fs') as Callbacks;

/** `fs.promises[name]` made from the callback function `impl` (node:fs's own of that name by default). */
function promised<K extends keyof Promises & keyof Callbacks>(name: K, impl?: unknown): Promises[K] {
  const f = (impl ?? callbacks[name]) as (...a: unknown[]) => void;
  return ((...args: unknown[]) =>
    new Promise((resolve, reject) =>
      f(...args, (e: unknown, v: unknown) => (e ? reject(e) : resolve(v))),
    )) as Promises[K];
}

export const fs = {
  access: promised('access'),
  appendFile: promised('appendFile'),
  chmod: promised('chmod'),
  copyFile: promised('copyFile'),
  cp: promised('cp'),
  link: promised('link'),
  lstat: promised('lstat'),
  mkdir: promised('mkdir'),
  mkdtemp: promised('mkdtemp'),
  readdir: promised('readdir'),
  readFile: promised('readFile'),
  readlink: promised('readlink'),
  // fs.promises.realpath is the system's realpath(3), as `realpath.native` is; plain `realpath` walks in JS
  realpath: promised('realpath', callbacks.realpath.native),
  rename: promised('rename'),
  rm: promised('rm'),
  rmdir: promised('rmdir'),
  stat: promised('stat'),
  statfs: promised('statfs'),
  symlink: promised('symlink'),
  truncate: promised('truncate'),
  unlink: promised('unlink'),
  utimes: promised('utimes'),
  writeFile: promised('writeFile'),
  open: ((...args: Parameters<Promises['open']>) => callbacks.promises.open(...args)) as Promises['open'],
  /** Opens `file` for reading and gives its stats (of what was opened), closing it again: `open` + `stat`. */
  statOpened: (file: string): Promise<import('node:fs').Stats> =>
    new Promise((resolve, reject) =>
      callbacks.open(file, 'r', (e, fd) => {
        if (e) return reject(e);
        callbacks.fstat(fd, (se, st) => callbacks.close(fd, () => (se ? reject(se) : resolve(st))));
      }),
    ),
};
