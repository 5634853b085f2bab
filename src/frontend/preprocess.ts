/**
 * The preprocessor (C17 5.1.1.2 phase 4, and 6.10): one translation unit's
 * tokens, with directives executed, conditional groups chosen, files included
 * and macros expanded, ready for the parser.
 *
 * The stack of open files is read by `readRaw`, which executes directives
 * as it meets them (a `#` first on a line) and drops the lines of skipped
 * groups; an `Expander` over it does macro replacement. Because directives
 * run only when the expander asks for the next source token, a directive
 * inside the arguments of a macro invocation works as gcc's does.
 *
 * Not here: lexing (lexer.ts), macro expansion (macro-expand.ts), `#if`
 * arithmetic (pp-expr.ts), finding headers (include-resolver.ts), the
 * directives themselves (pp-directives.ts). Digraphs and trigraphs are not
 * supported (the token vocabulary has no digraphs).
 *
 * Invariant: nothing here throws on bad input; every problem becomes a
 * CompileError with a span, and preprocessing continues as gcc would.
 */
import type { CompileError } from '../diagnostics/stop.js';
import { BOL, lexFile, type LexedTokens } from './lexer.js';
import type { SourceMap, Span } from './source.js';
import { IntegerConstant, Newline, Other, StringLiteral, type CToken } from './tokens.js';
import type { Macro } from './macro-define.js';
import { Expander, type ExpandHost } from './macro-expand.js';
import { ConditionalStack } from './pp-conditionals.js';
import { IncludeResolver } from './include-resolver.js';
import { DYNAMIC_MACROS, PREDEFINED_SOURCE } from './pp-predefined.js';
import { lexedAt, marker, respan, synth, type PPToken } from './pp-token.js';
import { runDirective, runPragma } from './pp-directives.js';

export interface PreprocessOptions {
  /** Every file read is registered here. */
  sources: SourceMap;
  /** Host file access for "local" includes and the main file. */
  readFile: (path: string) => string | undefined;
  /** -I directories, searched for "..." after the includer's directory. */
  includeDirs: string[];
  /** Absolute path of ciri's include/ directory. */
  systemIncludeDir: string;
  /** -D (name, or `name(params)`, to replacement text). */
  defines: Record<string, string>;
  /** -U */
  undefines: string[];
}

/** One file being read. */
export interface Frame {
  readonly fileId: number;
  /** Resolved path: the base of its own quoted includes, and the key of `#pragma once`. */
  readonly path: string;
  /** The file's tokens (shared by every inclusion of it). */
  readonly lexed: LexedTokens;
  /** Index of the next token to read. */
  pos: number;
  readonly conds: ConditionalStack;
  /** `#line` adjustment: presumed line = physical line + lineDelta (C17 6.10.4). */
  lineDelta: number;
  /** `__FILE__` (the path, or what `#line` said). */
  presumedName: string;
  /** Marker returned when the file ends. */
  readonly end: CToken;
}

/** gcc's limit; deeper nesting is almost surely a file that includes itself. */
const MAX_INCLUDE_DEPTH = 200;

/** The state of one preprocessing run; directives (pp-directives.ts) act on it. */
export class Preprocessor implements ExpandHost {
  readonly macros = new Map<string, Macro>();
  readonly errors: CompileError[] = [];
  readonly frames: Frame[] = [];
  /** Paths marked with `#pragma once`. */
  readonly once = new Set<string>();
  /** `#pragma push_macro` saves, by name. */
  readonly pushedMacros = new Map<string, (Macro | undefined)[]>();
  readonly resolver: IncludeResolver;
  /** Files already lexed in this run, by path (each is registered in the SourceMap once). */
  private readonly loaded = new Map<string, { fileId: number; lexed: LexedTokens; end: CToken }>();
  private counter = 0;
  private finalEnd: PPToken | undefined;

  constructor(readonly opts: PreprocessOptions) {
    this.resolver = new IncludeResolver(opts.readFile, opts.includeDirs, opts.systemIncludeDir);
  }

  report(severity: CompileError['severity'], message: string, span: Span | undefined,
    notes?: CompileError['notes']): void {
    this.errors.push({ severity, category: 'preprocessor-error', message, span, ...(notes ? { notes } : {}) });
  }

  get current(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  /** Open a file for reading (lexing it the first time). False if the include nesting is too deep. */
  pushFile(path: string, text: string, at: Span | undefined): boolean {
    if (this.frames.length >= MAX_INCLUDE_DEPTH) {
      this.report('error', `#include nested depth ${this.frames.length} exceeds maximum of ${MAX_INCLUDE_DEPTH}`, at);
      return false;
    }
    let file = this.loaded.get(path);
    if (!file) {
      const fileId = this.opts.sources.add(path, text);
      const { lexed, errors } = lexFile(fileId, text);
      for (const e of errors) this.errors.push(e);
      file = { fileId, lexed, end: endToken(fileId, text) };
      this.loaded.set(path, file);
    }
    this.frames.push({ fileId: file.fileId, path, lexed: file.lexed, pos: 0, conds: new ConditionalStack(),
      lineDelta: 0, presumedName: path, end: file.end });
    return true;
  }

  /**
   * The next token of the active groups of the open files, executing the
   * directives met on the way: a 'file-end' marker when an included file
   * ends, 'end' when the last one does.
   */
  readRaw(): PPToken {
    for (;;) {
      const f = this.current;
      if (!f) return this.finalEnd!;
      const { tokens, flags } = f.lexed;
      if (f.pos >= tokens.length) {
        for (const u of f.conds.unterminated()) this.report('error', u.message, u.span);
        this.frames.pop();
        if (this.frames.length === 0) return (this.finalEnd = marker('end', f.end));
        return marker('file-end', f.end);
      }
      if ((flags[f.pos]! & BOL) !== 0 && tokens[f.pos]!.image === '#') {
        runDirective(this, f);
        continue;
      }
      f.pos++;
      if (f.conds.active) return lexedAt(f.lexed, f.pos - 1);
    }
  }

  /** Read a whole file (the built-in and command-line definitions): only its directives matter. */
  runSetupFile(name: string, text: string): void {
    this.pushFile(name, text, undefined);
    for (let t = this.readRaw(); t.kind === 'token'; t = this.readRaw()) {
      this.report('error', `unexpected token "${t.tok.image}" in ${name}`, t.tok.span);
    }
    this.finalEnd = undefined;
  }

  // ---- ExpandHost ----------------------------------------------------------

  dynamic(name: '__FILE__' | '__LINE__' | '__COUNTER__', at: CToken): CToken {
    const frame = [...this.frames].reverse().find((f) => f.fileId === at.span.file) ?? this.current;
    switch (name) {
      case '__FILE__': {
        const file = frame?.presumedName ?? this.opts.sources.name(at.span);
        return synth(StringLiteral, JSON.stringify(file), at.span);
      }
      case '__LINE__':
        return synth(IntegerConstant, String(Math.max(1, at.span.line + (frame?.lineDelta ?? 0))), at.span);
      case '__COUNTER__':
        return synth(IntegerConstant, String(this.counter++), at.span);
      default:
        return assertNever(name);
    }
  }

  hasInclude(name: string, angled: boolean): boolean {
    return this.resolver.resolve(name, angled, this.current?.path) !== undefined;
  }

  pragma(text: string, at: Span): void {
    const { lexed } = lexFile(at.file, text);
    const line: PPToken[] = [];
    for (let i = 0; i < lexed.tokens.length; i++) line.push({ ...lexedAt(lexed, i), tok: respan(lexed.tokens[i]!, at) });
    runPragma(this, line, at);
  }
}

/** A token-less marker at the end of a file, for spans of "unexpected end of file". */
function endToken(fileId: number, text: string): CToken {
  // Counted rather than split: a line string each would be 20 000 strings for a large file.
  let line = 1;
  let lastStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    line++;
    lastStart = i + 1;
  }
  const col = text.length - lastStart + 1;
  const span: Span = { file: fileId, line, col, endLine: line, endCol: col };
  return { image: '', tokenType: Newline, tokenTypeIdx: Newline.tokenTypeIdx!, startOffset: text.length, endOffset: text.length, span };
}

/** A quote with no partner (C17 6.4p3), once it reaches the program text. */
function strayQuote(t: CToken): boolean {
  return t.tokenType === Other && (t.image === '"' || t.image === "'");
}

/** The predefined macros, then -D and -U in that order (gcc applies them after its built-ins). */
function setup(pp: Preprocessor, opts: PreprocessOptions): void {
  for (const name of DYNAMIC_MACROS) pp.macros.set(name, { kind: 'dynamic', name, span: undefined });
  pp.runSetupFile('<built-in>', PREDEFINED_SOURCE);
  const lines: string[] = [];
  for (const [name, value] of Object.entries(opts.defines)) lines.push(`#define ${name} ${value.replace(/\n/g, ' ')}`);
  for (const name of opts.undefines) lines.push(`#undef ${name}`);
  if (lines.length) pp.runSetupFile('<command line>', lines.join('\n') + '\n');
}

/** Preprocess one translation unit; the result has no Newline tokens and is ready for the parser. */
export function preprocess(mainPath: string, opts: PreprocessOptions): { tokens: CToken[]; file: number; errors: CompileError[] } {
  const pp = new Preprocessor(opts);
  setup(pp, opts);
  const text = pp.resolver.read(mainPath);
  if (text === undefined) {
    pp.report('error', `cannot read '${mainPath}'`, undefined);
    return { tokens: [], file: opts.sources.add(mainPath, ''), errors: pp.errors };
  }
  pp.pushFile(mainPath, text, undefined);
  const file = pp.current!.fileId;
  const expander = new Expander(pp, () => pp.readRaw());
  const tokens: CToken[] = [];
  for (let t = expander.next(); t.kind !== 'end'; t = expander.next()) {
    if (t.kind !== 'token') continue;
    if (strayQuote(t.tok)) {
      pp.report('error', `missing terminating ${t.tok.image} character`, t.tok.span);
      continue;
    }
    tokens.push(t.tok);
  }
  return { tokens, file, errors: pp.errors };
}

function assertNever(x: never): never {
  throw new Error(`unexpected ${String(x)}`);
}
