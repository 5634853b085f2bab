/**
 * Encoding of scalar values in arena bytes for the bulk API (`loadScalar`,
 * `storeScalar`): x86-64 is little-endian, two's complement, IEEE 754.
 *
 * Not here: checks (callers check the range first) and the hot helpers,
 * which inline the same encodings for speed (hot.ts).
 *
 * Invariant: 64-bit integers come back canonical (`canon64`).
 */
import { canon64 } from './pointer.js';

export type ScalarName = 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'i64' | 'u64' | 'f32' | 'f64';

export const SCALAR_SIZE: Readonly<Record<ScalarName, number>> = {
  i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, i64: 8, u64: 8, f32: 4, f64: 8,
};

function assertNever(x: never): never {
  throw new Error(`unexpected scalar kind ${String(x)}`);
}

export function readScalar(view: DataView, o: number, kind: ScalarName): number | bigint {
  switch (kind) {
    case 'i8': return view.getInt8(o);
    case 'u8': return view.getUint8(o);
    case 'i16': return view.getInt16(o, true);
    case 'u16': return view.getUint16(o, true);
    case 'i32': return view.getInt32(o, true);
    case 'u32': return view.getUint32(o, true);
    case 'i64': return canon64(view.getBigInt64(o, true));
    case 'u64': return canon64(view.getBigUint64(o, true));
    case 'f32': return view.getFloat32(o, true);
    case 'f64': return view.getFloat64(o, true);
    default: return assertNever(kind);
  }
}

/** Integers wrap to the width (C17 6.3.1.3p2 for the unsigned kinds). */
export function writeScalar(view: DataView, o: number, kind: ScalarName, value: number | bigint): void {
  switch (kind) {
    case 'i8': case 'u8': view.setUint8(o, low32(value) & 0xff); return;
    case 'i16': case 'u16': view.setUint16(o, low32(value) & 0xffff, true); return;
    case 'i32': case 'u32': view.setUint32(o, low32(value), true); return;
    case 'i64': case 'u64': view.setBigUint64(o, BigInt.asUintN(64, toBig(value)), true); return;
    case 'f32': view.setFloat32(o, Number(value), true); return;
    case 'f64': view.setFloat64(o, Number(value), true); return;
    default: assertNever(kind);
  }
}

/** The low 32 bits (ToUint32 is exact for any integral double). */
function low32(v: number | bigint): number {
  return typeof v === 'bigint' ? Number(BigInt.asUintN(32, v)) : v >>> 0;
}

function toBig(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(Math.trunc(v));
}

/** Writes an address (signed, memory/pointer.ts) as the 8 bytes of a pointer. */
export function writeAddress(view: DataView, o: number, addr: number): void {
  view.setUint32(o, addr >>> 0, true);
  view.setInt32(o + 4, Math.floor(addr / 4294967296) | 0, true);
}

export function readAddress(view: DataView, o: number): number {
  return view.getInt32(o + 4, true) * 4294967296 + view.getUint32(o, true);
}
