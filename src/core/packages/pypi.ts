import { DownloadError } from '../errors.js';
import { fetchText } from '../install/mirror.js';
import { normalizePackageName, validatePackageName, validateVersion } from './spec.js';
import type { PyPIPackageInfo, PyPISearchResult } from './types.js';

export const DEFAULT_PYPI_JSON_URL = 'https://pypi.org/pypi';
export const DEFAULT_SIMPLE_INDEX_URL = 'https://pypi.org/simple/';

export interface PyPIOptions {
  /** JSON API root: `<jsonUrl>/<name>/json`, `<jsonUrl>/<name>/<version>/json`. */
  jsonUrl?: string;
  /** PEP 503/691 simple index whose root page lists every project (used by search). */
  simpleUrl?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  timeoutMs?: number;
}

interface PyPIJson {
  info?: Record<string, unknown>;
  releases?: Record<string, unknown[]>;
}

function trimBase(u: string): string {
  return u.replace(/\/+$/, '');
}

/**
 * GET a text document; undefined on 404. Default transport is the installer's (node:http with HTTPS_PROXY /
 * NO_PROXY and retries, which Node's fetch lacks); an injected `fetch` is used as is.
 */
async function getText(url: string, o: PyPIOptions, accept: string): Promise<string | undefined> {
  try {
    if (!o.fetch) {
      return await fetchText(url, {
        headers: { accept, 'user-agent': 'python-embedded' },
        signal: o.signal,
        timeoutMs: o.timeoutMs ?? 30_000,
      });
    }
    const signals = [AbortSignal.timeout(o.timeoutMs ?? 30_000), ...(o.signal ? [o.signal] : [])];
    const res = await o.fetch(url, {
      headers: { accept, 'user-agent': 'python-embedded' },
      signal: AbortSignal.any(signals),
    });
    if (res.status === 404) return undefined;
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.text();
  } catch (e) {
    throw new DownloadError(
      `Could not get ${url}: ${(e as Error).message}`,
      { requested: url },
      { cause: e },
    );
  }
}

/** Package metadata from the PyPI JSON API; `undefined` when the project (or that version) does not exist. */
export async function getPackageMetadata(
  name: string,
  version: string | undefined,
  o: PyPIOptions = {},
): Promise<PyPIPackageInfo | undefined> {
  const n = encodeURIComponent(normalizePackageName(validatePackageName(name)));
  const base = trimBase(o.jsonUrl ?? DEFAULT_PYPI_JSON_URL);
  const url = version
    ? `${base}/${n}/${encodeURIComponent(validateVersion(version))}/json`
    : `${base}/${n}/json`;
  const text = await getText(url, o, 'application/json');
  if (text === undefined) return undefined;
  const doc = JSON.parse(text) as PyPIJson;
  const info = doc.info ?? {};
  const str = (k: string) => (typeof info[k] === 'string' && info[k] ? (info[k] as string) : undefined);
  const releases = Object.entries(doc.releases ?? {})
    // a release whose files were all yanked/removed has an empty list: not installable
    .filter(([, files]) => !Array.isArray(files) || files.length > 0)
    .map(([v]) => v)
    .sort(comparePep440);
  const projectUrls = (
    info.project_urls && typeof info.project_urls === 'object' ? info.project_urls : {}
  ) as Record<string, string>;
  return {
    name: str('name') ?? name,
    version: str('version') ?? version ?? '',
    summary: str('summary'),
    description: str('description'),
    author: str('author'),
    authorEmail: str('author_email'),
    homePage: str('home_page') ?? projectUrls.Homepage ?? projectUrls.homepage,
    license: str('license'),
    requiresPython: str('requires_python'),
    requiresDist: Array.isArray(info.requires_dist) ? (info.requires_dist as string[]) : [],
    releases,
    projectUrls,
  };
}

/**
 * Searches project names. PyPI has no search API, so: the index's project list (PEP 691 JSON, or the PEP 503
 * HTML root page) filtered by every word of the query, ranked exact > prefix > substring, then the JSON API
 * for version and summary of the best `limit` hits. An exact name is always looked up even if the list fails.
 */
export async function searchPyPI(
  query: string,
  o: PyPIOptions & { limit?: number } = {},
): Promise<PyPISearchResult[]> {
  const words = query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => normalizePackageName(w));
  if (!words.length) return [];
  const limit = o.limit ?? 20;
  const whole = normalizePackageName(query.trim().replace(/\s+/g, '-'));
  let names: string[] = [];
  try {
    names = await listProjects(o);
  } catch {
    names = [];
  }
  const hits = new Map<string, number>();
  for (const raw of names) {
    const n = normalizePackageName(raw);
    if (!words.every((w) => n.includes(w))) continue;
    const rank = n === whole ? 0 : n.startsWith(whole) ? 1 : n.startsWith(words[0]) ? 2 : 3;
    if (!hits.has(n) || hits.get(n)! > rank) hits.set(n, rank);
  }
  if (/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(whole) && !hits.has(whole)) hits.set(whole, 0);
  const ranked = [...hits.entries()].sort(
    (a, b) => a[1] - b[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]),
  );
  const out: PyPISearchResult[] = [];
  for (let i = 0; i < ranked.length && out.length < limit; i += 4) {
    const batch = ranked
      .slice(i, i + 4)
      .map(([n]) => getPackageMetadata(n, undefined, o).catch(() => undefined));
    for (const meta of await Promise.all(batch)) {
      if (meta && out.length < limit)
        out.push({ name: meta.name, version: meta.version, summary: meta.summary });
    }
  }
  return out;
}

/** Project lists are large (PyPI: ~600k names); one fetch per index per process, reused for 10 minutes. */
const projectListCache = new Map<string, { at: number; names: Promise<string[]> }>();
const PROJECT_LIST_TTL_MS = 10 * 60_000;

/** Every project name of a simple index (root page). */
export async function listProjects(o: PyPIOptions = {}): Promise<string[]> {
  const url = trimBase(o.simpleUrl ?? DEFAULT_SIMPLE_INDEX_URL) + '/';
  const hit = projectListCache.get(url);
  if (hit && Date.now() - hit.at < PROJECT_LIST_TTL_MS && !o.fetch) return hit.names;
  const names = fetchProjects(url, o);
  if (!o.fetch) projectListCache.set(url, { at: Date.now(), names });
  names.catch(() => projectListCache.delete(url));
  return names;
}

async function fetchProjects(url: string, o: PyPIOptions): Promise<string[]> {
  const body = await getText(url, o, 'application/vnd.pypi.simple.v1+json, text/html;q=0.1');
  if (body === undefined) return [];
  if (body.trimStart().startsWith('{')) {
    const doc = JSON.parse(body) as { projects?: { name?: string }[] };
    return (doc.projects ?? []).map((p) => p.name ?? '').filter(Boolean);
  }
  const names: string[] = [];
  for (const m of body.matchAll(/<a\b[^>]*>([^<]+)<\/a>/gi)) names.push(m[1].trim());
  return names;
}

/** PEP 440 order for release lists (release numbers, then dev < a < b < rc < final < post). */
export function comparePep440(a: string, b: string): number {
  const pa = parsePep440(a);
  const pb = parsePep440(b);
  if (!pa || !pb) return a.localeCompare(b);
  for (let i = 0; i < Math.max(pa.release.length, pb.release.length); i++) {
    const d = (pa.release[i] ?? 0) - (pb.release[i] ?? 0);
    if (d) return d;
  }
  for (const k of ['phase', 'pre', 'post', 'dev'] as const) {
    const d = pa[k] - pb[k];
    if (d) return d;
  }
  return 0;
}

function parsePep440(v: string) {
  const m =
    /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\d*))?(?:[-_.]?(?:post|rev|r)[-_.]?(\d*))?(?:[-_.]?dev[-_.]?(\d*))?(?:\+.*)?$/i.exec(
      v.trim(),
    );
  if (!m) return undefined;
  const phaseOf: Record<string, number> = { a: 1, alpha: 1, b: 2, beta: 2, c: 3, rc: 3, pre: 3, preview: 3 };
  const hasPre = m[2] !== undefined;
  const hasPost = m[4] !== undefined;
  const hasDev = m[5] !== undefined;
  return {
    release: m[1].split('.').map(Number),
    // a bare .devN sorts before any pre-release of the same release
    phase: hasPre ? phaseOf[m[2].toLowerCase()] : hasDev && !hasPost ? 0 : 4,
    pre: hasPre ? Number(m[3] || 0) : 0,
    post: hasPost ? Number(m[4] || 0) + 1 : 0,
    dev: hasDev ? Number(m[5] || 0) : Number.MAX_SAFE_INTEGER,
  };
}
