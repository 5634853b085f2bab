/**
 * Function calls (C17 6.5.2.2): a `call` terminator that continues in a new
 * block.
 *
 * The callee is evaluated first, then the arguments left to right (the
 * order is unspecified, 6.5.2.2p10; this one is easy to follow). A call of a
 * named function is `direct`; anything else goes through the pointer value.
 * A record argument is passed as the address of a caller-made copy (an
 * "argument copy" slot that lives until the call returns); a record result
 * is written through a hidden first argument (`sret`) into a "temporary"
 * slot that lives until the end of the full expression (6.2.4p8).
 *
 * Invariant: `argKinds[i]` is the kind of `args[i]`; `fixedArgs` counts the
 * prototype's parameters plus the hidden sret argument, since both are
 * passed as fixed arguments.
 */
import type { CType } from '../../frontend/ctypes.js';
import { isRecord, sizeOf } from '../../frontend/ctypes.js';
import type { TExpr } from '../../frontend/typed-ast.js';
import type { Callee, LocalId, Operand, ScalarKind, SlotId } from '../ir.js';
import { scalarKindOf } from '../kinds.js';
import type { FnBuilder } from './function.js';
import { malformed } from './errors.js';
import { recordValue, rvalue } from './expressions.js';
import { addressOf } from './places.js';

type CallExpr = Extract<TExpr, { k: 'call' }>;
type FunctionType = Extract<CType, { kind: 'function' }>;

/** Lower a call; the result is its value, the address of its record result, or undefined for void. */
export function callExpr(fb: FnBuilder, e: CallExpr): Operand | undefined {
  const fnType = calleeType(e);
  const callee = lowerCallee(fb, e.callee);
  const args: Operand[] = [];
  const argKinds: ScalarKind[] = [];
  const copies: SlotId[] = [];
  // Argument copies die after the call, but a jump out of a later argument (a statement expression) must kill them too.
  fb.frames.push({ block: null, slots: copies });
  for (const arg of e.args) {
    if (isRecord(arg.type)) {
      const src = recordValue(fb, arg);
      const slot = fb.newSlot('argument copy', arg.type, arg.span);
      fb.emit({ k: 'storageLive', slot, span: arg.span });
      copies.push(slot);
      fb.emit({ k: 'copy', dst: { k: 'slotAddr', slot }, src, size: sizeOf(arg.type), span: arg.span });
      args.push({ k: 'slotAddr', slot });
      argKinds.push('ptr');
    } else {
      args.push(rvalue(fb, arg));
      argKinds.push(scalarKindOf(arg.type));
    }
  }
  const ret = e.type;
  let result: Operand | undefined;
  let dst: LocalId | undefined;
  if (isRecord(ret)) {
    const slot = fb.temporary('temporary', ret, e.span);
    args.unshift({ k: 'slotAddr', slot });
    argKinds.unshift('ptr');
    result = { k: 'slotAddr', slot };
  } else if (ret.kind !== 'void') {
    dst = fb.tempFor(ret);
    result = { k: 'local', id: dst };
  }
  const next = fb.newBlock();
  const sret = isRecord(ret) ? 1 : 0;
  fb.terminate({
    k: 'call', callee, args, argKinds, fixedArgs: fnType.prototyped ? fnType.params.length + sret : undefined,
    ...(fnType.variadic ? { variadic: true } : {}),
    dst, retKind: dst === undefined ? 'void' : scalarKindOf(ret), next, span: e.span,
  });
  fb.switchTo(next);
  fb.frames.pop();
  fb.killSlots(copies, e.span);
  return result;
}

function calleeType(e: CallExpr): FunctionType {
  const t = e.callee.type;
  if (t.kind === 'pointer' && t.to.kind === 'function') return t.to;
  if (t.kind === 'function') return t;
  return malformed(e.callee.span, 'a call of something that is not a function pointer');
}

/** A named function (its address is a constant) is called directly; anything else through the pointer. */
function lowerCallee(fb: FnBuilder, callee: TExpr): Callee {
  const ptr = callee.type.kind === 'function' ? addressOf(fb, callee) : rvalue(fb, callee);
  if (ptr.k === 'funcAddr') return { k: 'direct', name: ptr.name };
  return { k: 'indirect', ptr };
}
