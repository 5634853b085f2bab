/**
 * The controlling expression of `#if` and `#elif` (C17 6.10.1).
 *
 * Input: the directive's tokens after macro expansion, with `defined` and
 * `__has_include` already replaced by 0 or 1. Every remaining identifier
 * (keywords included) is 0 (6.10.1p4). Arithmetic is done in intmax_t or
 * uintmax_t, 64 bits, with the usual arithmetic conversions between them,
 * by a precedence-climbing parser over C's operators (6.5.3 to 6.5.17).
 * Errors that depend on values (division by zero) are only reported in the
 * operands that are evaluated, so `0 && 1/0` is fine.
 *
 * Not here: floating constants and casts, which are not allowed in `#if`.
 * Invariant: every value is normalised to the 64-bit range of its signedness.
 */
import type { Span } from './source.js';
import {
  AndAnd, Amp, Bang, Caret, CharConstant, Colon, Comma, EqualEqual, FloatConstant, Greater, GreaterEqual, IntegerConstant,
  Less, LessEqual, LParen, Minus, NotEqual, OrOr, Percent, Pipe, Plus, Question, RParen, ShiftLeft, ShiftRight, Slash,
  Star, Tilde, isIdentifierLike, type CToken,
} from './tokens.js';
import type { TokenType } from 'chevrotain';
import { decodeCharConstant } from './pp-char.js';

/** A value of `#if` arithmetic: intmax_t or uintmax_t. */
interface Value {
  readonly v: bigint;
  readonly unsigned: boolean;
}

const norm = (v: bigint, unsigned: boolean): Value => ({ v: unsigned ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v), unsigned });
const bool = (b: boolean): Value => ({ v: b ? 1n : 0n, unsigned: false });

/** Binary operators by precedence, loosest first (C17 6.5.5 to 6.5.14). */
const PRECEDENCE = new Map<TokenType, number>([
  [OrOr, 1], [AndAnd, 2], [Pipe, 3], [Caret, 4], [Amp, 5], [EqualEqual, 6], [NotEqual, 6],
  [Less, 7], [Greater, 7], [LessEqual, 7], [GreaterEqual, 7], [ShiftLeft, 8], [ShiftRight, 8],
  [Plus, 9], [Minus, 9], [Star, 10], [Slash, 10], [Percent, 10],
]);

class ExprError {
  constructor(readonly message: string, readonly span: Span) {}
}

class Parser {
  private pos = 0;

  constructor(
    private readonly toks: readonly CToken[],
    private readonly directive: Span,
    private readonly warn: (message: string, span: Span) => void,
  ) {}

  /** expression: conditional-expression (',' conditional-expression)* */
  parse(): Value {
    if (this.toks.length === 0) throw new ExprError('#if with no expression', this.directive);
    let v = this.conditional(true);
    while (this.accept(Comma)) v = this.conditional(true);
    const extra = this.toks[this.pos];
    if (extra) throw new ExprError(`missing binary operator before token "${extra.image}"`, extra.span);
    return v;
  }

  /** conditional-expression: logical-OR-expression ('?' expression ':' conditional-expression)? */
  private conditional(live: boolean): Value {
    const cond = this.binary(1, live);
    if (!this.accept(Question)) return cond;
    const taken = cond.v !== 0n;
    let a = this.conditional(live && taken);
    while (this.accept(Comma)) a = this.conditional(live && taken);
    if (!this.accept(Colon)) throw this.expected("':'");
    const b = this.conditional(live && !taken);
    const unsigned = a.unsigned || b.unsigned;
    return norm(taken ? a.v : b.v, unsigned);
  }

  /** The binary operators at precedence `min` and tighter. */
  private binary(min: number, live: boolean): Value {
    let left = this.unary(live);
    for (;;) {
      const op = this.toks[this.pos];
      const prec = op ? PRECEDENCE.get(op.tokenType) : undefined;
      if (!op || prec === undefined || prec < min) return left;
      this.pos++;
      // && and || do not evaluate their right operand when the left decides (6.5.13p4, 6.5.14p4).
      const rightLive = live && !(op.tokenType === AndAnd && left.v === 0n) && !(op.tokenType === OrOr && left.v !== 0n);
      const right = this.binary(prec + 1, rightLive);
      left = this.apply(op, left, right, live);
    }
  }

  private apply(op: CToken, a: Value, b: Value, live: boolean): Value {
    const unsigned = a.unsigned || b.unsigned;
    const x = norm(a.v, unsigned).v;
    const y = norm(b.v, unsigned).v;
    switch (op.tokenType) {
      case OrOr: return bool(a.v !== 0n || b.v !== 0n);
      case AndAnd: return bool(a.v !== 0n && b.v !== 0n);
      case Pipe: return norm(x | y, unsigned);
      case Caret: return norm(x ^ y, unsigned);
      case Amp: return norm(x & y, unsigned);
      case EqualEqual: return bool(x === y);
      case NotEqual: return bool(x !== y);
      case Less: return bool(x < y);
      case Greater: return bool(x > y);
      case LessEqual: return bool(x <= y);
      case GreaterEqual: return bool(x >= y);
      case ShiftLeft: return shift(a, b.v, true);
      case ShiftRight: return shift(a, b.v, false);
      case Plus: return this.overflow(x + y, unsigned, op, live);
      case Minus: return this.overflow(x - y, unsigned, op, live);
      case Star: return this.overflow(x * y, unsigned, op, live);
      case Slash:
      case Percent:
        if (y === 0n) {
          if (live) throw new ExprError('division by zero in #if', op.span);
          return norm(0n, unsigned);
        }
        return this.overflow(op.tokenType === Slash ? x / y : x % y, unsigned, op, live);
      default:
        throw new ExprError(`token "${op.image}" is not valid in preprocessor expressions`, op.span);
    }
  }

  /** Signed overflow wraps, with gcc's warning. */
  private overflow(v: bigint, unsigned: boolean, op: CToken, live: boolean): Value {
    const r = norm(v, unsigned);
    if (!unsigned && live && r.v !== v) this.warn('integer overflow in preprocessor expression', op.span);
    return r;
  }

  /** unary-expression: ('+' | '-' | '~' | '!') unary-expression | primary */
  private unary(live: boolean): Value {
    const t = this.toks[this.pos];
    if (!t) throw new ExprError('#if expression ends too early', this.end());
    if (t.tokenType === Plus || t.tokenType === Minus || t.tokenType === Tilde || t.tokenType === Bang) {
      this.pos++;
      const v = this.unary(live);
      if (t.tokenType === Plus) return v;
      if (t.tokenType === Minus) return this.overflow(-v.v, v.unsigned, t, live);
      if (t.tokenType === Tilde) return norm(~v.v, v.unsigned);
      return bool(v.v === 0n);
    }
    return this.primary(t, live);
  }

  /** primary: integer-constant | character-constant | identifier | '(' expression ')' */
  private primary(t: CToken, live: boolean): Value {
    this.pos++;
    if (t.tokenType === IntegerConstant) return this.integer(t);
    if (t.tokenType === CharConstant) {
      const c = decodeCharConstant(t.image);
      if (c.error) throw new ExprError(c.error, t.span);
      if (c.multichar) this.warn('multi-character character constant', t.span);
      return norm(c.value, c.unsigned);
    }
    if (isIdentifierLike(t)) return bool(false);
    if (t.tokenType === LParen) {
      let v = this.conditional(live);
      while (this.accept(Comma)) v = this.conditional(live);
      if (!this.accept(RParen)) throw this.expected("')'");
      return v;
    }
    if (t.tokenType === FloatConstant) throw new ExprError('floating constant in preprocessor expression', t.span);
    throw new ExprError(`token "${t.image}" is not valid in preprocessor expressions`, t.span);
  }

  /** An integer constant (C17 6.4.4.1) as intmax_t, or uintmax_t if suffixed `u` or too large for intmax_t. */
  private integer(t: CToken): Value {
    const m = /^(.*?)([uUlL]*)$/.exec(t.image)!;
    const digits = m[1]!;
    const unsignedSuffix = /u/i.test(m[2]!);
    if (/^0[0-7]*[89]/.test(digits)) throw new ExprError(`invalid digit in octal constant "${t.image}"`, t.span);
    const v = /^0[bB]/.test(digits) ? BigInt(digits) : /^0[0-7]+$/.test(digits) ? BigInt('0o' + digits.slice(1)) : BigInt(digits);
    if (v > 0xffff_ffff_ffff_ffffn) throw new ExprError(`integer constant "${t.image}" is too large for its type`, t.span);
    const big = v > 0x7fff_ffff_ffff_ffffn;
    if (big && !unsignedSuffix && /^[1-9]/.test(digits)) this.warn('integer constant is so large that it is unsigned', t.span);
    return norm(v, unsignedSuffix || big);
  }

  private accept(type: TokenType): boolean {
    if (this.toks[this.pos]?.tokenType !== type) return false;
    this.pos++;
    return true;
  }

  private expected(what: string): ExprError {
    const t = this.toks[this.pos];
    return t ? new ExprError(`expected ${what} in preprocessor expression, found "${t.image}"`, t.span)
      : new ExprError(`expected ${what} at end of preprocessor expression`, this.end());
  }

  private end(): Span {
    return this.toks[this.toks.length - 1]?.span ?? this.directive;
  }
}

/**
 * Shifts in #if (C17 6.5.7): the type is the left operand's. A negative or
 * too large amount, undefined in C, gets gcc's answer: shift the other way,
 * or all bits shifted out.
 */
function shift(a: Value, amount: bigint, left: boolean): Value {
  if (amount < 0n) return shift(a, -amount, !left);
  if (left) return norm(amount >= 64n ? 0n : a.v << amount, a.unsigned);
  if (amount >= 64n) return norm(!a.unsigned && a.v < 0n ? -1n : 0n, a.unsigned);
  return norm(a.v >> amount, a.unsigned);
}

export type ConditionResult = { readonly value: boolean } | { readonly error: string; readonly span: Span };

/** Evaluate a fully expanded `#if` expression; `warn` receives gcc-style warnings. */
export function evaluateCondition(tokens: readonly CToken[], directive: Span, warn: (message: string, span: Span) => void): ConditionResult {
  try {
    return { value: new Parser(tokens, directive, warn).parse().v !== 0n };
  } catch (e) {
    if (e instanceof ExprError) return { error: e.message, span: e.span };
    throw e;
  }
}
