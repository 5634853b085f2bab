/**
 * chevrotain's runtime, loaded from the single-file ESM bundle its package
 * ships (lib/chevrotain.mjs) instead of the package entry (lib/src/api.js).
 *
 * The entry is a tree of a few hundred ES modules (chevrotain's sources and
 * lodash-es); loading it cost ~300 ms of every ciri run on this machine, the
 * bundle of the same version ~15 ms. Types still come from the package.
 * Where the bundle cannot be found (a resolver without `import.meta.resolve`,
 * as under vitest), the package entry is used: same code, slower start.
 *
 * Invariant: every module of ciri takes chevrotain's values from here, so
 * token types and parser classes come from one module instance.
 */
import type * as Chevrotain from 'chevrotain';

async function load(): Promise<typeof Chevrotain> {
  try {
    const entry = import.meta.resolve('chevrotain');
    return (await import(new URL('../chevrotain.mjs', entry).href)) as typeof Chevrotain;
  } catch {
    return await import('chevrotain');
  }
}

const chevrotain = await load();

export const { EOF, Lexer, createToken } = chevrotain;
