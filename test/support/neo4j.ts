import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createDriver, Database } from '../../src/neo4j/database.js';

/** The run's Neo4j (see global-setup.ts), through the real driver. Close it in afterAll. */
export function testDatabase(): Database {
  const neo4j = inject('neo4j');
  return new Database(createDriver(neo4j), loadConfig().NEO4J_DATABASE);
}

export const quietLogger = createLogger('silent');

/** Whether a process (a Neo4j, a server) still runs. */
export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
