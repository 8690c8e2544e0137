// The library, in one long-lived Node process: the harness sends JSON lines on stdin, each answered by
// one JSON line on stdout. It runs apart from the harness because the harness process also serves the
// test world's HTTP: an in-process install there would share one event loop with its own server.
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createCatalog } from '../../src/core/catalog/index.js';
import type { PythonBuild } from '../../src/core/catalog/types.js';
import { PythonManager } from '../../src/core/instances/index.js';
import { silentLogger } from '../../src/core/log.js';
import { extract } from './floor.mjs';

interface Request {
  op: 'install' | 'installBuild' | 'rss' | 'floor';
  root?: string;
  mirror?: string;
  spec?: string;
  build?: PythonBuild;
  /** GitHub API base for the catalogue: the world, so any API call is seen (and counted) there. */
  apiUrl?: string;
  /**
   * For `install`: the download-metadata.json naming the world's build (its release is unknown to the bundled
   * catalogue), as the CLI and action runs get it.
   */
  downloadsJson?: string;
  /** For `floor`: the archive the Node floor downloads and writes into `root` (bench/lib/floor.mjs). */
  url?: string;
}

async function handle(r: Request): Promise<Record<string, unknown>> {
  if (r.op === 'rss') return { maxRssKb: process.resourceUsage().maxRSS };
  const t0 = performance.now();
  if (r.op === 'floor') {
    await extract(r.url!, r.root!);
    return { ms: performance.now() - t0 };
  }
  // A new manager per request, as a new caller would make; the catalogue module stays warm in this process.
  const catalog = createCatalog({ apiUrl: r.apiUrl, downloadsJson: r.downloadsJson, logger: silentLogger });
  const m = new PythonManager({ root: r.root!, mirror: r.mirror!, catalog, logger: silentLogger });
  const pythonPath =
    r.op === 'install'
      ? (await m.getOrCreateInstance(r.spec!)).pythonPath
      : (await m.installBuild(r.build!)).instance.pythonPath;
  return { ms: performance.now() - t0, pythonPath };
}

const rl = createInterface({ input: process.stdin });
for await (const line of rl) {
  if (!line.trim()) continue;
  let out: Record<string, unknown>;
  try {
    out = await handle(JSON.parse(line) as Request);
  } catch (e) {
    out = { error: e instanceof Error ? e.message : String(e) };
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}
