import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import type { LocalNeo4j } from './local-launcher.js';

/** What /health says of the database this process is responsible for. */
export interface DependencyHealth {
  /** up: answering as far as we know; restarting: it died and is being started again; failed: given up. */
  state: 'up' | 'restarting' | 'failed';
  restarts: number;
  detail?: string;
}

/** Waits before each attempt to start a dead local Neo4j again; then it is given up as failed. */
export const RESTART_BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 20_000];

/**
 * Keeps the local Neo4j running: when its process exits without being asked to (a crash, an OOM kill,
 * kill -9), says so in the log and starts it again, on the same port and data, with back-off. When
 * every attempt fails, health() says failed, so /health answers 503 and a supervisor of this process
 * (systemd, Kubernetes) restarts it. Neo4j from NEO4J_URI or Docker is not ours to restart.
 */
export function superviseLocalNeo4j(
  first: LocalNeo4j,
  start: () => Promise<LocalNeo4j>,
  logger: Logger,
  backoffMs: readonly number[] = RESTART_BACKOFF_MS,
): { health(): DependencyHealth; stop(): Promise<void> } {
  let current = first;
  let health: DependencyHealth = { state: 'up', restarts: 0 };
  let restarting: Promise<void> | undefined;
  const stopping = new AbortController(); // aborted at shutdown: cuts a back-off wait short too
  const stopped = () => stopping.signal.aborted;

  const watch = (instance: LocalNeo4j) => {
    void instance.exited.then(({ code, signal }) => {
      if (stopped() || instance !== current) return;
      logger.error({ pid: instance.pid, code, signal }, 'local Neo4j exited without being asked to; starting it again');
      health = { ...health, state: 'restarting', detail: `exited (code ${code}, signal ${signal})` };
      restarting = restartWithBackoff();
    });
  };

  async function restartWithBackoff(): Promise<void> {
    for (const [index, delay] of backoffMs.entries()) {
      try {
        await sleep(delay, undefined, { signal: stopping.signal });
      } catch {
        return; // stopped while waiting
      }
      try {
        const instance = await start();
        if (stopped()) {
          await instance.stop();
          return;
        }
        current = instance;
        health = { state: 'up', restarts: health.restarts + 1 };
        logger.info({ pid: instance.pid, attempt: index + 1, uri: instance.uri }, 'local Neo4j started again');
        watch(instance);
        return;
      } catch (error) {
        logger.error({ attempt: index + 1, of: backoffMs.length, err: error }, 'local Neo4j did not start again');
      }
    }
    health = { ...health, state: 'failed', detail: `exited and did not start again in ${backoffMs.length} attempts` };
    logger.fatal(health, 'local Neo4j could not be started again: /health answers 503');
  }

  watch(first);
  return {
    health: () => health,
    stop: async () => {
      stopping.abort();
      await restarting;
      await current.stop();
    },
  };
}
