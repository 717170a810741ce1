import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export type LogFormat = 'auto' | 'json' | 'pretty';

/**
 * Logs on stdout: JSON lines for log collectors, or, in a terminal (or LOG_FORMAT=pretty), one readable
 * line each ("10:21:07 INFO  starting Neo4j (12 s)"). LOG_FORMAT=json keeps JSON in a terminal too.
 */
export function createLogger(level: string, name = 'landscape-graph', format: LogFormat = 'auto'): Logger {
  const readable = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  if (!readable) return pino({ name, level });
  return pino(
    { name, level },
    pretty({ sync: true, singleLine: true, colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,name' }),
  );
}

/** How often a long step says it is still at work. */
export const HEARTBEAT_MS = 5_000;

/**
 * Runs one long step of a start (resolving jars, starting Neo4j, seeding...), saying what it does when it
 * begins, every HEARTBEAT_MS while it runs (with what `detail` reports then: bytes downloaded, rows
 * written), and how long it took, so that a person watching a first start never faces minutes of silence.
 */
export async function step<T>(
  logger: Logger,
  what: string,
  work: () => Promise<T>,
  detail: () => Record<string, unknown> | undefined = () => undefined,
): Promise<T> {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 1000);
  logger.info(`${what}...`);
  const heartbeat = setInterval(() => logger.info({ ...detail() }, `${what}: still at it (${seconds()} s)`), HEARTBEAT_MS);
  try {
    const result = await work();
    logger.info({ ...detail() }, `${what}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } finally {
    clearInterval(heartbeat);
  }
}
