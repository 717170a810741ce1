import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { connect } from '../src/neo4j/connect.js';
import { loadSeed, prepareSeed, writePlan } from '../src/seed/loader.js';
import { BENCH_SEED, syntheticCopies } from './synthetic.js';
import { refreshEveryResultGroup } from '../src/benchmark/result-groups.js';

/**
 * `npm run bench:grow -- --scale 1000`: the benchmark's landscape at one scale (bench/synthetic.ts, the
 * same seed number as bench/run.ts) in its own local Neo4j (.neo4j-local/bench-grown), left running until
 * Ctrl-C, so that a query can be PROFILEd where the benchmark measures it:
 *   cypher-shell -a <printed uri> or NEO4J_URI=<printed uri> npm start (SEED_ON_START=false).
 * The graph is kept between runs: a larger --scale adds the missing copies (a run stopped while it wrote
 * them leaves a graph to remove: rm -rf .neo4j-local/bench-grown).
 */
const { values } = parseArgs({ options: { scale: { type: 'string', default: '1000' } } });
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a whole number from 1, got "${values.scale}".`);

const config = loadConfig({ ...process.env, NEO4J_LOCAL_HEAP_MB: process.env.NEO4J_LOCAL_HEAP_MB ?? '2048', NEO4J_LOCAL_PAGECACHE_MB: process.env.NEO4J_LOCAL_PAGECACHE_MB ?? '1024' });
const connected = await connect(config, createLogger('info', 'bench:grow'), { localDir: '.neo4j-local/bench-grown' });
const { db } = connected;
const count = async () =>
  Number((await db.read({ name: 'bench/copies', text: "MATCH (m:Model) WHERE m.id =~ '.*-s[0-9]+' RETURN count(m) AS copies" }))[0]!.copies);
const started = Date.now();
const base = prepareSeed();
if ((await count()) === 0) await loadSeed(db);
const perCopy = base.nodes.filter((node) => node.label === 'Model').length;
const copies = 1 + Math.round((await count()) / perCopy);
if (scale > copies) await writePlan(db, syntheticCopies(base, copies, scale, BENCH_SEED), (line) => process.stdout.write(`${line}\n`));
// (writePlan's last steps again, where a run was stopped after the copies were written)
else process.stdout.write(`${await refreshEveryResultGroup(db)} groups of comparable results refreshed\n`);
const [counts] = await db.read({
  name: 'bench/counts',
  text: 'RETURN COUNT { (:Organization) } AS organizations, COUNT { (:Model) } AS models, COUNT { (:BenchmarkResult) } AS results, COUNT { (:ResultGroup) } AS groups',
});
process.stdout.write(`${scale}x in ${Math.round((Date.now() - started) / 1000)} s: ${JSON.stringify(counts)}\nNeo4j at ${connected.neo4j.uri} (user ${connected.neo4j.user}, password ${connected.neo4j.password ?? "none"}); Ctrl-C stops it.\n`);
const stop = () => void connected.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
