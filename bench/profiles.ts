import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from '../src/logger.js';
import type { CypherQuery } from '../src/neo4j/cypher.js';
import { Database, type Params, type Row } from '../src/neo4j/database.js';
import { createApp } from '../src/server/yoga.js';
import type { Question } from './mix.js';

/**
 * Why a question is as slow as it is: each Cypher query this server runs for it, PROFILEd on the
 * benchmark's graph, beside the floor's query, written to bench/results/profiles/<question>.txt with
 * Neo4j's operators, rows and db hits, and the bytes each returns.
 */
interface Captured {
  query: CypherQuery;
  params: Params;
}

/** A database that records every read of the requests it serves (the app's own queries, as it runs them). */
class RecordingDatabase extends Database {
  readonly captured: Captured[] = [];

  override observed(): Database {
    return this;
  }

  override async read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    this.captured.push({ query, params });
    return super.read(query, params);
  }
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  rows: number;
  dbHits: number;
  children: PlanNode[];
}

async function profile(driver: Driver, text: string, params: Params): Promise<{ lines: string[]; dbHits: number; ms: number; bytes: number; memoryBytes: number }> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    // The first PROFILE of a text also plans it: the second run's time is the execution's.
    await session.run(`PROFILE ${text}`, params);
    const started = performance.now();
    const result = await session.run(`PROFILE ${text}`, params);
    const ms = performance.now() - started;
    const lines: string[] = [];
    let dbHits = 0;
    const walk = (node: PlanNode, depth: number) => {
      dbHits += node.dbHits;
      const details = String(node.arguments.Details ?? '').replace(/\s+/g, ' ');
      lines.push(`${'  '.repeat(depth)}${node.operatorType.replace(/@neo4j$/, '')}  rows=${node.rows} dbHits=${node.dbHits}  ${details.slice(0, 160)}`);
      for (const child of node.children) walk(child, depth + 1);
    };
    walk(result.summary.profile as unknown as PlanNode, 0);
    const bytes = Buffer.byteLength(JSON.stringify(result.records.map((record) => record.toObject())));
    // The transaction memory Neo4j counted for the query (PROFILE's GlobalMemory): what concurrent questions take of
    // dbms.memory.transaction.total.max before Neo4j refuses them (MemoryPoolOutOfMemoryError, DATABASE_BUSY here).
    const memoryBytes = Number((result.summary.profile as unknown as PlanNode).arguments.GlobalMemory ?? 0);
    return { lines, dbHits, ms, bytes, memoryBytes };
  } finally {
    await session.close();
  }
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Profiles every question at the current scale; returns a one-line summary per question. */
export async function writeProfiles(driver: Driver, database: string | undefined, logger: Logger, questions: Question[], scale: string, dir: string) {
  const db = new RecordingDatabase(driver, database);
  // The response cache off: each question's own Cypher, not the cache's version read, is what is profiled.
  const app = createApp({ db, logger, config: { RESPONSE_CACHE_SIZE: 0 } });
  mkdirSync(dir, { recursive: true });
  const summary: Record<string, { ours: { queries: number; dbHits: number; bytes: number; memoryBytes: number }; floor: { dbHits: number; bytes: number; memoryBytes: number } }> = {};
  for (const question of questions) {
    db.captured.length = 0;
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: question.ours }),
    });
    await response.text();
    const captured = [...db.captured];
    const out = [`# ${question.name} at ${scale}: this server's Cypher, PROFILEd, then the floor's`, '', `GraphQL: ${question.ours.replace(/\s+/g, ' ')}`];
    let ourHits = 0;
    let ourBytes = 0;
    let ourMemory = 0;
    for (const { query, params } of captured) {
      const profiled = await profile(driver, query.text, params);
      ourHits += profiled.dbHits;
      ourBytes += profiled.bytes;
      ourMemory = Math.max(ourMemory, profiled.memoryBytes);
      out.push('', `## this server: ${query.name} (${profiled.dbHits} db hits, ${profiled.bytes} bytes of JSON returned, ${profiled.memoryBytes} bytes of transaction memory, ${profiled.ms.toFixed(1)} ms with PROFILE, after planning)`, '', `params: ${JSON.stringify(params).slice(0, 600)}`, '', ...profiled.lines);
    }
    const floor = await profile(driver, question.floor.cypher, question.floor.params);
    out.push('', `## floor (${floor.dbHits} db hits, ${floor.bytes} bytes of JSON returned, ${floor.memoryBytes} bytes of transaction memory, ${floor.ms.toFixed(1)} ms with PROFILE, after planning)`, '', ...floor.lines, '');
    writeFileSync(path.join(dir, `${slug(question.name)}.txt`), out.join('\n'));
    summary[question.name] = {
      ours: { queries: captured.length, dbHits: ourHits, bytes: ourBytes, memoryBytes: ourMemory },
      floor: { dbHits: floor.dbHits, bytes: floor.bytes, memoryBytes: floor.memoryBytes },
    };
  }
  return summary;
}
