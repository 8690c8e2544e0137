// The harness side of lib-worker.ts: one request at a time, answers in order.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../../test-world/paths.js';
import { childEnv } from './proc.js';

const workerPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib-worker.ts');

export interface WorkerAnswer {
  ms?: number;
  pythonPath?: string;
  maxRssKb?: number;
  error?: string;
}

export class LibWorker {
  private waiting: ((a: WorkerAnswer) => void)[] = [];
  private constructor(private readonly child: ChildProcess) {
    createInterface({ input: child.stdout! }).on('line', (l) =>
      this.waiting.shift()?.(JSON.parse(l) as WorkerAnswer),
    );
  }

  /** Starts the worker under tsx (the sources as they are now). */
  static start(env: Record<string, string | undefined> = {}, execPath = process.execPath): LibWorker {
    const child = fork(workerPath, [], {
      execPath,
      execArgv: ['--import', 'tsx'],
      env: childEnv(env),
      stdio: ['pipe', 'pipe', 'inherit', 'ipc'],
      cwd: repoRoot, // `--import tsx` resolves from here
    });
    return new LibWorker(child);
  }

  request(r: Record<string, unknown>): Promise<WorkerAnswer> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin!.write(JSON.stringify(r) + '\n');
    });
  }

  /** Like request(), but a worker-side error becomes a rejection. */
  async must(r: Record<string, unknown>): Promise<WorkerAnswer> {
    const a = await this.request(r);
    if (a.error) throw new Error(a.error);
    return a;
  }

  async close(): Promise<void> {
    this.child.stdin!.end();
    await new Promise((r) => this.child.once('exit', r));
  }
}
