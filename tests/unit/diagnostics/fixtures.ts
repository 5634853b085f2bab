/** Hand-built stops and sources for the diagnostics tests (the driver is not needed). */
import { SourceMap, type Span } from '../../../src/frontend/source.js';
import type { AllocationInfo, Frame } from '../../../src/diagnostics/stop.js';

export const OOB_SOURCE = [
  '#include <stdlib.h>',
  '',
  'int main(void) {',
  '    /* room for ten ints */',
  '    int *a = malloc(40);',
  '',
  '    return a[10];',
  '}',
  '',
].join('\n');

/** A source map holding the file the brief's example report is about. */
export function oobSources(): { sources: SourceMap; file: number } {
  const sources = new SourceMap();
  const file = sources.add('tests/fail/heap/oob.c', OOB_SOURCE);
  return { sources, file };
}

export function span(file: number, line: number, col: number, endCol = col + 1, endLine = line): Span {
  return { file, line, col, endLine, endCol };
}

export function frame(fn: string, s: Span): Frame {
  return { fn, span: s };
}

export function heapAlloc(overrides: Partial<AllocationInfo> = {}): AllocationInfo {
  return { id: 12, kind: 'heap', size: 40, align: 16, name: undefined, allocatedAt: [], freedAt: undefined, ...overrides };
}
