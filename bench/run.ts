import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { connect } from '../src/neo4j/connect.js';
import { freePort } from '../src/neo4j/local-launcher.js';
import { loadSeed, prepareSeed, writePlan } from '../src/seed/loader.js';
import { questionsAt, type Question } from './mix.js';
import { writeProfiles } from './profiles.js';
import { errorCodeOf, mixRequests, newMixTally, waitUntilAnswering } from './servers.js';
import { shapeFlood, SHAPE_COUNT, type ShapeFlood } from './shape-flood.js';
import { BENCH_SEED, syntheticCopies } from './synthetic.js';

/**
 * `npm run bench` (never part of `npm test`): this server against @neo4j/graphql and against the raw
 * Cypher floor, on the same Neo4j and data, at 1x, 100x and 1000x the real seed, with the same
 * concurrency, warm-up and duration for every contender. `-- --quick` runs 1x and 10x briefly.
 * Writes bench/results/latest.{json,md} (quick: bench/results/tmp/quick.{json,md}).
 */
const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, scales: { type: 'string' }, only: { type: 'string' }, overload: { type: 'boolean', default: false } },
});
// `--scales 1,1000 --only leaderboard`: some scales and questions (a regular expression on their names), as long
// as the full run's per question, without the flood and the 60 s run; written to bench/results/tmp/partial.*.
const PARTIAL = values.scales !== undefined || values.only !== undefined;
const QUICK = values.quick;
const SCALES = values.scales ? values.scales.split(',').map((scale) => Number(scale)) : QUICK ? [1, 10] : [1, 100, 1000];
if (SCALES.some((scale) => !Number.isInteger(scale) || scale < 1) || SCALES[0] !== 1) {
  throw new Error(`--scales must be whole numbers from 1, the first 1 (the ratios are taken there), got "${values.scales}".`);
}
const ONLY = new RegExp(values.only ?? '', 'i');
const WARMUP_S = QUICK ? 1 : 3;
const DURATION_S = QUICK ? 2 : 10;
const FLOOD_S = QUICK ? 20 : 60;
const FLOOD_CACHE_SIZE = 32;
const CONNECTIONS = 16;
const SEED = BENCH_SEED;
const LOCAL_DIR = '.neo4j-local/bench';

const log = (line: string) => process.stdout.write(`${line}\n`);
const logger = createLogger('warn', 'bench');

interface Measure {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  failures: number;
  /** What the failed answers said ("200 DATABASE_BUSY", "503 OVERLOADED"...), counted. */
  failureCodes?: Record<string, number>;
  roundTrips?: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
/** Bytes as megabytes for the report; older runs' JSON has no memory figure. */
const mb = (bytes: number | undefined) => (bytes === undefined ? '' : round(bytes / 1e6, 1));

function summarize(latencies: number[], seconds: number, failures: number): Measure {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requestsPerSecond: round(latencies.length / seconds),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    requests: latencies.length,
    failures,
  };
}

/** autocannon, typed as it behaves: an instance that emits events and can be awaited. */
const cannon = autocannon as unknown as (options: autocannon.Options) => autocannon.Instance & PromiseLike<autocannon.Result>;

/** Asks one GraphQL question over HTTP with CONNECTIONS connections for `seconds`. */
async function hammer(url: string, query: string, seconds: number): Promise<Measure> {
  const latencies: number[] = [];
  let failures = 0;
  const failureCodes: Record<string, number> = {};
  const instance = cannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) {
            failures++;
            const code = `${status} ${errorCodeOf(body) ?? 'error'}`;
            failureCodes[code] = (failureCodes[code] ?? 0) + 1;
          }
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  await instance;
  return { ...summarize(latencies, seconds, failures), ...(failures > 0 ? { failureCodes } : {}) };
}

/**
 * Four times the load the server served on the mix, against the cold server (admission at its defaults:
 * src/server/admission.ts, 16 running and 64 waiting), from twice as many connections as it holds, so that
 * the offered rate, not the connections, decides how many wait (from 64 connections the queue never filled and
 * autocannon reached 624 of the 1462 req/s offered): every answer should be a 200, or a 503 OVERLOADED decided
 * at once, with p99 under a second.
 */
const ADMISSION = loadConfig({});
const OVERLOAD_CONNECTIONS = 2 * (ADMISSION.MAX_CONCURRENT_OPERATIONS + ADMISSION.MAX_QUEUED_OPERATIONS);
async function overload(url: string, questions: Question[], servedPerSecond: number, seconds: number) {
  const latencies: number[] = [];
  const codes: Record<string, number> = {};
  const instance = cannon({
    url,
    connections: OVERLOAD_CONNECTIONS,
    overallRate: Math.round(4 * servedPerSecond),
    duration: seconds,
    timeout: 30,
    requests: questions.map((question) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: question.ours }),
      onResponse: (status: number, body: string) => {
        const code = body.includes('"errors"') ? (errorCodeOf(body) ?? 'error') : 'ok';
        codes[`${status} ${code}`] = (codes[`${status} ${code}`] ?? 0) + 1;
      },
    })),
  });
  // By status too: whether the slowest answers are the refusals or the operations admitted.
  const byStatus = new Map<number, number[]>();
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    if (!byStatus.has(status)) byStatus.set(status, []);
    byStatus.get(status)!.push(ms);
  });
  const result = await instance;
  const measure = summarize(latencies, seconds, 0);
  const p99ByStatus = Object.fromEntries([...byStatus].map(([status, ms]) => [status, summarize(ms, seconds, 0).p99Ms]));
  return { offeredPerSecond: Math.round(4 * servedPerSecond), answers: codes, timeouts: result.timeouts, connectionErrors: result.errors, p50Ms: measure.p50Ms, p99Ms: measure.p99Ms, p99ByStatus };
}

/**
 * The floor's query: an auto-commit read, the cheapest way through the driver (one exchange, no BEGIN,
 * COMMIT or bookmarks), the way this server reads too.
 */
async function floorQuery(driver: ReturnType<typeof neo4j.driver>, question: Question) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(question.floor.cypher, question.floor.params)).records;
  } finally {
    await session.close();
  }
}

/** The floor: the question's Cypher through the driver, in this process, with the same concurrency. */
async function floor(driver: ReturnType<typeof neo4j.driver>, question: Question, seconds: number): Promise<Measure> {
  const latencies: number[] = [];
  let failures = 0;
  const failureCodes: Record<string, number> = {};
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          await floorQuery(driver, question);
        } catch (error) {
          failures++;
          const code = (error as { code?: string }).code ?? 'error';
          failureCodes[code] = (failureCodes[code] ?? 0) + 1;
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  return { ...summarize(latencies, seconds, failures), ...(failures > 0 ? { failureCodes } : {}) };
}

/**
 * Waits (at most 30 s) until Neo4j runs no query but this one, so that each contender is measured on a quiet Neo4j.
 * A contender's queries can outlive its phase: its client is gone, but a server that does not give up a read when
 * its client goes (@neo4j/graphql) leaves them running; at 1000x the waits were 2-3 s. (They were not what made the
 * floor's benchmarkWins fail for memory on 2026-12-06: it failed as often measured before @neo4j/graphql.)
 */
async function untilQuiet(driver: ReturnType<typeof neo4j.driver>, before: string): Promise<void> {
  const started = performance.now();
  for (;;) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    let running: Array<{ query: string; ms: unknown; bytes: unknown }>;
    try {
      // Whose queries run, for how long and holding how much memory: named in the report when they outlast 30 s.
      const { records } = await session.run(
        "SHOW TRANSACTIONS YIELD currentQuery, elapsedTime, estimatedUsedHeapMemory WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN left(currentQuery, 80) AS query, elapsedTime.milliseconds AS ms, estimatedUsedHeapMemory AS bytes",
      );
      running = records.map((record) => ({ query: record.get('query') as string, ms: record.get('ms'), bytes: record.get('bytes') }));
    } finally {
      await session.close();
    }
    const waited = performance.now() - started;
    if (running.length > 0 && waited > 30_000) {
      for (const { query, ms, bytes } of running) log(`  (still running: ${query}... for ${ms} ms, ${bytes} bytes)`);
    }
    if (running.length === 0 || waited > 30_000) {
      if (waited > 1000) log(`  (waited ${round(waited / 1000)} s for ${running.length === 0 ? 'the queries of the phase before to end' : `Neo4j, still running ${running.length} queries,`} before ${before})`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function start(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: 'ignore' });
}

const rssMb = (child: ChildProcess) => {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
};

/** The mix's first seconds, not measured: the heap grows back to its working size after the quiet before it. */
const SOAK_WARM_UP_S = 15;

/**
 * Memory under load: the whole mix, every question in turn on every connection, for `seconds` after a warm-up of
 * SOAK_WARM_UP_S, with this server's resident memory sampled each second, and the V8 heap in use from its /health.
 * Flat means the last ten seconds hold what the first held. (`npm run bench:soak` runs it for minutes: in the
 * first 10 s of a fresh server 555 MB, then 391-411 MB a minute for five minutes, the heap in use after
 * collections 83-87 MB throughout.)
 */
async function soak(url: string, child: ChildProcess, seconds: number, questions: Question[]) {
  await cannon({ url, connections: CONNECTIONS, duration: SOAK_WARM_UP_S, timeout: 30, requests: mixRequests(questions) });
  const samples: number[] = [];
  const heapInUse: number[] = [];
  const timer = setInterval(() => {
    samples.push(rssMb(child));
    void fetch(url.replace(/graphql$/, 'health'))
      .then((response) => response.json() as Promise<{ memory: { heapUsed: number } }>)
      .then((health) => heapInUse.push(health.memory.heapUsed), () => {});
  }, 1000);
  const tally = newMixTally();
  const instance = cannon({ url, connections: CONNECTIONS, duration: seconds, timeout: 30, requests: mixRequests(questions, tally) });
  let timeouts = 0;
  instance.on('reqError', () => timeouts++);
  await instance;
  clearInterval(timer);
  const average = (values: number[]) => round(values.reduce((sum, v) => sum + v, 0) / values.length);
  const first = average(samples.slice(0, 10));
  const last = average(samples.slice(-10));
  return {
    seconds,
    requests: tally.answers,
    failures: tally.failures,
    failuresByQuestion: tally.failuresByQuestion,
    timeouts,
    rssFirstTenSecondsMb: first,
    rssLastTenSecondsMb: last,
    rssPeakMb: Math.max(...samples),
    growthPercent: round(((last - first) / first) * 100),
    // The least over each ten seconds: the nearest to what survives collections.
    heapInUseFirstTenSecondsMb: Math.min(...heapInUse.slice(0, 10)),
    heapInUseLastTenSecondsMb: Math.min(...heapInUse.slice(-10)),
    rssEverySecondMb: samples,
  };
}

/**
 * A warm-up request whose failure is logged, not fatal: the timed phase after it counts its failures by code
 * (the floor's benchmarkWins at 1000x once stopped a full run here with Neo4j's MemoryPoolOutOfMemoryError).
 */
async function warmingUp(what: string, ask: () => Promise<unknown>): Promise<void> {
  try {
    await ask();
  } catch (error) {
    log(`  (the warm-up of ${what} failed: ${(error as { code?: string }).code ?? ''} ${String((error as Error).message).slice(0, 200)})`);
  }
}

async function askOnce(url: string, query: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  if (body.errors) throw new Error(`${url} could not answer ${query.slice(0, 60)}: ${body.errors[0]!.message}`);
}

async function roundTripsOf(url: string, query: string): Promise<number> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return Number(response.headers.get('x-neo4j-round-trips'));
}

async function main() {
  const started = Date.now();
  rmSync(LOCAL_DIR, { recursive: true, force: true });
  const config = loadConfig({
    ...process.env,
    NEO4J_LOCAL_HEAP_MB: process.env.NEO4J_LOCAL_HEAP_MB ?? (QUICK ? '1024' : '2048'),
    NEO4J_LOCAL_PAGECACHE_MB: process.env.NEO4J_LOCAL_PAGECACHE_MB ?? (QUICK ? '256' : '1024'),
  });
  const connected = await connect(config, logger, { localDir: LOCAL_DIR });
  const { db } = connected;
  const children: ChildProcess[] = [];
  try {
    const [component] = await db.read({ name: 'bench/version', text: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition' });
    const machine = {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      neo4j: `${component?.name} ${component?.version} ${component?.edition}`,
      neo4jSource: connected.neo4j.source,
      neo4jHeapMb: config.NEO4J_LOCAL_HEAP_MB,
      neo4jPageCacheMb: config.NEO4J_LOCAL_PAGECACHE_MB,
    };
    log(`machine: ${JSON.stringify(machine)}`);
    await loadSeed(db, { reset: true });
    const base = prepareSeed();

    const env = {
      NEO4J_URI: connected.neo4j.uri,
      NEO4J_USER: connected.neo4j.user,
      NEO4J_PASSWORD: connected.neo4j.password ?? '',
      LOG_LEVEL: 'fatal',
      // Both servers run as they would be deployed: graphql-js, for one, skips its development checks.
      NODE_ENV: 'production',
    };
    const oursPort = await freePort();
    const ngPort = await freePort();
    // QUERY_CACHE_SIZE far below its default (500), above the mix's few shapes: so that the flood of
    // distinct shapes (every one a cold plan in Neo4j, a few per second on 2 cores) passes the bound in seconds.
    // RESPONSE_CACHE_SIZE 0: the questions are measured cold, each answer from Neo4j (the response cache would
    // answer all but the first from memory).
    const ours = start('src/main.ts', { ...env, PORT: String(oursPort), SEED_ON_START: 'false', RATE_LIMIT_PER_MINUTE: '0', MAX_COST: '10000000', QUERY_CACHE_SIZE: String(FLOOD_CACHE_SIZE), RESPONSE_CACHE_SIZE: '0' });
    const alternative = start('bench/neo4j-graphql-server.ts', { ...env, PORT: String(ngPort) });
    // The same server with its response cache on (the default), asked as a dashboard asks: the same questions
    // again and again, on a graph that does not change meanwhile (warm).
    const warmPort = await freePort();
    const warm = start('src/main.ts', { ...env, PORT: String(warmPort), SEED_ON_START: 'false', RATE_LIMIT_PER_MINUTE: '0', MAX_COST: '10000000' });
    children.push(ours, alternative, warm);
    const warmUrl = `http://127.0.0.1:${warmPort}/graphql`;
    const oursUrl = `http://127.0.0.1:${oursPort}/graphql`;
    const ngUrl = `http://127.0.0.1:${ngPort}/graphql`;
    await Promise.all([
      waitUntilAnswering(oursUrl, ours, oursUrl.replace(/graphql$/, 'ready')),
      waitUntilAnswering(ngUrl, alternative),
      waitUntilAnswering(warmUrl, warm, warmUrl.replace(/graphql$/, 'ready')),
    ]);

    const driver = neo4j.driver(env.NEO4J_URI, neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD), { disableLosslessIntegers: true });
    const results: Record<string, unknown> = {};
    let flood: ShapeFlood | null = null;
    let overloaded: Awaited<ReturnType<typeof overload>> | null = null;
    let copies = 1;
    let questions: Question[] = [];
    for (const scale of SCALES) {
      const loadStarted = Date.now();
      if (scale > copies) await writePlan(db, syntheticCopies(base, copies, scale, SEED));
      copies = scale;
      const [counts] = await db.read({
        name: 'bench/counts',
        text: 'RETURN COUNT { (:Organization) } AS organizations, COUNT { (:Model) } AS models, COUNT { (:BenchmarkResult) } AS results',
      });
      log(`\n${scale}x: ${JSON.stringify(counts)} (grown in ${Math.round((Date.now() - loadStarted) / 1000)} s)`);
      const perQuestion: Record<string, unknown> = {};
      const memory = { ours: 0, neo4jGraphql: 0 };
      questions = (await questionsAt(oursUrl)).filter((question) => ONLY.test(question.name));
      // Every contender is asked every question under load once before anything is timed, so that no question is
      // measured before the JIT compilers of Node and Neo4j have seen all of them. (The slow first question of
      // earlier runs, page 2 at 1x, turned out to be the servers' own warm-up running beside it: waitUntilAnswering.)
      for (const question of questions) {
        await warmingUp(`this server's ${question.name}`, () => askOnce(oursUrl, question.ours));
        await warmingUp(`@neo4j/graphql's ${question.name}`, () => askOnce(ngUrl, question.neo4jGraphql));
        await warmingUp(`the floor's ${question.name}`, () => floorQuery(driver, question));
        await hammer(oursUrl, question.ours, 1);
        await hammer(ngUrl, question.neo4jGraphql, 1);
        await floor(driver, question, 1);
      }
      for (const question of questions) {
        // The same warm-up for every contender: one request alone (Neo4j plans the query once, not once per
        // connection), then WARMUP_S seconds of the timed load, unmeasured.
        await untilQuiet(driver, `the warm-up of ${question.name}`);
        await warmingUp(`this server's ${question.name}`, () => askOnce(oursUrl, question.ours));
        await warmingUp(`@neo4j/graphql's ${question.name}`, () => askOnce(ngUrl, question.neo4jGraphql));
        await warmingUp(`the floor's ${question.name}`, () => floorQuery(driver, question));
        await untilQuiet(driver, `this server's ${question.name}`);
        await hammer(oursUrl, question.ours, WARMUP_S);
        const oursMeasure = { ...(await hammer(oursUrl, question.ours, DURATION_S)), roundTrips: await roundTripsOf(oursUrl, question.ours) };
        memory.ours = Math.max(memory.ours, rssMb(ours));
        await untilQuiet(driver, `@neo4j/graphql's ${question.name}`);
        await hammer(ngUrl, question.neo4jGraphql, WARMUP_S);
        const ngMeasure = { ...(await hammer(ngUrl, question.neo4jGraphql, DURATION_S)), roundTrips: 1 };
        memory.neo4jGraphql = Math.max(memory.neo4jGraphql, rssMb(alternative));
        await untilQuiet(driver, `the floor's ${question.name}`);
        await floor(driver, question, WARMUP_S);
        const floorMeasure = { ...(await floor(driver, question, DURATION_S)), roundTrips: 1 };
        await untilQuiet(driver, `this server's ${question.name}, warm`);
        await askOnce(warmUrl, question.ours);
        await hammer(warmUrl, question.ours, WARMUP_S);
        const warmMeasure = await hammer(warmUrl, question.ours, DURATION_S);
        perQuestion[question.name] = { indexed: question.indexed, ours: oursMeasure, neo4jGraphql: ngMeasure, floor: floorMeasure, oursWarm: warmMeasure };
        log(
          `  ${question.name.padEnd(44)} ours ${String(oursMeasure.requestsPerSecond).padStart(7)} req/s p50 ${String(oursMeasure.p50Ms).padStart(7)} ms | ` +
            `@neo4j/graphql ${String(ngMeasure.requestsPerSecond).padStart(7)} req/s p50 ${String(ngMeasure.p50Ms).padStart(7)} ms | ` +
            `floor ${String(floorMeasure.requestsPerSecond).padStart(7)} req/s p50 ${String(floorMeasure.p50Ms).padStart(7)} ms | ` +
            `warm ${String(warmMeasure.requestsPerSecond).padStart(7)} req/s p50 ${String(warmMeasure.p50Ms).padStart(7)} ms`,
        );
      }
      results[`${scale}x`] = { counts, serverMemoryMb: memory, questions: perQuestion };
      if (scale === 1 && (!PARTIAL || values.overload)) {
        const served = Object.values(perQuestion as Record<string, { ours: Measure }>).reduce((sum, q) => sum + q.ours.requests, 0) / (questions.length * DURATION_S);
        log(`  overload: 4 x ${Math.round(served)} req/s (the mix as served) for ${DURATION_S} s...`);
        await untilQuiet(driver, 'the overload');
        overloaded = await overload(oursUrl, questions, served, DURATION_S);
        log(`  ${JSON.stringify(overloaded)}`);
      }
      if (scale === 1 && !PARTIAL) {
        log(`  a flood of distinct filter shapes (${SHAPE_COUNT} exist) for ${FLOOD_S} s...`);
        flood = await shapeFlood(oursUrl, () => rssMb(ours), FLOOD_S, CONNECTIONS);
        log(`  ${flood.requests} requests, ${flood.distinctShapes} distinct shapes: at most ${flood.assembledQueriesPeak} of ${flood.assembledQueriesMax} assembled queries kept; RSS ${flood.rssFirstFiveSecondsMb} -> ${flood.rssLastFiveSecondsMb} MB; errors ${JSON.stringify(flood.errors)}; ${flood.packedRequest.shapes} shapes in one request: ${flood.packedRequest.codes.join(', ')}`);
      }
    }
    const largest = `${SCALES.at(-1)}x`;
    const dir = QUICK || PARTIAL ? 'bench/results/tmp' : 'bench/results';
    log(`\nprofiling each question's Cypher at ${largest}...`);
    const profiles = await writeProfiles(driver, config.NEO4J_DATABASE, logger, questions, largest, path.join(dir, 'profiles'));
    let memory60s: Awaited<ReturnType<typeof soak>> | null = null;
    if (!QUICK && !PARTIAL) {
      log(`memory: the whole mix against this server for 60 s at ${largest}...`);
      await untilQuiet(driver, 'the 60 s run');
      memory60s = await soak(oursUrl, ours, 60, questions);
      log(`  RSS ${memory60s.rssFirstTenSecondsMb} MB in the first 10 s, ${memory60s.rssLastTenSecondsMb} MB in the last 10 s, peak ${memory60s.rssPeakMb} MB; heap in use ${memory60s.heapInUseFirstTenSecondsMb} -> ${memory60s.heapInUseLastTenSecondsMb} MB`);
    }
    await driver.close();

    const mixThroughput = (scale: string, who: 'ours' | 'neo4jGraphql' | 'oursWarm') => {
      const questions = Object.values((results[scale] as { questions: Record<string, Record<string, Measure>> }).questions);
      return questions.reduce((sum, q) => sum + q[who]!.requests, 0) / (questions.length * DURATION_S);
    };
    const summary = {
      throughputVsNeo4jGraphql: Object.fromEntries(Object.keys(results).map((scale) => [scale, round(mixThroughput(scale, 'ours') / mixThroughput(scale, 'neo4jGraphql'), 2)])),
      warmThroughputVsNeo4jGraphql: Object.fromEntries(Object.keys(results).map((scale) => [scale, round(mixThroughput(scale, 'oursWarm') / mixThroughput(scale, 'neo4jGraphql'), 2)])),
      p50VsFloor: Object.fromEntries(
        Object.entries((results['1x'] as { questions: Record<string, Record<string, Measure>> }).questions).map(([name, q]) => [name, round(q.ours!.p50Ms / q.floor!.p50Ms, 2)]),
      ),
    };
    const report = {
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      date: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      settings: { connections: CONNECTIONS, warmupSeconds: WARMUP_S, durationSeconds: DURATION_S, seed: SEED, scales: SCALES },
      machine,
      summary: { ...summary, memory60s: memory60s && { ...memory60s, rssEverySecondMb: undefined } },
      results,
      shapeFlood: flood,
      overload: overloaded,
      memory60s,
      profiles: { scale: largest, files: `${dir}/profiles/`, questions: profiles },
    };
    const name = PARTIAL ? 'partial' : QUICK ? 'quick' : 'latest';
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    const markdown = toMarkdown(report);
    writeFileSync(path.join(dir, `${name}.md`), markdown);
    log(`\n${markdown}`);
    log(`wrote ${dir}/${name}.json and ${name}.md in ${report.seconds} s`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await connected.close();
  }
}

function toMarkdown(report: {
  command: string;
  date: string;
  machine: Record<string, unknown>;
  settings: Record<string, unknown>;
  summary: { throughputVsNeo4jGraphql: Record<string, number>; warmThroughputVsNeo4jGraphql: Record<string, number>; p50VsFloor: Record<string, number> };
  results: Record<string, unknown>;
  shapeFlood: ShapeFlood | null;
  overload?: { offeredPerSecond: number; answers: Record<string, number>; timeouts: number; connectionErrors: number; p50Ms: number; p99Ms: number; p99ByStatus?: Record<string, number> } | null;
  memory60s: { requests: number; failures: number; failuresByQuestion: Record<string, Record<string, number>>; timeouts: number; rssFirstTenSecondsMb: number; rssLastTenSecondsMb: number; rssPeakMb: number; growthPercent: number; heapInUseFirstTenSecondsMb: number; heapInUseLastTenSecondsMb: number } | null;
  profiles: { scale: string; files: string; questions: Record<string, { ours: { queries: number; dbHits: number; bytes: number; memoryBytes?: number }; floor: { dbHits: number; bytes: number; memoryBytes?: number } }> };
}): string {
  const lines = [
    `# Benchmark: this server, @neo4j/graphql and the Cypher floor`,
    '',
    `Made by \`${report.command}\` on ${report.date.slice(0, 10)}. Machine: ${JSON.stringify(report.machine)}.`,
    `Settings: ${JSON.stringify(report.settings)}. Latencies in ms; req/s over the measured seconds; round trips are Cypher queries per request.`,
    '',
    `Throughput of this server over @neo4j/graphql on the whole mix: ${Object.entries(report.summary.throughputVsNeo4jGraphql).map(([s, r]) => `${s} ${r}x`).join(', ')}.`,
    `Warm (response cache on, the same questions again): ${Object.entries(report.summary.warmThroughputVsNeo4jGraphql).map(([s, r]) => `${s} ${r}x`).join(', ')} @neo4j/graphql's throughput on the whole mix.`,
    `p50 of this server over the floor at 1x: ${Object.entries(report.summary.p50VsFloor).map(([q, r]) => `${q} ${r}x`).join('; ')}.`,
  ];
  for (const [scale, data] of Object.entries(report.results) as Array<[string, { counts: Record<string, number>; serverMemoryMb: Record<string, number>; questions: Record<string, Record<string, Measure>> }]>) {
    lines.push(
      '',
      `## ${scale}: ${data.counts.organizations} organizations, ${data.counts.models} models, ${data.counts.results} results; server RSS: this ${data.serverMemoryMb.ours} MB, @neo4j/graphql ${data.serverMemoryMb.neo4jGraphql} MB`,
      '',
      '| question | this server req/s | p50 | p95 | p99 | trips | @neo4j/graphql req/s | p50 | p95 | p99 | floor req/s | p50 | p95 | p99 | this/@neo4j/graphql req/s | this/floor p50 | warm req/s | warm p50 | warm/@neo4j/graphql req/s |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const [name, q] of Object.entries(data.questions)) {
      const o = q.ours!;
      const n = q.neo4jGraphql!;
      const f = q.floor!;
      const w = q.oursWarm;
      const codesOf = (m: Measure, who: string) => (m.failureCodes ? Object.entries(m.failureCodes).map(([code, count]) => `, ${who} ${count} ${code}`).join('') : '');
      const codes = codesOf(o, 'this server') + codesOf(f, 'floor');
      const failed = o.failures + n.failures + f.failures > 0 ? ` (failures: ${o.failures}/${n.failures}/${f.failures}${codes})` : '';
      lines.push(
        `| ${name}${failed} | ${o.requestsPerSecond} | ${o.p50Ms} | ${o.p95Ms} | ${o.p99Ms} | ${o.roundTrips} | ${n.requestsPerSecond} | ${n.p50Ms} | ${n.p95Ms} | ${n.p99Ms} | ` +
          `${f.requestsPerSecond} | ${f.p50Ms} | ${f.p95Ms} | ${f.p99Ms} | ${round(o.requestsPerSecond / n.requestsPerSecond, 2)} | ${round(o.p50Ms / f.p50Ms, 2)} | ` +
          (w ? `${w.requestsPerSecond} | ${w.p50Ms} | ${round(w.requestsPerSecond / n.requestsPerSecond, 2)} |` : '| | |'),
      );
    }
  }
  const over = report.overload;
  if (over) {
    lines.push(
      '',
      '## Overload (1x, cold)',
      '',
      `${over.offeredPerSecond} req/s offered (4x the mix as served) from ${OVERLOAD_CONNECTIONS} connections: answers ${JSON.stringify(over.answers)}, ` +
        `timeouts ${over.timeouts}, connection errors ${over.connectionErrors}; p50 ${over.p50Ms} ms, p99 ${over.p99Ms} ms` +
        (over.p99ByStatus ? ` (p99 by status: ${Object.entries(over.p99ByStatus).map(([status, ms]) => `${status} ${ms} ms`).join(', ')}).` : '.'),
    );
  }
  const flood = report.shapeFlood;
  if (flood) {
    lines.push(
      '',
      '## A flood of distinct filter shapes (1x)',
      '',
      `${flood.connections} clients for ${flood.seconds} s, each request a models list of another shape: ${flood.requests} requests, ${flood.distinctShapes} distinct shapes, errors ${JSON.stringify(flood.errors)}. ` +
        `Assembled queries kept: at most ${flood.assembledQueriesPeak} (QUERY_CACHE_SIZE ${flood.assembledQueriesMax}). RSS ${flood.rssFirstFiveSecondsMb} MB over the first 5 s, ${flood.rssLastFiveSecondsMb} MB over the last 5 s, peak ${flood.rssPeakMb} MB. ` +
        `One request of ${flood.packedRequest.shapes} shapes: ${flood.packedRequest.codes.join(', ') || 'answered'}.`,
    );
  }
  const memory = report.memory60s;
  lines.push(
    '',
    '## Memory under a 60 s run of the whole mix',
    '',
    memory
      ? `After ${SOAK_WARM_UP_S} s of the mix not measured, this server's RSS: ${memory.rssFirstTenSecondsMb} MB over the first 10 s, ${memory.rssLastTenSecondsMb} MB over the last 10 s (${memory.growthPercent}%), peak ${memory.rssPeakMb} MB; V8's heap in use after collections ${memory.heapInUseFirstTenSecondsMb} -> ${memory.heapInUseLastTenSecondsMb} MB; ${memory.requests} answers, ${memory.failures} of them errors (${JSON.stringify(memory.failuresByQuestion)}), ${memory.timeouts} requests unanswered after 30 s.`
      : 'Not measured by the quick run.',
    '',
    `## Cypher per question at ${report.profiles.scale}, PROFILEd (plans in ${report.profiles.files})`,
    '',
    '| question | this server: queries | db hits | bytes returned | transaction memory (MB) | floor: db hits | bytes returned | transaction memory (MB) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(report.profiles.questions).map(
      ([name, p]) => `| ${name} | ${p.ours.queries} | ${p.ours.dbHits} | ${p.ours.bytes} | ${mb(p.ours.memoryBytes)} | ${p.floor.dbHits} | ${p.floor.bytes} | ${mb(p.floor.memoryBytes)} |`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

await main();
