package org.signsnet.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotebookFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application.ipynb", "step-by-step.ipynb"})
    void writesANotebookSavedByJupyterBackByteForByte(String name) throws IOException {
        Path original = Path.of("notebooks-port", name);
        Path copy = dir.resolve(name);
        NotebookFile.read(original).write(copy);
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(original));
    }
}
