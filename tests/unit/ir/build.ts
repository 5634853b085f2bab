/**
 * A compact builder for typed-AST programs in lowering tests: symbols,
 * expressions with their types derived the way sema would, statements,
 * initializers and whole programs. Line numbers stand in for source
 * positions (`at(line, col)`).
 */
import type { CType, RecordInfo } from '../../../src/frontend/ctypes.js';
import { INT, LONG, layoutRecord, pointerTo, unqualified } from '../../../src/frontend/ctypes.js';
import type { Span } from '../../../src/frontend/source.js';
import type {
  ArithOp, CompareOp, TBlock, TExpr, TFunction, TGlobal, TInit, TInitItem, TProgram, TStmt, VarSymbol,
} from '../../../src/frontend/typed-ast.js';
import { lower } from '../../../src/ir/lower/lower.js';
import { printIr } from '../../../src/ir/print.js';
import type { IrFunction, IrModule } from '../../../src/ir/ir.js';

export const at = (line: number, col = 1): Span => ({ file: 0, line, col, endLine: line, endCol: col + 1 });
const S = at(1);

let nextId = 1;

export function sym(name: string, type: CType, storage: VarSymbol['storage'] = 'local', addressTaken = false): VarSymbol {
  const memory = type.kind === 'array' || type.kind === 'record';
  return { id: nextId++, name, type, storage, external: storage === 'global' || storage === 'function', addressTaken: addressTaken || memory, span: S, linkName: name };
}

export function fnType(ret: CType, params: CType[], variadic = false, prototyped = true): Extract<CType, { kind: 'function' }> {
  return { kind: 'function', ret, params, variadic, prototyped };
}

export function struct(tag: string, members: [string, CType][], isUnion = false): CType {
  const rec: RecordInfo = { id: nextId++, tag, isUnion, members: undefined, size: 0, align: 1, hasFlexibleArray: false };
  layoutRecord(rec, members.map(([name, type]) => ({ name, type })));
  return { kind: 'record', rec };
}

// ---- expressions ------------------------------------------------------------

export const int = (value: number | bigint, type: CType = INT, span = S): TExpr => ({ k: 'intConst', type, value: BigInt(value), span });
export const flt = (value: number, type: CType, span = S): TExpr => ({ k: 'floatConst', type, value, span });
export const nul = (type: CType): TExpr => ({ k: 'nullPtr', type, span: S });
export const v = (s: VarSymbol, span = S): TExpr => ({ k: 'var', sym: s, type: s.type, span });
export const load = (lv: TExpr, span = lv.span): TExpr => ({ k: 'load', lvalue: lv, type: unqualified(lv.type), span });
/** The value of a scalar variable: `load(var)`. */
export const val = (s: VarSymbol, span = S): TExpr => load(v(s, span), span);
export function decay(lv: TExpr): TExpr {
  const t = lv.type;
  return { k: 'decay', lvalue: lv, type: pointerTo(t.kind === 'array' ? t.of : t), span: lv.span };
}
export const addr = (lv: TExpr, span = S): TExpr => ({ k: 'addrOf', lvalue: lv, type: pointerTo(lv.type), span });
export function deref(ptr: TExpr, span = S): TExpr {
  if (ptr.type.kind !== 'pointer') throw new Error('deref of a non-pointer');
  return { k: 'deref', ptr, type: ptr.type.to, span };
}
export function member(object: TExpr, name: string, span = S): TExpr {
  if (object.type.kind !== 'record') throw new Error('member of a non-record');
  const m = object.type.rec.members!.find((x) => x.name === name)!;
  return { k: 'member', object, member: m, type: m.type, span };
}
export const conv = (operand: TExpr, type: CType, span = operand.span): TExpr => ({ k: 'convert', operand, type, implicit: true, span });
export const bin = (op: ArithOp, left: TExpr, right: TExpr, span = S): TExpr => ({ k: 'binary', op, left, right, type: left.type, span });
export const cmp = (op: CompareOp, left: TExpr, right: TExpr, span = S): TExpr => ({ k: 'compare', op, left, right, type: INT, span });
export const neg = (operand: TExpr, span = S): TExpr => ({ k: 'unary', op: '-', operand, type: operand.type, span });
export const not = (operand: TExpr, span = S): TExpr => ({ k: 'unary', op: '!', operand, type: INT, span });
export const and = (left: TExpr, right: TExpr, span = S): TExpr => ({ k: 'logical', op: '&&', left, right, type: INT, span });
export const or = (left: TExpr, right: TExpr, span = S): TExpr => ({ k: 'logical', op: '||', left, right, type: INT, span });
export const assign = (target: TExpr, value: TExpr, span = S): TExpr => ({ k: 'assign', target, value, type: unqualified(target.type), span });
export function ptrAdd(ptr: TExpr, index: TExpr, span = S): TExpr {
  if (ptr.type.kind !== 'pointer') throw new Error('ptrAdd of a non-pointer');
  return { k: 'ptrAdd', ptr, index, elemSize: sizeOfPointee(ptr.type), type: ptr.type, span };
}
export function ptrDiff(left: TExpr, right: TExpr, span = S): TExpr {
  if (left.type.kind !== 'pointer') throw new Error('ptrDiff of a non-pointer');
  return { k: 'ptrDiff', left, right, elemSize: sizeOfPointee(left.type), type: LONG, span };
}
/** `a[i]` as sema writes it: `deref(ptrAdd(decay(a), (long)i))`. */
export const index = (arr: TExpr, i: TExpr, span = S): TExpr => deref(ptrAdd(decay(arr), i.type === LONG ? i : conv(i, LONG), span), span);
export function compoundAssign(op: ArithOp, target: TExpr, value: TExpr, opType: CType, span = S): TExpr {
  const t = unqualified(target.type);
  const elemSize = t.kind === 'pointer' ? sizeOfPointee(t) : undefined;
  return { k: 'compoundAssign', op, target, value, opType, elemSize, type: t, span };
}
export function incDec(target: TExpr, delta: 1 | -1, prefix: boolean, span = S): TExpr {
  const t = unqualified(target.type);
  return { k: 'incDec', target, delta, prefix, elemSize: t.kind === 'pointer' ? sizeOfPointee(t) : undefined, type: t, span };
}
export const cond = (c: TExpr, then: TExpr, els: TExpr, span = S): TExpr => ({ k: 'conditional', cond: c, then, else: els, type: then.type, span });
export const comma = (left: TExpr, right: TExpr): TExpr => ({ k: 'comma', left, right, type: right.type, span: S });
export function call(fn: VarSymbol | TExpr, args: TExpr[], span = S): TExpr {
  const callee = 'k' in fn ? fn : decay(v(fn));
  const ft = callee.type.kind === 'pointer' ? callee.type.to : callee.type;
  if (ft.kind !== 'function') throw new Error('call of a non-function');
  return { k: 'call', callee, args, type: ft.ret, span };
}
export const str = (text: string, span = S): TExpr => {
  const bytes = new TextEncoder().encode(text + '\0');
  return { k: 'string', bytes, type: { kind: 'array', of: { kind: 'int', ik: 'char' }, length: bytes.length }, span };
};
export const compoundLit = (s: VarSymbol, init: TInit, span = S): TExpr => ({ k: 'compoundLiteral', sym: s, init, type: s.type, span });
export const stmtExpr = (body: TBlock, result: TExpr | undefined): TExpr => ({ k: 'stmtExpr', body, result, type: result?.type ?? { kind: 'void' }, span: S });

function sizeOfPointee(t: Extract<CType, { kind: 'pointer' }>): number {
  const to = t.to;
  if (to.kind === 'int') return ({ bool: 1, char: 1, schar: 1, uchar: 1, short: 2, ushort: 2, int: 4, uint: 4 } as Record<string, number>)[to.ik] ?? 8;
  if (to.kind === 'float') return to.fk === 'float' ? 4 : 8;
  if (to.kind === 'record') return to.rec.size;
  if (to.kind === 'array') return (to.length ?? 0) * sizeOfPointee({ kind: 'pointer', to: to.of });
  return 8;
}

// ---- initializers -----------------------------------------------------------

export const init = (...items: TInitItem[]): TInit => ({ items });
export const scalar = (expr: TExpr, offset = 0, type: CType = expr.type): TInitItem => ({ k: 'scalar', offset, type, expr });
export const zero = (offset: number, size: number): TInitItem => ({ k: 'zero', offset, size });
export const bytes = (text: string, offset = 0): TInitItem => ({ k: 'bytes', offset, data: new TextEncoder().encode(text + '\0') });
export const copyItem = (expr: TExpr, offset = 0): TInitItem => ({ k: 'copy', offset, expr });

// ---- statements ----------------------------------------------------------------

export const block = (locals: VarSymbol[], ...items: TStmt[]): TBlock => ({ k: 'block', locals, items, span: at(1) });
export const declare = (s: VarSymbol, i?: TInit, span = S): TStmt => ({ k: 'declare', sym: s, init: i, span });
export const expr = (e: TExpr, span = e.span): TStmt => ({ k: 'expr', expr: e, span });
export const ret = (value?: TExpr, span = S): TStmt => ({ k: 'return', value, span });
export const if_ = (c: TExpr, then: TStmt, els?: TStmt): TStmt => ({ k: 'if', cond: c, then, else: els, span: S });
export const while_ = (c: TExpr, body: TStmt): TStmt => ({ k: 'while', cond: c, body, span: S });
export const doWhile = (body: TStmt, c: TExpr): TStmt => ({ k: 'doWhile', body, cond: c, span: S });
export const for_ = (i: TStmt | undefined, c: TExpr | undefined, step: TExpr | undefined, body: TStmt): TStmt =>
  ({ k: 'for', init: i, cond: c, step, body, span: S });
export const brk = (span = S): TStmt => ({ k: 'break', span });
export const cont = (span = S): TStmt => ({ k: 'continue', span });
export const goto = (label: string, span = S): TStmt => ({ k: 'goto', label, span });
export const label = (name: string, body: TStmt): TStmt => ({ k: 'labeled', label: name, body, span: S });
export const switch_ = (c: TExpr, body: TStmt): TStmt => ({ k: 'switch', cond: c, body, span: S });
export const case_ = (value: number, body: TStmt, last?: number): TStmt =>
  ({ k: 'case', value: BigInt(value), last: last === undefined ? undefined : BigInt(last), body, span: S });
export const default_ = (body: TStmt): TStmt => ({ k: 'default', body, span: S });
export const empty = (): TStmt => ({ k: 'empty', span: S });

// ---- programs ----------------------------------------------------------------------

export interface FnDef { fn: TFunction; sym: VarSymbol }

export function fn(name: string, ret: CType, params: VarSymbol[], body: TBlock, variadic = false): FnDef {
  const type = fnType(ret, params.map((p) => p.type), variadic);
  const s = sym(name, type, 'function');
  return { sym: s, fn: { sym: s, type, params, body, span: at(1) } };
}

/** A function symbol with no definition (an extern, e.g. a libc function). */
export function externFn(name: string, ret: CType, params: CType[], variadic = false): VarSymbol {
  return sym(name, fnType(ret, params, variadic), 'function');
}

export const global = (s: VarSymbol, i?: TInit, readonly = false): TGlobal => ({ sym: s, init: i, readonly, span: S });

export function program(fns: FnDef[], globals: TGlobal[] = [], externs: VarSymbol[] = []): TProgram {
  return { functions: fns.map((f) => f.fn), globals, externs };
}

export function lowerProgram(fns: FnDef[], globals: TGlobal[] = [], externs: VarSymbol[] = []): IrModule {
  return lower(program(fns, globals, externs));
}

/** The printed IR of one function `name` in the lowered program. */
export function printFn(mod: IrModule, name: string): string {
  const f = mod.functions.find((x) => x.name === name);
  if (!f) throw new Error(`no function ${name}`);
  return printIr({ functions: [f], globals: [], externs: [] });
}

export function fnOf(mod: IrModule, name: string): IrFunction {
  return mod.functions.find((x) => x.name === name)!;
}
