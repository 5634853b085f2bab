/**
 * Declarator, type-name and initializer rules of the C parser (C17 6.7.6 to
 * 6.7.9, annex A.2.2).
 *
 * One `declarator` method serves named declarators and `abstractDeclarator`
 * abstract ones (type names) and parameters, which may be either. The result
 * lists the derived types reading outward from the name (see ast.ts): the
 * nested declarator's steps, then the array/function suffixes left to right,
 * then the pointers right to left, so `int *(*fp)(int)` gives
 * [pointer, function, pointer].
 *
 * In an abstract declarator, a `(` after the pointers opens a nested
 * declarator only when the next token can start one; otherwise it is a
 * parameter list. In a parameter, `(T)` with T a typedef name is a parameter
 * list (C17 6.7.6.3p11).
 *
 * Parameters live in a scope of their own (function prototype scope, C17
 * 6.2.1p4); the names it declared are remembered per function declarator so
 * that a function body can re-enter it.
 *
 * Not here: building types from declarators (sema).
 */
import type {
  Attribute, Declarator, DerivedDeclarator, Designator, Expr, Initializer, InitializerItem, ParameterDeclaration,
  TypeName,
} from './ast.js';
import {
  Asm, Assign, Attribute as AttributeKw, Comma, Dot, Ellipsis, Identifier, LBrace, LBracket, LParen, RBrace, RBracket,
  RParen, Star, Static, type CToken,
} from './tokens.js';
import { TypedefName } from './parser-base.js';
import { SpecifierParser, noQualifiers } from './parser-specifiers.js';
import { expectedBefore } from './parser-errors.js';
import {
  EXPRESSION_START, IDENTIFIER, INITIALIZER_ITEM_START, NESTED_DECLARATOR_START, SPECIFIER_START,
} from './parser-first.js';

export abstract class DeclaratorParser extends SpecifierParser {
  /**
   * declarator: pointer? direct-declarator
   * direct-declarator: identifier | ( declarator ) | direct-declarator [ ... ] | direct-declarator ( ... )
   * (GNU: attributes and an asm label may follow)
   */
  protected declarator(): Declarator {
    const start = this.pos();
    const attributes: Attribute[] = [];
    const pointers = this.pointers(attributes);
    let name: CToken | undefined;
    let inner: Declarator | undefined;
    if (IDENTIFIER.has(this.peek())) {
      name = this.next();
    } else if (this.peek() === LParen) {
      this.next();
      inner = this.declarator();
      this.consume(RParen);
    } else {
      this.failExpected("identifier or '('");
    }
    const suffixes = this.declaratorSuffixes(attributes);
    return this.buildDeclarator(start, pointers, name, inner, suffixes, attributes);
  }

  /**
   * abstract-declarator: pointer | pointer? direct-abstract-declarator
   * direct-abstract-declarator: ( abstract-declarator ) | direct-abstract-declarator? [ ... ]
   *   | direct-abstract-declarator? ( parameter-type-list? )
   * In a parameter (`either`), the identifier of a declarator may appear too.
   */
  protected abstractDeclarator(mode: 'abstract' | 'either'): Declarator {
    const start = this.pos();
    const attributes: Attribute[] = [];
    const pointers = this.pointers(attributes);
    let name: CToken | undefined;
    let inner: Declarator | undefined;
    const t = this.peek();
    // An identifier in an abstract declarator is an error, reported below with a clear message.
    if (t === Identifier || (t === TypedefName && mode === 'either')) {
      name = this.next();
      if (mode !== 'either') this.fail(expectedBefore("')'", name), name);
    } else if (t === LParen && NESTED_DECLARATOR_START.has(this.peek(2))) {
      this.next();
      inner = this.abstractDeclarator(mode);
      this.consume(RParen);
    }
    const suffixes = this.declaratorSuffixes(attributes);
    return this.buildDeclarator(start, pointers, name, inner, suffixes, attributes);
  }

  /** direct-declarator suffixes ([...] and (...)) and the GNU attributes and asm label after a declarator */
  private declaratorSuffixes(attributes: Attribute[]): DerivedDeclarator[] {
    const suffixes: DerivedDeclarator[] = [];
    for (;;) {
      const t = this.peek();
      if (t === LBracket) suffixes.push(this.arraySuffix());
      else if (t === LParen) suffixes.push(this.functionSuffix());
      else break;
    }
    for (;;) {
      const t = this.peek();
      if (t === AttributeKw) attributes.push(...this.attributeSpecifier());
      else if (t === Asm) this.asmLabel();
      else break;
    }
    return suffixes;
  }

  /** Reads the derived steps outward from the name: nested declarator, suffixes, then pointers right to left. */
  private buildDeclarator(start: number, pointers: DerivedDeclarator[], name: CToken | undefined,
    inner: Declarator | undefined, suffixes: DerivedDeclarator[], attributes: Attribute[]): Declarator {
    const derived = inner ? [...inner.derived, ...suffixes] : suffixes;
    for (let k = pointers.length - 1; k >= 0; k--) derived.push(pointers[k]!);
    return {
      name: name?.image ?? inner?.name,
      nameSpan: name ? name.span : inner?.nameSpan,
      derived,
      attributes: inner ? [...inner.attributes, ...attributes] : attributes,
      span: this.spanFrom(start),
    };
  }

  /** pointer*: `*` type-qualifier-list? per level (GNU attributes in the lists go to `attributes`) */
  private pointers(attributes: Attribute[]): DerivedDeclarator[] {
    const pointers: DerivedDeclarator[] = [];
    while (this.peek() === Star) {
      const star = this.next();
      const qualifiers = noQualifiers();
      for (;;) {
        const q = this.typeQualifier();
        if (q !== undefined) qualifiers[q] = true;
        else if (this.peek() === AttributeKw) attributes.push(...this.attributeSpecifier());
        else break;
      }
      pointers.push({ kind: 'pointer', qualifiers, span: this.spanFrom(star) });
    }
    return pointers;
  }

  /**
   * [ type-qualifier-list? assignment-expression? ] | [ static type-qualifier-list? assignment-expression ]
   * | [ type-qualifier-list static assignment-expression ] | [ type-qualifier-list? * ]
   */
  private arraySuffix(): DerivedDeclarator {
    const open = this.next();
    const qualifiers = noQualifiers();
    let isStatic = false;
    let star = false;
    let size: Expr | undefined;
    for (;;) {
      if (this.peek() === Static) {
        this.next();
        isStatic = true;
        continue;
      }
      const q = this.typeQualifier();
      if (q === undefined) break;
      qualifiers[q] = true;
    }
    if (this.peek() === Star && this.peek(2) === RBracket) {
      this.next();
      star = true;
    } else if (EXPRESSION_START.has(this.peek())) {
      size = this.assignmentExpression();
    }
    this.consume(RBracket);
    return { kind: 'array', size, isStatic, star, qualifiers, span: this.spanFrom(open) };
  }

  /**
   * ( parameter-type-list ) | ( identifier-list? )
   * parameter-type-list: parameter-list (, ...)?   parameter-list: parameter-declaration (, parameter-declaration)*
   * identifier-list: identifier (, identifier)*
   */
  private functionSuffix(): DerivedDeclarator {
    const open = this.next();
    this.names.push();
    let params: ParameterDeclaration[] | undefined;
    let identifiers: string[] | undefined;
    let variadic = false;
    const t = this.peek();
    if (t === Identifier) {
      identifiers = this.identifierList();
    } else if (SPECIFIER_START.has(t)) {
      params = [this.parameterDeclaration()];
      while (this.peek() === Comma) {
        this.next();
        if (this.peek() === Ellipsis) {
          this.next();
          variadic = true;
          break;
        }
        if (this.peek() === Identifier) this.fail(`unknown type name '${this.token().image}'`);
        if (!SPECIFIER_START.has(this.peek())) this.failExpected("declaration specifiers or '...'");
        params.push(this.parameterDeclaration());
      }
    } else if (t === Ellipsis) {
      // `( ... )` with no named parameter (C23; gcc accepts it).
      this.next();
      params = [];
      variadic = true;
    }
    this.consume(RParen);
    const scope = this.names.pop();
    const fn: DerivedDeclarator = { kind: 'function', params, variadic, identifiers, span: this.spanFrom(open) };
    this.paramScopes.set(fn, scope);
    return fn;
  }

  /** identifier-list: identifier (, identifier)*  (old-style parameters; they hide typedef names in the body) */
  private identifierList(): string[] {
    const names: string[] = [];
    for (;;) {
      const tok = this.consume(Identifier);
      names.push(tok.image);
      this.declareName(tok.image, false);
      if (this.peek() !== Comma) return names;
      this.next();
    }
  }

  /** parameter-declaration: declaration-specifiers declarator | declaration-specifiers abstract-declarator? */
  private parameterDeclaration(): ParameterDeclaration {
    const start = this.pos();
    const specs = this.declarationSpecifiers('parameter');
    const declarator = this.abstractDeclarator('either');
    this.declareName(declarator.name, false);
    return { specs, declarator, span: this.spanFrom(start) };
  }

  /** type-name: specifier-qualifier-list abstract-declarator? */
  protected typeName(): TypeName {
    const start = this.pos();
    const specs = this.declarationSpecifiers('typeName');
    const declarator = this.abstractDeclarator('abstract');
    return { kind: 'typeName', specs, declarator, span: this.spanFrom(start) };
  }

  /** initializer: assignment-expression | { initializer-list ,? } */
  protected initializer(): Initializer {
    if (this.peek() === LBrace) return this.braceInitializer();
    const expr = this.assignmentExpression();
    return { kind: 'exprInit', expr, span: expr.span };
  }

  /**
   * { initializer-list ,? }   (GNU: `{}`)
   * initializer-list: designation? initializer (, designation? initializer)*
   */
  protected braceInitializer(): Initializer {
    const open = this.consume(LBrace);
    const items: InitializerItem[] = [];
    if (INITIALIZER_ITEM_START.has(this.peek())) {
      items.push(this.initializerItem());
      // Each comma may be followed by an item; only the last one may not (the trailing comma).
      while (this.peek() === Comma) {
        this.next();
        if (INITIALIZER_ITEM_START.has(this.peek())) items.push(this.initializerItem());
        else this.expect(RBrace, 'expression');
      }
    }
    this.consume(RBrace);
    return { kind: 'listInit', items, span: this.spanFrom(open) };
  }

  /** designation? initializer   designation: designator-list = */
  private initializerItem(): InitializerItem {
    const start = this.pos();
    const designators: Designator[] = [];
    if (this.peek() === LBracket || this.peek() === Dot) {
      do designators.push(this.designator());
      while (this.peek() === LBracket || this.peek() === Dot);
      this.consume(Assign);
    }
    const init = this.initializer();
    return { designators, init, span: this.spanFrom(start) };
  }

  /** designator: [ constant-expression ] | . identifier   (GNU: [ constant-expression ... constant-expression ]) */
  private designator(): Designator {
    if (this.peek() === LBracket) {
      const open = this.next();
      const index = this.constantExpression();
      const last = this.rangeEnd();
      this.consume(RBracket);
      return { kind: 'index', index, last, span: this.spanFrom(open) };
    }
    const dot = this.next();
    const name = this.identifier();
    return { kind: 'field', name: name.image, span: this.spanFrom(dot) };
  }
}

