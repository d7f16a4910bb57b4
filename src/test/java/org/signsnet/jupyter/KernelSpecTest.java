package org.signsnet.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelSpecTest {
    private static final Path JAVA_HOME = Path.of("/opt/jdk-17");

    @Test
    void kernelJsonStartsSignsnetsKernelWithThisJavaTheClassPathAndTheDataDirectory() throws IOException {
        KernelSpec spec = KernelSpec.of(JAVA_HOME, "/p/classes:/p/lib.jar", Path.of("/data/signs"));
        JsonNode json = new ObjectMapper().readTree(spec.toJson());
        List<String> argv = new ArrayList<>();
        json.get("argv").forEach(a -> argv.add(a.asText()));
        assertThat(argv.get(0))
                .isEqualTo(JAVA_HOME
                        .resolve("bin")
                        .resolve(argv.get(0).endsWith(".exe") ? "java.exe" : "java")
                        .toString());
        assertThat(argv)
                .containsSubsequence(
                        "-cp", "/p/classes:/p/lib.jar", "org.signsnet.Main", "jupyter", "kernel", "{connection_file}");
        assertThat(argv).contains("-Xmx2g", "-Djava.awt.headless=true");
        assertThat(argv).containsSubsequence("--add-modules", "jdk.incubator.vector");
        assertThat(json.get("display_name").asText()).isEqualTo("Java 17 · signsnet");
        assertThat(json.get("language").asText()).isEqualTo("java");
        assertThat(json.get("interrupt_mode").asText()).isEqualTo("message");
        assertThat(json.at("/env/SIGNS_DATA_DIR").asText())
                .isEqualTo(Path.of("/data/signs").toAbsolutePath().toString());
    }

    @Test
    void withoutADataDirectoryOnlyTheLaunchersEnvironmentIsSet() throws IOException {
        JsonNode json =
                new ObjectMapper().readTree(KernelSpec.of(JAVA_HOME, "cp", null).toJson());
        assertThat(json.get("env").has("SIGNS_DATA_DIR")).isFalse();
        assertThat(json.at("/env/OMP_WAIT_POLICY").asText()).isEqualTo("PASSIVE");
    }
}
