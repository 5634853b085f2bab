/**
 * The host side of the virtual file system: the only code in ciri's file
 * shims that reads or writes host files (node:fs, synchronously). It serves
 * the inodes that `--mount host:guest` (read-only) and `--disable-isolation`
 * (the working directory, read-write) back with a host path.
 *
 * Every call catches the host's error and turns it into the errno Linux would
 * have given the program (an unknown one is EIO), so a host failure never
 * escapes as a JS exception.
 *
 * Deliberately not here: deciding whether a path may reach the host (vfs.ts
 * gives a host path only to inodes inside a granted directory). Symbolic links
 * and special files found in a granted directory are left out of its listing,
 * so a link cannot lead outside what was granted.
 *
 * Invariant: no function here is called with a path that vfs.ts did not build
 * from a granted directory plus names listed from the host.
 */
import { closeSync, ftruncateSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import * as E from '../errno.js';
import { fail, ok, type IoResult } from '../files.js';

/** One entry of a host directory, as the tree needs it. */
export interface HostEntry {
  readonly name: string;
  readonly kind: 'file' | 'dir';
  /** Permission bits (0777). */
  readonly mode: number;
  readonly size: number;
  /** Modification time, seconds. */
  readonly mtime: number;
}

/** The errno for a Node.js file-system error (its `code` is the host's errno name). */
export function hostErrno(e: unknown): number {
  const code = (e as { code?: unknown }).code;
  const value = typeof code === 'string' ? (E as Record<string, unknown>)[code] : undefined;
  return typeof value === 'number' ? value : E.EIO;
}

/** Runs a host operation, turning a thrown error into its errno. */
export function hostTry<T>(act: () => T): IoResult<T> {
  try {
    return ok(act());
  } catch (e) {
    return fail(hostErrno(e));
  }
}

/** What a host path is (regular files and directories only; symlinks and the rest are `undefined`). */
export function hostStat(path: string): HostEntry | undefined {
  try {
    const st = lstatSync(path);
    if (!st.isFile() && !st.isDirectory()) return undefined;
    return { name: '', kind: st.isDirectory() ? 'dir' : 'file', mode: st.mode & 0o777, size: st.isFile() ? st.size : 0, mtime: Math.floor(st.mtimeMs / 1000) };
  } catch {
    return undefined;
  }
}

/** The regular files and directories of a host directory, sorted by name (unreadable: none). */
export function hostList(dir: string): HostEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: HostEntry[] = [];
  for (const name of names.sort()) {
    const st = hostStat(join(dir, name));
    if (st) out.push({ ...st, name });
  }
  return out;
}

/** A host file's bytes (unreadable: empty). */
export function hostRead(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    return new Uint8Array(0);
  }
}

/** Writes `data` at byte `at` of an existing host file. */
export function hostWrite(path: string, data: Uint8Array, at: number): IoResult<number> {
  return hostTry(() => {
    const fd = openSync(path, 'r+');
    try {
      return writeSync(fd, data, 0, data.length, at);
    } finally {
      closeSync(fd);
    }
  });
}

/** Sets a host file's size. */
export function hostTruncate(path: string, size: number): IoResult<0> {
  return hostTry(() => {
    const fd = openSync(path, 'r+');
    try {
      ftruncateSync(fd, size);
    } finally {
      closeSync(fd);
    }
    return 0 as const;
  });
}

/** Creates an empty host file or directory that must not exist yet. */
export function hostCreate(path: string, kind: 'file' | 'dir', mode: number): IoResult<0> {
  return hostTry(() => {
    if (kind === 'dir') mkdirSync(path, { mode });
    else closeSync(openSync(path, 'wx', mode));
    return 0 as const;
  });
}

/** Removes a host file or empty directory. */
export function hostRemove(path: string, kind: 'file' | 'dir'): IoResult<0> {
  return hostTry(() => {
    if (kind === 'dir') rmdirSync(path);
    else unlinkSync(path);
    return 0 as const;
  });
}

/** Renames within the host (both paths inside one granted directory). */
export function hostRename(from: string, to: string): IoResult<0> {
  return hostTry(() => {
    renameSync(from, to);
    return 0 as const;
  });
}

/** Sets a host file's access and modification times (seconds). */
export function hostUtimes(path: string, atime: number, mtime: number): IoResult<0> {
  return hostTry(() => {
    utimesSync(path, atime, mtime);
    return 0 as const;
  });
}
