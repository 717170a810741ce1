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

  it("sends a request's reads asked in one turn together, as one round trip, each answered with its own rows", async () => {
    const seen: string[] = [];
    const observed = db.observed(({ name, mode }) => seen.push(`${mode} ${name}`));
    // What the sibling relations of one level of a GraphQL query do: each asks its read, none awaits the others.
    const answers = await Promise.all([
      observed.read({ name: 'test/one', text: 'RETURN 1 AS one' }),
      observed.read({ name: 'test/many', text: 'UNWIND range(1, 3) AS n RETURN n' }),
      observed.read({ name: 'test/none', text: 'UNWIND [] AS n RETURN n' }),
    ]);
    expect(answers).toEqual([[{ one: 1 }], [{ n: 1 }, { n: 2 }, { n: 3 }], []]);
    expect(seen).toEqual(['READ test/one + test/many + test/none']);
    // A read that waits for another's answer is the next level: its own trip.
    const first = await observed.read({ name: 'test/first', text: 'RETURN 1 AS one' });
    await observed.read({ name: 'test/then', text: 'RETURN $one AS again' }, { one: first[0]!.one });
    expect(seen.slice(1)).toEqual(['READ test/first', 'READ test/then']);
  });

  it('answers the other reads of a turn when one of them fails on its own, and gives that one its own error', async () => {
    const observed = db.observed(() => {});
    const [divided, other] = await Promise.allSettled([
      observed.read({ name: 'test/divide', text: 'RETURN 1 / toInteger($zero) AS never' }, { zero: 0 }),
      observed.read({ name: 'test/other', text: 'RETURN 2 AS two' }),
    ]);
    expect(divided).toMatchObject({ status: 'rejected', reason: { code: 'Neo.ClientError.Statement.ArithmeticError' } });
    expect(other).toEqual({ status: 'fulfilled', value: [{ two: 2 }] });
  });

  it('answers a ping', async () => {
    expect(await db.ping()).toBe(true);
  });
});
