import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseCount, parseDefine, parseMacroName, parseSize, repeatable } from '../../../src/cli/options.js';

describe('parseSize', () => {
  it('accepts plain bytes and binary K/M/G suffixes', () => {
    expect(parseSize('4096')).toBe(4096);
    expect(parseSize('64K')).toBe(64 * 1024);
    expect(parseSize('8M')).toBe(8 * 1024 * 1024);
    expect(parseSize('8m')).toBe(8 * 1024 * 1024);
    expect(parseSize('1G')).toBe(1024 ** 3);
    expect(parseSize('64KiB')).toBe(64 * 1024);
  });

  it('rejects sizes it cannot read, and zero', () => {
    for (const bad of ['', 'M', '8Q', '-1', '1.5M', '0']) expect(() => parseSize(bad), bad).toThrow(InvalidArgumentError);
  });
});

describe('parseCount', () => {
  it('accepts non-negative integers only', () => {
    expect(parseCount('0')).toBe(0);
    expect(parseCount('123')).toBe(123);
    for (const bad of ['-1', '1e3', 'ten', '99999999999999999999']) expect(() => parseCount(bad), bad).toThrow(InvalidArgumentError);
  });
});

describe('parseDefine and parseMacroName', () => {
  it('defines a macro as 1 when no value is given, as C compilers do', () => {
    expect(parseDefine('DEBUG')).toEqual(['DEBUG', '1']);
    expect(parseDefine('N=10')).toEqual(['N', '10']);
    expect(parseDefine('S=a=b')).toEqual(['S', 'a=b']);
    expect(parseDefine('EMPTY=')).toEqual(['EMPTY', '']);
  });

  it('rejects names that are not identifiers', () => {
    expect(() => parseDefine('1X=2')).toThrow(InvalidArgumentError);
    expect(() => parseMacroName('A-B')).toThrow(InvalidArgumentError);
    expect(parseMacroName('_X1')).toBe('_X1');
  });
});

describe('repeatable', () => {
  it('collects every occurrence in order', () => {
    const collect = repeatable(String);
    expect(collect('b', collect('a', undefined))).toEqual(['a', 'b']);
  });
});
