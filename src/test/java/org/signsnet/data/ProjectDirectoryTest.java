package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the checkout from the code source of signsnet's classes. */
class ProjectDirectoryTest {
    @TempDir
    Path root;

    @Test
    void classesUnderTargetLeadToTheDirectoryWithThePom() throws IOException {
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path classes = Files.createDirectories(root.resolve("target").resolve("classes"));

        assertThat(ProjectDirectory.above(classes))
                .hasValue(root.toAbsolutePath().normalize());
    }

    @Test
    void aJarUnderTargetLeadsToTheDirectoryWithThePom() throws IOException {
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path jar = Files.createDirectories(root.resolve("target")).resolve("signsnet-0.1.0.jar");
        Files.write(jar, new byte[] {1});

        assertThat(ProjectDirectory.fromLocation(jar.toUri().toURL()))
                .hasValue(root.toAbsolutePath().normalize());
    }

    @Test
    void classesWithoutAPomAboveThemHaveNoProject() throws IOException {
        Path classes = Files.createDirectories(root.resolve("a").resolve("b").resolve("classes"));
        Files.writeString(root.resolve("pom.xml"), "<project/>"); // three levels up: too far

        assertThat(ProjectDirectory.above(classes)).isEmpty();
    }

    @Test
    void aNonFileCodeSourceHasNoProject() throws IOException {
        assertThat(ProjectDirectory.fromLocation(new URL("http://example.org/signsnet.jar")))
                .isEmpty();
        assertThat(ProjectDirectory.fromLocation(null)).isEmpty();
    }

    @Test
    void thisBuildsClassesLeadToThisCheckoutWithItsDataAndSamples() {
        Path project = ProjectDirectory.ofCodeSource().orElseThrow();

        assertThat(project.resolve("pom.xml")).isRegularFile();
        assertThat(project.resolve("data").resolve("signs")).isDirectory();
        assertThat(ProjectDirectory.samplesDirectory().resolve("my_image.jpg")).isRegularFile();
    }
}
