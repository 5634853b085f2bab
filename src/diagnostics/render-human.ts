/**
 * The human report, laid out like Miri and rustc:
 * ```
 * error: Undefined Behavior: out-of-bounds read of 4 bytes at offset 40 in alloc12 (heap, 40 bytes)
 *   --> oob.c:7:12
 *    |
 *  7 |     return a[10];
 *    |            ^^^^^ out-of-bounds read
 *    |
 *    = help: this indicates a bug in the program: ...
 *    = note: C17 6.5.6p8: ...
 * help: alloc12 was allocated here:
 *   --> oob.c:5:14
 *    |
 *  5 |     int *a = malloc(40);
 *    |              ^^^^^^^^^^
 *    = note: BACKTRACE (of the first span):
 *    = note: inside `main` at oob.c:7:12
 * ```
 * Notes without a span are attached under the main snippet (`= help:`); notes
 * with one get their own snippet. Not here: deciding on colour (the CLI).
 * Invariant: each diagnostic ends with a newline and diagnostics are separated
 * by one blank line; no diagnostics render as the empty string.
 */
import type { SourceMap } from '../frontend/source.js';
import { formatSpan } from '../frontend/source.js';
import { located, type Diagnostic, type DiagnosticNote } from './diagnostic.js';
import { attachedLine, emptyGutter, gutterWidth, renderSnippet, type SnippetOptions } from './snippet.js';
import type { Frame } from './stop.js';
import { styleFor, type Style } from './style.js';

export interface HumanOptions {
  /** ANSI colours (the CLI passes true only for a TTY without NO_COLOR). */
  color?: boolean;
}

/** "inside `f` at file.c:3:5", or just "inside `f`" for a frame with no source. */
function frameLine(frame: Frame, sources: SourceMap): string {
  const at = located(frame.span);
  return `inside \`${frame.fn}\`${at ? ` at ${formatSpan(sources, at)}` : ''}`;
}

/** Backtraces longer than this (runaway recursion) show their first and last frames only. */
const LONG_BACKTRACE = 40;
const SHOWN_HEAD = 20;
const SHOWN_TAIL = 10;

function backtraceLines(title: string, frames: readonly Frame[], sources: SourceMap, o: SnippetOptions): string[] {
  const line = (f: Frame): string => attachedLine('note', frameLine(f, sources), o);
  if (frames.length <= LONG_BACKTRACE) return [attachedLine('note', title, o), ...frames.map(line)];
  const omitted = frames.length - SHOWN_HEAD - SHOWN_TAIL;
  return [
    attachedLine('note', title, o),
    ...frames.slice(0, SHOWN_HEAD).map(line),
    attachedLine('note', `... ${omitted} more frames ...`, o),
    ...frames.slice(-SHOWN_TAIL).map(line),
  ];
}

function levelWord(level: 'help' | 'note', style: Style): string {
  return level === 'help' ? style.help('help') : style.note('note');
}

/** A note with a span of its own: `help: ...:` and its snippet (and its backtrace, when it says more than the snippet). */
function spannedNote(note: DiagnosticNote, sources: SourceMap, o: SnippetOptions): string[] {
  const span = located(note.span)!;
  const level = note.level ?? 'note';
  const mark = level === 'help' ? o.style.help : o.style.note;
  const lines = [`${levelWord(level, o.style)}: ${note.message}:`, ...renderSnippet(sources, span, undefined, { ...o, mark })];
  if (note.backtrace && note.backtrace.length > 1) lines.push(...backtraceLines('BACKTRACE (of this span):', note.backtrace, sources, o));
  return lines;
}

function renderOne(d: Diagnostic, sources: SourceMap, style: Style): string {
  const primary = located(d.span);
  const spanned = d.notes.filter((n) => located(n.span));
  const attached = d.notes.filter((n) => !located(n.span));
  const width = gutterWidth([primary, ...spanned.map((n) => n.span)].flatMap((s) => (s && located(s) ? [s.line] : [])));
  const sev = d.severity === 'error' ? style.error('error') : style.warning('warning');
  const o: SnippetOptions = { width, style, mark: d.severity === 'error' ? style.error : style.warning };

  const lines = [`${sev}${style.bold(`: ${d.message}`)}`];
  if (primary) lines.push(...renderSnippet(sources, primary, d.label, o));
  const backtraceFollows = d.backtrace.length > 0 && spanned.length === 0;
  if (primary && (attached.length > 0 || backtraceFollows)) lines.push(emptyGutter(o));
  for (const n of attached) lines.push(attachedLine(n.level ?? 'note', n.message, o));
  for (const n of spanned) lines.push(...spannedNote(n, sources, o));
  if (d.backtrace.length > 0) {
    lines.push(...backtraceLines(spanned.length > 0 ? 'BACKTRACE (of the first span):' : 'BACKTRACE:', d.backtrace, sources, o));
  }
  return lines.join('\n') + '\n';
}

/** The whole human report of a run; '' when there is nothing to say (a clean exit). */
export function renderHuman(diags: readonly Diagnostic[], sources: SourceMap, opts: HumanOptions = {}): string {
  const style = styleFor(opts.color);
  return diags.map((d) => renderOne(d, sources, style)).join('\n');
}
