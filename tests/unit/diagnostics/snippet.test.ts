import { describe, expect, it } from 'vitest';
import { caretRange, gutterWidth, renderSnippet } from '../../../src/diagnostics/snippet.js';
import { PLAIN } from '../../../src/diagnostics/style.js';
import { SourceMap } from '../../../src/frontend/source.js';
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

describe('renderSnippet on a very long line', () => {
  it('shows a window around the span, cut with ..., and keeps the carets under the culprit', () => {
    const sources = new SourceMap();
    const line = `int x = ${'1 + '.repeat(500)}y;`;
    const file = sources.add('long.c', `${line}\n`);
    const col = line.indexOf('y') + 1;
    const lines = renderSnippet(sources, span(file, 1, col, col + 1), 'here', { width: 2, style: PLAIN, mark: (s) => s });
    const [, , source, carets] = lines as [string, string, string, string];
    expect(source.length).toBeLessThan(140);
    expect(source).toContain(' 1 | ...');
    const caretAt = carets.indexOf('^');
    expect(source[caretAt]).toBe('y');
    expect(carets.endsWith('^ here')).toBe(true);
  });
});
