import { createHash } from 'node:crypto';

/**
 * Random choices fixed by what they are about, not by how many came before: the same key
 * gives the same number on every machine and every run. The demo data therefore comes out
 * the same on every fresh start, and a seed resumed after a crash makes, for the step it
 * redoes, exactly the choices the interrupted run made.
 */
export class KeyedRandom {
  constructor(private readonly key: string) {}

  /** A number in [0, 1) for this key and these parts. */
  unit(...parts: (string | number)[]): number {
    return hashUnit([this.key, ...parts].join('\u241f'));
  }

  between(min: number, max: number, ...parts: (string | number)[]): number {
    return min + (max - min) * this.unit(...parts);
  }

  pick<T>(items: readonly T[], ...parts: (string | number)[]): T {
    return items[Math.floor(this.unit(...parts) * items.length)];
  }

  /** The items in an order fixed by the key and the parts. */
  shuffle<T>(items: readonly T[], ...parts: (string | number)[]): T[] {
    return items
      .map((item, index) => ({ item, rank: this.unit(...parts, index) }))
      .sort((a, b) => a.rank - b.rank)
      .map(({ item }) => item);
  }

  child(...parts: (string | number)[]): KeyedRandom {
    return new KeyedRandom([this.key, ...parts].join('\u241f'));
  }
}

/** A number in [0, 1) fixed by the text. */
export function hashUnit(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32LE(0) / 4294967296;
}
