import { step, type Logger } from '../logger.js';
import { cypherFilesIn, cypher, statementsOf } from './cypher.js';
import type { Database } from './database.js';

/**
 * Applies cypher/schema/*.cypher (constraints, indexes, the full-text index) in file order. Every
 * statement says IF NOT EXISTS, so this runs at every start and changes nothing the second time.
 */
export async function applyMigrations(db: Database, logger: Logger): Promise<number> {
  let count = 0;
  await step(
    logger,
    'applying schema migrations (cypher/schema: constraints, indexes, full-text index)',
    async () => {
      for (const name of cypherFilesIn('schema')) {
        for (const [index, text] of statementsOf(cypher(name).text).entries()) {
          await db.writeSchema({ name: `${name}#${index + 1}`, text });
          count++;
        }
      }
      // Queries right after start should find their indexes online, not still populating.
      await db.writeSchema({ name: 'schema/await-indexes', text: 'CALL db.awaitIndexes(120)' });
    },
    () => ({ statements: count }),
  );
  return count;
}
