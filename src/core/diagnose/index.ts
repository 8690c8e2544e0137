import { freeDiskCheck, writableCheck } from './disk.js';
import { findInstances, instanceCheck, venvCheck } from './health.js';
import { hostCheck } from './network.js';
import { systemChecks, systemInfo } from './system.js';
import type { CheckStatus, DiagnoseCheck, DiagnoseOptions, DiagnoseReport } from './types.js';
import { uvCheck } from './uv.js';

export type * from './types.js';
export { renderDiagnoseReport, renderDiagnoseMarkdown } from './render.js';

/**
 * Everything `pyembed diagnose` and the action's `diagnose` input report. Never throws for a failed check:
 * failures are data; the caller decides whether they fail anything (the action only with `strict`).
 */
export async function runDiagnose(o: DiagnoseOptions = {}): Promise<DiagnoseReport> {
  const system = await systemInfo();
  const dirs = [...new Set([...(o.root ? [o.root] : []), ...(o.dirs ?? [])])];
  const instances = o.instances ?? (o.root ? await findInstances(o.root) : []);
  const probeMs = o.probeTimeoutMs ?? 20_000;

  // independent checks run concurrently; each one bounds its own time
  const [disk, dirChecks, hostChecks, uv, instanceChecks] = await Promise.all([
    o.root ? freeDiskCheck(o.root, o.minFreeBytes) : undefined,
    Promise.all(dirs.map((d) => writableCheck(d))),
    Promise.all(
      (o.hosts ?? []).map((h) =>
        hostCheck(h, { timeoutMs: o.timeoutMs, offline: o.offline, fetch: o.fetch }),
      ),
    ),
    uvCheck({ uvPath: o.uvPath, expectedVersion: o.expectedUvVersion, env: o.env }),
    Promise.all(
      instances.map(async (inst) => [
        await instanceCheck(inst, probeMs),
        ...(await Promise.all((inst.venvs ?? []).map((v) => venvCheck(inst.key, v, probeMs)))),
      ]),
    ),
  ]);

  const checks: DiagnoseCheck[] = [
    ...systemChecks(system),
    ...(disk ? [disk] : []),
    ...dirChecks,
    ...hostChecks,
    uv,
    ...instanceChecks.flat(),
  ];
  if (o.root && instances.length === 0) {
    checks.push({
      group: 'instances',
      name: '(none)',
      status: 'skip',
      detail: `no instances under ${o.root}`,
    });
  }
  const counts: Record<CheckStatus, number> = { ok: 0, warn: 0, fail: 0, skip: 0 };
  for (const c of checks) counts[c.status]++;
  return { schema: 1, createdAt: new Date().toISOString(), ok: counts.fail === 0, system, checks, counts };
}
