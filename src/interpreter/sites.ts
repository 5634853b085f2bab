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

/**
 * Interns call stacks as nodes of a trie: a node is (parent node, site), the
 * root (0) is the empty stack. Allocation-heavy programs allocate from the
 * same few stacks over and over, so the machine keeps the node of each depth
 * of the last stack it interned and only looks up the frames whose call site
 * changed since: usually none or one.
 */
export class StackInterner {
  /** Parent node and site of each node; node 0 is the empty stack. */
  private parent = new Int32Array(1024);
  private site = new Int32Array(1024);
  /** Children of a node as a linked list: a frame makes calls from only a few sites. */
  private firstChild = new Int32Array(1024);
  private nextSibling = new Int32Array(1024);
  private count = 1;
  /** For each depth of the last interned stack: its call site and node. */
  private cachedSite = new Int32Array(64).fill(-1);
  private cachedNode = new Int32Array(64);

  constructor(private readonly sites: SiteTable) {}

  /** Intern the stack `cs[1..depth]` (outermost first). */
  intern(cs: Int32Array, depth: number): number {
    if (depth >= this.cachedSite.length) this.growCache(depth);
    let node = 0;
    let d = 1;
    // The longest prefix equal to the last stack keeps its nodes.
    while (d <= depth && this.cachedSite[d] === cs[d]) { node = this.cachedNode[d]!; d++; }
    for (; d <= depth; d++) {
      node = this.child(node, cs[d]!);
      this.cachedSite[d] = cs[d]!;
      this.cachedNode[d] = node;
    }
    if (depth + 1 < this.cachedSite.length) this.cachedSite[depth + 1] = -1;
    return node;
  }

  private child(parent: number, site: number): number {
    for (let c = this.firstChild[parent]!; c !== 0; c = this.nextSibling[c]!) {
      if (this.site[c] === site) return c;
    }
    if (this.count === this.parent.length) this.growNodes();
    const id = this.count++;
    this.parent[id] = parent;
    this.site[id] = site;
    this.nextSibling[id] = this.firstChild[parent]!;
    this.firstChild[parent] = id;
    return id;
  }

  private growNodes(): void {
    const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
    this.parent = grow(this.parent);
    this.site = grow(this.site);
    this.firstChild = grow(this.firstChild);
    this.nextSibling = grow(this.nextSibling);
  }

  private growCache(depth: number): void {
    const sites = new Int32Array(depth * 2).fill(-1); sites.set(this.cachedSite); this.cachedSite = sites;
    const nodes = new Int32Array(depth * 2); nodes.set(this.cachedNode); this.cachedNode = nodes;
  }

  /** The frames of a stack, innermost first. */
  frames(id: number): Frame[] {
    const frames: Frame[] = [];
    for (let n = id; n > 0; n = this.parent[n]!) frames.push(this.sites.frame(this.site[n]!));
    return frames;
  }
}
