import type { Config } from '../config.js';
import { step, type Logger } from '../logger.js';
import { createDriver, Database, waitForNeo4j } from './database.js';
import { applyMigrations } from './migrations.js';
import { provideNeo4j, type ProvidedNeo4j } from './provider.js';

export interface Connected {
  neo4j: ProvidedNeo4j;
  db: Database;
  /** Closes the driver, then stops the Neo4j this process started (if any). */
  close(): Promise<void>;
}

/**
 * Provider, driver, readiness and schema migrations: what every entry point needs before it can touch
 * the graph. On failure, whatever was started is stopped again before the error is thrown.
 */
export async function connect(config: Config, logger: Logger, options: { localDir?: string } = {}): Promise<Connected> {
  const neo4j = await provideNeo4j({ config, logger, ...options });
  const driver = createDriver(neo4j);
  const db = new Database(driver, config.NEO4J_DATABASE, {
    txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
    deadlineMs: config.NEO4J_DEADLINE_MS,
    routing: /^neo4j(\+s|\+ssc)?:/.test(neo4j.uri),
  });
  const close = async () => {
    await driver.close();
    await neo4j.stop();
  };
  try {
    const timeoutMs = (neo4j.source === 'uri' ? config.NEO4J_CONNECT_TIMEOUT_S : 60) * 1000;
    await step(logger, `connecting to Neo4j at ${neo4j.uri}`, () => waitForNeo4j(driver, neo4j.uri, timeoutMs, logger));
    await applyMigrations(db, logger);
  } catch (error) {
    await close();
    throw error;
  }
  return { neo4j, db, close };
}
