/**
 * `ciri run [options] <file.c>... [-- program args]`: link the files into one
 * program, run it under the checker, print the report.
 *
 * The command only fills a CiriConfig (CONVENTIONS.md 6); defaults come from
 * defaultConfig(). Exit status: the program's own status when it ended
 * normally, 1 for anything else (UB, leaks, unsupported, compile errors), so
 * CI fails. Not here: the program's stdout and stderr, which the machine
 * writes straight to the process's own streams.
 */
import { Command, Option } from 'commander';
import { defaultConfig, type CiriConfig } from '../config.js';
import { diagnose } from '../diagnostics/messages.js';
import { renderHuman } from '../diagnostics/render-human.js';
import { renderJson } from '../diagnostics/render-json.js';
import type { RunOutcome } from '../diagnostics/diagnostic.js';
import type { CliIo } from './io.js';
import { writeFully } from '../interpreter/output.js';
import { parseCount, parseDefine, parseMacroName, parseMount, parseSize, repeatable, UsageError } from './options.js';

/** The options as commander hands them over (names follow the flags). */
interface RunFlags {
  seed?: number;
  format: 'human' | 'json';
  output?: string;
  dumpJs?: boolean;
  strictProvenance?: boolean;
  symbolicAlignment?: boolean;
  /** `--no-short-io` gives false. */
  shortIo: boolean;
  disableIsolation?: boolean;
  mount?: { host: string; guest: string }[];
  manySeeds?: number;
  stackSize?: number;
  leakCheck?: CiriConfig['leakCheck'];
  maxSteps?: number;
  I?: string[];
  D?: [string, string][];
  U?: string[];
}

/** CiriConfig from the parsed command line; anything not given keeps its default. */
export function configFromFlags(files: string[], programArgs: string[], flags: RunFlags): CiriConfig {
  const config = defaultConfig({ files, args: programArgs });
  if (flags.seed !== undefined) config.seed = flags.seed;
  if (flags.stackSize !== undefined) config.stackSize = flags.stackSize;
  if (flags.maxSteps !== undefined) config.maxSteps = flags.maxSteps;
  if (flags.leakCheck !== undefined) config.leakCheck = flags.leakCheck;
  if (flags.dumpJs) config.dumpJs = true;
  if (flags.strictProvenance) config.strictProvenance = true;
  if (flags.symbolicAlignment) config.symbolicAlignment = true;
  if (flags.shortIo === false) config.shortIo = false;
  if (flags.disableIsolation) config.isolation = false;
  config.mounts = [...(flags.mount ?? [])];
  config.includeDirs = [...(flags.I ?? [])];
  config.defines = Object.fromEntries(flags.D ?? []);
  config.undefines = [...(flags.U ?? [])];
  return config;
}

/** 0 only for a program that ended on its own with status 0; its own status otherwise; 1 for any stop. */
export function exitStatus(result: RunOutcome): number {
  return result.stop.kind === 'exit' ? result.stop.code : 1;
}

/** NO_COLOR (https://no-color.org): present and not empty disables colour. */
function wantsColor(io: CliIo): boolean {
  const noColor = io.env['NO_COLOR'];
  return io.stderrIsTTY && (noColor === undefined || noColor === '');
}

function report(result: RunOutcome, flags: RunFlags, io: CliIo): void {
  const toFile = flags.output !== undefined;
  const text = flags.format === 'json'
    ? renderJson(result)
    : renderHuman(diagnose(result.stop, result.warnings), result.sources, { color: !toFile && wantsColor(io) });
  if (toFile) {
    try {
      io.writeFile(flags.output!, text);
    } catch (e) {
      throw new UsageError(`cannot write the report to '${flags.output}': ${(e as Error).message}`);
    }
  } else if (text !== '') {
    io.stderr(text);
  }
}

async function runAction(files: string[], programArgs: string[], flags: RunFlags, io: CliIo, argv: readonly string[]): Promise<number> {
  for (const file of files) {
    if (!io.isFile(file)) throw new UsageError(`cannot read '${file}': no such file`);
  }
  const config = configFromFlags(files, programArgs, flags);
  if (flags.manySeeds !== undefined) return manySeeds(config, flags, io, argv);
  const result = await io.run(config);
  report(result, flags, io);
  return exitStatus(result);
}

/**
 * `--many-seeds N`: find the lowest failing seed, then run it once more in
 * the open (its output and its report, as a plain run would show them) and
 * print the one command line that reproduces it.
 */
async function manySeeds(config: CiriConfig, flags: RunFlags, io: CliIo, argv: readonly string[]): Promise<number> {
  const n = flags.manySeeds!;
  if (n < 1) throw new UsageError('--many-seeds needs at least 1 seed');
  const stdin = config.stdin ? config.stdin() ?? new Uint8Array(0) : io.readStdin();
  config.stdin = () => stdin;
  // A JSON report on stderr stays one JSON document (it carries the seed itself).
  const note = (text: string): void => { if (flags.format !== 'json' || flags.output !== undefined) io.stderr(text); };
  const failing = await io.findFailingSeed(config, n, stdin);
  if (failing === undefined) {
    note(`ciri: all ${n} seeds passed (0 to ${n - 1})\n`);
    return 0;
  }
  // Output through callbacks, as in the search: the standard streams are then
  // not terminals for this run either, so it takes the path the search saw.
  const result = await io.run({
    ...config, seed: failing, stdout: config.stdout ?? ((b) => writeFully(1, b)), stderr: config.stderr ?? ((b) => writeFully(2, b)),
  });
  report(result, flags, io);
  // A program that does not compile fails under every seed: no seed to point at.
  if (result.stop.kind !== 'compile-error') note(`ciri: seed ${failing} fails; to reproduce it:\n  ${reproduction(argv, failing)}\n`);
  const status = exitStatus(result);
  return status === 0 ? 1 : status;
}

/** The command line with `--many-seeds N` (and any `--seed`) replaced by `--seed K`. */
export function reproduction(argv: readonly string[], seed: number): string {
  const out: string[] = ['ciri'];
  let i = 0;
  for (; i < argv.length && argv[i] !== 'run'; i++) out.push(argv[i]!);
  out.push('run', '--seed', String(seed));
  for (i++; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') { out.push(...argv.slice(i)); break; }
    if (a === '--many-seeds' || a === '--seed') { i++; continue; }
    if (a.startsWith('--many-seeds=') || a.startsWith('--seed=')) continue;
    out.push(a);
  }
  return out.map(shellWord).join(' ');
}

function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Adds `run` to the program; `done` receives the exit status once the action has finished. */
export function addRunCommand(program: Command, io: CliIo, programArgs: string[], done: (status: number) => void, argv: readonly string[] = []): void {
  program
    .command('run')
    .description('run a C program under the checker and report the first undefined behaviour')
    .argument('<files...>', 'C source files, linked into one program')
    .option('--seed <n>', 'seed of every nondeterministic choice (default: 0)', parseCount)
    .addOption(new Option('--format <format>', 'report format').choices(['human', 'json']).default('human'))
    .option('--output <file>', 'write the report to <file> instead of stderr')
    .option('--dump-js', 'print the JS generated for each C function to stderr')
    .option('--symbolic-alignment', 'check alignment against what the allocation guarantees, not the address it happened to get (results do not depend on the seed)')
    .option('--strict-provenance', 'reject integer-to-pointer casts instead of giving them an exposed allocation\'s provenance')
    .option('--many-seeds <n>', 'run under seeds 0 to n-1 (in parallel), stop at the first that fails and print how to reproduce it', parseCount)
    .option('--no-short-io', 'never shorten reads and writes (by default regular files and sockets may transfer fewer bytes than asked, as Linux may)')
    .option('--disable-isolation', 'let the program read and write the host\'s files under the current directory (by default it sees a virtual file system holding an empty working directory and /tmp)')
    .option('--mount <host-dir:guest-dir>', 'make a host directory visible read-only at guest-dir inside the virtual file system (repeatable)', repeatable(parseMount))
    .option('--stack-size <bytes>', 'size of the C stack, e.g. 8M or 64K (default: 8M)', parseSize)
    .addOption(new Option('--leak-check <mode>', 'which leaks to report at exit (default: full)').choices(['full', 'lost', 'off']))
    .option('--max-steps <n>', 'stop after <n> steps; 0 means no limit (default: 0)', parseCount)
    .option('-I <dir>', 'add a directory to the #include "..." search path (repeatable)', repeatable(String))
    .option('-D <name[=value]>', 'define a macro, value 1 by default (repeatable)', repeatable(parseDefine))
    .option('-U <name>', 'undefine a macro (repeatable)', repeatable(parseMacroName))
    .addHelpText('after', [
      '',
      'Arguments after -- are given to the program as argv[1..].',
      'Exit status: the program\'s own status when it ends normally; 1 when ciri',
      'stops it (undefined behaviour, leaks, unsupported operations, compile',
      'errors); 2 for usage errors.',
    ].join('\n'))
    .action(async (files: string[], flags: RunFlags) => {
      done(await runAction(files, programArgs, flags, io, argv));
    });
}
