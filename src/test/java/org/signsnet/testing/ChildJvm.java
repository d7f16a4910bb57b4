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
    /** A small, quickly started JVM: 1 GB heap, serial GC, C1 only. */
    private static final List<String> SMALL_JVM = List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

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
        return start(logs, name, SMALL_JVM, System.getProperty("java.class.path"), args);
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
        List<String> command = command(jvmOptions, classPath, args);
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

    /** The command line that runs {@code signsnet args...} in a JVM of this one's {@code java.home}. */
    public static List<String> command(List<String> jvmOptions, String classPath, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, "org.signsnet.Main"));
        command.addAll(List.of(args));
        return command;
    }

    /** {@link #command(List, String, String...)} with the small JVM of {@link #start(Path, String, String...)}. */
    public static List<String> command(String... args) {
        return command(SMALL_JVM, System.getProperty("java.class.path"), args);
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
