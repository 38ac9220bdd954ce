package ergraph.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs a Neo4j community server in-process: Bolt on 127.0.0.1, native auth on,
 * user neo4j with a known password. Meant for tests and CI, not production.
 *
 * <pre>
 * java -Xmx1g -jar neo4j-server.jar [-port N] [-data DIR] [-password PW] [-ready-file FILE]
 * </pre>
 *
 * Defaults come from the environment: NEO4J_BOLT_PORT (7687), ERGRAPH_NEO4J_DATA
 * (a fresh temporary directory, deleted at shutdown), ERGRAPH_NEO4J_PASSWORD
 * (ergraph-test-pw), ERGRAPH_NEO4J_PAGECACHE (256m). The data directory is used as
 * the Neo4j home (databases under data/, Neo4j's own logs under logs/); a given
 * directory is kept at shutdown and may be reused by the next start.
 *
 * The ready file (if any) is written only after Bolt is up and the password is set,
 * and removed at shutdown. SIGTERM/SIGINT shut the databases down cleanly.
 */
public final class Neo4jServer {
    private static final String DEFAULT_PASSWORD = "ergraph-test-pw";

    private Neo4jServer() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            System.err.println("neo4j-server: failed: " + t);
            t.printStackTrace();
            // Runs the shutdown hook (if registered), which stops whatever had started.
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String data = System.getenv("ERGRAPH_NEO4J_DATA");
        String password = env("ERGRAPH_NEO4J_PASSWORD", DEFAULT_PASSWORD);
        String pageCache = env("ERGRAPH_NEO4J_PAGECACHE", "256m");
        Path readyFile = null;
        boolean readOnly = false;

        for (int i = 0; i < args.length; i++) {
            String a = args[i].replaceFirst("^--", "-");
            switch (a) {
                case "-port" -> port = Integer.parseInt(next(args, ++i, a));
                case "-data" -> data = next(args, ++i, a);
                case "-password" -> password = next(args, ++i, a);
                case "-pagecache" -> pageCache = next(args, ++i, a);
                case "-ready-file" -> readyFile = Path.of(next(args, ++i, a));
                case "-read-only" -> readOnly = true;
                case "-h", "-help" -> {
                    System.out.println("usage: neo4j-server [-port N] [-data DIR] [-password PW]"
                            + " [-pagecache SIZE] [-ready-file FILE] [-read-only]");
                    return;
                }
                default -> die("unknown argument: " + args[i]);
            }
        }
        if (password.length() < 8) {
            die("password must have at least 8 characters (Neo4j's minimum)");
        }

        final boolean ownsHome = (data == null || data.isEmpty());
        final Path home = ownsHome
                ? Files.createTempDirectory("ergraph-neo4j-")
                : Files.createDirectories(Path.of(data)).toAbsolutePath();
        final Path ready = readyFile;
        if (ready != null) {
            Files.deleteIfExists(ready);
        }

        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("dbms.security.auth_enabled", "true");
        cfg.put("server.default_listen_address", "127.0.0.1");
        cfg.put("server.default_advertised_address", "127.0.0.1");
        cfg.put("server.bolt.enabled", "true");
        cfg.put("server.bolt.listen_address", "127.0.0.1:" + port);
        cfg.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        cfg.put("server.bolt.tls_level", "DISABLED");
        cfg.put("server.http.enabled", "false");
        cfg.put("server.https.enabled", "false");
        cfg.put("server.memory.pagecache.size", pageCache);
        cfg.put("db.tx_log.preallocate", "false");
        cfg.put("db.tx_log.rotation.retention_policy", "2 files");
        // Stop Bolt promptly on SIGTERM (the default quiet period adds ~10 s to every stop).
        cfg.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
        cfg.put("internal.dbms.bolt.netty_server_shutdown_timeout", "5s");
        // Never phone home: this runs on machines without outside network.
        cfg.put("dbms.usage_report.enabled", "false");
        if (readOnly) {
            // For tests of what a client sees when it may not write.
            cfg.put("server.databases.default_to_read_only", "true");
        }

        log("starting Neo4j " + neo4jVersion() + " home=" + home + " bolt=127.0.0.1:" + port);
        // Settings go through a properties file so they are validated by name like neo4j.conf.
        Path conf = home.resolve("ergraph-neo4j.conf");
        StringBuilder props = new StringBuilder("# written by ergraph neo4j-server at each start\n");
        cfg.forEach((k, v) -> props.append(k).append('=').append(v).append('\n'));
        Files.writeString(conf, props.toString(), StandardCharsets.UTF_8);

        // Registered before build() so that a SIGTERM during startup also shuts down cleanly.
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            try {
                if (ready != null) {
                    Files.deleteIfExists(ready);
                }
                DatabaseManagementService dbms;
                synchronized (running) {
                    dbms = running.getAndSet(null);
                }
                if (dbms != null) {
                    dbms.shutdown();
                }
                if (ownsHome) {
                    deleteTree(home);
                }
                log("stopped");
            } catch (Throwable t) {
                log("error during shutdown: " + t);
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .build();
        synchronized (running) {
            running.set(dbms);
        }
        log("databases started");

        setPassword(dbms.database("system"), home, password);
        if (!readOnly) {
            // A read-only database refuses even this (it opens a write transaction).
            dbms.database("neo4j").executeTransactionally("RETURN 1");
        }

        if (ready != null) {
            Path tmp = ready.resolveSibling(ready.getFileName() + ".tmp");
            Files.writeString(tmp, "bolt://127.0.0.1:" + port + "\n" + ProcessHandle.current().pid() + "\n",
                    StandardCharsets.UTF_8);
            Files.move(tmp, ready, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        log("READY bolt://127.0.0.1:" + port + " user=neo4j");
        stopped.await();
    }

    /**
     * Sets neo4j's password without forcing a change. On a reused data directory whose
     * marker file says the password is already this one, nothing is done (the system
     * database's security commands take many seconds to compile in a cold JVM).
     */
    private static void setPassword(GraphDatabaseService system, Path home, String password)
            throws Exception {
        Path marker = home.resolve("ergraph-password.sha256");
        String digest = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).trim().equals(digest)) {
            log("password for user neo4j already set (reused data)");
            return;
        }
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED",
                    Map.of("pw", password));
            log("password for user neo4j set");
        } catch (RuntimeException e) {
            String msg = e.getMessage() + " " + e.getCause();
            if (!msg.toLowerCase(Locale.ROOT).contains("cannot be the same")) {
                throw e;
            }
            // Already this password (marker lost): just make sure no change is required.
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
            log("password for user neo4j already set");
        }
        Files.writeString(marker, digest + "\n", StandardCharsets.UTF_8);
    }

    private static String neo4jVersion() {
        String v = DatabaseManagementService.class.getPackage().getImplementationVersion();
        return v == null ? "(unknown version)" : v;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Files.delete(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? def : v;
    }

    private static String next(String[] args, int i, String flag) {
        if (i >= args.length) {
            die(flag + " needs a value");
        }
        return args[i];
    }

    private static void die(String msg) {
        System.err.println("neo4j-server: " + msg);
        System.exit(2);
    }

    private static final long T0 = System.nanoTime();

    private static void log(String msg) {
        System.out.printf("[neo4j-server +%.1fs] %s%n", (System.nanoTime() - T0) / 1e9, msg);
        System.out.flush();
    }
}
