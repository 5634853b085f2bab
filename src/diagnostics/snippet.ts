/**
 * Source snippets in the rustc layout: the `--> file:line:col` arrow, the
 * source line behind a numbered gutter, and carets under the span with a
 * label.
 *
 * Only one line is ever shown: a span that crosses lines gets a single caret
 * at its start. Tabs are expanded to four columns so carets stay under the
 * text they mark. Not here: headlines and notes (render-human.ts).
 * Invariant: every line returned is complete (no trailing newline) and the
 * gutter has the width the caller passes, so all snippets of one diagnostic
 * line up.
 */
import type { SourceMap, Span } from '../frontend/source.js';
import { formatSpan } from '../frontend/source.js';
import type { Style } from './style.js';

const TAB = '    ';

/** The width of the line-number column: the widest line number, and at least 2 (as Miri prints). */
export function gutterWidth(lines: readonly number[]): number {
  return Math.max(2, ...lines.map((n) => String(n).length));
}

/** Display column of 0-based index `i` in `text`: tabs count four, positions past the end one each. */
function displayColumn(text: string, i: number): number {
  let w = 0;
  for (let k = 0; k < Math.min(i, text.length); k++) w += text[k] === '\t' ? TAB.length : 1;
  return w + Math.max(0, i - text.length);
}

/** Where the carets go on the displayed line, and how many: the whole span on one line, else one caret. */
export function caretRange(text: string, span: Span): { start: number; count: number } {
  const from = Math.max(0, span.col - 1);
  const start = displayColumn(text, from);
  if (span.endLine !== span.line || span.endCol <= span.col) return { start, count: 1 };
  return { start, count: Math.max(1, displayColumn(text, span.endCol - 1) - start) };
}

export interface SnippetOptions {
  width: number;
  style: Style;
  /** Colour of the carets and label: the diagnostic's severity, or help/note for secondary spans. */
  mark: (s: string) => string;
}

/** `  --> file:line:col` with the arrow indented to the gutter. */
export function arrowLine(sources: SourceMap, span: Span, o: SnippetOptions): string {
  return `${' '.repeat(o.width)}${o.style.gutter('-->')} ${formatSpan(sources, span)}`;
}

/** The gutter with no line number, `   |`. */
export function emptyGutter(o: SnippetOptions): string {
  return `${' '.repeat(o.width + 1)}${o.style.gutter('|')}`;
}

/** A gutter-aligned `= help: ...` / `= note: ...` line. */
export function attachedLine(level: 'help' | 'note', message: string, o: SnippetOptions): string {
  const word = level === 'help' ? o.style.help(level) : o.style.note(level);
  return `${' '.repeat(o.width + 1)}${o.style.gutter('=')} ${word}: ${message}`;
}

/** Longest source line shown whole; a longer one (generated code, minified tables) is cut around the span. */
export const MAX_SHOWN = 120;

/** A window of at most MAX_SHOWN columns of `shown` that starts a little before the carets, with `...` where cut. */
function clip(shown: string, at: { start: number; count: number }): { shown: string; start: number; count: number } {
  if (shown.length <= MAX_SHOWN) return { shown, ...at };
  const from = Math.max(0, Math.min(at.start - 20, shown.length - MAX_SHOWN));
  const to = Math.min(shown.length, from + MAX_SHOWN);
  const before = from > 0 ? '...' : '';
  const after = to < shown.length ? '...' : '';
  return {
    shown: before + shown.slice(from, to) + after,
    start: at.start - from + before.length,
    count: Math.max(1, Math.min(at.count, to - at.start)),
  };
}

/**
 * The arrow, an empty gutter, the source line and the caret line:
 * ```
 *   --> f.c:7:12
 *    |
 *  7 |     return a[10];
 *    |            ^^^^^ out-of-bounds read
 * ```
 */
export function renderSnippet(sources: SourceMap, span: Span, label: string | undefined, o: SnippetOptions): string[] {
  const text = sources.lineText(span.file, span.line);
  const { shown, start, count } = clip(text.replace(/\t/g, TAB), caretRange(text, span));
  const number = o.style.gutter(`${String(span.line).padStart(o.width)} |`);
  const carets = o.mark('^'.repeat(count) + (label ? ` ${label}` : ''));
  return [
    arrowLine(sources, span, o),
    emptyGutter(o),
    shown === '' ? number : `${number} ${shown}`,
    `${emptyGutter(o)} ${' '.repeat(start)}${carets}`,
  ];
}
