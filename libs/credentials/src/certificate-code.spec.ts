import {
  certificateCodeFormat,
  dammStep,
  generateCertificateCode,
  isWellFormedCertificateCode,
  normalizeCertificateCode,
} from './certificate-code.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const MOD37_CHECK_SYMBOLS = `${ALPHABET}*~$=U`;
const NEW_CODE = /^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{3}$/;
const DIGITS = Array.from({ length: 32 }, (_, digit) => digit);

/** Random bytes whose first 70 bits are `value`, the 2 bits after it `tail`. */
function bytesFor(value: bigint, tail = 0n) {
  return () => {
    let n = (value << 2n) | tail;
    const bytes = new Uint8Array(9);
    for (let i = 8; i >= 0; i -= 1, n >>= 8n) bytes[i] = Number(n & 0xffn);
    return bytes;
  };
}

const compact = (code: string) => code.replaceAll('-', '');

/** The number the 14 data symbols of a new code spell. */
function dataValue(code: string): bigint {
  let value = 0n;
  for (const symbol of compact(code).slice(0, 14)) {
    value = value * 32n + BigInt(ALPHABET.indexOf(symbol));
  }
  return value;
}

/** An old code for a 65-bit value, made the way the API made them before. */
function mod37Code(value: bigint): string {
  let symbols = '';
  for (let i = 12; i >= 0; i -= 1) symbols += ALPHABET[Number((value >> BigInt(i * 5)) & 31n)];
  symbols += MOD37_CHECK_SYMBOLS[Number(value % 37n)];
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8, 12)}-${symbols.slice(12)}`;
}

/** Product in GF(32) = GF(2)[x] / (x^5 + x^2 + 1), the schoolbook way: the reference. */
function gf32Times(a: number, b: number): number {
  let product = 0;
  for (let bit = 4; bit >= 0; bit -= 1) {
    product <<= 1;
    if (product & 32) product ^= 0b100101;
    if ((b >> bit) & 1) product ^= a;
  }
  return product;
}

const codes = Array.from({ length: 20 }, () => generateCertificateCode());

describe('generateCertificateCode', () => {
  it('formats 14 data symbols and a check symbol as XXXX-XXXX-XXXX-XXC', () => {
    for (const code of codes) expect(code).toMatch(NEW_CODE);
    expect(generateCertificateCode(bytesFor(0n))).toBe('0000-0000-0000-000');
    // Interims 0, …, 0, 1; check 2·1 = 2.
    expect(generateCertificateCode(bytesFor(1n))).toBe('0000-0000-0000-012');
    // Interims …, 1, 2·1 + 0 = 2; check 2·2 = 4.
    expect(generateCertificateCode(bytesFor(32n))).toBe('0000-0000-0000-104');
    // G is 16 = x^4; check x·x^4 = x^5 = x^2 + 1 = 5.
    expect(generateCertificateCode(bytesFor(16n))).toBe('0000-0000-0000-0G5');
  });

  it('carries 70 random bits: all of the first 70, none of the 2 after', () => {
    let asked = 0;
    generateCertificateCode((n) => ((asked = n), new Uint8Array(n)));
    expect(asked).toBe(9);
    const seen = new Set<string>();
    for (let bit = 0n; bit < 70n; bit += 1n) {
      const code = generateCertificateCode(bytesFor(1n << bit));
      expect(dataValue(code)).toBe(1n << bit);
      seen.add(code);
    }
    expect(seen.size).toBe(70);
    const max = (1n << 70n) - 1n;
    expect(dataValue(generateCertificateCode(bytesFor(max)))).toBe(max);
    expect(generateCertificateCode(bytesFor(42n, 3n))).toBe(generateCertificateCode(bytesFor(42n)));
  });

  it('makes the same code from the same injected bytes', () => {
    const sevens = (n: number) => new Uint8Array(n).fill(7);
    expect(generateCertificateCode(sevens)).toBe(generateCertificateCode(sevens));
    expect(generateCertificateCode(sevens)).toBe('0W3G-E1R7-0W3G-E12');
  });

  it('draws no duplicate in 10 000 codes, and no symbol outside the alphabet', () => {
    const drawn = Array.from({ length: 10_000 }, () => generateCertificateCode());
    expect(new Set(drawn).size).toBe(10_000);
    expect(drawn.filter((code) => !NEW_CODE.test(code))).toEqual([]);
    expect(drawn.filter((code) => certificateCodeFormat(code) !== 'DAMM32')).toEqual([]);
  });

  it('refuses a source that gives too few bytes', () => {
    expect(() => generateCertificateCode(() => new Uint8Array(8))).toThrow(RangeError);
  });
});

/**
 * The proof, over every case rather than a sample. A code passes when the chain of steps over its
 * 15 symbols ends at 0 (checked against the library below), so these three properties of one step
 * make every substitution and every neighbour swap fail, whatever the other symbols are; see
 * dammStep.
 */
describe('the DAMM32 check step', () => {
  it('is 2·interim + digit in GF(32)', () => {
    const wrong = DIGITS.flatMap((c) =>
      DIGITS.filter((d) => dammStep(c, d) !== (gf32Times(2, c) ^ d)).map((d) => [c, d]),
    );
    expect(wrong).toEqual([]);
  });

  it('is a quasigroup: each row and each column of its table is a permutation', () => {
    for (const c of DIGITS) {
      expect(new Set(DIGITS.map((d) => dammStep(c, d))).size).toBe(32);
      expect(new Set(DIGITS.map((d) => dammStep(d, c))).size).toBe(32);
      expect(DIGITS.every((d) => dammStep(c, d) >= 0 && dammStep(c, d) < 32)).toBe(true);
    }
  });

  it('is totally anti-symmetric: (c∘x)∘y = (c∘y)∘x only when x = y', () => {
    const equal: number[][] = [];
    for (const c of DIGITS) {
      for (const x of DIGITS) {
        for (const y of DIGITS) {
          if (dammStep(dammStep(c, x), y) === dammStep(dammStep(c, y), x)) equal.push([c, x, y]);
        }
      }
    }
    expect(equal).toEqual(DIGITS.flatMap((c) => DIGITS.map((x) => [c, x, x])));
  });
});

describe('new codes against every single typing mistake', () => {
  const background = compact(generateCertificateCode(bytesFor(0x2b_5c3d_9e1f_7a6b_4c0dn)));

  /**
   * A code that passes with `fixed` digits at their places: the one symbol at the last free place
   * that makes it pass, found by asking normalizeCertificateCode about all 32.
   */
  function passingWith(fixed: Map<number, number>): string {
    const symbols = [...background].map((symbol, place) =>
      fixed.has(place) ? ALPHABET[fixed.get(place)!]! : symbol,
    );
    const free = [14, 13, 12].find((place) => !fixed.has(place))!;
    const passing = [...ALPHABET].filter((symbol) => {
      symbols[free] = symbol;
      return normalizeCertificateCode(symbols.join('')) !== null;
    });
    if (passing.length !== 1) throw new Error(`${passing.length} symbols pass at ${free}`);
    symbols[free] = passing[0]!;
    return symbols.join('');
  }

  it('refuses every substitution at every place, the check symbol’s included', () => {
    const missed: string[] = [];
    let tried = 0;
    for (let place = 0; place < 15; place += 1) {
      for (const digit of DIGITS) {
        const code = passingWith(new Map([[place, digit]]));
        for (const other of ALPHABET) {
          if (other === code[place]) continue;
          const typo = code.slice(0, place) + other + code.slice(place + 1);
          tried += 1;
          if (normalizeCertificateCode(typo) !== null) missed.push(typo);
        }
      }
    }
    expect(tried).toBe(15 * 32 * 31);
    expect(missed).toEqual([]);
  });

  it('refuses every swap of two different neighbours, the check symbol’s included', () => {
    const missed: string[] = [];
    let tried = 0;
    for (let place = 0; place < 14; place += 1) {
      for (const x of DIGITS) {
        for (const y of DIGITS) {
          if (x === y) continue;
          const code = passingWith(
            new Map([
              [place, x],
              [place + 1, y],
            ]),
          );
          const swapped =
            code.slice(0, place) + code[place + 1] + code[place] + code.slice(place + 2);
          tried += 1;
          if (normalizeCertificateCode(swapped) !== null) missed.push(swapped);
        }
      }
    }
    expect(tried).toBe(14 * 32 * 31);
    expect(missed).toEqual([]);
  });

  it('is the step the library chains: its codes end at 0, and one check symbol passes', () => {
    for (const code of codes) {
      const digits = [...compact(code)].map((symbol) => ALPHABET.indexOf(symbol));
      expect(digits.reduce(dammStep, 0)).toBe(0);
      const last = digits.pop()!;
      for (const other of DIGITS.filter((digit) => digit !== last)) {
        expect(normalizeCertificateCode(compact(code).slice(0, 14) + ALPHABET[other])).toBeNull();
      }
    }
  });
});

describe('normalizeCertificateCode', () => {
  it('accepts its own codes unchanged', () => {
    for (const code of codes) {
      expect(normalizeCertificateCode(code)).toBe(code);
      expect(isWellFormedCertificateCode(code)).toBe(true);
      expect(certificateCodeFormat(code)).toBe('DAMM32');
    }
  });

  it('accepts lower case, spaces, missing or extra hyphens', () => {
    for (const code of [codes[0]!, mod37Code(34n)]) {
      expect(normalizeCertificateCode(code.toLowerCase())).toBe(code);
      expect(normalizeCertificateCode(`  ${compact(code)} `)).toBe(code);
      expect(normalizeCertificateCode(compact(code).split('').join(' '))).toBe(code);
      expect(normalizeCertificateCode(compact(code).split('').join('-'))).toBe(code);
    }
  });

  it('reads I and L as 1 and O as 0, as Crockford decodes them', () => {
    const ones = generateCertificateCode(bytesFor(((1n << 70n) - 1n) / 31n));
    expect(ones.slice(0, -1)).toBe('1111-1111-1111-11');
    expect(normalizeCertificateCode(`iiii-llll-IIII-lL${ones.slice(-1)}`)).toBe(ones);
    expect(normalizeCertificateCode('oooo-OOOO-0o0O-o0O')).toBe('0000-0000-0000-000');
    const oldOnes = mod37Code(((1n << 65n) - 1n) / 31n);
    expect(normalizeCertificateCode(`iiii-llll-IIII-L${oldOnes.slice(-1)}`)).toBe(oldOnes);
    expect(normalizeCertificateCode('oooo-OOOO-0o0O-o0')).toBe('0000-0000-0000-00');
  });

  it('refuses other lengths and symbols outside the alphabet', () => {
    const [code] = codes as [string];
    expect(normalizeCertificateCode('')).toBeNull();
    expect(normalizeCertificateCode(`${code}0`)).toBeNull();
    expect(normalizeCertificateCode(code.slice(0, -2))).toBeNull();
    expect(normalizeCertificateCode('U000-0000-0000-000')).toBeNull();
    expect(normalizeCertificateCode('0000-0000-0000-00_')).toBeNull();
    for (const symbol of '*~$=U') {
      expect(normalizeCertificateCode(code.slice(0, -1) + symbol)).toBeNull();
    }
    expect(isWellFormedCertificateCode('not a code')).toBe(false);
    expect(certificateCodeFormat('not a code')).toBeNull();
  });
});

describe('old codes (13 symbols and the mod-37 check)', () => {
  // Each of the 37 check symbols, then bigger values.
  const old = [
    ...Array.from({ length: 37 }, (_, value) => mod37Code(BigInt(value))),
    ...Array.from({ length: 20 }, (_, i) =>
      mod37Code((0x1_9e37_79b9_7f4a_7c15n * BigInt(i + 1)) & ((1n << 65n) - 1n)),
    ),
  ];

  it('still verify, in their canonical form, * ~ $ = U check symbols included', () => {
    expect(old.slice(32, 37).map((code) => code.slice(-1))).toEqual([...'*~$=U']);
    for (const code of [...old, '0000-0000-0016-JD', '7K3M-Q9TX-20AB-HM']) {
      expect(normalizeCertificateCode(code)).toBe(code);
      expect(certificateCodeFormat(code.toLowerCase())).toBe('MOD37');
    }
  });

  it('still catch every single-symbol substitution and every swap of neighbours', () => {
    const missed: string[] = [];
    for (const code of old.slice(37)) {
      const symbols = compact(code);
      for (let i = 0; i < symbols.length; i += 1) {
        for (const other of MOD37_CHECK_SYMBOLS) {
          if (other === symbols[i]) continue;
          const typo = symbols.slice(0, i) + other + symbols.slice(i + 1);
          if (normalizeCertificateCode(typo) !== null) missed.push(typo);
        }
        if (i + 1 < symbols.length && symbols[i] !== symbols[i + 1]) {
          const swapped = symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2);
          if (normalizeCertificateCode(swapped) !== null) missed.push(swapped);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('refuses a data symbol outside the alphabet', () => {
    expect(normalizeCertificateCode('U000-0000-0000-00')).toBeNull();
    expect(normalizeCertificateCode('0000-0000-0000-0_')).toBeNull();
  });
});
