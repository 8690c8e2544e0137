// The command line without commander: the same walk commander 14 makes over the same specs (the program
// takes its global options anywhere before `--`, the group and then the command parse what is left), so a
// command starts without evaluating commander (measured on Node 24: ~9 ms of `pyembed --version`, 2-5 ms of
// a command's start). Whatever would make commander print help, the version or an error — or anything this
// walk does not model — is a fallback to commander.
import { isGroup, type ArgumentSpec, type CommandSpec, type EntrySpec, type OptionSpec } from './spec.js';

/** A command to run with what commander's action would receive: positionals, own options, all options. */
export interface Invocation {
  spec: CommandSpec;
  /** The words naming it: `['venv', 'create']`. */
  path: string[];
  args: string[];
  /** The command's own options (commander's `opts()`). */
  opts: Record<string, unknown>;
  /** Its options with the global ones over them (commander's `optsWithGlobals()`). */
  globals: Record<string, unknown>;
}

export type ParsedArgv = ({ kind: 'run' } & Invocation) | { kind: 'fallback' };

const FALLBACK: ParsedArgv = { kind: 'fallback' };

/** One option as commander reads its flags. */
interface OptionDef {
  short?: string;
  long: string;
  /** Where the value goes: `--timeout-seconds` -> `timeoutSeconds`, `--no-venv` -> `venv`. */
  attribute: string;
  takesValue: boolean;
  negate: boolean;
  repeatable: boolean;
  /** Commander exits on it (`--version`): never a fast-path run. */
  exits?: boolean;
}

interface OptionSet {
  defs: OptionDef[];
  /** The values before parsing: defaults, and `true` for a `--no-x` without an `--x`. */
  values: Record<string, unknown>;
}

/** `-r, --requirements <file>`, `--venv <name|path>`, `--no-venv`; optional `[v]` and variadic values are not modelled. */
const FLAGS = /^(?:(-[^-]), )?(--[A-Za-z][\w-]*)(?: <[^<>[\]]+>)?$/;

const camelcase = (s: string) => s.replace(/-([^-])/g, (_m, c: string) => c.toUpperCase());

function defineOption(spec: OptionSpec): OptionDef | undefined {
  const m = FLAGS.exec(spec.flags);
  if (!m || spec.flags.includes('...')) return undefined;
  const long = m[2];
  const negate = long.startsWith('--no-');
  const takesValue = spec.flags.includes('<');
  // commander's collector spreads a previous value; only a string option starting empty fits it
  if (spec.repeatable && (!takesValue || spec.defaultValue !== undefined)) return undefined;
  return {
    short: m[1],
    long,
    attribute: camelcase(long.slice(negate ? 5 : 2)),
    takesValue,
    negate,
    repeatable: Boolean(spec.repeatable),
  };
}

/** The options of one command in commander's registration order, or undefined when one is not modelled. */
function optionSet(specs: readonly OptionSpec[]): OptionSet | undefined {
  const set: OptionSet = { defs: [], values: {} };
  for (const spec of specs) {
    const def = defineOption(spec);
    if (!def || /^-\d$/.test(def.short ?? '')) return undefined; // digit flags change negative numbers
    set.defs.push(def);
    if (def.negate) {
      const positive = `--${def.long.slice(5)}`;
      if (!set.defs.some((d) => d.long === positive)) set.values[def.attribute] = spec.defaultValue ?? true;
    } else if (spec.defaultValue !== undefined) set.values[def.attribute] = spec.defaultValue;
  }
  return set;
}

function assign(values: Record<string, unknown>, def: OptionDef, raw: string | undefined): void {
  if (def.repeatable) {
    const prev = values[def.attribute];
    values[def.attribute] = [...(Array.isArray(prev) ? prev : []), raw];
  } else values[def.attribute] = raw ?? !def.negate;
}

interface Scan {
  operands: string[];
  /** The first unknown option and everything after it, for the subcommand. */
  unknown: string[];
}

const maybeOption = (arg: string) => arg.length > 1 && arg[0] === '-';
const negativeNumber = (arg: string) => /^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg);

/**
 * Commander's `parseOptions` for options with or without one value: takes the known options (values into
 * `set.values`) and splits the rest. Undefined where commander would stop: a missing value, `--version`.
 */
function scanOptions(args: readonly string[], set: OptionSet, leaf: boolean): Scan | undefined {
  const find = (flag: string) => set.defs.find((d) => d.short === flag || d.long === flag);
  const scan: Scan = { operands: [], unknown: [] };
  let dest = scan.operands;
  let group: string | undefined; // the rest of a short-flag group, `-vq` -> `-q`
  let i = 0;
  while (i < args.length || group !== undefined) {
    const arg = group ?? args[i++];
    group = undefined;
    if (arg === '--') {
      if (dest === scan.unknown) dest.push(arg);
      dest.push(...args.slice(i));
      break;
    }
    const whole = maybeOption(arg) ? find(arg) : undefined;
    const first =
      !whole && arg.length > 2 && arg[0] === '-' && arg[1] !== '-' ? find(arg.slice(0, 2)) : undefined;
    const eq = /^--[^=]+=/.test(arg) ? arg.indexOf('=') : -1;
    const named = !whole && !first && eq > 0 ? find(arg.slice(0, eq)) : undefined;
    const withValue = named?.takesValue ? named : undefined; // `--json=1` is an unknown option
    if ((whole ?? first)?.exits) return undefined;
    if (whole) {
      const value = whole.takesValue ? args[i++] : undefined;
      if (whole.takesValue && value === undefined) return undefined;
      assign(set.values, whole, value);
    } else if (first) {
      assign(set.values, first, first.takesValue ? arg.slice(2) : undefined);
      if (!first.takesValue) group = `-${arg.slice(2)}`;
    } else if (withValue) assign(set.values, withValue, arg.slice(eq + 1));
    else {
      if (dest === scan.operands && maybeOption(arg) && !(leaf && negativeNumber(arg))) dest = scan.unknown;
      dest.push(arg);
    }
  }
  return scan;
}

/** Commander's argument checks: every required one present, no extra unless the last is variadic. */
function argumentsFit(operands: readonly string[], declared: readonly ArgumentSpec[]): boolean {
  if (declared.some((a, i) => a.name.startsWith('<') && operands[i] === undefined)) return false;
  const last = declared[declared.length - 1];
  return Boolean(last && /\.\.\.[>\]]$/.test(last.name)) || operands.length <= declared.length;
}

const VERSION_OPTION: OptionSpec = { flags: '-V, --version', description: 'print the pyembed version' };

/** The program's options as buildProgram registers them: the version flag first, then the global ones. */
function programOptions(globalSpecs: readonly OptionSpec[]): OptionSet | undefined {
  const set = optionSet([VERSION_OPTION, ...globalSpecs]);
  if (set) set.defs[0].exits = true;
  return set;
}

/** Parses `argv` (without node and the script) as commander would for these commands and global options. */
export function parseArgv(
  argv: readonly string[],
  commands: readonly EntrySpec[],
  globalSpecs: readonly OptionSpec[],
): ParsedArgv {
  const program = programOptions(globalSpecs);
  const top = program && scanOptions(argv, program, false);
  const entry = top && commands.find((e) => e.name === top.operands[0]);
  if (!program || !top || !entry) return FALLBACK;
  let operands = top.operands.slice(1);
  let unknown = top.unknown;
  let spec: CommandSpec | undefined;
  const path = [entry.name];
  if (isGroup(entry)) {
    const inGroup = scanOptions(unknown, { defs: [], values: {} }, false);
    if (!inGroup) return FALLBACK;
    operands = [...operands, ...inGroup.operands];
    unknown = inGroup.unknown;
    spec = entry.commands.find((c) => c.name === operands[0]);
    operands = operands.slice(1);
    if (spec) path.push(spec.name);
  } else spec = entry;
  const own = spec && optionSet(spec.options ?? []);
  const inCommand = own && scanOptions(unknown, own, true);
  if (!spec || !own || !inCommand || inCommand.unknown.length) return FALLBACK;
  const args = [...operands, ...inCommand.operands];
  if (!argumentsFit(args, spec.arguments ?? [])) return FALLBACK;
  return { kind: 'run', spec, path, args, opts: own.values, globals: { ...own.values, ...program.values } };
}
