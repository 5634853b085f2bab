import { describe, expect, it } from 'vitest';
import { BOOL, CHAR, DOUBLE, FLOAT, INT, LONG, UCHAR, UINT, ULONG, VOID, arrayOf, pointerTo } from '../../../../src/frontend/ctypes.js';
import type { VarSymbol } from '../../../../src/frontend/typed-ast.js';
import type { Rvalue } from '../../../../src/ir/ir.js';
import * as B from '../build.js';
import { allStatements, checkModule } from '../check.js';

/** Lower `void t(params) { locals; stmts }` and return it printed. */
function lowerBody(params: VarSymbol[], locals: VarSymbol[], ...stmts: Parameters<typeof B.block>[1][]): string {
  const mod = B.lowerProgram([B.fn('t', VOID, params, B.block(locals, ...stmts))]);
  expect(checkModule(mod)).toEqual([]);
  return B.printFn(mod, 't');
}

/** The rvalues assigned in `t`, in order. */
function rvalues(params: VarSymbol[], locals: VarSymbol[], ...stmts: Parameters<typeof B.block>[1][]): Rvalue[] {
  const mod = B.lowerProgram([B.fn('t', VOID, params, B.block(locals, ...stmts))]);
  return allStatements(mod.functions[0]!).flatMap(({ s }) => (s.k === 'assign' ? [s.rv] : []));
}

describe('arithmetic', () => {
  it('checks signed addition, subtraction, multiplication and negation for overflow', () => {
    const a = B.sym('a', INT, 'param');
    const rvs = rvalues([a], [], B.expr(B.bin('+', B.val(a), B.int(1))), B.expr(B.bin('-', B.val(a), B.int(1))),
      B.expr(B.bin('*', B.val(a), B.val(a))), B.expr(B.neg(B.val(a))));
    expect(rvs.map((rv) => [rv.k === 'binary' || rv.k === 'unary' ? rv.op : rv.k, 'check' in rv && rv.check]))
      .toEqual([['add', true], ['sub', true], ['mul', true], ['neg', true]]);
  });

  it('lets unsigned arithmetic wrap without a check but checks its division and shifts', () => {
    const u = B.sym('u', UINT, 'param');
    const rvs = rvalues([u], [], B.expr(B.bin('+', B.val(u), B.val(u))), B.expr(B.bin('*', B.val(u), B.val(u))),
      B.expr(B.bin('/', B.val(u), B.val(u))), B.expr(B.bin('%', B.val(u), B.val(u))), B.expr(B.bin('>>', B.val(u), B.int(3))),
      B.expr(B.bin('&', B.val(u), B.val(u))));
    expect(rvs.map((rv) => rv.k === 'binary' && `${rv.op}.${rv.kind}:${rv.check}`))
      .toEqual(['add.u32:false', 'mul.u32:false', 'div.u32:true', 'rem.u32:true', 'shr.u32:true', 'and.u32:false']);
  });

  it('never checks floating arithmetic', () => {
    const d = B.sym('d', DOUBLE, 'param');
    const [rv] = rvalues([d], [], B.expr(B.bin('/', B.val(d), B.flt(0, DOUBLE))));
    expect(rv).toMatchObject({ k: 'binary', op: 'div', kind: 'f64', check: false });
  });

  it('gives a shift the kind of its own right operand', () => {
    const a = B.sym('a', INT, 'param');
    const n = B.sym('n', LONG, 'param');
    const [rv] = rvalues([a, n], [], B.expr(B.bin('<<', B.val(a), B.val(n))));
    expect(rv).toMatchObject({ k: 'binary', op: 'shl', kind: 'i32', bKind: 'i64', check: true });
  });

  it('compares pointers with ptrCompare and numbers with a binary comparison of the operand kind', () => {
    const p = B.sym('p', pointerTo(INT), 'param');
    const x = B.sym('x', ULONG, 'param');
    const rvs = rvalues([p, x], [], B.expr(B.cmp('<', B.val(p), B.val(p))), B.expr(B.cmp('==', B.val(x), B.int(0, ULONG))));
    expect(rvs).toEqual([
      { k: 'ptrCompare', op: 'lt', a: { k: 'local', id: 0 }, b: { k: 'local', id: 0 } },
      { k: 'binary', op: 'eq', kind: 'u64', a: { k: 'local', id: 1 }, b: { k: 'const', kind: 'u64', value: 0 }, check: false },
    ]);
  });

  it('folds the negation of a literal and leaves INT_MIN negation to the machine', () => {
    const text = lowerBody([], [], B.expr(B.neg(B.int(5))), B.expr(B.neg(B.int(-2147483648))));
    expect(text).toContain('= neg.i32 const -2147483648 [check]');
    expect(text).not.toContain('neg.i32 const 5');
  });

  it('applies ! to any scalar kind and yields an int', () => {
    const p = B.sym('p', pointerTo(CHAR), 'param');
    const [rv] = rvalues([p], [], B.expr(B.not(B.val(p))));
    expect(rv).toEqual({ k: 'unary', op: 'not', kind: 'ptr', a: { k: 'local', id: 0 }, check: false });
  });
});

describe('conversions', () => {
  it('casts between kinds, converts to _Bool with toBool, and emits nothing for same-kind conversions', () => {
    const c = B.sym('c', CHAR, 'param');
    const l = B.sym('l', LONG, 'param');
    const u = B.sym('u', UCHAR, 'param');
    const rvs = rvalues([c, l, u], [], B.expr(B.conv(B.val(c), INT)), B.expr(B.conv(B.val(l), { kind: 'int', ik: 'llong' })),
      B.expr(B.conv(B.val(u), BOOL)), B.expr(B.conv(B.val(l), DOUBLE)));
    expect(rvs).toEqual([
      { k: 'cast', from: 'i8', to: 'i32', a: { k: 'local', id: 0 } },
      { k: 'cast', from: 'u8', to: 'u8', a: { k: 'local', id: 2 }, toBool: true },
      { k: 'cast', from: 'i64', to: 'f64', a: { k: 'local', id: 1 } },
    ]);
  });

  it('folds exact conversions of constants but leaves out-of-range float-to-int to the run-time check', () => {
    const x = B.sym('x', UCHAR);
    const y = B.sym('y', INT);
    const text = lowerBody([], [x, y],
      B.expr(B.assign(B.v(x), B.conv(B.int(-1), UCHAR))),
      B.expr(B.assign(B.v(y), B.conv(B.flt(2.9, DOUBLE), INT))),
      B.expr(B.assign(B.v(y), B.conv(B.flt(1e10, DOUBLE), INT))));
    expect(text).toContain('_0 = const 255');
    expect(text).toContain('_1 = const 2');
    expect(text).toContain('cast.f64->i32 const 10000000000');
  });

  it('evaluates a conversion to void for its side effects only', () => {
    const a = B.sym('a', INT);
    const text = lowerBody([], [a], B.expr(B.conv(B.assign(B.v(a), B.int(3)), VOID)));
    expect(text).toContain('_0 = const 3');
  });
});

describe('memory access', () => {
  it('reads a register variable with no statement and a memory variable with a load', () => {
    const r = B.sym('r', INT);
    const m = B.sym('m', INT, 'local', true);
    const out = B.sym('out', INT);
    const text = lowerBody([], [r, m, out], B.declare(r, B.init(B.scalar(B.int(1)))),
      B.expr(B.assign(B.v(out), B.bin('+', B.val(r), B.val(m)))));
    expect(text).toContain('  _2 = load.i32 (&slot0)\n  _3 = add.i32 _0, _2 [check]\n');
  });

  it('marks loads of _Bool objects', () => {
    const b = B.sym('b', BOOL, 'local', true);
    const x = B.sym('x', INT);
    const text = lowerBody([], [b, x], B.expr(B.assign(B.v(x), B.conv(B.val(b), INT))));
    expect(text).toContain('load.u8 bool (&slot0)');
  });

  it('checks array indexing as pointer arithmetic and does not check member offsets', () => {
    const S = B.struct('s', [['a', CHAR], ['arr', arrayOf(INT, 4)]]);
    const s = B.sym('s', S);
    const i = B.sym('i', LONG, 'param');
    const text = lowerBody([i], [s], B.expr(B.assign(B.index(B.member(B.v(s), 'arr'), B.val(i)), B.int(7))));
    expect(text).toContain([
      '  _1 = ptr_add.i64 &slot0, const 4 * 1',
      '  _2 = ptr_add.i64 _1, _0 * 4 [check]',
      '  store.i32 (_2), const 7',
    ].join('\n'));
  });

  it('reaches a member of a record through a pointer at its offset', () => {
    const S = B.struct('s', [['a', INT], ['b', DOUBLE]]);
    const p = B.sym('p', pointerTo(S), 'param');
    const d = B.sym('d', DOUBLE);
    const text = lowerBody([p], [d], B.expr(B.assign(B.v(d), B.load(B.member(B.deref(B.val(p)), 'b')))));
    expect(text).toContain('  _2 = ptr_add.i64 _0, const 8 * 1\n  _3 = load.f64 (_2)\n  _1 = _3\n');
  });

  it('subtracts pointers with ptrDiff scaled by the element size', () => {
    const p = B.sym('p', pointerTo(DOUBLE), 'param');
    const [rv] = rvalues([p], [], B.expr(B.ptrDiff(B.val(p), B.val(p))));
    expect(rv).toEqual({ k: 'ptrDiff', a: { k: 'local', id: 0 }, b: { k: 'local', id: 0 }, scale: 8 });
  });

  it('copies a record on assignment', () => {
    const S = B.struct('s', [['a', INT], ['b', DOUBLE]]);
    const x = B.sym('x', S);
    const y = B.sym('y', S);
    const text = lowerBody([], [x, y], B.expr(B.assign(B.v(x), B.load(B.v(y)))));
    expect(text).toContain('copy (&slot0), (&slot1), 16');
  });

  it('gives every string literal its own read-only global', () => {
    const p = B.sym('p', pointerTo(CHAR));
    const mod = B.lowerProgram([B.fn('t', VOID, [], B.block([p],
      B.expr(B.assign(B.v(p), B.decay(B.str('hi')))), B.expr(B.assign(B.v(p), B.decay(B.str('hi'))))))]);
    expect(mod.globals.map((g) => [g.isString, g.readonly, g.size])).toEqual([[true, true, 3], [true, true, 3]]);
    expect(B.printFn(mod, 't')).toContain('_0 = &g0\n  _0 = &g1\n');
  });
});

describe('compound assignment and increment', () => {
  it('computes the target address once and converts in and out of the operation type', () => {
    const p = B.sym('p', pointerTo(CHAR), 'param');
    const text = lowerBody([p], [], B.expr(B.compoundAssign('*', B.deref(B.ptrAdd(B.val(p), B.int(2, LONG))), B.int(3), INT)));
    expect(text).toBe(`fn t(_0: ptr "p") -> void
  let _1: ptr
  let _2: i8
  let _3: i32
  let _4: i32
  let _5: i8
bb0:
  _1 = ptr_add.i64 _0, const 2 * 1 [check]
  _2 = load.i8 (_1)
  _3 = cast.i8->i32 _2
  _4 = mul.i32 _3, const 3 [check]
  _5 = cast.i32->i8 _4
  store.i8 (_1), _5
  return
`);
  });

  it('steps a pointer by its element size with a checked ptrAdd, negating the index of -=', () => {
    const p = B.sym('p', pointerTo(INT), 'param');
    const n = B.sym('n', LONG, 'param');
    const text = lowerBody([p, n], [], B.expr(B.compoundAssign('-', B.v(p), B.val(n), LONG)), B.expr(B.incDec(B.v(p), 1, true)));
    expect(text).toContain('  _2 = neg.i64 _1 [check]\n  _3 = ptr_add.i64 _0, _2 * 4 [check]\n  _0 = _3\n');
    expect(text).toContain('  _4 = ptr_add.i64 _0, const 1 * 4 [check]\n  _0 = _4\n');
  });

  it('returns the old value of a postfix increment of a register, copied before the update', () => {
    const i = B.sym('i', INT);
    const j = B.sym('j', INT);
    const text = lowerBody([], [i, j], B.declare(i, B.init(B.scalar(B.int(0)))), B.expr(B.assign(B.v(j), B.incDec(B.v(i), 1, false))));
    expect(text).toContain('  _2 = _0\n  _3 = add.i32 _2, const 1 [check]\n  _0 = _3\n  _1 = _2\n');
  });

  it('computes ++ on a char in int, so wrapping back into the char is a conversion and not an overflow', () => {
    const c = B.sym('c', CHAR, 'local', true);
    const text = lowerBody([], [c], B.expr(B.incDec(B.v(c), -1, true)));
    expect(text).toContain('  _0 = load.i8 (&slot0)\n  _1 = cast.i8->i32 _0\n  _2 = sub.i32 _1, const 1 [check]\n  _3 = cast.i32->i8 _2\n  store.i8 (&slot0), _3\n');
  });

  it('increments an unsigned long without a check and a float by 1.0', () => {
    const u = B.sym('u', ULONG);
    const f = B.sym('f', FLOAT);
    const text = lowerBody([], [u, f], B.expr(B.incDec(B.v(u), 1, true)), B.expr(B.incDec(B.v(f), -1, false)));
    expect(text).toContain('add.u64 _0, const 1\n');
    expect(text).toContain('sub.f32 _1, const 1.0\n');
  });
});

describe('short-circuit and conditional operators', () => {
  it('evaluates the right operand of && only when the left is nonzero, in its own block', () => {
    const a = B.sym('a', INT, 'param');
    const b = B.sym('b', INT, 'param');
    const x = B.sym('x', INT);
    expect(lowerBody([a, b], [x], B.expr(B.assign(B.v(x), B.and(B.val(a), B.cmp('>', B.val(b), B.int(0))))))).toBe(`fn t(_0: i32 "a", _1: i32 "b") -> void
  let _2: i32 "x"
  let _3: i32
  let _4: i32
bb0:
  branch.i32 _0, bb1, bb3
bb1:
  _4 = gt.i32 _1, const 0
  branch.i32 _4, bb2, bb3
bb2:
  _3 = const 1
  goto bb4
bb3:
  _3 = const 0
  goto bb4
bb4:
  _2 = _3
  return
`);
  });

  it('lets || skip its right operand when the left is nonzero', () => {
    const a = B.sym('a', INT, 'param');
    const p = B.sym('p', pointerTo(INT), 'param');
    const mod = B.lowerProgram([B.fn('t', INT, [a, p], B.block([], B.ret(B.or(B.val(a), B.load(B.deref(B.val(p)))))))]);
    const f = mod.functions[0]!;
    const loadBlock = f.blocks.find((bb) => bb.stmts.some((s) => s.k === 'assign' && s.rv.k === 'load'))!;
    expect(f.blocks[0]!.terminator).toMatchObject({ k: 'branch', cond: { k: 'local', id: 0 } });
    const t = f.blocks[0]!.terminator;
    if (t.k !== 'branch') throw new Error('no branch');
    expect(t.else).toBe(loadBlock.id);
    expect(t.then).not.toBe(loadBlock.id);
  });

  it('evaluates only the chosen arm of ?: into one result', () => {
    const c = B.sym('c', INT, 'param');
    const p = B.sym('p', pointerTo(INT), 'param');
    const x = B.sym('x', INT);
    const text = lowerBody([c, p], [x], B.expr(B.assign(B.v(x), B.cond(B.val(c), B.load(B.deref(B.val(p))), B.int(0)))));
    expect(text).toContain('bb0:\n  branch.i32 _0, bb1, bb2\nbb1:\n  _4 = load.i32 (_1)\n  _3 = _4\n  goto bb3\nbb2:\n  _3 = const 0\n  goto bb3\nbb3:\n  _2 = _3\n');
  });

  it('chooses between records by address', () => {
    const S = B.struct('s', [['a', INT]]);
    const c = B.sym('c', INT, 'param');
    const [x, y, z] = [B.sym('x', S), B.sym('y', S), B.sym('z', S)];
    const text = lowerBody([c], [x, y, z], B.expr(B.assign(B.v(z), B.cond(B.val(c), B.load(B.v(x)), B.load(B.v(y))))));
    expect(text).toContain('  _1 = &slot0\n');
    expect(text).toContain('  _1 = &slot1\n');
    expect(text).toContain('  copy (&slot2), (_1), 4\n');
  });

  it('evaluates the left of a comma for effect and yields the right', () => {
    const a = B.sym('a', INT);
    const b = B.sym('b', INT);
    const text = lowerBody([], [a, b], B.expr(B.assign(B.v(b), B.comma(B.assign(B.v(a), B.int(1)), B.bin('+', B.val(a), B.int(2))))));
    expect(text).toContain('  _0 = const 1\n  _2 = add.i32 _0, const 2 [check]\n  _1 = _2\n');
  });

  it('gives a statement expression its value before the objects of its block die', () => {
    const t = B.sym('t', INT, 'local', true);
    const x = B.sym('x', INT);
    const body = B.block([t], B.declare(t, B.init(B.scalar(B.int(4)))), B.expr(B.load(B.v(t))));
    const result = (body.items[1] as { expr: ReturnType<typeof B.load> }).expr;
    const text = lowerBody([], [x], B.expr(B.assign(B.v(x), B.stmtExpr(body, result))));
    expect(text).toContain('  storage_live slot0 "t"\n  store.i32 (&slot0), const 4\n  _1 = load.i32 (&slot0)\n  storage_dead slot0 "t"\n  _0 = _1\n');
    expect(text.match(/load/g)).toHaveLength(1);
  });
});
