package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

/** The data directory search order, with the environment, the working and the project directory injected. */
class DataDirectoryResolverTest {
    @TempDir
    Path root;

    private Path project;
    private Path projectData;
    private Path workingDirectory;
    private Path workingData;
    private Path fromEnvironment;
    private Path explicit;
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void layOutDirectories() throws IOException {
        project = Files.createDirectories(root.resolve("checkout"));
        projectData = project.resolve("data").resolve("signs");
        workingDirectory = Files.createDirectories(root.resolve("elsewhere"));
        workingData = workingDirectory.resolve("data").resolve("signs");
        fromEnvironment = root.resolve("env-data");
        explicit = root.resolve("explicit");
    }

    private DataDirectoryResolver resolver() {
        return new DataDirectoryResolver(environment::get, workingDirectory, Optional.of(project));
    }

    private DataDirectoryResolver resolverOutsideACheckout() {
        return new DataDirectoryResolver(environment::get, workingDirectory, Optional.empty());
    }

    private static void fill(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.write(directory.resolve("train_signs.h5"), new byte[] {1});
        Files.write(directory.resolve("test_signs.h5"), new byte[] {1});
    }

    @Test
    void explicitDirectoryWinsOverEverythingElse() throws IOException {
        fill(explicit);
        fill(fromEnvironment);
        fill(projectData);
        environment.put("SIGNS_DATA_DIR", fromEnvironment.toString());

        DataDirectoryResolver.Candidate found = resolver().resolve(explicit);

        assertThat(found.directory()).isEqualTo(explicit);
        assertThat(found.origin()).isEqualTo("--data");
    }

    @Test
    void relativeExplicitDirectoryIsResolvedAgainstTheWorkingDirectory() throws IOException {
        fill(workingDirectory.resolve("mine"));

        assertThat(resolver().resolve(Path.of("mine")).directory()).isEqualTo(workingDirectory.resolve("mine"));
    }

    @Test
    void explicitDirectoryWithoutTheFilesIsAnErrorNamingItEvenWhenOthersHoldThem() throws IOException {
        Files.createDirectories(explicit);
        Files.write(explicit.resolve("train_signs.h5"), new byte[] {1});
        fill(projectData);

        SignsnetException e =
                catchThrowableOfType(SignsnetException.class, () -> resolver().resolve(explicit));

        assertThat(e.kind()).isEqualTo(ErrorKind.DATA);
        assertThat(e.getMessage())
                .contains("--data " + explicit, "has no test_signs.h5", "data/README.md")
                .doesNotContain("\n");
    }

    @Test
    void explicitDirectoryThatDoesNotExistSaysSo() {
        SignsnetException e =
                catchThrowableOfType(SignsnetException.class, () -> resolver().resolve(explicit));

        assertThat(e.getMessage()).contains(explicit + " does not exist");
    }

    @Test
    void environmentVariableComesBeforeTheProjectDirectory() throws IOException {
        fill(fromEnvironment);
        fill(projectData);
        environment.put("SIGNS_DATA_DIR", fromEnvironment.toString());

        DataDirectoryResolver.Candidate found = resolver().resolve(null);

        assertThat(found.directory()).isEqualTo(fromEnvironment);
        assertThat(found.origin()).isEqualTo("SIGNS_DATA_DIR");
    }

    @Test
    void theProjectsDataIsFoundWhateverTheWorkingDirectory() throws IOException {
        fill(projectData);

        DataDirectoryResolver.Candidate found = resolver().resolve(null);

        assertThat(found.directory()).isEqualTo(projectData);
        assertThat(found.origin()).isEqualTo(DataDirectoryResolver.PROJECT_ORIGIN);
    }

    @Test
    void theProjectsDataComesBeforeTheWorkingDirectorysData() throws IOException {
        fill(projectData);
        fill(workingData);

        assertThat(resolver().resolve(null).directory()).isEqualTo(projectData);
    }

    @Test
    void outsideACheckoutTheWorkingDirectorysDataIsUsed() throws IOException {
        fill(workingData);

        DataDirectoryResolver.Candidate found = resolverOutsideACheckout().resolve(null);

        assertThat(found.directory()).isEqualTo(workingData);
        assertThat(found.origin()).isEqualTo(DataDirectoryResolver.WORKING_DIRECTORY_ORIGIN);
    }

    @Test
    void aDirectoryWithOnlyOneOfTheFilesDoesNotCount() throws IOException {
        Files.createDirectories(projectData);
        Files.write(projectData.resolve("test_signs.h5"), new byte[] {1});
        fill(workingData);

        assertThat(resolver().resolve(null).directory()).isEqualTo(workingData);
    }

    @Test
    void whenNothingHoldsTheFilesTheErrorListsEveryPlaceAndWhatToPutThere() {
        environment.put("SIGNS_DATA_DIR", fromEnvironment.toString());

        SignsnetException e =
                catchThrowableOfType(SignsnetException.class, () -> resolver().resolve(null));

        assertThat(e.kind()).isEqualTo(ErrorKind.DATA);
        assertThat(e.getMessage())
                .contains(
                        fromEnvironment + " (SIGNS_DATA_DIR)",
                        projectData + " (" + DataDirectoryResolver.PROJECT_ORIGIN + ")",
                        workingData + " (" + DataDirectoryResolver.WORKING_DIRECTORY_ORIGIN + ")")
                .contains("put train_signs.h5 and test_signs.h5", "--data DIR", "data/README.md")
                .doesNotContain("\n");
    }

    @Test
    void blankEnvironmentVariableIsIgnored() {
        environment.put("SIGNS_DATA_DIR", "  ");

        assertThat(resolver().candidates())
                .extracting(DataDirectoryResolver.Candidate::directory)
                .containsExactly(projectData, workingData);
    }

    @Test
    void whenTheWorkingDirectoryIsTheProjectItIsSearchedOnce() {
        DataDirectoryResolver resolver = new DataDirectoryResolver(environment::get, project, Optional.of(project));

        assertThat(resolver.candidates())
                .extracting(DataDirectoryResolver.Candidate::directory)
                .containsExactly(projectData);
    }

    @Test
    void thisBuildFindsTheDataShippedWithTheProject() {
        DataDirectoryResolver.Candidate found =
                DataDirectoryResolver.fromSystem().resolve(null);

        assertThat(found.origin()).isIn(DataDirectoryResolver.PROJECT_ORIGIN, "SIGNS_DATA_DIR");
        assertThat(found.holdsBothFiles()).isTrue();
    }
}
