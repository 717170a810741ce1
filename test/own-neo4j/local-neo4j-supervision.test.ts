import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/neo4j/local-launcher.js';
import { canLaunchLocalNeo4j, SHORT_LIVED_JVM_OPTIONS } from '../support/neo4j.js';

/**
 * `npm start`'s own local Neo4j, killed under it (kill -9, as the OOM killer does): the server says so,
 * starts it again on the same port and data, answers again, and says at /health when it has given up.
 */
const home = mkdtempSync(path.join(tmpdir(), 'landscape-supervision-'));
let server: ChildProcess;
let base = '';
let boltPort = 0;
const log: Array<{ msg: string; [key: string]: unknown }> = [];

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not within ${timeoutMs} ms; last log lines: ${log.slice(-5).map((l) => l.msg).join(' | ')}`);
}

/** The Java process the server started: its only child running LocalNeo4j. */
function neo4jPid(): number {
  const children = readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
  const java = children.find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('LocalNeo4j'));
  if (!java) throw new Error(`no LocalNeo4j among the server's children ${children.join(', ')}`);
  return java;
}

const health = async () => {
  const response = await fetch(`${base}/health`);
  return { status: response.status, body: (await response.json()) as { status: string; neo4j?: { state: string; restarts: number } } };
};
const answers = async () => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ model(id: "deepseek-r1") { name } }' }),
  });
  return ((await response.json()) as { data?: { model?: { name: string } } }).data?.model?.name === 'DeepSeek-R1';
};

describe.skipIf(!canLaunchLocalNeo4j())('the local Neo4j that npm start looks after', () => {
  beforeAll(async () => {
    const port = await freePort();
    boltPort = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...process.env,
        NEO4J_URI: '',
        NEO4J_PROVIDER: 'local',
        NEO4J_LOCAL_DIR: home,
        NEO4J_LOCAL_BOLT_PORT: String(boltPort),
        NEO4J_LOCAL_RESTART_ATTEMPTS: '1',
        // The seed is what this test reads; merging the catalogs into a new database took a minute of CI.
        IMPORT_ON_START: 'false',
        // What is tested is the supervision of the Neo4j, not the start's warm-up (server-lifecycle tests that).
        WARM_UP_ON_START: 'false',
        NEO4J_LOCAL_JVM_OPTIONS: SHORT_LIVED_JVM_OPTIONS.join(' '),
        PORT: String(port),
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    createInterface({ input: server.stdout! }).on('line', (line) => {
      try {
        log.push(JSON.parse(line));
      } catch {
        log.push({ msg: line });
      }
    });
    await waitFor(async () => (await fetch(`${base}/ready`)).status === 200, 300_000);
  });

  afterAll(async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    rmSync(home, { recursive: true, force: true });
  });

  it('reports it up at /health while it answers', async () => {
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', neo4j: { state: 'up', restarts: 0 } } });
  });

  it('starts it again after kill -9, says so in the log, and answers again', async () => {
    const killed = neo4jPid();
    process.kill(killed, 'SIGKILL');
    await waitFor(async () => log.some((l) => l.msg.includes('exited without being asked to')), 30_000);
    await waitFor(answers, 120_000);
    expect(log.find((l) => l.msg.includes('exited without being asked to'))).toMatchObject({ pid: killed, signal: 'SIGKILL' });
    await waitFor(async () => log.some((l) => l.msg === 'local Neo4j started again'), 10_000); // stdout is read a little later
    expect(neo4jPid()).not.toBe(killed);
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', neo4j: { state: 'up', restarts: 1 } } });
  });

  it('says at /health (503) when it could not start it again, the process still up', async () => {
    // Its port taken by someone else, the next start fails; with NEO4J_LOCAL_RESTART_ATTEMPTS=1 that is all.
    process.kill(neo4jPid(), 'SIGKILL');
    let squatter: Server | undefined;
    await waitFor(async () => {
      squatter = await new Promise<Server | undefined>((resolve) => {
        const taken = createServer();
        taken.once('error', () => resolve(undefined));
        taken.listen(boltPort, '127.0.0.1', () => resolve(taken));
      });
      return squatter !== undefined;
    }, 30_000);
    try {
      await waitFor(async () => (await health()).status === 503, 120_000);
      expect((await health()).body).toMatchObject({ status: 'failed', neo4j: { state: 'failed' } });
      await waitFor(async () => log.some((l) => l.msg.includes('could not be started again')), 10_000);
      // Refused before Java starts, naming the port and what to do (a Java start would fail only after seconds).
      expect((log.find((l) => l.msg === 'local Neo4j did not start again') as { err?: { message?: string } } | undefined)?.err?.message).toMatch(
        new RegExp(`127\\.0\\.0\\.1:${boltPort} \\(EADDRINUSE: another process has that port\\).*NEO4J_LOCAL_BOLT_PORT`),
      );
      expect(server.exitCode).toBeNull();
      expect((await fetch(`${base}/ready`)).status).toBe(503);
    } finally {
      squatter?.close();
    }
  });

  it('says at shutdown that the Neo4j it gave up on had already exited, not that it stopped it', async () => {
    server.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => server.once('exit', resolve));
    expect(code).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the last lines of stdout
    expect(log.some((l) => l.msg === 'local Neo4j had already exited')).toBe(true);
    expect(log.some((l) => l.msg === 'local Neo4j stopped')).toBe(false);
  });
});
