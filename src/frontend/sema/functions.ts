/**
 * Function definitions (C17 6.9.1).
 *
 * The function is declared before its body so that it can call itself. Its
 * parameters and the outermost block of its body share one scope (6.2.1p4).
 * An old-style definition (`int f(a, b) int a; char *b; { ... }`) takes its
 * parameter types from the declaration list, `int` by default; the function
 * type of the definition is then prototyped (what lowering needs), while
 * callers keep seeing the unprototyped declaration, as in C.
 *
 * Checked here: a parameter needs a name and a complete type (6.9.1p5,7),
 * `main` has one of the signatures of 5.1.2.2.1, and a name is defined at
 * most once per file. Variadic definitions are unsupported for now.
 *
 * Deliberately not here: the statements of the body (statements.ts).
 *
 * Invariant: `ctx.fn` is set exactly while the body is analysed.
 */
import type { Declaration, FunctionDefinition } from '../ast.js';
import type { CType } from '../ctypes.js';
import { CHAR, INT, compatible, isComplete, pointerTo, typeToString, unqualified } from '../ctypes.js';
import type { Span } from '../source.js';
import type { TExpr, TStmt, VarSymbol } from '../typed-ast.js';
import type { Sema } from './context.js';
import { applyDerived, makeFunctionType, parameterList, type Parameter } from './declarators.js';
import { declareFunction } from './declarations.js';
import { declSpecifiers } from './specifiers.js';
import { blockHere, checkLabels } from './statements.js';
import { quoted, type FunctionType } from './types.js';
import { takePending } from './vla.js';

export function functionDefinition(ctx: Sema, fd: FunctionDefinition): void {
  const d = fd.declarator;
  const name = d.name ?? '';
  const span = d.nameSpan ?? d.span;
  const fnDerived = d.derived[0];
  const base = declSpecifiers(ctx, fd.specs, { standalone: false, what: 'declaration' });
  if (fnDerived?.kind !== 'function') {
    ctx.error(span, `expected '=', ',', ';', 'asm' or '__attribute__' before '{' token`);
    return;
  }
  if (base.implicitInt) ctx.warn(span, "return type defaults to 'int'");
  if (base.storage && base.storage !== 'static' && base.storage !== 'extern') ctx.error(span, `invalid storage class for function '${name}'`);
  let ret = applyDerived(ctx, base.type, d.derived.slice(1), name, { context: 'object' });
  if (ret.kind === 'array' || ret.kind === 'function') {
    ctx.error(span, `'${name}' declared as function returning ${ret.kind === 'array' ? 'an array' : 'a function'}`);
    ret = INT;
  }
  ctx.inScope('block', () => {
    // Prototyped parameters are declared one by one, so a VLA parameter's size can name an earlier one;
    // the sizes are computed on entry to the body.
    const mark = ctx.vlaPending.length;
    const declared: VarSymbol[] = [];
    const params = fnDerived.params !== undefined
      ? parameterList(ctx, fnDerived.params, (p, i) => declared.push(declareParameter(ctx, p, i)))
      : oldStyleParameters(ctx, fnDerived.identifiers ?? [], fd.oldStyleDecls);
    const sizes = takePending(ctx, mark);
    const defType = makeFunctionType(ret, params, fnDerived.variadic);
    const declType: FunctionType = fnDerived.params !== undefined ? defType : { ...defType, params: [], prototyped: false };
    const entry = declareFunction(ctx, ctx.fileScope, name, declType, span, { isStatic: base.storage === 'static' || inlineDefinition(ctx, name, base) });
    if (!entry) return;
    if (ctx.unit.functions.has(entry.sym)) {
      ctx.error(span, `redefinition of '${name}'`, [{ message: `previous definition of '${name}' with type '${typeToString(entry.type)}'`, span: ctx.unit.functions.get(entry.sym) }]);
      return;
    }
    ctx.unit.functions.set(entry.sym, span);
    if (name === 'main') checkMain(ctx, defType, span, entry.sym.external);
    if (!isComplete(ret) && ret.kind !== 'void') ctx.error(span, `return type is an incomplete type`);
    const syms = fnDerived.params !== undefined ? declared : params.map((p, i) => declareParameter(ctx, p, i));
    body(ctx, fd, entry.sym, defType, syms, sizes);
  });
}

/**
 * C17 6.7.4p7: a plain `inline` definition with no other declaration in the
 * file is an inline definition, not an external one; another file may define
 * the function too. Giving it internal linkage models that (each file calls
 * its own copy, which C allows), instead of a "multiple definition".
 */
function inlineDefinition(ctx: Sema, name: string, base: { inline: boolean; storage: string | undefined }): boolean {
  return base.inline && base.storage === undefined && ctx.fileScope.ordinary.get(name) === undefined;
}

/** Old-style parameters: named in the identifier list, typed by the declarations before the body (6.9.1p6). */
function oldStyleParameters(ctx: Sema, names: readonly string[], decls: readonly Declaration[]): Parameter[] {
  const typed = new Map<string, Parameter>();
  for (const decl of decls) {
    if (decl.kind !== 'declaration') continue;
    const base = declSpecifiers(ctx, decl.specs, { standalone: false, what: 'parameter' });
    if (base.storage && base.storage !== 'register') ctx.error(decl.span, 'storage class specified for parameter');
    for (const id of decl.declarators) {
      const n = id.declarator.name;
      const span = id.declarator.nameSpan ?? id.span;
      if (n === undefined) continue;
      if (!names.includes(n)) ctx.error(span, `declaration for parameter '${n}' but no such parameter`);
      if (id.init) ctx.error(span, `parameter '${n}' is initialized`);
      const [param] = parameterList(ctx, [{ specs: decl.specs, declarator: id.declarator, span: id.span }]);
      if (param) typed.set(n, { ...param, name: n, register: base.storage === 'register' });
    }
  }
  return names.map((n) => {
    const p = typed.get(n);
    if (p) return p;
    ctx.warn(undefined, `type of '${n}' defaults to 'int'`);
    return { name: n, type: INT, register: false, span: decls[0]?.span ?? { file: -1, line: 0, col: 0, endLine: 0, endCol: 0 } };
  });
}

function declareParameter(ctx: Sema, p: Parameter, index: number): VarSymbol {
  if (p.name === undefined) ctx.error(p.span, 'parameter name omitted');
  if (!isComplete(p.type)) ctx.error(p.span, `parameter ${index + 1} ('${p.name ?? ''}') has incomplete type`);
  const sym = ctx.newSymbol({
    name: p.name ?? `<parameter ${index + 1}>`, type: p.type, storage: 'param', external: false,
    addressTaken: p.type.kind === 'record', span: p.span, linkName: p.name ?? '',
  });
  if (p.name !== undefined) {
    const prior = ctx.scope.ordinary.get(p.name);
    if (prior) ctx.error(p.span, `redefinition of parameter '${p.name}'`, [{ message: `previous definition of '${p.name}' was here`, span: prior.span }]);
    else ctx.scope.ordinary.set(p.name, { k: 'var', sym, type: p.type, linkage: 'none', register: p.register, span: p.span });
  }
  return sym;
}

function body(ctx: Sema, fd: FunctionDefinition, sym: VarSymbol, type: FunctionType, params: VarSymbol[], sizes: TExpr[]): void {
  ctx.fn = {
    name: sym.name, ret: type.ret, labels: new Map(), gotos: [], jumps: [], switches: [], undeclared: new Set(), funcName: undefined,
    variadic: type.variadic, lastParam: params[params.length - 1]?.name, vlas: [], labelVlas: new Map(),
  };
  try {
    const { block: parsed } = blockHere(ctx, fd.body.items, fd.body.span);
    const entry = sizes.map((expr): TStmt => ({ k: 'expr', expr, span: expr.span }));
    const block = entry.length > 0 ? { ...parsed, items: [...entry, ...parsed.items] } : parsed;
    checkLabels(ctx);
    const noreturn = fd.specs.noreturn || [...fd.specs.attributes, ...fd.declarator.attributes].some((a) => /^(__)?noreturn(__)?$/.test(a.name));
    ctx.linker.defineFunction(ctx, { sym, type, params, body: block, span: fd.span, ...(noreturn ? { noreturn } : {}) });
  } finally {
    ctx.fn = undefined;
  }
}

const CHAR_PP: CType = pointerTo(pointerTo(CHAR));

/** C17 5.1.2.2.1: `int main(void)`, `int main(int, char **)`, and the common `char **envp` third parameter. */
function checkMain(ctx: Sema, t: FunctionType, span: Span, external: boolean): void {
  if (!external) ctx.error(span, "'main' must have external linkage to be the program's entry point");
  if (!compatible(unqualified(t.ret), INT)) ctx.error(span, "return type of 'main' is not 'int'");
  const ps = t.params;
  if (ps.length !== 0 && ps.length !== 2 && ps.length !== 3) {
    ctx.error(span, "'main' takes only zero or two arguments");
    return;
  }
  if (ps.length >= 1 && !compatible(unqualified(ps[0]!), INT)) ctx.error(span, `first argument of 'main' should be 'int', not ${quoted(ps[0]!)}`);
  for (const [i, ord] of [[1, 'second'], [2, 'third']] as const) {
    const p = ps[i];
    if (p && !compatibleIgnoringQualifiers(p, CHAR_PP)) ctx.error(span, `${ord} argument of 'main' should be 'char **', not ${quoted(p)}`);
  }
}

function compatibleIgnoringQualifiers(a: CType, b: CType): boolean {
  if (a.kind === 'pointer' && b.kind === 'pointer') return compatibleIgnoringQualifiers(unqualified(a.to), unqualified(b.to));
  return compatible(unqualified(a), unqualified(b));
}
