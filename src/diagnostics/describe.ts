/**
 * Small phrases shared by the message table: how an allocation, a byte
 * count or an address is spelled in a diagnostic.
 *
 * Kept apart from `messages.ts` so the table reads as one entry per kind.
 * Invariant: every phrase is deterministic for a given run (allocation ids
 * are; addresses are printed in hex so tests can normalise them).
 */
import type { AllocationInfo, AllocKind } from './stop.js';

export function bytes(n: number): string {
  return n === 1 ? '1 byte' : `${n} bytes`;
}

export function hex(address: number): string {
  return `0x${(address < 0 ? BigInt.asUintN(64, BigInt(address)) : address).toString(16)}`;
}

function kindPhrase(kind: AllocKind, name: string | undefined): string {
  switch (kind) {
    case 'stack': return name ? `stack variable \`${name}\`` : 'stack';
    case 'global': return name ? `global \`${name}\`` : 'global';
    case 'heap': return 'heap';
    case 'string': return 'string literal';
    case 'function': return name ? `function \`${name}\`` : 'function';
    case 'mmap': return 'mmap';
    case 'library': return name ? `C library ${name}` : 'C library object';
    default: return assertNever(kind);
  }
}

/** "alloc12 (heap, 40 bytes)", "alloc3 (stack variable `buf`, 16 bytes)". */
export function describeAlloc(a: AllocationInfo): string {
  if (a.kind === 'function') return `alloc${a.id} (${kindPhrase(a.kind, a.name)})`;
  return `alloc${a.id} (${kindPhrase(a.kind, a.name)}, ${bytes(a.size)})`;
}

/** "alloc12", the short name used in notes once the headline has described it. */
export function allocName(a: AllocationInfo): string {
  return `alloc${a.id}`;
}

/** Why an allocation is no longer usable: heap blocks are freed, locals go out of scope, streams are closed. */
export function endOfLife(a: AllocationInfo): string {
  switch (a.kind) {
    case 'stack': return 'went out of scope';
    case 'mmap': return 'was unmapped';
    case 'library': return 'has been closed';
    default: return 'has been freed';
  }
}

export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}
