import { describe, expect, it } from 'vitest';
import { SiteTable, StackInterner } from '../../../src/interpreter/sites.js';

const span = (line: number) => ({ file: 0, line, col: 1, endLine: line, endCol: 2 });

describe('the stack interner', () => {
  const sites = new SiteTable(['main', 'f', 'g']);
  const s1 = sites.add(span(1), 0);
  const s2 = sites.add(span(2), 1);
  const s3 = sites.add(span(3), 2);
  const s4 = sites.add(span(4), 1);

  it('gives the same id to the same stack, whatever was interned between', () => {
    const interner = new StackInterner(sites);
    const cs = Int32Array.from([0, s1, s2, s3]);
    const a = interner.intern(cs, 3);
    interner.intern(Int32Array.from([0, s1, s4]), 2);
    interner.intern(cs, 1);
    expect(interner.intern(cs, 3)).toBe(a);
  });

  it('tells stacks apart that differ in an outer frame only', () => {
    const interner = new StackInterner(sites);
    const a = interner.intern(Int32Array.from([0, s1, s2, s3]), 3);
    const b = interner.intern(Int32Array.from([0, s1, s4, s3]), 3);
    expect(b).not.toBe(a);
    expect(interner.frames(b).map((f) => f.span.line)).toEqual([3, 4, 1]);
  });

  it('rebuilds the frames innermost first with their function names', () => {
    const interner = new StackInterner(sites);
    const id = interner.intern(Int32Array.from([0, s1, s2, s3]), 3);
    expect(interner.frames(id).map((f) => `${f.fn}:${f.span.line}`)).toEqual(['g:3', 'f:2', 'main:1']);
    expect(interner.frames(interner.intern(new Int32Array(1), 0))).toEqual([]);
  });
});
