import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort } from '../src/neo4j/local-launcher.js';
import { questionsAt } from './mix.js';
import { waitUntilAnswering } from './servers.js';

/**
 * `NEO4J_URI=... NEO4J_PASSWORD=... npm run bench:cpu -- --only leaderboard`: where this server's own CPU goes
 * while it answers one question under the benchmark's load. The server (`npm start`'s entry point, response
 * cache off) runs under V8's sampling profiler (node --cpu-prof) on the graph at NEO4J_URI (such as the one
 * `npm run bench:grow` leaves running); each question whose name matches --only is asked by 16 connections
 * for 5 s unmeasured, then 15 s measured. Writes bench/results/tmp/cpu/<question>.md: the CPU time per request,
 * and the samples of the measured seconds by package or file of src/ and by function.
 */
const { values } = parseArgs({ options: { only: { type: 'string', default: '' }, seconds: { type: 'string', default: '15' } } });
const only = new RegExp(values.only, 'i');
const seconds = Number(values.seconds);
const CONNECTIONS = 16;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a sampled function lives: its npm package, its file of src/, a node: module, or what V8 calls it. */
function placeOf({ url, functionName }: ProfileNode['callFrame']): string {
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.includes('/src/')) return `src/${url.split('/src/')[1]}`;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return url;
}

/** The samples between two instants of the monotonic clock (µs, V8's and process.hrtime's), summed by place and by function. */
function summarize(profile: CpuProfile, fromUs: number, toUs: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busyMs = 0;
  let idleMs = 0;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i]!;
    if (at < fromUs || at > toUs) continue;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const frame = byId.get(profile.samples[i]!)!.callFrame;
    if (frame.functionName === '(idle)') {
      idleMs += ms;
      continue;
    }
    busyMs += ms;
    const place = placeOf(frame);
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
    const fn = `${frame.functionName || '(anonymous)'} (${place}${frame.url ? `:${frame.lineNumber + 1}` : ''})`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { busyMs, idleMs, places: top(byPlace, 25), functions: top(byFunction, 30) };
}

const profileDir = mkdtempSync(path.join(tmpdir(), 'landscape-cpu-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}/graphql`;
const server = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--import', 'tsx', 'src/main.ts'], {
  env: { ...process.env, PORT: String(port), SEED_ON_START: 'false', IMPORT_ON_START: 'false', RESPONSE_CACHE_SIZE: '0', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const exited = new Promise((resolve) => server.once('exit', resolve));
const reports: Array<{ name: string; from: number; to: number; requests: number; failures: number }> = [];
try {
  await waitUntilAnswering(url, server, url.replace(/graphql$/, 'ready'));
  const questions = (await questionsAt(url)).filter((question) => only.test(question.name));
  if (questions.length === 0) throw new Error(`no question matches --only ${values.only}`);
  for (const question of questions) {
    const load = (duration: number) => {
      let failures = 0;
      const instance = autocannon({
        url,
        connections: CONNECTIONS,
        duration,
        requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: question.ours }), onResponse: (status, body) => void (status !== 200 || body.includes('"errors"') ? failures++ : 0) }],
      });
      return Promise.resolve(instance).then((result) => ({ requests: result.requests.total, failures }));
    };
    await load(5);
    const from = Number(process.hrtime.bigint() / 1000n);
    const { requests, failures } = await load(seconds);
    reports.push({ name: question.name, from, to: Number(process.hrtime.bigint() / 1000n), requests, failures });
  }
} finally {
  server.kill('SIGINT'); // the profile is written as the process exits
  await exited;
}

const main = readdirSync(profileDir).filter((file) => file.endsWith('.cpuprofile')).sort()[0];
if (!main) throw new Error(`no CPU profile was written to ${profileDir}`);
const profile = JSON.parse(readFileSync(path.join(profileDir, main), 'utf8')) as CpuProfile;
rmSync(profileDir, { recursive: true, force: true });
const dir = path.join('bench', 'results', 'tmp', 'cpu');
mkdirSync(dir, { recursive: true });
for (const report of reports) {
  const { busyMs, idleMs, places, functions } = summarize(profile, report.from, report.to);
  const percent = (ms: number) => `${((100 * ms) / busyMs).toFixed(1)}%`;
  const lines = [
    `# ${report.name}: this server's CPU under ${CONNECTIONS} connections, ${seconds} s (node --cpu-prof, response cache off)`,
    '',
    `At NEO4J_URI. ${report.requests} requests (${(report.requests / seconds).toFixed(1)} req/s, ${report.failures} failed); the server's main thread was busy ${Math.round(busyMs)} ms and idle ${Math.round(idleMs)} ms: **${(busyMs / report.requests).toFixed(2)} ms of CPU per request** in Node (Neo4j's own time is not in it).`,
    '',
    '| where | ms | share |',
    '|---|---:|---:|',
    ...places.map(([place, ms]) => `| ${place} | ${Math.round(ms)} | ${percent(ms)} |`),
    '',
    '| function (self time) | ms | share |',
    '|---|---:|---:|',
    ...functions.map(([fn, ms]) => `| ${fn.replaceAll('|', '\\|')} | ${Math.round(ms)} | ${percent(ms)} |`),
  ];
  const file = path.join(dir, `${report.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.md`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  process.stdout.write(`${report.name.padEnd(50)} ${(report.requests / seconds).toFixed(1)} req/s, ${(busyMs / report.requests).toFixed(2)} ms CPU per request in Node -> ${file}\n`);
}
