import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { Database } from '../src/neo4j/database.js';
import { createApp } from '../src/server/yoga.js';
import { questionsAt } from './mix.js';
import { writeProfiles } from './profiles.js';

/**
 * `NEO4J_URI=... NEO4J_PASSWORD=... npm run bench:profile -- --only leaderboard`: the benchmark's questions
 * (those whose name matches --only, a regular expression) PROFILEd on the graph at NEO4J_URI, such as the one
 * `npm run bench:grow` leaves running, into bench/results/tmp/profiles/ (not committed; the full run writes
 * bench/results/profiles/). Prints each question's db hits and bytes, this server's and the floor's.
 */
const { values } = parseArgs({ options: { only: { type: 'string', default: '' } } });
const config = loadConfig(process.env);
const driver = neo4j.driver(config.NEO4J_URI ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD ?? ''), { disableLosslessIntegers: true });
const logger = createLogger('warn', 'bench:profile');
try {
  const app = createApp({ db: new Database(driver, config.NEO4J_DATABASE), logger });
  const only = new RegExp(values.only, 'i');
  const questions = (await questionsAt('http://bench/graphql', (url, init) => Promise.resolve(app.fetch(url, init)))).filter((question) => only.test(question.name));
  const dir = path.join('bench', 'results', 'tmp', 'profiles');
  const summary = await writeProfiles(driver, config.NEO4J_DATABASE, logger, questions, 'NEO4J_URI', dir);
  for (const [name, { ours, floor }] of Object.entries(summary)) {
    process.stdout.write(`${name.padEnd(50)} ours ${ours.queries} queries, ${ours.dbHits} db hits, ${ours.bytes} B, ${(ours.memoryBytes / 1e6).toFixed(1)} MB | floor ${floor.dbHits} db hits, ${floor.bytes} B, ${(floor.memoryBytes / 1e6).toFixed(1)} MB\n`);
  }
  process.stdout.write(`plans in ${dir}/\n`);
} finally {
  await driver.close();
}
