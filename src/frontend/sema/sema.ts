/**
 * Semantic analysis: the syntactic ASTs of a program's translation units to
 * one linked, typed AST (DESIGN.md decision 4).
 *
 * Each translation unit is analysed in order with its own file scope
 * (predeclared with the builtins); external names are shared across units
 * through the linker (link.ts). At the end of a unit its tentative
 * definitions are settled; after the last one, uses are resolved and the
 * program is assembled.
 *
 * Deliberately not here: anything past typing and linking (lowering).
 *
 * Invariant: never throws; `program` is undefined exactly when an error
 * (not a warning) was reported.
 */
import type { ExternalDeclaration, TranslationUnit } from '../ast.js';
import type { CompileError } from '../../diagnostics/stop.js';
import type { SourceMap } from '../source.js';
import type { TProgram } from '../typed-ast.js';
import { internalError, Sema } from './context.js';
import { predeclare } from './builtins.js';
import { declaration, finishUnit } from './declarations.js';
import { functionDefinition } from './functions.js';
import { Linker } from './link.js';
import { Scope } from './scope.js';

/** Analyse and link the translation units of one program. `errors` holds errors AND warnings. */
export function analyze(tus: readonly TranslationUnit[], sources: SourceMap): { program: TProgram | undefined; errors: CompileError[] } {
  const ctx = new Sema(sources, new Linker());
  let program: TProgram | undefined;
  try {
    tus.forEach((tu, i) => unit(ctx, tu, i));
    program = ctx.linker.finish(ctx);
  } catch (err) {
    internalError(ctx, undefined, err);
  }
  const failed = ctx.errors.some((e) => e.severity === 'error');
  return { program: failed ? undefined : program, errors: ctx.errors };
}

function unit(ctx: Sema, tu: TranslationUnit, index: number): void {
  ctx.tu = index;
  ctx.fileScope = new Scope(undefined, 'file');
  ctx.scope = ctx.fileScope;
  ctx.unit = { objects: new Map(), functions: new Map() };
  predeclare(ctx, ctx.fileScope);
  for (const d of tu.decls) externalDeclaration(ctx, d);
  finishUnit(ctx);
}

/** external-declaration (6.9): a function definition or a declaration. */
function externalDeclaration(ctx: Sema, d: ExternalDeclaration): void {
  try {
    if (d.kind === 'functionDefinition') functionDefinition(ctx, d);
    else declaration(ctx, d);
  } catch (err) {
    internalError(ctx, d.span, err);
  } finally {
    ctx.scope = ctx.fileScope;
    ctx.fn = undefined;
    ctx.blockLocals = undefined;
  }
}
