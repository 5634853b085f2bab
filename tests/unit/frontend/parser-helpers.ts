/**
 * Test helpers for the parser: lex C text without the preprocessor, parse it,
 * and print AST pieces compactly (expressions as S-expressions, declarators
 * as the derived steps read outward from the name), so that tests state the
 * expected shape in one readable line.
 */
import { Lexer } from '../../../src/frontend/chevrotain.js';
import { expect } from 'vitest';
import type {
  Declaration, Declarator, DerivedDeclarator, Expr, ExternalDeclaration, Initializer, Statement, TranslationUnit, TypeName,
} from '../../../src/frontend/ast.js';
import type { CompileError } from '../../../src/diagnostics/stop.js';
import { parse } from '../../../src/frontend/parser.js';
import { SourceMap } from '../../../src/frontend/source.js';
import { allTokens, Newline, type CToken } from '../../../src/frontend/tokens.js';

const lexer = new Lexer([...allTokens], { positionTracking: 'full' });

/** Tokens of `src` as the preprocessor would hand them over: no Newlines, spans in file 0. */
export function lexC(src: string): CToken[] {
  return lexer.tokenize(src).tokens
    .filter((t) => t.tokenType !== Newline)
    .map((t) => Object.assign(t, {
      span: { file: 0, line: t.startLine!, col: t.startColumn!, endLine: t.endLine!, endCol: t.endColumn! + 1 },
    }));
}

export function parseC(src: string): { tu: TranslationUnit; errors: CompileError[] } {
  const sources = new SourceMap();
  sources.add('test.c', src);
  return parse(lexC(src), 0, sources);
}

/** Parses `src`, which must have no errors, and returns its external declarations. */
export function parseOk(src: string): readonly ExternalDeclaration[] {
  const { tu, errors } = parseC(src);
  expect(errors.map((e) => e.message)).toEqual([]);
  return tu.decls;
}

/** The statements of the body of the last function defined in `src`. */
export function bodyOf(src: string): readonly (Declaration | Statement)[] {
  const decls = parseOk(src);
  const fn = decls[decls.length - 1]!;
  if (fn.kind !== 'functionDefinition') throw new Error('no function definition last');
  return fn.body.items;
}

/** The expression of `src` as an expression statement, after `prelude` declarations. */
export function exprOf(src: string, prelude = ''): Expr {
  const items = bodyOf(`${prelude}\nvoid test_fn(void) { ${src}; }`);
  const stmt = items[0]!;
  if (stmt.kind !== 'exprStmt' || !stmt.expr) throw new Error(`not an expression statement: ${stmt.kind}`);
  return stmt.expr;
}

/** The first declaration of `src`. */
export function declOf(src: string): Extract<Declaration, { kind: 'declaration' }> {
  const d = parseOk(src)[0]!;
  if (d.kind !== 'declaration') throw new Error(`not a declaration: ${d.kind}`);
  return d;
}

/** A declarator as the steps outward from its name: `fp: pointer > function(int) > pointer`. */
export function showDeclarator(d: Declarator): string {
  return `${d.name ?? '<abstract>'}: ${d.derived.map(showDerived).join(' > ') || 'plain'}`;
}

function showDerived(d: DerivedDeclarator): string {
  switch (d.kind) {
    case 'pointer': return d.qualifiers.const ? 'const pointer' : 'pointer';
    case 'array': return `array${d.size ? `[${sexpr(d.size)}]` : d.star ? '[*]' : '[]'}`;
    case 'function':
      if (d.identifiers) return `function(${d.identifiers.join(', ')})`;
      if (!d.params) return 'function()';
      return `function(${[...d.params.map((p) => showType(p.specs.types) + (p.declarator.name ? ` ${p.declarator.name}` : '')), ...(d.variadic ? ['...'] : [])].join(', ')})`;
    default: return assertNever(d);
  }
}

function showType(types: TypeName['specs']['types']): string {
  return types.map((t) => (t.kind === 'keyword' || t.kind === 'typedefName' ? t.name : t.kind)).join(' ');
}

export function showTypeName(t: TypeName): string {
  const derived = t.declarator.derived.map(showDerived).join(' > ');
  return derived ? `${showType(t.specs.types)} [${derived}]` : showType(t.specs.types);
}

/** An expression as an S-expression: `(+ a (* b c))`. */
export function sexpr(e: Expr): string {
  switch (e.kind) {
    case 'ident': return e.name;
    case 'intConst': return `${e.value}${e.unsigned ? 'u' : ''}${'l'.repeat(e.longs)}`;
    case 'floatConst': return `${e.value}${e.suffix}`;
    case 'charConst': return `'${e.value}'`;
    case 'string': return JSON.stringify(String.fromCharCode(...e.units));
    case 'index': return `([] ${sexpr(e.base)} ${sexpr(e.index)})`;
    case 'call': return `(call ${[e.callee, ...e.args].map(sexpr).join(' ')})`;
    case 'member': return `(${e.arrow ? '->' : '.'} ${sexpr(e.object)} ${e.name})`;
    case 'postfix': return `(post${e.op} ${sexpr(e.operand)})`;
    case 'compoundLiteral': return `(literal ${showTypeName(e.type)} ${showInit(e.init)})`;
    case 'unary': return `(${e.op} ${sexpr(e.operand)})`;
    case 'sizeofExpr': return `(sizeof ${sexpr(e.operand)})`;
    case 'sizeofType': return `(sizeof-type ${showTypeName(e.type)})`;
    case 'alignofType': return `(alignof-type ${showTypeName(e.type)})`;
    case 'alignofExpr': return `(alignof ${sexpr(e.operand)})`;
    case 'cast': return `(cast ${showTypeName(e.type)} ${sexpr(e.operand)})`;
    case 'binary': return `(${e.op} ${sexpr(e.left)} ${sexpr(e.right)})`;
    case 'conditional': return `(? ${sexpr(e.cond)} ${e.then ? sexpr(e.then) : '_'} ${sexpr(e.else)})`;
    case 'assign': return `(${e.op} ${sexpr(e.target)} ${sexpr(e.value)})`;
    case 'comma': return `(, ${sexpr(e.left)} ${sexpr(e.right)})`;
    case 'stmtExpr': return `({} ${e.body.items.length})`;
    case 'generic': return `(generic ${sexpr(e.control)} ${e.assocs.map((a) => `${a.type ? showTypeName(a.type) : 'default'}:${sexpr(a.expr)}`).join(' ')})`;
    case 'offsetof': return `(offsetof ${showTypeName(e.type)} ${e.path.map((d) => (d.kind === 'field' ? `.${d.name}` : `[${sexpr(d.index)}]`)).join('')})`;
    case 'vaArg': return `(va_arg ${sexpr(e.list)} ${showTypeName(e.type)})`;
    default: return assertNever(e);
  }
}

/** An initializer: an expression, or `{...}` with designators written as in C. */
export function showInit(i: Initializer): string {
  if (i.kind === 'exprInit') return sexpr(i.expr);
  return `{${i.items.map((item) => {
    const designation = item.designators.map((d) => (d.kind === 'field' ? `.${d.name}`
      : `[${sexpr(d.index)}${d.last ? ` ... ${sexpr(d.last)}` : ''}]`)).join('');
    return (designation ? `${designation}=` : '') + showInit(item.init);
  }).join(', ')}}`;
}

function assertNever(x: never): never {
  throw new Error(`unhandled ${JSON.stringify(x)}`);
}
