/**
 * Expression rules of the C parser (C17 6.5, annex A.2.1) plus the GNU forms
 * real code uses: statement expressions `({ ... })`, `a ?: b`,
 * `__extension__`, `__alignof__ expr`, `__builtin_offsetof` and
 * `__builtin_va_arg`.
 *
 * Two rules stand for many productions, to keep the rule invocations per
 * operand few (the parser's speed is mostly the number of them):
 * `conditionalExpression` collects the operands and operators of the ten
 * binary levels (multiplicative to logical-OR) and builds the tree by
 * precedence climbing, and `castExpression` covers cast, unary, postfix and
 * primary expressions, choosing an operand on its first token and then
 * applying postfix operators. The trees are those of C17 6.5's nested
 * productions.
 *
 * Not here: whether an operand is an lvalue or has a suitable type (sema).
 *
 * Invariant: parentheses leave no node; the inner node gets the span of the
 * parenthesized text (see ast.ts).
 */
import type { IOrAlt, IToken, OrMethodOpts, ParserMethod, TokenType } from 'chevrotain';
import type {
  AssignmentOperator, BinaryOperator, CompoundStatement, Designator, Expr, Initializer, TypeName,
} from './ast.js';
import { joinSpans, type Span } from './source.js';
import {
  Alignof, AndAnd, AndAssign, Amp, Arrow, Assign, Bang, BuiltinOffsetof, BuiltinTypesCompatible, BuiltinVaArg, Caret, CharConstant, Colon,
  Comma, Default, Dot, EqualEqual, Extension, FloatConstant, Generic, Greater, GreaterEqual, Identifier,
  IntegerConstant, LBracket, LParen, Less, LessEqual, Minus, MinusAssign, MinusMinus, NotEqual, OrAssign,
  OrOr, Percent, PercentAssign, Pipe, Plus, PlusAssign, PlusPlus, Question, RBracket, RParen, ShiftLeft,
  ShiftLeftAssign, ShiftRight, ShiftRightAssign, Sizeof, Slash, SlashAssign, Star, StarAssign, StringLiteral,
  Tilde, XorAssign, type CToken,
} from './tokens.js';
import { ParserBase, TypedefName } from './parser-base.js';
import { decodeChar, decodeFloat, decodeInteger, decodeStrings } from './literals.js';
import { expectedBefore } from './parser-errors.js';

/** Binary operators by token, with their precedence (higher binds tighter; all associate left). */
const BINARY: ReadonlyMap<TokenType, { op: BinaryOperator; prec: number }> = new Map([
  [Star, { op: '*', prec: 10 }], [Slash, { op: '/', prec: 10 }], [Percent, { op: '%', prec: 10 }],
  [Plus, { op: '+', prec: 9 }], [Minus, { op: '-', prec: 9 }],
  [ShiftLeft, { op: '<<', prec: 8 }], [ShiftRight, { op: '>>', prec: 8 }],
  [Less, { op: '<', prec: 7 }], [Greater, { op: '>', prec: 7 }], [LessEqual, { op: '<=', prec: 7 }],
  [GreaterEqual, { op: '>=', prec: 7 }],
  [EqualEqual, { op: '==', prec: 6 }], [NotEqual, { op: '!=', prec: 6 }],
  [Amp, { op: '&', prec: 5 }], [Caret, { op: '^', prec: 4 }], [Pipe, { op: '|', prec: 3 }],
  [AndAnd, { op: '&&', prec: 2 }], [OrOr, { op: '||', prec: 1 }],
]);

const ASSIGNMENT: ReadonlyMap<TokenType, AssignmentOperator> = new Map([
  [Assign, '='], [StarAssign, '*='], [SlashAssign, '/='], [PercentAssign, '%='], [PlusAssign, '+='],
  [MinusAssign, '-='], [ShiftLeftAssign, '<<='], [ShiftRightAssign, '>>='], [AndAssign, '&='],
  [XorAssign, '^='], [OrAssign, '|='],
]);

const PREFIX: ReadonlyMap<TokenType, 'pre++' | 'pre--' | '&' | '*' | '+' | '-' | '~' | '!'> = new Map([
  [PlusPlus, 'pre++'], [MinusMinus, 'pre--'], [Amp, '&'], [Star, '*'], [Plus, '+'], [Minus, '-'], [Tilde, '~'],
  [Bang, '!'],
] as const);

/** Tokens that, written right after a constant with no space, would have been part of it in C. */
const SUFFIX_LIKE = new Set<TokenType>([Identifier, TypedefName, IntegerConstant, FloatConstant]);

/** One postfix operator, parsed before it is applied to its operand. */
type PostfixOperator =
  | { readonly kind: 'index'; readonly index: Expr }
  | { readonly kind: 'call'; readonly args: Expr[] }
  | { readonly kind: 'member'; readonly name: IToken; readonly arrow: boolean }
  | { readonly kind: 'postfix'; readonly op: '++' | '--' };

/** Rule arguments, allocated once. */
const CAST_ALLOWED = { ARGS: [true] as [boolean] };
const CAST_FORBIDDEN = { ARGS: [false] as [boolean] };

function assertNever(x: never): never {
  throw new Error(`unexpected node ${JSON.stringify(x)}`);
}

/** Builds the tree of `operands[0] ops[0] operands[1] ...` by precedence climbing. */
function foldBinary(operands: readonly Expr[], ops: readonly IToken[]): Expr {
  let k = 0;
  const climb = (minPrec: number): Expr => {
    let left = operands[k]!;
    while (k < ops.length && BINARY.get(ops[k]!.tokenType)!.prec >= minPrec) {
      const { op, prec } = BINARY.get(ops[k]!.tokenType)!;
      k++;
      const right = climb(prec + 1);
      left = { kind: 'binary', op, left, right, span: joinSpans(left.span, right.span) };
    }
    return left;
  };
  return climb(1);
}

export abstract class ExpressionParser extends ParserBase {
  protected abstract typeName: ParserMethod<[], TypeName>;
  protected abstract braceInitializer: ParserMethod<[], Initializer>;
  protected abstract compoundStatement: ParserMethod<[], CompoundStatement>;

  private readonly binaryAlts = [...BINARY.keys()].map((t) => ({ ALT: () => this.CONSUME(t) }));
  private readonly assignmentAlts = [...ASSIGNMENT.keys()].map((t) => ({ ALT: () => this.CONSUME(t) }));
  private readonly prefixAlts = [...PREFIX.keys()].map((t) => ({ ALT: () => this.CONSUME(t) }));

  /** The span from `from` to the end of the last consumed token. */
  protected extend(from: Span): Span {
    return joinSpans(from, this.lastSpan());
  }

  /** expression: assignment-expression | expression , assignment-expression */
  protected expression = this.RULE('expression', (): Expr => {
    let left = this.SUBRULE(this.assignmentExpression);
    this.MANY(() => {
      this.CONSUME(Comma);
      const right = this.SUBRULE2(this.assignmentExpression);
      left = this.ACTION((): Expr => ({ kind: 'comma', left, right, span: joinSpans(left.span, right.span) }));
    });
    return left;
  });

  /**
   * assignment-expression: conditional-expression | unary-expression assignment-operator assignment-expression
   * (the left side is parsed as a conditional-expression; sema rejects what is not an lvalue)
   */
  protected assignmentExpression = this.RULE('assignmentExpression', (): Expr => {
    const target = this.SUBRULE(this.conditionalExpression);
    const tail = this.OPTION(this.assignmentTail);
    // Not an ACTION: a closure over `target` would be made for every operand, assignment or not.
    if (tail === undefined || this.RECORDING_PHASE) return target;
    return { kind: 'assign', op: ASSIGNMENT.get(tail.op.tokenType)!, target, value: tail.value, span: joinSpans(target.span, tail.value.span) };
  });

  /** assignment-operator assignment-expression: the rest of an assignment, made once rather than per operand */
  private readonly assignmentTail = (): { op: IToken; value: Expr } => {
    const op = this.OR(this.assignmentAlts);
    const value = this.SUBRULE(this.assignmentExpression);
    return { op, value };
  };

  /** constant-expression: conditional-expression */
  protected constantExpression = this.RULE('constantExpression', (): Expr => this.SUBRULE(this.conditionalExpression));

  /**
   * conditional-expression: logical-OR-expression (? expression : conditional-expression)?  (GNU: `a ?: b`)
   * logical-OR-expression ... multiplicative-expression (C17 6.5.5 to 6.5.14):
   *   cast-expression (binary-operator cast-expression)*, folded by precedence climbing (see the file comment)
   */
  protected conditionalExpression = this.RULE('conditionalExpression', (): Expr => {
    // The operands and operators go on the parser's stacks (see `binaryOperands`), not into arrays and
    // closures made per call: this rule runs for nearly every expression, most of them one operand.
    const operandsAt = this.binaryOperands.length;
    const opsAt = this.binaryOps.length;
    this.binaryOperands.push(this.SUBRULE(this.castExpression));
    this.MANY(this.binaryTail);
    const cond = this.binaryOps.length === opsAt || this.RECORDING_PHASE
      ? this.binaryOperands[operandsAt]!
      : foldBinary(this.binaryOperands.slice(operandsAt), this.binaryOps.slice(opsAt));
    this.binaryOperands.length = operandsAt;
    this.binaryOps.length = opsAt;
    const tail = this.OPTION(this.conditionalTail);
    if (tail === undefined || this.RECORDING_PHASE) return cond;
    return { kind: 'conditional', cond, then: tail.then, else: tail.otherwise, span: joinSpans(cond.span, tail.otherwise.span) };
  });

  /**
   * Operands and operators of the conditionalExpression invocations under way, innermost last: each
   * invocation uses the entries above the lengths it saw on entry and cuts them off before it returns
   * (an invocation that a syntax error unwinds leaves its entries behind; the next parse starts empty).
   */
  private readonly binaryOperands: Expr[] = [];
  private readonly binaryOps: IToken[] = [];

  /** binary-operator cast-expression, one step of a conditionalExpression's operand list */
  private readonly binaryTail = (): void => {
    this.binaryOps.push(this.OR(this.binaryAlts));
    this.binaryOperands.push(this.SUBRULE2(this.castExpression));
  };

  /** ? expression? : conditional-expression, after the condition */
  private readonly conditionalTail = (): { then: Expr | undefined; otherwise: Expr } => {
    this.CONSUME(Question);
    const then = this.OPTION2(this.conditionalThen);
    this.CONSUME(Colon);
    const otherwise = this.SUBRULE(this.conditionalExpression);
    return { then, otherwise };
  };

  private readonly conditionalThen = (): Expr => this.SUBRULE(this.expression);

  /**
   * cast-expression: unary-expression | ( type-name ) cast-expression
   * unary-expression: postfix-expression | ++ unary-expression | -- unary-expression
   *   | unary-operator cast-expression | sizeof unary-expression | sizeof ( type-name ) | _Alignof ( type-name )
   *   (GNU: __alignof__ unary-expression, __extension__ cast-expression)
   * postfix-expression: primary-expression | postfix-expression postfix-operator | ( type-name ) { initializer-list ,? }
   * primary-expression: identifier | constant | string-literal | ( expression ) | generic-selection
   *   (GNU: ( compound-statement ), __builtin_offsetof, __builtin_va_arg)
   *
   * One rule for the four levels, chosen on one token: an operand, then its postfix operators. Whatever
   * starts with `(` is told apart after the `(` by `parenthesized`. A prefix operator's operand has taken
   * its own postfix operators already (so `-x[1]` is `-(x[1])`). The operand of ++ and -- is parsed as a
   * cast-expression; sema rejects what is not an lvalue.
   */
  protected castExpression = this.RULE('castExpression', (): Expr => {
    // The operand being built sits on `postfixed` while its postfix operators are read (no closure per call).
    const at = this.postfixed.length;
    this.postfixed.push(this.OR(this.operandAlts));
    this.MANY(this.postfixTail);
    const e = this.postfixed[at]!;
    this.postfixed.length = at;
    return e;
  });

  /** The operands of the castExpression invocations under way, innermost last (kept as `binaryOperands` is). */
  private readonly postfixed: Expr[] = [];

  /** One postfix operator, applied to the innermost operand under way. */
  private readonly postfixTail = (): void => {
    const op = this.OR2(this.postfixAlts);
    if (this.RECORDING_PHASE) return;
    const top = this.postfixed.length - 1;
    this.postfixed[top] = this.applyPostfix(this.postfixed[top]!, op);
  };

  protected override begin(tokens: CToken[], file: number): void {
    super.begin(tokens, file);
    this.binaryOperands.length = 0;
    this.binaryOps.length = 0;
    this.postfixed.length = 0;
  }

  private readonly operandAlts: IOrAlt<Expr>[] = [
    { ALT: () => this.SUBRULE(this.parenthesized, CAST_ALLOWED) as Expr },
    {
      ALT: () => {
        const tok = this.CONSUME(Identifier);
        return this.ACTION((): Expr => ({ kind: 'ident', name: tok.image, span: this.spanOf(tok) }));
      },
    },
    ...[IntegerConstant, FloatConstant, CharConstant].map((t) => ({
      ALT: () => {
        const tok = this.CONSUME(t);
        return this.ACTION(() => this.decodeConstant(tok));
      },
    })),
    { ALT: () => this.SUBRULE(this.stringLiteral) },
    {
      ALT: () => {
        const opTok = this.OR3(this.prefixAlts);
        const operand = this.SUBRULE(this.castExpression);
        return this.ACTION((): Expr => ({
          kind: 'unary', op: PREFIX.get(opTok.tokenType)!, operand, span: this.extend(this.spanOf(opTok)),
        }));
      },
    },
    { ALT: () => this.SUBRULE(this.sizeofOrAlignof) },
    {
      ALT: () => {
        this.CONSUME(Extension);
        return this.SUBRULE2(this.castExpression);
      },
    },
    { ALT: () => this.SUBRULE(this.genericSelection) },
    { ALT: () => this.SUBRULE(this.builtinOffsetof) },
    { ALT: () => this.SUBRULE(this.builtinVaArg) },
    { ALT: () => this.SUBRULE(this.builtinTypesCompatible) },
  ];

  /** postfix-operator: [ expression ] | ( argument-expression-list? ) | . identifier | -> identifier | ++ | -- */
  private readonly postfixAlts: IOrAlt<PostfixOperator>[] = [
    {
      ALT: () => {
        this.CONSUME(LBracket);
        const index = this.SUBRULE(this.expression);
        this.CONSUME(RBracket);
        return { kind: 'index', index };
      },
    },
    { ALT: () => ({ kind: 'call', args: this.SUBRULE(this.argumentList) }) },
    { ALT: () => { this.CONSUME(Dot); return { kind: 'member', name: this.SUBRULE(this.identifier), arrow: false }; } },
    { ALT: () => { this.CONSUME(Arrow); return { kind: 'member', name: this.SUBRULE2(this.identifier), arrow: true }; } },
    { ALT: () => { this.CONSUME2(PlusPlus); return { kind: 'postfix', op: '++' }; } },
    { ALT: () => { this.CONSUME2(MinusMinus); return { kind: 'postfix', op: '--' }; } },
  ];

  private applyPostfix(e: Expr, op: PostfixOperator): Expr {
    const span = this.extend(e.span);
    switch (op.kind) {
      case 'index': return { kind: 'index', base: e, index: op.index, span };
      case 'call': return { kind: 'call', callee: e, args: op.args, span };
      case 'member': return { kind: 'member', object: e, name: op.name.image, arrow: op.arrow, nameSpan: this.spanOf(op.name), span };
      case 'postfix': return { kind: 'postfix', op: op.op, operand: e, span };
      default: return assertNever(op);
    }
  }

  /**
   * ( type-name ) cast-expression | ( type-name ) { initializer-list ,? } | ( expression ) | ( compound-statement )
   * Without `allowCast` (the operand of sizeof and _Alignof), `( type-name )` alone is returned as the TypeName.
   */
  protected parenthesized = this.RULE('parenthesized', (allowCast?: boolean): Expr | TypeName => {
    const open = this.CONSUME(LParen);
    const result = this.OR([
      {
        ALT: (): Expr | TypeName => {
          const type = this.SUBRULE(this.typeName);
          this.CONSUME(RParen);
          return this.SUBRULE(this.afterParenthesizedType, { ARGS: [open, type, allowCast] });
        },
      },
      {
        ALT: () => {
          const body = this.SUBRULE(this.compoundStatement);
          this.CONSUME2(RParen);
          return this.ACTION((): Expr => ({ kind: 'stmtExpr', body, span: this.spanFrom(open) }));
        },
      },
      {
        ALT: () => {
          const inner = this.SUBRULE(this.expression);
          this.CONSUME3(RParen);
          return this.ACTION((): Expr => ({ ...inner, span: this.spanFrom(open) }));
        },
      },
    ]);
    this.ACTION(() => {
      if (allowCast && result.kind === 'typeName') this.fail(expectedBefore('expression', this.LA(1)));
    });
    return result;
  });

  /** After `( type-name )`: a compound literal, the operand of a cast, or nothing (sizeof and _Alignof). */
  protected afterParenthesizedType = this.RULE('afterParenthesizedType',
    (open?: IToken, type?: TypeName, allowCast?: boolean): Expr | TypeName => this.OR([
      {
        ALT: () => {
          const init = this.SUBRULE(this.braceInitializer);
          return this.ACTION((): Expr => ({ kind: 'compoundLiteral', type: type!, init, span: this.spanFrom(open!) }));
        },
      },
      {
        GATE: () => allowCast === true,
        ALT: () => {
          const operand = this.SUBRULE(this.castExpression);
          return this.ACTION((): Expr => ({ kind: 'cast', type: type!, operand, span: this.extend(this.spanOf(open!)) }));
        },
      },
      { ALT: () => type! },
    ]));

  /** sizeof unary-expression | sizeof ( type-name ) | _Alignof ( type-name ) | __alignof__ unary-expression */
  protected sizeofOrAlignof = this.RULE('sizeofOrAlignof', (): Expr => {
    const kw = this.OR([{ ALT: () => this.CONSUME(Sizeof) }, { ALT: () => this.CONSUME(Alignof) }]);
    const operand = this.OR2(this.sizeofOperandAlts);
    return this.ACTION((): Expr => {
      const span = this.extend(this.spanOf(kw));
      const isSizeof = kw.tokenType === Sizeof;
      if (operand.kind === 'typeName') {
        return isSizeof ? { kind: 'sizeofType', type: operand, span } : { kind: 'alignofType', type: operand, span };
      }
      return isSizeof ? { kind: 'sizeofExpr', operand, span } : { kind: 'alignofExpr', operand, span };
    });
  });

  /** A `(` after sizeof is taken by the first alternative: it may hold a type name. */
  private readonly sizeofOperandAlts: OrMethodOpts<Expr | TypeName> = {
    MAX_LOOKAHEAD: 1,
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { ALT: () => this.SUBRULE(this.parenthesizedOperand) },
      { ALT: () => this.SUBRULE(this.castExpression) },
    ],
  };

  /** The parenthesized operand of sizeof: ( type-name ), or a unary-expression that starts with `(` */
  protected parenthesizedOperand = this.RULE('parenthesizedOperand', (): Expr | TypeName => {
    let e = this.SUBRULE(this.parenthesized, CAST_FORBIDDEN);
    this.MANY({
      GATE: () => e.kind !== 'typeName',
      DEF: () => {
        const op = this.OR(this.postfixAlts);
        e = this.ACTION(() => this.applyPostfix(e as Expr, op));
      },
    });
    return e;
  });

  /** ( argument-expression-list? )   argument-expression-list: assignment-expression (, assignment-expression)* */
  protected argumentList = this.RULE('argumentList', (): Expr[] => {
    const args: Expr[] = [];
    this.CONSUME(LParen);
    this.OPTION(() => {
      args.push(this.SUBRULE(this.assignmentExpression));
      this.MANY(() => {
        this.CONSUME(Comma);
        args.push(this.SUBRULE2(this.assignmentExpression));
      });
    });
    this.CONSUME(RParen);
    return args;
  });

  private decodeConstant(tok: IToken): Expr {
    const span = this.spanOf(tok);
    if (tok.tokenType === CharConstant) {
      const c = decodeChar(tok.image);
      for (const p of c.problems) this.report(p.message, span, p.severity);
      return { kind: 'charConst', value: c.value, prefix: c.prefix, span };
    }
    const isInt = tok.tokenType === IntegerConstant;
    const next = this.LA(1);
    const nextSpan = (next as Partial<{ span: Span }>).span;
    if (nextSpan && SUFFIX_LIKE.has(next.tokenType) && nextSpan.line === span.endLine && nextSpan.col === span.endCol) {
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
  protected stringLiteral = this.RULE('stringLiteral', (): Expr & { kind: 'string' } => {
    const toks: IToken[] = [];
    this.AT_LEAST_ONE(() => { toks.push(this.CONSUME(StringLiteral)); });
    return this.ACTION(() => {
      const s = decodeStrings(toks.map((t) => t.image));
      for (const p of s.problems) this.report(p.message, this.spanOf(toks[p.piece]!), p.severity);
      return { kind: 'string' as const, units: s.units, prefix: s.prefix, span: this.spanFrom(toks[0]!) };
    });
  });

  /**
   * generic-selection: _Generic ( assignment-expression , generic-assoc-list )
   * generic-assoc-list: generic-association (, generic-association)*
   */
  protected genericSelection = this.RULE('genericSelection', (): Expr => {
    const kw = this.CONSUME(Generic);
    this.CONSUME(LParen);
    const control = this.SUBRULE(this.assignmentExpression);
    const assocs: { type: TypeName | undefined; expr: Expr; span: Span }[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(Comma);
      assocs.push(this.SUBRULE(this.genericAssociation));
    });
    this.CONSUME(RParen);
    return this.ACTION((): Expr => ({ kind: 'generic', control, assocs, span: this.spanFrom(kw) }));
  });

  /** generic-association: type-name : assignment-expression | default : assignment-expression */
  protected genericAssociation = this.RULE('genericAssociation', (): { type: TypeName | undefined; expr: Expr; span: Span } => {
    const start = this.pos();
    let type: TypeName | undefined;
    this.OR([{ ALT: () => { this.CONSUME(Default); } }, { ALT: () => { type = this.SUBRULE(this.typeName); } }]);
    this.CONSUME(Colon);
    const expr = this.SUBRULE(this.assignmentExpression);
    return this.ACTION(() => ({ type, expr, span: this.spanFrom(start) }));
  });

  /** __builtin_offsetof ( type-name , member-designator )  member-designator: identifier (. identifier | [ expression ])* */
  protected builtinOffsetof = this.RULE('builtinOffsetof', (): Expr => {
    const kw = this.CONSUME(BuiltinOffsetof);
    this.CONSUME(LParen);
    const type = this.SUBRULE(this.typeName);
    this.CONSUME(Comma);
    const path: Designator[] = [];
    const first = this.SUBRULE(this.identifier);
    this.ACTION(() => path.push({ kind: 'field', name: first.image, span: this.spanOf(first) }));
    this.MANY(() => this.OR([
      {
        ALT: () => {
          const dot = this.CONSUME(Dot);
          const name = this.SUBRULE2(this.identifier);
          this.ACTION(() => path.push({ kind: 'field', name: name.image, span: this.spanFrom(dot) }));
        },
      },
      {
        ALT: () => {
          const open = this.CONSUME(LBracket);
          const index = this.SUBRULE(this.expression);
          this.CONSUME(RBracket);
          this.ACTION(() => path.push({ kind: 'index', index, last: undefined, span: this.spanFrom(open) }));
        },
      },
    ]));
    this.CONSUME(RParen);
    return this.ACTION((): Expr => ({ kind: 'offsetof', type, path, span: this.spanFrom(kw) }));
  });

  /** __builtin_va_arg ( assignment-expression , type-name ) */
  protected builtinVaArg = this.RULE('builtinVaArg', (): Expr => {
    const kw = this.CONSUME(BuiltinVaArg);
    this.CONSUME(LParen);
    const list = this.SUBRULE(this.assignmentExpression);
    this.CONSUME(Comma);
    const type = this.SUBRULE(this.typeName);
    this.CONSUME(RParen);
    return this.ACTION((): Expr => ({ kind: 'vaArg', list, type, span: this.spanFrom(kw) }));
  });

  /** __builtin_types_compatible_p ( type-name , type-name ) */
  protected builtinTypesCompatible = this.RULE('builtinTypesCompatible', (): Expr => {
    const kw = this.CONSUME(BuiltinTypesCompatible);
    this.CONSUME(LParen);
    const a = this.SUBRULE(this.typeName);
    this.CONSUME(Comma);
    const b = this.SUBRULE2(this.typeName);
    this.CONSUME(RParen);
    return this.ACTION((): Expr => ({ kind: 'typesCompatible', a, b, span: this.spanFrom(kw) }));
  });

  /** identifier, where a name is wanted whatever it means in the ordinary name space (members, tags, labels) */
  protected identifier = this.RULE('identifier', (): IToken => this.OR(this.identifierAlts));

  private readonly identifierAlts: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(Identifier) },
    { ALT: () => this.CONSUME(TypedefName) },
  ];
}
