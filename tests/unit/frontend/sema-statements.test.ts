import { describe, expect, it } from 'vitest';
import type { TStmt } from '../../../src/frontend/typed-ast.js';
import {
  arr, block, brk, cases, cont, dcl, declare, dflt, dot, es, fn, fnd, fors, func, gotos, id, ifs, labeled, list, main, num, param,
  ptr, ret, run, set, show, specs, struct, sw, tu, whiles, lit, tn, bin, str,
} from './sema-builders.js';

const messagesOf = (...items: Parameters<typeof main>): string[] => run(tu(main(...items))).messages;

describe('blocks and locals', () => {
  it('lists the automatic objects of each block in it, not in the enclosing one', () => {
    const r = run(tu(main(declare(specs('int'), dcl('a')), block(declare(specs('int'), dcl('b'), dcl('c'))))));
    const body = func(r.program, 'main').body;
    expect(body.locals.map((s) => s.name)).toEqual(['a']);
    const inner = body.items[0] as Extract<TStmt, { k: 'block' }>;
    expect(inner.locals.map((s) => s.name)).toEqual(['b', 'c']);
  });
  it('emits a declare statement only for initialized locals', () => {
    const r = run(tu(main(declare(specs('int'), dcl('a'), [dcl('b'), num(2)]))));
    expect(func(r.program, 'main').body.items.map((s) => s.k === 'declare' ? s.sym.name : s.k)).toEqual(['b']);
  });
  it('makes a for loop with a declaration a block around the loop', () => {
    const r = run(tu(main(fors(declare(specs('int'), [dcl('i'), num(0)]), bin('<', id('i'), num(3)), set(id('i'), num(1), '+='), block()))));
    const loop = func(r.program, 'main').body.items[0]!;
    expect(loop.k).toBe('for');
    if (loop.k !== 'for') return;
    expect(loop.init?.k === 'block' && loop.init.locals.map((s) => s.name)).toEqual(['i']);
    expect(loop.cond && show(loop.cond)).toBe('(< (load i) 3)');
  });
  it('adds compound literals to the block they appear in', () => {
    const r = run(tu(main(block(es(dot(lit(tn(struct('p', [[specs('int'), dcl('x')]])), list(num(1))), 'x'))))));
    const inner = func(r.program, 'main').body.items[0] as Extract<TStmt, { k: 'block' }>;
    expect(inner.locals.length).toBe(1);
    expect(inner.locals[0]!.storage).toBe('local');
  });
  it('lets a parameter be shadowed only in an inner block', () => {
    const f = (inner: boolean) => fn(specs('int'), dcl('f', fnd([param(specs('int'), dcl('x'))])),
      inner ? block(declare(specs('int'), dcl('x'))) : declare(specs('int'), dcl('x')), ret(num(0)));
    expect(run(tu(f(true), main())).messages).toEqual([]);
    expect(run(tu(f(false), main())).messages).toContain("error: redeclaration of 'x' with no linkage");
  });
});

describe('jumps and labels (C17 6.8.6)', () => {
  it('reports break and continue outside loops', () => {
    expect(messagesOf(brk())).toContain('error: break statement not within loop or switch');
    expect(messagesOf(cont())).toContain('error: continue statement not within a loop');
    expect(messagesOf(sw(num(1), block(cont())))).toContain('error: continue statement not within a loop');
    expect(messagesOf(whiles(num(1), brk()), sw(num(1), brk()))).toEqual([]);
  });
  it('reports duplicate and undefined labels', () => {
    expect(messagesOf(labeled('a', es(num(1))), labeled('a', es(num(2))))).toContain("error: duplicate label 'a'");
    expect(messagesOf(gotos('nowhere'))).toContain("error: label 'nowhere' used but not defined");
    expect(messagesOf(gotos('later'), labeled('later', es(num(1))))).toEqual([]);
  });
  it('keeps labels per function', () => {
    const f = fn(specs('void'), dcl('f', fnd([param(specs('void'))])), labeled('a', es(num(1))));
    expect(run(tu(f, main(labeled('a', es(num(1)))))).messages).toEqual([]);
  });
});

describe('switch (C17 6.8.4.2)', () => {
  it('promotes the controlling expression and converts case values to its type', () => {
    const r = run(tu(main(declare(specs('char'), [dcl('c'), num(1)]), sw(id('c'), block(cases(num(300), brk()), dflt(brk()))))));
    const s = func(r.program, 'main').body.items[1]!;
    expect(s.k === 'switch' && show(s.cond)).toBe('(int (load c))');
    const body = s.k === 'switch' && s.body.k === 'block' ? s.body.items[0] : undefined;
    expect(body?.k === 'case' && body.value).toBe(300n);
  });
  it('wraps case values to an unsigned controlling type', () => {
    const r = run(tu(main(declare(specs('unsigned'), [dcl('u'), num(1)]), sw(id('u'), cases(num(-1), brk())))));
    const s = func(r.program, 'main').body.items[1]!;
    expect(s.k === 'switch' && s.body.k === 'case' && s.body.value).toBe(4294967295n);
  });
  it('reports duplicate case values and several defaults', () => {
    expect(messagesOf(sw(num(1), block(cases(num(1), brk()), cases(bin('-', num(2), num(1)), brk()))))).toContain('error: duplicate case value');
    expect(messagesOf(sw(num(1), block(dflt(brk()), dflt(brk()))))).toContain('error: multiple default labels in one switch');
  });
  it('reports case labels outside a switch and non-constant case values', () => {
    expect(messagesOf(cases(num(1), brk()))).toContain('error: case label not within a switch statement');
    expect(messagesOf(declare(specs('int'), dcl('v')), sw(num(1), cases(id('v'), brk())))).toContain('error: case label does not reduce to an integer constant');
  });
  it('reports a switch on a pointer', () => {
    expect(messagesOf(declare(specs('int'), dcl('p', ptr())), sw(id('p'), brk()))).toContain('error: switch quantity not an integer');
  });
});

describe('conditions and returns', () => {
  it('requires scalar conditions', () => {
    const s = declare(specs(struct('s', [[specs('int'), dcl('a')]])), dcl('v'));
    expect(messagesOf(s, ifs(id('v'), es(num(1))))).toContain('error: used struct type value where scalar is required');
  });
  it('warns about return without a value in a non-void function and with one in a void function', () => {
    const f = fn(specs('int'), dcl('f', fnd([param(specs('void'))])), ret());
    const g = fn(specs('void'), dcl('g', fnd([param(specs('void'))])), ret(num(1)));
    const m = run(tu(f, g, main())).messages;
    expect(m).toContain("warning: 'return' with no value, in function returning non-void");
    expect(m).toContain("warning: 'return' with a value, in function returning void");
  });
  it('warns about returning a pointer from an int function', () => {
    expect(messagesOf(ret(str('x')))).toContain("warning: returning 'char *' from a function with return type 'int' makes integer from pointer without a cast [-Wint-conversion]");
  });
  it('reports inline assembly as unsupported', () => {
    const r = run(tu(main({ kind: 'asm', span: { file: 0, line: 5, col: 3, endLine: 5, endCol: 9 } })));
    expect(r.errors[0]).toMatchObject({ category: 'unsupported', span: { line: 5 } });
  });
});

describe('function definitions', () => {
  it('gives parameters their own symbols and records address-taken ones', () => {
    const f = fn(specs('int'), dcl('f', fnd([param(specs('int'), dcl('a')), param(specs('int'), dcl('b'))])),
      es({ kind: 'unary', op: '&', operand: id('b'), span: { file: 0, line: 1, col: 1, endLine: 1, endCol: 2 } }), ret(id('a')));
    const r = run(tu(f, main()));
    expect(func(r.program, 'f').params.map((p) => [p.name, p.storage, p.addressTaken])).toEqual([['a', 'param', false], ['b', 'param', true]]);
  });
  it('accepts a variadic definition and gives it a variadic type', () => {
    const f = fn(specs('int'), dcl('f', fnd([param(specs('int'), dcl('n'))], true)), ret(num(0)));
    const r = run(tu(f, main()));
    expect(r.errors).toEqual([]);
    expect(func(r.program, 'f').type.variadic).toBe(true);
  });
  it('reports a redefinition in one file', () => {
    const f = () => fn(specs('int'), dcl('f', fnd([param(specs('void'))])), ret(num(0)));
    expect(run(tu(f(), f(), main())).messages).toContain("error: redefinition of 'f'");
  });
  it('checks the signature of main', () => {
    const bad = fn(specs('int'), dcl('main', fnd([param(specs('double'), dcl('x'))])));
    expect(run(tu(bad)).messages).toContain("error: 'main' takes only zero or two arguments");
    const args = fn(specs('int'), dcl('main', fnd([param(specs('int'), dcl('argc')), param(specs('char'), dcl('argv', arr(), ptr()))])));
    expect(run(tu(args)).messages).toEqual([]);
    const wrong = fn(specs('int'), dcl('main', fnd([param(specs('int'), dcl('argc')), param(specs('int'), dcl('argv'))])));
    expect(run(tu(wrong)).messages).toContain("error: second argument of 'main' should be 'char **', not 'int'");
  });
  it('keeps an old-style definition unprototyped for callers and prototyped for lowering', () => {
    const kr = { ...fn(specs('int'), { ...dcl('f'), derived: [{ kind: 'function' as const, params: undefined, variadic: false, identifiers: ['a'], span: { file: 0, line: 1, col: 1, endLine: 1, endCol: 2 } }] }, ret(id('a'))),
      oldStyleDecls: [declare(specs('long'), dcl('a'))] };
    const r = run(tu(kr, main(es({ kind: 'call', callee: id('f'), args: [num(1)], span: { file: 0, line: 1, col: 1, endLine: 1, endCol: 2 } }))));
    expect(r.messages).toEqual([]);
    expect(func(r.program, 'f').type).toMatchObject({ prototyped: true, params: [{ kind: 'int', ik: 'long' }] });
    const call = func(r.program, 'main').body.items[0]!;
    expect(call.k === 'expr' && show(call.expr)).toBe('(call (decay f) 1)');
  });
});
