/**
 * One sliding-window decision, atomic in Redis (a script runs alone on the server).
 *
 * KEYS[1]: the accepted requests still in the window, a sorted set scored by their time in
 *          milliseconds, each member `<cost>:<unique id>`;
 * KEYS[2]: the sum of their costs, kept beside it so a decision does not add up the whole set.
 * ARGV:    now (ms), window (ms), limit, cost, unique id.
 * Returns  { accepted (1/0), units left, ms until part of the window frees up }.
 *
 * Entries a whole window or more ahead of now were recorded before the clock was set back
 * (an NTP step, a test moving time) and are dropped like expired ones. Both keys expire with
 * the newest request in them, so an idle key leaves nothing behind.
 * Requires Redis 6.0 or newer (SET … KEEPTTL).
 */
export const SLIDING_WINDOW_LUA = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local cost = tonumber(ARGV[4])
local horizon = now - window

local used = tonumber(redis.call('GET', KEYS[2]) or '0')
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', horizon)
local ahead = redis.call('ZRANGEBYSCORE', KEYS[1], now + window, '+inf')
for _, member in ipairs(expired) do
  used = used - tonumber(string.match(member, '^(%d+):'))
end
for _, member in ipairs(ahead) do
  used = used - tonumber(string.match(member, '^(%d+):'))
end
if #expired > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', horizon)
end
if #ahead > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], now + window, '+inf')
end
if redis.call('ZCARD', KEYS[1]) == 0 then
  used = 0
end

if used + cost > limit then
  local retry = window
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  if oldest[2] then
    retry = tonumber(oldest[2]) + window - now
  end
  if used == 0 then
    redis.call('DEL', KEYS[1], KEYS[2])
  elseif #expired + #ahead > 0 then
    redis.call('SET', KEYS[2], used, 'KEEPTTL')
  end
  return { 0, 0, retry }
end

redis.call('ZADD', KEYS[1], now, cost .. ':' .. ARGV[5])
used = used + cost
redis.call('SET', KEYS[2], used, 'PX', window)
redis.call('PEXPIRE', KEYS[1], window)
return { 1, limit - used, 0 }
`;
