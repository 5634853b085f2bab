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
import type {
  Attribute, DeclSpecifiers, Declarator, EnumSpecifier, Expr, StorageClass, StructDeclaration, StructSpecifier,
  TypeName, TypeQualifiers, TypeSpecifier,
} from './ast.js';
import type { Span } from './source.js';
import {
  Alignas, Asm, Assign, Atomic, AutoType, Attribute as AttributeKw, Colon, Comma, Const, Enum, Extension, Imaginary,
  Inline, LBrace, LParen, Noreturn, RBrace, RParen, Restrict, Semicolon, StaticAssert, Struct, Typeof, Union, Volatile,
  type CToken,
} from './tokens.js';
import { TypedefName, type SyncMark } from './parser-base.js';
import { ExpressionParser } from './parser-expressions.js';
import { expectedBefore } from './parser-errors.js';
import {
  ATTRIBUTE_NAME_START, DECLARATOR_START, IDENTIFIER, QUALIFIERS, SPECIFIER_START, STORAGE, STRUCT_DECLARATION_START,
  TYPE_KEYWORDS,
} from './parser-first.js';

/** Where a list of specifiers appears; storage classes and function specifiers belong only in declarations. */
export type SpecifierContext = 'declaration' | 'parameter' | 'member' | 'typeName';

export const noQualifiers = (): { -readonly [K in keyof TypeQualifiers]: boolean } =>
  ({ const: false, volatile: false, restrict: false, atomic: false });

/** What `attributeSpecifiers` returns when there are none (never written to). */
const NO_ATTRIBUTES: readonly Attribute[] = [];

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
    this.attributes = leading ? [...leading] : [];
  }

  addType(type: TypeSpecifier): void {
    this.types.push(type);
    this.sawType = true;
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
  protected abstract declarator(): Declarator;

  /**
   * declaration-specifiers: (storage-class-specifier | type-specifier | type-qualifier | function-specifier
   *   | alignment-specifier)+   (GNU: attribute-specifier anywhere among them)
   * specifier-qualifier-list: the same without storage classes and function specifiers
   */
  protected declarationSpecifiers(context: SpecifierContext, leading?: readonly Attribute[]): DeclSpecifiers {
    const start = this.pos();
    const set = new SpecifierSet(leading);
    if (!this.specifierItem(set)) this.failExpected('declaration specifiers');
    while (this.specifierItem(set)) { /* one item each */ }
    const specs = set.build(this.spanFrom(start));
    this.checkContext(specs, context);
    return specs;
  }

  /**
   * Reads one item of the specifier list into `set`; false (nothing read) at a token that cannot continue
   * the list, which includes a typedef name after a type specifier.
   */
  private specifierItem(set: SpecifierSet): boolean {
    const t = this.peek();
    if (!SPECIFIER_START.has(t) || (set.sawType && t === TypedefName)) return false;
    const tok = this.token();
    const storage = STORAGE.get(t);
    if (storage !== undefined) {
      this.next();
      set.storage.push(storage);
      return true;
    }
    switch (t) {
      case Atomic: this.atomicSpecifier(set, tok); return true;
      case Const: case Volatile: case Restrict: this.next(); set.qualifiers[QUALIFIERS.get(t)!] = true; return true;
      case Inline: this.next(); set.inline = true; return true;
      case Noreturn: this.next(); set.noreturn = true; return true;
      case Alignas: set.alignas.push(this.alignmentSpecifier()); return true;
      case AttributeKw: set.attributes.push(...this.attributeSpecifier()); return true;
      default: {
        const type = this.typeSpecifier();
        // `struct S { ... } int main(...)`: the `;` after a definition is missing.
        if (set.endsWithDefinition()) this.fail(expectedBefore("';', identifier or '('", tok), tok);
        set.addType(type);
        return true;
      }
    }
  }

  /**
   * atomic-type-specifier: _Atomic ( type-name )   or the type-qualifier _Atomic: followed by `(` it is the
   * specifier (C17 6.7.2.4p4). The specifier is kept as typeof(type-name) plus the atomic qualifier.
   */
  private atomicSpecifier(set: SpecifierSet, kw: CToken): void {
    this.next();
    if (this.peek() !== LParen) {
      set.qualifiers.atomic = true;
      return;
    }
    this.next();
    const type = this.typeName();
    this.consume(RParen);
    set.addType({ kind: 'typeofType', type, span: this.spanFrom(kw) });
    set.qualifiers.atomic = true;
  }

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
  private typeSpecifier(): TypeSpecifier {
    switch (this.peek()) {
      case TypedefName: {
        const tok = this.next();
        return { kind: 'typedefName', name: tok.image, span: tok.span };
      }
      case Struct: case Union: return this.structOrUnionSpecifier();
      case Enum: return this.enumSpecifier();
      case Typeof: return this.typeofSpecifier();
      case AutoType: return { kind: 'autoType', span: this.next().span };
      default: {
        const tok = this.next();
        if (tok.tokenType === Imaginary) this.report('imaginary types are not supported', tok.span, 'error', 'unsupported');
        return { kind: 'keyword', name: TYPE_KEYWORDS.get(tok.tokenType)!, span: tok.span };
      }
    }
  }

  /** GNU typeof-specifier: typeof ( expression ) | typeof ( type-name ) */
  private typeofSpecifier(): TypeSpecifier {
    const kw = this.next();
    this.consume(LParen);
    if (SPECIFIER_START.has(this.peek())) {
      const type = this.typeName();
      this.consume(RParen);
      return { kind: 'typeofType', type, span: this.spanFrom(kw) };
    }
    const expr = this.expression();
    this.consume(RParen);
    return { kind: 'typeofExpr', expr, span: this.spanFrom(kw) };
  }

  /** type-qualifier: const | restrict | volatile | _Atomic, if the next token is one */
  protected typeQualifier(): keyof TypeQualifiers | undefined {
    const q = QUALIFIERS.get(this.peek());
    if (q !== undefined) this.next();
    return q;
  }

  /** alignment-specifier: _Alignas ( type-name ) | _Alignas ( constant-expression ) */
  private alignmentSpecifier(): TypeName | Expr {
    this.next();
    this.consume(LParen);
    const value = SPECIFIER_START.has(this.peek()) ? this.typeName() : this.constantExpression();
    this.consume(RParen);
    return value;
  }

  /**
   * struct-or-union-specifier: struct-or-union identifier? { struct-declaration-list } | struct-or-union identifier
   * (GNU: attributes after the keyword and after the closing brace belong to the type)
   */
  private structOrUnionSpecifier(): StructSpecifier {
    const kw = this.next();
    const attributes: Attribute[] = [];
    while (this.peek() === AttributeKw) attributes.push(...this.attributeSpecifier());
    let tag: CToken | undefined;
    let members: StructDeclaration[] | undefined;
    if (IDENTIFIER.has(this.peek())) {
      tag = this.next();
      if (this.peek() === LBrace) members = this.structDeclarationList();
    } else if (this.peek() === LBrace) {
      members = this.structDeclarationList();
    } else {
      this.failExpected("identifier or '{'");
    }
    if (members !== undefined) while (this.peek() === AttributeKw) attributes.push(...this.attributeSpecifier());
    return { kind: 'struct', isUnion: kw.tokenType === Union, tag: tag?.image, members, attributes, span: this.spanFrom(kw) };
  }

  /** { struct-declaration-list? }  (an empty list is a GNU extension) */
  private structDeclarationList(): StructDeclaration[] {
    const members: StructDeclaration[] = [];
    this.next();
    this.syncLoop(this.structMembers, members);
    return members;
  }

  /** The members up to the closing `}`, one sync item each. */
  private structMembers(mark: SyncMark, members: StructDeclaration[]): void {
    while (STRUCT_DECLARATION_START.has(this.peek())) {
      const member = this.structDeclaration();
      if (member) members.push(member);
      mark.at = this.pos();
    }
    this.consume(RBrace);
  }

  /**
   * struct-declaration: specifier-qualifier-list struct-declarator-list? ; | static_assert-declaration
   * struct-declarator-list: struct-declarator (, struct-declarator)*
   * (GNU: __extension__ may lead; a stray `;` is allowed. A static assertion here is checked by nobody: the AST
   * has no place for it.)
   */
  private structDeclaration(): StructDeclaration | undefined {
    if (this.peek() === Semicolon) {
      this.next();
      return undefined;
    }
    if (this.peek() === StaticAssert) {
      this.staticAssertInMember();
      return undefined;
    }
    const start = this.pos();
    if (this.peek() === Extension) this.next();
    const specs = this.declarationSpecifiers('member');
    const declarators: StructDeclaration['declarators'][number][] = [];
    if (this.peek() === Colon || DECLARATOR_START.has(this.peek())) {
      declarators.push(this.structDeclarator());
      while (this.peek() === Comma) {
        this.next();
        declarators.push(this.structDeclarator());
      }
    }
    this.consumeSemicolonAfter('member declaration');
    return { specs, declarators, span: this.spanFrom(start) };
  }

  /** static_assert-declaration inside a struct (parsed and dropped, see structDeclaration) */
  private staticAssertInMember(): void {
    this.next();
    this.consume(LParen);
    this.constantExpression();
    if (this.peek() === Comma) {
      this.next();
      this.stringLiteral();
    }
    this.consume(RParen);
    this.consume(Semicolon);
  }

  /** struct-declarator: declarator | declarator? : constant-expression   (GNU: attributes may follow) */
  private structDeclarator(): StructDeclaration['declarators'][number] {
    const start = this.pos();
    let declarator: Declarator | undefined;
    let bitWidth: Expr | undefined;
    if (this.peek() === Colon) {
      bitWidth = this.bitWidth();
    } else {
      declarator = this.declarator();
      if (this.peek() === Colon) bitWidth = this.bitWidth();
    }
    const attributes = this.attributeSpecifiers();
    if (declarator && attributes.length > 0) {
      declarator = { ...declarator, attributes: [...declarator.attributes, ...attributes] };
    }
    return { declarator, bitWidth, span: this.spanFrom(start) };
  }

  /** : constant-expression, the width of a bit-field */
  private bitWidth(): Expr {
    this.next();
    return this.constantExpression();
  }

  /** enum-specifier: enum identifier? { enumerator-list ,? } | enum identifier   (GNU: attributes after enum and }) */
  private enumSpecifier(): EnumSpecifier {
    const kw = this.next();
    this.attributeSpecifiers();
    let tag: CToken | undefined;
    let enumerators: EnumSpecifier['enumerators'];
    if (IDENTIFIER.has(this.peek())) {
      tag = this.next();
      if (this.peek() === LBrace) enumerators = this.enumeratorList();
    } else if (this.peek() === LBrace) {
      enumerators = this.enumeratorList();
    } else {
      this.failExpected("identifier or '{'");
    }
    return { kind: 'enum', tag: tag?.image, enumerators, span: this.spanFrom(kw) };
  }

  /** { enumerator-list ,? }   enumerator-list: enumerator (, enumerator)* */
  private enumeratorList(): EnumSpecifier['enumerators'] & {} {
    const enumerators: { name: string; value: Expr | undefined; span: Span }[] = [];
    this.next();
    enumerators.push(this.enumerator());
    while (this.peek() === Comma) {
      this.next();
      if (!IDENTIFIER.has(this.peek())) break; // the trailing comma
      enumerators.push(this.enumerator());
    }
    this.expect(RBrace, "',' or '}'");
    this.next();
    this.attributeSpecifiers();
    return enumerators;
  }

  /** enumerator: enumeration-constant (= constant-expression)?   (GNU: attributes after the name) */
  private enumerator(): { name: string; value: Expr | undefined; span: Span } {
    const name = this.identifier();
    this.attributeSpecifiers();
    let value: Expr | undefined;
    if (this.peek() === Assign) {
      this.next();
      value = this.constantExpression();
    }
    // C17 6.2.1p7: an enumeration constant's scope begins just after its enumerator.
    this.declareName(name.image, false);
    return { name: name.image, value, span: this.spanFrom(name) };
  }

  /** attribute-specifier* */
  protected attributeSpecifiers(): readonly Attribute[] {
    if (this.peek() !== AttributeKw) return NO_ATTRIBUTES;
    const attributes: Attribute[] = [];
    while (this.peek() === AttributeKw) attributes.push(...this.attributeSpecifier());
    return attributes;
  }

  /**
   * GNU attribute-specifier: __attribute__ ( ( attribute-list ) )
   * attribute-list: attribute? (, attribute?)*
   */
  protected attributeSpecifier(): Attribute[] {
    const attributes: Attribute[] = [];
    this.consume(AttributeKw);
    this.consume(LParen);
    this.consume(LParen);
    if (ATTRIBUTE_NAME_START.has(this.peek())) attributes.push(this.attribute());
    while (this.peek() === Comma) {
      this.next();
      if (ATTRIBUTE_NAME_START.has(this.peek())) attributes.push(this.attribute());
    }
    this.consume(RParen);
    this.consume(RParen);
    return attributes;
  }

  /** attribute: attribute-name ( argument-expression-list? )?   (a name may be any identifier or keyword) */
  private attribute(): Attribute {
    const name = this.next();
    const args = this.peek() === LParen ? this.argumentList() : [];
    return { name: name.image, args, span: this.spanFrom(name) };
  }

  /** GNU asm-label: asm ( string-literal+ )   (the assembler name is not needed and is dropped) */
  protected asmLabel(): void {
    this.consume(Asm);
    this.consume(LParen);
    this.stringLiteral();
    this.consume(RParen);
  }
}

