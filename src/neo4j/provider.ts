import path from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { commandAvailable, startLocalNeo4j } from './local-launcher.js';
import { RESTART_BACKOFF_MS, superviseLocalNeo4j, type DependencyHealth } from './supervisor.js';

/**
 * The one place that decides where this process's Neo4j comes from, for every entry point (server,
 * seed, tests, benchmarks). In order: an existing server named by NEO4J_URI; a container through a
 * Docker engine that answers; a Neo4j Community started here from Maven Central's jars.
 */
export type Neo4jSource = 'uri' | 'docker' | 'local';

export interface ProvidedNeo4j {
  source: Neo4jSource;
  uri: string;
  user: string;
  /** Undefined means "connect without authentication" (an existing server with auth off). */
  password: string | undefined;
  /** Stops what this process started (container or local Java process); a no-op for NEO4J_URI. */
  stop(): Promise<void>;
  /** The state of a Neo4j this process looks after (the local one, restarted when it dies); none otherwise. */
  health?(): DependencyHealth;
}

/** What the machine offers, as far as the choice is concerned. */
export interface Environment {
  uri: string | undefined;
  docker: boolean;
  java: boolean;
  mvn: boolean;
}

export class NoNeo4jError extends Error {
  override name = 'NoNeo4jError';
}

/** Pinned so that every Docker user runs the same server as the local launcher (see neo4j-local/pom.xml). */
export const NEO4J_IMAGE = 'neo4j:5.26.30-community';

/** The choice itself, free of side effects so that it can be tested on any machine. */
export function chooseSource(forced: Config['NEO4J_PROVIDER'], env: Environment): Neo4jSource {
  const usable: Record<Neo4jSource, boolean> = {
    uri: env.uri !== undefined,
    docker: env.docker,
    local: env.java && env.mvn,
  };
  if (forced !== 'auto') {
    if (usable[forced]) return forced;
    throw new NoNeo4jError(`NEO4J_PROVIDER=${forced} was asked for, but ${explainMissing(forced, env)}.`);
  }
  const order: Neo4jSource[] = ['uri', 'docker', 'local'];
  const found = order.find((source) => usable[source]);
  if (found) return found;
  throw new NoNeo4jError(
    'No Neo4j could be provided. Tried, in order: ' +
      `(1) an existing server: ${explainMissing('uri', env)}; ` +
      `(2) a container: ${explainMissing('docker', env)}; ` +
      `(3) a local Neo4j Community fetched from Maven Central: ${explainMissing('local', env)}. ` +
      'Set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use a server you have, start Docker, ' +
      'or install a JDK 17+ and Maven (apt-get install openjdk-17-jdk-headless maven).',
  );
}

function explainMissing(source: Neo4jSource, env: Environment): string {
  switch (source) {
    case 'uri':
      return 'NEO4J_URI is not set';
    case 'docker':
      return 'no Docker engine answers (testcontainers found no container runtime)';
    case 'local': {
      const missing = [env.java ? undefined : 'java', env.mvn ? undefined : 'mvn'].filter(Boolean);
      return `${missing.join(' and ')} not found on PATH`;
    }
  }
}

/** Looks at the machine; Docker is asked only when no URI is set, Java and Maven only when needed. */
export async function detectEnvironment(config: Config): Promise<Environment> {
  const uri = config.NEO4J_URI;
  const wants = (source: Neo4jSource) =>
    config.NEO4J_PROVIDER === source || (config.NEO4J_PROVIDER === 'auto' && uri === undefined);
  const docker = wants('docker') ? await dockerAnswers() : false;
  const needLocal = wants('local') && !(config.NEO4J_PROVIDER === 'auto' && docker);
  return {
    uri,
    docker,
    java: needLocal && commandAvailable(process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java'),
    mvn: needLocal && commandAvailable('mvn', ['-v']),
  };
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export interface ProvideOptions {
  config: Config;
  logger: Logger;
  /** Overrides NEO4J_LOCAL_DIR (tests use their own, emptied data folder). */
  localDir?: string;
}

export async function provideNeo4j({ config, logger, localDir }: ProvideOptions): Promise<ProvidedNeo4j> {
  const env = await detectEnvironment(config);
  const source = chooseSource(config.NEO4J_PROVIDER, env);
  logger.info({ source }, 'providing Neo4j');
  switch (source) {
    case 'uri':
      return {
        source,
        uri: config.NEO4J_URI!,
        user: config.NEO4J_USER,
        password: config.NEO4J_PASSWORD,
        stop: async () => {},
      };
    case 'docker': {
      const { Neo4jContainer } = await import('@testcontainers/neo4j');
      const container = await new Neo4jContainer(NEO4J_IMAGE).start();
      return {
        source,
        uri: container.getBoltUri(),
        user: container.getUsername(),
        password: container.getPassword(),
        stop: async () => {
          await container.stop();
        },
      };
    }
    case 'local': {
      const options = {
        homeDir: localDir ?? config.NEO4J_LOCAL_DIR,
        boltPort: config.NEO4J_LOCAL_BOLT_PORT,
        heapMb: config.NEO4J_LOCAL_HEAP_MB,
        pageCacheMb: config.NEO4J_LOCAL_PAGECACHE_MB,
        jvmOptions: config.NEO4J_LOCAL_JVM_OPTIONS,
        parameterSizeHints: config.NEO4J_LOCAL_PARAMETER_SIZE_HINTS,
        startupTimeoutMs: config.NEO4J_STARTUP_TIMEOUT_S * 1000,
        logger,
      };
      const local = await startLocalNeo4j(options);
      // Restarted on the same port, with the same password and data, so the driver finds it again.
      const again = () =>
        startLocalNeo4j({ ...options, boltPort: Number(new URL(local.uri).port), password: local.password });
      const supervised = superviseLocalNeo4j(local, again, logger, RESTART_BACKOFF_MS.slice(0, config.NEO4J_LOCAL_RESTART_ATTEMPTS));
      return { source, uri: local.uri, user: local.user, password: local.password, stop: supervised.stop, health: supervised.health };
    }
  }
}
