/**
 * ciri's command line (commander 14): builds the program, parses argv,
 * runs the command and turns every way it can end into an exit status.
 *
 * Exit statuses: a command's own (see run-command.ts); 0 after `--version`
 * or help; 2 for a usage error (unknown option, bad value, missing file),
 * printed as one line and never as a stack trace; 1 with
 * "ciri: internal error: ..." for any unexpected JS exception, which is a
 * bug in ciri. Invariant: main() never throws and never calls process.exit;
 * bin/ciri does that with the status it returns.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { defaultIo, type CliIo } from './io.js';
import { UsageError } from './options.js';
import { addInspectCommands } from './inspect-command.js';
import { addRunCommand } from './run-command.js';

const USAGE_ERROR = 2;

/** The package version, read from package.json (two levels up in src/, three in dist/src/). */
export function version(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'ciri' && pkg.version) return pkg.version;
    } catch { /* try the next candidate */ }
  }
  return 'unknown';
}

/** Commander's messages start with "error: " and may add a suggestion line; we print one line. */
function oneLine(message: string): string {
  return message.replace(/^error:\s*/, '').split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
}

function buildProgram(io: CliIo, programArgs: string[], done: (status: number) => void, argv: readonly string[]): Command {
  const program = new Command('ciri')
    .description('ciri runs C programs on an abstract machine and stops at the first undefined behaviour')
    .version(version(), '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(`ciri: ${oneLine(s)}\n`),
    })
    .showSuggestionAfterError(true);
  addRunCommand(program, io, programArgs, done, argv);
  addInspectCommands(program, io, done);
  return program;
}

/** Splits `ciri run a.c -- x y` into ciri's own arguments and the program's. */
function splitProgramArgs(argv: readonly string[]): [string[], string[]] {
  const dd = argv.indexOf('--');
  return dd < 0 ? [[...argv], []] : [argv.slice(0, dd), argv.slice(dd + 1)];
}

/** Runs ciri with `argv` (the arguments after the executable) and returns the exit status. */
export async function main(argv: string[], overrides: Partial<CliIo> = {}): Promise<number> {
  const io: CliIo = { ...defaultIo(), ...overrides };
  const [own, programArgs] = splitProgramArgs(argv);
  let status = 0;
  try {
    await buildProgram(io, programArgs, (s) => { status = s; }, argv).parseAsync(own, { from: 'user' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : USAGE_ERROR;
    if (e instanceof UsageError) {
      io.stderr(`ciri: ${e.message}\n`);
      return USAGE_ERROR;
    }
    const message = e instanceof Error ? (io.env['CIRI_DEBUG'] ? e.stack ?? e.message : e.message) : String(e);
    try { io.stderr(`ciri: internal error: ${message}\n`); } catch { /* nothing left to report with */ }
    return 1;
  }
}
