import { describe, expect, it } from 'vitest';
import { Arena } from '../../../src/memory/arena.js';

function arena(): { a: Arena; exposed: number[] } {
  const a = new Arena(1024);
  const exposed: number[] = [];
  a.onExpose = (id) => exposed.push(id);
  return { a, exposed };
}

describe('the arena', () => {
  it('grows by doubling, keeps every shadow and tells its listener', () => {
    const { a } = arena();
    let grown = 0;
    a.onGrow = () => grown++;
    a.write(1000, new Uint8Array([7, 8]));
    a.prov[125] = 42;
    a.setOwner(992, 16, 3);
    expect(a.ensure(5000)).toBe(true);
    expect(a.capacity).toBe(8192);
    expect(grown).toBe(1);
    expect([a.data[1000], a.data[1001], a.init[1001], a.prov[125], a.owner[62]]).toEqual([7, 8, 1, 42, 3]);
    expect(a.ensure(8192)).toBe(true);
    expect(grown).toBe(1);
  });

  it('refuses to grow past 4 GiB', () => {
    expect(arena().a.ensure(2 ** 32 + 1)).toBe(false);
  });

  it('prepares a block uninitialized or zeroed, without stored pointers', () => {
    const { a } = arena();
    a.fill(0, 0xff, 32);
    a.prov[1] = 5;
    a.prepare(0, 16, false);
    expect(a.firstUninit(0, 16)).toBe(0);
    expect(a.prov[1]).toBe(0);
    a.prepare(16, 16, true);
    expect(a.firstUninit(16, 16)).toBe(-1);
    expect(a.data[20]).toBe(0);
  });

  it('moves whole pointer slots when both ends agree modulo 8', () => {
    const { a, exposed } = arena();
    a.prov[2] = 9;
    a.copy(64, 16, 8);
    expect(a.prov[8]).toBe(9);
    expect(exposed).toEqual([]);
  });

  it('exposes pointers cut at the ends of a copy and clears the destination slots it touches', () => {
    const { a, exposed } = arena();
    a.prov[0] = 4; // bytes 0..7, cut by a copy starting at 4
    a.prov[1] = 5; // bytes 8..15, copied whole
    a.prov[9] = 6; // destination slot 68..75 touched at its start
    a.prov[8] = 7; // destination slot 64..71 touched at its end
    a.copy(68, 4, 12);
    expect(exposed).toEqual([4]);
    expect(a.prov[9]).toBe(5);
    expect(a.prov[8]).toBe(0);
  });

  it('exposes every pointer copied to a different position modulo 8', () => {
    const { a, exposed } = arena();
    a.prov[1] = 3;
    a.prov[11] = 8;
    a.copy(89, 8, 8);
    expect(exposed).toEqual([3]);
    expect(a.prov[11]).toBe(0);
  });

  it('copies init state like memmove when ranges overlap', () => {
    const { a } = arena();
    a.write(0, new Uint8Array([1, 2, 3]));
    a.copy(2, 0, 4);
    expect(Array.from(a.data.subarray(0, 6))).toEqual([1, 2, 1, 2, 3, 0]);
    expect(Array.from(a.init.subarray(0, 7))).toEqual([1, 1, 1, 1, 1, 0, 0]);
  });
});
