/**
 * The C token vocabulary (C17 6.4), as chevrotain token types.
 *
 * The lexer (`lexer.ts`) produces these from source text, the preprocessor
 * works on them, and the parser consumes its output. Keywords are separate
 * token types with `longer_alt: Identifier`, so `interval` is an identifier;
 * the preprocessor treats every keyword token as an identifier when it looks
 * for macro names. Typedef names are plain identifiers: the parser decides
 * (the "lexer hack" lives in the parser's scope tracking).
 *
 * Every token the preprocessor hands to the parser is a `CToken`: a chevrotain
 * token plus the `Span` of where it was written (for a token produced by a
 * macro expansion, the span of the macro use).
 */
import type { IToken, TokenType } from 'chevrotain';
import { createToken, Lexer } from './chevrotain.js';
import type { Span } from './source.js';

export interface CToken extends IToken {
  span: Span;
}

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\f\v\r]+/, group: Lexer.SKIPPED });
/** Newlines matter to the preprocessor (directives end at a newline); the parser never sees them. */
export const Newline = createToken({ name: 'Newline', pattern: /\n/, line_breaks: true });
export const LineContinuation = createToken({ name: 'LineContinuation', pattern: /\\\r?\n/, group: Lexer.SKIPPED, line_breaks: true });
export const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, group: Lexer.SKIPPED, line_breaks: true });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/(?:[^\n\\]|\\\r?\n|\\)*/, group: Lexer.SKIPPED, line_breaks: true });

export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_$][A-Za-z0-9_$]*/ });

function kw(name: string, word: string = name.toLowerCase()): TokenType {
  // The lookahead makes `double` never match as `do` + `uble`, and `interval` stay an identifier.
  return createToken({ name, pattern: new RegExp(`(?:${word})(?![A-Za-z0-9_$])`), longer_alt: Identifier });
}

// Keywords (C17 6.4.1) and the GNU spellings real code uses.
export const Auto = kw('Auto', 'auto');
export const Break = kw('Break', 'break');
export const Case = kw('Case', 'case');
export const Char = kw('Char', 'char');
export const Const = kw('Const', 'const|__const__|__const');
export const Continue = kw('Continue', 'continue');
export const Default = kw('Default', 'default');
export const Do = kw('Do', 'do');
export const Double = kw('Double', 'double');
export const Else = kw('Else', 'else');
export const Enum = kw('Enum', 'enum');
export const Extern = kw('Extern', 'extern');
export const Float = kw('Float', 'float');
export const For = kw('For', 'for');
export const Goto = kw('Goto', 'goto');
export const If = kw('If', 'if');
export const Inline = kw('Inline', 'inline|__inline__|__inline');
export const Int = kw('Int', 'int');
export const Long = kw('Long', 'long');
export const Register = kw('Register', 'register');
export const Restrict = kw('Restrict', 'restrict|__restrict__|__restrict');
export const Return = kw('Return', 'return');
export const Short = kw('Short', 'short');
export const Signed = kw('Signed', 'signed|__signed__|__signed');
export const Sizeof = kw('Sizeof', 'sizeof');
export const Static = kw('Static', 'static');
export const Struct = kw('Struct', 'struct');
export const Switch = kw('Switch', 'switch');
export const Typedef = kw('Typedef', 'typedef');
export const Union = kw('Union', 'union');
export const Unsigned = kw('Unsigned', 'unsigned');
export const Void = kw('Void', 'void');
export const Volatile = kw('Volatile', 'volatile|__volatile__|__volatile');
export const While = kw('While', 'while');
export const Alignas = kw('Alignas', '_Alignas');
export const Alignof = kw('Alignof', '_Alignof|__alignof__|__alignof');
export const Atomic = kw('Atomic', '_Atomic');
export const Bool = kw('Bool', '_Bool');
export const Complex = kw('Complex', '_Complex|__complex__');
export const Generic = kw('Generic', '_Generic');
export const Imaginary = kw('Imaginary', '_Imaginary');
export const Noreturn = kw('Noreturn', '_Noreturn');
export const StaticAssert = kw('StaticAssert', '_Static_assert|static_assert');
export const ThreadLocal = kw('ThreadLocal', '_Thread_local|__thread');
export const Typeof = kw('Typeof', 'typeof|__typeof__|__typeof');
export const Attribute = kw('Attribute', '__attribute__|__attribute');
export const Asm = kw('Asm', 'asm|__asm__|__asm');
export const Extension = kw('Extension', '__extension__');
export const BuiltinOffsetof = kw('BuiltinOffsetof', '__builtin_offsetof');
export const BuiltinVaArg = kw('BuiltinVaArg', '__builtin_va_arg');
export const AutoType = kw('AutoType', '__auto_type');
export const BuiltinTypesCompatible = kw('BuiltinTypesCompatible', '__builtin_types_compatible_p');

// Constants and literals (C17 6.4.4, 6.4.5). Values are decoded by the parser.
export const FloatConstant = createToken({
  name: 'FloatConstant',
  pattern: /(?:0[xX](?:[0-9a-fA-F]*\.[0-9a-fA-F]+|[0-9a-fA-F]+\.?)[pP][+-]?[0-9]+|(?:[0-9]*\.[0-9]+|[0-9]+\.)(?:[eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+)[fFlL]?/,
});
export const IntegerConstant = createToken({
  name: 'IntegerConstant',
  pattern: /(?:0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)(?:[uU](?:ll|LL|l|L)?|(?:ll|LL|l|L)[uU]?)?/,
});
export const CharConstant = createToken({ name: 'CharConstant', pattern: /(?:u8|[LuU])?'(?:[^'\\\n]|\\.)+'/ });
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /(?:u8|[LuU])?"(?:[^"\\\n]|\\.)*"/ });
/** `<file>` after `#include`: only produced by the preprocessor's own lexing mode; listed for completeness. */
export const HeaderName = createToken({ name: 'HeaderName', pattern: Lexer.NA });

// Punctuators (C17 6.4.6), longest first where prefixes overlap.
export const Ellipsis = createToken({ name: 'Ellipsis', pattern: /\.\.\./ });
export const ShiftLeftAssign = createToken({ name: 'ShiftLeftAssign', pattern: /<<=/ });
export const ShiftRightAssign = createToken({ name: 'ShiftRightAssign', pattern: /\>\>=/ });
export const Arrow = createToken({ name: 'Arrow', pattern: /->/ });
export const PlusPlus = createToken({ name: 'PlusPlus', pattern: /\+\+/ });
export const MinusMinus = createToken({ name: 'MinusMinus', pattern: /--/ });
export const ShiftLeft = createToken({ name: 'ShiftLeft', pattern: /<</ });
export const ShiftRight = createToken({ name: 'ShiftRight', pattern: />>/ });
export const LessEqual = createToken({ name: 'LessEqual', pattern: /<=/ });
export const GreaterEqual = createToken({ name: 'GreaterEqual', pattern: />=/ });
export const EqualEqual = createToken({ name: 'EqualEqual', pattern: /==/ });
export const NotEqual = createToken({ name: 'NotEqual', pattern: /!=/ });
export const AndAnd = createToken({ name: 'AndAnd', pattern: /&&/ });
export const OrOr = createToken({ name: 'OrOr', pattern: /\|\|/ });
export const StarAssign = createToken({ name: 'StarAssign', pattern: /\*=/ });
export const SlashAssign = createToken({ name: 'SlashAssign', pattern: /\/=/ });
export const PercentAssign = createToken({ name: 'PercentAssign', pattern: /%=/ });
export const PlusAssign = createToken({ name: 'PlusAssign', pattern: /\+=/ });
export const MinusAssign = createToken({ name: 'MinusAssign', pattern: /-=/ });
export const AndAssign = createToken({ name: 'AndAssign', pattern: /&=/ });
export const XorAssign = createToken({ name: 'XorAssign', pattern: /\^=/ });
export const OrAssign = createToken({ name: 'OrAssign', pattern: /\|=/ });
export const HashHash = createToken({ name: 'HashHash', pattern: /##/ });
export const Hash = createToken({ name: 'Hash', pattern: /#/ });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/ });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const LBrace = createToken({ name: 'LBrace', pattern: /\{/ });
export const RBrace = createToken({ name: 'RBrace', pattern: /\}/ });
export const Dot = createToken({ name: 'Dot', pattern: /\./ });
export const Amp = createToken({ name: 'Amp', pattern: /&/ });
export const Star = createToken({ name: 'Star', pattern: /\*/ });
export const Plus = createToken({ name: 'Plus', pattern: /\+/ });
export const Minus = createToken({ name: 'Minus', pattern: /-/ });
export const Tilde = createToken({ name: 'Tilde', pattern: /~/ });
export const Bang = createToken({ name: 'Bang', pattern: /!/ });
export const Slash = createToken({ name: 'Slash', pattern: /\// });
export const Percent = createToken({ name: 'Percent', pattern: /%/ });
export const Less = createToken({ name: 'Less', pattern: /</ });
export const Greater = createToken({ name: 'Greater', pattern: />/ });
export const Caret = createToken({ name: 'Caret', pattern: /\^/ });
export const Pipe = createToken({ name: 'Pipe', pattern: /\|/ });
export const Question = createToken({ name: 'Question', pattern: /\?/ });
export const Colon = createToken({ name: 'Colon', pattern: /:/ });
export const Semicolon = createToken({ name: 'Semicolon', pattern: /;/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const Assign = createToken({ name: 'Assign', pattern: /=/ });
/** A stray character (`@`, a backslash): kept so the preprocessor can pass it through; the parser rejects it. */
export const Other = createToken({ name: 'Other', pattern: /[^\s]/, start_chars_hint: otherStartChars() });

/**
 * Every character that is not white space, as the first-character hint of
 * `Other`: a complement set defeats chevrotain's first-character dispatch,
 * and without it every token tries every pattern (measured 2x slower lexing).
 */
function otherStartChars(): number[] {
  // The characters JS's \s matches (the pattern's complement), listed once rather than tested 65 536 times.
  const space = new Set([9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
  for (let c = 0x2000; c <= 0x200a; c++) space.add(c);
  const codes: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (!space.has(c)) codes.push(c);
  return codes;
}

export const keywordTokens: readonly TokenType[] = [
  Auto, Break, Case, Char, Const, Continue, Default, Do, Double, Else, Enum, Extern, Float, For, Goto, If,
  Inline, Int, Long, Register, Restrict, Return, Short, Signed, Sizeof, Static, Struct, Switch, Typedef,
  Union, Unsigned, Void, Volatile, While, Alignas, Alignof, Atomic, Bool, Complex, Generic, Imaginary,
  Noreturn, StaticAssert, ThreadLocal, Typeof, Attribute, Asm, Extension, BuiltinOffsetof, BuiltinVaArg,
  BuiltinTypesCompatible, AutoType,
];

/** Order matters: skipped groups, then literals before punctuators, keywords before Identifier. */
export const allTokens: readonly TokenType[] = [
  LineContinuation, WhiteSpace, Newline, BlockComment, LineComment,
  FloatConstant, IntegerConstant, CharConstant, StringLiteral,
  ...keywordTokens, Identifier,
  Ellipsis, ShiftLeftAssign, ShiftRightAssign, Arrow, PlusPlus, MinusMinus, ShiftLeft, ShiftRight,
  LessEqual, GreaterEqual, EqualEqual, NotEqual, AndAnd, OrOr, StarAssign, SlashAssign, PercentAssign,
  PlusAssign, MinusAssign, AndAssign, XorAssign, OrAssign, HashHash, Hash, LBracket, RBracket, LParen,
  RParen, LBrace, RBrace, Dot, Amp, Star, Plus, Minus, Tilde, Bang, Slash, Percent, Less, Greater, Caret,
  Pipe, Question, Colon, Semicolon, Comma, Assign, HeaderName, Other,
];

/** Tokens the parser is built over (everything but the skipped ones and Newline). */
export const parserTokens: readonly TokenType[] = allTokens.filter(
  (t) => t !== WhiteSpace && t !== Newline && t !== LineContinuation && t !== BlockComment && t !== LineComment,
);

/** By token type index: identifiers and keywords (a flat table: this runs for every token the preprocessor sees). */
const identifierLike: boolean[] = [];
for (const t of [Identifier, ...keywordTokens]) identifierLike[t.tokenTypeIdx!] = true;

/** True for identifiers and keywords: what a macro name may be. */
export function isIdentifierLike(t: IToken): boolean {
  // The parser may retag an identifier as a typedef name (tokenTypeIdx), so the type decides too.
  return identifierLike[t.tokenTypeIdx] === true || t.tokenType === Identifier;
}
