// A timeout kills the whole process tree (run by action-matrix.yml on each OS; PYTHON = the venv's python).
// The child starts a grandchild and prints its pid; after runPython's timeout both must be gone.
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { runPython } from '../../dist/index.js';

const python = process.env.PYTHON;
if (!python) throw new Error('PYTHON is not set');
const code = [
  'import subprocess, sys, time',
  'g = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])',
  'print(g.pid, flush=True)',
  'time.sleep(300)',
].join('\n');

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};

const started = Date.now();
const r = await runPython(python, ['-c', code], { timeoutMs: 5_000 });
const grandchild = Number(r.stdout.trim().split(/\s+/)[0]);
if (!r.timedOut) throw new Error(`not reported as timed out: ${JSON.stringify(r)}`);
if (!Number.isInteger(grandchild) || grandchild <= 0) throw new Error(`no grandchild pid in ${r.stdout}`);
// The tree kill is asynchronous on some platforms (taskkill): give the OS a moment to reap.
for (let i = 0; i < 50 && alive(grandchild); i++) await sleep(200);
if (alive(grandchild)) throw new Error(`grandchild ${grandchild} survived the timeout`);
process.stdout.write(`${JSON.stringify({ timedOut: r.timedOut, grandchild, ms: Date.now() - started })}\n`);
