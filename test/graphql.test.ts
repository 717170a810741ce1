import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/yoga.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

async function graphql(query: string) {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
}

describe('the GraphQL endpoint', () => {
  it('answers { __typename }', async () => {
    expect(await graphql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });

  it('counts nodes per label from the real database', async () => {
    const { data } = await graphql('{ nodeCounts { label count } }');
    const labels = (data?.nodeCounts as Array<{ label: string; count: number }>).map((c) => c.label);
    expect(labels).toContain('Model');
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('GraphiQL');
  });
});
