/**
 * Declaration and statement rules of the C parser (C17 6.7, 6.8, annex
 * A.2.2 and A.2.3), with GNU asm statements, case ranges, and attributes or
 * `__extension__` before a block item.
 *
 * A block item is a declaration or a statement, told apart by its first
 * token alone because typedef names are told apart from other identifiers
 * (see parser-base.ts): `T * x;` is a declaration exactly when T names a
 * type. Every statement kind is chosen on its first token too (labels are
 * taken before the choice). Each compound statement is a sync point for
 * error recovery.
 *
 * Scopes (C17 6.2.1p4): a compound statement is a block, and so is a `for`
 * statement with its clauses; names declared there stop hiding typedef names
 * when the block ends.
 *
 * Not here: whether `break` is inside a loop, labels resolve, or a
 * declaration is allowed where it is (sema).
 */
import type {
  Attribute, CompoundStatement, Declaration, Expr, InitDeclarator, Initializer, Statement,
} from './ast.js';
import {
  Asm, Assign, Attribute as AttributeKw, Break, Case, Colon, Comma, Continue, Default, Do, Else, Extension,
  For, Goto, Identifier, If, Inline, LBrace, LParen, RBrace, RParen, Return, Semicolon, StaticAssert, Switch,
  Volatile, While, type CToken,
} from './tokens.js';
import { joinSpans } from './source.js';
import type { SyncMark } from './parser-base.js';
import { DeclaratorParser } from './parser-declarators.js';
import { expectedBefore } from './parser-errors.js';
import {
  BLOCK_ITEM_START, DECLARATOR_START, EXPRESSION_START, SPECIFIER_START, STATEMENT_START,
} from './parser-first.js';

/** The text of a decoded (byte) string literal, for static assertion messages. */
function stringText(units: readonly number[]): string {
  return new TextDecoder().decode(new Uint8Array(units.map((u) => u & 0xff)));
}

type BlockItem = Declaration | Statement;

export abstract class StatementParser extends DeclaratorParser {
  /**
   * declaration: declaration-specifiers init-declarator-list? ;
   * init-declarator-list: init-declarator (, init-declarator)*
   * (the static_assert-declaration form is a method of its own, tried where a declaration may appear)
   */
  protected declaration(leading?: readonly Attribute[]): Declaration {
    const start = this.pos();
    const specs = this.declarationSpecifiers('declaration', leading);
    const declarators: InitDeclarator[] = [];
    if (this.peek() === Semicolon) {
      this.next();
    } else if (DECLARATOR_START.has(this.peek())) {
      const isTypedef = specs.storage.includes('typedef');
      declarators.push(this.initDeclarator(isTypedef));
      while (this.peek() === Comma) {
        this.next();
        declarators.push(this.initDeclarator(isTypedef));
      }
      this.expect(Semicolon, "',' or ';'");
      this.next();
    } else {
      this.failExpected("identifier or '('");
    }
    return { kind: 'declaration', specs, declarators, span: this.spanFrom(start) };
  }

  /** init-declarator: declarator (= initializer)? */
  protected initDeclarator(isTypedef: boolean): InitDeclarator {
    const start = this.pos();
    const declarator = this.declarator();
    // C17 6.2.1p7: the name is in scope from the end of its declarator, so before its initializer.
    this.declareName(declarator.name, isTypedef);
    let init: Initializer | undefined;
    if (this.peek() === Assign) {
      this.next();
      init = this.initializer();
    }
    return { declarator, init, span: this.spanFrom(start) };
  }

  /** static_assert-declaration: _Static_assert ( constant-expression , string-literal ) ;  (C23: message optional) */
  protected staticAssertDeclaration(): Declaration {
    const kw = this.next();
    this.consume(LParen);
    const cond = this.constantExpression();
    let message: string | undefined;
    if (this.peek() === Comma) {
      this.next();
      message = stringText(this.stringLiteral().units);
    }
    this.consume(RParen);
    this.consumeSemicolonAfter('static assertion');
    return { kind: 'staticAssert', cond, message, span: this.spanFrom(kw) };
  }

  /** compound-statement: { block-item-list? } */
  protected compoundStatement(): CompoundStatement {
    const open = this.consume(LBrace);
    this.names.push();
    const items: BlockItem[] = [];
    this.syncLoop(this.blockItems, items);
    this.names.pop();
    return { kind: 'compound', items, span: this.spanFrom(open) };
  }

  /** The block items up to the closing `}`, one sync item each. */
  private blockItems(mark: SyncMark, items: BlockItem[]): void {
    while (BLOCK_ITEM_START.has(this.peek())) {
      items.push(this.blockItem());
      mark.at = this.pos();
    }
    this.consume(RBrace);
  }

  /**
   * block-item: declaration | statement   (GNU: attributes or __extension__ may lead either)
   * Declarations and statements start with different tokens; `__extension__` (which may start an
   * expression too) and attributes (which may start a declaration too) are taken first.
   */
  private blockItem(): BlockItem {
    const t = this.peek();
    if (t === Extension) {
      this.next();
      if (!BLOCK_ITEM_START.has(this.peek())) this.failExpected('statement or declaration');
      return this.blockItem();
    }
    if (t === AttributeKw) return this.attributedBlockItem();
    if (t === StaticAssert) return this.staticAssertDeclaration();
    if (SPECIFIER_START.has(t)) return this.declaration();
    return this.statement();
  }

  /** GNU: attribute-specifier+ (declaration | statement); attributes before a statement are dropped. */
  private attributedBlockItem(): BlockItem {
    const leading: Attribute[] = [];
    while (this.peek() === AttributeKw) leading.push(...this.attributeSpecifier());
    if (SPECIFIER_START.has(this.peek())) return this.declaration(leading);
    if (!STATEMENT_START.has(this.peek())) this.failExpected('expression');
    return this.statement();
  }

  /**
   * statement: labeled-statement | compound-statement | expression-statement | selection-statement
   *   | iteration-statement | jump-statement   (GNU: asm-statement)
   * labeled-statement: identifier : statement | case constant-expression : statement | default : statement
   * Identifier labels (an identifier followed by `:`) are collected first; the rest is chosen on one token.
   */
  protected statement(): Statement {
    let labels: CToken[] | undefined;
    while (this.peek() === Identifier && this.peek(2) === Colon) {
      const label = this.next();
      this.next();
      this.attributeSpecifiers(); // GNU: attributes after a label
      (labels ??= []).push(label);
    }
    const body = this.unlabeledStatement();
    if (labels === undefined) return body;
    let s = body;
    for (let k = labels.length - 1; k >= 0; k--) {
      s = { kind: 'labeled', label: labels[k]!.image, body: s, span: joinSpans(labels[k]!.span, s.span) };
    }
    return s;
  }

  private unlabeledStatement(): Statement {
    switch (this.peek()) {
      case Case: return this.caseStatement();
      case Default: return this.defaultStatement();
      case LBrace: return this.compoundStatement();
      case If: return this.ifStatement();
      case Switch: return this.switchStatement();
      case While: return this.whileStatement();
      case Do: return this.doStatement();
      case For: return this.forStatement();
      case Goto: return this.gotoStatement();
      case Continue: return this.jumpStatement('continue', "'continue'");
      case Break: return this.jumpStatement('break', "'break'");
      case Return: return this.returnStatement();
      case Asm: return this.asmStatement();
      default:
        if (this.peek() !== Semicolon && !EXPRESSION_START.has(this.peek())) this.failExpected('statement');
        return this.expressionStatement();
    }
  }

  /** labeled-statement: case constant-expression : statement   (GNU: case lo ... hi : statement) */
  private caseStatement(): Statement {
    const kw = this.next();
    const value = this.constantExpression();
    const last = this.rangeEnd();
    this.consume(Colon);
    const body = this.statement();
    return { kind: 'case', value, last, body, span: this.spanFrom(kw) };
  }

  /** labeled-statement: default : statement */
  private defaultStatement(): Statement {
    const kw = this.next();
    this.consume(Colon);
    const body = this.statement();
    return { kind: 'default', body, span: this.spanFrom(kw) };
  }

  /** expression-statement: expression? ; */
  private expressionStatement(): Statement {
    const start = this.pos();
    let expr: Expr | undefined;
    if (EXPRESSION_START.has(this.peek())) {
      expr = this.expression();
      this.checkUnknownTypeName(expr);
    }
    this.consumeSemicolonAfter('expression');
    return { kind: 'exprStmt', expr, span: this.spanFrom(start) };
  }

  /** `foo bar;` with foo declared nowhere reads as a declaration with an unknown type, as gcc reports it. */
  private checkUnknownTypeName(expr: Expr): void {
    if (expr.kind === 'ident' && this.peek() === Identifier) {
      this.fail(`unknown type name '${expr.name}'`, this.token(), expr.span);
    }
  }

  /**
   * selection-statement: if ( expression ) statement (else statement)?
   * An `else if` chain is read in a loop rather than by recursion (generated code has chains of
   * thousands) and nested as C nests it. The dangling else binds to the nearest if (C17 6.8.4.1p3).
   */
  private ifStatement(): Statement {
    const links: { kw: CToken; cond: Expr; then: Statement }[] = [];
    let kw = this.next();
    for (;;) {
      const cond = this.parenthesizedExpression();
      const then = this.statement();
      links.push({ kw, cond, then });
      if (this.peek() !== Else || this.peek(2) !== If) break;
      this.next();
      kw = this.next();
    }
    let s: Statement | undefined;
    if (this.peek() === Else) {
      this.next();
      s = this.statement();
    }
    for (let k = links.length - 1; k >= 0; k--) {
      const link = links[k]!;
      s = { kind: 'if', cond: link.cond, then: link.then, else: s, span: this.spanFrom(link.kw) };
    }
    return s!;
  }

  /** selection-statement: switch ( expression ) statement */
  private switchStatement(): Statement {
    const kw = this.next();
    const cond = this.parenthesizedExpression();
    const body = this.statement();
    return { kind: 'switch', cond, body, span: this.spanFrom(kw) };
  }

  /** ( expression ), as after if, switch and while */
  private parenthesizedExpression(): Expr {
    this.consume(LParen);
    const expr = this.expression();
    this.consume(RParen);
    return expr;
  }

  /** iteration-statement: while ( expression ) statement */
  private whileStatement(): Statement {
    const kw = this.next();
    const cond = this.parenthesizedExpression();
    const body = this.statement();
    return { kind: 'while', cond, body, span: this.spanFrom(kw) };
  }

  /** iteration-statement: do statement while ( expression ) ; */
  private doStatement(): Statement {
    const kw = this.next();
    const body = this.statement();
    this.consume(While);
    const cond = this.parenthesizedExpression();
    this.consumeSemicolonAfter('do/while statement');
    return { kind: 'doWhile', body, cond, span: this.spanFrom(kw) };
  }

  /** iteration-statement: for ( expression? ; expression? ; expression? ) statement | for ( declaration expression? ; expression? ) statement */
  private forStatement(): Statement {
    const kw = this.next();
    this.consume(LParen);
    // C17 6.8.5p5: the for statement is a block, and so is its body.
    this.names.push();
    let init: Declaration | Expr | undefined;
    let cond: Expr | undefined;
    let step: Expr | undefined;
    if (SPECIFIER_START.has(this.peek())) {
      init = this.declaration();
    } else {
      if (EXPRESSION_START.has(this.peek())) init = this.expression();
      else if (this.peek() !== Semicolon) this.failExpected('expression');
      this.consume(Semicolon);
    }
    if (EXPRESSION_START.has(this.peek())) cond = this.expression();
    this.consume(Semicolon);
    if (EXPRESSION_START.has(this.peek())) step = this.expression();
    this.consume(RParen);
    const body = this.statement();
    this.names.pop();
    return { kind: 'for', init, cond, step, body, span: this.spanFrom(kw) };
  }

  /** jump-statement: goto identifier ; */
  private gotoStatement(): Statement {
    const kw = this.next();
    const label = this.identifier();
    this.consumeSemicolonAfter('goto statement');
    return { kind: 'goto', label: label.image, span: this.spanFrom(kw) };
  }

  /** jump-statement: continue ; | break ; */
  private jumpStatement(kind: 'continue' | 'break', what: string): Statement {
    const kw = this.next();
    this.consumeSemicolonAfter(what);
    return { kind, span: this.spanFrom(kw) };
  }

  /** jump-statement: return expression? ; */
  private returnStatement(): Statement {
    const kw = this.next();
    let expr: Expr | undefined;
    if (EXPRESSION_START.has(this.peek())) expr = this.expression();
    this.consumeSemicolonAfter('return statement');
    return { kind: 'return', expr, span: this.spanFrom(kw) };
  }

  /**
   * GNU asm-statement: asm asm-qualifier* ( string-literal (: operands)* ) ;
   * The operands are skipped as balanced tokens: ciri cannot run assembly, and sema reports the statement.
   */
  protected asmStatement(): Statement {
    const kw = this.next();
    while (this.peek() === Volatile || this.peek() === Inline || this.peek() === Goto) this.next();
    this.consume(LParen);
    this.skipBalanced();
    this.consume(RParen);
    this.consumeSemicolonAfter('asm statement');
    return { kind: 'asm', span: this.spanFrom(kw) };
  }

  /** Skips tokens up to (not including) the `)` that closes an already consumed `(`. */
  private skipBalanced(): void {
    let depth = 0;
    for (; !this.atEnd(); this.next()) {
      const t = this.peek();
      if (t === LParen) depth++;
      else if (t === RParen && depth-- === 0) return;
      else if (t === LBrace || t === RBrace || t === Semicolon) this.fail(expectedBefore("')'", this.token()));
    }
  }
}

