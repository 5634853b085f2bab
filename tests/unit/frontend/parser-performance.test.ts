import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/frontend/parser.js';
import { SourceMap } from '../../../src/frontend/source.js';
import { lexC } from './parser-helpers.js';

/** About 20 000 lines of ordinary C: typedefs, structs, loops, switches, calls and initializers. */
function bigUnit(functions: number): string {
  const lines = [
    'typedef unsigned long size_t;',
    'typedef struct node { int value; struct node *next; } node_t;',
    'int printf(const char *fmt, ...);',
    'void *malloc(size_t n);',
  ];
  for (let i = 0; i < functions; i++) {
    lines.push(
      `static int helper_${i}(int a, int b, const char *s) {`,
      `    int x = a * ${i} + b / 3 - (a << 2);`,
      '    node_t *n = (node_t *)malloc(sizeof(node_t));',
      '    for (int k = 0; k < b; k++) {',
      "        if (x > k && s[k] != '\\0') x += k * 2;",
      '        else x -= n->value;',
      '    }',
      '    switch (x % 4) {',
      '    case 0: x++; break;',
      '    default: break;',
      '    }',
      '    struct { int p; double q[4]; } loc = { .p = 1, .q = { 1.0, 2.5e3 } };',
      '    return x + loc.p + (int)loc.q[1] + printf("%d\\n", x);',
      '}',
      '',
    );
  }
  return lines.join('\n');
}

describe('parser performance', () => {
  it('parses a 20 000-line translation unit without backtracking blow-ups', () => {
    const src = bigUnit(1340);
    expect(src.split('\n').length).toBeGreaterThan(20_000);
    const tokens = lexC(src);
    const start = performance.now();
    const { tu, errors } = parse(tokens, 0, new SourceMap());
    const elapsed = performance.now() - start;
    expect(errors).toEqual([]);
    expect(tu.decls).toHaveLength(1344);
    // Typically 0.1 to 0.2 s; the bound is no speed target (bench/frontend.ts measures that) but leaves
    // room for a loaded machine and still fails if the parser turns quadratic or backtracks.
    expect(elapsed).toBeLessThan(3000);
  });
});
