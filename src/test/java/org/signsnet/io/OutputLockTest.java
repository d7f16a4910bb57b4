package org.signsnet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

/** One run per output directory; the lock goes with the run, a stale lock file never blocks. */
class OutputLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondRunIntoTheSameDirectoryIsAnIoErrorNamingTheHolder() {
        Path out = dir.resolve("out");
        try (OutputLock first = OutputLock.acquire(out)) {
            SignsnetException error = catchThrowableOfType(SignsnetException.class, () -> OutputLock.acquire(out));
            assertThat(error.kind()).isEqualTo(ErrorKind.IO);
            assertThat(error.getMessage())
                    .contains(
                            out.toString(),
                            "in use by another signsnet run",
                            "pid " + ProcessHandle.current().pid(),
                            "started ")
                    .doesNotContain("\n");
        }
        try (OutputLock again = OutputLock.acquire(out)) {
            assertThat(out.resolve(OutputLock.FILE_NAME)).exists();
        }
    }

    @Test
    void aStaleLockFileLeftByAKilledRunDoesNotBlock() throws Exception {
        Path out = Files.createDirectories(dir.resolve("stale"));
        Files.writeString(out.resolve(OutputLock.FILE_NAME), "pid 999999, started 2020-01-01T00:00:00Z\n");
        try (OutputLock lock = OutputLock.acquire(out)) {
            assertThat(Files.readString(out.resolve(OutputLock.FILE_NAME)))
                    .startsWith("pid " + ProcessHandle.current().pid() + ",");
        }
    }

    @Test
    void anOutputPathThatIsAFileIsAnIoError() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        SignsnetException error = catchThrowableOfType(SignsnetException.class, () -> OutputLock.acquire(file));
        assertThat(error.kind()).isEqualTo(ErrorKind.IO);
        assertThat(error.getMessage()).contains("is a file");
    }

    @Test
    void leftoverTemporaryFilesAreDeletedButNothingElse() throws Exception {
        Path out = Files.createDirectories(dir.resolve("leftovers"));
        Files.writeString(out.resolve(".model.zip.123.tmp"), "half");
        Files.writeString(out.resolve(".cost.png.9.tmp"), "half");
        Files.writeString(out.resolve("notes.tmp"), "the user's");
        Files.writeString(out.resolve("metrics.json"), "{}");
        assertThat(AtomicFiles.deleteLeftovers(out)).isEqualTo(2);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("notes.tmp", "metrics.json");
        }
    }
}
