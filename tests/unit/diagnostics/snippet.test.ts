import { describe, expect, it } from 'vitest';
import { caretRange, gutterWidth } from '../../../src/diagnostics/snippet.js';
import { span } from './fixtures.js';

describe('gutterWidth', () => {
  it('is at least two columns wide, as Miri prints it', () => {
    expect(gutterWidth([7])).toBe(2);
    expect(gutterWidth([])).toBe(2);
  });

  it('fits the widest line number', () => {
    expect(gutterWidth([7, 1234, 99])).toBe(4);
  });
});

describe('caretRange', () => {
  it('covers the whole span when it stays on one line', () => {
    expect(caretRange('    return a[10];', span(0, 1, 12, 17))).toEqual({ start: 11, count: 5 });
  });

  it('uses one caret for an empty span or one that crosses lines', () => {
    expect(caretRange('abc', span(0, 1, 2, 2))).toEqual({ start: 1, count: 1 });
    expect(caretRange('abc', span(0, 1, 2, 1, 2))).toEqual({ start: 1, count: 1 });
  });

  it('counts a tab before the span as four columns', () => {
    expect(caretRange('\t\tx++;', span(0, 1, 3, 6))).toEqual({ start: 8, count: 3 });
  });

  it('still places a caret when the span points past the end of the line', () => {
    expect(caretRange('int x', span(0, 1, 7, 8))).toEqual({ start: 6, count: 1 });
  });
});
