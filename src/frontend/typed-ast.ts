/**
 * The typed AST: sema's output and lowering's input.
 *
 * Sema resolves every name to a symbol, gives every expression its type and
 * makes every implicit step a node of its own (DESIGN.md decision 4):
 * lvalue-to-rvalue conversion (`load`), array and function decay (`decay`),
 * integer promotions and the usual arithmetic conversions (`convert`). After
 * sema, the operands of an arithmetic `binary` already have the operation's
 * type, the value of an `assign` already has the target's type, and each call
 * argument already has its parameter's type (or its default-promoted type for
 * variadic arguments). Lowering never computes a conversion itself.
 *
 * Sugar is removed: `a[i]` is `deref(ptrAdd(a, i))`, `p->m` is
 * `member(deref(p), m)`, `+x` is `x` promoted, `sizeof`, `_Alignof`,
 * `offsetof` and enumeration constants are `intConst`.
 *
 * Lvalue kinds: `var`, `deref`, `member`, `compoundLiteral`, `string`.
 * Everything else is an rvalue.
 */
import type { Span } from './source.js';
import type { CType, RecordMember } from './ctypes.js';

// ---- symbols --------------------------------------------------------------

/**
 * An object or function after name resolution. Identity is the object itself
 * (and `id`, unique in the program). One symbol is shared by every
 * declaration of the same entity across translation units after linking.
 */
export interface VarSymbol {
  readonly id: number;
  /** The C name (for messages and IR printing). */
  readonly name: string;
  /** Complete type (an array's length is known once the initializer is seen). */
  type: CType;
  /**
   * local: automatic object in a function; param: a parameter;
   * global: static storage (file scope or `static` local);
   * function: a function (defined or only declared).
   */
  readonly storage: 'local' | 'param' | 'global' | 'function';
  /** For globals and functions: external linkage (visible to other files). */
  readonly external: boolean;
  /** True if `&x` is taken anywhere, or the object is an array or record: it needs memory. */
  addressTaken: boolean;
  /** Where it was declared (the definition if there is one). */
  span: Span;
  /** Name used by the linker: the C name for external symbols, mangled (`name.N`) for internal ones. */
  readonly linkName: string;
  /** `_Alignas` / `__attribute__((aligned))` on the object: its storage is aligned at least this much. */
  align?: number;
}

// ---- expressions ------------------------------------------------------------

export type ArithOp = '+' | '-' | '*' | '/' | '%' | '<<' | '>>' | '&' | '|' | '^';
export type CompareOp = '<' | '>' | '<=' | '>=' | '==' | '!=';

interface Base { readonly type: CType; readonly span: Span }

export type TExpr =
  // lvalues
  /** A named object or function (an lvalue; a function designator for functions). */
  | Base & { readonly k: 'var'; readonly sym: VarSymbol }
  /** `*ptr` (C17 6.5.3.2p4). `ptr` has pointer type; `type` is the pointee. */
  | Base & { readonly k: 'deref'; readonly ptr: TExpr }
  /** `object.member`, `object` an lvalue or rvalue of record type. */
  | Base & { readonly k: 'member'; readonly object: TExpr; readonly member: RecordMember }
  /** A compound literal: an unnamed object (`sym`, a local or global) initialized each time it is evaluated. */
  | Base & { readonly k: 'compoundLiteral'; readonly sym: VarSymbol; readonly init: TInit }
  /** A string literal: an array of `char` (or wider) with static storage, including the terminator. */
  | Base & { readonly k: 'string'; readonly bytes: Uint8Array }

  // conversions made explicit
  /** Lvalue conversion: read the value of a scalar lvalue (C17 6.3.2.1p2). */
  | Base & { readonly k: 'load'; readonly lvalue: TExpr }
  /** Array-to-pointer (6.3.2.1p3) or function-to-pointer (6.3.2.1p4) decay of an lvalue. */
  | Base & { readonly k: 'decay'; readonly lvalue: TExpr }
  /**
   * A conversion between scalar types (6.3): integer, floating, pointer,
   * to `_Bool`, or to `void` (value discarded). `implicit` tells casts written
   * in the source from conversions sema inserted.
   */
  | Base & { readonly k: 'convert'; readonly operand: TExpr; readonly implicit: boolean }

  // constants
  /** An integer constant of `type` (already in range for it). */
  | Base & { readonly k: 'intConst'; readonly value: bigint }
  /** A floating constant of `type`. */
  | Base & { readonly k: 'floatConst'; readonly value: number }
  /** A null pointer constant converted to pointer `type`. */
  | Base & { readonly k: 'nullPtr' }

  // operators
  /**
   * Arithmetic or bitwise operation. Operands already converted to `type`
   * (for shifts: each operand promoted on its own, `type` is the left's).
   */
  | Base & { readonly k: 'binary'; readonly op: ArithOp; readonly left: TExpr; readonly right: TExpr }
  /** Comparison; operands converted to a common type (arithmetic or pointer). `type` is int. */
  | Base & { readonly k: 'compare'; readonly op: CompareOp; readonly left: TExpr; readonly right: TExpr }
  /** `-x`, `~x` on promoted operand of `type`; `!x` gives int and takes any scalar. */
  | Base & { readonly k: 'unary'; readonly op: '-' | '~' | '!'; readonly operand: TExpr }
  /** `&&`, `||`: operands are scalars compared against 0; `type` is int. */
  | Base & { readonly k: 'logical'; readonly op: '&&' | '||'; readonly left: TExpr; readonly right: TExpr }
  /**
   * Pointer plus integer (6.5.6p8): `index` is an integer of type long (converted by
   * sema); the result points `index * elemSize` bytes further. Subtraction of an
   * integer is `ptrAdd` with a negated index.
   */
  | Base & { readonly k: 'ptrAdd'; readonly ptr: TExpr; readonly index: TExpr; readonly elemSize: number }
  /** Pointer minus pointer (6.5.6p9): result type ptrdiff_t (long). */
  | Base & { readonly k: 'ptrDiff'; readonly left: TExpr; readonly right: TExpr; readonly elemSize: number }
  /** `&lvalue` (6.5.3.2p3). */
  | Base & { readonly k: 'addrOf'; readonly lvalue: TExpr }
  /** Simple assignment; `value` converted to the target's unqualified type. Result is the stored value. */
  | Base & { readonly k: 'assign'; readonly target: TExpr; readonly value: TExpr }
  /**
   * `target op= value` (6.5.16.2): the target is evaluated once; its value is
   * converted to `opType`, combined with `value` (already of `opType`, or a
   * long for pointer `+=`/`-=` where `elemSize` is set), and converted back.
   */
  | Base & { readonly k: 'compoundAssign'; readonly op: ArithOp; readonly target: TExpr; readonly value: TExpr;
      readonly opType: CType; readonly elemSize: number | undefined }
  /**
   * `++x`, `--x`, `x++`, `x--`: `delta` is +1 or -1; for pointers the step is
   * `elemSize` bytes. `prefix` chooses whether the result is the new or old value.
   */
  | Base & { readonly k: 'incDec'; readonly target: TExpr; readonly delta: 1 | -1; readonly prefix: boolean;
      readonly elemSize: number | undefined }
  /** `cond ? then : else`; arms already converted to `type` (void allowed). */
  | Base & { readonly k: 'conditional'; readonly cond: TExpr; readonly then: TExpr; readonly else: TExpr }
  /** `left, right`. */
  | Base & { readonly k: 'comma'; readonly left: TExpr; readonly right: TExpr }
  /**
   * A function call. `callee` has pointer-to-function type (usually a decayed
   * `var`). `args` are converted to the parameter types, or default-promoted
   * (6.5.2.2p6-7) beyond the prototype. `type` is the return type.
   */
  | Base & { readonly k: 'call'; readonly callee: TExpr; readonly args: readonly TExpr[] }
  /** GNU statement expression: the value is that of the last expression statement, or void. */
  | Base & { readonly k: 'stmtExpr'; readonly body: TBlock; readonly result: TExpr | undefined };

export type TExprKind = TExpr['k'];

// ---- initializers ------------------------------------------------------------

/**
 * An initializer flattened to the scalars it writes (C17 6.7.9), in order of
 * evaluation. Bytes not covered by any item (padding) stay uninitialized for
 * automatic objects; `zero` items cover members that were not named (they
 * must be zero, 6.7.9p21). For static storage every expression is constant
 * (`intConst`, `floatConst`, `nullPtr`, an address constant built from
 * `addrOf`/`decay` of a global, function or string plus `ptrAdd`, or
 * `convert` of those).
 */
export interface TInit {
  readonly items: readonly TInitItem[];
}

/** Where a bit-field's bits are: from bit `bitOffset` of its first byte, `width` bits (little-endian). */
export interface BitField {
  readonly bitOffset: number;
  readonly width: number;
}

export type TInitItem =
  /**
   * Store `expr` (already of scalar type `type`) at `offset`; for a bit-field,
   * into `bits.width` bits from bit `bits.bitOffset` of the byte at `offset`.
   */
  | { readonly k: 'scalar'; readonly offset: number; readonly type: CType; readonly expr: TExpr; readonly bits?: BitField }
  /** `size` bytes of zero at `offset` (members and elements not initialized explicitly). */
  | { readonly k: 'zero'; readonly offset: number; readonly size: number }
  /** The bytes of a string literal initializing a character array (6.7.9p14). */
  | { readonly k: 'bytes'; readonly offset: number; readonly data: Uint8Array }
  /** A whole record copied from an expression of record type (`struct s x = f();`). */
  | { readonly k: 'copy'; readonly offset: number; readonly expr: TExpr };

// ---- statements ---------------------------------------------------------------------

/** A block: its own scope, whose automatic objects live from entry to exit (6.2.4p6). */
export interface TBlock {
  readonly k: 'block';
  /** Automatic objects declared directly in this block, in order. */
  readonly locals: readonly VarSymbol[];
  readonly items: readonly TStmt[];
  readonly span: Span;
}

export type TStmt =
  | TBlock
  /** Initialize a local at its declaration (objects without initializer need no statement). */
  | { readonly k: 'declare'; readonly sym: VarSymbol; readonly init: TInit | undefined; readonly span: Span }
  | { readonly k: 'expr'; readonly expr: TExpr; readonly span: Span }
  | { readonly k: 'if'; readonly cond: TExpr; readonly then: TStmt; readonly else: TStmt | undefined; readonly span: Span }
  /** `cond` is the promoted controlling expression; case values are converted to its type. */
  | { readonly k: 'switch'; readonly cond: TExpr; readonly body: TStmt; readonly span: Span }
  | { readonly k: 'case'; readonly value: bigint; readonly last: bigint | undefined; readonly body: TStmt; readonly span: Span }
  | { readonly k: 'default'; readonly body: TStmt; readonly span: Span }
  | { readonly k: 'while'; readonly cond: TExpr; readonly body: TStmt; readonly span: Span }
  | { readonly k: 'doWhile'; readonly body: TStmt; readonly cond: TExpr; readonly span: Span }
  /** `init` is a block (for a declaration), an expression statement, or undefined. */
  | { readonly k: 'for'; readonly init: TStmt | undefined; readonly cond: TExpr | undefined; readonly step: TExpr | undefined;
      readonly body: TStmt; readonly span: Span }
  | { readonly k: 'labeled'; readonly label: string; readonly body: TStmt; readonly span: Span }
  | { readonly k: 'goto'; readonly label: string; readonly span: Span }
  | { readonly k: 'break'; readonly span: Span }
  | { readonly k: 'continue'; readonly span: Span }
  /** `value` converted to the return type, or undefined. */
  | { readonly k: 'return'; readonly value: TExpr | undefined; readonly span: Span }
  | { readonly k: 'empty'; readonly span: Span };

export type TStmtKind = TStmt['k'];

// ---- program --------------------------------------------------------------------------

export interface TFunction {
  readonly sym: VarSymbol;
  /** The function type (prototyped after sema: old-style definitions are given their parameter types). */
  readonly type: Extract<CType, { kind: 'function' }>;
  readonly params: readonly VarSymbol[];
  readonly body: TBlock;
  readonly span: Span;
  /** Declared `_Noreturn` or `__attribute__((noreturn))`: returning from it is UB (C17 6.7.4p8). */
  readonly noreturn?: boolean;
}

export interface TGlobal {
  readonly sym: VarSymbol;
  /** Undefined: zero-initialized (a tentative definition or no initializer). */
  readonly init: TInit | undefined;
  /** `const`-qualified object: placed in read-only memory. */
  readonly readonly: boolean;
  readonly span: Span;
}

/** The linked program: every translation unit after sema and symbol resolution. */
export interface TProgram {
  readonly functions: readonly TFunction[];
  readonly globals: readonly TGlobal[];
  /**
   * Functions that are called or have their address taken but are not defined
   * in C: resolved to shims at run time (an unknown one is an `unsupported` stop
   * when it is called).
   */
  readonly externs: readonly VarSymbol[];
  /**
   * For each extern: where it is first used, and its explicit declarations
   * (none when only declared implicitly by a call), so the driver can report
   * an undefined reference like a linker.
   */
  readonly externInfo?: ReadonlyMap<VarSymbol, { readonly use: Span; readonly declarations: readonly Span[] }>;
}
