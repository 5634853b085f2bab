import { describe, expect, it } from 'vitest';
import type { Declaration, Initializer } from '../../../src/frontend/ast.js';
import {
  arr, at, call, chr, dcl, declare, field, flt, fnd, global, id, list, main, num, param, ptr, run, showInit, specs, str, struct,
  tn, tu, lit, func,
} from './sema-builders.js';

/** Flatten the initializer of a file-scope object `x` of the given specs/declarator. */
function flat(before: Declaration[], s: Parameters<typeof specs>, d: ReturnType<typeof dcl>, init: Initializer): { items: string[]; length?: number; messages: string[] } {
  const r = run(tu(...before, declare(specs(...s), [d, init]), main()));
  if (!r.program) return { items: [], messages: r.messages };
  const g = global(r.program, d.name!);
  return { items: showInit(g.init), length: g.sym.type.kind === 'array' ? g.sym.type.length : undefined, messages: r.messages };
}

const point = declare(specs(struct('pt', [[specs('char'), dcl('c')], [specs('int'), dcl('x')], [specs('int'), dcl('y')]])));

describe('scalars and braces', () => {
  it('converts a scalar initializer to the object type', () => {
    expect(flat([], ['long'], dcl('x'), { kind: 'exprInit', expr: num(3), span: { file: 0, line: 1, col: 1, endLine: 1, endCol: 2 } }).items).toEqual(['0:long=3l']);
  });
  it('accepts one scalar in braces', () => {
    expect(flat([], ['int'], dcl('x'), list(num(3))).items).toEqual(['0:int=3']);
  });
  it('warns about excess elements in a scalar initializer', () => {
    expect(flat([], ['int'], dcl('x'), list(num(3), num(4))).messages).toContain('warning: excess elements in scalar initializer');
  });
});

describe('arrays', () => {
  it('zeroes the elements that are not initialized, as one run', () => {
    expect(flat([], ['int'], dcl('x', arr(num(5))), list(num(1), num(2))).items).toEqual(['0:int=1', '4:int=2', '8:zero 12']);
  });
  it('sizes an array of unknown size from its longest designator', () => {
    const r = flat([], ['int'], dcl('x', arr()), list([at(num(4)), num(9)], num(1)));
    expect(r.length).toBe(6);
    expect(r.items).toEqual(['16:int=9', '20:int=1', '0:zero 16']);
  });
  it('lets a later designator override an earlier initializer of the same element', () => {
    expect(flat([], ['int'], dcl('x', arr(num(3))), list(num(1), num(2), [at(num(0)), num(7)])).items).toEqual(['0:int=1', '4:int=2', '0:int=7', '8:zero 4']);
  });
  it('fills nested arrays with brace elision', () => {
    expect(flat([], ['int'], dcl('x', arr(num(2)), arr(num(2))), list(num(1), num(2), num(3))).items)
      .toEqual(['0:int=1', '4:int=2', '8:int=3', '12:zero 4']);
  });
  it('starts a new row at each inner brace', () => {
    expect(flat([], ['int'], dcl('x', arr(num(2)), arr(num(2))), list(list(num(1)), list(num(3), num(4)))).items)
      .toEqual(['0:int=1', '8:int=3', '12:int=4', '4:zero 4']);
  });
  it('warns about excess elements', () => {
    expect(flat([], ['int'], dcl('x', arr(num(1))), list(num(1), num(2))).messages).toContain('warning: excess elements in array initializer');
  });
  it('reports an index designator out of bounds', () => {
    expect(flat([], ['int'], dcl('x', arr(num(2))), list([at(num(2)), num(1)])).messages).toContain('error: array index in initializer exceeds array bounds');
  });
  it('applies a GNU range designator to every element of the range', () => {
    expect(flat([], ['int'], dcl('x', arr(num(4))), list([at(num(1), num(2)), num(7)])).items).toEqual(['4:int=7', '8:int=7', '0:zero 4', '12:zero 4']);
  });
});

describe('strings', () => {
  it('copies a string literal with its terminating zero and sizes the array from it', () => {
    const r = flat([], ['char'], dcl('x', arr()), { kind: 'exprInit', expr: str('hi'), span: { file: 0, line: 1, col: 1, endLine: 1, endCol: 2 } });
    expect(r).toMatchObject({ items: ['0:bytes 104,105,0'], length: 3 });
  });
  it('zeroes the rest of a longer array', () => {
    expect(flat([], ['char'], dcl('x', arr(num(5))), list(str('hi'))).items).toEqual(['0:bytes 104,105,0', '3:zero 2']);
  });
  it('drops the terminating zero when the array is exactly as long as the characters', () => {
    const r = flat([], ['char'], dcl('x', arr(num(2))), list(str('hi')));
    expect(r.items).toEqual(['0:bytes 104,105']);
    expect(r.messages).toEqual([]);
  });
  it('warns when the string is too long', () => {
    expect(flat([], ['char'], dcl('x', arr(num(1))), list(str('hi'))).messages).toContain("warning: initializer-string for array of 'char' is too long");
  });
  it('initializes char array members from strings inside a struct', () => {
    const s = declare(specs(struct('named', [[specs('char'), dcl('name', arr(num(4)))], [specs('int'), dcl('n')]])));
    expect(flat([s], [struct('named')], dcl('x'), list(str('ab'), num(3))).items).toEqual(['0:bytes 97,98,0', '4:int=3', '3:zero 1']);
  });
  it('points a char pointer at a string literal', () => {
    expect(flat([], ['char'], dcl('x', ptr()), list(str('ab'))).items).toEqual(['0:char *=(decay "ab")']);
  });
});

describe('structures and unions', () => {
  it('zeroes unnamed members but not the padding between named ones', () => {
    expect(flat([point], [struct('pt')], dcl('x'), list(chr('a'), num(1))).items).toEqual(['0:char=97:char', '4:int=1', '8:zero 4']);
  });
  it('takes members by designator in any order', () => {
    expect(flat([point], [struct('pt')], dcl('x'), list([field('y'), num(2)], [field('c'), num(1)])).items)
      .toEqual(['8:int=2', '0:char=1:char', '4:zero 4']);
  });
  it('continues after a designated member with the next one', () => {
    expect(flat([point], [struct('pt')], dcl('x'), list([field('x'), num(5)], num(6))).items).toEqual(['4:int=5', '8:int=6', '0:zero 1']);
  });
  it('continues inside the innermost aggregate after a nested designator', () => {
    const s = declare(specs(struct('w', [[specs('int'), dcl('a', arr(num(3)))], [specs('int'), dcl('b')]])));
    expect(flat([s], [struct('w')], dcl('x'), list([field('a'), at(num(1)), num(1)], num(2), num(3))).items)
      .toEqual(['4:int=1', '8:int=2', '12:int=3', '0:zero 4']);
  });
  it('forgets what a later brace list replaces in a subobject', () => {
    const s = declare(specs(struct('w', [[specs('int'), dcl('a', arr(num(3)))], [specs('int'), dcl('b')]])));
    expect(flat([s], [struct('w')], dcl('x'), list([field('a'), list(num(1), num(2), num(3))], [field('a'), list(num(7))])).items)
      .toEqual(['0:int=1', '4:int=2', '8:int=3', '0:int=7', '4:zero 12']);
  });
  it('initializes the first member of a union and zeroes the union when nothing is given', () => {
    const u = declare(specs(struct('u', [[specs('char'), dcl('c')], [specs('long'), dcl('l')]], true)));
    const ref = (): ReturnType<typeof struct> => struct('u', undefined, true);
    expect(flat([u], [ref()], dcl('x'), list(num(1))).items).toEqual(['0:char=1:char']);
    expect(flat([u], [ref()], dcl('x'), list([field('l'), num(2)])).items).toEqual(['0:long=2l']);
    expect(flat([u], [ref()], dcl('x'), list()).items).toEqual(['0:zero 8']);
    expect(flat([u], [ref()], dcl('x'), list([field('l'), num(2)], [field('c'), num(3)])).items).toEqual(['0:long=2l', '0:char=3:char']);
  });
  it('reports an unknown field', () => {
    expect(flat([point], [struct('pt')], dcl('x'), list([field('z'), num(1)])).messages).toContain("error: unknown field 'z' specified in initializer");
  });
  it('copies a whole struct from an expression of the same type', () => {
    const r = run(tu(point, main(declare(specs(struct('pt')), dcl('a')), declare(specs(struct('pt')), [dcl('b'), id('a')]))));
    const decl = func(r.program, 'main').body.items[0]!;
    expect(decl.k === 'declare' && showInit(decl.init)).toEqual(['0:copy (load a)']);
  });
  it('takes struct elements of an array from expressions of the struct type', () => {
    const r = run(tu(point, main(declare(specs(struct('pt')), dcl('a')), declare(specs(struct('pt')), [dcl('b', arr(num(2))), list(id('a'))]))));
    const decl = func(r.program, 'main').body.items[0]!;
    expect(decl.k === 'declare' && showInit(decl.init)).toEqual(['0:copy (load a)', '12:zero 12']);
  });
  it('reports a type mismatch as an error', () => {
    expect(flat([point], [struct('pt')], dcl('x'), list(num(1), str('s'))).messages)
      .toContain("warning: initialization of 'int' from 'char *' makes integer from pointer without a cast [-Wint-conversion]");
    const r = run(tu(point, main(declare(specs('int'), [dcl('i'), list(lit(tn(struct('pt')), list()))]))));
    expect(r.messages).toContain("error: incompatible types when initializing type 'int' using type 'struct pt'");
  });
});

describe('static storage', () => {
  it('accepts address constants', () => {
    const before = [declare(specs('int'), dcl('g', arr(num(4)))), declare(specs('int'), dcl('f', fnd([param(specs('void'))])))];
    expect(flat(before, ['int'], dcl('x', ptr()), list(id('g'))).items).toEqual(['0:int *=(decay g)']);
    expect(flat(before, ['int'], dcl('x', ptr()), list({ kind: 'unary', op: '&', operand: { kind: 'index', base: id('g'), index: num(2), span: { file: 0, line: 1, col: 1, endLine: 1, endCol: 2 } }, span: { file: 0, line: 1, col: 1, endLine: 1, endCol: 2 } })).items)
      .toEqual(['0:int *=(& (* (ptr+ (decay g) 2l *4)))']);
    expect(flat(before, ['int'], dcl('x', ptr(), fnd([param(specs('void'))])), list(id('f'))).messages).toEqual([]);
  });
  it('rejects an initializer element that is not constant', () => {
    const before = [declare(specs('int'), dcl('g'))];
    const r = flat(before, ['int'], dcl('x'), list(id('g')));
    expect(r.messages).toContain('error: initializer element is not constant');
    const c = flat([declare(specs('int'), dcl('f', fnd([param(specs('void'))])))], ['int'], dcl('x'), list(call(id('f'))));
    expect(c.messages).toContain('error: initializer element is not constant');
  });
  it('accepts floating constants and null pointers', () => {
    expect(flat([], ['double'], dcl('x', arr(num(2))), list(flt(0.5), num(1))).items).toEqual(['0:double=0.5', '8:double=1']);
    expect(flat([], ['char'], dcl('x', ptr()), list(num(0))).items).toEqual(['0:char *=null:char *']);
  });
});

describe('compound literals at file scope', () => {
  it('become globals whose address is a constant', () => {
    const r = run(tu(declare(specs('int'), [dcl('p', ptr()), lit(tn('int', arr()), list(num(1), num(2)))]), main()));
    expect(r.messages).toEqual([]);
    const literal = r.program!.globals.find((g) => g.sym.name === '')!;
    expect(literal.sym.storage).toBe('global');
    expect(showInit(literal.init)).toEqual(['0:int=1', '4:int=2']);
    expect(showInit(global(r.program, 'p').init)).toEqual(['0:int *=(decay (literal int [2]))']);
  });
});
