import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/yoga.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * GET /openapi.json describes the plain HTTP endpoints, so that a BI tool or a client generator can use them
 * without reading the README: the document is valid OpenAPI 3.1 (checked by a real validator against the
 * specification's JSON schema), and the server answers as it says.
 */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

interface Operation {
  parameters?: Array<{ name: string; required?: boolean; example?: string; schema: { type?: string; items?: { enum?: string[] }; enum?: string[] }; style?: string; explode?: boolean }>;
  responses: Record<string, { content?: Record<string, unknown> }>;
}
type OpenApi = { openapi: string; paths: Record<string, { get?: Operation; post?: Operation }> };

const get = (path: string) => app.fetch(`http://test${path}`);
const documentServed = async () => {
  const response = await get('/openapi.json');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as OpenApi;
};

describe('the OpenAPI 3.1 document at /openapi.json', () => {
  it('is valid OpenAPI 3.1, by @seriousme/openapi-schema-validator', async () => {
    const document = await documentServed();
    const validator = new Validator();
    const result = await validator.validate(document as never);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every export the server has, and the server answers each path with the content type the document gives', async () => {
    const document = await documentServed();
    const listed = ((await (await get('/export/nothing.csv')).json()) as { exports: string[] }).exports;
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(listed));
    for (const [path, { get: operation }] of Object.entries(document.paths)) {
      if (!operation || path === '/graphql') continue;
      const response = await get(path);
      const ok = operation.responses[String(response.status)];
      expect(ok, `${path} answered ${response.status}, which the document does not give`).toBeDefined();
      if (response.status !== 200) continue;
      const documented = Object.keys(ok!.content ?? {});
      if (documented.length) expect(documented, path).toContain(response.headers.get('content-type')!.split(';')[0]);
      await response.arrayBuffer();
    }
  });

  it("takes every parameter as the document gives it: each list parameter's first value is accepted, an undocumented parameter is a 400 naming it", async () => {
    const document = await documentServed();
    let lists = 0;
    for (const [path, { get: operation }] of Object.entries(document.paths)) {
      if (!path.startsWith('/export/')) continue;
      // A required parameter comes with an example to send.
      const required = (operation!.parameters ?? []).filter((p) => p.required);
      for (const parameter of required) expect(parameter.example, `${path} ${parameter.name}`).toBeDefined();
      const base = required.map((p) => `${p.name}=${encodeURIComponent(p.example!)}&`).join('');
      for (const parameter of operation!.parameters ?? []) {
        const value = parameter.schema.items?.enum?.[0];
        if (parameter.schema.type !== 'array' || !value) continue;
        expect(parameter, `${path} ${parameter.name}`).toMatchObject({ style: 'form', explode: false });
        const response = await get(`${path}?${base}${parameter.name}=${encodeURIComponent(value)}`);
        expect(response.status, `${path}?${parameter.name}=${value}: ${await response.clone().text()}`).toBe(200);
        await response.arrayBuffer();
        lists++;
      }
      const refused = await get(`${path}?${base}undocumented=1`);
      expect(refused.status, path).toBe(400);
      expect(((await refused.json()) as { parameter: string }).parameter).toBe('undocumented');
    }
    expect(lists).toBeGreaterThanOrEqual(8); // openness, domain, category, verdict, kind, labels, relationshipTypes on three graph formats
  });
});
