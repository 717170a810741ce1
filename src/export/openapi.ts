import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';
import { CHARTS } from '../chart/charts.js';
import { GRAPH_FORMATS, TABLES, graphParams } from './exports.js';

/**
 * The OpenAPI 3.1 description of the server's plain HTTP endpoints (GET /openapi.json): the exports, the
 * GraphQL endpoint as HTTP sees it, and the probes. Each export's parameters are read from the zod schema
 * that checks its query string, so the document cannot drift from what the server accepts.
 */

type JsonSchema = Record<string, unknown>;

/**
 * A query parameter from its zod schema: a comma-separated list is an array in OpenAPI's own form (style
 * form, not exploded: ?openness=OPEN_WEIGHTS,CLOSED); any other value as the query string holds it.
 */
function queryParameters(schema: z.ZodObject): JsonSchema[] {
  const input = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, JsonSchema> };
  const output = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as { properties: Record<string, JsonSchema> };
  return Object.entries(input.properties).map(([name, inputSchema]) => {
    const { description, ...outputSchema } = output.properties[name] ?? {};
    const list = outputSchema.type === 'array';
    return {
      name,
      in: 'query',
      required: false,
      description: description ?? inputSchema.description,
      schema: list ? outputSchema : (({ description: _, ...rest }) => rest)(inputSchema),
      ...(list ? { style: 'form', explode: false } : {}),
    };
  });
}

const problem = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } });

const failures = {
  '400': problem('A query parameter is wrong: `parameter` names it, `error` says what was given and what is expected.'),
  '503': {
    ...problem('Neo4j could not answer now (`code`: DATABASE_UNAVAILABLE or DATABASE_BUSY); try again after Retry-After seconds.'),
    headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait before trying again.' } },
  },
};

function tablePaths() {
  const paths: Record<string, unknown> = {};
  for (const [name, table] of Object.entries(TABLES)) {
    const parameters = queryParameters(table.params as z.ZodObject);
    const row = { type: 'object', properties: Object.fromEntries(table.columns.map((column) => [column, {}])) };
    paths[`/export/${name}.csv`] = {
      get: {
        operationId: `export_${name}_csv`,
        tags: ['tables'],
        summary: `The ${name} table as CSV`,
        description: `A header row, then one row each: ${table.columns.join(', ')}. Lists are joined with ";".`,
        parameters,
        responses: { '200': { description: `The ${name} table.`, content: { 'text/csv': { schema: { type: 'string' }, example: `${table.columns.join(',')}\n` } } }, ...failures },
      },
    };
    paths[`/export/${name}.json`] = {
      get: {
        operationId: `export_${name}_json`,
        tags: ['tables'],
        summary: `The ${name} table as JSON`,
        description: `An array of objects with the columns of /export/${name}.csv.`,
        parameters,
        responses: { '200': { description: `The ${name} table.`, content: { 'application/json': { schema: { type: 'array', items: row } } } }, ...failures },
      },
    };
  }
  return paths;
}

function graphPaths() {
  const parameters = queryParameters(graphParams);
  const summaries: Record<string, string> = {
    graphml: 'The graph view as GraphML (yEd, networkx, igraph)',
    gexf: 'The graph view as GEXF 1.3 (Gephi, networkx, sigma.js)',
    'nodegraph.json': "The graph view as Grafana node graph data frames (a 'nodes' and an 'edges' frame)",
  };
  return Object.fromEntries(
    Object.entries(GRAPH_FORMATS).map(([format, { type }]) => [
      `/export/graph.${format}`,
      {
        get: {
          operationId: `export_graph_${format.replace('.', '_')}`,
          tags: ['graph'],
          summary: summaries[format],
          description: 'The view the GraphQL field graph(...) gives for the same arguments, with every property: the neighbourhood of the start nodes, or the whole landscape.',
          parameters,
          responses: { '200': { description: 'The graph.', content: { [type.split(';')[0]!]: { schema: { type: 'string' } } } }, ...failures },
        },
      },
    ]),
  );
}

function chartPaths() {
  const paths: Record<string, unknown> = {};
  for (const [name, chart] of Object.entries(CHARTS)) {
    const parameters = queryParameters(chart.params as z.ZodObject);
    for (const required of parameters.filter((p) => p.name === 'benchmark')) Object.assign(required, { required: true, example: 'aime-2024' });
    paths[`/export/chart/${name}.vl.json`] = {
      get: {
        operationId: `chart_${name.replace('-', '_')}_spec`,
        tags: ['charts'],
        summary: `${chart.summary}: a Vega-Lite spec with its data`,
        description: 'A Vega-Lite v6 spec with its data inline: vegaEmbed(element, spec) in a page or Observable, or a Vega panel in Grafana. Its subtitle names the source table.',
        parameters,
        responses: { '200': { description: 'The spec.', content: { 'application/json': { schema: { type: 'object' } } } }, ...failures },
      },
    };
    paths[`/export/chart/${name}.csv`] = {
      get: {
        operationId: `chart_${name.replace('-', '_')}_csv`,
        tags: ['charts'],
        summary: `${chart.summary}: the data, as CSV`,
        description: 'The rows the chart draws, each naming its benchmark, source table, reporter and group of comparable results.',
        parameters,
        responses: { '200': { description: 'The data.', content: { 'text/csv': { schema: { type: 'string' } } } }, ...failures },
      },
    };
  }
  return paths;
}

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'landscape-graph',
      version: '0.1.0',
      summary: 'The open- versus closed-source AI landscape as a knowledge graph.',
      description:
        'Plain HTTP endpoints beside the GraphQL API (POST or GET /graphql, self-describing through introspection): tables as CSV or JSON for ' +
        'spreadsheets and BI tools, the graph as files for Gephi, yEd, networkx and Grafana, and the probes. Every answer is read-only.',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'tables', description: 'Flat tables for spreadsheets, notebooks and BI tools.' },
      { name: 'graph', description: 'The graph as files for graph tools.' },
      { name: 'charts', description: 'Charts as Vega-Lite specs with their data, and the data as CSV.' },
      { name: 'graphql', description: 'The GraphQL endpoint, as HTTP sees it.' },
      { name: 'probes', description: 'Health and readiness, for load balancers and orchestrators.' },
    ],
    paths: {
      ...tablePaths(),
      ...graphPaths(),
      ...chartPaths(),
      '/graphql': {
        get: {
          operationId: 'graphql_get',
          tags: ['graphql'],
          summary: 'A GraphQL query over GET (cacheable); GraphiQL for a browser',
          parameters: [
            { name: 'query', in: 'query', required: false, schema: { type: 'string' }, description: 'The GraphQL document (a query; mutations need POST).' },
            { name: 'variables', in: 'query', required: false, schema: { type: 'string' }, description: 'Its variables, as JSON.' },
            { name: 'operationName', in: 'query', required: false, schema: { type: 'string' } },
          ],
          responses: {
            '200': { description: 'A GraphQL response ({data, errors}), or GraphiQL for a browser.', content: { 'application/graphql-response+json': { schema: { type: 'object' } }, 'text/html': { schema: { type: 'string' } } } },
          },
        },
        post: {
          operationId: 'graphql_post',
          tags: ['graphql'],
          summary: 'A GraphQL request: query or mutation (mutations need an editor bearer token)',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { query: { type: 'string' }, variables: { type: 'object' }, operationName: { type: 'string' }, extensions: { type: 'object' } },
                },
              },
            },
          },
          responses: { '200': { description: 'A GraphQL response ({data, errors}).', content: { 'application/graphql-response+json': { schema: { type: 'object' } } } } },
        },
      },
      '/persisted-operations.json': {
        get: {
          operationId: 'persisted_operations',
          tags: ['graphql'],
          summary: 'The trusted documents (example questions, the explorer) with their SHA-256 hashes',
          responses: { '200': { description: 'The documents.', content: { 'application/json': { schema: { type: 'array', items: { type: 'object' } } } } } },
        },
      },
      '/health': {
        get: {
          operationId: 'health',
          tags: ['probes'],
          summary: 'Whether the process can work, and what it knows of the Neo4j it looks after',
          responses: {
            '200': { description: 'It can work.', content: { 'application/json': { schema: { type: 'object' } } } },
            '503': { description: 'The Neo4j it looks after died and could not be started again.', content: { 'application/json': { schema: { type: 'object' } } } },
          },
        },
      },
      '/ready': {
        get: {
          operationId: 'ready',
          tags: ['probes'],
          summary: "Whether Neo4j answers and the start's warm-up is done",
          responses: { '200': { description: 'Ready for traffic.' }, '503': { description: 'Not ready.' } },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          tags: ['probes'],
          summary: 'This document',
          responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: {
      schemas: {
        Problem: {
          type: 'object',
          required: ['error'],
          properties: {
            error: { type: 'string', description: 'What was wrong, in words.' },
            parameter: { type: 'string', description: 'The query parameter at fault (400).' },
            code: { type: 'string', enum: ['DATABASE_UNAVAILABLE', 'DATABASE_BUSY'], description: 'Why Neo4j could not answer (503).' },
          },
        },
      },
    },
  };
}

/** GET /openapi.json: the document, built once. */
export function useOpenApi(): Plugin {
  const body = JSON.stringify(openApiDocument());
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== '/openapi.json' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { headers: { 'content-type': 'application/json; charset=utf-8' } }));
    },
  };
}
