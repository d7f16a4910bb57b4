package org.signsnet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code org.signsnet.Main} in a separate JVM (this JVM's {@code java.home} and class path),
 * with standard output and error going to files in a log directory.
 */
public final class ChildJvm {
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildJvm(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts {@code signsnet args...} in a small, quickly started JVM (1 GB heap, serial GC, C1 only);
     * its output goes to {@code logs/<name>.out|err}.
     */
    public static ChildJvm start(Path logs, String name, String... args) {
        return start(
                logs,
                name,
                List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                System.getProperty("java.class.path"),
                args);
    }

    /** Starts {@code signsnet args...} with the given JVM options and class path; output as {@link #start(Path, String, String...)}. */
    public static ChildJvm start(Path logs, String name, List<String> jvmOptions, String classPath, String... args) {
        return start(logs, name, jvmOptions, classPath, Map.of(), args);
    }

    /** As {@link #start(Path, String, List, String, String...)}, with {@code environment} added to this process's. */
    public static ChildJvm start(
            Path logs,
            String name,
            List<String> jvmOptions,
            String classPath,
            Map<String, String> environment,
            String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, "org.signsnet.Main"));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(logs);
            Path out = logs.resolve(name + ".out");
            Path err = logs.resolve(name + ".err");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new ChildJvm(process, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    /** Sends a signal by name ("INT", "TERM", "KILL") with kill(1). */
    public void signal(String name) {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the exit code; kills the process and fails after {@code seconds}. */
    public int waitFor(long seconds) {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("child did not finish within " + seconds + " s; stderr: " + stderr());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
