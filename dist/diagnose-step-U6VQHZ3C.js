import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  renderDiagnoseMarkdown,
  renderDiagnoseReport,
  runDiagnose
} from "./chunk-TAWURE5M.js";
import "./chunk-C6T3T2AP.js";
import "./chunk-UPWPGVMT.js";
import {
  pinnedUvVersion
} from "./chunk-CYB3MPCI.js";
import {
  DEFAULT_UV_DOWNLOAD_URL
} from "./chunk-MPT6G2NF.js";
import "./chunk-AQOLRART.js";
import {
  endGroup,
  info,
  startGroup,
  warning
} from "./chunk-2OAMTD3U.js";
import "./chunk-VEZD3A3U.js";
import "./chunk-Q6UA7ENB.js";
import "./chunk-SZH64BZ5.js";
import "./chunk-OVRNMJZG.js";

// src/action/diagnose-step.ts
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
function configuredHosts(o) {
  const hosts = [
    { name: "mirror", url: o.mirror ?? `https://github.com/${o.pbsRepo}/releases/download/` },
    { name: "github-api", url: o.githubApiUrl },
    { name: "uv-download", url: o.uvDownloadUrl ?? DEFAULT_UV_DOWNLOAD_URL },
    { name: "index", url: o.indexUrl ?? "https://pypi.org/simple/" },
    ...o.extraIndexUrls.map((url, i) => ({ name: `extra-index-${i + 1}`, url }))
  ];
  return hosts.filter((h) => /^(https?|file):\/\//.test(h.url));
}
async function diagnoseStep(o) {
  const env = o.env ?? process.env;
  try {
    const dirs = [env.RUNNER_TEMP, env.RUNNER_TOOL_CACHE, env.GITHUB_WORKSPACE].filter(
      (d) => !!d
    );
    const report = await runDiagnose({
      root: o.options.root,
      dirs,
      hosts: configuredHosts(o.options),
      offline: o.options.offline,
      timeoutMs: Math.min(o.options.timeoutMs, 1e4),
      uvPath: o.uvPath,
      expectedUvVersion: pinnedUvVersion(o.options.uvVersion),
      instances: o.pythonPath ? [
        {
          key: o.pythonKey ?? "python",
          pythonPath: o.pythonPath,
          venvs: o.venvPath ? [{ name: path.basename(o.venvPath), path: o.venvPath }] : []
        }
      ] : void 0
    });
    const dir = env.RUNNER_TEMP || os.tmpdir();
    await fs.mkdir(dir, { recursive: true });
    const reportPath = path.join(dir, `pyembed-diagnose-${process.pid}-${Date.now()}.json`);
    await fs.writeFile(reportPath, JSON.stringify(report, null, 2) + "\n");
    startGroup(`diagnose: ${report.ok ? "healthy" : "problems found"}`);
    info(renderDiagnoseReport(report));
    endGroup();
    for (const c of report.checks) {
      if (c.status === "fail") warning(`diagnose ${c.group}/${c.name}: ${c.detail}`);
    }
    return { report, reportPath, markdown: `
#### Diagnose

${renderDiagnoseMarkdown(report)}` };
  } catch (e) {
    warning(`diagnose could not run: ${e.message}`);
    return void 0;
  }
}
export {
  configuredHosts,
  diagnoseStep
};
