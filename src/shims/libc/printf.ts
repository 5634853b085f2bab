/**
 * The printf format engine shared by printf, fprintf, sprintf, snprintf (and
 * later dprintf and the v* forms): C17 7.21.6.1 with glibc's output for the
 * cases C leaves to the implementation (`%p` is `0x...` or `(nil)`, `%s` of
 * NULL is `(null)`, inf/nan spelling, `%m`).
 *
 * Every directive's argument is checked against what the directive expects
 * (C17 7.21.6.1p9: "If any argument is not the correct type for the
 * corresponding conversion specification, the behavior is undefined"), and a
 * directive with no argument left is the same UB (p2, "insufficient
 * arguments"). The variadic arguments arrive after the default argument
 * promotions (float as double, char and short as int).
 *
 * Not here: positional arguments (`%1$d`), wide characters (`%lc`, `%ls`),
 * the output destination (stdio.ts writes or stores the bytes).
 * Invariant: the format string and every `%s` argument are checked by
 * memory before a byte of them is used.
 */
import type { ShimMachine, VarArg } from '../shim.js';
import type { ScalarKind } from '../../ir/ir.js';
import type { Ptr } from '../../memory/pointer.js';
import { boundedStrlen, readCString, textBytes } from '../access.js';
import { readErrno, strerrorText } from '../errno.js';
import { formatFloat, type FloatConv } from './float-format.js';

/** One parsed conversion specification. */
interface Spec {
  /** The directive as written, for messages ("%-5ld"). */
  text: string;
  minus: boolean;
  plus: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  prec: number | undefined;
  length: '' | 'hh' | 'h' | 'l' | 'll' | 'z' | 'j' | 't' | 'L';
  conv: string;
}

/** Grows the output as byte chunks; `length` is what %n stores. */
class ByteSink {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  ascii(s: string): void {
    this.push(textBytes(s));
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** Hands out the variadic arguments in order, checking each against what its directive expects. */
class ArgReader {
  private next = 0;

  constructor(private readonly m: ShimMachine, private readonly args: readonly VarArg[]) {}

  take(spec: Spec, expected: ArgClass): VarArg {
    const arg = this.args[this.next++];
    const actual = arg === undefined ? 'no argument' : KIND_NAMES[arg.kind];
    if (arg === undefined || !ACCEPTS[expected].includes(arg.kind)) {
      this.m.raise({ kind: 'format-mismatch', fn: this.m.currentShim, directive: spec.text, expected: expectedName(spec, expected), actual });
    }
    return arg;
  }
}

type ArgClass = 'int' | 'unsigned' | 'long' | 'double' | 'pointer';

/** Kinds each class accepts: C17 6.5.2.2p6/7.16.1.1p2 let a signed and unsigned type of one width stand for each other. */
const SMALL: ScalarKind[] = ['i8', 'u8', 'i16', 'u16'];
const ACCEPTS: Record<ArgClass, readonly ScalarKind[]> = {
  int: ['i32', 'u32', ...SMALL],
  unsigned: ['u32', 'i32', ...SMALL],
  long: ['i64', 'u64'],
  double: ['f64', 'f32'],
  pointer: ['ptr'],
};

const KIND_NAMES: Record<ScalarKind, string> = {
  i8: 'signed char', u8: 'unsigned char', i16: 'short', u16: 'unsigned short', i32: 'int', u32: 'unsigned int',
  i64: 'long', u64: 'unsigned long', f32: 'float', f64: 'double', ptr: 'a pointer',
};

/** The C type a directive expects, as its length modifier spells it. */
function expectedName(spec: Spec, cls: ArgClass): string {
  if (cls === 'double') return 'double';
  if (cls === 'pointer') return spec.conv === 's' ? 'char *' : spec.conv === 'n' ? 'a pointer to an integer' : 'void *';
  if (spec.conv === '*') return 'int';
  const signed = 'di'.includes(spec.conv);
  const names: Record<Spec['length'], [string, string]> = {
    '': ['int', 'unsigned int'], hh: ['int', 'unsigned int'], h: ['int', 'unsigned int'], l: ['long', 'unsigned long'],
    ll: ['long long', 'unsigned long long'], L: ['long long', 'unsigned long long'], z: ['ssize_t', 'size_t'],
    j: ['intmax_t', 'uintmax_t'], t: ['ptrdiff_t', 'ptrdiff_t'],
  };
  return names[spec.length][signed ? 0 : 1];
}

/** C17's flags, plus glibc's ' (digit grouping), which the C locale makes a no-op. */
const FLAGS = "-+ #0'";
const LENGTHS = ['hh', 'h', 'll', 'l', 'z', 'j', 't', 'L', 'q'];

/**
 * Formats `args` by the format string at `fmt` and returns the bytes.
 * `%n` stores the count of bytes so far through its (checked) pointer.
 */
export function formatPrintf(m: ShimMachine, fmt: Ptr, args: readonly VarArg[]): Uint8Array {
  const f = readCString(m, fmt);
  const out = new ByteSink();
  const reader = new ArgReader(m, args);
  let i = 0;
  while (i < f.length) {
    const pct = f.indexOf(0x25, i);
    const end = pct < 0 ? f.length : pct;
    out.push(f.subarray(i, end));
    if (pct < 0) break;
    const { spec, next } = parseSpec(m, f, pct, reader);
    convert(m, spec, reader, out);
    i = next;
  }
  return out.bytes();
}

/** C17 7.21.6.1p4: % flags* width? (. precision)? length? conversion. '*' takes an int argument. */
function parseSpec(m: ShimMachine, f: Uint8Array, pct: number, reader: ArgReader): { spec: Spec; next: number } {
  let i = pct + 1;
  const ch = () => String.fromCharCode(f[i] ?? 0);
  const text = () => String.fromCharCode(...f.subarray(pct, i));
  const spec: Spec = { text: '', minus: false, plus: false, space: false, alt: false, zero: false, width: 0, prec: undefined, length: '', conv: '' };
  if (/^[1-9]\d*\$/.test(String.fromCharCode(...f.subarray(i, Math.min(f.length, i + 12))))) {
    m.unsupported('positional arguments in printf formats (%n$)');
  }
  for (; FLAGS.includes(ch()) && i < f.length; i++) setFlag(spec, ch());
  if (ch() === '*') {
    i++;
    const w = intArg(reader, { ...spec, text: text(), conv: '*' });
    if (w < 0) spec.minus = true;
    spec.width = Math.abs(w);
  } else {
    for (; /\d/.test(ch()); i++) spec.width = spec.width * 10 + Number(ch());
  }
  if (ch() === '.') {
    i++;
    if (ch() === '*') {
      i++;
      const p = intArg(reader, { ...spec, text: text(), conv: '*' });
      spec.prec = p < 0 ? undefined : p;
    } else {
      let p = 0;
      for (; /\d/.test(ch()); i++) p = p * 10 + Number(ch());
      spec.prec = p;
    }
  }
  const len = LENGTHS.find((l) => String.fromCharCode(...f.subarray(i, i + l.length)) === l);
  if (len) {
    i += len.length;
    spec.length = len === 'q' ? 'll' : (len as Spec['length']);
  }
  spec.conv = i < f.length ? ch() : '';
  if (i < f.length) i++;
  spec.text = text();
  return { spec, next: i };
}

function setFlag(spec: Spec, c: string): void {
  if (c === '-') spec.minus = true;
  else if (c === '+') spec.plus = true;
  else if (c === ' ') spec.space = true;
  else if (c === '#') spec.alt = true;
  else if (c === '0') spec.zero = true;
}

function intArg(reader: ArgReader, spec: Spec): number {
  const v = reader.take(spec, 'int').value;
  return Number(BigInt.asIntN(32, BigInt(v)));
}

/** One conversion (C17 7.21.6.1p8). */
function convert(m: ShimMachine, spec: Spec, reader: ArgReader, out: ByteSink): void {
  const c = spec.conv;
  switch (c) {
    case 'd': case 'i': return integer(spec, reader, out, true, 10);
    case 'u': return integer(spec, reader, out, false, 10);
    case 'o': return integer(spec, reader, out, false, 8);
    case 'x': case 'X': return integer(spec, reader, out, false, 16);
    case 'c': return character(m, spec, reader, out);
    case 's': return string(m, spec, reader, out);
    case 'p': return pointer(spec, reader, out);
    case 'n': return storeCount(m, spec, reader, out);
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
      return floating(spec, reader, out, c);
    case '%': return out.ascii('%');
    case 'm': return pad(spec, out, textBytes(strerrorText(readErrno(m))));
    case 'C': case 'S': return m.unsupported(`wide characters in printf formats (${spec.text})`);
    default:
      return m.raise({ kind: 'invalid-argument', fn: m.currentShim,
        detail: `the format has an invalid conversion specification '${spec.text}' (C17 7.21.6.1p9)` });
  }
}

/** Width padding for text conversions: spaces, on the left unless the - flag. */
function pad(spec: Spec, out: ByteSink, body: Uint8Array): void {
  const fill = Math.max(0, spec.width - body.length);
  if (!spec.minus) out.ascii(' '.repeat(fill));
  out.push(body);
  if (spec.minus) out.ascii(' '.repeat(fill));
}

/** Sign or prefix, zero padding, digits, then width padding (p6 flags, p8 precision of integers). */
function emitNumber(spec: Spec, out: ByteSink, prefix: string, digits: string, zeroOk: boolean): void {
  const fill = Math.max(0, spec.width - prefix.length - digits.length);
  if (spec.zero && !spec.minus && zeroOk) {
    out.ascii(prefix + '0'.repeat(fill) + digits);
    return;
  }
  pad(spec, out, textBytes(prefix + digits));
}

function integer(spec: Spec, reader: ArgReader, out: ByteSink, signed: boolean, base: number): void {
  const wide = spec.length !== '' && spec.length !== 'hh' && spec.length !== 'h';
  const arg = reader.take(spec, wide ? 'long' : signed ? 'int' : 'unsigned');
  const bits = spec.length === 'hh' ? 8 : spec.length === 'h' ? 16 : wide ? 64 : 32;
  const raw = BigInt(arg.value);
  const v = signed ? BigInt.asIntN(bits, raw) : BigInt.asUintN(bits, raw);
  const neg = v < 0n;
  let digits = (neg ? -v : v).toString(base);
  if (spec.conv === 'X') digits = digits.toUpperCase();
  if (spec.prec !== undefined) digits = spec.prec === 0 && v === 0n ? '' : digits.padStart(spec.prec, '0');
  let prefix = neg ? '-' : signed && spec.plus ? '+' : signed && spec.space ? ' ' : '';
  if (spec.alt && base === 8 && !digits.startsWith('0')) digits = '0' + digits;
  if (spec.alt && base === 16 && v !== 0n) prefix = spec.conv === 'X' ? '0X' : '0x';
  emitNumber(spec, out, prefix, digits, spec.prec === undefined);
}

/** %c: the int argument converted to unsigned char. */
function character(m: ShimMachine, spec: Spec, reader: ArgReader, out: ByteSink): void {
  if (spec.length === 'l') m.unsupported(`wide characters in printf formats (${spec.text})`);
  const v = Number(BigInt.asUintN(8, BigInt(reader.take(spec, 'int').value)));
  pad(spec, out, Uint8Array.of(v));
}

/** %s: reads up to the NUL, or at most `precision` bytes (the array then need not be terminated). */
function string(m: ShimMachine, spec: Spec, reader: ArgReader, out: ByteSink): void {
  if (spec.length === 'l') m.unsupported(`wide characters in printf formats (${spec.text})`);
  const arg = reader.take(spec, 'pointer');
  const p = { addr: Number(arg.value), prov: arg.prov };
  if (p.addr === 0) {
    // glibc prints "(null)", or nothing when the precision cuts it (it is still UB in C).
    const text = spec.prec === undefined || spec.prec >= 6 ? '(null)' : '';
    return pad(spec, out, textBytes(text));
  }
  const len = spec.prec === undefined ? m.mem.strlen(p) : boundedStrlen(m, p, spec.prec);
  pad(spec, out, m.mem.readBytes(p, len, true));
}

/** %p: glibc prints a non-null pointer like %#lx and the null pointer as "(nil)". */
function pointer(spec: Spec, reader: ArgReader, out: ByteSink): void {
  // Addresses are signed numbers (memory/pointer.ts): (void *)-1 prints as 0xffffffffffffffff.
  const addr = BigInt.asUintN(64, BigInt(reader.take(spec, 'pointer').value));
  if (addr === 0n) return pad(spec, out, textBytes('(nil)'));
  let digits = addr.toString(16);
  if (spec.prec !== undefined) digits = digits.padStart(spec.prec, '0');
  const sign = spec.plus ? '+' : spec.space ? ' ' : '';
  emitNumber(spec, out, sign + '0x', digits, spec.prec === undefined);
}

/** %n: stores the number of bytes written so far, in the integer type the length modifier names. */
function storeCount(m: ShimMachine, spec: Spec, reader: ArgReader, out: ByteSink): void {
  const arg = reader.take(spec, 'pointer');
  const p = { addr: Number(arg.value), prov: arg.prov };
  const n = out.length;
  switch (spec.length) {
    case 'hh': return m.mem.storeScalar(p, 'i8', (n << 24) >> 24);
    case 'h': return m.mem.storeScalar(p, 'i16', (n << 16) >> 16);
    case '': return m.mem.storeScalar(p, 'i32', n | 0);
    default: return m.mem.storeScalar(p, 'i64', n);
  }
}

function floating(spec: Spec, reader: ArgReader, out: ByteSink, conv: FloatConv): void {
  const x = Number(reader.take(spec, 'double').value);
  const t = formatFloat(x, conv, spec.prec, spec.alt);
  const sign = t.negative ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  emitNumber(spec, out, sign + t.prefix, t.body, !t.special);
}
