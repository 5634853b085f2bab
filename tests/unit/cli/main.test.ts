import { describe, expect, it } from 'vitest';
import { main, version } from '../../../src/cli/main.js';
import type { CliIo } from '../../../src/cli/io.js';
import { defaultConfig, type CiriConfig } from '../../../src/config.js';
import type { RunOutcome } from '../../../src/diagnostics/diagnostic.js';
import type { Stop } from '../../../src/diagnostics/stop.js';
import { SourceMap } from '../../../src/frontend/source.js';

interface Harness {
  io: Partial<CliIo>;
  configs: CiriConfig[];
  stdout: string[];
  stderr: string[];
  files: Map<string, string>;
}

/** main() with a stubbed run that ends with `stop`; every source file named *.c "exists". */
function harness(stop: Stop = { kind: 'exit', code: 0 }, extra: Partial<CliIo> = {}): Harness {
  const h: Harness = { io: {}, configs: [], stdout: [], stderr: [], files: new Map() };
  const sources = new SourceMap();
  sources.add('prog.c', 'int main(void) {\n    return 1 / 0;\n}\n');
  h.io = {
    run: (config) => {
      h.configs.push(config);
      return { stop, warnings: [], sources, seed: config.seed } satisfies RunOutcome;
    },
    stdout: (s) => h.stdout.push(s),
    stderr: (s) => h.stderr.push(s),
    writeFile: (path, text) => h.files.set(path, text),
    isFile: (path) => path.endsWith('.c'),
    stderrIsTTY: false,
    env: {},
    ...extra,
  };
  return h;
}

const divByZero: Stop = {
  kind: 'ub', ub: { kind: 'division-by-zero', op: '/', type: 'int' },
  site: { file: 0, line: 2, col: 12, endLine: 2, endCol: 17 }, backtrace: [],
};

describe('ciri run: options into CiriConfig', () => {
  it('leaves every default to defaultConfig when no option is given', async () => {
    const h = harness();
    expect(await main(['run', 'prog.c'], h.io)).toBe(0);
    expect(h.configs).toEqual([defaultConfig({ files: ['prog.c'] })]);
  });

  it('fills the config from every option and passes the arguments after -- to the program', async () => {
    const h = harness();
    await main([
      'run', '--seed', '7', '--stack-size', '64K', '--leak-check', 'lost', '--max-steps', '1000', '--dump-js',
      '-I', 'inc', '-Iinc2', '-D', 'N=3', '-DDEBUG', '-U', 'NDEBUG', 'a.c', 'b.c', '--', 'x', '--seed', '-y',
    ], h.io);
    expect(h.configs[0]).toEqual(defaultConfig({
      files: ['a.c', 'b.c'], args: ['x', '--seed', '-y'], seed: 7, stackSize: 65536, leakCheck: 'lost', maxSteps: 1000, dumpJs: true,
      includeDirs: ['inc', 'inc2'], defines: { N: '3', DEBUG: '1' }, undefines: ['NDEBUG'],
    }));
  });
});

describe('ciri run: exit status and report', () => {
  it('exits with the program\'s own status and prints nothing for a clean run', async () => {
    const h = harness({ kind: 'exit', code: 3 });
    expect(await main(['run', 'prog.c'], h.io)).toBe(3);
    expect(h.stderr.join('')).toBe('');
  });

  it('exits 1 and prints the human report on stderr when the program has UB', async () => {
    const h = harness(divByZero);
    expect(await main(['run', 'prog.c'], h.io)).toBe(1);
    const out = h.stderr.join('');
    expect(out).toMatch(/^error: Undefined Behavior: division by zero in type `int`\n  --> prog\.c:2:12\n/);
    expect(out).not.toContain('\x1b');
  });

  it('exits 1 for leaks and compile errors even though nothing crashed', async () => {
    expect(await main(['run', 'prog.c'], harness({ kind: 'leak', code: 0, leaks: [] }).io)).toBe(1);
    expect(await main(['run', 'prog.c'], harness({ kind: 'compile-error', errors: [] }).io)).toBe(1);
  });

  it('prints a JSON report, even for a clean run, with --format json', async () => {
    const h = harness({ kind: 'exit', code: 0 });
    await main(['run', '--format', 'json', '--seed', '5', 'prog.c'], h.io);
    expect(JSON.parse(h.stderr.join(''))).toEqual({ outcome: 'exit', exitCode: 0, seed: 5, diagnostics: [] });
  });

  it('writes the report to --output instead of stderr, without colour', async () => {
    const h = harness(divByZero, { stderrIsTTY: true });
    expect(await main(['run', '--output', 'report.txt', 'prog.c'], h.io)).toBe(1);
    expect(h.stderr).toEqual([]);
    expect(h.files.get('report.txt')).toMatch(/^error: Undefined Behavior: division by zero/);
    expect(h.files.get('report.txt')).not.toContain('\x1b');
  });

  it('colours the report only on a terminal and only when NO_COLOR is unset', async () => {
    const tty = harness(divByZero, { stderrIsTTY: true });
    await main(['run', 'prog.c'], tty.io);
    expect(tty.stderr.join('')).toContain('\x1b[');
    const noColor = harness(divByZero, { stderrIsTTY: true, env: { NO_COLOR: '1' } });
    await main(['run', 'prog.c'], noColor.io);
    expect(noColor.stderr.join('')).not.toContain('\x1b');
  });
});

describe('usage errors', () => {
  async function usage(argv: string[]): Promise<{ status: number; stderr: string; ran: boolean }> {
    const h = harness();
    const status = await main(argv, h.io);
    return { status, stderr: h.stderr.join(''), ran: h.configs.length > 0 };
  }

  for (const [what, argv, pattern] of [
    ['an unknown option', ['run', '--sed', '1', 'prog.c'], /unknown option '--sed'/],
    ['a missing source file', ['run', 'missing.h'], /cannot read 'missing\.h': no such file/],
    ['no source file at all', ['run'], /missing required argument 'files'/],
    ['a bad --stack-size', ['run', '--stack-size', 'lots', 'prog.c'], /--stack-size/],
    ['a --format it does not know', ['run', '--format', 'xml', 'prog.c'], /--format/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
  ] as const) {
    it(`reports ${what} on one line and exits 2 without running anything`, async () => {
      const r = await usage([...argv]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).toMatch(/^ciri: [^\n]*\n$/);
      expect(r.ran).toBe(false);
    });
  }
});

describe('version, help and internal errors', () => {
  it('prints the package version with --version and exits 0', async () => {
    const h = harness();
    expect(await main(['--version'], h.io)).toBe(0);
    expect(h.stdout.join('')).toBe(`${version()}\n`);
    expect(version()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints help listing the run command for `ciri help` and exits 0', async () => {
    const h = harness();
    expect(await main(['help'], h.io)).toBe(0);
    expect(h.stdout.join('')).toMatch(/Usage: ciri[\s\S]*run \[options\] <files\.\.\.>/);
  });

  it('turns an exception thrown by ciri itself into "ciri: internal error" and exit 1', async () => {
    const h = harness(undefined, { run: () => { throw new TypeError('x is not a function'); } });
    expect(await main(['run', 'prog.c'], h.io)).toBe(1);
    expect(h.stderr.join('')).toBe('ciri: internal error: x is not a function\n');
  });
});
