import { describe, expect, it } from 'vitest';
import { tokenFromHash } from './link-token';

describe('tokenFromHash', () => {
  it('reads the token of a link sent by email', () => {
    expect(tokenFromHash('#token=Zm9vYmFy_-x')).toBe('Zm9vYmFy_-x');
    expect(tokenFromHash('token=abc')).toBe('abc');
  });

  it('finds nothing in an empty or foreign fragment', () => {
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
    expect(tokenFromHash('#section-2')).toBeNull();
  });
});
