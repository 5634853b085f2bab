/**
 * Parsers for the values of command-line options (`--stack-size 8M`,
 * `-D NAME=value`, counts), shared by the commands.
 *
 * Each parser either returns the value or throws commander's
 * InvalidArgumentError, which main() turns into a one-line usage error
 * (exit status 2). Not here: defaults, which live in CiriConfig
 * (defaultConfig) so the CLI and the JS API agree.
 */
import { statSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';

/** A usage problem found after commander parsed the line (e.g. a source file that does not exist). */
export class UsageError extends Error {}

const UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Bytes, with an optional binary suffix: "8388608", "8M", "64K", "1G", "64KiB", "512KB". */
export function parseSize(text: string): number {
  const m = /^(\d+)\s*([kmg]?)(i?b)?$/i.exec(text.trim());
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || (m[3] && !m[2] && m[3].toLowerCase() !== 'b')) {
    throw new InvalidArgumentError('expected a size in bytes, such as 8M, 64K or 1048576.');
  }
  const n = Number(m[1]) * unit;
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('the size must be positive.');
  return n;
}

/** A non-negative integer (seeds, step counts). */
export function parseCount(text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new InvalidArgumentError('expected a non-negative integer.');
  const n = Number(text.trim());
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError('the number is too large.');
  return n;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `-D NAME` (value 1, as C compilers do) or `-D NAME=value`. */
export function parseDefine(text: string): [string, string] {
  const eq = text.indexOf('=');
  const name = eq < 0 ? text : text.slice(0, eq);
  if (!IDENTIFIER.test(name)) throw new InvalidArgumentError(`'${name}' is not a macro name.`);
  return [name, eq < 0 ? '1' : text.slice(eq + 1)];
}

/** `-U NAME`. */
export function parseMacroName(text: string): string {
  if (!IDENTIFIER.test(text)) throw new InvalidArgumentError(`'${text}' is not a macro name.`);
  return text;
}

/** For repeatable options: each occurrence appends its parsed value. */
export function repeatable<T>(parse: (text: string) => T): (text: string, previous: T[] | undefined) => T[] {
  return (text, previous) => [...(previous ?? []), parse(text)];
}

/**
 * `--mount <host-dir>:<guest-dir>`: the host directory must exist (checked
 * here so a typo is a usage error, not an empty directory inside the run).
 * The last colon separates the two, so a host path may contain colons.
 */
export function parseMount(text: string): { host: string; guest: string } {
  const colon = text.lastIndexOf(':');
  const host = colon < 0 ? '' : text.slice(0, colon);
  const guest = colon < 0 ? '' : text.slice(colon + 1);
  if (host === '' || guest === '') throw new InvalidArgumentError('expected <host-dir>:<guest-dir>, such as ./data:/data.');
  if (!isDirectory(host)) throw new InvalidArgumentError(`'${host}' is not a directory.`);
  return { host, guest };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
