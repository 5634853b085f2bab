/**
 * The scanf family (C17 7.21.6.2, 7.21.6.4, 7.21.6.7 and the v* forms of
 * 7.21.6.9, .11, .12): the input sources of the engine in scanf.ts. sscanf
 * reads the string (checked up to its NUL before anything is scanned);
 * fscanf and scanf read their stream through its buffer, one byte of
 * lookahead going back to the stream as ungetc would.
 *
 * Not here: the conversions (scanf.ts).
 * Invariant: the FILE or string is validated before the format is read.
 */
import type { ShimDef, ShimMachine, ShimValue, VarArg } from '../shim.js';
import { asPtr } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { readCString } from '../access.js';
import { malloc } from './stdlib.js';
import { remainingArguments } from './stdarg.js';
import { scanFormat } from './scanf.js';
import { EOF, standardChecked, streamOf, streamReader, type ByteReader, type Stream } from './stdio-stream.js';

type Args = ShimValue[];

/** glibc's %m: the bytes in a fresh malloc'd block. */
function allocate(m: ShimMachine, bytes: Uint8Array): Ptr {
  const p = malloc(m, [bytes.length]);
  if (p.addr !== 0) m.mem.writeBytes(p, bytes);
  return p;
}

/** A reader over the bytes of a string; its end is the end of input. */
function stringReader(bytes: Uint8Array): ByteReader {
  let pos = 0;
  return {
    next: () => (pos < bytes.length ? bytes[pos++]! : EOF),
    unget: (c) => { if (c !== EOF && pos > 0) pos--; },
  };
}

function scanStream(m: ShimMachine, s: Stream, fmt: Ptr, va: readonly VarArg[]): number {
  const reader = streamReader(m, s);
  if (!reader) return EOF;
  return scanFormat(m, fmt, reader, va, (b) => allocate(m, b));
}

/** C17 7.21.6.4 */
export function scanf(m: ShimMachine, a: Args, va: readonly VarArg[]): number {
  return scanStream(m, standardChecked(m, 0), asPtr(a[0]!), va);
}

/** C17 7.21.6.2 */
export function fscanf(m: ShimMachine, a: Args, va: readonly VarArg[]): number {
  return scanStream(m, streamOf(m, asPtr(a[0]!)), asPtr(a[1]!), va);
}

/** C17 7.21.6.7: the end of the string is the end of input. */
export function sscanf(m: ShimMachine, a: Args, va: readonly VarArg[]): number {
  const input = readCString(m, asPtr(a[0]!));
  return scanFormat(m, asPtr(a[1]!), stringReader(input), va, (b) => allocate(m, b));
}

/** `v<name>(fixed..., ap)`: `<name>` over what `ap` has left. */
function viaList(handler: (m: ShimMachine, a: Args, va: readonly VarArg[]) => number) {
  return (m: ShimMachine, a: Args): number => handler(m, a.slice(0, -1), remainingArguments(m, asPtr(a[a.length - 1]!)));
}

const S = (name: string, params: ShimDef['params'], handler: ShimDef['handler'], variadic: boolean): ShimDef =>
  ({ name, params, ret: 'i32', handler, variadic });

export const scanfShims: readonly ShimDef[] = [
  S('scanf', ['ptr'], scanf, true),
  S('fscanf', ['ptr', 'ptr'], fscanf, true),
  S('sscanf', ['ptr', 'ptr'], sscanf, true),
  S('vscanf', ['ptr', 'ptr'], viaList(scanf), false),
  S('vfscanf', ['ptr', 'ptr', 'ptr'], viaList(fscanf), false),
  S('vsscanf', ['ptr', 'ptr', 'ptr'], viaList(sscanf), false),
];
