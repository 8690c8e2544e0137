// Install time against archive size (three archives, tmpfs): the library vs curl | tar.
import type { BenchContext } from '../context.js';
import { alternate } from '../lib/alternate.js';
import type { LibWorker } from '../lib/lib-client.js';
import { bash } from '../lib/proc.js';
import type { Row } from '../types.js';

/** Install time vs archive size, on tmpfs: the library vs curl | tar for each of the three archives. */
export async function scalingInstallCase(ctx: BenchContext, worker: LibWorker): Promise<Row[]> {
  const rows: Row[] = [];
  const slug = ['stripped', 'full', 'synthetic'];
  for (const [k, a] of ctx.sizes.entries()) {
    ctx.log(`bench: install scaling, ${a.label}`);
    const used: string[] = [];
    const fresh = async (l: string) => {
      const d = await ctx.scratch.fresh('tmpfs', l);
      used.push(d);
      return d;
    };
    const [lib, curl] = await alternate(
      [
        {
          label: 'library `installBuild`',
          run: async () =>
            (
              await worker.must({
                op: 'installBuild',
                root: await fresh('size-lib'),
                mirror: ctx.world.mirrorUrl,
                build: a.build,
              })
            ).ms!,
        },
        {
          label: '`curl URL | tar -xz`',
          run: async () =>
            (await bash('curl -sSf "$1" | tar -xz -C "$2"', [a.url, await fresh('size-curl')])).ms,
        },
      ],
      {
        iterations: ctx.scaleIterations,
        warmup: ctx.warmup,
        log: ctx.log,
        after: async () => {
          for (const d of used.splice(0)) await ctx.scratch.dropTmpfs(d);
        },
      },
    );
    rows.push({
      id: `scale-install-${slug[k]}`,
      group: 'scaling: archive size',
      case: `install (tmpfs), ${a.label}: ${(a.bytes / 1e6).toFixed(1)} MB -> ${(a.unpackedBytes / 1e6).toFixed(0)} MB, ${a.files} entries`,
      ours: lib,
      baseline: curl,
      goal: { kind: 'info', text: 'linear in size' },
      extra: { perUnit: a.bytes / 1e6 },
    });
  }
  return rows;
}
