package org.signsnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.signsnet.testing.ChildJvm;

/**
 * {@code signsnet --help}, {@code --version} and {@code data verify} in a fresh JVM with the
 * application's own {@code logback.xml} (the tests' logback-test.xml would shadow it): standard
 * error stays empty, so no log line precedes the command's output.
 */
class CleanStartTest {
    @ParameterizedTest(name = "signsnet {0} prints no log line")
    @CsvSource({"--help, Usage: signsnet", "--version, signsnet ", "data verify, data directory: "})
    void startsWithoutLogLines(String args, String firstOutput, @TempDir Path logs) {
        ChildJvm run = ChildJvm.start(
                logs,
                "clean-start",
                List.of(
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-Dlogback.configurationFile=logback.xml"),
                System.getProperty("java.class.path"),
                args.split(" "));

        assertThat(run.waitFor(120)).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).startsWith(firstOutput);
    }
}
