/**
 * The rendered model of a diagnostic: what every renderer (human, JSON, and
 * later SARIF/JUnit) prints, built from a Stop by `diagnose` in messages.ts.
 *
 * Deliberately not here: colours, layout or file names. A Diagnostic holds
 * spans, not text positions, so each renderer resolves them against the
 * run's SourceMap. Invariant: `message` never carries the "error: " prefix
 * and notes keep the order they should be printed in.
 */
import type { SourceMap, Span } from '../frontend/source.js';
import type { Category } from './categories.js';
import type { CompileError, Frame, Stop } from './stop.js';

/** A secondary message: rendered `= help: ...` when it has no span, or as its own snippet when it does. */
export interface DiagnosticNote {
  message: string;
  span: Span | undefined;
  /** Where the noted event happened in full (e.g. the allocation's call stack), innermost first. */
  backtrace?: Frame[];
  /** The word printed before the note; 'note' when absent. */
  level?: 'help' | 'note';
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  category: Category;
  /** The headline without the "error: " prefix. */
  message: string;
  /** Where the operation was stopped. */
  span: Span | undefined;
  /** Text under the carets. */
  label: string | undefined;
  notes: DiagnosticNote[];
  /** C frames, innermost first. */
  backtrace: Frame[];
  /** The rule that was broken, e.g. "C17 6.5.6p8" (UB only). */
  clause: string | undefined;
  /**
   * The facts behind the message, for machine readers (UB only): the UB kind
   * and its data, allocations summarised as {id, kind, size, align, name}
   * (their histories are the notes), spans as {file, line, column}.
   */
  facts?: Readonly<Record<string, unknown>>;
}

/**
 * What the renderers need from a run. `RunResult` from src/index.ts has this
 * shape; it is restated here so diagnostics never imports the driver that
 * uses it (data flows one way, DESIGN.md).
 */
export interface RunOutcome {
  stop: Stop;
  warnings: readonly CompileError[];
  sources: SourceMap;
  seed: number;
}

/** A span that points into a real file (the machine uses file -1 for "no source"). */
export function located(span: Span | undefined): Span | undefined {
  return span !== undefined && span.file >= 0 && span.line > 0 ? span : undefined;
}
