/**
 * A pointer value outside generated code: an address plus the provenance
 * that says which allocation it may access (DESIGN.md decision 10).
 *
 * Provenance is an allocation id (> 0), or `NO_PROV` (0) for a pointer that
 * may access nothing (null, or an integer made into a pointer with no
 * exposed allocation at that address). Generated code keeps the two halves
 * in separate JS variables and never builds this object.
 */
export interface Ptr {
  /**
   * The address: the pointer's 64 bits read as a signed integer, so that the
   * addresses C makes of small negative integers (`(void *)-1`, MAP_FAILED,
   * SIG_ERR) are exact JS numbers; every allocation lies below 2^47. Values
   * beyond 2^53 in magnitude (no allocation is there) are rounded.
   */
  readonly addr: number;
  readonly prov: number;
}

export const NO_PROV = 0;

export const NULL_PTR: Ptr = { addr: 0, prov: NO_PROV };

export function ptr(addr: number, prov: number): Ptr {
  return { addr, prov };
}

/** Canonical 64-bit integer: a number when it is a safe integer, else a bigint. */
export type Int64 = number | bigint;

export function canon64(v: bigint): Int64 {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
