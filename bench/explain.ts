// For every row that misses its goal (or could not be measured): why, and what would close it. Each reason
// quotes the figures of the run at hand, including the side rows (inflate only, node start, phases).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../test-world/paths.js';
import { fmt, summarize, type Summary } from './lib/stats.js';
import type { Evaluated, Row } from './types.js';

interface Facts {
  e: Evaluated;
  ours: Summary;
  base?: Summary;
  all: Row[];
}

const med = (all: Row[], id: string, side: 'ours' | 'baseline' = 'ours') => {
  const r = all.find((x) => x.id === id);
  const s = side === 'ours' ? r?.ours : r?.baseline;
  return s && !s.missing && s.samples.length ? summarize(s.samples).median : undefined;
};
const ms = (x: number | undefined) => (x === undefined ? '?' : `${fmt(x)} ms`);
const minRatio = (f: Facts) => (f.base ? f.ours.min / f.base.min : NaN);

function inflateFacts(all: Row[]): string {
  const nodeGz = med(all, 'inflate-gz');
  const gzipD = med(all, 'inflate-gz', 'baseline');
  const jsZst = med(all, 'inflate-zst');
  const zstdD = med(all, 'inflate-zst', 'baseline');
  if (nodeGz === undefined) return '';
  return (
    ` Inflating the archive alone takes ${ms(nodeGz)} in Node's zlib vs ${ms(gzipD)} for \`gzip -d\`` +
    ` (.tar.zst: ${ms(jsZst)} in fzstd vs ${ms(zstdD)} for \`zstd -d\`).`
  );
}

/**
 * How PythonManager's install is built, read from its source so the sentence stays true as it changes:
 * one streamed pass (download -> sha256 -> inflate -> untar) or download-then-extract.
 */
function pipelineFacts(all: Row[]): string {
  const py = med(all, 'session', 'baseline');
  let streamed = false;
  try {
    streamed = readFileSync(path.join(repoRoot, 'src/core/install/install.ts'), 'utf8').includes(
      'extractTarStream',
    );
  } catch {
    /* unknown: describe the general case */
  }
  const stages = streamed
    ? ' PythonManager streams download -> sha256 -> inflate -> untar in one pass, but parses tar and creates every' +
      ' file (open/write/close) on the main JavaScript thread while zlib inflates on one libuv thread'
    : ' PythonManager downloads to a .partial file (hashing) and only then extracts, parsing tar and creating every' +
      ' file on the main JavaScript thread';
  return `${stages}; it also fetches the mirror's SHA256SUMS first and starts the new interpreter once to verify it (a \`python -c\` start costs ${ms(py)} here).`;
}

const reasons: { match: RegExp; why: (f: Facts) => string }[] = [
  {
    match: /^install-.*-lib-curl$/,
    why: (f) =>
      `the library takes ${ms(f.ours.median)} against ${ms(f.base?.median)} (best runs ${fmt(minRatio(f))}x).` +
      inflateFacts(f.all) +
      pipelineFacts(f.all) +
      ' `curl | tar -xz` runs download, inflate and file creation in three processes on both cores.' +
      ' To close: create files off the main thread (a worker thread fed the parsed entries, or batched writes on' +
      ' the libuv pool) so inflate, parsing and writing overlap like the pipe does; verify without starting Python' +
      ' (read the version from the tree); and take .tar.zst where a build publishes it, with a native zstd' +
      ' (`zlib.zstdDecompress`, Node >= 22.15, i.e. the action on node24).',
  },
  {
    match: /^install-.*-lib-uv$/,
    why: (f) =>
      `the library takes ${ms(f.ours.median)} against uv's ${ms(f.base?.median)} (best runs ${fmt(minRatio(f))}x).` +
      inflateFacts(f.all) +
      pipelineFacts(f.all) +
      ' uv does the same single pass in native code (Rust: its own inflate, tar reader and file writes)' +
      ' and does not start the interpreter. To close: file creation off the main thread (so parsing, inflate' +
      ' and writes overlap) and a cheaper verification (read the version from the tree instead of starting' +
      ' Python).',
  },
  {
    match: /^install-.*-cli-/,
    why: (f) => {
      const libRow = f.all.find((x) => x.id === f.e.id.replace('-cli-', '-lib-'));
      const libMin = libRow && libRow.ours.samples.length ? Math.min(...libRow.ours.samples) : undefined;
      const libMed = libRow && libRow.ours.samples.length ? summarize(libRow.ours.samples).median : undefined;
      const libMeets = libMed !== undefined && f.base !== undefined && libMed <= f.base.median;
      const node = med(f.all, 'action-start', 'baseline');
      const version = f.all.find((x) => x.id === 'action-start')?.extra?.cliVersionMedian;
      return (
        `\`pyembed install\` takes ${ms(f.ours.median)} against ${ms(f.base?.median)}; its best run is` +
        ` ${ms(libMin === undefined ? undefined : f.ours.min - libMin)} above the library's best in a warm process` +
        ` (process start and CLI load: \`node -e 0\` ${ms(node)}, \`pyembed --version\` ${ms(version)}; a new process` +
        ` also decodes the catalogue, ${ms(med(f.all, 'resolve-cold'))}, and runs the extraction code before the JIT` +
        ' has optimised it).' +
        (libMeets
          ? ' The library alone meets this goal, so what closes the row is a cheaper start: a smaller CLI bundle' +
            ' (commands and octokit loaded on demand) and a catalogue that is not decoded whole.'
          : " The rest is the library's install: see the library row for why and what would close it.")
      );
    },
  },
  {
    match: /^(setup-warm|noop)-/,
    why: (f) => {
      const x = f.e.extra ?? {};
      const phases = Object.entries(x)
        .filter(([k]) => k.startsWith('phase:') && k !== 'phase:total in process')
        .map(([k, v]) => `${k.slice(6)} ${ms(v)}`)
        .join(', ');
      const inProcess = x['phase:total in process'];
      const node = med(f.all, 'action-start', 'baseline');
      const startMain = med(f.all, 'action-start');
      const cold = med(f.all, 'resolve-cold');
      const detect = f.all.find((x) => x.id === 'resolve-warm')?.extra?.hostPlatformMedian;
      const slowDetect = detect !== undefined && detect > 1;
      const action = f.e.id.endsWith('action');
      const who = action ? 'the action' : '`pyembed setup`';
      const outside = inProcess !== undefined ? f.ours.median - inProcess : undefined;
      const start = action
        ? ` Starting Node and loading dist/main.js takes ${ms(startMain)} to the first log line (\`node -e 0\`: ${ms(node)})` +
          (outside !== undefined
            ? `; ${ms(outside)} of its ${ms(f.ours.median)} pass outside the phases of its job summary (start, inputs,` +
              ` outputs, summary), the phases: ${phases}.`
            : '.')
        : outside !== undefined
          ? ` Of its ${ms(f.ours.median)}, ${ms(outside)} pass before the plan starts (Node start ${ms(node)} + loading the CLI bundle); the plan itself: ${phases}.`
          : ` Node start alone: ${ms(node)}.`;
      return (
        `${who} adds ${ms(f.ours.median - (f.base?.median ?? 0))} over raw uv (${ms(f.ours.median)} vs ${ms(f.base?.median)}).` +
        start +
        ` The first resolve in a process costs ${ms(cold)} (snapshot decode + index)` +
        (slowDetect ? `, and each \`hostPlatform()\` call ${ms(detect)} (see the resolve row)` : '') +
        '. To close: ' +
        [
          slowDetect ? 'memoise the host platform' : '',
          cold !== undefined && cold > 20
            ? 'ship the snapshot pre-indexed (or index it lazily per platform)'
            : '',
          'load only what the plan needs (lazy imports)',
          'and drop the `uv pip list` that follows `uv pip install` (the packages phase starts uv twice)',
        ]
          .filter(Boolean)
          .join(', ') +
        '.'
      );
    },
  },
  {
    match: /^resolve-warm$/,
    why: (f) => {
      const given = f.e.extra?.platformGivenMedian;
      const detect = f.e.extra?.hostPlatformMedian;
      if (detect === undefined || detect <= 1) {
        return (
          `a warm \`resolve\` takes ${ms(f.ours.median)} (median; ${ms(given)} with the platform passed in, host` +
          ` detection ${ms(detect)}): the lookup itself is slow. To close: index the snapshot by platform and` +
          ' minor version once, so a spec compares only its own candidates.'
        );
      }
      return (
        `a warm \`resolve\` takes ${ms(f.ours.median)} (median), but with the platform passed in only ${ms(given)}:` +
        ` \`hostPlatform()\` costs ${ms(detect)} per call, because \`detectLibc()\` (src/core/platform.ts) builds a full` +
        ' `process.report.getReport()` each time. To close: memoise the host platform (it cannot change within a' +
        ' process), or detect glibc from `/usr/bin/ldd`/the ELF interpreter before falling back to the report.'
      );
    },
  },
  {
    match: /^action-start$/,
    why: (f) =>
      `\`node dist/main.js\` needs ${ms(f.ours.median)} to its first log line vs ${ms(f.base?.median)} for \`node -e 0\`:` +
      ` the single ${fmt((f.e.extra?.bundleBytes ?? 0) / 1e6)} MB bundle is parsed and evaluated before the first log,` +
      ' including what only `cache: true` needs (@actions/cache brings @azure/storage-blob and protobuf) and' +
      " @actions/http-client's undici (see the note for the biggest parts), and the catalogue snapshot. To close:" +
      ' write the first log line before importing the plan; load @actions/cache and @octokit through dynamic imports' +
      ' only when caching / the API is used (esbuild `splitting: true` with ESM), so a `cache: false` run never' +
      ' evaluates them.',
  },
  {
    match: /^cache-python$/,
    why: (f) =>
      `restoring Python from the Actions cache took ${ms(f.ours.median)} vs ${ms(f.base?.median)} to download and` +
      ` install it; the install phase alone ${ms(f.e.extra?.restorePhaseMedian)} vs ${ms(f.e.extra?.installPhaseMedian)}.` +
      ' Over loopback the download costs almost nothing, so this compares @actions/cache (tar + zstd in child' +
      " processes) with the library's streamed inflate + untar plus the copy into the tool cache. To close: time" +
      ' `tar -x` of the saved cache archive alone; if it is most of the restore phase, that is the floor, and the' +
      ' gain of cache-python on a hosted runner is the download from GitHub it avoids.',
  },
  {
    match: /^rss-/,
    why: (f) => {
      const idle = f.e.extra?.cliIdleMB ?? NaN;
      const resolved = f.e.extra?.cliResolveMB ?? NaN;
      return (
        `peak RSS ${fmt(f.ours.max)} MB: Node plus the CLI bundle at rest (\`pyembed --version\`) hold ${fmt(idle)} MB,` +
        ` decoding the catalogue (\`pyembed resolve\`) adds ${fmt(resolved - idle)} MB, the install itself` +
        ` ${fmt(f.ours.max - resolved)} MB more; uv needs ${fmt(f.base?.max ?? NaN)} MB in all. To close: decode only the` +
        " host platform's rows of the snapshot (or keep it as compact arrays, not one object per build), drop it once" +
        ' the build is resolved, and bound what is in flight between download, inflate and file writes.'
      );
    },
  },
  {
    match: /^session$/,
    why: (f) =>
      `p50 ${ms(f.ours.median)} per call vs ${ms(f.base?.median)} per \`python -c\`. To close: fewer copies per` +
      ' message (one write per request, a reused line buffer on the Python side).',
  },
  {
    match: /^api-calls$/,
    why: (f) =>
      `${fmt(f.ours.max)} GitHub API call(s) in a run on the default path (${f.e.note ?? ''}). The bundled snapshot` +
      ' should answer every spec the runs ask for; find which code path asks the API and keep it behind' +
      ' check-latest / an unknown build.',
  },
];

export function explain(
  e: Evaluated,
  ours: Summary,
  base: Summary | undefined,
  all: Row[],
): string | undefined {
  const missing = e.ours.missing ?? e.baseline?.missing;
  if (missing) {
    const who = e.ours.missing ? e.ours.label : e.baseline!.label;
    return `not measured: ${who} failed (${missing}). Closes when that piece works in this tree; rerun \`npm run bench\`.`;
  }
  if (e.goal.kind === 'info') return undefined;
  const r = reasons.find((x) => x.match.test(e.id));
  if (r) return r.why({ e, ours, base, all });
  return `missed: ours median ${fmt(ours.median)} vs ${base ? `baseline ${fmt(base.median)}` : `goal ${e.goal.text}`}.`;
}
