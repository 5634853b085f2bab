/**
 * Everything the CLI touches outside itself: the run, the process's output
 * streams, the file system and the environment. main() takes a partial
 * override so tests drive the real argument parsing with a stubbed run.
 *
 * The default run imports the driver lazily, so `ciri --version` and usage
 * errors do not load the compiler. Writes are synchronous (writeSync) so that
 * nothing is lost when bin/ciri exits right after main() returns.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { isatty } from 'node:tty';
import { writeFully } from '../interpreter/output.js';
import type { CiriConfig } from '../config.js';
import type { RunOutcome } from '../diagnostics/diagnostic.js';

export interface CliIo {
  /** Runs the program (default: `run` from src/index.ts). */
  run(config: CiriConfig): RunOutcome | Promise<RunOutcome>;
  /** `--many-seeds`: the lowest seed in [0, n) that fails, or undefined (default: many-seeds.ts). */
  findFailingSeed(config: CiriConfig, n: number, stdin: Uint8Array): Promise<number | undefined>;
  /** The bytes of ciri's own stdin, read once (given to every seed's run). */
  readStdin(): Uint8Array;
  /** ciri's own stdout (help, version). */
  stdout(text: string): void;
  /** ciri's own stderr (reports, usage errors). */
  stderr(text: string): void;
  writeFile(path: string, text: string): void;
  isFile(path: string): boolean;
  /** Whether stderr is a terminal (colours are used only then). */
  stderrIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

function writeAll(fd: number, text: string): void {
  writeFully(fd, Buffer.from(text, 'utf8'));
}

export function defaultIo(): CliIo {
  return {
    run: async (config) => (await import('../index.js')).run(config),
    findFailingSeed: async (config, n, stdin) => (await import('./many-seeds.js')).findFailingSeed(config, n, stdin),
    // A terminal is not read (it would wait for the user): seeds then see an empty stdin.
    readStdin: () => {
      try { return isatty(0) ? new Uint8Array(0) : new Uint8Array(readFileSync(0)); } catch { return new Uint8Array(0); }
    },
    stdout: (text) => writeAll(1, text),
    stderr: (text) => writeAll(2, text),
    writeFile: (path, text) => writeFileSync(path, text),
    isFile: (path) => {
      try { return statSync(path).isFile(); } catch { return false; }
    },
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
  };
}
