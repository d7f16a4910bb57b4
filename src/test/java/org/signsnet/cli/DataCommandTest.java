package org.signsnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.data.DataDirectoryResolver;
import org.signsnet.data.RealSignsData;
import org.signsnet.io.Json;
import org.signsnet.testing.CliRun;
import org.signsnet.testing.SyntheticSigns;

/** {@code signsnet data verify} and {@code signsnet data install} as a user runs them. */
class DataCommandTest {
    @TempDir
    Path root;

    @Test
    void verifyNamesTheShippedFilesAndWhereTheyWereFound() {
        CliRun run =
                CliRun.of("data", "verify", "--data", RealSignsData.directory().toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out().lines())
                .anySatisfy(l -> assertThat(l).startsWith("data directory: ").endsWith("(--data)"))
                .anySatisfy(l -> assertThat(l)
                        .matches("train_signs\\.h5 +reconstruction +13,289,920 bytes +sha256 "
                                + "e3d350bac7abafad014e472e7cd1a668c7902887b77aed943c9f965f4f30546d"))
                .anySatisfy(l -> assertThat(l)
                        .matches("test_signs\\.h5 +original +1,477,712 bytes +sha256 "
                                + "539fb746ed9e947eb244cfca73f4d1b03f9bf5524d609eeed2cd76ddb1b179be"));
        assertThat(run.out()).contains("signsnet data install");
    }

    @Test
    void verifyWithoutOptionsUsesTheProjectsData() {
        CliRun run = CliRun.of("data", "verify");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("(" + DataDirectoryResolver.PROJECT_ORIGIN + ")");
    }

    @Test
    void verifyCallsOtherFilesUnknownAndPrintsJson() throws IOException {
        Path synthetic = SyntheticSigns.write(root.resolve("mine"), 4, 2);

        CliRun run = CliRun.of("data", "verify", "--json", "--data", synthetic.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode json = Json.mapper().readTree(run.out());
        assertThat(json.get("found_by").asText()).isEqualTo("--data");
        assertThat(json.get("files")).hasSize(2);
        assertThat(json.get("files").get(0).get("file").asText()).isEqualTo("train_signs.h5");
        assertThat(json.get("files").get(0).get("provenance").asText()).isEqualTo("unknown");
        assertThat(json.get("files").get(1).get("git_blob").asText()).hasSize(40);
    }

    @Test
    void installRefusesAWrongFileInOneLineWithExitCode3() throws IOException {
        Path synthetic = SyntheticSigns.write(root.resolve("mine"), 4, 2);
        byte[] before = Files.readAllBytes(synthetic.resolve("train_signs.h5"));
        Path wrong = Files.writeString(root.resolve("wrong.h5"), "not the original");

        CliRun run = CliRun.of("data", "install", "--data", synthetic.toString(), wrong.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(run.oneLineErrorProblem()).isNull();
        assertThat(run.err()).contains("refusing " + wrong, "15904fbeb148848aea50d42c96a539b7bd11c4e5");
        assertThat(Files.readAllBytes(synthetic.resolve("train_signs.h5"))).isEqualTo(before);
    }

    @Test
    void dataWithoutASubcommandIsAUsageError() {
        CliRun run = CliRun.of("data");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("signsnet data verify");
    }
}
