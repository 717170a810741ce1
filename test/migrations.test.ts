import { afterAll, describe, expect, it } from 'vitest';
import { KIND_LABELS } from '../src/entity/keys.js';
import { applyMigrations } from '../src/neo4j/migrations.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

const db = testDatabase();
afterAll(() => db.close());

const showSchema = async () => {
  const constraints = await db.read({
    name: 'test/show-constraints',
    text: 'SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type RETURN name, labelsOrTypes, properties, type ORDER BY name',
  });
  const indexes = await db.read({
    name: 'test/show-indexes',
    text: 'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN name, type, labelsOrTypes, properties, state ORDER BY name',
  });
  return { constraints, indexes };
};

describe('schema migrations', () => {
  it('are idempotent: applied twice, the schema is the same', async () => {
    // The global setup applied them once already.
    const before = await showSchema();
    await applyMigrations(db, quietLogger);
    await applyMigrations(db, quietLogger);
    expect(await showSchema()).toEqual(before);
  });

  it('make every id unique for each kind of node of the landscape', async () => {
    const { constraints } = await showSchema();
    const unique = constraints.filter((c) => c.type === 'UNIQUENESS' && (c.properties as string[])[0] === 'id');
    const labels = unique.map((c) => (c.labelsOrTypes as string[])[0]).sort();
    // Every kind of node (src/entity/keys.ts), the seed's and the catalogs', has one.
    expect(labels).toEqual(Object.values(KIND_LABELS).sort());
  });

  it('create the full-text index the search uses, online', async () => {
    const { indexes } = await showSchema();
    const search = indexes.find((i) => i.name === 'landscape_text');
    expect(search).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE' });
    expect(search?.properties).toEqual(['name', 'description', 'statement', 'searchText']);
    // The index it replaced (without facts and models' search words) is gone.
    expect(indexes.find((i) => i.name === 'landscape_search')).toBeUndefined();
  });
});
