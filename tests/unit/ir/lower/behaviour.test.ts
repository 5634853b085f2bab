/**
 * What lowered programs compute, run on the reference interpreter
 * (tests/unit/ir/interp.ts): each test is a small C program built as a typed
 * AST, with the C source in a comment.
 */
import { describe, expect, it } from 'vitest';
import { CHAR, DOUBLE, INT, LONG, UINT, VOID, arrayOf, pointerTo } from '../../../../src/frontend/ctypes.js';
import type { TGlobal } from '../../../../src/frontend/typed-ast.js';
import * as B from '../build.js';
import { checkModule } from '../check.js';
import { Interp, IrFault, type ExternFn } from '../interp.js';

function run(fns: B.FnDef[], globals: TGlobal[] = [], externs: Record<string, ExternFn> = {}): bigint | number | undefined {
  const mod = B.lowerProgram(fns, globals);
  expect(checkModule(mod)).toEqual([]);
  const r = new Interp(mod, externs).call('main', []);
  return r as bigint | undefined;
}

const mainOf = (...stmts: Parameters<typeof B.block>[1][]) => (locals: Parameters<typeof B.block>[0]) => B.fn('main', INT, [], B.block(locals, ...stmts));

describe('lowered programs compute what C says', () => {
  it('computes a recursive factorial', () => {
    // int fact(int n) { if (n <= 1) return 1; return n * fact(n - 1); }  int main(void) { return fact(5); }
    const n = B.sym('n', INT, 'param');
    const fact = B.fn('fact', INT, [n], B.block([]));
    fact.fn.body.items.push(B.if_(B.cmp('<=', B.val(n), B.int(1)), B.ret(B.int(1))),
      B.ret(B.bin('*', B.val(n), B.call(fact.sym, [B.bin('-', B.val(n), B.int(1))]))));
    expect(run([fact, B.fn('main', INT, [], B.block([], B.ret(B.call(fact.sym, [B.int(5)]))))])).toBe(120n);
  });

  it('sums with break and continue', () => {
    // int s = 0; for (int i = 0; ; i++) { if (i == 3) continue; if (i > 6) break; s += i; } return s;  // 0+1+2+4+5+6
    const s = B.sym('s', INT);
    const i = B.sym('i', INT);
    const loop = B.for_(B.block([i], B.declare(i, B.init(B.scalar(B.int(0))))), undefined, B.incDec(B.v(i), 1, false), B.block([],
      B.if_(B.cmp('==', B.val(i), B.int(3)), B.cont()), B.if_(B.cmp('>', B.val(i), B.int(6)), B.brk()),
      B.expr(B.compoundAssign('+', B.v(s), B.val(i), INT))));
    expect(run([mainOf(B.declare(s, B.init(B.scalar(B.int(0)))), loop, B.ret(B.val(s)))([s])])).toBe(18n);
  });

  it('falls through switch cases, takes the default, and matches ranges', () => {
    // int f(int x) { int r = 0; switch (x) { case 1: r += 1; case 2: r += 10; break; case 5 ... 1000: r = 7; break; default: r = -1; } return r; }
    const x = B.sym('x', INT, 'param');
    const r = B.sym('r', INT);
    const add = (k: number) => B.expr(B.compoundAssign('+', B.v(r), B.int(k), INT));
    const body = B.block([], B.case_(1, add(1)), B.case_(2, add(10)), B.brk(), B.case_(5, B.expr(B.assign(B.v(r), B.int(7))), 1000), B.brk(),
      B.default_(B.expr(B.assign(B.v(r), B.neg(B.int(1))))));
    const f = B.fn('f', INT, [x], B.block([r], B.declare(r, B.init(B.scalar(B.int(0)))), B.switch_(B.val(x), body), B.ret(B.val(r))));
    const mod = B.lowerProgram([f]);
    const interp = new Interp(mod);
    expect([1, 2, 3, 5, 999, 1001].map((v) => interp.call('f', [BigInt(v)]))).toEqual([11n, 10n, -1n, 7n, 7n, -1n]);
  });

  it('does not evaluate the right of && when the left is false, so p && *p is safe with p null', () => {
    const p = B.sym('p', pointerTo(INT));
    const prog = mainOf(B.declare(p, B.init(B.scalar(B.nul(pointerTo(INT))))), B.ret(B.and(B.val(p), B.load(B.deref(B.val(p))))))([p]);
    expect(run([prog])).toBe(0n);
  });

  it('does not evaluate the right of || when the left is true', () => {
    // int c = 0; int r = 1 || (c = 5); return c * 10 + r;
    const c = B.sym('c', INT);
    const r = B.sym('r', INT);
    const prog = mainOf(B.declare(c, B.init(B.scalar(B.int(0)))), B.declare(r, B.init(B.scalar(B.or(B.int(1), B.assign(B.v(c), B.int(5)))))),
      B.ret(B.bin('+', B.bin('*', B.val(c), B.int(10)), B.val(r))))([c, r]);
    expect(run([prog])).toBe(1n);
  });

  it('gives postfix the old value and prefix the new one, in registers and in memory', () => {
    // int i = 5, m = 5; int a = i++; int b = ++*&m; return a * 1000 + i * 100 + b * 10 + m;  // 5000+600+60+6
    // (one modification per full expression: `(i++) * 1000 + i * 100` would be unsequenced, C17 6.5p2)
    const i = B.sym('i', INT);
    const m = B.sym('m', INT, 'local', true);
    const a = B.sym('a', INT);
    const b = B.sym('b', INT);
    const e = B.bin('+', B.bin('+', B.bin('*', B.val(a), B.int(1000)), B.bin('*', B.val(i), B.int(100))),
      B.bin('+', B.bin('*', B.val(b), B.int(10)), B.val(m)));
    const prog = mainOf(B.declare(i, B.init(B.scalar(B.int(5)))), B.declare(m, B.init(B.scalar(B.int(5)))),
      B.declare(a, B.init(B.scalar(B.incDec(B.v(i), 1, false)))), B.declare(b, B.init(B.scalar(B.incDec(B.deref(B.addr(B.v(m))), 1, true)))),
      B.ret(e))([i, m, a, b]);
    expect(run([prog])).toBe(5666n);
  });

  it('reports signed int overflow but wraps unsigned and narrows char increments without a report', () => {
    const x = B.sym('x', INT);
    const overflow = mainOf(B.declare(x, B.init(B.scalar(B.int(2147483647)))), B.ret(B.bin('+', B.val(x), B.int(1))))([x]);
    expect(() => run([overflow])).toThrow(/signed overflow/);
    const u = B.sym('u', UINT);
    const c = B.sym('c', CHAR);
    const wrap = mainOf(B.declare(u, B.init(B.scalar(B.conv(B.int(0), UINT)))), B.expr(B.incDec(B.v(u), -1, true)),
      B.declare(c, B.init(B.scalar(B.conv(B.int(127), CHAR)))), B.expr(B.incDec(B.v(c), 1, false)),
      B.ret(B.bin('+', B.conv(B.bin('>>', B.val(u), B.int(31)), INT), B.conv(B.val(c), INT))))([u, c]);
    expect(run([wrap])).toBe(1n - 128n);
  });

  it('passes records by value: the callee changes its own copy only', () => {
    // struct pt { int x; double y; };  int bump(struct pt p) { p.x += 1; return p.x; }
    // int main(void) { struct pt a = { 41, 0 }; int r = bump(a); return r * 100 + a.x; }
    const P = B.struct('pt', [['x', INT], ['y', DOUBLE]]);
    const p = B.sym('p', P, 'param');
    const bump = B.fn('bump', INT, [p], B.block([], B.expr(B.compoundAssign('+', B.member(B.v(p), 'x'), B.int(1), INT)), B.ret(B.load(B.member(B.v(p), 'x')))));
    const a = B.sym('a', P);
    const r = B.sym('r', INT);
    const main = mainOf(B.declare(a, B.init(B.scalar(B.int(41)), B.scalar(B.flt(0, DOUBLE), 8))),
      B.declare(r, B.init(B.scalar(B.call(bump.sym, [B.load(B.v(a))])))),
      B.ret(B.bin('+', B.bin('*', B.val(r), B.int(100)), B.load(B.member(B.v(a), 'x')))))([a, r]);
    expect(run([bump, main])).toBe(4241n);
  });

  it('returns records through sret and reads a member of a returned record', () => {
    // struct pt mk(int v) { struct pt t; t.x = v; t.y = 2.5; return t; }  int main(void) { return mk(7).x + (int)(mk(1).y * 2); }
    const P = B.struct('pt', [['x', INT], ['y', DOUBLE]]);
    const v = B.sym('v', INT, 'param');
    const t = B.sym('t', P);
    const mk = B.fn('mk', P, [v], B.block([t], B.expr(B.assign(B.member(B.v(t), 'x'), B.val(v))),
      B.expr(B.assign(B.member(B.v(t), 'y'), B.flt(2.5, DOUBLE))), B.ret(B.load(B.v(t)))));
    const main = B.fn('main', INT, [], B.block([], B.ret(B.bin('+', B.load(B.member(B.call(mk.sym, [B.int(7)]), 'x')),
      B.conv(B.bin('*', B.load(B.member(B.call(mk.sym, [B.int(1)]), 'y')), B.flt(2, DOUBLE)), INT)))));
    expect(run([mk, main])).toBe(12n);
  });

  it('catches a pointer to a block\'s local used after the block ends', () => {
    // int *p; { int x = 1; p = &x; } return *p;
    const p = B.sym('p', pointerTo(INT));
    const x = B.sym('x', INT, 'local', true);
    const prog = mainOf(B.block([x], B.declare(x, B.init(B.scalar(B.int(1)))), B.expr(B.assign(B.v(p), B.addr(B.v(x))))),
      B.ret(B.load(B.deref(B.val(p)))))([p]);
    expect(() => run([prog])).toThrow(/use after free of "x"/);
  });

  it('catches a pointer kept from the previous iteration of a loop body', () => {
    // int *old = 0; for (int i = 0; i < 2; i++) { int x = i; if (old) return *old; old = &x; } return 0;
    const old = B.sym('old', pointerTo(INT));
    const i = B.sym('i', INT);
    const x = B.sym('x', INT, 'local', true);
    const body = B.block([x], B.declare(x, B.init(B.scalar(B.val(i)))), B.if_(B.val(old), B.ret(B.load(B.deref(B.val(old))))),
      B.expr(B.assign(B.v(old), B.addr(B.v(x)))));
    const loop = B.for_(B.block([i], B.declare(i, B.init(B.scalar(B.int(0))))), B.cmp('<', B.val(i), B.int(2)), B.incDec(B.v(i), 1, false), body);
    const prog = mainOf(B.declare(old, B.init(B.scalar(B.nul(pointerTo(INT))))), loop, B.ret(B.int(0)))([old]);
    expect(() => run([prog])).toThrow(/use after free/);
  });

  it('makes a block\'s array usable after a goto jumps into the block', () => {
    // goto in; { int a[2]; in: a[1] = 4; return a[1]; }
    const a = B.sym('a', arrayOf(INT, 2));
    const inner = B.block([a], B.label('in', B.expr(B.assign(B.index(B.v(a), B.int(1)), B.int(4)))), B.ret(B.load(B.index(B.v(a), B.int(1)))));
    expect(run([mainOf(B.goto('in'), inner)([])])).toBe(4n);
  });

  it('reads globals initialized with values and addresses', () => {
    // int arr[3] = {1, 2, 3}; int *p = &arr[1]; int main(void) { return *p + arr[2]; }
    const arr = B.sym('arr', arrayOf(INT, 3), 'global');
    const p = B.sym('p', pointerTo(INT), 'global');
    const main = B.fn('main', INT, [], B.block([], B.ret(B.bin('+', B.load(B.deref(B.val(p))), B.load(B.index(B.v(arr), B.int(2)))))));
    const globals = [B.global(arr, B.init(B.scalar(B.int(1)), B.scalar(B.int(2), 4), B.scalar(B.int(3), 8))),
      B.global(p, B.init(B.scalar(B.addr(B.index(B.v(arr), B.int(1))))))];
    expect(run([main], globals)).toBe(5n);
  });

  it('walks a string literal to its terminator', () => {
    // const char *s = "hello"; long n = 0; while (*s++) n++; return n;
    const s = B.sym('s', pointerTo(CHAR));
    const n = B.sym('n', LONG);
    const prog = mainOf(B.declare(s, B.init(B.scalar(B.decay(B.str('hello'))))), B.declare(n, B.init(B.scalar(B.int(0, LONG)))),
      B.while_(B.load(B.deref(B.incDec(B.v(s), 1, false))), B.expr(B.incDec(B.v(n), 1, false))), B.ret(B.conv(B.val(n), INT)))([s, n]);
    expect(run([prog])).toBe(5n);
  });

  it('refuses to write into a string literal', () => {
    // char *s = "x"; *s = 'y';
    const s = B.sym('s', pointerTo(CHAR));
    const prog = mainOf(B.declare(s, B.init(B.scalar(B.decay(B.str('x'))))), B.expr(B.assign(B.deref(B.val(s)), B.conv(B.int(121), CHAR))))([s]);
    expect(() => run([prog])).toThrow(/read-only/);
  });

  it('evaluates only the chosen arm of ?:', () => {
    // int c = 0; int r = c ? (c = 9) : 4; return r * 10 + c;
    const c = B.sym('c', INT);
    const r = B.sym('r', INT);
    const prog = mainOf(B.declare(c, B.init(B.scalar(B.int(0)))), B.declare(r, B.init(B.scalar(B.cond(B.val(c), B.assign(B.v(c), B.int(9)), B.int(4))))),
      B.ret(B.bin('+', B.bin('*', B.val(r), B.int(10)), B.val(c))))([c, r]);
    expect(run([prog])).toBe(40n);
  });

  it('runs a do-while body once before the test', () => {
    // int i = 10; do i++; while (i < 5); return i;
    const i = B.sym('i', INT);
    const prog = mainOf(B.declare(i, B.init(B.scalar(B.int(10)))), B.doWhile(B.expr(B.incDec(B.v(i), 1, false)), B.cmp('<', B.val(i), B.int(5))),
      B.ret(B.val(i)))([i]);
    expect(run([prog])).toBe(11n);
  });

  it('returns 0 from main when control reaches its end, and reports a missing value another function falls off with', () => {
    expect(run([B.fn('main', INT, [], B.block([]))])).toBe(0n);
    const f = B.fn('f', INT, [], B.block([]));
    const x = B.sym('x', INT);
    const main = B.fn('main', INT, [], B.block([x], B.declare(x, B.init(B.scalar(B.call(f.sym, [])))), B.ret(B.bin('+', B.val(x), B.int(1)))));
    expect(() => run([f, main])).toThrow(IrFault);
  });

  it('calls an extern with variadic arguments and through a function pointer', () => {
    // int twice(int x) { return 2 * x; }  int (*fp)(int) = twice;  int main(void) { printf("%d", fp(21)); return 0; }
    const x = B.sym('x', INT, 'param');
    const twice = B.fn('twice', INT, [x], B.block([], B.ret(B.bin('*', B.int(2), B.val(x)))));
    const fp = B.sym('fp', pointerTo(twice.sym.type), 'global');
    const printf = B.externFn('printf', INT, [pointerTo(CHAR)], true);
    const main = B.fn('main', INT, [], B.block([], B.expr(B.call(printf, [B.decay(B.str('%d')), B.call(B.val(fp), [B.int(21)])])), B.ret(B.int(0))));
    const printed: string[] = [];
    const printfShim = (interp: Interp, args: unknown[]) => { printed.push(`${interp.cString(args[0] as never)}:${String(args[1])}`); return 2n; };
    run([twice, main], [B.global(fp, B.init(B.scalar(B.decay(B.v(twice.sym)))))], { printf: printfShim });
    expect(printed).toEqual(['%d:42']);
  });

  it('keeps the value of a statement expression after its block ends', () => {
    // return ({ int t[2] = {3, 4}; t[0] + t[1]; });
    const t = B.sym('t', arrayOf(INT, 2));
    const result = B.bin('+', B.load(B.index(B.v(t), B.int(0))), B.load(B.index(B.v(t), B.int(1))));
    const body = B.block([t], B.declare(t, B.init(B.scalar(B.int(3)), B.scalar(B.int(4), 4))));
    expect(run([mainOf(B.ret(B.stmtExpr(body, result)))([])])).toBe(7n);
  });
});

describe('void functions', () => {
  it('return without a value and write through pointers', () => {
    // void set(int *p, int v) { *p = v; }  int main(void) { int x; set(&x, 9); return x; }
    const p = B.sym('p', pointerTo(INT), 'param');
    const v = B.sym('v', INT, 'param');
    const set = B.fn('set', VOID, [p, v], B.block([], B.expr(B.assign(B.deref(B.val(p)), B.val(v)))));
    const x = B.sym('x', INT, 'local', true);
    expect(run([set, mainOf(B.expr(B.call(set.sym, [B.addr(B.v(x)), B.int(9)])), B.ret(B.val(x)))([x])])).toBe(9n);
  });
});
