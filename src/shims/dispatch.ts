/**
 * The shim table: every C function ciri implements, by C name
 * (CONVENTIONS.md 2). Each family file exports a declarative `ShimDef[]`
 * (name, parameter kinds, return kind, variadic, handler); this file only
 * gathers them. The machine decodes the arguments of a call once, per the
 * ShimDef, and calls the handler.
 *
 * Not here: argument decoding (the machine) and any behaviour.
 * Invariant: a C name appears in exactly one family table (checked when the
 * table is built, so a duplicate fails every run at start-up, not silently).
 */
import type { ShimDef } from './shim.js';
import { errnoShims } from './errno.js';
import { assertShims } from './libc/assert.js';
import { builtinShims } from './libc/builtins.js';
import { ctypeShims } from './libc/ctype.js';
import { mathShims } from './libc/math.js';
import { stdargShims } from './libc/stdarg.js';
import { stdioShims } from './libc/stdio.js';
import { scanfShims } from './libc/scanf-shims.js';
import { stdioPrintExtraShims } from './libc/stdio-print-extra.js';
import { stdlibShims } from './libc/stdlib.js';
import { stringShims } from './libc/string.js';
import { strtolShims } from './libc/strtonum.js';
import { fdDataShims } from './unix/fd.js';
import { fdControlShims } from './unix/fd-control.js';
import { fdVectoredShims } from './unix/fd-vectored.js';
import { fsShims } from './unix/fs.js';
import { fsDirShims } from './unix/fs-dir.js';
import { mmapShims } from './unix/mmap.js';
import { sysconfShims } from './unix/sysconf.js';
import { processShims } from './unix/process.js';
import { epollShims } from './unix/epoll.js';
import { eventfdShims } from './unix/eventfd.js';
import { pollShims } from './unix/poll.js';
import { signalShims } from './unix/signal.js';
import { socketCallShims } from './unix/socket-calls.js';
import { unnamedSocketShims } from './unix/unnamed-socket.js';

const FAMILIES: readonly (readonly ShimDef[])[] = [
  errnoShims, assertShims, builtinShims, ctypeShims, mathShims, stdargShims, stdioShims, scanfShims, stdioPrintExtraShims, stdlibShims, stringShims, strtolShims, fdDataShims, fdControlShims, fdVectoredShims, fsShims, fsDirShims,
  mmapShims, sysconfShims, processShims,
  unnamedSocketShims, socketCallShims, eventfdShims, epollShims, pollShims, signalShims,
];

function buildTable(): Map<string, ShimDef> {
  const table = new Map<string, ShimDef>();
  for (const family of FAMILIES) {
    for (const def of family) {
      if (table.has(def.name)) throw new Error(`shim '${def.name}' is defined twice`);
      table.set(def.name, def);
    }
  }
  return table;
}

const TABLE = buildTable();

/** The shim for a C function name, if ciri provides one. */
export function lookupShim(name: string): ShimDef | undefined {
  return TABLE.get(name);
}

/** Every C name ciri provides, sorted (for messages listing what exists). */
export function shimNames(): string[] {
  return [...TABLE.keys()].sort();
}
