import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import type { CliIo } from '../../../src/cli/io.js';
import { findFailingSeed } from '../../../src/cli/many-seeds.js';
import { reproduction } from '../../../src/cli/run-command.js';
import { defaultConfig, type CiriConfig } from '../../../src/config.js';
import type { Stop } from '../../../src/diagnostics/stop.js';
import { SourceMap } from '../../../src/frontend/source.js';
import { run } from '../../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ciri-many-seeds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function program(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

interface Harness {
  io: Partial<CliIo>;
  runs: CiriConfig[];
  searches: { n: number; stdin: Uint8Array }[];
  stderr: string[];
}

/** main() with a stubbed search that answers `failing`, and a run that ends with `stopOf(seed)`. */
function harness(failing: number | undefined, stopOf: (seed: number) => Stop): Harness {
  const h: Harness = { io: {}, runs: [], searches: [], stderr: [] };
  const sources = new SourceMap();
  sources.add('prog.c', 'int main(void) {\n    return 1 / 0;\n}\n');
  h.io = {
    run: (config) => {
      h.runs.push(config);
      return { stop: stopOf(config.seed), warnings: [], sources, seed: config.seed };
    },
    findFailingSeed: async (_config, n, stdin) => {
      h.searches.push({ n, stdin });
      return failing;
    },
    readStdin: () => new TextEncoder().encode('input'),
    stdout: () => {},
    stderr: (s) => h.stderr.push(s),
    writeFile: () => {},
    isFile: (path) => path.endsWith('.c'),
    stderrIsTTY: false,
    env: {},
  };
  return h;
}

describe('the reproducing command line', () => {
  it('replaces --many-seeds with --seed K and keeps every other argument', () => {
    expect(reproduction(['run', '--many-seeds', '16', '--no-short-io', 'a.c', 'b.c'], 5))
      .toBe('ciri run --seed 5 --no-short-io a.c b.c');
  });

  it('drops an earlier --seed and the = forms of both options', () => {
    expect(reproduction(['run', '--seed', '3', '--many-seeds=8', 'a.c'], 2)).toBe('ciri run --seed 2 a.c');
    expect(reproduction(['run', '--seed=3', '--many-seeds', '8', 'a.c'], 7)).toBe('ciri run --seed 7 a.c');
  });

  it('keeps the program arguments after -- untouched and quotes words the shell would split', () => {
    expect(reproduction(['run', '--many-seeds', '4', 'a.c', '--', '--seed', 'two words', "it's"], 1))
      .toBe(`ciri run --seed 1 a.c -- --seed 'two words' 'it'\\''s'`);
  });
});

describe('ciri run --many-seeds', () => {
  it('says that all seeds passed and exits with 0 when no seed fails', async () => {
    const h = harness(undefined, () => ({ kind: 'exit', code: 0 }));
    expect(await main(['run', '--many-seeds', '12', 'prog.c'], h.io)).toBe(0);
    expect(h.searches.map((s) => s.n)).toEqual([12]);
    expect(h.runs).toEqual([]);
    expect(h.stderr.join('')).toBe('ciri: all 12 seeds passed (0 to 11)\n');
  });

  it('reruns the failing seed, shows its report and the command that reproduces it, and exits as that run does', async () => {
    const h = harness(6, (seed) => (seed === 6 ? { kind: 'exit', code: 3 } : { kind: 'exit', code: 0 }));
    expect(await main(['run', '--many-seeds', '10', 'prog.c', '--', 'x'], h.io)).toBe(3);
    expect(h.runs.map((c) => c.seed)).toEqual([6]);
    expect(h.runs[0]!.args).toEqual(['x']);
    expect(h.stderr.join('')).toBe('ciri: seed 6 fails; to reproduce it:\n  ciri run --seed 6 prog.c -- x\n');
  });

  it('gives every seed and the rerun the same stdin, read once', async () => {
    const h = harness(1, () => ({ kind: 'exit', code: 1 }));
    await main(['run', '--many-seeds', '2', 'prog.c'], h.io);
    expect(new TextDecoder().decode(h.searches[0]!.stdin)).toBe('input');
    expect(new TextDecoder().decode(h.runs[0]!.stdin!()!)).toBe('input');
  });

  it('keeps a JSON report on stderr a single JSON document', async () => {
    const h = harness(2, () => ({ kind: 'exit', code: 4 }));
    expect(await main(['run', '--format', 'json', '--many-seeds', '3', 'prog.c'], h.io)).toBe(4);
    expect(JSON.parse(h.stderr.join(''))).toMatchObject({ outcome: 'exit', exitCode: 4, seed: 2 });
  });

  it('rejects a count of zero as a usage error', async () => {
    const h = harness(undefined, () => ({ kind: 'exit', code: 0 }));
    expect(await main(['run', '--many-seeds', '0', 'prog.c'], h.io)).toBe(2);
    expect(h.stderr.join('')).toMatch(/at least 1 seed/);
  });

  it('passes --no-short-io on to the configuration', async () => {
    const h = harness(undefined, () => ({ kind: 'exit', code: 0 }));
    const configs: CiriConfig[] = [];
    h.io.run = (c) => { configs.push(c); return { stop: { kind: 'exit', code: 0 }, warnings: [], sources: new SourceMap(), seed: c.seed }; };
    await main(['run', '--no-short-io', 'prog.c'], h.io);
    await main(['run', 'prog.c'], h.io);
    expect(configs.map((c) => c.shortIo)).toEqual([false, true]);
  });
});

describe('finding the lowest failing seed', () => {
  it('finds the lowest seed whose run fails, as single runs see it', async () => {
    // Fails when the allocation's address has bit 4 set, which depends on the seed.
    const file = program('address.c', [
      '#include <stdint.h>', '#include <stdlib.h>',
      'int main(void) { char *p = malloc(1); int bad = ((uintptr_t)p >> 4) & 1; free(p); return bad; }', '',
    ].join('\n'));
    const config = defaultConfig({ files: [file] });
    const outcomes = [0, 1, 2, 3, 4, 5, 6, 7].map((seed) => run({ ...config, seed }).stop);
    const expected = outcomes.findIndex((s) => !(s.kind === 'exit' && s.code === 0));
    expect(expected).toBeGreaterThanOrEqual(0);
    expect(await findFailingSeed(config, 8, new Uint8Array(0))).toBe(expected);
  });

  it('answers undefined when every seed passes', async () => {
    const file = program('fine.c', 'int main(void) { return 0; }\n');
    expect(await findFailingSeed(defaultConfig({ files: [file] }), 4, new Uint8Array(0))).toBeUndefined();
  });

  it('gives each seed the stdin bytes it was handed', async () => {
    const file = program('stdin.c', [
      '#include <unistd.h>',
      'int main(void) { char c = 0; return read(0, &c, 1) == 1 && c == \'y\' ? 0 : 1; }', '',
    ].join('\n'));
    const config = defaultConfig({ files: [file] });
    expect(await findFailingSeed(config, 2, new TextEncoder().encode('y'))).toBeUndefined();
    expect(await findFailingSeed(config, 2, new TextEncoder().encode('n'))).toBe(0);
  });
});

/** Writes 64 bytes to a file of the virtual file system, reads them back and checks them. */
function fileProgram(robust: boolean): string {
  const transfer = robust
    ? [
      'static int put(int fd, const char *p, size_t n) { while (n > 0) { ssize_t k = write(fd, p, n); if (k <= 0) return -1; p += k; n -= (size_t)k; } return 0; }',
      'static int get(int fd, char *p, size_t n) { while (n > 0) { ssize_t k = read(fd, p, n); if (k <= 0) return -1; p += k; n -= (size_t)k; } return 0; }',
    ]
    : [
      'static int put(int fd, const char *p, size_t n) { return write(fd, p, n) == (ssize_t)n ? 0 : -1; }',
      'static int get(int fd, char *p, size_t n) { return read(fd, p, n) == (ssize_t)n ? 0 : -1; }',
    ];
  return [
    '#include <fcntl.h>', '#include <string.h>', '#include <unistd.h>',
    ...transfer,
    'int main(void) {',
    '  char out[64], in[64];',
    '  for (int i = 0; i < 64; i++) out[i] = (char)(\'a\' + i % 26);',
    '  int fd = open("data.bin", O_RDWR | O_CREAT | O_TRUNC, 0600);',
    '  if (fd < 0 || put(fd, out, 64) != 0 || lseek(fd, 0, SEEK_SET) != 0 || get(fd, in, 64) != 0) return 1;',
    '  close(fd);',
    '  return memcmp(in, out, 64) == 0 ? 0 : 1;',
    '}', '',
  ].join('\n');
}

describe('--many-seeds on a program that assumes read and write move everything', () => {
  const io = (stderr: string[]): Partial<CliIo> => ({
    stdout: () => {}, stderr: (s) => stderr.push(s), readStdin: () => new Uint8Array(0), stderrIsTTY: false, env: {},
  });

  it('fails at a seed that shortens a transfer and names the command that reproduces it', async () => {
    const file = program('naive.c', fileProgram(false));
    const stderr: string[] = [];
    expect(await main(['run', '--many-seeds', '8', file], io(stderr))).toBe(1);
    const seed = Number(/seed (\d+) fails/.exec(stderr.join(''))![1]);
    expect(stderr.join('')).toContain(`ciri run --seed ${seed} ${file}`);
    expect(run({ files: [file], seed }).stop).toEqual({ kind: 'exit', code: 1 });
    for (let lower = 0; lower < seed; lower++) expect(run({ files: [file], seed: lower }).stop).toEqual({ kind: 'exit', code: 0 });
  });

  it('passes every seed with --no-short-io', async () => {
    const file = program('naive2.c', fileProgram(false));
    const stderr: string[] = [];
    expect(await main(['run', '--no-short-io', '--many-seeds', '8', file], io(stderr))).toBe(0);
    expect(stderr.join('')).toBe('ciri: all 8 seeds passed (0 to 7)\n');
  });

  it('passes every seed for the twin that loops until everything moved', async () => {
    const file = program('robust.c', fileProgram(true));
    const stderr: string[] = [];
    expect(await main(['run', '--many-seeds', '8', file], io(stderr))).toBe(0);
    expect(stderr.join('')).toBe('ciri: all 8 seeds passed (0 to 7)\n');
  });
});
