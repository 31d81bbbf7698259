/** Crockford's base32: no I, L, O or U, so a code read aloud or retyped is hard to garble. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Crockford's check symbols: the alphabet plus five more, because 37 is prime. */
const CHECK_SYMBOLS = `${ALPHABET}*~$=U`;
const DATA_SYMBOLS = 13;
/** 13 symbols of 5 bits; unguessable enough that the code alone can open a public page. */
const DATA_BITS = 65n;
const RANDOM_BYTES = 9;

/** Fills `size` bytes from a CSPRNG; tests pass their own to make codes repeatable. */
export type RandomBytes = (size: number) => Uint8Array;

function checkSymbol(value: bigint): string {
  return CHECK_SYMBOLS[Number(value % 37n)]!;
}

function format(data: string, check: string): string {
  return `${data.slice(0, 4)}-${data.slice(4, 8)}-${data.slice(8, 12)}-${data.slice(12)}${check}`;
}

/**
 * A new certificate code such as `7K3M-Q9TX-20AB-HM`: 65 random bits as 13 Crockford symbols
 * plus Crockford's mod-37 check symbol. The check catches every single mistyped symbol and
 * every swap of two neighbours, so a typo says "not a code" instead of "not found".
 */
export function generateCertificateCode(
  random: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  const bytes = random(RANDOM_BYTES);
  if (bytes.length < RANDOM_BYTES) throw new RangeError(`need ${RANDOM_BYTES} random bytes`);
  let value = 0n;
  for (const byte of bytes.subarray(0, RANDOM_BYTES)) value = (value << 8n) | BigInt(byte);
  value >>= BigInt(RANDOM_BYTES * 8) - DATA_BITS;
  let data = '';
  for (let i = DATA_SYMBOLS - 1; i >= 0; i -= 1) {
    data += ALPHABET[Number((value >> BigInt(i * 5)) & 31n)];
  }
  return format(data, checkSymbol(value));
}

/**
 * The canonical form of a typed-in code, or null when it is not one. Forgiving where Crockford
 * says to be: any case, hyphens and spaces anywhere, I and L read as 1, O as 0.
 */
export function normalizeCertificateCode(input: string): string | null {
  const symbols = input
    .trim()
    .toUpperCase()
    .replace(/[-\s]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (symbols.length !== DATA_SYMBOLS + 1) return null;
  const data = symbols.slice(0, DATA_SYMBOLS);
  const check = symbols.slice(DATA_SYMBOLS);
  let value = 0n;
  for (const symbol of data) {
    const digit = ALPHABET.indexOf(symbol);
    if (digit < 0) return null;
    value = (value << 5n) | BigInt(digit);
  }
  return checkSymbol(value) === check ? format(data, check) : null;
}

export function isWellFormedCertificateCode(input: string): boolean {
  return normalizeCertificateCode(input) !== null;
}
