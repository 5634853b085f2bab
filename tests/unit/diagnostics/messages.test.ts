import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/diagnostics/categories.js';
import { clauseSentence } from '../../../src/diagnostics/clauses.js';
import { diagnose, formatSize, UB_MESSAGES, ubText } from '../../../src/diagnostics/messages.js';
import type { CompileError, Stop, UB, UBKind } from '../../../src/diagnostics/stop.js';
import { NO_SPAN } from '../../../src/frontend/source.js';
import { frame, heapAlloc, span } from './fixtures.js';

const alloc = heapAlloc();
const site = span(0, 7, 12, 17);

/** One sample of every UB kind; the first test checks it covers the whole table. */
const SAMPLES: Record<UBKind, UB> = {
  'out-of-bounds': { kind: 'out-of-bounds', access: 'read', alloc, offset: 40, size: 4 },
  'use-after-free': { kind: 'use-after-free', access: 'write', alloc, offset: 0, size: 4 },
  'double-free': { kind: 'double-free', alloc },
  'invalid-free': { kind: 'invalid-free', reason: 'interior', alloc, offset: 8, address: 0x1008 },
  'mismatched-deallocation': { kind: 'mismatched-deallocation', alloc, expected: 'munmap', actual: 'free' },
  'partial-munmap': { kind: 'partial-munmap', alloc: heapAlloc({ kind: 'mmap', size: 8192 }), offset: 4096, size: 4096 },
  'uninitialized-read': { kind: 'uninitialized-read', alloc, offset: 0, size: 4, firstUninit: 2 },
  'unsequenced-access': { kind: 'unsequenced-access', object: 'i', otherIsWrite: true, other: site },
  'uninitialized-value': { kind: 'uninitialized-value', alloc, offset: 3, use: 'branch', type: 'char' },
  'uninitialized-local': { kind: 'uninitialized-local', name: 'x' },
  'signed-overflow': { kind: 'signed-overflow', op: '+', type: 'int', left: '2147483647', right: '1' },
  'division-by-zero': { kind: 'division-by-zero', op: '%', type: 'int' },
  'invalid-shift': { kind: 'invalid-shift', reason: 'amount-too-large', type: 'int', value: '1', amount: '32', width: 32 },
  'null-dereference': { kind: 'null-dereference', access: 'read', address: 0, size: 4 },
  'dangling-pointer': { kind: 'dangling-pointer', access: 'write', address: 0x1234, size: 8 },
  'misaligned-access': { kind: 'misaligned-access', access: 'read', address: 0x1001, required: 4, size: 4, alloc: undefined },
  'invalid-pointer-arithmetic': { kind: 'invalid-pointer-arithmetic', alloc, offset: 40, delta: 8 },
  'overlapping-copy': { kind: 'overlapping-copy', fn: 'memcpy', alloc, dst: 0, src: 4, size: 8 },
  'write-to-readonly': { kind: 'write-to-readonly', alloc: heapAlloc({ kind: 'string', size: 6 }), offset: 0, size: 1 },
  'format-mismatch': { kind: 'format-mismatch', fn: 'printf', directive: '%d', expected: 'int', actual: 'double' },
  'invalid-conversion': { kind: 'invalid-conversion', value: '1e+20', type: 'int' },
  'invalid-call': { kind: 'invalid-call', reason: 'null', detail: 'a null function pointer' },
  'missing-return': { kind: 'missing-return', fn: 'f' },
  'unreachable': { kind: 'unreachable', what: '__builtin_unreachable()' },
  'invalid-argument': { kind: 'invalid-argument', fn: 'strlen', detail: 'the string is a null pointer' },
  'invalid-pointer-subtraction': { kind: 'invalid-pointer-subtraction', left: undefined, right: undefined },
  'invalid-pointer-comparison': { kind: 'invalid-pointer-comparison', left: undefined, right: undefined },
  'noreturn-returned': { kind: 'noreturn-returned', fn: 'die' },
  'invalid-vla-size': { kind: 'invalid-vla-size', value: '-3' },
  'invalid-va-arg': { kind: 'invalid-va-arg', reason: 'type-mismatch', fn: 'average', index: 0, count: 2, requested: 'double', passed: 'int' },
};

function ubStop(ub: UB): Stop {
  return { kind: 'ub', ub, site, backtrace: [frame('main', site)] };
}

describe('the UB message table', () => {
  it('has exactly one entry per UB kind', () => {
    expect(Object.keys(UB_MESSAGES).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  for (const [kind, ub] of Object.entries(SAMPLES)) {
    it(`gives ${kind} a listed category, a one-line headline, a label and a clause with its sentence`, () => {
      const text = ubText(ub);
      expect(CATEGORIES).toContain(text.category);
      expect(text.headline).not.toMatch(/\n|undefined|\[object/);
      expect(text.label.length).toBeGreaterThan(0);
      expect(text.clause).toMatch(/^C17 [\d.]+p\d+$|^POSIX \w+$/);
      expect(clauseSentence(text.clause), text.clause).toBeDefined();
    });
  }

  it('names each UB kind after its category, except an uninitialized local or value, which are uninitialized reads', () => {
    for (const [kind, ub] of Object.entries(SAMPLES)) {
      expect(ubText(ub).category).toBe(kind === 'uninitialized-local' || kind === 'uninitialized-value' ? 'uninitialized-read' : kind);
    }
  });

  it('reports INT_MIN / -1 as signed overflow under the division clause', () => {
    const t = ubText({ kind: 'signed-overflow', op: '/', type: 'int', left: '-2147483648', right: '-1' });
    expect(t.category).toBe('signed-overflow');
    expect(t.clause).toBe('C17 6.5.5p6');
    expect(t.headline).toBe('signed integer overflow: -2147483648 / -1 does not fit in `int`');
  });

  it('cites the string-literal rule for a write to a literal and the const rule for other read-only memory', () => {
    expect(ubText(SAMPLES['write-to-readonly']).clause).toBe('C17 6.4.5p7');
    expect(ubText({ kind: 'write-to-readonly', alloc: heapAlloc({ kind: 'global', name: 'k' }), offset: 0, size: 4 }).clause).toBe('C17 6.7.3p6');
  });

  it('describes the allocation in the out-of-bounds headline', () => {
    expect(ubText(SAMPLES['out-of-bounds']).headline).toBe('out-of-bounds read of 4 bytes at offset 40 in alloc12 (heap, 40 bytes)');
    const local = heapAlloc({ id: 3, kind: 'stack', name: 'buf', size: 1 });
    expect(ubText({ kind: 'out-of-bounds', access: 'write', alloc: local, offset: 1, size: 1 }).headline)
      .toBe('out-of-bounds write of 1 byte at offset 1 in alloc3 (stack variable `buf`, 1 byte)');
  });

  it('speaks of unmapping for mappings and cites the munmap page', () => {
    const mapping = heapAlloc({ id: 5, kind: 'mmap', size: 8192 });
    const partial = ubText(SAMPLES['partial-munmap']);
    expect(partial.headline).toBe('`munmap` of 4096 bytes at offset 4096 in alloc12 (mmap, 8192 bytes) would unmap only part of it: '
      + 'the abstract machine treats a mapping as one allocation, which can only be unmapped whole');
    expect(partial.clause).toBe('POSIX munmap');
    expect(ubText({ kind: 'double-free', alloc: mapping }).headline).toBe('double munmap of alloc5 (mmap, 8192 bytes): it has already been unmapped');
    const local = heapAlloc({ id: 3, kind: 'stack', name: 'buf', size: 64 });
    expect(ubText({ kind: 'mismatched-deallocation', alloc: local, expected: 'none', actual: 'munmap' }).headline)
      .toBe('alloc3 (stack variable `buf`, 64 bytes) released with `munmap`, but it was not mapped by `mmap`');
    expect(ubText({ kind: 'mismatched-deallocation', alloc: heapAlloc(), expected: 'free', actual: 'munmap' }))
      .toMatchObject({ clause: 'POSIX munmap', headline: 'alloc12 (heap, 40 bytes) released with `munmap`, but it must be released with `free`' });
    expect(ubText(SAMPLES['mismatched-deallocation']).clause).toBe('C17 7.22.3.3p2');
  });

  it('separates the two kinds of invalid shift amount from an overflowing left shift', () => {
    expect(ubText({ kind: 'invalid-shift', reason: 'negative-amount', type: 'int', value: '1', amount: '-1', width: 32 }).clause).toBe('C17 6.5.7p3');
    expect(ubText({ kind: 'invalid-shift', reason: 'overflow', type: 'int', value: '1', amount: '31', width: 32 }).headline)
      .toBe('left shift 1 << 31 does not fit in `int`');
  });
});

describe('diagnose', () => {
  it('renders nothing for a clean exit', () => {
    expect(diagnose({ kind: 'exit', code: 3 }, [])).toEqual([]);
  });

  it('prefixes UB headlines and attaches the general help and the clause sentence', () => {
    const [d] = diagnose(ubStop(SAMPLES['out-of-bounds']), []);
    expect(d!.message).toBe('Undefined Behavior: out-of-bounds read of 4 bytes at offset 40 in alloc12 (heap, 40 bytes)');
    expect(d!.span).toEqual(site);
    expect(d!.clause).toBe('C17 6.5.6p8');
    expect(d!.notes.map((n) => n.level)).toEqual(['help', 'note']);
    expect(d!.notes[1]!.message).toMatch(/^C17 6\.5\.6p8: /);
    expect(d!.backtrace).toEqual([frame('main', site)]);
  });

  it('notes where the block was allocated and freed, each with its span and backtrace', () => {
    const made = [frame('make', span(0, 5, 14, 24)), frame('main', span(0, 9, 5, 12))];
    const freed = [frame('main', span(0, 6, 5, 12))];
    const ub: UB = { kind: 'use-after-free', access: 'read', alloc: heapAlloc({ allocatedAt: made, freedAt: freed }), offset: 0, size: 4 };
    const [d] = diagnose(ubStop(ub), []);
    const spanned = d!.notes.filter((n) => n.span);
    expect(spanned.map((n) => n.message)).toEqual(['alloc12 was allocated here', 'alloc12 was freed here']);
    expect(spanned[0]!.span).toEqual(made[0]!.span);
    expect(spanned[0]!.backtrace).toEqual(made);
    expect(d!.message).toContain('which has been freed');
  });

  it('says a local went out of scope rather than that it was freed', () => {
    const local = heapAlloc({ kind: 'stack', name: 'x', allocatedAt: [frame('f', span(0, 2, 5, 10))], freedAt: [frame('f', span(0, 4, 1, 2))] });
    const [d] = diagnose(ubStop({ kind: 'use-after-free', access: 'read', alloc: local, offset: 0, size: 4 }), []);
    expect(d!.notes.map((n) => n.message)).toContain('this local went out of scope here');
    expect(d!.message).toContain('which went out of scope');
  });

  it('reports each leaked block as its own memory-leak, telling reachable blocks from lost ones', () => {
    const at = [frame('main', span(0, 5, 14, 24))];
    const diags = diagnose({ kind: 'leak', code: 0, leaks: [
      { alloc: heapAlloc({ id: 4, allocatedAt: at }), reachable: false },
      { alloc: heapAlloc({ id: 5, size: 8, allocatedAt: at }), reachable: true },
    ] }, []);
    expect(diags.map((d) => d.category)).toEqual(['memory-leak', 'memory-leak']);
    expect(diags[0]!.message).toMatch(/^memory leaked: alloc4 \(heap, 40 bytes\) .*lost/);
    expect(diags[1]!.message).toMatch(/^memory leaked: alloc5 \(heap, 8 bytes\) .*reachable/);
    expect(diags[0]!.span).toEqual(at[0]!.span);
    expect(diags[0]!.backtrace).toEqual(at);
  });

  it('maps a C stack limit to stack-overflow and step or memory limits to limit', () => {
    const limit = (what: 'stack' | 'steps' | 'memory'): Stop => ({ kind: 'limit', what, limit: 8 << 20, site, backtrace: [] });
    expect(diagnose(limit('stack'), [])[0]!.category).toBe('stack-overflow');
    expect(diagnose(limit('stack'), [])[0]!.message).toContain('8 MiB');
    expect(diagnose(limit('steps'), [])[0]!.category).toBe('limit');
    expect(diagnose(limit('memory'), [])[0]!.category).toBe('limit');
  });

  it('gives every other stop kind its own category', () => {
    const at = { site, backtrace: [] };
    const cases: [Stop, string][] = [
      [{ kind: 'unsupported', what: 'fork', ...at }, 'unsupported'],
      [{ kind: 'deadlock', what: 'every thread waits on a mutex', ...at }, 'deadlock'],
      [{ kind: 'abort', message: undefined, ...at }, 'abort'],
      [{ kind: 'signal', signal: 13, name: 'SIGPIPE', ...at }, 'signal'],
      [{ kind: 'internal-error', message: 'oops', site: undefined, backtrace: [] }, 'internal-error'],
    ];
    for (const [stop, category] of cases) expect(diagnose(stop, [])[0]!.category).toBe(category);
  });

  it('keeps an assertion message in the abort headline', () => {
    const d = diagnose({ kind: 'abort', message: "Assertion `x > 0' failed.", site, backtrace: [] }, [])[0]!;
    expect(d.message).toBe("the program aborted: Assertion `x > 0' failed.");
  });

  it('turns compile errors into diagnostics of their own category, with their notes', () => {
    const error: CompileError = {
      severity: 'error', category: 'type-error', message: 'redefinition of `x`', span: span(0, 3, 5, 6),
      notes: [{ message: 'previous definition is here', span: span(0, 2, 5, 6) }],
    };
    const [d] = diagnose({ kind: 'compile-error', errors: [error] }, []);
    expect(d).toMatchObject({ severity: 'error', category: 'type-error', message: 'redefinition of `x`', clause: undefined });
    expect(d!.notes).toEqual([{ level: 'note', message: 'previous definition is here', span: span(0, 2, 5, 6) }]);
  });

  it('lists compile warnings before how the run ended', () => {
    const warning: CompileError = { severity: 'warning', category: 'type-error', message: 'unused variable `y`', span: NO_SPAN };
    const diags = diagnose(ubStop(SAMPLES['null-dereference']), [warning]);
    expect(diags.map((d) => d.severity)).toEqual(['warning', 'error']);
  });
});

describe('formatSize', () => {
  it('prints limits in the binary unit they were most likely given in', () => {
    expect(formatSize(8 << 20)).toBe('8 MiB');
    expect(formatSize(64 << 10)).toBe('64 KiB');
    expect(formatSize(4 * 2 ** 30)).toBe('4 GiB');
    expect(formatSize(1000)).toBe('1000 bytes');
  });
});
