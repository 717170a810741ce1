import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../../src/neo4j/database.js';
import { classArchiveFile, freePort, resolveClasspath, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-launcher.js';
import { emptyGraph } from '../../src/seed/loader.js';
import { createApp } from '../../src/server/yoga.js';
import { canLaunchLocalNeo4j, isAlive, quietLogger, SHORT_LIVED_JVM_OPTIONS } from '../support/neo4j.js';

/**
 * One Neo4j of this file's own, started after the app that asks for it and stopped under it: what the app
 * says meanwhile, and what can only be tried on a database nobody else reads (authentication, emptying it).
 * One after another: each test goes on from where the one before left the Neo4j.
 * Java's class archive is shared by every local Neo4j of this machine's java and jars: it is only ever unlinked
 * or renamed here, never written in place, since a JVM that maps it (the graph tier's) keeps reading its file.
 */
const home = mkdtempSync(path.join(tmpdir(), 'landscape-ready-'));
const password = randomBytes(12).toString('hex');
let local: LocalNeo4j | undefined;
let uri = '';
let db: Database;
let status: (endpoint: string) => Promise<number>;
/** Java's archive of Neo4j's classes for this machine's java and jars (see src/neo4j/local-launcher.ts). */
let archive = '';
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

    // No class archive yet, as on a fresh clone: this start has its JVM write one at its clean stop.
    archive = classArchiveFile(await resolveClasspath(quietLogger))!;
    rmSync(archive, { force: true });
    local = await startLocalNeo4j({ homeDir: home, boltPort: port, password, logger: quietLogger, jvmOptions: SHORT_LIVED_JVM_OPTIONS });
    expect(local.uri).toBe(uri);
    expect(local.classArchive).toBe('recording');
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

  it('is 503 after Neo4j stopped, the Java process gone, its class archive kept; /health stays 200', async () => {
    await local!.stop();
    expect(isAlive(local!.pid)).toBe(false);
    expect(existsSync(archive)).toBe(true);
    expect(await status('/ready')).toBe(503);
    expect(await status('/health')).toBe(200);
  });

  it("starts again on the same data and password, mapping Java's archive of Neo4j's classes that the clean stop kept", async () => {
    local = await startLocalNeo4j({ homeDir: home, boltPort: Number(new URL(uri).port), password, logger: quietLogger, jvmOptions: SHORT_LIVED_JVM_OPTIONS });
    expect(local.classArchive).toBe('mapped');
    // What the JVM really mapped, not only what it was told: the archive's file among its memory mappings.
    expect(readFileSync(`/proc/${local.pid}/maps`, 'utf8')).toContain(path.basename(archive));
    expect(await status('/ready')).toBe(200);
    const [row] = await db.read({ name: 'test/versions', text: 'MATCH (v:GraphVersion) RETURN count(v) AS versions' });
    expect(row).toEqual({ versions: 1 });
  });

  it('starts even when the class archive is broken (cut short, as a full disk leaves it): the JVM crashes mapping it, the start removes it and goes on without', async () => {
    await local!.stop();
    const kept = `${archive}.kept-by-test`;
    renameSync(archive, kept);
    try {
      writeFileSync(archive, readFileSync(kept).subarray(0, 1_000_000));
      local = await startLocalNeo4j({ homeDir: home, boltPort: Number(new URL(uri).port), password, logger: quietLogger, jvmOptions: SHORT_LIVED_JVM_OPTIONS });
      expect(local.classArchive).toBe('recording'); // started again without it, to write a whole one at a clean stop
      expect(existsSync(archive)).toBe(false);
      expect(await status('/ready')).toBe(200);
      // The crash's report went beside Neo4j's logs, not into the folder the tests run in.
      expect(readdirSync(path.join(home, 'logs')).some((file) => file.startsWith('hs_err_pid'))).toBe(true);
      expect(readdirSync('.').some((file) => file.startsWith('hs_err_pid'))).toBe(false);
    } finally {
      // Killed, not stopped: its JVM writes no archive, and the whole one is put back for the next files' starts.
      if (local && isAlive(local.pid)) process.kill(local.pid, 'SIGKILL');
      await local?.exited;
      renameSync(kept, archive);
    }
  });
});
