import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clock, OffsetClock, serverClock } from './clock.js';

describe('OffsetClock', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fascicle-clock-'));
    file = join(dir, 'offset');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** How far ahead of the system clock it runs, in ms (the system moves a little meanwhile). */
  function ahead(clock: Clock): number {
    const before = Date.now();
    const now = clock.now().getTime();
    return now - before;
  }

  it('runs on the system clock until the file exists', () => {
    expect(Math.abs(ahead(new OffsetClock(file)))).toBeLessThan(1000);
  });

  it('runs ahead by the sum of the advances appended, read as soon as the file changes', () => {
    const clock = new OffsetClock(file);
    appendFileSync(file, '60000\n');
    expect(ahead(clock)).toBeGreaterThanOrEqual(60_000);
    expect(ahead(clock)).toBeLessThan(61_000);
    // Two appends in the same instant both count: the file's size tells them apart.
    appendFileSync(file, '15000\n');
    appendFileSync(file, '15000\n');
    expect(ahead(clock)).toBeGreaterThanOrEqual(90_000);
    expect(ahead(clock)).toBeLessThan(91_000);
  });

  it('refuses a line that is not a whole number of milliseconds', () => {
    writeFileSync(file, '60000\nsoon\n');
    expect(() => new OffsetClock(file).now()).toThrow(/whole number of milliseconds/);
  });
});

describe('serverClock', () => {
  it('is the system clock unless an offset file is configured', () => {
    expect(serverClock({ clockOffsetFile: null })).not.toBeInstanceOf(OffsetClock);
    expect(serverClock({ clockOffsetFile: '/tmp/offset' })).toBeInstanceOf(OffsetClock);
  });
});
