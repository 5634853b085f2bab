/**
 * CiriConfig: every option of a run, documented once. The CLI only parses
 * flags into this object, so the JS API and tests run exactly as the CLI does
 * (CONVENTIONS.md 6).
 */

export interface CiriConfig {
  /** C source files linked into one program. */
  files: string[];
  /** Arguments after `--`, given to the program as argv[1..]. */
  args: string[];
  /** Seed of every nondeterministic choice (addresses, short I/O, scheduling). Default 0. */
  seed: number;
  /** Size of the C stack in bytes; deeper recursion is a `stack-overflow` stop. Default 8 MiB. */
  stackSize: number;
  /** Upper bound on executed basic blocks (0: none); exceeding it is a `limit` stop. */
  maxSteps: number;
  /** Largest total of live allocations in bytes; more is a `limit` stop. Default 4 GiB. */
  maxMemory: number;
  /** Which leaks are reported at exit: all, only unreachable ones, or none. */
  leakCheck: 'full' | 'lost' | 'off';
  /** Extra directories searched for `#include "..."` (after the including file's directory). */
  includeDirs: string[];
  /** Macros defined with -D (name -> value; value '1' when none was given). */
  defines: Record<string, string>;
  /** Macros removed with -U. */
  undefines: string[];
  /** Environment given to the program (isolation: nothing of the host's unless passed). */
  env: Record<string, string>;
  /** Print the JS generated for each C function to stderr before running. */
  dumpJs: boolean;
  /**
   * Reject integer-to-pointer casts (as Miri's -Zmiri-strict-provenance does):
   * the pointer could only get its provenance by guessing. Default false:
   * permissive provenance, the cast takes an exposed allocation's provenance.
   */
  strictProvenance: boolean;
  /**
   * Check an access's alignment against the alignment its allocation is
   * guaranteed (and the offset in it), not against the address the seed
   * happened to give it, as Miri's -Zmiri-symbolic-alignment-check does: a
   * `char` buffer read as `int` is reported under every seed. Default false.
   */
  symbolicAlignment: boolean;
  /**
   * Shorten reads and writes of at least 2 bytes on regular files and sockets
   * at random (from the seed's `io` stream), as Linux may. Default true;
   * `--no-short-io` turns it off.
   */
  shortIo: boolean;
  /**
   * Isolation (DESIGN.md decision 14): the program sees a virtual file system
   * holding only its working directory. False (`--disable-isolation`) gives it
   * the host's file system under the current directory.
   */
  isolation: boolean;
  /** Host directories visible read-only inside the virtual file system (`--mount host:guest`). */
  mounts: { host: string; guest: string }[];
  /** Where the program's stdout bytes go (default: the process's stdout). */
  stdout?: (bytes: Uint8Array) => void;
  /** Where the program's stderr bytes go (default: the process's stderr). */
  stderr?: (bytes: Uint8Array) => void;
  /** Bytes the program reads from fd 0 (default: the process's stdin, read lazily). */
  stdin?: () => Uint8Array | null;
}

export function defaultConfig(overrides: Partial<CiriConfig> = {}): CiriConfig {
  return {
    files: [],
    args: [],
    seed: 0,
    stackSize: 8 * 1024 * 1024,
    maxSteps: 0,
    maxMemory: 4 * 1024 * 1024 * 1024,
    leakCheck: 'full',
    includeDirs: [],
    defines: {},
    undefines: [],
    env: {},
    dumpJs: false,
    strictProvenance: false,
    symbolicAlignment: false,
    shortIo: true,
    isolation: true,
    mounts: [],
    ...overrides,
  };
}
