import { describe, expect, it } from 'vitest';
import { Machine } from '../../../src/interpreter/machine.js';
import { defaultConfig } from '../../../src/config.js';
import type { IrModule } from '../../../src/ir/ir.js';
import { at, FnBuilder, i32, local, module } from './ir-build.js';

function runModule(mod: IrModule, overrides = {}) {
  const out: Uint8Array[] = [];
  const config = defaultConfig({ files: ['t.c'], stdout: (b) => out.push(b), stderr: (b) => out.push(b), ...overrides });
  return new Machine(mod, config).run();
}

/** int down(int n) { if (n == 0) return 0; return down(n - 1) + 1; }  int main() { return down(N); } */
function countdown(n: number): IrModule {
  const f = new FnBuilder('down');
  const p = f.param('n');
  const c = f.local('');
  const m1 = f.local('');
  const r = f.local('');
  const s = f.local('');
  const [b0, b1, b2, b3] = [f.block(), f.block(), f.block(), f.block()];
  f.at(b0).assign(c, { k: 'binary', op: 'eq', kind: 'i32', a: local(p), b: i32(0), check: false })
    .term({ k: 'branch', cond: local(c), condKind: 'i32', then: b1, else: b2, span: at(2) });
  f.at(b1).term({ k: 'return', value: i32(0), span: at(2) });
  f.at(b2).assign(m1, { k: 'binary', op: 'sub', kind: 'i32', a: local(p), b: i32(1), check: true }, 3)
    .term({ k: 'call', callee: { k: 'direct', name: 'down' }, args: [local(m1)], argKinds: ['i32'], fixedArgs: 1, dst: r, retKind: 'i32', next: b3, span: at(3, 12) });
  f.at(b3).assign(s, { k: 'binary', op: 'add', kind: 'i32', a: local(r), b: i32(1), check: true }, 3)
    .term({ k: 'return', value: local(s), span: at(3) });
  const main = new FnBuilder('main');
  const v = main.local('');
  const [m0, m1b] = [main.block(), main.block()];
  main.at(m0).term({ k: 'call', callee: { k: 'direct', name: 'down' }, args: [i32(n)], argKinds: ['i32'], fixedArgs: 1, dst: v, retKind: 'i32', next: m1b, span: at(5) });
  main.at(m1b).term({ k: 'return', value: local(v), span: at(5) });
  return module(f.build(), main.build());
}

describe('the machine', () => {
  it('runs a recursion 100 000 frames deep by moving frames to the heap', () => {
    expect(runModule(countdown(100_000))).toEqual({ kind: 'exit', code: 100_000 & 0xff });
  });

  it('stops a runaway recursion with a stack-overflow limit at the recursive call', () => {
    const stop = runModule(countdown(10_000_000), { stackSize: 1 << 20 });
    expect(stop.kind).toBe('limit');
    if (stop.kind !== 'limit') return;
    expect(stop.what).toBe('stack');
    expect(stop.site.line).toBe(3);
    expect(stop.backtrace[0]!.fn).toBe('down');
    expect(stop.backtrace.at(-1)!.fn).toBe('main');
  });

  it('reports signed overflow of int addition with both operands', () => {
    const main = new FnBuilder('main');
    const x = main.local('x');
    const y = main.local('');
    const b = main.block();
    main.at(b).assign(x, { k: 'use', a: i32(2147483647) })
      .assign(y, { k: 'binary', op: 'add', kind: 'i32', a: local(x), b: i32(1), check: true }, 7)
      .term({ k: 'return', value: local(y), span: at(8) });
    const stop = runModule(module(main.build()));
    expect(stop).toMatchObject({ kind: 'ub', ub: { kind: 'signed-overflow', op: '+', type: 'int', left: '2147483647', right: '1' }, site: { line: 7 } });
  });

  it('reports a read of a local that was never written, naming it', () => {
    const main = new FnBuilder('main');
    const x = main.local('x');
    const y = main.local('');
    const b = main.block();
    main.at(b).assign(y, { k: 'binary', op: 'add', kind: 'i32', a: local(x), b: i32(1), check: true }, 4)
      .term({ k: 'return', value: local(y), span: at(5) });
    const stop = runModule(module(main.build()));
    expect(stop).toMatchObject({ kind: 'ub', ub: { kind: 'uninitialized-local', name: 'x' }, site: { line: 4 } });
  });

  it('reports division by zero and INT_MIN / -1', () => {
    const build = (a: number, b: number) => {
      const main = new FnBuilder('main');
      const y = main.local('');
      const blk = main.block();
      main.at(blk).assign(y, { k: 'binary', op: 'div', kind: 'i32', a: i32(a), b: i32(b), check: true }, 3)
        .term({ k: 'return', value: local(y), span: at(4) });
      return module(main.build());
    };
    expect(runModule(build(1, 0))).toMatchObject({ kind: 'ub', ub: { kind: 'division-by-zero', op: '/' } });
    expect(runModule(build(-2147483648, -1))).toMatchObject({ kind: 'ub', ub: { kind: 'signed-overflow', op: '/' } });
    expect(runModule(build(-7, 2))).toEqual({ kind: 'exit', code: -3 & 0xff });
  });

  it('computes 64-bit arithmetic exactly beyond 2^53 and wraps unsigned values', () => {
    const main = new FnBuilder('main');
    const a = main.local('', 'u64');
    const b = main.local('', 'u64');
    const c = main.local('', 'i32');
    const blk = main.block();
    main.at(blk)
      .assign(a, { k: 'binary', op: 'mul', kind: 'u64', a: { k: 'const', kind: 'u64', value: 0xffffffffffffffffn }, b: { k: 'const', kind: 'u64', value: 3 }, check: false })
      .assign(b, { k: 'binary', op: 'add', kind: 'u64', a: local(a), b: { k: 'const', kind: 'u64', value: 4 }, check: false })
      .assign(c, { k: 'cast', from: 'u64', to: 'i32', a: local(b) })
      .term({ k: 'return', value: local(c), span: at(2) });
    // (2^64 - 1) * 3 + 4 wraps to 1.
    expect(runModule(module(main.build()))).toEqual({ kind: 'exit', code: 1 });
  });
});

describe('generated code', () => {
  it('never contains names from the C program', () => {
    const f = new FnBuilder('secret_function_name');
    const x = f.param('secret_local_name');
    const b = f.block();
    f.at(b).term({ k: 'return', value: local(x), span: at(1) });
    const main = new FnBuilder('main');
    const r = main.local('');
    const [m0, m1] = [main.block(), main.block()];
    main.at(m0).term({ k: 'call', callee: { k: 'direct', name: 'secret_function_name' }, args: [i32(3)], argKinds: ['i32'], fixedArgs: 1, dst: r, retKind: 'i32', next: m1, span: at(2) });
    main.at(m1).term({ k: 'return', value: local(r), span: at(2) });
    const machine = new Machine(module(f.build(), main.build()), defaultConfig({ files: ['t.c'] }));
    expect(machine.generated.source).not.toMatch(/secret/);
    expect(machine.run()).toEqual({ kind: 'exit', code: 3 });
  });
});
