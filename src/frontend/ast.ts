/**
 * The syntactic AST: what the parser builds, before any type is known.
 *
 * Nodes mirror the C11 grammar (C17 6.5 to 6.9); each type names its
 * production. Names are not resolved and no conversion is implicit here; that
 * is sema's job (see `typed-ast.ts`). Every node carries a `span`.
 *
 * Declarators are kept in the shape C writes them: a base `DeclSpecifiers`
 * plus a `Declarator` whose `derived` list reads outward from the name, so
 * `int *a[3]` has derived `[array 3, pointer]` ("a is an array of 3 pointers
 * to int"). The type is built by applying `derived` from last to first onto
 * the base type.
 */
import type { Span } from './source.js';

// ---- declarations ---------------------------------------------------------

/** storage-class-specifier (C17 6.7.1) */
export type StorageClass = 'typedef' | 'extern' | 'static' | 'auto' | 'register' | '_Thread_local';

/** A GNU `__attribute__((name(args)))`, kept for sema to honour or ignore. */
export interface Attribute {
  readonly name: string;
  readonly args: readonly Expr[];
  readonly span: Span;
}

/**
 * type-specifier (C17 6.7.2): the keywords are collected as written and sema
 * combines them (`unsigned long int` -> ulong) and rejects bad combinations.
 */
export type TypeSpecifier =
  | { readonly kind: 'keyword'; readonly name: 'void' | 'char' | 'short' | 'int' | 'long' | 'float' | 'double'
      | 'signed' | 'unsigned' | '_Bool' | '_Complex'; readonly span: Span }
  | { readonly kind: 'typedefName'; readonly name: string; readonly span: Span }
  | StructSpecifier
  | EnumSpecifier
  | { readonly kind: 'typeofExpr'; readonly expr: Expr; readonly span: Span }
  | { readonly kind: 'typeofType'; readonly type: TypeName; readonly span: Span }
  /** GNU `__auto_type`: the type of the declarator's initializer. */
  | { readonly kind: 'autoType'; readonly span: Span };

/**
 * struct-or-union-specifier:
 *   struct-or-union identifier? { struct-declaration-list }
 *   struct-or-union identifier
 * `members` is undefined for a reference or forward declaration.
 */
export interface StructSpecifier {
  readonly kind: 'struct';
  readonly isUnion: boolean;
  readonly tag: string | undefined;
  readonly members: readonly StructDeclaration[] | undefined;
  readonly attributes: readonly Attribute[];
  readonly span: Span;
}

/**
 * struct-declaration: specifier-qualifier-list struct-declarator-list? ;
 * struct-declarator: declarator | declarator? : constant-expression
 * An anonymous struct/union member has no declarators.
 */
export interface StructDeclaration {
  readonly specs: DeclSpecifiers;
  readonly declarators: readonly { readonly declarator: Declarator | undefined; readonly bitWidth: Expr | undefined; readonly span: Span }[];
  readonly span: Span;
}

/**
 * enum-specifier: enum identifier? { enumerator-list ,? } | enum identifier
 * enumerator: enumeration-constant (= constant-expression)?
 */
export interface EnumSpecifier {
  readonly kind: 'enum';
  readonly tag: string | undefined;
  readonly enumerators: readonly { readonly name: string; readonly value: Expr | undefined; readonly span: Span }[] | undefined;
  readonly span: Span;
}

/** type-qualifier (C17 6.7.3) */
export interface TypeQualifiers {
  readonly const: boolean;
  readonly volatile: boolean;
  readonly restrict: boolean;
  readonly atomic: boolean;
}

/**
 * declaration-specifiers: (storage-class-specifier | type-specifier | type-qualifier
 *   | function-specifier | alignment-specifier)+
 */
export interface DeclSpecifiers {
  readonly storage: readonly StorageClass[];
  readonly types: readonly TypeSpecifier[];
  readonly qualifiers: TypeQualifiers;
  readonly inline: boolean;
  readonly noreturn: boolean;
  /** _Alignas(type-name) or _Alignas(constant-expression) */
  readonly alignas: readonly (TypeName | Expr)[];
  readonly attributes: readonly Attribute[];
  readonly span: Span;
}

/** One step of a declarator, reading outward from the name. */
export type DerivedDeclarator =
  /** pointer: * type-qualifier-list? */
  | { readonly kind: 'pointer'; readonly qualifiers: TypeQualifiers; readonly span: Span }
  /** direct-declarator [ static? type-qualifier-list? assignment-expression? ] and [*] */
  | { readonly kind: 'array'; readonly size: Expr | undefined; readonly isStatic: boolean; readonly star: boolean;
      readonly qualifiers: TypeQualifiers; readonly span: Span }
  /**
   * direct-declarator ( parameter-type-list ) or ( identifier-list? ).
   * `params` undefined means `()` (no prototype); old-style identifier lists
   * come as `identifiers`.
   */
  | { readonly kind: 'function'; readonly params: readonly ParameterDeclaration[] | undefined;
      readonly variadic: boolean; readonly identifiers: readonly string[] | undefined; readonly span: Span };

/**
 * declarator: pointer? direct-declarator
 * An abstract declarator (in type names and parameters) has no `name`.
 */
export interface Declarator {
  readonly name: string | undefined;
  readonly nameSpan: Span | undefined;
  readonly derived: readonly DerivedDeclarator[];
  readonly attributes: readonly Attribute[];
  readonly span: Span;
}

/** parameter-declaration: declaration-specifiers (declarator | abstract-declarator?) */
export interface ParameterDeclaration {
  readonly specs: DeclSpecifiers;
  readonly declarator: Declarator;
  readonly span: Span;
}

/** type-name: specifier-qualifier-list abstract-declarator? */
export interface TypeName {
  readonly kind: 'typeName';
  readonly specs: DeclSpecifiers;
  readonly declarator: Declarator;
  readonly span: Span;
}

/**
 * initializer: assignment-expression | { initializer-list ,? }
 * initializer-list: designation? initializer (, designation? initializer)*
 */
export type Initializer =
  | { readonly kind: 'exprInit'; readonly expr: Expr; readonly span: Span }
  | { readonly kind: 'listInit'; readonly items: readonly InitializerItem[]; readonly span: Span };

export interface InitializerItem {
  readonly designators: readonly Designator[];
  readonly init: Initializer;
  readonly span: Span;
}

/** designator: [ constant-expression ] | . identifier  (GNU: [lo ... hi]) */
export type Designator =
  | { readonly kind: 'index'; readonly index: Expr; readonly last: Expr | undefined; readonly span: Span }
  | { readonly kind: 'field'; readonly name: string; readonly span: Span };

/** init-declarator: declarator (= initializer)? */
export interface InitDeclarator {
  readonly declarator: Declarator;
  readonly init: Initializer | undefined;
  /** GNU `asm("name")` label, if any; sema may reject it. */
  readonly span: Span;
}

/** declaration: declaration-specifiers init-declarator-list? ; | static_assert-declaration */
export type Declaration =
  | { readonly kind: 'declaration'; readonly specs: DeclSpecifiers; readonly declarators: readonly InitDeclarator[]; readonly span: Span }
  | { readonly kind: 'staticAssert'; readonly cond: Expr; readonly message: string | undefined; readonly span: Span };

/** function-definition: declaration-specifiers declarator declaration-list? compound-statement */
export interface FunctionDefinition {
  readonly kind: 'functionDefinition';
  readonly specs: DeclSpecifiers;
  readonly declarator: Declarator;
  /** K&R parameter declarations between the declarator and the body. */
  readonly oldStyleDecls: readonly Declaration[];
  readonly body: CompoundStatement;
  readonly span: Span;
}

/** external-declaration: function-definition | declaration */
export type ExternalDeclaration = FunctionDefinition | Declaration;

/** translation-unit: external-declaration+ */
export interface TranslationUnit {
  readonly kind: 'translationUnit';
  /** Index of the main file in the SourceMap. */
  readonly file: number;
  readonly decls: readonly ExternalDeclaration[];
}

// ---- statements ---------------------------------------------------------------

/** compound-statement: { block-item-list? }   block-item: declaration | statement */
export interface CompoundStatement {
  readonly kind: 'compound';
  readonly items: readonly (Declaration | Statement)[];
  readonly span: Span;
}

/** statement (C17 6.8) */
export type Statement =
  | CompoundStatement
  /** expression-statement: expression? ; */
  | { readonly kind: 'exprStmt'; readonly expr: Expr | undefined; readonly span: Span }
  /** selection-statement: if ( expression ) statement (else statement)? */
  | { readonly kind: 'if'; readonly cond: Expr; readonly then: Statement; readonly else: Statement | undefined; readonly span: Span }
  /** switch ( expression ) statement */
  | { readonly kind: 'switch'; readonly cond: Expr; readonly body: Statement; readonly span: Span }
  /** iteration-statement: while ( expression ) statement */
  | { readonly kind: 'while'; readonly cond: Expr; readonly body: Statement; readonly span: Span }
  /** do statement while ( expression ) ; */
  | { readonly kind: 'doWhile'; readonly body: Statement; readonly cond: Expr; readonly span: Span }
  /** for ( (expression? ; | declaration) expression? ; expression? ) statement */
  | { readonly kind: 'for'; readonly init: Declaration | Expr | undefined; readonly cond: Expr | undefined;
      readonly step: Expr | undefined; readonly body: Statement; readonly span: Span }
  /** labeled-statement: identifier : statement */
  | { readonly kind: 'labeled'; readonly label: string; readonly body: Statement; readonly span: Span }
  /** case constant-expression : statement   (GNU: case lo ... hi :) */
  | { readonly kind: 'case'; readonly value: Expr; readonly last: Expr | undefined; readonly body: Statement; readonly span: Span }
  /** default : statement */
  | { readonly kind: 'default'; readonly body: Statement; readonly span: Span }
  /** jump-statement: goto identifier ; */
  | { readonly kind: 'goto'; readonly label: string; readonly span: Span }
  | { readonly kind: 'continue'; readonly span: Span }
  | { readonly kind: 'break'; readonly span: Span }
  /** return expression? ; */
  | { readonly kind: 'return'; readonly expr: Expr | undefined; readonly span: Span }
  /** GNU asm statement: parsed so that sema can report it as unsupported. */
  | { readonly kind: 'asm'; readonly span: Span };

// ---- expressions -----------------------------------------------------------------

export type BinaryOperator =
  | '*' | '/' | '%' | '+' | '-' | '<<' | '>>' | '<' | '>' | '<=' | '>=' | '==' | '!='
  | '&' | '^' | '|' | '&&' | '||';

export type AssignmentOperator = '=' | '*=' | '/=' | '%=' | '+=' | '-=' | '<<=' | '>>=' | '&=' | '^=' | '|=';

/** unary-operator: & * + - ~ !  plus prefix ++ and -- */
export type UnaryOperator = '&' | '*' | '+' | '-' | '~' | '!' | 'pre++' | 'pre--';

/** Prefix of a character constant or string literal (C17 6.4.4.4, 6.4.5). */
export type LiteralPrefix = '' | 'L' | 'u' | 'U' | 'u8';

/** expression (C17 6.5) */
export type Expr =
  /** primary-expression: identifier (also enumeration constants; sema decides) */
  | { readonly kind: 'ident'; readonly name: string; readonly span: Span }
  /**
   * integer-constant with its value and suffix; sema picks the type per C17 6.4.4.1.
   * `decimal` is false for octal and hexadecimal constants.
   */
  | { readonly kind: 'intConst'; readonly value: bigint; readonly unsigned: boolean; readonly longs: 0 | 1 | 2;
      readonly decimal: boolean; readonly span: Span }
  /** floating-constant; `suffix` '' is double. */
  | { readonly kind: 'floatConst'; readonly value: number; readonly suffix: '' | 'f' | 'l'; readonly span: Span }
  /** character-constant: the value as C defines it (int for plain, wchar_t etc. otherwise). */
  | { readonly kind: 'charConst'; readonly value: number; readonly prefix: LiteralPrefix; readonly span: Span }
  /**
   * string-literal, after adjacent literals were concatenated (translation phase 6).
   * `units` are the code units without the terminating zero (bytes for '' and 'u8').
   */
  | { readonly kind: 'string'; readonly units: readonly number[]; readonly prefix: LiteralPrefix; readonly span: Span }
  /** ( expression ) is not kept: the inner node is used with the outer span. */
  /** postfix-expression [ expression ] */
  | { readonly kind: 'index'; readonly base: Expr; readonly index: Expr; readonly span: Span }
  /** postfix-expression ( argument-expression-list? ) */
  | { readonly kind: 'call'; readonly callee: Expr; readonly args: readonly Expr[]; readonly span: Span }
  /** postfix-expression . identifier  |  postfix-expression -> identifier */
  | { readonly kind: 'member'; readonly object: Expr; readonly name: string; readonly arrow: boolean; readonly nameSpan: Span; readonly span: Span }
  /** postfix-expression ++ | -- */
  | { readonly kind: 'postfix'; readonly op: '++' | '--'; readonly operand: Expr; readonly span: Span }
  /** ( type-name ) { initializer-list ,? } */
  | { readonly kind: 'compoundLiteral'; readonly type: TypeName; readonly init: Initializer; readonly span: Span }
  | { readonly kind: 'unary'; readonly op: UnaryOperator; readonly operand: Expr; readonly span: Span }
  /** sizeof unary-expression */
  | { readonly kind: 'sizeofExpr'; readonly operand: Expr; readonly span: Span }
  /** sizeof ( type-name ) */
  | { readonly kind: 'sizeofType'; readonly type: TypeName; readonly span: Span }
  /** _Alignof ( type-name ) (GNU: also on an expression) */
  | { readonly kind: 'alignofType'; readonly type: TypeName; readonly span: Span }
  | { readonly kind: 'alignofExpr'; readonly operand: Expr; readonly span: Span }
  /** cast-expression: ( type-name ) cast-expression */
  | { readonly kind: 'cast'; readonly type: TypeName; readonly operand: Expr; readonly span: Span }
  | { readonly kind: 'binary'; readonly op: BinaryOperator; readonly left: Expr; readonly right: Expr; readonly span: Span }
  /** conditional-expression: logical-OR-expression ? expression : conditional-expression (GNU: `a ?: b` has then undefined) */
  | { readonly kind: 'conditional'; readonly cond: Expr; readonly then: Expr | undefined; readonly else: Expr; readonly span: Span }
  /** assignment-expression: unary-expression assignment-operator assignment-expression */
  | { readonly kind: 'assign'; readonly op: AssignmentOperator; readonly target: Expr; readonly value: Expr; readonly span: Span }
  /** expression , assignment-expression */
  | { readonly kind: 'comma'; readonly left: Expr; readonly right: Expr; readonly span: Span }
  /** GNU statement expression ({ ... }) */
  | { readonly kind: 'stmtExpr'; readonly body: CompoundStatement; readonly span: Span }
  /** generic-selection: _Generic ( assignment-expression , generic-assoc-list ) */
  | { readonly kind: 'generic'; readonly control: Expr;
      readonly assocs: readonly { readonly type: TypeName | undefined; readonly expr: Expr; readonly span: Span }[]; readonly span: Span }
  /** __builtin_offsetof ( type-name , member-designator ) */
  | { readonly kind: 'offsetof'; readonly type: TypeName; readonly path: readonly Designator[]; readonly span: Span }
  /** __builtin_va_arg ( assignment-expression , type-name ) */
  | { readonly kind: 'vaArg'; readonly list: Expr; readonly type: TypeName; readonly span: Span }
  /** __builtin_types_compatible_p ( type-name , type-name ): an int constant, 1 if compatible ignoring top-level qualifiers */
  | { readonly kind: 'typesCompatible'; readonly a: TypeName; readonly b: TypeName; readonly span: Span };

export type ExprKind = Expr['kind'];
