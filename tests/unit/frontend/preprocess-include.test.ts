import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { preprocess } from '../../../src/frontend/preprocess.js';
import { SourceMap } from '../../../src/frontend/source.js';

const INCLUDE = fileURLToPath(new URL('../../../include', import.meta.url));

/** Preprocess `main` over an in-memory file system. */
function pp(files: Record<string, string>, main = 'src/main.c', opts: { includeDirs?: string[]; defines?: Record<string, string> } = {}) {
  const sources = new SourceMap();
  const read: string[] = [];
  const r = preprocess(main, {
    sources,
    readFile: (p) => {
      read.push(p);
      return files[p];
    },
    includeDirs: opts.includeDirs ?? [],
    systemIncludeDir: INCLUDE,
    defines: opts.defines ?? {},
    undefines: [],
  });
  const errors = r.errors.filter((e) => e.severity === 'error').map((e) => `${e.span ? sources.name(e.span) + ':' + e.span.line + ':' + e.span.col : '-'}: ${e.message}`);
  return { out: r.tokens.map((t) => t.image).join(' '), tokens: r.tokens, errors, warnings: r.errors.filter((e) => e.severity === 'warning'), sources, read, file: r.file };
}

const lines = (...l: string[]): string => l.join('\n') + '\n';

/** Every header ciri ships, relative to include/ (internal bits/ ones excluded). */
function shippedHeaders(dir = INCLUDE, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === 'bits' ? [] : shippedHeaders(path.join(dir, e.name), `${prefix}${e.name}/`);
    return e.name.endsWith('.h') ? [prefix + e.name] : [];
  });
}

describe('#include', () => {
  it('looks for "file" in the includer\'s directory, then the -I directories, then ciri\'s headers', () => {
    const files = {
      'src/main.c': lines('#include "a.h"', '#include "b.h"', '#include "stddef.h"', 'A B'),
      'src/a.h': '#define A from_src\n',
      'inc/a.h': '#define A from_inc\n',
      'inc/b.h': '#define B from_inc\n',
    };
    const r = pp(files, 'src/main.c', { includeDirs: ['inc'] });
    expect(r.errors).toEqual([]);
    expect(r.out).toContain('typedef unsigned long size_t ;');
    expect(r.out.endsWith('from_src from_inc')).toBe(true);
  });

  it('resolves a nested quoted include against the directory of the file that includes it', () => {
    const r = pp({ 'src/main.c': '#include "lib/x.h"\n', 'src/lib/x.h': '#include "y.h"\n', 'src/lib/y.h': 'in_y\n' });
    expect(r.out).toBe('in_y');
    expect(r.sources.files.map((f) => f.name)).toContain('src/lib/y.h');
  });

  it('reads <file> from ciri\'s headers only, never from the program\'s directories', () => {
    const r = pp({ 'src/main.c': '#include <mine.h>\n', 'src/mine.h': 'x\n', 'inc/mine.h': 'y\n' }, 'src/main.c', { includeDirs: ['inc'] });
    expect(r.read).toEqual(['src/main.c']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^src\/main\.c:1:1: unknown header <mine\.h>: ciri never reads the host's headers, and provides only alloca\.h, arpa\/inet\.h, assert\.h, /);
    expect(r.errors[0]).toContain('sys/mman.h');
  });

  it('does not let an angled name escape the include directory', () => {
    expect(pp({ 'src/main.c': '#include <../package.json>\n' }).errors[0]).toMatch(/unknown header <\.\.\/package\.json>/);
  });

  it('reports a missing "file" with the span of the whole directive', () => {
    const files = { 'src/main.c': lines('int x;', '  #include "nope.h"  ', 'int y;') };
    const sources = new SourceMap();
    const r = preprocess('src/main.c', { sources, readFile: (p) => (files as Record<string, string>)[p], includeDirs: [], systemIncludeDir: INCLUDE, defines: {}, undefines: [] });
    expect(r.errors).toEqual([{ severity: 'error', category: 'preprocessor-error', message: "'nope.h' file not found",
      span: { file: r.file, line: 2, col: 3, endLine: 2, endCol: 20 } }]);
    expect(r.tokens.map((t) => t.image).join(' ')).toBe('int x ; int y ;');
  });

  it('includes a file named by macro expansion, in both forms', () => {
    const r = pp({ 'src/main.c': lines('#define Q "q.h"', '#define H <stdbool.h>', '#define STR(x) #x', '#define XSTR(x) STR(x)',
      '#include Q', '#include H', '#include XSTR(q.h)', 'bool'), 'src/q.h': 'q\n' });
    expect(r.errors).toEqual([]);
    expect(r.out).toBe('q q _Bool');
  });

  it('rejects an #include without a file name', () => {
    expect(pp({ 'src/main.c': '#include\n#include foo\n#include ""\n' }).errors).toEqual([
      'src/main.c:1:1: #include expects "FILENAME" or <FILENAME>',
      'src/main.c:2:1: #include expects "FILENAME" or <FILENAME>',
      'src/main.c:3:1: empty filename in #include',
    ]);
  });

  it('reads a file marked #pragma once only once, and registers each file once', () => {
    const r = pp({ 'src/main.c': lines('#include "o.h"', '#include "o.h"', '#include "../src/o.h"', '#include "g.h"', '#include "g.h"'),
      'src/o.h': '#pragma once\nonce\n', 'src/g.h': '#ifndef G\n#define G\nguarded\n#endif\n' });
    expect(r.out).toBe('once guarded');
    expect(r.sources.files.filter((f) => f.name === 'src/g.h')).toHaveLength(1);
  });

  it('stops a file that includes itself at gcc\'s depth limit', () => {
    const r = pp({ 'src/main.c': '#include "self.h"\n', 'src/self.h': '#include "self.h"\n' });
    expect(r.errors).toEqual(['src/self.h:1:1: #include nested depth 200 exceeds maximum of 200']);
  });

  it('counts __LINE__ per file across includes, and names the file in __FILE__', () => {
    const r = pp({ 'src/main.c': lines('__LINE__', '#include "h.h"', '__LINE__ __FILE__'), 'src/h.h': '\n\n__LINE__ __FILE__\n' });
    expect(r.out).toBe('1 3 "src/h.h" 3 "src/main.c"');
    const inHeader = r.tokens[1]!;
    expect(r.sources.name(inHeader.span)).toBe('src/h.h');
    expect(inHeader.span.line).toBe(3);
  });

  it('answers __has_include for both forms', () => {
    const r = pp({ 'src/main.c': lines('#if __has_include(<stdio.h>) && __has_include("x.h") && !__has_include(<x.h>) && !__has_include("nope.h")',
      'yes', '#endif'), 'src/x.h': '' });
    expect(r.out).toBe('yes');
  });

  it('reports an #if left open in an included file at the end of that file', () => {
    const r = pp({ 'src/main.c': '#include "h.h"\n#endif\n', 'src/h.h': '#if 1\n' });
    expect(r.errors).toEqual(['src/h.h:1:1: unterminated #if', 'src/main.c:2:1: #endif without #if']);
  });

  it('reports a main file that cannot be read', () => {
    const r = pp({}, 'missing.c');
    expect(r.errors).toEqual(["-: cannot read 'missing.c'"]);
    expect(r.sources.name({ file: r.file, line: 1, col: 1, endLine: 1, endCol: 1 })).toBe('missing.c');
  });
});

describe('ciri\'s headers', () => {
  const all = shippedHeaders().sort();

  it('ships every header the brief lists', () => {
    for (const h of ['stddef.h', 'stdint.h', 'stdbool.h', 'limits.h', 'stdarg.h', 'stdio.h', 'stdlib.h', 'string.h', 'strings.h',
      'assert.h', 'errno.h', 'ctype.h', 'math.h', 'inttypes.h', 'time.h', 'signal.h', 'unistd.h', 'fcntl.h', 'sys/types.h',
      'sys/stat.h', 'sys/mman.h', 'sys/socket.h', 'sys/uio.h', 'sys/epoll.h', 'sys/eventfd.h', 'sys/ioctl.h', 'sys/file.h',
      'poll.h', 'dirent.h', 'pthread.h', 'setjmp.h', 'float.h', 'iso646.h', 'stdalign.h', 'stdnoreturn.h', 'stdatomic.h',
      'wchar.h', 'locale.h']) {
      expect(all).toContain(h);
    }
  });

  for (const gnu of [false, true]) {
    it(`preprocess all together without a diagnostic${gnu ? ' under _GNU_SOURCE' : ''}`, () => {
      const main = all.map((h) => `#include <${h}>`).join('\n') + '\n';
      const r = pp({ 'src/main.c': main + main }, 'src/main.c', { defines: gnu ? { _GNU_SOURCE: '1' } : {} });
      expect(r.errors).toEqual([]);
      expect(r.warnings).toEqual([]);
      expect(r.tokens.length).toBeGreaterThan(5000);
    });
  }

  it('give the Linux x86-64 values of the constants', () => {
    const r = pp({ 'src/main.c': lines('#include <errno.h>', '#include <fcntl.h>', '#include <sys/mman.h>', '#include <stdio.h>',
      '#include <limits.h>', '#include <stdint.h>', '#include <sys/epoll.h>', '#include <sys/eventfd.h>',
      '#if EAGAIN == 11 && EWOULDBLOCK == EAGAIN && ENOTSUP == 95 && O_NONBLOCK == 2048 && O_CLOEXEC == 0x80000',
      '#if MAP_ANONYMOUS == 0x20 && MAP_PRIVATE == 2 && EOF == -1 && BUFSIZ == 8192 && SEEK_END == 2',
      '#if LONG_MAX == 0x7fffffffffffffff && CHAR_MIN == -128 && SIZE_MAX == 0xffffffffffffffff && INT64_MIN < 0',
      '#if EPOLLET == 0x80000000u && EFD_NONBLOCK == O_NONBLOCK && EPOLL_CLOEXEC == O_CLOEXEC',
      'ok', '#endif', '#endif', '#endif', '#endif', 'stdout errno UINT64_C(7)') });
    expect(r.errors).toEqual([]);
    expect(r.out.endsWith('; ok ( __ciri_stdstream ( 1 ) ) ( * __errno_location ( ) ) 7UL')).toBe(true);
  });

  it('make assert call __assert_fail with the expression text, unless NDEBUG is defined', () => {
    const r = pp({ 'src/main.c': lines('#include <assert.h>', 'assert(x > 0);', '#define NDEBUG', '#include <assert.h>', 'assert(y);') });
    expect(r.out).toBe('_Noreturn void __assert_fail ( const char * assertion , const char * file , unsigned int line , const char * function ) ; '
      + '( ( x > 0 ) ? ( void ) 0 : __assert_fail ( "x > 0" , "src/main.c" , 2 , __func__ ) ) ; ( ( void ) 0 ) ;');
  });

  it('map the va_ macros onto the machine\'s builtins', () => {
    const r = pp({ 'src/main.c': lines('#include <stdarg.h>', 'va_list ap; va_start(ap, n); va_arg(ap, int); va_copy(a, ap); va_end(ap);') });
    expect(r.out.endsWith('__builtin_va_list va_list ; va_list ap ; __builtin_va_start ( ap , n ) ; __builtin_va_arg ( ap , int ) ; '
      + '__builtin_va_copy ( a , ap ) ; __builtin_va_end ( ap ) ;')).toBe(true);
  });
});
