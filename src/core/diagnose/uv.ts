import { findOnPath, processPath } from '../fs.js';
import type { DiagnoseCheck } from './types.js';
import { childProcessModule } from '../builtins.js';

function runText(cmd: string, args: string[], timeoutMs: number, env?: NodeJS.ProcessEnv) {
  return new Promise<{ ok: boolean; out: string; err: string }>((resolve) => {
    childProcessModule().execFile(cmd, args, { timeout: timeoutMs, env }, (e, stdout, stderr) =>
      resolve({ ok: !e, out: String(stdout).trim(), err: (String(stderr).trim() || e?.message) ?? '' }),
    );
  });
}

export async function uvCheck(o: {
  uvPath?: string;
  expectedVersion?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<DiagnoseCheck> {
  const uv = o.uvPath ?? (await findOnPath('uv', processPath(o.env)));
  if (!uv) {
    return {
      group: 'uv',
      name: 'uv',
      status: 'warn',
      detail:
        'no uv on PATH; setup installs its pinned uv privately (needs the uv download host or a local uv path).',
    };
  }
  const r = await runText(uv, ['--version'], 10_000, o.env);
  const version = /uv (\d+\.\d+\.\d+\S*)/.exec(r.out)?.[1];
  if (!r.ok || !version) {
    return {
      group: 'uv',
      name: 'uv',
      status: 'fail',
      detail: `${uv} does not run: ${r.err || r.out}`,
      data: { path: uv },
    };
  }
  const data = { path: uv, version };
  if (o.expectedVersion && o.expectedVersion !== version) {
    return {
      group: 'uv',
      name: 'uv',
      status: 'warn',
      detail: `uv ${version} at ${uv}; the configuration pins ${o.expectedVersion} (setup installs that one privately).`,
      data,
    };
  }
  return { group: 'uv', name: 'uv', status: 'ok', detail: `uv ${version} at ${uv}`, data };
}
