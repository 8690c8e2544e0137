// Where install time goes: decompression alone, in memory, of the default archive (.tar.gz) and its .tar.zst
// twin, by the implementations the library can use (Node's zlib, fzstd; zlib's zstd on Node >= 22.15) and
// by the command-line tools curl | tar pipes through. These rows explain the install rows; no goal.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import * as fzstd from 'fzstd';
import type { BenchContext } from '../context.js';
import { alternate, type Variant } from '../lib/alternate.js';
import { bash } from '../lib/proc.js';
import type { Row } from '../types.js';

export async function inflateCase(ctx: BenchContext): Promise<Row[]> {
  ctx.log('bench: inflate only');
  const gz = ctx.world.fixture.archives.find((a) => a.format === 'tar.gz' && a.flavor === 'install_only')!;
  const zst = ctx.world.fixture.archives.find((a) => a.format === 'tar.zst' && a.flavor === 'install_only')!;
  const gzBuf = readFileSync(gz.path);
  const zstBuf = readFileSync(zst.path);
  const inMemory =
    (f: () => unknown): Variant['run'] =>
    async () => {
      const t = performance.now();
      f();
      return performance.now() - t;
    };
  const z = zlib as unknown as { zstdDecompressSync?: (b: Buffer) => Buffer };
  const opts = { iterations: ctx.iterations, warmup: ctx.warmup, log: ctx.log };
  const [nodeGz, gzipD] = await alternate(
    [
      { label: 'Node zlib `gunzipSync`', run: inMemory(() => zlib.gunzipSync(gzBuf)) },
      {
        label: '`gzip -dc > /dev/null`',
        run: async () => (await bash('gzip -dc "$1" > /dev/null', [gz.path])).ms,
      },
    ],
    opts,
  );
  const zstVariants: Variant[] = [
    {
      label:
        typeof z.zstdDecompressSync === 'function'
          ? 'Node zlib `zstdDecompressSync`'
          : '`fzstd.decompress` (pure JS; Node < 22.15)',
      run: inMemory(() => (z.zstdDecompressSync ? z.zstdDecompressSync(zstBuf) : fzstd.decompress(zstBuf))),
    },
    {
      label: '`zstd -dc > /dev/null`',
      run: async () => (await bash('zstd -qdc "$1" > /dev/null', [zst.path])).ms,
    },
  ];
  const [jsZst, zstdD] = await alternate(zstVariants, opts);
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  return [
    {
      id: 'inflate-gz',
      group: 'inflate',
      case: `inflate only, .tar.gz (${mb(gzBuf.length)}), in memory`,
      ours: nodeGz,
      baseline: gzipD,
      goal: { kind: 'info', text: 'explains install rows' },
    },
    {
      id: 'inflate-zst',
      group: 'inflate',
      case: `inflate only, .tar.zst (${mb(zstBuf.length)}) of the same tree`,
      ours: jsZst,
      baseline: zstdD,
      goal: { kind: 'info', text: 'explains install rows' },
    },
  ];
}
