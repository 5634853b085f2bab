/**
 * Terminal styles for the human renderer, following rustc's palette: red
 * errors, yellow warnings, blue gutters, cyan help and green notes, all bold.
 *
 * Not here: deciding whether to colour (the CLI checks for a TTY and
 * NO_COLOR). Invariant: the plain style is the identity, so uncoloured output
 * is byte-for-byte what `.stderr` test files hold.
 */

export interface Style {
  error(s: string): string;
  warning(s: string): string;
  help(s: string): string;
  note(s: string): string;
  gutter(s: string): string;
  bold(s: string): string;
}

const ident = (s: string): string => s;

export const PLAIN: Style = { error: ident, warning: ident, help: ident, note: ident, gutter: ident, bold: ident };

function sgr(code: string): (s: string) => string {
  return (s) => (s === '' ? s : `\x1b[${code}m${s}\x1b[0m`);
}

export const ANSI: Style = {
  error: sgr('1;31'),
  warning: sgr('1;33'),
  help: sgr('1;36'),
  note: sgr('1;32'),
  gutter: sgr('1;34'),
  bold: sgr('1'),
};

export function styleFor(color: boolean | undefined): Style {
  return color ? ANSI : PLAIN;
}
