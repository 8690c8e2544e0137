// The wheels of the local index: names from test-world/wheels.txt, metadata read from the wheel files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { repoRoot } from './paths.js';

/** Package counts the benchmark uses; wheelNames(n) gives that many installable-together names. */
export const WHEEL_GROUPS = [6, 20, 50] as const;

/** PEP 503 name normalisation. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * Distinct project names of test-world/wheels.txt in file order (normalised). The first 50 have no
 * dependencies, so any prefix installs on its own from the local index: `wheelNames(20)` for 20 packages.
 */
export function wheelNames(count?: number): string[] {
  const text = readFileSync(path.join(repoRoot, 'test-world', 'wheels.txt'), 'utf8');
  const names: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const name = normalizeName(/^[A-Za-z0-9._-]+/.exec(line)?.[0] ?? line);
    if (!names.includes(name)) names.push(name);
  }
  if (count !== undefined && count > names.length) {
    throw new Error(`wheelNames(${count}): test-world/wheels.txt lists only ${names.length} projects`);
  }
  return count === undefined ? names : names.slice(0, count);
}

export interface WheelFileName {
  name: string; // as in the file name (underscores), e.g. 'typing_extensions'
  normalized: string; // 'typing-extensions'
  version: string;
  pythonTag: string; // 'py3', 'py2.py3', 'cp311'
}

export function parseWheelFileName(file: string): WheelFileName | undefined {
  const m = /^([^-]+)-([^-]+)(?:-\d[^-]*)?-([^-]+)-([^-]+)-([^-]+)\.whl$/.exec(file);
  if (!m) return undefined;
  return { name: m[1], normalized: normalizeName(m[1]), version: m[2], pythonTag: m[3] };
}

/** PEP 440 ordering for the plain versions this index holds (release, aN/bN/rcN, .postN, .devN). */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^(\d+(?:\.\d+)*)(?:(a|b|rc)(\d+))?(?:\.post(\d+))?(?:\.dev(\d+))?$/.exec(v);
    if (!m) return { rel: [0], pre: 0, post: -1, dev: Infinity };
    const preRank = m[2] ? { a: 1, b: 2, rc: 3 }[m[2] as 'a' | 'b' | 'rc'] * 1e6 + Number(m[3]) : 4e6;
    return {
      rel: m[1].split('.').map(Number),
      pre: m[5] !== undefined && !m[2] && m[4] === undefined ? 0 : preRank, // X.devN sorts before X.aN
      post: m[4] !== undefined ? Number(m[4]) : -1,
      dev: m[5] !== undefined ? Number(m[5]) : Infinity,
    };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.rel.length, y.rel.length); i++) {
    const d = (x.rel[i] ?? 0) - (y.rel[i] ?? 0);
    if (d) return d;
  }
  return x.pre - y.pre || x.post - y.post || (x.dev === y.dev ? 0 : x.dev < y.dev ? -1 : 1);
}

export function isPrerelease(v: string): boolean {
  return /(a|b|rc|\.dev)\d+/.test(v);
}

export interface WheelMetadata {
  raw: Buffer; // the METADATA file (served as PEP 658 `<file>.metadata`)
  headers: Map<string, string[]>; // lower-case header -> values
  description: string;
  lastModified: Date; // newest entry in the zip: stands in for PyPI's upload time
}

/** Reads `*.dist-info/METADATA` out of a wheel. */
export function readWheelMetadata(file: string): Promise<WheelMetadata> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error(`cannot open ${file}`));
      let newest = new Date(0);
      let found = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        const mod = entry.getLastModDate();
        if (mod > newest) newest = mod;
        if (!/^[^/]+\.dist-info\/METADATA$/.test(entry.fileName)) return zip.readEntry();
        found = true;
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            const raw = Buffer.concat(chunks);
            resolve({ raw, ...parseMetadata(raw.toString('utf8')), lastModified: newest });
            zip.close();
          });
        });
      });
      zip.on('end', () => {
        if (!found) reject(new Error(`${file}: no .dist-info/METADATA`));
      });
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Core metadata is RFC 822: headers (with continuation lines), a blank line, then the description. */
function parseMetadata(text: string): { headers: Map<string, string[]>; description: string } {
  const headers = new Map<string, string[]>();
  const lines = text.split(/\r?\n/);
  let i = 0;
  let last: { key: string; idx: number } | undefined;
  for (; i < lines.length && lines[i] !== ''; i++) {
    const line = lines[i];
    if (/^[ \t]/.test(line) && last) {
      const vals = headers.get(last.key)!;
      vals[last.idx] += `\n${line.replace(/^ {7}\|?/, '')}`;
      continue;
    }
    const c = line.indexOf(':');
    if (c < 0) continue;
    const key = line.slice(0, c).trim().toLowerCase();
    const vals = headers.get(key) ?? [];
    vals.push(line.slice(c + 1).trim());
    headers.set(key, vals);
    last = { key, idx: vals.length - 1 };
  }
  const body = lines.slice(i + 1).join('\n');
  return { headers, description: headers.get('description')?.[0] ?? body };
}
