import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

async function graphql(query: string) {
  const { data, errors } = await ask(app, query);
  return errors ? { data, errors } : { data };
}

describe('the GraphQL endpoint', () => {
  it('answers { __typename }', async () => {
    expect(await graphql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });

  it('reports its Cypher round trips in a response header, not in the result', async () => {
    const answer = await ask(app, '{ nodeCounts { label } }');
    expect(answer.roundTrips).toBe(1);
    expect(Object.keys(answer)).not.toContain('extensions');
  });

  it('counts nodes per label from the real database', async () => {
    const { data } = await graphql('{ nodeCounts { label count } models { totalCount } }');
    const counts = new Map((data?.nodeCounts as Array<{ label: string; count: number }>).map((c) => [c.label, c.count]));
    const [direct] = await db.read({ name: 'test/count-models', text: 'MATCH (m:Model) RETURN count(m) AS models' });
    expect(direct!.models).toBeGreaterThanOrEqual(31); // the seed's 31 models, and any a curation test added
    expect(counts.get('Model')).toBe(direct!.models);
    expect(counts.get('Model')).toBe((data as any).models.totalCount);
    // Every kind of node the seed holds is counted, each as a direct count finds it; a label no node has
    // any more (the database test's probe) is not listed.
    expect([...counts.keys()]).toEqual(expect.arrayContaining(['Source', 'Organization', 'Licence', 'Tier', 'Model', 'Domain', 'Benchmark', 'BenchmarkResult', 'StrategicMotive', 'Technique', 'Regulation', 'DeploymentPattern', 'Fact', 'Claim']));
    for (const [label, count] of counts) {
      const [row] = await db.read({ name: 'test/count-label', text: `MATCH (n:\`${label}\`) RETURN count(n) AS count` });
      expect(count, label).toBe(row!.count);
      expect(count, label).toBeGreaterThan(0);
    }
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('GraphiQL');
  });
});
