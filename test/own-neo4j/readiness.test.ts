import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../../src/neo4j/database.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-launcher.js';
import { createApp } from '../../src/server/yoga.js';
import { canLaunchLocalNeo4j, isAlive, quietLogger, SHORT_LIVED_JVM_OPTIONS } from '../support/neo4j.js';

const home = mkdtempSync(path.join(tmpdir(), 'landscape-ready-'));
let local: LocalNeo4j | undefined;
afterAll(async () => {
  await local?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe.skipIf(!canLaunchLocalNeo4j())('readiness follows the database, and the local Neo4j stops cleanly', () => {
  it('is 503 before Neo4j is up, 200 once it answers, 503 after it stopped; /health stays 200', async () => {
    const port = await freePort();
    const password = randomBytes(12).toString('hex');
    const uri = `bolt://127.0.0.1:${port}`;
    const db = new Database(createDriver({ uri, user: 'neo4j', password }), undefined);
    const app = createApp({ db, logger: quietLogger });
    const status = async (endpoint: string) => (await app.fetch(`http://test${endpoint}`)).status;

    expect(await status('/ready')).toBe(503);
    expect(await status('/health')).toBe(200);

    local = await startLocalNeo4j({ homeDir: home, boltPort: port, password, logger: quietLogger, jvmOptions: SHORT_LIVED_JVM_OPTIONS });
    expect(local.uri).toBe(uri);
    expect(await status('/ready')).toBe(200);

    await local.stop();
    expect(isAlive(local.pid)).toBe(false);
    expect(await status('/ready')).toBe(503);
    expect(await status('/health')).toBe(200);
    await db.close();
  });

  it('refuses a wrong password: authentication is on', async () => {
    const port = await freePort();
    const other = await startLocalNeo4j({ homeDir: home, boltPort: port, logger: quietLogger, jvmOptions: SHORT_LIVED_JVM_OPTIONS });
    try {
      const driver = createDriver({ uri: other.uri, user: 'neo4j', password: 'not-the-password' });
      await expect(driver.verifyConnectivity()).rejects.toThrow(/unauthorized|authentication/i);
      await driver.close();
    } finally {
      await other.stop();
    }
  });
});
