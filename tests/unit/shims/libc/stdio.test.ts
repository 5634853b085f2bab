import { describe, expect, it } from 'vitest';
import { NULL, RaisedUB, ubOf, vi, vp } from '../fake-machine.js';
import { fdTable, OutputDescription, StdinDescription } from '../../../../src/shims/files.js';
import { MemFile, end, machine, openMem } from './stdio-helpers.js';

describe('standard streams', () => {
  it('gives each standard stream one FILE * that the C library owns', () => {
    const m = machine();
    const out = m.callPtr('__ciri_stdstream', [1]);
    expect(m.callPtr('__ciri_stdstream', [1])).toEqual(out);
    expect(m.callPtr('__ciri_stdstream', [2])).not.toEqual(out);
    expect(m.mem.kind(out.prov)).toBe('library');
    expect(m.call('fileno', [out])).toBe(1);
  });

  it('buffers stdout until fflush and writes stderr at once', () => {
    const m = machine();
    const out = m.callPtr('__ciri_stdstream', [1]);
    const err = m.callPtr('__ciri_stdstream', [2]);
    expect(m.call('fprintf', [err, m.cstr('e%d')], [vi(1)])).toBe(2);
    expect(m.call('fputs', [m.cstr('ab'), out])).toBe(1);
    expect(m.call('fputc', [0x163, out])).toBe(0x63);
    expect(m.call('putc', [0x64, out])).toBe(0x64);
    expect(m.call('fwrite', [m.cstr('xyz!'), 2, 2, out])).toBe(2);
    expect(m.stderr()).toBe('e1');
    expect(m.stdout()).toBe('');
    expect(m.call('fflush', [out])).toBe(0);
    expect(m.stdout()).toBe('abcdxyz!');
  });

  it('flushes every stream when the program ends', () => {
    const m = machine();
    m.call('printf', [m.cstr('pending')], []);
    expect(m.stdout()).toBe('');
    end(m);
    expect(m.stdout()).toBe('pending');
  });

  it('writes a full 4096-byte buffer out before taking more', () => {
    const m = machine();
    const chunk = m.cstr('x'.repeat(1000));
    for (let i = 0; i < 5; i++) m.call('fputs', [chunk, m.callPtr('__ciri_stdstream', [1])]);
    expect(m.stdout().length).toBe(4096);
    end(m);
    expect(m.stdout().length).toBe(5000);
  });

  it('line-buffers stdout on a terminal and flushes it before reading a terminal stdin', () => {
    const m = machine({ stdin: () => Buffer.from('x') });
    const t = fdTable(m);
    for (const [desc, fd] of [[new OutputDescription(1, true), 1], [new StdinDescription(true), 0]] as const) {
      const r = t.insert(desc);
      if (!r.ok) throw new Error('no fd');
      t.dup2(m, r.value, fd);
    }
    m.call('printf', [m.cstr('line\nprompt: ')], []);
    expect(m.stdout()).toBe('line\n');
    expect(m.call('getchar')).toBe(0x78);
    expect(m.stdout()).toBe('line\nprompt: ');
  });

  it('line-buffers stdout once setvbuf asks for it', () => {
    const m = machine();
    const out = m.callPtr('__ciri_stdstream', [1]);
    expect(m.call('setvbuf', [out, NULL, 1, 0])).toBe(0);
    m.call('printf', [m.cstr('one\ntw')], []);
    expect(m.stdout()).toBe('one\n');
    m.call('puts', [m.cstr('o')]);
    expect(m.stdout()).toBe('one\ntwo\n');
  });

  it('reports setvbuf after the stream was used', () => {
    const m = machine();
    const out = m.callPtr('__ciri_stdstream', [1]);
    m.call('putchar', [0x41]);
    expect(ubOf(() => m.call('setvbuf', [out, NULL, 2, 0]))).toMatchObject({ kind: 'invalid-argument', fn: 'setvbuf' });
  });

  it('checks the buffer given to setvbuf and fails on an unknown mode', () => {
    const m = machine();
    const out = m.callPtr('__ciri_stdstream', [1]);
    expect(ubOf(() => m.call('setvbuf', [out, m.buffer(16), 0, 64]))).toMatchObject({ kind: 'out-of-bounds' });
    expect(m.call('setvbuf', [out, NULL, 7, 0])).toBe(-1);
    expect(m.errno).toBe(22);
  });

  it('returns glibc\'s values from puts and putchar', () => {
    const m = machine();
    expect(m.call('puts', [m.cstr('hello')])).toBe(6);
    expect(m.call('putchar', [-1])).toBe(255);
    end(m);
    expect(m.stdout()).toBe('hello\n\xff');
  });

  it('reports uninitialized bytes handed to fwrite', () => {
    const m = machine();
    const out = m.callPtr('__ciri_stdstream', [1]);
    expect(ubOf(() => m.call('fwrite', [m.buffer(4), 1, 4, out])).kind).toBe('uninitialized-read');
  });

  it('reports a null FILE * and a pointer to something that is not a FILE', () => {
    const m = machine();
    expect(ubOf(() => m.call('fputs', [m.cstr('a'), NULL]))).toMatchObject({ kind: 'invalid-argument', fn: 'fputs' });
    expect(ubOf(() => m.call('fputs', [m.cstr('a'), m.buffer(16, 'heap')]))).toMatchObject({ kind: 'invalid-argument' });
  });

  it('returns EOF with EBADF and sets the error indicator when the buffer cannot be delivered', () => {
    const m = machine();
    const out = m.callPtr('__ciri_stdstream', [1]);
    expect(m.call('close', [1])).toBe(0);
    expect(m.call('printf', [m.cstr('x')], [])).toBe(1);
    expect(m.call('fflush', [out])).toBe(-1);
    expect(m.errno).toBe(9);
    expect(m.call('ferror', [out])).toBe(1);
    m.call('clearerr', [out]);
    expect(m.call('ferror', [out])).toBe(0);
  });

  it('prints perror messages on stderr', () => {
    const m = machine();
    m.setErrno(13);
    m.call('perror', [m.cstr('open')]);
    m.call('perror', [NULL]);
    expect(m.stderr()).toBe('open: Permission denied\nPermission denied\n');
  });

  it('prints %s arguments byte for byte', () => {
    const m = machine();
    m.call('printf', [m.cstr('[%s]')], [vp(m.cstr('\xe9t\xe9'))]);
    end(m);
    expect(m.stdout()).toBe('[\xe9t\xe9]');
  });

  it('reports printf after fclose(stdout) as a use of the freed FILE', () => {
    const m = machine();
    const out = m.callPtr('__ciri_stdstream', [1]);
    m.call('printf', [m.cstr('kept\n')], []);
    expect(m.call('fclose', [out])).toBe(0);
    expect(m.stdout()).toBe('kept\n');
    expect(ubOf(() => m.call('printf', [m.cstr('lost')], []))).toMatchObject({ kind: 'use-after-free' });
  });
});

describe('streams on files', () => {
  it('opens a stream on an fd with fdopen and writes through it at fclose', () => {
    const m = machine();
    const { file, fp } = openMem(m, 'w');
    expect(m.call('fprintf', [fp, m.cstr('%d-%d')], [vi(1), vi(2)])).toBe(3);
    expect(file.text()).toBe('');
    expect(m.call('fclose', [fp])).toBe(0);
    expect(file.text()).toBe('1-2');
  });

  it('reports any use of a FILE * after fclose as a use-after-free', () => {
    const m = machine();
    const { fp } = openMem(m, 'r+');
    m.call('fclose', [fp]);
    const ub = ubOf(() => m.call('fgetc', [fp]));
    expect(ub).toMatchObject({ kind: 'use-after-free' });
    expect(ubOf(() => m.call('fclose', [fp]))).toMatchObject({ kind: 'use-after-free' });
  });

  it('makes free of a FILE * an invalid free and never reports an unclosed stream as a leak', () => {
    const m = machine();
    const { fp } = openMem(m, 'r');
    expect(ubOf(() => m.call('free', [fp]))).toMatchObject({ kind: 'invalid-free', reason: 'not-heap' });
    expect(m.mem.leaks()).toEqual([]);
  });

  it('refuses fdopen modes the fd does not allow, and closed fds', () => {
    const m = machine();
    const file = new MemFile('abc');
    file.statusFlags = 0; // O_RDONLY
    const fd = fdTable(m).insert(file);
    if (!fd.ok) throw new Error('no fd');
    expect(m.callPtr('fdopen', [fd.value, m.cstr('w')]).addr).toBe(0);
    expect(m.errno).toBe(22);
    expect(m.callPtr('fdopen', [42, m.cstr('r')]).addr).toBe(0);
    expect(m.errno).toBe(9);
    expect(m.callPtr('fdopen', [fd.value, m.cstr('q')]).addr).toBe(0);
  });

  it('reads bytes, pushes one back, and keeps end of file sticky', () => {
    const m = machine();
    const { file, fp } = openMem(m, 'r', 'ab');
    expect(m.call('fgetc', [fp])).toBe(0x61);
    expect(m.call('ungetc', [0x7a, fp])).toBe(0x7a);
    expect(m.call('getc', [fp])).toBe(0x7a);
    expect(m.call('fgetc', [fp])).toBe(0x62);
    expect(m.call('fgetc', [fp])).toBe(-1);
    expect(m.call('feof', [fp])).toBe(1);
    file.append('c');
    expect(m.call('fgetc', [fp])).toBe(-1);
    m.call('clearerr', [fp]);
    expect(m.call('fgetc', [fp])).toBe(0x63);
  });

  it('reads lines with fgets, stopping at the newline and at n-1 bytes', () => {
    const m = machine();
    const { fp } = openMem(m, 'r', 'first\nsecond line\n');
    const buf = m.buffer(8);
    expect(m.callPtr('fgets', [buf, 8, fp])).toEqual(buf);
    expect(m.read(buf)).toBe('first\n');
    expect(m.callPtr('fgets', [buf, 8, fp])).toEqual(buf);
    expect(m.read(buf)).toBe('second ');
    m.callPtr('fgets', [buf, 8, fp]);
    expect(m.read(buf)).toBe('line\n');
    expect(m.callPtr('fgets', [buf, 8, fp]).addr).toBe(0);
    expect(m.read(buf)).toBe('line\n');
  });

  it('reports fgets given more room than the buffer has', () => {
    const m = machine();
    const { fp } = openMem(m, 'r', 'hi\n');
    expect(ubOf(() => m.call('fgets', [m.buffer(4), 16, fp]))).toMatchObject({ kind: 'out-of-bounds' });
  });

  it('reads with fread across short reads and counts whole elements', () => {
    const m = machine({ seed: 3 });
    const text = 'abcdefghij'.repeat(1000);
    const { fp } = openMem(m, 'r', text);
    const buf = m.buffer(12000);
    expect(m.call('fread', [buf, 3, 4000, fp])).toBe(3333);
    expect(Buffer.from(m.mem.readBytes(buf, 10000, false).subarray(0, 9999)).toString('latin1')).toBe(text.slice(0, 9999));
    expect(m.call('feof', [fp])).toBe(1);
  });

  it('reports fread into a buffer smaller than size * nmemb', () => {
    const m = machine();
    const { fp } = openMem(m, 'r', 'abc');
    expect(ubOf(() => m.call('fread', [m.buffer(8), 4, 3, fp]))).toMatchObject({ kind: 'out-of-bounds' });
  });

  it('grows the getline buffer with realloc and returns -1 at end of file', () => {
    const m = machine();
    const long = 'y'.repeat(300);
    const { fp } = openMem(m, 'r', `short\n${long}\nlast`);
    const lineptr = m.buffer(8, 'stack', new Uint8Array(8));
    const n = m.buffer(8, 'stack', new Uint8Array(8));
    expect(m.call('getline', [lineptr, n, fp])).toBe(6);
    const line = () => m.read(m.mem.loadPtr(lineptr));
    expect(line()).toBe('short\n');
    expect(Number(m.mem.loadScalar(n, 'u64'))).toBe(120);
    expect(m.call('getline', [lineptr, n, fp])).toBe(301);
    expect(line()).toBe(`${long}\n`);
    expect(m.call('getdelim', [lineptr, n, 0x74, fp])).toBe(4);
    expect(line()).toBe('last');
    expect(m.call('getline', [lineptr, n, fp])).toBe(-1);
    m.call('free', [m.mem.loadPtr(lineptr)]);
    expect(m.mem.leaks()).toEqual([]);
  });

  it('seeks, tells and rewinds through buffered reads and writes', () => {
    const m = machine();
    const { file, fp } = openMem(m, 'w+');
    m.call('fputs', [m.cstr('hello world'), fp]);
    expect(m.call('ftell', [fp])).toBe(11);
    expect(m.call('fseek', [fp, 6, 0])).toBe(0);
    expect(file.text()).toBe('hello world');
    expect(m.call('fgetc', [fp])).toBe(0x77);
    expect(m.call('ftell', [fp])).toBe(7);
    expect(m.call('fseek', [fp, -2, 1])).toBe(0);
    expect(m.call('fgetc', [fp])).toBe(0x20);
    m.call('rewind', [fp]);
    expect(m.call('fgetc', [fp])).toBe(0x68);
    const pos = m.buffer(16);
    expect(m.call('fgetpos', [fp, pos])).toBe(0);
    m.call('fgetc', [fp]);
    expect(m.call('fsetpos', [fp, pos])).toBe(0);
    expect(m.call('fgetc', [fp])).toBe(0x65);
    expect(m.call('fseek', [fp, 0, 9])).toBe(-1);
    expect(m.errno).toBe(22);
  });

  it('fails to seek a pipe with ESPIPE', () => {
    const m = machine();
    const stdin = m.callPtr('__ciri_stdstream', [0]);
    expect(m.call('fseek', [stdin, 0, 0])).toBe(-1);
    expect(m.errno).toBe(29);
    expect(m.call('ftell', [stdin])).toBe(-1);
  });

  it('reports input directly after output on an update stream', () => {
    const m = machine();
    const { fp } = openMem(m, 'r+', 'abc');
    m.call('fputc', [0x41, fp]);
    const ub = ubOf(() => m.call('fgetc', [fp]));
    expect(ub).toMatchObject({ kind: 'invalid-argument', fn: 'fgetc' });
    expect(ub.kind === 'invalid-argument' && ub.detail).toContain('7.21.5.3p7');
  });

  it('allows output after input that reached end of file, and input after fflush', () => {
    const m = machine();
    const { file, fp } = openMem(m, 'r+', 'ab');
    while (m.call('fgetc', [fp]) !== -1);
    m.call('fputs', [m.cstr('cd'), fp]);
    expect(m.call('fflush', [fp])).toBe(0);
    expect(m.call('fgetc', [fp])).toBe(-1);
    expect(file.text()).toBe('abcd');
  });

  it('fails writes to a read-only stream with EBADF and the error indicator', () => {
    const m = machine();
    const { fp } = openMem(m, 'r', 'x');
    expect(m.call('fputc', [0x41, fp])).toBe(-1);
    expect(m.errno).toBe(9);
    expect(m.call('ferror', [fp])).toBe(1);
  });

  it('flushes a stream closed at program end without closing it', () => {
    const m = machine();
    const { file, fp } = openMem(m, 'a');
    m.call('fputs', [m.cstr('tail'), fp]);
    end(m);
    expect(file.text()).toBe('tail');
  });

  it('reports a buffer given to setvbuf that died before the stream used it', () => {
    const m = machine();
    const { fp } = openMem(m, 'w');
    const buf = m.buffer(64);
    expect(m.call('setvbuf', [fp, buf, 0, 64])).toBe(0);
    m.mem.freeStack(buf.prov);
    expect(() => m.call('fputc', [0x41, fp])).toThrow(RaisedUB);
  });
});

describe('dprintf and asprintf', () => {
  it('writes dprintf output straight to the fd, bypassing stdout\'s buffer', () => {
    const m = machine();
    m.call('printf', [m.cstr('buffered ')], []);
    expect(m.call('dprintf', [1, m.cstr('%s=%d\n')], [vp(m.cstr('n')), vi(7)])).toBe(4);
    expect(m.stdout()).toBe('n=7\n');
    expect(m.call('dprintf', [9, m.cstr('x')], [])).toBe(-1);
    expect(m.errno).toBe(9);
  });

  it('stores a malloc\'d string through asprintf\'s first argument', () => {
    const m = machine();
    const slot = m.buffer(8);
    expect(m.call('asprintf', [slot, m.cstr('%d-%s')], [vi(12), vp(m.cstr('ab'))])).toBe(5);
    const p = m.mem.loadPtr(slot);
    expect(m.mem.kind(p.prov)).toBe('heap');
    expect(m.read(p)).toBe('12-ab');
  });
});
