/**
 * Conditional inclusion state (C17 6.10.1): the stack of `#if` groups open in
 * one file, and which of their branches is being read.
 *
 * Each entry remembers whether its enclosing group is read (`parentActive`),
 * whether one of its branches was already taken, and whether the current
 * branch is read. A `#elif` condition is evaluated only when it could be
 * taken (gcc does the same, so an invalid expression in a dead branch is not
 * an error); a group nested in a skipped one is skipped whole.
 *
 * Not here: evaluating conditions (the caller passes a thunk) and reading
 * tokens.
 * Invariant: `active` implies `parentActive`.
 */
import type { Span } from './source.js';

interface Group {
  /** The directive that opened it (`if`, `ifdef`, `ifndef`), for "unterminated #ifdef". */
  readonly directive: string;
  readonly span: Span;
  readonly parentActive: boolean;
  /** Some branch of this group was taken (so later ones are not). */
  taken: boolean;
  /** The current branch is read. */
  active: boolean;
  /** `#else` was seen (no `#elif` or `#else` may follow). */
  sawElse: boolean;
}

export type CondError = { readonly message: string; readonly span: Span } | undefined;

export class ConditionalStack {
  private readonly groups: Group[] = [];

  /** Lines outside any group, or in the current branch of every open group, are read. */
  get active(): boolean {
    // Asked once per token read, mostly with no group open: reading `groups[-1]` of an empty
    // array would be a named-property lookup through the prototype chain each time.
    const n = this.groups.length;
    return n === 0 || this.groups[n - 1]!.active;
  }

  /** `#if`, `#ifdef`, `#ifndef`: `cond` is called only if the enclosing group is read. */
  open(directive: string, span: Span, cond: () => boolean): void {
    const parentActive = this.active;
    const value = parentActive && cond();
    this.groups.push({ directive, span, parentActive, taken: value, active: value, sawElse: false });
  }

  /** `#elif` (and `#elifdef`, `#elifndef`). */
  elif(directive: string, span: Span, cond: () => boolean): CondError {
    const top = this.groups[this.groups.length - 1];
    if (!top) return { message: `#${directive} without #if`, span };
    if (top.sawElse) return { message: `#${directive} after #else`, span };
    if (!top.parentActive || top.taken) {
      top.active = false;
      return undefined;
    }
    top.active = cond();
    top.taken = top.active;
    return undefined;
  }

  /** `#else` */
  else(span: Span): CondError {
    const top = this.groups[this.groups.length - 1];
    if (!top) return { message: '#else without #if', span };
    if (top.sawElse) return { message: '#else after #else', span };
    top.sawElse = true;
    top.active = top.parentActive && !top.taken;
    top.taken = true;
    return undefined;
  }

  /** `#endif` */
  endif(span: Span): CondError {
    if (!this.groups.pop()) return { message: '#endif without #if', span };
    return undefined;
  }

  /** At the end of the file: every group still open is an error (C17 6.10.1, the group must end in the same file). */
  unterminated(): { message: string; span: Span }[] {
    return this.groups.map((g) => ({ message: `unterminated #${g.directive}`, span: g.span }));
  }
}
