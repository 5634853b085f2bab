/**
 * Everything that ends a run, as one closed tagged union (DESIGN.md decision 13).
 *
 * UB kinds carry data (allocation, offset, size, operand values), never prose:
 * only `messages.ts` turns them into text. The machine attaches where it
 * happened (`site`) and the C backtrace; memory attaches the allocation's
 * history (`AllocationInfo`).
 */
import type { Span } from '../frontend/source.js';

/** What kind of memory an allocation is (DESIGN.md decision 10). */
/** `library`: an object the C library owns and hands out (a FILE, a DIR), live until its closing call. */
export type AllocKind = 'stack' | 'heap' | 'global' | 'string' | 'function' | 'mmap' | 'library';

/** One C frame of a backtrace: the function and the point in it (innermost first). */
export interface Frame {
  readonly fn: string;
  readonly span: Span;
}

/** What the machine knows about an allocation, for explanations. */
export interface AllocationInfo {
  readonly id: number;
  readonly kind: AllocKind;
  readonly size: number;
  readonly align: number;
  /** Variable name for stack and global objects, if any. */
  readonly name: string | undefined;
  /** Where it was allocated (innermost frame first); empty for globals made at start-up. */
  readonly allocatedAt: readonly Frame[];
  /** Where it was freed or went out of scope, if it did. */
  readonly freedAt: readonly Frame[] | undefined;
}

export type Access = 'read' | 'write';

/** C17 clause of the rule each UB kind breaks (cited in every report). */
export type UB =
  | { readonly kind: 'out-of-bounds'; readonly access: Access; readonly alloc: AllocationInfo; readonly offset: number; readonly size: number }
  | { readonly kind: 'use-after-free'; readonly access: Access | 'free' | 'arithmetic'; readonly alloc: AllocationInfo; readonly offset: number; readonly size: number }
  | { readonly kind: 'double-free'; readonly alloc: AllocationInfo }
  | { readonly kind: 'invalid-free'; readonly reason: 'not-heap' | 'interior' | 'no-provenance'; readonly alloc: AllocationInfo | undefined;
      readonly offset: number; readonly address: number }
  | { readonly kind: 'mismatched-deallocation'; readonly alloc: AllocationInfo; readonly expected: string; readonly actual: string }
  /**
   * `munmap` of part of a mapping (`offset` and `size`: the page-rounded range
   * asked for, relative to the mapping). POSIX allows it, but the abstract
   * machine treats a mapping as one allocation, which only goes away whole
   * (Miri does the same).
   */
  | { readonly kind: 'partial-munmap'; readonly alloc: AllocationInfo; readonly offset: number; readonly size: number }
  /** A non-character scalar read from memory with uninitialized bytes: `offset`/`size` are the access, `firstUninit` the first such byte (offsets in the allocation). */
  | { readonly kind: 'uninitialized-read'; readonly alloc: AllocationInfo; readonly offset: number; readonly size: number; readonly firstUninit: number }
  /**
   * A character value loaded from an uninitialized byte (a copy, allowed) and
   * then used: converted, branched on, stored into a bit-field. `alloc` and
   * `offset` name the byte it came from (undefined when ciri lost track).
   */
  | { readonly kind: 'uninitialized-value'; readonly alloc: AllocationInfo | undefined; readonly offset: number; readonly use: 'conversion' | 'branch' | 'bit-field store'; readonly type: string }
  /** Two unsequenced accesses to `object`, at least one a side effect (C17 6.5p2); the report's site is the side effect. */
  | { readonly kind: 'unsequenced-access'; readonly object: string; readonly otherIsWrite: boolean; readonly other: Span }
  /** A register local read before anything was written to it. */
  | { readonly kind: 'uninitialized-local'; readonly name: string }
  | { readonly kind: 'signed-overflow'; readonly op: string; readonly type: string; readonly left: string; readonly right: string | undefined }
  | { readonly kind: 'division-by-zero'; readonly op: '/' | '%'; readonly type: string }
  | { readonly kind: 'invalid-shift'; readonly reason: 'negative-amount' | 'amount-too-large' | 'negative-value' | 'overflow';
      readonly type: string; readonly value: string; readonly amount: string; readonly width: number }
  /** Access through a null pointer (or a pointer within the first page with no provenance). */
  | { readonly kind: 'null-dereference'; readonly access: Access; readonly address: number; readonly size: number }
  /** Access through a pointer with no provenance that is not null (a made-up address). */
  | { readonly kind: 'dangling-pointer'; readonly access: Access; readonly address: number; readonly size: number }
  | { readonly kind: 'misaligned-access'; readonly access: Access; readonly address: number; readonly required: number; readonly size: number;
      readonly alloc: AllocationInfo | undefined;
      /** With --symbolic-alignment: the allocation's guaranteed alignment, when that is what falls short. */
      readonly allocAlign?: number }
  | { readonly kind: 'invalid-pointer-arithmetic'; readonly alloc: AllocationInfo | undefined; readonly offset: number; readonly delta: number }
  | { readonly kind: 'overlapping-copy'; readonly fn: string; readonly alloc: AllocationInfo; readonly dst: number; readonly src: number; readonly size: number }
  | { readonly kind: 'write-to-readonly'; readonly alloc: AllocationInfo; readonly offset: number; readonly size: number }
  | { readonly kind: 'format-mismatch'; readonly fn: string; readonly directive: string; readonly expected: string; readonly actual: string }
  /** A floating value converted to an integer type that cannot represent its integral part (C17 6.3.1.4p1). */
  | { readonly kind: 'invalid-conversion'; readonly value: string; readonly type: string }
  | { readonly kind: 'invalid-call'; readonly reason: 'null' | 'not-a-function' | 'incompatible-type' | 'argument-mismatch'; readonly detail: string }
  | { readonly kind: 'missing-return'; readonly fn: string }
  | { readonly kind: 'unreachable'; readonly what: string }
  /** A library precondition not covered above (e.g. `strlen(NULL)`); `fn` names the function. */
  | { readonly kind: 'invalid-argument'; readonly fn: string; readonly detail: string }
  /**
   * Misuse of a `va_list` (C17 7.16.1.1p2, 7.16.1.3p2): reading past the last
   * variadic argument (`index` of `count`), reading one as a type it was not
   * passed as (`requested` vs `passed`), asking for a type that default
   * argument promotion makes impossible, or using the list after `va_end`.
   */
  /**
   * Subtracting (C17 6.5.6p9) or relationally comparing (6.5.8p5) pointers
   * that do not point into the same object; `undefined` for a pointer without
   * provenance.
   */
  | { readonly kind: 'invalid-pointer-subtraction'; readonly left: AllocationInfo | undefined; readonly right: AllocationInfo | undefined }
  | { readonly kind: 'invalid-pointer-comparison'; readonly left: AllocationInfo | undefined; readonly right: AllocationInfo | undefined }
  /** A function declared `_Noreturn` returned to its caller (C17 6.7.4p8). */
  | { readonly kind: 'noreturn-returned'; readonly fn: string }
  /** A variable length array declared with a size that is not positive (C17 6.7.6.2p5). */
  | { readonly kind: 'invalid-vla-size'; readonly value: string }
  | { readonly kind: 'invalid-va-arg'; readonly reason: 'exhausted' | 'type-mismatch' | 'promoted-type' | 'after-end';
      readonly fn: string; readonly index: number; readonly count: number; readonly requested: string; readonly passed: string };

export type UBKind = UB['kind'];

/** A leaked heap block at exit. */
export interface Leak {
  readonly alloc: AllocationInfo;
  /** Still pointed to from a global (reachable) or not (lost). */
  readonly reachable: boolean;
}

/** How a run ended. */
export type Stop =
  /** The program ended normally (return from main or `exit`). */
  | { readonly kind: 'exit'; readonly code: number }
  | { readonly kind: 'ub'; readonly ub: UB; readonly site: Span; readonly backtrace: readonly Frame[] }
  /** Something the machine cannot model (a missing shim, a flag it does not handle). */
  | { readonly kind: 'unsupported'; readonly what: string; readonly site: Span; readonly backtrace: readonly Frame[] }
  /** Every thread is blocked with nothing that could wake it. */
  | { readonly kind: 'deadlock'; readonly what: string; readonly site: Span; readonly backtrace: readonly Frame[] }
  /** A resource limit: the C stack, the step budget, or memory. */
  | { readonly kind: 'limit'; readonly what: 'stack' | 'steps' | 'memory'; readonly limit: number; readonly site: Span; readonly backtrace: readonly Frame[] }
  /** The program exited but leaked memory (`code` is its exit status). */
  | { readonly kind: 'leak'; readonly code: number; readonly leaks: readonly Leak[] }
  /** `abort()` or a failed `assert`. */
  | { readonly kind: 'abort'; readonly message: string | undefined; readonly site: Span; readonly backtrace: readonly Frame[] }
  /** Ended by a signal (e.g. SIGPIPE), as Linux would. */
  | { readonly kind: 'signal'; readonly signal: number; readonly name: string; readonly site: Span; readonly backtrace: readonly Frame[] }
  /** The program could not be compiled (syntax or type errors, unknown header, link errors). */
  | { readonly kind: 'compile-error'; readonly errors: readonly CompileError[] }
  /** A bug in ciri, reported with the C location it happened at. */
  | { readonly kind: 'internal-error'; readonly message: string; readonly site: Span | undefined; readonly backtrace: readonly Frame[] };

export type CompileErrorCategory = 'syntax-error' | 'type-error' | 'unsupported' | 'link-error' | 'preprocessor-error';

/** An error (or warning) found before the program runs. */
export interface CompileError {
  readonly severity: 'error' | 'warning';
  readonly category: CompileErrorCategory;
  readonly message: string;
  readonly span: Span | undefined;
  readonly notes?: readonly { readonly message: string; readonly span: Span | undefined }[];
}

/**
 * Thrown inside the machine (from a check helper or a shim) to end the run;
 * caught by the run loop. Never escapes to the user.
 */
export class StopSignal {
  constructor(readonly stop: Stop) {}
}

/** Thrown by sema/preprocessor/parser to abort compilation after errors were recorded. */
export class CompileAbort {
  constructor(readonly errors: readonly CompileError[]) {}
}
