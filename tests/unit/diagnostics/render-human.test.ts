import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { diagnose } from '../../../src/diagnostics/messages.js';
import { renderHuman } from '../../../src/diagnostics/render-human.js';
import { NO_SPAN, SourceMap } from '../../../src/frontend/source.js';
import { frame, heapAlloc, oobSources, span } from './fixtures.js';

const { sources, file } = oobSources();
const site = span(file, 7, 12, 17);
const allocatedAt = [frame('main', span(file, 5, 14, 24))];

const OOB_REPORT = `error: Undefined Behavior: out-of-bounds read of 4 bytes at offset 40 in alloc12 (heap, 40 bytes)
  --> tests/fail/heap/oob.c:7:12
   |
 7 |     return a[10];
   |            ^^^^^ out-of-bounds read
   |
   = help: this indicates a bug in the program: it performed an invalid operation, and caused Undefined Behavior
   = note: C17 6.5.6p8: pointer arithmetic must stay within the array object (or one past its end), and a pointer one past the end must not be dereferenced
help: alloc12 was allocated here:
  --> tests/fail/heap/oob.c:5:14
   |
 5 |     int *a = malloc(40);
   |              ^^^^^^^^^^
   = note: BACKTRACE (of the first span):
   = note: inside \`main\` at tests/fail/heap/oob.c:7:12
`;

function plain(d: Partial<Diagnostic>): Diagnostic {
  return { severity: 'error', category: 'syntax-error', message: 'm', span: undefined, label: undefined, notes: [], backtrace: [], clause: undefined, ...d };
}

describe('renderHuman', () => {
  it('lays out an out-of-bounds read like Miri: snippet, help, clause, allocation site, backtrace', () => {
    const diags = diagnose({
      kind: 'ub', site, backtrace: [frame('main', site)],
      ub: { kind: 'out-of-bounds', access: 'read', alloc: heapAlloc({ allocatedAt }), offset: 40, size: 4 },
    }, []);
    expect(renderHuman(diags, sources)).toBe(OOB_REPORT);
  });

  it('shows where a block was freed and every C frame of the backtrace, innermost first', () => {
    const inner = span(file, 7, 12, 17);
    const diags = diagnose({
      kind: 'ub', site: inner, backtrace: [frame('get', inner), frame('main', span(file, 3, 5, 9))],
      ub: { kind: 'use-after-free', access: 'read', alloc: heapAlloc({ allocatedAt, freedAt: [frame('main', span(file, 6, 1, 1))] }), offset: 40, size: 4 },
    }, []);
    const out = renderHuman(diags, sources);
    expect(out).toContain('help: alloc12 was freed here:\n  --> tests/fail/heap/oob.c:6:1\n   |\n 6 |\n   | ^\n');
    expect(out).toContain('   = note: inside `get` at tests/fail/heap/oob.c:7:12\n   = note: inside `main` at tests/fail/heap/oob.c:3:5\n');
  });

  it('renders a compile error like gcc/rustc: headline, location and carets, nothing else', () => {
    const d = plain({ message: "expected ';' after return statement", span: span(file, 7, 18, 19) });
    expect(renderHuman([d], sources)).toBe(
      "error: expected ';' after return statement\n  --> tests/fail/heap/oob.c:7:18\n   |\n 7 |     return a[10];\n   |                  ^\n");
  });

  it('prints warnings with the warning prefix and separates diagnostics with one blank line', () => {
    const w = plain({ severity: 'warning', message: 'unused', span: span(file, 5, 10, 11) });
    const e = plain({ message: 'boom' });
    expect(renderHuman([w, e], sources)).toBe('warning: unused\n  --> tests/fail/heap/oob.c:5:10\n   |\n 5 |     int *a = malloc(40);\n   |          ^\n\nerror: boom\n');
  });

  it('prints a span with no source file without an arrow or snippet', () => {
    const d = plain({ message: 'unsupported operation: fork', span: NO_SPAN, notes: [{ level: 'help', message: 'not a bug', span: undefined }], backtrace: [frame('main', NO_SPAN)] });
    expect(renderHuman([d], sources)).toBe('error: unsupported operation: fork\n   = help: not a bug\n   = note: BACKTRACE:\n   = note: inside `main`\n');
  });

  it('puts a single caret at the start of a span that crosses lines', () => {
    const d = plain({ span: span(file, 5, 14, 3, 6), label: 'here' });
    expect(renderHuman([d], sources)).toContain('   |              ^ here\n');
  });

  it('keeps carets under the text when the line is indented with tabs', () => {
    const s = new SourceMap();
    const f = s.add('t.c', '\tx = y / 0;\n');
    expect(renderHuman([plain({ span: span(f, 1, 6, 11), label: 'division by zero' })], s))
      .toContain(' 1 |     x = y / 0;\n   |         ^^^^^ division by zero\n');
  });

  it('widens the gutter for line numbers of three digits and more', () => {
    const s = new SourceMap();
    const f = s.add('big.c', 'int x;\n'.repeat(120));
    expect(renderHuman([plain({ span: span(f, 120, 5, 6) })], s)).toBe('error: m\n   --> big.c:120:5\n    |\n120 | int x;\n    |     ^\n');
  });

  it('colours only when asked to, and the plain text stays the same', () => {
    const d = plain({ span: site, label: 'here' });
    const coloured = renderHuman([d], sources, { color: true });
    expect(coloured).toContain('\x1b[1;31merror\x1b[0m');
    expect(renderHuman([d], sources)).not.toContain('\x1b');
    expect(coloured.replace(/\x1b\[[\d;]*m/g, '')).toBe(renderHuman([d], sources));
  });

  it('renders nothing when there is nothing to report', () => {
    expect(renderHuman([], sources)).toBe('');
  });
});

describe('renderHuman on deep recursion', () => {
  it('shows the first and last frames of a very long backtrace and counts the ones left out', () => {
    const frames = Array.from({ length: 1000 }, (_, i) => frame(i === 999 ? 'main' : 'f', span(file, 3, 5, 6)));
    const d = plain({ span: site, backtrace: frames });
    const lines = renderHuman([d], sources).split('\n');
    expect(lines.filter((l) => l.includes('inside `f`'))).toHaveLength(29);
    expect(lines).toContain('   = note: ... 970 more frames ...');
    expect(lines.at(-2)).toBe('   = note: inside `main` at tests/fail/heap/oob.c:3:5');
  });
});
