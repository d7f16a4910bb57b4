package org.signsnet.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.signsnet.data.RealSignsData;
import org.signsnet.testing.ChildJvm;
import org.signsnet.testing.TestClassPath;

/**
 * Debian's Jupyter ({@code jupyter-nbconvert}, {@code python3-nbclient}, which brings
 * {@code jupyter_client}) with the {@code signsnet} kernel installed by {@code signsnet jupyter
 * install --prefix} into a temporary directory, and Jupyter's own directories isolated there too.
 * Jupyter missing is a failure that names the packages: {@code .ci/run} installs them.
 */
final class JupyterFixture {
    private static final String MISSING = "Jupyter is needed for this test: on Debian, apt-get install"
            + " jupyter-nbconvert python3-nbclient (.ci/run installs them when missing)";

    private final Path root;
    private final String python;

    private JupyterFixture(Path root, String python) {
        this.root = root;
        this.python = python;
    }

    /** Installs the kernel under {@code root}, reading the SIGNS files that ship with the project. */
    static JupyterFixture install(Path root) {
        String python = pythonWithJupyter();
        ChildJvm install = ChildJvm.start(
                root.resolve("logs"),
                "install",
                List.of("-Xmx512m"),
                TestClassPath.get(),
                "jupyter",
                "install",
                "--prefix",
                root.toString(),
                "--data",
                RealSignsData.directory().toString());
        int exit = install.waitFor(120);
        assertThat(exit)
                .as("signsnet jupyter install: " + install.stdout() + install.stderr())
                .isZero();
        assertThat(root.resolve("share/jupyter/kernels/signsnet/kernel.json")).isRegularFile();
        return new JupyterFixture(root, python);
    }

    /** Runs {@code python3 script args...} with the fixture's Jupyter paths; fails after {@code seconds}. */
    Run python(Path script, long seconds, String... args) {
        List<String> command = new ArrayList<>(List.of(python, script.toString()));
        command.addAll(List.of(args));
        return run(command, seconds);
    }

    /** Runs {@code python3 -m jupyter args...} (e.g. {@code nbconvert ...}); fails after {@code seconds}. */
    Run jupyter(long seconds, String... args) {
        List<String> command = new ArrayList<>(List.of(python, "-m", "jupyter"));
        command.addAll(List.of(args));
        return run(command, seconds);
    }

    Path root() {
        return root;
    }

    /** A finished process: exit status and its two output streams. */
    record Run(int exit, String stdout, String stderr) {}

    private Run run(List<String> command, long seconds) {
        try {
            Path out = Files.createTempFile(root, "out", ".txt");
            Path err = Files.createTempFile(root, "err", ".txt");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            env.put("JUPYTER_PATH", root.resolve("share").resolve("jupyter").toString());
            env.put(
                    "JUPYTER_DATA_DIR",
                    Files.createDirectories(root.resolve("data")).toString());
            env.put(
                    "JUPYTER_CONFIG_DIR",
                    Files.createDirectories(root.resolve("config")).toString());
            env.put(
                    "JUPYTER_RUNTIME_DIR",
                    Files.createDirectories(root.resolve("runtime")).toString());
            Process process = builder.start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new AssertionError(
                        command + " did not finish within " + seconds + " s; stderr: " + Files.readString(err));
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The first {@code python3} (on the PATH, then Debian's) that has {@code jupyter_client} and {@code nbconvert}. */
    private static String pythonWithJupyter() {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process probe = new ProcessBuilder(candidate, "-c", "import jupyter_client, nbclient, nbconvert")
                        .redirectErrorStream(true)
                        .start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not there: try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(MISSING);
    }
}
