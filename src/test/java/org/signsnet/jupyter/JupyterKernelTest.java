package org.signsnet.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.data.RealSignsData;
import org.signsnet.notebook.DisplayOutput;

/**
 * The kernel {@code signsnet} as Jupyter sees it: installed with {@code signsnet jupyter install
 * --prefix} into a temporary directory, started and driven by {@code jupyter_client}
 * ({@code kernel_session.py}) through the whole protocol: kernel info, execution with printed text,
 * a picture and a result, compile errors and exceptions, the data directory, completion,
 * is-complete, and an interrupt that stops a running cell and leaves the session usable.
 */
class JupyterKernelTest {
    @TempDir
    static Path root;

    private static JsonNode seen;

    @BeforeAll
    static void driveTheKernel() throws IOException {
        JupyterFixture jupyter = JupyterFixture.install(root);
        Path script = root.resolve("kernel_session.py");
        try (InputStream in = JupyterKernelTest.class.getResourceAsStream("/jupyter/kernel_session.py")) {
            Files.copy(in, script);
        }
        JupyterFixture.Run run = jupyter.python(script, 600);
        assertThat(run.exit()).as(run.stderr()).isZero();
        seen = new ObjectMapper().readTree(run.stdout());
    }

    @Test
    void answersKernelInfoAsAJavaKernel() {
        assertThat(seen.at("/kernel_info/implementation").asText()).isEqualTo("signsnet");
        assertThat(seen.at("/kernel_info/language").asText()).isEqualTo("java");
    }

    @Test
    void aCellPrintsDisplaysAPictureAndShowsItsValueInOrder() {
        JsonNode execute = seen.get("execute");
        assertThat(execute.get("status").asText()).isEqualTo("ok");
        List<String> types = new ArrayList<>();
        execute.get("outputs").forEach(o -> types.add(o.get("type").asText()));
        assertThat(types).containsExactly("stream", "display_data", "execute_result");
        assertThat(execute.at("/outputs/0/content/text").asText()).isEqualTo("hello\n");
        DisplayOutput picture = new DisplayOutput(Map.of(
                DisplayOutput.PNG,
                execute.at("/outputs/1/content/data/image~1png").asText()));
        assertThat(picture.decodedImage())
                .hasValueSatisfying(image -> assertThat(image.getWidth()).isEqualTo(8));
        assertThat(execute.at("/outputs/2/content/data/text~1plain").asText()).isEqualTo("42");
    }

    @Test
    void aCompileErrorShowsTheCompilerMessageUnderTheOffendingLine() {
        String traceback = traceback(seen.get("compile_error"));
        assertThat(seen.at("/compile_error/status").asText()).isEqualTo("error");
        assertThat(traceback)
                .contains(
                        "line 2: cannot find symbol", "int broken = undefinedName + 1;", "             ^-----------^");
    }

    @Test
    void anExceptionShowsItsTypeMessageAndCellLine() {
        String traceback = traceback(seen.get("exception"));
        assertThat(traceback)
                .contains("java.lang.NumberFormatException: For input string: \"x\"", ", line 1")
                .doesNotContain("jdk.jshell", "org.dflib");
    }

    @Test
    void theKernelKnowsTheDataDirectory() {
        String expected = RealSignsData.directory().toString();
        assertThat(seen.at("/data_directory/outputs/0/content/text").asText()).isEqualTo(expected + "\n");
    }

    @Test
    void completesAndTellsWhetherCodeIsComplete() {
        JsonNode complete = seen.get("complete");
        assertThat(complete.get("matches").toString()).contains("toUpperCase(");
        assertThat(complete.get("cursor_end").asInt())
                .isEqualTo(complete.get("code").asText().length());
        assertThat(complete.get("cursor_start").asInt())
                .isEqualTo(complete.get("cursor_end").asInt() - "toUpp".length());
        assertThat(seen.at("/is_complete_open/status").asText()).isEqualTo("incomplete");
        assertThat(seen.at("/is_complete_open/indent").asText()).isEqualTo("    ");
        assertThat(seen.at("/is_complete_done/status").asText()).isEqualTo("complete");
    }

    @Test
    void anInterruptStopsTheRunningCellAndTheSessionLivesOn() {
        assertThat(seen.at("/interrupted/status").asText()).isEqualTo("error");
        assertThat(seen.at("/interrupted/evalue").asText()).startsWith("interrupted");
        assertThat(seen.at("/after_interrupt/outputs/0/content/data/text~1plain")
                        .asText())
                .isEqualTo("true");
    }

    /** The error output's traceback lines, without their ANSI colours. */
    private static String traceback(JsonNode execution) {
        StringBuilder text = new StringBuilder();
        for (JsonNode output : execution.get("outputs")) {
            if (output.get("type").asText().equals("error")) {
                output.at("/content/traceback")
                        .forEach(line -> text.append(line.asText().replaceAll("\u001B\\[[;\\d]*m", ""))
                                .append('\n'));
            }
        }
        return text.toString();
    }
}
