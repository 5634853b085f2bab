/**
 * Indeterminate character values (issue 4 item 3, C17 6.2.6.1p5 and J.2).
 *
 * A character-type load may read uninitialized bytes (memcpy-style copies
 * must work), so it cannot stop there. Instead it yields a *poison* value: a
 * number below -2^31, which no C integer of 32 bits or less can be, that
 * encodes where the byte came from. Storing a poison value back into memory
 * marks the byte uninitialized again, so a byte-by-byte copy keeps the
 * destination as uninitialized as the source. Every other use of a character
 * value (conversion to a wider or non-character type, a branch, a bit-field
 * store) checks for poison and reports the first uninitialized byte, with the
 * allocation it was read from.
 *
 * Encoding: -(2^33 + id * 2^32 + offset), exact in a double while
 * id < 2^20; larger ids are recorded as id 0 ("an allocation ciri no longer
 * names"), which still reports, just with less detail.
 *
 * Invariant: a value is poison iff it is < -2^31; every producer is a
 * character load and every consumer that is not a copy checks.
 */

const TWO32 = 4294967296;
const BIAS = 2 * TWO32;
const MAX_ID = 1 << 20;

/** Values below this are poison. */
export const POISON_LIMIT = -2147483648;

export function poisonFor(id: number, offset: number): number {
  return -(BIAS + (id < MAX_ID ? id : 0) * TWO32 + offset);
}

export function isPoison(v: number): boolean {
  return v < POISON_LIMIT;
}

/** The allocation id (0 when unknown) and offset a poison value was loaded from. */
export function poisonOrigin(v: number): { id: number; offset: number } {
  const x = -v - BIAS;
  const id = Math.floor(x / TWO32);
  return { id, offset: x - id * TWO32 };
}
