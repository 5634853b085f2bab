import { describe, expect, it } from 'vitest';
import type { Declaration, Expr } from '../../../src/frontend/ast.js';
import {
  arr, arrow, bin, call, cast, chr, comma, cond, dcl, declare, dot, es, flt, fnd, id, idx, main, num, param, post, ptr, run,
  set, show, sizeofE, sizeofT, specs, stmtExprOf, str, struct, tn, tu, un, fn, ret, lit, list, offsetof, field, at, stmtExpr,
  enumSpec,
} from './sema-builders.js';

/** Analyse `int main(void) { decls...; e; }` and print the typed form of `e`. */
function typed(decls: Declaration[], e: Expr): { text: string; type: string; messages: string[] } {
  const r = run(tu(main(...decls, es(e))));
  if (!r.program) return { text: '', type: '', messages: r.messages };
  const te = stmtExprOf(r.program, decls.filter((d) => d.kind === 'declaration').reduce((n, d) => n + (d.declarators.some((x) => x.init) ? 1 : 0), 0));
  return { text: show(te), type: te.type.kind === 'int' ? te.type.ik : te.type.kind, messages: r.messages };
}

const local = (type: string[], name: string, ...derived: Parameters<typeof dcl>[1][]): Declaration => declare(specs(...type), dcl(name, ...derived));

/** Errors (not warnings) of a program whose main body is `items`. */
function errorsOf(...items: Parameters<typeof main>): string[] {
  return run(tu(main(...items))).messages.filter((m) => m.startsWith('error'));
}

describe('integer constants (C17 6.4.4.1)', () => {
  it('gives a decimal constant the first of int, long, long long that fits', () => {
    expect(typed([], num(2147483647)).type).toBe('int');
    expect(typed([], num(2147483648)).type).toBe('long');
  });
  it('lets an octal or hexadecimal constant become unsigned int before long', () => {
    expect(typed([], num(0x80000000, { decimal: false })).type).toBe('uint');
    expect(typed([], num(0x100000000, { decimal: false })).type).toBe('long');
    expect(typed([], num(0x8000000000000000n, { decimal: false })).type).toBe('ulong');
  });
  it('honours the u and l suffixes', () => {
    expect(typed([], num(1, { unsigned: true })).type).toBe('uint');
    expect(typed([], num(1, { longs: 1 })).type).toBe('long');
    expect(typed([], num(1, { unsigned: true, longs: 2 })).type).toBe('ullong');
  });
  it('reports a constant too large for every type', () => {
    expect(typed([], num(1n << 64n)).messages).toContain('error: integer constant is too large for its type');
  });
  it('types a character constant as int', () => {
    expect(typed([], chr('a'))).toMatchObject({ text: '97', type: 'int' });
  });
  it('types a string literal as an array of char including the terminating zero', () => {
    const r = run(tu(main(es(sizeofE(str('abc'))))));
    expect(show(stmtExprOf(r.program, 0))).toBe('4ul');
  });
  it('folds -2147483648 to a long constant', () => {
    expect(typed([], un('-', num(2147483648)))).toMatchObject({ text: '-2147483648l', type: 'long' });
  });
});

describe('arithmetic conversions', () => {
  const decls = [local(['char'], 'c'), local(['unsigned'], 'u'), local(['long'], 'l'), local(['double'], 'd'), local(['short'], 's')];
  it('promotes char operands to int before adding', () => {
    expect(typed(decls, bin('+', id('c'), id('c'))).text).toBe('(+:int (int (load c)) (int (load c)))');
  });
  it('converts int to unsigned int when mixed with unsigned int', () => {
    expect(typed(decls, bin('*', id('c'), id('u'))).text).toBe('(*:unsigned int (unsigned int (load c)) (load u))');
  });
  it('converts unsigned int to long when long can hold it', () => {
    expect(typed(decls, bin('-', id('u'), id('l'))).text).toBe('(-:long (long (load u)) (load l))');
  });
  it('converts integers to double when the other operand is double', () => {
    expect(typed(decls, bin('/', id('l'), id('d'))).text).toBe('(/:double (double (load l)) (load d))');
  });
  it('promotes each shift operand on its own and keeps the left type', () => {
    expect(typed(decls, bin('<<', id('s'), id('l'))).text).toBe('(<<:int (int (load s)) (load l))');
  });
  it('compares in the common type and yields int', () => {
    const r = typed(decls, bin('<', id('c'), id('u')));
    expect(r).toMatchObject({ text: '(< (unsigned int (load c)) (load u))', type: 'int' });
  });
  it('promotes the operand of unary minus and bitwise not', () => {
    expect(typed(decls, un('~', id('c'))).text).toBe('(~:int (int (load c)))');
    expect(typed(decls, un('-', id('u'))).text).toBe('(-:unsigned int (load u))');
  });
  it('folds constant arithmetic with C semantics', () => {
    expect(typed([], bin('/', num(-7), num(2))).text).toBe('-3');
    expect(typed([], bin('%', num(-7), num(2))).text).toBe('-1');
    expect(typed([], bin('+', num(4294967295, { unsigned: true }), num(1, { unsigned: true }))).text).toBe('0u');
  });
  it('leaves a signed overflow in constants for the machine to report at run time', () => {
    expect(typed([], bin('+', num(2147483647), num(1))).text).toBe('(+:int 2147483647 1)');
  });
  it('rejects operands of the wrong kind with gcc\'s message', () => {
    expect(typed([local(['int'], 'p', ptr()), local(['int'], 'q', ptr())], bin('+', id('p'), id('q'))).messages)
      .toContain("error: invalid operands to binary + (have 'int *' and 'int *')");
    expect(typed([local(['double'], 'd')], bin('%', id('d'), num(2))).messages)
      .toContain("error: invalid operands to binary % (have 'double' and 'int')");
  });
});

describe('pointer arithmetic', () => {
  const decls = [local(['int'], 'p', ptr()), local(['int'], 'q', ptr()), local(['double'], 'a', arr(num(4))), local(['int'], 'i')];
  it('scales pointer plus integer by the element size, with the index as long', () => {
    expect(typed(decls, bin('+', id('p'), id('i'))).text).toBe('(ptr+ (load p) (long (load i)) *4)');
    expect(typed(decls, bin('+', id('i'), id('a'))).text).toBe('(ptr+ (decay a) (long (load i)) *8)');
  });
  it('subtracts an integer as a negated index', () => {
    expect(typed(decls, bin('-', id('p'), num(1))).text).toBe('(ptr+ (load p) -1l *4)');
  });
  it('divides the difference of two pointers by the element size, giving long', () => {
    const r = typed(decls, bin('-', id('p'), id('q')));
    expect(r).toMatchObject({ text: '(ptr- (load p) (load q) /4)', type: 'long' });
  });
  it('indexes with either operand order', () => {
    expect(typed(decls, idx(id('a'), id('i'))).text).toBe('(load (* (ptr+ (decay a) (long (load i)) *8)))');
    expect(typed(decls, idx(num(2), id('a'))).text).toBe('(load (* (ptr+ (decay a) 2l *8)))');
  });
  it('steps ++ and += on pointers by the element size', () => {
    expect(typed(decls, post('++', id('p'))).text).toBe('(post++ p *4)');
    expect(typed(decls, set(id('p'), num(3), '+=')).text).toBe('(+= p 3l in int * *4)');
  });
  it('marks a local array address-taken when it decays', () => {
    const r = run(tu(main(declare(specs('int'), dcl('a', arr(num(2)))), declare(specs('int'), dcl('x')), es(un('&', id('x'))))));
    const locals = r.program!.functions[0]!.body.locals;
    expect(locals.map((s) => [s.name, s.addressTaken])).toEqual([['a', true], ['x', true]]);
  });
  it('leaves a scalar local whose address is never taken in a register', () => {
    const r = run(tu(main(declare(specs('int'), dcl('x')), es(set(id('x'), num(1))))));
    expect(r.program!.functions[0]!.body.locals[0]!.addressTaken).toBe(false);
  });
});

describe('comparisons and conditionals', () => {
  const decls = [local(['int'], 'p', ptr()), local(['void'], 'v', ptr()), local(['char'], 'c', ptr()), local(['int'], 'i')];
  it('converts a null pointer constant to the pointer type', () => {
    expect(typed(decls, bin('==', id('p'), num(0))).text).toBe('(== (load p) null:int *)');
  });
  it('converts the other pointer to void * when one operand is void *', () => {
    expect(typed(decls, bin('!=', id('p'), id('v'))).text).toBe('(!= (void * (load p)) (load v))');
  });
  it('warns about distinct pointer types and pointer/integer comparisons', () => {
    expect(typed(decls, bin('==', id('p'), id('c'))).messages).toContain('warning: comparison of distinct pointer types lacks a cast');
    expect(typed(decls, bin('==', id('p'), id('i'))).messages).toContain('warning: comparison between pointer and integer');
  });
  it('gives ?: the usual arithmetic type of its arms', () => {
    expect(typed([local(['long'], 'l'), ...decls], cond(id('i'), id('l'), num(1))).text).toBe('(?:long (load i) (load l) 1l)');
  });
  it('gives ?: with a null pointer arm the pointer type', () => {
    expect(typed(decls, cond(id('i'), id('p'), num(0))).text).toBe('(?:int * (load i) (load p) null:int *)');
  });
  it('gives ?: with a void * arm the type void *', () => {
    expect(typed(decls, cond(id('i'), id('p'), id('v'))).type).toBe('pointer');
    expect(typed(decls, cond(id('i'), id('p'), id('v'))).text).toBe('(?:void * (load i) (void * (load p)) (load v))');
  });
  it('accepts void arms', () => {
    const f = declare(specs('void'), dcl('f', fnd([param(specs('void'))])));
    expect(typed([f, ...decls], cond(id('i'), call(id('f')), call(id('f')))).type).toBe('void');
  });
  it('keeps && and || operands as scalars and yields int', () => {
    expect(typed(decls, bin('&&', id('p'), id('i'))).text).toBe('(&& (load p) (load i))');
  });
  it('evaluates the condition of a ?: without middle operand once', () => {
    const f = declare(specs('int'), dcl('f', fnd([param(specs('void'))])));
    expect(typed([f], cond(call(id('f')), undefined, num(2))).text).toBe('({} (?:int (load <literal>) (load <literal>) 2))');
    expect(typed(decls, cond(id('i'), undefined, num(2))).text).toBe('(?:int (load i) (load i) 2)');
  });
});

describe('assignment and casts', () => {
  const decls = [local(['char'], 'c'), local(['int'], 'p', ptr()), local(['long'], 'l'), local(['const', 'int'], 'k')];
  it('converts the value to the target type', () => {
    expect(typed(decls, set(id('c'), id('l'))).text).toBe('(= c (char (load l)))');
  });
  it('computes compound assignment in the common type', () => {
    expect(typed(decls, set(id('c'), id('l'), '*=')).text).toBe('(*= c (load l) in long)');
    expect(typed(decls, set(id('c'), num(1), '<<=')).text).toBe('(<<= c 1 in int)');
  });
  it('warns when an integer is assigned to a pointer without a cast', () => {
    expect(typed(decls, set(id('p'), id('l'))).messages)
      .toContain("warning: assignment to 'int *' from 'long' makes pointer from integer without a cast [-Wint-conversion]");
  });
  it('reports assignment of a read-only variable', () => {
    expect(typed(decls, set(id('k'), num(1))).messages).toContain("error: assignment of read-only variable 'k'");
  });
  it('requires an lvalue on the left of =', () => {
    expect(typed(decls, set(num(1), num(2))).messages).toContain('error: lvalue required as left operand of assignment');
  });
  it('marks casts as explicit conversions', () => {
    expect(typed(decls, cast(tn('long'), id('c'))).text).toBe('(cast long (load c))');
    expect(typed(decls, cast(tn('char', ptr()), id('p'))).text).toBe('(cast char * (load p))');
  });
  it('folds a cast of 0 to a pointer into a null pointer', () => {
    expect(typed([], cast(tn('void', ptr()), num(0))).text).toBe('null:void *');
  });
  it('rejects a cast to a struct type', () => {
    const s = declare(specs(struct('s', [[specs('int'), dcl('x')]])), dcl('v'));
    expect(typed([s], cast(tn(struct('s')), num(1))).messages).toContain('error: conversion to non-scalar type requested');
  });
});

describe('sizeof, _Alignof and offsetof', () => {
  it('folds sizeof of a type to an unsigned long constant', () => {
    expect(typed([], sizeofT(tn('long', arr(num(3)))))).toMatchObject({ text: '24ul', type: 'ulong' });
  });
  it('does not evaluate or decay the operand of sizeof', () => {
    const decls = [local(['int'], 'a', arr(num(10)))];
    expect(typed(decls, sizeofE(id('a'))).text).toBe('40ul');
  });
  it('reports sizeof of an incomplete type', () => {
    expect(typed([], sizeofT(tn(struct('nope')))).messages).toContain("error: invalid application of 'sizeof' to incomplete type 'struct nope'");
  });
  it('computes offsetof through nested members and array elements', () => {
    const s = declare(specs(struct('s', [[specs('char'), dcl('c')], [specs('int'), dcl('a', arr(num(4)))]])));
    expect(typed([s], offsetof(tn(struct('s')), field('a'), at(num(2)))).text).toBe('12ul');
  });
});

describe('member access', () => {
  const s = declare(specs(struct('s', [[specs('char'), dcl('c')], [specs('double'), dcl('d')]])), dcl('v'), dcl('p', ptr()));
  it('reads a member of a struct object', () => {
    expect(typed([s], dot(id('v'), 'd')).text).toBe('(load (. v d))');
  });
  it('turns p->m into a member of the dereferenced pointer', () => {
    expect(typed([s], arrow(id('p'), 'c')).text).toBe('(load (. (* (load p)) c))');
  });
  it('reads a member of a struct returned by a function', () => {
    const f = declare(specs(struct('s')), dcl('f', fnd([param(specs('void'))])));
    expect(typed([s, f], dot(call(id('f')), 'd')).text).toBe('(. (call (decay f)) d)');
  });
  it('finds members of anonymous structs through the outer record', () => {
    const inner = struct(undefined, [[specs('int'), dcl('x')], [specs('int'), dcl('y')]], true);
    const o = declare(specs(struct('o', [[specs('int'), dcl('k')], [specs(inner)]])), dcl('v'));
    expect(typed([o], dot(id('v'), 'y')).text).toBe('(load (. (. v <anon>) y))');
  });
  it('reports a missing member with the record type', () => {
    expect(typed([s], dot(id('v'), 'zz')).messages).toContain("error: 'struct s' has no member named 'zz'");
  });
  it('reports -> on something that is not a pointer', () => {
    expect(typed([s], arrow(id('v'), 'c')).messages).toContain("error: invalid type argument of '->' (have 'struct s')");
  });
  it('keeps the constness of the object on its members', () => {
    const c = declare(specs('const', struct('s')), [dcl('cv'), list(num(1), flt(2))]);
    expect(typed([s, c], set(dot(id('cv'), 'c'), num(1))).messages).toContain("error: assignment of member 'c' in read-only object");
  });
});

describe('calls', () => {
  const f = declare(specs('long'), dcl('f', fnd([param(specs('char')), param(specs('double'))])));
  const pf = declare(specs('int'), dcl('printf', fnd([param(specs('const', 'char'), dcl(undefined, ptr()))], true)));
  it('converts arguments to the parameter types', () => {
    expect(typed([f], call(id('f'), num(1), num(2))).text).toBe('(call (decay f) 1:char 2)');
  });
  it('applies the default argument promotions after the ellipsis', () => {
    const decls = [pf, local(['float'], 'x'), local(['short'], 's')];
    expect(typed(decls, call(id('printf'), str('%f'), id('x'), id('s'))).text)
      .toBe('(call (decay printf) (const char * (decay "%f")) (double (load x)) (int (load s)))');
  });
  it('calls through a function pointer with or without *', () => {
    const fp = declare(specs('int'), dcl('fp', ptr(), fnd([param(specs('int'))])));
    expect(typed([fp], call(id('fp'), num(1))).text).toBe('(call (load fp) 1)');
    expect(typed([fp], call(un('*', id('fp')), num(1))).text).toBe('(call (decay (* (load fp))) 1)');
  });
  it('reports too few and too many arguments', () => {
    expect(typed([f], call(id('f'), num(1))).messages).toContain("error: too few arguments to function 'f'");
    expect(typed([f], call(id('f'), num(1), num(2), num(3))).messages).toContain("error: too many arguments to function 'f'");
  });
  it('warns about an incompatible pointer argument as gcc 12 does', () => {
    const g = declare(specs('void'), dcl('g', fnd([param(specs('int'), dcl(undefined, ptr()))])));
    const r = typed([g, local(['char'], 'c', ptr())], call(id('g'), id('c')));
    expect(r.messages).toContain("warning: passing argument 1 of 'g' from incompatible pointer type [-Wincompatible-pointer-types]");
  });
  it('warns about an integer passed for a pointer', () => {
    const g = declare(specs('void'), dcl('g', fnd([param(specs('int'), dcl(undefined, ptr()))])));
    expect(typed([g], call(id('g'), num(5))).messages).toContain("warning: passing argument 1 of 'g' makes pointer from integer without a cast [-Wint-conversion]");
  });
  it('declares an undeclared function implicitly with a warning', () => {
    const r = typed([], call(id('puts'), str('hi')));
    expect(r.messages).toEqual(["warning: implicit declaration of function 'puts' [-Wimplicit-function-declaration]"]);
    expect(r.text).toBe('(call (decay puts) (decay "hi"))');
  });
  it('rewrites __builtin_expect to its first argument as long', () => {
    expect(typed([local(['int'], 'x')], call(id('__builtin_expect'), id('x'), num(0))).text).toBe('(long (load x))');
  });
  it('reports calling something that is not a function', () => {
    expect(typed([local(['int'], 'x')], call(id('x'))).messages).toContain("error: called object 'x' is not a function or function pointer");
  });
});

describe('names', () => {
  it('reports an undeclared name once per function', () => {
    const errors = errorsOf(es(id('nope')), es(id('nope')));
    expect(errors).toEqual(["error: 'nope' undeclared (first use in this function)"]);
  });
  it('folds enumeration constants', () => {
    const e = declare(specs(enumSpec('color', [['RED'], ['GREEN', num(5)], ['BLUE']])));
    expect(typed([e], id('BLUE'))).toMatchObject({ text: '6', type: 'int' });
  });
  it('types __func__ as an array of const char holding the function name', () => {
    const r = run(tu(main(es(sizeofE(id('__func__'))), es(id('__func__')))));
    expect(show(stmtExprOf(r.program, 0))).toBe('5ul');
    expect(r.program!.globals.map((g) => [g.sym.name, g.readonly])).toEqual([['__func__', true]]);
  });
  it('makes a compound literal a local of the enclosing block', () => {
    const r = run(tu(main(es(idx(lit(tn('int', arr()), list(num(1), num(2), num(3))), num(1))))));
    const body = r.program!.functions[0]!.body;
    expect(body.locals.map((s) => s.type)).toEqual([{ kind: 'array', of: { kind: 'int', ik: 'int' }, length: 3 }]);
  });
  it('gives a statement expression the value of its last expression statement', () => {
    const e = stmtExpr(declare(specs('int'), [dcl('t'), num(4)]), es(bin('*', id('t'), num(2))));
    expect(typed([], e)).toMatchObject({ text: '({} (*:int (load t) 2))', type: 'int' });
  });
  it('evaluates the left of a comma for its effects and takes the type of the right', () => {
    expect(typed([local(['int'], 'x')], comma(set(id('x'), num(1)), flt(2))).text).toBe('(, (= x 1) 2)');
  });
  it('returns values converted to the return type', () => {
    const r = run(tu(fn(specs('double'), dcl('h', fnd([param(specs('int'), dcl('x'))])), ret(id('x'))), main()));
    const body = r.program!.functions.find((f) => f.sym.name === 'h')!.body;
    const s = body.items[0]!;
    expect(s.k === 'return' && s.value && show(s.value)).toBe('(double (load x))');
  });
});

describe('error spans', () => {
  it('points an undeclared name at the identifier', () => {
    const use = id('ghost');
    const r = run(tu(main(es(bin('+', num(1), use)))));
    expect(r.errors[0]).toMatchObject({ category: 'type-error', span: use.span });
  });
  it('points invalid operands at the whole binary expression', () => {
    const e = bin('*', str('a'), num(2));
    const r = run(tu(main(es(e))));
    expect(r.errors[0]).toMatchObject({ message: "invalid operands to binary * (have 'char *' and 'int')", span: e.span });
  });
  it('points an argument conversion warning at the argument', () => {
    const g = declare(specs('void'), dcl('g', fnd([param(specs('int'), dcl(undefined, ptr()))])));
    const arg = num(7);
    const r = run(tu(g, main(es(call(id('g'), arg)))));
    expect(r.errors[0]).toMatchObject({ severity: 'warning', span: arg.span });
    expect(r.program).toBeDefined();
  });
  it('reports an error inside a nested expression once, without follow-on errors', () => {
    const r = run(tu(main(es(set(idx(id('nope'), num(1)), bin('+', id('nope'), num(2)))))));
    expect(r.messages).toEqual(["error: 'nope' undeclared (first use in this function)"]);
  });
});
