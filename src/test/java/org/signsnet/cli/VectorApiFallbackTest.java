package org.signsnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.data.RealSignsData;
import org.signsnet.io.Json;
import org.signsnet.testing.ChildJvm;

/**
 * Without the Vector API module (an IDE's "Run Main", {@code mvn exec:java}) signsnet trains on its
 * plain-Java kernels, says so once, and prints exactly the numbers of a run with the Vector API.
 */
class VectorApiFallbackTest {

    @Test
    void aRunWithoutTheVectorApiGivesTheSameNumbers(@TempDir Path dir) throws IOException {
        Path data = RealSignsData.directory();
        ChildJvm vector = train(dir, "vector", List.of("-Xmx1g", "--add-modules", "jdk.incubator.vector"), data);
        ChildJvm plain = train(dir, "plain", List.of("-Xmx1g"), data);
        assertThat(vector.waitFor(600))
                .as("exit code; stderr: %s", vector.stderr())
                .isZero();
        assertThat(plain.waitFor(600))
                .as("exit code; stderr: %s", plain.stderr())
                .isZero();

        assertThat(plain.stderr()).contains("plain Java").contains("--add-modules jdk.incubator.vector");
        assertThat(vector.stderr()).doesNotContain("plain Java");
        JsonNode withVectors =
                Json.mapper().readTree(dir.resolve("vector/metrics.json").toFile());
        JsonNode withoutVectors =
                Json.mapper().readTree(dir.resolve("plain/metrics.json").toFile());
        for (String field : new String[] {"costs", "mean_costs", "train_accuracy", "test_accuracy"}) {
            assertThat(withoutVectors.get(field)).as(field).isNotNull().isEqualTo(withVectors.get(field));
        }
        assertThat(printedNumbers(plain.stdout())).isNotEmpty().isEqualTo(printedNumbers(vector.stdout()));
    }

    /** The notebook's printed lines: costs and accuracies. */
    private static List<String> printedNumbers(String stdout) {
        return stdout.lines()
                .filter(l -> l.startsWith("Cost after") || l.contains("Accuracy:"))
                .toList();
    }

    private static ChildJvm train(Path dir, String name, List<String> jvmOptions, Path data) {
        return ChildJvm.start(
                dir.resolve("logs"),
                name,
                jvmOptions,
                System.getProperty("java.class.path"),
                "train",
                "--epochs",
                "2",
                "--data",
                data.toString(),
                "--out",
                dir.resolve(name).toString());
    }
}
