/**
 * A compact builder for syntactic ASTs in sema tests, used where writing C
 * through the parser is not possible or not precise enough. Every node gets a
 * span of its own (a fresh line number), so a test can check that an error
 * points at exactly the culprit node.
 */
import type {
  CompoundStatement, Declaration, DeclSpecifiers, Declarator, DerivedDeclarator, Designator, Expr, ExternalDeclaration,
  FunctionDefinition, Initializer, InitializerItem, ParameterDeclaration, Statement, StructDeclaration, TranslationUnit,
  TypeName, TypeQualifiers, TypeSpecifier,
} from '../../../src/frontend/ast.js';
import type { Span } from '../../../src/frontend/source.js';
import { SourceMap } from '../../../src/frontend/source.js';
import { analyze } from '../../../src/frontend/sema/sema.js';
import type { CompileError } from '../../../src/diagnostics/stop.js';
import type { TExpr, TFunction, TGlobal, TInit, TProgram } from '../../../src/frontend/typed-ast.js';
import type { CType } from '../../../src/frontend/ctypes.js';
import { typeToString } from '../../../src/frontend/ctypes.js';

let line = 0;
/** A fresh span: each node built gets its own line. */
export const sp = (): Span => {
  line++;
  return { file: 0, line, col: 1, endLine: line, endCol: 2 };
};

const NOQ: TypeQualifiers = { const: false, volatile: false, restrict: false, atomic: false };

// ---- expressions ------------------------------------------------------------------------------

export const id = (name: string): Expr => ({ kind: 'ident', name, span: sp() });
export const num = (value: number | bigint, o: { unsigned?: boolean; longs?: 0 | 1 | 2; decimal?: boolean } = {}): Expr =>
  ({ kind: 'intConst', value: BigInt(value), unsigned: o.unsigned ?? false, longs: o.longs ?? 0, decimal: o.decimal ?? true, span: sp() });
export const flt = (value: number, suffix: '' | 'f' | 'l' = ''): Expr => ({ kind: 'floatConst', value, suffix, span: sp() });
export const chr = (c: string): Expr => ({ kind: 'charConst', value: c.charCodeAt(0), prefix: '', span: sp() });
export const str = (s: string): Expr => ({ kind: 'string', units: [...new TextEncoder().encode(s)], prefix: '', span: sp() });
export const bin = (op: Extract<Expr, { kind: 'binary' }>['op'], left: Expr, right: Expr): Expr => ({ kind: 'binary', op, left, right, span: sp() });
export const un = (op: Extract<Expr, { kind: 'unary' }>['op'], operand: Expr): Expr => ({ kind: 'unary', op, operand, span: sp() });
export const post = (op: '++' | '--', operand: Expr): Expr => ({ kind: 'postfix', op, operand, span: sp() });
export const set = (target: Expr, value: Expr, op: Extract<Expr, { kind: 'assign' }>['op'] = '='): Expr => ({ kind: 'assign', op, target, value, span: sp() });
export const call = (callee: Expr, ...args: Expr[]): Expr => ({ kind: 'call', callee, args, span: sp() });
export const idx = (base: Expr, index: Expr): Expr => ({ kind: 'index', base, index, span: sp() });
export const dot = (object: Expr, name: string): Expr => ({ kind: 'member', object, name, arrow: false, nameSpan: sp(), span: sp() });
export const arrow = (object: Expr, name: string): Expr => ({ kind: 'member', object, name, arrow: true, nameSpan: sp(), span: sp() });
export const cast = (type: TypeName, operand: Expr): Expr => ({ kind: 'cast', type, operand, span: sp() });
export const sizeofT = (type: TypeName): Expr => ({ kind: 'sizeofType', type, span: sp() });
export const sizeofE = (operand: Expr): Expr => ({ kind: 'sizeofExpr', operand, span: sp() });
export const cond = (c: Expr, a: Expr | undefined, b: Expr): Expr => ({ kind: 'conditional', cond: c, then: a, else: b, span: sp() });
export const comma = (left: Expr, right: Expr): Expr => ({ kind: 'comma', left, right, span: sp() });
export const lit = (type: TypeName, init: Initializer): Expr => ({ kind: 'compoundLiteral', type, init, span: sp() });
export const stmtExpr = (...items: (Declaration | Statement)[]): Expr => ({ kind: 'stmtExpr', body: block(...items), span: sp() });
export const offsetof = (type: TypeName, ...path: Designator[]): Expr => ({ kind: 'offsetof', type, path, span: sp() });

// ---- types ---------------------------------------------------------------------------------------

type Spec = string | TypeSpecifier;

function typeSpec(s: Spec): TypeSpecifier {
  if (typeof s !== 'string') return s;
  const keywords = ['void', 'char', 'short', 'int', 'long', 'float', 'double', 'signed', 'unsigned', '_Bool', '_Complex'];
  if (keywords.includes(s)) return { kind: 'keyword', name: s as Extract<TypeSpecifier, { kind: 'keyword' }>['name'], span: sp() };
  return { kind: 'typedefName', name: s, span: sp() };
}

/** Declaration specifiers: keywords, typedef names, struct/enum specifiers, plus storage and qualifier words. */
export function specs(...words: Spec[]): DeclSpecifiers {
  const storage = words.filter((w): w is DeclSpecifiers['storage'][number] =>
    typeof w === 'string' && ['typedef', 'extern', 'static', 'auto', 'register', '_Thread_local'].includes(w));
  const quals = { ...NOQ };
  const types: TypeSpecifier[] = [];
  for (const w of words) {
    if (typeof w === 'string' && (storage as string[]).includes(w)) continue;
    if (w === 'const' || w === 'volatile' || w === 'restrict') { quals[w] = true; continue; }
    types.push(typeSpec(w));
  }
  return { storage, types, qualifiers: quals, inline: false, noreturn: false, alignas: [], attributes: [], span: sp() };
}

export const ptr = (q: Partial<TypeQualifiers> = {}): DerivedDeclarator => ({ kind: 'pointer', qualifiers: { ...NOQ, ...q }, span: sp() });
export const arr = (size?: Expr): DerivedDeclarator => ({ kind: 'array', size, isStatic: false, star: false, qualifiers: NOQ, span: sp() });
export const fnd = (params?: ParameterDeclaration[], variadic = false): DerivedDeclarator =>
  ({ kind: 'function', params, variadic, identifiers: undefined, span: sp() });
/** `name` with derivations reading outward from the name (`int *a[3]` is dcl('a', arr(3), ptr())). */
export const dcl = (name: string | undefined, ...derived: DerivedDeclarator[]): Declarator =>
  ({ name, nameSpan: name === undefined ? undefined : sp(), derived, attributes: [], span: sp() });
export const param = (s: DeclSpecifiers, d: Declarator = dcl(undefined)): ParameterDeclaration => ({ specs: s, declarator: d, span: sp() });
export const tn = (s: DeclSpecifiers | Spec, ...derived: DerivedDeclarator[]): TypeName =>
  ({ kind: 'typeName', specs: typeof s === 'object' && 'storage' in s ? s : specs(s), declarator: dcl(undefined, ...derived), span: sp() });

export function struct(tag: string | undefined, members?: [DeclSpecifiers, ...Declarator[]][], isUnion = false): TypeSpecifier {
  const decls: StructDeclaration[] | undefined = members?.map(([s, ...ds]) => ({
    specs: s, declarators: ds.map((d) => ({ declarator: d, bitWidth: undefined, span: sp() })), span: sp(),
  }));
  return { kind: 'struct', isUnion, tag, members: decls, attributes: [], span: sp() };
}

export function enumSpec(tag: string | undefined, items?: [string, Expr?][]): TypeSpecifier {
  return { kind: 'enum', tag, enumerators: items?.map(([name, value]) => ({ name, value, span: sp() })), span: sp() };
}

// ---- initializers and declarations --------------------------------------------------------------------

export const ei = (expr: Expr): Initializer => ({ kind: 'exprInit', expr, span: sp() });
/** A braced list; each element is an initializer, or [designators..., initializer]. */
export function list(...items: (Initializer | Expr | [...Designator[], Initializer | Expr])[]): Initializer {
  const toInit = (x: Initializer | Expr): Initializer => ('kind' in x && (x.kind === 'exprInit' || x.kind === 'listInit') ? x as Initializer : ei(x as Expr));
  const out: InitializerItem[] = items.map((it) => {
    if (Array.isArray(it)) {
      const last = it[it.length - 1] as Initializer | Expr;
      return { designators: it.slice(0, -1) as Designator[], init: toInit(last), span: sp() };
    }
    return { designators: [], init: toInit(it), span: sp() };
  });
  return { kind: 'listInit', items: out, span: sp() };
}
export const field = (name: string): Designator => ({ kind: 'field', name, span: sp() });
export const at = (index: Expr, last?: Expr): Designator => ({ kind: 'index', index, last, span: sp() });

export function declare(s: DeclSpecifiers, ...ds: (Declarator | [Declarator, Initializer | Expr])[]): Declaration {
  return {
    kind: 'declaration', specs: s,
    declarators: ds.map((d) => Array.isArray(d)
      ? { declarator: d[0], init: 'kind' in d[1] && (d[1].kind === 'exprInit' || d[1].kind === 'listInit') ? d[1] as Initializer : ei(d[1] as Expr), span: sp() }
      : { declarator: d, init: undefined, span: sp() }),
    span: sp(),
  };
}

// ---- statements --------------------------------------------------------------------------------------

export const block = (...items: (Declaration | Statement)[]): CompoundStatement => ({ kind: 'compound', items, span: sp() });
export const es = (expr: Expr): Statement => ({ kind: 'exprStmt', expr, span: sp() });
export const ret = (expr?: Expr): Statement => ({ kind: 'return', expr, span: sp() });
export const ifs = (c: Expr, then: Statement, otherwise?: Statement): Statement => ({ kind: 'if', cond: c, then, else: otherwise, span: sp() });
export const whiles = (c: Expr, body: Statement): Statement => ({ kind: 'while', cond: c, body, span: sp() });
export const fors = (init: Declaration | Expr | undefined, c: Expr | undefined, step: Expr | undefined, body: Statement): Statement =>
  ({ kind: 'for', init, cond: c, step, body, span: sp() });
export const sw = (c: Expr, body: Statement): Statement => ({ kind: 'switch', cond: c, body, span: sp() });
export const cases = (value: Expr, body: Statement, last?: Expr): Statement => ({ kind: 'case', value, last, body, span: sp() });
export const dflt = (body: Statement): Statement => ({ kind: 'default', body, span: sp() });
export const brk = (): Statement => ({ kind: 'break', span: sp() });
export const cont = (): Statement => ({ kind: 'continue', span: sp() });
export const labeled = (label: string, body: Statement): Statement => ({ kind: 'labeled', label, body, span: sp() });
export const gotos = (label: string): Statement => ({ kind: 'goto', label, span: sp() });
export const empty = (): Statement => ({ kind: 'exprStmt', expr: undefined, span: sp() });

export function fn(s: DeclSpecifiers, d: Declarator, ...body: (Declaration | Statement)[]): FunctionDefinition {
  return { kind: 'functionDefinition', specs: s, declarator: d, oldStyleDecls: [], body: block(...body), span: sp() };
}

/** `int main(void) { body }` */
export const main = (...body: (Declaration | Statement)[]): FunctionDefinition =>
  fn(specs('int'), dcl('main', fnd([param(specs('void'))])), ...body);

export const tu = (...decls: ExternalDeclaration[]): TranslationUnit => ({ kind: 'translationUnit', file: 0, decls });

/** Analyse translation units built by hand. */
export function run(...units: TranslationUnit[]): { program: TProgram | undefined; errors: CompileError[]; messages: string[] } {
  const r = analyze(units, new SourceMap());
  return { ...r, messages: r.errors.map((e) => `${e.severity}: ${e.message}`) };
}

// ---- printing typed expressions ---------------------------------------------------------------------

const SUFFIX: Record<string, string> = { int: '', uint: 'u', long: 'l', ulong: 'ul', llong: 'll', ullong: 'ull' };

/** A typed expression as a compact S-expression, every conversion visible: `(long (load x))`. */
export function show(e: TExpr): string {
  const t = (x: CType): string => typeToString(x);
  switch (e.k) {
    case 'var': return e.sym.name || '<literal>';
    case 'intConst': {
      const suffix = e.type.kind === 'int' ? SUFFIX[e.type.ik] : undefined;
      return suffix === undefined ? `${e.value}:${t(e.type)}` : `${e.value}${suffix}`;
    }
    case 'floatConst': return `${e.value}${e.type.kind === 'float' && e.type.fk === 'float' ? 'f' : ''}`;
    case 'nullPtr': return `null:${t(e.type)}`;
    case 'string': return JSON.stringify(new TextDecoder().decode(e.bytes.slice(0, -1)));
    case 'load': return `(load ${show(e.lvalue)})`;
    case 'decay': return `(decay ${show(e.lvalue)})`;
    case 'convert': return e.implicit ? `(${t(e.type)} ${show(e.operand)})` : `(cast ${t(e.type)} ${show(e.operand)})`;
    case 'deref': return `(* ${show(e.ptr)})`;
    case 'member': return `(. ${show(e.object)} ${e.member.name ?? '<anon>'})`;
    case 'compoundLiteral': return `(literal ${t(e.type)})`;
    case 'addrOf': return `(& ${show(e.lvalue)})`;
    case 'binary': return `(${e.op}:${t(e.type)} ${show(e.left)} ${show(e.right)})`;
    case 'compare': return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case 'unary': return `(${e.op}:${t(e.type)} ${show(e.operand)})`;
    case 'logical': return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case 'ptrAdd': return `(ptr+ ${show(e.ptr)} ${show(e.index)} *${e.elemSize})`;
    case 'ptrDiff': return `(ptr- ${show(e.left)} ${show(e.right)} /${e.elemSize})`;
    case 'assign': return `(= ${show(e.target)} ${show(e.value)})`;
    case 'compoundAssign': return `(${e.op}= ${show(e.target)} ${show(e.value)} in ${t(e.opType)}${e.elemSize !== undefined ? ` *${e.elemSize}` : ''})`;
    case 'incDec': return `(${e.prefix ? (e.delta > 0 ? '++pre' : '--pre') : (e.delta > 0 ? 'post++' : 'post--')} ${show(e.target)}${e.elemSize !== undefined ? ` *${e.elemSize}` : ''})`;
    case 'conditional': return `(?:${t(e.type)} ${show(e.cond)} ${show(e.then)} ${show(e.else)})`;
    case 'comma': return `(, ${show(e.left)} ${show(e.right)})`;
    case 'call': return `(call ${[e.callee, ...e.args].map(show).join(' ')})`;
    case 'stmtExpr': return `({} ${e.result ? show(e.result) : 'void'})`;
  }
}

/** Initializer items as `offset:what` strings. */
export function showInit(init: TInit | undefined): string[] {
  return (init?.items ?? []).map((i) => {
    switch (i.k) {
      case 'scalar': return `${i.offset}:${typeToString(i.type)}=${show(i.expr)}`;
      case 'zero': return `${i.offset}:zero ${i.size}`;
      case 'bytes': return `${i.offset}:bytes ${[...i.data].join(',')}`;
      case 'copy': return `${i.offset}:copy ${show(i.expr)}`;
    }
  });
}

/** The function named `name` of a program. */
export function func(p: TProgram | undefined, name: string): TFunction {
  const f = p?.functions.find((x) => x.sym.name === name);
  if (!f) throw new Error(`no function '${name}'`);
  return f;
}

/** The global named `name` of a program. */
export function global(p: TProgram | undefined, name: string): TGlobal {
  const g = p?.globals.find((x) => x.sym.name === name);
  if (!g) throw new Error(`no global '${name}'`);
  return g;
}

/** The expression of the `n`th statement of `main` (an expression statement or a return). */
export function stmtExprOf(p: TProgram | undefined, n: number, fnName = 'main'): TExpr {
  const s = func(p, fnName).body.items[n];
  if (s?.k === 'expr') return s.expr;
  if (s?.k === 'return' && s.value) return s.value;
  if (s?.k === 'declare' && s.init?.items[0]?.k === 'scalar') return s.init.items[0].expr;
  throw new Error(`statement ${n} has no expression (${s?.k})`);
}
