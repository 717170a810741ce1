import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_KEY_PREFIX } from '../src/http/hardening.js';
import { createApp, type App } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';
import { redisServerInstalled, startRedis, type TestRedis } from './support/redis.js';

/**
 * Several server instances behind a load balancer: a client's requests per minute (RATE_LIMIT_PER_MINUTE)
 * are counted in the Redis they share (REDIS_URL), so the limit is the client's, not once per instance. Two
 * instances of the app on the run's Neo4j and a real redis-server; both see the same client (a request without
 * a socket is the client "local").
 */
const LIMIT = 6;
const db = testDatabase();
let redis: TestRedis;
let instances: App[] = [];

const MODEL = '{ model(id: "deepseek-r1") { name } }';
const asked = (instance: App) => ask(instance, MODEL);

/**
 * Until both instances count in Redis (each connects on its own, and reconnects within 2 s after an outage;
 * meanwhile it counts alone), then with Redis's counts emptied: the limit starts afresh for the client.
 */
async function countingInRedis(): Promise<void> {
  const counts = new Redis(redis.url);
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      await Promise.all(instances.map(asked));
      await counts.flushall();
      // A request of each, then one count in Redis for the client holding both.
      await Promise.all(instances.map(asked));
      const [key] = await counts.keys(`${RATE_KEY_PREFIX}*`);
      if (key && Number(await counts.get(key)) === instances.length) break;
      if (Date.now() > deadline) throw new Error('the instances did not count in Redis within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await counts.flushall();
  } finally {
    counts.disconnect();
  }
}

describe.skipIf(!redisServerInstalled)('a client’s rate limit, shared by the instances that share one Redis', () => {
  beforeAll(async () => {
    redis = await startRedis();
    const config = { RATE_LIMIT_PER_MINUTE: LIMIT, REDIS_URL: redis.url, RESPONSE_CACHE_SIZE: 0 };
    instances = [createApp({ db, logger: quietLogger, config }), createApp({ db, logger: quietLogger, config })];
  });

  afterAll(async () => {
    for (const instance of instances) await instance.dispose();
    await redis?.stop();
    await db.close();
  });

  it('counts the requests a client sends to either instance against one limit', async () => {
    const [a, b] = instances as [App, App];
    await countingInRedis();
    // Half the limit through each: every one answered.
    for (let i = 0; i < LIMIT / 2; i++) {
      const answer = await asked(a);
      expect(answer).toMatchObject({ status: 200, data: { model: { name: 'DeepSeek-R1' } } });
      expect(answer.errors).toBeUndefined();
      expect((await asked(b)).status).toBe(200);
    }
    // The next, through either, is over the client's limit: each instance alone would have allowed 3 more.
    for (const instance of [a, b]) {
      const refused = await asked(instance);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' }, message: expect.stringContaining(`at most ${LIMIT} a minute`) });
    }
  });

  it('answers while Redis is down, each instance counting on its own, and shares the count again once Redis is back', async () => {
    const [a, b] = instances as [App, App];
    await redis.kill();
    // Redis held this client's count (over the limit); without it, the instance counts on its own and answers.
    const whileDown = await asked(a);
    expect(whileDown).toMatchObject({ status: 200, data: { model: { name: 'DeepSeek-R1' } } });
    expect(whileDown.errors).toBeUndefined();
    await redis.start(); // on the same port, empty
    await countingInRedis();
    // One limit again for both: the first refusal comes after LIMIT answers, the two alternating. Counted per
    // instance, it would come at another count: each instance's own, from what it counted while Redis was away.
    let answered = 0;
    for (let i = 0; i < LIMIT * 3; i++) {
      if ((await asked(i % 2 === 0 ? a : b)).status === 429) break;
      answered++;
    }
    expect(answered).toBe(LIMIT);
  });
});
