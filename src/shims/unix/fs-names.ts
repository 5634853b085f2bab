/**
 * Calls about names in the virtual file system: link, linkat (hard links,
 * inside the virtual tree only), readlink, readlinkat (there are no symbolic
 * links: EINVAL for anything that exists), realpath, and the unique names of
 * mkstemp and mkdtemp (POSIX pages of the same names, glibc's errno values).
 *
 * mkstemp's names are deterministic: the six X become letters and digits
 * drawn from a per-run counter (glibc draws them at random; the program can
 * rely on neither, and a run stays reproducible). The template is checked as
 * a writable C string before it is changed.
 *
 * Not here: symlink and symlinkat (ciri does not model symbolic links, so
 * they are unsupported rather than silently failing).
 * Invariant: a failing call changes nothing and reports through errno.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr, asSize } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { cStringBytes, familyState, readCString, readCStringText, writeChecked } from '../access.js';
import { EEXIST, EINVAL, ENOENT } from '../errno.js';
import { type IoResult, fail, ok, O_RDWR } from '../files.js';
import { fdError } from './fd.js';
import { atBase, O_CREAT, O_EXCL, openPath } from './fs-file.js';
import { type Inode, vfs } from './vfs.js';

const AT_SYMLINK_FOLLOW = 0x400, AT_EMPTY_PATH = 0x1000;
const NULL: Ptr = { addr: 0, prov: 0 };
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** glibc's TMP_MAX attempts before giving up with EEXIST. */
const TMP_MAX = 238328;

function str(m: ShimMachine, p: ShimValue): string {
  return readCStringText(m, asPtr(p));
}

function nullWithErrno(m: ShimMachine, errno: number): Ptr {
  m.setErrno(errno);
  return NULL;
}

// ---- link

function linkIn(m: ShimMachine, fromDir: Inode, from: string, toDir: Inode, to: string): IoResult<0> {
  const fs = vfs(m);
  const node = fs.lookup(from, fromDir);
  if (!node.ok) return node;
  const slot = fs.parentOf(to, toDir);
  if (!slot.ok) return slot;
  return fs.hardLink(node.value, slot.value);
}

function linkat(m: ShimMachine, a: ShimValue[]): number {
  const from = str(m, a[1]!), to = str(m, a[3]!);
  if ((asInt(a[4]!) & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH)) !== 0) return fdError(m, EINVAL);
  const fromDir = atBase(m, asInt(a[0]!), from);
  if (!fromDir.ok) return fdError(m, fromDir.errno);
  const toDir = atBase(m, asInt(a[2]!), to);
  if (!toDir.ok) return fdError(m, toDir.errno);
  const r = linkIn(m, fromDir.value, from, toDir.value, to);
  return r.ok ? 0 : fdError(m, r.errno);
}

// ---- readlink

/** POSIX readlink: nothing is a symbolic link, so an existing path is EINVAL. */
function readlinkIn(m: ShimMachine, dir: IoResult<Inode>, p: string, buf: Ptr, size: number): number {
  if (size <= 0) return fdError(m, EINVAL);
  m.mem.checkRange(buf, size, 'write');
  if (!dir.ok) return fdError(m, dir.errno);
  const r = vfs(m).lookup(p, dir.value);
  return fdError(m, r.ok ? EINVAL : r.errno);
}

// ---- realpath

/** The canonical absolute path of `p` (which must exist). */
function canonical(m: ShimMachine, p: string): IoResult<string> {
  const fs = vfs(m);
  const node = fs.lookup(p);
  if (!node.ok) return node;
  if (node.value.kind === 'dir') {
    const path = fs.pathOf(node.value);
    return path === undefined ? fail(ENOENT) : ok(path); // a removed directory
  }
  const slot = fs.parentOf(p);
  if (!slot.ok) return slot;
  const dir = fs.pathOf(slot.value.dir);
  if (dir === undefined) return fail(ENOENT);
  return ok(`${dir === '/' ? '' : dir}/${slot.value.name}`);
}

/** POSIX realpath; a null `resolved` gets a malloc'd buffer (glibc, POSIX.1-2008) the caller frees. */
function realpath(m: ShimMachine, a: ShimValue[]): Ptr {
  const pathArg = asPtr(a[0]!);
  const resolved = asPtr(a[1]!);
  if (pathArg.addr === 0) return nullWithErrno(m, EINVAL);
  const r = canonical(m, str(m, pathArg));
  if (!r.ok) return nullWithErrno(m, r.errno);
  const bytes = cStringBytes(r.value);
  const out = resolved.addr !== 0 ? resolved : heap(m, bytes.length);
  writeChecked(m, out, bytes);
  return out;
}

function heap(m: ShimMachine, size: number): Ptr {
  const id = m.mem.allocate(size, 16, 'heap');
  return { addr: m.mem.base(id), prov: id };
}

// ---- mkstemp, mkdtemp

/** The six letters of the n-th candidate name. */
function candidate(n: number): string {
  let s = '';
  for (let i = 0, v = n; i < 6; i++, v = Math.floor(v / LETTERS.length)) s += LETTERS[v % LETTERS.length];
  return s;
}

/**
 * Fills the template's trailing XXXXXX with names until `make` succeeds or
 * fails with something other than EEXIST; writes the name into the template.
 */
function withUniqueName<T>(m: ShimMachine, template: Ptr, make: (path: string) => IoResult<T>): IoResult<T> {
  const bytes = readCString(m, template);
  m.mem.checkRange(template, bytes.length, 'write');
  const text = Buffer.from(bytes).toString('latin1');
  if (!text.endsWith('XXXXXX')) return fail(EINVAL);
  const counter = familyState(m, 'mkstemp', () => ({ n: 0 }));
  for (let tries = 0; tries < TMP_MAX; tries++) {
    const name = text.slice(0, -6) + candidate(counter.n++ * 7919 + 104729);
    const r = make(name);
    if (r.ok || r.errno !== EEXIST) {
      if (r.ok) m.mem.writeBytes(template, Buffer.from(name, 'latin1'));
      return r;
    }
  }
  return fail(EEXIST);
}

function mkstemp(m: ShimMachine, a: ShimValue[]): number {
  const r = withUniqueName(m, asPtr(a[0]!), (p) => openPath(m, p, O_RDWR | O_CREAT | O_EXCL, 0o600));
  return r.ok ? r.value : fdError(m, r.errno);
}

function mkdtemp(m: ShimMachine, a: ShimValue[]): Ptr {
  const template = asPtr(a[0]!);
  const r = withUniqueName(m, template, (p) => {
    const fs = vfs(m);
    const slot = fs.parentOf(p);
    return slot.ok ? fs.create(slot.value.dir, slot.value.name, 'dir', 0o700) : slot;
  });
  return r.ok ? template : nullWithErrno(m, r.errno);
}

export const fsNameShims: readonly ShimDef[] = [
  { name: 'link', params: ['ptr', 'ptr'], ret: 'i32', handler: (m, a) => {
    const r = linkIn(m, vfs(m).cwd, str(m, a[0]!), vfs(m).cwd, str(m, a[1]!));
    return r.ok ? 0 : fdError(m, r.errno);
  } },
  { name: 'linkat', params: ['i32', 'ptr', 'i32', 'ptr', 'i32'], ret: 'i32', handler: linkat },
  { name: 'readlink', params: ['ptr', 'ptr', 'u64'], ret: 'i64', handler: (m, a) => {
    const p = str(m, a[0]!);
    return readlinkIn(m, ok(vfs(m).cwd), p, asPtr(a[1]!), asSize(a[2]!));
  } },
  { name: 'readlinkat', params: ['i32', 'ptr', 'ptr', 'u64'], ret: 'i64', handler: (m, a) => {
    const p = str(m, a[1]!);
    return readlinkIn(m, atBase(m, asInt(a[0]!), p), p, asPtr(a[2]!), asSize(a[3]!));
  } },
  { name: 'realpath', params: ['ptr', 'ptr'], ret: 'ptr', handler: realpath },
  { name: 'mkstemp', params: ['ptr'], ret: 'i32', handler: mkstemp },
  { name: 'mkstemp64', params: ['ptr'], ret: 'i32', handler: mkstemp },
  { name: 'mkdtemp', params: ['ptr'], ret: 'ptr', handler: mkdtemp },
];
