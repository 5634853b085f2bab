import { describe, expect, it } from 'vitest';
import type { Declaration, Statement } from '../../../src/frontend/ast.js';
import { bodyOf, sexpr } from './parser-helpers.js';

/** A statement as a compact string: `(if c then else)`. */
function show(s: Declaration | Statement | undefined): string {
  if (s === undefined) return '_';
  const e = (x: Parameters<typeof sexpr>[0] | undefined): string => (x ? sexpr(x) : '_');
  switch (s.kind) {
    case 'declaration': return `(decl ${s.declarators.map((d) => d.declarator.name).join(' ')})`;
    case 'staticAssert': return '(static_assert)';
    case 'compound': return `{${s.items.map(show).join(' ')}}`;
    case 'exprStmt': return s.expr ? `${sexpr(s.expr)};` : ';';
    case 'if': return `(if ${sexpr(s.cond)} ${show(s.then)} ${show(s.else)})`;
    case 'switch': return `(switch ${sexpr(s.cond)} ${show(s.body)})`;
    case 'while': return `(while ${sexpr(s.cond)} ${show(s.body)})`;
    case 'doWhile': return `(do ${show(s.body)} ${sexpr(s.cond)})`;
    case 'for': return `(for ${s.init === undefined ? '_' : s.init.kind === 'declaration' || s.init.kind === 'staticAssert' ? show(s.init) : sexpr(s.init)} ${e(s.cond)} ${e(s.step)} ${show(s.body)})`;
    case 'labeled': return `(label ${s.label} ${show(s.body)})`;
    case 'case': return `(case ${sexpr(s.value)}${s.last ? ` ${sexpr(s.last)}` : ''} ${show(s.body)})`;
    case 'default': return `(default ${show(s.body)})`;
    case 'goto': return `(goto ${s.label})`;
    case 'continue': return '(continue)';
    case 'break': return '(break)';
    case 'return': return `(return ${e(s.expr)})`;
    case 'asm': return '(asm)';
    default: {
      const never: never = s;
      throw new Error(`unhandled ${JSON.stringify(never)}`);
    }
  }
}

const stmts = (body: string, prelude = ''): string[] => bodyOf(`${prelude}\nvoid f(int x, int y) { ${body} }`).map(show);

describe('statements', () => {
  it('parses expression statements and null statements', () => {
    expect(stmts('x = 1; ; y++;')).toEqual(['(= x 1);', ';', '(post++ y);']);
  });

  it('parses if with and without else, binding a dangling else to the nearest if', () => {
    expect(stmts('if (x) y = 1; else y = 2;')).toEqual(['(if x (= y 1); (= y 2);)']);
    expect(stmts('if (x) if (y) x = 0; else y = 0;')).toEqual(['(if x (if y (= x 0); (= y 0);) _)']);
  });

  it('parses switch with case, GNU case ranges and default', () => {
    expect(stmts('switch (x) { case 1: y = 1; break; case 2 ... 5: case 6: y = 2; default: ; }'))
      .toEqual(['(switch x {(case 1 (= y 1);) (break) (case 2 5 (case 6 (= y 2);)) (default ;)})']);
  });

  it('parses while and do-while loops', () => {
    expect(stmts('while (x--) y++; do { y--; } while (y);')).toEqual(['(while (post-- x) (post++ y);)', '(do {(post-- y);} y)']);
  });

  it('parses for loops with an expression or a declaration in the first clause and empty clauses', () => {
    expect(stmts('for (x = 0; x < 3; x++) y += x;')).toEqual(['(for (= x 0) (< x 3) (post++ x) (+= y x);)']);
    expect(stmts('for (int i = 0, j = 1; ; ) break;')).toEqual(['(for (decl i j) _ _ (break))']);
    expect(stmts('for (;;) continue;')).toEqual(['(for _ _ _ (continue))']);
  });

  it('parses labels, goto, and several labels on one statement', () => {
    expect(stmts('again: x++; a: b: goto again;')).toEqual(['(label again (post++ x);)', '(label a (label b (goto again)))']);
  });

  it('parses return with and without a value', () => {
    expect(stmts('return; return x + 1;')).toEqual(['(return _)', '(return (+ x 1))']);
  });

  it('parses nested compound statements and mixes declarations with statements', () => {
    expect(stmts('int a = 1; { int b; b = a; } a++; _Static_assert(1, "");'))
      .toEqual(['(decl a)', '{(decl b) (= b a);}', '(post++ a);', '(static_assert)']);
  });

  it('parses GNU asm statements without looking inside them', () => {
    expect(stmts('asm("nop"); __asm__ __volatile__("mov %1, %0" : "=r"(x) : "r"(y) : "memory"); asm goto("jmp %l0" :::: out); out: ;'))
      .toEqual(['(asm)', '(asm)', '(asm)', '(label out ;)']);
  });

  it('reads __extension__ before a declaration or an expression', () => {
    expect(stmts('__extension__ long long z = 1; __extension__ ({ 1; });')).toEqual(['(decl z)', '({} 1);']);
  });

  it('gives statements spans from their first token to their last', () => {
    const [s] = bodyOf('void f(int x) {\n  if (x)\n    x = 1;\n  else { x = 2; }\n}');
    expect(s!.span).toMatchObject({ line: 2, col: 3, endLine: 4, endCol: 18 });
  });

  it('gives a labeled statement the span from its label to the end of its statement', () => {
    const [s] = bodyOf('void f(int x) { lbl: x++; }');
    expect(s!.span).toMatchObject({ col: 17, endCol: 26 });
  });
});
