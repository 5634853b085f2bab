/**
 * How lowering gives up on a construct it cannot handle: a CompileAbort with
 * one 'unsupported' CompileError at the construct's span, never a plain JS
 * error (the user sees "file:line:col: unsupported: ...").
 *
 * Invariant: every function here throws; none returns.
 */
import type { Span } from '../../frontend/source.js';
import { CompileAbort } from '../../diagnostics/stop.js';

export function unsupported(span: Span | undefined, message: string): never {
  throw new CompileAbort([{ severity: 'error', category: 'unsupported', message, span }]);
}

/** Sema handed lowering something the typed-AST contract rules out: report it at the node. */
export function malformed(span: Span | undefined, what: string): never {
  return unsupported(span, `internal: lowering met ${what}`);
}

export function assertNever(x: never, span?: Span): never {
  return malformed(span, `an unknown node ${JSON.stringify((x as { k?: string; kind?: string }).k ?? x)}`);
}
