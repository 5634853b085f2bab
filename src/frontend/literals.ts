/**
 * Decoding of constants and string literals (C17 6.4.4, 6.4.5) from the
 * spelling the lexer matched to the values the AST carries.
 *
 * Integer constants keep their value as a bigint plus the suffix facts (sema
 * picks the type, C17 6.4.4.1p5). Floating constants become the nearest
 * double, hex floats included. Character constants and string literals are
 * decoded escape by escape, then encoded for their prefix: UTF-8 bytes for
 * plain and u8, UTF-16 units for u, code points for U and L (wchar_t is a
 * 32-bit int on x86-64 Linux).
 *
 * Not here: choosing types, range checks that depend on the type (sema), and
 * `long double` precision (ciri's long double is a double, so an `l` suffix
 * is only recorded).
 *
 * Invariant: these functions never throw for any token text the lexer can
 * produce; problems come back as `LiteralProblem`s and a best-effort value.
 */
import type { LiteralPrefix } from './ast.js';

export interface LiteralProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Which piece of a concatenated string literal the problem is in (0 otherwise). */
  readonly piece: number;
}

export interface DecodedInteger {
  readonly value: bigint;
  readonly unsigned: boolean;
  readonly longs: 0 | 1 | 2;
  readonly decimal: boolean;
  readonly problem: string | undefined;
}

const U64_MAX = (1n << 64n) - 1n;

/** integer-constant: decimal, octal, hexadecimal or (GNU) binary digits plus an optional suffix (C17 6.4.4.1). */
export function decodeInteger(text: string): DecodedInteger {
  const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)(.*)$/.exec(text);
  if (!m) return { value: 0n, unsigned: false, longs: 0, decimal: true, problem: `invalid integer constant '${text}'` };
  const digits = m[1]!;
  const suffix = m[2]!;
  const unsigned = /[uU]/.test(suffix);
  const longs = /ll|LL/.test(suffix) ? 2 : /[lL]/.test(suffix) ? 1 : 0;
  let value: bigint;
  let decimal = false;
  let problem: string | undefined;
  if (/^0[xXbB]/.test(digits)) {
    value = BigInt(digits.toLowerCase());
  } else if (digits.length > 1 && digits[0] === '0') {
    const bad = /[89]/.exec(digits);
    if (bad) problem = `invalid digit "${bad[0]}" in octal constant`;
    value = bad ? 0n : BigInt(`0o${digits.slice(1)}`);
  } else {
    value = BigInt(digits);
    decimal = true;
  }
  if (value > U64_MAX) {
    problem ??= 'integer constant is too large for its type';
    value &= U64_MAX;
  }
  return { value, unsigned, longs, decimal, problem };
}

export interface DecodedFloat {
  readonly value: number;
  readonly suffix: '' | 'f' | 'l';
}

/** floating-constant: decimal or hexadecimal, with an optional f/F/l/L suffix (C17 6.4.4.2). */
export function decodeFloat(text: string): DecodedFloat {
  const last = text[text.length - 1]!;
  const suffix = last === 'f' || last === 'F' ? 'f' : last === 'l' || last === 'L' ? 'l' : '';
  const body = suffix ? text.slice(0, -1) : text;
  const value = /^0[xX]/.test(body) ? hexFloat(body.slice(2)) : Number(body);
  return { value, suffix };
}

/**
 * A hexadecimal floating constant (mantissa digits with an optional point,
 * then p and a binary exponent). The mantissa is exact as a bigint and is
 * rounded once when converted; scaling by a power of two is exact except for
 * subnormal results.
 */
function hexFloat(body: string): number {
  const m = /^([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)$/.exec(body);
  if (!m) return NaN;
  const fraction = m[2] ?? '';
  const mantissa = BigInt(`0x${m[1]! + fraction || '0'}`);
  const exponent = Number(m[3]) - 4 * fraction.length;
  return scaleByPowerOfTwo(mantissa, exponent);
}

function scaleByPowerOfTwo(mantissa: bigint, exponent: number): number {
  if (mantissa === 0n) return 0;
  // Keep the mantissa within double range so Number() rounds it exactly once.
  let m = mantissa;
  let e = exponent;
  const bits = m.toString(2).length;
  if (bits > 64) {
    const drop = bits - 64;
    const sticky = (m & ((1n << BigInt(drop)) - 1n)) !== 0n ? 1n : 0n;
    m = (m >> BigInt(drop)) | sticky;
    e += drop;
  }
  let value = Number(m);
  // Multiply in steps so that intermediate powers never overflow or underflow on their own.
  while (e > 0) { const step = Math.min(e, 1000); value *= 2 ** step; e -= step; }
  while (e < 0) { const step = Math.max(e, -1000); value *= 2 ** step; e -= step; }
  return value;
}

// ---- character constants and string literals ------------------------------------------

/** One decoded element of a literal body: a character (encoded per prefix) or a raw escape value. */
type Element = { readonly kind: 'char'; readonly cp: number } | { readonly kind: 'raw'; readonly value: number; readonly escape: string };

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = {
  n: 10, t: 9, '\\': 92, "'": 39, '"': 34, '?': 63, a: 7, b: 8, f: 12, r: 13, v: 11,
  e: 27, E: 27, // GNU extension: ESC
};

/** Splits a literal's spelling into its prefix and the text between the quotes. */
function splitLiteral(text: string): { prefix: LiteralPrefix; body: string } {
  const m = /^(u8|L|u|U)?(['"])([\s\S]*)\2$/.exec(text);
  if (!m) return { prefix: '', body: '' };
  return { prefix: (m[1] ?? '') as LiteralPrefix, body: m[3]! };
}

/** Decodes the escapes of a literal body (C17 6.4.4.4 escape-sequence, 6.4.3 universal-character-name). */
function elements(body: string, piece: number, problems: LiteralProblem[]): Element[] {
  const out: Element[] = [];
  let i = 0;
  while (i < body.length) {
    const cp = body.codePointAt(i)!;
    if (cp !== 92 /* backslash */) {
      out.push({ kind: 'char', cp });
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const [element, next] = escape(body, i + 1, piece, problems);
    out.push(element);
    i = next;
  }
  return out;
}

/** One escape sequence starting after the backslash at `i`; returns the element and the index after it. */
function escape(body: string, i: number, piece: number, problems: LiteralProblem[]): [Element, number] {
  const c = body[i] ?? '';
  if (c in SIMPLE_ESCAPES) return [{ kind: 'raw', value: SIMPLE_ESCAPES[c]!, escape: `\\${c}` }, i + 1];
  if (/[0-7]/.test(c)) {
    const digits = /^[0-7]{1,3}/.exec(body.slice(i))![0];
    return [{ kind: 'raw', value: parseInt(digits, 8), escape: `\\${digits}` }, i + digits.length];
  }
  if (c === 'x') {
    const digits = /^[0-9a-fA-F]*/.exec(body.slice(i + 1))![0];
    if (!digits) problems.push({ severity: 'error', message: '\\x used with no following hex digits', piece });
    const value = digits ? BigInt(`0x${digits}`) : 0n;
    const clipped = value > 0xffffffffn ? 0x1_0000_0000 : Number(value);
    return [{ kind: 'raw', value: clipped, escape: `\\x${digits}` }, i + 1 + digits.length];
  }
  if (c === 'u' || c === 'U') {
    const want = c === 'u' ? 4 : 8;
    const digits = body.slice(i + 1, i + 1 + want);
    if (!new RegExp(`^[0-9a-fA-F]{${want}}$`).test(digits)) {
      problems.push({ severity: 'error', message: `incomplete universal character name \\${c}${digits}`, piece });
      return [{ kind: 'char', cp: 0 }, i + 1];
    }
    const cp = parseInt(digits, 16);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      problems.push({ severity: 'error', message: `\\${c}${digits} is not a valid universal character`, piece });
    }
    return [{ kind: 'char', cp: Math.min(cp, 0x10ffff) }, i + 1 + want];
  }
  problems.push({ severity: 'warning', message: `unknown escape sequence: '\\${c}'`, piece });
  return [{ kind: 'char', cp: c.codePointAt(0) ?? 92 }, i + Math.max(c.length, 1)];
}

/** The code-unit width of a prefix, in bits. */
function unitBits(prefix: LiteralPrefix): 8 | 16 | 32 {
  switch (prefix) {
    case '': case 'u8': return 8;
    case 'u': return 16;
    case 'U': case 'L': return 32;
    default: return assertNever(prefix);
  }
}

/** Encodes decoded elements as code units of the prefix's encoding. */
function encode(els: readonly Element[], prefix: LiteralPrefix, piece: number, problems: LiteralProblem[]): number[] {
  const bits = unitBits(prefix);
  const units: number[] = [];
  for (const el of els) {
    if (el.kind === 'raw') {
      if ((bits < 32 && el.value >= 2 ** bits) || el.value > 0xffffffff) {
        const what = el.escape.startsWith('\\x') ? 'hex' : 'octal';
        problems.push({ severity: 'error', message: `${what} escape sequence out of range`, piece });
      }
      units.push(bits === 32 ? el.value >>> 0 : el.value & (2 ** bits - 1));
    } else if (bits === 8) {
      units.push(...utf8(el.cp));
    } else if (bits === 16 && el.cp > 0xffff) {
      const v = el.cp - 0x10000;
      units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else {
      units.push(el.cp);
    }
  }
  return units;
}

function utf8(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

export interface DecodedChar {
  readonly value: number;
  readonly prefix: LiteralPrefix;
  readonly problems: readonly LiteralProblem[];
}

/**
 * character-constant (C17 6.4.4.4). A plain constant with one byte has the
 * value of that byte as a (signed) char, so '\xff' is -1 (p10, char is
 * signed on the target); several bytes make a multi-character constant whose
 * value is gcc's: the bytes shifted in from the right, truncated to int.
 * A wide or Unicode constant has the value of its (last) code unit.
 */
export function decodeChar(text: string): DecodedChar {
  const { prefix, body } = splitLiteral(text);
  const problems: LiteralProblem[] = [];
  const units = encode(elements(body, 0, problems), prefix, 0, problems);
  if (units.length === 0) {
    problems.push({ severity: 'error', message: 'empty character constant', piece: 0 });
    return { value: 0, prefix, problems };
  }
  if (prefix === '') return { value: plainCharValue(units, problems), prefix, problems };
  if (units.length > 1) problems.push({ severity: 'warning', message: 'character constant too long for its type', piece: 0 });
  const last = units[units.length - 1]!;
  // wchar_t (L) is a signed 32-bit int; char16_t, char32_t and u8 constants are unsigned.
  return { value: prefix === 'L' ? last | 0 : last, prefix, problems };
}

function plainCharValue(bytes: readonly number[], problems: LiteralProblem[]): number {
  if (bytes.length === 1) return (bytes[0]! << 24) >> 24;
  problems.push({
    severity: 'warning',
    message: bytes.length > 4 ? 'character constant too long for its type' : 'multi-character character constant',
    piece: 0,
  });
  let value = 0;
  for (const b of bytes) value = ((value << 8) | b) | 0;
  return value;
}

export interface DecodedString {
  readonly units: readonly number[];
  readonly prefix: LiteralPrefix;
  readonly problems: readonly LiteralProblem[];
}

/**
 * Adjacent string literals, concatenated (translation phase 6, C17 6.4.5p5):
 * the result takes the prefix of the prefixed pieces; pieces with different
 * prefixes (other than an unprefixed one) are rejected, as gcc does. Each
 * piece is decoded on its own so `"\x1" "2"` stays two units.
 */
export function decodeStrings(texts: readonly string[]): DecodedString {
  const problems: LiteralProblem[] = [];
  const pieces = texts.map(splitLiteral);
  let prefix: LiteralPrefix = '';
  pieces.forEach((p, i) => {
    if (p.prefix === '' || p.prefix === prefix) return;
    if (prefix === '') prefix = p.prefix;
    else problems.push({ severity: 'error', message: 'unsupported non-standard concatenation of string literals', piece: i });
  });
  const units: number[] = [];
  pieces.forEach((p, i) => units.push(...encode(elements(p.body, i, problems), prefix, i, problems)));
  return { units, prefix, problems };
}

function assertNever(x: never): never {
  throw new Error(`unexpected literal prefix ${String(x)}`);
}
