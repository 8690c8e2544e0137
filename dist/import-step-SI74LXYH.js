import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  actionsLogger
} from "./chunk-TZMKHQAJ.js";
import {
  venvBinDir,
  venvPython
} from "./chunk-UPWPGVMT.js";
import {
  addPath,
  exportVariable,
  info,
  setOutput
} from "./chunk-2OAMTD3U.js";
import {
  ConfigurationError
} from "./chunk-Q6UA7ENB.js";
import "./chunk-OVRNMJZG.js";

// src/action/import-step.ts
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
var execFileAsync = promisify(execFile);
var NOT_WITH_IMPORT = [
  ["requirements", "requirements"],
  ["constraints", "constraints"],
  ["pyproject", "pyproject"],
  ["export", "export"]
];
function checkImportInputs(inputs) {
  for (const [field, name] of NOT_WITH_IMPORT) {
    const v = inputs[field];
    if (Array.isArray(v) ? v.length : v) {
      throw new ConfigurationError(`Input "${name}" cannot be used with "import".`, {
        key: name,
        source: `input ${name}`,
        requested: `import=${inputs.import}, ${name}=${String(v)}`,
        hint: 'An import restores an exported Python and its venvs as they were, with no network: install packages before exporting, or drop "import".'
      });
    }
  }
}
async function pickVenv(venvsDir, wanted, isDefault) {
  const names = (await fs.readdir(venvsDir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => e.name);
  if (names.includes(wanted)) return path.join(venvsDir, wanted);
  if (isDefault && names.length === 1) return path.join(venvsDir, names[0]);
  return void 0;
}
async function stdlibVenv(python, dir) {
  if (await fs.stat(venvPython(dir)).catch(() => void 0)) return dir;
  info(`The archive holds no venv named ${path.basename(dir)}: creating an empty one at ${dir}`);
  await execFileAsync(python, ["-m", "venv", "--without-pip", dir]);
  return dir;
}
async function importedVenv(inst, wanted) {
  const archived = await pickVenv(inst.venvsDir, path.basename(wanted), wanted.endsWith(`${path.sep}.venv`));
  const dir = archived ?? await stdlibVenv(inst.pythonPath, wanted);
  return { path: dir, binDir: venvBinDir(dir), pythonPath: venvPython(dir) };
}
async function runImport(inputs, options) {
  const archive = inputs.import;
  if (!(await fs.stat(archive).catch(() => void 0))?.isFile()) {
    throw new ConfigurationError(`Input "import": ${archive} is not a file.`, {
      key: "import",
      source: "input import",
      requested: archive,
      hint: "Point it at the archive written by export (download the artifact first, e.g. with actions/download-artifact)."
    });
  }
  info(`Importing ${archive} (no network)`);
  const { PythonManager } = await import("./instances-HEPMHSZ4.js");
  const manager = new PythonManager({ root: options.root, logger: actionsLogger });
  const inst = await manager.importInstance(archive, { overwrite: true });
  const venv = inputs.venv === false ? void 0 : await importedVenv(inst, inputs.venv);
  info(
    `Imported Python ${inst.version} (${inst.key}) at ${inst.pythonDir}${venv ? `; venv ${venv.path}` : ""}`
  );
  return {
    version: inst.version,
    build: inst.build,
    key: inst.buildKey,
    pythonDir: inst.pythonDir,
    pythonPath: inst.pythonPath,
    venv
  };
}
function reportImport(r, updateEnvironment) {
  setOutput("python-version", r.version);
  setOutput("python-path", r.venv?.pythonPath ?? r.pythonPath);
  setOutput("python-build", r.build);
  setOutput("python-cache-hit", true);
  setOutput("venv-path", r.venv?.path ?? "");
  setOutput("cache-hit", false);
  if (!updateEnvironment) return;
  exportVariable("pythonLocation", r.pythonDir);
  exportVariable("Python_ROOT_DIR", r.pythonDir);
  exportVariable("Python3_ROOT_DIR", r.pythonDir);
  addPath(path.dirname(r.pythonPath));
  exportVariable("UV_PYTHON", r.venv?.pythonPath ?? r.pythonPath);
  if (r.venv) {
    exportVariable("VIRTUAL_ENV", r.venv.path);
    addPath(r.venv.binDir);
  }
}
export {
  checkImportInputs,
  reportImport,
  runImport
};
