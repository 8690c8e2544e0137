import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PythonEmbeddedOptions } from '../../core/config/index.js';
import { renderDiagnoseReport, runDiagnose, type HostTarget } from '../../core/diagnose/index.js';
import { hostPlatform } from '../../core/platform.js';
import { uvInstallDir } from '../../core/uv/install.js';
import { pinnedUvVersion } from '../../core/uv/version-request.js';
import { uvAsset } from '../../core/uv/triple.js';
import type { CliContext } from '../context.js';
import type { CommandResult } from '../output.js';

/** Hosts the configuration would talk to: only http(s) ones (a local mirror dir needs no network). */
export function configuredHosts(o: PythonEmbeddedOptions): HostTarget[] {
  const hosts: HostTarget[] = [];
  const add = (name: string, url: string | undefined) => {
    if (url && /^https?:\/\//i.test(url)) hosts.push({ name, url });
  };
  add('mirror', o.mirror ?? 'https://github.com');
  add('api', o.githubApiUrl);
  add('uv-download', o.uvDownloadUrl ?? 'https://github.com');
  add('index', o.indexUrl ?? 'https://pypi.org/simple/');
  for (const u of o.extraIndexUrls) add('extra-index', u);
  return hosts;
}

/** The private uv setup installs (`<toolsDir>/uv/<version>/<triple>/uv`), else the configured path, else PATH. */
export function privateUvPath(o: PythonEmbeddedOptions): string | undefined {
  if (o.uvPath) return o.uvPath;
  const version = pinnedUvVersion(o.uvVersion);
  if (!version) return undefined; // `latest` or a range: which one is installed is not known without asking
  const asset = uvAsset(hostPlatform());
  const exe = path.join(uvInstallDir(o.toolsDir, version, asset), asset.exe);
  return existsSync(exe) ? exe : undefined;
}

/** `pyembed diagnose`: the report is data; the exit code is 1 only when a check failed. */
export async function diagnoseCommand(
  ctx: CliContext,
  _args: string[],
  opts: Record<string, unknown>,
): Promise<CommandResult> {
  const o = ctx.options;
  // instances and their venvs are found under root (broken ones included: diagnose is for those)
  const report = await runDiagnose({
    root: o.root,
    dirs: [o.toolsDir, os.tmpdir()],
    hosts: opts.network === false ? [] : configuredHosts(o),
    offline: o.offline,
    timeoutMs: Math.min(o.timeoutMs, 10_000),
    uvPath: privateUvPath(o),
    expectedUvVersion: pinnedUvVersion(o.uvVersion),
  });
  return { data: report, human: renderDiagnoseReport(report), exitCode: report.ok ? 0 : 1 };
}
