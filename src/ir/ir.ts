/**
 * The IR: a MIR-like control-flow graph per C function (DESIGN.md decision 5).
 *
 * A function has register locals (scalars whose address is never taken; they
 * become JS variables), stack slots (objects that need memory: address-taken
 * scalars, arrays, records; each is an allocation between `storageLive` and
 * `storageDead`), and basic blocks of statements ending in a terminator.
 * Calls are terminators, and `&&`, `||`, `?:` are split into blocks, so the
 * order of evaluation is explicit. Every check the machine makes is visible:
 * arithmetic carries `check`, memory access goes through `load`/`store`/`copy`.
 *
 * Invariant: operands are locals or constants (never nested expressions), and
 * every block ends in exactly one terminator.
 */
import type { Span } from '../frontend/source.js';

/**
 * How a scalar is held: integer width and signedness, floating width, or a
 * pointer (provenance plus address). `_Bool` is `u8` holding 0 or 1.
 */
export type ScalarKind = 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'i64' | 'u64' | 'f32' | 'f64' | 'ptr';

export type LocalId = number;
export type SlotId = number;
export type BlockId = number;
export type GlobalId = number;

/** A register local: one JS variable (two for a pointer). */
export interface Local {
  readonly id: LocalId;
  /** The C name, or '' for a temporary. */
  readonly name: string;
  readonly kind: ScalarKind;
  /** `_Bool` locals are u8 restricted to 0 and 1. */
  readonly isBool?: boolean;
}

/** A stack object: an allocation made at `storageLive` and freed at `storageDead` or return. */
export interface Slot {
  readonly id: SlotId;
  /** The C name, or a description ("compound literal", "temporary"). */
  readonly name: string;
  readonly size: number;
  readonly align: number;
  readonly span: Span;
  /** A variable length array: its size is given by its `storageLive` (and `size` is 0). */
  readonly dynamic?: boolean;
}

export type Operand =
  | { readonly k: 'local'; readonly id: LocalId }
  /** An integer, floating or null-pointer constant (pointer constants are only 0). */
  | { readonly k: 'const'; readonly kind: ScalarKind; readonly value: number | bigint }
  /** The address of a live stack slot of this function. */
  | { readonly k: 'slotAddr'; readonly slot: SlotId }
  /** The address of a global object or string literal. */
  | { readonly k: 'globalAddr'; readonly global: GlobalId }
  /** The address of a function (defined in C or provided by a shim). */
  | { readonly k: 'funcAddr'; readonly name: string };

export type BinOp =
  | 'add' | 'sub' | 'mul' | 'div' | 'rem' | 'shl' | 'shr' | 'and' | 'or' | 'xor'
  | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type Rvalue =
  | { readonly k: 'use'; readonly a: Operand }
  /**
   * `a op b`, both of `kind` (for shl/shr, `b` may be of another integer kind, `bKind`).
   * Comparisons produce i32 0 or 1. `check`: report signed overflow, division by
   * zero and invalid shifts (C17 6.5p5, 6.5.5p5, 6.5.7p3-4).
   */
  | { readonly k: 'binary'; readonly op: BinOp; readonly kind: ScalarKind; readonly a: Operand; readonly b: Operand;
      readonly bKind?: ScalarKind; readonly check: boolean }
  /** `-a`, `~a`, `!a` (not: any scalar kind to i32 0/1). */
  | { readonly k: 'unary'; readonly op: 'neg' | 'bitnot' | 'not'; readonly kind: ScalarKind; readonly a: Operand; readonly check: boolean }
  /**
   * Conversion between scalar kinds (C17 6.3): integer truncation/extension, to
   * and from floating (checked for range, 6.3.1.4p1), pointer to integer
   * (exposes provenance) and integer to pointer. `toBool` converts any scalar to 0/1.
   */
  | { readonly k: 'cast'; readonly from: ScalarKind; readonly to: ScalarKind; readonly a: Operand; readonly toBool?: boolean }
  /**
   * `ptr + index * scale` bytes. `check`: the result must stay inside the
   * allocation or one past its end (6.5.6p8); member access uses `check: false`.
   */
  | { readonly k: 'ptrAdd'; readonly ptr: Operand; readonly index: Operand; readonly indexKind: ScalarKind;
      readonly scale: number; readonly check: boolean }
  /** `(a - b) / scale` as i64; both must point into the same allocation (6.5.6p9). */
  | { readonly k: 'ptrDiff'; readonly a: Operand; readonly b: Operand; readonly scale: number }
  /** Pointer comparison, i32 0/1; relational operators require the same allocation (6.5.8p5). */
  | { readonly k: 'ptrCompare'; readonly op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'; readonly a: Operand; readonly b: Operand }
  /** Read a scalar of `kind` through `ptr` (checks bounds, liveness, alignment, initialization). */
  | { readonly k: 'load'; readonly ptr: Operand; readonly kind: ScalarKind; readonly isBool?: boolean; readonly align?: number }
  /**
   * Read a bit-field: `width` bits from bit `shift` of the `nbytes` bytes at
   * `ptr` (little-endian), sign-extended when `kind` is signed. Only those
   * bytes are checked (bounds, liveness, initialization).
   */
  | { readonly k: 'bitLoad'; readonly ptr: Operand; readonly nbytes: number; readonly shift: number; readonly width: number;
      readonly kind: ScalarKind };

export type Statement =
  | { readonly k: 'assign'; readonly dst: LocalId; readonly rv: Rvalue; readonly span: Span }
  /**
   * Write a bit-field: the low `width` bits of `value` (of `kind`) into bits
   * `shift`.. of the `nbytes` bytes at `ptr`, keeping the other bits (whose
   * initialization is not checked); the bytes become initialized.
   */
  | { readonly k: 'bitStore'; readonly ptr: Operand; readonly nbytes: number; readonly shift: number; readonly width: number;
      readonly value: Operand; readonly kind: ScalarKind; readonly span: Span }
  /**
   * `*ptr = value` for a scalar of `kind`. Loads and stores need the kind's
   * natural alignment unless `align` (smaller) is set: a member of a packed
   * record, which gcc accesses as possibly unaligned.
   */
  | { readonly k: 'store'; readonly ptr: Operand; readonly value: Operand; readonly kind: ScalarKind; readonly span: Span; readonly align?: number }
  /**
   * Copy `size` bytes from `src` to `dst` with their initialization and
   * provenance (record assignment, initialization from a global image).
   * The ranges must be identical or disjoint (6.5.16.1p3).
   */
  | { readonly k: 'copy'; readonly dst: Operand; readonly src: Operand; readonly size: number; readonly span: Span }
  /** Write `size` zero bytes at `dst` (implicit zero initialization). */
  | { readonly k: 'zero'; readonly dst: Operand; readonly size: number; readonly span: Span }
  /** The slot's lifetime begins: allocate it (uninitialized); a dynamic slot with `size` bytes (an u64 operand). */
  | { readonly k: 'storageLive'; readonly slot: SlotId; readonly span: Span; readonly size?: Operand }
  /** The slot's lifetime ends: free it, so later uses are use-after-free. */
  | { readonly k: 'storageDead'; readonly slot: SlotId; readonly span: Span };

export type Callee =
  | { readonly k: 'direct'; readonly name: string }
  | { readonly k: 'indirect'; readonly ptr: Operand };

export type Terminator =
  | { readonly k: 'goto'; readonly target: BlockId; readonly span: Span }
  /** Go to `then` if `cond` (any scalar kind) is nonzero, else to `else`. */
  | { readonly k: 'branch'; readonly cond: Operand; readonly condKind: ScalarKind; readonly then: BlockId; readonly else: BlockId; readonly span: Span }
  | { readonly k: 'switch'; readonly value: Operand; readonly kind: ScalarKind;
      readonly cases: readonly { readonly value: number | bigint; readonly target: BlockId }[]; readonly otherwise: BlockId; readonly span: Span }
  /**
   * Call, then continue at `next` with the result in `dst`. `argKinds` gives the
   * kind of every argument (including variadic ones); records are passed as a
   * pointer to a caller-made copy, and a record result is written through a
   * hidden first argument (`sret`).
   */
  | { readonly k: 'call'; readonly callee: Callee; readonly args: readonly Operand[]; readonly argKinds: readonly ScalarKind[];
      /** Number of declared (non-variadic) parameters of the callee's type; undefined for unprototyped. */
      readonly fixedArgs: number | undefined;
      /** The callee's type ends in `...`: the arguments past `fixedArgs` go to its variadic argument area. */
      readonly variadic?: boolean;
      readonly dst: LocalId | undefined; readonly retKind: ScalarKind | 'void'; readonly next: BlockId; readonly span: Span }
  | { readonly k: 'return'; readonly value: Operand | undefined; readonly span: Span }
  /**
   * Control must never get here: falling off the end of a non-void function whose
   * value is then used (6.9.1p12) or `__builtin_unreachable` (reported as UB).
   */
  | { readonly k: 'unreachable'; readonly reason: 'missing-return' | 'builtin-unreachable' | 'noreturn-returned'; readonly span: Span }
  /**
   * Evaluation reached an expression whose side effect at `span` on `object`
   * is unsequenced relative to the access at `other` (C17 6.5p2, found by
   * lower/unsequenced.ts): always UB from here.
   */
  | { readonly k: 'unsequenced'; readonly object: string; readonly otherIsWrite: boolean; readonly other: Span; readonly span: Span };

export interface Block {
  readonly id: BlockId;
  readonly stmts: Statement[];
  terminator: Terminator;
}

export interface IrFunction {
  /** The C name (for backtraces). */
  readonly name: string;
  /** Unique link name (differs from `name` for `static` functions). */
  readonly linkName: string;
  /** Register locals that receive the arguments, in order (a record parameter arrives as a ptr). */
  readonly params: readonly LocalId[];
  readonly retKind: ScalarKind | 'void';
  /** A record result is written through a hidden first pointer parameter (`params[0]`). */
  readonly sret: boolean;
  readonly variadic: boolean;
  readonly locals: readonly Local[];
  readonly slots: readonly Slot[];
  /** blocks[0] is the entry. */
  readonly blocks: readonly Block[];
  readonly span: Span;
}

/** One item of a global's initial image. */
export type GlobalInit =
  | { readonly k: 'bytes'; readonly offset: number; readonly data: Uint8Array }
  /** A pointer to a global (+ `addend` bytes) stored at `offset`. */
  | { readonly k: 'globalPtr'; readonly offset: number; readonly global: GlobalId; readonly addend: number }
  /** A pointer to a function stored at `offset`. */
  | { readonly k: 'funcPtr'; readonly offset: number; readonly name: string };

export interface IrGlobal {
  readonly id: GlobalId;
  /** C name (or `"string literal"`). */
  readonly name: string;
  readonly linkName: string;
  readonly size: number;
  readonly align: number;
  /** `const` objects and string literals live in read-only memory. */
  readonly readonly: boolean;
  readonly isString: boolean;
  /** Bytes not covered are zero (static storage is zero-initialized, C17 6.7.9p10). */
  readonly init: readonly GlobalInit[];
  readonly span: Span;
}

export interface IrModule {
  readonly functions: readonly IrFunction[];
  readonly globals: readonly IrGlobal[];
  /** Functions referenced but not defined in C: the names of shims the program needs. */
  readonly externs: readonly { readonly name: string; readonly span: Span }[];
}

/** The blocks a terminator may go to. */
export function successors(t: Terminator): BlockId[] {
  switch (t.k) {
    case 'goto': return [t.target];
    case 'branch': return [t.then, t.else];
    case 'switch': return [...t.cases.map((c) => c.target), t.otherwise];
    case 'call': return [t.next];
    case 'return': case 'unreachable': case 'unsequenced': return [];
  }
}

/**
 * How a function is called at the machine level, as text: the result's and
 * each parameter's ABI class (integers by width, pointer, float, double),
 * `...` when variadic. Two function types that differ here cannot be called
 * through one another's pointers (C17 6.5.2.2p9) without the arguments
 * landing wrong; signedness does not change the class, and parameters are
 * compared after default argument promotion (char and short as int, float as
 * double), as a K&R definition receives them (6.9.1p10).
 */
export function abiSignature(ret: ScalarKind | 'void', params: readonly ScalarKind[], variadic: boolean): string {
  const promoted = (k: ScalarKind): ScalarKind => (k === 'i8' || k === 'u8' || k === 'i16' || k === 'u16' ? 'i32' : k === 'f32' ? 'f64' : k);
  const cls = (k: ScalarKind | 'void'): string => {
    switch (k) {
      case 'void': return 'void';
      case 'i8': case 'u8': return 'char';
      case 'i16': case 'u16': return 'short';
      case 'i32': case 'u32': return 'int';
      case 'i64': case 'u64': return 'long';
      case 'f32': return 'float';
      case 'f64': return 'double';
      case 'ptr': return 'pointer';
    }
  };
  return `${cls(ret)} (${[...params.map((k) => cls(promoted(k))), ...(variadic ? ['...'] : [])].join(', ') || 'void'})`;
}

export function scalarSize(k: ScalarKind): number {
  switch (k) {
    case 'i8': case 'u8': return 1;
    case 'i16': case 'u16': return 2;
    case 'i32': case 'u32': case 'f32': return 4;
    case 'i64': case 'u64': case 'f64': case 'ptr': return 8;
  }
}

export function isSignedKind(k: ScalarKind): boolean {
  return k === 'i8' || k === 'i16' || k === 'i32' || k === 'i64';
}

export function isFloatKind(k: ScalarKind): boolean {
  return k === 'f32' || k === 'f64';
}

export function is64(k: ScalarKind): boolean {
  return k === 'i64' || k === 'u64';
}
