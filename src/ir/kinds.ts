/**
 * How C scalar types are held in the IR: `CType` -> `ScalarKind`.
 *
 * Integers map by size and signedness (x86-64 LP64: `long` and `long long`
 * are both i64), `_Bool` is u8 restricted to 0/1, `float` is f32 and
 * `double` f64; `long double` is laid out as 16 bytes by ctypes.ts but
 * computed as f64 (a documented simplification). Every pointer is `ptr`.
 *
 * Deliberately not here: records, arrays, functions and void have no scalar
 * kind; asking for one is a bug in the caller (sema guarantees scalar types
 * wherever lowering asks), so it throws a plain Error.
 */
import type { CType, IntKind } from '../frontend/ctypes.js';
import { intSigned, intSize } from '../frontend/ctypes.js';
import type { ScalarKind } from './ir.js';

const SIGNED: Record<number, ScalarKind> = { 1: 'i8', 2: 'i16', 4: 'i32', 8: 'i64' };
const UNSIGNED: Record<number, ScalarKind> = { 1: 'u8', 2: 'u16', 4: 'u32', 8: 'u64' };

function intKindOf(ik: IntKind): ScalarKind {
  if (ik === 'bool') return 'u8';
  return (intSigned(ik) ? SIGNED : UNSIGNED)[intSize(ik)]!;
}

/** Each integer kind's scalar kind, worked out once: lowering asks for one per operation. */
const INT_KINDS: Record<IntKind, ScalarKind> = {
  bool: intKindOf('bool'), char: intKindOf('char'), schar: intKindOf('schar'), uchar: intKindOf('uchar'),
  short: intKindOf('short'), ushort: intKindOf('ushort'), int: intKindOf('int'), uint: intKindOf('uint'),
  long: intKindOf('long'), ulong: intKindOf('ulong'), llong: intKindOf('llong'), ullong: intKindOf('ullong'),
};

/** The kind that holds a value of scalar type `t`. */
export function scalarKindOf(t: CType): ScalarKind {
  switch (t.kind) {
    case 'int': return INT_KINDS[t.ik];
    case 'float': return t.fk === 'float' ? 'f32' : 'f64';
    case 'pointer': return 'ptr';
    case 'void': case 'array': case 'function': case 'record':
      throw new Error(`scalarKindOf: '${t.kind}' is not a scalar type`);
  }
}

/** Whether `t` is `_Bool` (its loads and locals carry `isBool`). */
export function isBoolType(t: CType): boolean {
  return t.kind === 'int' && t.ik === 'bool';
}
