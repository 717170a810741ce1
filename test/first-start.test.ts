import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEARTBEAT_MS, step } from '../src/logger.js';
import { createApp } from '../src/server/yoga.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * A first start a person can follow: every long step (resolving jars, starting Neo4j, migrating,
 * seeding, warming plans) says what it does and keeps saying so; logs read as lines in a terminal and
 * as JSON in a pipe; and /ready waits for the warm-up.
 */
function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('a long step of the start', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says what it begins, that it is still at it at least every 10 s with what it has done, and when it is done', async () => {
    const { logger, lines } = capturingLogger();
    const progress = { downloadedFiles: 0 };
    let finish!: () => void;
    const running = step(logger, 'resolving Neo4j Community from Maven Central', () => new Promise<void>((resolve) => (finish = resolve)), () => progress);
    expect(lines.map((l) => l.msg)).toEqual(['resolving Neo4j Community from Maven Central...']);
    for (let second = 1; second <= 60; second++) {
      progress.downloadedFiles = second * 3;
      await vi.advanceTimersByTimeAsync(1_000);
    }
    finish();
    await running;
    const heartbeats = lines.filter((l) => String(l.msg).includes('still at it'));
    expect(heartbeats.length).toBe(60_000 / HEARTBEAT_MS);
    expect(HEARTBEAT_MS).toBeLessThanOrEqual(10_000);
    // Each heartbeat carries the progress of that moment: the downloads grow line by line.
    const downloads = heartbeats.map((l) => l.downloadedFiles as number);
    expect(downloads).toEqual([...downloads].sort((a, b) => a - b));
    expect(downloads[0]).toBeGreaterThan(0);
    expect(String(lines.at(-1)!.msg)).toMatch(/^resolving Neo4j Community from Maven Central: done in \d+\.\d s$/);
  });

  it('stops its heartbeat when the step fails, and the failure reaches the caller', async () => {
    const { logger, lines } = capturingLogger();
    await expect(step(logger, 'starting Neo4j', async () => Promise.reject(new Error('java not found')))).rejects.toThrow('java not found');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(lines.map((l) => l.msg)).toEqual(['starting Neo4j...']);
  });
});

/** Runs a line of logging in a child process, through a terminal (script(1)) or a pipe. */
function logThrough(how: 'terminal' | 'pipe', format?: string): string {
  const code = "const { createLogger } = await import('./src/logger.ts'); createLogger('info', 'x', process.env.LOG_FORMAT ?? 'auto').info({ statements: 32 }, 'schema migrations applied');";
  const command = `${JSON.stringify(process.execPath)} --import tsx --input-type=module -e ${JSON.stringify(code)}`;
  const env = { ...process.env, ...(format ? { LOG_FORMAT: format } : {}), NO_COLOR: '1' };
  const result =
    how === 'terminal'
      ? spawnSync('script', ['-qec', command, '/dev/null'], { env, encoding: 'utf8' })
      : spawnSync('/bin/sh', ['-c', command], { env, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.replace(/\r/g, '').replace(/\x1b\[[0-9;]*m/g, '').trim();
}

describe.skipIf(spawnSync('script', ['--version']).status !== 0)('the log', () => {
  it('reads as one line a message in a terminal', () => {
    const line = logThrough('terminal');
    expect(line).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: schema migrations applied/);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('"statements":32');
    expect(() => JSON.parse(line)).toThrow();
  });

  it('is JSON lines when piped to a collector, or when LOG_FORMAT=json in a terminal', () => {
    for (const line of [logThrough('pipe'), logThrough('terminal', 'json')]) {
      expect(JSON.parse(line)).toMatchObject({ level: 30, msg: 'schema migrations applied', statements: 32 });
    }
  });
});

describe('/ready', () => {
  const db = testDatabase();
  afterAll(() => db.close());

  it('answers 503 while the query plans are still being warmed, although Neo4j answers, and 200 after', async () => {
    let warm = false;
    const app = createApp({ db, logger: quietLogger, warmedUp: () => warm });
    expect((await app.fetch('http://test/ready')).status).toBe(503);
    expect((await app.fetch('http://test/health')).status).toBe(200);
    expect(await db.ping()).toBe(true);
    warm = true;
    expect((await app.fetch('http://test/ready')).status).toBe(200);
  });
});

describe('/health', () => {
  const db = testDatabase();
  afterAll(() => db.close());

  it("says how much memory the process holds, as Node counts it: resident, V8's heap, and outside it", async () => {
    const health = (await (await createApp({ db, logger: quietLogger }).fetch('http://test/health')).json()) as { memory: { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number } };
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = health.memory;
    expect(Object.keys(health.memory).sort()).toEqual(['arrayBuffers', 'external', 'heapTotal', 'heapUsed', 'rss']);
    // This process's own figures (the test runs in it): in MB, consistent with each other. (Not heapTotal < rss:
    // V8 reserves heap pages that are not resident yet, and once reported 318.8 MB of heap in 318.6 MB resident.)
    const now = process.memoryUsage();
    expect(heapUsed).toBeGreaterThan(0);
    expect(heapUsed).toBeLessThanOrEqual(heapTotal);
    expect(arrayBuffers).toBeLessThanOrEqual(external);
    expect(heapTotal).toBeLessThan((now.heapTotal / 1048576) * 2);
    expect(rss).toBeLessThan((now.rss / 1048576) * 2);
  });
});
