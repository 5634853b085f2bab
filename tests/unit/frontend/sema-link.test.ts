import { describe, expect, it } from 'vitest';
import type { TranslationUnit } from '../../../src/frontend/ast.js';
import {
  arr, call, dcl, declare, dot, es, fn, fnd, func, global, id, list, main, num, param, ptr, ret, run, set, specs, struct, tu,
} from './sema-builders.js';

const voidParams = () => fnd([param(specs('void'))]);
/** A second file: `int helper(void) { return <value>; }` and whatever else. */
const file = (...decls: TranslationUnit['decls']): TranslationUnit => tu(...decls);

describe('linking translation units (C17 6.2.2, 6.9)', () => {
  it('shares one symbol for an external name across files', () => {
    const a = file(declare(specs('extern', 'int'), dcl('counter')), declare(specs('int'), dcl('helper', voidParams())),
      main(es(set(id('counter'), call(id('helper'))))));
    const b = file(declare(specs('int'), [dcl('counter'), num(3)]), fn(specs('int'), dcl('helper', voidParams()), ret(id('counter'))));
    const r = run(a, b);
    expect(r.messages).toEqual([]);
    expect(r.program!.globals.map((g) => g.sym.name)).toEqual(['counter']);
    const inMain = func(r.program, 'main').body.items[0]!;
    const inHelper = func(r.program, 'helper').body.items[0]!;
    const symOf = (s: typeof inMain): unknown => s.k === 'expr' && s.expr.k === 'assign' && s.expr.target.k === 'var' ? s.expr.target.sym : undefined;
    const retSym = inHelper.k === 'return' && inHelper.value?.k === 'load' && inHelper.value.lvalue.k === 'var' ? inHelper.value.lvalue.sym : undefined;
    expect(symOf(inMain)).toBe(retSym);
  });
  it('keeps static names apart per file with mangled link names', () => {
    const a = file(declare(specs('static', 'int'), [dcl('n'), num(1)]), main());
    const b = file(declare(specs('static', 'int'), [dcl('n'), num(2)]));
    const r = run(a, b);
    const names = r.program!.globals.map((g) => g.sym.linkName);
    expect(names.length).toBe(2);
    expect(new Set(names).size).toBe(2);
    expect(names.every((n) => /^n\.\d+$/.test(n))).toBe(true);
  });
  it('turns a tentative definition into a zero-initialized one', () => {
    const r = run(file(declare(specs('int'), dcl('t')), declare(specs('int'), dcl('t')), main()));
    expect(r.program!.globals.map((g) => [g.sym.name, g.init])).toEqual([['t', undefined]]);
  });
  it('completes an array declared with unknown size in another file', () => {
    const a = file(declare(specs('extern', 'int'), dcl('table', arr())), main(es(id('table'))));
    const b = file(declare(specs('int'), [dcl('table', arr()), list(num(1), num(2))]));
    const r = run(a, b);
    expect(global(r.program, 'table').sym.type).toMatchObject({ kind: 'array', length: 2 });
  });
  it('reports two definitions of one name with both spans', () => {
    const defA = declare(specs('int'), [dcl('x'), num(1)]);
    const defB = declare(specs('int'), [dcl('x'), num(2)]);
    const r = run(file(defA, main()), file(defB));
    const e = r.errors.find((x) => x.category === 'link-error');
    expect(e?.message).toBe("multiple definition of 'x'");
    expect(e?.span).toEqual(defB.kind === 'declaration' ? defB.declarators[0]!.declarator.nameSpan : undefined);
    expect(e?.notes?.[0]).toMatchObject({ message: 'first defined here', span: defA.kind === 'declaration' ? defA.declarators[0]!.declarator.nameSpan : undefined });
  });
  it('counts tentative definitions in two files as two definitions, as gcc 10+ does', () => {
    const r = run(file(declare(specs('int'), dcl('x')), main()), file(declare(specs('int'), dcl('x'))));
    expect(r.messages).toContain("error: multiple definition of 'x'");
  });
  it('reports an object used but defined nowhere at its use', () => {
    const use = id('missing');
    const r = run(file(declare(specs('extern', 'int'), dcl('missing')), main(es(use))));
    expect(r.errors).toEqual([{ severity: 'error', category: 'link-error', message: "undefined reference to 'missing'", span: use.span }]);
  });
  it('does not count sizeof as a use', () => {
    const r = run(file(declare(specs('extern', 'int'), dcl('missing')), main(es({ kind: 'sizeofExpr', operand: id('missing'), span: use0() }))));
    expect(r.messages).toEqual([]);
  });
  it('lists functions used but not defined as externs', () => {
    const r = run(file(declare(specs('int'), dcl('puts', fnd([param(specs('const', 'char'), dcl(undefined, ptr()))]))),
      declare(specs('int'), dcl('unused', voidParams())), main(es(call(id('puts'), num(0))))));
    expect(r.program!.externs.map((s) => s.name)).toEqual(['puts']);
  });
  it('reports conflicting types across files with both declarations', () => {
    const r = run(file(declare(specs('int'), dcl('f', fnd([param(specs('int'))]))), main(es(call(id('f'), num(1))))),
      file(fn(specs('int'), dcl('f', fnd([param(specs('double'), dcl('d'))])), ret(num(0)))));
    const e = r.errors.find((x) => x.category === 'link-error');
    expect(e?.message).toBe("conflicting types for 'f'; have 'int (double)'");
    expect(e?.notes?.[0]?.message).toBe("previous declaration of 'f' with type 'int (int)'");
  });
  it('compares structs from different files member by member', () => {
    const s = () => declare(specs(struct('s', [[specs('int'), dcl('a')]])));
    const same = run(file(s(), declare(specs('extern', struct('s')), dcl('v')), main(es(dot(id('v'), 'a')))),
      file(s(), declare(specs(struct('s')), dcl('v'))));
    expect(same.messages).toEqual([]);
    const other = run(file(s(), declare(specs('extern', struct('s')), dcl('v')), main()),
      file(declare(specs(struct('s', [[specs('long'), dcl('a')]]))), declare(specs(struct('s')), dcl('v'))));
    expect(other.errors[0]?.category).toBe('link-error');
  });
  it('lets each file have its own plain inline definition', () => {
    const sq = () => fn({ ...specs('int'), inline: true }, dcl('sq', fnd([param(specs('int'), dcl('x'))])), ret(id('x')));
    const r = run(file(sq(), main(ret(call(id('sq'), num(2))))), file(sq()));
    expect(r.messages).toEqual([]);
    expect(r.program!.functions.filter((f) => f.sym.name === 'sq').length).toBe(2);
  });
  it('requires a definition of main', () => {
    const r = run(file(declare(specs('int'), dcl('x'))));
    expect(r.errors).toEqual([{ severity: 'error', category: 'link-error', message: "undefined reference to 'main'", span: undefined }]);
  });
  it('reports a static function used but never defined', () => {
    const r = run(file(declare(specs('static', 'int'), dcl('h', voidParams())), main(es(call(id('h'))))));
    expect(r.messages).toContain("error: 'h' used but never defined");
  });
  it('reports a non-static declaration after a static one', () => {
    const r = run(file(declare(specs('static', 'int'), dcl('x')), declare(specs('int'), dcl('x')), main()));
    expect(r.messages).toContain("error: non-static declaration of 'x' follows static declaration");
  });
  it('gives a block-scope extern the file-scope entity', () => {
    const r = run(file(declare(specs('static', 'int'), [dcl('hidden'), num(4)]), main(declare(specs('extern', 'int'), dcl('hidden')), ret(id('hidden')))));
    expect(r.messages).toEqual([]);
    expect(r.program!.globals.length).toBe(1);
  });
  it('reports an implicit declaration that conflicts with a later definition', () => {
    const r = run(file(main(es(call(id('later')))), fn(specs('double'), dcl('later', voidParams()), ret(num(0)))));
    expect(r.messages).toContain("warning: implicit declaration of function 'later' [-Wimplicit-function-declaration]");
    expect(r.errors.find((e) => e.severity === 'error')?.notes?.[0]?.message).toBe("previous implicit declaration of 'later' with type 'int ()'");
  });
});

function use0() { return { file: 0, line: 1, col: 1, endLine: 1, endCol: 2 }; }
