package org.signsnet.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JupyterPathsTest {
    private static final Path HOME = Path.of("/home/ada");

    @ParameterizedTest(name = "{0} with {1}={2} -> {3}")
    @CsvSource({
        "Linux,      JUPYTER_DATA_DIR, /tmp/jd,    /tmp/jd",
        "Linux,      XDG_DATA_HOME,    /xdg,       /xdg/jupyter",
        "Linux,      OTHER,            x,          /home/ada/.local/share/jupyter",
        "Mac OS X,   OTHER,            x,          /home/ada/Library/Jupyter",
        "Windows 11, APPDATA,          /appdata,   /appdata/jupyter",
        "Windows 11, OTHER,            x,          /home/ada/.jupyter/data",
        "Mac OS X,   JUPYTER_DATA_DIR, /tmp/jd,    /tmp/jd"
    })
    void userDataDirectoryFollowsJupyterCore(String os, String variable, String value, String expected) {
        JupyterPaths paths = new JupyterPaths(Map.of(variable, value)::get, os, HOME);
        assertThat(paths.userDataDirectory()).isEqualTo(Path.of(expected));
        assertThat(paths.userKernels()).isEqualTo(Path.of(expected, "kernels"));
    }

    @ParameterizedTest(name = "prefix {0}")
    @CsvSource({"/usr/local, /usr/local/share/jupyter/kernels", "venv, venv/share/jupyter/kernels"})
    void aPrefixKeepsItsKernelsUnderShareJupyter(String prefix, String expected) {
        assertThat(JupyterPaths.prefixKernels(Path.of(prefix))).isEqualTo(Path.of(expected));
    }
}
