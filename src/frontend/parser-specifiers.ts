/**
 * Declaration specifier rules of the C parser (C17 6.7.1 to 6.7.5, annex
 * A.2.2): storage classes, type specifiers with struct/union/enum bodies,
 * qualifiers, function and alignment specifiers, and GNU `__attribute__`,
 * `typeof` and `asm` labels.
 *
 * The keywords are collected as written (sema combines `unsigned long int`).
 * The one decision made here is the typedef-name rule of C17 6.7.2p2 as
 * compilers apply it: once a type specifier has been seen, an identifier
 * that is a typedef name is the declarator (`typedef int T; { int T; }`
 * redeclares T), so the specifier loop stops there.
 *
 * Not here: whether the combination of specifiers is valid (sema).
 *
 * Invariant: struct members never touch the typedef scopes; enumeration
 * constants do (they are ordinary identifiers, C17 6.2.3).
 */
import type { IOrAlt, IToken, OrMethodOpts, ParserMethod, TokenType } from 'chevrotain';
import type {
  Attribute, DeclSpecifiers, Declarator, EnumSpecifier, Expr, StorageClass, StructDeclaration, StructSpecifier,
  TypeName, TypeQualifiers, TypeSpecifier,
} from './ast.js';
import type { Span } from './source.js';
import {
  Alignas, Asm, Assign, Atomic, AutoType, Attribute as AttributeKw, Auto, Bool, Char, Colon, Comma, Complex, Const, Double,
  Enum, Extension, Extern, Float, Identifier, Imaginary, Inline, Int, LBrace, LParen, Long, Noreturn, RBrace,
  RParen, Register, Restrict, Semicolon, Short, Signed, Static, StaticAssert, Struct, ThreadLocal, Typedef, Typeof,
  Union, Unsigned, Void, Volatile, keywordTokens, type CToken,
} from './tokens.js';
import { TypedefName } from './parser-base.js';
import { ExpressionParser } from './parser-expressions.js';
import { expectedBefore, missingAfter } from './parser-errors.js';

/** Where a list of specifiers appears; storage classes and function specifiers belong only in declarations. */
export type SpecifierContext = 'declaration' | 'parameter' | 'member' | 'typeName';


const STORAGE: ReadonlyMap<TokenType, StorageClass> = new Map([
  [Typedef, 'typedef'], [Extern, 'extern'], [Static, 'static'], [Auto, 'auto'], [Register, 'register'],
  [ThreadLocal, '_Thread_local'],
] as const);

type KeywordSpecifier = Extract<TypeSpecifier, { kind: 'keyword' }>['name'];
const TYPE_KEYWORDS: ReadonlyMap<TokenType, KeywordSpecifier> = new Map([
  [Void, 'void'], [Char, 'char'], [Short, 'short'], [Int, 'int'], [Long, 'long'], [Float, 'float'],
  [Double, 'double'], [Signed, 'signed'], [Unsigned, 'unsigned'], [Bool, '_Bool'], [Complex, '_Complex'],
] as const);

const QUALIFIERS: ReadonlyMap<TokenType, keyof TypeQualifiers> = new Map([
  [Const, 'const'], [Volatile, 'volatile'], [Restrict, 'restrict'], [Atomic, 'atomic'],
] as const);

export const noQualifiers = (): { -readonly [K in keyof TypeQualifiers]: boolean } =>
  ({ const: false, volatile: false, restrict: false, atomic: false });

/** One item of a declaration-specifiers list. */
type SpecifierItem =
  | { readonly kind: 'storage'; readonly storage: StorageClass }
  | { readonly kind: 'type'; readonly type: TypeSpecifier }
  | { readonly kind: 'atomicType'; readonly type: TypeSpecifier }
  | { readonly kind: 'qualifier'; readonly qualifier: keyof TypeQualifiers }
  | { readonly kind: 'inline' }
  | { readonly kind: 'noreturn' }
  | { readonly kind: 'alignas'; readonly value: TypeName | Expr }
  | { readonly kind: 'attributes'; readonly attributes: readonly Attribute[] };

function assertNever(x: never): never {
  throw new Error(`unexpected specifier ${JSON.stringify(x)}`);
}

/** declaration-specifiers being collected. */
class SpecifierSet {
  readonly storage: StorageClass[] = [];
  readonly types: TypeSpecifier[] = [];
  readonly qualifiers = noQualifiers();
  inline = false;
  noreturn = false;
  /** A type specifier was added (after which a typedef name is the declarator, C17 6.7.2p2). */
  sawType = false;
  readonly alignas: (TypeName | Expr)[] = [];
  readonly attributes: Attribute[];

  constructor(leading: readonly Attribute[] | undefined) {
    this.attributes = [...(leading ?? [])];
  }

  /** Adds one item of the list; true if it was a type specifier. */
  add(item: SpecifierItem): boolean {
    switch (item.kind) {
      case 'storage': this.storage.push(item.storage); return false;
      case 'type': this.types.push(item.type); this.sawType = true; return true;
      case 'atomicType': this.types.push(item.type); this.qualifiers.atomic = true; this.sawType = true; return true;
      case 'qualifier': this.qualifiers[item.qualifier] = true; return false;
      case 'inline': this.inline = true; return false;
      case 'noreturn': this.noreturn = true; return false;
      case 'alignas': this.alignas.push(item.value); return false;
      case 'attributes': this.attributes.push(...item.attributes); return false;
      default: return assertNever(item);
    }
  }

  /** Whether the last type specifier defines a struct, union or enum (its body is written). */
  endsWithDefinition(): boolean {
    const last = this.types[this.types.length - 1];
    return (last?.kind === 'struct' && last.members !== undefined) || (last?.kind === 'enum' && last.enumerators !== undefined);
  }

  build(span: Span): DeclSpecifiers {
    const { storage, types, qualifiers, inline, noreturn, alignas, attributes } = this;
    return { storage, types, qualifiers, inline, noreturn, alignas, attributes, span };
  }
}

export abstract class SpecifierParser extends ExpressionParser {
  protected abstract declarator: ParserMethod<[], Declarator>;

  private readonly storageAlts = [...STORAGE.keys()].map((t) => ({ ALT: () => this.CONSUME(t) }));
  private readonly typeKeywordAlts = [...TYPE_KEYWORDS.keys(), Imaginary].map((t) => ({ ALT: () => this.CONSUME(t) }));
  private readonly qualifierAlts = [...QUALIFIERS.keys()].map((t) => ({ ALT: () => this.CONSUME(t) }));
  private readonly attributeNameAlts = [Identifier, TypedefName, ...keywordTokens].map((t) => ({ ALT: () => this.CONSUME(t) }));

  /**
   * declaration-specifiers: (storage-class-specifier | type-specifier | type-qualifier | function-specifier
   *   | alignment-specifier)+   (GNU: attribute-specifier anywhere among them)
   * specifier-qualifier-list: the same without storage classes and function specifiers
   */
  protected declarationSpecifiers = this.RULE('declarationSpecifiers',
    (context?: SpecifierContext, leading?: readonly Attribute[]): DeclSpecifiers => {
      // The set being collected sits on `specifierSets` rather than in closures made per call: this
      // rule runs for every declaration, parameter, member and type name.
      const start = this.pos();
      const at = this.specifierSets.length;
      this.specifierSets.push(new SpecifierSet(leading));
      this.AT_LEAST_ONE(this.specifierItem);
      const set = this.specifierSets[at]!;
      this.specifierSets.length = at;
      if (this.RECORDING_PHASE) return undefined as never;
      const specs = set.build(this.spanFrom(start));
      this.checkContext(specs, context ?? 'declaration');
      return specs;
    });

  /**
   * The specifier sets of the declarationSpecifiers invocations under way, innermost last (an
   * invocation that a syntax error unwinds leaves its set behind; the next parse starts empty).
   */
  private readonly specifierSets: SpecifierSet[] = [];

  /** One item of the specifier loop, added to the innermost set; a typedef name after a type specifier ends the loop. */
  private readonly specifierItem = {
    GATE: (): boolean => !this.specifierSets[this.specifierSets.length - 1]!.sawType || this.LA(1).tokenType !== TypedefName,
    DEF: (): void => {
      const tok = this.LA(1);
      const item = this.OR(this.specifierAlts);
      if (this.RECORDING_PHASE) return;
      const set = this.specifierSets[this.specifierSets.length - 1]!;
      // `struct S { ... } int main(...)`: the `;` after a definition is missing.
      if (item.kind === 'type' && set.endsWithDefinition()) this.fail(expectedBefore("';', identifier or '('", tok), tok);
      set.add(item);
    },
  };

  protected override begin(tokens: CToken[], file: number): void {
    super.begin(tokens, file);
    this.specifierSets.length = 0;
  }

  /**
   * The alternatives of the specifier loop, chosen on one token; `_Atomic` is claimed by the alternative
   * that handles both its specifier and its qualifier form.
   */
  private readonly specifierAlts: OrMethodOpts<SpecifierItem> = {
    MAX_LOOKAHEAD: 1,
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { ALT: () => ({ kind: 'storage', storage: STORAGE.get(this.OR2(this.storageAlts).tokenType)! }) },
      { ALT: () => ({ kind: 'type', type: this.SUBRULE(this.typeSpecifier) }) },
      { ALT: () => this.SUBRULE(this.atomicSpecifier) },
      { ALT: () => ({ kind: 'qualifier', qualifier: this.SUBRULE(this.typeQualifier) }) },
      { ALT: () => { this.CONSUME(Inline); return { kind: 'inline' }; } },
      { ALT: () => { this.CONSUME(Noreturn); return { kind: 'noreturn' }; } },
      { ALT: () => ({ kind: 'alignas', value: this.SUBRULE(this.alignmentSpecifier) }) },
      { ALT: () => ({ kind: 'attributes', attributes: this.SUBRULE(this.attributeSpecifier) }) },
    ],
  };

  /**
   * atomic-type-specifier: _Atomic ( type-name )   or the type-qualifier _Atomic: followed by `(` it is the
   * specifier (C17 6.7.2.4p4). The specifier is kept as typeof(type-name) plus the atomic qualifier.
   */
  protected atomicSpecifier = this.RULE('atomicSpecifier', (): SpecifierItem => {
    const kw = this.CONSUME(Atomic);
    let type: TypeName | undefined;
    this.OPTION(() => {
      this.CONSUME(LParen);
      type = this.SUBRULE(this.typeName);
      this.CONSUME(RParen);
    });
    return this.ACTION((): SpecifierItem => (type
      ? { kind: 'atomicType', type: { kind: 'typeofType', type, span: this.spanFrom(kw) } }
      : { kind: 'qualifier', qualifier: 'atomic' }));
  });

  /** Storage classes and function specifiers outside a declaration are errors, reported without abandoning the parse. */
  private checkContext(specs: DeclSpecifiers, context: SpecifierContext): void {
    if (context === 'declaration' || context === 'parameter') return;
    const where = context === 'member' ? 'for structure member' : 'in type name';
    for (const s of specs.storage) this.report(`storage class '${s}' specified ${where}`, specs.span);
    if (specs.inline || specs.noreturn) this.report(`function specifier specified ${where}`, specs.span);
  }

  /**
   * type-specifier: void | char | short | int | long | float | double | signed | unsigned | _Bool | _Complex
   *   | struct-or-union-specifier | enum-specifier | typedef-name   (GNU: typeof ( expression | type-name ))
   */
  private readonly typeSpecifierAlts: IOrAlt<TypeSpecifier>[] = [
    {
      ALT: () => {
        const tok = this.OR2(this.typeKeywordAlts);
        return this.ACTION((): TypeSpecifier => {
          const span = this.spanOf(tok);
          if (tok.tokenType === Imaginary) {
            this.report('imaginary types are not supported', span, 'error', 'unsupported');
            return { kind: 'keyword', name: '_Complex', span };
          }
          return { kind: 'keyword', name: TYPE_KEYWORDS.get(tok.tokenType)!, span };
        });
      },
    },
    {
      ALT: () => {
        const tok = this.CONSUME(TypedefName);
        return this.ACTION((): TypeSpecifier => ({ kind: 'typedefName', name: tok.image, span: this.spanOf(tok) }));
      },
    },
    { ALT: () => this.SUBRULE(this.structOrUnionSpecifier) },
    { ALT: () => this.SUBRULE(this.enumSpecifier) },
    { ALT: () => this.SUBRULE(this.typeofSpecifier) },
    {
      ALT: () => {
        const tok = this.CONSUME(AutoType);
        return this.ACTION((): TypeSpecifier => ({ kind: 'autoType', span: this.spanOf(tok) }));
      },
    },
  ];
  protected typeSpecifier = this.RULE('typeSpecifier', (): TypeSpecifier => this.OR(this.typeSpecifierAlts));

  /** GNU typeof-specifier: typeof ( expression ) | typeof ( type-name ) */
  protected typeofSpecifier = this.RULE('typeofSpecifier', (): TypeSpecifier => {
    const kw = this.CONSUME(Typeof);
    this.CONSUME(LParen);
    const spec = this.OR([
      {
        ALT: () => {
          const type = this.SUBRULE(this.typeName);
          return this.ACTION(() => ({ kind: 'typeofType' as const, type }));
        },
      },
      {
        ALT: () => {
          const expr = this.SUBRULE(this.expression);
          return this.ACTION(() => ({ kind: 'typeofExpr' as const, expr }));
        },
      },
    ]);
    this.CONSUME(RParen);
    return this.ACTION((): TypeSpecifier => ({ ...spec, span: this.spanFrom(kw) }));
  });

  /** type-qualifier: const | restrict | volatile | _Atomic */
  protected typeQualifier = this.RULE('typeQualifier', (): keyof TypeQualifiers => {
    const tok = this.OR(this.qualifierAlts);
    return this.ACTION(() => QUALIFIERS.get(tok.tokenType)!);
  });

  /** alignment-specifier: _Alignas ( type-name ) | _Alignas ( constant-expression ) */
  protected alignmentSpecifier = this.RULE('alignmentSpecifier', (): TypeName | Expr => {
    this.CONSUME(Alignas);
    this.CONSUME(LParen);
    const value = this.OR([
      { ALT: (): TypeName | Expr => this.SUBRULE(this.typeName) },
      { ALT: (): TypeName | Expr => this.SUBRULE(this.constantExpression) },
    ]);
    this.CONSUME(RParen);
    return value;
  });

  /**
   * struct-or-union-specifier: struct-or-union identifier? { struct-declaration-list } | struct-or-union identifier
   * (GNU: attributes after the keyword and after the closing brace belong to the type)
   */
  protected structOrUnionSpecifier = this.RULE('structOrUnionSpecifier', (): StructSpecifier => {
    const kw = this.OR([{ ALT: () => this.CONSUME(Struct) }, { ALT: () => this.CONSUME(Union) }]);
    const attributes: Attribute[] = [];
    this.MANY(() => { const a = this.SUBRULE(this.attributeSpecifier); this.ACTION(() => attributes.push(...a)); });
    let tag: IToken | undefined;
    let members: StructDeclaration[] | undefined;
    this.OR2([
      {
        ALT: () => {
          tag = this.SUBRULE(this.identifier);
          this.OPTION(() => { members = this.SUBRULE(this.structDeclarationList); });
        },
      },
      { ALT: () => { members = this.SUBRULE2(this.structDeclarationList); } },
    ]);
    this.MANY2({
      GATE: () => members !== undefined,
      DEF: () => { const a = this.SUBRULE2(this.attributeSpecifier); this.ACTION(() => attributes.push(...a)); },
    });
    return this.ACTION((): StructSpecifier => ({
      kind: 'struct', isUnion: kw.tokenType === Union, tag: tag?.image, members, attributes, span: this.spanFrom(kw),
    }));
  });

  /** { struct-declaration-list? }  (an empty list is a GNU extension) */
  protected structDeclarationList = this.RULE('structDeclarationList', (): StructDeclaration[] => {
    const members: StructDeclaration[] = [];
    this.CONSUME(LBrace);
    this.syncLoop((mark) => {
      this.MANY(() => {
        const member = this.SUBRULE(this.structDeclaration);
        this.ACTION(() => {
          if (member) members.push(member);
          mark.at = this.pos();
        });
      });
      this.CONSUME(RBrace);
    });
    return members;
  });

  /**
   * struct-declaration: specifier-qualifier-list struct-declarator-list? ; | static_assert-declaration
   * struct-declarator-list: struct-declarator (, struct-declarator)*
   * (GNU: __extension__ may lead; a stray `;` is allowed. A static assertion here is checked by nobody: the AST
   * has no place for it.)
   */
  protected structDeclaration = this.RULE('structDeclaration', (): StructDeclaration | undefined => this.OR([
    { ALT: () => { this.CONSUME(Semicolon); return undefined; } },
    { ALT: () => { this.SUBRULE(this.staticAssertInMember); return undefined; } },
    {
      ALT: () => {
        const start = this.pos();
        this.OPTION(() => this.CONSUME(Extension));
        const specs = this.SUBRULE(this.declarationSpecifiers, { ARGS: ['member'] });
        const declarators: StructDeclaration['declarators'][number][] = [];
        this.OPTION2(() => {
          declarators.push(this.SUBRULE(this.structDeclarator));
          this.MANY(() => {
            this.CONSUME(Comma);
            declarators.push(this.SUBRULE2(this.structDeclarator));
          });
        });
        this.CONSUME2(Semicolon, missingAfter('member declaration'));
        return this.ACTION((): StructDeclaration => ({ specs, declarators, span: this.spanFrom(start) }));
      },
    },
  ]));

  /** static_assert-declaration inside a struct (parsed and dropped, see structDeclaration) */
  protected staticAssertInMember = this.RULE('staticAssertInMember', (): void => {
    this.CONSUME(StaticAssert);
    this.CONSUME(LParen);
    this.SUBRULE(this.constantExpression);
    this.OPTION(() => { this.CONSUME(Comma); this.SUBRULE(this.stringLiteral); });
    this.CONSUME(RParen);
    this.CONSUME(Semicolon);
  });

  /** struct-declarator: declarator | declarator? : constant-expression   (GNU: attributes may follow) */
  protected structDeclarator = this.RULE('structDeclarator', (): StructDeclaration['declarators'][number] => {
    const start = this.pos();
    let declarator: Declarator | undefined;
    let bitWidth: Expr | undefined;
    this.OR([
      { ALT: () => { bitWidth = this.SUBRULE(this.bitWidth); } },
      {
        ALT: () => {
          declarator = this.SUBRULE(this.declarator);
          this.OPTION(() => { bitWidth = this.SUBRULE2(this.bitWidth); });
        },
      },
    ]);
    const attributes = this.SUBRULE(this.attributeSpecifiers);
    return this.ACTION(() => {
      if (declarator && attributes.length > 0) {
        declarator = { ...declarator, attributes: [...declarator.attributes, ...attributes] };
      }
      return { declarator, bitWidth, span: this.spanFrom(start) };
    });
  });

  /** : constant-expression, the width of a bit-field */
  protected bitWidth = this.RULE('bitWidth', (): Expr => {
    this.CONSUME(Colon);
    return this.SUBRULE(this.constantExpression);
  });

  /** enum-specifier: enum identifier? { enumerator-list ,? } | enum identifier   (GNU: attributes after enum and }) */
  protected enumSpecifier = this.RULE('enumSpecifier', (): EnumSpecifier => {
    const kw = this.CONSUME(Enum);
    this.SUBRULE(this.attributeSpecifiers);
    let tag: IToken | undefined;
    let enumerators: EnumSpecifier['enumerators'];
    this.OR([
      {
        ALT: () => {
          tag = this.SUBRULE(this.identifier);
          this.OPTION(() => { enumerators = this.SUBRULE(this.enumeratorList); });
        },
      },
      { ALT: () => { enumerators = this.SUBRULE2(this.enumeratorList); } },
    ]);
    return this.ACTION((): EnumSpecifier => ({ kind: 'enum', tag: tag?.image, enumerators, span: this.spanFrom(kw) }));
  });

  /** { enumerator-list ,? }   enumerator-list: enumerator (, enumerator)* */
  protected enumeratorList = this.RULE('enumeratorList', (): EnumSpecifier['enumerators'] & {} => {
    const enumerators: { name: string; value: Expr | undefined; span: Span }[] = [];
    this.CONSUME(LBrace);
    enumerators.push(this.SUBRULE(this.enumerator));
    this.MANY(() => {
      this.CONSUME(Comma);
      enumerators.push(this.SUBRULE2(this.enumerator));
    });
    this.OPTION(() => this.CONSUME2(Comma));
    this.ACTION(() => this.expect(RBrace, "',' or '}'"));
    this.CONSUME(RBrace);
    this.SUBRULE(this.attributeSpecifiers);
    return enumerators;
  });

  /** enumerator: enumeration-constant (= constant-expression)?   (GNU: attributes after the name) */
  protected enumerator = this.RULE('enumerator', (): { name: string; value: Expr | undefined; span: Span } => {
    const name = this.SUBRULE(this.identifier);
    this.SUBRULE(this.attributeSpecifiers);
    let value: Expr | undefined;
    this.OPTION(() => {
      this.CONSUME(Assign);
      value = this.SUBRULE(this.constantExpression);
    });
    return this.ACTION(() => {
      // C17 6.2.1p7: an enumeration constant's scope begins just after its enumerator.
      this.declareName(name.image, false);
      return { name: name.image, value, span: this.spanFrom(name) };
    });
  });

  /** attribute-specifier* */
  protected attributeSpecifiers = this.RULE('attributeSpecifiers', (): Attribute[] => {
    const attributes: Attribute[] = [];
    this.MANY(() => { const a = this.SUBRULE(this.attributeSpecifier); this.ACTION(() => attributes.push(...a)); });
    return attributes;
  });

  /**
   * GNU attribute-specifier: __attribute__ ( ( attribute-list ) )
   * attribute-list: attribute? (, attribute?)*
   */
  protected attributeSpecifier = this.RULE('attributeSpecifier', (): Attribute[] => {
    const attributes: Attribute[] = [];
    this.CONSUME(AttributeKw);
    this.CONSUME(LParen);
    this.CONSUME2(LParen);
    this.OPTION(() => { attributes.push(this.SUBRULE(this.attribute)); });
    this.MANY(() => {
      this.CONSUME(Comma);
      this.OPTION2(() => { attributes.push(this.SUBRULE2(this.attribute)); });
    });
    this.CONSUME(RParen);
    this.CONSUME2(RParen);
    return attributes;
  });

  /** attribute: attribute-name ( argument-expression-list? )?   (a name may be any identifier or keyword) */
  protected attribute = this.RULE('attribute', (): Attribute => {
    const name = this.OR(this.attributeNameAlts);
    let args: Expr[] = [];
    this.OPTION(() => { args = this.SUBRULE(this.argumentList); });
    return this.ACTION((): Attribute => ({ name: name.image, args, span: this.spanFrom(name) }));
  });

  /** GNU asm-label: asm ( string-literal+ )   (the assembler name is not needed and is dropped) */
  protected asmLabel = this.RULE('asmLabel', (): void => {
    this.CONSUME(Asm);
    this.CONSUME(LParen);
    this.SUBRULE(this.stringLiteral);
    this.CONSUME(RParen);
  });
}
