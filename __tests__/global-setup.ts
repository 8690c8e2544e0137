// Vitest globalSetup: builds the test world's cached inputs (the PBS-layout CPython archives, the PyPy
// release archive and the uv release archive, under .cache/world/) once, before any test file runs, so parallel test files never race
// to build them (the builders are also safe under concurrency: temp dir + rename). When cached this costs
// a probe of the machine's python and a few stat calls (~0.3 s). The wheel index is in-memory per process,
// so it is not built here.
import { buildPbsFixture, buildUvArchive } from '../test-world/index.js';
import { buildPypyFixture } from '../test-world/pypy-fixture.js';

export default async function setup(): Promise<void> {
  const t0 = Date.now();
  await Promise.all([buildPbsFixture(), buildUvArchive(), buildPypyFixture()]);
  const ms = Date.now() - t0;
  if (ms > 2000)
    process.stderr.write(`test world: built fixtures in .cache/world in ${(ms / 1000).toFixed(1)} s\n`);
}
