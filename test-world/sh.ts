// Tiny process helpers for the test world's builders (the test world may shell out; the product may not).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export interface ShOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Write the child's stdout to this file instead of capturing it. */
  stdoutFile?: string;
}

/** Runs a command (no shell), resolves its stdout; rejects with stderr on a non-zero exit. */
export function sh(cmd: string, args: string[], o: ShOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: o.cwd,
      env: o.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let fileDone: Promise<void> = Promise.resolve();
    if (o.stdoutFile) {
      const ws = createWriteStream(o.stdoutFile);
      child.stdout.pipe(ws);
      fileDone = new Promise((res, rej) => {
        ws.on('finish', () => res());
        ws.on('error', rej);
      });
    } else {
      child.stdout.on('data', (b: Buffer) => out.push(b));
    }
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) {
        const msg = Buffer.concat(err).toString().trim();
        reject(new Error(`${cmd} ${args.join(' ')} exited ${code ?? signal}: ${msg.slice(-2000)}`));
        return;
      }
      fileDone.then(() => resolve(Buffer.concat(out).toString()), reject);
    });
  });
}
