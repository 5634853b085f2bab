/**
 * The scanf format engine shared by scanf, fscanf, sscanf and their v* forms
 * (C17 7.21.6.2), reading the input as glibc's vfscanf does: one byte at a
 * time with one byte of lookahead put back, so a failed conversion leaves
 * what it consumed consumed ("-x" under %d eats the '-'); numbers are
 * collected by glibc's permissive grammar and converted with strtol/strtod
 * semantics (strtonum.ts), so "1e" converts as 1 and "0x" under %x as 0.
 *
 * Checks: every assigning directive takes the next variadic argument, which
 * must be a pointer (format-mismatch otherwise, or when none is left, as for
 * printf); the store goes through memory, so a `char` given to %d or a buffer
 * too small for %s is an out-of-bounds write. An integer whose value does not
 * fit the object is UB (C17 7.21.6.2p10), where glibc stores it truncated.
 * What the pointer points to cannot be seen at run time (an `int *` given to
 * %f is not caught unless the sizes differ).
 *
 * Not here: the input sources (scanf-shims.ts), positional arguments,
 * wide characters (%lc, %ls), long double (%Lf).
 * Invariant: nothing is stored before the conversion that produced it has
 * succeeded, and only the bytes a directive consumed are consumed.
 */
import type { ShimMachine, VarArg } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { readCString, writeChecked } from '../access.js';
import { isSpaceByte, parseFloatBytes, parseIntegerBytes } from './strtonum.js';
import type { ByteReader } from './stdio-stream.js';

const EOF = -1;

/** One conversion specification. */
interface Spec {
  /** As written, for messages ("%5ld"). */
  readonly text: string;
  readonly suppress: boolean;
  /** Maximum field width (Infinity when none). */
  readonly width: number;
  readonly length: '' | 'hh' | 'h' | 'l' | 'll' | 'j' | 'z' | 't' | 'L';
  /** glibc's m: allocate the string with malloc and store the pointer. */
  readonly alloc: boolean;
  readonly conv: string;
}

/** Counts consumed bytes (for %n) over a reader. */
class Input {
  consumed = 0;
  constructor(private readonly r: ByteReader) {}

  next(): number {
    const c = this.r.next();
    if (c !== EOF) this.consumed++;
    return c;
  }

  unget(c: number): void {
    if (c === EOF) return;
    this.r.unget(c);
    this.consumed--;
  }

  /** Skips white space (C17 7.21.6.2p5, p8); the first other byte stays unread. EOF when the input ended. */
  skipSpace(): number {
    let c = this.next();
    while (c !== EOF && isSpaceByte(c)) c = this.next();
    this.unget(c);
    return c;
  }
}

/** Why a scan stopped early. */
type Failure = 'input' | 'matching';

/** Allocates `bytes` with malloc for %m (glibc); supplied by the caller so this engine stays in stdio's family. */
export type Allocate = (bytes: Uint8Array) => Ptr;

/**
 * Scans `input` by the format at `fmt`, storing through `args`: the number of
 * assigned items, or EOF when the input ended before the first one (glibc).
 */
export function scanFormat(m: ShimMachine, fmt: Ptr, reader: ByteReader, args: readonly VarArg[], alloc: Allocate): number {
  const f = readCString(m, fmt);
  const input = new Input(reader);
  const argv = new ArgTaker(m, args);
  let done = 0;
  let i = 0;
  const stop = (why: Failure): number => (why === 'input' && done === 0 ? EOF : done);
  while (i < f.length) {
    const b = f[i]!;
    if (isSpaceByte(b)) {
      input.skipSpace();
      while (i < f.length && isSpaceByte(f[i]!)) i++;
      continue;
    }
    if (b !== 0x25 || f[i + 1] === 0x25) {
      // An ordinary byte (or %%, which also skips white space first).
      if (b === 0x25) { input.skipSpace(); i++; }
      const c = input.next();
      if (c === EOF) return stop('input');
      if (c !== f[i]) { input.unget(c); return stop('matching'); }
      i++;
      continue;
    }
    const { spec, next } = parseSpec(m, f, i);
    i = next;
    const r = convert(m, spec, input, argv, alloc);
    if (r === 'input' || r === 'matching') return stop(r);
    if (r) done++;
  }
  return done;
}

/** C17 7.21.6.2p3: % [*] [width] [m] [length] conversion. */
function parseSpec(m: ShimMachine, f: Uint8Array, pct: number): { spec: Spec; next: number } {
  let i = pct + 1;
  const ch = () => String.fromCharCode(f[i] ?? 0);
  if (/^\d+\$/.test(String.fromCharCode(...f.subarray(i, Math.min(f.length, i + 12))))) {
    m.unsupported('positional arguments in scanf formats (%n$)');
  }
  const suppress = ch() === '*';
  if (suppress) i++;
  let width = 0;
  for (; /\d/.test(ch()); i++) width = width * 10 + Number(ch());
  const alloc = ch() === 'm';
  if (alloc) i++;
  let length: Spec['length'] = '';
  for (const l of ['hh', 'h', 'll', 'l', 'j', 'z', 't', 'L', 'q']) {
    if (String.fromCharCode(...f.subarray(i, i + l.length)) === l) {
      length = l === 'q' ? 'll' : (l as Spec['length']);
      i += l.length;
      break;
    }
  }
  let conv = i < f.length ? ch() : '';
  if (i < f.length) i++;
  if (conv === '[') {
    // The scanset runs to the first ']' that is not the first byte (after an optional '^').
    const start = i;
    if (f[i] === 0x5e) i++;
    if (f[i] === 0x5d) i++;
    while (i < f.length && f[i] !== 0x5d) i++;
    conv = String.fromCharCode(0x5b, ...f.subarray(start, i));
    if (i < f.length) i++;
    else m.raise({ kind: 'invalid-argument', fn: m.currentShim, detail: `the format's scanset '%${conv}' has no closing ']' (C17 7.21.6.2p12)` });
  }
  const text = String.fromCharCode(...f.subarray(pct, i));
  return { spec: { text, suppress, width: width > 0 ? width : Infinity, length, alloc, conv }, next: i };
}

/** Hands out the variadic arguments: each assigning directive needs a pointer. */
class ArgTaker {
  private next = 0;
  constructor(private readonly m: ShimMachine, private readonly args: readonly VarArg[]) {}

  take(spec: Spec): Ptr {
    const arg = this.args[this.next++];
    if (arg === undefined || arg.kind !== 'ptr') {
      this.m.raise({ kind: 'format-mismatch', fn: this.m.currentShim, directive: spec.text, expected: pointeeName(spec),
        actual: arg === undefined ? 'no argument' : KIND_NAMES[arg.kind] ?? arg.kind });
    }
    return { addr: Number(arg.value), prov: arg.prov };
  }
}

const KIND_NAMES: Record<string, string> = {
  i8: 'signed char', u8: 'unsigned char', i16: 'short', u16: 'unsigned short', i32: 'int', u32: 'unsigned int',
  i64: 'long', u64: 'unsigned long', f32: 'float', f64: 'double',
};

const INT_NAMES: Record<Spec['length'], string> = {
  '': 'int', hh: 'signed char', h: 'short', l: 'long', ll: 'long long', j: 'intmax_t', z: 'size_t', t: 'ptrdiff_t', L: 'long long',
};

/** The pointer type a directive stores through ("int *", "unsigned long *", "char *"). */
function pointeeName(spec: Spec): string {
  const c = spec.conv[0]!;
  if ('cs['.includes(c)) return spec.alloc ? 'char **' : 'char *';
  if (c === 'p') return 'void **';
  if ('aefgAEFG'.includes(c)) return spec.length === 'l' ? 'double *' : spec.length === 'L' ? 'long double *' : 'float *';
  const name = INT_NAMES[spec.length];
  if ('uoxX'.includes(c) && spec.length !== 'z' && spec.length !== 't') return `unsigned ${name.replace('signed ', '')} *`;
  return `${name} *`;
}

/** One directive: true when it assigned, false when it did not (suppressed, %n), or why it failed. */
function convert(m: ShimMachine, spec: Spec, input: Input, argv: ArgTaker, alloc: Allocate): boolean | Failure {
  const c = spec.conv[0] ?? '';
  if (c === 'n') {
    if (!spec.suppress) storeInt(m, argv.take(spec), spec, BigInt(input.consumed), true);
    return false;
  }
  if (c !== '[' && c !== 'c' && input.skipSpace() === EOF) return 'input';
  switch (c) {
    case 'd': return integer(m, spec, input, argv, 10, true);
    case 'i': return integer(m, spec, input, argv, 0, true);
    case 'u': return integer(m, spec, input, argv, 10, false);
    case 'o': return integer(m, spec, input, argv, 8, false);
    case 'x': case 'X': case 'p': return integer(m, spec, input, argv, 16, false);
    case 'a': case 'e': case 'f': case 'g': case 'A': case 'E': case 'F': case 'G': return floating(m, spec, input, argv);
    case 'c': case 's': case '[': return text(m, spec, input, argv, alloc);
    case 'C': case 'S': return m.unsupported(`wide characters in scanf formats (${spec.text})`);
    default:
      return m.raise({ kind: 'invalid-argument', fn: m.currentShim,
        detail: `the format has an invalid conversion specification '${spec.text}' (C17 7.21.6.2p13)` });
  }
}

/** Collects bytes while `accept` says so, up to the width; the first refused byte is put back. */
function collect(input: Input, width: number, accept: (c: number, so: number[]) => boolean): number[] {
  const out: number[] = [];
  while (out.length < width) {
    const c = input.next();
    if (c === EOF) break;
    if (!accept(c, out)) { input.unget(c); break; }
    out.push(c);
  }
  return out;
}

function digitIn(c: number, base: number): boolean {
  const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x61 + 10 : 99;
  return v < base;
}

/**
 * %d %i %u %o %x %p: sign, then "0x" where the base allows it (a bare "0x"
 * converts as 0, as glibc does), then digits. No digit is a matching failure.
 */
function integer(m: ShimMachine, spec: Spec, input: Input, argv: ArgTaker, base0: number, signed: boolean): boolean | Failure {
  const prefixOk = base0 === 0 || base0 === 16;
  let base = base0 === 0 ? 10 : base0;
  const bytes = collect(input, spec.width, (c, so) => {
    const n = so.length;
    const sign = n > 0 && (so[0] === 0x2b || so[0] === 0x2d) ? 1 : 0;
    if (n === 0 && (c === 0x2b || c === 0x2d)) return true;
    if (n === sign && base0 === 0 && c === 0x30) base = 8;
    if (n === sign + 1 && so[sign] === 0x30 && (c | 0x20) === 0x78 && prefixOk) {
      base = 16;
      return true;
    }
    return digitIn(c, base);
  });
  const parsed = parseIntegerBytes(Uint8Array.from(bytes), base0 === 0 ? 0 : base0);
  if (parsed.consumed === 0) return 'matching';
  if (spec.suppress) return false;
  const dst = argv.take(spec);
  if (spec.conv === 'p') {
    const addr = Number(BigInt.asIntN(64, parsed.value));
    m.mem.storePtr(dst, { addr, prov: addr === 0 ? 0 : m.mem.provenanceFor(addr) });
    return true;
  }
  storeInt(m, dst, spec, parsed.overflow ? (parsed.value < 0n ? -(1n << 80n) : 1n << 80n) : parsed.value, signed);
  return true;
}

const WIDTHS: Record<Spec['length'], 8 | 16 | 32 | 64> = { hh: 8, h: 16, '': 32, l: 64, ll: 64, j: 64, z: 64, t: 64, L: 64 };
const STORE_KIND = { 8: 'i8', 16: 'i16', 32: 'i32', 64: 'i64' } as const;

/**
 * Stores an integer in the object the length modifier names. C17 7.21.6.2p10:
 * a value the object cannot represent is UB (an unsigned conversion of a
 * negative number wraps, as strtoul's result does).
 */
function storeInt(m: ShimMachine, dst: Ptr, spec: Spec, v: bigint, signed: boolean): void {
  const bits = WIDTHS[spec.length];
  const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  const min = signed ? -(1n << BigInt(bits - 1)) : -max;
  if (v > max || v < min) {
    m.raise({ kind: 'invalid-argument', fn: m.currentShim,
      detail: `the number read by \`${spec.text}\` does not fit in ${pointeeName(spec).slice(0, -2)}: the result of the conversion cannot be represented in the object (C17 7.21.6.2p10)` });
  }
  const stored = BigInt.asIntN(bits, v);
  m.mem.storeScalar(dst, STORE_KIND[bits], bits === 64 ? stored : Number(stored));
}

/**
 * %a %e %f %g: glibc's grammar: sign, then inf[inity] or nan, or digits with
 * one point and one exponent (a sign may follow the exponent letter), hex
 * after "0x"; converted like strtod. Nothing convertible is a matching failure.
 */
function floating(m: ShimMachine, spec: Spec, input: Input, argv: ArgTaker): boolean | Failure {
  if (spec.length === 'L') m.unsupported(`long double in scanf formats (${spec.text})`);
  const acceptor = floatAcceptor();
  const bytes = collect(input, spec.width, acceptor.accept);
  const parsed = parseFloatBytes(Uint8Array.from(bytes));
  const body = bytes.length - (bytes[0] === 0x2b || bytes[0] === 0x2d ? 1 : 0);
  const hexOnlyPrefix = acceptor.hex() && body === 2;
  // glibc: "inf" may go on only as the whole "infinity".
  const brokenWord = acceptor.word().length > 3 && acceptor.word() !== 'infinity';
  if (parsed.consumed === 0 || hexOnlyPrefix || brokenWord) return 'matching';
  if (spec.suppress) return false;
  const dst = argv.take(spec);
  if (spec.length === 'l') m.mem.storeScalar(dst, 'f64', parsed.value);
  else m.mem.storeScalar(dst, 'f32', Math.fround(parsed.value));
  return true;
}

/** The byte-by-byte acceptor of a floating input item. */
function floatAcceptor(): { accept: (c: number, so: number[]) => boolean; hex: () => boolean; word: () => string } {
  let word = '';
  let hex = false, dot = false, exp = false, digit = false;
  const accept = (c: number, so: number[]): boolean => {
    const lc = String.fromCharCode(c | 0x20);
    const body = so.length - (so[0] === 0x2b || so[0] === 0x2d ? 1 : 0);
    if (so.length === 0 && (c === 0x2b || c === 0x2d)) return true;
    if (word !== '' || (body === 0 && (lc === 'i' || lc === 'n'))) {
      const target = (word + lc).startsWith('n') ? 'nan' : 'infinity';
      if (!target.startsWith(word + lc)) return false;
      word += lc;
      return true;
    }
    if (body === 1 && so[so.length - 1] === 0x30 && lc === 'x' && !hex) { hex = true; return true; }
    const prev = so[so.length - 1] ?? 0;
    if (exp && (prev | 0x20) === (hex ? 0x70 : 0x65) && (c === 0x2b || c === 0x2d)) return true;
    if (digitIn(c, exp ? 10 : hex ? 16 : 10)) { digit = true; return true; }
    if (c === 0x2e && !dot && !exp) { dot = true; return true; }
    if (lc === (hex ? 'p' : 'e') && digit && !exp) { exp = true; return true; }
    return false;
  };
  return { accept, hex: () => hex, word: () => word };
}

/**
 * %c (exactly width bytes, default 1, no NUL; fewer at end of input are kept),
 * %s (non-space bytes), %[ (bytes of the scanset, at least one): stored with
 * their NUL (not for %c) in the array, checked over its whole length, or in a
 * malloc'd block with glibc's m modifier.
 */
function text(m: ShimMachine, spec: Spec, input: Input, argv: ArgTaker, alloc: Allocate): boolean | Failure {
  const c = spec.conv[0]!;
  if (spec.length === 'l') m.unsupported(`wide characters in scanf formats (${spec.text})`);
  const width = c === 'c' && spec.width === Infinity ? 1 : spec.width;
  const accept = c === 'c' ? () => true : c === 's' ? (b: number) => !isSpaceByte(b) : scanset(spec.conv.slice(1));
  const bytes = collect(input, width, accept);
  if (bytes.length === 0) {
    const next = input.next();
    input.unget(next);
    return next === EOF ? 'input' : 'matching';
  }
  if (spec.suppress) return false;
  const dst = argv.take(spec);
  const out = Uint8Array.from(c === 'c' ? bytes : [...bytes, 0]);
  if (spec.alloc) m.mem.storePtr(dst, alloc(out));
  else writeChecked(m, dst, out);
  return true;
}

/** C17 7.21.6.2p12: the bytes of a scanset, with ^ negation and glibc's ranges (a-z); '-' first or last is literal. */
function scanset(set: string): (b: number) => boolean {
  const negate = set.startsWith('^');
  const body = negate ? set.slice(1) : set;
  const member = new Uint8Array(256);
  for (let k = 0; k < body.length; k++) {
    const lo = body.charCodeAt(k);
    if (body[k + 1] === '-' && k + 2 < body.length && body.charCodeAt(k + 2) >= lo) {
      for (let x = lo; x <= body.charCodeAt(k + 2); x++) member[x] = 1;
      k += 2;
    } else {
      member[lo] = 1;
    }
  }
  return (b) => (member[b] === 1) !== negate;
}
