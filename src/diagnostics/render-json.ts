/**
 * The JSON report: one object per run, for CI and other tools.
 * ```
 * {"outcome": "ub", "exitCode": null, "seed": 0, "diagnostics": [{"severity": "error",
 *  "category": "out-of-bounds", "message": "...", "file": "oob.c", "line": 7, "column": 12,
 *  "notes": [{"message", "file", "line", "column"}], "backtrace": [{"function", "file", "line", "column"}]}]}
 * ```
 * The shape is a contract (README.md documents it): fields are only ever
 * added. Locations with no source are null. Not here: the human-only help
 * layout. Invariant: a clean run has outcome "exit" and no error diagnostics;
 * `exitCode` is the program's status exactly when it ended on its own.
 */
import type { SourceMap, Span } from '../frontend/source.js';
import type { Category } from './categories.js';
import { assertNever } from './describe.js';
import { located, type Diagnostic, type RunOutcome } from './diagnostic.js';
import { diagnose } from './messages.js';
import type { Frame, Stop } from './stop.js';

export type Outcome = 'exit' | 'ub' | 'unsupported' | 'deadlock' | 'leak' | 'limit' | 'abort' | 'signal' | 'error';

export interface ReportLocation {
  file: string | null;
  line: number | null;
  column: number | null;
}

export interface ReportNote extends ReportLocation {
  message: string;
  /** The noted event's call stack (where an allocation was made or freed), innermost first. */
  backtrace?: ReportFrame[];
}

export interface ReportFrame extends ReportLocation {
  function: string;
}

export interface ReportDiagnostic extends ReportLocation {
  severity: 'error' | 'warning';
  category: Category;
  message: string;
  /** The text under the carets in the human report. */
  label: string | null;
  /** The C17 clause broken (UB only). */
  clause: string | null;
  /** The UB's data: `kind`, access offset and size, the allocation {id, kind, size, align, name}... (UB only). */
  ub: Record<string, unknown> | null;
  notes: ReportNote[];
  backtrace: ReportFrame[];
}

export interface Report {
  outcome: Outcome;
  exitCode: number | null;
  seed: number;
  diagnostics: ReportDiagnostic[];
}

export function outcomeOf(stop: Stop): Outcome {
  switch (stop.kind) {
    case 'exit': case 'ub': case 'unsupported': case 'deadlock': case 'leak': case 'limit': case 'abort': case 'signal':
      return stop.kind;
    case 'compile-error': case 'internal-error':
      return 'error';
    default:
      return assertNever(stop);
  }
}

function location(span: Span | undefined, sources: SourceMap): ReportLocation {
  const at = located(span);
  return at ? { file: sources.name(at), line: at.line, column: at.col } : { file: null, line: null, column: null };
}

function reportDiagnostic(d: Diagnostic, sources: SourceMap): ReportDiagnostic {
  return {
    severity: d.severity,
    category: d.category,
    message: d.message,
    ...location(d.span, sources),
    label: d.label ?? null,
    clause: d.clause ?? null,
    ub: d.facts ? resolveSpans(d.facts, sources) : null,
    notes: d.notes.map((n) => ({
      message: n.message, ...location(n.span, sources),
      ...(n.backtrace ? { backtrace: n.backtrace.map((f) => frame(f, sources)) } : {}),
    })),
    backtrace: d.backtrace.map((f) => frame(f, sources)),
  };
}

function frame(f: Frame, sources: SourceMap): ReportFrame {
  return { function: f.fn, ...location(f.span, sources) };
}

/** Facts with every span replaced by its location. */
function resolveSpans(facts: Readonly<Record<string, unknown>>, sources: SourceMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(facts)) {
    out[k] = isSpan(v) ? location(v, sources) : v;
  }
  return out;
}

function isSpan(v: unknown): v is Span {
  return typeof v === 'object' && v !== null && 'file' in v && 'line' in v && 'col' in v;
}

export function toReport(result: RunOutcome): Report {
  const { stop } = result;
  return {
    outcome: outcomeOf(stop),
    exitCode: stop.kind === 'exit' || stop.kind === 'leak' ? stop.code : null,
    seed: result.seed,
    diagnostics: diagnose(stop, result.warnings).map((d) => reportDiagnostic(d, result.sources)),
  };
}

/** The report as pretty-printed JSON, ending with a newline. */
export function renderJson(result: RunOutcome): string {
  return JSON.stringify(toReport(result), null, 2) + '\n';
}
