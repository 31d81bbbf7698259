import { certificateCodeFormat, generateCertificateCode } from '@fascicle/certificate-code';
import { describe, expect, it } from 'vitest';
import { verifyPathForTyped } from './verify-code';

// Fixed bytes, so the code is the same on every run.
const code = generateCertificateCode((size) => new Uint8Array(size).fill(7));
// Issued before the 15-symbol codes: 13 symbols and Crockford's mod-37 check, here `$`.
const oldCode = '0000-0000-0001-2$';

describe('a typed certificate code', () => {
  it('leads to the page of its canonical form, with nothing to encode', () => {
    expect(certificateCodeFormat(code)).toBe('DAMM32');
    expect(verifyPathForTyped(`  ${code.toLowerCase().replaceAll('-', ' ')} `)).toBe(
      `/verify/${code}`,
    );
  });

  it('of the older format leads to its page too, its check symbol encoded', () => {
    expect(certificateCodeFormat(oldCode)).toBe('MOD37');
    expect(verifyPathForTyped(' 0000 0000 0001 2$ ')).toBe('/verify/0000-0000-0001-2%24');
  });

  it('goes as typed when its check character fails, so the page can say so', () => {
    for (const good of [code, oldCode]) {
      const mistyped = good.slice(0, -1) + (good.endsWith('0') ? '1' : '0');
      expect(certificateCodeFormat(mistyped)).toBeNull();
      expect(verifyPathForTyped(mistyped)).toBe(`/verify/${encodeURIComponent(mistyped)}`);
    }
  });

  it('leads nowhere when nothing was typed', () => {
    expect(verifyPathForTyped('   ')).toBeNull();
  });
});
