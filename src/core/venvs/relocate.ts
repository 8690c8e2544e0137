import { fs } from '../async-fs.js';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { exists, isDir } from '../fs.js';
import { isWindowsHost } from '../host.js';
import { readPyvenvCfg, setPyvenvCfgValue, sitePackagesDirs, venvBinDir } from './layout.js';

export interface RelocateOptions {
  /** The absolute path the venv's files still name (the source of a copy or an export). */
  from: string;
  /** The venv's new absolute path. */
  to: string;
  /** New base interpreter: `pyvenv.cfg` `home` becomes its directory and the interpreter links point at it. */
  basePython?: string;
}

export interface RelocateReport {
  /** Files whose text was rewritten (relative to the venv). */
  rewritten: string[];
  /** Symlinks re-pointed. */
  relinked: string[];
  /**
   * Binary files (Windows `.exe` launchers of a venv made without `--relocatable`) that name the old location:
   * their paths cannot be rewritten in place, so they keep starting the source's interpreter.
   */
  stale: string[];
}

/** Larger files are not scripts; they are left alone. */
const MAX_TEXT = 2 * 1024 * 1024;

/**
 * Makes a copied venv name its own location instead of the source's: `pyvenv.cfg` (`home`), every text
 * file in bin/ (entry-point shebangs, `activate*` scripts), `*.pth` files in site-packages, and symlinks
 * that point into the old location or at the old interpreter. After this, deleting the source leaves the
 * copy working.
 */
export async function relocateVenv(venvDir: string, o: RelocateOptions): Promise<RelocateReport> {
  const report: RelocateReport = { rewritten: [], relinked: [], stale: [] };
  const from = path.resolve(o.from);
  const to = path.resolve(o.to);
  const cfg = (await readPyvenvCfg(venvDir)) ?? {};
  const oldHome = cfg.home;
  const newHome = o.basePython ? path.dirname(path.resolve(o.basePython)) : undefined;

  const pairs: [string, string][] = [];
  if (from !== to) pairs.push([from, to]);
  // Windows scripts spell the path with backslashes, activate.fish/ps1 sometimes with forward slashes.
  if (from !== to && isWindowsHost()) pairs.push([from.replace(/\\/g, '/'), to.replace(/\\/g, '/')]);

  if (newHome && oldHome !== newHome) {
    await setPyvenvCfgValue(venvDir, 'home', newHome);
    report.rewritten.push('pyvenv.cfg');
  }
  if (pairs.length && (await rewriteFile(path.join(venvDir, 'pyvenv.cfg'), pairs)))
    report.rewritten.push('pyvenv.cfg');

  const bin = venvBinDir(venvDir);
  if (o.basePython) report.relinked.push(...(await restoreInterpreterLinks(venvDir, o.basePython, cfg)));
  for (const e of await fs.readdir(bin, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(bin, e.name);
    if (e.isSymbolicLink()) {
      if (await relink(p, from, to, o.basePython, oldHome)) report.relinked.push(path.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && (await rewriteFile(p, pairs))) {
      report.rewritten.push(path.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && (await binaryNames(p, from))) {
      report.stale.push(path.relative(venvDir, p));
    }
  }
  for (const sp of await sitePackagesDirs(venvDir)) {
    for (const e of await fs.readdir(sp, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(sp, e.name);
      if (e.isFile() && e.name.endsWith('.pth') && pairs.length && (await rewriteFile(p, pairs))) {
        report.rewritten.push(path.relative(venvDir, p));
      } else if (e.isSymbolicLink() && (await relink(p, from, to))) {
        report.relinked.push(path.relative(venvDir, p));
      }
    }
  }
  for (const name of await fs.readdir(venvDir).catch(() => [] as string[])) {
    const p = path.join(venvDir, name);
    const st = await fs.lstat(p).catch(() => undefined);
    if (st?.isSymbolicLink() && (await relink(p, from, to))) report.relinked.push(name);
  }
  return report;
}

/**
 * A copy whose launchers still start the source's interpreter is not a copy: refused (the caller removes
 * its staging dir) with the way out, rather than left to fail or, worse, to run the source venv later.
 */
export function refuseStaleLaunchers(report: RelocateReport, source: string): void {
  if (report.stale.length === 0) return;
  throw new ConfigurationError(
    `Cannot move the venv from ${source}: ${report.stale.join(', ')} hold its absolute path in binary form.`,
    {
      requested: source,
      hint: 'Recreate the source venv as relocatable (relocatable: true, the default on Windows), then copy it.',
    },
  );
}

/**
 * POSIX venvs made by uv reach their interpreter through `bin/python` (an absolute link to the base
 * interpreter) and `python3`/`python3.X` (links to `python`). A copy that lost them (an archive that
 * dropped a link it could not store) gets them back, pointing at `basePython`. Returns what was created.
 */
async function restoreInterpreterLinks(
  venvDir: string,
  basePython: string,
  cfg: Record<string, string>,
): Promise<string[]> {
  if (isWindowsHost()) return []; // Windows venvs hold copies/launchers, not links
  const bin = venvBinDir(venvDir);
  if (!(await isDir(bin))) return [];
  const created: string[] = [];
  const mm = /^(\d+)\.(\d+)/.exec(cfg.version_info ?? cfg.version ?? '');
  const links: [string, string][] = [['python', path.resolve(basePython)]];
  if (mm) links.push([`python${mm[1]}`, 'python'], [`python${mm[1]}.${mm[2]}`, 'python']);
  for (const [name, target] of links) {
    const p = path.join(bin, name);
    if (await fs.lstat(p).catch(() => undefined)) continue;
    await fs.symlink(target, p);
    created.push(path.relative(venvDir, p));
  }
  return created;
}

/**
 * The path a venv's files name as its own (`VIRTUAL_ENV='...'` in bin/activate), if readable. A relocatable
 * venv's script computes it (`''"$(dirname -- ...)"''`): it names no path, so there is none to report.
 */
export async function recordedVenvPath(venvDir: string): Promise<string | undefined> {
  const text = await fs.readFile(path.join(venvBinDir(venvDir), 'activate'), 'utf8').catch(() => undefined);
  const m = text ? /^\s*(?:export\s+)?VIRTUAL_ENV=(['"])(.+?)\1\s*$/m.exec(text) : undefined;
  const value = m?.[2];
  if (value === undefined || /[$`'"]/.test(value)) return undefined;
  return path.posix.isAbsolute(value) || path.win32.isAbsolute(value) ? value : undefined;
}

/** Replaces whole-path occurrences of each `from` (not prefixes of longer names). True when changed. */
async function rewriteFile(file: string, pairs: [string, string][]): Promise<boolean> {
  const st = await fs.stat(file).catch(() => undefined);
  if (!st || !st.isFile() || st.size > MAX_TEXT) return false;
  const buf = await fs.readFile(file);
  if (buf.subarray(0, 8192).includes(0)) return false; // binary (a launcher .exe, a compiled helper)
  const text = buf.toString('utf8');
  let next = text;
  for (const [a, b] of pairs) next = next.replace(wholePath(a), () => b);
  if (next === text) return false;
  await fs.writeFile(file, next, { mode: st.mode });
  await fs.chmod(file, st.mode);
  return true;
}

/** True when a binary file holds `p` (UTF-8, or UTF-16 as Windows programs store paths). */
async function binaryNames(file: string, p: string): Promise<boolean> {
  const st = await fs.stat(file).catch(() => undefined);
  if (!st || st.size > MAX_TEXT) return false;
  const buf = await fs.readFile(file);
  if (!buf.subarray(0, 8192).includes(0)) return false;
  return buf.includes(Buffer.from(p, 'utf8')) || buf.includes(Buffer.from(p, 'utf16le'));
}

function wholePath(p: string): RegExp {
  const esc = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // followed by a separator, a quote, whitespace, a delimiter or the end: never `/old/venv2` for `/old/venv`
  return new RegExp(`${esc}(?=$|[\\\\/'"\`\\s:;,)\\]}])`, 'gm');
}

/** Re-points a symlink into the old venv (to the new one) or at the old interpreter (to the new one). */
async function relink(
  link: string,
  from: string,
  to: string,
  basePython?: string,
  oldHome?: string,
): Promise<boolean> {
  const target = await fs.readlink(link).catch(() => undefined);
  if (target === undefined || !path.isAbsolute(target)) return false;
  let next: string | undefined;
  if (target === from || target.startsWith(from + path.sep)) next = to + target.slice(from.length);
  else if (basePython && oldHome && path.dirname(target) === oldHome) next = path.resolve(basePython);
  else if (basePython && !(await exists(target))) next = path.resolve(basePython); // dangling interpreter link
  if (!next || next === target) return false;
  await fs.rm(link, { force: true });
  await fs.symlink(next, link);
  return true;
}
