import { describe, expect, it } from 'vitest';
import { TypedefScopes } from '../../../src/frontend/parser-scope.js';

describe('typedef scopes', () => {
  it('lets an inner ordinary declaration hide a typedef name until the scope ends', () => {
    const s = new TypedefScopes();
    s.declare('T', true);
    s.push();
    s.declare('T', false);
    expect(s.isTypedef('T')).toBe(false);
    s.pop();
    expect(s.isTypedef('T')).toBe(true);
  });

  it('replaces a meaning redeclared in the same scope instead of stacking it', () => {
    const s = new TypedefScopes();
    s.push();
    s.declare('T', true);
    s.declare('T', false);
    expect(s.pop()).toEqual([{ name: 'T', isTypedef: false }]);
    expect(s.isTypedef('T')).toBe(false);
  });

  it('re-enters a saved scope and truncates back to a depth', () => {
    const s = new TypedefScopes();
    s.push([{ name: 'P', isTypedef: true }]);
    s.push();
    expect(s.depth).toBe(3);
    expect(s.isTypedef('P')).toBe(true);
    s.truncate(1);
    expect(s.depth).toBe(1);
    expect(s.isTypedef('P')).toBe(false);
    expect(s.pop()).toEqual([]);
  });
});
