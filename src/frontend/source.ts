/**
 * Source files and spans.
 *
 * Every token, AST node, IR statement and diagnostic carries a `Span`. Files
 * are registered once in a `SourceMap` so spans stay small (a file id and
 * four numbers) and renderers can fetch the text of a line for snippets.
 * Lines and columns are 1-based, as compilers print them; `endCol` is
 * exclusive.
 */

/** A range in one source file. */
export interface Span {
  /** Index into `SourceMap.files`. */
  readonly file: number;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  /** Exclusive end column. */
  readonly endCol: number;
}

/** One file as ciri read it (a C file, a shipped header, or a command-line snippet). */
export interface SourceFile {
  /** The name printed in diagnostics (as given on the command line or in `#include`). */
  readonly name: string;
  readonly text: string;
  /** Offsets of the start of each line, computed lazily. */
  lineStarts?: number[];
}

/** All files that took part in one run, indexed by `Span.file`. */
export class SourceMap {
  readonly files: SourceFile[] = [];

  add(name: string, text: string): number {
    this.files.push({ name, text });
    return this.files.length - 1;
  }

  name(span: Span): string {
    return this.files[span.file]?.name ?? '<unknown>';
  }

  /** The text of a 1-based line without its newline, or '' if out of range. */
  lineText(file: number, line: number): string {
    const f = this.files[file];
    if (!f) return '';
    if (!f.lineStarts) {
      const starts = [0];
      for (let i = 0; i < f.text.length; i++) if (f.text.charCodeAt(i) === 10) starts.push(i + 1);
      f.lineStarts = starts;
    }
    const start = f.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = f.lineStarts[line];
    const end = next === undefined ? f.text.length : next - 1;
    return f.text.slice(start, end).replace(/\r$/, '');
  }
}

/** A span covering both arguments (they must be in the same file; otherwise `a` wins). */
export function joinSpans(a: Span, b: Span): Span {
  // Spans are immutable, so a node made of one token can share the token's span.
  if (a.file !== b.file || a === b) return a;
  return { file: a.file, line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
}

/** A placeholder span for things that have no source (the program entry, shim internals). */
export const NO_SPAN: Span = { file: -1, line: 0, col: 0, endLine: 0, endCol: 0 };

export function formatSpan(map: SourceMap, span: Span): string {
  return `${map.name(span)}:${span.line}:${span.col}`;
}
