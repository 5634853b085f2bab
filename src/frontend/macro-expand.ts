/**
 * Macro expansion (C17 6.10.3.1 to 6.10.3.4), by Prosser's hide-set algorithm.
 *
 * An `Expander` reads tokens from a base source (a file reader that handles
 * directives, or a fixed list) and returns them fully macro-replaced. The
 * replacement of an invocation is pushed back in front of the input and
 * rescanned with what follows it (6.10.3.4p1), so a function-like macro
 * name at the end of a replacement can take its arguments from the source.
 * Every token of a replacement carries the hide set of the invocation plus
 * the macro's name, so `#define foo foo` stops after one step and the
 * token stays unexpanded forever (6.10.3.4p2).
 *
 * Spans: a token written in the macro body gets the span of the invocation's
 * name (so a diagnostic points at the use); a token that came from an
 * argument keeps its own span, which is also at the use and more precise.
 *
 * In `#if` mode `defined X` and `__has_include(...)` are evaluated here,
 * before the operand could be expanded (6.10.1p1).
 *
 * Not here: `#define` parsing (macro-define.ts), directives (preprocess.ts).
 * Invariant: `pending` holds tokens already read but not yet rescanned, top
 * of the stack at the end.
 */
import type { CompileError } from '../diagnostics/stop.js';
import type { Span } from './source.js';
import { Comma, Greater, IntegerConstant, Less, LParen, RParen, StringLiteral, isIdentifierLike, type CToken } from './tokens.js';
import type { Macro } from './macro-define.js';
import { substitute, type Invocation } from './macro-subst.js';
import { hideAdd, hideIntersect, hideUnion, marker, ppToken, spell, synth, type HideSet, type PPToken } from './pp-token.js';

/** What an expander needs from the preprocessor around it. */
export interface ExpandHost {
  readonly macros: ReadonlyMap<string, Macro>;
  report(severity: CompileError['severity'], message: string, span: Span | undefined): void;
  /** The replacement of `__FILE__`, `__LINE__` or `__COUNTER__` used at `at`. */
  dynamic(name: '__FILE__' | '__LINE__' | '__COUNTER__', at: CToken): CToken;
  /** Does `#include` of this name find a file? (for `__has_include`) */
  hasInclude(name: string, angled: boolean, at: Span): boolean;
  /** Run the pragma written in a `_Pragma("...")` operator (C17 6.10.9). */
  pragma(text: string, at: Span): void;
}

export class Expander {
  /** Tokens read and pushed back, top at the end. */
  private readonly pending: PPToken[] = [];

  constructor(
    private readonly host: ExpandHost,
    /** The base source; returns an 'end' marker when exhausted (and keeps returning it). */
    private readonly base: () => PPToken,
    /** Expanding the operand of `#if`/`#elif`: `defined` and `__has_include` are operators. */
    private readonly inIf = false,
  ) {}

  /** Fully expand a token list on its own, as an argument is (C17 6.10.3.1p1). */
  static expandList(host: ExpandHost, tokens: readonly PPToken[], inIf: boolean): PPToken[] {
    let i = 0;
    const end = tokens.length ? marker('end', tokens[tokens.length - 1]!.tok) : undefined;
    const exp = new Expander(host, () => tokens[i++] ?? end!, inIf);
    const out: PPToken[] = [];
    if (!end) return out;
    for (let t = exp.next(); t.kind !== 'end'; t = exp.next()) out.push(t);
    return out;
  }

  /** The next fully expanded token (or a 'file-end'/'end' marker). */
  next(): PPToken {
    for (;;) {
      const t = this.read();
      if (t.kind !== 'token' || !isIdentifierLike(t.tok)) return t;
      const name = t.tok.image;
      if (this.inIf && name === 'defined') return this.defined(t);
      if (this.inIf && name === '__has_include') return this.hasInclude(t);
      if (!this.inIf && name === '_Pragma') {
        if (this.pragmaOperator(t)) continue;
        return t;
      }
      if (t.hide?.has(name)) return t;
      const macro = this.host.macros.get(name);
      if (!macro || !this.expand(t, macro)) return t;
    }
  }

  private read(): PPToken {
    return this.pending.pop() ?? this.base();
  }

  private unread(t: PPToken): void {
    this.pending.push(t);
  }

  private pushFront(tokens: readonly PPToken[]): void {
    for (let i = tokens.length - 1; i >= 0; i--) this.pending.push(tokens[i]!);
  }

  /** Replace the invocation starting at `t`; false when it is not one (a function-like name without `(`). */
  private expand(t: PPToken, macro: Macro): boolean {
    switch (macro.kind) {
      case 'dynamic':
        this.unread(ppToken(this.host.dynamic(macro.name, t.tok), t.space, hideAdd(t.hide, macro.name)));
        return true;
      case 'object': {
        const inv: Invocation = { macro, name: t, args: [], vaAbsent: true };
        this.pushFront(this.finish(substitute(inv, this.argExpander(), this.host), t, hideAdd(t.hide, macro.name)));
        return true;
      }
      case 'function': {
        const open = this.read();
        if (open.kind !== 'token' || open.tok.tokenType !== LParen) {
          this.unread(open);
          return false;
        }
        const collected = this.collectArgs(t, macro);
        if (!collected) return true;
        const inv: Invocation = { macro, name: t, args: collected.args, vaAbsent: collected.vaAbsent };
        // Prosser: HS(name) ∩ HS(rparen) ∪ {name} (the `)` decides whether the invocation was inside its own expansion).
        const hs = hideAdd(hideIntersect(t.hide, collected.close.hide), macro.name);
        this.pushFront(this.finish(substitute(inv, this.argExpander(), this.host), t, hs));
        return true;
      }
      default:
        return assertNever(macro);
    }
  }

  private argExpander(): (tokens: readonly PPToken[]) => PPToken[] {
    return (tokens) => Expander.expandList(this.host, tokens, this.inIf);
  }

  /** Drop placemarkers, add the hide set, and let the first token take the invocation's leading space. */
  private finish(tokens: readonly PPToken[], name: PPToken, hs: HideSet): PPToken[] {
    const out: PPToken[] = [];
    for (const r of tokens) {
      if (r.kind !== 'token') continue;
      out.push({ ...r, hide: hideUnion(r.hide, hs), space: out.length === 0 ? name.space : r.space, bol: false });
    }
    return out;
  }

  /**
   * The arguments of a function-like invocation, after its `(` (C17 6.10.3p11):
   * split at commas outside nested parentheses, the variadic one keeping its
   * commas. Undefined (after an error) if the list is unterminated or the
   * count is wrong.
   */
  private collectArgs(name: PPToken, macro: Extract<Macro, { kind: 'function' }>):
    { args: PPToken[][]; close: PPToken; vaAbsent: boolean } | undefined {
    const named = macro.variadic ? macro.params.length - 1 : macro.params.length;
    const args: PPToken[][] = [[]];
    let depth = 0;
    for (;;) {
      const t = this.read();
      if (t.kind !== 'token') {
        this.unread(t);
        this.host.report('error', `unterminated argument list invoking macro "${macro.name}"`, name.tok.span);
        return undefined;
      }
      const type = t.tok.tokenType;
      if (type === RParen && depth === 0) return this.checkCount(name, macro, args, named, t);
      if (type === LParen) depth++;
      else if (type === RParen) depth--;
      if (type === Comma && depth === 0 && !(macro.variadic && args.length > named)) {
        args.push([]);
        continue;
      }
      args[args.length - 1]!.push(t);
    }
  }

  private checkCount(name: PPToken, macro: Extract<Macro, { kind: 'function' }>, args: PPToken[][], named: number, close: PPToken):
    { args: PPToken[][]; close: PPToken; vaAbsent: boolean } | undefined {
    // `f()` passes one empty argument, which is right for a macro of one parameter or none.
    if (macro.params.length === 0 && args.length === 1 && args[0]!.length === 0) return { args: [], close, vaAbsent: true };
    // A variadic macro may be called without its variable arguments (C23 6.10.5p12, and GNU before it).
    const vaAbsent = macro.variadic && args.length === named;
    if (vaAbsent) args.push([]);
    const want = macro.params.length;
    if (args.length === want) return { args, close, vaAbsent };
    const given = vaAbsent ? args.length - 1 : args.length;
    const message = args.length < want
      ? `macro "${macro.name}" requires ${macro.variadic ? 'at least ' + named : want} argument${want === 1 ? '' : 's'}, but only ${given} given`
      : `macro "${macro.name}" passed ${given} arguments, but takes just ${want}`;
    this.host.report('error', message, name.tok.span);
    return undefined;
  }

  /** `defined X` or `defined ( X )` in `#if` (C17 6.10.1p1): 1 if X is a macro name. */
  private defined(t: PPToken): PPToken {
    let operand = this.read();
    const paren = operand.kind === 'token' && operand.tok.tokenType === LParen;
    if (paren) operand = this.read();
    if (operand.kind !== 'token' || !isIdentifierLike(operand.tok)) {
      if (operand.kind !== 'token') this.unread(operand);
      this.host.report('error', 'operator "defined" requires an identifier', t.tok.span);
      return this.number(0, t);
    }
    if (paren) {
      const close = this.read();
      if (close.kind !== 'token' || close.tok.tokenType !== RParen) {
        if (close.kind !== 'token') this.unread(close);
        this.host.report('error', 'missing ")" after "defined"', operand.tok.span);
      }
    }
    const name = operand.tok.image;
    return this.number(this.host.macros.has(name) || name === '__has_include' ? 1 : 0, t);
  }

  /** `__has_include ( "file" )` or `__has_include ( <file> )`: 1 if `#include` would find it. */
  private hasInclude(t: PPToken): PPToken {
    const fail = (stop: PPToken): PPToken => {
      if (stop.kind !== 'token') this.unread(stop);
      this.host.report('error', 'operator "__has_include" requires a header name in parentheses', t.tok.span);
      return this.number(0, t);
    };
    const open = this.read();
    if (open.kind !== 'token' || open.tok.tokenType !== LParen) return fail(open);
    const parts: PPToken[] = [];
    for (let p = this.read(); ; p = this.read()) {
      if (p.kind !== 'token') return fail(p);
      if (p.tok.tokenType === RParen) break;
      parts.push(p);
    }
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (first && parts.length === 1 && first.tok.tokenType === StringLiteral && first.tok.image.startsWith('"')) {
      return this.number(this.host.hasInclude(first.tok.image.slice(1, -1), false, first.tok.span) ? 1 : 0, t);
    }
    if (first && last && parts.length >= 3 && first.tok.tokenType === Less && last.tok.tokenType === Greater) {
      const name = spell(parts.slice(1, -1), false);
      return this.number(this.host.hasInclude(name, true, first.tok.span) ? 1 : 0, t);
    }
    return fail(open);
  }

  /**
   * `_Pragma ( string-literal )` (C17 6.10.9): destringize and run as
   * `#pragma`. False (and the token stays) if no `(` follows.
   */
  private pragmaOperator(t: PPToken): boolean {
    const open = this.read();
    if (open.kind !== 'token' || open.tok.tokenType !== LParen) {
      this.unread(open);
      return false;
    }
    const str = this.read();
    const close = str.kind === 'token' ? this.read() : str;
    if (str.kind !== 'token' || str.tok.tokenType !== StringLiteral || close.kind !== 'token' || close.tok.tokenType !== RParen) {
      if (close.kind !== 'token') this.unread(close);
      this.host.report('error', '_Pragma takes a parenthesized string literal', t.tok.span);
      return true;
    }
    const text = str.tok.image.replace(/^L?"|"$/g, '').replace(/\\(["\\])/g, '$1');
    this.host.pragma(text, t.tok.span);
    return true;
  }

  private number(value: 0 | 1, at: PPToken): PPToken {
    return ppToken(synth(IntegerConstant, String(value), at.tok.span), at.space);
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected macro ${JSON.stringify(x)}`);
}
