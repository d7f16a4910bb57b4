package org.signsnet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheFileAndLeavesNoTemporaryBehind() throws IOException {
        Path target = dir.resolve("sub/metrics.json");
        AtomicFiles.writeString(target, "{}");
        assertThat(target).hasContent("{}");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailingWriterKeepsTheOldFileAndRemovesItsTemporary() throws IOException {
        Path target = dir.resolve("cost.png");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, tmp -> {
                    Files.writeString(tmp, "half");
                    throw new IOException("disk full");
                }))
                .isInstanceOf(SignsnetException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("disk full")
                .satisfies(e -> assertThat(((SignsnetException) e).kind()).isEqualTo(ErrorKind.IO));
        assertThat(target).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void anOutputDirectoryThatIsAFileIsAnIoError() throws IOException {
        Path blocker = dir.resolve("reports");
        Files.writeString(blocker, "not a directory");
        assertThatThrownBy(() -> AtomicFiles.writeString(blocker.resolve("metrics.json"), "{}"))
                .isInstanceOf(SignsnetException.class)
                .hasMessageStartingWith("cannot write " + blocker.resolve("metrics.json"));
    }
}
