import { canLaunchLocalNeo4j, isAlive, SHORT_LIVED_JVM_OPTIONS } from '../support/neo4j.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/neo4j/local-launcher.js';
import { startServer, waitUntilReady } from '../support/server-process.js';

/** npm start as a user on a machine without NEO4J_URI or Docker runs it: with a Neo4j of its own, started and stopped. */
const home = mkdtempSync(path.join(tmpdir(), 'landscape-start-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('npm start', () => {
  it.skipIf(!canLaunchLocalNeo4j())('serves GraphQL once ready, and SIGTERM stops the server and its Neo4j with exit code 0', { timeout: 240_000 }, async () => {
    const port = await freePort();
    // The start's steps on an empty graph; the catalogs' import is catalog.test.ts's (it took a minute here).
    const server = startServer({
      PORT: String(port),
      NEO4J_URI: '',
      NEO4J_PROVIDER: 'local',
      NEO4J_LOCAL_DIR: home,
      SEED_ON_START: 'false',
      IMPORT_ON_START: 'false',
      NEO4J_LOCAL_JVM_OPTIONS: SHORT_LIVED_JVM_OPTIONS.join(' '),
    });
    try {
      await waitUntilReady(`http://127.0.0.1:${port}/ready`, server.exited, 180_000);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });

      // Each long step of the start said what it was doing, and /ready came only after the warm-up.
      const messages = server.logs.map((l) => String(l.msg));
      const at = (text: string) => messages.findIndex((m) => m.startsWith(text));
      expect(at('applying schema migrations')).toBeGreaterThanOrEqual(0);
      expect(at('warming query plans')).toBeGreaterThan(at('applying schema migrations'));
      expect(messages.some((m) => m.startsWith('warming query plans') && m.includes(': done in'))).toBe(true);
      expect(at('ready: GraphiQL at')).toBeGreaterThan(messages.findIndex((m) => m.startsWith('warming query plans') && m.includes(': done in')));
      expect(at('starting Neo4j Community')).toBeGreaterThanOrEqual(0);
      // The warm-up asks its questions of an empty graph here: some name benchmarks it lacks (the client's error),
      // none fails inside the server (openClosedPrices did, its claim missing).
      expect(server.logs.filter((l) => l.level === 50).map((l) => `${l.msg}: ${(l.err as { message?: string } | undefined)?.message}`)).toEqual([]);

      const javaPid = server.logs.find((l) => l.msg === 'local Neo4j started')?.pid as number | undefined;
      server.child.kill('SIGTERM');
      const { code } = await server.exited;
      expect(code).toBe(0);
      expect(server.logs.map((l) => l.msg)).toContain('stopped');
      expect(javaPid).toBeTypeOf('number');
      expect(isAlive(javaPid!)).toBe(false);
    } finally {
      server.child.kill('SIGKILL');
    }
  });

  it('exits non-zero, naming the URI and what to do, when NEO4J_URI does not answer (NEO4J_CONNECT_TIMEOUT_S)', async () => {
    const port = await freePort();
    const server = startServer({ PORT: String(port), NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_S: '1' });
    const { code } = await server.exited;
    expect(code).not.toBe(0);
    const fatal = server.logs.find((l) => l.level === 60);
    expect(String(fatal?.msg)).toContain('bolt://127.0.0.1:1');
    expect(String(fatal?.msg)).toMatch(/unset NEO4J_URI/);
  });
});
