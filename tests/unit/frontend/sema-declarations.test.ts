import { describe, expect, it } from 'vitest';
import type { Declaration } from '../../../src/frontend/ast.js';
import type { CType } from '../../../src/frontend/ctypes.js';
import { sizeOf, alignOf, typeToString } from '../../../src/frontend/ctypes.js';
import {
  arr, bin, dcl, declare, dot, enumSpec, es, fnd, global, id, list, main, num, param, ptr, run, set, sizeofE, sizeofT,
  specs, struct, tn, tu, arrow, show, stmtExprOf, sp,
} from './sema-builders.js';

/** The type of global `x` declared by `decls` (plus `int main(void) {}`). */
function typeOf(...decls: Declaration[]): { type: CType | undefined; messages: string[] } {
  const r = run(tu(...decls, main()));
  const g = r.program?.globals.find((x) => x.sym.name === 'x');
  return { type: g?.sym.type, messages: r.messages };
}

const kw = (...words: string[]): string | undefined => {
  const t = typeOf(declare(specs(...words), dcl('x')));
  return t.type ? typeToString(t.type) : t.messages.join('; ');
};

describe('declaration specifiers (C17 6.7.2)', () => {
  it('combines every valid set of integer keywords', () => {
    expect(kw('unsigned')).toBe('unsigned int');
    expect(kw('short', 'int')).toBe('short');
    expect(kw('unsigned', 'short')).toBe('unsigned short');
    expect(kw('long', 'unsigned', 'int')).toBe('unsigned long');
    expect(kw('long', 'long')).toBe('long long');
    expect(kw('unsigned', 'long', 'long', 'int')).toBe('unsigned long long');
    expect(kw('signed', 'char')).toBe('signed char');
    expect(kw('char')).toBe('char');
    expect(kw('long', 'double')).toBe('long double');
    expect(kw('_Bool')).toBe('_Bool');
    expect(kw('signed')).toBe('int');
  });
  it('rejects bad combinations with gcc\'s wording', () => {
    expect(kw('signed', 'unsigned', 'int')).toContain("error: both 'signed' and 'unsigned' in declaration specifiers");
    expect(kw('short', 'long')).toContain("error: both 'long' and 'short' in declaration specifiers");
    expect(kw('int', 'double')).toContain('error: two or more data types in declaration specifiers');
    expect(kw('long', 'long', 'long')).toContain("error: 'long long long' is too long for GCC");
    expect(kw('unsigned', 'float')).toContain("error: both 'unsigned' and 'float' in declaration specifiers");
    expect(kw('int', 'int')).toContain("error: duplicate 'int'");
  });
  it('warns about an implicit int', () => {
    expect(typeOf(declare(specs('static'), dcl('x'))).messages).toContain("warning: type defaults to 'int' in declaration of 'x'");
  });
  it('reports _Complex as unsupported', () => {
    const r = run(tu(declare(specs('_Complex', 'double'), dcl('x')), main()));
    expect(r.errors.map((e) => e.category)).toContain('unsupported');
  });
});

describe('declarators (C17 6.7.6)', () => {
  it('reads pointers, arrays and functions outward from the name', () => {
    // int *(*x)[3]: pointer to array of 3 pointers to int
    expect(typeToString(typeOf(declare(specs('int'), dcl('x', ptr(), arr(num(3)), ptr()))).type!)).toBe('int *(*)[3]');
    // int (*x[2])(void): array of 2 pointers to functions returning int
    expect(typeToString(typeOf(declare(specs('int'), dcl('x', arr(num(2)), ptr(), fnd([param(specs('void'))])))).type!)).toBe('int (*[2])(void)');
  });
  it('takes array sizes from integer constant expressions', () => {
    expect(typeOf(declare(specs('char'), dcl('x', arr(bin('*', num(4), sizeofT(tn('int'))))))).type).toEqual({ kind: 'array', of: { kind: 'int', ik: 'char' }, length: 16 });
  });
  it('reports a negative array size', () => {
    expect(typeOf(declare(specs('int'), dcl('x', arr(num(-1))))).messages).toContain("error: size of array 'x' is negative");
  });
  it('computes a variable length array size before declaring the array', () => {
    const r = run(tu(main(declare(specs('int'), [dcl('n'), num(3)]), declare(specs('int'), dcl('a', arr(id('n')))))));
    expect(r.errors).toEqual([]);
    const items = r.program!.functions.find((f) => f.sym.name === 'main')!.body.items;
    expect(items.map((s) => s.k)).toEqual(['declare', 'expr', 'declare']);
  });
  it('rejects functions returning arrays and arrays of functions', () => {
    expect(typeOf(declare(specs('int'), dcl('f', fnd([param(specs('void'))]), arr(num(2))))).messages)
      .toContain("error: 'f' declared as function returning an array");
    expect(typeOf(declare(specs('int'), dcl('f', arr(num(2)), fnd()))).messages).toContain("error: declaration of 'f' as array of functions");
  });
  it('adjusts array and function parameters to pointers', () => {
    const r = run(tu(declare(specs('int'), dcl('f', fnd([param(specs('int'), dcl('a', arr(num(4)))), param(specs('int'), dcl('g', fnd()))]))), main(es(id('f')))));
    const f = r.program!.externs.find((s) => s.name === 'f')!;
    expect(typeToString(f.type)).toBe('int (int *, int (*)())');
  });
  it('completes an array of unknown size from its initializer', () => {
    expect(typeOf(declare(specs('int'), [dcl('x', arr()), list(num(1), num(2), num(3))])).type).toMatchObject({ length: 3 });
  });
  it('gives a tentative array of unknown size one element', () => {
    const t = typeOf(declare(specs('int'), dcl('x', arr())));
    expect(t.type).toMatchObject({ length: 1 });
    expect(t.messages).toContain("warning: array 'x' assumed to have one element");
  });
});

describe('typedefs', () => {
  it('resolves typedef names and lets inner blocks shadow them', () => {
    const r = run(tu(
      declare(specs('typedef', 'unsigned', 'char'), dcl('byte')),
      declare(specs('byte'), dcl('x', arr(num(2)))),
      main(declare(specs('int'), [dcl('byte'), num(7)]), es(bin('+', id('byte'), num(1)))),
    ));
    expect(typeToString(global(r.program, 'x').sym.type)).toBe('unsigned char [2]');
    expect(show(stmtExprOf(r.program, 1))).toBe('(+:int (load byte) 1)');
  });
  it('allows a typedef to be repeated with the same type but not another', () => {
    const ok = run(tu(declare(specs('typedef', 'int'), dcl('T')), declare(specs('typedef', 'int'), dcl('T')), main()));
    expect(ok.messages).toEqual([]);
    const bad = run(tu(declare(specs('typedef', 'int'), dcl('T')), declare(specs('typedef', 'long'), dcl('T')), main()));
    expect(bad.messages[0]).toMatch(/^error: conflicting types for 'T'/);
  });
  it('provides __builtin_va_list as gcc\'s one-element array of struct __va_list_tag', () => {
    const t = typeOf(declare(specs('__builtin_va_list'), dcl('x'))).type!;
    expect(typeToString(t)).toBe('struct __va_list_tag [1]');
    expect(sizeOf(t)).toBe(24);
  });
});

describe('structures and unions (C17 6.7.2.1)', () => {
  it('lays out members with System V alignment', () => {
    const t = typeOf(declare(specs(struct('s', [[specs('char'), dcl('c')], [specs('double'), dcl('d')], [specs('short'), dcl('h')]])), dcl('x'))).type!;
    expect(t.kind === 'record' && t.rec.members!.map((m) => [m.name, m.offset])).toEqual([['c', 0], ['d', 8], ['h', 16]]);
    expect([sizeOf(t), alignOf(t)]).toEqual([24, 8]);
  });
  it('makes a union as large as its largest member', () => {
    const t = typeOf(declare(specs(struct('u', [[specs('char'), dcl('c')], [specs('int'), dcl('a', arr(num(3)))]], true)), dcl('x'))).type!;
    expect(sizeOf(t)).toBe(12);
  });
  it('completes a forward-declared struct so earlier pointers see the members', () => {
    const r = run(tu(
      declare(specs(struct('n')), dcl('x', ptr())),
      declare(specs(struct('n', [[specs('int'), dcl('v')], [specs(struct('n')), dcl('next', ptr())]]))),
      main(es(arrow(arrow(id('x'), 'next'), 'v'))),
    ));
    expect(r.messages).toEqual([]);
    expect(show(stmtExprOf(r.program, 0))).toBe('(load (. (* (load (. (* (load x)) next))) v))');
  });
  it('keeps struct tags scoped to their block', () => {
    const r = run(tu(
      declare(specs(struct('s', [[specs('int'), dcl('a')]]))),
      main(
        declare(specs(struct('s', [[specs('double'), dcl('b')], [specs('double'), dcl('c')]])), dcl('inner')),
        es(sizeofE(id('inner'))),
      ),
    ));
    expect(show(stmtExprOf(r.program, 0))).toBe('16ul');
  });
  it('reports a redefinition in the same scope and a member of incomplete type', () => {
    const s = declare(specs(struct('s', [[specs('int'), dcl('a')]])));
    expect(run(tu(s, declare(specs(struct('s', [[specs('int'), dcl('a')]]))), main())).messages).toContain("error: redefinition of 'struct s'");
    expect(run(tu(declare(specs(struct('t', [[specs(struct('t')), dcl('self')]]))), main())).messages).toContain("error: field 'self' has incomplete type");
  });
  it('reports duplicate members', () => {
    expect(run(tu(declare(specs(struct('s', [[specs('int'), dcl('a')], [specs('char'), dcl('a')]]))), main())).messages)
      .toContain("error: duplicate member 'a'");
  });
  it('accepts a flexible array member at the end only', () => {
    const ok = typeOf(declare(specs(struct('f', [[specs('int'), dcl('n')], [specs('int'), dcl('d', arr())]])), dcl('x', ptr())));
    expect(ok.messages).toEqual([]);
    const t = ok.type!;
    expect(t.kind === 'pointer' && t.to.kind === 'record' && [t.to.rec.hasFlexibleArray, t.to.rec.size]).toEqual([true, 4]);
    expect(run(tu(declare(specs(struct('g', [[specs('int'), dcl('d', arr())], [specs('int'), dcl('n')]]))), main())).messages)
      .toContain('error: flexible array member not at end of struct');
  });
  it('lays out a packed struct without padding, as gcc does for struct epoll_event', () => {
    const s = { ...struct('ev', [[specs('unsigned'), dcl('events')], [specs('unsigned', 'long'), dcl('data')]]), attributes: [{ name: '__packed__', args: [], span: sp() }] };
    const t = typeOf(declare(specs(s), dcl('x'))).type!;
    expect(t.kind === 'record' && t.rec.members!.map((m) => m.offset)).toEqual([0, 4]);
    expect([sizeOf(t), alignOf(t)]).toEqual([12, 1]);
  });
  it('raises the alignment of a struct with the aligned attribute', () => {
    const s = { ...struct('al', [[specs('char'), dcl('c')]]), attributes: [{ name: 'aligned', args: [num(16)], span: sp() }] };
    const t = typeOf(declare(specs(s), dcl('x'))).type!;
    expect([sizeOf(t), alignOf(t)]).toEqual([16, 16]);
  });
  it('accepts bit-fields and reports only the one wider than its type', () => {
    const s = struct('b', [[specs('int'), dcl('a')]]);
    const base = (s as { members: never[] }).members[0]!;
    const at = { file: 0, line: 99, col: 5, endLine: 99, endCol: 9 };
    const withBits = { ...s, members: [{ ...base as object, declarators: [
      { declarator: dcl('a'), bitWidth: num(3), span: at }, { declarator: dcl('b'), bitWidth: num(7), span: at },
      { declarator: dcl('c'), bitWidth: num(40), span: at },
    ] }] };
    const r = run(tu(declare(specs(withBits as never)), main()));
    expect(r.errors.map((e) => e.message)).toEqual(["width of 'c' exceeds its type"]);
  });
});

describe('enumerations (C17 6.7.2.2)', () => {
  it('numbers enumerators from zero and after explicit values', () => {
    const r = run(tu(declare(specs(enumSpec('e', [['A'], ['B', num(10)], ['C'], ['D', bin('+', id('A'), num(2))]]))), main(
      es(id('A')), es(id('C')), es(id('D')),
    )));
    expect([0, 1, 2].map((i) => show(stmtExprOf(r.program, i)))).toEqual(['0', '11', '2']);
  });
  it('gives the enumerated type unsigned int unless a value is negative, as gcc does', () => {
    expect(typeOf(declare(specs(enumSpec('e', [['A']])), dcl('x'))).type).toMatchObject({ ik: 'uint', enumName: 'e' });
    expect(typeOf(declare(specs(enumSpec('e', [['A', num(-1)]])), dcl('x'))).type).toMatchObject({ ik: 'int', enumName: 'e' });
  });
  it('reports a non-constant enumerator value', () => {
    const r = run(tu(declare(specs('int'), dcl('v')), declare(specs(enumSpec('e', [['A', id('v')]]))), main()));
    expect(r.messages).toContain("error: enumerator value for 'A' is not an integer constant");
  });
});

describe('objects and redeclarations', () => {
  it('reports conflicting types of one name with the previous declaration as a note', () => {
    const r = run(tu(declare(specs('int'), dcl('x')), declare(specs('long'), dcl('x')), main()));
    expect(r.errors[0]).toMatchObject({ message: "conflicting types for 'x'; have 'long'", notes: [{ message: "previous declaration of 'x' with type 'int'" }] });
  });
  it('reports a redefinition in one file', () => {
    const r = run(tu(declare(specs('int'), [dcl('x'), num(1)]), declare(specs('int'), [dcl('x'), num(2)]), main()));
    expect(r.messages).toContain("error: redefinition of 'x'");
  });
  it('reports a redeclaration without linkage in one block', () => {
    const r = run(tu(main(declare(specs('int'), dcl('a')), declare(specs('int'), dcl('a')))));
    expect(r.messages).toContain("error: redeclaration of 'a' with no linkage");
  });
  it('turns a static local into a global with a mangled link name', () => {
    const r = run(tu(main(declare(specs('static', 'int'), [dcl('count'), num(5)]), es(set(id('count'), num(1), '+=')))));
    const g = global(r.program, 'count');
    expect(g.sym.linkName).toMatch(/^count\.\d+$/);
    expect(g.sym.storage).toBe('global');
    expect(r.program!.functions[0]!.body.locals).toEqual([]);
  });
  it('places const objects in read-only memory', () => {
    const r = run(tu(declare(specs('const', 'int'), [dcl('k'), num(1)]), declare(specs('const', 'char'), [dcl('s', arr()), list(num(1))]), main()));
    expect([global(r.program, 'k').readonly, global(r.program, 's').readonly]).toEqual([true, true]);
  });
  it('reports a local of incomplete type', () => {
    const r = run(tu(main(declare(specs(struct('nope')), dcl('v')))));
    expect(r.messages).toContain("error: storage size of 'v' isn't known");
  });
  it('reports a use of a member of an incomplete struct', () => {
    const r = run(tu(declare(specs(struct('nope')), dcl('p', ptr())), main(es(arrow(id('p'), 'x')))));
    expect(r.messages).toContain("error: invalid use of undefined type 'struct nope'");
  });
  it('keeps going after an error and reports the next one', () => {
    const r = run(tu(main(es(id('a')), es(set(num(1), num(2))), es(dot(num(1), 'x')))));
    expect(r.errors.length).toBe(3);
  });
});
