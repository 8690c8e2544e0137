// The CLI and the action's main, bundled from the current sources exactly like scripts/build.mjs does
// (esbuild, ESM, node20) but into the bench's own directory: other work may be rebuilding dist/ at the
// same time, and the figures must describe the code as it is now. `--dist dist` uses the committed files.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../test-world/paths.js';

export interface Bundles {
  cli: string;
  main: string;
  /** Where they came from, for the report. */
  origin: string;
  /** Biggest contributors to each bundle ("undici 789 KB, ..."), when the bench bundled them itself. */
  composition: { cli?: string; main?: string };
}

type Metafile = {
  outputs: Record<string, { entryPoint?: string; inputs: Record<string, { bytesInOutput: number }> }>;
};

/** The six biggest packages (or source areas) in the bundle: what start-up pays to parse and evaluate. */
function composition(meta: Metafile): string {
  const by = new Map<string, number>();
  for (const out of Object.values(meta.outputs)) {
    if (!out.entryPoint) continue;
    for (const [file, v] of Object.entries(out.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
      const key = m ? m[1] : file.endsWith('.json') ? file : file.split('/').slice(0, 3).join('/');
      by.set(key, (by.get(key) ?? 0) + v.bytesInOutput);
    }
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, v]) => `${k} ${Math.round(v / 1000)} KB`)
    .join(', ');
}

const banner = "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";

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
      origin: `${useDist}/ (as committed)`,
      composition: {},
    };
  }
  const common = {
    bundle: true,
    platform: 'node' as const,
    target: 'node20',
    format: 'esm' as const,
    legalComments: 'none' as const,
    logLevel: 'silent' as const,
    absWorkingDir: repoRoot,
    outdir: outDir,
    metafile: true,
  };
  try {
    const main = await build({
      ...common,
      entryPoints: { main: 'src/action/main-entry.ts' },
      banner: { js: banner },
    });
    const cli = await build({
      ...common,
      entryPoints: { cli: 'src/cli/main.ts' },
      banner: { js: '#!/usr/bin/env node\n' + banner },
    });
    return {
      cli: path.join(outDir, 'cli.js'),
      main: path.join(outDir, 'main.js'),
      origin: 'bundled from src/ by the bench (esbuild, as scripts/build.mjs)',
      composition: {
        main: composition(main.metafile as Metafile),
        cli: composition(cli.metafile as Metafile),
      },
    };
  } catch (e) {
    // A tree mid-edit may not bundle: measure the committed dist/ rather than nothing.
    const dist = path.join(repoRoot, 'dist');
    if (!existsSync(path.join(dist, 'cli.js'))) throw e;
    return {
      cli: path.join(dist, 'cli.js'),
      main: path.join(dist, 'main.js'),
      origin: `dist/ as committed (bundling src/ failed: ${bundleError(e)})`,
      composition: {},
    };
  }
}
