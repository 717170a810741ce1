import { createYoga, maskError, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { createContext, type Context } from './context.js';
import { clientError, isDatabaseUnavailable } from './errors.js';
import type { Logger } from './logger.js';
import type { Database } from './neo4j/database.js';
import { schema } from './schema.js';

export interface AppOptions {
  db: Database;
  logger: Logger;
  /** Shown errors stay terse in production; in development yoga adds the original message. */
  production?: boolean;
}

export type App = YogaServerInstance<Record<string, never>, Context>;

/**
 * The GraphQL server as a fetch handler: GraphiQL and POST/GET at /graphql, GET /health (the process
 * answers) and GET /ready (Neo4j answers). Tests call app.fetch() without opening a port.
 */
export function createApp({ db, logger, production = false }: AppOptions): App {
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'landscape-graph' },
    context: () => createContext(db),
    logging: {
      debug: (...args) => logger.debug(args.length === 1 ? args[0] : args),
      info: (...args) => logger.info(args.length === 1 ? args[0] : args),
      warn: (...args) => logger.warn(args.length === 1 ? args[0] : args),
      error: (...args) => logger.error(args.length === 1 ? args[0] : args),
    },
    maskedErrors: {
      isDev: !production,
      maskError(error, message, isDev) {
        const original = (error as { originalError?: unknown }).originalError;
        if (isDatabaseUnavailable(original)) {
          return clientError('The database is unavailable; try again shortly.', 'DATABASE_UNAVAILABLE');
        }
        return maskError(error, message, isDev);
      },
    },
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => db.ping(),
      }),
    ],
  });
}
