package org.signsnet.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.app.NotebookJob;
import org.signsnet.testing.TestClassPath;

class JShellNotebookRunnerTest {
    @TempDir
    Path dir;

    private Path notebook(String... codeCells) throws IOException {
        StringBuilder cells = new StringBuilder();
        cells.append("{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"# Title\\n\"]}");
        for (String code : codeCells) {
            cells.append(", {\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"outputs\": [],"
                            + " \"source\": ")
                    .append(com.fasterxml.jackson.databind.node.TextNode.valueOf(code))
                    .append('}');
        }
        String json = "{\"cells\": [" + cells + "], \"metadata\": {\"kernelspec\": {\"name\": \"java\"}},"
                + " \"nbformat\": 4, \"nbformat_minor\": 5}";
        return Files.writeString(dir.resolve("t.ipynb"), json);
    }

    private static List<CellResult> run(Path file) {
        return new JShellNotebookRunner(TestClassPath.get()).run(NotebookFile.read(file), r -> {});
    }

    @Test
    void cellsShareStateCaptureTheirOutputAndShowAFinalExpressionsValue() throws IOException {
        List<CellResult> results = run(notebook(
                "int x = 2;\nString twice(String s) { return s + s; }",
                "System.out.println(x * 21);\nSystem.out.println(twice(\"ab\"));",
                "x + 1",
                "org.signsnet.image.ImageLoader.subsampling(64, 64)"));
        assertThat(results).extracting(CellResult::error).containsOnly("");
        assertThat(results.get(0).shownText()).isEmpty();
        assertThat(results.get(1).output()).isEqualTo("42\nabab\n");
        assertThat(results.get(2).value()).isEqualTo("3");
        assertThat(results.get(3).value()).isEqualTo("1");
    }

    @Test
    void aCompileErrorStopsTheRunAndIsReportedWithItsDiagnostic() throws IOException {
        List<CellResult> results = run(notebook("int y = 1;", "int z = undefinedThing + 1;", "y"));
        assertThat(results).hasSize(2);
        assertThat(results.get(1).error()).startsWith("does not compile").contains("undefinedThing");
    }

    @Test
    void aNullPointerNamesTheVariableAsTheCellWroteIt() throws IOException {
        List<CellResult> results = run(notebook("String x_pad = null;", "System.out.println(x_pad.length());"));
        assertThat(results.get(1).error()).contains("because \"x_pad\" is null").doesNotContain("JShell");
    }

    @Test
    void anExceptionStopsTheRunAndNamesItsClass() throws IOException {
        List<CellResult> results = run(notebook("System.out.println(\"before\");\nInteger.parseInt(\"x\");"));
        assertThat(results.get(0).output()).isEqualTo("before\n");
        assertThat(results.get(0).error()).contains("NumberFormatException");
    }

    @Test
    void displayedPicturesComeInOrderWithThePrintedText() throws IOException {
        List<CellResult> results = run(notebook("import java.awt.image.BufferedImage;\n"
                + "System.out.println(\"before\");\n"
                + "display(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB));\n"
                + "System.out.println(\"after\");"));
        assertThat(results.get(0).error()).isEmpty();
        List<CellOutput> outputs = results.get(0).outputs();
        assertThat(outputs).hasSize(3);
        assertThat(outputs.get(0)).isEqualTo(new CellOutput.Stream("before\n"));
        assertThat(outputs.get(2)).isEqualTo(new CellOutput.Stream("after\n"));
        DisplayOutput picture = ((CellOutput.Display) outputs.get(1)).data();
        assertThat(picture.decodedImage()).hasValueSatisfying(image -> {
            assertThat(image.getWidth()).isEqualTo(20);
            assertThat(image.getHeight()).isEqualTo(10);
        });
    }

    @Test
    void updateSavesDisplaysAsPngOutputsThatTheNextRunComparesBySize() throws IOException {
        Path file = notebook("import java.awt.image.BufferedImage;\n"
                + "display(new BufferedImage(30, 12, BufferedImage.TYPE_INT_RGB));");
        assertThat(NotebookJob.run(file, TestClassPath.get(), true, r -> {}).updated())
                .isTrue();
        String json = Files.readString(file);
        assertThat(json).contains("\"output_type\": \"display_data\"", "\"image/png\": \"iVBORw0KGgo");
        NotebookFile.Cell saved = NotebookFile.read(file).codeCells().get(0);
        assertThat(saved.savedDisplays())
                .singleElement()
                .satisfies(d -> assertThat(d.decodedImage()).isPresent());
        assertThat(NotebookJob.run(file, TestClassPath.get(), false, r -> {}).matchesSavedOutputs())
                .isTrue();

        Files.writeString(file, json.replace("30, 12", "31, 12"));
        var changed = NotebookJob.run(file, TestClassPath.get(), false, r -> {});
        assertThat(changed.differences().get(0)).contains("the image shown is 31x12, the saved one 30x12");
    }

    @Test
    void kernelMagicLinesAndCellMagicCellsAreSkipped() throws IOException {
        List<CellResult> results = run(notebook(
                "%classpath ../target/classes\n  %jars ../target/dependency/*.jar\nint x = 6;",
                "%maven org.example:lib:1.0\nSystem.out.println(x * 7);",
                "%%loadFromPOM\n<dependency><groupId>org.example</groupId></dependency>",
                "x % 4"));
        assertThat(results).extracting(CellResult::error).containsOnly("");
        assertThat(results).hasSize(4);
        assertThat(results.get(1).output()).isEqualTo("42\n");
        assertThat(results.get(2).shownText()).isEmpty();
        assertThat(results.get(3).value()).isEqualTo("2");
    }

    @Test
    void aMagicLineBecomesAnEmptyLineSoTheJavaLinesKeepTheirNumbers() {
        assertThat(NotebookSession.withoutMagics("int a = 1;\n%jars x.jar\nint b = 2;"))
                .isEqualTo("int a = 1;\n\nint b = 2;");
    }

    @Test
    void updateWritesTheOutputsWhichThenMatchOnTheNextRun() throws IOException {
        Path file = notebook("System.out.println(\"hello\");", "6 * 7");
        var first = NotebookJob.run(file, TestClassPath.get(), false, r -> {});
        assertThat(first.matchesSavedOutputs()).isFalse();
        var update = NotebookJob.run(file, TestClassPath.get(), true, r -> {});
        assertThat(update.updated()).isTrue();
        NotebookFile saved = NotebookFile.read(file);
        assertThat(saved.codeCells()).extracting(NotebookFile.Cell::savedOutput).containsExactly("hello\n", "42");
        assertThat(saved.kernelName()).isEqualTo("java");
        assertThat(NotebookJob.run(file, TestClassPath.get(), false, r -> {}).matchesSavedOutputs())
                .isTrue();
    }
}
