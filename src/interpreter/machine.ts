/**
 * The abstract machine: memory, globals, generated code, shims, and the run
 * from `main` to a Stop (DESIGN.md decisions 7, 10, 12, 13).
 *
 * The machine owns everything generated code needs besides the module's own
 * registers: the call-site and function arrays indexed by C depth, the site
 * and name tables that keep program text out of the generated source, and
 * the reporters that turn a failed check into a Stop with a backtrace.
 * One thread for now; `src/concurrency/` takes over scheduling when threads
 * arrive.
 *
 * Invariant: every JS exception leaving `run` is turned into a Stop; a JS
 * error that is not a StopSignal is an internal error of ciri, reported with
 * the C location where it happened.
 */
import seedrandom from 'seedrandom';
import type { CiriConfig } from '../config.js';
import type { Span } from '../frontend/source.js';
import { NO_SPAN } from '../frontend/source.js';
import type { IrModule } from '../ir/ir.js';
import type { AllocKind, Frame, Stop, UB } from '../diagnostics/stop.js';
import { StopSignal } from '../diagnostics/stop.js';
import { Memory } from '../memory/memory.js';
import type { Ptr } from '../memory/pointer.js';
import { lookupShim } from '../shims/dispatch.js';
import type { ShimDef, ShimMachine, ShimValue, VaArea, VarArg } from '../shims/shim.js';
import { abiSignature } from '../ir/ir.js';
import { VarargAreas } from './varargs.js';
import * as int64 from './int64.js';
import { generateModule, instantiate, type FunctionEntry, type GeneratedModule, type ModuleHandle } from './codegen/module.js';
import type { EmitEnv } from './codegen/function.js';
import { createRuntime, decodeShimResult } from './runtime.js';
import { SiteTable, StackInterner } from './sites.js';
import { ProgramOutput } from './output.js';

/** Thrown by `exit()` to leave every C frame; the run loop then runs atexit handlers. */
class ExitRequest {
  constructor(readonly code: number, readonly runAtexit: boolean) {}
}

/** Deepest JS recursion of generated functions before frames move to the heap. */
const JS_DEPTH_LIMIT = 600;
/** Basic blocks between two calls into the scheduler (step counting, later preemption). */
const QUANTUM = 1 << 20;
/** Upper bound on C frames (each frame takes at least 16 bytes of C stack, so 8 MiB allows 524288). */
const MAX_FRAMES = 1 << 22;

export class Machine implements ShimMachine {
  readonly mem: Memory;
  /** Names, variable names and other program text, indexed by number from generated code. */
  readonly strings: string[] = [];
  readonly sites: SiteTable;
  readonly shimState = new Map<string, unknown>();
  /** Arguments past `...` of the active variadic C frames. */
  readonly varargs: VarargAreas;
  currentShim = '';
  /** Call site of the active call in each frame, by C depth. */
  private readonly cs: Int32Array;
  /** Function index of each frame, by C depth. */
  private readonly fni: Int32Array;
  /** Frames the tables above can hold; deeper recursion is a stack overflow whatever the stack size. */
  private readonly maxDepth: number;
  private readonly stacks: StackInterner;
  private readonly output: ProgramOutput;
  private readonly strIndex = new Map<string, number>();
  private readonly entries: FunctionEntry[] = [];
  private readonly fnNames: string[] = [];
  private readonly fnByProv = new Map<number, number>();
  private readonly funcAlloc = new Map<string, { addr: number; prov: number }>();
  private readonly globalAlloc: { addr: number; prov: number }[] = [];
  private readonly shims: { name: string; def: ShimDef }[] = [];
  private readonly shimIndex = new Map<string, number>();
  private readonly atexitFns: Ptr[] = [];
  private readonly endHooks: (() => void)[] = [];
  /** `_Exit` was called: no atexit handlers, no stdio flushing. */
  private quickExit = false;
  private readonly randoms = new Map<string, () => number>();
  private errnoPtr: Ptr | undefined;
  private steps = 0;
  private handle!: ModuleHandle;
  readonly generated: GeneratedModule;

  constructor(private readonly module: IrModule, readonly config: CiriConfig) {
    this.output = new ProgramOutput(config.stdout, config.stderr);
    this.maxDepth = Math.min(Math.floor(config.stackSize / 16), MAX_FRAMES);
    // Generated code writes cs[d]/fni[d] without bounds tests; `enter` keeps d below the capacity.
    this.cs = new Int32Array(this.maxDepth + JS_DEPTH_LIMIT + 64);
    this.fni = new Int32Array(this.maxDepth + JS_DEPTH_LIMIT + 64);
    module.functions.forEach((f, i) => {
      this.entries.push({ k: 'c', index: i, linkName: f.linkName });
      this.fnNames.push(f.name);
    });
    this.sites = new SiteTable(this.fnNames);
    this.stacks = new StackInterner(this.sites);
    this.mem = new Memory({ seed: config.seed, maxMemory: config.maxMemory, symbolicAlignment: config.symbolicAlignment }, {
      raise: (ub, site) => this.raise(ub, site),
      outOfMemory: (requested) => this.limit('memory', requested, undefined),
      stackId: () => this.stacks.intern(this.cs, this.handle ? this.handle.depth() : 0),
      frames: (id) => this.stacks.frames(id),
    });
    this.varargs = new VarargAreas(this.mem);
    this.layOutFunctions();
    this.layOutGlobals();
    this.generated = generateModule(module, this.entries, (fi) => this.emitEnv(fi));
  }

  // ---- set-up ---------------------------------------------------------------

  private str(s: string): number {
    let i = this.strIndex.get(s);
    if (i === undefined) { i = this.strings.length; this.strings.push(s); this.strIndex.set(s, i); }
    return i;
  }

  /** Every C function and every extern gets a function allocation, so `&f` has provenance. */
  private layOutFunctions(): void {
    const fnAlloc = (name: string, index: number) => {
      const id = this.mem.allocate(1, 1, 'function', name);
      this.fnByProv.set(id, index);
      this.funcAlloc.set(name, { addr: this.mem.base(id), prov: id });
    };
    this.module.functions.forEach((f, i) => fnAlloc(f.linkName, i));
    for (const ext of this.module.externs) {
      if (this.funcAlloc.has(ext.name)) continue;
      const index = this.entries.length;
      this.entries.push({ k: 'extern', index, name: ext.name, nameStr: this.str(ext.name), shim: this.shimFor(ext.name) });
      this.fnNames.push(ext.name);
      fnAlloc(ext.name, index);
    }
  }

  private shimFor(name: string): { index: number; def: ShimDef } | undefined {
    let index = this.shimIndex.get(name);
    if (index === undefined) {
      const def = lookupShim(name);
      if (!def) return undefined;
      index = this.shims.length;
      this.shims.push({ name, def });
      this.shimIndex.set(name, index);
    }
    return { index, def: this.shims[index]!.def };
  }

  /** Globals are allocated first (so pointers between them resolve), then their images written. */
  private layOutGlobals(): void {
    for (const g of this.module.globals) {
      const kind: AllocKind = g.isString ? 'string' : 'global';
      const id = this.mem.allocate(g.size, g.align, kind, g.isString ? undefined : g.name, true);
      this.globalAlloc[g.id] = { addr: this.mem.base(id), prov: id };
    }
    for (const g of this.module.globals) {
      const at = this.globalAlloc[g.id]!;
      for (const item of g.init) {
        const dst = { addr: at.addr + item.offset, prov: at.prov };
        switch (item.k) {
          case 'bytes': this.mem.writeBytes(dst, item.data); break;
          case 'globalPtr': {
            const target = this.globalAlloc[item.global]!;
            this.mem.storePtr(dst, { addr: target.addr + item.addend, prov: target.prov });
            break;
          }
          case 'funcPtr': this.mem.storePtr(dst, this.func(item.name)); break;
        }
      }
      if (g.readonly) this.mem.setReadonly(at.prov);
    }
    const errno = this.mem.allocate(4, 4, 'global', 'errno', true);
    this.errnoPtr = { addr: this.mem.base(errno), prov: errno };
  }

  private func(name: string): { addr: number; prov: number } {
    const f = this.funcAlloc.get(name);
    if (!f) throw new Error(`no function allocation for ${name}`);
    return f;
  }

  private emitEnv(fi: number): EmitEnv {
    return {
      fnIndex: (name) => this.fnIndexByName(name),
      mayFallOff: (name) => {
        const i = this.fnIndexByName(name);
        const fn = i === undefined ? undefined : this.module.functions[i];
        return !!fn && fn.retKind !== 'void' && fn.blocks.some((b) => b.terminator.k === 'return' && b.terminator.value === undefined);
      },
      shim: (name) => this.shimFor(name),
      signature: (i) => this.signatureOf(i),
      global: (id) => this.globalAlloc[id]!,
      func: (name) => this.func(name),
      site: (span) => this.sites.add(span, fi),
      str: (s) => this.str(s),
    };
  }

  /** The C name of the function with link name `linkName` (`find` for a static `find.1`). */
  cNameOf(linkName: string): string {
    const i = this.fnIndexByName(linkName);
    return i === undefined ? linkName : this.module.functions[i]!.name;
  }

  private fnIndexCache: Map<string, number> | undefined;
  private fnIndexByName(name: string): number | undefined {
    if (!this.fnIndexCache) {
      this.fnIndexCache = new Map();
      this.module.functions.forEach((f, i) => this.fnIndexCache!.set(f.linkName, i));
    }
    return this.fnIndexCache.get(name);
  }

  // ---- running --------------------------------------------------------------

  run(): Stop {
    try {
      this.handle = instantiate(this.generated, {
        hot: this.mem.hot, rt: createRuntime(this), int64, mem: this.mem, cs: this.cs, fni: this.fni,
        stackMax: this.config.stackSize, jsMax: JS_DEPTH_LIMIT, quantum: QUANTUM,
      });
      return this.ended(this.finish(this.callMain()));
    } catch (e) {
      return this.ended(this.toStop(e));
    } finally {
      this.output.flush();
    }
  }

  /** Runs the end-of-program hooks (stdio flushing) unless the program ended the way Linux loses buffers. */
  private ended(stop: Stop): Stop {
    if (stop.kind === 'abort' || stop.kind === 'signal' || stop.kind === 'internal-error' || this.quickExit) return stop;
    const hooks = this.endHooks.splice(0);
    for (const hook of hooks) {
      try {
        hook();
      } catch (e) {
        // A stop while flushing (a write that raises SIGPIPE...) replaces a normal exit, never a UB report.
        if (stop.kind === 'exit' || stop.kind === 'leak') return this.toStop(e);
      }
    }
    return stop;
  }

  onProgramEnd(hook: () => void): void { this.endHooks.push(hook); }

  deadlock(what: string): never {
    throw new StopSignal({ kind: 'deadlock', what, site: this.siteSpan(undefined), backtrace: this.backtrace(undefined) });
  }

  private toStop(e: unknown): Stop {
    if (e instanceof StopSignal) return e.stop;
    if (e instanceof ExitRequest) {
      try { return this.finish(e.code, e.runAtexit); } catch (inner) { return this.toStop(inner); }
    }
    const depth = this.handle ? this.handle.depth() : 0;
    const message = e instanceof RangeError && /call stack/i.test(e.message)
      ? 'the JS stack overflowed while running generated code'
      : e instanceof Error ? `${e.message}${process.env['CIRI_DEBUG'] && e.stack ? `\n${e.stack}` : ''}` : String(e);
    return { kind: 'internal-error', message, site: depth > 0 ? this.sites.span(this.cs[depth]!) : undefined, backtrace: this.backtrace(undefined) };
  }

  private callMain(): number {
    const main = this.fnIndexByName('main');
    if (main === undefined) throw new Error('no main function');
    const fn = this.module.functions[main]!;
    const args: unknown[] = [];
    if (fn.params.length >= 2) {
      const argv = this.stringArray([this.programName(), ...this.config.args]);
      args.push(this.config.args.length + 1, argv.addr, argv.prov);
    }
    if (fn.params.length >= 3) {
      const envp = this.stringArray(Object.entries(this.config.env).map(([k, v]) => `${k}=${v}`));
      args.push(envp.addr, envp.prov);
    }
    const r = this.handle.RUN(main, args);
    return fn.retKind === 'void' ? 0 : Number(r);
  }

  private programName(): string {
    const first = this.config.files[0] ?? 'a.out';
    return first.replace(/^.*\//, '').replace(/\.c$/, '');
  }

  /** A NULL-terminated array of C strings in memory the program may modify (argv, envp). */
  private stringArray(items: string[]): Ptr {
    const arr = this.mem.allocate((items.length + 1) * 8, 8, 'global', 'argv', true);
    const base = this.mem.base(arr);
    items.forEach((s, i) => {
      const bytes = new TextEncoder().encode(s + '\0');
      const id = this.mem.allocate(bytes.length, 1, 'global', undefined);
      this.mem.writeBytes({ addr: this.mem.base(id), prov: id }, bytes);
      this.mem.storePtr({ addr: base + i * 8, prov: arr }, { addr: this.mem.base(id), prov: id });
    });
    return { addr: base, prov: arr };
  }

  /** After main returned or exit was called: atexit handlers in reverse order, then the leak check. */
  private finish(code: number, runAtexit = true): Stop {
    this.handle.RESET();
    this.varargs.reset();
    if (!runAtexit) { this.atexitFns.length = 0; this.quickExit = true; }
    while (this.atexitFns.length > 0) {
      const fn = this.atexitFns.pop()!;
      try {
        this.handle.RUN(this.calleeIndex(fn.addr, fn.prov, -1), []);
      } catch (e) {
        if (!(e instanceof ExitRequest)) throw e;
        code = e.code;
        this.handle.RESET();
      }
    }
    const status = code & 0xff;
    const mode = this.config.leakCheck;
    if (mode !== 'off') {
      const leaks = this.mem.leaks().filter((l) => mode === 'full' || !l.reachable);
      if (leaks.length > 0) {
        return { kind: 'leak', code: status, leaks: leaks.map((l) => ({ alloc: this.mem.info(l.id), reachable: l.reachable })) };
      }
    }
    return { kind: 'exit', code: status };
  }

  // ---- reports ----------------------------------------------------------------

  /** The C frames, innermost first; `site` is where the innermost frame is (default: its active call). */
  backtrace(site: number | undefined): Frame[] {
    const depth = this.handle ? this.handle.depth() : 0;
    const frames: Frame[] = [];
    for (let d = depth; d >= 1; d--) {
      const s = d === depth && site !== undefined && site >= 0 ? site : this.cs[d]!;
      frames.push({ fn: this.fnNames[this.fni[d]!] ?? '?', span: this.sites.span(s) });
    }
    return frames;
  }

  private siteSpan(site: number | undefined): Span {
    if (site !== undefined && site >= 0) return this.sites.span(site);
    const depth = this.handle ? this.handle.depth() : 0;
    return depth > 0 ? this.sites.span(this.cs[depth]!) : NO_SPAN;
  }

  raise(ub: UB, site?: number): never {
    throw new StopSignal({ kind: 'ub', ub, site: this.siteSpan(site), backtrace: this.backtrace(site) });
  }

  unsupportedAt(site: number, what: string): never {
    throw new StopSignal({ kind: 'unsupported', what, site: this.siteSpan(site), backtrace: this.backtrace(site) });
  }

  private limit(what: 'stack' | 'steps' | 'memory', limit: number, site: number | undefined): never {
    throw new StopSignal({ kind: 'limit', what, limit, site: this.siteSpan(site), backtrace: this.backtrace(site) });
  }

  // ---- called from generated code ---------------------------------------------

  /** A frame at depth `d` is being entered past the JS depth limit or the C stack size. */
  enter(d: number, sp: number): void {
    if (sp > this.config.stackSize || d >= this.maxDepth) {
      // Report at the call that would overflow, in the caller's frame (depth d - 1).
      const callSite = this.cs[d - 1]!;
      throw new StopSignal({
        kind: 'limit', what: 'stack', limit: this.config.stackSize, site: this.sites.span(callSite),
        backtrace: this.backtrace(undefined).slice(1),
      });
    }
  }

  tick(_d: number): number {
    this.steps += QUANTUM;
    if (this.config.maxSteps > 0 && this.steps > this.config.maxSteps) this.limit('steps', this.config.maxSteps, undefined);
    return QUANTUM;
  }

  /** The ABI signature of C function `i` (the one calls through pointers are checked against). */
  signatureOf(i: number): string {
    const fn = this.module.functions[i]!;
    return abiSignature(fn.retKind, fn.params.map((id) => fn.locals[id]!.kind), fn.variadic);
  }

  /** The entry a function pointer designates; `sig` (a string id, or -1) is the signature the call expects. */
  calleeIndex(addr: number, prov: number, site: number, sig = -1): number {
    const index = this.fnByProv.get(prov);
    if (index === undefined || addr !== this.mem.base(prov)) {
      if (addr === 0) this.raise({ kind: 'invalid-call', reason: 'null', detail: 'a null function pointer' }, site);
      this.raise({ kind: 'invalid-call', reason: 'not-a-function', detail: `a pointer to 0x${addr.toString(16)}, which is not a function` }, site);
    }
    const entry = this.entries[index]!;
    if (sig >= 0 && entry.k === 'c') {
      const fn = this.module.functions[entry.index]!;
      const own = this.signatureOf(entry.index);
      const called = this.strings[sig]!;
      if (own !== called) {
        this.raise({ kind: 'invalid-call', reason: 'incompatible-type', detail: `\`${fn.name}\` is \`${own}\` but is called as \`${called}\`` }, site);
      }
    }
    return index;
  }

  callShim(k: number, args: unknown[], va: unknown[]): unknown {
    const { name, def } = this.shims[k]!;
    this.currentShim = name;
    const r = def.handler(this, args as ShimValue[], va as VarArg[]);
    return decodeShimResult(def.ret, r);
  }

  // ---- ShimMachine -----------------------------------------------------------------

  unsupported(what: string): never { return this.unsupportedAt(-1, what); }

  exit(code: number, runAtexit = true): never { throw new ExitRequest(code, runAtexit); }

  abort(message?: string): never {
    throw new StopSignal({ kind: 'abort', message, site: this.siteSpan(undefined), backtrace: this.backtrace(undefined) });
  }

  /** A VLA's storage: a stack allocation, or a stack overflow when it cannot fit the C stack left. */
  vlaLive(size: number, align: number, name: string, sp: number): number {
    if (sp + size > this.config.stackSize) this.limit('stack', this.config.stackSize, undefined);
    return this.mem.allocate(size, align, 'stack', name);
  }

  currentVaArea(): VaArea | undefined {
    return this.varargs.atDepth(this.handle ? this.handle.depth() : 0);
  }

  vaArea(id: number): VaArea | undefined {
    return this.varargs.byAllocation(id);
  }

  signal(signal: number, name: string): never {
    throw new StopSignal({ kind: 'signal', signal, name, site: this.siteSpan(undefined), backtrace: this.backtrace(undefined) });
  }

  setErrno(code: number): void { this.mem.storeScalar(this.errnoLocation(), 'i32', code); }

  errnoLocation(): Ptr { return this.errnoPtr!; }

  atexit(fn: Ptr): boolean { this.atexitFns.push(fn); return true; }

  random(stream: 'io' | 'alloc' | 'schedule'): () => number {
    let r = this.randoms.get(stream);
    if (!r) { r = seedrandom(`${this.config.seed}:${stream}`); this.randoms.set(stream, r); }
    return r;
  }

  writeOutput(fd: 1 | 2, bytes: Uint8Array): void { this.output.write(fd, bytes); }
}
