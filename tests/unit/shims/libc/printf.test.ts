import { describe, expect, it } from 'vitest';
import type { VarArg } from '../../../../src/shims/shim.js';
import { FakeMachine, NULL, at, ubOf, vd, vi, vl, vp, vu, vul } from '../fake-machine.js';

type Arg = ['i' | 'u' | 'p', number] | ['l' | 'ul', string] | ['d', number | string] | ['s', string];

/** Each case was printed by gcc + glibc 2.36 on x86-64 (snprintf with the same format and arguments). */
const GLIBC_CASES: [string, Arg[], string][] = [
  ["%d|%i|%u", [['i', 42], ['i', -42], ['u', 4294967295]], "42|-42|4294967295"],
  ["[%5d][%-5d][%05d][%+d][% d][%+5d][%-+5d]", [['i', 42], ['i', 42], ['i', 42], ['i', 42], ['i', 42], ['i', -42], ['i', 7]], "[   42][42   ][00042][+42][ 42][  -42][+7   ]"],
  ["[%.3d][%.0d][%5.0d][%.0d][%08.3d][%-8.3d]", [['i', 7], ['i', 0], ['i', 0], ['i', 1], ['i', -7], ['i', -7]], "[007][][     ][1][    -007][-007    ]"],
  ["[%x][%X][%#x][%#X][%o][%#o][%#o][%#x][%#.3o][%#5x]", [['u', 255], ['u', 255], ['u', 255], ['u', 255], ['u', 8], ['u', 8], ['u', 0], ['u', 0], ['u', 8], ['u', 1]], "[ff][FF][0xff][0XFF][10][010][0][0][010][  0x1]"],
  ["[%hhd][%hhu][%hd][%hu][%hhx]", [['i', 300], ['i', -1], ['i', 70000], ['i', -1], ['i', -1]], "[44][255][4464][65535][ff]"],
  ["[%ld][%lu][%lld][%llu][%lx][%zu][%zd][%jd][%td]", [['l', '-9223372036854775808'], ['ul', '18446744073709551615'], ['l', '9223372036854775807'], ['ul', '12345678901234567890'], ['ul', '18446744073709551615'], ['ul', '123'], ['l', '-5'], ['l', '-1'], ['l', '-2']], "[-9223372036854775808][18446744073709551615][9223372036854775807][12345678901234567890][ffffffffffffffff][123][-5][-1][-2]"],
  ["[%d][%d]", [['i', -2147483648], ['i', 2147483647]], "[-2147483648][2147483647]"],
  ["[%*d][%-*d][%*d][%.*d][%.*d]", [['i', 6], ['i', 42], ['i', 6], ['i', 42], ['i', -6], ['i', 42], ['i', 4], ['i', 3], ['i', -1], ['i', 3]], "[    42][42    ][42    ][0003][3]"],
  ["[%c][%5c][%-3c]", [['i', 65], ['i', 66], ['i', 67]], "[A][    B][C  ]"],
  ["[%s][%10s][%-10s][%.2s][%10.3s][%-6.1s]", [['s', "hello"], ['s', "hi"], ['s', "hi"], ['s', "hello"], ['s', "hello"], ['s', "xyz"]], "[hello][        hi][hi        ][he][       hel][x     ]"],
  ["[%%][%5%]", [], "[%][%]"],
  ["[%p][%p]", [['p', 140733498807928], ['p', 16]], "[0x7fff12345678][0x10]"],
  ["[%#.0o][%#o]", [['u', 0], ['u', 1]], "[0][01]"],
  ["[% 05d][%+05d][%-05d]", [['i', 3], ['i', 3], ['i', 3]], "[ 0003][+0003][3    ]"],
  ["[%f][%F][%e][%E][%g][%G]", [['d', 3.14159265358979], ['d', 3.14159265358979], ['d', 3.14159265358979], ['d', 3.14159265358979], ['d', 3.14159265358979], ['d', 3.14159265358979]], "[3.141593][3.141593][3.141593e+00][3.141593E+00][3.14159][3.14159]"],
  ["[%.0f][%.0f][%.0f][%.0f][%.0f][%.0f]", [['d', 0.5], ['d', 1.5], ['d', 2.5], ['d', 3.5], ['d', -0.5], ['d', -2.5]], "[0][2][2][4][-0][-2]"],
  ["[%.2f][%.2f][%.2f][%.1f][%.1f][%.3f]", [['d', 2.675], ['d', 1.005], ['d', 1.115], ['d', 0.05], ['d', 0.25], ['d', 1.0005]], "[2.67][1.00][1.11][0.1][0.2][1.000]"],
  ["[%.20f][%.30f]", [['d', 0.1], ['d', 1e-10]], "[0.10000000000000000555][0.000000000100000000000000003643]"],
  ["[%f][%.0f][%f][%.3f]", [['d', 1e+300], ['d', 1e+22], ['d', 1.7976931348623157e+308], ['d', 5e-324]], "[1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000][10000000000000000000000][179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000][0.000]"],
  ["[%e][%.0e][%#.0e][%.3e][%e][%e][%E]", [['d', 0.0], ['d', 12345.0], ['d', 12345.0], ['d', 9.9996], ['d', 1e-300], ['d', 5e-324], ['d', 1.7976931348623157e+308]], "[0.000000e+00][1e+04][1.e+04][1.000e+01][1.000000e-300][4.940656e-324][1.797693E+308]"],
  ["[%.0e][%.0e][%.1e][%.2e]", [['d', 2.5], ['d', 3.5], ['d', 0.25], ['d', 1.125]], "[2e+00][4e+00][2.5e-01][1.12e+00]"],
  ["[%g][%g][%g][%g][%g][%g][%g][%g]", [['d', 100000.0], ['d', 1000000.0], ['d', 0.0001], ['d', 1e-05], ['d', 123456789.0], ['d', 1.5], ['d', 0.0], ['d', '-0']], "[100000][1e+06][0.0001][1e-05][1.23457e+08][1.5][0][-0]"],
  ["[%.0g][%.1g][%.2g][%#g][%#.3g][%g][%.10g][%.17g]", [['d', 123.0], ['d', 0.95], ['d', 99.5], ['d', 1.0], ['d', 1.0], ['d', 1e-05], ['d', 0.3333333333333333], ['d', 0.1]], "[1e+02][0.9][1e+02][1.00000][1.00][1e-05][0.3333333333][0.10000000000000001]"],
  ["[%G][%G][%g][%g]", [['d', 1e-10], ['d', 1e+100], ['d', 9.9999999], ['d', 999999.5]], "[1E-10][1E+100][10][1e+06]"],
  ["[%8.3f][%-8.3f][%08.3f][%+.2f][% .2f][%+08.2f][%08.2f]", [['d', 3.14159], ['d', 3.14159], ['d', -3.14159], ['d', 1.0], ['d', 1.0], ['d', -1.5], ['d', -1.5]], "[   3.142][3.142   ][-003.142][+1.00][ 1.00][-0001.50][-0001.50]"],
  ["[%f][%F][%e][%g][%5f][%-6f][%06f][%+f][% f]", [['d', 'inf'], ['d', 'inf'], ['d', '-inf'], ['d', 'inf'], ['d', 'inf'], ['d', '-inf'], ['d', 'inf'], ['d', 'inf'], ['d', 'inf']], "[inf][INF][-inf][inf][  inf][-inf  ][   inf][+inf][ inf]"],
  ["[%f][%.1f][%e][%g][%#g][%#.0f][%.0f]", [['d', '-0'], ['d', '-0'], ['d', '-0'], ['d', '-0'], ['d', '-0'], ['d', 3.0], ['d', 1000000000000000.5]], "[-0.000000][-0.0][-0.000000e+00][-0][-0.00000][3.][1000000000000000]"],
  ["[%a][%A][%a][%a][%a][%.2a][%.0a][%.0a][%.13a][%.15a]", [['d', 1.0], ['d', -10.5], ['d', 0.1], ['d', 5e-324], ['d', 0.0], ['d', 1.999], ['d', 1.5], ['d', 2.5], ['d', 0.1], ['d', 1.0]], "[0x1p+0][-0X1.5P+3][0x1.999999999999ap-4][0x0.0000000000001p-1022][0x0p+0][0x2.00p+0][0x2p+0][0x1p+1][0x1.999999999999ap-4][0x1.000000000000000p+0]"],
  ["[%10.4f][%-10.2e][%010.2e][%+.3g][%.3g][%.3g]", [['d', 0.6666666666666666], ['d', -12345.678], ['d', -12345.678], ['d', 0.0001234], ['d', 1234567.0], ['d', 1.2345e-05]], "[    0.6667][-1.23e+04 ][-01.23e+04][+0.000123][1.23e+06][1.23e-05]"],
  ["[%.15g][%.16g][%.17g][%.3f]", [['d', 0.30000000000000004], ['d', 0.30000000000000004], ['d', 0.30000000000000004], ['d', 2.0005]], "[0.3][0.3][0.30000000000000004][2.001]"],
  ["[%5.1f][%.1f][%.1f][%.1f][%.1f]", [['d', 9.96], ['d', 9.95], ['d', 9.85], ['d', 0.45], ['d', 0.35]], "[ 10.0][9.9][9.8][0.5][0.3]"],
  ["[%lf][%Lf][%le]", [['d', 1.25], ['d', 1.25], ['d', 1.25]], "[1.250000][1.250000][1.250000e+00]"],
];

function toVarArg(m: FakeMachine, [t, v]: Arg): VarArg {
  switch (t) {
    case 'i': return vi(v as number);
    case 'u': return vu(v as number);
    case 'l': return vl(BigInt(v as string) >= -(2n ** 53n) && BigInt(v as string) <= 2n ** 53n ? Number(v) : BigInt(v as string));
    case 'ul': return vul(BigInt(v as string) <= 2n ** 53n ? Number(v) : BigInt(v as string));
    case 'd': return vd(v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v === '-0' ? -0 : (v as number));
    case 's': return vp(m.cstr(v as string));
    case 'p': return { kind: 'ptr', value: v as number, prov: 0 };
  }
}

/** sprintf into a fresh buffer and return the text. */
function format(m: FakeMachine, fmt: string, args: VarArg[]): string {
  const buf = m.buffer(4096);
  const n = m.call('sprintf', [buf, m.cstr(fmt)], args);
  const text = m.read(buf);
  expect(n).toBe(text.length);
  return text;
}

describe('the printf format engine', () => {
  it.each(GLIBC_CASES)('formats %j like glibc', (fmt, args, expected) => {
    const m = new FakeMachine();
    expect(format(m, fmt, args.map((a) => toVarArg(m, a)))).toBe(expected);
  });

  it('prints through stdout and returns the byte count', () => {
    const m = new FakeMachine();
    expect(m.call('printf', [m.cstr('%s=%d\n')], [vp(m.cstr('x')), vi(5)])).toBe(4);
    m.call('fflush', [NULL]); // stdout is fully buffered when it is not a terminal
    expect(m.stdout()).toBe('x=5\n');
  });

  it("accepts glibc's ' flag, which groups nothing in the C locale", () => {
    const m = new FakeMachine();
    expect(format(m, "[%'d][%'.2f]", [vi(1234567), vd(1234.5)])).toBe('[1234567][1234.50]');
  });

  it('prints -nan for a NaN whose sign bit is set, as glibc on x86-64', () => {
    const m = new FakeMachine();
    const bits = new DataView(new ArrayBuffer(8));
    bits.setUint32(0, 0xfff80000);
    expect(format(m, '%f %F %e', [vd(bits.getFloat64(0)), vd(bits.getFloat64(0)), vd(NaN)])).toMatch(/^-nan -NAN (-)?nan$/);
    bits.setUint32(0, 0x7ff80000);
    expect(format(m, '%f|%5.1f|%-5g|', [vd(bits.getFloat64(0)), vd(bits.getFloat64(0)), vd(bits.getFloat64(0))])).toBe('nan|  nan|nan  |');
  });

  it('prints (null) for a null %s and nothing when the precision is below 6, as glibc', () => {
    const m = new FakeMachine();
    expect(format(m, '[%s][%.3s][%.6s][%8s]', [vp(NULL), vp(NULL), vp(NULL), vp(NULL)])).toBe('[(null)][][(null)][  (null)]');
  });

  it('prints (nil) for a null %p, padded like a string', () => {
    const m = new FakeMachine();
    expect(format(m, '[%p][%10p][%-10p]', [vp(NULL), vp(NULL), vp(NULL)])).toBe('[(nil)][     (nil)][(nil)     ]');
  });

  it('prints the text of errno for %m', () => {
    const m = new FakeMachine();
    m.setErrno(2);
    expect(format(m, '%m|%12m', [])).toBe('No such file or directory|No such file or directory');
  });

  it('reads only as many bytes of %s as the precision allows', () => {
    const m = new FakeMachine();
    const unterminated = m.buffer(3, 'stack', [0x61, 0x62, 0x63]);
    expect(format(m, '[%.3s][%.2s]', [vp(unterminated), vp(unterminated)])).toBe('[abc][ab]');
  });

  it('reports reading past an unterminated %s argument', () => {
    const m = new FakeMachine();
    const unterminated = m.buffer(3, 'stack', [0x61, 0x62, 0x63]);
    expect(ubOf(() => format(m, '%s', [vp(unterminated)])).kind).toBe('out-of-bounds');
    expect(ubOf(() => format(m, '%.4s', [vp(unterminated)])).kind).toBe('out-of-bounds');
  });

  it('stores the count so far through %n, in the width of its length modifier', () => {
    const m = new FakeMachine();
    const slot = m.buffer(8);
    const small = m.buffer(1);
    expect(format(m, 'abc%n%hhn', [vp(slot), vp(small)])).toBe('abc');
    expect(m.mem.loadScalar(slot, 'i32')).toBe(3);
    expect(m.mem.loadScalar(small, 'i8')).toBe(3);
    expect(ubOf(() => format(m, 'abc%ln', [vp(small)])).kind).toBe('out-of-bounds');
  });
});

describe('printf argument checking (C17 7.21.6.1p9)', () => {
  const cases: [string, string, string, VarArg][] = [
    ['%d', 'double', 'int', vd(1.5)],
    ['%ld', 'int', 'long', vi(1)],
    ['%zu', 'unsigned int', 'size_t', vu(1)],
    ['%f', 'int', 'double', vi(1)],
    ['%s', 'int', 'char *', vi(0)],
    ['%p', 'long', 'void *', vl(16)],
    ['%x', 'long', 'unsigned int', vl(1)],
    ['%lld', 'double', 'long long', vd(2)],
  ];
  it.each(cases)('reports %s given a %s argument as a format mismatch', (directive, actual, expected, arg) => {
    const m = new FakeMachine();
    expect(ubOf(() => m.call('printf', [m.cstr(`x ${directive}\n`)], [arg]))).toEqual({
      kind: 'format-mismatch', fn: 'printf', directive, expected, actual,
    });
  });

  it('accepts the unsigned type of the same width for a signed directive and the reverse', () => {
    const m = new FakeMachine();
    expect(format(m, '%d %u %ld %lu', [vu(4294967295), vi(-1), vul(2 ** 53), vl(-1)]))
      .toBe('-1 4294967295 9007199254740992 18446744073709551615');
  });

  it('reports a directive with no argument left', () => {
    const m = new FakeMachine();
    expect(ubOf(() => m.call('printf', [m.cstr('%d %d\n')], [vi(1)]))).toEqual({
      kind: 'format-mismatch', fn: 'printf', directive: '%d', expected: 'int', actual: 'no argument',
    });
  });

  it('checks the int argument of a * width', () => {
    const m = new FakeMachine();
    expect(ubOf(() => m.call('printf', [m.cstr('%*d')], [vl(5), vi(1)]))).toMatchObject({ kind: 'format-mismatch', expected: 'int', actual: 'long' });
  });

  it('reports an invalid conversion specifier', () => {
    const m = new FakeMachine();
    expect(ubOf(() => m.call('printf', [m.cstr('%y')], []))).toMatchObject({ kind: 'invalid-argument', fn: 'printf' });
  });

  it('checks the format string itself', () => {
    const m = new FakeMachine();
    const fmt = m.cstr('%d', 'heap');
    m.call('free', [fmt]);
    expect(ubOf(() => m.call('printf', [fmt], [vi(1)]))).toMatchObject({ kind: 'use-after-free', access: 'read' });
  });
});

describe('sprintf and snprintf', () => {
  it('writes at most size-1 bytes and a NUL, and returns the full length', () => {
    const m = new FakeMachine();
    const buf = m.buffer(8);
    expect(m.call('snprintf', [buf, 4, m.cstr('%d-%s')], [vi(12345), vp(m.cstr('ab'))])).toBe(8);
    expect(m.read(buf)).toBe('123');
    expect(m.mem.firstUninit(at(buf, 4), 4)).toBe(0);
  });

  it('allows a null destination with size 0', () => {
    const m = new FakeMachine();
    expect(m.call('snprintf', [NULL, 0, m.cstr('%d')], [vi(-100)])).toBe(4);
  });

  it('checks only min(size, length + 1) bytes of the destination', () => {
    const m = new FakeMachine();
    const buf = m.buffer(3);
    expect(m.call('snprintf', [buf, 100, m.cstr('ab')], [])).toBe(2);
    expect(m.read(buf)).toBe('ab');
    expect(ubOf(() => m.call('snprintf', [buf, 100, m.cstr('abc')], []))).toMatchObject({ kind: 'out-of-bounds', access: 'write' });
  });

  it('reports a sprintf destination too small for the output and its NUL', () => {
    const m = new FakeMachine();
    const buf = m.buffer(5);
    expect(ubOf(() => m.call('sprintf', [buf, m.cstr('%d')], [vi(12345)]))).toMatchObject({ kind: 'out-of-bounds', access: 'write', size: 6 });
  });
});
