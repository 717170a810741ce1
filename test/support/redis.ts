import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { freePort } from '../../src/neo4j/local-launcher.js';

/**
 * A real Redis for the tests that need one: REDIS_URL where it is set, else a redis-server of the machine's
 * (Debian's package redis-server; .ci/run installs it), started on loopback on a free port, keeping nothing
 * on disk. Where there is neither (redisServerInstalled false), the tests that need one are skipped.
 */
export const redisServerInstalled = process.env.REDIS_URL !== undefined || spawnSync('redis-server', ['--version']).status === 0;

export interface TestRedis {
  url: string;
  /** Stops this Redis (SIGKILL: a crash, not a shutdown); start() brings it back on the same port, empty. */
  kill(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  if (process.env.REDIS_URL) {
    const url = process.env.REDIS_URL;
    const refuse = async () => {
      throw new Error('REDIS_URL names a Redis these tests did not start: they cannot stop or start it');
    };
    return { url, kill: refuse, start: refuse, stop: async () => undefined };
  }
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const started = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    const output: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${output.join('\n')}`)), 10_000);
      createInterface({ input: started.stdout! }).on('line', (line) => {
        output.push(line);
        if (line.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with code ${code}:\n${output.join('\n')}`));
      });
    });
  };
  const stopWith = async (signal: NodeJS.Signals) => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(signal);
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, kill: () => stopWith('SIGKILL'), stop: () => stopWith('SIGTERM') };
}
