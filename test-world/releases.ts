// In-memory GitHub releases: repos -> releases -> assets. An asset either has bytes (a Buffer or a file),
// or is a catalogue row listed with its real name and sha256 but no body (downloading it gives 404).
// Every release carries a generated `SHA256SUMS` asset, rebuilt whenever an asset is added.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { assetNameOf, rowsOfBuild } from './catalogue.js';

export type AssetBody = { kind: 'buffer'; data: Buffer } | { kind: 'file'; path: string };

export interface Asset {
  id: number;
  name: string;
  size: number;
  sha256?: string;
  contentType: string;
  body?: AssetBody;
}

export interface Release {
  id: number;
  tag: string;
  name: string;
  prerelease: boolean;
  draft: boolean;
  publishedAt: string;
  assets: Asset[];
}

export const SHA256SUMS = 'SHA256SUMS';

/** PBS tags served by default: newest first, spanning every naming era (20211017 is pre-`install_only`). */
export const PBS_TAGS = ['20260814', '20260807', '20250814', '20240726', '20240107', '20220227', '20211017'];

export function contentTypeOf(name: string): string {
  if (name.endsWith('.tar.gz') || name.endsWith('.tgz')) return 'application/gzip';
  if (name.endsWith('.tar.zst')) return 'application/zstd';
  if (name.endsWith('.zip') || name.endsWith('.whl')) return 'application/zip';
  if (name === SHA256SUMS || name.endsWith('.sha256') || name.endsWith('.json')) return 'text/plain';
  return 'application/octet-stream';
}

function sha256FileSync(file: string): string {
  const h = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) h.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return h.digest('hex');
}

/** `2024-01-07T12:00:00Z` for a date tag; a fixed instant otherwise (uv's `0.13.9`). */
function publishedAtOf(tag: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(tag);
  return m ? `${m[1]}-${m[2]}-${m[3]}T12:00:00Z` : '2025-11-20T18:00:00Z';
}

export class ReleaseStore {
  private readonly repos = new Map<string, Release[]>();
  private nextId = 1000;

  releases(repo: string): Release[] | undefined {
    const list = this.repos.get(repo.toLowerCase());
    // GitHub lists releases newest first.
    return list?.slice().sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id);
  }

  release(repo: string, tag: string): Release | undefined {
    return this.repos.get(repo.toLowerCase())?.find((r) => r.tag === tag);
  }

  ensureRelease(repo: string, tag: string, o: { prerelease?: boolean; publishedAt?: string } = {}): Release {
    const key = repo.toLowerCase();
    let list = this.repos.get(key);
    if (!list) this.repos.set(key, (list = []));
    let rel = list.find((r) => r.tag === tag);
    if (!rel) {
      rel = {
        id: this.nextId++,
        tag,
        name: tag,
        prerelease: o.prerelease ?? false,
        draft: false,
        publishedAt: o.publishedAt ?? publishedAtOf(tag),
        assets: [],
      };
      list.push(rel);
      this.rebuildSums(rel);
    }
    return rel;
  }

  /** Adds (or replaces) an asset; `sha256`/`size` are computed from the body when not given. */
  putAsset(
    repo: string,
    tag: string,
    name: string,
    o: { body?: AssetBody; sha256?: string; size?: number },
  ): Asset {
    const rel = this.ensureRelease(repo, tag);
    let size = o.size;
    let sha256 = o.sha256;
    if (o.body?.kind === 'buffer') {
      size ??= o.body.data.length;
      sha256 ??= createHash('sha256').update(o.body.data).digest('hex');
    } else if (o.body?.kind === 'file') {
      size ??= statSync(o.body.path).size;
      sha256 ??= sha256FileSync(o.body.path);
    }
    const old = rel.assets.findIndex((a) => a.name === name);
    const asset: Asset = {
      id: old >= 0 ? rel.assets[old].id : this.nextId++,
      name,
      size: size ?? 0,
      sha256,
      contentType: contentTypeOf(name),
      body: o.body,
    };
    if (old >= 0) rel.assets[old] = asset;
    else rel.assets.push(asset);
    if (name !== SHA256SUMS) this.rebuildSums(rel);
    return asset;
  }

  private rebuildSums(rel: Release): void {
    const lines = rel.assets
      .filter((a) => a.name !== SHA256SUMS && a.sha256)
      .map((a) => `${a.sha256}  ${a.name}\n`)
      .join('');
    const data = Buffer.from(lines);
    const sums = rel.assets.find((a) => a.name === SHA256SUMS);
    const sha256 = createHash('sha256').update(data).digest('hex');
    if (sums) Object.assign(sums, { body: { kind: 'buffer', data }, size: data.length, sha256 });
    else
      rel.assets.push({
        id: this.nextId++,
        name: SHA256SUMS,
        size: data.length,
        sha256,
        contentType: 'text/plain',
        body: { kind: 'buffer', data },
      });
  }

  /**
   * A PBS release as the catalogue knows it: every catalogue row of that build, under its real asset name,
   * with its real sha256 and a plausible size (the catalogue has none), but no bytes — the world cannot hold
   * 300 real CPython builds, so downloading one of these gives 404. Real bytes are added with putAsset.
   */
  addCatalogueRelease(repo: string, tag: string): Release {
    const rel = this.ensureRelease(repo, tag);
    for (const row of rowsOfBuild(tag)) {
      const sha256 = row.sha256 ?? undefined;
      const seed = parseInt((sha256 ?? createHash('sha256').update(row.url).digest('hex')).slice(0, 8), 16);
      this.putAsset(repo, tag, assetNameOf(row), { sha256, size: 18_000_000 + (seed % 40_000_000) });
    }
    return rel;
  }
}
