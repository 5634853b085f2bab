/**
 * The preprocessing directives (C17 6.10.1 to 6.10.9), one handler each,
 * dispatched by name from `runDirective`.
 *
 * Conditional directives run in skipped groups too (to track nesting, and
 * `#elif`/`#else` may start reading again); every other directive in a
 * skipped group is ignored unread, as 6.10p4 says. Also handled: the GNU
 * forms real code uses (`#warning`, `# 33 "file"` line markers, `#ident`),
 * `#elifdef`/`#elifndef` (C23), and the pragmas that change preprocessing
 * (`once`, `push_macro`, `pop_macro`, `GCC error`, `GCC warning`).
 *
 * Not here: the reader and its state (preprocess.ts), expansion.
 * Invariant: a handler never throws; it reports and returns.
 */
import * as path from 'node:path';
import type { Span } from './source.js';
import { Greater, IntegerConstant, Less, LParen, RParen, StringLiteral, isIdentifierLike } from './tokens.js';
import { parseDefine, sameDefinition, type Macro } from './macro-define.js';
import { Expander } from './macro-expand.js';
import { evaluateCondition } from './pp-expr.js';
import { BOL } from './lexer.js';
import { lexedAt, spanOf, spell, type PPToken } from './pp-token.js';
import type { Frame, Preprocessor } from './preprocess.js';

/** One directive being executed. */
interface Directive {
  readonly pp: Preprocessor;
  readonly frame: Frame;
  /** Its name, as written (`define`, `if`, ...). */
  readonly name: string;
  /** The tokens after the directive name, up to the end of the line. */
  readonly operands: readonly PPToken[];
  /** From the `#` to the end of the line. */
  readonly span: Span;
}

type Handler = (d: Directive) => void;

/** Read the directive at the frame's position (a `#` first on its line) and execute it. */
export function runDirective(pp: Preprocessor, frame: Frame): void {
  const { tokens, flags } = frame.lexed;
  const hash = tokens[frame.pos]!;
  let end = frame.pos + 1;
  while (end < tokens.length && (flags[end]! & BOL) === 0) end++;
  const line: PPToken[] = [];
  for (let i = frame.pos + 1; i < end; i++) line.push(lexedAt(frame.lexed, i));
  frame.pos = end;
  const first = line[0];
  if (!first) return; // the null directive (C17 6.10.7)
  const name = isIdentifierLike(first.tok) ? first.tok.image : first.tok.tokenType === IntegerConstant ? '<linemarker>' : '';
  const d: Directive = { pp, frame, name, operands: name === '<linemarker>' ? line : line.slice(1), span: spanOf(hash, line[line.length - 1]!.tok) };
  const conditional = CONDITIONALS.get(name);
  if (conditional) return conditional(d);
  if (!frame.conds.active) return;
  const handler = DIRECTIVES.get(name);
  if (handler) handler(d);
  else pp.report('error', `invalid preprocessing directive #${first.tok.image}`, first.tok.span);
}

// ---- conditional inclusion (C17 6.10.1) --------------------------------------

const CONDITIONALS = new Map<string, Handler>(Object.entries({
  if: (d) => d.frame.conds.open('if', d.span, () => evalCondition(d)),
  ifdef: (d) => d.frame.conds.open('ifdef', d.span, () => isDefined(d) === true),
  ifndef: (d) => d.frame.conds.open('ifndef', d.span, () => isDefined(d) === false),
  elif: (d) => reportCond(d, d.frame.conds.elif('elif', d.span, () => evalCondition(d))),
  elifdef: (d) => reportCond(d, d.frame.conds.elif('elifdef', d.span, () => isDefined(d) === true)),
  elifndef: (d) => reportCond(d, d.frame.conds.elif('elifndef', d.span, () => isDefined(d) === false)),
  else: (d) => {
    const wasActive = d.frame.conds.active;
    reportCond(d, d.frame.conds.else(d.span));
    if (wasActive || d.frame.conds.active) extraTokens(d, 0);
  },
  endif: (d) => {
    reportCond(d, d.frame.conds.endif(d.span));
    if (d.frame.conds.active) extraTokens(d, 0);
  },
} satisfies Record<string, Handler>));

function reportCond(d: Directive, err: { message: string; span: Span } | undefined): void {
  if (err) d.pp.report('error', err.message, err.span);
}

/** The `#if`/`#elif` expression: expanded with `defined` handled, then evaluated. */
function evalCondition(d: Directive): boolean {
  const expanded = Expander.expandList(d.pp, d.operands, true);
  const tokens = expanded.filter((t) => t.kind === 'token').map((t) => t.tok);
  const r = evaluateCondition(tokens, d.span, (message, span) => d.pp.report('warning', message, span));
  if ('error' in r) {
    d.pp.report('error', r.error, r.span);
    return false;
  }
  return r.value;
}

/** `#ifdef NAME` and friends: whether NAME is a macro, or undefined after an error. */
function isDefined(d: Directive): boolean | undefined {
  const name = macroName(d);
  if (name === undefined) return undefined;
  extraTokens(d, 1);
  return d.pp.macros.has(name) || name === '__has_include';
}

/** The macro name operand of `#ifdef`, `#undef`, ... (C17 6.10.1p5, 6.10.3.5p2). */
function macroName(d: Directive): string | undefined {
  const t = d.operands[0];
  if (!t) {
    d.pp.report('error', `no macro name given in #${d.name} directive`, d.span);
    return undefined;
  }
  if (!isIdentifierLike(t.tok)) {
    d.pp.report('error', 'macro names must be identifiers', t.tok.span);
    return undefined;
  }
  return t.tok.image;
}

/** gcc's warning for tokens after a directive's operands, which C17 6.10 does not allow. */
function extraTokens(d: Directive, expected: number): void {
  const extra = d.operands[expected];
  if (extra) d.pp.report('warning', `extra tokens at end of #${d.name} directive`, extra.tok.span);
}

// ---- the other directives ---------------------------------------------------

const DIRECTIVES = new Map<string, Handler>(Object.entries({
  define: (d) => {
    const r = parseDefine(d.operands, d.span);
    if (r.ok) defineMacro(d.pp, r.macro);
    else d.pp.report('error', r.message, r.span);
  },
  undef: (d) => {
    const name = macroName(d);
    if (name === undefined) return;
    if (name === 'defined') return d.pp.report('error', '"defined" cannot be used as a macro name', d.operands[0]!.tok.span);
    extraTokens(d, 1);
    d.pp.macros.delete(name);
  },
  include: (d) => include(d),
  line: (d) => lineDirective(d, false),
  '<linemarker>': (d) => lineDirective(d, true),
  error: (d) => d.pp.report('error', `#error ${spell(d.operands, false)}`, d.span),
  warning: (d) => d.pp.report('warning', `#warning ${spell(d.operands, false)}`, d.span),
  pragma: (d) => runPragma(d.pp, d.operands, d.span),
  ident: () => {},
  sccs: () => {},
} satisfies Record<string, Handler>));

/** Define (or redefine) a macro; a different redefinition is a warning, as in gcc (C17 6.10.3p2). */
export function defineMacro(pp: Preprocessor, macro: Macro): void {
  const old = pp.macros.get(macro.name);
  if (old && !sameDefinition(old, macro)) {
    const notes = old.span ? [{ message: 'this is the location of the previous definition', span: old.span }] : undefined;
    pp.report('warning', `"${macro.name}" redefined`, macro.span, notes);
  }
  pp.macros.set(macro.name, macro);
}

/** The file named by `#include` operands, which may come from macro expansion (C17 6.10.2p4). */
function headerName(tokens: readonly PPToken[]): { name: string; angled: boolean; rest: number } | undefined {
  const first = tokens[0];
  if (first?.tok.tokenType === StringLiteral && first.tok.image.startsWith('"')) {
    return { name: first.tok.image.slice(1, -1), angled: false, rest: 1 };
  }
  if (first?.tok.tokenType !== Less) return undefined;
  const close = tokens.findIndex((t) => t.tok.tokenType === Greater);
  if (close < 0) return undefined;
  return { name: spell(tokens.slice(1, close), false), angled: true, rest: close + 1 };
}

/** `#include` (C17 6.10.2). */
function include(d: Directive): void {
  const pp = d.pp;
  const spec = headerName(d.operands) ?? headerName(Expander.expandList(pp, d.operands, false));
  if (!spec) return pp.report('error', '#include expects "FILENAME" or <FILENAME>', d.span);
  if (spec.name === '') return pp.report('error', `empty filename in #include`, d.span);
  if (headerName(d.operands)) extraTokens(d, spec.rest);
  const found = pp.resolver.resolve(spec.name, spec.angled, d.frame.path);
  if (!found) {
    if (!spec.angled) return pp.report('error', `'${spec.name}' file not found`, d.span);
    const list = pp.resolver.systemHeaders().filter((h) => !h.startsWith('bits/')).join(', ');
    return pp.report('error', `unknown header <${spec.name}>: ciri never reads the host's headers, and provides only ${list}`, d.span);
  }
  if (pp.once.has(path.resolve(found.path))) return;
  pp.pushFile(found.path, found.text, d.span);
}

/** `#line digits "name"` (C17 6.10.4), and gcc's `# digits "name" flags` line markers. */
function lineDirective(d: Directive, marker: boolean): void {
  const ops = (marker ? d.operands : Expander.expandList(d.pp, d.operands, false)).filter((t) => t.kind === 'token');
  const num = ops[0];
  if (!num || num.tok.tokenType !== IntegerConstant || !/^[0-9]+$/.test(num.tok.image)) {
    return d.pp.report('error', `"${num?.tok.image ?? ''}" after #line is not a positive integer`, (num ?? d.operands[0])?.tok.span ?? d.span);
  }
  const value = Number(num.tok.image);
  if (value === 0 || value > 2147483647) d.pp.report('warning', 'line number out of range', num.tok.span);
  const file = ops[1];
  if (file && (file.tok.tokenType !== StringLiteral || !file.tok.image.startsWith('"'))) {
    return d.pp.report('error', `invalid filename "${file.tok.image}"`, file.tok.span);
  }
  if (!marker) extraTokens({ ...d, operands: ops }, file ? 2 : 1);
  d.frame.lineDelta = value - (d.span.endLine + 1);
  if (file) d.frame.presumedName = file.tok.image.slice(1, -1).replace(/\\(["\\])/g, '$1');
}

// ---- pragmas (C17 6.10.6) ------------------------------------------------------

/** Execute a `#pragma` or `_Pragma` (C17 6.10.6, 6.10.9); unknown pragmas are ignored, as 6.10.6p1 allows. */
export function runPragma(pp: Preprocessor, line: readonly PPToken[], at: Span): void {
  const word = (i: number): string => line[i]?.tok.image ?? '';
  switch (word(0)) {
    case 'once':
      if (pp.current) pp.once.add(path.resolve(pp.current.path));
      return;
    case 'push_macro':
    case 'pop_macro':
      return pushPopMacro(pp, line, at);
    case 'pack':
      // Laying structures out naturally under a pack pragma would give silently wrong offsets.
      pp.errors.push({ severity: 'error', category: 'unsupported', span: at,
        message: '#pragma pack is not supported yet (use __attribute__((packed)) or aligned(N) on the structure)' });
      return;
    case 'GCC':
      if (word(1) === 'error' || word(1) === 'warning') {
        const text = line.slice(2).filter((t) => t.tok.tokenType === StringLiteral).map((t) => t.tok.image.slice(1, -1)).join('');
        pp.report(word(1) === 'error' ? 'error' : 'warning', text, at);
      }
      return;
    default:
      return;
  }
}

/** `#pragma push_macro("NAME")` saves NAME's definition; `pop_macro` restores it (a gcc and MSVC extension). */
function pushPopMacro(pp: Preprocessor, line: readonly PPToken[], at: Span): void {
  const [, open, str, close] = line;
  if (open?.tok.tokenType !== LParen || str?.tok.tokenType !== StringLiteral || close?.tok.tokenType !== RParen) {
    return pp.report('error', `#pragma ${line[0]!.tok.image} expects ("NAME")`, at);
  }
  const name = str.tok.image.replace(/^L?"|"$/g, '');
  const stack = pp.pushedMacros.get(name) ?? [];
  if (line[0]!.tok.image === 'push_macro') {
    stack.push(pp.macros.get(name));
    pp.pushedMacros.set(name, stack);
    return;
  }
  if (stack.length === 0) return;
  const saved = stack.pop();
  if (saved) pp.macros.set(name, saved);
  else pp.macros.delete(name);
}
