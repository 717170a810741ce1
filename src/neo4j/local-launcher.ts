import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { step, type Logger } from '../logger.js';

/**
 * Starts Neo4j Community (embedded, Bolt on 127.0.0.1, authentication on) as a child Java process.
 *
 * Maven resolves org.neo4j:neo4j from neo4j-local/pom.xml into the local Maven cache once; later starts
 * only read the classpath file it wrote. The tiny launcher (neo4j-local/LocalNeo4j.java) is compiled
 * with javac when its class is missing or stale.
 */
const launcherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../neo4j-local');
const pomFile = path.join(launcherDir, 'pom.xml');
const sourceFile = path.join(launcherDir, 'LocalNeo4j.java');
const classpathFile = path.join(launcherDir, 'target', 'classpath.txt');
const classesDir = path.join(launcherDir, 'target', 'classes');
const classFile = path.join(classesDir, 'LocalNeo4j.class');

export interface LocalNeo4jOptions {
  /** Folder for the database's data and logs. */
  homeDir: string;
  /** Bolt port; 0 picks a free one. */
  boltPort?: number;
  /** Password for the user neo4j; generated when not given. */
  password?: string;
  heapMb?: number;
  pageCacheMb?: number;
  /** More JVM options (NEO4J_LOCAL_JVM_OPTIONS). */
  jvmOptions?: readonly string[];
  /** Plans cached by the sizes of string and list parameters too (NEO4J_LOCAL_PARAMETER_SIZE_HINTS; default true). */
  parameterSizeHints?: boolean;
  startupTimeoutMs?: number;
  logger: Logger;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** Settles when the Java process exits, whether stopped or not (a crash, an OOM kill, kill -9). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Stops the Java process (clean shutdown first, then a kill after a grace period). */
  stop(): Promise<void>;
}

/** True when `cmd` runs; used to say precisely what is missing. */
export function commandAvailable(cmd: string, args: string[] = ['-version']): boolean {
  const result = spawnSync(cmd, args, { stdio: 'ignore', timeout: 20_000 });
  return result.error === undefined && result.status === 0;
}

function javaCommand(tool: 'java' | 'javac'): string {
  const javaHome = process.env.JAVA_HOME;
  if (javaHome && existsSync(path.join(javaHome, 'bin', tool))) return path.join(javaHome, 'bin', tool);
  return tool;
}

function mtime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

/** Runs a build tool as a child process (the event loop stays free for progress lines); each output line goes to `onLine`. */
function runChecked(cmd: string, args: string[], what: string, onLine: (line: string) => void = () => {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const tail: string[] = [];
    const child = spawn(cmd, args, { cwd: launcherDir, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        tail.push(line);
        if (tail.length > 20) tail.shift();
        onLine(line);
      });
    }
    child.once('error', (error) => reject(new Error(`${what} failed (${cmd} ${args.join(' ')}): ${error.message}`)));
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${what} failed (${cmd} ${args.join(' ')}, exit code ${code}):\n${tail.join('\n')}`));
    });
  });
}

/** Maven's "Downloaded from central: <url> (1.2 MB at 3.4 MB/s)", read for the progress line. */
const DOWNLOADED = /^(?:\[INFO\] )?Downloaded from \S+: \S+ \(([\d.]+) (B|kB|KB|MB|GB)/;
const UNIT_BYTES: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };

/** Resolves Neo4j's jars through Maven (downloading once) and returns the Java classpath. */
export async function resolveClasspath(logger: Logger): Promise<string> {
  const upToDate = () => {
    if (mtime(classpathFile) < mtime(pomFile)) return false;
    // The Maven cache may have been cleared since the file was written.
    return readFileSync(classpathFile, 'utf8').trim().split(path.delimiter).every((jar) => existsSync(jar));
  };
  if (!upToDate()) {
    const downloads = { files: 0, bytes: 0 };
    await step(
      logger,
      'resolving Neo4j Community from Maven Central (the first run downloads about 140 MB into ~/.m2)',
      () =>
        runChecked(
          'mvn',
          ['-B', '-f', pomFile, 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`],
          'Resolving Neo4j with Maven',
          (line) => {
            const match = DOWNLOADED.exec(line);
            if (!match) return;
            downloads.files++;
            downloads.bytes += Number(match[1]) * (UNIT_BYTES[match[2]!] ?? 1);
          },
        ),
      () => (downloads.files ? { downloadedFiles: downloads.files, downloadedMB: Math.round(downloads.bytes / 1e5) / 10 } : undefined),
    );
    // Maven leaves the file alone when the classpath has not changed ("No changes found"): mark it as checked
    // now, or every later start would run Maven again (a pom.xml newer than the file, as after a fresh clone).
    const now = new Date();
    utimesSync(classpathFile, now, now);
  }
  const classpath = readFileSync(classpathFile, 'utf8').trim();
  if (mtime(classFile) < mtime(sourceFile)) {
    mkdirSync(classesDir, { recursive: true });
    await step(logger, 'compiling the Neo4j launcher (neo4j-local/LocalNeo4j.java)', () =>
      runChecked(javaCommand('javac'), ['-cp', classpath, '-d', classesDir, sourceFile], 'Compiling the Neo4j launcher'),
    );
  }
  return [classesDir, classpath].join(path.delimiter);
}

/** Asks the OS for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Why 127.0.0.1:port cannot be listened on now (EADDRINUSE: another process has it), or undefined when it can.
 * Asked before Java starts: a Neo4j started on a taken port fails only after seconds of its own start.
 */
function portRefusal(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(undefined)));
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { logger } = options;
  const classpath = await resolveClasspath(logger);
  const homeDir = path.resolve(options.homeDir);
  // logs/ now: a JVM that crashes before Neo4j makes it writes its report there (-XX:ErrorFile below).
  mkdirSync(path.join(homeDir, 'logs'), { recursive: true });
  const port = options.boltPort && options.boltPort > 0 ? options.boltPort : await freePort();
  // A port given is probed; one freePort just found is not.
  const refusal = port === options.boltPort ? await portRefusal(port) : undefined;
  if (refusal) {
    throw new Error(`The local Neo4j cannot listen on 127.0.0.1:${port} (${refusal}${refusal === 'EADDRINUSE' ? ': another process has that port' : ''}); free it, or set NEO4J_LOCAL_BOLT_PORT to another port (0: any free one)`);
  }
  const password = options.password ?? randomBytes(18).toString('base64url');
  const startupTimeoutMs = options.startupTimeoutMs ?? 180_000;

  const child = spawn(
    javaCommand('java'),
    [
      `-Xmx${options.heapMb ?? 512}m`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      // A JVM crash's report beside Neo4j's logs, not in whatever folder the server was started from.
      `-XX:ErrorFile=${path.join(homeDir, 'logs', 'hs_err_pid%p.log')}`,
      ...(options.jvmOptions ?? []),
      '-cp',
      classpath,
      'LocalNeo4j',
      homeDir,
      String(port),
    ],
    {
      env: {
        ...process.env,
        NEO4J_LOCAL_PASSWORD: password,
        NEO4J_LOCAL_PAGECACHE_MB: String(options.pageCacheMb ?? 128),
        NEO4J_LOCAL_PARAMETER_SIZE_HINTS: String(options.parameterSizeHints ?? true),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not start java for the local Neo4j');

  const stderrTail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
    logger.debug({ neo4j: line }, 'neo4j stderr');
  });

  const uri = await step(
    logger,
    `starting Neo4j Community (Bolt on 127.0.0.1:${port}, data in ${homeDir})`,
    () =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`The local Neo4j did not start within ${startupTimeoutMs / 1000}s.\n${stderrTail.join('\n')}`));
        }, startupTimeoutMs);
        createInterface({ input: child.stdout! }).on('line', (line) => {
          const match = /^NEO4J_LOCAL_READY (\S+)/.exec(line);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          } else {
            logger.debug({ neo4j: line }, 'neo4j stdout');
          }
        });
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          // Another process holds this folder's store: most likely `npm start`, which seeds and imports on
          // its own; a second Neo4j cannot share the files.
          if (stderrTail.some((line) => line.includes('Lock file has been locked by another process'))) {
            reject(
              new Error(
                `The local Neo4j in ${homeDir} is in use by another process (is \`npm start\` running? It loads the seed and ` +
                  'imports the catalogs at every start). Stop it first, or point NEO4J_URI at the Neo4j it runs.',
              ),
            );
            return;
          }
          reject(
            new Error(
              `The local Neo4j exited before it was ready (code ${code}, signal ${signal}); ` +
                `its logs are in ${path.join(homeDir, 'logs')}.\n${stderrTail.join('\n')}`,
            ),
          );
        });
      }),
  );

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        logger.info({ pid, code: child.exitCode, signal: child.signalCode }, 'local Neo4j had already exited');
        return;
      }
      // Closing stdin asks the launcher to shut the database down cleanly; SIGTERM does the same.
      child.stdin?.end();
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 30_000))) {
        logger.warn({ pid }, 'local Neo4j did not stop within 30s; killing it');
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
      logger.info({ pid }, 'local Neo4j stopped');
    })();
    return stopping;
  };

  logger.info({ uri, pid, homeDir }, 'local Neo4j started');
  return { uri, user: 'neo4j', password, pid, exited, stop };
}
