import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community, embedded, with its Bolt connector on 127.0.0.1 only and authentication on.
 *
 * Started as a child process by src/neo4j/local-launcher.ts. Arguments: the Neo4j home folder and the
 * Bolt port. The password for the user neo4j comes in NEO4J_LOCAL_PASSWORD (never on the command line,
 * where `ps` would show it). Prints one line "NEO4J_LOCAL_READY bolt://127.0.0.1:PORT" when Bolt
 * accepts connections. Stops cleanly on SIGTERM/SIGINT and also when its standard input closes, so a
 * parent that dies without a word never leaves a Java process behind.
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: LocalNeo4j <home-dir> <bolt-port>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = System.getenv("NEO4J_LOCAL_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("NEO4J_LOCAL_PASSWORD must be set to at least 8 characters");
      System.exit(2);
    }
    String pageCache = envOr("NEO4J_LOCAL_PAGECACHE_MB", "128");
    String txTimeout = envOr("NEO4J_LOCAL_TX_TIMEOUT_S", "0");

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(Long.parseLong(pageCache)))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(Long.parseLong(txTimeout)))
            // Bolt's network threads otherwise idle 5 s, twice, before a stop completes; nothing is in
            // flight by then (the Node side closes its driver first), so 0 s quiet makes stops take ~1 s.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
            // "false": a query's plan is found again for parameters of any length (see NEO4J_LOCAL_PARAMETER_SIZE_HINTS).
            .setConfig(
                GraphDatabaseInternalSettings.cypher_size_hint_parameters,
                Boolean.parseBoolean(envOr("NEO4J_LOCAL_PARAMETER_SIZE_HINTS", "true")))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "neo4j-local-shutdown"));

    // The embedded API runs system-database commands with full rights: set this run's generated
    // password, so clients take the same authenticated driver path as against a production server.
    // Any failure here ends the process at once (Neo4j's own threads would otherwise keep it alive,
    // and the parent would wait for a ready line that never comes).
    try {
      setPassword(dbms, password);
    } catch (RuntimeException e) {
      e.printStackTrace();
      System.exit(1);
    }

    System.out.println("NEO4J_LOCAL_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // Parent gone (stdin closed) means stop; the shutdown hook shuts the database down cleanly.
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // ignore anything written to us
                }
              } catch (IOException ignored) {
                // treated like end of input
              }
              System.exit(0);
            },
            "neo4j-local-stdin");
    watcher.setDaemon(true);
    watcher.start();
    stopped.await();
  }

  /** Sets the password of the user neo4j; a restart with the password it already has is fine. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        String message = cause.getMessage();
        if (message != null && message.contains("Old password and new password cannot be the same")) return;
      }
      throw e;
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
