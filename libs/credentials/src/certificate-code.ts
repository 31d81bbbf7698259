/** Crockford's base32: no I, L, O or U, so a code read aloud or retyped is hard to garble. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Crockford's check symbols: the alphabet plus five more, because 37 is prime. */
const MOD37_CHECK_SYMBOLS = `${ALPHABET}*~$=U`;
const MOD37_DATA_SYMBOLS = 13;
const DAMM32_DATA_SYMBOLS = 14;
/** 14 symbols of 5 bits; unguessable enough that the code alone can open a public page. */
const DATA_BITS = 70n;
const RANDOM_BYTES = 9;

/**
 * Told apart by length. `DAMM32`, the only one issued: 14 data symbols and a check symbol from
 * the same 32, `XXXX-XXXX-XXXX-XXX`. `MOD37`, issued before: 13 data symbols and Crockford's
 * mod-37 check symbol, `XXXX-XXXX-XXXX-XX`, which is one of `* ~ $ = U` for 5 codes in 37
 * (URLs must encode `$` and `=`, and nobody knows how to read `~` aloud); it still verifies.
 */
export type CertificateCodeFormat = 'DAMM32' | 'MOD37';

/** Fills `size` bytes from a CSPRNG; tests pass their own to make codes repeatable. */
export type RandomBytes = (size: number) => Uint8Array;

/** x^5 + x^2 + 1: irreducible over GF(2), so 5-bit values with it form the field GF(32). */
const GF32_MODULUS = 0b100101;

/**
 * One step of the DAMM32 check: `interim ∘ digit = 2·interim + digit` in GF(32), digits being
 * the symbols' places in the alphabet. A code passes when the steps over all 15 symbols, from 0,
 * end at 0; its check symbol is the one digit that gets there, 2·interim (+ is xor).
 *
 * Why it catches every single-symbol substitution and every swap of two different neighbours,
 * the check symbol included (it is just the last symbol of the chain):
 * 1. each row `d ↦ c∘d` is a bijection (adding c is), so a changed symbol changes the interim;
 * 2. each column `c ↦ c∘d` is a bijection (2 ≠ 0 has an inverse), so every later step keeps
 *    two different interims different, and the wrong code does not end at 0;
 * 3. `(c∘x)∘y = (c∘y)∘x` means 4c + 2x + y = 4c + 2y + x, so (2+1)(x+y) = 0, and in a field
 *    (no zero divisors; 3 ≠ 0) x = y: a swap of different neighbours changes the interim.
 * Property 3 is "totally anti-symmetric"; with 1 and 2 (a quasigroup) it is what H. Michael
 * Damm's check digit scheme rests on, as the Wikipedia article "Damm algorithm" states, citing
 * Damm, "Totally anti-symmetric quasigroups for all orders n ≠ 2, 6", Discrete Mathematics
 * 307(6), 2007, 715-729. Damm's own list of such quasigroups (md-software.de/math/
 * DAMM_Quasigruppen.txt, copied at gist.github.com/jun06t/e0f11411a0aa8e3035d6ed4057d1aa69)
 * builds orders 4 and 8 the same way, x*y := 2x + y in GF(2^2) and GF(2^3); we do it in GF(2^5),
 * without relabelling for a zero diagonal. No weighted sum mod 32 would do: catching every
 * substitution needs odd weights, catching every swap needs neighbouring weights to differ by an
 * odd number, and two odd numbers differ by an even one. Hence Crockford's 37, and here a field.
 * certificate-code.spec.ts checks 1, 2 and 3 over all 32 × 32 × 32 cases, and the whole code
 * against every substitution and every neighbour swap at every place.
 */
export function dammStep(interim: number, digit: number): number {
  const doubled = interim << 1;
  return (doubled & 0b100000 ? doubled ^ GF32_MODULUS : doubled) ^ digit;
}

function dammCheckDigit(digits: readonly number[]): number {
  return dammStep(digits.reduce(dammStep, 0), 0);
}

/** Groups of four from the left: `XXXX-XXXX-XXXX-XXX` (new) or `XXXX-XXXX-XXXX-XX` (old). */
function hyphenate(symbols: string): string {
  return symbols.match(/.{1,4}/g)!.join('-');
}

/**
 * A new certificate code such as `7K3M-Q9TX-20AB-HMM`: 70 random bits as 14 Crockford symbols
 * plus a check symbol from the same alphabet (see {@link dammStep}). The check catches every
 * single mistyped symbol and every swap of two neighbours, so a typo says "not a code" instead
 * of "not found"; and the code never needs encoding in a URL.
 */
export function generateCertificateCode(
  random: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  const bytes = random(RANDOM_BYTES);
  if (bytes.length < RANDOM_BYTES) throw new RangeError(`need ${RANDOM_BYTES} random bytes`);
  let value = 0n;
  for (const byte of bytes.subarray(0, RANDOM_BYTES)) value = (value << 8n) | BigInt(byte);
  value >>= BigInt(RANDOM_BYTES * 8) - DATA_BITS;
  const digits = Array.from({ length: DAMM32_DATA_SYMBOLS }, (_, i) =>
    Number((value >> BigInt((DAMM32_DATA_SYMBOLS - 1 - i) * 5)) & 31n),
  );
  digits.push(dammCheckDigit(digits));
  return hyphenate(digits.map((digit) => ALPHABET[digit]).join(''));
}

function passesDamm32(symbols: string): boolean {
  let interim = 0;
  for (const symbol of symbols) {
    const digit = ALPHABET.indexOf(symbol);
    if (digit < 0) return false;
    interim = dammStep(interim, digit);
  }
  return interim === 0;
}

function passesMod37(symbols: string): boolean {
  let value = 0n;
  for (const symbol of symbols.slice(0, MOD37_DATA_SYMBOLS)) {
    const digit = ALPHABET.indexOf(symbol);
    if (digit < 0) return false;
    value = (value << 5n) | BigInt(digit);
  }
  return MOD37_CHECK_SYMBOLS[Number(value % 37n)] === symbols.slice(MOD37_DATA_SYMBOLS);
}

function parse(input: string): { code: string; format: CertificateCodeFormat } | null {
  const symbols = input
    .trim()
    .toUpperCase()
    .replace(/[-\s]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (symbols.length === DAMM32_DATA_SYMBOLS + 1 && passesDamm32(symbols)) {
    return { code: hyphenate(symbols), format: 'DAMM32' };
  }
  if (symbols.length === MOD37_DATA_SYMBOLS + 1 && passesMod37(symbols)) {
    return { code: hyphenate(symbols), format: 'MOD37' };
  }
  return null;
}

/**
 * The canonical form of a typed-in code of either format, or null when it is not one.
 * Forgiving where Crockford says to be: any case, hyphens and spaces anywhere, I and L read as
 * 1, O as 0.
 */
export function normalizeCertificateCode(input: string): string | null {
  return parse(input)?.code ?? null;
}

/** Which format a typed-in code is in, or null when it is not a code. */
export function certificateCodeFormat(input: string): CertificateCodeFormat | null {
  return parse(input)?.format ?? null;
}

export function isWellFormedCertificateCode(input: string): boolean {
  return parse(input) !== null;
}
