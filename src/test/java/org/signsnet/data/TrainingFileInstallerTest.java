package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

/**
 * {@code signsnet data install}: only a file with the expected git blob id is installed, atomically,
 * keeping the file it replaces; a wrong file, a truncated download or an HTTP error leaves the data
 * directory exactly as it was. The expected id is injected: the test's "original" is a file of its
 * own whose git blob id it computes independently.
 */
class TrainingFileInstallerTest {
    @TempDir
    Path root;

    private Path data;
    private Path train;
    private byte[] shippedTrain;
    private byte[] original;
    private TrainingFileInstaller installer;
    private HttpServer server;

    @BeforeEach
    void setUp() throws IOException {
        data = Files.createDirectories(root.resolve("data").resolve("signs"));
        train = data.resolve(SignsDataLoader.TRAIN_FILE);
        Files.copy(RealSignsData.directory().resolve(SignsDataLoader.TRAIN_FILE), train);
        Files.copy(
                RealSignsData.directory().resolve(SignsDataLoader.TEST_FILE), data.resolve(SignsDataLoader.TEST_FILE));
        shippedTrain = Files.readAllBytes(train);
        original = new byte[300_000];
        new Random(14).nextBytes(original);
        installer = new TrainingFileInstaller(gitBlob(original), HttpClient.newHttpClient());
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** {@code git hash-object}: SHA-1 of "blob SIZE\0" followed by the bytes. */
    private static String gitBlob(byte[] bytes) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(root.resolve(name), bytes);
    }

    private List<String> dataFiles() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private void assertDataUntouched() throws IOException {
        assertThat(dataFiles()).containsExactly("test_signs.h5", "train_signs.h5");
        assertThat(Files.readAllBytes(train)).isEqualTo(shippedTrain);
    }

    /** Serves {@code /train_signs.h5} announcing {@code announced} bytes but sending only {@code sent} of them. */
    private String serve(byte[] body, int sent, int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/train_signs.h5", exchange -> {
            exchange.sendResponseHeaders(status, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, sent);
            out.flush();
            exchange.close(); // with fewer bytes than announced the server drops the connection
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/train_signs.h5";
    }

    @Test
    void theRightFileIsInstalledAndTheReconstructionItReplacesIsKept() throws IOException {
        TrainingFileInstaller.Result result =
                installer.install(file("download.h5", original).toString(), data);

        assertThat(result.alreadyInstalled()).isFalse();
        assertThat(result.installed()).isEqualTo(train);
        assertThat(result.identity().gitBlob()).isEqualTo(gitBlob(original));
        assertThat(Files.readAllBytes(train)).isEqualTo(original);
        Path kept = data.resolve(TrainingFileInstaller.RECONSTRUCTION_BACKUP);
        assertThat(result.keptPrevious()).hasValue(kept);
        assertThat(Files.readAllBytes(kept)).isEqualTo(shippedTrain);
        assertThat(dataFiles()).containsExactly("test_signs.h5", "train_signs.h5", "train_signs.reconstruction.h5");
    }

    @Test
    void installingTheSameFileAgainChangesNothing() throws IOException {
        Path source = file("download.h5", original);
        installer.install(source.toString(), data);

        TrainingFileInstaller.Result again = installer.install(source.toString(), data);

        assertThat(again.alreadyInstalled()).isTrue();
        assertThat(again.keptPrevious()).isEmpty();
        assertThat(dataFiles()).containsExactly("test_signs.h5", "train_signs.h5", "train_signs.reconstruction.h5");
    }

    @Test
    void aFileThatIsNeitherTheReconstructionNorTheOriginalIsKeptAsThePreviousOne() throws IOException {
        byte[] mine = "someone's own training file".getBytes(StandardCharsets.UTF_8);
        Files.write(train, mine);

        TrainingFileInstaller.Result result =
                installer.install(file("download.h5", original).toString(), data);

        assertThat(result.keptPrevious()).hasValue(data.resolve(TrainingFileInstaller.PREVIOUS_BACKUP));
        assertThat(Files.readAllBytes(data.resolve(TrainingFileInstaller.PREVIOUS_BACKUP)))
                .isEqualTo(mine);
    }

    @Test
    void aWrongFileIsRefusedInOneLineAndTheDataIsUntouched() throws IOException {
        byte[] wrong = Arrays.copyOf(original, original.length);
        wrong[1000] ^= 1;
        Path source = file("wrong.h5", wrong);

        SignsnetException e =
                catchThrowableOfType(SignsnetException.class, () -> installer.install(source.toString(), data));

        assertThat(e.kind()).isEqualTo(ErrorKind.DATA);
        assertThat(e.getMessage())
                .startsWith("refusing " + source + ": it is not the original train_signs.h5")
                .contains(gitBlob(wrong), "expected git blob " + gitBlob(original), "the installed data is unchanged")
                .doesNotContain("\n");
        assertDataUntouched();
    }

    @Test
    void theReconstructionItselfIsRefusedAsSuch() throws IOException {
        Path source = file("reconstruction.h5", shippedTrain);

        SignsnetException e =
                catchThrowableOfType(SignsnetException.class, () -> installer.install(source.toString(), data));

        assertThat(e.getMessage()).contains("it is signsnet's reconstruction of train_signs.h5, not the original");
        assertDataUntouched();
    }

    @Test
    void theDefaultInstallerExpectsTheRealOriginalsBlobId() throws IOException {
        Path source = file("download.h5", original);

        SignsnetException e = catchThrowableOfType(
                SignsnetException.class, () -> new TrainingFileInstaller().install(source.toString(), data));

        assertThat(e.getMessage()).contains("expected git blob 15904fbeb148848aea50d42c96a539b7bd11c4e5");
        assertDataUntouched();
    }

    @Test
    void theRightFileIsDownloadedAndInstalled() throws IOException {
        String url = serve(original, original.length, 200);

        TrainingFileInstaller.Result result = installer.install(url, data);

        assertThat(Files.readAllBytes(train)).isEqualTo(original);
        assertThat(result.keptPrevious()).hasValue(data.resolve(TrainingFileInstaller.RECONSTRUCTION_BACKUP));
    }

    @Test
    void aTruncatedDownloadIsRefusedAndTheDataIsUntouched() throws IOException {
        String url = serve(original, original.length / 2, 200);

        SignsnetException e = catchThrowableOfType(SignsnetException.class, () -> installer.install(url, data));

        assertThat(e.kind()).isEqualTo(ErrorKind.IO);
        assertThat(e.getMessage())
                .startsWith("download of " + url + " is truncated: ")
                .contains("of " + original.length + " bytes arrived", "the installed data is unchanged")
                .doesNotContain("\n");
        assertDataUntouched();
    }

    @Test
    void anHttpErrorIsRefusedAndTheDataIsUntouched() throws IOException {
        String url = serve(new byte[] {1, 2, 3}, 3, 404);

        SignsnetException e = catchThrowableOfType(SignsnetException.class, () -> installer.install(url, data));

        assertThat(e.getMessage())
                .isEqualTo("download of " + url + " failed: the server answered HTTP 404;"
                        + " the installed data is unchanged");
        assertDataUntouched();
    }

    @Test
    void aMissingSourceAMissingDirectoryAndAnotherSchemeAreOneLineErrors() throws IOException {
        SignsnetException missing = catchThrowableOfType(
                SignsnetException.class,
                () -> installer.install(root.resolve("nowhere.h5").toString(), data));
        SignsnetException noDirectory = catchThrowableOfType(
                SignsnetException.class,
                () -> installer.install(file("download.h5", original).toString(), root.resolve("no-such-dir")));
        SignsnetException scheme = catchThrowableOfType(
                SignsnetException.class, () -> installer.install("ftp://example.org/train_signs.h5", data));

        assertThat(missing.kind()).isEqualTo(ErrorKind.IO);
        assertThat(missing.getMessage()).contains("nowhere.h5 does not exist");
        assertThat(noDirectory.getMessage()).contains("no-such-dir does not exist");
        assertThat(scheme.kind()).isEqualTo(ErrorKind.USAGE);
        assertThat(scheme.getMessage()).contains("unsupported URL scheme 'ftp'");
        assertDataUntouched();
    }
}
