import { describe, expect, it } from 'vitest';
import { INT, LONG, VOID, arrayOf, pointerTo } from '../../../../src/frontend/ctypes.js';
import type { TBlock, TStmt, VarSymbol } from '../../../../src/frontend/typed-ast.js';
import type { IrFunction, Statement } from '../../../../src/ir/ir.js';
import * as B from '../build.js';
import { checkFunction } from '../check.js';

const n = B.sym('n', INT, 'param');
const cond = () => B.cmp('<', B.val(n), B.int(3));

/** Lower `ret t(params) body`, check its lifetimes, and return it. */
function lowerFn(body: TBlock, params: VarSymbol[] = [n], ret = VOID): IrFunction {
  const mod = B.lowerProgram([B.fn('t', ret, params, body)]);
  const f = mod.functions[0]!;
  expect(checkFunction(f, mod)).toEqual([]);
  return f;
}

const print = (f: IrFunction) => B.printFn({ functions: [f], globals: [], externs: [] }, f.name);

/** The storage statements of a block, as `live:slotN` / `dead:slotN`. */
function storage(stmts: readonly Statement[]): string[] {
  return stmts.flatMap((s) => (s.k === 'storageLive' ? [`live:${s.slot}`] : s.k === 'storageDead' ? [`dead:${s.slot}`] : []));
}

/** The block that ends with a goto/return from the given terminator kind, found by predicate. */
function blocksEndingWith(f: IrFunction, k: string) {
  return f.blocks.filter((b) => b.terminator.k === k);
}

const arr = (name: string) => B.sym(name, arrayOf(INT, 2));

describe('block lifetimes', () => {
  it('makes a block\'s objects live at its entry and kills them when control falls off its end', () => {
    const a = arr('a');
    const b = B.sym('b', INT, 'local', true);
    const f = lowerFn(B.block([], B.block([a, b], B.expr(B.assign(B.v(b), B.int(1)))), B.expr(B.int(0))), []);
    expect(print(f)).toBe(`fn t() -> void
  slot0 "a": size 8, align 4
  slot1 "b": size 4, align 4
bb0:
  storage_live slot0 "a"
  storage_live slot1 "b"
  store.i32 (&slot1), const 1
  storage_dead slot1 "b"
  storage_dead slot0 "a"
  return
`);
  });

  it('keeps scalars whose address is never taken in registers, with no lifetime statements', () => {
    const x = B.sym('x', INT);
    const f = lowerFn(B.block([x], B.declare(x, B.init(B.scalar(B.int(2))))), []);
    expect(f.slots).toEqual([]);
    expect(f.locals).toEqual([{ id: 0, name: 'x', kind: 'i32' }]);
  });

  it('kills every live object, innermost first, on return from a nested block', () => {
    const p = B.sym('p', INT, 'param', true);
    const a = arr('a');
    const b = arr('b');
    const f = lowerFn(B.block([a], B.block([b], B.ret(B.int(1)))), [p], INT);
    const ret = blocksEndingWith(f, 'return');
    expect(ret).toHaveLength(1);
    expect(storage(ret[0]!.stmts)).toEqual(['live:0', 'live:1', 'live:2', 'dead:2', 'dead:1', 'dead:0']);
  });

  it('stores an address-taken parameter into its slot in the prologue', () => {
    const p = B.sym('p', INT, 'param', true);
    const f = lowerFn(B.block([], B.expr(B.assign(B.v(p), B.int(3)))), [p]);
    expect(print(f)).toContain('bb0:\n  storage_live slot0 "p"\n  store.i32 (&slot0), _0\n  store.i32 (&slot0), const 3\n  storage_dead slot0 "p"\n  return\n');
    expect(f.params).toEqual([0]);
  });
});

describe('loops', () => {
  it('kills the loop body\'s objects on break and continue, and makes them live again each iteration', () => {
    const a = arr('a');
    const body = B.block([a], B.if_(cond(), B.brk()), B.if_(cond(), B.cont()), B.expr(B.assign(B.index(B.v(a), B.int(0)), B.int(1))));
    const f = lowerFn(B.block([], B.while_(cond(), body)));
    const lives = f.blocks.flatMap((b) => storage(b.stmts)).filter((s) => s === 'live:0');
    const deaths = f.blocks.flatMap((b) => storage(b.stmts)).filter((s) => s === 'dead:0');
    expect(lives).toHaveLength(1);
    expect(deaths).toHaveLength(3); // break, continue, end of body
    expect(print(f)).toBe(`fn t(_0: i32 "n") -> void
  let _1: i32
  let _2: i32
  let _3: i32
  let _4: ptr
  slot0 "a": size 8, align 4
bb0:
  goto bb1
bb1:
  _1 = lt.i32 _0, const 3
  branch.i32 _1, bb2, bb7
bb2:
  storage_live slot0 "a"
  _2 = lt.i32 _0, const 3
  branch.i32 _2, bb3, bb4
bb3:
  storage_dead slot0 "a"
  goto bb7
bb4:
  _3 = lt.i32 _0, const 3
  branch.i32 _3, bb5, bb6
bb5:
  storage_dead slot0 "a"
  goto bb1
bb6:
  _4 = ptr_add.i64 &slot0, const 0 * 4 [check]
  store.i32 (_4), const 1
  storage_dead slot0 "a"
  goto bb1
bb7:
  return
`);
  });

  it('keeps an object declared in a for clause alive across iterations and kills it after the loop', () => {
    const i = B.sym('i', INT, 'local', true);
    const init = B.block([i], B.declare(i, B.init(B.scalar(B.int(0)))));
    const f = lowerFn(B.block([], B.for_(init, B.cmp('<', B.val(i), B.int(10)), B.incDec(B.v(i), 1, false), B.block([], B.if_(B.val(i), B.brk())))));
    const all = f.blocks.flatMap((b) => storage(b.stmts));
    expect(all).toEqual(['live:0', 'dead:0']);
    expect(print(f)).toContain('storage_dead slot0 "i"\n  return\n');
  });

  it('runs a do-while body before testing and continues at the test', () => {
    const x = B.sym('x', INT);
    const f = lowerFn(B.block([x], B.declare(x, B.init(B.scalar(B.int(0)))),
      B.doWhile(B.block([], B.if_(B.val(x), B.cont()), B.expr(B.incDec(B.v(x), 1, true))), B.cmp('<', B.val(x), B.int(5)))), []);
    expect(print(f)).toContain(`bb0:
  _0 = const 0
  goto bb1
bb1:
  branch.i32 _0, bb3, bb2
bb2:
  _1 = add.i32 _0, const 1 [check]
  _0 = _1
  goto bb3
bb3:
  _2 = lt.i32 _0, const 5
  branch.i32 _2, bb1, bb4
bb4:
  return
`);
  });

  it('folds a constant condition into a jump (for (;;) and while (1))', () => {
    const f = lowerFn(B.block([], B.while_(B.int(1), B.block([], B.if_(cond(), B.brk()))), B.for_(undefined, undefined, undefined, B.brk())));
    expect(f.blocks.every((b) => b.terminator.k !== 'branch' || b.terminator.cond.k === 'local')).toBe(true);
    expect(print(f)).not.toContain('const 1,');
  });
});

describe('goto', () => {
  it('kills the objects of the blocks a goto leaves', () => {
    const a = arr('a');
    const f = lowerFn(B.block([], B.block([a], B.if_(cond(), B.goto('out'))), B.label('out', B.ret())));
    const gotoBlock = f.blocks.find((b) => storage(b.stmts).join() === 'dead:0' && b.terminator.k === 'goto');
    expect(gotoBlock).toBeDefined();
  });

  it('makes the objects of the blocks a goto enters live on its own edge', () => {
    const a = arr('a');
    const inner = B.block([a], B.label('in', B.expr(B.assign(B.index(B.v(a), B.int(1)), B.int(2)))));
    const f = lowerFn(B.block([], B.if_(cond(), B.goto('in')), inner));
    const entries = f.blocks.filter((b) => storage(b.stmts).join() === 'live:0');
    expect(entries).toHaveLength(2); // falling into the block, and the goto's edge
    expect(entries.map((b) => b.terminator.k)).toContain('goto');
  });

  it('keeps objects alive when jumping backwards inside their block', () => {
    const a = arr('a');
    const f = lowerFn(B.block([a], B.label('again', B.if_(cond(), B.goto('again')))));
    expect(f.blocks.flatMap((b) => storage(b.stmts))).toEqual(['live:0', 'dead:0']);
  });

  it('reports a forward jump to a label it cannot find as unsupported, with the span', () => {
    const body = B.block([], B.goto('nowhere', B.at(4, 3)));
    try {
      B.lowerProgram([B.fn('t', VOID, [], body)]);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ errors: [{ category: 'unsupported', span: { line: 4, col: 3 } }] });
    }
  });
});

describe('switch', () => {
  it('switches on the promoted value with the default as otherwise and falls through between cases', () => {
    const n = B.sym('n', INT, 'param');
    const x = B.sym('x', INT);
    const body = B.block([], B.case_(1, B.expr(B.assign(B.v(x), B.int(10)))), B.case_(2, B.brk()), B.default_(B.expr(B.assign(B.v(x), B.int(30)))));
    const f = lowerFn(B.block([x], B.switch_(B.val(n), body)), [n]);
    expect(print(f)).toBe(`fn t(_0: i32 "n") -> void
  let _1: i32 "x"
bb0:
  switch.i32 _0 [1: bb1, 2: bb3], otherwise bb2
bb1:
  _1 = const 10
  goto bb3
bb2:
  _1 = const 30
  goto bb3
bb3:
  return
`);
  });

  it('goes to the end of the switch when no case matches and there is no default', () => {
    const n = B.sym('n', LONG, 'param');
    const f = lowerFn(B.block([], B.switch_(B.val(n), B.block([], B.case_(7, B.ret())))), [n]);
    const sw = f.blocks[0]!.terminator;
    expect(sw).toMatchObject({ k: 'switch', kind: 'i64', cases: [{ value: 7 }] });
    if (sw.k !== 'switch') return;
    expect(f.blocks[sw.otherwise]!.terminator.k).toBe('return');
    expect(sw.otherwise).not.toBe(sw.cases[0]!.target);
  });

  it('expands a small case range and tests a huge one with compares', () => {
    const n = B.sym('n', INT, 'param');
    const f = lowerFn(B.block([], B.switch_(B.val(n), B.block([], B.case_(1, B.ret(), 3), B.case_(100, B.ret(), 100000)))), [n]);
    const text = print(f);
    expect(text).toContain('_1 = ge.i32 _0, const 100');
    expect(text).toContain('_2 = le.i32 _0, const 100000');
    expect(text).toMatch(/switch\.i32 _0 \[1: (bb\d+), 2: \1, 3: \1\]/);
  });

  it('makes live the objects of a block a case label jumps into', () => {
    const n = B.sym('n', INT, 'param');
    const a = arr('a');
    const body = B.block([a], B.case_(1, B.expr(B.assign(B.index(B.v(a), B.int(0)), B.int(1)))), B.default_(B.brk()));
    const f = lowerFn(B.block([], B.switch_(B.val(n), body)), [n]);
    const sw = f.blocks[0]!.terminator;
    if (sw.k !== 'switch') throw new Error('no switch');
    expect(storage(f.blocks[sw.cases[0]!.target]!.stmts)).toEqual(['live:0']);
    expect(storage(f.blocks[sw.otherwise]!.stmts)).toEqual(['live:0']);
  });
});

describe('function ends', () => {
  it('returns 0 when control reaches the end of main', () => {
    const mod = B.lowerProgram([B.fn('main', INT, [], B.block([]))]);
    expect(mod.functions[0]!.blocks[0]!.terminator).toMatchObject({ k: 'return', value: { k: 'const', kind: 'i32', value: 0 } });
  });

  it('returns no value when control reaches the end of another int function, so the machine can catch a use', () => {
    const f = lowerFn(B.block([]), [], INT);
    expect(f.blocks[0]!.terminator).toMatchObject({ k: 'return', value: undefined });
    expect(f.retKind).toBe('i32');
  });

  it('reports the end of the function at its closing brace', () => {
    const body: TBlock = { ...B.block([]), span: { file: 0, line: 3, col: 10, endLine: 7, endCol: 2 } };
    const f = lowerFn(body);
    expect(f.blocks[0]!.terminator.span).toMatchObject({ line: 7, col: 1 });
  });

  it('returns a pointer to a local as a dangling value: the address is taken before the slot dies', () => {
    const x = B.sym('x', INT, 'local', true);
    const f = lowerFn(B.block([x], B.ret(B.addr(B.v(x)))), [], pointerTo(INT));
    expect(print(f)).toContain('  _0 = &slot0\n  storage_dead slot0 "x"\n  return _0\n');
  });
});

describe('declarations', () => {
  it('initializes an array from a string with a copy from a read-only global and zeroes the rest', () => {
    const s = B.sym('s', arrayOf({ kind: 'int', ik: 'char' }, 8));
    const mod = B.lowerProgram([B.fn('t', VOID, [], B.block([s], B.declare(s, B.init(B.bytes('abc'), B.zero(4, 4)))))]);
    expect(mod.globals[0]).toMatchObject({ isString: true, readonly: true, size: 4 });
    expect(B.printFn(mod, 't')).toContain('  copy (&slot0), (&g0), 4\n  _0 = ptr_add.i64 &slot0, const 4 * 1\n  zero (_0), 4\n');
  });

  it('leaves padding alone: only the items are written', () => {
    const S = B.struct('s', [['c', { kind: 'int', ik: 'char' }], ['l', LONG]]);
    const s = B.sym('s', S);
    const f = lowerFn(B.block([s], B.declare(s, B.init(B.scalar(B.conv(B.int(1), { kind: 'int', ik: 'char' })), B.scalar(B.int(2, LONG), 8)))), []);
    expect(print(f)).toContain('  store.i8 (&slot0), const 1\n  _0 = ptr_add.i64 &slot0, const 8 * 1\n  store.i64 (_0), const 2\n');
    expect(print(f)).not.toContain('zero');
  });

  it('initializes a compound literal each time it is evaluated', () => {
    const lit = B.sym('compound literal', arrayOf(INT, 2));
    const p = B.sym('p', pointerTo(INT));
    const loop = B.while_(cond(), B.block([lit], B.expr(B.assign(B.v(p), B.decay(B.compoundLit(lit, B.init(B.scalar(B.int(1)), B.scalar(B.int(2), 4))))))));
    const f = lowerFn(B.block([p], loop));
    const body = f.blocks.find((b) => storage(b.stmts).includes('live:0'))!;
    expect(body.stmts.filter((s) => s.k === 'store')).toHaveLength(2);
  });

  it('builds the image of a static local at compile time and runs nothing at its declaration', () => {
    const s = B.sym('count', INT, 'global');
    const mod = B.lowerProgram([B.fn('t', VOID, [], B.block([], B.declare(s, B.init(B.scalar(B.int(5))))))]);
    expect(mod.globals).toMatchObject([{ name: 'count', init: [{ k: 'bytes', offset: 0, data: new Uint8Array([5]) }] }]);
    expect(mod.functions[0]!.blocks[0]!.stmts).toEqual([]);
  });
});

describe('full expressions', () => {
  const S = B.struct('pair', [['a', INT], ['b', INT]]);
  const make = B.fn('make', S, [], B.block([]));

  it('ends the lifetime of a call\'s record result at the end of its statement', () => {
    const x = B.sym('x', INT);
    const t = B.fn('t', VOID, [], B.block([x], B.expr(B.assign(B.v(x), B.load(B.member(B.call(make.sym, []), 'b'))))));
    const mod = B.lowerProgram([make, t]);
    const f = B.fnOf(mod, 't');
    expect(checkFunction(f, mod)).toEqual([]);
    expect(B.printFn(mod, 't')).toContain(`bb0:
  storage_live slot0 "temporary"
  call make(&slot0) -> bb1
bb1:
  _1 = ptr_add.i64 &slot0, const 4 * 1
  _2 = load.i32 (_1)
  _0 = _2
  storage_dead slot0 "temporary"
  return
`);
  });

  it('kills a temporary of a condition on both edges out of it', () => {
    const stmt: TStmt = B.if_(B.load(B.member(B.call(make.sym, []), 'a')), B.expr(B.int(1)));
    const t = B.fn('t', VOID, [], B.block([], stmt));
    const mod = B.lowerProgram([make, t]);
    const f = B.fnOf(mod, 't');
    expect(checkFunction(f, mod)).toEqual([]);
    expect(f.blocks.filter((b) => storage(b.stmts).includes('dead:0'))).toHaveLength(2);
  });
});
