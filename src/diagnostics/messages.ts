/**
 * The message table: every UB kind and every stop kind mapped to its
 * category, headline, caret label and the C17 clause it breaks, and
 * `diagnose`, which turns a Stop (plus compile warnings) into Diagnostics.
 *
 * This is the only place where stop data becomes prose (CONVENTIONS.md 8),
 * so every message can be found by grep. Not here: layout and colours (the
 * renderers) or clause sentences (clauses.ts). Invariant: the UB table is a
 * mapped type over `UBKind`, so a new kind in stop.ts fails to compile until
 * it has an entry; every headline is a single line.
 */
import type { Span } from '../frontend/source.js';
import type { Category } from './categories.js';
import { clauseSentence } from './clauses.js';
import { allocName, assertNever, bytes, describeAlloc, endOfLife, hex } from './describe.js';
import type { Diagnostic, DiagnosticNote } from './diagnostic.js';
import type { AllocationInfo, CompileError, Frame, Leak, Stop, UB, UBKind } from './stop.js';

type UbOf<K extends UBKind> = Extract<UB, { kind: K }>;

function allocOrNone(a: AllocationInfo | undefined): string {
  return a ? describeAlloc(a) : 'a pointer to no allocation';
}

interface UbMessage<K extends UBKind> {
  readonly category: Category;
  /** The clause broken, e.g. "C17 6.5.6p8"; some kinds break different rules depending on their data. */
  readonly clause: string | ((ub: UbOf<K>) => string);
  readonly headline: (ub: UbOf<K>) => string;
  readonly label: (ub: UbOf<K>) => string;
}

/** Every UB kind, in stop.ts order. */
export const UB_MESSAGES: { readonly [K in UBKind]: UbMessage<K> } = {
  'out-of-bounds': {
    category: 'out-of-bounds', clause: 'C17 6.5.6p8',
    headline: (u) => `out-of-bounds ${u.access} of ${bytes(u.size)} at offset ${u.offset} in ${describeAlloc(u.alloc)}`,
    label: (u) => `out-of-bounds ${u.access}`,
  },
  'use-after-free': {
    category: 'use-after-free', clause: 'C17 6.2.4p2',
    headline: (u) => {
      const which = `${describeAlloc(u.alloc)}, which ${endOfLife(u.alloc)}`;
      if (u.access === 'free') return `free of a pointer to ${which}`;
      if (u.access === 'arithmetic') return `pointer arithmetic on a pointer to ${which}`;
      return `${u.access} of ${bytes(u.size)} at offset ${u.offset} in ${which}`;
    },
    label: (u) => (u.access === 'read' || u.access === 'write' ? `${u.access} of ${u.alloc.kind === 'stack' ? 'a dead local' : u.alloc.kind === 'library' ? 'a closed object' : 'freed memory'}` : 'use of a dangling pointer'),
  },
  'double-free': {
    category: 'double-free', clause: (u) => (u.alloc.kind === 'mmap' ? 'POSIX munmap' : 'C17 7.22.3.3p2'),
    headline: (u) => (u.alloc.kind === 'mmap'
      ? `double munmap of ${describeAlloc(u.alloc)}: it has already been unmapped`
      : `double free of ${describeAlloc(u.alloc)}: it has already been freed`),
    label: (u) => (u.alloc.kind === 'mmap' ? 'unmapped a second time' : 'freed a second time'),
  },
  'invalid-free': {
    category: 'invalid-free', clause: 'C17 7.22.3.3p2',
    headline: (u) => {
      if (u.reason === 'no-provenance' || u.alloc === undefined) return `free of ${hex(u.address)}, which does not point to an allocation`;
      if (u.reason === 'interior') return `free of a pointer to offset ${u.offset} in ${describeAlloc(u.alloc)}, not to the start of the block`;
      return `free of a pointer to ${describeAlloc(u.alloc)}, which was not allocated by malloc, calloc or realloc`;
    },
    label: () => 'invalid free',
  },
  'mismatched-deallocation': {
    category: 'mismatched-deallocation', clause: (u) => (u.actual === 'munmap' ? 'POSIX munmap' : 'C17 7.22.3.3p2'),
    headline: (u) => (u.actual === 'munmap' && u.alloc.kind !== 'heap'
      ? `${describeAlloc(u.alloc)} released with \`munmap\`, but it was not mapped by \`mmap\``
      : `${describeAlloc(u.alloc)} released with \`${u.actual}\`, but it must be released with \`${u.expected}\``),
    label: (u) => `released with \`${u.actual}\``,
  },
  'partial-munmap': {
    category: 'partial-munmap', clause: 'POSIX munmap',
    headline: (u) => `\`munmap\` of ${bytes(u.size)} at offset ${u.offset} in ${describeAlloc(u.alloc)} would unmap only part of it: `
      + 'the abstract machine treats a mapping as one allocation, which can only be unmapped whole',
    label: () => 'partial munmap',
  },
  'uninitialized-read': {
    category: 'uninitialized-read', clause: 'C17 6.2.6.1p5',
    headline: (u) => `read of ${bytes(u.size)} at offset ${u.offset} in ${describeAlloc(u.alloc)} uses uninitialized memory (the first uninitialized byte is at offset ${u.firstUninit})`,
    label: () => 'read of uninitialized memory',
  },
  'uninitialized-value': {
    category: 'uninitialized-read', clause: 'C17 6.2.4p6',
    headline: (u) => `${u.use === 'branch' ? 'branching on' : u.use === 'conversion' ? 'using' : 'storing into a bit-field'} ${u.type === 'unsigned char' ? 'an' : 'a'} \`${u.type}\` value copied from uninitialized memory (byte at offset ${u.offset} in ${allocOrNone(u.alloc)})`,
    label: (u) => (u.use === 'branch' ? 'branch on an uninitialized value' : 'uninitialized value used here'),
  },
  'unsequenced-access': {
    category: 'unsequenced-access', clause: 'C17 6.5p2',
    headline: (u) => `\`${u.object}\` is modified and ${u.otherIsWrite ? 'modified again' : 'read'} in the same expression, with no sequence point between the two (unsequenced)`,
    label: () => 'this modification is unsequenced',
  },
  'uninitialized-local': {
    category: 'uninitialized-read', clause: 'C17 6.3.2.1p2',
    headline: (u) => `\`${u.name}\` is read before anything was stored in it`,
    label: () => 'uninitialized value read',
  },
  'signed-overflow': {
    category: 'signed-overflow', clause: (u) => (u.op === '/' || u.op === '%' ? 'C17 6.5.5p6' : 'C17 6.5p5'),
    headline: (u) => `signed integer overflow: ${u.right === undefined ? `${u.op}(${u.left})` : `${u.left} ${u.op} ${u.right}`} does not fit in \`${u.type}\``,
    label: () => 'signed integer overflow',
  },
  'division-by-zero': {
    category: 'division-by-zero', clause: 'C17 6.5.5p5',
    headline: (u) => `${u.op === '/' ? 'division' : 'remainder'} by zero in type \`${u.type}\``,
    label: (u) => `${u.op === '/' ? 'division' : 'remainder'} by zero`,
  },
  'invalid-shift': {
    category: 'invalid-shift', clause: (u) => (u.reason === 'negative-amount' || u.reason === 'amount-too-large' ? 'C17 6.5.7p3' : 'C17 6.5.7p4'),
    headline: (u) => {
      switch (u.reason) {
        case 'negative-amount': return `shift by a negative amount (${u.amount})`;
        case 'amount-too-large': return `shift by ${u.amount}, which is not less than the width of \`${u.type}\` (${u.width} bits)`;
        case 'negative-value': return `left shift of the negative value ${u.value}`;
        case 'overflow': return `left shift ${u.value} << ${u.amount} does not fit in \`${u.type}\``;
        default: return assertNever(u.reason);
      }
    },
    label: () => 'invalid shift',
  },
  'null-dereference': {
    category: 'null-dereference', clause: 'C17 6.5.3.2p4',
    headline: (u) => `null pointer dereference: ${u.access} of ${bytes(u.size)} at address ${hex(u.address)}`,
    label: (u) => `${u.access} through a null pointer`,
  },
  'dangling-pointer': {
    category: 'dangling-pointer', clause: 'C17 6.5.3.2p4',
    headline: (u) => `${u.access} of ${bytes(u.size)} at ${hex(u.address)}, which is not inside any allocation`,
    label: (u) => `${u.access} through a dangling pointer`,
  },
  'misaligned-access': {
    category: 'misaligned-access', clause: 'C17 6.3.2.3p7',
    headline: (u) => u.allocAlign !== undefined && u.alloc
      ? `misaligned ${u.access} of ${bytes(u.size)} at ${hex(u.address)} in ${describeAlloc(u.alloc)}: the type requires ${u.required}-byte alignment, but the allocation is only guaranteed ${u.allocAlign}-byte alignment (--symbolic-alignment)`
      : `misaligned ${u.access} of ${bytes(u.size)} at ${hex(u.address)}${u.alloc ? ` in ${describeAlloc(u.alloc)}` : ''}: the type requires ${u.required}-byte alignment`,
    label: (u) => `misaligned ${u.access}`,
  },
  'invalid-pointer-arithmetic': {
    category: 'invalid-pointer-arithmetic', clause: 'C17 6.5.6p8',
    headline: (u) => (u.alloc
      ? `pointer arithmetic out of bounds: moving a pointer at offset ${u.offset} by ${u.delta} bytes leaves ${describeAlloc(u.alloc)}`
      : `pointer arithmetic by ${u.delta} bytes on a pointer that does not point to an allocation`),
    label: () => 'out-of-bounds pointer arithmetic',
  },
  'overlapping-copy': {
    category: 'overlapping-copy', clause: 'C17 7.24.2.1p2',
    headline: (u) => `\`${u.fn}\` with overlapping ranges: copying ${bytes(u.size)} from offset ${u.src} to offset ${u.dst} in ${describeAlloc(u.alloc)}`,
    label: () => 'overlapping copy',
  },
  'write-to-readonly': {
    category: 'write-to-readonly', clause: (u) => (u.alloc.kind === 'string' ? 'C17 6.4.5p7' : 'C17 6.7.3p6'),
    headline: (u) => `write of ${bytes(u.size)} at offset ${u.offset} in ${describeAlloc(u.alloc)}, which is read-only`,
    label: () => 'write to read-only memory',
  },
  'format-mismatch': {
    category: 'format-mismatch', clause: 'C17 7.21.6.1p9',
    headline: (u) => `\`${u.fn}\`: the conversion \`${u.directive}\` expects ${u.expected}, but the argument is ${u.actual}`,
    label: (u) => `\`${u.directive}\` expects ${u.expected}`,
  },
  'invalid-conversion': {
    category: 'invalid-conversion', clause: 'C17 6.3.1.4p1',
    headline: (u) => `conversion of ${u.value} to \`${u.type}\` is out of range`,
    label: () => 'out-of-range conversion',
  },
  'invalid-call': {
    category: 'invalid-call',
    clause: (u) => (u.reason === 'incompatible-type' ? 'C17 6.5.2.2p9' : u.reason === 'argument-mismatch' ? 'C17 6.5.2.2p6' : 'C17 6.5.3.2p4'),
    headline: (u) => {
      switch (u.reason) {
        case 'null': return 'call through a null function pointer';
        case 'not-a-function': return `call through ${u.detail}`;
        case 'incompatible-type': return `call through a function pointer of an incompatible type: ${u.detail}`;
        case 'argument-mismatch': return `call without a prototype whose arguments do not match the definition: ${u.detail}`;
        default: return assertNever(u.reason);
      }
    },
    label: () => 'invalid call',
  },
  'missing-return': {
    category: 'missing-return', clause: 'C17 6.9.1p12',
    headline: (u) => `\`${u.fn}\` ended without returning a value, and its caller used the value`,
    label: () => 'no value was returned',
  },
  'unreachable': {
    category: 'unreachable', clause: 'C17 4p2',
    headline: (u) => `reached code the program declared unreachable: ${u.what}`,
    label: () => 'reached unreachable code',
  },
  'invalid-argument': {
    category: 'invalid-argument', clause: 'C17 7.1.4p1',
    headline: (u) => `invalid argument to \`${u.fn}\`: ${u.detail}`,
    label: (u) => `invalid argument to \`${u.fn}\``,
  },
  'invalid-pointer-subtraction': {
    category: 'invalid-pointer-subtraction', clause: 'C17 6.5.6p9',
    headline: (u) => `subtraction of pointers into different allocations: ${allocOrNone(u.left)} and ${allocOrNone(u.right)}`,
    label: () => 'pointers into different allocations subtracted',
  },
  'invalid-pointer-comparison': {
    category: 'invalid-pointer-comparison', clause: 'C17 6.5.8p5',
    headline: (u) => `relational comparison of pointers into different allocations: ${allocOrNone(u.left)} and ${allocOrNone(u.right)}`,
    label: () => 'pointers into different allocations compared',
  },
  'noreturn-returned': {
    category: 'noreturn-returned', clause: 'C17 6.7.4p8',
    headline: (u) => `\`${u.fn}\` is declared _Noreturn, but it returned`,
    label: () => 'returns from a _Noreturn function',
  },
  'invalid-vla-size': {
    category: 'invalid-vla-size', clause: 'C17 6.7.6.2p5',
    headline: (u) => `variable length array declared with size ${u.value}, which is not greater than zero`,
    label: (u) => `size ${u.value}`,
  },
  'invalid-va-arg': {
    category: 'invalid-va-arg', clause: (u) => (u.reason === 'after-end' ? 'C17 7.16.1.3p2' : 'C17 7.16.1.1p2'),
    headline: (u) => {
      switch (u.reason) {
        case 'exhausted':
          return `\`va_arg\` read variadic argument ${u.index + 1} of \`${u.fn}\`, which was called with only ${u.count === 0 ? 'none' : u.count}`;
        case 'type-mismatch':
          return `\`va_arg(ap, ${u.requested})\` read variadic argument ${u.index + 1} of \`${u.fn}\`, which was passed as \`${u.passed}\``;
        case 'promoted-type':
          return `\`va_arg(ap, ${u.requested})\`: no argument has this type, since default argument promotion turns it into \`${u.passed}\``;
        case 'after-end':
          return `a \`va_list\` of \`${u.fn}\` was used after \`va_end\``;
      }
    },
    label: (u) => (u.reason === 'after-end' ? 'va_list used after va_end' : u.reason === 'exhausted' ? 'no argument left' : `read as \`${u.requested}\``),
  },
};

export interface UbText {
  category: Category;
  clause: string;
  headline: string;
  label: string;
}

/** The table entry for one UB value, resolved. */
export function ubText<K extends UBKind>(ub: UbOf<K>): UbText {
  const entry = UB_MESSAGES[ub.kind as K] as UbMessage<K>;
  const clause = typeof entry.clause === 'string' ? entry.clause : entry.clause(ub);
  return { category: entry.category, clause, headline: entry.headline(ub), label: entry.label(ub) };
}

const UB_HELP = 'this indicates a bug in the program: it performed an invalid operation, and caused Undefined Behavior';

function help(message: string): DiagnosticNote {
  return { level: 'help', message, span: undefined };
}

/** Where the allocation involved was made and where it ended, each with its own snippet. */
function allocationNotes(alloc: AllocationInfo): DiagnosticNote[] {
  const notes: DiagnosticNote[] = [];
  const made = alloc.allocatedAt[0];
  if (made) notes.push({ level: 'help', message: `${allocName(alloc)} was allocated here`, span: made.span, backtrace: [...alloc.allocatedAt] });
  const freed = alloc.freedAt?.[0];
  if (freed && alloc.freedAt) {
    const message = alloc.kind === 'stack' ? 'this local went out of scope here' : `${allocName(alloc)} ${alloc.kind === 'mmap' ? 'was unmapped' : alloc.kind === 'library' ? 'was closed' : 'was freed'} here`;
    notes.push({ level: 'help', message, span: freed.span, backtrace: [...alloc.freedAt] });
  }
  return notes;
}

/** The UB's data for machine readers: allocations summarised (their histories are notes). */
function ubFacts(ub: UB): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(ub)) {
    out[k] = isAllocation(v) ? { id: allocName(v), kind: v.kind, size: v.size, align: v.align, name: v.name ?? null } : v;
  }
  return out;
}

function isAllocation(v: unknown): v is AllocationInfo {
  return typeof v === 'object' && v !== null && 'allocatedAt' in v && 'id' in v;
}

function diagnoseUb(ub: UB, site: Span, backtrace: readonly Frame[]): Diagnostic {
  const text = ubText(ub);
  const sentence = clauseSentence(text.clause);
  const notes: DiagnosticNote[] = [help(UB_HELP), { level: 'note', message: sentence ? `${text.clause}: ${sentence}` : text.clause, span: undefined }];
  if ('alloc' in ub && ub.alloc) notes.push(...allocationNotes(ub.alloc));
  if (ub.kind === 'unsequenced-access') {
    notes.push({ level: 'help', message: `the other ${ub.otherIsWrite ? 'modification' : 'read'} of \`${ub.object}\` is here`, span: ub.other });
  }
  return {
    severity: 'error', category: text.category, message: `Undefined Behavior: ${text.headline}`, span: site, label: text.label,
    notes, backtrace: [...backtrace], clause: text.clause, facts: ubFacts(ub),
  };
}

/** "8 MiB", "64 KiB", "1000 bytes": limits as a user would have written them. */
export function formatSize(n: number): string {
  if (n >= 1 << 30 && n % (1 << 30) === 0) return `${n / (1 << 30)} GiB`;
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MiB`;
  if (n >= 1 << 10 && n % (1 << 10) === 0) return `${n / (1 << 10)} KiB`;
  return bytes(n);
}

function leakDiagnostic(leak: Leak): Diagnostic {
  const { alloc } = leak;
  const what = leak.reachable
    ? 'was never freed (it is still reachable through a global at exit)'
    : 'was never freed, and no pointer to it remains (lost)';
  const advice = leak.reachable
    ? 'to report only blocks that are no longer reachable, use --leak-check=lost'
    : 'free the block once it is no longer needed (or use --leak-check=off to ignore leaks)';
  return {
    severity: 'error', category: 'memory-leak', message: `memory leaked: ${describeAlloc(alloc)} ${what}`,
    span: alloc.allocatedAt[0]?.span, label: `${allocName(alloc)} allocated here`,
    notes: [help(advice)], backtrace: [...alloc.allocatedAt], clause: undefined,
  };
}

function fromCompileError(e: CompileError): Diagnostic {
  return {
    severity: e.severity, category: e.category, message: e.message, span: e.span, label: undefined,
    notes: (e.notes ?? []).map((n) => ({ level: 'note', message: n.message, span: n.span })), backtrace: [], clause: undefined,
  };
}

interface Located { site: Span | undefined; backtrace: readonly Frame[] }

/** A non-UB stop at a point of the program: one headline, one label, one help line. */
function stopAt(category: Category, message: string, label: string, advice: string[], at: Located): Diagnostic {
  return {
    severity: 'error', category, message, span: at.site, label,
    notes: advice.map(help), backtrace: [...at.backtrace], clause: undefined,
  };
}

function limitDiagnostic(stop: Extract<Stop, { kind: 'limit' }>): Diagnostic {
  switch (stop.what) {
    case 'stack': return stopAt('stack-overflow', `stack overflow: the C stack grew past its limit of ${formatSize(stop.limit)}`,
      'this call overflowed the stack', ['the program recursed too deeply; if it is meant to, raise the limit with --stack-size'], stop);
    case 'steps': return stopAt('limit', `step limit reached: the program ran more than ${stop.limit} steps`,
      'stopped here', ['raise or remove the limit with --max-steps (0 means no limit)'], stop);
    case 'memory': return stopAt('limit', `memory limit reached: live allocations exceed ${formatSize(stop.limit)}`,
      'this allocation went past the limit', ['ciri bounds the memory a program may hold at once'], stop);
    default: return assertNever(stop.what);
  }
}

function stopDiagnostics(stop: Stop): Diagnostic[] {
  switch (stop.kind) {
    case 'exit': return [];
    case 'ub': return [diagnoseUb(stop.ub, stop.site, stop.backtrace)];
    case 'unsupported': return [stopAt('unsupported', `unsupported operation: ${stop.what}`, 'unsupported operation',
      ['this is likely not a bug in the program; it indicates that the program performed an operation that ciri does not support'], stop)];
    case 'deadlock': return [stopAt('deadlock', `deadlock: ${stop.what}`, 'the last thread blocked here',
      ['every thread is blocked, and nothing that is left could wake any of them'], stop)];
    case 'limit': return [limitDiagnostic(stop)];
    case 'leak': return stop.leaks.map(leakDiagnostic);
    case 'abort': return [stopAt('abort', stop.message ? `the program aborted: ${stop.message}` : 'the program called abort()', 'aborted here', [], stop)];
    case 'signal': return [stopAt('signal', `the program was terminated by signal ${stop.name} (${stop.signal})`, `${stop.name} raised here`,
      stop.name === 'SIGPIPE' ? ['the program wrote to a pipe or socket whose reading end was closed'] : [], stop)];
    case 'compile-error': return stop.errors.map(fromCompileError);
    case 'internal-error': return [stopAt('internal-error', `internal error: ${stop.message}`, 'while running this',
      ['this is a bug in ciri, not in the program; please report it with the program that triggers it'], stop)];
    default: return assertNever(stop);
  }
}

/** The diagnostics of a run: compile warnings first (in source order, as found), then how the run ended. */
export function diagnose(stop: Stop, warnings: readonly CompileError[]): Diagnostic[] {
  return [...warnings.map(fromCompileError), ...stopDiagnostics(stop)];
}
