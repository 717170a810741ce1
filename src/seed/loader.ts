import type { Logger } from '../logger.js';
import type { Database } from '../neo4j/database.js';

/** Placeholder until the knowledge graph's seed loader lands (issue 3): reports and does nothing. */
export async function seedIfEmpty(_db: Database, logger: Logger): Promise<void> {
  logger.info('no seed loader yet');
}
