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
    ? ' PythonManager streams download -> sha256 -> inflate -> untar in one pass: it reads tar and creates every' +
      ' file (open/write/futimes/close) on the main JavaScript thread while zlib inflates the next chunk on a libuv' +
      ' thread, as the floor does'
    : ' PythonManager downloads to a .partial file (hashing) and only then extracts, parsing tar and creating every' +
      ' file on the main JavaScript thread';
  return `${stages}; it also starts the new interpreter once to verify it (a \`python -c\` start costs ${ms(py)} here).`;
}

/** The row's Node floor (median), or undefined when it has none or it failed. */
const floorOf = (f: Facts) =>
  f.e.floor && !f.e.floor.missing && f.e.floor.samples.length
    ? summarize(f.e.floor.samples).median
    : undefined;

/**
 * The floor's verdict on a goal that bounds ours by `limit` (an absolute figure in the row's unit): either no
 * Node program can meet it (the floor alone is over the limit), or it names how far ours sits above the floor.
 */
function floorVerdict(f: Facts, limit: number, unit: 'ms' | 'MB', floorText: string): string {
  const takes = unit === 'MB' ? 'peaks at' : 'takes';
  const floor = floorOf(f);
  if (floor === undefined) return '';
  const u = (x: number) => `${fmt(x)} ${unit}`;
  const above = f.ours.median - floor;
  // a floor is plain code with no checks; ours can still come out under it by the run's spread
  const where = above >= 0 ? `${u(above)} above that floor` : `level with it (${u(-above)} under it)`;
  if (floor > limit)
    return (
      ` **Measured floor:** ${floorText} alone ${takes} ${u(floor)}, over the goal's limit of ${u(limit)}: no program` +
      ` running on Node can meet this goal on this machine; ours is ${where}.`
    );
  return (
    ` **Measured floor:** ${floorText} ${takes} ${u(floor)}, so the goal (${u(limit)}) is within Node's reach; ours is` +
    ` ${where}, ${u(f.ours.median - limit)} over the limit.`
  );
}

const INSTALL_FLOOR =
  "a fresh Node process that only downloads the archive, hashes it, inflates it with Node's zlib and writes its" +
  ' files as `tar -x` does (open/write/futimes/close per file on the one JavaScript thread; no checks, no staging' +
  ' directory, no interpreter start)';
const LIB_FLOOR =
  "the same floor code (download, sha256, Node's zlib, the files written as `tar -x` writes them) run in the" +
  " library's own warm process";
const SPAWN_FLOOR = 'a Node script that only starts and spawns the same uv commands as the baseline';

/**
 * The action's rows: `...-action` (a GitHub-hosted runner), `...-action-later` (a later use in the same hosted
 * job) and `...-action-kept` (a self-hosted runner).
 */
const isAction = (f: Facts) => /-action(-kept|-later)?$/.test(f.e.id);

/**
 * What compiling costs the action on a GitHub-hosted runner, whose jobs start with an empty compile cache: its
 * warm setup there against the same step on a self-hosted runner that kept its code cache, in the same run.
 */
function compileShare(f: Facts): string {
  const kept = med(f.all, 'setup-warm-action-kept');
  const later = med(f.all, 'setup-warm-action-later');
  if (f.e.id !== 'setup-warm-action' || kept === undefined) return '';
  return (
    ` The same step on a self-hosted runner, whose code cache (src/action/code-cache.ts) survives the job,` +
    ` takes ${ms(kept)}` +
    (later === undefined ? '' : `, and a later use of the step in the same hosted job ${ms(later)}`) +
    `: ${ms(f.ours.median - kept)} of this row is compiling, which the first use in a GitHub-hosted job does` +
    ` from source (no cache outlives a job): V8 parsing dist/main-run.cjs (0.45 MB; what only an install,` +
    ` diagnose or an import runs is in main-cold.cjs, scripts/cold-split.mjs) and compiling the ~500 functions` +
    ` a warm setup calls (177 KB of their own code, by V8's coverage; 250 KB of the file are functions it` +
    ` never calls). Measured by hand against it (2026-12-06, hosted first uses alternated, 21-41 each, uv's` +
    ` spawn at the 25th percentile): main-run.cjs minified whole (esbuild, 0.24 MB) -3 ms, its syntax only -1` +
    ` ms, every module init compiled eagerly (V8's parenthesis hint) -1 ms, a larger young generation (node` +
    ` --min-semi-space-size=16: a flag, which a runner does not pass) -1 ms; earlier: the cold file took V8's` +
    ` top-level compile from 15.8 to 12.8 ms, and a main-run.cjs with every never-called function body emptied` +
    ` and the rest minified (0.12 MB) ~10 ms off a ~27 ms gap. The rest is not elsewhere: after uv's spawn the` +
    ` step spends ~4 ms (outputs, job summary), its \`uv pip install\` takes what the same command takes` +
    ` alone, and it loads as many of Node's own modules as the floor script (157 vs 160). Closing it means` +
    ` compiling about a sixth of what the step compiles now, i.e. a second, minimal implementation of it for` +
    ` this one case; a V8 code cache shipped in dist/ would serve only a Node with the exact V8 build it was` +
    ` made with (V8 rejects any other), and a runner's node24 is not ours to choose.`
  );
}

/** Where ours spends what the floor does not: before the plan (start, bundle, CLI parsing) and in it. */
function setupBreakdown(f: Facts): string {
  const x = f.e.extra ?? {};
  const phases = Object.entries(x)
    .filter(([k]) => k.startsWith('phase:') && k !== 'phase:total in process')
    .map(([k, v]) => `${k.slice(6)} ${ms(v)}`)
    .join(', ');
  const inProcess = x['phase:total in process'];
  const node = med(f.all, 'action-start', 'baseline');
  const action = isAction(f);
  if (inProcess === undefined) return ` Node start alone: ${ms(node)}.`;
  return (
    ` Of ours, ${ms(f.ours.median - inProcess)} pass outside the timed phases (\`node -e 0\` ${ms(node)}, then` +
    (action
      ? ' loading dist/main.js and main-run.cjs, reading inputs, writing outputs and the job summary)'
      : ' loading dist/cli.js and cli-run.cjs, parsing the command line, printing the result)') +
    ` and ${ms(inProcess)} inside them (${phases}; the uv commands run inside venv and packages).`
  );
}

const reasons: { match: RegExp; why: (f: Facts) => string }[] = [
  {
    match: /^install-.*-(cli|lib)-(curl|uv)$/,
    why: (f) => {
      const goal = f.e.goal.kind === 'ratio' ? f.e.goal.max : 1;
      const limit = (f.base?.median ?? NaN) * goal;
      const lib = f.e.id.includes('-lib-');
      const who = lib ? 'the library (in a warm process)' : '`pyembed install`';
      // the library rows' floor runs in the library's own warm process (bench/lib/lib-worker.ts)
      const verdict = floorVerdict(f, limit, 'ms', lib ? LIB_FLOOR : INSTALL_FLOOR);
      return (
        `${who} takes ${ms(f.ours.median)} against ${ms(f.base?.median)} (goal ${f.e.goal.text}: at most ${ms(limit)}).` +
        verdict +
        inflateFacts(f.all) +
        pipelineFacts(f.all) +
        ' What lies above the floor is what an install does besides writing the tree (the safety checks on every' +
        ' entry, a staging directory renamed into place, the interpreter started once to prove it runs) and, for' +
        ' the CLI, loading its code and taking its lock before the first request (~30 ms, from a timeline of one' +
        ' run). Measured by hand (2026-12-05) and not taken: inflating on a worker thread instead reaches the same' +
        ' overlap, but an idle worker alone adds 21 MB to the peak RSS on Node 24 (65.5 vs 44.0 MB), past the 80 MB' +
        " goal; writing through libuv's threadpool (fs/promises, 24 files in flight) was slower (945 vs 771 ms)." +
        " uv's lower figure comes from its own native inflater and file writer, which Node cannot call."
      );
    },
  },
  {
    match: /^(setup-warm|noop|setup-locked)/,
    why: (f) => {
      const limit = (f.base?.median ?? NaN) + (f.e.goal.kind === 'overhead' ? f.e.goal.maxMs : 0);
      const floor = floorOf(f);
      const floorOver = floor !== undefined && f.base ? floor - f.base.median : undefined;
      const who = isAction(f)
        ? f.e.id.endsWith('-kept')
          ? 'the action on a self-hosted runner'
          : 'the action'
        : '`pyembed setup`';
      return (
        `${who} adds ${ms(f.ours.median - (f.base?.median ?? 0))} over raw uv (${ms(f.ours.median)} vs ${ms(f.base?.median)}).` +
        floorVerdict(f, limit, 'ms', SPAWN_FLOOR) +
        (floorOver !== undefined
          ? ` That floor is already ${ms(floorOver)} over raw uv (Node's start and its ESM loader), which leaves` +
            ` ${ms(limit - (floor ?? 0))} of the goal for everything a real tool does besides spawning uv.`
          : '') +
        setupBreakdown(f) +
        compileShare(f) +
        (isAction(f)
          ? ' Where the step spends its time, from CPU profiles by hand: loading dist/main-run.cjs (on an empty compile cache, as on a' +
            ' GitHub-hosted runner, ~13 ms to parse and ~10 ms to compile what runs; with its code cache ~4 ms to' +
            ' read and deserialise it), evaluating the modules setup uses (~5 ms), then the inputs, the' +
            ' tool-cache lookups, the outputs, state and job summary files. The venv itself is written from the' +
            ' layout uv wrote for the previous one (a few ms instead of a `uv venv`), so nearly all of the' +
            ' packages phase is `uv pip install` itself.'
          : ' Left, from a CPU profile of a warm run: loading dist/cli-run.cjs (0.70 MB in one file, ~6 ms even' +
            ' with its code cache: reading it, deserialising its code), evaluating what the' +
            ' command imports (~5 ms), then the plan reads the project, the instance metadata and the lock' +
            ' files before it starts uv (its phases above). The venv is written from the layout uv wrote for' +
            ' the previous one (a few ms instead of a `uv venv`).')
      );
    },
  },
  {
    match: /^(action|cli)-start$/,
    why: (f) => {
      const limit = (f.base?.median ?? NaN) + (f.e.goal.kind === 'overhead' ? f.e.goal.maxMs : 0);
      const action = f.e.id === 'action-start';
      return (
        (action
          ? `\`node dist/main.js\` needs ${ms(f.ours.median)} to its first log line`
          : `\`pyembed --version\` needs ${ms(f.ours.median)}`) +
        ` vs ${ms(f.base?.median)} for \`node -e 0\`.` +
        floorVerdict(f, limit, 'ms', 'an ES module file that only prints one line') +
        ` \`node -e 0\` never starts Node's ES module loader; any .js file of ours does. Above the floor:` +
        (action
          ? ' @actions/core and the input parsing load before the first line is written.'
          : ' commander (its module and the program with every command) loads before the answer.')
      );
    },
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
    match: /^rss-(cli|action)$/,
    why: (f) => {
      const idle = f.e.extra?.cliIdleMB;
      const resolved = f.e.extra?.cliResolveMB;
      const limit = f.e.goal.kind === 'max' ? f.e.goal.max : NaN;
      const floorText =
        "a fresh Node process streaming the same archive through Node's zlib (sha256 and a young-generation" +
        ' collection every 2 MB of inflated output; no file written)';
      return (
        `peak RSS ${fmt(f.ours.max)} MB; uv needs ${fmt(f.base?.max ?? NaN)} MB in all.` +
        floorVerdict({ ...f, ours: { ...f.ours, median: f.ours.max } }, limit, 'MB', floorText) +
        (idle !== undefined && resolved !== undefined
          ? ` Node plus the CLI at rest (\`pyembed --version\`) hold ${fmt(idle)} MB, resolving (\`pyembed resolve\`)` +
            ` adds ${fmt(resolved - idle)} MB, the install ${fmt(f.ours.max - resolved)} MB more.`
          : '') +
        (f.e.id === 'rss-action'
          ? ' The action also downloads and extracts uv beside Python, compiles dist/main-run.cjs (0.45 MB) on an' +
            ' empty compile cache and copies the installed tree into the tool cache before it makes the venv.'
          : '') +
        ' Most of what is above the floor is V8 optimising the JavaScript of the tar parser and file writer.' +
        ' The CLI and the action turn TurboFan off as an install starts (src/core/v8-tiers.ts; V8 honours' +
        ' `--no-turbofan` set after start, not `--max-opt`): ~6 MB lower at the same wall time. Maglev and' +
        ' Sparkplug stay: without them (`node --max-opt=1`, a flag only whoever starts `node` can pass) ~6 MB' +
        ' lower again but 7% slower. The rest is the V8 heap of the loaded code and malloc fragmentation (~5 MB:' +
        ' measured by setting MALLOC_MMAP_THRESHOLD_, which an action cannot set either).'
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
