import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../../src/neo4j/database.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-launcher.js';
import { emptyGraph } from '../../src/seed/loader.js';
import { createApp } from '../../src/server/yoga.js';
import { canLaunchLocalNeo4j, isAlive, quietLogger, SHORT_LIVED_JVM_OPTIONS } from '../support/neo4j.js';

/**
 * One Neo4j of this file's own, started after the app that asks for it and stopped under it: what the app
 * says meanwhile, and what can only be tried on a database nobody else reads (authentication, emptying it).
 * One after another: each test goes on from where the one before left the Neo4j.
 */
const home = mkdtempSync(path.join(tmpdir(), 'landscape-ready-'));
const password = randomBytes(12).toString('hex');
let local: LocalNeo4j | undefined;
let uri = '';
let db: Database;
let status: (endpoint: string) => Promise<number>;
afterAll(async () => {
  await db?.close();
  await local?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe.skipIf(!canLaunchLocalNeo4j())('readiness follows the database, and the local Neo4j stops cleanly', () => {
  it('is 503 before Neo4j is up and 200 once it answers; /health stays 200', async () => {
    const port = await freePort();
    uri = `bolt://127.0.0.1:${port}`;
    db = new Database(createDriver({ uri, user: 'neo4j', password }), undefined);
    const app = createApp({ db, logger: quietLogger });
    status = async (endpoint: string) => (await app.fetch(`http://test${endpoint}`)).status;

    expect(await status('/ready')).toBe(503);
    expect(await status('/health')).toBe(200);

    local = await startLocalNeo4j({ homeDir: home, boltPort: port, password, logger: quietLogger, jvmOptions: SHORT_LIVED_JVM_OPTIONS });
    expect(local.uri).toBe(uri);
    expect(await status('/ready')).toBe(200);
  });

  it('refuses a wrong password: authentication is on', async () => {
    const driver = createDriver({ uri, user: 'neo4j', password: 'not-the-password' });
    try {
      await expect(driver.verifyConnectivity()).rejects.toThrow(/unauthorized|authentication/i);
    } finally {
      await driver.close();
    }
  });

  it('empties a graph for `npm run seed -- --reset` in batches, and ends: the graph version stays and counts on', async () => {
    await db.write({ name: 'test/some-nodes', text: 'UNWIND range(1, 25) AS i CREATE (:Model {id: "m" + i})-[:DEVELOPED_BY]->(:Organization {id: "o" + i})' });
    const [before] = await db.read({ name: 'test/version', text: "MATCH (v:GraphVersion) RETURN v.epoch AS epoch, v.version AS version" });
    // Before the fix, each batch deleted the version node and the write's own bump made it again: never 0.
    expect(await emptyGraph(db)).toBe(50);
    expect(await emptyGraph(db)).toBe(0);
    const left = await db.read({ name: 'test/left', text: 'MATCH (n) RETURN labels(n) AS labels, n.epoch AS epoch, n.version AS version' });
    expect(left).toEqual([{ labels: ['GraphVersion'], epoch: before!.epoch, version: Number(before!.version) + 3 }]);
  });

  it('is 503 after Neo4j stopped, the Java process gone; /health stays 200', async () => {
    await local!.stop();
    expect(isAlive(local!.pid)).toBe(false);
    expect(await status('/ready')).toBe(503);
    expect(await status('/health')).toBe(200);
  });
});
