package org.signsnet.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.model.TrainingConfig;

/** Failures in words: what users read instead of exception class names. */
class FailureTextTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskIsSaidSoWhereverItIsInTheCauses() {
        IIOException png = new IIOException("I/O error writing PNG file!", new IOException("No space left on device"));
        assertThat(FailureText.of(png)).isEqualTo("no space left on device");
        assertThat(FailureText.isDiskFull(png)).isTrue();
        assertThat(FailureText.isDiskFull(new IOException("Disk quota exceeded")))
                .isTrue();
        assertThat(FailureText.isDiskFull(new IOException("Broken pipe"))).isFalse();
    }

    @Test
    void fileSystemFailuresNameTheFileAndTheReason() {
        assertThat(FailureText.of(new NoSuchFileException("/x/y"))).isEqualTo("/x/y: no such file or directory");
        assertThat(FailureText.of(new AccessDeniedException("/x"))).isEqualTo("/x: permission denied");
        assertThat(FailureText.of(new EOFException())).isEqualTo("the data ends too early");
    }

    @Test
    void jsonThatDoesNotFitSaysWhereAndWhyWithoutTypeNames() throws IOException {
        Path bad = Files.writeString(dir.resolve("c.json"), "{\n \"preset\": \"HUGE\"\n}");
        Exception e = readAs(bad, TrainingConfig.class);
        assertThat(FailureText.of(e))
                .startsWith("unexpected JSON content at line 2, column 12 (field 'preset')")
                .contains("HUGE")
                .doesNotContain("org.", "Exception", "`");
        Path cut = Files.writeString(dir.resolve("cut.json"), "{\"preset\": ");
        assertThat(FailureText.of(readAs(cut, TrainingConfig.class))).startsWith("malformed JSON at line 1");
    }

    @Test
    void classNamesInsideALibrarysMessageAreDropped() {
        RuntimeException wrapped = new RuntimeException(
                "java.lang.IllegalStateException: value of type org.deeplearning4j.nn.conf.ConvolutionMode is bad");
        assertThat(FailureText.of(wrapped)).isEqualTo("value of type ConvolutionMode is bad");
        assertThat(FailureText.of(new IOException())).isEqualTo("an unexpected input/output error");
        for (Exception e : List.of(new IllegalArgumentException(), new NullPointerException())) {
            assertThat(FailureText.of(e)).doesNotContain("Exception");
        }
    }

    private static Exception readAs(Path file, Class<?> type) {
        try {
            Json.mapper().readValue(file.toFile(), type);
            throw new AssertionError("read " + file);
        } catch (IOException e) {
            return e;
        }
    }
}
