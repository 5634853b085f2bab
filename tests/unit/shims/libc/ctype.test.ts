import { describe, expect, it } from 'vitest';
import { FakeMachine, ubOf } from '../fake-machine.js';

const NAMES = ['isalpha', 'isdigit', 'isalnum', 'isspace', 'isupper', 'islower', 'isxdigit', 'ispunct', 'isprint', 'isgraph', 'iscntrl', 'isblank'];
const CHARS = [0x61, 0x5a, 0x35, 0x20, 0x09, 0x21, 0x0a, 0x7f, 200, -1];
/** Printed by gcc + glibc 2.36 for CHARS ('a' 'Z' '5' ' ' '\t' '!' '\n' DEL 200 EOF). */
const GLIBC: Record<string, number[]> = {
  isalpha: [1024, 1024, 0, 0, 0, 0, 0, 0, 0, 0],
  isdigit: [0, 0, 2048, 0, 0, 0, 0, 0, 0, 0],
  isalnum: [8, 8, 8, 0, 0, 0, 0, 0, 0, 0],
  isspace: [0, 0, 0, 8192, 8192, 0, 8192, 0, 0, 0],
  isupper: [0, 256, 0, 0, 0, 0, 0, 0, 0, 0],
  islower: [512, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  isxdigit: [4096, 0, 4096, 0, 0, 0, 0, 0, 0, 0],
  ispunct: [0, 0, 0, 0, 0, 4, 0, 0, 0, 0],
  isprint: [16384, 16384, 16384, 16384, 0, 16384, 0, 0, 0, 0],
  isgraph: [32768, 32768, 32768, 0, 0, 32768, 0, 0, 0, 0],
  iscntrl: [0, 0, 0, 0, 2, 0, 2, 2, 0, 0],
  isblank: [0, 0, 0, 1, 1, 0, 0, 0, 0, 0],
};

describe('ctype', () => {
  it.each(NAMES)('%s classifies like glibc in the C locale', (name) => {
    const m = new FakeMachine();
    expect(CHARS.map((c) => m.call(name, [c]))).toEqual(GLIBC[name]);
  });

  it('maps case only for ASCII letters and leaves EOF alone', () => {
    const m = new FakeMachine();
    expect([0x61, 0x41, 0x31, 200, -1].map((c) => m.call('toupper', [c]))).toEqual([0x41, 0x41, 0x31, 200, -1]);
    expect([0x61, 0x41, 0x31, 200, -1].map((c) => m.call('tolower', [c]))).toEqual([0x61, 0x61, 0x31, 200, -1]);
  });

  it('reports a negative char that is not EOF, the classic signed-char bug (C17 7.4p1)', () => {
    const m = new FakeMachine();
    expect(ubOf(() => m.call('isalpha', [-56]))).toMatchObject({ kind: 'invalid-argument', fn: 'isalpha' });
    expect(ubOf(() => m.call('toupper', [256]))).toMatchObject({ kind: 'invalid-argument', fn: 'toupper' });
  });
});
