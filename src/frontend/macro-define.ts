/**
 * Macro definitions: parsing `#define` (C17 6.10.3) and comparing a
 * redefinition with the definition it replaces (6.10.3p2).
 *
 * A definition is checked here once, so that expansion can trust it: every
 * `#` of a function-like macro is followed by a parameter (or `__VA_OPT__`),
 * `##` is at neither end, `__VA_ARGS__` and `__VA_OPT__` appear only in
 * variadic macros, and `__VA_OPT__(...)` is balanced. GNU named variadic
 * parameters (`args...`) are accepted, as real code uses them.
 *
 * Not here: expansion (macro-expand.ts) and the macros whose value depends on
 * where they are used (`__LINE__`, kind 'dynamic', made by pp-predefined.ts).
 */
import type { Span } from './source.js';
import { Comma, Ellipsis, Hash, HashHash, LParen, RParen, isIdentifierLike } from './tokens.js';
import { spanOf, type PPToken } from './pp-token.js';

/** What the preprocessor knows about one macro name. */
export type Macro =
  | { readonly kind: 'object'; readonly name: string; readonly body: readonly PPToken[]; readonly span: Span | undefined }
  | {
      readonly kind: 'function';
      readonly name: string;
      /** Parameter names; for a variadic macro the last one is `__VA_ARGS__` (or the GNU name before `...`). */
      readonly params: readonly string[];
      readonly variadic: boolean;
      readonly body: readonly PPToken[];
      readonly span: Span | undefined;
    }
  /** `__FILE__`, `__LINE__`, `__COUNTER__`: their value is computed where they are used. */
  | { readonly kind: 'dynamic'; readonly name: '__FILE__' | '__LINE__' | '__COUNTER__'; readonly span: undefined };

export type DefineResult = { readonly ok: true; readonly macro: Macro } | { readonly ok: false; readonly message: string; readonly span: Span };

const fail = (message: string, span: Span): DefineResult => ({ ok: false, message, span });

/** Parse the tokens after `#define` (name, parameters, replacement list). */
export function parseDefine(line: readonly PPToken[], directiveSpan: Span): DefineResult {
  const nameTok = line[0];
  if (!nameTok) return fail('no macro name given in #define directive', directiveSpan);
  if (!isIdentifierLike(nameTok.tok)) return fail('macro names must be identifiers', nameTok.tok.span);
  const name = nameTok.tok.image;
  if (name === 'defined') return fail('"defined" cannot be used as a macro name', nameTok.tok.span);
  const span = spanOf(nameTok.tok, (line[line.length - 1] ?? nameTok).tok);
  const open = line[1];
  // C17 6.10.3p3, 6.10.3p10: a `(` right after the name, with no space, makes it function-like.
  if (!open || open.tok.tokenType !== LParen || open.space) {
    const body = line.slice(1);
    const err = checkBody(body, [], false);
    return err ? fail(err.message, err.span) : { ok: true, macro: { kind: 'object', name, body, span } };
  }
  const params = parseParams(line, 2);
  if ('message' in params) return fail(params.message, params.span);
  const body = line.slice(params.next);
  const err = checkBody(body, params.names, params.variadic, true);
  if (err) return fail(err.message, err.span);
  return { ok: true, macro: { kind: 'function', name, params: params.names, variadic: params.variadic, body, span } };
}

type Params = { names: string[]; variadic: boolean; next: number } | { message: string; span: Span };

/** identifier-list, optionally followed by `...` (or GNU `name...`), then `)` (C17 6.10.3). */
function parseParams(line: readonly PPToken[], start: number): Params {
  const names: string[] = [];
  let i = start;
  const at = (k: number): Span => (line[k] ?? line[k - 1]!).tok.span;
  if (line[i]?.tok.tokenType === RParen) return { names, variadic: false, next: i + 1 };
  for (;;) {
    const t = line[i];
    if (!t) return { message: 'missing ")" in macro parameter list', span: at(i) };
    if (t.tok.tokenType === Ellipsis) {
      names.push('__VA_ARGS__');
      return closeParams(line, i + 1, names);
    }
    if (!isIdentifierLike(t.tok)) return { message: `expected parameter name, found "${t.tok.image}"`, span: t.tok.span };
    const p = t.tok.image;
    if (p === '__VA_ARGS__') return { message: '__VA_ARGS__ can not be used as a parameter name', span: t.tok.span };
    if (names.includes(p)) return { message: `duplicate macro parameter "${p}"`, span: t.tok.span };
    names.push(p);
    const sep = line[i + 1];
    if (sep?.tok.tokenType === Ellipsis) return closeParams(line, i + 2, names);
    if (sep?.tok.tokenType === RParen) return { names, variadic: false, next: i + 2 };
    if (!sep) return { message: 'missing ")" in macro parameter list', span: at(i + 1) };
    if (sep.tok.tokenType !== Comma) return { message: 'expected "," or ")" in macro parameter list', span: at(i + 1) };
    i += 2;
  }
}

function closeParams(line: readonly PPToken[], i: number, names: string[]): Params {
  const t = line[i];
  if (t?.tok.tokenType !== RParen) return { message: 'missing ")" after "..." in macro parameter list', span: (t ?? line[i - 1]!).tok.span };
  return { names, variadic: true, next: i + 1 };
}

/** The constraints of C17 6.10.3p5, 6.10.3.2p1, 6.10.3.3p1 and C23 6.10.5.1 (`__VA_OPT__`) on a replacement list. */
function checkBody(body: readonly PPToken[], params: readonly string[], variadic: boolean, functionLike = false): { message: string; span: Span } | undefined {
  const isHashHash = (t: PPToken | undefined): boolean => t?.tok.tokenType === HashHash;
  if (isHashHash(body[0])) return { message: '"##" cannot appear at either end of a macro expansion', span: body[0]!.tok.span };
  if (isHashHash(body[body.length - 1])) return { message: '"##" cannot appear at either end of a macro expansion', span: body[body.length - 1]!.tok.span };
  for (let i = 0; i < body.length; i++) {
    const t = body[i]!;
    const word = isIdentifierLike(t.tok) ? t.tok.image : '';
    if (word === '__VA_ARGS__' && !(variadic && params[params.length - 1] === '__VA_ARGS__')) {
      return { message: '__VA_ARGS__ can only appear in the expansion of a variadic macro', span: t.tok.span };
    }
    if (word === '__VA_OPT__') {
      if (!variadic) return { message: '__VA_OPT__ can only appear in the expansion of a variadic macro', span: t.tok.span };
      const end = vaOptEnd(body, i);
      if (end < 0) return { message: 'unterminated __VA_OPT__', span: t.tok.span };
      if (isHashHash(body[i + 2]) || isHashHash(body[end - 1])) {
        return { message: '"##" cannot appear at either end of __VA_OPT__', span: t.tok.span };
      }
    }
    if (functionLike && t.tok.tokenType === Hash) {
      const next = body[i + 1];
      const operand = next && isIdentifierLike(next.tok) ? next.tok.image : '';
      if (!params.includes(operand) && !(operand === '__VA_OPT__' && variadic)) {
        return { message: '"#" is not followed by a macro parameter', span: t.tok.span };
      }
    }
  }
  return undefined;
}

/** Index of the `)` closing `__VA_OPT__(` at `i`, or -1. */
export function vaOptEnd(body: readonly PPToken[], i: number): number {
  if (body[i + 1]?.tok.tokenType !== LParen) return -1;
  let depth = 0;
  for (let k = i + 1; k < body.length; k++) {
    const type = body[k]!.tok.tokenType;
    if (type === LParen) depth++;
    else if (type === RParen && --depth === 0) return k;
  }
  return -1;
}

/** C17 6.10.3p2: two definitions are the same if their parameters and replacement lists are identical, whitespace included. */
export function sameDefinition(a: Macro, b: Macro): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'dynamic' || b.kind === 'dynamic') return false;
  if (a.kind === 'function' && b.kind === 'function') {
    if (a.variadic !== b.variadic || a.params.join(',') !== b.params.join(',')) return false;
  }
  const x = a.body;
  const y = b.body;
  if (x.length !== y.length) return false;
  return x.every((t, i) => t.tok.image === y[i]!.tok.image && (i === 0 || t.space === y[i]!.space));
}
