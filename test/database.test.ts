import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from './support/neo4j.js';

const db = testDatabase();
afterAll(() => db.close());

describe('the database boundary, on the real Neo4j', () => {
  it('writes a node through the driver and reads it back', async () => {
    const id = randomUUID();
    await db.write(
      { name: 'test/create-probe', text: 'CREATE (p:DatabaseProbe {id: $id, released: date($day), size: 7})' },
      { id, day: '2025-01-20' },
    );
    const rows = await db.read(
      { name: 'test/read-probe', text: 'MATCH (p:DatabaseProbe {id: $id}) RETURN p.released AS released, p.size AS size' },
      { id },
    );
    // Neo4j dates come back as ISO strings and integers as plain numbers.
    expect(rows).toEqual([{ released: '2025-01-20', size: 7 }]);
    await db.write({ name: 'test/delete-probe', text: 'MATCH (p:DatabaseProbe {id: $id}) DELETE p' }, { id });
  });

  it('reports every round trip to an observer', async () => {
    const seen: string[] = [];
    const observed = db.observed(({ name, mode }) => seen.push(`${mode} ${name}`));
    await observed.read({ name: 'test/one', text: 'RETURN 1 AS one' });
    await observed.write({ name: 'test/two', text: 'RETURN 2 AS two' });
    expect(seen).toEqual(['READ test/one', 'WRITE test/two']);
  });

  it('answers a ping', async () => {
    expect(await db.ping()).toBe(true);
  });
});
