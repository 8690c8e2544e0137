import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  readInputs
} from "./chunk-4MM5V74D.js";
import {
  STATE
} from "./chunk-BDHKMQCN.js";
import {
  loadConfig
} from "./chunk-7JJATTI5.js";
import "./chunk-GHB6HO2A.js";
import "./chunk-CYB3MPCI.js";
import "./chunk-MPT6G2NF.js";
import {
  interpreterPathEntries
} from "./chunk-N3V4H5X4.js";
import {
  addPath,
  debug,
  error,
  exportVariable,
  info,
  saveState,
  setOutput,
  setSecret,
  summary
} from "./chunk-2OAMTD3U.js";
import "./chunk-VEZD3A3U.js";
import {
  ConfigurationError,
  isPythonEmbeddedError,
  isWindowsHost
} from "./chunk-Q6UA7ENB.js";
import {
  monotonicMs
} from "./chunk-SZH64BZ5.js";
import "./chunk-OVRNMJZG.js";

// src/action/main.ts
import os3 from "node:os";
import path4 from "node:path";

// src/action/config.ts
import path from "node:path";
import os from "node:os";
var INPUT_OF = {
  build: "build",
  mirror: "mirror",
  pythonDownloadsJsonUrl: "python-downloads-json-url",
  githubToken: "github-token",
  pbsRepo: "pbs-repo",
  uvVersion: "uv-version",
  uvDownloadUrl: "uv-download-url",
  indexUrl: "index-url",
  extraIndexUrls: "extra-index-url",
  offline: "offline"
};
function actionConfig(inputs, env = process.env) {
  const toolCache = env.RUNNER_TOOL_CACHE || path.join(os.tmpdir(), "pyembed-tool-cache");
  const flags = {
    build: inputs.build,
    mirror: inputs.mirror,
    pythonDownloadsJsonUrl: inputs.pythonDownloadsJsonUrl,
    githubToken: inputs.githubToken,
    pbsRepo: inputs.pbsRepo,
    uvVersion: inputs.uvVersion,
    uvDownloadUrl: inputs.uvDownloadUrl,
    indexUrl: inputs.indexUrl,
    extraIndexUrls: inputs.extraIndexUrls.length ? inputs.extraIndexUrls : void 0,
    offline: inputs.offline || void 0,
    root: env.PYEMBED_ROOT ? void 0 : path.join(toolCache, "python-embedded"),
    toolsDir: env.PYEMBED_TOOLS_DIR ? void 0 : path.join(toolCache, "python-embedded-tools")
  };
  try {
    return loadConfig({ flags, env, cwd: inputs.workingDirectory });
  } catch (e) {
    if (e instanceof ConfigurationError && typeof e.details.key === "string" && INPUT_OF[e.details.key]) {
      const input = INPUT_OF[e.details.key];
      const source = String(e.details.source ?? "");
      if (source.startsWith("flag ")) {
        throw new ConfigurationError(e.message.replace(source, `input ${input}`), {
          ...e.details,
          source: `input ${input}`,
          hint: `Fix the "${input}" input.`
        });
      }
    }
    throw e;
  }
}

// src/action/failure.ts
function failureLine(e) {
  if (isPythonEmbeddedError(e)) {
    const near = e.details.available?.length ? ` Available: ${e.details.available.slice(0, 8).join(", ")}.` : "";
    return oneLine(`${e.guidance}${/available/i.test(e.guidance) ? "" : near}`);
  }
  return oneLine(e instanceof Error ? e.message : String(e));
}
var oneLine = (s) => s.replace(/\s*\n\s*/g, " ").trim();
function reportFailure(e) {
  const line = failureLine(e);
  if (isPythonEmbeddedError(e)) debug(JSON.stringify(e.toJSON()));
  else if (e instanceof Error && e.stack) debug(e.stack);
  process.exitCode = 1;
  error(line, { title: isPythonEmbeddedError(e) ? e.name : "python-embedded" });
}

// src/action/outputs.ts
import { existsSync } from "node:fs";
import os2 from "node:os";
import path2 from "node:path";
function uvxPath(uvPath) {
  const uvx = path2.join(path2.dirname(uvPath), process.platform === "win32" ? "uvx.exe" : "uvx");
  return existsSync(uvx) ? uvx : "";
}
function setOutputs(r) {
  setOutput("python-version", r.python.label);
  setOutput("python-versions", JSON.stringify(r.pythons.map((p) => p.label)));
  setOutput("python-path", r.venv?.pythonPath ?? r.python.pythonPath);
  setOutput("python-build", r.python.build);
  setOutput("python-cache-hit", r.python.cacheHit);
  setOutput("uv-version", r.uv.version);
  setOutput("uv-path", r.uv.path);
  setOutput("uvx-path", uvxPath(r.uv.path));
  setOutput("venv-path", r.venv?.path ?? "");
  setOutput("venv", r.venv?.path ?? "");
  setOutput("cache-hit", r.uvCache.hit);
  setOutput("cache-key", r.uvCache.key ?? "");
  setOutput("export-path", r.exportPath ?? "");
  setOutput("lock-used", Boolean(r.packages?.lock));
  setOutput("diagnose-report", r.diagnose?.reportPath ?? "");
}
function defaultToolBinDir(env) {
  if (env.XDG_BIN_HOME) return env.XDG_BIN_HOME;
  if (env.XDG_DATA_HOME) return path2.join(env.XDG_DATA_HOME, "..", "bin");
  return path2.join(env.HOME || os2.homedir(), ".local", "bin");
}
function exportPythonLocation(pyDir, env) {
  exportVariable("pythonLocation", pyDir);
  exportVariable("Python_ROOT_DIR", pyDir);
  exportVariable("Python3_ROOT_DIR", pyDir);
  if (!isWindowsHost()) {
    const pc = path2.join(pyDir, "lib", "pkgconfig");
    const rest = (env.PKG_CONFIG_PATH ?? "").split(path2.delimiter).filter((p) => p && p !== pc);
    exportVariable("PKG_CONFIG_PATH", [pc, ...rest].join(path2.delimiter));
  }
}
function updateEnvironment(r, inputs, env = process.env) {
  exportPythonLocation(r.python.pythonDir, env);
  if (r.uvCache.dir) exportVariable("UV_CACHE_DIR", r.uvCache.dir);
  for (const other of r.pythons.slice(0, -1)) addPath(path2.dirname(other.pythonPath));
  if (inputs.toolDir) exportVariable("UV_TOOL_DIR", inputs.toolDir);
  if (inputs.toolBinDir) exportVariable("UV_TOOL_BIN_DIR", inputs.toolBinDir);
  if (env.UV_NO_MODIFY_PATH !== void 0) {
    info("UV_NO_MODIFY_PATH is set: uv and its tool directory are not put on PATH.");
  } else {
    addPath(inputs.toolBinDir ?? defaultToolBinDir(env));
    addPath(path2.dirname(r.uv.path));
  }
  if (r.venv) {
    exportVariable("VIRTUAL_ENV", r.venv.path);
    exportVariable("UV_PYTHON", r.venv.pythonPath);
    addPath(r.venv.binDir);
  } else {
    exportVariable("UV_PYTHON", r.python.pythonPath);
    for (const dir of interpreterPathEntries(r.python.pythonPath).reverse()) addPath(dir);
  }
}

// src/action/problem-matcher.ts
import { promises as fs } from "node:fs";
import path3 from "node:path";

// src/action/python-matcher.json
var python_matcher_default = {
  problemMatcher: [
    {
      owner: "pyembed-python",
      pattern: [
        {
          regexp: '^\\s*File\\s"(.*)",\\sline\\s(\\d+),\\sin\\s(.*)$',
          file: 1,
          line: 2
        },
        {
          regexp: `^\\s*raise\\s(.*)\\(['"](.*)['"]\\)$`,
          message: 2
        }
      ]
    }
  ]
};

// src/action/problem-matcher.ts
var MATCHER_OWNER = python_matcher_default.problemMatcher[0].owner;
async function addPythonProblemMatcher(runnerTemp, write = (l) => process.stdout.write(`${l}
`)) {
  const file = path3.join(runnerTemp, "pyembed-python-matcher.json");
  await fs.mkdir(runnerTemp, { recursive: true });
  await fs.writeFile(file, JSON.stringify(python_matcher_default, null, 2));
  write(`::add-matcher::${file}`);
  return file;
}

// src/action/summary.ts
var ms = (n) => n >= 1e3 ? `${(n / 1e3).toFixed(1)} s` : `${Math.round(n)} ms`;
var yes = (b) => b ? "yes" : "no";
async function writeSummary(r, extraMarkdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const s = summary.addHeading("Setup Python Embedded", 3).addTable([
    [
      { data: "asked", header: true },
      { data: "resolved", header: true },
      { data: "build", header: true },
      { data: "from tool cache", header: true },
      { data: "uv", header: true },
      { data: "uv cache hit", header: true },
      { data: "packages", header: true }
    ],
    [
      `${r.requested.spec} (${r.requested.source})`,
      `${r.python.version} (${r.python.key})`,
      r.python.build,
      yes(r.python.cacheHit),
      `${r.uv.version} (${r.uv.source})`,
      r.uvCache.enabled ? yes(r.uvCache.hit) : "cache off",
      r.packages ? String(r.packages.installed) : "-"
    ]
  ]);
  if (r.python.url) s.addRaw(`
Source: <code>${escapeHtml(r.python.url)}</code>
`, true);
  s.addTable([
    [
      { data: "phase", header: true },
      { data: "time", header: true }
    ],
    ...r.phases.map((p) => [p.name, ms(p.ms)]),
    ["total", ms(r.phases.reduce((a, p) => a + p.ms, 0))]
  ]);
  const paths = [
    ["python", r.venv?.pythonPath ?? r.python.pythonPath],
    ...r.venv ? [["venv", r.venv.path]] : [],
    ...lockRows(r),
    ...r.exportPath ? [["export", r.exportPath]] : [],
    ...r.diagnose ? [["diagnose report", r.diagnose.reportPath]] : []
  ];
  s.addList(paths.map(([k, v]) => `${k}: <code>${escapeHtml(v)}</code>`));
  if (extraMarkdown) s.addRaw(extraMarkdown, true);
  await s.write();
}
function lockRows(r) {
  const lock = r.packages?.lock;
  if (!lock) return [];
  const named = (xs, none) => xs.length ? xs.join(", ") : none;
  return [
    [`lock (${lock.mode})`, lock.file],
    ["groups", named(lock.groups, "none")],
    ["extras", named(lock.extras, "none")]
  ];
}
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/action/main.ts
function strictFailure(d) {
  const fails = d.report.checks.filter((c) => c.status === "fail");
  return `diagnose found ${fails.length} failure(s): ${fails.map((c) => `${c.group}/${c.name}: ${c.detail}`).join("; ")}`;
}
async function run() {
  const t0 = monotonicMs();
  let inputs;
  let options;
  let result;
  let failure;
  try {
    process.env.RUNNER_TEMP ||= path4.join(os3.tmpdir(), "pyembed-runner-temp");
    process.env.RUNNER_TOOL_CACHE ||= path4.join(os3.tmpdir(), "pyembed-tool-cache");
    inputs = readInputs();
    if (inputs.githubToken) setSecret(inputs.githubToken);
    for (const note of inputs.peerNotes) info(note);
    options = actionConfig(inputs).options;
    if (inputs.addProblemMatchers) await addPythonProblemMatcher(process.env.RUNNER_TEMP);
    if (inputs.import) {
      const { checkImportInputs, reportImport, runImport } = await import("./import-step-SI74LXYH.js");
      checkImportInputs(inputs);
      reportImport(await runImport(inputs, options), inputs.updateEnvironment);
      return;
    }
    const { runActionSetup } = await import("./plan-D7SDZ344.js");
    result = await runActionSetup(inputs, options);
    saveState(STATE.uv, result.uv.path);
    saveState(STATE.uvVersion, result.uv.version);
  } catch (e) {
    failure = e;
  }
  let diag;
  if (inputs && options && inputs.diagnose !== "off") {
    const t = monotonicMs();
    const { diagnoseStep } = await import("./diagnose-step-U6VQHZ3C.js");
    diag = await diagnoseStep({
      options,
      uvPath: result?.uv.path,
      venvPath: result?.venv?.path,
      pythonPath: result?.python.pythonPath,
      pythonKey: result?.python.key
    });
    if (result && diag) {
      result.diagnose = { reportPath: diag.reportPath, ok: diag.report.ok, counts: diag.report.counts };
      result.phases.push({ name: "diagnose", ms: Math.round(monotonicMs() - t) });
    }
    if (!result && diag) setOutput("diagnose-report", diag.reportPath);
  }
  if (failure !== void 0 || !result || !inputs) {
    reportFailure(failure);
    return;
  }
  try {
    setOutputs(result);
    if (inputs.updateEnvironment) updateEnvironment(result, inputs);
    await writeSummary(result, diag?.markdown);
    info(
      `Python ${result.python.version} (${result.python.key}, build ${result.python.build}) ready in ${Math.round(monotonicMs() - t0)} ms` + (result.venv ? `; venv ${result.venv.path}` : "")
    );
    if (inputs.diagnose === "strict" && diag && !diag.report.ok) {
      reportFailure(new Error(strictFailure(diag)));
      return;
    }
    saveState(STATE.healthy, "true");
  } catch (e) {
    reportFailure(e);
  }
}
export {
  run
};
