/**
 * The FIRST sets of the C parser's rules: which token types can start an
 * expression, a declaration specifier, a declarator, a statement, a block
 * item... (C17 annex A, with the GNU forms the parser accepts).
 *
 * Every choice and every loop of the hand-written parser tests one of these
 * on the next token, so that a token no alternative can start is reported
 * by the rule that wanted it (`{ x = 1; )` is "expected '}' before ')'
 * token", not an error from deep inside an expression).
 *
 * Sets are flat tables by token type index: they are asked for every token.
 *
 * Invariant: each set lists exactly the tokens its rule's method accepts
 * first (the parser fails with its own message on any other).
 */
import type { TokenType } from 'chevrotain';
import type { StorageClass, TypeQualifiers, TypeSpecifier } from './ast.js';
import {
  Alignas, Alignof, Amp, Arrow, Asm, Atomic, Attribute, Auto, AutoType, Bang, Bool, Break, BuiltinOffsetof,
  BuiltinTypesCompatible, BuiltinVaArg, Case, Char, CharConstant, Complex, Const, Continue, Default, Do, Dot, Double,
  Enum, Extension, Extern, Float, FloatConstant, For, Generic, Goto, Identifier, If, Imaginary, Inline, Int,
  IntegerConstant, LBrace, LBracket, LParen, Long, Minus, MinusMinus, Noreturn, Plus, PlusPlus, Register, Restrict,
  Return, Semicolon, Short, Signed, Sizeof, Star, Static, StaticAssert, StringLiteral, Struct, Switch, ThreadLocal,
  Tilde, Typedef, Typeof, Union, Unsigned, Void, Volatile, While, keywordTokens,
} from './tokens.js';
import { TypedefName } from './parser-base.js';

/** A set of token types, tested by index. */
export class TokenSet {
  private readonly member: boolean[] = [];

  constructor(...groups: readonly (readonly TokenType[])[]) {
    for (const g of groups) for (const t of g) this.member[t.tokenTypeIdx!] = true;
  }

  has(t: TokenType): boolean {
    return this.member[t.tokenTypeIdx!] === true;
  }
}

/** storage-class-specifier keywords. */
export const STORAGE: ReadonlyMap<TokenType, StorageClass> = new Map([
  [Typedef, 'typedef'], [Extern, 'extern'], [Static, 'static'], [Auto, 'auto'], [Register, 'register'],
  [ThreadLocal, '_Thread_local'],
] as const);

/** type-specifier keywords (`_Imaginary` too, which the parser reports as unsupported). */
export const TYPE_KEYWORDS: ReadonlyMap<TokenType, Extract<TypeSpecifier, { kind: 'keyword' }>['name']> = new Map([
  [Void, 'void'], [Char, 'char'], [Short, 'short'], [Int, 'int'], [Long, 'long'], [Float, 'float'],
  [Double, 'double'], [Signed, 'signed'], [Unsigned, 'unsigned'], [Bool, '_Bool'], [Complex, '_Complex'],
  [Imaginary, '_Complex'],
] as const);

/** type-qualifier keywords. */
export const QUALIFIERS: ReadonlyMap<TokenType, keyof TypeQualifiers> = new Map([
  [Const, 'const'], [Volatile, 'volatile'], [Restrict, 'restrict'], [Atomic, 'atomic'],
] as const);

const SPECIFIER_TOKENS = [
  ...STORAGE.keys(), ...TYPE_KEYWORDS.keys(), ...QUALIFIERS.keys(), TypedefName, Struct, Union, Enum, Typeof,
  AutoType, Inline, Noreturn, Alignas, Attribute,
];

const EXPRESSION_TOKENS = [
  LParen, Identifier, IntegerConstant, FloatConstant, CharConstant, StringLiteral, PlusPlus, MinusMinus, Amp, Star,
  Plus, Minus, Tilde, Bang, Sizeof, Alignof, Extension, Generic, BuiltinOffsetof, BuiltinVaArg, BuiltinTypesCompatible,
];

const STATEMENT_KEYWORDS = [Case, Default, LBrace, If, Switch, While, Do, For, Goto, Continue, Break, Return, Asm, Semicolon];

/** declaration-specifiers, specifier-qualifier-list, type-name (GNU attributes among them). */
export const SPECIFIER_START = new TokenSet(SPECIFIER_TOKENS);
/** expression, assignment-expression, cast-expression... */
export const EXPRESSION_START = new TokenSet(EXPRESSION_TOKENS);
/** declarator (an identifier, a pointer, or a parenthesized declarator). */
export const DECLARATOR_START = new TokenSet([Star, LParen, Identifier, TypedefName]);
/** statement (identifier labels start with an identifier, as expressions do). */
export const STATEMENT_START = new TokenSet(EXPRESSION_TOKENS, STATEMENT_KEYWORDS);
/** block-item: a declaration or a statement, or GNU `__extension__` and attributes before one. */
export const BLOCK_ITEM_START = new TokenSet(SPECIFIER_TOKENS, EXPRESSION_TOKENS, STATEMENT_KEYWORDS, [StaticAssert]);
/** external-declaration (GNU: a stray `;`, a file-scope asm, `__extension__`). */
export const EXTERNAL_DECLARATION_START = new TokenSet(SPECIFIER_TOKENS, [Semicolon, StaticAssert, Asm, Extension]);
/** struct-declaration (GNU: a stray `;`, `__extension__`). */
export const STRUCT_DECLARATION_START = new TokenSet(SPECIFIER_TOKENS, [Semicolon, StaticAssert, Extension]);
/** initializer-list item: a designation or an initializer. */
export const INITIALIZER_ITEM_START = new TokenSet(EXPRESSION_TOKENS, [LBrace, LBracket, Dot]);
/** postfix operators. */
export const POSTFIX_START = new TokenSet([LBracket, LParen, Dot, Arrow, PlusPlus, MinusMinus]);
/** An attribute's name: any identifier or keyword. */
export const ATTRIBUTE_NAME_START = new TokenSet([Identifier, TypedefName], keywordTokens);
/** An identifier wherever a name is wanted whatever it means in the ordinary name space (members, tags, labels). */
export const IDENTIFIER = new TokenSet([Identifier, TypedefName]);
/** After `(` in a declarator: what opens a nested declarator rather than a parameter list. */
export const NESTED_DECLARATOR_START = new TokenSet([Star, LParen, LBracket, Attribute, Identifier]);
