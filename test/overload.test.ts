import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ClientGoneError, createDriver, Database } from '../src/neo4j/database.js';
import { appWithEditor } from './support/neo4j.js';

/**
 * More requests than the server lets run at once: each gets an answer, 200 or a 503 with Retry-After and the
 * code OVERLOADED, and a write is either acknowledged and in the graph or refused and not there. (How fast
 * and how many is the benchmark's business, not this file's.)
 */
// One operation at a time, two waiting (for as long as the test holds the place: a busy machine is slow).
const { db, app, editorToken } = appWithEditor({
  MAX_CONCURRENT_OPERATIONS: 1,
  MAX_QUEUED_OPERATIONS: 2,
  MAX_QUEUE_WAIT_MS: 60_000,
  RESPONSE_CACHE_SIZE: 0,
  RATE_LIMIT_PER_MINUTE: 0,
});

async function post(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

const READ = '{ models(first: 50) { edges { node { name organization { name } } } } }';
const RECORD = 'mutation($input: BenchmarkResultInput!) { recordBenchmarkResult(input: $input) { score } }';

/**
 * Holds the graph's version node in an open transaction: every write transaction moves the version on at its
 * end (src/neo4j/database.ts), so a write waits there, inside Neo4j, holding its place, until this lets go.
 */
async function holdingEveryWrite() {
  const session = db.driver.session();
  const tx = session.beginTransaction();
  await tx.run("MATCH (v:GraphVersion {name: 'graph'}) SET v.version = v.version");
  return async () => {
    await tx.rollback();
    await session.close();
  };
}

const recordInput = (i: number) => ({
  input: {
    model: 'qwen3-32b',
    benchmark: 'aime-2025',
    score: 40 + (i % 50),
    setting: `test: overload write ${i}`,
    reportedBy: 'Overload test',
    sourceTable: 'Overload test table',
    source: { url: 'https://example.org/overload-test', title: 'Overload test' },
  },
});
const asEditor = { authorization: `Bearer ${editorToken}` };
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
/** Until a write waits inside Neo4j for the version node (it then holds its place), however long that takes. */
async function untilAWriteWaits() {
  const blocked = { name: 'test/blocked-transactions', text: "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS blocked" };
  while (Number((await db.read(blocked))[0]!.blocked) === 0) await pause();
}
/** Until `count` of these requests are answered, however long that takes; those answers, in arrival order. */
async function untilAnswered<T>(requests: Array<Promise<T>>, count: number): Promise<T[]> {
  const answered: T[] = [];
  for (const request of requests) void request.then((answer) => answered.push(answer));
  while (answered.length < count) await pause();
  return [...answered];
}

describe('more requests than may run or wait', () => {
  it('answers every read at once: two wait and get the data once there is room, the rest 503 OVERLOADED with Retry-After', async () => {
    const letGo = await holdingEveryWrite();
    let running: ReturnType<typeof post> | undefined;
    let reads: Array<ReturnType<typeof post>> = [];
    try {
      running = post(RECORD, recordInput(100), asEditor); // takes the one place, and waits inside Neo4j
      await untilAWriteWaits();
      reads = Array.from({ length: 10 }, () => post(READ));
      // Answered while the place is still taken: refused without waiting for it.
      const refused = await untilAnswered(reads, 8);
      expect(refused).toHaveLength(8);
      for (const answer of refused) {
        expect(answer.status).toBe(503);
        expect(answer.retryAfter).toBe('1');
        expect(answer.body.errors![0]!.extensions!.code).toBe('OVERLOADED');
        expect(answer.body.errors![0]!.message).toContain('2 operations already wait');
      }
      // With the queue full, a request is refused before it is read: even one that would not parse (a 400 else).
      const unread = await post('{ models(first: ');
      expect(unread.status).toBe(503);
      expect(unread.retryAfter).toBe('1');
      expect(unread.body.errors![0]!.extensions!.code).toBe('OVERLOADED');
    } finally {
      await letGo();
    }
    const [write, ...answers] = await Promise.all([running!, ...reads]);
    expect(write!.status).toBe(200);
    const served = answers.filter((a) => a.status === 200);
    expect(served).toHaveLength(2);
    for (const answer of served) expect((answer.body.data!.models as { edges: unknown[] }).edges).toHaveLength(50);
  });

  it('loses no acknowledged write: each write is answered, and exactly the acknowledged ones are in the graph', async () => {
    const letGo = await holdingEveryWrite();
    const writes = [post(RECORD, recordInput(0), asEditor)];
    try {
      await untilAWriteWaits();
      for (let i = 1; i < 12; i++) writes.push(post(RECORD, recordInput(i), asEditor));
      // The nine that find the queue full are answered while the first still holds its place.
      expect((await untilAnswered(writes.slice(1), 9)).every((answer) => answer.status === 503)).toBe(true);
    } finally {
      await letGo();
    }
    const answers = await Promise.all(writes);
    expect(answers.every((a) => a.status === 200 || a.status === 503)).toBe(true);
    const acknowledged = answers.flatMap((a, i) => (a.status === 200 && !a.body.errors ? [`test: overload write ${i}`] : []));
    expect(acknowledged).toHaveLength(3); // the one that ran and the two that waited
    const rows = await db.read({
      name: 'test/overload-writes',
      text: "MATCH (:Model {id: 'qwen3-32b'})-[:HAS_RESULT]->(r:BenchmarkResult {reportedBy: 'Overload test'}) WHERE r.setting STARTS WITH 'test: overload write' AND r.setting <> 'test: overload write 100' RETURN r.setting AS setting",
    });
    expect(rows.map((row) => row.setting).sort()).toEqual(acknowledged.sort());
  });
});

describe('a client that goes away', () => {
  it('leaves the queue at once: its place goes to the next request, which gets the data', async () => {
    const holding = await holdingEveryWrite();
    let held = true;
    const letGo = async () => {
      if (held) (held = false), await holding();
    };
    let running: ReturnType<typeof post> | undefined;
    const impatient = new AbortController();
    try {
      running = post(RECORD, recordInput(200), asEditor); // the one place, held inside Neo4j
      await untilAWriteWaits();
      const waiting = post(READ);
      const leaving = Promise.resolve(
        app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: READ }), signal: impatient.signal }),
      ).then((response) => response.text(), () => 'went away');
      // The two places in the queue are taken: one more is refused at once.
      const full = await post(READ);
      expect(full.status).toBe(503);
      expect(full.body.errors![0]!.message).toContain('2 operations already wait');
      impatient.abort();
      await leaving;
      const later = post(READ); // the place the one that left gave up
      await letGo();
      for (const answer of await Promise.all([waiting, later])) {
        expect(answer.status).toBe(200);
        expect((answer.body.data!.models as { edges: unknown[] }).edges).toHaveLength(50);
      }
    } finally {
      await letGo();
      await running;
    }
  });

  it('has its read given up: Neo4j stops the query, which would have run for as long as its timeout', async () => {
    // A read that counts to 10^11 (hours), under a transaction timeout of ten minutes.
    const patient = new Database(createDriver(inject('neo4j')), loadConfig().NEO4J_DATABASE, { txTimeoutMs: 600_000 });
    afterAll(() => patient.close());
    const running = {
      name: 'test/slow-read-running',
      text: "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 100000000000)' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
    };
    const countRunning = async () => Number((await db.read(running))[0]!.n);
    const gone = new AbortController();
    const reading = patient
      .observed(() => {}, gone.signal)
      .read({ name: 'test/slow-read', text: 'UNWIND range(1, 100000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n' });
    reading.catch(() => {});
    while ((await countRunning()) === 0) await pause();
    gone.abort();
    await expect(reading).rejects.toBeInstanceOf(ClientGoneError);
    // Stopped by its closed session, not by its timeout (ten minutes away) or its end (hours away).
    const stoppedBy = Date.now() + 60_000;
    while ((await countRunning()) > 0 && Date.now() < stoppedBy) await pause();
    expect(await countRunning()).toBe(0);
  });
});
