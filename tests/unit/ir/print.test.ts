import { describe, expect, it } from 'vitest';
import { SourceMap } from '../../../src/frontend/source.js';
import type { IrFunction, IrModule } from '../../../src/ir/ir.js';
import { printIr, quote } from '../../../src/ir/print.js';

const at = (line: number, col = 1) => ({ file: 0, line, col, endLine: line, endCol: col + 1 });

/** int f(int a, ...) with one of every statement and terminator form. */
function sample(): IrFunction {
  return {
    name: 'f', linkName: 'f.3', params: [0], retKind: 'i32', sret: false, variadic: true, span: at(1),
    locals: [
      { id: 0, name: 'a', kind: 'i32' }, { id: 1, name: '', kind: 'i32' }, { id: 2, name: '', kind: 'ptr' },
      { id: 3, name: 'b', kind: 'u8', isBool: true }, { id: 4, name: '', kind: 'i64' },
    ],
    slots: [{ id: 0, name: 'buf', size: 16, align: 8, span: at(2) }],
    blocks: [
      {
        id: 0, stmts: [
          { k: 'storageLive', slot: 0, span: at(2) },
          { k: 'assign', dst: 1, rv: { k: 'binary', op: 'add', kind: 'i32', a: { k: 'local', id: 0 }, b: { k: 'const', kind: 'i32', value: 1 }, check: true }, span: at(3, 5) },
          { k: 'assign', dst: 1, rv: { k: 'binary', op: 'shl', kind: 'i32', a: { k: 'local', id: 1 }, b: { k: 'local', id: 4 }, bKind: 'i64', check: true }, span: at(3) },
          { k: 'assign', dst: 2, rv: { k: 'ptrAdd', ptr: { k: 'slotAddr', slot: 0 }, index: { k: 'local', id: 4 }, indexKind: 'i64', scale: 4, check: true }, span: at(4) },
          { k: 'store', ptr: { k: 'local', id: 2 }, value: { k: 'local', id: 1 }, kind: 'i32', span: at(4) },
          { k: 'assign', dst: 3, rv: { k: 'load', ptr: { k: 'local', id: 2 }, kind: 'u8', isBool: true }, span: at(5) },
          { k: 'assign', dst: 4, rv: { k: 'cast', from: 'i32', to: 'i64', a: { k: 'local', id: 1 } }, span: at(5) },
          { k: 'assign', dst: 3, rv: { k: 'cast', from: 'ptr', to: 'u8', a: { k: 'local', id: 2 }, toBool: true }, span: at(5) },
          { k: 'assign', dst: 4, rv: { k: 'ptrDiff', a: { k: 'local', id: 2 }, b: { k: 'slotAddr', slot: 0 }, scale: 4 }, span: at(5) },
          { k: 'assign', dst: 1, rv: { k: 'ptrCompare', op: 'lt', a: { k: 'local', id: 2 }, b: { k: 'const', kind: 'ptr', value: 0 } }, span: at(5) },
          { k: 'assign', dst: 1, rv: { k: 'unary', op: 'neg', kind: 'i32', a: { k: 'local', id: 1 }, check: true }, span: at(5) },
          { k: 'copy', dst: { k: 'slotAddr', slot: 0 }, src: { k: 'globalAddr', global: 0 }, size: 3, span: at(6) },
          { k: 'zero', dst: { k: 'slotAddr', slot: 0 }, size: 16, span: at(6) },
        ],
        terminator: { k: 'call', callee: { k: 'direct', name: 'printf' }, args: [{ k: 'globalAddr', global: 0 }, { k: 'local', id: 1 }],
          argKinds: ['ptr', 'i32'], fixedArgs: 1, dst: 1, retKind: 'i32', next: 1, span: at(7) },
      },
      { id: 1, stmts: [], terminator: { k: 'branch', cond: { k: 'local', id: 3 }, condKind: 'u8', then: 2, else: 3, span: at(8) } },
      { id: 2, stmts: [], terminator: { k: 'switch', value: { k: 'local', id: 4 }, kind: 'i64', cases: [{ value: 1, target: 3 }, { value: 2n ** 60n, target: 4 }], otherwise: 4, span: at(9) } },
      { id: 3, stmts: [], terminator: { k: 'call', callee: { k: 'indirect', ptr: { k: 'funcAddr', name: 'g' } }, args: [], argKinds: [], fixedArgs: undefined, dst: undefined, retKind: 'void', next: 4, span: at(10) } },
      { id: 4, stmts: [{ k: 'storageDead', slot: 0, span: at(11) }], terminator: { k: 'return', value: { k: 'const', kind: 'f64', value: 2 }, span: at(11) } },
      { id: 5, stmts: [], terminator: { k: 'unreachable', reason: 'missing-return', span: at(12) } },
    ],
  };
}

const module = (): IrModule => ({
  functions: [sample()],
  globals: [
    { id: 0, name: 'string literal', linkName: '.str.0', size: 3, align: 1, readonly: true, isString: true, span: at(1),
      init: [{ k: 'bytes', offset: 0, data: new Uint8Array([104, 10, 0]) }] },
    { id: 1, name: 'table', linkName: 'table', size: 24, align: 8, readonly: false, isString: false, span: at(1),
      init: [{ k: 'bytes', offset: 0, data: new Uint8Array([1, 0, 0, 0]) }, { k: 'globalPtr', offset: 8, global: 0, addend: 2 },
        { k: 'funcPtr', offset: 16, name: 'f.3' }] },
  ],
  externs: [{ name: 'printf', span: at(1) }],
});

describe('printIr', () => {
  it('prints globals with their images, then externs, then each function', () => {
    expect(printIr(module())).toBe(`global g0 .str.0: size 3, align 1 readonly string
  0: "h\\n\\x00"
global g1 table: size 24, align 8
  0: 01 00 00 00
  8: &g0 + 2
  16: &fn:f.3
extern printf

fn f (f.3)(_0: i32 "a", ...) -> i32
  let _1: i32
  let _2: ptr
  let _3: u8 bool "b"
  let _4: i64
  slot0 "buf": size 16, align 8
bb0:
  storage_live slot0 "buf"
  _1 = add.i32 _0, const 1 [check]
  _1 = shl.i32/i64 _1, _4 [check]
  _2 = ptr_add.i64 &slot0, _4 * 4 [check]
  store.i32 (_2), _1
  _3 = load.u8 bool (_2)
  _4 = cast.i32->i64 _1
  _3 = to_bool.ptr _2
  _4 = ptr_diff _2, &slot0 / 4
  _1 = ptr_lt _2, const null
  _1 = neg.i32 _1 [check]
  copy (&slot0), (&g0), 3
  zero (&slot0), 16
  call printf(&g0, ... _1) -> _1, bb1
bb1:
  branch.u8 _3, bb2, bb3
bb2:
  switch.i64 _4 [1: bb3, 1152921504606846976: bb4], otherwise bb4
bb3:
  call (&fn:g)() -> bb4 [unprototyped]
bb4:
  storage_dead slot0 "buf"
  return const 2.0
bb5:
  unreachable missing-return
`);
  });

  it('adds the source position of every line when given the sources', () => {
    const sources = new SourceMap();
    sources.add('t.c', 'int f(int a, ...);\n');
    const text = printIr(module(), sources);
    expect(text).toContain('  _1 = add.i32 _0, const 1 [check]  // t.c:3:5\n');
    expect(text).toContain('  return const 2.0  // t.c:11:1\n');
  });

  it('summarizes long images after 64 bytes', () => {
    const mod: IrModule = { functions: [], externs: [], globals: [{ id: 0, name: 'big', linkName: 'big', size: 100, align: 1, readonly: false,
      isString: false, span: at(1), init: [{ k: 'bytes', offset: 0, data: new Uint8Array(100).fill(255) }] }] };
    expect(printIr(mod)).toMatch(/^ {2}0: (ff ){63}ff \.\.\. \(100 bytes\)$/m);
  });

  it('quotes string bytes as C would', () => {
    expect(quote(new Uint8Array([0x61, 0x22, 0x5c, 0x09, 0xff, 0]))).toBe('"a\\"\\\\\\t\\xff\\x00"');
  });
});
