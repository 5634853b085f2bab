/**
 * `ciri ast <files...>` and `ciri ir <files...>`: print the typed AST (after
 * sema) or the IR (after lowering) of a program in the stable text form the
 * golden tests use (src/frontend/print-typed-ast.ts, src/ir/print.ts).
 *
 * The text goes to stdout; compile errors and warnings go to stderr in the
 * same form `ciri run` prints them. Exit status 0 when the program compiled,
 * 1 on compile errors, 2 for usage errors. Nothing is run.
 */
import type { Command } from 'commander';
import { defaultConfig } from '../config.js';
import { diagnose } from '../diagnostics/messages.js';
import { renderHuman } from '../diagnostics/render-human.js';
import type { InspectStage } from '../index.js';
import type { CliIo } from './io.js';
import { parseDefine, parseMacroName, repeatable, UsageError } from './options.js';

interface InspectFlags {
  I?: string[];
  D?: [string, string][];
  U?: string[];
}

async function inspectAction(stage: InspectStage, files: string[], flags: InspectFlags, io: CliIo): Promise<number> {
  for (const file of files) {
    if (!io.isFile(file)) throw new UsageError(`cannot read '${file}': no such file`);
  }
  const config = defaultConfig({ files });
  config.includeDirs = [...(flags.I ?? [])];
  config.defines = Object.fromEntries(flags.D ?? []);
  config.undefines = [...(flags.U ?? [])];
  const { inspect } = await import('../index.js');
  const result = inspect(config, stage);
  const errors = result.errors.filter((e) => e.severity === 'error');
  const warnings = result.errors.filter((e) => e.severity === 'warning');
  const color = io.stderrIsTTY && !io.env['NO_COLOR'];
  if (errors.length > 0 || result.text === undefined) {
    io.stderr(renderHuman(diagnose({ kind: 'compile-error', errors }, warnings), result.sources, { color }));
    return 1;
  }
  if (warnings.length > 0) io.stderr(renderHuman(diagnose({ kind: 'exit', code: 0 }, warnings), result.sources, { color }));
  io.stdout(result.text);
  return 0;
}

/** Adds `ast` and `ir` to the program; `done` receives the exit status. */
export function addInspectCommands(program: Command, io: CliIo, done: (status: number) => void): void {
  const stages: [InspectStage, string][] = [
    ['ast', 'print the typed AST of a program (every implicit conversion shown) and exit'],
    ['ir', 'print the IR of a program (the control-flow graph ciri runs) and exit'],
  ];
  for (const [stage, description] of stages) {
    program
      .command(stage)
      .description(description)
      .argument('<files...>', 'C source files, linked into one program')
      .option('-I <dir>', 'add a directory to the #include "..." search path (repeatable)', repeatable(String))
      .option('-D <name[=value]>', 'define a macro, value 1 by default (repeatable)', repeatable(parseDefine))
      .option('-U <name>', 'undefine a macro (repeatable)', repeatable(parseMacroName))
      .action(async (files: string[], flags: InspectFlags) => {
        done(await inspectAction(stage, files, flags, io));
      });
  }
}
