import { describe, expect, it } from 'vitest';
import { CHAR, DOUBLE, FLOAT, INT, LDOUBLE, LONG, SHORT, ULONG, arrayOf, pointerTo } from '../../../../src/frontend/ctypes.js';
import { CompileAbort } from '../../../../src/diagnostics/stop.js';
import type { TGlobal } from '../../../../src/frontend/typed-ast.js';
import type { IrModule } from '../../../../src/ir/ir.js';
import * as B from '../build.js';

const main = () => B.fn('main', INT, [], B.block([]));
const lowerGlobals = (...globals: TGlobal[]): IrModule => B.lowerProgram([main()], globals);
const bytes = (...b: number[]) => new Uint8Array(b);

describe('global images', () => {
  it('encodes integers little-endian at their offsets and omits trailing zeros', () => {
    const S = B.struct('s', [['a', SHORT], ['b', INT], ['c', LONG]]);
    const g = B.sym('g', S, 'global');
    const mod = lowerGlobals(B.global(g, B.init(B.scalar(B.int(-2, SHORT)), B.scalar(B.int(0x01020304), 4), B.scalar(B.int(1, LONG), 8))));
    expect(mod.globals[0]!.init).toEqual([{ k: 'bytes', offset: 0, data: bytes(0xfe, 0xff, 0, 0, 4, 3, 2, 1, 1) }]);
    expect(mod.globals[0]).toMatchObject({ name: 'g', size: 16, align: 8, readonly: false, isString: false });
  });

  it('encodes unsigned values beyond 2^53 exactly', () => {
    const g = B.sym('g', ULONG, 'global');
    const mod = lowerGlobals(B.global(g, B.init(B.scalar(B.int(0xfedcba9876543210n, ULONG)))));
    expect(mod.globals[0]!.init).toEqual([{ k: 'bytes', offset: 0, data: bytes(0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe) }]);
  });

  it('encodes float, double and long double (computed as double) in IEEE format', () => {
    const S = B.struct('s', [['f', FLOAT], ['d', DOUBLE], ['l', LDOUBLE]]);
    const g = B.sym('g', S, 'global');
    const mod = lowerGlobals(B.global(g, B.init(B.scalar(B.flt(1.5, FLOAT)), B.scalar(B.flt(-2, DOUBLE), 8), B.scalar(B.flt(0.5, LDOUBLE), 16))));
    const data = mod.globals[0]!.init[0]!;
    if (data.k !== 'bytes') throw new Error('no bytes');
    const view = new DataView(new Uint8Array([...new Uint8Array(data.offset), ...data.data, ...new Uint8Array(32)]).buffer);
    expect([view.getFloat32(0, true), view.getFloat64(8, true), view.getFloat64(16, true)]).toEqual([1.5, -2, 0.5]);
  });

  it('leaves a global without initializer (a tentative definition) all zero', () => {
    const g = B.sym('buf', arrayOf(CHAR, 1 << 20), 'global');
    const mod = lowerGlobals(B.global(g));
    expect(mod.globals[0]).toMatchObject({ size: 1 << 20, init: [] });
  });

  it('marks const objects read-only', () => {
    const g = B.sym('k', INT, 'global');
    expect(lowerGlobals(B.global(g, B.init(B.scalar(B.int(1))), true)).globals[0]!.readonly).toBe(true);
  });

  it('lets a later item override what an earlier one wrote', () => {
    const g = B.sym('a', arrayOf(INT, 2), 'global');
    const mod = lowerGlobals(B.global(g, B.init(B.scalar(B.int(5), 4), B.scalar(B.int(1)), B.zero(4, 4))));
    expect(mod.globals[0]!.init).toEqual([{ k: 'bytes', offset: 0, data: bytes(1) }]);
  });

  it('folds the floating arithmetic and casts left in a constant initializer', () => {
    const g = B.sym('g', INT, 'global');
    const third = B.bin('/', B.flt(10, DOUBLE), B.flt(3, DOUBLE));
    const mod = lowerGlobals(B.global(g, B.init(B.scalar(B.conv(third, INT)))));
    expect(mod.globals[0]!.init).toEqual([{ k: 'bytes', offset: 0, data: bytes(3) }]);
  });
});

describe('address constants', () => {
  it('stores a pointer into another global with its byte addend', () => {
    const arr = B.sym('arr', arrayOf(INT, 10), 'global');
    const p = B.sym('p', pointerTo(INT), 'global');
    const mod = lowerGlobals(B.global(p, B.init(B.scalar(B.ptrAdd(B.decay(B.v(arr)), B.int(3, LONG))))), B.global(arr));
    expect(mod.globals.map((g) => g.name)).toEqual(['p', 'arr']);
    expect(mod.globals[0]!.init).toEqual([{ k: 'globalPtr', offset: 0, global: 1, addend: 12 }]);
  });

  it('resolves &s.member to the member\'s offset', () => {
    const S = B.struct('s', [['a', INT], ['b', arrayOf(CHAR, 4)]]);
    const s = B.sym('s', S, 'global');
    const p = B.sym('p', pointerTo(CHAR), 'global');
    const mod = lowerGlobals(B.global(s), B.global(p, B.init(B.scalar(B.decay(B.member(B.v(s), 'b'))))));
    expect(mod.globals[1]!.init).toEqual([{ k: 'globalPtr', offset: 0, global: 0, addend: 4 }]);
  });

  it('stores function pointers by name, listing undefined functions as externs', () => {
    const puts = B.externFn('puts', INT, [pointerTo(CHAR)]);
    const m = main();
    const table = B.sym('table', arrayOf(pointerTo(puts.type), 2), 'global');
    const mod = B.lowerProgram([m], [B.global(table, B.init(B.scalar(B.decay(B.v(puts))), B.scalar(B.conv(B.decay(B.v(m.sym)), pointerTo(puts.type)), 8)))]);
    expect(mod.globals[0]!.init).toEqual([{ k: 'funcPtr', offset: 0, name: 'puts' }, { k: 'funcPtr', offset: 8, name: 'main' }]);
    expect(mod.externs.map((e) => e.name)).toEqual(['puts']);
  });

  it('points at a new read-only string-literal global', () => {
    const s = B.sym('msg', pointerTo(CHAR), 'global');
    const mod = lowerGlobals(B.global(s, B.init(B.scalar(B.ptrAdd(B.decay(B.str('hello')), B.int(1, LONG))))));
    expect(mod.globals[1]).toMatchObject({ name: 'string literal', isString: true, readonly: true, size: 6,
      init: [{ k: 'bytes', offset: 0, data: new TextEncoder().encode('hello\0') }] });
    expect(mod.globals[0]!.init).toEqual([{ k: 'globalPtr', offset: 0, global: 1, addend: 1 }]);
  });

  it('writes a null pointer as nothing and an integer cast to a pointer as its bytes', () => {
    const S = B.struct('s', [['a', pointerTo(INT)], ['b', pointerTo(INT)]]);
    const g = B.sym('g', S, 'global');
    const mod = lowerGlobals(B.global(g, B.init(B.scalar(B.nul(pointerTo(INT))), B.scalar(B.conv(B.int(0x1000, LONG), pointerTo(INT)), 8))));
    expect(mod.globals[0]!.init).toEqual([{ k: 'bytes', offset: 9, data: bytes(0x10) }]);
  });

  it('gives a file-scope compound literal its own global with its image', () => {
    const lit = B.sym('compound literal', arrayOf(INT, 2), 'global');
    const p = B.sym('p', pointerTo(INT), 'global');
    const mod = lowerGlobals(B.global(p, B.init(B.scalar(B.decay(B.compoundLit(lit, B.init(B.scalar(B.int(7)), B.scalar(B.int(8), 4))))))));
    expect(mod.globals[1]).toMatchObject({ size: 8, init: [{ k: 'bytes', offset: 0, data: bytes(7, 0, 0, 0, 8) }] });
    expect(mod.globals[0]!.init).toEqual([{ k: 'globalPtr', offset: 0, global: 1, addend: 0 }]);
  });

  it('forgets a pointer that a later item overwrites', () => {
    const x = B.sym('x', INT, 'global');
    const p = B.sym('p', pointerTo(INT), 'global');
    const mod = lowerGlobals(B.global(x), B.global(p, B.init(B.scalar(B.addr(B.v(x))), B.zero(0, 8))));
    expect(mod.globals[1]!.init).toEqual([]);
  });

  it('inlines a compound literal that initializes a record (a GNU extension)', () => {
    const S = B.struct('s', [['a', INT], ['b', INT]]);
    const lit = B.sym('compound literal', S, 'global');
    const g = B.sym('g', S, 'global');
    const mod = lowerGlobals(B.global(g, B.init(B.copyItem(B.compoundLit(lit, B.init(B.scalar(B.int(1)), B.scalar(B.int(2), 4)))))));
    expect(mod.globals[0]!.init).toEqual([{ k: 'bytes', offset: 0, data: bytes(1, 0, 0, 0, 2) }]);
  });
});

describe('initializers lowering cannot evaluate', () => {
  it('reports a non-constant element as an unsupported CompileError at the expression', () => {
    const x = B.sym('x', INT, 'global');
    const y = B.sym('y', INT, 'global');
    try {
      lowerGlobals(B.global(x), B.global(y, B.init(B.scalar(B.load(B.v(x, B.at(2, 9)), B.at(2, 9))))));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CompileAbort);
      expect((e as CompileAbort).errors).toEqual([{ severity: 'error', category: 'unsupported', message: 'initializer element is not constant', span: B.at(2, 9) }]);
    }
  });

  it('refuses to squeeze an address into an int', () => {
    const x = B.sym('x', INT, 'global');
    const y = B.sym('y', INT, 'global');
    expect(() => lowerGlobals(B.global(x), B.global(y, B.init(B.scalar(B.conv(B.addr(B.v(x)), INT)))))).toThrow(CompileAbort);
  });
});
