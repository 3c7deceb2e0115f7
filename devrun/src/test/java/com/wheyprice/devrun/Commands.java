package com.wheyprice.devrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The real tools the tests drive (make, kubectl, node): whether one is installed, and running one to its end. */
final class Commands {

    /** What a command printed (standard output and error together) and its exit code. */
    record Result(int code, String output) {
    }

    private Commands() {
    }

    static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    /**
     * Runs {@code command} in {@code directory} with {@code environment} added to this process's;
     * fails the test when it does not end within {@code minutes}. Its output is read while it
     * runs, so a command that prints much cannot stall on a full pipe.
     */
    static Result run(Path directory, Map<String, String> environment, long minutes, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        boolean exited = process.waitFor(minutes, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        String printed = output.get(1, TimeUnit.MINUTES);
        assertThat(exited).as(String.join(" ", command) + " did not end within " + minutes + " minutes:\n" + printed).isTrue();
        return new Result(process.exitValue(), printed);
    }
}
