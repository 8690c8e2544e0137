/**
 * The no-op rerun without uv. `uv pip install` (no --upgrade, no --reinstall) leaves a requirement alone
 * once the venv satisfies it, so a rerun with the same requests into a venv that holds exactly what the
 * last install left changes nothing: setup then skips that uv process (~15-20 ms, a third of a no-op rerun).
 *
 * The proof is a stamp written after each successful install, `<venv>/.pyembed-packages.json`: the
 * requests as uv read them (the contents of every requirements and constraints file, the specs, the index,
 * the venv's base Python) and what site-packages held afterwards (every entry's name, and each
 * `*.dist-info` directory's change time: an upgrade, a downgrade, a reinstall or an uninstall changes it).
 * Any difference and uv runs as before. Requests whose result can change while their text does not (local
 * paths, URLs, editables, nested `-r`/`-c` files, options, projects) never skip.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from '../fs.js';
import { readPyvenvCfg, sitePackagesDir } from '../venvs/layout.js';
import type { PackagePlan } from './types.js';

export const STAMP_FILE = '.pyembed-packages.json';
const FORMAT = 2;

interface Stamp {
  format: number;
  request: unknown;
  site: string[];
  /** What `distributionsInVenv` read after the install (the result's package names). */
  names: string[];
}

/** A line of a requirements file, or a spec, that names a registry distribution and nothing else. */
const REGISTRY_REQUIREMENT =
  /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[A-Za-z0-9._,\s-]*\])?\s*([<>=!~][^;@/\\]*)?(;[^@/\\]*)?$/;
const ARCHIVE = /\.(whl|zip|tar\.gz|tgz|tar\.bz2|tar\.xz)\b/i;

function isRegistryRequirement(line: string): boolean {
  const text = line.replace(/(^|\s)#.*$/, '').trim();
  return text === '' || (REGISTRY_REQUIREMENT.test(text) && !ARCHIVE.test(text));
}

/**
 * What uv would be asked, as stored in the stamp, or undefined when the request may install something new
 * even though its text is unchanged (then uv always runs). An unreadable file is left to uv to report.
 */
export async function packageRequest(
  plan: PackagePlan,
  cwd: string,
  venvDir: string,
): Promise<unknown | undefined> {
  if (plan.project || plan.pyproject || plan.editable) return undefined;
  if (!plan.specs.every(isRegistryRequirement)) return undefined;
  const read = (f: string) => {
    const file = path.resolve(cwd, f);
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    return text !== undefined && !text.includes('\\') && text.split(/\r?\n/).every(isRegistryRequirement)
      ? [file, text]
      : undefined;
  };
  const requirements = plan.requirements.map(read);
  const constraints = plan.constraints.map(read);
  if ([...requirements, ...constraints].includes(undefined)) return undefined;
  const home = (await readPyvenvCfg(venvDir))?.home;
  if (home === undefined) return undefined;
  return { home, requirements, constraints, specs: plan.specs, index: plan.index };
}

/**
 * The venv's site-packages as a stamp sees it, or undefined when it is not the one expected directory.
 * Synchronous reads: a directory listing and a stat per distribution, read twice per install; each a
 * thread-pool round trip when asynchronous (~2 ms against ~0.3 ms for a few packages).
 */
async function siteState(venvDir: string): Promise<string[] | undefined> {
  const site = await sitePackagesDir(venvDir);
  if (!site) return undefined;
  let names: string[];
  try {
    names = readdirSync(site).filter((n) => n !== '__pycache__');
  } catch {
    return undefined;
  }
  return names.sort().map((n) => {
    if (!n.endsWith('.dist-info')) return n;
    const st = statSync(path.join(site, n), { bigint: true, throwIfNoEntry: false });
    return `${n} ${st?.ctimeNs ?? '?'}`;
  });
}

/**
 * The distributions the venv held after the stamped install, when the stamp proves uv would change nothing
 * for this request; otherwise undefined.
 */
export async function namesIfUnchanged(venvDir: string, request: unknown): Promise<string[] | undefined> {
  let stored: string;
  try {
    stored = readFileSync(path.join(venvDir, STAMP_FILE), 'utf8');
  } catch {
    return undefined; // never installed here by setup (or the stamp was removed): uv decides
  }
  const site = await siteState(venvDir);
  if (site === undefined) return undefined;
  let stamp: Stamp;
  try {
    stamp = JSON.parse(stored) as Stamp;
  } catch {
    return undefined; // a corrupt stamp only costs the skip; the next install writes a good one
  }
  const same =
    stamp.format === FORMAT &&
    Array.isArray(stamp.names) &&
    JSON.stringify(stamp.request) === JSON.stringify(request) &&
    JSON.stringify(stamp.site) === JSON.stringify(site);
  return same ? stamp.names : undefined;
}

/**
 * Records a successful install of `request` and the distributions it left (nothing when site-packages is not
 * where a stamp looks).
 */
export async function writeStamp(venvDir: string, request: unknown, names: string[]): Promise<void> {
  const site = await siteState(venvDir);
  if (!site) return;
  const stamp: Stamp = { format: FORMAT, request, site, names };
  writeFileAtomicSync(path.join(venvDir, STAMP_FILE), JSON.stringify(stamp) + '\n');
}
