import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { typeDefs } from './neo4j-graphql-typedefs.js';

/**
 * The alternative a user would pick: @neo4j/graphql on graphql-yoga, on the same Neo4j and data, with
 * type definitions equivalent for the benchmark's mix. Started by bench/run.ts as its own process.
 */
const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({ schema, graphiql: false, landingPage: false, logging: false });
const server = createServer(yoga);
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('NEO4J_GRAPHQL_READY\n'));
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
