import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort } from '../src/neo4j/local-launcher.js';
import { questionsAt } from './mix.js';
import { mixRequests, newMixTally, waitUntilAnswering } from './servers.js';

/**
 * `npm run bench:soak -- --seconds 300`: the whole mix of `npm run bench` on 16 connections for minutes, against the
 * Neo4j that NEO4J_URI names (`npm run bench:grow -- --scale 1000` prints one), with this server's memory read
 * every second from its /health: resident (RSS), V8's heap in use and reserved, and what lives outside the heap.
 * It tells a leak (the heap in use after collections climbing) from a process that grows back to a size it had
 * (the heap reserved growing while what is in use stays). Writes bench/results/soak.{json,md}.
 */
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '300' }, connections: { type: 'string', default: '16' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);
if (!process.env.NEO4J_URI) throw new Error('Set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to a Neo4j holding the benchmark\'s graph (npm run bench:grow prints them).');

const port = await freePort();
const url = `http://127.0.0.1:${port}/graphql`;
const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env: { ...process.env, PORT: String(port), SEED_ON_START: 'false', IMPORT_ON_START: 'false', RATE_LIMIT_PER_MINUTE: '0', MAX_COST: '10000000', RESPONSE_CACHE_SIZE: '0', LOG_LEVEL: 'warn' },
  stdio: 'ignore',
});
try {
  await waitUntilAnswering(url, server, url.replace(/graphql$/, 'ready'));
  const questions = await questionsAt(url);
  type Memory = { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
  const samples: Array<Memory & { second: number }> = [];
  const started = Date.now();
  const timer = setInterval(async () => {
    const health = (await (await fetch(url.replace(/graphql$/, 'health'))).json()) as { memory: Memory };
    samples.push({ second: Math.round((Date.now() - started) / 1000), ...health.memory });
  }, 1000);
  const tally = newMixTally();
  const cannon = autocannon as unknown as (options: autocannon.Options) => PromiseLike<autocannon.Result>;
  await cannon({ url, connections, duration: seconds, timeout: 30, requests: mixRequests(questions, tally) });
  clearInterval(timer);

  const meanOf = (of: typeof samples, key: keyof Memory) => Math.round(of.reduce((sum, s) => sum + s[key], 0) / of.length);
  // Per minute: the means, and the least heap in use (the nearest to what survives collections).
  const minutes = [...new Set(samples.map((s) => Math.floor((s.second - 1) / 60)))].map((minute) => {
    const of = samples.filter((s) => Math.floor((s.second - 1) / 60) === minute);
    const mean = (key: keyof Memory) => meanOf(of, key);
    return { minute: minute + 1, rss: mean('rss'), heapTotal: mean('heapTotal'), heapUsed: mean('heapUsed'), heapUsedLeast: Math.min(...of.map((s) => s.heapUsed)), external: mean('external'), arrayBuffers: mean('arrayBuffers') };
  });
  const first10 = samples.slice(0, 10);
  const last10 = samples.slice(-10);
  const result = {
    command: `npm run bench:soak -- --seconds ${seconds} --connections ${connections}`,
    at: new Date().toISOString(),
    seconds,
    connections,
    answers: tally.answers,
    failures: tally.failuresByQuestion,
    rssFirstTenSecondsMb: meanOf(first10, 'rss'),
    rssLastTenSecondsMb: meanOf(last10, 'rss'),
    rssFirstMinuteToLastPercent: Math.round(((minutes.at(-1)!.rss - minutes[0]!.rss) / minutes[0]!.rss) * 1000) / 10,
    minutes,
    samples,
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/soak.json', `${JSON.stringify(result, null, 1)}\n`);
  const table = [
    '| minute | RSS | V8 heap reserved | V8 heap in use (mean) | in use (least) | external | of it ArrayBuffers |',
    '|---|---|---|---|---|---|---|',
    ...minutes.map((m) => `| ${m.minute} | ${m.rss} | ${m.heapTotal} | ${m.heapUsed} | ${m.heapUsedLeast} | ${m.external} | ${m.arrayBuffers} |`),
  ];
  writeFileSync(
    'bench/results/soak.md',
    `# ${result.command} (${result.at})\n\n${result.answers} answers in ${seconds} s on ${connections} connections; failures: ${JSON.stringify(result.failures)}.\n` +
      `RSS ${result.rssFirstTenSecondsMb} MB over the first 10 s, ${result.rssLastTenSecondsMb} MB over the last 10 s. Per minute, in MB:\n\n${table.join('\n')}\n`,
  );
  console.log(readable(table, result));
} finally {
  server.kill('SIGTERM');
}

function readable(table: string[], result: { answers: number; failures: Record<string, Record<string, number>>; rssFirstTenSecondsMb: number; rssLastTenSecondsMb: number }) {
  return `${result.answers} answers, failures ${JSON.stringify(result.failures)}; RSS ${result.rssFirstTenSecondsMb} -> ${result.rssLastTenSecondsMb} MB\n${table.join('\n')}`;
}
