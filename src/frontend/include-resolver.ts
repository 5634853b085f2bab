/**
 * Where `#include` finds a file (C17 6.10.2, with gcc's search order).
 *
 * - `#include "name"`: the including file's directory, then each `-I`
 *   directory, then ciri's own include/ directory;
 * - `#include <name>`: ciri's include/ directory only. Host headers are never
 *   read (DESIGN.md decision 2): ciri's headers describe exactly what the
 *   machine provides.
 *
 * Files inside ciri's include/ directory are read from disk directly (and
 * cached for the life of the process: they ship with ciri and do not
 * change); every other file goes through the `readFile` the caller gave, so
 * an isolated run decides what a program may read.
 *
 * Invariant: an angled name never resolves outside the include/ directory,
 * whatever `..` it contains.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface FoundFile {
  /** The path as resolved (also the name shown in diagnostics). */
  readonly path: string;
  readonly text: string;
}

/** Shipped headers, by absolute path (null: does not exist). */
const systemFileCache = new Map<string, string | null>();
/** Header names in a system include directory. */
const systemListCache = new Map<string, string[]>();

function readSystemFile(p: string): string | undefined {
  let text = systemFileCache.get(p);
  if (text === undefined) {
    try {
      text = fs.statSync(p).isFile() ? fs.readFileSync(p, 'utf8') : null;
    } catch {
      text = null;
    }
    systemFileCache.set(p, text);
  }
  return text ?? undefined;
}

export class IncludeResolver {
  private readonly systemDir: string;

  constructor(
    private readonly readFile: (path: string) => string | undefined,
    private readonly includeDirs: readonly string[],
    systemIncludeDir: string,
  ) {
    this.systemDir = path.resolve(systemIncludeDir);
  }

  /** Read a file the way its location says (ciri's headers from disk, the rest through `readFile`). */
  read(p: string): string | undefined {
    if (this.inSystemDir(p)) return readSystemFile(path.resolve(p));
    try {
      return this.readFile(p);
    } catch {
      return undefined;
    }
  }

  /** Find `name` for an include written in the file at `includer`. */
  resolve(name: string, angled: boolean, includer: string | undefined): FoundFile | undefined {
    if (name === '') return undefined;
    for (const candidate of this.candidates(name, angled, includer)) {
      const text = this.read(candidate);
      if (text !== undefined) return { path: candidate, text };
    }
    return undefined;
  }

  /** Every header ciri ships (relative names such as `sys/mman.h`), sorted. */
  systemHeaders(): string[] {
    let list = systemListCache.get(this.systemDir);
    if (!list) {
      list = [];
      collectHeaders(this.systemDir, '', list);
      list.sort();
      systemListCache.set(this.systemDir, list);
    }
    return list;
  }

  private candidates(name: string, angled: boolean, includer: string | undefined): string[] {
    const system = this.systemCandidate(name);
    if (angled) return system ? [system] : [];
    if (path.isAbsolute(name)) return [name];
    const out: string[] = [];
    if (includer !== undefined) out.push(path.join(path.dirname(includer), name));
    for (const dir of this.includeDirs) out.push(path.join(dir, name));
    if (system) out.push(system);
    return out;
  }

  /** `name` inside the include/ directory, or undefined if it would leave it. */
  private systemCandidate(name: string): string | undefined {
    if (path.isAbsolute(name)) return undefined;
    const p = path.resolve(this.systemDir, name);
    return this.inSystemDir(p) ? p : undefined;
  }

  private inSystemDir(p: string): boolean {
    const rel = path.relative(this.systemDir, path.resolve(p));
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  }
}

function collectHeaders(dir: string, prefix: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.isDirectory()) collectHeaders(path.join(dir, e.name), prefix + e.name + '/', out);
    else if (e.name.endsWith('.h')) out.push(prefix + e.name);
  }
}
