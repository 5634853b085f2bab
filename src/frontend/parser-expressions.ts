/**
 * Expression rules of the C parser (C17 6.5, annex A.2.1) plus the GNU forms
 * real code uses: statement expressions `({ ... })`, `a ?: b`,
 * `__extension__`, `__alignof__ expr`, `__builtin_offsetof` and
 * `__builtin_va_arg`.
 *
 * The ten binary levels (multiplicative to logical-OR) are one method that
 * climbs by precedence, and `castExpression` covers cast, unary, postfix and
 * primary expressions, choosing an operand on its first token and then
 * applying postfix operators. The trees are those of C17 6.5's nested
 * productions.
 *
 * Not here: whether an operand is an lvalue or has a suitable type (sema).
 *
 * Invariant: parentheses leave no node; the inner node gets the span of the
 * parenthesized text (see ast.ts).
 */
import type { TokenType } from 'chevrotain';
import type {
  AssignmentOperator, BinaryOperator, CompoundStatement, Designator, Expr, Initializer, TypeName,
} from './ast.js';
import { joinSpans, type Span } from './source.js';
import {
  Alignof, AndAnd, AndAssign, Amp, Arrow, Assign, Bang, BuiltinOffsetof, BuiltinTypesCompatible, BuiltinVaArg, Caret,
  CharConstant, Colon, Comma, Default, Dot, Ellipsis, EqualEqual, Extension, FloatConstant, Generic, Greater, GreaterEqual,
  Identifier, IntegerConstant, LBrace, LBracket, LParen, Less, LessEqual, Minus, MinusAssign, MinusMinus, NotEqual,
  OrAssign, OrOr, Percent, PercentAssign, Pipe, Plus, PlusAssign, PlusPlus, Question, RBracket, RParen, ShiftLeft,
  ShiftLeftAssign, ShiftRight, ShiftRightAssign, Sizeof, Slash, SlashAssign, Star, StarAssign, StringLiteral, Tilde,
  XorAssign, type CToken,
} from './tokens.js';
import { ParserBase, TypedefName } from './parser-base.js';
import { EXPRESSION_START, IDENTIFIER, POSTFIX_START, SPECIFIER_START, TokenSet } from './parser-first.js';
import { decodeChar, decodeFloat, decodeInteger, decodeStrings } from './literals.js';

/** A table by token type index. */
function byToken<V>(entries: readonly (readonly [TokenType, V])[]): V[] {
  const table: V[] = [];
  for (const [t, v] of entries) table[t.tokenTypeIdx!] = v;
  return table;
}

/** Binary operators by token, with their precedence (higher binds tighter; all associate left). */
const BINARY = byToken<{ readonly op: BinaryOperator; readonly prec: number }>([
  [Star, { op: '*', prec: 10 }], [Slash, { op: '/', prec: 10 }], [Percent, { op: '%', prec: 10 }],
  [Plus, { op: '+', prec: 9 }], [Minus, { op: '-', prec: 9 }],
  [ShiftLeft, { op: '<<', prec: 8 }], [ShiftRight, { op: '>>', prec: 8 }],
  [Less, { op: '<', prec: 7 }], [Greater, { op: '>', prec: 7 }], [LessEqual, { op: '<=', prec: 7 }],
  [GreaterEqual, { op: '>=', prec: 7 }],
  [EqualEqual, { op: '==', prec: 6 }], [NotEqual, { op: '!=', prec: 6 }],
  [Amp, { op: '&', prec: 5 }], [Caret, { op: '^', prec: 4 }], [Pipe, { op: '|', prec: 3 }],
  [AndAnd, { op: '&&', prec: 2 }], [OrOr, { op: '||', prec: 1 }],
]);

const ASSIGNMENT = byToken<AssignmentOperator>([
  [Assign, '='], [StarAssign, '*='], [SlashAssign, '/='], [PercentAssign, '%='], [PlusAssign, '+='],
  [MinusAssign, '-='], [ShiftLeftAssign, '<<='], [ShiftRightAssign, '>>='], [AndAssign, '&='],
  [XorAssign, '^='], [OrAssign, '|='],
]);

type PrefixOperator = 'pre++' | 'pre--' | '&' | '*' | '+' | '-' | '~' | '!';
const PREFIX = byToken<PrefixOperator>([
  [PlusPlus, 'pre++'], [MinusMinus, 'pre--'], [Amp, '&'], [Star, '*'], [Plus, '+'], [Minus, '-'], [Tilde, '~'],
  [Bang, '!'],
]);

/** Tokens that, written right after a constant with no space, would have been part of it in C. */
const SUFFIX_LIKE = new TokenSet([Identifier, TypedefName, IntegerConstant, FloatConstant]);

export abstract class ExpressionParser extends ParserBase {
  protected abstract typeName(): TypeName;
  protected abstract braceInitializer(): Initializer;
  protected abstract compoundStatement(): CompoundStatement;

  /** expression: assignment-expression | expression , assignment-expression */
  protected expression(): Expr {
    let left = this.assignmentExpression();
    while (this.peek() === Comma) {
      this.next();
      const right = this.assignmentExpression();
      left = { kind: 'comma', left, right, span: joinSpans(left.span, right.span) };
    }
    return left;
  }

  /**
   * assignment-expression: conditional-expression | unary-expression assignment-operator assignment-expression
   * (the left side is parsed as a conditional-expression; sema rejects what is not an lvalue)
   */
  protected assignmentExpression(): Expr {
    const target = this.conditionalExpression();
    const op = ASSIGNMENT[this.peek().tokenTypeIdx!];
    if (op === undefined) return target;
    this.next();
    const value = this.assignmentExpression();
    return { kind: 'assign', op, target, value, span: joinSpans(target.span, value.span) };
  }

  /** constant-expression: conditional-expression */
  protected constantExpression(): Expr {
    return this.conditionalExpression();
  }

  /** GNU `... constant-expression`, the upper end of a case range or a designator range, if written. */
  protected rangeEnd(): Expr | undefined {
    if (this.peek() !== Ellipsis) return undefined;
    this.next();
    return this.constantExpression();
  }

  /** conditional-expression: logical-OR-expression (? expression : conditional-expression)?  (GNU: `a ?: b`) */
  protected conditionalExpression(): Expr {
    const cond = this.binaryExpression(1);
    if (this.peek() !== Question) return cond;
    this.next();
    const then = EXPRESSION_START.has(this.peek()) ? this.expression() : undefined;
    this.consume(Colon);
    const otherwise = this.conditionalExpression();
    return { kind: 'conditional', cond, then, else: otherwise, span: joinSpans(cond.span, otherwise.span) };
  }

  /**
   * logical-OR-expression ... multiplicative-expression (C17 6.5.5 to 6.5.14): cast-expressions joined by
   * binary operators whose precedence is at least `minPrec`, by precedence climbing.
   */
  private binaryExpression(minPrec: number): Expr {
    let left = this.castExpression();
    for (;;) {
      const binary = BINARY[this.peek().tokenTypeIdx!];
      if (binary === undefined || binary.prec < minPrec) return left;
      this.next();
      const right = this.binaryExpression(binary.prec + 1);
      left = { kind: 'binary', op: binary.op, left, right, span: joinSpans(left.span, right.span) };
    }
  }

  /**
   * cast-expression: unary-expression | ( type-name ) cast-expression
   * unary-expression: postfix-expression | ++ unary-expression | -- unary-expression
   *   | unary-operator cast-expression | sizeof unary-expression | sizeof ( type-name ) | _Alignof ( type-name )
   *   (GNU: __alignof__ unary-expression, __extension__ cast-expression)
   * postfix-expression: primary-expression | postfix-expression postfix-operator | ( type-name ) { initializer-list ,? }
   * primary-expression: identifier | constant | string-literal | ( expression ) | generic-selection
   *   (GNU: ( compound-statement ), __builtin_offsetof, __builtin_va_arg)
   *
   * An operand chosen on one token, then its postfix operators. Whatever starts with `(` is told apart
   * after the `(` by `parenthesized`. A prefix operator's operand has taken its own postfix operators
   * already (so `-x[1]` is `-(x[1])`). The operand of ++ and -- is parsed as a cast-expression; sema
   * rejects what is not an lvalue.
   */
  protected castExpression(): Expr {
    let e = this.operand();
    while (POSTFIX_START.has(this.peek())) e = this.postfix(e);
    return e;
  }

  private operand(): Expr {
    const t = this.peek();
    switch (t) {
      case LParen: return this.parenthesized(true) as Expr;
      case Identifier: {
        const tok = this.next();
        return { kind: 'ident', name: tok.image, span: tok.span };
      }
      case IntegerConstant: case FloatConstant: case CharConstant: return this.decodeConstant(this.next());
      case StringLiteral: return this.stringLiteral();
      case Sizeof: case Alignof: return this.sizeofOrAlignof();
      case Extension: this.next(); return this.castExpression();
      case Generic: return this.genericSelection();
      case BuiltinOffsetof: return this.builtinOffsetof();
      case BuiltinVaArg: return this.builtinVaArg();
      case BuiltinTypesCompatible: return this.builtinTypesCompatible();
      default: {
        const op = PREFIX[t.tokenTypeIdx!];
        if (op === undefined) return this.failExpected('expression');
        const opTok = this.next();
        const operand = this.castExpression();
        return { kind: 'unary', op, operand, span: this.extend(opTok.span) };
      }
    }
  }

  /** postfix-operator: [ expression ] | ( argument-expression-list? ) | . identifier | -> identifier | ++ | -- */
  private postfix(e: Expr): Expr {
    switch (this.peek()) {
      case LBracket: {
        this.next();
        const index = this.expression();
        this.consume(RBracket);
        return { kind: 'index', base: e, index, span: this.extend(e.span) };
      }
      case LParen: {
        const args = this.argumentList();
        return { kind: 'call', callee: e, args, span: this.extend(e.span) };
      }
      case Dot: case Arrow: {
        const arrow = this.next().tokenType === Arrow;
        const name = this.identifier();
        return { kind: 'member', object: e, name: name.image, arrow, nameSpan: name.span, span: this.extend(e.span) };
      }
      default: {
        const op = this.next().tokenType === PlusPlus ? '++' : '--';
        return { kind: 'postfix', op, operand: e, span: this.extend(e.span) };
      }
    }
  }

  /**
   * ( type-name ) cast-expression | ( type-name ) { initializer-list ,? } | ( expression ) | ( compound-statement )
   * Without `allowCast` (the operand of sizeof and _Alignof), `( type-name )` alone is returned as the TypeName.
   */
  protected parenthesized(allowCast: boolean): Expr | TypeName {
    const open = this.consume(LParen);
    const t = this.peek();
    let result: Expr | TypeName;
    if (SPECIFIER_START.has(t)) {
      const type = this.typeName();
      this.consume(RParen);
      result = this.afterParenthesizedType(open, type, allowCast);
    } else if (t === LBrace) {
      const body = this.compoundStatement();
      this.consume(RParen);
      result = { kind: 'stmtExpr', body, span: this.spanFrom(open) };
    } else {
      const inner = this.expression();
      this.consume(RParen);
      result = { ...inner, span: this.spanFrom(open) };
    }
    if (allowCast && result.kind === 'typeName') this.failExpected('expression');
    return result;
  }

  /** After `( type-name )`: a compound literal, the operand of a cast, or nothing (sizeof and _Alignof). */
  private afterParenthesizedType(open: CToken, type: TypeName, allowCast: boolean): Expr | TypeName {
    if (this.peek() === LBrace) {
      const init = this.braceInitializer();
      return { kind: 'compoundLiteral', type, init, span: this.spanFrom(open) };
    }
    if (allowCast && EXPRESSION_START.has(this.peek())) {
      const operand = this.castExpression();
      return { kind: 'cast', type, operand, span: this.extend(open.span) };
    }
    return type;
  }

  /** sizeof unary-expression | sizeof ( type-name ) | _Alignof ( type-name ) | __alignof__ unary-expression */
  private sizeofOrAlignof(): Expr {
    const kw = this.next();
    // A `(` may hold a type name: it is read as one of those, or a unary-expression that starts with `(`.
    const operand = this.peek() === LParen ? this.parenthesizedOperand() : this.castExpression();
    const span = this.extend(kw.span);
    const isSizeof = kw.tokenType === Sizeof;
    if (operand.kind === 'typeName') {
      return isSizeof ? { kind: 'sizeofType', type: operand, span } : { kind: 'alignofType', type: operand, span };
    }
    return isSizeof ? { kind: 'sizeofExpr', operand, span } : { kind: 'alignofExpr', operand, span };
  }

  /** The parenthesized operand of sizeof: ( type-name ), or a unary-expression that starts with `(` */
  private parenthesizedOperand(): Expr | TypeName {
    const e = this.parenthesized(false);
    if (e.kind === 'typeName') return e;
    let operand: Expr = e;
    while (POSTFIX_START.has(this.peek())) operand = this.postfix(operand);
    return operand;
  }

  /** ( argument-expression-list? )   argument-expression-list: assignment-expression (, assignment-expression)* */
  protected argumentList(): Expr[] {
    const args: Expr[] = [];
    this.consume(LParen);
    if (EXPRESSION_START.has(this.peek())) {
      args.push(this.assignmentExpression());
      while (this.peek() === Comma) {
        this.next();
        args.push(this.assignmentExpression());
      }
    }
    this.consume(RParen);
    return args;
  }

  private decodeConstant(tok: CToken): Expr {
    const span = tok.span;
    if (tok.tokenType === CharConstant) {
      const c = decodeChar(tok.image);
      for (const p of c.problems) this.report(p.message, span, p.severity);
      return { kind: 'charConst', value: c.value, prefix: c.prefix, span };
    }
    const isInt = tok.tokenType === IntegerConstant;
    const next = this.token();
    const nextSpan = next.span;
    if (!this.atEnd() && SUFFIX_LIKE.has(this.peek()) && nextSpan.line === span.endLine && nextSpan.col === span.endCol) {
      this.fail(`invalid suffix "${next.image}" on ${isInt ? 'integer' : 'floating'} constant`, next, span);
    }
    if (!isInt) {
      const f = decodeFloat(tok.image);
      return { kind: 'floatConst', value: f.value, suffix: f.suffix, span };
    }
    const n = decodeInteger(tok.image);
    if (n.problem) this.report(n.problem, span);
    return { kind: 'intConst', value: n.value, unsigned: n.unsigned, longs: n.longs, decimal: n.decimal, span };
  }

  /** string-literal+ : adjacent literals are concatenated (translation phase 6) */
  protected stringLiteral(): Expr & { kind: 'string' } {
    const toks: CToken[] = [this.consume(StringLiteral)];
    while (this.peek() === StringLiteral) toks.push(this.next());
    const s = decodeStrings(toks.map((t) => t.image));
    for (const p of s.problems) this.report(p.message, toks[p.piece]!.span, p.severity);
    return { kind: 'string' as const, units: s.units, prefix: s.prefix, span: this.spanFrom(toks[0]!) };
  }

  /**
   * generic-selection: _Generic ( assignment-expression , generic-assoc-list )
   * generic-assoc-list: generic-association (, generic-association)*
   */
  private genericSelection(): Expr {
    const kw = this.next();
    this.consume(LParen);
    const control = this.assignmentExpression();
    const assocs: { type: TypeName | undefined; expr: Expr; span: Span }[] = [];
    do {
      this.consume(Comma);
      assocs.push(this.genericAssociation());
    } while (this.peek() === Comma);
    this.consume(RParen);
    return { kind: 'generic', control, assocs, span: this.spanFrom(kw) };
  }

  /** generic-association: type-name : assignment-expression | default : assignment-expression */
  private genericAssociation(): { type: TypeName | undefined; expr: Expr; span: Span } {
    const start = this.pos();
    let type: TypeName | undefined;
    if (this.peek() === Default) this.next();
    else if (SPECIFIER_START.has(this.peek())) type = this.typeName();
    else this.failExpected("type name or 'default'");
    this.consume(Colon);
    const expr = this.assignmentExpression();
    return { type, expr, span: this.spanFrom(start) };
  }

  /** __builtin_offsetof ( type-name , member-designator )  member-designator: identifier (. identifier | [ expression ])* */
  private builtinOffsetof(): Expr {
    const kw = this.next();
    this.consume(LParen);
    const type = this.typeName();
    this.consume(Comma);
    const path: Designator[] = [];
    const first = this.identifier();
    path.push({ kind: 'field', name: first.image, span: first.span });
    for (;;) {
      if (this.peek() === Dot) {
        const dot = this.next();
        const name = this.identifier();
        path.push({ kind: 'field', name: name.image, span: this.spanFrom(dot) });
      } else if (this.peek() === LBracket) {
        const open = this.next();
        const index = this.expression();
        this.consume(RBracket);
        path.push({ kind: 'index', index, last: undefined, span: this.spanFrom(open) });
      } else {
        break;
      }
    }
    this.consume(RParen);
    return { kind: 'offsetof', type, path, span: this.spanFrom(kw) };
  }

  /** __builtin_va_arg ( assignment-expression , type-name ) */
  private builtinVaArg(): Expr {
    const kw = this.next();
    this.consume(LParen);
    const list = this.assignmentExpression();
    this.consume(Comma);
    const type = this.typeName();
    this.consume(RParen);
    return { kind: 'vaArg', list, type, span: this.spanFrom(kw) };
  }

  /** __builtin_types_compatible_p ( type-name , type-name ) */
  private builtinTypesCompatible(): Expr {
    const kw = this.next();
    this.consume(LParen);
    const a = this.typeName();
    this.consume(Comma);
    const b = this.typeName();
    this.consume(RParen);
    return { kind: 'typesCompatible', a, b, span: this.spanFrom(kw) };
  }

  /** identifier, where a name is wanted whatever it means in the ordinary name space (members, tags, labels) */
  protected identifier(): CToken {
    if (!IDENTIFIER.has(this.peek())) this.failExpected('identifier');
    return this.next();
  }
}
