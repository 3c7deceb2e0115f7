package com.wheyprice.devrun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The README's run command: {@code start} brings up the whole suite on the development defaults
 * (one SQLite file and Redis, embedded if none runs) and keeps it up until Ctrl-C or
 * {@code stop}; {@code dev <service>} does the same with that one service in Quarkus dev mode;
 * {@code stop} ends a suite started from the same directory. {@code compose-env}
 * prints fresh service client credentials as a {@code .env} file for docker-compose.dev.yml.
 */
public final class DevRun {

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private DevRun() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Settings settings = Settings.fromEnvironment(root, System.getenv());
        String command = args.length == 0 ? "start" : args[0];
        int code = switch (command) {
            case "start" -> start(settings, null);
            case "dev" -> args.length == 2 ? start(settings, args[1]) : usage();
            case "stop" -> stop(settings);
            case "compose-env" -> {
                System.out.print(new ServiceCredentials().composeEnv());
                yield 0;
            }
            default -> usage();
        };
        System.exit(code);
    }

    private static int usage() {
        System.err.println("usage: devrun [start | dev <service> | stop | compose-env]");
        return 2;
    }

    /** Starts the suite; {@code devService}, when not null, runs in Quarkus dev mode ({@link Suite}). */
    static int start(Settings settings, String devService) throws IOException, InterruptedException {
        Path pidFile = pidFile(settings);
        Optional<ProcessHandle> previous = runningLauncher(pidFile);
        if (previous.isPresent()) {
            System.err.println("the suite is already running (launcher pid " + previous.get().pid() + "); stop it with ./run.sh stop");
            return 1;
        }
        Files.createDirectories(settings.dataDir());
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
        Suite suite = new Suite(settings, System.out, Clock.systemUTC(), devService);
        Thread shutdown = new Thread(() -> {
            suite.close();
            deleteQuietly(pidFile);
            System.out.println("stopped");
        }, "devrun-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            suite.start();
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        System.out.println();
        for (Suite.Running service : suite.running()) {
            System.out.printf("%-16s http://localhost:%d   (health, metrics: :%d; log: %s)%n", service.service().name(),
                    service.service().port(), service.service().managementPort(), settings.root().relativize(service.log().toAbsolutePath()));
        }
        if (settings.sampleRetailerPort() > 0) {
            System.out.printf("%-16s %s/proteinmart/on-gold-standard-100-whey-double-rich-chocolate-907g.html%n", "sample retailer",
                    suite.sampleRetailerUrl());
        }
        if (suite.mailInboxUrl() != null) {
            System.out.printf("%-16s %s   (every e-mail the suite sends; JSON at /api/messages)%n", "mail inbox", suite.mailInboxUrl());
        }
        System.out.println("\nall services ready. Ctrl-C (or ./run.sh stop) stops everything.");
        Suite.Running ended = suite.awaitAnyExit();
        if (suite.closing()) {
            return 0;
        }
        System.err.println(ended.service().name() + " stopped unexpectedly; last lines of its log:\n" + Suite.tail(ended.log()));
        return 1;
    }

    static int stop(Settings settings) throws InterruptedException {
        Optional<ProcessHandle> launcher = runningLauncher(pidFile(settings));
        if (launcher.isEmpty()) {
            System.out.println("the suite is not running");
            return 0;
        }
        launcher.get().destroy();
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (launcher.get().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (launcher.get().isAlive()) {
            System.err.println("the launcher (pid " + launcher.get().pid() + ") did not stop within " + STOP_WAIT);
            return 1;
        }
        System.out.println("stopped");
        return 0;
    }

    private static Path pidFile(Settings settings) {
        return settings.dataDir().resolve("devrun.pid");
    }

    /** The launcher recorded in the pid file, if that process still runs and is a Java launcher. */
    private static Optional<ProcessHandle> runningLauncher(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().command().map(command -> command.contains("java")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale pid file is detected as stale on the next start
        }
    }
}
