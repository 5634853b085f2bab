import { describe, expect, it } from 'vitest';
import type { RunOutcome } from '../../../src/diagnostics/diagnostic.js';
import { outcomeOf, renderJson, toReport } from '../../../src/diagnostics/render-json.js';
import type { CompileError, Stop } from '../../../src/diagnostics/stop.js';
import { NO_SPAN } from '../../../src/frontend/source.js';
import { frame, heapAlloc, oobSources, span } from './fixtures.js';

const { sources, file } = oobSources();
const site = span(file, 7, 12, 17);

function outcome(stop: Stop, warnings: CompileError[] = []): RunOutcome {
  return { stop, warnings, sources, seed: 42 };
}

describe('toReport', () => {
  it('reports a clean run as outcome exit with its status and no diagnostics', () => {
    expect(toReport(outcome({ kind: 'exit', code: 3 }))).toEqual({ outcome: 'exit', exitCode: 3, seed: 42, diagnostics: [] });
  });

  it('gives UB its location, notes and backtrace with file names resolved', () => {
    const alloc = heapAlloc({ allocatedAt: [frame('main', span(file, 5, 14, 24))] });
    const report = toReport(outcome({ kind: 'ub', site, backtrace: [frame('main', site)], ub: { kind: 'out-of-bounds', access: 'read', alloc, offset: 40, size: 4 } }));
    expect(report.outcome).toBe('ub');
    expect(report.exitCode).toBeNull();
    const [d] = report.diagnostics;
    expect(d).toMatchObject({
      severity: 'error', category: 'out-of-bounds', file: 'tests/fail/heap/oob.c', line: 7, column: 12,
      backtrace: [{ function: 'main', file: 'tests/fail/heap/oob.c', line: 7, column: 12 }],
    });
    expect(d!.message).toMatch(/^Undefined Behavior: out-of-bounds read/);
    expect(d!.notes.at(-1)).toEqual({
      message: 'alloc12 was allocated here', file: 'tests/fail/heap/oob.c', line: 5, column: 14,
      backtrace: [{ function: 'main', file: 'tests/fail/heap/oob.c', line: 5, column: 14 }],
    });
    expect(Object.keys(d!).sort()).toEqual(['backtrace', 'category', 'clause', 'column', 'file', 'label', 'line', 'message', 'notes', 'severity', 'ub']);
  });

  it('carries the same facts as the human report: clause, label, the access and the allocation', () => {
    const alloc = heapAlloc({ allocatedAt: [frame('main', span(file, 5, 14, 24))] });
    const report = toReport(outcome({ kind: 'ub', site, backtrace: [frame('main', site)], ub: { kind: 'out-of-bounds', access: 'read', alloc, offset: 40, size: 4 } }));
    const [d] = report.diagnostics;
    expect(d!.clause).toBe('C17 6.5.6p8');
    expect(d!.label).toBe('out-of-bounds read');
    expect(d!.ub).toEqual({ kind: 'out-of-bounds', access: 'read', offset: 40, size: 4, alloc: { id: 'alloc12', kind: 'heap', size: 40, align: 16, name: null } });
  });

  it('gives the spans inside UB facts as locations', () => {
    const report = toReport(outcome({ kind: 'ub', site, backtrace: [], ub: { kind: 'unsequenced-access', object: 'i', otherIsWrite: false, other: span(file, 9, 3, 6) } }));
    expect(report.diagnostics[0]!.ub).toEqual({ kind: 'unsequenced-access', object: 'i', otherIsWrite: false, other: { file: 'tests/fail/heap/oob.c', line: 9, column: 3 } });
  });

  it('uses null for locations that have no source', () => {
    const report = toReport(outcome({ kind: 'unsupported', what: 'fork', site: NO_SPAN, backtrace: [frame('main', NO_SPAN)] }));
    expect(report.diagnostics[0]).toMatchObject({ file: null, line: null, column: null, backtrace: [{ function: 'main', file: null, line: null, column: null }] });
  });

  it('keeps the program status for a leak report and none for other stops', () => {
    expect(toReport(outcome({ kind: 'leak', code: 0, leaks: [{ alloc: heapAlloc(), reachable: false }] }))).toMatchObject({ outcome: 'leak', exitCode: 0 });
    expect(toReport(outcome({ kind: 'abort', message: undefined, site, backtrace: [] }))).toMatchObject({ outcome: 'abort', exitCode: null });
  });

  it('includes compile warnings as warning diagnostics even on a clean run', () => {
    const warning: CompileError = { severity: 'warning', category: 'type-error', message: 'unused variable `y`', span: span(file, 5, 10, 11) };
    const report = toReport(outcome({ kind: 'exit', code: 0 }, [warning]));
    expect(report.diagnostics).toEqual([{
      severity: 'warning', category: 'type-error', message: 'unused variable `y`', file: 'tests/fail/heap/oob.c', line: 5, column: 10,
      label: null, clause: null, ub: null, notes: [], backtrace: [],
    }]);
  });
});

describe('outcomeOf', () => {
  it('folds compile errors and internal errors into outcome error', () => {
    expect(outcomeOf({ kind: 'compile-error', errors: [] })).toBe('error');
    expect(outcomeOf({ kind: 'internal-error', message: 'x', site: undefined, backtrace: [] })).toBe('error');
    expect(outcomeOf({ kind: 'limit', what: 'stack', limit: 1, site, backtrace: [] })).toBe('limit');
  });
});

describe('renderJson', () => {
  it('prints one JSON object that parses back to the report', () => {
    const result = outcome({ kind: 'signal', signal: 13, name: 'SIGPIPE', site, backtrace: [] });
    const text = renderJson(result);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(toReport(result));
  });
});
