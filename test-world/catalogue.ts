// Rows of uv's PBS download catalogue (data/pbs-download-metadata.json, a verbatim copy; see data/README.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from './paths.js';

export interface CatalogueRow {
  key: string;
  name: string;
  os: string;
  libc: string;
  arch: { family: string; variant: string | null };
  major: number;
  minor: number;
  patch: number;
  prerelease: string;
  url: string;
  sha256: string | null;
  variant: string | null;
  build: string;
}

let rows: CatalogueRow[] | undefined;

export function catalogueRows(): CatalogueRow[] {
  if (!rows) {
    const raw = JSON.parse(readFileSync(path.join(dataDir, 'pbs-download-metadata.json'), 'utf8')) as Record<
      string,
      Omit<CatalogueRow, 'key'>
    >;
    rows = Object.entries(raw).map(([key, r]) => ({ key, ...r }));
  }
  return rows;
}

/** The asset name of a catalogue row's GitHub URL, decoded ('%2B' -> '+'). */
export function assetNameOf(row: CatalogueRow): string {
  return decodeURIComponent(row.url.slice(row.url.lastIndexOf('/') + 1));
}

/** Rows published as assets of `<repo>` release `<tag>` on github.com (pypy/graalpy rows live elsewhere). */
export function rowsOfBuild(tag: string, repo = 'astral-sh/python-build-standalone'): CatalogueRow[] {
  const prefix = `https://github.com/${repo}/releases/download/${tag}/`;
  return catalogueRows().filter((r) => r.url.startsWith(prefix));
}
