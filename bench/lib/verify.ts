// A run only counts if it produced what it claims: a Python interpreter file under its directory.
import fs from 'node:fs/promises';
import path from 'node:path';

/** Breadth-first search (depth <= 5, skipping lib/include/share) for `bin/python3`. */
export async function findPython(root: string): Promise<string | undefined> {
  let level = [root];
  for (let depth = 0; depth < 5 && level.length; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      const candidate = path.join(dir, 'bin', 'python3');
      if (
        await fs.stat(candidate).then(
          (s) => s.isFile(),
          () => false,
        )
      )
        return candidate;
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        if (e.isDirectory() && !['lib', 'include', 'share', 'bin', 'venvs', 'cache'].includes(e.name))
          next.push(path.join(dir, e.name));
      }
    }
    level = next;
  }
  return undefined;
}

export async function mustHavePython(root: string, who: string): Promise<void> {
  if (!(await findPython(root))) throw new Error(`${who} exited 0 but left no bin/python3 under ${root}`);
}

/** The venv exists and its site-packages holds at least `n` distributions. */
export async function mustHaveVenv(venv: string, n: number, who: string): Promise<void> {
  const lib = path.join(venv, 'lib');
  const py = (await fs.readdir(lib).catch(() => [] as string[])).find((d) => d.startsWith('python3'));
  if (!py) throw new Error(`${who} exited 0 but ${venv} is not a venv`);
  const dists = (await fs.readdir(path.join(lib, py, 'site-packages')).catch(() => [] as string[])).filter(
    (d) => d.endsWith('.dist-info'),
  );
  if (dists.length < n) throw new Error(`${who} exited 0 but ${venv} holds ${dists.length} of ${n} packages`);
}
