/**
 * Sema tests from C source: each file is preprocessed (with ciri's own
 * headers), parsed and analysed, as `ciri run` does.
 */
import { resolve } from 'node:path';
import { SourceMap } from '../../../src/frontend/source.js';
import { preprocess } from '../../../src/frontend/preprocess.js';
import { parse } from '../../../src/frontend/parser.js';
import { analyze } from '../../../src/frontend/sema/sema.js';
import type { TranslationUnit } from '../../../src/frontend/ast.js';
import type { CompileError } from '../../../src/diagnostics/stop.js';
import type { TProgram } from '../../../src/frontend/typed-ast.js';

const INCLUDE = resolve(import.meta.dirname, '../../../include');

export interface Compiled {
  program: TProgram | undefined;
  errors: CompileError[];
  /** `severity: message` of sema's diagnostics only. */
  messages: string[];
  sources: SourceMap;
}

/** Compile C files given as text (`a.c`, `b.c`, ... in order); syntax errors throw, so tests see sema's output only. */
export function compileC(...files: string[]): Compiled {
  const sources = new SourceMap();
  const tus: TranslationUnit[] = [];
  const names = files.map((_, i) => `/virtual/${String.fromCharCode(97 + i)}.c`);
  for (const name of names) {
    const pp = preprocess(name, {
      sources, readFile: (p) => { const i = names.indexOf(p); return i >= 0 ? files[i] : undefined; },
      includeDirs: [], systemIncludeDir: INCLUDE, defines: {}, undefines: [],
    });
    const bad = pp.errors.filter((e) => e.severity === 'error');
    if (bad.length) throw new Error(`preprocessor: ${bad.map((e) => e.message).join('; ')}`);
    const parsed = parse(pp.tokens, pp.file, sources);
    const syntax = parsed.errors.filter((e) => e.severity === 'error');
    if (syntax.length) throw new Error(`parser: ${syntax.map((e) => `${e.span?.line}:${e.span?.col} ${e.message}`).join('; ')}`);
    tus.push(parsed.tu);
  }
  const r = analyze(tus, sources);
  return { ...r, messages: r.errors.map((e) => `${e.severity}: ${e.message}`), sources };
}

/** `line:col` of an error's span, to check where it points. */
export function where(e: CompileError | undefined): string {
  return e?.span ? `${e.span.line}:${e.span.col}` : '<none>';
}
