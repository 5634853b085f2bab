import { describe, expect, it } from 'vitest';
import { BOOL, CHAR, DOUBLE, INT, LONG, VOID, pointerTo } from '../../../../src/frontend/ctypes.js';
import type { Terminator } from '../../../../src/ir/ir.js';
import * as B from '../build.js';
import { checkModule } from '../check.js';

type Call = Extract<Terminator, { k: 'call' }>;

function callsOf(mod: ReturnType<typeof B.lowerProgram>, fn: string): Call[] {
  return B.fnOf(mod, fn).blocks.flatMap((b) => (b.terminator.k === 'call' ? [b.terminator] : []));
}

const P = B.struct('pt', [['x', INT], ['y', DOUBLE]]);

describe('calls', () => {
  it('calls a named function directly with every argument kind, left to right', () => {
    const f = B.fn('f', LONG, [B.sym('a', CHAR, 'param'), B.sym('b', pointerTo(INT), 'param')], B.block([], B.ret(B.int(0, LONG))));
    const x = B.sym('x', LONG);
    const g = B.sym('g', pointerTo(INT), 'param');
    const t = B.fn('t', VOID, [g], B.block([x], B.expr(B.assign(B.v(x), B.call(f.sym, [B.conv(B.int(65), CHAR), B.val(g)], B.at(3, 9))))));
    const mod = B.lowerProgram([f, t]);
    expect(checkModule(mod)).toEqual([]);
    expect(callsOf(mod, 't')).toEqual([{
      k: 'call', callee: { k: 'direct', name: 'f' }, args: [{ k: 'const', kind: 'i8', value: 65 }, { k: 'local', id: 0 }],
      argKinds: ['i8', 'ptr'], fixedArgs: 2, dst: 2, retKind: 'i64', next: 1, span: B.at(3, 9),
    }]);
    expect(B.printFn(mod, 't')).toContain('  call f(const 65, _0) -> _2, bb1\nbb1:\n  _1 = _2\n');
  });

  it('calls through the pointer value when the callee is not a named function', () => {
    const fp = B.sym('fp', pointerTo(B.fnType(INT, [INT])), 'param');
    const t = B.fn('t', INT, [fp], B.block([], B.ret(B.call(B.val(fp), [B.int(1)]))));
    const [c] = callsOf(B.lowerProgram([t]), 't');
    expect(c!.callee).toEqual({ k: 'indirect', ptr: { k: 'local', id: 0 } });
  });

  it('calls directly through (*f)(), where the pointer is a function\'s constant address', () => {
    const f = B.fn('f', VOID, [], B.block([]));
    const callee = B.decay(B.deref(B.decay(B.v(f.sym))));
    const t = B.fn('t', VOID, [], B.block([], B.expr(B.call(callee, []))));
    expect(callsOf(B.lowerProgram([f, t]), 't')[0]!.callee).toEqual({ k: 'direct', name: 'f' });
  });

  it('passes variadic arguments with their promoted kinds after the fixed ones', () => {
    const printf = B.externFn('printf', INT, [pointerTo(CHAR)], true);
    const d = B.sym('d', DOUBLE, 'param');
    const t = B.fn('t', VOID, [d], B.block([], B.expr(B.call(printf, [B.decay(B.str('%f %d\n')), B.val(d), B.int(3)]))));
    const mod = B.lowerProgram([t], [], [printf]);
    const [c] = callsOf(mod, 't');
    expect(c).toMatchObject({ argKinds: ['ptr', 'f64', 'i32'], fixedArgs: 1, retKind: 'i32' });
    expect(B.printFn(mod, 't')).toContain('call printf(&g0, ... _0, const 3) -> _1, bb1');
    expect(mod.externs).toEqual([{ name: 'printf', span: printf.span }]);
  });

  it('leaves fixedArgs undefined for a call through an unprototyped declaration', () => {
    const old = B.sym('old', B.fnType(INT, [], false, false), 'function');
    const t = B.fn('t', VOID, [], B.block([], B.expr(B.call(old, [B.int(1)]))));
    expect(callsOf(B.lowerProgram([t], [], [old]), 't')[0]!.fixedArgs).toBeUndefined();
  });

  it('lists a function that is called but never defined as an extern, once', () => {
    const puts = B.externFn('puts', INT, [pointerTo(CHAR)]);
    const t = B.fn('t', VOID, [], B.block([], B.expr(B.call(puts, [B.decay(B.str('a'))])), B.expr(B.call(puts, [B.decay(B.str('b'))]))));
    const mod = B.lowerProgram([t]);
    expect(mod.externs.map((e) => e.name)).toEqual(['puts']);
  });

  it('discards the result of a void call and gives a _Bool result a bool local', () => {
    const v = B.fn('v', VOID, [], B.block([]));
    const b = B.fn('b', BOOL, [], B.block([], B.ret(B.conv(B.int(1), BOOL))));
    const x = B.sym('x', BOOL);
    const t = B.fn('t', VOID, [], B.block([x], B.expr(B.call(v.sym, [])), B.expr(B.assign(B.v(x), B.call(b.sym, [])))));
    const mod = B.lowerProgram([v, b, t]);
    const [cv, cb] = callsOf(mod, 't');
    expect(cv).toMatchObject({ dst: undefined, retKind: 'void' });
    expect(cb).toMatchObject({ retKind: 'u8' });
    expect(B.fnOf(mod, 't').locals[cb!.dst!]).toMatchObject({ kind: 'u8', isBool: true });
  });
});

describe('records across calls', () => {
  it('passes a record as the address of a copy that dies after the call', () => {
    const use = B.fn('use', VOID, [B.sym('p', P, 'param')], B.block([]));
    const s = B.sym('s', P);
    const t = B.fn('t', VOID, [], B.block([s], B.expr(B.call(use.sym, [B.load(B.v(s))]))));
    const mod = B.lowerProgram([use, t]);
    expect(checkModule(mod)).toEqual([]);
    expect(B.printFn(mod, 't')).toBe(`fn t() -> void
  slot0 "s": size 16, align 8
  slot1 "argument copy": size 16, align 8
bb0:
  storage_live slot0 "s"
  storage_live slot1 "argument copy"
  copy (&slot1), (&slot0), 16
  call use(&slot1) -> bb1
bb1:
  storage_dead slot1 "argument copy"
  storage_dead slot0 "s"
  return
`);
  });

  it('receives a record parameter as a pointer that is the parameter object itself', () => {
    const p = B.sym('p', P, 'param');
    const f = B.fn('f', DOUBLE, [p], B.block([], B.ret(B.load(B.member(B.v(p), 'y')))));
    const mod = B.lowerProgram([f]);
    const fn = B.fnOf(mod, 'f');
    expect(fn.slots).toEqual([]);
    expect(fn.locals[0]).toEqual({ id: 0, name: 'p', kind: 'ptr' });
    expect(B.printFn(mod, 'f')).toContain('  _1 = ptr_add.i64 _0, const 8 * 1\n  _2 = load.f64 (_1)\n  return _2\n');
  });

  it('returns a record through sret: the callee copies its value there and returns nothing', () => {
    const s = B.sym('s', P);
    const mk = B.fn('mk', P, [], B.block([s], B.ret(B.load(B.v(s)))));
    const mod = B.lowerProgram([mk]);
    const fn = B.fnOf(mod, 'mk');
    expect(fn).toMatchObject({ sret: true, retKind: 'void', params: [0] });
    expect(B.printFn(mod, 'mk')).toContain('  copy (_0), (&slot0), 16\n  storage_dead slot0 "s"\n  return\n');
  });

  it('gives a record-returning call a temporary destination as hidden first argument, counted as fixed', () => {
    const mk = B.fn('mk', P, [B.sym('k', INT, 'param')], B.block([]));
    const s = B.sym('s', P);
    const t = B.fn('t', VOID, [], B.block([s], B.declare(s, B.init(B.copyItem(B.call(mk.sym, [B.int(2)]))))));
    const mod = B.lowerProgram([mk, t]);
    expect(checkModule(mod)).toEqual([]);
    const [c] = callsOf(mod, 't');
    expect(c).toMatchObject({ args: [{ k: 'slotAddr', slot: 1 }, { k: 'const', value: 2 }], argKinds: ['ptr', 'i32'], fixedArgs: 2, dst: undefined });
    expect(B.printFn(mod, 't')).toContain('bb1:\n  copy (&slot0), (&slot1), 16\n  storage_dead slot1 "temporary"\n');
  });
});
