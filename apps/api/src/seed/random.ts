import { createHash } from 'node:crypto';

/**
 * A seeded pseudo-random generator (mulberry32): the demo data comes out the same on every
 * machine, so screenshots and the closing notes' figures can be reproduced.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: string) {
    this.state = hashUnit(seed) * 4294967296;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

/** A number in [0, 1) fixed by the text: a question's difficulty from its id. */
export function hashUnit(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32LE(0) / 4294967296;
}
