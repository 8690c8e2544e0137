import { Command, CommanderError, Option } from 'commander';
import { KEYS } from '../core/config/keys.js';
import { isPythonEmbeddedError } from '../core/errors.js';
import type { OptionKey } from '../core/config/options.js';
import type { CliContext } from './context.js';
import {
  INTERNAL_EXIT_CODE,
  INTERRUPTED_EXIT_CODE,
  USAGE_EXIT_CODE,
  styles,
  useColor,
  writeResult,
  type CommandResult,
} from './output.js';
import { VERSION } from './version.js';

/** A command body: positional arguments, the command's own options, the shared context. */
export type Handler = (
  ctx: CliContext,
  args: string[],
  opts: Record<string, unknown>,
) => Promise<CommandResult>;

type Loader = () => Promise<Record<string, unknown>>;

/** Values a command's positional arguments feed into the config (e.g. `setup 3.11` -> python). */
type Overrides = (args: string[], opts: Record<string, unknown>) => Partial<Record<OptionKey, unknown>>;

interface Runtime {
  exitCode: number;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

/**
 * Wires a command to a handler exported by a lazily imported module, so `pyembed --help` and small
 * commands never evaluate the catalogue, the installer or octokit.
 */
function bind(rt: Runtime, cmd: Command, load: Loader, name: string, overrides?: Overrides): Command {
  return cmd.action(async (...params: unknown[]) => {
    const self = params[params.length - 1] as Command;
    const opts = self.opts();
    const args = self.processedArgs.flatMap((a: unknown) =>
      a === undefined ? [] : Array.isArray(a) ? a : [String(a)],
    );
    const globals = self.optsWithGlobals();
    const json = Boolean(globals.json);
    let ctx: CliContext | undefined;
    try {
      const { createContext } = await import('./context.js');
      ctx = createContext(globals, overrides?.(args, opts));
      const mod = await load();
      const handler = mod[name] as Handler;
      const result = await handler(ctx, args, opts);
      ctx.progress.finish();
      writeResult(result, json);
      rt.exitCode = result.exitCode ?? 0;
    } catch (e) {
      ctx?.progress.finish(true);
      rt.exitCode = reportError(e, json, Boolean(globals.verbose));
      // interrupted: whatever error the stopped work turned into, the user's Ctrl-C is the reason
      if (ctx?.signal.aborted) rt.exitCode = INTERRUPTED_EXIT_CODE;
    }
  });
}

/**
 * `err.toJSON()`, with `exitCode` always the class's CLI code: a `details.exitCode` (some errors record the
 * failed child's code there) would otherwise shadow it; it is kept as `processExitCode`.
 */
function errorJson(e: {
  toJSON(): Record<string, unknown>;
  exitCode: number;
  details: Record<string, unknown>;
}) {
  const doc = e.toJSON();
  const child = e.details.exitCode;
  return {
    ...doc,
    ...(child !== undefined && child !== e.exitCode ? { processExitCode: child } : {}),
    exitCode: e.exitCode,
  };
}

/** Typed errors: `{"error": err.toJSON()}` on stdout with --json, one guidance line on stderr always. */
export function reportError(e: unknown, json: boolean, verbose: boolean): number {
  const label = styles(useColor(process.stderr)).red('error:');
  if (isPythonEmbeddedError(e)) {
    if (json) process.stdout.write(`${JSON.stringify({ error: errorJson(e) }, null, 2)}\n`);
    process.stderr.write(`${label} ${e.guidance}\n`);
    if (verbose && e.stack) process.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  if (json) {
    const doc = { error: { name: err.name, message: err.message, exitCode: INTERNAL_EXIT_CODE } };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  }
  process.stderr.write(`${label} ${err.message}\n`);
  if (verbose && err.stack) process.stderr.write(`${err.stack}\n`);
  return INTERNAL_EXIT_CODE;
}

function addGlobalOptions(program: Command): void {
  program
    .option('--json', 'print one JSON document on stdout (logs stay on stderr)')
    .option('-v, --verbose', 'debug logging on stderr')
    .option('-q, --quiet', 'only warnings and errors on stderr')
    .option('--no-progress', 'no progress bars or progress lines')
    .option(
      '--config <file>',
      'config file (default: pyembed.json or .pyembedrc.json in cwd; env PYEMBED_CONFIG)',
    );
  for (const spec of KEYS) {
    const isBool = spec.key === 'offline' || spec.key === 'allowMissingChecksum';
    const isList = spec.key === 'extraIndexUrls' || spec.key === 'trustedHosts';
    const flag = isBool ? spec.flag : `${spec.flag} <${spec.arg ?? 'value'}>`;
    const o = new Option(
      flag,
      `${spec.describe}${isList ? ' (repeatable)' : ''} (env ${spec.env.join(', ')})`,
    );
    if (isList) o.argParser(collect);
    program.addOption(o);
  }
}

const VENV_HELP =
  'venv: a name under the instance or a path (default: the "default" venv setup makes, else the instance)';

const specArg = (args: string[]) => (args[0] ? { python: args[0] } : {});

export function buildProgram(rt: Runtime): Command {
  const program = new Command('pyembed')
    .description(
      'A private, checksum-verified CPython from python-build-standalone, a uv venv and your packages — outside GitHub too.',
    )
    .version(VERSION, '-V, --version', 'print the pyembed version')
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .exitOverride();
  addGlobalOptions(program);

  const setup = () => import('./commands/setup.js');
  const catalog = () => import('./commands/catalog.js');
  const inst = () => import('./commands/instances.js');
  const venv = () => import('./commands/venv.js');
  const pip = () => import('./commands/pip.js');
  const exec = () => import('./commands/exec.js');
  const diag = () => import('./commands/diagnose.js');
  const config = () => import('./commands/config.js');

  bind(
    rt,
    program
      .command('setup')
      .description(
        'the whole plan, like the action: resolve -> install -> uv -> venv -> packages (-> export)',
      )
      .argument('[spec]', 'Python spec (default: .python-version etc., then PYEMBED_PYTHON, then 3.12)')
      .option('--python-version-file <file>', 'read the spec from this file')
      .option('--platform <os-arch-libc>', 'target platform (default: this host)')
      .option('--freethreaded', 'the free-threaded build')
      .option('--check-latest', 'ask the release source for a newer build than the bundled catalogue')
      .option(
        '--venv <name|path>',
        'venv: a name (under <instance>/venvs/) or a path with a slash',
        'default',
      )
      .option('--no-venv', 'stop after installing Python and uv')
      .option('--seed', 'seed pip/setuptools into the venv')
      .option('-r, --requirements <file>', 'requirements file (repeatable)', collect)
      .option('-c, --constraints <file>', 'constraints file (repeatable)', collect)
      .option('--pyproject <file|dir>', 'install the project of this pyproject.toml')
      .option('-e, --editable', 'install the pyproject editable')
      .option('--extras <names>', 'comma-separated extras of the pyproject')
      .option('--package <spec>', 'extra package requirement (repeatable)', collect)
      .option('--export <archive>', 'export the instance (with its venvs) to this archive afterwards'),
    setup,
    'setupCommand',
    specArg,
  );

  bind(
    rt,
    program
      .command('resolve')
      .description('resolve a spec to one build (key, version, build, url, sha256) without downloading')
      .argument('<spec>', 'Python spec, e.g. 3.12, >=3.11,<3.13, 3.13t, cpython-3.12.5-linux-x86_64-gnu')
      .option('--platform <os-arch-libc>', 'target platform (default: this host)')
      .option('--check-latest', 'ask the release source for a newer build'),
    catalog,
    'resolveCommand',
  );
  bind(
    rt,
    program
      .command('list-available')
      .description('versions available for a platform, newest first')
      .option('--platform <os-arch-libc>', 'target platform (default: this host)')
      .option('--all', 'every build, not only the newest per version'),
    catalog,
    'listAvailableCommand',
  );

  bind(
    rt,
    program
      .command('install')
      .description('download, verify and install a Python instance')
      .argument('[spec]', 'Python spec (default: .python-version etc., then 3.12)')
      .option('--platform <os-arch-libc>', 'target platform (default: this host)')
      .option('--freethreaded', 'the free-threaded build'),
    inst,
    'installCommand',
    specArg,
  );
  bind(rt, program.command('list').description('installed instances'), inst, 'listCommand');
  bind(
    rt,
    program
      .command('info')
      .description('details of one instance')
      .argument('<spec|key>', 'version spec or instance key'),
    inst,
    'infoCommand',
  );
  bind(
    rt,
    program
      .command('remove')
      .description('delete an instance (and its venvs)')
      .argument('<spec|key>', 'version spec or instance key'),
    inst,
    'removeCommand',
  );
  bind(
    rt,
    program
      .command('verify')
      .description('check the integrity of instances (interpreter runs, files, metadata)')
      .argument('[spec|key]', 'one instance (default: all)'),
    inst,
    'verifyCommand',
  );
  bind(rt, program.command('du').description('disk usage of the instances'), inst, 'duCommand');
  bind(
    rt,
    program
      .command('export')
      .description('write an instance to an archive (.tar.gz, .tar.zst, .zip)')
      .argument('<spec|key>', 'version spec or instance key')
      .argument('<archive>', 'destination path'),
    inst,
    'exportCommand',
  );
  bind(
    rt,
    program
      .command('import')
      .description('import an instance archive written by export')
      .argument('<archive>', 'archive path'),
    inst,
    'importCommand',
  );

  const venvCmd = program
    .command('venv')
    .description(
      'virtual environments of an instance (the instance: --python, else .python-version, else 3.12)',
    );
  bind(
    rt,
    venvCmd
      .command('create')
      .description('create a venv with uv (or return the existing one)')
      .argument('<name>', 'venv name (kept under <instance>/venvs/)')
      .option('--path <dir>', 'create it at this external directory instead')
      .option('--seed', 'seed pip/setuptools')
      .option('--recreate', 'delete and create again if it exists'),
    venv,
    'venvCreateCommand',
  );
  bind(rt, venvCmd.command('list').description('venvs of the instance'), venv, 'venvListCommand');
  bind(
    rt,
    venvCmd.command('info').description('details of one venv').argument('<name>', 'venv name'),
    venv,
    'venvInfoCommand',
  );
  bind(
    rt,
    venvCmd
      .command('remove')
      .description('delete a venv')
      .argument('<name>', 'venv name')
      .option('--keep-files', 'for an external venv: forget it but keep its directory'),
    venv,
    'venvRemoveCommand',
  );
  bind(
    rt,
    venvCmd
      .command('clone')
      .description('copy a venv (paths inside are re-pointed at the copy)')
      .argument('<source>', 'venv to copy')
      .argument('<target>', 'new venv name')
      .option('--path <dir>', 'put the copy at this external directory'),
    venv,
    'venvCloneCommand',
  );
  bind(
    rt,
    venvCmd
      .command('export')
      .description('write a venv to a .zip archive')
      .argument('<name>', 'venv name')
      .argument('<archive>', 'destination path'),
    venv,
    'venvExportCommand',
  );
  bind(
    rt,
    venvCmd
      .command('import')
      .description('import a venv archive (paths inside are re-pointed)')
      .argument('<archive>', 'archive written by venv export')
      .argument('<name>', 'new venv name')
      .option('--path <dir>', 'import it at this external directory'),
    venv,
    'venvImportCommand',
  );

  const pipCmd = program.command('pip').description('packages of a venv (select with --venv) or instance');
  const withVenv = (c: Command) =>
    c
      .option('--venv <name|path>', VENV_HELP)
      .option('--base', "the instance's own interpreter, even when a default venv exists");
  bind(
    rt,
    withVenv(
      pipCmd
        .command('install')
        .description('install packages')
        .argument('[packages...]', 'requirement specifiers')
        .option('-r, --requirements <file>', 'requirements file (repeatable)', collect)
        .option('-c, --constraints <file>', 'constraints file (repeatable)', collect)
        .option('-e, --editable <path>', 'install a local project editable')
        .option('-U, --upgrade', 'upgrade already installed packages'),
    ),
    pip,
    'pipInstallCommand',
  );
  bind(
    rt,
    withVenv(
      pipCmd
        .command('uninstall')
        .description('uninstall packages')
        .argument('<packages...>', 'package names'),
    ),
    pip,
    'pipUninstallCommand',
  );
  bind(rt, withVenv(pipCmd.command('list').description('installed packages')), pip, 'pipListCommand');
  bind(
    rt,
    withVenv(
      pipCmd.command('show').description('one installed package').argument('<package>', 'package name'),
    ),
    pip,
    'pipShowCommand',
  );
  bind(
    rt,
    withVenv(pipCmd.command('outdated').description('packages with newer releases')),
    pip,
    'pipOutdatedCommand',
  );
  bind(
    rt,
    withVenv(
      pipCmd
        .command('upgrade')
        .description('upgrade packages to their newest')
        .argument('<packages...>', 'names'),
    ),
    pip,
    'pipUpgradeCommand',
  );
  bind(
    rt,
    withVenv(
      pipCmd
        .command('downgrade')
        .description('install an older version of a package')
        .argument('<package>', 'name')
        .argument('<version>', 'the version to install'),
    ),
    pip,
    'pipDowngradeCommand',
  );
  bind(
    rt,
    withVenv(pipCmd.command('freeze').description('requirements.txt of the environment')),
    pip,
    'pipFreezeCommand',
  );

  bind(
    rt,
    program
      .command('run')
      .description('run python with arguments in a venv or instance: pyembed run [--venv NAME] -- <args>')
      .argument('[args...]', 'arguments for python (put them after --)')
      .option('--venv <name|path>', VENV_HELP)
      .option('--base', "the instance's own interpreter, even when a default venv exists")
      .option('--cwd <dir>', 'working directory')
      .option('--timeout-seconds <n>', 'kill the process tree after this long')
      .option('--max-memory-mb <n>', 'address-space limit of the child'),
    exec,
    'runCommand',
  );
  bind(
    rt,
    program
      .command('exec')
      .description('evaluate Python code: pyembed exec "<code>"')
      .argument('<code>', 'Python statements, or - to read them from stdin')
      .option('--venv <name|path>', VENV_HELP)
      .option('--base', "the instance's own interpreter, even when a default venv exists")
      .option('--timeout-seconds <n>', 'kill the process tree after this long'),
    exec,
    'execCommand',
  );

  bind(
    rt,
    program
      .command('diagnose')
      .description('system requirements, disk, network reachability, uv, instance and venv health')
      .option('--no-network', 'do not probe hosts'),
    diag,
    'diagnoseCommand',
  );

  const configCmd = program
    .command('config')
    .description('configuration (flag > env > config file > default)');
  bind(
    rt,
    configCmd.command('show').description('every option, its value and where it came from'),
    config,
    'configShowCommand',
  );

  return program;
}

/** Runs the CLI; returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const rt: Runtime = { exitCode: 0 };
  const program = buildProgram(rt);
  const json = argv.includes('--json');
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0; // --help, --version
      if (json) {
        const doc = {
          error: {
            name: 'UsageError',
            message: e.message.replace(/^error: /, ''),
            exitCode: USAGE_EXIT_CODE,
          },
        };
        process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      }
      // includes `pyembed venv` without a subcommand (help on stderr)
      return USAGE_EXIT_CODE;
    }
    throw e;
  }
  return rt.exitCode;
}
