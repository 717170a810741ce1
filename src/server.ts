import { createServer, type Server } from 'node:http';
import type { Logger } from './logger.js';
import type { App } from './yoga.js';

export interface RunningServer {
  server: Server;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish (up to graceMs), then cuts the rest. */
  close(graceMs: number): Promise<void>;
}

export async function listen(app: App, host: string, port: number, logger: Logger): Promise<RunningServer> {
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}${app.graphqlEndpoint}`;
  logger.info({ url }, 'GraphQL server listening (GraphiQL in a browser at this address)');

  return {
    server,
    url,
    close: (graceMs) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        // Keep-alive connections with no request in flight would otherwise hold close() open.
        server.closeIdleConnections();
      }),
  };
}
