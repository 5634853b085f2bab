/**
 * The allocation table: one row per allocation ever made, stored column-wise
 * in typed arrays indexed by allocation id (DESIGN.md decision 10).
 *
 * Ids start at 1 (0 is "no provenance") and are never reused, so a pointer
 * that outlives its allocation keeps naming the dead row and every later
 * access through it is a use-after-free, even when the address range has been
 * handed to a new allocation. Columns grow by doubling; whoever caches a
 * column (the hot helpers) is told through `onGrow`.
 *
 * Not here: where an allocation lives (address-space.ts), its bytes (arena.ts)
 * and the checks (diagnose.ts, hot.ts).
 *
 * Invariant: `readLimit[id]` is the size of a live readable allocation and -1
 * otherwise, `writeLimit[id]` likewise for writable ones, so one comparison
 * `offset <= limit - n` checks liveness, permission and bounds at once.
 */
import type { AllocKind } from '../diagnostics/stop.js';

export const STATE_FREE = 0;
export const STATE_LIVE = 1;
export const STATE_READONLY = 2;

/** Allocation kinds by their numeric code in the `kind` column. */
export const KINDS: readonly AllocKind[] = ['stack', 'heap', 'global', 'string', 'function', 'mmap', 'library'];
export const KIND_CODE: Readonly<Record<AllocKind, number>> = { stack: 0, heap: 1, global: 2, string: 3, function: 4, mmap: 5, library: 6 };
export const KIND_FUNCTION = KIND_CODE.function;

const INITIAL_ROWS = 1024;

export class AllocationTable {
  /** Next id to hand out; rows [1, next) exist. */
  next = 1;
  /** Arena offset of the first byte (arena offsets are below 2^32). */
  base = new Uint32Array(INITIAL_ROWS);
  /** Size in bytes as the program asked (fits the arena, so below 2^32). */
  size = new Uint32Array(INITIAL_ROWS);
  /** Size if live and readable, else -1 (see the invariant above). */
  readLimit = new Float64Array(INITIAL_ROWS).fill(-1);
  /** Size if live and writable, else -1. */
  writeLimit = new Float64Array(INITIAL_ROWS).fill(-1);
  /** STATE_FREE (freed, or never made), STATE_LIVE or STATE_READONLY. */
  state = new Uint8Array(INITIAL_ROWS);
  /** Index into KINDS. */
  kind = new Uint8Array(INITIAL_ROWS);
  align = new Uint32Array(INITIAL_ROWS);
  /** Interned call stack of the allocation (0: none). */
  allocStack = new Int32Array(INITIAL_ROWS);
  /** Interned call stack of the free (0: none). */
  freeStack = new Int32Array(INITIAL_ROWS);
  /** 1 once a pointer-to-integer conversion exposed the allocation (permissive provenance). */
  exposed = new Uint8Array(INITIAL_ROWS);
  /** Variable names (stack and global objects). */
  readonly names: (string | undefined)[] = [undefined];
  /** Called after the columns were replaced by bigger ones. */
  onGrow: () => void = () => {};

  /** Adds a live, writable row and returns its id. */
  add(offset: number, size: number, align: number, kind: AllocKind, name: string | undefined, stack: number): number {
    if (this.next === this.state.length) this.grow();
    const id = this.next++;
    const k = KIND_CODE[kind];
    this.base[id] = offset;
    this.size[id] = size;
    this.state[id] = STATE_LIVE;
    this.kind[id] = k;
    this.align[id] = align;
    this.allocStack[id] = stack;
    // A function's single byte can never be read or written.
    this.readLimit[id] = k === KIND_FUNCTION ? -1 : size;
    this.writeLimit[id] = k === KIND_FUNCTION ? -1 : size;
    this.names[id] = name;
    return id;
  }

  /** True for an id that names a row (live or dead). */
  exists(id: number): boolean {
    return Number.isInteger(id) && id > 0 && id < this.next;
  }

  isLive(id: number): boolean {
    return this.exists(id) && this.state[id] !== STATE_FREE;
  }

  kindOf(id: number): AllocKind {
    return KINDS[this.kind[id]!]!;
  }

  /** Ends the allocation's lifetime; its base and size stay for diagnostics. */
  kill(id: number, stack: number): void {
    this.state[id] = STATE_FREE;
    this.readLimit[id] = -1;
    this.writeLimit[id] = -1;
    this.freeStack[id] = stack;
  }

  setReadonly(id: number): void {
    if (this.state[id] === STATE_FREE) return;
    this.state[id] = STATE_READONLY;
    this.writeLimit[id] = -1;
  }

  private grow(): void {
    const n = this.state.length * 2;
    this.base = extend(this.base, new Uint32Array(n));
    this.size = extend(this.size, new Uint32Array(n));
    this.readLimit = extend(this.readLimit, new Float64Array(n).fill(-1));
    this.writeLimit = extend(this.writeLimit, new Float64Array(n).fill(-1));
    this.state = extend(this.state, new Uint8Array(n));
    this.kind = extend(this.kind, new Uint8Array(n));
    this.align = extend(this.align, new Uint32Array(n));
    this.allocStack = extend(this.allocStack, new Int32Array(n));
    this.freeStack = extend(this.freeStack, new Int32Array(n));
    this.exposed = extend(this.exposed, new Uint8Array(n));
    this.onGrow();
  }
}

function extend<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(old: T, bigger: T): T {
  bigger.set(old as never);
  return bigger;
}
