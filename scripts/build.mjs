// One bundle per entry point (action main, action post, CLI, library), ESM for Node 20+.
// ESM because @actions/cache 6 pulls @azure/storage-common, which calls createRequire(import.meta.url).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import process from 'node:process';

rmSync('dist', { recursive: true, force: true });
const banner = "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: { main: 'src/action/main-entry.ts', post: 'src/action/post-entry.ts' },
  outdir: 'dist',
});
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  banner: { js: '#!/usr/bin/env node\n' + banner },
});
await build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist', packages: 'external' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], {
  stdio: 'inherit',
});
