// `npm run bench [-- --quick] [--iterations N] [--out file.md] [--json file.json] [--only group,group] [--dist dist]
//  [--node path/to/node]` (e.g. `.tools/node24/bin/node`: the CLI, action and library run on that Node)
// Full run: ~5 iterations per case, under ~5 minutes; --quick: 1 iteration, proves the harness works.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../test-world/paths.js';
import { runBench } from './harness.js';
import { renderConsole } from './report.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    iterations: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'string' },
    only: { type: 'string' },
    dist: { type: 'string' },
    node: { type: 'string' },
  },
});

const quick = Boolean(values.quick);
const report = await runBench({
  quick,
  iterations: values.iterations ? Number(values.iterations) : quick ? 1 : 5,
  out: path.resolve(values.out ?? path.join(repoRoot, 'docs', 'benchmarks.md')),
  json: values.json && path.resolve(values.json),
  only: values.only?.split(','),
  dist: values.dist,
  node: values.node && path.resolve(values.node),
});
process.stdout.write(renderConsole(report) + '\n');
process.stderr.write(
  `bench: wrote ${values.out ?? 'docs/benchmarks.md'} in ${(report.durationMs / 1000).toFixed(0)} s\n`,
);
