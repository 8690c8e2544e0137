// `npx tsx test-world/start.ts`: starts the test world, prints one JSON line (URLs, paths, fixture), and
// serves until SIGTERM/SIGINT. Used by the demo and the benchmarks.
import { startWorld } from './index.js';
import { cacheDir, repoRoot, toolsDir, uvBin } from './paths.js';

const world = await startWorld({ pbsRepo: process.env.PYEMBED_PBS_REPO || undefined });
process.stdout.write(
  JSON.stringify({
    baseUrl: world.baseUrl,
    apiUrl: world.apiUrl,
    mirrorUrl: world.mirrorUrl,
    uvDownloadUrl: world.uvDownloadUrl,
    indexUrl: world.indexUrl,
    pypiJsonUrl: world.pypiJsonUrl,
    fixture: world.fixture,
    paths: { repoRoot, toolsDir, cacheDir, uv: uvBin() },
    pid: process.pid,
  }) + '\n',
);

let closing = false;
const stop = (signal: string) => {
  if (closing) return;
  closing = true;
  void world.close().then(() => {
    process.stderr.write(`test world: stopped on ${signal} after ${world.server.requests.length} requests\n`);
    process.exit(0);
  });
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
