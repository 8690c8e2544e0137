// Builds docs/reliability.md from the results the suite writes (.cache/reliability/<area>.json, one per
// test file, rewritten on every run). Tests never write the page: `npm run reliability:report` runs the
// suite, then this file (`npx tsx __tests__/reliability/report.ts` rebuilds it from the last results).
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CaseRecord {
  area: string;
  name: string;
  expected: string;
  result: string;
  passed: boolean;
  /** null: the case failed before it could look at the disk. */
  intact: boolean | null;
  ms?: number;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const resultsDir = path.join(repoRoot, '.cache', 'reliability');
const docPath = path.join(repoRoot, 'docs', 'reliability.md');

/** Areas in the order the page shows them, with a one-line description. */
const AREAS: [string, string][] = [
  ['network', 'downloads against the local release server with its fault switches, plus the GitHub API'],
  ['archives', 'malicious and broken archives fed to extractArchive'],
  ['locks', 'the install lock: stale, contended, held by a live process'],
  ['disk', 'out of space, read-only root, root deleted between calls'],
  ['process', 'kill -9 at random points, then a rerun; 8 processes at once'],
  ['data', 'corrupt, empty, foreign and hand-edited metadata; bad catalogue rows'],
  ['input', 'hostile package specs, venv names and paths; a 10 MB requirements file'],
  ['secrets', 'a token never shows up in logs, errors, results or exported files'],
  ['soak', 'many setups in a loop with random faults'],
];

/**
 * Product bugs found by the suite whose cases are kept out of the default run until the code is fixed
 * (`heldCase(id, ...)` in the test files; `RELIABILITY_HELD=all npm run test:faults` runs them). Remove an
 * entry when its fix lands and its cases pass (then make them plain `rcase`s).
 */
export const HELD_OUT: { id: string; case: string; file: string; reason: string }[] = [];

/** Cases that failed when first run against the code of the day and pass since the code was fixed. */
export const FIXED: { case: string; file: string; was: string; fixedBy: string }[] = [
  {
    case: 'process: SIGKILL during verify / rename / metadata, then rerun',
    file: 'src/core/instances/manager.ts installBuild, src/core/install/lock.ts clearStaleLock',
    was: 'a holder killed after the rename left `.locks/<key>.lock`; the rerun found the instance and never looked at the lock',
    fixedBy: "lead (the found-instance path clears a dead holder's lock)",
  },
  {
    case: 'disk: ENOSPC while extracting — the hint',
    file: 'src/core/install/extract.ts extractHint',
    was: 'every error got "The archive is truncated or corrupt", also ENOSPC/EDQUOT/EROFS/EACCES',
    fixedBy: 'lead (the hint now names the destination fault by errno)',
  },
  {
    case: 'network: a stalled download — the error says it timed out',
    file: 'src/core/install/http.ts requestOnce',
    was: 'a body that stalled past the inactivity timeout was reported as "aborted (ECONNRESET)"',
    fixedBy: 'lead (the socket timeout destroys the response with "no data for N ms (inactivity timeout)")',
  },
  {
    case: 'input: runSetup packages ["--index-url=…"], ["six; touch PWNED"]',
    file: 'src/core/setup/environment.ts installPackages',
    was: 'specs reached `uv pip install` unvalidated, before the options end: uv took "--index-url=…" as its option',
    fixedBy: 'owner (now delegates to PythonRuntime.installPlan: validation + `--`)',
  },
  {
    case: 'disk: install into / setup on a read-only root',
    file: 'src/core/instances/manager.ts, src/core/install/lock.ts',
    was: 'raw `Error: ENOENT … mkdir` / `EROFS … open …lock.tmp`, untyped',
    fixedBy: 'owner (PythonInstallationError "Cannot take the lock …: EROFS")',
  },
  {
    case: 'data: a refused install leaves no instance directory behind',
    file: 'src/core/instances/manager.ts installBuild',
    was: 'an empty `<root>/cpython-…/` stayed after a checksum refusal',
    fixedBy: 'owner',
  },
  {
    case: 'data: getInstance(<exact key>) of an instance whose interpreter was deleted',
    file: 'src/core/instances/manager.ts getInstance',
    was: 'threw InvalidPythonVersionError for the key instead of returning undefined',
    fixedBy: 'owner',
  },
  {
    case: 'process: SIGKILL during venv create, immediate rerun while the orphaned uv still runs',
    file: 'src/core/venvs/manager.ts getOrCreate / createWithUv',
    was: '~1 rerun in 10 failed: uv "A virtual environment already exists", or a raw ENOTEMPTY from the rm',
    fixedBy:
      'reliability helper (surgical, createWithUv/getOrCreate: `--clear` on create, rm with maxRetries, up to 3 retries when uv reports the target exists / is not a venv)',
  },
];

interface ResultFile {
  area: string;
  at: string;
  cases: CaseRecord[];
}

async function readResults(): Promise<ResultFile[]> {
  const out: ResultFile[] = [];
  for (const f of (await fs.readdir(resultsDir).catch(() => [])).sort()) {
    if (!f.endsWith('.json')) continue;
    try {
      out.push(JSON.parse(await fs.readFile(path.join(resultsDir, f), 'utf8')) as ResultFile);
    } catch {
      // a file being written right now: the next writer includes it
    }
  }
  const rank = (a: string) => {
    const i = AREAS.findIndex(([n]) => n === a);
    return i < 0 ? AREAS.length : i;
  };
  return out.sort((a, b) => rank(a.area) - rank(b.area) || a.area.localeCompare(b.area));
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderReport(files: ResultFile[]): string {
  const all = files.flatMap((f) => f.cases);
  const passed = all.filter((c) => c.passed).length;
  const intact = all.filter((c) => c.intact === true).length;
  const lines: string[] = [
    '# Reliability and security suite',
    '',
    'Generated by `npm run reliability:report` from the results of the suite in `__tests__/reliability/`, by',
    '`__tests__/reliability/report.ts`; do not edit by hand. Each case ends in the correct result or a clear',
    'typed error, then checks that nothing was lost or half-written (no `.partial`, no temp dirs, no stale',
    'locks, instances and venvs still complete, nothing written outside the destination).',
    '',
    `**Totals: ${all.length} tried / ${passed} passed / ${intact} nothing-lost**` +
      (all.length
        ? ` (last run ${files
            .map((f) => f.at)
            .sort()
            .at(-1)}).`
        : '.'),
    '',
  ];
  for (const f of files) {
    const desc = AREAS.find(([n]) => n === f.area)?.[1];
    const p = f.cases.filter((c) => c.passed).length;
    const i = f.cases.filter((c) => c.intact === true).length;
    lines.push(`## ${f.area}${desc ? ` — ${desc}` : ''}`, '');
    lines.push(`${f.cases.length} tried / ${p} passed / ${i} nothing-lost`, '');
    lines.push('| case | expected | result | data intact |', '|---|---|---|---|');
    for (const c of f.cases) {
      const verdict = c.passed ? 'PASS' : 'FAIL';
      const ok = c.intact === null ? 'not checked' : c.intact ? 'yes' : 'NO';
      lines.push(`| ${cell(c.name)} | ${cell(c.expected)} | ${verdict}: ${cell(c.result || '-')} | ${ok} |`);
    }
    lines.push('');
  }
  if (FIXED.length) {
    lines.push('## Found by this suite and fixed in the code', '');
    lines.push('| case | file | what was wrong | fixed by |', '|---|---|---|---|');
    for (const f of FIXED)
      lines.push(`| ${cell(f.case)} | ${cell(f.file)} | ${cell(f.was)} | ${cell(f.fixedBy)} |`);
    lines.push('');
  }
  if (HELD_OUT.length) {
    lines.push('## Held out: product bugs found, not yet fixed', '');
    lines.push(
      'These cases fail today, so they are not registered in the default run; `RELIABILITY_HELD=all npm run test:faults`',
      '(or a comma list of ids) runs them. Each row says where the bug is and how to fix it.',
      '',
    );
    lines.push('| id | case | file | what is wrong / fix |', '|---|---|---|---|');
    for (const h of HELD_OUT)
      lines.push(`| ${h.id} | ${cell(h.case)} | ${cell(h.file)} | ${cell(h.reason)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

export async function writeReport(): Promise<string> {
  const text = renderReport(await readResults());
  await fs.mkdir(path.dirname(docPath), { recursive: true });
  const tmp = `${docPath}.${process.pid}.tmp`;
  await fs.writeFile(tmp, text);
  await fs.rename(tmp, docPath);
  return docPath;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeReport().then((p) => process.stdout.write(`wrote ${p}\n`));
}
