/**
 * Is one interpreter's environment usable: the interpreter runs, uv runs, `uv pip check` finds no broken
 * dependencies and site-packages is writable. Also the version facts a health report shows.
 */
import { PythonExecutionError } from '../errors.js';
import { exists, isWritableDir } from '../fs.js';
import { probeInterpreter } from '../python/probe.js';
import { uvErrorText } from './parse.js';
import { pythonQuery, uvPip, type CallOptions, type PackageTarget } from './target.js';
import type { HealthReport, PythonVersionInfo } from './types.js';

/** pip's version if pip is installed in this environment (a uv venv has none unless seeded). */
export async function pipVersion(t: PackageTarget, o: CallOptions): Promise<string | undefined> {
  const r = await pythonQuery(t, ['-c', 'import pip; print(pip.__version__)'], o).catch(() => undefined);
  return r && r.exitCode === 0 ? r.stdout.trim() : undefined;
}

/** sys.version, executable, prefixes, implementation; PythonExecutionError when the interpreter fails. */
export async function pythonVersionInfo(t: PackageTarget, o: CallOptions): Promise<PythonVersionInfo> {
  try {
    const p = await probeInterpreter(t.pythonPath, { signal: o.signal, timeoutMs: o.timeoutMs ?? 120_000 });
    const { version, versionInfo, executable, prefix, basePrefix, implementation, platform, sysVersion } = p;
    return { version, versionInfo, executable, prefix, basePrefix, implementation, platform, sysVersion };
  } catch (e) {
    const stderr = (e as { details?: { stderr?: string } }).details?.stderr;
    throw new PythonExecutionError(
      `${t.pythonPath} failed to report its version: ${(e as Error).message}`,
      { requested: t.pythonPath, stderr },
      { cause: e },
    );
  }
}

function emptyReport(pythonPath: string, executableExists: boolean): HealthReport {
  return {
    executableExists,
    executablePath: pythonPath,
    prefixExists: false,
    pythonVersionCheck: 'Failed',
    commandExecution: 'Failed',
    uvCheck: 'Failed',
    dependencyCheck: 'Failed',
    sitePackagesWritable: false,
    overallHealth: 'Unhealthy',
    problems: [],
  };
}

/** pip is reported but not required (uv venvs have no pip, and are healthy). */
export async function validateInstallation(t: PackageTarget, o: CallOptions): Promise<HealthReport> {
  const report = emptyReport(t.pythonPath, await exists(t.pythonPath));
  if (!report.executableExists) report.problems.push(`interpreter missing: ${t.pythonPath}`);
  await checkInterpreter(t, report, o);
  await checkSitePackages(t, report, o);
  await checkDependencies(t, report, o);
  report.pipVersion = await pipVersion(t, o);
  report.overallHealth = report.problems.length ? 'Unhealthy' : 'Healthy';
  return report;
}

async function checkInterpreter(t: PackageTarget, report: HealthReport, o: CallOptions): Promise<void> {
  try {
    const info = await pythonVersionInfo(t, o);
    report.pythonVersionCheck = 'Success';
    report.pythonVersionInfo = `${info.sysVersion} (${info.executable})`;
    report.prefix = info.prefix;
    report.prefixExists = await exists(info.prefix);
  } catch (e) {
    report.problems.push(`interpreter does not run: ${(e as Error).message}`);
  }
}

async function checkSitePackages(t: PackageTarget, report: HealthReport, o: CallOptions): Promise<void> {
  try {
    const r = await pythonQuery(t, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], o);
    report.commandExitCode = r.exitCode;
    if (r.exitCode !== 0) {
      report.problems.push(`command failed (${r.exitCode}): ${r.stderr.trim()}`);
      return;
    }
    report.commandExecution = 'Success';
    report.sitePackages = r.stdout.trim();
    report.sitePackagesWritable = await isWritableDir(report.sitePackages);
    if (!report.sitePackagesWritable)
      report.problems.push(`site-packages not writable: ${report.sitePackages}`);
  } catch (e) {
    report.problems.push(`command failed: ${(e as Error).message}`);
  }
}

async function checkDependencies(t: PackageTarget, report: HealthReport, o: CallOptions): Promise<void> {
  try {
    report.uvVersion = await t.uv.version(o);
    report.uvCheck = 'Success';
    const r = await uvPip(t, ['check'], o);
    report.dependencyCheckOutput = (r.stdout + r.stderr).trim();
    if (r.exitCode === 0) report.dependencyCheck = 'Success';
    else report.problems.push(`uv pip check: ${uvErrorText(r.stderr, r.stdout)}`);
  } catch (e) {
    report.problems.push(`uv failed: ${(e as Error).message}`);
  }
}
