// The command specs: every handler resolves, every command's --help is registered from its spec, and the
// built CLI loads a command's module only when that command runs.
import { readFileSync } from 'node:fs';
import nodeModule from 'node:module';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli as runCliInProcess } from '../src/cli/program.js';
import { isGroup, type CommandSpec } from '../src/cli/spec.js';
import { COMMANDS } from '../src/cli/specs/index.js';
import { cliPath, runCli, sandbox, type Sandbox } from './cli-helpers.js';

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

describe('lazy loading in the built CLI', () => {
  let sb: Sandbox;
  let log: string;
  let handlerNames: string[];
  beforeAll(async () => {
    sb = await sandbox();
    log = path.join(sb.dir, 'loaded.txt');
    const hooks = path.join(sb.dir, 'hooks.mjs');
    // a module loader hook that records every file of dist/ the CLI evaluates
    await writeFile(
      hooks,
      `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.PYEMBED_TEST_LOADED, url + '\\n');
  return next(url, context);
}\n`,
    );
    const register = path.join(sb.dir, 'register.mjs');
    await writeFile(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    sb.env.NODE_OPTIONS = `--import=${register}`;
    sb.env.PYEMBED_TEST_LOADED = log;
    handlerNames = await Promise.all(runnable.map(async (r) => (await r.spec.handler()).name));
  });
  afterAll(async () => {
    await sb.cleanup();
  });

  /** Runs the built CLI; returns the handler functions defined in the files it loaded, and whether commander was one. */
  async function handlersLoadedBy(
    args: string[],
  ): Promise<{ code: number | null; handlers: string[]; commander: boolean }> {
    await writeFile(log, '');
    const r = await runCli(args, { env: sb.env });
    const files = (await readFile(log, 'utf8')).split('\n').filter((u) => u.includes('/dist/'));
    expect(files.map((u) => new URL(u).pathname)).toContain(cliPath);
    const text = files.map((u) => readFileSync(new URL(u), 'utf8')).join('\n');
    return {
      code: r.code,
      handlers: handlerNames.filter((n) => new RegExp(`function ${n}\\(`).test(text)),
      // commander's own error codes, in whatever chunk the bundler put it
      commander: text.includes('commander.unknownOption'),
    };
  }

  it('--version and --help evaluate no command module', async () => {
    for (const args of [['--version'], ['--help'], ['exec', '--help']]) {
      const { code, handlers } = await handlersLoadedBy(args);
      expect(code, args.join(' ')).toBe(0);
      expect(handlers, args.join(' ')).toEqual([]);
    }
  });

  it('a command evaluates its own module only, and not commander', async () => {
    const { code, handlers, commander } = await handlersLoadedBy([
      '--json',
      'config',
      'show',
      '--no-progress',
    ]);
    expect(code).toBe(0);
    expect(handlers).toEqual(['configShowCommand']);
    expect(commander).toBe(false);
  });

  it('commander loads for help and usage errors only', async () => {
    for (const args of [['--version'], ['-V']])
      expect((await handlersLoadedBy(args)).commander, args[0]).toBe(false);
    for (const args of [['--help'], ['config', 'show', '--bogus']])
      expect((await handlersLoadedBy(args)).commander, args.join(' ')).toBe(true);
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
