/**
 * `npm run bench:level-trips`: does a level of sibling reads really cost one network exchange?
 *
 * Database.read sends the reads a request asks in one turn (the sibling relations of one level of a GraphQL
 * query) in one read transaction, counting them as one round trip, on the ground that neo4j-driver writes
 * BEGIN and every RUN and PULL before it awaits an answer. This measures it: Neo4j behind a loopback proxy
 * that holds every packet from the driver for DELAY_MS, so that each exchange costs that much. One read alone
 * should take about one delay; three reads of one turn about one delay too (not two, as when BEGIN's answer
 * is awaited; not three); three reads one after another three delays.
 */
import net from 'node:net';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { connect } from '../src/neo4j/connect.js';
import { createDriver, Database } from '../src/neo4j/database.js';
import { median } from '../src/questions/statistics.js';

const DELAY_MS = 50;
const RUNS = 15;
const logger = createLogger('warn', 'bench-level-trips', 'pretty');

/** A TCP proxy to `target` that delays everything the client sends by DELAY_MS, in order. */
function delayingProxy(target: { host: string; port: number }): Promise<{ port: number; close: () => void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    // As the driver and Neo4j do: without it, Nagle and delayed ACKs add 40 ms of their own.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => setTimeout(() => upstream.write(chunk), DELAY_MS));
    upstream.on('data', (chunk) => client.write(chunk));
    const end = () => (client.destroy(), upstream.destroy());
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        close: () => {
          for (const socket of sockets) socket.destroy();
          server.close();
        },
      }),
    ),
  );
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times)!;
}

const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
const connected = await connect(config, logger, { localDir: '.neo4j-local/bench-level-trips' });
const { uri, user, password } = connected.neo4j;
const target = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
const proxy = await delayingProxy({ host: target.hostname, port: Number(target.port || 7687) });
const db = new Database(createDriver({ uri: `bolt://127.0.0.1:${proxy.port}`, user, password }), config.NEO4J_DATABASE);
let trips = 0;
const request = () => db.observed(() => trips++);
const query = (n: number) => ({ name: `bench/read-${n}`, text: `RETURN ${n} AS n` });
try {
  // Fill the pool: a new connection's handshake is exchanges of its own.
  await Promise.all([1, 2, 3, 4].map((n) => db.read(query(n))));
  const alone = await timed(() => request().read(query(1)));
  const sameTurn = await timed(() => {
    const level = request();
    return Promise.all([1, 2, 3].map((n) => level.read(query(n))));
  });
  const oneAfterAnother = await timed(async () => {
    const levels = request();
    for (const n of [1, 2, 3]) await levels.read(query(n));
  });
  trips = 0;
  const level = request();
  await Promise.all([1, 2, 3].map((n) => level.read(query(n))));
  const counted = trips;
  console.log(`Each packet from the driver to Neo4j held ${DELAY_MS} ms; median of ${RUNS} runs:`);
  console.log(`  one read alone:                    ${alone.toFixed(1)} ms`);
  console.log(`  three reads of one turn, together: ${sameTurn.toFixed(1)} ms (counted as ${counted} round trip${counted === 1 ? '' : 's'})`);
  console.log(`  three reads, one after another:    ${oneAfterAnother.toFixed(1)} ms`);
  console.log(`  exchanges a level of three costs:  ${(sameTurn / alone).toFixed(2)} (one read alone = 1)`);
} finally {
  await db.close();
  proxy.close();
  await connected.close();
}
