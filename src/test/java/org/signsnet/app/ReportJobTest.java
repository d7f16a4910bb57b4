package org.signsnet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;
import org.signsnet.data.RealSignsData;
import org.signsnet.io.OutputLock;
import org.signsnet.model.ModelStore;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.Provenance;
import org.signsnet.model.TrainingConfig;
import org.signsnet.report.ReportWriter;

/** {@code signsnet report} writes into its output directory only while it holds the directory's lock. */
class ReportJobTest {

    @Test
    void refusesADirectoryAnotherRunIsWritingToThenWritesWhenItIsFree(@TempDir Path dir) {
        Path model = dir.resolve("model.zip");
        TrainingConfig config = TrainingConfig.notebookDefaults();
        ModelStore.save(NotebookNetworks.create(config), Provenance.of(config, Map.of()), model);
        Path out = dir.resolve("reports");
        try (OutputLock held = OutputLock.acquire(out)) {
            assertThatThrownBy(() -> ReportJob.run(model, RealSignsData.directory(), out))
                    .isInstanceOf(SignsnetException.class)
                    .hasMessageContaining("in use")
                    .satisfies(e -> assertThat(((SignsnetException) e).kind()).isEqualTo(ErrorKind.IO));
        }
        assertThat(out.resolve(ReportWriter.REPORT_HTML)).doesNotExist();
        ReportJob.Result result = ReportJob.run(model, RealSignsData.directory(), out);
        assertThat(result.files()).contains(out.resolve(ReportWriter.REPORT_HTML));
        assertThat(Files.isRegularFile(out.resolve(ReportWriter.REPORT_HTML))).isTrue();
    }
}
