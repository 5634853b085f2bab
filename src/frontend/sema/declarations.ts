/**
 * Declarations (C17 6.7) at file and block scope: typedefs, functions and
 * objects, with their linkage (6.2.2), redeclaration rules (6.7p3-4) and
 * tentative definitions (6.9.2).
 *
 * Linkage: `static` at file scope is internal; `extern` (and a function
 * declared without storage class) takes the linkage of a visible earlier
 * declaration, else external; a file-scope object without storage class is
 * external. Block-scope objects without `extern` have no linkage: automatic
 * ones go to the block's `locals` (with a `declare` statement if
 * initialized), `static` ones become globals with a mangled link name.
 *
 * Deliberately not here: function definitions (functions.ts) and the
 * cross-file view of external names (link.ts).
 *
 * Invariant: a name's entry in a scope keeps the composite type of every
 * declaration of it seen so far in that scope.
 */
import type { Attribute, Declaration, Expr, InitDeclarator, Initializer, StorageClass } from '../ast.js';
import type { CType } from '../ctypes.js';
import { INT, compatible, isComplete, isScalar, isVariablyModified, isVla, typeToString, unqualified } from '../ctypes.js';
import { takePending } from './vla.js';
import type { Span } from '../source.js';
import type { TStmt } from '../typed-ast.js';
import type { Sema, UnitObject } from './context.js';
import { declaratorType } from './declarators.js';
import { integerConstantExpression, value } from './expressions.js';
import { initializer } from './initializers.js';
import type { Linkage, Scope, VarEntry } from './scope.js';
import { AUTO_TYPE, declSpecifiers } from './specifiers.js';
import { composite, isReadonlyObject, sameType, type FunctionType } from './types.js';
import { alignasValue } from './records.js';

/** Analyse a declaration; at block scope, returns the statements initializing its automatic objects. */
export function declaration(ctx: Sema, d: Declaration): TStmt[] {
  if (d.kind === 'staticAssert') {
    staticAssert(ctx, d.cond, d.message, d.span);
    return [];
  }
  const standalone = d.declarators.length === 0;
  const base = declSpecifiers(ctx, d.specs, { standalone, what: 'declaration' });
  if (standalone) {
    const declaresTag = d.specs.types.some((t) => (t.kind === 'struct' && (t.tag !== undefined || t.members)) || t.kind === 'enum');
    if (!declaresTag) ctx.warn(d.span, 'useless type name in empty declaration');
    return [];
  }
  const out: TStmt[] = [];
  for (const id of d.declarators) {
    try {
      // A VLA's size is computed where its declarator is reached, before the object exists (6.8p3).
      const mark = ctx.vlaPending.length;
      const stmts = initDeclarator(ctx, base.type === AUTO_TYPE ? autoTyped(ctx, base, id) : base, id);
      requestAlignment(ctx, d, id);
      for (const size of takePending(ctx, mark)) out.push({ k: 'expr', expr: size, span: size.span });
      for (const s of stmts) out.push(s);
    } catch (err) {
      ctx.error(id.span, `internal error in ciri's semantic analysis: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return out;
}

interface Base { readonly type: CType; readonly storage: StorageClass | undefined; readonly implicitInt: boolean }

/** `_Alignas(...)` and `__attribute__((aligned(N)))` on an object declaration (6.7.5): recorded on its symbol. */
function requestAlignment(ctx: Sema, d: Extract<Declaration, { kind: 'declaration' }>, id: InitDeclarator): void {
  const { alignas, attributes } = d.specs, own = id.declarator.attributes;
  if (alignas.length === 0 && attributes.length === 0 && own.length === 0) return; // nearly every declaration
  let align = 1;
  for (const a of alignas) align = Math.max(align, alignasValue(ctx, a) ?? 1);
  for (const a of attributes) align = Math.max(align, alignedAttribute(ctx, a));
  for (const a of own) align = Math.max(align, alignedAttribute(ctx, a));
  const name = id.declarator.name;
  if (align === 1 || name === undefined) return;
  const entry = ctx.scope.ordinary.get(name);
  if (entry?.k === 'var') entry.sym.align = Math.max(entry.sym.align ?? 1, align);
}

/** The alignment `__attribute__((aligned(N)))` requests (16 without N), or 1 for another attribute or a bad N. */
function alignedAttribute(ctx: Sema, a: Attribute): number {
  if (a.name.replace(/^__(.*)__$/, '$1') !== 'aligned') return 1;
  const n = a.args[0] ? integerConstantExpression(ctx, a.args[0], 'requested alignment is not an integer constant') : 16n;
  return n !== undefined && n > 0n && (n & (n - 1n)) === 0n ? Number(n) : 1;
}

/**
 * GNU `__auto_type x = e;`: `x` has the type of `e` after lvalue conversion
 * and decay. The initializer is analysed once here only for its type (its
 * diagnostics come when it is analysed as the initializer).
 */
function autoTyped(ctx: Sema, base: Base, id: InitDeclarator): Base {
  const init = id.init;
  if (!init || init.kind !== 'exprInit') {
    ctx.error(id.span, "'__auto_type' requires an initialized data declaration");
    return { ...base, type: INT };
  }
  const errors = ctx.errors.length;
  const e = ctx.inUnevaluated(() => value(ctx, init.expr));
  ctx.errors.length = errors;
  return { ...base, type: unqualified(e.type) };
}

function initDeclarator(ctx: Sema, base: Base, id: InitDeclarator): TStmt[] {
  const name = id.declarator.name;
  const span = id.declarator.nameSpan ?? id.span;
  if (name === undefined) {
    ctx.error(id.span, 'expected identifier in declaration');
    return [];
  }
  if (base.implicitInt) ctx.warn(span, `type defaults to 'int' in declaration of '${name}'`);
  const type = declaratorType(ctx, base.type, id.declarator, { context: 'object' });
  if (base.storage === 'typedef') {
    if (id.init) ctx.error(span, `typedef '${name}' is initialized (use __typeof__ instead)`);
    typedef(ctx, name, type, span);
    return [];
  }
  if (type.kind === 'function') {
    if (id.init) ctx.error(span, `function '${name}' is initialized like a variable`);
    const atFile = ctx.atFileScope();
    if (base.storage === 'auto' || base.storage === 'register' || (!atFile && base.storage === 'static')) {
      ctx.error(span, `invalid storage class for function '${name}'`);
    }
    declareFunction(ctx, ctx.scope, name, type, span, { isStatic: base.storage === 'static' });
    return [];
  }
  let objectType: CType = type;
  if (type.kind === 'void') {
    ctx.error(span, `variable or field '${name}' declared void`);
    objectType = INT;
  }
  if (ctx.atFileScope()) {
    fileObject(ctx, name, objectType, base.storage, id.init, span);
    return [];
  }
  return blockObject(ctx, name, objectType, base.storage, id.init, span);
}

/** C17 6.7.8; a typedef may be repeated with the same type (6.7p3). */
function typedef(ctx: Sema, name: string, type: CType, span: Span): void {
  const prior = ctx.scope.ordinary.get(name);
  if (prior) {
    const same = prior.k === 'typedef' && sameType(prior.type, type) && !!prior.type.q?.const === !!type.q?.const;
    if (!same) {
      const message = prior.k === 'typedef' ? `conflicting types for '${name}'; have '${typeToString(type)}'` : `'${name}' redeclared as different kind of symbol`;
      ctx.error(span, message, [{ message: `previous declaration of '${name}'`, span: prior.span }]);
    }
    return;
  }
  ctx.scope.ordinary.set(name, { k: 'typedef', type, span });
}

function differentKind(ctx: Sema, name: string, span: Span, prior: { span: Span }): void {
  ctx.error(span, `'${name}' redeclared as different kind of symbol`, [{ message: `previous declaration of '${name}'`, span: prior.span }]);
}

function conflicting(ctx: Sema, name: string, type: CType, span: Span, prior: VarEntry): void {
  ctx.error(span, `conflicting types for '${name}'; have '${typeToString(type)}'`,
    [{ message: `previous declaration of '${name}' with type '${typeToString(prior.type)}'`, span: prior.span }]);
}

export interface FunctionDeclOptions {
  readonly isStatic: boolean;
  /** An implicit declaration (6.5.2.2 in C90; gcc's warning is given by the caller). */
  readonly implicit?: boolean;
  /** The name the linker knows, when it differs from the C name (builtins that alias libc functions). */
  readonly linkName?: string;
}

/** Declare a function in `scope` (file scope, a block, or the file scope for implicit declarations). */
export function declareFunction(ctx: Sema, scope: Scope, name: string, type: FunctionType, span: Span, opts: FunctionDeclOptions): VarEntry | undefined {
  const here = scope.ordinary.get(name);
  if (here && (here.k !== 'var' || here.linkage === 'none')) {
    differentKind(ctx, name, span, here);
    return undefined;
  }
  const prior = scope.lookup(name);
  const visible = prior?.k === 'var' && prior.linkage !== 'none' ? prior : undefined;
  const linkage = linkageOf(ctx, name, span, opts.isStatic ? 'static' : 'extern', visible, scope.kind === 'file');
  return declareLinked(ctx, scope, name, 'function', type, span, linkage, visible, opts);
}

/** 6.2.2p3-5: the linkage of an identifier declared with `storage` given the visible earlier declaration. */
function linkageOf(ctx: Sema, name: string, span: Span, storage: StorageClass | undefined, visible: VarEntry | undefined, atFile: boolean): Linkage {
  if (storage === 'static' && atFile) {
    if (visible?.linkage === 'external') ctx.error(span, `static declaration of '${name}' follows non-static declaration`, [{ message: `previous declaration of '${name}'`, span: visible.span }]);
    return 'internal';
  }
  if (storage === 'extern') return visible?.linkage ?? 'external';
  if (visible?.linkage === 'internal') {
    ctx.error(span, `non-static declaration of '${name}' follows static declaration`, [{ message: `previous declaration of '${name}'`, span: visible.span }]);
  }
  return 'external';
}

/** Declare a name with linkage in `scope`, sharing the symbol of the entity it denotes. */
function declareLinked(ctx: Sema, scope: Scope, name: string, storage: 'global' | 'function', type: CType, span: Span,
  linkage: Linkage, visible: VarEntry | undefined, opts: { implicit?: boolean; linkName?: string } = {}): VarEntry {
  let sym;
  let ok = true;
  if (linkage === 'internal' && visible && visible.linkage === 'internal') {
    sym = visible.sym;
    if (sym.storage !== storage) { differentKind(ctx, name, span, visible); ok = false; }
    else if (!compatible(visible.type, type)) { conflicting(ctx, name, type, span, visible); ok = false; }
  } else if (linkage === 'internal') {
    sym = ctx.linker.internal(ctx, name, storage, type, span);
  } else {
    const r = ctx.linker.external(ctx, opts.linkName ?? name, name, storage, type, span, opts.implicit);
    sym = r.sym;
    ok = r.compatible;
  }
  const entryType = ok && visible && visible.sym === sym ? composite(visible.type, type) : type;
  const here = scope.ordinary.get(name);
  if (here?.k === 'var' && here.sym === sym) {
    here.type = entryType;
    return here;
  }
  const entry: VarEntry = { k: 'var', sym, type: entryType, linkage, register: false, span };
  scope.ordinary.set(name, entry);
  return entry;
}

// ---- objects ---------------------------------------------------------------------------

/** An object declared at file scope: external or internal, defined, tentative or only declared (6.9.2). */
function fileObject(ctx: Sema, name: string, type: CType, storage: StorageClass | undefined, init: Initializer | undefined, span: Span): void {
  if (storage === 'auto' || storage === 'register') {
    ctx.error(span, storage === 'auto' ? `file-scope declaration of '${name}' specifies 'auto'` : `register name not specified for '${name}'`);
  }
  const here = ctx.fileScope.ordinary.get(name);
  if (here && here.k !== 'var') return differentKind(ctx, name, span, here);
  const linkage = linkageOf(ctx, name, span, storage, here, true);
  const entry = declareLinked(ctx, ctx.fileScope, name, 'global', type, span, linkage, here);
  if (entry.sym.storage !== 'global') return;
  let obj = ctx.unit.objects.get(entry.sym);
  if (!obj) {
    obj = { sym: entry.sym, entry, init: undefined, defSpan: undefined, tentativeSpan: undefined };
    ctx.unit.objects.set(entry.sym, obj);
  }
  if (!init) {
    if (storage !== 'extern') obj.tentativeSpan ??= span;
    return;
  }
  if (storage === 'extern') ctx.warn(span, `'${name}' initialized and declared 'extern'`);
  if (obj.defSpan) {
    ctx.error(span, `redefinition of '${name}'`, [{ message: `previous definition of '${name}' with type '${typeToString(entry.type)}'`, span: obj.defSpan }]);
  }
  defineWithInitializer(ctx, obj, name, init, span);
}

function defineWithInitializer(ctx: Sema, obj: UnitObject, name: string, init: Initializer, span: Span): void {
  const entry = obj.entry;
  if (entry.type.kind !== 'array' && !isComplete(entry.type)) {
    ctx.error(span, `variable '${name}' has initializer but incomplete type`);
    return;
  }
  const flat = initializer(ctx, entry.type, init, { isStatic: true, name });
  entry.type = flat.type;
  obj.sym.type = composite(flat.type, obj.sym.type);
  obj.init = flat.init;
  obj.defSpan = span;
}

/**
 * At the end of a translation unit, each tentative definition without a real
 * one becomes a definition with a zero initializer (6.9.2p2); an array of
 * unknown size gets one element.
 */
export function finishUnit(ctx: Sema): void {
  for (const obj of ctx.unit.objects.values()) {
    if (obj.defSpan) {
      ctx.linker.defineObject(ctx, obj.sym, obj.init, obj.defSpan);
      continue;
    }
    const span = obj.tentativeSpan;
    if (!span) continue;
    const t = obj.entry.type;
    if (t.kind === 'array' && t.length === undefined) {
      ctx.warn(span, `array '${obj.sym.name}' assumed to have one element`);
      obj.entry.type = { ...t, length: 1 };
      obj.sym.type = obj.entry.type;
    }
    if (!isComplete(obj.entry.type)) {
      ctx.error(span, `storage size of '${obj.sym.name}' isn't known`);
      continue;
    }
    if (obj.sym.type.kind === 'array' && obj.sym.type.length === undefined) obj.sym.type = obj.entry.type;
    ctx.linker.defineObject(ctx, obj.sym, undefined, span);
  }
}

/** An object declared in a block (6.2.2p6, 6.2.4). */
function blockObject(ctx: Sema, name: string, type: CType, storage: StorageClass | undefined, init: Initializer | undefined, span: Span): TStmt[] {
  const here = ctx.scope.ordinary.get(name);
  if (storage === 'extern') {
    if (init) ctx.error(span, `'${name}' has both 'extern' and initializer`);
    if (here && (here.k !== 'var' || here.linkage === 'none')) {
      differentKindOrNoLinkage(ctx, name, span, here);
      return [];
    }
    const prior = ctx.scope.lookup(name);
    const visible = prior?.k === 'var' && prior.linkage !== 'none' ? prior : undefined;
    declareLinked(ctx, ctx.scope, name, 'global', type, span, visible?.linkage ?? 'external', visible);
    return [];
  }
  if (here) differentKindOrNoLinkage(ctx, name, span, here);
  if (isVariablyModified(type) && storage === 'static') {
    ctx.error(span, `storage size of '${name}' isn't constant`);
    return [];
  }
  if (storage === 'static') return staticLocal(ctx, name, type, init, span);
  const sym = ctx.newSymbol({
    name, type, storage: 'local', external: false, addressTaken: type.kind === 'array' || type.kind === 'record', span, linkName: name,
  });
  const entry: VarEntry = { k: 'var', sym, type, linkage: 'none', register: storage === 'register', span };
  ctx.scope.ordinary.set(name, entry);
  ctx.blockLocals?.push(sym);
  if (isVla(type)) {
    // Its storage is allocated here, with the size just computed (6.2.4p7).
    if (init) ctx.error(span, 'variable-sized object may not be initialized');
    ctx.fn?.vlas.push(sym);
    return [{ k: 'declare', sym, init: undefined, span }];
  }
  let flat;
  if (init) {
    if (type.kind !== 'array' && !isComplete(type)) ctx.error(span, `variable '${name}' has initializer but incomplete type`);
    else {
      flat = initializer(ctx, type, init, { isStatic: false, name });
      sym.type = entry.type = flat.type;
    }
  }
  requireComplete(ctx, name, sym, entry, span, !!init);
  return flat ? [{ k: 'declare', sym, init: flat.init, span }] : [];
}

function differentKindOrNoLinkage(ctx: Sema, name: string, span: Span, here: { k: string; span: Span }): void {
  if (here.k === 'var') ctx.error(span, `redeclaration of '${name}' with no linkage`, [{ message: `previous declaration of '${name}'`, span: here.span }]);
  else differentKind(ctx, name, span, here);
}

function requireComplete(ctx: Sema, name: string, sym: { type: CType }, entry: VarEntry, span: Span, initialized: boolean): void {
  if (isComplete(sym.type)) return;
  if (!initialized || sym.type.kind === 'array') {
    ctx.error(span, sym.type.kind === 'array' && sym.type.length === undefined ? `array size missing in '${name}'` : `storage size of '${name}' isn't known`);
  }
  sym.type = entry.type = INT;
}

/** A `static` object in a block: static storage, no linkage, initialized once before the program starts (6.2.4p3). */
function staticLocal(ctx: Sema, name: string, type: CType, init: Initializer | undefined, span: Span): TStmt[] {
  const sym = ctx.newSymbol({
    name, type, storage: 'global', external: false, addressTaken: !isScalar(type), span, linkName: ctx.mangle(name),
  });
  const entry: VarEntry = { k: 'var', sym, type, linkage: 'none', register: false, span };
  ctx.scope.ordinary.set(name, entry);
  let flatInit;
  if (init) {
    if (type.kind !== 'array' && !isComplete(type)) ctx.error(span, `variable '${name}' has initializer but incomplete type`);
    else {
      const flat = initializer(ctx, type, init, { isStatic: true, name });
      sym.type = entry.type = flat.type;
      flatInit = flat.init;
    }
  }
  requireComplete(ctx, name, sym, entry, span, !!init);
  ctx.linker.addGlobal({ sym, init: flatInit, readonly: isReadonlyObject(sym.type), span });
  return [];
}

// ---- _Static_assert (6.7.10) ---------------------------------------------------------------------

function staticAssert(ctx: Sema, cond: Expr, message: string | undefined, span: Span): void {
  const v = integerConstantExpression(ctx, cond, 'expression in static assertion is not an integer constant expression');
  if (v === 0n) ctx.error(span, message === undefined ? 'static assertion failed' : `static assertion failed: "${message}"`);
}
