import { generateCertificateCode } from '@fascicle/certificate-code';
import { describe, expect, it } from 'vitest';
import { verifyPathForTyped } from './verify-code';

// Fixed bytes, so the code is the same on every run.
const code = generateCertificateCode((size) => new Uint8Array(size).fill(7));

describe('a typed certificate code', () => {
  it('leads to the page of its canonical form', () => {
    expect(verifyPathForTyped(`  ${code.toLowerCase().replaceAll('-', ' ')} `)).toBe(
      `/verify/${encodeURIComponent(code)}`,
    );
  });

  it('goes as typed when its check character fails, so the page can say so', () => {
    const mistyped = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    expect(verifyPathForTyped(mistyped)).toBe(`/verify/${encodeURIComponent(mistyped)}`);
  });

  it('leads nowhere when nothing was typed', () => {
    expect(verifyPathForTyped('   ')).toBeNull();
  });
});
