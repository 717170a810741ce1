import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import type { App } from './yoga.js';

export interface RunningServer {
  server: Server;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish (up to graceMs), then cuts the rest. */
  close(graceMs: number): Promise<void>;
}

/** The most a request body may hold by default, in bytes (MAX_BODY_BYTES). */
export const DEFAULT_MAX_BODY_BYTES = 262_144;

/**
 * Refuses a body larger than `maxBodyBytes` before it is read: by its Content-Length (Node's parser reads
 * no further than that), and a body without one (chunked) is refused outright, since it cannot be sized.
 */
function refuseOversizedBodies(app: App, maxBodyBytes: number): RequestListener {
  const refuse = (res: ServerResponse, status: number, message: string) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(JSON.stringify({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'LENGTH_REQUIRED' } }] }));
  };
  return (req, res) => {
    const length = req.headers['content-length'];
    if (length !== undefined && Number(length) > maxBodyBytes) {
      refuse(res, 413, `The request body (${length} bytes) is larger than the ${maxBodyBytes} bytes allowed.`);
      return;
    }
    if (length === undefined && req.headers['transfer-encoding'] !== undefined) {
      refuse(res, 411, 'Send the request body with a Content-Length header.');
      return;
    }
    void app(req, res);
  };
}

export async function listen(
  app: App,
  host: string,
  port: number,
  logger: Logger,
  { maxBodyBytes = DEFAULT_MAX_BODY_BYTES }: { maxBodyBytes?: number } = {},
): Promise<RunningServer> {
  const server = createServer(refuseOversizedBodies(app, maxBodyBytes));
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
