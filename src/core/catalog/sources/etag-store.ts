/**
 * Stored responses for conditional GETs: `<cacheDir>/http/<sha256(url)>.json` holds the ETag and
 * body of the last 200, so a 304 reuses the body (and does not count against GitHub's rate limit).
 */
import { fs } from '../../async-fs.js';
import path from 'node:path';
import { sha256 } from '../../builtins.js';
import { writeFileAtomic } from '../../fs.js';

export interface StoredResponse {
  url: string;
  etag: string;
  body: unknown;
}

export class EtagStore {
  private readonly memory = new Map<string, StoredResponse>();

  constructor(private readonly dir?: string) {}

  private file(url: string): string | undefined {
    if (!this.dir) return undefined;
    return path.join(this.dir, 'http', `${sha256().update(url).digest('hex')}.json`);
  }

  async get(url: string): Promise<StoredResponse | undefined> {
    const hit = this.memory.get(url);
    if (hit) return hit;
    const file = this.file(url);
    if (!file) return undefined;
    try {
      const stored = JSON.parse(await fs.readFile(file, 'utf8')) as StoredResponse;
      if (stored.url !== url || typeof stored.etag !== 'string') return undefined;
      this.memory.set(url, stored);
      return stored;
    } catch {
      return undefined; // missing or corrupt: just make an unconditional request
    }
  }

  async put(url: string, etag: string, body: unknown): Promise<void> {
    const stored = { url, etag, body };
    this.memory.set(url, stored);
    const file = this.file(url);
    if (!file) return;
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(stored)); // a concurrent reader never sees half a file
  }
}
