/** A tiny builder for hand-written IR in backend tests. */
import type { Block, IrFunction, IrModule, Local, Operand, Rvalue, ScalarKind, Slot, Statement, Terminator } from '../../../src/ir/ir.js';
import type { Span } from '../../../src/frontend/source.js';

export const at = (line: number, col = 1): Span => ({ file: 0, line, col, endLine: line, endCol: col + 1 });
export const local = (id: number): Operand => ({ k: 'local', id });
export const i32 = (value: number): Operand => ({ k: 'const', kind: 'i32', value });

export class FnBuilder {
  readonly locals: Local[] = [];
  readonly slots: Slot[] = [];
  readonly blocks: Block[] = [];
  readonly params: number[] = [];
  private current: Block | undefined;

  constructor(readonly name: string, readonly retKind: ScalarKind | 'void' = 'i32') {}

  local(name: string, kind: ScalarKind = 'i32'): number {
    this.locals.push({ id: this.locals.length, name, kind });
    return this.locals.length - 1;
  }

  param(name: string, kind: ScalarKind = 'i32'): number {
    const id = this.local(name, kind);
    this.params.push(id);
    return id;
  }

  slot(name: string, size: number, align: number): number {
    this.slots.push({ id: this.slots.length, name, size, align, span: at(1) });
    return this.slots.length - 1;
  }

  block(): number {
    this.blocks.push({ id: this.blocks.length, stmts: [], terminator: { k: 'unreachable', reason: 'builtin-unreachable', span: at(1) } });
    return this.blocks.length - 1;
  }

  at(b: number): this {
    this.current = this.blocks[b];
    return this;
  }

  stmt(s: Statement): this {
    this.current!.stmts.push(s);
    return this;
  }

  assign(dst: number, rv: Rvalue, line = 1): this {
    return this.stmt({ k: 'assign', dst, rv, span: at(line) });
  }

  term(t: Terminator): this {
    this.current!.terminator = t;
    return this;
  }

  build(): IrFunction {
    return {
      name: this.name, linkName: this.name, params: this.params, retKind: this.retKind, sret: false, variadic: false,
      locals: this.locals, slots: this.slots, blocks: this.blocks, span: at(1),
    };
  }
}

export function module(...functions: IrFunction[]): IrModule {
  return { functions, globals: [], externs: [] };
}
