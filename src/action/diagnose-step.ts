import * as core from '@actions/core';
import { fs } from '../core/async-fs.js';
import { pinnedUvVersion } from '../core/uv/version-request.js';
import os from 'node:os';
import path from 'node:path';
import type { PythonEmbeddedOptions } from '../core/config/index.js';
import {
  renderDiagnoseMarkdown,
  renderDiagnoseReport,
  runDiagnose,
  type DiagnoseReport,
  type HostTarget,
} from '../core/diagnose/index.js';
import { DEFAULT_UV_DOWNLOAD_URL } from '../core/uv/triple.js';

/** The hosts this configuration would talk to (the token is never part of a probe). */
export function configuredHosts(o: PythonEmbeddedOptions): HostTarget[] {
  const hosts: HostTarget[] = [
    { name: 'mirror', url: o.mirror ?? `https://github.com/${o.pbsRepo}/releases/download/` },
    { name: 'github-api', url: o.githubApiUrl },
    { name: 'uv-download', url: o.uvDownloadUrl ?? DEFAULT_UV_DOWNLOAD_URL },
    { name: 'index', url: o.indexUrl ?? 'https://pypi.org/simple/' },
    ...o.extraIndexUrls.map((url, i) => ({ name: `extra-index-${i + 1}`, url })),
  ];
  // a local-directory mirror is not a host
  return hosts.filter((h) => /^(https?|file):\/\//.test(h.url));
}

export interface DiagnoseStepResult {
  report: DiagnoseReport;
  reportPath: string;
  markdown: string;
}

/** Runs the checks, writes the JSON report and logs the table. Never throws: a broken diagnose is a warning. */
export async function diagnoseStep(o: {
  options: PythonEmbeddedOptions;
  uvPath?: string;
  venvPath?: string;
  pythonPath?: string;
  pythonKey?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<DiagnoseStepResult | undefined> {
  const env = o.env ?? process.env;
  try {
    const dirs = [env.RUNNER_TEMP, env.RUNNER_TOOL_CACHE, env.GITHUB_WORKSPACE].filter(
      (d): d is string => !!d,
    );
    const report = await runDiagnose({
      root: o.options.root,
      dirs,
      hosts: configuredHosts(o.options),
      offline: o.options.offline,
      timeoutMs: Math.min(o.options.timeoutMs, 10_000),
      uvPath: o.uvPath,
      expectedUvVersion: pinnedUvVersion(o.options.uvVersion),
      instances: o.pythonPath
        ? [
            {
              key: o.pythonKey ?? 'python',
              pythonPath: o.pythonPath,
              venvs: o.venvPath ? [{ name: path.basename(o.venvPath), path: o.venvPath }] : [],
            },
          ]
        : undefined,
    });
    const dir = env.RUNNER_TEMP || os.tmpdir();
    await fs.mkdir(dir, { recursive: true });
    const reportPath = path.join(dir, `pyembed-diagnose-${process.pid}-${Date.now()}.json`);
    await fs.writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
    core.startGroup(`diagnose: ${report.ok ? 'healthy' : 'problems found'}`);
    core.info(renderDiagnoseReport(report));
    core.endGroup();
    for (const c of report.checks) {
      if (c.status === 'fail') core.warning(`diagnose ${c.group}/${c.name}: ${c.detail}`);
    }
    return { report, reportPath, markdown: `\n#### Diagnose\n\n${renderDiagnoseMarkdown(report)}` };
  } catch (e) {
    core.warning(`diagnose could not run: ${(e as Error).message}`);
    return undefined;
  }
}
