import { describe, expect, it } from 'vitest';
import { FakeMachine, NULL, Unsupported, ubOf, vi, vp } from '../fake-machine.js';

describe('standard streams', () => {
  it('gives each standard stream one FILE * that lives as a global', () => {
    const m = new FakeMachine();
    const out = m.callPtr('__ciri_stdstream', [1]);
    expect(m.callPtr('__ciri_stdstream', [1])).toEqual(out);
    expect(m.callPtr('__ciri_stdstream', [2])).not.toEqual(out);
    expect(m.mem.kind(out.prov)).toBe('global');
    expect(m.call('fileno', [out])).toBe(1);
  });

  it('writes fprintf, fputs, fputc, putc and fwrite to the stream\'s fd', () => {
    const m = new FakeMachine();
    const out = m.callPtr('__ciri_stdstream', [1]);
    const err = m.callPtr('__ciri_stdstream', [2]);
    expect(m.call('fprintf', [err, m.cstr('e%d')], [vi(1)])).toBe(2);
    expect(m.call('fputs', [m.cstr('ab'), out])).toBe(1);
    expect(m.call('fputc', [0x163, out])).toBe(0x63);
    expect(m.call('putc', [0x64, out])).toBe(0x64);
    expect(m.call('fwrite', [m.cstr('xyz!'), 2, 2, out])).toBe(2);
    expect(m.call('fflush', [out])).toBe(0);
    expect(m.call('fflush', [NULL])).toBe(0);
    expect(m.stdout()).toBe('abcdxyz!');
    expect(m.stderr()).toBe('e1');
  });

  it('returns glibc\'s values from puts and putchar', () => {
    const m = new FakeMachine();
    expect(m.call('puts', [m.cstr('hello')])).toBe(6);
    expect(m.call('putchar', [-1])).toBe(255);
    expect(m.stdout()).toBe('hello\n\xff');
  });

  it('reports uninitialized bytes handed to fwrite', () => {
    const m = new FakeMachine();
    const out = m.callPtr('__ciri_stdstream', [1]);
    expect(ubOf(() => m.call('fwrite', [m.buffer(4), 1, 4, out])).kind).toBe('uninitialized-read');
  });

  it('reports a null FILE * and stops as unsupported on other streams', () => {
    const m = new FakeMachine();
    expect(ubOf(() => m.call('fputs', [m.cstr('a'), NULL]))).toMatchObject({ kind: 'invalid-argument', fn: 'fputs' });
    expect(() => m.call('fputs', [m.cstr('a'), m.buffer(16, 'heap')])).toThrow(Unsupported);
  });

  it('returns EOF with EBADF and sets the error indicator once fd 1 is closed', () => {
    const m = new FakeMachine();
    const out = m.callPtr('__ciri_stdstream', [1]);
    expect(m.call('close', [1])).toBe(0);
    expect(m.call('printf', [m.cstr('x')], [])).toBe(-1);
    expect(m.errno).toBe(9);
    expect(m.call('ferror', [out])).toBe(1);
    m.call('clearerr', [out]);
    expect(m.call('ferror', [out])).toBe(0);
  });

  it('prints perror messages on stderr', () => {
    const m = new FakeMachine();
    m.setErrno(13);
    m.call('perror', [m.cstr('open')]);
    m.call('perror', [NULL]);
    expect(m.stderr()).toBe('open: Permission denied\nPermission denied\n');
  });

  it('prints %s arguments byte for byte', () => {
    const m = new FakeMachine();
    m.call('printf', [m.cstr('[%s]')], [vp(m.cstr('\xe9t\xe9'))]);
    expect(m.stdout()).toBe('[\xe9t\xe9]');
  });
});
