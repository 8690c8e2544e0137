import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import type { PythonEmbeddedOptions } from '../core/config/index.js';
import { actionConfig } from './config.js';
import type { DiagnoseStepResult } from './diagnose-step.js';
import { reportFailure } from './failure.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { setOutputs, updateEnvironment } from './outputs.js';
import type { ActionResult } from './result.js';
import { addPythonProblemMatcher } from './problem-matcher.js';
import { writeSummary } from './summary.js';
import { STATE } from './uv-cache.js';
import { monotonicMs } from '../core/builtins.js';
import { saveState, setOutput } from './file-commands.js';

function strictFailure(d: DiagnoseStepResult): string {
  const fails = d.report.checks.filter((c) => c.status === 'fail');
  return `diagnose found ${fails.length} failure(s): ${fails.map((c) => `${c.group}/${c.name}: ${c.detail}`).join('; ')}`;
}

/**
 * The action's main step. Exported without self-invocation (see main-entry.ts) for @github/local-action.
 * The setup, import and diagnose code loads by import() when a run needs it: the step's first log line (the
 * problem matcher, the peers' notes) comes out after only the inputs and the configuration are loaded.
 */
export async function run(): Promise<void> {
  const t0 = monotonicMs();
  let inputs: ActionInputs | undefined;
  let options: PythonEmbeddedOptions | undefined;
  let result: ActionResult | undefined;
  let failure: unknown;
  try {
    // @actions/tool-cache insists on both; off a runner (local runs) give them private defaults
    process.env.RUNNER_TEMP ||= path.join(os.tmpdir(), 'pyembed-runner-temp');
    process.env.RUNNER_TOOL_CACHE ||= path.join(os.tmpdir(), 'pyembed-tool-cache');
    inputs = readInputs();
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    for (const note of inputs.peerNotes) core.info(note);
    options = actionConfig(inputs).options;
    if (inputs.addProblemMatchers) await addPythonProblemMatcher(process.env.RUNNER_TEMP);
    if (inputs.import) {
      const { checkImportInputs, reportImport, runImport } = await import('./import-step.js');
      checkImportInputs(inputs);
      reportImport(await runImport(inputs, options), inputs.updateEnvironment);
      return;
    }
    const { runActionSetup } = await import('./plan.js');
    result = await runActionSetup(inputs, options);
    saveState(STATE.uv, result.uv.path);
    saveState(STATE.uvVersion, result.uv.version);
  } catch (e) {
    failure = e;
  }

  // diagnose runs after a failure too: that is when its report helps most
  let diag: DiagnoseStepResult | undefined;
  if (inputs && options && inputs.diagnose !== 'off') {
    const t = monotonicMs();
    const { diagnoseStep } = await import('./diagnose-step.js');
    diag = await diagnoseStep({
      options,
      uvPath: result?.uv.path,
      venvPath: result?.venv?.path,
      pythonPath: result?.python.pythonPath,
      pythonKey: result?.python.key,
    });
    if (result && diag) {
      result.diagnose = { reportPath: diag.reportPath, ok: diag.report.ok, counts: diag.report.counts };
      result.phases.push({ name: 'diagnose', ms: Math.round(monotonicMs() - t) });
    }
    if (!result && diag) setOutput('diagnose-report', diag.reportPath);
  }

  if (failure !== undefined || !result || !inputs) {
    reportFailure(failure);
    return;
  }
  try {
    setOutputs(result);
    if (inputs.updateEnvironment) updateEnvironment(result, inputs);
    await writeSummary(result, diag?.markdown);
    core.info(
      `Python ${result.python.version} (${result.python.key}, build ${result.python.build}) ready in ${Math.round(monotonicMs() - t0)} ms` +
        (result.venv ? `; venv ${result.venv.path}` : ''),
    );
    if (inputs.diagnose === 'strict' && diag && !diag.report.ok) {
      reportFailure(new Error(strictFailure(diag)));
      return;
    }
    // the post step saves caches only after a complete, healthy setup
    saveState(STATE.healthy, 'true');
  } catch (e) {
    reportFailure(e);
  }
}
