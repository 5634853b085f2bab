import { describe, expect, it } from 'vitest';
import { FakeMachine, NULL, at, ubOf } from '../fake-machine.js';

describe('memory functions', () => {
  it('copies with memcpy and returns the destination', () => {
    const m = new FakeMachine();
    const src = m.buffer(4, 'stack', [1, 2, 3, 4]);
    const dst = m.buffer(4);
    expect(m.callPtr('memcpy', [dst, src, 4])).toEqual(dst);
    expect([...m.mem.readBytes(dst, 4, true)]).toEqual([1, 2, 3, 4]);
  });

  it('reports overlapping memcpy but lets memmove overlap', () => {
    const m = new FakeMachine();
    const b = m.buffer(8, 'stack', [1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ubOf(() => m.call('memcpy', [at(b, 2), b, 4]))).toMatchObject({ kind: 'overlapping-copy', fn: 'memcpy', dst: 2, src: 0, size: 4 });
    m.call('memmove', [at(b, 2), b, 4]);
    expect([...m.mem.readBytes(b, 8, true)]).toEqual([1, 2, 1, 2, 3, 4, 7, 8]);
  });

  it('reports a copy that runs past either object before writing anything', () => {
    const m = new FakeMachine();
    const src = m.buffer(4, 'stack', [1, 2, 3, 4]);
    const dst = m.buffer(8);
    expect(ubOf(() => m.call('memcpy', [dst, src, 5]))).toMatchObject({ kind: 'out-of-bounds', access: 'read' });
    expect(m.mem.firstUninit(dst, 8)).toBe(0);
  });

  it('reports a null pointer even when the length is zero (C17 7.1.4p1)', () => {
    const m = new FakeMachine();
    expect(ubOf(() => m.call('memcpy', [NULL, m.buffer(1), 0]))).toMatchObject({ kind: 'invalid-argument', fn: 'memcpy' });
  });

  it('fills with memset using the low byte of c', () => {
    const m = new FakeMachine();
    const b = m.buffer(3);
    m.call('memset', [b, 0x141, 3]);
    expect([...m.mem.readBytes(b, 3, true)]).toEqual([0x41, 0x41, 0x41]);
    expect(ubOf(() => m.call('memset', [b, 0, 4])).kind).toBe('out-of-bounds');
  });

  it('compares with memcmp as unsigned char and requires initialized bytes', () => {
    const m = new FakeMachine();
    const a = m.buffer(2, 'stack', [1, 0x80]);
    const b = m.buffer(2, 'stack', [1, 0x7f]);
    expect(m.call('memcmp', [a, b, 2])).toBeGreaterThan(0);
    expect(m.call('memcmp', [a, b, 1])).toBe(0);
    expect(ubOf(() => m.call('memcmp', [a, m.buffer(2), 2])).kind).toBe('uninitialized-read');
  });

  it('stops memchr at the first match, so a longer n is fine when the byte is found', () => {
    const m = new FakeMachine();
    const b = m.buffer(4, 'stack', [5, 6, 7, 8]);
    expect(m.callPtr('memchr', [b, 7, 100])).toEqual(at(b, 2));
    expect(m.callPtr('memchr', [b, 9, 4])).toEqual(NULL);
    expect(ubOf(() => m.call('memchr', [b, 9, 5]))).toMatchObject({ kind: 'out-of-bounds', offset: 0, size: 5 });
  });
});

describe('string lengths and comparisons', () => {
  it('measures strings and reports one without a NUL', () => {
    const m = new FakeMachine();
    expect(m.call('strlen', [m.cstr('hello')])).toBe(5);
    expect(ubOf(() => m.call('strlen', [m.buffer(3, 'stack', [0x61, 0x62, 0x63])])).kind).toBe('out-of-bounds');
    expect(ubOf(() => m.call('strlen', [NULL])).kind).toBe('invalid-argument');
  });

  it('reads at most maxlen bytes in strnlen', () => {
    const m = new FakeMachine();
    const b = m.buffer(3, 'stack', [0x61, 0x62, 0x63]);
    expect(m.call('strnlen', [b, 3])).toBe(3);
    expect(m.call('strnlen', [m.cstr('ab'), 10])).toBe(2);
    expect(ubOf(() => m.call('strnlen', [b, 4])).kind).toBe('out-of-bounds');
  });

  it('compares as unsigned char', () => {
    const m = new FakeMachine();
    expect(m.call('strcmp', [m.cstr('abc'), m.cstr('abc')])).toBe(0);
    expect(m.call('strcmp', [m.cstr('ab'), m.cstr('abc')])).toBeLessThan(0);
    expect(m.call('strcmp', [m.cstr('\x80'), m.cstr('a')])).toBeGreaterThan(0);
    expect(m.call('strncmp', [m.cstr('abcX'), m.cstr('abcY'), 3])).toBe(0);
    expect(m.call('strncmp', [m.cstr('abcX'), m.cstr('abcY'), 4])).toBeLessThan(0);
  });

  it('does not need a NUL within n bytes for strncmp', () => {
    const m = new FakeMachine();
    const a = m.buffer(2, 'stack', [0x61, 0x62]);
    const b = m.buffer(2, 'stack', [0x61, 0x62]);
    expect(m.call('strncmp', [a, b, 2])).toBe(0);
    expect(ubOf(() => m.call('strncmp', [a, b, 3])).kind).toBe('out-of-bounds');
  });

  it('ignores case in strcasecmp and strncasecmp', () => {
    const m = new FakeMachine();
    expect(m.call('strcasecmp', [m.cstr('HeLLo'), m.cstr('hello')])).toBe(0);
    expect(m.call('strncasecmp', [m.cstr('ABx'), m.cstr('aby'), 2])).toBe(0);
    expect(m.call('strcasecmp', [m.cstr('a'), m.cstr('B')])).toBeLessThan(0);
  });
});

describe('string copies', () => {
  it('copies with strcpy, checking the destination for the string and its NUL', () => {
    const m = new FakeMachine();
    const dst = m.buffer(6);
    expect(m.callPtr('strcpy', [dst, m.cstr('hello')])).toEqual(dst);
    expect(m.read(dst)).toBe('hello');
    const small = m.buffer(5);
    expect(ubOf(() => m.call('strcpy', [small, m.cstr('hello')]))).toMatchObject({ kind: 'out-of-bounds', access: 'write', size: 6 });
    expect(m.mem.firstUninit(small, 5)).toBe(0);
  });

  it('reports strcpy between overlapping strings', () => {
    const m = new FakeMachine();
    const b = m.buffer(8, 'stack', [0x61, 0x62, 0x63, 0, 0, 0, 0, 0]);
    expect(ubOf(() => m.call('strcpy', [at(b, 1), b]))).toMatchObject({ kind: 'overlapping-copy', fn: 'strcpy' });
  });

  it('pads strncpy with NULs and leaves the copy unterminated when the source is long', () => {
    const m = new FakeMachine();
    const dst = m.buffer(6);
    m.call('strncpy', [dst, m.cstr('ab'), 6]);
    expect([...m.mem.readBytes(dst, 6, true)]).toEqual([0x61, 0x62, 0, 0, 0, 0]);
    const d2 = m.buffer(3);
    m.call('strncpy', [d2, m.cstr('abcdef'), 3]);
    expect([...m.mem.readBytes(d2, 3, true)]).toEqual([0x61, 0x62, 0x63]);
    expect(ubOf(() => m.call('strncpy', [m.buffer(2), m.cstr('a'), 3])).kind).toBe('out-of-bounds');
  });

  it('appends with strcat and strncat', () => {
    const m = new FakeMachine();
    const dst = m.buffer(8);
    m.call('strcpy', [dst, m.cstr('ab')]);
    m.call('strcat', [dst, m.cstr('cd')]);
    expect(m.read(dst)).toBe('abcd');
    m.call('strncat', [dst, m.cstr('efghij'), 2]);
    expect(m.read(dst)).toBe('abcdef');
    expect(ubOf(() => m.call('strcat', [dst, m.cstr('gh')]))).toMatchObject({ kind: 'out-of-bounds', access: 'write', size: 9 });
  });

  it('duplicates onto the heap with strdup and strndup', () => {
    const m = new FakeMachine();
    const p = m.callPtr('strdup', [m.cstr('hey')]);
    expect(m.read(p)).toBe('hey');
    expect(m.mem.kind(p.prov)).toBe('heap');
    const q = m.callPtr('strndup', [m.cstr('hello'), 2]);
    expect(m.read(q)).toBe('he');
    expect(m.mem.size(q.prov)).toBe(3);
    m.call('free', [p]);
    m.call('free', [q]);
  });
});

describe('string searches', () => {
  it('finds characters, keeping the provenance of the string', () => {
    const m = new FakeMachine();
    const s = m.cstr('hello');
    expect(m.callPtr('strchr', [s, 0x6c])).toEqual(at(s, 2));
    expect(m.callPtr('strrchr', [s, 0x6c])).toEqual(at(s, 3));
    expect(m.callPtr('strchr', [s, 0])).toEqual(at(s, 5));
    expect(m.callPtr('strchr', [s, 0x7a])).toEqual(NULL);
    expect(m.callPtr('strchr', [s, 0x16c])).toEqual(at(s, 2));
  });

  it('finds substrings and spans', () => {
    const m = new FakeMachine();
    const s = m.cstr('hello world');
    expect(m.callPtr('strstr', [s, m.cstr('o w')])).toEqual(at(s, 4));
    expect(m.callPtr('strstr', [s, m.cstr('')])).toEqual(s);
    expect(m.callPtr('strstr', [s, m.cstr('xyz')])).toEqual(NULL);
    expect(m.call('strspn', [s, m.cstr('leh')])).toBe(4);
    expect(m.call('strcspn', [s, m.cstr(' w')])).toBe(5);
    expect(m.callPtr('strpbrk', [s, m.cstr('wr')])).toEqual(at(s, 6));
    expect(m.callPtr('strpbrk', [s, m.cstr('xyz')])).toEqual(NULL);
  });
});

describe('strerror', () => {
  it('returns glibc\'s texts from one read-only string per code', () => {
    const m = new FakeMachine();
    const p = m.callPtr('strerror', [2]);
    expect(m.read(p)).toBe('No such file or directory');
    expect(m.callPtr('strerror', [2])).toEqual(p);
    expect(m.read(m.callPtr('strerror', [0]))).toBe('Success');
    expect(m.read(m.callPtr('strerror', [41]))).toBe('Unknown error 41');
    expect(m.read(m.callPtr('strerror', [-3]))).toBe('Unknown error -3');
    expect(ubOf(() => m.mem.writeBytes(p, Uint8Array.of(0))).kind).toBe('write-to-readonly');
  });
});
