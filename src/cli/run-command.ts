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
import { parseCount, parseDefine, parseMacroName, parseSize, repeatable, UsageError } from './options.js';

/** The options as commander hands them over (names follow the flags). */
interface RunFlags {
  seed?: number;
  format: 'human' | 'json';
  output?: string;
  dumpJs?: boolean;
  strictProvenance?: boolean;
  symbolicAlignment?: boolean;
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

async function runAction(files: string[], programArgs: string[], flags: RunFlags, io: CliIo): Promise<number> {
  for (const file of files) {
    if (!io.isFile(file)) throw new UsageError(`cannot read '${file}': no such file`);
  }
  const result = await io.run(configFromFlags(files, programArgs, flags));
  report(result, flags, io);
  return exitStatus(result);
}

/** Adds `run` to the program; `done` receives the exit status once the action has finished. */
export function addRunCommand(program: Command, io: CliIo, programArgs: string[], done: (status: number) => void): void {
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
      done(await runAction(files, programArgs, flags, io));
    });
}
