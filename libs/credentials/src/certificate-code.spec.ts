import {
  generateCertificateCode,
  isWellFormedCertificateCode,
  normalizeCertificateCode,
} from './certificate-code.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_SYMBOLS = `${ALPHABET}*~$=U`;

/** Random bytes whose first 65 bits are `value`, the 7 bits after it `tail`. */
function bytesFor(value: bigint, tail = 0n) {
  return () => {
    let n = (value << 7n) | tail;
    const bytes = new Uint8Array(9);
    for (let i = 8; i >= 0; i -= 1, n >>= 8n) bytes[i] = Number(n & 0xffn);
    return bytes;
  };
}

/** The number the 13 data symbols of a code spell. */
function dataValue(code: string): bigint {
  let value = 0n;
  for (const symbol of code.replaceAll('-', '').slice(0, 13)) {
    value = value * 32n + BigInt(ALPHABET.indexOf(symbol));
  }
  return value;
}

const compact = (code: string) => code.replaceAll('-', '');
const codes = Array.from({ length: 20 }, () => generateCertificateCode());

describe('generateCertificateCode', () => {
  it('formats 13 data symbols and a check symbol as XXXX-XXXX-XXXX-XC', () => {
    for (const code of codes)
      expect(code).toMatch(
        /^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z][0-9A-HJKMNP-TV-Z*~$=U]$/,
      );
    expect(generateCertificateCode(bytesFor(0n))).toBe('0000-0000-0000-00');
    // 1234 = 38 × 32 + 18 → ...16J; 1234 mod 37 = 13 → D.
    expect(generateCertificateCode(bytesFor(1234n))).toBe('0000-0000-0016-JD');
  });

  it('carries 65 random bits: all of the first 65, none of the 7 after', () => {
    let asked = 0;
    generateCertificateCode((n) => ((asked = n), new Uint8Array(n)));
    expect(asked).toBe(9);
    const seen = new Set<string>();
    for (let bit = 0n; bit < 65n; bit += 1n) {
      const code = generateCertificateCode(bytesFor(1n << bit));
      expect(dataValue(code)).toBe(1n << bit);
      seen.add(code);
    }
    expect(seen.size).toBe(65);
    const max = (1n << 65n) - 1n;
    expect(dataValue(generateCertificateCode(bytesFor(max)))).toBe(max);
    expect(generateCertificateCode(bytesFor(42n, 0x7fn))).toBe(
      generateCertificateCode(bytesFor(42n)),
    );
  });

  it('checks with the 65-bit value mod 37', () => {
    for (const code of codes) {
      expect(compact(code)[13]).toBe(CHECK_SYMBOLS[Number(dataValue(code) % 37n)]);
    }
  });

  it('draws no duplicate in 10 000 codes', () => {
    const drawn = new Set(Array.from({ length: 10_000 }, () => generateCertificateCode()));
    expect(drawn.size).toBe(10_000);
  });

  it('refuses a source that gives too few bytes', () => {
    expect(() => generateCertificateCode(() => new Uint8Array(8))).toThrow(RangeError);
  });
});

describe('normalizeCertificateCode', () => {
  it('accepts its own codes unchanged', () => {
    for (const code of codes) {
      expect(normalizeCertificateCode(code)).toBe(code);
      expect(isWellFormedCertificateCode(code)).toBe(true);
    }
  });

  it('accepts lower case, spaces, missing or extra hyphens', () => {
    const [code] = codes as [string];
    expect(normalizeCertificateCode(code.toLowerCase())).toBe(code);
    expect(normalizeCertificateCode(`  ${compact(code)} `)).toBe(code);
    expect(normalizeCertificateCode(compact(code).split('').join(' '))).toBe(code);
    expect(normalizeCertificateCode(compact(code).split('').join('-'))).toBe(code);
  });

  it('reads I and L as 1 and O as 0, as Crockford decodes them', () => {
    const ones = generateCertificateCode(bytesFor(((1n << 65n) - 1n) / 31n));
    expect(ones.slice(0, -1)).toBe('1111-1111-1111-1');
    const check = ones.slice(-1);
    expect(normalizeCertificateCode(`iiii-llll-IIII-L${check}`)).toBe(ones);
    expect(normalizeCertificateCode('oooo-OOOO-0o0O-o0')).toBe('0000-0000-0000-00');
  });

  it('refuses the wrong length and symbols outside the alphabet', () => {
    const [code] = codes as [string];
    expect(normalizeCertificateCode('')).toBeNull();
    expect(normalizeCertificateCode(code.slice(0, -1))).toBeNull();
    expect(normalizeCertificateCode(`${code}0`)).toBeNull();
    expect(normalizeCertificateCode('U000-0000-0000-00')).toBeNull();
    expect(normalizeCertificateCode('0000-0000-0000-0_')).toBeNull();
    expect(isWellFormedCertificateCode('not a code')).toBe(false);
  });

  it('catches every single-symbol substitution', () => {
    for (const code of codes) {
      const symbols = compact(code);
      for (let i = 0; i < symbols.length; i += 1) {
        for (const other of CHECK_SYMBOLS) {
          if (other === symbols[i]) continue;
          const typo = symbols.slice(0, i) + other + symbols.slice(i + 1);
          expect([typo, normalizeCertificateCode(typo)]).toEqual([typo, null]);
        }
      }
    }
  });

  it('catches every swap of two different neighbouring symbols', () => {
    for (const code of codes) {
      const symbols = compact(code);
      for (let i = 0; i + 1 < symbols.length; i += 1) {
        if (symbols[i] === symbols[i + 1]) continue;
        const swapped = symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2);
        expect([swapped, normalizeCertificateCode(swapped)]).toEqual([swapped, null]);
      }
    }
  });
});
