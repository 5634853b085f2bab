/**
 * Declaration and statement rules of the C parser (C17 6.7, 6.8, annex
 * A.2.2 and A.2.3), with GNU asm statements, case ranges, and attributes or
 * `__extension__` before a block item.
 *
 * A block item is a declaration or a statement, told apart by its first
 * token alone because typedef names arrive as their own token (see
 * parser-base.ts): `T * x;` is a declaration exactly when T names a type.
 * Every statement kind is chosen on its first token too (labels are taken
 * before the choice), so the hot path never scans lookahead paths.
 * Each compound statement is a sync point for error recovery.
 *
 * Scopes (C17 6.2.1p4): a compound statement is a block, and so is a `for`
 * statement with its clauses; names declared there stop hiding typedef names
 * when the block ends.
 *
 * Not here: whether `break` is inside a loop, labels resolve, or a
 * declaration is allowed where it is (sema).
 */
import type { IOrAlt, IToken, OrMethodOpts } from 'chevrotain';
import type {
  Attribute, CompoundStatement, Declaration, DeclSpecifiers, Expr, InitDeclarator, Initializer, Statement,
} from './ast.js';
import {
  Asm, Assign, Break, Case, Colon, Comma, Continue, Default, Do, Ellipsis, Else,
  Extension, For, Goto, Identifier, If, Inline, LBrace, LParen, RBrace, RParen, Return, Semicolon, StaticAssert,
  Switch, Volatile, While,
} from './tokens.js';
import { joinSpans } from './source.js';
import { DeclaratorParser } from './parser-declarators.js';
import { expectedBefore, missingAfter } from './parser-errors.js';

/** The text of a decoded (byte) string literal, for static assertion messages. */
function stringText(units: readonly number[]): string {
  return new TextDecoder().decode(new Uint8Array(units.map((u) => u & 0xff)));
}

type BlockItem = Declaration | Statement;

export abstract class StatementParser extends DeclaratorParser {
  /**
   * declaration: declaration-specifiers init-declarator-list? ;
   * init-declarator-list: init-declarator (, init-declarator)*
   * (the static_assert-declaration form is a rule of its own, tried where a declaration may appear)
   */
  protected declaration = this.RULE('declaration', (leading?: readonly Attribute[]): Declaration => {
    const start = this.pos();
    const specs = this.SUBRULE(this.declarationSpecifiers, { ARGS: ['declaration', leading] });
    const declarators: InitDeclarator[] = [];
    this.OR([
      { ALT: () => { this.CONSUME(Semicolon); } },
      {
        ALT: () => {
          declarators.push(this.SUBRULE(this.initDeclarator, { ARGS: [specs] }));
          this.MANY(() => {
            this.CONSUME(Comma);
            declarators.push(this.SUBRULE2(this.initDeclarator, { ARGS: [specs] }));
          });
          this.ACTION(() => this.expect(Semicolon, "',' or ';'"));
          this.CONSUME2(Semicolon);
        },
      },
    ]);
    return this.ACTION((): Declaration => ({ kind: 'declaration', specs, declarators, span: this.spanFrom(start) }));
  });

  /** init-declarator: declarator (= initializer)? */
  protected initDeclarator = this.RULE('initDeclarator', (specs?: DeclSpecifiers): InitDeclarator => {
    const start = this.pos();
    const declarator = this.SUBRULE(this.declarator);
    // C17 6.2.1p7: the name is in scope from the end of its declarator, so before its initializer.
    this.ACTION(() => this.declareName(declarator.name, specs!.storage.includes('typedef')));
    let init: Initializer | undefined;
    this.OPTION(() => {
      this.CONSUME(Assign);
      init = this.SUBRULE(this.initializer);
    });
    return this.ACTION((): InitDeclarator => ({ declarator, init, span: this.spanFrom(start) }));
  });

  /** static_assert-declaration: _Static_assert ( constant-expression , string-literal ) ;  (C23: message optional) */
  protected staticAssertDeclaration = this.RULE('staticAssertDeclaration', (): Declaration => {
    const kw = this.CONSUME(StaticAssert);
    this.CONSUME(LParen);
    const cond = this.SUBRULE(this.constantExpression);
    let message: string | undefined;
    this.OPTION(() => {
      this.CONSUME(Comma);
      const lit = this.SUBRULE(this.stringLiteral);
      this.ACTION(() => { message = stringText(lit.units); });
    });
    this.CONSUME(RParen);
    this.CONSUME(Semicolon, missingAfter('static assertion'));
    return this.ACTION((): Declaration => ({ kind: 'staticAssert', cond, message, span: this.spanFrom(kw) }));
  });

  /** compound-statement: { block-item-list? } */
  protected compoundStatement = this.RULE('compoundStatement', (): CompoundStatement => {
    const open = this.CONSUME(LBrace);
    this.ACTION(() => this.names.push());
    const items: BlockItem[] = [];
    this.syncLoop((mark) => {
      this.MANY(() => {
        const item = this.SUBRULE(this.blockItem);
        this.ACTION(() => {
          items.push(item);
          mark.at = this.pos();
        });
      });
      this.CONSUME(RBrace);
    });
    this.ACTION(() => this.names.pop());
    return this.ACTION((): CompoundStatement => ({ kind: 'compound', items, span: this.spanFrom(open) }));
  });

  /**
   * block-item: declaration | statement   (GNU: attributes or __extension__ may lead either)
   * Declarations and statements start with different tokens; `__extension__` (which may start an
   * expression too) and attributes (which may start a declaration too) are taken first.
   */
  private readonly blockItemAlts: OrMethodOpts<BlockItem> = {
    MAX_LOOKAHEAD: 1,
    IGNORE_AMBIGUITIES: true,
    DEF: [
      {
        ALT: () => {
          this.CONSUME(Extension);
          return this.SUBRULE(this.blockItem);
        },
      },
      { ALT: () => this.SUBRULE(this.attributedBlockItem) },
      { ALT: () => this.SUBRULE(this.staticAssertDeclaration) },
      { ALT: () => this.SUBRULE(this.declaration) },
      { ALT: () => this.SUBRULE(this.statement) },
    ],
  };
  protected blockItem = this.RULE('blockItem', (): BlockItem => this.OR(this.blockItemAlts));

  /** GNU: attribute-specifier+ (declaration | statement); attributes before a statement are dropped. */
  protected attributedBlockItem = this.RULE('attributedBlockItem', (): BlockItem => {
    const leading: Attribute[] = [];
    this.AT_LEAST_ONE(() => {
      const attrs = this.SUBRULE(this.attributeSpecifier);
      this.ACTION(() => leading.push(...attrs));
    });
    return this.OR([
      { ALT: (): BlockItem => this.SUBRULE(this.declaration, { ARGS: [leading] }) },
      { ALT: (): BlockItem => this.SUBRULE(this.statement) },
    ]);
  });

  /**
   * statement: labeled-statement | compound-statement | expression-statement | selection-statement
   *   | iteration-statement | jump-statement   (GNU: asm-statement)
   * labeled-statement: identifier : statement | case constant-expression : statement | default : statement
   * Identifier labels (an identifier followed by `:`) are collected first; the rest is chosen on one token.
   */
  protected statement = this.RULE('statement', (): Statement => {
    let labels: IToken[] | undefined;
    this.MANY(this.labelOptions);
    this.ACTION(() => { labels = this.takeLabels(); });
    const body = this.OR(this.statementAlts);
    if (labels === undefined) return body;
    return this.ACTION(() => labels!.reduceRight((inner: Statement, label): Statement => ({
      kind: 'labeled', label: label.image, body: inner, span: joinSpans(this.spanOf(label), inner.span),
    }), body));
  });


  private readonly labelOptions = {
    GATE: () => this.LA(2).tokenType === Colon,
    DEF: () => {
      const label = this.CONSUME(Identifier);
      this.CONSUME(Colon);
      this.SUBRULE(this.attributeSpecifiers); // GNU: attributes after a label
      this.ACTION(() => (this.pendingLabels ??= []).push(label));
    },
  };

  /** The labels read just now, before the labeled statement's body is parsed. */
  private takeLabels(): IToken[] | undefined {
    const labels = this.pendingLabels;
    this.pendingLabels = undefined;
    return labels;
  }

  private readonly statementAlts: IOrAlt<Statement>[] = [
    { ALT: () => this.SUBRULE(this.caseStatement) },
    { ALT: () => this.SUBRULE(this.defaultStatement) },
    { ALT: () => this.SUBRULE(this.compoundStatement) },
    { ALT: () => this.SUBRULE(this.ifStatement) },
    { ALT: () => this.SUBRULE(this.switchStatement) },
    { ALT: () => this.SUBRULE(this.whileStatement) },
    { ALT: () => this.SUBRULE(this.doStatement) },
    { ALT: () => this.SUBRULE(this.forStatement) },
    { ALT: () => this.SUBRULE(this.gotoStatement) },
    { ALT: () => this.SUBRULE(this.continueStatement) },
    { ALT: () => this.SUBRULE(this.breakStatement) },
    { ALT: () => this.SUBRULE(this.returnStatement) },
    { ALT: () => this.SUBRULE(this.asmStatement) },
    { ALT: () => this.SUBRULE(this.expressionStatement) },
  ];

  /** labeled-statement: case constant-expression : statement   (GNU: case lo ... hi : statement) */
  protected caseStatement = this.RULE('caseStatement', (): Statement => {
    const kw = this.CONSUME(Case);
    const value = this.SUBRULE(this.constantExpression);
    let last: Expr | undefined;
    this.OPTION(() => {
      this.CONSUME(Ellipsis);
      last = this.SUBRULE2(this.constantExpression);
    });
    this.CONSUME(Colon);
    const body = this.SUBRULE(this.statement);
    return this.ACTION((): Statement => ({ kind: 'case', value, last, body, span: this.spanFrom(kw) }));
  });

  /** labeled-statement: default : statement */
  protected defaultStatement = this.RULE('defaultStatement', (): Statement => {
    const kw = this.CONSUME(Default);
    this.CONSUME(Colon);
    const body = this.SUBRULE(this.statement);
    return this.ACTION((): Statement => ({ kind: 'default', body, span: this.spanFrom(kw) }));
  });

  /** expression-statement: expression? ; */
  protected expressionStatement = this.RULE('expressionStatement', (): Statement => {
    const start = this.pos();
    let expr: Expr | undefined;
    this.OPTION(() => {
      expr = this.SUBRULE(this.expression);
      this.ACTION(() => this.checkUnknownTypeName(expr!));
    });
    this.CONSUME(Semicolon, missingAfter('expression'));
    return this.ACTION((): Statement => ({ kind: 'exprStmt', expr, span: this.spanFrom(start) }));
  });

  /** `foo bar;` with foo declared nowhere reads as a declaration with an unknown type, as gcc reports it. */
  private checkUnknownTypeName(expr: Expr): void {
    if (expr.kind === 'ident' && this.LA(1).tokenType === Identifier) {
      this.fail(`unknown type name '${expr.name}'`, this.LA(1), expr.span);
    }
  }

  /**
   * selection-statement: if ( expression ) statement (else statement)?
   * An `else if` chain is read in a loop rather than by recursion (generated code has chains of
   * thousands) and nested as C nests it. The dangling else binds to the nearest if (C17 6.8.4.1p3):
   * the repetition and the option are greedy.
   */
  protected ifStatement = this.RULE('ifStatement', (): Statement => {
    const links: { kw: IToken; cond: Expr; then: Statement }[] = [];
    const kw = this.CONSUME(If);
    const cond = this.SUBRULE(this.parenthesizedExpression);
    const then = this.SUBRULE(this.statement);
    links.push({ kw, cond, then });
    this.MANY({
      GATE: () => this.LA(2).tokenType === If,
      DEF: () => {
        this.CONSUME(Else);
        const kw2 = this.CONSUME2(If);
        const cond2 = this.SUBRULE2(this.parenthesizedExpression);
        const then2 = this.SUBRULE2(this.statement);
        links.push({ kw: kw2, cond: cond2, then: then2 });
      },
    });
    let otherwise: Statement | undefined;
    this.OPTION(() => {
      this.CONSUME2(Else);
      otherwise = this.SUBRULE3(this.statement);
    });
    return this.ACTION(() => links.reduceRight<Statement | undefined>((inner, link) => ({
      kind: 'if', cond: link.cond, then: link.then, else: inner, span: this.spanFrom(link.kw),
    }), otherwise)!);
  });

  /** selection-statement: switch ( expression ) statement */
  protected switchStatement = this.RULE('switchStatement', (): Statement => {
    const kw = this.CONSUME(Switch);
    const cond = this.SUBRULE(this.parenthesizedExpression);
    const body = this.SUBRULE(this.statement);
    return this.ACTION((): Statement => ({ kind: 'switch', cond, body, span: this.spanFrom(kw) }));
  });

  /** ( expression ), as after if, switch and while */
  protected parenthesizedExpression = this.RULE('parenthesizedExpression', (): Expr => {
    this.CONSUME(LParen);
    const expr = this.SUBRULE(this.expression);
    this.CONSUME(RParen);
    return expr;
  });

  /** iteration-statement: while ( expression ) statement */
  protected whileStatement = this.RULE('whileStatement', (): Statement => {
    const kw = this.CONSUME(While);
    const cond = this.SUBRULE(this.parenthesizedExpression);
    const body = this.SUBRULE(this.statement);
    return this.ACTION((): Statement => ({ kind: 'while', cond, body, span: this.spanFrom(kw) }));
  });

  /** iteration-statement: do statement while ( expression ) ; */
  protected doStatement = this.RULE('doStatement', (): Statement => {
    const kw = this.CONSUME(Do);
    const body = this.SUBRULE(this.statement);
    this.CONSUME(While);
    const cond = this.SUBRULE(this.parenthesizedExpression);
    this.CONSUME(Semicolon, missingAfter('do/while statement'));
    return this.ACTION((): Statement => ({ kind: 'doWhile', body, cond, span: this.spanFrom(kw) }));
  });

  /** iteration-statement: for ( expression? ; expression? ; expression? ) statement | for ( declaration expression? ; expression? ) statement */
  protected forStatement = this.RULE('forStatement', (): Statement => {
    const kw = this.CONSUME(For);
    this.CONSUME(LParen);
    // C17 6.8.5p5: the for statement is a block, and so is its body.
    this.ACTION(() => this.names.push());
    let init: Declaration | Expr | undefined;
    let cond: Expr | undefined;
    let step: Expr | undefined;
    this.OR([
      { ALT: () => { init = this.SUBRULE(this.declaration); } },
      {
        ALT: () => {
          this.OPTION(() => { init = this.SUBRULE(this.expression); });
          this.CONSUME(Semicolon);
        },
      },
    ]);
    this.OPTION2(() => { cond = this.SUBRULE2(this.expression); });
    this.CONSUME2(Semicolon);
    this.OPTION3(() => { step = this.SUBRULE3(this.expression); });
    this.CONSUME(RParen);
    const body = this.SUBRULE(this.statement);
    this.ACTION(() => this.names.pop());
    return this.ACTION((): Statement => ({ kind: 'for', init, cond, step, body, span: this.spanFrom(kw) }));
  });

  /** jump-statement: goto identifier ; */
  protected gotoStatement = this.RULE('gotoStatement', (): Statement => {
    const kw = this.CONSUME(Goto);
    const label = this.SUBRULE(this.identifier);
    this.CONSUME(Semicolon, missingAfter('goto statement'));
    return this.ACTION((): Statement => ({ kind: 'goto', label: label.image, span: this.spanFrom(kw) }));
  });

  /** jump-statement: continue ; */
  protected continueStatement = this.RULE('continueStatement', (): Statement => {
    const kw = this.CONSUME(Continue);
    this.CONSUME(Semicolon, missingAfter("'continue'"));
    return this.ACTION((): Statement => ({ kind: 'continue', span: this.spanFrom(kw) }));
  });

  /** jump-statement: break ; */
  protected breakStatement = this.RULE('breakStatement', (): Statement => {
    const kw = this.CONSUME(Break);
    this.CONSUME(Semicolon, missingAfter("'break'"));
    return this.ACTION((): Statement => ({ kind: 'break', span: this.spanFrom(kw) }));
  });

  /** jump-statement: return expression? ; */
  protected returnStatement = this.RULE('returnStatement', (): Statement => {
    const kw = this.CONSUME(Return);
    let expr: Expr | undefined;
    this.OPTION(() => { expr = this.SUBRULE(this.expression); });
    this.CONSUME(Semicolon, missingAfter('return statement'));
    return this.ACTION((): Statement => ({ kind: 'return', expr, span: this.spanFrom(kw) }));
  });

  /**
   * GNU asm-statement: asm asm-qualifier* ( string-literal (: operands)* ) ;
   * The operands are skipped as balanced tokens: ciri cannot run assembly, and sema reports the statement.
   */
  protected asmStatement = this.RULE('asmStatement', (): Statement => {
    const kw = this.CONSUME(Asm);
    this.MANY(() => this.OR([
      { ALT: () => this.CONSUME(Volatile) },
      { ALT: () => this.CONSUME(Inline) },
      { ALT: () => this.CONSUME(Goto) },
    ]));
    this.CONSUME(LParen);
    this.ACTION(() => this.skipBalanced());
    this.CONSUME(RParen);
    this.CONSUME(Semicolon, missingAfter('asm statement'));
    return this.ACTION((): Statement => ({ kind: 'asm', span: this.spanFrom(kw) }));
  });

  /** Skips tokens up to (not including) the `)` that closes an already consumed `(`. */
  private skipBalanced(): void {
    let depth = 0;
    for (let t = this.LA(1); !this.atEnd(); t = this.SKIP_TOKEN()) {
      if (t.tokenType === LParen) depth++;
      else if (t.tokenType === RParen && depth-- === 0) return;
      else if (t.tokenType === LBrace || t.tokenType === RBrace || t.tokenType === Semicolon) {
        this.fail(expectedBefore("')'", t));
      }
    }
  }
}
