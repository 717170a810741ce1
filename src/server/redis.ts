import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

/**
 * A connection to the Redis that several server instances share (REDIS_URL), for what they must agree on: the
 * cached answers, the requests a client has made. It never makes a request wait for a Redis that is down: a
 * command fails at once while disconnected, or after a second; the caller then does without (a cache miss,
 * a count of this instance alone). The outage is logged once, with what it costs, and so is the recovery;
 * ioredis reconnects by itself.
 */
export function sharedRedis(url: string, logger: Logger, options: { keyPrefix?: string; whileDown: string }): Redis {
  const redis = new Redis(url, {
    keyPrefix: options.keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  const where = new URL(url).host; // never its password
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error, redis: where }, `Redis is unavailable: ${options.whileDown} until it is back`);
  });
  redis.on('ready', () => {
    if (down) logger.info({ redis: where }, 'Redis is back');
    down = false;
  });
  return redis;
}
