// The CLI and the action's main, bundled from the current sources exactly like scripts/build.mjs does
// (scripts/build.mjs --out) but into the bench's own directory: other work may be rebuilding dist/ at the
// same time, and the figures must describe the code as it is now. `--dist dist` uses the committed files.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../test-world/paths.js';

export interface Bundles {
  cli: string;
  main: string;
  /** The action's post step (saves the caches). */
  post: string;
  /** Where they came from, for the report. */
  origin: string;
  /** Biggest contributors to each bundle ("undici 789 KB, ..."), when the bench bundled them itself. */
  composition: { cli?: string; main?: string };
}

function bundleError(e: unknown): string {
  const first = (e as { errors?: { text: string; location?: { file: string } }[] }).errors?.[0];
  return first ? `${first.location?.file ?? ''}: ${first.text}` : String((e as Error).message).split('\n')[0];
}

export async function bundleEntries(outDir: string, useDist?: string): Promise<Bundles> {
  if (useDist) {
    const dir = path.resolve(repoRoot, useDist);
    return {
      cli: path.join(dir, 'cli.js'),
      main: path.join(dir, 'main.js'),
      post: path.join(dir, 'post.js'),
      origin: `${useDist}/ (as committed)`,
      composition: {},
    };
  }
  try {
    // the real build (the same files as dist/), into the bench's own directory
    execFileSync(process.execPath, ['scripts/build.mjs', '--out', outDir], { cwd: repoRoot, stdio: 'pipe' });
    return {
      cli: path.join(outDir, 'cli.js'),
      main: path.join(outDir, 'main.js'),
      post: path.join(outDir, 'post.js'),
      origin: 'built from src/ by the bench (node scripts/build.mjs --out <dir>)',
      composition: {},
    };
  } catch (e) {
    // A tree mid-edit may not bundle: measure the committed dist/ rather than nothing.
    const dist = path.join(repoRoot, 'dist');
    if (!existsSync(path.join(dist, 'cli.js'))) throw e;
    return {
      cli: path.join(dist, 'cli.js'),
      main: path.join(dist, 'main.js'),
      post: path.join(dist, 'post.js'),
      origin: `dist/ as committed (bundling src/ failed: ${bundleError(e)})`,
      composition: {},
    };
  }
}
