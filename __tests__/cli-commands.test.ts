// The command specs: every handler resolves, every command's --help is registered from its spec, and the
// built CLI evaluates a command's module only when that command runs.
import { readdirSync } from 'node:fs';
import nodeModule from 'node:module';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli as runCliInProcess } from '../src/cli/program.js';
import { isGroup, type CommandSpec } from '../src/cli/spec.js';
import { COMMANDS } from '../src/cli/specs/index.js';
import { cliPath, repo, runCli, sandbox, type Sandbox } from './cli-helpers.js';

/** Every runnable command with the words that invoke it (`['venv', 'create']`). */
const runnable: { words: string[]; spec: CommandSpec }[] = COMMANDS.flatMap((e) =>
  isGroup(e)
    ? e.commands.map((spec) => ({ words: [e.name, spec.name], spec }))
    : [{ words: [e.name], spec: e }],
);

/** Runs the CLI in this process and returns what it printed on stdout. */
async function helpOf(words: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    return { code: await runCliInProcess([...words, '--help']), stdout };
  } finally {
    spy.mockRestore();
  }
}

describe('command specs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('every command has a unique name and a handler that resolves to a function', async () => {
    const paths = runnable.map((r) => r.words.join(' '));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('venv create');
    for (const { words, spec } of runnable) {
      const handler = await spec.handler();
      expect(typeof handler, words.join(' ')).toBe('function');
      expect(handler.name, words.join(' ')).toMatch(/Command$/);
    }
  });

  it("every command's --help shows its usage, description, arguments and options", async () => {
    for (const { words, spec } of runnable) {
      const name = words.join(' ');
      const { code, stdout } = await helpOf(words);
      expect(code, name).toBe(0);
      expect(stdout, name).toContain(`Usage: pyembed ${name} `);
      expect(stdout.replace(/\s+/g, ' '), name).toContain(spec.description);
      for (const a of spec.arguments ?? [])
        expect(stdout, name).toContain(a.name.replace(/[<>[\]]|\.\.\./g, ''));
      for (const o of spec.options ?? []) expect(stdout, name).toContain(o.flags);
      // the shared options are registered once, globally, and shown under every command
      expect(stdout, name).toMatch(/Global Options:[\s\S]*--root <dir>[\s\S]*--offline/);
    }
  });
});

describe('lazy evaluation in the built CLI', () => {
  let sb: Sandbox;
  const commandModules = readdirSync(path.join(repo, 'src', 'cli', 'commands'))
    .filter((f) => f.endsWith('.ts') && f !== 'shared.ts')
    .map((f) => `src/cli/commands/${f}`);
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => {
    await sb.cleanup();
  });

  /**
   * Runs the built CLI under V8's coverage and returns the modules of dist/ it evaluated: esbuild wraps each
   * lazily imported module of the one-file CLI in an init function named after its source path, and the
   * coverage counts the calls of every function (`wrapped`: every such module the loaded files hold).
   */
  async function evaluatedBy(args: string[]) {
    const dir = await mkdtemp(path.join(sb.dir, 'coverage-'));
    const r = await runCli(args, { env: { ...sb.env, NODE_V8_COVERAGE: dir } });
    const scripts: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[] = [];
    for (const f of await readdir(dir))
      scripts.push(...(JSON.parse(await readFile(path.join(dir, f), 'utf8')) as { result: [] }).result);
    const ours = scripts.filter((s) => s.url.startsWith(pathToFileURL(path.dirname(cliPath)).href + '/'));
    expect(ours.map((s) => new URL(s.url).pathname)).toContain(cliPath);
    const inits = ours
      .flatMap((s) => s.functions)
      .filter((f) => /(^|\/)(src|node_modules)\//.test(f.functionName));
    const modules = inits.filter((f) => f.ranges[0].count > 0).map((f) => f.functionName);
    return {
      code: r.code,
      files: ours.length,
      wrapped: inits.map((f) => f.functionName),
      commands: modules.filter((m) => commandModules.includes(m)),
      commander: modules.some((m) => m.includes('node_modules/commander/')),
    };
  }

  it('--version answers from the entry alone; --help evaluates no command module', async () => {
    const version = await evaluatedBy(['--version']);
    expect([version.code, version.files, version.commands]).toEqual([0, 1, []]);
    for (const args of [['--help'], ['exec', '--help']]) {
      const { code, commands } = await evaluatedBy(args);
      expect(code, args.join(' ')).toBe(0);
      expect(commands, args.join(' ')).toEqual([]);
    }
  });

  it('a command evaluates its own module only, and not commander', async () => {
    const r = await evaluatedBy(['--json', 'config', 'show', '--no-progress']);
    expect(r.code).toBe(0);
    // every command module is wrapped (evaluated on demand), so the list below is meaningful
    expect(r.wrapped).toEqual(expect.arrayContaining(commandModules));
    expect(r.commands).toEqual(['src/cli/commands/config.ts']);
    expect(r.commander).toBe(false);
  });

  it('commander loads for help and usage errors only', async () => {
    for (const args of [['--version'], ['-V']])
      expect((await evaluatedBy(args)).commander, args[0]).toBe(false);
    for (const args of [['--help'], ['config', 'show', '--bogus']])
      expect((await evaluatedBy(args)).commander, args.join(' ')).toBe(true);
  });
});

const hasCompileCache =
  typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe("V8's code cache for the command chunks", () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await sandbox();
    delete sb.env.NODE_COMPILE_CACHE;
    delete sb.env.NODE_DISABLE_COMPILE_CACHE;
  });
  afterAll(async () => {
    await sb.cleanup();
  });

  /** The cache files Node wrote under the run's temp dir (Node's default cache location). */
  async function cacheFilesAfter(args: string[], env: NodeJS.ProcessEnv): Promise<string[]> {
    const tmp = await mkdtemp(path.join(sb.dir, 'tmp-'));
    const r = await runCli(args, { env: { ...sb.env, TMPDIR: tmp, ...env } });
    expect(r.code, r.stderr).toBe(0);
    return (await readdir(tmp, { recursive: true })).filter((f) => f.startsWith('node-compile-cache'));
  }

  it('a command leaves compiled code in the temp dir for the next run, unless Node is told not to', async () => {
    const files = await cacheFilesAfter(['resolve', '3.11.7', '--json'], {});
    if (!hasCompileCache)
      expect(files).toEqual([]); // Node < 22.1: no such cache
    else expect(files.length).toBeGreaterThan(1); // the directory and at least one cached module
    expect(
      await cacheFilesAfter(['resolve', '3.11.7', '--json'], { NODE_DISABLE_COMPILE_CACHE: '1' }),
    ).toEqual([]);
  });
});
