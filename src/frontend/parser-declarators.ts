/**
 * Declarator, type-name and initializer rules of the C parser (C17 6.7.6 to
 * 6.7.9, annex A.2.2).
 *
 * One `declarator` rule serves named declarators, abstract ones (type names)
 * and parameters, which may be either. Its result lists the derived types
 * reading outward from the name (see ast.ts): the nested declarator's steps,
 * then the array/function suffixes left to right, then the pointers right
 * to left, so `int *(*fp)(int)` gives [pointer, function, pointer].
 *
 * A `(` after the pointers opens a nested declarator only when the next token
 * can start one; otherwise it is a parameter list. In a parameter, `(T)` with
 * T a typedef name is a parameter list (C17 6.7.6.3p11).
 *
 * Parameters live in a scope of their own (function prototype scope, C17
 * 6.2.1p4); the names it declared are remembered per function declarator so
 * that a function body can re-enter it.
 *
 * Not here: building types from declarators (sema).
 */
import type { IOrAlt, IToken } from 'chevrotain';
import type {
  Attribute, Declarator, DerivedDeclarator, Designator, Expr, Initializer, InitializerItem, ParameterDeclaration,
  TypeName,
} from './ast.js';
import {
  Assign, Attribute as AttributeKw, Comma, Dot, Ellipsis, Identifier, LBrace, LBracket, LParen, RBrace, RBracket,
  RParen, Star, Static,
} from './tokens.js';
import { TypedefName } from './parser-base.js';
import { SpecifierParser, noQualifiers } from './parser-specifiers.js';
import { expectedBefore } from './parser-errors.js';

/** Tokens after a `(` that mean it opens a nested declarator rather than a parameter list. */
const NESTED_DECLARATOR_START = new Set([Star, LParen, LBracket, AttributeKw, Identifier]);

export abstract class DeclaratorParser extends SpecifierParser {
  /**
   * declarator: pointer? direct-declarator
   * direct-declarator: identifier | ( declarator ) | direct-declarator [ ... ] | direct-declarator ( ... )
   * (GNU: attributes and an asm label may follow)
   */
  protected declarator = this.RULE('declarator', (): Declarator => {
    const start = this.pos();
    const attributes: Attribute[] = [];
    const pointers: DerivedDeclarator[] = [];
    this.MANY(() => { pointers.push(this.SUBRULE(this.pointer, { ARGS: [attributes] })); });
    const head = this.OR(this.directDeclaratorAlts);
    const suffixes = this.SUBRULE(this.declaratorSuffixes, { ARGS: [attributes] });
    return this.ACTION(() => {
      const [name, inner] = 'derived' in head ? [undefined, head] : [head, undefined];
      return this.buildDeclarator(start, pointers, name, inner, suffixes, attributes);
    });
  });

  /** The start of a direct-declarator: its identifier, or a nested ( declarator ). */
  private readonly directDeclaratorAlts: IOrAlt<IToken | Declarator>[] = [
    { ALT: () => this.SUBRULE(this.identifier) },
    {
      ALT: () => {
        this.CONSUME(LParen);
        const inner = this.SUBRULE2(this.declarator);
        this.CONSUME(RParen);
        return inner;
      },
    },
  ];

  /**
   * abstract-declarator: pointer | pointer? direct-abstract-declarator
   * direct-abstract-declarator: ( abstract-declarator ) | direct-abstract-declarator? [ ... ]
   *   | direct-abstract-declarator? ( parameter-type-list? )
   * In a parameter (`either`), the identifier of a declarator may appear too.
   */
  protected abstractDeclarator = this.RULE('abstractDeclarator', (mode?: 'abstract' | 'either'): Declarator => {
    const start = this.pos();
    const attributes: Attribute[] = [];
    const pointers: DerivedDeclarator[] = [];
    this.MANY(() => { pointers.push(this.SUBRULE(this.pointer, { ARGS: [attributes] })); });
    let name: IToken | undefined;
    let inner: Declarator | undefined;
    this.OPTION({
      GATE: () => this.startsDirectDeclarator(mode ?? 'abstract'),
      DEF: () => this.OR([
        { ALT: () => { name = this.SUBRULE(this.identifier); } },
        {
          ALT: () => {
            this.CONSUME(LParen);
            inner = this.SUBRULE2(this.abstractDeclarator, { ARGS: [mode] });
            this.CONSUME(RParen);
          },
        },
      ]),
    });
    this.ACTION(() => { if (mode !== 'either' && name) this.fail(expectedBefore("')'", name), name); });
    const suffixes = this.SUBRULE(this.declaratorSuffixes, { ARGS: [attributes] });
    return this.ACTION(() => this.buildDeclarator(start, pointers, name, inner, suffixes, attributes));
  });

  /** direct-declarator suffixes ([...] and (...)) and the GNU attributes and asm label after a declarator */
  protected declaratorSuffixes = this.RULE('declaratorSuffixes', (attributes?: Attribute[]): DerivedDeclarator[] => {
    const suffixes: DerivedDeclarator[] = [];
    this.MANY(() => { suffixes.push(this.SUBRULE(this.declaratorSuffix)); });
    this.MANY2(() => this.OR([
      { ALT: () => { const a = this.SUBRULE(this.attributeSpecifier); this.ACTION(() => attributes!.push(...a)); } },
      { ALT: () => { this.SUBRULE(this.asmLabel); } },
    ]));
    return suffixes;
  });

  /** Reads the derived steps outward from the name: nested declarator, suffixes, then pointers right to left. */
  private buildDeclarator(start: number, pointers: DerivedDeclarator[], name: IToken | undefined,
    inner: Declarator | undefined, suffixes: DerivedDeclarator[], attributes: Attribute[]): Declarator {
    return {
      name: name?.image ?? inner?.name,
      nameSpan: name ? this.spanOf(name) : inner?.nameSpan,
      derived: [...(inner?.derived ?? []), ...suffixes, ...pointers.reverse()],
      attributes: [...(inner?.attributes ?? []), ...attributes],
      span: this.spanFrom(start),
    };
  }

  /** Whether the next tokens begin the identifier or the parenthesized declarator of a direct-declarator. */
  private startsDirectDeclarator(mode: 'abstract' | 'either'): boolean {
    const t = this.LA(1).tokenType;
    // An identifier in an abstract declarator is an error, reported by the rule with a clear message.
    if (t === Identifier) return true;
    if (t === TypedefName) return mode === 'either';
    if (t !== LParen) return false;
    return NESTED_DECLARATOR_START.has(this.LA(2).tokenType);
  }

  /** pointer: * type-qualifier-list? (one level; GNU attributes in the list go to `attributes`) */
  protected pointer = this.RULE('pointer', (attributes?: Attribute[]): DerivedDeclarator => {
    const star = this.CONSUME(Star);
    const qualifiers = this.ACTION(noQualifiers);
    this.MANY(() => this.OR([
      {
        ALT: () => {
          const q = this.SUBRULE(this.typeQualifier);
          this.ACTION(() => { qualifiers[q] = true; });
        },
      },
      {
        ALT: () => {
          const attrs = this.SUBRULE(this.attributeSpecifier);
          this.ACTION(() => attributes!.push(...attrs));
        },
      },
    ]));
    return this.ACTION((): DerivedDeclarator => ({ kind: 'pointer', qualifiers, span: this.spanFrom(star) }));
  });

  /** direct-declarator [ array-size ] | direct-declarator ( parameters ) */
  protected declaratorSuffix = this.RULE('declaratorSuffix', (): DerivedDeclarator => this.OR([
    { ALT: () => this.SUBRULE(this.arraySuffix) },
    { ALT: () => this.SUBRULE(this.functionSuffix) },
  ]));

  /**
   * [ type-qualifier-list? assignment-expression? ] | [ static type-qualifier-list? assignment-expression ]
   * | [ type-qualifier-list static assignment-expression ] | [ type-qualifier-list? * ]
   */
  protected arraySuffix = this.RULE('arraySuffix', (): DerivedDeclarator => {
    const open = this.CONSUME(LBracket);
    const qualifiers = this.ACTION(noQualifiers);
    let isStatic = false;
    let star = false;
    let size: Expr | undefined;
    this.MANY(() => this.OR([
      { ALT: () => { this.CONSUME(Static); isStatic = true; } },
      {
        ALT: () => {
          const q = this.SUBRULE(this.typeQualifier);
          this.ACTION(() => { qualifiers[q] = true; });
        },
      },
    ]));
    this.OPTION(() => this.OR2([
      { ALT: () => { size = this.SUBRULE(this.assignmentExpression); } },
      { ALT: () => { this.CONSUME(Star); star = true; } },
    ]));
    this.CONSUME(RBracket);
    return this.ACTION((): DerivedDeclarator => ({
      kind: 'array', size, isStatic, star, qualifiers, span: this.spanFrom(open),
    }));
  });

  /**
   * ( parameter-type-list ) | ( identifier-list? )
   * parameter-type-list: parameter-list (, ...)?   parameter-list: parameter-declaration (, parameter-declaration)*
   * identifier-list: identifier (, identifier)*
   */
  protected functionSuffix = this.RULE('functionSuffix', (): DerivedDeclarator => {
    const open = this.CONSUME(LParen);
    this.ACTION(() => this.names.push());
    let params: ParameterDeclaration[] | undefined;
    let identifiers: string[] | undefined;
    let variadic = false;
    this.OPTION(() => this.OR([
      { ALT: () => { identifiers = this.SUBRULE(this.identifierList); } },
      {
        ALT: () => {
          const list: ParameterDeclaration[] = [];
          params = list;
          list.push(this.SUBRULE(this.parameterDeclaration));
          this.MANY(() => {
            this.CONSUME(Comma);
            list.push(this.SUBRULE2(this.parameterDeclaration));
          });
          this.OPTION2(() => {
            this.CONSUME2(Comma);
            this.CONSUME(Ellipsis);
            variadic = true;
          });
        },
      },
      // `( ... )` with no named parameter (C23; gcc accepts it).
      { ALT: () => { this.CONSUME2(Ellipsis); params = []; variadic = true; } },
    ]));
    this.CONSUME(RParen);
    return this.ACTION((): DerivedDeclarator => {
      const scope = this.names.pop();
      const fn: DerivedDeclarator = { kind: 'function', params, variadic, identifiers, span: this.spanFrom(open) };
      this.paramScopes.set(fn, scope);
      return fn;
    });
  });

  /** identifier-list: identifier (, identifier)*  (old-style parameters; they hide typedef names in the body) */
  protected identifierList = this.RULE('identifierList', (): string[] => {
    const names: string[] = [];
    const add = (tok: IToken): void => this.ACTION(() => {
      names.push(tok.image);
      this.declareName(tok.image, false);
    });
    add(this.CONSUME(Identifier));
    this.MANY(() => {
      this.CONSUME(Comma);
      add(this.CONSUME2(Identifier));
    });
    return names;
  });

  /** parameter-declaration: declaration-specifiers declarator | declaration-specifiers abstract-declarator? */
  protected parameterDeclaration = this.RULE('parameterDeclaration', (): ParameterDeclaration => {
    const start = this.pos();
    const specs = this.SUBRULE(this.declarationSpecifiers, { ARGS: ['parameter'] });
    const declarator = this.SUBRULE(this.abstractDeclarator, { ARGS: ['either'] });
    return this.ACTION((): ParameterDeclaration => {
      this.declareName(declarator.name, false);
      return { specs, declarator, span: this.spanFrom(start) };
    });
  });

  /** type-name: specifier-qualifier-list abstract-declarator? */
  protected typeName = this.RULE('typeName', (): TypeName => {
    const start = this.pos();
    const specs = this.SUBRULE(this.declarationSpecifiers, { ARGS: ['typeName'] });
    const declarator = this.SUBRULE(this.abstractDeclarator, { ARGS: ['abstract'] });
    return this.ACTION((): TypeName => ({ kind: 'typeName', specs, declarator, span: this.spanFrom(start) }));
  });

  /** initializer: assignment-expression | { initializer-list ,? } */
  protected initializer = this.RULE('initializer', (): Initializer => this.OR([
    { ALT: () => this.SUBRULE(this.braceInitializer) },
    {
      ALT: () => {
        const expr = this.SUBRULE(this.assignmentExpression);
        return this.ACTION((): Initializer => ({ kind: 'exprInit', expr, span: expr.span }));
      },
    },
  ]));

  /**
   * { initializer-list ,? }   (GNU: `{}`)
   * initializer-list: designation? initializer (, designation? initializer)*
   */
  protected braceInitializer = this.RULE('braceInitializer', (): Initializer => {
    const open = this.CONSUME(LBrace);
    const items: InitializerItem[] = [];
    this.OPTION(() => {
      items.push(this.SUBRULE(this.initializerItem));
      // Each comma may be followed by an item; only the last one may not (the trailing comma).
      this.MANY(() => {
        this.CONSUME(Comma);
        let item: InitializerItem | undefined;
        this.OPTION2(() => { item = this.SUBRULE2(this.initializerItem); });
        this.ACTION(() => {
          if (item) items.push(item);
          else this.expect(RBrace, 'expression');
        });
      });
    });
    this.CONSUME(RBrace);
    return this.ACTION((): Initializer => ({ kind: 'listInit', items, span: this.spanFrom(open) }));
  });

  /** designation? initializer   designation: designator-list = */
  protected initializerItem = this.RULE('initializerItem', (): InitializerItem => {
    const start = this.pos();
    const designators: Designator[] = [];
    this.OPTION(() => {
      this.AT_LEAST_ONE(() => { designators.push(this.SUBRULE(this.designator)); });
      this.CONSUME(Assign);
    });
    const init = this.SUBRULE(this.initializer);
    return this.ACTION((): InitializerItem => ({ designators, init, span: this.spanFrom(start) }));
  });

  /** designator: [ constant-expression ] | . identifier   (GNU: [ constant-expression ... constant-expression ]) */
  protected designator = this.RULE('designator', (): Designator => this.OR([
    {
      ALT: () => {
        const open = this.CONSUME(LBracket);
        const index = this.SUBRULE(this.constantExpression);
        let last: Expr | undefined;
        this.OPTION(() => {
          this.CONSUME(Ellipsis);
          last = this.SUBRULE2(this.constantExpression);
        });
        this.CONSUME(RBracket);
        return this.ACTION((): Designator => ({ kind: 'index', index, last, span: this.spanFrom(open) }));
      },
    },
    {
      ALT: () => {
        const dot = this.CONSUME(Dot);
        const name = this.SUBRULE(this.identifier);
        return this.ACTION((): Designator => ({ kind: 'field', name: name.image, span: this.spanFrom(dot) }));
      },
    },
  ]));
}
