import { ManualClock } from '../config/clock.js';
import { MemoryRateLimiter } from './memory-rate-limiter.js';

describe('MemoryRateLimiter', () => {
  const bucket = { name: 'test', limit: 3, windowMs: 60_000 };
  let clock: ManualClock;
  let limiter: MemoryRateLimiter;
  beforeEach(() => {
    clock = new ManualClock(new Date('2030-01-01T00:00:00Z'));
    limiter = new MemoryRateLimiter(clock);
  });

  const allowed = async (key = 'a', cost = 1) => (await limiter.consume(bucket, key, cost)).allowed;

  it('frees each request exactly one window after it was accepted', async () => {
    expect([await allowed(), await allowed()]).toEqual([true, true]);
    clock.advance(40_000);
    expect(await allowed()).toBe(true);
    clock.advance(19_999);
    expect(await allowed()).toBe(false);
    clock.advance(1);
    expect([await allowed(), await allowed(), await allowed()]).toEqual([true, true, false]);
  });

  it('does not count refused requests, and says when the oldest one leaves', async () => {
    await allowed();
    clock.advance(10_000);
    await allowed('a', 2);
    const refused = await limiter.consume(bucket, 'a');
    expect(refused).toEqual({ allowed: false, remaining: 0, retryAfterMs: 50_000 });
    clock.advance(50_000);
    expect(await limiter.consume(bucket, 'a')).toEqual({
      allowed: true,
      remaining: 0,
      retryAfterMs: 0,
    });
  });

  it('keeps keys and buckets apart', async () => {
    expect(await allowed('a', 3)).toBe(true);
    expect(await allowed('b', 3)).toBe(true);
    expect((await limiter.consume({ ...bucket, name: 'other' }, 'a', 3)).allowed).toBe(true);
    expect(await allowed('a')).toBe(false);
  });

  it('forgets requests recorded before the clock was set back by a window or more', async () => {
    const origin = clock.now();
    clock.advance(365 * 24 * 3600_000);
    expect(await allowed('a', 2)).toBe(true);
    clock.set(new Date(origin.getTime() + 59_000));
    expect(await allowed('a', 1)).toBe(true);
    clock.set(origin);
    // The request a year ahead no longer counts; the one 59 s ahead still does.
    expect(await allowed('a', 2)).toBe(true);
    expect(await allowed('a', 1)).toBe(false);
  });

  it('refuses a cost above the whole limit', async () => {
    expect(await limiter.consume(bucket, 'a', 4)).toEqual({
      allowed: false,
      remaining: 0,
      retryAfterMs: 60_000,
    });
  });
});
