import { fs } from '../async-fs.js';
import path from 'node:path';
import { exists } from '../fs.js';
import { findInterpreter } from '../install/python-layout.js';
import { probeInterpreter } from '../python/probe.js';
import { METADATA_FILE, parseInstanceName, readStoredMetadata } from './metadata.js';
import type { IntegrityReport, PythonInstance } from './types.js';

/** Interpreter runs and reports the recorded version; files present; metadata consistent with the name. */
export async function checkIntegrity(inst: PythonInstance): Promise<IntegrityReport> {
  const problems: string[] = [];
  const stored = await readStoredMetadata(inst.dir);
  if (!stored) problems.push(`${METADATA_FILE} missing or unreadable`);
  const parsed = parseInstanceName(inst.key);
  if (parsed && (parsed.version !== inst.version || parsed.build !== inst.build))
    problems.push(`metadata (${inst.version}, ${inst.build}) disagrees with the directory name`);
  const exe = findInterpreter(inst.pythonDir);
  if (!exe) problems.push('no interpreter in python/');
  let version: string | undefined;
  if (exe) {
    try {
      const probe = await probeInterpreter(inst.pythonPath);
      version = probe.version;
      if (probe.version !== inst.version)
        problems.push(`interpreter reports ${probe.version}, metadata says ${inst.version}`);
      const ft = inst.variant?.includes('freethreaded') ?? false;
      if (probe.freethreaded !== ft)
        problems.push(`interpreter is ${probe.freethreaded ? '' : 'not '}free-threaded`);
    } catch (e) {
      problems.push(`interpreter does not run: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const mm = /^(\d+)\.(\d+)/.exec(inst.version);
  if (mm && inst.platform.os !== 'windows') {
    const lib = path.join(inst.pythonDir, 'lib');
    const names = await fs.readdir(lib).catch(() => [] as string[]);
    const stdlib = names.find((n) => n === `python${mm[1]}.${mm[2]}` || n === `python${mm[1]}.${mm[2]}t`);
    if (!stdlib || !(await exists(path.join(lib, stdlib, 'os.py'))))
      problems.push('standard library (lib/python3.X/os.py) missing');
  } else if (inst.platform.os === 'windows' && !(await exists(path.join(inst.pythonDir, 'Lib', 'os.py')))) {
    problems.push('standard library (Lib/os.py) missing');
  }
  return { ok: problems.length === 0, key: inst.key, problems, version };
}
