/**
 * ciri's public API: run a C program on the abstract machine and get how it
 * ended, as data (`run`) or as the report CI consumes (`check`).
 *
 * The pipeline is one-way (DESIGN.md "Data flows one way"): preprocess and
 * parse each file, analyse and link them, lower to IR, generate JS, run.
 * Every failure on the way is a Stop: compile errors as `compile-error`,
 * anything unexpected as `internal-error`; `run` never throws for bad input.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig, type CiriConfig } from './config.js';
import { SourceMap } from './frontend/source.js';
import { preprocess } from './frontend/preprocess.js';
import { parse } from './frontend/parser.js';
import { analyze } from './frontend/sema/sema.js';
import type { TranslationUnit } from './frontend/ast.js';
import { lower } from './ir/lower/lower.js';
import type { IrModule } from './ir/ir.js';
import { printIr } from './ir/print.js';
import { printTypedAst } from './frontend/print-typed-ast.js';
import type { TProgram } from './frontend/typed-ast.js';
import { CompileAbort, StopSignal, type CompileError, type Stop } from './diagnostics/stop.js';
import { Machine } from './interpreter/machine.js';
import { writeFully } from './interpreter/output.js';
import { lookupShim } from './shims/dispatch.js';

export { defaultConfig, type CiriConfig } from './config.js';
export type { Stop, UB, CompileError, Frame, AllocationInfo } from './diagnostics/stop.js';

export interface RunResult {
  /** How the run ended. */
  stop: Stop;
  /** Compile warnings (printed even when the program runs clean). */
  warnings: CompileError[];
  /** Every file read, to render spans and snippets. */
  sources: SourceMap;
  seed: number;
}

/** The directory of ciri's own C headers (`include/` at the package root). */
export function systemIncludeDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/src/index.js -> package root is two levels up; src/index.ts (vitest) -> one level up.
  for (const up of ['../..', '..']) {
    const dir = resolve(here, up, 'include');
    try { if (statSync(dir).isDirectory()) return dir; } catch { /* try the next */ }
  }
  return resolve(here, '../../include');
}

function readHostFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

interface Compiled {
  module: IrModule | undefined;
  errors: CompileError[];
}

interface Analyzed {
  program: TProgram | undefined;
  errors: CompileError[];
}

/** Source files to the linked typed AST (preprocess, parse, sema), collecting errors and warnings. */
export function analyzeFiles(config: CiriConfig, sources: SourceMap): Analyzed {
  const errors: CompileError[] = [];
  const tus: TranslationUnit[] = [];
  for (const file of config.files) {
    if (readHostFile(file) === undefined) {
      errors.push({ severity: 'error', category: 'preprocessor-error', message: `cannot read '${file}': no such file`, span: undefined });
      continue;
    }
    const pp = preprocess(file, {
      sources, readFile: readHostFile, includeDirs: config.includeDirs, systemIncludeDir: systemIncludeDir(),
      defines: config.defines, undefines: config.undefines,
    });
    errors.push(...pp.errors);
    if (pp.errors.some((e) => e.severity === 'error')) continue;
    const parsed = parse(pp.tokens, pp.file, sources);
    errors.push(...parsed.errors);
    if (parsed.errors.some((e) => e.severity === 'error')) continue;
    tus.push(parsed.tu);
  }
  if (errors.some((e) => e.severity === 'error')) return { program: undefined, errors };
  const sema = analyze(tus, sources);
  errors.push(...sema.errors);
  if (!sema.program || errors.some((e) => e.severity === 'error')) return { program: undefined, errors };
  errors.push(...undefinedReferences(sema.program, sources));
  if (errors.some((e) => e.severity === 'error')) return { program: undefined, errors };
  return { program: sema.program, errors };
}

/**
 * Functions the program declares itself, calls, and defines nowhere, which
 * ciri does not provide either: a linker's "undefined reference". A function
 * declared by one of ciri's headers, or only implicitly by a call, is left to
 * run time (an `unsupported` stop if it is reached): the C library the
 * program targets may well have it.
 */
function undefinedReferences(program: TProgram, sources: SourceMap): CompileError[] {
  const systemDir = systemIncludeDir() + sep;
  const errors: CompileError[] = [];
  for (const sym of program.externs) {
    const info = program.externInfo?.get(sym);
    if (!info || info.declarations.length === 0 || lookupShim(sym.linkName)) continue;
    if (/^__(builtin|ciri|sync|atomic)_/.test(sym.linkName)) continue;
    const fromSystem = info.declarations.some((d) => sources.files[d.file]?.name.startsWith(systemDir));
    if (fromSystem) continue;
    errors.push({
      severity: 'error', category: 'link-error', message: `undefined reference to '${sym.name}'`, span: info.use,
      notes: [{ message: `'${sym.name}' is declared here but defined in no file given to ciri`, span: info.declarations[0] }],
    });
  }
  return errors;
}

/** Source files to IR, collecting errors and warnings. */
export function compile(config: CiriConfig, sources: SourceMap): Compiled {
  const analyzed = analyzeFiles(config, sources);
  if (!analyzed.program) return { module: undefined, errors: analyzed.errors };
  return { module: lower(analyzed.program), errors: analyzed.errors };
}

/** What `inspect` prints: the typed AST after sema, or the IR after lowering. */
export type InspectStage = 'ast' | 'ir';

export interface InspectResult {
  /** The text form, when the program compiled. */
  text: string | undefined;
  /** Compile errors and warnings. */
  errors: CompileError[];
  sources: SourceMap;
}

/** The typed AST or the IR of a program as stable text (`ciri ast`, `ciri ir`). Never throws for bad input. */
export function inspect(partial: Partial<CiriConfig> & Pick<CiriConfig, 'files'>, stage: InspectStage): InspectResult {
  const config = defaultConfig(partial);
  const sources = new SourceMap();
  try {
    if (stage === 'ast') {
      const analyzed = analyzeFiles(config, sources);
      return { text: analyzed.program && printTypedAst(analyzed.program, sources), errors: analyzed.errors, sources };
    }
    const compiled = compile(config, sources);
    return { text: compiled.module && printIr(compiled.module, sources), errors: compiled.errors, sources };
  } catch (e) {
    if (e instanceof CompileAbort) return { text: undefined, errors: [...e.errors], sources };
    throw e;
  }
}

/** Run a C program under ciri. Never throws for bad input: every outcome is a Stop. */
export function run(partial: Partial<CiriConfig> & Pick<CiriConfig, 'files'>): RunResult {
  const config = defaultConfig(partial);
  const sources = new SourceMap();
  let warnings: CompileError[] = [];
  const done = (stop: Stop): RunResult => ({ stop, warnings, sources, seed: config.seed });
  try {
    const compiled = compile(config, sources);
    warnings = compiled.errors.filter((e) => e.severity === 'warning');
    const errors = compiled.errors.filter((e) => e.severity === 'error');
    if (!compiled.module || errors.length > 0) return done({ kind: 'compile-error', errors });
    const machine = new Machine(compiled.module, config);
    if (config.dumpJs) (config.stderr ?? ((b: Uint8Array) => writeFully(2, b)))(new TextEncoder().encode(machine.generated.source + '\n'));
    return done(machine.run());
  } catch (e) {
    if (e instanceof CompileAbort) {
      warnings.push(...e.errors.filter((x) => x.severity === 'warning'));
      return done({ kind: 'compile-error', errors: e.errors.filter((x) => x.severity === 'error') });
    }
    if (e instanceof StopSignal) return done(e.stop);
    const message = e instanceof Error ? `${e.message}${process.env.CIRI_DEBUG ? `\n${e.stack}` : ''}` : String(e);
    return done({ kind: 'internal-error', message, site: undefined, backtrace: [] });
  }
}

