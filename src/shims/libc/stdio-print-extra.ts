/**
 * The POSIX and GNU members of the printf family that do not write to a
 * FILE: dprintf/vdprintf (POSIX dprintf: straight to an fd, no buffering)
 * and asprintf/vasprintf (GNU: into a malloc'd string), with the same
 * format checks as printf (printf.ts).
 *
 * They live apart from stdio.ts because their v* forms read a va_list
 * (stdarg.ts), which itself depends on stdio.ts.
 * Not here: the FILE-based printf functions (stdio.ts).
 * Invariant: the format and all arguments are checked before any byte is
 * written or any block allocated.
 */
import type { ShimDef, ShimMachine, ShimValue, VarArg } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import { fdWrite } from '../unix/fd.js';
import { formatPrintf } from './printf.js';
import { remainingArguments } from './stdarg.js';
import { malloc } from './stdlib.js';

type Args = ShimValue[];

/** POSIX dprintf: the whole output written to `fd` (short writes retried); -1 with errno on failure. */
export function dprintf(m: ShimMachine, a: Args, va: readonly VarArg[]): number {
  const fd = asInt(a[0]!);
  const bytes = formatPrintf(m, asPtr(a[1]!), va);
  let done = 0;
  while (done < bytes.length) {
    const r = fdWrite(m, fd, bytes.subarray(done));
    if (!r.ok) {
      m.setErrno(r.errno);
      return -1;
    }
    done += r.value;
  }
  return bytes.length;
}

/** GNU asprintf: *strp gets a malloc'd copy of the output; -1 (and *strp untouched) when malloc fails. */
export function asprintf(m: ShimMachine, a: Args, va: readonly VarArg[]): number {
  const strp = asPtr(a[0]!);
  m.mem.checkRange(strp, 8, 'write');
  const bytes = formatPrintf(m, asPtr(a[1]!), va);
  const p = malloc(m, [bytes.length + 1]);
  if (p.addr === 0) return -1;
  const withNul = new Uint8Array(bytes.length + 1);
  withNul.set(bytes);
  m.mem.writeBytes(p, withNul);
  m.mem.storePtr(strp, p);
  return bytes.length;
}

/** `v<name>(fixed..., ap)`: `<name>` over what `ap` has left. */
function viaList(handler: (m: ShimMachine, a: Args, va: readonly VarArg[]) => number) {
  return (m: ShimMachine, a: Args): number => handler(m, a.slice(0, -1), remainingArguments(m, asPtr(a[a.length - 1]!)));
}

export const stdioPrintExtraShims: readonly ShimDef[] = [
  { name: 'dprintf', params: ['i32', 'ptr'], ret: 'i32', handler: dprintf, variadic: true },
  { name: 'vdprintf', params: ['i32', 'ptr', 'ptr'], ret: 'i32', handler: viaList(dprintf) },
  { name: 'asprintf', params: ['ptr', 'ptr'], ret: 'i32', handler: asprintf, variadic: true },
  { name: 'vasprintf', params: ['ptr', 'ptr', 'ptr'], ret: 'i32', handler: viaList(asprintf) },
];
