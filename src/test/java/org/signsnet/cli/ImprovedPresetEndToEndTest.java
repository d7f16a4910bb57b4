package org.signsnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.testing.CliRun;
import org.signsnet.testing.SyntheticSigns;

/** {@code train --preset improved} through the whole pipeline: training, checkpoints and every report. */
class ImprovedPresetEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void trainsAndWritesEveryReport() {
        Path data = SyntheticSigns.write(dir.resolve("data"), 64, 12);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of(
                "train",
                "--preset",
                "improved",
                "--epochs",
                "1",
                "--batch-size",
                "32",
                "--data",
                data.toString(),
                "--out",
                out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("model.zip")).isRegularFile();
        assertThat(out.resolve("filters.png")).isRegularFile();
        assertThat(out.resolve("report.html")).isRegularFile();
        assertThat(out.resolve("metrics.json")).isRegularFile();
    }
}
