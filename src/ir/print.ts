/**
 * The IR as text, for `ciri ir` and golden tests.
 *
 * Globals come first with their images, then the externs, then one
 * paragraph per function: a header (link name, parameters, result), its
 * locals and slots, then each block with one statement per line:
 *
 *   fn add(_0: i32 "a", _1: i32 "b") -> i32
 *     let _2: i32
 *   bb0:
 *     _2 = add.i32 _0, _1 [check]
 *     return _2
 *
 * Operands: `_N` a local, `const V` a constant, `&slotN`, `&gN` (global N),
 * `&fn:name`. A memory operand is written `(ptr)`.
 *
 * Invariant: the text depends only on the module (no object identities, no
 * addresses); spans are printed only when a SourceMap is passed.
 */
import type { SourceMap, Span } from '../frontend/source.js';
import type { Block, GlobalInit, IrFunction, IrGlobal, IrModule, Operand, Rvalue, Statement, Terminator } from './ir.js';

/** Bytes of a global image shown before the rest is summarized. */
const MAX_IMAGE_BYTES = 64;

/** A stable, readable text form of the IR (for `ciri ir` and golden tests). */
export function printIr(module: IrModule, sources?: SourceMap): string {
  const out: string[] = [];
  for (const g of module.globals) out.push(...printGlobal(g));
  for (const e of module.externs) out.push(`extern ${e.name}`);
  for (const f of module.functions) {
    if (out.length > 0) out.push('');
    out.push(...printFunction(f, sources));
  }
  return out.join('\n') + '\n';
}

// ---- globals ----------------------------------------------------------------

function printGlobal(g: IrGlobal): string[] {
  const flags = [g.readonly ? ' readonly' : '', g.isString ? ' string' : ''].join('');
  const name = g.isString ? g.linkName : g.name === g.linkName ? g.name : `${g.name} (${g.linkName})`;
  const lines = [`global g${g.id} ${name}: size ${g.size}, align ${g.align}${flags}`];
  for (const item of g.init) lines.push(`  ${printImageItem(item, g.isString)}`);
  return lines;
}

function printImageItem(item: GlobalInit, isString: boolean): string {
  switch (item.k) {
    case 'bytes': return `${item.offset}: ${isString ? quote(item.data) : hex(item.data)}`;
    case 'globalPtr': return `${item.offset}: &g${item.global}${item.addend === 0 ? '' : item.addend > 0 ? ` + ${item.addend}` : ` - ${-item.addend}`}`;
    case 'funcPtr': return `${item.offset}: &fn:${item.name}`;
  }
}

function hex(data: Uint8Array): string {
  const shown = Array.from(data.subarray(0, MAX_IMAGE_BYTES), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return data.length > MAX_IMAGE_BYTES ? `${shown} ... (${data.length} bytes)` : shown;
}

/** A string literal's bytes as C would write them. */
export function quote(data: Uint8Array): string {
  let s = '"';
  for (const b of data) {
    if (b === 0x22 || b === 0x5c) s += `\\${String.fromCharCode(b)}`;
    else if (b === 0x0a) s += '\\n';
    else if (b === 0x09) s += '\\t';
    else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
    else s += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return s + '"';
}

// ---- functions -------------------------------------------------------------

function printFunction(f: IrFunction, sources: SourceMap | undefined): string[] {
  const params = f.params.map((id, i) => `${f.sret && i === 0 ? 'sret ' : ''}${localDecl(f, id)}`);
  if (f.variadic) params.push('...');
  const name = f.name === f.linkName ? f.name : `${f.name} (${f.linkName})`;
  const lines = [`fn ${name}(${params.join(', ')}) -> ${f.retKind}${where(f.span, sources)}`];
  const isParam = new Set(f.params);
  for (const l of f.locals) if (!isParam.has(l.id)) lines.push(`  let ${localDecl(f, l.id)}`);
  for (const s of f.slots) lines.push(`  slot${s.id} ${JSON.stringify(s.name)}: size ${s.size}, align ${s.align}`);
  for (const b of f.blocks) lines.push(...printBlock(f, b, sources));
  return lines;
}

function localDecl(f: IrFunction, id: number): string {
  const l = f.locals[id]!;
  return `_${id}: ${l.kind}${l.isBool ? ' bool' : ''}${l.name ? ` ${JSON.stringify(l.name)}` : ''}`;
}

function printBlock(f: IrFunction, b: Block, sources: SourceMap | undefined): string[] {
  const lines = [`bb${b.id}:`];
  for (const s of b.stmts) lines.push(`  ${printStatement(f, s)}${where(s.span, sources)}`);
  lines.push(`  ${printTerminator(b.terminator)}${where(b.terminator.span, sources)}`);
  return lines;
}

function where(span: Span, sources: SourceMap | undefined): string {
  if (!sources || span.file < 0) return '';
  return `  // ${sources.name(span)}:${span.line}:${span.col}`;
}

export function printOperand(o: Operand): string {
  switch (o.k) {
    case 'local': return `_${o.id}`;
    case 'const': return o.kind === 'ptr' && Number(o.value) === 0 ? 'const null' : `const ${constText(o.value, o.kind)}`;
    case 'slotAddr': return `&slot${o.slot}`;
    case 'globalAddr': return `&g${o.global}`;
    case 'funcAddr': return `&fn:${o.name}`;
  }
}

function constText(v: number | bigint, kind: string): string {
  if (kind !== 'f32' && kind !== 'f64') return String(v);
  const n = Number(v);
  if (Object.is(n, -0)) return '-0.0';
  return Number.isInteger(n) ? `${n}.0` : String(n);
}

function mem(o: Operand): string {
  return `(${printOperand(o)})`;
}

function printStatement(f: IrFunction, s: Statement): string {
  switch (s.k) {
    case 'assign': return `_${s.dst} = ${printRvalue(s.rv)}`;
    case 'store': return `store.${s.kind}${s.align ? ` align ${s.align}` : ''} ${mem(s.ptr)}, ${printOperand(s.value)}`;
    case 'bitStore': return `bit_store.${s.kind} ${mem(s.ptr)} [${s.nbytes} bytes, bits ${s.shift}+${s.width}], ${printOperand(s.value)}`;
    case 'copy': return `copy ${mem(s.dst)}, ${mem(s.src)}, ${s.size}`;
    case 'zero': return `zero ${mem(s.dst)}, ${s.size}`;
    case 'storageLive': return `storage_live slot${s.slot} ${JSON.stringify(f.slots[s.slot]?.name ?? '?')}${s.size ? `, size ${printOperand(s.size)}` : ''}`;
    case 'storageDead': return `storage_dead slot${s.slot} ${JSON.stringify(f.slots[s.slot]?.name ?? '?')}`;
  }
}

export function printRvalue(rv: Rvalue): string {
  const check = (c: boolean) => (c ? ' [check]' : '');
  switch (rv.k) {
    case 'use': return printOperand(rv.a);
    case 'binary': {
      const kinds = rv.bKind && rv.bKind !== rv.kind ? `${rv.kind}/${rv.bKind}` : rv.kind;
      return `${rv.op}.${kinds} ${printOperand(rv.a)}, ${printOperand(rv.b)}${check(rv.check)}`;
    }
    case 'unary': return `${rv.op}.${rv.kind} ${printOperand(rv.a)}${check(rv.check)}`;
    case 'cast': return rv.toBool ? `to_bool.${rv.from} ${printOperand(rv.a)}` : `cast.${rv.from}->${rv.to} ${printOperand(rv.a)}`;
    case 'ptrAdd': return `ptr_add.${rv.indexKind} ${printOperand(rv.ptr)}, ${printOperand(rv.index)} * ${rv.scale}${check(rv.check)}`;
    case 'ptrDiff': return `ptr_diff ${printOperand(rv.a)}, ${printOperand(rv.b)} / ${rv.scale}`;
    case 'ptrCompare': return `ptr_${rv.op} ${printOperand(rv.a)}, ${printOperand(rv.b)}`;
    case 'load': return `load.${rv.kind}${rv.isBool ? ' bool' : ''}${rv.align ? ` align ${rv.align}` : ''} ${mem(rv.ptr)}`;
    case 'bitLoad': return `bit_load.${rv.kind} ${mem(rv.ptr)} [${rv.nbytes} bytes, bits ${rv.shift}+${rv.width}]`;
  }
}

export function printTerminator(t: Terminator): string {
  switch (t.k) {
    case 'goto': return `goto bb${t.target}`;
    case 'branch': return `branch.${t.condKind} ${printOperand(t.cond)}, bb${t.then}, bb${t.else}`;
    case 'switch': {
      const cases = t.cases.map((c) => `${String(c.value)}: bb${c.target}`).join(', ');
      return `switch.${t.kind} ${printOperand(t.value)} [${cases}], otherwise bb${t.otherwise}`;
    }
    case 'call': {
      const callee = t.callee.k === 'direct' ? t.callee.name : mem(t.callee.ptr);
      const args = t.args.map((a, i) => `${i === t.fixedArgs ? '... ' : ''}${printOperand(a)}`);
      const dst = t.dst === undefined ? '' : `_${t.dst}, `;
      const proto = t.fixedArgs === undefined ? ' [unprototyped]' : '';
      return `call ${callee}(${args.join(', ')}) -> ${dst}bb${t.next}${proto}`;
    }
    case 'return': return t.value === undefined ? 'return' : `return ${printOperand(t.value)}`;
    case 'unreachable': return `unreachable ${t.reason}`;
    case 'unsequenced': return `unsequenced ${JSON.stringify(t.object)} ${t.otherIsWrite ? 'write' : 'read'} at ${t.other.line}:${t.other.col}`;
  }
}
