/**
 * Sites and call stacks.
 *
 * A site is a span in a function that generated code may report from (a
 * check, a call, a storage statement); generated code passes its number. The
 * machine keeps the C call stack as the call site of each active frame,
 * indexed by depth (`cs[d]`, written by the caller before each call), and the
 * function of each frame (`fni[d]`). Allocation and free stacks are interned
 * here so that a million `malloc` calls from the same place cost one record.
 */
import type { Span } from '../frontend/source.js';
import { NO_SPAN } from '../frontend/source.js';
import type { Frame } from '../diagnostics/stop.js';

interface Site {
  readonly span: Span;
  /** Index of the function the site is in (into `fnNames`). */
  readonly fn: number;
}

export class SiteTable {
  private readonly sites: Site[] = [];
  private readonly bySpan = new Map<string, number>();

  constructor(private readonly fnNames: readonly string[]) {}

  add(span: Span, fn: number): number {
    const key = `${fn}:${span.file}:${span.line}:${span.col}:${span.endLine}:${span.endCol}`;
    const known = this.bySpan.get(key);
    if (known !== undefined) return known;
    this.sites.push({ span, fn });
    this.bySpan.set(key, this.sites.length - 1);
    return this.sites.length - 1;
  }

  span(site: number): Span {
    return this.sites[site]?.span ?? NO_SPAN;
  }

  fnName(site: number): string {
    const s = this.sites[site];
    return s ? this.fnNames[s.fn] ?? '?' : '?';
  }

  frame(site: number): Frame {
    return { fn: this.fnName(site), span: this.span(site) };
  }
}

/** Interns call stacks (sequences of site ids, innermost first). Id 0 is the empty stack. */
export class StackInterner {
  private readonly stacks: Int32Array[] = [new Int32Array(0)];
  private readonly byHash = new Map<number, number[]>();

  constructor(private readonly sites: SiteTable) {}

  /** Intern the stack `cs[depth], cs[depth-1], ..., cs[1]`. */
  intern(cs: Int32Array, depth: number): number {
    if (depth <= 0) return 0;
    let h = 0x811c9dc5;
    for (let d = depth; d >= 1; d--) h = Math.imul(h ^ cs[d]!, 0x01000193);
    const bucket = this.byHash.get(h);
    if (bucket) {
      for (const id of bucket) if (this.matches(this.stacks[id]!, cs, depth)) return id;
    }
    const stack = new Int32Array(depth);
    for (let i = 0; i < depth; i++) stack[i] = cs[depth - i]!;
    this.stacks.push(stack);
    const id = this.stacks.length - 1;
    if (bucket) bucket.push(id); else this.byHash.set(h, [id]);
    return id;
  }

  private matches(stack: Int32Array, cs: Int32Array, depth: number): boolean {
    if (stack.length !== depth) return false;
    for (let i = 0; i < depth; i++) if (stack[i] !== cs[depth - i]) return false;
    return true;
  }

  frames(id: number): Frame[] {
    const stack = this.stacks[id];
    if (!stack) return [];
    return Array.from(stack, (site) => this.sites.frame(site));
  }
}
