/**
 * What a shim is and what it may ask of the machine (DESIGN.md decision 12).
 *
 * A shim implements one C library or POSIX function in TypeScript. It is
 * declared with its C name and signature; the dispatcher decodes the
 * arguments once (pointers become `Ptr`, 64-bit integers canonical
 * `number | bigint`) and passes variadic arguments with their kinds.
 * Every shim starts the same way (CONVENTIONS.md 7): check every pointer
 * argument over the whole range it will touch, then act, then report failure
 * through `setErrno`.
 */
import type { ScalarKind } from '../ir/ir.js';
import type { CiriConfig } from '../config.js';
import type { UB } from '../diagnostics/stop.js';
import type { MemoryApi } from '../memory/memory-api.js';
import type { Int64, Ptr } from '../memory/pointer.js';

/** A decoded argument or result. Pointers are `Ptr`, integers and doubles numbers (64-bit: Int64). */
export type ShimValue = number | bigint | Ptr;

/** One argument beyond a variadic function's fixed parameters. `value` is the address for pointers. */
export interface VarArg {
  readonly kind: ScalarKind;
  readonly value: number | bigint;
  /** Provenance, for kind 'ptr'. */
  readonly prov: number;
}

/** The arguments a variadic C function received past its parameters (src/interpreter/varargs.ts). */
export interface VaArea {
  /** The allocation holding them, one 8-byte slot each. */
  readonly id: number;
  readonly base: number;
  /** The kind each argument was passed as (after default argument promotion). */
  readonly kinds: readonly ScalarKind[];
  /** The C function that received them. */
  readonly fn: string;
}

/** The machine as shims see it. */
export interface ShimMachine {
  readonly mem: MemoryApi;
  readonly config: CiriConfig;
  /** Report UB at the current call. */
  raise(ub: UB): never;
  /** Stop with `unsupported` at the current call. */
  unsupported(what: string): never;
  /** End the program with this status: atexit handlers run unless `runAtexit` is false (`_Exit`), then streams are flushed. */
  exit(code: number, runAtexit?: boolean): never;
  /** End the program as `abort()` does (SIGABRT), with an optional message. */
  abort(message?: string): never;
  /** End the program as the default action of signal `signal` (e.g. 4, 'SIGILL') does on Linux. */
  signal(signal: number, name: string): never;
  /**
   * Stop with `deadlock` at the current call: every thread is blocked and
   * nothing could wake any of them. `what` says what the caller waits for
   * ("read from fd 3 (a pipe): the buffer is empty and the write end is open").
   */
  deadlock(what: string): never;
  /**
   * Runs `hook` once when the program ends by returning from main or `exit`
   * (after atexit handlers), or stops with UB, unsupported, deadlock or a
   * limit, before ciri reports anything: stdio flushes its buffers here.
   * Not run on `abort`, a fatal signal or `_Exit`, where Linux loses them too.
   */
  onProgramEnd(hook: () => void): void;
  /** Set the C `errno`. */
  setErrno(code: number): void;
  /** The address of this thread's `errno`. */
  errnoLocation(): Ptr;
  /** Register a function pointer to run at exit (C17 7.22.4.2). */
  atexit(fn: Ptr): boolean;
  /** A seeded random stream for one source of nondeterminism. */
  random(stream: 'io' | 'alloc' | 'schedule'): () => number;
  /** Write program output to fd 1 or 2 (the fd layer routes these). */
  writeOutput(fd: 1 | 2, bytes: Uint8Array): void;
  /** Per-family state that shims keep on the machine (stdio streams, fd table...), keyed by family. */
  readonly shimState: Map<string, unknown>;
  /** The variadic argument area of the calling C function (for `va_start`), if it is variadic. */
  currentVaArea(): VaArea | undefined;
  /** The live variadic argument area that is allocation `id`. */
  vaArea(id: number): VaArea | undefined;
  /** The C name of the shim being called (for messages). */
  readonly currentShim: string;
}

export interface ShimDef {
  readonly name: string;
  /** Kinds of the fixed parameters, as C declares them. */
  readonly params: readonly ScalarKind[];
  readonly ret: ScalarKind | 'void';
  readonly variadic?: boolean;
  /** Returns the result decoded like the arguments (undefined for void). */
  readonly handler: (m: ShimMachine, args: ShimValue[], varargs: readonly VarArg[]) => ShimValue | undefined | void;
}

/** Helper for shims: a size_t/ssize_t argument as a JS number (huge values saturate, they fail range checks anyway). */
export function asSize(v: ShimValue): number {
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  if (typeof v === 'number') return v;
  throw new TypeError('asSize: pointer given');
}

export function asPtr(v: ShimValue): Ptr {
  if (typeof v === 'object') return v;
  throw new TypeError('asPtr: integer given');
}

export function asInt(v: ShimValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(BigInt.asIntN(32, v));
  throw new TypeError('asInt: pointer given');
}

export type { Int64 };
