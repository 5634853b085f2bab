/**
 * The virtual file system (issue 5 item 7, DESIGN.md decision 14): an
 * in-memory tree of directories and regular files that the program's paths
 * resolve in, so a run is deterministic and touches the host only where the
 * user granted it.
 *
 * The tree at start:
 * - the working directory, at the host's current path (so `getcwd` prints
 *   something familiar), owned by the program, 0755; under isolation it is
 *   empty, with `--disable-isolation` it is a read-write view of the host's;
 * - its parents, owned by root, 0755 (so the program cannot create files
 *   beside its working directory, as usual on Linux);
 * - `/tmp`, root-owned and world-writable with the sticky bit (01777), empty:
 *   what most programs expect to be able to write to;
 * - each `--mount host:guest`: a read-only view of a host directory at
 *   `guest` (relative guests are under the working directory), whose entries
 *   and bytes are read from the host when first needed (fs-host.ts).
 * Any other path is ENOENT (or EACCES for creating where only root could).
 *
 * Owners: the program runs as uid/gid 1000 (with --disable-isolation, as the
 * host user getuid reports) and root-owned directories are not
 * its to write; permission bits are checked for owner or other (no groups).
 * Timestamps come from the real-time clock `time()` reads (process.ts): under
 * isolation a fixed date plus the time the program waited.
 *
 * Hard links exist inside the virtual tree only. Not here: symbolic links,
 * special files (FIFOs, devices), the calls themselves (fs.ts and its
 * fs-*.ts parts).
 *
 * Invariant: no host file is read or written except through an inode whose
 * `host` path lies inside a directory granted by --mount or
 * --disable-isolation, and a failing change leaves the tree as it was.
 */
import { join, resolve as hostResolve } from 'node:path';
import { NS_PER_SEC } from '../../concurrency/clock.js';
import { realTimeNs } from './process.js';
import type { ShimMachine } from '../shim.js';
import { familyState } from '../access.js';
import { EACCES, EBUSY, EEXIST, EINVAL, EISDIR, ENAMETOOLONG, ENOENT, ENOSPC, ENOTDIR, ENOTEMPTY, EPERM, EROFS, EXDEV } from '../errno.js';
import { fail, ok, type IoResult } from '../files.js';
import { hostCreate, hostList, hostRead, hostRemove, hostRename, hostStat, hostTruncate, hostWrite } from './fs-host.js';

/** The program's uid and gid under isolation (as getuid reports then, process.ts). */
export const PROGRAM_UID = 1000;
export const PROGRAM_GID = 1000;
/** Linux's limits: a path of PATH_MAX bytes (with its NUL) is too long, so is a name over NAME_MAX. */
const PATH_MAX = 4096;
const NAME_MAX = 255;
/** rmdir(2) of "/" (the root is busy), "." and "..". */
const SPECIAL_RMDIR: Readonly<Record<string, number>> = { '': EBUSY, '.': EINVAL, '..': ENOTEMPTY };

export interface Inode {
  readonly ino: number;
  readonly kind: 'file' | 'dir';
  /** Permission bits (07777). */
  mode: number;
  uid: number;
  gid: number;
  /** Links: 0 once unlinked (an open fd may keep the inode alive). */
  nlink: number;
  /** File bytes: the first `size` count, the rest of the capacity is zero. */
  data: Uint8Array;
  size: number;
  /** Directory entries, without `.` and `..`. */
  readonly entries: Map<string, Inode>;
  /** A directory's parent (the root's is itself). */
  parent: Inode | undefined;
  /** Modification time (seconds); also reported as access and change time. */
  mtime: number;
  /** Part of a --mount: every change is EROFS. */
  readonly readonly: boolean;
  /** The root of a --mount (rmdir and rename of it are EBUSY, as for a mount point). */
  mountRoot: boolean;
  /** The host path behind it (--mount, --disable-isolation). */
  host: string | undefined;
  /** Host contents (entries or bytes) have been read. */
  loaded: boolean;
}

/** Where a path's last component goes: its directory and name ('' for "/", or "." and ".." as written). */
export interface Slot {
  readonly dir: Inode;
  readonly name: string;
}

export class Vfs {
  readonly root: Inode;
  cwd: Inode;
  umask = 0o022;
  /** Who the program runs as: PROGRAM_UID under isolation, the host's user otherwise (as getuid says). */
  readonly uid: number;
  readonly gid: number;
  private nextIno = 2;
  /** Bytes held by file contents (capacity), limited like memory: a full "disk" is ENOSPC. */
  private used = 0;

  /** `here`: the host's working directory, whose path the program's gets (tests pass a scratch directory). */
  constructor(private readonly m: ShimMachine, here: string = hostResolve('.')) {
    this.uid = m.config.isolation ? PROGRAM_UID : process.getuid?.() ?? PROGRAM_UID;
    this.gid = m.config.isolation ? PROGRAM_GID : process.getgid?.() ?? PROGRAM_GID;
    this.root = this.node('dir', 0o755, 0, false, undefined);
    this.root.parent = this.root;
    this.cwd = this.makePath(here);
    this.cwd.uid = this.uid;
    this.cwd.gid = this.gid;
    if (!m.config.isolation) this.back(this.cwd, here);
    const tmp = this.makePath('/tmp');
    if (tmp !== this.cwd && tmp.host === undefined) tmp.mode = 0o1777;
    for (const mount of m.config.mounts) this.graft(hostResolve(here, mount.guest), hostResolve(mount.host));
    // A mount at or above the working directory replaced it: find it again inside.
    const again = this.walk(this.root, here.split('/').filter((s) => s !== ''));
    if (again.ok && again.value.kind === 'dir') this.cwd = again.value;
  }

  /** Seconds since the Unix epoch for a change now. */
  now(): number {
    return Number(realTimeNs(this.m) / NS_PER_SEC);
  }

  /** A new inode, not yet linked anywhere. */
  node(kind: 'file' | 'dir', mode: number, uid: number, readonly: boolean, host: string | undefined): Inode {
    return {
      ino: this.nextIno++, kind, mode, uid, gid: uid === this.uid ? this.gid : uid, nlink: kind === 'dir' ? 2 : 1, data: new Uint8Array(0), size: 0,
      entries: new Map(), parent: undefined, mtime: this.now(), readonly, mountRoot: false, host, loaded: host === undefined,
    };
  }

  /** Creates the directories of absolute `path` (root-owned, 0755) as needed and returns the last. */
  private makePath(path: string): Inode {
    let dir = this.root;
    for (const name of path.split('/').filter((s) => s !== '')) {
      let next = this.entries(dir).get(name);
      if (!next || next.kind !== 'dir') {
        next = this.node('dir', 0o755, 0, false, undefined);
        this.link(dir, name, next);
      }
      dir = next;
    }
    return dir;
  }

  /** Makes virtual directory `dir` a view of host directory `host` (read lazily). */
  private back(dir: Inode, host: string): void {
    dir.host = host;
    dir.loaded = false;
  }

  /** Puts a read-only view of host directory `host` at absolute guest path `at`. */
  private graft(at: string, host: string): void {
    const place = this.makePath(at);
    const parent = place.parent ?? this.root;
    const name = this.nameIn(parent, place);
    const st = hostStat(host);
    const view = this.node('dir', st?.kind === 'dir' ? st.mode : 0o555, this.uid, true, host);
    view.mountRoot = true;
    if (name === undefined) return; // a mount at "/": not supported, the tree stays as it is
    parent.entries.set(name, view);
    view.parent = parent;
  }

  private nameIn(dir: Inode, child: Inode): string | undefined {
    for (const [name, n] of dir.entries) if (n === child) return name;
    return undefined;
  }

  link(dir: Inode, name: string, child: Inode): void {
    dir.entries.set(name, child);
    if (child.kind === 'dir') {
      child.parent = dir;
      dir.nlink++;
    }
  }

  /** The entries of a directory, reading a host-backed one on first use (names already present, i.e. mounts, win). */
  entries(dir: Inode): Map<string, Inode> {
    if (!dir.loaded && dir.host !== undefined) {
      dir.loaded = true;
      for (const e of hostList(dir.host)) {
        if (dir.entries.has(e.name)) continue;
        const child = this.node(e.kind, e.mode, this.uid, dir.readonly, join(dir.host, e.name));
        child.size = e.size;
        child.mtime = e.mtime;
        this.link(dir, e.name, child);
      }
    }
    return dir.entries;
  }

  /** A file's bytes (a view, valid until the next change), reading a host-backed one on first use. */
  bytes(file: Inode): Uint8Array {
    if (!file.loaded && file.host !== undefined) {
      file.loaded = true;
      file.data = hostRead(file.host);
      file.size = file.data.length;
    }
    return file.data.subarray(0, file.size);
  }

  /** Sets a file's size: growth reads as zeros (POSIX ftruncate). Capacity doubles so appends stay linear. */
  resize(file: Inode, size: number): IoResult<0> {
    this.bytes(file);
    if (!this.fits(file, size)) return fail(ENOSPC);
    if (file.host !== undefined) {
      const r = hostTruncate(file.host, size);
      if (!r.ok) return r;
    }
    this.setSize(file, size);
    this.touch(file);
    return ok(0);
  }

  /** Whether growing `file` to `size` stays within the space the run may use. */
  private fits(file: Inode, size: number): boolean {
    return size <= file.data.length || this.used + (size - file.data.length) <= this.m.config.maxMemory;
  }

  private setSize(file: Inode, size: number): void {
    if (size > file.data.length) {
      const doubled = Math.max(size, file.data.length * 2, 64);
      const room = this.m.config.maxMemory - this.used + file.data.length;
      const grown = new Uint8Array(Math.max(size, Math.min(doubled, room)));
      grown.set(file.data.subarray(0, file.size));
      this.used += grown.length - file.data.length;
      file.data = grown;
    } else if (size < file.size) {
      file.data.fill(0, size, file.size);
    }
    file.size = size;
  }

  /** Writes `data` at byte `at` (a gap past the end reads as zeros); host-backed files are written through. */
  write(file: Inode, data: Uint8Array, at: number): IoResult<number> {
    this.bytes(file);
    if (!this.fits(file, at + data.length)) return fail(ENOSPC);
    if (file.host !== undefined) {
      const r = hostWrite(file.host, data, at);
      if (!r.ok) return r;
    }
    if (at + data.length > file.size) this.setSize(file, at + data.length);
    file.data.set(data, at);
    this.touch(file);
    return ok(data.length);
  }

  touch(node: Inode): void {
    node.mtime = this.now();
  }

  // ---- paths

  /** Splits a path into names (without "." and empty ones); ENOENT for "", ENAMETOOLONG as Linux. */
  private names(path: string): IoResult<string[]> {
    if (path === '') return fail(ENOENT);
    if (Buffer.byteLength(path) >= PATH_MAX) return fail(ENAMETOOLONG);
    const names = path.split('/').filter((s) => s !== '' && s !== '.');
    if (names.some((n) => Buffer.byteLength(n) > NAME_MAX)) return fail(ENAMETOOLONG);
    return ok(names);
  }

  /** Walks `names` from `start`; every step needs search (x) permission on the directory it leaves. */
  private walk(start: Inode, names: readonly string[]): IoResult<Inode> {
    let at = start;
    for (const name of names) {
      if (at.kind !== 'dir') return fail(ENOTDIR);
      if (!this.permits(at, 1)) return fail(EACCES);
      const next = name === '..' ? at.parent ?? at : this.entries(at).get(name);
      if (!next) return fail(ENOENT);
      at = next;
    }
    return ok(at);
  }

  /** The inode `path` names (relative paths from `base`, the cwd by default). */
  lookup(path: string, base: Inode = this.cwd): IoResult<Inode> {
    const names = this.names(path);
    if (!names.ok) return names;
    const r = this.walk(path.startsWith('/') ? this.root : base, names.value);
    // path_resolution(7): a trailing slash (or "/.") must name a directory.
    if (r.ok && r.value.kind !== 'dir' && /\/\.?$/.test(path)) return fail(ENOTDIR);
    return r;
  }

  /** The directory that holds (or would hold) `path`'s last component, and that component. */
  parentOf(path: string, base: Inode = this.cwd): IoResult<Slot> {
    const names = this.names(path);
    if (!names.ok) return names;
    const last = path.split('/').filter((s) => s !== '').at(-1) ?? '';
    const upTo = names.value.at(-1) === last ? names.value.slice(0, -1) : names.value;
    const dir = this.walk(path.startsWith('/') ? this.root : base, upTo);
    if (!dir.ok) return dir;
    if (dir.value.kind !== 'dir') return fail(ENOTDIR);
    if (!this.permits(dir.value, 1)) return fail(EACCES);
    return ok({ dir: dir.value, name: last });
  }

  /**
   * Whether the program may read (4), write (2) and/or search/execute (1)
   * `node`: owner bits for its own files, other bits for the rest. Root (with
   * --disable-isolation, run as root) may do anything but execute a file that
   * has no x bit at all (Linux capabilities(7), CAP_DAC_OVERRIDE).
   */
  permits(node: Inode, want: number): boolean {
    if (this.uid === 0) return (want & 1) === 0 || node.kind === 'dir' || (node.mode & 0o111) !== 0;
    const bits = node.uid === this.uid ? (node.mode >> 6) & 7 : node.mode & 7;
    return (bits & want) === want;
  }

  /** Absolute path of a directory (getcwd); undefined once it was removed. */
  pathOf(dir: Inode): string | undefined {
    const parts: string[] = [];
    for (let at = dir; at !== this.root; at = at.parent!) {
      if (at.nlink === 0 || !at.parent) return undefined;
      const name = this.nameIn(at.parent, at);
      if (name === undefined) return undefined;
      parts.unshift(name);
    }
    return '/' + parts.join('/');
  }

  // ---- changes

  /** Why the program may not change `dir`'s entries, if it may not. */
  private denied(dir: Inode): number | undefined {
    if (dir.readonly) return EROFS;
    if (!this.permits(dir, 3)) return EACCES;
    return undefined;
  }

  /** Creates file or directory `name` in `dir` with `mode` less the umask (POSIX open O_CREAT, mkdir). */
  create(dir: Inode, name: string, kind: 'file' | 'dir', mode: number): IoResult<Inode> {
    if (name === '' || name === '.' || name === '..' || this.entries(dir).has(name)) return fail(EEXIST);
    if (dir.nlink === 0) return fail(ENOENT);
    const denied = this.denied(dir);
    if (denied !== undefined) return fail(denied);
    const node = this.node(kind, mode & ~this.umask & 0o7777, this.uid, false, undefined);
    if (dir.host !== undefined) {
      const host = join(dir.host, name);
      const r = hostCreate(host, kind, node.mode);
      if (!r.ok) return r;
      node.host = host;
    }
    this.link(dir, name, node);
    this.touch(dir);
    return ok(node);
  }

  /** unlink(2) (`kind` 'file') or rmdir(2) ('dir'), with Linux's order of checks. */
  remove(dir: Inode, name: string, kind: 'file' | 'dir'): IoResult<0> {
    // Linux checks the kind of the last component ("/", ".", "..") first, then the mount.
    if (name === '' || name === '.' || name === '..') return fail(kind === 'file' ? EISDIR : SPECIAL_RMDIR[name]);
    if (dir.readonly) return fail(EROFS);
    const node = this.entries(dir).get(name);
    if (!node) return fail(ENOENT);
    if (!this.permits(dir, 3)) return fail(EACCES);
    if (kind === 'file' && node.kind === 'dir') return fail(EISDIR);
    if (kind === 'dir' && node.kind !== 'dir') return fail(ENOTDIR);
    if (node.mountRoot || node === this.root) return fail(EBUSY);
    if (kind === 'dir' && this.entries(node).size > 0) return fail(ENOTEMPTY);
    const detached = this.detachHost(node, () => hostRemove(node.host!, kind));
    if (!detached.ok) return detached;
    this.unlinkEntry(dir, name, node);
    return ok(0);
  }

  /** Keeps an open file's bytes when its host file goes away (`act` removes or replaces it). */
  private detachHost(node: Inode, act: () => IoResult<0>): IoResult<0> {
    if (node.host === undefined) return ok(0);
    if (node.kind === 'file') this.bytes(node);
    const r = act();
    if (r.ok) node.host = undefined;
    return r;
  }

  private unlinkEntry(dir: Inode, name: string, node: Inode): void {
    dir.entries.delete(name);
    if (node.kind === 'dir') {
      dir.nlink--;
      node.nlink = 0;
    } else if (--node.nlink === 0) {
      // Its bytes live on while an fd has it open, but no longer count against the space.
      this.used -= node.data.length;
    }
    this.touch(dir);
  }

  /** rename(2) within the tree, with Linux's order of checks. */
  rename(from: Slot, to: Slot): IoResult<0> {
    if (from.dir.readonly || to.dir.readonly) return fail(EROFS);
    if ((from.dir.host === undefined) !== (to.dir.host === undefined)) return fail(EXDEV);
    if ([from.name, to.name].some((n) => n === '' || n === '.' || n === '..')) return fail(EBUSY);
    const node = this.entries(from.dir).get(from.name);
    if (!node) return fail(ENOENT);
    for (const d of [from.dir, to.dir]) if (!this.permits(d, 3)) return fail(EACCES);
    const existing = this.entries(to.dir).get(to.name);
    if (existing === node) return ok(0);
    if (node.mountRoot || existing?.mountRoot) return fail(EBUSY);
    // A directory cannot move below itself.
    for (let at = to.dir; ; at = at.parent!) {
      if (at === node) return fail(EINVAL);
      if (at === this.root || !at.parent) break;
    }
    if (existing) {
      if (node.kind === 'dir' && existing.kind !== 'dir') return fail(ENOTDIR);
      if (node.kind !== 'dir' && existing.kind === 'dir') return fail(EISDIR);
      if (existing.kind === 'dir' && this.entries(existing).size > 0) return fail(ENOTEMPTY);
    }
    if (node.host !== undefined) {
      const target = join(to.dir.host!, to.name);
      const r = existing ? this.detachHost(existing, () => hostRename(node.host!, target)) : hostRename(node.host, target);
      if (!r.ok) return r;
      this.rehost(node, target);
    }
    if (existing) this.unlinkEntry(to.dir, to.name, existing);
    from.dir.entries.delete(from.name);
    if (node.kind === 'dir') from.dir.nlink--;
    this.link(to.dir, to.name, node);
    this.touch(from.dir);
    this.touch(to.dir);
    return ok(0);
  }

  /** link(2): a second name for file `node` (only inside the virtual tree: host-backed files give EPERM). */
  hardLink(node: Inode, to: Slot): IoResult<0> {
    if (to.dir.readonly || node.readonly) return fail(node.readonly === to.dir.readonly ? EROFS : EXDEV);
    if (to.name === '' || to.name === '.' || to.name === '..' || this.entries(to.dir).has(to.name)) return fail(EEXIST);
    if (to.dir.nlink === 0) return fail(ENOENT);
    if (!this.permits(to.dir, 3)) return fail(EACCES);
    if (node.kind === 'dir' || node.host !== undefined || to.dir.host !== undefined || node.nlink === 0) return fail(node.nlink === 0 ? ENOENT : EPERM);
    to.dir.entries.set(to.name, node);
    node.nlink++;
    this.touch(to.dir);
    return ok(0);
  }

  /** A moved host-backed inode and everything loaded below it get their new host paths. */
  private rehost(node: Inode, host: string): void {
    node.host = host;
    for (const [name, child] of node.entries) if (child.host !== undefined) this.rehost(child, join(host, name));
  }
}

/** The run's file system, made on first use. */
export function vfs(m: ShimMachine): Vfs {
  return familyState(m, 'vfs', () => new Vfs(m));
}
