/**
 * The floating conversions of printf (C17 7.21.6.1p8: f F e E g G a A),
 * digit for digit as glibc prints them. glibc rounds the exact binary value
 * of the double (round-half-even in the default rounding mode), which JS's
 * toFixed/toExponential do not always match, so the decimal digits come from
 * exact BigInt arithmetic on mantissa * 2^exponent.
 *
 * Not here: padding, the sign and the `+`/space flags (printf.ts applies
 * them); long double's own representation (a long double argument is a
 * double in ciri).
 * Invariant: every digit string is exact, never computed in floating point.
 */

/** One formatted floating value, split where printf inserts sign and zero padding. */
export interface FloatText {
  /** The sign bit was set (also for -0 and -nan). */
  readonly negative: boolean;
  /** "0x"/"0X" for %a, empty otherwise; zero padding goes after it. */
  readonly prefix: string;
  readonly body: string;
  /** inf or nan: the 0 flag does not apply. */
  readonly special: boolean;
}

export type FloatConv = 'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'a' | 'A';

const view = new DataView(new ArrayBuffer(8));

function signBit(x: number): boolean {
  view.setFloat64(0, x);
  return (view.getUint8(0) & 0x80) !== 0;
}

/** |x| = mant * 2^exp exactly, for finite x. */
function decompose(x: number): { mant: bigint; exp: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return biased === 0 ? { mant: frac, exp: -1074 } : { mant: frac | (1n << 52n), exp: biased - 1075 };
}

const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1]! * 10n);
  return POW10[n]!;
}

/** round-half-even(mant * 2^exp * 10^scale) as an integer. */
function roundScaled(mant: bigint, exp: number, scale: number): bigint {
  let num = exp >= 0 ? mant << BigInt(exp) : mant;
  let den = exp < 0 ? 1n << BigInt(-exp) : 1n;
  if (scale >= 0) num *= pow10(scale);
  else den *= pow10(-scale);
  const q = num / den;
  const twice = (num - q * den) * 2n;
  return twice > den || (twice === den && (q & 1n) === 1n) ? q + 1n : q;
}

/** Sign of mant * 2^exp - 10^k. */
function comparePow10(mant: bigint, exp: number, k: number): number {
  let lhs = exp >= 0 ? mant << BigInt(exp) : mant;
  let rhs = exp < 0 ? 1n << BigInt(-exp) : 1n;
  if (k >= 0) rhs *= pow10(k);
  else lhs *= pow10(-k);
  return lhs === rhs ? 0 : lhs > rhs ? 1 : -1;
}

/** %f: `prec` digits after the point. */
function fixed(mant: bigint, exp: number, prec: number, alt: boolean): string {
  const digits = roundScaled(mant, exp, prec).toString().padStart(prec + 1, '0');
  const int = digits.slice(0, digits.length - prec);
  return prec > 0 || alt ? `${int}.${digits.slice(digits.length - prec)}` : int;
}

/** %e digits: `prec + 1` significant digits and the decimal exponent after rounding. */
function scientificParts(mant: bigint, exp: number, prec: number): { digits: string; e: number } {
  if (mant === 0n) return { digits: '0'.repeat(prec + 1), e: 0 };
  let k = Math.floor(Math.log10(Number(mant) * 2 ** exp || 5e-324));
  while (comparePow10(mant, exp, k) < 0) k--;
  while (comparePow10(mant, exp, k + 1) >= 0) k++;
  let d = roundScaled(mant, exp, prec - k);
  if (d >= pow10(prec + 1)) {
    k++;
    d /= 10n;
  }
  return { digits: d.toString(), e: k };
}

function scientific(mant: bigint, exp: number, prec: number, alt: boolean, upper: boolean): string {
  const { digits, e } = scientificParts(mant, exp, prec);
  const point = prec > 0 || alt ? '.' : '';
  const ex = `${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return `${digits[0]}${point}${digits.slice(1)}${upper ? 'E' : 'e'}${ex}`;
}

/** %g: C17 7.21.6.1p8, style e or f by the exponent X the e style would have. */
function general(mant: bigint, exp: number, prec: number | undefined, alt: boolean, upper: boolean): string {
  const p = prec === undefined ? 6 : prec === 0 ? 1 : prec;
  const x = scientificParts(mant, exp, p - 1).e;
  const text = p > x && x >= -4 ? fixed(mant, exp, p - 1 - x, alt) : scientific(mant, exp, p - 1, alt, upper);
  return alt ? text : stripZeros(text);
}

/** "Trailing zeros are removed from the fractional portion ... the decimal-point character is removed if there is no fractional portion remaining." */
function stripZeros(text: string): string {
  const e = text.search(/[eE]/);
  const [num, tail] = e < 0 ? [text, ''] : [text.slice(0, e), text.slice(e)];
  if (!num.includes('.')) return text;
  return num.replace(/0+$/, '').replace(/\.$/, '') + tail;
}

/** %a: glibc prints normal numbers as 0x1.hhhp±d and subnormals as 0x0.hhhp-1022. */
function hexFloat(mant: bigint, exp: number, prec: number | undefined, alt: boolean): string {
  let lead = 0n;
  let frac = 0n;
  let e = 0;
  if (mant !== 0n) {
    const normal = mant >= 1n << 52n;
    lead = normal ? 1n : 0n;
    frac = mant & ((1n << 52n) - 1n);
    e = normal ? exp + 52 : -1022;
  }
  let hex = frac.toString(16).padStart(13, '0');
  if (prec === undefined) {
    hex = hex.replace(/0+$/, '');
  } else if (prec < 13) {
    const drop = BigInt(52 - 4 * prec);
    let keep = frac >> drop;
    const rest = frac & ((1n << drop) - 1n);
    const half = 1n << (drop - 1n);
    if (rest > half || (rest === half && ((prec > 0 ? keep : lead) & 1n) === 1n)) keep++;
    if (keep >= 1n << BigInt(4 * prec)) {
      lead++;
      keep = 0n;
    }
    hex = prec > 0 ? keep.toString(16).padStart(prec, '0') : '';
  } else {
    hex = hex.padEnd(prec, '0');
  }
  const point = hex.length > 0 || alt ? '.' : '';
  return `${lead}${point}${hex}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** Formats x for one floating conversion; `prec` undefined when the directive has none. */
export function formatFloat(x: number, conv: FloatConv, prec: number | undefined, alt: boolean): FloatText {
  const negative = signBit(x);
  const upper = conv === 'F' || conv === 'E' || conv === 'G' || conv === 'A';
  if (!Number.isFinite(x)) {
    const word = Number.isNaN(x) ? 'nan' : 'inf';
    return { negative, prefix: '', body: upper ? word.toUpperCase() : word, special: true };
  }
  const { mant, exp } = decompose(x);
  const p = prec ?? 6;
  let prefix = '';
  let body: string;
  switch (conv) {
    case 'f': case 'F': body = fixed(mant, exp, p, alt); break;
    case 'e': case 'E': body = scientific(mant, exp, p, alt, upper); break;
    case 'g': case 'G': body = general(mant, exp, prec, alt, upper); break;
    case 'a': case 'A': prefix = upper ? '0X' : '0x'; body = hexFloat(mant, exp, prec, alt); break;
    default: return assertNever(conv);
  }
  return { negative, prefix, body: upper ? body.toUpperCase() : body, special: false };
}

function assertNever(x: never): never {
  throw new Error(`unhandled floating conversion ${String(x)}`);
}
