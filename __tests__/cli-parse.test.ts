// The fast command-line parser against commander: for every command and option, the same argv gives the
// same command, positionals, options and global options as commander's action receives; whatever commander
// answers with help, the version or an error falls back to it.
import { CommanderError } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { globalOptions } from '../src/cli/options.js';
import { parseArgv, type Invocation } from '../src/cli/parse.js';
import { runCli } from '../src/cli/program.js';
import { buildProgram } from '../src/cli/register.js';
import { isGroup, type CommandSpec, type OptionSpec } from '../src/cli/spec.js';
import { COMMANDS } from '../src/cli/specs/index.js';

const GLOBALS = globalOptions();
const parse = (argv: string[]) => parseArgv(argv, COMMANDS, GLOBALS);

const runnable: { words: string[]; spec: CommandSpec }[] = COMMANDS.flatMap((e) =>
  isGroup(e)
    ? e.commands.map((spec) => ({ words: [e.name, spec.name], spec }))
    : [{ words: [e.name], spec: e }],
);

/** Everything written to stdout/stderr while `fn` runs (commander prints help and errors). */
async function captured<T>(fn: () => Promise<T>): Promise<{ value: T; stdout: string }> {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { value: await fn(), stdout };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

type Seen = Omit<Invocation, 'spec'> & { spec: string };
const seen = ({ spec, path, args, opts, globals }: Invocation): Seen => ({
  spec: spec.name,
  path,
  args,
  opts,
  globals,
});

/** What commander's action receives for `argv` (the program built as runCli builds it), or 'error' when it throws. */
async function viaCommander(argv: string[]): Promise<Seen | 'error' | 'no action'> {
  let got: Invocation | undefined;
  const program = buildProgram(async (inv) => {
    got = inv;
  }, argv);
  const { value } = await captured(async () => {
    try {
      await program.parseAsync(argv, { from: 'user' });
      return got ? seen(got) : ('no action' as const);
    } catch (e) {
      if (e instanceof CommanderError) return 'error' as const;
      throw e;
    }
  });
  return value;
}

function viaFastPath(argv: string[]): Seen | 'fallback' {
  const r = parse(argv);
  return r.kind === 'run' ? seen(r) : 'fallback';
}

/** A value for an option's placeholder that looks like what a user types. */
const valueFor = (o: OptionSpec) => (/<n>/.test(o.flags) ? '30' : `v-${o.flags.replace(/\W+/g, '')}`);

/** The positionals that satisfy a command's required arguments. */
const requiredArgs = (spec: CommandSpec) =>
  (spec.arguments ?? []).filter((a) => a.name.startsWith('<')).map((_a, i) => `arg${i}`);

function usesOf(o: OptionSpec): string[][] {
  const [first, second] = o.flags.split(/[ ,]+/);
  const short = second?.startsWith('--') ? first : undefined;
  const long = short ? second : first;
  if (!o.flags.includes('<')) return short ? [[long], [short]] : [[long]];
  const v = valueFor(o);
  const uses = [[long, v], [`${long}=${v}`]];
  if (short) uses.push([short, v], [`${short}${v}`]);
  return uses;
}

/** Every option of every command, long and short, `--x v` and `--x=v`, after its required arguments. */
const perOption: string[][] = runnable.flatMap(({ words, spec }) =>
  (spec.options ?? []).flatMap((o) => usesOf(o).map((use) => [...words, ...requiredArgs(spec), ...use])),
);

/** Every global option before and after a command. */
const perGlobal: string[][] = GLOBALS.flatMap((o) =>
  usesOf(o).flatMap((use) => [
    [...use, 'list'],
    ['venv', 'create', 'x', ...use],
  ]),
);

const handWritten: string[][] = [
  ['setup'],
  ['setup', '3.11', '3.12', '--no-venv', '--seed'],
  ['setup', '--venv', 'mine', '--no-venv'],
  ['setup', '--no-venv', '--venv', 'again'],
  ['setup', '-e', '--no-editable', '--no-default-groups', '--all-groups', '--all-extras'],
  ['setup', '-r', 'a.txt', '--requirements', 'b.txt', '-rc.txt', '--requirements=d.txt', '-c', 'x.txt'],
  ['setup', '--group', 'dev', '--group=docs', '--package', 'six', '--package', 'attrs==23.1'],
  ['setup', '--lock', 'frozen', '--extras', 'a,b', '--pyproject', '.', '--workspace-package', 'm'],
  ['setup', '--python-version-file', '.python-version', '--export', 'out.tar.gz', '--check-latest'],
  ['--json', '-v', 'setup', '3.12', '-q', '--no-progress', '--root', '/r', '--offline'],
  ['setup', '--extra-index-url', 'http://a', '--extra-index-url=http://b', '--trusted-host', 'a'],
  ['-vq', 'setup'],
  ['pip', 'install', '-Ue', '.', 'six', 'attrs', '--venv', 'v', '-r', 'req.txt', '-crc.txt'],
  ['pip', 'uninstall', 'a', 'b', 'c', '--base'],
  ['pip', 'downgrade', 'six', '1.0', '--json'],
  ['pip', 'list', '--venv', '--base'],
  ['pip', '--json', 'freeze'],
  ['--root', '--json', 'pip', 'show', 'six'],
  ['run', '--', '-c', 'print(1)'],
  [
    'run',
    '--venv',
    'v',
    '--cwd',
    '/tmp',
    '--timeout-seconds',
    '5',
    '--max-memory-mb=512',
    '--',
    '-V',
    '--json',
  ],
  ['run', 'script.py', 'a', '--', '--help'],
  ['run', '--', '--venv', 'x'],
  ['run', '-5'],
  ['exec', '-1'],
  ['run', '--', '-h'],
  ['exec', '-'],
  ['exec', 'print(1)', '--json', '--venv', 'v'],
  ['exec', '--venv', '-h', 'code'],
  ['exec', 'help'],
  ['exec', '--', '--json'],
  ['exec', '--timeout-seconds', '-1', 'x'],
  ['venv', 'create', 'x', '--path', '/p', '--seed', '--recreate'],
  ['venv', '--json', 'list'],
  ['venv', 'remove', 'x', '--keep-files'],
  ['venv', 'clone', 'a', 'b', '--path=/c'],
  ['venv', 'export', 'a', 'a.zip'],
  ['venv', 'import', 'a.zip', 'b', '--path', '/d'],
  ['venv', '--', 'info', 'x'],
  ['venv', 'info', '--', 'x'],
  ['install', '3.11', '3.12', '--platform', 'linux-x86_64-gnu', '--freethreaded'],
  ['install'],
  ['list', '--json'],
  ['info'],
  ['info', '3.12'],
  ['remove', '3.12'],
  ['verify'],
  ['du'],
  ['export', '3.12', 'out.zip'],
  ['import', 'in.zip'],
  ['resolve', '3.12', '--check-latest', '--platform=darwin-arm64'],
  ['list-available', '--all', '--json'],
  ['diagnose', '--no-network'],
  ['diagnose', '--no-progress', '--json'],
  ['config', 'show'],
  ['--config', 'c.json', 'config', 'show', '--mirror', 'http://m'],
  ['setup', '--', '3.12'],
  ['--', 'list'],
];

/** Argv commander answers with help, the version or an error: the fast path must leave them to it. */
const fallbacks: string[][] = [
  [],
  ['--help'],
  ['-h'],
  ['help'],
  ['help', 'setup'],
  ['setup', '--help'],
  ['venv', 'create', '-h'],
  ['venv', 'help', 'create'],
  ['venv'],
  ['--version'],
  ['-V'],
  ['setup', '--version'],
  ['-qV'],
  ['setup', '--bogus'],
  ['setup', '-x'],
  ['setup', '--json=1'],
  ['--seed', 'setup'],
  ['instal', '3.12'],
  ['venv', 'creat', 'x'],
  ['venv', '--seed', 'create', 'x'],
  ['exec'],
  ['remove'],
  ['export', '3.12'],
  ['pip', 'uninstall'],
  ['list', 'extra'],
  ['venv', 'list', 'extra'],
  ['config', 'show', 'x'],
  ['exec', '--venv'],
  ['--root'],
  ['setup', '-r'],
  ['setup', '--no-venv=1'],
  ['list', '--', '--json'],
  ['exec', '--venv', '--json', 'code'],
  ['run', '-c', 'x'],
  ['-vU', 'pip', 'install', 'six'],
];

describe('the fast parser gives what commander gives', () => {
  afterEach(() => vi.restoreAllMocks());

  it('covers every command and every option of every command and of the program', () => {
    const corpus = [...perOption, ...perGlobal, ...handWritten];
    for (const { words, spec } of runnable) {
      expect(
        corpus.some((a) => parse(a).kind === 'run' && (parse(a) as Invocation).spec === spec),
        words.join(' '),
      ).toBe(true);
    }
    expect(perOption.length).toBeGreaterThan(60);
  });

  it.each([...perOption, ...perGlobal, ...handWritten].map((a) => [a.join(' '), a]))(
    '%s',
    async (_name, argv) => {
      const commander = await viaCommander(argv as string[]);
      expect(commander, 'commander runs this argv').not.toBe('error');
      expect(viaFastPath(argv as string[])).toStrictEqual(commander);
    },
  );

  it.each(fallbacks.map((a) => [a.join(' ') || '(nothing)', a]))('%s falls back', async (_name, argv) => {
    expect(viaFastPath(argv as string[])).toBe('fallback');
    // and commander does not run a command for it (help, version or a usage error)
    expect(await viaCommander(argv as string[])).toBe('error');
  });
});

/** A seeded generator (mulberry32): the same argv every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words a command line is made of: commands, every flag, values, and the odd ones. */
const WORDS = [
  ...new Set([
    ...runnable.flatMap((r) => r.words),
    ...[...GLOBALS, ...runnable.flatMap((r) => r.spec.options ?? [])].flatMap((o) => usesOf(o).flat()),
    ...['3.12', 'x', 'a.zip', '--', '-', '-5', '-vq', '-qv', '-h', '--help', 'help', '-V', '-vr', '--bogus'],
  ]),
];

describe('random command lines', () => {
  afterEach(() => vi.restoreAllMocks());

  it('the fast parser runs only what commander runs, exactly as commander runs it', async () => {
    const next = random(15);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    let runs = 0;
    for (let n = 0; n < 600; n++) {
      const argv = [...pick(runnable).words];
      for (let k = Math.floor(next() * 6); k > 0; k--)
        argv.splice(Math.floor(next() * (argv.length + 1)), 0, pick(WORDS));
      const commander = await viaCommander(argv);
      // the specs use nothing the fast path leaves to commander: it runs exactly what commander runs
      expect(viaFastPath(argv), argv.join(' ')).toStrictEqual(commander === 'error' ? 'fallback' : commander);
      if (commander !== 'error') runs++;
    }
    expect(runs).toBeGreaterThan(50); // commands ran, not only errors
  });
});

describe('pyembed --version', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints what commander prints, without commander', async () => {
    const fromCommander = await captured(async () => {
      const program = buildProgram(async () => {});
      await program.parseAsync(['--version'], { from: 'user' }).catch((e: unknown) => {
        if (!(e instanceof CommanderError) || e.exitCode !== 0) throw e;
      });
    });
    expect(fromCommander.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
    for (const flag of ['--version', '-V']) {
      const fast = await captured(() => runCli([flag]));
      expect(fast.value, flag).toBe(0);
      expect(fast.stdout, flag).toBe(fromCommander.stdout);
    }
  });
});
