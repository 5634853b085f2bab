/**
 * Values of character constants in `#if` (C17 6.4.4.4), as gcc computes them
 * for x86-64 Linux: `char` is signed, source and execution character sets are
 * UTF-8, `wchar_t` is a signed 32-bit int, `char16_t` and `char32_t` are
 * unsigned.
 *
 * A plain constant of one byte is that byte as a signed char; of several
 * bytes ('ab', or 'é' which is two UTF-8 bytes) it is the bytes folded
 * big-endian into an int (implementation-defined, 6.4.4.4p10). A prefixed
 * constant of several characters takes the last one, as gcc does.
 *
 * Not here: string literals (the parser decodes those for the program).
 */

export interface CharValue {
  readonly value: bigint;
  readonly unsigned: boolean;
  /** More than one character: gcc warns. */
  readonly multichar: boolean;
  readonly error?: string;
}

const SIMPLE_ESCAPES: Record<string, number> = {
  n: 10, t: 9, v: 11, b: 8, r: 13, f: 12, a: 7, '\\': 92, "'": 39, '"': 34, '?': 63, e: 27, E: 27,
};

/** One element of a character constant: a code point (a source character or `\u` name) or a byte value (an escape). */
interface Unit {
  readonly value: number;
  readonly isByte: boolean;
}

/** Decode the characters between the quotes (escapes resolved, C17 6.4.4.4p3 to p9). */
function decodeUnits(body: string): { units: Unit[]; error?: string } {
  const units: Unit[] = [];
  for (let i = 0; i < body.length;) {
    if (body[i] !== '\\') {
      const cp = body.codePointAt(i)!;
      units.push({ value: cp, isByte: false });
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1] ?? '';
    if (e in SIMPLE_ESCAPES) {
      units.push({ value: SIMPLE_ESCAPES[e]!, isByte: true });
      i += 2;
    } else if (/[0-7]/.test(e)) {
      const m = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      units.push({ value: parseInt(m, 8), isByte: true });
      i += 1 + m.length;
    } else if (e === 'x') {
      const m = /^[0-9a-fA-F]+/.exec(body.slice(i + 2))?.[0];
      if (!m) return { units, error: '\\x used with no following hex digits' };
      units.push({ value: Number(BigInt.asUintN(32, BigInt('0x' + m))), isByte: true });
      i += 2 + m.length;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const m = body.slice(i + 2, i + 2 + n);
      if (!/^[0-9a-fA-F]+$/.test(m) || m.length !== n) return { units, error: `incomplete universal character name \\${e}${m}` };
      units.push({ value: parseInt(m, 16), isByte: false });
      i += 2 + n;
    } else {
      return { units, error: `unknown escape sequence "\\${e}"` };
    }
  }
  return { units };
}

/** A narrow constant's bytes: an escape is one byte, a character its UTF-8 encoding. */
function utf8Bytes(units: readonly Unit[]): number[] {
  const bytes: number[] = [];
  for (const u of units) {
    if (u.isByte || u.value < 0x80) bytes.push(u.value & 0xff);
    else for (const b of Buffer.from(String.fromCodePoint(u.value), 'utf8')) bytes.push(b);
  }
  return bytes;
}

/** The value of a character constant such as `'a'`, `'\\n'`, `L'x'`, `u'\\xffff'`. */
export function decodeCharConstant(image: string): CharValue {
  const prefix = /^(u8|u|U|L)?'/.exec(image)?.[1] ?? '';
  const body = image.slice(prefix.length + 1, -1);
  const { units, error } = decodeUnits(body);
  if (error) return { value: 0n, unsigned: false, multichar: false, error };
  if (units.length === 0) return { value: 0n, unsigned: false, multichar: false, error: 'empty character constant' };
  if (prefix === '') {
    const bytes = utf8Bytes(units);
    if (bytes.length === 1) return { value: BigInt.asIntN(8, BigInt(bytes[0]!)), unsigned: false, multichar: false };
    let v = 0n;
    for (const b of bytes) v = (v << 8n) | BigInt(b);
    return { value: BigInt.asIntN(32, v), unsigned: false, multichar: true };
  }
  const cp = BigInt(units[units.length - 1]!.value);
  const multichar = units.length > 1;
  switch (prefix) {
    case 'L': return { value: BigInt.asIntN(32, cp), unsigned: false, multichar };
    case 'u': return { value: BigInt.asUintN(16, cp), unsigned: true, multichar };
    case 'U': return { value: BigInt.asUintN(32, cp), unsigned: true, multichar };
    default: return { value: BigInt.asUintN(8, cp), unsigned: true, multichar }; // u8 (C23)
  }
}
