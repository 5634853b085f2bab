/**
 * Argument substitution in a replacement list: parameters, `#`, `##` and
 * `__VA_OPT__` (C17 6.10.3.1 to 6.10.3.3, C23 6.10.5.1 for `__VA_OPT__`).
 *
 * Steps, for each body token:
 * 1. `# param` becomes the spelling of the unexpanded argument as a string
 *    literal (6.10.3.2);
 * 2. a parameter next to `##` is replaced by its unexpanded argument, or by a
 *    placemarker if that is empty (6.10.3.3p2);
 * 3. any other parameter is replaced by its fully expanded argument (6.10.3.1);
 * 4. `a ## b` pastes the last token before it and the first token after it
 *    into one token, re-lexed from the joined text (6.10.3.3p3);
 * 5. `__VA_OPT__(x)` is x substituted if the variable arguments expand to
 *    something, and a placemarker otherwise.
 * GNU `, ## __VA_ARGS__` deletes the comma when the variable arguments are
 * omitted (and, for a macro whose only parameter is `...`, when empty).
 *
 * Not here: rescanning and hide sets (macro-expand.ts).
 * Invariant: the result may contain placemarkers; the caller drops them.
 */
import type { Span } from './source.js';
import { Comma, Hash, HashHash, IntegerConstant, StringLiteral, isIdentifierLike, type CToken } from './tokens.js';
import { vaOptEnd, type Macro } from './macro-define.js';
import { marker, ppToken, relexOne, respan, spell, synth, type PPToken } from './pp-token.js';
import type { ExpandHost } from './macro-expand.js';

/** One use of a macro, with its arguments as written. */
export interface Invocation {
  readonly macro: Extract<Macro, { kind: 'object' | 'function' }>;
  /** The macro name token of the use. */
  readonly name: PPToken;
  /** Unexpanded arguments, one per parameter. */
  readonly args: readonly (readonly PPToken[])[];
  /** The variable arguments were left out entirely (`f(a)` for `f(x, ...)`). */
  readonly vaAbsent: boolean;
}

interface Operand {
  readonly tokens: readonly PPToken[];
  /** Body tokens it spans. */
  readonly length: number;
}

class Substitution {
  /** Fully expanded arguments, computed at most once each. */
  private readonly expanded = new Map<number, PPToken[]>();
  private readonly params: readonly string[];
  private readonly span: Span;

  constructor(
    private readonly inv: Invocation,
    private readonly expand: (tokens: readonly PPToken[]) => PPToken[],
    private readonly host: ExpandHost,
  ) {
    this.params = inv.macro.kind === 'function' ? inv.macro.params : [];
    this.span = inv.name.tok.span;
  }

  /** Substitute body tokens [from, to). */
  range(body: readonly PPToken[], from: number, to: number): PPToken[] {
    const out: PPToken[] = [];
    let i = from;
    while (i < to) {
      if (body[i]!.tok.tokenType === HashHash) {
        i += 1 + this.pasteInto(out, body, i + 1);
        continue;
      }
      const len = this.operandLength(body, i);
      const beforePaste = i + len < to && body[i + len]!.tok.tokenType === HashHash;
      out.push(...this.operand(body, i, beforePaste).tokens);
      i += len;
    }
    return out;
  }

  /** Step 4 (and the GNU comma rule): paste the operand at `i` onto the end of `out`; returns the body tokens used. */
  private pasteInto(out: PPToken[], body: readonly PPToken[], i: number): number {
    const lhs = out[out.length - 1];
    const va = this.paramIndex(body[i]!);
    if (lhs?.kind === 'token' && lhs.tok.tokenType === Comma && va >= 0 && this.isGnuVaArgs(body[i]!, va)) {
      const args = this.inv.args[va]!;
      const onlyParam = this.params.length === 1;
      if (this.inv.vaAbsent || (onlyParam && args.length === 0)) out.pop();
      else out.push(...this.fromArg(args, body[i]!));
      return 1;
    }
    const rhs = this.operand(body, i, true);
    const left = out.pop() ?? marker('placemarker', body[i]!.tok);
    const first = rhs.tokens[0] ?? marker('placemarker', body[i]!.tok);
    out.push(...this.paste(left, first), ...rhs.tokens.slice(1));
    return rhs.length;
  }

  /** `, ## __VA_ARGS__` in a variadic macro (the GNU extension real code relies on). */
  private isGnuVaArgs(t: PPToken, index: number): boolean {
    return this.inv.macro.kind === 'function' && this.inv.macro.variadic && index === this.params.length - 1 && t.kind === 'token';
  }

  /** The token `a ## b` makes; after an error, both tokens as they were (gcc's recovery). */
  private paste(a: PPToken, b: PPToken): PPToken[] {
    if (a.kind !== 'token') return [b];
    if (b.kind !== 'token') return [a];
    const text = a.tok.image + b.tok.image;
    const tok = relexOne(text, this.span) ?? ppNumber(text, this.span);
    if (!tok) {
      this.host.report('error', `pasting "${a.tok.image}" and "${b.tok.image}" does not give a valid preprocessing token`, this.span);
      return [a, b];
    }
    return [ppToken(tok, a.space)];
  }

  /** How many body tokens the operand at `i` spans: `# p`, `__VA_OPT__( ... )`, or one token. */
  private operandLength(body: readonly PPToken[], i: number): number {
    const t = body[i]!;
    if (this.inv.macro.kind === 'function' && t.tok.tokenType === Hash) {
      const next = body[i + 1]!;
      return next.tok.image === '__VA_OPT__' ? 1 + vaOptEnd(body, i + 1) - i : 2;
    }
    if (this.isVaOpt(t)) return vaOptEnd(body, i) - i + 1;
    return 1;
  }

  /** Steps 1, 2, 3 and 5 for the operand at `i`; `raw` when it is next to `##`. */
  private operand(body: readonly PPToken[], i: number, raw: boolean): Operand {
    const t = body[i]!;
    const length = this.operandLength(body, i);
    if (this.inv.macro.kind === 'function' && t.tok.tokenType === Hash) {
      const next = body[i + 1]!;
      const p = this.paramIndex(next);
      const content = p >= 0 ? this.inv.args[p]! : this.vaOpt(body, i + 1);
      return { tokens: [this.stringize(content, t)], length };
    }
    if (this.isVaOpt(t)) {
      const tokens = this.vaOpt(body, i);
      return { tokens: tokens.length || !raw ? tokens : [marker('placemarker', t.tok)], length };
    }
    const p = this.paramIndex(t);
    if (p < 0) return { tokens: [ppToken(respan(t.tok, this.span), t.space)], length };
    if (raw) {
      const arg = this.inv.args[p]!;
      return { tokens: arg.length ? this.fromArg(arg, t) : [marker('placemarker', t.tok)], length };
    }
    return { tokens: this.fromArg(this.expandedArg(p), t), length };
  }

  /** An argument's tokens, the first taking the spacing of the parameter it replaces. */
  private fromArg(tokens: readonly PPToken[], param: PPToken): PPToken[] {
    return tokens.map((a, k) => (k === 0 ? { ...a, space: param.space, bol: false } : a));
  }

  private expandedArg(p: number): PPToken[] {
    let e = this.expanded.get(p);
    if (!e) this.expanded.set(p, (e = this.expand(this.inv.args[p]!)));
    return e;
  }

  /** Step 5: the substituted content of `__VA_OPT__( ... )` at `i`, or nothing. */
  private vaOpt(body: readonly PPToken[], i: number): PPToken[] {
    const va = this.params.length - 1;
    if (this.expandedArg(va).length === 0) return [];
    return this.range(body, i + 2, vaOptEnd(body, i));
  }

  /** Step 1 (C17 6.10.3.2): the spelling of `tokens` as one string literal. */
  private stringize(tokens: readonly PPToken[], hash: PPToken): PPToken {
    let text = spell(tokens.filter((t) => t.kind === 'token'), true);
    // gcc's rule for a lone trailing backslash, which would escape the closing quote.
    const trailing = /\\+$/.exec(text)?.[0].length ?? 0;
    if (trailing % 2 === 1) {
      this.host.report('warning', 'invalid string literal, ignoring final "\\"', this.span);
      text = text.slice(0, -1);
    }
    const tok = relexOne(`"${text}"`, this.span);
    if (!tok || tok.tokenType !== StringLiteral) {
      this.host.report('error', `"#" does not give a valid string literal from ${JSON.stringify(text)}`, this.span);
      return ppToken(synth(StringLiteral, '""', this.span), hash.space);
    }
    return ppToken(tok, hash.space);
  }

  private isVaOpt(t: PPToken): boolean {
    return this.inv.macro.kind === 'function' && this.inv.macro.variadic && t.tok.image === '__VA_OPT__';
  }

  private paramIndex(t: PPToken): number {
    return isIdentifierLike(t.tok) ? this.params.indexOf(t.tok.image) : -1;
  }
}

/**
 * A preprocessing number (C17 6.4.8) that is no integer or floating constant
 * yet, such as `1e` on its way to `1e5` by repeated pasting. The token
 * vocabulary has no pp-number, so it travels as an IntegerConstant whose
 * image the parser will reject if it is still malformed when it arrives.
 */
function ppNumber(text: string, span: Span): CToken | undefined {
  if (!/^\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.])*$/.test(text)) return undefined;
  return synth(IntegerConstant, text, span);
}

/** The replacement list of `inv` with its arguments substituted (may contain placemarkers). */
export function substitute(inv: Invocation, expand: (tokens: readonly PPToken[]) => PPToken[], host: ExpandHost): PPToken[] {
  const body = inv.macro.body;
  return new Substitution(inv, expand, host).range(body, 0, body.length);
}
