/**
 * The typed AST as text, for `ciri ast` and golden tests.
 *
 * One node per line, children indented by two spaces. A line is the node's
 * kind, its own facts (operator, name, value), its C type in quotes and its
 * position `line:col` (the file is named once per function or global, and
 * again only when a node comes from another file, e.g. a macro in a header):
 *
 *   function main 'int (void)' @ prog.c:3:5
 *     block @ 3:16
 *       declare n 'long' @ 4:3
 *         scalar +0 'long'
 *           convert implicit 'long' @ 4:12
 *             intConst 1 'int' @ 4:12
 *
 * Every implicit step sema made (load, decay, convert) is its own line, which
 * is what this printer is for: seeing what sema decided.
 *
 * Invariant: the text depends only on the program (no object identities,
 * symbol ids or addresses), so it is stable across runs and machines.
 */
import { typeToString, type CType } from './ctypes.js';
import type { SourceMap, Span } from './source.js';
import type { TBlock, TExpr, TFunction, TGlobal, TInit, TProgram, TStmt, VarSymbol } from './typed-ast.js';

/** A stable text form of a linked program's typed AST. */
export function printTypedAst(program: TProgram, sources: SourceMap): string {
  const p = new Printer(sources);
  for (const g of program.globals) p.global(g);
  for (const e of program.externs) p.line(0, `extern ${e.name} ${ty(e.type)}`);
  for (const f of program.functions) p.fn(f);
  return p.text();
}

function ty(t: CType): string {
  return `'${typeToString(t)}'`;
}

function escapeBytes(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) {
    if (b === 0x22 || b === 0x5c) s += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
    else s += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `"${s}"`;
}

class Printer {
  private readonly out: string[] = [];
  /** The file named by the enclosing function or global: positions in it print as line:col. */
  private file = -1;

  constructor(private readonly sources: SourceMap) {}

  text(): string { return this.out.join('\n') + '\n'; }

  line(depth: number, s: string): void { this.out.push('  '.repeat(depth) + s); }

  private fileName(file: number): string {
    return this.sources.files[file]?.name ?? '<unknown>';
  }

  /** `@ file:line:col` for a new file, `@ line:col` inside the current one. */
  private at(span: Span): string {
    if (span.file < 0) return '';
    if (span.file !== this.file) return ` @ ${this.fileName(span.file)}:${span.line}:${span.col}`;
    return ` @ ${span.line}:${span.col}`;
  }

  private enter(span: Span): string {
    this.file = -1;
    const where = this.at(span);
    this.file = span.file;
    return where;
  }

  private sym(s: VarSymbol): string {
    return s.linkName === s.name ? s.name : `${s.name} (${s.linkName})`;
  }

  global(g: TGlobal): void {
    const flags = [g.readonly ? ' readonly' : '', g.sym.external ? '' : ' internal'].join('');
    this.line(0, `global ${this.sym(g.sym)} ${ty(g.sym.type)}${flags}${this.enter(g.span)}`);
    if (g.init) this.init(1, g.init);
  }

  fn(f: TFunction): void {
    const linkage = f.sym.external ? '' : ' internal';
    this.line(0, `function ${this.sym(f.sym)} ${ty(f.type)}${linkage}${this.enter(f.span)}`);
    for (const p of f.params) this.line(1, `param ${p.name} ${ty(p.type)}${p.addressTaken ? ' addressTaken' : ''}${this.at(p.span)}`);
    this.block(1, f.body);
  }

  private init(depth: number, init: TInit): void {
    for (const item of init.items) {
      switch (item.k) {
        case 'scalar':
          this.line(depth, `scalar +${item.offset} ${ty(item.type)}`);
          this.expr(depth + 1, item.expr);
          break;
        case 'zero': this.line(depth, `zero +${item.offset} size ${item.size}`); break;
        case 'bytes': this.line(depth, `bytes +${item.offset} ${escapeBytes(item.data)}`); break;
        case 'copy':
          this.line(depth, `copy +${item.offset}`);
          this.expr(depth + 1, item.expr);
          break;
      }
    }
  }

  private block(depth: number, b: TBlock): void {
    const locals = b.locals.map((l) => `${l.name || '<unnamed>'}${l.addressTaken ? '&' : ''}`).join(' ');
    this.line(depth, `block${locals ? ` [${locals}]` : ''}${this.at(b.span)}`);
    for (const s of b.items) this.stmt(depth + 1, s);
  }

  private stmt(d: number, s: TStmt): void {
    const at = this.at(s.span);
    switch (s.k) {
      case 'block': return this.block(d, s);
      case 'declare':
        this.line(d, `declare ${this.sym(s.sym)} ${ty(s.sym.type)}${at}`);
        if (s.init) this.init(d + 1, s.init);
        return;
      case 'expr': this.line(d, `expr${at}`); return this.expr(d + 1, s.expr);
      case 'if':
        this.line(d, `if${at}`);
        this.expr(d + 1, s.cond);
        this.stmt(d + 1, s.then);
        if (s.else) { this.line(d, 'else'); this.stmt(d + 1, s.else); }
        return;
      case 'switch': this.line(d, `switch${at}`); this.expr(d + 1, s.cond); return this.stmt(d + 1, s.body);
      case 'case':
        this.line(d, `case ${s.value}${s.last !== undefined ? ` ... ${s.last}` : ''}${at}`);
        return this.stmt(d + 1, s.body);
      case 'default': this.line(d, `default${at}`); return this.stmt(d + 1, s.body);
      case 'while': this.line(d, `while${at}`); this.expr(d + 1, s.cond); return this.stmt(d + 1, s.body);
      case 'doWhile': this.line(d, `do${at}`); this.stmt(d + 1, s.body); this.line(d, 'while'); return this.expr(d + 1, s.cond);
      case 'for':
        this.line(d, `for${at}`);
        if (s.init) { this.line(d + 1, 'init'); this.stmt(d + 2, s.init); }
        if (s.cond) { this.line(d + 1, 'cond'); this.expr(d + 2, s.cond); }
        if (s.step) { this.line(d + 1, 'step'); this.expr(d + 2, s.step); }
        return this.stmt(d + 1, s.body);
      case 'labeled': this.line(d, `label ${s.label}${at}`); return this.stmt(d + 1, s.body);
      case 'goto': return this.line(d, `goto ${s.label}${at}`);
      case 'break': return this.line(d, `break${at}`);
      case 'continue': return this.line(d, `continue${at}`);
      case 'return':
        this.line(d, `return${at}`);
        if (s.value) this.expr(d + 1, s.value);
        return;
      case 'empty': return this.line(d, `empty${at}`);
      default: return assertNever(s);
    }
  }

  private expr(d: number, e: TExpr): void {
    const tail = ` ${ty(e.type)}${this.at(e.span)}`;
    const kids = (head: string, ...children: TExpr[]): void => {
      this.line(d, head + tail);
      for (const c of children) this.expr(d + 1, c);
    };
    switch (e.k) {
      case 'var': return kids(`var ${this.sym(e.sym)}`);
      case 'deref': return kids('deref', e.ptr);
      case 'member': return kids(`member .${e.member.name ?? '<anonymous>'} +${e.member.offset}`, e.object);
      case 'compoundLiteral':
        this.line(d, `compoundLiteral${tail}`);
        return this.init(d + 1, e.init);
      case 'string': return kids(`string ${escapeBytes(e.bytes)}`);
      case 'load': return kids('load', e.lvalue);
      case 'decay': return kids('decay', e.lvalue);
      case 'convert': return kids(`convert ${e.implicit ? 'implicit' : 'cast'}`, e.operand);
      case 'intConst': return kids(`intConst ${e.value}`);
      case 'floatConst': return kids(`floatConst ${Object.is(e.value, -0) ? '-0' : String(e.value)}`);
      case 'nullPtr': return kids('nullPtr');
      case 'binary': return kids(`binary ${e.op}`, e.left, e.right);
      case 'compare': return kids(`compare ${e.op}`, e.left, e.right);
      case 'unary': return kids(`unary ${e.op}`, e.operand);
      case 'logical': return kids(`logical ${e.op}`, e.left, e.right);
      case 'ptrAdd': return kids(`ptrAdd *${e.elemSize}`, e.ptr, e.index);
      case 'ptrDiff': return kids(`ptrDiff /${e.elemSize}`, e.left, e.right);
      case 'addrOf': return kids('addrOf', e.lvalue);
      case 'assign': return kids('assign', e.target, e.value);
      case 'compoundAssign':
        return kids(`compoundAssign ${e.op}= in ${ty(e.opType)}${e.elemSize !== undefined ? ` *${e.elemSize}` : ''}`, e.target, e.value);
      case 'incDec':
        return kids(`${e.prefix ? 'pre' : 'post'}${e.delta > 0 ? 'inc' : 'dec'}${e.elemSize !== undefined ? ` *${e.elemSize}` : ''}`, e.target);
      case 'conditional': return kids('conditional', e.cond, e.then, e.else);
      case 'comma': return kids('comma', e.left, e.right);
      case 'call': return kids('call', e.callee, ...e.args);
      case 'stmtExpr':
        this.line(d, `stmtExpr${tail}`);
        this.block(d + 1, e.body);
        if (e.result) { this.line(d + 1, 'result'); this.expr(d + 2, e.result); }
        return;
      default: return assertNever(e);
    }
  }
}

function assertNever(x: never): never {
  throw new Error(`print-typed-ast: unhandled node ${JSON.stringify((x as { k?: string }).k)}`);
}
