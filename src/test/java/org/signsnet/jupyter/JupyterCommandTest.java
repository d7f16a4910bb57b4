package org.signsnet.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.data.DataDirectoryResolver;
import org.signsnet.testing.CliRun;

class JupyterCommandTest {
    @TempDir
    Path dir;

    @Test
    void installWithAPrefixWritesTheKernelspecWithThisJvmAndTheDataDirectory() throws IOException {
        CliRun run = CliRun.of("jupyter", "install", "--prefix", dir.toString());
        assertThat(run.code()).as(run.toString()).isZero();
        Path kernelJson = dir.resolve("share/jupyter/kernels/signsnet/kernel.json");
        assertThat(run.out())
                .contains(
                        "Installed the Jupyter kernel 'signsnet'",
                        kernelJson.getParent().toString());
        JsonNode json = new ObjectMapper().readTree(Files.readString(kernelJson));
        assertThat(json.at("/argv/0").asText()).startsWith(System.getProperty("java.home"));
        assertThat(json.at("/env/SIGNS_DATA_DIR").asText())
                .isEqualTo(DataDirectoryResolver.fromSystem()
                        .resolve(null)
                        .directory()
                        .toString());
    }

    @Test
    void anExplicitDataDirectoryWithoutTheFilesIsAOneLineDataError() {
        CliRun run = CliRun.of(
                "jupyter",
                "install",
                "--prefix",
                dir.toString(),
                "--data",
                dir.resolve("none").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.oneLineErrorProblem()).isNull();
        assertThat(dir.resolve("share")).doesNotExist();
    }

    @Test
    void userAndPrefixExcludeEachOther() {
        CliRun run = CliRun.of("jupyter", "install", "--user", "--prefix", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void theKernelRefusesAMissingOrForeignConnectionFileInOneLine() throws IOException {
        CliRun missing = CliRun.of("jupyter", "kernel", dir.resolve("none.json").toString());
        assertThat(missing.code()).isEqualTo(5);
        assertThat(missing.oneLineErrorProblem()).isNull();
        Path foreign = Files.writeString(dir.resolve("foreign.json"), "{\"not\": \"a connection\"}");
        CliRun wrong = CliRun.of("jupyter", "kernel", foreign.toString());
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.oneLineErrorProblem()).isNull();
        assertThat(wrong.err()).contains("not a Jupyter connection file");
    }

    @Test
    void jupyterAloneAsksForASubcommand() {
        CliRun run = CliRun.of("jupyter");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("signsnet jupyter install");
    }
}
