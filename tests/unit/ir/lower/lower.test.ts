import { describe, expect, it } from 'vitest';
import { CHAR, INT, LONG, UINT, VOID, arrayOf, pointerTo } from '../../../../src/frontend/ctypes.js';
import type { CType, RecordInfo } from '../../../../src/frontend/ctypes.js';
import { CompileAbort } from '../../../../src/diagnostics/stop.js';
import type { TExpr } from '../../../../src/frontend/typed-ast.js';
import { printIr } from '../../../../src/ir/print.js';
import * as B from '../build.js';
import { checkModule } from '../check.js';

function abortOf(run: () => unknown): CompileAbort {
  try {
    run();
  } catch (e) {
    if (e instanceof CompileAbort) return e;
    throw e;
  }
  throw new Error('lowering did not abort');
}

describe('lower', () => {
  it('lowers a whole program: globals with images, then functions', () => {
    // int counter = 3; static int bump(int by) { counter += by; return counter; }
    // int main(void) { int r = bump(2); return r > 4; }
    const counter = B.sym('counter', INT, 'global');
    const by = B.sym('by', INT, 'param');
    const bump = B.fn('bump', INT, [by], B.block([],
      B.expr(B.compoundAssign('+', B.v(counter), B.val(by), INT)), B.ret(B.val(counter))));
    (bump.sym as { linkName: string }).linkName = 'bump.1';
    const r = B.sym('r', INT);
    const main = B.fn('main', INT, [], B.block([r], B.declare(r, B.init(B.scalar(B.call(bump.sym, [B.int(2)])))), B.ret(B.cmp('>', B.val(r), B.int(4)))));
    const mod = B.lowerProgram([bump, main], [B.global(counter, B.init(B.scalar(B.int(3))))]);
    expect(checkModule(mod)).toEqual([]);
    expect(printIr(mod)).toBe(`global g0 counter: size 4, align 4
  0: 03

fn bump (bump.1)(_0: i32 "by") -> i32
  let _1: i32
  let _2: i32
  let _3: i32
bb0:
  _1 = load.i32 (&g0)
  _2 = add.i32 _1, _0 [check]
  store.i32 (&g0), _2
  _3 = load.i32 (&g0)
  return _3

fn main() -> i32
  let _0: i32 "r"
  let _1: i32
  let _2: i32
bb0:
  call bump.1(const 2) -> _1, bb1
bb1:
  _0 = _1
  _2 = gt.i32 _0, const 4
  return _2
`);
  });

  it('marks variadic functions', () => {
    const f = B.fn('logf', VOID, [B.sym('fmt', pointerTo(CHAR), 'param')], B.block([]), true);
    const mod = B.lowerProgram([f]);
    expect(mod.functions[0]!.variadic).toBe(true);
    expect(printIr(mod)).toContain('fn logf(_0: ptr "fmt", ...) -> void');
  });

  it('puts the span of the operator on the statement that checks it', () => {
    const a = B.sym('a', INT, 'param');
    const p = B.sym('p', pointerTo(INT), 'param');
    const f = B.fn('f', INT, [a, p], B.block([], B.ret(B.bin('/', B.val(a), B.load(B.deref(B.val(p), B.at(5, 14)), B.at(5, 14)), B.at(5, 12)))));
    const stmts = B.lowerProgram([f]).functions[0]!.blocks[0]!.stmts;
    expect(stmts.map((s) => [s.k === 'assign' ? s.rv.k : s.k, s.span.line, s.span.col])).toEqual([['load', 5, 14], ['binary', 5, 12]]);
  });

  it('puts the span of the call expression on the call', () => {
    const g = B.fn('g', VOID, [], B.block([]));
    const f = B.fn('f', VOID, [], B.block([], B.expr(B.call(g.sym, [], B.at(9, 3)))));
    const t = B.lowerProgram([g, f]).functions[1]!.blocks[0]!.terminator;
    expect(t).toMatchObject({ k: 'call', span: { line: 9, col: 3 } });
  });

  it('reads a bit-field member with a bitLoad of only the bytes holding its bits', () => {
    const rec: RecordInfo = { id: 999, tag: 'bits', isUnion: false, size: 4, align: 4, hasFlexibleArray: false,
      members: [{ name: 'f', type: UINT, offset: 1, bitOffset: 6, bitWidth: 5 }] };
    const T: CType = { kind: 'record', rec };
    const s = B.sym('s', T);
    const m: TExpr = { k: 'member', object: B.v(s), member: rec.members![0]!, type: UINT, span: B.at(6, 5) };
    const f = B.fn('f', UINT, [], B.block([s], B.ret(B.load(m))));
    const text = printIr(B.lowerProgram([f]));
    expect(text).toMatch(/bit_load\.u32 \(_\d+\) \[2 bytes, bits 6\+5\]/);
  });

  it('turns a broken sema contract (the address of a register variable) into a CompileError, not a crash', () => {
    const x = B.sym('x', INT); // addressTaken wrongly false
    const p = B.sym('p', pointerTo(INT));
    const f = B.fn('f', VOID, [], B.block([x, p], B.expr(B.assign(B.v(p), B.addr(B.v(x, B.at(3, 7)), B.at(3, 6))))));
    const err = abortOf(() => B.lowerProgram([f]));
    expect(err.errors[0]).toMatchObject({ category: 'unsupported', span: { line: 3, col: 7 } });
  });

  it('keeps every lowered function structurally sound on a mixed program', () => {
    const S = B.struct('node', [['v', INT], ['next', pointerTo(INT)]]);
    const arr = B.sym('arr', arrayOf(S, 4));
    const i = B.sym('i', LONG, 'local', true);
    const sum = B.sym('sum', INT);
    const init = B.block([i], B.declare(i, B.init(B.scalar(B.int(0, LONG)))));
    const elem = () => B.deref(B.ptrAdd(B.decay(B.v(arr)), B.val(i)));
    const loop = B.for_(init, B.cmp('<', B.val(i), B.int(4, LONG)), B.incDec(B.v(i), 1, false), B.block([],
      B.expr(B.assign(B.member(elem(), 'v'), B.conv(B.val(i), INT))),
      B.if_(B.cmp('==', B.val(i), B.int(2, LONG)), B.cont()),
      B.expr(B.compoundAssign('+', B.v(sum), B.load(B.member(elem(), 'v')), INT))));
    const main = B.fn('main', INT, [], B.block([arr, sum], B.declare(sum, B.init(B.scalar(B.int(0)))), loop, B.ret(B.val(sum))));
    const mod = B.lowerProgram([main]);
    expect(checkModule(mod)).toEqual([]);
  });
});
