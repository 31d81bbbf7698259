import { connect } from 'node:net';
import { BenchError, messageOf } from './errors.js';

/** @typedef {string | number | null | Error | unknown[]} RedisReply Arrays hold replies. */

/**
 * Just enough of the Redis protocol (RESP2) for the bench to check that Redis answers and to
 * count and delete one run's keys. The API's client (ioredis) is installed for apps/api only,
 * where bench/ cannot import it, and the bench adds no dependency of its own.
 */
class RedisConnection {
  /** @type {Buffer} */
  #unread = Buffer.alloc(0);
  /** @type {{ resolve: (reply: RedisReply) => void, reject: (error: Error) => void }[]} */
  #waiting = [];

  /** @param {import('node:net').Socket} socket */
  constructor(socket) {
    this.socket = socket;
    socket.on('data', (chunk) => this.#read(chunk));
    socket.on('error', (error) => this.#failAll(error));
    socket.on('close', () => this.#failAll(new Error('connection closed')));
  }

  /**
   * @param {string[]} args
   * @returns {Promise<RedisReply>}
   */
  command(...args) {
    const parts = args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.socket.write(`*${args.length}\r\n${parts.join('')}`);
    });
  }

  close() {
    this.socket.end();
  }

  /** @param {Buffer} chunk */
  #read(chunk) {
    this.#unread = Buffer.concat([this.#unread, chunk]);
    for (;;) {
      const parsed = parseReply(this.#unread, 0);
      if (!parsed) return;
      this.#unread = this.#unread.subarray(parsed.next);
      this.#waiting.shift()?.resolve(parsed.value);
    }
  }

  /** @param {Error} error */
  #failAll(error) {
    for (const waiter of this.#waiting.splice(0)) waiter.reject(error);
  }
}

/**
 * One reply starting at `offset`, or null if the buffer does not hold all of it yet.
 *
 * @param {Buffer} buffer
 * @param {number} offset
 * @returns {{ value: RedisReply, next: number } | null}
 */
function parseReply(buffer, offset) {
  const end = buffer.indexOf('\r\n', offset);
  if (end < 0) return null;
  const line = buffer.toString('utf8', offset + 1, end);
  const next = end + 2;
  switch (String.fromCharCode(buffer[offset] ?? 0)) {
    case '+':
      return { value: line, next };
    case '-':
      return { value: new Error(line), next };
    case ':':
      return { value: Number(line), next };
    case '$': {
      const length = Number(line);
      if (length < 0) return { value: null, next };
      if (buffer.length < next + length + 2) return null;
      return { value: buffer.toString('utf8', next, next + length), next: next + length + 2 };
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return { value: null, next };
      /** @type {RedisReply[]} */
      const items = [];
      let position = next;
      for (let i = 0; i < count; i += 1) {
        const item = parseReply(buffer, position);
        if (!item) return null;
        items.push(item.value);
        position = item.next;
      }
      return { value: items, next: position };
    }
    default:
      throw new Error(`unexpected reply from Redis: ${JSON.stringify(line)}`);
  }
}

/**
 * Connects to `url` (`redis://[:password@]host[:port][/db]`), runs `work`, and closes.
 *
 * @template T
 * @param {string} url
 * @param {(redis: (...args: string[]) => Promise<RedisReply>) => Promise<T>} work
 * @returns {Promise<T>}
 */
export async function withRedis(url, work) {
  const parsed = new URL(url);
  const socket = connect({ host: parsed.hostname, port: Number(parsed.port || 6379) });
  try {
    await new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(undefined));
      socket.once('error', reject);
      socket.setTimeout(5_000, () => reject(new Error('no answer within 5 s')));
    });
  } catch (error) {
    socket.destroy();
    throw new BenchError(
      `Cannot connect to Redis at ${parsed.host} (${messageOf(error)}). Start it, or point ` +
        'BENCH_REDIS_URL at one (the two-processes scenario needs it).',
    );
  }
  socket.setTimeout(0);
  const connection = new RedisConnection(socket);
  /** @param {string[]} args */
  const redis = async (...args) => {
    const reply = await connection.command(...args);
    if (reply instanceof Error) throw new BenchError(`Redis ${args[0]}: ${reply.message}`);
    return reply;
  };
  try {
    if (parsed.password) await redis('AUTH', decodeURIComponent(parsed.password));
    const db = parsed.pathname.slice(1);
    if (db) await redis('SELECT', db);
    return await work(redis);
  } finally {
    connection.close();
  }
}

/**
 * Every key under `prefix` (the API's REDIS_KEY_PREFIX for one run), with SCAN so that a
 * busy shared Redis is never blocked by KEYS.
 *
 * @param {(...args: string[]) => Promise<RedisReply>} redis
 * @param {string} prefix
 */
async function keysUnder(redis, prefix) {
  const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
  /** @type {string[]} */
  const keys = [];
  let cursor = '0';
  do {
    const reply = /** @type {[string, string[]]} */ (
      await redis('SCAN', cursor, 'MATCH', pattern, 'COUNT', '1000')
    );
    cursor = reply[0];
    keys.push(...reply[1]);
  } while (cursor !== '0');
  return keys;
}

/** @param {string} url */
export const pingRedis = (url) => withRedis(url, (redis) => redis('PING'));

/**
 * Deletes every key under `prefix` and returns how many there were.
 *
 * @param {string} url
 * @param {string} prefix
 */
export function deleteRedisKeys(url, prefix) {
  return withRedis(url, async (redis) => {
    const keys = await keysUnder(redis, prefix);
    for (let i = 0; i < keys.length; i += 500) await redis('DEL', ...keys.slice(i, i + 500));
    return keys.length;
  });
}

/**
 * How many keys are under `prefix` now.
 *
 * @param {string} url
 * @param {string} prefix
 */
export const countRedisKeys = (url, prefix) =>
  withRedis(url, async (redis) => (await keysUnder(redis, prefix)).length);
