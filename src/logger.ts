import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout, one object a line. */
export function createLogger(level: string, name = 'landscape-graph'): Logger {
  return pino({ name, level });
}
